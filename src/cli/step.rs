//! The `step` command: walk a case through its SOP.

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  kasus step PPA/2026/0001                      (walk the case at a terminal)\n  kasus step start PPA/2026/0001 --at '2026-03-02 08:30' --by 'Rina Contoh'\n  kasus step finish PPA/2026/0001 --output 'Laporan kasus'\n  kasus step skip PPA/2026/0001 --reason 'tidak perlu bantuan instansi lain'\n  kasus step decide PPA/2026/0001 --return\n  kasus step pause PPA/2026/0001 --reason waiting-documents\n  kasus step resume PPA/2026/0001"
)]
pub struct StepArgs {
    #[command(subcommand)]
    pub action: Option<StepAction>,
    /// Case number or UUID (walks the case at a terminal)
    pub case: Option<String>,
    /// Walk as of this time [default: now], for entering at a terminal what was done earlier:
    /// every action of the walk is recorded at it. The same forms as every --at
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct StepCommon {
    /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
    pub case: String,
    /// The step number as in the document [default: the next step]
    // Bounded, so that a NIK or phone number typed here is refused without being repeated.
    #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(u32).range(..=999))]
    pub step: Option<u32>,
    /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Who does it [default: the staff assigned to the step's role]; may be someone outside the unit
    #[arg(long)]
    pub by: Option<String>,
    /// A note (free text)
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum StepAction {
    /// Start the next step (or --step N)
    #[command(
        after_help = "Example:\n  kasus step start PPA/2026/0001 --at '2026-03-02 08:30' --by 'Rina Contoh'"
    )]
    Start {
        #[command(flatten)]
        common: StepCommon,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Finish the running step, with its output
    #[command(after_help = "Example:\n  kasus step finish PPA/2026/0001 --output 'Laporan kasus'")]
    Finish {
        #[command(flatten)]
        common: StepCommon,
        /// The step's output (what the SOP says the step produces)
        #[arg(long)]
        output: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Skip a conditional step that is not needed, with the reason
    #[command(
        after_help = "Example:\n  kasus step skip PPA/2026/0001 --reason 'tidak perlu bantuan instansi lain'"
    )]
    Skip {
        #[command(flatten)]
        common: StepCommon,
        /// Why (free text)
        #[arg(long, required = true)]
        reason: String,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Finish a decision step: approve, or return the work to the step the SOP names
    #[command(
        after_help = "Examples:\n  kasus step decide PPA/2026/0001 --approve\n  kasus step decide PPA/2026/0001 --return"
    )]
    #[command(group(clap::ArgGroup::new("decision").required(true).args(["approve", "return_"])))]
    Decide {
        #[command(flatten)]
        common: StepCommon,
        /// Approve: the flow goes on to the next step
        #[arg(long)]
        approve: bool,
        /// Return the work to the step the SOP names
        #[arg(long = "return", id = "return_")]
        return_: bool,
        /// The step's output (what the SOP says the step produces)
        #[arg(long)]
        output: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Pause the running step's clock while it waits on the victim, another agency or documents
    #[command(
        after_help = "Reasons: waiting-victim, waiting-agency, waiting-documents, other.\nExample:\n  kasus step pause PPA/2026/0001 --reason waiting-agency \\\n    --note 'menunggu hasil visum'"
    )]
    Pause {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// waiting-victim, waiting-agency, waiting-documents, other
        #[arg(long, required = true)]
        reason: String,
        /// A note (free text)
        #[arg(long)]
        note: Option<String>,
        /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Resume a paused step's clock
    #[command(after_help = "Example:\n  kasus step resume PPA/2026/0001 --at '2026-03-04 09:00'")]
    Resume {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Correct a recorded attempt's start, finish, performer or output, with the reason; its time is judged again
    #[command(
        after_help = "The original and every correction stay visible (`kasus case show`,\n`kasus report case`).\nExamples:\n  kasus step correct PPA/2026/0001 --step 2 --finished-at '2026-03-02 09:40' \\\n    --reason 'jam selesai salah ketik'\n  kasus step correct PPA/2026/0001 --step 2 --attempt 1 --by 'Rina Contoh' \\\n    --reason 'pelaksana keliru'"
    )]
    Correct {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// The step number as in the document
        #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(u32).range(..=999))]
        step: u32,
        /// Which attempt of the step [default: its latest]
        #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(u32).range(1..=999))]
        attempt: Option<u32>,
        /// The corrected start, in the forms of --at
        #[arg(long, allow_hyphen_values = true)]
        started_at: Option<String>,
        /// The corrected finish, in the forms of --at (a finished attempt only)
        #[arg(long, allow_hyphen_values = true)]
        finished_at: Option<String>,
        /// The corrected performer (a staff member, or for a step with an outside role, anyone)
        #[arg(long)]
        by: Option<String>,
        /// The corrected output
        #[arg(long)]
        output: Option<String>,
        /// What was wrong (asked at a terminal when not given)
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Void the case's latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it
    #[command(
        after_help = "The record stays visible in `kasus case show` (marked void, with the\ncorrection).\nExamples:\n  kasus step void PPA/2026/0001 --step 6 --reason 'ternyata diperlukan'\n  kasus step void PPA/2026/0001 --step 4 --attempt 1 \\\n    --reason 'keputusan salah dicatat: seharusnya dikembalikan'"
    )]
    Void {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        /// The step number as in the document: the step of the case's latest record
        #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(u32).range(..=999))]
        step: u32,
        /// Which attempt of the step [default: its latest]
        #[arg(allow_negative_numbers = true, long, value_parser = clap::value_parser!(u32).range(1..=999))]
        attempt: Option<u32>,
        /// Why it was recorded by mistake (asked at a terminal when not given)
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        write: super::WriteOut,
    },
    /// Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin
    #[command(
        after_help = "Columns: case (or external_ref), step, started_at, finished_at, performer,\noutcome, output, reason, note.\nExamples:\n  kasus step import paper-register.csv\n  kasus step import paper-register.csv --delimiter semicolon --dry-run\n  kasus step import register.xlsx --sheet Langkah"
    )]
    Import {
        /// CSV file or Excel workbook (.xlsx) of step records; `-` reads standard input
        file: PathBuf,
        /// The CSV delimiter: comma, semicolon, tab or one character [default: found on the header line]
        #[arg(long, value_name = "DELIMITER")]
        delimiter: Option<String>,
        /// The sheet of an .xlsx file to read [default: the first visible one]
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Check every row as for real, record nothing
        #[arg(long)]
        dry_run: bool,
    },
}
