//! The SOP's own fields and its roles: the format version, the code, the name, the dates, and
//! the `[[roles]]` the steps may name.

use super::{err, Problem, RawRole, RawSop, FORMAT_VERSION};
use crate::sop::Role;
use crate::text::t;
use crate::tr;

/// The format, code, name and dates.
pub(super) fn check_head(raw: &RawSop, problems: &mut Vec<Problem>) {
    match raw.format {
        Some(FORMAT_VERSION) => {}
        Some(v) => problems.push(err(
            "format",
            tr!(
                "format {v} is not known to this kasus (it reads format {FORMAT_VERSION})",
                "format {v} tidak dikenal oleh kasus ini (kasus ini membaca format {FORMAT_VERSION})"
            ),
        )),
        None => problems.push(err(
            "format",
            t(
                "missing 'format = 1' at the top of the file",
                "'format = 1' tidak ada di awal berkas",
            ),
        )),
    }
    // A missing code or name is named by the key check.
    if let Some(code) = raw.code.as_deref().filter(|c| !valid_code(c)) {
        problems.push(err(
            "code",
            tr!(
                "'{}' is not a valid code: use lowercase letters, digits and '-' (e.g. 'batam-34-2020')",
                "'{}' bukan kode yang valid: pakai huruf kecil, angka dan '-' (mis. 'batam-34-2020')",
                code
            ),
        ));
    }
    if raw.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        problems.push(err(
            "name",
            t("the SOP has no name", "SOP tidak punya nama"),
        ));
    }
    for (field, value) in [
        ("created", &raw.created),
        ("revised", &raw.revised),
        ("effective", &raw.effective),
    ] {
        if let Some(v) = value {
            if chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err() {
                problems.push(err(
                    field,
                    tr!(
                        "'{v}' is not a date as YYYY-MM-DD",
                        "'{v}' bukan tanggal berformat YYYY-MM-DD"
                    ),
                ));
            }
        }
    }
}

/// The roles, each named once; a problem for an empty or repeated name.
pub(super) fn roles(raw_roles: Vec<RawRole>, problems: &mut Vec<Problem>) -> Vec<Role> {
    let mut roles: Vec<Role> = Vec::new();
    for r in raw_roles {
        if r.name.is_empty() {
            // A missing name: named by the key check.
            continue;
        }
        if r.name.trim().is_empty() {
            problems.push(err(
                "roles",
                t("a role has an empty name", "ada peran yang namanya kosong"),
            ));
        } else if roles.iter().any(|x| x.name == r.name) {
            problems.push(err(
                "roles",
                tr!(
                    "role '{}' is listed twice",
                    "peran '{}' tercantum dua kali",
                    r.name
                ),
            ));
        } else {
            roles.push(Role {
                name: r.name,
                external: r.external,
            });
        }
    }
    roles
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.starts_with('-')
}
