//! Many offices, one province (issue 20), slice 3: a merged register holds rows of several
//! offices. `--office` keeps one office's rows in `case list`, the reports and the exports;
//! `--by office` gives each office's figures and the whole register's, which add up; a case
//! number two offices issued is refused as ambiguous; another office's case is not changed.
//!
//! The other offices' rows come in as a province brings them: their `kasus bundle export`, then
//! `kasus merge` (`common::offices::merge_office`).

mod common;

use common::offices::{merge_office, office_uuid};
use common::{at, Reg};
use serde_json::Value;

/// An office's register: staff "Rina Contoh", `cases` standard cases (the first one's step 1
/// started and finished, the second's running), optionally under another prefix.
fn office(prefix: Option<&str>, cases: usize) -> Reg {
    let reg = Reg::new();
    if let Some(p) = prefix {
        reg.ok(&["config", "set", "office-prefix", p]);
    }
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let mut numbers = Vec::new();
    for _ in 0..cases {
        // The same report each time: registered again on purpose.
        numbers.push(reg.batam_case(&["--allow-duplicate"]));
    }
    let n0 = numbers[0].as_str();
    reg.ok(&[
        "assign",
        n0,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    reg.ok(&["step", "start", n0, "--at", &at("08:10")]);
    reg.ok(&["step", "finish", n0, "--at", &at("08:40")]);
    if let Some(n1) = numbers.get(1) {
        reg.ok(&["step", "start", n1, "--at", &at("08:15")]);
    }
    reg
}

/// This office (PPA, 2 cases), another PPA office (3 cases: its 0001 and 0002 share numbers
/// with this office's), and a P2TP2A-BDG office (1 case), merged.
fn merged() -> (Reg, String, String) {
    let own = office(None, 2);
    let other = office(None, 3);
    let bdg = office(Some("P2TP2A-BDG"), 1);
    let other_uuid = merge_office(&own, &other);
    let bdg_uuid = merge_office(&own, &bdg);
    (own, other_uuid, bdg_uuid)
}

fn json(reg: &Reg, args: &[&str]) -> Value {
    serde_json::from_str(&reg.ok(args)).expect("json")
}

fn rows(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        v => v["rows"].as_array().expect("rows").clone(),
    }
}

fn sum(rows: &[Value], key: &str) -> i64 {
    rows.iter().map(|r| r[key].as_i64().unwrap_or(0)).sum()
}

#[test]
fn office_filters_case_list_and_resolves_own_uuid_start_and_prefix() {
    let (reg, other, bdg) = merged();
    let all = rows(&json(&reg, &["case", "list", "--format", "json"]));
    assert_eq!(all.len(), 6);
    // A merged register lists each case's office first.
    assert!(all.iter().all(|r| r["office"].is_string()), "{all:?}");
    let count = |office: &str| {
        rows(&json(
            &reg,
            &["case", "list", "--format", "json", "--office", office],
        ))
        .len()
    };
    assert_eq!(count("own"), 2);
    assert_eq!(count(&other), 3);
    assert_eq!(count(&other[..13]), 3);
    assert_eq!(count("p2tp2a-bdg"), 1);
    assert_eq!(count(&bdg), 1);
    assert_eq!(count("own") + count(&other) + count(&bdg), all.len());
    // The table shows the office column too.
    let table = reg.ok(&["case", "list"]);
    assert!(
        table.contains("Office") && table.contains("P2TP2A-BDG"),
        "{table}"
    );
    // Two offices use PPA: ambiguous, both listed; an unknown office lists the offices.
    let out = reg.refused(&["case", "list", "--office", "PPA"], 3);
    assert!(
        out.contains("more than one office") && out.contains(&other),
        "{out}"
    );
    let out = reg.refused(&["case", "list", "--office", "XYZ"], 3);
    assert!(
        out.contains("'XYZ'") && out.contains(&bdg) && out.contains("(own)"),
        "{out}"
    );
    // A name typed there is not repeated.
    let out = reg.refused(&["case", "list", "--office", "Siti Contoh"], 3);
    assert!(!out.contains("Siti"), "{out}");
}

#[test]
fn a_register_of_one_office_lists_cases_as_before() {
    let reg = office(None, 2);
    let csv = reg.ok(&["case", "list", "--format", "csv"]);
    assert!(csv.starts_with("case_number,"), "{csv}");
    assert_eq!(
        reg.ok(&["case", "list", "--format", "csv", "--office", "own"]),
        csv
    );
    assert!(!reg.ok(&["case", "list"]).contains("Office"));
}

/// Each office's section of a `--by office` report: its rows, without the office column.
fn section(rows: &[Value], label: &str) -> Vec<Value> {
    rows.iter()
        .filter(|r| r["office"] == label)
        .map(|r| {
            let mut r = r.clone();
            r.as_object_mut().unwrap().remove("office");
            r
        })
        .collect()
}

/// A report of the test: its name, extra flags, the columns that add up, the keys naming a row.
type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);

