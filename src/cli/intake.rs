//! The `intake` command's arguments, for one case or a bulk file.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args, Default)]
#[command(
    after_help = "Example:\n  kasus intake --sop batam-34-2020 --channel datang-langsung \\\n    \
--victim-name 'Siti Contoh' --victim-sex P \\\n    \
--victim-birth-date 1994-05-01 --violence fisik,psikis \\\n    \
--perpetrator-relation suami-istri --perpetrator-sex L \\\n    \
--place rumah-tangga --json"
)]
pub struct IntakeArgs {
    /// The SOP the case follows (code; see `kasus sop list`)
    #[arg(long)]
    pub sop: Option<String>,
    /// When the report came in [default: now]; RFC 3339 or "YYYY-MM-DD HH:MM" office time
    #[arg(long, allow_hyphen_values = true)]
    pub reported_at: Option<String>,
    /// datang-langsung, telepon, si-lacak-perak, rujukan, surat, online
    #[arg(long)]
    pub channel: Option<String>,
    /// The victim's name
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
    #[arg(allow_negative_numbers = true, long)]
    pub victim_age: Option<u32>,
    /// The victim's phone number
    #[arg(long)]
    pub victim_phone: Option<String>,
    /// The victim's address
    #[arg(long)]
    pub victim_address: Option<String>,
    /// Kecamatan (district) of the victim's address
    #[arg(long)]
    pub victim_kecamatan: Option<String>,
    /// Kelurahan or desa of the victim's address
    #[arg(long)]
    pub victim_kelurahan: Option<String>,
    /// Disability, if any (free text)
    #[arg(long)]
    pub victim_disability: Option<String>,
    /// The complainant (pelapor); without it the victim reported (self-report)
    #[arg(long)]
    pub complainant_name: Option<String>,
    /// The complainant's phone number
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
    #[arg(allow_negative_numbers = true, long)]
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
    /// A received referral: the referring agency (name or UUID in `kasus agency list`); needs --channel rujukan
    #[arg(long, value_name = "AGENCY")]
    pub referred_by: Option<String>,
    /// Register even when the victim matches an existing case (and, for one case without
    /// --external-ref, when its report does: its time, SOP and victim's name)
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Output format: table (a line for people) or json (the record made, as one object); with --template, xlsx writes the template as a workbook (needs --out FILE.xlsx)
    #[arg(long, value_enum, default_value_t = IntakeFormat::Table)]
    pub format: IntakeFormat,
    /// The same as --format json
    #[arg(long)]
    pub json: bool,
    /// Bulk intake from a CSV (with a header), JSONL or Excel (.xlsx) file; `-` reads standard input
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Print an empty CSV header for bulk intake (the columns `--from` reads); with --format xlsx --out FILE.xlsx, an empty workbook with drop-down lists
    #[arg(long, conflicts_with = "from")]
    pub template: bool,
    /// With --template: write it to this file (atomically, mode 0600; never the register)
    #[arg(long, value_name = "FILE", requires = "template")]
    pub out: Option<PathBuf>,
    /// The format of --from [default: from the file's extension or contents, else csv]
    #[arg(long, value_enum, value_name = "FORMAT", requires = "from")]
    pub input_format: Option<InputFormat>,
    /// The sheet of an .xlsx --from to read [default: the first visible one]
    #[arg(long, value_name = "NAME", requires = "from")]
    pub sheet: Option<String>,
    /// With --from: register the good rows and write the bad ones to --rejects
    #[arg(long, requires = "from", requires = "rejects")]
    pub skip_invalid: bool,
    /// With --skip-invalid: the rejected rows with their line and reason (CSV, or .xlsx for a workbook; importable as it is)
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
    /// The CSV delimiter of --from: comma, semicolon, tab or one character [default: found on the header line]
    #[arg(long, value_name = "DELIMITER", requires = "from")]
    pub delimiter: Option<String>,
    /// With --from: check and count every row as for real, write nothing to the register
    #[arg(long, requires = "from")]
    pub dry_run: bool,
}

impl IntakeArgs {
    /// True when the record is printed as JSON (`--format json` or `--json`).
    pub fn json(&self) -> bool {
        self.json || self.format == IntakeFormat::Json
    }
}

/// The formats of intake's output: a write's (table, json), or the template's workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum IntakeFormat {
    #[default]
    Table,
    Json,
    Xlsx,
}

/// The format of a bulk intake file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Csv,
    Jsonl,
    Xlsx,
}
