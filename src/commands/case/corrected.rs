//! What `case show` prints of corrections (issue 14): the consent records with their numbers
//! and void marks, and every correction of the case (when, who, what, the value before and
//! after, why), as tables and as JSON. The values are the case's own data, shown as `case show`
//! shows the rest of it.

use crate::clock::Zone;
use crate::output;
use crate::register::consents::ConsentRow;
use crate::register::corrections::CorrectionRow;
use crate::steptime::TimelineRow;
use crate::text::{corrected, t};
use crate::vocab;
use serde_json::{json, Value};

use super::{local, short};

/// A stored value in JSON: a stored time as RFC 3339 in office time, else as stored.
fn value_json(v: Option<&str>, zone: Zone) -> Value {
    match v {
        None => Value::Null,
        Some(s) => json!(local(Some(s), zone).unwrap_or_else(|| s.to_string())),
    }
}

/// What a correction changed, as people read it: "step 2 (attempt 1)", "consent record 3",
/// "case", ...
fn target_text(c: &CorrectionRow, tl: &[TimelineRow], consents: &[ConsentRow]) -> String {
    match c.target.as_str() {
        "step" => tl
            .iter()
            .find(|r| Some(r.row.id) == c.target_id)
            .map(|r| {
                crate::tr!(
                    "step {} (attempt {})",
                    "langkah {} (percobaan {})",
                    r.row.step_number,
                    r.row.attempt
                )
            })
            .unwrap_or_else(|| t("step", "langkah").to_string()),
        "consent" => consents
            .iter()
            .find(|r| Some(r.id) == c.target_id)
            .map(|r| crate::tr!("consent record {}", "catatan persetujuan {}", r.record))
            .unwrap_or_else(|| t("consent", "persetujuan").to_string()),
        "person" => match c.role.as_deref() {
            Some(role) => crate::text::code_words(role).to_string(),
            None => t("person", "orang").to_string(),
        },
        "violence" => t("violence types", "jenis kekerasan").to_string(),
        _ => t("case", "kasus").to_string(),
    }
}

/// The number of corrections (events) of an attempt.
pub(super) fn of_attempt(corrections: &[CorrectionRow], attempt_id: i64) -> usize {
    let mut events: Vec<&str> = corrections
        .iter()
        .filter(|c| c.target == "step" && c.target_id == Some(attempt_id))
        .map(|c| c.event.as_str())
        .collect();
    events.dedup();
    events.len()
}

/// The consent records in `case show --format json`: each with its number and void mark.
pub(super) fn consents_json(rows: &[ConsentRow], zone: Zone) -> Value {
    rows.iter()
        .map(|r| {
            json!({
                "record": r.record, "uuid": r.uuid,
                "kind": r.kind, "given_by": r.given_by, "relation": r.relation, "scopes": r.scopes,
                "method": r.method, "form_ref": r.form_ref, "at": local(Some(&r.at), zone),
                "recipients": r.recipients, "until": r.until_date,
                "void": r.voided_at.as_ref().map(|at| json!({
                    "at": local(Some(at), zone), "by": r.voided_by, "reason": r.void_reason,
                })),
            })
        })
        .collect()
}

/// The corrections in `case show --format json`, oldest first.
pub(super) fn corrections_json(
    corrections: &[CorrectionRow],
    tl: &[TimelineRow],
    consents: &[ConsentRow],
    zone: Zone,
) -> Value {
    corrections
        .iter()
        .map(|c| {
            let attempt = tl
                .iter()
                .find(|r| c.target == "step" && Some(r.row.id) == c.target_id);
            let record = consents
                .iter()
                .find(|r| c.target == "consent" && Some(r.id) == c.target_id);
            json!({
                "event": c.event,
                "at": local(Some(&c.at), zone),
                "by": c.recorded_by,
                "target": c.target,
                "role": c.role,
                "step": attempt.map(|r| r.row.step_number),
                "attempt": attempt.map(|r| r.row.attempt),
                "record": record.map(|r| r.record),
                "field": c.field,
                "before": value_json(c.before.as_deref(), zone),
                "after": value_json(c.after.as_deref(), zone),
                "reason": c.reason,
            })
        })
        .collect()
}

/// The consent records as a table (none: nothing), void ones marked.
pub(super) fn consents_table(rows: &[ConsentRow], zone: Zone) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let mut table = output::table(&[
        t("Record", "Catatan"),
        t("When", "Waktu"),
        t("Event", "Peristiwa"),
        t("By", "Oleh"),
        t("Scopes", "Cakupan"),
        t("Void", "Batal"),
    ])
    // Who gave it and the scopes wrap at a narrow terminal, the record and times never do.
    .prose(&[3, 4]);
    for r in rows {
        table.add_row(vec![
            r.record.to_string(),
            short(Some(&r.at), zone),
            match r.kind.as_str() {
                "given" => t("given", "diberikan"),
                "refused" => t("refused", "ditolak"),
                "withdrawn" => t("withdrawn", "ditarik"),
                other => other,
            }
            .to_string(),
            r.given_by.clone().unwrap_or_default(),
            crate::text::consent_scopes(r, |s| vocab::CONSENT_SCOPE.label(s)),
            r.voided_at
                .as_deref()
                .map(|at| {
                    format!(
                        "{} {}",
                        t("void since", "batal sejak"),
                        short(Some(at), zone)
                    )
                })
                .unwrap_or_default(),
        ]);
    }
    Some(format!(
        "{}\n{}",
        t("Consent records:", "Catatan persetujuan:"),
        table
    ))
}

/// Every correction as a table (none: nothing).
pub(super) fn corrections_table(
    corrections: &[CorrectionRow],
    tl: &[TimelineRow],
    consents: &[ConsentRow],
    zone: Zone,
) -> Option<String> {
    if corrections.is_empty() {
        return None;
    }
    let mut table = output::table(&[
        t("When", "Waktu"),
        t("By", "Oleh"),
        t("What", "Apa"),
        t("Field", "Isian"),
        t("Before -> after", "Semula -> menjadi"),
        t("Reason", "Alasan"),
    ]);
    for c in corrections {
        table.add_row(vec![
            short(Some(&c.at), zone),
            c.recorded_by.clone(),
            target_text(c, tl, consents),
            corrected::field_label(&c.field),
            format!(
                "{} -> {}",
                corrected::field_value(&c.field, c.before.as_deref(), zone),
                corrected::field_value(&c.field, c.after.as_deref(), zone)
            ),
            c.reason.clone(),
        ]);
    }
    Some(format!("{}\n{}", t("Corrections:", "Koreksi:"), table))
}
