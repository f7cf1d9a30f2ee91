//! `kasus calendar recompute`: finished attempts keep the figures they were judged by when the
//! calendar changes, until a recompute measures those of a period again with the calendar in
//! force (stored in one audited write); a dry run writes nothing; bad dates are refused.

mod common;

use common::Reg;
use serde_json::Value;

/// "Now" for these tests: Tuesday 10 March 2026, 12:00 WIB, after both cases' steps.
const NOW: &str = "2026-03-10T12:00:00+07:00";

/// 2 and 3 March 2026 closed (a closure day each), to add to a calendar file.
const CLOSED: &str = r#"
[[date]]
date = 2026-03-02
hours = []
note = "Rapat kerja"

[[date]]
date = 2026-03-03
hours = []
note = "Rapat kerja"
"#;

/// The built-in office calendar as `calendar export` writes it, with `dates` added: the way an
/// office edits its calendar. Run before a test changes the calendar in force.
fn built_in_with(reg: &Reg, dates: &str) -> String {
    let file = reg.dir.path().join("kalender.toml");
    std::fs::write(&file, reg.ok(&["calendar", "export"]) + dates).unwrap();
    file.display().to_string()
}

/// Two Batam cases, each with step 1 (standard 5 menit) taking 15 working minutes on the
/// built-in calendar, so judged over by 10 minutes: PPA/2026/0001 on Monday 2 March,
/// PPA/2026/0002 on Tuesday 3 March. Then the calendar closing both days is imported; the
/// attempts keep their figures.
fn two_cases_then_closed_days() -> Reg {
    let mut reg = Reg::new();
    reg.now = NOW.into();
    for (name, day) in [("Siti Contoh", "2026-03-02"), ("Ani Contoh", "2026-03-03")] {
        let mut flags = common::BATAM_CASE.to_vec();
        let reported = format!("{day} 08:00");
        *flags.last_mut().unwrap() = &reported;
        flags[6] = name;
        let number = intake(&reg, &flags);
        let (start, finish) = (format!("{day} 08:05"), format!("{day} 08:20"));
        reg.ok(&["step", "start", &number, "--at", &start, "--by", name]);
        let out = reg.ok(&["step", "finish", &number, "--at", &finish]);
        assert!(out.contains("over by 10 menit"), "{out}");
    }
    let file = built_in_with(&reg, CLOSED);
    reg.ok(&["calendar", "import", &file]);
    reg
}

/// Registers a case by these intake flags; returns its number.
fn intake(reg: &Reg, flags: &[&str]) -> String {
    let mut args = flags.to_vec();
    args.push("--json");
    common::number(&reg.ok(&args))
}

/// Step 1's first attempt of a case, as `case show --format json` gives it.
fn step1(reg: &Reg, case: &str) -> Value {
    let v: Value =
        serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"])).unwrap();
    v["steps"][0].clone()
}

fn recompute_audits(reg: &Reg) -> Vec<Value> {
    let csv = reg.ok(&["export", "audit", "--format", "json"]);
    let rows: Value = serde_json::from_str(&csv).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "calendar.recompute")
        .map(|r| match &r["details"] {
            Value::String(s) => serde_json::from_str(s).unwrap(),
            v => v.clone(),
        })
        .collect()
}

#[test]
fn a_calendar_change_leaves_finished_attempts_until_recomputed() {
    let reg = two_cases_then_closed_days();
    // The import alone changes no finished attempt.
    for case in ["PPA/2026/0001", "PPA/2026/0002"] {
        let s = step1(&reg, case);
        assert_eq!(s["verdict"], "over", "{s}");
        assert_eq!(s["elapsed_secs"], 900, "{s}");
        assert_eq!(s["calendar_version"], 0, "{s}");
    }
    // Recompute 3 March onwards: only the second case's attempt is in the period.
    let out = reg.ok(&["calendar", "recompute", "--from", "2026-03-03"]);
    assert!(
        out.contains("1 finished attempt examined, 1 changed, 1 verdict changed"),
        "{out}"
    );
    assert!(out.contains("PPA/2026/0002"), "{out}");
    assert!(!out.contains("PPA/2026/0001"), "{out}");
    assert!(
        out.contains("over by") && out.contains("on time"),
        "before -> after: {out}"
    );
    let s = step1(&reg, "PPA/2026/0002");
    assert_eq!(s["verdict"], "on-time", "{s}");
    assert_eq!(s["elapsed_secs"], 0, "{s}");
    assert_eq!(s["wall_secs"], 900, "{s}");
    assert_eq!(s["calendar_version"], 1, "{s}");
    assert_eq!(s["clock"], "office", "{s}");
    // Outside the period: untouched.
    let s = step1(&reg, "PPA/2026/0001");
    assert_eq!(s["verdict"], "over", "{s}");
    assert_eq!(s["elapsed_secs"], 900, "{s}");
    assert_eq!(s["calendar_version"], 0, "{s}");
    // One audit entry for the run, with its counts and the attempt it changed.
    let audits = recompute_audits(&reg);
    assert_eq!(audits.len(), 1, "{audits:?}");
    let a = &audits[0];
    assert_eq!(a["examined"], 1, "{a}");
    assert_eq!(a["changed"], 1, "{a}");
    assert_eq!(a["verdicts_changed"], 1, "{a}");
    assert_eq!(a["calendar_version"], 1, "{a}");
    assert_eq!(
        a["attempts"][0]["verdict"],
        serde_json::json!(["over", "on-time"])
    );
    assert_eq!(
        a["attempts"][0]["elapsed_secs"],
        serde_json::json!([900, 0])
    );
    let verify = reg.ok(&["audit", "verify"]);
    assert!(verify.contains("intact"), "{verify}");
    // Again: nothing left to change, nothing written, no second audit entry.
    let before = reg.state();
    let out = reg.ok(&["calendar", "recompute", "--from", "2026-03-03"]);
    assert!(
        out.contains("0 changed") && out.contains("nothing changed"),
        "{out}"
    );
    assert_eq!(before, reg.state());
}

