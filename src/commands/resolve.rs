//! Turning what was typed into checked values ("high" arguments): times, list values, cases,
//! staff and SOPs, each with a message that says what is wrong and how to fix it.

use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::register::{cases, sops, Register};
use crate::vocab::Vocab;

/// " (did you mean 'x'?)" for the closest candidate, or "".
pub fn did_you_mean<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    let lower = input.to_lowercase();
    let best = candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, c)) => format!(" (did you mean '{c}'?)"),
        None => String::new(),
    }
}

pub fn vocab(v: &Vocab, input: &str) -> Result<&'static str> {
    v.parse(input).map_err(Error::Invalid)
}

/// A time as typed with `--at` or `--reported-at`: not in the future.
pub fn time(flag: &str, input: &str, zone: Zone, now: Instant) -> Result<Instant> {
    let t = clock::parse_local(input, zone).ok_or_else(|| {
        Error::Invalid(format!(
            "{flag} '{input}' is not a time: use RFC 3339 (2026-03-02T08:30:00+07:00) or \
             \"YYYY-MM-DD HH:MM\" in office time ({})",
            zone.name()
        ))
    })?;
    if t > now {
        return Err(Error::Invalid(format!(
            "{flag} '{input}' is in the future (now is {} {})",
            clock::to_local_short(now, zone),
            zone.name()
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

pub fn date(flag: &str, input: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| {
        Error::Invalid(format!(
            "{flag} '{input}' is not a date that exists: use YYYY-MM-DD"
        ))
    })
}

/// A NIK is exactly 16 digits.
pub fn nik(input: &str) -> Result<String> {
    let s = input.trim();
    if s.len() == 16 && s.chars().all(|c| c.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        // The NIK itself is personal data: the message says what is wrong, not the value.
        Err(Error::Invalid(format!(
            "--victim-nik must be exactly 16 digits (the value given has {} characters{})",
            s.chars().count(),
            if s.chars().all(|c| c.is_ascii_digit()) {
                ""
            } else {
                ", not all digits"
            }
        )))
    }
}

/// A case by its number or UUID.
pub fn case(reg: &Register, key: &str) -> Result<cases::CaseRow> {
    cases::find(reg.conn(), key)?.ok_or_else(|| {
        Error::Invalid(format!(
            "unknown case '{key}': give a case number (e.g. PPA/2026/0001) or UUID; \
             `kasus case list` shows them"
        ))
    })
}

/// The latest version of a SOP code, with a suggestion when the code is unknown.
pub fn sop(reg: &Register, code: &str) -> Result<sops::SopVersion> {
    match sops::latest_version(reg.conn(), code)? {
        Some(v) => Ok(v),
        None => {
            let codes = sops::codes(reg.conn())?;
            Err(Error::Invalid(format!(
                "unknown SOP '{code}'{}; `kasus sop list` shows the codes",
                did_you_mean(code, codes.iter().map(String::as_str))
            )))
        }
    }
}
