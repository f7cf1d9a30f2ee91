//! Staff and their roles.

use super::audit;
use super::db::{self, DbRef, Sql};
use crate::error::{Error, Result};
use rusqlite::params;

#[derive(Debug, Clone)]
pub struct StaffRow {
    pub id: i64,
    pub uuid: String,
    pub name: String,
    pub active: bool,
    pub roles: Vec<String>,
    pub created_at: String,
}

const COLUMNS: &str = "id, uuid, name, active, created_at";

/// A staff row as read, before its roles ([`with_roles`]).
fn row(r: &db::Row) -> rusqlite::Result<StaffRow> {
    Ok(StaffRow {
        id: r.get(0)?,
        uuid: r.get(1)?,
        name: r.get(2)?,
        active: r.get(3)?,
        roles: Vec::new(),
        created_at: r.get(4)?,
    })
}

/// The staff member with their roles.
fn with_roles(db: DbRef, s: StaffRow) -> Result<StaffRow> {
    let sql = "SELECT role FROM staff_roles WHERE staff_id = ?1 ORDER BY role";
    let roles = db.all(sql, [s.id], |r| r.get(0))?;
    Ok(StaffRow { roles, ..s })
}

/// A staff member by name or UUID. The name as written first; else the one name that matches
/// without regard to letter case (`rina contoh` is Rina Contoh, as case numbers are found in
/// any case), unless two names differ only by case.
pub fn find<'a>(db: impl Into<DbRef<'a>>, name: &str) -> Result<Option<StaffRow>> {
    let db = db.into();
    // A merged register (issue 20) may hold another office's namesake: this office's is the
    // one meant (names are unique per office); another office's is found by its UUID, or by
    // its name where this office has none.
    let sql = format!(
        "SELECT {COLUMNS} FROM staff WHERE name = ?1 OR uuid = lower(?1)
         ORDER BY origin IS NOT NULL LIMIT 1"
    );
    let mut found = db.query_opt(&sql, [name], row)?;
    if found.is_none() {
        let sqlite = format!(
            "SELECT {COLUMNS} FROM staff WHERE name = ?1 COLLATE NOCASE AND origin IS NULL LIMIT 2"
        );
        let pg = format!(
            "SELECT {COLUMNS} FROM staff WHERE lower(name) = lower($1) AND origin IS NULL LIMIT 2"
        );
        let mut rows = db.all(Sql::each(&sqlite, &pg), [name], row)?;
        if rows.len() == 1 {
            found = rows.pop();
        }
    }
    found.map(|s| with_roles(db, s)).transpose()
}

pub fn names<'a>(db: impl Into<DbRef<'a>>) -> Result<Vec<String>> {
    db.into()
        .all("SELECT name FROM staff ORDER BY name", [], |r| r.get(0))
}

/// The staff operations as the commands call them.
impl super::Register {
    /// A staff member by name or UUID.
    /// Limited to one office (`--office`, the register's scope), that office's staff member of
    /// that name.
    pub fn find_staff(&self, name: &str) -> Result<Option<StaffRow>> {
        let db = self.db.r();
        if let Some(scope) = self.scope() {
            let sqlite = format!(
                "SELECT {COLUMNS} FROM staff WHERE (name = ?1 OR uuid = lower(?1))
                   AND ifnull(origin, '') = ?2"
            );
            let pg = format!(
                "SELECT {COLUMNS} FROM staff WHERE (name = $1 OR uuid = lower($1))
                   AND coalesce(origin, '') = $2"
            );
            let found = db.query_opt(Sql::each(&sqlite, &pg), [name, scope], row)?;
            if let Some(s) = found {
                return with_roles(db, s).map(Some);
            }
        }
        find(db, name)
    }

    /// Every staff name, active or not (for "did you mean").
    pub fn staff_names(&self) -> Result<Vec<String>> {
        names(&self.db)
    }

    /// The active staff, or everyone when `all`.
    pub fn staff(&self, all: bool) -> Result<Vec<StaffRow>> {
        let db = self.db.r();
        let sql = format!("SELECT {COLUMNS} FROM staff WHERE active = 1 OR ?1 ORDER BY name");
        let rows = db.all(&sql, [all], row)?;
        rows.into_iter().map(|s| with_roles(db, s)).collect()
    }

    /// Adds a staff member with roles, in one write.
    pub fn add_staff(
        &mut self,
        name: &str,
        roles: &[String],
        office: &str,
        now: &str,
        actor: &str,
    ) -> Result<StaffRow> {
        self.change(|tx| {
            let exists: Option<i64> = tx.query_opt(
                "SELECT id FROM staff WHERE name = ?1 AND origin IS NULL",
                [name],
                |r| r.get(0),
            )?;
            if exists.is_some() {
                return Err(Error::Refused(crate::tr!(
                    "staff '{name}' already exists; `kasus staff list --all` shows everyone",
                    "staf '{name}' sudah ada; `kasus staff list --all` menampilkan semua staf"
                )));
            }
            let uuid = super::new_uuid();
            let id = tx.insert(
                "INSERT INTO staff (uuid, office, name, active, created_at, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?4)",
                params![uuid, office, name, now],
            )?;
            for r in roles {
                tx.execute(
                    "INSERT INTO staff_roles (staff_id, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    params![id, r],
                )?;
            }
            audit::append(
                tx,
                now,
                actor,
                "staff.add",
                None,
                &serde_json::json!({"staff": uuid, "roles": roles}),
            )?;
            Ok(StaffRow {
                id,
                uuid,
                name: name.to_string(),
                active: true,
                roles: roles.to_vec(),
                created_at: now.to_string(),
            })
        })
    }

    pub fn deactivate_staff(&mut self, staff: &StaffRow, now: &str, actor: &str) -> Result<()> {
        self.change(|tx| {
            super::offices::own_row(tx, "staff", staff.id, &staff.name)?;
            tx.execute(
                "UPDATE staff SET active = 0, updated_at = ?2 WHERE id = ?1",
                params![staff.id, now],
            )?;
            let details = serde_json::json!({"staff": staff.uuid});
            audit::append(tx, now, actor, "staff.deactivate", None, &details)?;
            Ok(())
        })
    }
}
