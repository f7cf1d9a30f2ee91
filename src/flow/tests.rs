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
fn a_void_attempt_counts_for_nothing_in_the_position() {
    let s = sop("batam-34-2020");
    let mut a: Vec<Attempt> = (1..=3)
        .map(|n| done(n, 1, Outcome::Done, n as i64 * 10, n as i64 * 10 + 5))
        .collect();
    let mut approved = done(4, 1, Outcome::Approved, 40, 45);
    approved.status = Status::Void;
    a.push(approved);
    let mut started = running(5, 1, 50);
    started.status = Status::Void;
    a.push(started);
    let p = position(&s, &a);
    // Back at step 4, nothing running, and the latest time is step 3's finish.
    assert_eq!(s.steps[p.cursor].number, 4);
    assert_eq!(p.running, None);
    assert_eq!(p.last_time, Some(t(35)));
    // Numbers are never given twice: the void attempts count for the next number.
    assert_eq!(next_attempt(&a, 4), 2);
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
        before: false,
        words: "b. Penjelasan proses layanan dan meminta persetujuan korban".into(),
        late: None,
    });
    assert_eq!(flow(&s, &a, &[]).can_finish(None, t(60), false), missing);
    // Consent given at 10:00 does not let the gate finish at 09:00 (as of its time), and the
    // refusal says it is dated 10:00.
    let c = vec![given("self", 120)];
    let Err(Refusal::ConsentMissing { late, .. }) = flow(&s, &a, &c).can_finish(None, t(60), false)
    else {
        panic!("refused")
    };
    assert_eq!(
        late,
        Some(crate::flow::Late {
            dated: t(120),
            wanted: t(60)
        })
    );
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
        Err(Refusal::ConsentRefused {
            gate: 1,
            scopes: vec!["layanan".into()],
            words: "b. Penjelasan proses layanan dan meminta persetujuan korban".into()
        })
    );
    assert_eq!(
        ended_by_refusal(&s, &a, &refused, false).map(|g| g.number),
        Some(1)
    );
    // A later consent lets the flow go on.
    let mut later = refused.clone();
    later.push(given("self", 40));
    assert_eq!(flow(&s, &a, &later).can_start(None, t(50)), Ok(1));
    assert!(ended_by_refusal(&s, &a, &later, false).is_none());
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
    // A start before the last step behind a consent gate is out of time order, not a
    // consent missing at that time (consent given at 11, gate finished at 12; a start at 11
    // is before the gate's finish).
    let s = sop("pulangpisau-8-2021");
    let mut a = done_each_minute(8);
    a.push(done(9, 1, Outcome::Done, 10, 12));
    let c = vec![given("self", 11)];
    assert_eq!(
        CaseFlow::new(&s, &a, &c, false).can_start(None, t(5)),
        Err(Refusal::BeforePrevious)
    );
    assert_eq!(
        CaseFlow::new(&s, &a, &c, false).can_start(None, t(12)),
        Ok(9)
    );
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

fn consent(kind: ConsentKind, scope: &str, at: i64) -> ConsentEvent {
    ConsentEvent {
        kind,
        relation: Some("self".into()),
        scopes: vec![scope.into()],
        at: t(at),
    }
}

