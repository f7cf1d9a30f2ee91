//! The completion scripts in `completions/`, loaded in the real shells: each completes a
//! subcommand (`kasus st<TAB>` offers `staff` and `step`), and the register's values (a case
//! number, a staff name) come from `kasus __complete`, with a temporary register. A test whose
//! shell (or man) is missing skips with a printed reason; `.ci/run` installs them all and sets
//! `KASUS_REQUIRE_TOOLS=1`, which turns a missing one into a failure.

mod common;
use common::{with_case, Reg, CASE};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs a shell script with the kasus binary first on PATH and this register in KASUS_DB.
fn shell(reg: &Reg, sh: &str, args: &[&str], script: &str) -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_kasus")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let o = Command::new(sh)
        .args(args)
        .arg(script)
        .env_clear()
        .env("PATH", path)
        .env("HOME", reg.dir.path())
        .env("KASUS_DB", reg.db())
        .env("KASUS_LANG", "en")
        .env("TERM", "dumb")
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {sh} (install it; .ci/run does): {e}"));
    let stdout = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{sh} failed: {}\n{stdout}{}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    stdout
}

fn bash_complete(reg: &Reg, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let script = format!(
        "source completions/kasus.bash\n\
         COMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n\
         _kasus kasus \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\" 2>/dev/null\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        quoted.join(" "),
        words.len() - 1
    );
    shell(reg, "bash", &["--norc", "--noprofile", "-c"], &script)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_subcommands_cases_and_staff() {
    if !common::tools::have("bash", "bash") {
        return;
    }
    let reg = with_case();
    let subs = bash_complete(&reg, &["kasus", "st"]);
    assert!(
        subs.contains(&"staff".into()) && subs.contains(&"step".into()),
        "{subs:?}"
    );
    assert!(!subs.iter().any(|s| s.contains("complete")), "{subs:?}");
    let cases = bash_complete(&reg, &["kasus", "case", "show", "PPA"]);
    assert_eq!(cases, vec![CASE.to_string()]);
    let cases = bash_complete(&reg, &["kasus", "step", "start", ""]);
    assert!(cases.contains(&CASE.to_string()), "{cases:?}");
    let staff = bash_complete(&reg, &["kasus", "step", "start", CASE, "--by", "Ri"]);
    assert_eq!(staff, vec!["Rina\\ Contoh".to_string()]);
    // Vocabulary flags complete their words, without a register.
    let words = bash_complete(&reg, &["kasus", "intake", "--channel", "datang"]);
    assert_eq!(words, vec!["datang-langsung".to_string()]);
    let words = bash_complete(&reg, &["kasus", "consent", CASE, "--method", ""]);
    assert!(words.contains(&"tertulis".to_string()), "{words:?}");
    let words = bash_complete(&reg, &["kasus", "report", "summary", "--period", "bulan"]);
    assert_eq!(
        words,
        vec!["bulan-ini".to_string(), "bulan-lalu".to_string()]
    );
    let sops = bash_complete(&reg, &["kasus", "intake", "--sop", "bat"]);
    assert!(sops.contains(&"batam-34-2020".to_string()), "{sops:?}");
}

fn fish_complete(reg: &Reg, line: &str) -> Vec<String> {
    let script = format!("source completions/kasus.fish; complete -C '{line}'");
    shell(reg, "fish", &["--no-config", "-c"], &script)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn fish_completes_subcommands_cases_and_staff() {
    if !common::tools::have("fish", "fish") {
        return;
    }
    let reg = with_case();
    let subs = fish_complete(&reg, "kasus st");
    assert!(
        subs.contains(&"staff".into()) && subs.contains(&"step".into()),
        "{subs:?}"
    );
    let cases = fish_complete(&reg, "kasus case show PPA");
    assert_eq!(cases, vec![CASE.to_string()]);
    let staff = fish_complete(&reg, "kasus assign PPA/2026/0001 --to Ri");
    assert!(staff.iter().any(|s| s.starts_with("Rina")), "{staff:?}");
}

/// zsh's completion system needs a terminal to run a completion; here the script is loaded
/// as zsh loads it (compinit, then the `#compdef` file), and the functions it defines are
/// called with `_describe` and `compadd` replaced by ones that print what they were given.
#[test]
fn zsh_loads_the_script_and_lists_subcommands_and_cases() {
    if !common::tools::have("zsh", "zsh") {
        return;
    }
    let reg = with_case();
    let script = r#"
        autoload -U compinit && compinit -u -d "$HOME/.zcompdump"
        source completions/_kasus
        _describe() { print -l -- ${(P)4} }
        compadd() { print -l -- ${(P)2} }
        _kasus_commands | grep '^st' | cut -d: -f1
        _kasus_values cases
    "#;
    let out = shell(&reg, "zsh", &["-f", "-c"], script);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.contains(&"staff") && lines.contains(&"step"), "{out}");
    assert!(lines.contains(&CASE), "{out}");
}

#[test]
fn complete_values_never_create_a_register() {
    let reg = Reg::new();
    let o = reg
        .cmd()
        .args(["__complete", "cases"])
        .output()
        .expect("run kasus");
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
    assert!(reg.absent(), "kasus __complete created a register");
}

/// Without --db or KASUS_DB, completion reads the register the configuration file names, as
/// every command does; an empty database there stays empty. Its `postgres` entry is the file's
/// only one, so this runs on a PostgreSQL register whatever the builder's engine.
#[test]
fn complete_values_follow_the_configuration_file() {
    if !common::pg::available() {
        return;
    }
    let reg = Reg::on(common::Engine::Postgres);
    let url = reg.pg.as_ref().unwrap().url.clone();
    let config = reg.dir.path().join("config.toml");
    std::fs::write(&config, format!("postgres = \"{url}\"\n")).unwrap();
    let complete = || {
        let o = reg
            .cmd()
            .env_remove("KASUS_DB")
            .env("KASUS_CONFIG", &config)
            .args(["__complete", "cases"])
            .output()
            .expect("run kasus");
        assert!(o.status.success(), "{o:?}");
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(complete(), "");
    assert!(reg.absent(), "kasus __complete created a register");
    reg.ok(common::BATAM_CASE);
    assert_eq!(complete(), format!("{CASE}\n"));
}

#[test]
fn man_pages_render_without_warnings() {
    if !common::tools::have("man", "man-db") {
        return;
    }
    // kasus.1 and every subcommand's page, in one run, with groff's warnings on.
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("man"))
        .expect("man/")
        .map(|e| e.expect("man/ entry").path())
        .collect();
    pages.sort();
    assert!(pages.len() > 30, "{pages:?}");
    let o = Command::new("man")
        .args(["--warnings", "-l"])
        .args(&pages)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .current_dir(root())
        .output()
        .expect("cannot run man (install man-db; .ci/run does)");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "man failed: {err}");
    assert!(err.trim().is_empty(), "man warned: {err}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("kasus"), "{out}");
}
