//! `kasus step correct`: a recorded attempt's start, finish, performer or output corrected, with
//! the reason. The corrected times keep the flow's rules (`flow::CaseFlow::can_correct`: in
//! order, no overlap, pauses inside, the consent the step needed) and are not in the future; a
//! finished attempt is measured again by the rule `step finish` and `calendar recompute` use
//! (`steptime::remeasure`, with the office calendar in force). The values before and after are
//! kept in `corrections`, so the original and every correction stay visible.

use super::{attempt_json, load, Loaded};
use crate::cli::WriteOut;
use crate::clock::{self, Instant};
use crate::commands::{reason, Ctx};
use crate::error::{Error, Result};
use crate::field::{check_opt, Field};
use crate::flow::Times;
use crate::output;
use crate::register::pauses;
use crate::register::step_correct::{self, AttemptFix};
use crate::steptime;
use crate::text::{self, t};

/// What was asked on the command line.
pub(super) struct Asked<'a> {
    pub case: &'a str,
    pub step: u32,
    pub attempt: Option<u32>,
    pub started_at: Option<&'a str>,
    pub finished_at: Option<&'a str>,
    pub by: Option<&'a str>,
    pub output: Option<&'a str>,
    pub reason: Option<&'a str>,
}

/// The attempt `a.attempt` of step `a.step` (else that step's latest), by index.
fn pick(l: &Loaded, step: u32, attempt: Option<u32>) -> Result<usize> {
    let of_step: Vec<usize> = (0..l.rows.len())
        .filter(|&i| l.rows[i].step_number == step)
        .collect();
    let found = match attempt {
        Some(n) => of_step.iter().copied().find(|&i| l.rows[i].attempt == n),
        None => of_step.iter().copied().max_by_key(|&i| l.rows[i].attempt),
    };
    found.ok_or_else(|| {
        let known: Vec<String> = of_step
            .iter()
            .map(|&i| l.rows[i].attempt.to_string())
            .collect();
        Error::Invalid(if known.is_empty() {
            crate::tr!(
                "case {} has no attempt of step {step} recorded: nothing to correct",
                "kasus {} belum punya catatan langkah {step}: tidak ada yang dikoreksi",
                l.case.number
            )
        } else {
            crate::tr!(
                "case {} has no attempt {} of step {step}; its attempts: {}",
                "kasus {} tidak punya percobaan {} langkah {step}; percobaannya: {}",
                l.case.number,
                attempt.unwrap_or_default(),
                known.join(", ")
            )
        })
    })
}

/// One field kept when its value changes.
fn field(
    fields: &mut Vec<step_correct::Field>,
    name: &'static str,
    before: Option<String>,
    after: Option<String>,
) {
    if before != after {
        fields.push(step_correct::Field {
            name,
            before,
            after,
        });
    }
}

