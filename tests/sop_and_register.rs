//! End to end: the register file (creating, opening, refusing files it cannot use) and the SOP
//! catalogue (list, show, validate, import), through the real binary with temporary registers.

mod common;
use common::{Engine, Reg};

use rusqlite::Connection;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const BUILTIN_CODES: [&str; 5] = [
    "tangerang-713-2025",
    "tangerang-357-2025",
    "babel-18-2024",
    "batam-34-2020",
    "pulangpisau-8-2021",
];

/// A small, valid office SOP (synthetic).
const CONTOH: &str = r#"format = 1
code = "contoh-1-2026"
name = "Contoh Penanganan Pengaduan"
office = "UPTD PPA Contoh"
number = "1/CONTOH/2026"
total = "35 menit"

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

// ---------------------------------------------------------------- helpers

/// A register that exists (a file, or a database's tables): the first command creates it.
fn created() -> Reg {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    assert!(exists(&reg), "`sop list` did not create the register");
    reg
}

/// True when the register is there: its file, or (on PostgreSQL) tables in its database.
fn exists(reg: &Reg) -> bool {
    match reg.engine() {
        Engine::Sqlite => reg.path.exists(),
        Engine::Postgres => {
            reg.query_i64(
                "SELECT count(*) FROM information_schema.tables
                 WHERE table_schema = current_schema()",
            ) > 0
        }
    }
}

