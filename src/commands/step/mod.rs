//! `kasus step`: walks a case through its SOP. Scripted as `step start|finish|skip|decide`;
//! at a terminal, `kasus step CASE` shows where the case stands and asks. A running step lives
//! in the register, so the next `kasus step CASE`, from any terminal, offers to finish it.

use super::{consent::open_case, resolve, Ctx};
use crate::cli::{StepAction, StepArgs, StepCommon};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::flow::{self, Attempt, ConsentEvent, Outcome, Position, Status};
use crate::output::{self, Tone};
use crate::prompt::{Asker, Terminal};
use crate::register::{assignments, cases::CaseRow, consents, sops, staff, steps, Register};
use crate::sop::{Sop, Step};
use crate::text::{self, t};
use crate::timing;

/// Checked inside the write transaction: the case is as the command read it.
struct Guard {
    case_id: i64,
    number: String,
    seen: (i64, Option<String>, i64, String),
}

impl Guard {
    /// Refuses when another terminal changed the case since it was read (the write lock is
    /// held here, so nothing can change it between this check and the write).
    fn unchanged(&self, tx: &rusqlite::Transaction) -> Result<()> {
        if steps::fingerprint(tx, self.case_id)? != self.seen {
            return Err(steps::changed_meanwhile(&self.number));
        }
        Ok(())
    }
}

/// Who performs a step, by the rule both `kasus step` and `kasus step import` follow.
pub enum Performer {
    /// A staff member (name and id), an outsider by name (no id), or nobody known.
    Found(Option<String>, Option<i64>),
    /// The named staff member is deactivated.
    Inactive(String),
    /// The name is no staff member's, and the step is done inside the unit.
    NotStaff(String),
}

/// `by` names staff, or for a step with an outside role anyone; without `by`, the staff
/// assigned to the step's role (else the case's assignee) performs it.
pub fn performer(
    conn: &rusqlite::Connection,
    sop: &Sop,
    case_id: i64,
    step: &Step,
    by: Option<&str>,
) -> Result<Performer> {
    let Some(b) = by.map(str::trim).filter(|b| !b.is_empty()) else {
        return Ok(match assignments::holder(conn, case_id, &step.roles)? {
            Some((id, name)) => Performer::Found(Some(name), Some(id)),
            None => Performer::Found(None, None),
        });
    };
    Ok(match staff::find(conn, b)? {
        Some(s) if !s.active => Performer::Inactive(s.name),
        Some(s) => Performer::Found(Some(s.name), Some(s.id)),
        None if step
            .roles
            .iter()
            .any(|r| sop.role(r).is_some_and(|x| x.external)) =>
        {
            Performer::Found(Some(b.to_string()), None)
        }
        None => Performer::NotStaff(b.to_string()),
    })
}

/// A case with everything the flow core needs.
struct Loaded {
    reg: Register,
    zone: Zone,
    case: CaseRow,
    sop: Sop,
    rows: Vec<steps::AttemptRow>,
    attempts: Vec<Attempt>,
    consents: Vec<ConsentEvent>,
    pos: Position,
    /// What was read, to check inside the write that nobody changed the case meanwhile.
    seen: (i64, Option<String>, i64, String),
}

