//! One output convention everywhere (issue 13): every command that prints data takes
//! `--format table|csv|json|ndjson` and `--out FILE`; CSV parses with a CSV reader, JSON and
//! NDJSON with serde_json, NDJSON has one object per row and no wrapper; `--out` writes the
//! file whole (mode 0600) and never the register (exit 4, the register unchanged).

mod common;

use common::{at, with_case, Reg, CASE};
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;

/// A register with rows in every list: staff, the standard case assigned, consent given, step 1
/// finished and step 2 running.
fn populated() -> Reg {
    let reg = with_case();
    reg.ok(&["assign", CASE, "--to", "Rina Contoh"]);
    reg.ok(&[
        "consent",
        CASE,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "tertulis",
        "--at",
        &at("08:10"),
    ]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:15")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:20")]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:25")]);
    reg
}

/// Every command that prints data, with the number of rows its CSV and NDJSON carry in the
/// populated register.
fn data_commands() -> Vec<(Vec<&'static str>, usize)> {
    vec![
        (vec!["case", "list"], 1),
        (vec!["case", "show", CASE], 2),
        (vec!["sop", "list"], 7),
        (vec!["sop", "show", "batam-34-2020"], 6),
        (vec!["staff", "list"], 1),
        (vec!["consent", "list", CASE], 1),
        (vec!["assign", "history", CASE], 1),
        (
            vec![
                "calendar",
                "show",
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-08",
            ],
            7,
        ),
        (vec!["audit", "verify"], 1),
        (vec!["check"], 1),
        (vec!["report", "case", CASE], 2),
        (vec!["report", "compliance"], 1),
        (vec!["report", "overdue"], 1),
        (vec!["report", "due"], 1),
        (vec!["report", "workload"], 1),
        (vec!["report", "summary"], 1),
    ]
}

fn with(args: &[&'static str], more: &[&'static str]) -> Vec<&'static str> {
    let mut v = args.to_vec();
    v.extend_from_slice(more);
    v
}

