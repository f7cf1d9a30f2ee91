//! The SQL of `kasus export`: one description per exported table (its columns, in order, with
//! the SQL that reads each and what de-identification does to it), a streaming reader that hands
//! rows one at a time to the caller (memory stays flat however large the register), the flat
//! Simfoni PPA query, and the de-identification secret kept in `meta`.
//!
//! De-identified, a dropped column is never read: its SELECT expression becomes NULL, so personal
//! data does not leave SQLite. A pseudonymised column reads the key its pseudonym is made from
//! (for `case_number`, the case's UUID, so that both carry the same token).

use super::db::{self, DbRef, Engine};
use super::{audit, meta_get, meta_set, split_list, Register};
use crate::error::{Error, Result};
use rusqlite::types::{Value, ValueRef};
use std::borrow::Cow;
use std::collections::HashMap;

/// The `meta` key of the de-identification secret (32 random bytes, hex).
pub const SECRET_KEY: &str = "deidentify_secret";

/// How a stored value is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Int,
    /// 0/1 in SQLite: true/false.
    Bool,
    /// An instant stored as UTC text: RFC 3339 with the office's offset.
    Time,
    /// A calendar date "YYYY-MM-DD", as stored.
    Date,
    /// Comma-separated codes: the same text in CSV, an array in JSON.
    List,
    /// JSON text (audit details): the same text in CSV, embedded in JSON.
    Json,
    /// Computed by the caller from the step's status and times (the SQL reads NULL).
    Verdict,
    /// Computed by the caller: seconds over the standard's maximum.
    OverSecs,
}

/// What `--deidentify` does to a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deid {
    /// Kept as it is (codes, times, numbers, kecamatan).
    Keep,
    /// Left out: the column stays, empty (null).
    Drop,
    /// A keyed pseudonym of this kind ("c", "p", "s", ...), made from the key expression (or
    /// the column's own value when there is none).
    Token(&'static str, Option<&'static str>),
    /// A perpetrator's relation: kept when it is one of Simfoni's codes, else left out (a
    /// complainant's relation is free text).
    Relation,
    /// Audit details: rewritten by the caller, keeping only keys known to hold no personal data.
    AuditDetails,
    /// Coarsened in SQL: this expression is read instead of the column (free text such as
    /// `disability` becomes "ya" when filled in, null when not).
    Coarse(&'static str),
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub deid: Deid,
    sql: &'static str,
}

impl Column {
    fn select(&self, deidentify: bool) -> &'static str {
        if !deidentify {
            return self.sql;
        }
        match self.deid {
            Deid::Drop => "NULL",
            Deid::Token(_, Some(key)) => key,
            Deid::Coarse(expr) => expr,
            _ => self.sql,
        }
    }
}

#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    from: &'static str,
    /// The column `--since` compares with (stored UTC text sorts as time does).
    pub changed: &'static str,
    order: &'static str,
    /// The order of a de-identified export: a keyed hash of the rows' UUIDs
    /// (`kasus_deid_order`, see [`crate::deidentify::shuffle_key`]), so that the order of the
    /// rows says nothing about the order they were registered in (row k of year Y would
    /// otherwise be case PPA/Y/k, whatever its pseudonym; UUIDs v7 follow the time they were
    /// made).
    deid_order: &'static str,
    pub columns: &'static [Column],
}

const fn col(name: &'static str, kind: Kind, deid: Deid, sql: &'static str) -> Column {
    Column {
        name,
        kind,
        deid,
        sql,
    }
}

use Deid::{Drop, Keep, Relation, Token};
use Kind::{Bool, Date, Int, List, Text, Time};

/// `disability` de-identified: "ya" when anything is written, null otherwise (the free text can
/// name a condition rare enough to point at one person).
pub const DISABILITY_FLAG: &str = "CASE WHEN trim(coalesce(p.disability, '')) <> '' THEN 'ya' END";

const CASE_UUID: Column = col("case_uuid", Text, Token("c", None), "c.uuid");
const CASE_NUMBER: Column = col("case_number", Text, Token("c", Some("c.uuid")), "c.number");

