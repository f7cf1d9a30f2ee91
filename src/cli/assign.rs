//! The `assign` command: assign a case and a role to staff; show the history.

use super::Emit;
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
    /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
    #[arg(required = true)]
    pub case: Option<String>,
    /// The staff member
    #[arg(long, required = true)]
    pub to: Option<String>,
    /// The role in the case (a SOP role); a new holder of a role replaces the old one
    #[arg(long)]
    pub role: Option<String>,
    /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    #[command(flatten)]
    pub write: super::WriteOut,
}

#[derive(Debug, Subcommand)]
pub enum AssignAction {
    /// Who held the case, in which role, when
    #[command(after_help = "Example:\n  kasus assign history PPA/2026/0001")]
    History {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// Whose case, when offices issued the same number (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
        #[arg(long, value_name = "OFFICE")]
        office: Option<String>,
        #[command(flatten)]
        emit: Emit,
    },
    /// End an assignment without a successor
    #[command(after_help = "Example:\n  kasus assign end PPA/2026/0001 --staff 'Rina Contoh'")]
    End {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// The staff member whose assignment ends
        #[arg(long)]
        staff: String,
        /// Only the assignment in this role
        #[arg(long)]
        role: Option<String>,
        /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
}
