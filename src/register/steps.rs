//! Step attempts: when each step of a case's SOP started and finished, by whom, with what output.

use super::cases::CaseRow;
use super::db::{self, DbRef};
use super::flow_case::Fingerprint;
use super::Register;
use crate::clock;
use crate::error::{Error, Result};
use crate::flow::{Attempt, Outcome, Status};
use rusqlite::types::FromSql;
use rusqlite::{params, Statement};

#[derive(Debug, Clone)]
pub struct AttemptRow {
    pub id: i64,
    pub uuid: String,
    pub step_number: u32,
    pub attempt: u32,
    pub status: String,
    pub outcome: Option<String>,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    pub elapsed_secs: Option<u64>,
    pub standard_min_secs: Option<u64>,
    pub standard_max_secs: Option<u64>,
    pub performer: Option<String>,
    pub output: Option<String>,
    pub note: Option<String>,
    pub reason: Option<String>,
    /// `office`, `24/7`, or `wall` (finished before schema 4, judged by the wall clock);
    /// `None` for an attempt started before schema 4 and still running (its SOP step says).
    pub clock: Option<String>,
    /// The standard is written in days: working days on the office clock.
    pub standard_days: bool,
    pub wall_secs: Option<u64>,
    pub paused_secs: Option<u64>,
    /// The office calendar version the finished figures were judged by (0: built-in).
    pub calendar_version: Option<i64>,
}

/// The latest time recorded in a case's attempts (a start or a finish): what closing the case,
/// accepting its handover or dating a withdrawal may not come before.
pub fn last_recorded(rows: &[AttemptRow]) -> Option<clock::Instant> {
    rows.iter()
        .flat_map(|r| [r.started_at.as_deref(), r.finished_at.as_deref()])
        .flatten()
        .filter_map(clock::from_db)
        .max()
}

impl AttemptRow {
    /// The clock this attempt runs on, when it is office or 24/7 (not `wall`); `step` is the
    /// clock its SOP step names, used for an attempt started before schema 4.
    pub fn clock_or(&self, step: crate::sop::Clock) -> crate::sop::Clock {
        self.clock
            .as_deref()
            .and_then(crate::sop::Clock::parse)
            .unwrap_or(step)
    }

    /// Voided as recorded by mistake (`kasus step void`): kept, read by nothing that judges
    /// or moves the case.
    pub fn is_void(&self) -> bool {
        self.status == "void"
    }

    pub fn flow(&self) -> Attempt {
        Attempt {
            step_number: self.step_number,
            attempt: self.attempt,
            status: match self.status.as_str() {
                "running" => Status::Running,
                "skipped" => Status::Skipped,
                "void" => Status::Void,
                _ => Status::Finished,
            },
            outcome: self.outcome.as_deref().and_then(Outcome::parse),
            started_at: self.started_at.as_deref().and_then(clock::from_db),
            finished_at: self.finished_at.as_deref().and_then(clock::from_db),
        }
    }
}

