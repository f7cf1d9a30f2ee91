//! `kasus step`: walks a case through its SOP. Scripted as `step start|finish|skip|decide`;
//! at a terminal, `kasus step CASE` shows where the case stands and asks. A running step lives
//! in the register, so the next `kasus step CASE`, from any terminal, offers to finish it.
//! This module holds the scripted actions; the walk is in `walk` (its consent gates in `gate`),
//! `step import` in `import`.

mod correct;
mod gate;
mod import;
mod pause;
mod void;
mod walk;

use super::resolve::{self, open_case};
use super::Ctx;
use crate::cli::{StepAction, StepArgs, StepCommon, WriteOut};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::flow::{self, Outcome, Position, Status};
use crate::output::{self, Tone};
use crate::register::assignments::{self, Performer};
use crate::register::flow_case::{self, FlowCase};
use crate::register::{steps, Register};
use crate::sop::Step;
use crate::text::{self, t};
use crate::timing;

/// A case with everything the flow core needs, and where it stands.
struct Loaded {
    reg: Register,
    zone: Zone,
    fc: FlowCase,
    pos: Position,
}

/// The case's fields (`l.case`, `l.sop`, `l.attempts`…) read as the loaded case's.
impl std::ops::Deref for Loaded {
    type Target = FlowCase;
    fn deref(&self) -> &FlowCase {
        &self.fc
    }
}

/// How a new attempt begins: started by its performer (name, staff id), or skipped for a reason.
enum Begins<'a> {
    Started(Option<&'a str>, Option<i64>),
    Skipped(&'a str),
}

fn load(ctx: &Ctx, key: &str) -> Result<Loaded> {
    let reg = ctx.open()?;
    // One read snapshot: the rows the decision is made on and the fingerprint the write
    // checks come from one snapshot. Read apart, another terminal's step could land between
    // them, the fingerprint would already include it, and the write would go on to hit the
    // one-running-step index instead of being refused (issue 10).
    let (zone, fc) = reg.snapshot(|reg| {
        let zone = reg.zone()?;
        let case = open_case(reg, key)?;
        Ok((zone, flow_case::load(reg, &case)?))
    })?;
    let pos = flow::position(&fc.sop, &fc.attempts);
    Ok(Loaded { reg, zone, fc, pos })
}

impl Loaded {
    fn flow(&self) -> flow::CaseFlow<'_> {
        flow::CaseFlow::new(
            &self.sop,
            &self.attempts,
            &self.consents,
            self.case.is_child,
        )
    }

    fn refused(&self, r: flow::Refusal) -> Error {
        Error::Refused(text::refusal_in(&r, &self.case.number, Some(self.zone)))
    }

    fn at(&self, ctx: &Ctx, input: Option<&str>) -> Result<Instant> {
        self.at_flag(ctx, "--at", input)
    }

    /// A time given with `flag` (now when not given): not in the future, nor before the case
    /// was reported.
    fn at_flag(&self, ctx: &Ctx, flag: &str, input: Option<&str>) -> Result<Instant> {
        let at = resolve::opt_time(flag, input, self.zone, ctx.now)?;
        if let Some(reported) = clock::from_db(&self.case.reported_at).filter(|&r| at < r) {
            return Err(Error::Invalid(format!(
                "{} ({})",
                text::time_before_reported(flag, &self.case.number),
                clock::to_local_short(reported, self.zone)
            )));
        }
        Ok(at)
    }

    /// Who performs a step: `--by` (staff, or for a step with an outside role, anyone),
    /// else the staff assigned to the step's role, else the case's assignee. A step done
    /// inside the unit with none of these is refused (exit 2): it needs a staff member.
    /// Without `--by`, who held the step's role (or the case) when it began at `at`.
    fn performer(
        &self,
        step: &Step,
        by: Option<&str>,
        at: Option<Instant>,
    ) -> Result<(Option<String>, Option<i64>)> {
        let at = at.map(clock::to_db);
        match assignments::performer(&self.reg, &self.sop, self.case.id, step, by, at.as_deref())? {
            Performer::Found(None, _) if !assignments::outside_step(&self.sop, step) => {
                Err(Error::Usage(no_performer(step, &self.case.number)))
            }
            Performer::Found(name, id) => Ok((name, id)),
            Performer::Inactive(name) => Err(Error::Refused(text::staff_inactive(&name))),
            Performer::NotStaff(typed, names) => {
                Err(Error::Invalid(not_staff("--by", &typed, &names, step)))
            }
        }
    }

    /// Records a new attempt of `step` at `at`, started or skipped; refused when the case
    /// changed since it was loaded.
    fn record(
        &mut self,
        ctx: &Ctx,
        c: &StepCommon,
        step: &Step,
        at: Instant,
        how: Begins<'_>,
    ) -> Result<u32> {
        let (status, performer, performer_staff_id, reason) = match how {
            Begins::Started(performer, staff_id) => (Status::Running, performer, staff_id, None),
            Begins::Skipped(reason) => (Status::Skipped, None, None, Some(reason)),
        };
        steps::record(
            &mut self.reg,
            &self.fc.case,
            &self.fc.fingerprint,
            &steps::NewAttempt {
                step_number: step.number,
                status,
                at: &clock::to_db(at),
                standard: (step.standard.min_secs, step.standard.max_secs),
                standard_days: step.standard.in_days(),
                clock: step.clock,
                performer,
                performer_staff_id,
                note: c.note.as_deref(),
                reason,
            },
            &ctx.now_db(),
            &ctx.actor,
        )
    }

    /// The SOP's step of attempt `i`.
    fn step_of(&self, i: usize) -> Result<Step> {
        self.sop
            .step(self.attempts[i].step_number)
            .cloned()
            .ok_or_else(|| Error::Other(t("step vanished", "langkah hilang").into()))
    }
}

