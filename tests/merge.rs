//! `kasus merge FILE [--dry-run] [--format table|json]` (issue 20, slice 2): offices' registers
//! built by flags, bundled by `kasus bundle export`, merged into another register: rows by
//! UUID with their case numbers and prefixes, identical rows skipped, a changed row kept as a
//! conflict (ours kept), every office's chain kept and verified as its own, one audited entry;
//! every refusal (not a bundle, tampered, newer, our own, a gap, a fork) leaves the register
//! byte for byte as it was; two merges at once both land; a merge killed at any moment leaves
//! the register before or fully merged.

mod common;

use common::{at, Engine, Reg};
use rusqlite::Connection;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A busy office ([`common::offices::fill`]) on the builder's engine.
fn office(prefix: &str) -> Reg {
    let reg = Reg::new();
    common::offices::fill(&reg, prefix);
    reg
}

/// A small office: prefix `prefix`, one case with no step yet.
fn small_office(prefix: &str) -> Reg {
    let reg = Reg::new();
    reg.ok(&["config", "set", "office-prefix", prefix]);
    reg.ok(common::BATAM_CASE);
    reg
}

/// Writes `reg`'s bundle (`extra`: `--since ...`) into its folder as `name`.
fn bundle(reg: &Reg, name: &str, extra: &[&str]) -> PathBuf {
    let out = reg.dir.path().join(name);
    let mut args = vec!["bundle", "export", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    reg.ok(&args);
    out
}

/// A copy of the bundle `a` beside it, named `name`, edited by `sql` with SQLite directly (as
/// someone tampering with it would).
fn edited_copy(a: &Path, name: &str, sql: &str) -> PathBuf {
    let out = a.with_file_name(name);
    std::fs::copy(a, &out).unwrap();
    Connection::open(&out).unwrap().execute_batch(sql).unwrap();
    out
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// What a refusal must leave as it was: the register file's bytes (hashed), or on PostgreSQL
/// every row ([`Reg::state`]; a server's files are its own business).
fn untouched(reg: &Reg) -> String {
    match reg.engine() {
        Engine::Sqlite => format!("{:x}", Sha256::digest(std::fs::read(reg.path()).unwrap())),
        Engine::Postgres => reg.state(),
    }
}

fn merge_json(reg: &Reg, file: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["merge", s(file), "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&reg.ok(&args)).unwrap()
}

/// (new, identical, conflicts) of one table in a merge's JSON report.
fn figures(report: &Value, table: &str) -> (i64, i64, i64) {
    let t = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == table)
        .unwrap_or_else(|| panic!("no {table} in {report:#}"));
    (
        t["new"].as_i64().unwrap(),
        t["identical"].as_i64().unwrap(),
        t["conflicts"].as_i64().unwrap(),
    )
}

fn total_new(report: &Value) -> i64 {
    report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["new"].as_i64().unwrap())
        .sum()
}

#[track_caller]
fn intact(reg: &Reg) {
    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact"), "{out}");
}

const TRAVELLING: &[&str] = &[
    "cases",
    "persons",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "step_pauses",
    "corrections",
    "referrals",
    "agencies",
    "staff",
    "calendars",
];

#[test]
fn two_offices_merged_into_a_third_keep_their_numbers_rows_and_chains() {
    let kab = office("KAB");
    let kota = office("KOTA");
    let a = bundle(&kab, "kab.kasus", &[]);
    let b = bundle(&kota, "kota.kasus", &[]);
    let prov = common::register();
    prov.ok(&["config", "set", "office-prefix", "PROV"]);
    let entries_before = prov.query_i64("SELECT count(*) FROM audit");

    let ra = merge_json(&prov, &a, &[]);
    assert_eq!(ra["nothing_new"], false);
    assert_eq!(figures(&ra, "cases"), (1, 0, 0));
    assert_eq!(figures(&ra, "step_attempts"), (2, 0, 0));
    assert_eq!(figures(&ra, "referrals"), (1, 0, 0));
    let out = prov.ok(&["merge", s(&b)]);
    assert!(out.contains("merged office KOTA"), "{out}");
    assert!(out.contains("identical"), "{out}");

    // Every travelling row of both offices is here, with its office as origin.
    for t in TRAVELLING {
        let theirs = kab.query_i64(&format!("SELECT count(*) FROM {t}"))
            + kota.query_i64(&format!("SELECT count(*) FROM {t}"));
        let merged = prov.query_i64(&format!(
            "SELECT count(*) FROM {t} WHERE origin IS NOT NULL"
        ));
        assert_eq!(merged, theirs, "{t}");
    }
    // Both "Rina Contoh"s, apart by origin; case numbers as each office issued them.
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM staff WHERE name = 'Rina Contoh'"),
        2
    );
    let list = prov.ok(&["case", "list"]);
    assert!(list.contains("KAB/2026/0001"), "{list}");
    assert!(list.contains("KOTA/2026/0001"), "{list}");
    // The merged rows point at their own office's parents.
    assert_eq!(
        prov.query_i64(
            "SELECT count(*) FROM assignments a JOIN cases c ON c.id = a.case_id
             JOIN staff s ON s.id = a.staff_id WHERE a.origin = c.origin AND s.origin = c.origin"
        ),
        2
    );
    assert_eq!(
        prov.query_i64(
            "SELECT count(*) FROM case_violence v JOIN cases c ON c.id = v.case_id
             WHERE c.origin IS NOT NULL"
        ),
        2
    );
    // One audited entry per merge (plus data.rows entries beyond a thousand rows: none here).
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM audit WHERE action = 'merge'"),
        2
    );
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM audit"),
        entries_before + 2
    );
    let details =
        prov.query_string("SELECT details FROM audit WHERE action = 'merge' ORDER BY seq LIMIT 1");
    assert!(details.contains("\"prefix\":\"KAB\""), "{details}");
    assert!(!details.contains("Siti"), "no personal data: {details}");
    intact(&prov);
    // Each office's chain is kept whole and verified as its own.
    let out = prov.ok(&["audit", "verify"]);
    assert!(out.contains("office KAB ("), "{out}");
    assert!(out.contains("office KOTA ("), "{out}");
    let kab_entries = kab.query_i64("SELECT count(*) FROM audit");
    assert!(
        out.contains(&format!("{kab_entries} entries, head {kab_entries}:")),
        "{out}"
    );
    let out = prov.ok(&["audit", "verify", "--office", "kota"]);
    assert!(
        out.contains("office KOTA (") && !out.contains("KAB"),
        "{out}"
    );
    prov.refused(&["audit", "verify", "--office", "NOPE"], 3);

    // A bundle of the province carries its own rows only: no office's rows, chains or names.
    let p = bundle(&prov, "prov.kasus", &[]);
    let conn = Connection::open(&p).unwrap();
    let one = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(one("SELECT count(*) FROM cases"), 0);
    assert_eq!(
        one("SELECT count(*) FROM sqlite_master WHERE name IN ('origin_audit', 'merge_conflicts', 'origins', 'merged_rows')"),
        0
    );
    drop(conn);

    // Merging the same bundle again adds nothing and says so.
    let before = prov.state();
    let out = prov.ok(&["merge", s(&a)]);
    assert!(out.contains("nothing new"), "{out}");
    assert!(out.contains("holds office KAB"), "{out}");
    assert_eq!(prov.state(), before);
    let out = prov.ok(&["--lang", "id", "merge", s(&b)]);
    assert!(out.contains("tidak ada yang baru"), "{out}");
    assert_eq!(prov.state(), before);
}

