//! Who holds a case, in which role, from when until when. A new holder of a role ends the
//! previous holder's assignment; the history stays. Who performs a step (`performer`) follows
//! from the assignments and the SOP's roles.

use super::db::{DbRef, Sql};
use super::{cases::CaseRow, staff::StaffRow, Register};
use crate::error::{Error, Result};
use crate::sop::{Sop, Step};
use rusqlite::params;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct AssignmentRow {
    pub uuid: String,
    pub staff: String,
    pub role: Option<String>,
    pub from_at: String,
    pub until_at: Option<String>,
    pub assigned_by: String,
}

/// The active staff holding a case now: id, name and role (None: assigned in no role), the
/// latest assignment first.
type Current = Vec<(i64, String, Option<String>)>;

fn current(db: DbRef, case_id: i64) -> Result<Current> {
    db.all(
        "SELECT s.id, s.name, a.role FROM assignments a JOIN staff s ON s.id = a.staff_id
         WHERE a.case_id = ?1 AND a.until_at IS NULL AND s.active = 1 ORDER BY a.id DESC",
        [case_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// The active staff holding a case now, in any role or none, each once (`; `-joined where
/// shown): who to ask about a case that has gone idle.
pub fn holders<'a>(db: impl Into<DbRef<'a>>, case_id: i64) -> Result<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    for (_, name, _) in current(db.into(), case_id)? {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names)
}

/// Who of `current` holds one of `roles` (the first role that has one).
fn in_role(current: &Current, roles: &[String]) -> Option<(i64, String)> {
    roles.iter().find_map(|role| {
        current
            .iter()
            .find(|(_, _, r)| r.as_deref() == Some(role))
            .map(|(id, name, _)| (*id, name.clone()))
    })
}

/// Who of `current` holds the case in no role.
fn in_no_role(current: &Current) -> Option<(i64, String)> {
    current
        .iter()
        .find(|(_, _, r)| r.is_none())
        .map(|(id, name, _)| (*id, name.clone()))
}

/// The active staff who held a case at `at` (a stored time): as [`current`], of the
/// assignments in force then.
fn at_time(db: DbRef, case_id: i64, at: &str) -> Result<Current> {
    db.all(
        "SELECT s.id, s.name, a.role FROM assignments a JOIN staff s ON s.id = a.staff_id
         WHERE a.case_id = ?1 AND a.from_at <= ?2 AND (a.until_at IS NULL OR a.until_at > ?2)
           AND s.active = 1 ORDER BY a.id DESC",
        params![case_id, at],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// Who held one of `roles` (else the case in no role) when a step began at `at`: a step
/// recorded afterwards is not given to whoever holds the case now if someone else held it
/// then. With nobody assigned at that time (a step recorded before the case was assigned),
/// today's holder.
fn holder_at(
    db: DbRef,
    case_id: i64,
    roles: &[String],
    at: Option<&str>,
) -> Result<Option<(i64, String)>> {
    if let Some(at) = at {
        let then = at_time(db, case_id, at)?;
        if let Some(h) = in_role(&then, roles).or_else(|| in_no_role(&then)) {
            return Ok(Some(h));
        }
    }
    holder(db, case_id, roles)
}

/// The active staff currently holding a case in one of these roles (first match), else in no role.
pub fn holder<'a>(
    db: impl Into<DbRef<'a>>,
    case_id: i64,
    roles: &[String],
) -> Result<Option<(i64, String)>> {
    let current = current(db.into(), case_id)?;
    Ok(in_role(&current, roles).or_else(|| in_no_role(&current)))
}

/// Whom the walk suggests for a step (the default of its question, which the person confirms or
/// changes): the staff assigned in the case to the step's role; else the one active staff
/// member whose roles include it (the unit's only Kasi approves, not the case's holder); else the
/// case's holder. Scripts are not guessed for: `--by`, or the assigned staff (see [`performer`]).
pub fn suggested(reg: &Register, case_id: i64, step: &Step) -> Result<Option<String>> {
    let current = current(reg.db.r(), case_id)?;
    let found = match in_role(&current, &step.roles) {
        Some(h) => Some(h),
        None => sole_staff_with(reg.db.r(), &step.roles)?.or_else(|| in_no_role(&current)),
    };
    Ok(found.map(|(_, name)| name))
}

/// The one active staff member whose roles include one of `roles`; None when none or several.
fn sole_staff_with(db: DbRef, roles: &[String]) -> Result<Option<(i64, String)>> {
    let mut found: Vec<(i64, String)> = Vec::new();
    for role in roles {
        let rows: Vec<(i64, String)> = db.all(
            "SELECT s.id, s.name FROM staff s JOIN staff_roles r ON r.staff_id = s.id
             WHERE r.role = ?1 AND s.active = 1 ORDER BY s.id LIMIT 2",
            [role],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for row in rows {
            if !found.iter().any(|f| f.0 == row.0) {
                found.push(row);
            }
        }
    }
    Ok(if found.len() == 1 { found.pop() } else { None })
}

/// Who performs a step, by the rule both `kasus step` and `kasus step import` follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Performer {
    /// A staff member (name and id), an outsider by name (no id), or nobody known.
    Found(Option<String>, Option<i64>),
    /// The named staff member is deactivated.
    Inactive(String),
    /// The name is no staff member's, and the step is done inside the unit: the name typed,
    /// and the staff's names (for a "did you mean").
    NotStaff(String, Vec<String>),
}

/// `by` names staff, or for a step with an outside role anyone; without `by`, the staff
/// assigned to the step's role (else the case's assignee) when the step began at `at` (a
/// stored time; else, or with nobody assigned then, now) performs it.
pub fn performer(
    reg: &Register,
    sop: &Sop,
    case_id: i64,
    step: &Step,
    by: Option<&str>,
    at: Option<&str>,
) -> Result<Performer> {
    performer_in(&reg.db, sop, case_id, step, by, at)
}

/// The same, on a connection or a transaction of the register.
pub(super) fn performer_in<'a>(
    db: impl Into<DbRef<'a>>,
    sop: &Sop,
    case_id: i64,
    step: &Step,
    by: Option<&str>,
    at: Option<&str>,
) -> Result<Performer> {
    let db = db.into();
    let Some(b) = by.map(str::trim).filter(|b| !b.is_empty()) else {
        // A step done only outside the unit (the pelapor's) is nobody's on the staff: the
        // case's holder did not do it.
        if only_outside(sop, step) {
            return Ok(Performer::Found(None, None));
        }
        return Ok(match holder_at(db, case_id, &step.roles, at)? {
            Some((id, name)) => Performer::Found(Some(name), Some(id)),
            None => Performer::Found(None, None),
        });
    };
    let found = super::staff::find(db, b)?;
    Ok(match named_performer(found, sop, step, b) {
        Performer::NotStaff(typed, _) => Performer::NotStaff(typed, super::staff::names(db)?),
        p => p,
    })
}

/// True when one of the step's roles is done outside the unit (by anyone, not only staff).
pub fn outside_step(sop: &Sop, step: &Step) -> bool {
    step.roles
        .iter()
        .any(|r| sop.role(r).is_some_and(|x| x.external))
}

/// True when every role of the step is done outside the unit (a step of the pelapor's, or of a
/// partner agency alone).
pub fn only_outside(sop: &Sop, step: &Step) -> bool {
    !step.roles.is_empty()
        && step
            .roles
            .iter()
            .all(|r| sop.role(r).is_some_and(|x| x.external))
}

/// The rule for a performer named `by`, given the staff member found by that name, if any
/// (pure: `NotStaff` comes without the staff's names, which the caller reads).
fn named_performer(found: Option<StaffRow>, sop: &Sop, step: &Step, by: &str) -> Performer {
    match found {
        Some(s) if !s.active => Performer::Inactive(s.name),
        Some(s) => Performer::Found(Some(s.name), Some(s.id)),
        None if outside_step(sop, step) => Performer::Found(Some(by.to_string()), None),
        None => Performer::NotStaff(by.to_string(), Vec::new()),
    }
}

/// The assignment operations as the commands call them.
impl super::Register {
    /// Who held a case (and in which role) when.
    pub fn assignment_history(&self, case_id: i64) -> Result<Vec<AssignmentRow>> {
        let sql = "SELECT a.uuid, s.name, a.role, a.from_at, a.until_at, a.assigned_by
         FROM assignments a JOIN staff s ON s.id = a.staff_id
         WHERE a.case_id = ?1 ORDER BY a.from_at, a.id";
        self.db.r().all(sql, [case_id], |r| {
            Ok(AssignmentRow {
                uuid: r.get(0)?,
                staff: r.get(1)?,
                role: r.get(2)?,
                from_at: r.get(3)?,
                until_at: r.get(4)?,
                assigned_by: r.get(5)?,
            })
        })
    }

    /// Assigns a case (and a role in it) to a staff member, in one write. A role has one holder
    /// at a time: the previous one's assignment ends at `at`.
    pub fn assign_case(&mut self, h: &Holding, now: &str, actor: &str) -> Result<()> {
        let (case, staff, role, at) = (h.case, h.staff, h.role, h.at);
        self.change(|tx| {
            let same: i64 = tx.query_row(
                Sql::each(
                    "SELECT count(*) FROM assignments WHERE case_id = ?1 AND staff_id = ?2 AND role IS ?3 AND until_at IS NULL",
                    "SELECT count(*) FROM assignments WHERE case_id = $1 AND staff_id = $2
                       AND role IS NOT DISTINCT FROM $3 AND until_at IS NULL",
                ),
                params![case.id, staff.id, role],
                |r| r.get(0),
            )?;
            if same > 0 {
                return Err(Error::Refused(crate::tr!(
                    "'{}' already holds case {}{}",
                    "'{}' sudah memegang kasus {}{}",
                    staff.name,
                    case.number,
                    role.map(|r| crate::tr!(" as {r}", " sebagai {r}"))
                        .unwrap_or_default()
                )));
            }
            if role.is_some() {
                tx.execute(
                    Sql::each(
                        "UPDATE assignments SET until_at = ?1, updated_at = ?4 WHERE case_id = ?2 AND role IS ?3 AND until_at IS NULL",
                        "UPDATE assignments SET until_at = $1, updated_at = $4
                         WHERE case_id = $2 AND role IS NOT DISTINCT FROM $3 AND until_at IS NULL",
                    ),
                    params![at, case.id, role, now],
                )?;
            }
            let uuid = super::new_uuid();
            tx.execute(
                "INSERT INTO assignments (uuid, case_id, staff_id, role, from_at, assigned_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![uuid, case.id, staff.id, role, at, actor, now],
            )?;
            let details = serde_json::json!({"assignment": uuid, "staff": staff.uuid, "role": role, "at": at});
            super::cases::changed(tx, case, now, actor, "case.assign", details)
        })
    }

    /// Ends a staff member's assignment on a case (in `role`, or in any), in one write.
    pub fn end_assignment(&mut self, h: &Holding, now: &str, actor: &str) -> Result<()> {
        let (case, staff, role, at) = (h.case, h.staff, h.role, h.at);
        self.change(|tx| {
            let n = tx.execute(
                Sql::each(
                    "UPDATE assignments SET until_at = ?1, updated_at = ?5
                 WHERE case_id = ?2 AND staff_id = ?3 AND (?4 IS NULL OR role = ?4) AND until_at IS NULL",
                    "UPDATE assignments SET until_at = $1, updated_at = $5
                     WHERE case_id = $2 AND staff_id = $3 AND (CAST($4 AS TEXT) IS NULL OR role = $4)
                       AND until_at IS NULL",
                ),
                params![at, case.id, staff.id, role, now],
            )?;
            if n == 0 {
                return Err(Error::Refused(crate::tr!(
                    "'{}' holds no assignment on case {}",
                    "'{}' tidak memegang penugasan pada kasus {}",
                    staff.name,
                    case.number
                )));
            }
            let details = serde_json::json!({"staff": staff.uuid, "role": role, "at": at});
            super::cases::changed(tx, case, now, actor, "case.unassign", details)
        })
    }
}

/// A staff member's holding of a case (in a role, or in none) from or until `at`: what
/// [`super::Register::assign_case`] starts and [`super::Register::end_assignment`] ends.
#[derive(Clone, Copy)]
pub struct Holding<'a> {
    pub case: &'a CaseRow,
    pub staff: &'a StaffRow,
    pub role: Option<&'a str>,
    pub at: &'a str,
}
