//! The commands that print many rows (`case list`, `report overdue|due|workload|summary`, and
//! `kasus` alone at a terminal) print exactly what they printed before they streamed (issue
//! 19): a small but varied register built by flags, each command's output compared with the
//! files in `tests/expected/streaming/`, written by the code before the change. After a change
//! meant to alter an output, regenerate them with
//!
//!     KASUS_REGENERATE=1 cargo test --test streaming_same
//!
//! and read the diff.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::Reg;
use std::path::PathBuf;

fn expected_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/streaming")
}

/// Registers a case by flags; returns its number.
fn intake(reg: &Reg, sop: &str, name: &str, age: &str, reported: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "intake",
        "--sop",
        sop,
        "--channel",
        "datang-langsung",
        "--victim-name",
        name,
        "--victim-sex",
        "P",
        "--victim-age",
        age,
        "--violence",
        "fisik",
        "--reported-at",
        reported,
    ];
    // A flag of `extra` replaces the standard one.
    for pair in extra.chunks(2) {
        match args.iter().position(|a| *a == pair[0]) {
            Some(i) => args[i + 1] = pair[1],
            None => args.extend_from_slice(pair),
        }
    }
    args.push("--json");
    common::number(&reg.ok(&args))
}

/// Several SOPs, open and closed cases, running steps over their standard and within it, a
/// paused step, a step on the 24/7 clock, idle cases, staff with assignments, cases of four
/// months (December to March), children and adults, services and perpetrators. "Now" is the
/// builder's: Monday 2 March 2026, 12:00 WIB.
fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "staff",
        "add",
        "Agus Contoh",
        "--role",
        "Petugas Layanan PPA",
    ]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Sari Contoh", "--role", "Satgas PPA"]);
    // 1: December, Babel, an emergency of high risk, a child; closed in February.
    let c1 = intake(
        &reg,
        "babel-18-2024",
        "Ani Contoh",
        "9",
        "2025-12-15 10:00",
        &[
            "--urgency",
            "darurat",
            "--risk",
            "tinggi",
            "--place",
            "sekolah",
            "--perpetrator-name",
            "Budi Contoh",
            "--perpetrator-relation",
            "guru",
            "--incident-date",
            "2025-12-10",
        ],
    );
    reg.ok(&[
        "case",
        "service",
        &c1,
        "--type",
        "kesehatan",
        "--at",
        "2025-12-16 09:00",
    ]);
    reg.ok(&[
        "case",
        "close",
        &c1,
        "--reason",
        "selesai",
        "--at",
        "2026-02-20 10:00",
    ]);
    // 2: January, Batam, nothing started: idle for weeks.
    let _c2 = intake(
        &reg,
        "batam-34-2020",
        "Citra Contoh",
        "34",
        "2026-01-05 09:00",
        &["--channel", "telepon"],
    );
    // 3: February, Batam, a child; step 2 running since 10 February, over its standard.
    let c3 = intake(
        &reg,
        "batam-34-2020",
        "Eka Contoh",
        "10",
        "2026-02-10 08:00",
        &["--risk", "sedang", "--place", "rumah-tangga"],
    );
    reg.ok(&[
        "assign",
        &c3,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    reg.ok(&["step", "start", &c3, "--at", "2026-02-10 08:05"]);
    reg.ok(&["step", "finish", &c3, "--at", "2026-02-10 08:09"]);
    reg.ok(&[
        "step",
        "start",
        &c3,
        "--at",
        "2026-02-10 09:00",
        "--by",
        "Rina Contoh",
    ]);
    // 4: February, Tangerang 713, step 1 running, held by its assignee (no performer named).
    let c4 = intake(
        &reg,
        "tangerang-713-2025",
        "Fitri Contoh",
        "27",
        "2026-02-20 13:00",
        &[
            "--perpetrator-name",
            "Gani Contoh",
            "--perpetrator-relation",
            "suami-istri",
        ],
    );
    reg.ok(&[
        "assign",
        &c4,
        "--to",
        "Agus Contoh",
        "--role",
        "Petugas Layanan PPA",
    ]);
    reg.ok(&["step", "start", &c4, "--at", "2026-02-20 13:10"]);
    // 5: February, Batam, closed after its first steps.
    let c5 = intake(
        &reg,
        "batam-34-2020",
        "Hana Contoh",
        "40",
        "2026-02-03 08:00",
        &["--channel", "surat"],
    );
    reg.ok(&["step", "start", &c5, "--at", "2026-02-03 08:10"]);
    reg.ok(&["step", "finish", &c5, "--at", "2026-02-03 08:14"]);
    reg.ok(&[
        "case",
        "service",
        &c5,
        "--type",
        "pengaduan",
        "--at",
        "2026-02-03 09:00",
    ]);
    reg.ok(&[
        "case",
        "close",
        &c5,
        "--reason",
        "dirujuk",
        "--at",
        "2026-03-02 09:00",
    ]);
    // 6: the hotline (tangerang-357-2025, 24/7), reported last night, step 1 running since.
    let c6 = reg.hotline_case("2026-03-01 22:00");
    reg.ok(&[
        "step",
        "start",
        &c6,
        "--at",
        "2026-03-01 22:10",
        "--by",
        "Sari Contoh",
    ]);
    // 7: March, Batam, step 2 running within its standard, by Rina.
    let c7 = intake(
        &reg,
        "batam-34-2020",
        "Indah Contoh",
        "22",
        "2026-03-02 08:00",
        &[],
    );
    reg.ok(&[
        "assign",
        &c7,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    reg.ok(&["step", "start", &c7, "--at", "2026-03-02 08:01"]);
    reg.ok(&["step", "finish", &c7, "--at", "2026-03-02 08:04"]);
    reg.ok(&[
        "step",
        "start",
        &c7,
        "--at",
        "2026-03-02 11:30",
        "--by",
        "Rina Contoh",
    ]);
    // 8: March, Batam, step 2 paused while waiting for an agency.
    let c8 = intake(
        &reg,
        "batam-34-2020",
        "Joko Contoh",
        "15",
        "2026-03-02 08:30",
        &[],
    );
    reg.ok(&["step", "start", &c8, "--at", "2026-03-02 08:31"]);
    reg.ok(&["step", "finish", &c8, "--at", "2026-03-02 08:40"]);
    reg.ok(&[
        "step",
        "start",
        &c8,
        "--at",
        "2026-03-02 09:00",
        "--by",
        "Dewi Contoh",
    ]);
    reg.ok(&[
        "step",
        "pause",
        &c8,
        "--reason",
        "waiting-agency",
        "--at",
        "2026-03-02 09:20",
    ]);
    // 9: late February, Batam, its first step done, nothing running: idle under a week.
    let c9 = intake(
        &reg,
        "batam-34-2020",
        "Kartika Contoh",
        "50",
        "2026-02-26 14:00",
        &["--channel", "online", "--violence", "psikis,seksual"],
    );
    reg.ok(&["step", "start", &c9, "--at", "2026-02-26 14:05"]);
    reg.ok(&["step", "finish", &c9, "--at", "2026-02-26 14:08"]);
    reg.ok(&[
        "assign",
        &c9,
        "--to",
        "Dewi Contoh",
        "--role",
        "Staff Penerima",
    ]);
    reg
}

/// Each command whose output is compared: (file name, arguments).
fn commands() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = vec![
        ("case_list_table", vec!["case", "list"]),
        ("case_list_table_id", vec!["case", "list", "--lang", "id"]),
        ("case_list_csv", vec!["case", "list", "--format", "csv"]),
        ("case_list_json", vec!["case", "list", "--format", "json"]),
        (
            "case_list_ndjson",
            vec!["case", "list", "--format", "ndjson"],
        ),
        (
            "case_list_open_batam_csv",
            vec![
                "case",
                "list",
                "--status",
                "open",
                "--sop",
                "batam-34-2020",
                "--format",
                "csv",
            ],
        ),
        (
            "case_list_closed",
            vec!["case", "list", "--status", "closed"],
        ),
        (
            "case_list_february_child",
            vec![
                "case", "list", "--period", "2026-02", "--child", "--format", "csv",
            ],
        ),
        (
            "case_list_assignee",
            vec![
                "case",
                "list",
                "--assignee",
                "Rina Contoh",
                "--format",
                "ndjson",
            ],
        ),
        (
            "case_list_overdue",
            vec!["case", "list", "--overdue", "--format", "csv"],
        ),
        (
            "case_list_idle",
            vec!["case", "list", "--idle", "7", "--format", "csv"],
        ),
        (
            "case_list_step2",
            vec!["case", "list", "--step", "2", "--format", "csv"],
        ),
        (
            "case_list_search",
            vec!["case", "list", "--search", "contoh", "--format", "csv"],
        ),
        (
            "case_list_urgent",
            vec!["case", "list", "--urgency", "darurat", "--risk", "tinggi"],
        ),
        (
            "case_list_columns",
            vec!["case", "list", "--columns", "case_number,status,sop_code"],
        ),
        ("overdue_table", vec!["report", "overdue"]),
        (
            "overdue_table_id",
            vec!["report", "overdue", "--lang", "id"],
        ),
        ("overdue_csv", vec!["report", "overdue", "--format", "csv"]),
        (
            "overdue_json",
            vec!["report", "overdue", "--format", "json"],
        ),
        (
            "overdue_ndjson",
            vec!["report", "overdue", "--format", "ndjson"],
        ),
        (
            "overdue_wall_csv",
            vec!["report", "overdue", "--basis", "wall", "--format", "csv"],
        ),
        (
            "overdue_batam_idle30",
            vec![
                "report",
                "overdue",
                "--sop",
                "batam-34-2020",
                "--idle",
                "30",
                "--format",
                "csv",
            ],
        ),
        (
            "overdue_at_evening",
            vec![
                "report",
                "overdue",
                "--at",
                "2026-03-02 17:00",
                "--format",
                "csv",
            ],
        ),
        ("due_table", vec!["report", "due"]),
        ("due_table_id", vec!["report", "due", "--lang", "id"]),
        ("due_csv", vec!["report", "due", "--format", "csv"]),
        ("due_json", vec!["report", "due", "--format", "json"]),
        (
            "due_within",
            vec!["report", "due", "--within", "2 jam", "--format", "csv"],
        ),
        (
            "due_batam_at",
            vec![
                "report",
                "due",
                "--sop",
                "batam-34-2020",
                "--at",
                "2026-03-02 15:00",
                "--format",
                "json",
            ],
        ),
        ("workload_table", vec!["report", "workload"]),
        (
            "workload_table_id",
            vec!["report", "workload", "--lang", "id"],
        ),
        (
            "workload_csv",
            vec!["report", "workload", "--format", "csv"],
        ),
        (
            "workload_json",
            vec!["report", "workload", "--format", "json"],
        ),
        (
            "workload_batam",
            vec![
                "report",
                "workload",
                "--sop",
                "batam-34-2020",
                "--format",
                "csv",
            ],
        ),
        (
            "summary_month_table",
            vec!["report", "summary", "--period", "2026-02"],
        ),
        (
            "summary_month_table_id",
            vec!["report", "summary", "--period", "2026-02", "--lang", "id"],
        ),
        (
            "summary_month_csv",
            vec![
                "report", "summary", "--period", "2026-03", "--format", "csv",
            ],
        ),
        (
            "summary_year_json",
            vec!["report", "summary", "--period", "2026", "--format", "json"],
        ),
        (
            "summary_2025_csv",
            vec!["report", "summary", "--period", "2025", "--format", "csv"],
        ),
        (
            "summary_all_ndjson",
            vec!["report", "summary", "--format", "ndjson"],
        ),
        (
            "summary_batam_csv",
            vec![
                "report",
                "summary",
                "--period",
                "2026-Q1",
                "--sop",
                "batam-34-2020",
                "--format",
                "csv",
            ],
        ),
    ];
    out.sort_by_key(|c| c.0);
    out
}

/// `kasus` alone in a pseudo-terminal, as `actor` in `lang`: the screen, escapes and carriage
/// returns removed.
fn status_view(reg: &Reg, actor: &str, lang: &str) -> String {
    use expectrl::Session;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kasus"));
    cmd.env_clear()
        .env("KASUS_DB", reg.db())
        .env("KASUS_ACTOR", actor)
        .env("KASUS_NOW", &reg.now)
        .env("KASUS_LANG", lang)
        .env("NO_COLOR", "1")
        .env("HOME", reg.dir.path())
        .env("TERM", "xterm-256color")
        .current_dir(reg.dir.path());
    let mut session = Session::spawn(cmd).expect("spawn in a PTY");
    let mut raw = Vec::new();
    let _ = std::io::Read::read_to_end(&mut session, &mut raw);
    pty::plain(&raw).replace('\r', "")
}

/// The text with every UUID (random, made at each run) replaced by `<uuid>`.
fn masked(text: &str) -> String {
    let b = text.as_bytes();
    let shape = |at: usize| {
        b.len() >= at + 36
            && (0..36).all(|i| match i {
                8 | 13 | 18 | 23 => b[at + i] == b'-',
                _ => b[at + i].is_ascii_hexdigit(),
            })
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if text.is_char_boundary(i) && shape(i) {
            out.push_str("<uuid>");
            i += 36;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Compares `got` (its UUIDs masked) with the expected file `name` (or writes it with KASUS_REGENERATE=1);
/// returns a line for each difference.
fn check(name: &str, got: &str, regenerate: bool, failures: &mut Vec<String>) {
    let path = expected_dir().join(format!("{name}.txt"));
    let got = &masked(got);
    if regenerate {
        std::fs::create_dir_all(expected_dir()).unwrap();
        std::fs::write(&path, got).unwrap();
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(want) if want == *got => {}
        Ok(want) => failures.push(format!(
            "{name}: differs from {}\n--- expected\n{want}\n--- got\n{got}",
            path.display()
        )),
        Err(e) => failures.push(format!("{name}: {} ({e})", path.display())),
    }
}

#[test]
fn streaming_commands_print_what_they_printed_before() {
    let regenerate = std::env::var_os("KASUS_REGENERATE").is_some();
    let reg = register();
    let mut failures = Vec::new();
    let mut names = Vec::new();
    for (name, args) in commands() {
        let o = reg.run(&args);
        assert_eq!(o.code, 0, "kasus {args:?}:\n{}{}", o.stdout, o.stderr);
        // Piped output is complete: nothing is said on stderr.
        assert_eq!(o.stderr, "", "kasus {args:?}");
        check(name, &o.stdout, regenerate, &mut failures);
        names.push(name.to_string());
    }
    {
        let _one = pty::serial();
        for (name, actor, lang) in [
            ("status_en", "tester", "en"),
            ("status_id", "tester", "id"),
            ("status_actor_en", "Rina Contoh", "en"),
            ("status_actor_id", "Rina Contoh", "id"),
        ] {
            check(
                name,
                &status_view(&reg, actor, lang),
                regenerate,
                &mut failures,
            );
            names.push(name.to_string());
        }
    }
    // No expected file is left over from a command no longer run.
    let mut files: Vec<String> = std::fs::read_dir(expected_dir())
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".txt")
                .to_string()
        })
        .collect();
    files.sort();
    names.sort();
    assert_eq!(files, names, "tests/expected/streaming/ holds other files");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `case list` at a terminal shows the first 200 cases and says on stderr how to get them all;
/// piped, every case (no note); in Indonesian too.
#[test]
fn a_table_at_a_terminal_stops_at_200_rows_and_says_so() {
    use expectrl::Session;
    let reg = common::with_cases(205);
    let piped = reg.run(&["case", "list"]);
    assert_eq!(piped.stdout.lines().count(), 205 + 4, "{}", piped.stdout);
    assert_eq!(piped.stderr, "");
    let _one = pty::serial();
    for (lang, note) in [
        (
            "en",
            "The first 200 of 205 cases are shown at the terminal; --format csv (or a pipe, or --out FILE) gives every one",
        ),
        (
            "id",
            "200 kasus pertama dari 205 ditampilkan di terminal; --format csv (atau pipa, atau --out BERKAS) memberi semuanya",
        ),
    ] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kasus"));
        cmd.args(["case", "list"])
            .env_clear()
            .env("KASUS_DB", reg.db())
            .env("KASUS_ACTOR", "tester")
            .env("KASUS_NOW", &reg.now)
            .env("KASUS_LANG", lang)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "120")
            .env("HOME", reg.dir.path())
            .env("TERM", "xterm-256color")
            .current_dir(reg.dir.path());
        let mut session = Session::spawn(cmd).expect("spawn in a PTY");
        let mut raw = Vec::new();
        let _ = std::io::Read::read_to_end(&mut session, &mut raw);
        let screen = pty::plain(&raw).replace('\r', "");
        assert!(screen.contains("PPA/2026/0200"), "{screen}");
        assert!(!screen.contains("PPA/2026/0201"), "{screen}");
        // The note wraps at the terminal's width: its line breaks read as spaces.
        assert!(screen.replace('\n', " ").contains(note), "{screen}");
        let rows = screen.lines().filter(|l| l.contains("PPA/2026/")).count();
        assert_eq!(rows, 200, "{screen}");
    }
}
