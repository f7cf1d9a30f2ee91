//! `kasus consent void` (issue 14): a consent, refusal or withdrawal recorded by mistake is
//! kept, marked void, and no longer read by the flow; a voided refusal no longer ends it (the
//! gate it had finished as refused is done, the flow open again at the next step once consent
//! is in force); voiding needs a reason and an open case, and is refused twice.

mod common;

use common::{at, Reg};
use serde_json::Value;

/// A case of tangerang-713-2025 (step 1 is the consent gate for `layanan`), reported at 08:00,
/// assigned to the staff member who performs its steps; returns its number.
fn gate_case(reg: &Reg) -> String {
    reg.ok(&["staff", "add", "Petugas Contoh", "--role", "Petugas"]);
    let out = reg.ok(&[
        "intake",
        "--sop",
        "tangerang-713-2025",
        "--channel",
        "datang-langsung",
        "--victim-name",
        "Siti Contoh",
        "--victim-sex",
        "P",
        "--victim-age",
        "30",
        "--violence",
        "fisik",
        "--reported-at",
        &at("08:00"),
        "--json",
    ]);
    let case = common::number(&out);
    reg.ok(&[
        "assign",
        &case,
        "--to",
        "Petugas Contoh",
        "--at",
        &at("08:00"),
    ]);
    case
}

fn consent(reg: &Reg, case: &str, kind: Option<&str>, time: &str) {
    let mut args = vec!["consent"];
    args.extend(kind);
    args.extend([
        case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
        "--at",
        time,
    ]);
    reg.ok(&args);
}

fn show(reg: &Reg, case: &str) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"])).unwrap()
}

/// The gate started at 08:05, the refusal recorded at 08:10, the gate finished (as refused)
/// at 08:20: the flow has ended.
fn refused_at_the_gate() -> (Reg, String) {
    let reg = Reg::new();
    let case = gate_case(&reg);
    reg.ok(&["step", "start", &case, "--at", &at("08:05")]);
    consent(&reg, &case, Some("refuse"), &at("08:10"));
    reg.ok(&["step", "finish", &case, "--at", &at("08:20")]);
    assert_eq!(show(&reg, &case)["steps"][0]["outcome"], "refused");
    (reg, case)
}

