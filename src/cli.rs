//! The command line, as clap definitions. Handlers get these parsed values; `commands/` turns
//! them into checked inputs before any work starts.

use crate::output::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "kasus",
    version,
    about = "Case register for women and child protection units (UPTD PPA)",
    long_about = "kasus keeps a UPTD PPA's case register in one local SQLite file: intake, informed \
consent, assignment, and each case walked through its written SOP, timed against the SOP's \
standard times; reports and exports for the head of the unit, cron and Simfoni PPA.",
    after_help = "Examples:\n  kasus sop list\n  kasus intake --sop batam-34-2020 --channel datang-langsung --victim-name 'Siti Contoh' --victim-sex P --victim-age 30 --violence fisik\n  kasus step PPA/2026/0001",
    after_long_help = "Examples:\n  kasus sop list\n  kasus intake --sop batam-34-2020 --channel datang-langsung --victim-name 'Siti Contoh' --victim-sex P --victim-age 30 --violence fisik\n  kasus step PPA/2026/0001\n\n\
Exit status:\n  0    success\n  1    runtime error (I/O, the database, a file that cannot be written)\n  2    usage error (a wrong flag; a missing required value without a terminal)\n  \
3    invalid data (a bad value, a time out of range, a control character, a value over its limit; an unknown case, SOP, staff or step; a SOP file with problems)\n  \
4    refused: the register's state does not allow it now (out of order, consent missing, duplicate, closed case); an output path that is the register\n  \
5    the register file cannot be used (not a kasus register, not SQLite, from a newer kasus)\n  \
6    not available in this build (`rekey` without encryption)\n  10   alert condition for cron\n  101  a bug (kasus panicked): please report it\n\n\
Environment:\n  KASUS_DB     the register file (--db wins)\n  KASUS_ACTOR  who runs the command, for the audit trail\n  \
KASUS_LANG   id or en\n  KASUS_NOW    a fixed \"now\" (RFC 3339), for tests and rehearsals\n  NO_COLOR     no colour"
)]
pub struct Cli {
    /// The register file [default: the platform's data folder, kasus/register.db]
    #[arg(long, global = true, env = "KASUS_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Who runs the command, for the audit trail [default: the OS user name]
    #[arg(long, global = true, env = "KASUS_ACTOR", value_name = "NAME")]
    pub actor: Option<String>,

    /// Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Never prompt, even at a terminal
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Without a command: at a terminal, the open cases that need attention (`kasus` status)
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register a case (prompts at a terminal; every field is also a flag)
    Intake(Box<IntakeArgs>),
    /// Record informed consent (persetujuan layanan), a refusal, or a withdrawal
    Consent(ConsentArgs),
    /// Assign a case (and a role in it) to staff; show who held it when
    Assign(AssignArgs),
    /// Walk a case through its SOP: start, finish, skip and decide steps
    Step(StepArgs),
    /// Reports: case timelines, compliance with standard times, overdue steps, workload
    #[command(
        after_help = "Examples:\n  kasus report case PPA/2026/0001\n  kasus report overdue --fail-if-any"
    )]
    Report(ReportArgs),
    /// Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA
    Export(ExportArgs),
    /// The SOP catalogue: list, show, validate and import SOP files
    #[command(after_help = "Examples:\n  kasus sop list\n  kasus sop show batam-34-2020")]
    #[command(subcommand)]
    Sop(SopCommand),
    /// Staff and their roles
    #[command(
        after_help = "Examples:\n  kasus staff add 'Rina Contoh' --role 'Staff Penerima'\n  kasus staff list"
    )]
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Cases: list, show, edit, close, reopen, and services given
    #[command(
        after_help = "Examples:\n  kasus case list --status open\n  kasus case show PPA/2026/0001"
    )]
    #[command(subcommand)]
    Case(CaseCommand),
    /// The audit trail: verify the hash chain, print its head
    #[command(after_help = "Examples:\n  kasus audit verify\n  kasus audit head")]
    #[command(subcommand)]
    Audit(AuditCommand),
    /// The register's settings (office prefix, time zone)
    #[command(after_help = "Examples:\n  kasus config get\n  kasus config set timezone WITA")]
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Write a consistent copy of the register (safe while others write), mode 0600
    #[command(after_help = "Example:\n  kasus backup /media/usb/register-$(date +%F).db")]
    Backup {
        /// The backup file (refused if it exists, unless --force)
        file: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Change the encryption key of an encrypted register (builds with SQLCipher only)
    #[command(
        after_help = "The current key comes from KASUS_KEY, the new one from KASUS_NEW_KEY; at a terminal,\nkasus asks for what is not set. Keys are never given as flags.\n\nExample:\n  kasus rekey"
    )]
    Rekey,
    /// Check the register: SQLite's integrity check, foreign keys, the audit chain
    #[command(after_help = "Example:\n  kasus check")]
    Check,
}

