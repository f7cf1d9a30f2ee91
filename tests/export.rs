//! `kasus export`: every table in CSV, JSON and NDJSON with its documented columns; --out
//! (private, atomic, never a partial file); --since; --deidentify (no personal data, stable
//! pseudonyms); the Simfoni sheet; write errors; and an export killed half-way. All data is
//! synthetic.

mod common;

use common::Reg;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// ------------------------------------------------------------------ the contract: columns

#[rustfmt::skip]
const CASES: &[&str] = &[
    "case_uuid", "case_number", "office", "year", "seq", "sop_code", "sop_version", "reported_at",
    "channel", "place", "incident_date", "chronology", "urgency", "risk", "is_child", "violence",
    "status", "closed_at", "close_reason", "external_ref", "created_at", "updated_at",
];
#[rustfmt::skip]
const PERSONS: &[&str] = &[
    "person_uuid", "case_uuid", "case_number", "role", "name", "nik", "sex", "birth_date", "age",
    "phone", "relation", "address", "kecamatan", "kelurahan", "disability", "created_at",
    "updated_at",
];
#[rustfmt::skip]
const STEPS: &[&str] = &[
    "step_uuid", "case_uuid", "case_number", "step_number", "attempt", "status", "outcome",
    "started_at", "finished_at", "elapsed_secs", "wall_secs", "paused_secs", "clock", "calendar_version",
    "standard_min_secs", "standard_max_secs",
    "verdict", "over_secs", "performer", "performer_staff_uuid", "output", "note", "reason",
    "recorded_by", "created_at", "updated_at", "corrected",
];
#[rustfmt::skip]
const CONSENTS: &[&str] = &[
    "consent_uuid", "case_uuid", "case_number", "kind", "given_by", "relation", "scopes", "method",
    "form_ref", "recipients", "until_date", "at", "recorded_by", "created_at",
];
#[rustfmt::skip]
const ASSIGNMENTS: &[&str] = &[
    "assignment_uuid", "case_uuid", "case_number", "staff_uuid", "staff_name", "role", "from_at",
    "until_at", "assigned_by", "created_at", "updated_at",
];
#[rustfmt::skip]
const SERVICES: &[&str] = &[
    "service_uuid", "case_uuid", "case_number", "type", "provider", "given_at", "note",
    "recorded_by", "created_at",
];
#[rustfmt::skip]
const REFERRALS: &[&str] = &[
    "referral_id", "referral_uuid", "case_uuid", "case_number", "agency_uuid", "agency",
    "agency_kind", "direction", "service", "handover", "share", "status", "sent_at", "answered_at",
    "done_at", "cancelled_at", "reason", "result", "response_standard_secs",
    "response_standard_days", "completion_standard_secs", "completion_standard_days",
    "consent_override", "override_reason", "override_by", "recorded_by", "created_at",
    "updated_at",
];
#[rustfmt::skip]
const AUDIT: &[&str] = &[
    "seq", "audit_uuid", "at", "actor", "action", "case_uuid", "details", "prev_hash", "hash",
];
#[rustfmt::skip]
const SIMFONI: &[&str] = &[
    "case_number", "reported_date", "incident_date", "channel", "victim_sex", "victim_age",
    "age_group", "child", "disability", "kecamatan", "kelurahan", "violence_types", "place",
    "perpetrator_count", "perpetrator_relations", "perpetrator_sexes", "perpetrator_ages",
    "services", "urgency", "risk", "status",
];

const TABLES: &[(&str, &[&str])] = &[
    ("cases", CASES),
    ("persons", PERSONS),
    ("steps", STEPS),
    ("consents", CONSENTS),
    ("assignments", ASSIGNMENTS),
    ("services", SERVICES),
    ("referrals", REFERRALS),
    ("audit", AUDIT),
];

/// Everything personal typed into the register below: none may appear de-identified.
const PERSONAL: &[&str] = &[
    "Contoh", // every name: victims, complainant, perpetrators, consent givers, staff, provider
    "3171234567890123",
    "3171234567890456",
    "081234567801",
    "081234567802",
    "Jl. Melati",
    "tuna rungu", // free-text disability: "ya" de-identified
    "Belian",
    "dipukul",
    "Konseling selesai",
    "catatan rahasia",
    "1994-05-01",
    "2016-06-01",
    "LAPOR-77",
    "IC-0001",
    "Visum rahasia",
    "PPA/2026",
    "tester",
];

// ------------------------------------------------------------------ the register

