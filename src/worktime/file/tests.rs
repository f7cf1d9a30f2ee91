//! The calendar file: a good file, every kind of problem listed at once with its line and key,
//! and export read back to the same calendar.

use super::*;

pub(crate) const GOOD: &str = r#"format = 1
name = "UPTD PPA Kota Contoh"
zone = "WITA"
clock = "office"
holidays = ["libur-nasional", "cuti-bersama"]

[week]
mon = ["08:00-12:00", "13:00-16:00"]
tue = ["08:00-12:00", "13:00-16:00"]
wed = ["08:00-12:00", "13:00-16:00"]
thu = ["08:00-12:00", "13:00-16:00"]
fri = ["08:00-11:30", "13:00-16:30"]
sat = ["22:00-06:00"]
sun = []

[[override]]
name = "Ramadan 1447 H"
from = 2026-02-18
to = 2026-03-19
mon = ["08:00-15:00"]
fri = ["08:00-15:30"]

[[date]]
date = 2026-08-18
hours = []
note = "Cuti bersama kantor"

[[date]]
date = "2026-08-19"
hours = ["08:00-12:00"]
"#;

fn r(start: u16, end: u16) -> Range {
    Range { start, end }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn problems(text: &str) -> Vec<String> {
    parse(text, Zone::Wib)
        .expect_err("problems")
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_good_file_reads_into_the_model() {
    let o = parse(GOOD, Zone::Wib).unwrap();
    assert_eq!(o.name, "UPTD PPA Kota Contoh");
    assert_eq!(o.zone, Zone::Wita);
    assert!(!o.always);
    assert_eq!(o.holiday_sets, ["libur-nasional", "cuti-bersama"]);
    assert_eq!(o.week.0[0], vec![r(480, 720), r(780, 960)]);
    assert_eq!(o.week.0[4], vec![r(480, 690), r(780, 990)]);
    // Past midnight: into the next day, end + 1440.
    assert_eq!(o.week.0[5], vec![r(1320, 1800)]);
    assert!(o.week.0[6].is_empty());
    let ramadan = &o.overrides[0];
    assert_eq!(
        (ramadan.from, ramadan.to),
        (d("2026-02-18"), d("2026-03-19"))
    );
    assert_eq!(ramadan.week.0[0], vec![r(480, 900)]);
    // A day the override leaves out keeps the usual week's hours.
    assert_eq!(ramadan.week.0[1], o.week.0[1]);
    assert_eq!(o.dates[&d("2026-08-18")], Vec::<Range>::new());
    assert_eq!(o.dates[&d("2026-08-19")], vec![r(480, 720)]);
    assert_eq!(o.notes[&d("2026-08-18")], "Cuti bersama kantor");
    // The file's zone wins; without one, the register's.
    let no_zone = GOOD.replace("zone = \"WITA\"\n", "");
    assert_eq!(parse(&no_zone, Zone::Wit).unwrap().zone, Zone::Wit);
}

#[test]
fn every_problem_is_listed_at_once_with_its_line_and_key() {
    let bad = r#"format = 1
name = "Contoh"
zone = "CET"
holidays = ["libur-nasional", "libur-daerah"]
colour = "red"
[week]
mon = ["08:00-12:00", "11:00-13:00"]
tue = ["08:00-08:00"]
wed = ["25:00-26:00"]
thu = ["8.00-12.00"]
fri = []
sat = []
sunday = []
[[override]]
name = "Ramadan"
from = 2026-03-19
to = 2026-02-18
mon = ["08:00-15:00"]
[[date]]
date = 2026-08-18
hours = []
[[date]]
date = 2026-08-18
hours = []
nota = "x"
"#;
    let p = problems(bad);
    let expected = [
        "line 3, zone: unknown zone 'CET'",
        "line 4, holidays: unknown holiday set 'libur-daerah'",
        "line 5, colour: unknown key 'colour'",
        "line 6, week.sun: missing required key",
        "line 7, week.mon: the ranges 08:00-12:00 and 11:00-13:00 overlap",
        "line 8, week.tue: '08:00-08:00': the end is equal to the start",
        "line 9, week.wed: '25:00-26:00' is not a range of times",
        "line 10, week.thu: '8.00-12.00' is not a range of times",
        "line 13, week.sunday: unknown key 'sunday' (did you mean 'sun'?)",
        "line 17, override[1].to: 'to' (2026-02-18) is before 'from' (2026-03-19)",
        "line 23, date[2].date: 2026-08-18 is given twice (first at line 20)",
        "line 25, date[2].nota: unknown key 'nota' (did you mean 'note'?)",
    ];
    assert_eq!(p.len(), expected.len(), "{p:#?}");
    for (got, want) in p.iter().zip(expected) {
        assert!(
            got.starts_with(want),
            "{got:?} does not start with {want:?}"
        );
    }
}

#[test]
fn missing_keys_wrong_types_and_syntax_are_problems_too() {
    let p = problems("zone = \"WIB\"\n[week]\nmon = \"08:00-12:00\"\n");
    for want in [
        "format: missing required key",
        "name: missing required key",
        "line 3, week.mon: must be a list of ranges",
        "line 2, week.tue: missing required key",
    ] {
        assert!(p.iter().any(|m| m.starts_with(want)), "{want:?} in {p:#?}");
    }
    let p = problems(
        "format = 2\nname = \"\"\nclock = \"always\"\n[[override]]\nfrom = \"2026-13-01\"\n",
    );
    for want in [
        "line 1, format: this kasus reads calendar format 1",
        "line 2, name: is empty",
        "line 3, clock: unknown clock 'always'",
        "line 4, override[1].name: missing required key",
        "line 5, override[1].from: must be a date",
        "line 4, override[1].to: missing required key",
    ] {
        assert!(p.iter().any(|m| m.starts_with(want)), "{want:?} in {p:#?}");
    }
    let p = problems("format = 1\nname = \n");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("line 2, syntax: "), "{p:?}");
    // A night range running into the next day's first hours.
    let night = GOOD.replace("sun = []", "sun = [\"05:00-09:00\"]");
    let p = problems(&night);
    assert!(
        p.iter().any(|m| m.starts_with(
            "line 14, week.sun: 05:00-09:00 starts before the night range of sat ends (06:00)"
        )),
        "{p:#?}"
    );
}

#[test]
fn a_24_7_file_needs_no_week_and_files_over_the_limit_are_refused() {
    let o = parse(
        "format = 1\nname = \"Hotline\"\nclock = \"24/7\"\nholidays = []\n",
        Zone::Wib,
    )
    .unwrap();
    assert!(o.always);
    assert!(o.holiday_sets.is_empty());
    let big = format!("{GOOD}# {}\n", "x".repeat(MAX_BYTES));
    let p = problems(&big);
    assert_eq!(p.len(), 1);
    assert!(p[0].contains("at most 262144 bytes"), "{p:?}");
}

#[test]
fn ranges_read_at_minute_precision() {
    assert_eq!(parse_range("08:00-12:00"), Ok(r(480, 720)));
    assert_eq!(parse_range("8:05 - 12:59"), Ok(r(485, 779)));
    assert_eq!(parse_range("00:00-24:00"), Ok(r(0, 1440)));
    assert_eq!(parse_range("22:00-00:00"), Ok(r(1320, 1440)));
    assert_eq!(parse_range("23:30-23:00"), Ok(r(1410, 2820)));
    for bad in [
        "24:00-08:00",
        "08:00",
        "08:60-09:00",
        "8.00-12.00",
        "08:00-24:01",
        "-1:00-02:00",
        "08:0-09:00",
        "",
    ] {
        assert!(parse_range(bad).is_err(), "{bad}");
    }
    assert_eq!(range_text(r(1320, 1800)), "22:00-06:00");
    assert_eq!(range_text(r(0, 1440)), "00:00-24:00");
}

#[test]
fn export_reads_back_to_the_same_calendar() {
    let o = parse(GOOD, Zone::Wib).unwrap();
    let text = write(&o);
    assert_eq!(parse(&text, Zone::Wit).unwrap(), o, "{text}");
    // The override lists only the days that differ.
    assert!(text.contains("[[override]]\nname = \"Ramadan 1447 H\"\nfrom = 2026-02-18\nto = 2026-03-19\nmon = [\"08:00-15:00\"]\nfri = [\"08:00-15:30\"]\n"), "{text}");
    for builtin in [
        Office::builtin_office(Zone::Wita),
        Office::builtin_always(Zone::Wit),
    ] {
        let text = write(&builtin);
        assert_eq!(parse(&text, Zone::Wib).unwrap(), builtin, "{text}");
    }
    // Names and notes with quotes and backslashes survive.
    let mut odd = o.clone();
    odd.name = "Kantor \"Contoh\" \\ 1".into();
    assert_eq!(parse(&write(&odd), Zone::Wib).unwrap(), odd);
}
