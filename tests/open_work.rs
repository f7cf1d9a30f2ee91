//! The reports of open work (`report overdue`, `report due`, the status view, `case list
//! --overdue|--idle`) read the running steps, the open cases and the open referrals through
//! partial indexes that hold only those (schema 9, issue 19): SQLite's plan for each query names
//! the index, so the closed cases of a large register are never read. A register of schema 8 is
//! migrated when opened, and reports the same.

mod common;

use rusqlite::Connection;

/// SQLite's plan of `sql`, its lines joined.
fn plan(conn: &Connection, sql: &str) -> String {
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap_or_else(|e| panic!("{e}: {sql}"));
    let n = stmt.parameter_count();
    let params: Vec<rusqlite::types::Value> = vec![rusqlite::types::Value::Null; n];
    let lines: Vec<String> = stmt
        .query_map(rusqlite::params_from_iter(params), |r| {
            r.get::<_, String>(3)
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    lines.join("\n")
}

fn indexes(conn: &Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn open_work_is_read_through_its_partial_indexes() {
    // SQLite's query plans and its file's schema.
    if common::sqlite_only() {
        return;
    }
    let reg = common::with_case();
    reg.ok(&["step", "start", common::CASE, "--at", "2026-03-02 08:00"]);
    let conn = Connection::open(&reg.path).unwrap();
    let running = plan(&conn, &kasus::register::reports::running_sql());
    assert!(
        running.contains("SCAN a USING COVERING INDEX step_attempts_running_start"),
        "{running}"
    );
    // Each running step's case in the open cases' index: no row of the cases read.
    assert!(
        running.contains("SEARCH c USING COVERING INDEX cases_open (id=?)"),
        "{running}"
    );
    let activity = plan(&conn, kasus::register::reports::ACTIVITY_SQL);
    assert!(
        activity.contains("SCAN c USING COVERING INDEX cases_open"),
        "{activity}"
    );
    assert!(
        activity.contains("SEARCH a USING COVERING INDEX step_attempts_case (case_id=?)"),
        "{activity}"
    );
    let referrals = plan(&conn, &kasus::register::referrals::open_referrals_sql());
    assert!(
        referrals.contains("SCAN r USING INDEX referrals_open"),
        "{referrals}"
    );
    // The indexes hold only open work: a closed case leaves `cases_open`.
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let open = "SELECT count(*) FROM cases INDEXED BY cases_open WHERE status = 'open'";
    assert_eq!(count(open), 1);
    reg.ok(&["step", "finish", common::CASE, "--at", "2026-03-02 08:04"]);
    reg.ok(&["case", "close", common::CASE, "--reason", "selesai"]);
    assert_eq!(count(open), 0);
}

#[test]
fn a_register_of_schema_8_gets_the_open_work_indexes_when_opened() {
    // SQLite's query plans and its file's schema.
    if common::sqlite_only() {
        return;
    }
    let reg = common::with_case();
    reg.ok(&["step", "start", common::CASE, "--at", "2026-03-02 08:00"]);
    let before = reg.ok(&["report", "overdue", "--format", "csv"]);
    {
        let conn = Connection::open(&reg.path).unwrap();
        conn.execute_batch(common::BEFORE_SCHEMA_10).unwrap();
        conn.execute_batch(
            "DROP INDEX cases_open; DROP INDEX referrals_open;
             CREATE INDEX IF NOT EXISTS cases_status ON cases(status);
             CREATE INDEX IF NOT EXISTS cases_updated ON cases(updated_at);
             PRAGMA user_version = 8;",
        )
        .unwrap();
        assert!(!indexes(&conn).contains(&"cases_open".to_string()));
    }
    assert_eq!(reg.ok(&["report", "overdue", "--format", "csv"]), before);
    let conn = Connection::open(&reg.path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, kasus::register::SCHEMA_VERSION);
    assert_eq!(version, 11);
    let names = indexes(&conn);
    for name in ["cases_open", "referrals_open", "step_attempts_running"] {
        assert!(names.contains(&name.to_string()), "{names:?}");
    }
    // Schema 9 drops the indexes no query reads through, which every new case paid for.
    for name in ["cases_status", "cases_updated"] {
        assert!(!names.contains(&name.to_string()), "{names:?}");
    }
    reg.ok(&["check"]);
}
