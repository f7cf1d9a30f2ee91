//! `kasus` with no arguments, at a terminal: what needs attention now, the way `git status`
//! does. The running steps of open cases (the actor's own first, when `--actor`/KASUS_ACTOR
//! names a staff member), those over their standard marked, then the open cases with nothing
//! running. Each running step's time is its effective working time on its clock
//! (`steptime::running`, pauses taken off), with a word when its clock stands still: paused, or
//! the office closed. Without a terminal `kasus` alone prints the usage instead (see `lib.rs`).

use super::Ctx;
use crate::clock;
use crate::error::Result;
use crate::flow;
use crate::least::Least;
use crate::output::{self, Tone};
use crate::register::{flow_case, reports, Register};
use crate::text::{self, t};
use crate::timing::{self, Verdict};

/// True when `kasus` alone should show the status: stdin and stdout are terminals.
pub fn at_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// A running step's order in its section: the overdue first, the most overdue first (then the
/// query's order, by start).
type LineKey = (bool, std::cmp::Reverse<u64>);

/// How many running steps (in each section) and idle cases the view lists; the rest are
/// counted ("and 5 more").
const SHOWN: usize = 12;

pub fn run(ctx: &Ctx) -> Result<()> {
    let path = match &ctx.db {
        Some(p) => p.clone(),
        None => crate::register::default_path()?,
    };
    if crate::register::server_url(&path).is_none() && !path.is_file() {
        // Showing the status never creates a register.
        return output::print(&status_no_register(&path.display().to_string()));
    }
    // Showing the status never creates a register, on a server neither.
    let reg = ctx.reading(true).open()?;
    let zone = reg.zone()?;
    let me = reg.find_staff(&ctx.actor)?.filter(|s| s.active);
    let work = crate::open_work::OpenWork::new(&reg)?;
    let mut busy = std::collections::BTreeSet::new();
    // Only the lines shown are kept (and made), with the count of each section.
    let mut mine_lines: Least<LineKey, String> = Least::new(SHOWN);
    let mut other_lines: Least<LineKey, String> = Least::new(SHOWN);
    work.each(None, ctx.now, false, |rs| {
        let (r, m) = (&rs.run, &rs.measured);
        busy.insert(r.case_id);
        let activity = || {
            work.sop(r.sop_version_id)
                .and_then(|s| s.step(r.step_number))
                .map(|s| crate::text::one_line(&s.activity, 60))
                .unwrap_or_default()
        };
        // Effective working time on the step's clock, its pauses taken off.
        let elapsed = m.figures.map_or(0, |f| f.elapsed_secs);
        let max = m.standard.1;
        let verdict = running_verdict(elapsed, max);
        let over_by = match verdict {
            Verdict::Over(s) => s,
            _ => 0,
        };
        let over = matches!(verdict, Verdict::Over(_));
        let mine = me.as_ref().is_some_and(|m| {
            r.performer_staff_id == Some(m.id) || r.performer.as_deref() == Some(m.name.as_str())
        });
        let text = || {
            let since = clock::from_db(&r.started_at)
                .map(|s| clock::to_local_short(s, zone))
                .unwrap_or_default();
            // "1 jam 5 menit, standard 20 menit: over by 45 menit", in at most two units as
            // `report overdue` prints them ("29 hari").
            let clock_text = text::verdict_line_rough(elapsed, max, max, verdict);
            // Why the clock stands still, if it does.
            let still = if m.paused {
                format!(" ({})", t("paused", "dijeda"))
            } else if !m.clock_running {
                format!(
                    " ({})",
                    t("office closed: clock stopped", "kantor tutup: jam berhenti")
                )
            } else {
                String::new()
            };
            format!(
                "  {}  {} {}  {}\n      {}{still}\n      {} {since}{}",
                output::paint(&r.case_number, Tone::Heading),
                t("step", "langkah"),
                r.step_number,
                activity(),
                output::paint(&clock_text, if over { Tone::Bad } else { Tone::Good }),
                t("since", "sejak"),
                r.performer
                    .as_deref()
                    .map(|p| format!(" — {p}"))
                    .unwrap_or_default(),
            )
        };
        let key = (!over, std::cmp::Reverse(over_by));
        match mine {
            true => mine_lines.push(key, text),
            false => other_lines.push(key, text),
        }
        Ok(())
    })?;
    // The actor's own first, then the others: in each, the overdue (the most overdue first),
    // then by start (the query's order).
    let mut out = String::new();
    if let Some(m) = &me {
        out.push_str(&section(&status_yours(&m.name, mine_lines.seen())));
        out.push_str(&shown(mine_lines));
    }
    let heading = if me.is_some() {
        status_others(other_lines.seen())
    } else {
        status_running(other_lines.seen())
    };
    out.push_str(&section(&heading));
    out.push_str(&shown(other_lines));
    out.push_str(&waiting_cases(&reg, &busy, ctx.now)?);
    out.push('\n');
    let hint = output::wrap(status_hint(), crate::prompt::width(), "");
    out.push_str(&output::paint(&hint, Tone::Hint));
    output::print(&out)
}

