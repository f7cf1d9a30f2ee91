//! Private temporary files beside a target: written there (mode 0600), then renamed into place
//! only when complete, so that a reader never sees half a file; removed if anything fails
//! ([`write_atomically`] does it all). Also the guard every output path passes first.

use crate::error::{Error, Result};
use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// The temporary files being written now: what an interrupt removes before it exits
/// ([`remove_unfinished`]). Each path is listed when its file is made (under this lock) and
/// taken off when its [`Temp`] is dropped: a file already put in place stays listed until then,
/// so that an interrupt still removes its SQLite sidecars.
static UNFINISHED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// The output files put in place whole by this process (renamed or linked from their
/// temporary file): what an interrupt that comes after says was written.
static PLACED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// The files put in place whole so far (see [`PLACED`]).
pub fn placed() -> Vec<PathBuf> {
    match PLACED.lock() {
        Ok(paths) => paths.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

/// Removes every temporary file still being written (and its SQLite sidecars; a file already
/// renamed into place has only those left under its temporary name), and returns the list
/// still locked: for the interrupt's exit only, which holds it until the process ends (the
/// writer is not told; a new temporary file waits at its listing).
pub fn remove_unfinished() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    let paths = unfinished();
    for path in paths.iter() {
        remove_with_sidecars(path);
    }
    paths
}

/// The list of temporary files being written, locked (a poisoned lock's list as it is).
fn unfinished() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    match UNFINISHED.lock() {
        Ok(paths) => paths,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn remove_with_sidecars(path: &Path) {
    remove_sidecars(path);
    let _ = fs::remove_file(path);
}

/// Removes the SQLite sidecars (`-wal`, `-shm`, `-journal`) of the database file `path`.
fn remove_sidecars(path: &Path) {
    for suffix in SIDECARS {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = fs::remove_file(PathBuf::from(p));
    }
}

fn unlist(path: &Path) {
    unfinished().retain(|p| p != path);
}

/// A hidden temporary file, removed on drop (with any SQLite sidecars) unless kept. While it
/// exists, Ctrl-C removes it too (see [`crate::interrupt`]).
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
        crate::interrupt::install();
        // Listed and made under the list's lock: an interrupt sees the file made and listed,
        // or neither (a name another writer holds, create_new failing, is never listed).
        let mut paths = unfinished();
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        paths.push(path.clone());
        drop(paths);
        Ok((Temp { path, kept: false }, file))
    }

    /// The file is in place now: drop no longer removes it.
    /// Its SQLite sidecars (`-wal`, `-shm`) stay listed until the drop removes them.
    pub fn keep(&mut self) {
        self.kept = true;
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if self.kept {
            remove_sidecars(&self.path);
        } else {
            remove_with_sidecars(&self.path);
        }
        unlist(&self.path);
    }
}

// ---------------------------------------------------------------- the output guard

/// The register's SQLite sidecars: a file by one of these names beside the register is part of it.
const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `path` with its folder resolved (symbolic links, `..`) and its own name kept: where a
/// rename onto `path` lands. A folder that does not exist yet (a register on a new path, made
/// with its folders by the first command) is resolved as far as it exists ([`anchored`]).
fn beside(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(anchored(dir)?.join(name))
}

/// `path` made absolute (from the current folder): its deepest existing folder resolved (links
/// and all), then the folders that do not exist yet as written, their `.` and `..` taken as
/// written.
fn anchored(path: &Path) -> Option<PathBuf> {
    use std::path::Component;
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let (mut out, rest) = absolute
        .ancestors()
        .find_map(|a| Some((fs::canonicalize(a).ok()?, absolute.strip_prefix(a).ok()?)))?;
    for c in rest.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    Some(out)
}

/// `path` with every symbolic link resolved; for a file that does not exist yet, its folder
/// resolved and its name kept.
fn resolve(path: &Path) -> Option<PathBuf> {
    fs::canonicalize(path).ok().or_else(|| beside(path))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The device and inode of an existing regular file (links followed).
fn file_id(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| (m.dev(), m.ino()))
}

