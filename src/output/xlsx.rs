//! Workbooks (`--format xlsx`): one sheet per table, written row by row in rust_xlsxwriter's
//! constant memory mode (each row goes to a temporary file in the output's folder as soon as the
//! next one starts), so that an export of any size stays within the memory of its CSV.
//!
//! Every sheet: the header row bold, frozen and auto-filtered; column widths that fit their
//! longest line (capped at [`MAX_WIDTH`]; longer text, or text on several lines, wrapped);
//! instants as Excel date-times in the office's zone (`yyyy-mm-dd hh:mm:ss`), dates as Excel
//! dates (`yyyy-mm-dd`), numbers as numbers, booleans as TRUE/FALSE, and every text (NIK, phone
//! numbers, case numbers, UUIDs, codes) as a text cell: never a number, never a formula (a text
//! cell starting with `=` is plain text in a workbook, so no `'` is added as in CSV). An
//! identifier stored as a number (`referral_id`) is written as text too.
//!
//! The file is written whole by the caller (`files::write_atomically`, mode 0600).

use super::stream::Cell;
use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, IgnoreError, Workbook, Worksheet, XlsxError,
};
use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

/// The widest a column is made, in characters; longer text is wrapped within it.
pub const MAX_WIDTH: usize = 60;
/// Excel's limit on the characters of one cell.
const MAX_CELL_CHARS: usize = 32_767;
const DATETIME: &str = "yyyy-mm-dd hh:mm:ss";
const DATE: &str = "yyyy-mm-dd";
/// A row's height per line of wrapped text, in points.
const LINE_POINTS: f64 = 15.0;
/// The most lines a row is made tall for (longer text scrolls within its cell).
const MAX_LINES: usize = 20;
/// A boolean cell's number format: the words, also where a viewer shows booleans as 1 and 0
/// (LibreOffice's print).
const BOOLEAN: &str = "\"TRUE\";\"TRUE\";\"FALSE\"";

/// True for a column of identifiers (NIK, phone numbers, case numbers, external references,
/// UUIDs, ids), whose cells are text formatted as text (`@`), so that a value typed again in
/// the cell stays text (a NIK never becomes 3.17E+15).
pub fn is_identifier(key: &str) -> bool {
    matches!(
        key,
        "case" | "case_number" | "number" | "nik" | "phone" | "external_ref" | "form_ref" | "id"
    ) || key.ends_with("_uuid")
        || key.ends_with("_id")
}

/// What a column holds, where the cell alone does not say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// As the cell is: text as text, numbers as numbers.
    Plain,
    /// "YYYY-MM-DD" text: an Excel date.
    Date,
    /// An instant as RFC 3339 text (or the stored UTC form): an Excel date-time in the office's zone.
    Time,
    /// An identifier: text (a number written as text) formatted as text (`@`), with Excel's
    /// "number stored as text" warning turned off for the column.
    Id,
    /// A share 0..=1: a number shown as a percentage.
    Share,
}

