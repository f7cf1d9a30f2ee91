//! The step attempt a referral is linked to: an attempt of a step the SOP marks as sending a
//! referral (`sends_referral`), running at the referral's time (from its start to its finish,
//! both included), not the step running now. None ran then: no link.

use crate::clock::Instant;

/// One attempt as the link reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub attempt_id: i64,
    pub step: u32,
    pub start: Instant,
    /// `None` while it runs.
    pub end: Option<Instant>,
}

/// The attempt a referral sent at `at` is linked to, of those of the steps in `marked`: the
/// one running at `at` (the latest started, should two overlap).
pub fn attempt(spans: &[Span], marked: &[u32], at: Instant) -> Option<i64> {
    spans
        .iter()
        .filter(|s| marked.contains(&s.step))
        .filter(|s| s.start <= at && s.end.is_none_or(|end| at <= end))
        .max_by_key(|s| (s.start, s.attempt_id))
        .map(|s| s.attempt_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{parse_local, Zone};

    fn t(hm: &str) -> Instant {
        parse_local(&format!("2026-03-02 {hm}"), Zone::Wib).unwrap()
    }

    #[test]
    fn linked_to_the_marked_step_running_at_the_time_sent() {
        let spans = [
            Span {
                attempt_id: 1,
                step: 3,
                start: t("08:00"),
                end: Some(t("08:30")),
            },
            Span {
                attempt_id: 2,
                step: 4,
                start: t("08:40"),
                end: Some(t("09:00")),
            },
            Span {
                attempt_id: 3,
                step: 4,
                start: t("10:00"),
                end: None,
            },
        ];
        let marked = [4];
        assert_eq!(attempt(&spans, &marked, t("08:50")), Some(2));
        assert_eq!(attempt(&spans, &marked, t("09:00")), Some(2));
        // Step 3 ran then, but it is not marked.
        assert_eq!(attempt(&spans, &marked, t("08:10")), None);
        // Between attempts: none; the one running now only from its start.
        assert_eq!(attempt(&spans, &marked, t("09:30")), None);
        assert_eq!(attempt(&spans, &marked, t("11:00")), Some(3));
        assert_eq!(attempt(&spans, &[], t("11:00")), None);
    }
}