/// Three synthetic cases: an adult (Batam SOP, walked two steps, assigned, consent, a
/// service), a child with two perpetrators (Tangerang 713), and an older victim reported in
/// February. Everything is recorded at the builder's "now", 2 March 2026 12:00 WIB.
#[rustfmt::skip]
fn three_cases() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Petugas Layanan"]);
    reg.ok(&[
        "intake", "--sop", "batam-34-2020", "--channel", "datang-langsung",
        "--reported-at", "2026-03-02 08:00",
        "--victim-name", "Siti Contoh", "--victim-sex", "P", "--victim-birth-date", "1994-05-01",
        "--victim-nik", "3171234567890123", "--victim-phone", "081234567801",
        "--victim-address", "Jl. Melati 1", "--victim-kecamatan", "Batam Kota",
        "--victim-kelurahan", "Belian",
        "--violence", "fisik,psikis", "--place", "rumah-tangga",
        "--chronology", "=Korban dipukul di rumah",
        "--complainant-name", "Ani Contoh", "--complainant-phone", "081234567802",
        "--complainant-relation", "kakak",
        "--perpetrator-name", "Budi Contoh", "--perpetrator-sex", "L", "--perpetrator-age", "40",
        "--perpetrator-relation", "suami-istri",
        "--risk", "tinggi", "--external-ref", "LAPOR-77",
    ]);
    reg.ok(&[
        "intake", "--sop", "tangerang-713-2025", "--channel", "telepon",
        "--reported-at", "2026-03-01 09:00",
        "--victim-name", "Putri Contoh", "--victim-sex", "P", "--victim-birth-date", "2016-06-01",
        "--victim-nik", "3171234567890456", "--victim-kecamatan", "Ciledug",
        "--victim-disability", "tuna rungu",
        "--violence", "penelantaran,seksual", "--place", "sekolah",
        "--perpetrator-name", "Joko Contoh", "--perpetrator-sex", "L", "--perpetrator-age", "35",
        "--perpetrator-relation", "tetangga",
        "--perpetrator-name", "Tono Contoh", "--perpetrator-sex", "L",
        "--perpetrator-relation", "keluarga",
        "--urgency", "darurat",
    ]);
    reg.ok(&[
        "intake", "--sop", "batam-34-2020", "--channel", "rujukan",
        "--reported-at", "2026-02-10 10:00",
        "--victim-name", "Maria Contoh", "--victim-sex", "P", "--victim-age", "70",
        "--violence", "trafficking",
    ]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh", "--role", "Staff Penerima", "--at", "2026-03-02 08:01"]);
    reg.ok(&[
        "consent", "PPA/2026/0001", "--given-by", "Siti Contoh", "--relation", "self",
        "--scope", "layanan,berbagi-informasi", "--method", "tertulis", "--form-ref", "IC-0001",
        "--at", "2026-03-02 08:03",
    ]);
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 08:05", "--by", "Siti Contoh"]);
    reg.ok(&["step", "finish", "PPA/2026/0001", "--at", "2026-03-02 08:12"]);
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 08:15", "--note", "catatan rahasia"]);
    reg.ok(&["step", "finish", "PPA/2026/0001", "--at", "2026-03-02 09:10", "--output", "Konseling selesai"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "kesehatan", "--provider", "RSUD Contoh", "--at", "2026-03-02 10:00"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "pengaduan", "--at", "2026-03-02 08:00"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "kesehatan", "--at", "2026-03-02 11:00"]);
    reg.ok(&["agency", "add", "RSUD Contoh", "--kind", "kesehatan"]);
    reg.ok(&[
        "referral", "create", "PPA/2026/0001", "--to", "RSUD Contoh", "--service", "kesehatan",
        "--share", "identity,assessment", "--at", "2026-03-02 09:30",
    ]);
    reg.ok(&["referral", "accept", "1", "--at", "2026-03-02 10:00"]);
    reg.ok(&["referral", "done", "1", "--result", "Visum rahasia", "--at", "2026-03-02 11:30"]);
    reg
}

// ------------------------------------------------------------------ helpers

/// A CSV export read back: the header and each row as column -> cell.
fn read_csv(text: &str) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.expect("a CSV record");
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (header, rows)
}

fn json_rows(text: &str) -> Vec<Value> {
    match serde_json::from_str::<Value>(text).expect("one JSON document") {
        Value::Array(v) => v,
        other => panic!("expected a JSON array, got {other}"),
    }
}

fn ndjson_rows(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line {l:?}: {e}")))
        .collect()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().expect("an object").keys().cloned().collect()
}

fn set(cols: &[&str]) -> BTreeSet<String> {
    cols.iter().map(|c| c.to_string()).collect()
}

fn row<'a>(
    rows: &'a [HashMap<String, String>],
    col: &str,
    val: &str,
) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r[col] == val)
        .unwrap_or_else(|| panic!("no row with {col} = {val}"))
}

/// The real binary with the builder's environment, for spawning and killing.
fn spawnable(reg: &Reg, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kasus"));
    c.args(args)
        .env("KASUS_DB", reg.db())
        .env("KASUS_ACTOR", "tester")
        .env("KASUS_NOW", &reg.now)
        .env("NO_COLOR", "1")
        .env("KASUS_LANG", "en")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .current_dir(reg.dir.path())
        .stdin(Stdio::null());
    c
}

