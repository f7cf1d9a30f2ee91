//! The interface in Bahasa Indonesia and English: messages and table headers follow `--lang`,
//! KASUS_LANG, else the locale (LANG=id_ID...); CSV and JSON column names stay English, and
//! data values (SOP text) stay as entered.

mod common;
use common::{with_case, Engine, Reg};

/// Runs with the language chosen one of three ways.
fn run_id(reg: &Reg, how: &str, args: &[&str]) -> common::Out {
    let mut c = reg.cmd();
    match how {
        "flag" => {
            c.arg("--lang").arg("id");
        }
        "env" => {
            c.env("KASUS_LANG", "id");
        }
        _ => {
            c.env_remove("KASUS_LANG").env("LANG", "id_ID.UTF-8");
        }
    }
    let o = c.args(args).output().expect("run kasus");
    common::Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

#[test]
fn table_headers_in_both_languages_and_csv_columns_stay_english() {
    let reg = with_case();
    let en = reg.ok(&["staff", "list"]);
    assert!(en.contains("Name") && en.contains("Roles"), "{en}");
    for how in ["flag", "env", "locale"] {
        let id = run_id(&reg, how, &["staff", "list"]);
        assert!(
            id.stdout.contains("Nama") && id.stdout.contains("Peran"),
            "{how}: {id:?}"
        );
        let csv = run_id(&reg, how, &["staff", "list", "--format", "csv"]);
        assert!(
            csv.stdout.starts_with("uuid,name,active,roles"),
            "{how}: {csv:?}"
        );
        let sop = run_id(&reg, how, &["sop", "list"]);
        assert!(sop.stdout.contains("Kode"), "{how}: {sop:?}");
        // Data stays as entered.
        assert!(sop.stdout.contains("batam-34-2020"), "{how}: {sop:?}");
    }
}

#[test]
fn messages_in_both_languages() {
    let reg = with_case();
    let out = run_id(&reg, "flag", &["step", "start", "PPA/2026/0001"]);
    assert!(
        out.stdout.contains("PPA/2026/0001 mulai langkah 1"),
        "{out:?}"
    );
    let out = run_id(&reg, "env", &["step", "finish", "PPA/2026/0001"]);
    assert!(
        out.stdout
            .contains("selesai langkah 1: 0 detik, standar 5 menit: tepat waktu"),
        "{out:?}"
    );
    let en = reg.ok(&["case", "show", "PPA/2026/0001"]);
    assert!(en.contains("Step") || en.contains("step"), "{en}");
}

#[test]
fn errors_suggest_the_closest_value_in_both_languages() {
    let reg = with_case();
    let en = reg.refused(&["case", "show", "PPA/2026/001"], 3);
    assert!(
        en.contains("unknown case 'PPA/2026/001' (did you mean 'PPA/2026/0001'?)"),
        "{en}"
    );
    let id = run_id(&reg, "flag", &["case", "show", "PPA/2026/001"]);
    assert_eq!(id.code, 3);
    assert!(
        id.stderr
            .contains("kasus 'PPA/2026/001' tidak dikenal (maksud Anda 'PPA/2026/0001'?)"),
        "{id:?}"
    );
    let id = run_id(&reg, "locale", &["sop", "show", "batam-34"]);
    assert!(
        id.stderr
            .contains("SOP 'batam-34' tidak dikenal (maksud Anda 'batam-34-2020'?)"),
        "{id:?}"
    );
    let en = reg.refused(&["sop", "show", "batam-34"], 3);
    assert!(
        en.contains("unknown SOP 'batam-34'; did you mean")
            || en.contains("(did you mean 'batam-34-2020'?)"),
        "{en}"
    );
}

/// clap refuses a command line in English only: in Indonesian kasus says it again, in the same
/// shape (the message, the values it takes, the closest one, the usage, where help is).
#[test]
fn command_line_refusals_in_both_languages() {
    let reg = Reg::new();
    let en = reg.refused(&["export", "stepz"], 2);
    assert!(en.contains("invalid value 'stepz' for '<TABLE>'"), "{en}");
    assert!(en.contains("a similar value exists: 'steps'"), "{en}");
    for how in ["flag", "env", "locale"] {
        let id = run_id(&reg, how, &["export", "stepz"]);
        assert_eq!(id.code, 2, "{how}: {id:?}");
        assert!(
            id.stderr
                .contains("nilai 'stepz' untuk '<TABLE>' tidak valid")
                && id
                    .stderr
                    .contains("[nilai yang mungkin: cases, persons, steps,")
                && id
                    .stderr
                    .contains("petunjuk: ada nilai yang mirip: 'steps'")
                && id
                    .stderr
                    .contains("Untuk informasi lebih lanjut, coba '--help'."),
            "{how}: {id:?}"
        );
        assert!(!id.stderr.contains("invalid value"), "{how}: {id:?}");
    }
    let id = run_id(&reg, "flag", &["report", "overdue", "--idel", "3"]);
    assert_eq!(id.code, 2, "{id:?}");
    assert!(
        id.stderr.contains("argumen '--idel' tidak dikenal")
            && id.stderr.contains("ada argumen yang mirip: '--idle'")
            && id.stderr.contains("Penggunaan: kasus report overdue"),
        "{id:?}"
    );
    let id = run_id(&reg, "flag", &["case", "show"]);
    assert_eq!(id.code, 2, "{id:?}");
    assert!(
        id.stderr
            .contains("argumen wajib berikut belum diberikan:\n  <CASE>"),
        "{id:?}"
    );
    assert!(!id.stderr.contains("Usage:"), "{id:?}");
    // `kasus` alone, without a terminal: its usage, in Indonesian too.
    let id = run_id(&reg, "env", &[]);
    assert_eq!(id.code, 2, "{id:?}");
    assert!(
        id.stderr.contains("'kasus' perlu subperintah") && id.stderr.contains("Penggunaan: kasus"),
        "{id:?}"
    );
    assert!(!id.stderr.contains("requires a subcommand"), "{id:?}");
}

#[test]
fn help_in_both_languages() {
    let reg = Reg::new();
    let en = reg.ok(&["step", "--help"]);
    assert!(
        en.contains("Walk a case through its SOP") && en.contains("Examples:"),
        "{en}"
    );
    for how in ["flag", "env", "locale"] {
        let id = run_id(&reg, how, &["step", "--help"]);
        assert_eq!(id.code, 0, "{id:?}");
        assert!(
            id.stdout.contains("Menjalankan kasus sesuai SOP"),
            "{how}: {id:?}"
        );
        assert!(
            id.stdout.contains("Penggunaan:") && id.stdout.contains("Contoh:"),
            "{id:?}"
        );
        assert!(id.stdout.contains("Tampilkan bantuan"), "{id:?}");
    }
    // An option's default and values in Indonesian words, not clap's English brackets; the
    // help flag last, after the global options, as in English.
    let o = run_id(&reg, "flag", &["report", "overdue", "--help"]);
    let flat = o.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("[bawaan: working] [nilai: working, wall]")
            && !flat.contains("default:")
            && !flat.contains("possible values"),
        "{}",
        o.stdout
    );
    let at = |s: &str| o.stdout.find(s).unwrap();
    assert!(at("--no-input") < at("-h, --help"), "{}", o.stdout);
    let id = run_id(&reg, "flag", &["--help"]);
    assert!(
        id.stdout.contains("Register kasus untuk UPTD PPA"),
        "{id:?}"
    );
    // The environment's list says in both languages which flag wins over which variable.
    let en = reg.ok(&["--lang", "en", "--help"]);
    for flag in ["--db", "--actor", "--lang"] {
        assert!(en.contains(&format!("({flag} wins)")), "{flag}: {en}");
        assert!(
            id.stdout.contains(&format!("({flag} didahulukan)")),
            "{flag}: {}",
            id.stdout
        );
    }
}

