//! The SOP flow core: given a SOP, a case's step records and its consent events, which step is
//! next, what is allowed now, and where a return goes. No database, clock or terminal inside:
//! the `step` command loads, asks here, and stores. Consent events and gates are in `consent.rs`;
//! the unit tests in `tests.rs`.

use crate::clock::Instant;
use crate::sop::Sop;

mod consent;
mod correct;
pub mod pause;

use consent::{as_of, asked_in_force, consent_before, dated_later};
pub use consent::{consent_state, refused_at, ConsentEvent, ConsentKind, ConsentState};
pub use correct::{refusals_lifted, Times};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Running,
    Finished,
    Skipped,
    /// Voided as recorded by mistake: as if it had never been recorded. A case's flow is
    /// given its attempts without these (`FlowCase`); [`position`] passes over one all the
    /// same.
    Void,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Approved,
    Returned,
    Refused,
    Skipped,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Approved => "approved",
            Outcome::Returned => "returned",
            Outcome::Refused => "refused",
            Outcome::Skipped => "skipped",
        }
    }
    pub fn parse(s: &str) -> Option<Outcome> {
        Some(match s {
            "done" => Outcome::Done,
            "approved" => Outcome::Approved,
            "returned" => Outcome::Returned,
            "refused" => Outcome::Refused,
            "skipped" => Outcome::Skipped,
            _ => return None,
        })
    }
}

/// One recorded attempt at a step, in the order recorded.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub step_number: u32,
    pub attempt: u32,
    pub status: Status,
    pub outcome: Option<Outcome>,
    pub started_at: Option<Instant>,
    pub finished_at: Option<Instant>,
}

/// Where a case stands in its SOP.
#[derive(Debug, Clone)]
pub struct Position {
    /// Index (into `sop.steps`) of the next step in order; `steps.len()` when all are done.
    pub cursor: usize,
    /// The running attempt, if any (index into the attempts given).
    pub running: Option<usize>,
    /// A repeating step just finished: it may be recorded again instead of moving on.
    pub repeat: Option<usize>,
    /// The latest instant recorded (a start or a finish): nothing new may come before it.
    pub last_time: Option<Instant>,
}

impl Position {
    /// Whether a start at `at` (or, `finishing`, the running step's finish) keeps the case's
    /// times in order, as recording it will check: a finish not before its start, and nothing
    /// before the latest time recorded. For a time asked at a prompt, checked as it is given.
    pub fn in_order(
        &self,
        attempts: &[Attempt],
        at: Instant,
        finishing: bool,
    ) -> Result<(), Refusal> {
        let running = self.running.and_then(|r| attempts.get(r));
        if finishing && running.is_some_and(|a| a.started_at.is_some_and(|s| at < s)) {
            return Err(Refusal::FinishBeforeStart);
        }
        check_time(self, at)
    }

    pub fn complete(&self, sop: &Sop) -> bool {
        self.running.is_none() && self.cursor >= sop.steps.len()
    }

    /// The steps that may start now, by index.
    pub fn startable(&self, sop: &Sop) -> Vec<usize> {
        if self.running.is_some() {
            return Vec::new();
        }
        let mut v = Vec::new();
        if let Some(r) = self.repeat {
            v.push(r);
        }
        if self.cursor < sop.steps.len() && !v.contains(&self.cursor) {
            v.push(self.cursor);
        }
        v
    }
}

/// The number a new start of step `n` gets: one more than the case's attempts of it.
pub fn next_attempt(attempts: &[Attempt], n: u32) -> u32 {
    attempts
        .iter()
        .filter(|a| a.step_number == n)
        .map(|a| a.attempt)
        .max()
        .unwrap_or(0)
        + 1
}

/// Walks the recorded attempts to find the case's position.
pub fn position(sop: &Sop, attempts: &[Attempt]) -> Position {
    let mut p = Position {
        cursor: 0,
        running: None,
        repeat: None,
        last_time: None,
    };
    for (i, a) in attempts.iter().enumerate() {
        if a.status == Status::Void {
            continue;
        }
        for t in [a.started_at, a.finished_at].into_iter().flatten() {
            if p.last_time.is_none_or(|l| t > l) {
                p.last_time = Some(t);
            }
        }
        let Some(idx) = sop.step_index(a.step_number) else {
            continue;
        };
        match a.status {
            Status::Running => {
                p.running = Some(i);
                p.cursor = idx;
                p.repeat = None;
            }
            Status::Skipped => {
                p.cursor = idx + 1;
                p.repeat = None;
            }
            Status::Void => {}
            Status::Finished => {
                let step = &sop.steps[idx];
                match (a.outcome, &step.decision) {
                    (Some(Outcome::Returned), Some(d)) => {
                        p.cursor = sop.step_index(d.return_to).unwrap_or(idx);
                        p.repeat = None;
                    }
                    _ => {
                        p.cursor = idx + 1;
                        p.repeat = step.repeat.then_some(idx);
                    }
                }
            }
        }
    }
    p
}

