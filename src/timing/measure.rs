//! Measuring an attempt on its clock: the wall time, the time taken off by pauses, and the
//! effective time the verdict judges. Pure: the calendars, instants and pauses come in as
//! arguments (no database, clock or terminal).
//!
//! On the office clock a step's "60 menit" is sixty minutes of the office's working time, and a
//! pause takes off only the pause time that falls inside working hours (a pause over a weekend
//! takes off nothing the weekend had not already left out). On the 24/7 clock every minute
//! counts. A "hari" standard means working days: the same local time on the Nth working day,
//! turned into the working seconds between the attempt's start and that instant.

use crate::clock::Instant;
use crate::sop::Clock;
use crate::worktime::{self, Calendar};
use serde::Serialize;

/// One pause of a running attempt: from `from` until `to` (`None`: still paused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub from: Instant,
    pub to: Option<Instant>,
}

/// An attempt's figures between its start and an end (its finish, or now while it runs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Figures {
    /// Wall-clock seconds from start to end: how long the victim waited.
    pub wall_secs: u64,
    /// Seconds taken off: pause time inside the clock's hours.
    pub paused_secs: u64,
    /// The effective seconds the verdict judges: the clock's working time, less the pauses.
    pub elapsed_secs: u64,
}

/// The clocks an attempt can run on: the office calendar in force (with its version, 0 for the
/// built-in one) and the 24/7 clock in the same zone.
/// Measuring many attempts with one `Clocks` sums the office calendar's days once (a
/// [`worktime::Ledger`]), and asks whether a clock runs at one instant once.
#[derive(Debug)]
pub struct Clocks {
    pub office: Calendar,
    pub always: Calendar,
    /// The office calendar's version in the register (0: the built-in office calendar).
    pub version: i64,
    /// The office calendar's days, summed as spans ask for them.
    ledger: worktime::Ledger,
    /// The last answer of [`Clocks::is_open`].
    open: std::sync::Mutex<Option<(Clock, Instant, bool)>>,
}

impl Clone for Clocks {
    fn clone(&self) -> Clocks {
        Clocks::new(self.office.clone(), self.version)
    }
}

impl Clocks {
    pub fn new(office: Calendar, version: i64) -> Clocks {
        let always = Calendar::always(office.zone);
        Clocks {
            office,
            always,
            version,
            ledger: worktime::Ledger::new(),
            open: std::sync::Mutex::new(None),
        }
    }

    /// The working seconds in `[start, end)` on `clock` ([`worktime::working_secs`]'s answer).
    pub fn working_secs(&self, clock: Clock, start: Instant, end: Instant) -> u64 {
        match clock {
            Clock::Office => self.ledger.working_secs(&self.office, start, end),
            Clock::Always => worktime::working_secs(&self.always, start, end),
        }
    }

    /// [`standard_secs`] on `clock`.
    pub fn standard_secs(
        &self,
        clock: Clock,
        start: Instant,
        secs: Option<u64>,
        days: bool,
    ) -> Option<u64> {
        standard_secs_by(self.calendar(clock), start, secs, days, |a, b| {
            self.working_secs(clock, a, b)
        })
    }

    /// The calendar a clock counts by.
    pub fn calendar(&self, clock: Clock) -> &Calendar {
        match clock {
            Clock::Office => &self.office,
            Clock::Always => &self.always,
        }
    }

    /// The figures of an attempt on `clock` from `start` to `end`, less its pauses.
    pub fn figures(&self, clock: Clock, start: Instant, end: Instant, pauses: &[Pause]) -> Figures {
        figures_by(start, end, pauses, |a, b| self.working_secs(clock, a, b))
    }

    /// Whether the clock is running at `t` (the office is open; the 24/7 clock always runs).
    pub fn is_open(&self, clock: Clock, t: Instant) -> bool {
        let Ok(mut last) = self.open.lock() else {
            return worktime::is_open(self.calendar(clock), t);
        };
        match *last {
            Some((c, at, open)) if c == clock && at == t => open,
            _ => {
                let open = worktime::is_open(self.calendar(clock), t);
                *last = Some((clock, t, open));
                open
            }
        }
    }
}

/// The figures on one calendar. Pauses are clipped to `[start, end)` and merged where they
/// overlap, so no second is taken off twice; an open pause runs to `end`.
pub fn figures(cal: &Calendar, start: Instant, end: Instant, pauses: &[Pause]) -> Figures {
    figures_by(start, end, pauses, |a, b| worktime::working_secs(cal, a, b))
}

