//! Concurrency on a PostgreSQL register (issue 21): eight staff terminals and a cron export
//! on one server at once. Writes serialise on the register's lock, reads never wait; nothing
//! fails, nothing is lost, and the audit chain and every row are whole afterwards. A client
//! killed in the middle of a write leaves all of it or nothing.
//!
//! Each test has a database of its own on `KASUS_TEST_PG` (skipped with a note without it; a
//! failure under `KASUS_REQUIRE_PG=1`). The full load (8 writers x 60 step events) runs with
//! KASUS_LONG_TESTS=1 (`.ci/run` sets it); without it, 8 x 24.

mod common;

use common::load::{command, intake, intake_args, office_minute, ok};
use common::pg;
use common::{Engine, Reg};

const WRITERS: usize = 8;

fn long() -> bool {
    std::env::var("KASUS_LONG_TESTS").is_ok_and(|v| v == "1")
}

#[test]
fn eight_writers_and_an_exporter_lose_nothing() {
    if !pg::available() {
        return;
    }
    let events = if long() { 60 } else { 24 };
    let (reg, cases, _) = common::load::run(Reg::on(Engine::Postgres), WRITERS, events);

    let mut client = pg::connect(&reg.pg.as_ref().unwrap().url);
    for case in &cases {
        let row = client
            .query_one(
                "SELECT count(*), count(*) FILTER (WHERE a.status = 'finished'),
                        count(*) FILTER (WHERE a.step_number = 12),
                        (SELECT count(*) FROM audit WHERE case_uuid = c.uuid)
                 FROM step_attempts a JOIN cases c ON c.id = a.case_id
                 WHERE c.number = $1 GROUP BY c.uuid",
                &[case],
            )
            .unwrap();
        let (attempts, finished, step12, audited): (i64, i64, i64, i64) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        assert_eq!(attempts as usize, events / 2, "{case}");
        assert_eq!(finished, attempts, "{case}");
        assert_eq!(step12 as usize, events / 2 - 11, "{case}");
        // One entry per event, plus the intake and the consent.
        assert_eq!(audited as usize, events + 2, "{case}");
    }
    drop(client);
    let out = ok(&reg, &["audit", "verify", "--data"]);
    assert!(
        out.contains("audit chain intact") && out.contains("data intact"),
        "{out}"
    );
    let out = ok(&reg, &["check"]);
    assert!(out.contains("check passed"), "{out}");
    let csv = ok(&reg, &["export", "steps", "--format", "csv"]);
    assert_eq!(csv.lines().count() - 1, WRITERS * events / 2);
}

#[test]
fn two_clients_starting_the_same_step_run_it_once() {
    if !pg::available() {
        return;
    }
    let reg = Reg::on(Engine::Postgres);
    ok(&reg, &["sop", "list"]);
    ok(&reg, &["staff", "add", "Rina Contoh", "--role", "Petugas"]);
    let case = intake(&reg, "pulangpisau-8-2021", "Siti Contoh");
    let at = office_minute(1);
    let runs: Vec<_> = (0..6)
        .map(|_| {
            command(
                &reg,
                &["step", "start", &case, "--at", &at, "--by", "Rina Contoh"],
            )
            .spawn()
            .unwrap()
        })
        .collect();
    let codes: Vec<i32> = runs
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 4), "{codes:?}");
    let mut client = pg::connect(&reg.pg.as_ref().unwrap().url);
    let running: i64 = client
        .query_one(
            "SELECT count(*) FROM step_attempts WHERE status = 'running'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(running, 1);
}

#[test]
fn a_client_killed_in_the_middle_of_a_write_leaves_nothing_of_it() {
    if !pg::available() {
        return;
    }
    let reg = Reg::on(Engine::Postgres);
    ok(&reg, &["sop", "list"]);
    let url = reg.pg.as_ref().unwrap().url.clone();
    // Another session holds the audit table so that the intake, once it has written its case
    // and people, waits at its audit entry: in the middle of its transaction.
    let mut holder = pg::connect(&url);
    holder
        .batch_execute("BEGIN; LOCK TABLE audit IN EXCLUSIVE MODE")
        .unwrap();
    let args = intake_args("batam-34-2020", "Siti Contoh");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut child = command(&reg, &args).spawn().unwrap();
    let mut watcher = pg::connect(&url);
    let waiting = (0..200).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let n: i64 = watcher
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE application_name = 'kasus' AND wait_event_type = 'Lock'
                   AND datname = current_database()",
                &[],
            )
            .unwrap()
            .get(0);
        n > 0
    });
    assert!(waiting, "the intake never reached its audit entry");
    // Its case is written in its transaction, not yet visible to anyone else.
    child.kill().unwrap();
    child.wait().unwrap();
    holder.batch_execute("COMMIT").unwrap();
    // The server ends the dead client's transaction, rolled back.
    pg::wait_for_kasus_sessions_to_end(&url);
    let cases: i64 = watcher
        .query_one("SELECT count(*) FROM cases", &[])
        .unwrap()
        .get(0);
    assert_eq!(cases, 0, "a killed intake left its case");
    let out = ok(&reg, &["audit", "verify", "--data"]);
    assert!(out.contains("data intact"), "{out}");
    // And the register takes the same intake afterwards.
    ok(&reg, &args);
}
