//! Referrals (rujukan) and handovers (pelimpahan), the pure part: the statuses and which
//! transition each allows, what may be shared and which of it identifies the victim, whether
//! consent to share covers a recipient kind at a time, who may override it, which standard a
//! referral gets (by service and urgency), its response and completion times against it, and
//! the step attempt it is linked to. No database, clock or terminal inside: the register
//! stores referrals (`register::referrals`), the command loads, asks here, stores and prints.

pub mod consent;
pub mod figures;
pub mod letter;
pub mod link;
pub mod overrides;
pub mod standards;
pub mod time;

#[cfg(test)]
mod tests;

pub use consent::{share_state, withdrawn_after_sending, ShareConsent, ShareState};
pub use figures::{figures, Figures, Measured};
pub use time::{is_late, Standard, Timing};

/// The kinds of agency a unit refers to (the directory's `kind`).
pub const AGENCY_KINDS: &[&str] = &[
    "kesehatan",
    "kepolisian",
    "bantuan-hukum",
    "rehabilitasi-sosial",
    "rumah-aman",
    "uptd-ppa-lain",
    "lainnya",
];

/// What a referral may share (`--share`), in the order a letter prints them.
pub const SHARE: &[&str] = &[
    "identity",
    "contact",
    "chronology",
    "assessment",
    "violence",
];

/// The shared data that identifies the victim: sharing any of it needs consent to share
/// (`berbagi-informasi`) for the recipient's kind. `assessment` (urgency, risk) and `violence`
/// (types, place of incident) do not name anyone.
pub fn identifying(item: &str) -> bool {
    matches!(item, "identity" | "contact" | "chronology")
}

/// The consent scope a referral sharing identifying data needs.
pub const SHARE_SCOPE: &str = "berbagi-informasi";

/// A referral's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Sent,
    Accepted,
    Rejected,
    Done,
    Cancelled,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Sent => "sent",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "sent" => Status::Sent,
            "accepted" => Status::Accepted,
            "rejected" => Status::Rejected,
            "done" => Status::Done,
            "cancelled" => Status::Cancelled,
            _ => return None,
        })
    }

    /// Open: the agency has yet to answer, or to finish.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Sent | Status::Accepted)
    }
}

pub const STATUSES: &[&str] = &["sent", "accepted", "rejected", "done", "cancelled"];

/// What happens to a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Accept,
    Reject,
    Done,
    Cancel,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::Accept => "accept",
            Action::Reject => "reject",
            Action::Done => "done",
            Action::Cancel => "cancel",
        }
    }
}

/// Every action, in the order a referral meets them.
pub const ACTIONS: [Action; 4] = [Action::Accept, Action::Reject, Action::Done, Action::Cancel];

/// The actions `from` allows (none for a referral that moves no more).
pub fn allowed(from: Status) -> Vec<Action> {
    ACTIONS
        .into_iter()
        .filter(|a| transition(from, *a).is_some())
        .collect()
}

/// The status an action leads to from `from`, or `None` when it is not allowed: sent ->
/// accepted -> done, sent -> rejected, any open -> cancelled.
pub fn transition(from: Status, action: Action) -> Option<Status> {
    match (from, action) {
        (Status::Sent, Action::Accept) => Some(Status::Accepted),
        (Status::Sent, Action::Reject) => Some(Status::Rejected),
        (Status::Accepted, Action::Done) => Some(Status::Done),
        (s, Action::Cancel) if s.is_open() => Some(Status::Cancelled),
        _ => None,
    }
}
