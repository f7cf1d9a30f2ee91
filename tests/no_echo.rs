//! Issue 10: one wrong word must not lose the register, nor print personal data. A value is
//! repeated in a message only when it has the shape of what was asked (a SOP code, a list word,
//! a flag, a date); a NIK, a phone number or a name typed in the wrong field, or shifted into
//! it by a bulk file, is described by its field and line, never printed. Each case runs the
//! real binary, in English and in Bahasa Indonesia, and proves the register unchanged.

mod common;

use common::{with_standard_case, Out, Reg};

const NAME: &str = "Zulaikha Qwertyanti";
const NIK: &str = "3174099988877766";
const PHONE: &str = "081299887766";

/// A register holding the standard case, so "unchanged" is measured against real rows.
/// Runs, expects `code`, checks the register did not change and that none of `secrets` (nor
/// the phone number without its leading 0, as Rust's number parser prints it) is on stdout or
/// stderr; returns stderr.
#[track_caller]
fn refused_quietly(reg: &Reg, args: &[&str], code: i32, secrets: &[&str]) -> String {
    let before = reg.state();
    let o: Out = reg.run(args);
    assert_eq!(o.code, code, "kasus {args:?}: {o:?}");
    assert_eq!(before, reg.state(), "kasus {args:?} changed the register");
    let all = format!("{}{}", o.stdout, o.stderr);
    for s in secrets {
        assert!(!all.contains(s), "kasus {args:?} printed {s:?}:\n{all}");
        if let Some(rest) = s.strip_prefix('0') {
            assert!(
                !all.contains(rest),
                "kasus {args:?} printed {rest:?}:\n{all}"
            );
        }
    }
    assert!(!o.stderr.contains("panicked"), "{o:?}");
    o.stderr
}

use common::standard_intake as intake;

#[test]
fn a_nik_in_the_age_field_is_not_printed() {
    let reg = with_standard_case();
    let e = refused_quietly(&reg, &intake(&["--victim-age", NIK]), 2, &[NIK]);
    assert!(e.contains("--victim-age is not a number"), "{e}");
    assert!(e.contains("0 to 130"), "{e}");
    assert!(e.contains("not shown"), "{e}");
    // With `=`, and in Indonesian.
    let mut args = vec!["--lang", "id"];
    args.extend(intake(&[]));
    let at = args.iter().position(|a| *a == "--victim-age").unwrap();
    args.drain(at..at + 2);
    args.push("--victim-age=3174099988877766");
    let e = refused_quietly(&reg, &args, 2, &[NIK]);
    assert!(e.contains("--victim-age bukan angka"), "{e}");
    assert!(e.contains("tidak ditampilkan"), "{e}");
}

#[test]
fn a_phone_number_in_the_perpetrator_age_is_not_printed() {
    let reg = with_standard_case();
    let e = refused_quietly(
        &reg,
        &intake(&[
            "--victim-age",
            "30",
            "--perpetrator-name",
            "Budi Contoh",
            "--perpetrator-age",
            PHONE,
        ]),
        2,
        &[PHONE],
    );
    assert!(e.contains("--perpetrator-age is not a number"), "{e}");
    let mut args = vec!["--lang", "id"];
    args.extend(intake(&["--victim-age", "30", "--perpetrator-age", PHONE]));
    let e = refused_quietly(&reg, &args, 2, &[PHONE]);
    assert!(e.contains("--perpetrator-age bukan angka"), "{e}");
}

#[test]
fn a_negative_number_is_refused_as_a_number_not_as_an_unknown_flag() {
    let reg = with_standard_case();
    for args in [
        &["case", "list", "--idle", "-1"][..],
        &["report", "overdue", "--idle", "-5"],
        &["step", "start", "PPA/2026/0001", "--step", "-2"],
        &["intake", "--victim-age", "-3"],
    ] {
        let e = refused_quietly(&reg, args, 2, &[]);
        assert!(e.contains("is not a number it accepts"), "{args:?}: {e}");
        assert!(!e.contains("unexpected argument"), "{args:?}: {e}");
    }
}

#[test]
fn other_number_flags_do_not_print_what_was_typed() {
    let reg = with_standard_case();
    let e = refused_quietly(
        &reg,
        &["step", "start", "PPA/2026/0001", "--step", NIK],
        2,
        &[NIK],
    );
    assert!(e.contains("--step is not a number"), "{e}");
    // A phone number short enough to be a valid u32 is refused the same way.
    let e = refused_quietly(
        &reg,
        &["step", "start", "PPA/2026/0001", "--step", "0812998877"],
        2,
        &["0812998877"],
    );
    assert!(e.contains("--step is not a number"), "{e}");
    let e = refused_quietly(&reg, &["report", "overdue", "--idle", PHONE], 2, &[PHONE]);
    assert!(e.contains("--idle is not a number"), "{e}");
    let e = refused_quietly(
        &reg,
        &["sop", "show", "batam-34-2020", "--version", NIK],
        2,
        &[NIK],
    );
    assert!(e.contains("--version is not a number"), "{e}");
}

