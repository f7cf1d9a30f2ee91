//! Issue 10: two terminals starting one step at once, and a consent refusal nobody gave.
//!
//! The race runs many rounds with KASUS_LONG_TESTS=1 (CI sets it); without it, a few rounds,
//! so that the short run stays short.

mod common;

use common::Reg;
use serde_json::Value;
use std::process::{Command, Output, Stdio};

fn long() -> bool {
    std::env::var("KASUS_LONG_TESTS").is_ok_and(|v| v == "1")
}

/// The binary on this register with no terminal, as a plain Command two threads can run.
fn kasus(reg: &Reg, args: &[&str]) -> Output {
    Command::new(assert_cmd::cargo::cargo_bin("kasus"))
        .env("KASUS_DB", reg.db())
        .env("KASUS_ACTOR", "tester")
        .env("KASUS_NOW", &reg.now)
        .env("KASUS_LANG", "en")
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run kasus")
}

fn show(reg: &Reg, case: &str) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"])).unwrap()
}

fn consent_events(reg: &Reg, case: &str) -> Vec<Value> {
    let v: Value =
        serde_json::from_str(&reg.ok(&["consent", "list", case, "--format", "json"])).unwrap();
    v["events"].as_array().unwrap().clone()
}

// ------------------------------------------------------------------ two terminals, one step

/// Both terminals start step 1 of a fresh case at the same moment. Whatever the timing, one
/// wins and the other is refused (exit 4) in words that say what to do, never a database
/// error; the case holds exactly one attempt, running.
#[test]
fn two_terminals_starting_one_step_never_get_a_database_error() {
    let rounds = if long() { 200 } else { 5 };
    let reg = Reg::new();
    for round in 0..rounds {
        let case = reg.batam_case(&["--allow-duplicate"]);
        let args = ["step", "start", case.as_str(), "--at", "2026-03-02 09:00"];
        let (a, b) = std::thread::scope(|s| {
            let h = s.spawn(|| kasus(&reg, &args));
            let b = kasus(&reg, &args);
            (h.join().unwrap(), b)
        });
        let won = [&a, &b].iter().filter(|o| o.status.success()).count();
        assert_eq!(won, 1, "round {round}: exactly one start wins: {a:?} {b:?}");
        let loser = if a.status.success() { &b } else { &a };
        let err = String::from_utf8_lossy(&loser.stderr);
        assert_eq!(loser.status.code(), Some(4), "round {round}: {err}");
        assert!(
            !err.contains("database error") && !err.contains("UNIQUE"),
            "round {round}: the race leaked a database error: {err}"
        );
        // Refused either by the flow (it saw the other start) or by the check inside the
        // write (the other start landed after this one read the case).
        assert!(
            err.contains("run it again") || err.contains("already running"),
            "round {round}: {err}"
        );
        let steps = show(&reg, &case)["steps"].as_array().unwrap().clone();
        assert_eq!(steps.len(), 1, "round {round}: {steps:?}");
        assert_eq!(steps[0]["status"], "running", "round {round}: {steps:?}");
    }
    reg.ok(&["audit", "verify"]);
}

// ------------------------------------------------------------------ a refusal nobody gave

/// A Pulang Pisau case (its step 9 is the consent gate, "Jika korban / keluarga setuju").
fn pulangpisau_case(reg: &Reg) -> String {
    let mut args = common::BATAM_CASE.to_vec();
    args[2] = "pulangpisau-8-2021";
    args.push("--json");
    let v: Value = serde_json::from_str(&reg.ok(&args)).unwrap();
    v["number"].as_str().unwrap().to_string()
}

/// A case on another SOP, with the standard case's other fields.
fn case_on(reg: &Reg, sop: &str) -> String {
    let mut args = common::BATAM_CASE.to_vec();
    args[2] = sop;
    args.extend_from_slice(&["--allow-duplicate", "--json"]);
    let v: Value = serde_json::from_str(&reg.ok(&args)).unwrap();
    v["number"].as_str().unwrap().to_string()
}

