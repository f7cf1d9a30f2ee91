//! A write the PostgreSQL server aborts as a deadlock (SQLSTATE 40P01) or a serialization
//! failure (40001) is run again whole (issue 21, `register::server::write`): here another
//! program's transaction holds the settings row kasus's `config set` needs and then asks for
//! kasus's write lock, the server aborts kasus's side, and kasus's write lands once, printed
//! once and audited once. Skipped with a note without `KASUS_TEST_PG` (a failure under
//! `KASUS_REQUIRE_PG=1`).

mod common;

use common::{pg, Engine, Reg};
use std::time::{Duration, Instant};

/// kasus's write lock (`register::server::WRITE_LOCK`, "KSUS").
const WRITE_LOCK: i64 = 0x4B53_5553;
const APP: &str = "kasus_retry_test";

#[test]
fn a_write_aborted_as_a_deadlock_is_run_again_and_lands_once() {
    if !pg::available() {
        return;
    }
    let reg = Reg::on(Engine::Postgres);
    reg.ok(&["config", "set", "office-prefix", "PPA"]);
    let url = reg.pg.as_ref().unwrap().url.clone();
    let audited = |reg: &Reg| {
        reg.query_i64(
            "SELECT count(*) FROM audit WHERE action = 'config.set' \
             AND details LIKE '%office-prefix%'",
        )
    };
    assert_eq!(audited(&reg), 1);

    // The other program: the settings row first (kasus's write will wait for it), with a
    // deadlock check slower than kasus's session's (1 s, the server's default), so that the
    // server aborts kasus's side, not this one.
    let mut other = pg::connect(&url);
    other
        .batch_execute(
            "SET deadlock_timeout = '30s'; BEGIN; \
             UPDATE meta SET value = value WHERE key = 'office-prefix'",
        )
        .unwrap();
    let mut set = reg.cmd();
    set.env("PGAPPNAME", APP)
        .args(["config", "set", "office-prefix", "KTB"]);
    let writer = std::thread::spawn(move || set.output().unwrap());
    let mut watch = pg::connect(&url);
    let started = Instant::now();
    while watch
        .query(
            "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 \
             AND wait_event_type = 'Lock'",
            &[&APP],
        )
        .unwrap()
        .is_empty()
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "kasus never waited for the row"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Now the other program asks for kasus's lock: each waits for the other. The server
    // aborts kasus's transaction, which releases the lock to this one.
    let deadlocks_before = deadlocks(&mut watch);
    other
        .query_one("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .unwrap_or_else(|e| panic!("the server aborted the other side: {}", pg::why(&e)));
    other.batch_execute("COMMIT").unwrap();
    let out = writer.join().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        deadlocks(&mut watch) > deadlocks_before,
        "the server found no deadlock"
    );
    // Landed once, printed once, audited once.
    assert_eq!(stdout, "office-prefix = KTB\n");
    assert_eq!(stderr, "");
    assert!(reg.ok(&["config", "get"]).contains("office-prefix = KTB"));
    assert_eq!(audited(&reg), 2);
    let verify = reg.ok(&["audit", "verify", "--data"]);
    assert!(verify.contains("intact"), "{verify}");
}

/// The deadlocks the server has found in this database.
fn deadlocks(c: &mut postgres::Client) -> i64 {
    // The statistics a session reads are a snapshot taken at its first read in a transaction.
    c.batch_execute("SELECT pg_stat_clear_snapshot()").unwrap();
    c.query_one(
        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()",
        &[],
    )
    .unwrap()
    .get(0)
}
