//! `kasus case edit` corrects every field intake takes (issue 14, "Correct, never overwrite"):
//! the case's own fields, the victim (the birth date decides the age and whether the victim is
//! a child), the complainant, the perpetrators (change, add, remove), the violence types. Every
//! edit needs a reason, is one correction event (each field's value before and after kept in
//! `corrections`) with one audit entry naming the fields and never their values, and is refused
//! on a closed case. Bad values, and an edit that changes nothing, write nothing.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::{with_standard_case, Reg, CASE};
use serde_json::Value;

const WHY: &str = "salah ketik";

fn show(reg: &Reg) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap()
}

/// `case edit CASE <flags> --reason WHY`.
#[track_caller]
fn edit(reg: &Reg, flags: &[&str]) -> String {
    let mut args = vec!["case", "edit", CASE];
    args.extend_from_slice(flags);
    args.extend(["--reason", WHY]);
    reg.ok(&args)
}

/// The same, expected to fail with `code` and to change nothing; returns the message.
#[track_caller]
fn refused(reg: &Reg, flags: &[&str], code: i32) -> String {
    let mut args = vec!["case", "edit", CASE];
    args.extend_from_slice(flags);
    args.extend(["--reason", WHY]);
    reg.refused(&args, code)
}

fn persons(v: &Value, role: &str) -> Vec<Value> {
    v["persons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["role"] == role)
        .cloned()
        .collect()
}

fn victim(reg: &Reg) -> Value {
    persons(&show(reg), "victim").remove(0)
}

/// One row of `corrections`, as the test reads it.
#[derive(Debug, PartialEq)]
struct Correction {
    event: String,
    target: String,
    field: String,
    before: Option<String>,
    after: Option<String>,
    reason: String,
    by: String,
}

/// Every correction of the case, as `case show --format json` lists them (oldest first).
fn corrections(reg: &Reg) -> Vec<Correction> {
    let text = |v: &Value| v.as_str().map(str::to_string);
    show(reg)["corrections"]
        .as_array()
        .expect("case show lists the corrections")
        .iter()
        .map(|c| Correction {
            event: text(&c["event"]).unwrap(),
            target: text(&c["target"]).unwrap(),
            field: text(&c["field"]).unwrap(),
            before: text(&c["before"]),
            after: text(&c["after"]),
            reason: text(&c["reason"]).unwrap(),
            by: text(&c["by"]).unwrap(),
        })
        .collect()
}

/// The `case.edit` audit entries' details, oldest first (as `export audit` gives them, on
/// either engine).
fn edit_entries(reg: &Reg) -> Vec<Value> {
    let all: Value =
        serde_json::from_str(&reg.ok(&["export", "audit", "--format", "json"])).unwrap();
    all.as_array()
        .expect("export audit --format json is a list")
        .iter()
        .filter(|e| e["action"] == "case.edit")
        .map(|e| e["details"].clone())
        .collect()
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

#[test]
fn violence_types_and_the_victims_sex_are_corrected() {
    let reg = with_standard_case();
    edit(
        &reg,
        &["--violence", "psikis,seksual,psikis", "--victim-sex", "L"],
    );
    let v = show(&reg);
    assert_eq!(
        v["violence"],
        serde_json::json!(["psikis", "seksual"]),
        "{v}"
    );
    assert_eq!(persons(&v, "victim")[0]["sex"], "L");
    // One audited event naming the fields, never their values.
    let audit = reg.ok(&["export", "audit", "--format", "csv"]);
    let edit = audit
        .lines()
        .find(|l| l.contains("case.edit"))
        .expect(&audit);
    assert!(
        edit.contains("violence") && edit.contains("victim.sex"),
        "{edit}"
    );
    assert!(reg.ok(&["audit", "verify"]).contains("intact"));
    let c = corrections(&reg);
    let violence = c.iter().find(|c| c.target == "violence").unwrap();
    assert_eq!(
        (violence.before.clone(), violence.after.clone()),
        (s("fisik"), s("psikis,seksual"))
    );
}

#[test]
fn bad_corrections_change_nothing() {
    let reg = with_standard_case();
    refused(&reg, &["--violence", "banjir"], 3);
    refused(&reg, &["--violence", ","], 3);
    let e = refused(&reg, &["--victim-sex", "Siti Contoh"], 3);
    assert!(!e.contains("Siti"), "{e}");
    refused(&reg, &["--victim-name", ""], 3);
    refused(&reg, &["--victim-nik", "12345"], 3);
    refused(&reg, &["--channel", "merpati"], 3);
    refused(&reg, &["--incident-date", "2026-03-03"], 3);
    refused(&reg, &["--victim-age", "131"], 2);
    reg.refused(
        &[
            "case", "edit", CASE, "--risk", "tinggi", "--reason", "a\u{7}b",
        ],
        3,
    );
    // Nothing to change at all.
    refused(&reg, &[], 2);
    assert!(corrections(&reg).is_empty());
}

#[test]
fn the_cases_own_fields_are_corrected_with_their_values_before_and_after() {
    let reg = with_standard_case();
    edit(
        &reg,
        &[
            "--channel",
            "telepon",
            "--place",
            "sekolah",
            "--incident-date",
            "2026-02-20",
            "--chronology",
            "Kejadian di sekolah",
            "--urgency",
            "darurat",
            "--risk",
            "tinggi",
        ],
    );
    let v = show(&reg);
    for (key, want) in [
        ("channel", "telepon"),
        ("place", "sekolah"),
        ("incident_date", "2026-02-20"),
        ("chronology", "Kejadian di sekolah"),
        ("urgency", "darurat"),
        ("risk", "tinggi"),
    ] {
        assert_eq!(v[key], want, "{key}: {v:#}");
    }
    let c = corrections(&reg);
    let fields: Vec<(&str, Option<&str>, Option<&str>)> = c
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_deref(), c.after.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [
            ("channel", Some("datang-langsung"), Some("telepon")),
            ("urgency", Some("biasa"), Some("darurat")),
            ("place", None, Some("sekolah")),
            ("risk", None, Some("tinggi")),
            ("chronology", None, Some("Kejadian di sekolah")),
            ("incident_date", None, Some("2026-02-20")),
        ]
    );
    // One event: one audit entry naming it, with the reason and who corrected.
    let event = &c[0].event;
    assert!(c
        .iter()
        .all(|c| &c.event == event && c.reason == WHY && c.by == "tester" && c.target == "case"));
    let entries = edit_entries(&reg);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["event"], event.as_str());
    // Cleared again: empty clears a field that may be empty; the first values stay recorded.
    edit(&reg, &["--place", "", "--risk", ""]);
    let v = show(&reg);
    assert!(v["place"].is_null() && v["risk"].is_null(), "{v:#}");
    let c = corrections(&reg);
    assert_eq!(c.len(), 8);
    assert_eq!(
        (c[6].before.as_deref(), c[6].after.as_deref()),
        (Some("sekolah"), None)
    );
    assert_ne!(c[6].event, c[0].event);
}

