//! Reading a SOP from its TOML text, and checking it: every problem is collected with its
//! place (line, step, field), so that `sop validate` can list them all at once.

use super::{time, Decision, Role, Sop, Step, Total, CONSENT_SCOPES};
use crate::text::t;
use crate::tr;
use serde::Deserialize;
use std::fmt;

pub const FORMAT_VERSION: u32 = 1;

/// The largest SOP file read (1 MiB). The SOPs offices publish are a few kilobytes; a file many
/// times that is a mistake (a wrong file, a generated one) that would fill the register and
/// every `sop show`.
pub const MAX_BYTES: usize = 1024 * 1024;

/// The most steps a SOP may have (the published ones have at most 15).
pub const MAX_STEPS: usize = 200;

/// At most this many key problems are listed, then a count of the rest.
const MAX_KEY_PROBLEMS: usize = 100;

/// The keys each table of a SOP file may hold, and those it must hold (beside `format`, whose
/// absence `load` names in its own words). Kept in step with the `Raw*` structs below.
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
    "consent",
    "condition",
    "repeat",
    "decision",
];
const STEP_REQUIRED: &[&str] = &["number", "activity", "time"];
const DECISION_KEYS: &[&str] = &["question", "return_to"];
const DECISION_REQUIRED: &[&str] = &["question", "return_to"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSop {
    format: Option<u32>,
    code: String,
    name: String,
    #[serde(default)]
    office: String,
    office_short: Option<String>,
    #[serde(default)]
    number: String,
    created: Option<String>,
    revised: Option<String>,
    effective: Option<String>,
    approved_by: Option<String>,
    #[serde(default)]
    legal_basis: Vec<String>,
    #[serde(default)]
    qualifications: Vec<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    equipment: Vec<String>,
    #[serde(default)]
    warnings: Vec<String>,
    #[serde(default)]
    records: Vec<String>,
    total: Option<String>,
    #[serde(default)]
    roles: Vec<RawRole>,
    #[serde(default)]
    steps: Vec<RawStep>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    name: String,
    #[serde(default)]
    external: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    number: u32,
    activity: String,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    roles_inferred: bool,
    #[serde(default)]
    requirements: Vec<String>,
    time: String,
    #[serde(default)]
    outputs: Vec<String>,
    note: Option<String>,
    #[serde(default)]
    consent: Vec<String>,
    condition: Option<String>,
    #[serde(default)]
    repeat: bool,
    decision: Option<RawDecision>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDecision {
    question: String,
    return_to: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in a SOP file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// "line 12", "step 4, time", "total": where to look.
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => t("error", "galat"),
            Severity::Warning => t("warning", "peringatan"),
        };
        write!(f, "{sev}: {}: {}", self.place, self.message)
    }
}

/// The outcome of reading a SOP file: the SOP when it has no errors, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub sop: Option<Sop>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }
}

