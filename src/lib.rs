//! kasus: a case register for Indonesia's women and child protection units.
//!
//! The way data flows: intake -> register -> step -> report / export. `cli` declares the
//! command line, `commands` holds one module per subcommand, `register` is the store (all SQL),
//! `sop` the SOP model and its files, `rows` the reader of bulk files (CSV, JSONL), `report` and
//! `output` the reports' figures and their rendering, `text` the shared words. The pure cores
//! (no database, clock or terminal inside): `flow` (which step is next, consent gates, pauses),
//! `timing` (an attempt's figures on its clock, verdicts), `steptime` (an attempt's time as the
//! views show it), `worktime` (office hours, holidays, working time), `when` (times as people
//! type them) and `stats` (medians, p90). `prompt` is the only place that talks to a person.
//! The README's "Where things live" is the map.

/// `eprintln!` and `eprint!` for the whole crate, in place of std's, which panic when stderr
/// cannot be written: with its reader gone (`kasus intake --from f.csv 2>&1 | head -2`) a
/// refusal's messages panicked, the panic's own message failed the same way, and the process
/// aborted (exit 134) instead of exiting with the refusal's code. A message nobody can read
/// any more is dropped; the exit code stays the command's.
macro_rules! eprintln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// See [`eprintln!`].
macro_rules! eprint {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

pub mod cli;
pub mod clock;
pub mod commands;
pub mod config_file;
pub mod decimal;
pub mod deidentify;
pub mod echo;
pub mod error;
pub mod field;
pub mod files;
pub mod flow;
pub mod interrupt;
pub mod least;
pub mod office;
pub mod open_work;
pub mod output;
pub mod prompt;
pub mod referral;
pub mod register;
pub mod report;
pub mod rows;
pub mod same_age;
pub mod search;
pub mod sop;
pub mod stats;
pub mod steptime;
pub mod suggest;
pub mod text;
pub mod timing;
pub mod vocab;
pub mod when;
pub mod worktime;

use error::exit;

/// Parses the command line, runs the command, prints any error once, returns the exit code.
pub fn run() -> u8 {
    install_panic_hook();
    ignore_file_size_signal();
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if args.first().map(String::as_str) == Some(commands::complete::WORD) {
        return commands::complete::main(&args[1..]);
    }
    // The language is needed before parsing, for the help text (`--lang` is read ahead).
    text::init(text::lang_flag(std::env::args_os()).as_deref());
    // The command line is parsed by the English command; only when clap has something to
    // print (help, the version, a refusal) is it parsed again by the command in the chosen
    // language, which says it. Localizing the whole command tree (`text::localize`) cost more
    // than the rest of `kasus case show` together, at every run in Indonesian.
    // Only the subcommand named is built for parsing (`cli::parsing_command`); the whole
    // command parses again what that one refuses or prints.
    // The command tree is not dropped: freeing its thousands of pieces just before the process
    // exits cost about 0.4M instructions (callgrind), more than a query.
    let mut command = cli::parsing_command(&args);
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .or_else(|_| {
            text::localize(<cli::Cli as clap::CommandFactory>::command()).try_get_matches()
        })
        .and_then(|m| <cli::Cli as clap::FromArgMatches>::from_arg_matches(&m));
    std::mem::forget(command);
    let cli = match parsed {
        Ok(c) if c.command.is_none() && !commands::status::at_terminal() => {
            // `kasus` alone without a terminal: the usage, as clap prints it, exit 2.
            let e = text::localize(<cli::Cli as clap::CommandFactory>::command())
                .subcommand_required(true)
                .try_get_matches_from(["kasus"])
                .err();
            if let Some(e) = e {
                print_usage_error(&e);
            }
            return exit::USAGE;
        }
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::SUCCESS
            };
            if let Some(text) = echo::mistyped_subcommand(&args) {
                eprintln!("kasus: {text}");
                return exit::USAGE;
            }
            print_usage_error(&e);
            match asked_a_workbook(&e) {
                Some(Workbook::OfAList) => eprintln!(
                    "{}",
                    tr!(
                        "hint: lists print as table, csv, json or ndjson; for a workbook use `kasus export cases --format xlsx --out cases.xlsx` (or another table), or a report's --format xlsx",
                        "petunjuk: daftar dicetak sebagai table, csv, json atau ndjson; untuk buku kerja pakai `kasus export cases --format xlsx --out kasus.xlsx` (atau tabel lain), atau --format xlsx sebuah laporan"
                    )
                ),
                Some(Workbook::InCapitals) => eprintln!(
                    "{}",
                    tr!(
                        "hint: format names are written in small letters: --format xlsx",
                        "petunjuk: nama format ditulis dengan huruf kecil: --format xlsx"
                    )
                ),
                None => {}
            }
            if let Some(name) = a_subcommand_as_a_flag(&e) {
                let rest = if name == "withdraw" {
                    " --scope ..."
                } else {
                    " ..."
                };
                eprintln!(
                    "{}",
                    tr!(
                        "hint: {name} is a subcommand of consent, not a flag: `kasus consent {name} CASE{rest}` (see `kasus consent {name} --help`)",
                        "petunjuk: {name} adalah subperintah consent, bukan flag: `kasus consent {name} KASUS{rest}` (lihat `kasus consent {name} --help`)"
                    )
                );
            }
            return code;
        }
    };
    text::init(cli.global.lang.as_deref());
    // An unknown language named on purpose (--lang, else KASUS_LANG) is refused; a locale
    // (LANG) kasus does not speak falls back to English in silence, as programs do.
    let named = cli.global.lang.clone().or_else(|| {
        std::env::var("KASUS_LANG")
            .ok()
            .filter(|v| !v.trim().is_empty())
    });
    let flag = if cli.global.lang.is_some() {
        "--lang"
    } else {
        "KASUS_LANG"
    };
    if let Some(l) = named.as_deref().filter(|l| text::parse_lang(l).is_none()) {
        let shown = echo::echo_if_shaped(l, echo::Shape::Code)
            .map(|v| format!(" {v}"))
            .unwrap_or_default();
        eprintln!(
            "kasus: {}",
            tr!(
                "{flag}{shown} is not a language kasus speaks: give id (Bahasa Indonesia) or en (English); nothing was done",
                "{flag}{shown} bukan bahasa yang dikenal kasus: beri id (Bahasa Indonesia) atau en (English); tidak ada yang dilakukan"
            )
        );
        return exit::USAGE;
    }
    let outcome = commands::dispatch(cli);
    // An interrupt that is exiting (its temporary files removed under the command's feet) is
    // the command's end: no second message, no other exit code.
    interrupt::wait_if_exiting();
    match outcome {
        Ok(()) => exit::SUCCESS,
        Err(e) if e.is_broken_pipe() => exit::SUCCESS,
        Err(e) => {
            // A register this run made and did not write to goes again: a failed command
            // leaves no new empty register behind.
            register::made::remove_if_unwritten();
            // An empty message is one with nowhere safe to go (stderr is the register).
            let text = e.to_string();
            if !text.is_empty() {
                eprintln!("{}", output::fit_stderr(&format!("kasus: {text}")));
            }
            e.exit_code()
        }
    }
}

