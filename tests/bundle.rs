//! `kasus bundle export --out FILE [--since BUNDLE|TIME]` (issue 20): the bundle is opened here
//! with SQLite directly. It holds the office's rows (as many per table as the register), its
//! audit chain up to the register's head and a manifest; `--since` holds only the rows changed
//! after the earlier bundle's head (or a time) and the rows they hang on, with the chain's tail;
//! the file is 0600; onto the register, onto an existing file or with a bad --since it is refused
//! and nothing is written.

mod common;

use common::{at, Engine, Reg, CASE};
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

fn manifest(file: &Path) -> BTreeMap<String, String> {
    let conn = Connection::open(file).unwrap();
    let mut stmt = conn
        .prepare("SELECT key, value FROM bundle_manifest")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn count(file: &Path, sql: &str) -> i64 {
    Connection::open(file)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn files_in(reg: &Reg) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(reg.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // SQLite's own sidecars of the register come and go with its connections.
        .filter(|f| !f.starts_with("register.db-"))
        .collect();
    v.sort();
    v
}

/// A register with a case that has a person, consent, assignment, a finished step and a running
/// one, and a referral to an agency.
fn worked() -> Reg {
    let reg = common::with_case();
    reg.ok(&[
        "assign",
        CASE,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    common::referrals::add_hospital(&reg, &[]);
    common::referrals::consent(&reg, &[]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:35")]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:40")]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:45")]);
    reg.ok(&[
        "referral",
        "create",
        CASE,
        "--to",
        "RSUD Contoh",
        "--service",
        "kesehatan",
        "--at",
        &at("08:50"),
    ]);
    reg
}

const TABLES: &[&str] = &[
    "sop_versions",
    "staff",
    "staff_roles",
    "cases",
    "persons",
    "case_violence",
    "consents",
    "assignments",
    "step_attempts",
    "agencies",
    "referrals",
    "audit",
];

fn out(reg: &Reg, name: &str) -> PathBuf {
    reg.dir.path().join(name)
}

#[test]
fn a_bundle_holds_every_row_the_chain_and_its_manifest() {
    let reg = worked();
    let file = out(&reg, "kota.kasus");
    let said = reg.ok(&["bundle", "export", "--out", file.to_str().unwrap()]);
    assert!(said.contains("bundle written:"), "{said}");
    let m = manifest(&file);
    assert_eq!(m["format"], "kasus-bundle/1");
    assert_eq!(
        m["office_uuid"],
        reg.ok(&["config", "get", "office-uuid"]).trim()
    );
    assert_eq!(m["office_prefix"], "PPA");
    assert_eq!(m["unit_name"], "UPTD PPA");
    assert_eq!(m["schema_version"], "13");
    assert_eq!(m["kasus_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["created_at"], "2026-03-02T05:00:00Z");
    assert!(!m.contains_key("since_seq"));
    // The chain head is the register's (`audit head` prints SEQ:HASH).
    let head = reg.ok(&["audit", "head"]);
    assert_eq!(
        format!("{}:{}", m["chain_head_seq"], m["chain_head_hash"]),
        head.trim()
    );
    // Every table: as many rows as the register, and as the manifest says.
    let rows: serde_json::Value = serde_json::from_str(&m["rows"]).unwrap();
    for t in TABLES {
        let sql = format!("SELECT count(*) FROM {t}");
        let here = reg.query_i64(&sql);
        assert!(here > 0, "{t} has rows in the test register");
        assert_eq!(count(&file, &sql), here, "{t}");
        assert_eq!(rows[*t].as_i64(), Some(here), "{t} in the manifest");
    }
    let sha = &m["sha256"];
    assert_eq!(sha.len(), 64);
    assert!(sha.chars().all(|c| c.is_ascii_hexdigit()));
    // Private, whole, one file (no journal or temporary file beside it).
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        !files_in(&reg)
            .iter()
            .any(|f| f.ends_with(".tmp") || f.contains("kota.kasus-")),
        "{:?}",
        files_in(&reg)
    );
    let ok: String = Connection::open(&file)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // The same register, bundled again: the same rows, the same digest.
    let again = out(&reg, "kota-2.kasus");
    reg.ok(&["bundle", "export", "--out", again.to_str().unwrap()]);
    assert_eq!(manifest(&again)["sha256"], *sha);
}

#[test]
fn since_a_bundle_holds_only_the_rows_changed_after_it_and_their_parents() {
    let reg = worked();
    let first = out(&reg, "1.kasus");
    reg.ok(&["bundle", "export", "--out", first.to_str().unwrap()]);
    let head: i64 = manifest(&first)["chain_head_seq"].parse().unwrap();
    // A second case, assigned to the same staff member: case 1 is not touched.
    reg.ok(&[
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "datang-langsung",
        "--victim-name",
        "Budi Contoh",
        "--victim-sex",
        "L",
        "--victim-age",
        "12",
        "--violence",
        "psikis",
        "--urgency",
        "biasa",
    ]);
    reg.ok(&[
        "assign",
        "PPA/2026/0002",
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    let second = out(&reg, "2.kasus");
    let said = reg.ok(&[
        "bundle",
        "export",
        "--out",
        second.to_str().unwrap(),
        "--since",
        first.to_str().unwrap(),
    ]);
    assert!(said.contains(&format!("after entry {head}")), "{said}");
    // The count is the office's records alone (the case, its person, violence and assignment,
    // the staff member and her role), not the SOP versions and settings that travel whole.
    assert!(
        said.contains("(6 rows: those changed after entry"),
        "{said}"
    );
    // Nothing since the second bundle: said so.
    let third = out(&reg, "3.kasus");
    let said = reg.ok(&[
        "bundle",
        "export",
        "--out",
        third.to_str().unwrap(),
        "--since",
        second.to_str().unwrap(),
    ]);
    assert!(said.contains(": nothing changed since entry"), "{said}");
    let m = manifest(&second);
    assert_eq!(m["since_seq"], head.to_string());
    assert_eq!(m["since_hash"], manifest(&first)["chain_head_hash"]);
    let cases: Vec<String> = {
        let conn = Connection::open(&second).unwrap();
        let mut s = conn
            .prepare("SELECT number FROM cases ORDER BY id")
            .unwrap();
        s.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(cases, ["PPA/2026/0002"]);
    assert_eq!(
        count(&second, "SELECT count(*) FROM persons WHERE case_id = 1"),
        0
    );
    assert_eq!(count(&second, "SELECT count(*) FROM persons"), 1);
    assert_eq!(count(&second, "SELECT count(*) FROM assignments"), 1);
    assert_eq!(count(&second, "SELECT count(*) FROM consents"), 0);
    assert_eq!(count(&second, "SELECT count(*) FROM referrals"), 0);
    assert_eq!(count(&second, "SELECT count(*) FROM step_attempts"), 0);
    assert_eq!(count(&second, "SELECT count(*) FROM case_violence"), 1);
    // The assignment's staff member travels with it (a parent), with her role.
    assert_eq!(count(&second, "SELECT count(*) FROM staff"), 1);
    assert_eq!(count(&second, "SELECT count(*) FROM staff_roles"), 1);
    // The case's SOP version is there to map.
    assert_eq!(
        count(
            &second,
            "SELECT count(*) FROM cases c JOIN sop_versions s ON s.id = c.sop_version_id"
        ),
        1
    );
    // The chain's tail: the entries after the first bundle's head, up to the register's head.
    assert_eq!(
        count(&second, "SELECT min(seq) FROM audit"),
        head + 1,
        "the tail starts after the head"
    );
    assert_eq!(
        count(&second, "SELECT max(seq) FROM audit"),
        reg.query_i64("SELECT max(seq) FROM audit")
    );
    // No page keeps a row left out: the first case's victim's name is nowhere in the file.
    let bytes = std::fs::read(&second).unwrap();
    let needle = b"Siti Contoh";
    assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    // --since a time before everything: every row of the office.
    let all = out(&reg, "all.kasus");
    reg.ok(&[
        "bundle",
        "export",
        "--out",
        all.to_str().unwrap(),
        "--since",
        "2026-03-01",
    ]);
    assert_eq!(count(&all, "SELECT count(*) FROM cases"), 2);
    assert_eq!(manifest(&all)["since_seq"], "0");
}

#[test]
fn refusals_write_nothing() {
    let reg = worked();
    let first = out(&reg, "1.kasus");
    reg.ok(&["bundle", "export", "--out", first.to_str().unwrap()]);
    let before = files_in(&reg);
    let state = reg.state();
    // Onto the register's own file (SQLite only: a register on PostgreSQL has no file here to
    // write over; `reg.path()` there is a path nothing uses).
    if reg.engine() == Engine::Sqlite {
        reg.refused_saying(
            &["bundle", "export", "--out", reg.path().to_str().unwrap()],
            4,
            &["register"],
        );
    }
    // Onto a file that exists.
    reg.refused_saying(
        &["bundle", "export", "--out", first.to_str().unwrap()],
        3,
        &["already exists"],
    );
    let bad = out(&reg, "bad.kasus");
    let bad = bad.to_str().unwrap();
    // --since neither a bundle nor a time, a time to come, a file that is not a bundle.
    reg.refused_saying(
        &["bundle", "export", "--out", bad, "--since", "kemarin dulu"],
        3,
        &["--since"],
    );
    reg.refused(
        &["bundle", "export", "--out", bad, "--since", "2027-01-01"],
        3,
    );
    let text = out(&reg, "notes.txt");
    std::fs::write(&text, "not a bundle").unwrap();
    reg.refused_saying(
        &[
            "bundle",
            "export",
            "--out",
            bad,
            "--since",
            text.to_str().unwrap(),
        ],
        3,
        &["not a kasus bundle"],
    );
    std::fs::remove_file(&text).unwrap();
    // Another office's bundle.
    let other = common::with_case();
    let theirs = out(&reg, "theirs.kasus");
    other.ok(&["bundle", "export", "--out", theirs.to_str().unwrap()]);
    reg.refused_saying(
        &[
            "bundle",
            "export",
            "--out",
            bad,
            "--since",
            theirs.to_str().unwrap(),
        ],
        3,
        &["another office"],
    );
    std::fs::remove_file(&theirs).unwrap();
    assert_eq!(files_in(&reg), before);
    assert_eq!(reg.state(), state);
    // In Indonesian too.
    let said = reg.refused(
        &[
            "--lang",
            "id",
            "bundle",
            "export",
            "--out",
            first.to_str().unwrap(),
        ],
        3,
    );
    assert!(said.contains("sudah ada"), "{said}");
}
