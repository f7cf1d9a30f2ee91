//! End to end: cases walked through each of the five built-in SOPs by flags alone, with the
//! recorded times and verdicts checked exactly, and the case commands around them. The walks
//! run from 06:00 into the afternoon, so their registers count every minute (a 24/7 office
//! calendar, [`common::Reg::around_the_clock`]); office time is tested in `office_time.rs`.

mod common;

use common::{at, Reg};
use predicates::str::contains;
use serde_json::Value;
use std::time::Duration;

// ------------------------------------------------------------------ helpers

/// A new register on the 24/7 clock, with the staff member every case is assigned to
/// ([`intake`]).
fn new_reg() -> Reg {
    let reg = Reg::new();
    reg.around_the_clock();
    reg.ok(&["staff", "add", "Petugas Contoh", "--role", "Petugas"]);
    reg
}

/// Office time `min` minutes after 06:00 on the test day.
fn t(min: u32) -> String {
    at(&format!("{:02}:{:02}", 6 + min / 60, min % 60))
}

/// Registers a case on `sop` for a victim of this age, reported at 06:00; returns its number.
fn intake(reg: &Reg, sop: &str, name: &str, age: &str) -> String {
    let out = reg.ok(&[
        "intake",
        "--sop",
        sop,
        "--channel",
        "datang-langsung",
        "--victim-name",
        name,
        "--victim-sex",
        "P",
        "--victim-age",
        age,
        "--violence",
        "fisik,psikis",
        "--reported-at",
        &t(0),
        "--json",
    ]);
    let v: Value = serde_json::from_str(&out).expect("intake --json prints JSON");
    let number = v["number"].as_str().expect("number").to_string();
    // The case's assignee (in no role) performs the steps inside the unit whose role nobody
    // holds: a step inside the unit needs a staff member.
    reg.ok(&["assign", &number, "--to", "Petugas Contoh", "--at", &t(0)]);
    number
}

fn adult_case(reg: &Reg, sop: &str) -> String {
    intake(reg, sop, "Siti Contoh", "30")
}

/// `kasus step ACTION CASE --at TIME [extra]`.
fn step(reg: &Reg, action: &str, case: &str, time: &str, extra: &[&str]) -> String {
    let mut args = vec!["step", action, case, "--at", time];
    args.extend_from_slice(extra);
    reg.ok(&args)
}

/// Starts the next step at `from` and finishes it at `to`.
fn timed_step(reg: &Reg, case: &str, from: &str, to: &str) {
    step(reg, "start", case, from, &[]);
    step(reg, "finish", case, to, &[]);
}

/// Walks the next `n` steps, five minutes each, from `from_min` minutes after 06:00.
/// Returns the minute the walk ended.
fn walk(reg: &Reg, case: &str, n: u32, from_min: u32) -> u32 {
    for i in 0..n {
        timed_step(reg, case, &t(from_min + 5 * i), &t(from_min + 5 * i + 5));
    }
    from_min + 5 * n
}

fn consent(reg: &Reg, case: &str, by: &str, relation: &str, time: &str) {
    reg.ok(&[
        "consent",
        case,
        "--given-by",
        by,
        "--relation",
        relation,
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        time,
    ]);
}

fn show(reg: &Reg, case: &str) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"]))
        .expect("case show JSON")
}

/// One recorded attempt of a step, from `case show --format json`.
fn attempt(v: &Value, number: u64, attempt: u64) -> &Value {
    v["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["number"] == number && s["attempt"] == attempt)
        .unwrap_or_else(|| panic!("no attempt {attempt} of step {number} in {v:#}"))
}

/// The attempt's elapsed seconds, verdict and seconds over, as recorded.
#[track_caller]
fn assert_timed(s: &Value, elapsed: u64, verdict: &str, over: Option<u64>) {
    assert_eq!(s["elapsed_secs"], elapsed, "{s:#}");
    assert_eq!(s["verdict"], verdict, "{s:#}");
    assert_eq!(
        s["over_secs"],
        over.map_or(Value::Null, Value::from),
        "{s:#}"
    );
}

fn step_numbers(v: &Value) -> Vec<u64> {
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["number"].as_u64().unwrap())
        .collect()
}

fn next_steps(v: &Value) -> Vec<u64> {
    v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect()
}

// ------------------------------------------------------------------ batam-34-2020

