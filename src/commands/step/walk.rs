//! The walk of `kasus step CASE` at a terminal: shows where the case stands, offers to finish,
//! pause or resume the running step (with a live clock of its working time) or to start, skip
//! or decide the next one, and records each answer through the scripted actions of `step`.

use super::{finish, gate, load, pause, skip, start, Ctx, Loaded};
use crate::cli::StepCommon;
use crate::error::Result;
use crate::field::Field;
use crate::flow::{self, Outcome, Status};
use crate::output::{self, Tone};
use crate::prompt::{text_rule, Asker, Checked, ClockKey, Terminal};
use crate::register::assignments::{self, Performer};
use crate::register::pauses::PauseRow;
use crate::register::reports;
use crate::register::steps::AttemptRow;
use crate::sop::Step;
use crate::text::{self, t};
use crate::timing;
use crate::{steptime, vocab};

/// What the walk does after one turn.
enum Then {
    /// Ask whether to go on with the next step.
    Ask,
    /// Go round again without asking.
    Again,
    /// The walk ends here.
    Stop,
}

pub(super) fn walk(ctx: &Ctx, key: &str) -> Result<()> {
    let asker = Terminal::new();
    loop {
        let ctx = &ctx.fresh()?;
        let l = load(ctx, key)?;
        crate::interrupt::walk_step_running(l.pos.running.is_some());
        heading(&l);
        let then = match l.pos.running {
            Some(i) => finish_running(ctx, &asker, l, i)?,
            None => next_step(ctx, &asker, l)?,
        };
        match then {
            Then::Stop => return Ok(()),
            Then::Again => continue,
            Then::Ask => {}
        }
        // Asked after a finish: no step runs.
        crate::interrupt::walk_step_running(false);
        if !asker.confirm(
            t("Go on with the next step?", "Lanjut ke langkah berikutnya?"),
            true,
        )? {
            crate::say!("{}", walk_paused(key));
            return Ok(());
        }
    }
}

fn heading(l: &Loaded) {
    // One line of the terminal: the SOP's name shortened, never the case number or SOP code.
    let width = crate::prompt::width();
    let case = format!("{} {}", t("Case", "Kasus"), l.case.number);
    let room = width.saturating_sub(case.chars().count() + l.sop.code.chars().count() + 8);
    crate::say!(
        "\n{} — {} ({})",
        output::paint_err(&case, Tone::Heading),
        text::one_line(&l.sop.name, room.max(12)),
        l.sop.code
    );
}

/// The flags of a step action the walk runs on this case.
fn common(l: &Loaded, step: Option<u32>) -> StepCommon {
    StepCommon {
        case: l.case.number.clone(),
        step,
        at: None,
        by: None,
        note: None,
    }
}

