//! Interactive intake: the flags given are checked first (before any question), then the
//! required fields that are missing are asked, each answer checked as it is given by the rule
//! the flag path uses (`check`), so that nothing typed is lost to an error at the end.

use super::check;
use super::input::Input;
use super::resolve;
use crate::cli::IntakeArgs;
use crate::clock::{self, Zone};
use crate::commands::persons::{age, birth_date};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::prompt::{text_rule, Asker, Checked};
use crate::register::Register;
use crate::text::t;
use crate::vocab;
use crate::when::{self, DateRead};
use std::sync::Arc;

/// Checks the flags given, with every field that will be asked standing in as a valid value:
/// a wrong flag is said before the person answers anything.
pub(super) fn flags_first(
    a: &IntakeArgs,
    reg: &Register,
    zone: Zone,
    now: clock::Instant,
) -> Result<()> {
    let first_sop = reg.sop_catalogue()?.first().map(|v| v.code.clone());
    let mut i = Input::from_args(a);
    let blank = |s: Option<&str>| s.is_none_or(|s| s.trim().is_empty());
    if blank(i.sop) {
        i.sop = first_sop.as_deref();
    }
    if blank(i.channel) {
        i.channel = Some(vocab::CHANNEL.values[0].0);
    }
    if blank(i.victim_name) {
        i.victim_name = Some("X");
    }
    if blank(i.victim_sex) {
        i.victim_sex = Some(vocab::SEX.values[0].0);
    }
    if blank(i.victim_birth_date) && i.victim_age.is_none() {
        i.victim_age = Some(30);
    }
    if i.violence.iter().all(|v| v.trim().is_empty()) {
        i.violence = vec![vocab::VIOLENCE.values[0].0];
    }
    let mut lookup = |code: &str| resolve::sop(reg, code).map(Arc::new);
    let Err(errs) = check::check(&i, &mut lookup, zone, now) else {
        return Ok(());
    };
    // Still missing (no SOP in the register to stand in): said by the intake itself.
    match check::reasons(errs.iter().filter(|e| !e.missing)) {
        None => Ok(()),
        Some(reason) => Err(Error::Invalid(crate::tr!(
            "{reason}\nkasus: nothing was asked or added; correct the flags and run again.",
            "{reason}\nkasus: belum ada yang ditanyakan atau ditambahkan; perbaiki opsinya lalu jalankan lagi."
        ))),
    }
}

/// Fills what a person can answer at a terminal: the required fields that are missing.
pub(super) fn ask_missing(
    a: &mut IntakeArgs,
    reg: &Register,
    asker: &dyn Asker,
    zone: Zone,
    now: clock::Instant,
) -> Result<()> {
    // A flag given empty is as good as missing: it is asked.
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&a.sop) {
        let cat = reg.sop_catalogue()?;
        let items: Vec<String> = cat
            .iter()
            .map(|v| {
                let name = v.sop().map(|s| s.name).unwrap_or_default();
                format!("{} — {name}", v.code)
            })
            .collect();
        // Esc leaves the intake as Ctrl-C does: nothing is registered.
        let Some(i) = asker.select(
            t("SOP the case follows", "SOP yang diikuti kasus"),
            &items,
            Some(0),
        )?
        else {
            asker.leave()
        };
        a.sop = Some(cat[i].code.clone());
    }
    if blank(&a.channel) {
        a.channel = Some(asker.pick(&vocab::CHANNEL, t("Channel", "Saluran pengaduan"))?);
    }
    if blank(&a.victim_name) {
        let rule = text_rule(t("The name", "Nama"), Field::Name);
        a.victim_name = asker.checked(t("Victim's name", "Nama korban"), false, None, &rule)?;
    }
    if blank(&a.victim_sex) {
        // No default: in a unit for women and children neither answer goes without saying,
        // so the person moves to one before Enter takes it.
        let sex = asker.pick_from(
            &vocab::SEX,
            t(
                "Victim's sex (arrow keys, then Enter)",
                "Jenis kelamin korban (tombol panah, lalu Enter)",
            ),
            None,
        )?;
        a.victim_sex = Some(sex.unwrap_or_else(|| asker.leave()));
    }
    if blank(&a.victim_birth_date) && a.victim_age.is_none() {
        // The flags were checked before anything was asked: the report time and the incident
        // date read here are valid.
        let reported = crate::commands::reported::reported_at(a.reported_at.as_deref(), zone, now)?;
        let report = clock::local_date(reported, zone);
        let incident = a
            .incident_date
            .as_deref()
            .and_then(|d| resolve::date("--incident-date", d).ok());
        let check = |s: &str| birth_answer(s, report, incident);
        a.victim_birth_date = asker.checked(
            t(
                "Victim's birth date (day first: 01-05-1994, 01/05/1994, 1 Mei 1994 or 1994-05-01; empty if unknown)",
                "Tanggal lahir korban (hari dulu: 01-05-1994, 01/05/1994, 1 Mei 1994 atau 1994-05-01; kosongkan bila tidak tahu)",
            ),
            true,
            None,
            &check,
        )?;
        if a.victim_birth_date.is_none() {
            let years = asker.checked(
                t("Victim's age in years", "Usia korban (tahun)"),
                false,
                None,
                &age_answer,
            )?;
            a.victim_age = years.and_then(|y| y.parse().ok());
        }
    }
    if a.violence.iter().all(|v| v.trim().is_empty()) {
        a.violence = asker.pick_many(
            &vocab::VIOLENCE,
            t(
                "Violence types (space to choose)",
                "Jenis kekerasan (spasi untuk memilih)",
            ),
        )?;
        // None chosen is asked again, saying why.
        while a.violence.is_empty() {
            a.violence = asker.pick_many(
                &vocab::VIOLENCE,
                t(
                    "Choose at least one violence type (space to choose, enter to confirm)",
                    "Pilih setidaknya satu jenis kekerasan (spasi untuk memilih, enter untuk konfirmasi)",
                ),
            )?;
        }
    }
    Ok(())
}

