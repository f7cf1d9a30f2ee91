//! Every change to the data is in the audit chain (issue 14): a register changed directly with
//! SQL, as someone with write access to the file (or the server's database) would, is caught by
//! `kasus check` and `kasus audit verify --data`, which name each row by table and key, never by
//! its content: the same on either engine, the chain verifying the same anywhere.
//! The row hash is recomputed here independently of kasus's code, from the canonical form the
//! README gives, to forge a rebuilt chain that only a head kept elsewhere catches.

mod common;

use common::{at, sql_text, Engine, Reg, CASE};
use rusqlite::types::Value;
use sha2::{Digest, Sha256};

/// A register with the standard case worked a little: staff, assignment, consent, steps,
/// a service, a pause, a setting: rows in most data tables.
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
    reg.ok(&[
        "consent",
        CASE,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan,berbagi-informasi",
        "--method",
        "tertulis",
        "--at",
        &at("08:03"),
    ]);
    reg.ok(&[
        "step",
        "start",
        CASE,
        "--at",
        &at("08:05"),
        "--by",
        "Siti Contoh",
    ]);
    reg.ok(&["step", "finish", CASE, "--at", &at("08:12")]);
    reg.ok(&["step", "start", CASE, "--at", &at("08:15")]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-victim",
        "--at",
        &at("08:20"),
    ]);
    reg.ok(&["step", "resume", CASE, "--at", &at("08:30")]);
    reg.ok(&[
        "case",
        "service",
        CASE,
        "--type",
        "kesehatan",
        "--at",
        &at("09:00"),
    ]);
    reg.ok(&["config", "set", "timezone", "WIB"]);
    reg
}

/// `audit verify --data` fails (exit 3) and names every line of `named`; `check` fails too.
#[track_caller]
fn named(reg: &Reg, named: &[&str]) -> String {
    let out = reg.run(&["audit", "verify", "--data"]);
    assert_eq!(out.code, 3, "{out:?}");
    for n in named {
        assert!(out.stdout.contains(n), "expected {n:?} in:\n{}", out.stdout);
    }
    let check = reg.run(&["check"]);
    assert_eq!(check.code, 3, "{check:?}");
    assert!(check.stdout.contains("data: FAILED"), "{}", check.stdout);
    out.stdout
}

#[test]
fn a_register_written_only_by_kasus_is_intact() {
    let reg = worked();
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
    let check = reg.ok(&["check"]);
    assert!(
        check.contains("data: ") && check.contains("check passed"),
        "{check}"
    );
    // Every data table with rows is covered: each has at least one row the chain names.
    let details = reg.query_strings("SELECT details FROM audit");
    for t in [
        "cases",
        "persons",
        "case_violence",
        "consents",
        "assignments",
        "step_attempts",
        "step_pauses",
        "services",
        "staff",
        "staff_roles",
        "sop_versions",
        "meta",
    ] {
        let n = reg.query_i64(&format!("SELECT count(*) FROM {t}"));
        assert!(n > 0, "{t} has rows");
        let named = format!("[\"{t}\",");
        let audited = details
            .iter()
            .filter(|d| d.as_deref().is_some_and(|d| d.contains(&named)))
            .count();
        assert!(audited > 0, "{t} is in the chain");
    }
}

#[test]
fn the_refusal_counts_rows_rightly_and_names_the_engines_own_store() {
    let reg = worked();
    let (place, place_id) = match reg.engine() {
        Engine::Sqlite => ("the file", "berkas"),
        Engine::Postgres => ("the database", "basis data"),
    };
    reg.execute_sql("UPDATE cases SET risk = 'tinggi'");
    let o = reg.run(&["audit", "verify", "--data"]);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(
        o.stderr
            .contains("1 data row differs from the audit chain (of ")
            && o.stderr
                .contains(&format!("someone changed {place} outside kasus")),
        "{}",
        o.stderr
    );
    let check = reg.run(&["check"]);
    assert!(check.stdout.contains("1 row differs from"), "{check:?}");
    let o: common::Out = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args(["audit", "verify", "--data"])
        .output()
        .unwrap()
        .into();
    assert!(
        o.stderr
            .contains(&format!("ada yang mengubah {place_id} di luar kasus")),
        "{}",
        o.stderr
    );
    // Two rows: the plural.
    let id = reg.query_i64("SELECT id FROM persons WHERE role = 'victim'");
    reg.execute_sql(&format!(
        "UPDATE persons SET name = 'Sri Contoh' WHERE id = {id}"
    ));
    let o = reg.run(&["audit", "verify", "--data"]);
    assert!(
        o.stderr.contains("2 data rows differ from the audit chain"),
        "{}",
        o.stderr
    );
    assert!(reg.run(&["check"]).stdout.contains("2 rows differ from"));
}

