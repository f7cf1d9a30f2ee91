//! Staff and their roles.

use super::audit;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};

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
fn row(r: &rusqlite::Row) -> rusqlite::Result<StaffRow> {
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
fn with_roles(conn: &Connection, s: StaffRow) -> Result<StaffRow> {
    let sql = "SELECT role FROM staff_roles WHERE staff_id = ?1 ORDER BY role";
    let roles = super::all(conn, sql, [s.id], |r| r.get(0))?;
    Ok(StaffRow { roles, ..s })
}

/// A staff member by name or UUID. The name as written first; else the one name that matches
/// without regard to letter case (`rina contoh` is Rina Contoh, as case numbers are found in
/// any case), unless two names differ only by case.
pub fn find(conn: &Connection, name: &str) -> Result<Option<StaffRow>> {
    // A merged register (issue 20) may hold another office's namesake: this office's is the
    // one meant (names are unique per office); another office's is found by its UUID, or by
    // its name where this office has none.
    let sql = format!(
        "SELECT {COLUMNS} FROM staff WHERE name = ?1 OR uuid = lower(?1)
         ORDER BY origin IS NOT NULL LIMIT 1"
    );
    let mut found = conn.query_row(&sql, [name], row).optional()?;
    if found.is_none() {
        let sql = format!(
            "SELECT {COLUMNS} FROM staff WHERE name = ?1 COLLATE NOCASE AND origin IS NULL LIMIT 2"
        );
        let mut rows = super::all(conn, &sql, [name], row)?;
        if rows.len() == 1 {
            found = rows.pop();
        }
    }
    found.map(|s| with_roles(conn, s)).transpose()
}

pub fn names(conn: &Connection) -> Result<Vec<String>> {
    super::all(conn, "SELECT name FROM staff ORDER BY name", [], |r| {
        r.get(0)
    })
}

/// The staff operations as the commands call them.
impl super::Register {
    /// A staff member by name or UUID.
    /// Limited to one office (`--office`, the register's scope), that office's staff member of
    /// that name.
    pub fn find_staff(&self, name: &str) -> Result<Option<StaffRow>> {
        if let Some(scope) = self.scope() {
            let sql = format!(
                "SELECT {COLUMNS} FROM staff WHERE (name = ?1 OR uuid = lower(?1))
                   AND ifnull(origin, '') = ?2"
            );
            let found = self
                .conn()?
                .query_row(&sql, [name, scope], row)
                .optional()?;
            if let Some(s) = found {
                return with_roles(self.conn()?, s).map(Some);
            }
        }
        find(self.conn()?, name)
    }

    /// Every staff name, active or not (for "did you mean").
    pub fn staff_names(&self) -> Result<Vec<String>> {
        names(self.conn()?)
    }

    /// The active staff, or everyone when `all`.
    pub fn staff(&self, all: bool) -> Result<Vec<StaffRow>> {
        let conn = self.conn()?;
        let sql = format!("SELECT {COLUMNS} FROM staff WHERE active = 1 OR ?1 ORDER BY name");
        let rows = super::all(conn, &sql, [all], row)?;
        rows.into_iter().map(|s| with_roles(conn, s)).collect()
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
        self.write(|tx| {
            let exists: Option<i64> = tx
                .query_row("SELECT id FROM staff WHERE name = ?1 AND origin IS NULL", [name], |r| r.get(0))
                .optional()?;
            if exists.is_some() {
                return Err(Error::Refused(crate::tr!(
                    "staff '{name}' already exists; `kasus staff list --all` shows everyone",
                    "staf '{name}' sudah ada; `kasus staff list --all` menampilkan semua staf"
                )));
            }
            let uuid = super::new_uuid();
            tx.execute(
                "INSERT INTO staff (uuid, office, name, active, created_at, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?4)",
                params![uuid, office, name, now],
            )?;
            let id = tx.last_insert_rowid();
            for r in roles {
                tx.execute(
                    "INSERT OR IGNORE INTO staff_roles (staff_id, role) VALUES (?1, ?2)",
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
        self.write(|tx| {
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
