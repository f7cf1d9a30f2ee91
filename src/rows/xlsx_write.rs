//! The workbooks a bulk intake writes: the empty template (`intake --template --format xlsx`)
//! and the rejects file of a workbook's rows. Both have the header bold and frozen, and the
//! columns where digits must stay text (NIK, phone numbers, external_ref) formatted as text
//! (`@`), so what is typed there is never turned into a number. The template adds the
//! vocabulary lists as drop-downs (data validations): a warning for a value not in the list of a
//! one-value column (kasus also reads a few synonyms, so it may be kept), a note for a list
//! column (several values separated by `;`).
//!
//! The caller writes the workbook to its file whole, mode 0600 (`files`).

use super::xlsx::{kind_of, Kind};
use crate::error::{Error, Result};
use crate::text::t;
use crate::vocab::{self, Vocab};
use calamine::Data;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, Formula,
    Workbook, Worksheet, XlsxError,
};

/// The last row a drop-down covers (Excel's last row, 0-based).
const LAST_ROW: u32 = 1_048_575;
const DATE: &str = "yyyy-mm-dd";
const DATETIME: &str = "yyyy-mm-dd hh:mm";

fn err(e: XlsxError) -> Error {
    Error::Other(crate::tr!(
        "cannot write the workbook: {e}",
        "tidak bisa menulis buku kerja: {e}"
    ))
}

/// The format a column's cells get before anything is typed: text where digits must stay
/// digits, a date or date-time where one goes.
fn column_format(column: &str) -> Option<Format> {
    match (kind_of(column), column) {
        (Kind::Digits | Kind::Ref, _) => Some(Format::new().set_num_format("@")),
        (Kind::Date, _) => Some(Format::new().set_num_format(DATE)),
        (Kind::Time, _) => Some(Format::new().set_num_format(DATETIME)),
        _ => None,
    }
}

/// The header row (bold, frozen) and the columns' widths and formats.
fn header(ws: &mut Worksheet, first: u16, names: &[&str], columns: &[&str]) -> Result<()> {
    let bold = Format::new().set_bold();
    for (i, h) in names.iter().enumerate() {
        let c = first + i as u16;
        ws.write_string_with_format(0, c, *h, &bold).map_err(err)?;
        let width = (h.chars().count() + 3).max(12) as f64;
        ws.set_column_width(c, width).map_err(err)?;
        if let Some(f) = columns.get(i).and_then(|col| column_format(col)) {
            ws.set_column_format(c, &f).map_err(err)?;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    Ok(())
}

/// The drop-down of a vocabulary column, and whether the column takes several values.
fn list_of(column: &str) -> Option<(&'static Vocab, bool)> {
    Some(match column {
        "channel" => (&vocab::CHANNEL, false),
        "victim_sex" => (&vocab::SEX, false),
        "perpetrator_sex" => (&vocab::SEX, true),
        "perpetrator_relation" => (&vocab::RELATION, true),
        "violence" => (&vocab::VIOLENCE, true),
        "place" => (&vocab::PLACE, false),
        "urgency" => (&vocab::URGENCY, false),
        "risk" => (&vocab::RISK, false),
        _ => return None,
    })
}

/// The drop-down for a vocabulary column (its name the title of Excel's message).
fn drop_down(column: &str, list: &Vocab, several: bool) -> Result<DataValidation> {
    let dv = DataValidation::new()
        .allow_list_strings(&list.codes())
        .map_err(err)?;
    let (style, message) = if several {
        (
            DataValidationErrorStyle::Information,
            t(
                "Several values are separated by ; (violence also by ,). Keep the value if it is a list of codes.",
                "Beberapa nilai dipisah dengan ; (violence juga dengan ,). Biarkan nilainya bila berisi daftar kode.",
            ),
        )
    } else {
        (
            DataValidationErrorStyle::Warning,
            t(
                "Not a code of the list. kasus also reads a few synonyms; choose from the list to be sure.",
                "Bukan kode dari daftar. kasus juga membaca beberapa sinonim; pilih dari daftar agar pasti.",
            ),
        )
    };
    dv.set_error_style(style)
        .set_error_title(column)
        .and_then(|dv| dv.set_error_message(message))
        .map_err(err)
}

/// The empty template: the intake's columns, the vocabulary lists as drop-downs, an age a whole
/// number from 0 to 130, the NIK, phone and external_ref columns as text.
pub fn template() -> Result<Workbook> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("kasus").map_err(err)?;
    let columns = &super::COLUMNS;
    header(ws, 0, columns, columns)?;
    for (i, col) in columns.iter().enumerate() {
        let c = i as u16;
        if let Some((list, several)) = list_of(col) {
            ws.add_data_validation(1, c, LAST_ROW, c, &drop_down(col, list, several)?)
                .map_err(err)?;
        }
        if *col == "victim_age" {
            let dv = DataValidation::new()
                .allow_whole_number(DataValidationRule::Between(0, 130))
                .set_error_title("victim_age")
                .and_then(|dv| {
                    dv.set_error_message(t(
                        "The age in whole years, 0 to 130.",
                        "Umur dalam tahun bulat, 0 sampai 130.",
                    ))
                })
                .map_err(err)?;
            ws.add_data_validation(1, c, LAST_ROW, c, &dv)
                .map_err(err)?;
        }
    }
    Ok(wb)
}

/// A cell of the input written back as it was: text as text, a number as a number, a date as a
/// date (`yyyy-mm-dd`, with the time when it has one), TRUE/FALSE, an error as its text.
/// A number is written with Excel's General format of its own: written plain, it would take its
/// column's date format, and a number refused in a date column (1990 typed in a General cell)
/// would come back a real date and pass on re-import.
fn write_raw(ws: &mut Worksheet, r: u32, c: u16, d: &Data) -> Result<()> {
    let general = Format::new().set_num_format("General");
    match d {
        Data::Empty => {}
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            ws.write_string(r, c, s).map_err(err)?;
        }
        Data::Int(i) => {
            ws.write_number_with_format(r, c, *i as f64, &general)
                .map_err(err)?;
        }
        Data::Float(x) => {
            ws.write_number_with_format(r, c, *x, &general)
                .map_err(err)?;
        }
        Data::Bool(b) => {
            ws.write_boolean(r, c, *b).map_err(err)?;
        }
        // An error stays an error (written as text it would pass on re-import as a value).
        Data::Error(e) => {
            let f = Formula::new("NA()").set_result(e.to_string());
            ws.write_formula(r, c, f).map_err(err)?;
        }
        Data::DateTime(dt) => {
            use chrono::{Datelike, Timelike};
            let as_date = dt.as_datetime().filter(|_| dt.is_datetime()).and_then(|n| {
                let n = n + chrono::Duration::milliseconds(500);
                let day = ExcelDateTime::from_ymd(n.year() as u16, n.month() as u8, n.day() as u8)
                    .ok()?;
                let midnight = (n.hour(), n.minute(), n.second()) == (0, 0, 0);
                let at = day
                    .and_hms(n.hour() as u16, n.minute() as u8, n.second())
                    .ok()?;
                Some((at, if midnight { DATE } else { DATETIME }))
            });
            match as_date {
                Some((at, f)) => {
                    ws.write_datetime_with_format(r, c, at, &Format::new().set_num_format(f))
                        .map_err(err)?;
                }
                None => {
                    ws.write_number_with_format(
                        r,
                        c,
                        dt.as_f64(),
                        &Format::new().set_num_format("[h]:mm:ss"),
                    )
                    .map_err(err)?;
                }
            }
        }
    }
    Ok(())
}