#[test]
fn a_victims_name_changed_in_the_file_is_named_without_the_name() {
    let reg = worked();
    let id = reg.query_i64("SELECT id FROM persons WHERE role = 'victim'");
    reg.execute_sql(&format!(
        "UPDATE persons SET name = 'Sri Contoh' WHERE id = {id}"
    ));
    let out = named(
        &reg,
        &[&format!(
            "persons {id} (case {CASE}): changed since its last audited write"
        )],
    );
    assert!(!out.contains("Sri") && !out.contains("Siti"), "{out}");
}

#[test]
fn a_finished_steps_times_and_a_cases_urgency_changed_are_named() {
    let reg = worked();
    reg.execute_batch(
        "UPDATE step_attempts SET finished_at = '2026-03-02T01:08:00Z', elapsed_secs = 180
             WHERE step_number = 1;
         UPDATE cases SET urgency = 'darurat';",
    );
    named(
        &reg,
        &[
            &format!("step_attempts 1 (case {CASE}): changed"),
            &format!("cases 1 (case {CASE}): changed"),
        ],
    );
}

#[test]
fn a_case_deleted_with_all_its_rows_is_named_row_by_row() {
    let reg = worked();
    reg.execute_batch(&format!(
        "{}
         DELETE FROM step_pauses; DELETE FROM step_attempts; DELETE FROM services;
         DELETE FROM consents; DELETE FROM assignments; DELETE FROM case_violence;
         DELETE FROM persons; DELETE FROM cases;",
        reg.guards_off()
    ));
    let out = named(
        &reg,
        &[
            "cases 1: gone",
            "persons 1: gone",
            "case_violence 1/fisik: gone",
            "consents 1: gone",
            "assignments 1: gone",
            "step_attempts 1: gone",
            "step_attempts 2: gone",
            "step_pauses 1: gone",
            "services 1: gone",
        ],
    );
    assert!(out.contains("with no audited deletion"), "{out}");
}

#[test]
fn rows_left_pointing_to_a_deleted_case_are_named_by_their_key() {
    let reg = worked();
    reg.execute_batch(&format!("{} DELETE FROM cases;", reg.guards_off()));
    let check = reg.run(&["check"]);
    assert_eq!(check.code, 3, "{check:?}");
    // persons has row numbers; case_violence (no row numbers) is named by the column that
    // points and the missing case's id, never by a '?'.
    assert!(
        check.stdout.contains("points to a missing cases row"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("case_violence row case_id=1 points"),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains("row ?"), "{}", check.stdout);
}

#[test]
fn an_inserted_row_and_a_changed_setting_are_named() {
    let reg = worked();
    reg.execute_batch(
        "INSERT INTO services (uuid, case_id, type, given_at, recorded_by, created_at)
             VALUES ('00000000-0000-0000-0000-000000000001', 1, 'medis',
                     '2026-03-02T02:00:00Z', 'someone', '2026-03-02T02:00:00Z');
         UPDATE meta SET value = 'WITA' WHERE key = 'timezone';
         INSERT INTO case_violence (case_id, type) VALUES (1, 'seksual');",
    );
    named(
        &reg,
        &[
            "services 2 (case PPA/2026/0001): in no audit entry",
            "meta timezone: changed",
            "case_violence 1/seksual (case PPA/2026/0001): in no audit entry",
        ],
    );
}

#[test]
fn json_names_table_key_finding_and_entry() {
    let reg = worked();
    reg.execute_sql("UPDATE cases SET risk = 'tinggi'");
    let out = reg.run(&["audit", "verify", "--data", "--format", "json"]);
    assert_eq!(out.code, 3);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["table"], "cases");
    assert_eq!(rows[0]["key"], "1");
    assert_eq!(rows[0]["finding"], "changed");
    assert!(rows[0]["entry"].as_i64().unwrap() > 0);
    assert_eq!(rows[0]["case"], CASE);
}

#[test]
fn a_deletion_through_kasus_is_audited_not_named() {
    // case edit --violence replaces the set: the removed type's row is deleted by kasus and the
    // chain records it as deleted.
    let reg = worked();
    reg.ok(&[
        "case",
        "edit",
        CASE,
        "--violence",
        "psikis",
        "--reason",
        "salah ketik",
    ]);
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
}

