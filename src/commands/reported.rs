//! The time a case was reported (`--reported-at` of `intake` and `case edit`): every time form
//! `resolve` reads, with a direct reader for "YYYY-MM-DD HH:MM" (a bulk file holds 100,000 of
//! them); never in the future.

use super::persons::ymd;
use super::resolve;
use crate::clock::{self, Zone};
use crate::error::Result;

/// The report time of an intake or a correction (`--reported-at`, else now).
pub fn reported_at(input: Option<&str>, zone: Zone, now: clock::Instant) -> Result<clock::Instant> {
    report_time(input.map(str::trim).filter(|s| !s.is_empty()), zone, now)
}

/// A report time: "YYYY-MM-DD HH:MM" in office time read directly, anything else (RFC 3339,
/// seconds, a bare date) by `resolve::opt_time`; in `clock::event_in_range` either way.
pub fn report_time(input: Option<&str>, zone: Zone, now: clock::Instant) -> Result<clock::Instant> {
    if let Some(s) = input {
        let b = s.as_bytes();
        if b.len() == 16 && b[10] == b' ' && b[13] == b':' {
            let hm = |r: std::ops::Range<usize>| -> Option<u32> {
                b[r].iter().try_fold(0u32, |n, &d| {
                    d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
                })
            };
            let t = ymd(&s[..10])
                .zip(hm(11..13).zip(hm(14..16)))
                .and_then(|(d, (h, m))| d.and_hms_opt(h, m, 0))
                .and_then(|n| {
                    use chrono::TimeZone;
                    zone.offset()
                        .from_local_datetime(&n)
                        .single()
                        .map(|d| d.with_timezone(&chrono::Utc))
                });
            if let Some(t) = t.filter(|t| clock::event_in_range(*t, zone, now).is_ok()) {
                return Ok(t);
            }
        }
    }
    resolve::opt_time("--reported-at", input, zone, now)
}

#[cfg(test)]
mod fast_paths {
    use super::report_time;
    use crate::clock::{self, Zone};
    use crate::commands::persons::ymd;

    #[test]
    fn the_direct_readers_agree_with_the_general_ones() {
        let now = clock::from_db("2026-03-02T05:00:00Z").unwrap();
        for s in ["2026-03-02 08:30", "2026-02-28 23:59", "2026-03-02 12:00"] {
            for z in [Zone::Wib, Zone::Wita, Zone::Wit] {
                assert_eq!(
                    report_time(Some(s), z, now).ok(),
                    super::resolve::opt_time("--reported-at", Some(s), z, now).ok(),
                    "{s} {z:?}"
                );
            }
        }
        assert!(report_time(Some("2026-03-02 12:01"), Zone::Wib, now).is_err());
        assert!(report_time(Some("2026-02-30 08:00"), Zone::Wib, now).is_err());
        assert_eq!(
            ymd("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(ymd("2023-02-29"), None);
        assert_eq!(ymd("2023-2-1"), None);
        assert_eq!(ymd("2023-0a-01"), None);
    }
}
