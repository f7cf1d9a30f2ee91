//! `kasus step correct` (issue 14, "Correct, never overwrite"): a recorded attempt's start,
//! finish, performer or output corrected with a reason; its verdict measured again by the rule
//! `step finish` uses; the original and every correction visible (`case show`, `report case`,
//! `export steps`); each correction one audited event naming fields, never values; every
//! refusal names what is wrong and changes nothing.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::{at, with_case, Reg, CASE};
use serde_json::Value;

/// The standard case (Batam, office clock) with step 1 done 08:05-08:30 and step 2 by Rina
/// Contoh 08:30-10:00: 1 jam 30 menit against "60 menit", over by 30 minutes.
fn late_step_2() -> Reg {
    let reg = with_case();
    reg.ok(&["staff", "add", "Budi Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:05")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:30")]);
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("08:30"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&["step", "finish", CASE, "--at", &at("10:00")]);
    reg
}

fn show(reg: &Reg) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap()
}

fn step(v: &Value, number: u64, attempt: u64) -> Value {
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["number"] == number && s["attempt"] == attempt)
        .cloned()
        .unwrap_or_else(|| panic!("no step {number}/{attempt} in {v}"))
}

fn correct(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["step", "correct", CASE]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn run_ok(reg: &Reg, extra: &[&str]) -> String {
    let args = correct(extra);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    reg.ok(&refs)
}

fn run_refused(reg: &Reg, extra: &[&str], code: i32, words: &[&str]) -> String {
    let args = correct(extra);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    reg.refused_saying(&refs, code, words)
}

fn audit_actions(reg: &Reg) -> Vec<String> {
    let out = reg.ok(&["export", "audit", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_corrected_finish_judges_the_step_again_late_to_on_time_and_keeps_the_original() {
    let reg = late_step_2();
    let before = step(&show(&reg), 2, 1);
    assert_eq!(before["verdict"], "over", "{before}");
    let audits = audit_actions(&reg).len();

    let out = run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "jam selesai salah ketik",
        ],
    );
    assert!(
        out.contains("corrected step 2 (attempt 1)") && out.contains("on time"),
        "{out}"
    );

    let v = show(&reg);
    let s = step(&v, 2, 1);
    assert_eq!(s["finished_at"], "2026-03-02T09:20:00+07:00", "{s}");
    assert_eq!(s["elapsed_secs"], 50 * 60, "{s}");
    assert_eq!(s["verdict"], "on-time", "{s}");
    assert_eq!(s["corrected"], 1, "{s}");
    assert_eq!(step(&v, 1, 1)["corrected"], 0);

    // The original stays visible: one row per field, before and after, the reason, who.
    let fields: Vec<(&str, &Value, &Value)> = v["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["field"].as_str().unwrap(), &c["before"], &c["after"]))
        .collect();
    assert_eq!(
        fields,
        [
            (
                "finished_at",
                &Value::from("2026-03-02T10:00:00+07:00"),
                &Value::from("2026-03-02T09:20:00+07:00")
            ),
            ("elapsed_secs", &Value::from("5400"), &Value::from("3000")),
            ("verdict", &Value::from("over"), &Value::from("on-time")),
        ]
    );
    let c = &v["corrections"][0];
    assert_eq!(c["reason"], "jam selesai salah ketik");
    assert_eq!(c["by"], "tester");
    assert_eq!(
        (c["step"].as_u64(), c["attempt"].as_u64()),
        (Some(2), Some(1))
    );
    let table = reg.ok(&["case", "show", CASE]);
    assert!(
        table.contains("[corrected]")
            && table.contains("Corrections:")
            && table.contains("2026-03-02 10:00 -> 2026-03-02 09:20")
            && table.contains("jam selesai salah ketik"),
        "{table}"
    );

    // One audit entry, naming the fields and never a value or the reason.
    let actions = audit_actions(&reg);
    assert_eq!(actions.len(), audits + 1, "{actions:?}");
    assert_eq!(actions.last().unwrap(), "step.correct");
    let audit = reg.ok(&["export", "audit", "--format", "csv"]);
    let entry = audit.lines().find(|l| l.contains("step.correct")).unwrap();
    assert!(
        entry.contains("finished_at") && entry.contains("verdict"),
        "{entry}"
    );
    assert!(
        !audit.contains("salah ketik") && !entry.contains("09:20") && !entry.contains("02:20"),
        "{entry}"
    );
    assert!(reg.ok(&["audit", "verify"]).contains("intact"));
    // Every row the correction wrote is in the chain.
    assert!(reg
        .ok(&["audit", "verify", "--data"])
        .contains("data intact:"));
    assert!(reg.ok(&["check"]).contains("check passed"));
}

#[test]
fn report_case_shows_the_originals_and_the_export_counts_the_corrections() {
    let reg = late_step_2();
    run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "salah",
        ],
    );
    run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--by",
            "Budi Contoh",
            "--output",
            "Laporan konseling",
            "--reason",
            "pelaksana keliru",
        ],
    );
    let report = reg.ok(&[
        "report", "case", CASE, "--period", "2026-03", "--format", "json",
    ]);
    let v: Value = serde_json::from_str(&report).unwrap();
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows[0]["corrected"], Value::Null, "{report}");
    let was = rows[1]["corrected"].as_str().expect("corrected");
    assert!(
        was.contains("finished 2026-03-02 10:00")
            && was.contains("verdict over")
            && was.contains("performer Rina Contoh"),
        "{was}"
    );
    assert_eq!(rows[1]["verdict"], "on-time");
    assert_eq!(rows[1]["performer"], "Budi Contoh");
    // In Indonesian the fields are named in Indonesian.
    let out = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args([
            "report", "case", CASE, "--period", "2026-03", "--format", "json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let was = v["rows"][1]["corrected"].as_str().expect("corrected");
    assert!(
        was.starts_with("semula: ")
            && was.contains("selesai 2026-03-02 10:00")
            && was.contains("pelaksana Rina Contoh")
            && !was.contains("finished"),
        "{was}"
    );

    let csv = reg.ok(&["export", "steps", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at_col = header
        .iter()
        .position(|c| *c == "corrected")
        .expect("corrected column");
    let counts: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().to_string())
        .collect();
    assert_eq!(at_col, header.len() - 1);
    assert_eq!(counts, ["0", "2"], "{csv}");
    let s = step(&show(&reg), 2, 1);
    assert_eq!(s["performer"], "Budi Contoh");
    assert_eq!(s["output"], "Laporan konseling");
    assert_eq!(s["corrected"], 2);
}

#[test]
fn a_corrected_start_is_measured_again_and_the_attempt_defaults_to_the_latest() {
    let reg = late_step_2();
    run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--started-at",
            &at("09:00"),
            "--reason",
            "mulai salah",
        ],
    );
    let s = step(&show(&reg), 2, 1);
    assert_eq!(s["started_at"], "2026-03-02T09:00:00+07:00");
    assert_eq!(s["elapsed_secs"], 3600);
    assert_eq!(s["verdict"], "on-time");
}

