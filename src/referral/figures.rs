//! The referral figures of a period (`report referrals`, and the monthly report's referral
//! section): per agency kind and in total, the count by status, the response and completion
//! times (median and maximum, share within the standard), the share done, the late ones, the
//! consent overrides. Pure: the referrals come in measured ([`Measured`]).

use super::{Status, Timing};
use serde::Serialize;

/// One referral as the figures read it.
#[derive(Debug, Clone)]
pub struct Measured {
    pub id: i64,
    pub case_number: String,
    pub agency_kind: String,
    pub status: Status,
    pub response: Timing,
    pub completion: Timing,
    pub overridden: bool,
    pub handover: bool,
}

/// The figures of one group (an agency kind, or all).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Group {
    pub agency_kind: String,
    pub count: u64,
    pub sent: u64,
    pub accepted: u64,
    pub rejected: u64,
    pub done: u64,
    pub cancelled: u64,
    /// Completed: done, or a handover accepted (its acceptance is its completion).
    pub completed: u64,
    pub handovers: u64,
    /// Answered (accepted or rejected, whatever came after): their response times.
    pub answered: u64,
    pub response_median_secs: Option<f64>,
    pub response_max_secs: Option<u64>,
    /// Of the answered, the share answered within the response standard.
    pub response_on_time_share: Option<f64>,
    pub completion_median_secs: Option<f64>,
    pub completion_max_secs: Option<u64>,
    /// Of the completed (done, or a handover accepted), the share within the completion
    /// standard.
    pub completion_on_time_share: Option<f64>,
    /// Completed (done, or a handover accepted), of those not cancelled.
    pub done_share: Option<f64>,
    pub late: u64,
    pub consent_overrides: u64,
}

/// A late referral, by its ID and case number only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Late {
    pub id: i64,
    pub case_number: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// One group per agency kind with referrals, in the directory's order of kinds.
    pub by_kind: Vec<Group>,
    pub total: Group,
    pub late: Vec<Late>,
}

fn share(part: u64, of: u64) -> Option<f64> {
    (of > 0).then(|| part as f64 / of as f64)
}

fn group(kind: &str, rows: &[&Measured]) -> Group {
    let mut g = Group {
        agency_kind: kind.to_string(),
        count: rows.len() as u64,
        ..Default::default()
    };
    let mut response: Vec<u64> = Vec::new();
    let mut response_on_time = 0;
    let mut completion: Vec<u64> = Vec::new();
    let mut completion_on_time = 0;
    let mut done = 0;
    for r in rows {
        match r.status {
            Status::Sent => g.sent += 1,
            Status::Accepted => g.accepted += 1,
            Status::Rejected => g.rejected += 1,
            Status::Done => g.done += 1,
            Status::Cancelled => g.cancelled += 1,
        }
        g.handovers += u64::from(r.handover);
        g.consent_overrides += u64::from(r.overridden);
        let answered = matches!(r.status, Status::Accepted | Status::Rejected | Status::Done);
        if answered && !r.response.open {
            response.push(r.response.secs);
            response_on_time += u64::from(!r.response.over);
        }
        let completed = super::time::completed(r.status, r.handover);
        if completed && !r.completion.open {
            completion.push(r.completion.secs);
            completion_on_time += u64::from(!r.completion.over);
        }
        done += u64::from(completed);
        g.late += u64::from(r.response.late || r.completion.late);
    }
    response.sort_unstable();
    completion.sort_unstable();
    g.answered = response.len() as u64;
    g.response_median_secs = crate::stats::median(&response);
    g.response_max_secs = response.last().copied();
    g.response_on_time_share = share(response_on_time, g.answered);
    g.completion_median_secs = crate::stats::median(&completion);
    g.completion_max_secs = completion.last().copied();
    g.completion_on_time_share = share(completion_on_time, completion.len() as u64);
    g.completed = done;
    g.done_share = share(done, g.count - g.cancelled);
    g
}

/// The figures of these referrals.
pub fn figures(rows: &[Measured]) -> Figures {
    let by_kind = super::AGENCY_KINDS
        .iter()
        .filter_map(|k| {
            let of: Vec<&Measured> = rows.iter().filter(|r| r.agency_kind == *k).collect();
            (!of.is_empty()).then(|| group(k, &of))
        })
        .collect();
    let all: Vec<&Measured> = rows.iter().collect();
    Figures {
        by_kind,
        total: group("all", &all),
        late: rows
            .iter()
            .filter(|r| r.response.late || r.completion.late)
            .map(|r| Late {
                id: r.id,
                case_number: r.case_number.clone(),
            })
            .collect(),
    }
}
