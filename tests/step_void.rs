//! `kasus step void`: the case's latest step record, made by mistake (a skip of a step that was
//! needed, the wrong decision, a step started on the wrong case), voided with a reason. It is
//! kept, marked void, shown by `case show`, `report case` and `export steps`; the flow, the
//! reports of open work and compliance read it no more; the change is a correction and one
//! audited event; every refusal names what is wrong and changes nothing.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::{at, with_case, Reg, CASE};
use serde_json::Value;

fn show(reg: &Reg, case: &str) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"])).unwrap()
}

fn attempt(v: &Value, number: u64, n: u64) -> Value {
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["number"] == number && s["attempt"] == n)
        .cloned()
        .unwrap_or_else(|| panic!("no step {number}/{n} in {v}"))
}

fn next_steps(v: &Value) -> Vec<u64> {
    v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect()
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

/// The standard Batam case with steps 1 to 3 done and step 4 (a decision) approved by
/// mistake at 10:00.
fn approved_by_mistake() -> Reg {
    let reg = with_case();
    for (s, f) in [("08:05", "08:12"), ("08:15", "09:10"), ("09:12", "09:40")] {
        reg.ok(&["step", "start", CASE, "--at", &at(s), "--by", "Rina Contoh"]);
        reg.ok(&["step", "finish", CASE, "--at", &at(f)]);
    }
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("09:45"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&["step", "decide", CASE, "--approve", "--at", &at("10:00")]);
    reg
}

#[test]
fn a_wrong_decision_is_voided_and_the_right_one_recorded_as_attempt_2() {
    let reg = approved_by_mistake();
    assert_eq!(next_steps(&show(&reg, CASE)), [5]);
    let void = [
        "step",
        "void",
        CASE,
        "--step",
        "4",
        "--reason",
        "keputusan salah dicatat: seharusnya dikembalikan",
    ];
    let out = reg.ok(&void);
    assert_eq!(
        out.trim(),
        "PPA/2026/0001: step 4 (attempt 1, approved) voided; next: step 4"
    );
    // The same command again is refused: it never voids the record before.
    reg.refused_saying(&void, 4, &["step 4 (attempt 1)", "void already"]);
    let v = show(&reg, CASE);
    assert_eq!(next_steps(&v), [4]);
    let voided = attempt(&v, 4, 1);
    assert_eq!(voided["status"], "void", "{voided}");
    assert_eq!(voided["verdict"], "void", "{voided}");
    assert_eq!(voided["corrected"], 1, "{voided}");
    // Kept as it was recorded, figures too, and the change of status is a correction with its
    // reason.
    assert_eq!(voided["outcome"], "approved");
    assert_eq!(voided["elapsed_secs"], 15 * 60, "{voided}");
    let export = reg.ok(&["export", "steps", "--format", "json"]);
    assert!(export.contains("\"elapsed_secs\":900"), "{export}");
    assert_eq!(voided["finished_at"], "2026-03-02T10:00:00+07:00");
    let c = &v["corrections"][0];
    assert_eq!(
        (&c["field"], &c["before"], &c["after"], &c["step"]),
        (
            &"status".into(),
            &"finished".into(),
            &"void".into(),
            &4.into()
        ),
        "{c}"
    );
    assert_eq!(
        c["reason"],
        "keputusan salah dicatat: seharusnya dikembalikan"
    );

    // The right decision: a new attempt (numbers are never given twice), whose times may be
    // those of the voided one, which no longer counts.
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("09:45"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&["step", "decide", CASE, "--return", "--at", &at("10:00")]);
    let v = show(&reg, CASE);
    assert_eq!(attempt(&v, 4, 2)["outcome"], "returned");
    assert_eq!(next_steps(&v), [3]);
    assert_eq!(
        audit_actions(&reg)
            .iter()
            .filter(|a| *a == "step.void")
            .count(),
        1
    );
    reg.ok(&["audit", "verify", "--data"]);
}

#[test]
fn a_skip_made_by_mistake_is_voided_and_the_step_done_after_all() {
    let reg = Reg::new();
    let case = reg.hotline_case(&at("08:00"));
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Satgas PPA"]);
    reg.ok(&["assign", &case, "--to", "Rina Contoh", "--at", &at("08:01")]);
    let mut t = 5;
    for _ in 1..=5 {
        reg.ok(&["step", "start", &case, "--at", &at(&format!("08:{t:02}"))]);
        reg.ok(&[
            "step",
            "finish",
            &case,
            "--at",
            &at(&format!("08:{:02}", t + 1)),
        ]);
        t += 2;
    }
    reg.ok(&[
        "step",
        "skip",
        &case,
        "--at",
        &at("08:20"),
        "--reason",
        "tidak memerlukan bantuan instansi lain",
    ]);
    assert_eq!(next_steps(&show(&reg, &case)), [7]);
    let out = reg.ok(&[
        "step",
        "void",
        &case,
        "--step",
        "6",
        "--reason",
        "ternyata perlu",
    ]);
    assert!(out.contains("(attempt 1, skipped)"), "{out}");
    assert_eq!(next_steps(&show(&reg, &case)), [6]);
    reg.ok(&["step", "start", &case, "--at", &at("08:21")]);
    reg.ok(&["step", "finish", &case, "--at", &at("08:40")]);
    let v = show(&reg, &case);
    assert_eq!(attempt(&v, 6, 1)["status"], "void");
    assert_eq!(attempt(&v, 6, 2)["status"], "finished");
    assert_eq!(next_steps(&v), [7]);
}

#[test]
fn a_step_started_on_the_wrong_case_leaves_open_work_and_compliance() {
    let mut reg = approved_by_mistake();
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("10:05"),
        "--by",
        "Rina Contoh",
    ]);
    // Ten days on: step 5 long overdue, the case idle once it is voided.
    reg.now = "2026-03-12T12:00:00+07:00".into();
    let overdue = reg.ok(&["report", "overdue", "--format", "csv"]);
    assert!(
        overdue.contains("overdue-step,PPA/2026/0001,5,"),
        "{overdue}"
    );

    reg.ok(&[
        "step",
        "void",
        CASE,
        "--step",
        "5",
        "--reason",
        "dimulai pada kasus yang salah",
    ]);
    let overdue = reg.ok(&["report", "overdue", "--format", "csv"]);
    assert!(!overdue.contains("overdue-step"), "{overdue}");
    // The case is idle since its last record that counts (10:00), not the voided start.
    assert!(
        overdue.contains("idle-case,PPA/2026/0001,")
            && overdue.contains("2026-03-02T10:00:00+07:00"),
        "{overdue}"
    );
    // Nothing runs: the case can be closed, and step 5 started again.
    let v = show(&reg, CASE);
    assert_eq!(next_steps(&v), [5]);
    assert_eq!(attempt(&v, 5, 1)["status"], "void");

    // Voiding the decision too: compliance counts step 4 no more, `report case` and the
    // export keep both rows, marked void.
    reg.ok(&[
        "step",
        "void",
        CASE,
        "--step",
        "4",
        "--reason",
        "keputusan salah",
    ]);
    let compliance = reg.ok(&["report", "compliance", "--format", "csv"]);
    assert!(
        compliance
            .lines()
            .all(|l| !l.starts_with("batam-34-2020,4,")),
        "{compliance}"
    );
    assert!(compliance
        .lines()
        .any(|l| l.starts_with("batam-34-2020,3,")));
    let export = reg.ok(&["export", "steps", "--format", "json"]);
    let rows: Value = serde_json::from_str(&export).unwrap();
    let voided: Vec<(u64, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "void")
        .map(|r| {
            (
                r["step_number"].as_u64().unwrap(),
                r["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(voided, [(4, "void"), (5, "void")]);
    let case_report = reg.ok(&["report", "case", CASE, "--format", "json"]);
    assert!(
        case_report.matches("\"void\"").count() >= 2,
        "{case_report}"
    );
    reg.ok(&["check"]);
}

#[test]
fn only_the_latest_record_is_voided_and_each_refusal_changes_nothing() {
    let reg = approved_by_mistake();
    let before = reg.state();
    // An earlier record: void the later ones first.
    reg.refused_saying(
        &["step", "void", CASE, "--step", "3", "--reason", "x"],
        4,
        &[
            "only the latest record",
            "step 4 (attempt 1, approved)",
            // The command to paste, whole (a void needs its reason).
            "`kasus step void PPA/2026/0001 --step 4 --attempt 1 --reason TEXT`",
        ],
    );
    // A step the SOP has not.
    reg.refused_saying(
        &["step", "void", CASE, "--step", "99", "--reason", "x"],
        3,
        &["SOP batam-34-2020 has no step 99", "1, 2, 3, 4, 5, 6"],
    );
    // No such attempt; no such step recorded.
    reg.refused_saying(
        &[
            "step",
            "void",
            CASE,
            "--step",
            "4",
            "--attempt",
            "2",
            "--reason",
            "x",
        ],
        3,
        &["no attempt 2 of step 4; its attempts: 1"],
    );
    // Attempts count from 1: 0 is refused as a usage error that says so.
    reg.refused_saying(
        &[
            "step",
            "void",
            CASE,
            "--step",
            "4",
            "--attempt",
            "0",
            "--reason",
            "x",
        ],
        2,
        &["--attempt", "1 or more"],
    );
    reg.refused_saying(
        &["step", "void", CASE, "--step", "5", "--reason", "x"],
        3,
        &["no attempt of step 5"],
    );
    // No --step, and no reason without a terminal: usage errors.
    reg.refused_saying(
        &["step", "void", CASE, "--attempt", "1", "--reason", "x"],
        2,
        &["--step"],
    );
    reg.refused_saying(&["step", "void", CASE, "--step", "4"], 2, &["--reason"]);
    assert_eq!(reg.state(), before);

    // Walking back one record at a time, latest first; a step all of whose attempts are void
    // is refused as void already.
    for step in ["4", "3", "2", "1"] {
        reg.ok(&["step", "void", CASE, "--step", step, "--reason", "keliru"]);
    }
    reg.refused_saying(
        &["step", "void", CASE, "--step", "1", "--reason", "x"],
        4,
        &["step 1 (attempt 1)", "void already"],
    );
    // A closed case is reopened first.
    reg.ok(&[
        "case",
        "close",
        CASE,
        "--reason",
        "selesai",
        "--at",
        &at("11:00"),
    ]);
    let before = reg.state();
    reg.refused(&["step", "void", CASE, "--step", "1", "--reason", "x"], 4);
    assert_eq!(reg.state(), before);
}

#[test]
fn the_json_answer_is_the_voided_attempt_and_indonesian_reads_alike() {
    let reg = approved_by_mistake();
    let out = reg.ok(&[
        "step", "void", CASE, "--step", "4", "--reason", "salah", "--format", "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    // Where the case now stands, as the text says it.
    assert_eq!(v["next_steps"], serde_json::json!([4]), "{v}");
    assert_eq!(v["running_step"], Value::Null, "{v}");
    assert_eq!(
        (
            &v["step_number"],
            &v["attempt"],
            &v["status"],
            &v["verdict"]
        ),
        (&4.into(), &1.into(), &"void".into(), &"void".into()),
        "{v}"
    );
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("10:05"),
        "--by",
        "Rina Contoh",
    ]);
    let out = reg
        .cmd()
        .args(["step", "void", CASE, "--step", "4", "--reason", "salah"])
        .env("KASUS_LANG", "id")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.trim()
            == "PPA/2026/0001: langkah 4 (percobaan 2, berjalan) dibatalkan; berikutnya: langkah 4",
        "{text}"
    );
}

#[test]
fn a_register_of_schema_12_is_built_again_with_its_rows_and_their_hashes() {
    if common::sqlite_only() {
        return;
    }
    let reg = approved_by_mistake();
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("10:05"),
        "--by",
        "Rina Contoh",
    ]);
    let rows = "SELECT * FROM step_attempts ORDER BY id";
    let before = reg.query_texts(rows);
    rusqlite::Connection::open(reg.path())
        .unwrap()
        .execute_batch(common::BEFORE_SCHEMA_13)
        .unwrap();
    assert_eq!(reg.query_i64("PRAGMA user_version"), 12);

    // The migration keeps every row and id; no row's hash changes, so the data check passes
    // with no new baseline entry.
    let entries = reg.query_i64("SELECT count(*) FROM audit");
    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    assert_eq!(reg.query_i64("PRAGMA user_version"), 13);
    assert_eq!(reg.query_texts(rows), before);
    assert_eq!(reg.query_i64("SELECT count(*) FROM audit"), entries);
    assert_eq!(
        reg.query_i64(
            "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'step_attempts'
             AND type IN ('index', 'trigger')"
        ),
        // six indexes, the UNIQUE constraint's own, and three triggers
        10
    );

    // And the attempt voids: the running step is no more, the case's last activity is 10:00.
    reg.ok(&[
        "step",
        "void",
        CASE,
        "--step",
        "5",
        "--reason",
        "salah kasus",
    ]);
    assert_eq!(
        reg.query_string("SELECT last_at FROM case_activity"),
        "2026-03-02T03:00:00Z"
    );
    reg.ok(&["check"]);
}

