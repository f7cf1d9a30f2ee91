//! An office calendar as its file says it: the [`Calendar`] the working-time functions read, plus
//! what people read (its name, the holiday sets it names, the notes of single dates), the two
//! built-in calendars (the five-day government week and the 24/7 clock), and each day's
//! resolved hours with the reason for them (`kasus calendar show`). Pure: no database, clock
//! or terminal.

use super::calendar::{Calendar, DayHours, Override, Range, Week};
use super::holidays;
use crate::clock::Zone;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// An office calendar with its names and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The name people know it by ("UPTD PPA Kota Contoh").
    pub name: String,
    pub zone: Zone,
    /// The 24/7 clock: every minute counts.
    pub always: bool,
    /// The holiday sets that close the office (names from [`holidays::SETS`]).
    pub holiday_sets: Vec<String>,
    pub week: Week,
    pub overrides: Vec<Override>,
    /// Single dates with their own hours (empty: closed).
    pub dates: BTreeMap<NaiveDate, DayHours>,
    /// The note of a single date, where the file gives one.
    pub notes: BTreeMap<NaiveDate, String>,
}

const fn r(start: u16, end: u16) -> Range {
    Range { start, end }
}

/// The common five-day government week (35 working hours):
///
/// | days | hours |
/// |---|---|
/// | Monday to Thursday | 08:00-12:00 and 13:00-16:00 |
/// | Friday | 08:00-11:30 and 13:00-16:30 (the longer Friday prayer break) |
/// | Saturday, Sunday | closed |
pub fn office_week() -> Week {
    let day = vec![r(480, 720), r(780, 960)];
    let friday = vec![r(480, 690), r(780, 990)];
    Week([
        day.clone(),
        day.clone(),
        day.clone(),
        day,
        friday,
        Vec::new(),
        Vec::new(),
    ])
}

impl Calendar {
    /// The built-in office calendar: [`office_week`] in `zone`, closed on `holidays` (the
    /// national holidays and cuti bersama that apply), with no overrides or single dates.
    pub fn office_default(zone: Zone, holidays: std::collections::BTreeSet<NaiveDate>) -> Calendar {
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

impl Office {
    /// The built-in default office calendar: what a register has before any import. The
    /// government week, both holiday sets, in the register's zone.
    pub fn builtin_office(zone: Zone) -> Office {
        Office {
            name: crate::text::t("Default office calendar", "Kalender kantor bawaan").into(),
            zone,
            always: false,
            holiday_sets: holidays::SETS.iter().map(|s| s.to_string()).collect(),
            week: office_week(),
            overrides: Vec::new(),
            dates: BTreeMap::new(),
            notes: BTreeMap::new(),
        }
    }

    /// The built-in 24/7 clock (an emergency service reached through a hotline).
    pub fn builtin_always(zone: Zone) -> Office {
        Office {
            name: "24/7".into(),
            zone,
            always: true,
            holiday_sets: Vec::new(),
            week: Week::default(),
            overrides: Vec::new(),
            dates: BTreeMap::new(),
            notes: BTreeMap::new(),
        }
    }

    /// The resolved calendar: the holiday sets turned into their dates.
    pub fn calendar(&self) -> Calendar {
        Calendar {
            zone: self.zone,
            always: self.always,
            week: self.week.clone(),
            overrides: self.overrides.clone(),
            dates: self.dates.clone(),
            holidays: if self.always {
                Default::default()
            } else {
                holidays::dates(&self.holiday_sets)
            },
        }
    }

    /// One local date's hours and why: the same rule as [`Calendar::hours`] (a single date,
    /// else a holiday, else the latest override, else the week), with its reason.
    pub fn day(&self, cal: &Calendar, date: NaiveDate) -> Day {
        let why = if self.always {
            Why::Always
        } else if self.dates.contains_key(&date) {
            Why::Date(self.notes.get(&date).cloned())
        } else if cal.holidays.contains(&date) {
            Why::Holiday(holidays::name_of(date).map(str::to_string))
        } else if let Some(o) = self
            .overrides
            .iter()
            .rev()
            .find(|o| o.from <= date && date <= o.to)
        {
            Why::Override(o.name.clone())
        } else {
            Why::Week
        };
        Day {
            date,
            hours: cal.hours(date),
            why,
        }
    }
}

/// Why a day has its hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The 24/7 clock.
    Always,
    /// The usual week.
    Week,
    /// A date-range override, by name.
    Override(String),
    /// A holiday or cuti bersama (its name, where known).
    Holiday(Option<String>),
    /// A single date of the file (its note, if any).
    Date(Option<String>),
}

impl Why {
    /// The machine word: always, week, override, holiday, date.
    pub fn kind(&self) -> &'static str {
        match self {
            Why::Always => "24/7",
            Why::Week => "week",
            Why::Override(_) => "override",
            Why::Holiday(_) => "holiday",
            Why::Date(_) => "date",
        }
    }

