//! The rules of a person's dates and ages, shared by every command that takes them (`intake`,
//! `case edit`): a birth date from 1900-01-01 up to the report date, an age of 0 to 130 years,
//! the age at a date. Messages name the field and never repeat the date or age typed.

use super::resolve;
use crate::clock;
use chrono::Datelike;

/// Age in whole years at a date.
pub fn age_at(birth: chrono::NaiveDate, at: chrono::NaiveDate) -> u32 {
    let mut years = at.year() - birth.year();
    if (at.month(), at.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// "YYYY-MM-DD" read without a format string (a bulk file has 100,000 of them); None for
/// any other shape, which then goes through the general parser.
pub fn ymd(s: &str) -> Option<chrono::NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    chrono::NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// A date as typed (`resolve::date`, with a fast path for YYYY-MM-DD), without repeating the
/// value (a birth date is personal data).
pub fn quiet_date(flag: &str, input: &str) -> std::result::Result<chrono::NaiveDate, String> {
    let input = input.trim();
    match ymd(input) {
        Some(d) => Ok(d),
        None => resolve::date(flag, input).map_err(|e| e.to_string()),
    }
}

/// A victim's birth date as typed, from 1900-01-01 up to the report date; `label` names it in
/// messages (`--victim-birth-date`, or the prompt's words), which never repeat the date.
pub fn birth_date(
    label: &str,
    input: &str,
    report: chrono::NaiveDate,
) -> std::result::Result<chrono::NaiveDate, String> {
    let d = quiet_date(label, input)?;
    clock::birth_in_range(d, report).map_err(|r| birth_out_of_range(label, r))?;
    Ok(d)
}

/// A victim's (or perpetrator's) age: 0 to 130 years.
pub fn age(label: &str, years: u32) -> std::result::Result<u32, String> {
    if years > 130 {
        return Err(crate::tr!(
            "{label} must be 0 to 130 years",
            "{label} harus 0 sampai 130 tahun"
        ));
    }
    Ok(years)
}

/// Why a birth date is refused, with the accepted range (never the date typed).
pub fn birth_out_of_range(label: &str, r: clock::OutOfRange) -> String {
    let y = clock::EARLIEST_BIRTH_YEAR;
    match r {
        clock::OutOfRange::Early => crate::tr!(
            "{label} is before {y}-01-01: accepted birth dates are from {y}-01-01 \
             up to the report date; check the year",
            "{label} sebelum {y}-01-01: tanggal lahir yang diterima dari {y}-01-01 \
             sampai tanggal laporan; periksa tahunnya"
        ),
        clock::OutOfRange::Late => crate::tr!(
            "{label} is after the report date: accepted birth dates are from \
             {y}-01-01 up to the report date",
            "{label} sesudah tanggal laporan: tanggal lahir yang diterima dari \
             {y}-01-01 sampai tanggal laporan"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::age_at;
    use chrono::NaiveDate;

    #[test]
    fn age_counts_whole_years() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(age_at(d("2008-03-02"), d("2026-03-01")), 17);
        assert_eq!(age_at(d("2008-03-02"), d("2026-03-02")), 18);
    }
}
