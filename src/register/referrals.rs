//! Referrals sent (rujukan, pelimpahan) and received, with each transition's time. Every write
//! is one transaction ending with one audit entry on the case (`referral.create`,
//! `referral.accept`, ...): identifiers, codes and times only, never the reason's or the
//! result's text.

use super::cases::CaseRow;
use super::db::{DbRef, Engine, Row};
use super::reports::typed;
use crate::error::{Error, Result};
use crate::referral::{Action, Standard, Status};
use rusqlite::params;

#[derive(Debug, Clone)]
pub struct ReferralRow {
    pub id: i64,
    pub uuid: String,
    pub case_id: i64,
    pub case_number: String,
    pub case_uuid: String,
    pub agency_id: i64,
    pub agency: String,
    /// The agency's kind when the referral was sent (stored: a later edit of the agency's kind
    /// does not change it).
    pub agency_kind: String,
    pub direction: String,
    pub service: String,
    pub handover: bool,
    pub share: Vec<String>,
    pub status: String,
    pub sent_at: String,
    pub answered_at: Option<String>,
    pub done_at: Option<String>,
    pub cancelled_at: Option<String>,
    pub reason: Option<String>,
    pub result: Option<String>,
    pub response: Option<Standard>,
    pub completion: Option<Standard>,
    pub override_reason: Option<String>,
    pub override_by: Option<String>,
    pub recorded_by: String,
    /// The code of the case's SOP (`report overdue --sop`).
    pub sop_code: String,
    pub agency_uuid: String,
    /// The step attempt running when it was sent (the step whose document sends it).
    pub attempt_id: Option<i64>,
    pub step_number: Option<u32>,
}

impl ReferralRow {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Sent)
    }

    /// Its response and completion times on `cal` at `now` (`referral::time::of`); `None` for
    /// a received referral (it runs no clock here: never late, no times) or when its sending
    /// time does not read.
    pub fn timings(
        &self,
        cal: &crate::worktime::Calendar,
        now: crate::clock::Instant,
    ) -> Option<(crate::referral::Timing, crate::referral::Timing)> {
        if self.direction == "in" {
            return None;
        }
        let at = |s: Option<&String>| s.and_then(|s| crate::clock::from_db(s));
        let times = crate::referral::time::Times {
            status: self.status(),
            handover: self.handover,
            sent: crate::clock::from_db(&self.sent_at)?,
            answered: at(self.answered_at.as_ref()),
            done: at(self.done_at.as_ref()),
            cancelled: at(self.cancelled_at.as_ref()),
        };
        Some(crate::referral::time::of(
            cal,
            &times,
            self.response,
            self.completion,
            now,
        ))
    }
}

const SELECT: &str =
    "SELECT r.id, r.uuid, r.case_id, c.number, c.uuid, r.agency_id, a.name, r.agency_kind,
        r.direction, r.service, r.handover, r.share, r.status, r.sent_at, r.answered_at,
        r.done_at, r.cancelled_at, r.reason, r.result, r.response_secs, r.response_days,
        r.completion_secs, r.completion_days, r.override_reason, r.override_by, r.recorded_by, v.code,
        a.uuid, r.attempt_id, (SELECT sa.step_number FROM step_attempts sa WHERE sa.id = r.attempt_id)
    FROM referrals r JOIN cases c ON c.id = r.case_id JOIN agencies a ON a.id = r.agency_id
        JOIN sop_versions v ON v.id = c.sop_version_id";

/// The query of [`Register::referrals`], with a case named or not (`?3`).
fn referrals_sql(of_a_case: bool) -> String {
    let case = if of_a_case {
        "r.case_id = ?3"
    } else {
        "?3 IS NULL"
    };
    format!(
        "{SELECT} WHERE (?1 IS NULL OR r.status = ?1) AND (?2 IS NULL OR r.agency_id = ?2)
           AND {case} AND (?4 IS NULL OR r.sent_at >= ?4)
           AND (?5 IS NULL OR r.sent_at < ?5) AND (?6 IS NULL OR r.direction = ?6)
         ORDER BY r.sent_at, r.id"
    )
}