#[test]
fn by_office_figures_add_up_to_the_total_and_match_office() {
    let (reg, other, bdg) = merged();
    let offices: Vec<String> = vec!["own".into(), other.clone(), bdg.clone()];
    // (report, extra flags, the columns that add up, the key naming a row)
    let cases: &[Case] = &[
        (
            "summary",
            &[],
            &["registered", "closed"],
            &["dimension", "category"],
        ),
        ("compliance", &[], &["count"], &["sop", "step"]),
        ("workload", &[], &["open_cases", "running_steps"], &[]),
        ("overdue", &["--idle", "0"], &[], &[]),
        ("due", &[], &[], &[]),
        ("referrals", &[], &["count"], &["agency_kind"]),
    ];
    for (report, extra, adding, key) in cases {
        let mut args = vec!["report", report, "--format", "json", "--by", "office"];
        args.extend_from_slice(extra);
        let by = rows(&json(&reg, &args));
        let labels: Vec<String> = by
            .iter()
            .map(|r| r["office"].as_str().unwrap().to_string())
            .collect();
        assert!(labels.iter().any(|l| l == "total"), "{report}: {labels:?}");
        let total = section(&by, "total");
        let mut parts = Vec::new();
        for o in &offices {
            let mut args = vec!["report", report, "--format", "json", "--office", o.as_str()];
            args.extend_from_slice(extra);
            let alone = rows(&json(&reg, &args));
            if alone.is_empty() {
                // An office with nothing to list has no section.
                parts.push(alone);
                continue;
            }
            // The office's section of --by office is the report of --office.
            let label = labels
                .iter()
                .find(|l| section(&by, l) == alone && *l != "total")
                .unwrap_or_else(|| panic!("{report} --office {o}: no section equals it"));
            assert_ne!(label, "total");
            parts.push(alone);
        }
        if adding.is_empty() {
            // A list: the offices' rows are the whole register's.
            let n: usize = parts.iter().map(Vec::len).sum();
            assert_eq!(n, total.len(), "{report}");
            assert!(n >= 2, "{report}: {n}");
            continue;
        }
        for col in *adding {
            if key.is_empty() {
                let s: i64 = parts.iter().map(|p| sum(p, col)).sum();
                assert_eq!(s, sum(&total, col), "{report} {col}");
                continue;
            }
            for t in &total {
                let s: i64 = parts
                    .iter()
                    .flat_map(|p| p.iter())
                    .filter(|r| key.iter().all(|k| r[*k] == t[*k]))
                    .map(|r| r[*col].as_i64().unwrap_or(0))
                    .sum();
                assert_eq!(s, t[*col].as_i64().unwrap_or(0), "{report} {col} {t}");
            }
        }
    }
    // The summary counts every office's cases.
    let by = rows(&json(
        &reg,
        &["report", "summary", "--format", "json", "--by", "office"],
    ));
    let registered: i64 = section(&by, "total")
        .iter()
        .filter(|r| r["dimension"] == "channel")
        .map(|r| r["registered"].as_i64().unwrap())
        .sum();
    assert_eq!(registered, 6);
    // --by office with --office: one or the other (exit 2).
    reg.refused(
        &["report", "summary", "--by", "office", "--office", "own"],
        2,
    );
}

