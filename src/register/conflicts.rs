//! The conflicts a merge put aside (`merge_conflicts`, see `register::merge`): listed, and
//! settled one by one (`kasus merge resolve ID --keep ours|theirs --reason TEXT`). Keeping ours
//! only marks the conflict settled; keeping theirs writes the bundle's version over our row (or
//! inserts it, when we have none), its foreign keys mapped from the parents' UUIDs to our ids,
//! with the office as origin. Either way one audited entry (`merge.resolve`: the conflict's id,
//! table, UUID and what was kept; the reason stays in the conflict's row, never in the chain).

use super::db::{DbRef, Engine};
use super::merge::{fks_of, target_table};
use super::Register;
use crate::error::{Error, Result};
use rusqlite::params;
use rusqlite::types::Value;
use serde_json::json;

/// One conflict as listed.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub id: i64,
    pub origin: String,
    /// The office's prefix (from `origins`), when known.
    pub prefix: Option<String>,
    pub table: String,
    pub uuid: String,
    pub ours: Option<String>,
    pub theirs: String,
    pub bundle_head_seq: i64,
    pub found_at: String,
    pub resolved_at: Option<String>,
    pub kept: Option<String>,
    pub reason: Option<String>,
    pub resolved_by: Option<String>,
    /// Set when a later merge recorded (`superseded_by`: that conflict) or applied the row.
    pub superseded_at: Option<String>,
    pub superseded_by: Option<i64>,
}

impl Conflict {
    /// Why it is a conflict (the merge's words, in `theirs`' `_why`).
    pub fn why(&self) -> String {
        serde_json::from_str::<serde_json::Value>(&self.theirs)
            .ok()
            .and_then(|v| v.get("_why").and_then(|w| w.as_str()).map(str::to_string))
            .unwrap_or_default()
    }

    /// The fields whose values differ between ours and theirs (names only: never values).
    pub fn fields(&self) -> Vec<String> {
        let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).ok();
        let theirs = parse(&self.theirs).unwrap_or(json!({}));
        let ours = self.ours.as_deref().and_then(parse);
        let Some(t) = theirs.as_object() else {
            return Vec::new();
        };
        t.iter()
            .filter(|(k, _)| k.as_str() != "_why")
            .filter(|(k, v)| match &ours {
                Some(o) => o.get(k.as_str()) != Some(v),
                None => false,
            })
            .map(|(k, _)| k.clone())
            .collect()
    }
}

impl Register {
    /// The conflicts, oldest first: the open ones, or (`all`) every one.
    pub fn conflicts(&self, all: bool) -> Result<Vec<Conflict>> {
        self.db.r().all(
            "SELECT c.id, c.origin, o.prefix, c.table_name, c.uuid, c.ours, c.theirs,
                    c.bundle_head_seq, c.found_at, c.resolved_at, c.kept, c.reason, c.resolved_by,
                    c.superseded_at, c.superseded_by
             FROM merge_conflicts c LEFT JOIN origins o ON o.uuid = c.origin
             WHERE ?1 OR (c.resolved_at IS NULL AND c.superseded_at IS NULL)
             ORDER BY c.id",
            [all],
            |r| {
                Ok(Conflict {
                    id: r.get(0)?,
                    origin: r.get(1)?,
                    prefix: r.get(2)?,
                    table: r.get(3)?,
                    uuid: r.get(4)?,
                    ours: r.get(5)?,
                    theirs: r.get(6)?,
                    bundle_head_seq: r.get(7)?,
                    found_at: r.get(8)?,
                    resolved_at: r.get(9)?,
                    kept: r.get(10)?,
                    reason: r.get(11)?,
                    resolved_by: r.get(12)?,
                    superseded_at: r.get(13)?,
                    superseded_by: r.get(14)?,
                })
            },
        )
    }

