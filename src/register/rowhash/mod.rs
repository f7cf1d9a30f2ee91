//! Every change to the data is in the audit chain (issue 14). Each write that changes a data row
//! records, in the audit entry of its transaction, the row's table, key and the SHA-256 of its
//! canonical content after the change (`null` when the row was deleted). `kasus check` and
//! `kasus audit verify --data` then recompute every live row's hash and name each row whose
//! content differs from its last audited state, each row with no audit entry, and each audited
//! row that is gone: by table and key, never by content.
//!
//! How rows are caught: kasus's own connection carries SQLite's pre-update hook, which sees
//! every row an INSERT, UPDATE or DELETE changes (its new values, or for a deletion its key) and
//! puts the row's key and hash into a buffer in memory. [`super::audit::append`] and the bulk
//! writer's chain take the buffer into the entry they write (`"rows": [[table, key, hash], ...]`,
//! last in the details, sorted, the last state of each row in the transaction). Rows written
//! after the transaction's last entry, or by a write with no entry of its own, go into
//! `data.rows` entries before the commit. Another program writing to the file has no such
//! hook, which is the point: its changes match no entry. (A hook, not triggers: TEMP triggers
//! on every table made each statement open a statement journal, which more than doubled a bulk
//! import.)
//!
//! The canonical content (`kasus-row/1`): the tag, the table's name, then each column in the
//! table's order as a type letter (`n`ull, `i`nteger, `r`eal, `t`ext, `b`lob), the byte length,
//! `:` and the bytes (integers in decimal, reals as their IEEE-754 bits in hex). A migration that
//! changes a data table's columns changes every hash of that table: it writes new baseline
//! entries for that table ([`baseline`]) in its own transaction.
//!
//! What it does not do: it cannot tell a change made by someone who also rebuilt the audit chain
//! to match (keep the head elsewhere: `audit verify --head`), and rows changed before schema 6
//! are taken as they were at the migration (the baseline).

pub mod fed;
mod hook;

use super::db::DbRef;
use crate::error::Result;
use crate::sop::catalog::push_hex;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde_json::json;
use sha2::{Digest, Sha256};

/// A data table and its key: `INTEGER PRIMARY KEY` tables by their id, the others by their
/// primary key's columns joined by `/` as text (`12/fisik`).
pub struct Table {
    pub name: &'static str,
    /// The primary key's columns.
    key: &'static [&'static str],
}

const fn int(name: &'static str) -> Table {
    Table { name, key: &["id"] }
}

/// Every table whose rows are data. Not here: `audit` (the chain itself) and SQLite's own.
pub const TABLES: &[Table] = &[
    Table {
        name: "meta",
        key: &["key"],
    },
    int("sop_versions"),
    int("calendars"),
    int("staff"),
    Table {
        name: "staff_roles",
        key: &["staff_id", "role"],
    },
    int("cases"),
    int("persons"),
    Table {
        name: "case_violence",
        key: &["case_id", "type"],
    },
    int("services"),
    int("consents"),
    int("assignments"),
    int("step_attempts"),
    int("step_pauses"),
    int("corrections"),
    int("agencies"),
    int("referrals"),
];

/// How many rows one entry carries at most; a transaction that writes more flushes them into
/// `data.rows` entries as it goes, so memory stays flat.
pub const CHUNK: usize = 1000;

/// A row's key: an integer id, or the text of a composite key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Int(i64),
    Text(String),
}

impl Key {
    fn from_value(v: ValueRef) -> Option<Key> {
        match v {
            ValueRef::Integer(i) => Some(Key::Int(i)),
            ValueRef::Text(t) => Some(Key::Text(String::from_utf8_lossy(t).into_owned())),
            _ => None,
        }
    }

    pub fn from_json(v: &serde_json::Value) -> Option<Key> {
        match v {
            serde_json::Value::Number(n) => n.as_i64().map(Key::Int),
            serde_json::Value::String(s) => Some(Key::Text(s.clone())),
            _ => None,
        }
    }

    fn sql(&self) -> Value {
        match self {
            Key::Int(i) => Value::Integer(*i),
            Key::Text(t) => Value::Text(t.clone()),
        }
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Int(i) => write!(f, "{i}"),
            Key::Text(t) => f.write_str(t),
        }
    }
}

