//! The command line, as clap definitions. Handlers get these parsed values; `commands/` turns
//! them into checked inputs before any work starts.
//!
//! This file holds the top level (`Cli`, its global flags, `Command`); each command group's
//! arguments live in their own file (`intake.rs`, `step.rs`, `report.rs`, …), all re-exported here
//! so that `crate::cli::X` names any of them.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod admin;
mod agency;
mod assign;
mod bundle;
mod calendar;
mod case;
mod consent;
mod intake;
mod merge;
mod referral;
mod report;
mod sop;
mod staff;
mod step;

pub use admin::*;
pub use agency::*;
pub use assign::*;
pub use bundle::*;
pub use calendar::*;
pub use case::*;
pub use consent::*;
pub use intake::*;
pub use merge::*;
pub use referral::*;
pub use report::*;
pub use sop::*;
pub use staff::*;
pub use step::*;

const EXAMPLES: &str = "Examples:
  kasus sop list
  kasus intake --sop batam-34-2020 --channel datang-langsung \\
    --victim-name 'Siti Contoh' --victim-sex P --victim-age 30 \\
    --violence fisik
  kasus step PPA/2026/0001";

/// `kasus --help`'s examples, exit codes and environment. Every line fits 78 columns (a test
/// below), so neither clap nor man rewraps them; `text::help` swaps in [`EXIT_AND_ENV_ID`].
fn long_help_en() -> String {
    format!("{EXAMPLES}\n\n{EXIT_AND_ENV_EN}")
}

pub const EXIT_AND_ENV_EN: &str = "Exit status:
  0    success
  1    runtime error (I/O, the database, a file that cannot be written)
  2    usage error (a wrong flag; a missing required value without a
       terminal)
  3    invalid data (a bad value, a time out of range, a control character,
       a value over its limit; an unknown case, SOP, staff or step; a SOP
       file with problems)
  4    refused: the register's state does not allow it now (out of order,
       consent missing, duplicate, closed case); an output path that is
       the register
  5    the register file cannot be used (not a kasus register, not SQLite,
       from a newer kasus)
  6    not available in this build (`rekey` without encryption), or not
       yet on a PostgreSQL register
  10   alert condition for cron
  101  a bug (kasus panicked): please report it
  129  stopped by SIGHUP (terminal closed), likewise; ignored under nohup
  130  interrupted (Ctrl-C): nothing half-done kept
  143  stopped by SIGTERM (kill, timeout), likewise

Environment:
  KASUS_DB     the register file, or a postgresql:// URL (--db wins)
  KASUS_CONFIG the configuration file (its `postgres` entry names the
               register when --db and KASUS_DB do not)
  KASUS_ACTOR  who runs the command, for the audit trail (--actor wins)
  KASUS_LANG   id or en (--lang wins)
  KASUS_NOW    a fixed \"now\" (RFC 3339), for tests and rehearsals
  KASUS_BUSY_TIMEOUT_MS  how long to wait for another program writing
               to the register (milliseconds; 30000)
  NO_COLOR     no colour";

pub const EXIT_AND_ENV_ID: &str = "Kode keluar:
  0    berhasil
  1    galat saat berjalan (I/O, basis data, berkas yang tidak dapat ditulis)
  2    salah pemakaian (flag keliru; nilai wajib tidak ada tanpa terminal)
  3    data tidak sah (nilai salah, waktu di luar rentang, karakter kontrol,
       nilai melewati batas; kasus, SOP, staf atau langkah tidak dikenal;
       berkas SOP bermasalah)
  4    ditolak: keadaan register belum mengizinkannya (urutan salah,
       persetujuan belum ada, duplikat, kasus ditutup); jalur keluaran
       adalah register
  5    berkas register tidak dapat dipakai (bukan register kasus, bukan
       SQLite, dari kasus yang lebih baru)
  6    tidak tersedia di build ini (`rekey` tanpa enkripsi), atau belum
       ada pada register PostgreSQL
  10   kondisi peringatan untuk cron
  101  bug (kasus panik): mohon laporkan
  129  dihentikan oleh SIGHUP (terminal ditutup), sama halnya; diabaikan
       di bawah nohup
  130  dihentikan (Ctrl-C): tidak ada yang tersimpan setengah jalan
  143  dihentikan oleh SIGTERM (kill, timeout), sama halnya

