//! Corrections (issue 14): a correction changes the row it corrects and keeps here, one row per
//! field, the value before and after, the reason and who made it, so that the original and every
//! correction stay visible. The fields of one correction share an `event` (the UUID also named in
//! its audit entry). Values are personal data: they stay in this table, never in audit details
//! (the chain covers them through the row hashes, `register::rowhash`).

use super::db::DbRef;
use crate::error::Result;
use rusqlite::params;
use serde::Serialize;

/// One field changed by a correction.
#[derive(Debug, Clone, Serialize)]
pub struct CorrectionRow {
    pub event: String,
    /// `case`, `person`, `violence`, `step` or `consent`.
    pub target: String,
    /// The id of the row corrected; `None` for the case itself and its violence types.
    pub target_id: Option<i64>,
    pub field: String,
    /// For a person's correction, the person's role (victim, complainant, perpetrator): from
    /// the person, or, for one removed, from the correction that removed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: String,
    pub at: String,
    pub recorded_by: String,
}

/// What one correction changes, field by field, before it is written.
pub struct Change<'a> {
    pub target: &'a str,
    pub target_id: Option<i64>,
    pub field: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
}

/// Writes the fields of one correction (one `event`), in the caller's transaction.
pub fn record<'a>(
    tx: impl Into<super::db::DbRef<'a>>,
    event: &str,
    case_id: i64,
    changes: &[Change],
    reason: &str,
    at: &str,
    by: &str,
) -> Result<()> {
    let tx = tx.into();
    for c in changes {
        tx.execute(
            "INSERT INTO corrections (uuid, event, case_id, target, target_id, field, before, after,
             reason, at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                super::new_uuid(),
                event,
                case_id,
                c.target,
                c.target_id,
                c.field,
                c.before,
                c.after,
                reason,
                at,
                by
            ],
        )?;
    }
    Ok(())
}

/// Every correction of a case, oldest first.
pub fn for_case<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Vec<CorrectionRow>> {
    let sql = "SELECT c.event, c.target, c.target_id, c.field, c.before, c.after, c.reason, c.at,
             c.recorded_by,
             CASE WHEN c.target = 'person' THEN coalesce(
                 (SELECT p.role FROM persons p WHERE p.id = c.target_id),
                 (SELECT coalesce(r.before, r.after) FROM corrections r
                  WHERE r.target = 'person' AND r.target_id = c.target_id AND r.field = 'role'
                  ORDER BY r.id DESC LIMIT 1)) END
         FROM corrections c WHERE c.case_id = ?1 ORDER BY c.id";
    db.into().all(sql, [case_id], |r| {
        Ok(CorrectionRow {
            event: r.get(0)?,
            target: r.get(1)?,
            target_id: r.get(2)?,
            field: r.get(3)?,
            before: r.get(4)?,
            after: r.get(5)?,
            reason: r.get(6)?,
            at: r.get(7)?,
            recorded_by: r.get(8)?,
            role: r.get(9)?,
        })
    })
}

impl super::Register {
    /// Every correction of a case, oldest first.
    pub fn corrections(&self, case_id: i64) -> Result<Vec<CorrectionRow>> {
        for_case(&self.db, case_id)
    }
}
