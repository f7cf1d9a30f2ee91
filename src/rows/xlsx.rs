//! Reading a workbook (.xlsx, with calamine) as a bulk file: the first visible worksheet, or the
//! one `--sheet` names, row by row into the cells of the file's columns, through the same header
//! checks as CSV (`check_header`). Where a CSV file has line numbers, a sheet has cells: every
//! message names the cell as a spreadsheet does (`Sheet1!E7 (victim_nik)`) or the row
//! (`Sheet1, row 7`), never what the cell holds.
//!
//! Cells become the text a CSV file would hold: text as it is; Excel dates and date-times as
//! `YYYY-MM-DD` or `YYYY-MM-DD HH:MM[:SS]`, read as office time like typed text; whole numbers
//! without a decimal point (an age, a step number). A number where a NIK or a phone number goes
//! is refused: Excel keeps 15 digits of a number (a NIK has 16) and drops a leading 0, so the
//! value is already lost and must be typed again in a column formatted as text. Rows with no
//! value in any cell are passed over, wherever they are; a value in a column with no header is
//! a bad row.

use super::{check_header, row_err, Dialect, RowError};
use crate::error::{Error, Result};
use crate::text::t;
use crate::tr;
use calamine::{Data, Range, Reader, SheetType, SheetVisible, Xlsx};
use std::io::Cursor;

/// What a column holds, for the cells Excel may have stored as numbers or dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A NIK or a phone number: digits that must stay text.
    Digits,
    /// A date.
    Date,
    /// A time.
    Time,
    /// An identifier from another system (`external_ref`): text; a number is its digits, but a
    /// date is Excel's reading of what was typed (`3-1` became the 3rd of January).
    Ref,
    /// Anything else: a number is its digits (a whole number without `.0`).
    Text,
}

/// The kind of a column, by its name (the intake's and `step import`'s columns).
pub fn kind_of(column: &str) -> Kind {
    match column {
        "victim_nik" | "victim_phone" | "complainant_phone" => Kind::Digits,
        "victim_birth_date" | "incident_date" => Kind::Date,
        "reported_at" | "started_at" | "finished_at" => Kind::Time,
        "external_ref" => Kind::Ref,
        _ => Kind::Text,
    }
}

/// True for the first bytes of a zip container (an .xlsx file is one).
pub fn is_zip(data: &[u8]) -> bool {
    data.starts_with(b"PK\x03\x04")
}

