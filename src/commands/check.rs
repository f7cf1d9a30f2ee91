//! `kasus check`: SQLite's integrity check, the foreign keys, the audit chain and every data
//! row against its last audited state, in one
//! command, with one verdict line. Exit 0 when all pass, 3 when any fails (named). With
//! `--format csv|json|ndjson` the verdict is one record (`verdict`, each check's `ok`/`failed`
//! and its detail, `failed`), printed before a failure exits 3.

use super::Ctx;
use crate::cli::Emit;
use crate::error::{Error, Result};
use crate::register::db::Engine;
use crate::register::maintenance::{self, Checks};
use crate::report::{col, JsonShape, Kind, Sheet};
use crate::text::t;
use serde_json::{json, Value};

pub fn run(ctx: &Ctx, emit: &Emit) -> Result<()> {
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let checks = maintenance::check(&reg)?;
    if sink.is_table() {
        let mut text = checks.lines().join("\n");
        if checks.passed() {
            text.push('\n');
            text.push_str(t(
                "check passed: the register is intact",
                "pemeriksaan lulus: register utuh",
            ));
        }
        sink.text(&text)?;
    } else {
        sink.sheet(&sheet(&checks), reg.zone()?)?;
    }
    if checks.passed() {
        Ok(())
    } else {
        let failed = checks.failed().join(", ");
        // A register on a server is backed up with the server's tools, not `kasus backup`
        // (which says so, and how).
        let (how_en, how_id) = match reg.engine() {
            Engine::Sqlite => ("`kasus backup` makes one", "`kasus backup` membuatnya"),
            Engine::Postgres => (
                "the server's tools make one: `kasus backup` says how",
                "alat server membuatnya: `kasus backup` menjelaskan caranya",
            ),
        };
        Err(Error::Invalid(crate::tr!(
            "check FAILED: {failed}. Stop writing to this register and restore it from a backup \
             ({how_en})",
            "pemeriksaan GAGAL: {failed}. Berhenti menulis ke register ini dan pulihkan dari \
             cadangan ({how_id})"
        )))
    }
}

/// The verdict as one record: `verdict` (passed, failed), then per check (`integrity`,
/// `foreign_keys`, `audit_chain`) `ok` or `failed` and its detail, and `failed` (the keys).
fn sheet(c: &Checks) -> Sheet {
    let parts = [
        ("integrity", &c.integrity),
        ("foreign_keys", &c.foreign_keys),
        ("audit_chain", &c.audit),
        ("data", &c.data),
    ];
    let mut columns = vec![col("verdict", "verdict", Kind::Text)];
    let mut row = vec![json!(if c.passed() { "passed" } else { "failed" })];
    for (key, r) in parts {
        columns.push(col(key, key, Kind::Text));
        columns.push(col(detail_key(key), detail_key(key), Kind::Text));
        let (state, detail) = match r {
            Ok(s) => ("ok", s),
            Err(s) => ("failed", s),
        };
        row.push(json!(state));
        row.push(json!(detail));
    }
    columns.push(col("failed", "failed", Kind::Text));
    let failed: Vec<Value> = parts
        .iter()
        .filter(|(_, r)| r.is_err())
        .map(|(k, _)| json!(k))
        .collect();
    row.push(Value::Array(failed));
    let mut s = Sheet::new("check", columns);
    s.shape = JsonShape::Single;
    s.rows.push(row);
    s
}

fn detail_key(key: &str) -> &'static str {
    match key {
        "integrity" => "integrity_detail",
        "foreign_keys" => "foreign_keys_detail",
        "data" => "data_detail",
        _ => "audit_chain_detail",
    }
}

/// A check only reads: it needs an existing register.
pub const READS_ONLY: bool = true;
