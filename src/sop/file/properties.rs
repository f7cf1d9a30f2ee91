//! Property tests: no text makes the loader panic, and a file it accepts has steps whose
//! numbers increase and whose decisions return to an earlier step.

use super::load;
use crate::sop::CONSENT_SCOPES;
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
        prop_assert!(
            (!p.place.is_empty() || p.line.is_some()) && !p.message.is_empty(),
            "{:?}",
            p
        );
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