// ---------------------------------------------------------------- sop

#[derive(Debug, Subcommand)]
pub enum SopCommand {
    /// List the SOPs in the register: code, name, office, steps, total
    #[command(after_help = "Example:\n  kasus sop list --format csv")]
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show a whole SOP with its steps
    #[command(after_help = "Example:\n  kasus sop show batam-34-2020 --format json")]
    Show {
        /// The SOP's code (see `kasus sop list`)
        code: String,
        /// A stored version [default: the latest]
        // Bounded, so that a NIK or phone number typed here is refused without being repeated.
        #[arg(long, value_parser = clap::value_parser!(i64).range(1..=99_999))]
        version: Option<i64>,
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Check SOP files and print every problem with its place; exit 0 only when clean
    #[command(after_help = "Example:\n  kasus sop validate sops/batam-34-2020.toml")]
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Add an office's own SOP file to the register (a changed file makes a new version)
    #[command(after_help = "Example:\n  kasus sop import my-office-sop.toml")]
    Import { file: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Table,
    Json,
}

// ---------------------------------------------------------------- staff

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a staff member with one or more roles (the SOPs' pelaksana names)
    #[command(
        after_help = "Example:\n  kasus staff add 'Rina Contoh' --role 'Petugas Layanan PPA' --role Konselor"
    )]
    Add {
        name: String,
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
    },
    /// List staff
    #[command(after_help = "Example:\n  kasus staff list --all --format csv")]
    List {
        /// Include deactivated staff
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Deactivate a staff member (their history stays)
    #[command(after_help = "Example:\n  kasus staff deactivate 'Rina Contoh'")]
    Deactivate {
        /// The staff member (see `kasus staff list`)
        name: String,
    },
}

// ---------------------------------------------------------------- intake

#[derive(Debug, Args, Default)]
#[command(
    after_help = "Example:\n  kasus intake --sop batam-34-2020 --channel datang-langsung \\\n    \
--victim-name 'Siti Contoh' --victim-sex P --victim-birth-date 1994-05-01 --violence fisik,psikis \\\n    \
--perpetrator-relation suami-istri --perpetrator-sex L --place rumah-tangga --json"
)]
pub struct IntakeArgs {
    /// The SOP the case follows (code; see `kasus sop list`)
    #[arg(long)]
    pub sop: Option<String>,
    /// When the report came in [default: now]; RFC 3339 or "YYYY-MM-DD HH:MM" office time
    #[arg(long)]
    pub reported_at: Option<String>,
    /// datang-langsung, telepon, si-lacak-perak, rujukan, surat, online
    #[arg(long)]
    pub channel: Option<String>,
    #[arg(long)]
    pub victim_name: Option<String>,
    /// NIK: exactly 16 digits
    #[arg(long)]
    pub victim_nik: Option<String>,
    /// L (laki-laki) or P (perempuan)
    #[arg(long)]
    pub victim_sex: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub victim_birth_date: Option<String>,
    /// Age in years at the report, when the birth date is not known
    #[arg(long)]
    pub victim_age: Option<u32>,
    #[arg(long)]
    pub victim_phone: Option<String>,
    #[arg(long)]
    pub victim_address: Option<String>,
    #[arg(long)]
    pub victim_kecamatan: Option<String>,
    #[arg(long)]
    pub victim_kelurahan: Option<String>,
    /// Disability, if any (free text)
    #[arg(long)]
    pub victim_disability: Option<String>,
    /// The complainant (pelapor); without it the victim reported (self-report)
    #[arg(long)]
    pub complainant_name: Option<String>,
    #[arg(long)]
    pub complainant_phone: Option<String>,
    /// The complainant's relation to the victim (free text, e.g. ibu, tetangga, kader PATBM)
    #[arg(long)]
    pub complainant_relation: Option<String>,
    /// Perpetrator (pelaku) name; repeat the --perpetrator-* flags for several perpetrators
    #[arg(long)]
    pub perpetrator_name: Vec<String>,
    /// L or P (repeatable, in the same order)
    #[arg(long)]
    pub perpetrator_sex: Vec<String>,
    /// Age in years (repeatable)
    #[arg(long)]
    pub perpetrator_age: Vec<u32>,
    /// orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya
    #[arg(long)]
    pub perpetrator_relation: Vec<String>,
    /// fisik, psikis, seksual, eksploitasi, trafficking, penelantaran, lainnya (comma-separated)
    #[arg(long, value_delimiter = ',')]
    pub violence: Vec<String>,
    /// rumah-tangga, tempat-kerja, sekolah, lembaga-pendidikan-kilat, fasilitas-umum, lainnya
    #[arg(long)]
    pub place: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub incident_date: Option<String>,
    /// Chronology (free text)
    #[arg(long)]
    pub chronology: Option<String>,
    /// darurat or biasa [default: biasa]
    #[arg(long)]
    pub urgency: Option<String>,
    /// tinggi, sedang or rendah
    #[arg(long)]
    pub risk: Option<String>,
    /// An identifier from the source system (unique; for imports)
    #[arg(long)]
    pub external_ref: Option<String>,
    /// Register even when the victim matches an existing case
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Print the new case as JSON
    #[arg(long)]
    pub json: bool,
    /// Bulk intake from a CSV (with a header) or JSONL file; `-` reads standard input
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Print an empty CSV header for bulk intake (the columns `--from` reads)
    #[arg(long, conflicts_with = "from")]
    pub template: bool,
    /// The format of --from [default: from the file's extension, else csv]
    #[arg(long, value_enum, value_name = "FORMAT", requires = "from")]
    pub input_format: Option<InputFormat>,
    /// With --from: register the good rows and write the bad ones to --rejects
    #[arg(long, requires = "from", requires = "rejects")]
    pub skip_invalid: bool,
    /// With --skip-invalid: the rejected rows with their line and reason (CSV)
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
}

