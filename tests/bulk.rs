//! Bulk data entry: `intake --from` (CSV, JSONL, stdin), `--template`, `--skip-invalid`,
//! idempotency by external_ref, and `step import`, all or nothing.

mod common;

use common::{register, Reg};
use proptest::prelude::*;
use serde_json::Value;

const HEADER: &str = "sop,reported_at,channel,victim_name,victim_sex,victim_birth_date,victim_age,\
perpetrator_name,perpetrator_sex,perpetrator_relation,violence,external_ref";

/// A good row with its own external_ref.
fn good(i: u32) -> String {
    format!(
        "batam-34-2020,2026-03-01 08:{:02},datang-langsung,Korban{i} Contoh,P,1990-01-{:02},,\
         Pelaku Contoh;Lain Contoh,L;P,suami-istri;tetangga,\"fisik,psikis\",SRC-{i}",
        i % 60,
        i % 28 + 1
    )
}

fn write(reg: &Reg, name: &str, text: &str) -> String {
    let p = reg.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn csv(rows: &[String]) -> String {
    let mut s = HEADER.to_string();
    s.push('\n');
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

/// `intake --from FILE --skip-invalid --rejects REJECTS`, which must succeed; its output.
fn import_skipping(reg: &Reg, file: &str, rejects: &std::path::Path) -> String {
    let rejects = rejects.to_str().unwrap();
    reg.ok(&[
        "intake",
        "--from",
        file,
        "--skip-invalid",
        "--rejects",
        rejects,
    ])
}

/// Asserts that stderr names each of `cols` on line `line`, a line of its own each.
#[track_caller]
fn names_each(err: &str, line: u64, cols: &[&str]) {
    for col in cols {
        assert!(
            err.lines()
                .any(|l| l.contains(&format!("line {line}, column {col}:"))),
            "{col}: {err}"
        );
    }
}

fn count(reg: &Reg) -> usize {
    reg.ok(&["case", "list", "--format", "csv"]).lines().count() - 1
}

fn show(reg: &Reg, case: &str) -> Value {
    serde_json::from_str(&reg.ok(&["case", "show", case, "--format", "json"])).unwrap()
}

#[test]
fn a_good_file_imports_every_row() {
    let reg = register();
    let rows: Vec<String> = (1..=30).map(good).collect();
    let f = write(&reg, "in.csv", &csv(&rows));
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("30 added, 0 already registered"), "{out}");
    assert_eq!(count(&reg), 30);
    let c = show(&reg, "PPA/2026/0007");
    assert_eq!(c["external_ref"], "SRC-7");
    let persons = c["persons"].as_array().unwrap();
    assert_eq!(persons.len(), 3, "victim and two perpetrators");
    assert_eq!(persons[0]["name"], "Korban7 Contoh");
    assert_eq!(persons[0]["birth_date"], "1990-01-08");
    assert_eq!(persons[2]["relation"], "tetangga");
    assert_eq!(persons[2]["sex"], "P");
    assert_eq!(c["violence"], serde_json::json!(["fisik", "psikis"]));
    assert!(reg.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn bad_rows_write_nothing_and_every_one_is_named() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "a.csv", &csv(&[good(1)]))]);
    let mut rows: Vec<String> = (2..=6).map(good).collect();
    rows.insert(
        1,
        "batam-34-2020,,datang-langsung,Bad Contoh,X,,30,,,,fisik,BAD-1".into(),
    );
    rows.push("batam-34-2020,,datang-langsung,Nik Contoh,P,,30,,,,fisk,BAD-2".into());
    rows.push("batam-34-2020,,datang-langsung,Age Contoh,P,,tua,,,,fisik,BAD-3".into());
    let f = write(&reg, "b.csv", &csv(&rows));
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(err.contains("line 3, column victim_sex"), "{err}");
    assert!(err.contains("line 8, column violence"), "{err}");
    assert!(err.contains("did you mean 'fisik'"), "{err}");
    assert!(err.contains("line 9, column victim_age"), "{err}");
    assert!(err.contains("3 bad rows"), "{err}");
    assert!(err.contains("nothing was added"), "{err}");
    assert!(
        !err.contains("Bad Contoh") && !err.contains("Age Contoh"),
        "{err}"
    );
}

/// A row with several wrong fields has each named (its column, on a line of its own), is
/// counted as one bad row, and with --skip-invalid its rejects line gives every reason: the row
/// is put right in one go. No value of the row is repeated.
#[test]
fn every_wrong_field_of_a_row_is_named_at_once() {
    let reg = register();
    let f = write(
        &reg,
        "m.csv",
        &csv(&[
            good(1),
            "batam-34-2020,kemarin sore,kurir,Tiga Contoh,X,2090-01-01,,,Q,,fisk,BAD-1".into(),
        ]),
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    names_each(
        &err,
        3,
        &[
            "reported_at",
            "channel",
            "victim_sex",
            "victim_birth_date",
            "perpetrator_sex",
            "violence",
        ],
    );
    assert!(err.contains("1 bad row in"), "{err}");
    assert!(!err.contains("Tiga") && !err.contains("2090"), "{err}");

    // An age that is not a number, two perpetrators' lists past the names, and the missing
    // fields (one problem, on no column) are told with the rest.
    let f2 = write(
        &reg,
        "m2.csv",
        &csv(&[
            "batam-34-2020,,kurir,Empat Contoh,X,,tua,Pelaku Contoh,L;L,tetangga;guru,fisik,BAD-2"
                .into(),
            ",,,Lima Contoh,,,,,,,,BAD-3".into(),
        ]),
    );
    let err = reg.refused(&["intake", "--from", &f2], 3);
    names_each(
        &err,
        2,
        &[
            "victim_age",
            "channel",
            "victim_sex",
            "perpetrator_sex",
            "perpetrator_relation",
        ],
    );
    assert!(
        !err.contains("missing required fields: victim_birth_date"),
        "an age given is not missing: {err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("line 3: missing required fields: sop, channel, victim_sex")),
        "{err}"
    );
    assert!(err.contains("2 bad rows in"), "{err}");
    let rejects = reg.dir.path().join("rejects.csv");
    let out = import_skipping(&reg, &f, &rejects);
    assert!(
        out.contains("1 added") && out.contains("1 rejected"),
        "{out}"
    );
    let mut r = csv::Reader::from_path(&rejects).unwrap();
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), 1);
    let reason = recs[0].get(1).unwrap();
    assert!(
        reason.starts_with("reported_at: ")
            && reason.contains("; channel: ")
            && reason.contains("; violence: "),
        "{reason}"
    );
}

/// With --json a refused file's problems are also on stdout, an object a line and column each,
/// nothing added; a header's problems count no rejected row. With --skip-invalid the summary
/// lists the rejected rows' problems the same way.
#[test]
fn json_tells_a_refused_files_problems() {
    let reg = register();
    let f = write(
        &reg,
        "j.csv",
        &csv(&[
            good(1),
            "batam-34-2020,,kurir,Enam Contoh,X,,30,,,,fisik,BAD-1".into(),
        ]),
    );
    let o = reg.run(&["intake", "--from", &f, "--json"]);
    assert_eq!(o.code, 3, "{o:?}");
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["refused"], true);
    assert_eq!(v["added"], 0);
    assert_eq!(v["rejected"], 1);
    let cols: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["line"], 3);
            e["column"].as_str().unwrap()
        })
        .collect();
    assert_eq!(cols, ["channel", "victim_sex"]);
    assert!(!o.stdout.contains("Enam"), "{}", o.stdout);
    assert_eq!(count(&reg), 0);

    let rejects = reg.dir.path().join("r.csv");
    let out = reg.ok(&[
        "intake",
        "--from",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["refused"].clone(), v["added"].clone()),
        (false.into(), 1.into())
    );
    assert_eq!(v["errors"].as_array().unwrap().len(), 2, "{out}");

    let h = write(&reg, "h.csv", "sop,chanel\nx,y\n");
    let o = reg.run(&["intake", "--from", &h, "--json"]);
    assert_eq!(o.code, 3, "{o:?}");
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["rejected"], 0, "a header's problems are no rows");
    assert!(v["errors"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("unknown column"));

    // A file that cannot be read at all: one problem of the whole file.
    let x = write(&reg, "x.xlsx", "not a workbook");
    let o = reg.run(&["intake", "--from", &x, "--json"]);
    assert_eq!(o.code, 3, "{o:?}");
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        (v["refused"].clone(), v["errors"][0]["line"].clone()),
        (true.into(), Value::Null)
    );
}

/// An age given with a birth date is the birth date's (within a year, on the report date or the
/// incident date), else the row is bad: the age would be lost in silence. Neither is repeated.
#[test]
fn an_age_that_does_not_agree_with_the_birth_date_is_refused() {
    let reg = register();
    let f = write(
        &reg,
        "a.csv",
        "sop,reported_at,channel,victim_name,victim_sex,victim_birth_date,victim_age,violence,incident_date\n\
         batam-34-2020,2026-03-01 08:00,telepon,Tujuh Contoh,P,1990-05-01,36,fisik,\n\
         batam-34-2020,2026-03-01 08:05,telepon,Delapan Contoh,P,1990-05-01,10,fisik,2000-06-01\n\
         batam-34-2020,2026-03-01 08:10,telepon,Sembilan Contoh,P,1990-05-01,30,fisik,\n",
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(
        err.contains("line 4, column victim_age: victim_age does not agree with victim_birth_date"),
        "{err}"
    );
    assert!(err.contains("1 bad row"), "{err}");
    assert!(!err.contains("1990") && !err.contains("Sembilan"), "{err}");
    let err = reg.refused(
        &common::standard_intake(&["--victim-birth-date", "1990-05-01", "--no-input"]),
        3,
    );
    assert!(
        err.contains("--victim-age does not agree with --victim-birth-date"),
        "{err}"
    );
    assert_eq!(count(&reg), 0);
}

/// A single intake names every wrong flag, a line each, and adds nothing.
#[test]
fn a_single_intake_names_every_wrong_flag() {
    let reg = register();
    let err = reg.refused(
        &common::standard_intake(&["--victim-sex", "Q", "--victim-nik", "12", "--no-input"]),
        3,
    );
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.iter().any(|l| l.starts_with("kasus: --victim-sex: "))
            && lines.iter().any(|l| l.starts_with("kasus: --victim-nik ")),
        "{err}"
    );
    assert_eq!(count(&reg), 0);
}

/// With stderr's reader gone (`kasus intake --from f.csv 2>&1 | head -2`), a file with bad
/// rows is still refused with exit 3 and nothing registered: the messages nobody can read are
/// dropped, where writing them used to panic and abort (exit 134). The same for a refusal of
/// another command, whatever its code.
#[test]
fn a_closed_stderr_keeps_the_refusals_exit_code() {
    let reg = register();
    let rows: Vec<String> = (1..=300)
        .map(|i| good(i).replacen(",datang-langsung,", ",datang-langsng,", 1))
        .collect();
    let f = write(&reg, "bad.csv", &csv(&rows));
    let unknown = ["case", "show", "PPA/2026/9999"];
    let shown = reg.run(&unknown);
    assert_ne!(shown.code, 0);
    for (args, code) in [
        (vec!["intake", "--from", f.as_str()], 3),
        (unknown.to_vec(), shown.code),
    ] {
        for _ in 0..3 {
            let mut child = reg.spawn_piped(&args);
            drop(child.stderr.take());
            let o = child.wait_with_output().unwrap();
            assert_eq!(o.status.code(), Some(code), "{args:?}");
        }
    }
    assert_eq!(count(&reg), 0);
}

