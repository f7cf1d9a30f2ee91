//! Every refusal: the exit code, the message that says what is wrong, and a register left
//! exactly as it was (`Reg::refused` compares every row before and after). The refusals run as
//! one table over one register whose cases stand in the states they need; the rule behind each
//! step refusal has its own unit test beside the flow core (`src/flow/tests.rs`). Refusals whose
//! test goes on after them (an override, a later consent, a race) keep their own tests.

mod common;

use common::{at, number, register, Reg};
use serde_json::Value;

// ------------------------------------------------------------------ helpers

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

/// A batam-34-2020 case reported at 08:00, with "Rina Contoh" (added by `prepare`) as its
/// Staff Penerima from 08:00.
fn assigned_batam_case(reg: &Reg) -> String {
    let case = number(&reg.ok(&victim(
        "Siti Contoh",
        // The same report each time: registered again on purpose.
        &[
            "--sop",
            "batam-34-2020",
            "--victim-age",
            "30",
            "--allow-duplicate",
        ],
    )));
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

/// A tangerang-713-2025 case (its step 1 is the consent gate, scope layanan) reported at
/// 08:00, whose victim gave that consent herself at `consent_at`.
fn tangerang_case(reg: &Reg, name: &str, consent_at: &str) -> String {
    let case = number(&reg.ok(&victim(
        name,
        // The same report for more than one case, on purpose.
        &[
            "--sop",
            "tangerang-713-2025",
            "--victim-age",
            "30",
            "--allow-duplicate",
        ],
    )));
    reg.ok(&[
        "consent",
        &case,
        "--given-by",
        name,
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        &at(consent_at),
    ]);
    case
}

fn start(reg: &Reg, case: &str, hm: &str) {
    reg.ok(&["step", "start", case, "--at", &at(hm)]);
}

/// Starts the next step, done by `by`: a step inside the unit whose role nobody holds needs
/// a staff member named.
fn start_by(reg: &Reg, case: &str, hm: &str, by: &str) {
    reg.ok(&["step", "start", case, "--at", &at(hm), "--by", by]);
}

fn finish(reg: &Reg, case: &str, hm: &str) {
    reg.ok(&["step", "finish", case, "--at", &at(hm)]);
}

/// Walks the next `n` steps of a case, ten minutes each from 08:00 (no decision steps).
fn walk(reg: &Reg, case: &str, n: u32) {
    for i in 0..n {
        start(reg, case, &format!("08:{:02}", 10 * i));
        finish(reg, case, &format!("08:{:02}", 10 * i + 10));
    }
}

// ------------------------------------------------------------------ the cases

/// The cases the table refers to, each in the state one or more refusals need. Each is a
/// batam-34-2020 case from [`assigned_batam_case`] unless it says otherwise.
struct Cases {
    /// Nothing recorded since it was reported (step 1 next).
    fresh: String,
    /// Step 1 running since 08:05.
    running: String,
    /// Step 1 running since 08:30.
    started_late: String,
    /// Step 1 done, 08:00 to 08:10.
    one_done: String,
    /// Steps 1 and 2 done by 08:20 (step 3 next).
    two_done: String,
    /// Steps 1 to 3 done by 08:30; step 4, a decision, running since 08:30.
    deciding: String,
    /// Step 1 done, 09:00 to 09:04.
    done_at_nine: String,
    /// Closed at 08:30.
    closed: String,
    /// "Dewi Contoh" took over as Staff Penerima at 09:00 (`assign --role`).
    handed_over: String,
    /// "Dewi Contoh" assigned at 09:00 in her own role.
    dewi_from_nine: String,
    /// tangerang-713-2025: the consent given at 10:00; step 1 (the gate) running since 08:05.
    gate_running: String,
    /// tangerang-713-2025: the consent given at 10:00, nothing else.
    consent_at_ten: String,
    /// tangerang-713-2025: the consent given at 10:00, step 1 done 10:05 to 10:30.
    consent_then_step: String,
    /// A case registered with external_ref SIMFONI-0001.
    simfoni: String,
}

fn prepare(reg: &Reg) -> Cases {
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    let fresh = assigned_batam_case(reg);
    let running = assigned_batam_case(reg);
    start(reg, &running, "08:05");
    let started_late = assigned_batam_case(reg);
    start(reg, &started_late, "08:30");
    let one_done = assigned_batam_case(reg);
    walk(reg, &one_done, 1);
    let two_done = assigned_batam_case(reg);
    walk(reg, &two_done, 2);
    let deciding = assigned_batam_case(reg);
    walk(reg, &deciding, 3);
    start_by(reg, &deciding, "08:30", "Dewi Contoh");
    let done_at_nine = assigned_batam_case(reg);
    start(reg, &done_at_nine, "09:00");
    finish(reg, &done_at_nine, "09:04");
    let closed = assigned_batam_case(reg);
    reg.ok(&["case", "close", &closed, "--at", &at("08:30")]);
    let handed_over = assigned_batam_case(reg);
    reg.ok(&[
        "assign",
        &handed_over,
        "--to",
        "Dewi Contoh",
        "--role",
        "Staff Penerima",
        "--at",
        &at("09:00"),
    ]);
    let dewi_from_nine = assigned_batam_case(reg);
    reg.ok(&[
        "assign",
        &dewi_from_nine,
        "--to",
        "Dewi Contoh",
        "--at",
        &at("09:00"),
    ]);
    let gate_running = number(&reg.ok(&victim(
        "Siti Contoh",
        &["--sop", "tangerang-713-2025", "--victim-age", "30"],
    )));
    start_by(reg, &gate_running, "08:05", "Rina Contoh");
    reg.ok(&[
        "consent",
        &gate_running,
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
    let consent_at_ten = tangerang_case(reg, "Ani Contoh", "10:00");
    let consent_then_step = tangerang_case(reg, "Ani Contoh", "10:00");
    start_by(reg, &consent_then_step, "10:05", "Rina Contoh");
    finish(reg, &consent_then_step, "10:30");
    let simfoni = number(&reg.ok(&victim(
        "Siti Contoh",
        &[
            "--sop",
            "batam-34-2020",
            "--victim-age",
            "30",
            "--external-ref",
            "SIMFONI-0001",
        ],
    )));
    Cases {
        fresh,
        running,
        started_late,
        one_done,
        two_done,
        deciding,
        done_at_nine,
        closed,
        handed_over,
        dewi_from_nine,
        gate_running,
        consent_at_ten,
        consent_then_step,
        simfoni,
    }
}

// ------------------------------------------------------------------ the table

/// One row of the table: a command refused, its exit code, the words its message must hold,
/// and a value typed that the message must not give back.
struct Row {
    what: &'static str,
    args: Vec<String>,
    code: i32,
    says: Vec<String>,
    hides: Option<&'static str>,
}

fn row(what: &'static str, args: &[&str], code: i32, says: &[&str]) -> Row {
    Row {
        what,
        args: args.iter().map(|s| s.to_string()).collect(),
        code,
        says: says.iter().map(|s| s.to_string()).collect(),
        hides: None,
    }
}

fn table(c: &Cases) -> Vec<Row> {
    let mut t = vec![
        // ---------------------------------------------------------- steps
        row(
            "starting a step twice",
            &["step", "start", &c.running, "--at", &at("08:06")],
            4,
            &["step 1", "already running"],
        ),
        row(
            "finishing when nothing runs",
            &["step", "finish", &c.fresh, "--at", &at("08:06")],
            4,
            &["no step", "is running", "step start"],
        ),
        row(
            "a step out of order",
            &[
                "step",
                "start",
                &c.two_done,
                "--step",
                "5",
                "--at",
                &at("08:30"),
            ],
            4,
            &["step 5 is out of order", "next step is 3"],
        ),
        row(
            "finishing a step before its start",
            &["step", "finish", &c.started_late, "--at", &at("08:10")],
            4,
            &["before the step's start"],
        ),
        row(
            "a time in the future",
            &["step", "start", &c.fresh, "--at", &at("12:30")],
            3,
            &["--at is in the future (now is"],
        ),
        row(
            "a time before the case was reported",
            &["step", "start", &c.fresh, "--at", &at("07:00")],
            3,
            &["before case", "was reported"],
        ),
        row(
            "a time before the last step recorded",
            &["step", "start", &c.one_done, "--at", &at("08:05")],
            4,
            &["before the last step recorded"],
        ),
        row(
            "an unknown case",
            &["step", "start", "PPA/2026/0099", "--at", &at("08:05")],
            3,
            &["unknown case 'PPA/2026/0099'"],
        ),
        row(
            "unknown staff for a step done inside the unit",
            &[
                "step",
                "start",
                &c.one_done,
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
        ),
        row(
            "a step of a closed case",
            &["step", "start", &c.closed, "--at", &at("09:00")],
            4,
            &["is closed", "kasus case reopen"],
        ),
        row(
            "skipping a step that is not conditional",
            &[
                "step",
                "skip",
                &c.fresh,
                "--at",
                &at("08:05"),
                "--reason",
                "tidak perlu",
            ],
            4,
            &["step 1 is not a conditional step"],
        ),
        row(
            "deciding a step that is not a decision",
            &[
                "step",
                "decide",
                &c.running,
                "--at",
                &at("08:10"),
                "--approve",
            ],
            4,
            &["step 1 is not a decision step", "step finish"],
        ),
        row(
            "finishing a decision step without deciding",
            &["step", "finish", &c.deciding, "--at", &at("08:40")],
            4,
            &["step 4 is a decision step", "--approve", "--return"],
        ),
        row(
            "passing a consent gate before the consent was given",
            &["step", "finish", &c.gate_running, "--at", &at("09:00")],
            4,
            &["step 1", "consent gate", "kasus consent"],
        ),
        // ---------------------------------------------------------- consent
        row(
            "withdrawing at 09:00 what was given at 10:00 withdraws nothing",
            &[
                "consent",
                "withdraw",
                &c.consent_at_ten,
                "--scope",
                "layanan",
                "--at",
                &at("09:00"),
            ],
            4,
            &["nothing to withdraw"],
        ),
        row(
            "a withdrawal is not recorded under steps already done",
            &[
                "consent",
                "withdraw",
                &c.consent_then_step,
                "--scope",
                "layanan",
                "--at",
                &at("10:20"),
            ],
            4,
            &["before the last step"],
        ),
        // ---------------------------------------------------------- assignments, closing
        row(
            "a new holder of a role before the case was reported",
            &[
                "assign",
                &c.fresh,
                "--to",
                "Dewi Contoh",
                "--role",
                "Staff Penerima",
                "--at",
                &at("07:30"),
            ],
            3,
            &["before case", "was reported"],
        ),
        row(
            "a new holder of a role before the current one began",
            &[
                "assign",
                &c.handed_over,
                "--to",
                "Rina Contoh",
                "--role",
                "Staff Penerima",
                "--at",
                &at("08:30"),
            ],
            4,
            &["Dewi Contoh's assignment", "cannot end before it starts"],
        ),
        row(
            "ending an assignment before it began",
            &[
                "assign",
                "end",
                &c.dewi_from_nine,
                "--staff",
                "Dewi Contoh",
                "--at",
                &at("08:30"),
            ],
            4,
            &["Dewi Contoh's assignment", "cannot end before it starts"],
        ),
        row(
            "closing a case before it was reported",
            &["case", "close", &c.fresh, "--at", "2026-01-01 08:00"],
            3,
            &["--at", "before case", "was reported"],
        ),
        row(
            "closing a case with a running step",
            &["case", "close", &c.running],
            4,
            &["still running"],
        ),
        row(
            "closing a case before its last step",
            &["case", "close", &c.done_at_nine, "--at", &at("09:02")],
            4,
            &["before the last step"],
        ),
        row(
            "editing a closed case",
            &["case", "edit", &c.closed, "--risk", "tinggi"],
            4,
            &["is closed"],
        ),
        // ---------------------------------------------------------- intake
        row(
            "an unknown SOP at intake",
            &victim(
                "Siti Contoh",
                &["--sop", "batam-34-202", "--victim-age", "30"],
            ),
            3,
            &["unknown SOP 'batam-34-202'", "did you mean 'batam-34-2020'"],
        ),
        row(
            "a birth date that does not exist",
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
        ),
        Row {
            // The value typed is not echoed (it could be a name typed in the wrong place).
            hides: Some("fisk"),
            ..row(
                "an unknown violence type, with a suggestion",
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
            )
        },
        row(
            "the same external_ref twice",
            &victim(
                "Rina Contoh",
                &[
                    "--sop",
                    "batam-34-2020",
                    "--victim-age",
                    "30",
                    "--external-ref",
                    "SIMFONI-0001",
                ],
            ),
            4,
            &["external_ref 'SIMFONI-0001'", &c.simfoni],
        ),
    ];
    // A NIK that is not 16 digits, and the message does not give it back.
    for nik in ["317100000000001", "31710000000000012", "317100000000000A"] {
        t.push(Row {
            hides: Some(nik),
            ..row(
                "a NIK that is not 16 digits",
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
            )
        });
    }
    t
}

#[test]
fn every_refusal_says_what_is_wrong_and_changes_nothing() {
    let reg = register();
    let cases = prepare(&reg);
    let rows = table(&cases);
    for r in &rows {
        let args: Vec<&str> = r.args.iter().map(String::as_str).collect();
        let says: Vec<&str> = r.says.iter().map(String::as_str).collect();
        // `refused_saying` checks the exit code, the words, and every row of the register.
        let err = reg.refused_saying(&args, r.code, &says);
        if let Some(hidden) = r.hides {
            assert!(
                !err.contains(hidden),
                "{}: the message gives it away: {err}",
                r.what
            );
        }
        assert!(!err.contains("panicked"), "{}: {err}", r.what);
    }
    // With the consent in force as of 10:00, the gate that was refused at 09:00 finishes.
    finish(&reg, &cases.gate_running, "10:00");
}

// ------------------------------------------------------------------ refusals and what follows

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
    let first = number(&reg.ok(&victim("Siti Contoh", &nik)));
    reg.refused_saying(
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
    let first = number(&reg.ok(&victim("Siti Contoh", &born)));
    // Another SOP: another report, of the same victim.
    let again = [
        "--sop",
        "tangerang-713-2025",
        "--victim-birth-date",
        "1994-05-01",
    ];
    reg.refused_saying(
        &victim("siti  CONTOH", &again),
        4,
        &[&first, "same name and birth date"],
    );

    let mut anyway = born.to_vec();
    anyway.push("--allow-duplicate");
    assert_eq!(
        number(&reg.ok(&victim("siti  CONTOH", &anyway))),
        "PPA/2026/0002"
    );
}

/// A victim given an age only is not found by the NIK nor by the name and birth date: the same
/// name with an age that agrees (carried forward a year a year) is pointed at, never refused in
/// a script (ages are guessed): a note on stderr names the case, the case is added, and the JSON
/// lists it in `possible_duplicates_of`. Another age, another NIK, or two birth dates are two
/// people.
#[test]
fn a_victim_with_the_same_name_and_an_age_that_agrees_is_pointed_at() {
    let reg = register();
    let first = number(&reg.ok(&victim(
        "Ani Contoh",
        &["--sop", "batam-34-2020", "--victim-age", "12"],
    )));
    let out = reg.run(&victim(
        "ani  CONTOH",
        &["--sop", "tangerang-713-2025", "--victim-age", "13"],
    ));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "may already be registered: {first} (same name, an age that agrees)"
        )) && out.stderr.contains("the case was added all the same"),
        "{}",
        out.stderr
    );
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        v["possible_duplicates_of"],
        serde_json::json!([first]),
        "{v}"
    );
    assert_eq!(v["duplicates_of"], serde_json::json!([]), "{v}");
    // Not so: another age; two different NIKs; two birth dates (the strong check decides).
    let quiet = |name: &str, sop: &str, extra: &[&str]| {
        let mut args = vec!["--sop", sop];
        args.extend_from_slice(extra);
        let out = reg.run(&victim(name, &args));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            !out.stderr.contains("may already"),
            "{name}: {}",
            out.stderr
        );
    };
    quiet("Ani Contoh", "pulangpisau-8-2021", &["--victim-age", "30"]);
    for (sop, nik) in [
        ("batam-34-2020", "3171014101140001"),
        ("tangerang-713-2025", "3171015101140002"),
    ] {
        quiet(
            "Budi Contoh",
            sop,
            &["--victim-age", "12", "--victim-nik", nik],
        );
    }
    for (sop, born) in [
        ("batam-34-2020", "2014-01-05"),
        ("tangerang-713-2025", "2014-02-05"),
    ] {
        quiet("Dewi Contoh", sop, &["--victim-birth-date", born]);
    }
}