fn load(ctx: &Ctx, key: &str) -> Result<Loaded> {
    let reg = ctx.open()?;
    // One read transaction: the rows the decision is made on and the fingerprint the write
    // checks come from one snapshot. Read apart, another terminal's step could land between
    // them, the fingerprint would already include it, and the write would go on to hit the
    // one-running-step index instead of being refused (issue 10).
    let snapshot = reg.conn().unchecked_transaction()?;
    let zone = super::zone(&reg)?;
    let case = open_case(&reg, key)?;
    let sop = sops::by_id(reg.conn(), case.sop_version_id)?.sop()?;
    let rows = steps::list(reg.conn(), case.id)?;
    let attempts: Vec<Attempt> = rows.iter().map(|r| r.flow()).collect();
    let consents = consents::list(reg.conn(), case.id)?
        .iter()
        .filter_map(|c| c.event())
        .collect();
    let pos = flow::position(&sop, &attempts);
    let seen = steps::fingerprint(reg.conn(), case.id)?;
    // Nothing was written; ending the snapshot lets the write take its own lock.
    snapshot.finish()?;
    Ok(Loaded {
        reg,
        zone,
        case,
        sop,
        rows,
        attempts,
        consents,
        pos,
        seen,
    })
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

    /// What the write needs to check that nobody changed the case since it was read.
    fn take_guard(&self) -> Guard {
        Guard {
            case_id: self.case.id,
            number: self.case.number.clone(),
            seen: self.seen.clone(),
        }
    }

    fn refused(&self, r: flow::Refusal) -> Error {
        Error::Refused(text::refusal(&r, &self.case.number))
    }

    fn at(&self, ctx: &Ctx, input: Option<&str>) -> Result<Instant> {
        let at = resolve::opt_time("--at", input, self.zone, ctx.now)?;
        if clock::from_db(&self.case.reported_at).is_some_and(|r| at < r) {
            return Err(Error::Invalid(crate::tr!(
                "--at is before case {} was reported ({})",
                "--at sebelum kasus {} dilaporkan ({})",
                self.case.number,
                clock::from_db(&self.case.reported_at)
                    .map(|r| clock::to_local_short(r, self.zone))
                    .unwrap_or_default()
            )));
        }
        Ok(at)
    }

    /// Who performs a step: `--by` (staff, or for a step with an outside role, anyone),
    /// else the staff assigned to the step's role, else the case's assignee.
    fn performer(&self, step: &Step, by: Option<&str>) -> Result<(Option<String>, Option<i64>)> {
        match performer(self.reg.conn(), &self.sop, self.case.id, step, by)? {
            Performer::Found(name, id) => Ok((name, id)),
            Performer::Inactive(name) => Err(Error::Refused(crate::tr!(
                "staff '{}' is inactive",
                "staf '{}' tidak aktif",
                name
            ))),
            Performer::NotStaff(typed) => {
                let names = staff::names(self.reg.conn())?;
                // --by may hold a client's name (a pelapor on an outside step): not echoed.
                Err(Error::Invalid(crate::tr!(
                    "--by names no staff member{}, and step {} is done inside the unit ({}). \
                     Give a staff member's name, or add them with `kasus staff add`.",
                    "--by bukan nama staf{}, padahal langkah {} dikerjakan di dalam unit ({}). \
                     Beri nama staf, atau tambahkan dengan `kasus staff add`.",
                    resolve::did_you_mean(&typed, names.iter().map(String::as_str)),
                    step.number,
                    step.roles.join("; ")
                )))
            }
        }
    }
}

pub fn run(ctx: &Ctx, a: StepArgs) -> Result<()> {
    match a.action {
        Some(StepAction::Start(c)) => start(ctx, &c).map(|_| ()),
        Some(StepAction::Finish { common, output }) => {
            finish(ctx, &common, output.as_deref(), None)
        }
        Some(StepAction::Skip { common, reason }) => skip(ctx, &common, &reason),
        Some(StepAction::Decide {
            common,
            approve,
            return_,
            output,
        }) => {
            let outcome = if approve && !return_ {
                Outcome::Approved
            } else {
                Outcome::Returned
            };
            finish(ctx, &common, output.as_deref(), Some(outcome))
        }
        Some(StepAction::Import { file }) => super::bulk::step_import(ctx, &file),
        None => match a.case {
            Some(case) if ctx.interactive => walk(ctx, &case),
            Some(case) => Err(Error::Usage(format!(
                "`kasus step {case}` walks a case at a terminal, and there is none here. \
                 In scripts use `kasus step start|finish|skip|decide {case}`."
            ))),
            None => Err(Error::Usage(
                "give a case: `kasus step CASE`, or `kasus step start|finish|skip|decide CASE`"
                    .into(),
            )),
        },
    }
}

/// The text rules for the flags every step action takes.
fn check_common(c: &StepCommon) -> Result<()> {
    use crate::field::{check_opt, Field};
    check_opt("--by", Field::Name, c.by.as_deref())?;
    check_opt("--note", Field::Text, c.note.as_deref())
}

fn start(ctx: &Ctx, c: &StepCommon) -> Result<u32> {
    check_common(c)?;
    let mut l = load(ctx, &c.case)?;
    let at = l.at(ctx, c.at.as_deref())?;
    let idx = l.flow().can_start(c.step, at).map_err(|r| l.refused(r))?;
    let step = l.sop.steps[idx].clone();
    let (performer, staff_id) = l.performer(&step, c.by.as_deref())?;
    let at_db = clock::to_db(at);
    let now = ctx.now_db();
    let case = l.case.clone();
    let guard = l.take_guard();
    let n = l.reg.write(|tx| {
        guard.unchanged(tx)?;
        steps::insert(
            tx,
            &case,
            &steps::NewAttempt {
                step_number: step.number,
                status: Status::Running,
                at: &at_db,
                standard: (step.standard.min_secs, step.standard.max_secs),
                performer: performer.as_deref(),
                performer_staff_id: staff_id,
                note: c.note.as_deref(),
                reason: None,
            },
            &now,
            &ctx.actor,
        )
    })?;
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
        first_line(&step.activity),
        t("standard", "standar"),
        step.standard.text
    ))?;
    Ok(step.number)
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

