//! Streaming rows out: one row at a time as CSV (a header, then rows; text guarded against
//! spreadsheet formulas), a JSON array written piece by piece, or NDJSON, straight into a
//! writer, so that memory stays flat however many rows. Times in the office's zone are written
//! without allocating ([`local_stamp`]). Used by `kasus export`.

use super::guard_formula;
use crate::clock::Zone;
use std::borrow::Cow;
use std::io::{self, Write};

/// How rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Ndjson,
}

/// A value as written out; text may borrow the row read from the register.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Bool(bool),
    Text(Cow<'a, str>),
    /// An instant in the office's zone, RFC 3339 (made without allocating).
    Stamp(Stamp),
    List(Vec<String>),
    Json(serde_json::Value),
}

impl<'a> Cell<'a> {
    pub fn opt_text(s: Option<impl Into<Cow<'a, str>>>) -> Cell<'a> {
        s.map(|s| Cell::Text(s.into())).unwrap_or(Cell::Null)
    }
}

impl From<serde_json::Value> for Cell<'static> {
    /// A JSON value as a cell: numbers stay numbers, strings text, null empty.
    fn from(v: serde_json::Value) -> Self {
        use serde_json::Value;
        match v {
            Value::Null => Cell::Null,
            Value::Bool(b) => Cell::Bool(b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Cell::Int(i),
                None => Cell::Real(n.as_f64().unwrap_or_default()),
            },
            Value::String(s) => Cell::Text(Cow::Owned(s)),
            v => Cell::Json(v),
        }
    }
}

/// An emptied vector of cells, its allocation kept for cells of another lifetime.
pub fn recycle<'b>(mut v: Vec<Cell<'_>>) -> Vec<Cell<'b>> {
    v.clear();
    v.into_iter().map(|_| Cell::Null).collect()
}

/// "YYYY-MM-DDTHH:MM:SS+07:00": an instant in the office's zone, as chrono writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stamp([u8; 25]);