/// What a step command read of a case before it decided: compared again inside the write
/// transaction, so that a decision made on a state another terminal has changed meanwhile is
/// refused instead of written (optimistic concurrency under BEGIN IMMEDIATE). A pause or a
/// resume changes it too (the count of pauses and of closed pauses), and so do a consent and
/// an attempt voided (their counts: a void in the same second as the last write, or from a
/// terminal whose clock is behind, leaves the latest `updated_at` as it was).
pub fn fingerprint<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Fingerprint> {
    db.into().query_row(
        "SELECT (SELECT count(*) FROM step_attempts WHERE case_id = ?1),
                (SELECT max(updated_at) FROM step_attempts WHERE case_id = ?1)
                    || '/' || (SELECT count(*) + count(p.resumed_at) FROM step_pauses p
                               JOIN step_attempts a ON a.id = p.attempt_id WHERE a.case_id = ?1)
                    || '/' || (SELECT count(*) FROM step_attempts
                               WHERE case_id = ?1 AND status = 'void'),
                (SELECT count(*) + count(voided_at) FROM consents WHERE case_id = ?1),
                (SELECT status FROM cases WHERE id = ?1)",
        [case_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// The refusal when another terminal recorded something on the case after this command read it:
/// given by the check inside the write, and by the one-running-step index should a race still
/// reach it. Nothing was written; running the command again decides on the new state.
pub fn changed_meanwhile(number: &str) -> Error {
    Error::Refused(crate::tr!(
        "case {} changed while this command ran (another terminal recorded something); nothing was written: run it again",
        "kasus {} berubah saat perintah ini berjalan (terminal lain mencatat sesuatu); tidak ada yang ditulis: jalankan lagi",
        number
    ))
}

/// True for a violation of the index that allows one running attempt per case
/// (`step_attempts_running`: reported by SQLite as `step_attempts.case_id`, by PostgreSQL as
/// SQLSTATE 23505 naming the index). Other constraint failures (a duplicate uuid, a foreign
/// key) are bugs and stay database errors.
fn is_second_running_write(e: &Error) -> bool {
    match e {
        Error::Db(e) => is_second_running(e),
        Error::Server { code, text } => {
            code == "23505"
                && (text.contains("constraint step_attempts_running,")
                    || text.contains("constraint step_attempts_running)"))
        }
        _ => false,
    }
}

/// [`is_second_running_write`] for SQLite's error.
fn is_second_running(e: &rusqlite::Error) -> bool {
    match e {
        rusqlite::Error::SqliteFailure(f, Some(msg)) => {
            f.code == rusqlite::ErrorCode::ConstraintViolation
                && f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                && msg.trim_end() == "UNIQUE constraint failed: step_attempts.case_id"
        }
        _ => false,
    }
}

/// The columns of an attempt, in the order [`attempt_at`] reads them, each prefixed by `a.`
/// (the alias of `step_attempts` in the queries that read them).
pub(super) const ATTEMPT_COLUMNS: &str =
    "a.id, a.uuid, a.step_number, a.attempt, a.status, a.outcome, a.started_at, a.finished_at,
     a.elapsed_secs, a.standard_min_secs, a.standard_max_secs, a.performer, a.output, a.note,
     a.reason, a.clock, a.standard_days, a.wall_secs, a.paused_secs, a.calendar_version";

/// A row's columns read as rusqlite reads them: a SQLite row, or either engine's
/// ([`db::Row`]), so that [`attempt_at`] reads an attempt from both.
pub(super) trait Columns {
    fn col<T: FromSql>(&self, i: usize) -> rusqlite::Result<T>;
}

impl Columns for rusqlite::Row<'_> {
    fn col<T: FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        self.get(i)
    }
}

impl Columns for db::Row<'_> {
    fn col<T: FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        self.get(i)
    }
}

/// An attempt read from [`ATTEMPT_COLUMNS`] starting at column `at`.
pub(super) fn attempt_at(r: &impl Columns, at: usize) -> rusqlite::Result<AttemptRow> {
    Ok(AttemptRow {
        id: r.col(at)?,
        uuid: r.col(at + 1)?,
        step_number: r.col(at + 2)?,
        attempt: r.col(at + 3)?,
        status: r.col(at + 4)?,
        outcome: r.col(at + 5)?,
        started_at: r.col(at + 6)?,
        finished_at: r.col(at + 7)?,
        elapsed_secs: r.col(at + 8)?,
        standard_min_secs: r.col(at + 9)?,
        standard_max_secs: r.col(at + 10)?,
        performer: r.col(at + 11)?,
        output: r.col(at + 12)?,
        note: r.col(at + 13)?,
        reason: r.col(at + 14)?,
        clock: r.col(at + 15)?,
        standard_days: r.col(at + 16)?,
        wall_secs: r.col(at + 17)?,
        paused_secs: r.col(at + 18)?,
        calendar_version: r.col(at + 19)?,
    })
}

/// A case's attempts in the order recorded, the voided ones too (for `case show`).
pub fn list<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Vec<AttemptRow>> {
    let sql =
        format!("SELECT {ATTEMPT_COLUMNS} FROM step_attempts a WHERE a.case_id = ?1 ORDER BY a.id");
    db.into().all(&sql, [case_id], |r| attempt_at(r, 0))
}

/// A new attempt: started (running) or skipped.
pub struct NewAttempt<'a> {
    pub step_number: u32,
    pub status: Status,
    pub at: &'a str,
    pub standard: (Option<u64>, Option<u64>),
    /// The standard is written in days (`Standard::in_days`).
    pub standard_days: bool,
    /// The clock of the step, from its SOP.
    pub clock: crate::sop::Clock,
    pub performer: Option<&'a str>,
    pub performer_staff_id: Option<i64>,
    pub note: Option<&'a str>,
    pub reason: Option<&'a str>,
}

