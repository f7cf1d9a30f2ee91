//! Issue 10: the audit hash's canonical text is unambiguous (form 2) while registers written
//! before it still verify (form 1 up to the switch), actors and staff names with control
//! characters are refused, and SOP files are limited in size and steps, with every key problem
//! reported at once.

mod common;

use common::{sql_text, Reg};
use sha2::{Digest, Sha256};

// ------------------------------------------------------------------ helpers

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One audit row: seq, uuid, at, actor, action, case_uuid, details, prev_hash.
#[derive(Clone, Debug)]
struct Row {
    seq: i64,
    uuid: String,
    at: String,
    actor: String,
    action: String,
    case_uuid: Option<String>,
    details: String,
    prev: String,
}

/// Canonical form 1 (before schema 2): the fields joined by newlines, NULL as empty.
fn form1(r: &Row) -> String {
    format!(
        "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
        r.seq,
        r.uuid,
        r.at,
        r.actor,
        r.action,
        r.case_uuid.as_deref().unwrap_or(""),
        r.details,
        r.prev
    )
}

/// Canonical form 2 (the README's definition): `kasus-audit/2`, then each field on its own line
/// as `<byte length>:<bytes>`, NULL as `-`.
fn form2(r: &Row) -> String {
    let mut t = String::from("kasus-audit/2");
    let seq = r.seq.to_string();
    for v in [
        Some(seq.as_str()),
        Some(r.uuid.as_str()),
        Some(r.at.as_str()),
        Some(r.actor.as_str()),
        Some(r.action.as_str()),
        r.case_uuid.as_deref(),
        Some(r.details.as_str()),
        Some(r.prev.as_str()),
    ] {
        match v {
            Some(v) => t.push_str(&format!("\n{}:{v}", v.len())),
            None => t.push_str("\n-"),
        }
    }
    t
}

