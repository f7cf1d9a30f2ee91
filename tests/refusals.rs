//! Every refusal: the exit code, the message that says what is wrong, and a register left
//! exactly as it was (`Reg::refused` compares every row before and after).

mod common;

use common::Reg;
use serde_json::Value;

// ------------------------------------------------------------------ helpers

/// Office time (WIB) on the test day, 2 March 2026 (the builder's now is 12:00).
fn at(hm: &str) -> String {
    format!("2026-03-02 {hm}")
}

/// A register that exists already, so that a refusal is measured against its rows.
fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["sop", "list", "--format", "csv"]);
    reg
}

/// The intake flags of an adult victim reported at 08:00, without the SOP.
fn victim<'a>(name: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "intake",
        "--channel",
        "datang-langsung",
        "--victim-name",
        name,
        "--victim-sex",
        "P",
        "--violence",
        "fisik",
        "--reported-at",
        "2026-03-02 08:00",
        "--json",
    ];
    args.extend_from_slice(extra);
    args
}

fn case_number(intake_json: &str) -> String {
    let v: Value = serde_json::from_str(intake_json).expect("intake --json");
    v["number"].as_str().expect("number").to_string()
}

/// A batam-34-2020 case reported at 08:00, with "Rina Contoh" as its Staff Penerima.
fn batam_case(reg: &Reg) -> String {
    let case = case_number(&reg.ok(&victim(
        "Siti Contoh",
        &["--sop", "batam-34-2020", "--victim-age", "30"],
    )));
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
    case
}

fn start(reg: &Reg, case: &str, hm: &str) {
    reg.ok(&["step", "start", case, "--at", &at(hm)]);
}

/// Walks the next `n` steps of a case, ten minutes each from 08:00 (no decision steps).
fn walk(reg: &Reg, case: &str, n: u32) {
    for i in 0..n {
        start(reg, case, &format!("08:{:02}", 10 * i));
        reg.ok(&[
            "step",
            "finish",
            case,
            "--at",
            &at(&format!("08:{:02}", 10 * i + 10)),
        ]);
    }
}

/// Runs a refused command and checks that its message says each fragment.
#[track_caller]
fn refused_saying(reg: &Reg, args: &[&str], code: i32, fragments: &[&str]) -> String {
    let err = reg.refused(args, code);
    for f in fragments {
        assert!(err.contains(f), "kasus {args:?}: expected {f:?} in:\n{err}");
    }
    err
}

// ------------------------------------------------------------------ steps

#[test]
fn starting_a_step_twice() {
    let reg = register();
    let case = batam_case(&reg);
    start(&reg, &case, "08:05");
    refused_saying(
        &reg,
        &["step", "start", &case, "--at", &at("08:06")],
        4,
        &["step 1", "already running"],
    );
}

#[test]
fn finishing_when_nothing_runs() {
    let reg = register();
    let case = batam_case(&reg);
    refused_saying(
        &reg,
        &["step", "finish", &case, "--at", &at("08:06")],
        4,
        &["no step", "is running", "step start"],
    );
}

#[test]
fn a_step_out_of_order() {
    let reg = register();
    let case = batam_case(&reg);
    walk(&reg, &case, 2);
    refused_saying(
        &reg,
        &["step", "start", &case, "--step", "5", "--at", &at("08:30")],
        4,
        &["step 5 is out of order", "next step is 3"],
    );
}

#[test]
fn finishing_a_step_before_its_start() {
    let reg = register();
    let case = batam_case(&reg);
    start(&reg, &case, "08:30");
    refused_saying(
        &reg,
        &["step", "finish", &case, "--at", &at("08:10")],
        4,
        &["before the step's start"],
    );
}

#[test]
fn a_time_in_the_future() {
    let reg = register();
    let case = batam_case(&reg);
    refused_saying(
        &reg,
        &["step", "start", &case, "--at", &at("12:30")],
        3,
        &["--at is in the future (now is"],
    );
}

#[test]
fn a_time_before_the_case_was_reported() {
    let reg = register();
    let case = batam_case(&reg);
    refused_saying(
        &reg,
        &["step", "start", &case, "--at", &at("07:00")],
        3,
        &["before case", "was reported"],
    );
}

#[test]
fn a_time_before_the_last_step_recorded() {
    let reg = register();
    let case = batam_case(&reg);
    walk(&reg, &case, 1);
    refused_saying(
        &reg,
        &["step", "start", &case, "--at", &at("08:05")],
        4,
        &["before the last step recorded"],
    );
}

