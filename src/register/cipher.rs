//! Encryption at rest, built only with `--features sqlcipher` (SQLite as SQLCipher, OpenSSL
//! built from source). The key comes from `KASUS_KEY` or, at a terminal, a prompt (asked by
//! the caller, which hands the register a way to ask: the register never talks to a person):
//! never a flag, which would leave it in the shell history and the process list.
//!
//! A register is encrypted when it is created with a key, and stays so: without its key it
//! cannot be read (its first bytes are not even SQLite's header). `kasus rekey` changes the key.

use crate::error::{Error, Result};
use rusqlite::Connection;
use std::path::Path;

/// The key for opening `path`: `KASUS_KEY` when set, else, when the file looks encrypted (it
/// exists and is not a plain SQLite file), what `ask` gives (the caller asks a person, if one
/// is there), else none.
pub fn key_for(path: &Path, looks_encrypted: bool, ask: super::AskKey) -> Result<Option<String>> {
    if let Some(k) = std::env::var("KASUS_KEY").ok().filter(|k| !k.is_empty()) {
        return Ok(Some(k));
    }
    if looks_encrypted {
        return ask(path);
    }
    Ok(None)
}

/// The new key for `kasus rekey`: `KASUS_NEW_KEY`, else what `ask` gives (the caller asks a
/// person twice, if one is there); refused when missing or shorter than 8 characters.
pub fn new_key(ask: impl FnOnce() -> Result<Option<String>>) -> Result<String> {
    let key = match std::env::var("KASUS_NEW_KEY")
        .ok()
        .filter(|k| !k.is_empty())
    {
        Some(k) => k,
        None => match ask()? {
            Some(k) => k,
            None => {
                return Err(Error::Usage(
                    crate::text::t(
                        "no new key: set KASUS_NEW_KEY, or run `kasus rekey` at a terminal to be asked",
                        "tidak ada kunci baru: atur KASUS_NEW_KEY, atau jalankan `kasus rekey` di terminal agar ditanya",
                    )
                    .into(),
                ))
            }
        },
    };
    if key.chars().count() < 8 {
        return Err(Error::Invalid(
            crate::text::t(
                "the new key is too short: use at least 8 characters; nothing was changed",
                "kunci baru terlalu pendek: pakai paling sedikit 8 karakter; tidak ada yang diubah",
            )
            .into(),
        ));
    }
    Ok(key)
}

/// The message for a file that is not plain SQLite when no key was given.
pub fn no_key(path: &Path) -> Error {
    Error::Register(crate::tr!(
        "{}: the register is encrypted (or not a SQLite file) and no key was given: set KASUS_KEY, \
         or run kasus at a terminal to be asked for it. It was left untouched.",
        "{}: register ini terenkripsi (atau bukan berkas SQLite) dan tidak ada kunci yang diberikan: \
         atur KASUS_KEY, atau jalankan kasus di terminal agar ditanya. Berkas tidak diubah.",
        path.display()
    ))
}

/// The message for a plain (unencrypted) register opened with a key.
pub fn not_encrypted(path: &Path) -> Error {
    Error::Register(crate::tr!(
        "{}: this register is not encrypted, but KASUS_KEY is set: unset KASUS_KEY to open it. \
         It was left untouched.",
        "{}: register ini tidak terenkripsi, tetapi KASUS_KEY diatur: hapus KASUS_KEY untuk \
         membukanya. Berkas tidak diubah.",
        path.display()
    ))
}

/// Gives the connection its key (the first statement on it) and proves the key by reading.
pub fn apply_key(conn: &Connection, path: &Path, key: &str) -> Result<()> {
    conn.pragma_update(None, "key", key)?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
            ) =>
        {
            Err(Error::Register(crate::tr!(
                "{}: cannot read the register with this key: the key is wrong, or the file is not \
                 a kasus register. It was left untouched.",
                "{}: register tidak bisa dibaca dengan kunci ini: kuncinya salah, atau berkas ini \
                 bukan register kasus. Berkas tidak diubah.",
                path.display()
            )))
        }
        Err(e) => Err(e.into()),
    }
}

impl super::Register {
    /// Re-encrypts the register under `new_key` (SQLCipher's `PRAGMA rekey`), in place: every
    /// page is rewritten in one transaction, so a failure leaves the old key in force.
    ///
    /// A rekey is a write like any other: the actor is checked first (`require-staff`), in a
    /// write transaction that also appends the audit entry `register.rekey` (at `at`); only
    /// when that has committed are the pages rewritten, the new entry with them. Should the
    /// rewrite itself fail, the entry stays as the record of the attempt.
    pub fn rekey(&mut self, new_key: &str, at: &str) -> Result<()> {
        if super::read_header(&self.path)?.is_some_and(|h| &h == super::SQLITE_HEADER) {
            return Err(Error::Refused(crate::tr!(
                "{}: this register is not encrypted, so it has no key to change. To encrypt it, \
                 create an encrypted register (KASUS_KEY set) and import into it. Nothing was changed.",
                "{}: register ini tidak terenkripsi, jadi tidak ada kunci yang dapat diganti. Untuk \
                 mengenkripsinya, buat register terenkripsi (dengan KASUS_KEY) lalu impor ke dalamnya. \
                 Tidak ada yang diubah.",
                self.path.display()
            )));
        }
        let actor = self.actor.clone().unwrap_or_default();
        self.change(|tx| {
            super::audit::append(
                tx,
                at,
                &actor,
                "register.rekey",
                None,
                &serde_json::json!({}),
            )?;
            Ok(())
        })?;
        self.conn()?.pragma_update(None, "rekey", new_key)?;
        // Prove the new key: read the schema through the re-keyed pages.
        self.conn()?
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })?;
        self.key = Some(new_key.to_string());
        Ok(())
    }
}