fn sha(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Every audit entry, read on either engine.
fn rows(reg: &Reg) -> Vec<Row> {
    reg.query_texts(
        "SELECT seq, uuid, at, actor, action, case_uuid, details, prev_hash FROM audit ORDER BY seq",
    )
    .into_iter()
    .map(|r| {
        let s = |i: usize| r[i].clone().expect("not null");
        Row {
            seq: s(0).parse().unwrap(),
            uuid: s(1),
            at: s(2),
            actor: s(3),
            action: s(4),
            case_uuid: r[5].clone(),
            details: s(6),
            prev: s(7),
        }
    })
    .collect()
}

/// Runs `sql` on the register with plain SQL, the append-only guards off
/// ([`Reg::guards_off`]), as someone with write access to the file (or the server's superuser)
/// could.
fn tamper(reg: &Reg, sql: &str) {
    reg.execute_batch(&format!("{} {sql}", reg.guards_off()));
}

/// Recomputes every link and hash, each entry in the form `form_of(seq)` gives.
fn rehash(reg: &Reg, form_of: impl Fn(i64) -> i64) {
    let mut sql = String::new();
    let mut prev = "0".repeat(64);
    for mut r in rows(reg) {
        r.prev = prev.clone();
        let form = form_of(r.seq);
        let hash = if form == 1 {
            sha(&form1(&r))
        } else {
            sha(&form2(&r))
        };
        sql.push_str(&format!(
            "UPDATE audit SET prev_hash = '{prev}', hash = '{hash}' WHERE seq = {};",
            r.seq
        ));
        prev = hash;
    }
    tamper(reg, &sql);
}

fn entries(reg: &Reg) -> i64 {
    reg.query_i64("SELECT count(*) FROM audit")
}

/// A register with a few audit entries, all written by this kasus (form 2).
fn audited() -> Reg {
    let reg = Reg::new();
    for name in ["Rina Contoh", "Dewi Contoh", "Ayu Contoh"] {
        reg.ok(&["staff", "add", name, "--role", "Staff Penerima"]);
    }
    reg
}

/// The seq of the last `staff.add` entry.
fn last_staff_add(reg: &Reg) -> i64 {
    reg.query_i64("SELECT max(seq) FROM audit WHERE action = 'staff.add'")
}

/// `audit verify` fails with exit 3, the register unchanged, and names entry `seq`.
#[track_caller]
fn verify_names(reg: &Reg, seq: i64) -> String {
    let err = reg.refused(&["audit", "verify"], 3);
    assert!(
        err.contains(&format!("audit chain broken at entry {seq}:")),
        "expected entry {seq} named in:\n{err}"
    );
    err
}

/// Turns a register written by this kasus into one as a kasus before schema 2 wrote it: no
/// `form` column, no table or column of later schemas (`calendars`, schema 3; the attempts'
/// clock and figures and `step_pauses`, schema 4; the compliance index's clock, schema 5;
/// corrections and void consents, schema 6; agencies, referrals and consents' recipients and
/// last day, schema 7; the open-work indexes, schema 9), schema 1, every hash in form 1.
fn make_legacy(reg: &Reg) {
    rehash(reg, |_| 1);
    tamper(reg, common::BEFORE_SCHEMA_10);
    reg.execute_batch(
        "ALTER TABLE audit DROP COLUMN form;
         DROP INDEX step_attempts_finished;
         CREATE INDEX step_attempts_finished ON step_attempts(status, finished_at, case_id,
             step_number, elapsed_secs, standard_min_secs, standard_max_secs, performer);
         DROP INDEX cases_open;
         DROP INDEX step_attempts_running_start;
         DROP TABLE calendars;
         DROP TABLE step_pauses;
         DROP TABLE corrections;
         DROP TABLE referrals;
         DROP TABLE agencies;
         ALTER TABLE consents DROP COLUMN recipients;
         ALTER TABLE consents DROP COLUMN until_date;
         ALTER TABLE consents DROP COLUMN voided_at;
         ALTER TABLE consents DROP COLUMN voided_by;
         ALTER TABLE consents DROP COLUMN void_reason;
         ALTER TABLE step_attempts DROP COLUMN clock;
         ALTER TABLE step_attempts DROP COLUMN standard_days;
         ALTER TABLE step_attempts DROP COLUMN wall_secs;
         ALTER TABLE step_attempts DROP COLUMN paused_secs;
         ALTER TABLE step_attempts DROP COLUMN calendar_version;
         PRAGMA user_version = 1;
         CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
         BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
         CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
         BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;",
    );
}

// ------------------------------------------------------------------ old registers

#[test]
fn a_register_written_before_form_2_still_verifies_and_says_where_form_2_starts() {
    // A register of schema 1 made from the file by hand, played through SQLite's own
    // migrations: a PostgreSQL register is made at schema 11 (one migration), form 2 from its
    // first entry (a_fresh_register_is_in_form_2_throughout, on PostgreSQL too).
    if common::sqlite_only() {
        return;
    }
    let reg = audited();
    make_legacy(&reg);
    let n = entries(&reg);
    // Opening migrates it (schema 2 on); its entries keep form 1 and verify as they are. The
    // migration to schema 6 appends the data rows' baseline entries, in form 2, after them.
    let out = reg.ok(&["audit", "verify"]);
    let b = entries(&reg);
    assert!(b > n, "baseline entries appended");
    assert!(
        out.contains(&format!("audit chain intact: {b} entries"))
            && out.contains(&format!(
                "canonical form 1 up to entry {n}, form 2 from entry {}",
                n + 1
            )),
        "{out}"
    );
    let head = reg.ok(&["audit", "head"]).trim().to_string();
    assert!(head.starts_with(&format!("{b}:")), "{head}");

    // New entries are written in form 2, after the old ones.
    reg.ok(&["staff", "add", "Sari Contoh", "--role", "Staff Penerima"]);
    let m = entries(&reg);
    assert!(m > n);
    let out = reg.ok(&["audit", "verify", "--head", &head]);
    assert!(
        out.contains(&format!("audit chain intact: {m} entries")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "canonical form 1 up to entry {n}, form 2 from entry {}",
            n + 1
        )),
        "{out}"
    );
    let forms: Vec<i64> = reg
        .query_strings("SELECT form FROM audit ORDER BY seq")
        .iter()
        .map(|f| f.as_deref().unwrap().parse().unwrap())
        .collect();
    assert!(forms[..n as usize].iter().all(|&f| f == 1), "{forms:?}");
    assert!(forms[n as usize..].iter().all(|&f| f == 2), "{forms:?}");
    // `kasus check` agrees.
    reg.ok(&["check"]);
}