/// One rejected row of a workbook: its row in the input, why, and its cells as they were.
pub struct Rejected<'a> {
    pub line: u64,
    pub reason: String,
    pub cells: Vec<Option<&'a Data>>,
}

/// The rejects workbook: a sheet named as the input's, with `line` (the row in the input) and
/// `reason` first, then the input's own header and each rejected row's cells as they were.
/// `columns` is the column each header cell is (for its format).
pub fn rejects(
    sheet: &str,
    names: &[String],
    columns: &[&str],
    rows: &[Rejected],
) -> Result<Workbook> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet).map_err(err)?;
    let mut head: Vec<&str> = super::REJECTS_COLUMNS.to_vec();
    head.extend(names.iter().map(String::as_str));
    let mut cols: Vec<&str> = vec!["", ""];
    cols.extend_from_slice(columns);
    header(ws, 0, &head, &cols)?;
    ws.set_column_width(1, 60).map_err(err)?;
    let wrap = Format::new().set_text_wrap();
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_number(r, 0, row.line as f64).map_err(err)?;
        ws.write_string_with_format(r, 1, &row.reason, &wrap)
            .map_err(err)?;
        for (j, cell) in row.cells.iter().enumerate() {
            if let Some(d) = cell {
                write_raw(ws, r, j as u16 + 2, d)?;
            }
        }
    }
    Ok(wb)
}

/// Saves a workbook into `w` (flushed); `path` names the file in messages.
pub fn save<W: std::io::Write + Send>(
    mut wb: Workbook,
    mut w: W,
    path: &std::path::Path,
) -> Result<()> {
    wb.save_to_writer(&mut w).map_err(|e| match e {
        XlsxError::IoError(e) => Error::io(path, e),
        other => err(other),
    })?;
    w.flush().map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_drop_down_fits_excels_limit() {
        for col in super::super::COLUMNS {
            if let Some((list, several)) = list_of(col) {
                assert!(drop_down(col, list, several).is_ok(), "{col}");
            }
        }
        assert!(template().is_ok());
    }
}
