//! The `audit` and `config` commands: the audit trail and the register's settings.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain; name the first entry that does not match
    #[command(after_help = "Example:\n  kasus audit verify --head 42:5f1c...")]
    Verify {
        /// A head kept elsewhere (from `kasus audit head`): prove the register still holds it
        #[arg(long, value_name = "SEQ:HASH")]
        head: Option<String>,
        /// Also check every data row against its last audited state, naming each row changed,
        /// written outside kasus, or gone (by table and key)
        #[arg(long)]
        data: bool,
        /// Only the audit chain kept for this merged office (`kasus merge`): its UUID, the start
        /// of it, or its office prefix
        #[arg(long, value_name = "UUID|PREFIX")]
        office: Option<String>,
        #[command(flatten)]
        emit: super::Emit,
    },
    /// Print the latest sequence number and hash, to keep elsewhere
    #[command(after_help = "Example:\n  kasus audit head")]
    Head,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show the settings
    #[command(after_help = "Example:\n  kasus config get timezone")]
    Get {
        /// A setting (office-prefix, timezone, ...); without it, every setting
        key: Option<String>,
    },
    /// Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)
    #[command(
        after_help = "Examples:\n  kasus config set timezone WITA\n  kasus config set require-staff true"
    )]
    Set {
        /// The setting to change (office-prefix, timezone, ...)
        key: String,
        /// Its new value
        value: String,
    },
}