#[test]
fn the_victims_fields_are_corrected() {
    let reg = with_standard_case();
    edit(
        &reg,
        &[
            "--victim-name",
            "Sita Contoh",
            "--victim-nik",
            "3171234567890123",
            "--victim-phone",
            "081200000001",
            "--victim-address",
            "Jl. Contoh 1",
            "--victim-kecamatan",
            "Batam Kota",
            "--victim-kelurahan",
            "Belian",
            "--victim-disability",
            "rungu",
        ],
    );
    let p = victim(&reg);
    for (key, want) in [
        ("name", "Sita Contoh"),
        ("nik", "3171234567890123"),
        ("phone", "081200000001"),
        ("address", "Jl. Contoh 1"),
        ("kecamatan", "Batam Kota"),
        ("kelurahan", "Belian"),
        ("disability", "rungu"),
    ] {
        assert_eq!(p[key], want, "{key}: {p:#}");
    }
    // The corrected name is the one a search finds.
    let found = reg.ok(&["case", "find", "sita contoh", "--format", "csv"]);
    assert!(found.contains(CASE), "{found}");
    let name = corrections(&reg).remove(1);
    assert_eq!(
        (name.target.as_str(), name.field.as_str()),
        ("person", "name")
    );
    assert_eq!(
        (name.before, name.after),
        (s("Siti Contoh"), s("Sita Contoh"))
    );
}

