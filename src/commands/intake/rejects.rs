//! The rejects file of `intake --from --skip-invalid --rejects FILE`: each bad row's line and
//! reason, then its own cells as they were, written as the input was (its delimiter, line ends
//! and byte order mark; a workbook for a workbook), atomically and privately (it holds personal
//! data). `intake --from` reads it back as it is: the `line` and `reason` columns are passed
//! over.

use crate::error::{Error, Result};
use crate::rows::xlsx::SheetRows;
use crate::rows::xlsx_write::{self, Rejected};
use crate::rows::{Cells, Dialect, RowError, REJECTS_COLUMNS};
use crate::tr;
use std::io::Write;
use std::path::Path;

/// Writes the rejected rows (`line` and `reason`, then the row's cells as they were, a field
/// too many or too few included) atomically, mode 0600: they hold the same personal data as
/// the input, through `files::write_atomically` (a private temporary file beside FILE, removed
/// on any error); a symbolic link is followed (its target replaced).
pub(super) fn write_rejects(
    path: &Path,
    header: &[String],
    rows: &[(RowError, Vec<String>)],
    dialect: &Dialect,
) -> Result<()> {
    let target = target_of(path)?;
    crate::files::write_atomically(&target, true, |f, tmp| {
        let mut out = std::io::BufWriter::new(f);
        if dialect.bom {
            out.write_all(b"\xEF\xBB\xBF")
                .map_err(|e| Error::io(tmp, e))?;
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(dialect.delimiter.0)
            .terminator(if dialect.crlf {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            })
            .flexible(true)
            .from_writer(out);
        let io = |e: csv::Error| Error::Other(format!("{}: {e}", tmp.display()));
        let h = REJECTS_COLUMNS
            .iter()
            .copied()
            .chain(header.iter().map(String::as_str));
        w.write_record(h).map_err(io)?;
        for (e, cells) in rows {
            // Every problem of the row, in one cell.
            let reason = e
                .all()
                .map(RowError::column_reason)
                .collect::<Vec<_>>()
                .join("; ");
            let line = e.line.to_string();
            let r = [line.as_str(), reason.as_str()]
                .into_iter()
                .chain(cells.iter().map(String::as_str));
            w.write_record(r).map_err(io)?;
        }
        w.into_inner()
            .map_err(|e| Error::Other(format!("{}: {e}", tmp.display())))?
            .into_inner()
            .map_err(|e| Error::io(tmp, e.into_error()))?;
        Ok(())
    })
}

/// Where `--rejects FILE` is written: FILE, or the target of the symbolic link FILE is.
fn target_of(path: &Path) -> Result<std::path::PathBuf> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|e| Error::io(path, e))?
        }
        _ => path.to_path_buf(),
    };
    if target.file_name().is_none() {
        return Err(Error::Invalid(tr!(
            "--rejects {}: give a file name",
            "--rejects {}: beri nama berkas",
            path.display()
        )));
    }
    Ok(target)
}

/// The rejects of a workbook's sheet, as a workbook (`rows::xlsx_write::rejects`): `line` (the
/// row in the input's sheet) and `reason` (the cell and what is wrong), then the row's cells as
/// they were (a number as a number, a date as a date), written as `write_rejects` writes.
pub(super) fn write_sheet_rejects(
    path: &Path,
    sheet: &SheetRows,
    rows: &[(RowError, Vec<String>)],
) -> Result<()> {
    let target = target_of(path)?;
    let rejected: Vec<Rejected> = rows
        .iter()
        .map(|(e, _)| Rejected {
            line: e.line,
            reason: e
                .all()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
            cells: sheet.raw(e.line),
        })
        .collect();
    let book = xlsx_write::rejects(
        &sheet.name,
        &sheet.raw_header(),
        &sheet.header_columns(),
        &rejected,
    )?;
    crate::files::write_atomically(&target, true, |f, tmp| {
        xlsx_write::save(book, std::io::BufWriter::new(f), tmp)
    })
}

/// The cells of the rejects file for a JSONL row: in the order of COLUMNS.
pub(super) fn owned_cells(cells: &Cells) -> Vec<String> {
    cells.iter().map(|c| c.unwrap_or("").to_string()).collect()
}

/// The cells of the rejects file for a CSV row: in the order of the file's header.
pub(super) fn raw_in_header_order(cells: &Cells, map: &[usize]) -> Vec<String> {
    map.iter()
        .map(|&c| cells.get(c).copied().flatten().unwrap_or("").to_string())
        .collect()
}
