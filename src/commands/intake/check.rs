//! Checking an intake's fields and building the new case: the one validation of single and
//! bulk intake. Messages name the field as a flag (`--victim-nik`); bulk intake rewrites them as
//! columns. They never repeat a name, a NIK or a date typed.

use super::input::Input;
use super::resolve;
use crate::clock::{self, Zone};
use crate::commands::persons::{age, age_at, birth_date, ymd};
use crate::commands::reported::report_time;
use crate::error::{Error, Result};
use crate::register::{cases, sops};
use crate::text::t;
use crate::vocab;
use chrono::Datelike;
use std::sync::Arc;

/// What is wrong with one field: the field (as its CSV column name) and the reason. The reason
/// names the field as a flag (`--victim-nik`); bulk intake rewrites it as a column name.
/// It never carries a NIK or a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub reason: String,
    /// Required fields are missing (a usage error for a single intake).
    pub missing: bool,
}

fn bad(field: &'static str, reason: impl Into<String>) -> FieldError {
    FieldError {
        field,
        reason: reason.into(),
        missing: false,
    }
}

fn invalid(field: &'static str) -> impl Fn(Error) -> FieldError {
    move |e| bad(field, e.to_string())
}

fn clean(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A list value: a code as written is taken at once (a bulk file holds codes), anything else
/// goes through the list's lenient matching.
fn vocab_code(v: &vocab::Vocab, input: &str) -> Result<&'static str> {
    match v.values.iter().find(|x| x.0 == input) {
        Some(x) => Ok(x.0),
        None => resolve::vocab(v, input),
    }
}

fn opt_vocab(
    v: &vocab::Vocab,
    field: &'static str,
    s: Option<&str>,
) -> Result<Option<String>, FieldError> {
    clean(s)
        .map(|x| {
            vocab_code(v, &x)
                .map(str::to_string)
                .map_err(invalid(field))
        })
        .transpose()
}

/// The text rules (`field::check_text`) for every field of an intake, named as flags (a bulk
/// intake rewrites them as columns).
fn check_texts(a: &Input) -> std::result::Result<(), FieldError> {
    use crate::field::Field;
    let one = |col: &'static str, kind: Field, v: Option<&str>| match v.map(str::trim) {
        Some(v) => crate::field::check_text(kind, v).map_err(|e| {
            bad(
                col,
                e.message(&format!("--{}", col.replace('_', "-")), kind),
            )
        }),
        None => Ok(()),
    };
    for (col, kind, v) in [
        ("sop", Field::Short, a.sop),
        ("reported_at", Field::Short, a.reported_at),
        ("channel", Field::Short, a.channel),
        ("victim_name", Field::Name, a.victim_name),
        ("victim_nik", Field::Short, a.victim_nik),
        ("victim_sex", Field::Short, a.victim_sex),
        ("victim_birth_date", Field::Short, a.victim_birth_date),
        ("victim_phone", Field::Phone, a.victim_phone),
        ("victim_address", Field::Address, a.victim_address),
        ("victim_kecamatan", Field::Short, a.victim_kecamatan),
        ("victim_kelurahan", Field::Short, a.victim_kelurahan),
        ("victim_disability", Field::Short, a.victim_disability),
        ("complainant_name", Field::Name, a.complainant_name),
        ("complainant_phone", Field::Phone, a.complainant_phone),
        ("complainant_relation", Field::Short, a.complainant_relation),
        ("place", Field::Short, a.place),
        ("incident_date", Field::Short, a.incident_date),
        ("chronology", Field::Text, a.chronology),
        ("urgency", Field::Short, a.urgency),
        ("risk", Field::Short, a.risk),
        ("external_ref", Field::Short, a.external_ref),
    ] {
        one(col, kind, v)?;
    }
    for p in &a.perpetrators {
        one("perpetrator_name", Field::Name, p.name)?;
        one("perpetrator_sex", Field::Short, p.sex)?;
        one("perpetrator_relation", Field::Short, p.relation)?;
    }
    for v in &a.violence {
        one("violence", Field::Short, Some(v))?;
    }
    Ok(())
}