/// The open cases with no step running, the longest idle first: each one's next step, a flow
/// ended by a refusal, or every step done, and how long it has been idle past [`IDLE_DAYS`].
fn waiting_cases(
    reg: &Register,
    busy: &std::collections::BTreeSet<i64>,
    now: clock::Instant,
) -> Result<String> {
    let mut out = String::new();
    let idle_secs = |a: &reports::Activity| {
        clock::from_db(&a.last_activity).map_or(0, |t| timing::elapsed_secs(t, now))
    };
    // The longest idle first (then in case order): only those shown are kept, the rest counted.
    let mut waiting: Least<String, reports::Activity> = Least::new(SHOWN);
    let mut idle_past = 0;
    reports::each_open_case_activity(reg, None, None, |a| {
        if !busy.contains(&a.case_id) {
            idle_past += usize::from(idle_secs(&a) >= IDLE_DAYS * 86_400);
            waiting.push(a.last_activity.clone(), || a);
        }
        Ok(())
    })?;
    let count = waiting.seen();
    out.push_str(&section(&status_idle(count, idle_past)));
    for a in waiting.into_sorted() {
        let Some(case) = reg.find_case(&a.case_number)? else {
            continue;
        };
        let fc = flow_case::load(reg, &case)?;
        let idle = idle_secs(&a);
        let idle_words = (idle >= IDLE_DAYS * 86_400)
            .then(|| crate::tr!("idle {} days", "diam {} hari", idle / 86_400));
        let idle_text = idle_words
            .as_deref()
            .map(|w| format!("  {}", output::paint(w, Tone::Bad)))
            .unwrap_or_default();
        // The next step's activity is cut so that the idle days stay on the line.
        let used = 4
            + a.case_number.chars().count()
            + idle_words.as_deref().map_or(0, |w| w.chars().count() + 2);
        let what = where_it_stands(&fc, crate::prompt::width().saturating_sub(used + 1));
        out.push_str(&format!(
            "  {}  {what}{idle_text}\n",
            output::paint(&a.case_number, Tone::Heading)
        ));
    }
    if count > SHOWN {
        out.push_str(&format!("  {}\n", and_more(count - SHOWN).trim()));
    }
    Ok(out)
}

/// The first [`SHOWN`] running steps of a section, and how many more there are.
fn shown(lines: Least<LineKey, String>) -> String {
    let mut out = String::new();
    let seen = lines.seen();
    for text in lines.into_sorted() {
        out.push_str(&text);
        out.push('\n');
    }
    if seen > SHOWN {
        out.push_str(&format!("  {}\n", and_more(seen - SHOWN).trim()));
    }
    out
}

fn section(heading: &str) -> String {
    format!("\n{}\n", output::paint(heading, Tone::Heading))
}

/// A running step judged against its standard's maximum by `timing::judge`: over it, still
/// running (within it), or open-ended.
fn running_verdict(elapsed: u64, max: Option<u64>) -> Verdict {
    match timing::judge(elapsed, max, max) {
        Verdict::OnTime | Verdict::WithinRange => Verdict::Running,
        v => v,
    }
}

fn status_no_register(path: &str) -> String {
    crate::tr!(
        "No register yet at {path}.\nStart with `kasus sop list` (it creates the register) \
         or `kasus intake`; `kasus --help` lists every command.",
        "Belum ada register di {path}.\nMulai dengan `kasus sop list` (membuat register) \
         atau `kasus intake`; `kasus --help` menampilkan semua perintah."
    )
}

fn status_yours(name: &str, n: usize) -> String {
    crate::tr!(
        "Your running steps ({name}): {n}",
        "Langkah Anda yang berjalan ({name}): {n}"
    )
}

fn status_others(n: usize) -> String {
    crate::tr!(
        "Other running steps: {n}",
        "Langkah lain yang berjalan: {n}"
    )
}

fn status_running(n: usize) -> String {
    crate::tr!("Running steps: {n}", "Langkah yang berjalan: {n}")
}

/// An open case with nothing running is flagged idle after this many days without step activity
/// (the default of `report overdue --idle`).
const IDLE_DAYS: u64 = 7;

fn status_idle(n: usize, idle: usize) -> String {
    crate::tr!(
        "Open cases with no step running: {n} ({idle} idle for {IDLE_DAYS} days or more)",
        "Kasus terbuka tanpa langkah berjalan: {n} ({idle} diam {IDLE_DAYS} hari atau lebih)"
    )
}

fn and_more(n: usize) -> String {
    crate::tr!(" and {n} more", " dan {n} lainnya")
}

/// Where a case with nothing running stands: its next step, its flow ended by a refusal of
/// consent, or every step done.
fn where_it_stands(fc: &flow_case::FlowCase, room: usize) -> String {
    let sop = &fc.sop;
    if let Some(gate) = flow::ended_by_refusal(sop, &fc.attempts, &fc.consents, fc.case.is_child) {
        return output::paint(
            &crate::tr!(
                "flow ended: consent refused at step {}",
                "alur berhenti: persetujuan ditolak pada langkah {}",
                gate.number
            ),
            Tone::Bad,
        );
    }
    let next = flow::position(sop, &fc.attempts).startable(sop);
    match next.first() {
        None => t(
            "all steps done: `kasus case close` closes it",
            "semua langkah selesai: `kasus case close` menutupnya",
        )
        .to_string(),
        Some(&i) => {
            let step = &sop.steps[i];
            let head = format!(
                "{} {}: ",
                t("next: step", "berikutnya: langkah"),
                step.number
            );
            let left = room.saturating_sub(console::measure_text_width(&head));
            format!(
                "{head}{}",
                text::one_line(&step.activity, left.clamp(12, 50))
            )
        }
    }
}

fn status_hint() -> &'static str {
    t(
        "`kasus step CASE` walks a case; `kasus report overdue` lists what is late; \
         `kasus --help` lists every command.",
        "`kasus step KASUS` menjalankan kasus; `kasus report overdue` menampilkan yang terlambat; \
         `kasus --help` menampilkan semua perintah.",
    )
}
