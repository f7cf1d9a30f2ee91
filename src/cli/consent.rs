//! The `consent` command: record consent given, a refusal, or a withdrawal.

use super::Emit;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:\n  kasus consent PPA/2026/0001 --given-by 'Siti Contoh' --relation self \\\n    --scope layanan,berbagi-informasi --method tertulis --form-ref IC-01\n  kasus consent withdraw PPA/2026/0001 --scope berbagi-informasi\n  kasus consent refuse PPA/2026/0001 --given-by 'Siti Contoh' \\\n    --relation self --scope layanan --method lisan"
)]
pub struct ConsentArgs {
    #[command(subcommand)]
    pub action: Option<ConsentAction>,
    #[command(flatten)]
    pub give: ConsentGive,
    #[command(flatten)]
    pub write: super::WriteOut,
}

#[derive(Debug, Args)]
pub struct ConsentGive {
    /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
    #[arg(required = true)]
    pub case: Option<String>,
    /// Who gave consent (the victim, or for a child a parent or guardian)
    #[arg(long)]
    pub given_by: Option<String>,
    /// self, parent or guardian
    #[arg(long)]
    pub relation: Option<String>,
    /// layanan, berbagi-informasi, dokumentasi (comma-separated)
    #[arg(long, value_delimiter = ',')]
    pub scope: Vec<String>,
    /// tertulis (written) or lisan (oral)
    #[arg(long)]
    pub method: Option<String>,
    /// The consent form's reference
    #[arg(long)]
    pub form_ref: Option<String>,
    /// Consent to share (berbagi-informasi) covers only these kinds of recipient: kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain, lainnya (comma-separated) [default: every kind]
    #[arg(long, value_delimiter = ',', value_name = "KINDS")]
    pub recipients: Vec<String>,
    /// The last day consent to share holds (YYYY-MM-DD, office date) [default: no end]
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ConsentAction {
    /// Record a withdrawal of consent for some scopes
    #[command(
        after_help = "Example:\n  kasus consent withdraw PPA/2026/0001 --scope berbagi-informasi"
    )]
    Withdraw {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// What is withdrawn: layanan, berbagi-informasi, dokumentasi (comma-separated)
        #[arg(long, value_delimiter = ',', required = true)]
        scope: Vec<String>,
        /// Who withdraws it (the victim, or for a child a parent or guardian)
        #[arg(long)]
        given_by: Option<String>,
        /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Record a refusal (the fields of a consent, asked at a terminal): the SOP's flow ends at the case's consent step
    #[command(
        after_help = "Example:\n  kasus consent refuse PPA/2026/0001 --given-by 'Siti Contoh' \\\n    --relation self --scope layanan --method lisan"
    )]
    Refuse {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// Who refused (the victim, or for a child a parent or guardian)
        #[arg(long)]
        given_by: Option<String>,
        /// self, parent or guardian
        #[arg(long)]
        relation: Option<String>,
        /// layanan, berbagi-informasi, dokumentasi (comma-separated)
        #[arg(long, value_delimiter = ',')]
        scope: Vec<String>,
        /// tertulis (written) or lisan (oral)
        #[arg(long)]
        method: Option<String>,
        /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it
    #[command(
        after_help = "The record's number is shown by `kasus case show` and `kasus consent list`.\nExample:\n  kasus consent void PPA/2026/0001 --record 2 \\\n    --reason 'penolakan dicatat pada kasus yang salah'"
    )]
    Void {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// The record's number as `case show` and `consent list` print it (or its UUID)
        #[arg(long)]
        record: String,
        /// Why it was recorded by mistake (asked at a terminal when not given)
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// List a case's consent events and what is in force
    #[command(after_help = "Example:\n  kasus consent list PPA/2026/0001 --format json")]
    List {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// Whose case, when offices issued the same number (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
        #[arg(long, value_name = "OFFICE")]
        office: Option<String>,
        #[command(flatten)]
        emit: Emit,
    },
}
