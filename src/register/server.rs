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

/// How many times a write the server aborted as a deadlock or a serialization failure is run
/// again before kasus gives up (README, "A register on PostgreSQL").
pub const RETRIES: u32 = 4;

/// Runs `f` in one write transaction on the server; rolled back unless `commit` and `f`
/// succeeds. A transaction the server aborts as a serialization failure (SQLSTATE 40001) or a
/// deadlock (40P01) is rolled back whole and run again from the start, up to [`RETRIES`] times
/// after a short wait (the lock makes them rare: another program's transaction that holds a row
/// kasus needs and then asks for kasus's lock). Nothing of an aborted try remains: its rows,
/// its audit entries and the changes captured for them are rolled back and cleared, and `f`
/// prints nothing (the commands print what a write returned, after it); then the write is
/// refused (exit 4), nothing changed.
pub fn write<T>(
    pg: &Pg,
    actor: Option<&str>,
    commit: bool,
    mut f: impl FnMut(DbRef) -> Result<T>,
) -> Result<T> {
    let mut tries = 0;
    loop {
        match write_once(pg, actor, commit, &mut f) {
            Err(Error::Server { code, .. }) if retried(&code) && tries < RETRIES => {
                tries += 1;
                // 25, 50, 100, 200 ms, and up to as much again at random: two writers that
                // deadlocked do not meet again at the same moment.
                let base = 25u64 << (tries - 1);
                let mut jitter = [0u8; 1];
                let _ = getrandom::fill(&mut jitter);
                let wait = base + base * u64::from(jitter[0]) / 255;
                std::thread::sleep(std::time::Duration::from_millis(wait));
            }
            Err(Error::Server { code, text }) if retried(&code) => {
                return Err(Error::Refused(crate::tr!(
                    "the PostgreSQL server aborted this write {} times as a deadlock or a \
                     conflict with another transaction ({text}); nothing was changed: run it \
                     again, and if it keeps failing, look for a program that holds the \
                     register's rows for long",
                    "server PostgreSQL membatalkan penulisan ini {} kali sebagai deadlock atau \
                     konflik dengan transaksi lain ({text}); tidak ada yang diubah: jalankan \
                     lagi, dan bila terus gagal, cari program yang lama menahan baris register",
                    RETRIES + 1
                )))
            }
            other => return other,
        }
    }
}

/// `f` as a write that is not run again: one that reads its input (a file) as it writes, or
/// prints as it goes. Should the server abort it, the second call refuses (exit 4), so that
/// nothing is read, written or printed twice.
pub fn once<T>(f: impl FnOnce(DbRef) -> Result<T>) -> impl FnMut(DbRef) -> Result<T> {
    let mut f = Some(f);
    move |db| match f.take() {
        Some(f) => f(db),
        None => Err(Error::Refused(
            crate::text::t(
                "the PostgreSQL server aborted this write as a deadlock or a conflict with \
                 another transaction, and a write that reads a file as it goes is not run \
                 again; nothing was changed: run it again",
                "server PostgreSQL membatalkan penulisan ini sebagai deadlock atau konflik \
                 dengan transaksi lain, dan penulisan yang membaca berkas sambil berjalan tidak \
                 diulang; tidak ada yang diubah: jalankan lagi",
            )
            .into(),
        )),
    }
}

/// A SQLSTATE after which the whole transaction is run again: a serialization failure or a
/// deadlock.
fn retried(code: &str) -> bool {
    matches!(code, "40001" | "40P01")
}

/// One try of [`write`].
fn write_once<T>(
    pg: &Pg,
    actor: Option<&str>,
    commit: bool,
    f: &mut impl FnMut(DbRef) -> Result<T>,
) -> Result<T> {
    let db = DbRef::Postgres(pg);
    rowhash::clear();
    pg.make_changes_table()?;
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
                &crate::tr!(
                    "a database with another program's tables",
                    "basis data dengan tabel program lain"
                ),
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
            &crate::tr!(
                "its kasus_register table is another program's",
                "tabel kasus_register-nya milik program lain"
            ),
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
