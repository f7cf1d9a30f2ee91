//! `kasus merge FILE` (issue 20): another office's bundle brought into this register.
//!
//! Checked first, before anything is written ([`open`]): the file is a kasus bundle of a known
//! format and a schema this kasus reads, its tables have our columns, its audit chain (or its
//! tail) links from the head it continues to the head its manifest names, its rows' digest and
//! counts are the manifest's, no row differs from the state the bundle's chain last recorded,
//! and it is not this office's own. Then one IMMEDIATE transaction ([`merge`]): the bundle's
//! chain continues the chain this register holds for that office (else refused: a gap names
//! the entry to merge first, a fork the entry that differs); rows go in by UUID, parents first,
//! each foreign key mapped from the bundle's local id to ours through the parent's UUID (SOP
//! versions by code and SHA-256; violence types and staff roles with their row), with `origin`
//! the bundle's office. A row already here with the same content is skipped; one with other
//! content, or another origin's (or ours), is never overwritten: it goes into
//! `merge_conflicts`. The rows go in through kasus's own connection, so the pre-update hook
//! puts each in this register's chain, in the merge's one audited entry (`merge`, with
//! `data.rows` entries after it beyond a thousand rows). The office's chain is copied into
//! `origin_audit`, and verified as its own ([`verify_origins`]).

use super::audit::{self, Verdict, GENESIS};
use super::bundle::FORMAT;
use super::db::{dollar_placeholders, DbRef, Engine, Sql};
use super::maintenance::open_copy;
use super::{meta_get, rowhash, schema, Register, OFFICE_UUID};
use crate::error::{Error, Result};
use rusqlite::types::{ToSql, Value};
use rusqlite::{params, Connection, OpenFlags};
use serde_json::json;
use std::collections::HashMap;
use std::path::Path;

/// What a bundle's manifest says, as a merge reads it.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub office_uuid: String,
    pub office_prefix: String,
    pub unit_name: String,
    pub created_at: String,
    pub schema_version: i64,
    pub head_seq: i64,
    pub head_hash: String,
    pub since_seq: Option<i64>,
    pub since_hash: Option<String>,
    pub rows: serde_json::Map<String, serde_json::Value>,
    pub sha256: String,
}

/// A bundle that passed every check that needs only the bundle.
pub struct Bundle {
    conn: Connection,
    pub manifest: Manifest,
}

/// One table's figures: rows new here, already here and identical, updated (the office's own
/// row, unchanged here since it was last merged, changed at its office), and in conflict.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Count {
    pub table: &'static str,
    pub new: i64,
    pub identical: i64,
    pub updated: i64,
    pub conflicts: i64,
}

/// What a merge did (or, rehearsed, would do).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    pub office_uuid: String,
    pub office_prefix: String,
    pub unit_name: String,
    pub bundle_created_at: String,
    pub chain_head_seq: i64,
    pub chain_head_hash: String,
    pub since_seq: Option<i64>,
    pub tables: Vec<Count>,
    /// The office's audit entries new to this register.
    pub entries_new: i64,
    /// Conflicts recorded by this merge (a conflict already recorded by an earlier merge of
    /// the same content is counted in `tables`, not here).
    pub conflicts_recorded: i64,
    /// Nothing was (or would be) added: the bundle was already merged, or is older than the
    /// office's chain this register holds (then nothing at all was looked at or written).
    pub nothing_new: bool,
    /// The last entry of the office's chain this register held before this merge.
    pub held_seq: i64,
    pub dry_run: bool,
}

impl Report {
    /// (new, identical, updated, conflicts) over every table.
    pub fn total(&self) -> (i64, i64, i64, i64) {
        self.tables.iter().fold((0, 0, 0, 0), |(n, i, u, c), t| {
            (n + t.new, i + t.identical, u + t.updated, c + t.conflicts)
        })
    }
}

fn not_a_bundle(path: &Path) -> Error {
    Error::Invalid(crate::tr!(
        "{}: not a kasus bundle (no bundle manifest of format {FORMAT}); give a file `kasus bundle export` wrote. Nothing was merged",
        "{}: bukan bundel kasus (tanpa manifes bundel format {FORMAT}); beri berkas yang ditulis `kasus bundle export`. Tidak ada yang digabung",
        path.display()
    ))
}

/// Where SQLite says the file is damaged: a bundle cut short (a copy that did not finish) or
/// broken, not another kind of file.
fn damaged(path: &Path) -> Error {
    Error::Invalid(crate::tr!(
        "{}: the bundle is damaged or incomplete (SQLite cannot read it: a copy cut short?); copy it again, or ask the office for a new bundle. Nothing was merged",
        "{}: bundel rusak atau tidak lengkap (SQLite tidak dapat membacanya: salinan terpotong?); salin lagi, atau minta bundel baru dari kantor itu. Tidak ada yang digabung",
        path.display()
    ))
}

/// A read of the bundle that failed: damaged where SQLite says so, else not a bundle.
fn unreadable(path: &Path, e: &rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => damaged(path),
        _ => not_a_bundle(path),
    }
}

fn tampered(path: &Path, what: String) -> Error {
    Error::Invalid(crate::tr!(
        "{}: the bundle does not hold together: {what}. It was changed after `kasus bundle export` wrote it, or damaged; ask the office for a new bundle. Nothing was merged",
        "{}: bundel tidak utuh: {what}. Bundel diubah setelah `kasus bundle export` menulisnya, atau rusak; minta bundel baru dari kantor itu. Tidak ada yang digabung",
        path.display()
    ))
}

/// The data tables a bundle must hold, with our columns.
const BUNDLE_TABLES: &[&str] = &[
    "meta",
    "sop_versions",
    "calendars",
    "staff",
    "staff_roles",
    "cases",
    "persons",
    "case_violence",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "step_pauses",
    "corrections",
    "agencies",
    "referrals",
    "audit",
];

/// The travelling tables in the order they are merged (parents first), each with its foreign
/// keys (column, parent table). `corrections.target_id` names a row of the table its `target`
/// says (see [`target_table`]).
const ORDER: &[(&str, &[(&str, &str)])] = &[
    ("calendars", &[]),
    ("staff", &[]),
    ("agencies", &[]),
    ("cases", &[("sop_version_id", "sop_versions")]),
    ("persons", &[("case_id", "cases")]),
    ("services", &[("case_id", "cases")]),
    ("consents", &[("case_id", "cases")]),
    (
        "assignments",
        &[("case_id", "cases"), ("staff_id", "staff")],
    ),
    (
        "step_attempts",
        &[("case_id", "cases"), ("performer_staff_id", "staff")],
    ),
    ("step_pauses", &[("attempt_id", "step_attempts")]),
    (
        "referrals",
        &[
            ("case_id", "cases"),
            ("agency_id", "agencies"),
            ("attempt_id", "step_attempts"),
        ],
    ),
    ("corrections", &[("case_id", "cases")]),
];

