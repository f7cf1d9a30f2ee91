//! Pausing a running step's clock (issue 12): when a pause or a resume is allowed, and at what
//! time. Pure: the pauses come in as the timing core's spans, "now" as an argument.
//!
//! A step pauses only while it runs and is not already paused; it resumes only while paused.
//! Times keep their order: a pause, a resume or the finish of a paused step is never before the
//! step's start (or the last time recorded on the case) nor before its last pause or resume.

use super::{Position, Refusal};
use crate::clock::Instant;
use crate::timing::Pause;

/// The latest instant among the pauses (a start or an end).
fn latest(pauses: &[Pause]) -> Option<Instant> {
    pauses
        .iter()
        .flat_map(|p| [Some(p.from), p.to])
        .flatten()
        .max()
}

/// Refuses `at` before the last instant recorded on the case or before the step's pauses.
pub fn in_order(pos: &Position, pauses: &[Pause], at: Instant) -> Result<(), Refusal> {
    if pos.last_time.is_some_and(|t| at < t) {
        return Err(Refusal::BeforePrevious);
    }
    if latest(pauses).is_some_and(|t| at < t) {
        return Err(Refusal::BeforePause);
    }
    Ok(())
}

/// The running attempt (index into the attempts) that may be paused at `at`; `pauses` are that
/// attempt's, `step` gives its step number.
pub fn can_pause(
    pos: &Position,
    step: impl Fn(usize) -> u32,
    pauses: &[Pause],
    at: Instant,
) -> Result<usize, Refusal> {
    running_if(pos, step, pauses, at, false, |step| {
        Refusal::AlreadyPaused { step }
    })
}

/// The paused attempt that may resume at `at`.
pub fn can_resume(
    pos: &Position,
    step: impl Fn(usize) -> u32,
    pauses: &[Pause],
    at: Instant,
) -> Result<usize, Refusal> {
    running_if(pos, step, pauses, at, true, |step| Refusal::NotPaused {
        step,
    })
}

/// The running attempt, when it is paused (`paused`) or not as the action needs (else the
/// refusal `wrong` gives for its step) and `at` is in order.
fn running_if(
    pos: &Position,
    step: impl Fn(usize) -> u32,
    pauses: &[Pause],
    at: Instant,
    paused: bool,
    wrong: fn(u32) -> Refusal,
) -> Result<usize, Refusal> {
    let i = pos.running.ok_or(Refusal::NothingRunning)?;
    if pauses.iter().any(|p| p.to.is_none()) != paused {
        return Err(wrong(step(i)));
    }
    in_order(pos, pauses, at)?;
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(h: u32) -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 2, h, 0, 0).unwrap()
    }

    fn running_since(h: u32) -> Position {
        Position {
            cursor: 0,
            running: Some(0),
            repeat: None,
            last_time: Some(at(h)),
        }
    }

    const STEP: fn(usize) -> u32 = |_| 4;

    #[test]
    fn pauses_only_a_running_step_not_already_paused() {
        let idle = Position {
            running: None,
            ..running_since(1)
        };
        assert_eq!(
            can_pause(&idle, STEP, &[], at(2)),
            Err(Refusal::NothingRunning)
        );
        assert_eq!(can_pause(&running_since(1), STEP, &[], at(2)), Ok(0));
        let open = [Pause {
            from: at(2),
            to: None,
        }];
        assert_eq!(
            can_pause(&running_since(1), STEP, &open, at(3)),
            Err(Refusal::AlreadyPaused { step: 4 })
        );
    }

    #[test]
    fn resumes_only_a_paused_step() {
        assert_eq!(
            can_resume(&running_since(1), STEP, &[], at(2)),
            Err(Refusal::NotPaused { step: 4 })
        );
        let open = [Pause {
            from: at(2),
            to: None,
        }];
        assert_eq!(can_resume(&running_since(1), STEP, &open, at(3)), Ok(0));
        assert_eq!(can_resume(&running_since(1), STEP, &open, at(2)), Ok(0));
    }

    #[test]
    fn times_keep_their_order() {
        assert_eq!(
            can_pause(&running_since(5), STEP, &[], at(4)),
            Err(Refusal::BeforePrevious)
        );
        let closed = [Pause {
            from: at(2),
            to: Some(at(3)),
        }];
        assert_eq!(
            can_pause(&running_since(1), STEP, &closed, at(2)),
            Err(Refusal::BeforePause)
        );
        assert_eq!(can_pause(&running_since(1), STEP, &closed, at(3)), Ok(0));
        let open = [Pause {
            from: at(6),
            to: None,
        }];
        assert_eq!(
            can_resume(&running_since(1), STEP, &open, at(5)),
            Err(Refusal::BeforePause)
        );
        assert_eq!(
            in_order(&running_since(1), &open, at(5)),
            Err(Refusal::BeforePause)
        );
    }
}
