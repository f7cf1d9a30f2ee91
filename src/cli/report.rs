//! The `report` and `export` commands.

use crate::report::Basis;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub report: ReportCommand,
}

/// How a report prints (`--format`), and where (`--out`): as every data command prints, and
/// also as a workbook.
#[derive(Debug, Args, Clone)]
pub struct ReportEmit {
    /// Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Write to this file instead of standard output (atomically, mode 0600; never the register)
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    /// Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)
    #[arg(long, value_delimiter = ',', value_name = "KEYS")]
    pub columns: Vec<String>,
}

impl ReportEmit {
    /// The same as every data command's options, xlsx included.
    pub fn emit(&self) -> super::Emit {
        use crate::output::Format;
        super::Emit {
            format: match self.format {
                ReportFormat::Table => Format::Table,
                ReportFormat::Csv => Format::Csv,
                ReportFormat::Json => Format::Json,
                ReportFormat::Ndjson => Format::Ndjson,
                ReportFormat::Xlsx => Format::Xlsx,
            },
            out: self.out.clone(),
            columns: self.columns.clone(),
        }
    }
}

/// The formats of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    // One JSON object per line, no wrapper. (No doc comments on the values: the option's help
    // says them, in both languages.)
    Ndjson,
    // A workbook, one sheet: needs --out FILE.xlsx.
    Xlsx,
}

/// The period and filters every report takes.
#[derive(Debug, Args, Clone)]
pub struct ReportFilter {
    #[command(flatten)]
    pub emit: ReportEmit,
    /// From this date or time (office time), inclusive
    #[arg(long, conflicts_with = "period")]
    pub from: Option<String>,
    /// Up to this date (inclusive, the whole day) or time (exclusive)
    #[arg(long, conflicts_with = "period")]
    pub to: Option<String>,
    /// A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)
    #[arg(long)]
    pub period: Option<String>,
    /// Only cases following this SOP
    #[arg(long)]
    pub sop: Option<String>,
    /// Only this office's rows (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
    #[arg(long, value_name = "OFFICE")]
    pub office: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// A case's timeline: one row per step attempt, against its standard
    #[command(after_help = "Example:\n  kasus report case PPA/2026/0001 --format csv")]
    Case {
        /// Case number or UUID (or only its sequence, e.g. 12, for this year's case)
        case: String,
        #[command(flatten)]
        filter: ReportFilter,
    },
    /// Compliance with standard times, per SOP and step: count, median, p90, max, share on time
    #[command(after_help = "Example:\n  kasus report compliance --period 2026-Q3 --by staff")]
    Compliance {
        #[command(flatten)]
        filter: ReportFilter,
        /// staff: split per performer; office: the figures of each office, then the whole register's (office "total")
        #[arg(long, value_enum)]
        by: Option<ComplianceBy>,
        /// Which time to judge: working (effective working time on each step's clock) or wall
        #[arg(long, value_enum, default_value_t = Basis::Working)]
        basis: Basis,
    },
    /// Running steps past their standard, and open cases idle for --idle days
    #[command(
        after_help = "Example (cron, hourly):\n  kasus report overdue --fail-if-any --format csv"
    )]
    Overdue {
        #[command(flatten)]
        filter: ReportFilter,
        /// office: the figures of each office, then the whole register's (office "total")
        #[arg(long, value_enum)]
        by: Option<GroupBy>,
        /// Judge at this time instead of now
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        /// Open cases with no step activity for this many days
        #[arg(allow_negative_numbers = true, long, default_value_t = 7)]
        idle: u32,
        /// Exit with code 10 when anything is overdue or idle
        #[arg(long)]
        fail_if_any: bool,
        /// Which time to judge: working (effective working time on each step's clock) or wall
        #[arg(long, value_enum, default_value_t = Basis::Working)]
        basis: Basis,
    },
    /// Running steps by working time left before their standard: ok, warning, over or paused
    #[command(
        after_help = "Examples:\n  kasus report due --within 1h\n  kasus report due --fail-if-any --format csv"
    )]
    Due {
        #[command(flatten)]
        filter: ReportFilter,
        /// office: the figures of each office, then the whole register's (office "total")
        #[arg(long, value_enum)]
        by: Option<GroupBy>,
        /// Only steps with at most this much working time left (30m, 2 jam)
        #[arg(long, value_name = "DURATION")]
        within: Option<String>,
        /// Exit with code 10 when a step is warning or over (not while its office is closed)
        #[arg(long)]
        fail_if_any: bool,
        /// Judge at this time instead of now
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
    },
    /// Per staff: open cases, running steps, overdue steps
    #[command(after_help = "Example:\n  kasus report workload")]
    Workload {
        #[command(flatten)]
        filter: ReportFilter,
        /// office: the figures of each office, then the whole register's (office "total")
        #[arg(long, value_enum)]
        by: Option<GroupBy>,
    },
    /// Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number
    #[command(after_help = "Example:\n  kasus report referrals --period last-month --format json")]
    Referrals {
        #[command(flatten)]
        filter: ReportFilter,
        /// office: the figures of each office, then the whole register's (office "total")
        #[arg(long, value_enum)]
        by: Option<GroupBy>,
        /// Judge at this time instead of now
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
    },
    /// Cases registered and closed in the period, counted the way Simfoni PPA asks
    #[command(after_help = "Example:\n  kasus report summary --period last-month --format json")]
    Summary {
        #[command(flatten)]
        filter: ReportFilter,
        /// office: the figures of each office, then the whole register's (office "total")
        #[arg(long, value_enum)]
        by: Option<GroupBy>,
    },
    /// One page for the head of the unit: a month's figures, tables and charts as a self-contained HTML file (A4); or the month's summary and compliance as a workbook (--out FILE.xlsx)
    #[command(
        after_help = "Examples:\n  kasus report monthly --period 2026-11 --out laporan-2026-11.html\n  kasus report monthly --period last-month --deidentified > laporan.html\n  kasus report monthly --period 2026-11 --out angka-2026-11.xlsx"
    )]
    Monthly {
        /// The month: 2026-11, this-month, last-month (or bulan-ini, bulan-lalu)
        #[arg(long, value_name = "MONTH")]
        period: String,
        /// html (the page) or xlsx (the figures as a workbook); without it, --out's extension says which. Given, --out's extension must agree
        #[arg(long, value_enum)]
        format: Option<MonthlyFormat>,
        /// Write the page to this file, named .html or .htm (atomically, mode 0600; never the register); without it, or with -, the page goes to standard output, which must not be a terminal. Named .xlsx: a workbook with a summary sheet and a compliance sheet, as report summary and report compliance give them for the month
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
        /// Only cases following this SOP
        #[arg(long)]
        sop: Option<String>,
        /// Leave out the case numbers of late steps too (the page never holds names, NIK, phone numbers or addresses)
        #[arg(long, alias = "deidentify")]
        deidentified: bool,
        /// Only this office's rows (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
        #[arg(long, value_name = "OFFICE")]
        office: Option<String>,
    },
}

