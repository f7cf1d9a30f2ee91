//! kasus: a case register for Indonesia's women and child protection units.
//!
//! The way data flows: intake -> register -> step -> report / export. `cli` declares the
//! command line, `commands` holds one module per subcommand, `register` is the store (all SQL),
//! `sop` the SOP model and its files, `flow` and `timing` the two pure cores (no database,
//! clock or terminal inside), `prompt` the only place that talks to a person.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod error;
pub mod flow;
pub mod output;
pub mod prompt;
pub mod register;
pub mod report;
pub mod sop;
pub mod text;
pub mod timing;
pub mod vocab;

use clap::Parser;
use error::exit;

/// Parses the command line, runs the command, prints any error once, returns the exit code.
pub fn run() -> u8 {
    install_panic_hook();
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::SUCCESS
            };
            let _ = e.print();
            return code;
        }
    };
    text::init(cli.lang.as_deref());
    match commands::dispatch(cli) {
        Ok(()) => exit::SUCCESS,
        Err(e) if e.is_broken_pipe() => exit::SUCCESS,
        Err(e) => {
            eprintln!("kasus: {e}");
            e.exit_code()
        }
    }
}

/// A panic prints a short request to report it, without the panic's payload (which could hold
/// personal data from a value being processed), and exits with 101.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("kasus: {}{place}", text::PANIC);
    }));
}