fn entries(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

// ------------------------------------------------------------------ tables and formats

#[test]
fn every_table_in_every_format_has_the_documented_columns() {
    let reg = three_cases();
    for (table, cols) in TABLES {
        let csv_text = reg.ok(&["export", table]);
        let (header, rows) = read_csv(&csv_text);
        assert_eq!(header, *cols, "CSV columns of {table}");
        assert!(!rows.is_empty(), "{table} has rows");

        let json = json_rows(&reg.ok(&["export", table, "--format", "json"]));
        assert_eq!(json.len(), rows.len(), "JSON rows of {table}");
        for r in &json {
            assert_eq!(keys(r), set(cols), "JSON fields of {table}");
        }
        let nd = ndjson_rows(&reg.ok(&["export", table, "--format", "ndjson"]));
        assert_eq!(nd, json, "NDJSON of {table} holds the same rows as JSON");
    }
}

#[test]
fn values_are_typed_joined_and_in_office_time() {
    let reg = three_cases();
    let uuid_of = |sql: &str| -> String {
        if let Some(db) = &reg.pg {
            return common::pg::connect(&db.url)
                .query_one(sql, &[])
                .unwrap()
                .get(0);
        }
        let conn = rusqlite::Connection::open(reg.path()).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    };
    let rina = uuid_of("SELECT uuid FROM staff WHERE name = 'Rina Contoh'");
    let case1 = uuid_of("SELECT uuid FROM cases WHERE number = 'PPA/2026/0001'");

    // Cases: ids replaced by UUIDs and the SOP's code and version; formulas guarded.
    let (_, cases) = read_csv(&reg.ok(&["export", "cases"]));
    assert_eq!(cases.len(), 3);
    let c1 = row(&cases, "case_number", "PPA/2026/0001");
    assert_eq!(c1["case_uuid"], case1);
    assert_eq!(c1["sop_code"], "batam-34-2020");
    assert_eq!(c1["sop_version"], "1");
    assert_eq!(c1["reported_at"], "2026-03-02T08:00:00+07:00");
    assert_eq!(c1["violence"], "fisik,psikis");
    assert_eq!(c1["is_child"], "false");
    assert_eq!(
        c1["chronology"], "'=Korban dipukul di rumah",
        "a formula is escaped"
    );
    assert_eq!(c1["external_ref"], "LAPOR-77");
    assert_eq!(
        row(&cases, "case_number", "PPA/2026/0002")["is_child"],
        "true"
    );

    let json = json_rows(&reg.ok(&["export", "cases", "--format", "json"]));
    let j1 = json
        .iter()
        .find(|r| r["case_number"] == "PPA/2026/0001")
        .unwrap();
    assert_eq!(j1["is_child"], Value::Bool(false));
    assert_eq!(j1["year"], 2026);
    assert_eq!(j1["violence"], serde_json::json!(["fisik", "psikis"]));
    assert_eq!(
        j1["chronology"], "=Korban dipukul di rumah",
        "JSON carries the text as it is"
    );
    assert_eq!(j1["closed_at"], Value::Null);

    // Persons: the victim's age kept beside the birth date; the case's UUID and number.
    let (_, persons) = read_csv(&reg.ok(&["export", "persons"]));
    assert_eq!(
        persons.len(),
        3 + 3 + 1,
        "victims, complainant, perpetrators"
    );
    let siti = row(&persons, "name", "Siti Contoh");
    assert_eq!(
        (siti["role"].as_str(), siti["age"].as_str()),
        ("victim", "31")
    );
    assert_eq!(siti["case_uuid"], case1);
    assert_eq!(siti["nik"], "3171234567890123");
    assert_eq!(row(&persons, "name", "Tono Contoh")["age"], "");

    // Steps: seconds as numbers, the verdict, the performing staff's UUID.
    let steps = json_rows(&reg.ok(&["export", "steps", "--format", "json"]));
    assert_eq!(steps.len(), 2);
    let s1 = &steps[0];
    assert_eq!(s1["step_number"], 1);
    assert_eq!(s1["started_at"], "2026-03-02T08:05:00+07:00");
    assert_eq!(s1["elapsed_secs"], 420);
    assert_eq!(s1["standard_max_secs"], 300);
    assert_eq!(
        (s1["verdict"].as_str(), s1["over_secs"].as_u64()),
        (Some("over"), Some(120))
    );
    assert_eq!(s1["performer"], "Siti Contoh");
    assert_eq!(
        s1["performer_staff_uuid"],
        Value::Null,
        "the pelapor is outside the unit"
    );
    let s2 = &steps[1];
    assert_eq!(s2["performer"], "Rina Contoh");
    assert_eq!(s2["performer_staff_uuid"], rina.as_str());
    assert_eq!(s2["output"], "Konseling selesai");

    // Consents, assignments, services, audit.
    let (_, consents) = read_csv(&reg.ok(&["export", "consents"]));
    assert_eq!(consents[0]["scopes"], "layanan,berbagi-informasi");
    assert_eq!(consents[0]["at"], "2026-03-02T08:03:00+07:00");
    assert_eq!(consents[0]["recorded_by"], "tester");
    let (_, assignments) = read_csv(&reg.ok(&["export", "assignments"]));
    assert_eq!(assignments[0]["staff_uuid"], rina);
    assert_eq!(assignments[0]["from_at"], "2026-03-02T08:01:00+07:00");
    let (_, services) = read_csv(&reg.ok(&["export", "services"]));
    // Three given by hand, and the one the done referral records, with the agency as provider.
    assert_eq!(services.len(), 4);
    assert_eq!(services[0]["provider"], "RSUD Contoh");
    assert_eq!(services[3]["provider"], "RSUD Contoh");
    assert_eq!(services[3]["given_at"], "2026-03-02T11:30:00+07:00");
    let (_, referrals) = read_csv(&reg.ok(&["export", "referrals"]));
    assert_eq!(referrals.len(), 1);
    assert_eq!(referrals[0]["status"], "done");
    assert_eq!(referrals[0]["share"], "identity,assessment");
    assert_eq!(referrals[0]["answered_at"], "2026-03-02T10:00:00+07:00");
    assert_eq!(referrals[0]["consent_override"], "false");
    let audit = ndjson_rows(&reg.ok(&["export", "audit", "--format", "ndjson"]));
    assert_eq!(audit[0]["seq"], 1);
    let intake = audit.iter().find(|e| e["action"] == "case.intake").unwrap();
    assert!(
        intake["details"].is_object(),
        "details are embedded as JSON"
    );
    assert_eq!(intake["hash"].as_str().map(str::len), Some(64));

    // Another office zone: the same instants with +08:00.
    reg.ok(&["config", "set", "timezone", "WITA"]);
    let (_, cases) = read_csv(&reg.ok(&["export", "cases"]));
    assert_eq!(
        row(&cases, "case_number", "PPA/2026/0001")["reported_at"],
        "2026-03-02T09:00:00+08:00"
    );
}

// ------------------------------------------------------------------ --out

#[test]
fn out_writes_a_private_file_atomically() {
    let reg = three_cases();
    let dir = reg.dir.path();
    let before = entries(dir);
    let file = dir.join("cases.csv");
    let printed = reg.ok(&["export", "cases", "--out", "cases.csv"]);
    assert_eq!(printed, "", "nothing on stdout with --out");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the file is private");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        reg.ok(&["export", "cases"])
    );
    let mut expected = before.clone();
    expected.insert("cases.csv".into());
    assert_eq!(entries(dir), expected, "no temporary file left behind");

    // Again over an existing file, which is replaced whole.
    std::fs::write(&file, "old contents\n").unwrap();
    reg.ok(&[
        "export",
        "persons",
        "--format",
        "json",
        "--out",
        file.to_str().unwrap(),
    ]);
    let rows = json_rows(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(rows.len(), 7);
    assert_eq!(entries(dir), expected);

    // A folder that does not exist: an error, and nothing is created.
    let o = reg.run(&["export", "cases", "--out", "nowhere/cases.csv"]);
    assert_ne!(o.code, 0);
    assert!(!dir.join("nowhere").exists());
}

// ------------------------------------------------------------------ --since

#[test]
fn since_keeps_only_rows_changed_later() {
    let mut reg = three_cases();
    // Two days later: a consent, a step, a service on case 2 only.
    reg.now = "2026-03-04T09:00:00+07:00".into();
    reg.ok(&[
        "consent",
        "PPA/2026/0002",
        "--given-by",
        "Ibu Contoh",
        "--relation",
        "parent",
        "--scope",
        "layanan",
        "--method",
        "lisan",
    ]);
    reg.ok(&[
        "step",
        "start",
        "PPA/2026/0002",
        "--at",
        "2026-03-04 08:30",
        "--by",
        "Dewi Contoh",
    ]);
    reg.ok(&["case", "service", "PPA/2026/0002", "--type", "pengaduan"]);

    let since = ["--since", "2026-03-03 00:00"];
    let export = |table: &str| {
        let mut args = vec!["export", table];
        args.extend_from_slice(&since);
        read_csv(&reg.ok(&args)).1
    };
    let cases = export("cases");
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0]["case_number"], "PPA/2026/0002");
    assert_eq!(cases[0]["updated_at"], "2026-03-04T09:00:00+07:00");
    assert!(export("persons").is_empty(), "no person changed");
    assert!(export("assignments").is_empty());
    let consents = export("consents");
    assert_eq!(consents.len(), 1);
    assert_eq!(consents[0]["given_by"], "Ibu Contoh");
    let steps = export("steps");
    assert_eq!(steps.len(), 1);
    assert_eq!(
        (
            steps[0]["case_number"].as_str(),
            steps[0]["status"].as_str()
        ),
        ("PPA/2026/0002", "running")
    );
    assert_eq!(export("services").len(), 1);
    let audit = export("audit");
    assert_eq!(audit.len(), 3);
    assert!(audit.iter().all(|e| e["at"] == "2026-03-04T09:00:00+07:00"));

    // Strictly after: rows changed exactly at --since are not repeated by the next run.
    let o = reg.ok(&["export", "cases", "--since", "2026-03-04T09:00:00+07:00"]);
    assert!(read_csv(&o).1.is_empty());
    let all = read_csv(&reg.ok(&["export", "cases", "--since", "2026-03-02 11:59"])).1;
    assert_eq!(all.len(), 3);

    // A time in the future or not a time: refused.
    reg.refused(&["export", "cases", "--since", "2026-03-05 00:00"], 3);
    reg.refused(&["export", "cases", "--since", "besok"], 3);
    // --period is the Simfoni sheet's.
    reg.refused(&["export", "cases", "--period", "2026-03"], 2);
}