pub(super) fn correct(ctx: &Ctx, a: &Asked, write: WriteOut) -> Result<()> {
    check_opt("--by", Field::Name, a.by)?;
    check_opt("--output", Field::Text, a.output)?;
    check_opt("--reason", Field::Text, a.reason)?;
    if a.started_at.is_none() && a.finished_at.is_none() && a.by.is_none() && a.output.is_none() {
        return Err(Error::Usage(
            t(
                "say what to correct: --started-at, --finished-at, --by or --output",
                "sebutkan yang dikoreksi: --started-at, --finished-at, --by atau --output",
            )
            .into(),
        ));
    }
    if !ctx.interactive && a.reason.is_none() {
        // Said before anything is read: a script learns it at once.
        return reason::required(ctx, None).map(|_| ());
    }
    let mut l = load(ctx, a.case)?;
    let i = pick(&l, a.step, a.attempt)?;
    let row = l.rows[i].clone();
    let step = l.step_of(i)?;
    let time = |flag: &str, input: Option<&str>| -> Result<Option<Instant>> {
        input.map(|s| l.at_flag(ctx, flag, Some(s))).transpose()
    };
    let times = Times {
        started_at: time("--started-at", a.started_at)?,
        finished_at: time("--finished-at", a.finished_at)?,
    };
    let spans = pauses::spans(&l.reg.step_pauses(l.case.id)?, row.id);
    l.flow()
        .can_correct(i, times, &spans)
        .map_err(|r| l.refused(r))?;
    let performer = match a.by {
        Some(by) => Some(l.performer(&step, Some(by), None)?),
        None => None,
    };

    let mut corrected = row.clone();
    if let Some(s) = times.started_at {
        corrected.started_at = Some(clock::to_db(s));
    }
    if let Some(f) = times.finished_at {
        corrected.finished_at = Some(clock::to_db(f));
    }
    // A finished attempt whose times change is measured again, by the rule `step finish` uses.
    let timed = times.started_at.is_some() || times.finished_at.is_some();
    let remeasured = match timed && row.status == "finished" {
        true => steptime::remeasure(&corrected, &step, &l.reg.clocks()?, &spans),
        false => None,
    };

    let mut fields = Vec::new();
    field(
        &mut fields,
        "started_at",
        row.started_at.clone(),
        corrected.started_at.clone(),
    );
    field(
        &mut fields,
        "finished_at",
        row.finished_at.clone(),
        corrected.finished_at.clone(),
    );
    if let Some((name, _)) = &performer {
        field(
            &mut fields,
            "performer",
            row.performer.clone(),
            name.clone(),
        );
    }
    if let Some(o) = a.output {
        field(
            &mut fields,
            "output",
            row.output.clone(),
            Some(o.trim().to_string()),
        );
    }
    if let Some(r) = &remeasured {
        field(
            &mut fields,
            "elapsed_secs",
            row.elapsed_secs.map(|e| e.to_string()),
            Some(r.after.figures.elapsed_secs.to_string()),
        );
        field(
            &mut fields,
            "verdict",
            Some(r.before.verdict.code().to_string()),
            Some(r.after.verdict.code().to_string()),
        );
    }
    if fields.is_empty() {
        return output::print(&crate::tr!(
            "nothing to correct: step {} (attempt {}) of case {} already has these values; nothing was changed",
            "tidak ada yang dikoreksi: langkah {} (percobaan {}) kasus {} sudah bernilai begitu; tidak ada yang diubah",
            row.step_number,
            row.attempt,
            l.case.number
        ));
    }
    let reason = reason::required(ctx, a.reason)?;
    let fix = AttemptFix {
        started_at: times.started_at.and(corrected.started_at.as_deref()),
        finished_at: times.finished_at.and(corrected.finished_at.as_deref()),
        performer: performer.as_ref().map(|(name, id)| (name.as_deref(), *id)),
        output: a.output.map(str::trim),
        measured: remeasured.as_ref().map(|r| step_correct::Measured {
            figures: r.after.figures,
            clock: r.clock,
            calendar_version: r.calendar_version,
            standard: r.after.standard,
        }),
    };
    let now = ctx.now_db();
    l.reg.correct_attempt(
        &l.fc.case,
        &l.fc.fingerprint,
        &row,
        &fix,
        &fields,
        &reason,
        &now,
        &ctx.actor,
    )?;
    if write.json() {
        return attempt_json(&l, "step_uuid", &row.uuid);
    }
    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
    let mut out = crate::tr!(
        "{} corrected step {} (attempt {}): {}",
        "{} mengoreksi langkah {} (percobaan {}): {}",
        l.case.number,
        row.step_number,
        row.attempt,
        names.join(", ")
    );
    if let Some(r) = &remeasured {
        let (min, max) = r.after.standard;
        out.push_str(&format!(
            "\n  {} {} ({}: {})",
            t("now", "sekarang"),
            text::verdict_line(r.after.figures.elapsed_secs, min, max, r.after.verdict),
            t("was", "semula"),
            text::code_words(r.before.verdict.code())
        ));
    }
    output::print(&out)
}
