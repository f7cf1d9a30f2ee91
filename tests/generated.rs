//! The shell completions in `completions/` and the man pages in `man/` are generated from the
//! clap definition. This test fails when they are stale; regenerate them with
//!
//!     KASUS_REGENERATE=1 cargo test --test generated
//!
//! The bash, zsh and fish scripts also complete case numbers, SOP codes and staff names from
//! the register: clap_complete writes the static scripts, and [`dynamic`] adds calls to the
//! `kasus __complete cases|sops|staff` (not a clap subcommand), which lists them (never creating a register,
//! never prompting). PowerShell and elvish get the static completion only.

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
        let buf = dynamic(shell, String::from_utf8(buf).expect("UTF-8 script")).into_bytes();
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

/// Which arguments complete from the register: (subcommand path, argument id, what to list).
/// A positional `case` anywhere lists case numbers.
fn dynamic_args() -> Vec<(Vec<String>, String, bool, &'static str)> {
    let mut out = Vec::new();
    fn walk(
        cmd: &clap::Command,
        path: &mut Vec<String>,
        out: &mut Vec<(Vec<String>, String, bool, &'static str)>,
    ) {
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            let kind = match (p.as_slice(), id, a.is_positional()) {
                (_, "case", true) => Some("cases"),
                (["sop", "show"], "code", true) => Some("sops"),
                (["staff", "deactivate"], "name", true) => Some("staff"),
                (_, "sop", false) => Some("sops"),
                (["assign"], "to", false) => Some("staff"),
                (["assign", "end"], "staff", false) => Some("staff"),
                (["step", _], "by", false) => Some("staff"),
                (_, "channel", false) => Some("channel"),
                (_, "violence", false) => Some("violence"),
                (_, "place", false) => Some("place"),
                (_, "perpetrator_relation", false) => Some("relation"),
                (_, "victim_sex" | "perpetrator_sex", false) => Some("sex"),
                (_, "urgency", false) => Some("urgency"),
                (_, "risk", false) => Some("risk"),
                (["consent", ..], "relation", false) => Some("consent-relation"),
                (["consent", ..], "scope", false) => Some("scope"),
                (["consent", ..], "method", false) => Some("method"),
                (["case", "service"], "kind", true) => Some("service"),
                (["step", "pause"], "reason", false) => Some("pause-reason"),
                (_, "period", false) => Some("period"),
                _ => None,
            };
            if let Some(k) = kind {
                out.push((path.clone(), id.to_string(), a.is_positional(), k));
            }
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut cmd = kasus::cli::Cli::command();
    cmd.build();
    walk(&cmd, &mut Vec::new(), &mut out);
    out
}

const BASH_HELPER: &str = r#"
# Case numbers, SOP codes and staff names from the register (`kasus __complete KIND`), added to
# COMPREPLY; nothing for an option being typed.
_kasus_values() {
    local cur="${COMP_WORDS[COMP_CWORD]}" w IFS=$'\n'
    [[ ${cur} == -* ]] && return 0
    for w in $(command kasus __complete "$1" 2>/dev/null); do
        [[ ${w} == "${cur}"* ]] && COMPREPLY+=("$(printf '%q' "${w}")")
    done
}
"#;

const ZSH_HELPER: &str = r#"
# Case numbers, SOP codes and staff names from the register (`kasus __complete KIND`).
(( $+functions[_kasus_values] )) ||
_kasus_values() {
    local -a values
    values=("${(@f)$(command kasus __complete $1 2>/dev/null)}")
    compadd -a values
}
"#;

/// Adds the register's values to a clap_complete script; every rule must apply somewhere.
fn dynamic(shell: Shell, script: String) -> String {
    let args = dynamic_args();
    assert!(args.len() > 10, "few dynamic arguments found: {args:?}");
    match shell {
        Shell::Bash => {
            let mut lines: Vec<String> = script.lines().map(str::to_string).collect();
            for (path, id, positional, kind) in &args {
                let block = std::iter::once("kasus".to_string())
                    .chain(
                        path.iter()
                            .map(|p| format!("subcmd__{}", p.replace('-', "__"))),
                    )
                    .collect::<Vec<_>>()
                    .join("__");
                let start = lines
                    .iter()
                    .position(|l| l.trim() == format!("{block})"))
                    .unwrap_or_else(|| panic!("no bash block {block}"));
                let end = start
                    + lines[start..]
                        .iter()
                        .position(|l| l == "            ;;")
                        .expect("end of block");
                let mut hit = false;
                for i in start..end {
                    if *positional
                        && lines[i].trim() == r#"COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )"#
                    {
                        lines[i] = lines[i].replace(
                            "COMPREPLY=(",
                            &format!("_kasus_values {kind}; COMPREPLY+=("),
                        );
                        hit = true;
                    }
                    let long = format!("--{})", id.replace('_', "-"));
                    if !*positional && lines[i].trim() == long {
                        let indent = lines[i + 1].len() - lines[i + 1].trim_start().len();
                        lines[i + 1] =
                            format!("{}COMPREPLY=(); _kasus_values {kind}", " ".repeat(indent));
                        hit = true;
                    }
                }
                assert!(hit, "bash: no place for {path:?} {id}");
            }
            let mut out = lines.join("\n");
            out.push('\n');
            // The helper goes before the completion function.
            let at = out.find("_kasus() {").expect("bash function");
            out.insert_str(at, &format!("{}\n", BASH_HELPER.trim_start()));
            out
        }
        Shell::Zsh => {
            let mut out = script;
            let cmd = kasus::cli::Cli::command();
            for (path, id, positional, kind) in &args {
                let mut c = &cmd;
                for p in path {
                    c = c.find_subcommand(p).expect("subcommand");
                }
                let arg = c
                    .get_arguments()
                    .find(|a| a.get_id().as_str() == id.as_str())
                    .expect("argument");
                let prefix = if *positional {
                    match arg.get_help() {
                        Some(h) => format!(
                            "'{}{id} -- {}",
                            if arg.is_required_set() { ":" } else { "::" },
                            h.to_string()
                                .split(['[', ':', '\'', '`', '('])
                                .next()
                                .unwrap()
                        ),
                        None => format!("'{}{id}:", if arg.is_required_set() { ":" } else { "::" }),
                    }
                } else {
                    format!("'--{}=[", id.replace('_', "-"))
                };
                let mut hit = false;
                // A repeatable option's spec starts with `'*--`.
                let repeated = prefix.replacen('\'', "'*", 1);
                let starts = |l: &str| l.starts_with(&prefix) || l.starts_with(&repeated);
                out = out
                    .lines()
                    .map(|l| {
                        if starts(l) && l.ends_with(":_default' \\") {
                            hit = true;
                            format!(
                                "{}:_kasus_values {kind}' \\",
                                &l[..l.len() - ":_default' \\".len()]
                            )
                        } else {
                            // An earlier rule with the same spec already did it.
                            hit |= starts(l) && l.ends_with(&format!(":_kasus_values {kind}' \\"));
                            l.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                out.push('\n');
                assert!(hit, "zsh: no place for {path:?} {id} ({prefix})");
            }
            let at = out
                .find("(( $+functions[_kasus_commands] ))")
                .expect("zsh commands");
            out.insert_str(at, &format!("{}\n", ZSH_HELPER.trim_start()));
            out
        }
        Shell::Fish => {
            let mut out = script;
            out.push_str(
                "# Case numbers, SOP codes and staff names from the register (`kasus __complete KIND`)\n",
            );
            let cmd = kasus::cli::Cli::command();
            for (path, id, positional, kind) in &args {
                let mut c = &cmd;
                let mut parent = &cmd;
                for p in path {
                    parent = c;
                    c = c.find_subcommand(p).expect("subcommand");
                }
                let subs = |c: &clap::Command| {
                    let mut v: Vec<&str> = c
                        .get_subcommands()
                        .filter(|s| !s.is_hide_set())
                        .map(|s| s.get_name())
                        .collect();
                    if !v.is_empty() {
                        v.push("help");
                    }
                    v.join(" ")
                };
                let cond = match path.len() {
                    1 if subs(c).is_empty() => format!("__fish_kasus_using_subcommand {}", path[0]),
                    1 => format!(
                        "__fish_kasus_using_subcommand {}; and not __fish_seen_subcommand_from {}",
                        path[0],
                        subs(c)
                    ),
                    2 => format!(
                        "__fish_kasus_using_subcommand {}; and __fish_seen_subcommand_from {}",
                        path[0], path[1]
                    ),
                    _ => panic!("deeper than fish's generated conditions: {path:?}"),
                };
                let _ = parent;
                let what = if *positional {
                    String::new()
                } else {
                    format!(" -l {} -r", id.replace('_', "-"))
                };
                out.push_str(&format!(
                    "complete -c kasus -n \"{cond}\"{what} -f -a \"(command kasus __complete {kind} 2>/dev/null)\"\n"
                ));
            }
            out
        }
        _ => script,
    }
}

/// The EXTRA section (examples, the exit-code table) is laid out by hand, line by line: set it
/// in no-fill mode (`.nf` ... `.fi`) so that man does not reflow it into one paragraph.
fn keep_extra_lines(page: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8(page).expect("man page is UTF-8");
    let Some(start) = text.find(".SH EXTRA\n") else {
        return text.into_bytes();
    };
    let body = start + ".SH EXTRA\n".len();
    let end = text[body..]
        .find("\n.SH ")
        .map_or(text.len(), |i| body + i + 1);
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..body]);
    out.push_str(".nf\n");
    out.push_str(text[body..end].trim_end_matches('\n'));
    out.push_str("\n.fi\n");
    out.push_str(&text[end..]);
    out.into_bytes()
}

/// `kasus.1` and one page per subcommand (`kasus-sop.1`, `kasus-sop-list.1`, ...).
fn man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    // No `help` subcommand in the pages: it has no page of its own (`kasus-help(1)`).
    let cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "))
        .disable_help_subcommand(true);
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .expect("render man page");
    files.push((
        Path::new("man").join(format!("{name}.1")),
        keep_extra_lines(buf),
    ));
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
