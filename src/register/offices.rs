//! The offices whose rows a register holds (issue 20), and the office reads are limited to
//! (`--office`): see `crate::office` for how a value typed is resolved.
//!
//! This office is known from its settings (`office-uuid`, `office-prefix`, `unit-name`) and the
//! prefixes of its own cases; another office from the rows it recorded (`origin`), its prefixes
//! from its case numbers. From schema 11 (`kasus merge`), a register also keeps the table
//! `origins` (each merged office's uuid, prefix and unit name, as its last bundle said): when it
//! is there, it is read too, so an office that sent no case yet is listed with its name.

use super::db::{DbRef, Engine, Sql};
use super::Register;
use crate::error::Result;
use crate::office::{Office, Offices};

impl Register {
    /// Every office present: this office, then the others by prefix.
    pub fn offices(&self) -> Result<Offices> {
        let db = self.db.r();
        let own_uuid = self.setting(super::OFFICE_UUID)?.unwrap_or_default();
        let mut own = Office {
            uuid: own_uuid,
            own: true,
            prefixes: vec![self.office_prefix()?],
            name: self.setting("unit-name")?,
        };
        let mut others: Vec<Office> = Vec::new();
        // Distinct (origin, prefix) pairs of the cases, newest prefix first. One pass over the
        // cases: only asked for by `--office`, `--by office` and `case list`'s office column
        // (see `several_offices` for the cheap question).
        // (PostgreSQL puts NULLs last unless told: this office's rows first, as SQLite.)
        let pairs: Vec<(Option<String>, String)> = db.all(
            Sql::each(
                "SELECT origin, office FROM cases GROUP BY origin, office ORDER BY origin, max(id) DESC",
                "SELECT origin, office FROM cases GROUP BY origin, office
                 ORDER BY origin NULLS FIRST, max(id) DESC",
            ),
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for (origin, prefix) in pairs {
            let office = match origin {
                None => &mut own,
                Some(u) => match others.iter().position(|o| o.uuid == u) {
                    Some(i) => &mut others[i],
                    None => {
                        others.push(Office {
                            uuid: u,
                            own: false,
                            prefixes: Vec::new(),
                            name: None,
                        });
                        others.last_mut().expect("just pushed")
                    }
                },
            };
            if !office
                .prefixes
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&prefix))
            {
                office.prefixes.push(prefix);
            }
        }
        for (uuid, prefix, name) in offices_table(db)?.unwrap_or_default() {
            if uuid == own.uuid {
                continue;
            }
            match others.iter_mut().find(|o| o.uuid == uuid) {
                Some(o) => {
                    if o.name.is_none() {
                        o.name = name;
                    }
                    if let Some(p) = prefix {
                        if !o.prefixes.iter().any(|x| x.eq_ignore_ascii_case(&p)) {
                            o.prefixes.insert(0, p);
                        }
                    }
                }
                None => others.push(Office {
                    uuid,
                    own: false,
                    prefixes: prefix.into_iter().collect(),
                    name,
                }),
            }
        }
        let mut all = vec![own];
        all.extend(others);
        Ok(Offices::new(all))
    }

    /// Whether cases of another office are here (a merged register). Where the register keeps
    /// `origins` (schema 11), it answers: rows of another office come only by a merge, which
    /// names the office there. Before (schema 10), one probe, not a count: with no index on
    /// `origin`, it reads the per-origin index of case numbers (`cases_office_seq`, which holds
    /// `ifnull(origin, '')`) rather than the cases: a register of one office reads that index
    /// once, some 30 bytes a case (about 10 ms for 300,000 cases).
    pub fn several_offices(&self) -> Result<bool> {
        let own = self.setting(super::OFFICE_UUID)?.unwrap_or_default();
        let db = self.db.r();
        if let Some(rows) = offices_table(db)? {
            return Ok(rows.iter().any(|o| o.0 != own));
        }
        Ok(db
            .query_opt(
                Sql::each(
                    "SELECT 1 FROM cases INDEXED BY cases_office_seq
                     WHERE ifnull(origin, '') <> '' LIMIT 1",
                    "SELECT 1 FROM cases WHERE coalesce(origin, '') <> '' LIMIT 1",
                ),
                [],
                |_| Ok(()),
            )?
            .is_some())
    }

    /// Limits the reads that honour it (`case list`, reports, exports) to `office`'s rows
    /// (None: every office's).
    pub fn set_scope(&mut self, office: Option<&Office>) {
        self.scope = office.map(Office::origin_key);
    }

    /// The `ifnull(origin, '')` value reads are limited to (see `set_scope`), bound as a query
    /// parameter: `(?N IS NULL OR ifnull(c.origin, '') = ?N)`.
    pub fn scope(&self) -> Option<&str> {
        self.scope.as_deref()
    }

    /// The condition that limits a query to the scope's rows of the table named `alias`
    /// (` AND ifnull(c.origin, '') = '…'`; on PostgreSQL `coalesce`), or nothing without a
    /// scope: a query of a register not limited to one office is the very text it was, so its
    /// plan (a covering index, issue 19) stays. The value is an office UUID read from the
    /// register (or empty), quoted.
    pub fn scope_sql(&self, alias: &str) -> String {
        let null_as = match self.engine() {
            Engine::Sqlite => "ifnull",
            Engine::Postgres => "coalesce",
        };
        match &self.scope {
            None => String::new(),
            Some(v) => format!(
                " AND {null_as}({alias}.origin, '') = '{}'",
                v.replace('\'', "''")
            ),
        }
    }
}

/// A row of `origins`: an office's uuid, prefix and unit name.
type OfficeRow = (String, Option<String>, Option<String>);

/// The offices merged into this register (`origins`, schema 11), or None where the register
/// has no such table (schema 10: nothing merged by `kasus merge`).
fn offices_table(db: DbRef) -> Result<Option<Vec<OfficeRow>>> {
    let exists: bool = db.query_row(
        Sql::each(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'origins')",
            "SELECT to_regclass('origins') IS NOT NULL",
        ),
        [],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    let rows = db.all(
        "SELECT uuid, prefix, unit_name FROM origins ORDER BY uuid",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(Some(rows))
}

/// A row of `table` (`staff`, `agencies`) this office may change: its own, not one another
/// office recorded and a bundle brought (`origin` set). Another office's is refused (exit 4,
/// naming the row by `name`): it is theirs to change, in their register, and a change here
/// would be lost to their next bundle or stand as a conflict.
pub(super) fn own_row(db: DbRef, table: &'static str, id: i64, name: &str) -> Result<()> {
    let origin: Option<String> = db.query_row(
        &format!("SELECT origin FROM {table} WHERE id = ?1"),
        [id],
        |r| r.get(0),
    )?;
    match origin {
        None => Ok(()),
        Some(office) => {
            let what = match table {
                "staff" => crate::text::t("staff member", "staf"),
                _ => crate::text::t("agency", "lembaga"),
            };
            Err(crate::error::Error::Refused(crate::tr!(
                "{what} '{name}' belongs to office {office}, whose bundle brought it; it is theirs \
                 to change: changes are made in their register and come in with their next \
                 bundle. Nothing was changed",
                "{what} '{name}' milik kantor {office}, yang membawanya lewat bundel; kantor itulah \
                 yang mengubahnya: perubahan dibuat di register mereka dan masuk bersama bundel \
                 berikutnya. Tidak ada yang diubah"
            )))
        }
    }
}
