//! The walk of `kasus step CASE` at a terminal: shows where the case stands, offers to finish
//! the running step (with a live clock) or to start, skip or decide the next one, and records
//! each answer through the scripted actions of `step`.

use super::Ctx;
use super::{finish, first_line, load, skip, start, Loaded};
use crate::cli::StepCommon;
use crate::error::Result;
use crate::flow::{self, Outcome, Status};
use crate::output::{self, Tone};
use crate::prompt::{Asker, Terminal};
use crate::register::reports;
use crate::sop::Step;
use crate::text::{self, t};
use crate::timing;

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
        if !asker.confirm(
            t("Go on with the next step?", "Lanjut ke langkah berikutnya?"),
            true,
        )? {
            eprintln!("{}", walk_paused(key));
            return Ok(());
        }
    }
}

fn heading(l: &Loaded) {
    eprintln!(
        "\n{} — {} ({})",
        output::paint_err(
            &format!("{} {}", t("Case", "Kasus"), l.case.number),
            Tone::Heading
        ),
        l.sop.name,
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

/// A step is running: the clock runs until the user finishes it (or leaves it running).
fn finish_running(ctx: &Ctx, asker: &Terminal, l: Loaded, i: usize) -> Result<Then> {
    let step = l.step_of(i)?;
    show_step(&l, &step)?;
    let elapsed = l.attempts[i]
        .started_at
        .map(|s| timing::elapsed_secs(s, ctx.now))
        .unwrap_or(0);
    crate::prompt::on_interrupt(Some(left_running(step.number, &l.case.number)));
    let finish_now = crate::prompt::clock(elapsed, clock_line(&step))?;
    crate::prompt::on_interrupt(None);
    if !finish_now {
        eprintln!("{}", stays_running(&l.case.number));
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
    let common = common(&l, None);
    drop(l);
    finish(&ctx.fresh()?, &common, out.as_deref(), decision)?;
    Ok(Then::Ask)
}

/// The running clock's line: the time so far, judged against the step's standard.
fn clock_line(step: &Step) -> Box<dyn Fn(u64) -> String + Send + Sync> {
    let (min, max, number) = (step.standard.min_secs, step.standard.max_secs, step.number);
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
        clock_prompt(
            number,
            &output::paint_err(&text::verdict_line(secs, min, max, v), tone),
        )
    })
}

/// No step is running: offers the next one (skipped when its condition does not hold).
fn next_step(ctx: &Ctx, asker: &Terminal, l: Loaded) -> Result<Then> {
    if l.pos.complete(&l.sop) || l.pos.startable(&l.sop).is_empty() {
        eprintln!(
            "{} `kasus case close {}`.",
            t(
                "Every step of the SOP is done. Close the case with",
                "Semua langkah SOP selesai. Tutup kasus dengan"
            ),
            l.case.number
        );
        return Ok(Then::Stop);
    }
    if let Some(n) = flow::ended_by_refusal(&l.sop, &l.attempts, &l.consents, l.case.is_child) {
        eprintln!(
            "{}",
            text::refusal(&flow::Refusal::ConsentRefused { gate: n }, &l.case.number)
        );
        return Ok(Then::Stop);
    }
    let idx = choose_step(asker, &l)?;
    let step = l.sop.steps[idx].clone();
    show_step(&l, &step)?;
    let common = common(&l, Some(step.number));
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
            return Ok(Then::Again);
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
        eprintln!("{}", not_started(step.number, &l.case.number));
        return Ok(Then::Stop);
    }
    drop(l);
    start(&ctx.fresh()?, &common)?;
    Ok(Then::Again)
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
            format!(
                "{} {}: {}",
                t("Step", "Langkah"),
                l.sop.steps[i].number,
                first_line(&l.sop.steps[i].activity)
            )
        })
        .collect();
    Ok(choices[asker.select(t("Which step?", "Langkah mana?"), &items, choices.len() - 1)?])
}

fn show_step(l: &Loaded, step: &Step) -> Result<()> {
    let idx = l.sop.step_index(step.number).unwrap_or(0);
    let holder = reports::holder(&l.reg, l.case.id, &step.roles)?;
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

/// "step 3 of 8" / "langkah 3 dari 8": where a step stands in its SOP.
fn progress(index: usize, total: usize) -> String {
    crate::tr!("step {index} of {total}", "langkah {index} dari {total}")
}

/// The live clock's line while a step runs, with the keys that answer it.
fn clock_prompt(step: u32, clock: &str) -> String {
    crate::tr!(
        "  Running for {clock} · Finish step {step} now? [Enter/y: finish · n: leave it running]",
        "  Berjalan selama {clock} · Selesaikan langkah {step} sekarang? [Enter/y: selesai · n: biarkan berjalan]"
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
