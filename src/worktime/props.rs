//! Property tests of the working-time functions against a minute-by-minute brute force, on
//! random calendars: random weekly ranges (past midnight too, and night shifts that overlap the
//! next morning), random date-range overrides, single dates and holidays, in any of the three
//! zones, over random spans of a few days with second precision.

use super::calendar::{Calendar, DayHours, Override, Range, Week};
use super::time::{add_working_days, deadline, is_open, next_open, working_secs};
use crate::clock::{Instant, Zone};
use chrono::{DateTime, NaiveDate, TimeDelta};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const DAY: i64 = 86_400;

/// Ranges of one day: up to three, sorted and disjoint, anywhere in 00:00 to 48:00.
fn day_hours() -> impl Strategy<Value = DayHours> {
    prop::collection::btree_set(0u16..2880, 0..=6).prop_map(|cuts| {
        let cuts: Vec<u16> = cuts.into_iter().collect();
        cuts.chunks_exact(2)
            .map(|c| Range {
                start: c[0],
                end: c[1],
            })
            .collect()
    })
}

fn week() -> impl Strategy<Value = Week> {
    prop::array::uniform7(day_hours()).prop_map(Week)
}

fn zone() -> impl Strategy<Value = Zone> {
    prop_oneof![Just(Zone::Wib), Just(Zone::Wita), Just(Zone::Wit)]
}

/// A random calendar, and the first day of the span the tests look at: overrides, single dates
/// and holidays fall around that day.
fn calendar() -> impl Strategy<Value = (Calendar, NaiveDate)> {
    let near = || -3i64..9;
    (
        zone(),
        week(),
        0i64..400,
        prop::collection::vec((near(), 0i64..6, week()), 0..=2),
        prop::collection::vec((near(), day_hours()), 0..=3),
        prop::collection::vec(near(), 0..=4),
    )
        .prop_map(|(zone, week, base, overrides, dates, holidays)| {
            let base = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + TimeDelta::days(base);
            let at = |d: i64| base + TimeDelta::days(d);
            let cal = Calendar {
                zone,
                always: false,
                week,
                overrides: overrides
                    .into_iter()
                    .enumerate()
                    .map(|(i, (from, len, week))| Override {
                        name: format!("o{i}"),
                        from: at(from),
                        to: at(from + len),
                        week,
                    })
                    .collect(),
                dates: dates.into_iter().map(|(d, h)| (at(d), h)).collect(),
                holidays: holidays.into_iter().map(at).collect::<BTreeSet<_>>(),
            };
            (cal, base)
        })
}

/// Local midnight of `date` in the calendar's zone, as an instant.
fn midnight(cal: &Calendar, date: NaiveDate) -> Instant {
    let offset = i64::from(cal.zone.offset().local_minus_utc());
    let local = date.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp();
    DateTime::from_timestamp(local - offset, 0).unwrap()
}

/// A calendar, a start within three days of its base day, and a span of up to four days.
fn case() -> impl Strategy<Value = (Calendar, Instant, Instant)> {
    (calendar(), 0..3 * DAY, 0..4 * DAY).prop_map(|((cal, base), from, len)| {
        let start = midnight(&cal, base) + TimeDelta::seconds(from);
        (cal, start, start + TimeDelta::seconds(len))
    })
}

/// The brute force: the calendar's definition read minute by minute. A local minute is working
/// when a range of its date covers it, or a range of the day before covers it past midnight.
struct Brute<'a> {
    cal: &'a Calendar,
    offset: i64,
    cache: BTreeMap<NaiveDate, DayHours>,
}

impl<'a> Brute<'a> {
    fn new(cal: &'a Calendar) -> Self {
        let offset = i64::from(cal.zone.offset().local_minus_utc());
        Brute {
            cal,
            offset,
            cache: BTreeMap::new(),
        }
    }

    fn hours(&mut self, date: NaiveDate) -> DayHours {
        let cal = self.cal;
        self.cache
            .entry(date)
            .or_insert_with(|| cal.hours(date))
            .clone()
    }

    /// Whether the local minute (minutes since 1970-01-01 00:00 local) is working time.
    fn minute_open(&mut self, minute: i64) -> bool {
        let date = DateTime::from_timestamp(minute.div_euclid(1440) * DAY, 0)
            .unwrap()
            .date_naive();
        let m = minute.rem_euclid(1440) as u16;
        let covers = |h: &DayHours, m: u16| h.iter().any(|r| r.start <= m && m < r.end);
        covers(&self.hours(date), m) || covers(&self.hours(date.pred_opt().unwrap()), m + 1440)
    }

    fn open(&mut self, t: Instant) -> bool {
        self.minute_open((t.timestamp() + self.offset).div_euclid(60))
    }

    /// Working seconds in `[start, end)`, minute by minute.
    fn working(&mut self, start: Instant, end: Instant) -> u64 {
        let (a, b) = (
            start.timestamp() + self.offset,
            end.timestamp() + self.offset,
        );
        let mut total = 0;
        for minute in a.div_euclid(60)..=b.div_euclid(60) {
            let (s, e) = ((minute * 60).max(a), (minute * 60 + 60).min(b));
            if e > s && self.minute_open(minute) {
                total += (e - s) as u64;
            }
        }
        total
    }
}

