//! Private temporary files beside a target: written there (mode 0600), then renamed into place
//! only when complete, so that a reader never sees half a file; removed if anything fails.

use crate::error::{Error, Result};
use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// A hidden temporary file, removed on drop (with any SQLite sidecars) unless kept.
pub struct Temp {
    pub path: PathBuf,
    kept: bool,
}

impl Temp {
    /// Creates `.NAME.PID-RANDOM.tmp` in the folder of `target` (the folder that holds
    /// `dir/name`), exclusively and with mode 0600.
    pub fn beside(dir: &Path, name: &OsStr) -> Result<(Temp, File)> {
        let mut tag = [0u8; 4];
        getrandom::fill(&mut tag).map_err(|e| {
            Error::Other(crate::tr!(
                "cannot read random bytes: {e}",
                "tidak bisa membaca byte acak: {e}"
            ))
        })?;
        let path = dir.join(format!(
            ".{}.{}-{}.tmp",
            name.to_string_lossy(),
            std::process::id(),
            crate::sop::catalog::hex(&tag)
        ));
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        Ok((Temp { path, kept: false }, file))
    }

    /// The file is in place now: drop no longer removes it.
    pub fn keep(&mut self) {
        self.kept = true;
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut p = self.path.clone().into_os_string();
            p.push(suffix);
            let _ = fs::remove_file(PathBuf::from(p));
        }
        if !self.kept {
            let _ = fs::remove_file(&self.path);
        }
    }
}
