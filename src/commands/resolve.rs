//! Turning what was typed into checked values ("high" arguments): times, list values, cases,
//! staff and SOPs, each with a message that says what is wrong and how to fix it.

use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::register::{agencies, cases, sops, staff, Register};
use crate::suggest::did_you_mean;
use crate::vocab::Vocab;
use chrono::Datelike;

/// A list value as typed. The message names the list, the closest code and the valid codes,
/// never the value typed (it may be a name typed in the wrong place).
pub fn vocab(v: &Vocab, input: &str) -> Result<&'static str> {
    v.parse(input).map_err(Error::Invalid)
}

/// A time a record is about, as typed with `--at` or `--reported-at` (or in a bulk file's
/// time column): from 2000-01-01 00:00 office time up to now (`clock::event_in_range`). As with
/// list values, the messages describe the expected forms and do not echo what was typed.
pub fn time(flag: &str, input: &str, zone: Zone, now: Instant) -> Result<Instant> {
    let t = crate::when::time(input, zone, now)
        .ok_or_else(|| Error::Invalid(unread_time(flag, input, zone, now)))?;
    match clock::event_in_range(t, zone, now) {
        Ok(()) => Ok(t),
        Err(r) => Err(Error::Invalid(time_out_of_range(
            flag,
            r == clock::OutOfRange::Early,
            &format!("{} {}", clock::to_local_short(now, zone), zone.name()),
            zone.name(),
        ))),
    }
}

/// A time that bounds a query (`export --since`): any time up to now.
pub fn query_time(flag: &str, input: &str, zone: Zone, now: Instant) -> Result<Instant> {
    let t = crate::when::time(input, zone, now)
        .ok_or_else(|| Error::Invalid(unread_time(flag, input, zone, now)))?;
    if t > now {
        return Err(Error::Invalid(in_future(
            flag,
            &format!("{} {}", clock::to_local_short(now, zone), zone.name()),
        )));
    }
    Ok(t)
}

pub fn opt_time(flag: &str, input: Option<&str>, zone: Zone, now: Instant) -> Result<Instant> {
    match input {
        Some(s) => time(flag, s, zone, now),
        None => Ok(now),
    }
}

/// A time a report is judged at (`report overdue|due --at`): any form of `--at`, and a time to
/// come too ("what will be overdue by 17:00?"); not before the earliest time kasus accepts.
pub fn judged_at(flag: &str, input: &str, zone: Zone, now: Instant) -> Result<Instant> {
    let t = crate::when::time(input, zone, now).ok_or_else(|| {
        // A time to come is accepted here, but only by its date: the words for days to come
        // are not read (they would be refused anywhere else as times in the future).
        Error::Invalid(match crate::when::hint(input, zone, now) {
            Some(crate::when::Hint::Future) => crate::tr!(
                "{flag}: a time to come is written as its date and time (\"YYYY-MM-DD HH:MM\", \
                 office time {}); besok, lusa and tomorrow are not read",
                "{flag}: waktu yang akan datang ditulis dengan tanggal dan jamnya (\"YYYY-MM-DD \
                 HH:MM\", waktu kantor {}); besok, lusa dan tomorrow tidak dibaca",
                zone.name()
            ),
            _ => unread_time(flag, input, zone, now),
        })
    })?;
    if t < clock::earliest_event(zone) {
        return Err(Error::Invalid(time_out_of_range(
            flag,
            true,
            &format!("{} {}", clock::to_local_short(now, zone), zone.name()),
            zone.name(),
        )));
    }
    Ok(t)
}

/// A date as staff type it (`when::date`: YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, "1 Mei 1994").
/// A two-digit year is refused with its own message: it could mean 19xx or 20xx. The value
/// typed is not echoed (a birth date is personal data).
pub fn date(flag: &str, input: &str) -> Result<chrono::NaiveDate> {
    match crate::when::date_or_ambiguous(input) {
        Some(crate::when::DateRead::One(d)) => Ok(d),
        Some(crate::when::DateRead::TwoDigitYear(_)) => Err(Error::Invalid(two_digit_year(flag))),
        None => Err(Error::Invalid(not_a_date(flag))),
    }
}

