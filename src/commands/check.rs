//! `kasus check`: SQLite's integrity check, the foreign keys and the audit chain, in one
//! command, with one verdict line. Exit 0 when all pass, 3 when any fails (named).

use super::Ctx;
use crate::error::{Error, Result};
use crate::output;
use crate::register::maintenance::{self, Checks};
use crate::text::t;

/// One line per check: "integrity: ok", "audit chain: broken at entry 7: ...".
pub fn lines(c: &Checks) -> Vec<String> {
    let line = |name: &str, r: &std::result::Result<String, String>| match r {
        Ok(s) => format!("{name}: {s}"),
        Err(s) => format!("{name}: {}: {s}", t("FAILED", "GAGAL")),
    };
    vec![
        line(t("integrity", "integritas"), &c.integrity),
        line(t("foreign keys", "kunci asing"), &c.foreign_keys),
        line(t("audit chain", "rantai audit"), &c.audit),
    ]
}

/// The names of the checks that failed.
pub fn failed(c: &Checks) -> Vec<&'static str> {
    let mut v = Vec::new();
    if c.integrity.is_err() {
        v.push(t("integrity", "integritas"));
    }
    if c.foreign_keys.is_err() {
        v.push(t("foreign keys", "kunci asing"));
    }
    if c.audit.is_err() {
        v.push(t("audit chain", "rantai audit"));
    }
    v
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let reg = ctx.open()?;
    let checks = maintenance::check(reg.conn());
    for l in lines(&checks) {
        output::print(&l)?;
    }
    if checks.passed() {
        output::print(t(
            "check passed: the register is intact",
            "pemeriksaan lulus: register utuh",
        ))
    } else {
        Err(Error::Invalid(format!(
            "{}: {}. {}",
            t("check FAILED", "pemeriksaan GAGAL"),
            failed(&checks).join(", "),
            t(
                "Stop writing to this register and restore it from a backup (`kasus backup` makes one)",
                "Berhenti menulis ke register ini dan pulihkan dari cadangan (`kasus backup` membuatnya)"
            )
        )))
    }
}

/// A check only reads: it needs an existing register.
pub const READS_ONLY: bool = true;