/// Babel's step 3 sends the referral letter with the assessment: it needs consent to share
/// information before it starts, on top of the consent to services asked at step 2.
#[test]
fn babel_step_3_is_refused_until_consent_to_share_is_in_force() {
    let s = sop("babel-18-2024");
    let a = vec![
        done(1, 1, Outcome::Done, 1, 2),
        done(2, 1, Outcome::Done, 3, 4),
    ];
    let services = vec![consent(ConsentKind::Given, "layanan", 3)];
    let words =
        "Permintaan informasi yang bersifat pribadi harus dengan persetujuan klien inform concern";
    assert_eq!(
        flow(&s, &a, &services).can_start(None, t(10)),
        Err(Refusal::ConsentMissing {
            gate: 3,
            scopes: vec!["berbagi-informasi".into()],
            state: ConsentState::Never,
            before: true,
            words: words.into(),
            late: None,
        })
    );
    // Given at 20, as of 20: step 3 starts then, not before; before, the refusal says when
    // the consent is dated.
    let mut both = services.clone();
    both.push(consent(ConsentKind::Given, "berbagi-informasi", 20));
    assert!(matches!(
        flow(&s, &a, &both).can_start(None, t(15)),
        Err(Refusal::ConsentMissing {
            late: Some(crate::flow::Late { dated, wanted }),
            ..
        }) if dated == t(20) && wanted == t(15)
    ));
    assert_eq!(flow(&s, &a, &both).can_start(None, t(20)), Ok(2));
    // Step 3 finishes without asking anything more, and the steps after it need the consent
    // in force too: withdrawn, step 4 is refused.
    let mut a3 = a.clone();
    a3.push(running(3, 1, 20));
    assert_eq!(
        flow(&s, &a3, &both).can_finish(None, t(25), false),
        Ok((2, Outcome::Done))
    );
    a3.pop();
    a3.push(done(3, 1, Outcome::Done, 20, 25));
    let mut withdrawn = both.clone();
    withdrawn.push(consent(ConsentKind::Withdrawn, "berbagi-informasi", 26));
    assert!(matches!(
        flow(&s, &a3, &withdrawn).can_start(None, t(30)),
        Err(Refusal::ConsentMissing {
            gate: 3,
            before: true,
            state: ConsentState::Withdrawn,
            ..
        })
    ));
    assert_eq!(flow(&s, &a3, &both).can_start(None, t(30)), Ok(3));
    // Refused: the flow ends at step 3, quoting its words, until consent is given later.
    let mut refused = services.clone();
    refused.push(consent(ConsentKind::Refused, "berbagi-informasi", 5));
    assert_eq!(
        flow(&s, &a, &refused).can_start(None, t(10)),
        Err(Refusal::ConsentRefused {
            gate: 3,
            scopes: vec!["berbagi-informasi".into()],
            words: words.into()
        })
    );
    assert_eq!(
        ended_by_refusal(&s, &a, &refused, false).map(|g| g.number),
        Some(3)
    );
    // Not before the case has come to step 3.
    assert!(ended_by_refusal(&s, &a[..1], &refused, false).is_none());
    refused.push(consent(ConsentKind::Given, "berbagi-informasi", 12));
    assert!(ended_by_refusal(&s, &a, &refused, false).is_none());
    assert_eq!(flow(&s, &a, &refused).can_start(None, t(12)), Ok(2));
}

/// Babel: step 4 monitors again and again; step 5 decides, and an adapted plan goes back to
/// the intervention (step 3) as a new attempt, behind the same consent.
#[test]
fn babel_monitors_then_reviews_and_an_adapted_plan_returns_to_step_3() {
    let s = sop("babel-18-2024");
    let c = vec![
        consent(ConsentKind::Given, "layanan", 1),
        consent(ConsentKind::Given, "berbagi-informasi", 1),
    ];
    let mut a: Vec<Attempt> = (1..=4)
        .map(|n| done(n, 1, Outcome::Done, n as i64 * 10, n as i64 * 10 + 5))
        .collect();
    // After step 4, both step 4 again and step 5 may start; without --step, step 5.
    let p = position(&s, &a);
    assert_eq!(p.startable(&s), vec![3, 4]);
    assert_eq!(flow(&s, &a, &c).can_start(Some(4), t(50)), Ok(3));
    assert_eq!(flow(&s, &a, &c).can_start(None, t(50)), Ok(4));
    a.push(done(4, 2, Outcome::Done, 50, 55));
    a.push(running(5, 1, 60));
    assert!(matches!(
        flow(&s, &a, &c).can_finish(None, t(70), false),
        Err(Refusal::IsDecision { step: 5 })
    ));
    assert_eq!(
        flow(&s, &a, &c).can_finish(None, t(70), true),
        Ok((5, Outcome::Done))
    );
    a.pop();
    a.push(done(5, 1, Outcome::Returned, 60, 70));
    let p = position(&s, &a);
    assert_eq!(s.steps[p.cursor].number, 3);
    assert_eq!(p.startable(&s), vec![2]);
    assert!(matches!(
        flow(&s, &a, &c).can_start(Some(6), t(80)),
        Err(Refusal::OutOfOrder { step: 6, .. })
    ));
    assert_eq!(flow(&s, &a, &c).can_start(None, t(80)), Ok(2));
    // Round two: 3, 4, then 5 approved, and on to 6.
    a.push(done(3, 2, Outcome::Done, 80, 85));
    a.push(done(4, 3, Outcome::Done, 86, 90));
    a.push(done(5, 2, Outcome::Approved, 91, 95));
    assert_eq!(s.steps[position(&s, &a).cursor].number, 6);
    assert_eq!(flow(&s, &a, &c).can_start(None, t(100)), Ok(5));
}

