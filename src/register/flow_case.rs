//! A case loaded for the flow core: the case, its SOP, its step attempts, its consents and the
//! fingerprint a write checks again. Read in one place for `kasus step`, `step import`,
//! `case show` and `report case`.

use super::db::DbRef;
use super::{cases::CaseRow, consents, sops, steps, Register};
use crate::error::Result;
use crate::flow::{Attempt, ConsentEvent};
use crate::sop::Sop;

/// What a step command read of a case before it decided (see `steps::fingerprint`).
pub type Fingerprint = (i64, Option<String>, i64, String);

/// A case with everything the flow core needs.
pub struct FlowCase {
    pub case: CaseRow,
    /// The stored SOP version the case follows (its code, version, text).
    pub version: sops::SopVersion,
    pub sop: Sop,
    /// The attempts as stored, in the order they were recorded, but the voided ones.
    pub rows: Vec<steps::AttemptRow>,
    /// The attempts voided as recorded by mistake (`kasus step void`), in the order recorded:
    /// shown by `case show` and `report case`, read by nothing that judges or moves the case.
    pub voided: Vec<steps::AttemptRow>,
    /// The same attempts as the flow core sees them.
    pub attempts: Vec<Attempt>,
    pub consents: Vec<ConsentEvent>,
    /// What was read, to check inside a write that nobody changed the case meanwhile.
    pub fingerprint: Fingerprint,
}

/// Loads a case for the flow. For one consistent read, call it inside `Register::snapshot`.
pub fn load(reg: &Register, case: &CaseRow) -> Result<FlowCase> {
    read(&reg.db, case)
}

/// The same for a command that only reads (`case show`): the fingerprint, which only a write
/// checks, is not read (its query cost more to prepare than the rest of the case's flow) and
/// is left empty, so such a `FlowCase` must never be handed to a write.
pub fn load_to_show(reg: &Register, case: &CaseRow) -> Result<FlowCase> {
    read_with(reg.db.r(), case, false)
}

/// The same, on a connection or a transaction of the register.
pub(super) fn read<'a>(db: impl Into<DbRef<'a>>, case: &CaseRow) -> Result<FlowCase> {
    read_with(db.into(), case, true)
}

fn read_with(db: DbRef, case: &CaseRow, fingerprinted: bool) -> Result<FlowCase> {
    let version = sops::by_id(db, case.sop_version_id)?;
    let sop = version.sop()?;
    // steps.rs takes a SQLite connection until it is written for both engines.
    let (voided, rows): (Vec<_>, Vec<_>) = steps::list(db, case.id)?
        .into_iter()
        .partition(|r| r.is_void());
    let attempts = rows.iter().map(|r| r.flow()).collect();
    let consents = consents::list(db, case.id)?
        .iter()
        .filter_map(|c| c.event())
        .collect();
    let fingerprint = if fingerprinted {
        steps::fingerprint(db, case.id)?
    } else {
        Fingerprint::default()
    };
    Ok(FlowCase {
        case: case.clone(),
        version,
        sop,
        rows,
        voided,
        attempts,
        consents,
        fingerprint,
    })
}

impl FlowCase {
    /// The number a new attempt of step `n` gets: after every attempt of it, the voided ones
    /// too (a number is never given twice).
    pub fn next_attempt(&self, n: u32) -> u32 {
        let voided = self
            .voided
            .iter()
            .filter(|r| r.step_number == n)
            .map(|r| r.attempt + 1);
        voided
            .max()
            .unwrap_or(0)
            .max(crate::flow::next_attempt(&self.attempts, n))
    }

    /// Every attempt in the order recorded, the voided ones among them (for showing the case).
    pub fn all_rows(&self) -> Vec<steps::AttemptRow> {
        let mut all: Vec<steps::AttemptRow> =
            self.rows.iter().chain(&self.voided).cloned().collect();
        all.sort_by_key(|r| r.id);
        all
    }
}