/// One row's change: its table, key, hash after (`None`: deleted) and hash before (`None`: the
/// row is new). The hash before lets verification tell a row changed outside kasus and then
/// written by kasus: its "before" differs from the state the chain last recorded.
pub type Touch = (&'static str, Key, Option<Hash>, Option<Hash>);

/// A row's hash: the first 128 bits of the SHA-256 of its canonical content (see the module).
/// Finding another content with the same 128 bits is as far out of reach as with all 256, and
/// the chain carries one per row written: half the bytes.
pub type Hash = [u8; HASH_LEN];

/// How many bytes of the SHA-256 a row's hash keeps.
pub const HASH_LEN: usize = 16;

thread_local! {
    /// The rows written since the last entry took them, filled by `kasus_touch` (which runs on
    /// the thread that runs the statement: kasus writes from one thread).
    static BUFFER: std::cell::RefCell<Vec<Touch>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn push(t: Touch) {
    BUFFER.with(|b| b.borrow_mut().push(t));
}

/// How many row changes wait for an entry.
pub fn pending() -> usize {
    BUFFER.with(|b| b.borrow().len())
}

/// Forgets the row changes after the first `n` (a statement that failed after the hook saw
/// its row: `kasus merge` goes on after an insert a rule refused).
pub fn truncate(n: usize) {
    BUFFER.with(|b| b.borrow_mut().truncate(n));
}

/// Forgets every row change (a transaction begins, or was rolled back).
pub fn clear() {
    BUFFER.with(|b| b.borrow_mut().clear());
}

/// Takes the row changes: the last state of each row, sorted by table and key.
pub fn take() -> Vec<Touch> {
    let mut out = Vec::new();
    take_into(&mut out);
    out
}

/// As [`take`], into `out` (cleared first): the bulk writer takes the rows of every entry into
/// the same two vectors, the buffer's and its own, swapped, instead of allocating for each.
pub fn take_into(out: &mut Vec<Touch>) {
    take_raw(out);
    settle(out);
}

/// The row changes as made, into `out` (cleared first): for a writer that hands each entry its
/// own part of them, then [`settle`]s that part as [`take_into`] does.
pub fn take_raw(out: &mut Vec<Touch>) {
    out.clear();
    BUFFER.with(|b| std::mem::swap(&mut *b.borrow_mut(), out));
}

/// Row changes as an entry holds them: sorted by table and key, each row once, with its first
/// state before and its last state after.
pub fn settle(out: &mut Vec<Touch>) {
    // A stable sort keeps a row's changes in the order made; the last one stays.
    out.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    // The row's first state before, its last state after.
    out.dedup_by(|later, kept| {
        let same = later.0 == kept.0 && later.1 == kept.1;
        if same {
            kept.2 = later.2;
        }
        same
    });
}

/// The rows as the JSON array an entry's `rows` holds: `[[table, key, hash|null], ...]`, with a
/// fourth element, the hash before, for a row that existed before the change.
pub fn rows_json(rows: &[Touch]) -> String {
    let mut s = String::with_capacity(rows.len() * 96 + 2);
    push_rows_json(&mut s, rows);
    s
}

/// [`rows_json`], appended to `s`.
pub fn push_rows_json(s: &mut String, rows: &[Touch]) {
    s.push('[');
    for (i, (t, k, h, before)) in rows.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str("[\"");
        s.push_str(t);
        s.push_str("\",");
        match k {
            Key::Int(i) => crate::decimal::push_i64(s, *i),
            Key::Text(t) => push_json_str(s, t),
        }
        for (n, h) in [h, before].into_iter().enumerate() {
            match h {
                Some(h) => {
                    s.push_str(",\"");
                    push_hex(s, h);
                    s.push('"');
                }
                None if n == 0 => s.push_str(",null"),
                None => {}
            }
        }
        s.push(']');
    }
    s.push(']');
}

/// `t` as a JSON string, exactly as serde_json writes it, appended to `s`: as it is between
/// quotes when nothing in it needs escaping (the usual case: keys, codes, case numbers), else
/// through serde_json itself.
pub fn push_json_str(s: &mut String, t: &str) {
    if t.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        s.push_str(&serde_json::Value::from(t).to_string());
    } else {
        s.push('"');
        s.push_str(t);
        s.push('"');
    }
}

/// An entry's details (a JSON object's text) with the rows as its last key, `rows`: the other
/// keys stay as written (sorted, as serde_json writes an object).
pub fn with_rows(details: String, rows: &[Touch]) -> String {
    if rows.is_empty() {
        return details;
    }
    let mut out = String::with_capacity(details.len() + rows.len() * 96 + 12);
    push_with_rows(&mut out, &details, rows);
    out
}

/// [`with_rows`], appended to `out`.
pub fn push_with_rows(out: &mut String, details: &str, rows: &[Touch]) {
    let open = details.trim_end().strip_suffix('}');
    let (Some(open), false) = (open, rows.is_empty()) else {
        out.push_str(details);
        return;
    };
    out.push_str(open);
    if !open.trim_end().ends_with('{') {
        out.push(',');
    }
    out.push_str("\"rows\":");
    push_rows_json(out, rows);
    out.push('}');
}

/// The canonical content's hash (see the module), of a table's name and its columns' values.
/// The text is built in one buffer and hashed once (hashing each piece costs more than the
/// hash itself for short columns).
pub fn row_hash<'a>(table: &str, values: impl Iterator<Item = ValueRef<'a>>) -> Hash {
    thread_local! {
        static TEXT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    TEXT.with(|text| {
        let mut out = text.borrow_mut();
        out.clear();
        out.extend_from_slice(b"kasus-row/1\n");
        out.extend_from_slice(table.as_bytes());
        let mut num = [0u8; 20];
        let mut len = [0u8; 20];
        let mut real = String::new();
        for v in values {
            let (tag, bytes): (u8, &[u8]) = match v {
                ValueRef::Null => (b'n', &[]),
                ValueRef::Integer(i) => (b'i', crate::decimal::of_i64(i, &mut num)),
                ValueRef::Real(r) => {
                    real.clear();
                    push_hex(&mut real, &r.to_bits().to_be_bytes());
                    (b'r', real.as_bytes())
                }
                ValueRef::Text(t) => (b't', t),
                ValueRef::Blob(b) => (b'b', b),
            };
            out.push(b'\n');
            out.push(tag);
            out.extend_from_slice(crate::decimal::of_i64(bytes.len() as i64, &mut len));
            out.push(b':');
            out.extend_from_slice(bytes);
        }
        let full: [u8; 32] = Sha256::digest(&out[..]).into();
        let mut h = [0u8; HASH_LEN];
        h.copy_from_slice(&full[..HASH_LEN]);
        h
    })
}

/// Installs `kasus_row` (the hash of a row: table name, then its columns) on a connection: used
/// by the baseline and verification, and inside `kasus_touch`, so they hash the same way.
pub fn install_hash(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "kasus_row",
        -1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx: &Context| {
            let table = ctx.get_raw(0).as_str().unwrap_or("");
            let h = row_hash(table, (1..ctx.len()).map(|i| ctx.get_raw(i)));
            Ok(h.to_vec())
        },
    )?;
    Ok(())
}

