//! The keys of a SOP file: every unknown key and every missing required key, in every table,
//! listed at once with its step and line (serde would stop at the first).

use super::{err, Problem};
use crate::text::t;
use crate::tr;

/// At most this many key problems are listed, then a count of the rest.
const MAX_KEY_PROBLEMS: usize = 100;

/// The keys each table of a SOP file may hold, and those it must hold (beside `format`, whose
/// absence `load` names in its own words). Kept in step with the `Raw*` structs in `mod.rs`.
const TOP_KEYS: &[&str] = &[
    "format",
    "code",
    "name",
    "office",
    "office_short",
    "number",
    "created",
    "revised",
    "effective",
    "approved_by",
    "legal_basis",
    "qualifications",
    "related",
    "equipment",
    "warnings",
    "records",
    "total",
    "clock",
    "clock_reason",
    "transcriber",
    "roles",
    "steps",
];
const TOP_REQUIRED: &[&str] = &["code", "name"];
const ROLE_KEYS: &[&str] = &["name", "external"];
const ROLE_REQUIRED: &[&str] = &["name"];
const STEP_KEYS: &[&str] = &[
    "number",
    "activity",
    "roles",
    "roles_inferred",
    "requirements",
    "time",
    "outputs",
    "note",
    "transcriber",
    "consent",
    "needs_consent",
    "consent_words",
    "condition",
    "repeat",
    "repeat_until",
    "sends_referral",
    "decision",
    "clock",
];
const STEP_REQUIRED: &[&str] = &["number", "activity", "time"];
const DECISION_KEYS: &[&str] = &["question", "return_to"];
const DECISION_REQUIRED: &[&str] = &["question", "return_to"];

/// Every unknown key and every missing required key, in every table, in the file's order.
pub(super) fn check_keys(text: &str, doc: &toml::de::DeTable) -> Vec<Problem> {
    use toml::de::DeValue;
    let mut problems = Vec::new();
    table_keys(text, &mut problems, doc, None, TOP_KEYS, TOP_REQUIRED, "");
    if let Some(DeValue::Array(roles)) = doc.get("roles").map(|v| v.get_ref()) {
        for (i, r) in roles.iter().enumerate() {
            if let DeValue::Table(tbl) = r.get_ref() {
                let place = tr!("role {}", "peran {}", i + 1);
                let start = Some(r.span().start);
                table_keys(
                    text,
                    &mut problems,
                    tbl,
                    start,
                    ROLE_KEYS,
                    ROLE_REQUIRED,
                    &place,
                );
            }
        }
    }
    if let Some(DeValue::Array(steps)) = doc.get("steps").map(|v| v.get_ref()) {
        for (i, s) in steps.iter().enumerate() {
            let DeValue::Table(tbl) = s.get_ref() else {
                continue;
            };
            let step = step_name(tbl, i);
            let start = Some(s.span().start);
            table_keys(
                text,
                &mut problems,
                tbl,
                start,
                STEP_KEYS,
                STEP_REQUIRED,
                &step,
            );
            if let Some(d) = tbl.get("decision") {
                if let DeValue::Table(dt) = d.get_ref() {
                    let place = format!("{step}, decision");
                    let start = Some(d.span().start);
                    table_keys(
                        text,
                        &mut problems,
                        dt,
                        start,
                        DECISION_KEYS,
                        DECISION_REQUIRED,
                        &place,
                    );
                }
            }
        }
    }
    if problems.len() > MAX_KEY_PROBLEMS {
        let more = problems.len() - MAX_KEY_PROBLEMS;
        problems.truncate(MAX_KEY_PROBLEMS);
        problems.push(err(
            t("file", "berkas"),
            tr!(
                "and {more} more problems with keys",
                "dan {more} masalah kunci lainnya"
            ),
        ));
    }
    problems
}

