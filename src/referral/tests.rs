//! The pure rules of referrals: transitions, consent to share per recipient kind, times.

use super::*;
use crate::clock::{self, Instant, Zone};
use crate::flow::ConsentKind;
use crate::worktime::{Calendar, Office};

fn t(s: &str) -> Instant {
    clock::parse_local(s, Zone::Wib).unwrap()
}

#[test]
fn each_transition_and_each_refused_one() {
    use Action::*;
    use Status::*;
    assert_eq!(transition(Sent, Accept), Some(Accepted));
    assert_eq!(transition(Sent, Reject), Some(Rejected));
    assert_eq!(transition(Accepted, Action::Done), Some(Status::Done));
    assert_eq!(transition(Sent, Cancel), Some(Cancelled));
    assert_eq!(transition(Accepted, Cancel), Some(Cancelled));
    assert_eq!(transition(Sent, Action::Done), None);
    assert_eq!(transition(Accepted, Accept), None);
    assert_eq!(transition(Accepted, Reject), None);
    for closed in [Rejected, Status::Done, Cancelled] {
        for a in [Accept, Reject, Action::Done, Cancel] {
            assert_eq!(transition(closed, a), None, "{closed:?} {a:?}");
        }
    }
    for s in STATUSES {
        assert_eq!(Status::parse(s).unwrap().code(), *s);
    }
}

#[test]
fn what_identifies() {
    assert!(identifying("identity") && identifying("contact") && identifying("chronology"));
    assert!(!identifying("assessment") && !identifying("violence"));
}

fn given(kinds: &[&str], at: &str, ends: Option<&str>) -> ShareConsent {
    ShareConsent {
        kind: ConsentKind::Given,
        relation: Some("self".into()),
        scopes: vec!["layanan".into(), SHARE_SCOPE.into()],
        recipients: kinds.iter().map(|k| k.to_string()).collect(),
        ends: ends.map(t),
        at: t(at),
    }
}

fn withdrawn(at: &str) -> ShareConsent {
    ShareConsent {
        kind: ConsentKind::Withdrawn,
        relation: None,
        scopes: vec![SHARE_SCOPE.into()],
        recipients: vec![],
        ends: None,
        at: t(at),
    }
}

#[test]
fn consent_covers_the_kinds_it_names_until_its_end() {
    let now = t("2026-03-02 10:00");
    assert_eq!(share_state(&[], "kesehatan", now, false), ShareState::Never);
    let all = [given(&[], "2026-03-02 09:00", None)];
    assert_eq!(
        share_state(&all, "kepolisian", now, false),
        ShareState::InForce
    );
    let health = [given(&["kesehatan"], "2026-03-02 09:00", None)];
    assert_eq!(
        share_state(&health, "kesehatan", now, false),
        ShareState::InForce
    );
    assert_eq!(
        share_state(&health, "kepolisian", now, false),
        ShareState::OtherKind
    );
    // Judged at the time: given after it is not read.
    assert_eq!(
        share_state(&all, "kesehatan", t("2026-03-02 08:00"), false),
        ShareState::Never
    );
    let ending = [given(&[], "2026-03-02 09:00", Some("2026-03-03 00:00"))];
    assert_eq!(
        share_state(&ending, "kesehatan", now, false),
        ShareState::InForce
    );
    assert_eq!(
        share_state(&ending, "kesehatan", t("2026-03-03 00:00"), false),
        ShareState::Expired
    );
    let gone = [all[0].clone(), withdrawn("2026-03-02 09:30")];
    assert_eq!(
        share_state(&gone, "kesehatan", now, false),
        ShareState::Withdrawn
    );
    assert_eq!(
        share_state(&gone, "kesehatan", t("2026-03-02 09:15"), false),
        ShareState::InForce
    );
    // A child's own consent is not enough.
    assert_eq!(
        share_state(&all, "kesehatan", now, true),
        ShareState::ChildOnly
    );
    let mut parent = given(&[], "2026-03-02 09:10", None);
    parent.relation = Some("parent".into());
    assert_eq!(
        share_state(&[all[0].clone(), parent], "kesehatan", now, true),
        ShareState::InForce
    );
    // A scope other than sharing does not count.
    let mut services = given(&[], "2026-03-02 09:00", None);
    services.scopes = vec!["layanan".into()];
    assert_eq!(
        share_state(&[services], "kesehatan", now, false),
        ShareState::Never
    );
}

#[test]
fn standards_read_as_settings_write_them() {
    assert_eq!(
        Standard::parse("1 hari"),
        Some(Standard {
            secs: 86_400,
            days: true
        })
    );
    assert_eq!(
        Standard::parse("4 jam"),
        Some(Standard {
            secs: 4 * 3600,
            days: false
        })
    );
    assert_eq!(
        Standard::parse("30m"),
        Some(Standard {
            secs: 1800,
            days: false
        })
    );
    assert_eq!(Standard::parse("1-2 jam"), None);
    assert_eq!(Standard::parse("0m"), None);
    assert_eq!(Standard::parse("soon"), None);
}

