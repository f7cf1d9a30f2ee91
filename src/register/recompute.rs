//! `calendar recompute`: the finished attempts of a period measured again with the office
//! calendar in force. A finished attempt keeps the figures it was judged by when the calendar
//! changes later; this is the one way to change them, on request. What changes is decided by
//! the caller (`steptime::remeasure`, the rule `step finish` uses); this module reads the
//! attempts, their pauses and their SOP steps, and stores the new figures, all inside one
//! IMMEDIATE transaction (a dry run reads the same in one snapshot and writes nothing).
//!
//! Audited as one entry per run (`calendar.recompute`, no case): a run is one decision by one
//! person under one calendar version, all or nothing, and may touch thousands of attempts over
//! a year; the entry names every attempt it changed (by UUID, with its effective seconds and
//! verdict before and after), so each change can be traced without an entry per attempt.
//! A run that changes nothing writes nothing, not even an audit entry.

use super::db::DbRef;
use super::steps::{self, AttemptRow};
use super::{audit, calendars, pauses, sops, Register};
use crate::error::Result;
use crate::sop::{Clock, Step};
use crate::timing::{Clocks, Figures, Pause};
use rusqlite::params;
use std::collections::hash_map::{Entry, HashMap};
use std::rc::Rc;

/// A finished attempt whose finish or start lies in the period.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub case_number: String,
    pub row: AttemptRow,
    /// The step as its case's SOP version writes it (its clock and standard); `None` when the
    /// SOP has no such step (then the attempt is left as it is). Shared by every attempt of
    /// that step: a year's attempts hold a handful of steps, not a copy each.
    pub step: Option<Rc<Step>>,
    /// The attempt's pauses.
    pub pauses: Vec<Pause>,
}

/// New figures for one attempt, and what they replace (for the audit entry).
#[derive(Debug, Clone)]
pub struct Change {
    pub attempt_id: i64,
    pub attempt_uuid: String,
    pub figures: Figures,
    pub clock: Clock,
    pub calendar_version: i64,
    /// The standard as judged, in the clock's seconds.
    pub standard: (Option<u64>, Option<u64>),
    /// Effective seconds before and after.
    pub elapsed: (u64, u64),
    /// Verdict codes before and after.
    pub verdict: (&'static str, &'static str),
}

/// What a run read and decided.
pub struct Recomputed {
    pub candidates: Vec<Candidate>,
    pub changes: Vec<Change>,
    /// The office calendar version the attempts were measured with (0: built-in).
    pub calendar_version: i64,
    pub calendar_name: String,
}

/// The period `[from, to)` in the stored form (UTC text).
pub struct Period<'a> {
    pub from: &'a str,
    pub to: &'a str,
}

/// This office's own attempts only (`origin IS NULL`): another office's, brought by its bundle,
/// were judged on its own calendar and are theirs to change (recomputed here, they would stand
/// as conflicts with its next bundle).
const IN_PERIOD: &str = "a.status = 'finished' AND a.origin IS NULL
    AND ((a.finished_at >= ?1 AND a.finished_at < ?2)
         OR (a.started_at >= ?1 AND a.started_at < ?2))";

/// The finished attempts of the period with their case number, SOP step and pauses, in the
/// order they were recorded.
fn candidates(db: DbRef, p: &Period) -> Result<Vec<Candidate>> {
    let sql = format!(
        "SELECT {}, c.number, c.sop_version_id FROM step_attempts a
         JOIN cases c ON c.id = a.case_id WHERE {IN_PERIOD} ORDER BY a.id",
        steps::ATTEMPT_COLUMNS
    );
    let rows = db.all(&sql, params![p.from, p.to], |r| {
        Ok((
            steps::attempt_at(r, 0)?,
            r.get::<String>(20)?,
            r.get::<i64>(21)?,
        ))
    })?;
    let sql = format!(
        "SELECT {} FROM step_pauses p WHERE p.attempt_id IN
            (SELECT a.id FROM step_attempts a WHERE {IN_PERIOD})
         ORDER BY p.attempt_id, p.paused_at, p.id",
        pauses::COLUMNS
    );
    let pause_rows = db.all(&sql, params![p.from, p.to], |r| pauses::row(r))?;
    let mut sop_of: HashMap<i64, crate::sop::Sop> = HashMap::new();
    let mut step_of: HashMap<(i64, u32), Option<Rc<Step>>> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for (row, case_number, sop_version_id) in rows {
        let step = match step_of.entry((sop_version_id, row.step_number)) {
            Entry::Occupied(e) => e.get().clone(),
            Entry::Vacant(e) => {
                let sop = match sop_of.entry(sop_version_id) {
                    Entry::Occupied(e) => e.into_mut(),
                    Entry::Vacant(e) => e.insert(sops::by_id(db, sop_version_id)?.sop()?),
                };
                e.insert(sop.step(row.step_number).cloned().map(Rc::new))
                    .clone()
            }
        };
        out.push(Candidate {
            pauses: pauses::spans(&pause_rows, row.id),
            case_number,
            step,
            row,
        });
    }
    Ok(out)
}