#[test]
fn a_nik_is_never_echoed() {
    let reg = register();
    let f = write(
        &reg,
        "n.csv",
        "sop,channel,victim_name,victim_nik,victim_sex,victim_age,violence\n\
         batam-34-2020,telepon,Siti Contoh,31710000000000X1,P,30,fisik\n",
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(err.contains("line 2, column victim_nik"), "{err}");
    assert!(
        !err.contains("31710000000000X1") && !err.contains("Siti"),
        "{err}"
    );
}

#[test]
fn skip_invalid_writes_the_good_rows_and_a_rejects_file() {
    let reg = register();
    let mut rows: Vec<String> = (1..=4).map(good).collect();
    rows.push("batam-34-2020,,datang-langsung,Bad Contoh,X,,30,,,,fisik,BAD-1".into());
    let f = write(&reg, "s.csv", &csv(&rows));
    let rejects = reg.dir.path().join("rejects.csv");
    let out = import_skipping(&reg, &f, &rejects);
    assert!(
        out.contains("4 added") && out.contains("1 rejected"),
        "{out}"
    );
    assert_eq!(count(&reg), 4);
    let audited = reg.ok(&["audit", "verify", "--data"]);
    assert!(audited.contains("data intact:"), "{audited}");
    let mut r = csv::Reader::from_path(&rejects).unwrap();
    let h = r.headers().unwrap().clone();
    assert_eq!(h.get(0), Some("line"));
    assert_eq!(h.get(1), Some("reason"));
    assert_eq!(h.get(2), Some("sop"), "then the input's own header");
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].get(0), Some("6"));
    assert!(recs[0].get(1).unwrap().contains("victim_sex"));
    assert_eq!(recs[0].get(13), Some("BAD-1"));
}

/// A bulk intake while another program has the register open (a reader's connection, idle):
/// the import keeps the WAL (SQLite allows the rollback journal only to a connection alone,
/// src/register/journal.rs) and writes every row; the register's journal is the WAL after an
/// import, a refused one and a rehearsal alike.
#[test]
fn a_bulk_intake_beside_another_connection_keeps_the_wal_and_every_row() {
    if common::sqlite_only() {
        return;
    }
    let reg = register();
    let mode = |reg: &Reg| reg.query_string("PRAGMA journal_mode");
    let other = rusqlite::Connection::open(reg.path()).unwrap();
    let seen: i64 = other
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    let f = write(
        &reg,
        "in.csv",
        &csv(&(1..=20).map(good).collect::<Vec<_>>()),
    );
    assert!(reg.ok(&["intake", "--from", &f]).contains("20 added"));
    assert_eq!(count(&reg), seen as usize + 20);
    assert_eq!(mode(&reg), "wal");
    drop(other);

    // Alone: a rehearsal, a refused file and an import all leave the WAL.
    let more = write(
        &reg,
        "more.csv",
        &csv(&(21..=30).map(good).collect::<Vec<_>>()),
    );
    let said = reg.ok(&["intake", "--from", &more, "--dry-run"]);
    assert!(
        said.contains("10 would be added, 0 already registered (PPA/2026/0021 .. PPA/2026/0030)"),
        "{said}"
    );
    assert_eq!(mode(&reg), "wal");
    let bad = write(
        &reg,
        "bad.csv",
        &csv(&[good(31), good(32).replace("batam-34-2020", "no-such-sop")]),
    );
    reg.refused(&["intake", "--from", &bad], 3);
    assert_eq!(mode(&reg), "wal");
    assert_eq!(
        count(&reg),
        seen as usize + 20,
        "nothing of the refused file"
    );
    assert!(reg.ok(&["intake", "--from", &more]).contains("10 added"));
    assert_eq!(mode(&reg), "wal");
    assert_eq!(count(&reg), seen as usize + 30);
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let reg = register();
    let f = write(&reg, "i.csv", &csv(&(1..=10).map(good).collect::<Vec<_>>()));
    assert!(reg.ok(&["intake", "--from", &f]).contains("10 added"));
    let before = reg.state();
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(
        out.contains("0 added, 10 already registered (external_ref)"),
        "{out}"
    );
    assert_eq!(before, reg.state());
    // Rehearsed, it says there is nothing to run for real (both languages).
    let out = reg.ok(&["intake", "--from", &f, "--dry-run"]);
    assert!(
        out.contains("0 would be added, 10 already registered (external_ref)\ndry run: nothing written to the register, and the import would add nothing"),
        "{out}"
    );
    let id = reg.ok(&["--lang", "id", "intake", "--from", &f, "--dry-run"]);
    assert!(
        id.contains("impor ini tidak akan menambahkan apa pun"),
        "{id}"
    );
}

#[test]
fn jsonl_and_stdin() {
    let reg = register();
    let jsonl =
        "{\"sop\":\"babel-18-2024\",\"channel\":\"telepon\",\"victim_name\":\"Putri Contoh\",\
                 \"victim_sex\":\"P\",\"victim_age\":12,\"violence\":[\"seksual\",\"psikis\"],\
                 \"perpetrator_sex\":[\"L\",null],\"external_ref\":\"J-1\"}\n\n\
                 {\"sop\":\"batam-34-2020\",\"channel\":\"surat\",\"victim_name\":\"Ani Contoh\",\
                 \"victim_sex\":\"P\",\"victim_age\":\"40\",\"violence\":\"fisik\"}\n";
    let f = write(&reg, "in.jsonl", jsonl);
    assert!(reg.ok(&["intake", "--from", &f]).contains("2 added"));
    let c = show(&reg, "PPA/2026/0001");
    assert_eq!(c["is_child"], true);
    assert_eq!(c["persons"].as_array().unwrap().len(), 3);

    let o = reg
        .cmd()
        .args(["intake", "--from", "-", "--json"])
        .write_stdin(csv(&[good(50)]))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["added"], 1);
    assert_eq!(v["first"], "PPA/2026/0003");

    let o = reg
        .cmd()
        .args(["intake", "--from", "-", "--input-format", "jsonl"])
        .write_stdin("{\"sop\":\"batam-34-2020\",\"chanel\":\"surat\"}\n")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("line 1") && err.contains("did you mean 'channel'"),
        "{err}"
    );

    // JSONL known by its first character, `{`, whatever the name, and on standard input.
    let row = |r: &str| {
        format!(
            "{{\"sop\":\"batam-34-2020\",\"channel\":\"surat\",\"victim_name\":\"Nia Contoh\",\
             \"victim_sex\":\"P\",\"victim_age\":30,\"violence\":\"fisik\",\"external_ref\":\"{r}\"}}\n"
        )
    };
    let f = write(&reg, "rows.txt", &format!("\u{feff} {}", row("J-TXT")));
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
    let o = reg
        .cmd()
        .args(["intake", "--from", "-"])
        .write_stdin(row("J-STDIN"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("1 added"));
}

#[test]
fn a_utf8_bom_is_accepted() {
    let reg = register();
    let f = write(&reg, "bom.csv", &format!("\u{feff}{}", csv(&[good(1)])));
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
}

#[test]
fn csv_errors_name_their_line() {
    let reg = register();
    // A quote left open swallows the rest of the file.
    let open = format!(
        "{HEADER}\n{}\nbatam-34-2020,,telepon,\"Open Contoh,P,,30,,,,fisik,Q\n{}\n",
        good(1),
        good(2)
    );
    let err = reg.refused(&["intake", "--from", &write(&reg, "o.csv", &open)], 3);
    assert!(
        err.contains("line 3") && err.contains("never closed"),
        "{err}"
    );

    // Extra and missing fields.
    let extra = csv(&[
        good(1),
        format!("{},x", good(2)),
        "batam-34-2020,,telepon".into(),
    ]);
    let err = reg.refused(&["intake", "--from", &write(&reg, "e.csv", &extra)], 3);
    assert!(
        err.contains("line 3: 13 fields, but the header has 12"),
        "{err}"
    );
    assert!(
        err.contains("line 4: 3 fields, but the header has 12"),
        "{err}"
    );

    // A quote opened mid-file and closed by the next line's: one row of too many fields over
    // lines 3-4, and the error says where the quote may have been left open.
    let merged = format!(
        "{HEADER}\n{}\nbatam-34-2020,,telepon,\"Open Contoh,P,,30,,,,fisik,Q\n{}\n{}\n",
        good(1),
        good(2).replacen(",datang-langsung,", ",\"datang-langsung\",", 1),
        good(3)
    );
    let err = reg.refused(&["intake", "--from", &write(&reg, "m.csv", &merged)], 3);
    assert!(
        err.contains("line 3: ")
            && err.contains("fields, but the header has 12")
            && err.contains(
                "a quote opened on line 3 may not be closed: the row runs over lines 3-4"
            ),
        "{err}"
    );

    // An unknown column, with a suggestion.
    let unknown = csv(&[good(1)]).replacen("victim_sex", "victim_sx", 1);
    let err = reg.refused(&["intake", "--from", &write(&reg, "u.csv", &unknown)], 3);
    assert!(
        err.contains("line 1") && err.contains("unknown column 'victim_sx'"),
        "{err}"
    );
    assert!(err.contains("did you mean 'victim_sex'"), "{err}");

    // No header at all.
    let err = reg.refused(
        &[
            "intake",
            "--from",
            &write(&reg, "h.csv", &format!("{}\n", good(1))),
        ],
        3,
    );
    assert!(
        err.contains("line 1") && err.contains("not a header"),
        "{err}"
    );

    // An empty file.
    let err = reg.refused(&["intake", "--from", &write(&reg, "z.csv", "")], 3);
    assert!(err.contains("empty"), "{err}");

    // Not UTF-8.
    let mut bytes = csv(&[good(1)]).into_bytes();
    let p = bytes.len() - 30;
    bytes[p] = 0xff;
    let path = reg.dir.path().join("l.csv");
    std::fs::write(&path, bytes).unwrap();
    let err = reg.refused(&["intake", "--from", path.to_str().unwrap()], 3);
    assert!(
        err.contains("line 2, column") && err.contains("UTF-8"),
        "{err}"
    );
}

/// A row whose external_ref is registered counts as that case only with its victim: a
/// reference typed wrong, on another victim's row, is refused and named, not skipped as
/// "already registered" (that victim would never get a case).
#[test]
fn a_registered_external_ref_on_another_victims_row_is_refused() {
    let reg = register();
    reg.ok(&[
        "intake",
        "--from",
        &write(&reg, "a.csv", &csv(&[good(1), good(2)])),
    ]);
    // SRC-1 again, on another victim's row (name and birth date both differ).
    let other = good(3).replace("SRC-3", "SRC-1");
    let f = write(&reg, "b.csv", &csv(&[good(2), other.clone()]));
    let err = reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "line 3, column external_ref",
            "already on case PPA/2026/0001",
            "someone else",
            "kasus case edit PPA/2026/0001",
        ],
    );
    assert!(!err.contains("Korban3"), "no personal data: {err}");
    let id = reg.refused(&["--lang", "id", "intake", "--from", &f], 3);
    assert!(
        id.contains("sudah dipakai oleh kasus PPA/2026/0001"),
        "{id}"
    );
    // With --skip-invalid the row goes to the rejects file; the others are counted as before.
    let rej = reg.dir.path().join("rej.csv");
    let out = import_skipping(&reg, &f, &rej);
    assert!(out.contains("0 added, 1 already registered"), "{out}");
    assert!(std::fs::read_to_string(&rej).unwrap().contains("Korban3"));
    // The same victim with the rest of the row changed is the same case: already registered.
    let same = good(1).replace("Pelaku Contoh", "Pelaku Lain");
    let f = write(&reg, "c.csv", &csv(&[same]));
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("0 added, 1 already registered"), "{out}");
    assert_eq!(count(&reg), 2);
}