#[test]
fn an_unknown_case() {
    let reg = register();
    batam_case(&reg);
    refused_saying(
        &reg,
        &["step", "start", "PPA/2026/0099", "--at", &at("08:05")],
        3,
        &["unknown case 'PPA/2026/0099'"],
    );
}

#[test]
fn unknown_staff_for_a_step_done_inside_the_unit() {
    let reg = register();
    let case = batam_case(&reg);
    walk(&reg, &case, 1);
    refused_saying(
        &reg,
        &[
            "step",
            "start",
            &case,
            "--at",
            &at("08:15"),
            "--by",
            "Rina Contih",
        ],
        3,
        &[
            // The value is not echoed: --by may hold a client's name.
            "--by names no staff member",
            "did you mean 'Rina Contoh'",
            "kasus staff add",
        ],
    );
}

#[test]
fn a_step_of_a_closed_case() {
    let reg = register();
    let case = batam_case(&reg);
    reg.ok(&["case", "close", &case, "--at", &at("08:30")]);
    refused_saying(
        &reg,
        &["step", "start", &case, "--at", &at("09:00")],
        4,
        &["is closed", "kasus case reopen"],
    );
}

#[test]
fn skipping_a_step_that_is_not_conditional() {
    let reg = register();
    let case = batam_case(&reg);
    refused_saying(
        &reg,
        &[
            "step",
            "skip",
            &case,
            "--at",
            &at("08:05"),
            "--reason",
            "tidak perlu",
        ],
        4,
        &["step 1 is not a conditional step"],
    );
}

#[test]
fn deciding_a_step_that_is_not_a_decision() {
    let reg = register();
    let case = batam_case(&reg);
    start(&reg, &case, "08:05");
    refused_saying(
        &reg,
        &["step", "decide", &case, "--at", &at("08:10"), "--approve"],
        4,
        &["step 1 is not a decision step", "step finish"],
    );
}

#[test]
fn finishing_a_decision_step_without_deciding() {
    let reg = register();
    let case = batam_case(&reg);
    walk(&reg, &case, 3);
    start(&reg, &case, "08:30");
    refused_saying(
        &reg,
        &["step", "finish", &case, "--at", &at("08:40")],
        4,
        &["step 4 is a decision step", "--approve", "--return"],
    );
}

#[test]
fn passing_a_consent_gate_before_the_consent_was_given() {
    let reg = register();
    let case = case_number(&reg.ok(&victim(
        "Siti Contoh",
        &["--sop", "tangerang-713-2025", "--victim-age", "30"],
    )));
    start(&reg, &case, "08:05");
    reg.ok(&[
        "consent",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        &at("10:00"),
    ]);
    refused_saying(
        &reg,
        &["step", "finish", &case, "--at", &at("09:00")],
        4,
        &["step 1", "consent gate", "kasus consent"],
    );
    reg.ok(&["step", "finish", &case, "--at", &at("10:00")]);
}

// ------------------------------------------------------------------ assignments, closing

#[test]
fn a_new_holder_of_a_role_before_the_current_one_began() {
    let reg = register();
    let case = batam_case(&reg); // Rina Contoh holds Staff Penerima from 08:00
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    refused_saying(
        &reg,
        &[
            "assign",
            &case,
            "--to",
            "Dewi Contoh",
            "--role",
            "Staff Penerima",
            "--at",
            &at("07:30"),
        ],
        3,
        &["before case", "was reported"],
    );
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
    refused_saying(
        &reg,
        &[
            "assign",
            &case,
            "--to",
            "Rina Contoh",
            "--role",
            "Staff Penerima",
            "--at",
            &at("08:30"),
        ],
        4,
        &["Dewi Contoh's assignment", "cannot end before it starts"],
    );
}

#[test]
fn ending_an_assignment_before_it_began() {
    let reg = register();
    let case = batam_case(&reg);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["assign", &case, "--to", "Dewi Contoh", "--at", &at("09:00")]);
    refused_saying(
        &reg,
        &[
            "assign",
            "end",
            &case,
            "--staff",
            "Dewi Contoh",
            "--at",
            &at("08:30"),
        ],
        4,
        &["Dewi Contoh's assignment", "cannot end before it starts"],
    );
}

#[test]
fn closing_a_case_before_it_was_reported() {
    let reg = register();
    let case = batam_case(&reg);
    refused_saying(
        &reg,
        &["case", "close", &case, "--at", "2026-01-01 08:00"],
        3,
        &["--at", "before case", "was reported"],
    );
}

// ------------------------------------------------------------------ intake

