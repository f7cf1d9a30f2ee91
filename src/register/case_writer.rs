//! The bulk intake's case writer on either engine: on a register file, `bulk::FileWriter`
//! (prepared statements, a duplicate filter, the chain kept in memory: SQLite's fast path); on
//! a PostgreSQL server, [`ServerWriter`]: each case through the same statements as a single
//! intake (`cases::insert_new`) and its own audit entry, in the one write transaction of the
//! whole file (all or nothing).

use super::bulk::{self, Earlier, FileWriter};
use super::cases::{self, NewCase};
use super::db::{DbRef, Sql};
use crate::error::Result;

/// Registers cases one after another in the caller's write transaction.
pub enum CaseWriter<'t> {
    File(Box<FileWriter<'t>>),
    Server(ServerWriter<'t>),
}

/// The writer on a PostgreSQL register.
pub struct ServerWriter<'t> {
    db: DbRef<'t>,
    /// The first case id this intake writes: a lower one was registered before.
    first_new: i64,
    last_case: i64,
    office: String,
    now: String,
    actor: String,
    number: String,
}

impl<'t> CaseWriter<'t> {
    /// The writer on a server register, in the transaction `db` is in.
    pub fn server(db: DbRef<'t>, office: &str, now: &str, actor: &str) -> Result<Self> {
        let first_new = db.query_row("SELECT coalesce(max(id), 0) + 1 FROM cases", [], |r| {
            r.get::<i64>(0)
        })?;
        Ok(CaseWriter::Server(ServerWriter {
            db,
            first_new,
            last_case: 0,
            office: office.to_string(),
            now: now.to_string(),
            actor: actor.to_string(),
            number: String::new(),
        }))
    }

    /// The case with this external_ref, if any.
    pub fn find_ref(&mut self, external_ref: &str) -> Result<Option<Earlier>> {
        match self {
            CaseWriter::File(w) => w.find_ref(external_ref),
            CaseWriter::Server(w) => w.find(bulk::BY_REF.into(), &[&external_ref]),
        }
    }

    /// Whether the registered case with this external_ref has this victim: the same NIK, or
    /// the same name and birth date.
    pub fn same_victim(&mut self, external_ref: &str, victim: &cases::Person) -> Result<bool> {
        match self {
            CaseWriter::File(w) => w.same_victim(external_ref, victim),
            CaseWriter::Server(w) => bulk::same_victim(w.db, external_ref, victim),
        }
    }

    /// The first case whose victim has this NIK, if any.
    pub fn find_nik(&mut self, nik: &str) -> Result<Option<Earlier>> {
        match self {
            CaseWriter::File(w) => w.find_nik(nik),
            CaseWriter::Server(w) => w.find(Sql::each(bulk::BY_NIK, bulk::BY_NIK_PG), &[&nik]),
        }
    }

    /// The first case whose victim has this name key and birth date, if any.
    pub fn find_name_birth(&mut self, name_key: &str, birth: &str) -> Result<Option<Earlier>> {
        match self {
            CaseWriter::File(w) => w.find_name_birth(name_key, birth),
            CaseWriter::Server(w) => w.find(bulk::BY_NAME_BIRTH.into(), &[&name_key, &birth]),
        }
    }

    /// The first case of the same report ([`bulk::Report`]), if any; with `this_run`, only a
    /// case of this intake.
    pub fn find_report(
        &mut self,
        report: &bulk::Report,
        this_run: bool,
    ) -> Result<Option<Earlier>> {
        match self {
            CaseWriter::File(w) => w.find_report(report, this_run),
            CaseWriter::Server(w) => {
                let since = if this_run { w.first_new } else { 0 };
                Ok(report
                    .find(w.db, since)?
                    .map(|(id, number)| Earlier::of(w.first_new, id, number)))
            }
        }
    }

    /// The victims this intake added so far who may be earlier cases' victims (the same name
    /// and ages that agree: [`cases::possible_victims_from`]).
    pub fn possible_victims(&mut self) -> Result<Vec<cases::Possible>> {
        match self {
            CaseWriter::File(w) => w.possible_victims(),
            CaseWriter::Server(w) => cases::possible_victims_from(w.db, w.first_new, w.last_case),
        }
    }

    /// Whether [`CaseWriter::insert`] takes a case's values made ahead ([`cases::Encoded`]):
    /// a register file's writer does; the server's binds each case's values itself.
    pub fn takes_values(&self) -> bool {
        matches!(self, CaseWriter::File(_))
    }

    /// Sizes the duplicate filter for an input of `bytes` bytes (a register file; the server's
    /// indexes answer each lookup).
    pub fn expect_input(&mut self, bytes: u64) -> Result<()> {
        match self {
            CaseWriter::File(w) => w.expect_input(bytes),
            CaseWriter::Server(_) => Ok(()),
        }
    }

    /// The id of the case [`CaseWriter::insert`] wrote last.
    pub fn last_id(&self) -> i64 {
        match self {
            CaseWriter::File(w) => w.last_id(),
            CaseWriter::Server(w) => w.last_case,
        }
    }

    /// Writes what the writer holds back (a register file's last batch); the bulk intake calls
    /// it before it commits.
    pub fn finish(&mut self) -> Result<()> {
        match self {
            CaseWriter::File(w) => w.finish(),
            CaseWriter::Server(_) => Ok(()),
        }
    }

    /// Registers one case; returns its number. `ahead`: its values made while it was read
    /// ([`cases::Encoded::of`] of `c`), which a register file's writer copies.
    pub fn insert(
        &mut self,
        c: &NewCase,
        sop_code: &str,
        ahead: Option<&cases::Encoded>,
    ) -> Result<&str> {
        match self {
            CaseWriter::File(w) => w.insert(c, sop_code, ahead),
            CaseWriter::Server(w) => w.insert(c, sop_code),
        }
    }
}

impl ServerWriter<'_> {
    fn find(&self, sql: Sql, args: &[&dyn rusqlite::ToSql]) -> Result<Option<Earlier>> {
        let hit: Option<(i64, String)> = self
            .db
            .query_opt(sql, args, |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(hit.map(|(id, number)| Earlier::of(self.first_new, id, number)))
    }

    fn insert(&mut self, c: &NewCase, sop_code: &str) -> Result<&str> {
        let (id, number, uuid) = cases::insert_new(self.db, c, &self.office, &self.now)?;
        self.last_case = id;
        let details = serde_json::json!({
            "number": number,
            "sop": sop_code,
            "sop_version_id": c.sop_version_id,
        });
        super::audit::append(
            self.db,
            &self.now,
            &self.actor,
            "case.intake",
            Some(&uuid),
            &details,
        )?;
        self.number = number;
        Ok(&self.number)
    }
}