// ------------------------------------------------------------------ --deidentify

#[test]
fn deidentified_exports_hold_no_personal_data_and_stable_pseudonyms() {
    let reg = three_cases();
    let case_uuids: Vec<String> = read_csv(&reg.ok(&["export", "cases"]))
        .1
        .iter()
        .map(|r| r["case_uuid"].clone())
        .collect();
    let person_uuids: Vec<String> = read_csv(&reg.ok(&["export", "persons"]))
        .1
        .iter()
        .map(|r| r["person_uuid"].clone())
        .collect();
    let staff_uuids: Vec<String> = read_csv(&reg.ok(&["export", "assignments"]))
        .1
        .iter()
        .map(|r| r["staff_uuid"].clone())
        .collect();

    let mut first = HashMap::new();
    for (table, cols) in TABLES.iter().copied().chain([("simfoni", SIMFONI)]) {
        for format in ["csv", "json", "ndjson"] {
            let out = reg.ok(&["export", table, "--deidentify", "--format", format]);
            let identifiers = case_uuids.iter().chain(&person_uuids).chain(&staff_uuids);
            for p in PERSONAL
                .iter()
                .copied()
                .chain(identifiers.map(String::as_str))
            {
                assert!(
                    !out.contains(p),
                    "{table} {format} --deidentify holds {p:?}:\n{out}"
                );
            }
            if format == "csv" {
                assert_eq!(
                    read_csv(&out).0,
                    cols,
                    "{table}: the same columns de-identified"
                );
                first.insert(table, out);
            }
        }
    }

    // Pseudonyms: the same in a second export, and the same case token across tables.
    for (table, out) in &first {
        assert_eq!(
            &reg.ok(&["export", table, "--deidentify"]),
            out,
            "{table} pseudonyms are stable"
        );
    }
    let (_, cases) = read_csv(&first["cases"]);
    let tokens: BTreeSet<&str> = cases.iter().map(|r| r["case_uuid"].as_str()).collect();
    assert_eq!(tokens.len(), 3);
    for r in &cases {
        assert!(
            r["case_uuid"].starts_with("c-") && r["case_uuid"].len() == 18,
            "{r:?}"
        );
        assert_eq!(r["case_number"], r["case_uuid"], "one token per case");
        assert_eq!((r["seq"].as_str(), r["chronology"].as_str()), ("", ""));
        assert!(
            r["sop_code"].len() > 3 && r["reported_at"].starts_with("2026-0"),
            "kept: {r:?}"
        );
    }
    let (_, persons) = read_csv(&first["persons"]);
    for r in &persons {
        assert!(
            tokens.contains(r["case_uuid"].as_str()),
            "persons join cases"
        );
        assert!(r["person_uuid"].starts_with("p-"));
        for gone in ["name", "nik", "birth_date", "phone", "address", "kelurahan"] {
            assert_eq!(r[gone], "", "{gone} left out");
        }
    }
    let victim = persons
        .iter()
        .find(|r| r["role"] == "victim" && r["age"] == "31")
        .unwrap();
    assert_eq!(
        (victim["sex"].as_str(), victim["kecamatan"].as_str()),
        ("P", "Batam Kota")
    );
    assert!(
        persons.iter().any(|r| r["relation"] == "suami-istri"),
        "relation codes kept"
    );
    assert!(
        persons.iter().all(|r| r["relation"] != "kakak"),
        "free-text relation left out"
    );
    let (_, simfoni) = read_csv(&first["simfoni"]);
    let simfoni_tokens: BTreeSet<&str> =
        simfoni.iter().map(|r| r["case_number"].as_str()).collect();
    assert_eq!(
        simfoni_tokens, tokens,
        "the Simfoni sheet carries the same case tokens"
    );

    // The staff member's token is the same as performer, assignee and in the audit trail.
    // Rows come in the order of their UUIDs (random): find them by what they hold.
    let (_, mut steps) = read_csv(&first["steps"]);
    steps.sort_by(|a, b| a["step_number"].cmp(&b["step_number"]));
    let (_, assignments) = read_csv(&first["assignments"]);
    let rina = &assignments[0]["staff_uuid"];
    assert!(rina.starts_with("s-"));
    assert_eq!(&assignments[0]["staff_name"], rina);
    assert_eq!(&steps[1]["performer"], rina);
    assert_eq!(&steps[1]["performer_staff_uuid"], rina);
    assert_eq!(
        (steps[0]["verdict"].as_str(), steps[0]["over_secs"].as_str()),
        ("over", "120")
    );
    let audit = ndjson_rows(&reg.ok(&["export", "audit", "--deidentify", "--format", "ndjson"]));
    let assign = audit.iter().find(|e| e["action"] == "case.assign").unwrap();
    assert_eq!(assign["details"]["staff"], rina.as_str());
    assert_eq!(assign["hash"], Value::Null);

    // The secret was made once, audited once; the chain still verifies.
    let plain = ndjson_rows(&reg.ok(&["export", "audit", "--format", "ndjson"]));
    assert_eq!(
        plain
            .iter()
            .filter(|e| e["action"] == "export.secret")
            .count(),
        1
    );
    reg.ok(&["audit", "verify"]);
    // Another register has another secret: its tokens differ.
    let other = three_cases();
    let (_, other_cases) = read_csv(&other.ok(&["export", "cases", "--deidentify"]));
    assert!(other_cases
        .iter()
        .all(|r| !tokens.contains(r["case_uuid"].as_str())));
}

