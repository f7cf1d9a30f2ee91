//! `kasus merge FILE`: another office's bundle brought into this register; `merge conflicts`
//! and `merge resolve` for the rows it put aside.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct MergeArgs {
    #[command(subcommand)]
    pub command: Option<MergeCommand>,
    /// The bundle file another office's `kasus bundle export` wrote (a file named like a
    /// subcommand: ./conflicts)
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<PathBuf>,
    /// Check and count everything (new, identical, conflicts per table), write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format: table (per table: new, identical, conflicts) or json (one object)
    #[arg(long, value_enum, default_value_t = super::WriteFormat::Table)]
    pub format: super::WriteFormat,
}

#[derive(Debug, Subcommand)]
pub enum MergeCommand {
    /// List the rows merges put aside (open ones; --all for settled ones too)
    #[command(
        after_help = "Examples:\n  kasus merge conflicts\n  kasus merge conflicts --all --format json"
    )]
    Conflicts {
        /// Settled conflicts too
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        emit: super::Emit,
    },
    /// Settle a conflict: keep our row, or write theirs over it (audited, with the reason)
    #[command(
        after_help = "Examples:\n  kasus merge resolve 3 --keep ours --reason 'data kami lebih baru'\n  kasus merge resolve 4 --keep theirs --reason 'kasus ditutup di kabupaten'"
    )]
    Resolve {
        /// The conflict's number (`kasus merge conflicts`)
        #[arg(value_parser = clap::value_parser!(i64).range(1..))]
        id: i64,
        /// Which version stays: ours (nothing changes but the conflict) or theirs (the bundle's)
        #[arg(long, value_enum)]
        keep: Keep,
        /// Why (kept with the conflict; asked at a terminal when missing)
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Keep {
    Ours,
    Theirs,
}