/// A step is running: the clock runs until the user finishes it, pauses or resumes it, or
/// leaves it as it is.
fn finish_running(ctx: &Ctx, asker: &Terminal, l: Loaded, i: usize) -> Result<Then> {
    let step = l.step_of(i)?;
    show_step(&l, &step)?;
    let pause_rows = l.reg.step_pauses(l.case.id)?;
    let open = pause_rows
        .iter()
        .find(|p| p.attempt_id == l.rows[i].id && p.is_open())
        .cloned();
    let line = clock_line(l.rows[i].clone(), step.clone(), l.reg.clocks()?, pause_rows);
    if let Some(p) = &open {
        crate::say!("{}", paused_since_line(&paused_since(p, l.zone)));
    }
    crate::say!("{}", keys_line(step.number, open.is_some()));
    crate::interrupt::on_interrupt(Some(left_running(step.number, &l.case.number)));
    let extra = if open.is_some() { 'r' } else { 'p' };
    let key = crate::prompt::clock(ctx.now, Some(extra), line)?;
    crate::interrupt::on_interrupt(None);
    let case = l.case.number.clone();
    match key {
        ClockKey::Leave => {
            crate::say!("{}", stays_running(&case));
            return Ok(Then::Stop);
        }
        ClockKey::Extra if open.is_some() => {
            drop(l);
            pause::resume(&ctx.fresh()?, &case, None)?;
            return Ok(Then::Again);
        }
        ClockKey::Extra => {
            // Esc goes back to the clock, nothing recorded.
            let Some(reason) = asker.pick_from(
                &vocab::PAUSE_REASON,
                t("What does the step wait for?", "Langkah ini menunggu apa?"),
                Some(0),
            )?
            else {
                return Ok(Then::Again);
            };
            let note = asker.checked(
                t(
                    "Note (empty for none)",
                    "Catatan (kosongkan bila tidak ada)",
                ),
                true,
                None,
                &text_rule(t("The note", "Catatan"), Field::Text),
            )?;
            drop(l);
            pause::pause(&ctx.fresh()?, &case, &reason, note.as_deref(), None)?;
            return Ok(Then::Again);
        }
        ClockKey::Go => {}
    }
    // A consent gate is said (and its consent offered) before the output is asked for.
    let doing = gate::Doing::Finish(step.decision.is_some());
    if !gate::consent_in_force(ctx, asker, &case, doing)? {
        return Ok(Then::Stop);
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
            // Esc goes back to the clock, the step still running.
            match asker.select(&d.question, &items, Some(0))? {
                Some(0) => Some(Outcome::Approved),
                Some(_) => Some(Outcome::Returned),
                None => return Ok(Then::Again),
            }
        }
        None => None,
    };
    let out = asker.checked(
        t(
            "Output (empty for none)",
            "Output (kosongkan bila tidak ada)",
        ),
        true,
        None,
        &text_rule(t("The output", "Output"), Field::Text),
    )?;
    let mut common = common(&l, None);
    let step_n = l.rows[i].step_number;
    let when = ask_when(ctx, asker, &l, step_n, false)?;
    drop(l);
    let ctx = &acting(ctx, &mut common, when)?;
    finish(ctx, &common, out.as_deref(), decision)?;
    // Nothing left to start (the last step, or a flow ended by a refusal): the walk says so
    // instead of asking whether to go on.
    let l = load(&ctx.fresh()?, &case)?;
    if l.pos.startable(&l.sop).is_empty()
        || flow::ended_by_refusal(&l.sop, &l.attempts, &l.consents, l.case.is_child).is_some()
    {
        return Ok(Then::Again);
    }
    Ok(Then::Ask)
}

/// In a walk as of an earlier time (`kasus step CASE --at`): when the step started or finished,
/// asked (default: that time; any form of --at). A time alone, or one relative to now, is read
/// as of the walk's time (`03:00` on the day of --at, not today), then checked against the real
/// clock and against the case's times (not before the last step recorded, a finish not before
/// its start), so that a time the step would refuse is asked again. None in a walk at the
/// present time.
fn ask_when(
    ctx: &Ctx,
    asker: &Terminal,
    l: &Loaded,
    step: u32,
    starts: bool,
) -> Result<Option<String>> {
    if !ctx.pinned {
        return Ok(None);
    }
    let zone = l.zone;
    // The walk's time, or the case's last time recorded when later (a step started at 10:40 in
    // a walk as of 10:30 is not offered a finish at 10:30).
    let from = l.pos.last_time.map_or(ctx.now, |last| last.max(ctx.now));
    let default = crate::clock::to_local_short(from, zone);
    let prompt = if starts {
        crate::tr!(
            "When did step {step} start?",
            "Kapan langkah {step} dimulai?"
        )
    } else {
        crate::tr!(
            "When did step {step} finish?",
            "Kapan langkah {step} selesai?"
        )
    };
    let check = |s: &str| {
        let real = crate::clock::now().ok();
        let at = real.and_then(|now| crate::when::time(s, zone, ctx.now).filter(|&t| t <= now));
        let reported = crate::clock::from_db(&l.case.reported_at);
        match at {
            Some(t) if reported.is_some_and(|r| t < r) => Checked::Wrong(format!(
                "{} ({})",
                text::time_before_reported(text::t("the answer", "jawaban itu"), &l.case.number),
                reported.map(|r| crate::clock::to_local_short(r, zone)).unwrap_or_default()
            )),
            Some(t) => match l.pos.in_order(&l.attempts, t, !starts) {
                Ok(()) => Checked::Ok(crate::clock::to_local_short(t, zone)),
                Err(r) => Checked::Wrong(text::refusal_in(&r, &l.case.number, Some(zone))),
            },
            None => Checked::Wrong(
                t(
                    "not a time up to now: \"09:30\", \"kemarin 14:00\", \"02-03-2026 08:30\"",
                    "bukan waktu sampai sekarang: \"09:30\", \"kemarin 14:00\", \"02-03-2026 08:30\"",
                )
                .to_string(),
            ),
        }
    };
    asker.checked(&prompt, false, Some(&default), &check)
}