/// The parameters of the `INSERT` statement for one attempt (`uuid, case_id, record, actor,
/// now`): one list for [`write`] (SQLite's prepared statement) and [`insert`] (either engine).
macro_rules! attempt_params {
    ($uuid:expr, $case_id:expr, $a:expr, $actor:expr, $now:expr) => {
        params![
            $uuid,
            $case_id,
            $a.step_number,
            $a.attempt,
            $a.status,
            $a.outcome,
            $a.started_at,
            $a.finished_at,
            $a.figures.map(|f| f.elapsed_secs),
            $a.standard.0,
            $a.standard.1,
            $a.performer,
            $a.performer_staff_id,
            $a.output,
            $a.note,
            $a.reason,
            $actor,
            $now,
            $a.clock,
            $a.standard_days,
            $a.figures.map(|f| f.wall_secs),
            $a.figures.map(|f| f.paused_secs),
            $a.calendar_version,
        ]
    };
}
pub(super) use attempt_params;

pub fn insert(tx: DbRef, case: &CaseRow, a: &NewAttempt, now: &str, actor: &str) -> Result<u32> {
    let attempt: u32 = tx.query_row(
        "SELECT coalesce(max(attempt), 0) + 1 FROM step_attempts WHERE case_id = ?1 AND step_number = ?2",
        params![case.id, a.step_number],
        |r| r.get(0),
    )?;
    let (status, outcome, finished) = match a.status {
        Status::Skipped => ("skipped", Some("skipped"), Some(a.at)),
        _ => ("running", None, None),
    };
    let uuid = super::new_uuid();
    let record = AttemptRecord {
        step_number: a.step_number,
        attempt,
        status,
        outcome,
        started_at: (a.status != Status::Skipped).then_some(a.at),
        finished_at: finished,
        figures: None,
        standard: a.standard,
        standard_days: a.standard_days,
        clock: a.clock.as_str(),
        calendar_version: None,
        performer: a.performer,
        performer_staff_id: a.performer_staff_id,
        output: None,
        note: a.note,
        reason: a.reason,
    };
    tx.execute(INSERT, attempt_params!(&uuid, case.id, &record, actor, now))
        .map_err(|e| {
            if is_second_running_write(&e) {
                changed_meanwhile(&case.number)
            } else {
                e
            }
        })?;
    let action = if a.status == Status::Skipped {
        "step.skip"
    } else {
        "step.start"
    };
    let details =
        serde_json::json!({"attempt": uuid, "step": a.step_number, "n": attempt, "at": a.at});
    super::cases::changed(tx, case, now, actor, action, details)?;
    Ok(attempt)
}

pub struct Finish<'a> {
    pub outcome: Outcome,
    pub at: &'a str,
    /// The figures on the attempt's clock, its pauses taken off.
    pub figures: crate::timing::Figures,
    pub clock: crate::sop::Clock,
    /// The office calendar version the figures were measured by (0: built-in).
    pub calendar_version: i64,
    /// The standard as judged, in the clock's seconds: differs from the stored one only for a
    /// standard in days (working days from this attempt's start).
    pub standard: (Option<u64>, Option<u64>),
    pub output: Option<&'a str>,
    pub note: Option<&'a str>,
    pub performer: Option<&'a str>,
    pub performer_staff_id: Option<i64>,
}

pub fn finish(
    tx: DbRef,
    case: &CaseRow,
    row: &AttemptRow,
    f: &Finish,
    now: &str,
    actor: &str,
) -> Result<()> {
    let changed = tx.execute(
        "UPDATE step_attempts SET status = 'finished', outcome = ?1, finished_at = ?2, elapsed_secs = ?3,
            output = ?4, note = coalesce(?5, note), performer = coalesce(?6, performer),
            performer_staff_id = coalesce(?7, performer_staff_id), updated_at = ?8,
            wall_secs = ?10, paused_secs = ?11, clock = ?12, calendar_version = ?13,
            standard_min_secs = ?14, standard_max_secs = ?15
         WHERE id = ?9 AND status = 'running'",
        params![
            f.outcome.code(),
            f.at,
            f.figures.elapsed_secs,
            f.output,
            f.note,
            f.performer,
            f.performer_staff_id,
            now,
            row.id,
            f.figures.wall_secs,
            f.figures.paused_secs,
            f.clock.as_str(),
            f.calendar_version,
            f.standard.0,
            f.standard.1,
        ],
    )?;
    if changed != 1 {
        // Another terminal finished it first: nothing is written twice.
        return Err(Error::Refused(crate::tr!(
            "step {} of case {} is no longer running (someone else recorded it just now); nothing was written",
            "langkah {} kasus {} sudah tidak berjalan (baru saja dicatat orang lain); tidak ada yang ditulis",
            row.step_number,
            case.number
        )));
    }
    // Finishing a paused step ends its pause at the finish.
    let resumed = super::pauses::close_open(tx, row.id, f.at, now)?;
    let details = serde_json::json!({"attempt": row.uuid, "step": row.step_number, "n": row.attempt,
                                     "outcome": f.outcome.code(), "at": f.at,
                                     "elapsed_secs": f.figures.elapsed_secs,
                                     "wall_secs": f.figures.wall_secs,
                                     "paused_secs": f.figures.paused_secs,
                                     "clock": f.clock.as_str(),
                                     "calendar_version": f.calendar_version,
                                     "pause_ended": resumed});
    super::cases::changed(tx, case, now, actor, "step.finish", details)
}

