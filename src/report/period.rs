//! Report periods: `--period 2026-11 | 2026 | 2026-Q3`, a named period (`today`, `yesterday`,
//! `this-week`, `last-week`, `this-month`, `last-month`, `this-year`, `last-year`, and the same
//! in Indonesian: `hari-ini`, `kemarin`, `minggu-ini`, `minggu-lalu`, `bulan-ini`, `bulan-lalu`,
//! `tahun-ini`, `tahun-lalu`), or `--from` / `--to` dates or times, turned into a half-open
//! range of instants [from, to) in office time: whole local days of the office's zone. A week
//! starts on Monday.

use crate::clock::{self, Instant, Zone};
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Instant>,
    pub to: Option<Instant>,
}

impl Period {
    pub const ALL: Period = Period {
        from: None,
        to: None,
    };

    pub fn contains(&self, t: Instant) -> bool {
        self.from.is_none_or(|f| t >= f) && self.to.is_none_or(|e| t < e)
    }

    /// The bounds in the stored form (UTC text), for SQL range conditions.
    pub fn db_bounds(&self) -> (Option<String>, Option<String>) {
        (self.from.map(clock::to_db), self.to.map(clock::to_db))
    }
}

fn midnight(d: NaiveDate, zone: Zone) -> Option<Instant> {
    clock::parse_local(&d.format("%Y-%m-%d").to_string(), zone)
}

fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

fn next_month(d: NaiveDate) -> Option<NaiveDate> {
    if d.month() == 12 {
        month_start(d.year() + 1, 1)
    } else {
        month_start(d.year(), d.month() + 1)
    }
}

fn range(a: Option<NaiveDate>, b: Option<NaiveDate>, zone: Zone) -> Option<Period> {
    Some(Period {
        from: Some(midnight(a?, zone)?),
        to: Some(midnight(b?, zone)?),
    })
}

/// A four-digit year.
fn year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (1900..=9998).contains(y))
}

/// A period or date as typed, quoted when it looks like one (`'2026-13'`, `'next-month'`);
/// else a description (a name or NIK typed in the wrong field is not repeated).
fn shown_period(s: &str) -> String {
    use crate::echo::{echo_if_shaped, shown, Shape};
    echo_if_shaped(s, Shape::Time).unwrap_or_else(|| {
        shown(
            s,
            Shape::Code,
            crate::text::t("a date or period", "tanggal atau periode"),
        )
    })
}

