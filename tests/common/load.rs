//! A load of several staff terminals on one register (tests/concurrency.rs on a file,
//! tests/postgres_concurrency.rs on a server): the binary run as plain processes that threads
//! can start, and one terminal's work on its own case.

use super::Reg;
use serde_json::Value;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub fn command(reg: &Reg, args: &[&str]) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("kasus"));
    c.env("KASUS_DB", reg.db())
        .env("KASUS_ACTOR", "tester")
        .env("KASUS_NOW", &reg.now)
        .env("KASUS_LANG", "en")
        .env("NO_COLOR", "1")
        .args(args)
        .stdin(Stdio::null());
    c
}

pub fn kasus(reg: &Reg, args: &[&str]) -> Output {
    command(reg, args).output().expect("run kasus")
}

#[track_caller]
pub fn ok(reg: &Reg, args: &[&str]) -> String {
    let o = kasus(reg, args);
    assert!(
        o.status.success(),
        "kasus {args:?} failed under load ({:?}):\n{}{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn office_minute(min: usize) -> String {
    format!(
        "2026-01-{:02} {:02}:{:02}",
        1 + min / 1440,
        min % 1440 / 60,
        min % 60
    )
}

/// The arguments of an intake of `victim` on `sop`, reported at the office's minute 0.
pub fn intake_args(sop: &str, victim: &str) -> Vec<String> {
    [
        "intake",
        "--sop",
        sop,
        "--channel",
        "datang-langsung",
        "--victim-name",
        victim,
        "--victim-sex",
        "P",
        "--victim-age",
        "30",
        "--violence",
        "fisik",
        "--reported-at",
        &office_minute(0),
    ]
    .map(String::from)
    .to_vec()
}

/// Registers a case of `victim` on `sop` ([`intake_args`]); returns its number.
pub fn intake(reg: &Reg, sop: &str, victim: &str) -> String {
    let mut args = intake_args(sop, victim);
    args.push("--json".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = ok(reg, &args);
    serde_json::from_str::<Value>(&out).unwrap()["number"]
        .as_str()
        .unwrap()
        .to_string()
}

/// One staff terminal: its own pulangpisau-8-2021 case, steps 1 to 11 (consent before the gate
/// at step 9 finishes), then step 12 again and again, `events` step events in all.
pub fn worker(reg: &Reg, w: usize, events: usize) -> String {
    let name = format!("Korban{w} Contoh");
    let case = intake(reg, "pulangpisau-8-2021", &name);
    let mut minute = 1;
    for pair in 0..events / 2 {
        let step = pair + 1;
        let at = office_minute(minute);
        let mut start = vec!["step", "start", &case, "--at", &at, "--by", "Rina Contoh"];
        if step > 12 {
            start.extend_from_slice(&["--step", "12"]);
        }
        ok(reg, &start);
        if step == 9 {
            ok(
                reg,
                &[
                    "consent",
                    &case,
                    "--given-by",
                    &name,
                    "--relation",
                    "self",
                    "--scope",
                    "layanan",
                    "--method",
                    "tertulis",
                    "--at",
                    &at,
                ],
            );
        }
        ok(
            reg,
            &["step", "finish", &case, "--at", &office_minute(minute + 1)],
        );
        minute += 2;
    }
    case
}

/// `writers` staff terminals ([`worker`], `events` step events each) and one more process
/// exporting the step records in a loop meanwhile, on a new register `reg`: each export is one
/// snapshot, never fewer rows than the one before. Returns the register, the writers' cases and
/// how many exports ran (at least one).
pub fn run(reg: Reg, writers: usize, events: usize) -> (Arc<Reg>, Vec<String>, usize) {
    ok(&reg, &["sop", "list"]);
    ok(&reg, &["staff", "add", "Rina Contoh", "--role", "Petugas"]);
    let done = Arc::new(AtomicBool::new(false));
    let reg = Arc::new(reg);
    let exporter = {
        let (reg, done) = (reg.clone(), done.clone());
        std::thread::spawn(move || {
            let (mut runs, mut last) = (0, 0);
            while !done.load(Ordering::SeqCst) {
                let csv = ok(&reg, &["export", "steps", "--format", "csv"]);
                let rows = csv.lines().count().saturating_sub(1);
                assert!(
                    rows >= last,
                    "an export saw {rows} rows after one saw {last}"
                );
                last = rows;
                runs += 1;
            }
            runs
        })
    };
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let reg = reg.clone();
            std::thread::spawn(move || worker(&reg, w, events))
        })
        .collect();
    let cases: Vec<String> = handles
        .into_iter()
        .map(|h| h.join().expect("a writer failed"))
        .collect();
    done.store(true, Ordering::SeqCst);
    let exports = exporter.join().expect("the exporter failed");
    assert!(exports > 0, "the exporter never ran");
    (reg, cases, exports)
}