/// The formats of `report monthly`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MonthlyFormat {
    // The page, self-contained HTML.
    Html,
    // The month's summary and compliance as a workbook: needs --out FILE.xlsx.
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComplianceBy {
    Staff,
    Office,
}

/// `--by` of the reports other than compliance: per office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    Office,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  kasus export cases --format csv --out cases.csv\n  \
kasus export steps --since 2026-11-01 --format ndjson\n  kasus export persons --deidentify --out persons.csv\n  \
kasus export simfoni --period last-month --out simfoni.csv\n  \
kasus export persons --format xlsx --out persons.xlsx"
)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_enum)]
    pub table: ExportTable,
    /// Output format: csv, json, ndjson (one JSON object per line) or xlsx (a workbook, one sheet; needs --out FILE.xlsx)
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write to this file (atomically: a temporary file renamed into place when complete; mode 0600; never the register)
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    /// Only rows changed after this time (for incremental nightly exports)
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// No names, NIK, phone numbers, addresses or chronology; keyed pseudonyms for identifiers
    #[arg(long, alias = "deidentified")]
    pub deidentify: bool,
    /// For simfoni: cases reported in this period (2026-11, 2026-Q3, last-month, ...)
    #[arg(long)]
    pub period: Option<String>,
    /// Only these columns, in this order, in every format (the CSV's keys; simfoni's too, in the workbook under their labels): --columns case_number,status
    #[arg(long, value_delimiter = ',', value_name = "KEYS")]
    pub columns: Vec<String>,
    /// Only this office's rows (a merged register): own, the office's case-number prefix, its UUID or the UUID's start
    #[arg(long, value_name = "OFFICE")]
    pub office: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportTable {
    Cases,
    Persons,
    Steps,
    Consents,
    Assignments,
    Services,
    Referrals,
    Audit,
    Simfoni,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Ndjson,
    // A workbook, one sheet (simfoni: and a sheet of the codes used): needs --out FILE.xlsx.
    // (No doc comment: the option's help says it, in both languages.)
    Xlsx,
}