/// `--format xlsx` needs `--out FILE.xlsx` (a workbook is no use on a terminal or in a pipe),
/// and `--out FILE.xlsx` needs `--format xlsx` (a CSV named .xlsx does not open): either
/// mismatch is refused, exit 2, before the register is opened. `flag` names the format option.
pub fn check_out(xlsx: bool, out: Option<&Path>) -> Result<()> {
    // `--out -` is standard output, as without --out.
    let out = out.filter(|p| *p != Path::new("-"));
    let named_xlsx = out.is_some_and(|p| {
        p.extension()
            .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case("xlsx"))
    });
    // `.xlsx` alone is a name with no extension to Rust: the file's name is missing.
    let only_extension = out.is_some_and(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().eq_ignore_ascii_case(".xlsx"))
    });
    match (xlsx, out) {
        (_, Some(p)) if only_extension => Err(Error::Usage(crate::tr!(
            "--out {}: give the workbook a name before .xlsx (such as cases.xlsx); nothing was written",
            "--out {}: beri nama buku kerja sebelum .xlsx (misalnya kasus.xlsx); tidak ada yang ditulis",
            p.display()
        ))),
        (true, None) => Err(Error::Usage(crate::tr!(
            "--format xlsx writes a workbook: give --out FILE.xlsx (a workbook is never written to standard output)",
            "--format xlsx menulis buku kerja: beri --out BERKAS.xlsx (buku kerja tidak pernah ditulis ke keluaran standar)"
        ))),
        (true, Some(p)) if !named_xlsx => Err(Error::Usage(crate::tr!(
            "--out {}: a workbook (--format xlsx) must be named .xlsx, or Excel will not open it; nothing was written",
            "--out {}: buku kerja (--format xlsx) harus bernama .xlsx, atau Excel tidak akan membukanya; tidak ada yang ditulis",
            p.display()
        ))),
        (false, Some(p)) if named_xlsx => Err(Error::Usage(crate::tr!(
            "--out {}: a file named .xlsx needs --format xlsx (without it the file would hold text that Excel cannot open); nothing was written",
            "--out {}: berkas bernama .xlsx memerlukan --format xlsx (tanpanya berkas berisi teks yang tidak bisa dibuka Excel); tidak ada yang ditulis",
            p.display()
        ))),
        _ => Ok(()),
    }
}

fn xlsx_err(e: XlsxError) -> Error {
    match e {
        XlsxError::TempFileError(dir, io) => Error::io(dir, io),
        other => Error::Other(crate::tr!(
            "cannot write the workbook: {other}",
            "tidak bisa menulis buku kerja: {other}"
        )),
    }
}

#[derive(Clone)]
struct Formats {
    header: Format,
    datetime: Format,
    date: Format,
    wrap: Format,
    share: Format,
    boolean: Format,
    id: Format,
    id_wrap: Format,
}

/// A workbook being written: add sheets with [`Book::sheet`] (one after the other), then
/// [`Book::save`].
pub struct Book {
    wb: Workbook,
    formats: Formats,
    zone: Zone,
}

impl Book {
    /// A workbook for `--out FILE`, whose sheets keep their rows in unnamed temporary files in
    /// FILE's folder (the same disk and the same privacy as the file written, never a
    /// memory-backed /tmp). A folder that does not exist is refused first, named (exit 1).
    pub fn for_out(out: &Path, zone: Zone) -> Result<Book> {
        crate::files::folder_exists(&format!("--out {}", out.display()), out)?;
        let mut wb = Workbook::new();
        wb.set_tempdir(crate::files::folder_of(out))
            .map_err(xlsx_err)?;
        Ok(Book {
            wb,
            formats: Formats {
                header: Format::new().set_bold(),
                datetime: Format::new().set_num_format(DATETIME),
                date: Format::new().set_num_format(DATE),
                wrap: Format::new().set_text_wrap(),
                share: Format::new().set_num_format("0%"),
                boolean: Format::new().set_num_format(BOOLEAN),
                id: Format::new().set_num_format_index(49),
                id_wrap: Format::new().set_num_format_index(49).set_text_wrap(),
            },
            zone,
        })
    }

    /// The workbook's document properties: its title and subject (File > Properties).
    pub fn properties(&mut self, title: &str, subject: &str) {
        let props = DocProperties::new()
            .set_title(title)
            .set_subject(subject)
            .set_author("kasus");
        self.wb.set_properties(&props);
    }

