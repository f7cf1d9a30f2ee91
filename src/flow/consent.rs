//! Consent as the flow sees it: the consent events of a case, where consent for a scope stands,
//! and whether the consent gates before or at a step are in force.

use super::{Late, Refusal};
use crate::clock::Instant;
use crate::sop::{Sop, Step};

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

/// Consent needed before step `idx` may start: every gate before it (asked there, or needed
/// before it) must have its scopes in force, and so must the step's own `needs_consent`.
pub(super) fn consent_before(
    sop: &Sop,
    idx: usize,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
    for gate in &sop.steps[..idx] {
        gate_in_force(gate, consents, is_child)?;
    }
    needed_in_force(&sop.steps[idx], consents, is_child)
}

/// Every scope of a gate, asked at it or needed before it, in force.
pub(super) fn gate_in_force(
    gate: &Step,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
    scopes_in_force(gate, &gate.needs_consent, true, consents, is_child)?;
    scopes_in_force(gate, &gate.consent, false, consents, is_child)
}

/// The scopes asked at a gate (`consent`), in force: what its finish needs.
pub(super) fn asked_in_force(
    gate: &Step,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
    scopes_in_force(gate, &gate.consent, false, consents, is_child)
}

/// The scopes a step needs before it starts (`needs_consent`), in force.
pub(super) fn needed_in_force(
    step: &Step,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
    scopes_in_force(step, &step.needs_consent, true, consents, is_child)
}

fn scopes_in_force(
    gate: &Step,
    scopes: &[String],
    before: bool,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
    for scope in scopes {
        match consent_state(consents, scope, is_child) {
            ConsentState::InForce => {}
            ConsentState::Refused => return Err(refused_at(gate)),
            state => {
                return Err(Refusal::ConsentMissing {
                    gate: gate.number,
                    scopes: scopes.to_vec(),
                    state,
                    before,
                    words: gate.consent_quote(),
                    late: None,
                })
            }
        }
    }
    Ok(())
}

/// The refusal of a flow that ends at this gate, quoting the gate's own words.
pub fn refused_at(gate: &Step) -> Refusal {
    Refusal::ConsentRefused {
        gate: gate.number,
        scopes: gate.gate_scopes().cloned().collect(),
        words: gate.consent_quote(),
    }
}

/// The consent events recorded as happening at or before `at`: a step backdated to 09:00 is
/// judged by the consent in force at 09:00, not by one given at 10:00.
pub(super) fn as_of(consents: &[ConsentEvent], at: Instant) -> Vec<ConsentEvent> {
    consents.iter().filter(|e| e.at <= at).cloned().collect()
}

/// A consent found missing at `at` that the events put in force later (it was recorded after
/// the action's time, typically without `--at`): the refusal says when it is dated, so the fix
/// it suggests is recording it with its real time, not recording it again as it was.
pub(super) fn dated_later(
    refusal: Refusal,
    consents: &[ConsentEvent],
    is_child: bool,
    at: Instant,
) -> Refusal {
    let Refusal::ConsentMissing {
        gate,
        scopes,
        state,
        before,
        words,
        late: None,
    } = refusal
    else {
        return refusal;
    };
    let mut times: Vec<Instant> = consents
        .iter()
        .filter(|e| e.kind == ConsentKind::Given && e.at > at)
        .filter(|e| e.scopes.iter().any(|s| scopes.contains(s)))
        .map(|e| e.at)
        .collect();
    times.sort();
    let late = times
        .into_iter()
        .find(|&t| {
            let then = as_of(consents, t);
            scopes
                .iter()
                .all(|s| consent_state(&then, s, is_child) == ConsentState::InForce)
        })
        .map(|dated| Late { dated, wanted: at });
    Refusal::ConsentMissing {
        gate,
        scopes,
        state,
        before,
        words,
        late,
    }
}
