//! Security: private files, a tamper-evident audit trail (and a head kept elsewhere that a
//! rebuilt chain cannot fake), no personal data in any error message, and writes kept to
//! active staff when the register requires it.

mod common;

use common::{Engine, Reg};
use rusqlite::Connection;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

// ------------------------------------------------------------------ helpers

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// A register with a few audit entries: three staff members added (entries 1..3 after the
/// built-in SOPs' own entries, whatever those are).
fn audited() -> Reg {
    let reg = Reg::new();
    for name in ["Rina Contoh", "Dewi Contoh", "Ayu Contoh", "Sari Contoh"] {
        reg.ok(&["staff", "add", name, "--role", "Staff Penerima"]);
    }
    reg
}

fn entries(reg: &Reg) -> i64 {
    reg.query_i64("SELECT count(*) FROM audit")
}

/// Runs `sql` on the register with plain SQL and the guards that keep the audit append-only
/// off ([`Reg::guards_off`]), as someone with write access to the file, or the server's
/// superuser, could.
fn tamper(reg: &Reg, sql: &str) {
    reg.execute_batch(&format!("{} {sql}", reg.guards_off()));
}

/// `audit verify` fails with exit 3 and names entry `seq` as the first broken one.
#[track_caller]
fn verify_names(reg: &Reg, seq: i64) -> String {
    let err = reg.refused(&["audit", "verify"], 3);
    assert!(
        err.contains(&format!("broken at entry {seq}:")),
        "expected entry {seq} named in:\n{err}"
    );
    // `kasus check` says the same, with its verdict.
    let o = reg.run(&["check"]);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(
        o.stdout
            .contains(&format!("audit chain: FAILED: broken at entry {seq}:")),
        "{o:?}"
    );
    assert!(o.stderr.contains("check FAILED: audit chain"), "{o:?}");
    err
}

/// seq, uuid, at, actor, action, case_uuid, details.
type AuditRow = (i64, String, String, String, String, Option<String>, String);

/// Recomputes every entry's link and hash over the canonical text (the README's definition),
/// as someone rebuilding the chain after an edit would; returns the SQL that writes them.
fn rehash_all(reg: &Reg) -> String {
    let rows: Vec<AuditRow> = reg
        .query_texts(
            "SELECT seq, uuid, at, actor, action, case_uuid, details FROM audit ORDER BY seq",
        )
        .into_iter()
        .map(|r| {
            let s = |i: usize| r[i].clone().expect("not null");
            (
                s(0).parse().unwrap(),
                s(1),
                s(2),
                s(3),
                s(4),
                r[5].clone(),
                s(6),
            )
        })
        .collect();
    let mut sql = String::new();
    let mut prev = "0".repeat(64);
    for (seq, uuid, at, actor, action, case, details) in rows {
        // Canonical form 2: a tag, then each field as `<byte length>:<bytes>`, NULL as `-`.
        let mut text = String::from("kasus-audit/2");
        for v in [
            Some(seq.to_string()),
            Some(uuid),
            Some(at),
            Some(actor),
            Some(action),
            case,
            Some(details),
            Some(prev.clone()),
        ] {
            match v {
                Some(v) => text.push_str(&format!("\n{}:{v}", v.len())),
                None => text.push_str("\n-"),
            }
        }
        let hash: String = Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        sql.push_str(&format!(
            "UPDATE audit SET prev_hash = '{prev}', hash = '{hash}' WHERE seq = {seq};"
        ));
        prev = hash;
    }
    sql
}

// ------------------------------------------------------------------ files

