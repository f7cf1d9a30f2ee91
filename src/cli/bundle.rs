//! The `bundle` commands: office bundles that carry an office's rows to another register.

use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Write this office's rows, its audit chain and a manifest into a bundle file (SQLite, 0600)
    #[command(
        after_help = "Examples:\n  kasus bundle export --out /media/usb/kota-contoh.kasus\n  \
kasus bundle export --out kota-contoh-2.kasus --since kota-contoh.kasus\n  \
kasus bundle export --out maret.kasus --since 2026-03-01"
    )]
    Export {
        /// The bundle file to write (refused if it exists, or if it is the register)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only the rows changed since an earlier bundle of this register (its file) or a time
        /// (2026-03-01, "2026-03-01 08:00"), with the rows they hang on
        #[arg(long, value_name = "BUNDLE|TIME")]
        since: Option<String>,
    },
}
