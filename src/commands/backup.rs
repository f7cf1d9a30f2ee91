//! `kasus backup FILE`: a consistent copy of the register, safe to take while others write.
//! The copy is written to a temporary file beside FILE (0600), checked, synced, and only then
//! put in place: a backup that fails or is killed never leaves a partial FILE.

use super::Ctx;
use crate::error::{Error, Result};
use crate::files;
use crate::output;
use crate::register::maintenance;
use std::path::{Path, PathBuf};

fn already_exists(file: &Path) -> Error {
    Error::Invalid(crate::tr!(
        "{} already exists: give another name, or add --force to replace it",
        "{} sudah ada: beri nama lain, atau tambahkan --force untuk menggantinya",
        file.display()
    ))
}

pub fn run(ctx: &Ctx, file: PathBuf, force: bool) -> Result<()> {
    // The register itself (by any name), its sidecars, a dangling link: refused before anything.
    ctx.check_output(crate::text::t("backup FILE", "backup BERKAS"), &file, &[])?;
    if file.is_dir() {
        return Err(Error::Invalid(crate::tr!(
            "{}: is a folder; give the backup file's name",
            "{}: itu folder; beri nama berkas cadangannya",
            file.display()
        )));
    }
    if file.exists() && !force {
        return Err(already_exists(&file));
    }
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            return Err(Error::Invalid(crate::tr!(
                "{}: the folder for the backup does not exist; create it first",
                "{}: folder untuk cadangan tidak ada; buat dulu",
                dir.display()
            )));
        }
    }
    let reg = ctx.open()?;
    // The copy is written by SQLite (VACUUM INTO) into the empty, private file made beside FILE,
    // checked, synced and only then put in place; without --force a hard link puts it there,
    // which fails if FILE appeared meanwhile: never replace a file without --force.
    let checks = files::write_atomically(&file, force, |created, tmp| {
        drop(created);
        maintenance::copy_into(&reg, tmp)?;
        maintenance::check_file(tmp, &reg)
    })
    .map_err(|e| match e {
        Error::Io { source, .. }
            if !force && source.kind() == std::io::ErrorKind::AlreadyExists =>
        {
            already_exists(&file)
        }
        e => e,
    })?;
    let summary = checks.lines();
    for l in &summary {
        output::print(l)?;
    }
    if checks.passed() {
        let file = file.display();
        output::print(&crate::tr!(
            "backup written: {file}",
            "cadangan ditulis: {file}"
        ))
    } else {
        let (file, failed) = (file.display(), checks.failed().join(", "));
        Err(Error::Invalid(crate::tr!(
            "backup written to {file}, but the register fails its checks: {failed}. Keep this \
             copy and an older backup; run `kasus check` for the details",
            "cadangan ditulis ke {file}, tetapi register gagal diperiksa: {failed}. Simpan salinan \
             ini dan cadangan yang lebih lama; jalankan `kasus check` untuk rinciannya"
        )))
    }
}

/// A backup only reads: it needs an existing register.
pub const READS_ONLY: bool = true;