#[test]
fn a_birth_date_decides_the_age_and_whether_the_victim_is_a_child() {
    let reg = with_standard_case();
    let child = |reg: &Reg| reg.ok(&["case", "list", "--child", "--format", "csv"]);
    assert!(!child(&reg).contains(CASE));

    // Reported on 2026-03-02: born 2012-03-03, the victim was 13.
    edit(&reg, &["--victim-birth-date", "2012-03-03"]);
    let p = victim(&reg);
    assert_eq!(
        (p["birth_date"].as_str(), p["age"].as_u64()),
        (Some("2012-03-03"), Some(13))
    );
    assert!(child(&reg).contains(CASE), "{}", child(&reg));
    // case show names whose field was corrected: the victim, not just "a person".
    let table = reg.ok(&["case", "show", CASE]);
    let line = table
        .lines()
        .find(|l| l.contains("birth date"))
        .unwrap_or_default();
    assert!(line.contains("victim"), "{table}");
    let json = show(&reg);
    let birth = json["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "birth_date")
        .unwrap();
    assert_eq!(birth["role"], "victim");
    let fields = &edit_entries(&reg)[0]["fields"];
    assert_eq!(
        fields,
        &serde_json::json!(["victim.birth_date", "victim.age", "is_child"])
    );
    let c = corrections(&reg);
    let is_child = c.iter().find(|c| c.field == "is_child").unwrap();
    assert_eq!(
        (is_child.before.as_deref(), is_child.after.as_deref()),
        (Some("0"), Some("1"))
    );

    // The birth date gives the age: an age alone is refused while it is recorded, and both
    // together are a usage error.
    let e = refused(&reg, &["--victim-age", "40"], 3);
    assert!(e.contains("--victim-birth-date"), "{e}");
    refused(
        &reg,
        &["--victim-birth-date", "2000-01-01", "--victim-age", "26"],
        2,
    );
    // After the report date, or before 1900: refused, the date not repeated.
    let e = refused(&reg, &["--victim-birth-date", "2026-03-03"], 3);
    assert!(!e.contains("2026-03-03"), "{e}");
    refused(&reg, &["--victim-birth-date", "1899-12-31"], 3);
    // The incident date stays after the birth date, whichever is corrected.
    edit(&reg, &["--incident-date", "2020-01-01"]);
    refused(&reg, &["--victim-birth-date", "2021-01-01"], 3);
    refused(&reg, &["--incident-date", "2011-01-01"], 3);

    // Cleared, the birth date gives way to an age: an adult again.
    edit(&reg, &["--victim-birth-date", "", "--victim-age", "40"]);
    let p = victim(&reg);
    assert_eq!(
        (p["birth_date"].clone(), p["age"].as_u64()),
        (Value::Null, Some(40))
    );
    assert!(!child(&reg).contains(CASE));
}

#[test]
fn the_complainant_is_added_corrected_and_removed() {
    let reg = with_standard_case();
    assert!(persons(&show(&reg), "complainant").is_empty());
    edit(
        &reg,
        &[
            "--complainant-name",
            "Ibu Contoh",
            "--complainant-phone",
            "081200000002",
            "--complainant-relation",
            "ibu",
        ],
    );
    let c = persons(&show(&reg), "complainant");
    assert_eq!(c.len(), 1);
    // The table shows the complainant too, as it shows the victim and the perpetrators.
    let table = reg.ok(&["case", "show", CASE]);
    assert!(
        table.contains("Complainant: Ibu Contoh (ibu, 081200000002)"),
        "a relation in free text shown as written: {table}"
    );
    assert_eq!(
        (&c[0]["name"], &c[0]["phone"], &c[0]["relation"]),
        (
            &Value::from("Ibu Contoh"),
            &Value::from("081200000002"),
            &Value::from("ibu")
        )
    );
    assert_eq!(
        edit_entries(&reg)[0]["fields"],
        serde_json::json!([
            "complainant.added",
            "complainant.name",
            "complainant.phone",
            "complainant.relation"
        ])
    );
    // One field changed, one cleared.
    edit(
        &reg,
        &["--complainant-relation", "tante", "--complainant-phone", ""],
    );
    let c = persons(&show(&reg), "complainant");
    assert_eq!(
        (c[0]["relation"].as_str(), c[0]["phone"].clone()),
        (Some("tante"), Value::Null)
    );
    // Removed: the victim reported; every value it had is kept in the corrections.
    edit(&reg, &["--remove-complainant"]);
    assert!(persons(&show(&reg), "complainant").is_empty());
    let last: Vec<Correction> = corrections(&reg)
        .into_iter()
        .filter(|c| c.after.is_none() && c.field != "phone")
        .collect();
    let removed: Vec<(&str, Option<&str>)> = last
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_deref()))
        .collect();
    assert_eq!(
        removed,
        [
            ("name", Some("Ibu Contoh")),
            ("relation", Some("tante")),
            ("role", Some("complainant"))
        ]
    );
    // Removing it again changes nothing, and says so.
    let out = edit(&reg, &["--remove-complainant"]);
    assert!(out.contains("nothing changed"), "{out}");
    // A complainant whose every field is emptied is no complainant.
    edit(&reg, &["--complainant-name", "Pak Contoh"]);
    edit(&reg, &["--complainant-name", ""]);
    assert!(persons(&show(&reg), "complainant").is_empty());
}

