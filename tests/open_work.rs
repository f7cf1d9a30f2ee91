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
    // Each open case's last activity from `case_activity` (schema 12), no attempt read: an
    // idle one's running step (none: it is no idle case) looked up in the index of the
    // running steps alone.
    assert!(
        activity.contains("SEARCH ca USING INTEGER PRIMARY KEY (rowid=?)"),
        "{activity}"
    );
    assert!(
        activity
            .lines()
            .filter(|l| l.contains("step_attempts"))
            .all(|l| l.contains("SEARCH r USING COVERING INDEX step_attempts_running (case_id=?)")),
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
    assert_eq!(version, 13);
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

/// `case_activity` (schema 12) holds each open case's last activity, the latest start or finish
/// of its attempts, kept by triggers: after every kind of write it is what the attempts give
/// (a correction moving the last time earlier, a closed case gone, a reopened one back).
#[test]
fn case_activity_is_what_the_attempts_give_after_every_write() {
    // SQLite's triggers; PostgreSQL reads the attempts themselves (no such table there).
    if common::sqlite_only() {
        return;
    }
    use common::{at, CASE};
    let reg = common::with_case();
    let conn = Connection::open(&reg.path).unwrap();
    let rows = |sql: &str| -> Vec<(i64, String)> {
        conn.prepare(sql)
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let kept = || rows("SELECT case_id, last_at FROM case_activity ORDER BY case_id");
    let given = || {
        rows(
            "SELECT a.case_id,
                    max(max(coalesce(a.started_at, ''), coalesce(a.finished_at, '')))
             FROM step_attempts a JOIN cases c ON c.id = a.case_id
             WHERE c.status = 'open'
             GROUP BY a.case_id ORDER BY a.case_id",
        )
    };
    let last = || kept().first().map(|(_, t)| t.clone());
    assert_eq!(kept(), vec![], "no attempt yet");

    reg.ok(&["step", "start", CASE, "--at", &at("08:00")]);
    assert_eq!(kept(), given());
    assert_eq!(last().as_deref(), Some("2026-03-02T01:00:00Z"));
    reg.ok(&["step", "finish", CASE, "--at", &at("08:30")]);
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("08:30"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&["step", "finish", CASE, "--at", &at("10:00")]);
    assert_eq!(kept(), given());
    assert_eq!(last().as_deref(), Some("2026-03-02T03:00:00Z"));

    // A correction moves the last finish earlier: the case's time goes back with it.
    reg.ok(&[
        "step",
        "correct",
        CASE,
        "--step",
        "2",
        "--finished-at",
        &at("09:20"),
        "--reason",
        "jam selesai salah ketik",
    ]);
    assert_eq!(kept(), given());
    assert_eq!(last().as_deref(), Some("2026-03-02T02:20:00Z"));

    reg.ok(&["case", "close", CASE, "--reason", "selesai"]);
    assert_eq!(kept(), vec![], "a closed case is not open work");
    reg.ok(&["case", "reopen", CASE, "--reason", "laporan baru"]);
    assert_eq!(kept(), given());
    assert_eq!(last().as_deref(), Some("2026-03-02T02:20:00Z"));

    // Rows changed by another program fire the same triggers.
    conn.execute(
        "UPDATE step_attempts SET finished_at = '2026-03-02T02:10:00Z' WHERE step_number = 2",
        [],
    )
    .unwrap();
    assert_eq!(last().as_deref(), Some("2026-03-02T02:10:00Z"));
    conn.execute("DELETE FROM step_attempts WHERE step_number = 2", [])
        .unwrap();
    assert_eq!(kept(), given());
    assert_eq!(last().as_deref(), Some("2026-03-02T01:30:00Z"));
}

/// `kasus check` compares `case_activity` with the attempts: a row changed outside kasus (which
/// would show the case idle, or hide it) fails the data check, naming the case.
#[test]
fn check_finds_a_last_activity_changed_outside_kasus() {
    if common::sqlite_only() {
        return;
    }
    use common::{at, CASE};
    let reg = common::with_case();
    reg.ok(&["step", "start", CASE, "--at", &at("08:00")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:30")]);
    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    let conn = Connection::open(&reg.path).unwrap();
    conn.execute(
        "UPDATE case_activity SET last_at = '2026-01-01T00:00:00Z'",
        [],
    )
    .unwrap();
    let o = reg.run(&["check"]);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(
        o.stdout.contains("case_activity") && o.stdout.contains(CASE),
        "{}",
        o.stdout
    );
    // Put back as the attempts give it: passes again.
    conn.execute(
        "UPDATE case_activity SET last_at = '2026-03-02T01:30:00Z'",
        [],
    )
    .unwrap();
    assert!(reg.ok(&["check"]).contains("check passed"));
}

/// A case with a step running is no idle case, however long the step has run: over its
/// standard it is an overdue step (listed once, as that), within it (an open-ended step) work
/// going on. Its step finished, it is idle from then on. Both engines: their queries differ.
#[test]
fn a_case_with_a_step_running_is_not_idle() {
    let reg = common::with_case();
    reg.ok(&["step", "start", common::CASE, "--at", "2026-03-02 08:00"]);
    // Ten days later.
    let later = |args: &[&str]| {
        let o = reg
            .cmd()
            .args(args)
            .env("KASUS_NOW", "2026-03-12T12:00:00+07:00")
            .output()
            .unwrap();
        assert!(o.status.success(), "{o:?}");
        String::from_utf8(o.stdout).unwrap()
    };
    let report = |out: String| -> serde_json::Value { serde_json::from_str(&out).unwrap() };
    let r = report(later(&["report", "overdue", "--format", "json"]));
    assert_eq!(
        (r["overdue_steps"].clone(), r["idle_cases"].clone()),
        (1.into(), 0.into()),
        "{r}"
    );
    let listed = later(&["case", "list", "--idle", "7", "--format", "csv"]);
    assert_eq!(listed.lines().count(), 1, "the header alone: {listed}");

    reg.ok(&["step", "finish", common::CASE, "--at", "2026-03-02 08:04"]);
    let r = report(later(&["report", "overdue", "--format", "json"]));
    assert_eq!(
        (r["overdue_steps"].clone(), r["idle_cases"].clone()),
        (0.into(), 1.into()),
        "{r}"
    );
    let listed = later(&["case", "list", "--idle", "7", "--format", "csv"]);
    assert!(listed.contains(common::CASE), "{listed}");
}
