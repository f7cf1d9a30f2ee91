//! `kasus case`: list, show, edit, close, reopen, and services given. Listing (`list.rs`),
//! showing (`show.rs`) and editing (`edit.rs`) live beside this file; closing, reopening and
//! services here.

mod corrected;
mod edit;
mod find;
mod list;
mod show;

use super::{
    resolve::{self, open_case},
    Ctx,
};
use crate::cli::{CaseCommand, WriteOut};
use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::register::{cases, Register};
use crate::text::{self, t};
use crate::vocab;
use serde_json::json;

/// True for the forms that only read (list, show): they need an existing register.
pub fn reads_only(cmd: &CaseCommand) -> bool {
    matches!(
        cmd,
        CaseCommand::List { .. } | CaseCommand::Find { .. } | CaseCommand::Show { .. }
    )
}

pub fn run(ctx: &Ctx, cmd: CaseCommand) -> Result<()> {
    match cmd {
        CaseCommand::List { filter, emit } => {
            list::list(&ctx.office(filter.office.as_deref()), &filter, &emit)
        }
        CaseCommand::Show { case, office, emit } => {
            show::show(&ctx.office(office.as_deref()), &case, &emit)
        }
        CaseCommand::Find { text, emit } => find::find(ctx, &text, &emit),
        CaseCommand::Edit(a) => edit::edit(ctx, *a),
        CaseCommand::Close {
            case,
            reason,
            at,
            write,
        } => close(ctx, &case, reason.as_deref(), at.as_deref(), write),
        CaseCommand::Reopen {
            case,
            reason,
            write,
        } => reopen(ctx, &case, reason.as_deref(), write),
        CaseCommand::Service {
            case,
            kind,
            provider,
            at,
            note,
            write,
        } => service(
            ctx,
            &case,
            &kind,
            provider.as_deref(),
            at.as_deref(),
            note.as_deref(),
            write,
        ),
    }
}

/// `kasus case close`: refused while a step runs, or at a time before the last step recorded.
/// The case `c` as `export cases` writes it, with `extra` keys: a write's `--format json`.
pub(super) fn case_json(
    reg: &Register,
    c: &cases::CaseRow,
    extra: serde_json::Value,
) -> Result<()> {
    super::record::print(
        reg,
        &crate::register::export::CASES,
        "case_uuid",
        &c.uuid,
        reg.zone()?,
        extra,
    )
}

fn close(
    ctx: &Ctx,
    key: &str,
    reason: Option<&str>,
    at: Option<&str>,
    write: WriteOut,
) -> Result<()> {
    crate::field::check_opt("--reason", Field::Text, reason)?;
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let c = resolve::own_case(&reg, key)?;
    if c.status == "closed" {
        return Err(Error::Refused(text::already_closed(&c.number)));
    }
    let at_t = resolve::opt_time("--at", at, zone, ctx.now)?;
    if clock::from_db(&c.reported_at).is_some_and(|r| at_t < r) {
        return Err(Error::Invalid(text::at_before_reported(&c.number)));
    }
    let attempts = reg.step_attempts(c.id)?;
    if let Some(r) = attempts.iter().find(|r| r.status == "running") {
        return Err(Error::Refused(crate::tr!(
            "step {} of case {} is still running: finish it first (`kasus step finish {}`), then close the case",
            "langkah {} kasus {} masih berjalan: selesaikan dulu (`kasus step finish {}`), lalu tutup kasusnya",
            r.step_number,
            c.number,
            c.number
        )));
    }
    if crate::register::steps::last_recorded(&attempts).is_some_and(|l| at_t < l) {
        return Err(Error::Refused(crate::tr!(
            "--at is before the last step recorded for case {}",
            "--at sebelum langkah terakhir yang tercatat untuk kasus {}",
            c.number
        )));
    }
    // At a terminal: the reason asked when not given, and the closing confirmed.
    let asked: Option<String>;
    let reason = if ctx.interactive {
        match ask_close(&c.number, reason)? {
            Some(r) => {
                asked = r;
                asked.as_deref()
            }
            None => {
                crate::say!("{}", kept_open(&c.number));
                return Ok(());
            }
        }
    } else {
        reason
    };
    let at = clock::to_db(at_t);
    reg.close_case(&c, &at, reason, &ctx.now_db(), &ctx.actor)?;
    if write.json() {
        return case_json(&reg, &c, json!({}));
    }
    output::print(&format!(
        "{} {}",
        t("closed case", "kasus ditutup"),
        c.number
    ))
}

