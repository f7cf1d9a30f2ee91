//! The interactive parts, driven through a pseudo-terminal as a person would: wait for a
//! question to be on the screen, then press a key or type a line. The register is set up and
//! checked by flags with no terminal; only the prompts run in the PTY. Both get the same
//! environment as the other tests (a temporary register, a fixed actor, a fixed "now" in
//! KASUS_NOW, English, NO_COLOR), and nothing else from the test's own environment.
//!
//! The tests make their own terminal, so they run the same in CI, which has none. If a PTY
//! cannot be opened the test fails; it never skips. Every wait has a deadline, so a prompt
//! that never comes (or a process that never ends) fails the test with the screen so far,
//! instead of hanging the run.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::{BATAM_CASE, CASE, NOW};
use expectrl::Session;
use pty::{attempts, case_json, plain, register_with_case, serial, step, Reg, Tty};
#[test]
fn walk_starts_and_finishes_a_step_then_stops() {
    let _one = serial();
    let reg = register_with_case();
    let output = "Surat permohonan diterima, KTP dan KK lengkap";

    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect(&format!("Case {CASE}"));
    tty.expect("Step 1  step 1 of 6 (0 done)");
    tty.expect("Pelapor menyerahkan surat permohonan pendampingan kasus");
    tty.expect("Standard time: 5 Menit");
    tty.expect("Start step 1 now? (y/n) (yes)");
    tty.key("\r"); // Enter takes the default, yes
                   // Who did it: the pelapor, outside the unit, by name.
    tty.expect("Who does step 1? Pelapor, outside the unit: any name");
    tty.line("Siti Contoh");
    tty.expect(&format!("{CASE} started step 1"));
    // The walk comes round again: the step now runs and it offers to finish it.
    tty.expect("Finish step 1 now?");
    tty.expect("Office closed: clock stopped at 0 detik");
    tty.key("y");
    tty.expect("Output (empty for none)");
    tty.line(output);
    tty.expect(output); // the answer is shown back
    tty.expect(&format!("{CASE} finished step 1"));
    tty.expect("on time");
    tty.expect("Go on with the next step?");
    tty.line("n");
    // Declining says how to go on.
    tty.expect(&format!(
        "Stopped here. `kasus step {CASE}` goes on with the next step."
    ));
    tty.succeeds();

    let case = case_json(&reg);
    let s1 = step(&case, 1);
    assert_eq!(s1["status"], "finished", "{s1:#}");
    assert_eq!(s1["started_at"], NOW, "{s1:#}");
    assert_eq!(s1["finished_at"], NOW, "{s1:#}");
    assert_eq!(s1["output"], output, "{s1:#}");
    assert_eq!(s1["performer"], "Siti Contoh", "{s1:#}");
    assert_eq!(s1["elapsed_secs"], 0, "KASUS_NOW is fixed: {s1:#}");
    assert_eq!(case["steps"].as_array().unwrap().len(), 1, "{case:#}");
    assert_eq!(case["next_steps"], serde_json::json!([2]), "{case:#}");
}

/// At a terminal, --no-input is what stops the walk: the message says so (not "no terminal").
#[test]
fn no_input_at_a_terminal_names_itself_as_what_stops_the_walk() {
    let _one = serial();
    let reg = register_with_case();
    let mut tty = Tty::spawn(&reg, &["--no-input", "step", CASE]);
    tty.expect("--no-input asks nothing");
    tty.expect(&format!("kasus step start|finish|skip|decide {CASE}"));
    let (code, screen) = tty.end();
    assert_eq!(code, 2, "{screen}");
    assert!(!screen.contains("there is none here"), "{screen}");
    // At a terminal a long message wraps between words at its width (120 here), a command kept
    // whole; piped, it is one line (the other tests read it so).
    assert!(
        screen.trim_end().lines().count() >= 2 && screen.lines().all(|l| l.chars().count() <= 120),
        "{screen}"
    );
    assert!(
        screen
            .lines()
            .any(|l| l.contains("start|finish|skip|decide")),
        "{screen}"
    );
}