/// Pulang Pisau's step 6 watches the victim until safe: recorded again and again, then on to
/// step 7; its step 12 as before.
#[test]
fn pulang_pisau_step_6_repeats_until_the_case_moves_on() {
    let s = sop("pulangpisau-8-2021");
    assert!(s.step(6).unwrap().repeat);
    assert_eq!(
        s.step(6).unwrap().repeat_until.as_deref(),
        Some("korban dalam keadaan aman dan nyaman dalam menyampaikan masalah")
    );
    let mut a = done_each_minute(6);
    assert_eq!(position(&s, &a).startable(&s), vec![5, 6]);
    assert_eq!(flow(&s, &a, &[]).can_start(Some(6), t(10)), Ok(5));
    a.push(done(6, 2, Outcome::Done, 10, 11));
    a.push(done(6, 3, Outcome::Done, 12, 13));
    assert_eq!(position(&s, &a).startable(&s), vec![5, 6]);
    a.push(done(7, 1, Outcome::Done, 14, 15));
    // Moved on: step 6 is behind.
    assert!(matches!(
        flow(&s, &a, &[]).can_start(Some(6), t(20)),
        Err(Refusal::OutOfOrder { step: 6, .. })
    ));
}

/// Tangerang 713 cycles: its step 6 decides, and a return sends the case back to step 1.
#[test]
fn tangerang_713_goes_round_again_from_step_6_to_step_1() {
    let s = sop("tangerang-713-2025");
    let c = vec![given("self", 1)];
    let mut a = vec![
        done(1, 1, Outcome::Done, 1, 2),
        done(2, 1, Outcome::Done, 3, 4),
        done(4, 1, Outcome::Done, 5, 6),
        done(6, 1, Outcome::Returned, 7, 8),
    ];
    assert_eq!(position(&s, &a).cursor, 0);
    assert_eq!(flow(&s, &a, &c).can_start(None, t(9)), Ok(0));
    a.extend([
        done(1, 2, Outcome::Done, 9, 10),
        done(2, 2, Outcome::Done, 11, 12),
        done(4, 2, Outcome::Done, 13, 14),
        done(6, 2, Outcome::Approved, 15, 16),
    ]);
    assert!(position(&s, &a).complete(&s));
}

/// The SOP's total: the minimum leaves out the conditional steps.
#[test]
fn the_minimum_total_leaves_out_conditional_steps() {
    let s = sop("tangerang-357-2025");
    assert_eq!((s.total.min_secs, s.total.max_secs), (15_980, 16_880));
    let without: u64 = s
        .steps
        .iter()
        .filter(|st| ![6, 8].contains(&st.number))
        .map(|st| st.standard.min_secs.unwrap())
        .sum();
    assert_eq!(without, s.total.min_secs);
}