/// At a terminal, before a case is closed: the reason (when `--reason` was not given, checked
/// as the flag is; empty for none), then "Close case N?". `None` when the person says no.
fn ask_close(number: &str, given: Option<&str>) -> Result<Option<Option<String>>> {
    use crate::prompt::{text_rule, Asker, Terminal};
    let asker = Terminal::new();
    let reason = match given {
        Some(r) => Some(r.to_string()),
        None => asker.checked(
            t(
                "Reason for closing (e.g. selesai, dirujuk; empty for none)",
                "Alasan penutupan (mis. selesai, dirujuk; kosongkan bila tidak ada)",
            ),
            true,
            None,
            &text_rule(t("The reason", "Alasan"), Field::Text),
        )?,
    };
    let q = crate::tr!(
        "Close case {number}? It takes no more steps until it is reopened.",
        "Tutup kasus {number}? Kasus tidak menerima langkah lagi sampai dibuka kembali."
    );
    Ok(asker.confirm(&q, false)?.then_some(reason))
}

/// Said when the person declines to close.
fn kept_open(number: &str) -> String {
    crate::tr!(
        "Nothing was changed: case {number} stays open.",
        "Tidak ada yang diubah: kasus {number} tetap terbuka."
    )
}

fn reopen(ctx: &Ctx, key: &str, reason: Option<&str>, write: WriteOut) -> Result<()> {
    crate::field::check_opt("--reason", Field::Text, reason)?;
    let mut reg = ctx.open()?;
    let c = resolve::own_case(&reg, key)?;
    reg.reopen_case(&c, reason, &ctx.now_db(), &ctx.actor)?;
    if write.json() {
        return case_json(&reg, &c, json!({}));
    }
    output::print(&format!(
        "{} {}",
        t("reopened case", "kasus dibuka kembali"),
        c.number
    ))
}

/// `kasus case service`: a service given to the victim of an open case.
fn service(
    ctx: &Ctx,
    key: &str,
    kind: &str,
    provider: Option<&str>,
    at: Option<&str>,
    note: Option<&str>,
    write: WriteOut,
) -> Result<()> {
    crate::field::check_opt("--provider", Field::Short, provider)?;
    crate::field::check_opt("--note", Field::Text, note)?;
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let c = open_case(&reg, key)?;
    let kind = resolve::vocab(&vocab::SERVICE, kind)?;
    let at_t = resolve::opt_time("--at", at, zone, ctx.now)?;
    if clock::from_db(&c.reported_at).is_some_and(|r| at_t < r) {
        return Err(Error::Invalid(text::at_before_reported(&c.number)));
    }
    let at = clock::to_db(at_t);
    let s = cases::NewService {
        kind,
        provider,
        given_at: &at,
        note,
    };
    reg.record_service(&c, &s, &ctx.now_db(), &ctx.actor)?;
    if write.json() {
        // The service just recorded: the case's latest, as `export services` writes it.
        return super::record::print(
            &reg,
            &crate::register::export::SERVICES,
            "case_uuid",
            &c.uuid,
            zone,
            json!({}),
        );
    }
    output::print(&format!(
        "{}: {} — {}",
        t("service recorded", "layanan dicatat"),
        c.number,
        vocab::SERVICE.label(kind)
    ))
}

pub(super) fn local(s: Option<&str>, zone: Zone) -> Option<String> {
    s.and_then(clock::from_db)
        .map(|t| clock::to_rfc3339_local(t, zone))
}

pub(super) fn short(s: Option<&str>, zone: Zone) -> String {
    s.and_then(clock::from_db)
        .map(|t| clock::to_local_short(t, zone))
        .unwrap_or_default()
}
