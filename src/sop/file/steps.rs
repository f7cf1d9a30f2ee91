//! The steps of a SOP file: numbers unique and increasing, activities clean text, roles among
//! the SOP's, known consent scopes, and decisions that return to an earlier step.

use super::{clocks, err, times, Problem, RawStep};
use crate::sop::{Clock, Decision, Role, Step, CONSENT_SCOPES};
use crate::text::t;
use crate::tr;

/// The steps, checked one by one in the file's order; `clock` is the SOP's, which a step's own
/// `clock` overrides.
pub(super) fn steps(
    text: &str,
    raw_steps: Vec<RawStep>,
    roles: &[Role],
    clock: Clock,
    problems: &mut Vec<Problem>,
) -> Vec<Step> {
    if raw_steps.is_empty() {
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
    for s in raw_steps {
        // A step without a number is named by the key check; its other keys are not read.
        let Some(number) = s.number else { continue };
        let (from, at) = (problems.len(), s.at);
        steps.push(step(text, s, number, roles, clock, &mut seen, problems));
        // The step's problems without a place of their own are at its [[steps]] line.
        for p in &mut problems[from..] {
            *p = p.clone().or_at(text, at);
        }
    }
    steps
}

/// The step number a problem's place names ("step 4, decision.return_to"), if any.
pub(super) fn number_of(place: &str) -> Option<u32> {
    let rest = place
        .strip_prefix("step ")
        .or_else(|| place.strip_prefix("langkah "))?;
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// One step, checked.
fn step(
    text: &str,
    s: RawStep,
    number: u32,
    roles: &[Role],
    clock: Clock,
    seen: &mut Vec<u32>,
    problems: &mut Vec<Problem>,
) -> Step {
    {
        let place = tr!("step {}", "langkah {}", number);
        let activity = s.activity.clone().unwrap_or_default();
        if seen.contains(&number) {
            problems.push(err(
                place.clone(),
                tr!(
                    "step number {} is used twice: numbers must be unique",
                    "nomor langkah {} dipakai dua kali: nomor harus unik",
                    number
                ),
            ));
        } else if seen.last().is_some_and(|&last| number < last) {
            problems.push(err(
                place.clone(),
                tr!(
                    "step {} comes after step {}: list the steps in the document's order, numbers increasing",
                    "langkah {} datang sesudah langkah {}: urutkan langkah seperti dalam dokumen, nomornya naik",
                    number,
                    seen.last().copied().unwrap_or_default()
                ),
            ));
        }
        seen.push(number);
        // A missing activity is named by the key check; an empty one here.
        if s.activity.is_some() && activity.trim().is_empty() {
            problems.push(err(
                format!("{place}, activity"),
                t("the activity is empty", "kegiatannya (activity) kosong"),
            ));
        }
        for (field, v) in std::iter::once(("activity", &activity))
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
        let standard = match &s.time {
            Some(time) => {
                let from = problems.len();
                let st = times::step_standard(&place, time.get_ref(), problems);
                for p in &mut problems[from..] {
                    *p = p.clone().at(text, time.span().start);
                }
                st
            }
            // A missing time is named by the key check.
            None => crate::sop::Standard {
                text: String::new(),
                min_secs: None,
                max_secs: None,
            },
        };
        for (key, scope) in s
            .consent
            .iter()
            .map(|c| ("consent", c))
            .chain(s.needs_consent.iter().map(|c| ("needs_consent", c)))
        {
            if !CONSENT_SCOPES.contains(&scope.as_str()) {
                problems.push(err(
                    format!("{place}, {key}"),
                    tr!(
                        "unknown consent scope '{scope}' (use {})",
                        "cakupan persetujuan '{scope}' tidak dikenal (pakai {})",
                        CONSENT_SCOPES.join(", ")
                    ),
                ));
            }
        }
        flow_keys(&place, &s, problems);
        let own = clocks::step_clock(text, &place, s.clock.as_ref(), problems);
        let decision = s.decision.and_then(|d| {
            Some(Decision {
                question: d.question,
                return_to: d.return_to?,
            })
        });
        Step {
            number,
            activity: activity.trim().to_string(),
            roles: s.roles,
            roles_inferred: s.roles_inferred,
            requirements: s.requirements,
            standard,
            outputs: s.outputs,
            note: s.note.filter(|n| !n.trim().is_empty()),
            transcriber: super::non_empty(s.transcriber),
            consent: s.consent,
            needs_consent: s.needs_consent,
            consent_words: s.consent_words.filter(|w| !w.trim().is_empty()),
            condition: s.condition.filter(|c| !c.trim().is_empty()),
            repeat: s.repeat,
            repeat_until: s.repeat_until.filter(|w| !w.trim().is_empty()),
            sends_referral: s.sends_referral,
            decision,
            clock: own.unwrap_or(clock),
            clock_own: own.is_some(),
        }
    }
}

/// The flow keys that only mean something beside another: `repeat_until` with `repeat`,
/// `consent_words` with a consent gate; and a scope both asked and needed at one step.
fn flow_keys(place: &str, s: &RawStep, problems: &mut Vec<Problem>) {
    if s.repeat_until.is_some() && !s.repeat {
        problems.push(err(
            format!("{place}, repeat_until"),
            t(
                "repeat_until needs repeat = true on the same step",
                "repeat_until memerlukan repeat = true pada langkah yang sama",
            ),
        ));
    }
    if s.sends_referral && s.decision.is_some() {
        problems.push(err(
            format!("{place}, sends_referral"),
            t(
                "a decision step (approve or return) sends no referral: mark the step that sends it",
                "langkah keputusan (setujui atau kembalikan) tidak mengirim rujukan: tandai langkah yang mengirimnya",
            ),
        ));
    }
    if s.consent_words.is_some() && s.consent.is_empty() && s.needs_consent.is_empty() {
        problems.push(err(
            format!("{place}, consent_words"),
            t(
                "consent_words needs a consent gate on the same step (consent or needs_consent)",
                "consent_words memerlukan gerbang persetujuan pada langkah yang sama (consent atau needs_consent)",
            ),
        ));
    }
    for scope in s.consent.iter().filter(|c| s.needs_consent.contains(c)) {
        problems.push(err(
            format!("{place}, needs_consent"),
            tr!(
                "'{scope}' is both asked at this step (consent) and needed before it (needs_consent): name it in one",
                "'{scope}' diminta pada langkah ini (consent) sekaligus diperlukan sebelumnya (needs_consent): sebut di salah satu saja"
            ),
        ));
    }
}

/// Every decision returns to a step that exists and comes earlier.
pub(super) fn check_returns(steps: &[Step], problems: &mut Vec<Problem>) {
    for s in steps {
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
}

fn has_html(s: &str) -> bool {
    let lower = s.to_lowercase();
    [
        "<p", "</p", "<b>", "</b", "<br", "<li", "</li", "<ol", "<ul", "<div", "<span",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

#[cfg(test)]
mod tests {
    use crate::sop::file::tests::{problems, GOOD};

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

    #[test]
    fn flow_keys_that_need_another_are_named() {
        let bad = GOOD.replace(
            "time = \"5 menit\"",
            "time = \"5 menit\"\nrepeat_until = \"aman\"\nconsent_words = \"setuju\"\nconsent = [\"layanan\"]\nneeds_consent = [\"layanan\", \"rahasia\"]",
        );
        let p = problems(&bad);
        // Each at its step's line, as no line of its own is known.
        for want in [
            "step 1, repeat_until, line 8, column 1: repeat_until needs repeat = true",
            "step 1, needs_consent, line 8, column 1: 'layanan' is both asked at this step",
            "step 1, needs_consent, line 8, column 1: unknown consent scope 'rahasia'",
        ] {
            assert!(p.iter().any(|m| m.contains(want)), "{want:?} not in {p:#?}");
        }
        // consent_words without any gate.
        let p = problems(&GOOD.replace(
            "time = \"5 menit\"",
            "time = \"5 menit\"\nconsent_words = \"setuju\"",
        ));
        assert!(
            p.iter().any(|m| m.contains(
                "step 1, consent_words, line 8, column 1: consent_words needs a consent gate"
            )),
            "{p:?}"
        );
        // Beside their keys, they load.
        let good = GOOD.replace(
            "time = \"5 menit\"",
            "time = \"5 menit\"\nrepeat = true\nrepeat_until = \"aman\"\nneeds_consent = [\"berbagi-informasi\"]\nconsent_words = \"Form persetujuan pemberian informasi\"\ntranscriber = [\"dibaca\"]",
        );
        let l = crate::sop::file::load(&good);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
        let step = &l.sop.unwrap().steps[0];
        assert_eq!(step.needs_consent, ["berbagi-informasi"]);
        assert_eq!(step.consent_quote(), "Form persetujuan pemberian informasi");
        assert_eq!(step.repeat_until.as_deref(), Some("aman"));
        assert_eq!(step.transcriber, ["dibaca"]);
    }
}