/// A travelling table's foreign keys (column, parent table); None for a table that does not
/// travel.
pub(super) fn fks_of(table: &str) -> Option<&'static [(&'static str, &'static str)]> {
    ORDER.iter().find(|(t, _)| *t == table).map(|(_, f)| *f)
}

/// The table a correction's `target_id` points into.
pub(super) fn target_table(target: &Value) -> Option<&'static str> {
    match target {
        Value::Text(t) if t == "person" => Some("persons"),
        Value::Text(t) if t == "step" => Some("step_attempts"),
        Value::Text(t) if t == "consent" => Some("consents"),
        _ => None,
    }
}

/// The rows that travel with a parent (keyed by the parent's id and a value).
fn companion(table: &str) -> Option<(&'static str, &'static str, &'static str)> {
    match table {
        "cases" => Some(("case_violence", "case_id", "type")),
        "staff" => Some(("staff_roles", "staff_id", "role")),
        _ => None,
    }
}

/// A table's columns in their order, on either engine (a bundle, or this register).
pub(super) fn columns<'a>(db: impl Into<DbRef<'a>>, table: &str) -> Result<Vec<String>> {
    match db.into() {
        DbRef::Sqlite(conn) => {
            let mut stmt = conn.prepare(&format!("PRAGMA main.table_info({table})"))?;
            let cols = stmt
                .query_map([], |r| r.get::<_, String>(1))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(cols)
        }
        db => db.all(
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = ?1
             ORDER BY ordinal_position",
            [table],
            |r| r.get(0),
        ),
    }
}

/// A statement built from SQLite's text for both engines: PostgreSQL's names no `main.`
/// schema and numbers its placeholders `$N`.
struct Text {
    sqlite: String,
    pg: String,
}

impl Text {
    /// The statement for `db`'s engine (SQLite's text alone on SQLite: nothing rewritten).
    fn new(db: DbRef, sqlite: String) -> Text {
        let pg = match db.engine() {
            Engine::Sqlite => String::new(),
            _ => dollar_placeholders(&sqlite.replace("main.", "")),
        };
        Text { sqlite, pg }
    }

    fn sql(&self) -> Sql<'_> {
        Sql::each(&self.sqlite, &self.pg)
    }
}

/// Values as a statement's parameters, on either engine.
fn args<'v>(values: impl IntoIterator<Item = &'v Value>) -> Vec<&'v dyn ToSql> {
    values.into_iter().map(|v| v as &dyn ToSql).collect()
}

fn manifest(conn: &Connection, path: &Path) -> Result<Manifest> {
    let mut values: HashMap<String, String> = HashMap::new();
    {
        let mut stmt = conn
            .prepare("SELECT key, value FROM bundle_manifest")
            .map_err(|e| unreadable(path, &e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(|e| unreadable(path, &e))?;
        for r in rows {
            let (k, v) = r.map_err(|e| unreadable(path, &e))?;
            values.insert(k, v);
        }
    }
    let format = values.get("format").cloned().unwrap_or_default();
    if format != FORMAT {
        if format.starts_with("kasus-bundle/") {
            return Err(Error::Register(crate::tr!(
                "{}: a bundle of a format this kasus does not know ({format}; it reads {FORMAT}): written by a newer kasus? Upgrade kasus to merge it. Nothing was merged",
                "{}: bundel berformat yang tidak dikenal kasus ini ({format}; kasus ini membaca {FORMAT}): ditulis kasus yang lebih baru? Perbarui kasus untuk menggabungnya. Tidak ada yang digabung",
                path.display()
            )));
        }
        return Err(not_a_bundle(path));
    }
    let text = |k: &str| -> Result<String> {
        values.get(k).cloned().ok_or_else(|| {
            tampered(
                path,
                crate::tr!("its manifest lacks {k}", "manifesnya tanpa {k}"),
            )
        })
    };
    let int = |k: &str| -> Result<i64> {
        text(k)?.parse().map_err(|_| {
            tampered(
                path,
                crate::tr!(
                    "its manifest's {k} is not a number",
                    "{k} manifesnya bukan angka"
                ),
            )
        })
    };
    let rows = match serde_json::from_str::<serde_json::Value>(&text("rows")?) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => {
            return Err(tampered(
                path,
                crate::text::t(
                    "its manifest's row counts do not read",
                    "jumlah baris manifesnya tidak terbaca",
                )
                .into(),
            ))
        }
    };
    let since_seq = match values.get("since_seq") {
        Some(_) => Some(int("since_seq")?),
        None => None,
    };
    Ok(Manifest {
        office_uuid: text("office_uuid")?,
        office_prefix: text("office_prefix")?,
        unit_name: text("unit_name")?,
        created_at: text("created_at")?,
        schema_version: int("schema_version")?,
        head_seq: int("chain_head_seq")?,
        head_hash: text("chain_head_hash")?,
        since_seq,
        since_hash: values.get("since_hash").cloned(),
        rows,
        sha256: text("sha256")?,
    })
}

/// Opens a bundle and runs every check that needs only the bundle and this office's identity
/// (see the module). Nothing is written, to the bundle or the register.
pub fn open(reg: &Register, path: &Path) -> Result<Bundle> {
    // A file cut short can read its first pages and fail later: damaged, not a database error.
    open_checked(reg, path).map_err(|e| match e {
        Error::Db(ref d) if d.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            damaged(path)
        }
        e => e,
    })
}

