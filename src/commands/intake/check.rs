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
use crate::rows::{Faults, OfField};
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
/// intake rewrites them as columns): each field that breaks one, once.
fn check_texts(a: &Input, errs: &mut Problems) {
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
        errs.keep(one(col, kind, v));
    }
    for p in &a.perpetrators {
        errs.keep(one("perpetrator_name", Field::Name, p.name));
        errs.keep(one("perpetrator_sex", Field::Short, p.sex));
        errs.keep(one("perpetrator_relation", Field::Short, p.relation));
    }
    for v in &a.violence {
        errs.keep(one("violence", Field::Short, Some(v)));
    }
}

/// The problems found so far, a field's first only ([`Faults`]).
type Problems = Faults<FieldError>;

impl OfField for FieldError {
    fn field(&self) -> &str {
        self.field
    }
}

/// Checks every field and builds the new case; `year` and `is_child` are derived here. `sop`
/// resolves a SOP code (a bulk intake caches it: one lookup per code, not per row). Every field
/// is checked, and every wrong one reported (a field once, in a fixed order: the missing ones
/// first, as one problem), so that a row or a command is put right in one go. A date that
/// bounds another (the report's, the birth) is taken as today when it is wrong itself.
pub fn check(
    a: &Input,
    sop: &mut dyn FnMut(&str) -> Result<Arc<sops::SopVersion>>,
    zone: Zone,
    now: clock::Instant,
) -> std::result::Result<(cases::NewCase, Arc<sops::SopVersion>), Vec<FieldError>> {
    let mut errs = Problems::default();
    if let Err(e) = required(a) {
        // Every missing field is named in this one problem: none is refused again below.
        let missing = a.missing();
        errs.0.push(e.clone());
        for f in FIELDS {
            if missing
                .iter()
                .any(|m| m.starts_with(&format!("--{}", f.replace('_', "-"))))
            {
                errs.0.push(FieldError {
                    field: f,
                    reason: String::new(),
                    missing: true,
                });
            }
        }
    }
    check_texts(a, &mut errs);
    let sop_v = errs.keep(sop(a.sop.unwrap_or_default().trim()).map_err(invalid("sop")));
    let reported = errs.keep(
        report_time(
            a.reported_at.map(str::trim).filter(|s| !s.is_empty()),
            zone,
            now,
        )
        .map_err(invalid("reported_at")),
    );
    let report_date = clock::local_date(reported.unwrap_or(now), zone);
    let channel = errs.keep(
        vocab_code(&vocab::CHANNEL, a.channel.unwrap_or_default().trim())
            .map_err(invalid("channel")),
    );
    let victim = victim(a, report_date, &mut errs);
    let violence = errs.keep(violence(a));
    let incident_date = errs.keep(incident_date(a, victim.1, report_date));
    // Against the report's own date only: "today" in its place (above) bounds dates safely, but
    // would make an age told years ago disagree.
    if let (Some(birth), Some(given), Some(incident), Some(_)) =
        (victim.1, a.victim_age, &incident_date, reported)
    {
        let incident = incident.as_deref().and_then(ymd);
        errs.keep(ages_agree(birth, given, report_date, incident));
    }
    let perpetrators = perpetrators(a, &mut errs);
    let place = errs.keep(opt_vocab(&vocab::PLACE, "place", a.place));
    let urgency = errs.keep(opt_vocab(&vocab::URGENCY, "urgency", a.urgency));
    let risk = errs.keep(opt_vocab(&vocab::RISK, "risk", a.risk));
    // Only the missing fields' one problem and each wrong field's own.
    errs.0.retain(|e| !(e.missing && e.reason.is_empty()));
    let (
        Some(sop_v),
        Some(reported),
        Some(channel),
        (Some(victim), _),
        Some(violence),
        Some(incident_date),
        Some(place),
        Some(urgency),
        Some(risk),
    ) = (
        sop_v,
        reported,
        channel,
        victim,
        violence,
        incident_date,
        place,
        urgency,
        risk,
    )
    else {
        return Err(errs.0);
    };
    if !errs.0.is_empty() {
        return Err(errs.0);
    }
    let case = cases::NewCase {
        sop_version_id: sop_v.id,
        reported_at: clock::to_db(reported),
        year: report_date.year(),
        channel: channel.to_string(),
        place,
        incident_date,
        chronology: clean(a.chronology),
        urgency: urgency.unwrap_or_else(|| "biasa".into()),
        risk,
        is_child: victim.age.is_some_and(|x| x < 18),
        external_ref: clean(a.external_ref),
        victim,
        complainant: complainant(a),
        perpetrators,
        violence,
    };
    Ok((case, sop_v))
}

/// The reasons of a single intake's `errs`, a line each as kasus says them (`kasus: ` before
/// each after the first), each naming its flag; None when there are none.
pub fn reasons<'e>(errs: impl Iterator<Item = &'e FieldError>) -> Option<String> {
    let all: Vec<String> = errs
        .map(|e| {
            let flag = format!("--{}", e.field.replace('_', "-"));
            if e.reason.contains(&flag) {
                e.reason.clone()
            } else {
                format!("{flag}: {}", e.reason)
            }
        })
        .collect();
    (!all.is_empty()).then(|| all.join("\nkasus: "))
}