#[test]
fn register_wal_shm_and_folder_are_private() {
    let reg = Reg::new();
    let nested = reg.dir.path().join("kasus").join("register.db");
    let o = reg
        .cmd()
        .env("KASUS_DB", &nested)
        .args(["staff", "add", "Rina Contoh", "--role", "Staff Penerima"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(mode(&nested), 0o600);
    assert_eq!(mode(nested.parent().unwrap()), 0o700);
    // Keep a connection open so that the WAL and SHM files stay, then write through kasus.
    let hold = Connection::open(&nested).unwrap();
    hold.query_row("SELECT count(*) FROM staff", [], |r| r.get::<_, i64>(0))
        .unwrap();
    let o = reg
        .cmd()
        .env("KASUS_DB", &nested)
        .args(["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    for suffix in ["-wal", "-shm"] {
        let p = nested.with_file_name(format!("register.db{suffix}"));
        assert!(
            p.exists(),
            "{} should exist while a connection is open",
            p.display()
        );
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    drop(hold);
}

#[test]
fn a_register_others_can_read_gets_a_warning() {
    // A file's mode bits: a database on a server has none (who reads it is the server's
    // grants, tests/postgres_register.rs: the README's grants give reports reads only).
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    let o = reg.run(&["sop", "list"]);
    assert!(!o.stderr.contains("warning"), "{o:?}");
    std::fs::set_permissions(reg.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = reg.run(&["sop", "list"]);
    assert_eq!(o.code, 0, "{o:?}");
    assert!(
        o.stderr.contains("can be read by other users") && o.stderr.contains("chmod 600"),
        "{o:?}"
    );
    // The warning goes to stderr only: stdout stays clean for scripts.
    assert!(!o.stdout.contains("warning"), "{o:?}");
}

#[test]
fn a_backup_is_private() {
    // A backup file kasus writes: on PostgreSQL `backup` writes nothing and points to the
    // server's tools (tests/postgres_register.rs, backup_says_to_use_the_servers_tools...).
    if common::sqlite_only() {
        return;
    }
    let reg = audited();
    let file = reg.dir.path().join("copy.db");
    reg.ok(&["backup", file.to_str().unwrap()]);
    assert_eq!(mode(&file), 0o600);
}

// ------------------------------------------------------------------ the audit chain

#[test]
fn triggers_refuse_update_and_delete_of_audit_entries() {
    let reg = audited();
    let before = reg.state();
    let mut refused = vec![
        "UPDATE audit SET actor = 'someone else' WHERE seq = 1",
        "DELETE FROM audit WHERE seq = 2",
        "DELETE FROM audit",
    ];
    // PostgreSQL has TRUNCATE, which skips row triggers: refused by a trigger of its own.
    if reg.engine() == Engine::Postgres {
        refused.push("TRUNCATE audit");
    }
    for sql in refused {
        let e = reg.try_execute_sql(sql).unwrap_err();
        assert!(e.contains("append-only"), "{sql}: {e}");
    }
    assert_eq!(before, reg.state());
    reg.ok(&["audit", "verify"]);
}

#[test]
fn an_edited_entry_is_named() {
    let reg = audited();
    let n = entries(&reg);
    tamper(
        &reg,
        &format!(
            "UPDATE audit SET actor = 'someone else' WHERE seq = {}",
            n - 1
        ),
    );
    let err = verify_names(&reg, n - 1);
    assert!(err.contains("contents do not match"), "{err}");
}

#[test]
fn an_edited_detail_is_named() {
    let reg = audited();
    let n = entries(&reg);
    tamper(
        &reg,
        &format!("UPDATE audit SET details = '{{}}' WHERE seq = {n}"),
    );
    verify_names(&reg, n);
}

#[test]
fn a_deleted_entry_is_named() {
    let reg = audited();
    let n = entries(&reg);
    tamper(&reg, &format!("DELETE FROM audit WHERE seq = {}", n - 2));
    let err = verify_names(&reg, n - 2);
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn a_deleted_first_entry_is_named() {
    let reg = audited();
    tamper(&reg, "DELETE FROM audit WHERE seq = 1");
    verify_names(&reg, 1);
}

#[test]
fn reordered_entries_are_named() {
    let reg = audited();
    let n = entries(&reg);
    // Swap two entries' places in the sequence.
    let (a, b) = (n - 2, n - 1);
    tamper(
        &reg,
        &format!(
            "UPDATE audit SET seq = -1 WHERE seq = {a};
             UPDATE audit SET seq = {a} WHERE seq = {b};
             UPDATE audit SET seq = {b} WHERE seq = -1;"
        ),
    );
    verify_names(&reg, a);
}

#[test]
fn a_link_pointed_elsewhere_is_named() {
    let reg = audited();
    let n = entries(&reg);
    tamper(
        &reg,
        &format!(
            "UPDATE audit SET prev_hash = (SELECT hash FROM audit WHERE seq = 1) WHERE seq = {n}"
        ),
    );
    let err = verify_names(&reg, n);
    assert!(err.contains("link"), "{err}");
}

#[test]
fn audit_head_is_seq_colon_hash_and_verifies() {
    let reg = audited();
    let head = reg.ok(&["audit", "head"]).trim().to_string();
    let (seq, hash) = head.split_once(':').expect("SEQ:HASH");
    assert_eq!(seq.parse::<i64>().unwrap(), entries(&reg));
    assert_eq!(hash.len(), 64);
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
    reg.ok(&["audit", "verify", "--head", &head]);
    // Later entries do not unsettle a head kept before them.
    reg.ok(&["staff", "add", "Nur Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["audit", "verify", "--head", &head]);
}

#[test]
fn a_rebuilt_chain_verifies_but_not_against_the_head_kept_elsewhere() {
    let reg = audited();
    let head = reg.ok(&["audit", "head"]).trim().to_string();
    let n = entries(&reg);
    // Rewrite history and recompute every hash: the chain alone cannot tell.
    tamper(
        &reg,
        "UPDATE audit SET actor = 'someone else' WHERE seq = 2;",
    );
    tamper(&reg, &rehash_all(&reg));
    let out = reg.ok(&["audit", "verify"]);
    assert!(out.contains(&format!("{n} entries")), "{out}");
    let err = reg.refused(&["audit", "verify", "--head", &head], 3);
    assert!(
        err.contains(&format!("audit entry {n} does not match")) && err.contains("rewritten"),
        "{err}"
    );
}

#[test]
fn a_truncated_chain_does_not_hold_the_head_kept_elsewhere() {
    let reg = audited();
    let head = reg.ok(&["audit", "head"]).trim().to_string();
    let n = entries(&reg);
    tamper(&reg, &format!("DELETE FROM audit WHERE seq >= {}", n - 1));
    // What is left is a whole chain, but it no longer holds the head.
    reg.ok(&["audit", "verify"]);
    let err = reg.refused(&["audit", "verify", "--head", &head], 3);
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn a_malformed_head_is_a_usage_error() {
    let reg = audited();
    let err = reg.refused(&["audit", "verify", "--head", "nonsense"], 2);
    assert!(err.contains("SEQ:HASH"), "{err}");
}

// ------------------------------------------------------------------ no personal data

const NAME: &str = "Siti Rahasiawati Contoh";
const NIK: &str = "3171012345678901";
const PHONE: &str = "081298765432";

/// Every output of a failing command: neither the name, nor the NIK (or a 15/17-digit slice
/// of it), nor the phone number appears.
#[track_caller]
fn no_personal_data(reg: &Reg, args: &[&str], code: i32) {
    let o = reg.run(args);
    assert_eq!(o.code, code, "kasus {args:?}: {o:?}");
    let all = format!("{}{}", o.stdout, o.stderr);
    for (what, secret) in [
        ("name", NAME),
        ("name", "Rahasiawati"),
        ("NIK", NIK),
        ("NIK", &NIK[..15]),
        ("phone", PHONE),
    ] {
        assert!(
            !all.contains(secret),
            "kasus {args:?} printed the {what}:\n{all}"
        );
    }
    assert!(!o.stderr.contains("panicked"), "{o:?}");
}

/// `kasus intake` with the name and these flags; a flag given in `extra` replaces its default.
fn intake_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let defaults = [
        ("--sop", "batam-34-2020"),
        ("--channel", "datang-langsung"),
        ("--victim-sex", "P"),
        ("--violence", "fisik"),
        ("--reported-at", "2026-03-02 08:00"),
    ];
    let mut v = vec!["intake", "--json", "--victim-name", NAME];
    for (flag, value) in defaults {
        if !extra.contains(&flag) {
            v.extend_from_slice(&[flag, value]);
        }
    }
    v.extend_from_slice(extra);
    v
}

#[test]
fn no_failing_path_prints_the_name_the_nik_or_the_phone() {
    let reg = Reg::new();
    let born = ["--victim-birth-date", "1994-05-01"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        let mut v = born.to_vec();
        v.extend_from_slice(extra);
        v
    };
    // Bad values in the same command as the name and the NIK.
    let bad_nik_15 = &NIK[..15];
    let bad_nik_17 = format!("{NIK}0");
    let bad_nik_letters = format!("{}AB", &NIK[..14]);
    for nik in [bad_nik_15, &bad_nik_17, &bad_nik_letters] {
        let mut args = intake_args(&born);
        args.extend_from_slice(&["--victim-nik", nik]);
        no_personal_data(&reg, &args, 3);
    }
    let cases: &[(&[&str], i32)] = &[
        (
            &["--victim-nik", NIK, "--victim-birth-date", "1994-02-30"],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--victim-phone",
                PHONE,
                "--reported-at",
                "2026-03-03 08:00",
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--violence",
                "pukulan",
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--channel",
                "merpati",
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--sop",
                "no-such-sop",
            ],
            3,
        ),
        (&["--victim-nik", NIK, "--victim-age", "-4"], 2),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--victim-sex",
                "X",
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--incident-date",
                "2026-13-01",
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--perpetrator-sex",
                "Q",
            ],
            3,
        ),
        // The name typed into a list field or a time field is not echoed either.
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--victim-sex",
                NAME,
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--perpetrator-relation",
                NAME,
            ],
            3,
        ),
        (
            &[
                "--victim-nik",
                NIK,
                "--victim-age",
                "30",
                "--reported-at",
                NAME,
            ],
            3,
        ),
        // A NIK or phone number in a number flag, a name in the SOP flag (issue 10).
        (&["--victim-nik", NIK, "--victim-age", NIK], 2),
        (&["--victim-age", "30", "--perpetrator-age", PHONE], 2),
        (&["--victim-age", "30", "--sop", NAME], 3),
    ];
    for (extra, code) in cases {
        no_personal_data(&reg, &intake_args(extra), *code);
    }
    // A bulk CSV row whose cells are shifted: the name lands in the victim_sex column.
    let shifted = reg.dir.path().join("shifted.csv");
    std::fs::write(
        &shifted,
        format!(
            "sop,channel,victim_name,victim_sex,victim_age,violence,reported_at\n\
             batam-34-2020,telepon,Wati Contoh,{NAME},30,fisik,2026-03-02 08:00\n"
        ),
    )
    .unwrap();
    let bulk = ["intake", "--from", shifted.to_str().unwrap()];
    no_personal_data(&reg, &bulk, 3);
    let err = reg.run(&bulk).stderr;
    assert!(
        err.contains("line 2, column victim_sex: unknown sex; use one of: L, P"),
        "{err}"
    );
    // The same victim twice: the refusal names the matching case, not the person.
    let out = reg.ok(&intake_args(&with(&[
        "--victim-nik",
        NIK,
        "--victim-phone",
        PHONE,
    ])));
    let case = serde_json::from_str::<Value>(&out).unwrap()["number"]
        .as_str()
        .unwrap()
        .to_string();
    no_personal_data(&reg, &intake_args(&with(&["--victim-nik", NIK])), 4);
    no_personal_data(&reg, &intake_args(&with(&[])), 4);
    // Consent, steps and edits that fail, given the name as the one who consented or acted.
    let consent = |c: &str, extra: &[&'static str]| {
        let mut v = vec![
            "consent".to_string(),
            c.to_string(),
            "--given-by".into(),
            NAME.into(),
            "--scope".into(),
            "layanan".into(),
            "--method".into(),
            "tertulis".into(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let run = |args: Vec<String>, code: i32| {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        no_personal_data(&reg, &a, code);
    };
    run(consent("PPA/2026/0099", &["--relation", "self"]), 3);
    run(consent(&case, &["--relation", "tetangga"]), 3);
    run(
        consent(&case, &["--relation", "self", "--at", "2026-03-09 08:00"]),
        3,
    );
    run(
        consent(&case, &["--relation", "self", "--scope", "semuanya"]),
        3,
    );
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    run(s(&["step", "finish", &case]), 4);
    run(s(&["step", "start", &case, "--step", "3"]), 4);
    run(s(&["step", "start", "PPA/2026/0099", "--by", NAME]), 3);
    run(
        s(&[
            "step",
            "start",
            &case,
            "--at",
            "2026-03-09 08:00",
            "--by",
            NAME,
        ]),
        3,
    );
    run(s(&["case", "edit", &case, "--victim-nik", &NIK[..15]]), 3);
    run(
        s(&["case", "edit", &case, "--incident-date", "2026-02-30"]),
        3,
    );
    run(s(&["case", "show", "PPA/2026/0099"]), 3);
    run(s(&["case", "close", &case, "--at", "2026-03-09 08:00"]), 3);
    run(s(&["step", "finish", &case, "--at", "2026-03-02 08:06"]), 4);
    run(
        s(&[
            "step",
            "start",
            &case,
            "--at",
            "2026-03-02 08:05",
            "--by",
            NAME,
        ]),
        0,
    );
    run(s(&["step", "finish", &case, "--at", "2026-03-02 08:06"]), 0);
    // Step 2 is done inside the unit: a name that is not staff is refused, not echoed.
    run(
        s(&[
            "step",
            "start",
            &case,
            "--at",
            "2026-03-02 08:07",
            "--by",
            NAME,
        ]),
        3,
    );
    // Someone typing a name or a NIK where the case goes.
    run(s(&["case", "show", NAME]), 3);
    run(s(&["case", "show", NIK]), 3);
    run(s(&["step", "start", NIK]), 3);
    run(s(&["consent", "list", NAME]), 3);
    run(
        s(&["export", "persons", "--out", "/no/such/folder/persons.csv"]),
        1,
    );
}

// ------------------------------------------------------------------ access

/// Without --actor or KASUS_ACTOR, the audit trail names the OS user: from $USER, else
/// $LOGNAME, else the password database (cron and containers often set neither variable),
/// never "unknown" when the system knows the user.
#[test]
fn the_actor_is_the_os_user_even_without_user_or_logname() {
    let reg = Reg::new();
    let who = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let who = String::from_utf8(who.stdout).unwrap().trim().to_string();
    assert!(!who.is_empty());
    let add = |name: &str, env: &[(&str, &str)]| {
        let mut c = reg.cmd();
        c.env_remove("KASUS_ACTOR")
            .env_remove("USER")
            .env_remove("LOGNAME");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c
            .args(["staff", "add", name, "--role", "konselor"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    add("Petugas Satu", &[]);
    add("Petugas Dua", &[("LOGNAME", "pengguna-log")]);
    add(
        "Petugas Tiga",
        &[("USER", "pengguna-user"), ("LOGNAME", "pengguna-log")],
    );
    let actors =
        reg.query_strings("SELECT actor FROM audit WHERE action = 'staff.add' ORDER BY seq");
    assert_eq!(
        actors,
        vec![
            Some(who),
            Some("pengguna-log".into()),
            Some("pengguna-user".into())
        ]
    );
}

#[test]
fn require_staff_keeps_writes_to_active_staff() {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Staff Penerima"]);
    assert_eq!(reg.ok(&["config", "get", "require-staff"]).trim(), "false");

    // Switching it on as someone who is not staff would lock everyone out: refused.
    let err = reg.refused(&["config", "set", "require-staff", "true"], 4);
    assert!(err.contains("active staff"), "{err}");
    reg.ok(&[
        "--actor",
        "Rina Contoh",
        "config",
        "set",
        "require-staff",
        "true",
    ]);
    assert_eq!(reg.ok(&["config", "get", "require-staff"]).trim(), "true");

    // A write by an actor who is not staff: refused, naming the setting; nothing changes.
    let intake = common::BATAM_CASE;
    let err = reg.refused(intake, 4);
    assert!(
        err.contains("require-staff") && err.contains("tester"),
        "{err}"
    );
    let err = reg.refused(&["staff", "add", "Intruder Contoh", "--role", "X"], 4);
    assert!(err.contains("require-staff"), "{err}");
    let err = reg.refused(&["config", "set", "require-staff", "false"], 4);
    assert!(err.contains("require-staff"), "{err}");

    // Reads still work for anyone.
    reg.ok(&["sop", "list"]);
    reg.ok(&["case", "list"]);
    reg.ok(&["staff", "list"]);
    reg.ok(&["audit", "verify"]);
    reg.ok(&["export", "cases"]);
    reg.ok(&["check"]);

    // An active staff member writes.
    let mut as_dewi = vec!["--actor", "Dewi Contoh"];
    as_dewi.extend_from_slice(intake);
    reg.ok(&as_dewi);

    // Deactivating a staff member takes the right away.
    reg.ok(&[
        "--actor",
        "Rina Contoh",
        "staff",
        "deactivate",
        "Dewi Contoh",
    ]);
    let mut again = as_dewi.clone();
    again.extend_from_slice(&["--allow-duplicate"]);
    let before = reg.state();
    let o = reg.run(&again);
    assert_eq!(o.code, 4, "{o:?}");
    assert!(o.stderr.contains("require-staff"), "{o:?}");
    assert_eq!(before, reg.state());
    // KASUS_ACTOR counts the same as --actor.
    let o = reg
        .cmd()
        .env("KASUS_ACTOR", "Rina Contoh")
        .args(["config", "set", "require-staff", "false"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    reg.ok(&["staff", "add", "Nur Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["audit", "verify"]);
}

#[test]
fn require_staff_takes_only_true_or_false() {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    let err = reg.refused(&["config", "set", "require-staff", "maybe"], 3);
    assert!(err.contains("true or false"), "{err}");
}
