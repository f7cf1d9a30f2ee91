//! The register: one SQLite file, opened and migrated here. All SQL in kasus lives under this
//! module; its functions are the register's own operations (record a step, list open cases),
//! so that a second storage backend can implement the same functions.
//!
//! Opening reads the header, `application_id` and `user_version` without taking the write lock;
//! only a register that is behind is migrated, under the write lock (BEGIN IMMEDIATE).

pub mod agencies;
pub mod assignments;
pub mod audit;
pub mod backfill;
pub mod bulk;
pub mod bundle;
pub mod calendars;
pub mod case_edit;
pub mod case_sections;
pub mod case_writer;
pub mod cases;
#[cfg(feature = "sqlcipher")]
pub mod cipher;
pub mod conflicts;
pub mod consents;
pub mod corrections;
pub mod db;
pub mod export;
mod feed;
pub mod flow_case;
pub mod intake;
mod journal;
pub mod made;
pub mod maintenance;
pub mod merge;
pub mod offices;
pub mod pauses;
#[cfg(feature = "postgres")]
pub mod postgres;
pub mod raw_rows;
pub mod recompute;
pub mod referrals;
pub mod reports;
pub mod rowhash;
pub mod schema;
#[cfg(feature = "postgres")]
mod server;
mod sieve;
pub mod sops;
pub mod staff;
pub mod step_correct;
pub mod step_void;
pub mod steps;

use crate::error::{Error, Result};
use rusqlite::{params, Connection, OpenFlags, Transaction, TransactionBehavior};
use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use schema::LATEST as SCHEMA_VERSION;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Pages in SQLite's cache for a command that reads one case ([`Register::few_pages`]): a
/// b-tree's path from root to leaf for each table and index read at once, with room to spare.
const FEW_PAGES: i64 = 12;

/// How long a command waits for another program using the register (`KASUS_BUSY_TIMEOUT_MS`,
/// 30 seconds when unset or empty); a value that is not a whole number of milliseconds is a
/// usage error, not a silent 30 seconds (`1e3`, `-1`).
fn busy_timeout() -> Result<Duration> {
    let v = std::env::var("KASUS_BUSY_TIMEOUT_MS").unwrap_or_default();
    if v.trim().is_empty() {
        return Ok(Duration::from_secs(30));
    }
    v.trim().parse().map(Duration::from_millis).map_err(|_| {
        Error::Usage(
            crate::text::t(
                "KASUS_BUSY_TIMEOUT_MS is not a whole number of milliseconds: give one (30000 waits 30 seconds, 0 not at all), or unset it; nothing was done",
                "KASUS_BUSY_TIMEOUT_MS bukan bilangan bulat milidetik: beri satu (30000 menunggu 30 detik, 0 tidak menunggu), atau hapus variabelnya; tidak ada yang dilakukan",
            )
            .into(),
        )
    })
}

pub struct Register {
    /// The connection: a SQLite file, or a PostgreSQL server (`db`).
    db: db::Db,
    path: PathBuf,
    /// Who writes: when set, every write checks the `require-staff` setting against it.
    actor: Option<String>,
    /// Whether the connection's pre-update hook records row changes (`rowhash`): installed
    /// before the first write, so that commands that only read pay nothing for it.
    hooked: std::cell::Cell<bool>,
    /// The office whose rows reads are limited to (`--office`, see `offices`): the value
    /// `ifnull(origin, '')` must have (empty: this office's own rows); None: every office's.
    scope: Option<String>,
    /// The key the register was opened with (SQLCipher build): a backup copy gets it too.
    #[cfg(feature = "sqlcipher")]
    key: Option<String>,
}

/// The default register: `<platform data dir>/kasus/register.db`.
pub fn default_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "kasus")
        .map(|d| d.data_dir().join("register.db"))
        .ok_or_else(|| {
            Error::Other(
                crate::text::t(
                    "cannot find a home folder for the default register: give --db PATH or set KASUS_DB",
                    "tidak menemukan folder home untuk register bawaan: beri --db PATH atau atur KASUS_DB",
                )
                .into(),
            )
        })
}

