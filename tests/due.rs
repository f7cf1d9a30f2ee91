//! `kasus report due` (issue 12): the running steps of open cases by working time left before
//! their standard, each ok, warning, over or paused; no alert for an office-clock step while the
//! office is closed; `--within`; `--fail-if-any` exits 10; the settings due-warn-share and
//! due-lead.

mod common;

use common::{at, Reg};
use serde_json::Value;

/// A Batam case (step 1: 5 menit, step 2: 60 menit) reported at 08:00; returns its number.
fn batam(reg: &Reg, name: &str) -> String {
    let mut args: Vec<&str> = common::BATAM_CASE
        .iter()
        .map(|a| if *a == "Siti Contoh" { name } else { a })
        .collect();
    args.push("--json");
    common::number(&reg.ok(&args))
}

/// Four cases on the test day, Monday 2 March 2026 (office hours 08:00-12:00, 13:00-16:00):
/// 1: step 1 (5 menit) running since 08:00; 2: step 2 (60 menit) since 09:10;
/// 3: step 2 since 09:50; 4: step 2 since 09:00, paused at 09:20.
fn four_steps() -> (Reg, Vec<String>) {
    let mut reg = Reg::new();
    reg.now = "2026-03-02T20:00:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let cases: Vec<String> = ["Ani Contoh", "Budi Contoh", "Citra Contoh", "Dewi Contoh"]
        .iter()
        .map(|n| batam(&reg, n))
        .collect();
    reg.ok(&["step", "start", &cases[0], "--at", &at("08:00")]);
    for (c, start) in cases[1..].iter().zip(["09:10", "09:50", "09:00"]) {
        reg.ok(&["step", "start", c, "--at", &at("08:00")]);
        reg.ok(&["step", "finish", c, "--at", &at("08:05")]);
        reg.ok(&[
            "step",
            "start",
            c,
            "--at",
            &at(start),
            "--by",
            "Rina Contoh",
        ]);
    }
    reg.ok(&[
        "step",
        "pause",
        &cases[3],
        "--reason",
        "waiting-agency",
        "--at",
        &at("09:20"),
    ]);
    (reg, cases)
}