    /// A new sheet named `name` (at most 31 characters) with its header row; `hints` says what
    /// each column holds (missing: [`Hint::Plain`]).
    pub fn sheet(&mut self, name: &str, header: &[&str], hints: &[Hint]) -> Result<Page<'_>> {
        let ws = self
            .wb
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_err)?;
        ws.set_name(name).map_err(xlsx_err)?;
        page_setup(ws)?;
        let mut widths = Vec::with_capacity(header.len());
        for (c, h) in header.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &self.formats.header)
                .map_err(xlsx_err)?;
            // Room for the filter's button beside the header.
            widths.push(h.chars().count() + 3);
        }
        let mut hints = hints.to_vec();
        hints.resize(header.len(), Hint::Plain);
        Ok(Page {
            ws,
            formats: &self.formats,
            zone: self.zone,
            hints,
            widths,
            row: 0,
            wrapped: vec![false; header.len()],
        })
    }

    /// The workbook into `w` (the zip container; flushed), the file `path` names (for messages).
    pub fn save<W: Write + Send>(mut self, mut w: W, path: &Path) -> Result<()> {
        let io = |e: std::io::Error| Error::io(path, e);
        self.wb.save_to_writer(&mut w).map_err(|e| match e {
            XlsxError::IoError(e) => io(e),
            other => xlsx_err(other),
        })?;
        w.flush().map_err(io)
    }
}

/// How every sheet prints: landscape, one page wide (as many long as it takes), the header
/// row repeated on every page, the sheet's name and the page number (`3 / 7`) in the footer.
fn page_setup(ws: &mut Worksheet) -> Result<()> {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0).map_err(xlsx_err)?;
    ws.set_footer("&L&A&R&P / &N");
    Ok(())
}

/// The lines a text takes in a wrapped cell [`MAX_WIDTH`] wide (0: not wrapped).
fn wrapped_lines(s: &str) -> usize {
    let widest = s.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    if widest <= MAX_WIDTH && !s.contains('\n') {
        return 0;
    }
    s.lines()
        .map(|l| l.chars().count().div_ceil(MAX_WIDTH - 1).max(1))
        .sum::<usize>()
        .max(1)
}

/// The lines the tallest wrapped cell of a row takes (0: none wrapped).
fn row_lines(cells: &[Cell<'_>]) -> usize {
    cells
        .iter()
        .map(|c| match c {
            Cell::Text(s) => wrapped_lines(s),
            Cell::Stamp(s) => wrapped_lines(s.as_str()),
            Cell::List(v) => wrapped_lines(&v.join(",")),
            Cell::Json(v) => wrapped_lines(&v.to_string()),
            _ => 0,
        })
        .max()
        .unwrap_or(0)
}

/// One sheet being written, row after row.
pub struct Page<'b> {
    ws: &'b mut Worksheet,
    formats: &'b Formats,
    zone: Zone,
    hints: Vec<Hint>,
    widths: Vec<usize>,
    /// The last row written (0: the header).
    row: u32,
    wrapped: Vec<bool>,
}

/// "YYYY-MM-DD" as an Excel date (None for anything else, or a date before 1 March 1900: Excel
/// counts a 29 February 1900 that never was, so earlier days read differently elsewhere).
fn excel_date(s: &str) -> Option<ExcelDateTime> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: u16 = s.get(0..4)?.parse().ok()?;
    let m: u8 = s.get(5..7)?.parse().ok()?;
    let d: u8 = s.get(8..10)?.parse().ok()?;
    if (y, m) < (1900, 3) {
        return None;
    }
    ExcelDateTime::from_ymd(y, m, d).ok()
}

/// An instant's text (RFC 3339 with any offset, or the stored UTC form) as an Excel date-time
/// in the office's zone.
fn excel_time(s: &str, zone: Zone) -> Option<ExcelDateTime> {
    let t = clock::from_db(s)?;
    let local = t.with_timezone(&zone.offset());
    use chrono::Timelike;
    excel_date(&local.format("%Y-%m-%d").to_string())?
        .and_hms(local.hour() as u16, local.minute() as u8, local.second())
        .ok()
}

/// A RFC 3339 stamp already in the office's zone ("YYYY-MM-DDTHH:MM:SS+07:00") as an Excel
/// date-time, read from its digits.
fn excel_stamp(s: &str) -> Option<ExcelDateTime> {
    let date = excel_date(s.get(0..10)?)?;
    let h: u16 = s.get(11..13)?.parse().ok()?;
    let mi: u8 = s.get(14..16)?.parse().ok()?;
    let sec: u8 = s.get(17..19)?.parse().ok()?;
    date.and_hms(h, mi, sec).ok()
}