/// [`referrals_sql`] for the engine of `db` (on PostgreSQL, its parameters tested for null
/// typed).
fn referrals_sql_for(db: DbRef, of_a_case: bool) -> String {
    typed(
        db,
        referrals_sql(of_a_case),
        &[
            (1, "TEXT"),
            (2, "BIGINT"),
            (3, "BIGINT"),
            (4, "TEXT"),
            (5, "TEXT"),
            (6, "TEXT"),
        ],
    )
}

/// The query of [`Register::open_referrals`] for the engine of `db`: SQLite's names the
/// partial index; PostgreSQL's planner finds it itself.
fn open_referrals_sql_for(db: DbRef) -> String {
    match db.engine() {
        Engine::Sqlite => open_referrals_sql(),
        Engine::Postgres => format!(
            "{SELECT} WHERE r.status IN ('sent', 'accepted') AND r.direction = 'out'
             ORDER BY r.sent_at, r.id"
        ),
    }
}

/// The query of [`Register::open_referrals`] on SQLite (its plan is checked in the tests).
pub fn open_referrals_sql() -> String {
    format!(
        "{} WHERE r.status IN ('sent', 'accepted') AND r.direction = 'out'
         ORDER BY r.sent_at, r.id",
        SELECT.replacen(
            "FROM referrals r",
            "FROM referrals r INDEXED BY referrals_open",
            1
        )
    )
}

fn standard(secs: Option<i64>, days: bool) -> Option<Standard> {
    secs.map(|s| Standard {
        secs: s.max(0) as u64,
        days,
    })
}

fn row(r: &Row) -> rusqlite::Result<ReferralRow> {
    Ok(ReferralRow {
        id: r.get(0)?,
        uuid: r.get(1)?,
        case_id: r.get(2)?,
        case_number: r.get(3)?,
        case_uuid: r.get(4)?,
        agency_id: r.get(5)?,
        agency: r.get(6)?,
        agency_kind: r.get(7)?,
        direction: r.get(8)?,
        service: r.get(9)?,
        handover: r.get(10)?,
        share: super::split_list(r.get(11)?),
        status: r.get(12)?,
        sent_at: r.get(13)?,
        answered_at: r.get(14)?,
        done_at: r.get(15)?,
        cancelled_at: r.get(16)?,
        reason: r.get(17)?,
        result: r.get(18)?,
        response: standard(r.get(19)?, r.get(20)?),
        completion: standard(r.get(21)?, r.get(22)?),
        override_reason: r.get(23)?,
        override_by: r.get(24)?,
        recorded_by: r.get(25)?,
        sop_code: r.get(26)?,
        agency_uuid: r.get(27)?,
        attempt_id: r.get(28)?,
        step_number: r.get(29)?,
    })
}

fn by_id(db: DbRef, id: i64) -> Result<ReferralRow> {
    db.query_row(&format!("{SELECT} WHERE r.id = ?1"), [id], row)
}

/// A referral to record.
pub struct NewReferral<'a> {
    pub agency_id: i64,
    /// The agency's kind as it is now, kept with the referral.
    pub agency_kind: &'a str,
    pub direction: &'a str,
    pub service: &'a str,
    pub handover: bool,
    pub share: &'a [String],
    pub sent_at: &'a str,
    pub response: Option<Standard>,
    pub completion: Option<Standard>,
    /// The override of missing consent: its reason (the actor is who overrode).
    pub override_reason: Option<&'a str>,
    /// A received referral is accepted on arrival (the intake).
    pub accepted: bool,
    /// The step attempt it is sent during (`referral::link`): a step marked `sends_referral`
    /// running at its time.
    pub attempt_id: Option<i64>,
}

