//! The SOP flow core: given a SOP, a case's step records and its consent events, which step is
//! next, what is allowed now, and where a return goes. No database, clock or terminal inside:
//! the `step` command loads, asks here, and stores.

use crate::clock::Instant;
use crate::sop::{Sop, Step};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Running,
    Finished,
    Skipped,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentKind {
    Given,
    Refused,
    Withdrawn,
}

/// One consent event.
#[derive(Debug, Clone)]
pub struct ConsentEvent {
    pub kind: ConsentKind,
    /// self, parent, guardian (None for a withdrawal recorded without it)
    pub relation: Option<String>,
    pub scopes: Vec<String>,
    pub at: Instant,
}

/// Where consent for one scope stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentState {
    Never,
    /// Given by the victim (an adult), or by a parent or guardian.
    InForce,
    /// A child consented but no parent or guardian has: not enough.
    ChildOnly,
    Withdrawn,
    Refused,
}

/// Consent for a scope, from the events in time order. The last event touching the scope
/// decides; for a child, only a parent's or guardian's consent puts it in force.
pub fn consent_state(events: &[ConsentEvent], scope: &str, is_child: bool) -> ConsentState {
    let mut state = ConsentState::Never;
    let mut guardian = false;
    let mut sorted: Vec<&ConsentEvent> = events.iter().collect();
    sorted.sort_by_key(|e| e.at);
    for e in sorted
        .into_iter()
        .filter(|e| e.scopes.iter().any(|s| s == scope))
    {
        match e.kind {
            ConsentKind::Given => {
                let by_guardian = matches!(e.relation.as_deref(), Some("parent" | "guardian"));
                guardian |= by_guardian;
                state = if !is_child || guardian {
                    ConsentState::InForce
                } else {
                    ConsentState::ChildOnly
                };
            }
            ConsentKind::Withdrawn => {
                guardian = false;
                state = ConsentState::Withdrawn;
            }
            ConsentKind::Refused => {
                guardian = false;
                state = ConsentState::Refused;
            }
        }
    }
    state
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

/// Walks the recorded attempts to find the case's position.
pub fn position(sop: &Sop, attempts: &[Attempt]) -> Position {
    let mut p = Position {
        cursor: 0,
        running: None,
        repeat: None,
        last_time: None,
    };
    for (i, a) in attempts.iter().enumerate() {
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
    ConsentMissing {
        gate: u32,
        scopes: Vec<String>,
        state: ConsentState,
    },
    ConsentRefused {
        gate: u32,
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
}

/// Consent needed before step `idx` may start: every gate before it must have its scopes in force.
fn consent_before(
    sop: &Sop,
    idx: usize,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
    for gate in sop.steps[..idx].iter().filter(|s| !s.consent.is_empty()) {
        gate_in_force(gate, consents, is_child)?;
    }
    Ok(())
}

fn gate_in_force(gate: &Step, consents: &[ConsentEvent], is_child: bool) -> Result<(), Refusal> {
    for scope in &gate.consent {
        match consent_state(consents, scope, is_child) {
            ConsentState::InForce => {}
            ConsentState::Refused => return Err(Refusal::ConsentRefused { gate: gate.number }),
            state => {
                return Err(Refusal::ConsentMissing {
                    gate: gate.number,
                    scopes: gate.consent.clone(),
                    state,
                })
            }
        }
    }
    Ok(())
}

/// The consent events recorded as happening at or before `at`: a step backdated to 09:00 is
/// judged by the consent in force at 09:00, not by one given at 10:00.
fn as_of(consents: &[ConsentEvent], at: Instant) -> Vec<ConsentEvent> {
    consents.iter().filter(|e| e.at <= at).cloned().collect()
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
    consent_before(sop, idx, &as_of(consents, at), is_child)?;
    check_time(pos, at)?;
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
        match gate_in_force(step, &as_of(consents, at), is_child) {
            Ok(()) => {}
            Err(Refusal::ConsentRefused { .. }) => outcome = Outcome::Refused,
            Err(e) => return Err(e),
        }
    }
    Ok((r, outcome))
}

/// The flow ended by a refusal of consent at a gate, while that refusal still stands: a later
/// consent (the victim or family changed their mind) puts the gate's scopes in force again, and
/// the flow goes on from the step after the gate.
pub fn ended_by_refusal(
    sop: &Sop,
    attempts: &[Attempt],
    consents: &[ConsentEvent],
    is_child: bool,
) -> Option<u32> {
    attempts
        .iter()
        .filter(|a| a.outcome == Some(Outcome::Refused))
        .filter_map(|a| sop.step(a.step_number))
        .find(|gate| {
            gate.consent
                .iter()
                .any(|scope| consent_state(consents, scope, is_child) != ConsentState::InForce)
        })
        .map(|gate| gate.number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sop::{catalog::BUILTIN, file::load};
    use chrono::{Duration, TimeZone, Utc};

    fn sop(code: &str) -> Sop {
        let (_, t) = BUILTIN.iter().find(|(n, _)| n.starts_with(code)).unwrap();
        load(t).sop.unwrap()
    }
    fn t(min: i64) -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 2, 1, 0, 0).unwrap() + Duration::minutes(min)
    }
    fn done(n: u32, k: u32, outcome: Outcome, s: i64, f: i64) -> Attempt {
        Attempt {
            step_number: n,
            attempt: k,
            status: Status::Finished,
            outcome: Some(outcome),
            started_at: Some(t(s)),
            finished_at: Some(t(f)),
        }
    }
    fn running(n: u32, k: u32, s: i64) -> Attempt {
        Attempt {
            step_number: n,
            attempt: k,
            status: Status::Running,
            outcome: None,
            started_at: Some(t(s)),
            finished_at: None,
        }
    }
    fn given(relation: &str, at: i64) -> ConsentEvent {
        ConsentEvent {
            kind: ConsentKind::Given,
            relation: Some(relation.into()),
            scopes: vec!["layanan".into()],
            at: t(at),
        }
    }

    #[test]
    fn batam_return_goes_back_to_step_3_as_a_new_attempt() {
        let s = sop("batam-34-2020");
        let mut a: Vec<Attempt> = (1..=3)
            .map(|n| done(n, 1, Outcome::Done, n as i64 * 10, n as i64 * 10 + 5))
            .collect();
        a.push(done(4, 1, Outcome::Returned, 40, 45));
        assert_eq!(s.steps[position(&s, &a).cursor].number, 3);
        assert_eq!(
            CaseFlow::new(&s, &a, &[], false).can_start(None, t(50)),
            Ok(2)
        );
        assert!(matches!(
            CaseFlow::new(&s, &a, &[], false).can_start(Some(5), t(50)),
            Err(Refusal::OutOfOrder { step: 5, .. })
        ));
        a.push(done(3, 2, Outcome::Done, 50, 55));
        a.push(running(4, 2, 56));
        assert!(matches!(
            CaseFlow::new(&s, &a, &[], false).can_finish(None, t(60), false),
            Err(Refusal::IsDecision { step: 4 })
        ));
        assert_eq!(
            CaseFlow::new(&s, &a, &[], false).can_finish(None, t(60), true),
            Ok((5, Outcome::Done))
        );
    }

    #[test]
    fn consent_gate_blocks_finish_and_later_steps() {
        let s = sop("pulangpisau-8-2021");
        let mut a: Vec<Attempt> = (1..=8)
            .map(|n| done(n, 1, Outcome::Done, n as i64, n as i64))
            .collect();
        a.push(running(9, 1, 10));
        assert!(matches!(
            CaseFlow::new(&s, &a, &[], false).can_finish(None, t(12), false),
            Err(Refusal::ConsentMissing {
                gate: 9,
                state: ConsentState::Never,
                ..
            })
        ));
        let c = vec![given("self", 11)];
        assert_eq!(
            CaseFlow::new(&s, &a, &c, false).can_finish(None, t(12), false),
            Ok((8, Outcome::Done))
        );
        // A child's own consent is not enough.
        assert!(matches!(
            CaseFlow::new(&s, &a, &c, true).can_finish(None, t(12), false),
            Err(Refusal::ConsentMissing {
                state: ConsentState::ChildOnly,
                ..
            })
        ));
        let c2 = vec![given("self", 11), given("parent", 11)];
        assert!(CaseFlow::new(&s, &a, &c2, true)
            .can_finish(None, t(12), false)
            .is_ok());
        // Withdrawn consent stops the next step.
        a.pop();
        a.push(done(9, 1, Outcome::Done, 10, 12));
        let mut w = c.clone();
        w.push(ConsentEvent {
            kind: ConsentKind::Withdrawn,
            relation: None,
            scopes: vec!["layanan".into()],
            at: t(13),
        });
        assert!(matches!(
            CaseFlow::new(&s, &a, &w, false).can_start(None, t(14)),
            Err(Refusal::ConsentMissing {
                state: ConsentState::Withdrawn,
                ..
            })
        ));
        assert_eq!(
            CaseFlow::new(&s, &a, &c, false).can_start(None, t(14)),
            Ok(9)
        );
    }

    #[test]
    fn repeating_step_may_be_recorded_again_until_the_case_moves_on() {
        let s = sop("pulangpisau-8-2021");
        let a: Vec<Attempt> = (1..=12)
            .map(|n| done(n, 1, Outcome::Done, n as i64, n as i64))
            .collect();
        let c = vec![given("self", 0)];
        let p = position(&s, &a);
        assert_eq!(
            p.startable(&s)
                .iter()
                .map(|&i| s.steps[i].number)
                .collect::<Vec<_>>(),
            [12, 13]
        );
        assert_eq!(
            CaseFlow::new(&s, &a, &c, false).can_start(Some(12), t(20)),
            Ok(11)
        );
        assert_eq!(
            CaseFlow::new(&s, &a, &c, false).can_start(None, t(20)),
            Ok(12)
        );
    }

    #[test]
    fn conditional_steps_skip_others_do_not() {
        let s = sop("tangerang-357-2025");
        let a: Vec<Attempt> = (1..=5)
            .map(|n| done(n, 1, Outcome::Done, n as i64, n as i64))
            .collect();
        assert_eq!(
            CaseFlow::new(&s, &a, &[], false).can_skip(None, t(9)),
            Ok(5)
        );
        let a4: Vec<Attempt> = a[..4].to_vec();
        assert_eq!(
            CaseFlow::new(&s, &a4, &[], false).can_skip(None, t(9)),
            Err(Refusal::NotConditional { step: 5 })
        );
        assert_eq!(
            CaseFlow::new(&s, &a, &[], false).can_start(None, t(1)),
            Err(Refusal::BeforePrevious)
        );
    }

    // ---------------------------------------------------------------- one test per Refusal

    /// No wildcard: a new `Refusal` variant does not compile until it is listed here, and the
    /// list is the index of the tests below (one per variant, named after it).
    fn _every_refusal_has_a_test_below(r: &Refusal) {
        match r {
            Refusal::AlreadyRunning { .. } => {}
            Refusal::NothingRunning => {}
            Refusal::NotRunning { .. } => {}
            Refusal::Complete => {}
            Refusal::UnknownStep { .. } => {}
            Refusal::OutOfOrder { .. } => {}
            Refusal::ConsentMissing { .. } => {}
            Refusal::ConsentRefused { .. } => {}
            Refusal::NotConditional { .. } => {}
            Refusal::NotDecision { .. } => {}
            Refusal::IsDecision { .. } => {}
            Refusal::BeforePrevious => {}
            Refusal::FinishBeforeStart => {}
        }
    }

    /// Batam's steps 1..=n done, ten minutes each from t(0).
    fn walked(n: u32) -> Vec<Attempt> {
        (1..=n)
            .map(|k| done(k, 1, Outcome::Done, 10 * (k as i64 - 1), 10 * k as i64))
            .collect()
    }

    fn flow<'a>(s: &'a Sop, a: &'a [Attempt], c: &'a [ConsentEvent]) -> CaseFlow<'a> {
        CaseFlow::new(s, a, c, false)
    }

    #[test]
    fn refusal_already_running() {
        let s = sop("batam-34-2020");
        let a = vec![running(1, 1, 5)];
        assert_eq!(
            flow(&s, &a, &[]).can_start(None, t(6)),
            Err(Refusal::AlreadyRunning { step: 1 })
        );
        // Asking for the running step by number, or another one, is the same refusal.
        assert_eq!(
            flow(&s, &a, &[]).can_start(Some(2), t(6)),
            Err(Refusal::AlreadyRunning { step: 1 })
        );
        // Skipping is starting: refused the same way.
        assert_eq!(
            flow(&s, &a, &[]).can_skip(None, t(6)),
            Err(Refusal::AlreadyRunning { step: 1 })
        );
    }

    #[test]
    fn refusal_nothing_running() {
        let s = sop("batam-34-2020");
        assert_eq!(
            flow(&s, &[], &[]).can_finish(None, t(6), false),
            Err(Refusal::NothingRunning)
        );
        let a = walked(1);
        assert_eq!(
            flow(&s, &a, &[]).can_finish(Some(1), t(20), true),
            Err(Refusal::NothingRunning)
        );
    }

    #[test]
    fn refusal_not_running() {
        let s = sop("batam-34-2020");
        let a = vec![running(1, 1, 5)];
        assert_eq!(
            flow(&s, &a, &[]).can_finish(Some(2), t(6), false),
            Err(Refusal::NotRunning {
                step: 2,
                running: 1
            })
        );
        assert_eq!(
            flow(&s, &a, &[]).can_finish(Some(1), t(6), false),
            Ok((0, Outcome::Done))
        );
    }

    #[test]
    fn refusal_complete() {
        let s = sop("batam-34-2020");
        let mut a = walked(3);
        a.push(done(4, 1, Outcome::Approved, 30, 40));
        a.extend([
            done(5, 1, Outcome::Done, 40, 50),
            done(6, 1, Outcome::Done, 50, 60),
        ]);
        assert!(position(&s, &a).complete(&s));
        assert_eq!(
            flow(&s, &a, &[]).can_start(None, t(70)),
            Err(Refusal::Complete)
        );
        assert_eq!(
            flow(&s, &a, &[]).can_start(Some(6), t(70)),
            Err(Refusal::Complete)
        );
        assert_eq!(
            flow(&s, &a, &[]).can_skip(None, t(70)),
            Err(Refusal::Complete)
        );
    }

    #[test]
    fn refusal_unknown_step() {
        let s = sop("batam-34-2020");
        assert_eq!(
            flow(&s, &[], &[]).can_start(Some(99), t(5)),
            Err(Refusal::UnknownStep {
                step: 99,
                known: vec![1, 2, 3, 4, 5, 6]
            })
        );
        // Tangerang 713 keeps the document's numbers: there is no step 3.
        let s = sop("tangerang-713-2025");
        assert!(matches!(
            flow(&s, &[], &[]).can_start(Some(3), t(5)),
            Err(Refusal::UnknownStep { step: 3, ref known }) if known.starts_with(&[1, 2, 4, 6])
        ));
    }

    #[test]
    fn refusal_out_of_order() {
        let s = sop("batam-34-2020");
        let a = walked(2);
        assert_eq!(
            flow(&s, &a, &[]).can_start(Some(5), t(30)),
            Err(Refusal::OutOfOrder {
                step: 5,
                expected: vec![3]
            })
        );
        // A step already done is out of order too.
        assert_eq!(
            flow(&s, &a, &[]).can_start(Some(1), t(30)),
            Err(Refusal::OutOfOrder {
                step: 1,
                expected: vec![3]
            })
        );
        assert_eq!(flow(&s, &a, &[]).can_start(Some(3), t(30)), Ok(2));
    }

    #[test]
    fn refusal_consent_missing() {
        // Tangerang 713's step 1 is its consent gate (scope layanan).
        let s = sop("tangerang-713-2025");
        let a = vec![running(1, 1, 5)];
        let missing = Err(Refusal::ConsentMissing {
            gate: 1,
            scopes: vec!["layanan".into()],
            state: ConsentState::Never,
        });
        assert_eq!(flow(&s, &a, &[]).can_finish(None, t(60), false), missing);
        // Consent given at 10:00 does not let the gate finish at 09:00 (as of its time).
        let c = vec![given("self", 120)];
        assert_eq!(flow(&s, &a, &c).can_finish(None, t(60), false), missing);
        assert_eq!(
            flow(&s, &a, &c).can_finish(None, t(120), false),
            Ok((0, Outcome::Done))
        );
    }

    #[test]
    fn refusal_consent_refused() {
        let s = sop("tangerang-713-2025");
        let refused = vec![ConsentEvent {
            kind: ConsentKind::Refused,
            relation: Some("self".into()),
            scopes: vec!["layanan".into()],
            at: t(10),
        }];
        // Finishing the gate while consent is refused is allowed, as a refusal.
        let a = vec![running(1, 1, 5)];
        assert_eq!(
            flow(&s, &a, &refused).can_finish(None, t(20), false),
            Ok((0, Outcome::Refused))
        );
        // After it, the next step may not start.
        let a = vec![done(1, 1, Outcome::Refused, 5, 20)];
        assert_eq!(
            flow(&s, &a, &refused).can_start(None, t(30)),
            Err(Refusal::ConsentRefused { gate: 1 })
        );
        assert_eq!(ended_by_refusal(&s, &a, &refused, false), Some(1));
        // A later consent lets the flow go on.
        let mut later = refused.clone();
        later.push(given("self", 40));
        assert_eq!(flow(&s, &a, &later).can_start(None, t(50)), Ok(1));
        assert_eq!(ended_by_refusal(&s, &a, &later, false), None);
    }

    #[test]
    fn refusal_not_conditional() {
        let s = sop("batam-34-2020");
        assert_eq!(
            flow(&s, &[], &[]).can_skip(None, t(5)),
            Err(Refusal::NotConditional { step: 1 })
        );
    }

    #[test]
    fn refusal_not_decision() {
        let s = sop("batam-34-2020");
        let a = vec![running(1, 1, 5)];
        assert_eq!(
            flow(&s, &a, &[]).can_finish(None, t(10), true),
            Err(Refusal::NotDecision { step: 1 })
        );
    }

    #[test]
    fn refusal_is_decision() {
        let s = sop("batam-34-2020");
        let mut a = walked(3);
        a.push(running(4, 1, 30));
        assert_eq!(
            flow(&s, &a, &[]).can_finish(None, t(40), false),
            Err(Refusal::IsDecision { step: 4 })
        );
        assert_eq!(
            flow(&s, &a, &[]).can_finish(None, t(40), true),
            Ok((3, Outcome::Done))
        );
    }

    #[test]
    fn refusal_before_previous() {
        let s = sop("batam-34-2020");
        let a = walked(1); // step 1 from t(0) to t(10)
        assert_eq!(
            flow(&s, &a, &[]).can_start(None, t(5)),
            Err(Refusal::BeforePrevious)
        );
        assert_eq!(flow(&s, &a, &[]).can_start(None, t(10)), Ok(1));
    }

    #[test]
    fn refusal_finish_before_start() {
        let s = sop("batam-34-2020");
        let a = vec![running(1, 1, 30)];
        assert_eq!(
            flow(&s, &a, &[]).can_finish(None, t(10), false),
            Err(Refusal::FinishBeforeStart)
        );
        assert_eq!(
            flow(&s, &a, &[]).can_finish(None, t(30), false),
            Ok((0, Outcome::Done))
        );
    }
}
