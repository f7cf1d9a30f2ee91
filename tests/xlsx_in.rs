//! Workbooks in: `intake --from FILE.xlsx [--sheet NAME]` and `step import FILE.xlsx` read a
//! sheet through the same checks as CSV; bad rows are named by cell (`Sheet1!C2`), never by what
//! they hold; the rejects of a workbook are a workbook; `intake --template --format xlsx` writes
//! the empty workbook to start from. The workbooks are written here with rust_xlsxwriter, as
//! Excel would save them: text cells, real dates and date-times, numbers. All data is synthetic.

mod common;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::workbook::{convert, libreoffice, part, read_sheet};
use common::{register, Reg};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::os::unix::fs::PermissionsExt;

/// A cell as a test writes it.
#[derive(Clone, Copy)]
enum V<'a> {
    /// A text cell.
    S(&'a str),
    /// A number cell.
    N(f64),
    /// A date cell (yyyy-mm-dd).
    D(u16, u8, u8),
    /// A date-time cell (yyyy-mm-dd hh:mm).
    T(u16, u8, u8, u16, u8),
    /// A number formatted as a date (Excel's serial: 0 is "1900-01-00").
    Z(f64),
}
use V::*;

/// A sheet: its name, its header and its rows (cells by column name; the rest blank).
struct Sheet<'a> {
    name: &'a str,
    header: Vec<String>,
    rows: Vec<Vec<(&'a str, V<'a>)>>,
    /// Rows below the data that hold only formatting (Excel keeps such rows).
    blank_rows: u32,
}

fn sheet<'a>(name: &'a str, header: &[&str], rows: Vec<Vec<(&'a str, V<'a>)>>) -> Sheet<'a> {
    Sheet {
        name,
        header: header.iter().map(|h| h.to_string()).collect(),
        rows,
        blank_rows: 0,
    }
}

/// "Sheet1" holding `rows`, its header the columns of the first row.
fn sheet1<'a>(rows: Vec<Vec<(&'a str, V<'a>)>>) -> Sheet<'a> {
    let header: Vec<&str> = rows[0].iter().map(|(column, _)| *column).collect();
    sheet("Sheet1", &header, rows)
}

/// A case telephoned in on the Batam SOP with physical violence, as the cells of a row: the
/// victim's NIK, name and sex, then `age` (victim_age or victim_birth_date) and one more column.
fn phoned<'a>(
    nik: V<'a>,
    name: &'a str,
    sex: &'a str,
    age: (&'a str, V<'a>),
    last: (&'a str, V<'a>),
) -> Vec<(&'a str, V<'a>)> {
    vec![
        ("sop", S("batam-34-2020")),
        ("channel", S("telepon")),
        ("victim_nik", nik),
        ("victim_name", S(name)),
        ("victim_sex", S(sex)),
        age,
        ("violence", S("fisik")),
        last,
    ]
}

/// Writes the sheets as a workbook in the register's folder; returns its path.
fn workbook(reg: &Reg, file: &str, sheets: &[Sheet]) -> String {
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(s.name).unwrap();
        for (c, h) in s.header.iter().enumerate() {
            ws.write_string(0, c as u16, h).unwrap();
        }
        for (r, row) in s.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (name, v) in row {
                let c = s.header.iter().position(|h| h == name).expect(name) as u16;
                match *v {
                    S(t) => ws.write_string(r, c, t).map(|_| ()),
                    N(x) => ws.write_number(r, c, x).map(|_| ()),
                    Z(x) => ws.write_number_with_format(r, c, x, &date).map(|_| ()),
                    D(y, m, d) => ws
                        .write_datetime_with_format(
                            r,
                            c,
                            ExcelDateTime::from_ymd(y, m, d).unwrap(),
                            &date,
                        )
                        .map(|_| ()),
                    T(y, m, d, h, mi) => ws
                        .write_datetime_with_format(
                            r,
                            c,
                            ExcelDateTime::from_ymd(y, m, d)
                                .unwrap()
                                .and_hms(h, mi, 0)
                                .unwrap(),
                            &time,
                        )
                        .map(|_| ()),
                }
                .unwrap();
            }
        }
        let after = s.rows.len() as u32 + 1;
        for r in after..after + s.blank_rows {
            for c in 0..s.header.len() as u16 {
                ws.write_blank(r, c, &date).unwrap();
            }
        }
    }
    let path = reg.dir.path().join(file);
    wb.save(&path).unwrap();
    path.display().to_string()
}

