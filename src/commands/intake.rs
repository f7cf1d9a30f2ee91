//! `kasus intake`: registers a case. At a terminal, missing required fields are asked for;
//! without one, they are an error that lists every one of them.

use super::{resolve, Ctx};
use crate::cli::IntakeArgs;
use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::output;
use crate::prompt::{Asker, Terminal};
use crate::register::{cases, sops, Register};
use crate::text::t;
use crate::vocab;
use chrono::Datelike;
use serde_json::json;

/// Fills what a person can answer at a terminal: the required fields that are missing.
fn ask_missing(a: &mut IntakeArgs, reg: &Register, asker: &dyn Asker) -> Result<()> {
    if a.sop.is_none() {
        let cat = sops::catalogue(reg.conn())?;
        let items: Vec<String> = cat
            .iter()
            .map(|v| {
                let name = v.sop().map(|s| s.name).unwrap_or_default();
                format!("{} — {name}", v.code)
            })
            .collect();
        let i = asker.select(
            t("SOP the case follows", "SOP yang diikuti kasus"),
            &items,
            0,
        )?;
        a.sop = Some(cat[i].code.clone());
    }
    let pick = |v: &vocab::Vocab, prompt: &str| -> Result<String> {
        let items: Vec<String> = v
            .values
            .iter()
            .map(|x| format!("{} ({})", x.1, x.0))
            .collect();
        Ok(v.values[asker.select(prompt, &items, 0)?].0.to_string())
    };
    if a.channel.is_none() {
        a.channel = Some(pick(&vocab::CHANNEL, t("Channel", "Saluran pengaduan"))?);
    }
    while a.victim_name.is_none() {
        a.victim_name = asker.text(t("Victim's name", "Nama korban"), false)?;
    }
    if a.victim_sex.is_none() {
        a.victim_sex = Some(pick(
            &vocab::SEX,
            t("Victim's sex", "Jenis kelamin korban"),
        )?);
    }
    if a.victim_birth_date.is_none() && a.victim_age.is_none() {
        let b = asker.text(
            t(
                "Victim's birth date (YYYY-MM-DD; empty if unknown)",
                "Tanggal lahir korban (YYYY-MM-DD; kosongkan bila tidak tahu)",
            ),
            true,
        )?;
        match b {
            Some(b) => a.victim_birth_date = Some(b),
            None => loop {
                let age = asker.text(t("Victim's age in years", "Usia korban (tahun)"), false)?;
                if let Some(n) = age.and_then(|s| s.parse().ok()) {
                    a.victim_age = Some(n);
                    break;
                }
            },
        }
    }
    if a.violence.is_empty() {
        let items: Vec<String> = vocab::VIOLENCE
            .values
            .iter()
            .map(|x| x.1.to_string())
            .collect();
        loop {
            let chosen = asker.multi(
                t(
                    "Violence types (space to choose)",
                    "Jenis kekerasan (spasi untuk memilih)",
                ),
                &items,
            )?;
            if !chosen.is_empty() {
                a.violence = chosen
                    .iter()
                    .map(|&i| vocab::VIOLENCE.values[i].0.to_string())
                    .collect();
                break;
            }
        }
    }
    Ok(())
}

/// The required fields that are missing, as flags.
fn missing(a: &IntakeArgs) -> Vec<&'static str> {
    let mut m = Vec::new();
    if a.sop.is_none() {
        m.push("--sop");
    }
    if a.channel.is_none() {
        m.push("--channel");
    }
    if a.victim_name.as_deref().is_none_or(|s| s.trim().is_empty()) {
        m.push("--victim-name");
    }
    if a.victim_sex.is_none() {
        m.push("--victim-sex");
    }
    if a.victim_birth_date.is_none() && a.victim_age.is_none() {
        m.push("--victim-birth-date or --victim-age");
    }
    if a.violence.iter().all(|v| v.trim().is_empty()) {
        m.push("--violence");
    }
    m
}

