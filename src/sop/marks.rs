//! A step's flow marks as words (consent gate, condition, decision, repeat, open-ended), as
//! `kasus sop show` lists them and the walk of `kasus step` shows them.

use super::Step;
use crate::text::t;

/// The flow marks of a step, as words for the table.
pub fn flow_marks(s: &Step) -> Vec<String> {
    let mut v = Vec::new();
    if !s.consent.is_empty() {
        v.push(format!(
            "{}: {}",
            t("consent gate", "persetujuan"),
            s.consent.join(", ")
        ));
    }
    if !s.needs_consent.is_empty() {
        v.push(format!(
            "{}: {}",
            t(
                "consent needed before it starts",
                "persetujuan diperlukan sebelum dimulai"
            ),
            s.needs_consent.join(", ")
        ));
    }
    if let Some(w) = &s.consent_words {
        v.push(format!(
            "{}: \"{w}\"",
            t("consent because", "persetujuan karena")
        ));
    }
    if let Some(c) = &s.condition {
        v.push(format!("{}: {c}", t("if", "jika")));
    }
    if let Some(d) = &s.decision {
        v.push(format!(
            "{}: {} ({} {})",
            t("decision", "keputusan"),
            d.question,
            t("else back to step", "jika tidak kembali ke langkah"),
            d.return_to
        ));
    }
    if s.repeat {
        v.push(match &s.repeat_until {
            Some(u) => format!("{}: {u}", t("repeats until", "berulang sampai")),
            None => t(
                "repeats until the case moves on",
                "berulang sampai kasus berlanjut",
            )
            .into(),
        });
    }
    if s.sends_referral {
        v.push(t("sends a referral", "mengirim rujukan").into());
    }
    if s.standard.open_ended() {
        v.push(
            t(
                "open-ended: timed, not judged",
                "tanpa batas: dicatat, tidak dinilai",
            )
            .into(),
        );
    }
    v
}
