//! The working-time functions: how much working time lies between two instants, when a given
//! amount of working time started at an instant runs out, whether the office is open, and the
//! Nth working day for a "hari" standard. Pure: a resolved [`Calendar`] and instants in, numbers
//! and instants out.
//!
//! What counts as working time: every second of a local date that lies inside one of that
//! date's ranges ([`Calendar::hours`]), read in the calendar's zone. A range past midnight
//! (`end` > 1440) belongs to the day it starts on: its part after 24:00 runs into the next
//! date, whatever that date is (a night shift on the eve of a holiday still runs into the
//! holiday's morning; a night shift that would start on a holiday does not start). Where a
//! night shift's morning and the next date's own ranges overlap, the time counts once.
//!
//! The functions walk day by day over the working windows, never minute by minute, so a span
//! of years costs a few thousand small steps. On the 24/7 clock they are plain arithmetic.

use super::calendar::{Calendar, Range};
use crate::clock::Instant;
use chrono::{DateTime, NaiveDate};

/// Seconds in a day.
pub(super) const DAY: i64 = 86_400;

/// Days from 0001-01-01 (day 1 of the common era in chrono's count) to 1970-01-01.
const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;

/// A search for working time gives up after this many days in a row without any (five years):
/// the calendar is closed, and no deadline or opening exists.
pub const MAX_CLOSED_DAYS: u32 = 5 * 366;

/// A search gives up when its answer would lie more than this many days ahead (a hundred
/// years): standards are minutes to days, and an answer that far out is a mistake.
pub const MAX_SEARCH_DAYS: u32 = 100 * 366;

/// The 24/7 clock's hours of every date.
static ALL_DAY: [Range; 1] = [Range {
    start: 0,
    end: 1440,
}];

/// The ranges of one local date, borrowed: the same rule as [`Calendar::hours`] (a single
/// date's own, else closed on a holiday, else the latest override covering it, else the week's),
/// without copying them.
fn day_ranges(cal: &Calendar, date: NaiveDate) -> &[Range] {
    use chrono::Datelike;
    if cal.always {
        return &ALL_DAY;
    }
    if let Some(h) = cal.dates.get(&date) {
        return h;
    }
    if cal.holidays.contains(&date) {
        return &[];
    }
    let week = cal
        .overrides
        .iter()
        .rev()
        .find(|o| o.from <= date && date <= o.to)
        .map_or(&cal.week, |o| &o.week);
    week.day(date.weekday())
}

/// The working windows of one local date, as seconds after its midnight in `[0, 86400]`,
/// sorted and disjoint: the part past midnight of the day before's ranges, and the date's own
/// ranges up to 24:00. `out` is reused from day to day to spare allocations.
pub(super) fn windows(cal: &Calendar, date: NaiveDate, out: &mut Vec<(i64, i64)>) {
    out.clear();
    if let Some(prev) = date.pred_opt() {
        for r in day_ranges(cal, prev) {
            let (start, end) = (r.start.max(1440), r.end.min(2880));
            if end > start {
                out.push((i64::from(start - 1440) * 60, i64::from(end - 1440) * 60));
            }
        }
    }
    for r in day_ranges(cal, date) {
        let end = r.end.min(1440);
        if end > r.start {
            out.push((i64::from(r.start) * 60, i64::from(end) * 60));
        }
    }
    if out.len() > 1 {
        out.sort_unstable();
        let mut merged = 0;
        for i in 1..out.len() {
            if out[i].0 <= out[merged].1 {
                out[merged].1 = out[merged].1.max(out[i].1);
            } else {
                merged += 1;
                out[merged] = out[i];
            }
        }
        out.truncate(merged + 1);
    }
}

/// The calendar's offset from UTC, in seconds.
fn offset_secs(cal: &Calendar) -> i64 {
    i64::from(cal.zone.offset().local_minus_utc())
}

/// An instant as local seconds since 1970-01-01 00:00 in the calendar's zone.
pub(super) fn local_secs(cal: &Calendar, t: Instant) -> i64 {
    t.timestamp() + offset_secs(cal)
}

/// Local seconds back to an instant.
fn instant_of(cal: &Calendar, local: i64) -> Option<Instant> {
    DateTime::from_timestamp(local - offset_secs(cal), 0)
}