#[test]
fn a_void_at_an_office_reaches_the_province_with_its_next_bundle() {
    let kab = Reg::new();
    common::offices::fill(&kab, "KAB");
    let prov = common::register();
    common::offices::merge_office(&prov, &kab);
    let running =
        "SELECT count(*) FROM step_attempts WHERE origin IS NOT NULL AND status = 'running'";
    assert_eq!(prov.query_i64(running), 1);

    kab.ok(&[
        "step",
        "void",
        "1",
        "--step",
        "2",
        "--reason",
        "dimulai pada kasus yang salah",
    ]);
    common::offices::merge_office(&prov, &kab);
    assert_eq!(prov.query_i64(running), 0);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM step_attempts WHERE status = 'void'"),
        1
    );
    assert_eq!(prov.query_i64("SELECT count(*) FROM merge_conflicts"), 0);
    let v = show(&prov, "KAB/2026/0001");
    assert_eq!(attempt(&v, 2, 1)["status"], "void");
    assert_eq!(v["corrections"][0]["after"], "void");
    assert_eq!(next_steps(&v), [2]);
    // The province cannot void another office's record: it is theirs to correct.
    prov.refused(
        &[
            "step",
            "void",
            "KAB/2026/0001",
            "--step",
            "1",
            "--reason",
            "x",
        ],
        4,
    );
}