thread_local! {
    /// Each data table's key columns, by position in its rows, for the hook.
    static KEYS: std::cell::RefCell<Vec<(&'static str, Vec<i32>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Installs the hook that records every row change on this connection: SQLite's pre-update
/// hook ([`hook`]), called for each row an INSERT, UPDATE or DELETE changes, with its values.
/// Run once per connection, after its migrations and before its first write.
pub fn install_hook(conn: &Connection) -> Result<()> {
    let mut keys: Vec<(&'static str, Vec<i32>)> = Vec::new();
    for t in TABLES {
        keys.push((t.name, key_at(t, &columns(conn, t.name)?)));
    }
    KEYS.with(|k| *k.borrow_mut() = keys);
    hook::install(conn, on_change);
    Ok(())
}

/// The positions of a table's key columns among its columns.
fn key_at(t: &Table, cols: &[String]) -> Vec<i32> {
    t.key
        .iter()
        .filter_map(|k| cols.iter().position(|c| c == k).map(|i| i as i32))
        .collect()
}

/// A row's key from its values (`get`: the value of column `i`; `at`: the key's columns): the
/// id, or the parts joined by `/`, each as `Key`'s Display writes it.
fn key_of<'a>(at: &[i32], get: impl Fn(i32) -> ValueRef<'a>) -> Option<Key> {
    if let [one] = at {
        return Key::from_value(get(*one));
    }
    let mut text = String::with_capacity(24);
    for (n, i) in at.iter().enumerate() {
        if n > 0 {
            text.push('/');
        }
        match get(*i) {
            ValueRef::Integer(v) => crate::decimal::push_i64(&mut text, v),
            ValueRef::Text(t) => text.push_str(&String::from_utf8_lossy(t)),
            _ => return None,
        }
    }
    Some(Key::Text(text))
}

/// The hook left off a connection until this is dropped: for rows whose changes are recorded
/// otherwise ([`fed`]: a bulk writer's batches, hashed from the values fed).
pub struct HookOff<'c>(&'c Connection);

/// Takes the hook off `conn` (it must have been installed) until the guard is dropped.
pub fn hook_off(conn: &Connection) -> HookOff<'_> {
    hook::remove(conn);
    HookOff(conn)
}

impl Drop for HookOff<'_> {
    fn drop(&mut self) {
        hook::install(self.0, on_change);
    }
}

/// One row changed (from the hook): its key, its hash after and before, into the buffer.
fn on_change(c: hook::Changed) {
    let table = match &c {
        hook::Changed::Inserted(t, ..)
        | hook::Changed::Updated(t, ..)
        | hook::Changed::Deleted(t, ..) => *t,
    };
    KEYS.with(|keys| {
        let keys = keys.borrow();
        let Some((name, at)) = keys.iter().find(|(n, _)| *n == table) else {
            return;
        };
        let key = |values: &hook::Values| key_of(at, |i| values.get(i));
        let hash = |values: &hook::Values| row_hash(name, (0..values.len()).map(|i| values.get(i)));
        match &c {
            hook::Changed::Inserted(_, new) => {
                if let Some(k) = key(new) {
                    push((name, k, Some(hash(new)), None));
                }
            }
            hook::Changed::Updated(_, old, new) => {
                let (ko, kn) = (key(old), key(new));
                if ko != kn {
                    if let Some(ko) = ko {
                        push((name, ko, None, Some(hash(old))));
                    }
                    if let Some(kn) = kn {
                        push((name, kn, Some(hash(new)), None));
                    }
                } else if let Some(k) = kn {
                    // An update that leaves the row as it was changes nothing to record.
                    let (after, before) = (hash(new), hash(old));
                    if after != before {
                        push((name, k, Some(after), Some(before)));
                    }
                }
            }
            hook::Changed::Deleted(_, old) => {
                if let Some(k) = key(old) {
                    push((name, k, None, Some(hash(old))));
                }
            }
        }
    });
}