#[test]
fn a_name_without_quotes_is_not_printed() {
    let reg = with_standard_case();
    // `--victim-name Zulaikha Qwertyanti` without quotes: the second word is left over.
    let mut args = intake(&["--victim-age", "30"]);
    args.retain(|a| *a != "Siti Contoh");
    let at = args.iter().position(|a| *a == "--victim-name").unwrap();
    args.splice(at + 1..at + 1, ["Zulaikha", "Qwertyanti"]);
    let e = refused_quietly(&reg, &args, 2, &["Qwertyanti"]);
    assert!(e.contains("unexpected argument"), "{e}");
    assert!(e.contains("needs quotes"), "{e}");
    // A name where a command goes.
    let e = refused_quietly(&reg, &["case", "Zulaikha"], 2, &["Zulaikha"]);
    assert!(e.contains("unrecognized subcommand"), "{e}");
    // A mistyped flag is still named, with clap's suggestion.
    let e = refused_quietly(&reg, &intake(&["--victim-nama", "x"]), 2, &[]);
    assert!(e.contains("'--victim-nama'"), "{e}");
    assert!(e.contains("--victim-name"), "{e}");
}

#[test]
fn a_list_flag_echoes_a_word_but_not_a_name() {
    let reg = with_standard_case();
    let e = refused_quietly(
        &reg,
        &["case", "list", "--format", NAME],
        2,
        &[NAME, "Zulaikha"],
    );
    assert!(e.contains("invalid value for '--format"), "{e}");
    assert!(e.contains("possible values: table, csv, json"), "{e}");
    let e = refused_quietly(&reg, &["case", "list", "--format", "xml"], 2, &[]);
    assert!(e.contains("invalid value 'xml'"), "{e}");
}

#[test]
fn a_name_in_the_sop_field_is_not_printed_but_a_code_is() {
    let reg = with_standard_case();
    let e = refused_quietly(
        &reg,
        &intake(&["--victim-age", "30", "--sop", NAME]),
        3,
        &[NAME, "Zulaikha"],
    );
    assert!(
        e.contains("unknown SOP (the value given does not look like a SOP code"),
        "{e}"
    );
    assert!(e.contains("kasus sop list"), "{e}");
    let mut args = vec!["--lang", "id"];
    args.extend(intake(&["--victim-age", "30", "--sop", NAME]));
    let e = refused_quietly(&reg, &args, 3, &[NAME, "Zulaikha"]);
    assert!(e.contains("tidak tampak seperti kode SOP"), "{e}");
    // A code-shaped typo is repeated, with the suggestion.
    let e = refused_quietly(
        &reg,
        &intake(&["--victim-age", "30", "--sop", "batam-34-202"]),
        3,
        &[],
    );
    assert!(e.contains("unknown SOP 'batam-34-202'"), "{e}");
    assert!(e.contains("did you mean 'batam-34-2020'"), "{e}");
    // The same in reports and `sop show --version`.
    let e = refused_quietly(&reg, &["report", "compliance", "--sop", NIK], 3, &[NIK]);
    assert!(e.contains("unknown SOP ("), "{e}");
    let e = refused_quietly(
        &reg,
        &["sop", "show", NAME, "--version", "1"],
        3,
        &[NAME, "Zulaikha"],
    );
    assert!(e.contains("has no version 1"), "{e}");
}