pub fn run(ctx: &Ctx, a: StepArgs) -> Result<()> {
    match a.action {
        Some(StepAction::Start { common, write }) => start_as(ctx, &common, write).map(|_| ()),
        Some(StepAction::Finish {
            common,
            output,
            write,
        }) => finish_as(ctx, &common, output.as_deref(), None, write),
        Some(StepAction::Skip {
            common,
            reason,
            write,
        }) => skip_as(ctx, &common, &reason, write),
        Some(StepAction::Decide {
            common,
            approve,
            return_,
            output,
            write,
        }) => {
            let outcome = if approve && !return_ {
                Outcome::Approved
            } else {
                Outcome::Returned
            };
            finish_as(ctx, &common, output.as_deref(), Some(outcome), write)
        }
        Some(StepAction::Pause {
            case,
            reason,
            note,
            at,
            write,
        }) => pause::pause_as(ctx, &case, &reason, note.as_deref(), at.as_deref(), write),
        Some(StepAction::Resume { case, at, write }) => {
            pause::resume_as(ctx, &case, at.as_deref(), write)
        }
        Some(StepAction::Correct {
            case,
            step,
            attempt,
            started_at,
            finished_at,
            by,
            output,
            reason,
            write,
        }) => correct::correct(
            ctx,
            &correct::Asked {
                case: &case,
                step,
                attempt,
                started_at: started_at.as_deref(),
                finished_at: finished_at.as_deref(),
                by: by.as_deref(),
                output: output.as_deref(),
                reason: reason.as_deref(),
            },
            write,
        ),
        Some(StepAction::Void {
            case,
            step,
            attempt,
            reason,
            write,
        }) => void::void(
            ctx,
            &void::Asked {
                case: &case,
                step,
                attempt,
                reason: reason.as_deref(),
            },
            write,
        ),
        Some(StepAction::Import {
            file,
            delimiter,
            sheet,
            dry_run,
        }) => import::step_import(ctx, &file, delimiter.as_deref(), sheet.as_deref(), dry_run),
        None => match a.case {
            Some(case) if ctx.interactive => match a.at.as_deref() {
                // As of an earlier time: "now" is that time for the whole walk.
                Some(at) => {
                    let zone = ctx.open()?.zone()?;
                    let now = resolve::time("--at", at, zone, ctx.now)?;
                    let pinned = Ctx {
                        now,
                        pinned: true,
                        ..ctx.clone()
                    };
                    // Checked before any question: not before the case was reported, nor
                    // before what is already recorded.
                    {
                        let l = load(&pinned, &case)?;
                        l.at(&pinned, None)?;
                        if l.pos.last_time.is_some_and(|last| now < last) {
                            return Err(l.refused(flow::Refusal::BeforePrevious));
                        }
                    }
                    walk::walk(&pinned, &case)
                }
                None => walk::walk(ctx, &case),
            },
            // --no-input at a terminal, or no terminal at all.
            Some(case) if crate::prompt::available() => Err(Error::Usage(crate::tr!(
                "`kasus step {case}` walks a case by asking, and --no-input asks nothing. \
                 Without asking, use `kasus step start|finish|skip|decide {case}`.",
                "`kasus step {case}` menjalankan kasus dengan bertanya, dan --no-input tidak \
                 bertanya apa pun. Tanpa bertanya, pakai `kasus step start|finish|skip|decide {case}`."
            ))),
            Some(case) => Err(Error::Usage(crate::tr!(
                "`kasus step {case}` walks a case at a terminal, and there is none here. \
                 In scripts use `kasus step start|finish|skip|decide {case}`.",
                "`kasus step {case}` menjalankan kasus di terminal, dan di sini tidak ada terminal. \
                 Dalam skrip pakai `kasus step start|finish|skip|decide {case}`."
            ))),
            None => Err(Error::Usage(
                t(
                    "give a case: `kasus step CASE`, or `kasus step start|finish|skip|decide CASE`",
                    "beri kasus: `kasus step KASUS`, atau `kasus step start|finish|skip|decide KASUS`",
                )
                .into(),
            )),
        },
    }
}

