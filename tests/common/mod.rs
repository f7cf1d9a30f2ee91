//! The test builder: a temporary register and the real binary, run with no terminal, a fixed
//! "now" (KASUS_NOW), a fixed actor and English messages. Each test reads as a line of the spec.
//!
//! The register is a SQLite file in a temporary folder, or, with `KASUS_TEST_ENGINE=postgres`
//! (and `KASUS_TEST_PG`, see `pg.rs`), a PostgreSQL database of the test's own.
#![allow(dead_code)]

pub mod load;
pub mod offices;
pub mod pg;
pub mod referrals;
pub mod tools;
pub mod workbook;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The intake flags of the tests' standard case: an adult victim ("Siti Contoh", synthetic) of a
/// Batam (batam-34-2020) case reported on 2 March 2026 at 08:00 office time.
pub const BATAM_CASE: &[&str] = &[
    "intake",
    "--sop",
    "batam-34-2020",
    "--channel",
    "datang-langsung",
    "--victim-name",
    "Siti Contoh",
    "--victim-sex",
    "P",
    "--victim-age",
    "30",
    "--violence",
    "fisik",
    "--reported-at",
    "2026-03-02 08:00",
];

/// The standard intake ([`BATAM_CASE`]) with these flags: a flag of the standard case given
/// here replaces its value there, the others are added.
#[allow(dead_code)]
pub fn standard_intake<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v: Vec<&'a str> = BATAM_CASE.to_vec();
    for pair in extra.chunks(2) {
        match v.iter().position(|a| *a == pair[0]) {
            Some(i) if pair.len() == 2 => v[i + 1] = pair[1],
            _ => v.extend_from_slice(pair),
        }
    }
    v
}

/// The fixed "now" of every test unless a test sets another: Monday 2 March 2026, 12:00 WIB.
pub const NOW: &str = "2026-03-02T12:00:00+07:00";

/// The number the first case of a new register gets.
pub const CASE: &str = "PPA/2026/0001";

/// Office time (WIB) on the test day, 2 March 2026 (before [`NOW`]): `at("08:05")` or
/// `at("08:05:20")`, for `--at` and `--reported-at`.
pub fn at(hm: &str) -> String {
    format!("2026-03-02 {hm}")
}

/// The case number that `intake --json` printed.
#[track_caller]
pub fn number(intake_json: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(intake_json).expect("intake --json");
    v["number"].as_str().expect("number").to_string()
}

/// A register that exists already (`sop list` created it), so that a refusal is measured
/// against its rows.
pub fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["sop", "list", "--format", "csv"]);
    reg
}

/// A register holding only the standard case ([`BATAM_CASE`]), numbered [`CASE`].
pub fn with_standard_case() -> Reg {
    let reg = Reg::new();
    reg.batam_case(&[]);
    reg
}

/// A register with one staff member ("Rina Contoh", Staff Penerima) and the standard case
/// ([`BATAM_CASE`]), numbered [`CASE`], not yet assigned, its step 1 next.
pub fn with_case() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(BATAM_CASE);
    reg
}

/// A register of `n` Batam cases ("Korban1 Contoh" ...), reported in February 2026 by telephone,
/// taken in by one `intake --from`: enough rows for a list longer than a screen or a pipe's buffer.
pub fn with_cases(n: usize) -> Reg {
    with_cases_on(engine(), n)
}

/// As [`with_cases`], on `engine` whatever `KASUS_TEST_ENGINE` says.
pub fn with_cases_on(engine: Engine, n: usize) -> Reg {
    let reg = Reg::on(engine);
    let mut csv =
        String::from("sop,reported_at,channel,victim_name,victim_sex,victim_age,violence\n");
    for i in 1..=n {
        csv.push_str(&format!(
            "batam-34-2020,2026-02-{:02} 09:00,telepon,Korban{i} Contoh,P,30,fisik\n",
            i % 28 + 1
        ));
    }
    let file = reg.dir.path().join("cases.csv");
    std::fs::write(&file, csv).unwrap();
    reg.ok(&["intake", "--from", file.to_str().unwrap(), "--no-input"]);
    reg
}