fn due(reg: &Reg, extra: &[&str]) -> Value {
    let mut args = vec!["report", "due", "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&reg.ok(&args)).unwrap()
}

fn rows(v: &Value) -> Vec<Value> {
    v["rows"].as_array().unwrap().clone()
}

#[test]
fn each_alert_state_ordered_by_working_time_left() {
    let (reg, cases) = four_steps();
    let v = due(&reg, &["--at", &at("10:00")]);
    let r = rows(&v);
    let order: Vec<&str> = r.iter().map(|x| x["case"].as_str().unwrap()).collect();
    assert_eq!(order, [&cases[0], &cases[1], &cases[3], &cases[2]], "{v}");
    let alerts: Vec<&str> = r.iter().map(|x| x["alert"].as_str().unwrap()).collect();
    assert_eq!(alerts, ["over", "warning", "paused", "ok"], "{v}");
    // Case 1: two working hours against 5 minutes.
    assert_eq!(r[0]["elapsed_secs"], 7200);
    assert_eq!(r[0]["standard_max_secs"], 300);
    assert_eq!(r[0]["left_secs"], 0);
    assert_eq!(r[0]["over_secs"], 6900);
    assert_eq!(r[0]["clock"], "office");
    assert_eq!(r[0]["holder"], Value::Null);
    // Case 2: 50 of 60 minutes (past 75%, and 10 minutes left is under the 15-minute lead).
    assert_eq!(r[1]["elapsed_secs"], 3000);
    assert_eq!(r[1]["left_secs"], 600);
    assert_eq!(r[1]["alerted"], true);
    // Case 4: 20 minutes before its pause; the pause time is taken off.
    assert_eq!(r[2]["elapsed_secs"], 1200);
    assert_eq!(r[2]["paused_secs"], 2400);
    assert_eq!(r[2]["alerted"], false);
    assert_eq!(r[3]["elapsed_secs"], 600);
    assert_eq!(r[3]["left_secs"], 3000);
    assert_eq!(v["counts"]["over"], 1);
    assert_eq!(v["counts"]["warning"], 1);
    assert_eq!(v["counts"]["paused"], 1);
    assert_eq!(v["counts"]["ok"], 1);
    assert_eq!(v["alerts"], 2);
    assert_eq!(v["warn_share"], 0.75);
    assert_eq!(v["lead_secs"], 900);
    assert_eq!(v["at"], "2026-03-02T10:00:00+07:00");

    // The table: durations as people read them, the counts under it.
    let table = reg.ok(&["report", "due", "--at", &at("10:00")]);
    assert!(table.contains("50 menit"), "{table}");
    assert!(
        table.contains("1 over, 1 warning, 1 paused, 1 ok; 2 alerts raised"),
        "{table}"
    );
    // CSV: the same columns.
    let csv = reg.ok(&["report", "due", "--at", &at("10:00"), "--format", "csv"]);
    let head = csv.lines().next().unwrap();
    assert!(
        head.starts_with(
            "case,step,holder,clock,started_at,elapsed_secs,standard_max_secs,left_secs,alert"
        ),
        "{head}"
    );
    assert_eq!(csv.lines().count(), 5, "{csv}");
}

#[test]
fn fail_if_any_exits_10_on_a_warning_or_over() {
    let (reg, _) = four_steps();
    let o = reg.run(&["report", "due", "--at", &at("10:00"), "--fail-if-any"]);
    assert_eq!(o.code, 10, "{o:?}");
    assert!(o.stdout.contains("over"), "{o:?}");
    assert!(
        o.stderr.contains("2 steps near or past their standard"),
        "{o:?}"
    );
    // One step 2 (60 menit) since 10:00: ok at 10:10, a warning at 10:45 (75%).
    let one = Reg::new();
    one.batam_case(&[]);
    one.ok(&["step", "start", common::CASE, "--at", &at("08:00")]);
    one.ok(&["step", "finish", common::CASE, "--at", &at("08:05")]);
    one.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    one.ok(&[
        "step",
        "start",
        common::CASE,
        "--at",
        &at("10:00"),
        "--by",
        "Rina Contoh",
    ]);
    let o = one.run(&["report", "due", "--at", &at("10:10"), "--fail-if-any"]);
    assert_eq!(o.code, 0, "{o:?}");
    let o = one.run(&["report", "due", "--at", &at("10:44"), "--fail-if-any"]);
    assert_eq!(o.code, 0, "{o:?}");
    let o = one.run(&["report", "due", "--at", &at("10:45"), "--fail-if-any"]);
    assert_eq!(o.code, 10, "{o:?}");
    // The same exit code as report overdue --fail-if-any once it is over.
    let o = one.run(&["report", "overdue", "--at", &at("11:01"), "--fail-if-any"]);
    assert_eq!(o.code, 10, "{o:?}");
    let o = one.run(&["report", "due", "--at", &at("11:01"), "--fail-if-any"]);
    assert_eq!(o.code, 10, "{o:?}");
}

#[test]
fn no_alert_for_office_clock_steps_while_the_office_is_closed() {
    let (reg, cases) = four_steps();
    // 12:30 is the noon break, 20:00 the evening, Saturday the weekend: listed, not alerted.
    for when in [at("12:30"), at("20:00"), "2026-03-07 10:00".to_string()] {
        let v = due(&reg, &["--at", &when]);
        let r = rows(&v);
        assert_eq!(r.len(), 4, "{when}: {v}");
        assert_eq!(r[0]["case"], cases[0].as_str());
        assert_eq!(r[0]["alert"], "over", "{when}: {v}");
        assert_eq!(r[0]["clock_running"], false, "{when}: {v}");
        assert_eq!(r[0]["alerted"], false, "{when}: {v}");
        assert_eq!(v["alerts"], 0, "{when}: {v}");
        let o = reg.run(&["report", "due", "--at", &when, "--fail-if-any"]);
        assert_eq!(o.code, 0, "{when}: {o:?}");
        assert!(
            o.stdout
                .contains("office closed: clock stopped; 3 office-clock steps not alerted"),
            "{when}: {o:?}"
        );
    }
    // The clock stood still over the break: at 13:00 case 1 has the same 4 working hours.
    let v = due(&reg, &["--at", &at("13:00")]);
    assert_eq!(rows(&v)[0]["elapsed_secs"], 14_400);
    assert_eq!(v["alerts"], 3);
}

#[test]
fn the_24_7_hotline_is_alerted_at_night() {
    let mut reg = Reg::new();
    reg.now = "2026-03-02T23:00:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Satgas PPA"]);
    let case = reg.hotline_case(&at("22:00"));
    reg.ok(&[
        "step",
        "start",
        &case,
        "--at",
        &at("22:00"),
        "--by",
        "Rina Contoh",
    ]);
    let v = due(&reg, &[]);
    let r = &rows(&v)[0];
    assert_eq!(r["clock"], "24/7", "{v}");
    assert_eq!(r["alert"], "over", "{v}");
    assert_eq!(r["elapsed_secs"], 3600, "{v}");
    assert_eq!(r["alerted"], true, "{v}");
    let o = reg.run(&["report", "due", "--fail-if-any"]);
    assert_eq!(o.code, 10, "{o:?}");
}

