//! A register on a PostgreSQL server (issue 21): opening it (the schema, its version, newer
//! refused) and its write transactions.
//!
//! Writers serialise on one advisory lock taken first in every write transaction, so that the
//! audit chain grows one entry at a time from its head and every rule checked inside a write
//! (one running step per case, a number issued once) sees the writes before it, as SQLite's
//! single writer does. Row changes reach the chain through the schema's triggers
//! (`rowhash::collect`).

use super::db::pg::Pg;
use super::db::DbRef;
use super::{maintenance, rowhash};
use crate::error::{Error, Result};

/// The advisory lock every write takes ("KSUS", the register's application id).
pub const WRITE_LOCK: i64 = 0x4B53_5553;

/// Runs `f` in one write transaction on the server; rolled back unless `commit` and `f`
/// succeeds. A serialization failure or deadlock the server reports is returned as it is
/// (the lock makes them rare; the caller's command can be run again).
pub fn write<T>(
    pg: &Pg,
    actor: Option<&str>,
    commit: bool,
    f: impl FnOnce(DbRef) -> Result<T>,
) -> Result<T> {
    let db = DbRef::Postgres(pg);
    rowhash::clear();
    db.batch(&*format!(
        "BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock({WRITE_LOCK})"
    ))?;
    let out = (|| -> Result<T> {
        if let Some(actor) = actor {
            maintenance::check_actor(db, actor)?;
        }
        let out = f(db)?;
        rowhash::collect(db)?;
        if rowhash::pending() > 0 {
            let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
            rowhash::flush(db, &now, actor.unwrap_or("kasus"))?;
        }
        Ok(out)
    })();
    rowhash::clear();
    match out {
        Ok(v) if commit => {
            db.batch("COMMIT")?;
            Ok(v)
        }
        Ok(v) => {
            db.batch("ROLLBACK")?;
            Ok(v)
        }
        Err(e) => {
            // The rollback's own failure (a broken connection) says less than `e`.
            let _ = db.batch("ROLLBACK");
            Err(e)
        }
    }
}
