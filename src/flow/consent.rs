//! Consent as the flow sees it: the consent events of a case, where consent for a scope stands,
//! and whether the consent gates before or at a step are in force.

use super::Refusal;
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

/// Consent needed before step `idx` may start: every gate before it must have its scopes in force.
pub(super) fn consent_before(
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

pub(super) fn gate_in_force(
    gate: &Step,
    consents: &[ConsentEvent],
    is_child: bool,
) -> Result<(), Refusal> {
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
pub(super) fn as_of(consents: &[ConsentEvent], at: Instant) -> Vec<ConsentEvent> {
    consents.iter().filter(|e| e.at <= at).cloned().collect()
}
