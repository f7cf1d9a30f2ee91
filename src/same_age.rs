//! Whether a victim recorded with an age may be the same person as one recorded before, by
//! their ages: the earlier age carried forward to the new report (a year for each year between
//! the two reports) and the new one within a year of each other. Pure: the two ages and the
//! two report times come in as arguments. A weak sign (ages are often guessed), so kasus only
//! points at such a case (`intake` at a terminal asks; a script gets a note), never refuses.

use crate::clock::Instant;

/// Whole years from `from` to `to` (none when `to` is earlier).
fn years_between(from: Instant, to: Instant) -> i64 {
    ((to - from).num_days().max(0) as f64 / 365.2425).floor() as i64
}

/// Whether `earlier_age` (at the report `earlier_at`) and `age` (at the report `at`) may be
/// one person's: the earlier carried forward to `at` within a year of the new one.
pub fn agrees(earlier_age: u32, earlier_at: Instant, age: u32, at: Instant) -> bool {
    let carried = i64::from(earlier_age) + years_between(earlier_at, at);
    (carried - i64::from(age)).abs() <= 1
}

#[cfg(test)]
mod tests {
    use super::agrees;
    use chrono::{TimeZone, Utc};

    fn at(y: i32, m: u32, d: u32) -> crate::clock::Instant {
        Utc.with_ymd_and_hms(y, m, d, 2, 0, 0).unwrap()
    }

    #[test]
    fn an_age_carried_forward_agrees_within_a_year() {
        // 12 in March 2024 is about 14 in March 2026.
        assert!(agrees(12, at(2024, 3, 1), 14, at(2026, 3, 2)));
        assert!(agrees(12, at(2024, 3, 1), 13, at(2026, 3, 2)));
        assert!(agrees(12, at(2024, 3, 1), 15, at(2026, 3, 2)));
        assert!(!agrees(12, at(2024, 3, 1), 12, at(2026, 3, 2)));
        assert!(!agrees(12, at(2024, 3, 1), 30, at(2026, 3, 2)));
        // The same day, the same age; a new report dated before the earlier one counts no years.
        assert!(agrees(30, at(2026, 3, 2), 30, at(2026, 3, 2)));
        assert!(agrees(30, at(2026, 3, 2), 31, at(2025, 1, 1)));
        assert!(!agrees(30, at(2026, 3, 2), 28, at(2025, 1, 1)));
    }
}
