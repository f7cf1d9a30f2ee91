//! Referrals at a terminal (issue 16's new-user trial): `referral create CASE` alone asks the
//! agency (part of its name typed, then a list of the active agencies that match), the service,
//! what to share (each item saying whether it needs consent to share, and that consent's state)
//! and whether it is a handover; a transition asks its missing reason or result; `agency add`
//! and `agency edit` ask their fields. Without a terminal each missing flag is exit 2, named.
//! Ctrl-C records nothing and shows the cursor again. Driven through a pseudo-terminal
//! (`common/pty.rs`), in English and Indonesian.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::referrals::{add_hospital, add_police, args, consent, create, Runs};
use common::CASE;
use pty::{plain, register_with_case, serial, Reg, Tty};
use serde_json::Value;

const DOWN: &str = "\x1b[B";

impl Runs for Reg {
    fn ok(&self, args: &[&str]) -> String {
        Reg::ok(self, args)
    }
}

/// The standard case and two agencies (the directory lists Polres Contoh before RSUD Contoh).
fn with_agencies() -> Reg {
    let reg = register_with_case();
    add_hospital(&reg, &[]);
    add_police(&reg);
    reg.ok(&["agency", "add", "RS Lama Contoh", "--kind", "kesehatan"]);
    reg.ok(&["agency", "deactivate", "RS Lama Contoh"]);
    reg
}

fn referral(reg: &Reg, id: &str) -> Value {
    let out = reg.ok(&["referral", "show", id, "--format", "json"]);
    serde_json::from_str(&out).unwrap()
}

fn referrals(reg: &Reg) -> usize {
    let out = reg.ok(&["referral", "list", "--format", "json"]);
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn referral_create_alone_asks_agency_service_share_and_handover_in_english() {
    let _one = serial();
    let reg = with_agencies();
    consent(&reg, &[]);
    let mut tty = Tty::spawn(&reg, &["--lang", "en", "referral", "create", CASE]);
    tty.expect("Agency: type part of its name");
    // No active agency's name holds this: said, and asked again.
    tty.line("puskesmas");
    tty.expect("✘ \"puskesmas\": no active agency's name contains this");
    // The inactive one is not offered: two of three match.
    tty.line("contoh");
    tty.expect("Which agency? (2 found");
    tty.expect("Polres Contoh — Kepolisian (UPPA)");
    tty.expect("RSUD Contoh — Kesehatan");
    tty.key(DOWN);
    tty.key("\r");
    tty.expect("Service asked of the agency");
    tty.key(DOWN); // pengaduan -> kesehatan
    tty.key("\r");
    tty.expect("What to share with the agency?");
    tty.expect("identity (name, sex, age, NIK) — needs consent to share: in force");
    tty.expect("assessment (urgency, risk) — no consent needed");
    tty.key(" "); // identity
    tty.key(DOWN);
    tty.key(DOWN);
    tty.key(DOWN);
    tty.key(" "); // assessment
    tty.key("\r");
    tty.expect("A handover (pelimpahan)?");
    tty.line("n");
    tty.expect("referral 1 sent: PPA/2026/0001 -> RSUD Contoh (kesehatan)");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("RS Lama Contoh"), "{screen}");
    let r = referral(&reg, "1");
    assert_eq!(r["agency"], "RSUD Contoh", "{r}");
    assert_eq!(r["service"], "kesehatan", "{r}");
    assert_eq!(r["share"], "identity,assessment", "{r}");
    assert_eq!(r["handover"], false, "{r}");
}

#[test]
fn referral_create_asks_only_what_is_missing_in_indonesian() {
    let _one = serial();
    let reg = with_agencies();
    // No consent to share: the list says so, and the person shares only what needs none.
    let mut tty = Tty::spawn(
        &reg,
        &[
            "--lang",
            "id",
            "referral",
            "create",
            CASE,
            "--service",
            "penegakan-hukum",
        ],
    );
    tty.expect("Lembaga: ketik sebagian namanya");
    tty.line("POLRES");
    tty.expect("Lembaga yang mana? (1 ditemukan");
    tty.key("\r");
    tty.expect("Apa yang dibagikan kepada lembaga?");
    tty.expect(
        "identity (nama, jenis kelamin, umur, NIK) — perlu persetujuan berbagi: belum dicatat",
    );
    tty.expect("violence (jenis kekerasan, tempat) — tanpa persetujuan");
    for _ in 0..4 {
        tty.key(DOWN);
    }
    tty.key(" "); // violence
    tty.key("\r");
    tty.expect("Pelimpahan?");
    tty.line("ya");
    tty.expect("rujukan 1 dikirim");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains("Layanan yang diminta"),
        "--service was given: {screen}"
    );
    let r = referral(&reg, "1");
    assert_eq!(r["agency"], "Polres Contoh", "{r}");
    assert_eq!(r["share"], "violence", "{r}");
    assert_eq!(r["handover"], true, "{r}");
}