#[test]
fn perpetrators_are_corrected_added_and_removed_by_number() {
    let reg = Reg::new();
    reg.batam_case(&[
        "--perpetrator-name",
        "Budi Contoh",
        "--perpetrator-sex",
        "L",
        "--perpetrator-relation",
        "suami-istri",
        "--perpetrator-age",
        "35",
        "--perpetrator-name",
        "Andi Contoh",
        "--perpetrator-age",
        "20",
    ]);
    let names = |reg: &Reg| -> Vec<Value> {
        persons(&show(reg), "perpetrator")
            .iter()
            .map(|p| p["name"].clone())
            .collect()
    };
    // The second, as `case show` numbers them.
    let shown = reg.ok(&["case", "show", CASE]);
    assert!(
        shown.contains("Perpetrator 1: Budi Contoh (L, 35 years, Suami / istri)")
            && shown.contains("Perpetrator 2: Andi Contoh (20 years)"),
        "{shown}"
    );
    edit(
        &reg,
        &[
            "--perpetrator",
            "2",
            "--perpetrator-relation",
            "tetangga",
            "--perpetrator-age",
            "",
            "--perpetrator-sex",
            "L",
        ],
    );
    let p = persons(&show(&reg), "perpetrator");
    assert_eq!(p[0]["relation"], "suami-istri");
    assert_eq!(
        (
            p[1]["relation"].as_str(),
            p[1]["age"].clone(),
            p[1]["sex"].as_str()
        ),
        (Some("tetangga"), Value::Null, Some("L"))
    );
    assert_eq!(
        edit_entries(&reg)[0]["fields"],
        serde_json::json!([
            "perpetrator.2.sex",
            "perpetrator.2.age",
            "perpetrator.2.relation"
        ])
    );
    let age = corrections(&reg)
        .into_iter()
        .find(|c| c.field == "age")
        .unwrap();
    assert_eq!((age.before, age.after), (s("20"), None));

    // Added, with intake's sub-fields.
    edit(
        &reg,
        &[
            "--add-perpetrator",
            "--perpetrator-name",
            "Cici Contoh",
            "--perpetrator-sex",
            "P",
            "--perpetrator-age",
            "45",
            "--perpetrator-relation",
            "majikan",
        ],
    );
    let p = persons(&show(&reg), "perpetrator");
    assert_eq!(p.len(), 3);
    assert_eq!(
        (
            p[2]["name"].as_str(),
            p[2]["age"].as_u64(),
            p[2]["relation"].as_str()
        ),
        (Some("Cici Contoh"), Some(45), Some("majikan"))
    );

    // Removed: the first; the others move up.
    edit(&reg, &["--remove-perpetrator", "1"]);
    assert_eq!(
        names(&reg),
        [Value::from("Andi Contoh"), Value::from("Cici Contoh")]
    );
    let gone: Vec<Correction> = corrections(&reg)
        .into_iter()
        .filter(|c| c.after.is_none() && c.before.as_deref() == Some("Budi Contoh"))
        .collect();
    assert_eq!(gone.len(), 1, "the removed name is kept");

    // Refused: an unknown number, fields with no perpetrator named, a number with no field,
    // the same one corrected and removed, a bad value.
    let e = refused(&reg, &["--remove-perpetrator", "3"], 3);
    assert!(e.contains("1 to 2"), "{e}");
    // A case with no perpetrator says so, and how to add one.
    let none = with_standard_case();
    let e = refused(&none, &["--remove-perpetrator", "1"], 3);
    assert!(
        e.contains("no perpetrator recorded") && e.contains("--add-perpetrator"),
        "{e}"
    );
    // Changed, added and removed through kasus: every row is as the chain last saw it.
    for args in [&["audit", "verify", "--data"][..], &["check"][..]] {
        let out = reg.run(args);
        assert_eq!(out.code, 0, "{args:?}: {}{}", out.stdout, out.stderr);
    }
    refused(&reg, &["--perpetrator", "5", "--perpetrator-sex", "L"], 3);
    refused(&reg, &["--perpetrator-sex", "L"], 2);
    refused(&reg, &["--perpetrator", "1"], 2);
    refused(&reg, &["--add-perpetrator"], 2);
    refused(
        &reg,
        &[
            "--perpetrator",
            "1",
            "--perpetrator-sex",
            "L",
            "--remove-perpetrator",
            "1",
        ],
        2,
    );
    refused(
        &reg,
        &["--perpetrator", "1", "--perpetrator-relation", "musuh"],
        3,
    );
    let e = refused(
        &reg,
        &["--perpetrator", "1", "--perpetrator-age", "Andi"],
        3,
    );
    assert!(!e.contains("Andi"), "{e}");
    refused(
        &reg,
        &[
            "--perpetrator",
            "1",
            "--add-perpetrator",
            "--perpetrator-sex",
            "L",
        ],
        2,
    );
}