impl Stamp {
    /// The text's bytes (ASCII), without the UTF-8 check of [`Stamp::as_str`].
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn as_str(&self) -> &str {
        // Built from ASCII digits and punctuation only.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// The stored UTC form "YYYY-MM-DDTHH:MM:SSZ" shifted to the office's fixed offset, without
/// parsing it into a date: the same text as `clock::to_rfc3339_local(clock::from_db(s))`.
/// None for anything else (chrono then reads it, as before).
pub fn local_stamp(s: &str, zone: Zone) -> Option<Stamp> {
    local_stamp_bytes(s.as_bytes(), zone)
}

/// [`local_stamp`] of text not yet checked to be UTF-8 (the stored form is ASCII: anything else
/// is None).
pub fn local_stamp_bytes(b: &[u8], zone: Zone) -> Option<Stamp> {
    if b.len() != 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'Z'
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (mut year, mut month, mut day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    let leap = |y: u32| y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    let days_in = |y: u32, m: u32| match m {
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => 31,
    };
    // Leap seconds, the last day of year 9999 and impossible dates go the long way.
    if year >= 9999
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let offset = match zone {
        Zone::Wib => 7,
        Zone::Wita => 8,
        Zone::Wit => 9,
    };
    let mut hour = hour + offset;
    let rolled = hour >= 24;
    if rolled {
        hour -= 24;
        day += 1;
        if day > days_in(year, month) {
            day = 1;
            month += 1;
            if month > 12 {
                month = 1;
                year += 1;
            }
        }
    }
    // The stored text as it is (its digits checked above), then the hour, the date when the
    // day rolled over, and the offset written in.
    let mut out = *b"0000-00-00T00:00:00+00:00";
    out[..19].copy_from_slice(&b[..19]);
    let put = |out: &mut [u8; 25], at: usize, width: usize, mut v: u32| {
        for i in (at..at + width).rev() {
            out[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    if rolled {
        put(&mut out, 0, 4, year);
        put(&mut out, 5, 2, month);
        put(&mut out, 8, 2, day);
    }
    put(&mut out, 11, 2, hour);
    put(&mut out, 20, 2, offset);
    Some(Stamp(out))
}

/// Writes rows as they come: CSV (a header, then rows; text guarded against spreadsheet
/// formulas), a JSON array written piece by piece, or one JSON object per line.
pub enum RowWriter<W: Write> {
    Csv {
        w: W,
        scratch: String,
    },
    Json {
        w: W,
        names: Vec<&'static str>,
        first: bool,
    },
    Ndjson {
        w: W,
        names: Vec<&'static str>,
    },
}

/// True when a field holds a comma, a double quote, CR or LF. Eight bytes at a time (each of
/// the four searched for with the "has a zero byte" test on the bytes XOR it), the rest one by
/// one: the byte-by-byte search was the largest part of writing a CSV row.
fn needs_quotes(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let holds = |x: u64, c: u8| {
        let y = x ^ (ONES * u64::from(c));
        y.wrapping_sub(ONES) & !y & HIGH != 0
    };
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if holds(x, b',') || holds(x, b'"') || holds(x, b'\r') || holds(x, b'\n') {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|&c| matches!(c, b',' | b'"' | b'\r' | b'\n'))
}

/// Writes a text field's bytes as they are when that is what [`csv_text`] would write: all
/// ASCII (so valid UTF-8, with nothing to replace), no comma, quote or line end, not starting
/// like a formula. One pass, eight bytes at a time. False (nothing written) otherwise.
#[inline]
pub fn csv_plain_ascii(w: &mut Vec<u8>, b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let holds = |x: u64, c: u8| {
        let y = x ^ (ONES * u64::from(c));
        y.wrapping_sub(ONES) & !y & HIGH != 0
    };
    if let Some(&c) = b.first() {
        if matches!(c, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') {
            return false;
        }
    }
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if x & HIGH != 0 || holds(x, b',') || holds(x, b'"') || holds(x, b'\r') || holds(x, b'\n') {
            return false;
        }
    }
    if chunks
        .remainder()
        .iter()
        .any(|&c| c >= 0x80 || matches!(c, b',' | b'"' | b'\r' | b'\n'))
    {
        return false;
    }
    w.extend_from_slice(b);
    true
}

/// Writes one CSV field as the csv crate's default writer does (RFC 4180: a field holding a
/// comma, a double quote, CR or LF is quoted, its quotes doubled), straight into `w`.
pub fn csv_field<W: Write + ?Sized>(w: &mut W, first: bool, field: &str) -> io::Result<()> {
    if !first {
        w.write_all(b",")?;
    }
    let b = field.as_bytes();
    if !needs_quotes(b) {
        return w.write_all(b);
    }
    w.write_all(b"\"")?;
    for (i, part) in field.split('"').enumerate() {
        if i > 0 {
            w.write_all(b"\"\"")?;
        }
        w.write_all(part.as_bytes())?;
    }
    w.write_all(b"\"")
}

/// Writes one cell as a CSV field (no separator): digits, times and true/false as their bytes,
/// unchecked (they hold no comma, quote or line end, and never start a formula), Null as
/// nothing, text guarded against formulas and quoted as needed.
pub fn csv_cell<W: Write + ?Sized>(w: &mut W, c: &Cell, scratch: &mut String) -> io::Result<()> {
    use std::fmt::Write as _;
    let mut digits = [0u8; 20];
    let plain: &[u8] = match c {
        Cell::Null => return Ok(()),
        Cell::Int(i) => crate::decimal::of_i64(*i, &mut digits),
        Cell::Bool(b) => {
            if *b {
                b"true"
            } else {
                b"false"
            }
        }
        Cell::Stamp(t) => &t.0,
        Cell::Real(f) => {
            scratch.clear();
            let _ = write!(scratch, "{f}");
            scratch.as_bytes()
        }
        Cell::Text(s) => return csv_text(w, s),
        Cell::List(v) => {
            scratch.clear();
            scratch.push_str(&guard_formula(&v.join(",")));
            return csv_field(w, true, scratch);
        }
        Cell::Json(v) => {
            scratch.clear();
            scratch.push_str(&guard_formula(&v.to_string()));
            return csv_field(w, true, scratch);
        }
    };
    w.write_all(plain)
}

/// Writes text as a CSV field (no separator): guarded against formulas, quoted as needed.
#[inline]
pub fn csv_text<W: Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    match guard_formula(s) {
        Cow::Borrowed(_) => csv_field(w, true, s),
        Cow::Owned(g) => csv_field(w, true, &g),
    }
}

/// Writes an integer's decimal digits (no separator).
#[inline]
pub fn csv_int<W: Write + ?Sized>(w: &mut W, i: i64) -> io::Result<()> {
    let mut digits = [0u8; 20];
    w.write_all(crate::decimal::of_i64(i, &mut digits))
}

pub fn json_value<W: Write>(w: &mut W, c: &Cell) -> io::Result<()> {
    match c {
        Cell::Null => w.write_all(b"null"),
        Cell::Int(i) => write!(w, "{i}"),
        Cell::Bool(b) => w.write_all(if *b { b"true" } else { b"false" }),
        Cell::Real(f) => serde_json::to_writer(w, f).map_err(io::Error::from),
        Cell::Text(s) => serde_json::to_writer(w, s).map_err(io::Error::from),
        Cell::Stamp(s) => serde_json::to_writer(w, s.as_str()).map_err(io::Error::from),
        Cell::List(v) => serde_json::to_writer(w, v).map_err(io::Error::from),
        Cell::Json(v) => serde_json::to_writer(w, v).map_err(io::Error::from),
    }
}

pub fn json_object<W: Write>(w: &mut W, names: &[&str], cells: &[Cell<'_>]) -> io::Result<()> {
    w.write_all(b"{")?;
    for (i, (n, c)) in names.iter().zip(cells).enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, n).map_err(io::Error::from)?;
        w.write_all(b":")?;
        json_value(w, c)?;
    }
    w.write_all(b"}")
}

impl<W: Write> RowWriter<W> {
    pub fn begin(format: Format, names: Vec<&'static str>, mut w: W) -> io::Result<Self> {
        Ok(match format {
            Format::Csv => {
                for (i, n) in names.iter().enumerate() {
                    csv_field(&mut w, i == 0, n)?;
                }
                w.write_all(b"\n")?;
                RowWriter::Csv {
                    w,
                    scratch: String::new(),
                }
            }
            Format::Json => {
                w.write_all(b"[")?;
                RowWriter::Json {
                    w,
                    names,
                    first: true,
                }
            }
            Format::Ndjson => RowWriter::Ndjson { w, names },
        })
    }

    pub fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        match self {
            RowWriter::Csv { w, scratch } => {
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        w.write_all(b",")?;
                    }
                    csv_cell(w, c, scratch)?;
                }
                w.write_all(b"\n")
            }
            RowWriter::Json { w, names, first } => {
                w.write_all(if *first { b"\n" } else { b",\n" })?;
                *first = false;
                json_object(w, names, cells)
            }
            RowWriter::Ndjson { w, names } => {
                json_object(w, names, cells)?;
                w.write_all(b"\n")
            }
        }
    }