#[test]
fn deidentified_rows_are_not_in_order_of_registration_and_disability_is_coarsened() {
    // 30 cases registered (PPA/2026/0001 first) in an order their report times do not follow
    // (reported from 08:29 back to 08:00): the de-identified rows follow a keyed hash of the
    // cases' UUIDs, so their order gives back neither the case numbers nor the UUIDs' order
    // (UUIDs v7 begin with the time they were made) nor the report times.
    let reg = Reg::new();
    let mut file = String::from(
        "sop,reported_at,channel,victim_name,victim_sex,victim_age,victim_disability,violence\n",
    );
    for i in 0..30 {
        let disability = match i % 3 {
            0 => "tuna rungu",
            1 => "  ",
            _ => "",
        };
        file.push_str(&format!(
            "batam-34-2020,2026-03-01 08:{:02},datang-langsung,Korban{i} Contoh,P,30,{disability},fisik\n",
            29 - i
        ));
    }
    let path = reg.dir.path().join("in.csv");
    std::fs::write(&path, file).unwrap();
    reg.ok(&["intake", "--from", path.to_str().unwrap()]);

    let (_, plain) = read_csv(&reg.ok(&["export", "cases"]));
    let mut by_number: Vec<(&str, &str)> = plain
        .iter()
        .map(|r| (r["case_number"].as_str(), r["reported_at"].as_str()))
        .collect();
    by_number.sort();
    let by_number: Vec<&str> = by_number.into_iter().map(|(_, t)| t).collect();
    let mut by_uuid: Vec<(&str, &str)> = plain
        .iter()
        .map(|r| (r["case_uuid"].as_str(), r["reported_at"].as_str()))
        .collect();
    by_uuid.sort();
    let by_uuid: Vec<&str> = by_uuid.into_iter().map(|(_, t)| t).collect();
    let mut by_time = by_number.clone();
    by_time.sort();
    assert_ne!(by_number, by_time, "the fixture: numbers and times differ");
    let (_, deid) = read_csv(&reg.ok(&["export", "cases", "--deidentify"]));
    let order: Vec<&str> = deid.iter().map(|r| r["reported_at"].as_str()).collect();
    assert_eq!(order.len(), 30);
    assert_ne!(order, by_number, "not in order of case number");
    assert_ne!(order, by_uuid, "not in order of the cases' UUIDs");
    assert_ne!(order, by_time, "not in order of report");
    let mut reversed = by_number.clone();
    reversed.reverse();
    assert_ne!(order, reversed, "not in reverse order of case number");
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(sorted, by_time, "the same rows");
    // The same register gives the same order each time (exports can be compared).
    let (_, again) = read_csv(&reg.ok(&["export", "cases", "--deidentify"]));
    assert_eq!(deid, again);

    let (_, plain_p) = read_csv(&reg.ok(&["export", "persons"]));
    let (_, deid_p) = read_csv(&reg.ok(&["export", "persons", "--deidentify"]));
    assert_eq!(deid_p.len(), 30);

    // disability: "ya" when filled in, empty when not; never the text.
    let with =
        |rows: &[HashMap<String, String>]| rows.iter().filter(|r| r["disability"] == "ya").count();
    for (table, rows) in [
        ("persons", deid_p.clone()),
        (
            "simfoni",
            read_csv(&reg.ok(&["export", "simfoni", "--deidentify"])).1,
        ),
    ] {
        assert!(
            rows.iter()
                .all(|r| r["disability"] == "ya" || r["disability"].is_empty()),
            "{table}: {rows:?}"
        );
        assert_eq!(with(&rows), 10, "{table}");
    }
    for format in ["json", "ndjson"] {
        for table in ["persons", "simfoni"] {
            let out = reg.ok(&["export", table, "--deidentify", "--format", format]);
            assert!(!out.contains("tuna rungu"), "{table} {format}");
        }
    }
    let json = json_rows(&reg.ok(&["export", "persons", "--deidentify", "--format", "json"]));
    assert!(json
        .iter()
        .all(|r| r["disability"] == "ya" || r["disability"] == Value::Null));
    // Not de-identified, the text is exported as entered.
    let (_, plain_s) = read_csv(&reg.ok(&["export", "simfoni"]));
    assert_eq!(
        plain_s
            .iter()
            .filter(|r| r["disability"] == "tuna rungu")
            .count(),
        10
    );
    assert!(plain_p.iter().any(|r| r["disability"] == "tuna rungu"));
}

