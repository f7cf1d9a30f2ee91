//! What is wrong with a row of a bulk file, and where (a line and, when known, a column; in a
//! workbook the cell, `Sheet1!E7`), and how the bad rows are told: printed on stderr up to
//! `SHOW_LIMIT`, then counted.

use crate::error::Error;
use crate::text::t;
use crate::tr;
use std::io::Write;

/// How many bad rows are printed before the rest are only counted.
pub const SHOW_LIMIT: usize = 50;

/// What is wrong, and where: a line of the file (in a workbook, the row of the sheet) and, when
/// known, a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
    /// In a workbook, where the row or cell is as a spreadsheet names it (`Sheet1!E7
    /// (victim_nik)`, `Sheet1, row 7`): told instead of the line.
    pub place: Option<String>,
    /// The row's other problems (other columns), each told as this one is: a row is put right
    /// in one go.
    pub also: Vec<RowError>,
}

impl RowError {
    /// This problem and the row's others ([`RowError::also`]).
    pub fn all(&self) -> impl Iterator<Item = &RowError> {
        std::iter::once(self).chain(&self.also)
    }

    /// The problems of one row, the first with the others in [`RowError::also`]; None for none.
    pub fn of_row(mut errs: Vec<RowError>) -> Option<RowError> {
        if errs.is_empty() {
            return None;
        }
        let mut first = errs.remove(0);
        first.also.extend(errs);
        Some(first)
    }

    /// This problem and the row's others as JSON objects (`line`, `column`, in a workbook
    /// `place`, `reason`): what `intake --from --json` lists. No value of the row is in them.
    pub fn json(&self) -> impl Iterator<Item = serde_json::Value> + '_ {
        self.all().map(|e| {
            serde_json::json!({
                "line": e.line,
                "column": e.column,
                "place": e.place,
                "reason": e.reason,
            })
        })
    }

    /// Where and what, without the other problems: the column (when known) and the reason.
    pub fn column_reason(&self) -> String {
        match &self.column {
            Some(c) => format!("{c}: {}", self.reason),
            None => self.reason.clone(),
        }
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(p) = &self.place {
            return write!(f, "{p}: {}", self.reason);
        }
        match &self.column {
            Some(c) => write!(
                f,
                "{} {}, {} {c}: {}",
                t("line", "baris"),
                self.line,
                t("column", "kolom"),
                self.reason
            ),
            None => write!(f, "{} {}: {}", t("line", "baris"), self.line, self.reason),
        }
    }
}

pub fn row_err(line: u64, column: Option<&str>, reason: impl Into<String>) -> RowError {
    RowError {
        line,
        column: column.map(str::to_string),
        reason: reason.into(),
        place: None,
        also: Vec::new(),
    }
}

impl From<Error> for RowError {
    fn from(e: Error) -> RowError {
        row_err(0, None, e.to_string())
    }
}

/// Prints the bad rows (up to SHOW_LIMIT, then a count) on stderr.
pub fn print_errors(file: &str, errors: &[RowError]) {
    let mut err = std::io::stderr().lock();
    let fit = crate::output::fit_stderr;
    for e in errors.iter().take(SHOW_LIMIT).flat_map(RowError::all) {
        let _ = writeln!(err, "{}", fit(&format!("kasus: {file}: {e}")));
    }
    if errors.len() > SHOW_LIMIT {
        let more = errors.len() - SHOW_LIMIT;
        let _ = writeln!(
            err,
            "kasus: {file}: {}",
            tr!(
                "... and {more} more bad rows",
                "... dan {more} baris salah lainnya"
            )
        );
    }
}

/// "FILE: 2 problems in the header; nothing was added" (`intake`), "... nothing was recorded"
/// (`step import`, whose columns are `known`).
pub fn header_refusal(file: &str, n: usize, known: &[&str]) -> Error {
    // English counts in the noun; Indonesian does not.
    let problems = if n == 1 { "problem" } else { "problems" };
    Error::Invalid(if super::for_steps(known) {
        tr!(
            "{file}: {n} {problems} in the header; nothing was recorded",
            "{file}: {n} masalah di header; tidak ada yang dicatat"
        )
    } else {
        tr!(
            "{file}: {n} {problems} in the header; nothing was added",
            "{file}: {n} masalah di header; tidak ada yang ditambahkan"
        )
    })
}

/// "3 bad rows in FILE" / "3 baris salah di FILE".
pub fn bad_rows_in(n: usize, file: &str) -> String {
    let rows = if n == 1 { "row" } else { "rows" };
    tr!("{n} bad {rows} in {file}", "{n} baris salah di {file}")
}

/// A problem with one cell: its column and the reason (never the cell's value).
pub type Fail = (&'static str, String);
