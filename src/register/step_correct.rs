//! `step correct`: an attempt's start, finish, performer or output corrected, its figures
//! measured again, and the values before and after kept in `corrections` (one row per field),
//! in one write with one audit entry.

use super::cases::{self, CaseRow};
use super::corrections::{self, Change};
use super::flow_case::Fingerprint;
use super::steps::{self, AttemptRow};
use super::Register;
use crate::error::{Error, Result};
use crate::timing::Figures;
use rusqlite::params;

/// What a correction stores on the attempt: each `Some` replaces the value recorded.
pub struct AttemptFix<'a> {
    pub started_at: Option<&'a str>,
    pub finished_at: Option<&'a str>,
    /// The performer's name and staff id.
    pub performer: Option<(Option<&'a str>, Option<i64>)>,
    pub output: Option<&'a str>,
    /// A finished attempt's figures measured again (its times changed).
    pub measured: Option<Measured>,
}

/// A finished attempt's figures measured again, as `step finish` stores them.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub figures: Figures,
    pub clock: crate::sop::Clock,
    pub calendar_version: i64,
    pub standard: (Option<u64>, Option<u64>),
}

/// One field of the correction as it is kept: its name and the values before and after.
pub struct Field {
    pub name: &'static str,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Register {
    /// Corrects attempt `row` of `case` in one write, refused when the case changed since
    /// `seen` was read. `fields` are the fields that change (with the figures they give), kept
    /// in `corrections` under one event with `reason`; one audit entry (`step.correct`: the
    /// event, the attempt, the field names, never values). Returns the event's UUID.
    #[allow(clippy::too_many_arguments)]
    pub fn correct_attempt(
        &mut self,
        case: &CaseRow,
        seen: &Fingerprint,
        row: &AttemptRow,
        fix: &AttemptFix,
        fields: &[Field],
        reason: &str,
        now: &str,
        actor: &str,
    ) -> Result<String> {
        self.change(|tx| {
            steps::unchanged(tx, case, seen)?;
            let (performer, staff_id) = fix.performer.unwrap_or((None, None));
            let m = fix.measured;
            let n = tx.execute(
                "UPDATE step_attempts SET
                    started_at = coalesce(?2, started_at),
                    finished_at = coalesce(?3, finished_at),
                    performer = CASE WHEN ?4 THEN ?5 ELSE performer END,
                    performer_staff_id = CASE WHEN ?4 THEN ?6 ELSE performer_staff_id END,
                    output = coalesce(?7, output),
                    elapsed_secs = CASE WHEN ?8 THEN ?9 ELSE elapsed_secs END,
                    wall_secs = CASE WHEN ?8 THEN ?10 ELSE wall_secs END,
                    paused_secs = CASE WHEN ?8 THEN ?11 ELSE paused_secs END,
                    clock = CASE WHEN ?8 THEN ?12 ELSE clock END,
                    calendar_version = CASE WHEN ?8 THEN ?13 ELSE calendar_version END,
                    standard_min_secs = CASE WHEN ?8 THEN ?14 ELSE standard_min_secs END,
                    standard_max_secs = CASE WHEN ?8 THEN ?15 ELSE standard_max_secs END,
                    updated_at = ?16
                 WHERE id = ?1",
                params![
                    row.id,
                    fix.started_at,
                    fix.finished_at,
                    fix.performer.is_some(),
                    performer,
                    staff_id,
                    fix.output,
                    m.is_some(),
                    m.map(|m| m.figures.elapsed_secs),
                    m.map(|m| m.figures.wall_secs),
                    m.map(|m| m.figures.paused_secs),
                    m.map(|m| m.clock.as_str()),
                    m.map(|m| m.calendar_version),
                    m.and_then(|m| m.standard.0),
                    m.and_then(|m| m.standard.1),
                    now,
                ],
            )?;
            if n != 1 {
                return Err(Error::Other(format!("step attempt {} vanished", row.uuid)));
            }
            let event = super::new_uuid();
            let changes: Vec<Change> = fields
                .iter()
                .map(|f| Change {
                    target: "step",
                    target_id: Some(row.id),
                    field: f.name,
                    before: f.before.as_deref(),
                    after: f.after.as_deref(),
                })
                .collect();
            corrections::record(tx, &event, case.id, &changes, reason, now, actor)?;
            let details = serde_json::json!({
                "event": event,
                "attempt": row.uuid,
                "step": row.step_number,
                "n": row.attempt,
                "fields": fields.iter().map(|f| f.name).collect::<Vec<_>>(),
            });
            cases::changed(tx, case, now, actor, "step.correct", details)?;
            Ok(event)
        })
    }
}