fn err(place: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        place: place.into(),
        message: message.into(),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn has_html(s: &str) -> bool {
    let lower = s.to_lowercase();
    [
        "<p", "</p", "<b>", "</b", "<br", "<li", "</li", "<ol", "<ul", "<div", "<span",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.starts_with('-')
}

/// Reads and checks a SOP file's TOML text, within the limits ([`MAX_BYTES`], [`MAX_STEPS`]).
pub fn load(text: &str) -> Loaded {
    load_with(text, true)
}

/// Reads a SOP already stored in a register: without the limits, which a SOP imported by an
/// earlier kasus may exceed (it must stay readable for the cases that use it).
pub fn load_stored(text: &str) -> Loaded {
    load_with(text, false)
}

fn failed(problems: Vec<Problem>) -> Loaded {
    Loaded {
        sop: None,
        problems,
    }
}

/// The problem of a file over [`MAX_BYTES`], `len` bytes long.
pub fn too_large(len: u64) -> Problem {
    err(
        t("file", "berkas"),
        tr!(
            "the file is {len} bytes; a SOP file may be at most {MAX_BYTES} bytes (1 MiB). \
             Check that it is the right file",
            "berkas berukuran {len} bita; berkas SOP paling besar {MAX_BYTES} bita (1 MiB). \
             Periksa bahwa berkasnya benar"
        ),
    )
}

fn load_with(text: &str, limits: bool) -> Loaded {
    if limits && text.len() > MAX_BYTES {
        return failed(vec![too_large(text.len() as u64)]);
    }
    // First the keys of every table, all at once (serde stops at the first): unknown keys and
    // missing required ones, each with its step and line.
    let doc = match toml::de::DeTable::parse(text) {
        Ok(d) => d,
        Err(e) => return failed(vec![syntax(text, &e)]),
    };
    if let Some(p) = limits.then(|| too_many_steps(doc.get_ref())).flatten() {
        return failed(vec![p]);
    }
    let key_problems = check_keys(text, doc.get_ref());
    if !key_problems.is_empty() {
        return failed(key_problems);
    }
    let raw: RawSop = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => return failed(vec![syntax(text, &e)]),
    };
    let mut problems = Vec::new();

    match raw.format {
        Some(FORMAT_VERSION) => {}
        Some(v) => problems.push(err(
            "format",
            tr!(
                "format {v} is not known to this kasus (it reads format {FORMAT_VERSION})",
                "format {v} tidak dikenal oleh kasus ini (kasus ini membaca format {FORMAT_VERSION})"
            ),
        )),
        None => problems.push(err(
            "format",
            t(
                "missing 'format = 1' at the top of the file",
                "'format = 1' tidak ada di awal berkas",
            ),
        )),
    }
    if !valid_code(&raw.code) {
        problems.push(err(
            "code",
            tr!(
                "'{}' is not a valid code: use lowercase letters, digits and '-' (e.g. 'batam-34-2020')",
                "'{}' bukan kode yang valid: pakai huruf kecil, angka dan '-' (mis. 'batam-34-2020')",
                raw.code
            ),
        ));
    }
    if raw.name.trim().is_empty() {
        problems.push(err(
            "name",
            t("the SOP has no name", "SOP tidak punya nama"),
        ));
    }
    for (field, value) in [
        ("created", &raw.created),
        ("revised", &raw.revised),
        ("effective", &raw.effective),
    ] {
        if let Some(v) = value {
            if chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err() {
                problems.push(err(
                    field,
                    tr!(
                        "'{v}' is not a date as YYYY-MM-DD",
                        "'{v}' bukan tanggal berformat YYYY-MM-DD"
                    ),
                ));
            }
        }
    }

    let mut roles: Vec<Role> = Vec::new();
    for r in raw.roles {
        if r.name.trim().is_empty() {
            problems.push(err(
                "roles",
                t("a role has an empty name", "ada peran yang namanya kosong"),
            ));
        } else if roles.iter().any(|x| x.name == r.name) {
            problems.push(err(
                "roles",
                tr!(
                    "role '{}' is listed twice",
                    "peran '{}' tercantum dua kali",
                    r.name
                ),
            ));
        } else {
            roles.push(Role {
                name: r.name,
                external: r.external,
            });
        }
    }

    if raw.steps.is_empty() {
        problems.push(err(
            "steps",
            t(
                "the SOP has no steps ([[steps]] tables)",
                "SOP tidak punya langkah (tabel [[steps]])",
            ),
        ));
    }
    let mut steps: Vec<Step> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    for s in raw.steps {
        let place = tr!("step {}", "langkah {}", s.number);
        if seen.contains(&s.number) {
            problems.push(err(
                place.clone(),
                tr!(
                    "step number {} is used twice: numbers must be unique",
                    "nomor langkah {} dipakai dua kali: nomor harus unik",
                    s.number
                ),
            ));
        } else if seen.last().is_some_and(|&last| s.number < last) {
            problems.push(err(
                place.clone(),
                tr!(
                    "step {} comes after step {}: list the steps in the document's order, numbers increasing",
                    "langkah {} datang sesudah langkah {}: urutkan langkah seperti dalam dokumen, nomornya naik",
                    s.number,
                    seen.last().copied().unwrap_or_default()
                ),
            ));
        }
        seen.push(s.number);
        if s.activity.trim().is_empty() {
            problems.push(err(
                format!("{place}, activity"),
                t("the activity is empty", "kegiatannya (activity) kosong"),
            ));
        }
        for (field, v) in std::iter::once(("activity", &s.activity))
            .chain(s.requirements.iter().map(|r| ("requirements", r)))
            .chain(s.outputs.iter().map(|o| ("outputs", o)))
        {
            if has_html(v) {
                problems.push(err(
                    format!("{place}, {field}"),
                    t(
                        "contains HTML tags: write clean text",
                        "mengandung tag HTML: tulis teks biasa",
                    ),
                ));
            }
        }
        if !roles.is_empty() {
            for r in &s.roles {
                if !roles.iter().any(|x| &x.name == r) {
                    problems.push(err(
                        format!("{place}, roles"),
                        tr!(
                            "role '{r}' is not among the SOP's [[roles]]",
                            "peran '{r}' tidak ada di antara [[roles]] SOP"
                        ),
                    ));
                }
            }
        }
        let standard = match time::parse(&s.time) {
            Ok(st) => st,
            Err(e) => {
                problems.push(err(
                    format!("{place}, time"),
                    tr!(
                        "cannot read the time '{}': {e}",
                        "waktu '{}' tidak bisa dibaca: {e}",
                        s.time
                    ),
                ));
                time::Standard {
                    text: s.time.clone(),
                    min_secs: None,
                    max_secs: None,
                }
            }
        };
        for scope in &s.consent {
            if !CONSENT_SCOPES.contains(&scope.as_str()) {
                problems.push(err(
                    format!("{place}, consent"),
                    tr!(
                        "unknown consent scope '{scope}' (use {})",
                        "cakupan persetujuan '{scope}' tidak dikenal (pakai {})",
                        CONSENT_SCOPES.join(", ")
                    ),
                ));
            }
        }
        let decision = s.decision.map(|d| Decision {
            question: d.question,
            return_to: d.return_to,
        });
        steps.push(Step {
            number: s.number,
            activity: s.activity.trim().to_string(),
            roles: s.roles,
            roles_inferred: s.roles_inferred,
            requirements: s.requirements,
            standard,
            outputs: s.outputs,
            note: s.note.filter(|n| !n.trim().is_empty()),
            consent: s.consent,
            condition: s.condition.filter(|c| !c.trim().is_empty()),
            repeat: s.repeat,
            decision,
        });
    }
    for s in &steps {
        if let Some(d) = &s.decision {
            let place = tr!(
                "step {}, decision.return_to",
                "langkah {}, decision.return_to",
                s.number
            );
            match steps.iter().position(|x| x.number == d.return_to) {
                None => problems.push(err(
                    place,
                    tr!(
                        "returns to step {}, which does not exist",
                        "kembali ke langkah {}, yang tidak ada",
                        d.return_to
                    ),
                )),
                Some(target) => {
                    let here = steps.iter().position(|x| x.number == s.number).unwrap_or(0);
                    if target >= here {
                        problems.push(err(
                            place,
                            tr!(
                                "returns to step {}, which is not an earlier step",
                                "kembali ke langkah {}, yang bukan langkah sebelumnya",
                                d.return_to
                            ),
                        ));
                    }
                }
            }
        }
    }

    let stated = match raw.total.as_deref().map(time::parse) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(e)) => {
            problems.push(err(
                "total",
                tr!(
                    "cannot read the stated total '{}': {e}",
                    "total yang tertulis '{}' tidak bisa dibaca: {e}",
                    raw.total.clone().unwrap_or_default()
                ),
            ));
            None
        }
    };
    let total = Total::compute(&steps, stated);
    if total.disagrees() {
        problems.push(Problem {
            severity: Severity::Warning,
            place: "total".into(),
            message: tr!(
                "the stated total '{}' disagrees with the steps' sum ({})",
                "total yang tertulis '{}' tidak sama dengan jumlah waktu langkah ({})",
                total.stated_text.clone().unwrap_or_default(),
                crate::text::duration_range(total.min_secs, total.max_secs, total.open_ended)
            ),
        });
    }

    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    let sop = (!has_errors).then(|| Sop {
        code: raw.code,
        name: raw.name.trim().to_string(),
        office: raw.office,
        office_short: raw.office_short.filter(|s| !s.trim().is_empty()),
        number: raw.number,
        created: raw.created,
        revised: raw.revised,
        effective: raw.effective,
        approved_by: raw.approved_by,
        legal_basis: raw.legal_basis,
        qualifications: raw.qualifications,
        related: raw.related,
        equipment: raw.equipment,
        warnings: raw.warnings,
        records: raw.records,
        roles,
        steps,
        total,
    });
    Loaded { sop, problems }
}