fn not_register(path: &Path, why: &str) -> Error {
    Error::Register(crate::tr!(
        "{}: not a kasus register ({why}); it was left untouched. Give another --db PATH.",
        "{}: bukan register kasus ({why}); tidak ada yang diubah. Beri --db PATH yang lain.",
        path.display()
    ))
}

/// An empty file (0 bytes) found where the register should be.
fn empty_file(path: &Path) -> Error {
    Error::Register(crate::tr!(
        "{}: the file is empty (0 bytes), not a register; it was left untouched. If it held the \
         register, it was emptied (a `>` redirect onto it empties it before kasus runs): restore \
         it from a backup (`kasus backup FILE` makes one). If it never did (a first command cut \
         short before it made the register), or to start a new register there, remove the empty \
         file first.",
        "{}: berkasnya kosong (0 byte), bukan register; berkas tidak diubah. Jika tadinya berisi \
         register, berkas itu telah dikosongkan (pengalihan `>` ke berkas itu mengosongkannya \
         sebelum kasus berjalan): pulihkan dari cadangan (`kasus backup FILE` membuatnya). Jika \
         tidak pernah (perintah pertama terhenti sebelum membuat register), atau untuk memulai \
         register baru di sana, hapus dulu berkas kosong itu.",
        path.display()
    ))
}

/// Creates the folder (0700) and an empty file (0600) before SQLite opens it, so that SQLite
/// gives the WAL and SHM files the register's own mode; true when it made the file. A file made
/// here is recorded ([`made`]): a command that fails without writing to it removes it again.
fn create_file(path: &Path) -> Result<bool> {
    let mut folders = Vec::new();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            folders = made::missing_folders(dir);
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| Error::io(dir, e))?;
        }
    }
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => {
            made::created(path, folders);
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::io(path, e)),
    }
}

