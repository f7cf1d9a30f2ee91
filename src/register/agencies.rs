//! The directory of partner agencies a unit refers victims to (and receives referrals from):
//! name, kind, region, contact. Deactivated, never deleted: old referrals keep their agency.

use super::audit;
use super::db::{self, DbRef, Sql};
use crate::error::{Error, Result};
use rusqlite::params;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct AgencyRow {
    #[serde(skip)]
    pub id: i64,
    pub uuid: String,
    pub name: String,
    pub kind: String,
    pub region: Option<String>,
    pub contact: Option<String>,
    pub active: bool,
    pub created_at: String,
}

const COLUMNS: &str = "id, uuid, name, kind, region, contact, active, created_at";

fn row(r: &db::Row) -> rusqlite::Result<AgencyRow> {
    Ok(AgencyRow {
        id: r.get(0)?,
        uuid: r.get(1)?,
        name: r.get(2)?,
        kind: r.get(3)?,
        region: r.get(4)?,
        contact: r.get(5)?,
        active: r.get(6)?,
        created_at: r.get(7)?,
    })
}

/// An agency by name or UUID: the name as written, else the one name equal without regard to
/// letter case.
pub fn find<'a>(db: impl Into<DbRef<'a>>, name: &str) -> Result<Option<AgencyRow>> {
    let db = db.into();
    // A merged register (issue 20) may hold another office's namesake: this office's is the
    // one meant (names are unique per office); another office's is found by its UUID, or by
    // its name where this office has none.
    let sql = format!(
        "SELECT {COLUMNS} FROM agencies WHERE name = ?1 OR uuid = lower(?1)
         ORDER BY origin IS NOT NULL LIMIT 1"
    );
    let mut found = db.query_opt(&sql, [name], row)?;
    if found.is_none() {
        let sqlite = format!(
            "SELECT {COLUMNS} FROM agencies WHERE name = ?1 COLLATE NOCASE AND origin IS NULL LIMIT 2"
        );
        let pg = format!(
            "SELECT {COLUMNS} FROM agencies WHERE lower(name) = lower($1) AND origin IS NULL LIMIT 2"
        );
        let mut rows = db.all(Sql::each(&sqlite, &pg), [name], row)?;
        if rows.len() == 1 {
            found = rows.pop();
        }
    }
    Ok(found)
}

pub fn by_id<'a>(db: impl Into<DbRef<'a>>, id: i64) -> Result<AgencyRow> {
    let sql = format!("SELECT {COLUMNS} FROM agencies WHERE id = ?1");
    db.into().query_row(&sql, [id], row)
}

/// A new agency, or the fields an edit changes (`None`: unchanged).
pub struct AgencyFields<'a> {
    pub name: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub region: Option<&'a str>,
    pub contact: Option<&'a str>,
}

fn exists(db: DbRef, name: &str, except: i64) -> Result<bool> {
    Ok(db
        .query_opt(
            Sql::each(
                "SELECT 1 FROM agencies WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
                "SELECT 1 FROM agencies WHERE lower(name) = lower($1) AND id <> $2",
            ),
            params![name, except],
            |_| Ok(()),
        )?
        .is_some())
}

fn duplicate(name: &str) -> Error {
    Error::Refused(crate::tr!(
        "agency '{name}' is already in the directory; `kasus agency list --all` shows every agency",
        "lembaga '{name}' sudah ada di direktori; `kasus agency list --all` menampilkan semua lembaga"
    ))
}

/// The agency operations as the commands call them.
impl super::Register {
    pub fn find_agency(&self, name: &str) -> Result<Option<AgencyRow>> {
        find(&self.db, name)
    }

    /// Every agency name, active or not (for "did you mean").
    pub fn agency_names(&self) -> Result<Vec<String>> {
        self.db
            .r()
            .all("SELECT name FROM agencies ORDER BY name", [], |r| r.get(0))
    }

    /// The active agencies, or all when `all`, by name.
    pub fn agencies(&self, all: bool) -> Result<Vec<AgencyRow>> {
        let sql = format!("SELECT {COLUMNS} FROM agencies WHERE active = 1 OR ?1 ORDER BY name");
        self.db.r().all(&sql, [all], row)
    }

    /// Adds an agency to the directory, in one write (`agency.add`).
    pub fn add_agency(&mut self, a: &AgencyFields, now: &str, actor: &str) -> Result<AgencyRow> {
        let name = a.name.unwrap_or_default();
        let kind = a.kind.unwrap_or("lainnya");
        self.change(|tx| {
            if exists(tx, name, 0)? {
                return Err(duplicate(name));
            }
            let uuid = super::new_uuid();
            let id = tx.insert(
                "INSERT INTO agencies (uuid, name, kind, region, contact, active, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)",
                params![uuid, name, kind, a.region, a.contact, now],
            )?;
            let details = serde_json::json!({"agency": uuid, "kind": kind});
            audit::append(tx, now, actor, "agency.add", None, &details)?;
            by_id(tx, id)
        })
    }

    /// Changes an agency's fields, in one write (`agency.edit`: the fields changed, never
    /// their values).
    pub fn edit_agency(
        &mut self,
        agency: &AgencyRow,
        a: &AgencyFields,
        now: &str,
        actor: &str,
    ) -> Result<AgencyRow> {
        self.change(|tx| {
            super::offices::own_row(tx, "agencies", agency.id, &agency.name)?;
            if let Some(name) = a.name {
                if exists(tx, name, agency.id)? {
                    return Err(duplicate(name));
                }
            }
            let mut fields = Vec::new();
            for (field, value) in [
                ("name", a.name),
                ("kind", a.kind),
                ("region", a.region),
                ("contact", a.contact),
            ] {
                if let Some(v) = value {
                    // An empty region or contact clears it.
                    let v = (!v.is_empty()).then_some(v);
                    let sql =
                        format!("UPDATE agencies SET {field} = ?2, updated_at = ?3 WHERE id = ?1");
                    tx.execute(&sql, params![agency.id, v, now])?;
                    fields.push(field);
                }
            }
            let details = serde_json::json!({"agency": agency.uuid, "fields": fields});
            audit::append(tx, now, actor, "agency.edit", None, &details)?;
            by_id(tx, agency.id)
        })
    }

    pub fn deactivate_agency(&mut self, agency: &AgencyRow, now: &str, actor: &str) -> Result<()> {
        self.change(|tx| {
            super::offices::own_row(tx, "agencies", agency.id, &agency.name)?;
            tx.execute(
                "UPDATE agencies SET active = 0, updated_at = ?2 WHERE id = ?1",
                params![agency.id, now],
            )?;
            let details = serde_json::json!({"agency": agency.uuid});
            audit::append(tx, now, actor, "agency.deactivate", None, &details)?;
            Ok(())
        })
    }
}
