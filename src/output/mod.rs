//! Rendering, in one place. A command that prints data builds a [`Sheet`] (keyed columns, typed
//! cells; a list, a report, a verdict or a document's main rows) and hands it to a [`Sink`]
//! (`--format table|csv|json|ndjson`, stdout or `--out FILE` written whole), which renders it
//! with [`sheet_text`]; people's tables go through [`Grid`]. stdout errors (a closed pipe, a full
//! disk) come back as errors, never silently dropped. Exports stream their rows through
//! [`stream`] instead. `--format xlsx` (reports) writes a workbook through [`xlsx`].

pub mod flat_table;
pub mod pipe;
pub mod records;
pub mod sheet_rows;
pub mod stream;
pub mod xlsx;

use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::report::{pick_columns, JsonShape, Kind, Sheet};
use clap::ValueEnum;
use comfy_table::{presets, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::Value;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    /// One JSON object per line, no wrapper.
    Ndjson,
    /// A workbook (reports only: `--out FILE.xlsx`; see [`xlsx`]).
    #[value(skip)]
    Xlsx,
}

/// True when stdout is a terminal and NO_COLOR is not set.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Each line of `text` wrapped between words at `width` columns (20 at least; a word longer
/// than the line, a path or a command, kept whole), its continuation lines starting with
/// `indent`. Every wrapping of text for a terminal goes through here.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let options = textwrap::Options::new(width.max(20))
        .break_words(false)
        .subsequent_indent(indent);
    text.split('\n')
        .map(|l| textwrap::fill(l, &options))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lines of text for stdout, each wrapped at `width` ([`wrap`]), its continuation indented two
/// spaces; none: as they are.
pub fn fit_lines(text: &str, width: Option<u16>) -> String {
    match width {
        Some(w) => wrap(text, usize::from(w), "  "),
        None => text.to_string(),
    }
}

/// A note under a table, wrapped at the table's width ([`wrap`]); none: as it is.
fn fit_note(note: &str, width: Option<u16>) -> String {
    match width {
        Some(w) => wrap(note, usize::from(w), ""),
        None => note.to_string(),
    }
}

/// `eprintln!` through [`fit_stderr`]: a message or note wrapped between words at a terminal.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::output::fit_stderr(&format!($($arg)*)))
    };
}

/// A message for stderr: at a terminal, each of its lines wrapped between words at the
/// terminal's width (a word longer than the line, a path or a command, is kept whole); in a
/// pipe or a log, as it is (one line a message, for grep).
pub fn fit_stderr(message: &str) -> String {
    if !std::io::stderr().is_terminal() {
        return message.to_string();
    }
    // As `str::lines` read it before: a last line break is not a line.
    let message = message.strip_suffix('\n').unwrap_or(message);
    wrap(message, crate::prompt::width(), "")
}

/// A table for people: see [`Grid`].
pub fn table(header: &[&str]) -> Grid {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_header(header.iter().copied());
    Grid {
        table: t,
        prose: Vec::new(),
    }
}

/// A table that fits: at a terminal it fits the terminal's width (or `COLUMNS` when set and
/// stdout is piped); piped without `COLUMNS` it is never wrapped or cut. Either way short cells
/// (case numbers, SOP codes, dates and times, verdicts, durations: up to [`ATOM`] columns) never
/// wrap, and longer prose cells wrap only between words. A column declared prose
/// ([`Grid::prose`], a sheet's [`Kind::Prose`]: an agency's name, a service, a reason) wraps
/// between words whatever its width, so the identifiers beside it keep theirs. A table wider
/// than the terminal once its identifiers are whole is shown a record at a time
/// ([`records`]): a split case number is worse than a record layout.
pub struct Grid {
    table: Table,
    /// The columns (by index) that wrap first: prose.
    prose: Vec<usize>,
}

/// A table at a terminal shows this many rows at most (piped or to a file: every row).
pub const TERMINAL_ROWS: usize = 200;

/// Cells up to this width are kept on one line.
pub const ATOM: usize = 24;

impl Grid {
    pub fn add_row<T: Into<comfy_table::Row>>(&mut self, row: T) -> &mut Self {
        self.table.add_row(row);
        self
    }

    /// Declares the columns at these indexes prose: they wrap (between words) before the table
    /// grows past the terminal, even when their cells are short.
    pub fn prose(mut self, columns: &[usize]) -> Self {
        self.prose.extend_from_slice(columns);
        self
    }

