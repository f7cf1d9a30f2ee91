//! `--format xlsx`: every export and every report written as a workbook and read back (with
//! calamine, and with LibreOffice when it is installed) equals the CSV of the same command, cell
//! by cell; identifiers are text cells; the header is frozen and filtered; the file is private
//! (0600) and written whole; a workbook is never written without `--out FILE.xlsx`. All data is
//! synthetic.
//!
//! How a cell is compared with the CSV's (the rule the README states):
//! - text: the same text, where the CSV's spreadsheet guard (a leading `'` before `=`, `+`, `-`,
//!   `@`, tab or CR) is added to the workbook's text first (a workbook needs no guard);
//! - numbers: the same number; booleans: TRUE/FALSE for `true`/`false`;
//! - date-times: the workbook's date-time (office time) written as the CSV writes it,
//!   `YYYY-MM-DDTHH:MM:SS` and the office's offset (`+07:00` here); dates `YYYY-MM-DD`;
//! - LibreOffice's CSV writes cells as shown: date-times `YYYY-MM-DD HH:MM:SS`, shares as
//!   whole percentages (`83%` for 0.8333).

mod common;

use calamine::{Data, DataType};
use common::workbook::{convert, libreoffice, part, read_book};
use common::Reg;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const OFFSET: &str = "+07:00";

const TABLES: &[&str] = &[
    "cases",
    "persons",
    "steps",
    "consents",
    "assignments",
    "services",
    "referrals",
    "audit",
];

/// The Simfoni sheet's columns (the CSV's header) and the labels heading the workbook's sheet.
#[rustfmt::skip]
const SIMFONI: &[(&str, &str)] = &[
    ("case_number", "Nomor registrasi"), ("reported_date", "Tanggal pelaporan"),
    ("incident_date", "Tanggal kejadian"), ("channel", "Sumber pengaduan"),
    ("victim_sex", "Jenis kelamin korban"), ("victim_age", "Usia korban"),
    ("age_group", "Kelompok usia"), ("child", "Anak"), ("disability", "Disabilitas"),
    ("kecamatan", "Kecamatan"), ("kelurahan", "Kelurahan/desa"),
    ("violence_types", "Jenis kekerasan"), ("place", "Tempat kejadian"),
    ("perpetrator_count", "Jumlah pelaku"),
    ("perpetrator_relations", "Hubungan pelaku dengan korban"),
    ("perpetrator_sexes", "Jenis kelamin pelaku"), ("perpetrator_ages", "Usia pelaku"),
    ("services", "Layanan yang diberikan"), ("urgency", "Kedaruratan"),
    ("risk", "Tingkat risiko"), ("status", "Status kasus"),
];

/// Two synthetic cases with a row in every table: NIKs and phone numbers that a spreadsheet
/// would turn into numbers, a chronology that looks like a formula, a long note on several
/// lines, a step over its standard, a consent, an assignment, services and a referral.
#[rustfmt::skip]
fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "intake", "--sop", "batam-34-2020", "--channel", "datang-langsung",
        "--reported-at", "2026-03-02 08:00",
        "--victim-name", "Siti Contoh", "--victim-sex", "P", "--victim-birth-date", "1994-05-01",
        "--victim-nik", "3171234567890123", "--victim-phone", "081234567801",
        "--victim-address", "Jl. Melati 1", "--victim-kecamatan", "Batam Kota",
        "--violence", "fisik,psikis", "--place", "rumah-tangga",
        "--chronology", "=SUM(A1:A9) Korban dipukul di rumah",
        "--complainant-name", "Ani Contoh", "--complainant-phone", "081234567802",
        "--complainant-relation", "kakak",
        "--perpetrator-name", "Budi Contoh", "--perpetrator-sex", "L", "--perpetrator-age", "40",
        "--perpetrator-relation", "suami-istri",
        "--risk", "tinggi", "--external-ref", "0012345",
    ]);
    reg.ok(&[
        "intake", "--sop", "tangerang-713-2025", "--channel", "telepon",
        "--reported-at", "2026-03-01 09:00", "--incident-date", "2026-02-27",
        "--victim-name", "Putri Contoh", "--victim-sex", "P", "--victim-birth-date", "2016-06-01",
        "--victim-nik", "3171234567890456", "--victim-kecamatan", "Ciledug",
        "--violence", "penelantaran,seksual", "--place", "sekolah",
        "--perpetrator-name", "Joko Contoh", "--perpetrator-sex", "L",
        "--perpetrator-relation", "tetangga", "--urgency", "darurat",
    ]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh", "--role", "Staff Penerima", "--at", "2026-03-02 08:01"]);
    reg.ok(&[
        "consent", "PPA/2026/0001", "--given-by", "Siti Contoh", "--relation", "self",
        "--scope", "layanan,berbagi-informasi", "--method", "tertulis", "--form-ref", "IC-0001",
        "--at", "2026-03-02 08:03",
    ]);
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 08:05", "--by", "Siti Contoh"]);
    reg.ok(&["step", "finish", "PPA/2026/0001", "--at", "2026-03-02 08:12"]);
    let note = format!("Catatan panjang: {}\nbaris kedua", "korban didampingi ke rumah sakit. ".repeat(4));
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 08:15", "--note", &note]);
    reg.ok(&["step", "finish", "PPA/2026/0001", "--at", "2026-03-02 09:10", "--output", "+ selesai"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "kesehatan", "--provider", "RSUD Contoh", "--at", "2026-03-02 10:00"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "pengaduan", "--at", "2026-03-02 08:00"]);
    reg.ok(&["agency", "add", "RSUD Contoh", "--kind", "kesehatan"]);
    reg.ok(&[
        "referral", "create", "PPA/2026/0001", "--to", "RSUD Contoh", "--service", "kesehatan",
        "--share", "identity,assessment", "--at", "2026-03-02 09:30",
    ]);
    reg.ok(&["referral", "accept", "1", "--at", "2026-03-02 10:00"]);
    // Left running past its standard: overdue and due have rows.
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 09:20"]);
    reg
}

