//! `kasus __complete KIND`: the values the shell completion scripts in `completions/` offer,
//! one a line: case numbers, SOP codes and staff names from the register (`cases`, `sops`,
//! `staff`), and the words of each vocabulary flag (`channel`, `violence`, `place`,
//! `relation`, `sex`, `urgency`, `risk`, `consent-relation`, `scope`, `method`, `service`,
//! `pause-reason`, `lang`, `period`), which need no register.
//!
//! It is not a clap subcommand, so that it stays out of help, man pages and the completions
//! themselves (clap_complete lists hidden subcommands); `lib.rs` hands it the arguments before
//! clap parses them. It reads an existing register (`--db PATH`, else KASUS_DB, else the
//! configuration file's `postgres` entry, else the default file; a file or a PostgreSQL URL)
//! and never creates one, never prompts, and prints nothing (exit 0) when there is
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
    if let Some(words) = kind.as_deref().and_then(words) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for w in words {
            if writeln!(out, "{w}").is_err() {
                break;
            }
        }
        return crate::error::exit::SUCCESS;
    }
    let kind = match kind.as_deref() {
        Some(k @ ("cases" | "sops" | "staff")) => k.to_string(),
        _ => {
            // This runs before `lib.rs` chooses the language: choose it here (KASUS_LANG, locale).
            crate::text::init(None);
            crate::say!(
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

/// The words of a vocabulary flag (its codes), or of `--lang` and `--period`.
fn words(kind: &str) -> Option<Vec<&'static str>> {
    use crate::vocab;
    let v = match kind {
        "channel" => &vocab::CHANNEL,
        "violence" => &vocab::VIOLENCE,
        "place" => &vocab::PLACE,
        "relation" => &vocab::RELATION,
        "sex" => &vocab::SEX,
        "urgency" => &vocab::URGENCY,
        "risk" => &vocab::RISK,
        "consent-relation" => &vocab::CONSENT_RELATION,
        "scope" => &vocab::CONSENT_SCOPE,
        "method" => &vocab::CONSENT_METHOD,
        "service" => &vocab::SERVICE,
        "pause-reason" => &vocab::PAUSE_REASON,
        "lang" => return Some(vec!["id", "en"]),
        "period" => {
            return Some(vec![
                "today",
                "yesterday",
                "this-week",
                "last-week",
                "this-month",
                "last-month",
                "this-year",
                "last-year",
                "hari-ini",
                "kemarin",
                "minggu-ini",
                "minggu-lalu",
                "bulan-ini",
                "bulan-lalu",
                "tahun-ini",
                "tahun-lalu",
            ])
        }
        _ => return None,
    };
    Some(v.codes())
}

fn values(db: Option<PathBuf>, kind: &str) -> Option<Vec<String>> {
    let path = match db {
        Some(p) => crate::register::checked_location(p).ok()?,
        // As every command: the configuration file's `postgres` entry, else the default file.
        None => match crate::config_file::register().ok()? {
            Some(p) => p,
            None => crate::register::default_path().ok()?,
        },
    };
    let reg = match crate::register::server_url(&path) {
        // A register on a PostgreSQL server: only an existing one (an empty database stays so).
        Some(url) => {
            // A shell waits for completions: a server that does not answer gives none after
            // 2 s, not the 10 s a command waits (a URL's connect_timeout or PGCONNECT_TIMEOUT
            // still decide when set). Set before any thread starts.
            if std::env::var_os("PGCONNECT_TIMEOUT").is_none() {
                std::env::set_var("PGCONNECT_TIMEOUT", "2");
            }
            Register::open_server(url, false).ok()?
        }
        None if path.is_file() => {
            Register::open_asking(&path, &crate::prompt::register_key).ok()?
        }
        None => return None,
    };
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
