//! SOP versions kept in the register. The built-in SOPs are stored on first use; an office's
//! own file is added by `sop import`. A changed text under the same code is a new version, and
//! a case stays on the version it started with.

use super::db::DbRef;
use super::{audit, meta_get, meta_set, Register};
use crate::error::{Error, Result};
use crate::sop::{catalog, file, Sop};
use rusqlite::params;

/// One stored SOP version.
#[derive(Debug, Clone)]
pub struct SopVersion {
    pub id: i64,
    pub code: String,
    pub version: i64,
    pub sha256: String,
    pub builtin: bool,
    pub imported_at: String,
    pub source: String,
}

impl SopVersion {
    /// Parses the stored text. Stored texts were checked when they went in.
    pub fn sop(&self) -> Result<Sop> {
        file::load_stored(&self.source).sop.ok_or_else(|| {
            Error::Other(crate::tr!(
                "SOP {} version {} in the register no longer parses",
                "SOP {} versi {} di register tidak bisa dibaca lagi",
                self.code,
                self.version
            ))
        })
    }
}

const BUILTIN_KEY: &str = "builtin_sops";
/// The kasus release that last stored the built-in SOP texts.
const RELEASE_KEY: &str = "builtin_sops_release";

/// True when release `a` ("1.2.10") is newer than `b` ("1.2.9"), comparing numbers.
fn release_newer(a: &str, b: &str) -> bool {
    let parts = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a) > parts(b)
}

/// Stores built-in SOP texts that the register lacks. Opening compares one hash only; the
/// write lock is taken only when this kasus ships texts the register has not seen.
pub fn sync_builtins(reg: &mut Register) -> Result<()> {
    let want = catalog::BUILTIN_HASH;
    if meta_get(&reg.db, BUILTIN_KEY)?.as_deref() == Some(want) {
        return Ok(());
    }
    // A newer kasus stored its built-in texts last: an older one must not put its older texts
    // back on top of them.
    let ours = env!("CARGO_PKG_VERSION");
    if let Some(theirs) = meta_get(&reg.db, RELEASE_KEY)? {
        if release_newer(&theirs, ours) {
            return Ok(());
        }
    }
    let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
    let result = reg.change(|tx| {
        for (name, text) in catalog::BUILTIN {
            let sop = file::load(text).sop.ok_or_else(|| {
                Error::Other(crate::tr!(
                    "built-in SOP {name} does not validate (a bug)",
                    "SOP bawaan {name} tidak lolos validasi (bug)"
                ))
            })?;
            let sha = catalog::sha256_hex(text);
            let latest = latest_version(tx, &sop.code)?;
            // An office's own version of a built-in code stays in force. A text stored before
            // (an older release's, after a newer kasus stored its revision) is not added again:
            // (code, sha256) is unique, and inserting it would make every open fail.
            if latest.as_ref().is_some_and(|v| !v.builtin) || has_text(tx, &sop.code, &sha)? {
                continue;
            }
            insert(tx, &sop.code, text, &sha, true, &now, "kasus")?;
        }
        meta_set(tx, BUILTIN_KEY, want)?;
        meta_set(tx, RELEASE_KEY, ours)
    });
    match result {
        // A read-only register is used as it is.
        Err(Error::Db(e)) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => Ok(()),
        other => other,
    }
}

/// True when this exact text is already stored under the code, in any version.
fn has_text(db: DbRef, code: &str, sha: &str) -> Result<bool> {
    Ok(db
        .query_opt(
            "SELECT 1 FROM sop_versions WHERE code = ?1 AND sha256 = ?2",
            params![code, sha],
            |_| Ok(()),
        )?
        .is_some())
}

fn insert(
    tx: DbRef,
    code: &str,
    text: &str,
    sha: &str,
    builtin: bool,
    now: &str,
    actor: &str,
) -> Result<i64> {
    let next: i64 = tx.query_row(
        "SELECT coalesce(max(version), 0) + 1 FROM sop_versions WHERE code = ?1",
        [code],
        |r| r.get(0),
    )?;
    tx.insert(
        "INSERT INTO sop_versions (code, version, sha256, source, builtin, imported_at, imported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![code, next, sha, text, builtin, now, actor],
    )?;
    audit::append(
        tx,
        now,
        actor,
        "sop.import",
        None,
        &serde_json::json!({"code": code, "version": next, "sha256": sha, "builtin": builtin}),
    )?;
    Ok(next)
}