/// A consent that would put a gate's scopes in force, recorded with a time after the action's:
/// `dated` is the first time its scopes are all in force, `wanted` the action's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Late {
    pub dated: Instant,
    pub wanted: Instant,
}

/// Why a step action is not allowed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    AlreadyRunning {
        step: u32,
    },
    NothingRunning,
    NotRunning {
        step: u32,
        running: u32,
    },
    Complete,
    UnknownStep {
        step: u32,
        known: Vec<u32>,
    },
    OutOfOrder {
        step: u32,
        expected: Vec<u32>,
    },
    /// A gate's consent is not in force. `before`: the gate needs it before the step starts
    /// (`needs_consent`), rather than asking for it at the step (`consent`). `words`: the gate's
    /// own words in its SOP ([`crate::sop::Step::consent_quote`]).
    ConsentMissing {
        gate: u32,
        scopes: Vec<String>,
        state: ConsentState,
        before: bool,
        words: String,
        /// The consent is recorded, but dated after the action's time: when (see [`Late`]).
        late: Option<Late>,
    },
    /// A consent refused at (or for) a gate ends the flow there; `scopes`: the gate's, a consent
    /// to which given later reopens it.
    ConsentRefused {
        gate: u32,
        scopes: Vec<String>,
        words: String,
    },
    NotConditional {
        step: u32,
    },
    NotDecision {
        step: u32,
    },
    IsDecision {
        step: u32,
    },
    BeforePrevious,
    FinishBeforeStart,
    /// `step pause` on a step already paused.
    AlreadyPaused {
        step: u32,
    },
    /// `step resume` on a running step that is not paused.
    NotPaused {
        step: u32,
    },
    /// A pause, resume or finish timed before the step's last pause or resume.
    BeforePause,
    /// `step correct` of a skipped step's times: it has none.
    SkippedHasNoTimes {
        step: u32,
    },
    /// `step correct --finished-at` of a running step.
    RunningHasNoFinish {
        step: u32,
    },
    /// Corrected times that overlap another attempt of the case (`before`: one recorded
    /// before the corrected one, which would begin before it ended).
    Overlaps {
        step: u32,
        attempt: u32,
        before: bool,
    },
    /// Corrected times that leave one of the step's pauses outside them.
    PauseOutside {
        step: u32,
    },
    /// A consent gate's corrected finish where the consent in force gives another outcome.
    OutcomeWouldChange {
        step: u32,
    },
}

fn pick(sop: &Sop, pos: &Position, requested: Option<u32>) -> Result<usize, Refusal> {
    let startable = pos.startable(sop);
    match requested {
        None => startable.last().copied().ok_or(Refusal::Complete),
        Some(n) => {
            let idx = sop.step_index(n).ok_or_else(|| Refusal::UnknownStep {
                step: n,
                known: sop.steps.iter().map(|s| s.number).collect(),
            })?;
            if startable.contains(&idx) {
                Ok(idx)
            } else if startable.is_empty() {
                Err(Refusal::Complete)
            } else {
                Err(Refusal::OutOfOrder {
                    step: n,
                    expected: startable.iter().map(|&i| sop.steps[i].number).collect(),
                })
            }
        }
    }
}

fn check_time(pos: &Position, at: Instant) -> Result<(), Refusal> {
    match pos.last_time {
        Some(last) if at < last => Err(Refusal::BeforePrevious),
        _ => Ok(()),
    }
}

/// A case as the flow sees it: its SOP, its step attempts in the order recorded, its consent
/// events, whether the victim is a child, and the position these give.
pub struct CaseFlow<'a> {
    pub sop: &'a Sop,
    pub attempts: &'a [Attempt],
    pub consents: &'a [ConsentEvent],
    pub is_child: bool,
    pub pos: Position,
}

impl<'a> CaseFlow<'a> {
    pub fn new(
        sop: &'a Sop,
        attempts: &'a [Attempt],
        consents: &'a [ConsentEvent],
        is_child: bool,
    ) -> Self {
        CaseFlow {
            sop,
            attempts,
            consents,
            is_child,
            pos: position(sop, attempts),
        }
    }

    /// May a step start now? Returns the index of the step to start.
    pub fn can_start(&self, requested: Option<u32>, at: Instant) -> Result<usize, Refusal> {
        can_start(
            self.sop,
            &self.pos,
            self.attempts,
            self.consents,
            self.is_child,
            requested,
            at,
        )
    }