/// A step inside the unit with nobody to perform it: no `--by`, nobody holding its role or
/// the case.
fn no_performer(step: &Step, case: &str) -> String {
    let roles = step.roles.join("; ");
    let role = step.roles.first().map(String::as_str).unwrap_or_default();
    crate::tr!(
        "step {} is done inside the unit ({roles}) and nobody holds its role in case {case} \
         (nor the case without a role): give --by STAFF, or assign it first (`kasus assign \
         {case} --to STAFF --role \"{role}\"`). Nothing was recorded.",
        "langkah {} dikerjakan di dalam unit ({roles}) dan belum ada yang memegang perannya di \
         kasus {case} (atau memegang kasusnya tanpa peran): beri --by STAF, atau tugaskan dulu \
         (`kasus assign {case} --to STAF --role \"{role}\"`). Tidak ada yang dicatat.",
        step.number
    )
}

/// A performer named (by `label`: `--by`, or the walk's question) who is no staff member, for a
/// step done inside the unit. The name may be a client's (a pelapor): not echoed.
fn not_staff(label: &str, typed: &str, names: &[String], step: &Step) -> String {
    crate::tr!(
        "{label} names no staff member{}, and step {} is done inside the unit ({}). \
         Give a staff member's name, or add them with `kasus staff add`.",
        "{label} bukan nama staf{}, padahal langkah {} dikerjakan di dalam unit ({}). \
         Beri nama staf, atau tambahkan dengan `kasus staff add`.",
        crate::suggest::did_you_mean(typed, names.iter().map(String::as_str)),
        step.number,
        step.roles.join("; ")
    )
}

/// The text rules for the flags every step action takes.
fn check_common(c: &StepCommon) -> Result<()> {
    use crate::field::{check_opt, Field};
    check_opt("--by", Field::Name, c.by.as_deref())?;
    check_opt("--note", Field::Text, c.note.as_deref())
}

fn start(ctx: &Ctx, c: &StepCommon) -> Result<u32> {
    start_as(ctx, c, WriteOut::default())
}

/// The attempt `uuid` (else the case's latest) as `export steps` writes it: `--format json`.
fn attempt_json(l: &Loaded, key: &str, value: &str) -> Result<()> {
    super::record::print(
        &l.reg,
        &crate::register::export::STEPS,
        key,
        value,
        l.zone,
        serde_json::json!({}),
    )
}

fn start_as(ctx: &Ctx, c: &StepCommon, write: WriteOut) -> Result<u32> {
    check_common(c)?;
    let mut l = load(ctx, &c.case)?;
    let at = l.at(ctx, c.at.as_deref())?;
    let idx = l.flow().can_start(c.step, at).map_err(|r| l.refused(r))?;
    let step = l.sop.steps[idx].clone();
    let (performer, staff_id) = l.performer(&step, c.by.as_deref(), Some(at))?;
    let n = l.record(
        ctx,
        c,
        &step,
        at,
        Begins::Started(performer.as_deref(), staff_id),
    )?;
    if write.json() {
        // The attempt just made: the case's latest.
        attempt_json(&l, "case_uuid", &l.case.uuid)?;
        return Ok(step.number);
    }
    let case = &l.case;
    output::print(&format!(
        "{} {} {}{} — {} ({} {})",
        case.number,
        t("started step", "mulai langkah"),
        step.number,
        if n > 1 {
            format!(" ({} {n})", t("attempt", "percobaan"))
        } else {
            String::new()
        },
        crate::text::one_line(&step.activity, 72),
        t("standard", "standar"),
        step.standard.text
    ))?;
    Ok(step.number)
}

fn finish(
    ctx: &Ctx,
    c: &StepCommon,
    output_text: Option<&str>,
    decision: Option<Outcome>,
) -> Result<()> {
    finish_as(ctx, c, output_text, decision, WriteOut::default())
}