/// True for the first bytes of an OLE2 compound file (D0 CF 11 E0): an old Excel 97-2003
/// workbook (.xls), which kasus does not read.
pub fn is_ole2(data: &[u8]) -> bool {
    data.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The refusal of an old .xls workbook given as a bulk file, whatever its name (exit 3).
pub fn old_xls(file: &str) -> Error {
    Error::Invalid(tr!(
        "{file} is an old Excel 97-2003 workbook (.xls), which kasus does not read: open it in \
         Excel or LibreOffice and save it as \"Excel Workbook (*.xlsx)\"; nothing was read",
        "{file} adalah buku kerja Excel 97-2003 lama (.xls), yang tidak dibaca kasus: buka di \
         Excel atau LibreOffice lalu simpan sebagai \"Excel Workbook (*.xlsx)\"; tidak ada yang dibaca"
    ))
}

/// True for a file named `.xlsx` (or `.xlsm`, a workbook with macros, read the same way).
pub fn named_xlsx(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"))
}

/// A column's letters as a spreadsheet shows them: 0 is A, 26 is AA.
pub fn column_letter(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push(b'A' + r);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A sheet's name as a cell reference writes it: quoted when it holds anything but letters,
/// digits and `_` (`'Data kasus'!E7`).
fn sheet_ref(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// The sheet of a workbook, read whole, with its header checked.
pub struct SheetRows {
    /// The sheet's name.
    pub name: String,
    range: Range<Data>,
    /// The sheet's formulas, by cell.
    formulas: Range<String>,
    /// The header's cells that hold data columns, as written (for the rejects file).
    pub header: Vec<String>,
    /// For each of them, its column in the sheet and the column it is of `known`.
    cols: Vec<u32>,
    pub map: Vec<usize>,
    known: &'static [&'static str],
    /// The first and last column of the sheet's cells, the last column with a header, and the
    /// next row to read and the last (0-based, as calamine counts).
    first_col: u32,
    last_col: u32,
    header_end: u32,
    next: u32,
    last_row: u32,
}

/// A row, or why it cannot be read.
pub enum XNext {
    /// The row's number in the sheet (1-based, as Excel shows it), its cells by column of
    /// `known`, and the cells that cannot be read as their column's values (a date cell holding
    /// 0, a NIK stored as a number), each its problem, located; their cells are left empty.
    Row(u64, Vec<Option<String>>, Vec<RowError>),
    Bad(RowError),
    End,
}

/// Opens the workbook in `data` and reads the sheet named `sheet` (or the first visible
/// worksheet). A file that is not a workbook, or a sheet it does not have, is exit 3.
fn open(
    file: &str,
    data: Vec<u8>,
    sheet: Option<&str>,
) -> Result<(String, Range<Data>, Range<String>)> {
    let old = is_ole2(&data);
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(data)).map_err(|e| {
        let why = match e {
            calamine::XlsxError::Password => t(
                "it is protected with a password: remove the password in Excel (File > Info > \
                 Protect Workbook) and save it again",
                "berkas itu dilindungi kata sandi: hapus kata sandinya di Excel (File > Info > \
                 Protect Workbook) lalu simpan lagi",
            ),
            _ if old => t(
                "it is an old Excel 97-2003 workbook (.xls): open it in Excel or LibreOffice and \
                 save it as \"Excel Workbook (*.xlsx)\"",
                "berkas itu buku kerja Excel 97-2003 lama (.xls): buka di Excel atau LibreOffice \
                 lalu simpan sebagai \"Excel Workbook (*.xlsx)\"",
            ),
            calamine::XlsxError::Zip(_) | calamine::XlsxError::Io(_) => t(
                "it is not a zip container, as every .xlsx file is (a CSV or another file named \
                 .xlsx, or a damaged copy): open it in Excel or LibreOffice and save it as \
                 \"Excel Workbook (*.xlsx)\", or give a CSV file",
                "berkas itu bukan wadah zip seperti setiap berkas .xlsx (CSV atau berkas lain \
                 yang diberi nama .xlsx, atau salinan yang rusak): buka di Excel atau LibreOffice \
                 lalu simpan sebagai \"Excel Workbook (*.xlsx)\", atau beri berkas CSV",
            ),
            _ => t(
                "its contents are damaged or not a workbook's: open it in Excel or LibreOffice \
                 and save it again as \"Excel Workbook (*.xlsx)\"",
                "isinya rusak atau bukan isi buku kerja: buka di Excel atau LibreOffice lalu \
                 simpan lagi sebagai \"Excel Workbook (*.xlsx)\"",
            ),
        };
        Error::Invalid(tr!(
            "{file} cannot be read as an Excel workbook (.xlsx): {why}; nothing was read",
            "{file} tidak bisa dibaca sebagai buku kerja Excel (.xlsx): {why}; tidak ada yang dibaca"
        ))
    })?;
    let sheets = wb.sheets_metadata().to_vec();
    let names: Vec<String> = sheets
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let name = match sheet {
        Some(want) => names
            .iter()
            .find(|n| n.as_str() == want)
            .or_else(|| {
                let same: Vec<&String> = names
                    .iter()
                    .filter(|n| n.trim().to_lowercase() == want.trim().to_lowercase())
                    .collect();
                (same.len() == 1).then(|| same[0])
            })
            .cloned()
            .ok_or_else(|| unknown_sheet(file, want, &names))?,
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .or_else(|| names.first().cloned())
            .ok_or_else(|| {
                Error::Invalid(tr!(
                    "{file} has no worksheet: the rows go on a worksheet whose first row is the header",
                    "{file} tidak punya lembar kerja: baris-barisnya ada di lembar kerja yang baris pertamanya header"
                ))
            })?,
    };
    let range = wb.worksheet_range(&name).map_err(|_| {
        Error::Invalid(tr!(
            "{file}: the sheet {name} cannot be read (its contents are damaged): open the workbook in \
             Excel or LibreOffice and save it again",
            "{file}: lembar {name} tidak bisa dibaca (isinya rusak): buka buku kerja di Excel atau \
             LibreOffice lalu simpan lagi"
        ))
    })?;
    // The formulas, to tell a formula with no saved result (a file written by a script, never
    // opened in a spreadsheet) from an empty cell.
    let formulas = wb.worksheet_formula(&name).unwrap_or_default();
    Ok((name, range, formulas))
}

/// `--sheet NAME` names no worksheet of the file: the sheets there are (sheet names are not
/// personal data), and the nearest.
fn unknown_sheet(file: &str, want: &str, names: &[String]) -> Error {
    let hint = crate::suggest::did_you_mean(want, names.iter().map(String::as_str));
    let list = names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ");
    Error::Invalid(tr!(
        "--sheet: {file} has no sheet '{want}'{hint}; its sheets: {list}",
        "--sheet: {file} tidak punya lembar '{want}'{hint}; lembarnya: {list}"
    ))
}

/// A cell's value as header text: text trimmed, a number's digits, anything else empty.
fn header_text(d: Option<&Data>) -> String {
    match d {
        Some(Data::String(s)) => s.trim().to_string(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Float(f)) => f.to_string(),
        _ => String::new(),
    }
}

fn blank(d: Option<&Data>) -> bool {
    match d {
        None | Some(Data::Empty) => true,
        Some(Data::String(s)) => s.trim().is_empty(),
        _ => false,
    }
}

impl SheetRows {
    /// Reads the sheet and checks its header against `known` (every column named, none twice,
    /// the `required` ones there); a header's problems are printed and refused (exit 3).
    pub fn new(
        file: &str,
        data: Vec<u8>,
        sheet: Option<&str>,
        known: &'static [&'static str],
        required: &[&[&str]],
    ) -> Result<SheetRows> {
        let (name, range, formulas) = open(file, data, sheet)?;
        let (Some(start), Some(end)) = (range.start(), range.end()) else {
            return Err(Error::Invalid(if super::for_steps(known) {
                let help = super::columns_help(known);
                tr!(
                    "{file}: the sheet {name} is empty: its first row must be the header ({help}); nothing was recorded",
                    "{file}: lembar {name} kosong: baris pertamanya harus header ({help}); tidak ada yang dicatat"
                )
            } else {
                tr!(
                    "{file}: the sheet {name} is empty: its first row must be the header (`kasus intake --template --format xlsx --out FILE.xlsx` writes one)",
                    "{file}: lembar {name} kosong: baris pertamanya harus header (`kasus intake --template --format xlsx --out BERKAS.xlsx` menulisnya)"
                )
            }));
        };
        let (first_col, last_col) = (start.1, end.1);
        // The header: the first row with a value (rows above it are blank).
        let mut head = start.0;
        while head < end.0 && (first_col..=last_col).all(|c| blank(range.get_value((head, c)))) {
            head += 1;
        }
        let header_end = (first_col..=last_col)
            .rev()
            .find(|&c| !blank(range.get_value((head, c))))
            .unwrap_or(first_col);
        let mut s = SheetRows {
            name,
            range,
            formulas,
            header: Vec::new(),
            cols: Vec::new(),
            map: Vec::new(),
            known,
            first_col,
            last_col,
            header_end,
            next: head + 1,
            last_row: end.0,
        };
        let mut errors = Vec::new();
        let mut names = Vec::new();
        let mut cols = Vec::new();
        for c in first_col..=header_end {
            let h = header_text(s.range.get_value((head, c)));
            if h.is_empty() {
                // A column with no header and no value is no column; with values it needs a name.
                if (head + 1..=s.last_row).any(|r| !blank(s.range.get_value((r, c)))) {
                    let at = format!("{}!{}{}", sheet_ref(&s.name), column_letter(c), head + 1);
                    let mut e = row_err(
                        head as u64 + 1,
                        None,
                        t(
                            "this header cell is empty, but the column below it holds values: \
                             name the column or clear its cells",
                            "sel header ini kosong, padahal kolom di bawahnya berisi nilai: \
                             beri nama kolomnya atau kosongkan sel-selnya",
                        ),
                    );
                    e.place = Some(at);
                    errors.push(e);
                }
                continue;
            }
            names.push(h);
            cols.push(c);
        }
        let keep = super::csv::data_fields(&names);
        let header = names[keep.clone()].to_vec();
        let cols = cols[keep].to_vec();
        let recognised = header
            .iter()
            .filter(|n| known.contains(&n.as_str()))
            .count();
        if recognised == 0 {
            let mut e = row_err(
                head as u64 + 1,
                None,
                if super::for_steps(known) {
                    t(
                        "this row is not a header: the first row with values must name the columns \
                         (`kasus step import --help` lists them); with several sheets, give --sheet NAME",
                        "baris ini bukan header: baris pertama yang berisi nilai harus berisi nama kolom \
                         (`kasus step import --help` menampilkannya); bila ada beberapa lembar, beri --sheet NAMA",
                    )
                } else {
                    t(
                        "this row is not a header: the first row with values must name the columns \
                         (`kasus intake --template --format xlsx --out FILE.xlsx` writes a workbook with them); \
                         with several sheets, give --sheet NAME",
                        "baris ini bukan header: baris pertama yang berisi nilai harus berisi nama kolom \
                         (`kasus intake --template --format xlsx --out BERKAS.xlsx` menulis buku kerja dengan kolom itu); \
                         bila ada beberapa lembar, beri --sheet NAMA",
                    )
                },
            );
            e.place = Some(s.row_place(head as u64 + 1));
            errors.push(e);
        } else {
            match check_header(&header, known, required, &Dialect::default()) {
                Ok(map) => s.map = map,
                Err(es) => errors.extend(es.into_iter().map(|mut e| {
                    e.place = Some(s.row_place(head as u64 + 1));
                    e
                })),
            }
        }
        if !errors.is_empty() {
            super::print_errors(file, &errors);
            return Err(super::header_refusal(file, errors.len(), known));
        }
        s.header = header;
        s.cols = cols;
        Ok(s)
    }

    /// "Sheet1, row 7".
    fn row_place(&self, line: u64) -> String {
        let sheet = &self.name;
        tr!("{sheet}, row {line}", "{sheet}, baris {line}")
    }

    /// The error of a row, placed in the sheet: the cell of its column (`Sheet1!E7
    /// (victim_nik)`), or the row.
    pub fn locate(&self, mut e: RowError) -> RowError {
        e.also = std::mem::take(&mut e.also)
            .into_iter()
            .map(|a| self.locate(a))
            .collect();
        if e.line == 0 || e.place.is_some() {
            return e;
        }
        let cell = e.column.as_deref().and_then(|name| {
            let i = self.map.iter().position(|&m| self.known[m] == name)?;
            Some(format!(
                "{}!{}{} ({name})",
                sheet_ref(&self.name),
                column_letter(self.cols[i]),
                e.line
            ))
        });
        e.place = Some(match (cell, &e.column) {
            (Some(c), _) => c,
            (None, Some(col)) => {
                let row = self.row_place(e.line);
                tr!("{row}, column {col}", "{row}, kolom {col}")
            }
            (None, None) => self.row_place(e.line),
        });
        e
    }

    /// The next row with a value.
    pub fn next_row(&mut self) -> XNext {
        while self.next <= self.last_row {
            let r = self.next;
            self.next += 1;
            let get = |c: u32| self.range.get_value((r, c));
            // A formula whose result was never saved reads as empty: the value it stands for
            // (a NIK) would silently be missing.
            let unsaved = |c: u32| {
                matches!(get(c), None | Some(Data::Empty))
                    && self
                        .formulas
                        .get_value((r, c))
                        .is_some_and(|f| !f.trim().is_empty())
            };
            let cols = self.first_col..=self.last_col;
            if cols.clone().all(|c| blank(get(c))) && !cols.clone().any(unsaved) {
                continue;
            }
            let line = r as u64 + 1;
            // Each formula with no saved result is one of the row's problems, its cell empty.
            let mut unread = Vec::new();
            for c in cols.clone().filter(|&c| unsaved(c)) {
                let column = self
                    .cols
                    .iter()
                    .position(|&k| k == c)
                    .map(|i| self.known[self.map[i]]);
                let mut e = row_err(
                    line,
                    column,
                    t(
                        "the cell holds a formula with no saved result (a file written by a program, not \
                         saved by a spreadsheet): open the file in Excel or LibreOffice, save it, \
                         and import it again",
                        "sel berisi rumus tanpa hasil tersimpan (berkas ditulis oleh program, bukan \
                         disimpan oleh aplikasi lembar kerja): buka berkasnya di Excel atau \
                         LibreOffice, simpan, lalu impor lagi",
                    ),
                );
                let name = column.map(|n| format!(" ({n})")).unwrap_or_default();
                e.place = Some(format!(
                    "{}!{}{line}{name}",
                    sheet_ref(&self.name),
                    column_letter(c)
                ));
                unread.push(e);
            }
            if let Some(c) = (self.header_end + 1..=self.last_col).find(|&c| !blank(get(c))) {
                let mut e = row_err(
                    line,
                    None,
                    t(
                        "a value in a column with no header: name the column in the header row, \
                         or clear the cell",
                        "ada nilai di kolom tanpa header: beri nama kolomnya di baris header, \
                         atau kosongkan selnya",
                    ),
                );
                e.place = Some(format!(
                    "{}!{}{line}",
                    sheet_ref(&self.name),
                    column_letter(c)
                ));
                e.also = unread;
                return XNext::Bad(e);
            }
            let mut cells = vec![None; self.known.len()];
            for (i, &c) in self.cols.iter().enumerate() {
                let col = self.known[self.map[i]];
                if unsaved(c) {
                    continue;
                }
                match cell_text(get(c), kind_of(col), col) {
                    Ok(v) => cells[self.map[i]] = v,
                    Err(reason) => unread.push(self.locate(row_err(line, Some(col), reason))),
                }
            }
            return XNext::Row(line, cells, unread);
        }
        XNext::End
    }

    /// How many rows the sheet has, the header's included (for a progress bar).
    pub fn rows(&self) -> u64 {
        self.last_row as u64 + 1
    }

    /// The cells of row `line` (1-based) as they are, in the order of the header, then the
    /// sheet's columns right of the header, where a value has no header (for the rejects file:
    /// such a value is why the row was refused, so it is kept, in its column).
    /// A formula with no saved result is given as the error `#N/A`, so that the row is refused
    /// again until the file is saved by a spreadsheet.
    pub fn raw(&self, line: u64) -> Vec<Option<&Data>> {
        static NO_RESULT: Data = Data::Error(calamine::CellErrorType::NA);
        let r = line.saturating_sub(1) as u32;
        self.cols
            .iter()
            .copied()
            .chain(self.header_end + 1..=self.last_col)
            .map(|c| match self.range.get_value((r, c)) {
                None | Some(Data::Empty)
                    if self
                        .formulas
                        .get_value((r, c))
                        .is_some_and(|f| !f.trim().is_empty()) =>
                {
                    Some(&NO_RESULT)
                }
                d => d,
            })
            .collect()
    }

    /// The rejects file's header: the header's names, then an empty name for each column right
    /// of the header (as `raw` gives their cells).
    pub fn raw_header(&self) -> Vec<String> {
        let extra = self.last_col.saturating_sub(self.header_end) as usize;
        let mut h = self.header.clone();
        h.extend(std::iter::repeat_n(String::new(), extra));
        h
    }

    /// The columns of `known` that each header cell is (for the rejects file's formats).
    pub fn header_columns(&self) -> Vec<&'static str> {
        self.map.iter().map(|&m| self.known[m]).collect()
    }
}

