//! `kasus case list`: the cases, found and filtered (`crate::search` for names and numbers).

use crate::cli::{CaseListFilter, CaseStatus, Emit};
use crate::clock;
use crate::clock::Zone;
use crate::commands::{resolve, Ctx};
use crate::error::{Error, Result};
use crate::register::{cases, reports, Register};
use crate::report::{col, Kind, Sheet};
use crate::text::{self, t};
use crate::vocab;
use serde_json::json;
use std::collections::{HashMap, HashSet};

use super::{local, short};

pub(super) fn list(ctx: &Ctx, f: &CaseListFilter, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let listing = Listing::new(ctx, &reg, zone, f)?;
    // Every SOP version's code and number, read once (a few rows).
    let sop_codes = reg.sop_codes_by_id()?;
    let sop_of = |c: &cases::CaseRow| {
        sop_codes
            .get(&c.sop_version_id)
            .cloned()
            .unwrap_or_default()
    };
    // A merged register (issue 20): each case's office, first column, in every format. A
    // register of one office lists as it always did.
    let offices = if reg.several_offices()? {
        Some(reg.offices()?)
    } else {
        None
    };
    let office_of = |c: &cases::CaseRow| offices.as_ref().map(|o| o.label_of(c.origin.as_deref()));
    // The cases are read and written one at a time, never all kept (issue 19); a table piped
    // reads them twice (its columns are measured first).
    let capped = if !sink.is_table() {
        let mut columns = vec![
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
        ];
        if offices.is_some() {
            columns.insert(0, col("office", "office", Kind::Text));
        }
        let sheet = Sheet::list("cases", columns);
        sink.stream_list(&sheet, zone, |out| {
            listing.each(&reg, |c| {
                let (code, version) = sop_of(&c);
                let office = office_of(&c);
                let mut row = vec![
                    json!(c.number),
                    json!(c.uuid),
                    json!(c.status),
                    json!(local(Some(&c.reported_at), zone)),
                    json!(code),
                    json!(version),
                    json!(c.channel),
                    json!(c.urgency),
                    json!(c.risk),
                    json!(c.is_child),
                    json!(c.external_ref),
                ];
                if let Some(o) = office {
                    row.insert(0, json!(o));
                }
                out(row)
            })
        })?
    } else {
        let mut header = vec![
            t("Case", "Kasus"),
            t("Status", "Status"),
            t("Reported", "Dilaporkan"),
            t("SOP", "SOP"),
            t("Channel", "Saluran"),
            t("Urgency", "Urgensi"),
            t("Child", "Anak"),
        ];
        if offices.is_some() {
            header.insert(0, t("Office", "Kantor"));
        }
        sink.stream_grid(&header, &[], |out| {
            listing.each(&reg, |c| {
                let office = office_of(&c);
                let mut row = vec![
                    c.number.clone(),
                    text::case_status_words(&c.status).to_string(),
                    short(Some(&c.reported_at), zone),
                    sop_of(&c).0,
                    vocab::CHANNEL.label(&c.channel).to_string(),
                    c.urgency.clone(),
                    if c.is_child { t("yes", "ya") } else { "" }.to_string(),
                ];
                if let Some(o) = office {
                    row.insert(0, o);
                }
                out(row)
            })
        })?
    };
    if let Some((shown, total)) = capped {
        crate::say!(
            "{}",
            crate::tr!(
            "The first {shown} of {total} cases are shown at the terminal; --format csv (or a pipe, or --out FILE) gives every one, a filter (--status, --sop, --period, --search) fewer.",
            "{shown} kasus pertama dari {total} ditampilkan di terminal; --format csv (atau pipa, atau --out BERKAS) memberi semuanya, saringan (--status, --sop, --period, --search) lebih sedikit."
            )
        );
    }
    Ok(())
}

/// The cases with a running step past its standard, on its clock (as `report due` judges).
fn overdue_cases(reg: &Register, now: clock::Instant) -> Result<HashSet<i64>> {
    let mut over = HashSet::new();
    crate::open_work::OpenWork::new(reg)?.each(None, now, false, |r| {
        if r.measured.over {
            over.insert(r.run.case_id);
        }
        Ok(())
    })?;
    Ok(over)
}

