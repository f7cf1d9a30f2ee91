//! `kasus calendar`: show the resolved working hours of each day, export the calendar in force as
//! a file, import a file as a new version, and check the calendar in force; `recompute.rs`
//! measures finished attempts again with it. The file's rules live in `worktime::file`, the
//! days' in `worktime::office`; this module loads, asks, stores and prints.

mod recompute;

use super::Ctx;
use crate::cli::{CalendarCommand, Emit};
use crate::error::{Error, Result};
use crate::output;
use crate::register::calendars::Imported;
use crate::text::t;
use crate::tr;
use crate::worktime::office::Day;
use crate::worktime::{file, holidays, Office};
use chrono::{Datelike, Duration, NaiveDate};
use serde_json::json;
use std::io::Write;
use std::path::Path;

/// The longest span `calendar show` prints, in days.
pub const MAX_SHOW_DAYS: i64 = 366;

/// The span shown by default: this week and next.
const DEFAULT_DAYS: i64 = 14;

pub fn run(ctx: &Ctx, cmd: CalendarCommand) -> Result<()> {
    match cmd {
        CalendarCommand::Show { from, to, emit } => {
            show(ctx, from.as_deref(), to.as_deref(), &emit)
        }
        CalendarCommand::Export { out } => export(ctx, out.as_deref()),
        CalendarCommand::Import { file } => import(ctx, &file),
        CalendarCommand::Check { fail_if_any } => check(ctx, fail_if_any),
        CalendarCommand::Recompute {
            from,
            to,
            dry_run,
            format,
        } => recompute::run(
            ctx,
            recompute::Args {
                from: &from,
                to: to.as_deref(),
                dry_run,
                format,
            },
        ),
    }
}

/// Show, export and check only read, and recompute changes what is there: they need an
/// existing register.
pub fn reads_only(cmd: &CalendarCommand) -> bool {
    !matches!(cmd, CalendarCommand::Import { .. })
}

/// A date as people type it (`2026-03-02`, `02-03-2026`, `2 Maret 2026`: `when::date`).
fn date_arg(flag: &str, s: &str) -> Result<NaiveDate> {
    crate::when::date(s).ok_or_else(|| {
        let shown = crate::echo::shown(s, crate::echo::Shape::Code, t("a date", "tanggal"));
        Error::Invalid(tr!(
            "{flag} {shown}: not a date; write YYYY-MM-DD or DD-MM-YYYY, such as 2026-03-02",
            "{flag} {shown}: bukan tanggal; tulis YYYY-MM-DD atau DD-MM-YYYY, misalnya 2026-03-02"
        ))
    })
}

/// Refuses `--from` after `--to`.
fn in_order(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if from > to {
        return Err(Error::Invalid(tr!(
            "--from {from} is after --to {to}; swap them",
            "--from {from} sesudah --to {to}; tukar keduanya"
        )));
    }
    Ok(())
}

/// The dates to show: given, else this week (from its Monday) and next.
fn span(from: Option<&str>, to: Option<&str>, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let from = from.map(|s| date_arg("--from", s)).transpose()?;
    let to = to.map(|s| date_arg("--to", s)).transpose()?;
    let days = Duration::days(DEFAULT_DAYS - 1);
    let (from, to) = match (from, to) {
        (Some(f), Some(t)) => (f, t),
        (Some(f), None) => (f, f + days),
        (None, Some(t)) => (t - days, t),
        (None, None) => {
            let monday = today - Duration::days(today.weekday().num_days_from_monday().into());
            (monday, monday + days)
        }
    };
    in_order(from, to)?;
    let n = (to - from).num_days() + 1;
    if n > MAX_SHOW_DAYS {
        return Err(Error::Invalid(tr!(
            "{from} to {to} is {n} days; `calendar show` prints at most {MAX_SHOW_DAYS}: give a shorter span",
            "{from} sampai {to} adalah {n} hari; `calendar show` mencetak paling banyak {MAX_SHOW_DAYS}: beri rentang yang lebih pendek"
        )));
    }
    Ok((from, to))
}

fn weekday_text(d: NaiveDate) -> &'static str {
    let (en, id) = match d.weekday().num_days_from_monday() {
        0 => ("Mon", "Senin"),
        1 => ("Tue", "Selasa"),
        2 => ("Wed", "Rabu"),
        3 => ("Thu", "Kamis"),
        4 => ("Fri", "Jumat"),
        5 => ("Sat", "Sabtu"),
        _ => ("Sun", "Minggu"),
    };
    t(en, id)
}

fn minutes(day: &Day) -> u32 {
    day.hours.iter().map(|r| u32::from(r.end - r.start)).sum()
}

