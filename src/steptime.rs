//! An attempt's time as kasus shows it: the figures a finished attempt was judged by (as
//! stored), or a running attempt's figures measured now on its clock, its pauses taken off
//! ([`measure`], a case's [`timeline`]); and a finished attempt measured again with the
//! calendar in force ([`remeasure`], for `calendar recompute`). Used by `case show`, the walk
//! and `calendar recompute`, so that each counts time the same way; the rules themselves are in
//! [`crate::timing`].

use crate::clock::{self, Instant};
use crate::register::pauses::{self, PauseRow};
use crate::register::reports::Running;
use crate::register::steps::AttemptRow;
use crate::sop::{Clock, Sop};
use crate::timing::{self, Clocks, Figures, Verdict};

/// One attempt's time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    /// None for a skipped attempt (never timed).
    pub figures: Option<Figures>,
    /// Finished: as judged; running: `Running`; skipped: `Skipped`.
    pub verdict: Verdict,
    /// `office`, `24/7`, or `wall` (finished before office time, judged by the wall clock).
    pub clock: &'static str,
    /// The office calendar version the figures were measured by (0: built-in); None for a
    /// figure judged by the wall clock.
    pub calendar_version: Option<i64>,
    /// The standard in the clock's seconds (a standard in days: the working time of those days
    /// from the attempt's start).
    pub standard: (Option<u64>, Option<u64>),
    /// A running attempt whose effective time is past its standard's maximum.
    pub over: bool,
    /// A running attempt with an open pause.
    pub paused: bool,
    /// A running attempt whose clock runs now (the office is open, or 24/7).
    pub clock_running: bool,
}

fn clock_code(c: &str) -> &'static str {
    match c {
        "24/7" => "24/7",
        "wall" => "wall",
        _ => "office",
    }
}

/// Measures `row`: `step` is the clock its SOP step names (for an attempt started before
/// office time was recorded), `pauses` the pause rows of its case (or of every running step).
pub fn measure(
    row: &AttemptRow,
    step: Clock,
    clocks: &Clocks,
    pause_rows: &[PauseRow],
    now: Instant,
) -> Measured {
    let standard = (row.standard_min_secs, row.standard_max_secs);
    match row.status.as_str() {
        "skipped" => Measured {
            figures: None,
            verdict: Verdict::Skipped,
            clock: clock_code(row.clock.as_deref().unwrap_or("office")),
            calendar_version: None,
            standard,
            over: false,
            paused: false,
            clock_running: false,
        },
        "running" => {
            let clock = row.clock_or(step);
            let start = row.started_at.as_deref().and_then(clock::from_db);
            let spans = pauses::spans(pause_rows, row.id);
            let figures = start.map(|s| clocks.figures(clock, s, now.max(s), &spans));
            let standard = match start {
                Some(s) => (
                    clocks.standard_secs(clock, s, row.standard_min_secs, row.standard_days),
                    clocks.standard_secs(clock, s, row.standard_max_secs, row.standard_days),
                ),
                None => standard,
            };
            let elapsed = figures.map_or(0, |f| f.elapsed_secs);
            Measured {
                figures,
                verdict: Verdict::Running,
                clock: clock.as_str(),
                calendar_version: Some(clocks.version),
                standard,
                over: timing::is_over(elapsed, standard.1),
                paused: spans.iter().any(|p| p.to.is_none()),
                clock_running: clocks.is_open(clock, now),
            }
        }
        // Voided: its figures as recorded (none when it was running or skipped), never judged.
        "void" => Measured {
            figures: row.elapsed_secs.map(|elapsed| Figures {
                wall_secs: row.wall_secs.unwrap_or(elapsed),
                paused_secs: row.paused_secs.unwrap_or(0),
                elapsed_secs: elapsed,
            }),
            verdict: Verdict::Void,
            clock: clock_code(row.clock.as_deref().unwrap_or("office")),
            calendar_version: row.calendar_version,
            standard,
            over: false,
            paused: false,
            clock_running: false,
        },
        _ => {
            let elapsed = row.elapsed_secs.unwrap_or(0);
            Measured {
                figures: Some(Figures {
                    wall_secs: row.wall_secs.unwrap_or(elapsed),
                    paused_secs: row.paused_secs.unwrap_or(0),
                    elapsed_secs: elapsed,
                }),
                verdict: timing::judge(elapsed, standard.0, standard.1),
                clock: clock_code(row.clock.as_deref().unwrap_or("wall")),
                calendar_version: row.calendar_version,
                standard,
                over: false,
                paused: false,
                clock_running: false,
            }
        }
    }
}