/// The one statement that inserts a step attempt: `insert` (one at a time) and the backfill of
/// `step import` (`bulk::StepWriter`, prepared once for every row) both use it, through `write`.
pub(super) const INSERT: &str =
    "INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, outcome, started_at,
        finished_at, elapsed_secs, standard_min_secs, standard_max_secs, performer, performer_staff_id,
        output, note, reason, recorded_by, created_at, updated_at,
        clock, standard_days, wall_secs, paused_secs, calendar_version)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18,
        ?19, ?20, ?21, ?22, ?23)";

/// An attempt as it is stored: a new one (running or skipped), or a backfilled one already
/// checked against the flow.
pub struct AttemptRecord<'a> {
    pub step_number: u32,
    pub attempt: u32,
    /// running, finished or skipped
    pub status: &'a str,
    pub outcome: Option<&'a str>,
    pub started_at: Option<&'a str>,
    pub finished_at: Option<&'a str>,
    /// A finished attempt's figures on its clock.
    pub figures: Option<crate::timing::Figures>,
    pub standard: (Option<u64>, Option<u64>),
    pub standard_days: bool,
    /// `office` or `24/7`.
    pub clock: &'a str,
    /// The office calendar version a finished attempt was measured by.
    pub calendar_version: Option<i64>,
    pub performer: Option<&'a str>,
    pub performer_staff_id: Option<i64>,
    pub output: Option<&'a str>,
    pub note: Option<&'a str>,
    pub reason: Option<&'a str>,
}

/// Runs the `INSERT` statement for one attempt.
pub(super) fn write(
    stmt: &mut Statement,
    uuid: &str,
    case_id: i64,
    a: &AttemptRecord,
    actor: &str,
    now: &str,
) -> rusqlite::Result<usize> {
    stmt.execute(attempt_params!(uuid, case_id, a, actor, now))
}

/// Refuses when another terminal changed the case since `seen` was read (the write lock is
/// held here, so nothing can change it between this check and the write).
pub(super) fn unchanged<'a>(
    tx: impl Into<DbRef<'a>>,
    case: &CaseRow,
    seen: &Fingerprint,
) -> Result<()> {
    if fingerprint(tx, case.id)? != *seen {
        return Err(changed_meanwhile(&case.number));
    }
    Ok(())
}

/// Records a new attempt (started or skipped) in its own write, refused when the case changed
/// since `seen` was read. Returns the attempt's number.
pub fn record(
    reg: &mut Register,
    case: &CaseRow,
    seen: &Fingerprint,
    a: &NewAttempt,
    now: &str,
    actor: &str,
) -> Result<u32> {
    reg.change(|tx| {
        unchanged(tx, case, seen)?;
        insert(tx, case, a, now, actor)
    })
}

/// Finishes a running attempt in its own write, refused when the case changed since `seen`
/// was read.
pub fn record_finish(
    reg: &mut Register,
    case: &CaseRow,
    seen: &Fingerprint,
    row: &AttemptRow,
    f: &Finish,
    now: &str,
    actor: &str,
) -> Result<()> {
    reg.change(|tx| {
        unchanged(tx, case, seen)?;
        finish(tx, case, row, f, now, actor)
    })
}

impl super::Register {
    /// The step attempts of a case, as recorded, but the voided ones (which count for
    /// nothing: see [`AttemptRow::is_void`]).
    pub fn step_attempts(&self, case_id: i64) -> Result<Vec<AttemptRow>> {
        let mut rows = list(&self.db, case_id)?;
        rows.retain(|r| !r.is_void());
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn attempt(conn: &Connection, uuid: &str, step: u32, n: u32, status: &str) -> rusqlite::Error {
        conn.execute(
            "INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, recorded_by,
                created_at, updated_at) VALUES (?1, 1, ?2, ?3, ?4, 't', 'x', 'x')",
            params![uuid, step, n, status],
        )
        .expect_err("the insert breaks a constraint")
    }

