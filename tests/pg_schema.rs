//! The PostgreSQL schema (issue 21, `register::postgres::schema`) held against SQLite's: it
//! applies to a fresh database; every table has SQLite's columns in SQLite's order, with the
//! same types, keys and NOT NULLs, and every index and trigger its twin; the same writes, and a
//! worked register's rows copied over, give the row keys and hashes SQLite's hook gives (the
//! audit chain's). Needs a PostgreSQL server: `KASUS_TEST_PG` (a URL the tests may create
//! databases from; each test makes its own and drops it); unset, each test passes with a note,
//! unless `KASUS_REQUIRE_PG=1`.
#![cfg(feature = "postgres")]

mod common;

use common::{at, referrals, Reg, CASE};
use kasus::register::postgres::schema::{
    canonical_values, column_types_sql, key_columns_sql, layouts, touches, ColType, Layout,
    APPLICATION_ID, CHANGES_TABLE, LATEST, MIGRATIONS, SESSION_SETUP, SYNC_IDENTITIES,
    TAKE_CHANGES,
};
use kasus::register::rowhash::{self, Key, Touch};
use kasus::register::Register;
use postgres::types::ToSql;
use postgres::{Client, NoTls};
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;
use std::collections::{BTreeMap, HashMap};

/// The server the tests may create databases on (`KASUS_TEST_PG`), or None (with a note)
/// when none is set; with `KASUS_REQUIRE_PG=1`, no server is a failure.
fn pg_url() -> Option<String> {
    match std::env::var("KASUS_TEST_PG") {
        Ok(u) if !u.trim().is_empty() => Some(u),
        _ => {
            assert!(
                std::env::var("KASUS_REQUIRE_PG").as_deref() != Ok("1"),
                "KASUS_REQUIRE_PG=1 but KASUS_TEST_PG is not set"
            );
            eprintln!("skipped: KASUS_TEST_PG is not set (no PostgreSQL server to test on)");
            None
        }
    }
}

/// A database of its own for one test, dropped at the end.
struct Db {
    admin: postgres::Config,
    name: String,
    client: Option<Client>,
}

impl Db {
    fn new(url: &str, tag: &str) -> Db {
        let admin: postgres::Config = url.parse().expect("KASUS_TEST_PG is a PostgreSQL URL");
        let name = format!("pgschema_t_{}_{tag}", std::process::id());
        let mut c = admin.connect(NoTls).expect("connect to KASUS_TEST_PG");
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let mut cfg = admin.clone();
        cfg.dbname(&name);
        let client = cfg.connect(NoTls).unwrap();
        Db {
            admin,
            name,
            client: Some(client),
        }
    }

    /// A database with the schema, and the session ready to capture rows.
    fn migrated(url: &str, tag: &str) -> Db {
        let mut db = Db::new(url, tag);
        let mut tx = db.c().transaction().unwrap();
        for m in MIGRATIONS {
            tx.batch_execute(m).unwrap();
        }
        tx.commit().unwrap();
        db.c().batch_execute(SESSION_SETUP).unwrap();
        db.c().batch_execute(CHANGES_TABLE).unwrap();
        db
    }

    fn c(&mut self) -> &mut Client {
        self.client.as_mut().unwrap()
    }

