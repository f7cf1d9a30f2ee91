//! Pauses (issue 12): `kasus step pause|resume` stop and start a running step's clock; only the
//! pause time inside the clock's hours is taken off; refusals change nothing; every pause and
//! resume is audited.

mod common;

use common::{Reg, CASE};

/// A register a week after the test day, with the standard case and its receiving staff.
fn week_later() -> Reg {
    let mut reg = Reg::new();
    reg.now = "2026-03-10T12:00:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.batam_case(&[]);
    reg
}

fn step_json(reg: &Reg) -> serde_json::Value {
    let out = reg.ok(&["case", "show", CASE, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["steps"][0].clone()
}

fn count(reg: &Reg, sql: &str) -> i64 {
    reg.query_i64(sql)
}

/// Golden: a step started on Friday 6 March 2026 at 09:00, paused at 10:00 waiting on another
/// agency, resumed on Monday at 10:00 and finished at 11:00. Working time 2 hours; the pause
/// takes off the Friday's 10:00-11:30 and 13:00-16:30 and the Monday's 08:00-10:00 (7 hours),
/// never the weekend, which the office clock does not count anyway.
#[test]
fn a_pause_over_a_weekend_takes_off_only_working_time() {
    let reg = week_later();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-06 09:00"]);
    let out = reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-agency",
        "--note",
        "menunggu hasil visum",
        "--at",
        "2026-03-06 10:00",
    ]);
    assert!(out.contains("paused step 1"), "{out}");
    let s = step_json(&reg);
    assert_eq!(s["status"], "running", "{s}");
    assert_eq!(s["paused"], true, "{s}");
    reg.ok(&["step", "resume", CASE, "--at", "2026-03-09 10:00"]);
    reg.ok(&["step", "finish", CASE, "--at", "2026-03-09 11:00"]);
    let s = step_json(&reg);
    assert_eq!(s["elapsed_secs"], 2 * 3600, "{s}");
    assert_eq!(s["paused_secs"], 7 * 3600, "{s}");
    assert_eq!(s["wall_secs"], 3 * 86400 + 2 * 3600, "{s}");
    assert_eq!(s["pauses"][0]["reason"], "waiting-agency", "{s}");
    assert_eq!(
        s["pauses"][0]["paused_at"], "2026-03-06T10:00:00+07:00",
        "{s}"
    );
    assert_eq!(
        s["pauses"][0]["resumed_at"], "2026-03-09T10:00:00+07:00",
        "{s}"
    );
    let audit = reg.ok(&["export", "audit", "--format", "csv"]);
    assert!(
        audit.contains("step.pause") && audit.contains("step.resume"),
        "{audit}"
    );
    // The note is kept with the pause, never in the audit trail.
    assert!(!audit.contains("visum"), "{audit}");
    assert_eq!(
        count(
            &reg,
            "SELECT count(*) FROM step_pauses WHERE note = 'menunggu hasil visum'"
        ),
        1
    );
}

#[test]
fn finishing_a_paused_step_ends_the_pause_at_the_finish() {
    let reg = week_later();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-09 08:00"]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "menunggu dokumen",
        "--at",
        "2026-03-09 08:10",
    ]);
    reg.ok(&["step", "finish", CASE, "--at", "2026-03-09 09:00"]);
    let s = step_json(&reg);
    assert_eq!(s["elapsed_secs"], 600, "{s}");
    assert_eq!(s["paused_secs"], 3000, "{s}");
    assert_eq!(
        count(
            &reg,
            "SELECT count(*) FROM step_pauses
             WHERE resumed_at IS NOT NULL AND reason = 'waiting-documents'"
        ),
        1
    );
}

#[test]
fn a_paused_step_is_shown_paused_and_its_clock_stands_still() {
    let mut reg = week_later();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-09 08:00"]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-victim",
        "--at",
        "2026-03-09 08:30",
    ]);
    let s = step_json(&reg);
    assert_eq!(s["elapsed_secs"], 1800, "{s}");
    reg.now = "2026-03-10T15:00:00+07:00".into();
    let s = step_json(&reg);
    assert_eq!(
        s["elapsed_secs"], 1800,
        "the clock stands while paused: {s}"
    );
    // Monday 08:30-12:00 and 13:00-16:00, Tuesday 08:00-12:00 and 13:00-15:00.
    assert_eq!(s["paused_secs"], (6 * 3600 + 1800) + 6 * 3600, "{s}");
}

#[test]
fn refusals_change_nothing() {
    let reg = week_later();
    // Nothing runs.
    reg.refused_saying(
        &["step", "pause", CASE, "--reason", "other"],
        4,
        &["no step of case", "is running"],
    );
    reg.refused_saying(&["step", "resume", CASE], 4, &["is running"]);
    reg.ok(&["step", "start", CASE, "--at", "2026-03-09 08:00"]);
    // Not paused.
    reg.refused_saying(&["step", "resume", CASE], 4, &["is not paused"]);
    // An unknown reason: the list is named, the input is not echoed.
    let err = reg.refused(&["step", "pause", CASE, "--reason", "Siti Rahasianama"], 3);
    assert!(
        err.contains("waiting-victim") && !err.contains("Rahasianama"),
        "{err}"
    );
    // Before the step started.
    reg.refused_saying(
        &[
            "step",
            "pause",
            CASE,
            "--reason",
            "other",
            "--at",
            "2026-03-09 07:00",
        ],
        4,
        &["before"],
    );
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "other",
        "--at",
        "2026-03-09 09:00",
    ]);
    // Already paused.
    reg.refused_saying(
        &["step", "pause", CASE, "--reason", "other"],
        4,
        &["already paused"],
    );
    // Resumed, or finished, before the pause began.
    reg.refused_saying(
        &["step", "resume", CASE, "--at", "2026-03-09 08:30"],
        4,
        &["before the last pause"],
    );
    reg.refused_saying(
        &["step", "finish", CASE, "--at", "2026-03-09 08:30"],
        4,
        &["before the last pause"],
    );
    reg.ok(&["step", "resume", CASE, "--at", "2026-03-09 09:30"]);
    // A new pause before the last resume.
    reg.refused_saying(
        &[
            "step",
            "pause",
            CASE,
            "--reason",
            "other",
            "--at",
            "2026-03-09 09:15",
        ],
        4,
        &["before the last pause"],
    );
}

#[test]
fn in_indonesian() {
    let reg = week_later();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-09 08:00"]);
    let out = reg.ok(&[
        "--lang", "id", "step", "pause", CASE, "--reason", "instansi",
    ]);
    assert!(
        out.contains("menjeda langkah 1") && out.contains("Menunggu instansi lain"),
        "{out}"
    );
    reg.refused_saying(
        &["--lang", "id", "step", "pause", CASE, "--reason", "other"],
        4,
        &["sudah dijeda"],
    );
    let out = reg.ok(&["--lang", "id", "step", "resume", CASE]);
    assert!(out.contains("melanjutkan langkah 1"), "{out}");
}
