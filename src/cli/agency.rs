//! The `agency` commands: the directory of partner agencies.

use super::Emit;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AgencyCommand {
    /// Add a partner agency to the directory; at a terminal, what is not given is asked
    #[command(
        after_help = "Example:\n  kasus agency add 'RSUD Contoh' --kind kesehatan --region 'Kota Contoh' \\\n    --contact 'IGD, 0778-000000'"
    )]
    Add {
        /// The agency's name, as letters and lists show it
        name: Option<String>,
        /// kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain or lainnya
        #[arg(long)]
        kind: Option<String>,
        /// Its region (kota/kabupaten, provinsi)
        #[arg(long)]
        region: Option<String>,
        /// How to reach it (office, telephone): the agency's, never a victim's
        #[arg(long)]
        contact: Option<String>,
    },
    /// List the agencies
    #[command(after_help = "Example:\n  kasus agency list --kind kesehatan --format csv")]
    List {
        /// Include deactivated agencies
        #[arg(long)]
        all: bool,
        /// Only this kind
        #[arg(long)]
        kind: Option<String>,
        #[command(flatten)]
        emit: Emit,
    },
    /// Change an agency's name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which
    #[command(
        after_help = "Example:\n  kasus agency edit 'RSUD Contoh' --contact 'IGD, 0778-111111'"
    )]
    Edit {
        /// The agency (name or UUID)
        agency: String,
        /// Its new name
        #[arg(long)]
        name: Option<String>,
        /// Its new kind
        #[arg(long)]
        kind: Option<String>,
        /// Its new region
        #[arg(long)]
        region: Option<String>,
        /// Its new contact
        #[arg(long)]
        contact: Option<String>,
    },
    /// Deactivate an agency (its referrals stay); no new referral can go to it
    #[command(after_help = "Example:\n  kasus agency deactivate 'RSUD Contoh'")]
    Deactivate {
        /// The agency (name or UUID)
        agency: String,
    },
}
