//! Issue 10, text that breaks what reads it: times and dates outside the accepted ranges, control
//! characters and over-long values, on every way in (flags, bulk files). Each is refused with
//! exit 3, a message that names the field and the range or limit (never the value), and a
//! register unchanged byte for byte.

mod common;

use common::Reg;

/// A register with the standard case and a staff member, for the commands that need a case.
fn with_case() -> (Reg, String) {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let case = reg.batam_case(&["--victim-birth-date", "1994-05-01"]);
    (reg, case)
}

/// A register that exists, with nothing in it but the built-in SOPs.
fn empty() -> Reg {
    let reg = Reg::new();
    reg.ok(&["sop", "list", "--format", "csv"]);
    reg
}

/// The standard intake with `extra` flags: a flag it has already takes the new value.
fn intake(extra: &[&str]) -> Vec<String> {
    common::standard_intake(extra)
        .into_iter()
        .map(str::to_string)
        .collect()
}

fn refused(reg: &Reg, args: &[String]) -> String {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    reg.refused(&a, 3)
}

#[track_caller]
fn has(err: &str, words: &[&str]) {
    for w in words {
        assert!(err.contains(w), "expected {w:?} in:\n{err}");
    }
}

fn write(reg: &Reg, name: &str, text: &str) -> String {
    let p = reg.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

const HEADER: &str =
    "sop,reported_at,channel,victim_name,victim_sex,victim_age,violence,chronology\n";

// ------------------------------------------------------------------ times and dates

#[test]
fn a_year_0_report_time_is_refused_with_the_range() {
    let reg = empty();
    for t in [
        "0000-01-01 00:00",
        "1999-12-31 23:59",
        "0001-01-01T00:00:00Z",
    ] {
        let err = refused(&reg, &intake(&["--reported-at", t]));
        has(
            &err,
            &[
                "--reported-at is before 2000-01-01",
                "from 2000-01-01 00:00 (WIB) up to now (2026-03-02 12:00 WIB)",
            ],
        );
    }
    // The first minute of 2000 is accepted, and numbers the case in its year.
    let mut args = intake(&["--reported-at", "2000-01-01 00:00"]);
    args.push("--json".into());
    let out = reg.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.contains("PPA/2000/0001"), "{out}");
}

#[test]
fn a_future_report_time_says_the_range_too() {
    let reg = empty();
    let err = refused(&reg, &intake(&["--reported-at", "2026-03-02 12:01"]));
    has(
        &err,
        &[
            "--reported-at is in the future (now is 2026-03-02 12:00 WIB)",
            "from 2000-01-01 00:00",
        ],
    );
}