/// Prints what clap has to say (an error, or help and the version on stdout). clap repeats
/// the value typed in some errors: those are printed without it; the others, in Indonesian,
/// are said again in Indonesian (clap speaks only English; help and the version are already
/// the Indonesian command's, and `text::usage_error_id` leaves them to clap).
fn print_usage_error(e: &clap::Error) {
    let text = echo::usage_error(e).or_else(|| {
        (text::lang() == text::Lang::Id)
            .then(|| text::usage_error_id(e))
            .flatten()
    });
    match text {
        // Wrapped between words at a terminal, as every other message.
        Some(text) => crate::say!("{}", text.strip_suffix('\n').unwrap_or(&text)),
        None => {
            let _ = e.print();
        }
    }
}

/// A file-size limit (`ulimit -f`) sends SIGXFSZ, whose default action kills the process
/// without a word. Ignored, the write fails with EFBIG instead: SQLite rolls the transaction
/// back and kasus says so, with a non-zero exit.
fn ignore_file_size_signal() {
    // SAFETY: setting a signal's disposition to SIG_IGN at start-up, before any thread starts,
    // installs no handler code and has no other effect.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// A panic prints a short request to report it, without the panic's payload (which could hold
/// personal data from a value being processed), and exits with 101.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("{}", panic_report(info.location()));
    }));
}

