//! What one SOP version changes against another, step by step (`kasus sop diff`): the SOP's own
//! fields, then each step by its number (added, removed, or its changed fields). Pure: the
//! command loads the two versions and prints what this returns.

use super::{Sop, Step};

/// Where a change is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A field of the SOP itself (name, roles, total, ...).
    Sop,
    /// A step the new version adds.
    Added(u32),
    /// A step the new version no longer has.
    Removed(u32),
    /// A step both versions have.
    Step(u32),
}

/// One changed field: its key (as the file writes it) and the two values, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub place: Place,
    pub key: &'static str,
    pub old: String,
    pub new: String,
}

fn list(v: &[String]) -> String {
    v.join("; ")
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn flag(b: bool) -> String {
    if b { "true" } else { "false" }.to_string()
}

/// The SOP's own fields, as the file's keys, with their values as text.
fn sop_fields(s: &Sop) -> Vec<(&'static str, String)> {
    let roles = s
        .roles
        .iter()
        .map(|r| {
            if r.external {
                format!(
                    "{} ({})",
                    r.name,
                    crate::text::t("outside the unit", "di luar unit")
                )
            } else {
                r.name.clone()
            }
        })
        .collect::<Vec<_>>();
    vec![
        ("name", s.name.clone()),
        ("office", s.office.clone()),
        ("office_short", opt(&s.office_short)),
        ("number", s.number.clone()),
        ("created", opt(&s.created)),
        ("revised", opt(&s.revised)),
        ("effective", opt(&s.effective)),
        ("approved_by", opt(&s.approved_by)),
        ("legal_basis", list(&s.legal_basis)),
        ("qualifications", list(&s.qualifications)),
        ("related", list(&s.related)),
        ("equipment", list(&s.equipment)),
        ("warnings", list(&s.warnings)),
        ("records", list(&s.records)),
        ("total", opt(&s.total.stated_text)),
        ("clock", s.clock.as_str().to_string()),
        ("clock_reason", opt(&s.clock_reason)),
        ("transcriber", list(&s.transcriber)),
        ("roles", list(&roles)),
    ]
}

/// A step's fields, as the file's keys, with their values as text.
fn step_fields(s: &Step) -> Vec<(&'static str, String)> {
    vec![
        ("activity", s.activity.clone()),
        ("roles", list(&s.roles)),
        ("roles_inferred", flag(s.roles_inferred)),
        ("requirements", list(&s.requirements)),
        ("time", s.standard.text.clone()),
        ("outputs", list(&s.outputs)),
        ("note", opt(&s.note)),
        ("transcriber", list(&s.transcriber)),
        ("consent", list(&s.consent)),
        ("needs_consent", list(&s.needs_consent)),
        ("consent_words", opt(&s.consent_words)),
        ("condition", opt(&s.condition)),
        ("repeat", flag(s.repeat)),
        ("repeat_until", opt(&s.repeat_until)),
        ("sends_referral", flag(s.sends_referral)),
        (
            "decision",
            s.decision
                .as_ref()
                .map(|d| format!("{} (return_to = {})", d.question, d.return_to))
                .unwrap_or_default(),
        ),
        (
            "clock",
            if s.clock_own {
                s.clock.as_str().to_string()
            } else {
                String::new()
            },
        ),
    ]
}

fn changed(
    place: Place,
    old: Vec<(&'static str, String)>,
    new: Vec<(&'static str, String)>,
) -> impl Iterator<Item = Change> {
    old.into_iter()
        .zip(new)
        .filter(|((_, a), (_, b))| a != b)
        .map(move |((key, old), (_, new))| Change {
            place: place.clone(),
            key,
            old,
            new,
        })
}

/// A SOP not in the register yet, as changes: every step of `new` added, in number order.
pub fn all_added(new: &Sop) -> Vec<Change> {
    new.steps
        .iter()
        .map(|b| Change {
            place: Place::Added(b.number),
            key: "activity",
            old: String::new(),
            new: b.activity.clone(),
        })
        .collect()
}

/// Every change from `old` to `new`: the SOP's fields first, then the steps in number order.
/// Empty when they say the same (a change of comments or layout only).
pub fn diff(old: &Sop, new: &Sop) -> Vec<Change> {
    let mut v: Vec<Change> = changed(Place::Sop, sop_fields(old), sop_fields(new)).collect();
    let mut numbers: Vec<u32> = old
        .steps
        .iter()
        .chain(&new.steps)
        .map(|s| s.number)
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    for n in numbers {
        match (old.step(n), new.step(n)) {
            (Some(a), Some(b)) => v.extend(changed(Place::Step(n), step_fields(a), step_fields(b))),
            (None, Some(b)) => v.push(Change {
                place: Place::Added(n),
                key: "activity",
                old: String::new(),
                new: b.activity.clone(),
            }),
            (Some(a), None) => v.push(Change {
                place: Place::Removed(n),
                key: "activity",
                old: a.activity.clone(),
                new: String::new(),
            }),
            (None, None) => {}
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sop::catalog::BUILTIN;
    use crate::sop::file::load;

    fn batam() -> (String, Sop) {
        let (_, t) = BUILTIN
            .iter()
            .find(|(n, _)| n.starts_with("batam"))
            .unwrap();
        (t.to_string(), load(t).sop.unwrap())
    }

    #[test]
    fn the_same_sop_has_no_changes_and_comments_do_not_count() {
        let (text, sop) = batam();
        assert!(diff(&sop, &sop).is_empty());
        let commented = load(&format!("# a new comment\n{text}")).sop.unwrap();
        assert!(diff(&sop, &commented).is_empty());
    }

    #[test]
    fn changed_added_and_removed_steps_are_named_with_their_keys() {
        let (text, old) = batam();
        let edited = text
            .replace(
                "time = \"60 menit\"\noutputs = [\"Surat",
                "time = \"45 menit\"\noutputs = [\"Surat",
            )
            .replace("return_to = 3", "return_to = 2")
            .replace("[[steps]]\nnumber = 6\n", "[[steps]]\nnumber = 7\n");
        let new = load(&edited).sop.unwrap();
        let d = diff(&old, &new);
        let at = |p: Place, k: &str| d.iter().find(|c| c.place == p && c.key == k);
        let time = at(Place::Step(2), "time").expect("step 2's time");
        assert_eq!(
            (time.old.as_str(), time.new.as_str()),
            ("60 menit", "45 menit")
        );
        assert!(at(Place::Step(4), "decision").is_some_and(|c| c.new.ends_with("(return_to = 2)")));
        assert!(at(Place::Removed(6), "activity").is_some());
        assert!(at(Place::Added(7), "activity").is_some());
        assert_eq!(d.len(), 4, "{d:#?}");
    }
}
