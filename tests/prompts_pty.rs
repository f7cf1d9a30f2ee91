//! Prompts check each answer when it is typed (issue 13): a wrong answer is said in the
//! user's language, shown beside, and asked again with an empty input (the next typing is never
//! added to the refused answer); nothing typed is lost to an error at the end. Esc in a list
//! goes back where the flow has a way back, else leaves as Ctrl-C does. Driven through a
//! pseudo-terminal (`common/pty.rs`), in English and Indonesian.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::{BATAM_CASE, CASE};
use pty::{case_json, serial, Reg, Tty};

/// Esc, alone (a key of its own, not the start of an arrow key's sequence).
const ESC: &str = "\x1b";
/// The down arrow.
const DOWN: &str = "\x1b[B";

/// The standard intake without these flags (each with its value).
fn intake_without(flags: &[&str]) -> Vec<&'static str> {
    let mut args = BATAM_CASE.to_vec();
    for f in flags {
        let i = args
            .iter()
            .position(|a| a == f)
            .expect("a flag of the case");
        args.drain(i..i + 2);
    }
    args
}

fn victim(reg: &Reg) -> serde_json::Value {
    case_json(reg)["persons"][0].clone()
}

#[test]
fn intake_checks_the_birth_date_as_it_is_typed() {
    let _one = serial();
    let reg = Reg::new();
    let mut tty = Tty::spawn(&reg, &intake_without(&["--victim-age"]));
    tty.expect("Victim's birth date (day first");
    // 31 February: said at once, the answer shown beside, and asked again with an empty
    // input: what is typed next is the whole answer, not added to the refused one.
    tty.line("31-02-1994");
    tty.expect("✘ \"31-02-1994\": The birth date is not a date that exists");
    tty.expect("Victim's birth date");
    // Born after the report date (kept, the input would read 31-02-199403-03-2026).
    tty.line("03-03-2026");
    tty.expect("✘ \"03-03-2026\": The birth date is after the report date");
    // Day first, as Indonesian forms write it.
    tty.line("01-05-1994");
    tty.expect(&format!("registered case {CASE}"));
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    // A check mark only for the answer taken, none for the wrong ones.
    assert_eq!(
        screen.matches("✔ Victim's birth date").count(),
        1,
        "{screen}"
    );
    assert!(screen.contains("· 01-05-1994"), "{screen}");
    assert!(!screen.contains("· 31-02-1994"), "{screen}");
    assert!(!screen.contains("31-02-199401"), "{screen}");
    let v = victim(&reg);
    assert_eq!(v["birth_date"], "1994-05-01", "{v:#}");
    assert_eq!(v["age"], 31, "{v:#}");
}

#[test]
fn intake_asks_back_a_two_digit_year() {
    let _one = serial();
    let reg = Reg::new();
    let mut tty = Tty::spawn(&reg, &intake_without(&["--victim-age"]));
    tty.expect("Victim's birth date");
    // 2094 is after the report date: only 1994 is offered.
    tty.line("01/05/94");
    tty.expect("Did you mean 01-05-1994? (y/n)");
    tty.line("yes");
    tty.expect(&format!("registered case {CASE}"));
    tty.succeeds();
    assert_eq!(victim(&reg)["birth_date"], "1994-05-01");
}

/// Both 1905 and 2005 are possible: a choice, the most recent first and the default (Enter
/// never takes a victim 120 years old); the other is still there, one down.
#[test]
fn a_two_digit_year_offers_the_most_recent_first() {
    let _one = serial();
    for (lang, asked, which, done) in [
        (
            "en",
            "Victim's birth date",
            "Which did you mean?",
            "registered case",
        ),
        (
            "id",
            "Tanggal lahir korban",
            "Maksud Anda yang mana?",
            "kasus terdaftar",
        ),
    ] {
        for (keys, born, age) in [
            (vec!["\r"], "2005-05-01", 20),
            (vec![DOWN, "\r"], "1905-05-01", 120),
        ] {
            let reg = Reg::new();
            let mut args = vec!["--lang", lang];
            args.extend(intake_without(&["--victim-age"]));
            let mut tty = Tty::spawn(&reg, &args);
            tty.expect(asked);
            tty.line("01-05-05");
            tty.expect(which);
            tty.expect("01-05-2005");
            tty.expect("01-05-1905");
            for k in &keys {
                tty.key(k);
            }
            tty.expect(&format!("{done} {CASE}"));
            tty.succeeds();
            let v = victim(&reg);
            assert_eq!(v["birth_date"], born, "{lang} {keys:?}: {v:#}");
            assert_eq!(v["age"], age, "{lang} {keys:?}: {v:#}");
        }
    }
}

#[test]
fn intake_says_what_is_wrong_with_an_age() {
    let _one = serial();
    let reg = Reg::new();
    let mut tty = Tty::spawn(&reg, &intake_without(&["--victim-age"]));
    tty.expect("Victim's birth date");
    tty.key("\r"); // unknown: the age is asked
    tty.expect("Victim's age in years");
    tty.line("tiga puluh");
    tty.expect("✘ \"tiga puluh\": The age is a whole number of years (e.g. 30)");
    tty.line("131");
    tty.expect("✘ \"131\": The age must be 0 to 130 years");
    tty.line("16");
    tty.expect(&format!("registered case {CASE}"));
    tty.succeeds();
    let case = case_json(&reg);
    assert_eq!(case["persons"][0]["age"], 16, "{case:#}");
    assert!(case["persons"][0]["birth_date"].is_null(), "{case:#}");
    assert_eq!(case["is_child"], true, "{case:#}");
}

