//! Referrals' rules found by a new-user trial (issue 16): `referral list` shows the referrals
//! sent, `--received` only those received; the clocks (a handover completes at acceptance, a
//! received referral runs none, a rejected or cancelled one is never late, a closed case's
//! referrals no longer move); the letter (none for a referral not going ahead, identifying items
//! withheld once consent is withdrawn, a handover's letter); who may override consent; the
//! agency kind kept as sent; the step a referral is linked to; the standards per service and
//! urgency.

mod common;

use common::referrals::{
    add_hospital, add_police, args, consent, consent_at, create, to_hospital, walk_to_step_6,
};
use common::{at, Reg, CASE};
use serde_json::Value;

fn json(reg: &Reg, args: &[&str]) -> Value {
    serde_json::from_str(&reg.ok(args)).unwrap()
}

/// The standard case (Batam, adult victim, reported 2 March 2026 08:00) and a hospital.
fn with_hospital() -> Reg {
    let reg = common::with_standard_case();
    add_hospital(&reg, &[]);
    reg
}

/// A referral of the standard case to the hospital, sharing `share`, at `when` (office time).
fn send(reg: &Reg, share: &str, when: &str, extra: &[&str]) -> String {
    let mut a = to_hospital(share, when);
    a.extend(extra.iter().map(|s| s.to_string()));
    reg.ok(&args(&a))
}

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["referral_id"].as_i64().unwrap())
        .collect()
}