#[test]
fn exports_keep_one_office_rows() {
    let (reg, other, bdg) = merged();
    for table in ["cases", "steps", "persons", "assignments"] {
        let lines = |office: Option<&str>| {
            let mut args = vec!["export", table, "--format", "ndjson"];
            if let Some(o) = office {
                args.extend(["--office", o]);
            }
            reg.ok(&args).lines().count()
        };
        let all = lines(None);
        let parts = lines(Some("own")) + lines(Some(&other)) + lines(Some(&bdg));
        assert_eq!(parts, all, "{table}");
        assert!(lines(Some("own")) < all, "{table}");
    }
    let own = reg.ok(&["export", "cases", "--format", "ndjson", "--office", "own"]);
    assert!(own.lines().all(|l| !l.contains("P2TP2A-BDG")));
    reg.refused(&["export", "audit", "--office", "own"], 2);
    let simfoni = reg.ok(&["export", "simfoni", "--office", &bdg]);
    assert_eq!(simfoni.lines().count(), 2, "{simfoni}");
}

#[test]
fn a_number_two_offices_issued_is_ambiguous_without_office() {
    let (reg, other, _) = merged();
    let out = reg.refused(&["case", "show", "PPA/2026/0001"], 3);
    assert!(
        out.contains("more than once") && out.contains("--office") && out.contains(&other),
        "{out}"
    );
    let own = json(
        &reg,
        &[
            "case",
            "show",
            "PPA/2026/0001",
            "--office",
            "own",
            "--format",
            "json",
        ],
    );
    let theirs = json(
        &reg,
        &[
            "case",
            "show",
            "PPA/2026/0001",
            "--office",
            &other,
            "--format",
            "json",
        ],
    );
    assert_ne!(own["uuid"], theirs["uuid"]);
    // By its UUID, as ever; the refusal lists each case's UUID to give.
    let uuid = theirs["uuid"].as_str().unwrap();
    assert!(out.contains(uuid), "{out}");
    assert!(out.contains(own["uuid"].as_str().unwrap()), "{out}");
    reg.ok(&["case", "show", uuid]);
    // A number of another office than --office names: said so, not "did you mean" itself.
    let out = reg.refused(
        &["case", "show", "P2TP2A-BDG/2026/0001", "--office", "own"],
        3,
    );
    assert!(out.contains("not one of the cases of the office"), "{out}");
    assert!(!out.contains("did you mean"), "{out}");
    // A number only one office issued: as today.
    reg.ok(&["case", "show", "PPA/2026/0003"]);
    reg.ok(&["case", "show", "P2TP2A-BDG/2026/0001"]);
    // The report of one case takes --office too.
    reg.refused(&["report", "case", "PPA/2026/0001"], 3);
    reg.ok(&["report", "case", "PPA/2026/0001", "--office", "own"]);
    // So do a case's consents and assignments.
    for cmd in [["consent", "list"], ["assign", "history"]] {
        let out = reg.refused(&[cmd[0], cmd[1], "PPA/2026/0001"], 3);
        assert!(out.contains("--office"), "{out}");
        let own = reg.ok(&[cmd[0], cmd[1], "PPA/2026/0001", "--office", "own"]);
        let theirs = reg.ok(&[cmd[0], cmd[1], "PPA/2026/0001", "--office", &other]);
        assert!(!own.is_empty() && !theirs.is_empty());
    }
    // Indonesian too.
    let out = reg.refused(&["--lang", "id", "case", "show", "PPA/2026/0001"], 3);
    assert!(out.contains("lebih dari sekali"), "{out}");
}

