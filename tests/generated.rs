//! The shell completions in `completions/` and the man pages in `man/` are generated from the
//! clap definition. This test fails when they are stale; regenerate them with
//!
//!     KASUS_REGENERATE=1 cargo test --test generated

use clap::CommandFactory;
use clap_complete::Shell;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every generated file: (path relative to the repository, contents).
fn generated() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut cmd = kasus::cli::Cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "kasus", &mut buf);
        let name = match shell {
            Shell::Bash => "kasus.bash",
            Shell::Zsh => "_kasus",
            Shell::Fish => "kasus.fish",
            Shell::PowerShell => "_kasus.ps1",
            Shell::Elvish => "kasus.elv",
            _ => unreachable!(),
        };
        files.push((Path::new("completions").join(name), buf));
    }
    let cmd = kasus::cli::Cli::command();
    man_pages(&cmd, "kasus", &mut files);
    files
}

/// `kasus.1` and one page per subcommand (`kasus-sop.1`, `kasus-sop-list.1`, ...).
fn man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    let cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .expect("render man page");
    files.push((Path::new("man").join(format!("{name}.1")), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}

#[test]
fn completions_and_man_pages_are_current() {
    let regenerate = std::env::var_os("KASUS_REGENERATE").is_some();
    let mut stale = Vec::new();
    for (rel, contents) in generated() {
        let path = root().join(&rel);
        if regenerate {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &contents).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&contents[..]) {
            stale.push(rel.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate with: KASUS_REGENERATE=1 cargo test --test generated"
    );
}
