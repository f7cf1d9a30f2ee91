//! Tests of the shipped holiday data and of the year-file reader.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const GOOD: &str = r#"
year = 2030
status = "official"
source = "test"

legal-basis.title = "Keputusan Bersama tentang Hari Libur Nasional dan Cuti Bersama Tahun 2030"
legal-basis.numbers = ["1 Tahun 2029", "2 Tahun 2029", "3 Tahun 2029"]
legal-basis.date = 2029-09-01

libur-nasional = [
    { date = 2030-01-01, name = "Tahun Baru 2030 Masehi" },
    { date = 2030-08-17, name = "Proklamasi Kemerdekaan" },
]
cuti-bersama = [
    { date = 2030-12-24, name = "Kelahiran Yesus Kristus" },
]
"#;

fn problems_of(text: &str) -> Vec<String> {
    parse("x/2030.toml", text).expect_err("refused")
}

#[test]
fn every_shipped_file_parses_with_no_problem() {
    for (name, text) in FILES {
        if let Err(p) = parse(name, text) {
            panic!("{name}: {p:#?}");
        }
    }
    assert!(problems().is_empty(), "{:#?}", problems());
    assert_eq!(years().len(), FILES.len());
}

/// The dates built in at build time (build.rs reads the lines of the year files) are exactly the
/// parsed files' dates, set by set and year by year: the office calendar reads them without
/// parsing any TOML.
#[test]
fn the_built_dates_are_the_parsed_ones() {
    for (i, set) in SETS.iter().enumerate() {
        let built: Vec<NaiveDate> = DATES
            .iter()
            .filter(|(s, ..)| usize::from(*s) == i)
            .map(|&(_, y, m, day)| d(y, m, day))
            .collect();
        let mut parsed: Vec<NaiveDate> = years()
            .iter()
            .flat_map(|y| y.set(set))
            .map(|h| h.date)
            .collect();
        parsed.sort();
        let mut sorted = built.clone();
        sorted.sort();
        assert_eq!(sorted, parsed, "{set}");
        assert!(!built.is_empty(), "{set}");
    }
    assert!(DATES.iter().all(|(s, ..)| usize::from(*s) < SETS.len()));
    assert_eq!(years().len(), FILES.len());
}

#[test]
fn every_file_in_the_folder_is_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER);
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = FILES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, embedded, "list each file of {FOLDER} in FILES");
    for (name, text) in FILES {
        let disk = std::fs::read_to_string(dir.join(name)).unwrap();
        assert_eq!(&disk, text, "{name}");
    }
}

#[test]
fn the_embedded_years_cover_2024_to_2027_without_a_gap() {
    let shipped: Vec<i32> = years().iter().map(|y| y.year).collect();
    for y in 2024..=2027 {
        assert!(shipped.contains(&y), "no holiday file for {y}");
    }
    let (first, last) = (shipped[0], shipped[shipped.len() - 1]);
    assert_eq!(
        shipped,
        (first..=last).collect::<Vec<_>>(),
        "a year is missing"
    );
}

#[test]
fn every_date_is_inside_its_year_once_per_set_and_named() {
    for y in years() {
        assert_eq!(
            y.sets.keys().map(String::as_str).collect::<BTreeSet<_>>(),
            SETS.iter().copied().collect::<BTreeSet<_>>(),
            "{}",
            y.year
        );
        for (set, days) in &y.sets {
            let unique: BTreeSet<NaiveDate> = days.iter().map(|h| h.date).collect();
            assert_eq!(unique.len(), days.len(), "{} {set}: a date twice", y.year);
            for h in days {
                assert_eq!(h.date.year(), y.year, "{} {set}: {}", y.year, h.date);
                assert!(!h.name.is_empty());
            }
        }
    }
}

#[test]
fn official_years_have_a_decree_and_both_sets_filled() {
    for y in years() {
        match y.status {
            Status::Official => {
                let b = &y.legal_basis;
                assert!(!b.title.is_empty() && b.date.is_some(), "{}", y.year);
                assert_eq!(b.numbers.len(), 3, "{}: one number per minister", y.year);
                for set in SETS {
                    assert!(!y.set(set).is_empty(), "{} {set}", y.year);
                }
            }
            Status::Estimated => {
                // Never an invented decree: an estimated year names no number.
                assert!(y.legal_basis.numbers.is_empty(), "{}", y.year);
                assert!(!y.set("libur-nasional").is_empty(), "{}", y.year);
            }
        }
    }
}

#[test]
fn the_status_of_each_shipped_year() {
    let status = |y| year(y).map(|h| h.status);
    assert_eq!(status(2024), Some(Status::Official));
    assert_eq!(status(2025), Some(Status::Official));
    assert_eq!(status(2026), Some(Status::Official));
    assert_eq!(status(2027), Some(Status::Estimated));
    assert_eq!(year(1999), None);
}