/// With a NIK, the same NIK is the same victim (the name may have been spelt again); another
/// NIK and another name is someone else.
#[test]
fn a_registered_external_ref_is_the_same_case_by_nik_or_by_name_and_birth_date() {
    let reg = register();
    let head =
        "sop,channel,victim_name,victim_nik,victim_sex,victim_birth_date,violence,external_ref\n";
    let row = |name: &str, nik: &str| {
        format!("{head}batam-34-2020,telepon,{name},{nik},P,1991-02-03,fisik,N-1\n")
    };
    let f = write(&reg, "a.csv", &row("Siti Contoh", "3171000000000001"));
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
    for (name, nik) in [
        ("Sita Contoh", "3171000000000001"),
        ("Siti Contoh", "3171000000000009"),
    ] {
        let f = write(&reg, "b.csv", &row(name, nik));
        let out = reg.ok(&["intake", "--from", &f]);
        assert!(
            out.contains("0 added, 1 already registered"),
            "{name}: {out}"
        );
    }
    let f = write(&reg, "c.csv", &row("Rina Contoh", "3171000000000002"));
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(err.contains("already on case PPA/2026/0001"), "{err}");
    assert!(
        !err.contains("3171000000000002") && !err.contains("Rina"),
        "{err}"
    );
}

#[test]
fn a_duplicate_external_ref_in_the_file() {
    let reg = register();
    let dup = good(1).replace("Korban1", "Lain");
    let f = write(&reg, "d.csv", &csv(&[good(1), good(2), dup.clone()]));
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(
        err.contains("line 4, column external_ref") && err.contains("also on line 2"),
        "{err}"
    );
    // The first of the two is a bad row: the second is named with it, not added (with
    // --skip-invalid it was, and the first, once fixed, was refused as another victim's).
    let bad = good(1).replace("1990-01-02", "1990-13-02");
    let f = write(&reg, "e.csv", &csv(&[bad, good(2), dup.clone()]));
    let rejects = reg.dir.path().join("rej.csv");
    let out = import_skipping(&reg, &f, &rejects);
    assert!(out.contains("1 added"), "{out}");
    let r = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        r.contains("is also on line 2, a bad row: each row needs its own"),
        "{r}"
    );
    assert_eq!(r.lines().count(), 3, "{r}");
}

#[test]
fn a_duplicate_victim_is_a_bad_row_unless_allowed() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "a.csv", &csv(&[good(1)]))]);
    let again = good(1).replace("SRC-1", "OTHER-1");
    let f = write(&reg, "b.csv", &csv(&[again]));
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(
        err.contains("PPA/2026/0001") && err.contains("same name and birth date"),
        "{err}"
    );
    assert!(reg
        .ok(&["intake", "--from", &f, "--allow-duplicate"])
        .contains("1 added"));
}

#[test]
fn the_template_is_a_header_that_intake_accepts() {
    let reg = register();
    let header = reg.ok(&["intake", "--template"]);
    let mut r = csv::Reader::from_reader(header.as_bytes());
    let h = r.headers().unwrap().clone();
    assert!(h.iter().any(|c| c == "victim_nik"));
    assert_eq!(r.records().count(), 0);
    let f = write(&reg, "t.csv", &header);
    assert!(reg.ok(&["intake", "--from", &f]).contains("0 added"));
    assert!(reg
        .ok(&[
            "intake",
            "--from",
            &write(
                &reg,
                "s.csv",
                &std::fs::read_to_string(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("samples/intake-sample.csv")
                )
                .unwrap()
            )
        ])
        .contains("3 added"));
}

#[test]
fn step_import_backfills_and_refuses_a_file_with_a_row_out_of_order() {
    let reg = register();
    let rows = vec![good(1), good(2)];
    reg.ok(&["intake", "--from", &write(&reg, "c.csv", &csv(&rows))]);
    // Blank performers of steps inside the unit are the case's holder.
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh"]);
    let steps = "case,external_ref,step,started_at,finished_at,performer,outcome,output\n\
                 PPA/2026/0001,,1,2026-03-01 09:00,2026-03-01 09:04,Pelapor Contoh,,\n\
                 ,SRC-1,2,2026-03-01 09:10,2026-03-01 10:00,,,Konseling selesai\n\
                 PPA/2026/0001,,3,2026-03-01 10:05,2026-03-01 10:30,,,\n\
                 PPA/2026/0001,,4,2026-03-01 10:35,2026-03-01 10:50,,returned,\n\
                 PPA/2026/0001,,3,2026-03-01 11:00,,,,\n";
    let out = reg.ok(&["step", "import", &write(&reg, "s.csv", steps)]);
    assert!(out.contains("5 step records"), "{out}");
    let c = show(&reg, "PPA/2026/0001");
    let text = c.to_string();
    assert!(text.contains("Konseling selesai"), "{text}");
    // The imported cases and step records (each row read back and hashed, as the triggers of
    // single writes would) are in the chain.
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");

    reg.ok(&["assign", "PPA/2026/0002", "--to", "Rina Contoh"]);
    let bad = "case,step,started_at,finished_at\n\
               PPA/2026/0002,1,2026-03-01 09:00,2026-03-01 09:04\n\
               PPA/2026/0002,3,2026-03-01 09:10,2026-03-01 09:20\n\
               PPA/2026/0002,2,2026-03-01 09:30,2026-03-01 09:20\n";
    let err = reg.refused(&["step", "import", &write(&reg, "b.csv", bad)], 3);
    assert!(
        err.contains("line 3, column step") && err.contains("out of order"),
        "{err}"
    );
    assert!(err.contains("line 4, column finished_at"), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
}

/// The rows of each of two imports run side by side, and where the second's start (it repeats
/// the first's last third): enough on SQLite for their reading and writing to overlap. On
/// PostgreSQL writes queue on the register's lock from their first statement, so any size
/// overlaps, and a debug build takes about 17 ms a case there: fewer rows, the same promise.
fn imports_side_by_side() -> (u32, u32) {
    match common::engine() {
        common::Engine::Sqlite => (1500, 1000),
        common::Engine::Postgres => (300, 200),
    }
}

#[test]
fn overlapping_imports_at_the_same_time_skip_each_others_rows() {
    // Both read the register while the other may be writing: each must see, inside its own
    // write transaction, what the other committed (skipped by external_ref), never fail with a
    // UNIQUE error (exit 1).
    let (n, k) = imports_side_by_side();
    for round in 0..3 {
        let reg = register();
        let a: Vec<String> = (1..=n).map(good).collect();
        let b: Vec<String> = (k + 1..=k + n).map(good).collect();
        let fa = write(&reg, "a.csv", &csv(&a));
        let fb = write(&reg, "b.csv", &csv(&b));
        let (oa, ob) = std::thread::scope(|s| {
            let ta = s.spawn(|| reg.run(&["intake", "--from", &fa, "--json"]));
            let tb = s.spawn(|| reg.run(&["intake", "--from", &fb, "--json"]));
            (ta.join().unwrap(), tb.join().unwrap())
        });
        for o in [&oa, &ob] {
            assert_eq!(o.code, 0, "round {round}: {}{}", o.stdout, o.stderr);
            assert!(!o.stderr.contains("UNIQUE"), "{}", o.stderr);
        }
        let ja: Value = serde_json::from_str(&oa.stdout).unwrap();
        let jb: Value = serde_json::from_str(&ob.stdout).unwrap();
        let get = |j: &Value, key: &str| j[key].as_u64().unwrap();
        let size = n as u64;
        assert_eq!(get(&ja, "added") + get(&ja, "already_registered"), size);
        assert_eq!(get(&jb, "added") + get(&jb, "already_registered"), size);
        let union = (k + n) as u64;
        assert_eq!(
            get(&ja, "added") + get(&jb, "added"),
            union,
            "the union, once"
        );
        assert_eq!(count(&reg) as u64, union);
        assert!(reg.ok(&["audit", "verify"]).contains("intact"));
    }
}

#[test]
fn a_victim_registered_by_a_concurrent_intake_is_a_duplicate() {
    // The same victims under other external_refs: whichever import writes second finds them
    // (read inside its write transaction) and refuses its file whole, exit 3, adding nothing.
    let reg = register();
    let (n, _) = imports_side_by_side();
    let a: Vec<String> = (1..=n).map(good).collect();
    let b: Vec<String> = (1..=n)
        .map(|i| good(i).replace(&format!(",SRC-{i}"), &format!(",OTHER-{i}")))
        .collect();
    let fa = write(&reg, "a.csv", &csv(&a));
    let fb = write(&reg, "b.csv", &csv(&b));
    let (oa, ob) = std::thread::scope(|s| {
        let ta = s.spawn(|| reg.run(&["intake", "--from", &fa]));
        let tb = s.spawn(|| reg.run(&["intake", "--from", &fb]));
        (ta.join().unwrap(), tb.join().unwrap())
    });
    let mut codes = [oa.code, ob.code];
    codes.sort();
    assert_eq!(
        codes,
        [0, 3],
        "{}{}\n{}{}",
        oa.stdout,
        oa.stderr,
        ob.stdout,
        ob.stderr
    );
    let refused = if oa.code == 3 { &oa } else { &ob };
    assert!(
        refused.stderr.contains("the victim matches case PPA/2026/"),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("nothing was added"),
        "{}",
        refused.stderr
    );
    assert_eq!(count(&reg), n as usize);
}

#[test]
fn step_import_an_outcome_without_finished_at_is_one_error_only() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "c.csv", &csv(&[good(1)]))]);
    let steps = "case,step,started_at,finished_at,outcome\n\
                 PPA/2026/0001,1,2026-03-01 09:00,,done\n\
                 PPA/2026/0001,1,2026-03-01 09:05,2026-03-01 09:10,\n";
    let err = reg.refused(&["step", "import", &write(&reg, "s.csv", steps)], 3);
    assert!(
        err.contains("line 2, column outcome") && err.contains("an outcome needs finished_at"),
        "{err}"
    );
    assert!(
        !err.contains("line 3"),
        "the next row is checked as if line 2 were not there: {err}"
    );
    assert!(err.contains("1 bad row") || err.contains("1 row"), "{err}");
}

/// step import names every cell of a row that is wrong in itself at once (an unknown case, a
/// step that is no number, a time that is no time, an unknown outcome), a line each, one bad
/// row; the flow's refusal of a row whose cells are right stays one problem.
#[test]
fn step_import_names_every_wrong_cell_of_a_row() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "c.csv", &csv(&[good(1)]))]);
    let steps = "case,step,started_at,finished_at,outcome\n\
                 PPA/2026/0099,satu,kemarin sore,2026-03-01 09:10,selesai\n\
                 PPA/2026/0001,1,2026-03-01 09:00,2026-03-01 09:40,maybe\n";
    let err = reg.refused(&["step", "import", &write(&reg, "s.csv", steps)], 3);
    names_each(&err, 2, &["case", "step", "started_at", "outcome"]);
    assert!(
        err.lines().any(|l| l.contains("line 3, column outcome:")),
        "{err}"
    );
    assert!(err.contains("2 bad rows"), "{err}");
    assert!(!err.contains("line 2, column finished_at"), "{err}");
}