pub const CASES: Table = Table {
    name: "cases",
    from: "cases c JOIN sop_versions v ON v.id = c.sop_version_id",
    changed: "c.updated_at",
    order: "c.id",
    deid_order: "kasus_deid_order(c.uuid)",
    columns: &[
        CASE_UUID,
        CASE_NUMBER,
        col("office", Text, Keep, "c.office"),
        col("year", Int, Keep, "c.year"),
        col("seq", Int, Drop, "c.seq"),
        col("sop_code", Text, Keep, "v.code"),
        col("sop_version", Int, Keep, "v.version"),
        col("reported_at", Time, Keep, "c.reported_at"),
        col("channel", Text, Keep, "c.channel"),
        col("place", Text, Keep, "c.place"),
        col("incident_date", Date, Keep, "c.incident_date"),
        col("chronology", Text, Drop, "c.chronology"),
        col("urgency", Text, Keep, "c.urgency"),
        col("risk", Text, Keep, "c.risk"),
        col("is_child", Bool, Keep, "c.is_child"),
        col(
            "violence",
            List,
            Keep,
            "(SELECT group_concat(cv.type, ',' ORDER BY cv.type) FROM case_violence cv WHERE cv.case_id = c.id)",
        ),
        col("status", Text, Keep, "c.status"),
        col("closed_at", Time, Keep, "c.closed_at"),
        col("close_reason", Text, Drop, "c.close_reason"),
        col("external_ref", Text, Drop, "c.external_ref"),
        col("created_at", Time, Keep, "c.created_at"),
        col("updated_at", Time, Keep, "c.updated_at"),
    ],
};

pub const PERSONS: Table = Table {
    name: "persons",
    from: "persons p JOIN cases c ON c.id = p.case_id",
    changed: "p.updated_at",
    order: "p.id",
    deid_order: "kasus_deid_order(p.uuid)",
    columns: &[
        col("person_uuid", Text, Token("p", None), "p.uuid"),
        CASE_UUID,
        CASE_NUMBER,
        col("role", Text, Keep, "p.role"),
        col("name", Text, Drop, "p.name"),
        col("nik", Text, Drop, "p.nik"),
        col("sex", Text, Keep, "p.sex"),
        col("birth_date", Date, Drop, "p.birth_date"),
        col("age", Int, Keep, "p.age"),
        col("phone", Text, Drop, "p.phone"),
        col("relation", Text, Relation, "p.relation"),
        col("address", Text, Drop, "p.address"),
        col("kecamatan", Text, Keep, "p.kecamatan"),
        col("kelurahan", Text, Drop, "p.kelurahan"),
        col(
            "disability",
            Text,
            Deid::Coarse(DISABILITY_FLAG),
            "p.disability",
        ),
        col("created_at", Time, Keep, "p.created_at"),
        col("updated_at", Time, Keep, "p.updated_at"),
    ],
};

pub const STEPS: Table = Table {
    name: "steps",
    from: "step_attempts sa JOIN cases c ON c.id = sa.case_id \
           LEFT JOIN staff ps ON ps.id = sa.performer_staff_id",
    changed: "sa.updated_at",
    order: "sa.id",
    deid_order: "kasus_deid_order(sa.uuid)",
    columns: &[
        col("step_uuid", Text, Token("t", None), "sa.uuid"),
        CASE_UUID,
        CASE_NUMBER,
        col("step_number", Int, Keep, "sa.step_number"),
        col("attempt", Int, Keep, "sa.attempt"),
        col("status", Text, Keep, "sa.status"),
        col("outcome", Text, Keep, "sa.outcome"),
        col("started_at", Time, Keep, "sa.started_at"),
        col("finished_at", Time, Keep, "sa.finished_at"),
        col("elapsed_secs", Int, Keep, "sa.elapsed_secs"),
        col("wall_secs", Int, Keep, "sa.wall_secs"),
        col("paused_secs", Int, Keep, "sa.paused_secs"),
        col("clock", Text, Keep, "sa.clock"),
        col("calendar_version", Int, Keep, "sa.calendar_version"),
        col("standard_min_secs", Int, Keep, "sa.standard_min_secs"),
        col("standard_max_secs", Int, Keep, "sa.standard_max_secs"),
        col("verdict", Kind::Verdict, Keep, "NULL"),
        col("over_secs", Kind::OverSecs, Keep, "NULL"),
        col(
            "performer",
            Text,
            Token("s", Some("coalesce(ps.name, sa.performer)")),
            "sa.performer",
        ),
        col(
            "performer_staff_uuid",
            Text,
            Token("s", Some("ps.name")),
            "ps.uuid",
        ),
        col("output", Text, Drop, "sa.output"),
        col("note", Text, Drop, "sa.note"),
        col("reason", Text, Drop, "sa.reason"),
        col("recorded_by", Text, Token("s", None), "sa.recorded_by"),
        col("created_at", Time, Keep, "sa.created_at"),
        col("updated_at", Time, Keep, "sa.updated_at"),
        // How many times the attempt was corrected (`step correct`, `consent void`): 0 never.
        // Most attempts never are: the IN test answers 0 for them without count(DISTINCT)'s
        // temporary table, opened and cleared again for every row (a tenth of `export steps`).
        // Its list (the corrected attempts' ids) is read once, before the first row, and each
        // row is one look-up in it: a correlated EXISTS opened an index cursor for every row
        // (`export steps` at 100,000 cases 0.99 -> 0.92 s).
        col(
            "corrected",
            Int,
            Keep,
            "CASE WHEN sa.id IN (SELECT k.target_id FROM corrections k
                  WHERE k.target = 'step')
             THEN (SELECT count(DISTINCT k.event) FROM corrections k
                  WHERE k.target = 'step' AND k.target_id = sa.id)
             ELSE 0 END",
        ),
    ],
};