#[test]
fn a_running_step_may_have_its_start_corrected_not_a_finish() {
    let reg = late_step_2();
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("10:30"),
        "--by",
        "Rina Contoh",
    ]);
    run_refused(
        &reg,
        &[
            "--step",
            "3",
            "--finished-at",
            &at("11:00"),
            "--reason",
            "x",
        ],
        4,
        &["still running", "no finish to correct"],
    );
    run_ok(
        &reg,
        &[
            "--step",
            "3",
            "--started-at",
            &at("10:10"),
            "--reason",
            "mulai salah",
        ],
    );
    let s = step(&show(&reg), 3, 1);
    assert_eq!(s["status"], "running");
    assert_eq!(s["started_at"], "2026-03-02T10:10:00+07:00");
}

#[test]
fn corrections_keep_the_flows_rules_and_refusals_change_nothing() {
    let reg = late_step_2();
    // A start before the previous step finished.
    run_refused(
        &reg,
        &["--step", "2", "--started-at", &at("08:20"), "--reason", "x"],
        4,
        &["before step 1 (attempt 1)", "ended"],
    );
    // A finish after the next step started: attempts do not overlap.
    run_refused(
        &reg,
        &[
            "--step",
            "1",
            "--finished-at",
            &at("08:40"),
            "--reason",
            "x",
        ],
        4,
        &["after step 2 (attempt 1)", "overlap"],
    );
    // A start after the finish.
    run_refused(
        &reg,
        &["--step", "2", "--started-at", &at("10:30"), "--reason", "x"],
        4,
        &["finish time is before the step's start"],
    );
    // In the future (KASUS_NOW is 12:00).
    run_refused(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("13:00"),
            "--reason",
            "x",
        ],
        3,
        &["--finished-at", "future"],
    );
    // Before the case was reported.
    run_refused(
        &reg,
        &["--step", "1", "--started-at", &at("07:00"), "--reason", "x"],
        3,
        &["--started-at is before case"],
    );
    // Unknown attempt; a step with no attempt.
    run_refused(
        &reg,
        &[
            "--step",
            "2",
            "--attempt",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "x",
        ],
        3,
        &["no attempt 2 of step 2", "its attempts: 1"],
    );
    run_refused(
        &reg,
        &[
            "--step",
            "5",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "x",
        ],
        3,
        &["no attempt of step 5"],
    );
    // A performer inside the unit must be staff.
    run_refused(
        &reg,
        &["--step", "2", "--by", "Orang Lain", "--reason", "x"],
        3,
        &["--by names no staff member"],
    );
    // Nothing to correct named.
    run_refused(
        &reg,
        &["--step", "2", "--reason", "x"],
        2,
        &["--started-at"],
    );
}