fn finish(
    ctx: &Ctx,
    c: &StepCommon,
    output_text: Option<&str>,
    decision: Option<Outcome>,
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
    let row = l.rows[i].clone();
    let step = l
        .sop
        .step(row.step_number)
        .cloned()
        .ok_or_else(|| Error::Other("step vanished".into()))?;
    let start = l.attempts[i].started_at.unwrap_or(at);
    let elapsed = timing::elapsed_secs(start, at);
    let (performer, staff_id) = match &c.by {
        Some(_) => l.performer(&step, c.by.as_deref())?,
        None => (None, None),
    };
    let at_db = clock::to_db(at);
    let now = ctx.now_db();
    let case = l.case.clone();
    let guard = l.take_guard();
    l.reg.write(|tx| {
        guard.unchanged(tx)?;
        steps::finish(
            tx,
            &case,
            &row,
            &steps::Finish {
                outcome,
                at: &at_db,
                elapsed_secs: elapsed,
                output: output_text,
                note: c.note.as_deref(),
                performer: performer.as_deref(),
                performer_staff_id: staff_id,
            },
            &now,
            &ctx.actor,
        )
    })?;
    let verdict = timing::judge(elapsed, row.standard_min_secs, row.standard_max_secs);
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
            &text::verdict_line(
                elapsed,
                row.standard_min_secs,
                row.standard_max_secs,
                verdict
            ),
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
        (Outcome::Refused, _) => output::print(t(
            "consent was refused: the SOP's flow ends here for this case",
            "persetujuan ditolak: alur SOP berhenti di sini untuk kasus ini",
        )),
        _ => Ok(()),
    }
}

fn skip(ctx: &Ctx, c: &StepCommon, reason: &str) -> Result<()> {
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
    let at_db = clock::to_db(at);
    let now = ctx.now_db();
    let case = l.case.clone();
    let guard = l.take_guard();
    l.reg.write(|tx| {
        guard.unchanged(tx)?;
        steps::insert(
            tx,
            &case,
            &steps::NewAttempt {
                step_number: step.number,
                status: Status::Skipped,
                at: &at_db,
                standard: (step.standard.min_secs, step.standard.max_secs),
                performer: None,
                performer_staff_id: None,
                note: c.note.as_deref(),
                reason: Some(reason),
            },
            &now,
            &ctx.actor,
        )
    })?;
    output::print(&format!(
        "{} {} {}: {reason}",
        case.number,
        t("skipped step", "melewati langkah"),
        step.number
    ))
}

// ------------------------------------------------------------------ the walk at a terminal

fn show_step(l: &Loaded, step: &Step) -> Result<()> {
    let idx = l.sop.step_index(step.number).unwrap_or(0);
    let holder = assignments::holder(l.reg.conn(), l.case.id, &step.roles)?.map(|(_, n)| n);
    let done = l
        .attempts
        .iter()
        .filter(|a| a.status != Status::Running)
        .map(|a| a.step_number)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let mut s = format!(
        "\n{}  {}\n  {}\n  {}: {}{}\n  {}: {}\n",
        output::paint_err(
            &format!("{} {}", t("Step", "Langkah"), step.number),
            Tone::Heading
        ),
        output::paint_err(
            &format!(
                "{} ({} {})",
                text::progress(idx + 1, l.sop.steps.len()),
                done,
                t("done", "selesai")
            ),
            Tone::Hint
        ),
        step.activity.replace('\n', "\n  "),
        t("Performer", "Pelaksana"),
        step.roles.join("; "),
        holder.map(|h| format!(" — {h}")).unwrap_or_default(),
        t("Standard time", "Waktu standar"),
        step.standard.text,
    );
    if !step.requirements.is_empty() {
        s.push_str(&format!("  {}:\n", t("Requirements", "Kelengkapan")));
        for r in &step.requirements {
            s.push_str(&format!("    [ ] {r}\n"));
        }
    }
    for m in crate::sop::marks::flow_marks(step) {
        s.push_str(&format!("  * {m}\n"));
    }
    eprint!("{s}");
    Ok(())
}

