//! Office bundles (issue 20): a SQLite file holding this office's rows (all, or those changed
//! since an earlier bundle or time, with the parent rows they need), its audit chain (or the tail
//! after the earlier bundle's head) and a manifest (`bundle_manifest`, key and value).
//!
//! The bundle starts as `VACUUM INTO` of the register (one consistent snapshot, encrypted with
//! the register's key when it has one), which is then cut down inside one transaction with
//! `secure_delete` on and vacuumed again, so no page of the file keeps a row left out.
//!
//! A register on PostgreSQL (issue 21) writes the same SQLite file: a new SQLite register's
//! schema, every row read through the neutral connection in one snapshot ([`copy_server`]),
//! then cut down as a copy of a SQLite register is. Its rows' content (and so the digest and
//! the chain's row hashes) is the same on either engine.

use super::db::Engine;
use super::maintenance::open_copy;
use super::{meta_get, rowhash, schema, Register, OFFICE_UUID};
use crate::error::{Error, Result};
use rusqlite::{params, params_from_iter, Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// The manifest's `format`: what a merge checks first.
pub const FORMAT: &str = "kasus-bundle/1";

/// What a bundle says of itself (the `bundle_manifest` table).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Manifest {
    pub format: String,
    pub office_uuid: String,
    pub office_prefix: String,
    pub unit_name: String,
    pub created_at: String,
    pub kasus_version: String,
    pub schema_version: i64,
    pub chain_head_seq: i64,
    pub chain_head_hash: String,
    /// The head of the chain the bundle continues (`--since`): its rows are those changed after.
    pub since_seq: Option<i64>,
    pub since_hash: Option<String>,
    /// Rows per data table (those with a row), and the chain's entries as `audit`.
    pub rows: serde_json::Map<String, serde_json::Value>,
    /// SHA-256 over the rows' canonical content (`rowhash::content_digest`).
    pub sha256: String,
}

/// Where a bundle starts: every row, or the rows changed after an entry of the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    All,
    /// After this entry (its seq); 0: after nothing, so every changed row (all of them).
    After(i64),
}

/// The chain's head (seq, hash); (0, "") for an empty chain.
fn head(conn: &Connection) -> Result<(i64, String)> {
    Ok(conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, String::new())))
}

/// The last entry before `at` (UTC text): a bundle `--since TIME` holds what changed from then.
pub fn seq_before(reg: &Register, at: &str) -> Result<i64> {
    reg.db.r().query_row(
        "SELECT coalesce(max(seq), 0) FROM audit WHERE at < ?1",
        [at],
        |r| r.get(0),
    )
}

fn not_a_bundle(path: &Path) -> Error {
    Error::Invalid(crate::tr!(
        "{}: not a kasus bundle (no bundle manifest); give a file `kasus bundle export` wrote, or a time",
        "{}: bukan bundel kasus (tanpa manifes bundel); beri berkas yang ditulis `kasus bundle export`, atau waktu",
        path.display()
    ))
}

/// The head an earlier bundle of this office ended at, checked against this register's chain:
/// a bundle of another office, or whose head this chain does not hold, is refused.
pub fn since_bundle(reg: &Register, path: &Path) -> Result<i64> {
    let conn =
        open_copy(reg, path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|_| not_a_bundle(path))?;
    let get = |k: &str| -> Option<String> {
        conn.query_row(
            "SELECT value FROM bundle_manifest WHERE key = ?1",
            [k],
            |r| r.get(0),
        )
        .ok()
    };
    if get("format").as_deref() != Some(FORMAT) {
        return Err(not_a_bundle(path));
    }
    let ours = meta_get(&reg.db, OFFICE_UUID)?.unwrap_or_default();
    if get("office_uuid").as_deref() != Some(ours.as_str()) {
        return Err(Error::Invalid(crate::tr!(
            "{}: that bundle is another office's (office-uuid differs); give a bundle this register wrote",
            "{}: bundel itu milik kantor lain (office-uuid berbeda); beri bundel yang ditulis register ini",
            path.display()
        )));
    }
    let seq: i64 = get("chain_head_seq")
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| not_a_bundle(path))?;
    let hash = get("chain_head_hash").unwrap_or_default();
    let here: Option<String> =
        reg.db
            .r()
            .query_opt("SELECT hash FROM audit WHERE seq = ?1", [seq], |r| r.get(0))?;
    if seq > 0 && here.as_deref() != Some(hash.as_str()) {
        return Err(Error::Invalid(crate::tr!(
            "{}: this register's audit chain does not hold that bundle's head (entry {seq}); \
             was it written from another copy of the register? Export without --since",
            "{}: rantai audit register ini tidak memuat ujung bundel itu (entri {seq}); \
             apakah ditulis dari salinan register yang lain? Ekspor tanpa --since",
            path.display()
        )));
    }
    Ok(seq)
}

