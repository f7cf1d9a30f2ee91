//! The keys of a SOP file: every unknown key and every missing required key, in every table,
//! listed at once with its step and line (serde would stop at the first).

use super::{err, line_of, Problem};
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
    let line = |at: usize| line_of(text, at);
    table_keys(
        &mut problems,
        doc,
        None,
        TOP_KEYS,
        TOP_REQUIRED,
        &|l| tr!("line {l}", "baris {l}"),
        &line,
    );
    if let Some(DeValue::Array(roles)) = doc.get("roles").map(|v| v.get_ref()) {
        for (i, r) in roles.iter().enumerate() {
            if let DeValue::Table(tbl) = r.get_ref() {
                let place = |l: usize| tr!("role {}, line {l}", "peran {}, baris {l}", i + 1);
                let start = Some(line(r.span().start));
                table_keys(
                    &mut problems,
                    tbl,
                    start,
                    ROLE_KEYS,
                    ROLE_REQUIRED,
                    &place,
                    &line,
                );
            }
        }
    }
    if let Some(DeValue::Array(steps)) = doc.get("steps").map(|v| v.get_ref()) {
        for (i, s) in steps.iter().enumerate() {
            let DeValue::Table(tbl) = s.get_ref() else {
                continue;
            };
            // The step's own number when it has one, else its position among the [[steps]].
            let number = match tbl.get("number").map(|v| v.get_ref()) {
                Some(DeValue::Integer(n)) if n.radix() == 10 => {
                    n.as_str().replace('_', "").parse::<i64>().ok()
                }
                _ => None,
            };
            let step = match number {
                Some(n) => tr!("step {n}", "langkah {n}"),
                None => tr!(
                    "[[steps]] table {} (no number)",
                    "tabel [[steps]] ke-{} (tanpa nomor)",
                    i + 1
                ),
            };
            let start = Some(line(s.span().start));
            let place = |l: usize| tr!("{step}, line {l}", "{step}, baris {l}");
            table_keys(
                &mut problems,
                tbl,
                start,
                STEP_KEYS,
                STEP_REQUIRED,
                &place,
                &line,
            );
            if let Some(d) = tbl.get("decision") {
                if let DeValue::Table(dt) = d.get_ref() {
                    let place =
                        |l: usize| tr!("{step}, decision, line {l}", "{step}, decision, baris {l}");
                    let start = Some(line(d.span().start));
                    table_keys(
                        &mut problems,
                        dt,
                        start,
                        DECISION_KEYS,
                        DECISION_REQUIRED,
                        &place,
                        &line,
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

/// The unknown and missing keys of one table. `start` is the line of the table (None for the
/// top level: a missing key there is placed at the file).
fn table_keys(
    problems: &mut Vec<Problem>,
    tbl: &toml::de::DeTable,
    start: Option<usize>,
    known: &[&str],
    required: &[&str],
    place: &dyn Fn(usize) -> String,
    line: &dyn Fn(usize) -> usize,
) {
    for (k, _) in tbl.iter() {
        let key: &str = k.get_ref();
        if !known.contains(&key) {
            let hint = crate::suggest::did_you_mean_key(key, known);
            problems.push(err(
                place(line(k.span().start)),
                tr!(
                    "unknown key '{key}'{hint}; the keys are described in sops/FORMAT.md",
                    "kunci '{key}' tidak dikenal{hint}; kunci-kunci dijelaskan di sops/FORMAT.md"
                ),
            ));
        }
    }
    for key in required {
        if tbl.get(*key).is_none() {
            let at = match start {
                Some(l) => place(l),
                None => t("file", "berkas").to_string(),
            };
            problems.push(err(
                at,
                tr!(
                    "missing required key '{key}'",
                    "kunci wajib '{key}' tidak ada"
                ),
            ));
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
        let expected = [
            "error: role 1, line 8: unknown key 'extern' (did you mean 'external'?)",
            "error: step 1, line 13: unknown key 'tme' (did you mean 'time'?)",
            "error: step 1, line 9: missing required key 'time'",
            "error: step 3, line 17: unknown key 'who'",
            "error: step 3, decision, line 20: missing required key 'return_to'",
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
                "error: [[steps]] table 1 (no number), line 8: missing required key 'number'"
            )),
            "{p:?}"
        );
    }
}
