//! The office calendar file (TOML), both ways: [`parse`] reads a file's text into an
//! [`Office`], or lists EVERY problem at once, each with its line and key; [`write`] turns an
//! [`Office`] back into the text `kasus calendar export` prints. Pure: text in, model or
//! problems out. The format is described in the README ("Office time" > "The office calendar").
//!
//! The file is walked as spanned TOML (`toml::de::DeTable`) rather than through serde, which
//! stops at the first problem.

use super::calendar::{DayHours, Override, Range, Week};
use super::holidays;
use super::office::Office;
use crate::clock::Zone;
use crate::text::t;
use crate::tr;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fmt;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The file format this kasus reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// The largest calendar file read (256 KiB): a year of single dates is a few kilobytes.
pub const MAX_BYTES: usize = 256 * 1024;

/// The day keys, Monday first.
pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const TOP_KEYS: &[&str] = &[
    "format", "name", "zone", "clock", "holidays", "week", "override", "date",
];
const OVERRIDE_KEYS: &[&str] = &[
    "name", "from", "to", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
];
const DATE_KEYS: &[&str] = &["date", "hours", "note"];

/// The longest name or note, in characters.
const MAX_TEXT: usize = 200;

/// One problem of a calendar file: where (line, key) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line (from 1), when the problem has a place in the text.
    pub line: Option<usize>,
    /// The key, as a path: "week.mon", "override[1].from", "date[2].hours".
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(
                f,
                "{}, {}: {}",
                tr!("line {l}", "baris {l}"),
                self.key,
                self.message
            ),
            None => write!(f, "{}: {}", self.key, self.message),
        }
    }
}

/// The problem of a file over [`MAX_BYTES`], `len` bytes long.
pub fn too_large(len: u64) -> Problem {
    Problem {
        line: None,
        key: t("file", "berkas").into(),
        message: tr!(
            "the file is {len} bytes; a calendar file may be at most {MAX_BYTES} bytes (256 KiB). \
             Check that it is the right file",
            "berkas berukuran {len} bita; berkas kalender paling besar {MAX_BYTES} bita (256 KiB). \
             Periksa bahwa berkasnya benar"
        ),
    }
}