    /// The table as laid out for `width` columns (None: no width, nothing wrapped).
    pub fn render(&self, width: Option<u16>) -> String {
        let mut t = self.table.clone();
        match width {
            Some(w) => {
                t.set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(w);
            }
            None => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        let constraints: Vec<ColumnConstraint> = (0..self.table.column_iter().count())
            .map(|i| column_constraint(&self.table, i, self.prose.contains(&i)))
            .collect();
        t.set_constraints(constraints);
        let text = t.to_string();
        // Wider than the terminal once its identifiers are whole: a record at a time.
        match width {
            Some(w)
                if text
                    .lines()
                    .any(|l| console::measure_text_width(l) > usize::from(w)) =>
            {
                records::layout(&self.table, usize::from(w))
            }
            _ => text,
        }
    }
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(table_width()))
    }
}

/// A column of short cells keeps its content's width; a column of long cells, or one declared
/// prose, may wrap, never inside a word (up to [`ATOM`] characters). A header wider than its
/// column's cells may wrap between its words ("Completion" over "median") rather than widen the
/// table; the cells under it keep their width.
fn column_constraint(t: &Table, i: usize, prose: bool) -> ColumnConstraint {
    let measure = |text: &str| {
        let mut widest = 0;
        let mut longest_word = 0;
        for line in text.lines() {
            widest = widest.max(console::measure_text_width(line));
            for word in line.split_whitespace() {
                longest_word = longest_word.max(console::measure_text_width(word));
            }
        }
        (widest, longest_word)
    };
    let (mut widest, mut longest_word) = (0, 0);
    for cell in t.column_cells_iter(i).flatten() {
        let (w, l) = measure(&cell.content());
        widest = widest.max(w);
        longest_word = longest_word.max(l);
    }
    let (header, header_word) = t
        .header()
        .and_then(|h| h.cell_iter().nth(i))
        .map_or((0, 0), |c| measure(&c.content()));
    // comfy-table counts a lower boundary with the cell's padding (one space each side).
    let at_least = |w: usize| ColumnConstraint::LowerBoundary(Width::Fixed(w as u16 + 2));
    if prose || widest > ATOM {
        at_least(longest_word.min(ATOM).max(header_word))
    } else if header <= widest {
        ColumnConstraint::ContentWidth
    } else {
        at_least(widest.max(header_word))
    }
}

/// The width to lay tables out for: the terminal's at a terminal, `COLUMNS` when piped with it
/// set, none (nothing wrapped) when piped without it.
fn table_width() -> Option<u16> {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    if std::io::stdout().is_terminal() {
        // A terminal that does not say its size (or says 0) gets the classic 80 columns.
        columns.or_else(|| {
            let w = console::Term::stdout().size_checked().map_or(0, |(_, w)| w);
            Some(if w == 0 { 80 } else { w })
        })
    } else {
        columns
    }
}

pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").map_err(stdout_err)?;
    out.flush().map_err(stdout_err)
}

pub fn stdout_err(e: std::io::Error) -> Error {
    Error::io("<stdout>", e)
}

pub fn print_json(value: &serde_json::Value) -> Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::Other(e.to_string()))?;
    print(&text)
}

fn csv_err(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => stdout_err(io),
        other => Error::Other(format!("{other:?}")),
    }
}

/// A text cell starting with '=', '+', '-', '@', tab or CR runs as a formula in a spreadsheet:
/// prefix it with a quote. Numbers (such as "-5" or "+62...") that parse as numbers stay.
pub fn guard_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn number_text(v: &Value) -> String {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 => format!("{f:.0}"),
            _ => n.to_string(),
        },
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

fn table_cell(kind: Kind, v: &Value, zone: Zone) -> String {
    match (kind, v) {
        (_, Value::Null) => String::new(),
        (Kind::Code, Value::String(s)) => crate::text::code_phrase(s),
        (Kind::Secs, v) => v
            .as_f64()
            .map(|f| crate::text::duration_rough(f.round() as u64))
            .unwrap_or_default(),
        (Kind::Share, v) => v
            .as_f64()
            .map(|f| format!("{:.0}%", f * 100.0))
            .unwrap_or_default(),
        (Kind::Time, Value::String(s)) => local_short(s, zone).unwrap_or_else(|| {
            clock::from_db(s)
                .map(|t| clock::to_local_short(t, zone))
                .unwrap_or_else(|| s.clone())
        }),
        (Kind::LongText, Value::String(s)) => crate::text::one_line(s, 48),
        // A yes or no in a table reads as a word of the chosen language (CSV and JSON keep
        // true and false).
        (Kind::Bool, Value::Bool(b)) => if *b {
            crate::text::t("yes", "ya")
        } else {
            crate::text::t("no", "tidak")
        }
        .to_string(),
        (_, Value::Array(_)) => csv_text(kind, v),
        (_, v) => number_text(v),
    }
}

