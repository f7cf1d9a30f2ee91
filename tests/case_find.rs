//! Finding a case (issue 14, first slice): `case list` filters and `--search` by case number,
//! a person's name (any letter case, spacing, accents, old spelling), NIK or phone (its
//! digits). The text searched is never repeated in a message.

mod common;
use common::Reg;

/// Three cases: Siti Contoh (adult, NIK and phone, Rina's), Soetini Contoh (a child, old
/// spelling), and Ani Contoh on the Pulang Pisau SOP (urgent), reported a month earlier.
fn three() -> (Reg, Vec<String>) {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let intake = |extra: &[&str]| {
        let mut a = vec![
            "intake",
            "--channel",
            "datang-langsung",
            "--victim-sex",
            "P",
            "--violence",
            "fisik",
            "--json",
        ];
        a.extend_from_slice(extra);
        common::number(&reg.ok(&a))
    };
    let siti = intake(&[
        "--sop",
        "batam-34-2020",
        "--victim-name",
        "Siti Contoh",
        "--victim-age",
        "30",
        "--victim-nik",
        "3174099988877766",
        "--victim-phone",
        "0812-9988-7766",
        "--reported-at",
        "2026-03-02 08:00",
    ]);
    let suti = intake(&[
        "--sop",
        "batam-34-2020",
        "--victim-name",
        "Soetini  Contoh",
        "--victim-age",
        "12",
        "--reported-at",
        "2026-03-02 09:00",
    ]);
    let ani = intake(&[
        "--sop",
        "pulangpisau-8-2021",
        "--victim-name",
        "Ani Contoh",
        "--victim-age",
        "40",
        "--urgency",
        "darurat",
        "--reported-at",
        "2026-02-02 09:00",
    ]);
    reg.ok(&["assign", &siti, "--to", "Rina Contoh"]);
    (reg, vec![siti, suti, ani])
}

fn listed(reg: &Reg, args: &[&str]) -> Vec<String> {
    let mut a = vec![
        "case",
        "list",
        "--format",
        "csv",
        "--columns",
        "case_number",
    ];
    a.extend_from_slice(args);
    reg.ok(&a).lines().skip(1).map(str::to_string).collect()
}

#[test]
fn search_finds_a_person_as_staff_type_them() {
    let (reg, c) = three();
    assert_eq!(listed(&reg, &["--search", "siti contoh"]), [c[0].clone()]);
    assert_eq!(listed(&reg, &["--search", "SITI   CONTOH"]), [c[0].clone()]);
    // The old spelling and the new find each other.
    assert_eq!(listed(&reg, &["--search", "Sutini"]), [c[1].clone()]);
    // An NIK with spaces, a phone number with or without dashes.
    assert_eq!(
        listed(&reg, &["--search", "3174 0999 8887 7766"]),
        [c[0].clone()]
    );
    assert_eq!(listed(&reg, &["--search", "081299887766"]), [c[0].clone()]);
    // A case number, or part of one.
    assert_eq!(listed(&reg, &["--search", &c[2]]), [c[2].clone()]);
    // Every case is a "Contoh": all three.
    assert_eq!(listed(&reg, &["--search", "contoh"]).len(), 3);
    // No match: an empty list, exit 0, and the text searched is not repeated anywhere.
    let o = reg.run(&["case", "list", "--search", "Zulaikha Qwertyanti"]);
    assert_eq!(o.code, 0);
    assert!(
        !o.stdout.contains("Zulaikha") && !o.stderr.contains("Zulaikha"),
        "{o:?}"
    );
}

#[test]
fn filters_keep_what_they_name() {
    let (reg, c) = three();
    assert_eq!(listed(&reg, &["--child"]), [c[1].clone()]);
    assert_eq!(listed(&reg, &["--urgency", "darurat"]), [c[2].clone()]);
    assert_eq!(
        listed(&reg, &["--sop", "pulangpisau-8-2021"]),
        [c[2].clone()]
    );
    assert_eq!(listed(&reg, &["--assignee", "rina contoh"]), [c[0].clone()]);
    assert_eq!(listed(&reg, &["--period", "2026-02"]), [c[2].clone()]);
    assert_eq!(
        listed(&reg, &["--from", "2026-03-01", "--to", "2026-03-02"]),
        [c[0].clone(), c[1].clone()]
    );
    assert_eq!(
        listed(&reg, &["--status", "open", "--search", "contoh", "--child"]),
        [c[1].clone()]
    );
    // Bad values are refused with their usual words and exit codes; nothing is echoed that
    // could be personal data.
    let e = reg.refused(&["case", "list", "--urgency", "Siti Contoh"], 3);
    assert!(!e.contains("Siti"), "{e}");
    reg.refused(&["case", "list", "--period", "bulan-depan"], 2);
}