#[test]
fn batam_walk_with_a_return_keeps_both_attempts_and_their_times() {
    let reg = new_reg();
    let case = adult_case(&reg, "batam-34-2020");
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "assign",
        &case,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
        "--at",
        &at("08:00"),
    ]);

    // Step 1 is the pelapor's: an outside person is accepted as text.
    step(&reg, "start", &case, &at("08:05"), &["--by", "Budi Contoh"]);
    step(&reg, "finish", &case, &at("08:12"), &[]);
    timed_step(&reg, &case, &at("08:12"), &at("09:00"));
    timed_step(&reg, &case, &at("09:00"), &at("09:25"));
    step(&reg, "start", &case, &at("09:25"), &[]);
    let out = step(&reg, "decide", &case, &at("09:40"), &["--return"]);
    assert!(out.contains("back to step 3"), "{out}");
    assert_eq!(next_steps(&show(&reg, &case)), [3]);

    timed_step(&reg, &case, &at("09:40"), &at("10:20"));
    step(&reg, "start", &case, &at("10:20"), &[]);
    step(&reg, "decide", &case, &at("10:30"), &["--approve"]);
    timed_step(&reg, &case, &at("10:30"), &at("11:00"));
    timed_step(&reg, &case, &at("11:00"), &at("11:50"));

    let v = show(&reg, &case);
    assert_eq!(step_numbers(&v), [1, 2, 3, 4, 3, 4, 5, 6]);
    assert!(next_steps(&v).is_empty(), "{v:#}");

    // 7 minutes against 5: over by 2 minutes.
    let s1 = attempt(&v, 1, 1);
    assert_timed(s1, 420, "over", Some(120));
    assert_eq!(s1["performer"], "Budi Contoh");
    assert_eq!(s1["started_at"], "2026-03-02T08:05:00+07:00");
    assert_eq!(s1["finished_at"], "2026-03-02T08:12:00+07:00");
    assert_eq!(
        (
            s1["standard_min_secs"].as_u64(),
            s1["standard_max_secs"].as_u64()
        ),
        (Some(300), Some(300))
    );

    // Step 2 falls to the staff assigned to its role.
    let s2 = attempt(&v, 2, 1);
    assert_timed(s2, 2880, "on-time", None);
    assert_eq!(s2["performer"], "Rina Contoh");

    // Both attempts at step 3 and at step 4 keep their own times.
    let s3a = attempt(&v, 3, 1);
    assert_timed(s3a, 1500, "on-time", None);
    assert_eq!(s3a["started_at"], "2026-03-02T09:00:00+07:00");
    let s4a = attempt(&v, 4, 1);
    assert_timed(s4a, 900, "on-time", None);
    assert_eq!(s4a["outcome"], "returned");
    let s3b = attempt(&v, 3, 2);
    assert_timed(s3b, 2400, "over", Some(600));
    assert_eq!(s3b["started_at"], "2026-03-02T09:40:00+07:00");
    assert_eq!(s3b["finished_at"], "2026-03-02T10:20:00+07:00");
    let s4b = attempt(&v, 4, 2);
    assert_timed(s4b, 600, "on-time", None);
    assert_eq!(s4b["outcome"], "approved");

    assert_timed(attempt(&v, 5, 1), 1800, "on-time", None);
    assert_timed(attempt(&v, 6, 1), 3000, "on-time", None);
}

// ------------------------------------------------------------------ tangerang-357-2025

