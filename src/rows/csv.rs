//! Reading a CSV file row by row into the cells of `COLUMNS`: the header decides which column
//! is which and is checked first (every unknown, repeated or missing column named); a row that
//! cannot be read is named by the physical line it starts on, never by what it holds. The
//! delimiter is given or detected (`dialect`); the columns a rejects file adds in front of each
//! row (`REJECTS_COLUMNS`) are passed over, so that a rejects file imports as it is.

use super::stream::{LineCount, Shared, Tap, Window};
use super::{row_err, unknown_column, Cells, Dialect, RowError, COLUMNS, N};
use crate::text::t;
use crate::tr;

/// The columns a rejects file puts before each row's own cells: the row's line in the file it
/// came from, and why it was rejected. A file whose header starts (or, as older rejects files
/// do, ends) with them is read without them.
pub const REJECTS_COLUMNS: [&str; 2] = ["line", "reason"];

/// Reads a CSV file row by row into cells, as a stream; the header decides which column is
/// which.
pub struct CsvRows<'d> {
    window: Shared<'d>,
    rdr: csv::Reader<Tap<'d>>,
    /// How the file is written (the rejects file is written the same way).
    pub dialect: Dialect,
    lines: LineCount,
    /// For each data column of the file, the intake column it holds.
    pub map: Vec<usize>,
    /// The header as written without the rejects file's own columns, for the rejects file.
    pub header: Vec<String>,
    /// The fields of a row that hold data (the others are a rejects file's `line` and
    /// `reason`), and how many fields a row has.
    keep: std::ops::Range<usize>,
    width: usize,
    rec: csv::ByteRecord,
    /// Byte offset of the row just read, for the progress bar.
    pub offset: u64,
}

/// A row, or why it cannot be read. (The row's cells stay inline: boxing them would allocate
/// once per row on the hot path.)
#[allow(clippy::large_enum_variant)]
pub enum Next<'r> {
    Row(u64, Cells<'r>),
    Bad(RowError, Vec<String>),
    End,
}

/// The fields of a header that hold data: all but a rejects file's own `line` and `reason`,
/// in front (or at the end, as older rejects files have them).
pub(super) fn data_fields(header: &[String]) -> std::ops::Range<usize> {
    let n = REJECTS_COLUMNS.len();
    let is_rejects = |h: &[String]| h.iter().map(|c| c.trim()).eq(REJECTS_COLUMNS);
    if header.len() > n && is_rejects(&header[..n]) {
        n..header.len()
    } else if header.len() > n && is_rejects(&header[header.len() - n..]) {
        0..header.len() - n
    } else {
        0..header.len()
    }
}

/// "13 fields, but the header has 12 columns (a ; too many or too few, ...)", for the row `rec`
/// that starts on `line`. When the row has too many fields and a field holds a line break, a
/// quote was likely left open and closed by a later line's: the lines the row runs over are
/// said too.
pub fn field_count(
    line: u64,
    rec: &csv::ByteRecord,
    columns: usize,
    dialect: &Dialect,
) -> RowError {
    let sep = dialect.delimiter.name();
    let fields = rec.len();
    let mut reason = tr!(
        "{fields} fields, but the header has {columns} columns ({sep} too many or too few, \
         or a field with {sep} in it that is not in quotes)",
        "{fields} isian, padahal header punya {columns} kolom (kelebihan atau kekurangan {sep}, \
         atau isian berisi {sep} yang tidak diapit tanda kutip)"
    );
    if let Some((from, to)) = runs_over(line, rec).filter(|_| fields > columns) {
        reason.push_str(&tr!(
            "; a quote opened on line {from} may not be closed: the row runs over lines {from}-{to}",
            "; tanda kutip yang dibuka di baris {from} mungkin tidak ditutup: baris data ini \
             memanjang dari baris {from} sampai {to}"
        ));
    }
    row_err(line, None, reason)
}

/// The line where the first field holding a line break starts, and the row's last line, for
/// a row that starts on `line`; None when no field holds a line break.
fn runs_over(line: u64, rec: &csv::ByteRecord) -> Option<(u64, u64)> {
    let breaks = |f: &[u8]| f.iter().filter(|&&b| b == b'\n').count() as u64;
    let first = rec.iter().position(|f| breaks(f) > 0)?;
    let from = line + rec.iter().take(first).map(breaks).sum::<u64>();
    let to = line + rec.iter().map(breaks).sum::<u64>();
    Some((from, to))
}

