//! Consent events: given, refused, withdrawn. Append-only, so that later scopes (recipients,
//! expiry) come as fields, and the state at any time can be read back.

use super::cases::CaseRow;
use crate::clock;
use crate::error::Result;
use crate::flow::{ConsentEvent, ConsentKind};
use rusqlite::{params, Connection};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ConsentRow {
    pub uuid: String,
    pub kind: String,
    pub given_by: Option<String>,
    pub relation: Option<String>,
    pub scopes: Vec<String>,
    pub method: Option<String>,
    pub form_ref: Option<String>,
    pub at: String,
    pub recorded_by: String,
}

impl ConsentRow {
    pub fn event(&self) -> Option<ConsentEvent> {
        Some(ConsentEvent {
            kind: match self.kind.as_str() {
                "given" => ConsentKind::Given,
                "refused" => ConsentKind::Refused,
                "withdrawn" => ConsentKind::Withdrawn,
                _ => return None,
            },
            relation: self.relation.clone(),
            scopes: self.scopes.clone(),
            at: clock::from_db(&self.at)?,
        })
    }
}

pub struct NewConsent<'a> {
    pub kind: &'a str,
    pub given_by: Option<&'a str>,
    pub relation: Option<&'a str>,
    pub scopes: &'a [String],
    pub method: Option<&'a str>,
    pub form_ref: Option<&'a str>,
    pub at: &'a str,
}

pub fn list(conn: &Connection, case_id: i64) -> Result<Vec<ConsentRow>> {
    let sql = "SELECT uuid, kind, given_by, relation, scopes, method, form_ref, at, recorded_by
         FROM consents WHERE case_id = ?1 ORDER BY at, id";
    super::all(conn, sql, [case_id], |r| {
        Ok(ConsentRow {
            uuid: r.get(0)?,
            kind: r.get(1)?,
            given_by: r.get(2)?,
            relation: r.get(3)?,
            scopes: super::split_list(r.get(4)?),
            method: r.get(5)?,
            form_ref: r.get(6)?,
            at: r.get(7)?,
            recorded_by: r.get(8)?,
        })
    })
}

/// The consent operations as the commands call them.
impl super::Register {
    /// The consent events of a case, in time order.
    pub fn consents(&self, case_id: i64) -> Result<Vec<ConsentRow>> {
        list(self.conn(), case_id)
    }

    /// Records a consent event (given, refused, withdrawn), in one write.
    pub fn record_consent(
        &mut self,
        case: &CaseRow,
        c: &NewConsent,
        now: &str,
        actor: &str,
    ) -> Result<()> {
        self.write(|tx| {
            let uuid = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO consents (uuid, case_id, kind, given_by, relation, scopes, method, form_ref, at, recorded_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![uuid, case.id, c.kind, c.given_by, c.relation, c.scopes.join(","), c.method, c.form_ref, c.at, actor, now],
            )?;
            let action = format!("consent.{}", c.kind);
            let details = serde_json::json!({"consent": uuid, "scopes": c.scopes, "relation": c.relation, "at": c.at});
            super::cases::changed(tx, case, now, actor, &action, details)
        })
    }
}
