//! The national holidays (libur nasional) and collective leave (cuti bersama) of each year, as
//! the year's joint decree (Surat Keputusan Bersama of the Ministers of Religious Affairs, of
//! Manpower and of Administrative and Bureaucratic Reform) lists them. Shipped as data, one TOML
//! file a year in `calendars/holidays/`, embedded in the binary: nothing is downloaded.
//!
//! Each year says its legal basis, its status (`official`: checked against the decree;
//! `estimated`: derived from the calendars before the decree is known), its source, and two sets
//! ([`SETS`]). An office calendar names the sets that close it; [`dates`] gives their dates.
//! Pure: no database, clock or terminal. The file format and how to update a year are in the
//! README ("Office time" > "Holidays").

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use toml::value::Datetime;
use toml::Spanned;

/// The holiday sets a calendar can name: national holidays and collective leave.
pub const SETS: &[&str] = &["libur-nasional", "cuti-bersama"];

/// The folder the year files come from, as messages name it.
pub const FOLDER: &str = "calendars/holidays";

/// (file name, TOML text) of each shipped year, oldest first. A new year is a new file here
/// and a new line below; the tests fail when a file in the folder is not listed.
pub const FILES: &[(&str, &str)] = &[
    (
        "2024.toml",
        include_str!("../../calendars/holidays/2024.toml"),
    ),
    (
        "2025.toml",
        include_str!("../../calendars/holidays/2025.toml"),
    ),
    (
        "2026.toml",
        include_str!("../../calendars/holidays/2026.toml"),
    ),
    (
        "2027.toml",
        include_str!("../../calendars/holidays/2027.toml"),
    ),
];

/// Whether a year's list was checked against its decree, or derived before the decree is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Official,
    Estimated,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Estimated => "estimated",
        }
    }
}

/// The decree a year's list comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalBasis {
    /// The decree's title, in Indonesian.
    pub title: String,
    /// Its three numbers, one per minister ("1497 Tahun 2025"); empty when not known.
    pub numbers: Vec<String>,
    /// The date it was signed; `None` when not known.
    pub date: Option<NaiveDate>,
    /// Other decisions the list follows: an amending decree, a presidential decree that makes
    /// an election day a holiday.
    pub also: Vec<String>,
}

/// One day off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    /// The decree's own name for it, in Indonesian.
    pub name: String,
    /// Where it comes from when not the year's decree, or why it is an estimate.
    pub note: Option<String>,
}

/// One year's holidays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayYear {
    pub year: i32,
    pub status: Status,
    pub legal_basis: LegalBasis,
    pub source: String,
    /// Each of [`SETS`], its days in date order.
    pub sets: BTreeMap<String, Vec<Holiday>>,
}

impl HolidayYear {
    /// The days of one set (none for a set the year lacks).
    pub fn set(&self, name: &str) -> &[Holiday] {
        self.sets.get(name).map_or(&[], Vec::as_slice)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawYear {
    year: Spanned<i64>,
    status: Spanned<String>,
    source: String,
    legal_basis: Spanned<RawBasis>,
    libur_nasional: Option<Vec<Spanned<RawHoliday>>>,
    cuti_bersama: Option<Vec<Spanned<RawHoliday>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBasis {
    title: String,
    numbers: Vec<String>,
    date: Option<Datetime>,
    #[serde(default)]
    also: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: Datetime,
    name: String,
    note: Option<String>,
}

/// The line (from 1) of a byte offset in a text.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(0, |s| s.matches('\n').count()) + 1
}

/// A TOML date without time or offset, as a `NaiveDate`; `None` when it is not one.
fn local_date(d: &Datetime) -> Option<NaiveDate> {
    if d.time.is_some() || d.offset.is_some() {
        return None;
    }
    let d = d.date?;
    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
}

/// Reads one year file. Every problem is listed ("FILE, line N, KEY: what; how to fix"), not
/// only the first.
pub fn parse(file: &str, text: &str) -> Result<HolidayYear, Vec<String>> {
    let raw: RawYear = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(0, |s| line_of(text, s.start));
        let msg = e.message();
        vec![crate::tr!(
            "{file}, line {line}: {msg}",
            "{file}, baris {line}: {msg}"
        )]
    })?;
    let mut problems = Vec::new();
    let at = |offset: usize| line_of(text, offset);

