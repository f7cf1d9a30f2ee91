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