/// The province (or any office) cannot change another office's staff member or agency, found
/// by its name where this office has none, or by its UUID: refused (exit 4), theirs to change,
/// nothing changed. Its own namesake, once it has one, is the one changed.
#[test]
fn another_offices_staff_and_agencies_are_theirs_to_change() {
    let kab = small_office("KAB");
    kab.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    kab.ok(&["agency", "add", "RSUD Contoh", "--kind", "kesehatan"]);
    let a = bundle(&kab, "kab.kasus", &[]);
    let prov = common::register();
    prov.ok(&["config", "set", "office-prefix", "PROV"]);
    prov.ok(&["merge", s(&a)]);
    let before = prov.state();
    for args in [
        &["staff", "deactivate", "Rina Contoh"][..],
        &["agency", "edit", "RSUD Contoh", "--contact", "Bagian umum"],
        &["agency", "deactivate", "RSUD Contoh"],
    ] {
        let err = prov.refused(args, 4);
        assert!(err.contains("it is theirs to change"), "{args:?}: {err}");
    }
    let uuid = prov.query_string("SELECT uuid FROM staff WHERE name = 'Rina Contoh'");
    let err = prov.refused(&["--lang", "id", "staff", "deactivate", &uuid], 4);
    assert!(err.contains("kantor itulah yang mengubahnya"), "{err}");
    assert_eq!(before, prov.state());
    // The province's own Rina Contoh is its own to change.
    prov.ok(&["staff", "add", "Rina Contoh", "--role", "Kasi"]);
    prov.ok(&["staff", "deactivate", "Rina Contoh"]);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM staff WHERE name = 'Rina Contoh' AND active = 0"),
        1
    );
}

/// `calendar recompute` at the province measures its own finished steps again, never another
/// office's (judged on that office's calendar; theirs to change): a calendar closing the day
/// the district's step ran changes nothing of it here.
#[test]
fn recompute_leaves_another_offices_steps_alone() {
    let kab = office("KAB");
    let a = bundle(&kab, "kab.kasus", &[]);
    let prov = common::register();
    prov.ok(&["config", "set", "office-prefix", "PROV"]);
    prov.ok(&["merge", s(&a)]);
    // A bigint on both engines (PostgreSQL's sum of bigints is a numeric).
    let theirs = "SELECT CAST(coalesce(sum(elapsed_secs), 0) * 1000
                              + coalesce(sum(calendar_version), 0) AS BIGINT)
                  FROM step_attempts WHERE origin IS NOT NULL AND status = 'finished'";
    let before = prov.query_i64(theirs);
    assert!(before > 0);
    let file = prov.dir.path().join("kalender.toml");
    let closed = "\n[[date]]\ndate = 2026-03-02\nhours = []\nnote = \"Rapat kerja\"\n";
    std::fs::write(&file, prov.ok(&["calendar", "export"]) + closed).unwrap();
    prov.ok(&["calendar", "import", s(&file)]);
    let out = prov.ok(&["calendar", "recompute", "--from", "2026-03-01"]);
    assert!(
        out.contains("0 changed") || !out.contains(" changed"),
        "{out}"
    );
    assert_eq!(before, prov.query_i64(theirs));
}