// ------------------------------------------------------------------ Simfoni

#[test]
fn simfoni_sheet_has_one_row_per_case() {
    let reg = three_cases();
    let (header, rows) = read_csv(&reg.ok(&["export", "simfoni"]));
    assert_eq!(header, SIMFONI);
    assert_eq!(rows.len(), 3, "one row per case");
    let order: Vec<&str> = rows.iter().map(|r| r["case_number"].as_str()).collect();
    assert_eq!(
        order,
        ["PPA/2026/0003", "PPA/2026/0002", "PPA/2026/0001"],
        "in order of report"
    );

    let adult = row(&rows, "case_number", "PPA/2026/0001");
    let expect = [
        ("reported_date", "2026-03-02"),
        ("channel", "Datang langsung"),
        ("victim_sex", "Perempuan"),
        ("victim_age", "31"),
        ("age_group", "25-44"),
        ("child", "Tidak"),
        ("kecamatan", "Batam Kota"),
        ("kelurahan", "Belian"),
        ("violence_types", "Fisik; Psikis"),
        ("place", "Rumah tangga"),
        ("perpetrator_count", "1"),
        ("perpetrator_relations", "Suami / istri"),
        ("perpetrator_sexes", "Laki-laki"),
        ("perpetrator_ages", "40"),
        ("services", "Pengaduan; Kesehatan"),
        ("urgency", "Biasa"),
        ("risk", "Tinggi"),
        ("status", "Terbuka"),
    ];
    for (col, val) in expect {
        assert_eq!(adult[col], val, "{col}");
    }
    let child = row(&rows, "case_number", "PPA/2026/0002");
    let expect = [
        ("reported_date", "2026-03-01"),
        ("channel", "Telepon / hotline"),
        ("age_group", "6-12"),
        ("child", "Ya"),
        ("disability", "tuna rungu"),
        ("violence_types", "Seksual; Penelantaran"),
        ("perpetrator_count", "2"),
        ("perpetrator_relations", "Tetangga; Keluarga / saudara"),
        ("perpetrator_ages", "35; ?"),
        ("services", ""),
        ("urgency", "Darurat"),
    ];
    for (col, val) in expect {
        assert_eq!(child[col], val, "{col}");
    }
    let older = row(&rows, "case_number", "PPA/2026/0003");
    assert_eq!(
        (
            older["age_group"].as_str(),
            older["violence_types"].as_str()
        ),
        ("60+", "Trafficking (TPPO)")
    );
    assert_eq!(older["perpetrator_count"], "0");

    // Periods, in office time.
    let numbers = |period: &str| -> Vec<String> {
        read_csv(&reg.ok(&["export", "simfoni", "--period", period]))
            .1
            .iter()
            .map(|r| r["case_number"].clone())
            .collect()
    };
    assert_eq!(numbers("last-month"), ["PPA/2026/0003"]);
    assert_eq!(numbers("this-month"), ["PPA/2026/0002", "PPA/2026/0001"]);
    assert_eq!(numbers("2026-03"), ["PPA/2026/0002", "PPA/2026/0001"]);
    assert_eq!(numbers("2026-Q1").len(), 3);
    assert_eq!(numbers("2026").len(), 3);
    assert!(numbers("2026-Q2").is_empty());
    assert!(numbers("2025").is_empty());
    reg.refused(&["export", "simfoni", "--period", "2026-13"], 3);

    // JSON carries numbers as numbers.
    let json = json_rows(&reg.ok(&[
        "export", "simfoni", "--format", "json", "--period", "2026-02",
    ]));
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["victim_age"], 70);
    assert_eq!(json[0]["kelurahan"], Value::Null);
}

