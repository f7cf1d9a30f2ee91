//! `step void`: the case's latest attempt, recorded by mistake, kept with status `void`; the
//! change of status kept in `corrections` with its reason, in one write with one audit entry.

use super::cases::{self, CaseRow};
use super::corrections::{self, Change};
use super::flow_case::Fingerprint;
use super::steps::{self, AttemptRow};
use super::Register;
use crate::error::Result;
use rusqlite::params;

impl Register {
    /// Voids attempt `row` of `case`, recorded by mistake, in one write, refused when the case
    /// changed since `seen` was read: the attempt is kept with status `void` (the flow, the
    /// reports and the exports' figures read it no more), an open pause of it ended at the
    /// void, the change of status kept in
    /// `corrections` with `reason`; one audit entry (`step.void`: the event, the attempt, its
    /// step and number, never the reason). Returns the event's UUID.
    #[allow(clippy::too_many_arguments)]
    pub fn void_attempt(
        &mut self,
        case: &CaseRow,
        seen: &Fingerprint,
        row: &AttemptRow,
        reason: &str,
        now: &str,
        actor: &str,
    ) -> Result<String> {
        self.change(|tx| {
            steps::unchanged(tx, case, seen)?;
            let n = tx.execute(
                "UPDATE step_attempts SET status = 'void', updated_at = ?2
                 WHERE id = ?1 AND status <> 'void'",
                params![row.id, now],
            )?;
            if n != 1 {
                // Voided (or gone) since it was read: another terminal was first.
                return Err(steps::changed_meanwhile(&case.number));
            }
            // A paused step voided: its pause ends with it (at the void), as a finish ends one.
            super::pauses::close_open(tx, row.id, now, now)?;
            let event = super::new_uuid();
            let change = Change {
                target: "step",
                target_id: Some(row.id),
                field: "status",
                before: Some(row.status.as_str()),
                after: Some("void"),
            };
            corrections::record(tx, &event, case.id, &[change], reason, now, actor)?;
            let details = serde_json::json!({
                "event": event,
                "attempt": row.uuid,
                "step": row.step_number,
                "n": row.attempt,
            });
            cases::changed(tx, case, now, actor, "step.void", details)?;
            Ok(event)
        })
    }
}
