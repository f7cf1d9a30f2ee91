//! The office calendar kept in the register (schema 3), versioned like SOPs: importing a
//! changed file adds a version, and the latest version is in force; importing the text already
//! in force adds nothing. A register with no version uses the built-in office calendar. Each
//! import is audited (`calendar.import`).

use super::db::{self, DbRef};
use super::{audit, Register};
use crate::error::{Error, Result};
use crate::worktime::{file, Office};
use rusqlite::params;

/// One stored calendar version: the TOML text as imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarVersion {
    pub version: i64,
    pub name: String,
    pub text: String,
    pub sha256: String,
    pub imported_at: String,
    pub imported_by: String,
}

impl CalendarVersion {
    /// Reads the stored text (checked when it went in) in the register's zone.
    pub fn office(&self, zone: crate::clock::Zone) -> Result<Office> {
        file::parse(&self.text, zone).map_err(|_| {
            Error::Other(crate::tr!(
                "calendar version {} in the register no longer reads; `kasus calendar check` lists its problems",
                "kalender versi {} di register tidak bisa dibaca lagi; `kasus calendar check` menyebut masalahnya",
                self.version
            ))
        })
    }
}

/// What `calendar import` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    New(i64),
    /// The same text is already in force, as this version.
    Unchanged(i64),
}

const COLUMNS: &str = "version, name, text, sha256, imported_at, imported_by";

fn row(r: &db::Row) -> rusqlite::Result<CalendarVersion> {
    Ok(CalendarVersion {
        version: r.get(0)?,
        name: r.get(1)?,
        text: r.get(2)?,
        sha256: r.get(3)?,
        imported_at: r.get(4)?,
        imported_by: r.get(5)?,
    })
}

/// The version in force, if any was imported: this office's own (origin NULL); a calendar
/// merged from another office is never in force here.
pub fn latest<'a>(db: impl Into<DbRef<'a>>) -> Result<Option<CalendarVersion>> {
    db.into().query_opt(
        &format!(
            "SELECT {COLUMNS} FROM calendars WHERE origin IS NULL ORDER BY version DESC LIMIT 1"
        ),
        [],
        row,
    )
}

/// Every version of this office's own calendar, oldest first.
pub fn versions<'a>(db: impl Into<DbRef<'a>>) -> Result<Vec<CalendarVersion>> {
    db.into().all(
        &format!("SELECT {COLUMNS} FROM calendars WHERE origin IS NULL ORDER BY version"),
        [],
        row,
    )
}

/// Stores a checked calendar text as a new version, unless the same text is in force already.
/// An earlier version's text imported again becomes a new version (it is in force again).
pub fn import(tx: DbRef, name: &str, text: &str, now: &str, actor: &str) -> Result<Imported> {
    let sha = crate::sop::catalog::sha256_hex(text);
    if let Some(v) = latest(tx)? {
        if v.sha256 == sha {
            return Ok(Imported::Unchanged(v.version));
        }
    }
    let next: i64 = tx.query_row(
        "SELECT coalesce(max(version), 0) + 1 FROM calendars WHERE origin IS NULL",
        [],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO calendars (version, name, text, sha256, imported_at, imported_by, uuid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![next, name, text, sha, now, actor, super::new_uuid()],
    )?;
    audit::append(
        tx,
        now,
        actor,
        "calendar.import",
        None,
        &serde_json::json!({"version": next, "name": name, "sha256": sha}),
    )?;
    Ok(Imported::New(next))
}

/// The office calendar in force and its version (0: the built-in one), in the register's zone.
pub(super) fn office<'a>(db: impl Into<DbRef<'a>>) -> Result<(i64, Office)> {
    let db = db.into();
    let zone = super::zone(db)?;
    match latest(db)? {
        Some(v) => Ok((v.version, v.office(zone)?)),
        None => Ok((0, Office::builtin_office(zone))),
    }
}

/// The calendar operations as the commands call them.
impl Register {
    /// The stored calendar in force; `None`: the built-in office calendar.
    pub fn latest_calendar(&self) -> Result<Option<CalendarVersion>> {
        latest(&self.db)
    }

    /// Every stored calendar version, oldest first.
    pub fn calendar_versions(&self) -> Result<Vec<CalendarVersion>> {
        versions(&self.db)
    }

    /// Stores a checked calendar file's text (see [`import`]).
    pub fn import_calendar(
        &mut self,
        name: &str,
        text: &str,
        now: &str,
        actor: &str,
    ) -> Result<Imported> {
        self.change(|tx| import(tx, name, text, now, actor))
    }

    /// The office calendar in force: the latest stored version, else the built-in office
    /// calendar in the register's zone; with its version (0: built-in).
    pub fn office_calendar(&self) -> Result<(i64, Office)> {
        office(&self.db)
    }

    /// The clocks steps are measured on: the office calendar in force (and its version) and
    /// the 24/7 clock, in the register's zone.
    pub fn clocks(&self) -> Result<crate::timing::Clocks> {
        let (version, office) = self.office_calendar()?;
        Ok(crate::timing::Clocks::new(office.calendar(), version))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worktime::file::tests::GOOD;

    #[test]
    fn imports_are_versions_and_the_same_text_again_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut reg = Register::open(&dir.path().join("r.db")).unwrap();
        let (v, office) = reg.office_calendar().unwrap();
        assert_eq!(v, 0);
        assert_eq!(office, Office::builtin_office(crate::clock::Zone::Wib));
        let other = GOOD.replace("Kota Contoh", "Kabupaten Contoh");
        let at = "2026-03-02T05:00:00Z";
        assert_eq!(
            reg.import_calendar("A", GOOD, at, "t").unwrap(),
            Imported::New(1)
        );
        assert_eq!(
            reg.import_calendar("A", GOOD, at, "t").unwrap(),
            Imported::Unchanged(1)
        );
        assert_eq!(
            reg.import_calendar("B", &other, at, "t").unwrap(),
            Imported::New(2)
        );
        // The first text again is in force again: a new version.
        assert_eq!(
            reg.import_calendar("A", GOOD, at, "t").unwrap(),
            Imported::New(3)
        );
        let versions = reg.calendar_versions().unwrap();
        assert_eq!(
            versions.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            ["A", "B", "A"]
        );
        let (v, office) = reg.office_calendar().unwrap();
        assert_eq!(v, 3);
        assert_eq!(office.name, "UPTD PPA Kota Contoh");
        let audited: i64 = reg
            .conn()
            .unwrap()
            .query_row(
                "SELECT count(*) FROM audit WHERE action = 'calendar.import'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audited, 3);
    }
}