#[test]
fn dry_run_counts_everything_and_writes_nothing() {
    let kab = office("KAB");
    let a = bundle(&kab, "kab.kasus", &[]);
    let prov = common::register();
    let before = untouched(&prov);
    let state = prov.state();
    let dry = merge_json(&prov, &a, &["--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(figures(&dry, "cases"), (1, 0, 0));
    let out = prov.ok(&["merge", s(&a), "--dry-run"]);
    assert!(
        out.contains("dry run") && out.contains("nothing was written"),
        "{out}"
    );
    assert!(out.contains("step_attempts"), "{out}");
    assert_eq!(prov.state(), state);
    assert_eq!(untouched(&prov), before);
    // The real merge does what the rehearsal said.
    let real = merge_json(&prov, &a, &[]);
    assert_eq!(real["tables"], dry["tables"]);
    assert_eq!(real["entries_new"], dry["entries_new"]);
}

#[test]
fn a_since_bundle_adds_only_the_new_rows_and_without_its_predecessor_is_refused() {
    let kab = small_office("KAB");
    let a1 = bundle(&kab, "kab-1.kasus", &[]);
    kab.ok(&[
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "telepon",
        "--victim-name",
        "Ani Contoh",
        "--victim-sex",
        "P",
        "--victim-age",
        "12",
        "--violence",
        "psikis",
        "--reported-at",
        &at("09:00"),
    ]);
    let a2 = bundle(&kab, "kab-2.kasus", &["--since", a1.to_str().unwrap()]);

    // Without the first bundle: a gap, refused, saying which entry to reach first.
    let fresh = common::register();
    let before = untouched(&fresh);
    let err = fresh.refused_saying(
        &["merge", s(&a2)],
        4,
        &[
            "merge first the bundle that reaches entry",
            "Nothing was merged",
        ],
    );
    assert!(!err.contains("Ani"), "{err}");
    assert_eq!(untouched(&fresh), before);

    let prov = common::register();
    merge_json(&prov, &a1, &[]);
    let r = merge_json(&prov, &a2, &[]);
    assert_eq!(figures(&r, "cases"), (1, 0, 0));
    assert_eq!(figures(&r, "persons"), (1, 0, 0));
    assert_eq!(total_new(&r), 2, "{r:#}");
    let conflicts: i64 = r["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["conflicts"].as_i64().unwrap())
        .sum();
    assert_eq!(conflicts, 0, "{r:#}");
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL"),
        2
    );
    // The kept chain is the office's whole chain, from entry 1 to the second bundle's head.
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM origin_audit"),
        kab.query_i64("SELECT count(*) FROM audit")
    );
    intact(&prov);
    // The full bundle again after the --since one: nothing new.
    let out = prov.ok(&["merge", s(&a1)]);
    assert!(out.contains("nothing new"), "{out}");
}

#[test]
fn a_bundle_of_another_copy_of_the_office_is_refused_as_forked() {
    let kab = small_office("KAB");
    let copy = kab.copy();
    // Each copy writes its own next entry: the chains part there.
    kab.ok(&[
        "case",
        "close",
        "1",
        "--reason",
        "selesai",
        "--at",
        &at("10:00"),
    ]);
    copy.ok(&[
        "case",
        "close",
        "1",
        "--reason",
        "dirujuk",
        "--at",
        &at("10:05"),
    ]);
    let a = bundle(&kab, "kab.kasus", &[]);
    let b = bundle(&copy, "copy.kasus", &[]);
    let prov = common::register();
    merge_json(&prov, &a, &[]);
    let before = untouched(&prov);
    prov.refused_saying(&["merge", s(&b)], 3, &["forked", "Nothing was merged"]);
    assert_eq!(untouched(&prov), before);
}

#[test]
fn tampered_bundles_are_refused_with_the_register_unchanged() {
    let kab = office("KAB");
    let a = bundle(&kab, "kab.kasus", &[]);
    let prov = common::register();
    let before = untouched(&prov);

    // An edited row.
    let row = edited_copy(&a, "row.kasus", "UPDATE persons SET name = 'Budi Contoh'");
    let err = prov.refused_saying(
        &["merge", s(&row)],
        3,
        &["does not hold together", "Nothing was merged"],
    );
    assert!(!err.contains("Budi") && !err.contains("Siti"), "{err}");
    assert_eq!(untouched(&prov), before);

    // An edited chain entry.
    let chain = edited_copy(
        &a,
        "chain.kasus",
        "DROP TRIGGER audit_no_update;
         UPDATE audit SET actor = 'someone' WHERE seq = 3;",
    );
    prov.refused_saying(
        &["merge", s(&chain)],
        3,
        &["audit chain is broken at entry 3"],
    );
    assert_eq!(untouched(&prov), before);

    // A row added after the bundle was written.
    let extra = edited_copy(
        &a,
        "extra.kasus",
        "INSERT INTO staff_roles SELECT staff_id, 'Konselor' FROM staff_roles LIMIT 1;",
    );
    prov.refused(&["merge", s(&extra)], 3);

    // Not a bundle at all: a register (a file: on PostgreSQL, a SQLite register of its own), a
    // text file.
    let sqlite_register;
    let register_file = match kab.engine() {
        Engine::Sqlite => kab.path(),
        Engine::Postgres => {
            sqlite_register = Reg::on(Engine::Sqlite);
            sqlite_register.ok(&["sop", "list"]);
            sqlite_register.path()
        }
    };
    prov.refused_saying(&["merge", s(register_file)], 3, &["not a kasus bundle"]);
    let text = kab.dir.path().join("notes.txt");
    std::fs::write(&text, "Siti Contoh").unwrap();
    let err = prov.refused_saying(&["merge", s(&text)], 3, &["not a kasus bundle"]);
    assert!(!err.contains("Siti"), "{err}");
    prov.refused(&["merge", "missing.kasus"], 3);
    assert_eq!(untouched(&prov), before);

    // A manifest edited to another office's prefix or name: its own settings say otherwise.
    for (key, value) in [("office_prefix", "KOTA"), ("unit_name", "UPTD PPA Lain")] {
        let edited = edited_copy(
            &a,
            &format!("{key}.kasus"),
            &format!("UPDATE bundle_manifest SET value = '{value}' WHERE key = '{key}'"),
        );
        prov.refused_saying(&["merge", s(&edited)], 3, &["does not hold together", key]);
        assert_eq!(untouched(&prov), before);
    }
    // A folder (a USB stick given whole), and a bundle cut short by a copy.
    prov.refused_saying(
        &["merge", s(kab.dir.path())],
        3,
        &["is a folder, not a bundle file"],
    );
    let cut = kab.dir.path().join("cut.kasus");
    let bytes = std::fs::read(&a).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    prov.refused_saying(&["merge", s(&cut)], 3, &["damaged or incomplete"]);
    assert_eq!(untouched(&prov), before);
    // Still merges the real one.
    merge_json(&prov, &a, &[]);
    intact(&prov);
}

#[test]
fn a_bundle_from_a_newer_kasus_or_of_our_own_office_is_refused() {
    let kab = small_office("KAB");
    let a = bundle(&kab, "kab.kasus", &[]);
    let prov = common::register();
    let before = untouched(&prov);
    let newer = edited_copy(
        &a,
        "newer.kasus",
        "UPDATE bundle_manifest SET value = '99' WHERE key = 'schema_version'",
    );
    prov.refused_saying(&["merge", s(&newer)], 5, &["newer kasus", "schema 99"]);
    let format = edited_copy(
        &a,
        "format.kasus",
        "UPDATE bundle_manifest SET value = 'kasus-bundle/2' WHERE key = 'format'",
    );
    prov.refused_saying(&["merge", s(&format)], 5, &["kasus-bundle/2"]);
    assert_eq!(untouched(&prov), before);

    // Our own bundle.
    let before = untouched(&kab);
    kab.refused_saying(&["merge", s(&a)], 4, &["this office's own"]);
    let err = kab.refused(&["--lang", "id", "merge", s(&a)], 4);
    assert!(err.contains("milik kantor ini sendiri"), "{err}");
    assert_eq!(untouched(&kab), before);
}

/// Changes a merged row here outside kasus (as a province's own edit would): a divergence.
fn edit_here(reg: &Reg) {
    reg.execute_sql("UPDATE cases SET external_ref = 'REF-PROV-1' WHERE origin IS NOT NULL");
}

fn close_at(kab: &Reg, time: &str) {
    kab.ok(&[
        "case",
        "close",
        "1",
        "--reason",
        "selesai",
        "--at",
        &at(time),
    ]);
}

fn total(report: &Value, key: &str) -> i64 {
    report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t[key].as_i64().unwrap())
        .sum()
}

