//! Output paths never touch the register (issue 10): `export --out`, `intake --rejects` and
//! `backup FILE` go through one guard. The register itself (by any name: relative, through a
//! symbolic link, a hard link), its -wal/-shm/-journal files, the command's own input and a
//! dangling symbolic link are refused with exit 4, naming the flag, before anything is read or
//! written: the register's rows are unchanged and it still works. So is kasus's configuration
//! file, which says where the register is.
//!
//! A register on PostgreSQL is a database on a server: no path names it, so the refusals of the
//! register's own files (itself, its sidecars, a link to it, a shell redirection onto it) are
//! SQLite's alone and those tests return at once there. The guard's other
//! refusals (a dangling link, the command's own input, the configuration file) run on both engines, and `backup` on a
//! server register is refused whatever FILE is (here, and in `postgres_register.rs`).

mod common;

use common::{with_standard_case, Engine, Reg};
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

/// A register with the standard case in it.
/// Refused with exit 4 and the register unchanged (`Reg::refused` compares every row), the
/// message naming `flag`; afterwards the register still opens, passes `kasus check` and holds
/// its case.
#[track_caller]
fn guarded(reg: &Reg, args: &[&str], flag: &str) -> String {
    let err = reg.refused(args, 4);
    assert!(err.contains(&format!("{flag} ")), "{args:?}: {err}");
    assert!(err.contains("Nothing was read or written"), "{err}");
    assert!(!err.contains("Siti"), "no personal data: {err}");
    works(reg);
    err
}

#[track_caller]
fn works(reg: &Reg) {
    assert!(reg.ok(&["check"]).contains("check passed"));
    let list = reg.ok(&["case", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 2, "{list}");
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const BAD_ROWS: &str = "sop,channel,victim_name,victim_sex,victim_age,violence,external_ref\n\
batam-34-2020,telepon,Rina Contoh,P,25,fisik,SRC-1\n\
batam-34-2020,telepon,Bad Contoh,X,25,fisik,SRC-2\n";

/// `intake --from FROM --skip-invalid --rejects OUT`.
fn rejects_onto<'a>(from: &'a str, out: &'a str) -> [&'a str; 6] {
    ["intake", "--from", from, "--skip-invalid", "--rejects", out]
}

/// The standard case's register and `x.csv` in its folder holding [`BAD_ROWS`], for `intake
/// --from` (its path).
fn with_bad_rows() -> (Reg, std::path::PathBuf) {
    let reg = with_standard_case();
    let f = reg.dir.path().join("x.csv");
    std::fs::write(&f, BAD_ROWS).unwrap();
    (reg, f)
}

#[test]
fn export_out_onto_the_register_is_refused() {
    // The register's own file: none on PostgreSQL (the module's header).
    if common::sqlite_only() {
        return;
    }
    let reg = with_standard_case();
    let err = guarded(&reg, &["export", "cases", "--out", s(reg.path())], "--out");
    assert!(err.contains("register itself"), "{err}");
    // Relative to the working folder, with a detour, and with --db instead of KASUS_DB.
    guarded(&reg, &["export", "cases", "--out", "register.db"], "--out");
    std::fs::create_dir(reg.dir.path().join("x")).unwrap();
    guarded(
        &reg,
        &["export", "persons", "--out", "./x/../register.db"],
        "--out",
    );
    let o = reg
        .cmd()
        .env_remove("KASUS_DB")
        .args([
            "--db",
            s(reg.path()),
            "export",
            "audit",
            "--out",
            "register.db",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4), "{o:?}");
    works(&reg);
}

#[test]
fn export_out_onto_a_sidecar_is_refused() {
    // The register's own file: none on PostgreSQL (the module's header).
    if common::sqlite_only() {
        return;
    }
    let reg = with_standard_case();
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = format!("{}{suffix}", s(reg.path()));
        let before = std::fs::read(&side).ok();
        let err = guarded(&reg, &["export", "cases", "--out", &side], "--out");
        assert!(err.contains(&format!("register's {suffix} file")), "{err}");
        assert_eq!(std::fs::read(&side).ok(), before, "{suffix} untouched");
    }
}

