//! Encryption at rest (a kasus built with `--features sqlcipher`): an encrypted register is not
//! SQLite to anyone without the key, the wrong key or none opens nothing (exit 5), the right key
//! opens it, and after `kasus rekey` only the new key does. A backup of an encrypted register
//! is encrypted with the same key and passes `kasus check`; a rekey is a write like any other
//! (require-staff, an audit entry). Without the feature, `kasus rekey`
//! says the build has no encryption (exit 6).

mod common;

#[cfg(not(feature = "sqlcipher"))]
#[test]
fn rekey_without_the_feature_says_the_build_has_no_encryption() {
    // A file's encryption; on a PostgreSQL register rekey says encryption at rest is the
    // server's, in either build (tests/postgres_register.rs).
    if common::sqlite_only() {
        return;
    }
    let reg = common::Reg::new();
    let err = reg.refused(&["rekey"], 6);
    assert!(err.contains("built without encryption"), "{err}");
    assert!(
        !reg.path.exists(),
        "rekey without encryption must not create a register"
    );
}

#[cfg(feature = "sqlcipher")]
mod encrypted {
    use super::common::{Out, Reg};

    const KEY: &str = "kunci-rahasia-1";
    const NEW_KEY: &str = "kunci-rahasia-2";

    /// Runs kasus with this key (or none) in KASUS_KEY and, for rekey, KASUS_NEW_KEY.
    fn run(reg: &Reg, key: Option<&str>, new_key: Option<&str>, args: &[&str]) -> Out {
        let mut c = reg.cmd();
        c.env_remove("KASUS_KEY").env_remove("KASUS_NEW_KEY");
        if let Some(k) = key {
            c.env("KASUS_KEY", k);
        }
        if let Some(k) = new_key {
            c.env("KASUS_NEW_KEY", k);
        }
        let o = c.args(args).output().expect("run kasus");
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    #[track_caller]
    fn ok(reg: &Reg, key: Option<&str>, args: &[&str]) -> String {
        let o = run(reg, key, None, args);
        assert_eq!(o.code, 0, "kasus {args:?}:\n{}{}", o.stdout, o.stderr);
        o.stdout
    }

    fn file_bytes(reg: &Reg) -> Vec<u8> {
        std::fs::read(&reg.path).expect("read register")
    }

    /// A register created with KEY, holding one staff member.
    fn encrypted_register() -> Reg {
        let reg = Reg::new();
        ok(
            &reg,
            Some(KEY),
            &["staff", "add", "Rina Contoh", "--role", "Staff Penerima"],
        );
        reg
    }

    #[track_caller]
    fn unreadable(reg: &Reg, key: Option<&str>) -> String {
        let before = file_bytes(reg);
        let o = run(reg, key, None, &["staff", "list", "--format", "csv"]);
        assert_eq!(o.code, 5, "expected exit 5:\n{}{}", o.stdout, o.stderr);
        assert!(!o.stdout.contains("Rina Contoh"), "{}", o.stdout);
        assert!(
            !o.stderr.contains(key.unwrap_or("\u{0}")),
            "the key leaked: {}",
            o.stderr
        );
        assert_eq!(before, file_bytes(reg), "a refused open changed the file");
        o.stderr
    }

    #[test]
    fn an_encrypted_register_is_not_sqlite_to_anyone_without_the_key() {
        let reg = encrypted_register();
        let bytes = file_bytes(&reg);
        assert!(bytes.len() >= 4096);
        assert_ne!(&bytes[..16], b"SQLite format 3\0", "the header is in clear");
        // No page holds the staff name in clear (WAL content included, once checkpointed).
        for f in [reg.path.clone(), reg.path.with_extension("db-wal")] {
            if let Ok(b) = std::fs::read(&f) {
                assert!(
                    !b.windows(11).any(|w| w == b"Rina Contoh"),
                    "{} holds a name in clear",
                    f.display()
                );
            }
        }
        // Plain SQLite (this build's SQLite without a key) reads nothing.
        let conn = rusqlite::Connection::open(&reg.path).unwrap();
        let err = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap_err();
        assert_eq!(
            err.sqlite_error_code(),
            Some(rusqlite::ErrorCode::NotADatabase),
            "{err}"
        );
    }

    /// An encrypted register's bundle is encrypted with its key (no header or name in clear),
    /// and merges into another register opened with that key (issue 20).
    #[test]
    fn a_bundle_of_an_encrypted_register_is_encrypted_and_merges_with_the_key() {
        let office = encrypted_register();
        ok(
            &office,
            Some(KEY),
            &["config", "set", "office-prefix", "KAB"],
        );
        let out = office.dir.path().join("kab.kasus");
        let out_s = out.to_str().unwrap();
        ok(&office, Some(KEY), &["bundle", "export", "--out", out_s]);
        let bytes = std::fs::read(&out).unwrap();
        assert_ne!(
            &bytes[..16],
            b"SQLite format 3\0",
            "the bundle's header is in clear"
        );
        assert!(
            !bytes.windows(11).any(|w| w == b"Rina Contoh"),
            "the bundle holds a name in clear"
        );
        let province = Reg::new();
        ok(
            &province,
            Some(KEY),
            &["config", "set", "office-prefix", "PROV"],
        );
        // Without the key the bundle is nothing kasus can read: refused, nothing merged.
        let plain = Reg::new();
        ok(&plain, None, &["config", "set", "office-prefix", "PLAIN"]);
        let o = run(&plain, None, None, &["merge", out_s]);
        assert_eq!(o.code, 3, "{}{}", o.stdout, o.stderr);
        assert!(!o.stderr.contains("Rina"), "{}", o.stderr);
        ok(&province, Some(KEY), &["merge", out_s]);
        let staff = ok(&province, Some(KEY), &["staff", "list", "--format", "csv"]);
        assert!(staff.contains("Rina Contoh"), "{staff}");
        ok(&province, Some(KEY), &["audit", "verify"]);
    }

    #[test]
    fn without_the_key_or_with_a_wrong_one_nothing_opens() {
        let reg = encrypted_register();
        let none = unreadable(&reg, None);
        assert!(none.contains("KASUS_KEY"), "{none}");
        let wrong = unreadable(&reg, Some("bukan-kuncinya"));
        assert!(wrong.contains("key is wrong"), "{wrong}");
        assert!(ok(&reg, Some(KEY), &["staff", "list", "--format", "csv"]).contains("Rina Contoh"));
    }

    #[test]
    fn a_plain_register_with_a_key_set_is_refused_not_silently_opened() {
        let reg = Reg::new();
        ok(
            &reg,
            None,
            &["staff", "add", "Rina Contoh", "--role", "Staff Penerima"],
        );
        assert_eq!(&file_bytes(&reg)[..16], b"SQLite format 3\0");
        let o = run(&reg, Some(KEY), None, &["staff", "list"]);
        assert_eq!(o.code, 5, "{}", o.stderr);
        assert!(o.stderr.contains("not encrypted"), "{}", o.stderr);
        // And rekey of a plain register has no key to change.
        let o = run(&reg, None, Some(NEW_KEY), &["rekey"]);
        assert_eq!(o.code, 4, "{}", o.stderr);
    }

    #[test]
    fn after_rekey_only_the_new_key_opens_the_register() {
        let reg = encrypted_register();
        // Rekey needs a new key: none set and no terminal is a usage error; a short one is refused.
        assert_eq!(run(&reg, Some(KEY), None, &["rekey"]).code, 2);
        assert_eq!(run(&reg, Some(KEY), Some("pendek"), &["rekey"]).code, 3);
        // With a wrong current key, nothing changes.
        assert_eq!(
            run(&reg, Some("bukan-kuncinya"), Some(NEW_KEY), &["rekey"]).code,
            5
        );
        assert!(ok(&reg, Some(KEY), &["staff", "list"]).contains("Rina Contoh"));

        let o = run(&reg, Some(KEY), Some(NEW_KEY), &["rekey"]);
        assert_eq!(o.code, 0, "{}{}", o.stdout, o.stderr);
        assert!(!o.stderr.contains(NEW_KEY) && !o.stdout.contains(NEW_KEY));
        unreadable(&reg, Some(KEY));
        unreadable(&reg, None);
        let list = ok(&reg, Some(NEW_KEY), &["staff", "list", "--format", "csv"]);
        assert!(list.contains("Rina Contoh"), "{list}");
        // The register still works and its audit chain still verifies under the new key.
        ok(
            &reg,
            Some(NEW_KEY),
            &["staff", "add", "Nur Contoh", "--role", "Konselor"],
        );
        ok(&reg, Some(NEW_KEY), &["audit", "verify"]);
        ok(&reg, Some(NEW_KEY), &["check"]);
    }

    /// Opens `path` with `key` (this build's SQLite is SQLCipher) and proves it reads.
    fn open_with_key(path: &std::path::Path, key: &str) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.pragma_update(None, "key", key).unwrap();
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
        conn
    }

