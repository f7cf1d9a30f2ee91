//! The clocks of a SOP file: the SOP's `clock` (office when the file names none) and a step's own
//! `clock`, which overrides it for that step. A value other than `office` or `24/7` is a problem
//! at its line and key.

use super::{err, Problem};
use crate::sop::Clock;
use crate::tr;
use toml::Spanned;

/// The SOP's clock: its `clock`, or office when it names none (or names one that is not known,
/// a problem).
pub(super) fn sop_clock(
    text: &str,
    raw: Option<&Spanned<String>>,
    problems: &mut Vec<Problem>,
) -> Clock {
    read(text, None, raw, problems).unwrap_or_default()
}

/// A step's own clock, when its `[[steps]]` table names one it knows; `step` is the step's
/// place ("step 4").
pub(super) fn step_clock(
    text: &str,
    step: &str,
    raw: Option<&Spanned<String>>,
    problems: &mut Vec<Problem>,
) -> Option<Clock> {
    read(text, Some(step), raw, problems)
}

fn read(
    text: &str,
    step: Option<&str>,
    raw: Option<&Spanned<String>>,
    problems: &mut Vec<Problem>,
) -> Option<Clock> {
    let raw = raw?;
    let value = raw.get_ref();
    let clock = Clock::parse(value);
    if clock.is_none() {
        let place = match step {
            Some(step) => format!("{step}, clock"),
            None => "clock".to_string(),
        };
        let names = Clock::NAMES
            .map(|n| format!("\"{n}\""))
            .join(tr!(" or ", " atau ").as_str());
        problems.push(
            err(
                place,
                tr!(
                    "unknown clock '{value}'; write {names}",
                    "jam '{value}' tidak dikenal; tulis {names}"
                ),
            )
            .at(text, raw.span().start),
        );
    }
    clock
}

#[cfg(test)]
mod tests {
    use crate::sop::file::load;
    use crate::sop::file::tests::{problems, GOOD};
    use crate::sop::Clock;

    #[test]
    fn the_clock_is_office_unless_the_file_names_one() {
        let sop = load(GOOD).sop.unwrap();
        assert_eq!(sop.clock, Clock::Office);
        assert_eq!(sop.clock_reason, None);
        assert!(sop
            .steps
            .iter()
            .all(|s| s.clock == Clock::Office && !s.clock_own));

        let hotline = GOOD.replace(
            "total = \"35 menit\"",
            "total = \"35 menit\"\nclock = \"24/7\"\nclock_reason = \"layanan 24 jam\"",
        );
        let sop = load(&hotline).sop.unwrap();
        assert_eq!(sop.clock, Clock::Always);
        assert_eq!(sop.clock_reason.as_deref(), Some("layanan 24 jam"));
        assert!(sop.steps.iter().all(|s| s.clock == Clock::Always));

        // The reason is optional in an office's file; an empty one is none.
        let office = GOOD.replace(
            "total = \"35 menit\"",
            "total = \"35 menit\"\nclock = \"office\"\nclock_reason = \" \"",
        );
        let l = load(&office);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
        let sop = l.sop.unwrap();
        assert_eq!((sop.clock, sop.clock_reason), (Clock::Office, None));
    }

    #[test]
    fn a_step_may_name_its_own_clock_over_the_sops() {
        let text = GOOD
            .replace(
                "total = \"35 menit\"",
                "total = \"35 menit\"\nclock = \"24/7\"",
            )
            .replace(
                "time = \"30 menit\"",
                "time = \"30 menit\"\nclock = \"office\"",
            );
        let l = load(&text);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
        let sop = l.sop.unwrap();
        let s1 = sop.step(1).unwrap();
        let s3 = sop.step(3).unwrap();
        assert_eq!((s1.clock, s1.clock_own), (Clock::Always, false));
        assert_eq!((s3.clock, s3.clock_own), (Clock::Office, true));

        // On the default office SOP, one 24/7 step.
        let text = GOOD.replace("time = \"5 menit\"", "time = \"5 menit\"\nclock = \"24/7\"");
        let sop = load(&text).sop.unwrap();
        assert_eq!(sop.clock, Clock::Office);
        assert_eq!(sop.step(1).unwrap().clock, Clock::Always);
        assert_eq!(sop.step(3).unwrap().clock, Clock::Office);
    }

    #[test]
    fn a_bad_clock_is_listed_with_its_line_and_key_and_nothing_loads() {
        let text = GOOD
            .replace(
                "total = \"35 menit\"",
                "total = \"35 menit\"\nclock = \"kantor\"",
            )
            .replace(
                "time = \"30 menit\"",
                "time = \"30 menit\"\nclock = \"24 jam\"",
            );
        let l = load(&text);
        assert!(l.sop.is_none());
        let p = problems(&text);
        assert_eq!(
            p,
            [
                "error: clock, line 6, column 9: unknown clock 'kantor'; write \"office\" or \"24/7\"",
                "error: step 3, clock, line 19, column 9: unknown clock '24 jam'; write \"office\" or \"24/7\"",
            ],
        );
        // A clock that is not text is a TOML error at its line; a misspelt key, an unknown key.
        let p = problems(&GOOD.replace("time = \"5 menit\"", "time = \"5 menit\"\nclock = 24"));
        assert!(p.len() == 1 && p[0].contains("line 13"), "{p:?}");
        let p = problems(&GOOD.replace("total = \"35 menit\"", "clok = \"24/7\""));
        assert!(
            p.len() == 1 && p[0].contains("unknown key 'clok' (did you mean 'clock'?)"),
            "{p:?}"
        );
    }
}