fn open_checked(reg: &Register, path: &Path) -> Result<Bundle> {
    let conn =
        open_copy(reg, path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|_| not_a_bundle(path))?;
    let m = manifest(&conn, path)?;
    if m.schema_version > schema::LATEST {
        return Err(Error::Register(crate::tr!(
            "{}: a bundle from a newer kasus (schema {}; this kasus knows up to {}): upgrade kasus to merge it. Nothing was merged",
            "{}: bundel dari kasus yang lebih baru (skema {}; kasus ini mengenal sampai {}): perbarui kasus untuk menggabungnya. Tidak ada yang digabung",
            path.display(),
            m.schema_version,
            schema::LATEST
        )));
    }
    for t in BUNDLE_TABLES {
        let theirs = columns(&conn, t)?;
        if theirs != columns(reg.db.r(), t)? {
            return Err(Error::Invalid(crate::tr!(
                "{}: the bundle's table {t} has other columns than this register's (a bundle from another kasus version, schema {}): export it again with this kasus version. Nothing was merged",
                "{}: tabel {t} bundel berkolom lain dari register ini (bundel dari versi kasus lain, skema {}): ekspor lagi dengan versi kasus ini. Tidak ada yang digabung",
                path.display(),
                m.schema_version
            )));
        }
    }
    let ours = meta_get(&reg.db, OFFICE_UUID)?.unwrap_or_default();
    if m.office_uuid == ours {
        return Err(Error::Refused(crate::tr!(
            "{}: that bundle is this office's own (office-uuid {}): a register merges other offices' bundles. Nothing was merged",
            "{}: bundel itu milik kantor ini sendiri (office-uuid {}): register menggabung bundel kantor lain. Tidak ada yang digabung",
            path.display(),
            m.office_uuid
        )));
    }
    if uuid::Uuid::parse_str(&m.office_uuid).is_err() {
        return Err(tampered(
            path,
            crate::text::t(
                "its office-uuid is not a UUID",
                "office-uuid-nya bukan UUID",
            )
            .into(),
        ));
    }
    // The chain: from the head it continues to the head the manifest names.
    let (first, prev) = match (m.since_seq, &m.since_hash) {
        (None, _) | (Some(0), _) => (1, GENESIS.to_string()),
        (Some(s), Some(h)) => (s + 1, h.clone()),
        (Some(_), None) => {
            return Err(tampered(
                path,
                crate::text::t(
                    "its manifest names no hash for the head it continues",
                    "manifesnya tidak menyebut hash ujung yang dilanjutkannya",
                )
                .into(),
            ))
        }
    };
    let verdict = {
        let mut stmt = conn.prepare(
            "SELECT seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash, form
             FROM audit ORDER BY seq",
        )?;
        let v = audit::walk(stmt.query([])?, first, &prev)?;
        v
    };
    let entries = match verdict {
        Verdict::Broken { seq, reason } => {
            return Err(tampered(
                path,
                crate::tr!(
                    "its audit chain is broken at entry {seq}: {reason}",
                    "rantai auditnya putus pada entri {seq}: {reason}"
                ),
            ))
        }
        Verdict::Intact { entries, head, .. } => {
            let (hs, hh) = head.unwrap_or((first - 1, prev.clone()));
            if hs != m.head_seq || hh != m.head_hash {
                return Err(tampered(
                    path,
                    crate::tr!(
                        "its audit chain ends at entry {hs}, not at the head its manifest names ({})",
                        "rantai auditnya berakhir pada entri {hs}, bukan pada ujung yang disebut manifesnya ({})",
                        m.head_seq
                    ),
                ));
            }
            entries
        }
    };
    let count = |k: &str| m.rows.get(k).and_then(|v| v.as_i64()).unwrap_or(0);
    if entries != count("audit") {
        return Err(tampered(
            path,
            crate::tr!(
                "it holds {entries} audit entries, its manifest says {}",
                "bundel memuat {entries} entri audit, manifesnya menyebut {}",
                count("audit")
            ),
        ));
    }
    let (counts, sha) = rowhash::content_digest(&conn)?;
    for (t, n) in &counts {
        if *n != count(t) {
            return Err(tampered(
                path,
                crate::tr!(
                    "it holds {n} rows of {t}, its manifest says {}",
                    "bundel memuat {n} baris {t}, manifesnya menyebut {}",
                    count(t)
                ),
            ));
        }
    }
    if sha != m.sha256 {
        return Err(tampered(
            path,
            crate::text::t(
                "its rows' digest is not the one its manifest names",
                "digest baris-barisnya bukan yang disebut manifesnya",
            )
            .into(),
        ));
    }
    // Each row the bundle's chain recorded is as it recorded it (a row changed and the
    // manifest written again to match is caught here).
    let (check, _) = rowhash::verify(&conn)?;
    if let Some(f) = check
        .findings
        .iter()
        .find(|f| matches!(f, rowhash::Finding::Changed { .. }))
    {
        return Err(tampered(
            path,
            crate::tr!(
                "row {} {} differs from the state its audit chain recorded",
                "baris {} {} berbeda dari keadaan yang dicatat rantai auditnya",
                f.table(),
                f.key()
            ),
        ));
    }
    // The manifest's office is the bundle's own (its settings, which its chain covers): a
    // manifest edited to another office is refused.
    let setting = |k: &str, d: &str| -> Result<String> {
        Ok(meta_get(&conn, k)?.unwrap_or_else(|| d.to_string()))
    };
    for (name, theirs, own) in [
        ("office_uuid", &m.office_uuid, setting(OFFICE_UUID, "")?),
        (
            "office_prefix",
            &m.office_prefix,
            setting("office-prefix", "PPA")?,
        ),
        ("unit_name", &m.unit_name, setting("unit-name", "UPTD PPA")?),
    ] {
        if *theirs != own {
            return Err(tampered(
                path,
                crate::tr!(
                    "its manifest's {name} is not the one its own settings hold",
                    "{name} manifesnya bukan yang dimuat pengaturannya sendiri"
                ),
            ));
        }
    }
    Ok(Bundle { conn, manifest: m })
}

/// A value as JSON (conflicts keep rows as JSON objects).
fn to_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => json!(i),
        Value::Real(r) => json!(r),
        Value::Text(t) => json!(t),
        Value::Blob(b) => json!(crate::sop::catalog::hex(b)),
    }
}

/// A row's stable name in a file: its UUID, or for a SOP version `code@sha256`.
fn stable_id(db: DbRef, table: &str, id: i64) -> Result<Option<String>> {
    let sql = if table == "sop_versions" {
        "SELECT code || '@' || sha256 FROM main.sop_versions WHERE id = ?1".to_string()
    } else {
        format!("SELECT uuid FROM main.{table} WHERE id = ?1")
    };
    db.query_opt(Text::new(db, sql).sql(), [id], |r| r.get(0))
}

/// One table's shape: its columns and where the key ones are.
struct Shape {
    table: &'static str,
    cols: Vec<String>,
    id: usize,
    uuid: usize,
    origin: usize,
    fks: Vec<(usize, &'static str)>,
    /// `corrections`: the `target` and `target_id` columns.
    target: Option<(usize, usize)>,
}

impl Shape {
    fn of(db: DbRef, table: &'static str, fks: &[(&str, &'static str)]) -> Result<Shape> {
        let cols = columns(db, table)?;
        let at = |c: &str| cols.iter().position(|x| x == c);
        let need = |c: &str| {
            at(c).ok_or_else(|| Error::Other(format!("{table} has no column {c} (a bug)")))
        };
        let fks = fks
            .iter()
            .map(|(c, p)| Ok((need(c)?, *p)))
            .collect::<Result<Vec<_>>>()?;
        let target = match (at("target"), at("target_id")) {
            (Some(a), Some(b)) if table == "corrections" => Some((a, b)),
            _ => None,
        };
        Ok(Shape {
            table,
            id: need("id")?,
            uuid: need("uuid")?,
            origin: need("origin")?,
            fks,
            target,
            cols,
        })
    }

    /// The row as a JSON object, foreign keys by their parents' stable names (in `conn`),
    /// without `id` and `origin`, with the companion rows' values (`violence`, `roles`).
    fn json(
        &self,
        db: DbRef,
        row: &[Value],
        companions: Option<&[String]>,
    ) -> Result<serde_json::Value> {
        let mut o = serde_json::Map::new();
        for (i, c) in self.cols.iter().enumerate() {
            if i == self.id || i == self.origin {
                continue;
            }
            let parent = self
                .fks
                .iter()
                .find(|(at, _)| *at == i)
                .map(|(_, p)| *p)
                .or_else(|| {
                    self.target
                        .filter(|(_, tid)| *tid == i)
                        .and_then(|(t, _)| target_table(&row[t]))
                });
            let v = match (&row[i], parent) {
                (Value::Integer(id), Some(p)) => match stable_id(db, p, *id)? {
                    Some(s) => json!(s),
                    None => json!(id),
                },
                (v, _) => to_json(v),
            };
            o.insert(c.clone(), v);
        }
        if let (Some(list), Some((t, _, _))) = (companions, companion(self.table)) {
            let key = if t == "case_violence" {
                "violence"
            } else {
                "roles"
            };
            o.insert(key.to_string(), json!(list));
        }
        Ok(serde_json::Value::Object(o))
    }
}