impl Page<'_> {
    /// The next row: one cell per column (fewer: the rest empty).
    pub fn row(&mut self, cells: &[Cell<'_>]) -> Result<()> {
        self.row += 1;
        let r = self.row;
        // A row of wrapped text is made tall enough to show it (LibreOffice and print do not
        // grow a row by themselves, so the lines would overprint the next row). In constant
        // memory mode the height goes before the row's cells.
        let lines = row_lines(cells);
        if lines > 1 {
            let height = lines.min(MAX_LINES) as f64 * LINE_POINTS;
            self.ws.set_row_height(r, height).map_err(xlsx_err)?;
        }
        for (i, cell) in cells.iter().enumerate() {
            let c = i as u16;
            let hint = self.hints.get(i).copied().unwrap_or(Hint::Plain);
            let f = self.formats;
            let width = match cell {
                Cell::Null => 0,
                Cell::Int(n) if hint == Hint::Id => self.text(r, i, &n.to_string())?,
                Cell::Int(n) => self.number(r, c, *n as f64, hint)?,
                Cell::Real(x) => self.number(r, c, *x, hint)?,
                Cell::Bool(b) => {
                    self.ws
                        .write_boolean_with_format(r, c, *b, &f.boolean)
                        .map_err(xlsx_err)?;
                    5
                }
                Cell::Stamp(s) => match excel_stamp(s.as_str()) {
                    Some(t) => {
                        self.ws
                            .write_datetime_with_format(r, c, t, &f.datetime)
                            .map_err(xlsx_err)?;
                        DATETIME.len()
                    }
                    None => self.text(r, i, s.as_str())?,
                },
                Cell::Text(s) => {
                    let when = match hint {
                        Hint::Date => excel_date(s).map(|d| (d, &f.date, DATE.len())),
                        Hint::Time => {
                            excel_time(s, self.zone).map(|t| (t, &f.datetime, DATETIME.len()))
                        }
                        _ => None,
                    };
                    match when {
                        Some((t, format, w)) => {
                            self.ws
                                .write_datetime_with_format(r, c, t, format)
                                .map_err(xlsx_err)?;
                            w
                        }
                        None => self.text(r, i, s)?,
                    }
                }
                Cell::List(v) => self.text(r, i, &v.join(","))?,
                Cell::Json(v) => self.text(r, i, &v.to_string())?,
            };
            if let Some(w) = self.widths.get_mut(i) {
                *w = (*w).max(width);
            }
        }
        Ok(())
    }

    fn number(&mut self, r: u32, c: u16, x: f64, hint: Hint) -> Result<usize> {
        if hint == Hint::Share {
            self.ws
                .write_number_with_format(r, c, x, &self.formats.share)
                .map_err(xlsx_err)?;
            return Ok(5);
        }
        self.ws.write_number(r, c, x).map_err(xlsx_err)?;
        Ok(x.to_string().len())
    }

    /// A text cell (wrapped when long or on several lines); its width in characters.
    fn text(&mut self, r: u32, i: usize, s: &str) -> Result<usize> {
        let chars = s.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(Error::Invalid(crate::tr!(
                "row {r}, column {}: a text of {chars} characters is longer than a spreadsheet cell holds ({MAX_CELL_CHARS}); export it as CSV or JSON instead",
                "baris {r}, kolom {}: teks {chars} karakter lebih panjang dari yang muat di satu sel ({MAX_CELL_CHARS}); ekspor sebagai CSV atau JSON",
                i + 1
            )));
        }
        let widest = s.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        let c = i as u16;
        let id = self.hints.get(i) == Some(&Hint::Id);
        let f = self.formats;
        if widest > MAX_WIDTH || s.contains('\n') {
            let format = if id { &f.id_wrap } else { &f.wrap };
            self.ws
                .write_string_with_format(r, c, s, format)
                .map_err(xlsx_err)?;
            self.wrapped[i] = true;
        } else if id {
            self.ws
                .write_string_with_format(r, c, s, &f.id)
                .map_err(xlsx_err)?;
        } else {
            self.ws.write_string(r, c, s).map_err(xlsx_err)?;
        }
        Ok(widest)
    }

    /// Ends the sheet: the header frozen, the filter over every row, the widths set.
    pub fn finish(self) -> Result<()> {
        let last_col = self.widths.len().saturating_sub(1) as u16;
        self.ws.set_freeze_panes(1, 0).map_err(xlsx_err)?;
        self.ws
            .autofilter(0, 0, self.row, last_col)
            .map_err(xlsx_err)?;
        for (c, hint) in self.hints.iter().enumerate() {
            if *hint == Hint::Id && self.row > 0 {
                self.ws
                    .ignore_error_range(
                        1,
                        c as u16,
                        self.row,
                        c as u16,
                        IgnoreError::NumberStoredAsText,
                    )
                    .map_err(xlsx_err)?;
            }
        }
        for (c, w) in self.widths.iter().enumerate() {
            let w = (*w + 1).min(MAX_WIDTH);
            self.ws
                .set_column_width(c as u16, w as f64)
                .map_err(xlsx_err)?;
        }
        Ok(())
    }
}

