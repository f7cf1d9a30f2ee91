//! `kasus backup FILE`: a consistent copy of the register, safe to take while others write.
//! The copy is written to a temporary file beside FILE (0600), checked, synced, and only then
//! put in place: a backup that fails or is killed never leaves a partial FILE.

use super::Ctx;
use crate::error::{Error, Result};
use crate::files;
use crate::output;
use crate::register::maintenance;
use std::path::{Path, PathBuf};

/// What `kasus backup` says for a register on a PostgreSQL server: nothing is written; the
/// server's own tools take a consistent copy while others write, and restore it.
fn server_backup(url: &str) -> String {
    let shown = crate::register::shown_url(url);
    crate::tr!(
        "{shown} is a register on a PostgreSQL server: back it up with the server's tools, \
         which copy one consistent state while others write. For example:\n  \
         pg_dump --format=custom --file=kasus-$(date +%F).dump '{shown}'\n\
         and restore into a new, empty database with:\n  \
         pg_restore --dbname='URL-OF-THE-NEW-DATABASE' --no-owner kasus-DATE.dump\n\
         then `kasus check --db 'URL-OF-THE-NEW-DATABASE'`. Continuous archiving (WAL) and \
         replicas are the server administrator's: see PostgreSQL's manual, \"Backup and \
         Restore\". Nothing was written",
        "{shown} adalah register pada server PostgreSQL: cadangkan dengan alat server itu, \
         yang menyalin satu keadaan utuh selagi yang lain menulis. Contoh:\n  \
         pg_dump --format=custom --file=kasus-$(date +%F).dump '{shown}'\n\
         dan pulihkan ke basis data baru yang kosong dengan:\n  \
         pg_restore --dbname='URL-BASIS-DATA-BARU' --no-owner kasus-TANGGAL.dump\n\
         lalu `kasus check --db 'URL-BASIS-DATA-BARU'`. Pengarsipan berkelanjutan (WAL) dan \
         replika adalah urusan administrator server: lihat manual PostgreSQL, \"Backup and \
         Restore\". Tidak ada yang ditulis"
    )
}

fn already_exists(file: &Path) -> Error {
    Error::Invalid(crate::tr!(
        "{} already exists: give another name, or add --force to replace it",
        "{} sudah ada: beri nama lain, atau tambahkan --force untuk menggantinya",
        file.display()
    ))
}

pub fn run(ctx: &Ctx, file: PathBuf, force: bool) -> Result<()> {
    // A register on a PostgreSQL server is the server's to back up, with its own tools.
    if let Some(url) = crate::register::server_url(&ctx.register_path()?) {
        return Err(Error::Refused(server_backup(url)));
    }
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