    fn layouts(&mut self) -> HashMap<String, Layout> {
        let cols = self.c().query(column_types_sql(), &[]).unwrap();
        let keys = self.c().query(key_columns_sql(), &[]).unwrap();
        layouts(
            cols.iter().map(|r| (r.get(0), r.get(1), r.get(2))),
            keys.iter().map(|r| (r.get(0), r.get(1))),
        )
        .unwrap()
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        drop(self.client.take());
        if let Ok(mut c) = self.admin.connect(NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A fresh SQLite register (`Register::open`), as a plain connection to its file.
fn sqlite_register() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    drop(Register::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    (dir, conn)
}

#[test]
fn migrations_apply_on_a_fresh_database() {
    let Some(url) = pg_url() else { return };
    let mut db = Db::migrated(&url, "apply");
    let tables: Vec<String> = db
        .c()
        .query(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = current_schema() ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(tables.contains(&"kasus_register".to_string()), "{tables:?}");
    // Every data table carries the capture trigger.
    for t in rowhash::TABLES {
        let n: i64 = db
            .c()
            .query_one(
                "SELECT count(*) FROM pg_trigger WHERE tgrelid = $1::text::regclass \
                 AND tgfoid = 'kasus_capture'::regproc",
                &[&t.name],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 1, "{}", t.name);
    }
    // One row of identity and version at most.
    db.c()
        .execute(
            "INSERT INTO kasus_register(application_id, version) VALUES ($1, $2)",
            &[&APPLICATION_ID, &LATEST],
        )
        .unwrap();
    assert!(db
        .c()
        .execute(
            "INSERT INTO kasus_register(application_id, version) VALUES ($1, $2)",
            &[&APPLICATION_ID, &LATEST],
        )
        .is_err());
    // Audit entries are append-only, as in SQLite.
    db.c()
        .batch_execute(
            "INSERT INTO audit(uuid, at, actor, action, details, prev_hash, hash) \
             VALUES ('u', 'a', 'k', 'x', '{}', 'p', 'h')",
        )
        .unwrap();
    for sql in [
        "UPDATE audit SET actor = 'b'",
        "DELETE FROM audit",
        "TRUNCATE audit",
    ] {
        let e = db.c().batch_execute(sql).unwrap_err();
        assert!(format!("{e:?}").contains("append-only"), "{sql}: {e:?}");
    }
    // The same one-running-step-per-case rule.
    db.c()
        .batch_execute(
            "INSERT INTO sop_versions(id, code, version, sha256, source, imported_at, \
             imported_by) VALUES (1, 'S', 1, 'h', 's', 't', 'k'); \
             INSERT INTO cases(id, uuid, office, number, year, seq, sop_version_id, \
             reported_at, channel, urgency, is_child, created_at, updated_at) VALUES \
             (1, 'c', 'PPA', 'PPA/2026/0001', 2026, 1, 1, 't', 'datang', 'biasa', 0, 't', 't'); \
             INSERT INTO step_attempts(uuid, case_id, step_number, attempt, status, \
             recorded_by, created_at, updated_at) VALUES ('a', 1, 1, 1, 'running', 'k', 't', 't')",
        )
        .unwrap();
    assert!(db
        .c()
        .batch_execute(
            "INSERT INTO step_attempts(uuid, case_id, step_number, attempt, status, \
             recorded_by, created_at, updated_at) VALUES ('b', 1, 2, 1, 'running', 'k', 't', 't')"
        )
        .is_err());
}

/// Rows of `(name, declared or data type, not null, part of the primary key)`.
type Columns = Vec<(String, String, bool, bool)>;

#[test]
fn every_table_has_sqlites_columns_in_sqlites_order() {
    let Some(url) = pg_url() else { return };
    let (_dir, sqlite) = sqlite_register();
    let mut db = Db::migrated(&url, "columns");
    let sqlite_tables: Vec<String> = sqlite
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    // SQLite's schema 12 `case_activity` (derived, kept by its own triggers) has no twin yet:
    // PostgreSQL reads the attempts themselves (`register::postgres::schema`, V12).
    let sqlite_tables: Vec<String> = sqlite_tables
        .into_iter()
        .filter(|t| t != "case_activity")
        .collect();
    let pg_tables: Vec<String> = db
        .c()
        .query(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_name <> 'kasus_register' \
             ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(pg_tables, sqlite_tables);
    let layouts = db.layouts();
    for t in &sqlite_tables {
        let columns: Columns = sqlite
            .prepare(&format!("PRAGMA table_info({t})"))
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get(1)?,
                    r.get(2)?,
                    r.get::<_, i64>(3)? != 0,
                    r.get::<_, i64>(5)? != 0,
                ))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let pg: Columns = db
            .c()
            .query(
                "SELECT c.column_name::text, c.data_type::text, c.is_nullable = 'NO', \
                 EXISTS (SELECT 1 FROM information_schema.table_constraints k \
                   JOIN information_schema.key_column_usage u \
                     USING (constraint_schema, constraint_name, table_name) \
                   WHERE k.constraint_type = 'PRIMARY KEY' AND u.table_name = c.table_name \
                     AND u.column_name = c.column_name AND k.table_schema = c.table_schema) \
                 FROM information_schema.columns c \
                 WHERE c.table_schema = current_schema() AND c.table_name = $1 \
                 ORDER BY c.ordinal_position",
                &[t],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect();
        let names = |c: &Columns| c.iter().map(|c| c.0.clone()).collect::<Vec<_>>();
        assert_eq!(names(&pg), names(&columns), "{t}: columns");
        for (s, p) in columns.iter().zip(&pg) {
            assert_eq!(
                ColType::from_pg(&p.1),
                ColType::from_sqlite(&s.1),
                "{t}.{}: {} vs {}",
                s.0,
                s.1,
                p.1
            );
            assert!(ColType::from_pg(&p.1).is_some(), "{t}.{}", s.0);
            assert_eq!(p.3, s.3, "{t}.{}: primary key", s.0);
            // SQLite's PRAGMA says 0 for a primary key column it keeps not null all the same.
            if !s.3 {
                assert_eq!(p.2, s.2, "{t}.{}: not null", s.0);
            }
            // An `INTEGER PRIMARY KEY` (SQLite's rowid) is an identity here.
            if s.3 && s.1 == "INTEGER" && columns.iter().filter(|c| c.3).count() == 1 {
                let identity: String = db
                    .c()
                    .query_one(
                        "SELECT is_identity::text FROM information_schema.columns \
                         WHERE table_schema = current_schema() AND table_name = $1 \
                         AND column_name = $2",
                        &[t, &s.0],
                    )
                    .unwrap()
                    .get(0);
                assert_eq!(identity, "YES", "{t}.{}", s.0);
            }
        }
        assert_eq!(
            layouts[t].columns.iter().map(|c| &c.0).collect::<Vec<_>>(),
            names(&columns).iter().collect::<Vec<_>>()
        );
    }
    // Every index SQLite has (its own of UNIQUE constraints aside) has a twin of the same
    // name, uniqueness, column count and partial or not.
    let sqlite_indexes: Vec<(String, bool, bool, i64)> = sqlite
        .prepare(
            "SELECT m.name, il.\"unique\", il.partial, \
               (SELECT count(*) FROM pragma_index_info(m.name)) \
             FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) il ON il.name = m.name \
             WHERE m.type = 'index' AND m.sql IS NOT NULL ORDER BY m.name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(sqlite_indexes.len() > 30, "{sqlite_indexes:?}");
    for (name, unique, partial, ncols) in &sqlite_indexes {
        let row = db
            .c()
            .query_opt(
                "SELECT i.indisunique, i.indpred IS NOT NULL, i.indnatts::bigint \
                 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid \
                 WHERE c.relname = $1",
                &[name],
            )
            .unwrap()
            .unwrap_or_else(|| panic!("index {name}: no twin on PostgreSQL"));
        let pg: (bool, bool, i64) = (row.get(0), row.get(1), row.get(2));
        assert_eq!(pg, (*unique, *partial, *ncols), "index {name}");
    }
    // And SQLite's triggers theirs.
    // (but those keeping `case_activity`, which has none there: see above).
    let triggers: Vec<String> = sqlite
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' \
             AND name NOT LIKE 'case_activity_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(triggers.len(), 4);
    for t in &triggers {
        let n: i64 = db
            .c()
            .query_one("SELECT count(*) FROM pg_trigger WHERE tgname = $1", &[t])
            .unwrap()
            .get(0);
        assert_eq!(n, 1, "trigger {t}");
    }
}

/// The row changes as `rowhash::take` hands them: sorted by table and key, a row's first
/// state before and last after.
fn take_like(mut v: Vec<Touch>) -> Vec<Touch> {
    v.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    v.dedup_by(|later, kept| {
        let same = later.0 == kept.0 && later.1 == kept.1;
        if same {
            kept.2 = later.2;
        }
        same
    });
    v
}

/// Each statement, run on a SQLite register (its hook) and on PostgreSQL (the triggers),
/// records the same rows with the same keys and hashes, before and after; with how many
/// rows each records.
#[test]
fn the_same_writes_give_the_same_row_hashes() {
    let Some(url) = pg_url() else { return };
    let (_dir, sqlite) = sqlite_register();
    let mut db = Db::migrated(&url, "hashes");
    let layouts = db.layouts();
    rowhash::install_hook(&sqlite).unwrap();
    let statements: &[(&str, usize)] = &[
        (
            "INSERT INTO sop_versions(id, code, version, sha256, source, builtin, \
             imported_at, imported_by) VALUES (1001, 'UJI', 1, 'abc', 'sumber', 0, \
             '2026-12-03T03:00:00Z', 'tester')",
            1,
        ),
        (
            "INSERT INTO staff(id, uuid, office, name, created_at, updated_at) \
             VALUES (1001, 'st-1', 'PPA', 'Siti Contoh', 't1', 't1')",
            1,
        ),
        (
            "INSERT INTO staff_roles(staff_id, role) VALUES (1001, 'admin'), (1001, 'konselor')",
            2,
        ),
        (
            "INSERT INTO cases(id, uuid, office, number, year, seq, sop_version_id, \
             reported_at, channel, urgency, is_child, created_at, updated_at, chronology) \
             VALUES (1001, 'c-1', 'PPA', 'PPA/2026/0001', 2026, 1, 1001, 't', 'datang', \
             'biasa', 1, 't', 't', 'Baris \"satu\"\n\tbaris dua \\ ñ 😀 ''kutip''')",
            1,
        ),
        (
            "INSERT INTO case_violence(case_id, type) VALUES (1001, 'fisik'), (1001, 'psikis')",
            2,
        ),
        (
            "INSERT INTO meta(key, value) VALUES ('uji-kunci', 'nilai')",
            1,
        ),
        (
            "INSERT INTO persons(id, uuid, case_id, role, name, age, created_at, updated_at) \
             VALUES (1001, 'p-1', 1001, 'victim', 'Budi Contoh', 7, 't', 't')",
            1,
        ),
        (
            "INSERT INTO step_attempts(id, uuid, case_id, step_number, attempt, status, \
             elapsed_secs, standard_min_secs, recorded_by, created_at, updated_at) VALUES \
             (1001, 'a-1', 1001, 1, 1, 'finished', 9007199254740993, -5, 'k', 't', 't')",
            1,
        ),
        (
            "UPDATE cases SET risk = 'tinggi', updated_at = 't2' WHERE id = 1001",
            1,
        ),
        ("UPDATE cases SET risk = risk WHERE id = 1001", 0),
        (
            "UPDATE staff_roles SET role = 'pendamping' WHERE staff_id = 1001 \
             AND role = 'konselor'",
            2,
        ),
        (
            "UPDATE meta SET value = 'nilai baru' WHERE key = 'uji-kunci'",
            1,
        ),
        (
            "UPDATE persons SET age = NULL, name = NULL WHERE id = 1001",
            1,
        ),
        ("DELETE FROM case_violence WHERE case_id = 1001", 2),
        ("DELETE FROM meta WHERE key = 'uji-kunci'", 1),
        ("DELETE FROM persons WHERE id = 1001", 1),
    ];
    let mut seen = (0, 0, 0);
    for (sql, rows) in statements {
        rowhash::clear();
        sqlite.execute_batch(sql).unwrap();
        let sqlite = rowhash::take();
        let mut tx = db.c().transaction().unwrap();
        tx.batch_execute(sql).unwrap();
        let mut pg = Vec::new();
        for r in tx.query(TAKE_CHANGES, &[&0i64]).unwrap() {
            let (tbl, op): (String, String) = (r.get(1), r.get(2));
            let row: serde_json::Value = serde_json::from_str(r.get::<_, &str>(3)).unwrap();
            let old: Option<serde_json::Value> = r
                .get::<_, Option<&str>>(4)
                .map(|o| serde_json::from_str(o).unwrap());
            match op.as_str() {
                "insert" => seen.0 += 1,
                "update" => seen.1 += 1,
                _ => seen.2 += 1,
            }
            pg.extend(touches(&tbl, &layouts[&tbl], &op, &row, old.as_ref()).unwrap());
        }
        tx.commit().unwrap();
        let pg = take_like(pg);
        assert_eq!(sqlite.len(), *rows, "{sql}: SQLite's rows");
        assert_eq!(pg, sqlite, "{sql}");
    }
    // A statement undone (to a savepoint) takes its captured rows with it, as a failed
    // statement's rows are cut from SQLite's buffer (`rowhash::truncate`).
    let mut tx = db.c().transaction().unwrap();
    tx.batch_execute(
        "INSERT INTO meta(key, value) VALUES ('tetap', '1'); SAVEPOINT s; \
         INSERT INTO meta(key, value) VALUES ('batal', '2'); ROLLBACK TO SAVEPOINT s",
    )
    .unwrap();
    let kept: Vec<String> = tx
        .query(TAKE_CHANGES, &[&0i64])
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(3))
        .collect();
    tx.commit().unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].contains("tetap"), "{kept:?}");
    // Inserts, updates and deletes were all captured; nothing stays after a commit.
    assert_eq!(seen, (10, 5, 4));
    let left: i64 = db
        .c()
        .query_one("SELECT count(*) FROM pg_temp.kasus_changes", &[])
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
    // A session that never made CHANGES_TABLE (another program) writes unrecorded.
    let mut cfg = db.admin.clone();
    cfg.dbname(&db.name);
    let mut other = cfg.connect(NoTls).unwrap();
    other
        .batch_execute("INSERT INTO meta(key, value) VALUES ('lain', 'x')")
        .unwrap();
}

/// No data table has a REAL or BLOB column yet: a table of each type shows that a double
/// (1.0 written by JSON as 1, shortest decimal forms, NaN, infinities, -0) and a bytea come
/// back from the trigger as the values SQLite stores.
#[test]
fn reals_and_blobs_come_back_as_sqlite_stores_them() {
    let Some(url) = pg_url() else { return };
    let mut db = Db::migrated(&url, "reals");
    db.c()
        .batch_execute(
            "CREATE TABLE t_real (id BIGINT PRIMARY KEY, x DOUBLE PRECISION, \
               s TEXT, b BYTEA); \
             CREATE TRIGGER t_real_rows AFTER INSERT OR UPDATE OR DELETE ON t_real \
               FOR EACH ROW EXECUTE FUNCTION kasus_capture()",
        )
        .unwrap();
    let layout = db.layouts()["t_real"].clone();
    let sqlite = rusqlite::Connection::open_in_memory().unwrap();
    sqlite
        .execute_batch("CREATE TABLE t_real (id INTEGER PRIMARY KEY, x REAL, s TEXT, b BLOB)")
        .unwrap();
    let mut xs = vec![
        1.0,
        3.0,
        0.1,
        -2.5,
        0.30000000000000004,
        123456.789,
        1e300,
        1.7976931348623157e308,
        5e-324,
        2.2250738585072014e-308,
        -0.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    // And pseudo-random doubles over the whole range.
    let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
    while xs.len() < 300 {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let x = f64::from_bits(s);
        if x.is_finite() {
            xs.push(x);
        }
    }
    let mut tx = db.c().transaction().unwrap();
    for (i, x) in xs.iter().enumerate() {
        let id = i as i64 + 1;
        let blob: Vec<u8> = (0..(i % 7) as u8).map(|b| b.wrapping_mul(37)).collect();
        let text = format!("baris {i}\n\"kutip\" \\ ñ");
        sqlite
            .execute(
                "INSERT INTO t_real VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![id, x, text, blob],
            )
            .unwrap();
        tx.execute(
            "INSERT INTO t_real VALUES ($1, $2, $3, $4)",
            &[&id, x, &text, &blob],
        )
        .unwrap();
    }
    let captured = tx.query(TAKE_CHANGES, &[&0i64]).unwrap();
    tx.commit().unwrap();
    assert_eq!(captured.len(), xs.len());
    let mut stmt = sqlite.prepare("SELECT * FROM t_real ORDER BY id").unwrap();
    let mut rows = stmt.query([]).unwrap();
    for (c, x) in captured.iter().zip(&xs) {
        let r = rows.next().unwrap().unwrap();
        let stored: Vec<ValueRef> = (0..4).map(|i| r.get_ref(i).unwrap()).collect();
        let json: serde_json::Value = serde_json::from_str(c.get::<_, &str>(3)).unwrap();
        let values = canonical_values("t_real", &layout.columns, &json).unwrap();
        let ours: Vec<ValueRef> = values.iter().map(|v| v.into()).collect();
        assert_eq!(ours, stored, "{x:e} ({json})");
        assert_eq!(
            rowhash::row_hash("t_real", ours.into_iter()),
            rowhash::row_hash("t_real", stored.into_iter()),
        );
    }
}

/// A synthetic office calendar (`calendar import`).
const CALENDAR: &str = r#"format = 1
name = "UPTD PPA Kota Contoh"
zone = "WIB"
clock = "office"
holidays = []

[week]
mon = ["08:00-12:00", "13:00-16:00"]
tue = ["08:00-12:00", "13:00-16:00"]
wed = ["08:00-12:00", "13:00-16:00"]
thu = ["08:00-12:00", "13:00-16:00"]
fri = ["08:00-11:30", "13:00-16:30"]
sat = []
sun = []
"#;

/// A register that has rows in every data table, written by kasus: the standard case walked to
/// step 6 (staff with roles), assigned, with consent, a paused and resumed step, a service, an
/// agency and a referral to it, a correction and an office calendar.
fn worked() -> Reg {
    let reg = common::with_standard_case();
    referrals::walk_to_step_6(&reg);
    reg.ok(&[
        "assign",
        CASE,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    referrals::consent(&reg, &[]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-victim",
        "--at",
        &at("09:02"),
    ]);
    reg.ok(&["step", "resume", CASE, "--at", &at("09:04")]);
    reg.ok(&[
        "case",
        "service",
        CASE,
        "--type",
        "kesehatan",
        "--at",
        &at("09:05"),
    ]);
    referrals::add_hospital(&reg, &[]);
    reg.ok(&referrals::args(&referrals::to_hospital(
        "identity,assessment",
        "09:10",
    )));
    reg.ok(&[
        "case",
        "edit",
        CASE,
        "--risk",
        "tinggi",
        "--reason",
        "Salah ketik",
    ]);
    let cal = reg.dir.path().join("kalender.toml");
    std::fs::write(&cal, CALENDAR).unwrap();
    reg.ok(&["calendar", "import", &cal.display().to_string()]);
    reg
}

/// The state of every row the audit chain last recorded (`"rows"` of each entry, in order):
/// `(table, key) -> hash`, the rows deleted since left out.
fn chain_rows(sqlite: &Connection) -> BTreeMap<(String, Key), String> {
    let mut out = BTreeMap::new();
    let mut stmt = sqlite
        .prepare("SELECT details FROM audit ORDER BY seq")
        .unwrap();
    let details = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    for d in details {
        let d: serde_json::Value = serde_json::from_str(&d.unwrap()).unwrap();
        for row in d["rows"].as_array().into_iter().flatten() {
            let table = row[0].as_str().unwrap().to_string();
            let key = Key::from_json(&row[1]).unwrap();
            match row[2].as_str() {
                Some(h) => out.insert((table, key), h.to_string()),
                None => out.remove(&(table, key)),
            };
        }
    }
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A SQLite value as a parameter of the column type `ty` (a NULL typed by its column).
fn param(v: &Value, ty: ColType) -> Box<dyn ToSql + Sync> {
    match (v, ty) {
        (Value::Integer(i), _) => Box::new(*i),
        (Value::Real(r), _) => Box::new(*r),
        (Value::Text(t), _) => Box::new(t.clone()),
        (Value::Blob(b), _) => Box::new(b.clone()),
        (Value::Null, ColType::Integer) => Box::new(None::<i64>),
        (Value::Null, ColType::Real) => Box::new(None::<f64>),
        (Value::Null, ColType::Text) => Box::new(None::<String>),
        (Value::Null, ColType::Blob) => Box::new(None::<Vec<u8>>),
    }
}

/// Every row of a register kasus wrote, copied into PostgreSQL as it is, is captured with the
/// key and hash the SQLite audit chain last recorded for it: a chain verifies the same on either
/// engine.
#[test]
fn a_worked_registers_rows_copied_over_hash_as_its_audit_chain_says() {
    let Some(url) = pg_url() else { return };
    let reg = worked();
    reg.ok(&["audit", "verify", "--data"]);
    let sqlite = Connection::open(reg.path()).unwrap();
    let chain = chain_rows(&sqlite);
    let mut db = Db::migrated(&url, "worked");
    let layouts = db.layouts();
    let mut tx = db.c().transaction().unwrap();
    for t in rowhash::TABLES {
        let layout = &layouts[t.name];
        let names: Vec<&str> = layout.columns.iter().map(|c| c.0.as_str()).collect();
        let rows: Vec<Vec<Value>> = sqlite
            .prepare(&format!(
                "SELECT {} FROM {} ORDER BY 1",
                names.join(", "),
                t.name
            ))
            .unwrap()
            .query_map([], |r| (0..names.len()).map(|i| r.get(i)).collect())
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            !rows.is_empty(),
            "{}: no rows in the worked register",
            t.name
        );
        let marks: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
        let insert = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            t.name,
            names.join(", "),
            marks.join(", ")
        );
        for row in rows {
            let params: Vec<Box<dyn ToSql + Sync>> = row
                .iter()
                .zip(&layout.columns)
                .map(|(v, c)| param(v, c.1))
                .collect();
            let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
            tx.execute(insert.as_str(), &refs).unwrap();
        }
    }
    let mut pg = BTreeMap::new();
    for r in tx.query(TAKE_CHANGES, &[&0i64]).unwrap() {
        let (tbl, op): (String, String) = (r.get(1), r.get(2));
        assert_eq!(op, "insert");
        let row: serde_json::Value = serde_json::from_str(r.get::<_, &str>(3)).unwrap();
        for (table, key, after, _) in touches(&tbl, &layouts[&tbl], &op, &row, None).unwrap() {
            pg.insert((table.to_string(), key), hex(&after.unwrap()));
        }
    }
    tx.commit().unwrap();
    assert!(pg.len() > 20, "{}", pg.len());
    assert_eq!(pg, chain);
    // The rows came with their ids: the next row the database numbers follows them.
    let most: i64 = db
        .c()
        .query_one("SELECT max(id) FROM agencies", &[])
        .unwrap()
        .get(0);
    let insert = "INSERT INTO agencies(uuid, name, kind, created_at, updated_at) \
                  VALUES ('ag-x', 'Polres Contoh', 'kepolisian', 't', 't') RETURNING id";
    assert!(
        db.c().query_one(insert, &[]).is_err(),
        "the identity was behind"
    );
    db.c().batch_execute(SYNC_IDENTITIES).unwrap();
    let id: i64 = db.c().query_one(insert, &[]).unwrap().get(0);
    assert_eq!(id, most + 1);
}
