//! `kasus case edit`: a correction of any field intake takes (the case's own, the victim's, the
//! complainant's, the perpetrators', the violence types), checked against the same rules, with a
//! required reason. The register writes it as one correction: each field's value before and
//! after kept, one audit entry naming the fields (`register::case_edit`).

use crate::cli::CaseEditArgs;
use crate::clock;
use crate::commands::{
    persons, reason,
    resolve::{self, open_case},
    Ctx,
};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::register::case_edit::{Edit, Who};
use crate::register::cases::{self, Person, PersonRow};
use crate::text::{self, t};
use crate::vocab;
use chrono::NaiveDate;
use serde_json::json;

use super::case_json;

/// `kasus case edit`: the fields given, checked, corrected in one write with the reason.
pub(super) fn edit(ctx: &Ctx, a: CaseEditArgs) -> Result<()> {
    check_edit_text(&a)?;
    let mut reg = ctx.open()?;
    let c = open_case(&reg, &a.case)?;
    let people = reg.case_persons(c.id)?;
    let zone = reg.zone()?;
    let mut edits = case_edits(&a)?;
    edits.extend(victim_edits(&a)?);
    let reported = reported_at(ctx, &reg, &c, &a)?;
    let report = reported
        .or_else(|| clock::from_db(&c.reported_at))
        .map(|r| clock::local_date(r, zone));
    if let Some(r) = reported {
        edits.push(Edit::Case("reported_at", Some(clock::to_db(r))));
    }
    edits.extend(dates(&c, &a, &people, report, reported.is_some())?);
    edits.extend(complainant_edits(&a));
    edits.extend(perpetrator_edits(&c, &a, &people)?);
    if edits.is_empty() {
        return Err(Error::Usage(
            t(
                "nothing to change: give at least one field flag (see `kasus case edit --help`)",
                "tidak ada yang diubah: beri paling sedikit satu kolom (lihat `kasus case edit --help`)",
            )
            .into(),
        ));
    }
    let reason = reason::required(ctx, a.reason.as_deref())?;
    let done = reg.edit_case(&c, &edits, &reason, &ctx.now_db(), &ctx.actor)?;
    if a.write.json() {
        return case_json(
            &reg,
            &c,
            json!({
                "fields_changed": done.as_ref().map_or(0, |d| d.fields.len()),
                "fields": done.as_ref().map(|d| d.fields.clone()).unwrap_or_default(),
                "correction": done.as_ref().map(|d| d.event.clone()),
            }),
        );
    }
    match done {
        None => output::print(&crate::tr!(
            "nothing changed: case {} already holds these values; nothing was recorded",
            "tidak ada yang berubah: kasus {} sudah berisi nilai ini; tidak ada yang dicatat",
            c.number
        )),
        Some(d) => output::print(&format!(
            "{} {}: {} ({}: {})",
            t("corrected case", "kasus dibetulkan"),
            c.number,
            crate::text::count(d.fields.len() as u64, "field", "fields", "kolom"),
            t("correction", "koreksi"),
            d.event
        )),
    }
}