/// A cell as the text a CSV file would hold, or why it cannot be read (never its value).
pub fn cell_text(
    d: Option<&Data>,
    kind: Kind,
    col: &str,
) -> std::result::Result<Option<String>, String> {
    Ok(match d {
        None | Some(Data::Empty) => None,
        Some(Data::String(s)) => Some(s.clone()).filter(|s| !s.is_empty()),
        Some(Data::Int(i)) => Some(number(*i as f64, kind, col)?),
        Some(Data::Float(f)) => Some(number(*f, kind, col)?),
        Some(Data::Bool(b)) => Some(if *b { "TRUE" } else { "FALSE" }.to_string()),
        Some(Data::DateTime(_) | Data::DateTimeIso(_)) if kind == Kind::Ref => {
            return Err(tr!(
                "{col} is stored as a date in the workbook (Excel turns a value such as 3-1 into a \
                 date), so what was typed is lost: format the column as Text (Format Cells > \
                 Text), type the value again, and import again",
                "{col} tersimpan sebagai tanggal di buku kerja (Excel mengubah nilai seperti 3-1 \
                 menjadi tanggal), jadi yang diketik sudah hilang: format kolomnya sebagai Teks \
                 (Format Cells > Text), ketik ulang nilainya, lalu impor lagi"
            ))
        }
        Some(Data::DateTime(dt)) => Some(date_time(dt, kind, col)?),
        Some(Data::DateTimeIso(s)) => {
            let text = iso_text(s);
            if kind == Kind::Date && text.contains(' ') {
                return Err(time_in_date(col));
            }
            Some(text)
        }
        Some(Data::DurationIso(_)) => return Err(duration(col)),
        Some(Data::Error(e)) => {
            return Err(tr!(
                "the cell shows the error {e} (a formula that failed): type the value itself",
                "sel menampilkan galat {e} (rumus yang gagal): ketik nilainya sendiri"
            ))
        }
    })
}