    /// Settles conflict `id`, keeping ours or theirs (see the module).
    pub fn resolve_conflict(
        &mut self,
        id: i64,
        theirs: bool,
        reason: &str,
        now: &str,
    ) -> Result<Conflict> {
        let actor = self.actor.clone().unwrap_or_else(|| "kasus".into());
        let all = self.conflicts(true)?;
        let c = all.into_iter().find(|c| c.id == id).ok_or_else(|| {
            Error::Invalid(crate::tr!(
                "no conflict {id}: `kasus merge conflicts --all` lists them. Nothing was changed",
                "tidak ada konflik {id}: `kasus merge conflicts --all` menampilkannya. Tidak ada yang diubah"
            ))
        })?;
        self.change(|tx| {
            // Settled already (or meanwhile, by another terminal): refused.
            let open: bool = tx.query_row(
                "SELECT resolved_at IS NULL FROM merge_conflicts WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if !open {
                return Err(Error::Refused(crate::tr!(
                    "conflict {id} is settled already (kept {}): a conflict is settled once. Nothing was changed",
                    "konflik {id} sudah diselesaikan (dipertahankan: {}): konflik diselesaikan sekali. Tidak ada yang diubah",
                    match c.kept.as_deref() {
                        Some("ours") => crate::text::t("ours", "milik kita"),
                        Some("theirs") => crate::text::t("theirs", "milik mereka"),
                        _ => "?",
                    }
                )));
            }
            // Superseded by a later merge's conflict on the same row (or by the row applied):
            // refused, naming the newer one.
            let (sup_at, sup_by): (Option<String>, Option<i64>) = tx.query_row(
                "SELECT superseded_at, superseded_by FROM merge_conflicts WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if sup_at.is_some() {
                return Err(Error::Refused(match sup_by {
                    Some(n) => crate::tr!(
                        "conflict {id} is superseded by conflict {n} (a later bundle's version of the same row): settle {n} instead. Nothing was changed",
                        "konflik {id} digantikan konflik {n} (versi baris yang sama dari bundel yang lebih baru): selesaikan {n}. Tidak ada yang diubah"
                    ),
                    None => crate::tr!(
                        "conflict {id} is superseded: a later bundle's version of the same row was applied. Nothing was changed",
                        "konflik {id} digantikan: versi baris yang sama dari bundel yang lebih baru sudah diterapkan. Tidak ada yang diubah"
                    ),
                }));
            }
            if theirs {
                write_theirs(tx, &c)?;
                // Theirs is now the row as last merged: the office's later changes apply.
                if let Some(h) = super::merge::current_hash(tx, &c.table, &c.uuid)? {
                    super::merge::remember(tx, &c.origin, &c.table, &c.uuid, &h)?;
                }
            }
            let kept = if theirs { "theirs" } else { "ours" };
            tx.execute(
                "UPDATE merge_conflicts SET resolved_at = ?1, kept = ?2, reason = ?3, resolved_by = ?4
                 WHERE id = ?5",
                params![now, kept, reason, actor, id],
            )?;
            super::audit::append(
                tx,
                now,
                &actor,
                "merge.resolve",
                None,
                &json!({
                    "conflict": id,
                    "office": c.origin,
                    "table": c.table,
                    "uuid": c.uuid,
                    "kept": kept,
                }),
            )?;
            Ok(())
        })?;
        let settled = self.conflicts(true)?;
        settled
            .into_iter()
            .find(|x| x.id == id)
            .ok_or_else(|| Error::Other("the settled conflict is gone (a bug)".into()))
    }
}

/// `table` as a query names it: in SQLite's main database (not an attached bundle's), on
/// PostgreSQL in the register's schema.
fn qualified(db: DbRef, table: &str) -> String {
    match db.engine() {
        Engine::Sqlite => format!("main.{table}"),
        Engine::Postgres => table.to_string(),
    }
}

/// The id of the row a stable name (a UUID; for a SOP version `code@sha256`) names here.
fn local_id(tx: DbRef, table: &str, name: &str) -> Result<Option<i64>> {
    if table == "sop_versions" {
        let Some((code, sha)) = name.split_once('@') else {
            return Ok(None);
        };
        return tx.query_opt(
            "SELECT id FROM sop_versions WHERE code = ?1 AND sha256 = ?2",
            [code, sha],
            |r| r.get(0),
        );
    }
    tx.query_opt(
        &format!("SELECT id FROM {} WHERE uuid = ?1", qualified(tx, table)),
        [name],
        |r| r.get(0),
    )
}

