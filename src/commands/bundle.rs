//! `kasus bundle export --out FILE [--since BUNDLE|TIME]`: this office's rows (all, or those
//! changed since an earlier bundle or a time, with their parent rows), its audit chain (or the
//! tail after the earlier bundle's head) and a manifest, in one SQLite file written atomically
//! (0600, beside FILE first), encrypted with the register's key when the register is.

use super::Ctx;
use crate::cli::BundleCommand;
use crate::error::{Error, Result};
use crate::files;
use crate::output;
use crate::register::bundle::{self, Since};
use std::path::{Path, PathBuf};

/// A bundle only reads the register: it needs an existing one.
pub const READS_ONLY: bool = true;

fn already_exists(file: &Path) -> Error {
    Error::Invalid(crate::tr!(
        "{} already exists: give another name (a bundle never replaces a file)",
        "{} sudah ada: beri nama lain (bundel tidak pernah menimpa berkas)",
        file.display()
    ))
}

pub fn run(ctx: &Ctx, cmd: BundleCommand) -> Result<()> {
    match cmd {
        BundleCommand::Export { out, since } => export(ctx, out, since),
    }
}

fn export(ctx: &Ctx, out: PathBuf, since: Option<String>) -> Result<()> {
    let since_file = since.as_deref().map(PathBuf::from).filter(|p| p.is_file());
    let inputs: Vec<(&str, &Path)> = since_file
        .as_deref()
        .map(|p| ("--since", p))
        .into_iter()
        .collect();
    ctx.check_output("--out", &out, &inputs)?;
    if out.exists() {
        return Err(already_exists(&out));
    }
    let reg = ctx.open()?;
    let since = match (since.as_deref(), &since_file) {
        (None, _) => Since::All,
        (Some(_), Some(file)) => Since::After(bundle::since_bundle(&reg, file)?),
        (Some(text), None) => {
            let zone = reg.zone()?;
            let t = crate::when::time(text, zone, ctx.now)
                .filter(|t| *t <= ctx.now)
                .ok_or_else(|| {
                    Error::Invalid(crate::tr!(
                        "--since '{text}': neither a bundle file nor a time up to now; give the file \
                         of an earlier bundle, or a time such as 2026-03-01 or \"2026-03-01 08:00\"",
                        "--since '{text}': bukan berkas bundel dan bukan waktu sampai sekarang; beri \
                         berkas bundel sebelumnya, atau waktu seperti 2026-03-01 atau \"2026-03-01 08:00\""
                    ))
                })?;
            Since::After(bundle::seq_before(&reg, &crate::clock::to_db(t))?)
        }
    };
    let now = ctx.now_db();
    let m = files::write_atomically(&out, false, |created, tmp| {
        drop(created);
        // VACUUM INTO writes only into a file with no content: the empty private file made
        // beside FILE is removed first and the copy takes its name (and SQLite's 0600 umask
        // is not relied on: the mode is set again after).
        std::fs::remove_file(tmp).map_err(|e| Error::io(tmp, e))?;
        let m = bundle::write(&reg, tmp, since, &now)?;
        private(tmp)?;
        Ok(m)
    })
    .map_err(|e| match e {
        Error::Io { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists => {
            already_exists(&out)
        }
        e => e,
    })?;
    // The rows counted are the office's records: the SOP versions and settings travel whole
    // (every one, with or without --since) and the chain is counted apart.
    let rows: i64 = m
        .rows
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "audit" | "meta" | "sop_versions"))
        .filter_map(|(_, v)| v.as_i64())
        .sum();
    let entries = m.rows.get("audit").and_then(|v| v.as_i64()).unwrap_or(0);
    let file = out.display();
    let head = m.chain_head_seq;
    let (rows, entries) = (
        crate::text::count(rows as u64, "row", "rows", "baris"),
        crate::text::count(
            entries as u64,
            "audit entry",
            "audit entries",
            "entri audit",
        ),
    );
    match m.since_seq {
        None => output::print(&crate::tr!(
            "bundle written: {file} ({rows}, every SOP version and setting, {entries}, chain head {head})",
            "bundel ditulis: {file} ({rows}, semua versi SOP dan pengaturan, {entries}, ujung rantai {head})"
        )),
        // Nothing recorded since: the file holds the SOP versions and settings alone.
        Some(after) if head == after => output::print(&crate::tr!(
            "bundle written: {file}: nothing changed since entry {after} (no row, no audit \
             entry; every SOP version and setting)",
            "bundel ditulis: {file}: tidak ada yang berubah sejak entri {after} (tanpa baris, \
             tanpa entri audit; semua versi SOP dan pengaturan)"
        )),
        Some(after) => output::print(&crate::tr!(
            "bundle written: {file} ({rows}: those changed after entry {after} and the rows they \
             need, every SOP version and setting, {entries}, chain head {head})",
            "bundel ditulis: {file} ({rows}: yang berubah setelah entri {after} dan baris yang \
             diperlukannya, semua versi SOP dan pengaturan, {entries}, ujung rantai {head})"
        )),
    }
}

fn private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::io(path, e))
}