/// An ISO 8601 date cell (`t="d"`) as text: the date alone at midnight, else date and time.
fn iso_text(s: &str) -> String {
    match s.split_once('T') {
        Some((d, t)) if t.chars().all(|c| matches!(c, '0' | ':' | '.')) => d.to_string(),
        Some((d, t)) => format!("{d} {t}"),
        None => s.to_string(),
    }
}

/// A date-time with a time of day where a date goes: its date part is not taken silently.
fn time_in_date(col: &str) -> String {
    tr!(
        "{col} holds a time of day; a date is expected: format the cell as a date (yyyy-mm-dd) \
         with no time, or type the date as text (01-05-1994)",
        "{col} berisi jam; yang diharapkan tanggal: format sel sebagai tanggal (yyyy-mm-dd) \
         tanpa jam, atau ketik tanggalnya sebagai teks (01-05-1994)"
    )
}

fn duration(col: &str) -> String {
    tr!(
        "{col} is a duration (formatted like [h]:mm), not a value kasus reads: format the cell as \
         text and type the value",
        "{col} berupa durasi (berformat seperti [h]:mm), bukan nilai yang dibaca kasus: format sel \
         sebagai teks lalu ketik nilainya"
    )
}

/// A number cell: refused where digits must stay text or a date goes; else its digits.
fn number(x: f64, kind: Kind, col: &str) -> std::result::Result<String, String> {
    match kind {
        Kind::Digits if col.ends_with("_nik") => Err(tr!(
            "{col} is stored as a number in the workbook, and Excel keeps only 15 digits of a number \
             (a NIK has 16), so its last digits are already lost: format the column as Text \
             (Format Cells > Text), type the NIK again, and import again",
            "{col} tersimpan sebagai angka di buku kerja, dan Excel hanya menyimpan 15 digit sebuah \
             angka (NIK 16 digit), jadi digit terakhirnya sudah hilang: format kolomnya sebagai Teks \
             (Format Cells > Text), ketik ulang NIK-nya, lalu impor lagi"
        )),
        Kind::Digits => Err(tr!(
            "{col} is stored as a number in the workbook, which has dropped its leading 0: format \
             the column as Text (Format Cells > Text), type the number again, and import again",
            "{col} tersimpan sebagai angka di buku kerja, sehingga angka 0 di depannya hilang: format \
             kolomnya sebagai Teks (Format Cells > Text), ketik ulang nomornya, lalu impor lagi"
        )),
        Kind::Date | Kind::Time => Err(tr!(
            "{col} is a number, not a date: format the cell as a date, or type the date as text \
             (01-05-1994 or 1994-05-01)",
            "{col} berupa angka, bukan tanggal: format sel sebagai tanggal, atau ketik tanggalnya \
             sebagai teks (01-05-1994 atau 1994-05-01)"
        )),
        Kind::Text | Kind::Ref if x.fract() == 0.0 && x.abs() < 1e15 => {
            Ok(format!("{}", x as i64))
        }
        Kind::Text | Kind::Ref if x.fract() == 0.0 => Err(tr!(
            "{col} is stored as a number of 16 or more digits, of which Excel keeps only 15: format \
             the column as Text (Format Cells > Text), type the value again, and import again",
            "{col} tersimpan sebagai angka 16 digit atau lebih, padahal Excel hanya menyimpan 15: \
             format kolomnya sebagai Teks (Format Cells > Text), ketik ulang nilainya, lalu impor lagi"
        )),
        Kind::Text | Kind::Ref => Ok(x.to_string()),
    }
}