fn write(reg: &Reg, name: &str, text: &str) -> String {
    let p = reg.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// An export as CSV without its UUID columns (random per register): equal exports mean the
/// same cases and people, field by field.
fn export(reg: &Reg, table: &str) -> Vec<Vec<String>> {
    let text = reg.ok(&["export", table, "--format", "csv"]);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let keep: Vec<usize> = (0..rows[0].len())
        .filter(|&i| !rows[0][i].ends_with("_uuid"))
        .collect();
    rows.iter()
        .map(|r| keep.iter().map(|&i| r[i].clone()).collect())
        .collect()
}

/// Three synthetic cases as Excel holds them: text where text goes (the NIK and phone numbers
/// typed in text columns), real dates and date-times, numbers for ages; one report time and
/// one birth date typed as text, day first.
fn three_cases<'a>() -> Vec<Vec<(&'a str, V<'a>)>> {
    vec![
        vec![
            ("sop", S("batam-34-2020")),
            ("reported_at", T(2026, 1, 5, 9, 0)),
            ("channel", S("datang-langsung")),
            ("victim_name", S("Siti Contoh")),
            ("victim_nik", S("3171000000000001")),
            ("victim_sex", S("P")),
            ("victim_birth_date", D(1994, 5, 1)),
            ("victim_phone", S("0812000001")),
            ("perpetrator_name", S("Budi Contoh")),
            ("perpetrator_sex", S("L")),
            ("perpetrator_age", N(35.0)),
            ("perpetrator_relation", S("suami-istri")),
            ("violence", S("fisik,psikis")),
            ("place", S("rumah-tangga")),
            ("incident_date", D(2026, 1, 4)),
            ("external_ref", S("XL-1")),
        ],
        vec![
            ("sop", S("babel-18-2024")),
            ("reported_at", S("06-01-2026 10:30")),
            ("channel", S("telepon")),
            ("victim_name", S("Putri Contoh")),
            ("victim_sex", S("P")),
            ("victim_birth_date", S("10/02/2015")),
            ("complainant_name", S("Ani Contoh")),
            ("complainant_phone", S("0812000002")),
            ("complainant_relation", S("ibu")),
            ("perpetrator_name", S("Joko Contoh;Dedi Contoh")),
            ("perpetrator_sex", S("L;L")),
            ("perpetrator_age", S("40;")),
            ("perpetrator_relation", S("tetangga;lainnya")),
            ("violence", S("seksual")),
            ("place", S("fasilitas-umum")),
            ("urgency", S("darurat")),
            ("risk", S("tinggi")),
            ("external_ref", S("XL-2")),
        ],
        vec![
            ("sop", S("tangerang-357-2025")),
            ("reported_at", T(2026, 1, 7, 13, 15)),
            ("channel", S("rujukan")),
            ("victim_name", S("Rina Contoh")),
            ("victim_sex", S("P")),
            ("victim_age", N(27.0)),
            ("victim_disability", S("tuna rungu")),
            ("violence", S("psikis;penelantaran")),
            ("place", S("lainnya")),
            ("external_ref", S("XL-3")),
        ],
    ]
}

/// The same three cases as a CSV file holds them.
const THREE_CASES_CSV: &str = "\
sop,reported_at,channel,victim_name,victim_nik,victim_sex,victim_birth_date,victim_age,victim_phone,victim_disability,complainant_name,complainant_phone,complainant_relation,perpetrator_name,perpetrator_sex,perpetrator_age,perpetrator_relation,violence,place,incident_date,urgency,risk,external_ref
batam-34-2020,2026-01-05 09:00,datang-langsung,Siti Contoh,3171000000000001,P,1994-05-01,,0812000001,,,,,Budi Contoh,L,35,suami-istri,\"fisik,psikis\",rumah-tangga,2026-01-04,,,XL-1
babel-18-2024,06-01-2026 10:30,telepon,Putri Contoh,,P,10/02/2015,,,,Ani Contoh,0812000002,ibu,Joko Contoh;Dedi Contoh,L;L,40;,tetangga;lainnya,seksual,fasilitas-umum,,darurat,tinggi,XL-2
tangerang-357-2025,2026-01-07 13:15,rujukan,Rina Contoh,,P,,27,,tuna rungu,,,,,,,,psikis;penelantaran,lainnya,,,,XL-3
";

/// `intake --from FILE --skip-invalid --rejects REJECTS`, which must succeed: its stdout.
fn intake_keeping_rejects(reg: &Reg, file: &str, rejects: &str) -> String {
    reg.ok(&[
        "intake",
        "--from",
        file,
        "--skip-invalid",
        "--rejects",
        rejects,
    ])
}