#[test]
fn another_office_case_is_not_changed() {
    let (reg, other, _) = merged();
    let theirs = json(
        &reg,
        &[
            "case",
            "show",
            "PPA/2026/0001",
            "--office",
            &other,
            "--format",
            "json",
        ],
    );
    let uuid = theirs["uuid"].as_str().unwrap().to_string();
    let before = reg.state();
    for args in [
        vec!["case", "close", "PPA/2026/0003", "--reason", "selesai"],
        vec!["case", "close", uuid.as_str(), "--reason", "selesai"],
        vec!["step", "start", uuid.as_str()],
        vec!["case", "service", "PPA/2026/0003", "--type", "kesehatan"],
        vec![
            "case",
            "edit",
            "PPA/2026/0003",
            "--risk",
            "tinggi",
            "--reason",
            "x",
        ],
        vec!["case", "reopen", "PPA/2026/0003", "--reason", "x"],
        vec!["assign", "PPA/2026/0003", "--to", "Rina Contoh"],
    ] {
        let out = reg.refused(&args, 4);
        assert!(
            out.contains("belongs to office") && out.contains("Nothing was changed"),
            "{args:?}: {out}"
        );
    }
    assert_eq!(reg.state(), before);
    // A number both offices issued: a change means this office's case.
    let own_before = json(
        &reg,
        &[
            "case",
            "show",
            "PPA/2026/0002",
            "--office",
            "own",
            "--format",
            "json",
        ],
    );
    reg.ok(&["step", "finish", "PPA/2026/0002"]);
    reg.ok(&["case", "close", "PPA/2026/0002", "--reason", "selesai"]);
    let own_after = json(
        &reg,
        &[
            "case",
            "show",
            "PPA/2026/0002",
            "--office",
            "own",
            "--format",
            "json",
        ],
    );
    assert_eq!(own_before["uuid"], own_after["uuid"]);
    assert_eq!(own_after["status"], "closed");
    let theirs2 = json(
        &reg,
        &[
            "case",
            "show",
            "PPA/2026/0002",
            "--office",
            &other,
            "--format",
            "json",
        ],
    );
    assert_eq!(theirs2["status"], "open");
    let out = reg.refused(
        &[
            "--lang",
            "id",
            "case",
            "close",
            "PPA/2026/0003",
            "--reason",
            "x",
        ],
        4,
    );
    assert!(out.contains("Tidak ada yang diubah"), "{out}");
}

#[test]
fn merged_rows_carry_their_office() {
    let own = office(None, 1);
    let other = office(None, 1);
    let uuid = merge_office(&own, &other);
    assert_eq!(uuid, office_uuid(&other));
    let n = own.query_i64(&format!(
        "SELECT count(*) FROM cases WHERE origin = '{uuid}'"
    ));
    assert_eq!(n, 1);
}