/// "2026-03-02 08:05" of a time already in the office's zone ("2026-03-02T08:05:00+07:00", as
/// the sheets hold them), without parsing it into a date: the same text as
/// `clock::to_local_short(clock::from_db(s))`. None for anything else (chrono then reads it).
fn local_short(s: &str, zone: Zone) -> Option<String> {
    let b = s.as_bytes();
    let offset = match zone {
        Zone::Wib => "+07:00",
        Zone::Wita => "+08:00",
        Zone::Wit => "+09:00",
    };
    if b.len() != 25 || s.get(19..) != Some(offset) || b[10] != b'T' {
        return None;
    }
    let num = |from: usize, to: usize| s.get(from..to)?.parse::<u32>().ok();
    let digits = [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
        .iter()
        .all(|r| b[r.clone()].iter().all(u8::is_ascii_digit));
    if !digits || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 7)?, num(8, 10)?)?;
    if num(11, 13)? > 23 || num(14, 16)? > 59 || num(17, 19)? > 59 {
        return None;
    }
    Some(format!("{} {}", &s[..10], &s[11..16]))
}

/// A sheet as text in `format`: a table laid out for `width` (durations as people read them,
/// the sheet's notes under it), CSV (the column keys, seconds and RFC 3339 times, lists
/// comma-separated), JSON (as the sheet's [`JsonShape`] says) or NDJSON (one object per row, no
/// wrapper). The text ends with a newline.
pub fn sheet_text(sheet: &Sheet, format: Format, zone: Zone, width: Option<u16>) -> Result<String> {
    Ok(match format {
        Format::Table => {
            let headers: Vec<&str> = sheet
                .columns
                .iter()
                .filter(|c| c.in_table)
                .map(|c| c.header)
                .collect();
            let shown: Vec<_> = sheet.columns.iter().filter(|c| c.in_table).collect();
            let prose: Vec<usize> = (0..shown.len())
                .filter(|&i| shown[i].kind == Kind::Prose)
                .collect();
            let mut t = table(&headers).prose(&prose);
            for row in &sheet.rows {
                t.add_row(
                    sheet
                        .columns
                        .iter()
                        .zip(row)
                        .filter(|(c, _)| c.in_table)
                        .map(|(c, v)| table_cell(c.kind, v, zone))
                        .collect::<Vec<_>>(),
                );
            }
            let mut text = t.render(width);
            for n in &sheet.notes {
                text.push('\n');
                text.push_str(&fit_note(n, width));
            }
            text.push('\n');
            text
        }
        Format::Csv => {
            let header: Vec<&str> = sheet.columns.iter().map(|c| c.key).collect();
            let rows: Vec<Vec<String>> = sheet
                .rows
                .iter()
                .map(|r| {
                    sheet
                        .columns
                        .iter()
                        .zip(r)
                        .map(|(c, v)| csv_text(c.kind, v))
                        .collect()
                })
                .collect();
            csv_text_of(&header, &rows)?
        }
        Format::Json => {
            // A sheet's document is printed as it is, not copied first.
            let made;
            let doc = match (&sheet.document, sheet.shape) {
                (Some(d), _) => d,
                (None, shape) => {
                    made = match shape {
                        JsonShape::Rows => Value::Array(sheet.objects()),
                        JsonShape::Single => {
                            sheet.objects().into_iter().next().unwrap_or(Value::Null)
                        }
                        JsonShape::Report => {
                            let mut obj = serde_json::Map::new();
                            obj.insert("report".into(), Value::String(sheet.name.into()));
                            for (k, v) in &sheet.extra {
                                obj.insert(k.clone(), v.clone());
                            }
                            obj.insert("rows".into(), Value::Array(sheet.objects()));
                            Value::Object(obj)
                        }
                    };
                    &made
                }
            };
            json_text(doc)?
        }
        Format::Ndjson => {
            let mut text = String::new();
            for o in sheet.objects() {
                text.push_str(&serde_json::to_string(&o).map_err(|e| Error::Other(e.to_string()))?);
                text.push('\n');
            }
            text
        }
        // A workbook is not text: `Sink::sheet` writes it.
        Format::Xlsx => sheet_text(sheet, Format::Csv, zone, width)?,
    })
}