/// Checks every field and builds the new case; `year` and `is_child` are derived here. `sop`
/// resolves a SOP code (a bulk intake caches it: one lookup per code, not per row). The fields
/// are checked in a fixed order, the first wrong one reported.
pub fn check(
    a: &Input,
    sop: &mut dyn FnMut(&str) -> Result<Arc<sops::SopVersion>>,
    zone: Zone,
    now: clock::Instant,
) -> std::result::Result<(cases::NewCase, Arc<sops::SopVersion>), FieldError> {
    check_texts(a)?;
    required(a)?;
    let sop_v = sop(a.sop.unwrap_or_default().trim()).map_err(invalid("sop"))?;
    let reported = report_time(
        a.reported_at.map(str::trim).filter(|s| !s.is_empty()),
        zone,
        now,
    )
    .map_err(invalid("reported_at"))?;
    let report_date = clock::local_date(reported, zone);
    let channel = vocab_code(&vocab::CHANNEL, a.channel.unwrap_or_default().trim())
        .map_err(invalid("channel"))?
        .to_string();
    let (victim, birth) = victim(a, report_date)?;
    let violence = violence(a)?;
    let incident_date = incident_date(a, birth, report_date)?;
    let perpetrators = perpetrators(a)?;
    let case = cases::NewCase {
        sop_version_id: sop_v.id,
        reported_at: clock::to_db(reported),
        year: report_date.year(),
        channel,
        place: opt_vocab(&vocab::PLACE, "place", a.place)?,
        incident_date,
        chronology: clean(a.chronology),
        urgency: opt_vocab(&vocab::URGENCY, "urgency", a.urgency)?
            .unwrap_or_else(|| "biasa".into()),
        risk: opt_vocab(&vocab::RISK, "risk", a.risk)?,
        is_child: victim.age.is_some_and(|x| x < 18),
        external_ref: clean(a.external_ref),
        victim,
        complainant: complainant(a),
        perpetrators,
        violence,
    };
    Ok((case, sop_v))
}

/// The required fields that are missing, all named (a usage error for a single intake).
fn required(a: &Input) -> std::result::Result<(), FieldError> {
    let m = a.missing();
    if m.is_empty() {
        return Ok(());
    }
    let field = match m[0] {
        "--sop" => "sop",
        "--channel" => "channel",
        "--victim-name" => "victim_name",
        "--victim-sex" => "victim_sex",
        "--violence" => "violence",
        _ => "victim_birth_date",
    };
    Err(FieldError {
        field,
        reason: format!(
            "{}: {}",
            t("missing required fields", "kolom wajib belum diisi"),
            m.join(", ")
        ),
        missing: true,
    })
}

/// The victim, checked in order: sex, birth date, age, NIK; the age comes from the birth date
/// when it is known. Also returns the birth date, which bounds the incident date.
fn victim(
    a: &Input,
    report_date: chrono::NaiveDate,
) -> std::result::Result<(cases::Person, Option<chrono::NaiveDate>), FieldError> {
    let sex = vocab_code(&vocab::SEX, a.victim_sex.unwrap_or_default().trim())
        .map_err(invalid("victim_sex"))?
        .to_string();
    let birth = clean(a.victim_birth_date)
        .map(|b| birth_date("--victim-birth-date", &b, report_date))
        .transpose()
        .map_err(|e| bad("victim_birth_date", e))?;
    if let Some(x) = a.victim_age {
        age("--victim-age", x).map_err(|e| bad("victim_age", e))?;
    }
    let age = birth.map(|b| age_at(b, report_date)).or(a.victim_age);
    let nik = clean(a.victim_nik)
        .map(|n| resolve::nik(&n))
        .transpose()
        .map_err(invalid("victim_nik"))?;
    let victim = cases::Person {
        name: clean(a.victim_name),
        nik,
        sex: Some(sex),
        birth_date: birth.map(|b| b.to_string()),
        age,
        phone: clean(a.victim_phone),
        address: clean(a.victim_address),
        kecamatan: clean(a.victim_kecamatan),
        kelurahan: clean(a.victim_kelurahan),
        disability: clean(a.victim_disability),
        relation: None,
    };
    Ok((victim, birth))
}