// ------------------------------------------------------------------ write errors

/// An export whose reader went away: exit 0, no message.
fn quiet_exit(child: std::process::Child) {
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
}

#[test]
fn a_full_disk_fails_and_a_closed_pipe_is_quiet() {
    let reg = three_cases();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = spawnable(&reg, &["export", "audit"])
        .stdout(full)
        .output()
        .unwrap();
    assert_ne!(
        o.status.code(),
        Some(0),
        "an export to a full disk must fail"
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("No space left"),
        "{o:?}"
    );

    // The reader goes away before kasus writes: exit 0, no message.
    let mut child = spawnable(&reg, &["export", "audit"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    quiet_exit(child);
}

/// A CSV export is read on one thread and written on another (`output::pipe`): a reader that
/// goes away after the first rows of many batches, or a disk that fills half-way, stops it
/// the same way as before the first row (quiet exit 0; the disk's error and a failure).
#[test]
fn a_reader_leaving_half_way_through_a_large_csv_export_is_quiet() {
    use std::io::{BufRead, BufReader};
    let reg = three_cases();
    fill_audit(&reg, 20_000);
    let mut child = spawnable(&reg, &["export", "audit", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for _ in 0..10 {
        let line = lines.next().expect("a line").unwrap();
        assert!(line.contains(','), "{line}");
    }
    drop(lines);
    quiet_exit(child);

    // All of it through a pipe: every entry, in order, once.
    let all = reg.ok(&["export", "audit", "--format", "csv"]);
    let seqs: Vec<i64> = all
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert!(seqs.len() > 20_000, "{}", seqs.len());
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "out of order");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = spawnable(&reg, &["export", "audit", "--format", "csv"])
        .stdout(full)
        .output()
        .unwrap();
    assert_ne!(o.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("No space left"),
        "{o:?}"
    );
}

// ------------------------------------------------------------------ killed half-way

/// Appends `n` synthetic audit entries directly (the triggers forbid only UPDATE and DELETE).
fn fill_audit(reg: &Reg, n: i64) {
    let sql = common::FILL_AUDIT;
    if let Some(db) = &reg.pg {
        common::pg::connect(&db.url)
            .execute(&sql.replace("?1", "$1"), &[&n])
            .unwrap();
        return;
    }
    let conn = rusqlite::Connection::open(reg.path()).unwrap();
    conn.execute(sql, [n]).unwrap();
}

/// Starts `kasus export audit --out FILE`, waits until it is writing its temporary file,
/// and returns it still running.
fn start_export(reg: &Reg, file: &str) -> std::process::Child {
    start_export_with(reg, file, None)
}

/// [`start_export`], the process started with the signal `ignoring` ignored (SIGINT as a
/// non-interactive shell starts a job with `&`, SIGHUP as `nohup` starts it).
fn start_export_with(reg: &Reg, file: &str, ignoring: Option<libc::c_int>) -> std::process::Child {
    let mut cmd = spawnable(reg, &["export", "audit", "--format", "json", "--out", file]);
    // SIGINT, SIGTERM and SIGHUP as chosen, whatever this test process inherited (a run started
    // in the background by a script ignores SIGINT, and so would every child).
    use std::os::unix::process::CommandExt;
    // SAFETY: between fork and exec only signal(2), which is async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            for s in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
                let how = if Some(s) == ignoring {
                    libc::SIG_IGN
                } else {
                    libc::SIG_DFL
                };
                libc::signal(s, how);
            }
            Ok(())
        });
    }
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let writing = || {
        entries(reg.dir.path()).iter().any(|e| {
            e.ends_with(".tmp")
                && std::fs::metadata(reg.dir.path().join(e))
                    .map(|m| m.len() > 0)
                    .unwrap_or(false)
        })
    };
    while !writing() && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(100));
    child
}

