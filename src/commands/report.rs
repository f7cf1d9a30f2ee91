//! `kasus report`: timelines, compliance, overdue steps, workload, summaries. Loads rows from the
//! register, asks `report::build` for the figures, and renders them.

use super::{resolve, Ctx};
use crate::cli::{ComplianceBy, ReportArgs, ReportCommand, ReportFilter};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::output;
use crate::register::flow_case::{self, FlowCase};
use crate::register::{reports, Register};
use crate::report::build::{self, TimelineAttempt};
use crate::report::period::{self, Period};
use serde_json::json;

struct Setup {
    reg: Register,
    zone: Zone,
    period: Period,
    sop: Option<String>,
}

fn setup(ctx: &Ctx, f: &ReportFilter) -> Result<Setup> {
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let period = match &f.period {
        Some(p) => period::parse_period(p, ctx.now, zone).map_err(Error::Usage)?,
        None => {
            period::parse_bounds(f.from.as_deref(), f.to.as_deref(), zone).map_err(Error::Usage)?
        }
    };
    let sop = match &f.sop {
        Some(code) => Some(resolve::sop(&reg, code)?.code),
        None => None,
    };
    Ok(Setup {
        reg,
        zone,
        period,
        sop,
    })
}

impl Setup {
    fn render(&self, mut sheet: crate::report::Sheet, f: &ReportFilter) -> Result<()> {
        let bound = |b: Option<Instant>| b.map(|x| json!(clock::to_rfc3339_local(x, self.zone)));
        sheet.extra.insert(
            "from".into(),
            bound(self.period.from).unwrap_or(json!(null)),
        );
        sheet
            .extra
            .insert("to".into(), bound(self.period.to).unwrap_or(json!(null)));
        sheet.extra.insert("sop".into(), json!(self.sop));
        output::render_sheet(&sheet, f.format, self.zone)
    }
}

pub fn run(ctx: &Ctx, a: ReportArgs) -> Result<()> {
    match a.report {
        ReportCommand::Case { case, filter } => {
            let s = setup(ctx, &filter)?;
            let c = resolve::case(&s.reg, &case)?;
            let FlowCase { sop, rows, .. } = flow_case::load(&s.reg, &c)?;
            let in_period = |at: &Option<String>| {
                at.as_deref()
                    .and_then(clock::from_db)
                    .is_none_or(|x| s.period.contains(x))
            };
            let rows: Vec<TimelineAttempt> = rows
                .into_iter()
                .filter(|r| in_period(&r.started_at.clone().or(r.finished_at.clone())))
                .map(|r| TimelineAttempt {
                    step_number: r.step_number,
                    attempt: r.attempt,
                    status: r.status,
                    started_at: r.started_at,
                    finished_at: r.finished_at,
                    elapsed_secs: r.elapsed_secs,
                    min: r.standard_min_secs,
                    max: r.standard_max_secs,
                    performer: r.performer,
                    reason: r.reason,
                    outcome: r.outcome,
                })
                .collect();
            let sheet = build::case_timeline(&c.number, &sop, &rows, ctx.now, s.zone);
            s.render(sheet, &filter)
        }
        ReportCommand::Compliance { filter, by } => {
            let s = setup(ctx, &filter)?;
            let (from, to) = s.period.db_bounds();
            let rows = reports::finished(&s.reg, from.as_deref(), to.as_deref(), s.sop.as_deref())?;
            let latest = reports::latest_sops(&s.reg)?;
            let sheet = build::compliance(&rows, by == Some(ComplianceBy::Staff), &latest);
            s.render(sheet, &filter)
        }
        ReportCommand::Overdue {
            filter,
            at,
            idle,
            fail_if_any,
        } => {
            let s = setup(ctx, &filter)?;
            let at =
                resolve::opt_time("--at", at.as_deref(), s.zone, ctx.now).or_else(|e| match at
                    .as_deref()
                {
                    // A future --at is allowed here: "what will be overdue by 17:00?"
                    Some(x) => clock::parse_local(x, s.zone).ok_or(e),
                    None => Err(e),
                })?;
            let running = reports::running(&s.reg, s.sop.as_deref())?;
            let activity = reports::open_case_activity(&s.reg, s.sop.as_deref())?;
            let sops = reports::sops_by_id(&s.reg)?;
            let holder = |r: &reports::Running| -> Option<String> {
                r.performer.clone().or_else(|| {
                    let roles = sops
                        .get(&r.sop_version_id)
                        .and_then(|sop| sop.step(r.step_number))
                        .map(|st| st.roles.clone())
                        .unwrap_or_default();
                    reports::holder(&s.reg, r.case_id, &roles).ok().flatten()
                })
            };
            let sheet = build::overdue(&running, &activity, at, idle, &holder, s.zone);
            let n = sheet.rows.len();
            s.render(sheet, &filter)?;
            if fail_if_any && n > 0 {
                return Err(Error::Alert(crate::tr!(
                    "{n} overdue step(s) or idle case(s)",
                    "{n} langkah lewat waktu atau kasus diam"
                )));
            }
            Ok(())
        }
        ReportCommand::Workload { filter } => {
            let s = setup(ctx, &filter)?;
            let staff = reports::staff_load(&s.reg, s.sop.as_deref())?;
            let running = reports::running(&s.reg, s.sop.as_deref())?;
            let sheet = build::workload(&staff, &running, ctx.now);
            s.render(sheet, &filter)
        }
        ReportCommand::Summary { filter } => {
            let s = setup(ctx, &filter)?;
            let (from, to) = s.period.db_bounds();
            let cases =
                reports::summary_cases(&s.reg, from.as_deref(), to.as_deref(), s.sop.as_deref())?;
            let sheet = build::summary(&cases, &s.period);
            s.render(sheet, &filter)
        }
    }
}

/// Reports only read: they need an existing register.
pub fn reads_only(_: &crate::cli::ReportArgs) -> bool {
    true
}