// ------------------------------------------------------------------ a rebuilt chain

/// The canonical row hash, as the README gives it (`kasus-row/1`), written here from the
/// description, not from kasus's code.
/// The row is read as SQLite holds it, on either engine ([`Reg::query_rows`]).
fn row_hash(reg: &Reg, table: &str, id: i64) -> String {
    let mut rows = reg.query_rows(&format!("SELECT * FROM {table} WHERE id = {id}"));
    assert_eq!(rows.len(), 1, "{table} {id}");
    let mut h = Sha256::new();
    h.update(format!("kasus-row/1\n{table}"));
    for v in rows.remove(0) {
        let (tag, bytes): (&str, Vec<u8>) = match v {
            Value::Null => ("n", vec![]),
            Value::Integer(i) => ("i", i.to_string().into_bytes()),
            Value::Real(f) => ("r", format!("{:016x}", f.to_bits()).into_bytes()),
            Value::Text(t) => ("t", t.into_bytes()),
            Value::Blob(b) => ("b", b),
        };
        h.update(format!("\n{tag}{}:", bytes.len()));
        h.update(&bytes);
    }
    // The first 128 bits.
    hex(&h.finalize()[..16])
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// An audit entry as form 2 hashes it: seq, uuid, at, actor, action, case_uuid, details, and
/// its prev_hash.
struct Entry {
    seq: i64,
    fields: [Option<String>; 6],
    prev: String,
}

/// Every audit entry, in order, read on either engine.
fn entries(reg: &Reg) -> Vec<Entry> {
    reg.query_texts(
        "SELECT seq, uuid, at, actor, action, case_uuid, details, prev_hash FROM audit ORDER BY seq",
    )
    .into_iter()
    .map(|mut r| Entry {
        seq: r[0].as_deref().unwrap().parse().unwrap(),
        prev: r[7].take().expect("prev_hash"),
        fields: std::array::from_fn(|i| r[i + 1].take()),
    })
    .collect()
}

/// Form 2 of an audit entry, as the README gives it, linked to `prev`.
fn entry_hash(e: &Entry, prev: &str) -> String {
    let mut text = String::from("kasus-audit/2");
    let seq = e.seq.to_string();
    let fields = std::iter::once(Some(seq.as_str()))
        .chain(e.fields.iter().map(Option::as_deref))
        .chain([Some(prev)]);
    for v in fields {
        match v {
            None => text.push_str("\n-"),
            Some(v) => text.push_str(&format!("\n{}:{v}", v.len())),
        }
    }
    hex(&Sha256::digest(text.as_bytes()))
}

#[test]
fn a_change_hidden_by_rebuilding_the_chain_is_caught_by_the_head_kept_elsewhere() {
    let reg = worked();
    let head = reg.ok(&["audit", "head"]).trim().to_string();
    let before = row_hash(&reg, "cases", 1);
    reg.execute_sql("UPDATE cases SET urgency = 'darurat'");
    // The forger puts the changed row's hash into the entry that last recorded the case, and
    // re-links every entry from there on (the append-only guards off: `Reg::guards_off`).
    let after = row_hash(&reg, "cases", 1);
    let (old, new) = (
        format!("[\"cases\",1,\"{before}"),
        format!("[\"cases\",1,\"{after}"),
    );
    let mut entries = entries(&reg);
    let from = entries
        .iter()
        .filter(|e| e.fields[5].as_deref().is_some_and(|d| d.contains(&old)))
        .map(|e| e.seq)
        .max()
        .expect("an entry records the case");
    let mut sql = reg.guards_off().to_string();
    let mut prev = entries.iter().find(|e| e.seq == from).unwrap().prev.clone();
    for e in entries.iter_mut().filter(|e| e.seq >= from) {
        if e.seq == from {
            let details = e.fields[5].take().unwrap().replace(&old, &new);
            sql.push_str(&format!(
                "UPDATE audit SET details = {} WHERE seq = {from};",
                sql_text(&details)
            ));
            e.fields[5] = Some(details);
        }
        let h = entry_hash(e, &prev);
        sql.push_str(&format!(
            "UPDATE audit SET prev_hash = '{prev}', hash = '{h}' WHERE seq = {};",
            e.seq
        ));
        prev = h;
    }
    reg.execute_batch(&sql);
    // The hashes computed here from the README's description are kasus's: the rebuilt chain
    // and the changed row agree...
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
    // ...and only the head kept elsewhere shows the rewrite.
    let err = reg.refused(&["audit", "verify", "--head", &head, "--data"], 3);
    assert!(err.contains("the chain was rewritten"), "{err}");
}

// ------------------------------------------------------------------ old registers

#[test]
fn a_register_from_before_schema_6_gets_baseline_entries_and_is_then_watched() {
    // A migration from SQLite's own old schemas, played on its file: a PostgreSQL register is
    // made at schema 11 (one migration), and its chain watches every row from its first write
    // (the tests above, on PostgreSQL too).
    if common::sqlite_only() {
        return;
    }
    let reg = worked();
    // As a kasus before schema 6 left it: no corrections, no void marks, no row hashes.
    reg.execute_batch(common::BEFORE_SCHEMA_10);
    reg.execute_batch(
        "DROP INDEX cases_open;
         DROP TABLE corrections;
         DROP TABLE referrals;
         DROP TABLE agencies;
         ALTER TABLE consents DROP COLUMN recipients;
         ALTER TABLE consents DROP COLUMN until_date;
         ALTER TABLE consents DROP COLUMN voided_at;
         ALTER TABLE consents DROP COLUMN voided_by;
         ALTER TABLE consents DROP COLUMN void_reason;
         PRAGMA user_version = 5;",
    );
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
    let baselines = reg.query_i64("SELECT count(*) FROM audit WHERE action = 'data.baseline'");
    assert!(
        baselines >= 10,
        "one baseline entry per table with rows: {baselines}"
    );
    reg.execute_sql("UPDATE persons SET nik = '3174000000000001' WHERE id = 1");
    let out = named(&reg, &["persons 1 (case PPA/2026/0001): changed"]);
    assert!(!out.contains("3174"), "{out}");
}

#[test]
fn a_register_at_schema_6_gets_the_referral_tables_and_its_consents_hashed_again() {
    // A migration from SQLite's own old schemas, played on its file: a PostgreSQL register is
    // made at schema 11 (one migration), and its chain watches every row from its first write
    // (the tests above, on PostgreSQL too).
    if common::sqlite_only() {
        return;
    }
    let reg = worked();
    // As schema 6 left it: no agencies or referrals, consents without recipients or last day.
    reg.execute_batch(common::BEFORE_SCHEMA_10);
    reg.execute_batch(
        "DROP INDEX cases_open;
         DROP TABLE referrals;
         DROP TABLE agencies;
         ALTER TABLE consents DROP COLUMN recipients;
         ALTER TABLE consents DROP COLUMN until_date;
         PRAGMA user_version = 6;",
    );
    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    let consents_baseline = reg.query_i64(
        "SELECT count(*) FROM audit WHERE action = 'data.baseline'
         AND details LIKE '%\"table\":\"consents\"%'",
    );
    assert_eq!(
        consents_baseline, 2,
        "the consents' rows hashed again (schema 7 adds columns, and schema 10 `origin`)"
    );
    reg.ok(&["agency", "add", "RSUD Contoh", "--kind", "kesehatan"]);
    reg.ok(&[
        "referral",
        "create",
        CASE,
        "--to",
        "RSUD Contoh",
        "--service",
        "kesehatan",
        "--share",
        "identity",
    ]);
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
}

#[test]
fn a_change_behind_kasus_stays_named_after_kasus_writes_the_row_again() {
    // Changed in the file, then corrected through kasus: the row now matches its latest entry,
    // but that entry found the row other than the chain had recorded it, and says so.
    let reg = worked();
    reg.execute_batch(
        "UPDATE persons SET name = 'Sri Contoh' WHERE id = 1;
         UPDATE step_attempts SET finished_at = '2026-03-02T01:07:00Z' WHERE id = 1;",
    );
    reg.ok(&[
        "case",
        "edit",
        CASE,
        "--victim-phone",
        "081200000000",
        "--reason",
        "nomor baru",
    ]);
    reg.ok(&[
        "step",
        "correct",
        CASE,
        "--step",
        "1",
        "--output",
        "Surat diterima",
        "--reason",
        "keluaran",
    ]);
    let out = named(
        &reg,
        &[
            "persons 1 (case PPA/2026/0001): changed outside kasus, then written over by kasus",
            "step_attempts 1 (case PPA/2026/0001): changed outside kasus, then written over by kasus",
        ],
    );
    assert!(!out.contains("Sri") && !out.contains("Siti"), "{out}");
    let json = reg.run(&["audit", "verify", "--data", "--format", "json"]);
    assert!(json.stdout.contains("\"overwritten\""), "{}", json.stdout);
}
