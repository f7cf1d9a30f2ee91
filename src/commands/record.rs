//! The records of the register as `kasus export` writes them, shared by the export and by every
//! write's `--format json`: a table's raw rows turned into cells (times in the office's zone,
//! lists split, a step's verdict computed; de-identified, pseudonyms for identifiers), and the
//! one record a write made or changed as a JSON object with the export's column names.

use crate::clock::{self, Zone};
use crate::deidentify::Pseudo;
use crate::error::{Error, Result};
use crate::output::stream::{self, json_object, local_stamp, local_stamp_bytes, Cell};
use crate::register::export::{self as rx, Column, Deid, Kind, Raw, Table};
use crate::register::Register;
use crate::timing;
use crate::vocab;
use rusqlite::types::ValueRef;
use std::borrow::Cow;

/// Prints the record a write made or changed (`--format json`): the latest row of `table` whose
/// column `key` is `value`, as one JSON object with the export's column names, and `extra` keys
/// after them.
pub fn print(
    reg: &Register,
    table: &'static Table,
    key: &str,
    value: &str,
    zone: Zone,
    extra: serde_json::Value,
) -> Result<()> {
    let mut v = json(reg, table, key, value, zone)?.ok_or_else(|| {
        Error::Other(crate::tr!(
            "the record just written cannot be read back from the {} table",
            "catatan yang baru ditulis tidak dapat dibaca kembali dari tabel {}",
            table.name
        ))
    })?;
    if let (Some(o), serde_json::Value::Object(more)) = (v.as_object_mut(), extra) {
        o.extend(more);
    }
    crate::output::print_json(&v)
}

/// The latest row of `table` whose column `key` is `value` (see [`rx::one`]), as one JSON object
/// keyed by the export's column names; None when there is none.
pub fn json(
    reg: &Register,
    table: &'static Table,
    key: &str,
    value: &str,
    zone: Zone,
) -> Result<Option<serde_json::Value>> {
    let conv = Converter::new(table, zone, None);
    let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let mut text = Vec::new();
    let found = rx::one(reg, table, key, value, |raw| {
        let mut cells = Vec::with_capacity(names.len());
        conv.fill(raw, &mut cells);
        json_object(&mut text, &names, &cells).map_err(|e| Error::Other(e.to_string()))
    })?;
    if !found {
        return Ok(None);
    }
    serde_json::from_slice(&text)
        .map(Some)
        .map_err(|e| Error::Other(e.to_string()))
}

/// Turns a table's raw rows into cells: times in the office's zone, lists split, the step's
/// verdict computed, and, de-identified, pseudonyms in place of identifiers.
pub struct Converter<'a> {
    columns: &'static [Column],
    zone: Zone,
    pseudo: Option<&'a Pseudo>,
    /// Column indices: status, elapsed_secs, standard_min_secs, standard_max_secs (steps).
    timing: Option<[usize; 4]>,
    case_uuid: Option<usize>,
}

impl<'a> Converter<'a> {
    pub fn new(table: &'static Table, zone: Zone, pseudo: Option<&'a Pseudo>) -> Self {
        let idx = |n: &str| table.columns.iter().position(|c| c.name == n);
        let timing = match (
            idx("status"),
            idx("elapsed_secs"),
            idx("standard_min_secs"),
            idx("standard_max_secs"),
        ) {
            (Some(a), Some(b), Some(c), Some(d)) => Some([a, b, c, d]),
            _ => None,
        };
        Converter {
            columns: table.columns,
            zone,
            pseudo,
            timing,
            case_uuid: idx("case_uuid"),
        }
    }

    fn verdict(&self, raw: &[Raw]) -> Option<timing::Verdict> {
        let [s, e, min, max] = self.timing?;
        let secs = |i: usize| match raw[i] {
            Raw::Int(v) if v >= 0 => Some(v as u64),
            _ => None,
        };
        Some(match raw[s].text() {
            Some("running") => timing::Verdict::Running,
            Some("skipped") => timing::Verdict::Skipped,
            Some("void") => timing::Verdict::Void,
            _ => timing::judge(secs(e).unwrap_or(0), secs(min), secs(max)),
        })
    }

    pub fn fill<'r>(&self, raw: &'r [Raw<'r>], out: &mut Vec<Cell<'r>>) {
        out.clear();
        let verdict = self.verdict(raw);
        for (c, r) in self.columns.iter().zip(raw) {
            out.push(self.cell(c, r, raw, verdict));
        }
    }