#[test]
fn the_period_runs_to_the_last_date_inclusive() {
    let reg = two_cases_then_closed_days();
    let out = reg.ok(&[
        "calendar",
        "recompute",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-02",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["examined"], 1, "{v}");
    assert_eq!(v["changed"], 1, "{v}");
    assert_eq!(v["dry_run"], false, "{v}");
    assert_eq!(v["attempts"][0]["case_number"], "PPA/2026/0001", "{v}");
    assert_eq!(v["attempts"][0]["before"]["verdict"], "over", "{v}");
    assert_eq!(v["attempts"][0]["after"]["verdict"], "on-time", "{v}");
    assert_eq!(step1(&reg, "PPA/2026/0001")["verdict"], "on-time");
    assert_eq!(step1(&reg, "PPA/2026/0002")["verdict"], "over");
}

#[test]
fn a_dry_run_prints_what_would_change_and_writes_nothing() {
    let reg = two_cases_then_closed_days();
    // The file's bytes on SQLite (a PostgreSQL register has none: the rows say it).
    let bytes = std::fs::read(reg.path()).ok();
    let state = reg.state();
    let out = reg.ok(&["calendar", "recompute", "--from", "2026-03-01", "--dry-run"]);
    assert!(
        out.contains("2 finished attempts examined, 2 changed, 2 verdicts changed"),
        "{out}"
    );
    assert!(out.contains("dry run: nothing was written"), "{out}");
    assert_eq!(state, reg.state(), "a dry run changed a row");
    assert_eq!(
        bytes,
        std::fs::read(reg.path()).ok(),
        "a dry run changed the register file"
    );
    assert_eq!(step1(&reg, "PPA/2026/0001")["verdict"], "over");
    assert!(recompute_audits(&reg).is_empty());
    // In Indonesian too.
    let out = reg.ok(&[
        "--lang",
        "id",
        "calendar",
        "recompute",
        "--from",
        "2026-03-01",
        "--dry-run",
    ]);
    assert!(
        out.contains("2 langkah selesai diperiksa, 2 berubah, 2 penilaian berubah")
            && out.contains("uji coba: tidak ada yang ditulis")
            && out.contains("lewat")
            && out.contains("tepat"),
        "{out}"
    );
    assert_eq!(state, reg.state());
}

#[test]
fn bad_dates_are_refused_and_change_nothing() {
    let reg = two_cases_then_closed_days();
    for (args, words) in [
        (
            &["--from", "2026-02-30"][..],
            &["--from", "not a date", "YYYY-MM-DD"][..],
        ),
        // Day first is read (03-03-2026 is 3 March), but not a day that does not exist.
        (
            &["--from", "31-02-2026"],
            &["--from", "YYYY-MM-DD", "DD-MM-YYYY"],
        ),
        (
            &["--from", "2026-03-01", "--to", "kemarin"],
            &["--to", "not a date"],
        ),
        (
            &["--from", "2026-03-05", "--to", "2026-03-01"],
            &["is after --to", "swap them"],
        ),
    ] {
        let mut a = vec!["calendar", "recompute"];
        a.extend_from_slice(args);
        reg.refused_saying(&a, 3, words);
        a.push("--dry-run");
        reg.refused_saying(&a, 3, words);
    }
    // --from is required: a usage error.
    reg.refused(&["calendar", "recompute"], 2);
    assert_eq!(step1(&reg, "PPA/2026/0001")["verdict"], "over");
    assert!(recompute_audits(&reg).is_empty());
}

#[test]
fn no_register_is_created_by_a_recompute() {
    let reg = Reg::new();
    let err = reg.refused(&["calendar", "recompute", "--from", "2026-03-01"], 5);
    let words = match reg.engine() {
        common::Engine::Sqlite => "no register there",
        common::Engine::Postgres => "no kasus register in that database",
    };
    assert!(err.contains(words), "{err}");
    assert!(!reg.path().exists());
    assert_eq!(reg.state(), "", "a recompute created a register");
}

#[test]
fn pauses_are_taken_off_by_the_new_calendars_hours() {
    // Judged on the 24/7 clock: Wednesday 4 March 2026 08:00 to 09:00, paused 08:10 to 08:40:
    // 30 minutes, over a 5-minute standard.
    let mut reg = common::register();
    reg.now = NOW.into();
    // An office open only 08:00-08:04 and 08:10-08:40 that day (written now, imported later).
    let file = built_in_with(
        &reg,
        "\n[[date]]\ndate = 2026-03-04\nhours = [\"08:00-08:04\", \"08:10-08:40\"]\n",
    );
    reg.around_the_clock();
    let mut flags = common::BATAM_CASE.to_vec();
    *flags.last_mut().unwrap() = "2026-03-04 08:00";
    let case = intake(&reg, &flags);
    reg.ok(&[
        "step",
        "start",
        &case,
        "--at",
        "2026-03-04 08:00",
        "--by",
        "Siti Contoh",
    ]);
    reg.ok(&[
        "step",
        "pause",
        &case,
        "--reason",
        "other",
        "--at",
        "2026-03-04 08:10",
    ]);
    reg.ok(&["step", "resume", &case, "--at", "2026-03-04 08:40"]);
    reg.ok(&["step", "finish", &case, "--at", "2026-03-04 09:00"]);
    let s = step1(&reg, &case);
    assert_eq!(
        (s["elapsed_secs"].clone(), s["paused_secs"].clone()),
        (1800.into(), 1800.into())
    );
    // With the office's hours that day: 34 working minutes, of which the pause took 30: 4
    // minutes, on time.
    reg.ok(&["calendar", "import", &file]);
    let out = reg.ok(&[
        "calendar",
        "recompute",
        "--from",
        "2026-03-04",
        "--to",
        "2026-03-04",
    ]);
    assert!(out.contains("1 verdict changed"), "{out}");
    let s = step1(&reg, &case);
    assert_eq!(s["wall_secs"], 3600, "{s}");
    assert_eq!(s["paused_secs"], 1800, "{s}");
    assert_eq!(s["elapsed_secs"], 240, "{s}");
    assert_eq!(s["verdict"], "on-time", "{s}");
    assert_eq!(s["calendar_version"], 2, "{s}");
}

#[test]
fn an_attempt_judged_by_the_wall_clock_is_measured_on_its_steps_clock() {
    // Monday 2 March 2026, 11:30 to 13:30, over the noon break: one working hour.
    let mut reg = common::with_standard_case();
    reg.now = NOW.into();
    let case = common::CASE;
    reg.ok(&[
        "step",
        "start",
        case,
        "--at",
        "2026-03-02 11:30",
        "--by",
        "Siti Contoh",
    ]);
    reg.ok(&["step", "finish", case, "--at", "2026-03-02 13:30"]);
    // As schema 4's migration left an attempt finished before office time: judged by the wall
    // clock, two hours, no calendar.
    reg.execute_sql(
        "UPDATE step_attempts SET clock = 'wall', elapsed_secs = 7200, wall_secs = 7200,
                paused_secs = 0, calendar_version = NULL",
    );
    let s = step1(&reg, case);
    assert_eq!(
        (s["clock"].clone(), s["elapsed_secs"].clone()),
        ("wall".into(), 7200.into())
    );
    let out = reg.ok(&[
        "calendar",
        "recompute",
        "--from",
        "2026-03-02",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["changed"], 1, "{v}");
    // Over either way: the verdict stands, the figures change.
    assert_eq!(v["verdicts_changed"], 0, "{v}");
    assert_eq!(v["attempts"][0]["before"]["clock"], "wall", "{v}");
    let s = step1(&reg, case);
    assert_eq!(s["clock"], "office", "{s}");
    assert_eq!(s["elapsed_secs"], 3600, "{s}");
    assert_eq!(s["wall_secs"], 7200, "{s}");
    assert_eq!(s["calendar_version"], 0, "{s}");
    assert_eq!(s["verdict"], "over", "{s}");
}
