//! `kasus calendar recompute --from DATE [--to DATE] [--dry-run]`: the finished attempts whose
//! finish or start lies in the period, measured again with the calendar in force by the rule
//! `step finish` uses (`steptime::remeasure`), stored in one audited write
//! (`Register::recompute`), and what changed printed: how many were examined and changed, and
//! each verdict that changed (case, step, before -> after).

use super::{date_arg, in_order};
use crate::cli::ShowFormat;
use crate::clock::{self, Zone};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output;
use crate::register::recompute::{Candidate, Change, Period, Recomputed};
use crate::steptime::{self, Remeasured};
use crate::text::{t, verdict_line};
use crate::timing::Clocks;
use crate::tr;
use chrono::{Duration, NaiveDate};
use serde_json::json;

/// The arguments of `calendar recompute`.
pub struct Args<'a> {
    pub from: &'a str,
    pub to: Option<&'a str>,
    pub dry_run: bool,
    pub format: ShowFormat,
}

/// The period's dates, checked: `--to` defaults to today; `--from` after `--to` is refused.
fn dates(from: &str, to: Option<&str>, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let from = date_arg("--from", from)?;
    let to = match to {
        Some(s) => date_arg("--to", s)?,
        None => today.max(from),
    };
    in_order(from, to)?;
    Ok((from, to))
}

/// Midnight at the start of `d`, office time, in the stored form.
fn midnight(d: NaiveDate, zone: Zone) -> Result<String> {
    clock::parse_local(&d.format("%Y-%m-%d").to_string(), zone)
        .map(clock::to_db)
        .ok_or_else(|| Error::Invalid(tr!("{d}: out of range", "{d}: di luar jangkauan")))
}

/// The changes to store: every candidate whose figures, clock, standard or calendar version
/// differ when measured again (`measured`: each candidate's, in the same order; `None` when its
/// SOP no longer has its step).
fn plan(candidates: &[Candidate], measured: &[Option<Remeasured>]) -> Vec<Change> {
    candidates
        .iter()
        .zip(measured)
        .filter_map(|(c, m)| {
            let m = m.as_ref().filter(|m| m.changed())?;
            Some(Change {
                attempt_id: c.row.id,
                attempt_uuid: c.row.uuid.clone(),
                figures: m.after.figures,
                clock: m.clock,
                calendar_version: m.calendar_version,
                standard: m.after.standard,
                elapsed: (
                    m.before.figures.map_or(0, |f| f.elapsed_secs),
                    m.after.figures.elapsed_secs,
                ),
                verdict: (m.before.verdict.code(), m.after.verdict.code()),
            })
        })
        .collect()
}

pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let (from, to) = dates(a.from, a.to, clock::local_date(ctx.now, zone))?;
    let (from_db, to_db) = (
        midnight(from, zone)?,
        midnight(to + Duration::days(1), zone)?,
    );
    let period = Period {
        from: &from_db,
        to: &to_db,
    };
    // Each candidate measured again, inside the register's transaction, kept for printing.
    let mut measured: Vec<Option<Remeasured>> = Vec::new();
    let r = reg.recompute(
        &period,
        a.dry_run,
        &ctx.now_db(),
        &ctx.actor,
        |clocks: &Clocks, candidates: &[Candidate]| {
            measured = candidates
                .iter()
                .map(|c| steptime::remeasure(&c.row, c.step.as_deref()?, clocks, &c.pauses))
                .collect();
            plan(candidates, &measured)
        },
    )?;
    let shown = Shown {
        from,
        to,
        dry_run: a.dry_run,
        changed: r
            .candidates
            .iter()
            .zip(&measured)
            .filter_map(|(c, m)| Some((c, m.as_ref().filter(|m| m.changed())?)))
            .collect(),
        r: &r,
    };
    match a.format {
        ShowFormat::Json => shown.print_json(),
        ShowFormat::Table => shown.table(),
    }
}

/// What a run prints: its period and counts, and each attempt that changed.
struct Shown<'a> {
    from: NaiveDate,
    to: NaiveDate,
    dry_run: bool,
    r: &'a Recomputed,
    changed: Vec<(&'a Candidate, &'a Remeasured)>,
}