/// Checks a CSV header against the known columns: every unknown or repeated name is an error.
pub fn check_header(
    names: &[String],
    known: &[&str],
    required: &[&[&str]],
    dialect: &Dialect,
) -> std::result::Result<Vec<usize>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut map = Vec::with_capacity(names.len());
    let keys: Vec<String> = names.iter().map(|n| super::column_key(n)).collect();
    let recognised = keys.iter().filter(|k| known.contains(&k.as_str())).count();
    if names.iter().all(|n| n.trim().is_empty()) || recognised == 0 {
        let told = dialect.told();
        let help = super::columns_help(known);
        return Err(vec![row_err(
            1,
            None,
            tr!(
                "the first line is not a header (read with {told}): it must name the columns \
                 ({help}); if the file separates its columns with something else, give --delimiter \
                 comma, semicolon or tab",
                "baris pertama bukan header (dibaca dengan pemisah {told}): baris itu harus berisi nama kolom \
                 ({help}); bila kolom berkas dipisah dengan tanda lain, beri --delimiter comma, semicolon atau tab"
            ),
        )]);
    }
    for (i, (n, key)) in names.iter().zip(&keys).enumerate() {
        let n = n.trim();
        match known.iter().position(|c| c == key) {
            Some(c) => {
                if map.contains(&c) {
                    errors.push(row_err(
                        1,
                        None,
                        tr!(
                            "column '{n}' appears twice in the header",
                            "kolom '{n}' muncul dua kali di header"
                        ),
                    ));
                }
                map.push(c);
            }
            None if n.is_empty() => {
                errors.push(row_err(
                    1,
                    None,
                    tr!(
                        "column {} of the header has no name",
                        "kolom ke-{} di header tidak punya nama",
                        i + 1
                    ),
                ));
                map.push(usize::MAX);
            }
            None => {
                errors.push(unknown_column(1, Some(i + 1), n, known));
                map.push(usize::MAX);
            }
        }
    }
    for alternatives in required {
        if !alternatives.iter().any(|a| keys.iter().any(|k| k == a)) {
            errors.push(row_err(
                1,
                None,
                tr!(
                    "the header lacks the required column {}",
                    "header tidak punya kolom wajib {}",
                    alternatives.join(t(" or ", " atau "))
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(map)
    } else {
        Err(errors)
    }
}

pub fn csv_reader<'d>(data: &'d [u8], dialect: &Dialect) -> csv::Reader<&'d [u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(dialect.delimiter.0)
        .from_reader(data)
}

/// Reads the header line of a CSV file (with a UTF-8 BOM accepted) whose columns are `known`
/// (an empty file's message says where they are listed).
pub fn read_header<R: std::io::Read>(
    rdr: &mut csv::Reader<R>,
    known: &[&str],
) -> std::result::Result<Vec<String>, Vec<RowError>> {
    let mut rec = csv::ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => {
            let help = super::columns_help(known);
            return Err(vec![row_err(
                1,
                None,
                tr!(
                    "the file is empty: the first line must be the header ({help})",
                    "berkasnya kosong: baris pertama harus header ({help})"
                ),
            )]);
        }
        Err(e) => {
            return Err(vec![row_err(
                1,
                None,
                tr!(
                    "cannot read the header: {e}",
                    "header tidak bisa dibaca: {e}"
                ),
            )])
        }
    }
    rec.iter()
        .enumerate()
        .map(|(i, f)| {
            std::str::from_utf8(f).map(str::to_string).map_err(|_| {
                vec![row_err(
                    1,
                    None,
                    tr!(
                        "column {} of the header is not UTF-8 text: save the file as UTF-8 (\"CSV UTF-8\")",
                        "kolom ke-{} di header bukan teks UTF-8: simpan berkas sebagai UTF-8 (\"CSV UTF-8\")",
                        i + 1
                    ),
                )]
            })
        })
        .collect()
}

/// An odd number of quote characters from a row to the end of the file: a quoted field that
/// was opened and never closed swallowed the rest of the file.
pub fn quote_left_open(rest: &[u8]) -> bool {
    rest.iter().filter(|&&b| b == b'"').count() % 2 == 1
}

