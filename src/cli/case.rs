//! The `case` commands: list, show, edit, close, reopen, and services given.

use super::ShowFormat;
use crate::output::Format;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// List cases
    #[command(after_help = "Example:\n  kasus case list --status open --format csv")]
    List {
        #[arg(long, value_enum)]
        status: Option<CaseStatus>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show a case with its people, consents, assignments and steps
    #[command(after_help = "Example:\n  kasus case show PPA/2026/0001 --format json")]
    Show {
        case: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Change a case's fields (audited)
    #[command(
        after_help = "Example:\n  kasus case edit PPA/2026/0001 --risk tinggi --victim-nik 3171234567890123"
    )]
    Edit(Box<CaseEditArgs>),
    /// Close a case
    #[command(after_help = "Example:\n  kasus case close PPA/2026/0001 --reason selesai")]
    Close {
        case: String,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
    },
    /// Reopen a closed case
    #[command(after_help = "Example:\n  kasus case reopen PPA/2026/0001 --reason 'laporan baru'")]
    Reopen {
        case: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Record a service given to the case (Simfoni's list)
    #[command(
        after_help = "Example:\n  kasus case service PPA/2026/0001 --type kesehatan --provider 'RSUD Contoh'"
    )]
    Service {
        case: String,
        /// pengaduan, kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial,
        /// reintegrasi-sosial, pemulangan, pendampingan-tokoh-agama
        #[arg(long = "type")]
        kind: String,
        #[arg(long)]
        provider: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CaseStatus {
    Open,
    Closed,
}

#[derive(Debug, Args)]
pub struct CaseEditArgs {
    pub case: String,
    #[arg(long)]
    pub channel: Option<String>,
    #[arg(long)]
    pub place: Option<String>,
    #[arg(long)]
    pub incident_date: Option<String>,
    #[arg(long)]
    pub chronology: Option<String>,
    #[arg(long)]
    pub urgency: Option<String>,
    #[arg(long)]
    pub risk: Option<String>,
    #[arg(long)]
    pub victim_name: Option<String>,
    #[arg(long)]
    pub victim_nik: Option<String>,
    #[arg(long)]
    pub victim_phone: Option<String>,
    #[arg(long)]
    pub victim_address: Option<String>,
    #[arg(long)]
    pub victim_kecamatan: Option<String>,
    #[arg(long)]
    pub victim_kelurahan: Option<String>,
    #[arg(long)]
    pub victim_disability: Option<String>,
}
