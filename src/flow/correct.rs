//! Corrections as the flow sees them (issue 14): whether an attempt's corrected times keep the
//! rules the flow kept when it was recorded, and which gates a voided refusal no longer ends.
//! Pure: the attempts, consents and pauses come in as arguments.
//!
//! An attempt's corrected times must keep the order of the case's attempts (each starts after
//! the one before it ended and ends before the next one starts: no overlap), a start not after
//! the finish, its pauses inside them, the consent its step needed at its start, and, for a
//! consent gate, the outcome the consent in force at its finish gave.

use super::consent::{as_of, asked_in_force, consent_before};
use super::{Attempt, CaseFlow, ConsentEvent, Outcome, Refusal, Status};
use crate::clock::Instant;
use crate::sop::Sop;
use crate::timing::Pause;

/// The corrected times of attempt `i` (`None`: as recorded).
#[derive(Debug, Clone, Copy)]
pub struct Times {
    pub started_at: Option<Instant>,
    pub finished_at: Option<Instant>,
}

/// The instants an attempt occupies: its start (if any) to its finish (if any).
fn span(a: &Attempt) -> (Option<Instant>, Option<Instant>) {
    (a.started_at, a.finished_at)
}

impl CaseFlow<'_> {
    /// May attempt `i` take these times? `pauses` are its pauses. Nothing is decided about
    /// the future: the caller refuses a time after now.
    pub fn can_correct(&self, i: usize, t: Times, pauses: &[Pause]) -> Result<(), Refusal> {
        let a = &self.attempts[i];
        let step = a.step_number;
        if t.started_at.is_none() && t.finished_at.is_none() {
            return Ok(());
        }
        match a.status {
            Status::Skipped => return Err(Refusal::SkippedHasNoTimes { step }),
            Status::Running if t.finished_at.is_some() => {
                return Err(Refusal::RunningHasNoFinish { step })
            }
            _ => {}
        }
        let start = t.started_at.or(a.started_at);
        let finish = t.finished_at.or(a.finished_at);
        if let (Some(s), Some(f)) = (start, finish) {
            if f < s {
                return Err(Refusal::FinishBeforeStart);
            }
        }
        let first = start.or(finish);
        let last = finish.or(start);
        for (j, other) in self.attempts.iter().enumerate().filter(|(j, _)| *j != i) {
            let (s, f) = span(other);
            let other_first = s.or(f);
            let other_last = f.or(s);
            let wrong = if j < i {
                // Recorded before: it ended no later than this one begins.
                matches!((other_last, first), (Some(o), Some(x)) if x < o)
            } else {
                // Recorded after: it began no earlier than this one ends.
                matches!((other_first, last), (Some(o), Some(x)) if x > o)
            };
            if wrong {
                return Err(Refusal::Overlaps {
                    step: other.step_number,
                    attempt: other.attempt,
                    before: j < i,
                });
            }
        }
        let pause_first = pauses.iter().map(|p| p.from).min();
        let pause_last = pauses.iter().filter_map(|p| p.to).max();
        if matches!((pause_first, start), (Some(p), Some(s)) if s > p)
            || matches!((pause_last, finish), (Some(p), Some(f)) if f < p)
        {
            return Err(Refusal::PauseOutside { step });
        }
        let Some(idx) = self.sop.step_index(step) else {
            return Ok(());
        };
        if let Some(s) = t.started_at {
            consent_before(self.sop, idx, &as_of(self.consents, s), self.is_child)?;
        }
        let gate = &self.sop.steps[idx];
        if let (Some(f), false) = (t.finished_at, gate.consent.is_empty()) {
            let refused = match asked_in_force(gate, &as_of(self.consents, f), self.is_child) {
                Ok(()) => false,
                Err(Refusal::ConsentRefused { .. }) => true,
                Err(e) => return Err(e),
            };
            if refused != (a.outcome == Some(Outcome::Refused)) {
                return Err(Refusal::OutcomeWouldChange { step });
            }
        }
        Ok(())
    }
}

/// The gate attempts finished as refused whose refusal no longer stands in `consents` (a
/// refusal voided as recorded by mistake): by the consent in force at their finish, the gate
/// is not refused. Their outcome becomes `done`: the flow goes on at the next step, which
/// starts once the gate's consent is in force (as any step after a gate).
pub fn refusals_lifted(
    sop: &Sop,
    attempts: &[Attempt],
    consents: &[ConsentEvent],
    is_child: bool,
) -> Vec<usize> {
    attempts
        .iter()
        .enumerate()
        .filter(|(_, a)| a.outcome == Some(Outcome::Refused))
        .filter(|(_, a)| {
            let Some(gate) = sop.step(a.step_number) else {
                return false;
            };
            let at = a.finished_at.or(a.started_at);
            let events = match at {
                Some(at) => as_of(consents, at),
                None => consents.to_vec(),
            };
            !matches!(
                asked_in_force(gate, &events, is_child),
                Err(Refusal::ConsentRefused { .. })
            )
        })
        .map(|(i, _)| i)
        .collect()
}
