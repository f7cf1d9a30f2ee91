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
use std::rc::Rc;

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
    Input::from_args(a).missing()
}

/// One perpetrator as typed: every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerpetratorInput<'a> {
    pub name: Option<&'a str>,
    pub sex: Option<&'a str>,
    pub age: Option<u32>,
    pub relation: Option<&'a str>,
}

/// The fields of one intake as typed, borrowed from the flags or from a row of a bulk file:
/// single and bulk intake share one validation (`check`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input<'a> {
    pub sop: Option<&'a str>,
    pub reported_at: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub victim_name: Option<&'a str>,
    pub victim_nik: Option<&'a str>,
    pub victim_sex: Option<&'a str>,
    pub victim_birth_date: Option<&'a str>,
    pub victim_age: Option<u32>,
    pub victim_phone: Option<&'a str>,
    pub victim_address: Option<&'a str>,
    pub victim_kecamatan: Option<&'a str>,
    pub victim_kelurahan: Option<&'a str>,
    pub victim_disability: Option<&'a str>,
    pub complainant_name: Option<&'a str>,
    pub complainant_phone: Option<&'a str>,
    pub complainant_relation: Option<&'a str>,
    pub perpetrators: Vec<PerpetratorInput<'a>>,
    pub violence: Vec<&'a str>,
    pub place: Option<&'a str>,
    pub incident_date: Option<&'a str>,
    pub chronology: Option<&'a str>,
    pub urgency: Option<&'a str>,
    pub risk: Option<&'a str>,
    pub external_ref: Option<&'a str>,
}

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