#[test]
fn times_on_the_office_clock_and_late() {
    let cal: Calendar = Office::builtin_office(Zone::Wib).calendar();
    let four_hours = Some(Standard {
        secs: 4 * 3600,
        days: false,
    });
    // Monday 2 March 2026 08:00 to 11:00: three working hours, on time.
    let m = time::measure(
        &cal,
        t("2026-03-02 08:00"),
        Some(t("2026-03-02 11:00")),
        t("2026-03-02 12:00"),
        four_hours,
    );
    assert_eq!(
        (m.secs, m.standard_secs, m.open, m.late),
        (3 * 3600, Some(4 * 3600), false, false)
    );
    // Still open at 13:30 with a midday break: late once over four working hours.
    let open = time::measure(
        &cal,
        t("2026-03-02 08:00"),
        None,
        t("2026-03-02 16:00"),
        four_hours,
    );
    assert!(open.open && open.late, "{open:?}");
    // No standard: never late.
    let none = time::measure(
        &cal,
        t("2026-03-02 08:00"),
        None,
        t("2026-03-09 16:00"),
        None,
    );
    assert!(!none.late);
    // One working day from Friday afternoon runs to Monday afternoon.
    let day = Some(Standard {
        secs: 86_400,
        days: true,
    });
    let fri = time::measure(
        &cal,
        t("2026-03-06 14:00"),
        Some(t("2026-03-09 13:00")),
        t("2026-03-09 13:00"),
        day,
    );
    assert!(!fri.late, "{fri:?}");
}

#[test]
fn a_handover_completes_at_acceptance_and_rejected_or_cancelled_are_never_late() {
    let cal: Calendar = Office::builtin_office(Zone::Wib).calendar();
    let hour = Some(Standard {
        secs: 3600,
        days: false,
    });
    let times = |status, handover, answered: Option<&str>, cancelled: Option<&str>| time::Times {
        status,
        handover,
        sent: t("2026-03-02 08:00"),
        answered: answered.map(t),
        done: None,
        cancelled: cancelled.map(t),
    };
    let now = t("2026-03-04 12:00");
    // A handover accepted at 08:30: its completion stopped there, on time.
    let (r, c) = time::of(
        &cal,
        &times(Status::Accepted, true, Some("2026-03-02 08:30"), None),
        hour,
        hour,
        now,
    );
    assert_eq!((r.secs, c.secs, c.open, c.late), (1800, 1800, false, false));
    // The same referral, not a handover: its completion runs on and is late.
    let (_, c) = time::of(
        &cal,
        &times(Status::Accepted, false, Some("2026-03-02 08:30"), None),
        hour,
        hour,
        now,
    );
    assert!(c.open && c.late, "{c:?}");
    // Rejected at 11:00 (three hours: over its hour), cancelled at 11:00: over, never late.
    for (status, answered, cancelled) in [
        (Status::Rejected, Some("2026-03-02 11:00"), None),
        (Status::Cancelled, None, Some("2026-03-02 11:00")),
    ] {
        let (r, c) = time::of(
            &cal,
            &times(status, false, answered, cancelled),
            hour,
            hour,
            now,
        );
        assert!(r.over && !r.late && !r.open, "{status:?} {r:?}");
        assert!(c.over && !c.late && !c.open, "{status:?} {c:?}");
        assert_eq!(c.secs, 3 * 3600);
    }
    assert!(time::completed(Status::Accepted, true) && !time::completed(Status::Accepted, false));
}

fn measured(
    id: i64,
    kind: &str,
    status: Status,
    response: (u64, bool, bool),
    done: Option<u64>,
) -> Measured {
    // Over its standard; late only when neither rejected nor cancelled (as `time::of` says).
    let stopped = matches!(status, Status::Rejected | Status::Cancelled);
    let timing = |secs: u64, open: bool, over: bool| Timing {
        secs,
        standard_secs: Some(7200),
        open,
        over,
        late: over && !stopped,
    };
    Measured {
        id,
        case_number: format!("PPA/2026/{id:04}"),
        agency_kind: kind.into(),
        status,
        response: timing(response.0, response.1, response.2),
        completion: match done {
            Some(s) => timing(s, false, false),
            None => timing(response.0, true, false),
        },
        overridden: id == 1,
        handover: false,
    }
}

#[test]
fn figures_count_by_kind_and_status_with_medians_of_the_answered() {
    let rows = [
        measured(
            1,
            "kesehatan",
            Status::Done,
            (3600, false, false),
            Some(7200),
        ),
        measured(2, "kesehatan", Status::Rejected, (9000, false, true), None),
        // A handover accepted: its acceptance is its completion.
        Measured {
            handover: true,
            ..measured(
                5,
                "kepolisian",
                Status::Accepted,
                (600, false, false),
                Some(600),
            )
        },
        measured(3, "kepolisian", Status::Sent, (10_800, true, true), None),
        measured(
            4,
            "kepolisian",
            Status::Cancelled,
            (900, false, false),
            None,
        ),
    ];
    let f = figures(&rows);
    assert_eq!(f.by_kind.len(), 2);
    // The directory's order of kinds, not the order of the rows.
    assert_eq!(f.by_kind[0].agency_kind, "kesehatan");
    let h = &f.by_kind[0];
    assert_eq!((h.count, h.done, h.rejected, h.answered), (2, 1, 1, 2));
    assert_eq!(h.response_median_secs, Some(6300.0));
    assert_eq!(h.response_max_secs, Some(9000));
    assert_eq!(h.response_on_time_share, Some(0.5));
    assert_eq!(h.completion_median_secs, Some(7200.0));
    assert_eq!(h.done_share, Some(0.5));
    let p = &f.by_kind[1];
    assert_eq!((p.sent, p.cancelled, p.answered, p.late), (1, 1, 1, 1));
    assert_eq!(p.response_median_secs, Some(600.0));
    // The handover accepted is complete: its completion is counted, and it is done's share.
    assert_eq!(p.completion_median_secs, Some(600.0));
    assert_eq!(p.done_share, Some(0.5));
    // The rejected referral was answered over its standard: not on time, yet not late.
    assert_eq!(
        (f.total.count, f.total.late, f.total.consent_overrides),
        (5, 1, 1)
    );
    let late: Vec<i64> = f.late.iter().map(|l| l.id).collect();
    assert_eq!(late, [3]);
    assert_eq!(figures(&[]).total.count, 0);
}