    let year = i32::try_from(*raw.year.get_ref())
        .ok()
        .filter(|y| (1900..=2200).contains(y));
    if year.is_none() {
        let (line, y) = (at(raw.year.span().start), raw.year.get_ref());
        problems.push(crate::tr!(
            "{file}, line {line}, year: {y} is not a year between 1900 and 2200",
            "{file}, baris {line}, year: {y} bukan tahun antara 1900 dan 2200"
        ));
    }
    let status = match raw.status.get_ref().as_str() {
        "official" => Some(Status::Official),
        "estimated" => Some(Status::Estimated),
        other => {
            let line = at(raw.status.span().start);
            problems.push(crate::tr!(
                "{file}, line {line}, status: \"{other}\" is not a status; write \"official\" or \"estimated\"",
                "{file}, baris {line}, status: \"{other}\" bukan status; tulis \"official\" atau \"estimated\""
            ));
            None
        }
    };
    if raw.source.trim().is_empty() {
        problems.push(crate::tr!(
            "{file}, source: empty; say where the dates come from",
            "{file}, source: kosong; tulis dari mana tanggal-tanggal ini berasal"
        ));
    }
    let basis_line = at(raw.legal_basis.span().start);
    let basis = raw.legal_basis.into_inner();
    let basis_date = basis.date.as_ref().and_then(|d| {
        let parsed = local_date(d);
        if parsed.is_none() {
            problems.push(crate::tr!(
                "{file}, line {basis_line}, legal-basis.date: {d} is not a date; write it as YYYY-MM-DD",
                "{file}, baris {basis_line}, legal-basis.date: {d} bukan tanggal; tulis sebagai YYYY-MM-DD"
            ));
        }
        parsed
    });
    if status == Some(Status::Official)
        && (basis.title.trim().is_empty() || basis.numbers.is_empty() || basis_date.is_none())
    {
        problems.push(crate::tr!(
            "{file}, line {basis_line}, legal-basis: an official year needs the decree's title, numbers and date; if they are not known, write status = \"estimated\"",
            "{file}, baris {basis_line}, legal-basis: tahun resmi (official) perlu judul, nomor, dan tanggal keputusan; bila belum diketahui, tulis status = \"estimated\""
        ));
    }

    let mut sets = BTreeMap::new();
    for (key, list) in [(SETS[0], raw.libur_nasional), (SETS[1], raw.cuti_bersama)] {
        let Some(list) = list else {
            let sets = SETS.join(", ");
            problems.push(crate::tr!(
                "{file}, {key}: missing; every year lists both sets ({sets}), an empty one as []",
                "{file}, {key}: tidak ada; setiap tahun memuat kedua himpunan ({sets}), yang kosong ditulis []"
            ));
            continue;
        };
        if list.is_empty() && status == Some(Status::Official) {
            problems.push(crate::tr!(
                "{file}, {key}: empty in an official year; copy the decree's list",
                "{file}, {key}: kosong pada tahun resmi (official); salin daftar dari keputusan"
            ));
        }
        let days = holidays_of(file, text, key, year, list, &mut problems);
        sets.insert(key.to_string(), days);
    }

    match (year, status, problems.is_empty()) {
        (Some(year), Some(status), true) => Ok(HolidayYear {
            year,
            status,
            legal_basis: LegalBasis {
                title: basis.title,
                numbers: basis.numbers,
                date: basis_date,
                also: basis.also,
            },
            source: raw.source.trim().to_string(),
            sets,
        }),
        _ => Err(problems),
    }
}

