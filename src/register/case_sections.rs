//! Which of a case's optional sections hold rows (`case show`): one cheap query of EXISTS
//! probes, so that the full queries of the sections most cases leave empty (referrals,
//! corrections, pauses) are prepared and run only for the cases that have them.

use super::db::DbRef;
use crate::error::Result;

/// Whether a case has any referral, correction, or pause of a step attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sections {
    pub referrals: bool,
    pub corrections: bool,
    pub pauses: bool,
}

/// The probes of [`Sections`], each through an index that starts with the case
/// (`referrals_case`, `corrections_case`, the attempts' case index and `step_pauses_attempt`).
pub fn of_case<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Sections> {
    let sql = "SELECT EXISTS (SELECT 1 FROM referrals WHERE case_id = ?1),
             EXISTS (SELECT 1 FROM corrections WHERE case_id = ?1),
             EXISTS (SELECT 1 FROM step_pauses p JOIN step_attempts a ON a.id = p.attempt_id
                     WHERE a.case_id = ?1)";
    db.into().query_row(sql, [case_id], |r| {
        Ok(Sections {
            referrals: r.get(0)?,
            corrections: r.get(1)?,
            pauses: r.get(2)?,
        })
    })
}

impl super::Register {
    /// Which of a case's optional sections hold rows.
    pub fn case_sections(&self, case_id: i64) -> Result<Sections> {
        of_case(&self.db, case_id)
    }
}
