//! The register's operations for `kasus intake`, single and bulk: what a command calls instead
//! of holding the connection. The SQL itself is in `cases` (one statement per row kind, shared
//! by both paths) and `bulk` (the bulk writer's prepared statements and in-memory chain).

use super::bulk;
pub use super::bulk::{Earlier, Report};
pub use super::case_writer::CaseWriter;
use super::cases::{self, CaseRow, Match, Person};
use super::sops::{self, SopVersion};
use super::Register;
use crate::error::Result;

/// The case already registered with this external_ref, if any.
pub fn case_with_ref(reg: &Register, external_ref: &str) -> Result<Option<CaseRow>> {
    cases::by_external_ref(&reg.db, external_ref)
}

/// The number of the first case of the same report ([`Report`]), if any: how a case without an
/// external_ref is recognised.
pub fn case_with_report(reg: &Register, report: &Report) -> Result<Option<String>> {
    Ok(report.find(reg.db.r(), 0)?.map(|(_, number)| number))
}

/// Search before create: cases whose victim has the same NIK, or the same name and birth date.
pub fn matching_victims(reg: &Register, victim: &Person) -> Result<Vec<Match>> {
    cases::matching_victims(&reg.db, victim)
}

/// Cases whose victim may be the same person by name and age (see
/// [`cases::possible_victims`]).
pub fn possible_victims(reg: &Register, victim: &Person, reported_at: &str) -> Result<Vec<Match>> {
    cases::possible_victims(&reg.db, victim, reported_at)
}

/// Registers one case in its own write transaction (number, people, violence types, audit).
pub use super::cases::register_case;

/// What a bulk intake checks its rows against, read inside its write transaction.
pub struct BulkStart {
    /// The newest version of every SOP.
    pub catalogue: Vec<SopVersion>,
}

/// Runs a bulk intake: one write transaction (IMMEDIATE; EXCLUSIVE with the rollback journal,
/// `Register::bulk_write_or_rehearse`), with a larger page cache, in which `f`
/// gets what the register holds (read inside the transaction, so an intake that commits while
/// this one waits for the lock is seen) and a writer that registers cases one after another
/// (the cases it holds back are written when `f` returns, before the commit).
/// All or nothing: an error from `f` rolls everything back; without `commit` (a dry run)
/// everything is rolled back at the end. `whole_input`: the rows come from a regular file (not
/// a pipe or a terminal), so the write may take the register for itself with the rollback
/// journal (`Register::bulk_write_or_rehearse`).
pub fn bulk_intake<T>(
    reg: &mut Register,
    office: &str,
    now: &str,
    actor: &str,
    commit: bool,
    whole_input: bool,
    f: impl for<'w, 't> FnOnce(BulkStart, &'w mut CaseWriter<'t>) -> Result<T>,
) -> Result<T> {
    if reg.engine() == super::db::Engine::Postgres {
        // A bulk write reads its input as it goes, so it is not run again.
        return reg.change_or_rehearse(
            commit,
            super::server::once(|db| {
                let start = BulkStart {
                    catalogue: sops::catalogue(db)?,
                };
                let mut writer = CaseWriter::server(db, office, now, actor)?;
                let out = f(start, &mut writer)?;
                writer.finish()?;
                Ok(out)
            }),
        );
    }
    bulk::tune(reg.conn()?, 32)?;
    bulk::skip_checks(reg.conn()?, true)?;
    let out = reg.bulk_write_or_rehearse(commit, whole_input, |tx| {
        let start = BulkStart {
            catalogue: sops::catalogue(tx)?,
        };
        let mut writer = CaseWriter::File(Box::new(bulk::FileWriter::new(tx, office, now, actor)?));
        let out = f(start, &mut writer)?;
        // The cases the writer holds back, written before the transaction ends.
        writer.finish()?;
        Ok(out)
    });
    let reset = bulk::skip_checks(reg.conn()?, false);
    let out = out?;
    reset?;
    Ok(out)
}