#[test]
fn the_template_workbook_has_the_columns_drop_downs_and_text_columns_and_imports_once_filled() {
    let reg = register();
    let t = reg.dir.path().join("template.xlsx").display().to_string();
    reg.ok(&["intake", "--template", "--format", "xlsx", "--out", &t]);
    let mode = std::fs::metadata(&t).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let rows = read_sheet(&t, None);
    assert_eq!(rows.len(), 1, "only the header");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let csv_header = reg.ok(&["intake", "--template"]);
    assert_eq!(
        header.join(","),
        csv_header.trim_end(),
        "the CSV template's columns"
    );

    let xml = part(&t, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains(r#"ySplit="1""#) && xml.contains(r#"state="frozen""#),
        "{xml}"
    );
    // Drop-downs: each vocabulary list, down to Excel's last row.
    for list in [
        "\"datang-langsung,telepon,si-lacak-perak,rujukan,surat,online\"",
        "\"L,P\"",
        "\"fisik,psikis,seksual,eksploitasi,trafficking,penelantaran,lainnya\"",
        "\"biasa,darurat\"",
        "\"tinggi,sedang,rendah\"",
    ] {
        assert!(xml.contains(list), "no drop-down {list} in {xml}");
    }
    let col = |name: &str| {
        let i = header.iter().position(|h| h == name).unwrap();
        let mut s = String::new();
        let mut n = i + 1;
        while n > 0 {
            s.insert(0, (b'A' + ((n - 1) % 26) as u8) as char);
            n = (n - 1) / 26;
        }
        s
    };
    assert!(
        xml.contains(&format!(
            r#"sqref="{}2:{}1048576""#,
            col("channel"),
            col("channel")
        )),
        "{xml}"
    );
    // The NIK and phone columns are formatted as text ("@"): their style's number format.
    let styles = part(&t, "xl/styles.xml");
    let text_fmt = styles
        .split("<numFmt ")
        .find(|f| f.contains(r#"formatCode="@""#))
        .map(|f| f.split('"').nth(1).unwrap().to_string());
    // "@" is Excel's built-in format 49 when not declared.
    let text_id = text_fmt.unwrap_or_else(|| "49".into());
    let xfs: Vec<&str> = styles
        .split("<cellXfs")
        .nth(1)
        .unwrap()
        .split("<xf ")
        .skip(1)
        .collect();
    for name in [
        "victim_nik",
        "victim_phone",
        "complainant_phone",
        "external_ref",
    ] {
        let i = header.iter().position(|h| h == name).unwrap() + 1;
        let tag = format!(r#"<col min="{i}" max="{i}""#);
        let at = xml.find(&tag).unwrap_or_else(|| panic!("{name}: {xml}"));
        let style: usize = xml[at..]
            .split("style=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            xfs[style].contains(&format!(r#"numFmtId="{text_id}""#)),
            "{name} is not a text column: {}",
            xfs[style]
        );
    }

    // Filled (the same columns, in the template's order) and imported.
    let cols: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut filled = sheet("kasus", &cols, three_cases());
    filled.blank_rows = 5;
    let f = workbook(&reg, "filled.xlsx", &[filled]);
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("3 added"), "{out}");
    let c: serde_json::Value =
        serde_json::from_str(&reg.ok(&["case", "show", "PPA/2026/0001", "--format", "json"]))
            .unwrap();
    let text = c.to_string();
    // A date-time is office time (WIB here); a date is that day.
    assert!(text.contains("2026-01-05T09:00:00+07:00"), "{text}");
    assert!(text.contains("1994-05-01"), "{text}");
    assert!(text.contains("3171000000000001"), "{text}");
    assert!(text.contains("0812000001"), "{text}");
    // Importing the same workbook again adds nothing (external_ref).
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("0 added, 3 already registered"), "{out}");
}

#[test]
fn the_same_rows_as_csv_and_as_a_workbook_make_the_same_register() {
    let by_csv = register();
    let f = write(&by_csv, "cases.csv", THREE_CASES_CSV);
    assert!(by_csv.ok(&["intake", "--from", &f]).contains("3 added"));

    let by_xlsx = register();
    let header: Vec<&str> = THREE_CASES_CSV.lines().next().unwrap().split(',').collect();
    let f = workbook(
        &by_xlsx,
        "cases.xlsx",
        &[sheet("Sheet1", &header, three_cases())],
    );
    assert!(by_xlsx.ok(&["intake", "--from", &f]).contains("3 added"));

    for table in ["cases", "persons"] {
        let (a, b) = (export(&by_csv, table), export(&by_xlsx, table));
        assert!(a.len() >= 4, "{table}: {a:?}");
        assert_eq!(a, b, "{table}");
    }
    // A dry run of the workbook checks everything and writes nothing.
    let dry = register();
    let f = workbook(
        &dry,
        "cases.xlsx",
        &[sheet("Sheet1", &header, three_cases())],
    );
    let before = dry.state();
    let out = dry.ok(&["intake", "--from", &f, "--dry-run", "--json"]);
    assert!(
        out.contains("\"added\":3") || out.contains("\"added\": 3"),
        "{out}"
    );
    assert_eq!(before, dry.state());
}

#[test]
fn a_nik_or_phone_stored_as_a_number_is_refused_by_its_cell_and_never_shown() {
    let reg = register();
    let row = |nik, phone| {
        phoned(
            nik,
            "Siti Contoh",
            "P",
            ("victim_age", N(30.0)),
            ("victim_phone", phone),
        )
    };
    let rows = vec![
        row(N(3171000000000001.0), S("0812000001")),
        row(S("3171000000000002"), S("0812000002")),
        row(S("3171000000000003"), N(812000003.0)),
    ];
    let f = workbook(&reg, "nik.xlsx", &[sheet1(rows)]);
    let err = reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "Sheet1!C2 (victim_nik)",
            "format the column as Text",
            "Sheet1!H4 (victim_phone)",
            "leading 0",
            "2 bad rows",
            "nothing was added",
        ],
    );
    for digits in ["3171", "317100", "3.171", "812000003", "0812"] {
        assert!(!err.contains(digits), "{digits} echoed in:\n{err}");
    }
    assert!(!err.contains("line "), "cells, not lines: {err}");
    // In Indonesian too.
    let o = reg
        .cmd()
        .args(["--lang", "id", "intake", "--from", &f])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        err.contains("Sheet1!C2 (victim_nik)") && err.contains("Format Cells > Text"),
        "{err}"
    );
    assert!(!err.contains("3171"), "{err}");
}

#[test]
fn sheet_picks_the_sheet_and_an_unknown_one_names_those_there_are() {
    let reg = register();
    let header = [
        "sop",
        "channel",
        "victim_name",
        "victim_sex",
        "victim_age",
        "violence",
        "external_ref",
    ];
    let row = vec![
        ("sop", S("batam-34-2020")),
        ("channel", S("telepon")),
        ("victim_name", S("Siti Contoh")),
        ("victim_sex", S("P")),
        ("victim_age", N(30.0)),
        ("violence", S("fisik")),
        ("external_ref", S("SH-1")),
    ];
    let notes = sheet("Catatan", &["Diisi oleh Rina Contoh"], vec![]);
    let f = workbook(
        &reg,
        "two.xlsx",
        &[notes, sheet("Data kasus", &header, vec![row])],
    );
    // The first sheet is read unless --sheet says otherwise: here it has no header.
    let err = reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["Catatan, row 1", "not a header", "--sheet"],
    );
    assert!(!err.contains("Rina"), "{err}");
    let err = reg.refused_saying(
        &["intake", "--from", &f, "--sheet", "Data"],
        3,
        &["no sheet 'Data'", "'Catatan', 'Data kasus'"],
    );
    assert!(err.contains("did you mean 'Data kasus'"), "{err}");
    let out = reg.ok(&["intake", "--from", &f, "--sheet", "Data kasus"]);
    assert!(out.contains("1 added"), "{out}");
    // A sheet's name with a space is quoted in a cell reference, as Excel writes it.
    let bad = vec![vec![
        ("sop", S("batam-34-2020")),
        ("channel", S("telepon")),
        ("victim_name", S("Siti Contoh")),
        ("victim_sex", S("X")),
        ("victim_age", N(30.0)),
        ("violence", S("fisik")),
    ]];
    let f = workbook(&reg, "bad.xlsx", &[sheet("Data kasus", &header, bad)]);
    reg.refused_saying(
        &["intake", "--from", &f, "--sheet", "data kasus"],
        3,
        &["'Data kasus'!D2 (victim_sex)"],
    );
    // --sheet is for workbooks, --delimiter for CSV.
    let csv = write(&reg, "c.csv", "sop\n");
    reg.refused_saying(&["intake", "--from", &csv, "--sheet", "x"], 2, &["--sheet"]);
    reg.refused_saying(
        &["intake", "--from", &f, "--delimiter", "semicolon"],
        2,
        &["--delimiter is for CSV"],
    );
}