    /// The real schema (foreign keys off, so that no case row is needed): only the one-running-step
    /// index is the race's refusal; the other unique constraint stays a database error.
    #[test]
    fn only_the_one_running_step_index_is_taken_for_a_race() {
        let conn = Connection::open_in_memory().unwrap();
        for sql in super::super::schema::MIGRATIONS {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "foreign_keys", false).unwrap();
        conn.execute(
            "INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, recorded_by,
                created_at, updated_at) VALUES ('a', 1, 1, 1, 'running', 't', 'x', 'x')",
            [],
        )
        .unwrap();
        let second_running = attempt(&conn, "b", 2, 1, "running");
        assert!(is_second_running(&second_running), "{second_running}");
        let same_attempt = attempt(&conn, "c", 1, 1, "skipped");
        assert!(!is_second_running(&same_attempt), "{same_attempt}");
        let bad_status = attempt(&conn, "d", 3, 1, "paused");
        assert!(!is_second_running(&bad_status), "{bad_status}");
        assert!(!is_second_running(&rusqlite::Error::QueryReturnedNoRows));
    }

    /// The same on PostgreSQL (its schema, on a database of its own on the server
    /// `KASUS_TEST_PG` names; skipped without one): the one-running-step index's violation
    /// (SQLSTATE 23505 naming `step_attempts_running`) is the race's refusal, another unique
    /// constraint's or a CHECK's is not.
    #[cfg(feature = "postgres")]
    #[test]
    fn on_postgresql_too_only_the_one_running_step_index_is_taken_for_a_race() {
        use crate::register::db::pg::Pg;
        let Some(server) = std::env::var("KASUS_TEST_PG")
            .ok()
            .filter(|v| !v.is_empty())
        else {
            // CI starts a server (.ci/pg) and requires it: never passes by skipping there.
            assert!(
                std::env::var("KASUS_REQUIRE_PG").map_or(true, |v| v != "1"),
                "KASUS_REQUIRE_PG=1 but KASUS_TEST_PG is not set"
            );
            eprintln!("skipped: KASUS_TEST_PG is not set");
            return;
        };
        let name = format!("kasus_u_steps_{}", std::process::id());
        let admin = Pg::connect(&server).unwrap();
        // One statement a call: CREATE DATABASE refuses a transaction block.
        admin
            .batch(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        admin.batch(&format!("CREATE DATABASE {name}")).unwrap();
        let (base, query) = match server.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (server.as_str(), String::new()),
        };
        let scheme_end = base.find("://").map_or(0, |i| i + 3);
        let authority = base[scheme_end..].split('/').next().unwrap_or("");
        let url = format!("{}{authority}/{name}{query}", &base[..scheme_end]);
        let outcome = std::panic::catch_unwind(|| {
            let pg = Pg::connect(&url).unwrap();
            for sql in crate::register::postgres::schema::MIGRATIONS {
                pg.batch(sql).unwrap();
            }
            // No case row is needed: foreign keys (and the capture triggers) off.
            pg.batch("SET session_replication_role = replica").unwrap();
            let db = DbRef::Postgres(&pg);
            let insert = |uuid: &str, step: i64, n: i64, status: &str| {
                db.execute(
                    "INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status,
                        recorded_by, created_at, updated_at)
                     VALUES (?1, 1, ?2, ?3, ?4, 't', 'x', 'x')",
                    params![uuid, step, n, status],
                )
            };
            insert("a", 1, 1, "running").unwrap();
            let second_running = insert("b", 2, 1, "running").unwrap_err();
            assert!(
                is_second_running_write(&second_running),
                "{second_running:?}"
            );
            let same_attempt = insert("c", 1, 1, "skipped").unwrap_err();
            assert!(!is_second_running_write(&same_attempt), "{same_attempt:?}");
            let bad_status = insert("d", 3, 1, "paused").unwrap_err();
            assert!(!is_second_running_write(&bad_status), "{bad_status:?}");
        });
        drop(admin.batch(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")));
        if let Err(p) = outcome {
            std::panic::resume_unwind(p);
        }
    }

    #[test]
    fn the_race_refusal_is_the_guard_refusal() {
        let e = changed_meanwhile("PPA/2026/0001");
        assert_eq!(e.exit_code(), crate::error::exit::REFUSED);
        let msg = e.to_string();
        assert!(
            msg.contains("PPA/2026/0001") && msg.contains("run it again"),
            "{msg}"
        );
    }
}
