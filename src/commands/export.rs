//! `kasus export`: streams one table of the register (or the flat Simfoni PPA sheet) as CSV,
//! JSON or NDJSON, row by row from the query into a buffered writer, so that memory stays flat
//! however large the register (a table's CSV is read on one thread and written on another,
//! in batches of bounded size: `output::pipe`). `--out FILE` writes a temporary file beside
//! FILE (mode 0600), fsyncs it and renames it into place only when complete: an export that
//! fails or is killed leaves an existing FILE as it was. `--deidentify` leaves out personal
//! data and replaces identifiers with keyed pseudonyms (HMAC-SHA256 with a secret kept in the
//! register).
//!
//! The pieces live below: the row writer in `output::stream`, pseudonyms in `deidentify`, the
//! Simfoni sheet's columns and rows in `report::simfoni`, the file written whole by
//! `files::write_atomically`, raw rows turned into cells in `commands::record` (shared with the
//! writes' `--format json`). Here: the arguments, and each table streamed.
//!
//! No prompt, colour or progress output: exports run in cron jobs and pipelines.

use super::record::Converter;
use super::{resolve, Ctx};
use crate::cli::{ExportArgs, ExportFormat, ExportTable};
use crate::clock::{self, Zone};
use crate::deidentify::Pseudo;
use crate::error::{Error, Result};
use crate::output::stream::{self, recycle, Cell, RowWriter};
use crate::output::xlsx::{Book, Hint};
use crate::register::export::{self as rx, Table};
use crate::register::Register;
use crate::report::simfoni;
use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::Path;

const BUFFER: usize = 64 * 1024;

pub fn run(ctx: &Ctx, a: ExportArgs) -> Result<()> {
    if a.office.is_some() && a.table == ExportTable::Audit {
        return Err(Error::Usage(
            crate::text::t(
                "--office is not for `kasus export audit`: the audit trail is this register's own chain (every office's rows changed here)",
                "--office bukan untuk `kasus export audit`: jejak audit adalah rantai register ini sendiri (semua baris kantor yang diubah di sini)",
            )
            .into(),
        ));
    }
    let ctx = &ctx.office(a.office.as_deref());
    if a.period.is_some() && a.table != ExportTable::Simfoni {
        return Err(Error::Usage(
            crate::text::t(
                "--period is for `kasus export simfoni`; for a table use --since TIME",
                "--period hanya untuk `kasus export simfoni`; untuk tabel pakai --since WAKTU",
            )
            .into(),
        ));
    }
    let xlsx = a.format == ExportFormat::Xlsx;
    crate::output::xlsx::check_out(xlsx, a.out.as_deref())?;
    // `--columns`: checked against the table's columns before anything is read.
    let pick = if a.columns.is_empty() {
        None
    } else {
        let (name, all): (&str, Vec<&str>) = match table(a.table) {
            Some(t) => (t.name, t.columns.iter().map(|c| c.name).collect()),
            None => ("simfoni", simfoni::COLUMNS.iter().map(|c| c.0).collect()),
        };
        Some(crate::report::pick_columns(name, &all, &a.columns).map_err(Error::Usage)?)
    };
    if let Some(out) = &a.out {
        ctx.check_output("--out", out, &[])?;
    }
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let since = a
        .since
        .as_deref()
        .map(|s| resolve::query_time("--since", s, zone, ctx.now).map(clock::to_db))
        .transpose()?;
    // A period (the reports' own) is always bounded: [from, to) in stored UTC text.
    let period = a
        .period
        .as_deref()
        .map(|p| crate::report::period::parse_period(p, ctx.now, zone).map_err(Error::Invalid))
        .transpose()?
        .map(|p| p.db_bounds())
        .unwrap_or_default();
    let pseudo = if a.deidentify {
        let secret = rx::deidentify_secret(&mut reg, &ctx.now_db(), &ctx.actor)?;
        Some(Pseudo {
            secret,
            staff: rx::staff_names(&reg)?,
        })
    } else {
        None
    };
    let job = Job {
        table: a.table,
        format: a.format,
        zone,
        since,
        period,
        pseudo,
        pick,
    };
    match &a.out {
        None => {
            let err = |e: io::Error| Error::io("<stdout>", e);
            // Not stdout's lock: the rows may be written on a second thread (`Job::csv_rows`).
            let w = BufWriter::with_capacity(BUFFER, io::stdout());
            let w = job.write(&reg, w, &err)?;
            // into_inner flushes and returns the error instead of swallowing it on drop; then
            // stdout's own line buffer is flushed too.
            let mut out = w.into_inner().map_err(|e| err(e.into_error()))?;
            out.flush().map_err(err)
        }
        Some(path) => {
            if xlsx {
                // The rows go to the workbook's temporary files (in FILE's folder, unnamed),
                // then the workbook into FILE whole.
                let mut book = Book::for_out(path, zone)?;
                job.write_xlsx(&reg, &mut book)?;
                return crate::files::write_out_with(path, |file| {
                    book.save(BufWriter::with_capacity(BUFFER, file), path)
                });
            }
            write_atomically(path, |w, err| job.write(&reg, w, err))
        }
    }
}

