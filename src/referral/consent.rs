//! Consent to share (`berbagi-informasi`) as a referral needs it: in force at the time of
//! sending, for the recipient's kind, not past its last day. A consent that names recipient
//! kinds covers only those; one that names none covers every kind. A withdrawal or a refusal of
//! the scope ends every earlier consent to share, whatever kinds it named.

use crate::clock::Instant;
use crate::flow::ConsentKind;

/// One consent event of the case, as this check reads it.
#[derive(Debug, Clone)]
pub struct ShareConsent {
    pub kind: ConsentKind,
    pub relation: Option<String>,
    pub scopes: Vec<String>,
    /// The recipient kinds it covers; empty: every kind.
    pub recipients: Vec<String>,
    /// The first instant it no longer holds (the day after its last day, office time).
    pub ends: Option<Instant>,
    pub at: Instant,
}

/// Where consent to share with one recipient kind stands at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareState {
    InForce,
    /// None recorded.
    Never,
    /// Given, but only for other kinds of recipient.
    OtherKind,
    /// Given for this kind, but its last day has passed.
    Expired,
    /// A child consented and no parent or guardian has.
    ChildOnly,
    Withdrawn,
    Refused,
}

impl ShareState {
    pub fn code(self) -> &'static str {
        match self {
            ShareState::InForce => "in-force",
            ShareState::Never => "never",
            ShareState::OtherKind => "other-kind",
            ShareState::Expired => "expired",
            ShareState::ChildOnly => "child-only",
            ShareState::Withdrawn => "withdrawn",
            ShareState::Refused => "refused",
        }
    }
}

/// Consent to share was withdrawn (or refused) after the referral was sent: it stood otherwise
/// at sending (`then`) and stands withdrawn or refused now. The identifying items it shared are
/// then left out of its letter, and `referral show` warns: tell the agency.
pub fn withdrawn_after_sending(then: ShareState, now: ShareState) -> bool {
    let ended = |s| matches!(s, ShareState::Withdrawn | ShareState::Refused);
    !ended(then) && ended(now)
}

/// Consent to share with a recipient of `kind` at `at`, from the case's events (any order;
/// events after `at` are not read).
pub fn share_state(events: &[ShareConsent], kind: &str, at: Instant, is_child: bool) -> ShareState {
    let mut sorted: Vec<&ShareConsent> = events
        .iter()
        .filter(|e| e.at <= at && e.scopes.iter().any(|s| s == super::SHARE_SCOPE))
        .collect();
    sorted.sort_by_key(|e| e.at);
    let mut state = ShareState::Never;
    let mut guardian = false;
    let mut other_kind = false;
    let mut ends: Option<Instant> = None;
    for e in sorted {
        match e.kind {
            ConsentKind::Given => {
                if !e.recipients.is_empty() && !e.recipients.iter().any(|r| r == kind) {
                    other_kind = true;
                    continue;
                }
                guardian |= matches!(e.relation.as_deref(), Some("parent" | "guardian"));
                ends = e.ends;
                state = if !is_child || guardian {
                    ShareState::InForce
                } else {
                    ShareState::ChildOnly
                };
            }
            ConsentKind::Withdrawn => {
                guardian = false;
                other_kind = false;
                state = ShareState::Withdrawn;
            }
            ConsentKind::Refused => {
                guardian = false;
                other_kind = false;
                state = ShareState::Refused;
            }
        }
    }
    match state {
        ShareState::InForce | ShareState::ChildOnly if ends.is_some_and(|end| at >= end) => {
            ShareState::Expired
        }
        ShareState::Never if other_kind => ShareState::OtherKind,
        s => s,
    }
}
