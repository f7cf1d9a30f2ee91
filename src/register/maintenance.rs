//! The register's upkeep: a consistent copy of a live register (`kasus backup`) and the checks
//! of `kasus check` (SQLite's integrity check, the foreign keys, the audit chain), with the
//! lines both commands print about them.

use super::audit::{self, Verdict};
use super::db::DbRef;
use super::Register;
use crate::error::{Error, Result};
use crate::text::t;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// Copies the register into `dest`, which must be an empty file (created by the caller with
/// the mode it wants: SQLite keeps an existing file's mode). `VACUUM INTO` reads the register
/// in one read transaction, so the copy is one consistent state even while another kasus
/// writes (WAL: the reader does not block the writer, nor the writer the reader). The copy is
/// switched to WAL, like the register.
pub fn copy_into(reg: &Register, dest: &Path) -> Result<()> {
    let target = dest.to_str().ok_or_else(|| {
        Error::Invalid(crate::tr!(
            "{}: the backup file's name is not valid UTF-8; give another name",
            "{}: nama berkas cadangan bukan UTF-8 yang valid; beri nama lain",
            dest.display()
        ))
    })?;
    reg.conn()?.execute("VACUUM INTO ?1", [target])?;
    // SQLCipher: `VACUUM INTO` wrote the copy encrypted with the register's key.
    let copy = open_copy(reg, dest, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    copy.pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))?;
    copy.close().map_err(|(_, e)| Error::Db(e))?;
    Ok(())
}

/// What `kasus check` found, one part at a time. Each part is `Ok(summary)` or `Err(problem)`.
#[derive(Debug)]
pub struct Checks {
    pub integrity: std::result::Result<String, String>,
    pub foreign_keys: std::result::Result<String, String>,
    pub audit: std::result::Result<String, String>,
    /// Every data row against its last audited state (`rowhash`).
    pub data: std::result::Result<String, String>,
}

impl Checks {
    pub fn passed(&self) -> bool {
        self.integrity.is_ok()
            && self.foreign_keys.is_ok()
            && self.audit.is_ok()
            && self.data.is_ok()
    }

    /// One line per check, for `kasus check` and `kasus backup`: "integrity: ok",
    /// "audit chain: FAILED: broken at entry 7: ...".
    pub fn lines(&self) -> Vec<String> {
        let line = |name: &str, r: &std::result::Result<String, String>| match r {
            Ok(s) => format!("{name}: {s}"),
            Err(s) => format!("{name}: {}: {s}", t("FAILED", "GAGAL")),
        };
        vec![
            line(t("integrity", "integritas"), &self.integrity),
            line(t("foreign keys", "kunci asing"), &self.foreign_keys),
            line(t("audit chain", "rantai audit"), &self.audit),
            line(t("data", "data"), &self.data),
        ]
    }

    /// The names of the checks that failed.
    pub fn failed(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.integrity.is_err() {
            v.push(t("integrity", "integritas"));
        }
        if self.foreign_keys.is_err() {
            v.push(t("foreign keys", "kunci asing"));
        }
        if self.audit.is_err() {
            v.push(t("audit chain", "rantai audit"));
        }
        if self.data.is_err() {
            v.push(t("data", "data"));
        }
        v
    }
}

/// Runs every check on the register. A database error inside one check (a damaged page) is
/// that check's failure, not the command's: the others still run.
pub fn check(reg: &Register) -> Result<Checks> {
    match reg.db.r() {
        DbRef::Sqlite(c) => Ok(check_conn(c)),
        #[cfg(feature = "postgres")]
        db @ DbRef::Postgres(_) => Ok(Checks {
            integrity: Ok(t(
                "the server's (PostgreSQL keeps its own pages: pg_amcheck checks them)",
                "urusan server (PostgreSQL menjaga halamannya sendiri: pg_amcheck memeriksanya)",
            )
            .into()),
            foreign_keys: pg_foreign_keys(db),
            audit: audit_chain(db),
            data: data_rows(db),
        }),
    }
}

/// Runs every check on an open connection.
fn check_conn(conn: &Connection) -> Checks {
    let data = match (data_rows(conn), open_activity(conn)) {
        (Ok(_), Err(e)) => Err(e),
        (Err(d), Err(e)) => Err(format!("{d}; {e}")),
        (data, Ok(())) => data,
    };
    Checks {
        integrity: integrity(conn),
        foreign_keys: foreign_keys(conn),
        audit: audit_chain(conn),
        data,
    }
}