/// The fields a missing value stands for (`Input::missing` names them as flags).
const FIELDS: [&str; 7] = [
    "sop",
    "channel",
    "victim_name",
    "victim_sex",
    "victim_birth_date",
    "victim_age",
    "violence",
];

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

/// The victim, each field checked: sex, birth date, age, NIK; the age comes from the birth date
/// when it is known. Also returns the birth date (when it is right), which bounds the incident
/// date; no victim when a field is wrong.
fn victim(
    a: &Input,
    report_date: chrono::NaiveDate,
    errs: &mut Problems,
) -> (Option<cases::Person>, Option<chrono::NaiveDate>) {
    let sex = errs.keep(
        vocab_code(&vocab::SEX, a.victim_sex.unwrap_or_default().trim())
            .map_err(invalid("victim_sex")),
    );
    let birth = errs.keep(
        clean(a.victim_birth_date)
            .map(|b| birth_date("--victim-birth-date", &b, report_date))
            .transpose()
            .map_err(|e| bad("victim_birth_date", e)),
    );
    let age_ok = match a.victim_age {
        Some(x) => errs
            .keep(age("--victim-age", x).map_err(|e| bad("victim_age", e)))
            .is_some(),
        None => true,
    };
    let nik = errs.keep(
        clean(a.victim_nik)
            .map(|n| resolve::nik(&n))
            .transpose()
            .map_err(invalid("victim_nik")),
    );
    let (Some(sex), Some(birth), true, Some(nik)) = (sex, birth, age_ok, nik) else {
        return (None, birth.flatten());
    };
    let age = birth.map(|b| age_at(b, report_date)).or(a.victim_age);
    let victim = cases::Person {
        name: clean(a.victim_name),
        nik,
        sex: Some(sex.to_string()),
        birth_date: birth.map(|b| b.to_string()),
        age,
        phone: clean(a.victim_phone),
        address: clean(a.victim_address),
        kecamatan: clean(a.victim_kecamatan),
        kelurahan: clean(a.victim_kelurahan),
        disability: clean(a.victim_disability),
        relation: None,
    };
    (Some(victim), birth)
}