/// At a terminal, kasus says what it is about to void, then asks for the reason; in both
/// languages.
#[test]
fn at_a_terminal_the_record_is_named_and_the_reason_asked() {
    let _one = pty::serial();
    for (lang, named, asked, done) in [
        (
            "en",
            "PPA/2026/0001: voiding step 1 (attempt 1, running)",
            "Reason for the correction",
            "PPA/2026/0001: step 1 (attempt 1, running) voided; next: step 1",
        ),
        (
            "id",
            "PPA/2026/0001: membatalkan langkah 1 (percobaan 1, berjalan)",
            "Alasan koreksi",
            "PPA/2026/0001: langkah 1 (percobaan 1, berjalan) dibatalkan; berikutnya: langkah 1",
        ),
    ] {
        let reg = pty::register_with_case();
        reg.ok(&["step", "start", CASE, "--at", &at("08:05")]);
        let mut tty = pty::Tty::spawn(&reg, &["--lang", lang, "step", "void", CASE, "--step", "1"]);
        tty.expect(named);
        tty.expect(asked);
        tty.line("dimulai pada kasus yang salah");
        tty.expect(done);
        tty.succeeds();
        let v = pty::case_json(&reg);
        assert_eq!(v["steps"][0]["status"], "void", "{v:#}");
        assert_eq!(
            v["corrections"][0]["reason"], "dimulai pada kasus yang salah",
            "{v:#}"
        );
    }
}

/// A paused step voided: its pause ends with it, at the void (no pause left open for ever);
/// voiding the step's latest attempt again names the attempt that still counts.
#[test]
fn a_paused_step_voided_ends_its_pause_and_a_second_void_names_what_counts() {
    let reg = approved_by_mistake();
    reg.ok(&["step", "void", CASE, "--step", "4", "--reason", "salah"]);
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("09:45"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&["step", "decide", CASE, "--return", "--at", &at("10:00")]);
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("10:05"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-documents",
        "--at",
        &at("10:10"),
    ]);
    reg.ok(&["step", "void", CASE, "--step", "3", "--reason", "salah"]);
    let v = show(&reg, CASE);
    let voided = attempt(&v, 3, 2);
    assert_eq!(voided["status"], "void", "{voided}");
    assert_eq!(
        voided["pauses"][0]["resumed_at"], "2026-03-02T12:00:00+07:00",
        "{voided}"
    );
    reg.refused_saying(
        &["step", "void", CASE, "--step", "3", "--reason", "x"],
        4,
        &["void already", "its attempt 1 still counts (`--attempt 1`)"],
    );
    reg.ok(&["check"]);
}
