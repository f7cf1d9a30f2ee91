//! The `case` commands: list, show, edit, close, reopen, and services given.

use super::Emit;
use clap::{Args, Subcommand, ValueEnum};

/// The `case` subcommands, written once for two types: `CaseCommand`, the whole tree (help,
/// completions, man pages, the Indonesian walk, and the values handlers get), and
/// `LazyCaseCommand`, the same subcommands each built only when it is the one parsed
/// (`#[command(defer)]`), for `cli::parsing_command`: building every subcommand's arguments
/// cost more than `kasus case show`'s queries. Only its command is used, never its values.
macro_rules! case_command {
    ($(#[$attr:meta])* $name:ident) => {
        #[derive(Debug, Subcommand)]
        $(#[$attr])*
        pub enum $name {
            /// List cases
            #[command(after_help = "Example:\n  kasus case list --status open --format csv")]
            #[command(
                after_help = "Examples:\n  kasus case list --search 'siti contoh'\n  kasus case list --search '3174 0999 8887 7766' --status open\n  kasus case list --assignee 'Rina Contoh' --period bulan-ini --child"
            )]
            List {
                #[command(flatten)]
                filter: Box<CaseListFilter>,
                #[command(flatten)]
                emit: Emit,
            },
            /// Every case a name, NIK, phone or case number finds, newest first, with the field it
            /// matched and how
            #[command(
                after_help = "Examples:\n  kasus case find 'soetini contoh'\n  kasus case find '3174 0999 8887 7766' --format json"
            )]
            Find {
                /// A name (any letter case, spacing, accents, old spelling), an NIK or phone number (its
                /// digits), or a case number
                text: String,
                #[command(flatten)]
                emit: Emit,
            },
            /// Show a case with its people, consents, assignments and steps
            #[command(after_help = "Example:\n  kasus case show PPA/2026/0001 --format json")]
            Show {
                /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
                case: String,
                /// Whose case, when offices issued the same number (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
                #[arg(long, value_name = "OFFICE")]
                office: Option<String>,
                #[command(flatten)]
                emit: Emit,
            },
            /// Correct a case's fields, with the reason (audited; the original values are kept)
            #[command(
                after_help = "Examples:\n  kasus case edit PPA/2026/0001 --risk tinggi --reason 'salah ketik'\n  kasus case edit PPA/2026/0001 --perpetrator 2 \\\n    --perpetrator-relation tetangga --reason 'keterangan baru'\n  kasus case edit PPA/2026/0001 --add-perpetrator --perpetrator-sex L \\\n    --reason 'pelaku kedua'"
            )]
            Edit(Box<CaseEditArgs>),
            /// Close a case
            #[command(after_help = "Example:\n  kasus case close PPA/2026/0001 --reason selesai")]
            Close {
                /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
                case: String,
                /// Why the case is closed (asked at a terminal when missing)
                #[arg(long)]
                reason: Option<String>,
                /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
                #[arg(long, allow_hyphen_values = true)]
                at: Option<String>,
                #[command(flatten)]
                write: super::WriteOut,
            },
            /// Reopen a closed case
            #[command(after_help = "Example:\n  kasus case reopen PPA/2026/0001 --reason 'laporan baru'")]
            Reopen {
                /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
                case: String,
                /// Why the case is reopened
                #[arg(long)]
                reason: Option<String>,
                #[command(flatten)]
                write: super::WriteOut,
            },
            /// Record a service given to the case (Simfoni's list)
            #[command(
                after_help = "Example:\n  kasus case service PPA/2026/0001 --type kesehatan --provider 'RSUD Contoh'"
            )]
            Service {
                /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
                case: String,
                /// pengaduan, kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial,
                /// reintegrasi-sosial, pemulangan, pendampingan-tokoh-agama
                #[arg(long = "type")]
                kind: String,
                /// Who gave the service (an office or agency)
                #[arg(long)]
                provider: Option<String>,
                /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
                #[arg(long, allow_hyphen_values = true)]
                at: Option<String>,
                /// A note (free text)
                #[arg(long)]
                note: Option<String>,
                #[command(flatten)]
                write: super::WriteOut,
            },
        }
    };
}