/// [`figures`] with the working seconds of a span from `working`.
fn figures_by(
    start: Instant,
    end: Instant,
    pauses: &[Pause],
    working_secs: impl Fn(Instant, Instant) -> u64,
) -> Figures {
    let wall_secs = (end - start).num_seconds().max(0) as u64;
    let working = working_secs(start, end);
    let paused_secs = merged(start, end, pauses)
        .into_iter()
        .map(|(a, b)| working_secs(a, b))
        .sum::<u64>()
        .min(working);
    Figures {
        wall_secs,
        paused_secs,
        elapsed_secs: working - paused_secs,
    }
}

/// The pauses inside `[start, end)`, sorted and merged.
fn merged(start: Instant, end: Instant, pauses: &[Pause]) -> Vec<(Instant, Instant)> {
    let mut spans: Vec<(Instant, Instant)> = pauses
        .iter()
        .map(|p| (p.from.max(start), p.to.unwrap_or(end).min(end)))
        .filter(|(a, b)| a < b)
        .collect();
    spans.sort();
    let mut out: Vec<(Instant, Instant)> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// A finished attempt judged: its figures, its standard as judged and the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judged {
    pub figures: Figures,
    /// The standard in the clock's seconds (see [`standard_secs`]).
    pub standard: (Option<u64>, Option<u64>),
    pub verdict: super::Verdict,
}

/// How a finished attempt is measured and judged, the one rule `step finish`, `step import`
/// and `calendar recompute` share: its figures on `cal` from `start` to `end` less its pauses,
/// its standard (`min`, `max` as the SOP writes them; `days`: in working days) as seconds on
/// `cal` from its start, and the verdict of its effective time against that standard.
pub fn measure_attempt(
    cal: &Calendar,
    start: Instant,
    end: Instant,
    pauses: &[Pause],
    standard: (Option<u64>, Option<u64>),
    days: bool,
) -> Judged {
    let figures = figures(cal, start, end, pauses);
    let standard = (
        standard_secs(cal, start, standard.0, days),
        standard_secs(cal, start, standard.1, days),
    );
    Judged {
        figures,
        standard,
        verdict: super::judge(figures.elapsed_secs, standard.0, standard.1),
    }
}

/// A standard as seconds on `cal` for an attempt started at `start`. Seconds (minutes, hours)
/// stay as they are: they are working seconds already. A standard written in whole days
/// (`days`) is the working time from `start` to the same local time on the Nth working day,
/// which on the 24/7 clock is N x 24 hours. `None` stays open-ended.
pub fn standard_secs(cal: &Calendar, start: Instant, secs: Option<u64>, days: bool) -> Option<u64> {
    standard_secs_by(cal, start, secs, days, |a, b| {
        worktime::working_secs(cal, a, b)
    })
}

