//! `kasus step void`: an attempt recorded by mistake (a skip of a step that was needed, the
//! wrong decision, a step started on the wrong case) is voided, with the reason. Only the
//! case's latest attempt: the flow goes back to where it stood before it, and the steps
//! recorded after an earlier one stay in order. The attempt is kept, marked void, and its
//! change of status is a correction (`corrections`), so the original stays visible.

use super::{load, Loaded};
use crate::cli::WriteOut;
use crate::commands::{reason, Ctx};
use crate::error::{Error, Result};
use crate::flow;
use crate::output;
use crate::register::steps::AttemptRow;
use crate::text::{self, t};

/// What was asked on the command line.
pub(super) struct Asked<'a> {
    pub case: &'a str,
    pub step: u32,
    pub attempt: Option<u32>,
    pub reason: Option<&'a str>,
}

/// How an attempt reads in a message: "step 6 (attempt 1, skipped)".
fn named(row: &AttemptRow) -> String {
    let what = match (row.status.as_str(), row.outcome.as_deref()) {
        ("running", _) => t("running", "berjalan"),
        (_, Some(o)) => text::code_words(o),
        _ => text::code_words(&row.status),
    };
    crate::tr!(
        "step {} (attempt {}, {})",
        "langkah {} (percobaan {}, {})",
        row.step_number,
        row.attempt,
        what
    )
}

/// The attempt to void: `--attempt` of step `step`, else that step's latest, voided ones
/// included (so that the same command run twice is refused the second time instead of voiding
/// the record before); it must not be void already, and must be the case's latest record.
fn pick(l: &Loaded, step: u32, attempt: Option<u32>) -> Result<AttemptRow> {
    let number = &l.case.number;
    if l.sop.step(step).is_none() {
        let steps: Vec<String> = l.sop.steps.iter().map(|s| s.number.to_string()).collect();
        return Err(Error::Invalid(crate::tr!(
            "SOP {} has no step {step}; its steps are {}",
            "SOP {} tidak punya langkah {step}; langkahnya: {}",
            l.sop.code,
            steps.join(", ")
        )));
    }
    let all = l.fc.all_rows();
    let of_step: Vec<&AttemptRow> = all.iter().filter(|r| r.step_number == step).collect();
    let found = match attempt {
        Some(n) => of_step.iter().copied().find(|r| r.attempt == n),
        None => of_step.iter().copied().max_by_key(|r| r.attempt),
    };
    let Some(row) = found else {
        let known: Vec<String> = of_step.iter().map(|r| r.attempt.to_string()).collect();
        return Err(Error::Invalid(if known.is_empty() {
            crate::tr!(
                "case {number} has no attempt of step {step} recorded: nothing to void",
                "kasus {number} belum punya catatan langkah {step}: tidak ada yang dibatalkan"
            )
        } else {
            crate::tr!(
                "case {number} has no attempt {} of step {step}; its attempts: {}",
                "kasus {number} tidak punya percobaan {} langkah {step}; percobaannya: {}",
                attempt.unwrap_or_default(),
                known.join(", ")
            )
        }));
    };
    if row.is_void() {
        // The step's latest attempt that still counts, to name with --attempt.
        let counting = of_step
            .iter()
            .filter(|r| !r.is_void())
            .map(|r| r.attempt)
            .max()
            .map(|n| {
                crate::tr!(
                    "; its attempt {n} still counts (`--attempt {n}`)",
                    "; percobaan {n}-nya masih berlaku (`--attempt {n}`)"
                )
            })
            .unwrap_or_default();
        return Err(Error::Refused(crate::tr!(
            "step {} (attempt {}) of case {number} is void already (see its correction in \
             `kasus case show {number}`){counting}: nothing was changed",
            "langkah {} (percobaan {}) kasus {number} sudah dibatalkan (lihat koreksinya di \
             `kasus case show {number}`){counting}: tidak ada yang diubah",
            row.step_number,
            row.attempt
        )));
    }
    let last = l.rows.last().filter(|last| last.id != row.id);
    if let Some(last) = last {
        return Err(Error::Refused(crate::tr!(
            "only the latest record of a case can be voided: {} of case {number} was recorded after {}. \
             Void that first (`kasus step void {number} --step {} --attempt {} --reason TEXT`), or correct this \
             one's times, performer or output with `kasus step correct`; nothing was changed",
            "hanya catatan terakhir kasus yang dapat dibatalkan: {} kasus {number} dicatat sesudah {}. \
             Batalkan itu dulu (`kasus step void {number} --step {} --attempt {} --reason ALASAN`), atau koreksi \
             waktu, pelaksana atau hasil yang ini dengan `kasus step correct`; tidak ada yang diubah",
            named(last),
            named(row),
            last.step_number,
            last.attempt
        )));
    }
    Ok(row.clone())
}