#[test]
fn list_shows_the_referrals_sent_and_received_only_those_received() {
    let reg = common::register();
    reg.ok(&[
        "agency",
        "add",
        "UPTD PPA Kota Lain",
        "--kind",
        "uptd-ppa-lain",
    ]);
    add_hospital(&reg, &[]);
    let mut intake = common::BATAM_CASE.to_vec();
    let pos = intake.iter().position(|a| *a == "datang-langsung").unwrap();
    intake[pos] = "rujukan";
    intake.extend_from_slice(&["--referred-by", "UPTD PPA Kota Lain"]);
    reg.ok(&intake);
    send(&reg, "assessment", "09:00", &[]);
    let sent = json(&reg, &["referral", "list", "--format", "json"]);
    assert_eq!(ids(&sent), [2]);
    assert_eq!(sent[0]["direction"], "out");
    let received = json(
        &reg,
        &["referral", "list", "--received", "--format", "json"],
    );
    assert_eq!(ids(&received), [1]);
    assert_eq!(received[0]["direction"], "in");
    // A received referral runs no clock here: blank times, never late, even days later.
    let mut later = reg;
    later.now = "2026-03-20T12:00:00+07:00".into();
    let received = json(
        &later,
        &["referral", "list", "--received", "--format", "json"],
    );
    assert_eq!(received[0]["response_secs"], Value::Null);
    assert_eq!(received[0]["completion_secs"], Value::Null);
    assert_eq!(received[0]["late"], false);
    let late = json(
        &later,
        &[
            "referral",
            "list",
            "--received",
            "--late",
            "--format",
            "json",
        ],
    );
    assert_eq!(ids(&late), Vec::<i64>::new());
    let shown = json(&later, &["referral", "show", "1", "--format", "json"]);
    assert_eq!(
        (shown["response_secs"].clone(), shown["late"].clone()),
        (Value::Null, Value::Bool(false))
    );
    // CSV carries the direction too.
    let csv = later.ok(&["referral", "list", "--received", "--format", "csv"]);
    let head: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let col = head
        .iter()
        .position(|c| *c == "direction")
        .expect("direction");
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(row[col], "in", "{csv}");
    later.now = common::NOW.into();
    let csv = later.ok(&["referral", "list", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.lines().nth(1).unwrap().contains(",out,"), "{csv}");
}

#[test]
fn a_referral_of_a_closed_case_no_longer_moves() {
    let reg = with_hospital();
    send(&reg, "assessment", "09:00", &[]);
    send(&reg, "assessment", "09:10", &[]);
    reg.ok(&["referral", "accept", "2", "--at", &at("09:30")]);
    reg.ok(&[
        "case",
        "close",
        CASE,
        "--reason",
        "selesai",
        "--at",
        &at("10:00"),
    ]);
    for args in [
        vec!["referral", "accept", "1"],
        vec!["referral", "reject", "1", "--reason", "penuh"],
        vec!["referral", "cancel", "1", "--reason", "tidak perlu"],
        vec!["referral", "done", "2", "--result", "visum"],
        vec!["referral", "cancel", "2", "--reason", "tidak perlu"],
    ] {
        let err = reg.refused(&args, 4);
        assert!(
            err.contains("case PPA/2026/0001 is closed") && err.contains("case reopen"),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("selesai"),
            "the close reason is not echoed: {err}"
        );
    }
    reg.ok(&["case", "reopen", CASE, "--reason", "laporan baru"]);
    reg.ok(&["referral", "cancel", "1", "--reason", "tidak perlu"]);
}

#[test]
fn rejected_and_cancelled_referrals_are_never_late() {
    let reg = with_hospital();
    reg.ok(&["config", "set", "referral-response", "1 jam"]);
    send(&reg, "assessment", "08:00", &[]);
    send(&reg, "assessment", "08:05", &[]);
    send(&reg, "assessment", "08:10", &[]);
    // Both moved three hours on, well past the hour's standard.
    reg.ok(&[
        "referral",
        "reject",
        "1",
        "--reason",
        "penuh",
        "--at",
        &at("11:00"),
    ]);
    reg.ok(&[
        "referral",
        "cancel",
        "2",
        "--reason",
        "korban menolak",
        "--at",
        &at("11:05"),
    ]);
    let late = json(&reg, &["referral", "list", "--late", "--format", "json"]);
    assert_eq!(ids(&late), [3]);
    let all = json(&reg, &["referral", "list", "--format", "json"]);
    assert_eq!(all[0]["late"], false);
    assert_eq!(all[0]["response_secs"], 3 * 3600);
    assert_eq!(all[1]["late"], false);
    let report = json(
        &reg,
        &[
            "report",
            "referrals",
            "--period",
            "2026-03",
            "--format",
            "json",
        ],
    );
    let total = report["rows"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(total["late"], 1);
    // The rejection was not answered within the standard: the share says so.
    assert_eq!(total["response_on_time_share"], 0.0);
    let overdue = json(&reg, &["report", "overdue", "--format", "json"]);
    assert_eq!(overdue["late_referrals"], 1);
}

#[test]
fn only_an_active_staff_member_named_whole_in_the_setting_may_override() {
    let reg = with_hospital();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Rina", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Budi Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "config",
        "set",
        "referral-override",
        "Rina Contoh, Budi Contoh, Dewi Contoh",
    ]);
    reg.ok(&["staff", "deactivate", "Budi Contoh"]);
    let over = |actor: &str| {
        let mut a = vec!["--actor".to_string(), actor.to_string()];
        a.extend(to_hospital("identity", "09:00"));
        a.extend(["--override-consent", "--reason", "korban tidak sadar"].map(String::from));
        a
    };
    let run = |actor: &str, code: i32, saying: &str| {
        let err = reg.refused(&args(&over(actor)), code);
        assert!(err.contains(saying), "{actor}: {err}");
        assert!(!err.contains(actor), "the actor is not echoed: {err}");
    };
    // A part of a name named in the setting is not that name.
    run("Rina", 4, "does not name the actor");
    // Named, but inactive; named, but not in the staff list.
    run("Budi Contoh", 4, "inactive staff member");
    run("Dewi Contoh", 4, "not in the staff list");
    // The whole name, in any letter case.
    let out = reg.ok(&args(&over("rina contoh")));
    assert!(out.contains("consent overridden"), "{out}");
    let v = json(&reg, &["referral", "show", "1", "--format", "json"]);
    assert!(v["consent_override_by"].as_str().is_some());
}

#[test]
fn no_letter_for_a_referral_not_going_ahead() {
    let reg = with_hospital();
    send(&reg, "assessment", "09:00", &[]);
    send(&reg, "assessment", "09:10", &[]);
    reg.ok(&[
        "referral",
        "reject",
        "1",
        "--reason",
        "penuh",
        "--at",
        &at("09:30"),
    ]);
    reg.ok(&[
        "referral",
        "cancel",
        "2",
        "--reason",
        "tidak perlu",
        "--at",
        &at("09:30"),
    ]);
    for (id, status) in [("1", "rejected"), ("2", "cancelled")] {
        let out = reg.dir.path().join(format!("rujukan-{id}.html"));
        let err = reg.refused(
            &[
                "referral",
                "letter",
                id,
                "--out",
                &out.display().to_string(),
            ],
            4,
        );
        assert!(
            err.contains(&format!(
                "is {status}: no letter for a referral that is not going ahead"
            )),
            "{err}"
        );
        assert!(!out.exists());
    }
}