    /// May the running step finish (as a decision or plainly)? Returns the running attempt and
    /// the outcome (refused when the gate's consent was refused).
    pub fn can_finish(
        &self,
        requested: Option<u32>,
        at: Instant,
        as_decision: bool,
    ) -> Result<(usize, Outcome), Refusal> {
        let f = Finish {
            requested,
            at,
            as_decision,
        };
        can_finish(
            self.sop,
            &self.pos,
            self.attempts,
            self.consents,
            self.is_child,
            f,
        )
    }

    /// May this conditional step be skipped now? Returns its index.
    pub fn can_skip(&self, requested: Option<u32>, at: Instant) -> Result<usize, Refusal> {
        let idx = self.can_start(requested, at)?;
        if self.sop.steps[idx].condition.is_none() {
            return Err(Refusal::NotConditional {
                step: self.sop.steps[idx].number,
            });
        }
        Ok(idx)
    }
}

struct Finish {
    requested: Option<u32>,
    at: Instant,
    as_decision: bool,
}

fn can_start(
    sop: &Sop,
    pos: &Position,
    attempts: &[Attempt],
    consents: &[ConsentEvent],
    is_child: bool,
    requested: Option<u32>,
    at: Instant,
) -> Result<usize, Refusal> {
    if let Some(r) = pos.running {
        return Err(Refusal::AlreadyRunning {
            step: attempts[r].step_number,
        });
    }
    // Without --step the next step in order is meant, not a repeat of the last one.
    let idx = match requested {
        None if pos.cursor < sop.steps.len() => pos.cursor,
        None => pos.repeat.ok_or(Refusal::Complete)?,
        Some(_) => pick(sop, pos, requested)?,
    };
    // Times in order first: a start before the last step recorded is that, whatever the
    // consents in force at that time say (advice about consent would not help).
    check_time(pos, at)?;
    consent_before(sop, idx, &as_of(consents, at), is_child)
        .map_err(|r| dated_later(r, consents, is_child, at))?;
    Ok(idx)
}

fn can_finish(
    sop: &Sop,
    pos: &Position,
    attempts: &[Attempt],
    consents: &[ConsentEvent],
    is_child: bool,
    f: Finish,
) -> Result<(usize, Outcome), Refusal> {
    let Finish {
        requested,
        at,
        as_decision,
    } = f;
    let r = pos.running.ok_or(Refusal::NothingRunning)?;
    let a = &attempts[r];
    if let Some(n) = requested {
        if n != a.step_number {
            return Err(Refusal::NotRunning {
                step: n,
                running: a.step_number,
            });
        }
    }
    let step = sop.step(a.step_number).ok_or(Refusal::Complete)?;
    match (as_decision, step.decision.is_some()) {
        (true, false) => return Err(Refusal::NotDecision { step: step.number }),
        (false, true) => return Err(Refusal::IsDecision { step: step.number }),
        _ => {}
    }
    if a.started_at.is_some_and(|s| at < s) {
        return Err(Refusal::FinishBeforeStart);
    }
    check_time(pos, at)?;
    let mut outcome = Outcome::Done;
    if !step.consent.is_empty() {
        match asked_in_force(step, &as_of(consents, at), is_child) {
            Ok(()) => {}
            Err(Refusal::ConsentRefused { .. }) => outcome = Outcome::Refused,
            Err(e) => return Err(dated_later(e, consents, is_child, at)),
        }
    }
    Ok((r, outcome))
}

/// The flow ended by a refusal of consent at a gate, while that refusal still stands: a later
/// consent (the victim or family changed their mind) puts the gate's scopes in force again, and
/// the flow goes on from the step after the gate. A gate that needs its consent before it
/// starts (`needs_consent`) ends the flow when the case has come to it (or past it) and a
/// scope it needs stands refused.
pub fn ended_by_refusal<'s>(
    sop: &'s Sop,
    attempts: &[Attempt],
    consents: &[ConsentEvent],
    is_child: bool,
) -> Option<&'s crate::sop::Step> {
    let asked = attempts
        .iter()
        .filter(|a| a.outcome == Some(Outcome::Refused))
        .filter_map(|a| sop.step(a.step_number))
        .find(|gate| {
            gate.consent
                .iter()
                .any(|scope| consent_state(consents, scope, is_child) != ConsentState::InForce)
        });
    if asked.is_some() {
        return asked;
    }
    let reached = position(sop, attempts).cursor;
    sop.steps.iter().take(reached + 1).find(|gate| {
        gate.needs_consent
            .iter()
            .any(|scope| consent_state(consents, scope, is_child) == ConsentState::Refused)
    })
}

#[cfg(test)]
mod tests;