/// What an output path turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clash {
    /// A symbolic link to nothing: writing would replace the link or create its target.
    Dangling,
    /// The register itself (by name or through a symbolic link).
    Register,
    /// One of the register's SQLite files: the suffix ("-wal", "-shm", "-journal").
    Sidecar(&'static str),
    /// The register (or a sidecar) under another name: a hard link.
    HardLink,
    /// The command's own input file: the flag that names it (`--from`).
    Input(String),
    /// kasus's configuration file, which names the register (`KASUS_CONFIG`, or the default).
    Config,
}

/// Why `path` must not be written, if it must not: it is the register, one of its `-wal`/`-shm`/
/// `-journal` files or the same file by device and inode (a hard link), after every symbolic
/// link is resolved; or one of `inputs` (flag, path; `-` is standard input); or a dangling
/// symbolic link; or `config`, the configuration file (existing or not). Only looks: nothing is
/// opened, read or written.
pub fn clash(
    path: &Path,
    register: &Path,
    config: Option<&Path>,
    inputs: &[(&str, &Path)],
) -> Option<Clash> {
    let link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if link && fs::metadata(path).is_err() {
        return Some(Clash::Dangling);
    }
    // Where the bytes would land: the resolved target, and the name itself (a rename onto a
    // link replaces the link).
    let targets: Vec<PathBuf> = [resolve(path), beside(path)]
        .into_iter()
        .flatten()
        .collect();
    let named = |other: &Path| {
        let others = [resolve(other), beside(other)];
        targets
            .iter()
            .any(|t| others.iter().flatten().any(|o| o == t))
    };
    let id = file_id(path);
    let linked = |other: &Path| id.is_some_and(|id| file_id(other) == Some(id));
    if named(register) {
        return Some(Clash::Register);
    }
    let sidecars: Vec<(&'static str, PathBuf)> = SIDECARS
        .iter()
        .flat_map(|s| {
            let resolved = resolve(register).map(|r| (*s, with_suffix(&r, s)));
            std::iter::once((*s, with_suffix(register, s))).chain(resolved)
        })
        .collect();
    if let Some((s, _)) = sidecars.iter().find(|(_, n)| named(n)) {
        return Some(Clash::Sidecar(s));
    }
    if linked(register) || sidecars.iter().any(|(_, n)| linked(n)) {
        return Some(Clash::HardLink);
    }
    for (flag, input) in inputs {
        if *input != Path::new("-") && (named(input) || linked(input)) {
            return Some(Clash::Input(flag.to_string()));
        }
    }
    if config.is_some_and(|c| named(c) || linked(c)) {
        return Some(Clash::Config);
    }
    None
}

/// The one guard every writer goes through before the register is opened or anything is
/// written: `flag` names the output in the message (`--out`, `--rejects`, the backup file).
/// Refused (exit 4) if [`clash`] finds anything; the message names no data, only the path given.
pub fn check_output(
    flag: &str,
    path: &Path,
    register: &Path,
    inputs: &[(&str, &Path)],
) -> Result<()> {
    let config = crate::config_file::path();
    let Some(clash) = clash(path, register, config.as_deref(), inputs) else {
        return Ok(());
    };
    let p = path.display();
    let what = match clash {
        Clash::Dangling => crate::tr!(
            "that is a symbolic link to a file that does not exist; kasus does not write through it",
            "itu adalah tautan simbolik ke berkas yang tidak ada; kasus tidak menulis melaluinya"
        ),
        Clash::Register => crate::tr!(
            "that is the register itself ({}); writing there would lose every record",
            "itu adalah register itu sendiri ({}); menulis di sana akan menghilangkan semua catatan",
            register.display()
        ),
        Clash::Sidecar(s) => crate::tr!(
            "that is the register's {s} file, part of the register; writing there would damage it",
            "itu adalah berkas {s} milik register, bagian dari register; menulis di sana akan merusaknya"
        ),
        Clash::HardLink => crate::tr!(
            "that is the register under another name (a hard link); writing there would lose every record",
            "itu adalah register dengan nama lain (hard link); menulis di sana akan menghilangkan semua catatan"
        ),
        Clash::Input(f) => crate::tr!(
            "that is the input file ({f}); writing there would lose the input",
            "itu adalah berkas masukan ({f}); menulis di sana akan menghilangkan masukannya"
        ),
        Clash::Config => crate::tr!(
            "that is kasus's configuration file, which says where the register is; writing \
             there would lose it",
            "itu adalah berkas konfigurasi kasus, yang menyebut letak register; menulis di sana \
             akan menghilangkannya"
        ),
    };
    Err(Error::Refused(crate::tr!(
        "{flag} {p}: {what}. Nothing was read or written; give another file name.",
        "{flag} {p}: {what}. Tidak ada yang dibaca atau ditulis; beri nama berkas lain."
    )))
}

/// Which of the standard streams is a file of the register (the register, a sidecar, or either
/// under another name): stdout or stderr redirected onto it (`> register.db`, `>> register.db`,
/// `1<> register.db`). Every command prints, a message at least, so none may run then.
pub fn stream_on_register(register: &Path) -> Option<&'static str> {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let id = |fd: std::os::fd::BorrowedFd| -> Option<(u64, u64)> {
        let f = fs::File::from(fd.try_clone_to_owned().ok()?);
        f.metadata()
            .ok()
            .filter(|m| m.is_file())
            .map(|m| (m.dev(), m.ino()))
    };
    let register_files: Vec<(u64, u64)> = std::iter::once(register.to_path_buf())
        .chain(SIDECARS.iter().map(|s| with_suffix(register, s)))
        .filter_map(|p| file_id(&p))
        .collect();
    if register_files.is_empty() {
        return None;
    }
    let on = |fd| id(fd).is_some_and(|i| register_files.contains(&i));
    let (out, err) = (std::io::stdout(), std::io::stderr());
    if on(err.as_fd()) {
        return Some("stderr");
    }
    if on(out.as_fd()) {
        return Some("stdout");
    }
    None
}

