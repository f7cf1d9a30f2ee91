//! The rows of a bulk intake file, read without a database or a command: the columns
//! (`COLUMNS`, the `--template` header), the CSV reader with its header checks (`csv`), how a
//! CSV file is written and on which line each record starts (`dialect`), the JSONL reader
//! (`jsonl`), the workbook reader (`xlsx`: a sheet's rows, messages by cell) and the workbooks a
//! bulk intake writes (`xlsx_write`: the template, the rejects), and what is wrong with a row, by
//! line and column (`error`). `intake --from` and `step import` read their files through here.

pub mod ahead;
mod csv;
mod dialect;
mod error;
mod faults;
mod jsonl;
pub mod stream;
pub mod xlsx;
pub mod xlsx_write;

pub use self::csv::{
    blank_record, cannot_read, check_header, csv_reader, field_count, parse_csv, print_csv,
    quote_left_open, read_header, CsvRows, Next, REJECTS_COLUMNS,
};
pub use dialect::{Delimiter, Dialect, Lines};
pub use error::{bad_rows_in, header_refusal, print_errors, row_err, Fail, RowError, SHOW_LIMIT};
pub use faults::{Faults, OfField};
pub use jsonl::jsonl_row;

use crate::error::{Error, Result};
use crate::tr;
use std::io::Read;
use std::path::Path;

/// The columns of a bulk intake file, in the order `--template` prints them: the intake flags
/// without `--`, with `_`.
pub const COLUMNS: [&str; 27] = [
    "sop",
    "reported_at",
    "channel",
    "victim_name",
    "victim_nik",
    "victim_sex",
    "victim_birth_date",
    "victim_age",
    "victim_phone",
    "victim_address",
    "victim_kecamatan",
    "victim_kelurahan",
    "victim_disability",
    "complainant_name",
    "complainant_phone",
    "complainant_relation",
    "perpetrator_name",
    "perpetrator_sex",
    "perpetrator_age",
    "perpetrator_relation",
    "violence",
    "place",
    "incident_date",
    "chronology",
    "urgency",
    "risk",
    "external_ref",
];
/// The columns a bulk intake file's header must have (one of each group).
pub const REQUIRED: &[&[&str]] = &[
    &["sop"],
    &["channel"],
    &["victim_name"],
    &["victim_sex"],
    &["victim_birth_date", "victim_age"],
    &["violence"],
];
/// How many columns a row has.
pub const N: usize = COLUMNS.len();
/// Columns a reader or the intake looks at by position.
pub const C_SOP: usize = 0;
pub const C_REPORTED_AT: usize = 1;
pub const C_VICTIM_AGE: usize = 7;
pub const C_PERP_NAME: usize = 16;
pub const C_PERP_SEX: usize = 17;
pub const C_PERP_AGE: usize = 18;
pub const C_PERP_REL: usize = 19;
pub const C_VIOLENCE: usize = 20;
pub const C_EXTERNAL_REF: usize = 26;

/// One row's cells, by column (blank cells are None).
pub type Cells<'a> = [Option<&'a str>; N];

/// The empty CSV header `intake --template` prints.
pub fn template() -> String {
    let mut s = COLUMNS.join(",");
    s.push('\n');
    s
}

/// Rewrites the flags a single intake's messages name (`--victim-birth-date`) as the columns of
/// a file (`victim_birth_date`); a command quoted in backticks (`` `kasus consent CASE
/// --given-by NAME` ``) keeps its flags, to be run as it is.
pub fn columnise(reason: &str) -> String {
    reason
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                part.to_string()
            } else {
                columnise_flags(part)
            }
        })
        .collect::<Vec<_>>()
        .join("`")
}

fn columnise_flags(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len());
    let mut rest = reason;
    while let Some(i) = rest.find("--") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let end = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
            .unwrap_or(after.len());
        if end == 0 {
            out.push_str("--");
        } else {
            out.push_str(&after[..end].replace('-', "_"));
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

pub fn strip_bom(data: &[u8]) -> &[u8] {
    data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data)
}

pub fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}

/// True for text shaped like a column name or a code ("victim_sx", "done"): only such text is
/// repeated in a message. Anything else may be data (a header row left out puts a name where a
/// column name goes) and is described, never echoed.
pub fn looks_like_code(s: &str) -> bool {
    crate::echo::shaped(s, crate::echo::Shape::Code)
}

/// True when `known` is `step import`'s columns, not the intake's: its messages point to
/// `kasus step import --help` and say nothing was recorded.
pub fn for_steps(known: &[&str]) -> bool {
    known != COLUMNS.as_slice()
}

/// Where the columns of `known` are listed: "`kasus intake --template` prints the columns".
pub fn columns_help(known: &[&str]) -> &'static str {
    if for_steps(known) {
        crate::text::t(
            "`kasus step import --help` lists the columns",
            "`kasus step import --help` menampilkan kolomnya",
        )
    } else {
        crate::text::t(
            "`kasus intake --template` prints the columns",
            "`kasus intake --template` menampilkan kolomnya",
        )
    }
}