/// A running step of the reports (`register::reports::running`) measured at `at`: its clock is
/// the one it started on, else the one its step names in `sop` (its case's SOP version), else
/// the office clock.
pub fn running(
    r: &Running,
    sop: Option<&Sop>,
    clocks: &Clocks,
    pause_rows: &[PauseRow],
    at: Instant,
) -> Measured {
    let step = sop
        .map(|s| s.step(r.step_number).map_or(s.clock, |st| st.clock))
        .unwrap_or(Clock::Office);
    measure(&r.attempt, step, clocks, pause_rows, at)
}

/// One attempt of a case's timeline (`case show`): the record, its time, its pauses.
pub struct TimelineRow {
    pub row: AttemptRow,
    pub verdict: Verdict,
    /// The effective seconds (finished: as judged; running: so far).
    pub elapsed: Option<u64>,
    pub measured: Measured,
    /// The attempt's pauses, in the order they started.
    pub pauses: Vec<PauseRow>,
}

/// A case's attempts, each measured (see [`measure`]) with its own pauses; `pause_rows` are the
/// case's pauses, `sop` its SOP (the clock of a step an old attempt does not record).
pub fn timeline(
    rows: Vec<AttemptRow>,
    sop: &Sop,
    clocks: &Clocks,
    pause_rows: &[PauseRow],
    now: Instant,
) -> Vec<TimelineRow> {
    rows.into_iter()
        .map(|row| {
            let step = sop.step(row.step_number).map_or(sop.clock, |s| s.clock);
            let measured = measure(&row, step, clocks, pause_rows, now);
            TimelineRow {
                pauses: pause_rows
                    .iter()
                    .filter(|p| p.attempt_id == row.id)
                    .cloned()
                    .collect(),
                verdict: measured.verdict,
                elapsed: measured.figures.map(|f| f.elapsed_secs),
                measured,
                row,
            }
        })
        .collect()
}

/// A finished attempt measured again with the clocks in force (`calendar recompute`): what it
/// was judged by, and what the same rule gives now.
#[derive(Debug, Clone)]
pub struct Remeasured {
    /// As stored.
    pub before: Measured,
    /// The clock it is measured on now: its own, or, for one judged by the wall clock before
    /// office time, its step's.
    pub clock: Clock,
    pub after: timing::Judged,
    pub calendar_version: i64,
}

impl Remeasured {
    /// Anything stored differs: a figure, the clock, the standard or the calendar version.
    pub fn changed(&self) -> bool {
        self.before.figures != Some(self.after.figures)
            || self.before.clock != self.clock.as_str()
            || self.before.standard != self.after.standard
            || self.before.calendar_version != Some(self.calendar_version)
    }

    /// The verdict is another one (on time, over, ...), not only over by another amount.
    pub fn verdict_changed(&self) -> bool {
        self.before.verdict.code() != self.after.verdict.code()
    }
}

/// Measures a finished attempt again by the rule `step finish` uses
/// ([`timing::measure_attempt`]): on its clock with `clocks`, its pauses taken off, its standard
/// as `step` (its SOP's) writes it. `None` for an attempt that is not finished or whose times
/// do not read.
pub fn remeasure(
    row: &AttemptRow,
    step: &crate::sop::Step,
    clocks: &Clocks,
    pauses: &[timing::Pause],
) -> Option<Remeasured> {
    if row.status != "finished" {
        return None;
    }
    let start = clock::from_db(row.started_at.as_deref()?)?;
    let end = clock::from_db(row.finished_at.as_deref()?)?;
    let clock = row.clock_or(step.clock);
    let after = timing::measure_attempt(
        clocks.calendar(clock),
        start,
        end.max(start),
        pauses,
        (step.standard.min_secs, step.standard.max_secs),
        step.standard.in_days(),
    );
    Some(Remeasured {
        // A finished attempt's stored figures: no clock or pause is read.
        before: measure(row, step.clock, clocks, &[], end),
        clock,
        after,
        calendar_version: clocks.version,
    })
}