#[test]
fn export_out_through_a_symlink_to_the_register_is_refused() {
    // The register's own file: none on PostgreSQL (the module's header).
    if common::sqlite_only() {
        return;
    }
    let reg = with_standard_case();
    let link = reg.dir.path().join("cases.csv");
    symlink(reg.path(), &link).unwrap();
    let err = guarded(&reg, &["export", "cases", "--out", s(&link)], "--out");
    assert!(err.contains("register itself"), "{err}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn export_out_onto_a_hard_link_to_the_register_is_refused() {
    // The register's own file: none on PostgreSQL (the module's header).
    if common::sqlite_only() {
        return;
    }
    let reg = with_standard_case();
    let hard = reg.dir.path().join("cases.csv");
    std::fs::hard_link(reg.path(), &hard).unwrap();
    let err = guarded(&reg, &["export", "cases", "--out", s(&hard)], "--out");
    assert!(err.contains("hard link"), "{err}");
}

#[test]
fn export_out_to_a_dangling_symlink_is_refused_and_the_link_kept() {
    let reg = with_standard_case();
    let link = reg.dir.path().join("cases.csv");
    let nowhere = reg.dir.path().join("nowhere.csv");
    symlink(&nowhere, &link).unwrap();
    let err = guarded(&reg, &["export", "cases", "--out", s(&link)], "--out");
    assert!(
        err.contains("symbolic link to a file that does not exist"),
        "{err}"
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(!nowhere.exists());
}

#[test]
fn export_out_elsewhere_still_works_through_a_symlink() {
    let reg = with_standard_case();
    let real = reg.dir.path().join("real.csv");
    std::fs::write(&real, "old").unwrap();
    let link = reg.dir.path().join("cases.csv");
    symlink(&real, &link).unwrap();
    reg.ok(&["export", "cases", "--out", s(&link)]);
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .starts_with("case_uuid,"));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    // A file whose name only starts like the register's is another file.
    reg.ok(&["export", "cases", "--out", "register.db.csv"]);
    works(&reg);
}

#[test]
fn intake_rejects_onto_the_register_is_refused() {
    let (reg, f) = with_bad_rows();
    let run = |out: &str| guarded(&reg, &rejects_onto(s(&f), out), "--rejects");
    let dangling = reg.dir.path().join("r2.csv");
    symlink(reg.dir.path().join("nowhere.csv"), &dangling).unwrap();
    run(s(&dangling));
    if reg.engine() == Engine::Postgres {
        // No file of the register's for --rejects to land on (the module's header).
        return;
    }
    let err = run("register.db");
    assert!(err.contains("register itself"), "{err}");
    assert!(!err.contains("added"), "{err}");
    run(&format!("{}-wal", s(reg.path())));
    let link = reg.dir.path().join("rejects.csv");
    symlink(reg.path(), &link).unwrap();
    run(s(&link));
}

/// A register that does not exist yet, in folders that do not exist yet (its first command
/// makes them): `--rejects` onto its path or a sidecar's, written in any form, is refused all
/// the same (exit 4), and nothing is made (a header there would make every later command find
/// "not a SQLite file"; a rejects file at its `-wal` would be deleted by SQLite).
#[test]
fn rejects_onto_a_register_not_made_yet_is_refused() {
    if common::sqlite_only() {
        return;
    }
    let reg = Reg::new();
    let f = reg.dir.path().join("x.csv");
    std::fs::write(&f, BAD_ROWS).unwrap();
    let db = reg.dir.path().join("p1").join("p2").join("reg.db");
    for out in [
        s(&db).to_string(),
        format!("{}-wal", s(&db)),
        "p1/./p2/../p2/reg.db-journal".to_string(),
    ] {
        let o = reg
            .cmd()
            .env("KASUS_DB", &db)
            .args(rejects_onto(s(&f), &out))
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(4),
            "{out}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!reg.dir.path().join("p1").exists(), "{out}: p1 was made");
    }
}

#[test]
fn intake_rejects_onto_its_own_input_is_refused() {
    let (reg, f) = with_bad_rows();
    let err = guarded(&reg, &rejects_onto(s(&f), s(&f)), "--rejects");
    assert!(err.contains("input file (--from)"), "{err}");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), BAD_ROWS);
    // The same file by a relative name.
    guarded(&reg, &rejects_onto(s(&f), "x.csv"), "--rejects");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), BAD_ROWS);
}