    /// The step's verdict from the values as read (see [`Converter::verdict`]).
    fn verdict_of_refs(&self, refs: &[ValueRef<'_>]) -> Option<timing::Verdict> {
        let [s, e, min, max] = self.timing?;
        let secs = |i: usize| match refs[i] {
            ValueRef::Integer(v) if v >= 0 => Some(v as u64),
            _ => None,
        };
        Some(match refs[s] {
            ValueRef::Text(b"running") => timing::Verdict::Running,
            ValueRef::Text(b"skipped") => timing::Verdict::Skipped,
            ValueRef::Text(b"void") => timing::Verdict::Void,
            _ => timing::judge(secs(e).unwrap_or(0), secs(min), secs(max)),
        })
    }

    /// Writes one row, as read, straight as a CSV line into `out` (only the columns at `pick`,
    /// in its order, or every column): the same bytes as [`Converter::fill`] then
    /// `RowWriter::row`, without building the row's cells. Integers, true/false, times in the
    /// stored form and the verdict are written from the row's values; ASCII text with nothing
    /// to quote or guard is copied as it is (one scan: `stream::csv_plain_ascii`), other text
    /// checked as UTF-8 then guarded and quoted; anything else (pseudonyms, lists, JSON, times
    /// not in the stored form) goes through its cell.
    pub fn csv_row(
        &self,
        refs: &[ValueRef<'_>],
        pick: Option<&[usize]>,
        out: &mut Vec<u8>,
        scratch: &mut String,
    ) {
        let verdict = self.verdict_of_refs(refs);
        // The row as raw values, made only for a column written through its cell.
        let mut raw: Vec<Raw<'_>> = Vec::new();
        let n = pick.map_or(self.columns.len(), <[usize]>::len);
        for j in 0..n {
            let i = pick.map_or(j, |p| p[j]);
            if j > 0 {
                out.push(b',');
            }
            let (Some(c), Some(&v)) = (self.columns.get(i), refs.get(i)) else {
                continue;
            };
            if self.csv_value(c, v, verdict, out) {
                continue;
            }
            if raw.is_empty() {
                raw.extend(refs.iter().map(|&v| Raw::read(v)));
            }
            // Writing into a vector cannot fail.
            let _ = stream::csv_cell(out, &self.cell(c, &raw[i], &raw, verdict), scratch);
        }
        out.push(b'\n');
    }

    /// Writes one value the short way; false (nothing written) when it goes through its cell.
    fn csv_value(
        &self,
        c: &Column,
        v: ValueRef<'_>,
        verdict: Option<timing::Verdict>,
        out: &mut Vec<u8>,
    ) -> bool {
        if self.pseudo.is_some() && !matches!(c.deid, Deid::Keep | Deid::Drop | Deid::Coarse(_)) {
            return false;
        }
        match (c.kind, v) {
            (Kind::Verdict, _) => {
                if let Some(v) = verdict {
                    if !stream::csv_plain_ascii(out, v.code().as_bytes()) {
                        let _ = stream::csv_text(out, v.code());
                    }
                }
                true
            }
            (Kind::OverSecs, _) => {
                if let Some(s) = verdict.and_then(|v| v.over_secs()) {
                    let _ = stream::csv_int(out, s as i64);
                }
                true
            }
            (_, ValueRef::Null) => true,
            (Kind::Bool, ValueRef::Integer(i)) => {
                out.extend_from_slice(if i != 0 { b"true" } else { b"false" });
                true
            }
            (_, ValueRef::Integer(i)) => {
                let _ = stream::csv_int(out, i);
                true
            }
            (Kind::Time, ValueRef::Text(b)) => match local_stamp_bytes(b, self.zone) {
                Some(stamp) => {
                    out.extend_from_slice(stamp.as_bytes());
                    true
                }
                None => false,
            },
            (Kind::Text | Kind::Date, ValueRef::Text(b) | ValueRef::Blob(b)) => {
                if stream::csv_plain_ascii(out, b) {
                    return true;
                }
                match std::str::from_utf8(b) {
                    Ok(s) => {
                        let _ = stream::csv_text(out, s);
                        true
                    }
                    Err(_) => false,
                }
            }
            _ => false,
        }
    }

    fn cell<'r>(
        &self,
        c: &Column,
        r: &'r Raw<'r>,
        row: &[Raw<'r>],
        verdict: Option<timing::Verdict>,
    ) -> Cell<'r> {
        if let Some(p) = self.pseudo {
            match c.deid {
                Deid::Token(kind, _) => return Cell::opt_text(r.text().map(|v| p.token(kind, v))),
                Deid::Relation => {
                    let known = r.text().filter(|v| vocab::RELATION.codes().contains(v));
                    return Cell::opt_text(known);
                }
                Deid::AuditDetails => {
                    let case = self.case_uuid.and_then(|i| row[i].text());
                    return r
                        .text()
                        .map(|t| Cell::Json(p.details(t, case)))
                        .unwrap_or(Cell::Null);
                }
                // Coarse columns were already coarsened by the SQL.
                Deid::Keep | Deid::Drop | Deid::Coarse(_) => {}
            }
        }
        match (c.kind, r) {
            (Kind::Verdict, _) => Cell::opt_text(verdict.map(|v| v.code())),
            (Kind::OverSecs, _) => verdict
                .and_then(|v| v.over_secs())
                .map(|s| Cell::Int(s as i64))
                .unwrap_or(Cell::Null),
            (_, Raw::Null) => Cell::Null,
            (Kind::Bool, Raw::Int(i)) => Cell::Bool(*i != 0),
            (_, Raw::Int(i)) => Cell::Int(*i),
            (_, Raw::Real(f)) => Cell::Real(*f),
            (Kind::Time, Raw::Text(s)) => match local_stamp(s, self.zone) {
                Some(stamp) => Cell::Stamp(stamp),
                None => Cell::Text(
                    clock::from_db(s)
                        .map(|t| Cow::Owned(clock::to_rfc3339_local(t, self.zone)))
                        .unwrap_or_else(|| Cow::Borrowed(s.as_ref())),
                ),
            },
            (Kind::List, Raw::Text(s)) => Cell::List(
                s.split(',')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect(),
            ),
            (Kind::Json, Raw::Text(s)) => serde_json::from_str(s)
                .map(Cell::Json)
                .unwrap_or_else(|_| Cell::Text(Cow::Borrowed(s.as_ref()))),
            (_, Raw::Text(s)) => Cell::Text(Cow::Borrowed(s.as_ref())),
        }
    }
}
