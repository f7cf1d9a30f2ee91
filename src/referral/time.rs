//! A referral's times against the unit's standard: the response (sent -> accepted or rejected)
//! and the completion (sent -> done), each measured on the office clock (working time between
//! the two instants) and judged against its standard. `late` is computed here, never stored: an
//! open referral is late once the time so far passes the standard. A handover is complete when
//! it is accepted (the case closes here then); a rejected or cancelled referral is never late
//! (its clocks stop at that move), though a measure finished over its standard stays `over`.

use crate::clock::Instant;
use crate::worktime::Calendar;

/// A standard as stored: seconds, and whether they were written in working days (`3 hari`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standard {
    pub secs: u64,
    pub days: bool,
}

impl Standard {
    /// A standard as written in a setting or `--due` (`1 hari`, `4 jam`, `30 menit`).
    pub fn parse(s: &str) -> Option<Standard> {
        let st = crate::sop::time::parse(s).ok()?;
        let (Some(min), Some(max)) = (st.min_secs, st.max_secs) else {
            return None;
        };
        if min != max || max == 0 || max > 10 * 365 * 86_400 {
            return None;
        }
        let lower = s.to_lowercase();
        let days = lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "hari" | "d" | "day" | "days"));
        Some(Standard { secs: max, days })
    }

    /// The standard in working seconds for something that started at `start`.
    pub fn secs_from(self, cal: &Calendar, start: Instant) -> u64 {
        crate::timing::standard_secs(cal, start, Some(self.secs), self.days).unwrap_or(self.secs)
    }
}

/// One measure (response or completion): the working seconds taken (so far, when still open),
/// the standard's seconds, and whether it is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub secs: u64,
    pub standard_secs: Option<u64>,
    /// Still running (not yet answered, or not yet done).
    pub open: bool,
    /// Over its standard (so far, or when it stopped): what the on-time shares judge.
    pub over: bool,
    /// Counts the referral as late: over, and the referral neither rejected nor cancelled.
    pub late: bool,
}

/// The time from `start` to `end` (or to `now` while `end` is `None`) on `cal`, against
/// `standard`.
pub fn measure(
    cal: &Calendar,
    start: Instant,
    end: Option<Instant>,
    now: Instant,
    standard: Option<Standard>,
) -> Timing {
    let until = end.unwrap_or(now).max(start);
    let secs = crate::timing::figures(cal, start, until, &[]).elapsed_secs;
    let standard_secs = standard.map(|s| s.secs_from(cal, start));
    let over = standard_secs.is_some_and(|max| secs > max);
    Timing {
        secs,
        standard_secs,
        open: end.is_none(),
        over,
        late: over,
    }
}

/// A referral's transitions, as the clocks read them.
#[derive(Debug, Clone, Copy)]
pub struct Times {
    pub status: super::Status,
    /// A handover: accepting it completes it.
    pub handover: bool,
    pub sent: Instant,
    pub answered: Option<Instant>,
    pub done: Option<Instant>,
    pub cancelled: Option<Instant>,
}

/// A referral's response (to its answer) and completion (to done) at `now`. A closed referral's
/// clocks stop where it closed; a handover's completion stops at its acceptance (acceptance
/// closes the case: that is its completion). A rejected or cancelled referral is never late.
pub fn of(
    cal: &Calendar,
    t: &Times,
    response: Option<Standard>,
    completion: Option<Standard>,
    now: Instant,
) -> (Timing, Timing) {
    use super::Status;
    let end_response = t.answered.or(t.cancelled);
    let end_completion = match t.status {
        Status::Rejected => t.answered,
        _ if t.handover && t.answered.is_some() => t.answered,
        _ => t.done.or(t.cancelled),
    };
    let mut r = measure(cal, t.sent, end_response, now, response);
    let mut c = measure(cal, t.sent, end_completion, now, completion);
    if matches!(t.status, Status::Rejected | Status::Cancelled) {
        r.late = false;
        c.late = false;
    }
    (r, c)
}

/// Completed: done, or a handover accepted (the case closed here on its acceptance).
pub fn completed(status: super::Status, handover: bool) -> bool {
    status == super::Status::Done || (handover && status == super::Status::Accepted)
}

/// Late: its response or its completion is over its standard.
pub fn is_late(timing: Option<(Timing, Timing)>) -> bool {
    timing.is_some_and(|(a, b)| a.late || b.late)
}