/// Which directions a selection takes: those sent (the default: `referral list`, every
/// report), those received (`referral list --received`), or both (`case show`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Directions {
    #[default]
    Sent,
    Received,
    Both,
}

impl Directions {
    fn sql(self) -> Option<&'static str> {
        match self {
            Directions::Sent => Some("out"),
            Directions::Received => Some("in"),
            Directions::Both => None,
        }
    }
}

/// What `referral list` and `report referrals` select.
#[derive(Debug, Default, Clone)]
pub struct ReferralFilter {
    pub status: Option<String>,
    pub agency_id: Option<i64>,
    pub case_id: Option<i64>,
    /// Sent in `[from, to)`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Sent (`direction = 'out'`), received (`'in'`) or both.
    pub directions: Directions,
}

/// A transition to record: the action, when, and its text (a rejection's or cancellation's
/// reason, a done referral's result).
pub struct Transition<'a> {
    pub action: Action,
    pub at: &'a str,
    pub text: Option<&'a str>,
}

fn insert(db: DbRef, case: &CaseRow, n: &NewReferral, now: &str, actor: &str) -> Result<i64> {
    let uuid = super::new_uuid();
    db.insert(
        "INSERT INTO referrals (uuid, case_id, agency_id, direction, service, handover, share, status,
            sent_at, answered_at, response_secs, response_days, completion_secs, completion_days,
            override_reason, override_by, recorded_by, created_at, updated_at, agency_kind, attempt_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18, ?19,
            ?20)",
        params![
            uuid,
            case.id,
            n.agency_id,
            n.direction,
            n.service,
            n.handover,
            n.share.join(","),
            if n.accepted { "accepted" } else { "sent" },
            n.sent_at,
            n.accepted.then_some(n.sent_at),
            n.response.map(|s| s.secs as i64),
            n.response.is_some_and(|s| s.days),
            n.completion.map(|s| s.secs as i64),
            n.completion.is_some_and(|s| s.days),
            n.override_reason,
            n.override_reason.map(|_| actor),
            actor,
            now,
            n.agency_kind,
            n.attempt_id,
        ],
    )
}

/// Records a received referral inside the intake's transaction (no entry of its own: the
/// intake's entry names it).
pub fn record_received<'a>(
    db: impl Into<DbRef<'a>>,
    case: &CaseRow,
    n: &NewReferral,
    now: &str,
    actor: &str,
) -> Result<String> {
    let db = db.into();
    let id = insert(db, case, n, now, actor)?;
    Ok(by_id(db, id)?.uuid)
}

/// The referral operations as the commands call them.
impl super::Register {
    /// A referral by its number (`referral list`'s ID) or UUID.
    pub fn find_referral(&self, key: &str) -> Result<Option<ReferralRow>> {
        let key = key.trim();
        let db = self.db.r();
        if let Ok(id) = key.parse::<i64>() {
            return db.query_opt(&format!("{SELECT} WHERE r.id = ?1"), [id], row);
        }
        db.query_opt(&format!("{SELECT} WHERE r.uuid = lower(?1)"), [key], row)
    }

    /// The referrals a filter selects, in the order sent.
    /// A case's referrals are read through `referrals_case` (`r.case_id = ?3` with no `OR`: an
    /// `?3 IS NULL OR ...` test cannot use the index, and the planner scanned every referral, or
    /// every case, for `case show`).
    pub fn referrals(&self, f: &ReferralFilter) -> Result<Vec<ReferralRow>> {
        let db = self.db.r();
        db.all(
            &super::reports::scoped(
                &referrals_sql_for(db, f.case_id.is_some()),
                "ORDER BY",
                &self.scope_sql("c"),
            ),
            params![
                f.status,
                f.agency_id,
                f.case_id,
                f.from,
                f.to,
                f.directions.sql()
            ],
            row,
        )
    }