#[test]
fn a_killed_export_leaves_no_partial_file() {
    let reg = three_cases();
    fill_audit(&reg, 500_000);
    let dir = reg.dir.path();
    let file = dir.join("audit.json");

    // A previous export is kept as it was.
    std::fs::write(&file, "previous contents\n").unwrap();
    let mut child = start_export(&reg, "audit.json");
    assert!(
        child.try_wait().unwrap().is_none(),
        "the export was still running when killed"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "previous contents\n"
    );

    // Without a previous file, none appears.
    let fresh = dir.join("fresh.json");
    let mut child = start_export(&reg, "fresh.json");
    assert!(
        child.try_wait().unwrap().is_none(),
        "the export was still running when killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!fresh.exists(), "no partial file at --out");
    // What a SIGKILL leaves is only a hidden temporary file, never FILE.
    for e in entries(dir) {
        assert!(
            e.starts_with("register.db")
                || e == "audit.json"
                || (e.starts_with('.') && e.ends_with(".tmp")),
            "unexpected file {e}"
        );
    }
}

/// Ctrl-C (SIGINT; no terminal here, the same handler at one), SIGTERM (`kill PID`, `timeout`
/// in a cron job) and SIGHUP (a terminal closed) while writing a file: the temporary file is
/// removed, an existing FILE kept, the message says so (naming SIGTERM and SIGHUP), exit 128
/// and the signal's number.
#[test]
fn a_signalled_export_leaves_nothing_half_done() {
    let reg = three_cases();
    fill_audit(&reg, 500_000);
    let dir = reg.dir.path();
    let file = dir.join("audit.json");
    std::fs::write(&file, "previous contents\n").unwrap();
    for (signal, words, code) in [
        ("-INT", "interrupted: nothing half-done was kept", 130),
        (
            "-TERM",
            "stopped (SIGTERM): nothing half-done was kept",
            143,
        ),
        ("-HUP", "stopped (SIGHUP): nothing half-done was kept", 129),
    ] {
        let mut child = start_export(&reg, "audit.json");
        let mut stderr = child.stderr.take().unwrap();
        let pid = child.id().to_string();
        let st = Command::new("kill").args([signal, &pid]).status().unwrap();
        assert!(st.success(), "{signal}: still running when signalled");
        let status = child.wait().unwrap();
        let mut said = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut said).unwrap();
        assert_eq!(status.code(), Some(code), "{signal}: {said}");
        assert!(said.contains(words), "{signal}: {said}");
        assert!(
            !said.contains("\x1b"),
            "no terminal codes without a terminal: {said:?}"
        );
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            "previous contents\n"
        );
        assert!(
            entries(dir).iter().all(|e| !e.ends_with(".tmp")),
            "{signal}: the temporary file was removed: {:?}",
            entries(dir)
        );
    }
}

/// A process started with SIGINT ignored (a script's `cmd &`) or SIGHUP ignored (`nohup`)
/// keeps ignoring it, before and after its output file begins: the export runs to its end and
/// puts FILE in place.
#[test]
fn an_export_started_ignoring_a_signal_keeps_ignoring_it() {
    let reg = three_cases();
    fill_audit(&reg, 200_000);
    let file = reg.dir.path().join("audit.json");
    for (ignored, signal) in [(libc::SIGINT, "-INT"), (libc::SIGHUP, "-HUP")] {
        let _ = std::fs::remove_file(&file);
        let child = start_export_with(&reg, "audit.json", Some(ignored));
        let pid = child.id().to_string();
        for _ in 0..3 {
            let st = Command::new("kill").args([signal, &pid]).status().unwrap();
            assert!(st.success(), "{signal}: still running when signalled");
            std::thread::sleep(Duration::from_millis(20));
        }
        quiet_exit(child);
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert!(v.as_array().unwrap().len() > 200_000, "{signal}");
        assert!(entries(reg.dir.path()).iter().all(|e| !e.ends_with(".tmp")));
    }
}
