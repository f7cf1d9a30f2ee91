//! Consent events: given, refused, withdrawn. Append-only, so that later scopes (recipients,
//! expiry) come as fields, and the state at any time can be read back.

use super::cases::CaseRow;
use super::corrections::Change;
use super::db::DbRef;
use crate::clock;
use crate::error::Result;
use crate::flow::{ConsentEvent, ConsentKind};
use rusqlite::params;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ConsentRow {
    #[serde(skip)]
    pub id: i64,
    /// The record's number in its case, in the order recorded (1, 2, ...): the ID `case show`
    /// and `consent list` print and `consent void --record` takes.
    pub record: i64,
    pub uuid: String,
    pub kind: String,
    pub given_by: Option<String>,
    pub relation: Option<String>,
    pub scopes: Vec<String>,
    pub method: Option<String>,
    pub form_ref: Option<String>,
    pub at: String,
    pub recorded_by: String,
    /// Voided as recorded by mistake: when, by whom, why (`consent void`). A void record is
    /// kept and shown, and the flow no longer reads it.
    pub voided_at: Option<String>,
    pub voided_by: Option<String>,
    pub void_reason: Option<String>,
    /// The recipient kinds a consent to share covers (empty: every kind).
    pub recipients: Vec<String>,
    /// The last day it holds (office date, YYYY-MM-DD), when it has one.
    pub until_date: Option<String>,
}

impl ConsentRow {
    /// The event as a referral's consent check reads it (`referral::share_state`), with the
    /// first instant after its last day in `zone`; `None` for a void record.
    pub fn share_event(&self, zone: clock::Zone) -> Option<crate::referral::ShareConsent> {
        let e = self.event()?;
        let ends = self.until_date.as_deref().and_then(|d| {
            let day = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
            let next = day.succ_opt()?;
            clock::parse_local(&next.format("%Y-%m-%d").to_string(), zone)
        });
        Some(crate::referral::ShareConsent {
            kind: e.kind,
            relation: e.relation,
            scopes: e.scopes,
            recipients: self.recipients.clone(),
            ends,
            at: e.at,
        })
    }

    /// The event as the flow reads it; `None` for a void record (or an unknown kind).
    pub fn event(&self) -> Option<ConsentEvent> {
        if self.voided_at.is_some() {
            return None;
        }
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
    /// The recipient kinds a consent to share covers (empty: every kind).
    pub recipients: &'a [String],
    /// Its last day (YYYY-MM-DD, office date).
    pub until_date: Option<&'a str>,
}

pub fn list<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Vec<ConsentRow>> {
    // The record number (the rank of its id in the case) is counted below, not by a window
    // function (`row_number() OVER (ORDER BY id)`), which cost more to prepare than the rest.
    let sql = "SELECT uuid, kind, given_by, relation, scopes, method, form_ref, at, recorded_by,
                id, 0, voided_at, voided_by, void_reason,
                recipients, until_date
         FROM consents WHERE case_id = ?1 ORDER BY at, id";
    let mut rows = db.into().all(sql, [case_id], |r| {
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
            id: r.get(9)?,
            record: r.get(10)?,
            voided_at: r.get(11)?,
            voided_by: r.get(12)?,
            void_reason: r.get(13)?,
            recipients: super::split_list(r.get(14)?),
            until_date: r.get(15)?,
        })
    })?;
    let mut ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    for c in &mut rows {
        c.record = ids.binary_search(&c.id).map_or(0, |i| i as i64 + 1);
    }
    Ok(rows)
}

/// `consent void`: the record to void, the gate attempts whose refusal it lifts (their outcome
/// becomes `done`), and the correction's reason.
pub struct Void<'a> {
    pub record: &'a ConsentRow,
    pub lifted: &'a [&'a super::steps::AttemptRow],
    pub reason: &'a str,
}

/// The consent operations as the commands call them.
impl super::Register {
    /// The consent events of a case, in time order.
    pub fn consents(&self, case_id: i64) -> Result<Vec<ConsentRow>> {
        list(&self.db, case_id)
    }

    /// Voids a consent record (recorded by mistake) in one write, refused when the case changed
    /// since `seen` was read or the record is void already: the record is marked, never
    /// deleted; each gate attempt the void lifts a refusal from gets the outcome `done`; one
    /// correction row per field changed and one audit entry (`consent.void`: the event, the
    /// record and attempt UUIDs, the fields). Returns the correction's event UUID.
    pub fn void_consent(
        &mut self,
        case: &CaseRow,
        seen: &super::flow_case::Fingerprint,
        v: &Void,
        now: &str,
        actor: &str,
    ) -> Result<String> {
        self.change(|tx| {
            // As `steps::unchanged` (which takes a SQLite transaction until steps.rs is written
            // for both engines): refused when the case changed since `seen` was read.
            if super::steps::fingerprint(tx.sqlite()?, case.id)? != *seen {
                return Err(super::steps::changed_meanwhile(&case.number));
            }
            let n = tx.execute(
                "UPDATE consents SET voided_at = ?2, voided_by = ?3, void_reason = ?4
                 WHERE id = ?1 AND voided_at IS NULL",
                params![v.record.id, now, actor, v.reason],
            )?;
            if n != 1 {
                return Err(super::steps::changed_meanwhile(&case.number));
            }
            let event = super::new_uuid();
            let mut changes = vec![Change {
                target: "consent",
                target_id: Some(v.record.id),
                field: "voided_at",
                before: None,
                after: Some(now),
            }];
            for a in v.lifted {
                tx.execute(
                    "UPDATE step_attempts SET outcome = 'done', updated_at = ?2
                     WHERE id = ?1 AND outcome = 'refused'",
                    params![a.id, now],
                )?;
                changes.push(Change {
                    target: "step",
                    target_id: Some(a.id),
                    field: "outcome",
                    before: Some("refused"),
                    after: Some("done"),
                });
            }
            super::corrections::record(tx, &event, case.id, &changes, v.reason, now, actor)?;
            let details = serde_json::json!({
                "event": event,
                "consent": v.record.uuid,
                "fields": ["voided_at"],
                "attempts": v.lifted.iter().map(|a| &a.uuid).collect::<Vec<_>>(),
                "attempt_fields": if v.lifted.is_empty() { vec![] } else { vec!["outcome"] },
            });
            super::cases::changed(tx, case, now, actor, "consent.void", details)?;
            Ok(event)
        })
    }

    /// Records a consent event (given, refused, withdrawn), in one write.
    pub fn record_consent(
        &mut self,
        case: &CaseRow,
        c: &NewConsent,
        now: &str,
        actor: &str,
    ) -> Result<()> {
        self.change(|tx| {
            let uuid = super::new_uuid();
            tx.execute(
                "INSERT INTO consents (uuid, case_id, kind, given_by, relation, scopes, method, form_ref, at, recorded_by, created_at, recipients, until_date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![uuid, case.id, c.kind, c.given_by, c.relation, c.scopes.join(","), c.method, c.form_ref, c.at, actor, now,
                    (!c.recipients.is_empty()).then(|| c.recipients.join(",")), c.until_date],
            )?;
            let action = format!("consent.{}", c.kind);
            let mut details = serde_json::json!({"consent": uuid, "scopes": c.scopes, "relation": c.relation, "at": c.at});
            if !c.recipients.is_empty() {
                details["recipients"] = serde_json::json!(c.recipients);
            }
            if let Some(u) = c.until_date {
                details["until"] = serde_json::json!(u);
            }
            super::cases::changed(tx, case, now, actor, &action, details)
        })
    }
}