/// A `[[steps]]` table's name in a problem: "step 3" by its number (also when the number is
/// written in quotes, `number = "3"`, which is a problem of its own), else its position among
/// the `[[steps]]`, `i` from 0.
pub(super) fn step_name(tbl: &toml::de::DeTable, i: usize) -> String {
    use toml::de::DeValue;
    let number = match tbl.get("number").map(|v| v.get_ref()) {
        Some(DeValue::Integer(n)) if n.radix() == 10 => {
            n.as_str().replace('_', "").parse::<u32>().ok()
        }
        Some(DeValue::String(s)) => s.trim().parse::<u32>().ok(),
        _ => None,
    };
    match number {
        Some(n) => tr!("step {n}", "langkah {n}"),
        None => tr!(
            "[[steps]] table {} (no number)",
            "tabel [[steps]] ke-{} (tanpa nomor)",
            i + 1
        ),
    }
}

/// The unknown and missing keys of one table, `place` its name ("step 3", empty for the top
/// level). An unknown key is placed at its line and column; a missing one at the table's start
/// (`start`, a byte offset; None for the top level: it is placed at the file).
fn table_keys(
    text: &str,
    problems: &mut Vec<Problem>,
    tbl: &toml::de::DeTable,
    start: Option<usize>,
    known: &[&str],
    required: &[&str],
    place: &str,
) {
    for (k, _) in tbl.iter() {
        let key: &str = k.get_ref();
        if !known.contains(&key) {
            let hint = crate::suggest::did_you_mean_key(key, known);
            problems.push(
                err(
                    place,
                    tr!(
                        "unknown key '{key}'{hint}; the keys are described in sops/FORMAT.md",
                        "kunci '{key}' tidak dikenal{hint}; kunci-kunci dijelaskan di sops/FORMAT.md"
                    ),
                )
                .at(text, k.span().start),
            );
        }
    }
    for key in required {
        if tbl.get(*key).is_none() {
            let p = err(
                place,
                tr!(
                    "missing required key '{key}'",
                    "kunci wajib '{key}' tidak ada"
                ),
            );
            problems.push(match start {
                Some(at) => p.at(text, at),
                None => Problem {
                    place: t("file", "berkas").to_string(),
                    ..p
                },
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::sop::file::tests::{problems, GOOD};

    #[test]
    fn every_unknown_and_missing_key_is_named_at_once_with_its_step_and_line() {
        let bad = GOOD
            .replace("time = \"5 menit\"", "tme = \"5 menit\"")
            .replace(
                "activity = \"Memeriksa\"",
                "activity = \"Memeriksa\"\nwho = \"x\"",
            )
            .replace("return_to = 1", "")
            .replace(
                "[[roles]]\nname = \"Staf\"",
                "[[roles]]\nname = \"Staf\"\nextern = true",
            );
        let p = problems(&format!("{bad}\n"));
        // In the file's order, each with its line and column.
        let expected = [
            "error: role 1, line 8, column 1: unknown key 'extern' (did you mean 'external'?)",
            "error: step 1, line 9, column 1: missing required key 'time'",
            "error: step 1, line 13, column 1: unknown key 'tme' (did you mean 'time'?)",
            "error: step 3, line 17, column 1: unknown key 'who'",
            "error: step 3, decision, line 20, column 1: missing required key 'return_to'",
        ];
        assert_eq!(p.len(), expected.len(), "{p:#?}");
        for (got, want) in p.iter().zip(expected) {
            assert!(
                got.starts_with(want),
                "{got:?} does not start with {want:?}"
            );
        }
        // A missing top-level key, and a step with no number.
        let p = problems(
            &GOOD
                .replace("name = \"Contoh\"", "")
                .replace("number = 1\n", ""),
        );
        assert!(
            p.iter()
                .any(|m| m == "error: file: missing required key 'name'"),
            "{p:?}"
        );
        assert!(
            p.iter().any(|m| m.starts_with(
                "error: [[steps]] table 1 (no number), line 8, column 1: missing required key 'number'"
            )),
            "{p:?}"
        );
    }
}