/// Refuses to run (exit 4) when standard output or standard error is a file of the register:
/// what the command prints would be written into it. Checked before the register is opened;
/// when stderr is the register, the message is empty and goes nowhere (there is nowhere safe to
/// write it): only the exit code says so.
pub fn check_streams(register: &Path) -> Result<()> {
    match stream_on_register(register) {
        None => Ok(()),
        Some("stderr") => Err(Error::Refused(String::new())),
        Some(_) => Err(Error::Refused(crate::tr!(
            "standard {} is the register file {} (a shell redirection such as `> {}` or `>> {}`); \
             kasus would print into the register, so nothing was done. A `>` has already emptied \
             the file: restore it from a backup (`kasus backup` makes one) if so. Redirect to \
             another file.",
            "{} standar adalah berkas register {} (pengalihan shell seperti `> {}` atau `>> {}`); \
             kasus akan mencetak ke dalam register, jadi tidak ada yang dilakukan. Tanda `>` sudah \
             mengosongkan berkas itu: jika begitu, pulihkan dari cadangan (`kasus backup` membuatnya). \
             Alihkan ke berkas lain.",
            crate::text::t("output", "Keluaran"),
            register.display(),
            register.display(),
            register.display()
        ))),
    }
}

// ---------------------------------------------------------------- writing a file whole

/// The folder `path` would be written in (`.` for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Refuses (exit 1, as any file that cannot be written) a path whose folder does not exist, naming the folder as given (never a
/// temporary file): `what` starts the message (`--out nofolder/x.html`).
pub fn folder_exists(what: &str, path: &Path) -> Result<()> {
    let dir = folder_of(path);
    if dir.is_dir() {
        return Ok(());
    }
    let d = dir.display();
    Err(Error::Other(crate::tr!(
        "{what}: the folder {d} does not exist; create it first or give another path",
        "{what}: folder {d} tidak ada; buat dulu atau beri jalur lain"
    )))
}

/// Where `--out FILE` is written: FILE itself, or the target of FILE when it is a symbolic link
/// (the link is kept; a link that does not resolve is FILE itself). A folder is refused.
pub fn out_target(path: &Path) -> Result<PathBuf> {
    if path.is_dir() {
        return Err(Error::Invalid(crate::tr!(
            "--out {}: is a folder; give a file name",
            "--out {}: itu sebuah folder; beri nama berkas",
            path.display()
        )));
    }
    Ok(match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    })
}

