//! The calendar model, as the working-time functions read it (already checked and resolved: the
//! TOML file, its problems and its storage live elsewhere).

use crate::clock::Zone;
use chrono::{NaiveDate, Weekday};
use std::collections::{BTreeMap, BTreeSet};

/// Minutes after local midnight of the day the range belongs to. `end` may pass 1440 (24:00) for
/// a range past midnight (a night shift from 22:00 to 06:00 is `1320..1800`), up to 2880.
/// `start < end` always; ranges of one day never overlap (the loader refuses them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Range {
    pub start: u16,
    pub end: u16,
}

/// The working ranges of one day, in order; empty means closed all day.
pub type DayHours = Vec<Range>;

/// Hours for each day of the week, Monday first (index `Weekday::num_days_from_monday`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Week(pub [DayHours; 7]);

impl Week {
    pub fn day(&self, d: Weekday) -> &DayHours {
        &self.0[d.num_days_from_monday() as usize]
    }
}

/// Other weekly hours for a span of dates (inclusive): Ramadan hours, say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub week: Week,
}

/// A resolved office calendar: what the working-time functions need, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The office's zone: local dates and hours are read in it.
    pub zone: Zone,
    /// The 24/7 clock: every minute counts (the other fields are ignored).
    pub always: bool,
    /// The usual week.
    pub week: Week,
    /// Date-range overrides; where two cover a date, the later in this list wins.
    pub overrides: Vec<Override>,
    /// Single dates with their own hours (empty: closed). They win over everything else,
    /// holidays included (an office open on a holiday for an event says so here).
    pub dates: BTreeMap<NaiveDate, DayHours>,
    /// Holidays and cuti bersama of the sets that apply: closed all day.
    pub holidays: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// The 24/7 clock in a zone.
    pub fn always(zone: Zone) -> Calendar {
        Calendar {
            zone,
            always: true,
            week: Week::default(),
            overrides: Vec::new(),
            dates: BTreeMap::new(),
            holidays: BTreeSet::new(),
        }
    }

    /// The hours of one local date: a single date's own, else closed on a holiday, else the
    /// latest override covering it, else the week's. (Ranges past midnight belong to the day
    /// they start on.) On the 24/7 clock every day is 00:00-24:00.
    pub fn hours(&self, date: NaiveDate) -> DayHours {
        use chrono::Datelike;
        if self.always {
            return vec![Range {
                start: 0,
                end: 1440,
            }];
        }
        if let Some(h) = self.dates.get(&date) {
            return h.clone();
        }
        if self.holidays.contains(&date) {
            return Vec::new();
        }
        let week = self
            .overrides
            .iter()
            .rev()
            .find(|o| o.from <= date && date <= o.to)
            .map_or(&self.week, |o| &o.week);
        week.day(date.weekday()).clone()
    }
}