#[test]
fn a_row_changed_only_at_its_office_is_applied_and_a_true_divergence_is_a_conflict() {
    // Closing the case at KAB after the province merged it: the province's copy is unchanged
    // since, so KAB's version is applied (was: a conflict on every change at the office).
    let kab = small_office("KAB");
    let a1 = bundle(&kab, "kab-1.kasus", &[]);
    let prov = common::register();
    merge_json(&prov, &a1, &[]);
    close_at(&kab, "10:00");
    let a2 = bundle(&kab, "kab-2.kasus", &[]);
    let r = merge_json(&prov, &a2, &[]);
    assert_eq!(figures(&r, "cases"), (0, 0, 0), "{r:#}");
    assert_eq!(total(&r, "updated"), 1, "{r:#}");
    assert_eq!(r["conflicts_recorded"], 0);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL AND status = 'closed'"),
        1
    );
    assert_eq!(prov.query_i64("SELECT count(*) FROM merge_conflicts"), 0);
    intact(&prov);

    // Changed here only (the office's version as last merged): ours stands, no conflict.
    let kab2 = small_office("KAB");
    let b1 = bundle(&kab2, "kab2-1.kasus", &[]);
    kab2.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    let b2 = bundle(&kab2, "kab2-2.kasus", &[]);
    let prov3 = common::register();
    merge_json(&prov3, &b1, &[]);
    edit_here(&prov3);
    let r = merge_json(&prov3, &b2, &[]);
    assert_eq!(figures(&r, "cases"), (0, 1, 0), "{r:#}");
    assert_eq!(figures(&r, "staff"), (1, 0, 0), "{r:#}");
    assert_eq!(
        prov3.query_i64("SELECT count(*) FROM cases WHERE external_ref = 'REF-PROV-1'"),
        1
    );

    // The province changed its copy too: a true divergence, a conflict, ours kept.
    let prov2 = common::register();
    merge_json(&prov2, &a1, &[]);
    edit_here(&prov2);
    let before = untouched(&prov2);
    let out = prov2.ok(&["merge", s(&a2), "--dry-run"]);
    assert!(out.contains("ours would be kept"), "{out}");
    assert!(!out.contains("ours kept"), "{out}");
    assert_eq!(untouched(&prov2), before);
    let r = merge_json(&prov2, &a2, &[]);
    assert_eq!(figures(&r, "cases"), (0, 0, 1));
    assert_eq!(r["conflicts_recorded"], 1);
    assert_eq!(
        prov2.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL AND status = 'open'"),
        1
    );
    let ours: Value = serde_json::from_str(
        &prov2.query_string("SELECT ours FROM merge_conflicts WHERE table_name = 'cases'"),
    )
    .unwrap();
    let theirs: Value = serde_json::from_str(
        &prov2.query_string("SELECT theirs FROM merge_conflicts WHERE table_name = 'cases'"),
    )
    .unwrap();
    assert_eq!(ours["status"], "open");
    assert_eq!(theirs["status"], "closed");
    // Foreign keys as stable names, not local ids.
    assert!(
        theirs["sop_version_id"]
            .as_str()
            .is_some_and(|v| v.starts_with("batam-34-2020@")),
        "{theirs}"
    );
    assert_eq!(ours["violence"], serde_json::json!(["fisik"]));
    // Merged again: nothing new, the conflict not recorded twice.
    let r = merge_json(&prov2, &a2, &[]);
    assert_eq!(r["nothing_new"], true, "{r:#}");
    assert_eq!(prov2.query_i64("SELECT count(*) FROM merge_conflicts"), 1);
}