/// Parses `--period`.
pub fn parse_period(s: &str, now: Instant, zone: Zone) -> Result<Period, String> {
    let s = s.trim();
    let today = clock::local_date(now, zone);
    let bad = || {
        let s = shown_period(s);
        crate::tr!(
            "--period {s}: use YYYY-MM (2026-11), YYYY (2026), YYYY-Qn (2026-Q3), today, yesterday, \
             this-week, last-week, this-month, last-month, this-year or last-year",
            "--period {s}: pakai YYYY-MM (2026-11), YYYY (2026), YYYY-Qn (2026-Q3), hari-ini, kemarin, \
             minggu-ini, minggu-lalu, bulan-ini, bulan-lalu, tahun-ini atau tahun-lalu"
        )
    };
    let day = |back: u64| today.checked_sub_days(chrono::Days::new(back));
    let monday = day(u64::from(today.weekday().num_days_from_monday()));
    let week_from = |d: Option<NaiveDate>, back: u64| d?.checked_sub_days(chrono::Days::new(back));
    let key = s.to_ascii_lowercase().replace([' ', '_'], "-");
    let p = match key.as_str() {
        "today" | "hari-ini" => range(day(0), day(0).and_then(|d| d.succ_opt()), zone),
        "yesterday" | "kemarin" => range(day(1), day(0), zone),
        "this-week" | "minggu-ini" | "pekan-ini" => range(
            monday,
            week_from(monday, 0).and_then(|d| d.checked_add_days(chrono::Days::new(7))),
            zone,
        ),
        "last-week" | "minggu-lalu" | "pekan-lalu" => range(week_from(monday, 7), monday, zone),
        "last-year" | "tahun-lalu" => range(
            month_start(today.year() - 1, 1),
            month_start(today.year(), 1),
            zone,
        ),
        "this-month" | "bulan-ini" => {
            let a = month_start(today.year(), today.month());
            range(a, a.and_then(next_month), zone)
        }
        "last-month" | "bulan-lalu" => {
            let this = month_start(today.year(), today.month());
            let last = this
                .and_then(|d| d.pred_opt())
                .and_then(|d| month_start(d.year(), d.month()));
            range(last, this, zone)
        }
        "this-year" | "tahun-ini" => range(
            month_start(today.year(), 1),
            month_start(today.year() + 1, 1),
            zone,
        ),
        other => {
            if let Some((y, q)) = other.split_once("-q") {
                let y = year(y).ok_or_else(bad)?;
                let q: u32 = q.parse().map_err(|_| bad())?;
                if !(1..=4).contains(&q) {
                    return Err(bad());
                }
                let a = month_start(y, (q - 1) * 3 + 1);
                let b = if q == 4 {
                    month_start(y + 1, 1)
                } else {
                    month_start(y, q * 3 + 1)
                };
                range(a, b, zone)
            } else if let Some((y, m)) = other.split_once('-') {
                let y = year(y).ok_or_else(bad)?;
                if m.len() != 2 || !m.chars().all(|c| c.is_ascii_digit()) {
                    return Err(bad());
                }
                let a = month_start(y, m.parse().map_err(|_| bad())?);
                range(a, a.and_then(next_month), zone)
            } else {
                let y = year(other).ok_or_else(bad)?;
                range(month_start(y, 1), month_start(y + 1, 1), zone)
            }
        }
    };
    p.ok_or_else(bad)
}

