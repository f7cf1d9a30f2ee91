//! Reading a SOP from its TOML text, and checking it: every problem is collected with its
//! place (line, step, field), so that `sop validate` can list them all at once.

use super::{time, Decision, Role, Sop, Step, Total, CONSENT_SCOPES};
use crate::text::t;
use crate::tr;
use serde::Deserialize;
use std::fmt;

pub const FORMAT_VERSION: u32 = 1;

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

/// Reads and checks a SOP from TOML text.
pub fn load(text: &str) -> Loaded {
    let raw: RawSop = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let place = match e.span() {
                Some(span) => tr!("line {}", "baris {}", line_of(text, span.start)),
                None => t("file", "berkas").to_string(),
            };
            return Loaded {
                sop: None,
                problems: vec![err(place, e.message().trim().to_string())],
            };
        }
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