/// A TOML error (syntax, or a value of the wrong type) with its line.
fn syntax(text: &str, e: &toml::de::Error) -> Problem {
    let place = match e.span() {
        Some(span) => tr!("line {}", "baris {}", line_of(text, span.start)),
        None => t("file", "berkas").to_string(),
    };
    err(place, e.message().trim().to_string())
}

/// More than [`MAX_STEPS`] `[[steps]]`: refused before any step is read.
fn too_many_steps(doc: &toml::de::DeTable) -> Option<Problem> {
    let n = match doc.get("steps").map(|v| v.get_ref()) {
        Some(toml::de::DeValue::Array(a)) => a.len(),
        _ => 0,
    };
    (n > MAX_STEPS).then(|| {
        err(
            "steps",
            tr!(
                "the file has {n} steps; a SOP may have at most {MAX_STEPS}",
                "berkas memuat {n} langkah; SOP paling banyak {MAX_STEPS} langkah"
            ),
        )
    })
}

/// Every unknown key and every missing required key, in every table, in the file's order.
fn check_keys(text: &str, doc: &toml::de::DeTable) -> Vec<Problem> {
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
            let hint = known
                .iter()
                .map(|c| (strsim::jaro_winkler(key, c), *c))
                .filter(|(score, _)| *score > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, c)| crate::text::did_you_mean(c))
                .unwrap_or_default();
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
    use super::*;

    const GOOD: &str = r#"