#[test]
fn work_at_the_office_in_since_bundles_gives_no_conflicts_and_old_bundles_write_nothing() {
    // The trial: KAB works on its case between bundles; the province merges each --since
    // bundle and ends with KAB's newest state, no conflicts.
    let kab = small_office("KAB");
    let a1 = bundle(&kab, "kab-1.kasus", &[]);
    let prov = common::register();
    merge_json(&prov, &a1, &[]);
    kab.ok(&["step", "start", "1", "--at", &at("08:35")]);
    kab.ok(&[
        "case",
        "edit",
        "1",
        "--risk",
        "tinggi",
        "--reason",
        "dinilai ulang",
    ]);
    let a2 = bundle(&kab, "kab-2.kasus", &["--since", s(&a1)]);
    let full2 = bundle(&kab, "kab-full-2.kasus", &[]);
    kab.ok(&["step", "finish", "1", "--at", &at("08:40")]);
    kab.ok(&[
        "case",
        "edit",
        "1",
        "--risk",
        "sedang",
        "--reason",
        "dinilai ulang lagi",
    ]);
    close_at(&kab, "10:00");
    let a3 = bundle(&kab, "kab-3.kasus", &["--since", s(&a2)]);
    let r2 = merge_json(&prov, &a2, &[]);
    let r3 = merge_json(&prov, &a3, &[]);
    assert_eq!(
        total(&r2, "conflicts") + total(&r3, "conflicts"),
        0,
        "{r2:#}\n{r3:#}"
    );
    assert!(total(&r3, "updated") >= 2, "{r3:#}");
    assert_eq!(prov.query_i64("SELECT count(*) FROM merge_conflicts"), 0);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE status = 'closed' AND risk = 'sedang'"),
        1
    );
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM step_attempts WHERE finished_at IS NOT NULL"),
        1
    );
    intact(&prov);

    // Old bundles found later (the first full one, a full one taken between): nothing written,
    // the register byte for byte as it was, saying what is held.
    let held = prov.query_i64("SELECT max(seq) FROM origin_audit");
    let before = untouched(&prov);
    for old in [&a1, &full2, &a2, &a3] {
        let out = prov.ok(&["merge", s(old)]);
        assert!(out.contains("nothing new"), "{out}");
        assert!(out.contains(&format!("chain up to entry {held}")), "{out}");
        assert_eq!(untouched(&prov), before);
    }
    let out = prov.ok(&["--lang", "id", "merge", s(&a1)]);
    assert!(out.contains("tidak ada yang baru"), "{out}");
    assert_eq!(prov.query_i64("SELECT count(*) FROM merge_conflicts"), 0);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE status = 'closed'"),
        1
    );
}

#[test]
fn a_later_conflict_on_the_same_row_supersedes_the_older_one() {
    let (kab, prov, _) = with_conflict();
    kab.ok(&["case", "reopen", "1", "--reason", "dibuka lagi"]);
    kab.ok(&[
        "case",
        "edit",
        "1",
        "--risk",
        "tinggi",
        "--reason",
        "dinilai ulang",
    ]);
    let a3 = bundle(&kab, "kab-3.kasus", &[]);
    let r = merge_json(&prov, &a3, &[]);
    assert_eq!(r["conflicts_recorded"], 1, "{r:#}");
    // Only the newer one is open; the older one is refused, naming the newer.
    let v: Value =
        serde_json::from_str(&prov.ok(&["merge", "conflicts", "--format", "json"])).unwrap();
    let open: Vec<i64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(open, vec![2], "{v:#}");
    let all = prov.ok(&["merge", "conflicts", "--all"]);
    assert!(all.contains("superseded by 2"), "{all}");
    let before = untouched(&prov);
    prov.refused_saying(
        &["merge", "resolve", "1", "--keep", "theirs", "--reason", "x"],
        4,
        &["superseded by conflict 2"],
    );
    assert_eq!(untouched(&prov), before);
    prov.ok(&[
        "merge",
        "resolve",
        "2",
        "--keep",
        "theirs",
        "--reason",
        "dibuka lagi",
    ]);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE status = 'open'"),
        1
    );
}

#[test]
fn merge_conflicts_in_indonesian_and_resolve_wording() {
    let (_kab, prov, _) = with_conflict();
    let out = prov.ok(&["--lang", "id", "merge", "conflicts"]);
    for w in ["Kantor", "Tabel", "Sebab", "terbuka", "diubah di kantornya"] {
        assert!(out.contains(w), "{w}: {out}");
    }
    assert!(!out.contains("Office") && !out.contains("changed"), "{out}");
    let err = prov.refused(&["merge", "resolve", "1", "--keep", "ours"], 2);
    assert!(err.contains("settling a conflict needs --reason"), "{err}");
    assert!(!err.contains("correction"), "{err}");
    prov.ok(&["merge", "resolve", "1", "--keep", "ours", "--reason", "x"]);
    let err = prov.refused(
        &[
            "--lang", "id", "merge", "resolve", "1", "--keep", "ours", "--reason", "x",
        ],
        4,
    );
    assert!(err.contains("dipertahankan: milik kita"), "{err}");
}