#[test]
fn intake_rejects_elsewhere_is_private_and_leaves_no_temporary_file() {
    let (reg, f) = with_bad_rows();
    let rejects = reg.dir.path().join("rejects.csv");
    let out = reg.ok(&rejects_onto(s(&f), s(&rejects)));
    assert!(
        out.contains("1 added") && out.contains("1 rejected"),
        "{out}"
    );
    let mode = std::fs::metadata(&rejects).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(std::fs::read_to_string(&rejects).unwrap().contains("SRC-2"));
    let leftovers: Vec<_> = std::fs::read_dir(reg.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// kasus's configuration file says where the register is (on PostgreSQL, the server's URL):
/// refused as output on either engine, by its name, through a link, and before it exists.
#[test]
fn the_configuration_file_is_refused() {
    let (reg, f) = with_bad_rows();
    let config = reg.dir.path().join("config.toml");
    let text = match &reg.pg {
        Some(db) => format!("postgres = \"{}\"\n", db.url),
        None => "# the register is KASUS_DB's\n".to_string(),
    };
    std::fs::write(&config, &text).unwrap();
    let link = reg.dir.path().join("link.toml");
    symlink(&config, &link).unwrap();
    let before = reg.state();
    let refused = |args: &[&str]| {
        let mut cmd = reg.cmd();
        cmd.env("KASUS_CONFIG", &config);
        if config.exists() && reg.engine() == Engine::Postgres {
            // The register found through the file, as on a computer set up for a server.
            cmd.env_remove("KASUS_DB");
        }
        let o: common::Out = cmd.args(args).output().unwrap().into();
        assert_eq!(o.code, 4, "{args:?}: {o:?}");
        assert!(o.stderr.contains("configuration file"), "{o:?}");
        assert!(o.stderr.contains("Nothing was read or written"), "{o:?}");
        assert_eq!(before, reg.state(), "{args:?}");
    };
    for out in ["config.toml", s(&link)] {
        refused(&["export", "cases", "--out", out]);
        refused(&["report", "summary", "--format", "csv", "--out", out]);
        refused(&rejects_onto(s(&f), out));
    }
    assert_eq!(std::fs::read_to_string(&config).unwrap(), text);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    // Not there yet: writing it would make a configuration file of the rows.
    std::fs::remove_file(&config).unwrap();
    refused(&["export", "cases", "--out", "config.toml"]);
    assert!(!config.exists());
    works(&reg);
}

#[test]
fn backup_onto_the_register_or_a_link_to_it_is_refused() {
    let reg = with_standard_case();
    if reg.engine() == Engine::Postgres {
        // A server register is backed up with the server's tools: `backup` refuses every FILE,
        // these too, before looking at it, and writes nothing (nor through the link).
        let dangling = reg.dir.path().join("b2.db");
        symlink(reg.dir.path().join("nowhere.db"), &dangling).unwrap();
        for args in [
            &["backup", "register.db"][..],
            &["backup", "--force", "register.db"],
            &["backup", s(&dangling)],
        ] {
            let err = reg.refused(args, 4);
            assert!(err.contains("pg_dump"), "{args:?}: {err}");
            works(&reg);
        }
        assert!(!reg.dir.path().join("nowhere.db").exists());
        assert!(!reg.path().exists());
        return;
    }
    let label = "backup FILE";
    for force in [false, true] {
        let mut args = vec!["backup"];
        if force {
            args.push("--force");
        }
        let with = |file: &str| {
            let mut a = args.clone();
            a.push(file);
            guarded(&reg, &a, label)
        };
        let err = with(s(reg.path()));
        assert!(err.contains("register itself"), "{err}");
        with("register.db");
        with(&format!("{}-shm", s(reg.path())));
    }
    let link = reg.dir.path().join("backup.db");
    symlink(reg.path(), &link).unwrap();
    guarded(&reg, &["backup", "--force", s(&link)], label);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let hard = reg.dir.path().join("hard.db");
    std::fs::hard_link(reg.path(), &hard).unwrap();
    let err = guarded(&reg, &["backup", "--force", s(&hard)], label);
    assert!(err.contains("hard link"), "{err}");
    let dangling = reg.dir.path().join("b2.db");
    symlink(reg.dir.path().join("nowhere.db"), &dangling).unwrap();
    guarded(&reg, &["backup", s(&dangling)], label);
    // And a real backup still works.
    let ok = reg.dir.path().join("copy.db");
    assert!(reg.ok(&["backup", s(&ok)]).contains("backup written"));
}

#[test]
fn the_refusal_is_in_indonesian_too() {
    let (reg, _) = with_bad_rows();
    let before = reg.state();
    let refused = |args: &[&str]| {
        let o = reg
            .cmd()
            .env("KASUS_LANG", "id")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(4), "{o:?}");
        assert_eq!(before, reg.state());
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(err.contains("Tidak ada yang dibaca atau ditulis"), "{err}");
        err
    };
    // The command's own input (x.csv), on either engine.
    let err = refused(&rejects_onto("x.csv", "x.csv"));
    assert!(err.contains("--rejects x.csv"), "{err}");
    assert!(err.contains("berkas masukan (--from)"), "{err}");
    if reg.engine() == Engine::Postgres {
        // No file of the register's to name (the module's header).
        return;
    }
    let err = refused(&["export", "cases", "--out", "register.db"]);
    assert!(err.contains("--out register.db"), "{err}");
    assert!(err.contains("register itu sendiri"), "{err}");
}

/// Runs `args` with standard output (or error) opened on `file` without truncating it, as
/// `1<> file` (or `2>> file`) does in a shell.
fn redirected(reg: &Reg, args: &[&str], file: &Path, stream: &str) -> std::process::Output {
    let f = std::fs::OpenOptions::new()
        .read(true)
        .append(stream == "append")
        .write(stream != "append")
        .open(file)
        .unwrap();
    // As `Reg::cmd`, with the standard streams set here.
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("kasus"));
    cmd.env("KASUS_DB", reg.path())
        .env("KASUS_ACTOR", "tester")
        .env("KASUS_NOW", &reg.now)
        .env("KASUS_LANG", "en")
        .current_dir(reg.dir.path())
        .stdin(std::process::Stdio::null())
        .args(args);
    match stream {
        "stderr" => cmd.stderr(f),
        _ => cmd.stdout(f),
    };
    cmd.output().unwrap()
}

