//! A ledger of working time: the working seconds of whole local days, summed from a first day,
//! so that the working time between two instants days or months apart costs its two partial
//! days and a subtraction ([`Ledger::working_secs`]) instead of a walk over every day between.
//! Meant for many spans on one calendar (every running step measured at the same instant): the
//! days are summed once, as the spans ask for them, and the answer is always
//! [`working_secs`]'s. Pure: a [`Calendar`] and instants in, seconds out.

use super::calendar::Calendar;
use super::time::{date_of, local_secs, windows, working_secs, DAY};
use crate::clock::Instant;
use std::sync::Mutex;

/// The longest stretch of days a ledger sums (about 110 years): a span reaching further is
/// measured by [`working_secs`] itself.
const MAX_DAYS: i64 = 40_000;

/// Spans of fewer days than this are measured by [`working_secs`] itself (as cheap).
const SHORT_DAYS: i64 = 3;

/// The running sums of one calendar's days. Use it with the same calendar every time (it keeps
/// the sums, not the calendar). Shared by reference, across threads too (a lock around the sums).
#[derive(Debug, Default)]
pub struct Ledger {
    sums: Mutex<Sums>,
}

impl Clone for Ledger {
    fn clone(&self) -> Ledger {
        let sums = self.sums.lock().map(|s| s.clone()).unwrap_or_default();
        Ledger {
            sums: Mutex::new(sums),
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Sums {
    /// The local day (days since 1970-01-01) of `upto[0]`.
    first: i64,
    /// `upto[k]`: the working seconds of the days `first .. first + k` (empty: nothing summed).
    upto: Vec<u64>,
}

impl Sums {
    /// The working seconds of the whole days `from .. to` (`from < to`), summing the days not
    /// yet summed; `None` when the ledger would span more than [`MAX_DAYS`] or a day has no date.
    fn between(&mut self, cal: &Calendar, from: i64, to: i64) -> Option<u64> {
        date_of(from)?;
        date_of(to)?;
        if self.upto.is_empty() {
            self.first = from;
            self.upto.push(0);
        }
        let last = self.first + self.upto.len() as i64 - 1;
        let (lo, hi) = (from.min(self.first), to.max(last));
        if hi - lo > MAX_DAYS {
            return None;
        }
        let mut buf = Vec::new();
        if lo < self.first {
            // The days before: summed anew, then every sum after them moved up.
            let mut before = vec![0u64];
            let mut date = date_of(lo)?;
            for _ in lo..self.first {
                let day = day_secs(cal, date, &mut buf);
                before.push(before[before.len() - 1] + day);
                date = date.succ_opt()?;
            }
            let shift = before.pop().unwrap_or(0);
            before.extend(self.upto.iter().map(|x| x + shift));
            self.upto = before;
            self.first = lo;
        }
        let last = self.first + self.upto.len() as i64 - 1;
        if hi > last {
            let mut date = date_of(last)?;
            for _ in last..hi {
                let day = day_secs(cal, date, &mut buf);
                self.upto.push(self.upto[self.upto.len() - 1] + day);
                date = date.succ_opt()?;
            }
        }
        let at = |d: i64| self.upto[(d - self.first) as usize];
        Some(at(to) - at(from))
    }
}

/// The working seconds of one whole local date.
fn day_secs(cal: &Calendar, date: chrono::NaiveDate, buf: &mut Vec<(i64, i64)>) -> u64 {
    windows(cal, date, buf);
    buf.iter().map(|&(s, e)| (e - s).max(0) as u64).sum()
}

/// The working seconds of local day `day`'s part inside the local seconds `[a, b)`.
fn part(cal: &Calendar, day: i64, a: i64, b: i64, buf: &mut Vec<(i64, i64)>) -> Option<u64> {
    windows(cal, date_of(day)?, buf);
    let base = day * DAY;
    Some(
        buf.iter()
            .map(|&(ws, we)| ((base + we).min(b) - (base + ws).max(a)).max(0) as u64)
            .sum(),
    )
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// The working seconds in `[start, end)` on `cal`: the same as [`working_secs`].
    pub fn working_secs(&self, cal: &Calendar, start: Instant, end: Instant) -> u64 {
        if end <= start || cal.always {
            return working_secs(cal, start, end);
        }
        let (a, b) = (local_secs(cal, start), local_secs(cal, end));
        let (first, last) = (a.div_euclid(DAY), (b - 1).div_euclid(DAY));
        if last - first < SHORT_DAYS {
            return working_secs(cal, start, end);
        }
        let mut buf = Vec::new();
        // A lock poisoned by a panic elsewhere: the answer is measured directly.
        let whole = match self.sums.lock() {
            Ok(mut sums) => sums.between(cal, first + 1, last),
            Err(_) => None,
        };
        let parts = part(cal, first, a, b, &mut buf).zip(part(cal, last, a, b, &mut buf));
        match (whole, parts) {
            (Some(whole), Some((head, tail))) => head + whole + tail,
            _ => working_secs(cal, start, end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Zone;
    use crate::worktime::Office;

    fn at(s: &str) -> Instant {
        crate::clock::parse_local(s, Zone::Wib).unwrap()
    }

    /// On the built-in office week with its holidays, spans of every length in any order (the
    /// ledger grows forwards and backwards) give working_secs's answer.
    #[test]
    fn the_ledger_answers_as_working_secs_does() {
        let cal = Office::builtin_office(Zone::Wib).calendar();
        let ledger = Ledger::new();
        let base = at("2026-03-02 09:17");
        let mut x: u64 = 7;
        for _ in 0..3000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let from = (x >> 20) % (400 * 86_400);
            let len = (x >> 5) % (120 * 86_400);
            let start = base + chrono::TimeDelta::seconds(from as i64 - 200 * 86_400);
            let end = start + chrono::TimeDelta::seconds(len as i64);
            assert_eq!(
                ledger.working_secs(&cal, start, end),
                working_secs(&cal, start, end),
                "{start} {end}"
            );
        }
    }

    #[test]
    fn spans_past_the_ledgers_reach_are_measured_directly() {
        let cal = Office::builtin_office(Zone::Wib).calendar();
        let ledger = Ledger::new();
        let (a, b) = (at("1990-01-01 08:00"), at("2150-01-01 08:00"));
        assert_eq!(ledger.working_secs(&cal, a, b), working_secs(&cal, a, b));
        let late = chrono::DateTime::<chrono::Utc>::MAX_UTC;
        let early = late - chrono::TimeDelta::days(30);
        assert_eq!(
            ledger.working_secs(&cal, early, late),
            working_secs(&cal, early, late)
        );
    }
}
