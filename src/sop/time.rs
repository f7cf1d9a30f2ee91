//! The documents' time expressions ("20 detik", "15 - 30 Menit", "4 jam 41 menit",
//! "Tergantung jenis intervensi"), parsed into a [`Standard`]: a range of seconds, or open-ended.
//!
//! Grammar (case-insensitive, Indonesian or English units):
//!   expr     := open | amount ( "-" amount )?
//!   amount   := term+                      (a sum: "4 jam 41 menit")
//!   term     := number ( "x" number )? unit?   ("1x24 jam"; "15 - 30 menit": a bare number
//!                                           before "-" takes the unit of the other side)
//!   open     := text starting with "tergantung", "sesuai", "depends", "as needed"
//! A number may have a decimal comma or point ("1,5 jam").

use serde::Serialize;
use std::fmt;

/// A standard time: `min_secs..=max_secs`, equal for a single value, both `None` when
/// the document leaves the time open ("Tergantung ...", "Sesuai ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standard {
    pub text: String,
    pub min_secs: Option<u64>,
    pub max_secs: Option<u64>,
}

impl Standard {
    pub fn open_ended(&self) -> bool {
        self.max_secs.is_none()
    }

    /// Written in days only ("2 hari", "1 - 3 hari"): on the office clock such a standard means
    /// working days, not N x 24 hours (see `timing::standard_secs`).
    pub fn in_days(&self) -> bool {
        if self.open_ended() {
            return false;
        }
        let Ok(toks) = tokenize(&self.text) else {
            return false;
        };
        let mut words = toks.iter().filter_map(|t| match t {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        });
        let mut any = false;
        words.all(|w| {
            any = true;
            unit_secs(w) == Some(86_400)
        }) && any
    }
}

/// Why a time expression did not parse. Shown (in the chosen language) by `sop validate`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    Empty,
    BadNumber(String),
    UnknownUnit(String),
    MissingUnit,
    Backwards,
    Overflow,
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::text::t;
        let msg = match self {
            TimeError::Empty => t("empty time", "waktu kosong").to_string(),
            TimeError::BadNumber(n) => {
                crate::tr!("'{n}' is not a number", "'{n}' bukan angka")
            }
            TimeError::UnknownUnit(u) => crate::tr!(
                "unknown unit '{u}' (use detik, menit, jam, hari or sec, min, hour, day)",
                "satuan '{u}' tidak dikenal (pakai detik, menit, jam, hari atau sec, min, hour, day)"
            ),
            TimeError::MissingUnit => {
                t("a number without a unit", "angka tanpa satuan").to_string()
            }
            TimeError::Backwards => t(
                "the range goes down (the first value must not exceed the second)",
                "rentangnya menurun (nilai pertama tidak boleh melebihi yang kedua)",
            )
            .to_string(),
            TimeError::Overflow => t("the time is too large", "waktunya terlalu besar").to_string(),
        };
        f.write_str(&msg)
    }
}

impl std::error::Error for TimeError {}

/// Open-ended phrases: the step is timed but never judged.
const OPEN_PREFIXES: &[&str] = &["tergantung", "sesuai", "depends", "depending", "as needed"];