/// The context an action runs in: at the present time, or (a time asked in a walk as of an
/// earlier time) at that time, checked against the real clock.
fn acting(ctx: &Ctx, common: &mut StepCommon, when: Option<String>) -> Result<Ctx> {
    match when {
        None => ctx.fresh(),
        Some(at) => {
            common.at = Some(at);
            Ctx {
                pinned: false,
                ..ctx.clone()
            }
            .fresh()
        }
    }
}

/// "10:00 (Menunggu instansi lain)": since when, and why, a step is paused.
fn paused_since(p: &PauseRow, zone: crate::clock::Zone) -> String {
    let since = crate::clock::from_db(&p.paused_at)
        .map(|s| crate::clock::to_local_short(s, zone))
        .unwrap_or_default();
    format!("{since} ({})", vocab::PAUSE_REASON.label(&p.reason))
}

/// The running clock's line at an instant: the working time so far on the step's clock, its
/// pauses taken off, judged against the step's standard; and whether the clock stands still
/// (paused, or the office is closed).
fn clock_line(
    row: AttemptRow,
    step: Step,
    clocks: timing::Clocks,
    pauses: Vec<PauseRow>,
) -> Box<dyn Fn(crate::clock::Instant) -> String + Send + Sync> {
    Box::new(move |now| {
        let m = steptime::measure(&row, step.clock, &clocks, &pauses, now);
        let secs = m.figures.map_or(0, |f| f.elapsed_secs);
        let (min, max) = m.standard;
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
        let time = output::paint_err(&text::verdict_line(secs, min, max, v), tone);
        if m.paused {
            paused_clock(&time)
        } else if !m.clock_running {
            closed_clock(&time)
        } else {
            running_clock(&time)
        }
    })
}

/// No step is running: offers the next one (skipped when its condition does not hold).
fn next_step(ctx: &Ctx, asker: &Terminal, l: Loaded) -> Result<Then> {
    if l.pos.complete(&l.sop) || l.pos.startable(&l.sop).is_empty() {
        crate::say!(
            "{} `kasus case close {}`.",
            t(
                "Every step of the SOP is done. Close the case with",
                "Semua langkah SOP selesai. Tutup kasus dengan"
            ),
            l.case.number
        );
        return Ok(Then::Stop);
    }
    if let Some(gate) = flow::ended_by_refusal(&l.sop, &l.attempts, &l.consents, l.case.is_child) {
        crate::say!("{}", text::refusal(&flow::refused_at(gate), &l.case.number));
        return Ok(Then::Stop);
    }
    let idx = choose_step(asker, &l)?;
    let step = l.sop.steps[idx].clone();
    show_step(&l, &step)?;
    let common = common(&l, Some(step.number));
    if let Some(q) = &step.condition {
        if !asker.confirm(q, true)? {
            let reason = asker
                .checked(
                    t(
                        "Why is the step not needed?",
                        "Mengapa langkah ini tidak diperlukan?",
                    ),
                    true,
                    None,
                    &text_rule(t("The reason", "Alasan"), Field::Text),
                )?
                .unwrap_or_else(|| format!("{}: {q}", t("not needed", "tidak diperlukan")));
            drop(l);
            skip(&ctx.fresh()?, &common, &reason)?;
            return Ok(Then::Again);
        }
    }
    if !gate::consent_in_force(ctx, asker, &l.case.number, gate::Doing::Start(step.number))? {
        return Ok(Then::Stop);
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
        crate::say!("{}", not_started(step.number, &l.case.number));
        return Ok(Then::Stop);
    }
    let mut common = common;
    common.by = ask_performer(ctx, asker, &l, &step)?;
    let when = ask_when(ctx, asker, &l, step.number, true)?;
    drop(l);
    let ctx = &acting(ctx, &mut common, when)?;
    // Nobody named (a step done outside the unit): no performer, by the same rule as flags.
    start(ctx, &common)?;
    Ok(Then::Again)
}