#[test]
fn every_data_command_prints_each_format_that_parses() {
    let reg = populated();
    let sops = reg.ok(&["sop", "list", "--format", "csv"]).lines().count() - 1;
    for (args, rows) in data_commands() {
        let rows = if args == ["sop", "list"] { sops } else { rows };
        // The table: something printed, for people.
        let table = reg.ok(&with(&args, &["--format", "table"]));
        assert!(!table.trim().is_empty(), "{args:?} table");

        let csv_text = reg.ok(&with(&args, &["--format", "csv"]));
        let mut r = csv::Reader::from_reader(csv_text.as_bytes());
        let headers = r.headers().expect("a CSV header").clone();
        assert!(headers.len() > 1, "{args:?}: {csv_text}");
        assert!(
            headers.iter().all(|h| h
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')),
            "{args:?}: keys in snake_case: {headers:?}"
        );
        let records: Vec<csv::StringRecord> = r
            .records()
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{args:?}: {e}\n{csv_text}"));
        if args[0] != "report" {
            assert_eq!(records.len(), rows, "{args:?} csv:\n{csv_text}");
        } else {
            assert!(records.len() >= rows, "{args:?} csv:\n{csv_text}");
        }

        let json_text = reg.ok(&with(&args, &["--format", "json"]));
        let json: Value = serde_json::from_str(&json_text)
            .unwrap_or_else(|e| panic!("{args:?}: {e}\n{json_text}"));
        assert!(json.is_array() || json.is_object(), "{args:?}");

        let nd = reg.ok(&with(&args, &["--format", "ndjson"]));
        let lines: Vec<Value> = nd
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{args:?}: {e}: {l}")))
            .collect();
        assert_eq!(
            lines.len(),
            records.len(),
            "{args:?}: one object per row:\n{nd}"
        );
        assert!(lines.iter().all(Value::is_object), "{args:?}: no wrapper");
        // A list's JSON is the array of its NDJSON lines.
        if let Some(a) = json.as_array() {
            assert_eq!(a, &lines, "{args:?}");
        }
    }
}

#[test]
fn lists_and_shows_keep_their_json_and_give_rows_in_csv() {
    let reg = populated();
    let show: Value =
        serde_json::from_str(&reg.ok(&["case", "show", CASE, "--format", "json"])).unwrap();
    assert_eq!(show["number"], CASE);
    let nd = reg.ok(&["case", "show", CASE, "--format", "ndjson"]);
    let first: Value = serde_json::from_str(nd.lines().next().unwrap()).unwrap();
    assert_eq!(first["case_number"], CASE);
    assert_eq!(first["verdict"], show["steps"][0]["verdict"]);
    assert_eq!(first["elapsed_secs"], 300);

    let sop: Value =
        serde_json::from_str(&reg.ok(&["sop", "show", "batam-34-2020", "--format", "json"]))
            .unwrap();
    assert_eq!(sop["steps"].as_array().unwrap().len(), 6);
    let csv_text = reg.ok(&["sop", "show", "batam-34-2020", "--format", "csv"]);
    assert!(
        csv_text.starts_with("sop_code,sop_version,number,activity,"),
        "{csv_text}"
    );

    let consents: Value =
        serde_json::from_str(&reg.ok(&["consent", "list", CASE, "--format", "json"])).unwrap();
    assert_eq!(consents["state"]["layanan"], "in-force");
    assert_eq!(consents["events"][0]["scopes"][0], "layanan");

    let check: Value = serde_json::from_str(&reg.ok(&["check", "--format", "json"])).unwrap();
    assert_eq!(check["verdict"], "passed");
    assert_eq!(check["integrity"], "ok");
    assert_eq!(check["failed"], serde_json::json!([]));
    let audit: Value =
        serde_json::from_str(&reg.ok(&["audit", "verify", "--format", "json"])).unwrap();
    assert_eq!(audit["verdict"], "intact");
    assert!(audit["entries"].as_i64().unwrap() > 3, "{audit}");
}

#[test]
fn a_broken_verdict_is_printed_as_data_and_still_exits_3() {
    let reg = populated();
    let head = reg.ok(&["audit", "head"]);
    let seq: i64 = head.trim().split(':').next().unwrap().parse().unwrap();
    let wrong = format!("{seq}:{}", "0".repeat(64));
    let o = reg.run(&["audit", "verify", "--head", &wrong, "--format", "json"]);
    assert_eq!(o.code, 3, "{o:?}");
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["verdict"], "head-mismatch");
    assert_eq!(v["checked_head"], seq);
    let o = reg.run(&["audit", "verify", "--head", &wrong, "--format", "csv"]);
    assert_eq!(o.code, 3);
    let mut r = csv::Reader::from_reader(o.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "head-mismatch");
}

