//! The built-in office calendar: the common five-day government week, for an office that has
//! not written its own calendar file.

use super::calendar::{Calendar, DayHours, Range, Week};
use crate::clock::Zone;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// Minutes after midnight of `hh:mm`.
const fn hm(h: u16, m: u16) -> u16 {
    h * 60 + m
}

/// The common five-day government week (35 working hours):
///
/// | days | hours |
/// |---|---|
/// | Monday to Thursday | 08:00-12:00 and 13:00-16:00 |
/// | Friday | 08:00-11:30 and 13:00-16:30 (the longer Friday prayer break) |
/// | Saturday, Sunday | closed |
pub fn office_week() -> Week {
    let weekday: DayHours = vec![
        Range {
            start: hm(8, 0),
            end: hm(12, 0),
        },
        Range {
            start: hm(13, 0),
            end: hm(16, 0),
        },
    ];
    let friday: DayHours = vec![
        Range {
            start: hm(8, 0),
            end: hm(11, 30),
        },
        Range {
            start: hm(13, 0),
            end: hm(16, 30),
        },
    ];
    Week([
        weekday.clone(),
        weekday.clone(),
        weekday.clone(),
        weekday,
        friday,
        Vec::new(),
        Vec::new(),
    ])
}

impl Calendar {
    /// The built-in office calendar: [`office_week`] in `zone`, closed on `holidays` (the
    /// national holidays and cuti bersama that apply), with no overrides or single dates.
    pub fn office_default(zone: Zone, holidays: BTreeSet<NaiveDate>) -> Calendar {
        Calendar {
            zone,
            always: false,
            week: office_week(),
            overrides: Vec::new(),
            dates: BTreeMap::new(),
            holidays,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    #[test]
    fn the_office_week_is_thirty_five_hours_over_five_days() {
        let week = office_week();
        let minutes =
            |d: Weekday| -> u32 { week.day(d).iter().map(|r| u32::from(r.end - r.start)).sum() };
        for d in [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ] {
            assert_eq!(minutes(d), 7 * 60, "{d}");
        }
        assert!(week.day(Weekday::Sat).is_empty() && week.day(Weekday::Sun).is_empty());
        assert_eq!(week.day(Weekday::Fri)[0].end, hm(11, 30));
        assert_eq!(week.day(Weekday::Mon)[0].end, hm(12, 0));
    }

    #[test]
    fn the_default_calendar_is_closed_on_its_holidays() {
        let day = NaiveDate::from_ymd_opt(2026, 8, 17).unwrap(); // a Monday
        let cal = Calendar::office_default(Zone::Wita, BTreeSet::from([day]));
        assert!(cal.hours(day).is_empty());
        assert_eq!(cal.hours(day.succ_opt().unwrap()).len(), 2);
        assert_eq!(cal.zone, Zone::Wita);
        assert!(!cal.always);
    }
}