/// The tables whose rows hang on a case by `case_id` (and are keyed by `id`).
const CASE_CHILDREN: &[&str] = &[
    "persons",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "corrections",
    "referrals",
];

/// The tables cut to the rows kept (keyed by `id`): the travelling ones; `sop_versions` and
/// `meta` travel whole.
const KEYED: &[&str] = super::schema::TRAVELLING;

/// Writes the bundle into `dest` (an empty file, made private by the caller): see the module.
pub fn write(reg: &Register, dest: &Path, since: Since, now: &str) -> Result<Manifest> {
    let target = dest.to_str().ok_or_else(|| {
        Error::Invalid(crate::tr!(
            "{}: the bundle file's name is not valid UTF-8; give another name",
            "{}: nama berkas bundel bukan UTF-8 yang valid; beri nama lain",
            dest.display()
        ))
    })?;
    match reg.engine() {
        Engine::Sqlite => {
            reg.conn()?.execute("VACUUM INTO ?1", [target])?;
        }
        #[cfg_attr(not(feature = "postgres"), allow(unreachable_patterns))]
        _ => copy_server(reg, dest)?,
    }
    let mut conn = open_copy(reg, dest, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    conn.pragma_update(None, "journal_mode", "delete")?;
    conn.pragma_update(None, "secure_delete", true)?;
    // Rows are left out parent and child alike: no order of deletes keeps every reference
    // meanwhile, and what stays is checked below.
    conn.pragma_update(None, "foreign_keys", false)?;
    let (head_seq, head_hash) = head(&conn)?;
    let setting = |k: &str, d: &str| -> Result<String> {
        Ok(meta_get(&conn, k)?.unwrap_or_else(|| d.to_string()))
    };
    let office_uuid = setting(OFFICE_UUID, "")?;
    let office_prefix = setting("office-prefix", "PPA")?;
    let unit_name = setting("unit-name", "UPTD PPA")?;
    let tx = conn.transaction()?;
    // Other offices' chains, the conflicts of their rows and their names are this register's
    // own business (schema 11): they never travel.
    tx.execute_batch(
        "DROP TABLE IF EXISTS origin_audit;
         DROP TABLE IF EXISTS merge_conflicts;
         DROP TABLE IF EXISTS merged_rows;
         DROP TABLE IF EXISTS origins;",
    )?;
    // Rows merged from other offices are theirs to send.
    for t in KEYED {
        tx.execute(&format!("DELETE FROM {t} WHERE origin IS NOT NULL"), [])?;
    }
    // With them, their cases' violence types and their staff's roles (no origin of their own).
    tx.execute_batch(
        "DELETE FROM case_violence WHERE case_id NOT IN (SELECT id FROM cases);
         DELETE FROM staff_roles WHERE staff_id NOT IN (SELECT id FROM staff);",
    )?;
    let mut since_hash = None;
    if let Since::After(after) = since {
        since_hash = tx
            .query_row("SELECT hash FROM audit WHERE seq = ?1", [after], |r| {
                r.get::<_, String>(0)
            })
            .optional()?;
        keep_changed(&tx, after)?;
        tx.execute_batch(
            "DROP TRIGGER audit_no_delete;
             DROP TRIGGER audit_no_update;",
        )?;
        tx.execute("DELETE FROM audit WHERE seq <= ?1", [after])?;
        tx.execute_batch(
            "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
             BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
             CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
             BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;",
        )?;
    }
    // Every row kept has the rows it refers to (a bug otherwise: nothing is written).
    let dangling: Option<String> = tx
        .query_row("SELECT \"table\" FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(t) = dangling {
        return Err(Error::Other(crate::tr!(
            "the bundle would hold rows of {t} without the rows they refer to (a bug); nothing was written",
            "bundel akan memuat baris {t} tanpa baris yang dirujuknya (bug); tidak ada yang ditulis"
        )));
    }
    let (counts, sha256) = rowhash::content_digest(&tx)?;
    let mut rows = serde_json::Map::new();
    for (t, n) in counts.into_iter().filter(|c| c.1 > 0) {
        rows.insert(t.into(), n.into());
    }
    let entries: i64 = tx.query_row("SELECT count(*) FROM audit", [], |r| r.get(0))?;
    rows.insert("audit".into(), entries.into());
    let m = Manifest {
        format: FORMAT.into(),
        office_uuid,
        office_prefix,
        unit_name,
        created_at: now.into(),
        kasus_version: env!("CARGO_PKG_VERSION").into(),
        schema_version: super::schema::LATEST,
        chain_head_seq: head_seq,
        chain_head_hash: head_hash,
        since_seq: match since {
            Since::All => None,
            Since::After(s) => Some(s),
        },
        since_hash,
        rows,
        sha256,
    };
    tx.execute_batch(
        "CREATE TABLE bundle_manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
    )?;
    let put = |k: &str, v: String| -> Result<()> {
        tx.execute(
            "INSERT INTO bundle_manifest(key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
        Ok(())
    };
    put("format", m.format.clone())?;
    put("office_uuid", m.office_uuid.clone())?;
    put("office_prefix", m.office_prefix.clone())?;
    put("unit_name", m.unit_name.clone())?;
    put("created_at", m.created_at.clone())?;
    put("kasus_version", m.kasus_version.clone())?;
    put("schema_version", m.schema_version.to_string())?;
    put("chain_head_seq", m.chain_head_seq.to_string())?;
    put("chain_head_hash", m.chain_head_hash.clone())?;
    if let Some(s) = m.since_seq {
        put("since_seq", s.to_string())?;
    }
    if let Some(h) = &m.since_hash {
        put("since_hash", h.clone())?;
    }
    put(
        "rows",
        serde_json::Value::Object(m.rows.clone()).to_string(),
    )?;
    put("sha256", m.sha256.clone())?;
    tx.commit()?;
    // The pages rows left out were on go with the vacuum (and secure_delete zeroed them).
    conn.execute_batch("VACUUM")?;
    conn.close().map_err(|(_, e)| Error::Db(e))?;
    Ok(m)
}

/// Cuts the copy to the rows changed after entry `after` (as the chain names them) and the
/// parent rows they need: an attempt's case, a pause's attempt, a referral's agency and
/// attempt, an assignment's and a performer's staff; a case's violence types and a staff
/// member's roles travel with them (a change to one marks its parent).
fn keep_changed(tx: &rusqlite::Transaction, after: i64) -> Result<()> {
    tx.execute_batch(
        "CREATE TEMP TABLE keep (tbl TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (tbl, id))
         WITHOUT ROWID;",
    )?;
    {
        let mut entries = tx.prepare("SELECT details FROM audit WHERE seq > ?1 ORDER BY seq")?;
        let mut ins = tx.prepare("INSERT OR IGNORE INTO temp.keep(tbl, id) VALUES (?1, ?2)")?;
        let mut rows = entries.query([after])?;
        while let Some(r) = rows.next()? {
            let details: String = r.get(0)?;
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&details) else {
                continue;
            };
            let Some(list) = v.get("rows").and_then(|x| x.as_array()) else {
                continue;
            };
            for row in list {
                let (Some(t), Some(k)) = (row.get(0).and_then(|x| x.as_str()), row.get(1)) else {
                    continue;
                };
                match (t, k) {
                    (t, serde_json::Value::Number(n)) => {
                        if let Some(id) = n.as_i64() {
                            ins.execute(params![t, id])?;
                        }
                    }
                    ("case_violence" | "staff_roles", serde_json::Value::String(s)) => {
                        let parent = if t == "case_violence" {
                            "cases"
                        } else {
                            "staff"
                        };
                        if let Some(id) = s.split('/').next().and_then(|x| x.parse::<i64>().ok()) {
                            ins.execute(params![parent, id])?;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let parent = |child: &str, col: &str, parent: &str| -> Result<()> {
        tx.execute(
            &format!(
                "INSERT OR IGNORE INTO temp.keep(tbl, id)
                 SELECT '{parent}', {col} FROM {child}
                 WHERE {col} IS NOT NULL
                   AND id IN (SELECT id FROM temp.keep WHERE tbl = '{child}')"
            ),
            [],
        )?;
        Ok(())
    };
    parent("step_pauses", "attempt_id", "step_attempts")?;
    parent("referrals", "attempt_id", "step_attempts")?;
    parent("referrals", "agency_id", "agencies")?;
    for t in CASE_CHILDREN {
        parent(t, "case_id", "cases")?;
    }
    parent("assignments", "staff_id", "staff")?;
    parent("step_attempts", "performer_staff_id", "staff")?;
    for t in KEYED {
        tx.execute(
            &format!(
                "DELETE FROM {t} WHERE id NOT IN (SELECT id FROM temp.keep WHERE tbl = '{t}')"
            ),
            [],
        )?;
    }
    tx.execute_batch(
        "DELETE FROM case_violence WHERE case_id NOT IN (SELECT id FROM cases);
         DELETE FROM staff_roles WHERE staff_id NOT IN (SELECT id FROM staff);
         DROP TABLE temp.keep;",
    )?;
    Ok(())
}

/// The tables a copy of a register on PostgreSQL does not take: other offices' business (see
/// [`write`], which drops them from a copy of a SQLite register), and `case_activity`, derived
/// (its triggers fill it as the attempts are copied), which has no twin on PostgreSQL.
const LOCAL: &[&str] = &[
    "origin_audit",
    "merge_conflicts",
    "merged_rows",
    "origins",
    "case_activity",
];

/// Writes into `dest` (no file yet) a SQLite register holding every row of the register on
/// PostgreSQL `reg` (but [`LOCAL`]'s), read in one snapshot, with their ids: what `VACUUM INTO`
/// makes of a SQLite register.
fn copy_server(reg: &Register, dest: &Path) -> Result<()> {
    let mut conn = Connection::open_with_flags(
        dest,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.pragma_update(None, "page_size", 16384)?;
    // The schema's rebuilt tables (schema 10) and rows copied table by table, whatever the
    // order: what they refer to is checked when the bundle is cut (see `write`).
    conn.pragma_update(None, "foreign_keys", false)?;
    let tx = conn.transaction()?;
    for sql in schema::MIGRATIONS {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", schema::LATEST)?;
    tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
    let tables: Vec<String> = tx
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    reg.snapshot(|reg| {
        let db = reg.db.r();
        for t in tables.iter().filter(|t| !LOCAL.contains(&t.as_str())) {
            let cols = super::merge::columns(&*tx, t)?;
            let list = cols
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let n = cols.len();
            let mut put = tx.prepare(&format!(
                "INSERT INTO main.{t} ({list}) VALUES ({})",
                (1..=n)
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))?;
            db.each(
                &*format!("SELECT {list} FROM {t}"),
                [],
                |r| {
                    (0..n)
                        .map(|i| r.value(i))
                        .collect::<rusqlite::Result<Vec<_>>>()
                },
                |row| {
                    put.execute(params_from_iter(row))?;
                    Ok(())
                },
            )?;
        }
        Ok(())
    })?;
    tx.commit()?;
    conn.close().map_err(|(_, e)| Error::Db(e))?;
    Ok(())
}
