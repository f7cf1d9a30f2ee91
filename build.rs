//! Computes at build time what every run would otherwise compute again:
//!
//! - the one hash over the built-in SOP texts (`sop::catalog::BUILTIN_HASH`), which every open
//!   of a register compares with the one it stored: SHA-256 over the five texts at each open was
//!   a fifth of `kasus case show`. The list below is `sop::catalog::BUILTIN`'s, in its order; a
//!   unit test there asserts that the two hashes are the same;
//! - the dates of the shipped holiday sets (`worktime::holidays::DATES`), which the office
//!   calendar needs at each open: parsing the year files (TOML) was another fifth of `case show`.
//!   Only the dates are taken here, by a plain reading of the lines; the files are checked (every
//!   problem named) by `worktime::holidays::parse`, and a unit test there asserts that these
//!   dates are the parsed ones, set by set.

use sha2::{Digest, Sha256};

const BUILTIN: &[&str] = &[
    "tangerang-713-2025.toml",
    "tangerang-357-2025.toml",
    "babel-18-2024.toml",
    "batam-34-2020.toml",
    "pulangpisau-8-2021.toml",
];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn main() {
    let mut h = Sha256::new();
    for name in BUILTIN {
        let path = format!("sops/{name}");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).expect("a built-in SOP file");
        h.update(name.as_bytes());
        h.update([0]);
        h.update(hex(&Sha256::digest(text.as_bytes())).as_bytes());
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("builtin_hash.txt"), hex(&h.finalize())).expect("OUT_DIR written");
    holiday_dates(&out);
    println!("cargo:rerun-if-changed=build.rs");
}

/// The holiday sets, in `worktime::holidays::SETS`'s order.
const SETS: &[&str] = &["libur-nasional", "cuti-bersama"];

/// Writes `holiday_dates.rs`: every `date = YYYY-MM-DD` inside a set's list of each year file
/// of `calendars/holidays/`, as `(set, year, month, day)`, files in name order.
fn holiday_dates(out: &std::path::Path) {
    let dir = "calendars/holidays";
    println!("cargo:rerun-if-changed={dir}");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("calendars/holidays")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let mut rows = String::new();
    for name in names {
        let path = format!("{dir}/{name}");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).expect("a holiday year file");
        let mut set: Option<usize> = None;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(i) = SETS.iter().position(|s| {
                line.strip_prefix(s)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            }) {
                set = Some(i);
            } else if !line.is_empty() && !line.starts_with(['{', ']', '"']) && line.contains('=') {
                // Another key: the list of a set has ended.
                set = None;
            }
            let Some(set) = set else { continue };
            let mut rest = line;
            while let Some(at) = rest.find("date") {
                rest = &rest[at + 4..];
                let Some(value) = rest.trim_start().strip_prefix('=') else {
                    continue;
                };
                let value = value.trim_start();
                let date = value.get(..10).unwrap_or("");
                let parts: Vec<&str> = date.split('-').collect();
                if let [y, m, d] = parts[..] {
                    if let (Ok(y), Ok(m), Ok(d)) =
                        (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
                    {
                        rows.push_str(&format!("    ({set}, {y}, {m}, {d}),\n"));
                    }
                }
            }
        }
    }
    let code = format!(
        "/// (index in SETS, year, month, day) of every shipped holiday, made by build.rs.\n\
         pub const DATES: &[(u8, i32, u32, u32)] = &[\n{rows}];\n"
    );
    std::fs::write(out.join("holiday_dates.rs"), code).expect("OUT_DIR written");
}
