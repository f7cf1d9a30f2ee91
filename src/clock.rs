//! Instants and the office's time zone. Instants are stored as UTC text with second precision
//! ("2026-11-29T05:00:00Z"), the same on any database engine; the office's zone (WIB, WITA, WIT:
//! Indonesia keeps no daylight saving, so fixed offsets serve) is for reading and printing.
//! "Now" can be injected with `KASUS_NOW` so that tests and backfills are deterministic.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};

pub type Instant = DateTime<Utc>;

/// The office's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Wib,
    Wita,
    Wit,
}

impl Zone {
    pub fn parse(s: &str) -> Option<Zone> {
        match s.to_ascii_uppercase().as_str() {
            "WIB" | "+07:00" | "ASIA/JAKARTA" => Some(Zone::Wib),
            "WITA" | "+08:00" | "ASIA/MAKASSAR" => Some(Zone::Wita),
            "WIT" | "+09:00" | "ASIA/JAYAPURA" => Some(Zone::Wit),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Zone::Wib => "WIB",
            Zone::Wita => "WITA",
            Zone::Wit => "WIT",
        }
    }
    pub fn offset(self) -> FixedOffset {
        let hours = match self {
            Zone::Wib => 7,
            Zone::Wita => 8,
            Zone::Wit => 9,
        };
        FixedOffset::east_opt(hours * 3600).expect("valid offset")
    }
}

/// The current instant, or `KASUS_NOW` when set (RFC 3339).
pub fn now() -> Result<Instant, String> {
    match std::env::var("KASUS_NOW") {
        Ok(v) if !v.trim().is_empty() => DateTime::parse_from_rfc3339(v.trim())
            .map(|d| truncate(d.with_timezone(&Utc)))
            .map_err(|_| {
                crate::tr!(
                    "KASUS_NOW='{v}' is not an RFC 3339 time",
                    "KASUS_NOW='{v}' bukan waktu RFC 3339"
                )
            }),
        _ => Ok(truncate(Utc::now())),
    }
}

fn truncate(t: Instant) -> Instant {
    Utc.timestamp_opt(t.timestamp(), 0).single().unwrap_or(t)
}

/// The stored form: RFC 3339 in UTC, whole seconds, 'Z'.
pub fn to_db(t: Instant) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn from_db(s: &str) -> Option<Instant> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// RFC 3339 in the office's zone, for CSV and JSON ("2026-11-29T12:00:00+07:00").
pub fn to_rfc3339_local(t: Instant, zone: Zone) -> String {
    t.with_timezone(&zone.offset())
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// "2026-11-29 12:00" in the office's zone, for tables.
pub fn to_local_short(t: Instant, zone: Zone) -> String {
    t.with_timezone(&zone.offset())
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Reads a time as staff type it: RFC 3339, or "YYYY-MM-DD HH:MM[:SS]" / "YYYY-MM-DDTHH:MM"
/// in the office's zone, or a bare date "YYYY-MM-DD" (midnight, office time).
pub fn parse_local(s: &str, zone: Zone) -> Option<Instant> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(truncate(d.with_timezone(&Utc)));
    }
    for fmt in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
            return local(n, zone);
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .and_then(|n| local(n, zone))
}

/// A local date and time of the office as an instant (None in a gap, which WIB/WITA/WIT have not).
pub(crate) fn local(n: NaiveDateTime, zone: Zone) -> Option<Instant> {
    zone.offset()
        .from_local_datetime(&n)
        .single()
        .map(|d| d.with_timezone(&Utc))
}

/// The earliest year of a time a record is about (a report, a step, a consent, an assignment, a
/// service, a closing): kasus keeps no records from before 2000, and an earlier time is a typing
/// mistake (a year 0 would number the case `PPA/0/0001`).
pub const EARLIEST_EVENT_YEAR: i32 = 2000;

/// The earliest birth year; also the earliest incident date when the birth date is not known.
pub const EARLIEST_BIRTH_YEAR: i32 = 1900;

/// Where a time or date falls outside the range kasus accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfRange {
    /// Before the earliest accepted value.
    Early,
    /// After the latest (for times: in the future).
    Late,
}

/// The one range rule: `earliest <= value <= latest`.
pub fn within<T: PartialOrd>(value: T, earliest: T, latest: T) -> Result<(), OutOfRange> {
    if value < earliest {
        Err(OutOfRange::Early)
    } else if value > latest {
        Err(OutOfRange::Late)
    } else {
        Ok(())
    }
}