/// `--from` (inclusive) and `--to` (a date: the whole day inclusive; a time: exclusive).
pub fn parse_bounds(from: Option<&str>, to: Option<&str>, zone: Zone) -> Result<Period, String> {
    let one = |flag: &str, s: &str, end: bool| -> Result<Instant, String> {
        let s = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            let d = if end { d.succ_opt().unwrap_or(d) } else { d };
            return midnight(d, zone).ok_or_else(|| {
                let s = shown_period(s);
                crate::tr!(
                    "{flag} {s} is not a date",
                    "{flag} {s} bukan tanggal yang valid"
                )
            });
        }
        clock::parse_local(s, zone).ok_or_else(|| {
            let s = shown_period(s);
            crate::tr!(
                "{flag} {s} is not a date or time: use YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" or RFC 3339",
                "{flag} {s} bukan tanggal atau waktu: pakai YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" atau RFC 3339"
            )
        })
    };
    let p = Period {
        from: from.map(|s| one("--from", s, false)).transpose()?,
        to: to.map(|s| one("--to", s, true)).transpose()?,
    };
    if let (Some(a), Some(b)) = (p.from, p.to) {
        if a >= b {
            return Err(
                crate::text::t("--from is not before --to", "--from harus sebelum --to").into(),
            );
        }
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Instant {
        clock::parse_local("2026-03-02 12:00", Zone::Wib).unwrap()
    }
    fn show(p: Period) -> (String, String) {
        (
            clock::to_rfc3339_local(p.from.unwrap(), Zone::Wib),
            clock::to_rfc3339_local(p.to.unwrap(), Zone::Wib),
        )
    }

    /// Named periods, in both languages; "now" is Monday 2 March 2026, 12:00 WIB.
    #[test]
    fn named_periods() {
        let z = Zone::Wib;
        let day = |s: &str| {
            let (a, b) = show(parse_period(s, now(), z).unwrap());
            (a[..10].to_string(), b[..10].to_string())
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        for (typed, from, to) in [
            ("today", "2026-03-02", "2026-03-03"),
            ("hari-ini", "2026-03-02", "2026-03-03"),
            ("yesterday", "2026-03-01", "2026-03-02"),
            ("kemarin", "2026-03-01", "2026-03-02"),
            ("this-week", "2026-03-02", "2026-03-09"),
            ("minggu-ini", "2026-03-02", "2026-03-09"),
            ("last-week", "2026-02-23", "2026-03-02"),
            ("minggu-lalu", "2026-02-23", "2026-03-02"),
            ("bulan-ini", "2026-03-01", "2026-04-01"),
            ("bulan-lalu", "2026-02-01", "2026-03-01"),
            ("tahun-ini", "2026-01-01", "2027-01-01"),
            ("last-year", "2025-01-01", "2026-01-01"),
            ("tahun-lalu", "2025-01-01", "2026-01-01"),
        ] {
            assert_eq!(day(typed), pair(from, to), "{typed}");
        }
        // A Sunday belongs to the week that began on the Monday before.
        let sunday = clock::parse_local("2026-03-08 23:00", z).unwrap();
        let (a, b) = show(parse_period("this-week", sunday, z).unwrap());
        assert_eq!((&a[..10], &b[..10]), ("2026-03-02", "2026-03-09"));
        assert!(parse_period("next-week", now(), z).is_err());
    }

    #[test]
    fn periods() {
        let z = Zone::Wib;
        assert_eq!(
            show(parse_period("2026-11", now(), z).unwrap()),
            (
                "2026-11-01T00:00:00+07:00".into(),
                "2026-12-01T00:00:00+07:00".into()
            )
        );
        assert_eq!(
            show(parse_period("2026-12", now(), z).unwrap()).1,
            "2027-01-01T00:00:00+07:00"
        );
        assert_eq!(
            show(parse_period("2026-Q3", now(), z).unwrap()).0,
            "2026-07-01T00:00:00+07:00"
        );
        assert_eq!(
            show(parse_period("2026-q4", now(), z).unwrap()).1,
            "2027-01-01T00:00:00+07:00"
        );
        assert_eq!(
            show(parse_period("2026", now(), z).unwrap()).1,
            "2027-01-01T00:00:00+07:00"
        );
        assert_eq!(
            show(parse_period("this-month", now(), z).unwrap()).0,
            "2026-03-01T00:00:00+07:00"
        );
        assert_eq!(
            show(parse_period("last-month", now(), z).unwrap()),
            (
                "2026-02-01T00:00:00+07:00".into(),
                "2026-03-01T00:00:00+07:00".into()
            )
        );
        // January: last month is December of the year before.
        let jan = clock::parse_local("2026-01-10 08:00", z).unwrap();
        assert_eq!(
            show(parse_period("last-month", jan, z).unwrap()).0,
            "2025-12-01T00:00:00+07:00"
        );
        // Now is read in the office's zone: 31 Jan 20:00 UTC is already February in WIT.
        let late = chrono::DateTime::parse_from_rfc3339("2026-01-31T20:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        let p = parse_period("this-month", late, Zone::Wit).unwrap();
        assert_eq!(clock::to_db(p.from.unwrap()), "2026-01-31T15:00:00Z");
        for bad in [
            "2026-13",
            "2026-Q5",
            "bulan-depan",
            "26",
            "",
            "2026-1",
            "2026-11-01",
            "abcd",
            "next-month",
        ] {
            assert!(parse_period(bad, now(), z).is_err(), "{bad}");
        }
    }

    #[test]
    fn bounds_take_whole_days() {
        let p = parse_bounds(Some("2026-03-01"), Some("2026-03-01"), Zone::Wib).unwrap();
        assert_eq!(show(p).1, "2026-03-02T00:00:00+07:00");
        assert!(parse_bounds(Some("2026-03-02"), Some("2026-03-01"), Zone::Wib).is_err());
        assert!(parse_bounds(Some("2026-02-30"), None, Zone::Wib).is_err());
    }
}
