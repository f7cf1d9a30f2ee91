//! Prompts check each answer when it is typed (issue 13): a wrong answer is said in the
//! user's language and asked again with what was typed kept; nothing typed is lost to an error
//! at the end. Driven through a pseudo-terminal (`common/pty.rs`), in English and Indonesian.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::{BATAM_CASE, CASE};
use pty::{case_json, serial, Reg, Tty};

/// Backspace, as a terminal sends it.
const BS: &str = "\x7f";

/// The standard intake without these flags (each with its value).
fn intake_without(flags: &[&str]) -> Vec<&'static str> {
    let mut args = BATAM_CASE.to_vec();
    for f in flags {
        let i = args.iter().position(|a| a == f).expect("a flag of the case");
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
    // 31 February: said at once, and asked again with the answer kept to be corrected.
    tty.line("31-02-1994");
    tty.expect("✘ The birth date is not a date that exists");
    tty.expect("Victim's birth date");
    tty.expect("› 31-02-1994"); // kept: backspaces wait for it (before, the terminal eats them)
    for _ in 0.."31-02-1994".len() {
        tty.key(BS);
    }
    // Born after the report date.
    tty.line("03-03-2026");
    tty.expect("✘ The birth date is after the report date");
    tty.expect("› 03-03-2026");
    for _ in 0.."03-03-2026".len() {
        tty.key(BS);
    }
    // Day first, as Indonesian forms write it.
    tty.line("01-05-1994");
    tty.expect(&format!("registered case {CASE}"));
    tty.succeeds();
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
    tty.expect("Did you mean 01-05-1994?");
    tty.key("y");
    tty.expect(&format!("registered case {CASE}"));
    tty.succeeds();
    assert_eq!(victim(&reg)["birth_date"], "1994-05-01");

    // Both 1905 and 2005 are possible: a choice, 2005 the second.
    let reg = Reg::new();
    let mut tty = Tty::spawn(&reg, &intake_without(&["--victim-age"]));
    tty.expect("Victim's birth date");
    tty.line("01/05/05");
    tty.expect("Which did you mean?");
    tty.expect("01-05-1905");
    tty.expect("01-05-2005");
    tty.expect("none of these: type it again");
    tty.key("\x1b[B"); // down
    tty.key("\r");
    tty.expect(&format!("registered case {CASE}"));
    tty.succeeds();
    let v = victim(&reg);
    assert_eq!(v["birth_date"], "2005-05-01", "{v:#}");
    assert_eq!(v["age"], 20, "{v:#}");
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
    tty.expect("✘ The age is a whole number of years (e.g. 30)");
    tty.expect("› tiga puluh");
    for _ in 0.."tiga puluh".len() {
        tty.key(BS);
    }
    tty.line("131");
    tty.expect("✘ The age must be 0 to 130 years");
    tty.expect("› 131");
    tty.key(BS);
    tty.key(BS);
    tty.line("6");
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
    tty.expect("✘ Tanggal lahir sebelum 1900-01-01");
    tty.expect("1 Mei 1899"); // kept: backspaces wait for it (before, the terminal eats them)
    for _ in 0.."1 Mei 1899".len() {
        tty.key(BS);
    }
    tty.line("01/05/94");
    tty.expect("Maksud Anda 01-05-1994?");
    tty.key("y");
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
    tty.expect("✘ Usia berupa bilangan bulat tahun (mis. 30)");
    tty.expect("› x");
    tty.key(BS);
    tty.line("30");
    tty.expect(&format!("kasus terdaftar {CASE}"));
    tty.succeeds();
    assert_eq!(victim(&reg)["age"], 30);
}

/// A wrong flag is said before any question: nothing answered is lost to it.
#[test]
fn intake_checks_the_flags_given_before_asking() {
    let _one = serial();
    for (lang, said, asked) in [
        ("en", "--victim-nik must be exactly 16 digits", "Victim's name"),
        ("id", "--victim-nik harus tepat 16 angka", "Nama korban"),
    ] {
        let reg = Reg::new();
        let mut args = vec!["--lang", lang];
        args.extend(intake_without(&["--victim-name"]));
        args.extend(["--victim-nik", "123"]);
        let tty = Tty::spawn(&reg, &args);
        let (code, screen) = tty.end();
        assert_eq!(code, 3, "{screen}");
        assert!(screen.contains(said), "{screen}");
        assert!(!screen.contains(asked), "asked although a flag is wrong: {screen}");
    }
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
        o.stderr.contains("--victim-birth-date has a two-digit year"),
        "{o:?}"
    );
    assert!(!o.stderr.contains("01/05/94"), "the date is not echoed: {o:?}");
}