format = 1
code = "contoh-1-2026"
name = "Contoh"
total = "35 menit"
[[roles]]
name = "Staf"
[[steps]]
number = 1
activity = "Menerima"
roles = ["Staf"]
time = "5 menit"
[[steps]]
number = 3
activity = "Memeriksa"
roles = ["Staf"]
time = "30 menit"
[steps.decision]
question = "Disetujui?"
return_to = 1
"#;

    #[test]
    fn a_good_file_loads_with_gaps_in_numbers() {
        let l = load(GOOD);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
        let sop = l.sop.unwrap();
        assert_eq!(
            sop.steps.iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 3]
        );
        assert_eq!(sop.total.min_secs, 2100);
        assert!(!sop.total.disagrees());
    }

    fn problems(text: &str) -> Vec<String> {
        load(text).problems.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn duplicate_numbers_bad_returns_and_bad_times_are_named() {
        let bad = GOOD
            .replace("number = 3", "number = 1")
            .replace("return_to = 1", "return_to = 7")
            .replace("\"30 menit\"", "\"tiga puluh menit\"");
        let p = problems(&bad);
        assert!(
            p.iter()
                .any(|m| m.contains("step 1") && m.contains("used twice")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.contains("return_to") && m.contains("step 7")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.contains("step 1, time") && m.contains("tiga puluh menit")),
            "{p:?}"
        );
    }

    #[test]
    fn a_stated_total_off_by_more_than_a_minute_is_a_warning() {
        let l = load(&GOOD.replace("35 menit", "40 menit"));
        assert!(l.sop.is_some());
        assert_eq!(l.problems.len(), 1);
        assert_eq!(l.problems[0].severity, Severity::Warning);
        assert!(load(&GOOD.replace("35 menit", "35 menit 30 detik"))
            .problems
            .is_empty());
    }

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

    #[test]
    fn files_over_the_limits_are_refused_before_the_steps_are_read() {
        let big = format!("{GOOD}# {}\n", "x".repeat(MAX_BYTES));
        let l = load(&big);
        assert!(l.sop.is_none());
        assert_eq!(l.problems.len(), 1);
        assert!(
            l.problems[0].message.contains("at most 1048576 bytes"),
            "{:?}",
            l.problems
        );

        let mut many = String::from("format = 1\ncode = \"contoh-1-2026\"\nname = \"Contoh\"\n");
        for n in 1..=MAX_STEPS + 1 {
            // Unknown keys too: the count is refused first, alone.
            many.push_str(&format!(
                "[[steps]]\nnumber = {n}\nactivity = \"A\"\ntime = \"1 menit\"\nx = 1\n"
            ));
        }
        let l = load(&many);
        assert_eq!(l.problems.len(), 1, "{:?}", l.problems);
        assert!(
            l.problems[0].message.contains("201 steps"),
            "{:?}",
            l.problems
        );
        assert!(
            l.problems[0].message.contains("at most 200"),
            "{:?}",
            l.problems
        );
        // A SOP already stored in a register is read without the limits.
        let stored = many.replace("x = 1\n", "");
        assert!(load(&stored).sop.is_none());
        assert_eq!(load_stored(&stored).sop.unwrap().steps.len(), MAX_STEPS + 1);
        // Exactly at the limit is fine.
        let at_limit = stored.replacen(
            "[[steps]]\nnumber = 1\nactivity = \"A\"\ntime = \"1 menit\"\n",
            "",
            1,
        );
        assert!(
            load(&at_limit).problems.is_empty(),
            "{:?}",
            load(&at_limit).problems
        );
    }

    #[test]
    fn syntax_errors_give_a_line() {
        let p = problems("format = 1\ncode = \"x\"\nname = \n");
        assert!(p[0].contains("line 3"), "{p:?}");
    }

    #[test]
    fn unknown_keys_roles_scopes_and_html_are_errors() {
        let bad = GOOD
            .replace(
                "roles = [\"Staf\"]\ntime = \"5 menit\"",
                "roles = [\"Ketua\"]\ntime = \"5 menit\"\nconsent = [\"semua\"]",
            )
            .replace("activity = \"Menerima\"", "activity = \"<p>Menerima</p>\"");
        let p = problems(&bad);
        assert!(p.iter().any(|m| m.contains("'Ketua'")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("'semua'")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("HTML")), "{p:?}");
        assert!(!problems(&format!("{GOOD}\nextra = 1\n")).is_empty());
    }
}

