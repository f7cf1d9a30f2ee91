//! `kasus case list`: the cases, found and filtered (`crate::search` for names and numbers).

use crate::cli::{CaseListFilter, CaseStatus, Emit};
use crate::clock;
use crate::clock::Zone;
use crate::commands::{resolve, Ctx};
use crate::error::{Error, Result};
use crate::output;
use crate::register::{cases, flow_case, reports, Register};
use crate::report::{col, Kind, Sheet};
use crate::text::{self, t};
use crate::vocab;
use serde_json::json;

use super::{local, short};

pub(super) fn list(ctx: &Ctx, f: &CaseListFilter, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let rows = listed(ctx, &reg, zone, f)?;
    let mut sop_codes = std::collections::HashMap::new();
    for c in &rows {
        if let std::collections::hash_map::Entry::Vacant(e) = sop_codes.entry(c.sop_version_id) {
            let v = reg.sop_by_id(c.sop_version_id)?;
            e.insert((v.code, v.version));
        }
    }
    if !sink.is_table() {
        let mut sheet = Sheet::list(
            "cases",
            vec![
                col("case_number", "case_number", Kind::Text),
                col("case_uuid", "case_uuid", Kind::Text),
                col("status", "status", Kind::Code),
                col("reported_at", "reported_at", Kind::Time),
                col("sop_code", "sop_code", Kind::Text),
                col("sop_version", "sop_version", Kind::Int),
                col("channel", "channel", Kind::Text),
                col("urgency", "urgency", Kind::Text),
                col("risk", "risk", Kind::Text),
                col("is_child", "is_child", Kind::Bool),
                col("external_ref", "external_ref", Kind::Text),
            ],
        );
        for c in &rows {
            sheet.rows.push(vec![
                json!(c.number),
                json!(c.uuid),
                json!(c.status),
                json!(local(Some(&c.reported_at), zone)),
                json!(sop_codes[&c.sop_version_id].0),
                json!(sop_codes[&c.sop_version_id].1),
                json!(c.channel),
                json!(c.urgency),
                json!(c.risk),
                json!(c.is_child),
                json!(c.external_ref),
            ]);
        }
        return sink.sheet(&sheet, zone);
    }
    let mut table = output::table(&[
        t("Case", "Kasus"),
        t("Status", "Status"),
        t("Reported", "Dilaporkan"),
        t("SOP", "SOP"),
        t("Channel", "Saluran"),
        t("Urgency", "Urgensi"),
        t("Child", "Anak"),
    ]);
    for c in &rows {
        table.add_row(vec![
            c.number.clone(),
            text::case_status_words(&c.status).to_string(),
            short(Some(&c.reported_at), zone),
            sop_codes[&c.sop_version_id].0.clone(),
            vocab::CHANNEL.label(&c.channel).to_string(),
            c.urgency.clone(),
            if c.is_child { t("yes", "ya") } else { "" }.to_string(),
        ]);
    }
    sink.grid(&table)
}

/// The cases with a running step past its standard, on its clock (as `report due` judges).
fn overdue_cases(reg: &Register, now: clock::Instant) -> Result<std::collections::HashSet<i64>> {
    let sops = reports::sops_by_id(reg)?;
    let clocks = reg.clocks()?;
    let pauses = reg.running_pauses()?;
    Ok(reports::running(reg, None)?
        .iter()
        .filter(|r| {
            crate::steptime::running(r, sops.get(&r.sop_version_id), &clocks, &pauses, now).over
        })
        .map(|r| r.case_id)
        .collect())
}

/// A case at step `n`: running it, or (nothing running) able to start it next.
fn at_step(reg: &Register, c: &cases::CaseRow, n: u32) -> Result<bool> {
    let fc = flow_case::load(reg, c)?;
    let pos = crate::flow::position(&fc.sop, &fc.attempts);
    Ok(match pos.running {
        Some(i) => fc.attempts[i].step_number == n,
        None => pos
            .startable(&fc.sop)
            .iter()
            .any(|&i| fc.sop.steps[i].number == n),
    })
}

/// The cases `case list` shows: the filter's conditions in the register, then a search over
/// case numbers and persons (`crate::search`). The text searched is never repeated in a
/// message.
fn listed(
    ctx: &Ctx,
    reg: &Register,
    zone: Zone,
    f: &CaseListFilter,
) -> Result<Vec<cases::CaseRow>> {
    let period = match &f.period {
        Some(p) => crate::report::period::parse_period(p, ctx.now, zone).map_err(Error::Usage)?,
        None => crate::report::period::parse_bounds(f.from.as_deref(), f.to.as_deref(), zone)
            .map_err(Error::Usage)?,
    };
    let (from, to) = period.db_bounds();
    let filter = cases::CaseFilter {
        status: f.status.map(|s| {
            match s {
                CaseStatus::Open => "open",
                CaseStatus::Closed => "closed",
            }
            .to_string()
        }),
        sop: match &f.sop {
            Some(code) => Some(resolve::sop(reg, code)?.code),
            None => None,
        },
        assignee: match &f.assignee {
            Some(name) => Some(resolve::staff(reg, name)?.id),
            None => None,
        },
        from,
        to,
        child: f.child.then_some(true),
        urgency: match &f.urgency {
            Some(u) => Some(resolve::vocab(&vocab::URGENCY, u)?.to_string()),
            None => None,
        },
        risk: match &f.risk {
            Some(r) => Some(resolve::vocab(&vocab::RISK, r)?.to_string()),
            None => None,
        },
    };
    let mut rows = reg.cases_filtered(&filter)?;
    if let Some(q) = f.search.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let found: std::collections::HashSet<i64> = super::find::matches(reg, rows.iter(), q)?
            .into_iter()
            .map(|m| m.case_id)
            .collect();
        rows.retain(|c| found.contains(&c.id));
    }
    if f.overdue {
        let over = overdue_cases(reg, ctx.now)?;
        rows.retain(|c| over.contains(&c.id));
    }
    if let Some(days) = f.idle {
        let limit = u64::from(days) * 86_400;
        let idle: std::collections::HashSet<i64> = reports::open_case_activity(reg, None)?
            .into_iter()
            .filter(|a| {
                clock::from_db(&a.last_activity)
                    .is_some_and(|t| crate::timing::elapsed_secs(t, ctx.now) >= limit)
            })
            .map(|a| a.case_id)
            .collect();
        rows.retain(|c| idle.contains(&c.id));
    }
    if let Some(n) = f.step {
        let mut kept = Vec::with_capacity(rows.len());
        for c in rows {
            if at_step(reg, &c, n)? {
                kept.push(c);
            }
        }
        rows = kept;
    }
    Ok(rows)
}
