//! `kasus check`: SQLite's integrity check, the foreign keys and the audit chain, in one
//! command, with one verdict line. Exit 0 when all pass, 3 when any fails (named).

use super::Ctx;
use crate::error::{Error, Result};
use crate::output;
use crate::register::maintenance;
use crate::text::t;

pub fn run(ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let checks = maintenance::check(&reg);
    for l in checks.lines() {
        output::print(&l)?;
    }
    if checks.passed() {
        output::print(t(
            "check passed: the register is intact",
            "pemeriksaan lulus: register utuh",
        ))
    } else {
        let failed = checks.failed().join(", ");
        Err(Error::Invalid(crate::tr!(
            "check FAILED: {failed}. Stop writing to this register and restore it from a backup \
             (`kasus backup` makes one)",
            "pemeriksaan GAGAL: {failed}. Berhenti menulis ke register ini dan pulihkan dari \
             cadangan (`kasus backup` membuatnya)"
        )))
    }
}

/// A check only reads: it needs an existing register.
pub const READS_ONLY: bool = true;