/// An age given with a birth date must be the birth date's (within a year: ages are rounded
/// and guessed), on the report date or on the incident date (an age told as it was then); the
/// birth date is stored and the age comes from it, so an age that is neither would be lost in
/// silence. The message repeats neither value.
fn ages_agree(
    birth: chrono::NaiveDate,
    given: u32,
    report_date: chrono::NaiveDate,
    incident: Option<chrono::NaiveDate>,
) -> std::result::Result<(), FieldError> {
    let near = |at: chrono::NaiveDate| age_at(birth, at).abs_diff(given) <= 1;
    if near(report_date) || incident.is_some_and(near) {
        return Ok(());
    }
    Err(bad(
        "victim_age",
        crate::tr!(
            "--victim-age does not agree with --victim-birth-date (more than a year apart on \
             the report date{}): give one of the two (the age is worked out from the birth date), \
             or correct the other",
            "--victim-age tidak cocok dengan --victim-birth-date (selisih lebih dari setahun \
             pada tanggal laporan{}): beri salah satunya saja (usia dihitung dari tanggal \
             lahir), atau betulkan yang lain",
            if incident.is_some() {
                crate::text::t(" and on the incident date", " dan pada tanggal kejadian")
            } else {
                ""
            }
        ),
    ))
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

/// The perpetrators, each checked: sex, relation, age (a field's first wrong entry reported).
fn perpetrators(a: &Input, errs: &mut Problems) -> Vec<cases::Person> {
    for &(field, n) in &a.perpetrators_past_names {
        // As flags: a file's row names its columns (`rows::columnise`).
        let (names, flag) = (a.perpetrators.len(), field.replace('_', "-"));
        errs.push(bad(
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
        let sex = errs.keep(opt_vocab(&vocab::SEX, "perpetrator_sex", p.sex));
        let relation = errs.keep(opt_vocab(
            &vocab::RELATION,
            "perpetrator_relation",
            p.relation,
        ));
        if p.age.is_some_and(|x| x > 130) {
            errs.push(bad(
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
            sex: sex.flatten(),
            age: p.age,
            relation: relation.flatten(),
            ..Default::default()
        });
    }
    perpetrators
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sop_named(code: &str) -> Result<Arc<sops::SopVersion>> {
        if code != "batam-34-2020" {
            return Err(Error::Invalid(format!("unknown SOP {code}")));
        }
        Ok(Arc::new(sops::SopVersion {
            id: 1,
            code: code.into(),
            version: 1,
            sha256: String::new(),
            builtin: true,
            imported_at: String::new(),
            source: String::new(),
        }))
    }

    fn good() -> Input<'static> {
        Input {
            sop: Some("batam-34-2020"),
            reported_at: Some("2026-11-30 09:00"),
            channel: Some("telepon"),
            victim_name: Some("Ani Contoh"),
            victim_sex: Some("P"),
            victim_birth_date: Some("1990-05-01"),
            violence: vec!["fisik"],
            ..Default::default()
        }
    }

    fn fields(a: &Input) -> Vec<&'static str> {
        let now = "2026-12-01T03:00:00Z".parse().unwrap();
        match check(a, &mut sop_named, Zone::Wib, now) {
            Ok(_) => Vec::new(),
            Err(errs) => errs.iter().map(|e| e.field).collect(),
        }
    }

    #[test]
    fn every_wrong_field_is_told_once() {
        assert_eq!(fields(&good()), Vec::<&str>::new());
        let a = Input {
            victim_sex: Some("Q"),
            victim_nik: Some("123"),
            channel: Some("kurir"),
            perpetrators: vec![super::super::input::PerpetratorInput {
                sex: Some("X"),
                ..Default::default()
            }],
            ..good()
        };
        assert_eq!(
            fields(&a),
            ["channel", "victim_sex", "victim_nik", "perpetrator_sex"]
        );
        // A text refused by its rule (a control character) is not refused again as a sex.
        let a = Input {
            victim_sex: Some("P\u{7}"),
            ..good()
        };
        assert_eq!(fields(&a), ["victim_sex"]);
    }

    #[test]
    fn missing_fields_are_one_problem_and_not_refused_again() {
        let a = Input {
            sop: None,
            victim_sex: Some(" "),
            victim_nik: Some("12"),
            ..good()
        };
        let now = "2026-12-01T03:00:00Z".parse().unwrap();
        let errs = check(&a, &mut sop_named, Zone::Wib, now).unwrap_err();
        assert_eq!(
            errs.iter()
                .map(|e| (e.field, e.missing))
                .collect::<Vec<_>>(),
            [("sop", true), ("victim_nik", false)]
        );
        assert!(
            errs[0].reason.contains("--sop, --victim-sex"),
            "{}",
            errs[0].reason
        );
    }

    #[test]
    fn a_wrong_report_time_leaves_the_dates_it_bounds_checked_against_today() {
        // The birth date is before today: only the report time is wrong.
        let a = Input {
            reported_at: Some("kemarin sore"),
            ..good()
        };
        assert_eq!(fields(&a), ["reported_at"]);
        // A birth date after today is wrong whatever the report's time.
        let a = Input {
            reported_at: Some("kemarin sore"),
            victim_birth_date: Some("2030-01-01"),
            incident_date: Some("2026-11-29"),
            ..good()
        };
        assert_eq!(fields(&a), ["reported_at", "victim_birth_date"]);
    }

    #[test]
    fn an_age_given_with_a_birth_date_agrees_with_it_then_or_at_the_incident() {
        let a = |age: u32, incident: Option<&'static str>| Input {
            victim_age: Some(age),
            incident_date: incident,
            ..good()
        };
        // Born 1990-05-01, reported 2026-11-30: 36.
        for age in [35, 36, 37] {
            assert_eq!(fields(&a(age, None)), Vec::<&str>::new(), "{age}");
        }
        assert_eq!(fields(&a(30, None)), ["victim_age"]);
        let now = "2026-12-01T03:00:00Z".parse().unwrap();
        let errs = check(&a(30, None), &mut sop_named, Zone::Wib, now).unwrap_err();
        assert!(
            errs[0]
                .reason
                .contains("apart on the report date): give one of the two")
                && !errs[0].reason.contains("  "),
            "{}",
            errs[0].reason
        );
        assert_eq!(fields(&a(38, None)), ["victim_age"]);
        // As old as on the incident date (2000-06-01: 10).
        assert_eq!(fields(&a(10, Some("2000-06-01"))), Vec::<&str>::new());
        assert_eq!(fields(&a(20, Some("2000-06-01"))), ["victim_age"]);
        // A report time that is itself wrong leaves nothing to hold the age against: only the
        // report time is told (the age may be the one of a report years ago).
        let wrong_time = Input {
            reported_at: Some("kemarin sore"),
            ..a(20, None)
        };
        assert_eq!(fields(&wrong_time), ["reported_at"]);
        // An age alone, or a birth date alone, has nothing to agree with.
        let alone = Input {
            victim_birth_date: None,
            victim_age: Some(30),
            ..good()
        };
        assert_eq!(fields(&alone), Vec::<&str>::new());
    }

    #[test]
    fn a_single_intakes_reasons_name_their_flags_a_line_each() {
        let errs = [
            bad("victim_sex", "unknown sex; use one of: L, P"),
            bad("victim_nik", "--victim-nik must be exactly 16 digits"),
        ];
        assert_eq!(
            reasons(errs.iter()).unwrap(),
            "--victim-sex: unknown sex; use one of: L, P\n\
             kasus: --victim-nik must be exactly 16 digits"
        );
        assert_eq!(reasons([].iter()), None);
    }
}