/// Every wrong cell of a row is named by its cell, each on a line of its own.
#[test]
fn every_wrong_cell_of_a_row_is_named_by_its_cell() {
    let reg = register();
    let rows = vec![
        phoned(
            S("317100000000000"),
            "Siti Contoh",
            "X",
            ("victim_birth_date", D(1990, 3, 4)),
            ("external_ref", S("RJ-9")),
        ),
        // A cell that cannot be read as its column's value (a NIK stored as a number, its last
        // digits lost) is told with the row's other faults, and a date cell holding 0 is no
        // missing birth date.
        phoned(
            N(3171000000000002.0),
            "Rina Contoh",
            "X",
            ("victim_birth_date", Z(0.0)),
            ("external_ref", S("RJ-10")),
        ),
    ];
    let f = workbook(&reg, "in.xlsx", &[sheet1(rows)]);
    let err = reg.refused(&["intake", "--from", &f], 3);
    for cell in [
        "Sheet1!C2 (victim_nik)",
        "Sheet1!E2 (victim_sex)",
        "Sheet1!C3 (victim_nik)",
        "Sheet1!E3 (victim_sex)",
        "Sheet1!F3 (victim_birth_date)",
    ] {
        assert!(err.lines().any(|l| l.contains(cell)), "{cell}: {err}");
    }
    assert!(!err.contains("missing required"), "{err}");
    assert!(err.contains("2 bad rows in"), "{err}");
}

#[test]
fn rejects_of_a_workbook_are_a_workbook_with_the_cells_as_they_were() {
    let reg = register();
    let row = |nik, sex, r| {
        phoned(
            nik,
            "Siti Contoh",
            sex,
            ("victim_birth_date", D(1990, 3, 4)),
            ("external_ref", S(r)),
        )
    };
    let rows = vec![
        row(S("3171000000000001"), "P", "RJ-1"),
        row(N(3171000000000002.0), "P", "RJ-2"),
        row(S("3171000000000003"), "X", "RJ-3"),
    ];
    let mut s = sheet1(rows);
    s.blank_rows = 3;
    let header = s.header.clone();
    let f = workbook(&reg, "in.xlsx", &[s]);
    let rejects = reg.dir.path().join("ditolak.xlsx").display().to_string();
    // A workbook's rejects are a workbook: named otherwise, refused before anything is read.
    let csv_rejects = reg.dir.path().join("ditolak.csv").display().to_string();
    reg.refused_saying(
        &[
            "intake",
            "--from",
            &f,
            "--skip-invalid",
            "--rejects",
            &csv_rejects,
        ],
        2,
        &["name the file .xlsx"],
    );
    let out = intake_keeping_rejects(&reg, &f, &rejects);
    assert!(
        out.contains("1 added") && out.contains("2 rejected"),
        "{out}"
    );
    let mode = std::fs::metadata(&rejects).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let back = read_sheet(&rejects, Some("Sheet1"));
    assert_eq!(back.len(), 3, "{back:?}");
    let head: Vec<String> = back[0].iter().map(|c| c.to_string()).collect();
    let mut want = vec!["line".to_string(), "reason".to_string()];
    want.extend(header);
    assert_eq!(head, want);
    assert_eq!(back[1][0], Data::Float(3.0), "the row in the input");
    let reason = back[1][1].to_string();
    assert!(reason.contains("Sheet1!C3 (victim_nik)"), "{reason}");
    assert_eq!(back[1][2], Data::String("batam-34-2020".into()));
    assert_eq!(
        back[1][4],
        Data::Float(3171000000000002.0),
        "a number, as it was"
    );
    assert!(
        matches!(back[1][7], Data::DateTime(d) if d.as_datetime().unwrap().to_string() == "1990-03-04 00:00:00"),
        "a date, as it was: {:?}",
        back[1][7]
    );
    assert_eq!(back[2][0], Data::Float(4.0));
    assert!(back[2][1].to_string().contains("Sheet1!E4 (victim_sex)"));

    assert_eq!(back[2][4], Data::String("3171000000000003".into()));
    // The rejects workbook imports as it is: its own line and reason columns are passed over,
    // and its rows are named by their cells there.
    reg.refused_saying(
        &["intake", "--from", &rejects],
        3,
        &[
            "Sheet1!E2 (victim_nik)",
            "Sheet1!G3 (victim_sex)",
            "2 bad rows",
        ],
    );
}