/// A birth date answered at the prompt: read as the flag is (`resolve::date`), in the range
/// the flag's is (1900 up to the report date), and not after the incident date given. A
/// two-digit year is asked back with the days it could mean that are in range, the most
/// recent first (the default: `01-05-05` offers 2005 before 1905, never a default 120 years
/// old).
fn birth_answer(
    s: &str,
    report: chrono::NaiveDate,
    incident: Option<chrono::NaiveDate>,
) -> Checked {
    let label = t("The birth date", "Tanggal lahir");
    let in_range = |d: chrono::NaiveDate| -> std::result::Result<chrono::NaiveDate, String> {
        let d = birth_date(label, &d.to_string(), report)?;
        // The answer is what is wrong, not the flag given before it.
        if incident.is_some_and(|i| clock::incident_in_range(i, Some(d), report).is_err()) {
            return Err(t(
                "the birth date is after the incident date given (--incident-date): the victim \
                 was born before the incident; retype the birth date",
                "tanggal lahir sesudah tanggal kejadian yang diberikan (--incident-date): korban \
                 lahir sebelum kejadian; ketik ulang tanggal lahirnya",
            )
            .to_string());
        }
        Ok(d)
    };
    match when::date_or_ambiguous(s) {
        Some(DateRead::One(d)) => match in_range(d) {
            Ok(d) => Checked::Ok(d.to_string()),
            Err(why) => Checked::Wrong(why),
        },
        Some(DateRead::TwoDigitYear(days)) => {
            let mut fit: Vec<chrono::NaiveDate> =
                days.into_iter().filter_map(|d| in_range(d).ok()).collect();
            fit.sort_unstable_by(|a, b| b.cmp(a));
            let fit: Vec<(String, String)> = fit
                .into_iter()
                .map(|d| (d.format("%d-%m-%Y").to_string(), d.to_string()))
                .collect();
            if fit.is_empty() {
                Checked::Wrong(resolve::two_digit_year(label))
            } else {
                Checked::Which(fit)
            }
        }
        None => Checked::Wrong(resolve::not_a_date(label)),
    }
}

/// An age answered at the prompt: a whole number of years, in the flag's range.
fn age_answer(s: &str) -> Checked {
    let label = t("The age", "Usia");
    match s.parse::<u32>() {
        Ok(n) => match age(label, n) {
            Ok(n) => Checked::Ok(n.to_string()),
            Err(why) => Checked::Wrong(why),
        },
        Err(_) => Checked::Wrong(crate::tr!(
            "{label} is a whole number of years (e.g. 30)",
            "{label} berupa bilangan bulat tahun (mis. 30)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> chrono::NaiveDate {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_birth_date_is_checked_as_the_flag_is() {
        let report = d("2026-03-02");
        let ok = |v: &str| Checked::Ok(v.to_string());
        assert_eq!(birth_answer("01-05-1994", report, None), ok("1994-05-01"));
        assert_eq!(birth_answer("01/05/1994", report, None), ok("1994-05-01"));
        assert_eq!(birth_answer("1 Mei 1994", report, None), ok("1994-05-01"));
        assert_eq!(birth_answer("1994-05-01", report, None), ok("1994-05-01"));
        for wrong in ["30-02-1994", "1899-12-31", "03-03-2026", "Siti"] {
            assert!(
                matches!(birth_answer(wrong, report, None), Checked::Wrong(_)),
                "{wrong}"
            );
        }
        // Born after the incident given as a flag: the answer is named, not the flag.
        let Checked::Wrong(why) = birth_answer("01-05-1994", report, Some(d("1990-01-01"))) else {
            panic!("accepted")
        };
        assert!(
            why.starts_with("the birth date is after the incident date"),
            "{why}"
        );
    }

    #[test]
    fn a_two_digit_year_is_asked_back_with_the_days_in_range() {
        let report = d("2026-03-02");
        let which = |v: &[(&str, &str)]| {
            Checked::Which(
                v.iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect(),
            )
        };
        assert_eq!(
            birth_answer("01/05/94", report, None),
            which(&[("01-05-1994", "1994-05-01")])
        );
        assert_eq!(
            birth_answer("01/05/05", report, None),
            which(&[("01-05-2005", "2005-05-01"), ("01-05-1905", "1905-05-01")])
        );
    }

    #[test]
    fn an_age_is_a_whole_number_up_to_130() {
        assert_eq!(age_answer("30"), Checked::Ok("30".into()));
        assert!(matches!(age_answer("tiga puluh"), Checked::Wrong(_)));
        assert!(matches!(age_answer("131"), Checked::Wrong(_)));
        assert!(matches!(age_answer("-1"), Checked::Wrong(_)));
    }
}