/// `case_activity` (schema 12, derived, not audited) against what the attempts give: the same
/// last activity for every open case with attempts, and no row for another case (a row of ''
/// is a case whose attempts were all removed). A difference is a change made outside kasus
/// (its triggers keep the table whatever writes the attempts), which would show a case idle
/// that is not, or hide one that is. The mismatching cases are named by number.
fn open_activity(conn: &Connection) -> std::result::Result<(), String> {
    let sql = "WITH kept AS (SELECT case_id, last_at FROM case_activity WHERE last_at <> ''),
                    given AS (
                        SELECT a.case_id,
                               max(max(coalesce(a.started_at, ''), coalesce(a.finished_at, '')))
                                 AS last_at
                        FROM step_attempts a JOIN cases c ON c.id = a.case_id
                        WHERE c.status = 'open' AND a.status <> 'void'
                        GROUP BY a.case_id
                        HAVING last_at <> ''),
                    differ AS (
                        SELECT case_id FROM (SELECT * FROM kept EXCEPT SELECT * FROM given)
                        UNION
                        SELECT case_id FROM (SELECT * FROM given EXCEPT SELECT * FROM kept))
               SELECT coalesce(c.number, '#' || d.case_id)
               FROM differ d LEFT JOIN cases c ON c.id = d.case_id
               ORDER BY d.case_id";
    let numbers: Vec<String> = conn
        .prepare(sql)
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| crate::text::db_error(&e))?;
    if numbers.is_empty() {
        return Ok(());
    }
    let n = crate::text::count(
        numbers.len() as u64,
        "open case",
        "open cases",
        "kasus terbuka",
    );
    let list = first_few(&numbers, String::clone);
    Err(crate::tr!(
        "the last activity kept for {n} differs from their step attempts (table \
         case_activity, changed outside kasus): {list}",
        "aktivitas terakhir yang disimpan untuk {n} berbeda dari percobaan \
         langkahnya (tabel case_activity, diubah di luar kasus): {list}"
    ))
}

/// Opens a file read-only (a backup of `reg` just written, so under `reg`'s key when it has
/// one) and runs every check on it.
pub fn check_file(path: &Path, reg: &Register) -> Result<Checks> {
    let conn = open_copy(reg, path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    Ok(check_conn(&conn))
}

/// Opens a copy of `reg` (a backup), with `reg`'s key when it has one (SQLCipher build).
pub(super) fn open_copy(reg: &Register, path: &Path, mode: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, mode | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    #[cfg(feature = "sqlcipher")]
    if let Some(k) = &reg.key {
        super::cipher::apply_key(&conn, path, k)?;
    }
    #[cfg(not(feature = "sqlcipher"))]
    let _ = reg;
    Ok(conn)
}

fn integrity(conn: &Connection) -> std::result::Result<String, String> {
    let rows: rusqlite::Result<Vec<String>> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
    match rows {
        Ok(r) if r.len() == 1 && r[0] == "ok" => Ok("ok".into()),
        Ok(r) => Err(first_few(&r, String::clone)),
        Err(e) => Err(crate::text::db_error(&e)),
    }
}

/// A row `PRAGMA foreign_key_check` reports: table, row number (none in a table without
/// them), parent table, and which of the table's foreign keys.
type FkProblem = (String, Option<i64>, String, i64);

fn foreign_keys(conn: &Connection) -> std::result::Result<String, String> {
    let rows: rusqlite::Result<Vec<FkProblem>> =
        conn.prepare("PRAGMA foreign_key_check").and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect()
        });
    match rows {
        Ok(r) if r.is_empty() => Ok("ok".into()),
        Ok(r) => Err(first_few(&r, |(t, id, parent, fk)| {
            let row = match id {
                Some(i) => i.to_string(),
                // A table without row numbers (`case_violence`, `staff_roles`): the column
                // that points, and where.
                None => dangling_key(conn, t, *fk).unwrap_or_else(|| "?".into()),
            };
            crate::tr!(
                "{t} row {row} points to a missing {parent} row",
                "baris {row} tabel {t} menunjuk ke baris {parent} yang tidak ada"
            )
        })),
        Err(e) => Err(crate::text::db_error(&e)),
    }
}