/// Who does the step, asked with the rule of `--by`, the answer checked as it is given, the
/// question naming the roles the SOP gives the step. A step inside the unit takes a staff
/// member: the default is the staff holding the step's role, else the case's holder, else the
/// actor (when they are active staff). A step whose roles are all outside the unit (the
/// pelapor, a partner agency) takes any name and has no default: Enter names nobody (`None`).
/// A step shared by staff and outsiders takes either, with the inside default.
fn ask_performer(ctx: &Ctx, asker: &Terminal, l: &Loaded, step: &Step) -> Result<Option<String>> {
    let check =
        |s: &str| match assignments::performer(&l.reg, &l.sop, l.case.id, step, Some(s), None) {
            Ok(Performer::Found(Some(name), _)) => Checked::Ok(name),
            Ok(Performer::Found(None, _)) => Checked::Wrong(
                t("an answer is needed here", "pertanyaan ini perlu dijawab").to_string(),
            ),
            Ok(Performer::Inactive(name)) => Checked::Wrong(text::staff_inactive(&name)),
            Ok(Performer::NotStaff(typed, names)) => Checked::Wrong(super::not_staff(
                t("The answer", "Jawaban"),
                &typed,
                &names,
                step,
            )),
            Err(e) => Checked::Wrong(e.to_string()),
        };
    let n = step.number;
    let roles = step.roles.join("; ");
    let (prompt, optional, default) = match performers(&l.sop, step) {
        Performers::Outside => (
            crate::tr!(
                "Who does step {n}? {roles}, outside the unit: any name (empty for none)",
                "Siapa yang mengerjakan langkah {n}? {roles}, di luar unit: nama siapa pun (kosongkan bila tidak ada)"
            ),
            true,
            None,
        ),
        inside => {
            let holder = assignments::suggested(&l.reg, l.case.id, step)?;
            // The actor only when they are active staff (on a shared step any name passes
            // the check, and the actor's is no outsider's).
            let actor_is_staff = matches!(
                assignments::performer(&l.reg, &l.sop, l.case.id, step, Some(&ctx.actor), None),
                Ok(Performer::Found(Some(_), Some(_)))
            );
            let default = holder.or_else(|| actor_is_staff.then(|| ctx.actor.clone()));
            let prompt = if matches!(inside, Performers::Both) {
                crate::tr!(
                    "Who does step {n}? The SOP names {roles}: a staff member, or anyone outside the unit by name",
                    "Siapa yang mengerjakan langkah {n}? Menurut SOP {roles}: staf, atau siapa pun di luar unit"
                )
            } else {
                crate::tr!(
                    "Who does step {n}? A staff member (the SOP names {roles})",
                    "Siapa yang mengerjakan langkah {n}? Staf (menurut SOP: {roles})"
                )
            };
            (prompt, false, default)
        }
    };
    asker.checked(&prompt, optional, default.as_deref(), &check)
}

/// Who may do a step, by its roles in the SOP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Performers {
    /// Every role is the unit's own: a staff member.
    Inside,
    /// Every role is outside the unit (the pelapor, a partner agency): anyone, or nobody known.
    Outside,
    /// Some roles inside, some outside: staff or anyone.
    Both,
}

fn performers(sop: &crate::sop::Sop, step: &Step) -> Performers {
    if !assignments::outside_step(sop, step) {
        Performers::Inside
    } else if assignments::only_outside(sop, step) {
        Performers::Outside
    } else {
        Performers::Both
    }
}

/// The step to start: the only one that can start, or the one the user picks.
fn choose_step(asker: &Terminal, l: &Loaded) -> Result<usize> {
    let choices = l.pos.startable(&l.sop);
    if choices.len() <= 1 {
        return Ok(choices[0]);
    }
    let items: Vec<String> = choices
        .iter()
        .map(|&i| {
            let n = l.sop.steps[i].number;
            // A step done before is a repeat: its attempt says so.
            let again = match l.next_attempt(n) {
                1 => String::new(),
                a => format!(" ({}, {})", t("again", "diulang"), attempt_word(a)),
            };
            format!(
                "{} {n}{again}: {}",
                t("Step", "Langkah"),
                crate::text::one_line(&l.sop.steps[i].activity, 60)
            )
        })
        .collect();
    match asker.select(
        t("Which step?", "Langkah mana?"),
        &items,
        Some(choices.len() - 1),
    )? {
        Some(i) => Ok(choices[i]),
        None => asker.leave(),
    }
}

