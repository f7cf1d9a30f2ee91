//! The register's side of `kasus step import`: in one write transaction (IMMEDIATE), the reads
//! every row is checked against (a case by key, its flow, a step's performer) and then the
//! backfilled attempts, all or nothing. A step recorded or a case closed by someone else
//! meanwhile is seen by the checks, not overwritten or duplicated.

use super::assignments::{self, Performer};
use super::bulk::{self, StepWriter};
use super::cases::CaseRow;
use super::flow_case::{self, FlowCase};
use super::steps::AttemptRecord;
use super::Register;
use crate::error::Result;
use crate::sop::{Sop, Step};
use rusqlite::Transaction;

/// The write transaction of one import, as the command sees it.
pub struct Backfill<'t> {
    tx: &'t Transaction<'t>,
    now: &'t str,
    actor: &'t str,
    writer: Option<StepWriter<'t>>,
}

impl<'t> Backfill<'t> {
    /// A case by number (case-insensitive), UUID or external_ref.
    pub fn case(&self, key: &str, by_external_ref: bool) -> Result<Option<CaseRow>> {
        bulk::case_by_key(self.tx, key, by_external_ref)
    }

    /// The case's SOP, attempts and consents, as this transaction sees them.
    pub fn flow_case(&self, case: &CaseRow) -> Result<FlowCase> {
        flow_case::read(self.tx, case)
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
        assignments::performer_in(self.tx, sop, case_id, step, by, at)
    }

    /// Writes one checked attempt, with the audit entries `kasus step` writes.
    pub fn write(&mut self, case: &CaseRow, a: &AttemptRecord) -> Result<()> {
        if self.writer.is_none() {
            self.writer = Some(StepWriter::new(self.tx, self.now, self.actor)?);
        }
        match &mut self.writer {
            Some(w) => w.insert(case, a),
            None => Ok(()),
        }
    }
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
    reg.write_or_rehearse(commit, |tx| {
        let mut b = Backfill {
            tx,
            now,
            actor,
            writer: None,
        };
        f(&mut b)
    })
}
