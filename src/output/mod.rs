//! Rendering rows as a table, CSV or JSON, in one place. Commands build rows (a header and
//! cells, plus a JSON value), and this module writes them; stdout errors (a closed pipe, a full
//! disk) come back as errors, never silently dropped. Exports stream their rows through
//! [`stream`] instead.

pub mod stream;

use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::report::{Kind, Sheet};
use clap::ValueEnum;
use comfy_table::{presets, ContentArrangement, Table};
use serde_json::Value;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// True when stdout is a terminal and NO_COLOR is not set.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// A table that fits the terminal (or 100 columns when piped).
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    if !std::io::stdout().is_terminal() {
        t.set_width(terminal_width());
    }
    t
}

fn terminal_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
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

/// Writes rows as CSV to stdout, with text cells guarded against spreadsheet formulas.
pub fn print_csv(header: &[&str], rows: &[Vec<String>]) -> Result<()> {
    let out = std::io::stdout().lock();
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header).map_err(csv_err)?;
    for r in rows {
        w.write_record(r.iter().map(|c| guard_formula(c).into_owned()))
            .map_err(csv_err)?;
    }
    w.flush().map_err(stdout_err)
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
        (Kind::Secs, v) => v
            .as_f64()
            .map(|f| crate::text::duration(f.round() as u64))
            .unwrap_or_default(),
        (Kind::Share, v) => v
            .as_f64()
            .map(|f| format!("{:.0}%", f * 100.0))
            .unwrap_or_default(),
        (Kind::Time, Value::String(s)) => clock::from_db(s)
            .map(|t| clock::to_local_short(t, zone))
            .unwrap_or_else(|| s.clone()),
        (Kind::LongText, Value::String(s)) => {
            let first = s.lines().next().unwrap_or("");
            if first.chars().count() > 48 || s.contains('\n') {
                format!("{}…", first.chars().take(48).collect::<String>().trim_end())
            } else {
                first.to_string()
            }
        }
        (_, v) => number_text(v),
    }
}

/// Renders a report: a table at a terminal (durations as people read them), or the same columns
/// as CSV (seconds and RFC 3339 times) or JSON (an object with the rows and the report's extras).
pub fn render_sheet(sheet: &Sheet, format: Format, zone: Zone) -> Result<()> {
    match format {
        Format::Table => {
            let headers: Vec<&str> = sheet
                .columns
                .iter()
                .filter(|c| c.in_table)
                .map(|c| c.header)
                .collect();
            let mut t = table(&headers);
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
            let mut text = t.to_string();
            for n in &sheet.notes {
                text.push('\n');
                text.push_str(n);
            }
            print(&text)
        }
        Format::Csv => {
            let header: Vec<&str> = sheet.columns.iter().map(|c| c.key).collect();
            let rows: Vec<Vec<String>> = sheet
                .rows
                .iter()
                .map(|r| r.iter().map(number_text).collect())
                .collect();
            print_csv(&header, &rows)
        }
        Format::Json => {
            let mut obj = serde_json::Map::new();
            obj.insert("report".into(), Value::String(sheet.name.into()));
            for (k, v) in &sheet.extra {
                obj.insert(k.clone(), v.clone());
            }
            let rows: Vec<Value> = sheet
                .rows
                .iter()
                .map(|r| {
                    Value::Object(
                        sheet
                            .columns
                            .iter()
                            .zip(r)
                            .map(|(c, v)| (c.key.to_string(), v.clone()))
                            .collect(),
                    )
                })
                .collect();
            obj.insert("rows".into(), Value::Array(rows));
            print_json(&Value::Object(obj))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::guard_formula;

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