/// The engine a test's register lives on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// A file, `Reg::path` (the default).
    Sqlite,
    /// A database of its own on the server `KASUS_TEST_PG` names (issue 21).
    Postgres,
}

/// The engine the builder uses: `KASUS_TEST_ENGINE=postgres` for PostgreSQL, unset (or `sqlite`)
/// for SQLite.
pub fn engine() -> Engine {
    match std::env::var("KASUS_TEST_ENGINE").as_deref() {
        Err(_) | Ok("") | Ok("sqlite") => Engine::Sqlite,
        Ok("postgres") | Ok("postgresql") => Engine::Postgres,
        Ok(other) => panic!("KASUS_TEST_ENGINE={other:?}: use sqlite or postgres"),
    }
}

/// For a test that opens the register's SQLite file itself: on PostgreSQL it prints
/// `skipped: SQLite only` and returns true, and the test returns at once:
/// `if common::sqlite_only() { return; }`.
///
/// With `KASUS_TEST_SKIPS` naming a file (`.ci/run` sets one), the skipped test's binary and name
/// are appended to it, a line each, so the run can say which tests did not run on PostgreSQL.
pub fn sqlite_only() -> bool {
    if engine() == Engine::Sqlite {
        return false;
    }
    eprintln!("skipped: SQLite only");
    if let Some(file) = std::env::var_os("KASUS_TEST_SKIPS") {
        let binary = std::env::current_exe()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .map(|s| {
                s.rsplit_once('-')
                    .map_or(s.clone(), |(name, _)| name.to_string())
            })
            .unwrap_or_default();
        let test = std::thread::current().name().unwrap_or("?").to_string();
        // One write of the whole line: tests skipping at once in two threads append whole
        // lines (formatted in parts, they interleaved).
        let line = format!("{binary}::{test}\n");
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
        {
            let _ = f.write_all(line.as_bytes());
        }
    }
    true
}

pub struct Reg {
    pub dir: tempfile::TempDir,
    /// The SQLite file (on PostgreSQL, a path in the test's folder that nothing writes).
    pub path: PathBuf,
    pub now: String,
    /// On PostgreSQL, the register's database, dropped with the `Reg`.
    pub pg: Option<pg::Database>,
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Out {
    fn from(o: std::process::Output) -> Out {
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Reg {
    /// A new register on the builder's engine ([`engine`]).
    pub fn new() -> Reg {
        Reg::on(engine())
    }

    /// A new register on `engine`, whatever `KASUS_TEST_ENGINE` says.
    pub fn on(engine: Engine) -> Reg {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("register.db");
        Reg {
            dir,
            path,
            now: NOW.to_string(),
            pg: (engine == Engine::Postgres).then(pg::Database::create),
        }
    }

    pub fn engine(&self) -> Engine {
        match self.pg {
            Some(_) => Engine::Postgres,
            None => Engine::Sqlite,
        }
    }

    /// What kasus is given as KASUS_DB: the file's path, or the database's URL.
    pub fn db(&self) -> std::ffi::OsString {
        match &self.pg {
            Some(db) => db.url.clone().into(),
            None => self.path.clone().into(),
        }
    }

    /// The binary with this register and no terminal.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("kasus").expect("binary");
        c.env("KASUS_DB", self.db())
            .env("KASUS_ACTOR", "tester")
            .env("KASUS_NOW", &self.now)
            .env("NO_COLOR", "1")
            .env("KASUS_LANG", "en")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .current_dir(self.dir.path())
            .write_stdin("");
        c
    }

    /// `kasus ARGS` started with stdin empty and stdout and stderr piped, for a test that drops
    /// a reader (a closed pipe) before it waits.
    pub fn spawn_piped(&self, args: &[&str]) -> std::process::Child {
        std::process::Command::new(env!("CARGO_BIN_EXE_kasus"))
            .args(args)
            .env("KASUS_DB", self.db())
            .env("KASUS_ACTOR", "tester")
            .env("KASUS_NOW", &self.now)
            .env("KASUS_LANG", "en")
            .current_dir(self.dir.path())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("kasus starts")
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.cmd().args(args).output().expect("run kasus").into()
    }

    /// Runs and expects success; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.code, 0,
            "kasus {args:?} failed:\n{}{}",
            o.stdout, o.stderr
        );
        o.stdout
    }

