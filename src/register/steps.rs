//! Step attempts: when each step of a case's SOP started and finished, by whom, with what output.

use super::{audit, cases::CaseRow};
use crate::clock;
use crate::error::{Error, Result};
use crate::flow::{Attempt, Outcome, Status};
use rusqlite::{params, Connection, Transaction};

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
}

impl AttemptRow {
    pub fn flow(&self) -> Attempt {
        Attempt {
            step_number: self.step_number,
            attempt: self.attempt,
            status: match self.status.as_str() {
                "running" => Status::Running,
                "skipped" => Status::Skipped,
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
/// refused instead of written (optimistic concurrency under BEGIN IMMEDIATE).
pub fn fingerprint(conn: &Connection, case_id: i64) -> Result<(i64, Option<String>, i64, String)> {
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM step_attempts WHERE case_id = ?1),
                (SELECT max(updated_at) FROM step_attempts WHERE case_id = ?1),
                (SELECT count(*) FROM consents WHERE case_id = ?1),
                (SELECT status FROM cases WHERE id = ?1)",
        [case_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?)
}

pub fn list(conn: &Connection, case_id: i64) -> Result<Vec<AttemptRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, uuid, step_number, attempt, status, outcome, started_at, finished_at, elapsed_secs,
                standard_min_secs, standard_max_secs, performer, output, note, reason
         FROM step_attempts WHERE case_id = ?1 ORDER BY id",
    )?;
    let v = stmt
        .query_map([case_id], |r| {
            Ok(AttemptRow {
                id: r.get(0)?,
                uuid: r.get(1)?,
                step_number: r.get(2)?,
                attempt: r.get(3)?,
                status: r.get(4)?,
                outcome: r.get(5)?,
                started_at: r.get(6)?,
                finished_at: r.get(7)?,
                elapsed_secs: r.get(8)?,
                standard_min_secs: r.get(9)?,
                standard_max_secs: r.get(10)?,
                performer: r.get(11)?,
                output: r.get(12)?,
                note: r.get(13)?,
                reason: r.get(14)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// A new attempt: started (running) or skipped.
pub struct NewAttempt<'a> {
    pub step_number: u32,
    pub status: Status,
    pub at: &'a str,
    pub standard: (Option<u64>, Option<u64>),
    pub performer: Option<&'a str>,
    pub performer_staff_id: Option<i64>,
    pub note: Option<&'a str>,
    pub reason: Option<&'a str>,
}

pub fn insert(
    tx: &Transaction,
    case: &CaseRow,
    a: &NewAttempt,
    now: &str,
    actor: &str,
) -> Result<u32> {
    let attempt: u32 = tx.query_row(
        "SELECT coalesce(max(attempt), 0) + 1 FROM step_attempts WHERE case_id = ?1 AND step_number = ?2",
        params![case.id, a.step_number],
        |r| r.get(0),
    )?;
    let (status, outcome, finished) = match a.status {
        Status::Skipped => ("skipped", Some("skipped"), Some(a.at)),
        _ => ("running", None, None),
    };
    let uuid = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, outcome, started_at, finished_at,
            standard_min_secs, standard_max_secs, performer, performer_staff_id, note, reason, recorded_by,
            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
        params![
            uuid,
            case.id,
            a.step_number,
            attempt,
            status,
            outcome,
            (a.status != Status::Skipped).then_some(a.at),
            finished,
            a.standard.0,
            a.standard.1,
            a.performer,
            a.performer_staff_id,
            a.note,
            a.reason,
            actor,
            now
        ],
    )?;
    super::cases::touch(tx, case.id, now)?;
    let action = if a.status == Status::Skipped {
        "step.skip"
    } else {
        "step.start"
    };
    audit::append(
        tx,
        now,
        actor,
        action,
        Some(&case.uuid),
        &serde_json::json!({"attempt": uuid, "step": a.step_number, "n": attempt, "at": a.at}),
    )?;
    Ok(attempt)
}

pub struct Finish<'a> {
    pub outcome: Outcome,
    pub at: &'a str,
    pub elapsed_secs: u64,
    pub output: Option<&'a str>,
    pub note: Option<&'a str>,
    pub performer: Option<&'a str>,
    pub performer_staff_id: Option<i64>,
}

pub fn finish(
    tx: &Transaction,
    case: &CaseRow,
    row: &AttemptRow,
    f: &Finish,
    now: &str,
    actor: &str,
) -> Result<()> {
    let changed = tx.execute(
        "UPDATE step_attempts SET status = 'finished', outcome = ?1, finished_at = ?2, elapsed_secs = ?3,
            output = ?4, note = coalesce(?5, note), performer = coalesce(?6, performer),
            performer_staff_id = coalesce(?7, performer_staff_id), updated_at = ?8
         WHERE id = ?9 AND status = 'running'",
        params![
            f.outcome.code(),
            f.at,
            f.elapsed_secs,
            f.output,
            f.note,
            f.performer,
            f.performer_staff_id,
            now,
            row.id
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
    super::cases::touch(tx, case.id, now)?;
    audit::append(
        tx,
        now,
        actor,
        "step.finish",
        Some(&case.uuid),
        &serde_json::json!({"attempt": row.uuid, "step": row.step_number, "n": row.attempt,
                            "outcome": f.outcome.code(), "at": f.at, "elapsed_secs": f.elapsed_secs}),
    )?;
    Ok(())
}
