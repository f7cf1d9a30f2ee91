//! Reports over a register with known, backdated step times: every number is checked exactly,
//! in CSV (read back with a CSV reader), JSON, and the table.

mod common;
use common::Reg;
use serde_json::Value;

/// Registers a Batam case reported at `reported` ("2026-03-02 08:00") and returns its number.
fn batam_case(
    reg: &Reg,
    name: &str,
    sex: &str,
    age: &str,
    violence: &str,
    reported: &str,
) -> String {
    let out = reg.ok(&[
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "datang-langsung",
        "--victim-name",
        name,
        "--victim-sex",
        sex,
        "--victim-age",
        age,
        "--violence",
        violence,
        "--reported-at",
        reported,
        "--place",
        "rumah-tangga",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    v["number"].as_str().unwrap().to_string()
}

fn step(reg: &Reg, case: &str, start: &str, finish: Option<&str>) {
    reg.ok(&["step", "start", case, "--at", start]);
    if let Some(f) = finish {
        reg.ok(&["step", "finish", case, "--at", f]);
    }
}

/// Four March cases and one February case:
/// step 1 (standard 5 menit) took 4, 5, 7, 10 minutes in March and 1 minute in February;
/// step 2 (standard 60 menit) took 50, 61, 30 minutes; case 4's step 2 runs since 09:00.
fn register() -> (Reg, Vec<String>) {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let feb = batam_case(
        &reg,
        "Eka Contoh",
        "P",
        "70",
        "penelantaran",
        "2026-02-10 08:00",
    );
    step(&reg, &feb, "2026-02-10 08:10", Some("2026-02-10 08:11"));
    let specs = [
        ("Ani Contoh", "P", "4", "fisik", 4, Some(50)),
        ("Budi Contoh", "L", "10", "fisik,psikis", 5, Some(61)),
        ("Citra Contoh", "P", "15", "seksual", 7, Some(30)),
        ("Dewi Contoh", "P", "30", "psikis", 10, None),
    ];
    let mut cases = vec![];
    for (name, sex, age, violence, m1, m2) in specs {
        let c = batam_case(&reg, name, sex, age, violence, "2026-03-02 08:00");
        reg.ok(&[
            "assign",
            &c,
            "--to",
            "Rina Contoh",
            "--role",
            "Staff Penerima",
        ]);
        step(
            &reg,
            &c,
            "2026-03-02 08:10",
            Some(&format!("2026-03-02 08:{:02}", 10 + m1)),
        );
        match m2 {
            Some(m) => step(
                &reg,
                &c,
                "2026-03-02 09:00",
                Some(&format!("2026-03-02 {:02}:{:02}", 9 + m / 60, m % 60)),
            ),
            None => step(&reg, &c, "2026-03-02 09:00", None),
        }
        cases.push(c);
    }
    reg.ok(&[
        "case",
        "close",
        &cases[0],
        "--at",
        "2026-03-02 11:00",
        "--reason",
        "selesai",
    ]);
    cases.insert(0, feb);
    (reg, cases)
}

fn csv_rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .zip(rec.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn json(reg: &Reg, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&reg.ok(&a)).unwrap()
}

#[test]
fn compliance_counts_medians_p90_and_on_time_share_exactly() {
    let (reg, _) = register();
    let v = json(&reg, &["report", "compliance", "--period", "2026-03"]);
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{v}");
    let s1 = &rows[0];
    assert_eq!(
        (s1["sop"].as_str(), s1["step"].as_u64()),
        (Some("batam-34-2020"), Some(1))
    );
    assert_eq!(s1["count"], 4);
    assert_eq!(s1["median_secs"], 360.0); // (300 + 420) / 2
    assert_eq!(s1["p90_secs"], 600); // rank ceil(3.6) = 4
    assert_eq!(s1["max_secs"], 600);
    assert_eq!(s1["on_time"], 2);
    assert_eq!(s1["on_time_share"], 0.5);
    assert_eq!(s1["standard_max_secs"], 300);
    let s2 = &rows[1];
    assert_eq!(
        (
            s2["count"].as_u64(),
            s2["median_secs"].as_f64(),
            s2["p90_secs"].as_u64()
        ),
        (Some(3), Some(3000.0), Some(3660))
    );
    assert_eq!(s2["on_time"], 2);

    // The February attempt counts for the year, not for March.
    let year = json(&reg, &["report", "compliance", "--period", "2026"]);
    assert_eq!(year["rows"][0]["count"], 5);
    assert_eq!(year["rows"][0]["median_secs"], 300.0);
    let feb = json(
        &reg,
        &[
            "report",
            "compliance",
            "--from",
            "2026-02-01",
            "--to",
            "2026-02-28",
        ],
    );
    assert_eq!(feb["rows"][0]["count"], 1);

    let csv = csv_rows(&reg.ok(&[
        "report",
        "compliance",
        "--period",
        "2026-03",
        "--format",
        "csv",
    ]));
    assert_eq!(csv.len(), 2);
    assert_eq!(csv[0]["median_secs"], "360");
    assert_eq!(csv[0]["on_time_share"], "0.5");
    assert_eq!(csv[1]["p90_secs"], "3660");

    let table = reg.ok(&["report", "compliance", "--period", "2026-03"]);
    assert!(
        table.contains("50%") && table.contains("6 menit"),
        "{table}"
    );

    // Step 1 is the pelapor's (outside the unit, no performer recorded); step 2 the assigned staff's.
    let by_staff = json(
        &reg,
        &[
            "report",
            "compliance",
            "--period",
            "2026-03",
            "--by",
            "staff",
        ],
    );
    let performers: Vec<(u64, &str)> = by_staff["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["step"].as_u64().unwrap(),
                r["performer"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(performers, [(1, ""), (2, "Rina Contoh")]);
}

#[test]
fn the_case_timeline_has_waits_verdicts_and_totals() {
    let (reg, cases) = register();
    let v = json(&reg, &["report", "case", &cases[2]]);
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["elapsed_secs"], 300);
    assert_eq!(rows[0]["verdict"], "on-time");
    assert_eq!(rows[1]["elapsed_secs"], 3660);
    assert_eq!(rows[1]["verdict"], "over");
    assert_eq!(rows[1]["over_secs"], 60);
    assert_eq!(rows[1]["wait_secs"], 2700); // 08:15 -> 09:00
    assert_eq!(rows[1]["started_at"], "2026-03-02T09:00:00+07:00");
    assert_eq!(v["totals"]["elapsed_secs"], 3960);
    assert_eq!(v["totals"]["wait_secs"], 2700);
    assert_eq!(v["totals"]["sop_total_max_secs"], 12900);
    let csv = csv_rows(&reg.ok(&["report", "case", &cases[2], "--format", "csv"]));
    assert_eq!(csv[1]["over_secs"], "60");
    assert!(csv[0]["activity"].starts_with("Pelapor menyerahkan"));
    let table = reg.ok(&["report", "case", &cases[2]]);
    assert!(
        table.contains("1 jam 6 menit in steps (2 finished), 45 menit waiting"),
        "{table}"
    );
}

#[test]
fn overdue_steps_and_idle_cases_and_the_cron_alert() {
    let (reg, cases) = register();
    // The idle case's holder is who to ask about it (an assignment is no step activity).
    reg.ok(&["staff", "add", "Sari Contoh", "--role", "Konselor"]);
    for (who, role) in [
        ("Rina Contoh", "Staff Penerima"),
        ("Sari Contoh", "Konselor"),
    ] {
        reg.ok(&["assign", &cases[0], "--to", who, "--role", role]);
    }
    let v = json(&reg, &["report", "overdue", "--at", "2026-03-02 11:00"]);
    let rows = v["rows"].as_array().unwrap();
    let step = rows.iter().find(|r| r["kind"] == "overdue-step").unwrap();
    assert_eq!(step["case"], cases[4].as_str());
    assert_eq!(step["step"], 2);
    assert_eq!(step["elapsed_secs"], 7200);
    assert_eq!(step["over_secs"], 3600);
    assert_eq!(step["holder"], "Rina Contoh");
    let idle = rows.iter().find(|r| r["kind"] == "idle-case").unwrap();
    assert_eq!(idle["case"], cases[0].as_str());
    assert_eq!(idle["last_activity_at"], "2026-02-10T08:11:00+07:00");
    // Who to ask about it: whoever holds the case now.
    assert_eq!(idle["holder"], "Sari Contoh; Rina Contoh");
    assert_eq!(v["overdue_steps"], 1);

    let o = reg.run(&[
        "report",
        "overdue",
        "--at",
        "2026-03-02 11:00",
        "--fail-if-any",
        "--format",
        "csv",
    ]);
    assert_eq!(o.code, 10, "{o:?}");
    assert_eq!(csv_rows(&o.stdout).len(), 2);
    // The alert names what was found, the counts that are not zero.
    assert!(
        o.stderr
            .contains("kasus: 1 overdue step, 1 case idle for 7 days or more\n"),
        "{}",
        o.stderr
    );
    let quiet = reg.run(&[
        "report",
        "overdue",
        "--at",
        "2026-03-02 09:30",
        "--idle",
        "30",
        "--fail-if-any",
    ]);
    assert_eq!(quiet.code, 0, "{quiet:?}");
}

#[test]
fn workload_per_staff() {
    let (reg, _) = register();
    let v = json(&reg, &["report", "workload"]);
    let r = &v["rows"][0];
    assert_eq!(r["staff"], "Rina Contoh");
    assert_eq!(r["open_cases"], 3); // case 1 of March is closed
    assert_eq!(r["running_steps"], 1);
    assert_eq!(r["overdue_steps"], 1); // running since 09:00, now is 12:00, standard 60 menit
                                       // A staff member's roles are `; `-separated, as in `staff list` (a role may hold a comma).
    let added = reg.ok(&[
        "staff",
        "add",
        "Dewi Contoh",
        "--role",
        "Kasi",
        "--role",
        "Konselor, Psikolog",
    ]);
    assert!(added.contains("(Kasi; Konselor, Psikolog)"), "{added}");
    let list = reg.ok(&["staff", "list"]);
    assert!(list.contains("Kasi; Konselor, Psikolog"), "{list}");
    let v = json(&reg, &["report", "workload"]);
    let dewi = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["staff"] == "Dewi Contoh")
        .unwrap()
        .clone();
    assert_eq!(dewi["roles"], "Kasi; Konselor, Psikolog");
}

#[test]
fn summary_counts_by_simfoni_categories() {
    let (reg, _) = register();
    let rows = csv_rows(&reg.ok(&[
        "report", "summary", "--period", "2026-03", "--format", "csv",
    ]));
    let get = |d: &str, c: &str| {
        let r = rows
            .iter()
            .find(|r| r["dimension"] == d && r["category"] == c)
            .unwrap();
        (
            r["registered"].parse::<u32>().unwrap(),
            r["closed"].parse::<u32>().unwrap(),
        )
    };
    assert_eq!(get("total", "all"), (4, 1));
    assert_eq!(get("violence", "fisik"), (2, 1));
    assert_eq!(get("violence", "psikis"), (2, 0));
    assert_eq!(get("violence", "penelantaran"), (0, 0));
    assert_eq!(get("victim_sex", "L"), (1, 0));
    assert_eq!(get("age_group", "0-5"), (1, 1));
    assert_eq!(get("age_group", "6-12"), (1, 0));
    assert_eq!(get("age_group", "13-17"), (1, 0));
    assert_eq!(get("age_group", "25-44"), (1, 0));
    assert_eq!(get("age_group", "60+"), (0, 0));
    assert_eq!(get("child", "child"), (3, 1));
    assert_eq!(get("channel", "datang-langsung"), (4, 1));
    let feb = json(&reg, &["report", "summary", "--period", "2026-02"]);
    assert_eq!(feb["rows"][0]["registered"], 1);
    let age60 = feb["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["category"] == "60+")
        .unwrap()
        .clone();
    assert_eq!(age60["registered"], 1);
    // The table reads the dimensions and the categories kasus names as words of the chosen
    // language; CSV above keeps the codes.
    let id = reg.ok(&["--lang", "id", "report", "summary", "--period", "2026-03"]);
    for words in [
        "jumlah",
        "semua",
        "jenis kekerasan",
        "kelompok umur",
        "dewasa",
    ] {
        assert!(id.contains(words), "{words}: {id}");
    }
    assert!(!id.contains("violence") && !id.contains(" all "), "{id}");
    let en = reg.ok(&["report", "summary", "--period", "2026-03"]);
    assert!(
        en.contains("violence type") && en.contains("age group"),
        "{en}"
    );
}

#[test]
fn bad_periods_and_unknown_sops_are_refused() {
    let (reg, _) = register();
    let e = reg.refused(&["report", "summary", "--period", "2026-13"], 2);
    assert!(e.contains("--period"), "{e}");
    let e = reg.refused(&["report", "compliance", "--sop", "batam"], 3);
    assert!(e.contains("did you mean 'batam-34-2020'"), "{e}");
    let e = reg.refused(
        &[
            "report",
            "compliance",
            "--from",
            "2026-03-05",
            "--to",
            "2026-03-01",
        ],
        2,
    );
    assert!(e.contains("--from"), "{e}");
}

/// A register whose "now" is Monday 9 March 2026, 08:20 WIB, with one Batam case reported on
/// Friday 6 March: step 1 from 16:28 to Monday 08:02 (4 working minutes of 5, over the weekend),
/// step 2 (60 menit) running since Monday 08:02.
fn over_the_weekend() -> (Reg, String) {
    let mut reg = Reg::new();
    reg.now = "2026-03-09T08:20:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let case = batam_case(&reg, "Ani Contoh", "P", "30", "fisik", "2026-03-06 16:00");
    reg.ok(&[
        "assign",
        &case,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    step(&reg, &case, "2026-03-06 16:28", Some("2026-03-09 08:02"));
    step(&reg, &case, "2026-03-09 08:02", None);
    (reg, case)
}

#[test]
fn overdue_judges_working_time_over_a_weekend_and_wall_time_on_request() {
    let mut reg = Reg::new();
    reg.now = "2026-03-09T08:20:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let case = batam_case(&reg, "Ani Contoh", "P", "30", "fisik", "2026-03-06 15:00");
    reg.ok(&[
        "assign",
        &case,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    step(&reg, &case, "2026-03-06 15:00", Some("2026-03-06 15:05"));
    // Step 2 (60 menit) from Friday 16:00: 30 working minutes on Friday (the office closes at
    // 16:30 on Fridays), 20 on Monday morning.
    step(&reg, &case, "2026-03-06 16:00", None);
    for when in ["2026-03-06 20:00", "2026-03-08 12:00", "2026-03-09 08:20"] {
        let v = json(&reg, &["report", "overdue", "--at", when, "--idle", "30"]);
        assert_eq!(v["overdue_steps"], 0, "{when}: {v}");
        assert_eq!(v["basis"], "working", "{v}");
        let o = reg.run(&[
            "report",
            "overdue",
            "--at",
            when,
            "--idle",
            "30",
            "--fail-if-any",
        ]);
        assert_eq!(o.code, 0, "{when}: {o:?}");
    }
    // The wall clock: 64 hours 20 minutes since Friday 16:00.
    let v = json(
        &reg,
        &[
            "report",
            "overdue",
            "--at",
            "2026-03-09 08:20",
            "--idle",
            "30",
            "--basis",
            "wall",
        ],
    );
    assert_eq!(v["basis"], "wall");
    let r = &v["rows"][0];
    assert_eq!(r["kind"], "overdue-step", "{v}");
    assert_eq!(r["clock"], "wall");
    assert_eq!(r["elapsed_secs"], 231_600);
    assert_eq!(r["standard_max_secs"], 3600);
    assert_eq!(r["over_secs"], 228_000);
    // On Monday at 08:31 the working time is 61 minutes: overdue on the office clock too.
    let v = json(
        &reg,
        &[
            "report",
            "overdue",
            "--at",
            "2026-03-09 08:31",
            "--idle",
            "30",
        ],
    );
    let r = &v["rows"][0];
    assert_eq!(r["clock"], "office", "{v}");
    assert_eq!(r["elapsed_secs"], 3660);
    assert_eq!(r["over_secs"], 60);
    let table = reg.ok(&[
        "report",
        "overdue",
        "--at",
        "2026-03-09 08:31",
        "--idle",
        "30",
    ]);
    assert!(
        table.contains("Times are effective working time on each step's clock"),
        "{table}"
    );
    assert_eq!(r["holder"], "Rina Contoh", "{v}");
    // Workload counts by working time as well: at 08:20 the step is not overdue.
    let w = json(&reg, &["report", "workload"]);
    assert_eq!(w["rows"][0]["running_steps"], 1, "{w}");
    assert_eq!(w["rows"][0]["overdue_steps"], 0, "{w}");
    reg.now = "2026-03-09T08:31:00+07:00".into();
    let w = json(&reg, &["report", "workload"]);
    assert_eq!(w["rows"][0]["overdue_steps"], 1, "{w}");
}

#[test]
fn compliance_on_working_time_and_on_the_wall_clock() {
    let (reg, _) = over_the_weekend();
    let v = json(&reg, &["report", "compliance"]);
    assert_eq!(v["basis"], "working");
    let r = &v["rows"][0];
    assert_eq!(r["step"], 1);
    assert_eq!(r["median_secs"], 240.0);
    assert_eq!(r["on_time_share"], 1.0);
    assert_eq!(r["clock"], "office");
    let v = json(&reg, &["report", "compliance", "--basis", "wall"]);
    assert_eq!(v["basis"], "wall");
    let r = &v["rows"][0];
    // Friday 16:28 to Monday 08:02.
    assert_eq!(r["median_secs"], 228_840.0);
    assert_eq!(r["on_time_share"], 0.0);
    assert_eq!(r["clock"], "wall");
    reg.refused_saying(
        &["report", "compliance", "--basis", "sundial"],
        2,
        &["sundial"],
    );
}

#[test]
fn the_case_report_carries_each_attempts_figures() {
    let (reg, case) = over_the_weekend();
    reg.ok(&[
        "step",
        "pause",
        &case,
        "--reason",
        "waiting-victim",
        "--at",
        "2026-03-09 08:10",
    ]);
    let v = json(&reg, &["report", "case", &case]);
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows[0]["elapsed_secs"], 240);
    assert_eq!(rows[0]["wall_secs"], 228_840);
    assert_eq!(rows[0]["paused_secs"], 0);
    assert_eq!(rows[0]["clock"], "office");
    assert_eq!(rows[0]["calendar_version"], 0);
    assert_eq!(rows[0]["verdict"], "on-time");
    // The running step: 8 working minutes, then paused from 08:10 to now (08:20).
    assert_eq!(rows[1]["verdict"], "running");
    assert_eq!(rows[1]["elapsed_secs"], 480);
    assert_eq!(rows[1]["paused_secs"], 600);
    assert_eq!(rows[1]["wall_secs"], 1080);
    assert_eq!(rows[1]["clock"], "office");
    let csv = csv_rows(&reg.ok(&["report", "case", &case, "--format", "csv"]));
    assert_eq!(csv[0]["wall_secs"], "228840");
    assert_eq!(csv[1]["paused_secs"], "600");
}

#[test]
fn periods_are_whole_days_of_the_offices_zone() {
    let mut reg = Reg::new();
    reg.now = "2026-04-02T12:00:00+07:00".into();
    reg.around_the_clock();
    // 31 March 23:00-23:30 WIB is 16:00-16:30 UTC; 1 April 00:10-00:20 WIB is 31 March in UTC.
    let a = batam_case(&reg, "Ani Contoh", "P", "30", "fisik", "2026-03-31 23:00");
    step(&reg, &a, "2026-03-31 23:00", Some("2026-03-31 23:30"));
    let b = batam_case(&reg, "Budi Contoh", "L", "30", "fisik", "2026-04-01 00:00");
    step(&reg, &b, "2026-04-01 00:10", Some("2026-04-01 00:20"));
    let march = json(&reg, &["report", "compliance", "--period", "2026-03"]);
    assert_eq!(march["rows"][0]["count"], 1, "{march}");
    assert_eq!(march["rows"][0]["max_secs"], 1800, "{march}");
    let april = json(&reg, &["report", "compliance", "--period", "2026-04"]);
    assert_eq!(april["rows"][0]["count"], 1, "{april}");
    assert_eq!(april["rows"][0]["max_secs"], 600, "{april}");
    let summary = json(&reg, &["report", "summary", "--period", "2026-04"]);
    assert_eq!(summary["rows"][0]["registered"], 1, "{summary}");
}

/// `--at` of a report may be a time to come, by its date; the words for days to come are not
/// read, and the message says how to write it instead of calling it a time in the future.
#[test]
fn a_report_at_a_time_to_come_is_given_by_its_date() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    for word in ["besok", "tomorrow 09:00"] {
        let err = reg.refused_saying(
            &["report", "overdue", "--at", word],
            3,
            &["a time to come is written as its date and time", "WIB"],
        );
        assert!(!err.contains("in the future"), "{err}");
    }
    reg.ok(&["report", "overdue", "--at", "2027-01-04 09:00"]);
}