/// Property tests: no text makes the loader panic, and a file it accepts has steps whose
/// numbers increase and whose decisions return to an earlier step.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// TOML-shaped SOP text: mostly well-formed, with any step numbers, times and returns.
    fn sop_text() -> impl Strategy<Value = String> {
        let time = prop_oneof![
            "[0-9]{1,6} (menit|jam|detik|hari)",
            "[0-9]{1,3} ?- ?[0-9]{1,4} (Menit|jam)",
            "Tergantung [a-z ]{0,10}",
            "[ -~]{0,12}",
        ];
        let step = (
            any::<u32>().prop_map(|n| n % 20),
            "[ -~]{0,15}",
            time,
            prop::option::of(any::<u32>().prop_map(|n| n % 20)),
            prop::collection::vec(prop::sample::select(&["Staf", "Ketua", ""][..]), 0..3),
            prop::collection::vec(prop::sample::select(CONSENT_SCOPES), 0..2),
        );
        (
            prop::option::of(0u32..3),
            "[a-z0-9-]{0,12}",
            prop::option::of("[0-9]{1,4} (menit|jam)|[ -~]{0,10}"),
            prop::collection::vec(prop::sample::select(&["Staf", "Ketua", ""][..]), 0..3),
            prop::collection::vec(step, 0..6),
        )
            .prop_map(|(format, code, total, roles, steps)| {
                let mut t = String::new();
                if let Some(f) = format {
                    t.push_str(&format!("format = {f}\n"));
                }
                t.push_str(&format!("code = {code:?}\nname = \"Contoh\"\n"));
                if let Some(total) = total {
                    t.push_str(&format!("total = {total:?}\n"));
                }
                for r in roles {
                    t.push_str(&format!("[[roles]]\nname = {r:?}\n"));
                }
                for (number, activity, time, ret, roles, consent) in steps {
                    t.push_str(&format!(
                        "[[steps]]\nnumber = {number}\nactivity = {activity:?}\ntime = {time:?}\nroles = {roles:?}\nconsent = {consent:?}\n"
                    ));
                    if let Some(r) = ret {
                        t.push_str(&format!(
                            "[steps.decision]\nquestion = \"Lanjut?\"\nreturn_to = {r}\n"
                        ));
                    }
                }
                t
            })
    }

    fn accepted_sops_are_consistent(text: &str) -> Result<(), TestCaseError> {
        let loaded = load(text);
        prop_assert_eq!(loaded.sop.is_some(), loaded.errors().next().is_none());
        for p in &loaded.problems {
            prop_assert!(!p.place.is_empty() && !p.message.is_empty(), "{:?}", p);
        }
        if let Some(sop) = loaded.sop {
            prop_assert!(!sop.steps.is_empty());
            prop_assert!(sop.steps.windows(2).all(|w| w[0].number < w[1].number));
            for (i, s) in sop.steps.iter().enumerate() {
                if let Some(d) = &s.decision {
                    prop_assert!(sop.step_index(d.return_to).is_some_and(|j| j < i));
                }
            }
            prop_assert!(sop.total.min_secs <= sop.total.max_secs);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn arbitrary_text_never_panics(text in any::<String>()) {
            accepted_sops_are_consistent(&text)?;
        }

        #[test]
        fn toml_shaped_text_never_panics(text in sop_text()) {
            accepted_sops_are_consistent(&text)?;
        }

        #[test]
        fn a_good_file_with_bytes_cut_or_inserted_never_panics(
            at in 0usize..400, cut in 0usize..20, insert in "[\\PC\n\"\\[\\]=]{0,8}"
        ) {
            let mut text = GOOD_TEXT.to_string();
            let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let end = (at..=(at + cut).min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(at);
            text.replace_range(at..end, &insert);
            accepted_sops_are_consistent(&text)?;
        }
    }

    const GOOD_TEXT: &str = "format = 1\ncode = \"contoh-1-2026\"\nname = \"Contoh\"\ntotal = \"35 menit\"\n[[roles]]\nname = \"Staf\"\n[[steps]]\nnumber = 1\nactivity = \"Menerima\"\nroles = [\"Staf\"]\ntime = \"5 menit\"\n[[steps]]\nnumber = 3\nactivity = \"Memeriksa\"\nroles = [\"Staf\"]\ntime = \"30 menit\"\n[steps.decision]\nquestion = \"Disetujui?\"\nreturn_to = 1\n";
}
