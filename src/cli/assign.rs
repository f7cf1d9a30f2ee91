//! The `assign` command: assign a case and a role to staff; show the history.

use crate::output::Format;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:\n  kasus assign PPA/2026/0001 --to 'Rina Contoh' --role 'Petugas Layanan PPA'\n  kasus assign history PPA/2026/0001"
)]
pub struct AssignArgs {
    #[command(subcommand)]
    pub action: Option<AssignAction>,
    /// Case number or UUID
    #[arg(required = true)]
    pub case: Option<String>,
    /// The staff member
    #[arg(long, required = true)]
    pub to: Option<String>,
    /// The role in the case (a SOP role); a new holder of a role replaces the old one
    #[arg(long)]
    pub role: Option<String>,
    /// When [default: now]
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AssignAction {
    /// Who held the case, in which role, when
    #[command(after_help = "Example:\n  kasus assign history PPA/2026/0001")]
    History {
        case: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// End an assignment without a successor
    #[command(after_help = "Example:\n  kasus assign end PPA/2026/0001 --staff 'Rina Contoh'")]
    End {
        case: String,
        #[arg(long)]
        staff: String,
        #[arg(long)]
        role: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
    },
}