/// Every data table's row count and one SHA-256 over the rows' canonical content, on any
/// connection with kasus's tables (a bundle): for each table in [`TABLES`]' order that exists,
/// its name and a newline, then each row's hash in key order. Two files with the same rows
/// (same ids, same content) have the same digest, whatever their pages.
pub fn content_digest(conn: &Connection) -> Result<(Vec<(&'static str, i64)>, String)> {
    install_hash(conn)?;
    let mut sha = Sha256::new();
    let mut counts = Vec::new();
    for t in TABLES {
        if columns(conn, t.name)?.is_empty() {
            continue;
        }
        sha.update(t.name.as_bytes());
        sha.update(b"\n");
        let mut stmt = conn.prepare(&live_rows_sql(conn, t)?)?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let h: Vec<u8> = r.get(1)?;
            sha.update(&h);
            n += 1;
        }
        counts.push((t.name, n));
    }
    let mut hex = String::with_capacity(64);
    push_hex(&mut hex, &sha.finalize());
    Ok((counts, hex))
}

/// A table's key as an SQL expression: `id`, `case_id || '/' || type` (as the hook joins it).
fn key_sql(t: &Table) -> String {
    t.key.join(" || '/' || ")
}

/// A table's columns, in its order.
fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA main.table_info({table})"))?;
    let cols = stmt
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cols)
}

/// The SELECT of a table's rows as (key, hash), in key order.
fn live_rows_sql(conn: &Connection, t: &Table) -> Result<String> {
    let cols: Vec<String> = columns(conn, t.name)?
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect();
    Ok(format!(
        "SELECT {k}, kasus_row('{n}', {c}) FROM main.{n} ORDER BY {k}",
        k = key_sql(t),
        n = t.name,
        c = cols.join(", ")
    ))
}

/// Writes the row changes waiting as `data.rows` entries of at most [`CHUNK`] rows each: the
/// rows of a write with no entry of its own, or those of a long transaction as it goes.
pub fn flush<'a>(db: impl Into<DbRef<'a>>, at: &str, actor: &str) -> Result<()> {
    let db = db.into();
    collect(db)?;
    if pending() > 0 {
        super::audit::append(db, at, actor, "data.rows", None, &json!({}))?;
    }
    Ok(())
}

