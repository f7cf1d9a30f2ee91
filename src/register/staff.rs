//! Staff and their roles.

use super::audit;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

#[derive(Debug, Clone)]
pub struct StaffRow {
    pub id: i64,
    pub uuid: String,
    pub name: String,
    pub active: bool,
    pub roles: Vec<String>,
    pub created_at: String,
}

pub fn add(
    tx: &Transaction,
    name: &str,
    roles: &[String],
    office: &str,
    now: &str,
    actor: &str,
) -> Result<StaffRow> {
    let exists: Option<i64> = tx
        .query_row("SELECT id FROM staff WHERE name = ?1", [name], |r| r.get(0))
        .optional()?;
    if exists.is_some() {
        return Err(Error::Refused(crate::tr!(
            "staff '{name}' already exists; `kasus staff list --all` shows everyone",
            "staf '{name}' sudah ada; `kasus staff list --all` menampilkan semua staf"
        )));
    }
    let uuid = uuid::Uuid::new_v4().to_string();
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
}

fn roles_of(conn: &Connection, id: i64) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT role FROM staff_roles WHERE staff_id = ?1 ORDER BY role")?;
    let v = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn list(conn: &Connection, all: bool) -> Result<Vec<StaffRow>> {
    let mut stmt = conn.prepare(
        "SELECT id, uuid, name, active, created_at FROM staff WHERE active = 1 OR ?1 ORDER BY name",
    )?;
    let rows: Vec<(i64, String, String, bool, String)> = stmt
        .query_map([all], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(id, uuid, name, active, created_at)| {
            Ok(StaffRow {
                id,
                uuid,
                name,
                active,
                roles: roles_of(conn, id)?,
                created_at,
            })
        })
        .collect()
}

pub fn find(conn: &Connection, name: &str) -> Result<Option<StaffRow>> {
    let row: Option<(i64, String, String, bool, String)> = conn
        .query_row(
            "SELECT id, uuid, name, active, created_at FROM staff WHERE name = ?1 OR uuid = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    row.map(|(id, uuid, name, active, created_at)| {
        Ok(StaffRow {
            id,
            uuid,
            name,
            active,
            roles: roles_of(conn, id)?,
            created_at,
        })
    })
    .transpose()
}

pub fn names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM staff ORDER BY name")?;
    let v = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn deactivate(tx: &Transaction, staff: &StaffRow, now: &str, actor: &str) -> Result<()> {
    tx.execute(
        "UPDATE staff SET active = 0, updated_at = ?2 WHERE id = ?1",
        params![staff.id, now],
    )?;
    audit::append(
        tx,
        now,
        actor,
        "staff.deactivate",
        None,
        &serde_json::json!({"staff": staff.uuid}),
    )?;
    Ok(())
}

/// The staff operations as the commands call them.
impl super::Register {
    /// A staff member by name or UUID.
    pub fn find_staff(&self, name: &str) -> Result<Option<StaffRow>> {
        find(self.conn(), name)
    }

    /// Every staff name, active or not (for "did you mean").
    pub fn staff_names(&self) -> Result<Vec<String>> {
        names(self.conn())
    }

    /// The active staff, or everyone when `all`.
    pub fn staff(&self, all: bool) -> Result<Vec<StaffRow>> {
        list(self.conn(), all)
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
        self.write(|tx| add(tx, name, roles, office, now, actor))
    }

    pub fn deactivate_staff(&mut self, staff: &StaffRow, now: &str, actor: &str) -> Result<()> {
        self.write(|tx| deactivate(tx, staff, now, actor))
    }
}