#[test]
fn every_edit_needs_a_reason() {
    let reg = with_standard_case();
    // Without a terminal: a usage error, nothing changed.
    let e = reg.refused(&["case", "edit", CASE, "--risk", "tinggi"], 2);
    assert!(e.contains("--reason"), "{e}");
    reg.refused(
        &["case", "edit", CASE, "--risk", "tinggi", "--reason", " "],
        2,
    );
    let long = "x".repeat(10_001);
    reg.refused(
        &["case", "edit", CASE, "--risk", "tinggi", "--reason", &long],
        3,
    );
    assert!(corrections(&reg).is_empty());
}

#[test]
fn a_closed_case_is_corrected_only_once_reopened() {
    let reg = with_standard_case();
    reg.ok(&["case", "close", CASE, "--reason", "selesai"]);
    let e = refused(&reg, &["--risk", "tinggi"], 4);
    assert!(e.contains("is closed"), "{e}");
    reg.ok(&["case", "reopen", CASE]);
    edit(&reg, &["--risk", "tinggi"]);
    assert_eq!(show(&reg)["risk"], "tinggi");
}

#[test]
fn an_edit_that_changes_nothing_writes_nothing() {
    let reg = with_standard_case();
    let before = reg.state();
    let out = edit(
        &reg,
        &[
            "--victim-name",
            "Siti Contoh",
            "--violence",
            "fisik",
            "--urgency",
            "biasa",
            "--victim-age",
            "30",
        ],
    );
    assert!(out.contains("nothing changed"), "{out}");
    assert_eq!(before, reg.state());
    // Only what differs is recorded.
    edit(
        &reg,
        &["--victim-name", "Siti Contoh", "--urgency", "darurat"],
    );
    let c = corrections(&reg);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].field, "urgency");
}