fn unit_secs(word: &str) -> Option<u64> {
    Some(match word {
        "detik" | "dtk" | "s" | "sec" | "secs" | "second" | "seconds" => 1,
        "menit" | "mnt" | "m" | "min" | "mins" | "minute" | "minutes" => 60,
        "jam" | "j" | "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
        "hari" | "d" | "day" | "days" => 86_400,
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64, String),
    Word(String),
    Dash,
    Times,
}

fn tokenize(s: &str) -> Result<Vec<Tok>, TimeError> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '-' || c == '\u{2013}' || c == '\u{2014}' {
            out.push(Tok::Dash);
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.')
            {
                i += 1;
            }
            let raw: String = chars[start..i].iter().collect();
            let norm = raw.replace(',', ".");
            let v: f64 = norm
                .parse()
                .map_err(|_| TimeError::BadNumber(raw.clone()))?;
            out.push(Tok::Num(v, raw));
            // "1x24": an 'x' right after a number is a product sign.
            if i < chars.len() && (chars[i] == 'x' || chars[i] == 'X' || chars[i] == '\u{d7}') {
                let next_digit = chars[i + 1..]
                    .iter()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|c| c.is_ascii_digit());
                if next_digit {
                    out.push(Tok::Times);
                    i += 1;
                }
            }
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let w: String = chars[start..i].iter().collect::<String>().to_lowercase();
            if w == "x" {
                out.push(Tok::Times);
            } else {
                out.push(Tok::Word(w));
            }
        } else if c == '\u{d7}' {
            out.push(Tok::Times);
            i += 1;
        } else {
            return Err(TimeError::UnknownUnit(c.to_string()));
        }
    }
    Ok(out)
}

/// One side of a range: a sum of terms. Returns seconds, or `None` for a bare number whose unit
/// comes from the other side of the range.
fn amount(toks: &[Tok]) -> Result<Amount, TimeError> {
    if toks.is_empty() {
        return Err(TimeError::Empty);
    }
    let mut total = 0f64;
    let mut i = 0;
    let mut bare: Option<f64> = None;
    while i < toks.len() {
        let mut value = match &toks[i] {
            Tok::Num(v, _) => *v,
            Tok::Word(w) => return Err(TimeError::UnknownUnit(w.clone())),
            Tok::Dash => return Err(TimeError::BadNumber("-".into())),
            // "x" where a number should be ("x menit"): the product sign without its number.
            Tok::Times => return Err(TimeError::BadNumber("x".into())),
        };
        i += 1;
        while i < toks.len() && toks[i] == Tok::Times {
            match toks.get(i + 1) {
                Some(Tok::Num(v, _)) => value *= v,
                _ => return Err(TimeError::MissingUnit),
            }
            i += 2;
        }
        match toks.get(i) {
            Some(Tok::Word(w)) => {
                let unit = unit_secs(w).ok_or_else(|| TimeError::UnknownUnit(w.clone()))?;
                total += value * unit as f64;
                i += 1;
            }
            None if i == toks.len() && total == 0.0 && i == 1 => bare = Some(value),
            _ => return Err(TimeError::MissingUnit),
        }
    }
    if let Some(v) = bare {
        return Ok(Amount::Bare(v));
    }
    Ok(Amount::Secs(to_secs(total)?))
}

enum Amount {
    Secs(u64),
    Bare(f64),
}

fn to_secs(v: f64) -> Result<u64, TimeError> {
    if !v.is_finite() || !(0.0..=1e15).contains(&v) {
        return Err(TimeError::Overflow);
    }
    Ok(v.round() as u64)
}

/// Parses a time expression as the documents write it.
pub fn parse(text: &str) -> Result<Standard, TimeError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(TimeError::Empty);
    }
    let lower = trimmed.to_lowercase();
    if OPEN_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return Ok(Standard {
            text: trimmed.to_string(),
            min_secs: None,
            max_secs: None,
        });
    }
    let toks = tokenize(trimmed)?;
    let dashes: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| **t == Tok::Dash)
        .map(|(i, _)| i)
        .collect();
    let (min, max) = match dashes.as_slice() {
        [] => match amount(&toks)? {
            Amount::Secs(s) => (s, s),
            // Zero of any unit is zero: "0" alone is read (the file check warns about it).
            Amount::Bare(0.0) => (0, 0),
            Amount::Bare(_) => return Err(TimeError::MissingUnit),
        },
        [d] => {
            let right = match amount(&toks[d + 1..])? {
                Amount::Secs(s) => s,
                Amount::Bare(_) => return Err(TimeError::MissingUnit),
            };
            let left = match amount(&toks[..*d])? {
                Amount::Secs(s) => s,
                Amount::Bare(v) => {
                    // "15 - 30 Menit": the left number takes the unit of the right side's last term.
                    let unit = match toks.last() {
                        Some(Tok::Word(w)) => unit_secs(w).unwrap_or(1),
                        _ => return Err(TimeError::MissingUnit),
                    };
                    to_secs(v * unit as f64)?
                }
            };
            if left > right {
                return Err(TimeError::Backwards);
            }
            (left, right)
        }
        _ => return Err(TimeError::BadNumber("-".into())),
    };
    Ok(Standard {
        text: trimmed.to_string(),
        min_secs: Some(min),
        max_secs: Some(max),
    })
}