/// The format of a bulk intake file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Csv,
    Jsonl,
}

// ---------------------------------------------------------------- consent

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:\n  kasus consent PPA/2026/0001 --given-by 'Siti Contoh' --relation self --scope layanan,berbagi-informasi --method tertulis --form-ref IC-01\n  kasus consent withdraw PPA/2026/0001 --scope berbagi-informasi\n  kasus consent refuse PPA/2026/0001 --given-by 'Siti Contoh' --relation self --scope layanan --method lisan"
)]
pub struct ConsentArgs {
    #[command(subcommand)]
    pub action: Option<ConsentAction>,
    #[command(flatten)]
    pub give: ConsentGive,
}

#[derive(Debug, Args)]
pub struct ConsentGive {
    /// Case number or UUID
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
    /// When [default: now]
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ConsentAction {
    /// Record a withdrawal of consent for some scopes
    #[command(
        after_help = "Example:\n  kasus consent withdraw PPA/2026/0001 --scope berbagi-informasi"
    )]
    Withdraw {
        case: String,
        #[arg(long, value_delimiter = ',', required = true)]
        scope: Vec<String>,
        #[arg(long)]
        given_by: Option<String>,
        #[arg(long)]
        at: Option<String>,
    },
    /// Record a refusal (the fields of a consent, asked at a terminal): the SOP's flow ends at the case's consent step
    #[command(
        after_help = "Example:\n  kasus consent refuse PPA/2026/0001 --given-by 'Siti Contoh' --relation self --scope layanan --method lisan"
    )]
    Refuse {
        /// Case number or UUID
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
        /// When [default: now]
        #[arg(long)]
        at: Option<String>,
    },
    /// List a case's consent events and what is in force
    #[command(after_help = "Example:\n  kasus consent list PPA/2026/0001 --format json")]
    List {
        case: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

// ---------------------------------------------------------------- assign

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
    #[arg(long)]
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
        #[arg(long)]
        at: Option<String>,
    },
}