impl<'d> CsvRows<'d> {
    /// The rows of `src` (a BOM included), read as a stream, with the delimiter given or, when
    /// None, detected from the header line.
    pub fn new(
        src: Box<dyn std::io::Read + 'd>,
        delimiter: Option<super::Delimiter>,
    ) -> std::result::Result<CsvRows<'d>, Vec<RowError>> {
        let window = Window::new(src);
        let dialect = {
            let mut w = window.borrow_mut();
            let head = w.head(1 << 20).map_err(|e| {
                vec![row_err(
                    1,
                    None,
                    tr!(
                        "cannot read the header: {e}",
                        "header tidak bisa dibaca: {e}"
                    ),
                )]
            })?;
            let dialect = Dialect::of(head, delimiter);
            if dialect.bom {
                w.skip_start(3);
            }
            dialect
        };
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(dialect.delimiter.0)
            .from_reader(Tap(window.clone()));
        let written = read_header(&mut rdr, &COLUMNS)?;
        let keep = data_fields(&written);
        let header = written[keep.clone()].to_vec();
        let map = check_header(&header, &COLUMNS, super::REQUIRED, &dialect)?;
        Ok(CsvRows {
            window,
            rdr,
            dialect,
            lines: LineCount::default(),
            map,
            header,
            keep,
            width: written.len(),
            rec: csv::ByteRecord::new(),
            offset: 0,
        })
    }

    /// The line of the record starting at `byte` (0 when the file cannot be read there).
    fn line_of(&mut self, byte: u64) -> u64 {
        let mut w = self.window.borrow_mut();
        self.lines.of_record(&mut w, byte).unwrap_or(0)
    }

    /// The next row with a value, or why it cannot be read ([`blank_record`]s passed over).
    pub fn next_row(&mut self) -> Next<'_> {
        loop {
            match self.rdr.read_byte_record(&mut self.rec) {
                Ok(true) => {}
                Ok(false) => return Next::End,
                Err(e) => {
                    let line = e.position().map(|p| self.line_of(p.byte())).unwrap_or(0);
                    return Next::Bad(row_err(line, None, cannot_read(&e)), vec![]);
                }
            }
            if !blank_record(&self.rec) {
                break;
            }
        }
        let pos = self
            .rec
            .position()
            .cloned()
            .unwrap_or_else(csv::Position::new);
        let line = self.line_of(pos.byte());
        self.offset = pos.byte();
        // A row as it was, for the rejects file: every field but a rejects file's own.
        let (keep, width) = (self.keep.clone(), self.width);
        let raw = |rec: &csv::ByteRecord| {
            let fields = rec.iter().map(|f| String::from_utf8_lossy(f).into_owned());
            if rec.len() == width {
                fields.skip(keep.start).take(keep.len()).collect::<Vec<_>>()
            } else {
                fields.skip(keep.start).collect()
            }
        };
        let left_open = {
            let mut w = self.window.borrow_mut();
            // An I/O error here is the reader's to tell, at the next row.
            w.at_end(self.rdr.position().byte()).unwrap_or(false) && {
                let rest = w.since(pos.byte());
                quote_left_open(rest) && rest.contains(&b'"')
            }
        };
        if left_open {
            return Next::Bad(
                row_err(
                    line,
                    None,
                    t(
                        "a quoted field opened on this line is never closed (a \" is missing); \
                         the rest of the file was read as one field",
                        "tanda kutip yang dibuka di baris ini tidak pernah ditutup (kurang satu \"); \
                         sisa berkas terbaca sebagai satu kolom",
                    ),
                ),
                raw(&self.rec),
            );
        }
        if self.rec.len() != self.width {
            return Next::Bad(
                field_count(line, &self.rec, self.width, &self.dialect),
                raw(&self.rec),
            );
        }
        let mut cells: Cells = [None; N];
        for (i, f) in self
            .rec
            .iter()
            .skip(self.keep.start)
            .take(self.keep.len())
            .enumerate()
        {
            match std::str::from_utf8(f) {
                Ok(s) => {
                    if !s.is_empty() {
                        cells[self.map[i]] = Some(s);
                    }
                }
                Err(_) => {
                    let col = COLUMNS[self.map[i]];
                    let e = row_err(
                        line,
                        Some(col),
                        t(
                            "not UTF-8 text: save the file as UTF-8 (\"CSV UTF-8\")",
                            "bukan teks UTF-8: simpan berkas sebagai UTF-8 (\"CSV UTF-8\")",
                        ),
                    );
                    return Next::Bad(e, raw(&self.rec));
                }
            }
        }
        Next::Row(line, cells)
    }
}

/// A blank line, or a row of separators and spaces alone (a spreadsheet's empty rows below the
/// data, saved as ";;;;"): passed over, as a workbook's empty rows are.
pub fn blank_record(rec: &csv::ByteRecord) -> bool {
    rec.iter()
        .all(|f| f.iter().all(|b| matches!(b, b' ' | b'\t')))
}

/// Every row of a CSV file as owned cells, or every header error (for tests and tools).
pub fn parse_csv(data: &[u8]) -> std::result::Result<Vec<Vec<Option<String>>>, Vec<RowError>> {
    let mut rows = CsvRows::new(Box::new(data), None)?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    loop {
        match rows.next_row() {
            Next::Row(_, cells) => out.push(cells.iter().map(|c| c.map(str::to_string)).collect()),
            Next::Bad(e, _) => errors.push(e),
            Next::End => break,
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Writes rows of cells (by column, in the order of COLUMNS) as a CSV file with the header.
pub fn print_csv(rows: &[Vec<Option<String>>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(COLUMNS);
    for r in rows {
        let _ = w.write_record(r.iter().map(|c| c.as_deref().unwrap_or("")));
    }
    w.into_inner().unwrap_or_default()
}

/// A row the CSV reader could not read (its own reason, which is English, follows).
pub fn cannot_read(e: &csv::Error) -> String {
    tr!("cannot read: {e}", "tidak bisa dibaca: {e}")
}