    /// The override's name, the holiday's name or the date's note.
    pub fn name(&self) -> Option<&str> {
        match self {
            Why::Override(n) => Some(n),
            Why::Holiday(n) | Why::Date(n) => n.as_deref(),
            Why::Always | Why::Week => None,
        }
    }

    /// For people: "week", "override Ramadan 1447 H", "holiday Idul Fitri", "date: note".
    pub fn text(&self) -> String {
        use crate::text::t;
        let word = match self {
            Why::Always => t("24/7 clock", "jam 24/7"),
            Why::Week => t("week", "minggu biasa"),
            Why::Override(_) => t("override", "pengecualian"),
            Why::Holiday(_) => t("holiday", "hari libur"),
            Why::Date(_) => t("date", "tanggal khusus"),
        };
        match self.name() {
            Some(n) => format!("{word} {n}"),
            None => word.to_string(),
        }
    }
}

/// One local date with its resolved hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub hours: DayHours,
    pub why: Why,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_office_week_is_thirty_five_hours_over_five_days() {
        use chrono::Weekday;
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
        assert_eq!(week.day(Weekday::Fri)[0].end, 11 * 60 + 30);
        assert_eq!(week.day(Weekday::Mon)[0].end, 12 * 60);
    }

    #[test]
    fn the_default_calendar_is_closed_on_its_holidays() {
        let day = NaiveDate::from_ymd_opt(2026, 8, 17).unwrap(); // a Monday
        let cal = Calendar::office_default(Zone::Wita, std::collections::BTreeSet::from([day]));
        assert!(cal.hours(day).is_empty());
        assert_eq!(cal.hours(day.succ_opt().unwrap()).len(), 2);
        assert_eq!(cal.zone, Zone::Wita);
        assert!(!cal.always);
    }

    #[test]
    fn the_builtin_office_is_the_office_week() {
        let o = Office::builtin_office(Zone::Wita);
        let cal = o.calendar();
        assert_eq!(cal.zone, Zone::Wita);
        // Monday 2 March 2026, Friday 6 March, Saturday 7 March.
        assert_eq!(cal.hours(d("2026-03-02")), vec![r(480, 720), r(780, 960)]);
        assert_eq!(cal.hours(d("2026-03-06")), vec![r(480, 690), r(780, 990)]);
        assert!(cal.hours(d("2026-03-07")).is_empty());
        assert_eq!(o.holiday_sets, ["libur-nasional", "cuti-bersama"]);
        let always = Office::builtin_always(Zone::Wib).calendar();
        assert_eq!(always.hours(d("2026-03-07")), vec![r(0, 1440)]);
    }

    #[test]
    fn each_day_says_why_and_agrees_with_the_calendar() {
        let mut o = Office::builtin_office(Zone::Wib);
        let mut ramadan = office_week();
        ramadan.0[0] = vec![r(480, 900)];
        o.overrides.push(Override {
            name: "Ramadan".into(),
            from: d("2026-02-18"),
            to: d("2026-03-19"),
            week: ramadan,
        });
        o.dates.insert(d("2026-03-03"), Vec::new());
        o.notes.insert(d("2026-03-03"), "Rapat".into());
        let mut cal = o.calendar();
        cal.holidays.insert(d("2026-03-04"));
        let why = |s: &str| o.day(&cal, d(s)).why;
        assert_eq!(why("2026-03-02"), Why::Override("Ramadan".into()));
        assert_eq!(why("2026-03-03"), Why::Date(Some("Rapat".into())));
        assert_eq!(why("2026-03-04"), Why::Holiday(None));
        assert_eq!(why("2026-03-25"), Why::Week);
        // The shipped holidays apply: Idul Fitri 1447 H (cuti bersama on 20 March 2026).
        assert!(matches!(why("2026-03-20"), Why::Holiday(Some(_))));
        let mut date = d("2026-02-01");
        while date < d("2026-05-01") {
            let day = o.day(&cal, date);
            assert_eq!(day.hours, cal.hours(date), "{date}");
            if day.why == Why::Override("Ramadan".into())
                && date.weekday().num_days_from_monday() == 0
            {
                assert_eq!(day.hours, vec![r(480, 900)]);
            }
            date = date.succ_opt().unwrap();
        }
    }
}