#[test]
fn find_lists_every_match_newest_first_with_the_field_and_how() {
    let (reg, c) = three();
    let rows = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut a = vec!["case", "find"];
        a.extend_from_slice(args);
        a.extend_from_slice(&["--format", "json"]);
        serde_json::from_str(&reg.ok(&a)).unwrap()
    };
    let all = rows(&["contoh"]);
    // Newest first: the two March cases (09:00, then 08:00), then February's.
    let order: Vec<&str> = all
        .iter()
        .map(|r| r["case_number"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        [c[1].as_str(), c[0].as_str(), c[2].as_str()],
        "{all:?}"
    );
    assert!(all
        .iter()
        .all(|r| r["field"] == "name" && r["role"] == "victim"));
    // A part of the name is that, not the name spelled otherwise.
    assert!(all.iter().all(|r| r["how"] == "part"), "{all:?}");
    let nik = rows(&["3174099988877766"]);
    assert_eq!(nik.len(), 1);
    assert_eq!(nik[0]["field"], "nik");
    assert_eq!(nik[0]["how"], "exact");
    assert_eq!(nik[0]["name"], "Siti Contoh");
    let old = rows(&["Sutini Contoh"]);
    assert_eq!(old[0]["how"], "spelling", "{old:?}");
    assert_eq!(old[0]["case_number"], c[1].as_str());
    // A table piped (not at a terminal, no --format): the cases and how, never the names.
    let t = reg.ok(&["case", "find", "3174099988877766"]);
    assert!(t.contains(&c[0]) && !t.contains("Siti"), "{t}");
    // Nothing found: empty, exit 0, the text not repeated.
    let o = reg.run(&["case", "find", "Zulaikha Qwertyanti"]);
    assert_eq!(o.code, 0);
    assert!(
        !o.stdout.contains("Zulaikha") && !o.stderr.contains("Zulaikha"),
        "{o:?}"
    );
}

#[test]
fn overdue_idle_and_step_filters() {
    let (reg, c) = three();
    // Siti's case: step 1 done, step 2 (60 menit) running since 10:00: at noon, two working
    // hours, over.
    reg.ok(&[
        "step",
        "start",
        &c[0],
        "--at",
        "2026-03-02 08:05",
        "--by",
        "Siti Contoh",
    ]);
    reg.ok(&["step", "finish", &c[0], "--at", "2026-03-02 08:09"]);
    reg.ok(&[
        "step",
        "start",
        &c[0],
        "--at",
        "2026-03-02 10:00",
        "--by",
        "Rina Contoh",
    ]);
    assert_eq!(listed(&reg, &["--overdue"]), [c[0].clone()]);
    assert_eq!(listed(&reg, &["--step", "2"]), [c[0].clone()]);
    assert_eq!(listed(&reg, &["--step", "1"]), [c[1].clone(), c[2].clone()]);
    // Ani's case was reported a month ago and nothing was done since.
    assert_eq!(listed(&reg, &["--idle", "7"]), [c[2].clone()]);
    assert!(listed(&reg, &["--idle", "60"]).is_empty());
    // A number where a number of days belongs is refused without being repeated.
    let e = reg.refused(&["case", "list", "--idle", "3174099988877766"], 2);
    assert!(!e.contains("3174099988877766"), "{e}");
}

/// A case number written with more leading zeros than its own (`PPA/2026/00001`, as one types
/// `PPA/2026/09999` for `PPA/2026/9999`) is that case, never a suggestion of another number; a
/// sequence no case has is still unknown.
#[test]
fn a_number_with_extra_leading_zeros_is_the_case_of_that_sequence() {
    let reg = common::with_case();
    let json = |key: &str| -> serde_json::Value {
        serde_json::from_str(&reg.ok(&["case", "show", key, "--format", "json"])).unwrap()
    };
    let want = json(common::CASE);
    for key in ["PPA/2026/00001", "ppa/2026/000001", " PPA/2026/00001 "] {
        assert_eq!(json(key)["number"], want["number"], "{key}");
    }
    assert_eq!(want["number"], common::CASE);
    reg.refused_saying(&["case", "show", "PPA/2026/00002"], 3, &["PPA/2026/00002"]);
    reg.refused(&["case", "show", "PPA/2025/00001"], 3);
    // Fewer digits than the number's own stay unknown, with the suggestion.
    reg.refused_saying(
        &["case", "show", "PPA/2026/001"],
        3,
        &["did you mean 'PPA/2026/0001'"],
    );
}