/// A row's content as this register holds it (every column but `id`, local foreign keys
/// included, with its companion rows' values), hashed: `merged_rows` keeps it per merged row,
/// so a later merge knows whether our copy was changed here since.
fn content_hash(row: &[Value], skip: usize, companions: Option<&[String]>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let text = |h: &mut Sha256, tag: &[u8], b: &[u8]| {
        h.update(tag);
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    };
    for (i, v) in row.iter().enumerate() {
        if i == skip {
            continue;
        }
        match v {
            Value::Null => h.update(b"n"),
            Value::Integer(x) => {
                h.update(b"i");
                h.update(x.to_le_bytes());
            }
            Value::Real(x) => {
                h.update(b"r");
                h.update(x.to_bits().to_le_bytes());
            }
            Value::Text(t) => text(&mut h, b"t", t.as_bytes()),
            Value::Blob(b) => text(&mut h, b"b", b),
        }
    }
    if let Some(list) = companions {
        h.update(b"c");
        for c in list {
            text(&mut h, b"v", c.as_bytes());
        }
    }
    crate::sop::catalog::hex(&h.finalize())
}

/// Keeps a merged row's content hash (see [`content_hash`]).
pub(super) fn remember<'a>(
    db: impl Into<DbRef<'a>>,
    origin: &str,
    table: &str,
    uuid: &str,
    hash: &str,
) -> Result<()> {
    db.into().execute(
        "INSERT INTO merged_rows (table_name, uuid, origin, hash) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (table_name, uuid) DO UPDATE SET origin = excluded.origin, hash = excluded.hash",
        params![table, uuid, origin, hash],
    )?;
    Ok(())
}

/// The hash of a row's content as last merged, if it was.
fn remembered(db: DbRef, table: &str, uuid: &str) -> Result<Option<String>> {
    db.query_opt(
        "SELECT hash FROM merged_rows WHERE table_name = ?1 AND uuid = ?2",
        params![table, uuid],
        |r| r.get(0),
    )
}

/// A row's content hash as it is now in `db` (see [`content_hash`]); None when it is gone.
pub(super) fn current_hash<'a>(
    db: impl Into<DbRef<'a>>,
    table: &str,
    uuid: &str,
) -> Result<Option<String>> {
    let db = db.into();
    let cols = columns(db, table)?;
    let Some(id_at) = cols.iter().position(|c| c == "id") else {
        return Ok(None);
    };
    let list = cols
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let n = cols.len();
    let find = Text::new(
        db,
        format!("SELECT {list} FROM main.{table} WHERE uuid = ?1"),
    );
    let row: Option<Vec<Value>> =
        db.query_opt(find.sql(), [uuid], |r| (0..n).map(|i| r.value(i)).collect())?;
    let Some(row) = row else { return Ok(None) };
    let id = match row[id_at] {
        Value::Integer(i) => i,
        _ => 0,
    };
    let comp = companions_of(db, table, id)?;
    Ok(Some(content_hash(&row, id_at, comp.as_deref())))
}

/// Marks the open conflicts of a row older than `newer` (None: the row was applied) superseded.
fn supersede(db: DbRef, table: &str, uuid: &str, newer: Option<i64>, now: &str) -> Result<()> {
    db.execute(
        Sql::each(
            "UPDATE merge_conflicts SET superseded_at = ?4, superseded_by = ?3
             WHERE table_name = ?1 AND uuid = ?2 AND resolved_at IS NULL AND superseded_at IS NULL
               AND id IS NOT ?3",
            "UPDATE merge_conflicts SET superseded_at = $4, superseded_by = $3
             WHERE table_name = $1 AND uuid = $2 AND resolved_at IS NULL AND superseded_at IS NULL
               AND id IS DISTINCT FROM $3",
        ),
        params![table, uuid, newer, now],
    )?;
    Ok(())
}

/// The companion rows' values of a parent row, sorted.
fn companions_of(db: DbRef, table: &str, id: i64) -> Result<Option<Vec<String>>> {
    let Some((t, key, value)) = companion(table) else {
        return Ok(None);
    };
    let sql = Text::new(
        db,
        format!("SELECT {value} FROM main.{t} WHERE {key} = ?1 ORDER BY {value}"),
    );
    Ok(Some(db.all(sql.sql(), [id], |r| r.get(0))?))
}

/// Everything one merge carries along: the id map, the counts, the conflicts recorded.
struct Run<'a> {
    tx: DbRef<'a>,
    bundle: &'a Connection,
    m: &'a Manifest,
    now: &'a str,
    /// (table, the bundle's id) -> ours.
    ids: HashMap<(&'static str, i64), i64>,
    counts: Vec<Count>,
    recorded: i64,
}

