//! `case edit` as a correction (issue 14, "Correct, never overwrite"): the fields of a case and
//! of its people changed in one write, each field changed kept in `corrections` with its value
//! before (read in the same transaction) and after, and one `case.edit` audit entry naming the
//! correction's event and the fields, never their values. A field given its current value is
//! not a change; an edit that changes nothing writes nothing.

use super::cases::{changed, insert_person, name_key, CaseRow, Person, VIOLENCE};
use super::corrections::{self, Change};
use super::db::DbRef;
use super::Register;
use crate::error::{Error, Result};
use rusqlite::params;
use rusqlite::types::Value;

/// A person of a case, as an edit names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Victim,
    Complainant,
    /// The n-th perpetrator (from 1), in the order `case show` lists them, before the edit.
    Perpetrator(u32),
}

/// One change of a `case edit`.
#[derive(Debug, Clone)]
pub enum Edit {
    /// A column of the case's own row (`is_child` as "1" or "0").
    Case(&'static str, Option<String>),
    /// A column of a person's row (`age` as its digits). A complainant edit adds the
    /// complainant when the case has none and a value is given.
    Person(Who, &'static str, Option<String>),
    /// The case's violence types, replacing the recorded ones.
    Violence(Vec<String>),
    /// A new perpetrator.
    AddPerpetrator(Person),
    /// Removes a complainant or a perpetrator (never the victim).
    Remove(Who),
}

/// What a correction changed: its event (named in the audit entry and in `corrections`) and
/// the fields, as the audit entry names them.
#[derive(Debug, Clone)]
pub struct Corrected {
    pub event: String,
    pub fields: Vec<String>,
}

/// The person columns a correction reads and writes, in the order they are recorded.
const PERSON_COLUMNS: [&str; 12] = [
    "role",
    "name",
    "nik",
    "sex",
    "birth_date",
    "age",
    "phone",
    "relation",
    "address",
    "kecamatan",
    "kelurahan",
    "disability",
];

/// A stored value as the text `corrections` keeps.
fn text(v: Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(f) => Some(f.to_string()),
        Value::Text(s) => Some(s),
        Value::Blob(_) => None,
    }
}

/// One field changed, owned until it is recorded.
struct Changed {
    target: &'static str,
    target_id: Option<i64>,
    field: &'static str,
    before: Option<String>,
    after: Option<String>,
}

/// The correction being written: its changes and the fields the audit entry names.
#[derive(Default)]
struct Event {
    changes: Vec<Changed>,
    fields: Vec<String>,
}

impl Event {
    /// Records the removal of person `id` (its every value before, then its role) and deletes it.
    fn remove(&mut self, tx: DbRef, id: i64, label: String) -> Result<()> {
        let values = person_values(tx, id)?;
        let role = values[0].clone();
        for (col, v) in PERSON_COLUMNS.iter().zip(values).skip(1) {
            if v.is_some() {
                self.changes.push(person_change(id, col, v, None));
            }
        }
        self.changes.push(person_change(id, "role", role, None));
        tx.execute("DELETE FROM persons WHERE id = ?1", [id])?;
        self.fields.push(format!("{label}.removed"));
        Ok(())
    }

