//! Tables that fit and can be copied (issue 13): at 80 and 120 columns, and piped with no width,
//! case numbers, SOP codes, dates, times and verdicts are never split across lines; only prose
//! wraps, between words; piped output without `COLUMNS` is never wrapped or cut. `--columns`
//! picks a report's columns in every format.

mod common;
use common::{at, with_case, Reg, CASE};

/// A register with the standard case, its step 1 running since 08:05 (overdue at noon).
fn running() -> Reg {
    let reg = with_case();
    reg.ok(&["assign", CASE, "--to", "Rina Contoh"]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:05")]);
    reg
}

fn table(reg: &Reg, columns: Option<&str>, args: &[&str]) -> String {
    let mut c = reg.cmd();
    match columns {
        Some(w) => c.env("COLUMNS", w),
        None => c.env_remove("COLUMNS"),
    };
    let o = c.args(args).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// Every identifier is whole on one line of the table.
#[track_caller]
fn whole(text: &str, ids: &[&str]) {
    for id in ids {
        assert!(
            text.lines().any(|l| l.contains(id)),
            "{id} is split or missing:\n{text}"
        );
    }
}

#[test]
fn identifiers_are_never_split_at_80_or_120_columns() {
    let reg = running();
    for width in ["80", "120"] {
        let t = table(&reg, Some(width), &["report", "overdue"]);
        whole(&t, &[CASE, "overdue step", "2026-03-02 08:05"]);
        let t = table(&reg, Some(width), &["case", "list"]);
        whole(&t, &[CASE, "batam-34-2020", "2026-03-02"]);
        let t = table(&reg, Some(width), &["report", "case", CASE]);
        whole(&t, &["2026-03-02 08:05"]);
        let t = table(&reg, Some(width), &["sop", "show", "tangerang-357-2025"]);
        // Prose wraps, but only between words.
        whole(&t, &["terverifikasi", "(inferred)", "20 detik"]);
    }
    // At 80 columns the overdue table fits when it can.
    let t = table(
        &reg,
        Some("80"),
        &["report", "overdue", "--columns", "case,step,over_secs"],
    );
    let table_lines = t.lines().filter(|l| l.starts_with(['┌', '│', '╞', '└']));
    assert!(table_lines.clone().count() >= 4, "{t}");
    assert!(
        table_lines.into_iter().all(|l| l.chars().count() <= 80),
        "{t}"
    );
}

/// A table wider than the terminal once its identifiers are whole is shown a record at a time:
/// no line past the width, each identifier whole beside its column's name, empty cells left
/// out; the notes under it wrap between words.
#[test]
fn a_table_too_wide_for_the_terminal_is_shown_a_record_at_a_time() {
    let reg = running();
    let t = table(&reg, Some("80"), &["report", "overdue"]);
    assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");
    assert!(t.starts_with("── 1 / 1 ─"), "{t}");
    let line = |name: &str| t.lines().find(|l| l.starts_with(name)).unwrap_or_default();
    assert!(line("Case ").ends_with(CASE), "{t}");
    assert!(line("Kind ").ends_with("overdue step"), "{t}");
    assert!(line("Started ").ends_with("2026-03-02 08:05"), "{t}");
    assert!(
        line("Last activity").is_empty(),
        "empty cells are left out: {t}"
    );
    assert!(!t.contains('│'), "{t}");
    // Wide enough: the table itself.
    let t = table(&reg, Some("200"), &["report", "overdue"]);
    assert!(t.contains('│') && !t.contains("── 1 / 1"), "{t}");
}

#[test]
fn piped_tables_without_a_width_are_never_wrapped() {
    let reg = running();
    let t = table(&reg, None, &["report", "overdue"]);
    let row = t.lines().find(|l| l.contains(CASE)).expect(&t);
    assert!(
        row.contains("overdue step") && row.contains("2026-03-02 08:05"),
        "{t}"
    );
    // Header, rule lines and one row per entry: no continuation lines.
    let rows = t.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, 2, "{t}");
}

#[test]
fn long_idle_times_read_as_people_say_them() {
    // Its step finished (a case with a step running is no idle case), idle since 08:10.
    let reg = running();
    reg.ok(&["step", "finish", CASE, "--at", &at("08:10")]);
    let mut c = reg.cmd();
    c.env("KASUS_NOW", "2027-01-26T14:30:30+07:00");
    let o = c
        .args(["report", "overdue", "--columns", "kind,case,idle_secs"])
        .output()
        .unwrap();
    let t = String::from_utf8(o.stdout).unwrap();
    assert!(t.contains("330 hari"), "{t}");
    assert!(!t.contains("330 hari 6 jam"), "{t}");
}

#[test]
fn columns_pick_and_order_a_report_in_every_format() {
    let reg = running();
    let csv = reg.ok(&[
        "report",
        "overdue",
        "--format",
        "csv",
        "--columns",
        "step,case",
    ]);
    assert_eq!(csv.lines().next(), Some("step,case"), "{csv}");
    assert!(csv.contains(&format!("1,{CASE}")), "{csv}");
    let json = reg.ok(&["report", "overdue", "--format", "json", "--columns", "case"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = v["rows"][0].as_object().unwrap();
    assert_eq!(row.keys().collect::<Vec<_>>(), ["case"]);
    // An unknown column: exit 2, the columns there are, and no personal data echoed.
    let e = reg.refused(&["report", "overdue", "--columns", "case,Rina Contoh"], 2);
    assert!(e.contains("over_secs") && !e.contains("Rina"), "{e}");
    let e = reg.refused(&["report", "overdue", "--columns", "nope"], 2);
    assert!(e.contains("'nope'"), "{e}");
}

/// `case show` says a running step past its standard is over, as `kasus` alone and `report due`
/// do (it said "running"); its head reads in the chosen language.
#[test]
fn case_show_says_a_running_step_is_over_its_standard() {
    let reg = running();
    let t = reg.ok(&["case", "show", CASE]);
    assert!(t.contains("standard 5 menit: over by"), "{t}");
    assert!(!t.contains("5 menit: running"), "{t}");
    let t = reg.ok(&["--lang", "id", "case", "show", CASE]);
    assert!(
        t.contains("[terbuka]") && t.contains("belum pernah diberikan"),
        "{t}"
    );
}

/// `--columns` works on every command that prints rows, not only reports.
#[test]
fn columns_pick_the_rows_of_every_list() {
    let reg = running();
    let csv = reg.ok(&[
        "case",
        "list",
        "--format",
        "csv",
        "--columns",
        "status,case_number",
    ]);
    assert_eq!(csv.lines().next(), Some("status,case_number"), "{csv}");
    assert!(csv.contains(&format!("open,{CASE}")), "{csv}");
    let t = reg.ok(&["case", "list", "--columns", "case_number"]);
    assert!(t.contains(CASE) && !t.contains("batam-34-2020"), "{t}");
    let staff = reg.ok(&["staff", "list", "--format", "csv", "--columns", "name"]);
    assert_eq!(staff.lines().collect::<Vec<_>>(), ["name", "Rina Contoh"]);
    let e = reg.refused(&["case", "list", "--columns", "nope"], 2);
    assert!(e.contains("'nope'") && e.contains("case_number"), "{e}");
}

/// Codes (verdicts, alerts, clocks, a row's kind) read in the chosen language in tables; CSV and
/// JSON keep the codes scripts rely on.
#[test]
fn codes_read_as_words_in_tables_and_stay_codes_in_data() {
    let reg = running();
    let t = reg.ok(&["--lang", "id", "report", "overdue"]);
    assert!(
        t.contains("langkah lewat waktu") && t.contains("kantor"),
        "{t}"
    );
    let t = reg.ok(&["--lang", "id", "report", "due"]);
    assert!(t.contains("lewat"), "{t}");
    let csv = reg.ok(&["--lang", "id", "report", "overdue", "--format", "csv"]);
    assert!(
        csv.contains("overdue-step") && csv.contains(",office,"),
        "{csv}"
    );
}

/// A running step done only outside the unit (Batam step 1, the pelapor's) is held by no staff
/// member in the reports, even when the case has a holder.
#[test]
fn an_outside_step_is_held_by_no_staff_member() {
    let reg = running();
    let v: serde_json::Value =
        serde_json::from_str(&reg.ok(&["report", "overdue", "--format", "json"])).unwrap();
    assert_eq!(v["rows"][0]["step"], 1, "{v}");
    assert_eq!(v["rows"][0]["holder"], serde_json::Value::Null, "{v}");
}

/// Referral and agency tables fit 80 columns (issue 16's new-user trial): case numbers, dates
/// and times stay whole, only prose (agency names, services, a status's marks) wraps between
/// words; the status says override, LATE and handover without the CSV's columns. Piped without
/// a width, every row is one line.
#[test]
fn referral_and_agency_tables_fit_80_columns() {
    let reg = common::with_standard_case();
    let name = "RSUD Bhayangkara Contoh Kota Batam";
    reg.ok(&[
        "agency",
        "add",
        name,
        "--kind",
        "kesehatan",
        "--region",
        "Kota Contoh",
        "--contact",
        "IGD, 0778-000000",
    ]);
    reg.ok(&[
        "agency",
        "add",
        "Dinas Sosial Rehabilitasi Contoh",
        "--kind",
        "dinsos",
    ]);
    reg.ok(&["agency", "add", "Polres Contoh", "--kind", "kepolisian"]);
    reg.ok(&["staff", "add", "tester", "--role", "Staff Penerima"]);
    reg.ok(&["config", "set", "referral-override", "tester"]);
    reg.ok(&[
        "referral",
        "create",
        CASE,
        "--to",
        name,
        "--service",
        "kesehatan",
        "--share",
        "identity",
        "--override-consent",
        "--reason",
        "darurat medis",
        "--at",
        &at("09:00"),
    ]);
    reg.ok(&[
        "referral",
        "create",
        CASE,
        "--to",
        "Polres Contoh",
        "--service",
        "penegakan-hukum",
        "--handover",
        "--at",
        &at("09:10"),
    ]);
    let mut c = reg.cmd();
    c.env("KASUS_NOW", "2026-03-10T12:00:00+07:00");
    let o = c
        .args([
            "referral",
            "create",
            CASE,
            "--to",
            "Dinas Sosial Rehabilitasi Contoh",
        ])
        .args([
            "--service",
            "rehabilitasi-sosial",
            "--at",
            "2026-03-03 09:00",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for lang in ["en", "id"] {
        let t = table(&reg, Some("80"), &["--lang", lang, "referral", "list"]);
        assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");
        whole(&t, &[CASE, "2026-03-02", "09:10", "Kesehatan"]);
        let t = table(&reg, Some("80"), &["--lang", lang, "agency", "list"]);
        assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");
        whole(&t, &["rehabilitasi-sosial", "0778-000000"]);
        // The report's table too: its long headers wrap between words, its cells never.
        let t = table(
            &reg,
            Some("80"),
            &["--lang", lang, "report", "referrals", "--period", "2026-03"],
        );
        let grid = t.lines().filter(|l| l.starts_with(['┌', '│', '╞', '└']));
        assert!(grid.into_iter().all(|l| l.chars().count() <= 80), "{t}");
        whole(&t, &["rehabilitasi-sosial", "kepolisian"]);
        assert!(t.contains("All: ") || t.contains("Semua: "), "{t}");
    }
    // The figures the report's table leaves out are in its CSV.
    let csv = reg.ok(&[
        "report",
        "referrals",
        "--period",
        "2026-03",
        "--format",
        "csv",
    ]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains("response_on_time_share")
            && csv.contains("consent_overrides"),
        "{csv}"
    );
    let t = table(&reg, None, &["referral", "list"]);
    let rows: Vec<&str> = t.lines().filter(|l| l.contains(CASE)).collect();
    assert_eq!(rows.len(), 3, "{t}");
    assert!(
        rows.iter()
            .any(|r| r.contains(name) && r.contains("sent, override")),
        "{t}"
    );
    assert!(rows.iter().any(|r| r.contains("sent, handover")), "{t}");
    // The third was sent a week before this table's now and never answered: late.
    let mut c = reg.cmd();
    c.env("KASUS_NOW", "2026-03-10T12:00:00+07:00")
        .env_remove("COLUMNS");
    let o = c
        .args(["--lang", "id", "referral", "list"])
        .output()
        .unwrap();
    let t = String::from_utf8(o.stdout).unwrap();
    assert!(t.contains("dikirim, TERLAMBAT"), "{t}");
    assert!(t.contains("dikirim, tanpa persetujuan"), "{t}");
    // CSV keeps the codes and the columns behind the marks.
    let csv = reg.ok(&["referral", "list", "--format", "csv"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains("late,handover,direction,consent_override"),
        "{csv}"
    );
    assert!(csv.contains(",sent,"), "{csv}");
}