pub const CONSENTS: Table = Table {
    name: "consents",
    from: "consents k JOIN cases c ON c.id = k.case_id",
    changed: "k.created_at",
    order: "k.id",
    deid_order: "kasus_deid_order(k.uuid)",
    columns: &[
        col("consent_uuid", Text, Token("k", None), "k.uuid"),
        CASE_UUID,
        CASE_NUMBER,
        col("kind", Text, Keep, "k.kind"),
        col("given_by", Text, Drop, "k.given_by"),
        col("relation", Text, Keep, "k.relation"),
        col("scopes", List, Keep, "k.scopes"),
        col("method", Text, Keep, "k.method"),
        col("form_ref", Text, Drop, "k.form_ref"),
        col("recipients", List, Keep, "k.recipients"),
        col("until_date", Date, Keep, "k.until_date"),
        col("at", Time, Keep, "k.at"),
        col("recorded_by", Text, Token("s", None), "k.recorded_by"),
        col("created_at", Time, Keep, "k.created_at"),
    ],
};

pub const ASSIGNMENTS: Table = Table {
    name: "assignments",
    from: "assignments a JOIN cases c ON c.id = a.case_id JOIN staff s ON s.id = a.staff_id",
    changed: "a.updated_at",
    order: "a.id",
    deid_order: "kasus_deid_order(a.uuid)",
    columns: &[
        col("assignment_uuid", Text, Token("a", None), "a.uuid"),
        CASE_UUID,
        CASE_NUMBER,
        col("staff_uuid", Text, Token("s", Some("s.name")), "s.uuid"),
        col("staff_name", Text, Token("s", None), "s.name"),
        col("role", Text, Keep, "a.role"),
        col("from_at", Time, Keep, "a.from_at"),
        col("until_at", Time, Keep, "a.until_at"),
        col("assigned_by", Text, Token("s", None), "a.assigned_by"),
        col("created_at", Time, Keep, "a.created_at"),
        col("updated_at", Time, Keep, "a.updated_at"),
    ],
};

pub const SERVICES: Table = Table {
    name: "services",
    from: "services sv JOIN cases c ON c.id = sv.case_id",
    changed: "sv.created_at",
    order: "sv.id",
    deid_order: "kasus_deid_order(sv.uuid)",
    columns: &[
        col("service_uuid", Text, Token("l", None), "sv.uuid"),
        CASE_UUID,
        CASE_NUMBER,
        col("type", Text, Keep, "sv.type"),
        col("provider", Text, Drop, "sv.provider"),
        col("given_at", Time, Keep, "sv.given_at"),
        col("note", Text, Drop, "sv.note"),
        col("recorded_by", Text, Token("s", None), "sv.recorded_by"),
        col("created_at", Time, Keep, "sv.created_at"),
    ],
};

/// Referrals sent and received. De-identified, the agency's name, the reasons, the result and
/// the override's reason are left out (free text); the agency's kind and every time stay.
pub const REFERRALS: Table = Table {
    name: "referrals",
    from: "referrals r JOIN cases c ON c.id = r.case_id JOIN agencies g ON g.id = r.agency_id",
    changed: "r.updated_at",
    order: "r.id",
    deid_order: "kasus_deid_order(r.uuid)",
    columns: &[
        col("referral_id", Int, Drop, "r.id"),
        col("referral_uuid", Text, Token("r", None), "r.uuid"),
        CASE_UUID,
        CASE_NUMBER,
        col("agency_uuid", Text, Token("g", None), "g.uuid"),
        col("agency", Text, Drop, "g.name"),
        col("agency_kind", Text, Keep, "r.agency_kind"),
        col("direction", Text, Keep, "r.direction"),
        col("service", Text, Keep, "r.service"),
        col("handover", Bool, Keep, "r.handover"),
        col("share", List, Keep, "r.share"),
        col("status", Text, Keep, "r.status"),
        col("sent_at", Time, Keep, "r.sent_at"),
        col("answered_at", Time, Keep, "r.answered_at"),
        col("done_at", Time, Keep, "r.done_at"),
        col("cancelled_at", Time, Keep, "r.cancelled_at"),
        col("reason", Text, Drop, "r.reason"),
        col("result", Text, Drop, "r.result"),
        col("response_standard_secs", Int, Keep, "r.response_secs"),
        col("response_standard_days", Bool, Keep, "r.response_days"),
        col("completion_standard_secs", Int, Keep, "r.completion_secs"),
        col("completion_standard_days", Bool, Keep, "r.completion_days"),
        col(
            "consent_override",
            Bool,
            Keep,
            "r.override_reason IS NOT NULL",
        ),
        col("override_reason", Text, Drop, "r.override_reason"),
        col("override_by", Text, Token("s", None), "r.override_by"),
        col("recorded_by", Text, Token("s", None), "r.recorded_by"),
        col("created_at", Time, Keep, "r.created_at"),
        col("updated_at", Time, Keep, "r.updated_at"),
    ],
};