/// "Calendar: NAME (version N)" or "(built-in)", with its zone and clock.
fn heading(version: i64, office: &Office) -> String {
    // The built-in calendar's name says so ("Default office calendar").
    let v = if version == 0 {
        String::new()
    } else {
        tr!(" (version {version})", " (versi {version})")
    };
    let clock = if office.always {
        t("24/7 clock", "jam 24/7")
    } else {
        t("office clock", "jam kantor")
    };
    format!(
        "{}: {}{v}, {}, {clock}",
        t("Calendar", "Kalender"),
        office.name,
        office.zone.name()
    )
}

fn show(ctx: &Ctx, from: Option<&str>, to: Option<&str>, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let (version, office) = reg.office_calendar()?;
    let today = ctx.now.with_timezone(&office.zone.offset()).date_naive();
    let (from, to) = span(from, to, today)?;
    let cal = office.calendar();
    let days: Vec<Day> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .map(|d| office.day(&cal, d))
        .collect();
    let date = |d: &Day| d.date.format("%Y-%m-%d").to_string();
    if !sink.is_table() {
        // JSON: the calendar and its days; NDJSON: the days as in JSON; CSV: the days, their
        // hours as text.
        let keys = [
            "date",
            "weekday",
            "hours",
            "working_minutes",
            "why",
            "why_name",
        ];
        let mut sheet = crate::report::Sheet::list(
            "calendar-days",
            keys.iter()
                .map(|k| crate::report::col(k, k, crate::report::Kind::Text))
                .collect(),
        );
        let weekday = |d: &Day| file::DAYS[d.date.weekday().num_days_from_monday() as usize];
        let mut records = Vec::new();
        for d in &days {
            sheet.rows.push(vec![
                json!(date(d)),
                json!(weekday(d)),
                json!(file::hours_text(&d.hours)),
                json!(minutes(d)),
                json!(d.why.kind()),
                json!(d.why.name().unwrap_or_default()),
            ]);
            records.push(json!({
                "date": date(d),
                "weekday": weekday(d),
                "hours": d.hours.iter().map(|r| file::range_text(*r)).collect::<Vec<_>>(),
                "closed": d.hours.is_empty(),
                "working_minutes": minutes(d),
                "why": d.why.kind(),
                "why_name": d.why.name(),
            }));
        }
        sheet.document = Some(json!({
            "calendar": {"name": office.name, "version": version, "zone": office.zone.name(),
                         "clock": if office.always { "24/7" } else { "office" },
                         "holidays": office.holiday_sets},
            "days": records,
        }));
        sheet.records = Some(records);
        return sink.sheet(&sheet, office.zone);
    }
    let mut table = output::table(&[
        t("Date", "Tanggal"),
        t("Day", "Hari"),
        t("Hours", "Jam kerja"),
        t("Why", "Sebab"),
    ]);
    for d in &days {
        let hours = if d.hours.is_empty() {
            t("closed", "tutup").to_string()
        } else {
            file::hours_text(&d.hours)
        };
        table.add_row(vec![
            date(d),
            weekday_text(d.date).into(),
            hours,
            d.why.text(),
        ]);
    }
    sink.text(&format!(
        "{}\n{}",
        heading(version, &office),
        table.render(sink.width())
    ))
}

/// The calendar in force as a file: a stored version's text as imported (its comments kept),
/// else the built-in calendar written out.
fn export(ctx: &Ctx, out: Option<&Path>) -> Result<()> {
    if let Some(path) = out {
        ctx.check_output("--out", path, &[])?;
    }
    let reg = ctx.open()?;
    let text = match reg.latest_calendar()? {
        Some(v) => v.text,
        None => file::write(&Office::builtin_office(reg.zone()?)),
    };
    match out {
        None => {
            let mut o = std::io::stdout().lock();
            o.write_all(text.as_bytes())
                .and_then(|_| o.flush())
                .map_err(output::stdout_err)
        }
        Some(path) => {
            write_file(path, &text)?;
            output::print(&tr!(
                "wrote {} ({} bytes)",
                "menulis {} ({} bita)",
                path.display(),
                text.len()
            ))
        }
    }
}

/// Writes `--out` whole or not at all (`files::write_atomically`). A folder is refused; a
/// symbolic link is followed (its target replaced, the link kept).
fn write_file(path: &Path, text: &str) -> Result<()> {
    let target = crate::files::out_target(path)?;
    crate::files::write_atomically(&target, true, |mut file, _| {
        file.write_all(text.as_bytes())
            .and_then(|_| file.flush())
            .map_err(|e| Error::io(path, e))
    })
}