#[test]
fn walk_leaves_a_step_running_when_the_person_declines_to_finish() {
    let _one = serial();
    let reg = register_with_case();

    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Start step 1 now?");
    tty.line("y");
    tty.expect("Who does step 1?");
    tty.key("\r"); // nobody named: the pelapor's step, no performer recorded
    tty.expect(&format!("{CASE} started step 1"));
    tty.expect("Finish step 1 now?");
    tty.key("n");
    // It says how to come back to it, with the case's own number.
    tty.expect(&format!(
        "The step stays running; run `kasus step {CASE}` again to finish it."
    ));
    tty.succeeds();

    let case = case_json(&reg);
    let s1 = step(&case, 1);
    assert_eq!(s1["status"], "running", "{s1:#}");
    assert_eq!(s1["started_at"], NOW, "{s1:#}");
    assert!(s1["finished_at"].is_null(), "{s1:#}");

    // The running step lives in the register: the next walk, from any terminal, offers to
    // finish it straight away instead of starting anything.
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Step 1  step 1 of 6 (0 done)");
    tty.expect("Finish step 1 now?");
    tty.expect("Office closed: clock stopped at 0 detik");
    tty.key("n");
    tty.expect("The step stays running");
    tty.succeeds();
    assert_eq!(attempts(&reg, 1), 1, "a running step is not started again");

    // By flags: starting is refused while it runs (and changes nothing); finishing works.
    let err = reg.refused(&["step", "start", CASE], 4);
    assert!(err.contains("already running"), "{err}");
    let out = reg.ok(&["step", "finish", CASE, "--output", "diterima"]);
    assert!(out.contains(&format!("{CASE} finished step 1")), "{out}");

    let case = case_json(&reg);
    let s1 = step(&case, 1);
    assert_eq!(s1["status"], "finished", "{s1:#}");
    assert_eq!(s1["output"], "diterima", "{s1:#}");
    assert_eq!(case["steps"].as_array().unwrap().len(), 1, "{case:#}");
}

#[test]
fn ctrl_c_at_a_question_exits_130_and_shows_the_cursor_again() {
    let _one = serial();
    let reg = register_with_case();

    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Start step 1 now?");
    tty.line("y");
    tty.expect("Who does step 1?");
    tty.key("\r");
    tty.expect("Finish step 1 now?");
    tty.key("\x03"); // Ctrl-C: dialoguer reads keys raw, so it arrives as a key, not a signal
    let (code, screen) = tty.end_raw();
    let text = plain(&screen);
    assert_eq!(code, 130, "Ctrl-C must exit 130; it showed:\n{text}");
    assert!(
        text.contains(
            "interrupted: nothing half-done was kept (a step already started stays running)"
        ),
        "{text}"
    );
    assert_eq!(
        text.matches("interrupted").count(),
        1,
        "one message, not two: {text}"
    );
    // dialoguer hid the cursor for the question; it must be shown again.
    let screen = String::from_utf8_lossy(&screen);
    let hidden = screen
        .rfind("\x1b[?25l")
        .expect("the question hid the cursor");
    assert!(
        screen[hidden..].contains("\x1b[?25h"),
        "the cursor stays hidden after Ctrl-C: {screen:?}"
    );

    // The step started before Ctrl-C stays running; nothing else was written.
    let case = case_json(&reg);
    assert_eq!(step(&case, 1)["status"], "running", "{case:#}");
    assert_eq!(attempts(&reg, 1), 1, "{case:#}");

    // Before a step starts (at "Who does step 2?"), nothing runs: not said to.
    reg.ok(&["step", "finish", CASE]);
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Start step 2 now?");
    tty.line("y");
    tty.expect("Who does step 2?");
    tty.key("\x03");
    let (code, screen) = tty.end_raw();
    let text = plain(&screen);
    assert_eq!(code, 130, "{text}");
    assert!(
        text.contains("interrupted: nothing half-done was kept"),
        "{text}"
    );
    assert!(!text.contains("stays running"), "{text}");
    assert_eq!(attempts(&reg, 2), 0);

    // After a finish, at "Go on with the next step?", nothing runs either.
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Start step 2 now?");
    tty.line("y");
    tty.expect("Who does step 2?");
    tty.key("\r");
    tty.expect("Finish step 2 now?");
    tty.key("y");
    tty.expect("Output");
    tty.line("");
    tty.expect("Go on with the next step?");
    tty.key("\x03");
    let (code, screen) = tty.end_raw();
    let text = plain(&screen);
    assert_eq!(code, 130, "{text}");
    assert!(!text.contains("stays running"), "{text}");
}

