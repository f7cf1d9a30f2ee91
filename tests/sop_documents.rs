//! End to end: the built-in SOPs as their documents mean them (issue 15): the sharing gate of
//! Babel step 3 and its refusal in the document's words, the repeating monitor of Pulang Pisau
//! step 6, the minimum total and the transcriber's notes in `sop show`, every problem of a file
//! at once, `sop diff` before `sop import`, and a case that keeps the version it started on
//! when a built-in SOP changes under it.

mod common;

use common::{at, number, Reg};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}):\n{s}"))
}

/// A case on `sop` reported at 06:00, on a 24/7 register, assigned to a staff member.
fn case_on(reg: &Reg, sop: &str) -> String {
    let n = number(&reg.ok(&[
        "intake",
        "--sop",
        sop,
        "--channel",
        "datang-langsung",
        "--victim-name",
        "Siti Contoh",
        "--victim-sex",
        "P",
        "--victim-age",
        "30",
        "--violence",
        "fisik",
        "--reported-at",
        &at("06:00"),
        "--json",
        // Each test registers the same report more than once, on purpose.
        "--allow-duplicate",
    ]));
    reg.ok(&["assign", &n, "--to", "Petugas Contoh", "--at", &at("06:00")]);
    n
}

fn new_reg() -> Reg {
    let reg = Reg::new();
    reg.around_the_clock();
    reg.ok(&["staff", "add", "Petugas Contoh", "--role", "Petugas"]);
    reg
}

fn consent(reg: &Reg, case: &str, scope: &str, time: &str) {
    reg.ok(&[
        "consent",
        case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        scope,
        "--method",
        "tertulis",
        "--at",
        time,
    ]);
}

fn step(reg: &Reg, action: &str, case: &str, time: &str, extra: &[&str]) {
    let mut args = vec!["step", action, case, "--at", time];
    args.extend_from_slice(extra);
    reg.ok(&args);
}