/// Writes `bytes` to `--out FILE` as exports do: whole or not at all ([`write_atomically`],
/// mode 0600) at [`out_target`] (a symbolic link followed, a folder refused); an existing FILE
/// that is not a regular file (`/dev/null`, a FIFO) is written directly. The caller has passed
/// FILE through [`check_output`] before opening the register.
pub fn write_out(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let err = |e: std::io::Error| Error::io(path, e);
    write_out_with(path, |mut file| {
        file.write_all(bytes)
            .and_then(|_| file.flush())
            .map_err(err)
    })
}

/// [`write_out`] for a writer that writes the file itself (a workbook): `write` gets the open
/// file (a private temporary one beside FILE, or FILE itself when it is not a regular file) and
/// must flush what it writes.
pub fn write_out_with(path: &Path, write: impl FnOnce(File) -> Result<()>) -> Result<()> {
    let err = |e: std::io::Error| Error::io(path, e);
    let target = out_target(path)?;
    if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let file = OpenOptions::new().write(true).open(path).map_err(err)?;
        return write(file);
    }
    if target.file_name().is_none() {
        return Err(Error::Invalid(crate::tr!(
            "--out {}: give a file name",
            "--out {}: beri nama berkas",
            path.display()
        )));
    }
    write_atomically(&target, true, |file, _| write(file))
}