#[test]
fn a_transition_asks_its_missing_reason_or_result_in_both_languages() {
    let _one = serial();
    let reg = with_agencies();
    for _ in 0..2 {
        reg.ok(&args(&create("RSUD Contoh", "kesehatan", "09:00", &[])));
    }
    let mut tty = Tty::spawn(&reg, &["--lang", "en", "referral", "reject", "1"]);
    tty.expect("Why did the agency reject it?");
    tty.line("di luar wilayah layanan");
    tty.expect("referral 1: rejected");
    tty.succeeds();
    assert_eq!(referral(&reg, "1")["reason"], "di luar wilayah layanan");

    reg.ok(&["referral", "accept", "2", "--at", "2026-03-02 10:00"]);
    let mut tty = Tty::spawn(&reg, &["--lang", "id", "referral", "done", "2"]);
    tty.expect("Apa yang dilakukan lembaga (hasilnya)?");
    tty.line("visum selesai");
    tty.expect("rujukan 2: selesai");
    tty.succeeds();
    assert_eq!(referral(&reg, "2")["result"], "visum selesai");

    // A move the referral does not allow is refused before anything is asked.
    let mut tty = Tty::spawn(&reg, &["--lang", "en", "referral", "cancel", "1"]);
    tty.expect("referral 1 is rejected");
    let (code, screen) = tty.end();
    assert_eq!(code, 4, "{screen}");
    assert!(!screen.contains("Why is it cancelled?"), "{screen}");
}

#[test]
fn agency_add_and_edit_ask_their_fields() {
    let _one = serial();
    let reg = register_with_case();
    let mut tty = Tty::spawn(&reg, &["--lang", "en", "agency", "add"]);
    tty.expect("The agency's name");
    tty.line("LBH Contoh");
    tty.expect("Kind of agency");
    tty.key(DOWN);
    tty.key(DOWN); // kesehatan, kepolisian, bantuan-hukum
    tty.key("\r");
    tty.expect("Region");
    tty.line("Kota Contoh");
    tty.expect("Contact");
    tty.key("\r"); // none
    tty.expect("added LBH Contoh (bantuan-hukum)");
    tty.succeeds();
    let list: Value =
        serde_json::from_str(&reg.ok(&["agency", "list", "--format", "json"])).unwrap();
    assert_eq!(list[0]["kind"], "bantuan-hukum", "{list}");
    assert_eq!(list[0]["region"], "Kota Contoh", "{list}");
    assert_eq!(list[0]["contact"], Value::Null, "{list}");

    let tty = Tty::spawn(&reg, &["--lang", "id", "agency", "edit", "lbh"]);
    // An unknown agency is refused before anything is asked; the name is typed whole here.
    let (code, screen) = tty.end();
    assert_eq!(code, 3, "{screen}");
    let mut tty = Tty::spawn(&reg, &["--lang", "id", "agency", "edit", "LBH Contoh"]);
    tty.expect("Ubah kolom mana dari LBH Contoh?");
    tty.key("\r"); // none chosen: asked again
    tty.expect("Ubah kolom mana dari LBH Contoh?");
    tty.key(DOWN);
    tty.key(DOWN);
    tty.key(DOWN);
    tty.key(" "); // kontak
    tty.key("\r");
    tty.expect("Kontak baru");
    tty.line("0778-111111");
    tty.expect("diubah LBH Contoh");
    tty.succeeds();
    let list: Value =
        serde_json::from_str(&reg.ok(&["agency", "list", "--format", "json"])).unwrap();
    assert_eq!(list[0]["contact"], "0778-111111", "{list}");
    assert_eq!(list[0]["region"], "Kota Contoh", "{list}");
}