/// Every command and subcommand has an example in its --help.
#[test]
fn every_command_has_an_example() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            let after = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !after.contains("Example") {
                missing.push(path.join(" "));
            }
            walk(sub, path, missing);
            path.pop();
        }
    }
    let mut missing = Vec::new();
    walk(&kasus::cli::Cli::command(), &mut Vec::new(), &mut missing);
    assert!(
        missing.is_empty(),
        "commands without an example in --help: {missing:?}"
    );
}

/// Every command's --help in Indonesian says its notes in Indonesian: no line of the English
/// text after the options (other than the examples, indented commands) is left as it is.
#[test]
fn every_commands_notes_are_translated() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            if let Some(h) = sub.get_after_help() {
                out.push((path.clone(), h.to_string()));
            }
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut all = Vec::new();
    walk(&kasus::cli::Cli::command(), &mut Vec::new(), &mut all);
    let reg = Reg::new();
    let mut left = Vec::new();
    for (path, after) in all {
        let mut args: Vec<&str> = vec!["--lang", "id"];
        args.extend(path.iter().map(String::as_str));
        args.push("--help");
        let id = reg.ok(&args);
        for line in after.lines() {
            // Lines of names alone read the same in both languages.
            let same = ["`kasus report case`).", "outcome, output, reason, note."];
            let prose = !line.is_empty() && !line.starts_with(' ') && !same.contains(&line);
            if prose && id.lines().any(|l| l == line) {
                left.push(format!("{}: {line}", path.join(" ")));
            }
        }
    }
    assert!(
        left.is_empty(),
        "English left in Indonesian help: {left:#?}"
    );
}

