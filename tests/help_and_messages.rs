//! Help and messages (issue 13): usage lines that do not show the environment's flags as
//! required, `step decide` naming both decisions, a mistyped subcommand suggested, an unknown
//! `--lang` refused, and a case found by its sequence alone.

mod common;
use common::{register, with_case, CASE};

#[test]
fn usage_lines_do_not_show_the_environment_as_required_flags() {
    let reg = register();
    let e = reg.refused(&["step", "decide"], 2);
    assert!(e.contains("<--approve|--return>"), "{e}");
    assert!(
        !e.contains("--db <PATH>") && !e.contains("--actor <NAME>"),
        "{e}"
    );
}

#[test]
fn a_mistyped_subcommand_is_suggested_not_taken_for_a_case() {
    let reg = with_case();
    let before = reg.state();
    let e = reg.refused(&["step", "strat", CASE], 2);
    assert!(
        e.contains("'strat'") && e.contains("did you mean 'start'?"),
        "{e}"
    );
    assert!(!e.contains("cannot be used"), "{e}");
    let e = reg.refused(&["reprot", "overdue"], 2);
    assert!(e.contains("did you mean 'report'?"), "{e}");
    assert_eq!(reg.state(), before);
}

#[test]
fn an_unknown_language_is_refused() {
    let reg = register();
    let e = reg.refused(&["--lang", "fr", "sop", "list"], 2);
    assert!(
        e.contains("'fr'") && e.contains("id") && e.contains("en"),
        "{e}"
    );
    // A value that may be personal data is not repeated.
    let e = reg.refused(&["--lang", "Rina Contoh", "sop", "list"], 2);
    assert!(!e.contains("Rina"), "{e}");
    reg.ok(&["--lang", "id", "sop", "list"]);
    // KASUS_LANG named on purpose is checked the same way; a locale falls back in silence.
    let o = reg
        .cmd()
        .env("KASUS_LANG", "fr")
        .args(["sop", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("KASUS_LANG 'fr'"));
    let o = reg
        .cmd()
        .env_remove("KASUS_LANG")
        .env("LANG", "fr_FR.UTF-8")
        .args(["sop", "list"])
        .output()
        .unwrap();
    assert!(o.status.success());
}

#[test]
fn this_years_case_is_found_by_its_sequence() {
    let reg = with_case();
    let by_seq = reg.ok(&["case", "show", "1", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&by_seq).unwrap();
    assert_eq!(v["number"], CASE, "{by_seq}");
    let by_padded = reg.ok(&["case", "show", "0001", "--format", "json"]);
    assert_eq!(by_seq, by_padded);
    let e = reg.refused(&["case", "show", "2"], 3);
    assert!(e.contains("'2'"), "{e}");
    // Another year: not this year's case 1.
    let mut c = reg.cmd();
    c.env("KASUS_NOW", "2027-01-05T09:00:00+07:00");
    let o = c.args(["case", "show", "1"]).output().unwrap();
    assert!(!o.status.success());
}

#[test]
fn every_argument_has_help_in_both_languages() {
    // The unit test in src/text/help.rs checks the entries exist; here the binary shows them.
    let reg = register();
    for (lang, words) in [("en", "The victim's name"), ("id", "Nama korban")] {
        let h = reg.ok(&["--lang", lang, "intake", "--help"]);
        assert!(h.contains(words), "{h}");
    }
    let h = reg.ok(&["--lang", "id", "case", "edit", "--help"]);
    assert!(h.contains("NIK korban yang dibetulkan"), "{h}");
    let h = reg.ok(&["report", "overdue", "--help"]);
    assert_eq!(h.matches("[default: table]").count(), 1, "{h}");
}

#[test]
fn consent_with_a_subcommand_typed_as_a_flag_hints_the_subcommand() {
    let reg = with_case();
    let before = reg.state();
    let e = reg.refused(
        &[
            "consent",
            CASE,
            "--withdraw",
            "--scope",
            "berbagi-informasi",
        ],
        2,
    );
    assert!(
        e.contains("`kasus consent withdraw CASE --scope ...`"),
        "{e}"
    );
    let e = reg.refused(&["--lang", "id", "consent", CASE, "--withdraw"], 2);
    assert!(
        e.contains("petunjuk: withdraw adalah subperintah consent")
            && e.contains("`kasus consent withdraw KASUS --scope ...`"),
        "{e}"
    );
    let e = reg.refused(&["consent", CASE, "--list"], 2);
    assert!(e.contains("`kasus consent list CASE ...`"), "{e}");
    // Another unknown flag gets no such hint.
    let e = reg.refused(&["consent", CASE, "--bogus"], 2);
    assert!(!e.contains("hint:"), "{e}");
    assert_eq!(reg.state(), before);
}
