//! Times and dates as staff type them (issue 13): besides RFC 3339 and "YYYY-MM-DD HH:MM"
//! (`clock::parse_local`), `now`/`sekarang`, `HH:MM` (today), `yesterday HH:MM`/`kemarin
//! HH:MM`, the Indonesian day-month-year (`02-03-2026 08:30`, `02/03/2026`, `2 Maret 2026
//! 08:30`) and times relative to now (`-2h`, `30m ago`, `2 jam lalu`). Every form is read in
//! the office's zone. Pure: "now" comes in as an argument.
//!
//! Day-month-year is always day first, as Indonesian forms write it (`01/05/1994` is 1 May,
//! never 5 January). A two-digit year (`01/05/94`) is the one ambiguous form: it could be 19xx
//! or 20xx, so it is never read as a date; [`date_or_ambiguous`] names the days it could mean,
//! for a prompt to ask back. A relative time needs its direction (`-` or ago/lalu): a bare "2h"
//! could be meant either way.

use crate::clock::{self, Instant, Zone};
use chrono::{Duration, NaiveDate, NaiveTime};

/// Reads a time; None when it is none of the accepted forms.
pub fn time(input: &str, zone: Zone, now: Instant) -> Option<Instant> {
    read(input, zone, now).map(|(t, _)| t)
}

/// What a time as typed gave besides the instant: a clock time, a day alone (its midnight), or
/// a time relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Given {
    Clock,
    Day,
    Relative,
}

/// [`time`], with what the input gave.
fn read(input: &str, zone: Zone, now: Instant) -> Option<(Instant, Given)> {
    let iso = input.trim().split('-').next().is_some_and(|y| y.len() == 4);
    if let Some(t) = clock::parse_local(input, zone).filter(|_| iso) {
        // Its forms with a time of day are RFC 3339's and "YYYY-MM-DD HH:MM[:SS]": colons.
        let given = if input.contains(':') {
            Given::Clock
        } else {
            Given::Day
        };
        return Some((t, given));
    }
    let s = normalise(input);
    if matches!(s.as_str(), "now" | "sekarang" | "skrg") {
        return Some((now, Given::Relative));
    }
    if let Some(t) = relative(&s, now) {
        return Some((t, Given::Relative));
    }
    // A clock time after a day, or alone (today): "kemarin 14:30", "2 Maret 2026 08.30"; a day
    // word or a date alone is the start of that day.
    let on = |day: NaiveDate, rest: &str| -> Option<(Instant, Given)> {
        let (t, given) = if rest.is_empty() {
            (NaiveTime::MIN, Given::Day)
        } else {
            (clock_time(rest)?, Given::Clock)
        };
        clock::local(day.and_time(t), zone).map(|t| (t, given))
    };
    let today = clock::local_date(now, zone);
    let (day, rest) = day_word(&s, today);
    if let Some(day) = day {
        return on(day, rest);
    }
    if clock_time(&s).is_some() {
        return on(today, &s);
    }
    // A date, then an optional time: "02-03-2026 08:30", "2 Maret 2026".
    let words: Vec<&str> = s.split(' ').collect();
    for split in (1..=words.len()).rev() {
        if let Some(d) = date_words(&words[..split].join(" ")) {
            return on(d, &words[split..].join(" "));
        }
    }
    None
}

/// Whether a time as typed gives a clock time (`2026-03-01 08:00`, RFC 3339, `kemarin 14:30`,
/// `02-03-2026 08.30`, with a colon or a dot), not a day alone (a bare date or day word:
/// midnight) nor a time relative to now: what intake takes for the minute of a report.
pub fn gives_clock_time(input: &str) -> bool {
    // Neither the zone nor "now" changes what the input gives, only the instant.
    let now = Instant::from_timestamp(1_767_225_600, 0).unwrap_or_default();
    read(input, Zone::Wib, now).is_some_and(|(_, given)| given == Given::Clock)
}

/// Reads a date as staff type it: "YYYY-MM-DD", "DD-MM-YYYY", "DD/MM/YYYY", "DD.MM.YYYY",
/// "1 Mei 1994", "1 May 1994".
pub fn date(input: &str) -> Option<NaiveDate> {
    date_words(&normalise(input))
}