/// Ctrl-C at intake's first question on a path with no register (twice: the first left nothing
/// for the second to find): the register the command made to ask from goes again, nothing left
/// behind; a register with a case stays.
#[test]
fn leaving_intakes_first_question_leaves_no_new_register() {
    let _one = serial();
    let reg = Reg::new();
    let mut intake = BATAM_CASE.to_vec();
    let name = intake.iter().position(|&a| a == "--victim-name").unwrap();
    intake.drain(name..name + 2);
    for _ in 0..2 {
        let mut tty = Tty::spawn(&reg, &intake);
        tty.expect("Victim's name");
        tty.key("\x03");
        let (code, screen) = tty.end_raw();
        assert_eq!(code, 130, "{}", plain(&screen));
        let left: Vec<_> = std::fs::read_dir(reg.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("register.db"))
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
    }
    // Another process that came to the new register meanwhile keeps it (its connection holds
    // the register's shared memory).
    let mut tty = Tty::spawn(&reg, &intake);
    tty.expect("Victim's name");
    let other = rusqlite::Connection::open(reg.dir.path().join("register.db")).unwrap();
    let _: i64 = other
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap();
    tty.key("\x03");
    let (code, _) = tty.end_raw();
    assert_eq!(code, 130);
    assert!(
        reg.dir.path().join("register.db").exists(),
        "removed under another process"
    );
    drop(other);
    // A register with a case in it stays whatever is left at a question.
    reg.ok(BATAM_CASE);
    let mut tty = Tty::spawn(&reg, &intake);
    tty.expect("Victim's name");
    tty.key("\x03");
    let (code, _) = tty.end_raw();
    assert_eq!(code, 130);
    assert_eq!(case_json(&reg)["number"], CASE);
}

#[test]
fn intake_at_a_terminal_asks_for_the_missing_name() {
    let _one = serial();
    let reg = Reg::new();
    // The standard case without its victim's name, which the terminal asks for.
    let mut intake = BATAM_CASE.to_vec();
    let name = intake.iter().position(|&a| a == "--victim-name").unwrap();
    intake.drain(name..name + 2);

    let mut tty = Tty::spawn(&reg, &intake);
    tty.expect("Victim's name");
    // Enter on an empty name does not register a nameless victim: the question stays.
    tty.key("\r");
    tty.expect("Victim's name");
    tty.line("Siti Contoh");
    tty.expect(&format!("registered case {CASE}"));
    tty.succeeds();

    let case = case_json(&reg);
    let victim = &case["persons"][0];
    assert_eq!(victim["role"], "victim", "{case:#}");
    assert_eq!(victim["name"], "Siti Contoh", "{case:#}");
    assert_eq!(victim["sex"], "P", "{case:#}");
    assert_eq!(victim["age"], 30, "{case:#}");
    assert_eq!(case["channel"], "datang-langsung", "{case:#}");
}

/// The same walk in Bahasa Indonesia: header, progress line, checklist, live clock, the
/// verdict, and what declining says. `--lang id` wins over KASUS_LANG=en.
#[test]
fn walk_in_bahasa_indonesia() {
    let _one = serial();
    let reg = register_with_case();
    let mut tty = Tty::spawn(&reg, &["--lang", "id", "step", CASE]);
    tty.expect(&format!("Kasus {CASE}"));
    tty.expect("Langkah 1  langkah 1 dari 6 (0 selesai)");
    tty.expect("Pelaksana:");
    tty.expect("Waktu standar: 5 Menit");
    tty.expect("Mulai langkah 1 sekarang? (y/t) (ya)");
    tty.line("ya"); // Indonesian answers: ya, t, tidak
    tty.expect("Siapa yang mengerjakan langkah 1? Pelapor, di luar unit: nama siapa pun");
    tty.line("Siti Contoh");
    tty.expect(&format!("{CASE} mulai langkah 1"));
    tty.expect("Selesaikan langkah 1 sekarang?");
    tty.expect("Kantor tutup: jam berhenti pada 0 detik, standar 5 menit: berjalan");
    tty.key("y");
    tty.expect("Output (kosongkan bila tidak ada)");
    tty.line("diterima");
    tty.expect(&format!(
        "{CASE} selesai langkah 1: 0 detik, standar 5 menit: tepat waktu"
    ));
    tty.expect("Lanjut ke langkah berikutnya?");
    tty.line("y");
    tty.expect("Langkah 2  langkah 2 dari 6 (1 selesai)");
    tty.expect("Mulai langkah 2 sekarang?");
    tty.line("t");
    tty.expect(&format!(
        "Langkah 2 belum dimulai. Bila sudah siap: `kasus step {CASE}`"
    ));
    tty.succeeds();
    assert_eq!(step(&case_json(&reg), 1)["status"], "finished");
}