struct Reader<'t> {
    text: &'t str,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    fn at(&mut self, offset: Option<usize>, key: &str, message: String) {
        let line = offset.map(|o| self.line(o));
        self.problems.push(Problem {
            line,
            key: key.to_string(),
            message,
        });
    }

    /// Every key of `tbl` not in `known`, with a suggestion when one is close.
    fn unknown_keys(&mut self, tbl: &DeTable, path: &str, known: &[&str]) {
        for (k, _) in tbl.iter() {
            let key: &str = k.get_ref();
            if known.contains(&key) {
                continue;
            }
            let hint = crate::suggest::did_you_mean_key(key, known);
            let full = join(path, key);
            self.at(
                Some(k.span().start),
                &full,
                tr!(
                    "unknown key '{key}'{hint}; the keys are: {}",
                    "kunci '{key}' tidak dikenal{hint}; kuncinya: {}",
                    known.join(", ")
                ),
            );
        }
    }

    fn missing(&mut self, offset: Option<usize>, key: &str, hint: &str) {
        self.at(
            offset,
            key,
            tr!("missing required key{hint}", "kunci wajib tidak ada{hint}"),
        );
    }

    fn string<'v>(&mut self, v: &'v Spanned<DeValue>, key: &str) -> Option<&'v str> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            _ => {
                self.at(
                    Some(v.span().start),
                    key,
                    t(
                        "must be a text in quotes",
                        "harus berupa teks dalam tanda kutip",
                    )
                    .into(),
                );
                None
            }
        }
    }

    /// A name or a note: one line of plain text, at most [`MAX_TEXT`] characters.
    fn text_value(&mut self, v: &Spanned<DeValue>, key: &str) -> Option<String> {
        let s = self.string(v, key)?;
        let problem = if s.chars().any(char::is_control) {
            Some(t(
                "holds a control character (a newline, a tab); write it on one line of plain text",
                "mengandung karakter kontrol (baris baru, tab); tulis dalam satu baris teks biasa",
            )
            .to_string())
        } else if s.chars().count() > MAX_TEXT {
            Some(tr!(
                "is longer than {MAX_TEXT} characters; shorten it",
                "lebih dari {MAX_TEXT} karakter; persingkat"
            ))
        } else {
            None
        };
        match problem {
            Some(m) => {
                self.at(Some(v.span().start), key, m);
                None
            }
            None => Some(s.trim().to_string()),
        }
    }

    /// A date: a TOML date (2026-08-18) or the same in quotes.
    fn date(&mut self, v: &Spanned<DeValue>, key: &str) -> Option<NaiveDate> {
        let parsed = match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                }
                _ => None,
            },
            DeValue::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
            _ => None,
        };
        if parsed.is_none() {
            self.at(
                Some(v.span().start),
                key,
                t(
                    "must be a date written YYYY-MM-DD (2026-08-18), without a time",
                    "harus tanggal dengan bentuk YYYY-MM-DD (2026-08-18), tanpa jam",
                )
                .into(),
            );
        }
        parsed
    }

    /// A day's hours: a list of ranges, each checked, then none overlapping.
    fn hours(&mut self, v: &Spanned<DeValue>, key: &str) -> Option<DayHours> {
        let DeValue::Array(items) = v.get_ref() else {
            self.at(
                Some(v.span().start),
                key,
                t(
                    "must be a list of ranges such as [\"08:00-12:00\", \"13:00-16:00\"] ([] for closed)",
                    "harus daftar rentang seperti [\"08:00-12:00\", \"13:00-16:00\"] ([] untuk tutup)",
                )
                .into(),
            );
            return None;
        };
        let before = self.problems.len();
        let mut ranges: Vec<(Range, usize)> = Vec::new();
        for item in items.iter() {
            let at = item.span().start;
            let Some(s) = self.string(item, key) else {
                continue;
            };
            match parse_range(s) {
                Ok(r) => ranges.push((r, at)),
                Err(m) => self.at(Some(at), key, m),
            }
        }
        ranges.sort();
        for pair in ranges.windows(2) {
            let ((a, _), (b, at)) = (pair[0], pair[1]);
            if b.start < a.end {
                self.at(
                    Some(at),
                    key,
                    tr!(
                        "the ranges {} and {} overlap; join them or move one",
                        "rentang {} dan {} bertumpang tindih; gabungkan atau geser salah satunya",
                        range_text(a),
                        range_text(b)
                    ),
                );
            }
        }
        (self.problems.len() == before).then(|| ranges.into_iter().map(|(r, _)| r).collect())
    }

    /// The day keys of a week table. `base` is the usual week for an override (a day it leaves
    /// out keeps the usual hours); `None` for the usual week itself, where every day is required.
    fn week(&mut self, tbl: &DeTable, path: &str, table_at: usize, base: Option<&Week>) -> Week {
        let mut week = base.cloned().unwrap_or_default();
        let mut at: [Option<usize>; 7] = [None; 7];
        for (i, day) in DAYS.iter().enumerate() {
            let key = join(path, day);
            match tbl.get(*day) {
                Some(v) => {
                    at[i] = Some(v.span().start);
                    if let Some(h) = self.hours(v, &key) {
                        week.0[i] = h;
                    }
                }
                None if base.is_none() => self.missing(
                    Some(table_at),
                    &key,
                    &tr!(
                        " (write {day} = [] for a day the office is closed)",
                        " (tulis {day} = [] untuk hari kantor tutup)"
                    ),
                ),
                None => {}
            }
        }
        // A range past midnight runs into the next day's first hours.
        for i in 0..7 {
            let next = (i + 1) % 7;
            let Some(late) = week.0[i].iter().map(|r| r.end).max().filter(|e| *e > 1440) else {
                continue;
            };
            if let Some(first) = week.0[next].first().filter(|r| r.start < late - 1440) {
                let key = join(path, DAYS[next]);
                self.at(
                    at[next].or(at[i]).or(Some(table_at)),
                    &key,
                    tr!(
                        "{} starts before the night range of {} ends ({}); move one",
                        "{} mulai sebelum rentang malam {} berakhir ({}); geser salah satunya",
                        range_text(*first),
                        DAYS[i],
                        minute_text(late - 1440)
                    ),
                );
            }
        }
        week
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Reads a calendar file. `zone` is the register's zone, used when the file names none. Every
/// problem is listed, in the file's order, each with its line and key.
pub fn parse(text: &str, zone: Zone) -> Result<Office, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![too_large(text.len() as u64)]);
    }
    let doc = match DeTable::parse(text) {
        Ok(d) => d,
        Err(e) => {
            let mut r = Reader {
                text,
                problems: Vec::new(),
            };
            let at = e.span().map(|s| s.start);
            r.at(at, t("syntax", "sintaks"), e.message().trim().to_string());
            return Err(r.problems);
        }
    };
    let mut r = Reader {
        text,
        problems: Vec::new(),
    };
    let office = read_top(&mut r, doc.get_ref(), zone);
    r.problems.sort_by_key(|p| p.line.unwrap_or(0));
    if r.problems.is_empty() {
        Ok(office)
    } else {
        Err(r.problems)
    }
}