#[test]
fn a_refusal_with_no_fields_and_no_terminal_lists_the_missing_flags_and_records_nothing() {
    let reg = Reg::new();
    let case = pulangpisau_case(&reg);
    let err = reg.refused(&["consent", "refuse", &case], 2);
    for flag in ["--given-by", "--relation", "--scope", "--method"] {
        assert!(err.contains(flag), "{flag} not named: {err}");
    }
    assert!(err.contains("Nothing was recorded"), "{err}");
    assert!(err.contains("kasus consent refuse --help"), "{err}");
    assert!(!err.contains("--at"), "--at defaults to now: {err}");
    assert!(consent_events(&reg, &case).is_empty());
}

#[test]
fn a_refusal_missing_only_the_method_names_only_the_method() {
    let reg = Reg::new();
    let case = pulangpisau_case(&reg);
    let err = reg.refused(
        &[
            "consent",
            "refuse",
            &case,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "layanan",
        ],
        2,
    );
    assert!(err.contains("missing required fields: --method."), "{err}");
    // No personal data in the message.
    assert!(!err.contains("Siti"), "{err}");
}

#[test]
fn a_refusal_with_a_bad_method_is_invalid_and_records_nothing() {
    let reg = Reg::new();
    let case = pulangpisau_case(&reg);
    let err = reg.refused(
        &[
            "consent",
            "refuse",
            &case,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "layanan",
            "--method",
            "telepati",
        ],
        3,
    );
    assert!(err.contains("tertulis") || err.contains("lisan"), "{err}");
}

#[test]
fn a_full_refusal_is_recorded_with_its_method_and_the_hint_names_the_case_and_its_gate() {
    let reg = Reg::new();
    let case = pulangpisau_case(&reg);
    let out = reg.ok(&[
        "consent",
        "refuse",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
    ]);
    assert!(out.contains(&format!("refusal recorded: {case}")), "{out}");
    assert!(
        out.contains(&format!("ends at step 9 for case {case}")),
        "{out}"
    );
    assert!(out.contains("\"Jika korban / keluarga setuju\""), "{out}");
    assert!(
        out.contains(&format!("kasus case close {case} --reason")),
        "{out}"
    );
    assert!(
        !out.contains("CASE"),
        "a placeholder instead of the number: {out}"
    );
    let events = consent_events(&reg, &case);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["kind"], "refused");
    assert_eq!(events[0]["method"], "lisan");
    assert_eq!(events[0]["relation"], "self");
    assert_eq!(events[0]["given_by"], "Siti Contoh");
}

/// The quote comes from the case's own SOP: Tangerang 713's gate is step 1, and its words
/// are not Pulang Pisau's. In Bahasa Indonesia as well.
#[test]
fn the_refusal_hint_quotes_the_gate_of_the_cases_own_sop() {
    let reg = Reg::new();
    let case = case_on(&reg, "tangerang-713-2025");
    let out = reg.ok(&[
        "--lang",
        "id",
        "consent",
        "refuse",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
    ]);
    assert!(
        out.contains(&format!("berhenti pada langkah 1 untuk kasus {case}")),
        "{out}"
    );
    assert!(out.contains("meminta persetujuan korban"), "{out}");
    assert!(!out.contains("Jika korban / keluarga setuju"), "{out}");

    // Babel's gate is step 2.
    let babel = case_on(&reg, "babel-18-2024");
    let out = reg.ok(&[
        "consent",
        "refuse",
        &babel,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
    ]);
    assert!(
        out.contains(&format!("ends at step 2 for case {babel}")),
        "{out}"
    );
    assert!(out.contains("persetujuan penerima manfaat"), "{out}");
}

/// Batam's SOP asks no consent at any step: the hint does not claim the flow ends.
#[test]
fn a_refusal_on_a_sop_without_a_consent_step_says_the_flow_goes_on() {
    let reg = Reg::new();
    let case = reg.batam_case(&[]);
    let out = reg.ok(&[
        "consent",
        "refuse",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
    ]);
    assert!(out.contains("batam-34-2020 asks for no consent"), "{out}");
    assert!(
        out.contains(&format!("flow of case {case} goes on")),
        "{out}"
    );
    assert!(!out.contains("ends"), "{out}");
    reg.ok(&["step", "start", &case]);
}

