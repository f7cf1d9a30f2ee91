//! `kasus merge` and `kasus bundle export` on a register on PostgreSQL (issue 21): bundles of
//! SQLite offices merged into a PostgreSQL register (their rows and chains, an intact register,
//! the same bundle again writes nothing, a tampered bundle refused with nothing changed, rows
//! changed at both ends or refused by a unique index kept as conflicts), and a bundle exported
//! from a PostgreSQL register merged into a SQLite one (an office copied onto PostgreSQL bundles
//! the same rows and digest as its file). Each PostgreSQL register has a database
//! of its own on the server `KASUS_TEST_PG` names; skipped with a note without it.

mod common;

use common::pg;
use common::{Engine, Reg};
use rusqlite::Connection;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn server_reg() -> Option<Reg> {
    pg::available().then(|| {
        let reg = Reg::on(Engine::Postgres);
        reg.ok(&["sop", "list"]);
        reg
    })
}

/// A busy SQLite office ([`common::offices::fill`]).
fn office(prefix: &str) -> Reg {
    let reg = Reg::on(Engine::Sqlite);
    common::offices::fill(&reg, prefix);
    reg
}

fn bundle(reg: &Reg, name: &str, extra: &[&str]) -> PathBuf {
    let out = reg.dir.path().join(name);
    let mut args = vec!["bundle", "export", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    reg.ok(&args);
    out
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn merge_json(reg: &Reg, file: &Path) -> Value {
    serde_json::from_str(&reg.ok(&["merge", s(file), "--format", "json"])).unwrap()
}

fn total(report: &Value, field: &str) -> i64 {
    report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t[field].as_i64().unwrap())
        .sum()
}

/// A number the PostgreSQL register's database answers.
fn pg_count(reg: &Reg, sql: &str, args: &[&(dyn postgres::types::ToSql + Sync)]) -> i64 {
    let url = &reg.pg.as_ref().unwrap().url;
    pg::connect(url)
        .query_one(sql, args)
        .unwrap_or_else(|e| panic!("{sql}: {}", pg::why(&e)))
        .get(0)
}

fn sqlite_count(reg: &Reg, sql: &str) -> i64 {
    Connection::open(reg.path())
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
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
fn two_sqlite_offices_merged_into_a_postgres_register_keep_their_rows_and_chains() {
    let Some(prov) = server_reg() else { return };
    let (kab, kota) = (office("KAB"), office("KOTA"));
    let a = bundle(&kab, "kab.kasus", &[]);
    let b = bundle(&kota, "kota.kasus", &[]);
    let ra = merge_json(&prov, &a);
    assert_eq!(ra["office_prefix"], "KAB", "{ra:#}");
    assert!(total(&ra, "new") > 0, "{ra:#}");
    assert_eq!(total(&ra, "conflicts"), 0, "{ra:#}");
    let out = prov.ok(&["merge", s(&b)]);
    assert!(out.contains("merged office KOTA"), "{out}");
    // Every office's rows, under its origin, as many as it has.
    for (office, reg) in [(&kab, "KAB"), (&kota, "KOTA")].map(|(r, p)| (p, r)) {
        let uuid = reg.ok(&["config", "get", "office-uuid"]).trim().to_string();
        for t in TRAVELLING {
            let theirs = sqlite_count(reg, &format!("SELECT count(*) FROM {t}"));
            let merged = pg_count(
                &prov,
                &format!("SELECT count(*) FROM {t} WHERE origin = $1"),
                &[&uuid],
            );
            assert_eq!(merged, theirs, "{office} {t}");
        }
        // The office's chain, kept whole.
        let entries = sqlite_count(reg, "SELECT count(*) FROM audit");
        let kept = pg_count(
            &prov,
            "SELECT count(*) FROM origin_audit WHERE origin = $1",
            &[&uuid],
        );
        assert_eq!(kept, entries, "{office}");
    }
    // A merged case keeps its office's number; its parents are its office's.
    assert_eq!(
        pg_count(
            &prov,
            "SELECT count(*) FROM cases c JOIN staff s ON s.origin = c.origin
             JOIN assignments a ON a.case_id = c.id AND a.staff_id = s.id",
            &[],
        ),
        2
    );
    assert_eq!(
        pg_count(
            &prov,
            "SELECT count(*) FROM audit WHERE action = 'merge'",
            &[]
        ),
        2
    );
    intact(&prov);
    let verify = prov.ok(&["audit", "verify", "--data"]);
    assert!(
        verify.contains("KAB") && verify.contains("KOTA"),
        "{verify}"
    );

    // The same bundle again: nothing new, nothing written.
    let before = prov.state();
    let again = merge_json(&prov, &a);
    assert_eq!(again["nothing_new"], true, "{again:#}");
    assert_eq!(prov.state(), before, "a merge of nothing new wrote");
    let dry = prov.ok(&["merge", s(&b), "--dry-run"]);
    assert!(dry.contains("nothing new"), "{dry}");
    assert_eq!(prov.state(), before);

    // A tampered bundle: refused, nothing changed.
    let kab2 = office("KAB2");
    let c = bundle(&kab2, "kab2.kasus", &[]);
    let tampered = c.with_file_name("tampered.kasus");
    std::fs::copy(&c, &tampered).unwrap();
    Connection::open(&tampered)
        .unwrap()
        .execute_batch("UPDATE persons SET name = 'Budi Contoh'")
        .unwrap();
    let err = prov.refused(&["merge", s(&tampered)], 3);
    assert!(err.contains("does not hold together"), "{err}");
    assert!(!err.contains("Budi"), "{err}");
    assert_eq!(prov.state(), before, "a refused merge changed the register");
    // The untouched one merges.
    let rc = merge_json(&prov, &c);
    assert_eq!(rc["office_prefix"], "KAB2", "{rc:#}");
    intact(&prov);
}

#[test]
fn a_row_changed_at_both_ends_is_a_conflict_kept_aside_on_postgres() {
    let Some(prov) = server_reg() else { return };
    let kab = office("KAB");
    let a1 = bundle(&kab, "kab-1.kasus", &[]);
    merge_json(&prov, &a1);
    // Changed here (outside kasus: no command edits a merged row) and at its office.
    let url = prov.pg.as_ref().unwrap().url.clone();
    pg::connect(&url)
        .batch_execute("UPDATE cases SET risk = 'rendah' WHERE origin IS NOT NULL")
        .unwrap();
    kab.ok(&[
        "case",
        "edit",
        "1",
        "--risk",
        "sedang",
        "--reason",
        "dinilai ulang",
    ]);
    let a2 = bundle(&kab, "kab-2.kasus", &["--since", s(&a1)]);
    let r = merge_json(&prov, &a2);
    assert_eq!(total(&r, "conflicts"), 1, "{r:#}");
    assert_eq!(r["conflicts_recorded"], 1, "{r:#}");
    // Ours kept; theirs in merge_conflicts, with why.
    let conflicts = |sql: &str| pg_count(&prov, sql, &[]);
    assert_eq!(
        conflicts(
            "SELECT count(*) FROM merge_conflicts WHERE table_name = 'cases'
             AND theirs LIKE '%\"risk\":\"sedang\"%' AND theirs LIKE '%changed both%'
             AND ours LIKE '%\"risk\":\"rendah\"%' AND resolved_at IS NULL"
        ),
        1
    );
    assert_eq!(
        conflicts("SELECT count(*) FROM cases WHERE origin IS NOT NULL AND risk = 'rendah'"),
        1
    );
    // The same bundle again records nothing more; a dry run writes nothing.
    let before = prov.state();
    let dry = prov.ok(&["merge", s(&a2), "--dry-run"]);
    assert!(dry.contains("nothing new"), "{dry}");
    assert_eq!(prov.state(), before);
    // A rule of this register refusing a row (a staff member of the office named as one
    // already here from that office, written outside kasus): a conflict, the rest of the
    // bundle merged, nothing of the refused row left (its savepoint rolled back).
    kab.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    kab.ok(&["staff", "add", "Ani Contoh", "--role", "Staff Penerima"]);
    pg::connect(&url)
        .batch_execute(
            "INSERT INTO staff (uuid, office, name, created_at, updated_at, origin)
             SELECT 'outside-1', office, 'Dewi Contoh', created_at, updated_at, origin
             FROM staff WHERE origin IS NOT NULL ORDER BY id LIMIT 1",
        )
        .unwrap();
    let a3 = bundle(&kab, "kab-3.kasus", &["--since", s(&a2)]);
    let r = merge_json(&prov, &a3);
    assert_eq!(total(&r, "conflicts"), 1, "{r:#}");
    assert_eq!(total(&r, "new"), 1, "{r:#}");
    assert_eq!(
        conflicts(
            "SELECT count(*) FROM merge_conflicts WHERE table_name = 'staff'
             AND theirs LIKE '%refused: another row here has the same name%'"
        ),
        1
    );
    assert_eq!(
        conflicts("SELECT count(*) FROM staff WHERE name IN ('Dewi Contoh', 'Ani Contoh')"),
        2
    );
    assert_eq!(
        conflicts(
            "SELECT count(*) FROM staff_roles r JOIN staff s ON s.id = r.staff_id
             WHERE s.name IN ('Dewi Contoh', 'Ani Contoh')"
        ),
        1
    );
    let out = prov.ok(&["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");
}

#[test]
fn a_bundle_exported_from_a_postgres_register_merges_into_a_sqlite_one() {
    let Some(pgreg) = server_reg() else { return };
    pgreg.ok(&["config", "set", "office-prefix", "PGX"]);
    pgreg.ok(&["config", "set", "unit-name", "UPTD PPA Contoh"]);
    // Rows merged from another office stay this register's business: they do not travel.
    let kab = office("KAB");
    merge_json(&pgreg, &bundle(&kab, "kab.kasus", &[]));
    let out = pgreg.dir.path().join("pg.kasus");
    let said = pgreg.ok(&["bundle", "export", "--out", s(&out)]);
    assert!(said.contains("bundle written"), "{said}");
    let bundle_db = Connection::open(&out).unwrap();
    let one = |sql: &str| -> i64 { bundle_db.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(one("SELECT count(*) FROM cases"), 0);
    assert_eq!(
        one("SELECT count(*) FROM audit"),
        pg_count(&pgreg, "SELECT count(*) FROM audit", &[])
    );
    assert_eq!(
        one("SELECT count(*) FROM sqlite_master WHERE name IN ('origin_audit', 'merge_conflicts', 'origins', 'merged_rows')"),
        0
    );
    drop(bundle_db);

    let prov = Reg::on(Engine::Sqlite);
    prov.ok(&["sop", "list"]);
    let r = merge_json(&prov, &out);
    assert_eq!(r["office_prefix"], "PGX", "{r:#}");
    assert_eq!(r["unit_name"], "UPTD PPA Contoh", "{r:#}");
    let entries = pg_count(&pgreg, "SELECT count(*) FROM audit", &[]);
    assert_eq!(r["entries_new"].as_i64().unwrap(), entries, "{r:#}");
    assert_eq!(
        sqlite_count(&prov, "SELECT count(*) FROM origin_audit"),
        entries
    );
    intact(&prov);
    let verify = prov.ok(&["audit", "verify", "--data"]);
    assert!(verify.contains("PGX"), "{verify}");

    // A bundle since the first one: the chain's tail, merged after it.
    pgreg.ok(&["config", "set", "unit-name", "UPTD PPA Contoh Baru"]);
    let tail = pgreg.dir.path().join("pg-2.kasus");
    pgreg.ok(&["bundle", "export", "--out", s(&tail), "--since", s(&out)]);
    let r2 = merge_json(&prov, &tail);
    assert!(r2["entries_new"].as_i64().unwrap() >= 1, "{r2:#}");
    assert_eq!(r2["unit_name"], "UPTD PPA Contoh Baru", "{r2:#}");
    intact(&prov);
}

fn manifest(file: &Path, key: &str) -> String {
    Connection::open(file)
        .unwrap()
        .query_row(
            "SELECT value FROM bundle_manifest WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn an_office_on_postgresql_bundles_the_same_rows_as_on_a_file() {
    let Some(server) = server_reg() else { return };
    // An office's register with cases, staff, steps, consent and a referral, and its copy on
    // PostgreSQL, row for row.
    let kab = office("KAB");
    pg::copy_into(kab.path(), &server.pg.as_ref().unwrap().url);
    intact(&server);
    let from_file = bundle(&kab, "kab.kasus", &[]);
    let from_server = bundle(&server, "kab-pg.kasus", &[]);
    // The same rows, the same chain: the same manifest but for when it was written.
    for key in [
        "office_uuid",
        "office_prefix",
        "unit_name",
        "schema_version",
        "chain_head_seq",
        "chain_head_hash",
        "rows",
        "sha256",
    ] {
        assert_eq!(
            manifest(&from_server, key),
            manifest(&from_file, key),
            "{key}"
        );
    }
    // Merged into a SQLite register: every row, an intact register; the file's bundle then
    // brings nothing new (the same office, the same chain).
    let prov = Reg::on(Engine::Sqlite);
    prov.ok(&["sop", "list"]);
    let r = merge_json(&prov, &from_server);
    assert_eq!(total(&r, "conflicts"), 0, "{r:#}");
    let uuid = kab.ok(&["config", "get", "office-uuid"]).trim().to_string();
    for t in TRAVELLING {
        assert_eq!(
            sqlite_count(
                &prov,
                &format!("SELECT count(*) FROM {t} WHERE origin = '{uuid}'")
            ),
            sqlite_count(&kab, &format!("SELECT count(*) FROM {t}")),
            "{t}"
        );
    }
    intact(&prov);
    let again = merge_json(&prov, &from_file);
    assert_eq!(again["nothing_new"], true, "{again:#}");

    // A --since bundle of the copy on PostgreSQL, after a change written there.
    server.ok(&["config", "set", "unit-name", "UPTD PPA KAB"]);
    let tail = bundle(&server, "kab-pg-2.kasus", &["--since", s(&from_server)]);
    assert_eq!(
        manifest(&tail, "since_seq"),
        manifest(&from_file, "chain_head_seq")
    );
    let r2 = merge_json(&prov, &tail);
    assert_eq!(r2["unit_name"], "UPTD PPA KAB", "{r2:#}");
    assert_eq!(total(&r2, "conflicts"), 0, "{r2:#}");
    intact(&prov);
}