// ------------------------------------------------------------------ the row parser

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_input_panics(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = kasus::rows::parse_csv(&data);
        let mut with_header = kasus::rows::template().into_bytes();
        with_header.extend_from_slice(&data);
        let _ = kasus::rows::parse_csv(&with_header);
    }

    #[test]
    fn parse_print_parse_is_the_identity(
        rows in proptest::collection::vec(
            proptest::collection::vec(proptest::option::of("[^\u{feff}]{1,12}"), 27),
            0..6,
        )
    ) {
        let printed = kasus::rows::print_csv(&rows);
        let parsed = kasus::rows::parse_csv(&printed).expect("valid rows parse");
        prop_assert_eq!(&parsed, &rows);
        prop_assert_eq!(kasus::rows::print_csv(&parsed), printed);
    }
}

// ------------------------------------------------------------------ files as spreadsheets write them

/// Rows (comma-separated, as `good` makes them) as records of fields.
fn records(rows: &[String]) -> Vec<Vec<String>> {
    let text = csv(rows);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Records written with this delimiter and line end, as a spreadsheet saves them.
fn saved(recs: &[Vec<String>], delimiter: u8, crlf: bool) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for r in recs {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// A row like `good(i)` with a chronology that spans two lines.
fn with_chronology(i: u32, sex: &str, eol: &str) -> String {
    format!(
        "{},\"Baris satu{eol}baris dua\"",
        good(i).replacen(",P,", &format!(",{sex},"), 1)
    )
}

#[test]
fn crlf_files_number_each_row_by_the_line_it_starts_on() {
    for eol in ["\r\n", "\n", "\r"] {
        // A cell may hold a line break, but not a lone CR (a control character).
        let inner = if eol == "\r" { "\n" } else { eol };
        let reg = register();
        // Line 1 the header, 2 a good row, 3-4 a row whose chronology spans two lines, 5 a
        // bad row, 6-7 a bad row with a two-line chronology, 8 a blank line, 9 a bad row.
        let text = [
            format!("{HEADER},chronology"),
            format!("{},", good(1)),
            with_chronology(2, "P", inner),
            format!("{},", good(3).replacen(",P,", ",X,", 1)),
            with_chronology(4, "X", inner),
            String::new(),
            format!("{},", good(5).replacen(",P,", ",X,", 1)),
        ]
        .join(eol)
            + eol;
        let f = write(&reg, "crlf.csv", &format!("\u{feff}{text}"));
        let err = reg.refused(&["intake", "--from", &f], 3);
        for line in [
            "line 5, column victim_sex",
            "line 6, column victim_sex",
            "line 9, column victim_sex",
        ] {
            assert!(err.contains(line), "{eol:?}: {line} in {err}");
        }
        assert!(err.contains("3 bad rows"), "{err}");

        let rejects = reg.dir.path().join("r.csv");
        let out = import_skipping(&reg, &f, &rejects);
        assert!(
            out.contains("2 added") && out.contains("3 rejected"),
            "{out}"
        );
        let r = std::fs::read(&rejects).unwrap();
        assert!(r.starts_with("\u{feff}".as_bytes()), "the BOM is kept");
        let mut rdr = csv::Reader::from_reader(&r[3..]);
        let lines: Vec<String> = rdr
            .records()
            .map(|r| r.unwrap().get(0).unwrap().to_string())
            .collect();
        assert_eq!(lines, ["5", "6", "9"], "{eol:?}");
        let r = String::from_utf8(r).unwrap();
        assert_eq!(
            r.matches("\r\n").count() > 0,
            eol == "\r\n",
            "the line ends of the input: {r:?}"
        );
        assert!(r.contains(&format!("Baris satu{inner}baris dua")), "{r:?}");
    }
}

/// A header typed in a spreadsheet (capitals, spaces around, a space or - for _) names the same
/// columns; a cell that is no column is named by its position, without repeating it.
#[test]
fn header_cells_are_read_whatever_their_letter_case_and_spacing() {
    let reg = register();
    let header = HEADER
        .split(',')
        .map(|c| {
            let mut w = c.replace('_', " ");
            w[..1].make_ascii_uppercase();
            format!(" {w} ")
        })
        .collect::<Vec<_>>()
        .join(";");
    let recs = records(&[good(1)]);
    let body = saved(&recs, b';', true);
    let rows: Vec<&str> = body.lines().skip(1).collect();
    let f = write(
        &reg,
        "caps.csv",
        &format!("{header}\r\n{}\r\n", rows.join("\r\n")),
    );
    assert!(header.starts_with(" Sop ; Reported at ;"), "{header}");
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("1 added"), "{out}");
    let bad = write(
        &reg,
        "bad.csv",
        &format!(
            "{}\r\n{}\r\n",
            header.replace(" Channel ", "Saluran Contoh"),
            rows.join("\r\n")
        ),
    );
    let err = reg.refused(&["intake", "--from", &bad], 3);
    assert!(
        err.contains("column 3 of the header is not a column name"),
        "{err}"
    );
    assert!(!err.contains("Saluran"), "{err}");
}

/// A spreadsheet's empty rows saved as CSV (";;;;" with CRLF, below the data or between rows,
/// some with a space) are passed over, as a workbook's empty rows are; lines are still
/// numbered as in the file. Many of them do not exhaust the stack.
#[test]
fn rows_of_separators_alone_are_passed_over() {
    let reg = register();
    let recs = records(&[good(1), good(2)]);
    let text = saved(&recs, b';', true);
    let width = HEADER.split(',').count();
    let empty = ";".repeat(width - 1);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Header, row 1, an empty row with a space, row 2 (bad: its SOP unknown), empty rows.
    lines.insert(2, format!(" {empty}"));
    lines[3] = lines[3].replacen("batam-34-2020", "batam-99", 1);
    for _ in 0..200_000 {
        lines.push(empty.clone());
    }
    let f = write(
        &reg,
        "sheet.csv",
        &format!("\u{feff}{}\r\n", lines.join("\r\n")),
    );
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(err.contains("line 4, column sop"), "{err}");
    assert!(err.contains("1 bad row"), "{err}");
    let fixed = f.clone();
    std::fs::write(
        &fixed,
        std::fs::read_to_string(&f)
            .unwrap()
            .replace("batam-99", "batam-34-2020"),
    )
    .unwrap();
    let out = reg.ok(&["intake", "--from", &fixed]);
    assert!(out.contains("2 added"), "{out}");
}

#[test]
fn semicolon_and_tab_files_are_read_with_their_own_delimiter() {
    let reg = register();
    let recs = records(&[good(1), good(2)]);
    let semi = write(&reg, "semi.csv", &saved(&recs, b';', true));
    let out = reg.ok(&["intake", "--from", &semi]);
    assert!(out.contains("2 added"), "{out}");
    let c = show(&reg, "PPA/2026/0002");
    assert_eq!(
        c["persons"].as_array().unwrap().len(),
        3,
        "two perpetrators, quoted with their ;"
    );
    assert_eq!(c["violence"], serde_json::json!(["fisik", "psikis"]));

    let recs = records(&[good(3)]);
    let tab = write(&reg, "tab.tsv", &saved(&recs, b'\t', false));
    assert!(reg.ok(&["intake", "--from", &tab]).contains("1 added"));

    let pipe = write(&reg, "pipe.txt", &saved(&records(&[good(4)]), b'|', false));
    assert!(reg
        .ok(&["intake", "--from", &pipe, "--delimiter", "|"])
        .contains("1 added"));

    // The wrong delimiter given: the message names the one tried and the flag.
    let semi2 = write(&reg, "semi2.csv", &saved(&records(&[good(5)]), b';', false));
    let err = reg.refused_saying(
        &["intake", "--from", &semi2, "--delimiter", "comma"],
        3,
        &[
            "line 1",
            "not a header",
            "a comma (,), as --delimiter gave",
            "--delimiter comma, semicolon or tab",
        ],
    );
    assert!(!err.contains("Korban5"), "{err}");
    // Detected: a data row where the header should be.
    let err = reg.refused(
        &[
            "intake",
            "--from",
            &write(
                &reg,
                "h.csv",
                &saved(&records(&[good(6)])[1..], b';', false),
            ),
        ],
        3,
    );
    assert!(
        err.contains("a semicolon (;), found on the first line"),
        "{err}"
    );
    assert!(!err.contains("Korban6"), "{err}");
    // A field count names the delimiter.
    let mut recs = records(&[good(7)]);
    recs[1].push("extra".into());
    let err = reg.refused(
        &[
            "intake",
            "--from",
            &write(&reg, "x.csv", &saved(&recs, b';', false)),
        ],
        3,
    );
    assert!(
        err.contains("line 2: 13 fields, but the header has 12 columns (a semicolon (;) too many"),
        "{err}"
    );
}

#[test]
fn a_bad_delimiter_is_refused_without_repeating_it() {
    let reg = register();
    let f = write(&reg, "a.csv", &csv(&[good(1)]));
    for lang in ["en", "id"] {
        let err = reg.refused(
            &[
                "--lang",
                lang,
                "intake",
                "--from",
                &f,
                "--delimiter",
                "3174099988877766",
            ],
            2,
        );
        assert!(
            !err.contains("3174099988877766") && !err.contains("174099988877766"),
            "{err}"
        );
        assert!(err.contains("--delimiter"), "{err}");
        let err = reg.refused(
            &[
                "--lang",
                lang,
                "step",
                "import",
                &f,
                "--delimiter",
                "Siti Contoh",
            ],
            2,
        );
        assert!(!err.contains("Siti"), "{err}");
    }
    let err = reg.refused(&["intake", "--from", &f, "--delimiter", "semikolon"], 2);
    assert!(err.contains("did you mean 'semicolon'"), "{err}");
    let j = write(&reg, "a.jsonl", "{}\n");
    let err = reg.refused(&["intake", "--from", &j, "--delimiter", "tab"], 2);
    assert!(err.contains("--delimiter is for CSV files"), "{err}");
    let err = reg.refused(
        &["--lang", "id", "intake", "--from", &f, "--delimiter", "::"],
        2,
    );
    assert!(err.contains("bukan pemisah"), "{err}");
}

/// Imports `recs` saved with this delimiter and line end with --skip-invalid --rejects, fixes
/// the rejects file with a text replace, and imports it as it is.
fn rejects_round_trip(delimiter: u8, crlf: bool) {
    let d = delimiter as char;
    let reg = register();
    let mut rows: Vec<String> = (1..=3).map(good).collect();
    rows.push(good(4).replacen(",P,", ",X,", 1));
    rows.push(good(5));
    let mut recs = records(&rows);
    recs[5].push("EXTRA".into()); // a field too many on line 6
    let f = write(&reg, "in.csv", &saved(&recs, delimiter, crlf));
    let rejects = reg.dir.path().join("r.csv");
    let out = import_skipping(&reg, &f, &rejects);
    assert!(
        out.contains("3 added") && out.contains("2 rejected"),
        "{d:?}: {out}"
    );

    let text = std::fs::read_to_string(&rejects).unwrap();
    let eol = if crlf { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.split(eol).collect();
    assert!(
        lines[0].starts_with(&format!("line{d}reason{d}sop{d}")),
        "{d:?}: {text:?}"
    );
    assert_eq!(
        lines.len(),
        4,
        "header, two rows, the last line end: {text:?}"
    );
    assert_eq!(text.matches('\n').count(), 3, "{text:?}");
    assert!(lines[1].starts_with(&format!("5{d}")), "{text:?}");
    assert!(
        lines[2].starts_with(&format!("6{d}")) && lines[2].ends_with(&format!("SRC-5{d}EXTRA")),
        "the row as it was, its last field kept: {text:?}"
    );
    assert!(
        text.contains("13 fields, but the header has 12"),
        "{text:?}"
    );

    // Fixed by a text replace, imported as it is: the two rows, nothing else.
    let fixed = text
        .replacen(&format!("{d}X{d}"), &format!("{d}P{d}"), 1)
        .replacen(&format!("{d}EXTRA"), "", 1);
    let again = write(&reg, "fixed.csv", &fixed);
    let out = reg.ok(&["intake", "--from", &again]);
    assert!(
        out.contains("2 added, 0 already registered"),
        "{d:?}: {out}"
    );
    assert_eq!(count(&reg), 5);
    assert_eq!(show(&reg, "PPA/2026/0004")["external_ref"], "SRC-4");
    assert_eq!(show(&reg, "PPA/2026/0005")["external_ref"], "SRC-5");
    assert!(reg
        .ok(&["intake", "--from", &again])
        .contains("0 added, 2 already registered"));
    assert!(reg.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn a_rejects_file_imports_as_it_is_once_fixed() {
    rejects_round_trip(b',', false);
}

#[test]
fn a_rejects_file_of_a_crlf_file_imports_as_it_is_once_fixed() {
    rejects_round_trip(b',', true);
}

#[test]
fn a_rejects_file_of_a_semicolon_file_imports_as_it_is_once_fixed() {
    rejects_round_trip(b';', true);
}

#[test]
fn an_older_rejects_file_with_line_and_reason_at_the_end_imports_too() {
    let reg = register();
    let text = format!(
        "{HEADER},line,reason\n{},6,\"victim_sex: must be L or P\"\n",
        good(1)
    );
    let out = reg.ok(&["intake", "--from", &write(&reg, "old.csv", &text)]);
    assert!(out.contains("1 added"), "{out}");
}

#[test]
fn dry_run_checks_and_counts_everything_and_writes_nothing() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "a.csv", &csv(&[good(1)]))]);
    // Already registered (SRC-1), two new, one the same victim as line 3 under another ref, and
    // one the same victim as the registered case.
    let rows = vec![
        good(1),
        good(2),
        good(3),
        good(2).replace("SRC-2", "OTHER-2"),
        good(1).replace("SRC-1", "OTHER-1"),
    ];
    let f = write(&reg, "b.csv", &csv(&rows));
    let err = reg.refused(&["intake", "--from", &f, "--dry-run"], 3);
    assert!(
        err.contains("line 5, column victim_name") && err.contains("the victim on line 3"),
        "{err}"
    );
    // A script reads that it was a rehearsal.
    assert!(
        err.trim_end().ends_with(
            "dry run: the file would be refused as it is (nothing was written to the register)"
        ),
        "{err}"
    );
    assert!(
        err.contains("line 6, column victim_name")
            && err.contains("case PPA/2026/0001")
            && err.contains("check with `kasus case show PPA/2026/0001`"),
        "{err}"
    );

    let rejects = reg.dir.path().join("r.csv");
    let args = [
        "intake",
        "--from",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ];
    let mut dry = args.to_vec();
    dry.push("--dry-run");
    let before = reg.state();
    let out = reg.ok(&dry);
    assert_eq!(before, reg.state(), "a dry run changed the register");
    let mut lines = out.lines();
    let summary = lines.next().unwrap().to_string();
    assert_eq!(
        summary,
        format!(
            "2 would be added, 1 already registered (external_ref), 2 rejected, written to {} (PPA/2026/0002 .. PPA/2026/0003)",
            rejects.display()
        )
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("dry run: nothing written to the register"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(&rejects).unwrap().lines().count(),
        3,
        "the rejects file asked for is written"
    );
    std::fs::remove_file(&rejects).unwrap();

    // For real: the same summary, of what was added.
    let out = reg.ok(&args);
    assert_eq!(
        out.lines().next().unwrap(),
        summary.replacen("would be added", "added", 1)
    );
    assert_eq!(count(&reg), 3);

    // JSON, Indonesian, and no file written unless asked.
    let f = write(&reg, "c.csv", &csv(&[good(9)]));
    let files = || {
        let mut v: Vec<String> = std::fs::read_dir(reg.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with("register.db"))
            .collect();
        v.sort();
        v
    };
    let (before, listed) = (reg.state(), files());
    let v: Value =
        serde_json::from_str(&reg.ok(&["intake", "--from", &f, "--dry-run", "--json"])).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["added"], 1);
    assert_eq!(v["first"], "PPA/2026/0004");
    let out = reg.ok(&["--lang", "id", "intake", "--from", &f, "--dry-run"]);
    assert!(out.contains("uji coba: tidak ada yang ditulis"), "{out}");
    assert!(out.contains("1 akan ditambahkan, "), "{out}");
    let out = reg.ok(&["intake", "--from", &f, "--dry-run"]);
    assert!(out.starts_with("1 would be added, "), "{out}");
    assert!(
        out.contains(" (PPA/2026/0004)\n") && !out.contains(".."),
        "one case, one number: {out}"
    );
    assert_eq!(before, reg.state());
    assert_eq!(listed, files(), "no file written");
}

