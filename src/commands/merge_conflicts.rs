//! `kasus merge conflicts [--all]` and `kasus merge resolve ID --keep ours|theirs --reason
//! TEXT`: the rows merges put aside (see `register::conflicts`). The list names each conflict's
//! office, table, UUID and the fields that differ, never their values, at a table; CSV and JSON
//! carry both versions (`ours`, `theirs`) for a person to compare.

use super::Ctx;
use crate::cli::{Emit, Keep};
use crate::error::Result;
use crate::output;
use crate::register::conflicts::Conflict;
use crate::report::{col, data_col, Kind, Sheet};
use crate::text::t;
use serde_json::{json, Value};

pub fn list(ctx: &Ctx, all: bool, emit: &Emit) -> Result<()> {
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let conflicts = reg.conflicts(all)?;
    let mut sheet = Sheet::list(
        "merge-conflicts",
        vec![
            col("id", "ID", Kind::Int),
            col("office", t("Office", "Kantor"), Kind::Text),
            col("table", t("Table", "Tabel"), Kind::Text),
            col("uuid", "UUID", Kind::Text),
            col(
                "bundle_head_seq",
                t("Bundle head", "Ujung bundel"),
                Kind::Int,
            ),
            col("fields", t("Fields", "Kolom"), Kind::Prose),
            col("why", t("Why", "Sebab"), Kind::Prose),
            col("found_at", t("Found", "Ditemukan"), Kind::Time),
            col("status", t("Status", "Status"), Kind::Text),
            data_col("office_uuid", Kind::Text),
            data_col("resolved_at", Kind::Time),
            data_col("kept", Kind::Text),
            data_col("reason", Kind::LongText),
            data_col("resolved_by", Kind::Text),
            data_col("ours", Kind::LongText),
            data_col("theirs", Kind::LongText),
        ],
    );
    for c in &conflicts {
        sheet.rows.push(row(c));
    }
    if sink.is_table() && conflicts.is_empty() {
        return sink.text(if all {
            crate::text::t("no conflicts", "tidak ada konflik")
        } else {
            crate::text::t("no open conflicts", "tidak ada konflik terbuka")
        });
    }
    sink.sheet(&sheet, reg.zone()?)
}

fn row(c: &Conflict) -> Vec<Value> {
    let status = match (c.kept.as_deref(), c.superseded_by, &c.superseded_at) {
        (Some("ours"), _, _) => t("kept ours", "milik kita dipertahankan").to_string(),
        (Some(_), _, _) => t("kept theirs", "milik mereka ditulis").to_string(),
        (None, Some(n), _) => crate::tr!("superseded by {n}", "digantikan {n}"),
        (None, None, Some(_)) => t("superseded (applied)", "digantikan (diterapkan)").to_string(),
        (None, None, None) => t("open", "terbuka").to_string(),
    };
    let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap_or(Value::Null);
    vec![
        json!(c.id),
        json!(c.prefix.clone().unwrap_or_else(|| c.origin.clone())),
        json!(c.table),
        json!(c.uuid),
        json!(c.bundle_head_seq),
        json!(c.fields().join(", ")),
        json!(crate::register::merge::why_words(&c.why())),
        json!(c.found_at),
        json!(status),
        json!(c.origin),
        json!(c.resolved_at),
        json!(c.kept),
        json!(c.reason),
        json!(c.resolved_by),
        c.ours.as_deref().map(parse).unwrap_or(Value::Null),
        parse(&c.theirs),
    ]
}

pub fn resolve(ctx: &Ctx, id: i64, keep: Keep, reason: Option<&str>) -> Result<()> {
    let reason = super::reason::settlement(ctx, reason)?;
    let mut reg = ctx.open()?;
    let c = reg.resolve_conflict(id, keep == Keep::Theirs, &reason, &ctx.now_db())?;
    let office = c.prefix.clone().unwrap_or_else(|| c.origin.clone());
    let (table, uuid) = (&c.table, &c.uuid);
    output::print(&match keep {
        Keep::Ours => crate::tr!(
            "conflict {id} settled: ours kept ({table} {uuid}, office {office})",
            "konflik {id} diselesaikan: milik kita dipertahankan ({table} {uuid}, kantor {office})"
        ),
        Keep::Theirs => crate::tr!(
            "conflict {id} settled: theirs written ({table} {uuid}, office {office})",
            "konflik {id} diselesaikan: milik mereka ditulis ({table} {uuid}, kantor {office})"
        ),
    })
}