/// Prints seconds as a canonical Indonesian time expression ("1 jam 5 menit", "20 detik"),
/// which [`parse`] reads back to the same seconds.
pub fn format_secs(secs: u64) -> String {
    crate::text::duration(secs)
}

impl fmt::Display for Standard {
    /// The canonical form: parse(print(s)) has the same seconds as s.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.min_secs, self.max_secs) {
            (Some(a), Some(b)) if a == b => write!(f, "{}", format_secs(a)),
            (Some(a), Some(b)) => write!(f, "{} - {}", format_secs(a), format_secs(b)),
            _ => write!(f, "{}", self.text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(t: &str) -> (Option<u64>, Option<u64>) {
        let s = parse(t).unwrap_or_else(|e| panic!("{t}: {e}"));
        (s.min_secs, s.max_secs)
    }

    #[test]
    fn only_a_standard_written_in_days_is_in_days() {
        for (text, days) in [
            ("2 hari", true),
            ("1 - 3 Hari", true),
            ("1 day", true),
            ("24 jam", false),
            ("1 hari 4 jam", false),
            ("1x24 jam", false),
            ("30 menit", false),
            ("Tergantung hari kerja", false),
        ] {
            assert_eq!(parse(text).unwrap().in_days(), days, "{text}");
        }
    }

    #[test]
    fn every_expression_in_the_five_documents() {
        let cases: &[(&str, Option<u64>, Option<u64>)] = &[
            ("6 Jam", Some(21_600), Some(21_600)),
            ("20 Menit", Some(1_200), Some(1_200)),
            ("10 Menit", Some(600), Some(600)),
            ("30 Menit", Some(1_800), Some(1_800)),
            ("7 Jam", Some(25_200), Some(25_200)),
            ("10 menit", Some(600), Some(600)),
            ("45 Menit", Some(2_700), Some(2_700)),
            ("30 menit", Some(1_800), Some(1_800)),
            ("60 menit", Some(3_600), Some(3_600)),
            ("Tergantung jenis intervensi layanan kesehatan", None, None),
            ("20 detik", Some(20), Some(20)),
            ("30 detik", Some(30), Some(30)),
            ("4 jam", Some(14_400), Some(14_400)),
            ("5 Menit", Some(300), Some(300)),
            ("15 menit", Some(900), Some(900)),
            ("4 jam 41 menit", Some(16_860), Some(16_860)),
            ("15 - 30 Menit", Some(900), Some(1_800)),
            ("15 Menit", Some(900), Some(900)),
            ("60 Menit", Some(3_600), Some(3_600)),
            ("60 - 120 Menit", Some(3_600), Some(7_200)),
            ("Sesuai waktu layanan", None, None),
        ];
        for (text, min, max) in cases {
            assert_eq!(secs(text), (*min, *max), "{text}");
        }
    }

    #[test]
    fn english_units_ranges_products_and_decimals() {
        assert_eq!(secs("30 min"), (Some(1800), Some(1800)));
        assert_eq!(secs("2 HOURS"), (Some(7200), Some(7200)));
        assert_eq!(secs("1 day"), (Some(86_400), Some(86_400)));
        assert_eq!(secs("3 hari"), (Some(259_200), Some(259_200)));
        assert_eq!(secs("30 menit - 1 jam"), (Some(1800), Some(3600)));
        assert_eq!(secs("1x24 jam"), (Some(86_400), Some(86_400)));
        assert_eq!(secs("1 x 24 jam"), (Some(86_400), Some(86_400)));
        assert_eq!(secs("1,5 jam"), (Some(5400), Some(5400)));
        assert_eq!(secs("1 jam 30 menit 15 detik"), (Some(5415), Some(5415)));
        assert_eq!(secs("15–30 menit"), (Some(900), Some(1800)));
        assert!(parse("Depends on the service").unwrap().open_ended());
    }

    #[test]
    fn bad_expressions_are_errors() {
        for bad in [
            "",
            "   ",
            "menit",
            "30",
            "30 minggu",
            "abc",
            "30 - menit",
            "- 30 menit",
            "30 - 15 menit",
            "1 - 2 - 3 menit",
            "30 menit -",
            "5 jam 3",
            "1x jam",
            "1..2 jam",
            "30 menit?",
            "9999999999999999 hari",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn print_then_parse_keeps_the_seconds() {
        for text in [
            "4 jam 41 menit",
            "15 - 30 Menit",
            "20 detik",
            "1x24 jam",
            "90 menit",
            "2 hari",
        ] {
            let s = parse(text).unwrap();
            let again = parse(&s.to_string()).unwrap();
            assert_eq!(
                (s.min_secs, s.max_secs),
                (again.min_secs, again.max_secs),
                "{text}"
            );
        }
    }
}

/// Property tests: no input panics, every expression built from the grammar parses to the
/// seconds it was built from, and parse -> print -> parse keeps the seconds.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const UNITS: &[(&str, u64)] = &[
        ("detik", 1),
        ("dtk", 1),
        ("s", 1),
        ("sec", 1),
        ("secs", 1),
        ("second", 1),
        ("seconds", 1),
        ("menit", 60),
        ("mnt", 60),
        ("m", 60),
        ("min", 60),
        ("mins", 60),
        ("minute", 60),
        ("minutes", 60),
        ("jam", 3600),
        ("j", 3600),
        ("h", 3600),
        ("hr", 3600),
        ("hrs", 3600),
        ("hour", 3600),
        ("hours", 3600),
        ("hari", 86_400),
        ("d", 86_400),
        ("day", 86_400),
        ("days", 86_400),
    ];

    /// A number as the documents write it, with its value computed the way the parser does.
    fn number() -> impl Strategy<Value = (String, f64)> {
        prop_oneof![
            (0u32..10_000).prop_map(|n| (n.to_string(), n as f64)),
            (0u32..1000, 0u32..10, prop::bool::ANY).prop_map(|(i, f, comma)| {
                let sep = if comma { "," } else { "." };
                (
                    format!("{i}{sep}{f}"),
                    format!("{i}.{f}").parse::<f64>().unwrap(),
                )
            }),
        ]
    }

    /// A unit word in any letter case.
    fn unit() -> impl Strategy<Value = (String, u64)> {
        (
            prop::sample::select(UNITS),
            prop::collection::vec(any::<bool>(), 8),
        )
            .prop_map(|((w, secs), upper)| {
                let word = w
                    .chars()
                    .zip(upper.iter().cycle())
                    .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                    .collect();
                (word, secs)
            })
    }

    /// "4", "1x24", "1 × 24": a number or a product, with its value.
    fn factor() -> impl Strategy<Value = (String, f64)> {
        prop_oneof![
            3 => number(),
            1 => (number(), number(), prop::sample::select(&["x", " x ", "X", "×", " × "][..]))
                .prop_map(|((a, va), (b, vb), sign)| (format!("{a}{sign}{b}"), va * vb)),
        ]
    }

    /// A sum of terms ("4 jam 41 menit"), with its seconds as the parser computes them.
    fn amount() -> impl Strategy<Value = (String, u64)> {
        prop::collection::vec((factor(), unit(), prop::bool::ANY), 1..4).prop_map(|terms| {
            let mut total = 0f64;
            let mut parts = Vec::new();
            for ((f, v), (u, secs), space) in terms {
                total += v * secs as f64;
                parts.push(format!("{f}{}{u}", if space { " " } else { "" }));
            }
            (parts.join(" "), total.round() as u64)
        })
    }

    /// A valid expression, with the seconds it must parse to (`None` for open-ended).
    fn valid() -> impl Strategy<Value = (String, Option<(u64, u64)>)> {
        let dash = prop::sample::select(&[" - ", "-", " – ", "—"][..]);
        prop_oneof![
            amount().prop_map(|(s, secs)| (s, Some((secs, secs)))),
            (amount(), amount(), dash.clone()).prop_map(|((a, sa), (b, sb), d)| {
                // Ranges go up: put the smaller side first.
                if sa <= sb {
                    (format!("{a}{d}{b}"), Some((sa, sb)))
                } else {
                    (format!("{b}{d}{a}"), Some((sb, sa)))
                }
            }),
            // "15 - 30 Menit": the bare left number takes the right side's unit.
            ((0u32..100), (100u32..1000), unit(), dash).prop_map(|(a, b, (u, secs), d)| {
                (
                    format!("{a}{d}{b} {u}"),
                    Some((a as u64 * secs, b as u64 * secs)),
                )
            }),
            (
                prop::sample::select(
                    &["Tergantung", "sesuai", "Depends", "depending", "AS NEEDED"][..]
                ),
                "[a-z ]{0,30}"
            )
                .prop_map(|(p, rest)| (format!("{p}{rest}"), None)),
        ]
    }

    /// Strings made of the grammar's own tokens, in any order: most do not parse.
    fn token_soup() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            "[0-9]{1,20}",
            "[0-9]{1,4}[,.][0-9]{0,3}[,.]?",
            prop::sample::select(UNITS).prop_map(|(w, _)| w.to_string()),
            prop::sample::select(
                &[
                    "-",
                    "–",
                    "—",
                    "x",
                    "X",
                    "×",
                    " ",
                    "  ",
                    "tergantung",
                    "sesuai",
                    "minggu",
                    ",",
                    "."
                ][..]
            )
            .prop_map(str::to_string),
        ];
        prop::collection::vec(token, 0..12).prop_map(|t| t.join(" "))
    }

    fn seconds(s: &Standard) -> (Option<u64>, Option<u64>) {
        (s.min_secs, s.max_secs)
    }

    /// parse -> print -> parse keeps the seconds of anything that parses.
    fn round_trips(text: &str) -> Result<(), TestCaseError> {
        if let Ok(first) = parse(text) {
            let printed = first.to_string();
            let again = parse(&printed).map_err(|e| {
                TestCaseError::fail(format!("{text:?} printed as {printed:?}, which fails: {e}"))
            })?;
            prop_assert_eq!(
                seconds(&first),
                seconds(&again),
                "{:?} -> {:?}",
                text,
                printed
            );
            prop_assert!(first.min_secs <= first.max_secs);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_text_never_panics_and_round_trips(text in any::<String>()) {
            round_trips(&text)?;
        }

        #[test]
        fn token_soup_never_panics_and_round_trips(text in token_soup()) {
            round_trips(&text)?;
        }

        #[test]
        fn every_valid_expression_parses_to_its_seconds((text, want) in valid()) {
            let got = parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
            match want {
                Some((lo, hi)) => prop_assert_eq!(seconds(&got), (Some(lo), Some(hi)), "{:?}", text),
                None => prop_assert!(got.open_ended(), "{:?}", text),
            }
            round_trips(&text)?;
        }

        #[test]
        fn printed_seconds_parse_back(lo in 0u64..2_000_000_000, extra in 0u64..2_000_000_000) {
            let hi = lo + extra;
            let s = Standard { text: String::new(), min_secs: Some(lo), max_secs: Some(hi) };
            let again = parse(&s.to_string()).map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
            prop_assert_eq!(seconds(&again), (Some(lo), Some(hi)));
        }
    }
}