    /// Records the addition of person `id` (its role, then its every value).
    fn added(&mut self, tx: DbRef, id: i64, label: String) -> Result<()> {
        for (col, v) in PERSON_COLUMNS.iter().zip(person_values(tx, id)?) {
            if v.is_some() {
                self.changes.push(person_change(id, col, None, v));
            }
        }
        self.fields.push(format!("{label}.added"));
        Ok(())
    }
}

fn person_change(
    id: i64,
    field: &'static str,
    before: Option<String>,
    after: Option<String>,
) -> Changed {
    Changed {
        target: "person",
        target_id: Some(id),
        field,
        before,
        after,
    }
}

/// A person's values, in [`PERSON_COLUMNS`] order.
fn person_values(tx: DbRef, id: i64) -> Result<Vec<Option<String>>> {
    let sql = format!(
        "SELECT {} FROM persons WHERE id = ?1",
        PERSON_COLUMNS.join(", ")
    );
    tx.query_row(&sql, [id], |r| {
        (0..PERSON_COLUMNS.len())
            .map(|i| r.value(i).map(text))
            .collect()
    })
}

/// The name a person has in the audit entry: `victim`, `complainant`, `perpetrator.N`.
fn label(who: Who) -> String {
    match who {
        Who::Victim => "victim".into(),
        Who::Complainant => "complainant".into(),
        Who::Perpetrator(n) => format!("perpetrator.{n}"),
    }
}

impl Register {
    /// Every time recorded about a case after its report (steps started and finished,
    /// consents, assignments, services; not a voided attempt): a corrected report time stays
    /// before them all.
    pub fn case_event_times(&self, case_id: i64) -> Result<Vec<String>> {
        let sql = "SELECT started_at FROM step_attempts
                 WHERE case_id = ?1 AND started_at IS NOT NULL AND status <> 'void'
             UNION ALL SELECT finished_at FROM step_attempts
                 WHERE case_id = ?1 AND finished_at IS NOT NULL AND status <> 'void'
             UNION ALL SELECT at FROM consents WHERE case_id = ?1
             UNION ALL SELECT from_at FROM assignments WHERE case_id = ?1
             UNION ALL SELECT given_at FROM services WHERE case_id = ?1";
        self.db.r().all(sql, [case_id], |r| r.get(0))
    }