fn next_steps(reg: &Reg, case: &str) -> Vec<u64> {
    json(&reg.ok(&["case", "show", case, "--format", "json"]))["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect()
}

fn write(reg: &Reg, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = reg.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Babel to step 3: steps 1 and 2 done, consent to services given.
fn babel_at_step_3(reg: &Reg) -> String {
    let case = case_on(reg, "babel-18-2024");
    step(reg, "start", &case, &at("06:00"), &[]);
    step(reg, "finish", &case, &at("06:10"), &[]);
    step(reg, "start", &case, &at("06:10"), &[]);
    consent(reg, &case, "layanan", &at("06:20"));
    step(reg, "finish", &case, &at("06:55"), &[]);
    case
}

#[test]
fn babel_step_3_waits_for_consent_to_share_and_a_refusal_quotes_the_document() {
    let reg = new_reg();
    let case = babel_at_step_3(&reg);
    let before = reg.state();
    let err = reg.refused(&["step", "start", &case, "--at", &at("07:00")], 4);
    assert!(
        err.contains("step 3 needs consent for [berbagi-informasi] before it starts")
            && err.contains(
                "\"Permintaan informasi yang bersifat pribadi harus dengan persetujuan klien inform concern\""
            ),
        "{err}"
    );
    assert_eq!(before, reg.state(), "a refused start changed the register");
    // In Indonesian as well.
    let err = reg.refused(
        &["--lang", "id", "step", "start", &case, "--at", &at("07:00")],
        4,
    );
    assert!(
        err.contains("langkah 3 memerlukan persetujuan untuk [berbagi-informasi] sebelum dimulai"),
        "{err}"
    );

    // A refusal of sharing ends the flow at step 3, in the SOP's own words.
    let out = reg.ok(&[
        "consent",
        "refuse",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "berbagi-informasi",
        "--method",
        "lisan",
        "--at",
        &at("07:05"),
    ]);
    assert!(
        out.contains(&format!("ends at step 3 for case {case}"))
            && out.contains("persetujuan klien inform concern"),
        "{out}"
    );
    assert!(!out.contains("Jika korban / keluarga setuju"), "{out}");
    let shown = reg.ok(&["case", "show", &case]);
    assert!(shown.contains("consent was refused at step 3"), "{shown}");
    let err = reg.refused(&["step", "start", &case, "--at", &at("07:10")], 4);
    assert!(
        err.contains("consent was refused at step 3") && err.contains("inform concern"),
        "{err}"
    );
    // It says that consent given later reopens the flow, and how to record it (trial 15, 12).
    assert!(
        err.contains("If consent is given later, record it")
            && err.contains("--scope berbagi-informasi")
            && err.contains("and the flow goes on"),
        "{err}"
    );
    let err = reg.refused(
        &["--lang", "id", "step", "start", &case, "--at", &at("07:10")],
        4,
    );
    assert!(
        err.contains("Bila persetujuan diberikan kemudian") && err.contains("alur berlanjut"),
        "{err}"
    );

    // Given later: step 3 goes ahead.
    consent(&reg, &case, "berbagi-informasi", &at("07:20"));
    step(&reg, "start", &case, &at("07:20"), &[]);
    step(&reg, "finish", &case, &at("07:50"), &[]);
    assert_eq!(next_steps(&reg, &case), [4]);
}

/// Consent to share recorded without `--at` (dated now, 12:00) and step 3 started at 09:10: the
/// refusal says the consent is recorded but dated after the step, and suggests recording it with
/// `--at` and voiding the late record, instead of repeating "record it".
#[test]
fn a_consent_recorded_after_the_step_time_is_named_with_its_date_and_the_fix_has_at() {
    let reg = new_reg();
    let case = babel_at_step_3(&reg);
    reg.ok(&[
        "consent",
        &case,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "berbagi-informasi",
        "--method",
        "tertulis",
    ]);
    let err = reg.refused(&["step", "start", &case, "--at", &at("09:10")], 4);
    assert!(
        err.contains("a consent for [berbagi-informasi] is recorded, but dated 2026-03-02 12:00, after the time of this step action (2026-03-02 09:10)")
            && err.contains("--scope berbagi-informasi --method tertulis|lisan --at \"YYYY-MM-DD HH:MM\"")
            && err.contains(&format!("kasus consent void {case} --record N")),
        "{err}"
    );
    assert!(!err.contains("none recorded"), "{err}");
    assert!(!err.contains("Siti"), "a name echoed: {err}");
    let err = reg.refused(
        &["--lang", "id", "step", "start", &case, "--at", &at("09:10")],
        4,
    );
    assert!(
        err.contains("persetujuan untuk [berbagi-informasi] sudah dicatat, tetapi bertanggal 2026-03-02 12:00"),
        "{err}"
    );
    // As suggested: recorded again with its time, the step goes ahead at 09:10.
    consent(&reg, &case, "berbagi-informasi", &at("09:00"));
    step(&reg, "start", &case, &at("09:10"), &[]);
}

/// Babel step 5 keeps the document's backslash, and `sop show` carries the transcriber's note
/// saying it is the document's (trial 15, item 14).
#[test]
fn babel_step_5_keeps_the_documents_backslash_with_a_transcribers_note() {
    let reg = Reg::new();
    let v = json(&reg.ok(&["sop", "show", "babel-18-2024", "--format", "json"]));
    let s5 = &v["steps"][4];
    assert!(
        s5["activity"]
            .as_str()
            .unwrap()
            .starts_with("Mereview hasil layanan \\rencana"),
        "{s5}"
    );
    assert!(
        s5["transcriber"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().contains("backslash")),
        "{s5}"
    );
}

/// The open-ended part of a total is worded, not "+ tanpa batas" (trial 15, item 13).
#[test]
fn sop_show_words_the_open_ended_part_of_the_total() {
    let reg = new_reg();
    let out = reg.ok(&["sop", "show", "babel-18-2024"]);
    assert!(out.contains(", plus open-ended steps"), "{out}");
    assert!(!out.contains("+ open-ended"), "{out}");
    let out = reg.ok(&["--lang", "id", "sop", "show", "babel-18-2024"]);
    assert!(
        out.contains(", ditambah langkah tanpa batas waktu") && !out.contains("+ tanpa batas"),
        "{out}"
    );
}

#[test]
fn pulang_pisau_watches_the_victim_again_and_again_at_step_6() {
    let reg = new_reg();
    let case = case_on(&reg, "pulangpisau-8-2021");
    let mut m = 0;
    let mut next = |reg: &Reg, extra: &[&str]| {
        let (a, b) = (format!("06:{m:02}"), format!("06:{:02}", m + 3));
        step(reg, "start", &case, &at(&a), extra);
        step(reg, "finish", &case, &at(&b), &[]);
        m += 3;
    };
    for _ in 1..=6 {
        next(&reg, &[]);
    }
    assert_eq!(next_steps(&reg, &case), [6, 7]);
    next(&reg, &["--step", "6"]);
    next(&reg, &["--step", "6"]);
    assert_eq!(next_steps(&reg, &case), [6, 7]);
    next(&reg, &[]);
    assert_eq!(next_steps(&reg, &case), [8]);
    let v = json(&reg.ok(&["case", "show", &case, "--format", "json"]));
    let sixes = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["number"] == 6)
        .count();
    assert_eq!(sixes, 3);
}

#[test]
fn sop_show_gives_the_minimum_without_conditional_steps_and_the_transcribers_notes() {
    let reg = Reg::new();
    let v = json(&reg.ok(&["sop", "show", "tangerang-357-2025", "--format", "json"]));
    assert_eq!(v["total"]["min_secs"], 15_980);
    assert_eq!(v["total"]["max_secs"], 16_880);
    assert_eq!(v["total"]["conditional_steps"], serde_json::json!([6, 8]));
    let s5 = &v["steps"][4];
    assert_eq!(s5["number"], 5);
    assert!(s5["note"].is_null(), "{s5}");
    assert!(
        s5["transcriber"][0]
            .as_str()
            .unwrap()
            .contains("tidak memerlukan bantuan instansi lain"),
        "{s5}"
    );
    assert!(v["transcriber"][0]
        .as_str()
        .unwrap()
        .contains("Kegawatdaruran"));
    let table = reg.ok(&["sop", "show", "tangerang-357-2025"]);
    assert!(
        table.contains("the minimum leaves out the conditional steps 6, 8"),
        "{table}"
    );
    assert!(table.contains("Transcriber's notes:"), "{table}");
    let babel = json(&reg.ok(&["sop", "show", "babel-18-2024", "--format", "json"]));
    let s3 = &babel["steps"][2];
    assert_eq!(
        s3["needs_consent"],
        serde_json::json!(["berbagi-informasi"])
    );
    assert!(s3["consent_words"]
        .as_str()
        .unwrap()
        .contains("inform concern"));
    assert_eq!(babel["steps"][3]["repeat"], true);
    assert_eq!(babel["steps"][4]["decision"]["return_to"], 3);
}

#[test]
fn a_file_with_many_problems_lists_them_all_with_their_steps() {
    let reg = Reg::new();
    let text = "format = 1\ncode = \"contoh-2-2026\"\nname = \"Contoh\"\n\
        [[steps]]\nnumber = 1\ntime = \"5 menit\"\nsiapa = \"x\"\n\
        [[steps]]\nnumber = 2\nactivity = \"B\"\ntime = \"0 menit\"\nulang = true\n\
        [[steps]]\nnumber = 3\nactivity = \"C\"\ntime = \"lama\"\n";
    let path = write(&reg, "many.toml", text);
    let o = reg.run(&["sop", "validate", path.to_str().unwrap()]);
    assert_eq!(o.code, 3, "{}", o.stderr);
    // Every problem with its line and column, in the file's order (trial 15, item 5).
    let lines: Vec<&str> = o
        .stderr
        .lines()
        .filter(|l| l.contains("many.toml"))
        .collect();
    let want = [
        "error: step 1, line 4, column 1: missing required key 'activity'",
        "error: step 1, line 7, column 1: unknown key 'siapa'",
        "warning: step 2, time, line 11, column 8: the standard time '0 menit' is zero",
        "error: step 2, line 12, column 1: unknown key 'ulang'",
        "error: step 3, time, line 16, column 8: cannot read the time 'lama'",
    ];
    assert_eq!(lines.len(), want.len(), "{}", o.stderr);
    for (got, want) in lines.iter().zip(want) {
        assert!(got.contains(want), "{want:?} is not {got:?}");
    }
    // A step whose number is in quotes is named by it, not "[[steps]] table 3 (no number)".
    let quoted = write(
        &reg,
        "quoted.toml",
        text.replace("number = 3", "number = \"3\""),
    );
    let o = reg.run(&["sop", "validate", quoted.to_str().unwrap()]);
    assert!(
        o.stderr.contains("error: step 3, line 14, column"),
        "{}",
        o.stderr
    );
    assert!(!o.stderr.contains("no number"), "{}", o.stderr);
    // The reader's errors in words, in both languages, the value not repeated (trial 15, 4).
    let typed = write(
        &reg,
        "typed.toml",
        text.replace("number = 3", "number = \"3\"")
            .replace("time = \"5 menit\"", "time = 0"),
    );
    let o = reg.run(&["--lang", "id", "sop", "validate", typed.to_str().unwrap()]);
    assert!(
        o.stderr.contains(
            "langkah 3, baris 14, kolom 10: `number` harus bilangan bulat tanpa tanda kutip"
        ) && o
            .stderr
            .contains("`time` harus teks dalam tanda kutip, mis. \"30 menit\""),
        "{}",
        o.stderr
    );
    assert!(!o.stderr.contains("invalid type"), "{}", o.stderr);
    let broken = write(
        &reg,
        "broken.toml",
        text.replace("activity = \"C\"", "activity = \"C"),
    );
    let o = reg.run(&["--lang", "id", "sop", "validate", broken.to_str().unwrap()]);
    assert!(
        o.stderr.contains("teks dalam tanda kutip tidak ditutup")
            && !o.stderr.contains("invalid basic string"),
        "{}",
        o.stderr
    );
    // A bad byte: its line and column.
    let mut bytes = b"format = 1\ncode = \"x\"\nname = \"Ab".to_vec();
    bytes.extend_from_slice(b"\xff\"\n");
    let path = write(&reg, "latin.toml", bytes);
    let o = reg.run(&["sop", "validate", path.to_str().unwrap()]);
    assert!(o.stderr.contains("line 3, column 11"), "{}", o.stderr);
    // A bad byte does not hide the file's other problems (trial 15, item 2): the many-problem
    // file with a Latin-1 byte in step 2's activity lists them all, the byte among them.
    let mut bytes = text
        .replace("activity = \"B\"", "activity = \"B\u{1}\"")
        .into_bytes();
    let at = bytes.iter().position(|&b| b == 1).unwrap();
    bytes[at] = 0xe9;
    let path = write(&reg, "rusak.toml", bytes);
    let o = reg.run(&["sop", "validate", path.to_str().unwrap()]);
    assert_eq!(o.code, 3, "{}", o.stderr);
    let lines: Vec<&str> = o
        .stderr
        .lines()
        .filter(|l| l.contains("rusak.toml"))
        .collect();
    assert_eq!(lines.len(), 6, "{}", o.stderr);
    assert!(
        lines[2].contains("error: line 10, column 14: not UTF-8 text"),
        "{}",
        o.stderr
    );
    for want in [
        "'activity'",
        "'siapa'",
        "'0 menit' is zero",
        "'ulang'",
        "'lama'",
    ] {
        assert!(o.stderr.contains(want), "{want:?} not in:\n{}", o.stderr);
    }
    let o = reg.run(&["--lang", "id", "sop", "import", path.to_str().unwrap()]);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(
        o.stderr.contains("baris 10, kolom 14: bukan teks UTF-8") && o.stderr.contains("'ulang'"),
        "{}",
        o.stderr
    );
}

#[test]
fn sop_diff_shows_what_an_edited_file_changes_and_running_cases_keep_their_version() {
    let reg = new_reg();
    let file = write(
        &reg,
        "batam.toml",
        include_str!("../sops/batam-34-2020.toml")
            .replace("code = \"batam-34-2020\"", "code = \"batam-kita\""),
    );
    reg.ok(&["sop", "import", file.to_str().unwrap()]);
    let running = case_on(&reg, "batam-kita");
    step(&reg, "start", &running, &at("06:00"), &[]);

    let edited = std::fs::read_to_string(&file)
        .unwrap()
        .replace(
            "time = \"60 menit\"\noutputs = [\"Surat",
            "time = \"45 menit\"\noutputs = [\"Surat",
        )
        .replace(
            "outputs = [\"Naskah\"]",
            "outputs = [\"Naskah\"]\ncondition = \"Apakah laporan diperlukan?\"",
        );
    std::fs::write(&file, &edited).unwrap();
    let before = reg.state();
    let out = reg.ok(&["sop", "diff", "batam-kita", file.to_str().unwrap()]);
    assert!(
        out.contains("step 2, time: \"60 menit\" → \"45 menit\""),
        "{out}"
    );
    assert!(
        out.contains("step 3, condition: (none) → \"Apakah laporan diperlukan?\""),
        "{out}"
    );
    assert!(out.contains("2 changes."), "{out}");
    assert!(out.contains("version 2"), "{out}");
    assert_eq!(before, reg.state(), "sop diff wrote to the register");

    reg.ok(&["sop", "import", file.to_str().unwrap()]);
    let out = reg.ok(&["sop", "diff", "batam-kita", "--from", "1", "--to", "2"]);
    assert!(
        out.contains("step 2, time") && out.contains("step 3, condition"),
        "{out}"
    );
    let id = reg.ok(&[
        "--lang",
        "id",
        "sop",
        "diff",
        "batam-kita",
        "--from",
        "1",
        "--to",
        "2",
    ]);
    assert!(id.contains("langkah 2, time"), "{id}");

    // The running case stays on version 1; a new one follows version 2.
    let v = json(&reg.ok(&["case", "show", &running, "--format", "json"]));
    assert_eq!(v["sop"]["version"], 1, "{v}");
    let new = case_on(&reg, "batam-kita");
    let v = json(&reg.ok(&["case", "show", &new, "--format", "json"]));
    assert_eq!(v["sop"]["version"], 2, "{v}");

    // A file of another code is refused; so is neither a file nor --to.
    let other = write(
        &reg,
        "other.toml",
        include_str!("../sops/batam-34-2020.toml"),
    );
    let err = reg.refused(&["sop", "diff", "batam-kita", other.to_str().unwrap()], 3);
    assert!(err.contains("batam-34-2020"), "{err}");
    reg.refused(&["sop", "diff", "batam-kita"], 2);
}

/// `sop diff CODE FILE` before CODE's first import: not an unknown SOP, but every step of the
/// file as added and the version `sop import` would make (trial 15, item 10).
#[test]
fn sop_diff_before_the_first_import_shows_every_step_added() {
    let reg = new_reg();
    let file = write(
        &reg,
        "batam.toml",
        include_str!("../sops/batam-34-2020.toml")
            .replace("code = \"batam-34-2020\"", "code = \"batam-kita\""),
    );
    let path = file.to_str().unwrap();
    let before = reg.state();
    let out = reg.ok(&["sop", "diff", "batam-kita", path]);
    assert!(
        out.contains(&format!(
            "batam-kita is not in the register yet: every step of {path} is new"
        )),
        "{out}"
    );
    for n in 1..=6 {
        assert!(out.contains(&format!("step {n}: added (")), "{out}");
    }
    assert!(
        out.contains(&format!("`kasus sop import {path}` would make version 1.")),
        "{out}"
    );
    assert!(!out.contains("unknown SOP"), "{out}");
    assert_eq!(before, reg.state(), "sop diff wrote to the register");
    let id = reg.ok(&["--lang", "id", "sop", "diff", "batam-kita", path]);
    assert!(
        id.contains("batam-kita belum ada di register") && id.contains("akan membuat versi 1"),
        "{id}"
    );
    // Another code than the file's is refused; versions of an unknown code are unknown.
    let err = reg.refused(&["sop", "diff", "batam-lain", path], 3);
    assert!(
        err.contains("the file is SOP batam-kita, not 'batam-lain'"),
        "{err}"
    );
    reg.refused(
        &["sop", "diff", "batam-kita", "--from", "1", "--to", "2"],
        3,
    );
}

/// A register made by the previous release holds Babel without the sharing gate; a case runs
/// on it. This kasus stores the new text as a new version: the running case keeps its old flow
/// (step 3 starts without consent to share), a new case gets the new one.
#[test]
fn a_changed_builtin_is_a_new_version_and_running_cases_keep_theirs() {
    let reg = new_reg();
    let old_case = babel_at_step_3(&reg);
    // The previous release's text, put back behind kasus's back on either engine.
    let source = reg
        .query_strings("SELECT source FROM sop_versions WHERE code = 'babel-18-2024'")
        .pop()
        .flatten()
        .expect("babel's source");
    let old = source
        .replace("needs_consent = [\"berbagi-informasi\"]\n", "")
        .lines()
        .filter(|l| !l.starts_with("consent_words"))
        .collect::<Vec<_>>()
        .join("\n");
    let sha: String = Sha256::digest(old.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    reg.execute_sql(&format!(
        "UPDATE sop_versions SET source = {}, sha256 = {} WHERE code = 'babel-18-2024'",
        common::sql_text(&old),
        common::sql_text(&sha)
    ));
    reg.execute_sql("UPDATE meta SET value = 'the previous set' WHERE key = 'builtin_sops'");
    let list = json(&reg.ok(&["sop", "list", "--format", "json"]));
    let babel = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "babel-18-2024")
        .unwrap();
    assert_eq!(babel["version"], 2, "{babel}");
    // The old case: step 3 starts without consent to share.
    step(&reg, "start", &old_case, &at("07:00"), &[]);
    let v = json(&reg.ok(&["case", "show", &old_case, "--format", "json"]));
    assert_eq!(v["sop"]["version"], 1, "{v}");
    // A new case: refused at step 3.
    let new_case = babel_at_step_3(&reg);
    let err = reg.refused(&["step", "start", &new_case, "--at", &at("07:30")], 4);
    assert!(err.contains("berbagi-informasi"), "{err}");
}