/// 2000-01-01 00:00 in the office's zone: the earliest time a record may be about.
pub fn earliest_event(zone: Zone) -> Instant {
    NaiveDate::from_ymd_opt(EARLIEST_EVENT_YEAR, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .and_then(|n| local(n, zone))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// A report, step, consent, assignment, service or closing time: from 2000-01-01 00:00 office
/// time up to now.
pub fn event_in_range(t: Instant, zone: Zone, now: Instant) -> Result<(), OutOfRange> {
    within(t, earliest_event(zone), now)
}

/// 1900-01-01: the earliest birth date.
pub fn earliest_birth() -> NaiveDate {
    NaiveDate::from_ymd_opt(EARLIEST_BIRTH_YEAR, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// A victim's birth date: from 1900-01-01 up to the report date.
pub fn birth_in_range(d: NaiveDate, report: NaiveDate) -> Result<(), OutOfRange> {
    within(d, earliest_birth(), report)
}

/// An incident date: from the victim's birth date (1900-01-01 when it is not known) up to the
/// report date. Abuse is sometimes reported decades later, so there is no other lower bound.
pub fn incident_in_range(
    d: NaiveDate,
    birth: Option<NaiveDate>,
    report: NaiveDate,
) -> Result<(), OutOfRange> {
    within(d, birth.unwrap_or_else(earliest_birth), report)
}

/// The office-local calendar date of an instant.
pub fn local_date(t: Instant, zone: Zone) -> NaiveDate {
    t.with_timezone(&zone.offset()).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_are_read_in_the_office_zone() {
        let t = parse_local("2026-03-02 08:30", Zone::Wib).unwrap();
        assert_eq!(to_db(t), "2026-03-02T01:30:00Z");
        let t = parse_local("2026-03-02 08:30", Zone::Wit).unwrap();
        assert_eq!(to_db(t), "2026-03-01T23:30:00Z");
        let t = parse_local("2026-03-02T08:30:00+08:00", Zone::Wib).unwrap();
        assert_eq!(to_rfc3339_local(t, Zone::Wib), "2026-03-02T07:30:00+07:00");
        assert!(parse_local("2026-02-30 08:00", Zone::Wib).is_none());
        assert!(parse_local("kemarin", Zone::Wib).is_none());
    }

    #[test]
    fn event_times_run_from_2000_in_office_time_up_to_now() {
        let now = parse_local("2026-03-02 12:00", Zone::Wib).unwrap();
        let at = |s| parse_local(s, Zone::Wib).unwrap();
        assert_eq!(
            event_in_range(at("2000-01-01 00:00"), Zone::Wib, now),
            Ok(())
        );
        assert_eq!(event_in_range(now, Zone::Wib, now), Ok(()));
        assert_eq!(
            event_in_range(at("1999-12-31 23:59"), Zone::Wib, now),
            Err(OutOfRange::Early)
        );
        assert_eq!(
            event_in_range(at("0000-01-01 00:00"), Zone::Wib, now),
            Err(OutOfRange::Early)
        );
        assert_eq!(
            event_in_range(at("2026-03-02 12:01"), Zone::Wib, now),
            Err(OutOfRange::Late)
        );
        // Midnight of 1 January 2000 in WIT is 23:00 WIB the day before.
        assert_eq!(to_db(earliest_event(Zone::Wit)), "1999-12-31T15:00:00Z");
    }

    #[test]
    fn birth_and_incident_dates_have_their_own_ranges() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let report = d("2026-03-02");
        assert_eq!(birth_in_range(d("1900-01-01"), report), Ok(()));
        assert_eq!(
            birth_in_range(d("1899-12-31"), report),
            Err(OutOfRange::Early)
        );
        assert_eq!(
            birth_in_range(d("2026-03-03"), report),
            Err(OutOfRange::Late)
        );
        let born = Some(d("1994-05-01"));
        assert_eq!(incident_in_range(d("1994-05-01"), born, report), Ok(()));
        assert_eq!(incident_in_range(d("2001-01-01"), born, report), Ok(()));
        assert_eq!(
            incident_in_range(d("1994-04-30"), born, report),
            Err(OutOfRange::Early)
        );
        assert_eq!(incident_in_range(d("1950-01-01"), None, report), Ok(()));
        assert_eq!(
            incident_in_range(d("1899-12-31"), None, report),
            Err(OutOfRange::Early)
        );
        assert_eq!(
            incident_in_range(d("2026-03-03"), born, report),
            Err(OutOfRange::Late)
        );
    }
}
