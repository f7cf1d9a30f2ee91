//! Unit tests of the flow core, on the built-in SOPs.

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
/// Steps 1..=n done, step k started and finished at t(k).
fn done_each_minute(n: u32) -> Vec<Attempt> {
    (1..=n)
        .map(|k| done(k, 1, Outcome::Done, k as i64, k as i64))
        .collect()
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
    let mut a = done_each_minute(8);
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
    let a = done_each_minute(12);
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
    let a = done_each_minute(5);
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
        // Tested beside their rules, in `flow::pause`.
        Refusal::AlreadyPaused { .. } => {}
        Refusal::NotPaused { .. } => {}
        Refusal::BeforePause => {}
        // Corrections: tested under "corrections" at the end of this file.
        Refusal::SkippedHasNoTimes { .. } => {}
        Refusal::RunningHasNoFinish { .. } => {}
        Refusal::Overlaps { .. } => {}
        Refusal::PauseOutside { .. } => {}
        Refusal::OutcomeWouldChange { .. } => {}
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

// ------------------------------------------------------------------ corrections

fn times(s: Option<i64>, f: Option<i64>) -> Times {
    Times {
        started_at: s.map(t),
        finished_at: f.map(t),
    }
}

#[test]
fn a_correction_keeps_the_order_of_the_attempts() {
    let s = sop("batam-34-2020");
    let a = vec![
        done(1, 1, Outcome::Done, 0, 10),
        done(2, 1, Outcome::Done, 10, 40),
        running(3, 1, 40),
    ];
    let f = CaseFlow::new(&s, &a, &[], false);
    assert_eq!(f.can_correct(1, times(Some(15), Some(35)), &[]), Ok(()));
    assert_eq!(
        f.can_correct(1, times(Some(5), None), &[]),
        Err(Refusal::Overlaps {
            step: 1,
            attempt: 1,
            before: true
        })
    );
    assert_eq!(
        f.can_correct(1, times(None, Some(45)), &[]),
        Err(Refusal::Overlaps {
            step: 3,
            attempt: 1,
            before: false
        })
    );
    assert_eq!(
        f.can_correct(1, times(Some(30), Some(20)), &[]),
        Err(Refusal::FinishBeforeStart)
    );
    assert_eq!(
        f.can_correct(2, times(None, Some(50)), &[]),
        Err(Refusal::RunningHasNoFinish { step: 3 })
    );
    assert_eq!(f.can_correct(2, times(Some(45), None), &[]), Ok(()));
    let pause = [crate::timing::Pause {
        from: t(20),
        to: Some(t(25)),
    }];
    assert_eq!(
        f.can_correct(1, times(Some(22), None), &pause),
        Err(Refusal::PauseOutside { step: 2 })
    );
    assert_eq!(
        f.can_correct(1, times(None, Some(24)), &pause),
        Err(Refusal::PauseOutside { step: 2 })
    );
}

#[test]
fn a_correction_keeps_the_consent_a_gate_and_its_next_steps_needed() {
    let s = sop("tangerang-713-2025");
    let a = vec![
        done(1, 1, Outcome::Done, 0, 20),
        done(2, 1, Outcome::Done, 40, 50),
    ];
    let withdrawn = ConsentEvent {
        kind: ConsentKind::Withdrawn,
        relation: None,
        scopes: vec!["layanan".into()],
        at: t(30),
    };
    let consents = [given("self", 10), withdrawn];
    let f = CaseFlow::new(&s, &a, &consents, false);
    // The gate finished before consent was given would not have finished.
    assert!(matches!(
        f.can_correct(0, times(None, Some(5)), &[]),
        Err(Refusal::ConsentMissing { gate: 1, .. })
    ));
    assert_eq!(f.can_correct(0, times(None, Some(15)), &[]), Ok(()));
    // Step 2 started after consent was withdrawn would not have started.
    assert!(matches!(
        f.can_correct(1, times(Some(35), None), &[]),
        Err(Refusal::ConsentMissing { gate: 1, .. })
    ));
    assert_eq!(f.can_correct(1, times(Some(25), None), &[]), Ok(()));
}

#[test]
fn a_voided_refusal_lifts_the_gate_it_ended() {
    let s = sop("tangerang-713-2025");
    let a = vec![done(1, 1, Outcome::Refused, 0, 20)];
    let refusal = |at| ConsentEvent {
        kind: ConsentKind::Refused,
        relation: Some("self".into()),
        scopes: vec!["layanan".into()],
        at: t(at),
    };
    assert_eq!(
        refusals_lifted(&s, &a, &[refusal(10)], false),
        Vec::<usize>::new()
    );
    assert_eq!(refusals_lifted(&s, &a, &[], false), vec![0]);
    // A refusal recorded after the gate finished did not end it.
    assert_eq!(refusals_lifted(&s, &a, &[refusal(30)], false), vec![0]);
}

#[test]
fn refusal_skipped_has_no_times() {
    let s = sop("tangerang-357-2025");
    let mut a = done_each_minute(4);
    a.push(Attempt {
        step_number: 5,
        attempt: 1,
        status: Status::Skipped,
        outcome: Some(Outcome::Skipped),
        started_at: None,
        finished_at: Some(t(6)),
    });
    assert_eq!(
        flow(&s, &a, &[]).can_correct(4, times(None, Some(7)), &[]),
        Err(Refusal::SkippedHasNoTimes { step: 5 })
    );
}

#[test]
fn refusal_outcome_would_change() {
    let s = sop("tangerang-713-2025");
    let a = vec![done(1, 1, Outcome::Refused, 0, 20)];
    let consents = [
        given("self", 2),
        ConsentEvent {
            kind: ConsentKind::Refused,
            relation: Some("self".into()),
            scopes: vec!["layanan".into()],
            at: t(10),
        },
    ];
    // Finished before the refusal, the gate would have been done, not refused.
    assert_eq!(
        flow(&s, &a, &consents).can_correct(0, times(None, Some(5)), &[]),
        Err(Refusal::OutcomeWouldChange { step: 1 })
    );
    assert_eq!(
        flow(&s, &a, &consents).can_correct(0, times(None, Some(15)), &[]),
        Ok(())
    );
}