    /// Ends the document and hands back the writer (flushed down to it, not beyond).
    pub fn finish(self) -> io::Result<W> {
        match self {
            RowWriter::Csv { w, .. } => Ok(w),
            RowWriter::Json { mut w, .. } => {
                w.write_all(b"\n]\n")?;
                Ok(w)
            }
            RowWriter::Ndjson { w, .. } => Ok(w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_stamps_match_chrono() {
        use crate::clock;
        use chrono::{TimeZone, Utc};
        let mut checked = 0;
        let mut at = Utc
            .with_ymd_and_hms(1999, 12, 31, 0, 0, 0)
            .unwrap()
            .timestamp();
        let end = Utc
            .with_ymd_and_hms(2101, 3, 2, 0, 0, 0)
            .unwrap()
            .timestamp();
        while at < end {
            let t = Utc.timestamp_opt(at, 0).unwrap();
            let stored = clock::to_db(t);
            for zone in [Zone::Wib, Zone::Wita, Zone::Wit] {
                let fast = local_stamp(&stored, zone).expect("the stored form");
                assert_eq!(fast.as_str(), clock::to_rfc3339_local(t, zone), "{stored}");
            }
            checked += 1;
            // Steps of 3h17m13s cross every hour, day, month end and leap day.
            at += 3 * 3600 + 17 * 60 + 13;
        }
        assert!(checked > 200_000);
        for s in [
            "2024-02-29T16:59:59Z",
            "2024-02-29T17:00:00Z",
            "2023-02-28T17:00:00Z",
            "2025-12-31T16:00:00Z",
            "2025-12-31T23:59:59Z",
        ] {
            let t = clock::from_db(s).unwrap();
            assert_eq!(
                local_stamp(s, Zone::Wib).unwrap().as_str(),
                clock::to_rfc3339_local(t, Zone::Wib)
            );
        }
        // Anything but the stored form goes the long way.
        for s in [
            "2025-02-29T10:00:00Z",
            "2025-13-01T10:00:00Z",
            "2025-01-01T24:00:00Z",
            "2016-12-31T23:59:60Z",
            "2025-01-01T10:00:00+07:00",
            "2025-01-01t10:00:00z",
            "2025-01-01 10:00:00Z",
            "9999-12-31T20:00:00Z",
            "",
        ] {
            assert!(local_stamp(s, Zone::Wib).is_none(), "{s}");
        }
    }

    /// The eight-bytes-at-a-time search finds each of the four bytes at every place in fields
    /// of every length up to 40, and nothing in fields without them (bytes next to them in
    /// value included: '+', '-', '!', '#', tab, 0x80 and above).
    #[test]
    fn needs_quotes_finds_every_special_byte_anywhere() {
        let near = [
            b'+', b'-', b'!', b'#', b'\t', b'\x0b', b'\x0e', b'a', 0x80, 0xac, 0xff,
        ];
        for len in 0..40usize {
            for filler in near {
                let plain = vec![filler; len];
                assert!(!needs_quotes(&plain), "{len} {filler}");
                for at in 0..len {
                    for special in [b',', b'"', b'\r', b'\n'] {
                        let mut f = plain.clone();
                        f[at] = special;
                        assert!(needs_quotes(&f), "{len} {at} {special}");
                    }
                }
            }
        }
    }

    /// What the one-scan copy writes is what csv_text writes; it copies exactly the ASCII fields
    /// with nothing to quote that do not start like a formula, and declines the rest.
    #[test]
    fn plain_ascii_copy_agrees_with_csv_text() {
        let mut fields: Vec<String> = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "line\nbreak",
            "cr\rhere",
            "=1+1",
            "+62812",
            "-5",
            "- catatan",
            "@x",
            "\tx",
            "Siti Contoh",
            "RSUD Contoh",
            "caf\u{e9}",
            "2026-01-02",
            "0190a8e4-7c1b-7def-8abc-0123456789ab",
            "a\u{7f}b",
            "Jl. Contoh No. 5; RT 01",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for len in 0..20 {
            for at in 0..len {
                for special in [',', '"', '\n', '\r', '\u{e9}'] {
                    let mut f: Vec<char> = vec!['x'; len];
                    f[at] = special;
                    fields.push(f.into_iter().collect());
                }
            }
        }
        for f in &fields {
            let mut fast = Vec::new();
            let copied = csv_plain_ascii(&mut fast, f.as_bytes());
            let mut slow = Vec::new();
            csv_text(&mut slow, f).unwrap();
            if copied {
                assert_eq!(fast, slow, "{f:?}");
                assert!(f.is_ascii());
            } else {
                // Declined: the caller takes csv_text's way (numbers such as "-5" included).
                assert!(fast.is_empty());
            }
            let plain = f.is_ascii()
                && !f.contains([',', '"', '\n', '\r'])
                && !f.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert_eq!(copied, plain, "{f:?}");
        }
    }

    #[test]
    fn csv_fields_are_quoted_as_the_csv_crate_quotes_them() {
        let fields = [
            "plain",
            "",
            "a,b",
            "say \"hi\"",
            "line\nbreak",
            "cr\rhere",
            "\"",
            "trailing space ",
            "'=1+1",
            "Jl. Contoh No. 5; RT 01",
        ];
        let mut ours = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            csv_field(&mut ours, i == 0, f).unwrap();
        }
        ours.push(b'\n');
        let mut theirs = csv::Writer::from_writer(Vec::new());
        theirs.write_record(fields).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs.into_inner().unwrap()).unwrap()
        );
    }