/// On PostgreSQL, takes the row changes the schema's triggers recorded since the last call into
/// the buffer, hashed as SQLite's hook hashes them (on SQLite the hook fills it as rows change).
pub fn collect(db: DbRef) -> Result<()> {
    match db {
        DbRef::Sqlite(_) => Ok(()),
        #[cfg(feature = "postgres")]
        DbRef::Postgres(p) => {
            use super::postgres::schema;
            let layouts = p.layouts(|| {
                let columns = db.all(schema::column_types_sql(), [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
                let keys = db.all(schema::key_columns_sql(), [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
                schema::layouts(columns, keys)
            })?;
            let taken = db.all(schema::TAKE_CHANGES, [p.changes_taken()], |r| {
                Ok((
                    r.get::<i64>(0)?,
                    r.get::<String>(1)?,
                    r.get::<String>(2)?,
                    r.get::<String>(3)?,
                    r.get::<Option<String>>(4)?,
                ))
            })?;
            if !taken.is_empty() {
                // Emptied as taken: the rows a transaction captured would otherwise pile up
                // until its commit, and the planner, with no statistics on a temporary table,
                // reads all of them at every take (a bulk intake slowed with every case).
                db.batch("TRUNCATE pg_temp.kasus_changes")?;
            }
            for (seq, table, op, row, old) in taken {
                p.took_changes(seq);
                let Some(layout) = layouts.get(&table) else {
                    continue;
                };
                let json = |t: &str| -> Result<serde_json::Value> {
                    serde_json::from_str(t).map_err(|_| {
                        crate::error::Error::Register(format!(
                            "{table}: a captured row the server wrote is not JSON (a bug)"
                        ))
                    })
                };
                let old = old.as_deref().map(json).transpose()?;
                for t in schema::touches(&table, layout, &op, &json(&row)?, old.as_ref())? {
                    push(t);
                }
            }
            Ok(())
        }
    }
}

/// The baseline: one `data.baseline` entry per [`CHUNK`] rows of every data table, each row's
/// hash as it is now. Written when a register reaches schema 6, in the migration's transaction.
pub fn baseline(tx: &Transaction, at: &str) -> Result<()> {
    baseline_of(tx, at, TABLES.iter().map(|t| t.name))
}

/// The baseline of some tables only: a migration that changes a table's columns (schema 7
/// adds two to `consents`) writes that table's baseline again, its rows' new hashes.
pub fn baseline_of<'a>(
    tx: &Transaction,
    at: &str,
    names: impl IntoIterator<Item = &'a str>,
) -> Result<()> {
    install_hash(tx)?;
    let names: Vec<&str> = names.into_iter().collect();
    for t in TABLES.iter().filter(|t| names.contains(&t.name)) {
        // A table a later migration creates (reaching schema 6 from 5, `agencies` does not
        // exist yet) has no rows to baseline.
        if columns(tx, t.name)?.is_empty() {
            continue;
        }
        let sql = live_rows_sql(tx, t)?;
        let mut stmt = tx.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut chunk: Vec<Touch> = Vec::new();
        let mut part = 0;
        let write = |chunk: &mut Vec<Touch>, part: &mut i64| -> Result<()> {
            *part += 1;
            let details = json!({"table": t.name, "part": *part});
            super::audit::append_rows(
                tx,
                at,
                "kasus",
                "data.baseline",
                None,
                &details,
                &std::mem::take(chunk),
            )?;
            Ok(())
        };
        while let Some(r) = rows.next()? {
            let key = Key::from_value(r.get_ref(0)?).unwrap_or(Key::Int(0));
            let hash: Vec<u8> = r.get(1)?;
            let hash = Hash::try_from(hash.as_slice()).ok();
            chunk.push((t.name, key, hash, None));
            if chunk.len() == CHUNK {
                write(&mut chunk, &mut part)?;
            }
        }
        if !chunk.is_empty() {
            write(&mut chunk, &mut part)?;
        }
    }
    Ok(())
}

/// What verification found about one row: never its content, only where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The row differs from its last audited state (the entry that recorded it).
    Changed {
        table: &'static str,
        key: Key,
        seq: i64,
    },
    /// The row is in no audit entry (or was recorded as deleted and is back).
    Unaudited { table: &'static str, key: Key },
    /// An audited row is gone, with no audited deletion (the entry that last recorded it).
    Gone {
        table: &'static str,
        key: Key,
        seq: i64,
    },
    /// The row was changed outside kasus and then written by kasus (in entry `seq`): the
    /// change is no longer in the row, but the chain shows it happened.
    Overwritten {
        table: &'static str,
        key: Key,
        seq: i64,
    },
}

impl Finding {
    pub fn kind(&self) -> &'static str {
        match self {
            Finding::Changed { .. } => "changed",
            Finding::Unaudited { .. } => "unaudited",
            Finding::Gone { .. } => "gone",
            Finding::Overwritten { .. } => "overwritten",
        }
    }

    pub fn table(&self) -> &'static str {
        match self {
            Finding::Changed { table, .. }
            | Finding::Unaudited { table, .. }
            | Finding::Gone { table, .. }
            | Finding::Overwritten { table, .. } => table,
        }
    }

    pub fn key(&self) -> &Key {
        match self {
            Finding::Changed { key, .. }
            | Finding::Unaudited { key, .. }
            | Finding::Gone { key, .. }
            | Finding::Overwritten { key, .. } => key,
        }
    }

    pub fn seq(&self) -> Option<i64> {
        match self {
            Finding::Changed { seq, .. }
            | Finding::Gone { seq, .. }
            | Finding::Overwritten { seq, .. } => Some(*seq),
            Finding::Unaudited { .. } => None,
        }
    }

    /// One line: "persons 17: changed since its last audited write (entry 42)".
    /// As [`Finding::line`], naming the row's case when it is known: `persons 17 (case
    /// PPA/2026/0003): changed ...`.
    pub fn line_in(&self, case: Option<&str>) -> String {
        let line = self.line();
        let Some(case) = case else {
            return line;
        };
        let row = format!("{} {}", self.table(), self.key());
        match line.strip_prefix(&row) {
            Some(rest) => format!("{row} ({} {case}){rest}", crate::text::t("case", "kasus")),
            None => line,
        }
    }

    pub fn line(&self) -> String {
        match self {
            Finding::Changed { table, key, seq } => crate::tr!(
                "{table} {key}: changed since its last audited write (entry {seq})",
                "{table} {key}: berubah sejak penulisan teraudit terakhirnya (entri {seq})"
            ),
            Finding::Unaudited { table, key } => crate::tr!(
                "{table} {key}: in no audit entry (written outside kasus)",
                "{table} {key}: tidak ada di entri audit mana pun (ditulis di luar kasus)"
            ),
            Finding::Gone { table, key, seq } => crate::tr!(
                "{table} {key}: gone, with no audited deletion (last recorded in entry {seq})",
                "{table} {key}: hilang, tanpa penghapusan teraudit (terakhir dicatat di entri {seq})"
            ),
            Finding::Overwritten { table, key, seq } => crate::tr!(
                "{table} {key}: changed outside kasus, then written over by kasus (entry {seq} found it so)",
                "{table} {key}: diubah di luar kasus, lalu ditimpa oleh kasus (entri {seq} mendapatinya begitu)"
            ),
        }
    }
}

/// What [`verify`] read: how many live rows, and the findings, in table then key order, each
/// with the number of the case its row belongs to, where one can be told.
pub struct DataCheck {
    pub rows: u64,
    pub findings: Vec<Finding>,
    pub cases: Vec<Option<String>>,
}

/// At most this many findings are kept (the count goes on): a file rewritten wholesale names
/// its first rows, not a million lines.
pub const MAX_FINDINGS: usize = 1000;

/// Recomputes every live row's hash and compares it with the last state the audit chain
/// recorded for it. Reads only (a TEMP table holds the audited states, on disk, so memory
/// stays flat); run it on a chain already verified, or its findings mean little.
pub fn verify(conn: &Connection) -> Result<(DataCheck, u64)> {
    install_hash(conn)?;
    let mut found = Found::default();
    load_audited(conn, &mut found)?;
    for t in TABLES {
        compare(conn, t, &mut found)?;
    }
    conn.execute_batch("DROP TABLE IF EXISTS temp.kasus_audited")?;
    let cases = found
        .kept
        .iter()
        .map(|f| case_of(conn.into(), &columns(conn, f.table())?, f))
        .collect::<Result<Vec<_>>>()?;
    Ok((
        DataCheck {
            rows: found.rows,
            findings: found.kept,
            cases,
        },
        found.total,
    ))
}

/// The number of the case a finding's row belongs to: through the row itself when it is there
/// (its `case_id`, or a pause's attempt), else through the case of the entry that last recorded
/// it; `None` for rows of no case (settings, staff, SOPs) or a case that is gone too.
fn case_of(db: DbRef, cols: &[String], f: &Finding) -> Result<Option<String>> {
    let Some(t) = TABLES.iter().find(|t| t.name == f.table()) else {
        return Ok(None);
    };
    // SQLite names the register's own schema (a TEMP table may share a name); PostgreSQL's
    // tables are in the connection's schema.
    let schema = match db.engine() {
        super::db::Engine::Sqlite => "main.",
        super::db::Engine::Postgres => "",
    };
    let key = f.key().sql();
    let by_row = if t.name == "cases" {
        Some("SELECT number FROM cases WHERE id = ?1".to_string())
    } else if cols.iter().any(|c| c == "case_id") {
        let parts = t
            .key
            .iter()
            .map(|c| format!("CAST(x.{c} AS TEXT)"))
            .collect::<Vec<_>>();
        let k = if parts.len() == 1 {
            format!("x.{}", t.key[0])
        } else {
            parts.join(" || '/' || ")
        };
        Some(format!(
            "SELECT c.number FROM {schema}{n} x JOIN cases c ON c.id = x.case_id WHERE {k} = ?1",
            n = t.name,
        ))
    } else if cols.iter().any(|c| c == "attempt_id") {
        Some(format!(
            "SELECT c.number FROM {schema}{n} x JOIN step_attempts a ON a.id = x.attempt_id
             JOIN cases c ON c.id = a.case_id WHERE x.id = ?1",
            n = t.name
        ))
    } else {
        None
    };
    if let Some(sql) = by_row {
        if let Some(n) = db.query_opt(&sql, [&key], |r| r.get::<String>(0))? {
            return Ok(Some(n));
        }
        if let Some(seq) = f.seq() {
            return db.query_opt(
                "SELECT c.number FROM audit a JOIN cases c ON c.uuid = a.case_uuid
                 WHERE a.seq = ?1",
                [seq],
                |r| r.get::<String>(0),
            );
        }
    }
    Ok(None)
}

/// The last audited state of every row the chain names, in `temp.kasus_audited`: the entries
/// in order, a later one replacing an earlier one's state of the same row.
fn load_audited(conn: &Connection, found: &mut Found) -> Result<()> {
    conn.execute_batch(
        "DROP TABLE IF EXISTS temp.kasus_audited;
         CREATE TEMP TABLE kasus_audited (tbl TEXT NOT NULL, key NOT NULL, hash BLOB,
             seq INTEGER NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID;",
    )?;
    let mut put = conn.prepare(
        "INSERT INTO temp.kasus_audited (tbl, key, hash, seq) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (tbl, key) DO UPDATE SET hash = excluded.hash, seq = excluded.seq",
    )?;
    let mut last =
        conn.prepare("SELECT hash FROM temp.kasus_audited WHERE tbl = ?1 AND key = ?2")?;
    let mut stmt = conn.prepare(
        "SELECT seq, details FROM audit WHERE instr(details, '\"rows\":') > 0 ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let details: String = r.get(1)?;
        audited_rows(&details, |table, k, hash, before| {
            if let Some(before) = before {
                let recorded: Option<Option<Vec<u8>>> = last
                    .query_row(rusqlite::params![table, k.sql()], |r| r.get(0))
                    .optional()?;
                if recorded.flatten().as_deref() != Some(before.as_slice()) {
                    found.add(Finding::Overwritten {
                        table,
                        key: k.clone(),
                        seq,
                    });
                }
            }
            put.execute(rusqlite::params![table, k.sql(), hash, seq])?;
            Ok(())
        })?;
    }
    Ok(())
}

/// Each row an entry's details record: its table, key, hash after (`None`: deleted) and hash
/// before, when recorded.
fn audited_rows(
    details: &str,
    mut f: impl FnMut(&'static str, Key, Option<Vec<u8>>, Option<Vec<u8>>) -> Result<()>,
) -> Result<()> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(details) else {
        return Ok(());
    };
    for item in v
        .get("rows")
        .and_then(|r| r.as_array())
        .into_iter()
        .flatten()
    {
        let Some(parts) = item.as_array() else {
            continue;
        };
        let (Some(t), Some(k), Some(h)) = (
            parts.first().and_then(|t| t.as_str()),
            parts.get(1).and_then(Key::from_json),
            parts.get(2),
        ) else {
            continue;
        };
        let Some(table) = TABLES.iter().find(|x| x.name == t).map(|x| x.name) else {
            continue;
        };
        let before = parts.get(3).and_then(|b| b.as_str()).and_then(recorded);
        f(table, k, h.as_str().and_then(recorded), before)?;
    }
    Ok(())
}

/// The findings so far: the first [`MAX_FINDINGS`] kept, all counted.
#[derive(Default)]
struct Found {
    rows: u64,
    total: u64,
    kept: Vec<Finding>,
}

impl Found {
    fn add(&mut self, f: Finding) {
        self.total += 1;
        if self.kept.len() < MAX_FINDINGS {
            self.kept.push(f);
        }
    }
}

/// A live row: its key and hash.
type Live = (Key, Vec<u8>);
/// An audited row: its key, last hash (`None`: deleted) and the entry that recorded it.
type Audited = (Key, Option<Vec<u8>>, i64);

/// One table's live rows against their audited states, both in key order (a merge).
fn compare(conn: &Connection, t: &Table, found: &mut Found) -> Result<()> {
    let mut live = conn.prepare(&live_rows_sql(conn, t)?)?;
    let mut audited =
        conn.prepare("SELECT key, hash, seq FROM temp.kasus_audited WHERE tbl = ?1 ORDER BY key")?;
    let mut l = live.query([])?;
    let mut a = audited.query([t.name])?;
    let key = |r: &rusqlite::Row| -> Result<Key> {
        Ok(Key::from_value(r.get_ref(0)?).unwrap_or(Key::Int(0)))
    };
    let next_live = || -> Result<Option<Live>> {
        Ok(match l.next()? {
            Some(r) => Some((key(r)?, r.get(1)?)),
            None => None,
        })
    };
    let next_audited = || -> Result<Option<Audited>> {
        Ok(match a.next()? {
            Some(r) => Some((key(r)?, r.get(1)?, r.get(2)?)),
            None => None,
        })
    };
    merge_rows(t.name, next_live, next_audited, found)
}

/// Live rows against audited states, each read in key order by its function.
fn merge_rows(
    table: &'static str,
    mut next_live: impl FnMut() -> Result<Option<Live>>,
    mut next_audited: impl FnMut() -> Result<Option<Audited>>,
    found: &mut Found,
) -> Result<()> {
    let (mut lr, mut ar) = (next_live()?, next_audited()?);
    loop {
        let order = match (&lr, &ar) {
            (None, None) => break,
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (Some(l), Some(a)) => l.0.cmp(&a.0),
        };
        match order {
            // A live row the chain never named.
            std::cmp::Ordering::Less => {
                let (key, _) = lr.take().unwrap_or((Key::Int(0), Vec::new()));
                found.rows += 1;
                found.add(Finding::Unaudited { table, key });
                lr = next_live()?;
            }
            // A row the chain names that is not there: gone, unless its deletion was audited.
            std::cmp::Ordering::Greater => {
                if let Some((key, Some(_), seq)) = ar.take() {
                    found.add(Finding::Gone { table, key, seq });
                }
                ar = next_audited()?;
            }
            std::cmp::Ordering::Equal => {
                found.rows += 1;
                if let (Some((key, lh)), Some((_, ah, seq))) = (lr.take(), ar.take()) {
                    match ah {
                        None => found.add(Finding::Unaudited { table, key }),
                        Some(h) if h != lh => found.add(Finding::Changed { table, key, seq }),
                        Some(_) => {}
                    }
                }
                lr = next_live()?;
                ar = next_audited()?;
            }
        }
    }
    Ok(())
}

impl super::Register {
    /// `audit verify --data`: every data row against its last audited state ([`verify`]); the
    /// second figure is how many findings there are in all (at most [`MAX_FINDINGS`] are kept).
    pub fn verify_data(&self) -> Result<(DataCheck, u64)> {
        verify_on(self.db.r())
    }
}

/// [`verify`] on either engine.
pub fn verify_on(db: DbRef) -> Result<(DataCheck, u64)> {
    match db {
        DbRef::Sqlite(c) => verify(c),
        #[cfg(feature = "postgres")]
        DbRef::Postgres(p) => verify_server(db, p),
    }
}

/// [`verify`] on PostgreSQL: the audited states and each table's live rows are held in memory
/// (by key), each row hashed from its values as the capture triggers' rows are.
#[cfg(feature = "postgres")]
fn verify_server(db: DbRef, p: &super::db::pg::Pg) -> Result<(DataCheck, u64)> {
    use std::collections::BTreeMap;
    let layouts = server_layouts(db, p)?;
    let mut found = Found::default();
    let mut audited: BTreeMap<(&'static str, Key), AuditedState> = BTreeMap::new();
    db.each(
        "SELECT seq, details FROM audit WHERE strpos(details, '\"rows\":') > 0 ORDER BY seq",
        [],
        |r| Ok((r.get::<i64>(0)?, r.get::<String>(1)?)),
        |(seq, details)| {
            audited_rows(&details, |table, k, hash, before| {
                if let Some(before) = before {
                    let last = audited
                        .get(&(table, k.clone()))
                        .and_then(|a| a.0.as_deref());
                    if last != Some(before.as_slice()) {
                        found.add(Finding::Overwritten {
                            table,
                            key: k.clone(),
                            seq,
                        });
                    }
                }
                audited.insert((table, k), (hash, seq));
                Ok(())
            })
        },
    )?;
    for t in TABLES {
        let Some(layout) = layouts.get(t.name) else {
            continue;
        };
        let mut live: BTreeMap<Key, Vec<u8>> = BTreeMap::new();
        let columns = layout
            .columns
            .iter()
            .map(|(c, _)| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        db.each(
            &*format!("SELECT {columns} FROM {}", t.name),
            [],
            |r| {
                (0..r.len())
                    .map(|i| r.value(i))
                    .collect::<rusqlite::Result<Vec<Value>>>()
            },
            |values| {
                let key =
                    super::postgres::schema::key_of(&layout.key, &values).unwrap_or(Key::Int(0));
                let hash = row_hash(t.name, values.iter().map(ValueRef::from));
                live.insert(key, hash.to_vec());
                Ok(())
            },
        )?;
        let mut l = live.into_iter();
        let mut a = audited
            .range((t.name, Key::Int(i64::MIN))..)
            .take_while(|((name, _), _)| *name == t.name)
            .map(|((_, k), (h, seq))| (k.clone(), h.clone(), *seq));
        merge_rows(t.name, || Ok(l.next()), || Ok(a.next()), &mut found)?;
    }
    let cases = found
        .kept
        .iter()
        .map(|f| {
            let cols: Vec<String> = layouts
                .get(f.table())
                .map(|l| l.columns.iter().map(|(c, _)| c.clone()).collect())
                .unwrap_or_default();
            case_of(db, &cols, f)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((
        DataCheck {
            rows: found.rows,
            findings: found.kept,
            cases,
        },
        found.total,
    ))
}

/// A row's last audited state: its hash (`None`: deleted) and the entry that recorded it.
#[cfg(feature = "postgres")]
type AuditedState = (Option<Vec<u8>>, i64);

/// The tables' layouts on PostgreSQL, read once per connection.
#[cfg(feature = "postgres")]
fn server_layouts<'p>(
    db: DbRef,
    p: &'p super::db::pg::Pg,
) -> Result<&'p std::collections::HashMap<String, super::postgres::schema::Layout>> {
    use super::postgres::schema;
    p.layouts(|| {
        let columns = db.all(schema::column_types_sql(), [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        let keys = db.all(schema::key_columns_sql(), [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        schema::layouts(columns, keys)
    })
}

/// A hash as an entry records it: entries written before hashes were cut to [`HASH_LEN`] bytes
/// hold all 32 of the SHA-256, whose first bytes are the hash of the same content now.
fn recorded(s: &str) -> Option<Vec<u8>> {
    let mut h = unhex(s)?;
    h.truncate(HASH_LEN);
    Some(h)
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_tells_types_null_and_splits_apart() {
        let h = |v: &[ValueRef]| row_hash("t", v.iter().copied());
        assert_ne!(h(&[ValueRef::Null]), h(&[ValueRef::Text(b"")]));
        assert_ne!(h(&[ValueRef::Integer(1)]), h(&[ValueRef::Text(b"1")]));
        assert_ne!(
            h(&[ValueRef::Text(b"ab"), ValueRef::Text(b"c")]),
            h(&[ValueRef::Text(b"a"), ValueRef::Text(b"bc")])
        );
        assert_ne!(
            row_hash("a", std::iter::empty()),
            row_hash("b", std::iter::empty())
        );
        assert_eq!(h(&[ValueRef::Real(1.5)]), h(&[ValueRef::Real(1.5)]));
    }

    #[test]
    fn a_hash_recorded_whole_reads_as_its_first_bytes() {
        let full = [7u8; 32];
        let h = row_hash("cases", [ValueRef::Integer(1)].into_iter());
        assert_eq!(h.len(), 16);
        assert_eq!(
            recorded(&crate::sop::catalog::hex(&full)),
            Some(vec![7; 16])
        );
        assert_eq!(recorded(&crate::sop::catalog::hex(&h)), Some(h.to_vec()));
        assert_eq!(recorded("zz"), None);
    }

    #[test]
    fn take_keeps_the_last_state_of_each_row_sorted() {
        clear();
        push((
            "persons",
            Key::Int(2),
            Some([1; HASH_LEN]),
            Some([9; HASH_LEN]),
        ));
        push(("cases", Key::Int(1), Some([2; HASH_LEN]), None));
        push(("persons", Key::Int(2), None, Some([1; HASH_LEN])));
        push((
            "case_violence",
            Key::Text("1/\"x".into()),
            Some([3; HASH_LEN]),
            None,
        ));
        let rows = take();
        assert_eq!(rows.len(), 3);
        let h = |b: u8| crate::sop::catalog::hex(&[b; HASH_LEN]);
        let v: serde_json::Value = serde_json::from_str(&rows_json(&rows)).unwrap();
        assert_eq!(
            v,
            json!([
                ["case_violence", "1/\"x", h(3)],
                ["cases", 1, h(2)],
                // The first state before, the last after.
                ["persons", 2, null, h(9)]
            ])
        );
        assert_eq!(pending(), 0);
        let d = with_rows(r#"{"a":1}"#.into(), &rows[1..2]);
        assert_eq!(d, format!(r#"{{"a":1,"rows":[["cases",1,"{}"]]}}"#, h(2)));
        assert_eq!(
            with_rows("{}".into(), &rows[2..]),
            format!(r#"{{"rows":[["persons",2,null,"{}"]]}}"#, h(9))
        );
        assert_eq!(with_rows("{}".into(), &[]), "{}");
    }

    #[test]
    fn key_expressions_join_the_key_columns() {
        let t = &TABLES.iter().find(|t| t.name == "case_violence").unwrap();
        assert_eq!(key_sql(t), "case_id || '/' || type");
        assert_eq!(unhex("0aff"), Some(vec![10, 255]));
        assert_eq!(unhex("0g"), None);
    }
}