/// What reading may not change: the file's bytes, or (on PostgreSQL) every row.
fn contents(reg: &Reg) -> Vec<u8> {
    match reg.engine() {
        Engine::Sqlite => bytes(&reg.path),
        Engine::Postgres => reg.state().into_bytes(),
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// Writes a file into the register's temp folder and returns its path.
fn write_file(reg: &Reg, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = reg.dir.path().join(name);
    std::fs::write(&path, contents).expect("write file");
    path
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn no_panic(stderr: &str) {
    assert!(!stderr.contains("panicked"), "kasus panicked:\n{stderr}");
    assert!(
        !stderr.contains("internal error"),
        "kasus hit a bug:\n{stderr}"
    );
}

/// Runs kasus on a file (or database) that is not a usable register: exit 5, the given words,
/// bytes (or rows) unchanged.
#[track_caller]
fn refuses_register_file(reg: &Reg, words: &str) {
    let before = contents(reg);
    let o = reg.run(&["sop", "list"]);
    assert_eq!(o.code, 5, "expected exit 5:\n{}{}", o.stdout, o.stderr);
    assert!(
        o.stderr.contains(words),
        "stderr lacks {words:?}:\n{}",
        o.stderr
    );
    no_panic(&o.stderr);
    assert_eq!(before, contents(reg), "the file was changed");
}

fn sop_json(reg: &Reg, code: &str) -> Value {
    json(&reg.ok(&["sop", "show", code, "--format", "json"]))
}

fn step(sop: &Value, number: u64) -> &Value {
    sop["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["number"] == number)
        .unwrap_or_else(|| panic!("no step {number} in {}", sop["code"]))
}

/// Validates one file: expected exit code; returns stderr.
#[track_caller]
fn validate(reg: &Reg, path: &Path, code: i32) -> String {
    let o = reg.run(&["sop", "validate", arg(path)]);
    assert_eq!(
        o.code,
        code,
        "validate {}:\n{}{}",
        path.display(),
        o.stdout,
        o.stderr
    );
    no_panic(&o.stderr);
    o.stderr
}

/// Validates a broken variant of CONTOH: exit 3 and stderr names the file and every word given.
#[track_caller]
fn invalid_sop(text: &str, words: &[&str]) {
    let reg = Reg::new();
    let path = write_file(&reg, "bad.toml", text);
    let err = validate(&reg, &path, 3);
    assert!(
        err.contains("bad.toml"),
        "the message does not name the file:\n{err}"
    );
    for w in words {
        assert!(err.contains(w), "stderr lacks {w:?}:\n{err}");
    }
}

// ---------------------------------------------------------------- creating a register

#[test]
fn a_fresh_register_is_created_with_private_folders_and_file() {
    let reg = Reg::new();
    let new = reg.dir.path().join("new");
    let path = new.join("sub").join("register.db");
    reg.ok(&["--db", arg(&path), "sop", "list"]);
    assert_eq!(mode(&new), 0o700, "folder {}", new.display());
    assert_eq!(
        mode(&new.join("sub")),
        0o700,
        "folder {}/sub",
        new.display()
    );
    assert_eq!(mode(&path), 0o600, "register file");
}

/// A first command that fails leaves no register behind, nor the folders made for it: a
/// mistyped KASUS_DB in a script whose file is refused leaves no empty register there.
#[test]
fn a_first_command_that_fails_leaves_no_register_nor_its_folders() {
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    let new = reg.dir.path().join("new");
    let path = new.join("sub").join("register.db");
    let bad = write_file(
        &reg,
        "bad.csv",
        "victim_name,sop\nKorban Contoh,batam-34-2020\n",
    );
    let o = reg.run(&["--db", arg(&path), "intake", "--from", arg(&bad)]);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(!new.exists(), "a refused intake left {}", new.display());
    // A refusal inside a write (a name already taken) after a first write keeps the register.
    reg.ok(&[
        "--db",
        arg(&path),
        "staff",
        "add",
        "Petugas Contoh",
        "--role",
        "konselor",
    ]);
    let o = reg.run(&[
        "--db",
        arg(&path),
        "staff",
        "add",
        "Petugas Contoh",
        "--role",
        "konselor",
    ]);
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert!(path.exists(), "a register with a row was removed");
    assert!(reg
        .ok(&["--db", arg(&path), "staff", "list"])
        .contains("Petugas Contoh"));
    // A failed command on a register that was there keeps it too.
    let o = reg.run(&["--db", arg(&path), "intake", "--from", arg(&bad)]);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(reg
        .ok(&["--db", arg(&path), "staff", "list"])
        .contains("Petugas Contoh"));
}

/// A register made by a command that failed without writing goes with its WAL and shared
/// memory files, and an existing folder stays.
#[test]
fn a_refused_first_intake_at_an_existing_folder_leaves_it_as_it_was() {
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    // The standard intake with a violence type kasus does not know.
    let mut intake: Vec<&str> = common::BATAM_CASE.to_vec();
    let v = intake.iter().position(|a| *a == "--violence").unwrap();
    intake[v + 1] = "tidak-ada-jenis-ini";
    let o = reg.run(&intake);
    assert_eq!(o.code, 3, "{}", o.stderr);
    let left: Vec<_> = std::fs::read_dir(reg.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn the_wal_and_shm_files_are_private_too() {
    // Files and their modes; on a server who may read is the server's grants
    // (tests/postgres_register.rs, the_readmes_grants_give_staff_writes_and_reports_reads_only).
    if common::sqlite_only() {
        return;
    }
    let reg = created();
    // A reader that stays open keeps the -wal and -shm files after kasus exits.
    let reader = Connection::open(&reg.path).unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM sop_versions", [], |r| r.get(0))
        .unwrap();
    let sop = write_file(&reg, "contoh.toml", CONTOH);
    reg.ok(&["sop", "import", arg(&sop)]);
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", reg.path.display()));
        if side.exists() {
            assert_eq!(mode(&side), 0o600, "{}", side.display());
        }
    }
    assert_eq!(mode(&reg.path), 0o600);
}

#[test]
fn a_fresh_register_is_wal_marked_as_kasus_at_the_latest_schema() {
    let reg = created();
    if reg.engine() == Engine::Postgres {
        // A server keeps no journal of kasus's; the mark and the schema are kasus_register's row.
        assert_eq!(
            reg.query_i64("SELECT application_id FROM kasus_register"),
            0x4B53_5553
        );
        assert_eq!(
            reg.query_i64("SELECT version FROM kasus_register"),
            kasus::register::postgres::schema::LATEST
        );
        return;
    }
    let conn = Connection::open(&reg.path).unwrap();
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(journal.to_lowercase(), "wal");
    assert_eq!(app, 0x4B53_5553, "application_id is {app:#x}");
    assert_eq!(version, kasus::register::SCHEMA_VERSION);
}

#[test]
fn kasus_db_names_the_register() {
    let reg = Reg::new();
    assert!(!exists(&reg));
    reg.ok(&["sop", "list"]);
    assert!(exists(&reg), "KASUS_DB was not used");
}

#[test]
fn db_flag_wins_over_kasus_db() {
    let reg = Reg::new();
    let other = reg.dir.path().join("other.db");
    reg.ok(&["--db", arg(&other), "sop", "list"]);
    assert!(other.exists(), "--db was not used");
    assert!(
        !reg.path.exists(),
        "KASUS_DB was used although --db was given"
    );
}

// ---------------------------------------------------------------- refusing files

#[test]
fn a_register_from_a_newer_kasus_is_refused_untouched() {
    let reg = created();
    match reg.engine() {
        Engine::Sqlite => {
            let conn = Connection::open(&reg.path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        Engine::Postgres => {
            reg.execute_sql("UPDATE kasus_register SET version = 99");
        }
    }
    refuses_register_file(&reg, "newer");
}

#[test]
fn a_text_file_is_not_a_register() {
    // A file's bytes; a server's database of another program (and a newer schema) is refused
    // in tests/postgres_register.rs, another_programs_database_and_a_newer_schema_are_refused_untouched.
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    std::fs::write(&reg.path, "hello").unwrap();
    refuses_register_file(&reg, "not a kasus register");
}

/// A register emptied by a `>` redirect (0 bytes) is not built anew as an empty register: a
/// report on it would say "nothing overdue". Every command refuses it, exit 5, untouched.
#[test]
fn an_emptied_register_file_is_refused_not_built_anew() {
    if common::sqlite_only() {
        return;
    }
    let reg = created();
    std::fs::write(&reg.path, "").unwrap();
    refuses_register_file(&reg, "the file is empty (0 bytes), not a register");
    for args in [
        &["report", "overdue", "--fail-if-any"][..],
        &["check"],
        &["staff", "add", "Petugas Contoh", "--role", "konselor"],
    ] {
        let o = reg.run(args);
        assert_eq!(o.code, 5, "{args:?}: {}{}", o.stdout, o.stderr);
        assert!(
            o.stderr.contains("restore it from a backup"),
            "{}",
            o.stderr
        );
        assert_eq!(std::fs::metadata(&reg.path).unwrap().len(), 0, "{args:?}");
    }
    // Removed, the path is free for a new register.
    std::fs::remove_file(&reg.path).unwrap();
    reg.ok(&["sop", "list"]);
}

#[test]
fn a_sqlite_file_of_another_program_is_not_a_register() {
    // A file's bytes; a server's database of another program (and a newer schema) is refused
    // in tests/postgres_register.rs, another_programs_database_and_a_newer_schema_are_refused_untouched.
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    {
        let conn = Connection::open(&reg.path).unwrap();
        conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x');")
            .unwrap();
    }
    refuses_register_file(&reg, "not a kasus register");
}

#[test]
fn a_truncated_register_fails_without_a_panic() {
    // A file's bytes; a server's database of another program (and a newer schema) is refused
    // in tests/postgres_register.rs, another_programs_database_and_a_newer_schema_are_refused_untouched.
    if common::sqlite_only() {
        return;
    }
    let source = created();
    let reg = Reg::new();
    std::fs::write(&reg.path, &bytes(&source.path)[..100]).unwrap();
    let before = bytes(&reg.path);
    let o = reg.run(&["sop", "list"]);
    assert_ne!(
        o.code, 0,
        "a truncated register was accepted:\n{}",
        o.stdout
    );
    assert_ne!(o.code, 101, "kasus panicked:\n{}", o.stderr);
    no_panic(&o.stderr);
    assert_eq!(before, bytes(&reg.path), "the truncated file was changed");
}

#[test]
fn a_folder_is_not_a_register() {
    // A file's bytes; a server's database of another program (and a newer schema) is refused
    // in tests/postgres_register.rs, another_programs_database_and_a_newer_schema_are_refused_untouched.
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    std::fs::create_dir(&reg.path).unwrap();
    let o = reg.run(&["sop", "list"]);
    assert_eq!(o.code, 5, "{}{}", o.stdout, o.stderr);
    assert!(o.stderr.contains("not a kasus register"), "{}", o.stderr);
    no_panic(&o.stderr);
    assert!(reg.path.is_dir());
}

#[test]
fn an_unwritable_path_fails_with_exit_1_naming_the_path() {
    let reg = Reg::new();
    let o = reg.run(&["--db", "/proc/kasus-test/register.db", "sop", "list"]);
    assert_eq!(o.code, 1, "{}{}", o.stdout, o.stderr);
    assert!(
        o.stderr.contains("/proc/kasus-test"),
        "the path is not named:\n{}",
        o.stderr
    );
    no_panic(&o.stderr);
}

#[test]
fn a_register_where_a_newer_kasus_revised_a_builtin_sop_still_opens() {
    let reg = created();
    {
        // What a newer release leaves behind: a revised built-in text as version 2, and its
        // own hash of the built-in set.
        let source =
            reg.query_string("SELECT source FROM sop_versions WHERE code = 'batam-34-2020'");
        let revised = source.replacen("name = \"", "name = \"Revisi: ", 1);
        let sha: String = Sha256::digest(revised.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        // A literal both engines read: quotes doubled, nothing else special in either.
        let literal = revised.replace('\'', "''");
        reg.execute_sql(&format!(
            "INSERT INTO sop_versions (code, version, sha256, source, builtin, imported_at, imported_by)
             VALUES ('batam-34-2020', 2, '{sha}', '{literal}', 1, '2026-03-01T00:00:00Z', 'kasus')"
        ));
        reg.execute_sql("UPDATE meta SET value = 'a newer set' WHERE key = 'builtin_sops'");
    }
    let list = json(&reg.ok(&["sop", "list", "--format", "json"]));
    let batam = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "batam-34-2020")
        .unwrap();
    assert_eq!(
        batam["version"], 2,
        "the newer revision is the latest: {batam}"
    );
    assert!(
        batam["name"].as_str().unwrap().starts_with("Revisi: "),
        "{batam}"
    );
    let versions = reg
        .state()
        .lines()
        .filter(|l| l.starts_with("sop_versions|"))
        .count();
    assert_eq!(versions, 6, "an older text was stored again");
}

#[test]
fn opening_an_up_to_date_register_does_not_write() {
    let reg = created();
    let before = contents(&reg);
    let reads = || {
        reg.ok(&["sop", "list"]);
        reg.ok(&["sop", "show", "batam-34-2020"]);
        reg.ok(&["sop", "show", "babel-18-2024", "--format", "json"]);
    };
    if reg.engine() == Engine::Postgres {
        // Every row as it was (a server has no file bytes or mtime to compare).
        reads();
        assert_eq!(before, contents(&reg), "reading changed the register");
        return;
    }
    let mtime = std::fs::metadata(&reg.path).unwrap().modified().unwrap();
    reads();
    assert_eq!(before, contents(&reg), "reading changed the register file");
    assert_eq!(
        mtime,
        std::fs::metadata(&reg.path).unwrap().modified().unwrap(),
        "mtime changed"
    );
}

// ---------------------------------------------------------------- sop list

#[test]
fn sop_list_json_has_the_five_builtin_sops() {
    let reg = Reg::new();
    let list = json(&reg.ok(&["sop", "list", "--format", "json"]));
    let mut codes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    codes.sort();
    let mut want = BUILTIN_CODES.to_vec();
    want.sort();
    assert_eq!(codes, want);
}

#[test]
fn sop_list_json_totals_match_the_documents() {
    let reg = Reg::new();
    let list = json(&reg.ok(&["sop", "list", "--format", "json"]));
    let total = |code: &str| -> (u64, u64, bool) {
        let s = list
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["code"] == code)
            .expect(code);
        let t = &s["total"];
        (
            t["min_secs"].as_u64().unwrap(),
            t["max_secs"].as_u64().unwrap(),
            t["open_ended"].as_bool().unwrap(),
        )
    };
    assert_eq!(total("tangerang-713-2025"), (25200, 25200, false));
    // 357 without its conditional steps 6 and 8 (5 + 10 Menit) at the low end.
    assert_eq!(total("tangerang-357-2025"), (15980, 16880, false));
    assert_eq!(total("babel-18-2024"), (14100, 14100, true));
    assert_eq!(total("batam-34-2020"), (12900, 12900, false));
    assert_eq!(total("pulangpisau-8-2021"), (21300, 25800, true));
}

#[test]
fn sop_list_csv_has_a_header_and_five_rows_with_the_totals() {
    let reg = Reg::new();
    let out = reg.ok(&["sop", "list", "--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let header = rdr.headers().unwrap().clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {header:?}"))
    };
    let (code, min, max, open) = (
        col("code"),
        col("total_min_secs"),
        col("total_max_secs"),
        col("total_open_ended"),
    );
    let rows: Vec<csv::StringRecord> = rdr.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 5, "{out}");
    let get = |c: &str| {
        rows.iter()
            .find(|r| &r[code] == c)
            .unwrap_or_else(|| panic!("no row {c}"))
    };
    for (c, lo, hi, oe) in [
        ("tangerang-713-2025", "25200", "25200", "false"),
        ("tangerang-357-2025", "15980", "16880", "false"),
        ("babel-18-2024", "14100", "14100", "true"),
        ("batam-34-2020", "12900", "12900", "false"),
        ("pulangpisau-8-2021", "21300", "25800", "true"),
    ] {
        let r = get(c);
        assert_eq!((&r[min], &r[max], &r[open]), (lo, hi, oe), "{c}");
    }
}

// ---------------------------------------------------------------- sop show

#[test]
fn sop_show_json_has_the_documented_shape_for_every_sop() {
    let reg = Reg::new();
    for code in BUILTIN_CODES {
        let sop = sop_json(&reg, code);
        assert_eq!(sop["code"], code);
        assert!(
            sop["name"].as_str().is_some_and(|n| !n.is_empty()),
            "{code}: name"
        );
        let steps = sop["steps"]
            .as_array()
            .unwrap_or_else(|| panic!("{code}: steps"));
        assert!(!steps.is_empty(), "{code}: no steps");
        let mut any_open = false;
        for s in steps {
            let at = format!("{code} step {}", s["number"]);
            assert!(s["number"].is_u64(), "{at}: number");
            assert!(
                s["activity"].as_str().is_some_and(|a| !a.is_empty()),
                "{at}: activity"
            );
            assert!(s["roles"].is_array(), "{at}: roles");
            assert!(s["requirements"].is_array(), "{at}: requirements");
            assert!(s["outputs"].is_array(), "{at}: outputs");
            assert!(s["note"].is_null() || s["note"].is_string(), "{at}: note");
            let st = &s["standard"];
            assert!(st["text"].is_string(), "{at}: standard.text");
            let (lo, hi) = (&st["min_secs"], &st["max_secs"]);
            assert!(
                (lo.is_u64() && hi.is_u64()) || (lo.is_null() && hi.is_null()),
                "{at}: {st}"
            );
            if lo.is_u64() {
                assert!(lo.as_u64() <= hi.as_u64(), "{at}: min above max: {st}");
            }
            any_open |= lo.is_null();
        }
        let t = &sop["total"];
        assert!(
            t["min_secs"].is_u64() && t["max_secs"].is_u64(),
            "{code}: total {t}"
        );
        assert_eq!(
            t["open_ended"].as_bool(),
            Some(any_open),
            "{code}: total.open_ended"
        );
        assert!(
            t["stated_text"].is_null() || t["stated_text"].is_string(),
            "{code}: stated_text"
        );
    }
}

#[test]
fn sop_show_json_keeps_the_documents_step_numbers() {
    let reg = Reg::new();
    let sop = sop_json(&reg, "tangerang-713-2025");
    let numbers: Vec<u64> = sop["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 4, 6]);
}

#[test]
fn sop_show_json_activities_are_clean_text() {
    let reg = Reg::new();
    for code in BUILTIN_CODES {
        for s in sop_json(&reg, code)["steps"].as_array().unwrap() {
            let a = s["activity"].as_str().unwrap();
            assert!(
                !a.contains('<'),
                "{code} step {}: HTML in {a:?}",
                s["number"]
            );
        }
    }
}

#[test]
fn sop_show_json_gives_open_ended_steps_null_times_and_ranges_both_ends() {
    let reg = Reg::new();
    let babel = sop_json(&reg, "babel-18-2024");
    let pp = sop_json(&reg, "pulangpisau-8-2021");
    for (sop, n) in [(&babel, 4), (&pp, 12)] {
        let st = &step(sop, n)["standard"];
        assert!(
            st["min_secs"].is_null() && st["max_secs"].is_null(),
            "{} step {n}: {st}",
            sop["code"]
        );
    }
    let st = &step(&pp, 2)["standard"];
    assert_eq!(
        (st["min_secs"].as_u64(), st["max_secs"].as_u64()),
        (Some(900), Some(1800)),
        "{st}"
    );
}

#[test]
fn sop_show_table_prints_the_steps() {
    let reg = Reg::new();
    let sop = sop_json(&reg, "batam-34-2020");
    let table = reg.ok(&["sop", "show", "batam-34-2020"]);
    assert!(table.contains("batam-34-2020"), "{table}");
    // A wide table wraps long cells: compare the first words of each activity.
    for s in sop["steps"].as_array().unwrap() {
        let first: String = s["activity"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        assert!(
            table.contains(&first),
            "step {} ({first}) missing:\n{table}",
            s["number"]
        );
    }
}

#[test]
fn sop_show_of_an_unknown_code_suggests_the_nearest() {
    let reg = created();
    let err = reg.refused(&["sop", "show", "batam-34"], 3);
    assert!(err.contains("did you mean 'batam-34-2020'"), "{err}");
}

// ---------------------------------------------------------------- sop validate

#[test]
fn every_shipped_sop_file_validates() {
    let reg = Reg::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sops");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5, "{files:?}");
    for f in &files {
        let err = validate(&reg, f, 0);
        assert!(err.trim().is_empty(), "{}: {err}", f.display());
    }
    assert!(!exists(&reg), "`sop validate` created a register");
}

#[test]
fn validate_names_a_duplicate_step_number() {
    invalid_sop(
        &CONTOH.replace("number = 3", "number = 1"),
        &["step 1", "used twice"],
    );
}

#[test]
fn validate_names_a_decision_returning_to_a_missing_step() {
    invalid_sop(
        &CONTOH.replace("return_to = 1", "return_to = 7"),
        &["step 3", "step 7", "does not exist"],
    );
}

#[test]
fn validate_names_an_unreadable_time_and_its_step() {
    invalid_sop(
        &CONTOH.replace("\"30 menit\"", "\"tiga puluh menit\""),
        &["step 3", "cannot read the time", "tiga puluh menit"],
    );
}

#[test]
fn validate_gives_the_line_of_a_toml_syntax_error() {
    invalid_sop(
        &CONTOH.replace("name = \"Contoh Penanganan Pengaduan\"", "name = "),
        &["line 3"],
    );
}

#[test]
fn validate_warns_when_the_stated_total_disagrees() {
    invalid_sop(
        &CONTOH.replace("total = \"35 menit\"", "total = \"2 jam\""),
        &["warning", "total", "disagrees"],
    );
}

#[test]
fn validate_refuses_a_file_that_is_not_utf8() {
    let reg = Reg::new();
    let mut text = CONTOH.as_bytes().to_vec();
    text.extend_from_slice(b"# \xff\xfe not utf-8\n");
    let path = write_file(&reg, "latin.toml", text);
    let err = validate(&reg, &path, 3);
    assert!(err.contains("latin.toml") && err.contains("UTF-8"), "{err}");
}

#[test]
fn validate_of_a_missing_file_is_an_error() {
    let reg = Reg::new();
    let path = reg.dir.path().join("missing.toml");
    let err = validate(&reg, &path, 1);
    assert!(err.contains("missing.toml"), "{err}");
}

#[test]
fn validate_accepts_the_example_file() {
    let reg = Reg::new();
    let path = write_file(&reg, "contoh.toml", CONTOH);
    validate(&reg, &path, 0);
}

// ---------------------------------------------------------------- sop import

#[test]
fn importing_an_office_sop_adds_version_1_to_the_catalogue() {
    let reg = Reg::new();
    let path = write_file(&reg, "contoh.toml", CONTOH);
    let out = reg.ok(&["sop", "import", arg(&path)]);
    assert!(out.contains("version 1"), "{out}");
    let list = json(&reg.ok(&["sop", "list", "--format", "json"]));
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "contoh-1-2026")
        .expect("not listed");
    assert_eq!(entry["version"], 1);
    assert_eq!(list.as_array().unwrap().len(), 6);
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let reg = Reg::new();
    let path = write_file(&reg, "contoh.toml", CONTOH);
    reg.ok(&["sop", "import", arg(&path)]);
    let before = reg.state();
    let out = reg.ok(&["sop", "import", arg(&path)]);
    assert!(out.contains("unchanged"), "{out}");
    assert_eq!(
        before,
        reg.state(),
        "a second import of the same file changed the register"
    );
}

#[test]
fn a_changed_file_is_version_2_and_version_1_stays_readable() {
    let reg = Reg::new();
    let path = write_file(&reg, "contoh.toml", CONTOH);
    reg.ok(&["sop", "import", arg(&path)]);
    std::fs::write(
        &path,
        CONTOH.replace("Memeriksa kelengkapan laporan", "Menelaah berkas pengaduan"),
    )
    .unwrap();
    let out = reg.ok(&["sop", "import", arg(&path)]);
    assert!(out.contains("version 2"), "{out}");

    let latest = sop_json(&reg, "contoh-1-2026");
    assert_eq!(latest["version"], 2);
    assert_eq!(step(&latest, 3)["activity"], "Menelaah berkas pengaduan");

    // The table wraps long cells: look for single words.
    let old = reg.ok(&["sop", "show", "contoh-1-2026", "--version", "1"]);
    assert!(
        old.contains("Version: 1") && old.contains("Memeriksa"),
        "{old}"
    );
    assert!(!old.contains("Menelaah"), "{old}");
    let old = json(&reg.ok(&[
        "sop",
        "show",
        "contoh-1-2026",
        "--version",
        "1",
        "--format",
        "json",
    ]));
    assert_eq!(step(&old, 3)["activity"], "Memeriksa kelengkapan laporan");
}

#[test]
fn importing_an_invalid_file_changes_nothing() {
    let reg = created();
    let path = write_file(&reg, "bad.toml", CONTOH.replace("number = 3", "number = 1"));
    let err = reg.refused(&["sop", "import", arg(&path)], 3);
    assert!(err.contains("used twice"), "{err}");
    assert!(!reg.ok(&["sop", "list"]).contains("contoh-1-2026"));
}

// ---------------------------------------------------------------- help

#[test]
fn help_lists_every_command() {
    let reg = Reg::new();
    let help = reg.ok(&["--help"]);
    let listed: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for c in [
        "intake", "consent", "assign", "step", "report", "export", "sop", "staff", "case",
    ] {
        assert!(listed.contains(&c), "{c} is not listed:\n{help}");
    }
}

#[test]
fn an_older_kasus_does_not_put_its_builtin_sops_over_a_newer_ones() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    let versions = || reg.query_i64("SELECT count(*) FROM sop_versions");
    let before = versions();
    // What a newer kasus leaves: revised built-in texts (here: other hashes), its own
    // catalogue hash and its release.
    reg.execute_sql("UPDATE sop_versions SET sha256 = 'revised-' || sha256 WHERE builtin = 1");
    reg.execute_sql("UPDATE meta SET value = 'a-newer-catalogue' WHERE key = 'builtin_sops'");
    reg.execute_sql("UPDATE meta SET value = '99.0.0' WHERE key = 'builtin_sops_release'");
    reg.ok(&["sop", "list"]);
    assert_eq!(versions(), before, "the older kasus stored its texts again");
}
