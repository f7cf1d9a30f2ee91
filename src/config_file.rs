//! The user's configuration file, `<platform config folder>/kasus/config.toml` (Linux:
//! `~/.config/kasus/config.toml`; `KASUS_CONFIG` names another): where the register is when
//! neither `--db` nor `KASUS_DB` says. One entry so far:
//!
//! ```toml
//! postgres = "postgresql://kasus_staff@db.contoh/kasus"
//! ```
//!
//! The settings of a register (office prefix, time zone) live in the register itself
//! (`kasus config`); this file only says which register.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The configuration file's path: `KASUS_CONFIG`, else the platform's config folder.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KASUS_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "kasus").map(|d| d.config_dir().join("config.toml"))
}

/// The register the configuration file names (its `postgres` URL), when there is a file and it
/// names one. A file that cannot be read or parsed is an error naming the file and line, never
/// its text (it may hold a password).
pub fn register() -> Result<Option<PathBuf>> {
    let Some(path) = path() else {
        return Ok(None);
    };
    // A file KASUS_CONFIG names must be there: else a write would go to the default register
    // instead of the one the file names. The default file may be missing.
    let named = std::env::var_os("KASUS_CONFIG").is_some_and(|p| !p.is_empty());
    let refused = |what: &str, what_id: &str| {
        Error::Usage(crate::tr!(
            "KASUS_CONFIG names {}, {what}; give KASUS_CONFIG the path of a configuration file \
             (postgres = \"postgresql://USER@HOST/DATABASE\"), or unset it. Nothing was read or written.",
            "KASUS_CONFIG menunjuk {}, {what_id}; beri KASUS_CONFIG path berkas konfigurasi \
             (postgres = \"postgresql://USER@HOST/DATABASE\"), atau hapus variabelnya. Tidak ada yang dibaca atau ditulis.",
            path.display()
        ))
    };
    if named && path.is_dir() {
        return Err(refused("which is a folder", "yang adalah folder"));
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && named => {
            return Err(refused("which does not exist", "yang tidak ada"))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&path, e)),
    };
    parse(&path, &text)
}

fn parse(path: &Path, text: &str) -> Result<Option<PathBuf>> {
    let bad = |line: usize, what: &str| {
        Error::Usage(crate::tr!(
            "{}:{line}: {what}; write the register's PostgreSQL URL as postgres = \"postgresql://USER@HOST/DATABASE\", or remove the file",
            "{}:{line}: {what}; tulis URL PostgreSQL register sebagai postgres = \"postgresql://USER@HOST/DATABASE\", atau hapus berkasnya",
            path.display()
        ))
    };
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map_or(1, |s| {
            text[..s.start.min(text.len())].matches('\n').count() + 1
        });
        bad(
            line,
            crate::text::t("not valid TOML", "bukan TOML yang valid"),
        )
    })?;
    let line_of = |key: &str| {
        text.lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(1, |i| i + 1)
    };
    for key in table.keys() {
        if key != "postgres" {
            return Err(bad(
                line_of(key),
                &crate::tr!(
                    "unknown entry '{key}' (the file has one entry: postgres)",
                    "entri '{key}' tidak dikenal (berkas ini punya satu entri: postgres)"
                ),
            ));
        }
    }
    match table.get("postgres") {
        None => Ok(None),
        Some(toml::Value::String(url)) if crate::register::server_url(Path::new(url)).is_some() => {
            Ok(Some(PathBuf::from(url)))
        }
        Some(_) => Err(bad(
            line_of("postgres"),
            crate::text::t(
                "postgres is not a postgresql:// URL",
                "postgres bukan URL postgresql://",
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Option<PathBuf>> {
        parse(Path::new("config.toml"), text)
    }

    #[test]
    fn the_postgres_entry_names_the_register() {
        assert_eq!(
            parsed("postgres = \"postgresql://staf@db.contoh/kasus\"\n").unwrap(),
            Some(PathBuf::from("postgresql://staf@db.contoh/kasus"))
        );
        assert_eq!(parsed("# nothing yet\n").unwrap(), None);
    }

    #[test]
    fn a_bad_file_names_its_line_and_never_its_text() {
        for text in [
            "\n\npostgres = \"postgresql://staf:rahasia@db\n",
            "\npostgres = \"/home/rahasia/register.db\"\n",
            "\nrahasia = 1\n",
        ] {
            let e = parsed(text).unwrap_err().to_string();
            assert!(e.starts_with("config.toml:"), "{e}");
            assert!(
                !e.contains("rahasia@") && !e.contains("/home/rahasia"),
                "{e}"
            );
        }
        let e = parsed("\npostgres = 7\n").unwrap_err().to_string();
        assert!(e.starts_with("config.toml:2:"), "{e}");
    }
}