#[test]
fn out_writes_the_file_whole_and_private() {
    let reg = populated();
    for (args, _) in data_commands() {
        let file = reg
            .dir
            .path()
            .join(format!("{}.out", args.join("-").replace('/', "_")));
        let name = file.to_str().unwrap().to_string();
        for format in ["table", "csv", "json", "ndjson"] {
            let mut p: Vec<&str> = args.clone();
            p.extend(["--format", format]);
            let printed = reg.ok(&p);
            let mut a: Vec<&str> = args.clone();
            a.extend(["--format", format, "--out", name.as_str()]);
            let o = reg.run(&a);
            assert_eq!(o.code, 0, "{a:?}: {o:?}");
            assert_eq!(o.stdout, "", "{a:?}: nothing on stdout");
            let written = std::fs::read_to_string(&file).unwrap();
            assert_eq!(written, printed, "{a:?}: the file holds what stdout would");
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{a:?}");
        }
    }
    // No temporary file is left beside them.
    let left: Vec<String> = std::fs::read_dir(reg.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn out_replaces_an_existing_file_only_when_complete() {
    let reg = populated();
    let file = reg.dir.path().join("overdue.csv");
    std::fs::write(&file, "old contents\n").unwrap();
    let name = file.to_str().unwrap();
    // A report that fails (an unknown column) leaves the old file as it was.
    reg.refused(
        &["report", "overdue", "--columns", "nope", "--out", name],
        2,
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old contents\n");
    reg.ok(&["report", "overdue", "--format", "csv", "--out", name]);
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .starts_with("kind,case,step,"));
}

#[test]
fn out_never_writes_the_register() {
    let reg = populated();
    let dangling = reg.dir.path().join("dangling.csv");
    std::os::unix::fs::symlink(reg.dir.path().join("nowhere/x.csv"), &dangling).unwrap();
    let mut targets = vec![dangling.to_str().unwrap().to_string()];
    // The register's own files (itself, its -wal, a hard link to it) are SQLite's: a register
    // on PostgreSQL is a database no path names (output_guard.rs says more); the dangling link
    // is refused on both engines.
    if reg.engine() == common::Engine::Sqlite {
        let path = reg.path().to_str().unwrap().to_string();
        let link = reg.dir.path().join("hard.db");
        std::fs::hard_link(reg.path(), &link).unwrap();
        targets.extend([
            format!("{path}-wal"),
            path,
            link.to_str().unwrap().to_string(),
        ]);
    }
    for (args, _) in data_commands() {
        for target in &targets {
            let mut a: Vec<&str> = args.clone();
            a.extend(["--format", "csv", "--out", target.as_str()]);
            let err = reg.refused(&a, 4);
            assert!(err.contains("--out "), "{a:?}: {err}");
            assert!(err.contains("Nothing was read or written"), "{a:?}: {err}");
        }
    }
    assert!(reg.ok(&["check"]).contains("check passed"));
}

/// `case list` uses the column names of `export cases` (the stable contract), with the same
/// values in each shared column.
#[test]
fn case_list_speaks_the_export_column_names() {
    let reg = populated();
    let read = |text: &str| {
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let h = r.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().unwrap();
        (h, rows)
    };
    let (lh, lrows) = read(&reg.ok(&["case", "list", "--format", "csv"]));
    let (eh, erows) = read(&reg.ok(&["export", "cases", "--format", "csv"]));
    assert_eq!(lrows.len(), 1);
    for (i, name) in lh.iter().enumerate() {
        let j = eh
            .iter()
            .position(|e| e == name)
            .unwrap_or_else(|| panic!("case list column {name} is not an export column"));
        assert_eq!(&lrows[0][i], &erows[0][j], "{name}");
    }
    let json: Value = serde_json::from_str(&reg.ok(&["case", "list", "--format", "json"])).unwrap();
    assert_eq!(json[0]["case_number"], CASE);
    assert_eq!(json[0]["sop_code"], "batam-34-2020");
    assert!(json[0].get("number").is_none());
}

/// Runs a write with `--format json` (or the `--json` alias): one JSON object on stdout holding
/// each of `keys`; returns it.
#[track_caller]
fn record(reg: &Reg, args: &[&str], keys: &[&str]) -> Value {
    let out = reg.ok(args);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"));
    assert!(v.is_object(), "{args:?}: {v}");
    for k in keys {
        assert!(v.get(*k).is_some(), "{args:?}: no key {k} in {v:#}");
    }
    v
}

const STEP_KEYS: &[&str] = &[
    "step_uuid",
    "case_uuid",
    "case_number",
    "step_number",
    "attempt",
    "status",
    "outcome",
    "started_at",
    "finished_at",
    "elapsed_secs",
    "wall_secs",
    "paused_secs",
    "clock",
    "standard_min_secs",
    "standard_max_secs",
    "verdict",
    "over_secs",
    "performer",
];

const CASE_KEYS: &[&str] = &[
    "case_uuid",
    "case_number",
    "sop_code",
    "sop_version",
    "reported_at",
    "status",
    "closed_at",
    "close_reason",
    "risk",
];

#[test]
fn every_write_prints_its_record_with_format_json() {
    let reg = with_case();
    let json = |a: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = a.iter().map(|s| s.to_string()).collect();
        v.extend(["--format".into(), "json".into()]);
        v
    };
    let run = |a: &[&str], keys: &[&str]| {
        let args = json(a);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        record(&reg, &args, keys)
    };

    // intake: the case as `export cases` writes it, and the keys it printed before.
    let mut intake: Vec<&str> = common::BATAM_CASE.to_vec();
    intake[6] = "Dewi Contoh";
    assert_eq!(common::BATAM_CASE[5], "--victim-name");
    let v = run(
        &intake,
        &[CASE_KEYS, &["number", "uuid", "sop", "duplicates_of"]].concat(),
    );
    assert_eq!(v["case_number"], v["number"]);
    assert_eq!(v["status"], "open");
    let second = v["case_number"].as_str().unwrap().to_string();

    let v = run(
        &["assign", CASE, "--to", "Rina Contoh", "--at", &at("08:01")],
        &[
            "assignment_uuid",
            "case_number",
            "staff_name",
            "role",
            "from_at",
            "until_at",
        ],
    );
    assert_eq!(v["staff_name"], "Rina Contoh");
    assert_eq!(v["until_at"], Value::Null);

    let v = run(
        &[
            "consent",
            CASE,
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "layanan",
            "--method",
            "tertulis",
            "--at",
            &at("08:02"),
        ],
        &[
            "consent_uuid",
            "case_number",
            "kind",
            "given_by",
            "relation",
            "scopes",
            "method",
            "at",
        ],
    );
    assert_eq!(v["kind"], "given");
    assert_eq!(v["scopes"], serde_json::json!(["layanan"]));

    let v = run(&["step", "start", CASE, "--at", &at("08:05")], STEP_KEYS);
    assert_eq!(
        (v["step_number"].as_u64(), v["status"].as_str()),
        (Some(1), Some("running"))
    );
    let uuid = v["step_uuid"].clone();
    let v = run(
        &[
            "step",
            "pause",
            CASE,
            "--reason",
            "waiting-victim",
            "--at",
            &at("08:06"),
        ],
        &[STEP_KEYS, &["pause"]].concat(),
    );
    assert_eq!(v["step_uuid"], uuid);
    assert_eq!(v["pause"]["reason"], "waiting-victim");
    let v = run(
        &["step", "resume", CASE, "--at", &at("08:07")],
        &[STEP_KEYS, &["pause"]].concat(),
    );
    assert_eq!(v["pause"]["resumed_at"], "2026-03-02T08:07:00+07:00");
    let v = run(&["step", "finish", CASE, "--at", &at("08:10")], STEP_KEYS);
    assert_eq!(v["step_uuid"], uuid);
    assert_eq!(v["status"], "finished");
    // 5 minutes, 1 of them paused: 4 minutes of effective time against 5.
    assert_eq!(v["elapsed_secs"], 240);
    assert_eq!(v["paused_secs"], 60);
    assert_eq!(v["verdict"], "on-time");

    for (from, to) in [("08:10", "08:20"), ("08:20", "08:30")] {
        reg.ok(&["step", "start", CASE, "--at", &at(from)]);
        reg.ok(&["step", "finish", CASE, "--at", &at(to)]);
    }
    reg.ok(&["step", "start", CASE, "--at", &at("08:30")]);
    let v = run(
        &["step", "decide", CASE, "--approve", "--at", &at("08:40")],
        STEP_KEYS,
    );
    assert_eq!(
        (v["step_number"].as_u64(), v["outcome"].as_str()),
        (Some(4), Some("approved"))
    );

    let v = run(
        &[
            "case",
            "service",
            CASE,
            "--type",
            "kesehatan",
            "--provider",
            "RSUD Contoh",
        ],
        &[
            "service_uuid",
            "case_number",
            "type",
            "provider",
            "given_at",
        ],
    );
    assert_eq!(v["type"], "kesehatan");
    let v = run(
        &[
            "case",
            "edit",
            CASE,
            "--risk",
            "tinggi",
            "--reason",
            "baru tahu",
        ],
        &[CASE_KEYS, &["fields_changed", "fields", "correction"]].concat(),
    );
    assert_eq!(
        (v["risk"].as_str(), v["fields_changed"].as_u64()),
        (Some("tinggi"), Some(1))
    );
    let v = run(
        &["assign", "end", CASE, "--staff", "Rina Contoh"],
        &["assignment_uuid", "until_at"],
    );
    assert_eq!(v["until_at"], "2026-03-02T12:00:00+07:00");
    let v = run(
        &["consent", "withdraw", CASE, "--scope", "layanan"],
        &["consent_uuid", "kind"],
    );
    assert_eq!(v["kind"], "withdrawn");
    let v = run(&["case", "close", CASE, "--reason", "selesai"], CASE_KEYS);
    assert_eq!(
        (v["status"].as_str(), v["close_reason"].as_str()),
        (Some("closed"), Some("selesai"))
    );
    let v = run(
        &["case", "reopen", CASE, "--reason", "laporan baru"],
        CASE_KEYS,
    );
    assert_eq!(v["status"], "open");

    // A refusal: the record on stdout, the hint about the flow on stderr.
    let o = reg.run(&[
        "consent",
        "refuse",
        &second,
        "--given-by",
        "Dewi Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan",
        "--method",
        "lisan",
        "--format",
        "json",
    ]);
    assert_eq!(o.code, 0, "{o:?}");
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["kind"], "refused");
    assert!(!o.stderr.is_empty());
}