#[test]
fn a_voided_refusal_no_longer_ends_the_flow() {
    let (reg, case) = refused_at_the_gate();
    reg.refused_saying(
        &["step", "start", &case, "--at", &at("08:30")],
        4,
        &["refused"],
    );

    let out = reg.ok(&[
        "consent",
        "void",
        &case,
        "--record",
        "1",
        "--reason",
        "penolakan dicatat pada kasus yang salah",
    ]);
    assert!(
        out.contains("voided") && out.contains("outcome is now done"),
        "{out}"
    );

    let v = show(&reg, &case);
    // The record stays, marked void.
    let record = &v["consents"][0];
    assert_eq!(record["record"], 1, "{record}");
    assert_eq!(record["kind"], "refused");
    assert_eq!(
        record["void"]["reason"], "penolakan dicatat pada kasus yang salah",
        "{record}"
    );
    assert_eq!(record["void"]["by"], "tester");
    // The flow no longer reads it: the gate is done, the flow open again at the next step.
    assert_eq!(v["consent_state"]["layanan"], "never-given", "{v}");
    assert_eq!(v["steps"][0]["outcome"], "done");
    assert_eq!(v["steps"][0]["corrected"], 1);
    assert_eq!(v["next_steps"], serde_json::json!([2]));
    let fields: Vec<(&str, &str)> = v["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["target"].as_str().unwrap(), c["field"].as_str().unwrap()))
        .collect();
    assert_eq!(fields, [("consent", "voided_at"), ("step", "outcome")]);
    let table = reg.ok(&["case", "show", &case]);
    assert!(
        table.contains("Consent records:")
            && table.contains("void since")
            && table.contains("refused -> done")
            && !table.contains("[consent refused: the flow ends]"),
        "{table}"
    );

    // The next step starts once consent is in force, as after any gate.
    reg.refused_saying(
        &["step", "start", &case, "--at", &at("08:30")],
        4,
        &["consent gate", "not in force"],
    );
    consent(&reg, &case, None, &at("08:40"));
    reg.ok(&["step", "start", &case, "--at", &at("08:45")]);

    // One audit entry: the event and ids, never the reason.
    let audit = reg.ok(&["export", "audit", "--format", "csv"]);
    assert_eq!(audit.matches("consent.void").count(), 1, "{audit}");
    assert!(!audit.contains("kasus yang salah"), "{audit}");
    assert!(reg.ok(&["audit", "verify"]).contains("intact"));
    // Every row the correction wrote is in the chain.
    assert!(reg
        .ok(&["audit", "verify", "--data"])
        .contains("data intact:"));
    assert!(reg.ok(&["check"]).contains("check passed"));
}

#[test]
fn voiding_twice_an_unknown_record_no_reason_or_a_closed_case_is_refused() {
    let (reg, case) = refused_at_the_gate();
    reg.refused_saying(
        &["consent", "void", &case, "--record", "1"],
        2,
        &["--reason"],
    );
    reg.refused_saying(
        &[
            "consent", "void", &case, "--record", "7", "--reason", "salah",
        ],
        3,
        &["no consent record like that", "its records are 1"],
    );
    reg.ok(&[
        "consent", "void", &case, "--record", "1", "--reason", "salah",
    ]);
    reg.refused_saying(
        &[
            "consent", "void", &case, "--record", "1", "--reason", "lagi",
        ],
        4,
        &["void already"],
    );
    reg.ok(&["case", "close", &case, "--reason", "selesai"]);
    consent_closed(&reg, &case);
}

fn consent_closed(reg: &Reg, case: &str) {
    reg.refused_saying(
        &[
            "consent", "void", case, "--record", "1", "--reason", "salah",
        ],
        4,
        &["closed"],
    );
}

#[test]
fn a_voided_consent_no_longer_lets_the_flow_go_on() {
    let reg = Reg::new();
    let case = gate_case(&reg);
    reg.ok(&["step", "start", &case, "--at", &at("08:05")]);
    consent(&reg, &case, None, &at("08:10"));
    reg.ok(&["step", "finish", &case, "--at", &at("08:20")]);
    let uuid = show(&reg, &case)["consents"][0]["uuid"]
        .as_str()
        .unwrap()
        .to_string();
    // By its UUID as well as its number.
    reg.ok(&[
        "consent",
        "void",
        &case,
        "--record",
        &uuid,
        "--reason",
        "kasus lain",
    ]);
    let v = show(&reg, &case);
    assert_eq!(v["consent_state"]["layanan"], "never-given");
    // The steps done stay as recorded; what comes next needs consent in force.
    assert_eq!(v["steps"][0]["outcome"], "done");
    reg.refused_saying(
        &["step", "start", &case, "--at", &at("08:30")],
        4,
        &["consent gate"],
    );
    let list = reg.ok(&["consent", "list", &case, "--format", "json"]);
    let l: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(l["state"]["layanan"], "never-given", "{list}");
    assert_eq!(l["events"][0]["record"], 1, "{list}");
    assert!(l["events"][0]["voided_at"].is_string(), "{list}");
}

#[test]
fn a_refusal_still_standing_keeps_the_flow_ended() {
    let reg = Reg::new();
    let case = gate_case(&reg);
    reg.ok(&["step", "start", &case, "--at", &at("08:05")]);
    consent(&reg, &case, Some("refuse"), &at("08:08"));
    consent(&reg, &case, Some("refuse"), &at("08:10"));
    reg.ok(&["step", "finish", &case, "--at", &at("08:20")]);
    // The first refusal was entered twice: voiding one leaves the other.
    let out = reg.ok(&[
        "consent", "void", &case, "--record", "2", "--reason", "dobel",
    ]);
    assert!(!out.contains("outcome is now done"), "{out}");
    let v = show(&reg, &case);
    assert_eq!(v["steps"][0]["outcome"], "refused");
    assert_eq!(v["consent_state"]["layanan"], "refused");
    assert_eq!(v["next_steps"], serde_json::json!([]));
}
