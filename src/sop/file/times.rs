//! The times of a SOP file: each step's standard time, and the total (the steps' sum, and the
//! total the document states, with a warning when they disagree).

use super::{err, warning, Problem};
use crate::sop::{time, Step, Total};
use crate::tr;

/// A step's standard time; one that cannot be read is a problem at `place, time`, and is kept as
/// text without bounds.
pub(super) fn step_standard(
    place: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> time::Standard {
    match time::parse(text) {
        Ok(st) => {
            if st.max_secs == Some(0) {
                problems.push(warning(
                    format!("{place}, time"),
                    tr!(
                        "the standard time '{}' is zero: every record of the step will be over it; write the document's time",
                        "waktu standar '{}' bernilai nol: setiap catatan langkah ini akan melewatinya; tulis waktu dari dokumen",
                        text
                    ),
                ));
            }
            st
        }
        Err(e) => {
            problems.push(err(
                format!("{place}, time"),
                tr!(
                    "cannot read the time '{}': {e}",
                    "waktu '{}' tidak bisa dibaca: {e}",
                    text
                ),
            ));
            time::Standard {
                text: text.to_string(),
                min_secs: None,
                max_secs: None,
            }
        }
    }
}

/// The total of the steps, with the stated one (a problem if it cannot be read, a warning if it
/// disagrees with the sum).
pub(super) fn total(
    stated: Option<&toml::Spanned<String>>,
    text: &str,
    steps: &[Step],
    times_read: bool,
    problems: &mut Vec<Problem>,
) -> Total {
    let from = problems.len();
    let total = total_of(
        stated.map(|s| s.get_ref().as_str()),
        steps,
        times_read,
        problems,
    );
    // At the `total` key's value, when the file states one.
    if let Some(s) = stated {
        for p in &mut problems[from..] {
            *p = p.clone().at(text, s.span().start);
        }
    }
    total
}

fn total_of(
    stated_text: Option<&str>,
    steps: &[Step],
    times_read: bool,
    problems: &mut Vec<Problem>,
) -> Total {
    let stated = match stated_text.map(time::parse) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(e)) => {
            problems.push(err(
                "total",
                tr!(
                    "cannot read the stated total '{}': {e}",
                    "total yang tertulis '{}' tidak bisa dibaca: {e}",
                    stated_text.unwrap_or_default()
                ),
            ));
            None
        }
    };
    let total = Total::compute(steps, stated);
    if times_read && total.disagrees() {
        problems.push(warning(
            "total",
            tr!(
                "the stated total '{}' disagrees with the steps' sum ({})",
                "total yang tertulis '{}' tidak sama dengan jumlah waktu langkah ({})",
                total.stated_text.clone().unwrap_or_default(),
                crate::text::duration_range(total.min_secs, total.max_secs, total.open_ended)
            ),
        ));
    }
    total
}

#[cfg(test)]
mod tests {
    use crate::sop::file::tests::GOOD;
    use crate::sop::file::{load, Severity};

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

    /// FORMAT.md says a zero time is a warning: "0" alone as well as "0 menit" (trial 15, 3).
    #[test]
    fn a_bare_zero_is_read_as_zero_with_the_warning() {
        let l = load(
            &GOOD
                .replace("\"5 menit\"", "\"0\"")
                .replace("\"35 menit\"", "\"30 menit\""),
        );
        let sop = l.sop.expect("a warning only");
        assert_eq!(sop.steps[0].standard.max_secs, Some(0));
        assert_eq!(l.problems.len(), 1, "{:?}", l.problems);
        assert_eq!(l.problems[0].severity, Severity::Warning);
        assert!(
            l.problems[0].message.contains("'0' is zero"),
            "{:?}",
            l.problems
        );
        // Another number without a unit is still an error.
        assert!(load(&GOOD.replace("\"5 menit\"", "\"5\"")).sop.is_none());
    }

    #[test]
    fn a_zero_standard_time_is_a_warning_at_its_step() {
        let l = load(&GOOD.replace("\"5 menit\"", "\"0 menit\""));
        assert!(l.sop.is_some());
        let p: Vec<String> = l.problems.iter().map(|p| p.to_string()).collect();
        assert!(
            p.iter().any(|m| m.starts_with(
                "warning: step 1, time, line 12, column 8: the standard time '0 menit' is zero"
            )),
            "{p:?}"
        );
    }
}