#[test]
fn a_row_whose_uuid_is_another_origins_is_a_conflict_never_an_overwrite() {
    let kab = small_office("KAB");
    let a = bundle(&kab, "kab.kasus", &[]);
    // A register holding, as its own, a case with that case's UUID (a copy of KAB's file
    // given a new identity: the worst case).
    let other = kab.copy();
    other.execute_sql(
        "UPDATE meta SET value = '01900000-0000-7000-8000-000000000001' WHERE key = 'office-uuid'",
    );
    let out = other.run(&["merge", s(&a), "--format", "json"]);
    assert_eq!(out.code, 0, "{out:?}");
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(figures(&r, "cases"), (0, 0, 1));
    assert_eq!(
        other.query_i64("SELECT count(*) FROM cases WHERE origin IS NULL"),
        1
    );
    assert_eq!(other.query_i64("SELECT count(*) FROM cases"), 1);
}

#[test]
fn two_merges_at_once_from_two_processes_both_land() {
    let kab = office("KAB");
    let kota = office("KOTA");
    let a = bundle(&kab, "kab.kasus", &[]);
    let b = bundle(&kota, "kota.kasus", &[]);
    let prov = common::register();
    let spawn = |f: &Path| {
        Command::new(assert_cmd::cargo::cargo_bin("kasus"))
            .env("KASUS_DB", prov.db())
            .env("KASUS_ACTOR", "tester")
            .env("KASUS_NOW", &prov.now)
            .env("KASUS_LANG", "en")
            .args(["merge", f.to_str().unwrap()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (c1, c2) = (spawn(&a), spawn(&b));
    for c in [c1, c2] {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL"),
        2
    );
    assert_eq!(prov.query_i64("SELECT count(*) FROM origins"), 2);
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM audit WHERE action = 'merge'"),
        2
    );
    intact(&prov);
}

#[test]
fn a_merge_killed_at_any_moment_leaves_the_register_before_or_fully_merged() {
    // KASUS_LONG_TESTS=1: a bundle of 5,000 cases; else 1,000. On PostgreSQL 1,000 either way:
    // there the promise is the server's transaction, which a merge of 1,000 cases already
    // spends seconds in, and 5,000 would take the file minutes (keeping the suite's time).
    let prov = common::register();
    let long = std::env::var("KASUS_LONG_TESTS").is_ok_and(|v| v == "1");
    let n = if long && prov.engine() == Engine::Sqlite {
        5000
    } else {
        1000
    };
    // The office's engine is not what this tests (a bundle is a file either way): a file,
    // quicker to fill.
    let big = common::with_cases_on(Engine::Sqlite, n);
    let a = bundle(&big, "big.kasus", &[]);
    let before = prov.state();
    // A rehearsal does the same work (checks, every insert) and writes nothing: its time is
    // the merge's, and the kills land at shares of it, as tests/crash.rs does.
    let t = std::time::Instant::now();
    prov.ok(&["merge", s(&a), "--dry-run"]);
    let whole = t.elapsed();
    assert_eq!(prov.state(), before);
    let mut saw_before = false;
    for pct in [5u32, 20, 40, 60, 80, 95, 120] {
        let ms = whole.as_millis() as u64 * pct as u64 / 100;
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("kasus"))
            .env("KASUS_DB", prov.db())
            .env("KASUS_ACTOR", "tester")
            .env("KASUS_NOW", &prov.now)
            .args(["merge", s(&a)])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill();
        let _ = child.wait();
        let merged = prov.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL");
        assert!(merged == 0 || merged == n as i64, "half merged: {merged}");
        let out = prov.ok(&["check"]);
        assert!(out.contains("check passed"), "{out}");
        if merged == 0 {
            saw_before = true;
            assert_eq!(prov.state(), before);
            assert_eq!(prov.query_i64("SELECT count(*) FROM origin_audit"), 0);
        } else {
            assert_eq!(
                prov.query_i64("SELECT count(*) FROM origin_audit"),
                big.query_i64("SELECT count(*) FROM audit")
            );
            break;
        }
    }
    assert!(saw_before, "no kill landed before the merge finished");
    let out = prov.ok(&["merge", s(&a)]);
    assert!(
        out.contains("merged office") || out.contains("nothing new"),
        "{out}"
    );
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL"),
        n as i64
    );
    intact(&prov);
}

#[test]
fn a_kept_office_chain_edited_outside_kasus_fails_audit_verify_and_check() {
    let kab = small_office("KAB");
    let a = bundle(&kab, "kab.kasus", &[]);
    let prov = common::register();
    merge_json(&prov, &a, &[]);
    // The kept chain is append-only by trigger: off for this edit (on PostgreSQL, disabled for
    // it and enabled again after).
    let edit = "UPDATE origin_audit SET actor = 'someone' WHERE seq = 2";
    match prov.engine() {
        Engine::Sqlite => {
            prov.execute_sql("DROP TRIGGER origin_audit_no_update");
            prov.execute_sql(edit);
        }
        Engine::Postgres => {
            prov.execute_sql("ALTER TABLE origin_audit DISABLE TRIGGER origin_audit_no_update");
            prov.execute_sql(edit);
            prov.execute_sql("ALTER TABLE origin_audit ENABLE TRIGGER origin_audit_no_update");
        }
    }
    let err = prov.refused(&["audit", "verify"], 3);
    assert!(
        err.contains("office KAB") && err.contains("entry 2"),
        "{err}"
    );
    prov.refused(&["audit", "verify", "--office", "KAB"], 3);
    let out = prov.run(&["check"]);
    assert_eq!(out.code, 3, "{out:?}");
    assert!(out.stdout.contains("KAB"), "{out:?}");
}