// ---------------------------------------------------------------- step

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  kasus step PPA/2026/0001                      (walk the case at a terminal)\n  kasus step start PPA/2026/0001 --at '2026-03-02 08:30' --by 'Rina Contoh'\n  kasus step finish PPA/2026/0001 --output 'Laporan kasus'\n  kasus step skip PPA/2026/0001 --reason 'tidak perlu bantuan instansi lain'\n  kasus step decide PPA/2026/0001 --return"
)]
pub struct StepArgs {
    #[command(subcommand)]
    pub action: Option<StepAction>,
    /// Case number or UUID (walks the case at a terminal)
    pub case: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct StepCommon {
    /// Case number or UUID
    pub case: String,
    /// The step number as in the document [default: the next step]
    // Bounded, so that a NIK or phone number typed here is refused without being repeated.
    #[arg(long, value_parser = clap::value_parser!(u32).range(..=999))]
    pub step: Option<u32>,
    /// When [default: now]; RFC 3339 or "YYYY-MM-DD HH:MM" office time
    #[arg(long)]
    pub at: Option<String>,
    /// Who does it [default: the staff assigned to the step's role]; may be someone outside the unit
    #[arg(long)]
    pub by: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum StepAction {
    /// Start the next step (or --step N)
    #[command(
        after_help = "Example:\n  kasus step start PPA/2026/0001 --at '2026-03-02 08:30' --by 'Rina Contoh'"
    )]
    Start(StepCommon),
    /// Finish the running step, with its output
    #[command(after_help = "Example:\n  kasus step finish PPA/2026/0001 --output 'Laporan kasus'")]
    Finish {
        #[command(flatten)]
        common: StepCommon,
        #[arg(long)]
        output: Option<String>,
    },
    /// Skip a conditional step that is not needed, with the reason
    #[command(
        after_help = "Example:\n  kasus step skip PPA/2026/0001 --reason 'tidak perlu bantuan instansi lain'"
    )]
    Skip {
        #[command(flatten)]
        common: StepCommon,
        #[arg(long, required = true)]
        reason: String,
    },
    /// Finish a decision step: approve, or return the work to the step the SOP names
    #[command(
        after_help = "Examples:\n  kasus step decide PPA/2026/0001 --approve\n  kasus step decide PPA/2026/0001 --return"
    )]
    Decide {
        #[command(flatten)]
        common: StepCommon,
        #[arg(long, conflicts_with = "return_", required_unless_present = "return_")]
        approve: bool,
        #[arg(long = "return", id = "return_")]
        return_: bool,
        #[arg(long)]
        output: Option<String>,
    },
    /// Backfill step records from a CSV file (a paper register), all or nothing; `-` reads stdin
    #[command(
        after_help = "Columns: case (or external_ref), step, started_at, finished_at, performer, outcome, output, reason, note.\nExample:\n  kasus step import paper-register.csv"
    )]
    Import { file: PathBuf },
}

// ---------------------------------------------------------------- case

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
        #[arg(long)]
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
        #[arg(long)]
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

