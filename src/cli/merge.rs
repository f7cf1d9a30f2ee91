//! `kasus merge FILE`: another office's bundle brought into this register.

use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The bundle file another office's `kasus bundle export` wrote
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Check and count everything (new, identical, conflicts per table), write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format: table (per table: new, identical, conflicts) or json (one object)
    #[arg(long, value_enum, default_value_t = super::WriteFormat::Table)]
    pub format: super::WriteFormat,
}