/// One failing command per translated file: in Indonesian (`--lang id`) its message holds the
/// Indonesian words, in English the English ones; both exit with the same code and change
/// nothing.
#[test]
fn failing_commands_speak_both_languages() {
    let reg = with_case();
    // A second case, closed; an assignment; a file where a backup would go.
    reg.ok(&[
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "telepon",
        "--victim-name",
        "Dewi Contoh",
        "--victim-sex",
        "P",
        "--victim-age",
        "12",
        "--violence",
        "psikis",
        "--reported-at",
        "2026-03-02 09:00",
    ]);
    reg.ok(&["case", "close", "PPA/2026/0002", "--reason", "selesai"]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh"]);
    std::fs::write(reg.dir.path().join("exists.bak"), "keep me").unwrap();
    // A file that is not a register; a register from a newer kasus; a SOP file with a
    // duplicate step number and a time that cannot be read.
    std::fs::write(reg.dir.path().join("notes.db"), "not a register at all").unwrap();
    reg.ok(&["--db", "newer.db", "sop", "list"]);
    {
        let conn = rusqlite::Connection::open(reg.dir.path().join("newer.db")).unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    std::fs::write(
        reg.dir.path().join("dup.toml"),
        "format = 1\ncode = \"contoh-1-2026\"\nname = \"Contoh\"\n\
         [[steps]]\nnumber = 1\nactivity = \"Menerima\"\ntime = \"5 menit\"\n\
         [[steps]]\nnumber = 1\nactivity = \"Memeriksa\"\ntime = \"tiga puluh menit\"\n",
    )
    .unwrap();
    // Bulk files: a row with an unknown sex, an external_ref used twice, a good file (imported
    // after the table, then again); a folder where an export's file would go.
    let header =
        "sop,channel,victim_name,victim_sex,victim_age,violence,reported_at,external_ref\n";
    let row = |name: &str, sex: &str, r: &str| {
        format!("batam-34-2020,telepon,{name},{sex},30,fisik,2026-03-02 11:00,{r}\n")
    };
    std::fs::write(
        reg.dir.path().join("bad.csv"),
        format!("{header}{}", row("Wati Contoh", "X", "BAD-1")),
    )
    .unwrap();
    std::fs::write(
        reg.dir.path().join("rep.csv"),
        format!(
            "{header}{}{}",
            row("Wati Contoh", "P", "REP-1"),
            row("Yuni Contoh", "P", "REP-1")
        ),
    )
    .unwrap();
    std::fs::write(
        reg.dir.path().join("ok.csv"),
        format!("{header}{}", row("Wati Contoh", "P", "OK-1")),
    )
    .unwrap();
    std::fs::create_dir(reg.dir.path().join("a-folder")).unwrap();
    let intake = |extra: &[&'static str]| -> Vec<&'static str> {
        let mut v = vec![
            "intake",
            "--sop",
            "batam-34-2020",
            "--channel",
            "datang-langsung",
            "--victim-name",
            "Ani Contoh",
            "--victim-sex",
            "P",
            "--victim-age",
            "30",
            "--reported-at",
            "2026-03-02 10:00",
        ];
        v.extend_from_slice(extra);
        v
    };
    // (file, command, exit code, Indonesian words, English words)
    let table: Vec<(&str, Vec<&str>, i32, &str, &str)> = vec![
        (
            "resolve.rs",
            intake(&["--violence", "fisik", "--victim-nik", "12345"]),
            3,
            "--victim-nik harus tepat 16 angka",
            "--victim-nik must be exactly 16 digits",
        ),
        (
            "intake.rs (missing fields, no terminal)",
            vec!["intake", "--sop", "batam-34-2020"],
            2,
            "kolom wajib belum diisi: --channel",
            "missing required fields: --channel",
        ),
        (
            "intake.rs (missing fields, how to fix)",
            vec!["intake", "--sop", "batam-34-2020"],
            2,
            "Berikan sebagai opsi",
            "Give them as flags",
        ),
        (
            "intake.rs (dates)",
            intake(&["--violence", "fisik", "--incident-date", "2026-03-05"]),
            3,
            "--incident-date sesudah tanggal laporan",
            "--incident-date is after the report date",
        ),
        (
            "resolve.rs (dates)",
            intake(&["--violence", "fisik", "--incident-date", "2026-02-30"]),
            3,
            "bukan tanggal yang valid",
            "is not a date that exists",
        ),
        (
            "vocab.rs",
            intake(&["--violence", "fisk"]),
            3,
            "jenis kekerasan tidak dikenal (maksud Anda 'fisik'?); pakai salah satu: fisik",
            "unknown violence type (did you mean 'fisik'?); use one of: fisik",
        ),
        (
            "config.rs (unknown key)",
            vec!["config", "get", "timezon"],
            3,
            "pengaturan 'timezon' tidak dikenal (maksud Anda 'timezone'?)",
            "unknown setting 'timezon' (did you mean 'timezone'?)",
        ),
        (
            "config.rs (bad timezone)",
            vec!["config", "set", "timezone", "GMT"],
            3,
            "pakai WIB, WITA atau WIT",
            "use WIB, WITA or WIT",
        ),
        (
            "config.rs (require-staff)",
            vec!["config", "set", "require-staff", "true"],
            4,
            "hanya bisa dinyalakan oleh staf aktif",
            "can only be switched on by an active staff member",
        ),
        // A file where the backup would go; a register on a server is backed up with the
        // server's tools, whatever the file: each engine's own refusal.
        match reg.engine() {
            Engine::Sqlite => (
                "backup.rs",
                vec!["backup", "exists.bak"],
                3,
                "exists.bak sudah ada: beri nama lain, atau tambahkan --force",
                "exists.bak already exists: give another name, or add --force",
            ),
            Engine::Postgres => (
                "backup.rs (a register on a server)",
                vec!["backup", "exists.bak"],
                4,
                "adalah register pada server PostgreSQL: cadangkan dengan alat server itu",
                "is a register on a PostgreSQL server: back it up with the server's tools",
            ),
        },
        (
            "register/cases.rs (closed case)",
            vec!["case", "close", "PPA/2026/0002"],
            4,
            "kasus PPA/2026/0002 sudah ditutup",
            "case PPA/2026/0002 is already closed",
        ),
        (
            "register/cases.rs (open case)",
            vec!["case", "reopen", "PPA/2026/0001"],
            4,
            "kasus PPA/2026/0001 tidak berstatus ditutup",
            "case PPA/2026/0001 is not closed",
        ),
        (
            "register/staff.rs",
            vec!["staff", "add", "Rina Contoh", "--role", "Konselor"],
            4,
            "staf 'Rina Contoh' sudah ada",
            "staff 'Rina Contoh' already exists",
        ),
        (
            "register/assignments.rs",
            vec!["assign", "PPA/2026/0001", "--to", "Rina Contoh"],
            4,
            "'Rina Contoh' sudah memegang kasus PPA/2026/0001",
            "'Rina Contoh' already holds case PPA/2026/0001",
        ),
        (
            "commands/staff.rs (unknown staff)",
            vec!["assign", "PPA/2026/0001", "--to", "Rina Contho"],
            3,
            "tidak dikenal",
            "unknown staff",
        ),
        (
            "text.rs io_error",
            vec!["sop", "import", "tidak-ada.md"],
            1,
            "tidak-ada.md: berkas atau folder tidak ada",
            "tidak-ada.md: No such file or directory",
        ),
        (
            "complete.rs",
            vec!["__complete", "bogus"],
            2,
            "penggunaan: kasus __complete",
            "usage: kasus __complete",
        ),
        (
            "register/mod.rs (not a register)",
            vec!["--db", "notes.db", "case", "list"],
            5,
            "notes.db: bukan register kasus (bukan berkas SQLite); tidak ada yang diubah",
            "notes.db: not a kasus register (not a SQLite file); it was left untouched",
        ),
        (
            "register/mod.rs (newer kasus)",
            vec!["--db", "newer.db", "case", "list"],
            5,
            "register ini ditulis oleh kasus yang lebih baru (skema 99;",
            "this register was written by a newer kasus (schema 99;",
        ),
        (
            "sop/file.rs (duplicate step number)",
            vec!["sop", "validate", "dup.toml"],
            3,
            "dup.toml: galat: langkah 1, baris 8, kolom 1: nomor langkah 1 dipakai dua kali",
            "dup.toml: error: step 1, line 8, column 1: step number 1 is used twice",
        ),
        (
            "sop/file.rs and sop/time.rs (unparseable time)",
            vec!["sop", "validate", "dup.toml"],
            3,
            "langkah 1, time, baris 11, kolom 8: waktu 'tiga puluh menit' tidak bisa dibaca: satuan 'tiga' tidak dikenal",
            "step 1, time, line 11, column 8: cannot read the time 'tiga puluh menit': unknown unit 'tiga'",
        ),
        (
            "report/period.rs",
            vec!["report", "summary", "--period", "2026-13"],
            2,
            "--period '2026-13': pakai YYYY-MM (2026-11)",
            "--period '2026-13': use YYYY-MM (2026-11)",
        ),
        (
            "report/period.rs (--from after --to)",
            vec![
                "report",
                "summary",
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-01",
            ],
            2,
            "--from harus sebelum --to",
            "--from is not before --to",
        ),
        (
            "commands/bulk.rs (a bad row: line, column, reason)",
            vec!["intake", "--from", "bad.csv"],
            3,
            "bad.csv: baris 2, kolom victim_sex: jenis kelamin tidak dikenal; pakai salah satu: L, P",
            "bad.csv: line 2, column victim_sex: unknown sex; use one of: L, P",
        ),
        (
            "commands/bulk.rs (the count of bad rows)",
            vec!["intake", "--from", "bad.csv"],
            3,
            "1 baris salah di bad.csv; tidak ada yang ditambahkan. Perbaiki lalu jalankan lagi",
            "1 bad row in bad.csv; nothing was added. Fix it and run again",
        ),
        (
            "commands/bulk.rs (external_ref twice in the file)",
            vec!["intake", "--from", "rep.csv"],
            3,
            "baris 3, kolom external_ref: external_ref 'REP-1' juga ada di baris 2",
            "line 3, column external_ref: external_ref 'REP-1' is also on line 2",
        ),
        (
            "commands/export.rs (--period for a table)",
            vec!["export", "cases", "--period", "2026-01"],
            2,
            "--period hanya untuk `kasus export simfoni`; untuk tabel pakai --since",
            "--period is for `kasus export simfoni`; for a table use --since",
        ),
        (
            "commands/export.rs (--out is a folder)",
            vec!["export", "cases", "--out", "a-folder"],
            3,
            "--out a-folder: itu sebuah folder; beri nama berkas",
            "--out a-folder: is a folder; give a file name",
        ),
    ];
    for (file, args, code, id_words, en_words) in table {
        let before = reg.state();
        // `__complete` is read before any flag: it takes the language from KASUS_LANG.
        let how = if args[0] == "__complete" {
            "env"
        } else {
            "flag"
        };
        let id = run_id(&reg, how, &args);
        assert_eq!(id.code, code, "{file}: {args:?}: {id:?}");
        assert!(id.stderr.contains(id_words), "{file}: {args:?}: {id:?}");
        assert!(!id.stderr.contains(en_words), "{file}: {args:?}: {id:?}");
        let en = reg.run(&args);
        assert_eq!(en.code, code, "{file}: {args:?}: {en:?}");
        assert!(en.stderr.contains(en_words), "{file}: {args:?}: {en:?}");
        assert!(!en.stderr.contains(id_words), "{file}: {args:?}: {en:?}");
        assert_eq!(before, reg.state(), "{file}: {args:?} changed the register");
    }

    // commands/bulk.rs: the same file imported twice; the second time every row is already
    // registered (by its external_ref), the summary says so and nothing changes.
    assert!(reg.ok(&["intake", "--from", "ok.csv"]).contains("1 added"));
    let before = reg.state();
    let id = run_id(&reg, "flag", &["intake", "--from", "ok.csv"]);
    assert_eq!(id.code, 0, "{id:?}");
    assert!(
        id.stdout
            .contains("0 ditambahkan, 1 sudah terdaftar (external_ref)"),
        "{id:?}"
    );
    let en = reg.ok(&["intake", "--from", "ok.csv"]);
    assert!(
        en.contains("0 added, 1 already registered (external_ref)"),
        "{en}"
    );
    assert!(!id.stdout.contains("Wati") && !en.contains("Wati"), "{en}");
    assert_eq!(before, reg.state(), "a second import changed the register");

    // clock.rs: a bad KASUS_NOW.
    let before = reg.state();
    let run_now = |lang: &str| {
        let o = reg
            .cmd()
            .env("KASUS_NOW", "kemarin")
            .args(["--lang", lang, "case", "list"])
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, id) = run_now("id");
    assert_eq!(code, Some(2), "{id}");
    assert!(
        id.contains("KASUS_NOW='kemarin' bukan waktu RFC 3339"),
        "{id}"
    );
    let (code, en) = run_now("en");
    assert_eq!(code, Some(2), "{en}");
    assert!(
        en.contains("KASUS_NOW='kemarin' is not an RFC 3339 time"),
        "{en}"
    );
    assert_eq!(before, reg.state(), "a bad KASUS_NOW changed the register");
}

/// The duplicate-victim refusal names the reason in the chosen language, and no NIK.
#[test]
fn duplicate_victims_in_both_languages() {
    let reg = Reg::new();
    let args = [
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "telepon",
        "--victim-name",
        "Siti Contoh",
        "--victim-nik",
        "3171012345678901",
        "--victim-sex",
        "P",
        "--victim-age",
        "30",
        "--violence",
        "fisik",
    ];
    reg.ok(&args);
    let id = run_id(&reg, "flag", &args);
    assert_eq!(id.code, 4, "{id:?}");
    assert!(
        id.stderr
            .contains("korban cocok dengan kasus yang sudah ada: PPA/2026/0001 (NIK sama)")
            && id.stderr.contains("--allow-duplicate"),
        "{id:?}"
    );
    assert!(!id.stderr.contains("3171012345678901"), "{id:?}");
    let en = reg.refused(&args, 4);
    assert!(
        en.contains("the victim matches an existing case: PPA/2026/0001 (same NIK). Check with `kasus case show PPA/2026/0001`"),
        "{en}"
    );
}

/// `kasus check` on a register whose audit chain was tampered with, a busy register and a
/// register that requires staff: the checks' lines, the verdict and the database's words.
#[test]
fn check_and_register_errors_in_both_languages() {
    let reg = with_case();
    reg.execute_batch(&format!(
        "{} UPDATE audit SET details = '{{}}' WHERE seq = 2;",
        reg.guards_off()
    ));
    // Each engine's integrity line (SQLite checks its file's pages, the server its own), and
    // where a backup to restore comes from (`kasus backup` writes a file; on a server it
    // points to the server's tools).
    let (integrity, integrity_en, backup, backup_en) = match reg.engine() {
        Engine::Sqlite => (
            "integritas: ok",
            "integrity: ok",
            "pulihkan dari cadangan (`kasus backup` membuatnya)",
            "restore it from a backup (`kasus backup` makes one)",
        ),
        Engine::Postgres => (
            "integritas: urusan server",
            "integrity: the server's",
            "pulihkan dari cadangan (alat server membuatnya: `kasus backup` menjelaskan caranya)",
            "restore it from a backup (the server's tools make one: `kasus backup` says how)",
        ),
    };
    let id = run_id(&reg, "flag", &["check"]);
    assert_eq!(id.code, 3, "{id:?}");
    assert!(
        id.stdout.contains(integrity)
            && id
                .stdout
                .contains("rantai audit: GAGAL: putus pada entri 2: isinya tidak cocok"),
        "{id:?}"
    );
    assert!(
        id.stderr.contains("pemeriksaan GAGAL") && id.stderr.contains(backup),
        "{id:?}"
    );
    let en = reg.run(&["check"]);
    assert_eq!(en.code, 3, "{en:?}");
    assert!(
        en.stdout.contains(integrity_en)
            && en
                .stdout
                .contains("audit chain: FAILED: broken at entry 2: its contents do not match"),
        "{en:?}"
    );
    assert!(en.stderr.contains(backup_en), "{en:?}");

    // A register held by another writer: the database's refusal, in words. A file's lock
    // only: on PostgreSQL a writer waits its turn at the server's lock, as another writer's
    // transaction ends (tests/postgres_concurrency.rs).
    let reg = with_case();
    if reg.engine() == Engine::Sqlite {
        busy_in_both_languages(&reg);
    }

    // A register that requires staff, and an actor who is not.
    reg.ok(&[
        "--actor",
        "Rina Contoh",
        "config",
        "set",
        "require-staff",
        "true",
    ]);
    let args = ["staff", "add", "Budi Contoh", "--role", "Konselor"];
    let id = run_id(&reg, "flag", &args);
    assert_eq!(id.code, 4, "{id:?}");
    assert!(
        id.stderr
            .contains("register ini mewajibkan staf aktif untuk setiap perubahan"),
        "{id:?}"
    );
    let en = reg.refused(&args, 4);
    assert!(
        en.contains("this register requires an active staff member"),
        "{en}"
    );
}

/// A `KASUS_BUSY_TIMEOUT_MS` that is not a whole number of milliseconds is a usage error (exit
/// 2) in both languages, not a silent 30 seconds; empty is unset. (Found by a user trial.)
#[test]
fn a_busy_timeout_that_is_not_milliseconds_is_refused() {
    // The busy timeout is the SQLite file's; a server has its own lock waits.
    if common::sqlite_only() {
        return;
    }
    let reg = common::register();
    for bad in ["1e3", "-1", "abc"] {
        for (lang, words) in [
            (
                "en",
                "KASUS_BUSY_TIMEOUT_MS is not a whole number of milliseconds",
            ),
            ("id", "KASUS_BUSY_TIMEOUT_MS bukan bilangan bulat milidetik"),
        ] {
            let o = reg
                .cmd()
                .env("KASUS_BUSY_TIMEOUT_MS", bad)
                .env("KASUS_LANG", lang)
                .args(["case", "list"])
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(2), "{bad}: {o:?}");
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains(words), "{bad}: {err}");
        }
    }
    let o = reg
        .cmd()
        .env("KASUS_BUSY_TIMEOUT_MS", "")
        .args(["case", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    // Refused before anything is made: no register file where there was none.
    let new = reg.dir.path().join("new.db");
    let o = reg
        .cmd()
        .env("KASUS_DB", &new)
        .env("KASUS_BUSY_TIMEOUT_MS", "abc")
        .args(["staff", "add", "Rina Contoh", "--role", "Staff Penerima"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(!new.exists(), "a register was made");
}

/// A SQLite register held by another writer (`BEGIN IMMEDIATE`): a write waits
/// `KASUS_BUSY_TIMEOUT_MS`, then is refused (exit 1) in the reader's language.
fn busy_in_both_languages(reg: &Reg) {
    let conn = rusqlite::Connection::open(reg.path()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let args = ["staff", "add", "Budi Contoh", "--role", "Konselor"];
    let mut c = reg.cmd();
    let o = c
        .env("KASUS_BUSY_TIMEOUT_MS", "50")
        .args(["--lang", "id"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("register sedang sibuk"), "{stderr}");
    let o = reg
        .cmd()
        .env("KASUS_BUSY_TIMEOUT_MS", "50")
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("the register is busy"), "{stderr}");
    conn.execute_batch("ROLLBACK").unwrap();
}

/// A step inside the unit with nobody to do it is refused in scripts, in both languages, and
/// nothing is recorded.
#[test]
fn a_step_with_nobody_to_do_it_is_refused_in_both_languages() {
    let reg = with_case();
    reg.ok(&["step", "start", "PPA/2026/0001", "--by", "Siti Contoh"]);
    reg.ok(&["step", "finish", "PPA/2026/0001"]);
    let before = reg.state();
    let id = run_id(&reg, "flag", &["step", "start", "PPA/2026/0001"]);
    assert_eq!(id.code, 2, "{id:?}");
    assert!(
        id.stderr.contains(
            "langkah 2 dikerjakan di dalam unit (Staff Penerima) dan belum ada yang memegang perannya di kasus PPA/2026/0001 (atau memegang kasusnya tanpa peran)"
        ) && id.stderr.contains("beri --by STAF"),
        "{id:?}"
    );
    let en = reg.run(&["step", "start", "PPA/2026/0001"]);
    assert_eq!(en.code, 2, "{en:?}");
    assert!(
        en.stderr
            .contains("step 2 is done inside the unit (Staff Penerima) and nobody holds its role in case PPA/2026/0001 (nor the case without a role)")
            && en.stderr.contains("give --by STAFF"),
        "{en:?}"
    );
    assert_eq!(before, reg.state(), "a refused start changed the register");
    // Named, it starts.
    reg.ok(&["step", "start", "PPA/2026/0001", "--by", "Rina Contoh"]);
}

/// `case show`'s table names the services given and, once the case is closed, when and why
/// (once: the page's last line), in either language (the JSON has them as `services`,
/// `closed_at`, `close_reason`).
#[test]
fn case_show_lists_services_and_the_close() {
    let reg = common::with_standard_case();
    let case = common::CASE;
    reg.ok(&[
        "case",
        "service",
        case,
        "--type",
        "kesehatan",
        "--provider",
        "RSUD Contoh",
        "--at",
        "2026-03-02 10:15",
    ]);
    reg.ok(&[
        "case",
        "close",
        case,
        "--reason",
        "selesai",
        "--at",
        "2026-03-02 10:20",
    ]);
    let en = reg.ok(&["--lang", "en", "case", "show", case]);
    let line = |head: &str| -> &str {
        en.lines()
            .find(|l| l.starts_with(head))
            .unwrap_or_else(|| panic!("a line {head:?}: {en}"))
    };
    let service = line("Service: ");
    assert!(
        service.contains("(RSUD Contoh)") && service.contains("2026-03-02 10:15"),
        "{service}"
    );
    let closed = line("The case is closed ");
    assert!(
        closed.contains("2026-03-02 10:20") && closed.contains(": selesai"),
        "{closed}"
    );
    assert_eq!(en.matches("2026-03-02 10:20").count(), 1, "{en}");
    let id = reg.ok(&["--lang", "id", "case", "show", case]);
    assert!(id.lines().any(|l| l.starts_with("Layanan: ")), "{id}");
    assert!(
        id.lines()
            .any(|l| l.starts_with("Kasus ditutup 2026-03-02 10:20")),
        "{id}"
    );
}