#[test]
fn a_fresh_register_is_in_form_2_throughout() {
    let reg = audited();
    let out = reg.ok(&["audit", "verify"]);
    assert!(out.contains("canonical form 2 throughout"), "{out}");
}

#[test]
fn a_form_1_entry_after_form_2_entries_is_named() {
    // Appending an entry in the old form after the switch (as an old kasus, or someone using
    // the old form's ambiguity, would) is caught even with every hash recomputed.
    let reg = audited();
    let k = last_staff_add(&reg);
    tamper(&reg, &format!("UPDATE audit SET form = 1 WHERE seq = {k}"));
    rehash(&reg, |seq| if seq == k { 1 } else { 2 });
    let err = verify_names(&reg, k);
    assert!(err.contains("forms never go back"), "{err}");
}

#[test]
fn a_form_2_entry_relabelled_form_1_no_longer_matches_its_hash() {
    let reg = audited();
    let k = last_staff_add(&reg);
    // Relabel every entry up to k as form 1, hashes unchanged: the first no longer matches.
    tamper(&reg, &format!("UPDATE audit SET form = 1 WHERE seq <= {k}"));
    let err = verify_names(&reg, 1);
    assert!(err.contains("do not match its hash"), "{err}");
}

// ------------------------------------------------------------------ forgeries