#[test]
fn step_import_refuses_a_blank_performer_on_a_step_inside_the_unit_nobody_holds() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "c.csv", &csv(&[good(1)]))]);
    let steps = "case,step,started_at,finished_at,performer\n\
                 PPA/2026/0001,1,2026-03-01 09:00,2026-03-01 09:04,Pelapor Contoh\n\
                 PPA/2026/0001,2,2026-03-01 09:10,2026-03-01 10:00,\n";
    let f = write(&reg, "s.csv", steps);
    let before = reg.state();
    let err = reg.refused(&["step", "import", &f], 3);
    assert!(
        err.contains("line 3, column performer") && err.contains("inside the unit"),
        "{err}"
    );
    assert_eq!(before, reg.state());
}

/// One bad row of a case does not make its later rows bad: the flow after it is unknown, so
/// they are not judged (a note names them), and the file counts one bad row. Other cases' rows
/// are judged as ever.
#[test]
fn step_import_does_not_judge_a_cases_rows_after_its_bad_row() {
    let reg = register();
    reg.ok(&[
        "intake",
        "--from",
        &write(&reg, "c.csv", &csv(&[good(1), good(2)])),
    ]);
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let steps = "case,step,started_at,finished_at,performer\n\
                 PPA/2026/0001,1,2026-03-01 09:00,2026-03-01 09:04,Pelapor Contoh\n\
                 PPA/2026/0001,2,2026-03-01 09:10,2026-03-01 10:00,Bukan Staf Contoh\n\
                 PPA/2026/0001,3,2026-03-01 10:05,2026-03-01 10:30,Rina Contoh\n\
                 PPA/2026/0001,4,2026-03-01 10:35,2026-03-01 10:40,Rina Contoh\n\
                 PPA/2026/0002,2,2026-03-01 09:10,2026-03-01 10:00,Rina Contoh\n";
    let err = reg.refused(&["step", "import", &write(&reg, "s.csv", steps)], 3);
    assert!(err.contains("line 3, column performer"), "{err}");
    assert!(
        err.contains("note: lines 4, 5 were not checked against their case's steps")
            && err.contains("(line 3)"),
        "{err}"
    );
    assert!(
        !err.contains("line 4,") && !err.contains("line 5,"),
        "{err}"
    );
    // The other case's row is judged: step 2 before step 1 is out of order.
    assert!(err.contains("line 6, column step"), "{err}");
    assert!(err.contains("2 bad rows"), "{err}");

    // A bad row corrected on the next line: the case is known again, its later rows judged.
    let steps = "case,step,started_at,finished_at,performer\n\
                 PPA/2026/0001,1,2026-03-01 09:00,2026-03-01 09:04,Pelapor Contoh\n\
                 PPA/2026/0001,2,2026-03-01 09:10,2026-03-01 10:00,Bukan Staf Contoh\n\
                 PPA/2026/0001,2,2026-03-01 09:10,2026-03-01 10:00,Rina Contoh\n\
                 PPA/2026/0001,4,2026-03-01 10:35,2026-03-01 10:40,Rina Contoh\n";
    let err = reg.refused(&["step", "import", &write(&reg, "t.csv", steps)], 3);
    assert!(err.contains("line 3, column performer"), "{err}");
    assert!(err.contains("line 5, column step"), "judged: {err}");
    assert!(!err.contains("note:"), "{err}");
    assert!(err.contains("2 bad rows"), "{err}");
}

/// A row with both a case number and an external_ref naming two cases is a bad row (pasted
/// from another case's); a flow refusal's hint keeps its command's flags, to be run as shown.
#[test]
fn step_import_refuses_a_case_and_an_external_ref_of_two_cases() {
    let reg = register();
    reg.ok(&[
        "intake",
        "--from",
        &write(&reg, "c.csv", &csv(&[good(1), good(2)])),
    ]);
    let steps = "case,external_ref,step,started_at,finished_at,performer\n\
                 PPA/2026/0001,SRC-2,1,2026-03-01 09:00,2026-03-01 09:04,Pelapor Contoh\n\
                 PPA/2026/0002,NOPE-9,1,2026-03-01 09:00,2026-03-01 09:04,Pelapor Contoh\n";
    let before = reg.state();
    let err = reg.refused(&["step", "import", &write(&reg, "s.csv", steps)], 3);
    assert!(
        err.contains("line 2, column external_ref: the external_ref is case PPA/2026/0002's, not case PPA/2026/0001's"),
        "{err}"
    );
    assert!(err.contains("line 3, column external_ref"), "{err}");
    assert_eq!(before, reg.state());

    // Step 2 of the Bangka Belitung SOP is a consent gate: the hint is a command to run as it
    // is, its flags kept.
    let babel = common::number(&reg.ok(&common::standard_intake(&[
        "--sop",
        "babel-18-2024",
        "--reported-at",
        "2026-03-01 08:00",
        "--json",
    ])));
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Pendamping PPA"]);
    let steps = format!(
        "case,step,started_at,finished_at,performer\n\
         {babel},1,2026-03-01 09:00,2026-03-01 09:04,Rina Contoh\n\
         {babel},2,2026-03-01 09:10,2026-03-01 09:20,Rina Contoh\n"
    );
    let err = reg.refused(&["step", "import", &write(&reg, "g.csv", &steps)], 3);
    assert!(
        err.contains(&format!("`kasus consent {babel} --given-by NAME")),
        "{err}"
    );
}

#[test]
fn a_dry_run_creates_no_register() {
    let reg = Reg::new();
    let f = write(&reg, "a.csv", &csv(&[good(1)]));
    let err = reg.run(&["intake", "--from", &f, "--dry-run"]);
    assert_ne!(err.code, 0);
    assert!(err.stderr.contains(reg.absent_words()), "{err:?}");
    assert!(reg.absent());
}

