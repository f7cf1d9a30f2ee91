//! `kasus intake`: registers a case. At a terminal, missing required fields are asked for;
//! without one, they are an error that lists every one of them. `--from FILE` registers the rows
//! of a file (`from_file`, bad rows to `rejects`); both paths share the fields (`input`) and
//! their checks (`check`); the questions are in `ask`.

mod ask;
mod check;
mod from_file;
mod input;
mod lines;
mod rejects;

pub use check::{check, FieldError};
pub use input::{Input, PerpetratorInput};

use super::{resolve, Ctx};
use crate::cli::IntakeArgs;
use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::output;
use crate::prompt::{Asker, Terminal};
use crate::register::{cases, intake, sops, Register};
use crate::text::t;
use serde_json::json;
use std::sync::Arc;

/// The required fields that are missing, as flags.
fn missing(a: &IntakeArgs) -> Vec<&'static str> {
    Input::from_args(a).missing()
}

/// Checks a single intake's flags and builds the new case.
pub fn build(
    a: &IntakeArgs,
    reg: &Register,
    zone: Zone,
    now: clock::Instant,
) -> Result<(cases::NewCase, sops::SopVersion)> {
    let mut lookup = |code: &str| resolve::sop(reg, code).map(Arc::new);
    match check(&Input::from_args(a), &mut lookup, zone, now) {
        Ok((case, sop_v)) => Ok((case, Arc::unwrap_or_clone(sop_v))),
        Err(errs) => {
            // Every problem on a line of its own, as kasus says each (the missing fields first).
            let others = check::reasons(errs.iter().filter(|e| !e.missing));
            match errs.iter().find(|e| e.missing) {
                Some(m) => Err(Error::Usage(crate::tr!(
                    "{}. Give them as flags (see `kasus intake --help`), or run at a terminal to be asked.{}",
                    "{}. Berikan sebagai opsi (lihat `kasus intake --help`), atau jalankan di terminal agar ditanyakan.{}",
                    m.reason,
                    others.map(|o| format!("\nkasus: {o}")).unwrap_or_default()
                ))),
                None => Err(Error::Invalid(others.unwrap_or_default())),
            }
        }
    }
}