#[test]
fn a_bulk_row_shifted_into_the_sop_column_names_line_and_column_only() {
    let reg = with_standard_case();
    let file = reg.dir.path().join("shifted.csv");
    std::fs::write(
        &file,
        format!(
            "sop,channel,victim_name,victim_sex,victim_age,violence\n\
             {NAME},batam-34-2020,datang-langsung,P,30,fisik\n"
        ),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let e = refused_quietly(&reg, &["intake", "--from", path], 3, &[NAME, "Zulaikha"]);
    assert!(e.contains("line 2, column sop: unknown SOP ("), "{e}");
    let e = refused_quietly(
        &reg,
        &["--lang", "id", "intake", "--from", path],
        3,
        &[NAME, "Zulaikha"],
    );
    assert!(e.contains("baris 2, kolom sop: SOP tidak dikenal ("), "{e}");
}

/// A name or a note in a phone field is refused (exit 3) by its flag or column, never
/// repeated: a phone number holds digits and + - ( ) . / and spaces only.
#[test]
fn a_name_in_a_phone_field_is_refused_and_not_printed() {
    let reg = with_standard_case();
    for lang in ["en", "id"] {
        let mut args = vec!["--lang", lang];
        args.extend(intake(&["--victim-phone", "Zulaikha Qwertyanti 0812"]));
        let e = refused_quietly(&reg, &args, 3, &["Zulaikha", "Qwertyanti"]);
        assert!(
            e.contains("--victim-phone is not a phone number")
                || e.contains("--victim-phone bukan nomor telepon"),
            "{e}"
        );
    }
    let file = reg.dir.path().join("phones.csv");
    std::fs::write(
        &file,
        "sop,channel,victim_name,victim_sex,victim_age,violence,victim_phone\n\
         batam-34-2020,telepon,Wati Contoh,P,30,fisik,0812 9988 (Zulaikha)\n",
    )
    .unwrap();
    let e = refused_quietly(
        &reg,
        &["intake", "--from", file.to_str().unwrap()],
        3,
        &["Zulaikha"],
    );
    assert!(
        e.contains("line 2, column victim_phone: victim_phone is not a phone number"),
        "{e}"
    );
}

#[test]
fn a_nik_as_external_ref_is_not_printed() {
    let reg = with_standard_case();
    let mut first = intake(&["--victim-name", "Rina Contoh", "--external-ref", NIK]);
    first.push("--json");
    reg.ok(&first);
    let e = refused_quietly(
        &reg,
        &intake(&[
            "--victim-age",
            "30",
            "--victim-name",
            "Wati Contoh",
            "--external-ref",
            NIK,
        ]),
        4,
        &[NIK],
    );
    assert!(
        e.contains("external_ref is already registered as case PPA/2026/0002"),
        "{e}"
    );
}

#[test]
fn a_name_or_nik_in_a_period_or_date_is_not_printed_but_a_date_is() {
    let reg = with_standard_case();
    let e = refused_quietly(&reg, &["report", "summary", "--period", NAME], 2, &[NAME]);
    assert!(
        e.contains("--period (the value given does not look like"),
        "{e}"
    );
    let e = refused_quietly(&reg, &["report", "summary", "--from", NIK], 2, &[NIK]);
    assert!(e.contains("--from ("), "{e}");
    let e = refused_quietly(&reg, &["report", "summary", "--period", "2026-Q5"], 2, &[]);
    assert!(e.contains("--period '2026-Q5'"), "{e}");
}

#[test]
fn a_jsonl_key_given_twice_is_refused_by_key_and_line() {
    let reg = with_standard_case();
    let file = reg.dir.path().join("twice.jsonl");
    let good = r#"{"sop":"batam-34-2020","channel":"datang-langsung","victim_name":"Rina Contoh","victim_sex":"P","victim_age":30,"violence":"fisik","external_ref":"SRC-1"}"#;
    let twice = r#"{"sop":"batam-34-2020","channel":"datang-langsung","victim_name":"Siti Contoh","victim_sex":"P","victim_age":30,"violence":"fisik","victim_name":"Zulaikha Qwertyanti"}"#;
    std::fs::write(&file, format!("{good}\n{twice}\n")).unwrap();
    let path = file.to_str().unwrap();
    let e = refused_quietly(&reg, &["intake", "--from", path], 3, &[NAME, "Zulaikha"]);
    assert!(
        e.contains("line 2, column victim_name: the key \"victim_name\" is given twice"),
        "{e}"
    );
    assert!(e.contains("nothing was added"), "{e}");
    let e = refused_quietly(
        &reg,
        &["--lang", "id", "intake", "--from", path],
        3,
        &[NAME],
    );
    assert!(e.contains("kunci \"victim_name\" muncul dua kali"), "{e}");
    // The same key twice with the same value, and in JSONL from standard input.
    let same = r#"{"sop":"batam-34-2020","sop":"batam-34-2020","channel":"datang-langsung","victim_name":"Siti Contoh","victim_sex":"P","victim_age":30,"violence":"fisik"}"#;
    let before = reg.state();
    let o = reg
        .cmd()
        .args(["intake", "--from", "-", "--input-format", "jsonl"])
        .write_stdin(format!("{same}\n"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("line 1, column sop: the key \"sop\" is given twice"),
        "{err}"
    );
    assert_eq!(before, reg.state());
    // Without the repeated key the file goes in.
    std::fs::write(&file, format!("{good}\n")).unwrap();
    reg.ok(&["intake", "--from", path]);
}

#[test]
fn a_jsonl_key_that_is_a_name_is_not_printed() {
    let reg = with_standard_case();
    let file = reg.dir.path().join("key.jsonl");
    let row = format!(
        r#"{{"sop":"batam-34-2020","channel":"datang-langsung","{NAME}":"x","victim_sex":"P","victim_age":30,"violence":"fisik"}}"#
    );
    std::fs::write(&file, format!("{row}\n")).unwrap();
    let path = file.to_str().unwrap();
    let e = refused_quietly(&reg, &["intake", "--from", path], 3, &[NAME, "Zulaikha"]);
    assert!(e.contains("line 1: a key is not a column name"), "{e}");
    assert!(!e.contains("header"), "JSONL has no header row: {e}");
    // A key shaped like a column is named, with a suggestion.
    let row = r#"{"sop":"batam-34-2020","chanel":"datang-langsung","victim_name":"Siti Contoh","victim_sex":"P","victim_age":30,"violence":"fisik"}"#;
    std::fs::write(&file, format!("{row}\n")).unwrap();
    let e = refused_quietly(&reg, &["intake", "--from", path], 3, &["Siti"]);
    assert!(e.contains("unknown column 'chanel'"), "{e}");
}

#[test]
fn referral_and_agency_lookups_do_not_print_what_was_typed() {
    let reg = with_standard_case();
    let e = refused_quietly(&reg, &["referral", "show", NIK], 3, &[NIK]);
    assert!(e.contains("neither a referral ID nor a UUID"), "{e}");
    let e = refused_quietly(&reg, &["referral", "show", "Siti Contoh"], 3, &["Siti"]);
    assert!(e.contains("not shown"), "{e}");
    // A short ID is repeated: it is no one's number.
    let e = reg.refused(&["referral", "show", "42"], 3);
    assert!(e.contains("'42'"), "{e}");
    let e = refused_quietly(
        &reg,
        &["agency", "edit", PHONE, "--contact", "Bagian umum"],
        3,
        &[PHONE],
    );
    assert!(e.contains("no agency of the directory"), "{e}");
    // A person's name typed as the agency is not repeated either.
    let e = refused_quietly(
        &reg,
        &["agency", "edit", "Siti Contoh", "--contact", "Bagian umum"],
        3,
        &["Siti"],
    );
    assert!(e.contains("(not shown)"), "{e}");
}

/// A NIK or phone number typed where a staff member is named (`assign --to`, `step --by`,
/// `staff deactivate`) is not repeated; a name is (staff names are no secret to staff).
#[test]
fn staff_lookups_do_not_print_a_number_typed() {
    let reg = with_standard_case();
    let case = common::CASE;
    for secret in [NIK, PHONE] {
        for args in [
            &["assign", case, "--to", secret][..],
            &["staff", "deactivate", secret],
            &["--lang", "id", "assign", case, "--to", secret],
        ] {
            let e = refused_quietly(&reg, args, 3, &[secret]);
            assert!(
                e.contains("unknown staff") || e.contains("tidak dikenal"),
                "{e}"
            );
            assert!(
                e.contains("not shown") || e.contains("tidak ditampilkan"),
                "{e}"
            );
        }
    }
    let e = reg.refused(&["assign", case, "--to", "Rina Contih"], 3);
    assert!(e.contains("unknown staff 'Rina Contih'"), "{e}");
}

/// A value after the case number where a subcommand could stand (`kasus step CASE <NIK>`):
/// clap reads it as a subcommand used with the case, and its message named it.
#[test]
fn a_value_after_the_case_is_not_printed() {
    let reg = with_standard_case();
    for cmd in ["step", "consent", "assign"] {
        for secret in [NIK, PHONE, "Zulaikha"] {
            for lang in ["en", "id"] {
                let e = refused_quietly(
                    &reg,
                    &["--lang", lang, cmd, "PPA/2026/0001", secret],
                    2,
                    &[secret],
                );
                let said = if lang == "en" {
                    "not shown"
                } else {
                    "tidak ditampilkan"
                };
                assert!(e.contains(said), "{cmd} {secret} {lang}: {e}");
            }
        }
    }
    // A word that is a command's name, misspelt, is named, with the closest.
    let e = refused_quietly(&reg, &["step", "PPA/2026/0001", "strat"], 2, &[NIK]);
    assert!(e.contains("'strat'") && e.contains("'start'"), "{e}");
}