Lingkungan:
  KASUS_DB     berkas register, atau URL postgresql:// (--db didahulukan)
  KASUS_CONFIG berkas konfigurasi (entri `postgres`-nya menunjuk register
               bila --db dan KASUS_DB tidak)
  KASUS_ACTOR  siapa yang menjalankan perintah, untuk jejak audit
               (--actor didahulukan)
  KASUS_LANG   id atau en (--lang didahulukan)
  KASUS_NOW    \"sekarang\" yang tetap (RFC 3339), untuk uji dan latihan
  KASUS_BUSY_TIMEOUT_MS  berapa lama menunggu program lain yang sedang
               menulis ke register (milidetik; 30000)
  NO_COLOR     tanpa warna";

#[derive(Debug, Parser)]
#[command(
    name = "kasus",
    version,
    about = "Case register for women and child protection units (UPTD PPA)",
    long_about = "kasus keeps a UPTD PPA's case register in one local SQLite file: intake, informed \
consent, assignment, and each case walked through its written SOP, timed against the SOP's \
standard times; reports and exports for the head of the unit, cron and Simfoni PPA.",
    after_help = EXAMPLES,
    after_long_help = long_help_en()
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    /// Without a command: at a terminal, the open cases that need attention (`kasus` status)
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The flags every command takes (`global`): apart from `Cli`, so that
/// [`parsing_command`] builds them without the whole command tree.
#[derive(Debug, Args)]
pub struct Global {
    /// The register file [default: KASUS_DB, else the platform's data folder, kasus/register.db]
    // KASUS_DB and KASUS_ACTOR are read in `commands::dispatch`, not by clap: an argument clap
    // fills from the environment shows in every usage line as if it were required.
    // Listed after each command's own options (display_order), in this order.
    #[arg(long, global = true, display_order = 900, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]
    #[arg(long, global = true, display_order = 901, value_name = "NAME")]
    pub actor: Option<String>,

    /// Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]
    #[arg(long, global = true, display_order = 902, value_name = "LANG")]
    pub lang: Option<String>,

    /// Never prompt, even at a terminal
    #[arg(long, global = true, display_order = 903)]
    pub no_input: bool,
}

/// The command that parses `args` (the command line without the program's name): the
/// top-level flags and only the subcommand named by the first word, its own subcommands
/// built only when parsed where it has a lazy twin (`LazyCaseCommand`). Building the whole
/// tree (every subcommand's arguments) cost 1.2M instructions, a fifth of `kasus case show`.
/// Whatever this command refuses or prints (help, an error) is parsed again by the whole
/// command ([`Cli`]), which says it: only a successful parse is kept, and it gives the same
/// matches the whole command gives (a test compares every pruned subcommand with the
/// whole command's). A first word that is a flag, `help`, a subcommand with its arguments
/// inline in [`Command`] (backup, rekey, check) or unknown gets the whole command.
pub fn parsing_command(args: &[String]) -> clap::Command {
    let root = || <Global as Args>::augment_args(clap::Command::new("kasus"));
    match first_word(args).and_then(pruned) {
        Some(sub) => root().subcommand(sub),
        None => <Cli as clap::CommandFactory>::command(),
    }
}

/// The first word of `args` that is not a top-level flag or its value.
fn first_word(args: &[String]) -> Option<&str> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--db" | "--actor" | "--lang" => {
                it.next();
            }
            "--no-input" => {}
            s if ["--db=", "--actor=", "--lang="]
                .iter()
                .any(|p| s.starts_with(p)) => {}
            s if s.starts_with('-') => return None,
            s => return Some(s),
        }
    }
    None
}

