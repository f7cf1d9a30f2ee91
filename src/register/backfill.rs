//! The register's side of `kasus step import`: in one write transaction (IMMEDIATE on SQLite;
//! under the register's lock on PostgreSQL), the reads every row is checked against (a case by
//! key, its flow, a step's performer) and then the backfilled attempts, all or nothing. A step
//! recorded or a case closed by someone else meanwhile is seen by the checks, not overwritten
//! or duplicated.

use super::assignments::{self, Performer};
use super::bulk::{self, StepWriter};
use super::cases::CaseRow;
use super::db::DbRef;
use super::flow_case::{self, FlowCase};
use super::steps::AttemptRecord;
use super::{audit, Register};
use crate::error::Result;
use crate::sop::{Sop, Step};
use rusqlite::{params, Transaction};

/// The write transaction of one import, as the command sees it.
pub struct Backfill<'t> {
    db: DbRef<'t>,
    /// SQLite's transaction, for the bulk writer's prepared statements (`bulk::StepWriter`);
    /// `None` on PostgreSQL, where each attempt is written by the neutral statements.
    tx: Option<&'t Transaction<'t>>,
    now: &'t str,
    actor: &'t str,
    writer: Option<StepWriter<'t>>,
}

impl<'t> Backfill<'t> {
    /// A case by number (case-insensitive), UUID or external_ref.
    pub fn case(&self, key: &str, by_external_ref: bool) -> Result<Option<CaseRow>> {
        bulk::case_by_key(self.db, key, by_external_ref)
    }

    /// The case's SOP, attempts and consents, as this transaction sees them.
    pub fn flow_case(&self, case: &CaseRow) -> Result<FlowCase> {
        flow_case::read(self.db, case)
    }

    /// Who performs a step, by the rule of `kasus step` (`assignments::performer`).
    pub fn performer(
        &self,
        sop: &Sop,
        case_id: i64,
        step: &Step,
        by: Option<&str>,
        at: Option<&str>,
    ) -> Result<Performer> {
        assignments::performer_in(self.db, sop, case_id, step, by, at)
    }

    /// Writes one checked attempt, with the audit entries `kasus step` writes.
    pub fn write(&mut self, case: &CaseRow, a: &AttemptRecord) -> Result<()> {
        let Some(tx) = self.tx else {
            return write_one(self.db, case, a, self.now, self.actor);
        };
        if self.writer.is_none() {
            self.writer = Some(StepWriter::new(tx, self.now, self.actor)?);
        }
        match &mut self.writer {
            Some(w) => w.insert(case, a),
            None => Ok(()),
        }
    }
}

/// One backfilled attempt written as `bulk::StepWriter` writes it on SQLite, by statements
/// either engine takes: the attempt, the case's `updated_at`, then its entries (step.skip; or
/// step.start, and step.finish for a finished one), the rows in the first.
fn write_one(db: DbRef, case: &CaseRow, a: &AttemptRecord, now: &str, actor: &str) -> Result<()> {
    let uuid = super::new_uuid();
    db.execute(
        super::steps::INSERT,
        super::steps::attempt_params!(uuid.as_str(), case.id, a, actor, now),
    )?;
    db.execute(
        "UPDATE cases SET updated_at = ?1 WHERE id = ?2",
        params![now, case.id],
    )?;
    let append = |action: &str, d: serde_json::Value| {
        audit::append(db, now, actor, action, Some(&case.uuid), &d).map(|_| ())
    };
    if a.status == "skipped" {
        let at = a.finished_at.or(a.started_at);
        return append(
            "step.skip",
            serde_json::json!({"attempt": uuid, "step": a.step_number, "n": a.attempt, "at": at}),
        );
    }
    append(
        "step.start",
        serde_json::json!({"attempt": uuid, "step": a.step_number, "n": a.attempt, "at": a.started_at}),
    )?;
    if a.status == "finished" {
        append(
            "step.finish",
            serde_json::json!({"attempt": uuid, "step": a.step_number, "n": a.attempt,
                               "outcome": a.outcome, "at": a.finished_at,
                               "elapsed_secs": a.figures.map(|f| f.elapsed_secs),
                               "wall_secs": a.figures.map(|f| f.wall_secs),
                               "paused_secs": a.figures.map(|f| f.paused_secs),
                               "clock": a.clock,
                               "calendar_version": a.calendar_version}),
        )?;
    }
    Ok(())
}

/// Runs `f` (the checks, then the writes) in one write transaction; an error from `f` writes
/// nothing, and without `commit` (a dry run) everything is rolled back at the end.
pub fn run<T>(
    reg: &mut Register,
    now: &str,
    actor: &str,
    commit: bool,
    f: impl FnOnce(&mut Backfill) -> Result<T>,
) -> Result<T> {
    if reg.engine() == super::db::Engine::Sqlite {
        return reg.write_or_rehearse(commit, |tx| {
            let mut b = Backfill {
                db: tx.into(),
                tx: Some(tx),
                now,
                actor,
                writer: None,
            };
            f(&mut b)
        });
    }
    // An import reads its file as it goes, and prints its bad rows: not run again.
    reg.change_or_rehearse(
        commit,
        super::server::once(|db| {
            let mut b = Backfill {
                db,
                tx: None,
                now,
                actor,
                writer: None,
            };
            f(&mut b)
        }),
    )
}