#[test]
fn output_redirected_onto_the_register_is_refused_before_anything_is_written() {
    // The register's own file: none on PostgreSQL (the module's header).
    if common::sqlite_only() {
        return;
    }
    let reg = with_standard_case();
    let before = std::fs::read(reg.path()).unwrap();
    for (args, stream) in [
        (&["report", "summary", "--period", "2026"][..], "stdout"),
        (&["export", "cases"], "append"),
        (&["case", "list"], "stderr"),
        (&["report", "monthly", "--period", "2026-03"], "stdout"),
    ] {
        let o = redirected(&reg, args, reg.path(), stream);
        assert_eq!(o.status.code(), Some(4), "{args:?} {stream}: {o:?}");
        assert_eq!(
            std::fs::read(reg.path()).unwrap(),
            before,
            "{args:?} {stream}: the register's bytes changed"
        );
        if stream == "stderr" {
            // Nowhere safe to say it: nothing is printed at all.
            assert!(o.stdout.is_empty(), "{o:?}");
        } else {
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(
                err.contains("standard output is the register file"),
                "{err}"
            );
        }
        works(&reg);
    }
    // The -wal file too.
    let wal = reg.dir.path().join("register.db-wal");
    if wal.exists() {
        let o = redirected(&reg, &["case", "list"], &wal, "stdout");
        assert_eq!(o.status.code(), Some(4), "{o:?}");
    }
}
