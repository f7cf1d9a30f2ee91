//! Reading workbooks back, and LibreOffice, for the workbook tests (tests/xlsx.rs writes them,
//! tests/xlsx_in.rs reads them in): the rows calamine reads, a part of the zip container, and
//! soffice run headless on a fresh profile.

use calamine::{open_workbook, Data, Reader, Xlsx};
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn open(path: &Path) -> Xlsx<std::io::BufReader<std::fs::File>> {
    open_workbook(path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// Every sheet of a workbook: its name and rows; each sheet must start at A1.
pub fn read_book(path: impl AsRef<Path>) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = open(path.as_ref());
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("a sheet");
            assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
            let rows = range.rows().map(|r| r.to_vec()).collect();
            (name, rows)
        })
        .collect()
}

/// Every row of the first sheet (or `name`) of a workbook, as calamine reads it.
pub fn read_sheet(path: impl AsRef<Path>, name: Option<&str>) -> Vec<Vec<Data>> {
    let mut book = open(path.as_ref());
    let name = name
        .map(str::to_string)
        .unwrap_or_else(|| book.sheet_names()[0].clone());
    let range = book.worksheet_range(&name).expect("a sheet");
    range.rows().map(|r| r.to_vec()).collect()
}

/// A file of the workbook's zip container as text (`xl/worksheets/sheet1.xml`).
pub fn part(path: impl AsRef<Path>, name: &str) -> String {
    let file = std::fs::File::open(path.as_ref()).expect("the workbook");
    let mut zip = zip::ZipArchive::new(file).expect("a zip container");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .expect("XML text");
    text
}

/// LibreOffice's soffice, when installed; otherwise prints why the calling test skips. Required
/// with KASUS_REQUIRE_LIBREOFFICE=1, as CI sets.
pub fn libreoffice() -> Option<PathBuf> {
    let found = ["soffice", "libreoffice"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
    });
    if found.is_none() && std::env::var_os("KASUS_REQUIRE_LIBREOFFICE").is_some_and(|v| v == "1") {
        panic!("KASUS_REQUIRE_LIBREOFFICE=1 but neither soffice nor libreoffice is on PATH");
    }
    if found.is_none() {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
    }
    found
}

/// Runs soffice headless on a fresh profile: `--convert-to filter` of `files` into `out`.
#[track_caller]
pub fn convert(soffice: &Path, filter: &str, out: &Path, files: &[impl AsRef<OsStr>]) {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", filter, "--outdir"])
        .arg(out)
        .args(files)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run LibreOffice");
    assert!(status.success(), "LibreOffice converted {filter}");
}