#[test]
fn the_audit_entry_names_fields_never_values() {
    let reg = with_standard_case();
    edit(
        &reg,
        &[
            "--victim-name",
            "Sari Contoh",
            "--victim-nik",
            "3171234567890123",
            "--victim-phone",
            "081299990000",
            "--complainant-name",
            "Ibu Contoh",
            "--add-perpetrator",
            "--perpetrator-name",
            "Dodi Contoh",
        ],
    );
    let log = reg.ok(&["export", "audit", "--format", "json"]);
    assert!(log.contains("case.edit"), "{log}");
    for value in [
        "Sari",
        "Siti",
        "3171234567890123",
        "081299990000",
        "Ibu Contoh",
        "Dodi",
        WHY,
    ] {
        assert!(!log.contains(value), "{value} in the audit log:\n{log}");
    }
    let entries = edit_entries(&reg);
    assert_eq!(entries.len(), 1);
    let event = entries[0]["event"].as_str().unwrap();
    assert!(corrections(&reg).iter().all(|c| c.event == event));
    assert!(reg.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn at_a_terminal_the_reason_is_asked() {
    let _one = pty::serial();
    let reg = pty::Reg::new();
    reg.ok(common::BATAM_CASE);
    let mut tty = pty::Tty::spawn(&reg, &["case", "edit", CASE, "--risk", "tinggi"]);
    tty.expect("Reason for the correction");
    tty.line("salah ketik");
    tty.expect(&format!("corrected case {CASE}"));
    tty.succeeds();
    let v = pty::case_json(&reg);
    assert_eq!(v["risk"], "tinggi");
}

#[test]
fn the_report_time_is_corrected_as_intake_reads_it() {
    let reg = with_standard_case();
    edit(&reg, &["--reported-at", "2026-03-02 07:30"]);
    assert_eq!(show(&reg)["reported_at"], "2026-03-02T07:30:00+07:00");
    // In the future, in another year than the case number's, or emptied: refused.
    refused(&reg, &["--reported-at", "2026-03-02 12:30"], 3);
    let e = refused(&reg, &["--reported-at", "2025-12-31 08:00"], 3);
    assert!(e.contains("another year"), "{e}");
    refused(&reg, &["--reported-at", ""], 3);
    // Before everything recorded since.
    reg.ok(&[
        "case",
        "service",
        CASE,
        "--type",
        "kesehatan",
        "--at",
        "2026-03-02 09:00",
    ]);
    refused(&reg, &["--reported-at", "2026-03-02 09:30"], 3);
    // The age at the report follows the report date: 18 on 2 March 2026, 17 in January.
    edit(&reg, &["--victim-birth-date", "2008-03-02"]);
    assert_eq!(victim(&reg)["age"], 18);
    edit(&reg, &["--reported-at", "2026-01-15 08:00"]);
    assert_eq!(victim(&reg)["age"], 17);
    let child = reg.ok(&["case", "list", "--child", "--format", "csv"]);
    assert!(child.contains(CASE), "{child}");
    assert_eq!(
        edit_entries(&reg).last().unwrap()["fields"],
        serde_json::json!(["reported_at", "victim.age", "is_child"])
    );
    // The incident date stays before the report.
    edit(&reg, &["--incident-date", "2026-01-10"]);
    refused(&reg, &["--reported-at", "2026-01-05 08:00"], 3);
}

#[test]
fn case_show_names_the_corrected_fields_in_the_language_in_use() {
    let reg = with_standard_case();
    edit(&reg, &["--risk", "tinggi", "--victim-age", "31"]);
    let out = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args(["case", "show", CASE])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let corrections = text.split("Koreksi:").nth(1).expect("a corrections table");
    assert!(corrections.contains("risiko"), "{corrections}");
    assert!(corrections.contains("umur"), "{corrections}");
    assert!(!corrections.contains(" risk "), "{corrections}");
    // JSON keeps the stored names.
    let v = show(&reg);
    let fields: Vec<&str> = v["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert!(fields.contains(&"risk") && fields.contains(&"age"), "{v}");
}
