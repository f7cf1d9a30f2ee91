//! `kasus` with no arguments, at a terminal: what needs attention now, the way `git status`
//! does. The running steps of open cases (the actor's own first, when `--actor`/KASUS_ACTOR
//! names a staff member), those over their standard marked, then the open cases with nothing
//! running. Without a terminal `kasus` alone prints the usage instead (see `lib.rs`).

use super::Ctx;
use crate::clock;
use crate::error::Result;
use crate::output::{self, Tone};
use crate::register::{reports, Register};
use crate::sop::Sop;
use crate::text::{self, t};
use crate::timing;
use std::collections::BTreeMap;

/// True when `kasus` alone should show the status: stdin and stdout are terminals.
pub fn at_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

struct Line {
    mine: bool,
    over: bool,
    text: String,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let path = match &ctx.db {
        Some(p) => p.clone(),
        None => crate::register::default_path()?,
    };
    if !path.is_file() {
        // Showing the status never creates a register.
        return output::print(&text::status_no_register(&path.display().to_string()));
    }
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let me = reg.find_staff(&ctx.actor)?.filter(|s| s.active);
    let running = reports::running(&reg, None)?;
    let mut sops: BTreeMap<i64, Option<Sop>> = BTreeMap::new();
    let mut lines = Vec::new();
    for r in &running {
        let sop = sops
            .entry(r.sop_version_id)
            .or_insert_with(|| load_sop(&reg, r.sop_version_id));
        let activity = sop
            .as_ref()
            .and_then(|s| s.step(r.step_number))
            .map(|s| s.activity.lines().next().unwrap_or_default().to_string())
            .unwrap_or_default();
        let elapsed = clock::from_db(&r.started_at)
            .map(|s| timing::elapsed_secs(s, ctx.now))
            .unwrap_or(0);
        let over = r.max.is_some_and(|m| elapsed > m);
        let mine = me.as_ref().is_some_and(|m| {
            r.performer_staff_id == Some(m.id) || r.performer.as_deref() == Some(m.name.as_str())
        });
        let since = clock::from_db(&r.started_at)
            .map(|s| clock::to_local_short(s, zone))
            .unwrap_or_default();
        let clock_text = text::running_clock(elapsed, r.max);
        let text = format!(
            "  {}  {} {}  {}\n      {}  {} {since}{}",
            output::paint(&r.case_number, Tone::Heading),
            t("step", "langkah"),
            r.step_number,
            activity,
            output::paint(&clock_text, if over { Tone::Bad } else { Tone::Good }),
            t("since", "sejak"),
            r.performer
                .as_deref()
                .map(|p| format!(" — {p}"))
                .unwrap_or_default(),
        );
        lines.push(Line { mine, over, text });
    }
    // The actor's own first, then the overdue, then by start (the query's order).
    lines.sort_by_key(|l| (!l.mine, !l.over));
    let mut out = String::new();
    let (mine, others): (Vec<&Line>, Vec<&Line>) = lines.iter().partition(|l| l.mine);
    if let Some(m) = &me {
        out.push_str(&section(&text::status_yours(&m.name, mine.len())));
        for l in &mine {
            out.push_str(&l.text);
            out.push('\n');
        }
    }
    let heading = if me.is_some() {
        text::status_others(others.len())
    } else {
        text::status_running(others.len())
    };
    out.push_str(&section(&heading));
    for l in &others {
        out.push_str(&l.text);
        out.push('\n');
    }
    let busy: std::collections::BTreeSet<i64> = running.iter().map(|r| r.case_id).collect();
    let idle: Vec<String> = reports::open_case_activity(&reg, None)?
        .into_iter()
        .filter(|a| !busy.contains(&a.case_id))
        .map(|a| a.case_number)
        .collect();
    out.push_str(&section(&text::status_idle(idle.len())));
    const SHOWN: usize = 12;
    if !idle.is_empty() {
        let mut list = idle
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if idle.len() > SHOWN {
            list.push_str(&text::and_more(idle.len() - SHOWN));
        }
        out.push_str(&format!("  {list}\n"));
    }
    out.push('\n');
    out.push_str(&output::paint(text::status_hint(), Tone::Hint));
    output::print(&out)
}

fn section(heading: &str) -> String {
    format!("\n{}\n", output::paint(heading, Tone::Heading))
}

fn load_sop(reg: &Register, version_id: i64) -> Option<Sop> {
    reg.sop_by_id(version_id).ok()?.sop().ok()
}