fn walk(ctx: &Ctx, key: &str) -> Result<()> {
    let asker = Terminal::new();
    loop {
        let ctx = &ctx.fresh()?;
        let l = load(ctx, key)?;
        eprintln!(
            "\n{} — {} ({})",
            output::paint_err(
                &format!("{} {}", t("Case", "Kasus"), l.case.number),
                Tone::Heading
            ),
            l.sop.name,
            l.sop.code
        );
        let common = StepCommon {
            case: l.case.number.clone(),
            step: None,
            at: None,
            by: None,
            note: None,
        };
        if let Some(i) = l.pos.running {
            let a = &l.attempts[i];
            let step = l
                .sop
                .step(a.step_number)
                .cloned()
                .ok_or_else(|| Error::Other("step vanished".into()))?;
            show_step(&l, &step)?;
            let elapsed = a
                .started_at
                .map(|s| timing::elapsed_secs(s, ctx.now))
                .unwrap_or(0);
            let (min, max, number) = (step.standard.min_secs, step.standard.max_secs, step.number);
            crate::prompt::on_interrupt(Some(text::left_running(number, &l.case.number)));
            let finish_now = crate::prompt::clock(
                elapsed,
                Box::new(move |secs| {
                    let v = match timing::judge(secs, min, max) {
                        timing::Verdict::Over(s) => timing::Verdict::Over(s),
                        timing::Verdict::OpenEnded => timing::Verdict::OpenEnded,
                        _ => timing::Verdict::Running,
                    };
                    let tone = if matches!(v, timing::Verdict::Over(_)) {
                        Tone::Bad
                    } else {
                        Tone::Good
                    };
                    text::clock_line(
                        number,
                        &output::paint_err(&text::verdict_line(secs, min, max, v), tone),
                    )
                }),
            )?;
            crate::prompt::on_interrupt(None);
            if !finish_now {
                eprintln!("{}", text::stays_running(&l.case.number));
                return Ok(());
            }
            let decision = match &step.decision {
                Some(d) => {
                    let items = vec![
                        t("Approve", "Setujui").to_string(),
                        format!(
                            "{} {}",
                            t("Return to step", "Kembalikan ke langkah"),
                            d.return_to
                        ),
                    ];
                    Some(if asker.select(&d.question, &items, 0)? == 0 {
                        Outcome::Approved
                    } else {
                        Outcome::Returned
                    })
                }
                None => None,
            };
            let out = asker.text(
                t(
                    "Output (empty for none)",
                    "Output (kosongkan bila tidak ada)",
                ),
                true,
            )?;
            drop(l);
            finish(&ctx.fresh()?, &common, out.as_deref(), decision)?;
        } else {
            if l.pos.complete(&l.sop) || l.pos.startable(&l.sop).is_empty() {
                eprintln!(
                    "{} `kasus case close {}`.",
                    t(
                        "Every step of the SOP is done. Close the case with",
                        "Semua langkah SOP selesai. Tutup kasus dengan"
                    ),
                    l.case.number
                );
                return Ok(());
            }
            if let Some(n) =
                flow::ended_by_refusal(&l.sop, &l.attempts, &l.consents, l.case.is_child)
            {
                eprintln!(
                    "{}",
                    text::refusal(&flow::Refusal::ConsentRefused { gate: n }, &l.case.number)
                );
                return Ok(());
            }
            let choices = l.pos.startable(&l.sop);
            let idx = if choices.len() > 1 {
                let items: Vec<String> = choices
                    .iter()
                    .map(|&i| {
                        format!(
                            "{} {}: {}",
                            t("Step", "Langkah"),
                            l.sop.steps[i].number,
                            first_line(&l.sop.steps[i].activity)
                        )
                    })
                    .collect();
                choices
                    [asker.select(t("Which step?", "Langkah mana?"), &items, choices.len() - 1)?]
            } else {
                choices[0]
            };
            let step = l.sop.steps[idx].clone();
            show_step(&l, &step)?;
            let common = StepCommon {
                step: Some(step.number),
                ..common
            };
            if let Some(q) = &step.condition {
                if !asker.confirm(q, true)? {
                    let reason = asker
                        .text(
                            t(
                                "Why is the step not needed?",
                                "Mengapa langkah ini tidak diperlukan?",
                            ),
                            true,
                        )?
                        .unwrap_or_else(|| format!("{}: {q}", t("not needed", "tidak diperlukan")));
                    drop(l);
                    skip(&ctx.fresh()?, &common, &reason)?;
                    continue;
                }
            }
            if !asker.confirm(
                &format!(
                    "{} {} {}",
                    t("Start step", "Mulai langkah"),
                    step.number,
                    t("now?", "sekarang?")
                ),
                true,
            )? {
                eprintln!("{}", text::not_started(step.number, &l.case.number));
                return Ok(());
            }
            drop(l);
            start(&ctx.fresh()?, &common)?;
            continue;
        }
        if !asker.confirm(
            t("Go on with the next step?", "Lanjut ke langkah berikutnya?"),
            true,
        )? {
            eprintln!("{}", text::walk_paused(key));
            return Ok(());
        }
    }
}