#[test]
fn an_actor_split_across_the_action_is_caught_although_form_1_would_hash_it_the_same() {
    let reg = audited();
    let k = last_staff_add(&reg);
    // An entry whose actor holds a newline (an older kasus accepted `--actor $'Rina\nContoh'`),
    // with a chain that verifies and a head kept elsewhere.
    tamper(
        &reg,
        &format!(
            "UPDATE audit SET actor = {} WHERE seq = {k}",
            sql_text("Rina\nContoh")
        ),
    );
    rehash(&reg, |_| 2);
    let out = reg.ok(&["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");
    let head = reg.ok(&["audit", "head"]).trim().to_string();

    // The forgery: actor `Rina`, action `Contoh\nstaff.add`, hash kept.
    let original = rows(&reg).into_iter().find(|r| r.seq == k).unwrap();
    let mut forged = original.clone();
    forged.actor = "Rina".into();
    forged.action = format!("Contoh\n{}", original.action);
    // Under form 1 it would be undetectable: the same text, so the same hash ...
    assert_eq!(form1(&original), form1(&forged));
    // ... under form 2 it is not.
    assert_ne!(form2(&original), form2(&forged));
    tamper(
        &reg,
        &format!(
            "UPDATE audit SET actor = {}, action = {} WHERE seq = {k}",
            sql_text(&forged.actor),
            sql_text(&forged.action)
        ),
    );
    let err = verify_names(&reg, k);
    assert!(err.contains("do not match its hash"), "{err}");
    // The head kept elsewhere still matches (the hash was kept): the chain itself catches it.
    let err = reg.refused(&["audit", "verify", "--head", &head], 3);
    assert!(err.contains(&format!("broken at entry {k}")), "{err}");
}

#[test]
fn an_empty_case_uuid_in_place_of_null_is_caught_although_form_1_would_hash_it_the_same() {
    let reg = audited();
    let k = last_staff_add(&reg);
    let original = rows(&reg).into_iter().find(|r| r.seq == k).unwrap();
    assert_eq!(original.case_uuid, None, "a staff entry names no case");
    let mut forged = original.clone();
    forged.case_uuid = Some(String::new());
    assert_eq!(form1(&original), form1(&forged));
    assert_ne!(form2(&original), form2(&forged));
    tamper(
        &reg,
        &format!("UPDATE audit SET case_uuid = '' WHERE seq = {k}"),
    );
    let err = verify_names(&reg, k);
    assert!(err.contains("do not match its hash"), "{err}");
    // And `kasus check` says the same.
    let o = reg.run(&["check"]);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(
        o.stdout
            .contains(&format!("audit chain: FAILED: broken at entry {k}:")),
        "{o:?}"
    );
}

// ------------------------------------------------------------------ actors

#[test]
fn an_actor_with_a_control_character_is_refused_without_echo() {
    let reg = audited();
    for actor in [
        "Rina\nContoh",
        "Rina\tContoh",
        "Rina\u{1b}[2JContoh",
        "Rina\rContoh",
    ] {
        let err = reg.refused(
            &[
                "--actor",
                actor,
                "staff",
                "add",
                "Nur Contoh",
                "--role",
                "Staff Penerima",
            ],
            3,
        );
        assert!(err.contains("contains a control character"), "{err}");
        assert!(!err.contains("Rina"), "the actor was echoed: {err}");

        // The same from KASUS_ACTOR.
        let before = reg.state();
        let o = reg
            .cmd()
            .env("KASUS_ACTOR", actor)
            .args(["staff", "add", "Nur Contoh", "--role", "Staff Penerima"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(3), "{o:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("KASUS_ACTOR") && err.contains("control character"),
            "{err}"
        );
        assert!(!err.contains("Rina"), "the actor was echoed: {err}");
        assert_eq!(before, reg.state());
    }
    // A plain name with spaces is fine.
    reg.ok(&[
        "--actor",
        "Rina Contoh",
        "staff",
        "add",
        "Nur Contoh",
        "--role",
        "Staff Penerima",
    ]);
}

#[test]
fn a_staff_name_with_a_control_character_is_refused_without_echo() {
    let reg = audited();
    for name in ["Siti\nContoh", "Siti\u{7}Contoh", "Siti\u{2028}Contoh"] {
        let err = reg.refused(&["staff", "add", name, "--role", "Staff Penerima"], 3);
        assert!(err.contains("NAME holds a control character"), "{err}");
        assert!(!err.contains("Siti"), "the name was echoed: {err}");
    }
}

// ------------------------------------------------------------------ SOP files

/// A small good SOP file (synthetic).
const SOP: &str = "format = 1
code = \"contoh-1-2026\"
name = \"Pendampingan Contoh\"

[[roles]]
name = \"Petugas Layanan\"

[[steps]]
number = 1
activity = \"Menerima pengaduan\"
roles = [\"Petugas Layanan\"]
time = \"15 menit\"

[[steps]]
number = 2
activity = \"Memeriksa laporan\"
roles = [\"Petugas Layanan\"]
time = \"30 menit\"
";

fn write(reg: &Reg, name: &str, text: &str) -> String {
    let p = reg.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn a_sop_file_with_three_key_problems_lists_all_three_and_imports_nothing() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    // An unknown key at the top, an unknown key in step 1, step 2 without its activity.
    let bad = SOP
        .replace(
            "name = \"Pendampingan Contoh\"\n",
            "name = \"Pendampingan Contoh\"\npenulis = \"x\"\n",
        )
        .replace(
            "time = \"15 menit\"",
            "time = \"15 menit\"\nwaktu = \"15 menit\"",
        )
        .replace("activity = \"Memeriksa laporan\"\n", "");
    let file = write(&reg, "bad.toml", &bad);
    for cmd in ["validate", "import"] {
        let err = reg.refused(&["sop", cmd, &file], 3);
        let lines: Vec<&str> = err.lines().filter(|l| l.contains(": error: ")).collect();
        assert_eq!(lines.len(), 3, "sop {cmd}:\n{err}");
        for want in [
            "error: line 4, column 1: unknown key 'penulis'",
            "error: step 1, line 14, column 1: unknown key 'waktu'",
            "error: step 2, line 16, column 1: missing required key 'activity'",
        ] {
            assert!(
                lines.iter().any(|l| l.contains(want)),
                "sop {cmd}: '{want}' not in:\n{err}"
            );
        }
        // Each problem is named once, with the file.
        assert!(lines.iter().all(|l| l.starts_with(&file)), "{err}");
    }
    let err = reg.refused(&["sop", "import", &file], 3);
    assert!(err.contains("nothing was imported"), "{err}");
    // The same file, corrected, imports.
    let good = write(&reg, "good.toml", SOP);
    reg.ok(&["sop", "validate", &good]);
    reg.ok(&["sop", "import", &good]);
}

#[test]
fn a_sop_file_over_1_mib_is_refused_before_it_is_read() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    // 60,000 steps, some 12 MB: once imported (exit 0) and shown as 31 MB of JSON.
    let mut big = SOP.replace("number = 2", "number = 3");
    big.reserve(13_000_000);
    for n in 4..60_004 {
        big.push_str(&format!(
            "\n[[steps]]\nnumber = {n}\nactivity = \"Memantau korban secara berkala, langkah contoh {n}\"\nroles = [\"Petugas Layanan\"]\nrequirements = [\"Formulir pemantauan\"]\ntime = \"30 menit\"\noutputs = [\"Catatan pemantauan\"]\n"
        ));
    }
    assert!(big.len() > 12_000_000, "{}", big.len());
    let file = write(&reg, "big.toml", &big);
    for cmd in ["validate", "import"] {
        let err = reg.refused(&["sop", cmd, &file], 3);
        assert!(
            err.contains("a SOP file may be at most 1048576 bytes (1 MiB)"),
            "sop {cmd}:\n{err}"
        );
        assert_eq!(err.lines().count(), 1, "one message:\n{err}");
    }
    let out = reg.ok(&["sop", "list", "--format", "json"]);
    assert!(!out.contains("contoh-1-2026"), "{out}");
}

#[test]
fn a_sop_file_with_more_than_200_steps_is_refused() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    let mut many = SOP.to_string();
    for n in 3..=201 {
        many.push_str(&format!(
            "\n[[steps]]\nnumber = {n}\nactivity = \"Langkah {n}\"\ntime = \"1 menit\"\n"
        ));
    }
    assert!(many.len() < 1024 * 1024);
    let file = write(&reg, "many.toml", &many);
    for cmd in ["validate", "import"] {
        let err = reg.refused(&["sop", cmd, &file], 3);
        assert!(
            err.contains("the file has 201 steps; a SOP may have at most 200"),
            "sop {cmd}:\n{err}"
        );
    }
    // 200 steps are fine.
    let at_limit = many.replace(
        "\n[[steps]]\nnumber = 201\nactivity = \"Langkah 201\"\ntime = \"1 menit\"\n",
        "",
    );
    let file = write(&reg, "limit.toml", &at_limit);
    let out = reg.ok(&["sop", "import", &file]);
    assert!(out.contains("imported contoh-1-2026"), "{out}");
}

#[test]
fn a_folder_a_pipe_or_a_device_as_a_sop_file_is_refused_without_waiting() {
    let reg = audited();
    let dir = reg.dir.path().join("folder.toml");
    std::fs::create_dir(&dir).unwrap();
    let fifo = reg.dir.path().join("pipe.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for path in [dir.to_str().unwrap(), fifo.to_str().unwrap(), "/dev/zero"] {
        for verb in ["validate", "import"] {
            // A pipe with no writer would block an open(): the test would hang, not fail.
            let err = reg.refused(&["sop", verb, path], 3);
            assert!(err.contains("not a regular file"), "{err}");
        }
    }
}

#[test]
fn an_actor_over_the_name_limit_is_refused_without_echo() {
    let reg = audited();
    let long = "R".repeat(201);
    let err = reg.refused(
        &[
            "--actor",
            &long,
            "staff",
            "add",
            "Nur Contoh",
            "--role",
            "Staff Penerima",
        ],
        3,
    );
    assert!(
        err.contains("--actor (or KASUS_ACTOR) is too long: 201 characters, the limit is 200"),
        "{err}"
    );
    assert!(!err.contains("RRRR"), "the actor was echoed: {err}");
    // 200 characters are a name like any other.
    reg.ok(&[
        "--actor",
        &long[..200],
        "staff",
        "add",
        "Nur Contoh",
        "--role",
        "Staff Penerima",
    ]);
}