/// Where the case stands once attempt `row` is void, as `case show` says it.
struct Stands {
    /// The step running again.
    running: Option<u32>,
    /// The steps that may start next (none: every step is done, or the flow ended).
    next: Vec<u32>,
    /// The gate whose refused consent ends the flow.
    ended_at: Option<u32>,
}

fn back_at(l: &Loaded, row: &AttemptRow) -> Stands {
    let rest: Vec<flow::Attempt> = l
        .rows
        .iter()
        .zip(&l.attempts)
        .filter(|(r, _)| r.id != row.id)
        .map(|(_, a)| a.clone())
        .collect();
    let pos = flow::position(&l.sop, &rest);
    let running = pos.running.map(|r| rest[r].step_number);
    let ended_at = flow::ended_by_refusal(&l.sop, &rest, &l.consents, l.case.is_child)
        .map(|gate| gate.number)
        .filter(|_| running.is_none());
    let next = match ended_at {
        Some(_) => Vec::new(),
        None => pos
            .startable(&l.sop)
            .iter()
            .map(|&s| l.sop.steps[s].number)
            .collect(),
    };
    Stands {
        running,
        next,
        ended_at,
    }
}

/// [`back_at`] as people read it.
fn back_at_words(s: &Stands) -> String {
    let (running, next) = (s.running, &s.next);
    if let Some(n) = running {
        return crate::tr!("step {n} is running again", "langkah {n} berjalan lagi");
    }
    if let Some(gate) = s.ended_at {
        return crate::tr!(
            "the flow ends at step {gate}, where consent stands refused",
            "alur berhenti di langkah {gate}, tempat persetujuan ditolak"
        );
    }
    if next.is_empty() {
        return t("every step is done", "semua langkah selesai").to_string();
    }
    let next: Vec<String> = next.iter().map(u32::to_string).collect();
    crate::tr!("next: step {}", "berikutnya: langkah {}", next.join(" / "))
}

pub(super) fn void(ctx: &Ctx, a: &Asked, write: WriteOut) -> Result<()> {
    crate::field::check_opt("--reason", crate::field::Field::Text, a.reason)?;
    if !ctx.interactive && a.reason.is_none() {
        // Said before anything is read: a script learns it at once.
        return reason::required(ctx, None).map(|_| ());
    }
    let mut l = load(ctx, a.case)?;
    let row = pick(&l, a.step, a.attempt)?;
    let stands = back_at(&l, &row);
    if ctx.interactive && a.reason.is_none() {
        // What is about to be voided, before the question that does it.
        crate::say!(
            "{}",
            crate::tr!(
                "{}: voiding {}",
                "{}: membatalkan {}",
                l.case.number,
                named(&row)
            )
        );
    }
    let reason = reason::required(ctx, a.reason)?;
    let now = ctx.now_db();
    l.reg.void_attempt(
        &l.fc.case,
        &l.fc.fingerprint,
        &row,
        &reason,
        &now,
        &ctx.actor,
    )?;
    if write.json() {
        // The attempt as voided, and where the case now stands.
        return super::super::record::print(
            &l.reg,
            &crate::register::export::STEPS,
            "step_uuid",
            &row.uuid,
            l.zone,
            serde_json::json!({
                "running_step": stands.running,
                "next_steps": stands.next,
                "flow_ended_at": stands.ended_at,
            }),
        );
    }
    output::print(&crate::tr!(
        "{}: {} voided; {}",
        "{}: {} dibatalkan; {}",
        l.case.number,
        named(&row),
        back_at_words(&stands)
    ))
}