/// The violence types as codes, each once, in the order given.
fn violence(a: &Input) -> std::result::Result<Vec<String>, FieldError> {
    let mut violence: Vec<String> = Vec::new();
    for v in a
        .violence
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
    {
        let code = vocab_code(&vocab::VIOLENCE, v)
            .map_err(invalid("violence"))?
            .to_string();
        if !violence.contains(&code) {
            violence.push(code);
        }
    }
    Ok(violence)
}

/// The incident date: from the victim's birth (when known) up to the report date.
fn incident_date(
    a: &Input,
    birth: Option<chrono::NaiveDate>,
    report_date: chrono::NaiveDate,
) -> std::result::Result<Option<String>, FieldError> {
    let Some(d) = clean(a.incident_date) else {
        return Ok(None);
    };
    let d = match ymd(d.trim()) {
        Some(d) => d,
        None => resolve::date("--incident-date", &d).map_err(invalid("incident_date"))?,
    };
    if let Err(r) = clock::incident_in_range(d, birth, report_date) {
        return Err(bad(
            "incident_date",
            crate::text::incident_out_of_range(r, birth.is_some()),
        ));
    }
    Ok(Some(d.to_string()))
}

/// The perpetrators, each checked in order: sex, relation, age.
fn perpetrators(a: &Input) -> std::result::Result<Vec<cases::Person>, FieldError> {
    if let Some((field, n)) = a.perpetrators_past_names {
        // As flags: a file's row names its columns (`rows::columnise`).
        let (names, flag) = (a.perpetrators.len(), field.replace('_', "-"));
        return Err(bad(
            field,
            crate::tr!(
                "--{flag} has {n} entries, more than the {names} of --perpetrator-name: a \
                 perpetrator's fields go in the same place in each list, in the names' order \
                 (in a file separated by ; as in \"Budi;Joko\" with \"L;L\", an entry left empty \
                 when not known; at the command line one flag each)",
                "--{flag} berisi {n} isian, lebih banyak dari {names} isian --perpetrator-name: \
                 isian seorang pelaku ada di tempat yang sama di setiap daftar, menurut urutan \
                 namanya (di berkas dipisah ; seperti \"Budi;Joko\" dengan \"L;L\", isian \
                 dikosongkan bila tidak diketahui; di baris perintah satu flag per pelaku)"
            ),
        ));
    }
    let mut perpetrators = Vec::with_capacity(a.perpetrators.len());
    for (i, p) in a.perpetrators.iter().enumerate() {
        let sex = opt_vocab(&vocab::SEX, "perpetrator_sex", p.sex)?;
        let relation = opt_vocab(&vocab::RELATION, "perpetrator_relation", p.relation)?;
        if p.age.is_some_and(|x| x > 130) {
            return Err(bad(
                "perpetrator_age",
                crate::tr!(
                    "--perpetrator-age of perpetrator {} must be 0 to 130 years",
                    "--perpetrator-age pelaku ke-{} harus 0 sampai 130 tahun",
                    i + 1
                ),
            ));
        }
        perpetrators.push(cases::Person {
            name: clean(p.name),
            sex,
            age: p.age,
            relation,
            ..Default::default()
        });
    }
    Ok(perpetrators)
}

/// The complainant, when any of their fields is given (free text: nothing to refuse).
fn complainant(a: &Input) -> Option<cases::Person> {
    if a.complainant_name.is_some()
        || a.complainant_phone.is_some()
        || a.complainant_relation.is_some()
    {
        Some(cases::Person {
            name: clean(a.complainant_name),
            phone: clean(a.complainant_phone),
            relation: clean(a.complainant_relation),
            ..Default::default()
        })
        .filter(|p| p.name.is_some() || p.phone.is_some() || p.relation.is_some())
    } else {
        None
    }
}