fn secs(t: i64) -> TimeDelta {
    TimeDelta::seconds(t)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn working_time_equals_the_brute_force((cal, start, end) in case()) {
        prop_assert_eq!(working_secs(&cal, start, end), Brute::new(&cal).working(start, end));
    }

    #[test]
    fn working_time_is_additive_over_a_split((cal, start, end) in case(), cut in 0.0f64..=1.0) {
        let wall = (end - start).num_seconds();
        let mid = start + secs((wall as f64 * cut) as i64);
        prop_assert_eq!(
            working_secs(&cal, start, end),
            working_secs(&cal, start, mid) + working_secs(&cal, mid, end)
        );
    }

    #[test]
    fn working_time_lies_between_zero_and_the_wall((cal, start, end) in case()) {
        let wall = (end - start).num_seconds() as u64;
        prop_assert!(working_secs(&cal, start, end) <= wall);
        prop_assert_eq!(working_secs(&cal, end, start), 0);
    }

    #[test]
    fn the_24_7_clock_is_the_wall((cal, start, _) in case(), len in 0i64..(20 * 366 * DAY)) {
        let always = Calendar::always(cal.zone);
        let end = start + secs(len);
        prop_assert_eq!(working_secs(&always, start, end), len as u64);
        prop_assert_eq!(deadline(&always, start, len as u64), Some(end));
        prop_assert!(is_open(&always, end));
        // An office calendar whose every day is 00:00-24:00 agrees.
        let mut full = cal.clone();
        full.week = Week(std::array::from_fn(|_| vec![Range { start: 0, end: 1440 }]));
        full.overrides.clear();
        full.dates.clear();
        full.holidays.clear();
        let short = start + secs(len % (4 * DAY));
        prop_assert_eq!(working_secs(&full, start, short), working_secs(&always, start, short));
    }

    #[test]
    fn the_deadline_of_an_amount_is_where_it_runs_out(
        (cal, start, end) in case(), share in 0.0f64..=1.0,
    ) {
        let total = working_secs(&cal, start, end);
        let s = (total as f64 * share) as u64;
        let d = deadline(&cal, start, s);
        prop_assert!(d.is_some(), "no deadline for {} within {}", s, total);
        let d = d.unwrap();
        prop_assert!(d <= end);
        prop_assert_eq!(working_secs(&cal, start, d), s);
        if s > 0 {
            // The earliest such instant: one second before, one second is still missing.
            prop_assert_eq!(working_secs(&cal, start, d - secs(1)), s - 1);
        } else {
            prop_assert_eq!(d, start);
        }
    }

    #[test]
    fn an_end_inside_working_hours_is_its_own_deadline((cal, start, end) in case()) {
        prop_assume!(end > start && is_open(&cal, end - secs(1)));
        prop_assert_eq!(deadline(&cal, start, working_secs(&cal, start, end)), Some(end));
    }

    #[test]
    fn open_and_next_open_agree_with_the_brute_force((cal, start, _) in case()) {
        let mut brute = Brute::new(&cal);
        prop_assert_eq!(is_open(&cal, start), brute.open(start));
        match next_open(&cal, start) {
            Some(n) => {
                prop_assert!(n >= start);
                prop_assert!(is_open(&cal, n) && brute.open(n));
                prop_assert_eq!(brute.working(start, n), 0);
            }
            None => prop_assert_eq!(brute.working(start, start + secs(20 * DAY)), 0),
        }
    }

    #[test]
    fn working_days_land_on_the_nth_working_day((cal, start, _) in case(), n in 0u32..6) {
        let local = |t: Instant| t.with_timezone(&cal.zone.offset()).naive_local();
        match add_working_days(&cal, start, n) {
            Some(t) => {
                prop_assert_eq!(local(t).time(), local(start).time());
                let (from, to) = (local(start).date(), local(t).date());
                let working = from
                    .iter_days()
                    .skip(1)
                    .take_while(|d| *d <= to)
                    .filter(|d| !cal.hours(*d).is_empty())
                    .count();
                prop_assert_eq!(working, n as usize);
                prop_assert!(n == 0 || !cal.hours(to).is_empty());
            }
            None => {
                prop_assert!(n > 0);
                prop_assert!(cal.week.0.iter().all(|d| d.is_empty()));
            }
        }
    }

    /// One ledger asked for many spans of up to forty days, starting anywhere in a month
    /// around the calendar's base day (so it grows both ways), answers as working_secs does.
    #[test]
    fn the_ledger_answers_as_working_secs_does(
        (cal, base) in calendar(),
        spans in prop::collection::vec((0..40 * DAY, 0..40 * DAY), 1..12),
    ) {
        let ledger = super::ledger::Ledger::new();
        let origin = midnight(&cal, base) - secs(20 * DAY);
        for (from, len) in spans {
            let start = origin + secs(from);
            let end = start + secs(len);
            prop_assert_eq!(ledger.working_secs(&cal, start, end), working_secs(&cal, start, end));
        }
    }
}