/// What to export, read once from the arguments and the register.
struct Job {
    table: ExportTable,
    format: ExportFormat,
    zone: Zone,
    since: Option<String>,
    /// The Simfoni sheet's period, [from, to) (stored UTC text; unbounded without --period).
    period: (Option<String>, Option<String>),
    pseudo: Option<Pseudo>,
    /// `--columns`: the positions kept, in their order (None: every column).
    pick: Option<Vec<usize>>,
}

impl Job {
    /// The de-identification secret (`--deidentify`), which the queries' pseudonyms are keyed with.
    fn secret(&self) -> Option<&[u8]> {
        self.pseudo.as_ref().map(|p| p.secret.as_slice())
    }

    /// The columns kept of `all` (`--columns`), in their order.
    fn picked<T: Clone>(&self, all: &[T]) -> Vec<T> {
        match &self.pick {
            Some(idx) => idx.iter().map(|&i| all[i].clone()).collect(),
            None => all.to_vec(),
        }
    }

    /// A row's cells, only the columns kept.
    fn pick_row<'a>(&self, row: &mut Vec<Cell<'a>>) {
        if let Some(idx) = &self.pick {
            *row = idx
                .iter()
                .map(|&i| row.get(i).cloned().unwrap_or(Cell::Null))
                .collect();
        }
    }

    fn format(&self) -> stream::Format {
        match self.format {
            ExportFormat::Csv => stream::Format::Csv,
            ExportFormat::Json => stream::Format::Json,
            ExportFormat::Ndjson => stream::Format::Ndjson,
            // A workbook is written by `write_xlsx`; `run` never streams one as text.
            ExportFormat::Xlsx => stream::Format::Csv,
        }
    }

    /// Streams the Simfoni sheet's rows, only the columns kept, into `sink`, each with the case
    /// it is of. The one loop behind the workbook and the text formats.
    fn simfoni_rows(
        &self,
        reg: &Register,
        mut sink: impl FnMut(&rx::SimfoniCase, &[Cell]) -> Result<()>,
    ) -> Result<()> {
        let (from, to) = (self.period.0.as_deref(), self.period.1.as_deref());
        rx::simfoni(reg, self.secret(), from, to, self.since.as_deref(), |c| {
            let row = simfoni::row(c, self.zone, self.pseudo.as_ref());
            let mut cells: Vec<Cell> = row.into_iter().map(Cell::from).collect();
            self.pick_row(&mut cells);
            sink(c, &cells)
        })
    }

    /// Streams `table`'s rows, only the columns kept, into `sink`. The one loop behind the
    /// workbook and the text formats.
    fn table_rows(
        &self,
        reg: &Register,
        table: &'static Table,
        mut sink: impl FnMut(&[Cell]) -> Result<()>,
    ) -> Result<()> {
        let conv = Converter::new(table, self.zone, self.pseudo.as_ref());
        let mut cells: Vec<Cell<'static>> = Vec::with_capacity(table.columns.len());
        rx::stream(reg, table, self.secret(), self.since.as_deref(), |raw| {
            // One vector for every row: each row's cells borrow that row only.
            let mut row = recycle(std::mem::take(&mut cells));
            conv.fill(raw, &mut row);
            self.pick_row(&mut row);
            sink(&row)?;
            cells = recycle(row);
            Ok(())
        })
    }

    /// Streams the rows into a workbook: one sheet named after the table, the CSV's header and
    /// cells (typed: see `output::xlsx`); the Simfoni sheet headed by Simfoni's own labels,
    /// with a second sheet, `kode`, of the codes its labels stand for.
    fn write_xlsx(&self, reg: &Register, book: &mut Book) -> Result<()> {
        match self.table {
            ExportTable::Simfoni => {
                let header: Vec<&str> = simfoni::COLUMNS.iter().map(|c| c.1).collect();
                let hints: Vec<Hint> = simfoni::COLUMNS
                    .iter()
                    .map(|c| match c.0 {
                        "reported_date" | "incident_date" => Hint::Date,
                        k if crate::output::xlsx::is_identifier(k) => Hint::Id,
                        _ => Hint::Plain,
                    })
                    .collect();
                let mut used = BTreeSet::new();
                let mut page =
                    book.sheet("simfoni", &self.picked(&header), &self.picked(&hints))?;
                self.simfoni_rows(reg, |c, cells| {
                    simfoni::codes_used(c, &mut used);
                    page.row(cells)
                })?;
                page.finish()?;
                let mut codes = book.sheet("kode", &simfoni::CODES_HEADER, &[])?;
                for r in simfoni::code_rows(&used) {
                    let cells: Vec<Cell> = r.iter().map(|s| Cell::Text((*s).into())).collect();
                    codes.row(&cells)?;
                }
                codes.finish()
            }
            t => {
                let table = table(t).expect("a table");
                let names: Vec<&'static str> = table.columns.iter().map(|c| c.name).collect();
                let hints: Vec<Hint> = table
                    .columns
                    .iter()
                    .map(|c| match c.kind {
                        rx::Kind::Date => Hint::Date,
                        rx::Kind::Time => Hint::Time,
                        rx::Kind::Int | rx::Kind::Text
                            if crate::output::xlsx::is_identifier(c.name) =>
                        {
                            Hint::Id
                        }
                        _ => Hint::Plain,
                    })
                    .collect();
                let mut page =
                    book.sheet(table.name, &self.picked(&names), &self.picked(&hints))?;
                self.table_rows(reg, table, |row| page.row(row))?;
                page.finish()
            }
        }
    }

    /// Streams the rows into `w`; returns it (not yet flushed to the end) when all are written.
    fn write<W: Write + Send>(&self, reg: &Register, w: W, err: &WriteErr<'_>) -> Result<W> {
        match self.table {
            ExportTable::Simfoni => {
                let names: Vec<&'static str> = simfoni::COLUMNS.iter().map(|c| c.0).collect();
                let mut out =
                    RowWriter::begin(self.format(), self.picked(&names), w).map_err(err)?;
                self.simfoni_rows(reg, |_, cells| out.row(cells).map_err(err))?;
                out.finish().map_err(err)
            }
            t => {
                let table = table(t).expect("a table");
                let names: Vec<&'static str> = table.columns.iter().map(|c| c.name).collect();
                let mut out =
                    RowWriter::begin(self.format(), self.picked(&names), w).map_err(err)?;
                if self.format == ExportFormat::Csv {
                    let w = out.finish().map_err(err)?;
                    return self.csv_rows(reg, table, w, err);
                }
                self.table_rows(reg, table, |row| out.row(row).map_err(err))?;
                out.finish().map_err(err)
            }
        }
    }

    /// A table's CSV rows (after the header), each written straight from the row read into
    /// one reused line (`Converter::csv_row`), without building cells: the same bytes as
    /// [`Job::table_rows`] through `RowWriter`. The rows are read on this thread and written on
    /// a second one (`output::pipe`): SQLite's stepping and the formatting each take about half
    /// of a large export's time.
    fn csv_rows<W: Write + Send>(
        &self,
        reg: &Register,
        table: &'static Table,
        w: W,
        err: &WriteErr<'_>,
    ) -> Result<W> {
        let conv = Converter::new(table, self.zone, self.pseudo.as_ref());
        let mut line = Vec::with_capacity(1024);
        let mut scratch = String::new();
        let pick = self.pick.as_deref();
        crate::output::pipe::run(
            table.columns.len(),
            w,
            |feed| {
                rx::stream_refs(reg, table, self.secret(), self.since.as_deref(), |refs| {
                    // The writer stopped: its error is the one returned.
                    feed.push(refs)
                        .map_err(|_| Error::Other("the export's writer stopped".into()))
                })
            },
            |w, refs| {
                line.clear();
                conv.csv_row(refs, pick, &mut line, &mut scratch);
                w.write_all(&line).map_err(err)
            },
        )
    }
}