fn finish_as(
    ctx: &Ctx,
    c: &StepCommon,
    output_text: Option<&str>,
    decision: Option<Outcome>,
    write: WriteOut,
) -> Result<()> {
    check_common(c)?;
    crate::field::check_opt("--output", crate::field::Field::Text, output_text)?;
    let mut l = load(ctx, &c.case)?;
    let at = l.at(ctx, c.at.as_deref())?;
    let (i, mut outcome) = l
        .flow()
        .can_finish(c.step, at, decision.is_some())
        .map_err(|r| l.refused(r))?;
    if let Some(d) = decision {
        outcome = d;
    }
    // A paused step finishes no earlier than its last pause or resume.
    crate::flow::pause::in_order(&l.pos, &l.running_pauses()?, at).map_err(|r| l.refused(r))?;
    let row = l.rows[i].clone();
    let step = l.step_of(i)?;
    let start = l.attempts[i].started_at.unwrap_or(at);
    // Measured on the attempt's clock with the office calendar in force, its pauses taken off.
    let clocks = l.reg.clocks()?;
    let clock = row.clock_or(step.clock);
    let pauses = crate::register::pauses::spans(&l.reg.step_pauses(l.case.id)?, row.id);
    let judged = timing::measure_attempt(
        clocks.calendar(clock),
        start,
        at,
        &pauses,
        (row.standard_min_secs, row.standard_max_secs),
        row.standard_days,
    );
    let (elapsed, standard, verdict) =
        (judged.figures.elapsed_secs, judged.standard, judged.verdict);
    let (performer, staff_id) = match &c.by {
        Some(_) => l.performer(&step, c.by.as_deref(), None)?,
        None => (None, None),
    };
    let at_db = clock::to_db(at);
    let now = ctx.now_db();
    steps::record_finish(
        &mut l.reg,
        &l.fc.case,
        &l.fc.fingerprint,
        &row,
        &steps::Finish {
            outcome,
            at: &at_db,
            figures: judged.figures,
            clock,
            calendar_version: clocks.version,
            standard,
            output: output_text,
            note: c.note.as_deref(),
            performer: performer.as_deref(),
            performer_staff_id: staff_id,
        },
        &now,
        &ctx.actor,
    )?;
    if write.json() {
        return attempt_json(&l, "step_uuid", &row.uuid);
    }
    let case = &l.case;
    let tone = if matches!(verdict, timing::Verdict::Over(_)) {
        Tone::Bad
    } else {
        Tone::Good
    };
    output::print(&format!(
        "{} {} {}: {}",
        case.number,
        t("finished step", "selesai langkah"),
        step.number,
        output::paint(
            &text::verdict_line(elapsed, standard.0, standard.1, verdict),
            tone
        )
    ))?;
    match (outcome, &step.decision) {
        (Outcome::Returned, Some(d)) => output::print(&format!(
            "{} {}",
            t(
                "returned: the case goes back to step",
                "dikembalikan: kasus kembali ke langkah"
            ),
            d.return_to
        )),
        (Outcome::Approved, Some(_)) => {
            let next = l
                .sop
                .step_index(step.number)
                .and_then(|i| l.sop.steps.get(i + 1));
            output::print(&match next {
                Some(n) => crate::tr!(
                    "approved: the case goes on to step {}",
                    "disetujui: kasus lanjut ke langkah {}",
                    n.number
                ),
                None => t(
                    "approved: that was the SOP's last step",
                    "disetujui: itu langkah terakhir SOP",
                )
                .to_string(),
            })
        }
        (Outcome::Refused, _) => output::print(t(
            "consent was refused: the SOP's flow ends here for this case",
            "persetujuan ditolak: alur SOP berhenti di sini untuk kasus ini",
        )),
        _ => Ok(()),
    }
}

fn skip(ctx: &Ctx, c: &StepCommon, reason: &str) -> Result<()> {
    skip_as(ctx, c, reason, WriteOut::default())
}

fn skip_as(ctx: &Ctx, c: &StepCommon, reason: &str, write: WriteOut) -> Result<()> {
    check_common(c)?;
    crate::field::check("--reason", crate::field::Field::Text, reason)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::Usage(
            crate::text::t(
                "--reason is empty: say why the step is not needed",
                "--reason kosong: katakan mengapa langkah ini tidak diperlukan",
            )
            .into(),
        ));
    }
    let mut l = load(ctx, &c.case)?;
    let at = l.at(ctx, c.at.as_deref())?;
    let idx = l.flow().can_skip(c.step, at).map_err(|r| l.refused(r))?;
    let step = l.sop.steps[idx].clone();
    l.record(ctx, c, &step, at, Begins::Skipped(reason))?;
    if write.json() {
        // The attempt just made: the case's latest.
        return attempt_json(&l, "case_uuid", &l.case.uuid);
    }
    let case = &l.case;
    output::print(&format!(
        "{} {} {}: {reason}",
        case.number,
        t("skipped step", "melewati langkah"),
        step.number
    ))
}