/// The Batam case with a chronology, a phone and a NIK, referred to the hospital at 09:00 with
/// consent to share, sharing its identifying items and assessment.
fn identified_referral() -> Reg {
    let reg = Reg::new();
    reg.batam_case(&[
        "--chronology",
        "Kronologi rahasia contoh",
        "--victim-phone",
        "081234567890",
        "--victim-nik",
        "3171234567890123",
    ]);
    add_hospital(&reg, &[]);
    consent(&reg, &[]);
    send(&reg, "identity,contact,chronology,assessment", "09:00", &[]);
    reg
}

/// The victim withdraws consent to share at 10:00, after the referral was sent.
fn withdraw_consent_to_share(reg: &Reg) {
    reg.ok(&[
        "consent",
        "withdraw",
        CASE,
        "--scope",
        "berbagi-informasi",
        "--at",
        &at("10:00"),
    ]);
}

#[test]
fn show_after_consent_was_withdrawn_withholds_the_identifying_items_as_the_letter_does() {
    let reg = identified_referral();
    let before = reg.ok(&["referral", "show", "1"]);
    assert!(
        before.contains("Siti Contoh") && before.contains("3171234567890123"),
        "{before}"
    );
    withdraw_consent_to_share(&reg);
    let secret = [
        "Siti Contoh",
        "3171234567890123",
        "081234567890",
        "Kronologi rahasia",
    ];
    for lang in ["en", "id"] {
        let text = reg.ok(&["referral", "show", "1", "--lang", lang]);
        for value in secret {
            assert!(!text.contains(value), "{value} in:\n{text}");
        }
        let (withheld, urgency) = if lang == "en" {
            (
                "identity: withheld (consent to share was withdrawn",
                "Urgency",
            )
        } else {
            (
                "identitas: tidak ditampilkan (persetujuan berbagi dicabut",
                "Urgensi",
            )
        };
        assert!(text.contains(withheld), "{text}");
        assert!(text.contains(urgency), "{text}");
    }
    let raw = reg.ok(&["referral", "show", "1", "--format", "json"]);
    for value in secret {
        assert!(!raw.contains(value), "{value} in:\n{raw}");
    }
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(
        v["withheld"],
        serde_json::json!(["identity", "contact", "chronology"])
    );
    assert_eq!(v["withheld_reason"], "consent-withdrawn");
    let fields: Vec<&str> = v["shared_data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["urgency"], "{v}");
}

#[test]
fn a_letter_after_consent_was_withdrawn_withholds_the_identifying_items() {
    let reg = identified_referral();
    let before = reg.ok(&["referral", "letter", "1"]);
    assert!(
        before.contains("Siti Contoh") && before.contains("081234567890"),
        "{before}"
    );
    withdraw_consent_to_share(&reg);
    let o = reg.run(&["referral", "letter", "1"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    for value in [
        "Siti Contoh",
        "3171234567890123",
        "081234567890",
        "Kronologi rahasia",
        "Nama korban",
        "Telepon",
    ] {
        assert!(!o.stdout.contains(value), "{value} in:\n{}", o.stdout);
        assert!(!o.stderr.contains(value), "{value} in:\n{}", o.stderr);
    }
    assert!(
        o.stdout.contains(
            "Data identitas korban, kontak korban, kronologi tidak disertakan dalam surat ini karena persetujuan korban untuk berbagi informasi telah dicabut"
        ),
        "{}",
        o.stdout
    );
    // What needs no consent stays.
    assert!(o.stdout.contains("Urgensi"), "{}", o.stdout);
    assert!(
        o.stderr
            .contains("consent to share was withdrawn after referral 1 was sent")
            && o.stderr.contains("identity, contact, chronology"),
        "{}",
        o.stderr
    );
    // The HTML letter too.
    let out = reg.dir.path().join("rujukan-1.html");
    let o = reg.run(&[
        "referral",
        "letter",
        "1",
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("withdrawn"), "{}", o.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        !html.contains("Siti Contoh") && html.contains("telah dicabut"),
        "{html}"
    );
}

#[test]
fn a_handovers_letter_says_it_is_a_handover() {
    let reg = with_hospital();
    send(&reg, "assessment", "09:00", &["--handover"]);
    send(&reg, "assessment", "09:10", &[]);
    let handover = reg.ok(&["referral", "letter", "1"]);
    assert!(
        handover.contains("SURAT PELIMPAHAN KASUS")
            && handover.contains("akan ditutup di unit kami setelah pelimpahan ini diterima"),
        "{handover}"
    );
    let referral = reg.ok(&["referral", "letter", "2"]);
    assert!(
        referral.contains("SURAT RUJUKAN") && !referral.contains("pelimpahan"),
        "{referral}"
    );
}

#[test]
fn a_referral_keeps_the_agency_kind_it_was_sent_to() {
    let reg = with_hospital();
    // Consent to share with health services only.
    consent(&reg, &["--recipients", "kesehatan"]);
    send(&reg, "identity", "09:00", &[]);
    reg.ok(&["referral", "accept", "1", "--at", &at("09:30")]);
    // The directory's entry changes its kind afterwards.
    reg.ok(&["agency", "edit", "RSUD Contoh", "--kind", "kepolisian"]);
    let list = json(&reg, &["referral", "list", "--format", "json"]);
    assert_eq!(list[0]["agency_kind"], "kesehatan");
    let shown = json(&reg, &["referral", "show", "1", "--format", "json"]);
    assert_eq!(shown["agency_kind"], "kesehatan");
    // Consent is judged for the kind it went to: still in force (for the police it is not).
    assert_eq!(shown["consent_now"], "in-force");
    assert_eq!(shown["consent_withdrawn_after_sending"], false);
    let letter = reg.ok(&["referral", "letter", "1"]);
    assert!(
        letter.contains("RSUD Contoh (Kesehatan (rumah sakit"),
        "{letter}"
    );
    assert!(letter.contains("Siti Contoh"), "{letter}");
    let report = json(
        &reg,
        &[
            "report",
            "referrals",
            "--period",
            "2026-03",
            "--format",
            "json",
        ],
    );
    let kinds: Vec<&str> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["agency_kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["kesehatan", "all"]);
    let export = json(&reg, &["export", "referrals", "--format", "json"]);
    let rows = export["rows"].as_array().or(export.as_array()).unwrap();
    assert_eq!(rows[0]["agency_kind"], "kesehatan");
    // A new referral to the same agency goes to its new kind, and the consent does not cover it.
    reg.refused_saying(
        &args(&to_hospital("identity", "10:00")),
        4,
        &["other kinds of recipient"],
    );
    send(&reg, "assessment", "10:00", &[]);
    let list = json(&reg, &["referral", "list", "--format", "json"]);
    assert_eq!(list[1]["agency_kind"], "kepolisian");
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
}

#[test]
fn a_register_at_schema_7_keeps_its_referrals_kinds_from_their_agencies() {
    // SQLite's own migration path (a file taken back to schema 7): PostgreSQL has one migration,
    // schema 11 whole, with each referral's agency_kind from the start; a referral keeping its
    // kind there is `a_referral_keeps_the_agency_kind_it_was_sent_to`, on both engines.
    if common::sqlite_only() {
        return;
    }
    let reg = with_hospital();
    send(&reg, "assessment", "09:00", &[]);
    // As schema 7 left it: no stored kind.
    let conn = rusqlite::Connection::open(&reg.path).unwrap();
    conn.execute_batch(common::BEFORE_SCHEMA_10).unwrap();
    conn.execute_batch(
        "ALTER TABLE referrals DROP COLUMN agency_kind;
         DROP INDEX cases_open;
         DROP INDEX referrals_open;
         PRAGMA user_version = 7;",
    )
    .unwrap();
    drop(conn);
    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    let conn = rusqlite::Connection::open(&reg.path).unwrap();
    let kind: String = conn
        .query_row("SELECT agency_kind FROM referrals WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kind, "kesehatan");
    let baselines: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'data.baseline'
             AND details LIKE '%\"table\":\"referrals\"%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        baselines, 2,
        "the referrals' rows hashed again (schema 8 adds agency_kind, and schema 10 `origin`)"
    );
    drop(conn);
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
}

/// The standard (Batam) case walked to step 6, the step that sends referrals, started at 09:00
/// and still running: steps 1 to 3 from 08:05, step 4's decision approved at 08:40, step 5.
fn at_step_6() -> Reg {
    let reg = with_hospital();
    walk_to_step_6(&reg);
    reg
}

fn linked_step(reg: &Reg, id: &str) -> Value {
    json(reg, &["referral", "show", id, "--format", "json"])["step"].clone()
}

#[test]
fn a_referral_links_to_the_marked_step_running_at_its_time_not_the_step_running_now() {
    let reg = at_step_6();
    // Sent at 08:27, while step 3 ran (not a step that sends referrals), recorded now while
    // step 6 runs: no link.
    send(&reg, "assessment", "08:27", &[]);
    assert_eq!(linked_step(&reg, "1"), Value::Null);
    // Sent during step 6: linked to it.
    send(&reg, "assessment", "09:10", &[]);
    assert_eq!(linked_step(&reg, "2"), 6);
    reg.ok(&["step", "finish", CASE, "--at", &at("09:30")]);
    // Recorded after step 6 finished, at a time it ran: linked to it; after it: none.
    send(&reg, "assessment", "09:20", &[]);
    assert_eq!(linked_step(&reg, "3"), 6);
    send(&reg, "assessment", "09:45", &[]);
    assert_eq!(linked_step(&reg, "4"), Value::Null);
    let case = json(&reg, &["case", "show", CASE, "--format", "json"]);
    let steps: Vec<Value> = case["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["step"].clone())
        .collect();
    assert_eq!(steps, [Value::Null, 6.into(), 6.into(), Value::Null]);
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
}

#[test]
fn the_seed_sops_mark_the_steps_that_send_referrals() {
    let reg = common::register();
    for (code, step) in [
        ("babel-18-2024", 3),
        ("pulangpisau-8-2021", 4),
        ("batam-34-2020", 6),
    ] {
        let v = json(&reg, &["sop", "show", code, "--format", "json"]);
        let marked: Vec<i64> = v["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["sends_referral"] == true)
            .map(|s| s["number"].as_i64().unwrap())
            .collect();
        assert_eq!(marked, [step], "{code}");
    }
    for code in ["tangerang-713-2025", "tangerang-357-2025"] {
        let v = json(&reg, &["sop", "show", code, "--format", "json"]);
        assert!(
            v["steps"]
                .as_array()
                .unwrap()
                .iter()
                .all(|s| s["sends_referral"] == false),
            "{code}"
        );
    }
    let table = reg.ok(&["sop", "show", "batam-34-2020"]);
    assert!(table.contains("sends a referral"), "{table}");
}

#[test]
fn the_sop_loader_checks_sends_referral() {
    let reg = common::register();
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sops/batam-34-2020.toml"),
    )
    .unwrap();
    let quoted = reg.dir.path().join("quoted.toml");
    std::fs::write(
        &quoted,
        base.replace("sends_referral = true", "sends_referral = \"ya\""),
    )
    .unwrap();
    let err = reg.refused(&["sop", "validate", &quoted.display().to_string()], 3);
    assert!(
        err.contains("sends_referral") && err.contains("true or false"),
        "{err}"
    );
    let on_decision = reg.dir.path().join("decision.toml");
    std::fs::write(
        &on_decision,
        base.replace(
            "[steps.decision]",
            "sends_referral = true\n\n[steps.decision]",
        ),
    )
    .unwrap();
    let o = reg.run(&["sop", "validate", &on_decision.display().to_string()]);
    assert_ne!(o.code, 0);
    assert!(
        o.stdout
            .contains("a decision step (approve or return) sends no referral")
            || o.stderr
                .contains("a decision step (approve or return) sends no referral"),
        "{}{}",
        o.stdout,
        o.stderr
    );
}

/// A referral's stored standards: response, completion (working seconds).
fn standards_of(reg: &Reg, id: &str) -> (Value, Value) {
    let v = json(reg, &["referral", "show", id, "--format", "json"]);
    (
        v["response_standard_secs"].clone(),
        v["completion_standard_secs"].clone(),
    )
}

#[test]
fn standards_by_service_and_urgency_with_defaults_stored_when_sent() {
    let reg = Reg::new();
    reg.batam_case(&["--urgency", "darurat"]);
    add_hospital(&reg, &[]);
    add_police(&reg);
    reg.ok(&["agency", "add", "LBH Contoh", "--kind", "bantuan-hukum"]);
    let to = |agency: &str, service: &str, when: &str| {
        reg.ok(&args(&create(agency, service, when, &[])));
    };
    // An emergency: health answered within 2 hours (the default of kesehatan.darurat), the
    // police within 4, legal aid by the plain default (one working day).
    to("RSUD Contoh", "kesehatan", "09:00");
    to("Polres Contoh", "penegakan-hukum", "09:00");
    to("LBH Contoh", "bantuan-hukum", "09:00");
    assert_eq!(standards_of(&reg, "1").0, 2 * 3600);
    assert_eq!(standards_of(&reg, "2").0, 4 * 3600);
    let day = standards_of(&reg, "3");
    // Health's completion (kesehatan.darurat: 1 hari) is legal aid's response (1 hari).
    assert_eq!(standards_of(&reg, "1").1, day.0);
    // Settings narrow further; a wider setting leaves a narrower default in force.
    reg.ok(&[
        "config",
        "set",
        "referral-response.bantuan-hukum.darurat",
        "3 jam",
    ]);
    reg.ok(&["config", "set", "referral-response", "30 menit"]);
    reg.ok(&[
        "config",
        "set",
        "referral-completion.bantuan-hukum",
        "2 jam",
    ]);
    to("LBH Contoh", "bantuan-hukum", "10:00");
    to("RSUD Contoh", "kesehatan", "10:00");
    assert_eq!(
        standards_of(&reg, "4"),
        ((3 * 3600).into(), (2 * 3600).into())
    );
    assert_eq!(standards_of(&reg, "5").0, 2 * 3600);
    // Stored when sent: the settings and the case's urgency changing later change nothing.
    reg.ok(&[
        "case",
        "edit",
        CASE,
        "--urgency",
        "biasa",
        "--reason",
        "salah catat",
    ]);
    assert_eq!(standards_of(&reg, "1").0, 2 * 3600);
    assert_eq!(standards_of(&reg, "3"), day);
    // A normal urgency now: health falls back to the plain setting.
    to("RSUD Contoh", "kesehatan", "10:30");
    assert_eq!(standards_of(&reg, "6").0, 1800);
    // config get: a narrowed key, its default, and the list.
    assert_eq!(
        reg.ok(&["config", "get", "referral-response.kesehatan.darurat"])
            .trim(),
        "2 jam"
    );
    assert_eq!(
        reg.ok(&["config", "get", "referral-response.pemulangan"])
            .trim(),
        "30 menit",
        "piped, what applies (the wider key's value) alone"
    );
    let all = reg.ok(&["config", "get"]);
    for line in [
        "referral-response = 30 menit",
        "referral-response.bantuan-hukum.darurat = 3 jam",
        "referral-completion.bantuan-hukum = 2 jam",
        "referral-response.kesehatan.darurat = 2 jam",
        "referral-completion.kesehatan = 7 hari",
    ] {
        assert!(all.lines().any(|l| l == line), "{line} in:\n{all}");
    }
}

#[test]
fn config_set_checks_a_standards_key_and_duration() {
    let reg = common::register();
    reg.refused_saying(
        &["config", "set", "referral-response.rumah-sakit", "1 jam"],
        3,
        &["'rumah-sakit' is not a service", "kesehatan"],
    );
    reg.refused_saying(
        &[
            "config",
            "set",
            "referral-response.kesehatn.darurat",
            "1 jam",
        ],
        3,
        &["did you mean 'kesehatan'"],
    );
    reg.refused_saying(
        &[
            "config",
            "set",
            "referral-completion.kesehatan.segera",
            "1 jam",
        ],
        3,
        &["'segera' is not an urgency", "darurat"],
    );
    reg.refused_saying(
        &[
            "config",
            "set",
            "referral-response.kesehatan.darurat.malam",
            "1 jam",
        ],
        3,
        &["nothing more"],
    );
    reg.refused_saying(
        &["config", "set", "referral-completion.kesehatan", "segera"],
        3,
        &["referral-completion.kesehatan: use a working time"],
    );
    reg.refused_saying(
        &["config", "set", "referral-response.kesehatan", "1-2 jam"],
        3,
        &["working time"],
    );
    reg.refused_saying(
        &["config", "set", "referral-respons.kesehatan", "1 jam"],
        3,
        &["unknown setting"],
    );
    reg.ok(&["config", "set", "referral-response.kesehatan", "3 jam"]);
}

#[test]
fn config_get_of_a_narrower_standard_piped_prints_the_value_that_applies_alone() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    assert_eq!(
        reg.ok(&["config", "get", "referral-response.kesehatan"])
            .trim(),
        "1 hari"
    );
    reg.ok(&["config", "set", "referral-response", "4 jam"]);
    assert_eq!(
        reg.ok(&["config", "get", "referral-response.kesehatan.biasa"])
            .trim(),
        "4 jam"
    );
    assert_eq!(
        reg.ok(&["config", "get", "referral-response.kesehatan.darurat"])
            .trim(),
        "2 jam"
    );
    assert_eq!(
        reg.ok(&["config", "get", "referral-completion.kesehatan.biasa"])
            .trim(),
        "7 hari"
    );
}

#[test]
fn an_empty_referral_list_says_so_on_stderr_and_received_heads_its_time_received() {
    let reg = common::register();
    let o = reg.run(&["referral", "list"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("no referrals sent yet"), "{}", o.stderr);
    let o = reg.run(&["--lang", "id", "referral", "list", "--received"]);
    assert!(
        o.stderr.contains("belum ada rujukan yang diterima"),
        "{}",
        o.stderr
    );
    // CSV and JSON say it by themselves: nothing on stderr.
    let o = reg.run(&["referral", "list", "--format", "json"]);
    assert_eq!(o.stdout.trim(), "[]");
    assert!(o.stderr.is_empty(), "{}", o.stderr);

    reg.ok(&[
        "agency",
        "add",
        "UPTD PPA Kota Lain",
        "--kind",
        "uptd-ppa-lain",
    ]);
    let mut intake = common::BATAM_CASE.to_vec();
    let pos = intake.iter().position(|a| *a == "datang-langsung").unwrap();
    intake[pos] = "rujukan";
    intake.extend_from_slice(&["--referred-by", "UPTD PPA Kota Lain"]);
    reg.ok(&intake);
    let o = reg.run(&["referral", "list", "--received"]);
    assert!(o.stderr.is_empty(), "{}", o.stderr);
    let head = o
        .stdout
        .lines()
        .find(|l| l.contains("Agency"))
        .unwrap_or("");
    assert!(
        head.contains("Received") && !head.contains("Sent"),
        "{}",
        o.stdout
    );
    let o = reg.run(&["--lang", "id", "referral", "list", "--received"]);
    let head = o
        .stdout
        .lines()
        .find(|l| l.contains("Lembaga"))
        .unwrap_or("");
    assert!(
        head.contains("Diterima") && !head.contains("Dikirim"),
        "{}",
        o.stdout
    );
    let o = reg.run(&["referral", "list", "--status", "done"]);
    assert!(o.stderr.contains("no referrals sent match"), "{}", o.stderr);
    let sent = reg.ok(&["referral", "list"]);
    assert!(sent.contains("Sent"), "{sent}");
}

/// A referral dated before the consent to share was recorded (consent at 08:30, the referral
/// back-dated to 08:20) is refused saying the consent is dated after it, with the fix, not
/// "not recorded" (it is recorded, later). Both languages; nothing recorded.
#[test]
fn a_referral_before_the_consent_was_recorded_says_the_consent_is_dated_later() {
    let reg = with_hospital();
    consent(&reg, &[]);
    let before = reg.state();
    let err = reg.refused(&args(&to_hospital("identity", "08:20")), 4);
    assert!(
        err.contains("the consent recorded is dated after 2026-03-02 08:20")
            && err.contains("kasus consent void")
            && !err.contains("not recorded"),
        "{err}"
    );
    let mut id = vec!["--lang".to_string(), "id".to_string()];
    id.extend(to_hospital("identity", "08:20"));
    let err = reg.refused(&args(&id), 4);
    assert!(err.contains("bertanggal sesudah 2026-03-02 08:20"), "{err}");
    assert_eq!(before, reg.state());
    // At a time the consent is in force, it goes.
    send(&reg, "identity", "08:40", &[]);
    // Withdrawn at 09:00 and given again at 10:00: a referral at 09:30 is refused for the
    // withdrawal, not for a consent "dated later".
    reg.ok(&[
        "consent",
        "withdraw",
        CASE,
        "--scope",
        "berbagi-informasi",
        "--at",
        &at("09:00"),
    ]);
    consent_at(&reg, "10:00", &[]);
    let err = reg.refused(&args(&to_hospital("identity", "09:30")), 4);
    assert!(
        err.contains("withdrawn") && !err.contains("dated after"),
        "{err}"
    );
}