/// Why this register refused their row, from PostgreSQL's words (SQLSTATE 23505 names the
/// unique index: `step_attempts_running`, `cases_number`, ...), as `merge::refused_why` words
/// SQLite's.
fn refused_why_server(table: &str, text: &str) -> String {
    let constraint = text
        .split("constraint ")
        .nth(1)
        .and_then(|r| r.split([',', ')']).next())
        .unwrap_or("");
    if constraint == "step_attempts_running" {
        return "refused: this case has a running step here; keep ours, or finish that step here first and merge again".into();
    }
    if text.contains("SQLSTATE 23505") && !constraint.is_empty() {
        let col = constraint
            .strip_prefix(&format!("{table}_"))
            .unwrap_or(constraint);
        let col = col.strip_suffix("_key").unwrap_or(col);
        return format!("refused: another row here has the same {col}; keep ours, or change that row here first and merge again");
    }
    "refused: a rule of this register refused it; keep ours, or correct the row here first and merge again".into()
}

fn from_json(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Integer(*b as i64),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or(0.0)),
        },
        serde_json::Value::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

/// Writes the bundle's version of the conflict's row over ours (or inserts it).
fn write_theirs(tx: DbRef, c: &Conflict) -> Result<()> {
    let table = c.table.as_str();
    let fks = fks_of(table).ok_or_else(|| {
        Error::Other(format!(
            "a conflict of table {table}, which does not travel (a bug)"
        ))
    })?;
    let theirs: serde_json::Value = serde_json::from_str(&c.theirs)
        .map_err(|_| Error::Other("a conflict whose row does not read (a bug)".into()))?;
    let Some(obj) = theirs.as_object() else {
        return Err(Error::Other(
            "a conflict whose row does not read (a bug)".into(),
        ));
    };
    let cols: Vec<String> = match tx.engine() {
        Engine::Sqlite => tx.all(&format!("PRAGMA main.table_info({table})"), [], |r| {
            r.get::<String>(1)
        })?,
        Engine::Postgres => tx.all(
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = ?1
             ORDER BY ordinal_position",
            [table],
            |r| r.get::<String>(0),
        )?,
    };
    let mut names = Vec::new();
    let mut values = Vec::new();
    for col in cols.iter().filter(|c| *c != "id" && *c != "origin") {
        let v = obj
            .get(col.as_str())
            .cloned()
            .unwrap_or(serde_json::Value::Null);
        let parent = fks
            .iter()
            .find(|(c, _)| c == col)
            .map(|(_, p)| *p)
            .or_else(|| {
                (table == "corrections" && col == "target_id")
                    .then(|| obj.get("target").map(from_json))
                    .flatten()
                    .and_then(|t| target_table(&t))
            });
        let value = match (parent, &v) {
            (Some(p), serde_json::Value::String(name)) => match local_id(tx, p, name)? {
                Some(id) => Value::Integer(id),
                None => {
                    return Err(Error::Refused(crate::tr!(
                        "conflict {}: their row refers to a {p} row this register does not hold; settle that row's conflict first (keep theirs). Nothing was changed",
                        "konflik {}: baris mereka merujuk baris {p} yang tidak ada di register ini; selesaikan dulu konflik baris itu (pertahankan milik mereka). Tidak ada yang diubah",
                        c.id
                    )))
                }
            },
            (Some(p), serde_json::Value::Number(_)) => {
                return Err(Error::Refused(crate::tr!(
                    "conflict {}: their row refers to a {p} row this register does not hold; settle that row's conflict first (keep theirs). Nothing was changed",
                    "konflik {}: baris mereka merujuk baris {p} yang tidak ada di register ini; selesaikan dulu konflik baris itu (pertahankan milik mereka). Tidak ada yang diubah",
                    c.id
                )))
            }
            _ => from_json(&v),
        };
        names.push(col.clone());
        values.push(value);
    }
    names.push("origin".into());
    values.push(Value::Text(c.origin.clone()));
    let ours: Option<i64> = local_id(tx, table, &c.uuid)?;
    let refused = |e: Error| -> Error {
        let why = match &e {
            Error::Db(d)
                if d.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                super::merge::refused_why(table, d)
            }
            // PostgreSQL's integrity constraint violations (class 23).
            Error::Server { code, text } if code.starts_with("23") => {
                refused_why_server(table, text)
            }
            _ => return e,
        };
        let why = super::merge::why_words(&why);
        Error::Refused(crate::tr!(
            "conflict {}: their version is {why}. Nothing was changed",
            "konflik {}: versi mereka {why}. Tidak ada yang diubah",
            c.id
        ))
    };
    let id = match ours {
        Some(id) => {
            let set = names
                .iter()
                .enumerate()
                .map(|(i, n)| format!("\"{n}\" = ?{}", i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            let mut all = values.clone();
            all.push(Value::Integer(id));
            let args: Vec<&dyn rusqlite::ToSql> = all.iter().map(|v| v as _).collect();
            tx.execute(
                &format!(
                    "UPDATE {} SET {set} WHERE id = ?{}",
                    qualified(tx, table),
                    names.len() + 1
                ),
                &args[..],
            )
            .map_err(refused)?;
            id
        }
        None => {
            let args: Vec<&dyn rusqlite::ToSql> = values.iter().map(|v| v as _).collect();
            tx.insert(
                &format!(
                    "INSERT INTO {} ({}) VALUES ({})",
                    qualified(tx, table),
                    names
                        .iter()
                        .map(|n| format!("\"{n}\""))
                        .collect::<Vec<_>>()
                        .join(", "),
                    (1..=names.len())
                        .map(|i| format!("?{i}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                &args[..],
            )
            .map_err(refused)?
        }
    };
    // A case's violence types and a staff member's roles, as theirs.
    let companion = match table {
        "cases" => Some(("case_violence", "case_id", "type", "violence")),
        "staff" => Some(("staff_roles", "staff_id", "role", "roles")),
        _ => None,
    };
    if let Some((t, key, value, field)) = companion {
        if let Some(list) = obj.get(field).and_then(|l| l.as_array()) {
            tx.execute(&format!("DELETE FROM {t} WHERE {key} = ?1"), [id])?;
            for v in list.iter().filter_map(|v| v.as_str()) {
                tx.execute(
                    &format!("INSERT INTO {t} ({key}, {value}) VALUES (?1, ?2)"),
                    params![id, v],
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(ours: Option<&str>, theirs: &str) -> Conflict {
        Conflict {
            id: 1,
            origin: "o".into(),
            prefix: None,
            table: "cases".into(),
            uuid: "u".into(),
            ours: ours.map(str::to_string),
            theirs: theirs.into(),
            bundle_head_seq: 1,
            found_at: "t".into(),
            resolved_at: None,
            kept: None,
            reason: None,
            resolved_by: None,
            superseded_at: None,
            superseded_by: None,
        }
    }

    #[test]
    fn fields_name_what_differs_never_values_and_why_reads_the_merge_words() {
        let c = conflict(
            Some(r#"{"status":"open","place":"Batam","violence":["fisik"]}"#),
            r#"{"status":"closed","place":"Batam","violence":["fisik","psikis"],"_why":"changed"}"#,
        );
        assert_eq!(c.fields(), vec!["status", "violence"]);
        assert_eq!(c.why(), "changed");
        // No row of ours (refused by a rule): no field to compare.
        let c = conflict(None, r#"{"status":"closed","_why":"a rule"}"#);
        assert!(c.fields().is_empty());
        assert_eq!(c.why(), "a rule");
        assert_eq!(from_json(&json!(2)), Value::Integer(2));
        assert_eq!(from_json(&json!(1.5)), Value::Real(1.5));
        assert_eq!(from_json(&json!(null)), Value::Null);
    }

    #[test]
    fn the_servers_refusals_read_as_sqlites() {
        assert!(refused_why_server(
            "step_attempts",
            "the server refused a statement (SQLSTATE 23505, constraint step_attempts_running, table step_attempts)"
        )
        .contains("running step"));
        assert!(refused_why_server(
            "cases",
            "the server refused a statement (SQLSTATE 23505, constraint cases_number, table cases)"
        )
        .contains("the same number;"));
        assert!(refused_why_server(
            "cases",
            "the server refused a statement (SQLSTATE 23503, constraint cases_sop_version_id_fkey)"
        )
        .contains("a rule of this register"));
    }
}
