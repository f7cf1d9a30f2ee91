//! A register file this run made (the first command on a path creates its register): when the
//! command then fails having written nothing to it, the file goes again, with the folders
//! kasus made for it, so that a failed command leaves the disk as it found it. A mistyped
//! `KASUS_DB` in a script whose input is refused leaves no empty register behind for the next
//! run to write into by mistake.
//!
//! "Written nothing" is judged by the audit chain, which holds an entry for every row change:
//! its last entry is read when the register is made (its schema and built-in SOPs in place)
//! and again when the register is closed. A register that was never closed (still open when
//! the command failed) is kept, as is one whose file was replaced meanwhile (another device
//! or inode at the path).

use rusqlite::{Connection, OpenFlags};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

struct Made {
    path: PathBuf,
    dev: u64,
    ino: u64,
    /// The folders made for it, the deepest first.
    folders: Vec<PathBuf>,
    /// The audit chain's last entry once the register was ready; None while it is being made.
    ready_at: Option<i64>,
    /// Registers open on the file (a command may open it twice).
    open: usize,
    /// Set when a close found the chain longer than it was made with, or could not read it.
    written: bool,
}

static MADE: Mutex<Option<Made>> = Mutex::new(None);

/// The folders `dir` and its parents that do not exist yet, the deepest first: the ones
/// creating `dir` makes.
pub(super) fn missing_folders(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .filter(|d| !d.as_os_str().is_empty())
        .take_while(|d| !d.exists())
        .map(Path::to_path_buf)
        .collect()
}

/// Records that this run created the file at `path` (and `folders` for it).
pub(super) fn created(path: &Path, folders: Vec<PathBuf>) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if let Ok(mut m) = MADE.lock() {
        *m = Some(Made {
            path: path.to_path_buf(),
            dev: meta.dev(),
            ino: meta.ino(),
            folders,
            ready_at: None,
            open: 0,
            written: false,
        });
    }
}

/// The chain's last entry (0 when empty).
fn last_entry(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT coalesce(max(seq), 0) FROM audit", [], |r| r.get(0))
}

/// A register on `path` was opened: when it is the one made, it is now ready (schema and
/// built-in SOPs written) on its first opening.
pub(super) fn opened(path: &Path, conn: &Connection) {
    if let Ok(mut guard) = MADE.lock() {
        if let Some(m) = guard.as_mut().filter(|m| m.path == path) {
            m.open += 1;
            if m.ready_at.is_none() {
                match last_entry(conn) {
                    Ok(seq) => m.ready_at = Some(seq),
                    Err(_) => m.written = true,
                }
            }
        }
    }
}

/// A register on `path` is closing: was anything written to it since it was made?
pub(super) fn closing(path: &Path, conn: &Connection) {
    if let Ok(mut guard) = MADE.lock() {
        if let Some(m) = guard.as_mut().filter(|m| m.path == path) {
            m.open = m.open.saturating_sub(1);
            if let Some(ready) = m.ready_at {
                if last_entry(conn) != Ok(ready) {
                    m.written = true;
                }
            }
        }
    }
}

/// The command failed: removes the register this run made (with its journal, WAL and shared
/// memory files, and the folders made for it) when nothing was written to it and no register
/// is open on it. Does nothing otherwise.
pub fn remove_if_unwritten() {
    let Ok(mut guard) = MADE.lock() else {
        return;
    };
    let Some(m) = guard.take() else {
        return;
    };
    if m.written || m.open > 0 {
        return;
    }
    remove(&m);
}

/// The process leaves at a question (Ctrl-C or Esc at a prompt, where nothing is being
/// written): the register this run made goes as [`remove_if_unwritten`] would have it, though
/// it is still open; whether anything was written is read on a connection of its own (an
/// encrypted one cannot be read without its key, and stays).
pub fn remove_at_a_question() {
    let Ok(mut guard) = MADE.lock() else {
        return;
    };
    let Some(m) = guard.take() else {
        return;
    };
    if m.written {
        return;
    }
    let unwritten = match m.ready_at {
        None => true,
        Some(ready) => Connection::open_with_flags(
            &m.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .and_then(|c| last_entry(&c))
        .is_ok_and(|seq| seq == ready),
    };
    if unwritten {
        remove(&m);
    }
}

/// True when another process has the register open: SQLite's connections to a WAL database
/// each hold a shared lock on one byte of its `-shm` file (the "DMS" byte, 128) while they are
/// connected, and `F_GETLK` sees another process's lock (never this process's own).
fn others_connected(path: &Path) -> bool {
    use std::os::fd::AsRawFd;
    let mut shm = path.as_os_str().to_owned();
    shm.push("-shm");
    let Ok(file) = std::fs::OpenOptions::new().read(true).open(&shm) else {
        return false;
    };
    // SAFETY: `flock` is a plain C struct, zeroed then filled; F_GETLK only reads the file's
    // locks into it, on a descriptor this function owns.
    unsafe {
        let mut lock: libc::flock = std::mem::zeroed();
        lock.l_type = libc::F_WRLCK as libc::c_short;
        lock.l_whence = libc::SEEK_SET as libc::c_short;
        lock.l_start = 128;
        lock.l_len = 1;
        libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) != 0
            || lock.l_type != libc::F_UNLCK as libc::c_short
    }
}

/// Removes the register `m` (and its side files and folders) if the file at its path is still
/// the one made, and no other process has it open (a second terminal or a script that came to
/// the new register meanwhile keeps it).
fn remove(m: &Made) {
    let same = std::fs::metadata(&m.path).is_ok_and(|x| x.dev() == m.dev && x.ino() == m.ino);
    if !same || others_connected(&m.path) {
        return;
    }
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut side = m.path.clone().into_os_string();
        side.push(suffix);
        let _ = std::fs::remove_file(side);
    }
    let _ = std::fs::remove_file(&m.path);
    for dir in &m.folders {
        // Only an empty folder goes.
        if std::fs::remove_dir(dir).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_folders_are_the_ones_creating_makes_deepest_first() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a").join("b");
        assert_eq!(
            missing_folders(&dir),
            vec![dir.clone(), tmp.path().join("a")]
        );
        std::fs::create_dir(tmp.path().join("a")).unwrap();
        assert_eq!(missing_folders(&dir), vec![dir.clone()]);
        assert!(missing_folders(tmp.path()).is_empty());
    }
}