/// Reads a calendar file, refusing one over [`file::MAX_BYTES`] before reading it whole.
fn read(path: &Path) -> Result<String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::Invalid(tr!(
            "{}: not a regular file (a folder, a pipe or a device); give a calendar file (.toml)",
            "{}: bukan berkas biasa (folder, pipa atau perangkat); beri berkas kalender (.toml)",
            path.display()
        )));
    }
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    f.take(file::MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() > file::MAX_BYTES {
        let len = meta.len().max(bytes.len() as u64);
        return Err(Error::Invalid(format!(
            "{}: {}",
            path.display(),
            file::too_large(len)
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::Invalid(tr!(
            "{}: not UTF-8 text (bad byte at offset {}); save the file as UTF-8",
            "{}: bukan teks UTF-8 (bita salah pada posisi {}); simpan berkas sebagai UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Each problem on its own line of stderr, then the refusal (exit 3).
fn refuse(label: &str, problems: &[file::Problem], what: &str) -> Error {
    for p in problems {
        crate::say!("{label}: {p}");
    }
    let n = crate::text::count(problems.len() as u64, "problem", "problems", "masalah");
    Error::Invalid(tr!(
        "{label}: the calendar has {n}; {what}",
        "{label}: kalender memuat {n}; {what}"
    ))
}

fn import(ctx: &Ctx, path: &Path) -> Result<()> {
    let text = read(path)?;
    // The zone only fills a file that names none (and the import stores the text, not the
    // zone): any zone checks the file the same way, and a file with problems is refused before
    // the register is opened.
    let office = file::parse(&text, crate::clock::Zone::Wib).map_err(|problems| {
        refuse(
            &path.display().to_string(),
            &problems,
            t(
                "nothing was imported. Fix each line listed and import again",
                "tidak ada yang diimpor. Perbaiki setiap baris yang disebut lalu impor lagi",
            ),
        )
    })?;
    let mut reg = ctx.open()?;
    match reg.import_calendar(&office.name, &text, &ctx.now_db(), &ctx.actor)? {
        Imported::New(v) => output::print(&tr!(
            "imported calendar {} as version {v}",
            "kalender {} diimpor sebagai versi {v}",
            office.name
        )),
        Imported::Unchanged(v) => output::print(&tr!(
            "calendar version {v} is the same text: unchanged, nothing imported",
            "kalender versi {v} teksnya sama: tidak berubah, tidak ada yang diimpor"
        )),
    }
}

/// The calendar in force reads without problems; its holiday sets have an official list for
/// this year and next. Warnings go to stderr; exit 0, or 10 with `--fail-if-any`.
fn check(ctx: &Ctx, fail_if_any: bool) -> Result<()> {
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let (version, office) = match reg.latest_calendar()? {
        None => (0, Office::builtin_office(zone)),
        Some(v) => match file::parse(&v.text, zone) {
            Ok(o) => (v.version, o),
            Err(p) => {
                let label = tr!("calendar version {}", "kalender versi {}", v.version);
                return Err(refuse(
                    &label,
                    &p,
                    t(
                        "import a corrected file (`kasus calendar export`, edit, `kasus calendar import`)",
                        "impor berkas yang sudah diperbaiki (`kasus calendar export`, sunting, `kasus calendar import`)",
                    ),
                ));
            }
        },
    };
    let mut warnings = Vec::new();
    if !office.always && !office.holiday_sets.is_empty() {
        let this = ctx.now.with_timezone(&zone.offset()).year();
        for y in [this, this + 1] {
            match holidays::year(y) {
                Some(h) if h.status == holidays::Status::Official => {}
                Some(_) => warnings.push(tr!(
                    "the holidays of {y} are estimated, not yet the official list: update kasus when the joint decree (SKB) for {y} is out",
                    "hari libur {y} masih perkiraan, belum daftar resmi: perbarui kasus bila SKB {y} sudah terbit"
                )),
                None => warnings.push(tr!(
                    "kasus has no holidays for {y}: its holidays and cuti bersama are counted as working days; update kasus",
                    "kasus tidak memuat hari libur {y}: hari libur dan cuti bersamanya dihitung sebagai hari kerja; perbarui kasus"
                )),
            }
        }
    }
    for w in &warnings {
        crate::say!("{}: {w}", t("warning", "peringatan"));
    }
    output::print(&format!(
        "{}: {}",
        heading(version, &office),
        t("ok", "baik")
    ))?;
    if fail_if_any && !warnings.is_empty() {
        return Err(Error::Alert(crate::text::count(
            warnings.len() as u64,
            "calendar warning",
            "calendar warnings",
            "peringatan kalender",
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date as `YYYY-MM-DD`.
    pub(super) fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_span_defaults_to_this_week_and_next_and_is_limited() {
        // Wednesday 4 March 2026: from Monday 2 March to Sunday 15 March.
        let today = d("2026-03-04");
        assert_eq!(
            span(None, None, today).unwrap(),
            (d("2026-03-02"), d("2026-03-15"))
        );
        assert_eq!(
            span(Some("2026-01-01"), None, today).unwrap(),
            (d("2026-01-01"), d("2026-01-14"))
        );
        assert!(span(Some("2026-01-01"), Some("2026-12-31"), today).is_ok());
        assert!(span(Some("2026-01-01"), Some("2027-01-01"), today).is_ok());
        assert!(span(Some("2026-01-01"), Some("2027-01-02"), today).is_err());
        assert!(span(Some("2026-03-02"), Some("2026-03-01"), today).is_err());
        assert!(span(Some("2026-02-30"), None, today).is_err());
    }
}