#[test]
fn an_unknown_sop_at_intake() {
    let reg = register();
    refused_saying(
        &reg,
        &victim(
            "Siti Contoh",
            &["--sop", "batam-34-202", "--victim-age", "30"],
        ),
        3,
        &["unknown SOP 'batam-34-202'", "did you mean 'batam-34-2020'"],
    );
}

#[test]
fn a_nik_that_is_not_16_digits_is_not_echoed() {
    let reg = register();
    for nik in ["317100000000001", "31710000000000012", "317100000000000A"] {
        let err = refused_saying(
            &reg,
            &victim(
                "Siti Contoh",
                &[
                    "--sop",
                    "batam-34-2020",
                    "--victim-age",
                    "30",
                    "--victim-nik",
                    nik,
                ],
            ),
            3,
            &["--victim-nik must be exactly 16 digits"],
        );
        assert!(!err.contains(nik), "the message gives the NIK away: {err}");
    }
}

#[test]
fn a_birth_date_that_does_not_exist() {
    let reg = register();
    refused_saying(
        &reg,
        &victim(
            "Siti Contoh",
            &[
                "--sop",
                "batam-34-2020",
                "--victim-birth-date",
                "2026-02-30",
            ],
        ),
        3,
        &["--victim-birth-date", "not a date that exists"],
    );
}

#[test]
fn an_unknown_violence_type_with_a_suggestion() {
    let reg = register();
    let err = refused_saying(
        &reg,
        &[
            "intake",
            "--sop",
            "batam-34-2020",
            "--channel",
            "datang-langsung",
            "--victim-name",
            "Siti Contoh",
            "--victim-sex",
            "P",
            "--victim-age",
            "30",
            "--violence",
            "fisk",
        ],
        3,
        &["unknown violence type (did you mean 'fisik'?); use one of: fisik, psikis"],
    );
    // The value typed is not echoed (it could be a name typed in the wrong place).
    assert!(!err.contains("fisk"), "{err}");
}

#[test]
fn a_victim_with_the_same_nik_is_a_duplicate() {
    let reg = register();
    let nik = [
        "--sop",
        "babel-18-2024",
        "--victim-age",
        "30",
        "--victim-nik",
        "3171000000000001",
    ];
    let first = case_number(&reg.ok(&victim("Siti Contoh", &nik)));
    refused_saying(
        &reg,
        &victim("Sity Contoh", &nik),
        4,
        &[&first, "same NIK", "--allow-duplicate"],
    );

    let mut anyway = nik.to_vec();
    anyway.push("--allow-duplicate");
    let out: Value = serde_json::from_str(&reg.ok(&victim("Sity Contoh", &anyway))).unwrap();
    assert_eq!(out["number"], "PPA/2026/0002");
    assert_eq!(out["duplicates_of"], serde_json::json!([first]));
}

#[test]
fn a_victim_with_the_same_name_and_birth_date_is_a_duplicate() {
    let reg = register();
    let born = [
        "--sop",
        "batam-34-2020",
        "--victim-birth-date",
        "1994-05-01",
    ];
    let first = case_number(&reg.ok(&victim("Siti Contoh", &born)));
    refused_saying(
        &reg,
        &victim("siti  CONTOH", &born),
        4,
        &[&first, "same name and birth date"],
    );

    let mut anyway = born.to_vec();
    anyway.push("--allow-duplicate");
    assert_eq!(
        case_number(&reg.ok(&victim("siti  CONTOH", &anyway))),
        "PPA/2026/0002"
    );
}

#[test]
fn the_same_external_ref_twice() {
    let reg = register();
    let r = [
        "--sop",
        "batam-34-2020",
        "--victim-age",
        "30",
        "--external-ref",
        "SIMFONI-0001",
    ];
    let first = case_number(&reg.ok(&victim("Siti Contoh", &r)));
    refused_saying(
        &reg,
        &victim("Rina Contoh", &r),
        4,
        &["external_ref 'SIMFONI-0001'", &first],
    );
}

// ------------------------------------------------------------------ a second reviewer's findings

