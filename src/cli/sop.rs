//! The `sop` commands: list, show, validate and import SOP files.

use super::Emit;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum SopCommand {
    /// List the SOPs in the register: code, name, office, steps, total
    #[command(after_help = "Example:\n  kasus sop list --format csv")]
    List {
        #[command(flatten)]
        emit: Emit,
    },
    /// Show a whole SOP with its steps
    #[command(after_help = "Example:\n  kasus sop show batam-34-2020 --format json")]
    Show {
        /// The SOP's code (see `kasus sop list`)
        code: String,
        /// A stored version [default: the latest]
        // Bounded, so that a NIK or phone number typed here is refused without being repeated.
        #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(i64).range(1..=99_999))]
        version: Option<i64>,
        #[command(flatten)]
        emit: Emit,
    },
    /// Check SOP files and print every problem with its place; exit 0 only when clean
    #[command(after_help = "Example:\n  kasus sop validate sops/batam-34-2020.toml")]
    Validate {
        /// SOP files (TOML) to check
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Show what an edited SOP file (or another stored version) changes, step by step
    #[command(
        after_help = "Examples:\n  kasus sop diff batam-34-2020 my-batam.toml\n  kasus sop diff batam-34-2020 --from 1 --to 2"
    )]
    Diff {
        /// The SOP's code (see `kasus sop list`)
        code: String,
        /// An edited SOP file (TOML) to compare with the stored version
        file: Option<PathBuf>,
        /// The stored version to compare from [default: the latest]
        #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(i64).range(1..=99_999))]
        from: Option<i64>,
        /// A stored version to compare with, instead of a file
        #[arg(allow_negative_numbers = true, long, conflicts_with = "file", value_parser = clap::value_parser!(i64).range(1..=99_999))]
        to: Option<i64>,
    },
    /// Add an office's own SOP file to the register (a changed file makes a new version)
    #[command(after_help = "Example:\n  kasus sop import my-office-sop.toml")]
    Import {
        /// SOP file (TOML)
        file: PathBuf,
    },
}