/// The checked days of one set, in date order; problems are added to `problems`.
fn holidays_of(
    file: &str,
    text: &str,
    key: &str,
    year: Option<i32>,
    list: Vec<Spanned<RawHoliday>>,
    problems: &mut Vec<String>,
) -> Vec<Holiday> {
    let mut seen = BTreeMap::new();
    let mut days = Vec::new();
    for entry in list {
        let line = line_of(text, entry.span().start);
        let raw = entry.into_inner();
        let Some(date) = local_date(&raw.date) else {
            let d = &raw.date;
            problems.push(crate::tr!(
                "{file}, line {line}, {key}: {d} is not a date; write it as YYYY-MM-DD, without a time",
                "{file}, baris {line}, {key}: {d} bukan tanggal; tulis sebagai YYYY-MM-DD, tanpa jam"
            ));
            continue;
        };
        if let Some(y) = year.filter(|y| date.year() != *y) {
            problems.push(crate::tr!(
                "{file}, line {line}, {key}: {date} is not in {y}; a date belongs in its own year's file",
                "{file}, baris {line}, {key}: {date} tidak di tahun {y}; tanggal masuk ke berkas tahunnya sendiri"
            ));
        }
        if let Some(first) = seen.insert(date, line) {
            problems.push(crate::tr!(
                "{file}, line {line}, {key}: {date} is listed twice (also line {first}); keep one",
                "{file}, baris {line}, {key}: {date} tercantum dua kali (juga baris {first}); sisakan satu"
            ));
        }
        if raw.name.trim().is_empty() {
            problems.push(crate::tr!(
                "{file}, line {line}, {key}: {date} has no name; write the decree's name for it",
                "{file}, baris {line}, {key}: {date} tidak bernama; tulis nama dari keputusan"
            ));
        }
        days.push(Holiday {
            date,
            name: raw.name.trim().to_string(),
            note: raw.note.filter(|n| !n.trim().is_empty()),
        });
    }
    days.sort_by_key(|h| h.date);
    days
}

/// Reads every shipped file: the years in order, and every problem found.
fn load_all() -> (Vec<HolidayYear>, Vec<String>) {
    let mut years: Vec<HolidayYear> = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in FILES {
        let file = format!("{FOLDER}/{name}");
        match parse(&file, text) {
            Ok(parsed) => {
                let y = parsed.year;
                if *name != format!("{y}.toml") {
                    problems.push(crate::tr!(
                        "{file}: holds the year {y}; name the file {y}.toml",
                        "{file}: berisi tahun {y}; beri nama berkas {y}.toml"
                    ));
                } else if years.iter().any(|o| o.year == y) {
                    problems.push(crate::tr!(
                        "{file}: the year {y} is shipped twice",
                        "{file}: tahun {y} dikirim dua kali"
                    ));
                } else {
                    years.push(parsed);
                }
            }
            Err(p) => problems.extend(p),
        }
    }
    years.sort_by_key(|y| y.year);
    (years, problems)
}

fn all() -> &'static (Vec<HolidayYear>, Vec<String>) {
    static ALL: OnceLock<(Vec<HolidayYear>, Vec<String>)> = OnceLock::new();
    ALL.get_or_init(load_all)
}

/// The shipped years, oldest first, parsed once. A file with problems is left out (the tests
/// refuse such a build; [`problems`] lists them).
pub fn years() -> &'static [HolidayYear] {
    &all().0
}

/// Problems in the shipped files: empty in any build that passed its tests.
pub fn problems() -> &'static [String] {
    &all().1
}

/// One year's holidays, when shipped.
pub fn year(y: i32) -> Option<&'static HolidayYear> {
    years().iter().find(|h| h.year == y)
}

// `DATES`: the dates of the shipped sets, taken from the year files at build time (build.rs),
// so that an open of a register parses no TOML for its office calendar. The unit test
// `the_built_dates_are_the_parsed_ones` asserts that they are [`years`]' dates, set by set.
include!(concat!(env!("OUT_DIR"), "/holiday_dates.rs"));

/// Every date of the named sets, all years together. A name that is not one of [`SETS`] adds
/// nothing (the calendar loader refuses such names before asking). Read from the dates built
/// in (`DATES`): no year file is parsed.
pub fn dates(sets: &[String]) -> BTreeSet<NaiveDate> {
    let named: Vec<bool> = SETS.iter().map(|s| sets.iter().any(|n| n == s)).collect();
    DATES
        .iter()
        .filter(|(set, ..)| named[usize::from(*set)])
        .filter_map(|&(_, y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .collect()
}

/// The name of a date's holiday (national holidays first, then cuti bersama), if it is one.
pub fn name_of(date: NaiveDate) -> Option<&'static str> {
    let y = year(date.year())?;
    SETS.iter()
        .flat_map(|s| y.set(s))
        .find(|h| h.date == date)
        .map(|h| h.name.as_str())
}

#[cfg(test)]
mod tests;