#[test]
fn known_days_of_the_decrees() {
    // 2026: Nyepi, then the Idul Fitri week of cuti bersama.
    let y = year(2026).unwrap();
    assert_eq!(
        y.legal_basis.numbers,
        ["1497 Tahun 2025", "2 Tahun 2025", "5 Tahun 2025"]
    );
    assert_eq!(y.set("libur-nasional").len(), 17);
    assert_eq!(y.set("cuti-bersama").len(), 8);
    let lebaran = dates(&SETS.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    // Every day from Wednesday 18 to Tuesday 24 March 2026 is off.
    for day in 18..=24 {
        assert!(lebaran.contains(&d(2026, 3, day)), "{day}");
    }
    assert!(!lebaran.contains(&d(2026, 3, 17)) && !lebaran.contains(&d(2026, 3, 25)));
    assert_eq!(name_of(d(2026, 3, 21)), Some("Idul Fitri 1447 Hijriah"));
    assert_eq!(name_of(d(2026, 3, 25)), None);
    // 2025 as amended: 18 August is cuti bersama, 11 days in all.
    let y = year(2025).unwrap();
    assert_eq!(y.set("cuti-bersama").len(), 11);
    assert!(y
        .set("cuti-bersama")
        .iter()
        .any(|h| h.date == d(2025, 8, 18)));
    assert_eq!(y.legal_basis.also.len(), 1);
    // 2024: 17 days of the decree and two election days; 10 days of cuti bersama.
    let y = year(2024).unwrap();
    assert_eq!(y.set("libur-nasional").len(), 19);
    assert_eq!(y.set("cuti-bersama").len(), 10);
    assert_eq!(
        y.set("libur-nasional")
            .iter()
            .filter(|h| h.note.is_some())
            .count(),
        2
    );
}

#[test]
fn dates_takes_only_the_sets_named() {
    let national = dates(&["libur-nasional".to_string()]);
    let leave = dates(&["cuti-bersama".to_string()]);
    assert!(national.contains(&d(2026, 3, 19)) && !national.contains(&d(2026, 3, 20)));
    assert!(leave.contains(&d(2026, 3, 20)) && !leave.contains(&d(2026, 3, 19)));
    assert!(dates(&[]).is_empty());
    assert!(dates(&["libur-daerah".to_string()]).is_empty());
    let both = dates(&SETS.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(both.len(), national.union(&leave).count());
}

#[test]
fn a_good_file_reads_sorted() {
    let y = parse("x/2030.toml", GOOD).unwrap();
    assert_eq!(y.year, 2030);
    assert_eq!(y.status, Status::Official);
    assert_eq!(y.legal_basis.date, Some(d(2029, 9, 1)));
    assert_eq!(y.set("libur-nasional")[1].date, d(2030, 8, 17));
}

#[test]
fn a_date_that_does_not_exist_is_refused_with_its_line() {
    let p = problems_of(&GOOD.replace("2030-08-17", "2030-02-30"));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("x/2030.toml, line"), "{p:?}");
}

#[test]
fn a_date_outside_its_year_a_repeat_and_a_time_are_all_listed() {
    let text = GOOD
        .replace("2030-01-01", "2031-01-01")
        .replace("2030-12-24, name", "2030-12-24T08:00:00, name")
        .replace(
            "{ date = 2030-08-17, name = \"Proklamasi Kemerdekaan\" },",
            "{ date = 2030-08-17, name = \"Proklamasi Kemerdekaan\" },\n    { date = 2030-08-17, name = \"lagi\" },",
        );
    let p = problems_of(&text);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(
        p[0].contains("line 11") && p[0].contains("not in 2030"),
        "{p:?}"
    );
    assert!(
        p[1].contains("line 13") && p[1].contains("twice (also line 12)"),
        "{p:?}"
    );
    assert!(
        p[2].contains("cuti-bersama") && p[2].contains("not a date"),
        "{p:?}"
    );
}

#[test]
fn an_unknown_status_a_missing_set_and_a_bare_official_year_are_refused() {
    let p = problems_of(&GOOD.replace("\"official\"", "\"draft\""));
    assert!(
        p.iter().any(|m| m.contains("\"draft\" is not a status")),
        "{p:?}"
    );
    let p = problems_of(&GOOD.replace("cuti-bersama = [", "cuti-bersama-x = ["));
    assert!(!p.is_empty(), "an unknown key is refused");
    let no_leave = &GOOD[..GOOD.find("cuti-bersama").unwrap()];
    let p = problems_of(no_leave);
    assert!(
        p.iter().any(|m| m.contains("cuti-bersama: missing")),
        "{p:?}"
    );
    let p = problems_of(&GOOD.replace(
        "legal-basis.numbers = [\"1 Tahun 2029\", \"2 Tahun 2029\", \"3 Tahun 2029\"]",
        "legal-basis.numbers = []",
    ));
    assert!(
        p.iter().any(|m| m.contains("write status = \"estimated\"")),
        "{p:?}"
    );
    // The same bare decree is fine for an estimate.
    let estimate = GOOD
        .replace("\"official\"", "\"estimated\"")
        .replace(
            "legal-basis.numbers = [\"1 Tahun 2029\", \"2 Tahun 2029\", \"3 Tahun 2029\"]",
            "legal-basis.numbers = []",
        )
        .replace("legal-basis.date = 2029-09-01\n", "");
    assert!(parse("x/2030.toml", &estimate).is_ok());
}

#[test]
fn a_toml_error_names_the_file_and_line() {
    let p = problems_of("year = 2030\nstatus = \n");
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("x/2030.toml, line 2"), "{p:?}");
}