#[test]
fn skip_prints_the_skipped_attempt_and_json_is_an_alias() {
    let reg = Reg::new();
    let mut intake: Vec<&str> = common::BATAM_CASE.to_vec();
    intake[2] = "tangerang-357-2025";
    // --json: the documented alias of --format json.
    let v = record(&reg, &[intake.as_slice(), &["--json"]].concat(), CASE_KEYS);
    let case = v["case_number"].as_str().unwrap().to_string();
    // Steps inside the unit need someone to do them: the case is Rina's.
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Satgas PPA"]);
    reg.ok(&["assign", &case, "--to", "Rina Contoh"]);
    for (from, to) in [
        ("08:05:00", "08:05:20"),
        ("08:05:20", "08:05:50"),
        ("08:05:50", "08:06:25"),
        ("08:06:25", "08:15:00"),
        ("08:15", "11:00"),
    ] {
        reg.ok(&["step", "start", &case, "--at", &at(from)]);
        reg.ok(&["step", "finish", &case, "--at", &at(to)]);
    }
    let v = record(
        &reg,
        &[
            "step",
            "skip",
            &case,
            "--reason",
            "tidak perlu",
            "--at",
            &at("11:00"),
            "--json",
        ],
        STEP_KEYS,
    );
    assert_eq!(
        (v["step_number"].as_u64(), v["status"].as_str()),
        (Some(6), Some("skipped"))
    );
    assert_eq!(v["reason"], "tidak perlu");
    // Without --format json the line for people stays.
    let line = reg.ok(&["step", "start", &case, "--at", &at("11:00")]);
    assert!(
        line.starts_with(&format!("{case} started step 7")),
        "{line}"
    );
}

/// A reader that goes away (`kasus case list --format ndjson | head -1`) ends every list quietly
/// with exit 0 in every format, also when the pipe closes in the middle of a row (more rows than
/// the output buffer holds).
#[test]
fn a_closed_pipe_ends_every_list_quietly_in_every_format() {
    let reg = common::with_cases(400);
    for args in [&["case", "list"][..], &["report", "overdue"][..]] {
        for format in ["ndjson", "json", "csv", "table"] {
            let mut all = args.to_vec();
            all.extend(["--format", format]);
            let full = reg.ok(&all);
            if format.contains("json") {
                assert!(full.len() > 70_000, "{all:?}: {} bytes", full.len());
            }
            let mut child = reg.spawn_piped(&all);
            drop(child.stdout.take());
            let o = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(0), "{all:?}: {stderr}");
            assert_eq!(stderr, "", "{all:?}");
        }
    }
}