/// What the panic hook prints: the request to report, and where in kasus's source. Never the
/// panic's payload.
fn panic_report(location: Option<&std::panic::Location<'_>>) -> String {
    let place = location
        .map(|l| format!(" ({}:{})", l.file(), l.line()))
        .unwrap_or_default();
    format!("kasus: {}{place}", text::panic_message())
}

/// A subcommand of `consent` typed as a flag (`kasus consent CASE --withdraw`): its name, so the
/// refusal can show the subcommand's form.
fn a_subcommand_as_a_flag(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => return None,
    };
    if !usage.contains("kasus consent ") {
        return None;
    }
    let arg = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.as_str(),
        _ => return None,
    };
    let name = arg.strip_prefix("--")?.split('=').next()?;
    let cmd = <cli::Cli as clap::CommandFactory>::command();
    cmd.find_subcommand("consent")?
        .find_subcommand(name)
        .map(|_| name.to_string())
}

/// True for clap's refusal of `--format xlsx` where the command has no workbook (`case list`,
/// `staff list`, ...): the message then says where workbooks are.
/// Why `--format xlsx` (in any case) was refused: the command prints no workbook (a list), or
/// it does and the name was typed in capitals (`XLSX`: format names are lowercase, as `csv` is).
enum Workbook {
    OfAList,
    InCapitals,
}

fn asked_a_workbook(e: &clap::Error) -> Option<Workbook> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let string = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let asked = e.kind() == ErrorKind::InvalidValue
        && string(ContextKind::InvalidArg).is_some_and(|a| a.starts_with("--format"))
        && string(ContextKind::InvalidValue).is_some_and(|v| v.eq_ignore_ascii_case("xlsx"));
    if !asked {
        return None;
    }
    let offered = matches!(
        e.get(ContextKind::ValidValue),
        Some(ContextValue::Strings(v)) if v.iter().any(|v| v == "xlsx")
    );
    Some(if offered {
        Workbook::InCapitals
    } else {
        Workbook::OfAList
    })
}

#[cfg(test)]
mod panic_tests {
    use std::sync::Mutex;

    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

    /// The hook's output, for a panic whose payload holds a name and a NIK: the request to
    /// report, the place, and neither the name nor the NIK.
    #[test]
    fn the_panic_report_holds_no_payload() {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|info| {
            SEEN.lock()
                .unwrap()
                .push(super::panic_report(info.location()));
        }));
        let r = std::panic::catch_unwind(|| {
            panic!("victim Siti Rahasiawati Contoh, NIK 3171012345678901");
        });
        std::panic::set_hook(previous);
        assert!(r.is_err());
        let seen = SEEN.lock().unwrap();
        let line = seen.last().expect("the hook ran");
        assert!(line.starts_with("kasus: "), "{line}");
        assert!(line.contains(crate::text::PANIC), "{line}");
        assert!(line.contains("report"), "{line}");
        assert!(line.contains("src/lib.rs:"), "{line}");
        assert!(!line.contains("Rahasiawati"), "{line}");
        assert!(!line.contains("3171012345678901"), "{line}");
    }
}
