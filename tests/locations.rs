//! Where the register is: `--db` / `KASUS_DB` and `KASUS_CONFIG`. A value that looks like a URL
//! but is not one kasus takes is refused before anything is created (it must never become a
//! register file named like the URL), and a configuration file KASUS_CONFIG names must exist.
//! Engine-neutral: the builder's register (a file or a PostgreSQL database) must come out of
//! every refusal unchanged, and the test's folder must gain nothing.

mod common;

use common::{Engine, Reg};
use std::path::Path;

/// Every file and folder under `dir`, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
        }
    }
    out.sort();
    out
}

fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["sop", "list"]);
    reg
}

/// The standard case's intake (a write that would create a register).
const INTAKE: &[&str] = common::BATAM_CASE;

#[test]
fn a_mistyped_url_is_refused_and_nothing_is_created() {
    let reg = register();
    let before = (reg.state(), tree(reg.dir.path()));
    for url in [
        "postgresq://staf:rahasia@db.contoh/kasus",
        "postgres:/db.contoh/kasus",
        "postgresql:/db.contoh/kasus",
        "postgresql:db.contoh/kasus",
        "posgresql://staf@db.contoh/kasus",
        "  postgresql://staf:rahasia@db.contoh/kasus",
        "postgresql://staf:rahasia@db.contoh/kasus ",
        "http://db.contoh/kasus",
        "data/x://y",
    ] {
        for via_env in [false, true] {
            let mut cmd = reg.cmd();
            if via_env {
                cmd.env("KASUS_DB", url);
            } else {
                cmd.args(["--db", url]);
            }
            let o: common::Out = cmd.args(INTAKE).output().unwrap().into();
            assert_eq!(o.code, 2, "{url:?}: {o:?}");
            assert!(
                o.stderr.contains("looks like a URL")
                    && o.stderr.contains("postgresql://USER@HOST/DB")
                    && o.stderr.contains("Nothing was created"),
                "{url:?}: {}",
                o.stderr
            );
            assert!(!o.stderr.contains("rahasia"), "{}", o.stderr);
            assert_eq!(before, (reg.state(), tree(reg.dir.path())), "{url:?}");
        }
    }
    // In Indonesian too.
    let o: common::Out = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args(["--db", "postgres:/db.contoh/kasus"])
        .args(INTAKE)
        .output()
        .unwrap()
        .into();
    assert_eq!(o.code, 2, "{o:?}");
    assert!(o.stderr.contains("tampak seperti URL"), "{}", o.stderr);
}

#[test]
fn file_paths_stay_file_paths_with_a_colon_in_a_folder_name() {
    let reg = Reg::on(Engine::Sqlite);
    for path in ["backup:2026/register.db", "sub/register.db"] {
        reg.cmd()
            .args(["--db", path])
            .args(INTAKE)
            .assert()
            .success();
        assert!(reg.dir.path().join(path).is_file(), "{path}");
    }
    let abs = reg.dir.path().join("mei:2026").join("register.db");
    reg.cmd()
        .env("KASUS_DB", &abs)
        .args(INTAKE)
        .assert()
        .success();
    assert!(abs.is_file());
}

#[test]
fn a_url_in_capitals_is_the_same_register() {
    // Only with a server: the capitals must reach the same database the builder's URL names.
    if !common::pg::available() {
        return;
    }
    let reg = Reg::on(Engine::Postgres);
    reg.ok(&["sop", "list"]);
    let db = reg.pg.as_ref().unwrap().url.clone();
    let upper = db.replacen("postgresql://", "POSTGRESQL://", 1);
    assert_ne!(upper, db);
    reg.cmd()
        .env("KASUS_DB", &upper)
        .args(INTAKE)
        .assert()
        .success();
    assert_eq!(reg.query_i64("SELECT count(*) FROM cases"), 1);
    assert!(
        tree(reg.dir.path()).is_empty(),
        "{:?}",
        tree(reg.dir.path())
    );
}

#[test]
fn a_configuration_file_kasus_config_names_must_exist() {
    let reg = register();
    let missing = reg.dir.path().join("nope.toml");
    let before = (reg.state(), tree(reg.dir.path()));
    for (config, words) in [
        (missing.as_path(), "which does not exist"),
        (reg.dir.path(), "which is a folder"),
    ] {
        let o: common::Out = reg
            .cmd()
            .env_remove("KASUS_DB")
            .env("KASUS_CONFIG", config)
            .env("HOME", reg.dir.path())
            .env("XDG_DATA_HOME", reg.dir.path().join("data"))
            .args(INTAKE)
            .output()
            .unwrap()
            .into();
        assert_eq!(o.code, 2, "{o:?}");
        assert!(
            o.stderr.contains(&config.display().to_string())
                && o.stderr.contains(words)
                && o.stderr.contains("or unset it"),
            "{}",
            o.stderr
        );
        assert_eq!(before, (reg.state(), tree(reg.dir.path())));
    }
    // The default configuration file missing is fine: the default register is used.
    let home = tempfile::tempdir().unwrap();
    reg.cmd()
        .env_remove("KASUS_DB")
        .env_remove("KASUS_CONFIG")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .args(["sop", "list"])
        .assert()
        .success();
    assert!(home.path().join("data/kasus/register.db").is_file());
}