#[test]
fn a_file_named_xlsx_that_is_not_a_workbook_is_refused_clearly() {
    let reg = register();
    let f = write(&reg, "cases.xlsx", THREE_CASES_CSV);
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["cannot be read as an Excel workbook", "not a zip container"],
    );
    // A workbook cut short (a copy that broke off).
    let good = workbook(&reg, "whole.xlsx", &[sheet("Sheet1", &["sop"], vec![])]);
    let bytes = std::fs::read(&good).unwrap();
    let cut = write(&reg, "cut.xlsx", "");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    reg.refused_saying(
        &["step", "import", &cut],
        3,
        &["cannot be read as an Excel workbook"],
    );
    // A workbook named otherwise is still read as one (its first bytes tell).
    let header: Vec<&str> = THREE_CASES_CSV.lines().next().unwrap().split(',').collect();
    let wb = workbook(
        &reg,
        "cases.dat",
        &[sheet("Sheet1", &header, three_cases())],
    );
    assert!(reg.ok(&["intake", "--from", &wb]).contains("3 added"));
}

#[test]
fn step_import_reads_a_workbook_with_real_date_times() {
    let reg = register();
    let f = write(&reg, "c.csv", THREE_CASES_CSV);
    reg.ok(&["intake", "--from", &f]);
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh"]);
    let header = [
        "case",
        "external_ref",
        "step",
        "started_at",
        "finished_at",
        "performer",
        "output",
    ];
    let rows = vec![
        vec![
            ("case", S("PPA/2026/0001")),
            ("step", N(1.0)),
            ("started_at", T(2026, 1, 5, 9, 5)),
            ("finished_at", T(2026, 1, 5, 9, 10)),
            ("performer", S("Pelapor Contoh")),
        ],
        vec![
            ("external_ref", S("XL-1")),
            ("step", N(2.0)),
            ("started_at", S("05-01-2026 09:15")),
            ("finished_at", T(2026, 1, 5, 10, 0)),
            ("output", S("Konseling selesai")),
        ],
    ];
    let wb = workbook(&reg, "steps.xlsx", &[sheet("Langkah", &header, rows)]);
    let out = reg.ok(&["step", "import", &wb, "--sheet", "Langkah"]);
    assert!(out.contains("2 step records"), "{out}");
    let c = reg.ok(&["case", "show", "PPA/2026/0001", "--format", "json"]);
    assert!(c.contains("2026-01-05T09:05:00+07:00"), "{c}");
    assert!(c.contains("2026-01-05T10:00:00+07:00"), "{c}");
    assert!(c.contains("Konseling selesai"), "{c}");

    // A bad row is named by its cell; nothing is recorded.
    let bad = vec![
        vec![
            ("case", S("PPA/2026/0001")),
            ("step", N(3.0)),
            ("started_at", N(46027.5)),
        ],
        vec![
            ("case", S("PPA/2026/0001")),
            ("step", N(3.0)),
            ("started_at", T(2026, 1, 5, 8, 0)),
        ],
    ];
    let wb = workbook(&reg, "bad.xlsx", &[sheet("Sheet1", &header, bad)]);
    reg.refused_saying(
        &["step", "import", &wb],
        3,
        &[
            "Sheet1!D2 (started_at)",
            "is a number, not a date",
            "Sheet1!",
            "nothing was recorded",
        ],
    );
    reg.refused_saying(
        &["step", "import", &wb, "--sheet", "Langkah"],
        3,
        &["no sheet 'Langkah'", "'Sheet1'"],
    );
    reg.refused_saying(
        &["step", "import", &wb, "--delimiter", "tab"],
        2,
        &["--delimiter is for CSV"],
    );
}

#[test]
fn the_template_needs_out_as_a_workbook_and_xlsx_is_only_for_the_template() {
    let reg = Reg::new();
    reg.refused_saying(
        &["intake", "--template", "--format", "xlsx"],
        2,
        &["--out FILE.xlsx"],
    );
    let csv = reg.dir.path().join("t.csv").display().to_string();
    reg.refused_saying(
        &["intake", "--template", "--format", "xlsx", "--out", &csv],
        2,
        &["must be named .xlsx"],
    );
    reg.refused_saying(
        &["intake", "--format", "xlsx", "--from", &csv],
        2,
        &["--format xlsx is for --template"],
    );
    // The CSV template can go to a file too.
    reg.ok(&["intake", "--template", "--out", &csv]);
    assert!(std::fs::read_to_string(&csv)
        .unwrap()
        .starts_with("sop,reported_at,channel,"));
    assert!(!reg.path().exists(), "the template needs no register");
}

#[test]
fn an_earlier_row_of_a_workbook_is_named_as_a_row() {
    let reg = register();
    let row = |name, r| {
        phoned(
            S("3171000000000001"),
            name,
            "P",
            ("victim_age", N(30.0)),
            ("external_ref", S(r)),
        )
    };
    let rows = vec![
        row("Siti Contoh", "DUP-1"),
        row("Sri Contoh", "DUP-2"),
        row("Ani Contoh", "DUP-1"),
    ];
    let f = workbook(&reg, "dup.xlsx", &[sheet1(rows)]);
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "Sheet1!C3 (victim_nik): the victim matches the victim on row 2 of this file (same NIK)",
            "Sheet1!H4 (external_ref): external_ref 'DUP-1' is also on row 2",
        ],
    );
}

// ------------------------------------------------------------------ LibreOffice

/// Opens `file` in LibreOffice and saves it as an Excel workbook into `out`, as a data officer
/// would; returns the saved workbook's path.
fn saved_by_libreoffice(soffice: &std::path::Path, file: &str, out: &std::path::Path) -> String {
    convert(soffice, "xlsx:Calc MS Excel 2007 XML", out, &[file]);
    let stem = std::path::Path::new(file).file_stem().unwrap();
    out.join(stem).with_extension("xlsx").display().to_string()
}