    #[test]
    fn formats_stream_rows() {
        let cells = vec![
            Cell::Text("=1+1".into()),
            Cell::Int(-5),
            Cell::Bool(true),
            Cell::Null,
            Cell::List(vec!["a".into(), "b".into()]),
        ];
        let names = vec!["t", "n", "b", "z", "l"];
        let run = |f| {
            let mut w = RowWriter::begin(f, names.clone(), Vec::new()).unwrap();
            w.row(&cells).unwrap();
            w.row(&cells).unwrap();
            String::from_utf8(w.finish().unwrap()).unwrap()
        };
        assert_eq!(
            run(Format::Csv),
            "t,n,b,z,l\n'=1+1,-5,true,,\"a,b\"\n'=1+1,-5,true,,\"a,b\"\n"
        );
        let j: serde_json::Value = serde_json::from_str(&run(Format::Json)).unwrap();
        assert_eq!(j[1]["t"], "=1+1");
        assert_eq!(j[1]["n"], -5);
        assert_eq!(j[0]["l"][1], "b");
        let nd = run(Format::Ndjson);
        assert_eq!(nd.lines().count(), 2);
        assert_eq!(
            nd.lines().next().unwrap(),
            r#"{"t":"=1+1","n":-5,"b":true,"z":null,"l":["a","b"]}"#
        );
        let empty = RowWriter::begin(Format::Json, names, Vec::new()).unwrap();
        let empty = String::from_utf8(empty.finish().unwrap()).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&empty).unwrap(),
            serde_json::json!([])
        );
    }
}