/// A common name gathers cases: the message names the latest three, newest first, and counts
/// the rest; the JSON lists every one.
#[test]
fn possible_duplicates_beyond_three_are_counted() {
    let reg = register();
    let sops = [
        "batam-34-2020",
        "tangerang-713-2025",
        "pulangpisau-8-2021",
        "babel-18-2024",
    ];
    let mut numbers = Vec::new();
    for sop in sops {
        let out = reg.run(&victim(
            "Cici Contoh",
            &["--sop", sop, "--victim-age", "12"],
        ));
        assert_eq!(out.code, 0, "{}", out.stderr);
        numbers.push(number(&out.stdout));
    }
    let out = reg.run(&victim(
        "Cici Contoh",
        &[
            "--sop",
            "batam-34-2020",
            "--victim-age",
            "12",
            "--external-ref",
            "X-5",
        ],
    ));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let reason = "(same name, an age that agrees)";
    let want = format!(
        "may already be registered: {} {reason}, {} {reason}, {} {reason} and 1 earlier.",
        numbers[3], numbers[2], numbers[1]
    );
    assert!(out.stderr.contains(&want), "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("look with `kasus case show {}`", numbers[3])),
        "{}",
        out.stderr
    );
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        v["possible_duplicates_of"],
        serde_json::json!(numbers),
        "{v}"
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
    number(&reg.ok(&victim(
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
fn a_later_consent_after_a_refusal_lets_the_flow_go_on() {
    let reg = register();
    reg.ok(&[
        "staff",
        "add",
        "Rina Contoh",
        "--role",
        "Petugas Layanan PPA",
    ]);
    let c = number(&reg.ok(&victim(
        "Ani Contoh",
        &["--sop", "tangerang-713-2025", "--victim-age", "30"],
    )));
    reg.ok(&[
        "step",
        "start",
        &c,
        "--at",
        &at("08:10"),
        "--by",
        "Rina Contoh",
    ]);
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
    reg.refused_saying(
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
    reg.ok(&[
        "step",
        "start",
        &c,
        "--at",
        &at("09:10"),
        "--by",
        "Rina Contoh",
    ]);
    let show: Value =
        serde_json::from_str(&reg.ok(&["case", "show", &c, "--format", "json"])).unwrap();
    assert_eq!(show["steps"][1]["number"], 2);
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
        &["staff", "list"],
        &["config", "get"],
        &["config", "get", "timezone"],
    ] {
        let o = reg.run(args);
        assert_eq!(o.code, 5, "{args:?}: {o:?}");
        assert!(o.stderr.contains(reg.absent_words()), "{}", o.stderr);
    }
    // No file on SQLite; on PostgreSQL, the empty database still has no table.
    assert!(reg.absent(), "a reading command created the register");
    reg.ok(&["sop", "list"]);
    assert!(!reg.absent());
}