impl Shown<'_> {
    fn verdicts(&self) -> impl Iterator<Item = &(&Candidate, &Remeasured)> {
        self.changed.iter().filter(|(_, m)| m.verdict_changed())
    }

    /// `--format json` (documented in the README), written as it goes: a year's recompute may
    /// change a million attempts, and one JSON tree of them all would hold gigabytes. The head
    /// is pretty-printed; `attempts` holds one compact object a line.
    fn print_json(&self) -> Result<()> {
        use std::io::Write;
        let r = self.r;
        let head = json!({
            "from": self.from.to_string(),
            "to": self.to.to_string(),
            "dry_run": self.dry_run,
            "calendar": {"name": r.calendar_name, "version": r.calendar_version},
            "examined": r.candidates.len(),
            "changed": r.changes.len(),
            "verdicts_changed": self.verdicts().count(),
        });
        let head = serde_json::to_string_pretty(&head)
            .map_err(|e| crate::error::Error::Other(e.to_string()))?;
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let io = output::stdout_err;
        // The head without its closing brace, then the attempts, then the brace.
        let open = head.trim_end().trim_end_matches('}').trim_end();
        write!(out, "{open},\n  \"attempts\": [").map_err(io)?;
        for (i, (c, m)) in self.changed.iter().enumerate() {
            let item = json!({
                "case_number": c.case_number,
                "attempt_uuid": c.row.uuid,
                "step": c.row.step_number,
                "attempt": c.row.attempt,
                "before": {
                    "wall_secs": m.before.figures.map(|f| f.wall_secs),
                    "paused_secs": m.before.figures.map(|f| f.paused_secs),
                    "elapsed_secs": m.before.figures.map(|f| f.elapsed_secs),
                    "clock": m.before.clock,
                    "calendar_version": m.before.calendar_version,
                    "verdict": m.before.verdict.code(),
                },
                "after": {
                    "wall_secs": m.after.figures.wall_secs,
                    "paused_secs": m.after.figures.paused_secs,
                    "elapsed_secs": m.after.figures.elapsed_secs,
                    "clock": m.clock.as_str(),
                    "calendar_version": m.calendar_version,
                    "verdict": m.after.verdict.code(),
                },
                "verdict_changed": m.verdict_changed(),
            });
            write!(out, "{}\n    ", if i == 0 { "" } else { "," }).map_err(io)?;
            serde_json::to_writer(&mut out, &item).map_err(|e| io(std::io::Error::from(e)))?;
        }
        let close = if self.changed.is_empty() { "" } else { "\n  " };
        writeln!(out, "{close}]\n}}").map_err(io)?;
        out.flush().map_err(io)
    }

    /// The counts, a table of the verdicts that changed (before -> after), what was done.
    fn table(&self) -> Result<()> {
        let (r, from, to) = (self.r, self.from, self.to);
        let (examined, changed) = (r.candidates.len(), r.changes.len());
        // The built-in calendar's name says so ("Default office calendar").
        let calendar = if r.calendar_version == 0 {
            r.calendar_name.to_string()
        } else {
            tr!(
                "{} (version {})",
                "{} (versi {})",
                r.calendar_name,
                r.calendar_version
            )
        };
        let examined = crate::text::count(
            examined as u64,
            "finished attempt examined",
            "finished attempts examined",
            "langkah selesai diperiksa",
        );
        let verdicts = crate::text::count(
            self.verdicts().count() as u64,
            "verdict changed",
            "verdicts changed",
            "penilaian berubah",
        );
        output::print(&tr!(
            "{from} to {to}, calendar {calendar}: {examined}, {changed} changed, {verdicts}",
            "{from} sampai {to}, kalender {calendar}: {examined}, {changed} berubah, {verdicts}"
        ))?;
        if self.verdicts().next().is_some() {
            let mut table = output::table(&[
                t("Case", "Kasus"),
                t("Step", "Langkah"),
                t("Before", "Sebelum"),
                t("After", "Sesudah"),
            ]);
            for (c, m) in self.verdicts() {
                let before = m.before.figures.map_or(0, |f| f.elapsed_secs);
                let (min, max) = m.before.standard;
                let after = &m.after;
                let (new_min, new_max) = after.standard;
                table.add_row(vec![
                    c.case_number.clone(),
                    format!("{} ({})", c.row.step_number, c.row.attempt),
                    verdict_line(before, min, max, m.before.verdict),
                    verdict_line(after.figures.elapsed_secs, new_min, new_max, after.verdict),
                ]);
            }
            output::print(&table.to_string())?;
        }
        output::print(if self.dry_run {
            t(
                "dry run: nothing was written",
                "uji coba: tidak ada yang ditulis",
            )
        } else if changed == 0 {
            t("nothing changed", "tidak ada yang berubah")
        } else {
            t(
                "the new figures are stored (audit: calendar.recompute)",
                "angka baru disimpan (audit: calendar.recompute)",
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::d;
    use super::*;

    #[test]
    fn the_period_is_checked_and_runs_to_today_by_default() {
        let today = d("2026-03-04");
        assert_eq!(
            dates("2026-03-01", None, today).unwrap(),
            (d("2026-03-01"), today)
        );
        assert_eq!(
            dates("2026-03-01", Some("2026-03-02"), today).unwrap(),
            (d("2026-03-01"), d("2026-03-02"))
        );
        // A --from after today alone is an empty period, not an error.
        assert_eq!(
            dates("2026-04-01", None, today).unwrap(),
            (d("2026-04-01"), d("2026-04-01"))
        );
        assert!(dates("2026-03-02", Some("2026-03-01"), today).is_err());
        assert!(dates("2026-02-30", None, today).is_err());
        // Day first, as people write it.
        assert_eq!(dates("01-03-2026", None, today).unwrap().0, d("2026-03-01"));
        assert!(dates("31-02-2026", None, today).is_err());
    }
}
