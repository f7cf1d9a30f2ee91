//! The summary's counts, computed once: cases registered and closed in a period by Simfoni's
//! categories, and the cross tables the monthly report shows beside them. `report summary`
//! renders [`SummaryCounts`] as a sheet and `report monthly` as HTML: one computation, two
//! renderers. Pure: the rows come from `register::reports::summary_cases`.

use super::period::Period;
use super::simfoni;
use crate::clock::{self, Zone};
use crate::register::reports::SummaryCase;
use crate::vocab;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The dimensions `report summary` prints, in order (its rows' `dimension`).
pub const SUMMARY_DIMENSIONS: [&str; 7] = [
    "total",
    "violence",
    "victim_sex",
    "age_group",
    "channel",
    "place",
    "child",
];

/// Time from the incident to the report, in days, as the monthly report groups it.
pub const DELAYS: [&str; 7] = ["0", "1-3", "4-7", "8-30", "31-365", "365+", "unknown"];

fn delay_group(days: i64) -> &'static str {
    match days {
        ..=0 => "0",
        1..=3 => "1-3",
        4..=7 => "4-7",
        8..=30 => "8-30",
        31..=365 => "31-365",
        _ => "365+",
    }
}

/// Every category of a dimension, in a fixed order (zero rows are shown).
pub fn categories(dimension: &str) -> Vec<String> {
    let codes = |v: &vocab::Vocab| v.codes().into_iter().map(String::from).collect();
    match dimension {
        "total" => vec!["all".into()],
        "violence" => codes(&vocab::VIOLENCE),
        "victim_sex" => codes(&vocab::SEX),
        "age_group" => simfoni::AGE_GROUPS.iter().map(|g| g.to_string()).collect(),
        "channel" => codes(&vocab::CHANNEL),
        "place" => {
            let mut v: Vec<String> = codes(&vocab::PLACE);
            v.push("unknown".into());
            v
        }
        "child" => vec!["child".into(), "adult".into()],
        "relation" => {
            let mut v: Vec<String> = codes(&vocab::RELATION);
            v.push("unknown".into());
            v
        }
        "service" => codes(&vocab::SERVICE),
        "delay" => DELAYS.iter().map(|d| d.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// The counts of a period: (dimension, category) -> (registered, closed), and cross tables of
/// the cases registered: "age_sex" (age group x sex, "unknown" where not recorded) and
/// "violence_child" (violence type x child/adult), "violence_age" (violence type x age group).
#[derive(Debug, Clone, Default)]
pub struct SummaryCounts {
    pub cells: BTreeMap<(String, String), (u64, u64)>,
    pub cross: BTreeMap<(&'static str, String, String), u64>,
}

impl SummaryCounts {
    /// (registered, closed) of a category.
    pub fn get(&self, dimension: &str, category: &str) -> (u64, u64) {
        self.cells
            .get(&(dimension.to_string(), category.to_string()))
            .copied()
            .unwrap_or_default()
    }

    pub fn registered(&self, dimension: &str, category: &str) -> u64 {
        self.get(dimension, category).0
    }

    /// A cell of a cross table of the cases registered.
    pub fn cross(&self, table: &'static str, row: &str, column: &str) -> u64 {
        self.cross
            .get(&(table, row.to_string(), column.to_string()))
            .copied()
            .unwrap_or_default()
    }
}

/// Counts `cases` reported (registered) or closed in `period`. A case counts once under each of
/// its violence types, perpetrator relations and services; `zone` dates the report for the time
/// from the incident.
pub fn count(cases: &[SummaryCase], period: &Period, zone: Zone) -> SummaryCounts {
    let mut counter = Counter::new(period, zone);
    for c in cases {
        counter.add(c);
    }
    counter.finish()
}

/// The counts of [`count`], added to case by case as the cases are read (`report summary`
/// keeps no case).
pub struct Counter<'p> {
    period: &'p Period,
    zone: Zone,
    out: SummaryCounts,
}

impl<'p> Counter<'p> {
    pub fn new(period: &'p Period, zone: Zone) -> Counter<'p> {
        Counter {
            period,
            zone,
            out: SummaryCounts::default(),
        }
    }

    pub fn finish(self) -> SummaryCounts {
        self.out
    }

    /// Counts one case, if it was reported or closed in the period.
    pub fn add(&mut self, c: &SummaryCase) {
        let (period, zone, out) = (self.period, self.zone, &mut self.out);
        let in_period = |s: &str| clock::from_db(s).is_some_and(|t| period.contains(t));
        let reg = u64::from(in_period(&c.reported_at));
        let closed = u64::from(c.closed_at.as_deref().is_some_and(in_period));
        if reg + closed == 0 {
            return;
        }
        let age = c.victim_age.map(|a| simfoni::age_group(a.into()));
        let child = if c.is_child { "child" } else { "adult" };
        let mut keys: Vec<(&'static str, String)> = vec![("total", "all".into())];
        keys.extend(c.violence.iter().map(|v| ("violence", v.clone())));
        if let Some(s) = &c.victim_sex {
            keys.push(("victim_sex", s.clone()));
        }
        if let Some(a) = age {
            keys.push(("age_group", a.into()));
        }
        keys.push(("channel", c.channel.clone()));
        keys.push(("place", c.place.clone().unwrap_or_else(|| "unknown".into())));
        keys.push(("child", child.into()));
        let mut relations: Vec<String> = c
            .relations
            .iter()
            .map(|r| r.clone().unwrap_or_else(|| "unknown".into()))
            .collect();
        relations.sort();
        relations.dedup();
        keys.extend(relations.into_iter().map(|r| ("relation", r)));
        keys.extend(c.services.iter().map(|s| ("service", s.clone())));
        let delay = match (
            c.incident_date
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok()),
            clock::from_db(&c.reported_at),
        ) {
            (Some(i), Some(r)) => delay_group((clock::local_date(r, zone) - i).num_days()),
            _ => "unknown",
        };
        keys.push(("delay", delay.into()));
        for (d, k) in keys {
            let e = out.cells.entry((d.to_string(), k)).or_default();
            e.0 += reg;
            e.1 += closed;
        }
        if reg == 0 {
            return;
        }
        let sex = c.victim_sex.clone().unwrap_or_else(|| "unknown".into());
        let age = age.unwrap_or("unknown").to_string();
        *out.cross.entry(("age_sex", age.clone(), sex)).or_default() += 1;
        for v in &c.violence {
            *out.cross
                .entry(("violence_child", v.clone(), child.into()))
                .or_default() += 1;
            *out.cross
                .entry(("violence_age", v.clone(), age.clone()))
                .or_default() += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(reported: &str, incident: Option<&str>, violence: &[&str]) -> SummaryCase {
        SummaryCase {
            reported_at: reported.into(),
            closed_at: None,
            channel: "telepon".into(),
            place: None,
            is_child: true,
            victim_sex: Some("P".into()),
            victim_age: Some(9),
            violence: violence.iter().map(|v| v.to_string()).collect(),
            incident_date: incident.map(String::from),
            relations: vec![Some("guru".into()), None, Some("guru".into())],
            services: vec!["kesehatan".into()],
        }
    }

    #[test]
    fn counts_categories_cross_tables_and_delays() {
        let zone = Zone::parse("+07:00").unwrap();
        let period = Period::ALL;
        let cases = [
            case(
                "2026-03-02T01:00:00Z",
                Some("2026-03-02"),
                &["fisik", "psikis"],
            ),
            case("2026-03-02T01:00:00Z", Some("2026-02-20"), &["fisik"]),
            case("2026-03-02T01:00:00Z", None, &[]),
        ];
        let c = count(&cases, &period, zone);
        assert_eq!(c.registered("total", "all"), 3);
        assert_eq!(c.registered("violence", "fisik"), 2);
        assert_eq!(c.registered("relation", "guru"), 3, "once per case");
        assert_eq!(c.registered("relation", "unknown"), 3);
        assert_eq!(c.registered("delay", "0"), 1);
        assert_eq!(c.registered("delay", "8-30"), 1);
        assert_eq!(c.registered("delay", "unknown"), 1);
        assert_eq!(c.cross("age_sex", "6-12", "P"), 3);
        assert_eq!(c.cross("violence_child", "fisik", "child"), 2);
        assert_eq!(c.cross("violence_age", "psikis", "6-12"), 1);
        assert_eq!(categories("place").last().unwrap(), "unknown");
    }
}
