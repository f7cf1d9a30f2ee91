//! The rejects file of `intake --from --skip-invalid --rejects FILE`: each bad row's own cells,
//! then its line and reason, written atomically and privately (it holds personal data).

use crate::error::{Error, Result};
use crate::rows::{Cells, RowError};
use crate::tr;
use std::path::Path;

/// Writes the rejected rows (their original cells, then `line` and `reason`) atomically, mode 0600:
/// they hold the same personal data as the input, through `files::write_atomically` (a private
/// temporary file beside FILE, removed on any error); a symbolic link is followed (its target
/// replaced).
pub(super) fn write_rejects(
    path: &Path,
    header: &[String],
    rows: &[(RowError, Vec<String>)],
) -> Result<()> {
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
    crate::files::write_atomically(&target, true, |f, tmp| {
        let mut w = csv::Writer::from_writer(std::io::BufWriter::new(f));
        let io = |e: csv::Error| Error::Other(format!("{}: {e}", tmp.display()));
        let mut h: Vec<&str> = header.iter().map(String::as_str).collect();
        h.extend(["line", "reason"]);
        w.write_record(&h).map_err(io)?;
        for (e, cells) in rows {
            let mut r: Vec<String> = (0..header.len())
                .map(|i| cells.get(i).cloned().unwrap_or_default())
                .collect();
            r.push(e.line.to_string());
            r.push(match &e.column {
                Some(c) => format!("{c}: {}", e.reason),
                None => e.reason.clone(),
            });
            w.write_record(&r).map_err(io)?;
        }
        w.into_inner()
            .map_err(|e| Error::Other(format!("{}: {e}", tmp.display())))?
            .into_inner()
            .map_err(|e| Error::io(tmp, e.into_error()))?;
        Ok(())
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