pub const AUDIT: Table = Table {
    name: "audit",
    from: "audit au",
    changed: "au.at",
    order: "au.seq",
    // The audit keeps its sequence numbers and times (the chain's order is the log itself).
    deid_order: "au.seq",
    columns: &[
        col("seq", Int, Keep, "au.seq"),
        col("audit_uuid", Text, Token("e", None), "au.uuid"),
        col("at", Time, Keep, "au.at"),
        col("actor", Text, Token("s", None), "au.actor"),
        col("action", Text, Keep, "au.action"),
        col("case_uuid", Text, Token("c", None), "au.case_uuid"),
        col("details", Kind::Json, Deid::AuditDetails, "au.details"),
        col("prev_hash", Text, Drop, "au.prev_hash"),
        col("hash", Text, Drop, "au.hash"),
    ],
};

/// A stored value as read, before it is written out; text borrows the row it was read from.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw<'r> {
    Null,
    Int(i64),
    Real(f64),
    Text(Cow<'r, str>),
}

impl<'r> Raw<'r> {
    pub fn read(v: ValueRef<'r>) -> Raw<'r> {
        match v {
            ValueRef::Null => Raw::Null,
            ValueRef::Integer(i) => Raw::Int(i),
            ValueRef::Real(f) => Raw::Real(f),
            ValueRef::Text(t) | ValueRef::Blob(t) => Raw::Text(match std::str::from_utf8(t) {
                Ok(s) => Cow::Borrowed(s),
                Err(_) => String::from_utf8_lossy(t),
            }),
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Raw::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// SQLite's page cache for an export, in KiB (SQLite's default is 2 MiB).
const EXPORT_CACHE_KIB: i64 = 32 * 1024;

/// A column's or an order's SQL as PostgreSQL takes it: `string_agg` for `group_concat` (every
/// one here orders its items), and `kasus_deid_order(X)` (SQLite's function, made for the
/// export) as the same keyed hash computed by the server (see [`DeidPads`]), its pads the
/// parameters `?I` and `?O` (`pads`: their numbers).
fn pg_sql(sql: &str, pads: Option<(usize, usize)>) -> String {
    let mut out = sql.replace("group_concat(", "string_agg(");
    const F: &str = "kasus_deid_order(";
    while let Some(at) = out.find(F) {
        let rest = &out[at + F.len()..];
        let close = rest.find(')').unwrap_or(rest.len());
        let arg = rest[..close].to_string();
        let (i, o) = pads.unwrap_or((0, 0));
        let expr = format!(
            "(('x' || encode(substr(sha256(CAST(?{o} AS BYTEA) || sha256(CAST(?{i} AS BYTEA) \
             || convert_to('order:' || {arg}, 'UTF8'))), 1, 8), 'hex'))::bit(64)::bigint)"
        );
        let end = at + F.len() + close + 1;
        out.replace_range(at..end.min(out.len()), &expr);
    }
    out
}

/// The two pads of HMAC-SHA256 keyed by the de-identification secret (RFC 2104: the key, hashed
/// when longer than a block, zero-padded to 64 bytes, XOR 0x36 and XOR 0x5c): on PostgreSQL,
/// `kasus_deid_order(uuid)` is `sha256(outer || sha256(inner || 'order:' || uuid))`'s first
/// eight bytes as a signed big-endian integer, what [`crate::deidentify::shuffle_key`] gives.
struct DeidPads {
    inner: Vec<u8>,
    outer: Vec<u8>,
}

impl DeidPads {
    fn new(secret: &[u8]) -> DeidPads {
        use sha2::Digest;
        let mut key = if secret.len() > 64 {
            sha2::Sha256::digest(secret).to_vec()
        } else {
            secret.to_vec()
        };
        key.resize(64, 0);
        DeidPads {
            inner: key.iter().map(|b| b ^ 0x36).collect(),
            outer: key.iter().map(|b| b ^ 0x5c).collect(),
        }
    }
}

/// How many rows an export fetches from PostgreSQL at a time.
const FETCH_ROWS: usize = 1000;

/// Each row of an export's query, read by `row` and handed to `f`: on SQLite as
/// [`DbRef::each`] streams them; on PostgreSQL through a cursor, [`FETCH_ROWS`] at a time, so
/// that the client holds one batch however large the table (a cursor `WITH HOLD`: one snapshot
/// of the register, kept by the server after the statement that opened it, inside a
/// transaction or not).
fn fetched<T>(
    db: DbRef,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
    mut row: impl FnMut(&db::Row) -> rusqlite::Result<T>,
    mut f: impl FnMut(T) -> Result<()>,
) -> Result<()> {
    if db.engine() == Engine::Sqlite {
        return db.each(sql, args, row, f);
    }
    // A name of its own each time: the client keeps each FETCH prepared with the columns of
    // the cursor it first read.
    static CURSORS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CURSORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let cursor = format!("kasus_export_{n}");
    db.execute(
        &*format!("DECLARE {cursor} NO SCROLL CURSOR WITH HOLD FOR {sql}"),
        args,
    )?;
    let out = (|| -> Result<()> {
        let fetch = format!("FETCH FORWARD {FETCH_ROWS} FROM {cursor}");
        loop {
            let batch = db.all(&*fetch, [], &mut row)?;
            let last = batch.len() < FETCH_ROWS;
            for t in batch {
                f(t)?;
            }
            if last {
                return Ok(());
            }
        }
    })();
    // Closed whatever happened (a reader gone, a full disk): the session may go on.
    let closed = db.batch(&*format!("CLOSE {cursor}"));
    out.and(closed)
}

/// The full query's text and its parameters, for either engine. On SQLite, the de-identified
/// order is SQLite's function `kasus_deid_order` (registered on the connection); on PostgreSQL
/// the same key computed in SQL from the pads, passed after `args`.
fn prepared(
    db: DbRef,
    sql: String,
    deidentify: Option<&[u8]>,
    args: Vec<Value>,
) -> Result<(String, Vec<Value>)> {
    match db.engine() {
        Engine::Sqlite => {
            if let Some(secret) = deidentify {
                shuffle_function(db.sqlite()?, secret)?;
            }
            Ok((sql, args))
        }
        Engine::Postgres => {
            let mut args = args;
            // (Only a query that orders by the key takes the pads: the audit keeps its order.)
            let pads = deidentify
                .filter(|_| sql.contains("kasus_deid_order("))
                .map(|secret| {
                    let p = DeidPads::new(secret);
                    args.push(Value::Blob(p.inner));
                    args.push(Value::Blob(p.outer));
                    (args.len() - 1, args.len())
                });
            Ok((pg_sql(&sql, pads), args))
        }
    }
}

/// Reads a table row by row, in its stable order, and hands each row (one value per column, in
/// the table's column order) to `f`. `since` (stored UTC text) keeps rows changed after it.
/// One statement: a consistent snapshot of the register, read without holding the write lock.
pub fn stream(
    reg: &Register,
    table: &Table,
    deidentify: Option<&[u8]>,
    since: Option<&str>,
    mut f: impl FnMut(&[Raw<'_>]) -> Result<()>,
) -> Result<()> {
    let mut kept: Vec<Raw<'static>> = Vec::with_capacity(table.columns.len());
    stream_refs(reg, table, deidentify, since, |refs| {
        let mut buf = recycle(std::mem::take(&mut kept));
        buf.extend(refs.iter().map(|&v| Raw::read(v)));
        f(&buf)?;
        // The values borrow this row: let go of them before the next one.
        kept = recycle(buf);
        Ok(())
    })
}

/// [`stream`] with each row's values as SQLite hands them (text as bytes, not yet checked to be
/// UTF-8): for a writer that checks them as it writes them.
pub fn stream_refs(
    reg: &Register,
    table: &Table,
    deidentify: Option<&[u8]>,
    since: Option<&str>,
    mut f: impl FnMut(&[ValueRef<'_>]) -> Result<()>,
) -> Result<()> {
    let db = reg.db.r();
    let secret = deidentify;
    let deidentify = deidentify.is_some();
    let select: Vec<&str> = table.columns.iter().map(|c| c.select(deidentify)).collect();
    let mut filter = if since.is_some() {
        format!("WHERE {} > ?1", table.changed)
    } else {
        String::new()
    };
    // `--office`: every table but the audit trail joins its case as `c`.
    let scope = reg.scope_sql("c");
    if !scope.is_empty() && table.from.contains("cases c") {
        if filter.is_empty() {
            let all = match db.engine() {
                Engine::Sqlite => "1",
                Engine::Postgres => "true",
            };
            filter = format!("WHERE {all}{scope}");
        } else {
            filter.push_str(&scope);
        }
    }
    let sql = format!(
        "SELECT {} FROM {} {filter} ORDER BY {}",
        select.join(", "),
        table.from,
        if deidentify {
            table.deid_order
        } else {
            table.order
        }
    );
    let args: Vec<Value> = since.map(|s| Value::Text(s.into())).into_iter().collect();
    let (sql, args) = prepared(db, sql, secret, args)?;
    let n = table.columns.len();
    let conn = match db {
        DbRef::Sqlite(conn) => conn,
        // PostgreSQL's rows through the neutral row: the same values, owned.
        #[cfg(feature = "postgres")]
        DbRef::Postgres(_) => {
            let args: Vec<&dyn rusqlite::ToSql> = args.iter().map(|v| v as _).collect();
            return fetched(
                db,
                &sql,
                &args[..],
                |r| {
                    (0..n)
                        .map(|i| r.value(i))
                        .collect::<rusqlite::Result<Vec<Value>>>()
                },
                |row| f(&row.iter().map(ValueRef::from).collect::<Vec<_>>()),
            );
        }
    };
    // Rows join their case by id in any order: a page cache that holds the cases of a large
    // register saves reading each case's page again for every row (memory stays bounded).
    conn.pragma_update(None, "cache_size", -EXPORT_CACHE_KIB)?;
    // Read through SQLite's C interface (`raw_rows`): the values as rusqlite reads them, fetched
    // with fewer calls; this read is most of a large export's time.
    super::raw_rows::RawRows::prepare(conn, &sql, &args)?.each(|row| {
        debug_assert_eq!(row.len(), n);
        f(row)
    })
}

/// The latest row of `table` (not de-identified, by the table's order) whose column named
/// `key` (`step_uuid`, `case_uuid`, …) is `value`: the record a write just made or changed, as
/// `kasus export` writes it. False when there is none (or `key` is not a column of `table`).
pub fn one(
    reg: &Register,
    table: &Table,
    key: &str,
    value: &str,
    mut f: impl FnMut(&[Raw<'_>]) -> Result<()>,
) -> Result<bool> {
    let Some(k) = table.columns.iter().find(|c| c.name == key) else {
        return Ok(false);
    };
    let select: Vec<&str> = table.columns.iter().map(|c| c.select(false)).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE {} = ?1 ORDER BY {} DESC LIMIT 1",
        select.join(", "),
        table.from,
        k.sql,
        table.order
    );
    let db = reg.db.r();
    let sql = match db.engine() {
        Engine::Sqlite => sql,
        Engine::Postgres => pg_sql(&sql, None),
    };
    let n = table.columns.len();
    let Some(row) = db.query_opt(&sql, [value], |r| {
        (0..n)
            .map(|i| r.value(i))
            .collect::<rusqlite::Result<Vec<Value>>>()
    })?
    else {
        return Ok(false);
    };
    let buf: Vec<Raw<'_>> = row.iter().map(|v| Raw::read(ValueRef::from(v))).collect();
    f(&buf)?;
    Ok(true)
}

/// An emptied vector of values that borrowed one row, ready for the next row's (its allocation
/// is kept: the element type is the same but for the lifetime).
fn recycle<'a, 'b>(mut v: Vec<Raw<'a>>) -> Vec<Raw<'b>> {
    v.clear();
    v.into_iter().map(|_| Raw::Null).collect()
}

/// Staff UUID -> name (for pseudonyms of staff named by UUID in audit details). Small.
pub fn staff_names(reg: &Register) -> Result<HashMap<String, String>> {
    let sql = "SELECT uuid, name FROM staff";
    let v = reg.db.r().all(sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(v.into_iter().collect())
}

/// One case as the Simfoni PPA sheet lays it out; lists keep the register's codes.
#[derive(Debug, Clone, Default)]
pub struct SimfoniCase {
    pub uuid: String,
    pub number: String,
    pub reported_at: String,
    pub incident_date: Option<String>,
    pub channel: String,
    pub place: Option<String>,
    pub urgency: String,
    pub risk: Option<String>,
    pub status: String,
    pub is_child: bool,
    pub victim_sex: Option<String>,
    pub victim_age: Option<i64>,
    pub disability: Option<String>,
    pub kecamatan: Option<String>,
    pub kelurahan: Option<String>,
    pub violence: Vec<String>,
    pub perpetrator_count: i64,
    /// One entry per perpetrator, in the order entered; None where not known.
    pub perpetrator_relations: Vec<Option<String>>,
    pub perpetrator_sexes: Vec<Option<String>>,
    pub perpetrator_ages: Vec<Option<String>>,
    /// Service codes in the order given (repeats included).
    pub services: Vec<String>,
}

fn split_slots(s: Option<String>) -> Vec<Option<String>> {
    s.map(|s| {
        s.split(',')
            .map(|x| (!x.is_empty()).then(|| x.to_string()))
            .collect()
    })
    .unwrap_or_default()
}

/// Streams the cases reported in [from, to) (stored UTC text; either open), changed after
/// `since`, in order of report, one Simfoni row each. De-identified, cases reported at the same
/// time follow a keyed hash of their UUIDs (not their order of registration), and `disability` is only
/// "ya" or null.
pub fn simfoni(
    reg: &Register,
    deidentify: Option<&[u8]>,
    from: Option<&str>,
    to: Option<&str>,
    since: Option<&str>,
    mut f: impl FnMut(&SimfoniCase) -> Result<()>,
) -> Result<()> {
    let db = reg.db.r();
    let secret = deidentify;
    let deidentify = deidentify.is_some();
    let perp = |expr: &str| {
        format!(
            "(SELECT group_concat({expr}, ',' ORDER BY pp.id) FROM persons pp \
             WHERE pp.case_id = c.id AND pp.role = 'perpetrator')"
        )
    };
    let sql = format!(
        "SELECT c.uuid, c.number, c.reported_at, c.incident_date, c.channel, c.place, c.urgency, c.risk,
                c.status, c.is_child, v.sex, v.age, {}, v.kecamatan, v.kelurahan,
                (SELECT group_concat(cv.type, ',' ORDER BY cv.type) FROM case_violence cv WHERE cv.case_id = c.id),
                (SELECT count(*) FROM persons pp WHERE pp.case_id = c.id AND pp.role = 'perpetrator'),
                {}, {}, {},
                (SELECT group_concat(sv.type, ',' ORDER BY sv.given_at, sv.id) FROM services sv WHERE sv.case_id = c.id)
         FROM cases c
         LEFT JOIN persons v ON v.id = (SELECT min(id) FROM persons WHERE case_id = c.id AND role = 'victim')
         WHERE (?1 IS NULL OR c.reported_at >= ?1) AND (?2 IS NULL OR c.reported_at < ?2)
           AND (?3 IS NULL OR c.updated_at > ?3){}
         ORDER BY c.reported_at, {}",
        if deidentify {
            DISABILITY_FLAG.replace("p.disability", "v.disability")
        } else {
            "v.disability".to_string()
        },
        perp("coalesce(pp.relation, '')"),
        perp("coalesce(pp.sex, '')"),
        perp("coalesce(CAST(pp.age AS TEXT), '')"),
        reg.scope_sql("c"),
        if deidentify {
            "kasus_deid_order(c.uuid)"
        } else {
            "c.id"
        },
    );
    let sql = super::reports::typed(db, sql, &[(1, "TEXT"), (2, "TEXT"), (3, "TEXT")]);
    let text = |v: Option<&str>| v.map_or(Value::Null, |s| Value::Text(s.into()));
    let (sql, args) = prepared(db, sql, secret, vec![text(from), text(to), text(since)])?;
    let args: Vec<&dyn rusqlite::ToSql> = args.iter().map(|v| v as _).collect();
    fetched(
        db,
        &sql,
        &args[..],
        |r| {
            Ok(SimfoniCase {
                uuid: r.get(0)?,
                number: r.get(1)?,
                reported_at: r.get(2)?,
                incident_date: r.get(3)?,
                channel: r.get(4)?,
                place: r.get(5)?,
                urgency: r.get(6)?,
                risk: r.get(7)?,
                status: r.get(8)?,
                is_child: r.get(9)?,
                victim_sex: r.get(10)?,
                victim_age: r.get(11)?,
                disability: r.get(12)?,
                kecamatan: r.get(13)?,
                kelurahan: r.get(14)?,
                violence: split_list(r.get(15)?),
                perpetrator_count: r.get(16)?,
                perpetrator_relations: split_slots(r.get(17)?),
                perpetrator_sexes: split_slots(r.get(18)?),
                perpetrator_ages: split_slots(r.get(19)?),
                services: split_list(r.get(20)?),
            })
        },
        |row| f(&row),
    )
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

fn damaged() -> Error {
    Error::Register(crate::tr!(
        "the register's {SECRET_KEY} setting is damaged (not 64 hex digits): de-identified exports \
         cannot be made with it; it was left untouched",
        "pengaturan {SECRET_KEY} di register rusak (bukan 64 digit heksadesimal): ekspor yang \
         dianonimkan tidak bisa dibuat dengannya; pengaturan itu tidak diubah"
    ))
}

/// `kasus_deid_order(uuid)` on `conn`: the order key of a de-identified row, keyed by the
/// register's de-identification secret (see [`crate::deidentify::shuffle_key`]).
fn shuffle_function(conn: &rusqlite::Connection, secret: &[u8]) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    let secret = secret.to_vec();
    conn.create_scalar_function(
        "kasus_deid_order",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        move |ctx| {
            let uuid = ctx.get_raw(0).as_str().unwrap_or("");
            Ok(crate::deidentify::shuffle_key(&secret, uuid))
        },
    )?;
    Ok(())
}

/// The secret keyed pseudonyms are made with: 32 random bytes kept in the register, created on
/// first use (in a write transaction, audited as `export.secret`). Never printed.
pub fn deidentify_secret(reg: &mut Register, now: &str, actor: &str) -> Result<Vec<u8>> {
    if let Some(h) = meta_get(&reg.db, SECRET_KEY)? {
        return decode_hex(&h).ok_or_else(damaged);
    }
    reg.change(|tx| {
        // Another kasus may have created it while this one waited for the lock.
        if let Some(h) = meta_get(tx, SECRET_KEY)? {
            return decode_hex(&h).ok_or_else(damaged);
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| {
            Error::Other(crate::tr!(
                "cannot read random bytes for the de-identification secret: {e}",
                "tidak bisa membaca bilangan acak untuk kunci rahasia anonimisasi: {e}"
            ))
        })?;
        meta_set(tx, SECRET_KEY, &crate::sop::catalog::hex(&key))?;
        audit::append(
            tx,
            now,
            actor,
            "export.secret",
            None,
            &serde_json::json!({}),
        )?;
        Ok(key.to_vec())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_secret_round_trip() {
        let key: Vec<u8> = (0u8..32).collect();
        let h = crate::sop::catalog::hex(&key);
        assert_eq!(decode_hex(&h), Some(key));
        assert_eq!(decode_hex("abc"), None);
        assert_eq!(decode_hex(&"zz".repeat(32)), None);
    }

    /// The pads PostgreSQL hashes with give SQLite's order key: HMAC-SHA256 written out.
    #[test]
    fn the_pads_make_the_same_order_key() {
        use sha2::{Digest, Sha256};
        for secret in [&b"k"[..], &[7u8; 32][..], &[9u8; 80][..]] {
            let p = DeidPads::new(secret);
            let uuid = "0190f3a4-0000-7000-8000-000000000001";
            let inner = Sha256::new()
                .chain_update(&p.inner)
                .chain_update(b"order:")
                .chain_update(uuid)
                .finalize();
            let outer = Sha256::new()
                .chain_update(&p.outer)
                .chain_update(inner)
                .finalize();
            let key = i64::from_be_bytes(outer[..8].try_into().unwrap());
            assert_eq!(key, crate::deidentify::shuffle_key(secret, uuid));
        }
        let sql = pg_sql(
            "SELECT (SELECT group_concat(t, ',' ORDER BY t) FROM x) ORDER BY kasus_deid_order(c.uuid)",
            Some((2, 3)),
        );
        assert!(sql.contains("string_agg(t, ',' ORDER BY t)"), "{sql}");
        assert!(
            sql.contains("CAST(?3 AS BYTEA) || sha256(CAST(?2 AS BYTEA)"),
            "{sql}"
        );
        assert!(sql.contains("'order:' || c.uuid, 'UTF8'"), "{sql}");
        assert!(!sql.contains("kasus_deid_order"), "{sql}");
    }

    #[test]
    fn every_table_reads_on_an_empty_register() {
        let dir = std::env::temp_dir().join(format!("kasus-export-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let reg = Register::open(&dir.join("r.db")).unwrap();
        for t in [
            &CASES,
            &PERSONS,
            &STEPS,
            &CONSENTS,
            &ASSIGNMENTS,
            &SERVICES,
            &REFERRALS,
            &AUDIT,
        ] {
            for deid in [None, Some(&b"k"[..])] {
                stream(&reg, t, deid, Some("2026-01-01T00:00:00Z"), |_| Ok(())).unwrap();
            }
        }
        for deid in [None, Some(&b"k"[..])] {
            simfoni(&reg, deid, None, None, None, |_| Ok(())).unwrap();
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