/// A case at step `n`: running it, or (nothing running) able to start it next. Only the flow
/// is read (the case's attempts, read with the cases, and its SOP, each SOP version parsed once
/// per listing in `sops`), not the whole case as `flow_case::load` gives it.
fn at_step(
    reg: &Register,
    c: &cases::CaseRow,
    attempts: &[crate::register::steps::AttemptRow],
    n: u32,
    sops: &mut HashMap<i64, crate::sop::Sop>,
) -> Result<bool> {
    let sop = match sops.entry(c.sop_version_id) {
        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
        std::collections::hash_map::Entry::Vacant(e) => {
            e.insert(reg.sop_by_id(c.sop_version_id)?.sop()?)
        }
    };
    let sop = &*sop;
    let attempts: Vec<_> = attempts.iter().map(|r| r.flow()).collect();
    let pos = crate::flow::position(sop, &attempts);
    Ok(match pos.running {
        Some(i) => attempts[i].step_number == n,
        None => pos.startable(sop).iter().any(|&i| sop.steps[i].number == n),
    })
}

/// What `case list` keeps: the filter's conditions in the register, then a search over case
/// numbers and persons (`crate::search`), the overdue, the idle, the cases at a step. The sets
/// kept are of the cases found (the persons matched) or of open work (overdue, idle), never of
/// every case. The text searched is never repeated in a message.
struct Listing {
    filter: cases::CaseFilter,
    /// The search in lower case, and the cases of the persons it finds.
    search: Option<(String, HashSet<i64>)>,
    overdue: Option<HashSet<i64>>,
    idle: Option<HashSet<i64>>,
    step: Option<u32>,
}

impl Listing {
    fn new(ctx: &Ctx, reg: &Register, zone: Zone, f: &CaseListFilter) -> Result<Listing> {
        let period = match &f.period {
            Some(p) => {
                crate::report::period::parse_period(p, ctx.now, zone).map_err(Error::Usage)?
            }
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
        let search = match f.search.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => Some((q.to_lowercase(), super::find::person_cases(reg, q)?)),
            None => None,
        };
        let overdue = match f.overdue {
            true => Some(overdue_cases(reg, ctx.now)?),
            false => None,
        };
        let idle = match f.idle {
            Some(days) => {
                let limit = u64::from(days) * 86_400;
                let cut = crate::open_work::idle_cut(ctx.now, limit);
                let mut idle = HashSet::new();
                reports::each_open_case_activity(reg, None, cut.as_deref(), |a| {
                    if clock::from_db(&a.last_activity)
                        .is_some_and(|t| crate::timing::elapsed_secs(t, ctx.now) >= limit)
                    {
                        idle.insert(a.case_id);
                    }
                    Ok(())
                })?;
                Some(idle)
            }
            None => None,
        };
        Ok(Listing {
            filter,
            search,
            overdue,
            idle,
            step: f.step,
        })
    }

    /// Each case kept, in case order.
    fn each(&self, reg: &Register, mut f: impl FnMut(cases::CaseRow) -> Result<()>) -> Result<()> {
        let within =
            |set: &Option<HashSet<i64>>, id: i64| set.as_ref().is_none_or(|s| s.contains(&id));
        let kept = |c: &cases::CaseRow| {
            if let Some((q, persons)) = &self.search {
                if !persons.contains(&c.id) && !c.number.to_lowercase().contains(q.as_str()) {
                    return false;
                }
            }
            within(&self.overdue, c.id) && within(&self.idle, c.id)
        };
        let Some(n) = self.step else {
            return reg.each_case_filtered(&self.filter, |c| match kept(&c) {
                true => f(c),
                false => Ok(()),
            });
        };
        // `--step`: each case's attempts come with it, from one query.
        let mut sops = HashMap::new();
        reg.each_case_filtered_with_attempts(&self.filter, |c, attempts| {
            if kept(&c) && at_step(reg, &c, attempts, n, &mut sops)? {
                f(c)
            } else {
                Ok(())
            }
        })
    }
}
