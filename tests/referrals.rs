//! Referrals (rujukan) and handovers (pelimpahan), issue 16: the agency directory, each
//! transition and each refusal (no consent, consent for another recipient kind, expired,
//! withdrawn, an override without a reason or by someone not allowed), only the shared data
//! printed, handovers closing the case, times against the standard, and the chain kept clean.

mod common;

use common::referrals::{
    add_hospital, add_police, args, consent, create, step, to_hospital, walk_to_step_6,
};
use common::{at, Reg, CASE};
use serde_json::Value;

/// The standard case, with two agencies: a hospital and the police.
fn with_agencies() -> Reg {
    let reg = common::with_standard_case();
    add_hospital(&reg, &["--region", "Kota Contoh"]);
    add_police(&reg);
    reg
}

fn show(reg: &Reg, id: &str) -> Value {
    serde_json::from_str(&reg.ok(&["referral", "show", id, "--format", "json"])).unwrap()
}

#[test]
fn the_directory_adds_lists_edits_and_deactivates_with_did_you_mean() {
    let reg = with_agencies();
    let list = reg.ok(&["agency", "list", "--format", "json"]);
    let v: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[1]["name"], "RSUD Contoh");
    assert_eq!(v[1]["kind"], "kesehatan");
    reg.refused_saying(
        &["agency", "add", "rsud contoh", "--kind", "kesehatan"],
        4,
        &["already in the directory"],
    );
    reg.refused_saying(
        &["agency", "add", "X", "--kind", "rumah-sakit-jiwa"],
        3,
        &["agency kind"],
    );
    reg.refused_saying(
        &["agency", "edit", "RSUD Contho", "--region", "Kota Lain"],
        3,
        &["did you mean 'RSUD Contoh'"],
    );
    reg.ok(&[
        "agency",
        "edit",
        "RSUD Contoh",
        "--contact",
        "IGD 0778-000000",
    ]);
    let v: Value = serde_json::from_str(&reg.ok(&[
        "agency",
        "list",
        "--kind",
        "kesehatan",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(v[0]["contact"], "IGD 0778-000000");
    reg.ok(&["agency", "deactivate", "Polres Contoh"]);
    let v: Value = serde_json::from_str(&reg.ok(&["agency", "list", "--format", "json"])).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    reg.refused_saying(
        &["agency", "deactivate", "Polres Contoh"],
        4,
        &["already inactive"],
    );
    reg.refused_saying(
        &[
            "referral",
            "create",
            CASE,
            "--to",
            "Polres Contoh",
            "--service",
            "penegakan-hukum",
        ],
        4,
        &["inactive"],
    );
    // Audited: one entry per write, the agency's UUID and field names, never the contact.
    let audit = reg.ok(&["audit", "verify"]);
    assert!(audit.contains("intact"), "{audit}");
    let trail = reg.state();
    assert!(trail.contains("agency.edit"));
    // The contact's words, not its digits alone: four digits turn up in the trail's hashes and
    // UUIDs by chance (one run in twenty).
    assert!(!trail
        .lines()
        .filter(|l| l.starts_with("audit|"))
        .any(|l| l.contains("IGD") || l.contains("0778-000000")));
}

#[test]
fn each_transition_in_order_and_the_ones_not_allowed() {
    let reg = with_agencies();
    consent(&reg, &[]);
    let out = reg.ok(&args(&to_hospital("identity,assessment", "09:00")));
    assert!(out.contains("referral 1 sent"), "{out}");
    assert_eq!(show(&reg, "1")["status"], "sent");
    reg.refused_saying(
        &["referral", "done", "1", "--result", "x"],
        4,
        &[
            "`referral done` is not allowed: referral 1 is sent",
            "(allowed: `referral accept`, `referral reject`, `referral cancel`)",
        ],
    );
    reg.refused_saying(
        &["--lang", "id", "referral", "done", "1", "--result", "x"],
        4,
        &["`referral done` tidak diizinkan: rujukan 1 berstatus dikirim (yang diizinkan: `referral accept`"],
    );
    reg.refused_saying(
        &["referral", "accept", "1", "--at", &at("08:59")],
        3,
        &["before referral 1"],
    );
    reg.ok(&["referral", "accept", "1", "--at", &at("10:00")]);
    reg.refused_saying(
        &["referral", "reject", "1", "--reason", "x"],
        4,
        &[
            "`referral reject` is not allowed: referral 1 is accepted (allowed: `referral done`, `referral cancel`)",
        ],
    );
    reg.ok(&[
        "referral",
        "done",
        "1",
        "--result",
        "visum selesai",
        "--at",
        &at("11:00"),
    ]);
    let v = show(&reg, "1");
    assert_eq!(v["status"], "done");
    assert_eq!(v["response_secs"], 3600);
    assert_eq!(v["completion_secs"], 7200);
    assert_eq!(v["late"], false);
    reg.refused_saying(
        &["referral", "cancel", "1", "--reason", "x"],
        4,
        &["`referral cancel` is not allowed: referral 1 is done (allowed: none: it moves no more)"],
    );
    reg.refused_saying(
        &["--lang", "id", "referral", "accept", "1"],
        4,
        &["`referral accept` tidak diizinkan: rujukan 1 berstatus selesai (yang diizinkan: tidak ada"],
    );
    // Done records the agency's service (Simfoni's layanan).
    let case: Value =
        serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap();
    let services = case["services"].as_array().expect("services");
    assert!(
        services
            .iter()
            .any(|s| s["type"] == "kesehatan" && s["provider"] == "RSUD Contoh"),
        "{services:?}"
    );

    // sent -> rejected; sent -> cancelled.
    reg.ok(&args(&to_hospital("assessment", "09:10")));
    reg.refused(&["referral", "reject", "2"], 2);
    reg.ok(&[
        "referral",
        "reject",
        "2",
        "--reason",
        "di luar wilayah",
        "--at",
        &at("09:30"),
    ]);
    assert_eq!(show(&reg, "2")["status"], "rejected");
    reg.ok(&args(&to_hospital("violence", "09:20")));
    reg.ok(&[
        "referral",
        "cancel",
        "3",
        "--reason",
        "korban memilih layanan lain",
    ]);
    assert_eq!(show(&reg, "3")["status"], "cancelled");
    reg.refused_saying(&["referral", "accept", "9"], 3, &["unknown referral"]);
    // Times like step times: not before the report, not in the future.
    reg.refused(&args(&to_hospital("assessment", "07:00")), 3);
    reg.refused(&args(&to_hospital("assessment", "13:00")), 3);
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
    let trail = reg.state();
    // No reason or result text in the audit trail.
    assert!(!trail
        .lines()
        .filter(|l| l.starts_with("audit|"))
        .any(|l| l.contains("visum") || l.contains("wilayah")));
}

#[test]
fn identifying_data_needs_consent_to_share_for_that_kind_of_recipient() {
    let reg = with_agencies();
    // No consent at all.
    reg.refused_saying(
        &args(&to_hospital("identity", "09:00")),
        4,
        &[
            "needs consent to share (berbagi-informasi)",
            "not recorded",
            "identity",
            "RSUD Contoh",
        ],
    );
    // Non-identifying data needs none.
    reg.ok(&args(&to_hospital("assessment,violence", "09:00")));
    // Consent for another kind of recipient.
    consent(&reg, &["--recipients", "kepolisian"]);
    reg.refused_saying(
        &args(&to_hospital("chronology", "09:00")),
        4,
        &["only for other kinds"],
    );
    let police = create(
        "Polres Contoh",
        "penegakan-hukum",
        "09:00",
        &["--share", "identity,chronology"],
    );
    reg.ok(&args(&police));
}

#[test]
fn consent_past_its_last_day_or_withdrawn_refuses_and_withdrawal_after_sending_shows() {
    let mut reg = with_agencies();
    reg.now = "2026-03-05T12:00:00+07:00".into();
    consent(&reg, &["--until", "2026-03-03"]);
    reg.ok(&args(&to_hospital("identity", "10:00")));
    let late = [
        "referral",
        "create",
        CASE,
        "--to",
        "RSUD Contoh",
        "--service",
        "kesehatan",
        "--share",
        "identity",
        "--at",
        "2026-03-04 09:00",
    ];
    reg.refused_saying(&late, 4, &["past its last day"]);

    let reg = with_agencies();
    consent(&reg, &[]);
    reg.ok(&args(&to_hospital("identity,contact", "09:00")));
    reg.ok(&[
        "consent",
        "withdraw",
        CASE,
        "--scope",
        "berbagi-informasi",
        "--at",
        &at("10:00"),
    ]);
    reg.refused_saying(&args(&to_hospital("identity", "10:30")), 4, &["withdrawn"]);
    let v = show(&reg, "1");
    assert_eq!(v["consent_at_sending"], "in-force");
    assert_eq!(v["consent_now"], "withdrawn");
    assert_eq!(v["consent_withdrawn_after_sending"], true);
    let text = reg.ok(&["referral", "show", "1"]);
    assert!(
        text.contains("withdrawn after this referral was sent"),
        "{text}"
    );
}

#[test]
fn an_override_needs_a_reason_and_a_staff_member_allowed_by_the_setting() {
    let reg = with_agencies();
    let mut over = to_hospital("identity", "09:00");
    over.push("--override-consent".into());
    reg.refused_saying(&args(&over), 2, &["needs --reason"]);
    over.extend([
        "--reason".into(),
        "korban tidak sadar, perlu tindakan medis segera".into(),
    ]);
    reg.refused_saying(&args(&over), 4, &["referral-override"]);
    reg.ok(&["config", "set", "referral-override", "tester, Rina Contoh"]);
    reg.refused_saying(&args(&over), 4, &["not in the staff list"]);
    reg.ok(&["staff", "add", "tester", "--role", "Staff Penerima"]);
    let out = reg.ok(&args(&over));
    assert!(out.contains("consent overridden"), "{out}");
    let v = show(&reg, "1");
    assert_eq!(v["consent_override_by"], "tester");
    assert_eq!(
        v["consent_override_reason"],
        "korban tidak sadar, perlu tindakan medis segera"
    );
    let list: Value =
        serde_json::from_str(&reg.ok(&["referral", "list", "--format", "json"])).unwrap();
    assert_eq!(list[0]["consent_override"], true);
    // A reason without an override is a usage error.
    let mut stray = to_hospital("assessment", "09:00");
    stray.extend(["--reason".into(), "x".into()]);
    reg.refused(&args(&stray), 2);
}

#[test]
fn only_the_data_chosen_is_printed_for_a_referral() {
    let reg = Reg::new();
    reg.batam_case(&[
        "--chronology",
        "Kronologi rahasia contoh",
        "--victim-phone",
        "081234567890",
    ]);
    add_hospital(&reg, &[]);
    consent(&reg, &[]);
    reg.ok(&args(&to_hospital("identity,assessment", "09:00")));
    for format in ["table", "json"] {
        let out = reg.ok(&["referral", "show", "1", "--format", format]);
        assert!(out.contains("Siti Contoh"), "{out}");
        assert!(!out.contains("Kronologi rahasia"), "{format}: {out}");
        assert!(!out.contains("081234567890"), "{format}: {out}");
    }
}

/// The standard case with consent to share, handed over to the police at 09:00 (referral 1,
/// not answered yet).
fn handed_over_at_nine() -> Reg {
    let reg = with_agencies();
    consent(&reg, &[]);
    reg.ok(&args(&create(
        "Polres Contoh",
        "penegakan-hukum",
        "09:00",
        &["--handover", "--share", "identity,chronology"],
    )));
    reg
}

#[test]
fn a_handover_accepted_closes_the_case_as_handed_over() {
    let reg = handed_over_at_nine();
    let case: Value =
        serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap();
    assert_eq!(
        case["case"]["status"].as_str().or(case["status"].as_str()),
        Some("open")
    );
    let out = reg.ok(&["referral", "accept", "1", "--at", &at("10:00")]);
    assert!(out.contains("closed as handed over"), "{out}");
    let case = reg.ok(&["case", "show", CASE, "--format", "json"]);
    assert!(case.contains("\"closed\""), "{case}");
    assert!(case.contains("pelimpahan"), "{case}");
    // case show says when and why it was closed, in both languages.
    let text = reg.ok(&["case", "show", CASE]);
    assert!(
        text.contains("The case is closed 2026-03-02 10:00 WIB: pelimpahan: Polres Contoh."),
        "{text}"
    );
    let text = reg.ok(&["--lang", "id", "case", "show", CASE]);
    assert!(
        text.contains("Kasus ditutup 2026-03-02 10:00 WIB: pelimpahan: Polres Contoh."),
        "{text}"
    );
    // Acceptance is the handover's completion: the case is closed, the referral moves no more.
    reg.refused_saying(
        &[
            "referral",
            "done",
            "1",
            "--result",
            "berkas diterima",
            "--at",
            &at("11:00"),
        ],
        4,
        &["case PPA/2026/0001 is closed (handed over)"],
    );
    let v = show(&reg, "1");
    assert_eq!(v["completion_secs"], 3600);
    assert_eq!(v["late"], false);
    // Completed, in `report referrals` and in `report summary`'s closed count alike.
    let figures: Value = serde_json::from_str(&reg.ok(&[
        "report",
        "referrals",
        "--period",
        "2026-03",
        "--format",
        "json",
    ]))
    .unwrap();
    let all = figures["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["agency_kind"] == "all")
        .cloned()
        .unwrap();
    assert_eq!(all["done_share"], 1.0, "{figures}");
    let s: Value = serde_json::from_str(&reg.ok(&[
        "report", "summary", "--period", "2026-03", "--format", "json",
    ]))
    .unwrap();
    let police = s["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["dimension"] == "referral_to" && r["category"] == "kepolisian")
        .cloned()
        .unwrap();
    assert_eq!(
        (police["registered"].clone(), police["closed"].clone()),
        (1.into(), 1.into())
    );
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
}

/// Accepting a handover closes the case, so it is refused as `case close` is: while a step
/// runs (the step would run for ever on a closed case), and at a time before the last step.
#[test]
fn a_handover_is_not_accepted_while_a_step_runs_nor_before_the_last_step() {
    let reg = handed_over_at_nine();
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("09:10"),
        "--by",
        "Rina Contoh",
    ]);
    let before = reg.state();
    let err = reg.refused(&["referral", "accept", "1", "--at", &at("10:00")], 4);
    assert!(
        err.contains("step 1 of case PPA/2026/0001 is still running")
            && err.contains("kasus step finish PPA/2026/0001"),
        "{err}"
    );
    assert_eq!(before, reg.state());
    let err = reg.refused(
        &[
            "--lang",
            "id",
            "referral",
            "accept",
            "1",
            "--at",
            &at("10:00"),
        ],
        4,
    );
    assert!(
        err.contains("langkah 1 kasus PPA/2026/0001 masih berjalan"),
        "{err}"
    );
    reg.ok(&["step", "finish", CASE, "--at", &at("10:30")]);
    let err = reg.refused(&["referral", "accept", "1", "--at", &at("10:15")], 4);
    assert!(
        err.contains("--at is before the last step recorded for case PPA/2026/0001"),
        "{err}"
    );
    let out = reg.ok(&["referral", "accept", "1", "--at", &at("10:45")]);
    assert!(out.contains("closed as handed over"), "{out}");
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
}

/// `referral list` and `show` name a referral's number and UUID as `export referrals` does
/// (`referral_id`, `referral_uuid`), so `--columns` takes the export's names.
#[test]
fn referral_list_and_show_speak_the_export_column_names() {
    let reg = with_agencies();
    reg.ok(&args(&to_hospital("assessment", "08:30")));
    let list = reg.ok(&[
        "referral",
        "list",
        "--columns",
        "referral_id,referral_uuid",
        "--format",
        "csv",
    ]);
    let export = reg.ok(&["export", "referrals", "--format", "csv"]);
    let mut l = csv::Reader::from_reader(list.as_bytes());
    let mut e = csv::Reader::from_reader(export.as_bytes());
    assert_eq!(l.headers().unwrap(), vec!["referral_id", "referral_uuid"]);
    let eh = e.headers().unwrap().clone();
    let lrow = l.records().next().unwrap().unwrap();
    let erow = e.records().next().unwrap().unwrap();
    for (i, name) in ["referral_id", "referral_uuid"].iter().enumerate() {
        let j = eh.iter().position(|h| h == *name).expect(name);
        assert_eq!(&lrow[i], &erow[j], "{name}");
    }
    let v = show(&reg, "1");
    assert_eq!(v["referral_id"], 1);
    assert_eq!(v["referral_uuid"].as_str(), Some(&lrow[1]));
    assert!(v.get("id").is_none() && v.get("uuid").is_none(), "{v}");
    // The names before: refused, pointing to the new ones.
    let err = reg.refused(&["referral", "list", "--columns", "id"], 2);
    assert!(err.contains("(did you mean 'referral_id'?)"), "{err}");
    // A yes or no in a table is a word of the chosen language; CSV keeps true and false.
    let id = reg.ok(&[
        "--lang",
        "id",
        "referral",
        "list",
        "--columns",
        "referral_id,late",
    ]);
    assert!(id.contains("tidak") && !id.contains("false"), "{id}");
    let csv = reg.ok(&["referral", "list", "--columns", "late", "--format", "csv"]);
    assert!(csv.contains("false"), "{csv}");
}

#[test]
fn late_is_computed_against_the_office_clock_and_listed() {
    let reg = with_agencies();
    reg.ok(&["config", "set", "referral-response", "2 jam"]);
    reg.ok(&args(&to_hospital("assessment", "08:30")));
    reg.ok(&args(&to_hospital("violence", "09:00")));
    reg.ok(&["referral", "accept", "2", "--at", &at("10:00")]);
    // At 12:00 referral 1 has waited 3.5 working hours for an answer: late; 2 answered in 1 hour.
    let v: Value =
        serde_json::from_str(&reg.ok(&["referral", "list", "--late", "--format", "json"])).unwrap();
    let ids: Vec<i64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["referral_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [1]);
    assert_eq!(v[0]["response_standard_secs"], 7200);
    assert_eq!(v[0]["response_secs"], 12_600);
    let sent: Value = serde_json::from_str(&reg.ok(&[
        "referral",
        "list",
        "--status",
        "accepted",
        "--agency",
        "RSUD Contoh",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(sent.as_array().unwrap().len(), 1);
    // --due sets the completion standard of one referral.
    let mut due = to_hospital("assessment", "09:30");
    due.extend(["--due".into(), "1 jam".into()]);
    reg.ok(&args(&due));
    assert_eq!(show(&reg, "3")["completion_standard_secs"], 3600);
    reg.refused(&["config", "set", "referral-response", "segera"], 3);
}

#[test]
fn consent_limits_need_the_sharing_scope() {
    let reg = with_agencies();
    reg.refused_saying(
        &[
            "consent",
            CASE,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "layanan",
            "--method",
            "tertulis",
            "--recipients",
            "kesehatan",
        ],
        2,
        &["berbagi-informasi"],
    );
    reg.refused(
        &[
            "consent",
            CASE,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "berbagi-informasi",
            "--method",
            "tertulis",
            "--until",
            "2026-03-01",
        ],
        3,
    );
}

/// Four referrals on Monday 2 March 2026 (office clock, response standard 2 hours), judged at
/// 12:00: to the hospital, one accepted at once and done, one rejected late; to the police, one
/// unanswered (late) and one cancelled.
fn four_referrals() -> Reg {
    let reg = with_agencies();
    reg.ok(&["config", "set", "referral-response", "2 jam"]);
    let send = |to: &str, service: &str, when: &str| {
        reg.ok(&args(&create(to, service, when, &[])));
    };
    send("RSUD Contoh", "kesehatan", "08:00");
    send("RSUD Contoh", "kesehatan", "08:30");
    send("Polres Contoh", "penegakan-hukum", "09:00");
    send("Polres Contoh", "penegakan-hukum", "09:30");
    reg.ok(&["referral", "accept", "1", "--at", &at("09:00")]);
    reg.ok(&[
        "referral",
        "done",
        "1",
        "--result",
        "visum",
        "--at",
        &at("10:00"),
    ]);
    reg.ok(&[
        "referral",
        "reject",
        "2",
        "--reason",
        "penuh",
        "--at",
        &at("11:00"),
    ]);
    reg.ok(&[
        "referral",
        "cancel",
        "4",
        "--reason",
        "salah kirim",
        "--at",
        &at("09:45"),
    ]);
    reg
}

#[test]
fn the_referral_report_gives_exact_figures_on_a_small_scenario() {
    let reg = four_referrals();
    let v: Value = serde_json::from_str(&reg.ok(&[
        "report",
        "referrals",
        "--period",
        "2026-03",
        "--format",
        "json",
    ]))
    .unwrap();
    let rows = v["rows"].as_array().unwrap();
    let kinds: Vec<&str> = rows
        .iter()
        .map(|r| r["agency_kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["kesehatan", "kepolisian", "all"]);
    let health = &rows[0];
    assert_eq!(health["count"], 2);
    assert_eq!(health["done"], 1);
    assert_eq!(health["rejected"], 1);
    assert_eq!(health["answered"], 2);
    assert_eq!(health["response_median_secs"], 6300.0);
    assert_eq!(health["response_max_secs"], 9000);
    assert_eq!(health["response_on_time_share"], 0.5);
    assert_eq!(health["completion_median_secs"], 7200.0);
    assert_eq!(health["completion_max_secs"], 7200);
    assert_eq!(health["done_share"], 0.5);
    // Rejected after 2.5 hours: not answered on time, yet never late (its clocks stopped).
    assert_eq!(health["late"], 0);
    let police = &rows[1];
    assert_eq!(police["count"], 2);
    assert_eq!(police["sent"], 1);
    assert_eq!(police["cancelled"], 1);
    assert_eq!(police["response_median_secs"], Value::Null);
    assert_eq!(police["done_share"], 0.0);
    assert_eq!(police["late"], 1);
    let all = &rows[2];
    assert_eq!(all["count"], 4);
    assert_eq!(all["late"], 1);
    assert_eq!(all["consent_overrides"], 0);
    let late: Vec<(i64, &str)> = v["late"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["id"].as_i64().unwrap(),
                l["case_number"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(late, [(3, CASE)]);
    // The late list names case numbers only: no agency, no reason.
    let table = reg.ok(&["report", "referrals", "--period", "2026-03"]);
    assert!(table.contains("PPA/2026/0001 (3)"), "{table}");
    assert!(!table.contains("PPA/2026/0001 (2)"), "{table}");
    // Another period holds none.
    let empty: Value = serde_json::from_str(&reg.ok(&[
        "report",
        "referrals",
        "--period",
        "2026-02",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(empty["rows"][0]["count"], 0);
}

#[test]
fn late_open_referrals_are_overdue_and_summary_counts_referrals() {
    let reg = four_referrals();
    let v: Value =
        serde_json::from_str(&reg.ok(&["report", "overdue", "--format", "json"])).unwrap();
    assert_eq!(v["late_referrals"], 1);
    let late: Vec<&Value> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "late-referral")
        .collect();
    assert_eq!(late.len(), 1);
    assert_eq!(late[0]["case"], CASE);
    assert_eq!(late[0]["elapsed_secs"], 10_800);
    assert_eq!(late[0]["over_secs"], 3600);
    let o = reg.run(&["--lang", "id", "report", "overdue", "--fail-if-any"]);
    assert_eq!(o.code, 10, "{}", o.stderr);
    assert!(
        o.stderr.contains("1 rujukan terlambat menunggu lembaga"),
        "{}",
        o.stderr
    );
    assert!(!o.stderr.contains("langkah lewat"), "{}", o.stderr);
    let s: Value = serde_json::from_str(&reg.ok(&[
        "report", "summary", "--period", "2026-03", "--format", "json",
    ]))
    .unwrap();
    let row = |cat: &str| {
        s["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["dimension"] == "referral_to" && r["category"] == cat)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        (
            row("all")["registered"].clone(),
            row("all")["closed"].clone()
        ),
        (4.into(), 1.into())
    );
    assert_eq!(row("kesehatan")["registered"], 2);
    assert_eq!(row("kepolisian")["closed"], 0);
    assert_eq!(row("rumah-aman")["registered"], 0);
}

#[test]
fn a_received_referral_is_an_intake_through_channel_rujukan_from_the_agency() {
    let reg = common::register();
    reg.ok(&[
        "agency",
        "add",
        "UPTD PPA Kota Lain",
        "--kind",
        "uptd-ppa-lain",
    ]);
    let mut args = common::BATAM_CASE.to_vec();
    args.extend_from_slice(&["--referred-by", "UPTD PPA Kota Lain"]);
    // Only with channel rujukan.
    reg.refused_saying(&args, 2, &["--channel rujukan"]);
    let pos = args.iter().position(|a| *a == "datang-langsung").unwrap();
    args[pos] = "rujukan";
    let mut unknown = args.clone();
    let last = unknown.len() - 1;
    unknown[last] = "UPTD PPA Kota Lian";
    reg.refused_saying(&unknown, 3, &["did you mean 'UPTD PPA Kota Lain'"]);
    reg.ok(&args);
    let v: Value =
        serde_json::from_str(&reg.ok(&["referral", "list", "--received", "--format", "json"]))
            .unwrap();
    assert_eq!(v[0]["direction"], "in");
    assert_eq!(v[0]["agency"], "UPTD PPA Kota Lain");
    assert_eq!(v[0]["status"], "accepted");
    assert_eq!(v[0]["sent_at"], "2026-03-02T08:00:00+07:00");
    // Not among the referrals sent, nor in their figures; it changes no status.
    assert_eq!(
        reg.ok(&["referral", "list", "--format", "json"]).trim(),
        "[]"
    );
    reg.refused_saying(
        &["referral", "done", "1", "--result", "x"],
        4,
        &["received"],
    );
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
}

#[test]
fn the_letter_holds_only_the_shared_data_and_no_withheld_field_anywhere() {
    let reg = Reg::new();
    reg.batam_case(&[
        "--chronology",
        "Kronologi rahasia contoh",
        "--victim-phone",
        "081234567890",
        "--victim-nik",
        "3171234567890123",
        "--victim-address",
        "Jl. Melati 1",
        "--risk",
        "tinggi",
    ]);
    reg.ok(&["config", "set", "unit-name", "UPTD PPA Kota Contoh"]);
    add_hospital(&reg, &["--region", "Kota Contoh"]);
    consent(&reg, &[]);
    reg.ok(&args(&to_hospital("identity,assessment", "09:00")));
    let withheld = [
        "Kronologi rahasia",
        "081234567890",
        "Jl. Melati",
        "Telepon",
        "Alamat",
        "Kronologi",
    ];
    let text = reg.ok(&["referral", "letter", "1"]);
    assert!(text.starts_with("UPTD PPA Kota Contoh"), "{text}");
    assert!(
        text.contains("SURAT RUJUKAN") && text.contains("Nomor kasus: PPA/2026/0001"),
        "{text}"
    );
    assert!(text.contains("2 Maret 2026"), "{text}");
    for shared in ["Siti Contoh", "3171234567890123", "tinggi"] {
        assert!(text.contains(shared), "{shared} in:\n{text}");
    }
    for w in withheld {
        assert!(!text.contains(w), "{w} in:\n{text}");
    }
    let out = reg.dir.path().join("rujukan-1.html");
    reg.ok(&[
        "referral",
        "letter",
        "1",
        "--out",
        &out.display().to_string(),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("Siti Contoh"),
        "{html}"
    );
    for w in withheld {
        assert!(!html.contains(w), "{w} in:\n{html}");
    }
    // Sharing nothing identifying: the letter names nobody.
    reg.ok(&args(&to_hospital("violence", "09:30")));
    let none = reg.ok(&["referral", "letter", "2"]);
    assert!(
        !none.contains("Siti") && !none.contains("3171234567890123"),
        "{none}"
    );
    assert!(none.contains("fisik"), "{none}");
    // The letter's file is never the register's (SQLite only: a register on PostgreSQL has no
    // file here to write over; `reg.path` there is a path nothing uses).
    if reg.engine() == common::Engine::Sqlite {
        reg.refused(
            &[
                "referral",
                "letter",
                "1",
                "--out",
                &reg.path.display().to_string(),
            ],
            4,
        );
    }
}

#[test]
fn a_referral_sent_while_a_step_runs_is_shown_under_that_step() {
    let reg = with_agencies();
    // Batam: steps 1 to 5 (4 a decision), then step 6, which sends referrals, from 09:00.
    walk_to_step_6(&reg);
    // While step 6 runs: linked to it.
    reg.ok(&args(&to_hospital("assessment", "09:10")));
    step(&reg, "finish", "09:30", &[]);
    // Sent with no marked step running then: linked to none.
    reg.ok(&args(&to_hospital("violence", "09:40")));
    let v: Value =
        serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap();
    let refs = v["referrals"].as_array().unwrap();
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[0]["step"], 6);
    assert_eq!(refs[1]["step"], Value::Null);
    let table = reg.ok(&["case", "show", CASE]);
    assert!(
        table.contains("[referral 1 -> RSUD Contoh: sent]"),
        "{table}"
    );
    assert!(table.contains("Referrals:"), "{table}");
    assert_eq!(show(&reg, "1")["step"], 6);
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
}

#[test]
fn the_monthly_page_shows_the_referral_figures_of_the_month() {
    let reg = four_referrals();
    let out = reg.dir.path().join("bulan.html");
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "2026-03",
        "--out",
        &out.display().to_string(),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("data-section=\"referrals\""),
        "no referral figures"
    );
    // The month's four referrals, then where they stand ("sent" alone read as all of them).
    assert!(
        html.contains("<b>4 sent</b>")
            && html
                .contains("awaiting an answer 1 · accepted 0 · rejected 1 · done 1 · cancelled 1"),
        "{html}"
    );
    // The Indonesian page says it in Indonesian.
    reg.ok(&[
        "--lang",
        "id",
        "report",
        "monthly",
        "--period",
        "2026-03",
        "--out",
        &out.display().to_string(),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("<b>4 dikirim</b>")
            && html
                .contains("menunggu jawaban 1 · diterima 0 · ditolak 1 · selesai 1 · dibatalkan 1"),
        "{html}"
    );
    // A month without referrals: nothing shown for them.
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "2026-02",
        "--out",
        &out.display().to_string(),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(!html.contains("data-section=\"referrals\""));
}

/// A consent to share's recipient kinds and last day read in `consent list`, `case show` and
/// their CSV and JSON (the new-user trial could not see them).
#[test]
fn consent_to_share_shows_its_recipients_and_last_day() {
    let reg = with_agencies();
    consent(
        &reg,
        &[
            "--recipients",
            "kesehatan,kepolisian",
            "--until",
            "2026-12-31",
        ],
    );
    let t = reg.ok(&["consent", "list", CASE]);
    assert!(
        t.contains("berbagi-informasi (kesehatan, kepolisian; until 2026-12-31)"),
        "{t}"
    );
    let t = reg.ok(&["--lang", "id", "case", "show", CASE]);
    assert!(
        t.contains("(kesehatan, kepolisian; sampai 2026-12-31)"),
        "{t}"
    );
    let csv = reg.ok(&["consent", "list", CASE, "--format", "csv"]);
    assert!(
        csv.lines().next().unwrap().ends_with(",recipients,until"),
        "{csv}"
    );
    assert!(
        csv.contains(",\"kesehatan,kepolisian\",2026-12-31"),
        "{csv}"
    );
    let v: Value =
        serde_json::from_str(&reg.ok(&["consent", "list", CASE, "--format", "json"])).unwrap();
    assert_eq!(v["events"][0]["recipients"][1], "kepolisian", "{v}");
    assert_eq!(v["events"][0]["until"], "2026-12-31", "{v}");
    let v: Value =
        serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap();
    assert_eq!(v["consents"][0]["until"], "2026-12-31", "{v}");
    assert_eq!(v["consents"][0]["recipients"][0], "kesehatan", "{v}");
}

/// `referral show` reads in one language throughout (the new-user trial found Indonesian field
/// labels under English ones): times in the office's zone as `case show` gives them, durations
/// as reports give them, each standard with the time so far and a verdict.
#[test]
fn referral_show_reads_in_one_language_with_times_standards_and_verdicts() {
    let reg = with_agencies();
    consent(&reg, &[]);
    reg.ok(&args(&to_hospital("identity,assessment", "09:00")));
    reg.ok(&["referral", "accept", "1", "--at", &at("10:05")]);
    let en = reg.ok(&["--lang", "en", "referral", "show", "1"]);
    for want in [
        "Referral 1 [accepted] — case PPA/2026/0001 -> RSUD Contoh",
        "Sent: 2026-03-02 09:00 WIB",
        "Accepted: 2026-03-02 10:05 WIB",
        "Response (sent to answer): 1 jam 5 menit, standard 1 hari (7 jam of working time): on time",
        "Completion (sent to done): 3 jam so far, standard 7 hari (49 jam of working time): running, 46 jam left",
        ": running, ",
        "Shared: identity, assessment",
        "Consent to share when sent: in force",
        "Shared data (only what the referral shares):",
        "  Victim's name: Siti Contoh",
        "  Urgency: ",
    ] {
        assert!(en.contains(want), "{want:?} missing:\n{en}");
    }
    for indonesian in ["Nama korban", "Urgensi", "Dikirim", "+07:00"] {
        assert!(!en.contains(indonesian), "{indonesian}:\n{en}");
    }
    let id = reg.ok(&["--lang", "id", "referral", "show", "1"]);
    for want in [
        "Rujukan 1 [diterima]",
        "Dikirim: 2026-03-02 09:00 WIB",
        "1 jam 5 menit, standar 1 hari (7 jam waktu kerja): tepat waktu",
        "3 jam sejauh ini",
        "  Nama korban: Siti Contoh",
    ] {
        assert!(id.contains(want), "{want:?} missing:\n{id}");
    }
    // case show and a transition's line say the status in the chosen language too.
    let case = reg.ok(&["--lang", "id", "case", "show", CASE]);
    assert!(case.contains("09:00: diterima"), "{case}");
    // A referral past its response standard says so, and by how much.
    reg.ok(&args(&create(
        "Polres Contoh",
        "penegakan-hukum",
        "08:01",
        &[],
    )));
    let o = reg
        .cmd()
        .env("KASUS_NOW", "2026-03-04T12:00:00+07:00")
        .args(["referral", "show", "2"])
        .output()
        .unwrap();
    let late = String::from_utf8(o.stdout).unwrap();
    assert!(late.contains("[sent, LATE]"), "{late}");
    assert!(late.contains("LATE, over by"), "{late}");
    assert!(late.contains("and still open"), "{late}");
    assert!(
        late.contains("(not needed: nothing identifying is shared)"),
        "{late}"
    );
    // JSON names each shared field by a code, with its label in the chosen language.
    let v = show(&reg, "1");
    assert_eq!(v["shared_data"][0]["field"], "victim_name", "{v}");
    assert_eq!(v["shared_data"][0]["label"], "Victim's name", "{v}");
    assert_eq!(v["shared_data"][0]["value"], "Siti Contoh", "{v}");
}
