//! `kasus case edit`: the fields given, checked against their rules, changed in one audited
//! write.

use crate::cli::CaseEditArgs;
use crate::clock::{self};
use crate::commands::{
    resolve::{self, open_case},
    Ctx,
};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::register::{cases, Register};
use crate::text::{self, t};
use crate::vocab;
use serde_json::json;

use super::case_json;

/// `kasus case edit`: the fields given, checked, changed in one write.
pub(super) fn edit(ctx: &Ctx, a: CaseEditArgs) -> Result<()> {
    check_edit_text(&a)?;
    let mut reg = ctx.open()?;
    let c = open_case(&reg, &a.case)?;
    let mut edits = case_edits(&reg, &c, &a)?;
    edits.extend(victim_edits(&a)?);
    if edits.is_empty() {
        return Err(Error::Usage(
            crate::text::t("nothing to change: give at least one field flag (see `kasus case edit --help`)", "tidak ada yang diubah: beri paling sedikit satu kolom (lihat `kasus case edit --help`)").into(),
        ));
    }
    let n = edits.len();
    reg.edit_case(&c, &edits, &ctx.now_db(), &ctx.actor)?;
    if a.write.json() {
        return case_json(&reg, &c, json!({ "fields_changed": n }));
    }
    output::print(&format!(
        "{} {}: {n} {}",
        t("edited case", "kasus diubah"),
        c.number,
        t("field(s)", "kolom")
    ))
}

/// Every text flag of `case edit` against its field's limits, before the register is opened.
fn check_edit_text(a: &CaseEditArgs) -> Result<()> {
    for (flag, kind, v) in [
        ("--channel", Field::Short, &a.channel),
        ("--place", Field::Short, &a.place),
        ("--incident-date", Field::Short, &a.incident_date),
        ("--chronology", Field::Text, &a.chronology),
        ("--urgency", Field::Short, &a.urgency),
        ("--risk", Field::Short, &a.risk),
        ("--victim-name", Field::Name, &a.victim_name),
        ("--victim-nik", Field::Short, &a.victim_nik),
        ("--victim-phone", Field::Phone, &a.victim_phone),
        ("--victim-address", Field::Address, &a.victim_address),
        ("--victim-kecamatan", Field::Short, &a.victim_kecamatan),
        ("--victim-kelurahan", Field::Short, &a.victim_kelurahan),
        ("--victim-disability", Field::Short, &a.victim_disability),
    ] {
        crate::field::check_opt(flag, kind, v.as_deref().map(str::trim))?;
    }
    Ok(())
}

/// A text flag as an edit: `None` when not given, `Some(None)` when given empty (to clear).
fn cleared(s: &Option<String>) -> Option<Option<String>> {
    s.as_deref()
        .map(str::trim)
        .map(|s| (!s.is_empty()).then(|| s.to_string()))
}

/// The edits of the case's own fields: list values resolved, the incident date checked
/// against the victim's birth date and the report date.
fn case_edits(reg: &Register, c: &cases::CaseRow, a: &CaseEditArgs) -> Result<Vec<cases::Edit>> {
    use cases::Edit;
    let mut edits = Vec::new();
    for (col, list, v) in [
        ("channel", &vocab::CHANNEL, &a.channel),
        ("place", &vocab::PLACE, &a.place),
        ("urgency", &vocab::URGENCY, &a.urgency),
        ("risk", &vocab::RISK, &a.risk),
    ] {
        if let Some(v) = v {
            edits.push(Edit::Case(col, Some(resolve::vocab(list, v)?.to_string())));
        }
    }
    if let Some(v) = &a.incident_date {
        let d = resolve::date("--incident-date", v)?;
        let zone = reg.zone()?;
        let report = clock::from_db(&c.reported_at).map(|r| clock::local_date(r, zone));
        let birth = reg
            .case_persons(c.id)?
            .into_iter()
            .find(|p| p.role == "victim")
            .and_then(|p| p.person.birth_date)
            .and_then(|b| chrono::NaiveDate::parse_from_str(&b, "%Y-%m-%d").ok());
        if let Some(report) = report {
            if let Err(r) = clock::incident_in_range(d, birth, report) {
                return Err(Error::Invalid(text::incident_out_of_range(
                    r,
                    birth.is_some(),
                )));
            }
        }
        edits.push(Edit::Case("incident_date", Some(d.to_string())));
    }
    if let Some(v) = cleared(&a.chronology) {
        edits.push(Edit::Case("chronology", v));
    }
    if !a.violence.is_empty() {
        let mut types: Vec<String> = Vec::new();
        for v in a
            .violence
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
        {
            let code = resolve::vocab(&vocab::VIOLENCE, v)?.to_string();
            if !types.contains(&code) {
                types.push(code);
            }
        }
        if types.is_empty() {
            return Err(Error::Invalid(
                t(
                    "--violence needs at least one type (fisik, psikis, seksual, ...)",
                    "--violence perlu paling sedikit satu jenis (fisik, psikis, seksual, ...)",
                )
                .into(),
            ));
        }
        edits.push(Edit::Violence(types));
    }
    Ok(edits)
}

/// The edits of the victim's fields; the name can be changed but not emptied.
fn victim_edits(a: &CaseEditArgs) -> Result<Vec<cases::Edit>> {
    use cases::Edit;
    let mut edits = Vec::new();
    if let Some(v) = &a.victim_nik {
        edits.push(Edit::Victim("nik", Some(resolve::nik(v)?)));
    }
    if let Some(v) = &a.victim_sex {
        edits.push(Edit::Victim(
            "sex",
            Some(resolve::vocab(&vocab::SEX, v)?.to_string()),
        ));
    }
    for (col, val) in [
        ("name", &a.victim_name),
        ("phone", &a.victim_phone),
        ("address", &a.victim_address),
        ("kecamatan", &a.victim_kecamatan),
        ("kelurahan", &a.victim_kelurahan),
        ("disability", &a.victim_disability),
    ] {
        if let Some(v) = cleared(val) {
            if col == "name" && v.is_none() {
                return Err(Error::Invalid(
                    crate::text::t(
                        "--victim-name cannot be emptied",
                        "--victim-name tidak boleh dikosongkan",
                    )
                    .into(),
                ));
            }
            edits.push(Edit::Victim(col, v));
        }
    }
    Ok(edits)
}