#[test]
fn ctrl_c_while_creating_records_nothing_and_shows_the_cursor() {
    let _one = serial();
    let reg = with_agencies();
    for lang in ["en", "id"] {
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "referral", "create", CASE]);
        tty.expect(if lang == "en" { "Agency:" } else { "Lembaga:" });
        tty.line("rsud");
        tty.expect(if lang == "en" {
            "Which agency?"
        } else {
            "Lembaga yang mana?"
        });
        tty.key("\r");
        tty.expect(if lang == "en" {
            "Service asked"
        } else {
            "Layanan yang diminta"
        });
        tty.key("\x03");
        let (code, raw) = tty.end_raw();
        let text = plain(&raw);
        assert_eq!(code, 130, "{text}");
        let said = if lang == "en" {
            "interrupted: nothing half-done was kept"
        } else {
            "dihentikan: tidak ada yang tersimpan setengah jalan"
        };
        assert!(text.contains(said), "{text}");
        let raw = String::from_utf8_lossy(&raw);
        let hidden = raw.rfind("\x1b[?25l").expect("the list hid the cursor");
        assert!(raw[hidden..].contains("\x1b[?25h"), "{raw:?}");
    }
    assert_eq!(referrals(&reg), 0);
}

#[test]
fn without_a_terminal_each_missing_flag_is_exit_2_named() {
    let _one = serial();
    let reg = with_agencies();
    let e = reg.refused(&["referral", "create", CASE], 2);
    assert!(
        e.contains("--to, --service") && e.contains("Nothing was recorded"),
        "{e}"
    );
    let e = reg.refused(&["referral", "create", CASE, "--to", "RSUD Contoh"], 2);
    assert!(e.contains("--service") && !e.contains("--to"), "{e}");
    reg.ok(&[
        "referral",
        "create",
        CASE,
        "--to",
        "RSUD Contoh",
        "--service",
        "kesehatan",
    ]);
    let e = reg.refused(&["referral", "reject", "1"], 2);
    assert!(e.contains("--reason"), "{e}");
    let e = reg.refused(&["referral", "done", "1"], 2);
    assert!(e.contains("--result"), "{e}");
    let e = reg.refused(&["--lang", "id", "referral", "cancel", "1"], 2);
    assert!(
        e.contains("--reason") && e.contains("tidak ada yang dicatat"),
        "{e}"
    );
    let e = reg.refused(&["agency", "add"], 2);
    assert!(e.contains("NAME, --kind"), "{e}");
    let e = reg.refused(&["agency", "add", "LBH Contoh"], 2);
    assert!(e.contains("--kind") && !e.contains("NAME"), "{e}");
    let e = reg.refused(&["agency", "edit", "RSUD Contoh"], 2);
    assert!(e.contains("nothing to change"), "{e}");
    assert_eq!(referral(&reg, "1")["status"], "sent");
    // --no-input is the same at a terminal.
    let tty = Tty::spawn(&reg, &["--no-input", "referral", "create", CASE]);
    let (code, screen) = tty.end();
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("--to, --service"), "{screen}");
}

#[test]
fn config_get_of_a_narrower_standard_says_what_applies_and_from_where_at_a_terminal() {
    let _serial = serial();
    let reg = register_with_case();
    for (lang, key, says) in [
        (
            "en",
            "referral-response.kesehatan",
            "1 hari (not set; referral-response applies)",
        ),
        (
            "id",
            "referral-completion.kesehatan.biasa",
            "7 hari (tidak diatur; berlaku referral-completion.kesehatan)",
        ),
        (
            "en",
            "referral-response.kesehatan.darurat",
            "2 jam (built-in default)",
        ),
    ] {
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "config", "get", key]);
        tty.expect(says);
        tty.succeeds();
    }
    // A key set is its value alone.
    reg.ok(&["config", "set", "referral-response.kesehatan", "3 jam"]);
    let (code, screen) = Tty::spawn(&reg, &["config", "get", "referral-response.kesehatan"]).end();
    assert_eq!(code, 0, "{screen}");
    assert_eq!(screen.trim(), "3 jam");
}