case_command!(CaseCommand);
case_command!(
    #[command(defer = true)]
    LazyCaseCommand
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CaseStatus {
    Open,
    Closed,
}

/// Which cases `case list` shows.
#[derive(Debug, Args, Clone)]
pub struct CaseListFilter {
    /// Only cases with this status: open or closed
    #[arg(long, value_enum)]
    pub status: Option<CaseStatus>,
    /// A case number, or a victim's, complainant's or perpetrator's name (any letter case,
    /// accents, spacing, old spelling), NIK or phone (its digits)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only cases following this SOP
    #[arg(long)]
    pub sop: Option<String>,
    /// Only cases this staff member holds now
    #[arg(long, value_name = "STAFF")]
    pub assignee: Option<String>,
    /// Reported in this period: 2026-11, 2026-Q3, bulan-ini, last-month, ...
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    /// Reported from this date or time (office time), inclusive
    #[arg(long)]
    pub from: Option<String>,
    /// Reported up to this date (inclusive) or time (exclusive)
    #[arg(long)]
    pub to: Option<String>,
    /// Only cases whose victim is a child
    #[arg(long)]
    pub child: bool,
    /// Only cases of this urgency: darurat or biasa
    #[arg(long)]
    pub urgency: Option<String>,
    /// Only cases of this risk: tinggi, sedang or rendah
    #[arg(long)]
    pub risk: Option<String>,
    /// Only cases with a running step past its standard (working time, as `report due`)
    #[arg(long)]
    pub overdue: bool,
    /// Only open cases with no step activity for this many days or more
    // Bounded, so that a NIK or phone number typed here is refused without being repeated.
    #[arg(allow_negative_numbers = true, long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(..=36_500))]
    pub idle: Option<u32>,
    /// Only cases at this step: running, or the next to start
    #[arg(allow_negative_numbers = true, long, value_name = "N", value_parser = clap::value_parser!(u32).range(..=999))]
    pub step: Option<u32>,
    /// Only this office's cases (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
    #[arg(long, value_name = "OFFICE")]
    pub office: Option<String>,
}

#[derive(Debug, Args)]
pub struct CaseEditArgs {
    /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
    pub case: String,
    /// Corrected channel (as intake --channel)
    #[arg(long)]
    pub channel: Option<String>,
    /// Corrected place (as intake --place)
    #[arg(long)]
    pub place: Option<String>,
    /// Corrected report time (as intake --reported-at, in the same year: the case number holds it)
    #[arg(long, allow_hyphen_values = true)]
    pub reported_at: Option<String>,
    /// Corrected incident date (YYYY-MM-DD or DD-MM-YYYY)
    #[arg(long)]
    pub incident_date: Option<String>,
    /// Corrected chronology (free text)
    #[arg(long)]
    pub chronology: Option<String>,
    /// Corrected urgency: darurat or biasa
    #[arg(long)]
    pub urgency: Option<String>,
    /// Corrected risk: tinggi, sedang or rendah
    #[arg(long)]
    pub risk: Option<String>,
    /// Corrected victim's name
    #[arg(long)]
    pub victim_name: Option<String>,
    /// Corrected victim's NIK (exactly 16 digits)
    #[arg(long)]
    pub victim_nik: Option<String>,
    /// Corrected victim's phone number
    #[arg(long)]
    pub victim_phone: Option<String>,
    /// Corrected victim's address
    #[arg(long)]
    pub victim_address: Option<String>,
    /// Corrected kecamatan of the victim's address
    #[arg(long)]
    pub victim_kecamatan: Option<String>,
    /// Corrected kelurahan or desa of the victim's address
    #[arg(long)]
    pub victim_kelurahan: Option<String>,
    /// Corrected disability (free text)
    #[arg(long)]
    pub victim_disability: Option<String>,
    /// Corrected victim's sex: L (laki-laki) or P (perempuan)
    #[arg(long)]
    pub victim_sex: Option<String>,
    /// Corrected victim's birth date (YYYY-MM-DD); the age and whether the victim is a child
    /// follow from it; empty clears it
    #[arg(long)]
    pub victim_birth_date: Option<String>,
    /// Corrected victim's age in years at the report, when the birth date is not known
    #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(u32).range(..=130))]
    pub victim_age: Option<u32>,
    /// Corrected violence types, replacing the recorded ones: fisik, psikis, seksual, ...
    /// (comma-separated)
    #[arg(long, value_delimiter = ',')]
    pub violence: Vec<String>,
    /// Corrected complainant's name (adds the complainant when the case has none); empty clears
    #[arg(long)]
    pub complainant_name: Option<String>,
    /// Corrected complainant's phone number; empty clears
    #[arg(long)]
    pub complainant_phone: Option<String>,
    /// Corrected complainant's relation to the victim (free text); empty clears
    #[arg(long)]
    pub complainant_relation: Option<String>,
    /// Remove the complainant: the victim reported (self-report)
    #[arg(long, conflicts_with_all = ["complainant_name", "complainant_phone", "complainant_relation"])]
    pub remove_complainant: bool,
    /// The perpetrator to correct, by number (1, 2, ... as `case show` lists them), with
    /// --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation
    #[arg(allow_negative_numbers = true, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=999))]
    pub perpetrator: Option<u32>,
    /// Add a perpetrator, given by --perpetrator-name, --perpetrator-sex, --perpetrator-age,
    /// --perpetrator-relation
    #[arg(long, conflicts_with = "perpetrator")]
    pub add_perpetrator: bool,
    /// The perpetrator's name (with --perpetrator N or --add-perpetrator); empty clears
    #[arg(long)]
    pub perpetrator_name: Option<String>,
    /// The perpetrator's sex: L or P; empty clears
    #[arg(long)]
    pub perpetrator_sex: Option<String>,
    /// The perpetrator's age in years (0 to 130); empty clears
    #[arg(long, value_name = "YEARS")]
    pub perpetrator_age: Option<String>,
    /// The perpetrator's relation to the victim: orang-tua, keluarga, suami-istri, pacar-teman,
    /// tetangga, guru, majikan, rekan-kerja, lainnya; empty clears
    #[arg(long)]
    pub perpetrator_relation: Option<String>,
    /// Remove perpetrator N (as `case show` numbers them; repeatable)
    #[arg(allow_negative_numbers = true, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=999))]
    pub remove_perpetrator: Vec<u32>,
    /// Why the case is corrected (required; asked at a terminal when missing)
    #[arg(long)]
    pub reason: Option<String>,
    #[command(flatten)]
    pub write: super::WriteOut,
}