#[test]
fn intake_in_bahasa_indonesia_checks_each_answer() {
    let _one = serial();
    let reg = Reg::new();
    let mut args = vec!["--lang", "id"];
    args.extend(intake_without(&["--victim-age", "--victim-name"]));
    let mut tty = Tty::spawn(&reg, &args);
    tty.expect("Nama korban");
    tty.key("\r");
    tty.expect("✘ pertanyaan ini perlu dijawab");
    tty.line("Siti Contoh");
    tty.expect("Tanggal lahir korban (hari dulu");
    tty.line("1 Mei 1899");
    tty.expect("✘ \"1 Mei 1899\": Tanggal lahir sebelum 1900-01-01");
    tty.line("01/05/94");
    tty.expect("Maksud Anda 01-05-1994? (y/t)");
    // A refused yes/no is not kept either: `x` then `ya` is `ya`, not `xya`.
    tty.line("x");
    tty.expect("✘ \"x\": jawab y (ya) atau t (tidak)");
    tty.line("ya");
    tty.expect(&format!("kasus terdaftar {CASE}"));
    tty.succeeds();
    let v = victim(&reg);
    assert_eq!(v["name"], "Siti Contoh", "{v:#}");
    assert_eq!(v["birth_date"], "1994-05-01", "{v:#}");

    // The age in Indonesian.
    let reg = Reg::new();
    let mut args = vec!["--lang", "id"];
    args.extend(intake_without(&["--victim-age"]));
    let mut tty = Tty::spawn(&reg, &args);
    tty.expect("Tanggal lahir korban");
    tty.key("\r");
    tty.expect("Usia korban (tahun)");
    tty.line("x");
    tty.expect("✘ \"x\": Usia berupa bilangan bulat tahun (mis. 30)");
    tty.line("30");
    tty.expect(&format!("kasus terdaftar {CASE}"));
    tty.succeeds();
    assert_eq!(victim(&reg)["age"], 30);
}

/// A wrong flag is said before any question: nothing answered is lost to it. Every wrong flag
/// is said, each on its line.
#[test]
fn intake_checks_the_flags_given_before_asking() {
    let _one = serial();
    for (lang, said, also, asked) in [
        (
            "en",
            "--victim-nik must be exactly 16 digits",
            "kasus: --urgency: ",
            "Victim's name",
        ),
        (
            "id",
            "--victim-nik harus tepat 16 angka",
            "kasus: --urgency: ",
            "Nama korban",
        ),
    ] {
        let reg = Reg::new();
        let mut args = vec!["--lang", lang];
        args.extend(intake_without(&["--victim-name"]));
        args.extend(["--victim-nik", "123", "--urgency", "segera-sekali"]);
        let tty = Tty::spawn(&reg, &args);
        let (code, screen) = tty.end();
        assert_eq!(code, 3, "{screen}");
        assert!(screen.contains(said), "{screen}");
        assert!(screen.contains(also), "{screen}");
        assert!(
            !screen.contains(asked),
            "asked although a flag is wrong: {screen}"
        );
    }
}