/// An Excel date or date-time as text read in the office's zone: `YYYY-MM-DD` (midnight),
/// `YYYY-MM-DD HH:MM`, `YYYY-MM-DD HH:MM:SS`; a time of day alone (no date) as `HH:MM`.
/// Refused: the value 0 (Excel's "1900-01-00", an empty date cell that got a 0, never a real
/// date nor "today at 00:00"); where a date goes (`Kind::Date`), a time alone or a date with a
/// time of day other than 00:00 (its date part is not taken silently).
fn date_time(
    dt: &calamine::ExcelDateTime,
    kind: Kind,
    col: &str,
) -> std::result::Result<String, String> {
    if dt.is_duration() {
        return Err(duration(col));
    }
    let serial = dt.as_f64();
    if serial <= 0.0 || (kind == Kind::Date && serial < 1.0) {
        return Err(tr!(
            "{col} is Excel's date 0 (shown as 1900-01-00 or 00:00), not a real date: type the \
             date, or clear the cell",
            "{col} berisi tanggal 0 Excel (tampil sebagai 1900-01-00 atau 00:00), bukan tanggal \
             sungguhan: ketik tanggalnya, atau kosongkan selnya"
        ));
    }
    let n = dt.as_datetime().ok_or_else(|| {
        tr!(
            "{col} holds a date Excel cannot show: type the date as text",
            "{col} berisi tanggal yang tidak bisa ditampilkan Excel: ketik tanggalnya sebagai teks"
        )
    })?;
    // Excel keeps milliseconds in a float: round to the second.
    let n = n + chrono::Duration::milliseconds(500);
    let time_only = (0.0..1.0).contains(&serial);
    use chrono::Timelike;
    if kind == Kind::Date && (n.hour(), n.minute(), n.second()) != (0, 0, 0) {
        return Err(time_in_date(col));
    }
    let fmt = match (time_only, n.hour(), n.minute(), n.second()) {
        (true, ..) => "%H:%M",
        (false, 0, 0, 0) => "%Y-%m-%d",
        (false, _, _, 0) => "%Y-%m-%d %H:%M",
        _ => "%Y-%m-%d %H:%M:%S",
    };
    Ok(n.format(fmt).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn column_letters_as_a_spreadsheet_shows_them() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(3), "D");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
        assert_eq!(sheet_ref("Sheet1"), "Sheet1");
        assert_eq!(sheet_ref("Data kasus"), "'Data kasus'");
        assert_eq!(sheet_ref("Bu'Ani"), "'Bu''Ani'");
    }

    #[test]
    fn numbers_where_digits_go_are_refused_without_their_value() {
        let nik = 3171000000000001.0;
        let e = cell_text(Some(&Data::Float(nik)), Kind::Digits, "victim_nik").unwrap_err();
        assert!(e.contains("format the column as Text"), "{e}");
        assert!(!e.contains("3171") && !e.contains("317100"), "{e}");
        let e = cell_text(Some(&Data::Int(812000001)), Kind::Digits, "victim_phone").unwrap_err();
        assert!(e.contains("leading 0") && !e.contains("812"), "{e}");
        let e = cell_text(Some(&Data::Float(nik)), Kind::Ref, "external_ref").unwrap_err();
        assert!(e.contains("15"), "{e}");
        assert!(cell_text(Some(&Data::Float(12.0)), Kind::Date, "incident_date").is_err());
    }

    #[test]
    fn numbers_and_text_read_as_csv_would_hold_them() {
        let text = |d: Data, k| cell_text(Some(&d), k, "c").unwrap();
        assert_eq!(text(Data::Float(34.0), Kind::Text), Some("34".into()));
        assert_eq!(text(Data::Int(3), Kind::Text), Some("3".into()));
        assert_eq!(text(Data::Float(34.5), Kind::Text), Some("34.5".into()));
        assert_eq!(text(Data::String(String::new()), Kind::Text), None);
        assert_eq!(
            text(Data::String("3171000000000001".into()), Kind::Digits),
            Some("3171000000000001".into())
        );
        assert_eq!(text(Data::Empty, Kind::Digits), None);
        assert_eq!(
            text(Data::DateTimeIso("2026-01-05T09:00:00".into()), Kind::Time),
            Some("2026-01-05 09:00:00".into())
        );
        assert_eq!(
            text(Data::DateTimeIso("1994-05-01T00:00:00".into()), Kind::Date),
            Some("1994-05-01".into())
        );
        assert!(cell_text(
            Some(&Data::Error(calamine::CellErrorType::NA)),
            Kind::Text,
            "c"
        )
        .is_err());
    }

    #[test]
    fn excel_dates_and_times_become_office_time_text() {
        let dt = |v: f64| Data::DateTime(ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false));
        let text = |d: Data| {
            cell_text(Some(&d), Kind::Time, "reported_at")
                .unwrap()
                .unwrap()
        };
        // 1994-05-01 is serial 34455; 2026-01-05 is 46027.
        assert_eq!(text(dt(34455.0)), "1994-05-01");
        assert_eq!(text(dt(46027.0 + 9.0 / 24.0)), "2026-01-05 09:00");
        assert_eq!(
            text(dt(46027.0 + (9.0 * 3600.0 + 5.0 * 60.0 + 7.0) / 86400.0)),
            "2026-01-05 09:05:07"
        );
        // A float a hair under the minute still reads as that minute.
        assert_eq!(text(dt(46027.0 + 9.0 / 24.0 - 1e-9)), "2026-01-05 09:00");
        assert_eq!(text(dt(0.5)), "12:00");
        // Excel's date 0 (1900-01-00) is no date, nor today at 00:00.
        assert!(cell_text(Some(&dt(0.0)), Kind::Time, "reported_at").is_err());
        assert!(cell_text(Some(&dt(0.0)), Kind::Date, "incident_date").is_err());
        // Where a date goes: a time alone or a time of day is refused; midnight is the date.
        assert!(cell_text(Some(&dt(0.5)), Kind::Date, "incident_date").is_err());
        let e = cell_text(
            Some(&dt(34455.0 + 9.0 / 24.0)),
            Kind::Date,
            "victim_birth_date",
        )
        .unwrap_err();
        assert!(e.contains("holds a time of day; a date is expected"), "{e}");
        assert_eq!(
            cell_text(Some(&dt(34455.0)), Kind::Date, "victim_birth_date").unwrap(),
            Some("1994-05-01".into())
        );
        // A date where an identifier goes is refused, never its date as text.
        let e = cell_text(Some(&dt(46025.0)), Kind::Ref, "external_ref").unwrap_err();
        assert!(e.contains("stored as a date") && !e.contains("2026"), "{e}");
        let iso = Data::DateTimeIso("2026-01-03T00:00:00".into());
        assert!(cell_text(Some(&iso), Kind::Ref, "external_ref").is_err());
        assert_eq!(
            cell_text(Some(&Data::Float(301.0)), Kind::Ref, "external_ref").unwrap(),
            Some("301".into())
        );
        let dur = Data::DateTime(ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false));
        assert!(cell_text(Some(&dur), Kind::Time, "started_at").is_err());
    }
}