#[test]
fn two_terminals_starting_the_same_step_leave_one_running_attempt() {
    let reg = register();
    let cases: Vec<String> = (0..8).map(|_| batam_case_again(&reg)).collect();
    for case in &cases {
        let run = |reg: &Reg| {
            reg.cmd()
                .args(["step", "start", case, "--at", &at("09:00")])
                .output()
                .unwrap()
        };
        let (a, b) = std::thread::scope(|s| {
            let h = s.spawn(|| run(&reg));
            let b = run(&reg);
            (h.join().unwrap(), b)
        });
        let ok = [&a, &b].iter().filter(|o| o.status.success()).count();
        assert_eq!(ok, 1, "exactly one start wins: {a:?} {b:?}");
        let loser = if a.status.success() { &b } else { &a };
        assert_eq!(loser.status.code(), Some(4), "{loser:?}");
        let show: Value =
            serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"])).unwrap();
        let running = show["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["status"] == "running")
            .count();
        assert_eq!(running, 1);
    }
}

/// Another Batam case for the same victim name (duplicates allowed).
fn batam_case_again(reg: &Reg) -> String {
    case_number(&reg.ok(&victim(
        "Siti Contoh",
        &[
            "--sop",
            "batam-34-2020",
            "--victim-age",
            "30",
            "--allow-duplicate",
        ],
    )))
}

#[test]
fn a_withdrawal_is_judged_as_of_its_time_and_not_under_steps_done() {
    let reg = register();
    let c = case_number(&reg.ok(&victim(
        "Ani Contoh",
        &["--sop", "tangerang-713-2025", "--victim-age", "30"],
    )));
    reg.ok(&[
        "consent",
        &c,
        "--given-by",
        "Ani Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        &at("10:00"),
    ]);
    // Withdrawing at 09:00 what was given at 10:00 withdraws nothing.
    refused_saying(
        &reg,
        &[
            "consent",
            "withdraw",
            &c,
            "--scope",
            "layanan",
            "--at",
            &at("09:00"),
        ],
        4,
        &["nothing to withdraw"],
    );
    reg.ok(&["step", "start", &c, "--at", &at("10:05")]);
    reg.ok(&["step", "finish", &c, "--at", &at("10:30")]);
    refused_saying(
        &reg,
        &[
            "consent",
            "withdraw",
            &c,
            "--scope",
            "layanan",
            "--at",
            &at("10:20"),
        ],
        4,
        &["before the last step"],
    );
}

#[test]
fn a_later_consent_after_a_refusal_lets_the_flow_go_on() {
    let reg = register();
    let c = case_number(&reg.ok(&victim(
        "Ani Contoh",
        &["--sop", "tangerang-713-2025", "--victim-age", "30"],
    )));
    reg.ok(&["step", "start", &c, "--at", &at("08:10")]);
    reg.ok(&[
        "consent",
        "refuse",
        &c,
        "--given-by",
        "Ani Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
        "--at",
        &at("08:20"),
    ]);
    reg.ok(&["step", "finish", &c, "--at", &at("08:30")]);
    refused_saying(
        &reg,
        &["step", "start", &c, "--at", &at("08:40")],
        4,
        &["refused"],
    );
    let show: Value =
        serde_json::from_str(&reg.ok(&["case", "show", &c, "--format", "json"])).unwrap();
    assert_eq!(show["next_steps"], serde_json::json!([]));
    reg.ok(&[
        "consent",
        &c,
        "--given-by",
        "Ani Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        &at("09:00"),
    ]);
    reg.ok(&["step", "start", &c, "--at", &at("09:10")]);
    let show: Value =
        serde_json::from_str(&reg.ok(&["case", "show", &c, "--format", "json"])).unwrap();
    assert_eq!(show["steps"][1]["number"], 2);
}

#[test]
fn a_case_with_a_running_step_cannot_be_closed_and_a_closed_case_cannot_be_edited() {
    let reg = register();
    let c = batam_case(&reg);
    start(&reg, &c, "09:00");
    refused_saying(&reg, &["case", "close", &c], 4, &["still running"]);
    reg.ok(&["step", "finish", &c, "--at", &at("09:04")]);
    refused_saying(
        &reg,
        &["case", "close", &c, "--at", &at("09:02")],
        3,
        &["before the last step"],
    );
    reg.ok(&["case", "close", &c, "--at", &at("09:05")]);
    refused_saying(
        &reg,
        &["case", "edit", &c, "--risk", "tinggi"],
        4,
        &["is closed"],
    );
}

#[test]
fn reading_commands_do_not_create_a_register_on_a_mistyped_path() {
    let reg = Reg::new();
    for args in [
        &["report", "overdue", "--fail-if-any"][..],
        &["export", "cases"],
        &["audit", "verify"],
        &["check"],
        &["case", "list"],
    ] {
        let o = reg.run(args);
        assert_eq!(o.code, 5, "{args:?}: {o:?}");
        assert!(o.stderr.contains("no register there"), "{}", o.stderr);
    }
    assert!(!reg.path.exists(), "a reading command created the register");
    reg.ok(&["sop", "list"]);
    assert!(reg.path.exists());
}