/// At a terminal, `consent refuse CASE` asks for what is missing, in the person's language:
/// who refused, the relation, the scopes, the method and when (empty for now).
#[test]
fn at_a_terminal_a_refusal_asks_for_its_fields_in_bahasa_indonesia() {
    use expectrl::{Eof, Expect, Session};
    use std::time::Duration;
    let reg = Reg::new();
    let case = pulangpisau_case(&reg);
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("kasus"));
    cmd.args(["--lang", "id", "consent", "refuse", &case])
        .env_clear()
        .env("KASUS_DB", reg.db())
        .env("KASUS_ACTOR", "tester")
        .env("KASUS_NOW", &reg.now)
        .env("KASUS_LANG", "en")
        .env("NO_COLOR", "1")
        .env("HOME", reg.dir.path())
        .env("TERM", "xterm-256color")
        .current_dir(reg.dir.path());
    let mut tty = Session::spawn(cmd).expect("a pseudo-terminal");
    tty.get_process_mut().set_window_size(120, 40).unwrap();
    tty.set_expect_timeout(Some(Duration::from_secs(20)));
    let mut answer = |question: &str, keys: &[&str]| {
        tty.expect(question)
            .unwrap_or_else(|e| panic!("no question {question:?}: {e}"));
        for k in keys {
            tty.send(k).unwrap();
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    answer("Ditolak oleh (nama)", &["Siti Contoh", "\r"]);
    answer("Hubungan dengan korban", &["\r"]); // the first: Korban sendiri (self)
    answer("Cakupan yang ditolak", &["\r"]); // none chosen: asked again, saying why
    answer("Pilih setidaknya satu cakupan", &[" ", "\r"]); // the first: Layanan
    answer("Cara", &["\x1b[B", "\r"]); // the second: Lisan
    answer("Kapan ditolak?", &["\r"]); // empty: now
    tty.expect(format!("penolakan dicatat: {case}").as_str())
        .expect("the refusal is recorded");
    tty.expect("berhenti pada langkah 9").expect("the hint");
    tty.expect(Eof).expect("the end");
    let status = tty.get_process().wait().unwrap();
    assert!(
        matches!(status, expectrl::process::unix::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
    let events = consent_events(&reg, &case);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["kind"], "refused");
    assert_eq!(events[0]["given_by"], "Siti Contoh");
    assert_eq!(events[0]["relation"], "self");
    assert_eq!(events[0]["scopes"], serde_json::json!(["layanan"]));
    assert_eq!(events[0]["method"], "lisan");
    assert_eq!(events[0]["at"], "2026-03-02T12:00:00+07:00");
}

#[test]
fn an_unknown_or_closed_case_is_named_before_any_missing_flag() {
    let reg = Reg::new();
    let case = pulangpisau_case(&reg);
    // A NIK typed where the case number goes: the case is unknown (exit 3), and it is said
    // before the four missing flags; the NIK is not repeated.
    let nik = "3174000000000001";
    let err = reg.refused(&["consent", "refuse", nik], 3);
    assert!(err.contains("unknown case"), "{err}");
    assert!(!err.contains("--given-by"), "flags listed first: {err}");
    assert!(!err.contains(nik), "the NIK was echoed: {err}");
    let err = reg.refused(&["consent", nik], 3);
    assert!(err.contains("unknown case"), "{err}");
    // A closed case likewise (exit 4).
    reg.ok(&["case", "close", &case, "--reason", "selesai"]);
    let err = reg.refused(&["consent", "refuse", &case], 4);
    assert!(err.contains("is closed"), "{err}");
    assert!(!err.contains("--given-by"), "flags listed first: {err}");
    assert!(consent_events(&reg, &case).is_empty());
}
