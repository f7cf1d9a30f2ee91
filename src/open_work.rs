//! The open work of the register, measured: each running step of an open case on its clock at
//! an instant, its pauses taken off (`steptime::running`), with who holds it when asked. The one
//! piece behind `report overdue|due|workload`, `case list --overdue` and the status view. The
//! steps come one at a time from `register::reports::each_running` (through the partial index
//! of running steps); the SOP versions, the office calendar and the running steps' pauses are
//! read once, before.

use crate::clock::Instant;
use crate::error::Result;
use crate::register::pauses::PauseRow;
use crate::register::reports::Running;
use crate::register::{assignments, reports, Register};
use crate::report::RunningStep;
use crate::sop::Sop;
use crate::steptime;
use crate::timing::Clocks;
use std::collections::{BTreeMap, HashMap};

/// What measuring the running steps needs, read once.
pub struct OpenWork<'r> {
    reg: &'r Register,
    sops: BTreeMap<i64, Sop>,
    clocks: Clocks,
    /// The pauses of the running steps, by attempt.
    pauses: HashMap<i64, Vec<PauseRow>>,
}

impl<'r> OpenWork<'r> {
    pub fn new(reg: &'r Register) -> Result<OpenWork<'r>> {
        let mut pauses: HashMap<i64, Vec<PauseRow>> = HashMap::new();
        for p in reg.running_pauses()? {
            pauses.entry(p.attempt_id).or_default().push(p);
        }
        Ok(OpenWork {
            reg,
            sops: reports::sops_by_id(reg)?,
            clocks: reg.clocks()?,
            pauses,
        })
    }

    /// A SOP version by id (every version is read once).
    pub fn sop(&self, version_id: i64) -> Option<&Sop> {
        self.sops.get(&version_id)
    }

    /// Each running step of an open case (of the SOP `sop`), in order of start, measured at
    /// `at`; with `holders`, who holds it (its performer, else the staff assigned to its step's
    /// role; none for a step done only outside the unit).
    pub fn each(
        &self,
        sop: Option<&str>,
        at: Instant,
        holders: bool,
        mut f: impl FnMut(RunningStep) -> Result<()>,
    ) -> Result<()> {
        reports::each_running(self.reg, sop, |run| {
            let sop = self.sops.get(&run.sop_version_id);
            let pauses = self
                .pauses
                .get(&run.attempt.id)
                .map_or(&[][..], Vec::as_slice);
            let measured = steptime::running(&run, sop, &self.clocks, pauses, at);
            let holder = match holders {
                true => self.holder(&run)?,
                false => None,
            };
            f(RunningStep {
                run,
                measured,
                holder,
            })
        })
    }

    /// Who holds a running step: its performer, else the staff assigned to its step's role in
    /// its case (none for a step done only outside the unit).
    pub fn holder(&self, run: &Running) -> Result<Option<String>> {
        if let Some(p) = &run.performer {
            return Ok(Some(p.clone()));
        }
        let sop = self.sops.get(&run.sop_version_id);
        let step = sop.and_then(|sop| Some((sop, sop.step(run.step_number)?)));
        let roles = step.map(|(_, st)| st.roles.clone()).unwrap_or_default();
        if step.is_some_and(|(sop, st)| assignments::only_outside(sop, st)) {
            return Ok(None);
        }
        reports::holder(self.reg, run.case_id, &roles)
    }

    /// [`OpenWork::each`], gathered (the running steps are open work: a few thousand at most).
    pub fn all(&self, sop: Option<&str>, at: Instant, holders: bool) -> Result<Vec<RunningStep>> {
        let mut out = Vec::new();
        self.each(sop, at, holders, |r| {
            out.push(r);
            Ok(())
        })?;
        Ok(out)
    }
}

/// The idle cut-off of `idle` seconds before `at`, as stored (`register::reports`'s
/// `each_open_case_activity` keeps only the cases last active at or before it): none for 0
/// (a time after `at` counts as idle for 0 seconds too) or past the calendar's range, when
/// every open case is read and judged.
pub fn idle_cut(at: Instant, idle: u64) -> Option<String> {
    if idle == 0 {
        return None;
    }
    let secs = i64::try_from(idle).ok()?;
    let cut = at.checked_sub_signed(chrono::TimeDelta::try_seconds(secs)?)?;
    Some(crate::clock::to_db(cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_idle_cut_is_the_stored_time_idle_seconds_before() {
        let at = crate::clock::from_db("2026-12-01T03:00:00Z").unwrap();
        assert_eq!(
            idle_cut(at, 7 * 86_400).as_deref(),
            Some("2026-11-24T03:00:00Z")
        );
        assert_eq!(idle_cut(at, 0), None);
        assert_eq!(idle_cut(at, u64::from(u32::MAX) * 86_400), None);
    }
}