    /// How many audit entries of `action` the register holds.
    fn audit_count(reg: &Reg, key: &str, action: &str) -> i64 {
        open_with_key(&reg.path, key)
            .query_row(
                "SELECT count(*) FROM audit WHERE action = ?1",
                [action],
                |r| r.get(0),
            )
            .unwrap()
    }

    #[test]
    fn check_of_an_encrypted_register_passes_with_its_key() {
        let reg = encrypted_register();
        let out = ok(&reg, Some(KEY), &["check"]);
        assert!(out.contains("check passed"), "{out}");
        let o = run(&reg, None, None, &["check"]);
        assert_eq!(o.code, 5, "{}{}", o.stdout, o.stderr);
    }

    #[test]
    fn the_backup_of_an_encrypted_register_is_encrypted_and_checks() {
        let reg = encrypted_register();
        let backup = reg.dir.path().join("cadangan.db");
        let b = backup.to_str().unwrap();
        let out = ok(&reg, Some(KEY), &["backup", b]);
        assert!(out.contains("backup written"), "{out}");
        assert!(out.contains("audit chain: intact"), "{out}");
        let bytes = std::fs::read(&backup).expect("the backup exists");
        assert!(bytes.len() >= 4096);
        assert_ne!(
            &bytes[..16],
            b"SQLite format 3\0",
            "the backup is not encrypted"
        );
        assert!(
            !bytes.windows(11).any(|w| w == b"Rina Contoh"),
            "the backup holds a name in clear"
        );
        // Without the key the backup is not SQLite; with it, it holds the register.
        let plain = rusqlite::Connection::open(&backup).unwrap();
        assert!(plain
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .is_err());
        let conn = open_with_key(&backup, KEY);
        let name: String = conn
            .query_row("SELECT name FROM staff", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, "Rina Contoh");
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(conn);
        // The backup is a register in its own right: kasus check passes on it with the key.
        let o = reg
            .cmd()
            .env("KASUS_DB", &backup)
            .env("KASUS_KEY", KEY)
            .env_remove("KASUS_NEW_KEY")
            .args(["check"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{stdout}{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(stdout.contains("check passed"), "{stdout}");
        // No temporary file is left beside it.
        let left: Vec<_> = std::fs::read_dir(reg.dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn rekey_is_audited_and_the_chain_still_verifies() {
        let reg = encrypted_register();
        assert_eq!(audit_count(&reg, KEY, "register.rekey"), 0);
        let o = run(&reg, Some(KEY), Some(NEW_KEY), &["rekey"]);
        assert_eq!(o.code, 0, "{}{}", o.stdout, o.stderr);
        assert_eq!(audit_count(&reg, NEW_KEY, "register.rekey"), 1);
        let (actor, details): (String, String) = open_with_key(&reg.path, NEW_KEY)
            .query_row(
                "SELECT actor, details FROM audit WHERE action = 'register.rekey'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(actor, "tester");
        assert_eq!(details, "{}");
        assert!(ok(&reg, Some(NEW_KEY), &["audit", "verify"]).contains("intact"));
        ok(&reg, Some(NEW_KEY), &["check"]);
    }

    #[test]
    fn rekey_by_an_actor_who_is_not_staff_is_refused_when_staff_is_required() {
        let reg = encrypted_register();
        ok(
            &reg,
            Some(KEY),
            &[
                "--actor",
                "Rina Contoh",
                "config",
                "set",
                "require-staff",
                "true",
            ],
        );
        let before = file_bytes(&reg);
        let entries = audit_count(&reg, KEY, "register.rekey");
        // The fixed test actor ("tester") is not staff: refused, the old key still opens it.
        let o = run(&reg, Some(KEY), Some(NEW_KEY), &["rekey"]);
        assert_eq!(o.code, 4, "{}{}", o.stdout, o.stderr);
        assert!(o.stderr.contains("require-staff"), "{}", o.stderr);
        assert!(!o.stderr.contains(NEW_KEY) && !o.stderr.contains(KEY));
        assert_eq!(before, file_bytes(&reg), "a refused rekey changed the file");
        unreadable(&reg, Some(NEW_KEY));
        assert_eq!(audit_count(&reg, KEY, "register.rekey"), entries);
        assert!(ok(&reg, Some(KEY), &["staff", "list"]).contains("Rina Contoh"));
        // An active staff member may.
        let o = run(
            &reg,
            Some(KEY),
            Some(NEW_KEY),
            &["--actor", "Rina Contoh", "rekey"],
        );
        assert_eq!(o.code, 0, "{}{}", o.stdout, o.stderr);
        unreadable(&reg, Some(KEY));
        assert_eq!(audit_count(&reg, NEW_KEY, "register.rekey"), entries + 1);
        assert!(ok(&reg, Some(NEW_KEY), &["audit", "verify"]).contains("intact"));
    }
}