#[test]
fn workbooks_saved_by_libreoffice_import_and_its_numbers_for_niks_are_refused() {
    let Some(soffice) = libreoffice() else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    // The filled workbook, opened and saved again by LibreOffice, makes the register the CSV does.
    let by_xlsx = register();
    let header: Vec<&str> = THREE_CASES_CSV.lines().next().unwrap().split(',').collect();
    let f = workbook(
        &by_xlsx,
        "lo.xlsx",
        &[sheet("Sheet1", &header, three_cases())],
    );
    let saved = saved_by_libreoffice(&soffice, &f, out.path());
    assert!(by_xlsx
        .ok(&["intake", "--from", &saved])
        .contains("3 added"));
    let by_csv = register();
    let f = write(&by_csv, "cases.csv", THREE_CASES_CSV);
    by_csv.ok(&["intake", "--from", &f]);
    for table in ["cases", "persons"] {
        assert_eq!(export(&by_csv, table), export(&by_xlsx, table), "{table}");
    }
    // The sample CSV opened in a spreadsheet and saved as a workbook: its NIKs and phone numbers
    // became numbers, and are refused by cell without their digits.
    let reg = register();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/intake-sample.csv");
    let copy = write(
        &reg,
        "intake-sample.csv",
        &std::fs::read_to_string(sample).unwrap(),
    );
    let saved = saved_by_libreoffice(&soffice, &copy, out.path());
    let err = reg.refused_saying(
        &["intake", "--from", &saved],
        3,
        &[
            "'intake-sample'!E2 (victim_nik)",
            "format the column as Text",
            "'intake-sample'!O3 (complainant_phone)",
        ],
    );
    assert!(!err.contains("3171") && !err.contains("812000"), "{err}");
}