#[test]
fn tangerang_357_times_in_seconds_and_skips_a_conditional_step_with_its_reason() {
    let reg = new_reg();
    let case = adult_case(&reg, "tangerang-357-2025");
    timed_step(&reg, &case, &at("08:05:00"), &at("08:05:20"));
    timed_step(&reg, &case, &at("08:05:20"), &at("08:05:50"));
    timed_step(&reg, &case, &at("08:05:50"), &at("08:06:25"));
    timed_step(&reg, &case, &at("08:06:25"), &at("08:15:00"));
    timed_step(&reg, &case, &at("08:15"), &at("11:00"));
    step(
        &reg,
        "skip",
        &case,
        &at("11:00"),
        &["--reason", "tidak memerlukan bantuan instansi lain"],
    );
    timed_step(&reg, &case, &at("11:00"), &at("11:15"));
    assert_eq!(next_steps(&show(&reg, &case)), [8]);
    // Step 8 is conditional too: this unit is the coordinator, so it is done.
    timed_step(&reg, &case, &at("11:15"), &at("11:25"));

    let v = show(&reg, &case);
    assert_eq!(step_numbers(&v), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert_timed(attempt(&v, 1, 1), 20, "on-time", None);
    assert_timed(attempt(&v, 2, 1), 30, "on-time", None);
    assert_timed(attempt(&v, 3, 1), 35, "over", Some(5));
    assert_timed(attempt(&v, 4, 1), 515, "on-time", None);
    assert_timed(attempt(&v, 5, 1), 9900, "on-time", None);
    assert_timed(attempt(&v, 7, 1), 900, "on-time", None);
    assert_timed(attempt(&v, 8, 1), 600, "on-time", None);

    let skipped = attempt(&v, 6, 1);
    assert_eq!(skipped["status"], "skipped");
    assert_eq!(skipped["verdict"], "skipped");
    assert_eq!(skipped["outcome"], "skipped");
    assert_eq!(skipped["reason"], "tidak memerlukan bantuan instansi lain");
    assert_eq!(skipped["elapsed_secs"], Value::Null);
    assert_eq!(skipped["finished_at"], "2026-03-02T11:00:00+07:00");
    assert!(next_steps(&v).is_empty());
}

#[test]
fn tangerang_357_the_last_conditional_step_may_be_skipped_too() {
    let reg = new_reg();
    let case = adult_case(&reg, "tangerang-357-2025");
    let end = walk(&reg, &case, 5, 0);
    step(&reg, "skip", &case, &t(end), &["--reason", "tidak perlu"]);
    timed_step(&reg, &case, &t(end), &t(end + 10));
    step(
        &reg,
        "skip",
        &case,
        &t(end + 10),
        &["--reason", "bukan perangkat daerah koordinator"],
    );
    let v = show(&reg, &case);
    assert_eq!(attempt(&v, 8, 1)["verdict"], "skipped");
    assert_eq!(
        attempt(&v, 8, 1)["reason"],
        "bukan perangkat daerah koordinator"
    );
    assert!(next_steps(&v).is_empty());
}

// ------------------------------------------------------------------ pulangpisau-8-2021

#[test]
fn pulangpisau_walk_through_the_consent_gate_ranges_and_a_repeating_step() {
    let reg = new_reg();
    let case = adult_case(&reg, "pulangpisau-8-2021");
    timed_step(&reg, &case, &t(0), &t(5));
    timed_step(&reg, &case, &t(5), &t(25)); // step 2: 20 minutes against 15 - 30
    let end = walk(&reg, &case, 6, 25); // steps 3..8

    // Step 9 is the consent gate: it does not finish without consent.
    step(&reg, "start", &case, &t(end), &[]);
    let err = reg.refused(&["step", "finish", &case, "--at", &t(end + 5)], 4);
    assert!(err.contains("kasus consent"), "{err}");
    consent(&reg, &case, "Siti Contoh", "self", &t(end + 2));
    step(&reg, "finish", &case, &t(end + 5), &[]);

    let g = end + 5;
    timed_step(&reg, &case, &t(g), &t(g + 90)); // step 10: 90 minutes against 60 - 120
    timed_step(&reg, &case, &t(g + 90), &t(g + 130)); // step 11
    timed_step(&reg, &case, &t(g + 130), &t(g + 140)); // step 12
    assert_eq!(next_steps(&show(&reg, &case)), [12, 13]);
    step(&reg, "start", &case, &t(g + 140), &["--step", "12"]);
    step(&reg, "finish", &case, &t(g + 160), &[]);
    timed_step(&reg, &case, &t(g + 160), &t(g + 170)); // step 13

    let v = show(&reg, &case);
    assert_eq!(
        step_numbers(&v),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13]
    );
    assert_eq!(v["consent_state"]["layanan"], "in-force");
    assert_timed(attempt(&v, 2, 1), 1200, "within-range", None);
    let s2 = attempt(&v, 2, 1);
    assert_eq!(
        (
            s2["standard_min_secs"].as_u64(),
            s2["standard_max_secs"].as_u64()
        ),
        (Some(900), Some(1800))
    );
    assert_timed(attempt(&v, 9, 1), 300, "on-time", None);
    assert_eq!(attempt(&v, 9, 1)["outcome"], "done");
    assert_timed(attempt(&v, 10, 1), 5400, "within-range", None);
    assert_timed(attempt(&v, 11, 1), 2400, "on-time", None);
    assert_timed(attempt(&v, 12, 1), 600, "open-ended", None);
    assert_timed(attempt(&v, 12, 2), 1200, "open-ended", None);
    assert_eq!(attempt(&v, 12, 2)["standard_max_secs"], Value::Null);
    assert_timed(attempt(&v, 13, 1), 600, "on-time", None);
    assert!(next_steps(&v).is_empty());
}