/// Ctrl-C at the live clock leaves the step running and says which, and how to come back.
#[test]
fn ctrl_c_at_the_clock_leaves_the_step_running_and_says_so() {
    let _one = serial();
    let reg = register_with_case();
    reg.ok(&["step", "start", CASE]);
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Finish step 1 now?");
    tty.expect("Office closed: clock stopped at 0 detik");
    tty.key("\x03");
    let (code, text) = tty.end();
    assert_eq!(code, 130, "{text}");
    assert!(
        text.contains(&format!(
            "Step 1 of case {CASE} stays running; `kasus step {CASE}` finishes it later."
        )),
        "{text}"
    );
    assert_eq!(step(&case_json(&reg), 1)["status"], "running");
}

/// `kasus` alone at a terminal: the running steps (over the standard marked), then the open
/// cases with nothing running; in Indonesian with LANG=id_ID.UTF-8.
#[test]
fn kasus_alone_at_a_terminal_shows_what_needs_attention() {
    let _one = serial();
    let reg = register_with_case();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-02 09:00"]);
    let mut tty = Tty::spawn(&reg, &[]);
    tty.expect("Running steps: 1");
    tty.expect(&format!("{CASE}  step 1"));
    tty.expect("3 jam, standard 5 menit: over by 2 jam 55 menit");
    tty.expect("Open cases with no step running: 0");
    tty.succeeds();

    // The actor's own first, in Indonesian from the locale.
    let mut cmd = reg.command(&[]);
    cmd.env_remove("KASUS_LANG")
        .env("LANG", "id_ID.UTF-8")
        .env("KASUS_ACTOR", "Rina Contoh")
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(cmd).expect("spawn in a PTY");
    let mut raw = Vec::new();
    let _ = std::io::Read::read_to_end(&mut session, &mut raw);
    let text = plain(&raw);
    assert!(
        text.contains("Langkah Anda yang berjalan (Rina Contoh): 0"),
        "{text}"
    );
    assert!(text.contains("Langkah lain yang berjalan: 1"), "{text}");
    assert!(text.contains("lewat 2 jam 55 menit"), "{text}");
    assert!(text.contains("(kantor tutup: jam berhenti)"), "{text}");

    // Without a terminal: the usage, exit 2.
    let o = reg.run(&[]);
    assert_eq!(o.code, 2, "{o:?}");
    assert!(o.stderr.contains("Usage: kasus"), "{o:?}");
}