/// How a write's error is told: the file (or `<stdout>`) it was written to.
type WriteErr<'a> = dyn Fn(io::Error) -> Error + Sync + 'a;

/// The register table an export reads (the Simfoni sheet is a query of its own).
pub fn table(t: ExportTable) -> Option<&'static Table> {
    Some(match t {
        ExportTable::Cases => &rx::CASES,
        ExportTable::Persons => &rx::PERSONS,
        ExportTable::Steps => &rx::STEPS,
        ExportTable::Consents => &rx::CONSENTS,
        ExportTable::Assignments => &rx::ASSIGNMENTS,
        ExportTable::Services => &rx::SERVICES,
        ExportTable::Referrals => &rx::REFERRALS,
        ExportTable::Audit => &rx::AUDIT,
        ExportTable::Simfoni => return None,
    })
}

// ---------------------------------------------------------------- the file

/// Writes FILE atomically (`files::write_atomically`): a temporary file in the same folder
/// (0600), flushed and fsynced, renamed over FILE only when complete. On any error the temporary
/// file is removed and an existing FILE is untouched. A symbolic link is followed (its target is
/// replaced, the link kept). An existing FILE that is not a regular file (a device such as
/// /dev/null, a FIFO) is written directly: there is nothing to replace, and renaming over it
/// would replace the device.
fn write_atomically(
    path: &Path,
    f: impl FnOnce(BufWriter<File>, &WriteErr<'_>) -> Result<BufWriter<File>>,
) -> Result<()> {
    let err = |e: io::Error| Error::io(path, e);
    let target = crate::files::out_target(path)?;
    if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let file = OpenOptions::new().write(true).open(path).map_err(err)?;
        let w = f(BufWriter::with_capacity(BUFFER, file), &err)?;
        let mut file = w.into_inner().map_err(|e| err(e.into_error()))?;
        return file.flush().map_err(err);
    }
    if target.file_name().is_none() {
        return Err(Error::Invalid(crate::tr!(
            "--out {}: give a file name",
            "--out {}: beri nama berkas",
            path.display()
        )));
    }
    crate::files::write_atomically(&target, true, |file, _| {
        let w = f(BufWriter::with_capacity(BUFFER, file), &err)?;
        w.into_inner().map_err(|e| err(e.into_error()))?;
        Ok(())
    })
}

/// An export only reads: it needs an existing register.
pub fn reads_only(_: &crate::cli::ExportArgs) -> bool {
    true
}
