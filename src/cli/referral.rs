//! The `referral` commands: referrals (rujukan) and handovers (pelimpahan) to partner agencies.

use super::Emit;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ReferralCommand {
    /// Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked
    #[command(
        after_help = "Examples:\n  kasus referral create PPA/2026/0001 --to 'RSUD Contoh' --service kesehatan \\\n    --share identity,assessment\n  kasus referral create PPA/2026/0001 --to 'Polres Contoh' \\\n    --service penegakan-hukum --handover --share identity,chronology"
    )]
    Create(Box<CreateArgs>),
    /// The agency accepted the referral (a handover closes the case here)
    #[command(after_help = "Example:\n  kasus referral accept 1 --at '2026-03-02 14:00'")]
    Accept {
        #[command(flatten)]
        on: On,
    },
    /// The agency rejected the referral
    #[command(
        after_help = "Example:\n  kasus referral reject 1 --reason 'di luar wilayah layanan'"
    )]
    Reject {
        #[command(flatten)]
        on: On,
        /// Why the agency rejected it (asked at a terminal when not given)
        #[arg(long)]
        reason: Option<String>,
    },
    /// The agency finished its service: recorded as a service given by the agency
    #[command(after_help = "Example:\n  kasus referral done 1 --result 'visum selesai'")]
    Done {
        #[command(flatten)]
        on: On,
        /// What the agency did (the result; asked at a terminal when not given)
        #[arg(long)]
        result: Option<String>,
    },
    /// Cancel an open referral
    #[command(
        after_help = "Example:\n  kasus referral cancel 1 --reason 'korban memilih layanan lain'"
    )]
    Cancel {
        #[command(flatten)]
        on: On,
        /// Why it is cancelled (asked at a terminal when not given)
        #[arg(long)]
        reason: Option<String>,
    },
    /// List referrals, with their response and completion times and whether they are late
    #[command(
        after_help = "Examples:\n  kasus referral list --late\n  kasus referral list --status sent --agency 'RSUD Contoh' --format csv"
    )]
    List {
        /// Only referrals with this status: sent, accepted, rejected, done, cancelled
        #[arg(long)]
        status: Option<String>,
        /// Only the late ones (response or completion over the standard)
        #[arg(long)]
        late: bool,
        /// Only referrals to this agency
        #[arg(long)]
        agency: Option<String>,
        /// Only referrals of this case
        #[arg(long)]
        case: Option<String>,
        /// Only referrals sent in this period: 2026-11, 2026, 2026-Q3, this-month, last-month, ... (as reports take it)
        #[arg(long)]
        period: Option<String>,
        /// Only the referrals received (intakes through channel rujukan) instead of those sent
        #[arg(long)]
        received: bool,
        #[command(flatten)]
        emit: Emit,
    },
    /// The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared
    #[command(
        after_help = "Examples:\n  kasus referral letter 1\n  kasus referral letter 1 --out rujukan-1.html"
    )]
    Letter {
        /// The referral's ID (as `referral list` shows it) or UUID
        id: String,
        /// Write it to this file: HTML when it ends in .html or .htm, else text (atomically, mode 0600)
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Show a referral: its times, consent, and only the data it shares
    #[command(after_help = "Example:\n  kasus referral show 1")]
    Show {
        /// The referral's ID (as `referral list` shows it) or UUID
        id: String,
        #[command(flatten)]
        emit: Emit,
    },
}

/// Which referral a transition is about, and when.
#[derive(Debug, Args)]
pub struct On {
    /// The referral's ID (as `referral list` shows it) or UUID
    pub id: String,
    /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
    pub case: String,
    /// The agency (name or UUID; see `kasus agency list`); at a terminal, chosen from a list when not given
    #[arg(long)]
    pub to: Option<String>,
    /// The service asked for (Simfoni's layanan): kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, ...
    #[arg(long)]
    pub service: Option<String>,
    /// A handover (pelimpahan): the case is closed here when the agency accepts it
    #[arg(long)]
    pub handover: bool,
    /// What is shared: identity, contact, chronology, assessment, violence (comma-separated) [default: nothing]
    #[arg(long, value_delimiter = ',')]
    pub share: Vec<String>,
    /// The completion standard for this referral (e.g. 3 hari, 4 jam) [default: setting referral-completion]
    #[arg(long)]
    pub due: Option<String>,
    /// Send without consent to share in force (a staff member named in the setting referral-override only); needs --reason
    #[arg(long)]
    pub override_consent: bool,
    /// Why consent is overridden (with --override-consent)
    #[arg(long)]
    pub reason: Option<String>,
    /// When it was sent [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}