/// The subcommand `word` names, built as [`Command`]'s derive builds it (less its help
/// texts, which only the whole command prints), or None for those [`parsing_command`] leaves
/// to the whole command.
fn pruned(word: &str) -> Option<clap::Command> {
    fn args<T: Args>(name: &'static str) -> clap::Command {
        T::augment_args(clap::Command::new(name))
    }
    fn group<E: Subcommand>(name: &'static str) -> clap::Command {
        E::augment_subcommands(
            clap::Command::new(name)
                .subcommand_required(true)
                .arg_required_else_help(true),
        )
    }
    Some(match word {
        "intake" => args::<Box<IntakeArgs>>("intake"),
        "consent" => args::<ConsentArgs>("consent"),
        "assign" => args::<AssignArgs>("assign"),
        "step" => args::<StepArgs>("step"),
        "report" => args::<ReportArgs>("report"),
        "export" => args::<ExportArgs>("export"),
        "merge" => args::<MergeArgs>("merge"),
        "sop" => group::<SopCommand>("sop"),
        "calendar" => group::<CalendarCommand>("calendar"),
        "staff" => group::<StaffCommand>("staff"),
        "referral" => group::<ReferralCommand>("referral"),
        "agency" => group::<AgencyCommand>("agency"),
        "case" => group::<LazyCaseCommand>("case"),
        "audit" => group::<AuditCommand>("audit"),
        "config" => group::<ConfigCommand>("config"),
        "bundle" => group::<BundleCommand>("bundle"),
        _ => return None,
    })
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
    /// Reports: case timelines, compliance with standard times, steps due and overdue, workload
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
    /// The office calendar: working hours, overrides, single dates and holidays
    #[command(
        after_help = "Examples:\n  kasus calendar show\n  kasus calendar export --out kalender.toml\n  kasus calendar import kalender.toml"
    )]
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// Staff and their roles
    #[command(
        after_help = "Examples:\n  kasus staff add 'Rina Contoh' --role 'Staff Penerima'\n  kasus staff list"
    )]
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share
    #[command(
        after_help = "Examples:\n  kasus referral create PPA/2026/0001 --to 'RSUD Contoh' --service kesehatan\n  kasus referral list --late"
    )]
    #[command(subcommand)]
    Referral(ReferralCommand),
    /// The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)
    #[command(
        after_help = "Examples:\n  kasus agency add 'RSUD Contoh' --kind kesehatan\n  kasus agency list"
    )]
    #[command(subcommand)]
    Agency(AgencyCommand),
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
    /// Office bundles: this office's rows and audit chain in one file, for another office's register
    #[command(after_help = "Example:\n  kasus bundle export --out /media/usb/kota-contoh.kasus")]
    #[command(subcommand)]
    Bundle(BundleCommand),
    /// Merge another office's bundle: checked first, then its rows by UUID in one transaction; never overwrites
    #[command(
        after_help = "Examples:\n  kasus merge /media/usb/kota-contoh.kasus --dry-run\n  kasus merge /media/usb/kota-contoh.kasus"
    )]
    Merge(MergeArgs),
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
        after_help = "The current key comes from KASUS_KEY, the new one from KASUS_NEW_KEY;\nat a terminal, kasus asks for what is not set. Keys are never given as flags.\n\nExample:\n  kasus rekey"
    )]
    Rekey,
    /// Check the register: SQLite's integrity check, foreign keys, the audit chain
    #[command(after_help = "Examples:\n  kasus check\n  kasus check --format json")]
    Check {
        #[command(flatten)]
        emit: Emit,
    },
}

/// How a command that prints data prints it (`--format`), and where (`--out`).
#[derive(Debug, Args, Clone)]
pub struct Emit {
    /// Output format: table, csv, json or ndjson (one JSON object per line)
    #[arg(long, value_enum, default_value_t = crate::output::Format::Table)]
    pub format: crate::output::Format,
    /// Write to this file instead of standard output (atomically, mode 0600; never the register)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status
    #[arg(long, value_delimiter = ',', value_name = "KEYS")]
    pub columns: Vec<String>,
}

/// How a write reports what it did (`--format`, `--json`): its line for people, or the record
/// it made or changed as one JSON object (the export's column names).
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct WriteOut {
    /// Output format: table (a line for people) or json (the record made or changed, as one object)
    #[arg(long, value_enum, default_value_t = WriteFormat::Table)]
    pub format: WriteFormat,
    /// The same as --format json
    #[arg(long)]
    pub json: bool,
}

impl WriteOut {
    /// True when the record is printed as JSON (`--format json` or `--json`).
    pub fn json(&self) -> bool {
        self.json || self.format == WriteFormat::Json
    }
}

/// The formats of a write's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum WriteFormat {
    #[default]
    Table,
    Json,
}

/// How `calendar recompute` prints: a table or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Table,
    Json,
}

#[cfg(test)]
mod parsing_command_tests {
    use clap::CommandFactory;

    /// A command without its help texts and display order (which only the whole command
    /// prints), as text: its arguments, settings and subcommands, all levels down.
    fn shape(cmd: &clap::Command) -> String {
        fn strip(cmd: clap::Command) -> clap::Command {
            let names: Vec<String> = cmd
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect();
            let mut cmd = cmd
                .about(None)
                .long_about(None)
                .after_help(None)
                .after_long_help(None)
                .display_order(0);
            for name in names {
                cmd = cmd.mut_subcommand(&name, strip);
            }
            cmd
        }
        canonical(&format!("{:#?}", strip(cmd.clone())))
    }

