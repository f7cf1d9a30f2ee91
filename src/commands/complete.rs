//! `kasus __complete cases|sops|staff`: the values the shell completion scripts in
//! `completions/` offer for a case number, a SOP code or a staff name, one a line.
//!
//! It is not a clap subcommand, so that it stays out of help, man pages and the completions
//! themselves (clap_complete lists hidden subcommands); `lib.rs` hands it the arguments before
//! clap parses them. It reads an existing register (`--db PATH`, else KASUS_DB, else the
//! default) and never creates one, never prompts, and prints nothing (exit 0) when there is
//! no register or it cannot be read: a completion must never get in the way of typing.

use crate::register::Register;
use std::path::PathBuf;

/// The word that asks for completion values, as the first argument.
pub const WORD: &str = "__complete";

/// Runs `kasus __complete KIND [--db PATH]`; returns the exit code (0, or 2 for an unknown
/// kind).
pub fn main(args: &[String]) -> u8 {
    let mut kind = None;
    let mut db = std::env::var_os("KASUS_DB")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--db" => db = it.next().map(PathBuf::from),
            s if s.starts_with("--db=") => db = Some(PathBuf::from(&s[5..])),
            s => kind = Some(s.to_string()),
        }
    }
    let kind = match kind.as_deref() {
        Some(k @ ("cases" | "sops" | "staff")) => k.to_string(),
        _ => {
            // This runs before `lib.rs` chooses the language: choose it here (KASUS_LANG, locale).
            crate::text::init(None);
            eprintln!(
                "{}",
                crate::tr!(
                    "kasus: usage: kasus {WORD} cases|sops|staff [--db PATH]",
                    "kasus: penggunaan: kasus {WORD} cases|sops|staff [--db PATH]"
                )
            );
            return crate::error::exit::USAGE;
        }
    };
    if let Some(values) = values(db, &kind) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for v in values {
            if writeln!(out, "{v}").is_err() {
                break;
            }
        }
    }
    crate::error::exit::SUCCESS
}

fn values(db: Option<PathBuf>, kind: &str) -> Option<Vec<String>> {
    let path = match db {
        Some(p) => p,
        None => crate::register::default_path().ok()?,
    };
    if !path.is_file() {
        return None;
    }
    let reg = Register::open_asking(&path, &crate::prompt::register_key).ok()?;
    match kind {
        "cases" => reg
            .cases(None)
            .ok()
            .map(|v| v.into_iter().map(|c| c.number).collect()),
        "sops" => reg.sop_codes().ok(),
        _ => reg
            .staff(false)
            .ok()
            .map(|v| v.into_iter().map(|s| s.name).collect()),
    }
}