impl Run<'_> {
    fn count(&mut self, table: &'static str) -> &mut Count {
        if let Some(i) = self.counts.iter().position(|c| c.table == table) {
            return &mut self.counts[i];
        }
        self.counts.push(Count {
            table,
            ..Count::default()
        });
        self.counts.last_mut().expect("just pushed")
    }

    /// Records a conflict (once per content: merging the same bundle again records nothing).
    fn conflict(
        &mut self,
        table: &'static str,
        uuid: &str,
        ours: Option<serde_json::Value>,
        mut theirs: serde_json::Value,
        reason: &str,
    ) -> Result<()> {
        self.count(table).conflicts += 1;
        if let Some(o) = theirs.as_object_mut() {
            o.insert("_why".into(), json!(reason));
        }
        let theirs = theirs.to_string();
        let known: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM merge_conflicts
             WHERE table_name = ?1 AND uuid = ?2 AND origin = ?3 AND theirs = ?4)",
            params![table, uuid, self.m.office_uuid, theirs],
            |r| r.get(0),
        )?;
        if known {
            return Ok(());
        }
        let id = self.tx.insert(
            "INSERT INTO merge_conflicts (origin, table_name, uuid, ours, theirs, bundle_created_at,
                 bundle_head_seq, bundle_head_hash, found_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                self.m.office_uuid,
                table,
                uuid,
                ours.map(|o| o.to_string()),
                theirs,
                self.m.created_at,
                self.m.head_seq,
                self.m.head_hash,
                self.now
            ],
        )?;
        supersede(self.tx, table, uuid, Some(id), self.now)?;
        self.recorded += 1;
        Ok(())
    }

    /// SOP versions: found by (code, sha256), inserted when missing (with the next free
    /// version number of that code when theirs is taken here by another text).
    fn sop_versions(&mut self) -> Result<()> {
        let mut stmt = self.bundle.prepare(
            "SELECT id, code, version, sha256, source, builtin, imported_at, imported_by
             FROM sop_versions ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (id, code, version, sha): (i64, String, i64, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let ours: Option<i64> = self.tx.query_opt(
                "SELECT id FROM sop_versions WHERE code = ?1 AND sha256 = ?2",
                params![code, sha],
                |r| r.get(0),
            )?;
            let ours = match ours {
                Some(o) => {
                    self.count("sop_versions").identical += 1;
                    o
                }
                None => {
                    let taken: bool = self.tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM sop_versions WHERE code = ?1 AND version = ?2)",
                        params![code, version],
                        |r| r.get(0),
                    )?;
                    let version: i64 = if taken {
                        self.tx.query_row(
                            "SELECT max(version) + 1 FROM sop_versions WHERE code = ?1",
                            [&code],
                            |r| r.get(0),
                        )?
                    } else {
                        version
                    };
                    let id = self.tx.insert(
                        "INSERT INTO sop_versions (code, version, sha256, source, builtin,
                             imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            code,
                            version,
                            sha,
                            r.get::<_, String>(4)?,
                            r.get::<_, i64>(5)?,
                            r.get::<_, String>(6)?,
                            r.get::<_, String>(7)?
                        ],
                    )?;
                    self.count("sop_versions").new += 1;
                    id
                }
            };
            self.ids.insert(("sop_versions", id), ours);
        }
        Ok(())
    }

    /// Runs a merged row's insert or update: its result, or refused by a rule of this register
    /// (its why, in words: a conflict, not an error) with nothing of it left. On SQLite the
    /// hook saw the row before the rule refused it: its pending row hashes are cut back; on
    /// PostgreSQL the statement runs in a savepoint, rolled back with its captured rows.
    fn guarded<T>(
        &self,
        table: &str,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<std::result::Result<T, String>> {
        let pg = self.tx.engine() == Engine::Postgres;
        if pg {
            self.tx.batch("SAVEPOINT kasus_merge_row")?;
        }
        let before = rowhash::pending();
        match f() {
            Ok(v) => {
                if pg {
                    self.tx.batch("RELEASE SAVEPOINT kasus_merge_row")?;
                }
                Ok(Ok(v))
            }
            Err(e) => match refused_why_of(table, &e) {
                Some(why) => {
                    if pg {
                        self.tx.batch(
                            "ROLLBACK TO SAVEPOINT kasus_merge_row; RELEASE SAVEPOINT kasus_merge_row",
                        )?;
                    }
                    rowhash::truncate(before);
                    Ok(Err(why))
                }
                None => Err(e),
            },
        }
    }

    fn table(&mut self, table: &'static str, fks: &[(&str, &'static str)]) -> Result<()> {
        let shape = Shape::of(self.tx, table, fks)?;
        self.count(table);
        let list = shape
            .cols
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let mut read = self
            .bundle
            .prepare(&format!("SELECT {list} FROM main.{table} ORDER BY id"))?;
        let insert_cols: Vec<&String> = shape
            .cols
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != shape.id)
            .map(|(_, c)| c)
            .collect();
        let insert_sql = Text::new(
            self.tx,
            format!(
                "INSERT INTO main.{table} ({}) VALUES ({})",
                insert_cols
                    .iter()
                    .map(|c| format!("\"{c}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                (1..=insert_cols.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        let find_sql = Text::new(
            self.tx,
            format!("SELECT {list} FROM main.{table} WHERE uuid = ?1"),
        );
        let update_sql = Text::new(
            self.tx,
            format!(
                "UPDATE main.{table} SET {} WHERE id = ?{}",
                insert_cols
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
                    .collect::<Vec<_>>()
                    .join(", "),
                insert_cols.len() + 1
            ),
        );
        let delete_companions = companion(table).map(|(ct, key, _)| {
            Text::new(self.tx, format!("DELETE FROM main.{ct} WHERE {key} = ?1"))
        });
        let origin = self.m.office_uuid.clone();
        let n = shape.cols.len();
        let bundle: DbRef = self.bundle.into();
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let theirs: Vec<Value> = (0..n)
                .map(|i| r.get::<_, Value>(i))
                .collect::<rusqlite::Result<_>>()?;
            let bundle_id = match theirs[shape.id] {
                Value::Integer(i) => i,
                _ => continue,
            };
            let uuid = match &theirs[shape.uuid] {
                Value::Text(t) => t.clone(),
                _ => String::new(),
            };
            let their_companions = companions_of(bundle, table, bundle_id)?;
            // The row with its foreign keys as ours; a parent not merged leaves it unmapped.
            let mut mapped = theirs.clone();
            let mut unmapped: Option<&'static str> = None;
            let mut refs: Vec<(usize, &'static str)> = shape.fks.clone();
            if let Some((t, tid)) = shape.target {
                if let Some(p) = target_table(&theirs[t]) {
                    refs.push((tid, p));
                }
            }
            for (at, parent) in refs {
                if let Value::Integer(id) = theirs[at] {
                    match self.ids.get(&(parent, id)) {
                        Some(o) => mapped[at] = Value::Integer(*o),
                        None => unmapped = Some(parent),
                    }
                }
            }
            mapped[shape.origin] = Value::Text(self.m.office_uuid.clone());
            let ours: Option<Vec<Value>> = self.tx.query_opt(find_sql.sql(), [&uuid], |r| {
                (0..n).map(|i| r.value(i)).collect()
            })?;
            let theirs_json = || -> Result<serde_json::Value> {
                shape.json(bundle, &theirs, their_companions.as_deref())
            };
            if let Some(parent) = unmapped {
                let why = format!("its {parent} row was not merged");
                let ours_json = match &ours {
                    Some(o) => Some(shape.json(self.tx, o, None)?),
                    None => None,
                };
                let t = theirs_json()?;
                self.conflict(table, &uuid, ours_json, t, &why)?;
                continue;
            }
            match ours {
                None => {
                    let values = args(
                        mapped
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| *i != shape.id)
                            .map(|(_, v)| v),
                    );
                    let tx = self.tx;
                    let done = self.guarded(table, || tx.insert(insert_sql.sql(), &values[..]))?;
                    match done {
                        Ok(id) => {
                            self.ids.insert((table, bundle_id), id);
                            let hash = content_hash(&mapped, shape.id, their_companions.as_deref());
                            remember(self.tx, &origin, table, &uuid, &hash)?;
                            if let Some(list) = &their_companions {
                                add_companions(self.tx, table, id, list)?;
                            }
                            self.count(table).new += 1;
                        }
                        Err(why) => {
                            let t = theirs_json()?;
                            self.conflict(table, &uuid, None, t, &why)?;
                        }
                    }
                }
                Some(ours) => {
                    let our_id = match ours[shape.id] {
                        Value::Integer(i) => i,
                        _ => 0,
                    };
                    let our_companions = companions_of(self.tx, table, our_id)?;
                    if ours[shape.origin] != mapped[shape.origin] {
                        let why = match &ours[shape.origin] {
                            Value::Null => "this office's own row has that uuid".to_string(),
                            _ => "another office's row has that uuid".to_string(),
                        };
                        let o = shape.json(self.tx, &ours, our_companions.as_deref())?;
                        let t = theirs_json()?;
                        self.conflict(table, &uuid, Some(o), t, &why)?;
                        continue;
                    }
                    self.ids.insert((table, bundle_id), our_id);
                    let same = (0..n)
                        .filter(|i| *i != shape.id)
                        .all(|i| ours[i] == mapped[i])
                        && our_companions == their_companions;
                    let theirs_hash = content_hash(&mapped, shape.id, their_companions.as_deref());
                    if same {
                        self.count(table).identical += 1;
                        remember(self.tx, &origin, table, &uuid, &theirs_hash)?;
                        continue;
                    }
                    // The office's own row: when ours is as last merged (unchanged here
                    // since), theirs is the newer state: applied. Else both changed: a conflict.
                    let ours_hash = content_hash(&ours, shape.id, our_companions.as_deref());
                    let last = remembered(self.tx, table, &uuid)?;
                    if last.as_deref() == Some(ours_hash.as_str()) {
                        let our_id_value = Value::Integer(our_id);
                        let values = args(
                            mapped
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| *i != shape.id)
                                .map(|(_, v)| v)
                                .chain(std::iter::once(&our_id_value)),
                        );
                        let tx = self.tx;
                        let done =
                            self.guarded(table, || tx.execute(update_sql.sql(), &values[..]))?;
                        match done {
                            Ok(_) => {
                                if let (Some(delete), Some(list)) =
                                    (&delete_companions, &their_companions)
                                {
                                    if our_companions.as_ref() != Some(list) {
                                        self.tx.execute(delete.sql(), [our_id])?;
                                        add_companions(self.tx, table, our_id, list)?;
                                    }
                                }
                                remember(self.tx, &origin, table, &uuid, &theirs_hash)?;
                                supersede(self.tx, table, &uuid, None, self.now)?;
                                self.count(table).updated += 1;
                            }
                            Err(why) => {
                                let o = shape.json(self.tx, &ours, our_companions.as_deref())?;
                                let t = theirs_json()?;
                                self.conflict(table, &uuid, Some(o), t, &why)?;
                            }
                        }
                    } else if last.as_deref() == Some(theirs_hash.as_str()) {
                        // Unchanged at its office since it was last merged (a parent row a
                        // --since bundle carries along), changed here: ours stands, nothing new.
                        self.count(table).identical += 1;
                    } else {
                        let o = shape.json(self.tx, &ours, our_companions.as_deref())?;
                        let t = theirs_json()?;
                        self.conflict(
                            table,
                            &uuid,
                            Some(o),
                            t,
                            "changed both at its office and here since it was last merged",
                        )?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Why a rule of this register refused a bundle's row (kept in the conflict, in English; the
/// listing words it in the user's language, see [`why_words`]): which rule, and what to do.
pub(super) fn refused_why(table: &str, e: &rusqlite::Error) -> String {
    let msg = e.to_string();
    if msg.contains("step_attempts.case_id") {
        return "refused: this case has a running step here; keep ours, or finish that step here first and merge again".into();
    }
    if let Some(col) = msg
        .split("UNIQUE constraint failed: ")
        .nth(1)
        .and_then(|r| r.split([',', ' ']).next())
    {
        let col = col.rsplit('.').next().unwrap_or(col);
        return format!("refused: another row here has the same {col}; keep ours, or change that row here first and merge again");
    }
    let _ = table;
    "refused: a rule of this register refused it; keep ours, or correct the row here first and merge again".into()
}

/// A conflict's why (the merge's English words) in the user's language.
pub fn why_words(why: &str) -> String {
    why_in(why, crate::text::lang())
}

fn why_in(why: &str, lang: crate::text::Lang) -> String {
    if lang == crate::text::Lang::En {
        return why.to_string();
    }
    let fixed: &[(&str, &str)] = &[
        ("changed both at its office and here since it was last merged", "diubah di kantornya dan juga di sini sejak terakhir digabung"),
        ("changed at its office after it was merged, or here", "diubah di kantornya setelah digabung, atau di sini"),
        ("this office's own row has that uuid", "baris milik kantor ini ber-uuid itu"),
        ("another office's row has that uuid", "baris milik kantor lain ber-uuid itu"),
        ("refused: this case has a running step here; keep ours, or finish that step here first and merge again", "ditolak: kasus ini punya langkah yang sedang berjalan di sini; pertahankan milik kita, atau selesaikan dulu langkah itu di sini lalu gabung lagi"),
        ("refused: a rule of this register refused it; keep ours, or correct the row here first and merge again", "ditolak: aturan register ini menolaknya; pertahankan milik kita, atau perbaiki dulu baris itu di sini lalu gabung lagi"),
    ];
    if let Some((_, id)) = fixed.iter().find(|(en, _)| *en == why) {
        return id.to_string();
    }
    if let Some(rest) = why.strip_prefix("refused: another row here has the same ") {
        let col = rest.split(';').next().unwrap_or(rest);
        return format!("ditolak: baris lain di sini ber-{col} sama; pertahankan milik kita, atau ubah dulu baris itu di sini lalu gabung lagi");
    }
    if let Some(rest) = why.strip_prefix("its ") {
        if let Some(p) = rest.strip_suffix(" row was not merged") {
            return format!("baris {p}-nya tidak digabung");
        }
    }
    if why.starts_with("a rule of this register refused it") {
        return "ditolak: aturan register ini menolaknya; pertahankan milik kita".into();
    }
    why.to_string()
}

/// Why a rule of this register refused a statement, when one did (a constraint the engine
/// reports: on SQLite its error code, on PostgreSQL SQLSTATE class 23, naming the constraint);
/// None for any other error.
pub(super) fn refused_why_of(table: &str, e: &Error) -> Option<String> {
    match e {
        Error::Db(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
            Some(refused_why(table, e))
        }
        Error::Server { code, text } if code.starts_with("23") => {
            Some(refused_why_server(table, code, text))
        }
        _ => None,
    }
}

/// [`refused_why`] for PostgreSQL's refusal: a unique index or constraint names the column
/// (`staff_name`, `staff_uuid_key`: `name`, `uuid`) as SQLite's message does.
fn refused_why_server(table: &str, code: &str, text: &str) -> String {
    let constraint = text
        .split(", constraint ")
        .nth(1)
        .and_then(|r| r.split([',', ')']).next())
        .unwrap_or("");
    if constraint == "step_attempts_running" {
        return "refused: this case has a running step here; keep ours, or finish that step here first and merge again".into();
    }
    if code == "23505" && !constraint.is_empty() {
        let col = match constraint {
            "step_pauses_open" => "attempt_id",
            c => {
                let c = c.strip_prefix(table).unwrap_or(c);
                let c = c.strip_prefix('_').unwrap_or(c);
                c.strip_suffix("_key").unwrap_or(c)
            }
        };
        return format!("refused: another row here has the same {col}; keep ours, or change that row here first and merge again");
    }
    "refused: a rule of this register refused it; keep ours, or correct the row here first and merge again".into()
}

/// Writes a merged row's companions (a case's violence types, a staff member's roles) under
/// its id here.
fn add_companions(db: DbRef, table: &str, id: i64, list: &[String]) -> Result<()> {
    if let Some((ct, key, value)) = companion(table) {
        let sql = Text::new(
            db,
            format!("INSERT INTO main.{ct} ({key}, {value}) VALUES (?1, ?2)"),
        );
        for v in list {
            db.execute(sql.sql(), params![id, v])?;
        }
    }
    Ok(())
}

/// The last entry of the chain this register keeps for an office; 0 for none.
fn held_seq(db: DbRef, office: &str) -> Result<i64> {
    db.query_row(
        "SELECT coalesce(max(seq), 0) FROM origin_audit WHERE origin = ?1",
        [office],
        |r| r.get(0),
    )
}

/// Merges an opened bundle (see the module): `commit` false rehearses it (`--dry-run`): the
/// same transaction, every check and count, rolled back.
pub fn merge(reg: &mut Register, b: &Bundle, commit: bool, now: &str) -> Result<Report> {
    let m = &b.manifest;
    let actor = reg.actor.clone().unwrap_or_else(|| "kasus".into());
    // A bundle of many cases is a bulk write: the page cache bulk intake uses (only this
    // command's connection; SQLite's default 2 MB spills the new rows' indexes again and again).
    // (SQLite's own; a PostgreSQL server keeps its own cache.)
    if reg.engine() == Engine::Sqlite {
        super::bulk::tune(reg.conn()?, 24)?;
    }
    reg.change_or_rehearse(commit, |tx| {
        // The office's chain here must be the one this bundle continues.
        let held = held_seq(tx, &m.office_uuid)?;
        let since = m.since_seq.unwrap_or(0);
        let prefix = &m.office_prefix;
        if since > held {
            return Err(Error::Refused(crate::tr!(
                "this bundle of office {prefix} ({}) continues its chain from entry {since}, but this register holds that office's chain up to entry {held}: merge first the bundle that reaches entry {since} (or a full bundle, `kasus bundle export` without --since). Nothing was merged",
                "bundel kantor {prefix} ({}) ini melanjutkan rantainya dari entri {since}, tetapi register ini memuat rantai kantor itu sampai entri {held}: gabungkan dulu bundel yang mencapai entri {since} (atau bundel penuh, `kasus bundle export` tanpa --since). Tidak ada yang digabung",
                m.office_uuid
            )));
        }
        let forked = |seq: i64| {
            Error::Invalid(crate::tr!(
                "this bundle of office {prefix} ({}) disagrees with the chain this register holds for that office at entry {seq}: the chains have forked (a bundle of another copy of that register?). Nothing was merged",
                "bundel kantor {prefix} ({}) ini tidak sesuai dengan rantai kantor itu yang dimuat register ini pada entri {seq}: rantainya bercabang (bundel dari salinan lain register itu?). Tidak ada yang digabung",
                m.office_uuid
            ))
        };
        if since > 0 {
            let here: Option<String> = tx.query_opt(
                "SELECT hash FROM origin_audit WHERE origin = ?1 AND seq = ?2",
                params![m.office_uuid, since],
                |r| r.get(0),
            )?;
            if here.as_deref() != m.since_hash.as_deref() {
                return Err(forked(since));
            }
        }
        // Entries this register holds already must be the same; the rest are new.
        let mut entries_new = 0;
        {
            let mut read = b.conn.prepare(
                "SELECT seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash, form
                 FROM audit ORDER BY seq",
            )?;
            let mut rows = read.query([])?;
            while let Some(r) = rows.next()? {
                let seq: i64 = r.get(0)?;
                let hash: String = r.get(8)?;
                if seq <= held {
                    let here: Option<String> = tx.query_opt(
                        "SELECT hash FROM origin_audit WHERE origin = ?1 AND seq = ?2",
                        params![m.office_uuid, seq],
                        |r| r.get(0),
                    )?;
                    if here.as_deref() != Some(hash.as_str()) {
                        return Err(forked(seq));
                    }
                    continue;
                }
                tx.execute(
                    "INSERT INTO origin_audit (origin, seq, uuid, at, actor, action, case_uuid,
                         details, prev_hash, hash, form)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![
                    m.office_uuid,
                    seq,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                        hash,
                        r.get::<_, i64>(9)?
                    ],
                )?;
                entries_new += 1;
            }
        }
        // A bundle that ends where (or before) the chain held here ends - the same bundle
        // again, or an old one found later - brings nothing newer than what is held: its
        // chain agrees (checked above), and nothing is written.
        if m.head_seq <= held {
            return Ok(Report {
                office_uuid: m.office_uuid.clone(),
                office_prefix: m.office_prefix.clone(),
                unit_name: m.unit_name.clone(),
                bundle_created_at: m.created_at.clone(),
                chain_head_seq: m.head_seq,
                chain_head_hash: m.head_hash.clone(),
                since_seq: m.since_seq,
                tables: Vec::new(),
                entries_new: 0,
                conflicts_recorded: 0,
                nothing_new: true,
                held_seq: held,
                dry_run: !commit,
            });
        }
        let mut run = Run {
            tx,
            bundle: &b.conn,
            m,
            now,
            ids: HashMap::new(),
            counts: Vec::new(),
            recorded: 0,
        };
        run.sop_versions()?;
        for (t, fks) in ORDER {
            run.table(t, fks)?;
        }
        let new: i64 = run.counts.iter().map(|c| c.new).sum();
        let identical: i64 = run.counts.iter().map(|c| c.identical).sum();
        let updated: i64 = run.counts.iter().map(|c| c.updated).sum();
        let conflicts: i64 = run.counts.iter().map(|c| c.conflicts).sum();
        let nothing_new = new == 0 && updated == 0 && entries_new == 0 && run.recorded == 0;
        if !nothing_new {
            tx.execute(
                "INSERT INTO origins (uuid, prefix, unit_name, first_at, last_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)
                 ON CONFLICT (uuid) DO UPDATE SET prefix = excluded.prefix,
                     unit_name = excluded.unit_name, last_at = excluded.last_at",
                params![m.office_uuid, m.office_prefix, m.unit_name, now],
            )?;
            audit::append(
                tx,
                now,
                &actor,
                "merge",
                None,
                &json!({
                    "office": m.office_uuid,
                    "prefix": m.office_prefix,
                    "bundle_head": format!("{}:{}", m.head_seq, m.head_hash),
                    "since": m.since_seq,
                    "new": new,
                    "identical": identical,
                    "updated": updated,
                    "conflicts": conflicts,
                    "conflicts_recorded": run.recorded,
                    "entries": entries_new,
                }),
            )?;
        }
        Ok(Report {
            office_uuid: m.office_uuid.clone(),
            office_prefix: m.office_prefix.clone(),
            unit_name: m.unit_name.clone(),
            bundle_created_at: m.created_at.clone(),
            chain_head_seq: m.head_seq,
            chain_head_hash: m.head_hash.clone(),
            since_seq: m.since_seq,
            tables: run.counts,
            entries_new,
            conflicts_recorded: run.recorded,
            nothing_new,
            held_seq: held,
            dry_run: !commit,
        })
    })
}

/// An office whose chain this register keeps.
#[derive(Debug, Clone)]
pub struct Origin {
    pub uuid: String,
    pub prefix: String,
    pub unit_name: String,
}

/// The offices whose chains this register keeps, each with its chain's verdict (walked from
/// entry 1, as that office wrote it); `office` picks one by UUID, by the start of its UUID, or
/// by its prefix (case-blind).
pub fn verify_origins<'a>(
    db: impl Into<DbRef<'a>>,
    office: Option<&str>,
) -> Result<Vec<(Origin, Verdict)>> {
    let db = db.into();
    // A register before schema 11 (read by `check` on an old backup) keeps none.
    let has: bool = db.query_row(
        Sql::each(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'origins')",
            "SELECT to_regclass('origins') IS NOT NULL",
        ),
        [],
        |r| r.get(0),
    )?;
    if !has {
        return Ok(Vec::new());
    }
    let origins: Vec<Origin> = db.all(
        "SELECT uuid, prefix, unit_name FROM origins ORDER BY prefix, uuid",
        [],
        |r| {
            Ok(Origin {
                uuid: r.get(0)?,
                prefix: r.get(1)?,
                unit_name: r.get(2)?,
            })
        },
    )?;
    let picked: Vec<Origin> = match office {
        None => origins,
        Some(o) => {
            let o = o.to_lowercase();
            origins
                .into_iter()
                .filter(|x| {
                    x.uuid == o
                        || x.prefix.to_lowercase() == o
                        || (o.len() >= 4 && x.uuid.starts_with(&o))
                })
                .collect()
        }
    };
    // A prefix two merged offices share (or a UUID start both have) names neither: refused,
    // listing them, as `--office` is everywhere.
    if let (Some(o), true) = (office, picked.len() > 1) {
        let list: Vec<String> = picked
            .iter()
            .map(|x| format!("  {} ({})", x.prefix, x.uuid))
            .collect();
        return Err(Error::Invalid(crate::tr!(
            "--office: {} fits more than one merged office:\n{}\ngive the office's UUID (or enough of its start to tell them apart)",
            "--office: {} cocok dengan lebih dari satu kantor yang digabung:\n{}\nberi UUID kantornya (atau awalnya yang cukup untuk membedakan)",
            crate::office::shown_value(o.trim()),
            list.join("\n")
        )));
    }
    let mut out = Vec::new();
    for o in picked {
        let sql = format!(
            "SELECT {} FROM origin_audit WHERE origin = ?1 ORDER BY seq",
            audit::ENTRY_COLUMNS
        );
        let v = audit::walk_query(db, &sql, [&o.uuid], 1, GENESIS)?;
        out.push((o, v));
    }
    Ok(out)
}

impl Register {
    /// [`verify_origins`] on this register.
    pub fn verify_origins(&self, office: Option<&str>) -> Result<Vec<(Origin, Verdict)>> {
        verify_origins(&self.db, office)
    }

    /// The path a bundle must not be: this register itself.
    pub fn is_self(&self, path: &Path) -> bool {
        match (
            std::fs::canonicalize(path),
            std::fs::canonicalize(self.path()),
        ) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rules_refusal_is_worded_never_a_raw_database_error() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE step_attempts (case_id INTEGER, finished_at TEXT);
             CREATE UNIQUE INDEX running ON step_attempts(case_id) WHERE finished_at IS NULL;
             INSERT INTO step_attempts VALUES (1, NULL);
             CREATE TABLE staff (name TEXT UNIQUE); INSERT INTO staff VALUES ('x');",
        )
        .unwrap();
        let e = conn
            .execute("INSERT INTO step_attempts VALUES (1, NULL)", [])
            .unwrap_err();
        let why = refused_why("step_attempts", &e);
        assert!(why.contains("this case has a running step here"), "{why}");
        assert!(!why.contains("UNIQUE"), "{why}");
        let e = conn
            .execute("INSERT INTO staff VALUES ('x')", [])
            .unwrap_err();
        let why = refused_why("staff", &e);
        assert!(why.contains("the same name"), "{why}");
        // Every why the merge writes has Indonesian words (English shown as is).
        assert_eq!(why_in(&why, crate::text::Lang::En), why);
        for w in [
            why.as_str(),
            "refused: this case has a running step here; keep ours, or finish that step here first and merge again",
            "changed both at its office and here since it was last merged",
            "another office's row has that uuid",
            "its cases row was not merged",
        ] {
            let id = why_in(w, crate::text::Lang::Id);
            assert_ne!(id, w);
        }
    }

    #[test]
    fn every_travelling_table_is_merged_once_after_its_parents() {
        let order: Vec<&str> = ORDER.iter().map(|(t, _)| *t).collect();
        let mut travelling: Vec<&str> = schema::TRAVELLING.to_vec();
        let mut merged = order.clone();
        travelling.sort();
        merged.sort();
        assert_eq!(merged, travelling);
        for (i, (t, fks)) in ORDER.iter().enumerate() {
            for (_, parent) in fks.iter() {
                let at = order.iter().position(|x| x == parent);
                // SOP versions go first of all, apart.
                assert!(
                    *parent == "sop_versions" || at.is_some_and(|p| p < i),
                    "{t} before its parent {parent}"
                );
            }
        }
        // A correction's targets come before corrections.
        let corrections = order.iter().position(|t| *t == "corrections").unwrap();
        for target in ["person", "step", "consent"] {
            let p = target_table(&Value::Text(target.into())).unwrap();
            assert!(order.iter().position(|t| *t == p).unwrap() < corrections);
        }
        assert_eq!(target_table(&Value::Text("case".into())), None);
        assert_eq!(fks_of("meta"), None);
    }
}