/// A date that is none of the accepted forms, or a day that does not exist.
pub fn not_a_date(flag: &str) -> String {
    crate::tr!(
        "{flag} is not a date that exists: use YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or \"1 Mei 1994\" (day first)",
        "{flag} bukan tanggal yang valid: pakai YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY atau \"1 Mei 1994\" (hari dulu)"
    )
}

/// A date with a two-digit year: 19xx or 20xx?
pub fn two_digit_year(flag: &str) -> String {
    crate::tr!(
        "{flag} has a two-digit year, which could be 19xx or 20xx: write the year in full (e.g. 01-05-1994)",
        "{flag} bertahun dua angka, yang bisa 19xx atau 20xx: tulis tahunnya lengkap (mis. 01-05-1994)"
    )
}

/// A NIK is exactly 16 digits; spaces, dots and dashes typed between groups (`3174 0999 8887
/// 7766`, as `case list --search` takes it) are dropped.
pub fn nik(input: &str) -> Result<String> {
    let s: String = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .collect();
    let s = s.as_str();
    if s.len() == 16 && s.chars().all(|c| c.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        // The NIK itself is personal data: the message says what is wrong, not the value.
        Err(Error::Invalid(crate::tr!(
            "--victim-nik must be exactly 16 digits (the value given has {} characters{})",
            "--victim-nik harus tepat 16 angka (nilai yang diberikan berisi {} karakter{})",
            s.chars().count(),
            if s.chars().all(|c| c.is_ascii_digit()) {
                ""
            } else {
                crate::text::t(", not all digits", ", tidak semuanya angka")
            }
        )))
    }
}

/// A case key as it may be echoed in a message: a case number or a UUID is; anything else
/// (someone typing a victim's name or NIK where the case goes) is not, as it may be personal
/// data.
pub fn shown_case_key(key: &str) -> String {
    let k = key.trim();
    let parts: Vec<&str> = k.split('/').collect();
    let number = parts.len() == 3
        && !parts[0].is_empty()
        && parts[0].len() <= 16
        && parts[0]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        && parts[1].len() == 4
        && parts[1].chars().all(|c| c.is_ascii_digit())
        && !parts[2].is_empty()
        && parts[2].len() <= 6
        && parts[2].chars().all(|c| c.is_ascii_digit());
    let uuid = k.len() == 36 && k.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    let sequence = !k.is_empty() && k.len() <= 4 && k.bytes().all(|b| b.is_ascii_digit());
    if number || uuid || sequence {
        format!("'{k}'")
    } else {
        crate::text::t(
            "(the value given is neither a case number nor a UUID)",
            "(nilai yang diberikan bukan nomor kasus maupun UUID)",
        )
        .to_string()
    }
}

/// What a lookup found, or an unknown-value error with a "did you mean" hint: `typed`
/// against the `known` values, read only when nothing was found.
fn found_or_hint<T>(
    found: Option<T>,
    typed: &str,
    known: impl FnOnce() -> Result<Vec<String>>,
    unknown: impl FnOnce(&str) -> String,
) -> Result<T> {
    match found {
        Some(v) => Ok(v),
        None => {
            let known = known()?;
            let hint = did_you_mean(typed, known.iter().map(String::as_str));
            Err(Error::Invalid(unknown(&hint)))
        }
    }
}

/// A case by its number or UUID. Two offices may have issued the same number (a merged
/// register, issue 20): then the case is ambiguous (exit 3) unless `--office` (the register's
/// scope) says whose, or the case's UUID is given.
pub fn case(reg: &Register, key: &str) -> Result<cases::CaseRow> {
    case_among(reg, key, reg.find_cases(key)?)
}

/// [`case`], given what `find_cases(key)` read.
fn case_among(reg: &Register, key: &str, rows: Vec<cases::CaseRow>) -> Result<cases::CaseRow> {
    let mut found = one_of(reg, key, rows)?;
    if found.is_none() {
        found = by_sequence(reg, key)?;
    }
    if found.is_none() {
        found = by_parts(reg, key)?;
    }
    if found.is_none() && reg.scope().is_some() {
        // Not among the cases of the office `--office` names: the number may be another
        // office's (a suggestion of the very number typed would not help).
        return Err(Error::Invalid(crate::tr!(
            "case {} is not one of the cases of the office --office names: give another --office, or none",
            "kasus {} bukan salah satu kasus kantor yang disebut --office: beri --office lain, atau tanpa --office",
            shown_case_key(key)
        )));
    }
    found_or_hint(
        found,
        key,
        || reg.case_numbers(),
        |hint| crate::text::unknown_case(&shown_case_key(key), hint),
    )
}