/// A pulangpisau case walked to its consent gate (step 9), which is running; returns the
/// minute the gate started.
fn at_the_gate(reg: &Reg, case: &str) -> u32 {
    let end = walk(reg, case, 8, 0);
    step(reg, "start", case, &t(end), &[]);
    end
}

#[test]
fn a_childs_own_consent_does_not_open_the_gate_a_parents_does() {
    let reg = new_reg();
    let case = intake(&reg, "pulangpisau-8-2021", "Rina Contoh", "15");
    assert_eq!(show(&reg, &case)["is_child"], true);
    let gate = at_the_gate(&reg, &case);
    consent(&reg, &case, "Rina Contoh", "self", &t(gate + 1));
    let err = reg.refused(&["step", "finish", &case, "--at", &t(gate + 5)], 4);
    assert!(err.contains("parent") && err.contains("guardian"), "{err}");
    // The command it suggests records what is missing: not the child's own again.
    assert!(
        err.contains("--relation parent|guardian") && !err.contains("self|"),
        "{err}"
    );
    assert_eq!(show(&reg, &case)["consent_state"]["layanan"], "child-only");

    consent(&reg, &case, "Ani Contoh", "parent", &t(gate + 2));
    step(&reg, "finish", &case, &t(gate + 5), &[]);
    let v = show(&reg, &case);
    assert_eq!(v["consent_state"]["layanan"], "in-force");
    assert_eq!(attempt(&v, 9, 1)["outcome"], "done");
}

#[test]
fn a_withdrawal_after_the_gate_stops_the_next_step() {
    let reg = new_reg();
    let case = adult_case(&reg, "pulangpisau-8-2021");
    let gate = at_the_gate(&reg, &case);
    consent(&reg, &case, "Siti Contoh", "self", &t(gate + 1));
    step(&reg, "finish", &case, &t(gate + 5), &[]);
    reg.ok(&[
        "consent",
        "withdraw",
        &case,
        "--scope",
        "layanan",
        "--at",
        &t(gate + 8),
    ]);

    let err = reg.refused(&["step", "start", &case, "--at", &t(gate + 10)], 4);
    assert!(err.contains("withdrawn"), "{err}");
    assert_eq!(show(&reg, &case)["consent_state"]["layanan"], "withdrawn");

    // A step that started while consent was still in force is recorded as it happened.
    step(&reg, "start", &case, &t(gate + 6), &[]);
    assert_eq!(
        attempt(&show(&reg, &case), 10, 1)["started_at"],
        "2026-03-02T06:46:00+07:00"
    );
}

#[test]
fn a_refusal_finishes_the_gate_as_refused_and_ends_the_flow() {
    let reg = new_reg();
    let case = adult_case(&reg, "pulangpisau-8-2021");
    let gate = at_the_gate(&reg, &case);
    let out = reg.ok(&[
        "consent",
        "refuse",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
        "--at",
        &t(gate + 1),
    ]);
    assert!(out.contains("flow ends"), "{out}");
    // The gate still runs: the case cannot close until it is finished, so the hint says so.
    assert!(
        out.contains(&format!("Step 9 of case {case}"))
            && out.contains("is still running: finish it (`kasus step finish")
            && out.contains("recorded as refused"),
        "{out}"
    );
    step(&reg, "finish", &case, &t(gate + 5), &[]);
    let v = show(&reg, &case);
    assert_eq!(attempt(&v, 9, 1)["outcome"], "refused");
    assert_eq!(v["consent_state"]["layanan"], "refused");
    // The table says what the gate ended with, not only its time.
    let table = reg.ok(&["case", "show", &case]);
    assert!(
        table.contains("[consent refused: the flow ends]"),
        "{table}"
    );

    let err = reg.refused(&["step", "start", &case, "--at", &t(gate + 10)], 4);
    assert!(err.contains("refused"), "{err}");
}

// ------------------------------------------------------------------ tangerang-713-2025

