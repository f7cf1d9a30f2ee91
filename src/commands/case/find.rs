//! `kasus case find TEXT`: every case a name, NIK, phone or case number finds (the rules of
//! `crate::search`), newest first, each with the field it matched and how. Names are printed
//! only to a person at a terminal or with `--format` (a table piped to a file shows the cases
//! and how they matched, not who); no message repeats the text searched.

use crate::cli::Emit;
use crate::commands::Ctx;
use crate::error::Result;
use crate::register::cases::CaseRow;
use crate::register::Register;
use crate::report::{col, Kind, Sheet};
use crate::search::{self, Matched};
use crate::text::t;
use serde_json::json;
use std::io::IsTerminal;

pub(super) fn find(ctx: &Ctx, text: &str, emit: &Emit) -> Result<()> {
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let q = text.trim();
    let cases: std::collections::HashMap<i64, crate::register::cases::CaseRow> =
        reg.cases(None)?.into_iter().map(|c| (c.id, c)).collect();
    let mut found = matches(&reg, cases.values(), q)?;
    // Newest first, then by case number.
    found.sort_by(|a, b| {
        let (ca, cb) = (&cases[&a.case_id], &cases[&b.case_id]);
        cb.reported_at
            .cmp(&ca.reported_at)
            .then_with(|| ca.number.cmp(&cb.number))
    });
    let names = !sink.is_table() || std::io::stdout().is_terminal();
    let mut columns = vec![
        col("case_number", t("Case", "Kasus"), Kind::Text),
        col("reported_at", t("Reported", "Dilaporkan"), Kind::Time),
        col("status", t("Status", "Status"), Kind::Code),
        col("role", t("Who", "Siapa"), Kind::Code),
        col("field", t("Matched", "Cocok pada"), Kind::Code),
        col("how", t("How", "Cara"), Kind::Code),
    ];
    if names {
        columns.push(col("name", t("Name", "Nama"), Kind::Text));
    }
    let mut sheet = Sheet::list("case-find", columns);
    for Found {
        case_id,
        role,
        field,
        how,
        name,
    } in found
    {
        let c = &cases[&case_id];
        let mut row = vec![
            json!(c.number),
            json!(super::local(Some(&c.reported_at), zone)),
            json!(c.status),
            json!(role),
            json!(field),
            json!(how),
        ];
        if names {
            row.push(json!(name));
        }
        sheet.rows.push(row);
    }
    sink.sheet(&sheet, zone)
}

/// One match of a search: the case, who in it (or the case itself), the field and how.
pub(super) struct Found {
    pub case_id: i64,
    /// victim, complainant, perpetrator, or case (its number matched).
    pub role: &'static str,
    /// name, nik, phone, or number.
    pub field: &'static str,
    /// exact, part (some of the digits or of the number), or spelling (the name's key).
    pub how: &'static str,
    pub name: Option<String>,
}

/// The cases of every person `q` (trimmed, not empty) finds, as [`matches`] finds them: the
/// persons are read one at a time (`case list --search` over a large register).
pub(super) fn person_cases(reg: &Register, q: &str) -> Result<std::collections::HashSet<i64>> {
    let query = search::Query::new(q);
    let mut found = std::collections::HashSet::new();
    reg.each_person_key(|p| {
        if query
            .person(p.name.as_deref(), p.nik.as_deref(), p.phone.as_deref())
            .is_some()
        {
            found.insert(p.case_id);
        }
        Ok(())
    })?;
    Ok(found)
}

/// Every match of `q` (trimmed, not empty): the numbers of `cases` that contain it, and every
/// person of the register it finds (`crate::search`). Shared by `case find` and `case list
/// --search`.
pub(super) fn matches<'a>(
    reg: &Register,
    cases: impl Iterator<Item = &'a CaseRow>,
    q: &str,
) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    if q.is_empty() {
        return Ok(found);
    }
    let number_q = q.to_lowercase();
    for c in cases {
        let n = c.number.to_lowercase();
        if n.contains(&number_q) {
            let how = if n == number_q { "exact" } else { "part" };
            found.push(Found {
                case_id: c.id,
                role: "case",
                field: "number",
                how,
                name: None,
            });
        }
    }
    let query = search::Query::new(q);
    for p in reg.person_index()? {
        let Some(m) = query.person(p.name.as_deref(), p.nik.as_deref(), p.phone.as_deref()) else {
            continue;
        };
        let role = match p.role.as_str() {
            "victim" => "victim",
            "complainant" => "complainant",
            _ => "perpetrator",
        };
        let whole = |v: Option<&str>| query.whole_number(v);
        let (field, how) = match m {
            Matched::Nik => (
                "nik",
                if whole(p.nik.as_deref()) {
                    "exact"
                } else {
                    "part"
                },
            ),
            Matched::Phone => (
                "phone",
                if whole(p.phone.as_deref()) {
                    "exact"
                } else {
                    "part"
                },
            ),
            Matched::Name => {
                // The whole name typed otherwise (case, spacing, accents, old spelling), or a
                // part of it ("contoh" in "Siti Contoh").
                let how = match p.name.as_deref() {
                    Some(n) if n == q => "exact",
                    Some(n) if search::name_key(n) == search::name_key(q) => "spelling",
                    _ => "part",
                };
                ("name", how)
            }
        };
        found.push(Found {
            case_id: p.case_id,
            role,
            field,
            how,
            name: p.name,
        });
    }
    Ok(found)
}