fn read_top(r: &mut Reader, doc: &DeTable, zone: Zone) -> Office {
    r.unknown_keys(doc, "", TOP_KEYS);
    match doc.get("format") {
        None => r.missing(None, "format", &format!(" (format = {FORMAT_VERSION})")),
        Some(v) => {
            let n = match v.get_ref() {
                DeValue::Integer(i) if i.radix() == 10 => i.as_str().parse::<i64>().ok(),
                _ => None,
            };
            if n != Some(FORMAT_VERSION) {
                r.at(
                    Some(v.span().start),
                    "format",
                    tr!(
                        "this kasus reads calendar format {FORMAT_VERSION}; write format = {FORMAT_VERSION}",
                        "kasus ini membaca kalender format {FORMAT_VERSION}; tulis format = {FORMAT_VERSION}"
                    ),
                );
            }
        }
    }
    let name = match doc.get("name") {
        None => {
            r.missing(None, "name", "");
            None
        }
        Some(v) => r.text_value(v, "name").filter(|n| {
            if n.is_empty() {
                r.at(
                    Some(v.span().start),
                    "name",
                    t("is empty; name the calendar", "kosong; beri nama kalender").into(),
                );
            }
            !n.is_empty()
        }),
    };
    let zone = match doc.get("zone") {
        None => zone,
        Some(v) => match r.string(v, "zone").map(|s| (s, Zone::parse(s))) {
            Some((_, Some(z))) => z,
            Some((s, None)) => {
                let s = s.to_string();
                r.at(
                    Some(v.span().start),
                    "zone",
                    tr!(
                        "unknown zone '{s}'; write WIB, WITA or WIT",
                        "zona '{s}' tidak dikenal; tulis WIB, WITA atau WIT"
                    ),
                );
                zone
            }
            None => zone,
        },
    };
    let always = match doc.get("clock") {
        None => false,
        Some(v) => match r.string(v, "clock") {
            Some("office") => false,
            Some("24/7") => true,
            Some(s) => {
                let s = s.to_string();
                r.at(
                    Some(v.span().start),
                    "clock",
                    tr!(
                        "unknown clock '{s}'; write \"office\" or \"24/7\"",
                        "jam '{s}' tidak dikenal; tulis \"office\" atau \"24/7\""
                    ),
                );
                false
            }
            None => false,
        },
    };
    let holiday_sets = read_sets(r, doc);
    let week = match doc.get("week") {
        Some(v) => match v.get_ref() {
            DeValue::Table(tbl) => {
                r.unknown_keys(tbl, "week", &DAYS);
                r.week(tbl, "week", v.span().start, None)
            }
            _ => {
                r.at(
                    Some(v.span().start),
                    "week",
                    t("must be a table: [week]", "harus berupa tabel: [week]").into(),
                );
                Week::default()
            }
        },
        None if always => Week::default(),
        None => {
            r.missing(
                None,
                "week",
                t(
                    " (a [week] table with mon .. sun, or clock = \"24/7\")",
                    " (tabel [week] dengan mon .. sun, atau clock = \"24/7\")",
                ),
            );
            Week::default()
        }
    };
    let overrides = read_overrides(r, doc, &week);
    let (dates, notes) = read_dates(r, doc);
    Office {
        name: name.unwrap_or_default(),
        zone,
        always,
        holiday_sets,
        week,
        overrides,
        dates,
        notes,
    }
}

/// `holidays`: the sets that close the office [default: both].
fn read_sets(r: &mut Reader, doc: &DeTable) -> Vec<String> {
    let Some(v) = doc.get("holidays") else {
        return holidays::SETS.iter().map(|s| s.to_string()).collect();
    };
    let DeValue::Array(items) = v.get_ref() else {
        r.at(
            Some(v.span().start),
            "holidays",
            t(
                "must be a list such as [\"libur-nasional\", \"cuti-bersama\"] ([] for none)",
                "harus daftar seperti [\"libur-nasional\", \"cuti-bersama\"] ([] bila tidak ada)",
            )
            .into(),
        );
        return Vec::new();
    };
    let mut sets = Vec::new();
    for item in items.iter() {
        let Some(s) = r.string(item, "holidays") else {
            continue;
        };
        if !holidays::SETS.contains(&s) {
            let s = s.to_string();
            r.at(
                Some(item.span().start),
                "holidays",
                tr!(
                    "unknown holiday set '{s}'; the sets are: {}",
                    "himpunan hari libur '{s}' tidak dikenal; himpunannya: {}",
                    holidays::SETS.join(", ")
                ),
            );
        } else if !sets.iter().any(|x| x == s) {
            sets.push(s.to_string());
        }
    }
    sets
}