pub fn unknown_column(line: u64, position: Option<usize>, name: &str, known: &[&str]) -> RowError {
    let key = column_key(name);
    let hint = crate::suggest::did_you_mean(&key, known.iter().copied());
    let help = columns_help(known);
    // A cell that is no name is not repeated: it may be a row's data (a header missing).
    let reason = if looks_like_code(name) {
        tr!(
            "unknown column '{name}'{hint}; {help}",
            "kolom '{name}' tidak dikenal{hint}; {help}"
        )
    } else if let Some(i) = position {
        tr!(
            "column {i} of the header is not a column name{hint} (is the header row missing?); {help}",
            "kolom ke-{i} di header bukan nama kolom{hint} (baris header terlewat?); {help}"
        )
    } else {
        tr!(
            "a header cell is not a column name{hint} (is the header row missing?); {help}",
            "sel header bukan nama kolom{hint} (baris header terlewat?); {help}"
        )
    };
    row_err(line, None, reason)
}

/// A header cell as a column's name: letter case, spaces around it and a space or `-` for
/// `_` aside ("Victim Name" is `victim_name`, "SOP " is `sop`), as spreadsheets are typed.
pub fn column_key(cell: &str) -> String {
    cell.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// True for UTF-16 text: its byte order mark (FF FE or FE FF), what Excel's "Unicode Text"
/// writes, or without one two ASCII characters each with a zero byte beside it (a header's
/// first letters; UTF-8 text never holds a zero byte). kasus does not read it.
pub fn is_utf16(head: &[u8]) -> bool {
    let ascii = |b: u8| (0x20..0x7f).contains(&b);
    head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || matches!(head, [a, 0, b, 0, ..] if ascii(*a) && ascii(*b))
        || matches!(head, [0, a, 0, b, ..] if ascii(*a) && ascii(*b))
}

/// The refusal of a UTF-16 bulk file (exit 3).
pub fn utf16_text(file: &str) -> Error {
    Error::Invalid(tr!(
        "{file} is UTF-16 text (Excel's \"Unicode Text\"), which kasus does not read: save it \
         as \"CSV UTF-8 (Comma delimited)\" (or as a workbook, .xlsx); nothing was read",
        "{file} adalah teks UTF-16 (\"Unicode Text\" Excel), yang tidak dibaca kasus: simpan \
         sebagai \"CSV UTF-8 (Comma delimited)\" (atau sebagai buku kerja, .xlsx); tidak ada yang dibaca"
    ))
}

/// Reads the whole input: a file, or standard input for `-`.
pub fn read_all(path: &Path) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .read_to_end(&mut data)
            .map_err(|e| Error::io("<stdin>", e))?;
    } else {
        data = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    }
    Ok(data)
}

/// The input as a stream: a file, or standard input for `-`, with its first bytes already read
/// (up to 8: enough to tell a workbook or an old .xls by its magic) and given back in front.
pub struct Opened {
    pub head: Vec<u8>,
    pub rest: Box<dyn Read + Send>,
    /// The file's size (None for standard input).
    pub size: Option<u64>,
    /// Whether it is a regular file (not standard input, a pipe or a device): all its rows are
    /// there to read, none waits for another program or a person.
    pub regular: bool,
}

pub fn open_input(path: &Path) -> Result<Opened> {
    let mut regular = false;
    let (mut rest, size, name): (Box<dyn Read + Send>, _, &Path) = if path == Path::new("-") {
        (Box::new(std::io::stdin()), None, Path::new("<stdin>"))
    } else {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let meta = f.metadata().ok();
        regular = meta.as_ref().is_some_and(|m| m.is_file());
        (Box::new(f), meta.map(|m| m.len()), path)
    };
    let mut head = Vec::with_capacity(8);
    (&mut rest)
        .take(8)
        .read_to_end(&mut head)
        .map_err(|e| Error::io(name, e))?;
    Ok(Opened {
        head,
        rest,
        size,
        regular,
    })
}

impl Opened {
    /// The whole input again, as one stream.
    pub fn stream(self) -> Box<dyn Read + Send> {
        Box::new(std::io::Cursor::new(self.head).chain(self.rest))
    }

    /// The whole input in memory (a workbook: calamine reads it whole).
    pub fn read_all(self, path: &Path) -> Result<Vec<u8>> {
        let mut data = self.head;
        let mut rest = self.rest;
        rest.read_to_end(&mut data)
            .map_err(|e| Error::io(name_of(path), e))?;
        Ok(data)
    }
}

pub fn name_of(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{column_key, columnise};

    #[test]
    fn flags_become_columns_but_a_quoted_command_keeps_its_flags() {
        assert_eq!(
            columnise("--victim-nik must be exactly 16 digits"),
            "victim_nik must be exactly 16 digits"
        );
        assert_eq!(
            columnise(
                "consent missing for --step 2: record it with `kasus consent C --given-by N`"
            ),
            "consent missing for step 2: record it with `kasus consent C --given-by N`"
        );
        assert_eq!(columnise("a -- b"), "a -- b");
    }

    #[test]
    fn a_header_cell_is_read_as_spreadsheets_are_typed() {
        assert_eq!(column_key("SOP "), "sop");
        assert_eq!(column_key(" Victim Name"), "victim_name");
        assert_eq!(column_key("victim-birth-date"), "victim_birth_date");
        assert_eq!(column_key("External  Ref"), "external_ref");
        assert_eq!(column_key("victim_nik"), "victim_nik");
        // Not a name at all stays what it is, to be refused.
        assert_eq!(column_key("Siti Contoh"), "siti_contoh");
        assert_eq!(column_key(""), "");
    }
}