/// The server enforces foreign keys as rows are written, but not against a program that turned
/// them off (`session_replication_role = replica`, `DISABLE TRIGGER ALL`, a restore with
/// `--disable-triggers`): every foreign key of the register's schema is checked against its rows,
/// and a row that points nowhere is named as on SQLite (its `id`, or the column and value).
#[cfg(feature = "postgres")]
fn pg_foreign_keys(db: DbRef) -> std::result::Result<String, String> {
    let fail = |e: Error| match e {
        Error::Db(e) => crate::text::db_error(&e),
        e => e.to_string(),
    };
    // Each foreign key: table, parent, the columns that point and those they point to (quoted,
    // in order), and whether the table has an `id`; the tables in the order the schema made
    // them (their oids), as SQLite's check goes.
    let keys: Vec<(String, String, String, String, bool)> = db
        .all(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
                    (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.n)
                       FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                    (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.n)
                       FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                       JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum),
                    EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid
                              AND a.attname = 'id' AND NOT a.attisdropped)
             FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
             WHERE c.contype = 'f' AND n.nspname = current_schema()
             ORDER BY c.conrelid, c.conname",
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .map_err(fail)?;
    let (mut problems, mut total) = (Vec::new(), 0);
    for (table, parent, from, to, has_id) in keys {
        let (from, to): (Vec<&str>, Vec<&str>) =
            (from.split(',').collect(), to.split(',').collect());
        // MATCH SIMPLE: a key with a null column points nowhere and is not checked.
        let set = from
            .iter()
            .map(|c| format!("t.{c} IS NOT NULL"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let same = from
            .iter()
            .zip(&to)
            .map(|(c, p)| format!("p.{p} = t.{c}"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let (row, order) = if has_id {
            ("t.id::text".to_string(), "t.id".to_string())
        } else {
            let c = from[0];
            (
                format!("'{}=' || t.{c}::text", c.trim_matches('"')),
                format!("t.{c}"),
            )
        };
        let found: Vec<(String, i64)> = db
            .all(
                format!(
                    "SELECT {row}, count(*) OVER () FROM {table} t
                     WHERE {set} AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {same})
                     ORDER BY {order} LIMIT 5"
                )
                .as_str(),
                (),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(fail)?;
        if let Some((_, n)) = found.first() {
            total += *n as usize;
        }
        problems.extend(
            found
                .into_iter()
                .map(|(row, _)| (table.clone(), row, parent.clone())),
        );
    }
    if problems.is_empty() {
        return Ok("ok".into());
    }
    Err(first_few_of(&problems, total, |(t, row, parent)| {
        crate::tr!(
            "{t} row {row} points to a missing {parent} row",
            "baris {row} tabel {t} menunjuk ke baris {parent} yang tidak ada"
        )
    }))
}

/// For a row of a table without row numbers that fails foreign key `fk`: the column that
/// points and the missing value it holds (`case_id=12`), the first such row. Identifiers only.
fn dangling_key(conn: &Connection, table: &str, fk: i64) -> Option<String> {
    let (from, parent, to): (String, String, Option<String>) = conn
        .prepare(&format!("PRAGMA foreign_key_list(\"{table}\")"))
        .ok()?
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .ok()?
        .filter_map(|r| r.ok())
        .find(|(id, ..)| *id == fk)
        .map(|(_, from, parent, to)| (from, parent, to))?;
    let to = to.unwrap_or_else(|| "id".into());
    let value: i64 = conn
        .query_row(
            &format!(
                "SELECT \"{from}\" FROM \"{table}\" WHERE \"{from}\" IS NOT NULL AND \"{from}\" NOT IN
                 (SELECT \"{to}\" FROM \"{parent}\") LIMIT 1"
            ),
            [],
            |r| r.get(0),
        )
        .ok()?;
    Some(format!("{from}={value}"))
}

/// A check's problems as one line: the first five, and how many more there are.
fn first_few<T>(problems: &[T], say: impl Fn(&T) -> String) -> String {
    first_few_of(problems, problems.len(), say)
}

/// As [`first_few`], of `total` problems of which only `problems` were kept.
fn first_few_of<T>(problems: &[T], total: usize, say: impl Fn(&T) -> String) -> String {
    let shown: Vec<String> = problems.iter().take(5).map(say).collect();
    let more = total.saturating_sub(shown.len());
    let more = if more > 0 {
        crate::tr!(" (and {more} more)", " (dan {more} lainnya)")
    } else {
        String::new()
    };
    format!("{}{more}", shown.join("; "))
}

/// The register's own chain, then each chain kept for a merged office (`kasus merge`).
fn audit_chain<'a>(db: impl Into<DbRef<'a>>) -> std::result::Result<String, String> {
    let db = db.into();
    let own = own_chain(db)?;
    let offices = match super::merge::verify_origins(db, None) {
        Ok(o) => o,
        Err(Error::Db(e)) => return Err(crate::text::db_error(&e)),
        Err(e) => return Err(e.to_string()),
    };
    if offices.is_empty() {
        return Ok(own);
    }
    for (o, v) in &offices {
        if let Verdict::Broken { seq, reason } = v {
            return Err(crate::tr!(
                "office {} ({})'s chain broken at entry {seq}: {reason}",
                "rantai kantor {} ({}) putus pada entri {seq}: {reason}",
                o.prefix,
                o.uuid
            ));
        }
    }
    Ok(crate::tr!(
        "{own}; {} merged offices' chains intact",
        "{own}; rantai {} kantor yang digabung utuh",
        offices.len()
    ))
}

fn own_chain<'a>(db: impl Into<DbRef<'a>>) -> std::result::Result<String, String> {
    match audit::verify_chain(db) {
        Ok(Verdict::Intact {
            entries,
            head: Some((seq, hash)),
            ..
        }) => {
            let entries = crate::text::count(entries as u64, "entry", "entries", "entri");
            Ok(crate::tr!(
                "intact, {entries}, head {seq}:{hash}",
                "utuh, {entries}, ujung {seq}:{hash}"
            ))
        }
        Ok(Verdict::Intact { .. }) => {
            Ok(crate::text::t("intact, no entries", "utuh, tanpa entri").into())
        }
        Ok(Verdict::Broken { seq, reason }) => Err(crate::tr!(
            "broken at entry {seq}: {reason}",
            "putus pada entri {seq}: {reason}"
        )),
        Err(Error::Db(e)) => Err(crate::text::db_error(&e)),
        Err(e) => Err(e.to_string()),
    }
}

fn data_rows<'a>(db: impl Into<DbRef<'a>>) -> std::result::Result<String, String> {
    match super::rowhash::verify_on(db.into()) {
        Ok((c, 0)) => Ok(crate::tr!(
            "{}, each as its last audit entry records it",
            "{}, masing-masing sesuai entri audit terakhirnya",
            crate::text::count(c.rows, "row", "rows", "baris")
        )),
        Ok((c, total)) => Err({
            let differ = if total == 1 {
                "row differs"
            } else {
                "rows differ"
            };
            crate::tr!(
            "{total} {differ} from the audit chain: {}; `kasus audit verify --data` lists them",
            "{total} baris berbeda dari rantai audit: {}; `kasus audit verify --data` mendaftarnya",
            first_few_of(
                &c.findings.iter().zip(&c.cases).collect::<Vec<_>>(),
                total as usize,
                |(f, case)| f.line_in(case.as_deref())
            )
        )
        }),
        Err(Error::Db(e)) => Err(crate::text::db_error(&e)),
        Err(e) => Err(e.to_string()),
    }
}

// ---------------------------------------------------------------- access

/// The setting that makes writes need an active staff member as `--actor`.
pub const REQUIRE_STAFF: &str = "require-staff";

/// True when `actor` names an active staff member.
pub fn actor_is_staff<'a>(db: impl Into<DbRef<'a>>, actor: &str) -> Result<bool> {
    let n: i64 = db.into().query_row(
        "SELECT count(*) FROM staff WHERE name = ?1 AND active = 1",
        [actor.trim()],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Inside a write transaction: refuses the write when the register requires staff
/// (`kasus config set require-staff true`) and `actor` is not an active staff member.
pub fn check_actor<'a>(db: impl Into<DbRef<'a>>, actor: &str) -> Result<()> {
    let db = db.into();
    if super::meta_get(db, REQUIRE_STAFF)?.as_deref() != Some("true") {
        return Ok(());
    }
    if actor_is_staff(db, actor)? {
        return Ok(());
    }
    Err(Error::Refused(crate::tr!(
        "this register requires an active staff member for every change (setting {REQUIRE_STAFF} = true), \
         and the actor '{}' is not one: give --actor NAME (or KASUS_ACTOR) of an active staff member \
         (`kasus staff list`). Nothing was changed",
        "register ini mewajibkan staf aktif untuk setiap perubahan (pengaturan {REQUIRE_STAFF} = true), \
         dan pelaku '{}' bukan staf aktif: beri --actor NAMA (atau KASUS_ACTOR) seorang staf aktif \
         (`kasus staff list`). Tidak ada yang diubah",
        actor.trim()
    )))
}
