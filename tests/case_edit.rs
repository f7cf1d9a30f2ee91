//! `kasus case edit` of the victim's sex and the violence types (issue 14, a first part of
//! "Correct, never overwrite"): changed in one audited write, bad values refused with nothing
//! changed.

mod common;
use common::{with_standard_case, CASE};
use serde_json::Value;

fn show(reg: &common::Reg) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap()
}

#[test]
fn violence_types_and_the_victims_sex_are_corrected() {
    let reg = with_standard_case();
    reg.ok(&[
        "case",
        "edit",
        CASE,
        "--violence",
        "psikis,seksual,psikis",
        "--victim-sex",
        "L",
    ]);
    let v = show(&reg);
    assert_eq!(
        v["violence"],
        serde_json::json!(["psikis", "seksual"]),
        "{v}"
    );
    let victim = v["persons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["role"] == "victim")
        .unwrap();
    assert_eq!(victim["sex"], "L");
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
}

#[test]
fn bad_corrections_change_nothing() {
    let reg = with_standard_case();
    let before = reg.state();
    reg.refused(&["case", "edit", CASE, "--violence", "banjir"], 3);
    reg.refused(&["case", "edit", CASE, "--violence", ","], 3);
    let e = reg.refused(&["case", "edit", CASE, "--victim-sex", "Siti Contoh"], 3);
    assert!(!e.contains("Siti"), "{e}");
    assert_eq!(before, reg.state());
}