fn show_step(l: &Loaded, step: &Step) -> Result<()> {
    let idx = l.sop.step_index(step.number).unwrap_or(0);
    // The running attempt's own performer when it has one (`--by` may have named a partner
    // agency); else who holds the step's role.
    let running_performer = l
        .pos
        .running
        .filter(|&i| l.rows[i].step_number == step.number)
        .and_then(|i| l.rows[i].performer.clone());
    let holder = match running_performer {
        Some(p) => Some(p),
        None => reports::holder(&l.reg, l.case.id, &step.roles)?,
    };
    let done = l
        .attempts
        .iter()
        .filter(|a| a.status != Status::Running)
        .map(|a| a.step_number)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    // The running attempt's number, else the one starting it would make: shown from the second.
    let attempt = match l.pos.running {
        Some(i) if l.attempts[i].step_number == step.number => l.attempts[i].attempt,
        _ => l.next_attempt(step.number),
    };
    let attempt = if attempt > 1 {
        format!(", {}", attempt_word(attempt))
    } else {
        String::new()
    };
    let mut s = format!(
        "\n{}  {}\n  {}\n  {}: {}{}\n  {}: {}\n",
        output::paint_err(
            &format!("{} {}", t("Step", "Langkah"), step.number),
            Tone::Heading
        ),
        output::paint_err(
            &format!(
                "{}{attempt} ({} {})",
                progress(idx + 1, l.sop.steps.len()),
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

/// "attempt 2" / "percobaan 2".
fn attempt_word(n: u32) -> String {
    crate::tr!("attempt {n}", "percobaan {n}")
}

/// "step 3 of 8" / "langkah 3 dari 8": where a step stands in its SOP.
fn progress(index: usize, total: usize) -> String {
    crate::tr!("step {index} of {total}", "langkah {index} dari {total}")
}

/// The keys that answer the live clock, on the line above it.
fn keys_line(step: u32, paused: bool) -> String {
    if paused {
        crate::tr!(
            "  Finish step {step} now? [Enter/y: finish · r: resume · n: leave it paused]",
            "  Selesaikan langkah {step} sekarang? [Enter/y: selesai · r: lanjutkan · n: biarkan dijeda]"
        )
    } else {
        crate::tr!(
            "  Finish step {step} now? [Enter/y: finish · p: pause · n: leave it running]",
            "  Selesaikan langkah {step} sekarang? [Enter/y: selesai · p: jeda · n: biarkan berjalan]"
        )
    }
}

/// Above a paused step's clock: since when, and why.
fn paused_since_line(since: &str) -> String {
    crate::tr!("  Paused since {since}.", "  Dijeda sejak {since}.")
}

/// The live clock while the step's clock runs: its working time against the standard.
fn running_clock(time: &str) -> String {
    crate::tr!("  Running for {time}", "  Berjalan selama {time}")
}

/// The same while the office is closed: the office clock stands still.
fn closed_clock(time: &str) -> String {
    crate::tr!(
        "  Office closed: clock stopped at {time}",
        "  Kantor tutup: jam berhenti pada {time}"
    )
}

/// The same while the step is paused.
fn paused_clock(time: &str) -> String {
    crate::tr!(
        "  Paused: clock stopped at {time}",
        "  Dijeda: jam berhenti pada {time}"
    )
}

/// What Ctrl-C adds while the clock runs.
fn left_running(step: u32, case: &str) -> String {
    crate::tr!(
        "Step {step} of case {case} stays running; `kasus step {case}` finishes it later.",
        "Langkah {step} kasus {case} tetap berjalan; `kasus step {case}` menyelesaikannya nanti."
    )
}

fn stays_running(case: &str) -> String {
    crate::tr!(
        "The step stays running; run `kasus step {case}` again to finish it.",
        "Langkah tetap berjalan; jalankan `kasus step {case}` lagi untuk menyelesaikannya."
    )
}

fn not_started(step: u32, case: &str) -> String {
    crate::tr!(
        "Step {step} was not started. When you are ready: `kasus step {case}` (or `kasus step start {case}`).",
        "Langkah {step} belum dimulai. Bila sudah siap: `kasus step {case}` (atau `kasus step start {case}`)."
    )
}

fn walk_paused(case: &str) -> String {
    crate::tr!(
        "Stopped here. `kasus step {case}` goes on with the next step.",
        "Berhenti di sini. `kasus step {case}` melanjutkan ke langkah berikutnya."
    )
}