/// What a typed date means: one day, or (a two-digit year) every day it could mean, 19yy first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateRead {
    /// The date, as [`date`] reads it.
    One(NaiveDate),
    /// A two-digit year: the days in 19yy and 20yy that exist (one or two).
    TwoDigitYear(Vec<NaiveDate>),
}

/// Reads a date as [`date`] does and, besides, a date with a two-digit year (`01/05/94`,
/// `01-05-94`, `1 Mei 94`) as the days it could mean; None when it is neither.
pub fn date_or_ambiguous(input: &str) -> Option<DateRead> {
    let s = normalise(input);
    if let Some(d) = date_words(&s) {
        return Some(DateRead::One(d));
    }
    let (d, m, yy) = two_digit_year(&s)?;
    let days: Vec<NaiveDate> = [1900, 2000]
        .iter()
        .filter_map(|c| NaiveDate::from_ymd_opt(c + yy, m, d))
        .collect();
    (!days.is_empty()).then_some(DateRead::TwoDigitYear(days))
}

/// Day, month and a two-digit year: "01-05-94", "1/5/94", "01.05.94", "1 Mei 94".
fn two_digit_year(s: &str) -> Option<(u32, u32, i32)> {
    let digits = |p: &str| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit());
    for sep in ['-', '/', '.'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if let [d, m, y] = parts[..] {
            if digits(d) && digits(m) && y.len() == 2 && digits(y) {
                return Some((d.parse().ok()?, m.parse().ok()?, y.parse().ok()?));
            }
        }
    }
    let words: Vec<&str> = s.split(' ').collect();
    if let [d, m, y] = words[..] {
        if digits(d) && y.len() == 2 && digits(y) {
            return Some((d.parse().ok()?, month(m)?, y.parse().ok()?));
        }
    }
    None
}

fn normalise(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why an input that is not a time looks like one that was meant: said in the message instead
/// of the bare "not a time" (the input itself is never echoed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// `besok`, `tomorrow`, `lusa`: a day to come.
    Future,
    /// `2h`, `30 menit`: a span with no direction (`-2h`, `2 jam lalu` are times).
    NoDirection,
}

/// The [`Hint`] for an input [`time`] did not read, if there is one.
pub fn hint(input: &str, zone: Zone, now: Instant) -> Option<Hint> {
    let s = input.trim().to_lowercase();
    if ["besok", "tomorrow", "lusa"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return Some(Hint::Future);
    }
    if !s.starts_with('-') && time(&format!("-{s}"), zone, now).is_some() {
        return Some(Hint::NoDirection);
    }
    None
}

/// "today"/"hari ini"/"yesterday"/"kemarin" at the start, and what follows it.
fn day_word(s: &str, today: NaiveDate) -> (Option<NaiveDate>, &str) {
    for (word, back) in [
        ("today", 0),
        ("hari ini", 0),
        ("yesterday", 1),
        ("kemarin", 1),
    ] {
        if let Some(rest) = s.strip_prefix(word) {
            if rest.is_empty() || rest.starts_with(' ') {
                return (today.checked_sub_days(chrono::Days::new(back)), rest.trim());
            }
        }
    }
    (None, s)
}

/// "08:30", "8:30", "08.30", "08:30:15" (the Indonesian habit writes a dot).
fn clock_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    let parts: Vec<&str> = s.split([':', '.']).collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 2) {
        return None;
    }
    if !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let n = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u32>().ok());
    if parts[1].len() != 2 || parts.get(2).is_some_and(|p| p.len() != 2) {
        return None;
    }
    NaiveTime::from_hms_opt(n(0)?, n(1)?, n(2)?)
}

const MONTHS: [(&str, u32); 28] = [
    ("januari", 1),
    ("january", 1),
    ("februari", 2),
    ("february", 2),
    ("maret", 3),
    ("march", 3),
    ("april", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("juli", 7),
    ("july", 7),
    ("agustus", 8),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("october", 10),
    ("november", 11),
    ("nopember", 11),
    ("desember", 12),
    ("december", 12),
    ("agt", 8),
    ("agu", 8),
    ("okt", 10),
    ("des", 12),
    ("nop", 11),
    ("peb", 2),
];

/// A month by name or by its first three letters (Indonesian or English).
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(name, _)| *name == w || (w.len() >= 3 && name.starts_with(w)))
        .map(|&(_, m)| m)
}