/// The sheet's columns as a workbook writes them (see [`xlsx::Hint`]).
fn xlsx_hints(sheet: &Sheet) -> Vec<xlsx::Hint> {
    sheet
        .columns
        .iter()
        .map(|c| match c.kind {
            Kind::Time => xlsx::Hint::Time,
            Kind::Share => xlsx::Hint::Share,
            Kind::Int | Kind::Text if xlsx::is_identifier(c.key) => xlsx::Hint::Id,
            _ => xlsx::Hint::Plain,
        })
        .collect()
}

/// Adds `sheet` to a workbook as one sheet named after the report: the CSV's header (the column
/// keys) and rows, typed (see [`xlsx`]).
pub fn xlsx_sheet(book: &mut xlsx::Book, sheet: &Sheet) -> Result<()> {
    let header: Vec<&str> = sheet.columns.iter().map(|c| c.key).collect();
    let mut page = book.sheet(sheet.name, &header, &xlsx_hints(sheet))?;
    for row in &sheet.rows {
        let cells: Vec<stream::Cell> = sheet
            .columns
            .iter()
            .zip(row)
            .map(|(c, v)| xlsx::cell_of(v, c.kind == Kind::Names))
            .collect();
        page.row(&cells)?;
    }
    page.finish()
}

/// What a report workbook is of, as its JSON says it (`report`, `from`, `to`, `basis`, `sop`,
/// `at`): its `info` sheet and its title.
#[derive(Debug, Clone, Default)]
pub struct Info {
    pub report: String,
    /// The keys of [`INFO_KEYS`] after `report` that have a value, with it (JSON's text).
    pub values: Vec<(&'static str, String)>,
}

/// The keys of a workbook's `info` sheet, in order, with their labels (English, Indonesian).
const INFO_KEYS: [(&str, &str, &str); 6] = [
    ("report", "report", "laporan"),
    ("from", "from", "dari"),
    ("to", "to", "sampai"),
    ("basis", "basis", "dasar"),
    ("sop", "sop", "sop"),
    ("at", "at", "pada"),
];

impl Info {
    /// A report's, from its JSON's keys.
    pub fn of(sheet: &Sheet) -> Info {
        let values = INFO_KEYS[1..]
            .iter()
            .filter_map(|(k, _, _)| {
                let v = match sheet.extra.get(*k)? {
                    Value::Null => return None,
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                Some((*k, v))
            })
            .collect();
        Info {
            report: sheet.name.to_string(),
            values,
        }
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|v| v.0 == key)
            .map(|v| v.1.as_str())
    }