/// The `[[override]]` tables: a name, a span of dates, and the days whose hours differ.
fn read_overrides(r: &mut Reader, doc: &DeTable, week: &Week) -> Vec<Override> {
    let mut out = Vec::new();
    for (i, v, tbl) in tables(r, doc, "override") {
        let path = format!("override[{i}]");
        r.unknown_keys(tbl, &path, OVERRIDE_KEYS);
        let at = v.span().start;
        let name = match tbl.get("name") {
            Some(n) => r.text_value(n, &join(&path, "name")),
            None => {
                r.missing(Some(at), &join(&path, "name"), "");
                None
            }
        };
        let mut bound = |key: &str| match tbl.get(key) {
            Some(d) => r.date(d, &join(&path, key)),
            None => {
                r.missing(Some(at), &join(&path, key), "");
                None
            }
        };
        let (from, to) = (bound("from"), bound("to"));
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                r.at(
                    tbl.get("to").map(|x| x.span().start),
                    &join(&path, "to"),
                    tr!(
                        "'to' ({t}) is before 'from' ({f}); swap them",
                        "'to' ({t}) sebelum 'from' ({f}); tukar keduanya"
                    ),
                );
            }
        }
        let week = r.week(tbl, &path, at, Some(week));
        if let (Some(name), Some(from), Some(to)) = (name, from, to) {
            out.push(Override {
                name,
                from,
                to,
                week,
            });
        }
    }
    out
}

type Dates = (BTreeMap<NaiveDate, DayHours>, BTreeMap<NaiveDate, String>);

/// The `[[date]]` tables: single dates with their own hours, each date once.
fn read_dates(r: &mut Reader, doc: &DeTable) -> Dates {
    let (mut dates, mut notes) = (BTreeMap::new(), BTreeMap::new());
    let mut seen: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for (i, v, tbl) in tables(r, doc, "date") {
        let path = format!("date[{i}]");
        r.unknown_keys(tbl, &path, DATE_KEYS);
        let at = v.span().start;
        let date = match tbl.get("date") {
            Some(d) => r.date(d, &join(&path, "date")),
            None => {
                r.missing(Some(at), &join(&path, "date"), "");
                None
            }
        };
        let hours = match tbl.get("hours") {
            Some(h) => r.hours(h, &join(&path, "hours")),
            None => {
                r.missing(Some(at), &join(&path, "hours"), " (hours = [] for closed)");
                None
            }
        };
        let note = tbl
            .get("note")
            .and_then(|n| r.text_value(n, &join(&path, "note")));
        let Some(date) = date else { continue };
        if let Some(first) = seen.get(&date) {
            let line = r.line(*first);
            r.at(
                tbl.get("date").map(|x| x.span().start),
                &join(&path, "date"),
                tr!(
                    "{date} is given twice (first at line {line}); keep one",
                    "{date} ditulis dua kali (pertama di baris {line}); sisakan satu"
                ),
            );
            continue;
        }
        seen.insert(date, tbl.get("date").map_or(at, |x| x.span().start));
        if let Some(h) = hours {
            dates.insert(date, h);
        }
        if let Some(n) = note.filter(|n| !n.is_empty()) {
            notes.insert(date, n);
        }
    }
    (dates, notes)
}

/// The tables of an array of tables (`[[key]]`), numbered from 1; anything else is a problem.
fn tables<'d, 'i>(
    r: &mut Reader,
    doc: &'d DeTable<'i>,
    key: &str,
) -> Vec<(usize, &'d Spanned<DeValue<'i>>, &'d DeTable<'i>)> {
    let Some(v) = doc.get(key) else {
        return Vec::new();
    };
    let DeValue::Array(items) = v.get_ref() else {
        r.at(
            Some(v.span().start),
            key,
            tr!(
                "must be tables written [[{key}]]",
                "harus berupa tabel yang ditulis [[{key}]]"
            ),
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.get_ref() {
            DeValue::Table(tbl) => out.push((i + 1, item, tbl)),
            _ => r.at(
                Some(item.span().start),
                key,
                tr!(
                    "must be tables written [[{key}]]",
                    "harus berupa tabel yang ditulis [[{key}]]"
                ),
            ),
        }
    }
    out
}

mod ranges;
mod write;

use ranges::minute_text;
pub use ranges::{hours_text, parse_range, range_text};
pub use write::write;

#[cfg(test)]
pub(crate) mod tests;
