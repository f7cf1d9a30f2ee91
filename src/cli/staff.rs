//! The `staff` commands: add, list and deactivate staff.

use super::Emit;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a staff member with one or more roles (the SOPs' pelaksana names)
    #[command(
        after_help = "Example:\n  kasus staff add 'Rina Contoh' --role 'Petugas Layanan PPA' --role Konselor"
    )]
    Add {
        /// Full name, as the register records performers
        name: String,
        /// A role: a performer named in a SOP, such as "Staff Penerima" (repeat for several)
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
    },
    /// List staff
    #[command(after_help = "Example:\n  kasus staff list --all --format csv")]
    List {
        /// Include deactivated staff
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        emit: Emit,
    },
    /// Deactivate a staff member (their history stays)
    #[command(after_help = "Example:\n  kasus staff deactivate 'Rina Contoh'")]
    Deactivate {
        /// The staff member (see `kasus staff list`)
        name: String,
    },
}
