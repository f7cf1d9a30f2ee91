//! The `calendar` commands: show, export, import and check the office calendar, and recompute
//! finished attempts with it.

use crate::cli::{Emit, ShowFormat};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// The working hours of each day, resolved, and why (week, override, holiday, date)
    #[command(after_help = "Example:\n  kasus calendar show --from 2026-03-16 --to 2026-03-31")]
    Show {
        /// The first date (YYYY-MM-DD) [default: Monday of this week]
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// The last date, inclusive (YYYY-MM-DD) [default: two weeks from --from]
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        #[command(flatten)]
        emit: Emit,
    },
    /// Print the calendar in force as a calendar file (TOML), to edit and import
    #[command(after_help = "Example:\n  kasus calendar export --out kalender.toml")]
    Export {
        /// Write to this file (atomically) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check a calendar file and store it as the calendar in force (a new version)
    #[command(after_help = "Example:\n  kasus calendar import kalender.toml")]
    Import {
        /// The calendar file (TOML)
        file: PathBuf,
    },
    /// Check the calendar in force, and warn when this or next year has no official holidays
    #[command(after_help = "Example:\n  kasus calendar check --fail-if-any")]
    Check {
        /// Exit with code 10 when there is a warning
        #[arg(long)]
        fail_if_any: bool,
    },
    /// Measure the finished attempts of a period again with the calendar in force
    #[command(
        after_help = "Examples:\n  kasus calendar recompute --from 2026-03-01 --dry-run\n  \
kasus calendar recompute --from 2026-03-01 --to 2026-03-31"
    )]
    Recompute {
        /// The first date (YYYY-MM-DD, office time)
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The last date, inclusive (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// Compute and print what would change; write nothing
        #[arg(long)]
        dry_run: bool,
        /// Output format
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
}