// ---------------------------------------------------------------- audit, config

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain; name the first entry that does not match
    #[command(after_help = "Example:\n  kasus audit verify --head 42:5f1c...")]
    Verify {
        /// A head kept elsewhere (from `kasus audit head`): prove the register still holds it
        #[arg(long, value_name = "SEQ:HASH")]
        head: Option<String>,
    },
    /// Print the latest sequence number and hash, to keep elsewhere
    #[command(after_help = "Example:\n  kasus audit head")]
    Head,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show the settings
    #[command(after_help = "Example:\n  kasus config get timezone")]
    Get { key: Option<String> },
    /// Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)
    #[command(
        after_help = "Examples:\n  kasus config set timezone WITA\n  kasus config set require-staff true"
    )]
    Set { key: String, value: String },
}

// ---------------------------------------------------------------- report, export

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub report: ReportCommand,
}

/// The period and filters every report takes.
#[derive(Debug, Args, Clone)]
pub struct ReportFilter {
    /// Output format [default: table]
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// From this date or time (office time), inclusive
    #[arg(long, conflicts_with = "period")]
    pub from: Option<String>,
    /// Up to this date (inclusive, the whole day) or time (exclusive)
    #[arg(long, conflicts_with = "period")]
    pub to: Option<String>,
    /// A period: 2026-11, 2026, 2026-Q3, this-month, last-month
    #[arg(long)]
    pub period: Option<String>,
    /// Only cases following this SOP
    #[arg(long)]
    pub sop: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// A case's timeline: one row per step attempt, against its standard
    #[command(after_help = "Example:\n  kasus report case PPA/2026/0001 --format csv")]
    Case {
        case: String,
        #[command(flatten)]
        filter: ReportFilter,
    },
    /// Compliance with standard times, per SOP and step: count, median, p90, max, share on time
    #[command(after_help = "Example:\n  kasus report compliance --period 2026-Q3 --by staff")]
    Compliance {
        #[command(flatten)]
        filter: ReportFilter,
        /// Split per performer
        #[arg(long, value_enum)]
        by: Option<ComplianceBy>,
    },
    /// Running steps past their standard, and open cases idle for --idle days
    #[command(
        after_help = "Example (cron, hourly):\n  kasus report overdue --fail-if-any --format csv"
    )]
    Overdue {
        #[command(flatten)]
        filter: ReportFilter,
        /// Judge at this time instead of now
        #[arg(long)]
        at: Option<String>,
        /// Open cases with no step activity for this many days
        #[arg(long, default_value_t = 7)]
        idle: u32,
        /// Exit with code 10 when anything is overdue or idle
        #[arg(long)]
        fail_if_any: bool,
    },
    /// Per staff: open cases, running steps, overdue steps
    #[command(after_help = "Example:\n  kasus report workload")]
    Workload {
        #[command(flatten)]
        filter: ReportFilter,
    },
    /// Cases registered and closed in the period, counted the way Simfoni PPA asks
    #[command(after_help = "Example:\n  kasus report summary --period last-month --format json")]
    Summary {
        #[command(flatten)]
        filter: ReportFilter,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComplianceBy {
    Staff,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  kasus export cases --format csv --out cases.csv\n  \
kasus export steps --since 2026-11-01 --format ndjson\n  kasus export persons --deidentify --out persons.csv\n  \
kasus export simfoni --period last-month --out simfoni.csv"
)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_enum)]
    pub table: ExportTable,
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write to this file (atomically: a temporary file renamed into place when complete)
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    /// Only rows changed after this time (for incremental nightly exports)
    #[arg(long)]
    pub since: Option<String>,
    /// No names, NIK, phone numbers, addresses or chronology; keyed pseudonyms for identifiers
    #[arg(long)]
    pub deidentify: bool,
    /// For simfoni: cases reported in this period (2026-11, 2026-Q3, last-month, ...)
    #[arg(long)]
    pub period: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportTable {
    Cases,
    Persons,
    Steps,
    Consents,
    Assignments,
    Services,
    Audit,
    Simfoni,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Ndjson,
}