#[test]
fn step_import_takes_semicolons_crlf_and_dry_run() {
    let reg = register();
    reg.ok(&["intake", "--from", &write(&reg, "c.csv", &csv(&[good(1)]))]);
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh"]);
    let steps = "case;step;started_at;finished_at;performer;outcome;output\r\n\
                 PPA/2026/0001;1;2026-03-01 09:00;2026-03-01 09:04;Pelapor Contoh;;\r\n\
                 PPA/2026/0001;2;2026-03-01 09:10;2026-03-01 10:00;;;\"Konseling;\r\nselesai\"\r\n\
                 PPA/2026/0001;3;2026-03-01 10:05;2026-03-01 10:30;;;\r\n\
                 ;;;;;;\r\n ;;; ;;;\r\n";
    let f = write(&reg, "s.csv", steps);
    let before = reg.state();
    let out = reg.ok(&["step", "import", &f, "--dry-run"]);
    assert_eq!(before, reg.state(), "a dry run changed the register");
    assert!(
        out.contains("3 step records would be imported for 1 case"),
        "{out}"
    );
    assert!(out.contains("dry run: nothing written"), "{out}");
    let out = reg.ok(&["step", "import", &f]);
    assert_eq!(out.trim(), "3 step records imported for 1 case");
    assert!(show(&reg, "PPA/2026/0001")
        .to_string()
        .contains("Konseling;"));

    // A bad row after a two-line cell, named by the line it starts on, as for real.
    reg.ok(&["intake", "--from", &write(&reg, "d.csv", &csv(&[good(2)]))]);
    let bad = "case\tstep\tstarted_at\tfinished_at\toutput\r\n\
               PPA/2026/0002\t1\t2026-03-01 09:00\t2026-03-01 09:04\t\"dua\r\nbaris\"\r\n\
               PPA/2026/0002\t3\t2026-03-01 09:10\t2026-03-01 09:20\t\r\n";
    let f = write(&reg, "b.tsv", bad);
    for dry in [true, false] {
        let mut args = vec!["step", "import", &f];
        if dry {
            args.push("--dry-run");
        }
        let err = reg.refused(&args, 3);
        assert!(
            err.contains("line 4, column step") && err.contains("out of order"),
            "{err}"
        );
        assert_eq!(
            err.contains("dry run: the file would be refused"),
            dry,
            "{err}"
        );
    }
}

/// A row with a NIK (16 digits from `i`) and the given violence types.
fn with_nik(i: u32, nik_of: u32, violence: &str) -> String {
    format!(
        "batam-34-2020,2026-03-01 08:{:02},datang-langsung,Korban{i} Contoh,{:016},P,\
         1990-01-{:02},,Pelaku Contoh,L,tetangga,\"{violence}\",SRC-{i}",
        i % 60,
        3171_0000_0000_0000u64 + u64::from(nik_of),
        i % 28 + 1
    )
}

#[test]
fn cases_written_in_batches_are_checked_and_audited_as_one_at_a_time() {
    // More than two of the bulk writer's batches (512 cases): duplicates of a case held in
    // the same batch and of one written in an earlier batch are both found and named by
    // their line; a type given twice is stored once; every case's audit entry holds its own
    // rows and no other case's.
    let reg = register();
    let header = "sop,reported_at,channel,victim_name,victim_nik,victim_sex,victim_birth_date,\
                  victim_age,perpetrator_name,perpetrator_sex,perpetrator_relation,violence,\
                  external_ref";
    let mut text = format!("{header}\n");
    for i in 1..=1100u32 {
        let row = match i {
            // Line 602 (row 601): the NIK of row 590, held in the same batch.
            601 => with_nik(i, 590, "fisik"),
            // Row 1030: the NIK of row 12, written two batches before.
            1030 => with_nik(i, 12, "fisik"),
            // Row 700: row 650's external_ref.
            700 => with_nik(i, i, "fisik").replace("SRC-700", "SRC-650"),
            _ if i % 7 == 0 => with_nik(i, i, "fisik,psikis,fisik"),
            _ => with_nik(i, i, "psikis"),
        };
        text.push_str(&row);
        text.push('\n');
    }
    let f = write(&reg, "many.csv", &text);
    let out = reg.refused(&["intake", "--from", &f], 3);
    // Each refused row and the earlier line it matches.
    for (row, earlier) in [(602, 591), (1031, 13), (701, 651)] {
        assert!(
            out.contains(&format!("line {row}")) && out.contains(&format!("line {earlier}")),
            "{out}"
        );
    }
    // No case to show yet for a victim on an earlier line: keep one row, or both.
    assert!(
        out.contains("keep one of the two rows, or register both with --allow-duplicate")
            && !out.contains("kasus case show"),
        "{out}"
    );
    let id = reg.refused(&["--lang", "id", "intake", "--from", &f], 3);
    assert!(
        id.contains("korban di baris 591 berkas ini (NIK sama); simpan salah satu dari dua baris"),
        "{id}"
    );
    assert_eq!(
        reg.query_i64("SELECT count(*) FROM cases"),
        0,
        "all or nothing"
    );
    let rejects = reg.dir.path().join("rejects.csv");
    let out = import_skipping(&reg, &f, &rejects);
    assert!(out.contains("1097 added"), "{out}");
    assert_eq!(reg.query_i64("SELECT count(*) FROM cases"), 1097);
    assert_eq!(
        reg.query_i64("SELECT count(*) FROM case_violence WHERE type = 'fisik'"),
        // Every seventh row's (fisik twice) but row 700's, refused.
        (1..=1100).filter(|i| i % 7 == 0 && *i != 700).count() as i64
    );
    reg.ok(&["audit", "verify", "--data"]);
    reg.ok(&["check"]);
    // Numbered in the file's order, as one at a time.
    let c = show(&reg, "PPA/2026/0602");
    assert_eq!(c["external_ref"], "SRC-603");
    // The batches are the register file's writer (a server's writes one case at a time).
    if common::sqlite_only() {
        return;
    }
    // Each intake entry's rows are its case's: the case, its two persons, its types.
    let wrong = reg.query_i64(
        "WITH e AS (
             SELECT a.seq, c.id AS case_id, r.value AS row
             FROM audit a JOIN cases c ON c.uuid = a.case_uuid, json_each(a.details, '$.rows') r
             WHERE a.action = 'case.intake')
         SELECT count(*) FROM e WHERE NOT (
             (json_extract(row, '$[0]') = 'cases' AND json_extract(row, '$[1]') = case_id)
          OR (json_extract(row, '$[0]') = 'persons'
              AND (SELECT case_id FROM persons WHERE id = json_extract(row, '$[1]')) = case_id)
          OR (json_extract(row, '$[0]') = 'case_violence'
              AND json_extract(row, '$[1]') LIKE case_id || '/%'))",
    );
    assert_eq!(wrong, 0);
    let rows = reg.query_i64(
        "SELECT count(*) FROM audit a, json_each(a.details, '$.rows') WHERE a.action = 'case.intake'",
    );
    let written = reg.query_i64(
        "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM persons)
              + (SELECT count(*) FROM case_violence)",
    );
    assert_eq!(rows, written, "every row written is in its case's entry");
}

/// A row like [`good`] without an external_ref.
fn no_ref(i: u32) -> String {
    good(i).replace(&format!(",SRC-{i}"), ",")
}

/// Rows without an external_ref that give their reported_at are recognised by their report
/// (the same time, SOP and victim's name): the same file again adds nothing, also with
/// --allow-duplicate or --skip-invalid, and also a victim with no NIK and no birth date, whom
/// the duplicate checks cannot find.
#[test]
fn importing_a_file_without_external_refs_twice_adds_nothing_the_second_time() {
    let reg = register();
    let mut rows: Vec<String> = (1..=5).map(no_ref).collect();
    // Age only, no NIK: nothing for the duplicate checks.
    rows.push("batam-34-2020,2026-03-02 09:00,telepon,Umur Contoh,P,,30,,,,psikis,".to_string());
    let f = write(&reg, "n.csv", &csv(&rows));
    assert!(reg.ok(&["intake", "--from", &f]).contains("6 added"));
    let before = reg.state();
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(
        out.contains("0 added, 6 already registered (the same reported_at, SOP and victim's name)"),
        "{out}"
    );
    let out = reg.ok(&["intake", "--from", &f, "--allow-duplicate"]);
    assert!(out.contains("0 added, 6 already registered"), "{out}");
    let rej = reg.dir.path().join("rej.csv");
    let out = import_skipping(&reg, &f, &rej);
    assert!(out.contains("0 added, 6 already registered"), "{out}");
    assert!(out.contains("0 rejected"), "{out}");
    let id = reg.ok(&["--lang", "id", "intake", "--from", &f, "--json"]);
    let v: Value = serde_json::from_str(&id).unwrap();
    assert_eq!(v["added"], 0);
    assert_eq!(v["already_registered"], 6);
    assert_eq!(v["already_by_report"], 6);
    assert_eq!(before, reg.state());
    let id = reg.ok(&["--lang", "id", "intake", "--from", &f]);
    assert!(
        id.contains("0 ditambahkan, 6 sudah terdaftar (reported_at, SOP, dan nama korban sama)"),
        "{id}"
    );
}

/// The report is the time, the SOP and the victim's name: another name, another SOP or
/// another time is another case; rows with an external_ref are still known by it, and a row
/// with no reported_at (reported now) is never taken for an earlier one.
#[test]
fn a_report_is_its_time_sop_and_victim() {
    let reg = register();
    let f = write(&reg, "a.csv", &csv(&[good(1), no_ref(2), no_ref(3)]));
    assert!(reg.ok(&["intake", "--from", &f]).contains("3 added"));
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(
        out.contains("0 added, 3 already registered (1 by external_ref, 2 by the same reported_at, SOP and victim's name)"),
        "{out}"
    );
    let other_name = no_ref(2).replace("Korban2 Contoh", "Korban2 Lain");
    let other_time = no_ref(3).replace("2026-03-01 08:03", "2026-03-01 09:03");
    let other_sop = no_ref(2).replace("batam-34-2020", "babel-18-2024");
    let f = write(&reg, "b.csv", &csv(&[other_name, other_time, other_sop]));
    // Two of them are the victims of cases 2 and 3 (name and birth date): refused as such.
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(
        err.contains("line 3, column victim_name: the victim matches case PPA/2026/0003"),
        "{err}"
    );
    assert!(
        err.contains("line 4, column victim_name: the victim matches case PPA/2026/0002"),
        "{err}"
    );
    assert!(
        !err.contains("line 2,"),
        "another name is another victim: {err}"
    );
    let out = reg.ok(&["intake", "--from", &f, "--allow-duplicate"]);
    assert!(out.contains("3 added, 0 already registered"), "{out}");
    // Reported now (no reported_at): not recognised, so the duplicate checks answer.
    let now = no_ref(4).replace("2026-03-01 08:04", "");
    let f = write(&reg, "c.csv", &csv(&[now]));
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["the victim matches case PPA/2026/0007"],
    );
}