#[test]
fn tangerang_713_follows_the_documents_step_numbers() {
    let mut reg = new_reg();
    // A second round runs into the evening.
    reg.now = "2026-03-02T20:00:00+07:00".into();
    let case = adult_case(&reg, "tangerang-713-2025");
    let err = reg.refused(&["step", "start", &case, "--step", "3", "--at", &t(0)], 4);
    assert!(
        err.contains("no step 3") && err.contains("1, 2, 4, 6"),
        "{err}"
    );

    // Step 1 is the consent gate.
    step(&reg, "start", &case, &t(0), &[]);
    let err = reg.refused(&["step", "finish", &case, "--at", &t(300)], 4);
    assert!(err.contains("kasus consent"), "{err}");
    consent(&reg, &case, "Siti Contoh", "self", &t(10));
    step(&reg, "finish", &case, &t(300), &[]); // 5 hours against 6 Jam
    assert_eq!(next_steps(&show(&reg, &case)), [2]);
    timed_step(&reg, &case, &t(300), &t(320));
    assert_eq!(next_steps(&show(&reg, &case)), [4]);
    timed_step(&reg, &case, &t(320), &t(335));
    assert_eq!(next_steps(&show(&reg, &case)), [6]);
    // Step 6 decides: its instruction sends the case round again from step 1 (the document's
    // step 1 needs step 6's "Instruksi tindak lanjut layanan"), or ends the SOP.
    step(&reg, "start", &case, &t(335), &[]);
    let err = reg.refused(&["step", "finish", &case, "--at", &t(360)], 4);
    assert!(err.contains("decision step"), "{err}");
    step(&reg, "decide", &case, &t(360), &["--return"]);
    assert_eq!(next_steps(&show(&reg, &case)), [1]);
    timed_step(&reg, &case, &t(360), &t(400));
    timed_step(&reg, &case, &t(400), &t(410));
    timed_step(&reg, &case, &t(410), &t(420));
    step(&reg, "start", &case, &t(420), &[]);
    step(&reg, "decide", &case, &t(440), &["--approve"]);

    let v = show(&reg, &case);
    assert_eq!(step_numbers(&v), [1, 2, 4, 6, 1, 2, 4, 6]);
    assert_timed(attempt(&v, 1, 1), 18_000, "on-time", None);
    assert_timed(attempt(&v, 2, 1), 1200, "on-time", None);
    assert_timed(attempt(&v, 4, 1), 900, "over", Some(300));
    assert_timed(attempt(&v, 6, 1), 1500, "on-time", None);
    assert_eq!(attempt(&v, 6, 1)["outcome"], "returned");
    assert_timed(attempt(&v, 1, 2), 2400, "on-time", None);
    assert_eq!(attempt(&v, 6, 2)["outcome"], "approved");
    assert!(next_steps(&v).is_empty());
}

// ------------------------------------------------------------------ babel-18-2024

#[test]
fn babel_consent_gate_at_step_2_and_an_open_ended_step_4() {
    let mut reg = new_reg();
    // A second round runs into the evening.
    reg.now = "2026-03-02T20:00:00+07:00".into();
    let case = adult_case(&reg, "babel-18-2024");
    timed_step(&reg, &case, &t(0), &t(10));
    step(&reg, "start", &case, &t(10), &[]);
    let err = reg.refused(&["step", "finish", &case, "--at", &t(55)], 4);
    assert!(
        err.contains("step 2") && err.contains("kasus consent"),
        "{err}"
    );
    consent(&reg, &case, "Siti Contoh", "self", &t(15));
    step(&reg, "finish", &case, &t(55), &[]);
    // Step 3 sends the referral with the assessment: refused until consent to share
    // information is in force, quoting the document's Peringatan.
    let err = reg.refused(&["step", "start", &case, "--at", &t(55)], 4);
    assert!(
        err.contains("step 3 needs consent for [berbagi-informasi] before it starts")
            && err.contains("persetujuan klien inform concern")
            && err.contains("--scope berbagi-informasi"),
        "{err}"
    );
    reg.ok(&[
        "consent",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "berbagi-informasi",
        "--method",
        "tertulis",
        "--at",
        &t(55),
    ]);
    timed_step(&reg, &case, &t(55), &t(85));
    timed_step(&reg, &case, &t(85), &t(325)); // step 4: four hours, "Tergantung ..."
                                              // Step 4 monitors again (--step 4), then step 5 reviews: the plan needs adapting, so
                                              // the case goes back to the intervention (step 3).
    step(&reg, "start", &case, &t(325), &["--step", "4"]);
    step(&reg, "finish", &case, &t(345), &[]);
    step(&reg, "start", &case, &t(345), &[]);
    step(&reg, "decide", &case, &t(375), &["--return"]);
    assert_eq!(next_steps(&show(&reg, &case)), [3]);
    timed_step(&reg, &case, &t(375), &t(405));
    timed_step(&reg, &case, &t(405), &t(420));
    step(&reg, "start", &case, &t(420), &[]);
    step(&reg, "decide", &case, &t(450), &["--approve"]);
    walk(&reg, &case, 3, 450);

    let v = show(&reg, &case);
    assert_eq!(step_numbers(&v), [1, 2, 3, 4, 4, 5, 3, 4, 5, 6, 7, 8]);
    assert_timed(attempt(&v, 2, 1), 2700, "on-time", None);
    assert_timed(attempt(&v, 4, 1), 14_400, "open-ended", None);
    assert_eq!(attempt(&v, 4, 1)["standard_max_secs"], Value::Null);
    assert_eq!(attempt(&v, 5, 1)["outcome"], "returned");
    assert_eq!(attempt(&v, 3, 2)["outcome"], "done");
    assert_eq!(attempt(&v, 5, 2)["outcome"], "approved");
    assert!(next_steps(&v).is_empty());
}