/// A flag's value refused by its own parser (`--victim-age abc`) is said in kasus's words,
/// wrapped between words at the terminal (80 columns here), as every other message.
#[test]
fn a_flags_refused_value_wraps_at_the_terminal() {
    let _one = serial();
    let reg = Reg::new();
    let cmd = reg.command(&[
        "--lang",
        "id",
        "intake",
        "--no-input",
        "--victim-age",
        "abc",
    ]);
    let mut session = expectrl::Session::spawn(cmd).expect("spawn in a PTY");
    let mut raw = Vec::new();
    let _ = std::io::Read::read_to_end(&mut session, &mut raw);
    let text = pty::plain(&raw);
    assert!(text.contains("--victim-age bukan angka"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    // Broken between words only: the words of the message are all there, whole.
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("0 sampai 130"), "{text}");
    assert!(words.contains("data pribadi"), "{text}");
}

/// The flag takes the same forms: day first, and a two-digit year is refused, not guessed.
#[test]
fn the_birth_date_flag_takes_the_same_forms() {
    let reg = Reg::new();
    let mut args = intake_without(&["--victim-age"]);
    args.extend(["--victim-birth-date", "1 Mei 1994"]);
    reg.ok(&args);
    assert_eq!(victim(&reg)["birth_date"], "1994-05-01");

    let reg = Reg::new();
    let mut args = intake_without(&["--victim-age"]);
    args.extend(["--victim-birth-date", "01/05/94"]);
    let o = reg.run(&args);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(
        o.stderr
            .contains("--victim-birth-date has a two-digit year"),
        "{o:?}"
    );
    assert!(
        !o.stderr.contains("01/05/94"),
        "the date is not echoed: {o:?}"
    );
}

/// The standard case on tangerang-713-2025, whose step 1 (inside the unit) is the consent gate
/// for `layanan`; Rina Contoh holds its role; step 1 running since 08:05, no consent recorded.
fn gate_case() -> Reg {
    gate_case_aged("30")
}

/// [`gate_case`] with a victim of `age` years.
fn gate_case_aged(age: &str) -> Reg {
    let reg = Reg::new();
    reg.ok(&[
        "staff",
        "add",
        "Rina Contoh",
        "--role",
        "Petugas Layanan PPA",
    ]);
    let mut args = BATAM_CASE.to_vec();
    let i = args.iter().position(|a| *a == "batam-34-2020").unwrap();
    args[i] = "tangerang-713-2025";
    let a = args.iter().position(|a| *a == "--victim-age").unwrap();
    args[a + 1] = age;
    reg.ok(&args);
    reg.ok(&[
        "assign",
        CASE,
        "--to",
        "Rina Contoh",
        "--role",
        "Petugas Layanan PPA",
        "--at",
        "2026-03-02 08:01",
    ]);
    reg.ok(&["step", "start", CASE, "--at", "2026-03-02 08:05"]);
    reg
}

/// At a consent gate the walk says the consent is missing before it asks for the output, and
/// records the consent there when asked to; the output typed after it is kept.
#[test]
fn the_walk_offers_to_record_the_consent_at_a_gate() {
    let _one = serial();
    for (lang, clock, missing, record, recorded, output_q, finished) in [
        (
            "en",
            "Finish step 1 now?",
            "step 1 is the SOP's consent gate for [layanan]",
            "Record the consent now?",
            "consent recorded: PPA/2026/0001 [layanan]",
            "Output (empty for none)",
            "finished step 1",
        ),
        (
            "id",
            "Selesaikan langkah 1 sekarang?",
            "langkah 1 adalah gerbang persetujuan SOP untuk [layanan]",
            "Catat persetujuannya sekarang?",
            "persetujuan dicatat: PPA/2026/0001 [layanan]",
            "Output (kosongkan bila tidak ada)",
            "selesai langkah 1",
        ),
    ] {
        let reg = gate_case();
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
        tty.expect(clock);
        tty.key("y"); // finish, at the live clock
        tty.expect(missing);
        tty.expect(record);
        tty.line("y");
        tty.line("Siti Contoh");
        tty.key("\r"); // self
        tty.key("\r"); // tertulis
        tty.expect(recorded);
        tty.expect(output_q);
        tty.line("formulir ditandatangani");
        tty.expect(finished);
        tty.line("n"); // not on with the next step
        tty.succeeds();

        let case = case_json(&reg);
        let s1 = &case["steps"][0];
        assert_eq!(s1["status"], "finished", "{lang}: {case:#}");
        assert_eq!(s1["output"], "formulir ditandatangani", "{lang}: {case:#}");
        let consents = reg.ok(&["consent", "list", CASE, "--format", "json"]);
        let consents: serde_json::Value = serde_json::from_str(&consents).unwrap();
        assert_eq!(consents["state"]["layanan"], "in-force", "{consents:#}");
        assert_eq!(
            consents["events"][0]["given_by"], "Siti Contoh",
            "{consents:#}"
        );
    }
}

/// A child's own consent recorded, the gate needs a parent's or guardian's: the walk's
/// relation question starts on "parent", so Enter records what is missing, not the child's own
/// again.
#[test]
fn the_walk_offers_a_parent_first_when_a_childs_own_consent_is_there() {
    let _one = serial();
    let reg = gate_case_aged("12");
    reg.ok(&[
        "consent",
        CASE,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
        "--at",
        "2026-03-02 08:06",
    ]);
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Finish step 1 now?");
    tty.key("y");
    tty.expect("--relation parent|guardian");
    tty.expect("Record the consent now?");
    tty.line("y");
    tty.line("Ani Contoh");
    tty.key("\r"); // the default: parent
    tty.key("\r"); // tertulis
    tty.expect("consent recorded: PPA/2026/0001 [layanan]");
    let consents = reg.ok(&["consent", "list", CASE, "--format", "json"]);
    let consents: serde_json::Value = serde_json::from_str(&consents).unwrap();
    assert_eq!(consents["events"][1]["relation"], "parent", "{consents:#}");
    assert_eq!(consents["state"]["layanan"], "in-force", "{consents:#}");
    drop(tty);
}

/// Declined, the walk asks nothing about the step and says the command to run.
#[test]
fn declining_the_consent_at_a_gate_asks_nothing_more() {
    let _one = serial();
    let reg = gate_case();
    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("Finish step 1 now?");
    tty.key("y");
    tty.expect("Record it with `kasus consent PPA/2026/0001 --given-by NAME");
    tty.expect("Record the consent now?");
    tty.line("n");
    tty.expect("Nothing was asked about the step.");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Output"), "{screen}");
    assert_eq!(case_json(&reg)["steps"][0]["status"], "running");
}

/// Babel's step 3 needs consent to share information before it starts: the walk says so in the
/// document's words before it asks to start the step, and records the consent there.
#[test]
fn the_walk_offers_consent_to_share_before_babels_step_3() {
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
    for (action, at) in [("start", "08:05"), ("finish", "08:15"), ("start", "08:15")] {
        reg.ok(&["step", action, CASE, "--at", &format!("2026-03-02 {at}")]);
    }
    reg.ok(&[
        "consent",
        CASE,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        "2026-03-02 08:20",
    ]);
    reg.ok(&["step", "finish", CASE, "--at", "2026-03-02 09:00"]);

    let mut tty = Tty::spawn(&reg, &["step", CASE]);
    tty.expect("step 3 needs consent for [berbagi-informasi] before it starts");
    tty.expect("persetujuan klien inform concern");
    tty.expect("Record the consent now?");
    tty.line("y");
    tty.line("Siti Contoh");
    tty.key("\r"); // self
    tty.key("\r"); // tertulis
    tty.expect("consent recorded: PPA/2026/0001 [berbagi-informasi]");
    tty.expect("Start step 3 now?");
    tty.line("n");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    let consents = reg.ok(&["consent", "list", CASE, "--format", "json"]);
    let consents: serde_json::Value = serde_json::from_str(&consents).unwrap();
    assert_eq!(
        consents["state"]["berbagi-informasi"], "in-force",
        "{consents:#}"
    );
}

/// `kasus consent` on an unknown or a closed case says so before any question.
#[test]
fn consent_checks_the_case_before_asking() {
    let _one = serial();
    let reg = Reg::new();
    reg.ok(BATAM_CASE);
    reg.ok(&["case", "close", CASE, "--reason", "selesai"]);
    for (lang, args, said, asked) in [
        (
            "en",
            ["consent", "PPA/2026/0099"],
            "unknown case",
            "Consent given by",
        ),
        (
            "id",
            ["consent", "PPA/2026/0099"],
            "tidak dikenal",
            "Persetujuan diberikan oleh",
        ),
        ("en", ["consent", CASE], "is closed", "Consent given by"),
        (
            "id",
            ["consent", CASE],
            "sudah ditutup",
            "Persetujuan diberikan oleh",
        ),
    ] {
        let mut all = vec!["--lang", lang];
        all.extend(args);
        let (code, screen) = Tty::spawn(&reg, &all).end();
        assert!(code == 3 || code == 4, "{all:?} exited {code}: {screen}");
        assert!(screen.contains(said), "{all:?}: {screen}");
        assert!(!screen.contains(asked), "{all:?} asked first: {screen}");
    }
    // The same for a refusal.
    let (code, screen) = Tty::spawn(&reg, &["consent", "refuse", "PPA/2026/0099"]).end();
    assert_eq!(code, 3, "{screen}");
    assert!(!screen.contains("Refused by"), "{screen}");
}

/// The walk asks who does a step, the staff holding its role offered first; a name that is no
/// staff member's, for a step inside the unit, is said and asked again.
#[test]
fn the_walk_asks_who_does_the_step() {
    let _one = serial();
    for (lang, start, question, wrong, started, leave) in [
        (
            "en",
            "Start step 2 now?",
            "Who does step 2? A staff member (the SOP names Staff Penerima)",
            "✘ \"Budi Luar\": The answer names no staff member",
            "started step 2",
            "n: leave it running]",
        ),
        (
            "id",
            "Mulai langkah 2 sekarang?",
            "Siapa yang mengerjakan langkah 2? Staf (menurut SOP: Staff Penerima)",
            "✘ \"Budi Luar\": Jawaban bukan nama staf",
            "mulai langkah 2",
            "n: biarkan berjalan]",
        ),
    ] {
        let reg = Reg::new();
        reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
        reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
        reg.ok(BATAM_CASE);
        reg.ok(&[
            "assign",
            CASE,
            "--to",
            "Rina Contoh",
            "--role",
            "Staff Penerima",
        ]);
        reg.ok(&[
            "step",
            "start",
            CASE,
            "--by",
            "Siti Contoh",
            "--at",
            "2026-03-02 08:05",
        ]);
        reg.ok(&["step", "finish", CASE, "--at", "2026-03-02 08:10"]);

        let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
        tty.expect(start);
        tty.line("y");
        tty.expect(question);
        tty.expect("(Rina Contoh)"); // the holder of the role, the default
        tty.line("Budi Luar");
        tty.expect(wrong);
        tty.line("Dewi Contoh");
        tty.expect(started);
        tty.expect(leave);
        tty.key("n"); // leave the step running
        tty.succeeds();
        let case = case_json(&reg);
        let s2 = &case["steps"][1];
        assert_eq!(s2["number"], 2, "{case:#}");
        assert_eq!(s2["performer"], "Dewi Contoh", "{lang}: {case:#}");

        // Enter takes the holder.
        let reg2 = Reg::new();
        reg2.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
        reg2.ok(BATAM_CASE);
        reg2.ok(&[
            "assign",
            CASE,
            "--to",
            "Rina Contoh",
            "--role",
            "Staff Penerima",
        ]);
        reg2.ok(&[
            "step",
            "start",
            CASE,
            "--by",
            "Siti Contoh",
            "--at",
            "2026-03-02 08:05",
        ]);
        reg2.ok(&["step", "finish", CASE, "--at", "2026-03-02 08:10"]);
        let mut tty = Tty::spawn(&reg2, &["--lang", lang, "step", CASE]);
        tty.expect(start);
        tty.line("y");
        tty.expect(question);
        tty.key("\r");
        tty.expect(started);
        tty.expect(leave);
        tty.key("n");
        tty.succeeds();
        assert_eq!(case_json(&reg2)["steps"][1]["performer"], "Rina Contoh");
    }
}

/// `kasus case close` at a terminal asks the reason (when not given) and confirms; no closes
/// nothing. A wrong answer to the confirmation is said and asked again.
#[test]
fn case_close_at_a_terminal_asks_the_reason_and_confirms() {
    let _one = serial();
    let reg = Reg::new();
    reg.ok(BATAM_CASE);

    let mut tty = Tty::spawn(&reg, &["case", "close", CASE]);
    tty.expect("Reason for closing");
    tty.line("selesai");
    tty.expect(&format!(
        "Close case {CASE}? It takes no more steps until it is reopened. (y/n) (no)"
    ));
    tty.line("nanti");
    tty.expect("✘ \"nanti\": answer y (yes) or n (no)");
    tty.line("n");
    tty.expect(&format!("Nothing was changed: case {CASE} stays open."));
    tty.succeeds();
    assert_eq!(case_json(&reg)["status"], "open");

    let mut tty = Tty::spawn(&reg, &["case", "close", CASE]);
    tty.expect("Reason for closing");
    tty.line("selesai");
    tty.expect("(y/n) (no)");
    tty.line("yes");
    tty.expect(&format!("closed case {CASE}"));
    tty.succeeds();
    let case = case_json(&reg);
    assert_eq!(case["status"], "closed", "{case:#}");
    assert_eq!(case["close_reason"], "selesai", "{case:#}");

    // Already closed: said at once, nothing asked.
    let (code, screen) = Tty::spawn(&reg, &["case", "close", CASE]).end();
    assert_eq!(code, 4, "{screen}");
    assert!(screen.contains("is already closed"), "{screen}");
    assert!(!screen.contains("Reason for closing"), "{screen}");
}

#[test]
fn case_close_in_bahasa_indonesia_takes_ya_and_t() {
    let _one = serial();
    let reg = Reg::new();
    reg.ok(BATAM_CASE);

    let mut tty = Tty::spawn(&reg, &["--lang", "id", "case", "close", CASE]);
    tty.expect("Alasan penutupan");
    tty.key("\r"); // no reason
    tty.expect(&format!(
        "Tutup kasus {CASE}? Kasus tidak menerima langkah lagi sampai dibuka kembali. (y/t) (tidak)"
    ));
    tty.line("x");
    tty.expect("✘ \"x\": jawab y (ya) atau t (tidak)");
    tty.line("t");
    tty.expect(&format!(
        "Tidak ada yang diubah: kasus {CASE} tetap terbuka."
    ));
    tty.succeeds();
    assert_eq!(case_json(&reg)["status"], "open");

    // --reason given: only the confirmation; Enter takes its default, no.
    let mut tty = Tty::spawn(
        &reg,
        &["--lang", "id", "case", "close", CASE, "--reason", "dirujuk"],
    );
    tty.expect("Tutup kasus");
    tty.key("\r");
    tty.expect("tetap terbuka");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Alasan penutupan"), "{screen}");

    let mut tty = Tty::spawn(
        &reg,
        &["--lang", "id", "case", "close", CASE, "--reason", "dirujuk"],
    );
    tty.expect("(y/t)");
    tty.line("ya");
    tty.expect(&format!("kasus ditutup {CASE}"));
    tty.succeeds();
    let case = case_json(&reg);
    assert_eq!(case["status"], "closed", "{case:#}");
    assert_eq!(case["close_reason"], "dirujuk", "{case:#}");
}

/// Every confirmation takes either language's words: `tidak` and `iya` in English too.
#[test]
fn confirmations_take_y_ya_yes_and_n_t_tidak() {
    let _one = serial();
    for (answer, closed) in [
        ("Ya", true),
        ("iya", true),
        ("Y", true),
        ("tidak", false),
        ("T", false),
        ("no", false),
    ] {
        let reg = Reg::new();
        reg.ok(BATAM_CASE);
        let mut tty = Tty::spawn(&reg, &["case", "close", CASE, "--reason", "selesai"]);
        tty.expect("(y/n)");
        tty.line(answer);
        tty.succeeds();
        let status = case_json(&reg)["status"].clone();
        assert_eq!(status == "closed", closed, "{answer}: {status}");
    }
}

/// No violence type chosen is asked again, saying why, with no check mark for the empty
/// choice; only the answer taken gets one.
#[test]
fn intake_asks_again_for_a_violence_type_saying_why() {
    let _one = serial();
    for (lang, first, again, done) in [
        (
            "en",
            "Violence types (space to choose)",
            "Choose at least one violence type",
            "registered case",
        ),
        (
            "id",
            "Jenis kekerasan (spasi untuk memilih)",
            "Pilih setidaknya satu jenis kekerasan",
            "kasus terdaftar",
        ),
    ] {
        let reg = Reg::new();
        let mut args = vec!["--lang", lang];
        args.extend(intake_without(&["--violence"]));
        let mut tty = Tty::spawn(&reg, &args);
        tty.expect(first);
        tty.key("\r"); // none chosen
        tty.expect(again);
        tty.key(" "); // the first, fisik
        tty.key("\r");
        tty.expect(done);
        let (code, screen) = tty.end();
        assert_eq!(code, 0, "{screen}");
        assert!(!screen.contains(&format!("✔ {first}")), "{screen}");
        assert_eq!(screen.matches(&format!("✔ {again}")).count(), 1, "{screen}");
        assert_eq!(case_json(&reg)["violence"], serde_json::json!(["fisik"]));
    }
}

/// The victim's sex has no default: Enter alone takes nothing, the person moves to an answer.
#[test]
fn the_victims_sex_has_no_default() {
    let _one = serial();
    for (lang, asked, done) in [
        (
            "en",
            "Victim's sex (arrow keys, then Enter)",
            "registered case",
        ),
        (
            "id",
            "Jenis kelamin korban (tombol panah, lalu Enter)",
            "kasus terdaftar",
        ),
    ] {
        let reg = Reg::new();
        let mut args = vec!["--lang", lang];
        args.extend(intake_without(&["--victim-sex"]));
        let mut tty = Tty::spawn(&reg, &args);
        tty.expect(asked);
        tty.key("\r"); // nothing highlighted: nothing taken (a default would take Laki-laki)
        tty.key(DOWN); // Laki-laki
        tty.key(DOWN); // Perempuan
        tty.key("\r");
        tty.expect(&format!("{done} {CASE}"));
        tty.succeeds();
        assert_eq!(victim(&reg)["sex"], "P", "{lang}");
    }
}

/// Esc at a list with no way back leaves as Ctrl-C does: the same message, exit 130, nothing
/// registered.
#[test]
fn esc_in_the_intakes_lists_leaves_as_ctrl_c_does() {
    let _one = serial();
    for (lang, flags, asked, said) in [
        (
            "en",
            &["--sop"][..],
            "SOP the case follows",
            "interrupted: nothing half-done was kept",
        ),
        (
            "id",
            &["--sop"][..],
            "SOP yang diikuti kasus",
            "dihentikan: tidak ada yang tersimpan setengah jalan",
        ),
        (
            "en",
            &["--victim-sex"][..],
            "Victim's sex",
            "interrupted: nothing half-done was kept",
        ),
        (
            "id",
            &["--violence"][..],
            "Jenis kekerasan",
            "dihentikan: tidak ada yang tersimpan setengah jalan",
        ),
    ] {
        let reg = Reg::new();
        let mut args = vec!["--lang", lang];
        args.extend(intake_without(flags));
        let mut tty = Tty::spawn(&reg, &args);
        tty.expect(asked);
        tty.key(ESC);
        let (code, screen) = tty.end();
        assert_eq!(code, 130, "{lang} {flags:?}: {screen}");
        assert_eq!(
            screen.matches(said).count(),
            1,
            "{lang} {flags:?}: {screen}"
        );
        // An intake has no steps to speak of.
        assert!(!screen.contains("step"), "{lang} {flags:?}: {screen}");
        assert!(!screen.contains("langkah"), "{lang} {flags:?}: {screen}");
        let o = reg.run(&["case", "list", "--format", "json"]);
        assert!(!o.stdout.contains(CASE), "{lang} {flags:?}: {o:?}");
    }
}

/// SIGTERM (`kill PID`) or SIGHUP (the terminal closed) at a question: the cursor shown again,
/// nothing recorded, the signal named, exit 143 or 129 (not Ctrl-C's 130), in both languages.
#[test]
fn sigterm_or_sighup_at_a_question_names_the_signal_and_its_code() {
    let _one = serial();
    for (lang, signal, code, said) in [
        (
            "en",
            libc::SIGTERM,
            143,
            "stopped (SIGTERM): nothing half-done was kept",
        ),
        (
            "id",
            libc::SIGTERM,
            143,
            "dihentikan (SIGTERM): tidak ada yang tersimpan setengah jalan",
        ),
        (
            "en",
            libc::SIGHUP,
            129,
            "stopped (SIGHUP): nothing half-done was kept",
        ),
    ] {
        let reg = Reg::new();
        let mut args = vec!["--lang", lang];
        args.extend(intake_without(&["--sop"]));
        let mut tty = Tty::spawn(&reg, &args);
        tty.expect(if lang == "en" {
            "SOP the case follows"
        } else {
            "SOP yang diikuti kasus"
        });
        tty.signal(signal);
        let (got, screen) = tty.end_raw();
        let text = pty::plain(&screen);
        assert_eq!(got, code, "{lang} {signal}: {text}");
        assert_eq!(text.matches(said).count(), 1, "{lang} {signal}: {text}");
        assert!(
            String::from_utf8_lossy(&screen).contains("\x1b[?25h"),
            "the cursor shown again: {text}"
        );
        let o = reg.run(&["case", "list", "--format", "json"]);
        assert!(!o.stdout.contains(CASE), "{lang}: {o:?}");
    }
}

/// A register with the standard case, its step 1 running since 11:00 (Batam: the pelapor's).
fn running_case() -> Reg {
    let reg = pty::register_with_case();
    reg.ok(&["step", "start", CASE, "--at", "2026-03-02 11:00"]);
    reg
}

/// Esc at "What does the step wait for?" goes back to the live clock, nothing recorded.
#[test]
fn esc_at_the_pause_reason_goes_back_to_the_clock() {
    let _one = serial();
    for (lang, pause, reason, leave, left) in [
        (
            "en",
            "p: pause",
            "What does the step wait for?",
            "n: leave it running]",
            "The step stays running",
        ),
        (
            "id",
            "p: jeda",
            "Langkah ini menunggu apa?",
            "n: biarkan berjalan]",
            "Langkah tetap berjalan",
        ),
    ] {
        let reg = running_case();
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
        tty.expect(pause);
        tty.key("p");
        tty.expect(reason);
        tty.key(ESC);
        tty.expect(leave); // the clock again
        tty.key("n");
        tty.expect(left);
        tty.succeeds();
        let s1 = pty::step(&case_json(&reg), 1).clone();
        assert_eq!(s1["status"], "running", "{lang}: {s1:#}");
        assert_eq!(s1["paused"], false, "{lang}: {s1:#}");
        assert_eq!(
            s1["pauses"].as_array().map(Vec::len),
            Some(0),
            "{lang}: {s1:#}"
        );
    }
}

/// Esc at a decision's Approve / Return goes back to the live clock, the step still running.
#[test]
fn esc_at_a_decision_goes_back_to_the_clock() {
    let _one = serial();
    for (lang, clock, approve, leave) in [
        (
            "en",
            "Finish step 4 now?",
            "Approve",
            "n: leave it running]",
        ),
        (
            "id",
            "Selesaikan langkah 4 sekarang?",
            "Setujui",
            "n: biarkan berjalan]",
        ),
    ] {
        let reg = pty::register_with_case();
        for n in ["1", "2", "3"] {
            reg.ok(&["step", "start", CASE, "--step", n, "--by", "Rina Contoh"]);
            reg.ok(&["step", "finish", CASE]);
        }
        reg.ok(&["step", "start", CASE, "--by", "Rina Contoh"]);
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
        tty.expect(clock);
        tty.key("y");
        tty.expect(approve);
        tty.key(ESC);
        tty.expect(leave);
        tty.key("n");
        tty.succeeds();
        let s4 = pty::step(&case_json(&reg), 4).clone();
        assert_eq!(s4["status"], "running", "{lang}: {s4:#}");
    }
}

/// A step done outside the unit (Batam step 1, the pelapor) has no default performer, even
/// when a staff member holds the case: Enter records nobody, as `step start` does with nobody
/// holding it; a name typed is recorded as it is. A step inside the unit then offers the
/// case's holder.
#[test]
fn the_walk_offers_no_staff_member_as_the_pelapor() {
    let _one = serial();
    for (lang, now, outside, inside, started) in [
        (
            "en",
            "now?",
            "Who does step 1? Pelapor, outside the unit: any name (empty for none)",
            "Who does step 2? A staff member (the SOP names Staff Penerima) (Rina Contoh)",
            "started step",
        ),
        (
            "id",
            "sekarang?",
            "Siapa yang mengerjakan langkah 1? Pelapor, di luar unit: nama siapa pun (kosongkan bila tidak ada)",
            "Siapa yang mengerjakan langkah 2? Staf (menurut SOP: Staff Penerima) (Rina Contoh)",
            "mulai langkah",
        ),
    ] {
        let reg = Reg::new();
        reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
        reg.ok(BATAM_CASE);
        reg.ok(&["assign", CASE, "--to", "Rina Contoh"]); // the case's holder, in no role
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
        tty.expect("1 ");
        tty.expect(now);
        tty.line("y");
        tty.expect(outside);
        tty.key("\r"); // nobody named
        tty.expect(&format!("{CASE} {started} 1"));
        tty.expect("[Enter/y");
        tty.key("y");
        tty.expect("Output");
        tty.key("\r");
        tty.expect("(y/");
        tty.line("y"); // on with the next step
        tty.expect(&format!("2 {now}"));
        tty.line("y");
        tty.expect(inside); // the case's holder, the default
        tty.key("\r");
        tty.expect(&format!("{CASE} {started} 2"));
        tty.expect("[Enter/y");
        tty.key("n");
        let (code, screen) = tty.end();
        assert_eq!(code, 0, "{screen}");
        assert!(!screen.contains("(tester)"), "the actor offered: {screen}");
        let case = case_json(&reg);
        assert!(
            pty::step(&case, 1)["performer"].is_null(),
            "{lang}: {case:#}"
        );
        assert_eq!(pty::step(&case, 2)["performer"], "Rina Contoh", "{lang}: {case:#}");

        // A name typed for the pelapor is recorded as it is.
        let reg = Reg::new();
        reg.ok(BATAM_CASE);
        let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
        tty.expect("1 ");
        tty.expect(now);
        tty.line("y");
        tty.expect(outside);
        tty.line("Budi Luar");
        tty.expect(&format!("{CASE} {started} 1"));
        tty.expect("[Enter/y");
        tty.key("n");
        tty.succeeds();
        assert_eq!(pty::step(&case_json(&reg), 1)["performer"], "Budi Luar");
    }
}

/// A step shared by staff and a partner agency (Batam step 6: Staff Penerima; P2TP2A/Mitra
/// Kerja) offers the staff holding its role, and takes a partner's name as well.
#[test]
fn a_step_shared_with_a_partner_agency_takes_staff_or_anyone() {
    let _one = serial();
    for (lang, question, started) in [
        (
            "en",
            // Too long for one line of the terminal: the explanation above, the question alone.
            "The SOP names Staff Penerima; P2TP2A/Mitra Kerja: a staff member, or anyone outside the unit by name\r\n? Who does step 6? (Rina Contoh)",
            "started step 6",
        ),
        (
            "id",
            "Menurut SOP Staff Penerima; P2TP2A/Mitra Kerja: staf, atau siapa pun di luar unit\r\n? Siapa yang mengerjakan langkah 6? (Rina Contoh)",
            "mulai langkah 6",
        ),
    ] {
        for (typed, performer) in [("", "Rina Contoh"), ("Ibu Mitra", "Ibu Mitra")] {
            let reg = pty::register_with_case();
            reg.ok(&["assign", CASE, "--to", "Rina Contoh", "--role", "Staff Penerima"]);
            for n in 1..=5 {
                reg.ok(&["step", "start", CASE, "--by", "Rina Contoh"]);
                match n {
                    4 => reg.ok(&["step", "decide", CASE, "--approve"]),
                    _ => reg.ok(&["step", "finish", CASE]),
                };
            }
            let mut tty = Tty::spawn(&reg, &["--lang", lang, "step", CASE]);
            tty.expect("(y/");
            tty.line("y");
            tty.expect(question);
            tty.line(typed);
            tty.expect(started);
            tty.expect("[Enter/y");
            tty.key("n");
            tty.succeeds();
            let case = case_json(&reg);
            assert_eq!(
                pty::step(&case, 6)["performer"],
                performer,
                "{lang} {typed:?}: {case:#}"
            );
        }
    }
}

/// Nobody holds the step's role or the case: the actor is offered when they are staff, and
/// nobody when they are not (the answer is then needed).
#[test]
fn the_walk_offers_the_actor_only_when_they_are_staff() {
    let _one = serial();
    for (lang, question, started) in [
        (
            "en",
            "Who does step 2? A staff member (the SOP names Staff Penerima)",
            "started step 2",
        ),
        (
            "id",
            "Siapa yang mengerjakan langkah 2? Staf (menurut SOP: Staff Penerima)",
            "mulai langkah 2",
        ),
    ] {
        for (actor, performer) in [("Rina Contoh", "Rina Contoh"), ("tester", "")] {
            let reg = pty::register_with_case();
            // Two Staff Penerima: neither is the role's only holder, so none is suggested.
            reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
            reg.ok(&["step", "start", CASE, "--by", "Siti Contoh"]);
            reg.ok(&["step", "finish", CASE]);
            let mut tty = Tty::spawn(&reg, &["--lang", lang, "--actor", actor, "step", CASE]);
            tty.expect("(y/");
            tty.line("y");
            tty.expect(question);
            tty.key("\r");
            if performer.is_empty() {
                // No default: an answer is needed, then a staff member's name is taken.
                tty.expect("✘");
                tty.line("Rina Contoh");
            }
            tty.expect(started);
            tty.expect("[Enter/y");
            tty.key("n");
            let (code, screen) = tty.end();
            assert_eq!(code, 0, "{screen}");
            let offered = format!("{question} (Rina Contoh)");
            assert_eq!(
                screen.contains(&offered),
                actor == "Rina Contoh",
                "{lang} {actor}: {screen}"
            );
            assert_eq!(
                pty::step(&case_json(&reg), 2)["performer"],
                "Rina Contoh",
                "{lang} {actor}"
            );
        }
    }
}

/// The unit's only staff member with the step's role is suggested (Enter takes it), before the
/// case's holder: Batam step 2 is Staff Penerima's, and Rina Contoh is the only one.
#[test]
fn the_walk_suggests_the_units_only_staff_member_with_the_role() {
    let _one = serial();
    let reg = pty::register_with_case();
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Kasi"]);
    reg.ok(&["assign", CASE, "--to", "Dewi Contoh"]);
    reg.ok(&["step", "start", CASE, "--by", "Siti Contoh"]);
    reg.ok(&["step", "finish", CASE]);
    let mut tty = Tty::spawn(&reg, &["--lang", "en", "--actor", "tester", "step", CASE]);
    tty.expect("(y/");
    tty.line("y");
    tty.expect("Who does step 2? A staff member (the SOP names Staff Penerima) (Rina Contoh)");
    tty.key("\r");
    tty.expect("started step 2");
    tty.expect("[Enter/y");
    tty.key("n");
    let (code, screen) = tty.end();
    assert_eq!(code, 0, "{screen}");
    assert_eq!(pty::step(&case_json(&reg), 2)["performer"], "Rina Contoh");
}

/// A list item wider than the terminal (the long name of SOP 357) is cut to one line with an
/// ellipsis: a wrapped item leaves stale lines behind when the list redraws.
#[test]
fn a_long_list_item_is_cut_to_the_terminal() {
    let _one = serial();
    let reg = Reg::new();
    let mut args = vec!["--lang", "en"];
    args.extend(intake_without(&["--sop"]));
    let mut tty = Tty::spawn(&reg, &args);
    tty.expect("SOP the case follows");
    tty.expect("tangerang-357-2025");
    let screen = tty.screen();
    let line = screen
        .lines()
        .find(|l| l.contains("tangerang-357-2025"))
        .expect(&screen);
    assert!(line.trim_end().ends_with('…'), "{screen}");
    assert!(line.chars().count() <= 120, "{line}");
    tty.key(ESC);
    let (code, _) = tty.end();
    assert_eq!(code, 130);
}

/// Ctrl-C at a terminal while `export --out FILE` writes: the hidden temporary file is removed,
/// FILE never appears, the same message as at a question, exit 130 (in both languages).
#[test]
fn ctrl_c_while_an_export_writes_its_file_leaves_no_file() {
    let _one = serial();
    let reg = pty::register_with_case();
    // Enough audit entries that the export is still writing when the key comes.
    let conn = rusqlite::Connection::open(reg.dir.path().join("register.db")).unwrap();
    conn.execute(common::FILL_AUDIT, [400_000]).unwrap();
    drop(conn);
    let files = || -> Vec<String> {
        std::fs::read_dir(reg.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with("register.db"))
            .collect()
    };
    for (lang, said) in [
        ("en", "interrupted: nothing half-done was kept"),
        ("id", "dihentikan: tidak ada yang tersimpan setengah jalan"),
    ] {
        let mut tty = Tty::spawn(
            &reg,
            &[
                "--lang",
                lang,
                "export",
                "audit",
                "--format",
                "json",
                "--out",
                "audit.json",
            ],
        );
        let started = std::time::Instant::now();
        let writing = || {
            files().iter().any(|n| {
                n.ends_with(".tmp")
                    && std::fs::metadata(reg.dir.path().join(n)).is_ok_and(|m| m.len() > 0)
            })
        };
        while !writing() && started.elapsed() < std::time::Duration::from_secs(20) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(
            writing(),
            "{lang}: the export never began its file: {:?}",
            files()
        );
        tty.key("\x03");
        let (code, screen) = tty.end();
        assert_eq!(code, 130, "{lang}: {screen}");
        assert_eq!(screen.matches(said).count(), 1, "{lang}: {screen}");
        assert_eq!(
            files(),
            Vec::<String>::new(),
            "{lang}: nothing left beside the register"
        );
    }
}

/// A report registered already (the same reported_at, SOP and victim's name, no
/// external_ref) is asked about at a terminal: no leaves the register as it was (exit 4), yes
/// registers another case; in both languages.
#[test]
fn intake_asks_before_registering_the_same_report_again() {
    let _one = serial();
    for (lang, said, ask, no, yes, done) in [
        (
            "en",
            "The same report (reported_at, SOP and victim's name) is already registered: PPA/2026/0001",
            "Register another case anyway?",
            "n",
            "y",
            "registered case PPA/2026/0002",
        ),
        (
            "id",
            "Laporan yang sama (reported_at, SOP, dan nama korban) sudah terdaftar: PPA/2026/0001",
            "Tetap daftarkan kasus lain?",
            "t",
            "ya",
            "kasus terdaftar PPA/2026/0002",
        ),
    ] {
        let reg = Reg::new();
        reg.ok(BATAM_CASE);
        let mut args = vec!["--lang", lang];
        args.extend(BATAM_CASE);
        let mut tty = Tty::spawn(&reg, &args);
        tty.expect(said);
        tty.expect(ask);
        tty.line(no);
        let (code, screen) = tty.end();
        assert_eq!(code, 4, "{screen}");
        assert!(reg.run(&["case", "show", "PPA/2026/0002"]).code != 0);
        let mut tty = Tty::spawn(&reg, &args);
        tty.expect(ask);
        tty.line(yes);
        tty.expect(done);
        tty.succeeds();
    }
}

/// At a terminal, a victim who matches a registered case (the same NIK) is asked about; "no"
/// adds nothing and says where to look (the case, and how a closed one comes back), not the
/// flag a script would add. Both languages.
#[test]
fn declining_a_possible_duplicate_says_where_to_look() {
    let _one = serial();
    for (lang, words) in [
        (
            "en",
            [
                "Register a new case anyway?",
                "no new case: nothing was added",
                "kasus case reopen PPA/2026/0001",
                "Register another case anyway?",
            ],
        ),
        (
            "id",
            [
                "Tetap daftarkan kasus baru?",
                "tidak ada kasus baru: tidak ada yang ditambahkan",
                "kasus case reopen PPA/2026/0001",
                "Tetap daftarkan kasus lain?",
            ],
        ),
    ] {
        let reg = Reg::new();
        let mut first: Vec<&str> = BATAM_CASE.to_vec();
        first.extend(["--victim-nik", "3171012345678901"]);
        reg.ok(&first);
        // Another report (another time): only the victim's NIK matches.
        let mut again = vec!["--lang", lang];
        again.extend(first.iter().map(|a| {
            if *a == "2026-03-02 08:00" {
                "2026-03-02 10:00"
            } else {
                *a
            }
        }));
        // The case open: where to look, and no word of reopening it.
        let mut tty = Tty::spawn(&reg, &again);
        tty.expect(words[0]);
        tty.line("n");
        tty.expect(words[1]);
        let (code, screen) = tty.end();
        assert_eq!(code, 4, "{lang}: {screen}");
        assert!(!screen.contains("--allow-duplicate"), "{lang}: {screen}");
        assert!(!screen.contains("reopen"), "{lang}: {screen}");
        // Closed: how a victim who came back has it opened again.
        reg.ok(&["case", "close", CASE, "--reason", "selesai"]);
        let mut tty = Tty::spawn(&reg, &again);
        tty.expect(words[0]);
        tty.line("n");
        tty.expect(words[1]);
        tty.expect(words[2]);
        let (code, _) = tty.end();
        assert_eq!(code, 4);
        // The same report (the same time): its own question, the same answer to a no.
        let mut same = vec!["--lang", lang];
        same.extend(first.iter().copied());
        let mut tty = Tty::spawn(&reg, &same);
        tty.expect(words[3]);
        tty.line("n");
        tty.expect(words[1]);
        let (code, screen) = tty.end();
        assert_eq!(code, 4, "{lang}: {screen}");
        assert!(!screen.contains("--allow-duplicate"), "{lang}: {screen}");
        assert_eq!(case_json(&reg)["number"], CASE);
        let list = reg.ok(&["case", "list", "--format", "csv"]);
        assert_eq!(list.lines().count(), 2, "{lang}: {list}");
    }
}

/// At a terminal, a victim with the same name and an age that agrees (an age only: neither the
/// NIK nor the birth date can tell) is asked about as a match is; "no" adds nothing. Both
/// languages.
#[test]
fn a_victim_of_the_same_name_and_age_is_asked_about_at_a_terminal() {
    let _one = serial();
    for (lang, said, no) in [
        (
            "en",
            "The victim may already be registered: PPA/2026/0001 (same name, an age that agrees)",
            "no new case: nothing was added",
        ),
        (
            "id",
            "Korban mungkin sudah terdaftar: PPA/2026/0001 (nama sama, umur cocok)",
            "tidak ada kasus baru: tidak ada yang ditambahkan",
        ),
    ] {
        let reg = Reg::new();
        reg.ok(BATAM_CASE);
        let mut again = vec!["--lang", lang];
        again.extend(BATAM_CASE.iter().map(|a| {
            if *a == "2026-03-02 08:00" {
                "2026-03-02 10:00"
            } else {
                *a
            }
        }));
        let mut tty = Tty::spawn(&reg, &again);
        tty.expect(said);
        tty.line("n");
        tty.expect(no);
        let (code, screen) = tty.end();
        assert_eq!(code, 4, "{lang}: {screen}");
        assert!(reg.run(&["case", "show", "PPA/2026/0002"]).code != 0);
    }
}