    /// The referrals sent and still awaiting the agency (sent or accepted), in order of sending
    /// (`report overdue`): read through their partial index (`referrals_open`, schema 9), never
    /// the closed ones.
    pub fn open_referrals(&self) -> Result<Vec<ReferralRow>> {
        let db = self.db.r();
        let sql = super::reports::scoped(
            &open_referrals_sql_for(db),
            "ORDER BY",
            &self.scope_sql("c"),
        );
        db.all(&sql, [], row)
    }

    /// The referral figures of the referrals sent in `[from, to)` (either bound open), measured
    /// on the office clock at `now`: counts by agency kind and status, median and maximum
    /// response and completion times, share done, the late ones by case number. The one
    /// function every report of referral figures reads.
    pub fn referral_figures(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        now: crate::clock::Instant,
    ) -> Result<crate::referral::Figures> {
        let rows = self.referrals(&ReferralFilter {
            from: from.map(str::to_string),
            to: to.map(str::to_string),
            ..Default::default()
        })?;
        let cal = self.clocks()?.office;
        let measured: Vec<crate::referral::Measured> = rows
            .iter()
            .filter_map(|r| {
                let (response, completion) = r.timings(&cal, now)?;
                Some(crate::referral::Measured {
                    id: r.id,
                    case_number: r.case_number.clone(),
                    agency_kind: r.agency_kind.clone(),
                    status: r.status(),
                    response,
                    completion,
                    overridden: r.override_reason.is_some(),
                    handover: r.handover,
                })
            })
            .collect();
        Ok(crate::referral::figures(&measured))
    }

    /// Records a referral sent, in one write (`referral.create`: the referral, agency, service,
    /// what is shared by name, whether consent was overridden).
    pub fn create_referral(
        &mut self,
        case: &CaseRow,
        n: &NewReferral,
        now: &str,
        actor: &str,
    ) -> Result<ReferralRow> {
        self.change(|tx| {
            let id = insert(tx, case, n, now, actor)?;
            let r = by_id(tx, id)?;
            let details = serde_json::json!({
                "referral": r.uuid,
                "agency": agency_uuid(tx, n.agency_id)?,
                "type": n.service,
                "handover": n.handover,
                "share": n.share,
                "consent_override": n.override_reason.is_some(),
                "at": n.sent_at,
            });
            let mut details = details;
            if let Some(a) = r.attempt_id {
                let uuid: String =
                    tx.query_row("SELECT uuid FROM step_attempts WHERE id = ?1", [a], |x| {
                        x.get(0)
                    })?;
                details["attempt"] = serde_json::json!(uuid);
            }
            case_changed(tx, case, now, actor, "referral.create", details)?;
            Ok(r)
        })
    }