/// Every text flag of `case edit` against its field's limits, before the register is opened.
fn check_edit_text(a: &CaseEditArgs) -> Result<()> {
    for (flag, kind, v) in [
        ("--channel", Field::Short, &a.channel),
        ("--place", Field::Short, &a.place),
        ("--reported-at", Field::Short, &a.reported_at),
        ("--incident-date", Field::Short, &a.incident_date),
        ("--chronology", Field::Text, &a.chronology),
        ("--urgency", Field::Short, &a.urgency),
        ("--risk", Field::Short, &a.risk),
        ("--victim-name", Field::Name, &a.victim_name),
        ("--victim-nik", Field::Short, &a.victim_nik),
        ("--victim-sex", Field::Short, &a.victim_sex),
        ("--victim-birth-date", Field::Short, &a.victim_birth_date),
        ("--victim-phone", Field::Phone, &a.victim_phone),
        ("--victim-address", Field::Address, &a.victim_address),
        ("--victim-kecamatan", Field::Short, &a.victim_kecamatan),
        ("--victim-kelurahan", Field::Short, &a.victim_kelurahan),
        ("--victim-disability", Field::Short, &a.victim_disability),
        ("--complainant-name", Field::Name, &a.complainant_name),
        ("--complainant-phone", Field::Phone, &a.complainant_phone),
        (
            "--complainant-relation",
            Field::Short,
            &a.complainant_relation,
        ),
        ("--perpetrator-name", Field::Name, &a.perpetrator_name),
        ("--perpetrator-sex", Field::Short, &a.perpetrator_sex),
        ("--perpetrator-age", Field::Short, &a.perpetrator_age),
        (
            "--perpetrator-relation",
            Field::Short,
            &a.perpetrator_relation,
        ),
        ("--reason", Field::Text, &a.reason),
    ] {
        crate::field::check_opt(flag, kind, v.as_deref().map(str::trim))?;
    }
    for v in &a.violence {
        crate::field::check("--violence", Field::Short, v.trim())?;
    }
    Ok(())
}

/// A text flag as an edit: `None` when not given, `Some(None)` when given empty (to clear).
fn cleared(s: &Option<String>) -> Option<Option<String>> {
    s.as_deref()
        .map(str::trim)
        .map(|s| (!s.is_empty()).then(|| s.to_string()))
}

/// A list value as an edit: `None` when not given, `Some(None)` when given empty (to clear),
/// else its code.
fn cleared_vocab(v: &vocab::Vocab, s: &Option<String>) -> Result<Option<Option<String>>> {
    cleared(s)
        .map(|x| {
            x.map(|x| resolve::vocab(v, &x).map(str::to_string))
                .transpose()
        })
        .transpose()
}

/// The edits of the case's own fields (list values resolved; the dates are [`dates`]').
fn case_edits(a: &CaseEditArgs) -> Result<Vec<Edit>> {
    let mut edits = Vec::new();
    for (col, list, v) in [
        ("channel", &vocab::CHANNEL, &a.channel),
        ("urgency", &vocab::URGENCY, &a.urgency),
    ] {
        if let Some(v) = v {
            edits.push(Edit::Case(col, Some(resolve::vocab(list, v)?.to_string())));
        }
    }
    for (col, list, v) in [
        ("place", &vocab::PLACE, &a.place),
        ("risk", &vocab::RISK, &a.risk),
    ] {
        if let Some(v) = cleared_vocab(list, v)? {
            edits.push(Edit::Case(col, v));
        }
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

/// The edits of the victim's own fields (the birth date and age are [`dates`]'); the name and
/// sex can be changed but not emptied.
fn victim_edits(a: &CaseEditArgs) -> Result<Vec<Edit>> {
    let mut edits = Vec::new();
    if let Some(v) = &a.victim_nik {
        let v = v.trim();
        let nik = (!v.is_empty()).then(|| resolve::nik(v)).transpose()?;
        edits.push(Edit::Person(Who::Victim, "nik", nik));
    }
    if let Some(v) = &a.victim_sex {
        edits.push(Edit::Person(
            Who::Victim,
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
                    t(
                        "--victim-name cannot be emptied",
                        "--victim-name tidak boleh dikosongkan",
                    )
                    .into(),
                ));
            }
            edits.push(Edit::Person(Who::Victim, col, v));
        }
    }
    Ok(edits)
}

