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

fn local(n: NaiveDateTime, zone: Zone) -> Option<Instant> {
    zone.offset()
        .from_local_datetime(&n)
        .single()
        .map(|d| d.with_timezone(&Utc))
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
}