pub fn run(ctx: &Ctx, mut a: IntakeArgs) -> Result<()> {
    if a.template {
        return from_file::template(ctx, &a);
    }
    if a.format == crate::cli::IntakeFormat::Xlsx {
        return Err(Error::Usage(
            t(
                "--format xlsx is for --template (the empty workbook); a bulk intake reads a workbook \
                 with --from FILE.xlsx",
                "--format xlsx hanya untuk --template (buku kerja kosong); pendaftaran massal membaca \
                 buku kerja dengan --from BERKAS.xlsx",
            )
            .into(),
        ));
    }
    if let Some(path) = &a.from {
        return from_file::intake_from(ctx, &a, path);
    }
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    if ctx.interactive && !missing(&a).is_empty() {
        ask::flags_first(&a, &reg, zone, ctx.now)?;
        ask::ask_missing(&mut a, &reg, &Terminal::new(), zone, ctx.now)?;
    }
    let (new, sop_v) = build(&a, &reg, zone, ctx.now)?;
    let referred_by =
        match &a.referred_by {
            None => None,
            Some(_) if new.channel != "rujukan" => return Err(Error::Usage(
                t(
                    "--referred-by records a received referral: give it with --channel rujukan",
                    "--referred-by mencatat rujukan yang diterima: beri bersama --channel rujukan",
                )
                .into(),
            )),
            Some(name) => Some(resolve::agency(&reg, name)?),
        };
    if let Some(r) = &new.external_ref {
        if let Some(existing) = intake::case_with_ref(&reg, r)? {
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
    // Without an external_ref, a case given the time of its report is recognised by it (a
    // script's intake run twice): the same minute, SOP and victim's name; a date alone is too
    // wide. --allow-duplicate registers it all the same (two incidents reported at once).
    let mut allow_duplicate = a.allow_duplicate;
    let told_time = a
        .reported_at
        .as_deref()
        .is_some_and(crate::when::gives_clock_time);
    if !allow_duplicate && new.external_ref.is_none() && told_time {
        if let Some(report) = intake::Report::of(&new, &sop_v.code, None) {
            if let Some(number) = intake::case_with_report(&reg, &report)? {
                if !ctx.interactive {
                    return Err(same_report(&number));
                }
                if !again_anyway(&number)? {
                    return Err(declined(&reg, &number, &number));
                }
                allow_duplicate = true;
            }
        }
    }
    let matches = intake::matching_victims(&reg, &new.victim)?;
    if !matches.is_empty() && !allow_duplicate {
        let list = matches
            .iter()
            .map(|m| format!("{} ({})", m.number, m.reason))
            .collect::<Vec<_>>()
            .join(", ");
        let go_on = ctx.interactive && {
            crate::say!(
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
        if !go_on && ctx.interactive {
            return Err(declined(&reg, &list, &matches[0].number));
        }
        if !go_on {
            let cases = if matches.len() == 1 {
                "an existing case"
            } else {
                "existing cases"
            };
            let first = &matches[0].number;
            return Err(Error::Refused(crate::tr!(
                "the victim matches {cases}: {list}. Check with `kasus case show {first}`; \
                 to register a new case anyway, add --allow-duplicate. Nothing was added.",
                "korban cocok dengan kasus yang sudah ada: {list}. Periksa dengan `kasus case show {first}`; \
                 untuk tetap mendaftarkan kasus baru, tambahkan --allow-duplicate. Tidak ada yang ditambahkan."
            )));
        }
    }
    // A weaker sign: the same name and an age that agrees, where a record has an age only. At
    // a terminal it is asked like a match; a script gets a note and the case is added.
    let possible: Vec<_> = if allow_duplicate {
        Vec::new()
    } else {
        intake::possible_victims(&reg, &new.victim, &new.reported_at)?
            .into_iter()
            .filter(|p| !matches.iter().any(|m| m.number == p.number))
            .collect()
    };
    if let Some(newest) = possible.last().map(|m| m.number.clone()) {
        // The latest three (the list grows with each case of a common name); the JSON has all.
        let shown = possible.len().saturating_sub(3);
        let mut list = possible[shown..]
            .iter()
            .rev()
            .map(|m| format!("{} ({})", m.number, m.reason))
            .collect::<Vec<_>>()
            .join(", ");
        if shown > 0 {
            list.push_str(&crate::tr!(
                " and {shown} earlier",
                " dan {shown} sebelumnya"
            ));
        }
        if ctx.interactive {
            crate::say!(
                "{}: {list}",
                t(
                    "The victim may already be registered",
                    "Korban mungkin sudah terdaftar"
                )
            );
            if !Terminal::new().confirm(
                t("Register a new case anyway?", "Tetap daftarkan kasus baru?"),
                false,
            )? {
                return Err(declined(&reg, &list, &newest));
            }
        } else {
            crate::say!(
                "{}",
                crate::tr!(
                    "note: the victim may already be registered: {list}. If it is the same \
                     person, look with `kasus case show {newest}` (the case was added all the same)",
                    "catatan: korban mungkin sudah terdaftar: {list}. Bila orangnya sama, lihat \
                     dengan `kasus case show {newest}` (kasus tetap ditambahkan)"
                )
            );
        }
    }
    let office = reg.office_prefix()?;
    let now = ctx.now_db();
    let sop_code = sop_v.code.clone();
    let case = intake::register_case(
        &mut reg,
        &new,
        &office,
        &sop_code,
        &now,
        &ctx.actor,
        referred_by.as_ref(),
    )?;
    if a.json() {
        // The case as `export cases` writes it, and the keys intake printed before (number,
        // uuid, sop) with the cases it may duplicate.
        crate::commands::record::print(
            &reg,
            &crate::register::export::CASES,
            "case_uuid",
            &case.uuid,
            zone,
            json!({
                "number": case.number,
                "uuid": case.uuid,
                "sop": sop_v.code,
                "duplicates_of": matches.iter().map(|m| &m.number).collect::<Vec<_>>(),
                "possible_duplicates_of": possible.iter().map(|m| &m.number).collect::<Vec<_>>(),
            }),
        )
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

/// At a terminal: the same report is registered as case `number`; register another case?
fn again_anyway(number: &str) -> Result<bool> {
    crate::say!(
        "{}: {number}",
        t(
            "The same report (reported_at, SOP and victim's name) is already registered",
            "Laporan yang sama (reported_at, SOP, dan nama korban) sudah terdaftar"
        )
    );
    Terminal::new().confirm(
        t(
            "Register another case anyway?",
            "Tetap daftarkan kasus lain?",
        ),
        false,
    )
}

/// The person at the terminal chose not to register a new case beside `list` (the case of the
/// same report, or the victim's): no flag to suggest, where to look instead; and, when the
/// first is closed, how a victim who came back has it opened again.
fn declined(reg: &Register, list: &str, first: &str) -> Error {
    let closed = resolve::case(reg, first).is_ok_and(|c| c.status == "closed");
    let reopen = if closed {
        crate::tr!(
            "; it is closed: a victim who came back has it opened again with `kasus case reopen \
             {first}`",
            "; kasus itu sudah ditutup: korban yang datang kembali dibukakan lagi kasusnya dengan \
             `kasus case reopen {first}`"
        )
    } else {
        String::new()
    };
    Error::Refused(crate::tr!(
        "no new case: nothing was added. Look at {list} with `kasus case show {first}`{reopen}.",
        "tidak ada kasus baru: tidak ada yang ditambahkan. Lihat {list} dengan `kasus case show \
         {first}`{reopen}."
    ))
}

/// The refusal of a report registered already as case `number` (exit 4).
fn same_report(number: &str) -> Error {
    Error::Refused(crate::tr!(
        "the same report is already registered as case {number} (the same reported_at, SOP \
         and victim's name); nothing was added. Check it with `kasus case show {number}`; to \
         register another case all the same, add --allow-duplicate",
        "laporan yang sama sudah terdaftar sebagai kasus {number} (reported_at, SOP, dan nama \
         korban sama); tidak ada yang ditambahkan. Periksa dengan `kasus case show {number}`; \
         untuk tetap mendaftarkan kasus lain, tambahkan --allow-duplicate"
    ))
}