/// A corrected report time (`--reported-at`), read as intake reads it: not in the future, in
/// the year of the case number, and before everything recorded about the case since.
fn reported_at(
    ctx: &Ctx,
    reg: &crate::register::Register,
    c: &cases::CaseRow,
    a: &CaseEditArgs,
) -> Result<Option<clock::Instant>> {
    let Some(input) = a.reported_at.as_deref().map(str::trim) else {
        return Ok(None);
    };
    if input.is_empty() {
        return Err(Error::Invalid(
            t(
                "--reported-at cannot be emptied: every case has its report time",
                "--reported-at tidak boleh dikosongkan: setiap kasus punya waktu laporan",
            )
            .into(),
        ));
    }
    let zone = reg.zone()?;
    let t = crate::commands::reported::reported_at(Some(input), zone, ctx.now)?;
    let year = |t: clock::Instant| chrono::Datelike::year(&clock::local_date(t, zone));
    if clock::from_db(&c.reported_at).is_some_and(|r| year(r) != year(t)) {
        return Err(Error::Invalid(crate::tr!(
            "--reported-at is in another year than case {}, whose number holds the year of its report",
            "--reported-at pada tahun lain dari kasus {}, yang nomornya memuat tahun laporannya",
            c.number
        )));
    }
    let first = reg
        .case_event_times(c.id)?
        .iter()
        .filter_map(|s| clock::from_db(s))
        .min();
    if first.is_some_and(|f| t > f) {
        return Err(Error::Invalid(crate::tr!(
            "--reported-at is after the first step, consent, assignment or service recorded for case {}",
            "--reported-at sesudah langkah, persetujuan, penugasan atau layanan pertama yang tercatat untuk kasus {}",
            c.number
        )));
    }
    Ok(Some(t))
}

/// The dates, kept consistent as intake keeps them: the birth date (from 1900 up to the report
/// date) gives the age at the report and whether the victim is a child; `--victim-age` is for a
/// victim whose birth date is not known; the incident date lies between the birth date and the
/// report date, whichever of them is corrected.
fn dates(
    c: &cases::CaseRow,
    a: &CaseEditArgs,
    people: &[PersonRow],
    report: Option<NaiveDate>,
    report_changed: bool,
) -> Result<Vec<Edit>> {
    let mut edits = Vec::new();
    let recorded_birth = people
        .iter()
        .find(|p| p.role == "victim")
        .and_then(|p| p.person.birth_date.as_deref())
        .and_then(|b| NaiveDate::parse_from_str(b, "%Y-%m-%d").ok());
    let report = || {
        report.ok_or_else(|| {
            Error::Other(crate::tr!(
                "case {} has no readable report time",
                "kasus {} tidak punya waktu laporan yang terbaca",
                c.number
            ))
        })
    };
    // The birth date after the edit.
    let mut birth = recorded_birth;
    match cleared(&a.victim_birth_date) {
        Some(Some(b)) => {
            if a.victim_age.is_some() {
                return Err(Error::Usage(
                    t(
                        "give --victim-birth-date or --victim-age, not both: the birth date gives the age",
                        "beri --victim-birth-date atau --victim-age, tidak keduanya: tanggal lahir menentukan umur",
                    )
                    .into(),
                ));
            }
            let report = report()?;
            let b =
                persons::birth_date("--victim-birth-date", &b, report).map_err(Error::Invalid)?;
            let age = persons::age_at(b, report);
            edits.push(Edit::Person(Who::Victim, "birth_date", Some(b.to_string())));
            edits.push(Edit::Person(Who::Victim, "age", Some(age.to_string())));
            edits.push(child(age));
            birth = Some(b);
        }
        Some(None) => {
            edits.push(Edit::Person(Who::Victim, "birth_date", None));
            birth = None;
        }
        None => {
            // The recorded birth date at a corrected report: still before it, and the age at
            // the report follows.
            if let Some(b) = birth.filter(|_| report_changed) {
                let report = report()?;
                clock::birth_in_range(b, report).map_err(|_| {
                    Error::Invalid(
                        t(
                            "--reported-at is before the victim's recorded birth date",
                            "--reported-at sebelum tanggal lahir korban yang tercatat",
                        )
                        .into(),
                    )
                })?;
                let age = persons::age_at(b, report);
                edits.push(Edit::Person(Who::Victim, "age", Some(age.to_string())));
                edits.push(child(age));
            }
        }
    }
    if let Some(n) = a.victim_age {
        if birth.is_some() {
            return Err(Error::Invalid(
                t(
                    "the victim's birth date is recorded and gives the age: correct --victim-birth-date, \
                     or clear it (--victim-birth-date '') to give --victim-age",
                    "tanggal lahir korban tercatat dan menentukan umur: betulkan --victim-birth-date, \
                     atau kosongkan (--victim-birth-date '') untuk memberi --victim-age",
                )
                .into(),
            ));
        }
        let n = persons::age("--victim-age", n).map_err(Error::Invalid)?;
        edits.push(Edit::Person(Who::Victim, "age", Some(n.to_string())));
        edits.push(child(n));
    }
    let incident = match cleared(&a.incident_date) {
        Some(Some(v)) => {
            let d = resolve::date("--incident-date", &v)?;
            edits.push(Edit::Case("incident_date", Some(d.to_string())));
            Some((d, true))
        }
        Some(None) => {
            edits.push(Edit::Case("incident_date", None));
            None
        }
        None => c
            .incident_date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(|d| (d, false)),
    };
    if let Some((d, given)) = incident {
        if given || birth != recorded_birth || report_changed {
            if let Err(r) = clock::incident_in_range(d, birth, report()?) {
                return Err(Error::Invalid(if given {
                    text::incident_out_of_range(r, birth.is_some())
                } else if r == clock::OutOfRange::Late {
                    t(
                        "the recorded incident date is after the corrected --reported-at: \
                         correct --incident-date as well",
                        "tanggal kejadian yang tercatat sesudah --reported-at yang dibetulkan: \
                         betulkan juga --incident-date",
                    )
                    .into()
                } else {
                    t(
                        "the recorded incident date is before the corrected --victim-birth-date: \
                         correct --incident-date as well",
                        "tanggal kejadian yang tercatat sebelum --victim-birth-date yang dibetulkan: \
                         betulkan juga --incident-date",
                    )
                    .into()
                }));
            }
        }
    }
    Ok(edits)
}