#[test]
fn rejects_keep_a_number_in_a_date_column_and_a_value_with_no_header_so_they_are_refused_again() {
    let reg = register();
    let header = [
        "sop",
        "channel",
        "victim_name",
        "victim_sex",
        "victim_birth_date",
        "violence",
        "incident_date",
    ];
    let row = |birth: V<'static>, incident: V<'static>| {
        vec![
            ("sop", S("batam-34-2020")),
            ("channel", S("telepon")),
            ("victim_name", S("Siti Contoh")),
            ("victim_sex", S("P")),
            ("victim_birth_date", birth),
            ("violence", S("fisik")),
            ("incident_date", incident),
        ]
    };
    let rows = vec![
        row(D(1990, 3, 4), D(2026, 1, 4)),
        row(N(1990.0), D(2026, 1, 4)),
        row(D(1990, 3, 4), N(32000.0)),
        row(D(1990, 3, 4), D(2026, 1, 4)),
    ];
    let f = workbook(&reg, "in.xlsx", &[sheet("Sheet1", &header, rows)]);
    // A value right of the header (column J of row 5), with no header above it.
    let mut wb: Xlsx<_> = open_workbook(&f).unwrap();
    let range = wb.worksheet_range("Sheet1").unwrap();
    let mut out = Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name("Sheet1").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in range.rows().enumerate() {
        for (c, d) in row.iter().enumerate() {
            match d {
                Data::String(s) => ws.write_string(r as u32, c as u16, s).map(|_| ()),
                Data::Float(x) => ws.write_number(r as u32, c as u16, *x).map(|_| ()),
                Data::DateTime(d) => ws
                    .write_number_with_format(r as u32, c as u16, d.as_f64(), &date)
                    .map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
    }
    ws.write_string(4, 9, "Budi Contoh").unwrap();
    out.save(&f).unwrap();

    let rejects = reg.dir.path().join("ditolak.xlsx").display().to_string();
    let out = intake_keeping_rejects(&reg, &f, &rejects);
    assert!(
        out.contains("1 added") && out.contains("3 rejected"),
        "{out}"
    );
    let back = read_sheet(&rejects, Some("Sheet1"));
    assert_eq!(back.len(), 4, "{back:?}");
    assert_eq!(
        back[1][6],
        Data::Float(1990.0),
        "a General number, as it was"
    );
    assert_eq!(
        back[2][8],
        Data::Float(32000.0),
        "a General number, as it was"
    );
    // The value with no header, in its column (J, two columns on for line and reason).
    assert_eq!(back[3][11], Data::String("Budi Contoh".into()), "{back:?}");
    assert_eq!(back[0][11], Data::Empty, "no header above it");
    // Imported again unchanged, every row is refused again: nothing is registered.
    reg.refused_saying(
        &["intake", "--from", &rejects],
        3,
        &[
            "Sheet1!G2 (victim_birth_date)",
            "Sheet1!I3 (incident_date)",
            "Sheet1!L4",
            "a value in a column with no header",
            "3 bad rows",
        ],
    );
    let cases = reg.ok(&["export", "cases", "--format", "csv"]);
    assert_eq!(cases.lines().count(), 2, "{cases}");
}

/// Drops the saved results of the formulas of a workbook's first sheet (rust_xlsxwriter saves
/// `0`), as openpyxl and other scripts write formulas: a formula and no value.
fn drop_formula_results(path: &str) {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        parts.push((f.name().unwrap().to_string(), bytes));
    }
    let mut out = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let mut dropped = 0;
    for (name, bytes) in parts {
        let bytes = if name == "xl/worksheets/sheet1.xml" {
            let xml = String::from_utf8(bytes).unwrap();
            dropped = xml.matches("</f><v>0</v>").count();
            xml.replace("</f><v>0</v>", "</f>").into_bytes()
        } else {
            bytes
        };
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap();
    assert!(dropped > 0, "no formula result to drop");
}

#[test]
fn a_formula_with_no_saved_result_is_a_bad_row_never_an_empty_cell() {
    let reg = register();
    let header = [
        "sop",
        "channel",
        "victim_nik",
        "victim_name",
        "victim_sex",
        "victim_age",
        "violence",
    ];
    let row = |r: u32| {
        vec![
            ("sop", S("batam-34-2020")),
            ("channel", S("telepon")),
            (
                "victim_name",
                S(if r == 1 { "Siti Contoh" } else { "Ani Contoh" }),
            ),
            // Row 3 has a second fault, told with the formula's.
            ("victim_sex", S(if r == 1 { "P" } else { "X" })),
            ("victim_age", N(30.0)),
            ("violence", S("fisik")),
        ]
    };
    let f = workbook(
        &reg,
        "script.xlsx",
        &[sheet("Sheet1", &header, vec![row(1), row(2)])],
    );
    // The NIK of row 3 as a formula, as a script writes it (no saved result).
    let mut wb: Xlsx<_> = open_workbook(&f).unwrap();
    let range = wb.worksheet_range("Sheet1").unwrap();
    let mut out = Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name("Sheet1").unwrap();
    for (r, cells) in range.rows().enumerate() {
        for (c, d) in cells.iter().enumerate() {
            match d {
                Data::String(s) => ws.write_string(r as u32, c as u16, s).map(|_| ()),
                Data::Float(x) => ws.write_number(r as u32, c as u16, *x).map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
    }
    ws.write_formula(2, 2, "\"317100\"&\"0000000002\"").unwrap();
    out.save(&f).unwrap();
    drop_formula_results(&f);
    assert_eq!(
        read_sheet(&f, None)[2].get(2),
        Some(&Data::Empty),
        "no value"
    );

    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "Sheet1!C3 (victim_nik): the cell holds a formula with no saved result",
            "open the file in Excel or LibreOffice, save it",
            "Sheet1!E3 (victim_sex)",
            "1 bad row",
        ],
    );
    let rejects = reg.dir.path().join("ditolak.xlsx").display().to_string();
    let out = intake_keeping_rejects(&reg, &f, &rejects);
    assert!(
        out.contains("1 added") && out.contains("1 rejected"),
        "{out}"
    );
    // In the rejects the cell is an error until the file is saved by a spreadsheet: the row is
    // refused again, never added with no NIK.
    let back = read_sheet(&rejects, None);
    assert!(matches!(back[1][4], Data::Error(_)), "{back:?}");
    reg.refused_saying(
        &["intake", "--from", &rejects],
        3,
        &["Sheet1!E2 (victim_nik)", "#N/A", "1 bad row"],
    );
    // The same formula with its result saved (Excel, LibreOffice) is read as its value.
    let mut out = Workbook::new();
    let ws = out.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in [
        "batam-34-2020",
        "telepon",
        "3171000000000003",
        "",
        "P",
        "",
        "fisik",
    ]
    .iter()
    .enumerate()
    {
        if !v.is_empty() {
            ws.write_string(1, c as u16, *v).unwrap();
        }
    }
    ws.write_number(1, 5, 30.0).unwrap();
    ws.write_formula(
        1,
        3,
        rust_xlsxwriter::Formula::new("\"Rina \"&\"Contoh\"").set_result("Rina Contoh"),
    )
    .unwrap();
    let saved = reg.dir.path().join("saved.xlsx").display().to_string();
    out.save(&saved).unwrap();
    assert!(reg.ok(&["intake", "--from", &saved]).contains("1 added"));
    let people = reg.ok(&["export", "persons", "--format", "csv"]);
    assert!(people.contains("Rina Contoh"), "{people}");
}

#[test]
fn date_zero_and_a_time_of_day_where_a_date_goes_are_refused() {
    let reg = register();
    let header = [
        "sop",
        "reported_at",
        "channel",
        "victim_name",
        "victim_sex",
        "victim_birth_date",
        "violence",
        "incident_date",
    ];
    let row = |reported: V<'static>, birth: V<'static>, incident: V<'static>, name| {
        vec![
            ("sop", S("batam-34-2020")),
            ("reported_at", reported),
            ("channel", S("telepon")),
            ("victim_name", S(name)),
            ("victim_sex", S("P")),
            ("victim_birth_date", birth),
            ("violence", S("fisik")),
            ("incident_date", incident),
        ]
    };
    let rows = vec![
        row(
            T(2026, 1, 5, 9, 0),
            D(1994, 5, 1),
            D(2026, 1, 4),
            "Siti Contoh",
        ),
        row(Z(0.0), D(1994, 5, 1), D(2026, 1, 4), "Ani Contoh"),
        row(
            T(2026, 1, 5, 9, 0),
            T(1994, 5, 1, 9, 30),
            D(2026, 1, 4),
            "Rina Contoh",
        ),
        row(T(2026, 1, 5, 9, 0), D(1994, 5, 1), Z(0.0), "Putri Contoh"),
        row(
            T(2026, 1, 5, 9, 0),
            T(1994, 5, 1, 0, 0),
            D(2026, 1, 4),
            "Dewi Contoh",
        ),
    ];
    let f = workbook(&reg, "dates.xlsx", &[sheet("Sheet1", &header, rows)]);
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "Sheet1!B3 (reported_at): reported_at is Excel's date 0",
            "Sheet1!F4 (victim_birth_date): victim_birth_date holds a time of day; a date is expected",
            "Sheet1!H5 (incident_date): incident_date is Excel's date 0",
            "3 bad rows",
        ],
    );
    let out = intake_keeping_rejects(
        &reg,
        &f,
        &reg.dir.path().join("r.xlsx").display().to_string(),
    );
    assert!(
        out.contains("2 added") && out.contains("3 rejected"),
        "{out}"
    );
    let cases = reg.ok(&["export", "cases", "--format", "csv"]);
    // No date of 1900 (Excel's day 0) in any column; `,` before it, since a time-ordered
    // UUID's hex can hold "1900-" (`01a24814-1900-73b8-...`), which failed this test by chance.
    assert!(!cases.contains(",1900-"), "{cases}");
}

