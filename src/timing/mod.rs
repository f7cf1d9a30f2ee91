//! The timing core: the verdict against a step's standard ([`judge`]), and the figures of an
//! attempt on its clock ([`measure`]: working time on the office calendar or 24/7, less its
//! pauses). Pure: no database, clock or terminal.

pub mod alert;
mod measure;

pub use measure::{figures, measure_attempt, standard_secs, Clocks, Figures, Judged, Pause};

use crate::clock::Instant;
use serde::Serialize;

/// Wall-clock seconds between start and finish (zero if the finish is not after the start).
pub fn elapsed_secs(start: Instant, finish: Instant) -> u64 {
    (finish - start).num_seconds().max(0) as u64
}

/// How an attempt stands against its standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// Within the standard (at or under its maximum; under the minimum of a range counts too).
    OnTime,
    /// A range standard ("15 - 30 Menit"), and the time fell inside it.
    WithinRange,
    /// Over the standard's maximum by this many seconds.
    Over(u64),
    /// The standard is open-ended ("Tergantung ..."): timed, never judged.
    OpenEnded,
    /// Still running.
    Running,
    /// Skipped (a conditional step that was not needed).
    Skipped,
    /// Voided as recorded by mistake (`kasus step void`): never judged.
    Void,
}

impl Verdict {
    /// The stable code used in CSV and JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Verdict::OnTime => "on-time",
            Verdict::WithinRange => "within-range",
            Verdict::Over(_) => "over",
            Verdict::OpenEnded => "open-ended",
            Verdict::Running => "running",
            Verdict::Skipped => "skipped",
            Verdict::Void => "void",
        }
    }

    /// A judged attempt within its standard (on time or within its range).
    pub fn on_time(&self) -> bool {
        matches!(self, Verdict::OnTime | Verdict::WithinRange)
    }

    pub fn over_secs(&self) -> Option<u64> {
        match self {
            Verdict::Over(s) => Some(*s),
            _ => None,
        }
    }
}

/// Whether `elapsed` is past a standard's maximum (never for an open-ended standard): the
/// rule of [`judge`] for a running attempt.
pub fn is_over(elapsed: u64, max: Option<u64>) -> bool {
    matches!(judge(elapsed, max, max), Verdict::Over(_))
}

/// Judges a finished attempt: on time when elapsed <= the standard's maximum.
pub fn judge(elapsed: u64, min: Option<u64>, max: Option<u64>) -> Verdict {
    match (min, max) {
        (_, None) => Verdict::OpenEnded,
        (_, Some(max)) if elapsed > max => Verdict::Over(elapsed - max),
        (Some(min), Some(max)) if min < max && elapsed >= min => Verdict::WithinRange,
        _ => Verdict::OnTime,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn verdicts() {
        assert_eq!(judge(1200, Some(1200), Some(1200)), Verdict::OnTime);
        assert_eq!(judge(1380, Some(1200), Some(1200)), Verdict::Over(180));
        assert_eq!(judge(1000, Some(900), Some(1800)), Verdict::WithinRange);
        assert_eq!(judge(600, Some(900), Some(1800)), Verdict::OnTime);
        assert_eq!(judge(1801, Some(900), Some(1800)), Verdict::Over(1));
        assert_eq!(judge(99_999, None, None), Verdict::OpenEnded);
    }

    #[test]
    fn elapsed_never_negative() {
        let a = chrono::Utc.with_ymd_and_hms(2026, 3, 2, 1, 0, 0).unwrap();
        let b = chrono::Utc.with_ymd_and_hms(2026, 3, 2, 1, 23, 0).unwrap();
        assert_eq!(elapsed_secs(a, b), 1380);
        assert_eq!(elapsed_secs(b, a), 0);
    }
}