/// Stores the changes and their one audit entry, inside the caller's write.
fn store(tx: DbRef, p: &Period, r: &Recomputed, now: &str, actor: &str) -> Result<()> {
    for c in &r.changes {
        tx.execute(
            "UPDATE step_attempts SET elapsed_secs = ?2, wall_secs = ?3, paused_secs = ?4, clock = ?5,
            calendar_version = ?6, standard_min_secs = ?7, standard_max_secs = ?8, updated_at = ?9
         WHERE id = ?1 AND status = 'finished'",
            params![
            c.attempt_id,
            c.figures.elapsed_secs,
            c.figures.wall_secs,
            c.figures.paused_secs,
            c.clock.as_str(),
            c.calendar_version,
            c.standard.0,
            c.standard.1,
            now,
            ],
        )?;
    }
    let attempts: Vec<serde_json::Value> = r
        .changes
        .iter()
        .map(|c| {
            serde_json::json!({"attempt": c.attempt_uuid,
                               "elapsed_secs": [c.elapsed.0, c.elapsed.1],
                               "verdict": [c.verdict.0, c.verdict.1]})
        })
        .collect();
    let verdicts = r.changes.iter().filter(|c| c.verdict.0 != c.verdict.1);
    audit::append(
        tx,
        now,
        actor,
        "calendar.recompute",
        None,
        &serde_json::json!({"from": p.from, "to": p.to,
                            "calendar_version": r.calendar_version,
                            "examined": r.candidates.len(),
                            "changed": r.changes.len(),
                            "verdicts_changed": verdicts.count(),
                            "attempts": attempts}),
    )?;
    Ok(())
}

/// Reads the period's candidates and the clocks in force, lets `plan` decide the changes, and
/// stores them (unless `dry_run`).
fn run(
    db: DbRef,
    p: &Period,
    plan: impl FnOnce(&Clocks, &[Candidate]) -> Vec<Change>,
) -> Result<Recomputed> {
    let (version, office) = calendars::office(db)?;
    let clocks = Clocks::new(office.calendar(), version);
    let candidates = candidates(db, p)?;
    let changes = plan(&clocks, &candidates);
    Ok(Recomputed {
        candidates,
        changes,
        calendar_version: clocks.version,
        calendar_name: office.name,
    })
}

impl Register {
    /// `calendar recompute`: in one IMMEDIATE write, the finished attempts whose finish or
    /// start lies in the period are read with the clocks in force, `plan` decides which change
    /// and how, and the changes are stored with one audit entry (none when nothing changed).
    /// A dry run reads the same in one snapshot and writes nothing.
    pub fn recompute(
        &mut self,
        p: &Period,
        dry_run: bool,
        now: &str,
        actor: &str,
        // Called again when a PostgreSQL server aborts the write and it is run again.
        mut plan: impl FnMut(&Clocks, &[Candidate]) -> Vec<Change>,
    ) -> Result<Recomputed> {
        if dry_run {
            return self.snapshot(|reg| run(reg.db.r(), p, plan));
        }
        self.change(|tx| {
            let r = run(tx, p, &mut plan)?;
            if !r.changes.is_empty() {
                store(tx, p, &r, now, actor)?;
            }
            Ok(r)
        })
    }
}