/// [`standard_secs`] with the working seconds of a span from `working_secs`.
fn standard_secs_by(
    cal: &Calendar,
    start: Instant,
    secs: Option<u64>,
    days: bool,
    working_secs: impl Fn(Instant, Instant) -> u64,
) -> Option<u64> {
    let secs = secs?;
    if !days || secs % 86_400 != 0 {
        return Some(secs);
    }
    let n = u32::try_from(secs / 86_400).ok()?;
    match worktime::add_working_days(cal, start, n) {
        Some(due) => Some(working_secs(start, due)),
        // A calendar without working days for years: no working time can pass either.
        None => Some(secs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Zone;
    use crate::worktime::Office;
    use chrono::{FixedOffset, TimeZone};

    /// A WIB local time as an instant.
    fn wib(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Instant {
        FixedOffset::east_opt(7 * 3600)
            .unwrap()
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .unwrap()
            .with_timezone(&chrono::Utc)
    }

    fn clocks() -> Clocks {
        Clocks::new(Office::builtin_office(Zone::Wib).calendar(), 0)
    }

    #[test]
    fn a_step_over_the_lunch_break_counts_only_working_minutes() {
        // Monday 2 March 2026, 11:30 to 13:30: an hour of work around the noon break.
        let f = clocks().figures(
            Clock::Office,
            wib(2026, 3, 2, 11, 30),
            wib(2026, 3, 2, 13, 30),
            &[],
        );
        assert_eq!(
            f,
            Figures {
                wall_secs: 7200,
                paused_secs: 0,
                elapsed_secs: 3600
            }
        );
        let f = clocks().figures(
            Clock::Always,
            wib(2026, 3, 2, 11, 30),
            wib(2026, 3, 2, 13, 30),
            &[],
        );
        assert_eq!(f.elapsed_secs, 7200);
    }

    #[test]
    fn an_attempt_is_judged_on_its_working_time_against_its_standard() {
        let c = clocks();
        // Friday 6 March 2026 15:00 to Monday 9 March 09:00: 150 working minutes (Friday
        // 15:00-16:30, Monday 08:00-09:00) against "2 jam": over by 30 minutes.
        let (s, e) = (wib(2026, 3, 6, 15, 0), wib(2026, 3, 9, 9, 0));
        let j = measure_attempt(&c.office, s, e, &[], (Some(7200), Some(7200)), false);
        assert_eq!(j.figures.elapsed_secs, 9000);
        assert_eq!(j.standard, (Some(7200), Some(7200)));
        assert_eq!(j.verdict, super::super::Verdict::Over(1800));
        // "1 hari" in working days: due Monday 15:00 (450 working minutes), so well within it.
        let day = Some(86_400);
        let j = measure_attempt(&c.office, s, e, &[], (day, day), true);
        assert_eq!(j.standard, (Some(27_000), Some(27_000)));
        assert_eq!(j.verdict, super::super::Verdict::OnTime);
        // On 24/7 a day is 24 hours, and the whole 66 hours count.
        let j = measure_attempt(&c.always, s, e, &[], (day, day), true);
        assert_eq!(j.standard, (day, day));
        assert_eq!(j.verdict, super::super::Verdict::Over(66 * 3600 - 86_400));
    }

    #[test]
    fn a_pause_over_a_weekend_takes_off_only_its_working_hours() {
        // Friday 6 March 2026 15:00 to Monday 9 March 09:00, paused Friday 15:30 to Monday 08:30.
        let (s, e) = (wib(2026, 3, 6, 15, 0), wib(2026, 3, 9, 9, 0));
        let p = [Pause {
            from: wib(2026, 3, 6, 15, 30),
            to: Some(wib(2026, 3, 9, 8, 30)),
        }];
        let f = clocks().figures(Clock::Office, s, e, &p);
        // Working: Friday 15:00-16:30 (the office closes at 16:30 on Fridays) + Monday
        // 08:00-09:00 = 150 min. Taken off: Friday 15:30-16:30 + Monday 08:00-08:30 = 90 min.
        assert_eq!(f.wall_secs, 66 * 3600);
        assert_eq!(f.paused_secs, 5400);
        assert_eq!(f.elapsed_secs, 3600);
        // On 24/7 the whole pause is taken off.
        let f = clocks().figures(Clock::Always, s, e, &p);
        assert_eq!(f.paused_secs, 65 * 3600);
        assert_eq!(f.elapsed_secs, 3600);
    }

    #[test]
    fn overlapping_and_open_pauses_are_taken_off_once_and_never_below_zero() {
        let (s, e) = (wib(2026, 3, 2, 9, 0), wib(2026, 3, 2, 11, 0));
        let p = [
            Pause {
                from: wib(2026, 3, 2, 9, 30),
                to: Some(wib(2026, 3, 2, 10, 0)),
            },
            Pause {
                from: wib(2026, 3, 2, 9, 45),
                to: Some(wib(2026, 3, 2, 10, 15)),
            },
            Pause {
                from: wib(2026, 3, 2, 10, 45),
                to: None,
            },
            // Before the start and after the end: clipped away.
            Pause {
                from: wib(2026, 3, 2, 7, 0),
                to: Some(wib(2026, 3, 2, 8, 0)),
            },
        ];
        let f = clocks().figures(Clock::Office, s, e, &p);
        assert_eq!(f.paused_secs, 45 * 60 + 15 * 60);
        assert_eq!(f.elapsed_secs, 7200 - 3600);
        let all = [Pause {
            from: wib(2026, 3, 1, 0, 0),
            to: None,
        }];
        let f = clocks().figures(Clock::Office, s, e, &all);
        assert_eq!((f.paused_secs, f.elapsed_secs), (7200, 0));
    }

    #[test]
    fn a_day_standard_is_working_days_on_the_office_clock_and_days_on_24_7() {
        let c = clocks();
        // Friday 6 March 2026 10:00 + 1 hari = Monday 9 March 10:00: Friday 10:00-11:30 and
        // 13:00-16:30 (5 h) + Monday 08:00-10:00 (2 h) = 7 h of working time.
        let start = wib(2026, 3, 6, 10, 0);
        assert_eq!(
            standard_secs(&c.office, start, Some(86_400), true),
            Some(7 * 3600)
        );
        assert_eq!(
            standard_secs(&c.always, start, Some(86_400), true),
            Some(86_400)
        );
        // "24 jam" is hours: working hours, not a day.
        assert_eq!(
            standard_secs(&c.office, start, Some(86_400), false),
            Some(86_400)
        );
        assert_eq!(standard_secs(&c.office, start, None, true), None);
    }
}