/// Rows added with neither an external_ref nor a reported_at with a time of day (none, or a
/// date alone) are counted and named in a note on stderr: a second import would add them
/// again. Rows with either say nothing. Both languages, --json and --dry-run.
#[test]
fn rows_a_second_import_cannot_recognise_are_counted_in_a_note() {
    let reg = register();
    let unkeyed = [
        no_ref(1).replace("2026-03-01 08:01", ""),
        no_ref(2).replace("2026-03-01 08:02", "2026-03-01"),
    ];
    let f = write(
        &reg,
        "u.csv",
        &csv(&[good(3), no_ref(4), unkeyed[0].clone(), unkeyed[1].clone()]),
    );
    let o = reg.run(&["intake", "--from", &f, "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("note: 2 rows it would add have neither an external_ref nor a reported_at with a time of day"),
        "{}",
        o.stderr
    );
    let o = reg.run(&["intake", "--from", &f, "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["added"], 4);
    assert_eq!(v["added_without_key"], 2);
    assert!(
        o.stderr
            .contains("importing this file again would add them again"),
        "{}",
        o.stderr
    );
    // The same file again: the two keyed rows are skipped; the row reported now and the row
    // with a date alone are checked as new rows, and found by their victims' name and birth date.
    let err = reg.refused(&["intake", "--from", &f], 3);
    assert!(err.contains("2 bad rows"), "{err}");
    // Keyed rows alone: no note.
    let f = write(&reg, "k.csv", &csv(&[good(5), no_ref(6)]));
    let o = reg.run(&["intake", "--from", &f]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(!o.stderr.contains("note"), "{}", o.stderr);
    let one = no_ref(7).replace("2026-03-01 08:07", "");
    let f = write(&reg, "one.csv", &csv(&[one]));
    let o = reg.run(&["--lang", "id", "intake", "--from", &f]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("catatan: 1 baris yang ditambahkan tidak punya external_ref maupun reported_at dengan jam"),
        "{}",
        o.stderr
    );
}

/// A row whose victim has the name of an earlier case's and an age that agrees (one of the two
/// with an age only) is added with a note by line and case number, as a single intake points
/// at it; the JSON lists each with the earlier cases. Not with --allow-duplicate, nor for
/// another age, another NIK or two birth dates.
#[test]
fn a_victim_of_the_same_name_and_an_age_that_agrees_is_noted_by_line() {
    let reg = register();
    let first = reg.ok(&[
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "datang-langsung",
        "--reported-at",
        "2025-03-01 09:00",
        "--victim-name",
        "Ani Contoh",
        "--victim-sex",
        "P",
        "--victim-age",
        "12",
        "--violence",
        "psikis",
        "--urgency",
        "biasa",
    ]);
    assert!(first.contains("PPA/2025/0001"), "{first}");
    let row = |minute: u32, name: &str, birth: &str, age: &str, nik_ref: &str| {
        format!(
            "batam-34-2020,2026-03-01 08:{minute:02},datang-langsung,{name},P,{birth},{age},\
             ,,,fisik,{nik_ref}"
        )
    };
    let rows = [
        row(1, "Bela Contoh", "", "20", "A-1"),
        // A year on: 13 agrees with 12.
        row(2, "ani  CONTOH", "", "13", "A-2"),
        // Agrees with both earlier cases (the register's and line 3's).
        row(3, "Ani Contoh", "2012-06-01", "", "A-3"),
        // Another age.
        row(4, "Ani Contoh", "", "30", "A-4"),
    ];
    let f = write(&reg, "ages.csv", &csv(&rows));
    let o = reg.run(&["intake", "--from", &f, "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("note: 2 rows it would add: the victim may already be registered")
            && o.stderr
                .contains("line 3: PPA/2026/0002, earlier PPA/2025/0001\n")
            && o.stderr
                .contains("line 4: PPA/2026/0003, earlier PPA/2025/0001, PPA/2026/0002\n")
            && !o.stderr.contains("line 5"),
        "{}",
        o.stderr
    );
    assert!(
        !o.stderr.contains("Ani"),
        "no name in the note: {}",
        o.stderr
    );
    let o = reg.run(&["--lang", "id", "intake", "--from", &f, "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("catatan: 2 baris yang ditambahkan: korbannya mungkin sudah terdaftar")
            && o.stderr
                .contains("baris 3: PPA/2026/0002, sebelumnya PPA/2025/0001"),
        "{}",
        o.stderr
    );
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["added"], 4);
    assert_eq!(
        v["possible_duplicates"],
        serde_json::json!([
            {"line": 3, "number": "PPA/2026/0002", "of": ["PPA/2025/0001"]},
            {"line": 4, "number": "PPA/2026/0003", "of": ["PPA/2025/0001", "PPA/2026/0002"]},
        ])
    );
    // --allow-duplicate registers the rows as they are, without the note; two NIKs are two
    // people.
    let f = write(
        &reg,
        "more.csv",
        &csv(&[
            row(5, "Ani Contoh", "", "13", "A-5"),
            row(6, "Bela Contoh", "", "20", "A-6"),
        ]),
    );
    let o = reg.run(&["intake", "--from", &f, "--allow-duplicate", "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(!o.stderr.contains("note"), "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["possible_duplicates"], serde_json::json!([]));
    // One row into a register of seven cases (each new victim looked up by name, not the
    // names shared found first): the same note.
    let f = write(
        &reg,
        "one.csv",
        &csv(&[row(7, "Bela Contoh", "", "21", "A-7")]),
    );
    let o = reg.run(&["intake", "--from", &f, "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        v["possible_duplicates"],
        serde_json::json!([
            {"line": 2, "number": "PPA/2026/0007", "of": ["PPA/2026/0001", "PPA/2026/0006"]},
        ])
    );
}

/// The same row twice in one file, without external_ref: the second is a bad row naming the
/// first, in the same batch or a later one (the cases are written 512 at a time), unless
/// --allow-duplicate.
#[test]
fn the_same_report_twice_in_a_file_is_a_bad_row() {
    let reg = register();
    let mut rows: Vec<String> = (1..=600).map(no_ref).collect();
    rows.push(no_ref(1));
    rows.insert(2, no_ref(2));
    let f = write(&reg, "t.csv", &csv(&rows));
    let err = reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "line 4, column reported_at: the same report as line 3",
            "line 603, column reported_at: the same report as line 2",
            "2 bad rows",
        ],
    );
    assert!(!err.contains("Korban"), "no personal data: {err}");
    let id = reg.refused(&["--lang", "id", "intake", "--from", &f], 3);
    assert!(id.contains("laporan yang sama dengan baris 2"), "{id}");
    let out = reg.ok(&["intake", "--from", &f, "--allow-duplicate"]);
    assert!(out.contains("602 added"), "{out}");
}

/// A single intake without external_ref given the reported_at of a registered report (a
/// script run twice) is refused, exit 4, unless --allow-duplicate; the victim's name is not
/// repeated.
#[test]
fn a_single_intake_of_a_registered_report_is_refused() {
    let reg = register();
    // Siti Contoh, 30, no NIK and no birth date, reported 2026-03-02 08:00.
    let args = common::BATAM_CASE;
    reg.ok(args);
    let err = reg.refused_saying(
        args,
        4,
        &[
            "the same report is already registered as case PPA/2026/0001",
            "--allow-duplicate",
        ],
    );
    assert!(!err.contains("Siti"), "no personal data: {err}");
    let mut id = vec!["--lang", "id"];
    id.extend_from_slice(args);
    let err = reg.refused(&id, 4);
    assert!(
        err.contains("laporan yang sama sudah terdaftar sebagai kasus PPA/2026/0001"),
        "{err}"
    );
    let mut again = args.to_vec();
    again.push("--allow-duplicate");
    assert!(reg.ok(&again).contains("PPA/2026/0002"));
    // Without --reported-at the case is reported now: another report.
    assert_eq!(args[args.len() - 2], "--reported-at");
    let now: Vec<&str> = args[..args.len() - 2].to_vec();
    assert!(reg.ok(&now).contains("PPA/2026/0003"));
}

/// The report is matched to the minute (a time typed with seconds is the same report), and
/// its victim must not be another: the same name with another NIK or birth date is another
/// victim's report, checked and added as a new row.
#[test]
fn a_report_matches_to_the_minute_and_not_another_victim() {
    let reg = register();
    let head =
        "sop,reported_at,channel,victim_name,victim_nik,victim_sex,victim_birth_date,violence\n";
    let row = |at: &str, nik: &str, birth: &str| {
        format!("{head}batam-34-2020,{at},telepon,Siti Contoh,{nik},P,{birth},fisik\n")
    };
    let f = write(
        &reg,
        "a.csv",
        &row("2026-03-01 09:00", "3171000000000001", "1991-02-03"),
    );
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
    // Seconds aside, the same minute; NIK left out: no contradiction.
    let f = write(&reg, "b.csv", &row("2026-03-01 09:00:45", "", "1991-02-03"));
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("0 added, 1 already registered"), "{out}");
    // Another NIK and another birth date: another victim of the same name.
    let f = write(
        &reg,
        "c.csv",
        &row("2026-03-01 09:00", "3171000000000002", "2002-02-02"),
    );
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(out.contains("1 added, 0 already registered"), "{out}");
    // The next minute is another report (here of the first victim: her NIK).
    let f = write(
        &reg,
        "d.csv",
        &row("2026-03-01 09:01", "3171000000000001", "1991-02-03"),
    );
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["the victim matches case PPA/2026/0001 (same NIK)"],
    );
}

/// In one file a row without external_ref is the same report as an earlier row with one, and
/// two rows with no reported_at (both reported now) are the same report too.
#[test]
fn the_same_report_in_a_file_counts_rows_with_a_reference_and_rows_reported_now() {
    let reg = register();
    let f = write(&reg, "a.csv", &csv(&[good(1), no_ref(1)]));
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["line 3, column reported_at: the same report as line 2"],
    );
    let now = no_ref(5).replace("2026-03-01 08:05", "");
    let f = write(&reg, "b.csv", &csv(&[now.clone(), now]));
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["line 3, column reported_at: the same report as line 2"],
    );
    let out = reg.ok(&["intake", "--from", &f, "--allow-duplicate"]);
    assert!(out.contains("2 added, 0 already registered (PPA/"), "{out}");
}

/// The victim of a report must not be another: the same name with another sex, or an age more
/// than a year apart, is another victim's report (added); a date without a time of day is too
/// wide to recognise a report (its rows go to the duplicate checks alone).
#[test]
fn a_report_is_not_another_victims_nor_a_whole_day() {
    let reg = register();
    let head = "sop,reported_at,channel,victim_name,victim_sex,victim_age,violence\n";
    let rows = |at: &str, list: &[(&str, &str)]| {
        let mut s = head.to_string();
        for (sex, age) in list {
            s.push_str(&format!(
                "batam-34-2020,{at},telepon,Nur Contoh,{sex},{age},fisik\n"
            ));
        }
        s
    };
    let f = write(&reg, "a.csv", &rows("2026-03-01 09:00", &[("P", "32")]));
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
    let f = write(
        &reg,
        "b.csv",
        &rows("2026-03-01 09:00", &[("L", "6"), ("P", "20"), ("P", "33")]),
    );
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(
        out.contains("2 added, 1 already registered"),
        "another sex, another age: {out}"
    );
    // A date alone: never recognised, in the register or in the file.
    let f = write(
        &reg,
        "c.csv",
        &rows("2026-03-01", &[("P", "40"), ("P", "40")]),
    );
    assert!(reg.ok(&["intake", "--from", &f]).contains("2 added"));
    assert!(reg.ok(&["intake", "--from", &f]).contains("2 added"));
    assert_eq!(count(&reg), 7);
}

/// A clock time written the Indonesian way, with a dot (`02-03-2026 08.30`, `2026-03-01 09.00`),
/// is a report's minute as `08:30` is: the same file again adds nothing, the same report twice
/// in one file is a bad row, and a single intake repeating it is refused; a dotted date alone
/// (`02.03.2026`) is still a day, never a report.
#[test]
fn a_clock_time_written_with_a_dot_is_a_reports_minute() {
    let reg = register();
    let head = "sop,reported_at,channel,victim_name,victim_sex,victim_age,violence\n";
    let file = |rows: &[(&str, &str)]| {
        let mut s = head.to_string();
        for (at, name) in rows {
            s.push_str(&format!("batam-34-2020,{at},telepon,{name},P,30,fisik\n"));
        }
        s
    };
    let f = write(
        &reg,
        "a.csv",
        &file(&[
            ("02-03-2026 08.30", "Ani Contoh"),
            ("2026-03-01 09.00", "Budi Contoh"),
        ]),
    );
    assert!(reg.ok(&["intake", "--from", &f]).contains("2 added"));
    let before = reg.state();
    let out = reg.ok(&["intake", "--from", &f]);
    assert!(
        out.contains("0 added, 2 already registered (the same reported_at, SOP and victim's name)"),
        "{out}"
    );
    // With a colon it is the same minute.
    let f = write(&reg, "b.csv", &file(&[("2026-03-02 08:30", "Ani Contoh")]));
    assert!(reg
        .ok(&["intake", "--from", &f])
        .contains("0 added, 1 already registered"));
    assert_eq!(before, reg.state());
    // Twice in one file: the second names the first.
    let f = write(
        &reg,
        "c.csv",
        &file(&[
            ("01-03-2026 10.15", "Cici Contoh"),
            ("01-03-2026 10.15", "Cici Contoh"),
        ]),
    );
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["line 3, column reported_at: the same report as line 2"],
    );
    // One at a time, as a script repeats it: the standard case, reported at a dotted time.
    let at = common::BATAM_CASE.len() - 1;
    assert_eq!(common::BATAM_CASE[at - 1], "--reported-at");
    let mut one = common::BATAM_CASE.to_vec();
    one[at] = "01-03-2026 11.45";
    reg.ok(&one);
    reg.refused_saying(&one, 4, &["the same report is already registered as case"]);
    // A dotted date alone is a day: too wide for a report, so both rows are added.
    let f = write(
        &reg,
        "d.csv",
        &file(&[("28.02.2026", "Eka Contoh"), ("28.02.2026", "Eka Contoh")]),
    );
    assert!(reg.ok(&["intake", "--from", &f]).contains("2 added"));
}