/// Whether the victim is a child, as intake decides it: under 18 at the report.
fn child(age: u32) -> Edit {
    Edit::Case("is_child", Some(if age < 18 { "1" } else { "0" }.into()))
}

/// The complainant's fields (the register adds the complainant when the case has none), or
/// its removal.
fn complainant_edits(a: &CaseEditArgs) -> Vec<Edit> {
    if a.remove_complainant {
        return vec![Edit::Remove(Who::Complainant)];
    }
    [
        ("name", &a.complainant_name),
        ("phone", &a.complainant_phone),
        ("relation", &a.complainant_relation),
    ]
    .into_iter()
    .filter_map(|(col, v)| cleared(v).map(|v| Edit::Person(Who::Complainant, col, v)))
    .collect()
}

/// The perpetrators: one changed (`--perpetrator N`) or added (`--add-perpetrator`) with the
/// `--perpetrator-*` fields, and any removed (`--remove-perpetrator N`), numbered as
/// `case show` lists them.
fn perpetrator_edits(
    c: &cases::CaseRow,
    a: &CaseEditArgs,
    people: &[PersonRow],
) -> Result<Vec<Edit>> {
    let count = people.iter().filter(|p| p.role == "perpetrator").count() as u32;
    let known = |flag: &str, n: u32| -> Result<()> {
        if n > count && count == 0 {
            return Err(Error::Invalid(crate::tr!(
                "case {} has no perpetrator recorded: there is none for {flag} to select (add one with --add-perpetrator)",
                "kasus {} belum mencatat pelaku: tidak ada yang dapat dipilih {flag} (tambahkan dengan --add-perpetrator)",
                c.number
            )));
        }
        if n > count {
            let has = crate::text::count(count as u64, "perpetrator", "perpetrators", "pelaku");
            return Err(Error::Invalid(crate::tr!(
                "case {} has {has}: {flag} takes 1 to {count}",
                "kasus {} punya {has}: {flag} menerima 1 sampai {count}",
                c.number
            )));
        }
        Ok(())
    };
    let sex = cleared_vocab(&vocab::SEX, &a.perpetrator_sex)?;
    let relation = cleared_vocab(&vocab::RELATION, &a.perpetrator_relation)?;
    let age = match cleared(&a.perpetrator_age) {
        None => None,
        Some(None) => Some(None),
        Some(Some(s)) => Some(Some(
            s.parse::<u32>()
                .ok()
                .filter(|x| *x <= 130)
                .ok_or_else(|| {
                    Error::Invalid(
                        t(
                            "--perpetrator-age must be a whole number of years, 0 to 130",
                            "--perpetrator-age harus bilangan bulat tahun, 0 sampai 130",
                        )
                        .into(),
                    )
                })?
                .to_string(),
        )),
    };
    let fields = [
        ("name", cleared(&a.perpetrator_name)),
        ("sex", sex),
        ("age", age),
        ("relation", relation),
    ];
    let any = fields.iter().any(|f| f.1.is_some());
    let mut edits = Vec::new();
    if let Some(n) = a.perpetrator {
        known("--perpetrator", n)?;
        if !any {
            return Err(Error::Usage(
                t(
                    "--perpetrator N needs the fields to correct: --perpetrator-name, --perpetrator-sex, \
                     --perpetrator-age, --perpetrator-relation",
                    "--perpetrator N memerlukan kolom yang dibetulkan: --perpetrator-name, --perpetrator-sex, \
                     --perpetrator-age, --perpetrator-relation",
                )
                .into(),
            ));
        }
        if a.remove_perpetrator.contains(&n) {
            return Err(Error::Usage(crate::tr!(
                "perpetrator {n} cannot be both corrected and removed",
                "pelaku ke-{n} tidak dapat sekaligus dibetulkan dan dihapus"
            )));
        }
        for (col, v) in fields {
            if let Some(v) = v {
                edits.push(Edit::Person(Who::Perpetrator(n), col, v));
            }
        }
    } else if a.add_perpetrator {
        if fields
            .iter()
            .all(|f| f.1.as_ref().is_none_or(|v| v.is_none()))
        {
            return Err(Error::Usage(
                t(
                    "--add-perpetrator needs at least one of --perpetrator-name, --perpetrator-sex, \
                     --perpetrator-age, --perpetrator-relation",
                    "--add-perpetrator memerlukan paling sedikit satu dari --perpetrator-name, \
                     --perpetrator-sex, --perpetrator-age, --perpetrator-relation",
                )
                .into(),
            ));
        }
        let value = |i: usize| fields[i].1.clone().flatten();
        edits.push(Edit::AddPerpetrator(Person {
            name: value(0),
            sex: value(1),
            age: value(2).and_then(|x| x.parse().ok()),
            relation: value(3),
            ..Default::default()
        }));
    } else if any {
        return Err(Error::Usage(
            t(
                "the --perpetrator-* fields need --perpetrator N (the perpetrator to correct, \
                 numbered as `kasus case show` lists them) or --add-perpetrator",
                "kolom --perpetrator-* memerlukan --perpetrator N (pelaku yang dibetulkan, \
                 bernomor seperti di `kasus case show`) atau --add-perpetrator",
            )
            .into(),
        ));
    }
    let mut removed = a.remove_perpetrator.clone();
    removed.sort_unstable();
    removed.dedup();
    for n in removed {
        known("--remove-perpetrator", n)?;
        edits.push(Edit::Remove(Who::Perpetrator(n)));
    }
    Ok(edits)
}
