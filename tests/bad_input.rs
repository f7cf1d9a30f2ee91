//! Bad input, as one table: each row is a command with a bad value, the exit code and the words
//! its message must hold, and the check that nothing changed (every row of the register, and
//! the bytes of every bad file given). The rows run in one loop. Many of these refusals have
//! their own, more detailed test in tests/refusals.rs and tests/sop_and_register.rs; here they
//! stand side by side. (Bad CSV files for `intake --from` are tested with the bulk intake.)

mod common;

use common::{at, number, Engine, Reg};
use rusqlite::Connection;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// One row of the table.
struct Bad {
    what: String,
    args: Vec<String>,
    code: i32,
    says: Vec<&'static str>,
}

fn intake(reg: &Reg, sop: &str, name: &str) -> String {
    number(&reg.ok(&[
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
        "30",
        "--violence",
        "fisik",
        "--reported-at",
        &at("08:00"),
        "--json",
    ]))
}

fn consent(reg: &Reg, case: &str, hm: &str) {
    reg.ok(&[
        "consent",
        case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        &at(hm),
    ]);
}

/// The cases the table refers to.
struct Cases {
    /// batam-34-2020: step 1 finished, nothing running (the next step is 2).
    batam: String,
    /// tangerang-713-2025: step 1 (its consent gate) running, no consent recorded.
    no_consent: String,
    /// tangerang-713-2025: consent given then withdrawn, step 1 running.
    withdrawn: String,
    /// batam-34-2020, closed.
    closed: String,
}

fn prepare(reg: &Reg) -> Cases {
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let batam = intake(reg, "batam-34-2020", "Siti Contoh");
    reg.ok(&["step", "start", &batam, "--at", &at("08:05")]);
    reg.ok(&["step", "finish", &batam, "--at", &at("08:10")]);
    let no_consent = intake(reg, "tangerang-713-2025", "Ani Contoh");
    // Steps inside the unit need a staff member: Rina Contoh does them.
    reg.ok(&[
        "step",
        "start",
        &no_consent,
        "--at",
        &at("08:05"),
        "--by",
        "Rina Contoh",
    ]);
    let withdrawn = intake(reg, "tangerang-713-2025", "Dewi Contoh");
    consent(reg, &withdrawn, "08:01");
    reg.ok(&[
        "consent",
        "withdraw",
        &withdrawn,
        "--scope",
        "layanan",
        "--at",
        &at("08:02"),
    ]);
    reg.ok(&[
        "step",
        "start",
        &withdrawn,
        "--at",
        &at("08:05"),
        "--by",
        "Rina Contoh",
    ]);
    let closed = intake(reg, "batam-34-2020", "Ayu Contoh");
    reg.ok(&["case", "close", &closed, "--at", &at("09:00")]);
    Cases {
        batam,
        no_consent,
        withdrawn,
        closed,
    }
}

/// A small valid office SOP; the table breaks it one way at a time.
const SOP: &str = r#"format = 1
code = "contoh-1-2026"
name = "Contoh Penanganan Pengaduan"
office = "UPTD PPA Contoh"
number = "1/CONTOH/2026"

[[roles]]
name = "Staf Penerima"

[[steps]]
number = 1
activity = "Menerima pengaduan korban"
roles = ["Staf Penerima"]
time = "5 menit"

[[steps]]
number = 3
activity = "Memeriksa kelengkapan laporan"
roles = ["Staf Penerima"]
time = "30 menit"
[steps.decision]
question = "Laporan lengkap?"
return_to = 1
"#;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