impl<'a> Input<'a> {
    pub fn from_args(a: &'a IntakeArgs) -> Input<'a> {
        let n = [
            a.perpetrator_name.len(),
            a.perpetrator_sex.len(),
            a.perpetrator_age.len(),
            a.perpetrator_relation.len(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        Input {
            sop: a.sop.as_deref(),
            reported_at: a.reported_at.as_deref(),
            channel: a.channel.as_deref(),
            victim_name: a.victim_name.as_deref(),
            victim_nik: a.victim_nik.as_deref(),
            victim_sex: a.victim_sex.as_deref(),
            victim_birth_date: a.victim_birth_date.as_deref(),
            victim_age: a.victim_age,
            victim_phone: a.victim_phone.as_deref(),
            victim_address: a.victim_address.as_deref(),
            victim_kecamatan: a.victim_kecamatan.as_deref(),
            victim_kelurahan: a.victim_kelurahan.as_deref(),
            victim_disability: a.victim_disability.as_deref(),
            complainant_name: a.complainant_name.as_deref(),
            complainant_phone: a.complainant_phone.as_deref(),
            complainant_relation: a.complainant_relation.as_deref(),
            perpetrators: (0..n)
                .map(|i| PerpetratorInput {
                    name: a.perpetrator_name.get(i).map(String::as_str),
                    sex: a.perpetrator_sex.get(i).map(String::as_str),
                    age: a.perpetrator_age.get(i).copied(),
                    relation: a.perpetrator_relation.get(i).map(String::as_str),
                })
                .collect(),
            violence: a.violence.iter().map(String::as_str).collect(),
            place: a.place.as_deref(),
            incident_date: a.incident_date.as_deref(),
            chronology: a.chronology.as_deref(),
            urgency: a.urgency.as_deref(),
            risk: a.risk.as_deref(),
            external_ref: a.external_ref.as_deref(),
        }
    }

    /// The required fields that are missing, as flags.
    pub fn missing(&self) -> Vec<&'static str> {
        let blank = |s: Option<&str>| s.is_none_or(|s| s.trim().is_empty());
        let mut m = Vec::new();
        if blank(self.sop) {
            m.push("--sop");
        }
        if blank(self.channel) {
            m.push("--channel");
        }
        if blank(self.victim_name) {
            m.push("--victim-name");
        }
        if blank(self.victim_sex) {
            m.push("--victim-sex");
        }
        if blank(self.victim_birth_date) && self.victim_age.is_none() {
            m.push(t(
                "--victim-birth-date or --victim-age",
                "--victim-birth-date atau --victim-age",
            ));
        }
        if self.violence.iter().all(|v| v.trim().is_empty()) {
            m.push("--violence");
        }
        m
    }
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

/// Age in whole years at a date.
pub fn age_at(birth: chrono::NaiveDate, at: chrono::NaiveDate) -> u32 {
    let mut years = at.year() - birth.year();
    if (at.month(), at.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// "YYYY-MM-DD" read without a format string (a bulk file has 100,000 of them); None for
/// any other shape, which then goes through the general parser.
fn ymd(s: &str) -> Option<chrono::NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    chrono::NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// A date as typed, without repeating the value (a birth date is personal data).
fn quiet_date(flag: &str, input: &str) -> std::result::Result<chrono::NaiveDate, String> {
    let input = input.trim();
    ymd(input)
        .or_else(|| chrono::NaiveDate::parse_from_str(input, "%Y-%m-%d").ok())
        .ok_or_else(|| {
            crate::tr!(
                "{flag} is not a date that exists: use YYYY-MM-DD",
                "{flag} bukan tanggal yang valid: pakai YYYY-MM-DD"
            )
        })
}

/// Why a birth date is refused, with the accepted range (never the date typed).
pub fn birth_out_of_range(r: clock::OutOfRange) -> String {
    let y = clock::EARLIEST_BIRTH_YEAR;
    match r {
        clock::OutOfRange::Early => crate::tr!(
            "--victim-birth-date is before {y}-01-01: accepted birth dates are from {y}-01-01 \
             up to the report date; check the year",
            "--victim-birth-date sebelum {y}-01-01: tanggal lahir yang diterima dari {y}-01-01 \
             sampai tanggal laporan; periksa tahunnya"
        ),
        clock::OutOfRange::Late => crate::tr!(
            "--victim-birth-date is after the report date: accepted birth dates are from \
             {y}-01-01 up to the report date",
            "--victim-birth-date sesudah tanggal laporan: tanggal lahir yang diterima dari \
             {y}-01-01 sampai tanggal laporan"
        ),
    }
}

use crate::text::incident_out_of_range;

/// A report time: "YYYY-MM-DD HH:MM" in office time read directly, anything else (RFC 3339,
/// seconds, a bare date) by `resolve::opt_time`; in `clock::event_in_range` either way.
fn report_time(input: Option<&str>, zone: Zone, now: clock::Instant) -> Result<clock::Instant> {
    if let Some(s) = input {
        let b = s.as_bytes();
        if b.len() == 16 && b[10] == b' ' && b[13] == b':' {
            let hm = |r: std::ops::Range<usize>| -> Option<u32> {
                b[r].iter().try_fold(0u32, |n, &d| {
                    d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
                })
            };
            let t = ymd(&s[..10])
                .zip(hm(11..13).zip(hm(14..16)))
                .and_then(|(d, (h, m))| d.and_hms_opt(h, m, 0))
                .and_then(|n| {
                    use chrono::TimeZone;
                    zone.offset()
                        .from_local_datetime(&n)
                        .single()
                        .map(|d| d.with_timezone(&chrono::Utc))
                });
            if let Some(t) = t.filter(|t| clock::event_in_range(*t, zone, now).is_ok()) {
                return Ok(t);
            }
        }
    }
    resolve::opt_time("--reported-at", input, zone, now)
}

/// The text rules (`field::check_text`) for every field of an intake, named as flags (a bulk
/// intake rewrites them as columns).
fn check_texts(a: &Input) -> std::result::Result<(), FieldError> {
    use crate::field::Field;
    let one = |col: &'static str, kind: Field, v: Option<&str>| match v {
        Some(v) => crate::field::check_text(kind, v.trim()).map_err(|e| {
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
/// resolves a SOP code (a bulk intake caches it: one lookup per code, not per row).
pub fn check(
    a: &Input,
    sop: &mut dyn FnMut(&str) -> Result<Rc<sops::SopVersion>>,
    zone: Zone,
    now: clock::Instant,
) -> std::result::Result<(cases::NewCase, Rc<sops::SopVersion>), FieldError> {
    check_texts(a)?;
    let m = a.missing();
    if !m.is_empty() {
        let field = match m[0] {
            "--sop" => "sop",
            "--channel" => "channel",
            "--victim-name" => "victim_name",
            "--victim-sex" => "victim_sex",
            "--violence" => "violence",
            _ => "victim_birth_date",
        };
        return Err(FieldError {
            field,
            reason: format!(
                "{}: {}",
                t("missing required fields", "kolom wajib belum diisi"),
                m.join(", ")
            ),
            missing: true,
        });
    }
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
    let sex = vocab_code(&vocab::SEX, a.victim_sex.unwrap_or_default().trim())
        .map_err(invalid("victim_sex"))?
        .to_string();
    let birth = match clean(a.victim_birth_date) {
        Some(b) => {
            let d =
                quiet_date("--victim-birth-date", &b).map_err(|e| bad("victim_birth_date", e))?;
            if let Err(r) = clock::birth_in_range(d, report_date) {
                return Err(bad("victim_birth_date", birth_out_of_range(r)));
            }
            Some(d)
        }
        None => None,
    };
    if a.victim_age.is_some_and(|x| x > 130) {
        return Err(bad(
            "victim_age",
            t(
                "--victim-age must be 0 to 130 years",
                "--victim-age harus 0 sampai 130 tahun",
            ),
        ));
    }
    let age = birth.map(|b| age_at(b, report_date)).or(a.victim_age);
    let is_child = age.is_some_and(|x| x < 18);
    let nik = clean(a.victim_nik)
        .map(|n| resolve::nik(&n))
        .transpose()
        .map_err(invalid("victim_nik"))?;
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
    let incident_date = match clean(a.incident_date) {
        Some(d) => {
            let d = match ymd(d.trim()) {
                Some(d) => d,
                None => resolve::date("--incident-date", &d).map_err(invalid("incident_date"))?,
            };
            if let Err(r) = clock::incident_in_range(d, birth, report_date) {
                return Err(bad(
                    "incident_date",
                    incident_out_of_range(r, birth.is_some()),
                ));
            }
            Some(d.to_string())
        }
        None => None,
    };
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
    let complainant = if a.complainant_name.is_some()
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
    };
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
        is_child,
        external_ref: clean(a.external_ref),
        victim: cases::Person {
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
        },
        complainant,
        perpetrators,
        violence,
    };
    Ok((case, sop_v))
}

/// Checks a single intake's flags and builds the new case.
pub fn build(
    a: &IntakeArgs,
    reg: &Register,
    zone: Zone,
    now: clock::Instant,
) -> Result<(cases::NewCase, sops::SopVersion)> {
    let mut lookup = |code: &str| resolve::sop(reg, code).map(Rc::new);
    match check(&Input::from_args(a), &mut lookup, zone, now) {
        Ok((case, sop_v)) => Ok((case, Rc::unwrap_or_clone(sop_v))),
        Err(e) if e.missing => Err(Error::Usage(crate::tr!(
            "{}. Give them as flags (see `kasus intake --help`), or run at a terminal to be asked.",
            "{}. Berikan sebagai opsi (lihat `kasus intake --help`), atau jalankan di terminal agar ditanyakan.",
            e.reason
        ))),
        Err(e) => Err(Error::Invalid(e.reason)),
    }
}

pub fn run(ctx: &Ctx, mut a: IntakeArgs) -> Result<()> {
    if a.template {
        return super::bulk::print_template();
    }
    if let Some(path) = &a.from {
        return super::bulk::intake_from(ctx, &a, path);
    }
    let mut reg = ctx.open()?;
    let zone = super::zone(&reg)?;
    if ctx.interactive && !missing(&a).is_empty() {
        ask_missing(&mut a, &reg, &Terminal::new())?;
    }
    let (new, sop_v) = build(&a, &reg, zone, ctx.now)?;
    if let Some(r) = &new.external_ref {
        if let Some(existing) = cases::by_external_ref(reg.conn(), r)? {
            let r = crate::echo::echo_if_shaped(r, crate::echo::Shape::Ref)
                .map(|r| format!(" {r}"))
                .unwrap_or_default();
            return Err(Error::Refused(crate::tr!(
                "external_ref{r} is already registered as case {}; nothing was added",
                "external_ref{r} sudah terdaftar sebagai kasus {}; tidak ada yang ditambahkan",
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
            return Err(Error::Refused(crate::tr!(
                "the victim matches existing case(s): {list}. Check them with `kasus case show`; \
                 to register a new case anyway, add --allow-duplicate. Nothing was added.",
                "korban cocok dengan kasus yang sudah ada: {list}. Periksa dengan `kasus case show`; \
                 untuk tetap mendaftarkan kasus baru, tambahkan --allow-duplicate. Tidak ada yang ditambahkan."
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

#[cfg(test)]
mod fast_paths {
    use super::{report_time, ymd};
    use crate::clock::{self, Zone};

    #[test]
    fn the_direct_readers_agree_with_the_general_ones() {
        let now = clock::from_db("2026-03-02T05:00:00Z").unwrap();
        for s in ["2026-03-02 08:30", "2026-02-28 23:59", "2026-03-02 12:00"] {
            for z in [Zone::Wib, Zone::Wita, Zone::Wit] {
                assert_eq!(
                    report_time(Some(s), z, now).ok(),
                    super::resolve::opt_time("--reported-at", Some(s), z, now).ok(),
                    "{s} {z:?}"
                );
            }
        }
        assert!(report_time(Some("2026-03-02 12:01"), Zone::Wib, now).is_err());
        assert!(report_time(Some("2026-02-30 08:00"), Zone::Wib, now).is_err());
        assert_eq!(
            ymd("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(ymd("2023-02-29"), None);
        assert_eq!(ymd("2023-2-1"), None);
        assert_eq!(ymd("2023-0a-01"), None);
    }
}
