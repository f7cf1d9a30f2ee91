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
    /// The attempts as stored, in the order they were recorded.
    pub rows: Vec<steps::AttemptRow>,
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
    let rows = steps::list(db.sqlite()?, case.id)?;
    let attempts = rows.iter().map(|r| r.flow()).collect();
    let consents = consents::list(db, case.id)?
        .iter()
        .filter_map(|c| c.event())
        .collect();
    let fingerprint = if fingerprinted {
        steps::fingerprint(db.sqlite()?, case.id)?
    } else {
        Fingerprint::default()
    };
    Ok(FlowCase {
        case: case.clone(),
        version,
        sop,
        rows,
        attempts,
        consents,
        fingerprint,
    })
}