fn clean(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn opt_vocab(v: &vocab::Vocab, s: &Option<String>) -> Result<Option<String>> {
    clean(s)
        .map(|x| resolve::vocab(v, &x).map(str::to_string))
        .transpose()
}

/// Age in whole years at a date.
pub fn age_at(birth: chrono::NaiveDate, at: chrono::NaiveDate) -> u32 {
    let mut years = at.year() - birth.year();
    if (at.month(), at.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// Checks every field and builds the new case; `year` and `is_child` are derived here.
pub fn build(
    a: &IntakeArgs,
    reg: &Register,
    zone: Zone,
    now: clock::Instant,
) -> Result<(cases::NewCase, sops::SopVersion)> {
    let m = missing(a);
    if !m.is_empty() {
        return Err(Error::Usage(format!(
            "{}: {}. Give them as flags (see `kasus intake --help`), or run at a terminal to be asked.",
            t("missing required fields", "kolom wajib belum diisi"),
            m.join(", ")
        )));
    }
    let sop_v = resolve::sop(reg, a.sop.as_deref().unwrap_or_default())?;
    let reported = resolve::opt_time("--reported-at", a.reported_at.as_deref(), zone, now)?;
    let report_date = clock::local_date(reported, zone);
    let channel =
        resolve::vocab(&vocab::CHANNEL, a.channel.as_deref().unwrap_or_default())?.to_string();
    let sex = resolve::vocab(&vocab::SEX, a.victim_sex.as_deref().unwrap_or_default())?.to_string();
    let birth = match clean(&a.victim_birth_date) {
        Some(b) => {
            let d = resolve::date("--victim-birth-date", &b)?;
            if d > report_date {
                return Err(Error::Invalid(
                    "--victim-birth-date is after the report date".into(),
                ));
            }
            Some(d)
        }
        None => None,
    };
    if a.victim_age.is_some_and(|x| x > 130) {
        return Err(Error::Invalid("--victim-age must be 0 to 130 years".into()));
    }
    let age = birth.map(|b| age_at(b, report_date)).or(a.victim_age);
    let is_child = age.is_some_and(|x| x < 18);
    let nik = clean(&a.victim_nik).map(|n| resolve::nik(&n)).transpose()?;
    let mut violence: Vec<String> = Vec::new();
    for v in a
        .violence
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
    {
        let code = resolve::vocab(&vocab::VIOLENCE, v)?.to_string();
        if !violence.contains(&code) {
            violence.push(code);
        }
    }
    let incident_date = match clean(&a.incident_date) {
        Some(d) => {
            let d = resolve::date("--incident-date", &d)?;
            if d > report_date {
                return Err(Error::Invalid(
                    "--incident-date is after the report date".into(),
                ));
            }
            Some(d.to_string())
        }
        None => None,
    };
    let n = [
        a.perpetrator_name.len(),
        a.perpetrator_sex.len(),
        a.perpetrator_age.len(),
        a.perpetrator_relation.len(),
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    let mut perpetrators = Vec::new();
    for i in 0..n {
        let sex = a
            .perpetrator_sex
            .get(i)
            .map(|s| resolve::vocab(&vocab::SEX, s).map(str::to_string))
            .transpose()?;
        let relation = a
            .perpetrator_relation
            .get(i)
            .map(|s| resolve::vocab(&vocab::RELATION, s).map(str::to_string))
            .transpose()?;
        let age = a.perpetrator_age.get(i).copied();
        if age.is_some_and(|x| x > 130) {
            return Err(Error::Invalid(format!(
                "--perpetrator-age of perpetrator {} must be 0 to 130 years",
                i + 1
            )));
        }
        perpetrators.push(cases::Person {
            name: a
                .perpetrator_name
                .get(i)
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            sex,
            age,
            relation,
            ..Default::default()
        });
    }
    let complainant = if a.complainant_name.is_some()
        || a.complainant_phone.is_some()
        || a.complainant_relation.is_some()
    {
        Some(cases::Person {
            name: clean(&a.complainant_name),
            phone: clean(&a.complainant_phone),
            relation: clean(&a.complainant_relation),
            ..Default::default()
        })
    } else {
        None
    };
    let case = cases::NewCase {
        sop_version_id: sop_v.id,
        reported_at: clock::to_db(reported),
        year: report_date.year(),
        channel,
        place: opt_vocab(&vocab::PLACE, &a.place)?,
        incident_date,
        chronology: clean(&a.chronology),
        urgency: opt_vocab(&vocab::URGENCY, &a.urgency)?.unwrap_or_else(|| "biasa".into()),
        risk: opt_vocab(&vocab::RISK, &a.risk)?,
        is_child,
        external_ref: clean(&a.external_ref),
        victim: cases::Person {
            name: clean(&a.victim_name),
            nik,
            sex: Some(sex),
            birth_date: birth.map(|b| b.to_string()),
            age,
            phone: clean(&a.victim_phone),
            address: clean(&a.victim_address),
            kecamatan: clean(&a.victim_kecamatan),
            kelurahan: clean(&a.victim_kelurahan),
            disability: clean(&a.victim_disability),
            relation: None,
        },
        complainant,
        perpetrators,
        violence,
    };
    Ok((case, sop_v))
}

pub fn run(ctx: &Ctx, mut a: IntakeArgs) -> Result<()> {
    if a.from.is_some() {
        return Err(super::not_built("intake --from", 5));
    }
    if a.template {
        return Err(super::not_built("intake --template", 5));
    }
    let mut reg = ctx.open()?;
    let zone = super::zone(&reg)?;
    if ctx.interactive && !missing(&a).is_empty() {
        ask_missing(&mut a, &reg, &Terminal::new())?;
    }
    let (new, sop_v) = build(&a, &reg, zone, ctx.now)?;
    if let Some(r) = &new.external_ref {
        if let Some(existing) = cases::by_external_ref(reg.conn(), r)? {
            return Err(Error::Refused(format!(
                "external_ref '{r}' is already registered as case {}; nothing was added",
                existing.number
            )));
        }
    }
    let matches = cases::matching_victims(reg.conn(), &new.victim)?;
    if !matches.is_empty() && !a.allow_duplicate {
        let list = matches
            .iter()
            .map(|m| format!("{} ({})", m.number, m.reason))
            .collect::<Vec<_>>()
            .join(", ");
        let go_on = ctx.interactive && {
            eprintln!(
                "{}: {list}",
                t(
                    "The victim may already be registered",
                    "Korban mungkin sudah terdaftar"
                )
            );
            Terminal::new().confirm(
                t("Register a new case anyway?", "Tetap daftarkan kasus baru?"),
                false,
            )?
        };
        if !go_on {
            return Err(Error::Refused(format!(
                "the victim matches existing case(s): {list}. Check them with `kasus case show`; \
                 to register a new case anyway, add --allow-duplicate. Nothing was added."
            )));
        }
    }
    let office = super::office_prefix(&reg)?;
    let now = ctx.now_db();
    let sop_code = sop_v.code.clone();
    let case = reg.write(|tx| cases::insert(tx, &new, &office, &sop_code, &now, &ctx.actor))?;
    if a.json {
        output::print_json(&json!({
            "number": case.number,
            "uuid": case.uuid,
            "sop": sop_v.code,
            "sop_version": sop_v.version,
            "reported_at": clock::to_rfc3339_local(clock::from_db(&case.reported_at).unwrap_or(ctx.now), zone),
            "is_child": case.is_child,
            "status": case.status,
            "duplicates_of": matches.iter().map(|m| &m.number).collect::<Vec<_>>(),
        }))
    } else {
        output::print(&format!(
            "{} {} ({} {} v{})",
            t("registered case", "kasus terdaftar"),
            case.number,
            t("SOP", "SOP"),
            sop_v.code,
            sop_v.version
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::age_at;
    use chrono::NaiveDate;

    #[test]
    fn age_counts_whole_years() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(age_at(d("2008-03-02"), d("2026-03-01")), 17);
        assert_eq!(age_at(d("2008-03-02"), d("2026-03-02")), 18);
    }
}