/// A JSON value of a report's sheet as a cell (lists joined as CSV joins them).
pub fn cell_of(v: &serde_json::Value, names: bool) -> Cell<'_> {
    use serde_json::Value;
    match v {
        Value::Null => Cell::Null,
        Value::Bool(b) => Cell::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Cell::Int(i),
            None => Cell::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Cell::Text(Cow::Borrowed(s)),
        Value::Array(items) if items.iter().all(|i| !i.is_array() && !i.is_object()) => {
            let text: Vec<String> = items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            if names {
                Cell::Text(Cow::Owned(text.join("; ")))
            } else {
                Cell::List(text)
            }
        }
        other => Cell::Json(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::IntoExcelDateTime;

    #[test]
    fn dates_and_times_read_as_excel_values() {
        assert!(excel_date("2026-03-02").is_some());
        assert!(excel_date("2026-02-30").is_none());
        assert!(excel_date("02-03-2026").is_none());
        assert!(
            excel_date("1899-12-31").is_none(),
            "before Excel's epoch: text"
        );
        assert!(
            excel_date("1900-02-28").is_none(),
            "before Excel's false leap day: text"
        );
        assert!(excel_date("1900-03-01").is_some());
        let a = excel_stamp("2026-03-02T08:05:09+07:00").unwrap();
        let b = excel_time("2026-03-02T01:05:09Z", Zone::Wib).unwrap();
        assert_eq!(a.to_excel_serial_date(), b.to_excel_serial_date());
        let c = excel_time("2026-03-02T08:05:09+07:00", Zone::Wit).unwrap();
        assert_eq!(
            c.to_excel_serial_date(),
            excel_stamp("2026-03-02T10:05:09+09:00")
                .unwrap()
                .to_excel_serial_date()
        );
    }

    #[test]
    fn out_must_be_a_workbook_and_a_workbook_must_go_out() {
        use crate::error::exit;
        let code = |x, p: Option<&str>| check_out(x, p.map(Path::new)).err().map(|e| e.exit_code());
        assert_eq!(code(true, None), Some(exit::USAGE));
        assert_eq!(code(true, Some("x.csv")), Some(exit::USAGE));
        assert_eq!(code(false, Some("x.XLSX")), Some(exit::USAGE));
        assert_eq!(code(true, Some("dir/Laporan.XLSX")), None);
        assert_eq!(code(false, Some("x.csv")), None);
        assert_eq!(code(false, None), None);
        assert_eq!(code(true, Some("-")), Some(exit::USAGE));
        assert_eq!(code(true, Some(".xlsx")), Some(exit::USAGE));
        assert_eq!(code(false, Some("dir/.XLSX")), Some(exit::USAGE));
    }
}