/// Consent to share refused while Babel's step 3 runs (a step that needs the consent before it
/// starts, and began with it in force): the hint says to finish the step, never that it will
/// be recorded as refused (it finishes as done).
#[test]
fn refusing_consent_to_share_while_babel_step_3_runs_says_finish_it_not_refused() {
    let reg = new_reg();
    let case = adult_case(&reg, "babel-18-2024");
    timed_step(&reg, &case, &t(0), &t(10));
    step(&reg, "start", &case, &t(10), &[]);
    consent(&reg, &case, "Siti Contoh", "self", &t(15));
    step(&reg, "finish", &case, &t(55), &[]);
    let share = |refuse: bool, at: &str| {
        let mut a = vec!["consent"];
        if refuse {
            a.push("refuse");
        }
        a.extend([
            case.as_str(),
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "berbagi-informasi",
            "--method",
            "lisan",
            "--at",
            at,
        ]);
        reg.ok(&a)
    };
    share(false, &t(55));
    step(&reg, "start", &case, &t(56), &[]);
    let out = share(true, &t(60));
    assert!(
        out.contains("finish step 3 that is still running") && !out.contains("recorded as refused"),
        "{out}"
    );
    step(&reg, "finish", &case, &t(70), &[]);
    assert_eq!(attempt(&show(&reg, &case), 3, 1)["outcome"], "done");
}

