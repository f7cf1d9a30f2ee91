//! Golden tests of the working-time functions on real dates: the cuti bersama week of Idul Fitri
//! 2026, the Friday prayer break, a night shift across a holiday, a WITA office, a step spanning
//! the start of Ramadan hours, a 24/7 step across midnight, whole years; and the issue's
//! motivating figures (the wall clock judges a step "over" that working time does not).
//!
//! The holiday dates are put in by each test: the shipped holiday data lives elsewhere.

use super::calendar::{Calendar, Override, Range, Week};
use super::office::office_week;
use super::time::{add_working_days, deadline, is_open, is_working_day, next_open, working_secs};
use crate::clock::{Instant, Zone};
use chrono::{Datelike, NaiveDate, TimeZone, Utc, Weekday};
use std::collections::BTreeSet;

const H: u64 = 3600;

fn at(s: &str) -> Instant {
    crate::clock::parse_local(s, Zone::Wib).unwrap()
}

fn wita(s: &str) -> Instant {
    crate::clock::parse_local(s, Zone::Wita).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dates(list: &[&str]) -> BTreeSet<NaiveDate> {
    list.iter().map(|s| date(s)).collect()
}

fn r(start: u16, end: u16) -> Range {
    Range { start, end }
}

/// Idul Fitri 1447 H (20-21 March 2026) with Nyepi (19 March) and the cuti bersama around them,
/// as this test puts them: Wednesday 18 to Tuesday 24 March closed.
fn idul_fitri_2026() -> Calendar {
    let holidays = dates(&[
        "2026-03-18",
        "2026-03-19",
        "2026-03-20",
        "2026-03-21",
        "2026-03-23",
        "2026-03-24",
    ]);
    Calendar::office_default(Zone::Wib, holidays)
}

#[test]
fn the_cuti_bersama_week_of_idul_fitri_2026() {
    let cal = idul_fitri_2026();
    // Two hours started on Tuesday 17 March at 15:00: one that day, one after the holidays.
    let start = at("2026-03-17 15:00");
    assert_eq!(deadline(&cal, start, 2 * H), Some(at("2026-03-25 09:00")));
    assert_eq!(working_secs(&cal, start, at("2026-03-25 09:00")), 2 * H);
    // Wall clock: 7 days 18 hours.
    assert_eq!((at("2026-03-25 09:00") - start).num_hours(), 7 * 24 + 18);
    // Two weeks hold five working days: Monday 16, Tuesday 17, Wednesday 25 to Friday 27.
    let whole = working_secs(&cal, at("2026-03-16 00:00"), at("2026-03-28 00:00"));
    assert_eq!(whole, 5 * 7 * H);
    assert!(!is_open(&cal, at("2026-03-23 10:00")));
    assert_eq!(
        next_open(&cal, at("2026-03-17 16:00")),
        Some(at("2026-03-25 08:00"))
    );
    // "1 hari" from Tuesday 10:00 is Wednesday 25 March 10:00; "3 hari" is Friday 27.
    assert_eq!(
        add_working_days(&cal, at("2026-03-17 10:00"), 1),
        Some(at("2026-03-25 10:00"))
    );
    assert_eq!(
        add_working_days(&cal, at("2026-03-17 10:00"), 3),
        Some(at("2026-03-27 10:00"))
    );
}

#[test]
fn the_friday_prayer_break() {
    let cal = Calendar::office_default(Zone::Wib, BTreeSet::new());
    // Thursday: an hour from 11:00 ends at noon. Friday: half an hour before the break
    // (closes at 11:30), half an hour after it (opens at 13:00).
    assert_eq!(
        deadline(&cal, at("2026-03-05 11:00"), H),
        Some(at("2026-03-05 12:00"))
    );
    assert_eq!(
        deadline(&cal, at("2026-03-06 11:00"), H),
        Some(at("2026-03-06 13:30"))
    );
    assert!(is_open(&cal, at("2026-03-05 11:45")));
    assert!(!is_open(&cal, at("2026-03-06 11:45")));
    assert!(is_open(&cal, at("2026-03-06 16:15")));
    assert_eq!(
        working_secs(&cal, at("2026-03-06 11:00"), at("2026-03-06 13:30")),
        H
    );
    // Two hours from Friday 15:30: one on Friday (to 16:30), one on Monday morning.
    assert_eq!(
        deadline(&cal, at("2026-03-06 15:30"), 2 * H),
        Some(at("2026-03-09 09:00"))
    );
}

#[test]
fn a_night_shift_runs_into_a_holiday_but_does_not_start_on_one() {
    // 22:00-06:00 every night; Monday 17 August 2026 (Independence Day) a holiday.
    let mut cal = Calendar::office_default(Zone::Wib, dates(&["2026-08-17"]));
    cal.week = Week(std::array::from_fn(|_| vec![r(1320, 1800)]));
    // Sunday's shift runs into Monday's morning; Monday's does not start; Tuesday's does.
    assert!(is_open(&cal, at("2026-08-17 05:00")));
    assert!(!is_open(&cal, at("2026-08-17 06:00")));
    assert!(!is_open(&cal, at("2026-08-17 23:00")));
    assert!(!is_open(&cal, at("2026-08-18 02:00")));
    assert!(is_open(&cal, at("2026-08-18 22:00")));
    let (start, end) = (at("2026-08-16 20:00"), at("2026-08-18 23:00"));
    assert_eq!(working_secs(&cal, start, end), 9 * H);
    assert_eq!(deadline(&cal, at("2026-08-16 22:00"), 9 * H), Some(end));
    assert_eq!(
        next_open(&cal, at("2026-08-17 06:00")),
        Some(at("2026-08-18 22:00"))
    );
    // The holiday is not a working day, though its morning is worked.
    assert!(!is_working_day(&cal, date("2026-08-17")));
    assert_eq!(
        add_working_days(&cal, at("2026-08-16 22:00"), 1),
        Some(at("2026-08-18 22:00"))
    );
}

#[test]
fn a_wita_office_reads_hours_in_its_own_zone() {
    let office = Calendar::office_default(Zone::Wita, BTreeSet::new());
    let jakarta = Calendar::office_default(Zone::Wib, BTreeSet::new());
    // Monday 2 March 2026 00:00 UTC: 08:00 in Makassar, 07:00 in Jakarta.
    let t = Utc.with_ymd_and_hms(2026, 3, 2, 0, 0, 0).unwrap();
    assert_eq!(t, wita("2026-03-02 08:00"));
    assert!(is_open(&office, t));
    assert!(!is_open(&jakarta, t));
    assert_eq!(deadline(&office, t, 4 * H), Some(wita("2026-03-02 12:00")));
    assert_eq!(
        deadline(&jakarta, t, 4 * H),
        Some(Utc.with_ymd_and_hms(2026, 3, 2, 5, 0, 0).unwrap())
    );
    // One local day of the WITA office, from its own midnight (Sunday 16:00 UTC).
    let day = wita("2026-03-02 00:00");
    assert_eq!(day, Utc.with_ymd_and_hms(2026, 3, 1, 16, 0, 0).unwrap());
    assert_eq!(
        working_secs(&office, day, day + chrono::TimeDelta::days(1)),
        7 * H
    );
    // Friday 16:30 WITA closes the week: 08:30 UTC.
    assert!(is_open(&office, wita("2026-03-06 16:29")));
    assert!(!is_open(&office, wita("2026-03-06 16:30")));
}

#[test]
fn a_step_spanning_the_start_of_ramadan_hours() {
    // Ramadan 1447 H from Wednesday 18 February 2026: Monday to Thursday 08:00-12:00 and
    // 12:30-15:00, Friday 08:00-11:30 and 13:00-15:30. Imlek (17 February) and its cuti bersama
    // (16 February) closed, as this test puts them.
    let mut ramadan = Week::default();
    for d in 0..4 {
        ramadan.0[d] = vec![r(480, 720), r(750, 900)];
    }
    ramadan.0[4] = vec![r(480, 690), r(780, 930)];
    let mut cal = Calendar::office_default(Zone::Wib, dates(&["2026-02-16", "2026-02-17"]));
    let usual = cal.clone();
    cal.overrides.push(Override {
        name: "Ramadan 1447 H".into(),
        from: date("2026-02-18"),
        to: date("2026-03-19"),
        week: ramadan,
    });
    // Six hours from Friday 13 February 15:30: one on Friday (usual hours, to 16:30), four on
    // Wednesday morning, one after the Ramadan break (12:30): 13:30. On usual hours: 14:00.
    let start = at("2026-02-13 15:30");
    assert_eq!(deadline(&cal, start, 6 * H), Some(at("2026-02-18 13:30")));
    assert_eq!(deadline(&usual, start, 6 * H), Some(at("2026-02-18 14:00")));
    // Friday (7 h, usual) and Wednesday (6.5 h, Ramadan).
    assert_eq!(
        working_secs(&cal, at("2026-02-13 00:00"), at("2026-02-19 00:00")),
        13 * H + H / 2
    );
    assert!(!is_open(&cal, at("2026-02-18 15:30")));
    assert!(is_open(&usual, at("2026-02-18 15:30")));
}

#[test]
fn a_24_7_step_across_midnight() {
    let mut cal = Calendar::always(Zone::Wib);
    cal.holidays.insert(date("2026-03-03")); // ignored: every minute counts
    let (start, end) = (at("2026-03-02 23:30"), at("2026-03-03 00:45"));
    assert_eq!(working_secs(&cal, start, end), 75 * 60);
    assert_eq!(deadline(&cal, start, H), Some(at("2026-03-03 00:30")));
    assert!(is_open(&cal, at("2026-03-03 00:00")));
    assert_eq!(next_open(&cal, end), Some(end));
    assert_eq!(
        add_working_days(&cal, start, 2),
        Some(at("2026-03-04 23:30"))
    );
}

/// The weekdays in `[from, to)`.
fn weekdays(from: NaiveDate, to: NaiveDate) -> u64 {
    from.iter_days()
        .take_while(|d| *d < to)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count() as u64
}

#[test]
fn whole_years_on_the_office_week() {
    let cal = Calendar::office_default(Zone::Wib, BTreeSet::new());
    // 2026 has 261 weekdays of 7 hours.
    let year = working_secs(&cal, at("2026-01-01 00:00"), at("2027-01-01 00:00"));
    assert_eq!(year, 261 * 7 * H);
    // Thirty years, day by day but not minute by minute.
    let (from, to) = (date("2026-01-01"), date("2056-01-01"));
    let long = working_secs(&cal, at("2026-01-01 00:00"), at("2056-01-01 00:00"));
    assert_eq!(long, weekdays(from, to) * 7 * H);
    // All of it runs out when the last weekday before 2056 closes (16:30 on a Friday).
    let last = to
        .pred_opt()
        .unwrap()
        .iter_days()
        .rev()
        .find(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .unwrap();
    let closing = if last.weekday() == Weekday::Fri {
        "16:30"
    } else {
        "16:00"
    };
    assert_eq!(
        deadline(&cal, at("2026-01-01 00:00"), long),
        Some(at(&format!("{last} {closing}")))
    );
}

/// The figures: on a Monday to Friday day of 08:00-12:00 and 13:00-16:00, a step whose
/// work takes exactly its standard, started at a working minute, is "over" by the wall clock
/// 28% (60 min), 57% (2 h) and 100% (4 h, 6 h) of the time; by working time, never.
#[test]
fn a_step_that_takes_its_standard_is_never_over_on_working_time() {
    let mut cal = Calendar::office_default(Zone::Wib, BTreeSet::new());
    cal.week = office_week();
    cal.week.0[4] = cal.week.0[0].clone();
    let monday = at("2026-03-02 00:00");
    let starts: Vec<Instant> = (0..5 * 24 * 60)
        .map(|m| monday + chrono::TimeDelta::minutes(m))
        .filter(|t| is_open(&cal, *t))
        .collect();
    assert_eq!(starts.len(), 5 * 7 * 60);
    let mut shares = Vec::new();
    for standard in [H, 2 * H, 4 * H, 6 * H] {
        let mut wall_over = 0usize;
        for &start in &starts {
            let finish = deadline(&cal, start, standard).unwrap();
            let working = working_secs(&cal, start, finish);
            assert!(
                crate::timing::judge(working, None, Some(standard)).on_time(),
                "{start} + {standard}s"
            );
            let wall = (finish - start).num_seconds() as u64;
            if !crate::timing::judge(wall, None, Some(standard)).on_time() {
                wall_over += 1;
            }
        }
        shares.push((wall_over * 100 + starts.len() / 2) / starts.len());
    }
    assert_eq!(shares, vec![28, 57, 100, 100]);
}
