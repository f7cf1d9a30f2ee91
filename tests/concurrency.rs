//! Concurrency: several staff terminals and a cron export on one register at once. Writes take
//! the write lock up front and wait for each other; readers never block writers (WAL). Nothing
//! fails, nothing is lost, and the register and its audit chain are whole afterwards.
//!
//! The full load (4 writers x 250 step events, and a fifth process exporting in a loop) runs
//! with KASUS_LONG_TESTS=1 (`.ci/run` sets it); without it, the same test runs with 4 x 30
//! events.

mod common;

use common::load::ok;
use common::Reg;
use rusqlite::Connection;

const WRITERS: usize = 4;

fn long() -> bool {
    std::env::var("KASUS_LONG_TESTS").is_ok_and(|v| v == "1")
}

fn check_load(events: usize) {
    let (reg, cases, exports) = common::load::run(Reg::new(), WRITERS, events);

    // Every event is there: events/2 attempts per case, all finished, and one audit entry
    // per event (plus the intake and the consent).
    let conn = Connection::open(reg.path()).unwrap();
    for case in &cases {
        let (attempts, finished, step12): (i64, i64, i64) = conn
            .query_row(
                "SELECT count(*), sum(step_attempts.status = 'finished'), sum(step_number = 12)
                 FROM step_attempts JOIN cases ON cases.id = step_attempts.case_id
                 WHERE cases.number = ?1",
                [case],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(attempts as usize, events / 2, "{case}");
        assert_eq!(finished, attempts, "{case}");
        assert_eq!(step12 as usize, events / 2 - 11, "{case}");
        let audited: i64 = conn
            .query_row(
                "SELECT count(*) FROM audit WHERE case_uuid = (SELECT uuid FROM cases WHERE number = ?1)",
                [case],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audited as usize, events + 2, "{case}");
    }
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(conn);
    let out = ok(&reg, &["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");
    let out = ok(&reg, &["check"]);
    assert!(out.contains("check passed"), "{out}");
    // The last export after the load has every event.
    let csv = ok(&reg, &["export", "steps", "--format", "csv"]);
    assert_eq!(csv.lines().count() - 1, WRITERS * events / 2);
    eprintln!("{WRITERS} writers x {events} step events, {exports} exports meanwhile");
}

#[test]
fn four_writers_and_an_exporter_lose_nothing() {
    // This file's load on a file. On a server, tests/postgres_concurrency.rs runs the same load
    // (common::load::run: writers and an exporter) with eight writers, and asserts all this test
    // does there (every attempt, finished, step 12, one audit entry per event, `audit verify`,
    // `check`, the last export) except SQLite's page check (PRAGMA integrity_check), which a
    // server has no use for: this file on PostgreSQL would be a strict subset of that test, at
    // four times its step events (minutes on a debug build).
    if common::sqlite_only() {
        return;
    }
    check_load(if long() { 250 } else { 30 });
}