#[test]
fn step_import_header_errors_point_to_its_help_and_say_nothing_was_recorded() {
    let reg = register();
    let csv = write(
        &reg,
        "steps.csv",
        "case,stepp,started_at\nPPA/2026/0001,1,\n",
    );
    let wb = workbook(
        &reg,
        "steps.xlsx",
        &[sheet(
            "Sheet1",
            &["case", "stepp", "started_at"],
            vec![vec![("case", S("PPA/2026/0001"))]],
        )],
    );
    let not_header = workbook(
        &reg,
        "names.xlsx",
        &[sheet("Sheet1", &["Siti Contoh", "Budi Contoh"], vec![])],
    );
    let empty = write(&reg, "empty.csv", "");
    for (f, want) in [
        (&empty, "the file is empty"),
        (&csv, "unknown column 'stepp' (did you mean 'step'?)"),
        (&wb, "unknown column 'stepp' (did you mean 'step'?)"),
        (&not_header, "this row is not a header"),
    ] {
        let err = reg.refused_saying(
            &["step", "import", f],
            3,
            &[want, "`kasus step import --help`", "nothing was recorded"],
        );
        assert!(!err.contains("intake --template"), "{err}");
        assert!(!err.contains("nothing was added"), "{err}");
    }
    // The intake's own header errors still point to its template, an empty file's too.
    let intake = write(&reg, "cases.csv", "sop,chanel\n");
    for f in [&intake, &empty] {
        let err = reg.refused_saying(
            &["intake", "--from", f],
            3,
            &[
                "`kasus intake --template` prints the columns",
                "nothing was added",
            ],
        );
        assert!(!err.contains("step import"), "{err}");
    }
}

#[test]
fn an_old_xls_workbook_is_recognised_whatever_its_name() {
    let reg = register();
    // The first bytes of an OLE2 compound file, as every .xls file starts.
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.resize(4096, 0);
    for name in ["old.xls", "old.csv", "old.xlsx", "old"] {
        let p = reg.dir.path().join(name);
        std::fs::write(&p, &xls).unwrap();
        let p = p.display().to_string();
        for args in [
            vec!["intake", "--from", p.as_str()],
            vec!["step", "import", p.as_str()],
        ] {
            reg.refused_saying(
                &args,
                3,
                &[
                    "an old Excel 97-2003 workbook (.xls)",
                    "save it as \"Excel Workbook (*.xlsx)\"",
                ],
            );
        }
    }
    reg.refused_saying(
        &[
            "--lang",
            "id",
            "intake",
            "--from",
            &reg.dir.path().join("old.csv").display().to_string(),
        ],
        3,
        &["buku kerja Excel 97-2003 lama (.xls)"],
    );
}

/// Excel's "Unicode Text" (UTF-16, with its byte order mark) is named as what it is, with how
/// to save it instead, for intake and step import; nothing is read.
#[test]
fn a_utf16_file_is_named_with_how_to_save_it() {
    let reg = register();
    let text = "sop\tchannel\tvictim_name\r\nbatam-34-2020\ttelepon\tSiti Contoh\r\n";
    let cases = [
        ("le.txt", &[0xFF, 0xFE][..], false),
        ("be.csv", &[0xFE, 0xFF][..], true),
        // Without a byte order mark: known by its zero bytes.
        ("nobom.csv", &[][..], false),
    ];
    for (name, bom, big) in cases {
        let mut bytes = bom.to_vec();
        for u in text.encode_utf16() {
            bytes.extend(if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        let p = reg.dir.path().join(name);
        std::fs::write(&p, &bytes).unwrap();
        let p = p.display().to_string();
        for args in [
            vec!["intake", "--from", p.as_str()],
            vec!["step", "import", p.as_str()],
        ] {
            let err = reg.refused_saying(
                &args,
                3,
                &["is UTF-16 text (Excel's \"Unicode Text\")", "\"CSV UTF-8"],
            );
            assert!(!err.contains("Siti"), "{err}");
        }
    }
    assert_eq!(reg.query_i64("SELECT count(*) FROM cases"), 0);
}

#[test]
fn a_date_in_external_ref_is_refused_like_a_nik_stored_as_a_number() {
    let reg = register();
    let header = [
        "sop",
        "channel",
        "victim_name",
        "victim_sex",
        "victim_age",
        "violence",
        "external_ref",
    ];
    let rows = vec![vec![
        ("sop", S("batam-34-2020")),
        ("channel", S("telepon")),
        ("victim_name", S("Siti Contoh")),
        ("victim_sex", S("P")),
        ("victim_age", N(30.0)),
        ("violence", S("fisik")),
        // "3-1" typed in a General cell: Excel made it the 3rd of January.
        ("external_ref", D(2026, 1, 3)),
    ]];
    let f = workbook(&reg, "refs.xlsx", &[sheet("Sheet1", &header, rows)]);
    let err = reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "Sheet1!G2 (external_ref): external_ref is stored as a date in the workbook",
            "format the column as Text",
        ],
    );
    assert!(!err.contains("2026-01-03"), "{err}");
    // step import's external_ref the same.
    let steps = workbook(
        &reg,
        "steps.xlsx",
        &[sheet(
            "Sheet1",
            &["external_ref", "step", "started_at"],
            vec![vec![
                ("external_ref", D(2026, 1, 3)),
                ("step", N(1.0)),
                ("started_at", T(2026, 1, 5, 9, 0)),
            ]],
        )],
    );
    reg.refused_saying(
        &["step", "import", &steps],
        3,
        &[
            "Sheet1!A2 (external_ref)",
            "stored as a date",
            "nothing was recorded",
        ],
    );
}