    /// Corrects a case: `edits` applied in one write with the corrections (values before and
    /// after, `reason`) and one `case.edit` audit entry; `None` (nothing written) when no edit
    /// changes a value. Refused on a closed case; an unknown perpetrator number is invalid.
    pub fn edit_case(
        &mut self,
        case: &CaseRow,
        edits: &[Edit],
        reason: &str,
        now: &str,
        actor: &str,
    ) -> Result<Option<Corrected>> {
        self.change(|tx| {
            let status: String =
                tx.query_row("SELECT status FROM cases WHERE id = ?1", [case.id], |r| {
                    r.get(0)
                })?;
            if status == "closed" {
                return Err(Error::Refused(crate::text::case_closed(&case.number)));
            }
            // The people as they are before the edit: perpetrators keep these numbers
            // throughout, whatever is removed or added.
            let people = tx.all(
                "SELECT id, role FROM persons WHERE case_id = ?1 ORDER BY id",
                [case.id],
                |r| Ok((r.get::<i64>(0)?, r.get::<String>(1)?)),
            )?;
            let mut complainant = people.iter().find(|p| p.1 == "complainant").map(|p| p.0);
            let id_of = |who: Who, complainant: Option<i64>| -> Result<Option<i64>> {
                Ok(match who {
                    Who::Victim => people.iter().find(|p| p.1 == "victim").map(|p| p.0),
                    Who::Complainant => complainant,
                    Who::Perpetrator(n) => Some(
                        people
                            .iter()
                            .filter(|p| p.1 == "perpetrator")
                            .nth((n as usize).saturating_sub(1))
                            .map(|p| p.0)
                            .ok_or_else(|| {
                                Error::Invalid(crate::tr!(
                                    "case {} has no perpetrator {n}",
                                    "kasus {} tidak punya pelaku ke-{n}",
                                    case.number
                                ))
                            })?,
                    ),
                })
            };
            let mut ev = Event::default();
            for e in edits {
                match e {
                    Edit::Case(col, after) => {
                        let before = text(tx.query_row(
                            &format!("SELECT {col} FROM cases WHERE id = ?1"),
                            [case.id],
                            |r| r.value(0),
                        )?);
                        if before == *after {
                            continue;
                        }
                        tx.execute(
                            &format!("UPDATE cases SET {col} = ?1 WHERE id = ?2"),
                            params![after, case.id],
                        )?;
                        ev.changes.push(Changed {
                            target: "case",
                            target_id: None,
                            field: col,
                            before,
                            after: after.clone(),
                        });
                        ev.fields.push(col.to_string());
                    }
                    Edit::Person(who, col, after) => {
                        let id = match id_of(*who, complainant)? {
                            Some(id) => id,
                            None if after.is_none() => continue,
                            None if *who == Who::Victim => {
                                return Err(Error::Other(crate::tr!(
                                    "case {} has no victim recorded",
                                    "kasus {} tidak punya korban yang tercatat",
                                    case.number
                                )))
                            }
                            None => {
                                // A complainant where the case had none.
                                let id = insert_person(
                                    tx,
                                    case.id,
                                    "complainant",
                                    &Person::default(),
                                    now,
                                )?;
                                complainant = Some(id);
                                ev.changes.push(person_change(
                                    id,
                                    "role",
                                    None,
                                    Some("complainant".into()),
                                ));
                                ev.fields.push("complainant.added".into());
                                id
                            }
                        };
                        let before = text(
                            tx.query_opt(
                                &format!("SELECT {col} FROM persons WHERE id = ?1"),
                                [id],
                                |r| r.value(0),
                            )?
                            .ok_or_else(|| {
                                Error::Invalid(crate::tr!(
                                    "{} of case {} is removed by the same edit",
                                    "{} kasus {} dihapus oleh perubahan yang sama",
                                    label(*who),
                                    case.number
                                ))
                            })?,
                        );
                        if before == *after {
                            continue;
                        }
                        tx.execute(
                            &format!(
                                "UPDATE persons SET {col} = ?1, updated_at = ?2 WHERE id = ?3"
                            ),
                            params![after, now, id],
                        )?;
                        if *col == "name" {
                            tx.execute(
                                "UPDATE persons SET name_key = ?1 WHERE id = ?2",
                                params![after.as_deref().map(name_key), id],
                            )?;
                        }
                        ev.changes
                            .push(person_change(id, col, before, after.clone()));
                        ev.fields.push(format!("{}.{col}", label(*who)));
                    }
                    Edit::Violence(types) => {
                        let before = tx.all(
                            "SELECT type FROM case_violence WHERE case_id = ?1 ORDER BY type",
                            [case.id],
                            |r| r.get::<String>(0),
                        )?;
                        let mut after = types.clone();
                        after.sort();
                        after.dedup();
                        if before == after {
                            continue;
                        }
                        tx.execute("DELETE FROM case_violence WHERE case_id = ?1", [case.id])?;
                        for ty in &after {
                            tx.execute(VIOLENCE, params![case.id, ty])?;
                        }
                        ev.changes.push(Changed {
                            target: "violence",
                            target_id: None,
                            field: "types",
                            before: Some(before.join(",")).filter(|s| !s.is_empty()),
                            after: Some(after.join(",")),
                        });
                        ev.fields.push("violence".into());
                    }
                    Edit::AddPerpetrator(p) => {
                        let id = insert_person(tx, case.id, "perpetrator", p, now)?;
                        ev.added(tx, id, "perpetrator".into())?;
                    }
                    Edit::Remove(Who::Victim) => {
                        return Err(Error::Invalid(
                            crate::text::t(
                                "the victim cannot be removed from a case",
                                "korban tidak dapat dihapus dari kasus",
                            )
                            .into(),
                        ))
                    }
                    Edit::Remove(who) => {
                        if let Some(id) = id_of(*who, complainant)? {
                            ev.remove(tx, id, label(*who))?;
                            if *who == Who::Complainant {
                                complainant = None;
                            }
                        }
                    }
                }
            }
            // A complainant left with nothing recorded is no complainant (as at intake).
            if let Some(id) = complainant {
                let empty: bool = tx.query_row(
                    "SELECT name IS NULL AND phone IS NULL AND relation IS NULL FROM persons
                     WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )?;
                if empty {
                    let was_added = ev.fields.iter().any(|f| f == "complainant.added");
                    ev.remove(tx, id, "complainant".into())?;
                    if was_added {
                        ev.changes.retain(|c| c.target_id != Some(id));
                        ev.fields.retain(|f| !f.starts_with("complainant."));
                    }
                }
            }
            if ev.changes.is_empty() {
                return Ok(None);
            }
            let event = super::new_uuid();
            let changes: Vec<Change> = ev
                .changes
                .iter()
                .map(|c| Change {
                    target: c.target,
                    target_id: c.target_id,
                    field: c.field,
                    before: c.before.as_deref(),
                    after: c.after.as_deref(),
                })
                .collect();
            corrections::record(tx, &event, case.id, &changes, reason, now, actor)?;
            ev.fields.dedup();
            changed(
                tx,
                case,
                now,
                actor,
                "case.edit",
                serde_json::json!({"event": event, "fields": ev.fields}),
            )?;
            Ok(Some(Corrected {
                event,
                fields: ev.fields,
            }))
        })
    }
}
