//! Office time in the step figures (issue 12): a step on the office clock counts working time
//! only; the 24/7 SOP (357, the emergency hotline) counts every minute; every attempt carries
//! wall_secs, paused_secs, elapsed_secs, clock and the calendar version in case show and export.

mod common;

use common::{at, Reg, BATAM_CASE, CASE};

/// A register whose "now" is the evening of the test day, with the standard case.
fn evening() -> Reg {
    let mut reg = Reg::new();
    reg.now = "2026-03-02T20:00:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg
}

fn steps_json(reg: &Reg, case: &str) -> Vec<serde_json::Value> {
    let out = reg.ok(&["case", "show", case, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["steps"].as_array().unwrap().clone()
}

#[test]
fn a_step_over_the_noon_break_counts_only_the_working_minutes() {
    let reg = evening();
    reg.ok(BATAM_CASE);
    reg.ok(&["step", "start", CASE, "--at", &at("11:50")]);
    let out = reg.ok(&["step", "finish", CASE, "--at", &at("13:10")]);
    // Batam step 1's standard is 5 minutes: 20 working minutes is over by 15, not by 75.
    assert!(
        out.contains("20 menit") && out.contains("over by 15 menit"),
        "{out}"
    );
    let s = &steps_json(&reg, CASE)[0];
    assert_eq!(s["wall_secs"], 4800, "{s}");
    assert_eq!(s["paused_secs"], 0, "{s}");
    assert_eq!(s["elapsed_secs"], 1200, "{s}");
    assert_eq!(s["clock"], "office", "{s}");
    assert_eq!(s["calendar_version"], 0, "{s}");
}

#[test]
fn the_emergency_hotline_counts_every_minute() {
    let reg = evening();
    let case = reg.hotline_case(&at("11:00"));
    reg.ok(&[
        "step",
        "start",
        &case,
        "--at",
        &at("11:50"),
        "--by",
        "Rina Contoh",
    ]);
    reg.ok(&["step", "finish", &case, "--at", &at("13:10")]);
    let s = &steps_json(&reg, &case)[0];
    assert_eq!(s["elapsed_secs"], 4800, "{s}");
    assert_eq!(s["wall_secs"], 4800, "{s}");
    assert_eq!(s["clock"], "24/7", "{s}");
}

#[test]
fn a_running_step_on_the_office_clock_stops_counting_when_the_office_closes() {
    let reg = evening();
    reg.ok(BATAM_CASE);
    reg.ok(&["step", "start", CASE, "--at", &at("15:30")]);
    // At 20:00 the office closed at 16:00: 30 working minutes, four and a half hours of wall time.
    let s = &steps_json(&reg, CASE)[0];
    assert_eq!(s["status"], "running", "{s}");
    assert_eq!(s["elapsed_secs"], 1800, "{s}");
    assert_eq!(s["wall_secs"], 16_200, "{s}");
}

#[test]
fn export_steps_carries_the_figures_and_their_clock() {
    let reg = evening();
    reg.ok(BATAM_CASE);
    reg.ok(&["step", "start", CASE, "--at", &at("11:50")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("13:10")]);
    let csv = reg.ok(&["export", "steps", "--format", "csv"]);
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| {
        let i = head
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{name}: {head:?}"));
        row[i]
    };
    assert_eq!(
        (col("elapsed_secs"), col("wall_secs"), col("paused_secs")),
        ("1200", "4800", "0")
    );
    assert_eq!((col("clock"), col("calendar_version")), ("office", "0"));
    assert_eq!(col("verdict"), "over");
}
