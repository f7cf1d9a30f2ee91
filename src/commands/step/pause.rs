//! `kasus step pause|resume`: stops a running step's clock while it waits on the victim,
//! another agency or documents, and starts it again. The rules are in `flow::pause`; the
//! pauses are stored (append-only) by `register::pauses`.

use super::{load, Loaded};
use crate::cli::WriteOut;
use crate::clock::{self, Instant};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::flow::pause;
use crate::output;
use crate::register::pauses::{self, NewPause};
use crate::text::t;
use crate::timing::Pause;
use crate::vocab;
use serde_json::json;

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
    pause_as(ctx, case, reason_input, note, at, WriteOut::default())
}

/// [`pause`], printing the paused attempt as JSON with `--format json`.
pub fn pause_as(
    ctx: &Ctx,
    case: &str,
    reason_input: &str,
    note: Option<&str>,
    at: Option<&str>,
    write: WriteOut,
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
    if write.json() {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        return attempt_json(
            &l,
            &row.uuid,
            json!({"pause": {
                "reason": reason, "note": note,
                "paused_at": clock::to_rfc3339_local(at, l.zone), "resumed_at": null,
            }}),
        );
    }
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
    resume_as(ctx, case, at, WriteOut::default())
}

/// [`resume`], printing the resumed attempt as JSON with `--format json`.
pub fn resume_as(ctx: &Ctx, case: &str, at: Option<&str>, write: WriteOut) -> Result<()> {
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
    if write.json() {
        return attempt_json(
            &l,
            &row.uuid,
            json!({"pause": {
                "paused_at": since.map(|s| clock::to_rfc3339_local(s, l.zone)),
                "resumed_at": clock::to_rfc3339_local(at, l.zone),
            }}),
        );
    }
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

/// The attempt `uuid` as `export steps` writes it, with `extra` keys: a write's `--format json`.
fn attempt_json(l: &Loaded, uuid: &str, extra: serde_json::Value) -> Result<()> {
    crate::commands::record::print(
        &l.reg,
        &crate::register::export::STEPS,
        "step_uuid",
        uuid,
        l.zone,
        extra,
    )
}