/// `kasus` alone counts working time: at noon (the office's lunch break) a running step's clock
/// stands still and says so; a paused step says it is paused, its time before the pause only.
#[test]
fn kasus_alone_says_when_a_clock_stands_still() {
    let _one = serial();
    let reg = register_with_case();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-02 11:00"]);
    let mut intake: Vec<&str> = BATAM_CASE
        .iter()
        .map(|a| if *a == "Siti Contoh" { "Ani Contoh" } else { a })
        .collect();
    intake.push("--json");
    let other = common::number(&reg.ok(&intake));
    reg.ok(&["step", "start", &other, "--at", "2026-03-02 08:00"]);
    reg.ok(&["step", "finish", &other, "--at", "2026-03-02 08:05"]);
    reg.ok(&[
        "step",
        "start",
        &other,
        "--at",
        "2026-03-02 10:00",
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&[
        "step",
        "pause",
        &other,
        "--reason",
        "waiting-victim",
        "--at",
        "2026-03-02 10:20",
    ]);
    let mut tty = Tty::spawn(&reg, &[]);
    tty.expect("Running steps: 2");
    // The overdue first.
    tty.expect(&format!("{CASE}  step 1"));
    tty.expect("1 jam, standard 5 menit: over by 55 menit (office closed: clock stopped)");
    tty.expect(&format!("{other}  step 2"));
    tty.expect("20 menit, standard 1 jam: running (paused)");
    tty.succeeds();
}

/// The walk offers pause and resume beside finish. At noon (the office's lunch break, KASUS_NOW)
/// the live clock says the office clock is stopped; a paused step's lines say since when and
/// why, and its clock stands still.
#[test]
fn walk_pauses_and_resumes_the_running_step() {
    let _one = serial();
    let reg = register_with_case();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-02 11:00"]);
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("[Enter/y: finish · p: pause · n: leave it running]");
    tty.expect("Office closed: clock stopped at 1 jam, standard 5 menit: over by 55 menit");
    tty.key("p");
    tty.expect("What does the step wait for?");
    tty.key("\x1b[B"); // down: Menunggu instansi lain
    tty.key("\r");
    tty.expect("Note (empty for none)");
    tty.line("menunggu surat rujukan");
    tty.expect(&format!("{CASE} paused step 1 at 2026-03-02 12:00"));
    // The walk comes round again, to the paused step.
    tty.expect("Paused since 2026-03-02 12:00 (Menunggu instansi lain).");
    tty.expect("[Enter/y: finish · r: resume · n: leave it paused]");
    tty.expect("Paused: clock stopped at 1 jam");
    tty.key("r");
    tty.expect(&format!("{CASE} resumed step 1"));
    tty.expect("p: pause");
    tty.expect("Office closed: clock stopped at 1 jam");
    tty.key("n");
    tty.expect("The step stays running");
    tty.succeeds();

    let s1 = step(&case_json(&reg), 1).clone();
    assert_eq!(s1["status"], "running", "{s1:#}");
    assert_eq!(s1["paused"], false, "{s1:#}");
    let pauses = s1["pauses"].as_array().expect("pauses");
    assert_eq!(pauses.len(), 1, "{s1:#}");
    assert_eq!(pauses[0]["reason"], "waiting-agency", "{s1:#}");
    assert_eq!(pauses[0]["note"], "menunggu surat rujukan", "{s1:#}");
    assert_eq!(pauses[0]["resumed_at"], NOW, "{s1:#}");
}

#[test]
fn walk_pauses_in_bahasa_indonesia() {
    let _one = serial();
    let reg = register_with_case();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-02 11:00"]);
    let mut tty = Tty::spawn(&reg, &["--lang", "id", "step", CASE]);
    tty.expect("p: jeda");
    tty.expect("Kantor tutup: jam berhenti pada 1 jam, standar 5 menit: lewat 55 menit");
    tty.key("p");
    tty.expect("Langkah ini menunggu apa?");
    tty.key("\r"); // Menunggu korban
    tty.expect("Catatan (kosongkan bila tidak ada)");
    tty.key("\r");
    tty.expect(&format!("{CASE} menjeda langkah 1"));
    tty.expect("Dijeda sejak 2026-03-02 12:00 (Menunggu korban).");
    tty.expect("r: lanjutkan");
    tty.expect("Dijeda: jam berhenti pada 1 jam");
    tty.key("n");
    tty.expect("Langkah tetap berjalan");
    tty.succeeds();

    let s1 = step(&case_json(&reg), 1).clone();
    assert_eq!(s1["paused"], true, "{s1:#}");
    assert_eq!(s1["pauses"][0]["reason"], "waiting-victim", "{s1:#}");
    assert!(s1["pauses"][0]["note"].is_null(), "{s1:#}");
}

/// `kasus` alone lists the open cases with nothing running, the longest idle first: each one's
/// next step, idle ones past seven days flagged, and a flow ended by a refusal of consent said
/// as such (issue 13).
#[test]
fn kasus_alone_lists_each_waiting_cases_next_step_idle_and_refused_flows() {
    let _one = serial();
    let reg = register_with_case();
    // A Pulang Pisau case walked to its consent gate (step 9), where consent is refused.
    let mut intake: Vec<&str> = BATAM_CASE
        .iter()
        .map(|a| match *a {
            "batam-34-2020" => "pulangpisau-8-2021",
            "Siti Contoh" => "Ani Contoh",
            a => a,
        })
        .collect();
    intake.push("--json");
    let refused = common::number(&reg.ok(&intake));
    for n in 0..8u32 {
        let start = format!("2026-03-02 09:{:02}", n * 5);
        let finish = format!("2026-03-02 09:{:02}", n * 5 + 3);
        reg.ok(&[
            "step",
            "start",
            &refused,
            "--at",
            &start,
            "--by",
            "Rina Contoh",
        ]);
        reg.ok(&["step", "finish", &refused, "--at", &finish]);
    }
    reg.ok(&[
        "step",
        "start",
        &refused,
        "--at",
        "2026-03-02 10:00",
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&[
        "consent",
        "refuse",
        &refused,
        "--given-by",
        "Ani Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
        "--at",
        "2026-03-02 10:01",
    ]);
    reg.ok(&["step", "finish", &refused, "--at", "2026-03-02 10:02"]);
    // Ten days later: the standard case (reported 2026-03-02, nothing done) is idle.
    let mut cmd = reg.command(&[]);
    cmd.env("KASUS_NOW", "2026-03-12T12:00:00+07:00")
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(cmd).expect("spawn in a PTY");
    let mut raw = Vec::new();
    let _ = std::io::Read::read_to_end(&mut session, &mut raw);
    let text = plain(&raw);
    assert!(
        text.contains("Open cases with no step running: 2 (2 idle for 7 days or more)"),
        "{text}"
    );
    let standard = text.lines().find(|l| l.contains(CASE)).expect(&text);
    assert!(
        standard.contains("next: step 1: Pelapor menyerahkan") && standard.contains("idle 10 days"),
        "{standard}"
    );
    // The activity is cut so that the idle days fit on the terminal's line (80 columns here).
    assert!(standard.chars().count() <= 80, "{standard}");
    let ended = text.lines().find(|l| l.contains(&refused)).expect(&text);
    assert!(
        ended.contains("flow ended: consent refused at step 9"),
        "{ended}"
    );
}

/// `kasus step CASE --at TIME` walks as of an earlier time: each start and finish asks when it
/// happened (default: that time), so a morning's work entered after lunch keeps its times; a
/// time to come, or before the case was reported, is refused before any question.
#[test]
fn the_walk_takes_at_for_work_done_earlier() {
    let _one = serial();
    let reg = register_with_case();
    let mut tty = Tty::spawn(&reg, &["step", CASE, "--at", "09:30"]);
    tty.expect("Start step 1 now? (y/n) (yes)");
    tty.key("\r");
    tty.expect("Who does step 1?");
    tty.line("Siti Contoh");
    tty.expect("When did step 1 start? (2026-03-02 09:30)");
    tty.key("\r");
    tty.expect(&format!("{CASE} started step 1"));
    tty.expect("Finish step 1 now?");
    tty.key("y");
    tty.expect("Output (empty for none)");
    tty.line("");
    tty.expect("When did step 1 finish? (2026-03-02 09:30)");
    tty.line("09:34");
    tty.expect("on time");
    tty.expect("Go on with the next step?");
    tty.line("n");
    let (_, _) = tty.end();
    let case = case_json(&reg);
    let s1 = step(&case, 1);
    assert_eq!(s1["started_at"], "2026-03-02T09:30:00+07:00", "{s1:#}");
    assert_eq!(s1["finished_at"], "2026-03-02T09:34:00+07:00", "{s1:#}");
    assert_eq!(s1["elapsed_secs"], 240, "{s1:#}");
    let before = reg.ok(&["case", "show", CASE, "--format", "json"]);
    for (at, said) in [
        ("besok 09:00", "--at is in the future"),
        ("2026-03-01 09:00", "before case"),
        ("09:00", "before"),
    ] {
        let mut tty = Tty::spawn(&reg, &["step", CASE, "--at", at]);
        tty.expect(said);
        let (code, screen) = tty.end();
        assert_ne!(code, 0, "{at}: {screen}");
        assert!(
            !screen.contains("now?"),
            "{at}: asked before refusing: {screen}"
        );
    }
    assert_eq!(before, reg.ok(&["case", "show", CASE, "--format", "json"]));
}

/// In a walk as of an earlier day, a time alone is on that day (the default's), not today; a
/// time the step would refuse (a finish before its start) is refused at the question and asked
/// again, nothing lost. Both languages.
#[test]
fn the_walk_reads_a_time_alone_on_its_own_day_and_checks_it_when_given() {
    let _one = serial();
    for (lang, words) in [
        (
            "en",
            [
                "When did step 1 finish? (2026-03-02 09:30)",
                "the finish time is before the step's start",
            ],
        ),
        (
            "id",
            [
                "Kapan langkah 1 selesai? (2026-03-02 09:30)",
                "waktu selesai sebelum waktu mulai langkah",
            ],
        ),
    ] {
        let mut reg = register_with_case();
        // Two days later, the morning of the 2nd is entered.
        reg.now = "2026-03-04T10:00:00+07:00".to_string();
        reg.ok(&[
            "step",
            "start",
            CASE,
            "--at",
            "2026-03-02 09:30",
            "--by",
            "Siti Contoh",
        ]);
        let mut tty = Tty::spawn(
            &reg,
            &["--lang", lang, "step", CASE, "--at", "2026-03-02 09:30"],
        );
        tty.expect("[Enter/y");
        tty.key("y");
        tty.expect("Output");
        tty.line("");
        tty.expect(words[0]);
        tty.line("09:20");
        tty.expect(words[1]);
        tty.line("09:40");
        // Ten minutes after its start (on the 4th it would be two days).
        tty.expect(": 10 menit");
        tty.expect("?");
        tty.line("n");
        let (_, screen) = tty.end();
        let case = case_json(&reg);
        let s1 = step(&case, 1);
        assert_eq!(
            s1["finished_at"], "2026-03-02T09:40:00+07:00",
            "{lang}: {s1:#}\n{screen}"
        );
    }
    // A step started at 10:40 in a walk as of 10:30: its finish is offered at 10:40, not at a
    // time it would refuse.
    let mut reg = register_with_case();
    reg.now = "2026-03-04T10:00:00+07:00".to_string();
    let mut tty = Tty::spawn(&reg, &["step", CASE, "--at", "2026-03-02 10:30"]);
    tty.expect("Start step 1 now?");
    tty.line("y");
    tty.expect("Who does step 1?");
    tty.line("Siti Contoh");
    tty.expect("When did step 1 start? (2026-03-02 10:30)");
    // Before the case was reported: asked again, not refused at the end.
    tty.line("07:00");
    tty.expect("the answer is before case PPA/2026/0001 was reported (2026-03-02 08:00)");
    tty.line("10:40");
    tty.expect("[Enter/y");
    tty.key("y");
    tty.expect("Output");
    tty.line("");
    tty.expect("When did step 1 finish? (2026-03-02 10:40)");
    drop(tty);
}

/// After a return the walk offers step 3 again, its progress line with the attempt (trial 15,
/// item 7); `step decide --approve` says
/// where the case goes, as `--return` does; finishing the SOP's last step, the walk says every
/// step is done instead of asking to go on with a next step (trial 15, item 11).
#[test]
fn approve_says_where_the_case_goes_and_the_walk_does_not_ask_to_go_on_after_the_last_step() {
    let _one = serial();
    let reg = register_with_case();
    reg.ok(&[
        "assign",
        CASE,
        "--to",
        "Rina Contoh",
        "--at",
        "2026-03-02 08:01",
    ]);
    let at = |hm: &str| format!("2026-03-02 {hm}");
    for (action, hm) in [
        ("start", "08:05"),
        ("finish", "08:10"),
        ("start", "08:10"),
        ("finish", "08:20"),
        ("start", "08:20"),
        ("finish", "08:30"),
        ("start", "08:30"),
    ] {
        reg.ok(&["step", action, CASE, "--at", &at(hm)]);
    }
    let out = reg.ok(&["step", "decide", CASE, "--return", "--at", &at("08:40")]);
    assert!(
        out.contains("returned: the case goes back to step 3"),
        "{out}"
    );

    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Step 3  step 3 of 6, attempt 2 (4 done)");
    tty.expect("Start step 3 now?");
    tty.line("n");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");

    for (action, hm) in [("start", "08:40"), ("finish", "08:50"), ("start", "08:50")] {
        reg.ok(&["step", action, CASE, "--at", &at(hm)]);
    }
    let out = reg.ok(&["step", "decide", CASE, "--approve", "--at", &at("09:00")]);
    assert!(
        out.contains("approved: the case goes on to step 5"),
        "{out}"
    );
    let out = reg.ok(&["--lang", "id", "step", "start", CASE, "--at", &at("09:00")]);
    assert!(out.contains("mulai langkah 5"), "{out}");
    for (action, hm) in [("finish", "09:10"), ("start", "09:10")] {
        reg.ok(&["step", action, CASE, "--at", &at(hm)]);
    }

    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Finish step 6 now?");
    tty.key("y");
    tty.expect("Output (empty for none)");
    tty.line("");
    tty.expect(&format!("{CASE} finished step 6"));
    tty.expect("Every step of the SOP is done");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Go on with the next step?"), "{screen}");
}

/// A repeating step offered beside the next one says it would be a repeat, with its attempt
/// (trial 15, item 8): Babel's step 4, after its first attempt.
#[test]
fn the_walk_says_which_choice_is_a_repeat_and_its_attempt() {
    let _one = serial();
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Pendamping PPA"]);
    let mut args = BATAM_CASE.to_vec();
    let i = args.iter().position(|a| *a == "batam-34-2020").unwrap();
    args[i] = "babel-18-2024";
    reg.ok(&args);
    reg.ok(&[
        "assign",
        CASE,
        "--to",
        "Rina Contoh",
        "--at",
        "2026-03-02 08:01",
    ]);
    for scope in ["layanan", "berbagi-informasi"] {
        reg.ok(&[
            "consent",
            CASE,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            scope,
            "--method",
            "tertulis",
            "--at",
            "2026-03-02 08:02",
        ]);
    }
    for (action, hm) in [
        ("start", "08:05"),
        ("finish", "08:15"),
        ("start", "08:15"),
        ("finish", "09:00"),
        ("start", "09:00"),
        ("finish", "09:30"),
        ("start", "09:30"),
        ("finish", "10:00"),
    ] {
        reg.ok(&["step", action, CASE, "--at", &format!("2026-03-02 {hm}")]);
    }
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Which step?");
    tty.expect("Step 4 (again, attempt 2)");
    tty.key("\r"); // the next step in order, step 5
    tty.expect("Start step 5 now?");
    tty.line("n");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Step 5 (again"), "{screen}");
}

/// The status view lists at most 12 running steps, the most overdue first, and counts the rest
/// ("and 2 more"), as it does the idle cases; its times are in at most two units, as `report
/// overdue` prints them. In both languages.
#[test]
fn the_status_view_caps_running_steps_at_12_the_most_overdue_first() {
    let _one = serial();
    let reg = Reg::new();
    let mut csv =
        String::from("sop,reported_at,channel,victim_name,victim_sex,victim_age,violence\n");
    for i in 1..=14 {
        csv.push_str(&format!(
            "batam-34-2020,2026-03-02 08:00,telepon,Korban{i} Contoh,P,30,fisik\n"
        ));
    }
    let file = reg.dir.path().join("cases.csv");
    std::fs::write(&file, csv).unwrap();
    reg.ok(&["intake", "--from", file.to_str().unwrap(), "--no-input"]);
    // Case k started at 08:(10+k): PPA/2026/0001 is the most overdue, 0014 the least.
    for k in 1..=14 {
        reg.ok(&[
            "step",
            "start",
            &format!("PPA/2026/{k:04}"),
            "--at",
            &format!("2026-03-02 08:{:02}", 10 + k),
        ]);
    }
    for (lang, heading, more) in [
        ("en", "Running steps: 14", "and 2 more"),
        ("id", "Langkah yang berjalan: 14", "dan 2 lainnya"),
    ] {
        let mut cmd = reg.command(&[]);
        cmd.env("KASUS_NOW", "2026-03-12T12:00:17+07:00")
            .env("KASUS_LANG", lang)
            .env("TERM", "xterm-256color");
        let mut session = Session::spawn(cmd).expect("spawn in a PTY");
        let mut raw = Vec::new();
        let _ = std::io::Read::read_to_end(&mut session, &mut raw);
        let text = plain(&raw);
        assert!(text.contains(heading), "{lang}: {text}");
        let running = text.split(heading).nth(1).unwrap();
        let running = &running[..running.find(more).expect(&text)];
        let cases: Vec<&str> = running
            .lines()
            .filter(|l| l.trim_start().starts_with("PPA/2026/"))
            .collect();
        assert_eq!(cases.len(), 12, "{lang}: {text}");
        assert!(running.contains("PPA/2026/0001"), "{lang}: {text}");
        assert!(!running.contains("PPA/2026/0014"), "{lang}: {text}");
        // At most two units: never "jam ... menit ... detik" on one line.
        for l in text.lines() {
            assert!(
                !(l.contains(" jam") && l.contains(" menit") && l.contains(" detik")),
                "{lang}: {l}"
            );
        }
    }
}
