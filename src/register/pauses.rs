//! Pauses of a running step (schema 4, issue 12): while a step waits on the victim, another
//! agency or documents, its clock is paused. Append-only: a pause is written once when it
//! starts; resuming, or finishing the step, only closes it (`resumed_at`). At most one pause of
//! an attempt is open (`step_pauses_open`).

use super::cases::CaseRow;
use super::db::DbRef;
use super::flow_case::Fingerprint;
use super::steps::AttemptRow;
use super::Register;
use crate::clock;
use crate::error::Result;
use crate::timing::Pause;
use rusqlite::params;

/// One pause as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PauseRow {
    pub id: i64,
    pub uuid: String,
    pub attempt_id: i64,
    pub reason: String,
    pub note: Option<String>,
    pub paused_at: String,
    pub resumed_at: Option<String>,
}

impl PauseRow {
    /// The pause for the timing core (a stored time that does not read is left out).
    pub fn span(&self) -> Option<Pause> {
        Some(Pause {
            from: clock::from_db(&self.paused_at)?,
            to: self.resumed_at.as_deref().and_then(clock::from_db),
        })
    }

    pub fn is_open(&self) -> bool {
        self.resumed_at.is_none()
    }
}

pub(super) const COLUMNS: &str =
    "p.id, p.uuid, p.attempt_id, p.reason, p.note, p.paused_at, p.resumed_at";

pub(super) fn row(r: &impl super::steps::Columns) -> rusqlite::Result<PauseRow> {
    Ok(PauseRow {
        id: r.col(0)?,
        uuid: r.col(1)?,
        attempt_id: r.col(2)?,
        reason: r.col(3)?,
        note: r.col(4)?,
        paused_at: r.col(5)?,
        resumed_at: r.col(6)?,
    })
}

/// Every pause of a case's attempts, in the order they started.
pub fn of_case<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Vec<PauseRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM step_pauses p JOIN step_attempts a ON a.id = p.attempt_id
         WHERE a.case_id = ?1 ORDER BY p.attempt_id, p.paused_at, p.id"
    );
    db.into().all(&sql, [case_id], |r| row(r))
}

/// Every pause of every running attempt (for the reports of running steps).
pub fn of_running<'a>(db: impl Into<DbRef<'a>>) -> Result<Vec<PauseRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM step_pauses p JOIN step_attempts a ON a.id = p.attempt_id
         WHERE a.status = 'running' ORDER BY p.attempt_id, p.paused_at, p.id"
    );
    db.into().all(&sql, [], |r| row(r))
}

/// The pauses of one attempt among `rows`, for the timing core.
pub fn spans(rows: &[PauseRow], attempt_id: i64) -> Vec<Pause> {
    rows.iter()
        .filter(|p| p.attempt_id == attempt_id)
        .filter_map(PauseRow::span)
        .collect()
}

/// Closes the attempt's open pause at `at` (the step finished while paused); returns whether
/// there was one.
pub fn close_open(tx: DbRef, attempt_id: i64, at: &str, now: &str) -> Result<bool> {
    let n = tx.execute(
        "UPDATE step_pauses SET resumed_at = ?2, updated_at = ?3
         WHERE attempt_id = ?1 AND resumed_at IS NULL",
        params![attempt_id, at, now],
    )?;
    Ok(n > 0)
}

/// A new pause of a running attempt.
pub struct NewPause<'a> {
    /// A code of `vocab::PAUSE_REASON`.
    pub reason: &'a str,
    pub note: Option<&'a str>,
    pub at: &'a str,
}

/// Marks the attempt changed (its `updated_at`), so that incremental exports and the
/// fingerprint of another terminal's read see the pause.
fn touch(tx: DbRef, attempt_id: i64, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE step_attempts SET updated_at = ?2 WHERE id = ?1",
        params![attempt_id, now],
    )?;
    Ok(())
}

/// Pauses the running attempt `row` in its own write, refused when the case changed since
/// `seen` was read (another terminal paused, resumed or finished it meanwhile).
pub fn record_pause(
    reg: &mut Register,
    case: &CaseRow,
    seen: &Fingerprint,
    row: &AttemptRow,
    p: &NewPause,
    now: &str,
    actor: &str,
) -> Result<()> {
    reg.change(|tx| {
        super::steps::unchanged(tx, case, seen)?;
        let uuid = super::new_uuid();
        tx.execute(
            "INSERT INTO step_pauses (uuid, attempt_id, reason, note, paused_at, recorded_by,
                created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![uuid, row.id, p.reason, p.note, p.at, actor, now],
        )?;
        touch(tx, row.id, now)?;
        let details = serde_json::json!({"attempt": row.uuid, "step": row.step_number,
                                         "n": row.attempt, "pause": uuid,
                                         "reason": p.reason, "at": p.at});
        super::cases::changed(tx, case, now, actor, "step.pause", details)
    })
}

/// Resumes the paused attempt `row` at `at` in its own write, refused when the case changed
/// since `seen` was read.
pub fn record_resume(
    reg: &mut Register,
    case: &CaseRow,
    seen: &Fingerprint,
    row: &AttemptRow,
    at: &str,
    now: &str,
    actor: &str,
) -> Result<()> {
    reg.change(|tx| {
        super::steps::unchanged(tx, case, seen)?;
        let pause: Option<String> = tx.query_opt(
            "SELECT uuid FROM step_pauses WHERE attempt_id = ?1 AND resumed_at IS NULL",
            [row.id],
            |r| r.get(0),
        )?;
        close_open(tx, row.id, at, now)?;
        touch(tx, row.id, now)?;
        let details = serde_json::json!({"attempt": row.uuid, "step": row.step_number,
                                         "n": row.attempt, "pause": pause, "at": at});
        super::cases::changed(tx, case, now, actor, "step.resume", details)
    })
}

impl super::Register {
    /// The pauses of a case's step attempts.
    pub fn step_pauses(&self, case_id: i64) -> Result<Vec<PauseRow>> {
        of_case(&self.db, case_id)
    }

    /// The pauses of every running step.
    pub fn running_pauses(&self) -> Result<Vec<PauseRow>> {
        of_running(&self.db)
    }
}