    /// Runs and expects this exit code; checks that the register did not change; returns stderr.
    #[track_caller]
    pub fn refused(&self, args: &[&str], code: i32) -> String {
        let before = self.state();
        let o = self.run(args);
        assert_eq!(
            o.code, code,
            "kasus {args:?}: expected exit {code}, got {}:\n{}{}",
            o.code, o.stdout, o.stderr
        );
        assert_eq!(
            before,
            self.state(),
            "kasus {args:?} changed the register although it failed"
        );
        o.stderr
    }

    /// As [`Reg::refused`], and the message says each of `words`; returns stderr.
    #[track_caller]
    pub fn refused_saying(&self, args: &[&str], code: i32, words: &[&str]) -> String {
        let err = self.refused(args, code);
        for w in words {
            assert!(err.contains(w), "kasus {args:?}: expected {w:?} in:\n{err}");
        }
        err
    }

    /// Every row of every table, as text: equal before and after means nothing changed.
    pub fn state(&self) -> String {
        if let Some(db) = &self.pg {
            return pg::state(&db.url);
        }
        if !self.path.exists() {
            return String::new();
        }
        let conn = rusqlite::Connection::open_with_flags(
            &self.path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("open register");
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.sort();
        let mut out = String::new();
        for t in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            while let Some(r) = rows.next().unwrap() {
                out.push_str(&t);
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i).unwrap();
                    out.push_str(&format!("|{v:?}"));
                }
                out.push('\n');
            }
        }
        out
    }

    /// The integer (a count) `sql` returns, read on the register's engine behind kasus's back
    /// (`sql` written so that both engines take it).
    pub fn query_i64(&self, sql: &str) -> i64 {
        self.query_value(sql)
    }

    /// The text (one value of one row) `sql` returns, read as [`Reg::query_i64`] reads a count.
    pub fn query_string(&self, sql: &str) -> String {
        self.query_value(sql)
    }

    /// The first column of the one row `sql` returns, on either engine.
    fn query_value<T>(&self, sql: &str) -> T
    where
        T: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a>,
    {
        if let Some(db) = &self.pg {
            return pg::connect(&db.url)
                .query_one(sql, &[])
                .unwrap_or_else(|e| panic!("{sql}: {}", pg::why(&e)))
                .get(0);
        }
        rusqlite::Connection::open(&self.path)
            .expect("open register")
            .query_row(sql, [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// A new register holding this one's rows (another copy of the same office), at the same
    /// "now": a copy of the file, or on PostgreSQL a database made from this one as its template.
    pub fn copy(&self) -> Reg {
        let copy = Reg {
            now: self.now.clone(),
            ..Reg::on(Engine::Sqlite)
        };
        match &self.pg {
            Some(db) => Reg {
                pg: Some(pg::Database::copy_of(db)),
                ..copy
            },
            None => {
                std::fs::copy(&self.path, &copy.path).expect("copy the register file");
                copy
            }
        }
    }

    /// True when there is no register where kasus was pointed: no file (SQLite), or a
    /// database without a table (PostgreSQL). For the promise that a refused or reading command
    /// creates none.
    pub fn absent(&self) -> bool {
        if self.pg.is_some() {
            return self.query_i64(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            ) == 0;
        }
        !self.path.exists()
    }

    /// How kasus words "there is no register there" on the register's engine (a path, or a
    /// database on a server).
    pub fn absent_words(&self) -> &'static str {
        match self.engine() {
            Engine::Sqlite => "no register there",
            Engine::Postgres => "no kasus register in that database",
        }
    }

    /// Runs `sql` on the register behind kasus's back (as another program would: its row
    /// changes are in no audit entry), on either engine; returns the rows changed.
    pub fn execute_sql(&self, sql: &str) -> u64 {
        self.try_execute_sql(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// As [`Reg::execute_sql`], the engine's refusal returned: its message (on PostgreSQL the
    /// server's, with its SQLSTATE first).
    pub fn try_execute_sql(&self, sql: &str) -> Result<u64, String> {
        if let Some(db) = &self.pg {
            return pg::connect(&db.url)
                .execute(sql, &[])
                .map_err(|e| pg::why(&e));
        }
        rusqlite::Connection::open(&self.path)
            .expect("open register")
            .execute(sql, [])
            .map(|n| n as u64)
            .map_err(|e| e.to_string())
    }

    /// Runs `sql`, statements separated by `;`, on the register behind kasus's back in one
    /// session (on PostgreSQL one transaction), as [`Reg::execute_sql`] runs one statement.
    pub fn execute_batch(&self, sql: &str) {
        if let Some(db) = &self.pg {
            return pg::connect(&db.url)
                .batch_execute(sql)
                .unwrap_or_else(|e| panic!("{sql}: {}", pg::why(&e)));
        }
        rusqlite::Connection::open(&self.path)
            .expect("open register")
            .execute_batch(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// SQL to put first in a [`Reg::execute_batch`] that must change or delete audit entries,
    /// or leave rows pointing nowhere, as whoever holds the file or the server's superuser
    /// could. SQLite: foreign keys off for the connection, and the append-only triggers
    /// `audit_no_update` and `audit_no_delete` dropped (from the file, for good). PostgreSQL:
    /// `session_replication_role = replica` for the batch, under which no trigger fires: not
    /// the append-only ones (src/register/postgres/schema.rs), not the foreign keys'.
    pub fn guards_off(&self) -> &'static str {
        match self.engine() {
            Engine::Sqlite => {
                "PRAGMA foreign_keys = OFF; DROP TRIGGER IF EXISTS audit_no_update; \
                 DROP TRIGGER IF EXISTS audit_no_delete;"
            }
            Engine::Postgres => "SET session_replication_role = replica;",
        }
    }

    /// Every row `sql` returns, each value as SQLite holds it (PostgreSQL's integers as
    /// Integer, floats as Real, text as Text, bytea as Blob), read behind kasus's back.
    pub fn query_rows(&self, sql: &str) -> Vec<Vec<rusqlite::types::Value>> {
        self.query_table(sql).1
    }

    /// As [`Reg::query_rows`], each value with its column's name.
    pub fn query_named(&self, sql: &str) -> Vec<Vec<(String, rusqlite::types::Value)>> {
        let (names, rows) = self.query_table(sql);
        rows.into_iter()
            .map(|r| names.iter().cloned().zip(r).collect())
            .collect()
    }

    /// The column names and rows of `sql`, the values as SQLite holds them, on either engine.
    fn query_table(&self, sql: &str) -> (Vec<String>, Vec<Vec<rusqlite::types::Value>>) {
        use rusqlite::types::Value;
        if let Some(db) = &self.pg {
            use postgres::types::Type;
            let statement_and_rows = {
                let mut c = pg::connect(&db.url);
                let st = c
                    .prepare(sql)
                    .unwrap_or_else(|e| panic!("{sql}: {}", pg::why(&e)));
                let rows = c
                    .query(&st, &[])
                    .unwrap_or_else(|e| panic!("{sql}: {}", pg::why(&e)));
                (st, rows)
            };
            let (st, rows) = statement_and_rows;
            let names = st.columns().iter().map(|c| c.name().to_string()).collect();
            let rows = rows
                .iter()
                .map(|r| {
                    (0..r.len())
                        .map(|i| {
                            let t = r.columns()[i].type_().clone();
                            let v = match t {
                                Type::INT8 => r.get::<_, Option<i64>>(i).map(Value::Integer),
                                Type::INT4 => {
                                    r.get::<_, Option<i32>>(i).map(|v| Value::Integer(v.into()))
                                }
                                Type::INT2 => {
                                    r.get::<_, Option<i16>>(i).map(|v| Value::Integer(v.into()))
                                }
                                Type::FLOAT8 => r.get::<_, Option<f64>>(i).map(Value::Real),
                                Type::BYTEA => r.get::<_, Option<Vec<u8>>>(i).map(Value::Blob),
                                _ => r.get::<_, Option<String>>(i).map(Value::Text),
                            };
                            v.unwrap_or(Value::Null)
                        })
                        .collect()
                })
                .collect();
            return (names, rows);
        }
        let conn = rusqlite::Connection::open(&self.path).expect("open register");
        let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let names = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| (0..n).map(|i| r.get(i)).collect())
            .and_then(|rows| rows.collect())
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        (names, rows)
    }

    /// Every row `sql` returns, each value as text (a number as its digits, NULL as None).
    pub fn query_texts(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        use rusqlite::types::Value;
        let text = |v| match v {
            Value::Null => None,
            Value::Integer(i) => Some(i.to_string()),
            Value::Real(f) => Some(f.to_string()),
            Value::Text(t) => Some(t),
            Value::Blob(b) => panic!("{sql}: {} bytes are not text", b.len()),
        };
        self.query_rows(sql)
            .into_iter()
            .map(|r| r.into_iter().map(text).collect())
            .collect()
    }

    /// The text values of the first column `sql` returns (NULL as None).
    pub fn query_strings(&self, sql: &str) -> Vec<Option<String>> {
        self.query_texts(sql)
            .into_iter()
            .map(|mut r| r.swap_remove(0))
            .collect()
    }

    /// Registers the standard case (plus `extra` flags) and returns its case number.
    #[track_caller]
    pub fn batam_case(&self, extra: &[&str]) -> String {
        let mut args = BATAM_CASE.to_vec();
        args.extend_from_slice(extra);
        args.push("--json");
        let v: serde_json::Value = serde_json::from_str(&self.ok(&args)).expect("intake --json");
        v["number"].as_str().expect("number").to_string()
    }

    /// A case of the emergency hotline's SOP (tangerang-357-2025, on the 24/7 clock), reported
    /// by telephone at `reported`; returns its number.
    pub fn hotline_case(&self, reported: &str) -> String {
        let args = [
            "intake",
            "--sop",
            "tangerang-357-2025",
            "--channel",
            "telepon",
            "--victim-name",
            "Ani Contoh",
            "--victim-sex",
            "P",
            "--victim-age",
            "30",
            "--violence",
            "fisik",
            "--reported-at",
            reported,
            "--json",
        ];
        number(&self.ok(&args))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Puts the register's office on the 24/7 clock (a calendar with every minute open), for
    /// tests of the flow and the verdicts whose times run outside office hours. Office time
    /// itself is tested in `office_time.rs`.
    pub fn around_the_clock(&self) {
        let file = self.dir.path().join("always.toml");
        std::fs::write(
            &file,
            "format = 1\nname = \"Posko 24 jam Contoh\"\nzone = \"WIB\"\nclock = \"24/7\"\n",
        )
        .expect("calendar file");
        self.ok(&["calendar", "import", &file.display().to_string()]);
    }
}

/// Appends `?1` synthetic audit entries directly (the triggers forbid only UPDATE and DELETE):
/// a register whose exports take long enough to be interrupted or fetched in parts. On
/// PostgreSQL with `?1` written `$1`.
pub const FILL_AUDIT: &str =
    "INSERT INTO audit (seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash)
     WITH RECURSIVE k(i) AS (SELECT (SELECT max(seq) FROM audit) + 1
                             UNION ALL SELECT i + 1 FROM k
                             WHERE i < (SELECT max(seq) FROM audit) + ?1)
     SELECT i, 'fill-' || i, '2026-03-02T05:00:00Z', 'tester', 'test.fill', NULL,
            '{\"n\":' || i || '}', '', ''
     FROM k";

/// `text` as an SQL string literal both engines read: in single quotes, each quote doubled.
pub fn sql_text(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// SQL that takes a register back to schema 12 (issue 19's last): a step attempt cannot be
/// `void`, and the triggers of `case_activity` read every attempt. `step_attempts` is built
/// again as schema 12 had it (the same columns, rows and ids). Run with foreign keys off.
pub const BEFORE_SCHEMA_13: &str = "
    DROP TRIGGER case_activity_closed;
    CREATE TABLE step_attempts_v12 (
        id                 INTEGER PRIMARY KEY,
        uuid               TEXT NOT NULL,
        case_id            INTEGER NOT NULL REFERENCES cases(id),
        step_number        INTEGER NOT NULL,
        attempt            INTEGER NOT NULL,
        status             TEXT NOT NULL CHECK (status IN ('running', 'finished', 'skipped')),
        outcome            TEXT,
        started_at         TEXT,
        finished_at        TEXT,
        elapsed_secs       INTEGER,
        standard_min_secs  INTEGER,
        standard_max_secs  INTEGER,
        performer          TEXT,
        performer_staff_id INTEGER REFERENCES staff(id),
        output             TEXT,
        note               TEXT,
        reason             TEXT,
        recorded_by        TEXT NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL, clock TEXT CHECK (clock IN ('office', '24/7', 'wall')),
        standard_days INTEGER NOT NULL DEFAULT 0, wall_secs INTEGER, paused_secs INTEGER,
        calendar_version INTEGER, origin TEXT,
        UNIQUE (case_id, step_number, attempt)
    );
    INSERT INTO step_attempts_v12 SELECT * FROM step_attempts;
    DROP TABLE step_attempts;
    ALTER TABLE step_attempts_v12 RENAME TO step_attempts;
    CREATE UNIQUE INDEX step_attempts_running ON step_attempts(case_id) WHERE status = 'running';
    CREATE INDEX step_attempts_updated ON step_attempts(updated_at);
    CREATE INDEX step_attempts_finished ON step_attempts(status, finished_at, case_id,
        step_number, elapsed_secs, standard_min_secs, standard_max_secs, performer, clock,
        wall_secs);
    CREATE INDEX step_attempts_case ON step_attempts(case_id, id, started_at, finished_at);
    CREATE INDEX step_attempts_running_start ON step_attempts(started_at, case_id,
        status, uuid, step_number, attempt, outcome, finished_at, elapsed_secs,
        standard_min_secs, standard_max_secs, performer, performer_staff_id, output, note,
        reason, clock, standard_days, wall_secs, paused_secs, calendar_version)
        WHERE status = 'running';
    CREATE INDEX step_attempts_uuid ON step_attempts(uuid);
    CREATE TRIGGER case_activity_changed AFTER UPDATE OF started_at, finished_at ON step_attempts
    BEGIN
        UPDATE case_activity SET last_at = (SELECT max(max(coalesce(started_at, ''),
            coalesce(finished_at, ''))) FROM step_attempts WHERE case_id = NEW.case_id)
        WHERE case_id = NEW.case_id;
    END;
    CREATE TRIGGER case_activity_removed AFTER DELETE ON step_attempts
    BEGIN
        UPDATE case_activity SET last_at = coalesce((SELECT max(max(coalesce(started_at, ''),
            coalesce(finished_at, ''))) FROM step_attempts WHERE case_id = OLD.case_id), '')
        WHERE case_id = OLD.case_id;
    END;
    CREATE TRIGGER case_activity_added AFTER INSERT ON step_attempts
    WHEN EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND status = 'open')
    BEGIN
        INSERT INTO case_activity
        VALUES (NEW.case_id, max(coalesce(NEW.started_at, ''), coalesce(NEW.finished_at, '')))
        ON CONFLICT DO UPDATE SET last_at = max(last_at, excluded.last_at);
    END;
    CREATE TRIGGER case_activity_closed AFTER UPDATE OF status ON cases
    BEGIN
        DELETE FROM case_activity WHERE case_id = NEW.id;
        INSERT INTO case_activity
            SELECT NEW.id, max(max(coalesce(started_at, ''), coalesce(finished_at, '')))
            FROM step_attempts WHERE case_id = NEW.id AND NEW.status = 'open'
            GROUP BY case_id;
    END;
    PRAGMA user_version = 12;
";

/// SQL that takes a register back to schema 11: no `case_activity` (issue 19), nor its triggers.
macro_rules! before_schema_12 {
    () => {
        "
    DROP TRIGGER IF EXISTS case_activity_added;
    DROP TRIGGER IF EXISTS case_activity_changed;
    DROP TRIGGER IF EXISTS case_activity_removed;
    DROP TRIGGER IF EXISTS case_activity_closed;
    DROP TABLE IF EXISTS case_activity;
"
    };
}

/// SQL that takes a register back to schema 11 (see `before_schema_12`).
pub const BEFORE_SCHEMA_12: &str = concat!(before_schema_12!(), "    PRAGMA user_version = 11;\n");

/// SQL that takes a register back to what schema 9 had of schema 10 (issue 20): no office
/// identity, no `origin` columns, no calendar UUIDs, and the per-origin unique indexes gone
/// (schema 10 builds them again); nothing of schemas 11 and 12 either. For tests that play an
/// older register's migration.
pub const BEFORE_SCHEMA_10: &str = concat!(
    before_schema_12!(),
    "
    DROP TABLE IF EXISTS origins;
    DROP TABLE IF EXISTS origin_audit;
    DROP TABLE IF EXISTS merge_conflicts;
    DROP INDEX IF EXISTS persons_uuid;
    DROP INDEX IF EXISTS services_uuid;
    DROP INDEX IF EXISTS consents_uuid;
    DROP INDEX IF EXISTS assignments_uuid;
    DROP INDEX IF EXISTS step_attempts_uuid;
    DROP INDEX IF EXISTS step_pauses_uuid;
    DROP INDEX IF EXISTS corrections_uuid;
    DROP INDEX IF EXISTS referrals_uuid;
    DROP INDEX IF EXISTS agencies_uuid;
    DROP INDEX IF EXISTS calendars_uuid;
    DELETE FROM meta WHERE key = 'office-uuid';
    DROP INDEX cases_number;
    DROP INDEX cases_office_seq;
    DROP INDEX cases_external_ref;
    DROP INDEX staff_name;
    DROP INDEX agencies_name;
    DROP INDEX calendars_version;
    ALTER TABLE calendars DROP COLUMN uuid;
    ALTER TABLE cases DROP COLUMN origin;
    ALTER TABLE staff DROP COLUMN origin;
    ALTER TABLE agencies DROP COLUMN origin;
    ALTER TABLE calendars DROP COLUMN origin;
    ALTER TABLE persons DROP COLUMN origin;
    ALTER TABLE services DROP COLUMN origin;
    ALTER TABLE consents DROP COLUMN origin;
    ALTER TABLE assignments DROP COLUMN origin;
    ALTER TABLE step_attempts DROP COLUMN origin;
    ALTER TABLE step_pauses DROP COLUMN origin;
    ALTER TABLE corrections DROP COLUMN origin;
    ALTER TABLE referrals DROP COLUMN origin;
    PRAGMA user_version = 9;
"
);

/// SQL that takes a register back to schema 10 (issue 20, slice 2): no merged offices' chains,
/// conflicts or names, and no `uuid` indexes on the travelling tables; nothing of schema 12.
pub const BEFORE_SCHEMA_11: &str = concat!(
    before_schema_12!(),
    "
    DROP TABLE origins;
    DROP TABLE origin_audit;
    DROP TABLE merge_conflicts;
    DROP INDEX persons_uuid;
    DROP INDEX services_uuid;
    DROP INDEX consents_uuid;
    DROP INDEX assignments_uuid;
    DROP INDEX step_attempts_uuid;
    DROP INDEX step_pauses_uuid;
    DROP INDEX corrections_uuid;
    DROP INDEX referrals_uuid;
    DROP INDEX agencies_uuid;
    DROP INDEX calendars_uuid;
    PRAGMA user_version = 10;
"
);
