//! The times of a calendar file: "08:00-12:00" read to a [`Range`] at minute precision (an end
//! before its start runs past midnight), and written back.

use crate::tr;
use crate::worktime::calendar::{DayHours, Range};

/// "08:00" from minutes after midnight (1440 is "24:00").
pub(super) fn minute_text(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// A range as the file writes it: "08:00-12:00", "22:00-06:00" past midnight, "00:00-24:00".
pub fn range_text(r: Range) -> String {
    let end = if r.end > 1440 { r.end - 1440 } else { r.end };
    format!("{}-{}", minute_text(r.start), minute_text(end))
}

/// Ranges joined for people: "08:00-12:00, 13:00-16:00".
pub fn hours_text(h: &DayHours) -> String {
    h.iter()
        .map(|r| range_text(*r))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "HH:MM" or "H:MM", 00:00 to 24:00: minutes after midnight.
fn parse_minute(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

/// "08:00-12:00"; an end before the start runs past midnight ("22:00-06:00" is 1320..1800).
pub fn parse_range(s: &str) -> Result<Range, String> {
    let bad = || {
        tr!(
            "'{s}' is not a range of times; write it HH:MM-HH:MM, such as \"08:00-12:00\" (\"22:00-06:00\" runs past midnight)",
            "'{s}' bukan rentang jam; tulis JJ:MM-JJ:MM, misalnya \"08:00-12:00\" (\"22:00-06:00\" melewati tengah malam)"
        )
    };
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    let (Some(start), Some(end)) = (parse_minute(a.trim()), parse_minute(b.trim())) else {
        return Err(bad());
    };
    if start == 1440 {
        return Err(tr!(
            "'{s}': a range cannot start at 24:00; write 00:00",
            "'{s}': rentang tidak bisa mulai pukul 24:00; tulis 00:00"
        ));
    }
    if start == end {
        return Err(tr!(
            "'{s}': the end is equal to the start; for a whole day write \"00:00-24:00\"",
            "'{s}': akhir sama dengan awal; untuk sehari penuh tulis \"00:00-24:00\""
        ));
    }
    let end = if end < start { end + 1440 } else { end };
    Ok(Range { start, end })
}