// ------------------------------------------------------------------ reading back

fn read_csv(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// The CSV's guard against formulas, as kasus writes it.
fn guarded(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn same_number(a: f64, csv: &str) -> bool {
    csv.parse::<f64>()
        .is_ok_and(|b| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

/// One workbook cell against the CSV's text (the rule in this file's header).
fn cell_matches(cell: &Data, csv: &str) -> bool {
    match cell {
        Data::Empty => csv.is_empty(),
        Data::String(s) => guarded(s) == csv,
        Data::Int(i) => same_number(*i as f64, csv),
        Data::Float(f) => same_number(*f, csv),
        Data::Bool(b) => csv == if *b { "true" } else { "false" },
        Data::DateTime(d) => {
            let t = d.as_datetime().expect("a date-time");
            if csv.len() == 10 {
                t.format("%Y-%m-%d").to_string() == csv
            } else {
                format!("{}{OFFSET}", t.format("%Y-%m-%dT%H:%M:%S")) == csv
            }
        }
        other => panic!("unexpected cell {other:?}"),
    }
}

/// A sheet equals the CSV cell by cell; `header` maps the CSV's header to the sheet's.
#[track_caller]
fn assert_sheet_is_csv(
    what: &str,
    sheet: &[Vec<Data>],
    csv: &str,
    header: &dyn Fn(&str) -> String,
) {
    let csv = read_csv(csv);
    assert_eq!(sheet.len(), csv.len(), "{what}: rows");
    for (r, (row, want)) in sheet.iter().zip(&csv).enumerate() {
        assert_eq!(row.len(), want.len(), "{what}: columns of row {r}");
        for (c, (cell, text)) in row.iter().zip(want).enumerate() {
            if r == 0 {
                assert_eq!(cell, &Data::String(header(text)), "{what}: header {c}");
            } else {
                assert!(
                    cell_matches(cell, text),
                    "{what}: row {r} column {} is {cell:?}, the CSV has {text:?}",
                    want.len().min(csv[0].len()).min(c + 1)
                );
            }
        }
    }
}

fn same(h: &str) -> String {
    h.to_string()
}

/// The sheet's header row is frozen and filtered, and its columns have widths.
#[track_caller]
fn assert_laid_out(path: &Path, sheet: usize, columns: usize) {
    let xml = part(path, &format!("xl/worksheets/sheet{sheet}.xml"));
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{path:?} sheet {sheet}: header frozen"
    );
    assert!(xml.contains("<autoFilter ref=\"A1:"), "{path:?}: a filter");
    let cols = xml.matches("<col ").count();
    assert!(
        cols >= 1 && xml.contains("customWidth=\"1\""),
        "{path:?}: widths"
    );
    assert!(columns > 0);
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Every export and report of the fixture, as (name, CSV arguments): each is also written with
/// `--format xlsx --out NAME.xlsx`.
fn commands() -> Vec<(String, Vec<&'static str>)> {
    let mut v: Vec<(String, Vec<&str>)> = Vec::new();
    for t in TABLES {
        v.push((format!("export-{t}"), vec!["export", t]));
        v.push((
            format!("export-{t}-deid"),
            vec!["export", t, "--deidentify"],
        ));
    }
    v.push(("export-simfoni".into(), vec!["export", "simfoni"]));
    v.push((
        "export-simfoni-deid".into(),
        vec!["export", "simfoni", "--deidentify", "--period", "2026-03"],
    ));
    for r in [
        vec!["report", "case", "PPA/2026/0001"],
        vec!["report", "compliance"],
        vec!["report", "compliance", "--by", "staff"],
        vec!["report", "overdue"],
        vec!["report", "due"],
        vec!["report", "workload"],
        vec!["report", "referrals"],
        vec!["report", "summary", "--period", "2026-03"],
    ] {
        v.push((r[..2].join("-") + &r.len().to_string(), r));
    }
    v
}

/// Writes each command as CSV (stdout) and as a workbook in `dir`: (name, CSV, workbook).
fn both(reg: &Reg, dir: &Path) -> Vec<(String, String, PathBuf)> {
    commands()
        .into_iter()
        .map(|(name, args)| {
            let csv = if args[0] == "report" {
                reg.ok(&[args.as_slice(), &["--format", "csv"]].concat())
            } else {
                reg.ok(&args)
            };
            let out = dir.join(format!("{name}.xlsx"));
            let o = out.to_str().unwrap();
            let printed = reg.ok(&[args.as_slice(), &["--format", "xlsx", "--out", o]].concat());
            assert_eq!(printed, "", "{name}: nothing on stdout");
            (name, csv, out)
        })
        .collect()
}

// ------------------------------------------------------------------ the tests

#[test]
fn every_export_and_report_as_a_workbook_is_its_csv_cell_by_cell() {
    let reg = register();
    let dir = tempfile::tempdir().unwrap();
    for (name, csv, out) in both(&reg, dir.path()) {
        assert_eq!(mode(&out), 0o600, "{name}: private");
        let book = read_book(&out);
        if name.starts_with("export-simfoni") {
            assert_eq!(book.len(), 2, "{name}: the sheet and its codes");
            assert_eq!(book[0].0, "simfoni");
            let label = |k: &str| {
                SIMFONI
                    .iter()
                    .find(|c| c.0 == k)
                    .map(|c| c.1.to_string())
                    .unwrap_or_else(|| panic!("{k}"))
            };
            assert_sheet_is_csv(&name, &book[0].1, &csv, &label);
        } else if name.starts_with("export-") {
            assert_eq!(book.len(), 1, "{name}: one sheet");
            assert_sheet_is_csv(&name, &book[0].1, &csv, &same);
        } else {
            // A report: its sheet, then what it is of.
            assert_eq!(book.len(), 2, "{name}: the report and info");
            assert_eq!(book[1].0, "info", "{name}");
            assert_eq!(book[1].1[1][0], Data::String("report".into()), "{name}");
            assert_sheet_is_csv(&name, &book[0].1, &csv, &same);
        }
        assert!(book[0].1.len() > 1, "{name}: has rows to compare");
        assert_laid_out(&out, 1, book[0].1[0].len());
    }
}

#[test]
fn identifiers_are_text_and_times_are_excel_date_times() {
    let reg = register();
    let out = |n: &str| reg.dir.path().join(n);
    let cell = |book: &[(String, Vec<Vec<Data>>)], key: &str, row: usize| -> Data {
        let rows = &book[0].1;
        let c = rows[0]
            .iter()
            .position(|h| h == &Data::String(key.into()))
            .unwrap_or_else(|| panic!("{key}"));
        rows[row][c].clone()
    };
    reg.ok(&["export", "persons", "--format", "xlsx", "--out", "p.xlsx"]);
    let persons = read_book(out("p.xlsx"));
    assert_eq!(
        cell(&persons, "nik", 1),
        Data::String("3171234567890123".into())
    );
    assert_eq!(
        cell(&persons, "phone", 1),
        Data::String("081234567801".into())
    );
    assert_eq!(
        cell(&persons, "case_number", 1),
        Data::String("PPA/2026/0001".into())
    );
    assert_eq!(cell(&persons, "age", 1), Data::Float(31.0));
    let birth = cell(&persons, "birth_date", 1);
    assert_eq!(
        birth.as_datetime().map(|d| d.to_string()),
        Some("1994-05-01 00:00:00".into()),
        "{birth:?}"
    );
    reg.ok(&["export", "cases", "--format", "xlsx", "--out", "c.xlsx"]);
    let cases = read_book(out("c.xlsx"));
    // A formula typed as text stays text, unguarded; a number-like reference stays text.
    assert_eq!(
        cell(&cases, "chronology", 1),
        Data::String("=SUM(A1:A9) Korban dipukul di rumah".into())
    );
    assert_eq!(
        cell(&cases, "external_ref", 1),
        Data::String("0012345".into())
    );
    let reported = cell(&cases, "reported_at", 1);
    assert_eq!(
        reported.as_datetime().map(|d| d.to_string()),
        Some("2026-03-02 08:00:00".into()),
        "office time, not UTC"
    );
    assert_eq!(cell(&cases, "is_child", 2), Data::Bool(true));
    let xml = part(out("c.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(!xml.contains("<f>"), "no formula anywhere");
    reg.ok(&["export", "referrals", "--format", "xlsx", "--out", "r.xlsx"]);
    let referrals = read_book(out("r.xlsx"));
    assert_eq!(cell(&referrals, "referral_id", 1), Data::String("1".into()));
    // The long note on two lines is wrapped; its column is capped.
    reg.ok(&["export", "steps", "--format", "xlsx", "--out", "s.xlsx"]);
    let styles = part(out("s.xlsx"), "xl/styles.xml");
    assert!(styles.contains(r#"wrapText="1""#), "a wrapped format");
    let sheet = part(out("s.xlsx"), "xl/worksheets/sheet1.xml");
    let widths: Vec<f64> = sheet
        .split("width=\"")
        .skip(1)
        .map(|w| w.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(
        !widths.is_empty() && widths.iter().all(|w| *w <= 61.0),
        "{widths:?}"
    );
    let steps = read_book(out("s.xlsx"));
    let note = cell(&steps, "note", 2);
    assert!(
        matches!(&note, Data::String(s) if s.contains("\nbaris kedua")),
        "{note:?}"
    );
}

#[test]
fn the_simfoni_workbook_lists_the_codes_its_labels_stand_for() {
    let reg = register();
    reg.ok(&[
        "export",
        "simfoni",
        "--format",
        "xlsx",
        "--out",
        "simfoni.xlsx",
    ]);
    let book = read_book(reg.dir.path().join("simfoni.xlsx"));
    assert_eq!(book[1].0, "kode");
    let codes: Vec<Vec<String>> = book[1]
        .1
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(codes[0], ["Kolom", "Kode", "Label"]);
    for want in [
        ["Sumber pengaduan", "datang-langsung", "Datang langsung"],
        ["Sumber pengaduan", "telepon", "Telepon / hotline"],
        ["Jenis kelamin korban", "P", "Perempuan"],
        ["Jenis kekerasan", "fisik", "Fisik"],
        ["Tempat kejadian", "sekolah", "Sekolah"],
        ["Hubungan pelaku dengan korban", "tetangga", "Tetangga"],
        ["Jenis kelamin pelaku", "L", "Laki-laki"],
        ["Layanan yang diberikan", "kesehatan", "Kesehatan"],
        ["Kedaruratan", "darurat", "Darurat"],
        ["Tingkat risiko", "tinggi", "Tinggi"],
    ] {
        assert!(
            codes.contains(&want.map(String::from).to_vec()),
            "{want:?} in {codes:?}"
        );
    }
    // Each once, and only codes used: no one was referred by letter.
    let n = codes.len();
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), n);
    assert!(!codes.iter().any(|r| r[1] == "surat"));
    // The dates of the sheet are Excel dates.
    let incident = &book[0].1[1][2];
    assert_eq!(
        incident.as_datetime().map(|d| d.date().to_string()),
        Some("2026-02-27".into()),
        "{incident:?}"
    );
}

#[test]
fn the_monthly_workbook_holds_summary_and_compliance() {
    let reg = register();
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "2026-03",
        "--out",
        "bulan.xlsx",
    ]);
    let path = reg.dir.path().join("bulan.xlsx");
    assert_eq!(mode(&path), 0o600);
    let book = read_book(&path);
    let names: Vec<&str> = book.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(names, ["summary", "compliance", "info"]);
    let info: Vec<(String, String)> = book[2].1[1..]
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert_eq!(
        info,
        [
            ("report", "monthly"),
            ("from", "2026-03-01T00:00:00+07:00"),
            ("to", "2026-04-01T00:00:00+07:00"),
            ("basis", "working"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let core = part(&path, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>kasus report monthly, 2026-03-01 – 2026-04-01</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:subject>kasus: case register"), "{core}");
    let summary = reg.ok(&[
        "report", "summary", "--period", "2026-03", "--format", "csv",
    ]);
    let compliance = reg.ok(&[
        "report",
        "compliance",
        "--period",
        "2026-03",
        "--format",
        "csv",
    ]);
    assert_sheet_is_csv("summary", &book[0].1, &summary, &same);
    assert_sheet_is_csv("compliance", &book[1].1, &compliance, &same);
    assert!(book[1].1.len() > 1, "steps were finished in March");
    assert_laid_out(&path, 1, book[0].1[0].len());
    assert_laid_out(&path, 2, book[1].1[0].len());
    // Of one SOP, as the reports of one SOP.
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "2026-03",
        "--sop",
        "tangerang-713-2025",
        "--out",
        "t.xlsx",
    ]);
    let book = read_book(reg.dir.path().join("t.xlsx"));
    let compliance = reg.ok(&[
        "report",
        "compliance",
        "--period",
        "2026-03",
        "--sop",
        "tangerang-713-2025",
        "--format",
        "csv",
    ]);
    assert_sheet_is_csv("compliance of one SOP", &book[1].1, &compliance, &same);
}

#[test]
fn a_workbook_needs_out_named_xlsx_and_nothing_is_written_otherwise() {
    let reg = register();
    let words = ["--out FILE.xlsx"];
    reg.refused_saying(&["export", "cases", "--format", "xlsx"], 2, &words);
    reg.refused_saying(&["report", "summary", "--format", "xlsx"], 2, &words);
    reg.refused_saying(
        &["export", "cases", "--format", "xlsx", "--out", "cases.csv"],
        2,
        &["named .xlsx"],
    );
    reg.refused_saying(
        &["report", "overdue", "--format", "xlsx", "--out", "o.csv"],
        2,
        &["named .xlsx"],
    );
    reg.refused_saying(
        &["export", "cases", "--out", "cases.xlsx"],
        2,
        &["--format xlsx"],
    );
    reg.refused_saying(
        &["report", "due", "--format", "csv", "--out", "due.xlsx"],
        2,
        &["--format xlsx"],
    );
    reg.refused_saying(
        &["report", "monthly", "--period", "2026-03", "--out", "m.csv"],
        2,
        &[".xlsx"],
    );
    // Lists keep their four formats, and say where a workbook is.
    reg.refused_saying(
        &["case", "list", "--format", "xlsx", "--out", "l.xlsx"],
        2,
        &["kasus export cases --format xlsx"],
    );
    // Format names are lowercase (`CSV` is refused too): where xlsx is a format, `XLSX` gets
    // a hint to write it so, not the lists' hint.
    for args in [
        ["export", "cases", "--format", "XLSX", "--out", "c.xlsx"].as_slice(),
        ["report", "summary", "--format", "Xlsx", "--out", "s.xlsx"].as_slice(),
        [
            "intake",
            "--template",
            "--format",
            "XLSX",
            "--out",
            "t.xlsx",
        ]
        .as_slice(),
    ] {
        let err = reg.refused_saying(args, 2, &["small letters: --format xlsx"]);
        assert!(!err.contains("lists print"), "{err}");
    }
    let err = reg.refused(&["export", "cases", "--format", "CSV"], 2);
    assert!(!err.contains("hint:"), "{err}");
    let left: Vec<String> = std::fs::read_dir(reg.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("register.db"))
        .collect();
    assert!(left.is_empty(), "nothing written: {left:?}");
    // The register itself is never the output, in any format. (Its file: SQLite's; a register
    // on PostgreSQL is a database no path names, output_guard.rs tests the guard on both.)
    if reg.engine() == common::Engine::Sqlite {
        let db = reg.path.with_extension("xlsx");
        std::fs::hard_link(&reg.path, &db).unwrap();
        reg.refused(
            &[
                "export",
                "cases",
                "--format",
                "xlsx",
                "--out",
                db.to_str().unwrap(),
            ],
            4,
        );
    }
    // A folder that does not exist is named, not a temporary file.
    for args in [
        ["export", "cases"].as_slice(),
        ["report", "summary"].as_slice(),
    ] {
        let o = reg.run(&[args, &["--format", "xlsx", "--out", "nofolder/x.xlsx"]].concat());
        assert_eq!(o.code, 1, "{o:?}");
        assert!(
            o.stderr.contains("the folder nofolder does not exist"),
            "{o:?}"
        );
    }
    // A refused export leaves an existing workbook as it was.
    std::fs::write(reg.dir.path().join("old.xlsx"), b"old").unwrap();
    reg.refused(
        &[
            "export",
            "cases",
            "--format",
            "xlsx",
            "--out",
            "old.xlsx",
            "--since",
            "yesterday-ish",
        ],
        3,
    );
    assert_eq!(
        std::fs::read(reg.dir.path().join("old.xlsx")).unwrap(),
        b"old"
    );
}

// ------------------------------------------------------------------ LibreOffice

/// A cell of LibreOffice's CSV (cells as shown) against kasus's CSV.
fn lo_matches(lo: &str, csv: &str) -> bool {
    if guarded(lo) == csv {
        return true;
    }
    let is_stamp = csv.len() == 25 && csv.as_bytes()[10] == b'T';
    if is_stamp {
        return lo == csv[..19].replace('T', " ");
    }
    if csv == "true" || csv == "false" {
        return lo.eq_ignore_ascii_case(csv);
    }
    if let Some(pct) = lo.strip_suffix('%') {
        return csv
            .parse::<f64>()
            .is_ok_and(|x| pct.parse::<f64>() == Ok((x * 100.0).round()));
    }
    matches!((lo.parse::<f64>(), csv.parse::<f64>()), (Ok(a), Ok(b)) if (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

#[test]
fn libreoffice_reads_every_workbook_as_kasus_writes_its_csv() {
    let Some(soffice) = libreoffice() else {
        return;
    };
    let reg = register();
    let dir = tempfile::tempdir().unwrap();
    let written = both(&reg, dir.path());
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "2026-03",
        "--out",
        "bulan.xlsx",
    ]);
    let converted = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = written.iter().map(|w| w.2.clone()).collect();
    files.push(reg.dir.path().join("bulan.xlsx"));
    // UTF-8, every sheet to FILE-SHEET.csv.
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    convert(&soffice, filter, converted.path(), &files);
    let read = |stem: &str, sheet: &str| {
        let p = converted.path().join(format!("{stem}-{sheet}.csv"));
        read_csv(&std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}")))
    };
    let mut checked = 0;
    let mut compare =
        |what: &str, lo: Vec<Vec<String>>, csv: &str, header: &dyn Fn(&str) -> String| {
            let csv = read_csv(csv);
            assert_eq!(lo.len(), csv.len(), "{what}: rows");
            for (r, (a, b)) in lo.iter().zip(&csv).enumerate() {
                assert_eq!(a.len(), b.len(), "{what}: columns of row {r}");
                for (c, (x, y)) in a.iter().zip(b).enumerate() {
                    if r == 0 {
                        assert_eq!(x, &header(y), "{what}: header {c}");
                    } else {
                        assert!(
                            lo_matches(x, y),
                            "{what}: row {r} column {}: LibreOffice {x:?}, kasus {y:?}",
                            c + 1
                        );
                        checked += 1;
                    }
                }
            }
        };
    for (name, csv, path) in &written {
        let stem = path.file_stem().unwrap().to_str().unwrap();
        let book = read_book(path);
        if name.starts_with("export-simfoni") {
            let label = |k: &str| SIMFONI.iter().find(|c| c.0 == k).unwrap().1.to_string();
            compare(name, read(stem, "simfoni"), csv, &label);
            assert_eq!(read(stem, "kode").len(), book[1].1.len(), "{name}: codes");
        } else {
            compare(name, read(stem, &book[0].0), csv, &same);
        }
    }
    let summary = reg.ok(&[
        "report", "summary", "--period", "2026-03", "--format", "csv",
    ]);
    let compliance = reg.ok(&[
        "report",
        "compliance",
        "--period",
        "2026-03",
        "--format",
        "csv",
    ]);
    compare("monthly summary", read("bulan", "summary"), &summary, &same);
    compare(
        "monthly compliance",
        read("bulan", "compliance"),
        &compliance,
        &same,
    );
    assert!(checked > 500, "{checked} cells compared");
}

/// Every sheet prints landscape, one page wide, its header repeated, a page number in the
/// footer; a row of wrapped lines is tall enough to show them; booleans show words; identifier
/// columns are formatted as text, with Excel's number-stored-as-text warning off.
#[test]
fn sheets_print_and_show_their_cells_whole() {
    let reg = register();
    let dir = reg.dir.path();
    reg.ok(&["export", "steps", "--format", "xlsx", "--out", "s.xlsx"]);
    reg.ok(&["export", "persons", "--format", "xlsx", "--out", "p.xlsx"]);
    reg.ok(&["export", "cases", "--format", "xlsx", "--out", "c.xlsx"]);
    for f in ["s.xlsx", "p.xlsx", "c.xlsx"] {
        let path = dir.join(f);
        let xml = part(&path, "xl/worksheets/sheet1.xml");
        assert!(xml.contains(r#"orientation="landscape""#), "{f}: {xml}");
        assert!(xml.contains(r#"fitToHeight="0""#), "{f}: one page wide");
        assert!(
            xml.contains("<fitToPage/>") || xml.contains("fitToPage=\"1\""),
            "{f}"
        );
        assert!(xml.contains("&amp;P / &amp;N"), "{f}: page numbers");
        let book = part(&path, "xl/workbook.xml");
        assert!(book.contains("_xlnm.Print_Titles"), "{f}: header repeated");
        assert!(book.contains("$1:$1"), "{f}: {book}");
    }
    // The long note on two lines: its row is made taller than one line.
    let steps = part(dir.join("s.xlsx"), "xl/worksheets/sheet1.xml");
    let tall = steps
        .split("<row ")
        .filter(|r| r.contains("customHeight=\"1\""))
        .count();
    assert_eq!(tall, 1, "one row of wrapped text: {steps}");
    assert!(
        steps.contains(r#"ht="45""#) || steps.contains(r#"ht="60""#),
        "{steps}"
    );
    // Booleans (cases' is_child) show TRUE/FALSE even where a viewer shows 1/0.
    let styles = part(dir.join("c.xlsx"), "xl/styles.xml");
    assert!(
        styles.contains("&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;"),
        "{styles}"
    );
    assert!(
        styles.contains(r#"numFmtId="49""#),
        "text format @: {styles}"
    );
    // Identifier columns: NIK and phone text with the warning off for their columns.
    let persons = part(dir.join("p.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(persons.contains("<ignoredErrors>"), "{persons}");
    assert!(persons.contains("numberStoredAsText=\"1\""), "{persons}");
    let book = read_book(dir.join("p.xlsx"));
    let nik = book[0].1[0]
        .iter()
        .position(|h| h == &Data::String("nik".into()))
        .unwrap();
    assert!(book[0].1[1..]
        .iter()
        .any(|r| r[nik] == Data::String("3171234567890123".into())));
}

/// `--out -` and `--out .xlsx` are refused with what to do; the reports about now refuse a period.
#[test]
fn workbook_names_and_reports_about_now_are_refused_saying_why() {
    let reg = register();
    reg.refused_saying(
        &["export", "cases", "--format", "xlsx", "--out", "-"],
        2,
        &["never written to standard output"],
    );
    reg.refused_saying(
        &["report", "summary", "--format", "xlsx", "--out", ".xlsx"],
        2,
        &["give the workbook a name before .xlsx"],
    );
    for (r, hint) in [
        ("overdue", "--at"),
        ("due", "--at"),
        // workload has no --at: it points at the report of a period.
        ("workload", "kasus report summary --period"),
    ] {
        reg.refused_saying(
            &["report", r, "--period", "2026-03"],
            2,
            &["--period", hint],
        );
        reg.refused_saying(
            &["report", r, "--from", "2026-03-01"],
            2,
            &["--from", "about now"],
        );
        reg.refused_saying(&["report", r, "--to", "2026-03-01"], 2, &["--to"]);
    }
    std::fs::create_dir(reg.dir.path().join("dir.xlsx")).unwrap();
    reg.refused_saying(
        &["export", "cases", "--format", "xlsx", "--out", "dir.xlsx"],
        3,
        &["is a folder"],
    );
}

/// `export --columns` in every format (simfoni by its column keys); an unknown key is refused as
/// the reports refuse it, exit 2.
#[test]
fn exports_take_columns_in_every_format() {
    let reg = register();
    let csv = reg.ok(&["export", "cases", "--columns", "status,case_number"]);
    assert!(csv.starts_with("status,case_number\n"), "{csv}");
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains("open,PPA/2026/0001"), "{csv}");
    let nd = reg.ok(&[
        "export",
        "persons",
        "--format",
        "ndjson",
        "--columns",
        "nik",
    ]);
    let first: serde_json::Value = serde_json::from_str(nd.lines().next().unwrap()).unwrap();
    assert_eq!(first.as_object().unwrap().len(), 1, "{first}");
    let json = reg.ok(&[
        "export",
        "steps",
        "--format",
        "json",
        "--columns",
        "step_number",
    ]);
    assert!(!json.contains("started_at"), "{json}");
    let simfoni = reg.ok(&["export", "simfoni", "--columns", "case_number,child"]);
    assert!(simfoni.starts_with("case_number,child\n"), "{simfoni}");
    reg.ok(&[
        "export",
        "simfoni",
        "--columns",
        "case_number,child",
        "--format",
        "xlsx",
        "--out",
        "s.xlsx",
    ]);
    let book = read_book(reg.dir.path().join("s.xlsx"));
    let label = |k: &str| SIMFONI.iter().find(|c| c.0 == k).unwrap().1.to_string();
    assert_sheet_is_csv("simfoni --columns", &book[0].1, &simfoni, &label);
    reg.ok(&[
        "export",
        "cases",
        "--columns",
        "status,case_number",
        "--format",
        "xlsx",
        "--out",
        "c.xlsx",
    ]);
    let book = read_book(reg.dir.path().join("c.xlsx"));
    assert_sheet_is_csv("cases --columns", &book[0].1, &csv, &same);
    reg.refused_saying(
        &["export", "cases", "--columns", "case_number,nomor"],
        2,
        &["--columns: 'nomor' is not one of the columns of cases: case_uuid, case_number"],
    );
    let o = reg.run(&["export", "persons", "--columns", "3171234567890123"]);
    assert_eq!(o.code, 2, "{o:?}");
    assert!(
        !o.stderr.contains("3171234567890123"),
        "never echoed: {o:?}"
    );
}

/// `report monthly --format html|xlsx`: the extension must agree.
#[test]
fn the_monthly_report_takes_format_html_or_xlsx() {
    let reg = register();
    reg.ok(&[
        "report", "monthly", "--period", "2026-03", "--format", "xlsx", "--out", "m.xlsx",
    ]);
    assert_eq!(read_book(reg.dir.path().join("m.xlsx"))[0].0, "summary");
    reg.ok(&[
        "report", "monthly", "--period", "2026-03", "--format", "html", "--out", "m.html",
    ]);
    let html = std::fs::read_to_string(reg.dir.path().join("m.html")).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") || html.contains("<html"),
        "a page"
    );
    reg.refused_saying(
        &[
            "report", "monthly", "--period", "2026-03", "--format", "xlsx", "--out", "m2.html",
        ],
        2,
        &["named .xlsx"],
    );
    reg.refused_saying(
        &[
            "report", "monthly", "--period", "2026-03", "--format", "xlsx",
        ],
        2,
        &["--out FILE.xlsx"],
    );
    reg.refused_saying(
        &[
            "report", "monthly", "--period", "2026-03", "--format", "html", "--out", "m2.xlsx",
        ],
        2,
        &["--format xlsx"],
    );
    assert!(!reg.dir.path().join("m2.html").exists());
    assert!(!reg.dir.path().join("m2.xlsx").exists());
}

/// A report's `info` sheet is in the chosen language's labels, its values as JSON has them.
#[test]
fn a_report_workbook_says_what_it_is_of_in_the_chosen_language() {
    let reg = register();
    reg.ok(&[
        "--lang",
        "id",
        "report",
        "compliance",
        "--period",
        "2026-03",
        "--sop",
        "batam-34-2020",
        "--format",
        "xlsx",
        "--out",
        "k.xlsx",
    ]);
    let path = reg.dir.path().join("k.xlsx");
    let book = read_book(&path);
    assert_eq!(book[1].0, "info");
    let rows: Vec<Vec<String>> = book[1]
        .1
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0], ["isian", "nilai"]);
    let json: serde_json::Value = serde_json::from_str(&reg.ok(&[
        "report",
        "compliance",
        "--period",
        "2026-03",
        "--sop",
        "batam-34-2020",
        "--format",
        "json",
    ]))
    .unwrap();
    let want = [
        ("laporan", "report"),
        ("dari", "from"),
        ("sampai", "to"),
        ("dasar", "basis"),
        ("sop", "sop"),
    ];
    assert_eq!(rows.len(), want.len() + 1, "{rows:?}");
    for (row, (label, key)) in rows[1..].iter().zip(want) {
        assert_eq!(row[0], label);
        assert_eq!(Some(row[1].as_str()), json[key].as_str(), "{key}");
    }
    let core = part(&path, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>kasus report compliance, 2026-03-01 – 2026-04-01</dc:title>"),
        "{core}"
    );
    assert!(core.contains("register kasus UPTD PPA"), "{core}");
}

/// The Simfoni sheet's words: the status and Anak capitalised in Indonesian as its labels; one
/// perpetrator's age a number, in JSON and in the workbook, as the victim's age.
#[test]
fn the_simfoni_sheet_says_status_and_child_in_its_words_and_one_age_is_a_number() {
    let reg = register();
    let json: serde_json::Value =
        serde_json::from_str(&reg.ok(&["export", "simfoni", "--format", "json"])).unwrap();
    let first = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["case_number"] == "PPA/2026/0001")
        .unwrap();
    assert_eq!(first["perpetrator_ages"], serde_json::json!(40));
    assert_eq!(first["status"], "Terbuka");
    assert_eq!(first["child"], "Tidak");
    reg.ok(&[
        "export",
        "simfoni",
        "--columns",
        "case_number,perpetrator_ages,child,status",
        "--format",
        "xlsx",
        "--out",
        "s.xlsx",
    ]);
    let book = read_book(reg.dir.path().join("s.xlsx"));
    let row = book[0].1[1..]
        .iter()
        .find(|r| r[0] == Data::String("PPA/2026/0001".into()))
        .unwrap();
    assert_eq!(row[1], Data::Float(40.0));
    assert_eq!(row[2], Data::String("Tidak".into()));
    assert_eq!(row[3], Data::String("Terbuka".into()));
}