#[test]
fn a_correction_needs_a_reason_and_an_open_case() {
    let reg = late_step_2();
    // No terminal, no --reason: a usage error, nothing changed.
    run_refused(
        &reg,
        &["--step", "2", "--finished-at", &at("09:20")],
        2,
        &["--reason"],
    );
    run_refused(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "  ",
        ],
        2,
        &["--reason"],
    );
    reg.ok(&["case", "close", CASE, "--reason", "selesai"]);
    run_refused(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "salah",
        ],
        4,
        &["closed", "reopen"],
    );
    reg.ok(&["case", "reopen", CASE, "--reason", "koreksi"]);
    run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "salah",
        ],
    );
}

#[test]
fn a_correction_to_the_values_recorded_changes_nothing() {
    let reg = late_step_2();
    let before = reg.state();
    let out = run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("10:00"),
            "--reason",
            "cek",
        ],
    );
    assert!(out.contains("nothing to correct"), "{out}");
    assert_eq!(before, reg.state());
}

#[test]
fn a_pause_stays_inside_the_corrected_times() {
    let reg = with_case();
    reg.ok(&["step", "start", CASE, "--at", &at("08:05")]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-victim",
        "--at",
        &at("08:10"),
    ]);
    reg.ok(&["step", "resume", CASE, "--at", &at("08:20")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:30")]);
    run_refused(
        &reg,
        &["--step", "1", "--started-at", &at("08:15"), "--reason", "x"],
        4,
        &["paused outside the corrected times"],
    );
    run_refused(
        &reg,
        &[
            "--step",
            "1",
            "--finished-at",
            &at("08:15"),
            "--reason",
            "x",
        ],
        4,
        &["paused outside the corrected times"],
    );
    // Inside them: measured again with the pause taken off (08:00-08:25 less 10 minutes).
    run_ok(
        &reg,
        &[
            "--step",
            "1",
            "--started-at",
            &at("08:00"),
            "--finished-at",
            &at("08:25"),
            "--reason",
            "x",
        ],
    );
    let s = step(&show(&reg), 1, 1);
    assert_eq!(s["elapsed_secs"], 15 * 60, "{s}");
    assert_eq!(s["paused_secs"], 10 * 60, "{s}");
}

#[test]
fn json_prints_the_corrected_attempt_as_export_steps_does() {
    let reg = late_step_2();
    let out = run_ok(
        &reg,
        &[
            "--step",
            "2",
            "--finished-at",
            &at("09:20"),
            "--reason",
            "salah",
            "--format",
            "json",
        ],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["step_number"], 2);
    assert_eq!(v["verdict"], "on-time");
    assert_eq!(v["corrected"], 1);
}

/// At a terminal, a correction without `--reason` asks for it.
#[test]
fn at_a_terminal_the_reason_is_asked() {
    let _one = pty::serial();
    let reg = pty::register_with_case();
    reg.ok(&["step", "start", CASE, "--at", &at("08:05")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:30")]);
    let mut tty = pty::Tty::spawn(
        &reg,
        &[
            "step",
            "correct",
            CASE,
            "--step",
            "1",
            "--finished-at",
            &at("08:09"),
        ],
    );
    tty.expect("Reason for the correction");
    tty.line("jam selesai salah ketik");
    tty.expect("corrected step 1 (attempt 1)");
    tty.succeeds();
    let v = pty::case_json(&reg);
    assert_eq!(
        v["corrections"][0]["reason"], "jam selesai salah ketik",
        "{v:#}"
    );
    assert_eq!(v["steps"][0]["verdict"], "on-time", "{v:#}");
}