#[test]
fn a_register_at_schema_10_reaches_11_with_merge_tables_and_uuid_indexes() {
    // SQLite's own migration path (a file taken back to schema 10): PostgreSQL has one migration,
    // schema 11 whole; its merge tables and uuid indexes are checked in
    // `a_postgres_register_has_the_merge_tables_and_uuid_indexes` below.
    if common::sqlite_only() {
        return;
    }
    let reg = office("KAB");
    Connection::open(reg.path())
        .unwrap()
        .execute_batch(common::BEFORE_SCHEMA_11)
        .unwrap();
    assert_eq!(reg.query_i64("PRAGMA user_version"), 10);
    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    assert_eq!(reg.query_i64("PRAGMA user_version"), 13);
    for t in ["origins", "origin_audit", "merge_conflicts"] {
        assert_eq!(
            reg.query_i64(&format!(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{t}'"
            )),
            1,
            "{t}"
        );
    }
    // A merge's lookups by uuid read an index, never the whole table.
    let conn = Connection::open(reg.path()).unwrap();
    for t in TRAVELLING {
        let plan: String = conn
            .query_row(
                &format!("EXPLAIN QUERY PLAN SELECT * FROM {t} WHERE uuid = 'x'"),
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("USING INDEX"), "{t}: {plan}");
    }
}

#[test]
fn a_postgres_register_has_the_merge_tables_and_uuid_indexes() {
    if !common::pg::available() {
        return;
    }
    let reg = Reg::on(Engine::Postgres);
    reg.ok(&["sop", "list"]);
    for t in ["origins", "origin_audit", "merge_conflicts"] {
        let sql = format!(
            "SELECT count(*) FROM information_schema.tables
             WHERE table_schema = 'public' AND table_name = '{t}'"
        );
        assert_eq!(reg.query_i64(&sql), 1, "{t}");
    }
    // A merge's lookups by uuid can read an index (the planner's choice on a table this small
    // says nothing: the catalogue does).
    for t in TRAVELLING {
        let sql = format!(
            "SELECT count(*) FROM pg_indexes
             WHERE schemaname = 'public' AND tablename = '{t}' AND indexdef LIKE '%(uuid)'"
        );
        assert_eq!(reg.query_i64(&sql), 1, "{t}");
    }
}

/// A province register holding KAB's case, changed here, and KAB's second bundle in which the
/// case is closed: one conflict (ours open, theirs closed).
fn with_conflict() -> (Reg, Reg, PathBuf) {
    let kab = small_office("KAB");
    let a1 = bundle(&kab, "kab-1.kasus", &[]);
    let prov = common::register();
    merge_json(&prov, &a1, &[]);
    // Changed here too (a true divergence: a change at KAB alone is applied).
    edit_here(&prov);
    close_at(&kab, "10:00");
    let a2 = bundle(&kab, "kab-2.kasus", &[]);
    merge_json(&prov, &a2, &[]);
    (kab, prov, a2)
}