#[test]
fn a_birth_date_before_1900_is_refused() {
    let reg = empty();
    let err = refused(&reg, &intake(&["--victim-birth-date", "1899-12-31"]));
    has(
        &err,
        &[
            "--victim-birth-date is before 1900-01-01",
            "from 1900-01-01 up to the report date",
        ],
    );
    assert!(!err.contains("1899"), "the date typed is echoed: {err}");
    // The standard case's age, 30, made the birth date's (126 on the report date).
    reg.ok(
        &intake(&["--victim-birth-date", "1900-01-01", "--victim-age", "126"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
}

#[test]
fn an_incident_before_the_victims_birth_is_refused_but_decades_later_reports_are_not() {
    let reg = empty();
    let err = refused(
        &reg,
        &intake(&[
            "--victim-birth-date",
            "1994-05-01",
            "--incident-date",
            "1994-04-30",
        ]),
    );
    has(
        &err,
        &[
            "--incident-date is before the victim's birth date",
            "from the victim's birth date",
            "up to the report date",
        ],
    );
    assert!(!err.contains("1994"), "a date is echoed: {err}");
    // Without a birth date, the floor is 1900.
    let err = refused(&reg, &intake(&["--incident-date", "1899-06-01"]));
    has(&err, &["--incident-date is before 1900-01-01"]);
    // Abuse in childhood reported 24 years later is a case like any other.
    reg.ok(&intake(&[
        "--victim-birth-date",
        "1994-05-01",
        "--incident-date",
        "2002-01-01",
    ])
    .iter()
    .map(String::as_str)
    .collect::<Vec<_>>());
}

#[test]
fn case_edit_checks_the_incident_date_against_the_birth_date_and_the_report() {
    let (reg, case) = with_case();
    let err = reg.refused(&["case", "edit", &case, "--incident-date", "1990-01-01"], 3);
    has(&err, &["--incident-date is before the victim's birth date"]);
    let err = reg.refused(&["case", "edit", &case, "--incident-date", "2026-03-03"], 3);
    has(&err, &["--incident-date is after the report date"]);
    reg.ok(&[
        "case",
        "edit",
        &case,
        "--incident-date",
        "2010-07-01",
        "--reason",
        "salah ketik",
    ]);
}

#[test]
fn a_step_consent_or_assignment_time_before_2000_is_refused() {
    let (reg, case) = with_case();
    let err = reg.refused(&["step", "start", &case, "--at", "1999-03-02 08:05"], 3);
    has(
        &err,
        &[
            "--at is before 2000-01-01",
            "from 2000-01-01 00:00",
            "up to now",
        ],
    );
    let err = reg.refused(
        &[
            "consent",
            &case,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "layanan",
            "--method",
            "tertulis",
            "--at",
            "0000-01-01 00:00",
        ],
        3,
    );
    has(&err, &["--at is before 2000-01-01"]);
    let err = reg.refused(
        &["assign", &case, "--to", "Rina Contoh", "--at", "1970-01-01"],
        3,
    );
    has(&err, &["--at is before 2000-01-01"]);
}

#[test]
fn a_step_import_time_before_2000_names_line_and_column() {
    let (reg, case) = with_case();
    let f = write(
        &reg,
        "s.csv",
        &format!("case,step,started_at,finished_at\n{case},1,1926-03-02 08:05,2026-03-02 08:10\n"),
    );
    let err = reg.refused(&["step", "import", &f], 3);
    has(
        &err,
        &[
            "line 2, column started_at",
            "started_at is before 2000-01-01",
        ],
    );
}

// ------------------------------------------------------------------ control characters

#[test]
fn esc_and_bel_in_a_name_flag_are_refused_without_printing_them() {
    let reg = empty();
    for (bad, name) in [
        ("Siti\u{1b}[2J Contoh", "U+001B ESC"),
        ("Siti\u{7} Contoh", "U+0007 BEL"),
        ("Siti\tContoh", "U+0009 TAB"),
    ] {
        let err = refused(&reg, &intake(&["--victim-name", bad]));
        has(
            &err,
            &[
                "--victim-name holds a control character",
                name,
                "character 5",
                "one-line field",
            ],
        );
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{7}') && !err.contains("Siti"),
            "the value is echoed: {err:?}"
        );
    }
}

#[test]
fn control_characters_are_refused_on_the_other_commands_too() {
    let (reg, case) = with_case();
    let esc = "Rina\u{1b}Contoh";
    for (args, words) in [
        (
            vec!["staff", "add", esc, "--role", "Staff Penerima"],
            "NAME holds a control character",
        ),
        (
            vec!["step", "start", &case, "--by", esc],
            "--by holds a control character",
        ),
        (
            vec!["step", "start", &case, "--note", "catatan\u{7}"],
            "--note holds a control character",
        ),
        (
            vec![
                "consent",
                &case,
                "--given-by",
                esc,
                "--relation",
                "self",
                "--scope",
                "layanan",
                "--method",
                "tertulis",
            ],
            "--given-by holds a control character",
        ),
        (
            vec!["assign", &case, "--to", esc],
            "--to holds a control character",
        ),
        (
            vec!["case", "edit", &case, "--victim-phone", "0812\u{1b}"],
            "--victim-phone holds a control character",
        ),
        (
            vec![
                "case",
                "service",
                &case,
                "--type",
                "kesehatan",
                "--provider",
                esc,
            ],
            "--provider holds a control character",
        ),
    ] {
        let err = reg.refused(&args, 3);
        has(&err, &[words]);
        assert!(!err.contains('\u{1b}'), "{err:?}");
    }
    // Free text keeps its tabs and line breaks.
    reg.ok(&["step", "start", &case, "--note", "baris 1\n\tbaris 2"]);
    let err = reg.refused(&["step", "finish", &case, "--output", "hasil\u{1b}[0m"], 3);
    has(
        &err,
        &[
            "--output holds a control character",
            "takes tabs and line breaks but no other control characters",
        ],
    );
}

#[test]
fn a_control_character_in_a_csv_cell_names_line_and_column() {
    let reg = empty();
    let f = write(
        &reg,
        "in.csv",
        &format!(
            "{HEADER}\
             batam-34-2020,2026-03-01 08:00,datang-langsung,Siti Contoh,P,30,fisik,\n\
             batam-34-2020,2026-03-01 09:00,datang-langsung,Ani\u{0}Contoh,P,30,fisik,\n\
             batam-34-2020,2026-03-01 10:00,datang-langsung,Dewi Contoh,P,30,fisik,\"ok\nesc\u{1b}\"\n"
        ),
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    has(
        &err,
        &[
            "line 3, column victim_name: victim_name holds a control character (U+0000 NUL",
            "line 4, column chronology: chronology holds a control character (U+001B ESC",
            "nothing was added",
        ],
    );
    assert!(!err.contains("Ani") && !err.contains('\0'), "{err:?}");
}

#[test]
fn a_nul_in_a_jsonl_value_and_in_a_step_import_cell_is_refused() {
    let (reg, case) = with_case();
    let f = write(
        &reg,
        "in.jsonl",
        "{\"sop\":\"batam-34-2020\",\"channel\":\"telepon\",\"victim_name\":\"Ani\\u0000Contoh\",\
         \"victim_sex\":\"P\",\"victim_age\":30,\"violence\":\"fisik\"}\n",
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    has(&err, &["line 1, column victim_name", "U+0000 NUL"]);
    let f = write(
        &reg,
        "s.csv",
        &format!(
            "case,step,started_at,finished_at,note\n\
             {case},1,2026-03-02 08:05,2026-03-02 08:10,catatan\u{0}\n"
        ),
    );
    let err = reg.refused(&["step", "import", &f], 3);
    has(
        &err,
        &["line 2, column note", "note holds a control character"],
    );
}

// ------------------------------------------------------------------ lengths

#[test]
fn a_1_mb_name_is_refused_with_the_limit() {
    let reg = empty();
    // A command-line argument is capped at 128 KiB by Linux: the megabyte comes in a file.
    let big = "A".repeat(1 << 20);
    let f = write(
        &reg,
        "big.csv",
        &format!("{HEADER}batam-34-2020,2026-03-01 08:00,datang-langsung,{big},P,30,fisik,\n"),
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    has(
        &err,
        &[
            "line 2, column victim_name: victim_name is too long: 1048576 characters, the limit is 200",
        ],
    );
    assert!(err.len() < 2000, "the value is echoed: {} bytes", err.len());
    // By flag: one character over the limit.
    let err = refused(&reg, &intake(&["--victim-name", &"é".repeat(201)]));
    has(
        &err,
        &["--victim-name is too long: 201 characters, the limit is 200"],
    );
    reg.ok(&intake(&["--victim-name", &"é".repeat(200)])
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
}

#[test]
fn free_text_and_phone_limits() {
    let (reg, case) = with_case();
    let err = reg.refused(
        &["case", "edit", &case, "--chronology", &"x".repeat(10_001)],
        3,
    );
    has(
        &err,
        &["--chronology is too long: 10001 characters, the limit is 10000"],
    );
    let err = reg.refused(
        &["case", "edit", &case, "--victim-phone", &"1".repeat(31)],
        3,
    );
    has(
        &err,
        &["--victim-phone is too long: 31 characters, the limit is 30"],
    );
    let err = reg.refused(
        &[
            "step",
            "skip",
            &case,
            "--step",
            "2",
            "--reason",
            &"y".repeat(10_001),
        ],
        3,
    );
    has(&err, &["--reason is too long", "the limit is 10000"]);
}

#[test]
fn the_messages_come_in_bahasa_indonesia_too() {
    let reg = empty();
    let mut args = intake(&["--reported-at", "0000-01-01 00:00"]);
    args.extend(["--lang".into(), "id".into()]);
    let err = refused(&reg, &args);
    has(
        &err,
        &["--reported-at sebelum 2000-01-01", "sampai sekarang"],
    );
    let mut args = intake(&["--victim-name", "Siti\u{1b}Contoh"]);
    args.extend(["--lang".into(), "id".into()]);
    let err = refused(&reg, &args);
    has(&err, &["--victim-name berisi karakter kontrol (U+001B ESC"]);
}