#[test]
fn a_staff_name_two_offices_use_means_this_office_staff() {
    let (reg, _, _) = merged();
    // Every office has a "Rina Contoh": the assignment goes to this office's.
    reg.ok(&[
        "assign",
        "PPA/2026/0002",
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    let origins = reg.query_strings(
        "SELECT s.origin FROM assignments a JOIN staff s ON s.id = a.staff_id
         JOIN cases c ON c.id = a.case_id
         WHERE c.number = 'PPA/2026/0002' AND c.origin IS NULL",
    );
    assert_eq!(origins, vec![None]);
    let n = reg.query_i64("SELECT count(*) FROM staff WHERE name = 'Rina Contoh'");
    assert_eq!(n, 3);
    // The workload of this office counts its Rina's cases, not the namesakes'.
    let own = rows(&json(
        &reg,
        &["report", "workload", "--format", "json", "--office", "own"],
    ));
    assert_eq!(own.len(), 1, "{own:?}");
    assert_eq!(own[0]["open_cases"], 2, "{own:?}");
}

#[test]
fn assignee_with_office_means_that_office_staff() {
    let (reg, other, _) = merged();
    let list = |args: &[&str]| {
        let mut a = vec![
            "case",
            "list",
            "--format",
            "json",
            "--assignee",
            "Rina Contoh",
        ];
        a.extend_from_slice(args);
        rows(&json(&reg, &a))
    };
    // This office's Rina holds its case 0001; the other office's Rina holds theirs.
    let own = list(&[]);
    assert_eq!(own.len(), 1, "{own:?}");
    let theirs = list(&["--office", &other]);
    assert_eq!(theirs.len(), 1, "{theirs:?}");
    assert_ne!(own[0]["case_uuid"], theirs[0]["case_uuid"]);
}

/// SQLite's plan of `sql` (every parameter NULL), its lines joined.
fn plan(conn: &rusqlite::Connection, sql: &str) -> String {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let n = stmt.parameter_count();
    let params = vec![rusqlite::types::Value::Null; n];
    let lines: Vec<String> = stmt
        .query_map(rusqlite::params_from_iter(params), |r| r.get(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    lines.join("\n")
}

#[test]
fn the_office_filter_keeps_open_work_on_its_indexes() {
    // SQLite's query plans over its own indexes (a file opened with the library): PostgreSQL's
    // planner chooses by its statistics, on a register this small a scan, and its indexes are
    // its schema's (src/register/postgres/schema.rs); the office filter's rows on PostgreSQL
    // are the other tests of this file.
    if common::sqlite_only() {
        return;
    }
    use kasus::register::reports::{running_sql, scoped, ACTIVITY_SQL};
    let (reg, other, _) = merged();
    let mut register = kasus::register::Register::open(reg.path()).unwrap();
    // Not limited: the very queries `tests/open_work.rs` checks the plans of.
    assert_eq!(register.scope_sql("c"), "");
    assert_eq!(scoped(&running_sql(), "ORDER BY", ""), running_sql());
    assert_eq!(scoped(ACTIVITY_SQL, "ORDER BY", ""), ACTIVITY_SQL);
    // Limited to an office: still the running steps' and the open cases' indexes, each case
    // sought by id (its origin read from its row), never a scan of the cases.
    let offices = register.offices().unwrap();
    register.set_scope(Some(offices.resolve(&other).unwrap()));
    let cond = register.scope_sql("c");
    assert!(cond.contains(&other), "{cond}");
    let conn = rusqlite::Connection::open(reg.path()).unwrap();
    let running = plan(&conn, &scoped(&running_sql(), "ORDER BY", &cond));
    assert!(
        running.contains("SCAN a USING COVERING INDEX step_attempts_running_start"),
        "{running}"
    );
    assert!(
        running.contains("SEARCH c USING INDEX cases_open (id=?)"),
        "{running}"
    );
    let activity = plan(&conn, &scoped(ACTIVITY_SQL, "ORDER BY", &cond));
    assert!(activity.contains("USING INDEX cases_open"), "{activity}");
    assert!(
        !activity.contains("SCAN c\n") && !activity.ends_with("SCAN c"),
        "{activity}"
    );
}

#[test]
fn the_monthly_page_takes_office() {
    let (reg, _, bdg) = merged();
    let page = reg.dir.path().join("bdg.html");
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "2026-03",
        "--office",
        &bdg,
        "--out",
        page.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("P2TP2A-BDG/2026/0001")
            || page.exists()
    );
    let before = reg.state();
    let out = reg.refused(
        &[
            "report", "monthly", "--period", "2026-03", "--office", "XYZ", "--out", "x.html",
        ],
        3,
    );
    assert!(out.contains("no office 'XYZ'"), "{out}");
    assert_eq!(reg.state(), before);
}

#[test]
fn step_import_refuses_another_office_case_and_means_this_office_by_a_shared_number() {
    let (reg, _, _) = merged();
    let file = reg.dir.path().join("steps.csv");
    // PPA/2026/0003 is the other office's alone.
    std::fs::write(
        &file,
        "case,step,started_at,finished_at\nPPA/2026/0003,1,2026-03-02 09:00,2026-03-02 09:04\n",
    )
    .unwrap();
    let before = reg.state();
    let out = reg.refused(&["step", "import", file.to_str().unwrap()], 3);
    assert!(
        out.contains("belongs to another office") && out.contains("nothing was recorded"),
        "{out}"
    );
    assert_eq!(reg.state(), before);
    // PPA/2026/0001 both issued: this office's case gets the attempt (its step 2).
    std::fs::write(
        &file,
        "case,step,started_at,finished_at\nPPA/2026/0001,2,2026-03-02 09:00,2026-03-02 09:04\n",
    )
    .unwrap();
    reg.ok(&["step", "import", file.to_str().unwrap()]);
    let origins = reg.query_strings(
        "SELECT c.origin FROM step_attempts a JOIN cases c ON c.id = a.case_id
         WHERE a.step_number = 2",
    );
    assert_eq!(origins, vec![None]);
}

#[test]
fn a_change_to_a_number_only_other_offices_issued_names_them_all() {
    let prov = office(Some("PROV"), 1);
    let a = office(None, 1);
    let b = office(None, 1);
    let a_uuid = merge_office(&prov, &a);
    let b_uuid = merge_office(&prov, &b);
    let before = prov.state();
    let out = prov.refused(
        &["case", "close", "PPA/2026/0001", "--reason", "selesai"],
        4,
    );
    assert!(out.contains("other offices only"), "{out}");
    assert!(out.contains(&a_uuid) && out.contains(&b_uuid), "{out}");
    assert!(out.contains("Nothing was changed"), "{out}");
    assert_eq!(prov.state(), before);
}