/// Rows with no reported_at are reported now, all of them: one matches an earlier row of the
/// same run, never a case registered before (here in the same minute: the tests' clock stands
/// still), and a registered case does not hide the earlier row.
#[test]
fn rows_reported_now_match_only_this_run() {
    let reg = register();
    let head = "sop,channel,victim_name,victim_sex,victim_age,violence\n";
    let row = "batam-34-2020,telepon,Nur Contoh,P,32,fisik\n";
    let f = write(&reg, "a.csv", &format!("{head}{row}"));
    assert!(reg.ok(&["intake", "--from", &f]).contains("1 added"));
    let f = write(&reg, "b.csv", &format!("{head}{row}{row}"));
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &["line 3, column reported_at: the same report as line 2 (neither row gives a reported_at"],
    );
}

/// In one file the same minute and name with another NIK is another victim, in the batch
/// being held and after it was written (cases are written 512 at a time).
#[test]
fn another_nik_in_the_same_minute_is_another_report_in_the_batch_and_after() {
    let reg = register();
    let mut s = String::from(
        "sop,reported_at,channel,victim_name,victim_nik,victim_sex,victim_age,violence\n",
    );
    let same = |nik: u32| {
        format!(
            "batam-34-2020,2026-03-01 09:00,telepon,Nur Contoh,31710000000{nik:05},P,32,fisik\n"
        )
    };
    s.push_str(&same(1));
    s.push_str(&same(2));
    for i in 0..600 {
        s.push_str(&format!(
            "batam-34-2020,2026-03-01 10:00,telepon,Korban{i} Contoh,,P,30,fisik\n"
        ));
    }
    s.push_str(&same(3));
    s.push_str(&same(1));
    let f = write(&reg, "n.csv", &s);
    // The last row: the victim of line 2 (same NIK) and the same report: the report is said.
    reg.refused_saying(
        &["intake", "--from", &f],
        3,
        &[
            "line 605, column reported_at: the same report as line 2",
            "1 bad row",
        ],
    );
    let out = reg.ok(&["intake", "--from", &f, "--allow-duplicate"]);
    assert!(out.contains("604 added"), "{out}");
}

/// A case imported from a file is stored as the same case entered with flags: every column of
/// the file lands in its field (the bulk writer feeds SQLite its values in an order of its own).
#[test]
fn a_row_of_a_file_is_stored_as_the_same_case_entered_with_flags() {
    let reg = register();
    let values = [
        ("sop", "batam-34-2020"),
        ("reported_at", "2026-03-01 09:15"),
        ("channel", "telepon"),
        ("victim_name", "Sari  Contoh"),
        ("victim_nik", "3174054101900001"),
        ("victim_sex", "P"),
        ("victim_birth_date", "1990-01-01"),
        ("victim_phone", "081200000001"),
        ("victim_address", "Jl. Contoh No. 1"),
        ("victim_kecamatan", "Kecamatan Contoh"),
        ("victim_kelurahan", "Kelurahan Contoh"),
        ("victim_disability", "netra"),
        ("complainant_name", "Budi Contoh"),
        ("complainant_phone", "081200000002"),
        ("complainant_relation", "ayah"),
        ("perpetrator_name", "Tono Contoh"),
        ("perpetrator_sex", "L"),
        ("perpetrator_age", "40"),
        ("perpetrator_relation", "suami-istri"),
        ("violence", "fisik"),
        ("place", "rumah-tangga"),
        ("incident_date", "2026-02-28"),
        ("chronology", "Kronologi contoh"),
        ("urgency", "darurat"),
        ("risk", "tinggi"),
    ];
    let mut args = vec!["intake".to_string(), "--no-input".into()];
    for (k, v) in values {
        args.push(format!("--{}", k.replace('_', "-")));
        args.push(v.to_string());
    }
    args.extend(["--external-ref".into(), "FLAGS-1".into()]);
    reg.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let header: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    let row: Vec<&str> = values.iter().map(|(_, v)| *v).collect();
    let file = write(
        &reg,
        "one.csv",
        &format!(
            "{},external_ref\n{},FILE-1\n",
            header.join(","),
            row.join(",")
        ),
    );
    reg.ok(&["intake", "--from", &file, "--allow-duplicate"]);
    let strip = |mut v: Value| {
        let o = v.as_object_mut().unwrap();
        for k in ["number", "uuid", "external_ref"] {
            o.remove(k);
        }
        for p in o["persons"].as_array_mut().unwrap() {
            p.as_object_mut().unwrap().remove("uuid");
        }
        v
    };
    let (flags, file) = (show(&reg, "PPA/2026/0001"), show(&reg, "PPA/2026/0002"));
    assert_eq!(
        (&flags["external_ref"], &file["external_ref"]),
        (&"FLAGS-1".into(), &"FILE-1".into())
    );
    assert_eq!(file["place"], "rumah-tangga");
    assert_eq!(file["chronology"], "Kronologi contoh");
    assert_eq!(file["persons"][0]["kelurahan"], "Kelurahan Contoh");
    assert_eq!(strip(flags), strip(file));
}

/// Perpetrators' fields that do not line up with their names are refused (row and flags alike),
/// not read as more perpetrators with no name: a comma for `;` between two names, an age too
/// many. Fewer entries than names leave the others unknown.
#[test]
fn perpetrator_fields_longer_than_the_names_are_refused() {
    let reg = register();
    let header = "sop,reported_at,channel,victim_name,victim_sex,victim_age,perpetrator_name,\
                  perpetrator_sex,perpetrator_age,violence,external_ref";
    let row = |i: u32, names: &str, sexes: &str, ages: &str| {
        format!(
            "batam-34-2020,2026-03-01 08:0{i},telepon,Korban{i} Contoh,P,30,\"{names}\",\
             \"{sexes}\",\"{ages}\",fisik,PERP-{i}"
        )
    };
    let file = write(
        &reg,
        "perps.csv",
        &format!(
            "{header}\n{}\n{}\n{}\n",
            row(1, "Andi Contoh, Dedi Contoh", "L;L", ""),
            row(2, "Andi Contoh;Dedi Contoh", "L", "30;40;50"),
            row(3, "Andi Contoh;Dedi Contoh", "L;", "30"),
        ),
    );
    let o = reg.run(&["intake", "--from", &file]);
    assert_eq!(o.code, 3, "{}", o.stderr);
    for (line, field) in [(2, "perpetrator_sex"), (3, "perpetrator_age")] {
        assert!(
            o.stderr.contains(&format!("line {line}, column {field}:")),
            "{}",
            o.stderr
        );
    }
    // An empty entry past the names is nothing (`L;`): line 4 is good.
    assert!(!o.stderr.contains("line 4"), "{}", o.stderr);
    assert!(
        o.stderr
            .contains("perpetrator_sex has 2 entries, more than the 1 of perpetrator_name"),
        "{}",
        o.stderr
    );
    assert!(
        !o.stderr.contains("Andi") && !o.stderr.contains("Dedi"),
        "{}",
        o.stderr
    );
    assert_eq!(count(&reg), 0, "nothing added");
    let rejects = reg.dir.path().join("rejects.csv");
    import_skipping(&reg, &file, &rejects);
    let case = show(&reg, "PPA/2026/0001");
    let perps: Vec<&Value> = case["persons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["role"] == "perpetrator")
        .collect();
    assert_eq!(perps.len(), 2);
    assert_eq!(
        (&perps[0]["sex"], &perps[0]["age"]),
        (&"L".into(), &30.into())
    );
    assert_eq!(
        (&perps[1]["name"], &perps[1]["sex"]),
        (&"Dedi Contoh".into(), &Value::Null)
    );
    // At the command line: one --perpetrator-age too many.
    let mut args = common::BATAM_CASE.to_vec();
    args.extend(["--perpetrator-name", "Andi Contoh"]);
    args.extend(["--perpetrator-age", "30", "--perpetrator-age", "40"]);
    let o = reg.run(&args);
    assert_ne!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("--perpetrator-age has 2 entries, more than the 1 of --perpetrator-name"),
        "{}",
        o.stderr
    );
    assert_eq!(count(&reg), 1);
}

/// A file with its header alone adds nothing and says why, in both languages (not an error: a
/// template saved before any row was typed in).
#[test]
fn a_header_alone_adds_nothing_and_says_so() {
    let reg = register();
    let f = write(&reg, "empty.csv", &csv(&[]));
    let out = reg.ok(&["intake", "--from", &f]);
    assert_eq!(
        out.trim(),
        "0 added, 0 already registered: the file holds no rows, only its header"
    );
    let out = reg.ok(&["--lang", "id", "intake", "--from", &f]);
    assert!(out.contains("berkas ini tidak berisi baris"), "{out}");
    // An empty JSON Lines file has no header to speak of.
    let j = write(&reg, "empty.jsonl", "");
    let out = reg.ok(&["intake", "--from", &j]);
    assert_eq!(
        out.trim(),
        "0 added, 0 already registered: the file holds no rows"
    );
    assert_eq!(count(&reg), 0);
}
