//! `kasus calendar`: import a calendar file and show its days, export it back, refuse a file
//! with problems (every problem listed, nothing changed), the output guard, `check`.

mod common;

use common::Reg;

const FILE: &str = r#"# Synthetic office calendar for the tests.
format = 1
name = "UPTD PPA Kota Contoh"
zone = "WIB"
clock = "office"
holidays = ["libur-nasional", "cuti-bersama"]

[week]
mon = ["08:00-12:00", "13:00-16:00"]
tue = ["08:00-12:00", "13:00-16:00"]
wed = ["08:00-12:00", "13:00-16:00"]
thu = ["08:00-12:00", "13:00-16:00"]
fri = ["08:00-11:30", "13:00-16:30"]
sat = []
sun = ["22:00-06:00"]

[[override]]
name = "Ramadan 1447 H"
from = 2026-02-18
to = 2026-03-19
mon = ["08:00-15:00"]

[[date]]
date = 2026-03-17
hours = []
note = "Rapat kerja"
"#;

fn write(reg: &Reg, name: &str, text: &str) -> String {
    let p = reg.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn imported() -> (Reg, String) {
    let reg = common::register();
    let f = write(&reg, "kalender.toml", FILE);
    let out = reg.ok(&["calendar", "import", &f]);
    assert!(out.contains("as version 1"), "{out}");
    (reg, f)
}

#[test]
fn an_imported_calendar_shows_its_override_its_dates_and_its_week() {
    let (reg, _) = imported();
    let csv = reg.ok(&[
        "calendar",
        "show",
        "--from",
        "2026-03-16",
        "--to",
        "2026-03-22",
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date,weekday,hours,working_minutes,why,why_name");
    assert_eq!(
        lines[1],
        "2026-03-16,mon,08:00-15:00,420,override,Ramadan 1447 H"
    );
    assert_eq!(lines[2], "2026-03-17,tue,,0,date,Rapat kerja");
    // The shipped holidays win over the override: cuti bersama and Nyepi on 18 and 19 March,
    // Idul Fitri from 20 March (the 2026 joint decree).
    assert_eq!(
        lines[3],
        "2026-03-18,wed,,0,holiday,Hari Suci Nyepi (Tahun Baru Saka 1948)"
    );
    assert_eq!(
        lines[4],
        "2026-03-19,thu,,0,holiday,Hari Suci Nyepi (Tahun Baru Saka 1948)"
    );
    assert_eq!(
        lines[5],
        "2026-03-20,fri,,0,holiday,Idul Fitri 1447 Hijriah"
    );
    // Sunday 22 March is Idul Fitri too: closed, its night shift included.
    assert_eq!(
        lines[7],
        "2026-03-22,sun,,0,holiday,Idul Fitri 1447 Hijriah"
    );
    assert_eq!(lines.len(), 8, "{csv}");
    // A night shift: Sunday 1 March (the override names no Sunday: it keeps the week's hours).
    let csv = reg.ok(&[
        "calendar",
        "show",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-01",
        "--format",
        "csv",
    ]);
    assert_eq!(
        csv.lines().nth(1),
        Some("2026-03-01,sun,22:00-06:00,480,override,Ramadan 1447 H"),
        "{csv}"
    );
    let table = reg.ok(&[
        "calendar",
        "show",
        "--from",
        "2026-03-16",
        "--to",
        "2026-03-17",
    ]);
    assert!(
        table.contains("UPTD PPA Kota Contoh (version 1)"),
        "{table}"
    );
    assert!(table.contains("override Ramadan 1447 H"), "{table}");
    assert!(table.contains("closed"), "{table}");
    // JSON, and the default span: this week and next (the tests' now is Monday 2 March 2026).
    let json: serde_json::Value =
        serde_json::from_str(&reg.ok(&["calendar", "show", "--format", "json"])).unwrap();
    let days = json["days"].as_array().unwrap();
    assert_eq!(days.len(), 14);
    assert_eq!(days[0]["date"], "2026-03-02");
    assert_eq!(days[0]["hours"], serde_json::json!(["08:00-15:00"]));
    assert_eq!(json["calendar"]["version"], 1);
}

#[test]
fn a_holiday_of_the_calendars_sets_is_closed_and_named() {
    let (reg, _) = imported();
    // The shipped holiday data decides which date: the first national holiday after Ramadan
    // hours in 2026. (Before the holiday data is merged there is none, and nothing to show.)
    let sets = vec!["libur-nasional".to_string()];
    let day = kasus::worktime::holidays::dates(&sets)
        .into_iter()
        .find(|d| d.to_string().as_str() > "2026-03-19" && d.to_string().starts_with("2026"));
    let Some(day) = day else { return };
    let d = day.to_string();
    let csv = reg.ok(&[
        "calendar", "show", "--from", &d, "--to", &d, "--format", "csv",
    ]);
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with(&format!("{d},")), "{row}");
    assert!(row.contains(",,0,holiday,"), "{row}");
}

#[test]
fn export_prints_the_file_in_force_and_reads_back() {
    let reg = common::register();
    // Before any import: the built-in office calendar, which imports as version 1.
    let builtin = reg.ok(&["calendar", "export"]);
    assert!(
        builtin.contains("fri = [\"08:00-11:30\", \"13:00-16:30\"]"),
        "{builtin}"
    );
    let before = reg.ok(&["calendar", "show", "--format", "csv"]);
    let f = write(&reg, "bawaan.toml", &builtin);
    assert!(reg.ok(&["calendar", "import", &f]).contains("version 1"));
    assert_eq!(reg.ok(&["calendar", "show", "--format", "csv"]), before);
    // A file imported is exported as it was written, comments and all; the same text again
    // imports nothing.
    let f = write(&reg, "kalender.toml", FILE);
    assert!(reg.ok(&["calendar", "import", &f]).contains("version 2"));
    assert_eq!(reg.ok(&["calendar", "export"]), FILE);
    let out = reg.dir.path().join("keluar.toml");
    reg.ok(&["calendar", "export", "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), FILE);
    let state = reg.state();
    let again = reg.ok(&["calendar", "import", out.to_str().unwrap()]);
    assert!(again.contains("unchanged, nothing imported"), "{again}");
    assert_eq!(reg.state(), state);
}

#[test]
fn a_file_with_problems_lists_every_one_and_changes_nothing() {
    let (reg, _) = imported();
    let bad = FILE
        .replace("zone = \"WIB\"", "zone = \"CET\"")
        .replace("\"cuti-bersama\"]", "\"libur-daerah\"]")
        .replace(
            "tue = [\"08:00-12:00\", \"13:00-16:00\"]",
            "tue = [\"08:00-12:00\", \"11:00-16:00\"]",
        )
        .replace(
            "thu = [\"08:00-12:00\", \"13:00-16:00\"]",
            "thu = [\"8.00-12.00\"]",
        )
        .replace("sat = []", "sat = [\"25:00-26:00\"]\nsabtu = []")
        .replace("to = 2026-03-19", "to = 2026-02-01")
        .replace(
            "note = \"Rapat kerja\"",
            "note = \"Rapat kerja\"\n[[date]]\ndate = 2026-03-17\nhours = [\"09:00-09:00\"]",
        );
    let f = write(&reg, "salah.toml", &bad);
    let err = reg.refused_saying(
        &["calendar", "import", &f],
        3,
        &[
            "line 4, zone: unknown zone 'CET'",
            "line 6, holidays: unknown holiday set 'libur-daerah'",
            "line 10, week.tue: the ranges 08:00-12:00 and 11:00-16:00 overlap",
            "line 12, week.thu: '8.00-12.00' is not a range of times",
            "line 14, week.sat: '25:00-26:00' is not a range of times",
            "line 15, week.sabtu: unknown key 'sabtu'",
            "line 21, override[1].to: 'to' (2026-02-01) is before 'from' (2026-02-18)",
            "date[2].hours: '09:00-09:00': the end is equal to the start",
            "date[2].date: 2026-03-17 is given twice",
            "the calendar has 9 problems; nothing was imported",
        ],
    );
    assert!(err.contains("salah.toml: line 4"), "{err}");
    // Still version 1 in force.
    assert!(reg.ok(&["calendar", "show"]).contains("(version 1)"));
    // Not a file, or not a calendar at all.
    reg.refused(&["calendar", "import", reg.dir.path().to_str().unwrap()], 3);
    let f = write(&reg, "sop.toml", "format = 1\ncode = \"x\"\n");
    reg.refused_saying(
        &["calendar", "import", &f],
        3,
        &["unknown key 'code'", "name: missing"],
    );
}

#[test]
fn show_refuses_bad_dates_and_long_spans() {
    let reg = common::register();
    reg.refused_saying(
        &["calendar", "show", "--from", "2026-02-30"],
        3,
        &["--from", "YYYY-MM-DD"],
    );
    reg.refused_saying(
        &[
            "calendar",
            "show",
            "--from",
            "2026-01-01",
            "--to",
            "2027-06-01",
        ],
        3,
        &["at most 366"],
    );
    reg.refused_saying(
        &[
            "calendar",
            "show",
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-01",
        ],
        3,
        &["is after --to"],
    );
    // Show, export and check only read: no register is created for them.
    let empty = Reg::new();
    for args in [
        &["calendar", "show"][..],
        &["calendar", "export"],
        &["calendar", "check"],
    ] {
        let o = empty.run(args);
        assert_eq!(o.code, 5, "{args:?}: {o:?}");
        assert!(!empty.path.exists());
    }
}

#[test]
fn the_calendar_speaks_indonesian() {
    let (reg, f) = imported();
    let out = reg.ok(&[
        "--lang",
        "id",
        "calendar",
        "show",
        "--from",
        "2026-03-16",
        "--to",
        "2026-03-17",
    ]);
    for w in [
        "Kalender",
        "versi 1",
        "Tanggal",
        "Senin",
        "Selasa",
        "tutup",
        "pengecualian Ramadan 1447 H",
        "tanggal khusus Rapat kerja",
    ] {
        assert!(out.contains(w), "{w:?} in {out}");
    }
    let bad = write(&reg, "salah.toml", &FILE.replace("\"WIB\"", "\"CET\""));
    reg.refused_saying(
        &["--lang", "id", "calendar", "import", &bad],
        3,
        &[
            "baris 4, zone: zona 'CET' tidak dikenal",
            "tidak ada yang diimpor",
        ],
    );
    let same = reg.ok(&["--lang", "id", "calendar", "import", &f]);
    assert!(same.contains("tidak berubah"), "{same}");
}

#[test]
fn export_out_never_writes_onto_the_register() {
    // The register's own file (and its WAL): a PostgreSQL register has none.
    if common::sqlite_only() {
        return;
    }
    let (reg, _) = imported();
    let path = reg.path.to_str().unwrap().to_string();
    reg.refused_saying(
        &["calendar", "export", "--out", &path],
        4,
        &["the register itself"],
    );
    let wal = format!("{path}-wal");
    reg.refused(&["calendar", "export", "--out", &wal], 4);
}

#[test]
fn check_warns_about_missing_official_holidays_and_alerts_on_request() {
    let reg = common::register();
    // The tests' now is in 2026: 2027 has no official list yet (estimated, or not shipped).
    let o = reg.run(&["calendar", "check"]);
    assert_eq!(o.code, 0, "{o:?}");
    assert!(
        o.stdout.contains("Calendar: Default office calendar, WIB"),
        "{o:?}"
    );
    assert!(
        o.stderr.contains("warning: ") && o.stderr.contains("2027"),
        "{o:?}"
    );
    let o = reg.run(&["calendar", "check", "--fail-if-any"]);
    assert_eq!(o.code, 10, "{o:?}");
    assert!(o.stderr.contains("kasus: 1 calendar warning\n"), "{o:?}");
    // A 24/7 calendar counts no holidays: nothing to warn about.
    let f = write(
        &reg,
        "24-7.toml",
        "format = 1\nname = \"Hotline\"\nclock = \"24/7\"\n",
    );
    reg.ok(&["calendar", "import", &f]);
    let o = reg.run(&["calendar", "check", "--fail-if-any"]);
    assert_eq!(o.code, 0, "{o:?}");
    assert!(o.stderr.is_empty(), "{o:?}");
    assert!(reg
        .ok(&["calendar", "show", "--format", "csv"])
        .contains("2026-03-07,sat,00:00-24:00,1440,24/7,"));
}