fn read_header(path: &Path) -> Result<Option<[u8; 16]>> {
    let mut f = fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut buf = [0u8; 16];
    let mut got = 0;
    while got < 16 {
        match f.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    match got {
        0 => Ok(None),
        16 => Ok(Some(buf)),
        _ => Ok(Some([0; 16])),
    }
}

/// The PostgreSQL URL `location` is (`--db postgresql://...`), when it is one rather than a file.
pub fn server_url(location: &Path) -> Option<&str> {
    location
        .to_str()
        .filter(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"))
}

/// Checks where `--db` or `KASUS_DB` says the register is, before anything is opened or created:
/// a PostgreSQL URL whose scheme is written in capitals (`POSTGRESQL://`) comes back with it in
/// small letters; anything else that looks like a URL but is not one kasus accepts (a mistyped
/// or one-slash `postgresql:/`, any other `scheme://`, spaces around a URL) is refused (exit 2),
/// so that it never becomes a register file named like the URL. A file path, with a `:` in a
/// folder's name too, passes unchanged. The message shows no more of the value than its scheme
/// (the rest may hold a password).
pub fn checked_location(location: PathBuf) -> Result<PathBuf> {
    let Some(s) = location.to_str() else {
        return Ok(location);
    };
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let accepted = ["postgres://", "postgresql://"]
        .iter()
        .find(|p| lower.starts_with(**p));
    let scheme = t.split_once(':').map(|(sc, _)| sc).unwrap_or("");
    let schemeish = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    let why = match accepted {
        Some(_) if t != s => crate::text::t(
            "has spaces around it",
            "ada spasi di sekitarnya",
        ),
        Some(p) => {
            return Ok(PathBuf::from(format!("{p}{}", &t[p.len()..])));
        }
        None if schemeish && looks_postgres(&scheme.to_ascii_lowercase()) => {
            crate::text::t(
                "is not a URL kasus accepts (a PostgreSQL URL begins postgresql:// or postgres://, with two slashes)",
                "bukan URL yang diterima kasus (URL PostgreSQL diawali postgresql:// atau postgres://, dengan dua garis miring)",
            )
        }
        None if t.contains("://") => crate::text::t(
            "is not a URL kasus accepts (the only URL it takes is a PostgreSQL one)",
            "bukan URL yang diterima kasus (satu-satunya URL yang diterima adalah URL PostgreSQL)",
        ),
        None => return Ok(location),
    };
    let shown: String = if schemeish {
        format!("'{scheme}:...'")
    } else {
        crate::text::t("the value", "nilainya").to_string()
    };
    Err(Error::Usage(crate::tr!(
        "--db or KASUS_DB: {shown} looks like a URL but {why}; write a PostgreSQL register as \
         postgresql://USER@HOST/DB (no spaces around it), or give a register file's path. \
         Nothing was created.",
        "--db atau KASUS_DB: {shown} tampak seperti URL tetapi {why}; tulis register PostgreSQL \
         sebagai postgresql://USER@HOST/DB (tanpa spasi di sekitarnya), atau beri path berkas \
         register. Tidak ada yang dibuat."
    )))
}

/// Whether a URL scheme (in small letters) is PostgreSQL's mistyped: `postgresq`, `posgres`,
/// `pg`, `psql`, ... or `postgresql` itself (then without its two slashes).
fn looks_postgres(scheme: &str) -> bool {
    scheme.starts_with("postg")
        || scheme.starts_with("pg")
        || scheme.starts_with("psql")
        || ["postgres", "postgresql"]
            .iter()
            .any(|w| edit_distance(scheme, w) <= 2)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A PostgreSQL URL as it may be shown: without its password.
pub use db::shown_url;

impl Register {
    /// Opens the register in the PostgreSQL database `url` names (issue 21): a new register in
    /// an empty database when `create`, else only an existing one.
    pub fn open_server(url: &str, create: bool) -> Result<Register> {
        #[cfg(feature = "postgres")]
        return server::open(url, create);
        #[cfg(not(feature = "postgres"))]
        {
            let _ = (url, create);
            Err(Error::Register(
                crate::text::t(
                    "this kasus is built without PostgreSQL (feature `postgres`): give --db a \
                     register file, or use a kasus built with it",
                    "kasus ini dibangun tanpa PostgreSQL (fitur `postgres`): beri --db berkas \
                     register, atau pakai kasus yang dibangun dengannya",
                )
                .into(),
            ))
        }
    }

    /// Which engine holds the register.
    pub fn engine(&self) -> db::Engine {
        self.db.engine()
    }
}

impl Drop for Register {
    /// A register this run made notes whether anything was written to it (see [`made`]).
    fn drop(&mut self) {
        if let Ok(conn) = self.db.sqlite() {
            made::closing(&self.path, conn);
        }
    }
}

/// How the register gets the key of an encrypted register when `KASUS_KEY` is not set: the
/// caller asks a person (`prompt`), or gives `None` when nobody can be asked. A kasus built
/// without the `sqlcipher` feature never calls it.
pub type AskKey<'a> = &'a dyn Fn(&Path) -> Result<Option<String>>;

impl Register {
    /// Opens (creating it on first use) and, when it is behind, migrates the register. An
    /// encrypted register's key comes from `KASUS_KEY` only: nobody is asked.
    pub fn open(path: &Path) -> Result<Register> {
        Register::open_asking(path, &|_| Ok(None))
    }

    /// As [`Register::open`], with `ask` for the key of an encrypted register when `KASUS_KEY`
    /// is not set.
    #[cfg_attr(not(feature = "sqlcipher"), allow(unused_variables))]
    pub fn open_asking(path: &Path, ask: AskKey) -> Result<Register> {
        if let Some(url) = server_url(path) {
            return Register::open_server(url, true);
        }
        if path.is_dir() {
            return Err(not_register(
                path,
                crate::text::t("it is a folder", "ini sebuah folder"),
            ));
        }
        // Checked before the file is made: a bad value creates nothing.
        let wait = busy_timeout()?;
        let made_now = create_file(path)?;
        let header = read_header(path)?;
        // An empty file kasus did not just make is no register to build anew: a register
        // emptied by a `>` redirect (the shell empties it before kasus runs) would otherwise
        // become a new, empty one, and a report on it say "nothing overdue".
        if header.is_none() && !made_now {
            return Err(empty_file(path));
        }
        // Built with SQLCipher: the key from KASUS_KEY or `ask`; an encrypted file's first
        // bytes are not SQLite's header, so the header check waits for the key.
        #[cfg(feature = "sqlcipher")]
        let key = cipher::key_for(path, header.is_some_and(|h| &h != SQLITE_HEADER), ask)?;
        #[cfg(feature = "sqlcipher")]
        match (header, &key) {
            (Some(h), None) if &h != SQLITE_HEADER => return Err(cipher::no_key(path)),
            (Some(h), Some(_)) if &h == SQLITE_HEADER => return Err(cipher::not_encrypted(path)),
            _ => {}
        }
        #[cfg(not(feature = "sqlcipher"))]
        if let Some(h) = header {
            if &h != SQLITE_HEADER {
                return Err(not_register(
                    path,
                    crate::text::t("not a SQLite file", "bukan berkas SQLite"),
                ));
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .or_else(|_| {
                Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
            })
            .map_err(|e| {
                Error::Register(format!("{}: {}", path.display(), crate::text::db_error(&e)))
            })?;
        #[cfg(feature = "sqlcipher")]
        if let Some(k) = &key {
            cipher::apply_key(&conn, path, k)?;
        }
        conn.busy_timeout(wait)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let mut reg = Register {
            db: db::Db::Sqlite(conn),
            path: path.to_path_buf(),
            actor: None,
            hooked: std::cell::Cell::new(false),
            scope: None,
            #[cfg(feature = "sqlcipher")]
            key,
        };
        reg.check_and_migrate(header.is_none())?;
        journal::mend(reg.conn()?, wait);
        sops::sync_builtins(&mut reg)?;
        made::opened(path, reg.conn()?);
        Ok(reg)
    }

    fn check_and_migrate(&mut self, fresh: bool) -> Result<()> {
        let read = |conn: &Connection| -> rusqlite::Result<(i32, i64, i64)> {
            let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            let ver: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            let tables: i64 =
                conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            Ok((app, ver, tables))
        };
        let (app, ver, tables) = read(self.conn()?).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => Error::Register(crate::tr!(
                "{}: the register is damaged (SQLite finds it corrupt); it was left untouched. \
                 Restore it from a backup (`kasus backup FILE` makes one)",
                "{}: register rusak (menurut SQLite, berkasnya corrupt); berkas tidak diubah. \
                 Pulihkan dari cadangan (`kasus backup FILE` membuatnya)",
                self.path.display()
            )),
            Some(rusqlite::ErrorCode::NotADatabase) => not_register(
                &self.path,
                crate::text::t(
                    "not a SQLite file, or damaged",
                    "bukan berkas SQLite, atau rusak",
                ),
            ),
            _ => Error::Db(e),
        })?;
        let empty = fresh || (app == 0 && ver == 0 && tables == 0);
        if !empty && app != schema::APPLICATION_ID {
            return Err(not_register(
                &self.path,
                crate::text::t(
                    "a SQLite file of another program",
                    "berkas SQLite milik program lain",
                ),
            ));
        }
        if ver > schema::LATEST {
            return Err(Error::Register(crate::tr!(
                "{}: this register was written by a newer kasus (schema {ver}; this kasus knows up to {}). \
                 It was left untouched: upgrade kasus to use it.",
                "{}: register ini ditulis oleh kasus yang lebih baru (skema {ver}; kasus ini mengenal sampai {}). \
                 Berkas tidak diubah: perbarui kasus untuk memakainya.",
                self.path.display(),
                schema::LATEST
            )));
        }
        if ver == schema::LATEST {
            return Ok(());
        }
        if empty {
            // 16 KiB pages: fewer, fuller B-tree pages for rows as wide as a case's (a bulk
            // intake measured about a sixth faster). Only a file with no page yet takes a page
            // size without a VACUUM; an encrypted one keeps SQLCipher's own.
            #[cfg(feature = "sqlcipher")]
            let plain = self.key.is_none();
            #[cfg(not(feature = "sqlcipher"))]
            let plain = true;
            if plain {
                self.conn()?.pragma_update(None, "page_size", 16384)?;
            }
            // WAL cannot be switched on inside a transaction; it persists in the file.
            self.conn()?
                .pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))?;
        }
        // Schema 10 builds tables again (SQLite's way to change their constraints): that needs
        // foreign keys off, which only takes effect outside a transaction. The rows keep their
        // ids, so no reference changes (a row whose parent was already missing stays for
        // `kasus check` to name); they are switched on again whatever happens.
        self.conn()?.pragma_update(None, "foreign_keys", false)?;
        let out = self.migrate(empty);
        self.conn()?.pragma_update(None, "foreign_keys", true)?;
        out
    }

    /// Applies the migrations the register lacks, in one transaction (see `check_and_migrate`).
    fn migrate(&mut self, empty: bool) -> Result<()> {
        let tx = self
            .db
            .sqlite_mut()?
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ver: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(ver as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            // Schema 6 puts every data row in the audit chain: the rows already there get
            // their baseline entries (none in a new register).
            if i + 1 == schema::ROWS_AUDITED_FROM as usize && !empty {
                let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
                rowhash::baseline(&tx, &now)?;
            }
            // Schema 7 adds columns to `consents`: its rows' hashes change with them.
            if i + 1 == 7 && !empty {
                let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
                rowhash::baseline_of(&tx, &now, ["consents"])?;
            }
            // Schema 8 adds `agency_kind` to `referrals`: likewise.
            if i + 1 == 8 && !empty {
                let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
                rowhash::baseline_of(&tx, &now, ["referrals"])?;
            }
            // Schema 10: the office's identity, a UUID for each calendar there is, and the
            // baseline of every table whose columns changed (in a new register, the identity
            // alone: the register's first entry).
            if i + 1 == 10 {
                let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
                tx.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES (?1, ?2)",
                    [OFFICE_UUID, &new_uuid()],
                )?;
                let ids: Vec<i64> = tx
                    .prepare("SELECT id FROM calendars WHERE uuid = '' ORDER BY id")?
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in ids {
                    tx.execute(
                        "UPDATE calendars SET uuid = ?1 WHERE id = ?2",
                        params![new_uuid(), id],
                    )?;
                }
                if empty {
                    rowhash::baseline_of(&tx, &now, ["meta"])?;
                } else {
                    rowhash::baseline_of(
                        &tx,
                        &now,
                        std::iter::once("meta").chain(schema::TRAVELLING.iter().copied()),
                    )?;
                }
            }
        }
        tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        tx.commit()?;
        Ok(())
    }

    /// Who the following writes are by: checked against the `require-staff` setting.
    pub fn set_actor(&mut self, actor: &str) {
        self.actor = Some(actor.to_string());
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SQLite connection, for the register's own modules only (a command calls the
    /// register's operations and never holds a connection, a transaction or a rusqlite type);
    /// on a PostgreSQL register, the refusal of an operation that is not there yet.
    fn conn(&self) -> Result<&Connection> {
        self.db.sqlite()
    }

    /// Runs `f` in one write transaction on either engine. All or nothing. On SQLite it begins
    /// IMMEDIATE, so that a second writer waits for the lock (up to the busy timeout) instead of
    /// failing half-way; on PostgreSQL, writers take the register's lock first
    /// (`server::write`), so that they append to the audit chain one at a time, as on SQLite.
    /// When an actor is set (`set_actor`), a register that requires staff refuses the write of
    /// an actor who is not active staff (checked inside the transaction).
    fn change<T>(&mut self, f: impl FnMut(db::DbRef) -> Result<T>) -> Result<T> {
        self.change_or_rehearse(true, f)
    }

    /// As [`Register::change`] when `commit`; otherwise a rehearsal rolled back at the end.
    pub(crate) fn change_or_rehearse<T>(
        &mut self,
        commit: bool,
        mut f: impl FnMut(db::DbRef) -> Result<T>,
    ) -> Result<T> {
        match &self.db {
            db::Db::Sqlite(_) => self.write_or_rehearse(commit, |_| f(self.db.r())),
            #[cfg(feature = "postgres")]
            db::Db::Postgres(p) => server::write(p, self.actor.as_deref(), commit, f),
        }
    }

    /// The SQLite side of [`Register::change_or_rehearse`] (and SQLite's own bulk paths, which
    /// hold rusqlite's transaction): as [`Register::change`] when `commit`; otherwise a rehearsal (`--dry-run`): the same
    /// transaction, with every check and every statement a write makes, rolled back at the end
    /// whatever `f` returns, so the register is left exactly as it was.
    pub(crate) fn write_or_rehearse<T>(
        &self,
        commit: bool,
        f: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        self.write_as(commit, TransactionBehavior::Immediate, f)
    }

    /// As [`Register::write_or_rehearse`], for one large write (a bulk intake): with
    /// SQLite's rollback journal instead of the WAL, when nobody else has the register open
    /// ([`journal`]), in a transaction that takes its exclusive lock at once; the WAL is put
    /// back after it, whatever it returned. A rehearsal keeps the WAL (it writes nothing).
    ///
    /// `whole_input`: the write's input is all there (a regular file), so that holding the
    /// register to itself never waits on a pipe or a person typing; otherwise the WAL, and
    /// readers go on.
    pub(crate) fn bulk_write_or_rehearse<T>(
        &self,
        commit: bool,
        whole_input: bool,
        f: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let conn = self.conn()?;
        // From the switch on, Ctrl-C, SIGTERM or SIGHUP stops the write and waits for the WAL
        // to be back (the write checks for it between rows, and `write_as` before its commit).
        let stop = (commit && whole_input).then(|| crate::interrupt::stops_write(conn));
        if !(stop.is_some() && journal::rollback(conn)) {
            drop(stop);
            return self.write_or_rehearse(commit, f);
        }
        let out = self.write_as(commit, TransactionBehavior::Exclusive, f);
        journal::wal(conn);
        drop(stop);
        out
    }

    /// The transaction of [`Register::write_or_rehearse`], begun as `behavior` says.
    fn write_as<T>(
        &self,
        commit: bool,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let conn = self.conn()?;
        if !self.hooked.get() {
            rowhash::install_hook(conn)?;
            self.hooked.set(true);
        }
        rowhash::clear();
        let tx = Transaction::new_unchecked(conn, behavior)?;
        let out = (|| -> Result<T> {
            if let Some(actor) = &self.actor {
                maintenance::check_actor(&tx, actor)?;
            }
            let out = f(&tx)?;
            // Rows written after the transaction's last entry (or by a write with none) get
            // their own entry, so that every row change is in the chain.
            if rowhash::pending() > 0 {
                let now = crate::clock::to_db(crate::clock::now().map_err(Error::Usage)?);
                let actor = self.actor.as_deref().unwrap_or("kasus");
                rowhash::flush(&tx, &now, actor)?;
            }
            Ok(out)
        })();
        rowhash::clear();
        let out = out?;
        if commit {
            // A write an interrupt waits for (`bulk_write_or_rehearse`) commits only if no
            // signal came, atomically with the exit's look at it.
            crate::interrupt::commit_or_stop()?;
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Warns when people other than the owner can read the register.
    pub fn permission_warning(&self) -> Option<String> {
        let mode = fs::metadata(&self.path).ok()?.permissions().mode();
        (mode & 0o077 != 0).then(|| {
            crate::tr!(
                "warning: {} can be read by other users (mode {:o}); run: chmod 600 {}",
                "peringatan: {} dapat dibaca pengguna lain (mode {:o}); jalankan: chmod 600 {}",
                self.path.display(),
                mode & 0o777,
                self.path.display()
            )
        })
    }
}

/// A stored comma-separated list of codes (violence types, scopes, services): its non-empty
/// items, in order; none when the column is NULL.
fn split_list(s: Option<String>) -> Vec<String> {
    s.map(|s| {
        s.split(',')
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// Reads a value from the register's settings.
fn meta_get<'a>(db: impl Into<db::DbRef<'a>>, key: &str) -> Result<Option<String>> {
    db.into()
        .query_opt("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
}

fn meta_set<'a>(db: impl Into<db::DbRef<'a>>, key: &str, value: &str) -> Result<()> {
    db.into().execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// The office's zone (setting `timezone`; WIB by default), on a connection or a transaction.
fn zone<'a>(db: impl Into<db::DbRef<'a>>) -> Result<crate::clock::Zone> {
    Ok(meta_get(db, "timezone")?
        .as_deref()
        .and_then(crate::clock::Zone::parse)
        .unwrap_or(crate::clock::Zone::Wib))
}

/// The register's settings and reads, as the commands call them.
impl Register {
    /// A setting's value, when it is set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        meta_get(&self.db, key)
    }

    /// The settings set whose keys start with `prefix` (`referral-response.`), by key.
    pub fn settings_starting(&self, prefix: &str) -> Result<Vec<(String, String)>> {
        self.db.r().all(
            "SELECT key, value FROM meta WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key",
            [prefix],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Sets a setting, with its audit entry, in one write. Switching `require-staff` on is
    /// refused when `actor` is not active staff: nobody could make changes any more.
    pub fn set_setting(&mut self, key: &str, value: &str, now: &str, actor: &str) -> Result<()> {
        self.change(|tx| {
            if key == maintenance::REQUIRE_STAFF
                && value == "true"
                && !maintenance::actor_is_staff(tx, actor)?
            {
                return Err(Error::Refused(
                    crate::text::t(
                        "require-staff can only be switched on by an active staff member, so that \
                         someone can still make changes: add yourself (`kasus staff add NAME --role ROLE`) \
                         and run it again with --actor NAME. Nothing was changed",
                        "require-staff hanya bisa dinyalakan oleh staf aktif, agar masih ada yang bisa \
                         membuat perubahan: tambahkan diri Anda (`kasus staff add NAMA --role PERAN`) \
                         lalu jalankan lagi dengan --actor NAMA. Tidak ada yang diubah",
                    )
                    .into(),
                ));
            }
            meta_set(tx, key, value)?;
            audit::append(
                tx,
                now,
                actor,
                "config.set",
                None,
                &serde_json::json!({"key": key, "value": value}),
            )?;
            Ok(())
        })
    }

    /// The office's zone (setting `timezone`; WIB by default).
    pub fn zone(&self) -> Result<crate::clock::Zone> {
        zone(&self.db)
    }

    /// The office prefix of case numbers (setting `office-prefix`; PPA by default).
    pub fn office_prefix(&self) -> Result<String> {
        Ok(self
            .setting("office-prefix")?
            .unwrap_or_else(|| "PPA".into()))
    }

    /// Refuses `actor` when the register requires active staff for changes and `actor` is not
    /// (the same check every write makes), before a command asks anything more.
    pub fn check_actor(&self, actor: &str) -> Result<()> {
        maintenance::check_actor(&self.db, actor)
    }

    /// For a command that reads one case (a few dozen pages): SQLite's page cache kept to
    /// [`FEW_PAGES`], so that the pages read after the first few go into buffers already used
    /// instead of fresh memory (each fresh 16 KiB buffer is four page faults; a page read
    /// again comes from the system's file cache). `case show` at 1,000,000 cases: 640 -> 430
    /// page faults. Nothing to do on a PostgreSQL server.
    pub fn few_pages(&self) -> Result<()> {
        if let db::Db::Sqlite(c) = &self.db {
            c.pragma_update(None, "cache_size", FEW_PAGES)?;
        }
        Ok(())
    }

    /// Runs `f` in one read transaction: every query in it reads one snapshot of the register
    /// (and the WAL's read lock is taken once). Nothing is written; the snapshot ends after `f`.
    pub fn snapshot<T>(&self, f: impl FnOnce(&Register) -> Result<T>) -> Result<T> {
        match &self.db {
            db::Db::Sqlite(c) => {
                let snapshot = c.unchecked_transaction()?;
                let out = f(self)?;
                snapshot.finish()?;
                Ok(out)
            }
            #[cfg(feature = "postgres")]
            db::Db::Postgres(_) => {
                let db = self.db.r();
                db.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
                let out = f(self);
                db.batch(if out.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
                out
            }
        }
    }
}

/// The setting that holds the office's identity: a UUIDv7 made when the register reached
/// schema 10 (at its creation, or by the migration), never changed (`kasus config` shows it and
/// refuses to set it). Rows merged from another office carry that office's UUID as `origin`.
pub const OFFICE_UUID: &str = "office-uuid";

/// A new row's UUID: time-ordered (version 7), so that rows inserted together land side by side
/// in a `uuid` index instead of on random pages, and a register's rows sort by creation.
fn new_uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

#[cfg(test)]
mod location_tests {
    use super::checked_location;
    use std::path::PathBuf;

    fn checked(s: &str) -> Result<String, String> {
        checked_location(PathBuf::from(s))
            .map(|p| p.display().to_string())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn urls_pass_and_capitals_become_small() {
        for ok in [
            "postgresql://a@h/d",
            "postgres://h/d",
            "postgresql:///kasus?host=/run",
        ] {
            assert_eq!(checked(ok).unwrap(), ok);
        }
        assert_eq!(
            checked("POSTGRESQL://Staf@H/Db").unwrap(),
            "postgresql://Staf@H/Db"
        );
        assert_eq!(checked("Postgres://h/d").unwrap(), "postgres://h/d");
    }

    #[test]
    fn file_paths_pass_unchanged() {
        for ok in [
            "register.db",
            "/srv/kasus/register.db",
            "backup:2026/register.db",
            "C:/register.db",
            "postbox/register.db",
            " register.db",
        ] {
            assert_eq!(checked(ok).unwrap(), ok);
        }
    }

    #[test]
    fn url_lookalikes_are_refused_without_the_password() {
        for bad in [
            "postgresq://staf:rahasia@h/d",
            "postgres:/h/d",
            "postgresql:/h/d",
            "postgresql:h",
            "posgres://h/d",
            "pg://h/d",
            "PostgreSQL:/h/d",
            " postgresql://staf:rahasia@h/d",
            "postgresql://h/d\n",
            "mysql://h/d",
            "folder/a://b",
        ] {
            let e = checked(bad).unwrap_err();
            assert!(e.contains("postgresql://USER@HOST/DB"), "{bad:?}: {e}");
            assert!(!e.contains("rahasia"), "{e}");
        }
    }
}

#[cfg(test)]
mod cache_tests {
    use super::{Register, FEW_PAGES};

    #[test]
    fn few_pages_keeps_the_cache_small_and_the_register_readable() {
        let dir = tempfile::tempdir().unwrap();
        let reg = Register::open(&dir.path().join("r.db")).unwrap();
        let pages = |reg: &Register| -> i64 {
            reg.conn()
                .unwrap()
                .pragma_query_value(None, "cache_size", |r| r.get(0))
                .unwrap()
        };
        assert_ne!(pages(&reg), FEW_PAGES);
        reg.few_pages().unwrap();
        assert_eq!(pages(&reg), FEW_PAGES);
        assert!(reg.zone().is_ok());
    }
}