    /// Records a transition, in one write, refused when the referral changed since it was
    /// read. Accepting a handover closes the case as handed over; a referral done records the
    /// service given by the agency (`services`, with the agency as provider).
    pub fn move_referral(
        &mut self,
        r: &ReferralRow,
        case: &CaseRow,
        t: &Transition,
        now: &str,
        actor: &str,
    ) -> Result<ReferralRow> {
        let to = crate::referral::transition(r.status(), t.action)
            .ok_or_else(|| Error::Refused(not_allowed(r, t.action)))?;
        self.change(|tx| {
            let column = match t.action {
                Action::Accept | Action::Reject => "answered_at",
                Action::Done => "done_at",
                Action::Cancel => "cancelled_at",
            };
            let text_column = match t.action {
                Action::Done => "result",
                _ => "reason",
            };
            let sql = format!(
                "UPDATE referrals SET status = ?2, {column} = ?3, {text_column} = coalesce(?4, {text_column}),
                    updated_at = ?5 WHERE id = ?1 AND status = ?6"
            );
            let n = tx.execute(&sql, params![r.id, to.code(), t.at, t.text, now, r.status])?;
            if n != 1 {
                return Err(Error::Refused(crate::tr!(
                    "referral {} changed meanwhile (another terminal?); show it again and retry",
                    "rujukan {} berubah sementara itu (terminal lain?); tampilkan lagi lalu ulangi",
                    r.id
                )));
            }
            let mut details = serde_json::json!({
                "referral": r.uuid,
                "status": to.code(),
                "at": t.at,
            });
            if t.action == Action::Accept && r.handover && case.status == "open" {
                tx.execute(
                    "UPDATE cases SET status = 'closed', closed_at = ?1, close_reason = ?2, updated_at = ?3 WHERE id = ?4",
                    params![t.at, format!("pelimpahan: {}", r.agency), now, case.id],
                )?;
                details["case_closed"] = serde_json::json!("handover");
            }
            if t.action == Action::Done {
                let uuid = super::new_uuid();
                tx.execute(
                    "INSERT INTO services (uuid, case_id, type, provider, given_at, note, recorded_by, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7)",
                    params![uuid, case.id, r.service, r.agency, t.at, actor, now],
                )?;
                details["service"] = serde_json::json!(uuid);
            }
            let action = format!("referral.{}", t.action.code());
            case_changed(tx, case, now, actor, &action, details)?;
            by_id(tx, r.id)
        })
    }
}

fn agency_uuid(db: DbRef, id: i64) -> Result<String> {
    db.query_row("SELECT uuid FROM agencies WHERE id = ?1", [id], |r| {
        r.get(0)
    })
}

/// A change to the case (as `cases::changed`, on either engine): its `updated_at`, and the
/// audit entry.
fn case_changed(
    db: DbRef,
    case: &CaseRow,
    now: &str,
    actor: &str,
    action: &str,
    details: serde_json::Value,
) -> Result<()> {
    db.execute(
        "UPDATE cases SET updated_at = ?1 WHERE id = ?2",
        params![now, case.id],
    )?;
    super::audit::append(db, now, actor, action, Some(&case.uuid), &details)?;
    Ok(())
}

/// A transition the status does not allow, naming the command refused and the moves allowed:
/// "`referral accept` is not allowed: referral 1 is accepted (allowed: `referral done`,
/// `referral cancel`)".
pub fn not_allowed(r: &ReferralRow, a: Action) -> String {
    let allowed: Vec<String> = crate::referral::allowed(r.status())
        .into_iter()
        .map(|a| format!("`referral {}`", a.code()))
        .collect();
    let allowed = if allowed.is_empty() {
        crate::text::t(
            "none: it moves no more",
            "tidak ada: rujukan ini tidak berubah lagi",
        )
        .to_string()
    } else {
        allowed.join(", ")
    };
    crate::tr!(
        "`referral {}` is not allowed: referral {} is {} (allowed: {}); nothing was recorded",
        "`referral {}` tidak diizinkan: rujukan {} berstatus {} (yang diizinkan: {}); tidak ada yang dicatat",
        a.code(),
        r.id,
        crate::text::referral_status_words(&r.status),
        allowed
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::Register;

    /// A case's referrals (`case show`) are found through `referrals_case`, not by scanning the
    /// referrals or the cases.
    #[test]
    fn a_cases_referrals_are_read_through_its_index() {
        let dir = tempfile::tempdir().unwrap();
        let reg = Register::open(&dir.path().join("r.db")).unwrap();
        let plan: Vec<String> = reg
            .conn()
            .unwrap()
            .prepare(&format!("EXPLAIN QUERY PLAN {}", referrals_sql(true)))
            .unwrap()
            .query_map([1, 2, 3, 4, 5, 6].map(|_| None::<String>), |r| {
                r.get::<_, String>(3)
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let plan = plan.join("\n");
        assert!(
            plan.contains("USING INDEX referrals_case (case_id=?)"),
            "{plan}"
        );
        assert!(!plan.contains("SCAN"), "{plan}");
    }
}