    /// `Debug` text with each command's arguments sorted and its key map (positions in that
    /// list) left out: a deferred subcommand gets the global flags before its own arguments,
    /// the whole command after them, which changes neither what parses nor how.
    fn canonical(debug: &str) -> String {
        let lines: Vec<&str> = debug.lines().collect();
        let indent = |l: &str| l.len() - l.trim_start().len();
        let close = |from: usize, at: usize| {
            (from..lines.len())
                .find(|&j| indent(lines[j]) == at && lines[j].trim_start().starts_with('}'))
                .expect("a closing brace")
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let l = lines[i];
            if l.trim_start() != "args: MKeyMap {" {
                out.push(l.to_string());
                i += 1;
                continue;
            }
            let end = close(i + 1, indent(l));
            let mut entries = Vec::new();
            let mut j = i + 2;
            while lines[j].trim_start() == "Arg {" {
                let e = close(j + 1, indent(lines[j]));
                entries.push(lines[j..=e].join("\n"));
                j = e + 1;
            }
            entries.sort();
            out.push(l.to_string());
            out.extend(entries);
            i = end + 1;
        }
        out.join("\n")
    }

    /// Every subcommand `parsing_command` builds alone parses as the whole command's does:
    /// the same arguments and settings at every level, once built (deferred parts expanded);
    /// the subcommands it leaves to the whole command are exactly those with inline arguments.
    #[test]
    fn each_pruned_subcommand_is_the_whole_commands() {
        let mut whole = super::Cli::command();
        whole.build();
        let mut left = Vec::new();
        for sub in whole.get_subcommands() {
            let name = sub.get_name();
            if super::pruned(name).is_none() {
                left.push(name.to_string());
                continue;
            }
            let mut root = super::parsing_command(&["--db".into(), "x".into(), name.into()]);
            root.build();
            let built: Vec<&str> = root.get_subcommands().map(|s| s.get_name()).collect();
            assert_eq!(built, [name, "help"]);
            let pruned = root.find_subcommand(name).expect("the subcommand");
            assert_eq!(shape(pruned), shape(sub), "{name}");
            let globals = |c: &clap::Command| {
                c.get_arguments()
                    .filter(|a| a.is_global_set())
                    .map(|a| format!("{a:?}"))
                    .collect::<Vec<_>>()
            };
            assert_eq!(globals(&root), globals(&whole), "{name}");
            assert_eq!(globals(&root).len(), 4);
        }
        assert_eq!(left, ["backup", "rekey", "check", "help"]);
    }

    /// The first word after the top-level flags picks the subcommand; a flag first, or
    /// nothing, leaves the whole command.
    #[test]
    fn the_first_word_is_found_after_the_top_level_flags() {
        let words = |a: &[&str]| {
            let a: Vec<String> = a.iter().map(|s| s.to_string()).collect();
            super::first_word(&a).map(str::to_string)
        };
        assert_eq!(words(&["case", "show", "1"]).as_deref(), Some("case"));
        assert_eq!(
            words(&[
                "--db",
                "case",
                "--lang=id",
                "--no-input",
                "--actor",
                "x",
                "step"
            ])
            .as_deref(),
            Some("step")
        );
        assert_eq!(words(&["--help", "case"]), None);
        assert_eq!(words(&["--db"]), None);
        assert_eq!(words(&[]), None);
        let whole = super::parsing_command(&["-V".into()]);
        assert!(whole.find_subcommand("backup").is_some());
    }
}

#[cfg(test)]
mod help_layout_tests {
    use clap::CommandFactory;

    /// Every line of every command's examples, exit-code table and notes fits 78 columns, so
    /// clap never rewraps it (a rewrapped example breaks its `\` continuations and no longer
    /// pastes into a shell), and every example line ending in `\` is followed by an indented
    /// continuation.
    #[test]
    fn after_help_lines_fit_and_continuations_hold() {
        fn walk(cmd: &clap::Command, path: &str, bad: &mut Vec<String>) {
            for text in [cmd.get_after_help(), cmd.get_after_long_help()]
                .into_iter()
                .flatten()
            {
                let text = text.to_string();
                let lines: Vec<&str> = text.lines().collect();
                for (i, l) in lines.iter().enumerate() {
                    if l.chars().count() > 78 {
                        bad.push(format!("{path}: too long: {l}"));
                    }
                    if l.ends_with('\\') && !lines.get(i + 1).is_some_and(|n| n.starts_with("    "))
                    {
                        bad.push(format!(
                            "{path}: continuation not followed by an indented line: {l}"
                        ));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), bad);
            }
        }
        let mut bad = Vec::new();
        walk(&super::Cli::command(), "kasus", &mut bad);
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