/// The local date of a day number (days since 1970-01-01).
pub(super) fn date_of(day: i64) -> Option<NaiveDate> {
    i32::try_from(day + UNIX_EPOCH_DAYS_FROM_CE)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// The working seconds in `[start, end)`; 0 when `end <= start`.
pub fn working_secs(cal: &Calendar, start: Instant, end: Instant) -> u64 {
    if end <= start {
        return 0;
    }
    if cal.always {
        return (end.timestamp() - start.timestamp()) as u64;
    }
    let (a, b) = (local_secs(cal, start), local_secs(cal, end));
    let mut day = a.div_euclid(DAY);
    let last = (b - 1).div_euclid(DAY);
    let Some(mut date) = date_of(day) else {
        return 0;
    };
    let mut buf = Vec::new();
    let mut total = 0u64;
    loop {
        let base = day * DAY;
        windows(cal, date, &mut buf);
        for &(ws, we) in &buf {
            let (s, e) = ((base + ws).max(a), (base + we).min(b));
            if e > s {
                total += (e - s) as u64;
            }
        }
        if day >= last {
            return total;
        }
        day += 1;
        match date.succ_opt() {
            Some(d) => date = d,
            None => return total,
        }
    }
}

/// Walks the working windows from local second `from` on, day by day, calling `visit` with each
/// window's part at or after `from` (as local seconds `[s, e)`) until it returns an answer.
/// `None` after [`MAX_CLOSED_DAYS`] days in a row without working time, or past
/// [`MAX_SEARCH_DAYS`].
fn walk<T>(cal: &Calendar, from: i64, mut visit: impl FnMut(i64, i64) -> Option<T>) -> Option<T> {
    let first = from.div_euclid(DAY);
    let mut date = date_of(first)?;
    let mut buf = Vec::new();
    let mut closed_run = 0u32;
    for day in first..=first + i64::from(MAX_SEARCH_DAYS) {
        let base = day * DAY;
        windows(cal, date, &mut buf);
        let mut open = false;
        for &(ws, we) in &buf {
            let (s, e) = ((base + ws).max(from), base + we);
            if e > s {
                open = true;
                if let Some(found) = visit(s, e) {
                    return Some(found);
                }
            }
        }
        closed_run = if open { 0 } else { closed_run + 1 };
        if closed_run > MAX_CLOSED_DAYS {
            return None;
        }
        date = date.succ_opt()?;
    }
    None
}

/// The instant at which `secs` of working time since `start` have passed: the earliest `t`
/// with `working_secs(cal, start, t) == secs` (`start` itself for 0; the end of a window when
/// the time runs out exactly there, not the next opening). `None` when the calendar has no
/// working time for five years running, or the answer lies more than a hundred years ahead.
pub fn deadline(cal: &Calendar, start: Instant, secs: u64) -> Option<Instant> {
    if secs == 0 {
        return Some(start);
    }
    if cal.always {
        let secs = i64::try_from(secs).ok()?;
        return DateTime::from_timestamp(start.timestamp().checked_add(secs)?, 0);
    }
    let mut left = secs;
    let local = walk(cal, local_secs(cal, start), |s, e| {
        let available = (e - s) as u64;
        if left <= available {
            Some(s + left as i64)
        } else {
            left -= available;
            None
        }
    })?;
    instant_of(cal, local)
}

/// Whether `t` falls in working time (a window's start is open; its end is not).
pub fn is_open(cal: &Calendar, t: Instant) -> bool {
    if cal.always {
        return true;
    }
    let local = local_secs(cal, t);
    let (day, sod) = (local.div_euclid(DAY), local.rem_euclid(DAY));
    let Some(date) = date_of(day) else {
        return false;
    };
    let mut buf = Vec::new();
    windows(cal, date, &mut buf);
    buf.iter().any(|&(ws, we)| ws <= sod && sod < we)
}

/// The earliest instant at or after `t` that is working time (`t` itself when open). `None`
/// when the calendar has no working time for five years running.
pub fn next_open(cal: &Calendar, t: Instant) -> Option<Instant> {
    if cal.always {
        return Some(t);
    }
    let local = walk(cal, local_secs(cal, t), |s, _| Some(s))?;
    instant_of(cal, local)
}

/// Whether a local date is a working day: it has working hours of its own (the morning of a
/// night shift that began the day before does not make a holiday a working day).
pub fn is_working_day(cal: &Calendar, date: NaiveDate) -> bool {
    !day_ranges(cal, date).is_empty()
}

/// For a "hari" standard: the same local time as `start` on the `days`-th working day after
/// `start`'s local date (`start` itself for 0). A working day is a date with working hours of
/// its own; weekends, holidays and cuti bersama are skipped. `None` when no such day comes
/// within five years of closed days, or a hundred years.
pub fn add_working_days(cal: &Calendar, start: Instant, days: u32) -> Option<Instant> {
    if days == 0 {
        return Some(start);
    }
    let local = local_secs(cal, start);
    let (day0, sod) = (local.div_euclid(DAY), local.rem_euclid(DAY));
    let mut date = date_of(day0)?;
    let (mut count, mut closed_run) = (0u32, 0u32);
    for step in 1..=i64::from(MAX_SEARCH_DAYS) {
        date = date.succ_opt()?;
        if is_working_day(cal, date) {
            count += 1;
            closed_run = 0;
            if count == days {
                return instant_of(cal, (day0 + step) * DAY + sod);
            }
        } else {
            closed_run += 1;
            if closed_run > MAX_CLOSED_DAYS {
                return None;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Zone;
    use crate::worktime::calendar::Week;
    use chrono::{TimeZone, Utc};

    fn at(s: &str) -> Instant {
        crate::clock::parse_local(s, Zone::Wib).unwrap()
    }

    fn r(start: u16, end: u16) -> Range {
        Range { start, end }
    }

    fn every_day(hours: Vec<Range>) -> Calendar {
        let mut cal = Calendar::always(Zone::Wib);
        cal.always = false;
        cal.week = Week(std::array::from_fn(|_| hours.clone()));
        cal
    }

    #[test]
    fn empty_and_reversed_spans_are_zero() {
        let cal = every_day(vec![r(480, 960)]);
        let t = at("2026-03-02 09:00");
        assert_eq!(working_secs(&cal, t, t), 0);
        assert_eq!(working_secs(&cal, t, at("2026-03-02 08:00")), 0);
        assert_eq!(deadline(&cal, t, 0), Some(t));
    }

    #[test]
    fn a_window_end_is_the_deadline_not_the_next_opening() {
        let cal = every_day(vec![r(480, 720), r(780, 960)]);
        let start = at("2026-03-02 08:00");
        assert_eq!(
            deadline(&cal, start, 4 * 3600),
            Some(at("2026-03-02 12:00"))
        );
        assert_eq!(
            deadline(&cal, start, 4 * 3600 + 1),
            Some(at("2026-03-02 13:00:01"))
        );
        assert!(is_open(&cal, at("2026-03-02 13:00")));
        assert!(!is_open(&cal, at("2026-03-02 12:00")));
        assert_eq!(
            next_open(&cal, at("2026-03-02 12:00")),
            Some(at("2026-03-02 13:00"))
        );
        assert_eq!(
            next_open(&cal, at("2026-03-02 16:00")),
            Some(at("2026-03-03 08:00"))
        );
    }

    #[test]
    fn overlapping_night_and_morning_count_once() {
        // 22:00-06:00 every night and 05:00-07:00 every morning: 05:00-06:00 counts once.
        let cal = every_day(vec![r(300, 420), r(1320, 1800)]);
        let got = working_secs(&cal, at("2026-03-02 00:00"), at("2026-03-03 00:00"));
        assert_eq!(got, (6 + 1 + 2) * 3600);
    }

    #[test]
    fn a_closed_calendar_has_no_deadline_and_no_opening() {
        let cal = every_day(Vec::new());
        let t = at("2026-03-02 09:00");
        assert_eq!(deadline(&cal, t, 60), None);
        assert_eq!(next_open(&cal, t), None);
        assert_eq!(add_working_days(&cal, t, 1), None);
        assert!(!is_open(&cal, t));
        assert_eq!(working_secs(&cal, t, at("2036-03-02 09:00")), 0);
    }

    #[test]
    fn a_huge_amount_gives_up_instead_of_running_on() {
        let cal = every_day(vec![r(480, 960)]);
        assert_eq!(deadline(&cal, at("2026-03-02 09:00"), u64::MAX), None);
        let always = Calendar::always(Zone::Wib);
        assert_eq!(deadline(&always, at("2026-03-02 09:00"), u64::MAX), None);
    }

    #[test]
    fn day_ranges_follow_the_calendars_own_rule() {
        let mut cal = every_day(vec![r(480, 960)]);
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        cal.holidays.insert(d("2026-03-03"));
        cal.dates.insert(d("2026-03-04"), vec![r(480, 600)]);
        cal.dates.insert(d("2026-03-03"), vec![r(600, 660)]);
        for s in ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"] {
            assert_eq!(day_ranges(&cal, d(s)), cal.hours(d(s)).as_slice(), "{s}");
        }
    }

    #[test]
    fn instants_far_from_now_do_not_panic() {
        let cal = every_day(vec![r(480, 960)]);
        let early = Utc.with_ymd_and_hms(1, 1, 1, 0, 0, 0).unwrap();
        let late = DateTime::<Utc>::MAX_UTC;
        assert_eq!(working_secs(&cal, late, late), 0);
        let _ = working_secs(&cal, early, early + chrono::TimeDelta::days(3));
        let _ = deadline(&cal, late, 3600);
        let _ = next_open(&cal, late);
        let _ = add_working_days(&cal, late, 3);
        let _ = is_open(&cal, late);
    }
}