#[test]
fn merge_conflicts_lists_the_open_ones_by_field_names_and_all_with_both_versions() {
    let (_kab, prov, _) = with_conflict();
    let out = prov.ok(&["merge", "conflicts"]);
    assert!(out.contains("KAB") && out.contains("cases"), "{out}");
    assert!(out.contains("status") && out.contains("closed_at"), "{out}");
    assert!(out.contains("open"), "{out}");
    assert!(!out.contains("Siti"), "no values at a table: {out}");
    let v: Value =
        serde_json::from_str(&prov.ok(&["merge", "conflicts", "--format", "json"])).unwrap();
    let c = &v.as_array().unwrap()[0];
    assert_eq!(c["id"], 1);
    assert_eq!(c["ours"]["status"], "open");
    assert_eq!(c["theirs"]["status"], "closed");
    let csv = prov.ok(&["merge", "conflicts", "--format", "csv"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .starts_with("id,office,table,uuid"),
        "{csv}"
    );
    prov.ok(&[
        "merge",
        "resolve",
        "1",
        "--keep",
        "ours",
        "--reason",
        "data kami",
    ]);
    assert!(prov
        .ok(&["merge", "conflicts"])
        .contains("no open conflicts"));
    let all = prov.ok(&["merge", "conflicts", "--all"]);
    assert!(all.contains("kept ours"), "{all}");
    let out = prov.ok(&["--lang", "id", "merge", "conflicts"]);
    assert!(out.contains("tidak ada konflik terbuka"), "{out}");
}

#[test]
fn merge_resolve_keeps_ours_or_writes_theirs_once_audited_with_the_reason_kept_aside() {
    let (kab, prov, a2) = with_conflict();
    // Refusals: no reason without a terminal, an unknown id, a non-number (not echoed).
    prov.refused(&["merge", "resolve", "1", "--keep", "theirs"], 2);
    prov.refused_saying(
        &["merge", "resolve", "7", "--keep", "ours", "--reason", "x"],
        3,
        &["no conflict 7"],
    );
    let err = prov.refused(
        &[
            "merge", "resolve", "Siti", "--keep", "ours", "--reason", "x",
        ],
        2,
    );
    assert!(!err.contains("Siti"), "{err}");

    let out = prov.ok(&[
        "merge",
        "resolve",
        "1",
        "--keep",
        "theirs",
        "--reason",
        "ditutup di kabupaten",
    ]);
    assert!(out.contains("theirs written"), "{out}");
    assert_eq!(
        prov.query_i64("SELECT count(*) FROM cases WHERE origin IS NOT NULL AND status = 'closed'"),
        1
    );
    let details = prov.query_string("SELECT details FROM audit WHERE action = 'merge.resolve'");
    let reason = prov.query_string("SELECT reason FROM merge_conflicts WHERE id = 1");
    assert_eq!(reason, "ditutup di kabupaten");
    assert!(details.contains("\"kept\":\"theirs\""), "{details}");
    assert!(
        details.contains("[\"cases\","),
        "the overwrite is in the chain: {details}"
    );
    assert!(!details.contains("kabupaten"), "{details}");
    // The chain holds (not `--data`: `with_conflict` changed the row here outside kasus, as a
    // local edit, which the data check rightly names).
    let out = prov.ok(&["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");
    // Settled once.
    let err = prov.refused(
        &[
            "merge", "resolve", "1", "--keep", "ours", "--reason", "lagi",
        ],
        4,
    );
    assert!(err.contains("settled already"), "{err}");
    let err = prov.refused(
        &[
            "--lang", "id", "merge", "resolve", "1", "--keep", "ours", "--reason", "x",
        ],
        4,
    );
    assert!(err.contains("sudah diselesaikan"), "{err}");
    // Theirs is now ours: the bundle again is nothing new.
    let out = prov.ok(&["merge", s(&a2)]);
    assert!(out.contains("nothing new"), "{out}");
    // Theirs written is the row as last merged: KAB's later change to it is applied.
    kab.ok(&["case", "reopen", "1", "--reason", "dibuka lagi"]);
    let a3 = bundle(&kab, "kab-3.kasus", &[]);
    let r = merge_json(&prov, &a3, &[]);
    assert_eq!(total(&r, "updated"), 1, "{r:#}");
    assert_eq!(total(&r, "conflicts"), 0, "{r:#}");
}

/// `report summary --period 2026-03`'s rows: (dimension, category), registered, closed.
fn summary_rows(reg: &Reg) -> Vec<((String, String), i64, i64)> {
    let out = reg.ok(&[
        "report", "summary", "--period", "2026-03", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                (
                    r["dimension"].as_str().unwrap().to_string(),
                    r["category"].as_str().unwrap().to_string(),
                ),
                r["registered"].as_i64().unwrap(),
                r["closed"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// Every travelling row as text: its table, uuid, origin and every column but local ids
/// (`id`, `*_id`), sorted: equal in two registers means the same rows from the same offices.
fn row_set(reg: &Reg) -> Vec<String> {
    let mut out = Vec::new();
    for t in TRAVELLING {
        for row in reg.query_named(&format!("SELECT * FROM {t}")) {
            let mut line = t.to_string();
            for (n, v) in row {
                if n == "id" || n.ends_with("_id") {
                    continue;
                }
                line.push_str(&format!("|{n}={v:?}"));
            }
            out.push(line);
        }
    }
    out.sort();
    out
}

#[test]
fn three_offices_merged_in_every_order_give_the_same_rows_and_figures() {
    let offices = [office("KAB"), office("KOTA"), small_office("BTM")];
    let bundles: Vec<PathBuf> = offices
        .iter()
        .enumerate()
        .map(|(i, o)| bundle(o, &format!("o{i}.kasus"), &[]))
        .collect();
    let orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    // Each office's own summary, summed per (dimension, category): what the merged register's
    // summary must show (issue 20: a merged register's reports add up to the offices' own).
    let mut expected: std::collections::BTreeMap<(String, String), (i64, i64)> = Default::default();
    for o in &offices {
        for (key, reg, closed) in summary_rows(o) {
            let e = expected.entry(key).or_default();
            e.0 += reg;
            e.1 += closed;
        }
    }
    assert!(expected.values().any(|(r, _)| *r == 3), "{expected:?}");
    let mut first: Option<(Vec<String>, String)> = None;
    for order in orders {
        let prov = common::register();
        for i in order {
            let r = merge_json(&prov, &bundles[i], &[]);
            assert_eq!(r["nothing_new"], false);
        }
        let rows = row_set(&prov);
        assert!(rows.iter().filter(|r| r.starts_with("cases|")).count() == 3);
        let figures = prov.ok(&[
            "report", "summary", "--period", "2026-03", "--format", "json",
        ]);
        let merged: std::collections::BTreeMap<(String, String), (i64, i64)> = summary_rows(&prov)
            .into_iter()
            .map(|(k, r, c)| (k, (r, c)))
            .collect();
        assert_eq!(
            merged, expected,
            "order {order:?}: the offices' own summaries, summed"
        );
        match &first {
            None => first = Some((rows, figures)),
            Some((r, f)) => {
                assert_eq!(&rows, r, "order {order:?}");
                assert_eq!(&figures, f, "order {order:?}");
            }
        }
        // Merged again, in the same order: nothing new.
        let before = prov.state();
        for i in order {
            assert_eq!(merge_json(&prov, &bundles[i], &[])["nothing_new"], true);
        }
        assert_eq!(prov.state(), before);
        intact(&prov);
    }
}

/// Two offices that both number their cases PPA/...: `audit verify --office PPA` names neither
/// of them, so it is refused listing both (exit 3), as `--office` is everywhere; each one's
/// UUID (or its start) verifies that office's chain alone.
#[test]
fn audit_verify_of_a_prefix_two_merged_offices_share_is_refused_listing_both() {
    let a = office("PPA");
    let b = office("PPA");
    let prov = common::register();
    prov.ok(&["config", "set", "office-prefix", "PROV"]);
    let a_uuid = common::offices::merge_office(&prov, &a);
    common::offices::merge_office(&prov, &b);
    let err = prov.refused(&["audit", "verify", "--office", "ppa"], 3);
    assert!(
        err.contains("fits more than one merged office") && err.contains(&a_uuid),
        "{err}"
    );
    let out = prov.ok(&["audit", "verify", "--office", &a_uuid]);
    assert_eq!(out.matches("office PPA (").count(), 1, "{out}");
}
