//! A write the PostgreSQL server aborts as a deadlock (SQLSTATE 40P01) or a serialization
//! failure (40001) is run again whole (issue 21, `register::server::write`): here another
//! program's transaction holds the settings row kasus's `config set` needs and then asks for
//! kasus's write lock, the server aborts kasus's side, and kasus's write lands once, printed
//! once and audited once; aborted at every try, it is refused after the last (exit 4) with
//! nothing changed or printed. Skipped with a note without `KASUS_TEST_PG` (a failure under
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

    let (mut other, writer) = row_held_and_kasus_writing(&reg, &url);
    let mut watch = pg::connect(&url);
    waits_for_a_row(&mut watch);
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

/// The other program: holds the settings row in an open transaction, with a deadlock check
/// slower than kasus's session's (1 s, the server's default), so that the server aborts kasus's
/// side, not this one; then kasus's `config set` starts (its write will wait for the row).
fn row_held_and_kasus_writing(
    reg: &Reg,
    url: &str,
) -> (
    postgres::Client,
    std::thread::JoinHandle<std::process::Output>,
) {
    let mut other = pg::connect(url);
    other
        .batch_execute(
            "SET deadlock_timeout = '30s'; BEGIN; \
             UPDATE meta SET value = value WHERE key = 'office-prefix'",
        )
        .unwrap();
    let mut set = reg.cmd();
    set.env("PGAPPNAME", APP)
        .args(["config", "set", "office-prefix", "KTB"]);
    (other, std::thread::spawn(move || set.output().unwrap()))
}

/// Returns when kasus's session on `watch`'s database waits for a row another transaction
/// holds.
fn waits_for_a_row(watch: &mut postgres::Client) {
    let started = Instant::now();
    while watch
        .query(
            // This test's database: the other test's kasus has the same name.
            "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 \
             AND datname = current_database() AND wait_event = 'transactionid'",
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
}

#[test]
fn a_write_aborted_every_time_is_refused_after_its_last_try_with_nothing_changed() {
    if !pg::available() {
        return;
    }
    let reg = Reg::on(Engine::Postgres);
    reg.ok(&["config", "set", "office-prefix", "PPA"]);
    let url = reg.pg.as_ref().unwrap().url.clone();
    let before = reg.state();
    let (mut other, writer) = row_held_and_kasus_writing(&reg, &url);
    let mut watch = pg::connect(&url);
    // Each try: kasus holds its lock and waits for the row; this session asks for the lock
    // (the server aborts kasus's try), then lets it go again (a savepoint's rollback releases
    // it, the row stays held) for the next try to meet the same deadlock. One try and the
    // four tries again (register::server::RETRIES).
    for _ in 0..5 {
        waits_for_a_row(&mut watch);
        other.batch_execute("SAVEPOINT each_try").unwrap();
        other
            .query_one("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .unwrap_or_else(|e| panic!("the server aborted the other side: {}", pg::why(&e)));
        other
            .batch_execute("ROLLBACK TO SAVEPOINT each_try")
            .unwrap();
    }
    let out = writer.join().unwrap();
    other.batch_execute("COMMIT").unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("aborted this write 5 times"), "{stderr}");
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(reg.state(), before, "a refused write changed the register");
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