/// The one case found, none, or (several offices' cases with that number) the refusal to
/// guess, naming the offices.
fn one_of(
    reg: &Register,
    key: &str,
    mut rows: Vec<cases::CaseRow>,
) -> Result<Option<cases::CaseRow>> {
    if rows.len() <= 1 {
        return Ok(rows.pop());
    }
    Err(Error::Invalid(crate::tr!(
        "case {} is in this register more than once, issued by different offices:\n{}\nadd --office OFFICE (own, the office's prefix or UUID) or give the case's UUID",
        "kasus {} ada lebih dari sekali di register ini, diterbitkan kantor yang berbeda:\n{}\ntambahkan --office KANTOR (own, prefiks atau UUID kantornya) atau beri UUID kasusnya",
        shown_case_key(key),
        listed(reg, &rows)?
    )))
}

/// The cases of one number, a line each: the number, its office (its prefix, with its UUID
/// where offices share the prefix) and the case's own UUID, which tells them apart.
fn listed(reg: &Register, rows: &[cases::CaseRow]) -> Result<String> {
    let offices = reg.offices()?;
    Ok(rows
        .iter()
        .map(|c| {
            crate::tr!(
                "  {}  office {}{}  case UUID {}",
                "  {}  kantor {}{}  UUID kasus {}",
                c.number,
                offices.label_of(c.origin.as_deref()),
                if c.origin.is_none() {
                    crate::text::t(" (own)", " (sendiri)")
                } else {
                    ""
                },
                c.uuid
            )
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Refuses a change to a case another office recorded (a merged register, issue 20): its rows
/// are that office's, changed there and brought in by its next bundle (exit 4).
pub fn ours(reg: &Register, case: &cases::CaseRow) -> Result<()> {
    let Some(origin) = &case.origin else {
        return Ok(());
    };
    let offices = reg.offices()?;
    let label = offices.label_of(Some(origin));
    // The label holds the office's UUID already where offices share its prefix.
    let office = if label.contains(origin.as_str()) {
        label
    } else {
        format!("{label} ({origin})")
    };
    Err(Error::Refused(crate::tr!(
        "case {} belongs to office {office}; it is theirs to change: changes are made in their register and come in with their next bundle. Nothing was changed",
        "kasus {} milik kantor {office}; kantor itulah yang mengubahnya: perubahan dibuat di register mereka dan masuk bersama bundel berikutnya. Tidak ada yang diubah",
        case.number
    )))
}

/// A case number written with more leading zeros than its own (`PPA/2026/09999` for
/// `PPA/2026/9999`, `PPA/2026/00012` for `PPA/2026/0012`): the case of that office, year and
/// sequence.
fn by_parts(reg: &Register, key: &str) -> Result<Option<cases::CaseRow>> {
    let parts: Vec<&str> = key.trim().split('/').collect();
    let [office, year, seq] = parts[..] else {
        return Ok(None);
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    // Only zeros beyond the number's width of four: `PPA/2026/001` stays unknown, with its
    // suggestion.
    if office.is_empty() || !digits(year) || !digits(seq) || seq.len() <= 4 || !seq.starts_with('0')
    {
        return Ok(None);
    }
    let (Ok(year), Ok(seq)) = (year.parse::<i32>(), seq.parse::<u32>()) else {
        return Ok(None);
    };
    let rows = reg
        .cases_by_sequence(year, seq)?
        .into_iter()
        .filter(|c| c.office.eq_ignore_ascii_case(office))
        .collect();
    one_of(reg, key, rows)
}

/// `12` (or `0012`) for this year's case 12, in the office's zone, when one office prefix has
/// it; several (cases merged from other offices) are refused with their numbers.
fn by_sequence(reg: &Register, key: &str) -> Result<Option<cases::CaseRow>> {
    let key = key.trim();
    if key.is_empty() || key.len() > 6 || !key.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let Ok(seq) = key.parse::<u32>() else {
        return Ok(None);
    };
    let now = crate::clock::now().map_err(Error::Usage)?;
    let year = crate::clock::local_date(now, reg.zone()?).year();
    let mut rows = reg.cases_by_sequence(year, seq)?;
    if rows.len() > 1 && rows.iter().all(|c| c.number == rows[0].number) {
        return one_of(reg, key, rows);
    }
    match rows.len() {
        0 | 1 => Ok(rows.pop()),
        _ => {
            let numbers: Vec<String> = rows.into_iter().map(|c| c.number).collect();
            Err(Error::Usage(crate::tr!(
                "case {seq} of {year} is ambiguous: {}; give the whole number",
                "kasus {seq} tahun {year} ambigu: {}; tulis nomor lengkapnya",
                numbers.join(", ")
            )))
        }
    }
}

/// The latest version of a SOP code, with a suggestion when the code is unknown.
pub fn sop(reg: &Register, code: &str) -> Result<sops::SopVersion> {
    found_or_hint(
        reg.latest_sop(code)?,
        code,
        || reg.sop_codes(),
        |hint| crate::text::unknown_sop(code, hint),
    )
}

/// A case to change: only this office's can be (`ours`), so where offices issued the same
/// number, this office's case is the one meant; another office's alone is refused (exit 4).
pub fn own_case(reg: &Register, key: &str) -> Result<cases::CaseRow> {
    let rows = reg.find_cases(key)?;
    if rows.len() > 1 {
        return match rows.iter().find(|c| c.origin.is_none()) {
            Some(c) => Ok(c.clone()),
            None => Err(Error::Refused(crate::tr!(
                "case {} was issued by other offices only:\n{}\nit is theirs to change: changes are made in their register and come in with their next bundle. Nothing was changed",
                "kasus {} hanya diterbitkan kantor lain:\n{}\nkantor itulah yang mengubahnya: perubahan dibuat di register mereka dan masuk bersama bundel berikutnya. Tidak ada yang diubah",
                shown_case_key(key),
                listed(reg, &rows)?
            ))),
        };
    }
    let case = case_among(reg, key, rows)?;
    ours(reg, &case)?;
    Ok(case)
}

/// An open case of this office: changes to a closed case, or to another office's, are
/// refused.
pub fn open_case(reg: &Register, key: &str) -> Result<cases::CaseRow> {
    let case = own_case(reg, key)?;
    if case.status == "closed" {
        return Err(Error::Refused(crate::text::case_closed(&case.number)));
    }
    Ok(case)
}

/// A staff member by name or UUID, with a suggestion when unknown.
pub fn staff(reg: &Register, name: &str) -> Result<staff::StaffRow> {
    found_or_hint(
        reg.find_staff(name.trim())?,
        name,
        || reg.staff_names(),
        |hint| {
            let name = quoted_unless_a_number(name);
            crate::tr!(
                "unknown staff {name}{hint}; `kasus staff list` shows staff, `kasus staff add` adds one",
                "staf {name} tidak dikenal{hint}; `kasus staff list` menampilkan staf, `kasus staff add` menambahkannya"
            )
        },
    )
}

/// A staff member's or an agency's name as typed, quoted for a message; a NIK or a phone
/// number typed there (six digits in a row, or more than eight) is not repeated.
fn quoted_unless_a_number(name: &str) -> String {
    if crate::echo::looks_like_a_number_of_someone(name) {
        crate::text::t(
            "(the value given is not shown)",
            "(nilai yang diberikan tidak ditampilkan)",
        )
        .to_string()
    } else {
        format!("'{}'", name.trim())
    }
}

/// An agency of the directory by name or UUID, with a suggestion when unknown.
pub fn agency(reg: &Register, name: &str) -> Result<agencies::AgencyRow> {
    found_or_hint(
        reg.find_agency(name.trim())?,
        name,
        || reg.agency_names(),
        // Not repeated: a person's name (a victim's, typed in the wrong field) would land in a
        // log; the directory's own name it suggests is no one's.
        |hint| {
            crate::tr!(
                "no agency of the directory has the name given (not shown){hint}; `kasus agency list` shows the directory, `kasus agency add` adds one",
                "tidak ada lembaga di direktori dengan nama yang diberikan (tidak ditampilkan){hint}; `kasus agency list` menampilkan direktori, `kasus agency add` menambahkannya"
            )
        },
    )
}

/// The value typed is not echoed: a name typed in the wrong field would land in cron logs.
/// Why a time typed was not read: a day to come, a span with no direction, or not a time.
fn unread_time(flag: &str, input: &str, zone: Zone, now: Instant) -> String {
    let now_text = format!("{} {}", clock::to_local_short(now, zone), zone.name());
    match crate::when::hint(input, zone, now) {
        Some(crate::when::Hint::Future) => in_future(flag, &now_text),
        Some(crate::when::Hint::NoDirection) => crate::tr!(
            "{flag} is a span with no direction: write how long ago, as -2h, \"2h ago\" or \"2 jam lalu\"",
            "{flag} adalah rentang tanpa arah: tulis berapa lama yang lalu, seperti -2h, \"2h ago\" atau \"2 jam lalu\""
        ),
        None => not_a_time(flag, zone.name()),
    }
}

fn not_a_time(flag: &str, zone: &str) -> String {
    crate::tr!(
        "{flag} is not a time: use \"YYYY-MM-DD HH:MM\" or \"DD-MM-YYYY HH:MM\" in office time ({zone}), \
         \"HH:MM\" (today), \"yesterday HH:MM\", \"now\", \"2h ago\", or RFC 3339 (2026-03-02T08:30:00+07:00); \
         a time may be written with a dot, two digits for the minutes (08.30)",
        "{flag} bukan waktu: pakai \"YYYY-MM-DD HH:MM\" atau \"DD-MM-YYYY HH:MM\" waktu kantor ({zone}), \
         \"HH:MM\" (hari ini), \"kemarin HH:MM\", \"sekarang\", \"2 jam lalu\", atau RFC 3339 (2026-03-02T08:30:00+07:00); \
         jam boleh ditulis dengan titik, menit dua angka (08.30)"
    )
}

/// The value typed is not echoed (see `not_a_time`); `now` is the clock's, not the input.
fn in_future(flag: &str, now: &str) -> String {
    crate::tr!(
        "{flag} is in the future (now is {now}): give a time up to now",
        "{flag} ada di masa depan (sekarang {now}): beri waktu yang tidak melewati sekarang"
    )
}

/// A time a record is about, outside the range kasus accepts (before 2000-01-01 or in the
/// future). The value typed is not echoed (see `not_a_time`); `now` is the clock's.
fn time_out_of_range(flag: &str, early: bool, now: &str, zone: &str) -> String {
    let year = crate::clock::EARLIEST_EVENT_YEAR;
    if early {
        crate::tr!(
            "{flag} is before {year}-01-01: kasus accepts times from {year}-01-01 00:00 ({zone}) \
             up to now ({now}); check the year",
            "{flag} sebelum {year}-01-01: kasus menerima waktu dari {year}-01-01 00:00 ({zone}) \
             sampai sekarang ({now}); periksa tahunnya"
        )
    } else {
        crate::tr!(
            "{flag} is in the future (now is {now}): kasus accepts times from {year}-01-01 00:00 \
             ({zone}) up to now",
            "{flag} ada di masa depan (sekarang {now}): kasus menerima waktu dari {year}-01-01 \
             00:00 ({zone}) sampai sekarang"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nik_may_be_typed_in_groups() {
        for typed in [
            "3174099988877766",
            " 3174 0999 8887 7766 ",
            "3174-0999-8887-7766",
            "3174.0999.8887.7766",
        ] {
            assert_eq!(nik(typed).unwrap(), "3174099988877766", "{typed}");
        }
        for bad in [
            "3174 0999 8887 776",
            "3174 0999 8887 77666",
            "3174 0999 8887 776x",
            "3174_0999_8887_7766",
        ] {
            let e = nik(bad).unwrap_err().to_string();
            assert!(!e.contains("3174"), "{e}");
        }
    }
}