fn date_words(s: &str) -> Option<NaiveDate> {
    let four_digit_year = s.split('-').next().is_some_and(|y| y.len() == 4);
    if let Some(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| four_digit_year)
    {
        return Some(d);
    }
    // Day first, with a four-digit year.
    for sep in ['-', '/', '.'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if parts.len() == 3 && parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
            let n = |p: &str| p.parse::<u32>().ok();
            return NaiveDate::from_ymd_opt(parts[2].parse().ok()?, n(parts[1])?, n(parts[0])?);
        }
    }
    // "1 Mei 1994".
    let words: Vec<&str> = s.split(' ').collect();
    if let [d, m, y] = words[..] {
        if y.len() == 4 && d.len() <= 2 {
            return NaiveDate::from_ymd_opt(y.parse().ok()?, month(m)?, d.parse().ok()?);
        }
    }
    None
}

/// "-2h", "-30 m", "30m ago", "2 hours ago", "2 jam lalu", "30 menit yang lalu", "1 hari lalu".
fn relative(s: &str, now: Instant) -> Option<Instant> {
    let (body, back) = if let Some(b) = s.strip_prefix('-') {
        (b.trim(), true)
    } else if let Some(b) = s
        .strip_suffix(" yang lalu")
        .or_else(|| s.strip_suffix(" lalu"))
        .or_else(|| s.strip_suffix(" ago"))
    {
        (b.trim(), true)
    } else {
        return None;
    };
    if !back {
        return None;
    }
    let digits: String = body.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 6 {
        return None;
    }
    let n: i64 = digits.parse().ok()?;
    let unit = body[digits.len()..].trim();
    let secs = match unit {
        "s" | "sec" | "secs" | "second" | "seconds" | "detik" | "dtk" => 1,
        "m" | "min" | "mins" | "minute" | "minutes" | "menit" | "mnt" => 60,
        "h" | "j" | "hr" | "hrs" | "hour" | "hours" | "jam" => 3600,
        "d" | "day" | "days" | "hari" => 86_400,
        "w" | "week" | "weeks" | "minggu" | "pekan" => 7 * 86_400,
        _ => return None,
    };
    now.checked_sub_signed(Duration::seconds(n.checked_mul(secs)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Instant {
        clock::parse_local("2026-03-02 12:00", Zone::Wib).unwrap()
    }

    fn read(s: &str) -> Option<String> {
        time(s, Zone::Wib, now()).map(|t| clock::to_local_short(t, Zone::Wib))
    }

    #[test]
    fn every_form_in_the_office_zone() {
        for (typed, meant) in [
            ("2026-03-02 08:30", "2026-03-02 08:30"),
            ("2026-03-02T08:30:00+07:00", "2026-03-02 08:30"),
            ("now", "2026-03-02 12:00"),
            ("Sekarang", "2026-03-02 12:00"),
            ("08:30", "2026-03-02 08:30"),
            ("8.30", "2026-03-02 08:30"),
            ("today 07:15", "2026-03-02 07:15"),
            ("hari ini 07:15", "2026-03-02 07:15"),
            ("yesterday 14:30", "2026-03-01 14:30"),
            ("kemarin 14:30", "2026-03-01 14:30"),
            ("kemarin", "2026-03-01 00:00"),
            ("02-03-2026 08:30", "2026-03-02 08:30"),
            ("02/03/2026 08:30", "2026-03-02 08:30"),
            ("1/3/2026", "2026-03-01 00:00"),
            ("2 Maret 2026 08:30", "2026-03-02 08:30"),
            ("1 mar 2026", "2026-03-01 00:00"),
            ("-2h", "2026-03-02 10:00"),
            ("- 30 m", "2026-03-02 11:30"),
            ("30m ago", "2026-03-02 11:30"),
            ("2 hours ago", "2026-03-02 10:00"),
            ("2 jam lalu", "2026-03-02 10:00"),
            ("30 menit yang lalu", "2026-03-02 11:30"),
            ("1 hari lalu", "2026-03-01 12:00"),
        ] {
            assert_eq!(read(typed).as_deref(), Some(meant), "{typed}");
        }
    }

    #[test]
    fn what_is_not_read() {
        for typed in [
            "",
            "2h",
            "in 2 hours",
            "25:00",
            "08:7",
            "31-02-2026",
            "02-03-26",
            "kemarin 25:00",
            "2 Foo 2026",
            "tomorrow",
            "-2x",
            "Siti Contoh",
        ] {
            assert_eq!(read(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_wita_office_reads_its_own_clock() {
        let t = time("08:30", Zone::Wita, now()).unwrap();
        assert_eq!(
            clock::to_rfc3339_local(t, Zone::Wita),
            "2026-03-02T08:30:00+08:00"
        );
    }

    #[test]
    fn dates_as_staff_type_them() {
        let d = |s| date(s).map(|d| d.to_string());
        assert_eq!(d("01-05-1994").as_deref(), Some("1994-05-01"));
        assert_eq!(d("01/05/1994").as_deref(), Some("1994-05-01"));
        assert_eq!(d("1 Mei 1994").as_deref(), Some("1994-05-01"));
        assert_eq!(d("1994-05-01").as_deref(), Some("1994-05-01"));
        assert_eq!(d("17 Agustus 1945").as_deref(), Some("1945-08-17"));
        assert_eq!(d("30-02-1994"), None);
        assert_eq!(d("01-05-94"), None);
        assert_eq!(d("1 Mei 94"), None);
    }

    #[test]
    fn a_two_digit_year_names_the_days_it_could_mean() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let either = |a: &str, b: &str| Some(DateRead::TwoDigitYear(vec![d(a), d(b)]));
        assert_eq!(
            date_or_ambiguous("01/05/94"),
            either("1994-05-01", "2094-05-01")
        );
        assert_eq!(
            date_or_ambiguous("01-05-05"),
            either("1905-05-01", "2005-05-01")
        );
        assert_eq!(
            date_or_ambiguous("1.5.94"),
            either("1994-05-01", "2094-05-01")
        );
        assert_eq!(
            date_or_ambiguous("1 Mei 94"),
            either("1994-05-01", "2094-05-01")
        );
        // 29 February exists in 2000 but not in 1900.
        assert_eq!(
            date_or_ambiguous("29-02-00"),
            Some(DateRead::TwoDigitYear(vec![d("2000-02-29")]))
        );
        assert_eq!(
            date_or_ambiguous("01-05-1994"),
            Some(DateRead::One(d("1994-05-01")))
        );
        for nothing in [
            "",
            "31-02-94",
            "01-13-94",
            "1 Foo 94",
            "01-05-994",
            "Siti Contoh",
        ] {
            assert_eq!(date_or_ambiguous(nothing), None, "{nothing}");
        }
    }

    #[test]
    fn a_clock_time_is_given_with_a_colon_or_a_dot() {
        for t in [
            "2026-03-01 08:00",
            "2026-03-01 08.00",
            "2026-03-01T01:00:00Z",
            "kemarin 14:30",
            "kemarin 14.30",
            "08:00",
            "08.00",
            "02-03-2026 08:30",
            "02.03.2026 08.30",
            "2 Maret 2026 08.30",
            "2 Maret 2026 08.30.15",
        ] {
            assert!(gives_clock_time(t), "{t}");
        }
        for t in [
            "2026-03-01",
            "kemarin",
            "1 Mei 2026",
            "02.03.2026",
            "02-03-2026",
            "now",
            "sekarang",
            "-2h",
            "2 jam lalu",
            "30m ago",
            "2026-03-01 08",
            "2026-03-01 8.3",
            "",
        ] {
            assert!(!gives_clock_time(t), "{t}");
        }
    }

    #[test]
    fn hints_for_what_was_meant() {
        let zone = Zone::parse("WIB").unwrap();
        let now = crate::clock::parse_local("2026-03-02 12:00", zone).unwrap();
        assert_eq!(hint("besok 09:00", zone, now), Some(Hint::Future));
        assert_eq!(hint("Tomorrow", zone, now), Some(Hint::Future));
        assert_eq!(hint("2h", zone, now), Some(Hint::NoDirection));
        assert_eq!(hint("30 menit", zone, now), Some(Hint::NoDirection));
        assert_eq!(hint("banana", zone, now), None);
    }
}
