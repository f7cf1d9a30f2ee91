//! `kasus step pause|resume`: stops a running step's clock while it waits on the victim,
//! another agency or documents, and starts it again. The rules are in `flow::pause`; the
//! pauses are stored (append-only) by `register::pauses`.

use super::{load, Loaded};
use crate::clock::{self, Instant};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::flow::pause;
use crate::output;
use crate::register::pauses::{self, NewPause};
use crate::text::t;
use crate::timing::Pause;
use crate::vocab;

impl Loaded {
    /// The pauses of the running attempt (none when nothing runs).
    pub(super) fn running_pauses(&self) -> Result<Vec<Pause>> {
        Ok(match self.pos.running {
            Some(i) => pauses::spans(&self.reg.step_pauses(self.case.id)?, self.rows[i].id),
            None => Vec::new(),
        })
    }

    fn step_number(&self, i: usize) -> u32 {
        self.attempts[i].step_number
    }
}

/// `--reason`, in the pause reasons' list (the message names the list, never the input).
pub fn reason(input: &str) -> Result<&'static str> {
    vocab::PAUSE_REASON
        .parse(input)
        .map_err(|m| Error::Invalid(format!("--reason: {m}")))
}

/// Pauses the running step of `case` at `at` (None: now).
pub fn pause(
    ctx: &Ctx,
    case: &str,
    reason_input: &str,
    note: Option<&str>,
    at: Option<&str>,
) -> Result<()> {
    let reason = reason(reason_input)?;
    crate::field::check_opt("--note", crate::field::Field::Text, note)?;
    let mut l = load(ctx, case)?;
    let at = l.at(ctx, at)?;
    let spans = l.running_pauses()?;
    let i = pause::can_pause(&l.pos, |i| l.step_number(i), &spans, at).map_err(|r| l.refused(r))?;
    let row = l.rows[i].clone();
    pauses::record_pause(
        &mut l.reg,
        &l.fc.case,
        &l.fc.fingerprint,
        &row,
        &NewPause {
            reason,
            note: note.map(str::trim).filter(|n| !n.is_empty()),
            at: &clock::to_db(at),
        },
        &ctx.now_db(),
        &ctx.actor,
    )?;
    output::print(&crate::tr!(
        "{} paused step {} at {} ({}): its clock is stopped until `kasus step resume {}`",
        "{} menjeda langkah {} pada {} ({}): jamnya berhenti sampai `kasus step resume {}`",
        l.case.number,
        row.step_number,
        clock::to_local_short(at, l.zone),
        vocab::PAUSE_REASON.label(reason),
        l.case.number
    ))
}

/// Resumes the paused step of `case` at `at` (None: now).
pub fn resume(ctx: &Ctx, case: &str, at: Option<&str>) -> Result<()> {
    let mut l = load(ctx, case)?;
    let at = l.at(ctx, at)?;
    let spans = l.running_pauses()?;
    let i =
        pause::can_resume(&l.pos, |i| l.step_number(i), &spans, at).map_err(|r| l.refused(r))?;
    let row = l.rows[i].clone();
    pauses::record_resume(
        &mut l.reg,
        &l.fc.case,
        &l.fc.fingerprint,
        &row,
        &clock::to_db(at),
        &ctx.now_db(),
        &ctx.actor,
    )?;
    let since = spans.iter().find(|p| p.to.is_none()).map(|p| p.from);
    output::print(&format!(
        "{} {} {}{}",
        l.case.number,
        t("resumed step", "melanjutkan langkah"),
        row.step_number,
        since.map_or(String::new(), |s: Instant| format!(
            " ({} {})",
            t("paused since", "dijeda sejak"),
            clock::to_local_short(s, l.zone)
        ))
    ))
}