#[test]
fn within_keeps_steps_with_at_most_that_much_working_time_left() {
    let (reg, cases) = four_steps();
    let v = due(&reg, &["--at", &at("10:00"), "--within", "15m"]);
    let listed: Vec<String> = rows(&v)
        .iter()
        .map(|x| x["case"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, [cases[0].clone(), cases[1].clone()], "{v}");
    assert_eq!(v["within_secs"], 900);
    let v = due(&reg, &["--at", &at("10:00"), "--within", "45 menit"]);
    assert_eq!(rows(&v).len(), 3, "{v}"); // the paused step has 40 minutes left
    for bad in ["soon", "2 hari", "15"] {
        reg.refused_saying(
            &["report", "due", "--within", bad],
            2,
            &["--within: use a working time in minutes or hours"],
        );
    }
}

#[test]
fn the_settings_move_the_warning() {
    let (reg, cases) = four_steps();
    assert_eq!(reg.ok(&["config", "get", "due-warn-share"]).trim(), "75%");
    assert_eq!(reg.ok(&["config", "get", "due-lead"]).trim(), "15 menit");
    reg.ok(&["config", "set", "due-warn-share", "90"]);
    reg.ok(&["config", "set", "due-lead", "5m"]);
    assert_eq!(reg.ok(&["config", "get", "due-warn-share"]).trim(), "90%");
    assert_eq!(reg.ok(&["config", "get", "due-lead"]).trim(), "5 menit");
    // Case 2 at 10:00: 50 of 60 minutes is 83% (< 90%) and 10 minutes are left (> 5): ok.
    let v = due(&reg, &["--at", &at("10:00")]);
    let two = rows(&v)
        .into_iter()
        .find(|r| r["case"] == cases[1].as_str())
        .unwrap();
    assert_eq!(two["alert"], "ok", "{v}");
    assert_eq!(v["warn_share"], 0.9);
    assert_eq!(v["lead_secs"], 300);
    // At 10:06: 56 minutes, 4 left: under the lead.
    let v = due(&reg, &["--at", &at("10:06")]);
    let two = rows(&v)
        .into_iter()
        .find(|r| r["case"] == cases[1].as_str())
        .unwrap();
    assert_eq!(two["alert"], "warning", "{v}");
    // Bad values are refused and change nothing.
    reg.refused_saying(
        &["config", "set", "due-warn-share", "0%"],
        3,
        &["due-warn-share: use a whole percent from 1% to 100%"],
    );
    reg.refused_saying(
        &["config", "set", "due-warn-share", "150"],
        3,
        &["due-warn-share"],
    );
    reg.refused_saying(
        &["config", "set", "due-lead", "1 hari"],
        3,
        &["due-lead: use a working time in minutes or hours"],
    );
}

#[test]
fn in_indonesian() {
    let (reg, _) = four_steps();
    let o = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args(["report", "due", "--at", &at("12:30")])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{text}");
    assert!(text.contains("Sisa") && text.contains("Tanda"), "{text}");
    assert!(text.contains("kantor tutup: jam berhenti"), "{text}");
    assert!(
        text.contains("3 lewat, 0 peringatan, 1 dijeda, 0 aman"),
        "{text}"
    );
}

/// `--at` of the reports of running steps takes every form of a time, a time to come too.
#[test]
fn at_takes_every_form_and_a_time_to_come() {
    let (reg, _) = four_steps();
    for at in ["2026-03-02 21:00", "21:00", "02-03-2026 21:00"] {
        let v = due(&reg, &["--at", at]);
        assert_eq!(v["at"], "2026-03-02T21:00:00+07:00", "{at}: {v}");
        reg.ok(&["report", "overdue", "--at", at]);
    }
    reg.refused(&["report", "due", "--at", "1999-12-31 23:00"], 3);
}