/// Bad register files, made from a copy of the real one (on PostgreSQL, of a SQLite register
/// prepared the same: the files are given with `--db` whatever the test's engine): returns
/// their paths by kind.
fn bad_registers(reg: &Reg, dir: &Path) -> [(&'static str, String); 5] {
    let file_reg;
    let reg = match reg.engine() {
        Engine::Sqlite => reg,
        Engine::Postgres => {
            file_reg = Reg::on(Engine::Sqlite);
            prepare(&file_reg);
            &file_reg
        }
    };
    let good = std::fs::read(reg.path()).unwrap();
    assert!(
        good.len() > 64 * 1024,
        "the register is too small to damage in the middle"
    );
    // Damaged pages in the middle (the header and schema intact).
    let mut corrupt = good.clone();
    for b in &mut corrupt[8192..good.len() / 2] {
        *b = 0xA5;
    }
    let truncated = &good[..good.len() / 2];
    let newer = write(dir, "newer.db", &good);
    {
        let c = Connection::open(&newer).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let other = dir.join("other.db");
    {
        let c = Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            .unwrap();
    }
    [
        ("corrupt", write(dir, "corrupt.db", &corrupt)),
        ("truncated", write(dir, "truncated.db", truncated)),
        ("newer", newer),
        (
            "not SQLite",
            write(dir, "notes.txt", b"Catatan rapat, bukan register.\n"),
        ),
        (
            "another program's SQLite",
            other.to_str().unwrap().to_string(),
        ),
    ]
}

fn table(reg: &Reg, c: &Cases, dir: &Path) -> Vec<Bad> {
    let mut t = Vec::new();
    let intake_with = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = [
            "intake",
            "--sop",
            "batam-34-2020",
            "--channel",
            "datang-langsung",
            "--victim-name",
            "Nur Contoh",
            "--victim-sex",
            "P",
            "--violence",
            "fisik",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for pair in extra.chunks(2) {
            // A flag given again replaces the default.
            if let Some(i) = v.iter().position(|a| a == pair[0]) {
                v[i + 1] = pair[1].to_string();
            } else {
                v.extend(pair.iter().map(|s| s.to_string()));
            }
        }
        if !v
            .iter()
            .any(|a| a == "--victim-age" || a == "--victim-birth-date")
        {
            v.extend(["--victim-age".to_string(), "30".to_string()]);
        }
        v
    };
    let mut push = |what: &str, args: Vec<String>, code: i32, says: &[&'static str]| {
        t.push(Bad {
            what: what.to_string(),
            args,
            code,
            says: says.to_vec(),
        })
    };

    // NIK
    for (what, nik) in [
        ("NIK of 15 digits", "317101234567890"),
        ("NIK of 17 digits", "31710123456789012"),
        ("NIK with letters", "31710123456789AB"),
    ] {
        push(
            what,
            intake_with(&["--victim-nik", nik]),
            3,
            &["exactly 16 digits"],
        );
    }
    // Dates and times that do not exist, and times in the future
    push(
        "birth date 30 February",
        intake_with(&["--victim-birth-date", "1994-02-30"]),
        3,
        &["not a date that exists"],
    );
    push(
        "incident date in month 13",
        intake_with(&["--incident-date", "2025-13-01"]),
        3,
        &["--incident-date"],
    );
    push(
        "report time 30 February",
        intake_with(&["--reported-at", "2026-02-30 08:00"]),
        3,
        &[
            "--reported-at is not a time: use \"YYYY-MM-DD HH:MM\"",
            "\"YYYY-MM-DD HH:MM\"",
        ],
    );
    push(
        "report time 25:00",
        intake_with(&["--reported-at", "2026-03-01 25:00"]),
        3,
        &["--reported-at is not a time: use \"YYYY-MM-DD HH:MM\""],
    );
    push(
        "report time in the future",
        intake_with(&["--reported-at", "2026-03-02 13:00"]),
        3,
        &["--reported-at is in the future (now is"],
    );
    push(
        "step time in the future",
        vec![
            "step".into(),
            "start".into(),
            c.batam.clone(),
            "--at".into(),
            "2026-03-03 08:00".into(),
        ],
        3,
        &["--at is in the future (now is"],
    );
    push(
        "step time that does not exist",
        vec![
            "step".into(),
            "start".into(),
            c.batam.clone(),
            "--at".into(),
            "2026-02-29 08:00".into(),
        ],
        3,
        &["--at is not a time: use \"YYYY-MM-DD HH:MM\""],
    );
    // Unknown things
    push(
        "unknown SOP",
        intake_with(&["--sop", "batam-99-2020"]),
        3,
        &["unknown SOP", "did you mean 'batam-34-2020'"],
    );
    for (what, args) in [
        (
            "unknown case (step)",
            vec!["step", "start", "PPA/2026/0999"],
        ),
        ("unknown case (show)", vec!["case", "show", "PPA/2026/0999"]),
        (
            "unknown case (consent)",
            vec![
                "consent",
                "PPA/2026/0999",
                "--given-by",
                "X",
                "--relation",
                "self",
                "--scope",
                "layanan",
                "--method",
                "lisan",
            ],
        ),
    ] {
        push(
            what,
            args.iter().map(|s| s.to_string()).collect(),
            3,
            &["unknown case 'PPA/2026/0999'"],
        );
    }
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    push(
        "unknown staff",
        s(&["assign", &c.batam, "--to", "Rina Contih"]),
        3,
        &["unknown staff", "did you mean 'Rina Contoh'"],
    );
    push(
        "a step inside the unit with nobody to do it (no --by, no holder)",
        s(&["step", "start", &c.batam, "--at", &at("08:15")]),
        2,
        &[
            "step 2 is done inside the unit (Staff Penerima)",
            "give --by STAFF",
            "Nothing was recorded",
        ],
    );
    push(
        "unknown staff to deactivate",
        s(&["staff", "deactivate", "Nobody Contoh"]),
        3,
        &["unknown staff"],
    );
    push(
        "unknown step",
        s(&[
            "step",
            "start",
            &c.batam,
            "--step",
            "99",
            "--at",
            &at("08:20"),
        ]),
        4,
        &["no step 99", "1, 2, 3, 4, 5, 6"],
    );
    // Every out-of-order step of the batam case (its next step is 2)
    for n in [1, 3, 4, 5, 6] {
        push(
            &format!("batam step {n} out of order"),
            s(&[
                "step",
                "start",
                &c.batam,
                "--step",
                &n.to_string(),
                "--at",
                &at("08:20"),
            ]),
            4,
            &["out of order", "next step is 2"],
        );
    }
    push(
        "finish with nothing running",
        s(&["step", "finish", &c.batam, "--at", &at("08:20")]),
        4,
        &["no step", "is running"],
    );
    push(
        "skip a step that is not conditional",
        s(&[
            "step",
            "skip",
            &c.batam,
            "--reason",
            "tidak perlu",
            "--at",
            &at("08:20"),
        ]),
        4,
        &["not a conditional step"],
    );
    push(
        "decide a step that is not a decision",
        s(&[
            "step",
            "decide",
            &c.no_consent,
            "--approve",
            "--at",
            &at("08:20"),
        ]),
        4,
        &["not a decision step"],
    );
    push(
        "start a step twice",
        s(&["step", "start", &c.no_consent, "--at", &at("08:20")]),
        4,
        &["already running"],
    );
    push(
        "finish before the start",
        s(&["step", "finish", &c.no_consent, "--at", &at("08:04")]),
        4,
        &["before"],
    );
    // Consent
    push(
        "consent gate without consent",
        s(&["step", "finish", &c.no_consent, "--at", &at("08:20")]),
        4,
        &["consent gate", "kasus consent"],
    );
    push(
        "consent gate after a withdrawal",
        s(&["step", "finish", &c.withdrawn, "--at", &at("08:20")]),
        4,
        &["consent was withdrawn"],
    );
    push(
        "withdraw what was never given",
        s(&[
            "consent",
            "withdraw",
            &c.no_consent,
            "--scope",
            "layanan",
            "--at",
            &at("08:20"),
        ]),
        4,
        &["nothing to withdraw"],
    );
    // A closed case
    push(
        "a step of a closed case",
        s(&["step", "start", &c.closed, "--at", &at("09:10")]),
        4,
        &["closed"],
    );
    // SOP files
    let dup = write(
        dir,
        "dup.toml",
        SOP.replace("number = 3", "number = 1").as_bytes(),
    );
    let ret = write(
        dir,
        "return.toml",
        SOP.replace("return_to = 1", "return_to = 7").as_bytes(),
    );
    let time = write(
        dir,
        "time.toml",
        SOP.replace("\"30 menit\"", "\"tiga puluh menit\"")
            .as_bytes(),
    );
    for cmd in ["validate", "import"] {
        push(
            &format!("sop {cmd}: duplicate step numbers"),
            s(&["sop", cmd, &dup]),
            3,
            &["dup.toml", "step 1", "used twice"],
        );
        push(
            &format!("sop {cmd}: return to a missing step"),
            s(&["sop", cmd, &ret]),
            3,
            &["return.toml", "step 7", "does not exist"],
        );
        push(
            &format!("sop {cmd}: unparseable time"),
            s(&["sop", cmd, &time]),
            3,
            &["time.toml", "cannot read the time", "tiga puluh menit"],
        );
    }
    // Register files that cannot be used: left as they were
    for (kind, path) in bad_registers(reg, dir) {
        let (code, says): (i32, &[&'static str]) = match kind {
            "corrupt" => (5, &["damaged", "left untouched", "backup"]),
            "truncated" => (5, &["damaged", "left untouched", "backup"]),
            "newer" => (5, &["newer kasus", "left untouched"]),
            _ => (5, &["not a kasus register", "left untouched"]),
        };
        push(
            &format!("a register file that is {kind} (read)"),
            s(&["--db", &path, "case", "list"]),
            code,
            says,
        );
        push(
            &format!("a register file that is {kind} (write)"),
            s(&["--db", &path, "staff", "add", "Nur Contoh", "--role", "X"]),
            code,
            says,
        );
    }
    // Outputs that cannot be written
    push(
        "--out into a missing folder",
        s(&["export", "cases", "--out", "/no/such/folder/cases.csv"]),
        1,
        &["/no/such/folder"],
    );
    let folder = dir.join("a-folder");
    std::fs::create_dir_all(&folder).unwrap();
    push(
        "--out naming a folder",
        s(&["export", "cases", "--out", folder.to_str().unwrap()]),
        3,
        &["is a folder"],
    );
    // A register on a server is backed up with the server's tools, whatever the file.
    push(
        "backup into a missing folder",
        s(&["backup", "/no/such/folder/b.db"]),
        match reg.engine() {
            Engine::Sqlite => 3,
            Engine::Postgres => 4,
        },
        match reg.engine() {
            Engine::Sqlite => &["/no/such/folder", "does not exist"],
            Engine::Postgres => &[
                "is a register on a PostgreSQL server",
                "Nothing was written",
            ],
        },
    );
    t
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    v.sort();
    v
}

#[test]
fn every_bad_input_is_refused_clearly_and_changes_nothing() {
    let reg = Reg::new();
    let cases = prepare(&reg);
    let files = tempfile::tempdir().unwrap();
    let rows = table(&reg, &cases, files.path());
    let mut failures = Vec::new();
    for row in &rows {
        let args: Vec<&str> = row.args.iter().map(String::as_str).collect();
        let before = reg.state();
        let files_before = snapshot(files.path());
        let o = reg.run(&args);
        let mut wrong = Vec::new();
        if o.code != row.code {
            wrong.push(format!("exit {} (expected {})", o.code, row.code));
        }
        for w in &row.says {
            if !o.stderr.contains(w) {
                wrong.push(format!("no {w:?} in the message"));
            }
        }
        if o.stderr.contains("panicked") || o.code == 101 {
            wrong.push("a panic".into());
        }
        if reg.state() != before {
            wrong.push("the register changed".into());
        }
        if snapshot(files.path()) != files_before {
            wrong.push("a file given changed".into());
        }
        if std::env::var_os("KASUS_SHOW_TABLE").is_some() {
            eprintln!("{}: exit {}: {}", row.what, o.code, o.stderr.trim());
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {}\n    kasus {}\n    {}",
                row.what,
                wrong.join("; "),
                row.args.join(" "),
                o.stderr.trim()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} bad inputs were not handled as the table says:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// A register file set read-only (chmod 0400). Root (as in CI containers) can write any file,
/// so there only reading is checked; for another user a write fails with exit 1, saying the
/// register is read-only, and the file is unchanged.
#[test]
fn a_read_only_register_still_reads() {
    // A file's mode bits: on a server, a role that only reads is the server's grant
    // (tests/postgres_register.rs: the README's grants give reports reads only).
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    std::fs::set_permissions(reg.path(), std::fs::Permissions::from_mode(0o400)).unwrap();
    let out = reg.ok(&["staff", "list", "--format", "csv"]);
    assert!(out.contains("Rina Contoh"), "{out}");
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(true);
    if !root {
        let err = reg.refused(&["staff", "add", "Dewi Contoh", "--role", "X"], 1);
        assert!(err.contains("read-only"), "{err}");
    }
}