const COLUMNS: &str = "id, code, version, sha256, builtin, imported_at, source";

fn row(r: &super::db::Row) -> rusqlite::Result<SopVersion> {
    Ok(SopVersion {
        id: r.get(0)?,
        code: r.get(1)?,
        version: r.get(2)?,
        sha256: r.get(3)?,
        builtin: r.get(4)?,
        imported_at: r.get(5)?,
        source: r.get(6)?,
    })
}

pub fn latest_version<'a>(db: impl Into<DbRef<'a>>, code: &str) -> Result<Option<SopVersion>> {
    db.into().query_opt(
        &format!(
            "SELECT {COLUMNS} FROM sop_versions WHERE code = ?1 ORDER BY version DESC LIMIT 1"
        ),
        [code],
        row,
    )
}

pub fn version<'a>(
    db: impl Into<DbRef<'a>>,
    code: &str,
    version: i64,
) -> Result<Option<SopVersion>> {
    db.into().query_opt(
        &format!("SELECT {COLUMNS} FROM sop_versions WHERE code = ?1 AND version = ?2"),
        params![code, version],
        row,
    )
}

pub fn by_id<'a>(db: impl Into<DbRef<'a>>, id: i64) -> Result<SopVersion> {
    db.into().query_row(
        &format!("SELECT {COLUMNS} FROM sop_versions WHERE id = ?1"),
        [id],
        row,
    )
}

/// The catalogue: the latest version of every code.
pub fn catalogue<'a>(db: impl Into<DbRef<'a>>) -> Result<Vec<SopVersion>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM sop_versions v
         WHERE version = (SELECT max(version) FROM sop_versions WHERE code = v.code)
         ORDER BY code"
    );
    db.into().all(&sql, [], row)
}

/// Every known code, for "did you mean" suggestions.
pub fn codes<'a>(db: impl Into<DbRef<'a>>) -> Result<Vec<String>> {
    let sql = "SELECT DISTINCT code FROM sop_versions ORDER BY code";
    db.into().all(sql, [], |r| r.get(0))
}

/// What `sop import` did.
pub enum Imported {
    New { code: String, version: i64 },
    Unchanged { code: String, version: i64 },
}

/// The SOP operations as the commands call them.
impl Register {
    /// The latest version of a SOP code.
    pub fn latest_sop(&self, code: &str) -> Result<Option<SopVersion>> {
        latest_version(&self.db, code)
    }

    /// One version of a SOP code.
    pub fn sop_version(&self, code: &str, version: i64) -> Result<Option<SopVersion>> {
        self::version(&self.db, code, version)
    }

    /// A SOP version by its id (a case's `sop_version_id`).
    pub fn sop_by_id(&self, id: i64) -> Result<SopVersion> {
        by_id(&self.db, id)
    }

    /// The latest version of every SOP.
    pub fn sop_catalogue(&self) -> Result<Vec<SopVersion>> {
        catalogue(&self.db)
    }

    pub fn sop_codes(&self) -> Result<Vec<String>> {
        codes(&self.db)
    }

    /// Imports a checked SOP file's text, in one write: a new version, unless the same text is
    /// already stored (recognised, and nothing is added).
    pub fn import_sop(
        &mut self,
        sop: &Sop,
        text: &str,
        now: &str,
        actor: &str,
    ) -> Result<Imported> {
        self.change(|tx| {
            let sha = catalog::sha256_hex(text);
            let existing: Option<i64> = tx.query_opt(
                "SELECT version FROM sop_versions WHERE code = ?1 AND sha256 = ?2",
                params![sop.code, sha],
                |r| r.get(0),
            )?;
            if let Some(version) = existing {
                return Ok(Imported::Unchanged {
                    code: sop.code.clone(),
                    version,
                });
            }
            let version = insert(tx, &sop.code, text, &sha, false, now, actor)?;
            Ok(Imported::New {
                code: sop.code.clone(),
                version,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::release_newer;

    #[test]
    fn releases_compare_by_number() {
        assert!(release_newer("0.1.10", "0.1.9"));
        assert!(release_newer("1.0.0", "0.9.9"));
        assert!(!release_newer("0.1.0", "0.1.0"));
        assert!(!release_newer("0.1.0", "0.2.0"));
    }
}