/// The same, but step 3 was started by mistake: voiding it (`step void`) says the flow ends at
/// step 3, where consent to share stands refused, as `case show` does, not that step 3 is next.
#[test]
fn voiding_babel_step_3_after_consent_to_share_is_refused_says_the_flow_ends() {
    let reg = new_reg();
    let case = adult_case(&reg, "babel-18-2024");
    timed_step(&reg, &case, &t(0), &t(10));
    step(&reg, "start", &case, &t(10), &[]);
    consent(&reg, &case, "Siti Contoh", "self", &t(15));
    step(&reg, "finish", &case, &t(55), &[]);
    for (refuse, at) in [(false, t(55)), (true, t(60))] {
        let mut a = vec!["consent"];
        if refuse {
            a.push("refuse");
        }
        a.extend([
            case.as_str(),
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "berbagi-informasi",
            "--method",
            "lisan",
            "--at",
            &at,
        ]);
        if !refuse {
            reg.ok(&a);
            step(&reg, "start", &case, &t(56), &[]);
        } else {
            reg.ok(&a);
        }
    }
    let out = reg.ok(&[
        "step", "void", &case, "--step", "3", "--reason", "salah", "--format", "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["flow_ended_at"], 3, "{v}");
    assert_eq!(v["next_steps"], serde_json::json!([]), "{v}");
    assert!(next_steps(&show(&reg, &case)).is_empty());
}

// ------------------------------------------------------------------ the case commands

#[test]
fn case_list_as_table_csv_and_json() {
    let reg = new_reg();
    let first = adult_case(&reg, "batam-34-2020");
    let second = intake(&reg, "babel-18-2024", "Rina Contoh", "12");

    let table = reg.ok(&["case", "list"]);
    assert!(table.contains(&first) && table.contains(&second), "{table}");

    let csv_text = reg.ok(&["case", "list", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = r.headers().unwrap().clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][col("case_number")], first);
    assert_eq!(&rows[0][col("sop_code")], "batam-34-2020");
    assert_eq!(&rows[0][col("reported_at")], "2026-03-02T06:00:00+07:00");
    assert_eq!(&rows[1][col("case_number")], second);
    assert_eq!(&rows[1][col("is_child")], "true");
    assert_eq!(&rows[1][col("status")], "open");

    let json: Value = serde_json::from_str(&reg.ok(&["case", "list", "--format", "json"])).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["case_number"], first.as_str());
    assert_eq!(list[1]["is_child"], true);
    assert_eq!(list[0]["risk"], Value::Null);
}

#[test]
fn a_closed_case_refuses_every_step_command_until_reopened() {
    let reg = new_reg();
    let case = adult_case(&reg, "batam-34-2020");
    timed_step(&reg, &case, &t(0), &t(5));
    reg.ok(&[
        "case",
        "close",
        &case,
        "--reason",
        "selesai",
        "--at",
        &t(10),
    ]);
    let closed: Value =
        serde_json::from_str(&reg.ok(&["case", "list", "--status", "closed", "--format", "json"]))
            .unwrap();
    assert_eq!(closed[0]["case_number"], case.as_str());

    let time = t(20);
    for args in [
        vec!["step", "start", &case, "--at", &time],
        vec!["step", "finish", &case, "--at", &time],
        vec![
            "step",
            "skip",
            &case,
            "--at",
            &time,
            "--reason",
            "tidak perlu",
        ],
        vec!["step", "decide", &case, "--at", &time, "--approve"],
        vec!["step", "decide", &case, "--at", &time, "--return"],
    ] {
        let err = reg.refused(&args, 4);
        assert!(
            err.contains("closed") && err.contains("case reopen"),
            "{args:?}: {err}"
        );
    }

    reg.ok(&["case", "reopen", &case, "--reason", "laporan baru"]);
    assert_eq!(show(&reg, &case)["status"], "open");
    timed_step(&reg, &case, &t(20), &t(40));
    assert_eq!(step_numbers(&show(&reg, &case)), [1, 2]);
}

#[test]
fn services_edits_and_the_audit_chain() {
    let reg = new_reg();
    let case = adult_case(&reg, "batam-34-2020");
    reg.ok(&[
        "case",
        "service",
        &case,
        "--type",
        "kesehatan",
        "--provider",
        "RS Contoh",
        "--at",
        &t(30),
    ]);
    reg.ok(&[
        "case",
        "edit",
        &case,
        "--risk",
        "tinggi",
        "--reason",
        "baru tahu",
    ]);

    let v = show(&reg, &case);
    assert_eq!(v["services"][0]["type"], "kesehatan");
    assert_eq!(v["services"][0]["provider"], "RS Contoh");
    assert_eq!(v["services"][0]["given_at"], "2026-03-02T06:30:00+07:00");
    assert_eq!(v["risk"], "tinggi");

    // The edit is audited by field name, not value.
    // (Read with `export audit`, on either engine.)
    let audit: Value =
        serde_json::from_str(&reg.ok(&["export", "audit", "--format", "json"])).unwrap();
    let last = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["case_uuid"] == v["uuid"])
        .max_by_key(|e| e["seq"].as_i64())
        .expect("the case's entries");
    assert_eq!(last["action"], "case.edit");
    let details = &last["details"];
    assert_eq!(details["fields"], serde_json::json!(["risk"]));
    assert!(!details.to_string().contains("tinggi"), "{details}");

    let out = reg.ok(&["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");
}

#[test]
fn the_audit_chain_verifies_after_whole_walks() {
    let reg = new_reg();
    let case = adult_case(&reg, "pulangpisau-8-2021");
    let gate = at_the_gate(&reg, &case);
    consent(&reg, &case, "Siti Contoh", "self", &t(gate));
    step(&reg, "finish", &case, &t(gate + 5), &[]);
    reg.ok(&["case", "close", &case, "--at", &t(gate + 10)]);
    reg.ok(&["case", "reopen", &case]);
    let out = reg.ok(&["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");
}

#[test]
fn a_reassigned_role_ends_the_previous_holders_assignment() {
    let reg = new_reg();
    let case = adult_case(&reg, "batam-34-2020");
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "assign",
        &case,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
        "--at",
        &at("08:00"),
    ]);
    reg.ok(&[
        "assign",
        &case,
        "--to",
        "Dewi Contoh",
        "--role",
        "Staff Penerima",
        "--at",
        &at("09:00"),
    ]);

    let h: Value =
        serde_json::from_str(&reg.ok(&["assign", "history", &case, "--format", "json"])).unwrap();
    let h: Vec<&Value> = h
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["role"] == "Staff Penerima")
        .collect();
    assert_eq!(h.len(), 2);
    assert_eq!(h[0]["staff"], "Rina Contoh");
    assert_eq!(h[0]["from"], "2026-03-02T08:00:00+07:00");
    assert_eq!(h[0]["until"], "2026-03-02T09:00:00+07:00");
    assert_eq!(h[1]["staff"], "Dewi Contoh");
    assert_eq!(h[1]["until"], Value::Null);
    let table = reg.ok(&["assign", "history", &case]);
    assert!(
        table.contains("Rina Contoh") && table.contains("2026-03-02 09:00"),
        "{table}"
    );

    // The step now falls to the new holder.
    timed_step(&reg, &case, &at("09:05"), &at("09:10"));
    timed_step(&reg, &case, &at("09:10"), &at("09:30"));
    assert_eq!(
        attempt(&show(&reg, &case), 2, 1)["performer"],
        "Dewi Contoh"
    );
}

