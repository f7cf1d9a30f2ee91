//! The monthly report's model: every figure the page shows, computed by the functions behind
//! `report summary` ([`super::summary::count`]) and `report compliance`
//! ([`super::build::compliance_groups`]), so that the page and those reports cannot disagree.
//! Pure: the rows come in from the register, the page is drawn by [`super::html`].

use super::build::compliance_groups;
use super::period::Period;
use super::summary::{self, SummaryCounts};
use super::Basis;
use crate::clock::Zone;
use crate::register::reports::{Finished, Late, SummaryCase};
use crate::sop::Sop;
use crate::stats::{self, Group};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// A calendar month (the report's period).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("a month")
    }

    /// The month `n` months before this one.
    pub fn back(self, n: u32) -> Month {
        let index = self.year * 12 + self.month as i32 - 1 - n as i32;
        Month {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// "2026-11".
    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The month that `period` is exactly, when it is one whole calendar month of `zone`.
    pub fn of_period(period: &Period, zone: Zone) -> Option<Month> {
        let from = crate::clock::local_date(period.from?, zone);
        let m = Month {
            year: from.year(),
            month: from.month(),
        };
        let whole = from.day() == 1
            && period.to
                == Some(
                    crate::report::period::parse_period(&m.code(), period.from?, zone)
                        .ok()?
                        .to?,
                );
        whole.then_some(m)
    }
}

/// Referral figures (issue 16: referrals by status and the median response), from
/// `Register::referral_figures` for the month; None when the month has no referral (or the page
/// is of one SOP), and the page shows nothing for them.
#[derive(Debug, Clone, Default)]
pub struct ReferralFigures {
    /// Referrals sent in the month, whatever their status now.
    pub count: u64,
    /// Referrals by status code, in the order shown (`sent`: not answered yet).
    pub by_status: Vec<(String, u64)>,
    /// The median time from referral to the partner's response, in seconds.
    pub median_response_secs: Option<f64>,
}

/// One SOP step's compliance in the month: the same group `report compliance` prints a row of.
#[derive(Debug, Clone)]
pub struct StepCompliance {
    pub sop: String,
    pub step: u32,
    pub activity: String,
    pub group: Group,
}

impl StepCompliance {
    pub fn median(&self) -> Option<f64> {
        stats::median(&self.group.elapsed)
    }

    pub fn p90(&self) -> Option<u64> {
        stats::nearest_rank(&self.group.elapsed, 90)
    }
}

/// A SOP step's late attempts in the month, by case number (none when de-identified).
#[derive(Debug, Clone)]
pub struct LateStep {
    pub sop: String,
    pub step: u32,
    pub count: u64,
    /// The case numbers, each once, in order; empty when de-identified.
    pub cases: Vec<String>,
}

/// Everything the monthly page shows.
#[derive(Debug, Clone)]
pub struct Monthly {
    /// The office prefix of case numbers (the unit).
    pub unit: String,
    pub month: Month,
    pub sop: Option<String>,
    pub basis: Basis,
    pub counts: SummaryCounts,
    /// Cases open at the end of the month (now, while the month runs).
    pub open_at_end: u64,
    /// The month is still running: its figures are as of this day (YYYY-MM-DD).
    pub as_of: Option<String>,
    /// New cases (registered) in each of the twelve months ending with this one, oldest first.
    pub trend: Vec<(Month, u64)>,
    pub compliance: Vec<StepCompliance>,
    pub late: Vec<LateStep>,
    /// Issue 16's figures: None when the month has no referral.
    pub referrals: Option<ReferralFigures>,
    pub deidentified: bool,
    /// When the page was made (office time, for the footer).
    pub made_at: String,
}

impl ReferralFigures {
    /// The page's referral figures from the period's (`referral::figures`): the count by
    /// status, and the median response of those answered; None when no referral was sent.
    pub fn from(f: &crate::referral::Figures) -> Option<ReferralFigures> {
        let t = &f.total;
        (t.count > 0).then(|| ReferralFigures {
            count: t.count,
            by_status: vec![
                ("sent".into(), t.sent),
                ("accepted".into(), t.accepted),
                ("rejected".into(), t.rejected),
                ("done".into(), t.done),
                ("cancelled".into(), t.cancelled),
            ],
            median_response_secs: t.response_median_secs,
        })
    }
}

/// What the monthly report is computed from.
pub struct Input<'a> {
    pub unit: String,
    pub month: Month,
    pub sop: Option<String>,
    pub zone: Zone,
    /// The month's period and the twelve months' cases (`summary_cases` over the twelve months).
    pub period: Period,
    pub cases: &'a [SummaryCase],
    /// The twelve months' periods, oldest first.
    pub months: Vec<(Month, Period)>,
    pub finished: &'a [Finished],
    pub late: &'a [Late],
    pub sops: &'a BTreeMap<String, Sop>,
    pub open_at_end: u64,
    pub referrals: Option<ReferralFigures>,
    pub as_of: Option<String>,
    pub deidentified: bool,
    pub made_at: String,
}

pub fn build(i: Input) -> Monthly {
    let counts = summary::count(i.cases, &i.period, i.zone);
    let trend = i
        .months
        .iter()
        .map(|(m, p)| {
            (
                *m,
                summary::count(i.cases, p, i.zone).registered("total", "all"),
            )
        })
        .collect();
    let compliance = compliance_groups(i.finished.iter().cloned(), false)
        .into_iter()
        .map(|((sop, step, _), group)| StepCompliance {
            activity: i
                .sops
                .get(&sop)
                .and_then(|s| s.step(step))
                .map(|s| s.activity.clone())
                .unwrap_or_default(),
            sop,
            step,
            group,
        })
        .collect();
    let mut late: Vec<LateStep> = Vec::new();
    for l in i.late {
        let same = late
            .last()
            .is_some_and(|x| x.sop == l.sop_code && x.step == l.step_number);
        if !same {
            late.push(LateStep {
                sop: l.sop_code.clone(),
                step: l.step_number,
                count: 0,
                cases: Vec::new(),
            });
        }
        let entry = late.last_mut().expect("pushed");
        entry.count += 1;
        if !i.deidentified && !entry.cases.contains(&l.case_number) {
            entry.cases.push(l.case_number.clone());
        }
    }
    Monthly {
        unit: i.unit,
        month: i.month,
        sop: i.sop,
        basis: Basis::Working,
        counts,
        open_at_end: i.open_at_end,
        as_of: i.as_of,
        trend,
        compliance,
        late,
        referrals: i.referrals,
        deidentified: i.deidentified,
        made_at: i.made_at,
    }
}

impl Monthly {
    /// (on time, judged) over every step of the month.
    pub fn steps_on_time(&self) -> (u64, u64) {
        self.compliance.iter().fold((0, 0), |(o, j), s| {
            (o + s.group.on_time, j + s.group.judged)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_go_back_across_years() {
        let m = Month {
            year: 2026,
            month: 2,
        };
        assert_eq!(m.back(1).code(), "2026-01");
        assert_eq!(m.back(2).code(), "2025-12");
        assert_eq!(m.back(14).code(), "2024-12");
    }
}
