//! A register on a PostgreSQL server (issue 21): opening it (the schema, its version, newer
//! refused) and its write transactions.
//!
//! Writers serialise on one advisory lock taken first in every write transaction, so that the
//! audit chain grows one entry at a time from its head and every rule checked inside a write
//! (one running step per case, a number issued once) sees the writes before it, as SQLite's
//! single writer does. Row changes reach the chain through the schema's triggers
//! (`rowhash::collect`).

use super::db::pg::Pg;
use super::db::{Db, DbRef};
use super::postgres::schema::{APPLICATION_ID, FIRST, LATEST, MIGRATIONS, SESSION_SETUP};
use super::{maintenance, rowhash, Register};
use crate::error::{Error, Result};
use std::path::PathBuf;

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

/// Opens the register in the database `url` names: a kasus register is checked (a newer
/// schema refused, an older one migrated under the write lock); an empty database becomes a
/// new register when `create`, else is refused as "no register there"; a database with other
/// tables is refused, left untouched.
pub fn open(url: &str, create: bool) -> Result<Register> {
    let pg = Pg::connect(url)?;
    let reg = Register {
        db: Db::Postgres(Box::new(pg)),
        path: PathBuf::from(super::shown_url(url)),
        actor: None,
        hooked: std::cell::Cell::new(true),
        scope: None,
        #[cfg(feature = "sqlcipher")]
        key: None,
    };
    let db = reg.db.r();
    let shown = super::shown_url(url);
    let (version, app) = match registered(db)? {
        Some(v) => v,
        None if tables(db)? > 0 => {
            return Err(not_register(
                &shown,
                "a database with another program's tables",
            ))
        }
        None if !create => {
            return Err(Error::Register(crate::tr!(
                "{shown}: no kasus register in that database (check --db or KASUS_DB); nothing \
                 was created. `kasus sop list` creates a new register there.",
                "{shown}: tidak ada register kasus di basis data itu (periksa --db atau KASUS_DB); \
                 tidak ada yang dibuat. `kasus sop list` membuat register baru di sana."
            )))
        }
        None => (0, APPLICATION_ID),
    };
    if app != APPLICATION_ID {
        return Err(not_register(
            &shown,
            "its kasus_register table is another program's",
        ));
    }
    if version > LATEST {
        return Err(Error::Register(crate::tr!(
            "{shown}: this register was written by a newer kasus (schema {version}; this kasus \
             knows up to {LATEST}). It was left untouched: upgrade kasus to use it.",
            "{shown}: register ini ditulis oleh kasus yang lebih baru (skema {version}; kasus ini \
             mengenal sampai {LATEST}). Basis data tidak diubah: perbarui kasus untuk memakainya."
        )));
    }
    db.batch(SESSION_SETUP)?;
    if let (true, Db::Postgres(pg)) = (version < LATEST, &reg.db) {
        migrate(pg)?;
    }
    let mut reg = reg;
    super::sops::sync_builtins(&mut reg)?;
    Ok(reg)
}

fn not_register(shown: &str, why: &str) -> Error {
    Error::Register(crate::tr!(
        "{shown}: not a kasus register ({why}); it was left untouched. Give another --db.",
        "{shown}: bukan register kasus ({why}); tidak ada yang diubah. Beri --db yang lain."
    ))
}

/// The register's version and application id, when the database has kasus's table.
fn registered(db: DbRef) -> Result<Option<(i64, i64)>> {
    let has: bool = db.query_row(
        "SELECT to_regclass('kasus_register') IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    if !has {
        return Ok(None);
    }
    db.query_opt(
        "SELECT version, application_id FROM kasus_register",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .map(|v| v.or(Some((0, APPLICATION_ID))))
}

/// How many tables the database's current schema has.
fn tables(db: DbRef) -> Result<i64> {
    db.query_row(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        [],
        |r| r.get(0),
    )
}

/// Applies the migrations the register lacks, in one write (under the write lock: a second
/// kasus opening the same new database waits, then finds it made).
fn migrate(pg: &Pg) -> Result<()> {
    write(pg, None, true, |db| {
        let version = registered(db)?.map_or(0, |v| v.0);
        let fresh = version == 0;
        let from = if fresh {
            0
        } else {
            (version - FIRST + 1) as usize
        };
        for sql in MIGRATIONS.iter().skip(from) {
            db.batch(*sql)?;
        }
        db.execute("DELETE FROM kasus_register", ())?;
        db.execute(
            "INSERT INTO kasus_register (application_id, version) VALUES (?1, ?2)",
            [APPLICATION_ID, LATEST],
        )?;
        if fresh {
            // As SQLite's schema 10 does for a new register: the office's identity, and the
            // chain's first entry, its baseline.
            let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
            super::meta_set(db, super::OFFICE_UUID, &super::new_uuid())?;
            rowhash::collect(db)?;
            let rows = rowhash::take();
            super::audit::append_rows(
                db,
                &now,
                "kasus",
                "data.baseline",
                None,
                &serde_json::json!({"table": "meta", "part": 1}),
                &rows,
            )?;
        }
        Ok(())
    })
}