    /// "kasus report compliance, 2026-03-01 – 2026-04-01".
    fn title(&self) -> String {
        let mut t = format!("kasus report {}", self.report);
        let day = |k| {
            self.get(k)
                .map(|v: &str| v.get(..10).unwrap_or(v).to_string())
        };
        match (day("from"), day("to")) {
            (None, None) => {}
            (f, t2) => t.push_str(&format!(
                ", {} – {}",
                f.unwrap_or_default(),
                t2.unwrap_or_default()
            )),
        }
        if let Some(at) = day("at") {
            t.push_str(&format!(", {at}"));
        }
        t
    }
}

/// Writes `sheets` as one workbook, a sheet each, then an `info` sheet (what the workbook is of,
/// in the chosen language's labels) and the document's title and subject, to `--out FILE`
/// (whole or not at all, mode 0600: see [`crate::files::write_out_with`]).
pub fn write_workbook(
    path: &std::path::Path,
    sheets: &[&Sheet],
    info: &Info,
    zone: Zone,
) -> Result<()> {
    let mut book = xlsx::Book::for_out(path, zone)?;
    book.properties(
        &info.title(),
        crate::text::t(
            "kasus: case register of a UPTD PPA",
            "kasus: register kasus UPTD PPA",
        ),
    );
    for s in sheets {
        xlsx_sheet(&mut book, s)?;
    }
    let en = crate::text::lang() == crate::text::Lang::En;
    let header = if en {
        ["field", "value"]
    } else {
        ["isian", "nilai"]
    };
    let mut page = book.sheet("info", &header, &[])?;
    for (key, en_label, id_label) in INFO_KEYS {
        let value = if key == "report" {
            Some(info.report.as_str())
        } else {
            info.get(key)
        };
        if let Some(v) = value {
            let label = if en { en_label } else { id_label };
            page.row(&[
                stream::Cell::Text(label.into()),
                stream::Cell::Text(v.into()),
            ])?;
        }
    }
    page.finish()?;
    crate::files::write_out_with(path, |file| book.save(std::io::BufWriter::new(file), path))
}

/// A cell as CSV text: numbers as numbers, empty for null, a list of plain values
/// comma-separated (as exports write them), anything else as JSON text.
fn csv_text(kind: Kind, v: &Value) -> String {
    match v {
        Value::Array(items) if items.iter().all(|i| !i.is_array() && !i.is_object()) => items
            .iter()
            .map(number_text)
            .collect::<Vec<_>>()
            .join(if kind == Kind::Names { "; " } else { "," }),
        v => number_text(v),
    }
}

fn json_text(v: &Value) -> Result<String> {
    let mut text = serde_json::to_string_pretty(v).map_err(|e| Error::Other(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// CSV text: a header and rows, text cells guarded against spreadsheet formulas.
fn csv_text_of(header: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(csv_err)?;
    for r in rows {
        w.write_record(r.iter().map(|c| guard_formula(c).into_owned()))
            .map_err(csv_err)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::Other(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Error::Other(e.to_string()))
}

/// Where a command's data goes, and in which format: stdout, or `--out FILE` written whole
/// (a temporary file beside it, mode 0600, renamed into place when complete; see
/// [`crate::files::write_out`]). A command checks FILE against the register before it opens the
/// register (`Ctx::sink`); a table written to a file is never wrapped.
#[derive(Debug, Clone)]
pub struct Sink {
    pub format: Format,
    out: Option<PathBuf>,
    /// `--columns`: only these keys of a sheet, in this order.
    columns: Vec<String>,
}

impl Sink {
    pub fn stdout(format: Format) -> Sink {
        Sink::new(format, None)
    }

    /// Writing to `out` (None: stdout). The path must have passed the output guard.
    pub fn new(format: Format, out: Option<PathBuf>) -> Sink {
        Sink {
            format,
            out,
            columns: Vec::new(),
        }
    }

    /// Only these columns of each sheet (`--columns`).
    pub fn columns(mut self, keys: Vec<String>) -> Sink {
        self.columns = keys;
        self
    }

    /// True for the view a command lays out for people itself. With `--columns` a table is the
    /// sheet's own, of the columns asked, so this is false.
    pub fn is_table(&self) -> bool {
        self.format == Format::Table && self.columns.is_empty()
    }

    /// True when a sheet with a document prints that document alone (JSON without
    /// `--columns`): its rows are not read, so they need not be made.
    pub fn prints_document(&self) -> bool {
        self.format == Format::Json && self.columns.is_empty()
    }

    /// A sheet in the sink's format (see [`sheet_text`]), only the `--columns` asked when given:
    /// an unknown key is refused (exit 2) with the sheet's columns.
    pub fn sheet(&self, sheet: &Sheet, zone: Zone) -> Result<()> {
        let picked;
        let sheet = if self.columns.is_empty() {
            sheet
        } else {
            let mut s = sheet.clone();
            s.document = None;
            s.select(&self.columns).map_err(Error::Usage)?;
            picked = s;
            &picked
        };
        match (&self.out, self.format) {
            (Some(path), Format::Xlsx) => write_workbook(path, &[sheet], &Info::of(sheet), zone),
            (None, Format::Xlsx) => xlsx::check_out(true, None),
            _ if sheet.records.is_none() && sheet.document.is_none() => {
                self.write_rows(sheet, zone)
            }
            _ => self.write(&sheet_text(sheet, self.format, zone, self.width())?),
        }
    }

    /// A sheet written row by row into the sink, the same text as [`sheet_text`] gives (a
    /// report of many rows is never held a second time as text): CSV, NDJSON, JSON (a list's
    /// array, or a report's object with its rows written in place), a table piped or to a file
    /// (no width: the lines of [`flat_table`]). A table laid out for a width goes through
    /// [`sheet_text`].
    fn write_rows(&self, sheet: &Sheet, zone: Zone) -> Result<()> {
        let all: Vec<usize> = (0..sheet.columns.len()).collect();
        let err = |e| self.io_err(e);
        match self.format {
            Format::Csv | Format::Ndjson => self.with_writer(|w| {
                let mut rows = sheet_rows::SheetRows::begin(w, self.format, &sheet.columns, all)
                    .map_err(err)?;
                for r in &sheet.rows {
                    rows.row(w, r).map_err(err)?;
                }
                rows.finish(w).map_err(err)
            }),
            Format::Json if sheet.shape == JsonShape::Rows => self.with_writer(|w| {
                let mut rows = sheet_rows::SheetRows::begin(w, self.format, &sheet.columns, all)
                    .map_err(err)?;
                for r in &sheet.rows {
                    rows.row(w, r).map_err(err)?;
                }
                rows.finish(w).map_err(err)
            }),
            Format::Json if sheet.shape == JsonShape::Report => self.with_writer(|w| {
                // The object with a marker for its rows, then the rows written where it is.
                const MARK: &str = "\u{0}kasus-rows\u{0}";
                let mut obj = serde_json::Map::new();
                obj.insert("report".into(), Value::String(sheet.name.into()));
                for (k, v) in &sheet.extra {
                    obj.insert(k.clone(), v.clone());
                }
                obj.insert("rows".into(), Value::String(MARK.into()));
                let text = json_text(&Value::Object(obj))?;
                let mark = serde_json::to_string(MARK).map_err(|e| Error::Other(e.to_string()))?;
                let (head, tail) = text
                    .split_once(&mark)
                    .ok_or_else(|| Error::Other("rows marker".into()))?;
                w.write_all(head.as_bytes()).map_err(err)?;
                sheet_rows::pretty_array(w, &sheet.columns, &sheet.rows, 2).map_err(err)?;
                w.write_all(tail.as_bytes()).map_err(err)
            }),
            Format::Table if self.width().is_none() => self.with_writer(|w| {
                let shown: Vec<(usize, &crate::report::Column)> = sheet
                    .columns
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.in_table)
                    .collect();
                let header: Vec<&str> = shown.iter().map(|(_, c)| c.header).collect();
                // Each cell's text made once, for both passes (the widths, then the lines): one
                // text of every cell and where each ends, a few bytes a cell beyond its text.
                let mut text = String::new();
                let mut ends: Vec<usize> = Vec::with_capacity(sheet.rows.len() * shown.len());
                for r in &sheet.rows {
                    for (i, c) in &shown {
                        text.push_str(&table_cell(c.kind, r.get(*i).unwrap_or(&Value::Null), zone));
                        ends.push(text.len());
                    }
                }
                // Row k's cells: from where the cell before it ended.
                let n = shown.len();
                let cells = |k: usize| -> Vec<&str> {
                    (k * n..(k + 1) * n)
                        .map(|j| &text[if j == 0 { 0 } else { ends[j - 1] }..ends[j]])
                        .collect()
                };
                let mut widths = flat_table::Widths::of_header(&header);
                for k in 0..sheet.rows.len() {
                    widths.add(&cells(k));
                }
                let mut t = flat_table::FlatTable::begin(&mut *w, &header, &widths).map_err(err)?;
                for k in 0..sheet.rows.len() {
                    t.row(&cells(k)).map_err(err)?;
                }
                t.finish().map_err(err)?;
                for n in &sheet.notes {
                    w.write_all(n.as_bytes()).map_err(err)?;
                    w.write_all(b"\n").map_err(err)?;
                }
                Ok(())
            }),
            _ => self.write(&sheet_text(sheet, self.format, zone, self.width())?),
        }
    }

    /// The width a table is laid out for: none in a file (never wrapped), else as at stdout.
    pub fn width(&self) -> Option<u16> {
        if self.out.is_some() {
            None
        } else {
            table_width()
        }
    }

    /// A table for people, laid out for [`Sink::width`].
    pub fn grid(&self, g: &Grid) -> Result<()> {
        self.text(&g.render(self.width()))
    }

    /// One JSON document: pretty JSON, or one line for NDJSON.
    pub fn json(&self, v: &Value) -> Result<()> {
        if self.format == Format::Ndjson {
            let mut text = serde_json::to_string(v).map_err(|e| Error::Other(e.to_string()))?;
            text.push('\n');
            return self.write(&text);
        }
        self.write(&json_text(v)?)
    }

    /// Text as it is (a table; its final newline added when missing).
    pub fn text(&self, text: &str) -> Result<()> {
        if text.ends_with('\n') {
            self.write(text)
        } else {
            self.write(&format!("{text}\n"))
        }
    }

    /// True when the rows go to a terminal (stdout, not a file).
    pub fn at_terminal(&self) -> bool {
        self.out.is_none() && std::io::stdout().is_terminal()
    }

    /// An error writing to the sink (stdout, or `--out FILE`).
    pub fn io_err(&self, e: std::io::Error) -> Error {
        match &self.out {
            None => stdout_err(e),
            Some(path) => Error::io(path, e),
        }
    }

    /// Runs `f` with a buffered writer to stdout, or to `--out FILE` (written whole or not at
    /// all, as [`Sink::text`] writes it).
    fn with_writer(&self, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
        match &self.out {
            None => {
                let mut w = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
                f(&mut w)?;
                w.flush().map_err(stdout_err)
            }
            Some(path) => crate::files::write_out_with(path, |file| {
                let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
                f(&mut w)?;
                w.flush().map_err(|e| Error::io(path, e))
            }),
        }
    }

    /// A list streamed: `sheet` gives the columns (its rows are not read), `each` hands every
    /// row to its argument, and may be run twice (a table measures its columns first). Text as
    /// [`Sink::sheet`] writes for the whole sheet; a table at a terminal shows the first
    /// [`TERMINAL_ROWS`] rows and returns (shown, total) so that the command can say so.
    pub fn stream_list(
        &self,
        sheet: &Sheet,
        zone: Zone,
        mut each: impl FnMut(&mut dyn FnMut(Vec<Value>) -> Result<()>) -> Result<()>,
    ) -> Result<Option<(usize, usize)>> {
        let keys: Vec<&str> = sheet.columns.iter().map(|c| c.key).collect();
        let picked: Vec<usize> = if self.columns.is_empty() {
            (0..keys.len()).collect()
        } else {
            pick_columns(sheet.name, &keys, &self.columns).map_err(Error::Usage)?
        };
        match self.format {
            Format::Csv | Format::Json | Format::Ndjson => {
                self.with_writer(|w| {
                    let mut rows =
                        sheet_rows::SheetRows::begin(w, self.format, &sheet.columns, picked)
                            .map_err(|e| self.io_err(e))?;
                    each(&mut |row| rows.row(w, &row).map_err(|e| self.io_err(e)))?;
                    rows.finish(w).map_err(|e| self.io_err(e))
                })?;
                Ok(None)
            }
            Format::Table => {
                // The sheet's own table: with --columns every column asked is shown.
                let shown: Vec<(usize, &crate::report::Column)> = picked
                    .iter()
                    .map(|&i| (i, &sheet.columns[i]))
                    .filter(|(_, c)| !self.columns.is_empty() || c.in_table)
                    .collect();
                let header: Vec<&str> = shown.iter().map(|(_, c)| c.header).collect();
                let prose: Vec<usize> = (0..shown.len())
                    .filter(|&i| shown[i].1.kind == Kind::Prose)
                    .collect();
                let capped = self.stream_grid(&header, &prose, |f| {
                    each(&mut |row| {
                        f(shown
                            .iter()
                            .map(|(i, c)| {
                                table_cell(c.kind, row.get(*i).unwrap_or(&Value::Null), zone)
                            })
                            .collect())
                    })
                })?;
                if !sheet.notes.is_empty() {
                    let mut text = String::new();
                    for n in &sheet.notes {
                        text.push_str(&fit_note(n, self.width()));
                        text.push('\n');
                    }
                    self.write(&text)?;
                }
                Ok(capped)
            }
            Format::Xlsx => {
                let mut whole = sheet.clone();
                each(&mut |row| {
                    whole.rows.push(row);
                    Ok(())
                })?;
                self.sheet(&whole, zone)?;
                Ok(None)
            }
        }
    }

    /// A table for people streamed: `each` hands every row's cells to its argument. Piped or
    /// to a file, every row, the columns measured in a first run of `each` (the lines a
    /// [`Grid`] with no width gives, without keeping the rows); at a terminal, the first
    /// [`TERMINAL_ROWS`] rows laid out for its width, the rest counted: returns (shown, total)
    /// when rows were left out.
    pub fn stream_grid(
        &self,
        header: &[&str],
        prose: &[usize],
        mut each: impl FnMut(&mut dyn FnMut(Vec<String>) -> Result<()>) -> Result<()>,
    ) -> Result<Option<(usize, usize)>> {
        if self.at_terminal() {
            let mut grid = table(header).prose(prose);
            let mut total = 0;
            each(&mut |cells| {
                if total < TERMINAL_ROWS {
                    grid.add_row(cells);
                }
                total += 1;
                Ok(())
            })?;
            self.grid(&grid)?;
            return Ok((total > TERMINAL_ROWS).then_some((TERMINAL_ROWS, total)));
        }
        let mut widths = flat_table::Widths::of_header(header);
        each(&mut |cells| {
            widths.add(&cells);
            Ok(())
        })?;
        self.with_writer(|w| {
            let mut t =
                flat_table::FlatTable::begin(w, header, &widths).map_err(|e| self.io_err(e))?;
            each(&mut |cells| t.row(&cells).map_err(|e| self.io_err(e)))?;
            t.finish().map_err(|e| self.io_err(e))?;
            Ok(())
        })?;
        Ok(None)
    }

    fn write(&self, text: &str) -> Result<()> {
        match &self.out {
            None => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).map_err(stdout_err)?;
                out.flush().map_err(stdout_err)
            }
            Some(path) => crate::files::write_out(path, text.as_bytes()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::guard_formula;

    #[test]
    fn one_sheet_in_four_formats() {
        use super::{sheet_text, Format};
        use crate::clock::Zone;
        use crate::report::{col, JsonShape, Kind, Sheet};
        use serde_json::{json, Value};
        let mut s = Sheet::list(
            "x",
            vec![
                col("name", "Name", Kind::Text),
                col("roles", "Roles", Kind::Names),
                col("scopes", "Scopes", Kind::Text),
                col("n", "N", Kind::Int),
            ],
        );
        s.rows.push(vec![
            json!("=cmd"),
            json!(["A, B", "C"]),
            json!(["x", "y"]),
            json!(3),
        ]);
        s.rows
            .push(vec![json!(null), json!([]), json!([]), json!(null)]);
        let text_of = |s: &Sheet, f| sheet_text(s, f, Zone::Wib, None).unwrap();
        let text = |f| text_of(&s, f);
        assert_eq!(
            text(Format::Csv),
            "name,roles,scopes,n\n'=cmd,\"A, B; C\",\"x,y\",3\n,,,\n"
        );
        let nd: Vec<Value> = text(Format::Ndjson)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(nd.len(), 2);
        assert_eq!(nd[0]["roles"], json!(["A, B", "C"]));
        let arr: Value = serde_json::from_str(&text(Format::Json)).unwrap();
        assert_eq!(arr, Value::Array(nd.clone()));
        assert!(text(Format::Table).contains("A, B; C"));
        s.shape = JsonShape::Single;
        let one: Value = serde_json::from_str(&text_of(&s, Format::Json)).unwrap();
        assert_eq!(one, nd[0]);
        s.document = Some(json!({"doc": true}));
        let doc: Value = serde_json::from_str(&text_of(&s, Format::Json)).unwrap();
        assert_eq!(doc, json!({"doc": true}));
        assert_eq!(text_of(&s, Format::Ndjson).lines().count(), 2);
    }

    #[test]
    fn short_local_times_match_chrono() {
        use crate::clock::{self, Zone};
        use chrono::{TimeZone, Utc};
        let mut at = Utc
            .with_ymd_and_hms(1999, 12, 31, 0, 0, 0)
            .unwrap()
            .timestamp();
        let end = Utc
            .with_ymd_and_hms(2031, 3, 2, 0, 0, 0)
            .unwrap()
            .timestamp();
        while at < end {
            let t = Utc.timestamp_opt(at, 0).unwrap();
            for zone in [Zone::Wib, Zone::Wita, Zone::Wit] {
                let local = clock::to_rfc3339_local(t, zone);
                assert_eq!(
                    super::local_short(&local, zone).as_deref(),
                    Some(clock::to_local_short(t, zone).as_str()),
                    "{local}"
                );
            }
            at += 7 * 3600 + 17 * 60 + 13;
        }
        // Another zone's offset, a bad date, or another form: chrono reads it.
        for s in [
            "2026-03-02T08:05:00+08:00",
            "2026-02-30T08:05:00+07:00",
            "2026-03-02T24:05:00+07:00",
            "2026-03-02 08:05:00+07:00",
            "2026-03-02T08:05:00Z",
            "2026-03-0xT08:05:00+07:00",
            "2026-03-02T08:05:00+0é:0",
            "2026-03-02T08:05:0é07:00",
            "",
        ] {
            assert_eq!(super::local_short(s, Zone::Wib), None, "{s}");
        }
    }

    #[test]
    fn formulas_are_escaped_numbers_are_not() {
        assert_eq!(guard_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard_formula("-5"), "-5");
        assert_eq!(guard_formula("+1e3"), "+1e3");
        assert_eq!(guard_formula("- catatan"), "'- catatan");
        assert_eq!(guard_formula("biasa"), "biasa");
    }
}

/// How a piece of text is coloured: on time, over the standard, a heading, a hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Heading,
    Hint,
}

fn styled(tone: Tone) -> console::Style {
    let s = console::Style::new();
    match tone {
        Tone::Good => s.green(),
        Tone::Bad => s.red().bold(),
        Tone::Heading => s.bold(),
        Tone::Hint => s.dim(),
    }
}

/// Text for stdout in a colour, when stdout is a terminal and NO_COLOR is not set.
pub fn paint(text: &str, tone: Tone) -> String {
    styled(tone).apply_to(text).to_string()
}

/// Text for stderr (the prompts' side) in a colour, when stderr is a terminal and NO_COLOR is
/// not set.
pub fn paint_err(text: &str, tone: Tone) -> String {
    styled(tone).for_stderr().apply_to(text).to_string()
}