/// Writes `target` whole or not at all. `write` fills a private temporary file beside it (mode
/// 0600), given both open and by path (for writers such as SQLite that open it themselves), and
/// must have flushed what it wrote when it returns. The file is then synced to disk and put in
/// place: renamed over `target` when `replace`, else hard-linked to it, which fails (an I/O error
/// of kind `AlreadyExists`) if `target` appeared meanwhile, so nothing is ever replaced. The
/// folder is synced after (best effort: not every filesystem allows it). On any error, `write`'s
/// own included, the temporary file is removed and an existing `target` is left as it was.
/// `target` is taken as it is: a caller that follows a symbolic link resolves it first.
pub fn write_atomically<T>(
    target: &Path,
    replace: bool,
    write: impl FnOnce(File, &Path) -> Result<T>,
) -> Result<T> {
    let err = |e: std::io::Error| Error::io(target, e);
    let name = target.file_name().ok_or_else(|| {
        Error::Invalid(crate::tr!(
            "{}: give a file name",
            "{}: beri nama berkas",
            target.display()
        ))
    })?;
    folder_exists(&target.display().to_string(), target)?;
    let dir = folder_of(target);
    let (mut guard, file) = Temp::beside(&dir, name)?;
    let out = write(file, &guard.path)?;
    File::open(&guard.path)
        .and_then(|f| f.sync_all())
        .map_err(err)?;
    {
        // Put in place and recorded under the list's lock: an interrupt names FILE as written
        // whole exactly when it is.
        let _listed = unfinished();
        // A signal came while it was written (a bulk import's rejects file, the import stopped
        // and rolled back: crate::interrupt::stops_write): not put in place.
        crate::interrupt::stopped()?;
        if replace {
            fs::rename(&guard.path, target).map_err(err)?;
        } else {
            fs::hard_link(&guard.path, target).map_err(err)?;
            let _ = fs::remove_file(&guard.path);
        }
        guard.keep();
        match PLACED.lock() {
            Ok(mut paths) => paths.push(target.to_path_buf()),
            Err(poisoned) => poisoned.into_inner().push(target.to_path_buf()),
        }
    }
    // The new name itself is durable once the folder is synced.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_in_folders_not_made_yet_is_its_existing_folder_resolved_then_as_written() {
        let cwd = std::fs::canonicalize(std::env::current_dir().unwrap()).unwrap();
        assert_eq!(
            anchored(Path::new("nope-a/./nope-b/../nope-c/reg.db")),
            Some(cwd.join("nope-a").join("nope-c").join("reg.db"))
        );
        assert_eq!(
            beside(Path::new("/nope-x/nope-y/reg.db-wal")),
            Some(PathBuf::from("/nope-x/nope-y/reg.db-wal"))
        );
        // Through a link to an existing folder: the link resolved, the rest as written.
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("real");
        std::fs::create_dir(&real).unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(
            beside(&link.join("new").join("reg.db")),
            beside(&real.join("new").join("reg.db"))
        );
        assert_eq!(
            beside(&link.join("new").join("reg.db")),
            Some(
                std::fs::canonicalize(&real)
                    .unwrap()
                    .join("new")
                    .join("reg.db")
            )
        );
    }
    use std::os::unix::fs::symlink;

    fn setup() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let reg = dir.path().join("register.db");
        fs::write(&reg, b"SQLite format 3\0").unwrap();
        (dir, reg)
    }

    #[test]
    fn another_file_is_fine() {
        let (dir, reg) = setup();
        let out = dir.path().join("cases.csv");
        assert_eq!(clash(&out, &reg, None, &[]), None);
        fs::write(&out, b"old").unwrap();
        assert_eq!(clash(&out, &reg, None, &[]), None);
        let link = dir.path().join("to-cases.csv");
        symlink(&out, &link).unwrap();
        assert_eq!(clash(&link, &reg, None, &[]), None);
        // A name that only starts like the register's.
        assert_eq!(
            clash(&dir.path().join("register.db.csv"), &reg, None, &[]),
            None
        );
        assert!(check_output("--out", &out, &reg, &[]).is_ok());
    }

    #[test]
    fn the_register_by_any_name() {
        let (dir, reg) = setup();
        assert_eq!(clash(&reg, &reg, None, &[]), Some(Clash::Register));
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        let dotted = sub.join("..").join("register.db");
        assert_eq!(clash(&dotted, &reg, None, &[]), Some(Clash::Register));
        let link = dir.path().join("link.db");
        symlink(&reg, &link).unwrap();
        assert_eq!(clash(&link, &reg, None, &[]), Some(Clash::Register));
        // The register given through a link, the output by its real name.
        assert_eq!(clash(&reg, &link, None, &[]), Some(Clash::Register));
        let hard = dir.path().join("hard.db");
        fs::hard_link(&reg, &hard).unwrap();
        assert_eq!(clash(&hard, &reg, None, &[]), Some(Clash::HardLink));
    }

    #[test]
    fn the_sidecars_existing_or_not() {
        let (dir, reg) = setup();
        for s in SIDECARS {
            let side = dir.path().join(format!("register.db{s}"));
            assert_eq!(clash(&side, &reg, None, &[]), Some(Clash::Sidecar(s)));
        }
        let wal = dir.path().join("register.db-wal");
        fs::write(&wal, b"").unwrap();
        let hard = dir.path().join("w");
        fs::hard_link(&wal, &hard).unwrap();
        assert_eq!(clash(&hard, &reg, None, &[]), Some(Clash::HardLink));
        // Through a link to the register, the sidecars are the target's.
        let link = dir.path().join("link.db");
        symlink(&reg, &link).unwrap();
        assert_eq!(clash(&wal, &link, None, &[]), Some(Clash::Sidecar("-wal")));
    }

    #[test]
    fn a_dangling_link_and_the_input() {
        let (dir, reg) = setup();
        let link = dir.path().join("out.csv");
        symlink(dir.path().join("nowhere.csv"), &link).unwrap();
        assert_eq!(clash(&link, &reg, None, &[]), Some(Clash::Dangling));
        let input = dir.path().join("x.csv");
        fs::write(&input, b"sop\n").unwrap();
        let from = [("--from", input.as_path())];
        assert_eq!(
            clash(&input, &reg, None, &from),
            Some(Clash::Input("--from".into()))
        );
        let stdin = [("--from", Path::new("-"))];
        assert_eq!(clash(&input, &reg, None, &stdin), None);
        let e = check_output("--rejects", &input, &reg, &from).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::REFUSED);
        let m = e.to_string();
        assert!(m.starts_with("--rejects ") && m.contains("--from"), "{m}");
    }

    #[test]
    fn the_configuration_file_existing_or_not() {
        let (dir, reg) = setup();
        let config = dir.path().join("config.toml");
        let c = Some(config.as_path());
        assert_eq!(clash(&config, &reg, c, &[]), Some(Clash::Config));
        fs::write(&config, b"postgres = \"postgresql:///kasus\"\n").unwrap();
        let link = dir.path().join("to-config.toml");
        symlink(&config, &link).unwrap();
        assert_eq!(clash(&link, &reg, c, &[]), Some(Clash::Config));
        let hard = dir.path().join("hard.toml");
        fs::hard_link(&config, &hard).unwrap();
        assert_eq!(clash(&hard, &reg, c, &[]), Some(Clash::Config));
        assert_eq!(clash(&dir.path().join("other.toml"), &reg, c, &[]), None);
    }

    #[test]
    fn a_missing_folder_is_named_not_a_temporary_file() {
        let (dir, _) = setup();
        let out = dir.path().join("nofolder").join("report.html");
        let e = write_atomically(&out, true, |_, _| Ok(())).unwrap_err();
        let m = e.to_string();
        assert!(
            m.contains("nofolder") && !m.contains(".report.html."),
            "{m}"
        );
        assert_eq!(e.exit_code(), crate::error::exit::ERROR);
    }

    #[test]
    fn written_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.txt");
        fs::write(&out, b"old").unwrap();
        let e = write_atomically(&out, true, |mut f, _| {
            use std::io::Write;
            f.write_all(b"half").map_err(|e| Error::io("x", e))?;
            Err::<(), _>(Error::Other("stopped".into()))
        });
        assert!(e.is_err());
        assert_eq!(fs::read(&out).unwrap(), b"old");
        let n = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(n, 1, "the temporary file is gone");
        write_atomically(&out, true, |mut f, _| {
            use std::io::Write;
            f.write_all(b"new").map_err(|e| Error::io("x", e))
        })
        .unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"new");
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let e = write_atomically(&out, false, |_, _| Ok(())).unwrap_err();
        assert!(
            matches!(&e, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists)
        );
        assert_eq!(fs::read(&out).unwrap(), b"new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    fn listed(path: &Path) -> bool {
        UNFINISHED.lock().unwrap().iter().any(|p| p == path)
    }

    #[test]
    fn an_interrupt_knows_every_unfinished_file_and_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let (guard, _file) = Temp::beside(dir.path(), OsStr::new("out.csv")).unwrap();
        let path = guard.path.clone();
        assert!(listed(&path), "listed while it is written");
        drop(guard);
        assert!(
            !listed(&path) && !path.exists(),
            "dropped: removed and unlisted"
        );

        let out = dir.path().join("kept.csv");
        let mut seen = None;
        write_atomically(&out, true, |_, p| {
            seen = Some(p.to_path_buf());
            assert!(listed(p));
            Ok(())
        })
        .unwrap();
        let seen = seen.unwrap();
        assert!(
            !listed(&seen),
            "in place and dropped: no longer the interrupt's to remove"
        );
        assert!(out.exists());
        assert!(placed().contains(&out), "said to be written whole");
        // Kept but not yet dropped: its sidecars are still the interrupt's to remove.
        let (mut guard, _file) = Temp::beside(dir.path(), OsStr::new("c.db")).unwrap();
        guard.keep();
        assert!(listed(&guard.path));
        let path = guard.path.clone();
        drop(guard);
        assert!(
            !listed(&path) && path.exists(),
            "a kept file is not removed"
        );

        // What the interrupt does to each: the file and its SQLite sidecars go.
        let (guard, _file) = Temp::beside(dir.path(), OsStr::new("b.db")).unwrap();
        let wal = dir.path().join(format!(
            "{}-wal",
            guard.path.file_name().unwrap().to_string_lossy()
        ));
        fs::write(&wal, b"x").unwrap();
        remove_with_sidecars(&guard.path);
        assert!(!guard.path.exists() && !wal.exists());
        // A file that could not be created is not left listed.
        let missing = dir.path().join("missing-folder");
        assert!(Temp::beside(&missing, OsStr::new("x")).is_err());
        assert!(!UNFINISHED
            .lock()
            .unwrap()
            .iter()
            .any(|p| p.starts_with(&missing)));
    }
}