#[test]
fn a_step_recorded_later_falls_to_who_held_the_role_when_it_began() {
    let reg = new_reg();
    let case = adult_case(&reg, "batam-34-2020");
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    for (who, when) in [("Rina Contoh", "08:00"), ("Dewi Contoh", "09:00")] {
        reg.ok(&[
            "assign",
            &case,
            "--to",
            who,
            "--role",
            "Staff Penerima",
            "--at",
            &at(when),
        ]);
    }
    // Recorded after Dewi took the role over, but done at 08:30, when Rina held it.
    timed_step(&reg, &case, &at("08:30"), &at("08:35"));
    timed_step(&reg, &case, &at("08:35"), &at("08:40"));
    assert_eq!(
        attempt(&show(&reg, &case), 2, 1)["performer"],
        "Rina Contoh"
    );
}

// ------------------------------------------------------------------ numbers

#[test]
fn case_numbers_run_per_office_prefix() {
    let reg = new_reg();
    assert_eq!(adult_case(&reg, "batam-34-2020"), "PPA/2026/0001");
    assert_eq!(
        intake(&reg, "batam-34-2020", "Rina Contoh", "25"),
        "PPA/2026/0002"
    );
    reg.ok(&["config", "set", "office-prefix", "UPTD"]);
    assert_eq!(
        intake(&reg, "babel-18-2024", "Dewi Contoh", "40"),
        "UPTD/2026/0001"
    );
}

// ------------------------------------------------------------------ no terminal, no prompt

#[test]
fn step_without_a_terminal_does_not_prompt() {
    let reg = new_reg();
    let case = adult_case(&reg, "batam-34-2020");
    reg.cmd()
        .args(["step", &case])
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(contains("step start|finish"));
    reg.refused(&["step", &case], 2);
}

#[test]
fn intake_without_a_terminal_lists_every_missing_flag() {
    let reg = new_reg();
    let all = [
        "--sop",
        "--channel",
        "--victim-name",
        "--victim-sex",
        "--victim-birth-date or --victim-age",
        "--violence",
    ];
    let run = reg
        .cmd()
        .arg("intake")
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2);
    all.iter()
        .fold(run, |run, flag| run.stderr(contains(*flag)));

    let err = reg.refused(
        &[
            "intake",
            "--sop",
            "batam-34-2020",
            "--victim-name",
            "Siti Contoh",
        ],
        2,
    );
    for flag in [
        "--channel",
        "--victim-sex",
        "--victim-birth-date or --victim-age",
        "--violence",
    ] {
        assert!(err.contains(flag), "{flag}: {err}");
    }
    assert!(
        !err.contains("--sop,") && !err.contains("--victim-name,"),
        "{err}"
    );
}

/// A step done only outside the unit (Batam step 1, the pelapor's) started without `--by`
/// records no performer, even when a staff member holds the case: the holder did not do it.
/// The walk does the same (tests/prompts_pty.rs).
#[test]
fn an_outside_step_without_by_is_nobodys_on_the_staff() {
    let reg = common::with_case();
    reg.ok(&["assign", common::CASE, "--to", "Rina Contoh"]);
    reg.ok(&["step", "start", common::CASE, "--at", &at("08:05")]);
    let v: serde_json::Value =
        serde_json::from_str(&reg.ok(&["case", "show", common::CASE, "--format", "json"])).unwrap();
    let first = &v["steps"][0];
    assert_eq!(first["number"], 1, "{v}");
    assert_eq!(first["performer"], serde_json::Value::Null, "{v}");
}
