//! `kasus assign`: assigns a case (and a role in it) to staff, keeping the history.

use super::{resolve, Ctx};
use crate::cli::{AssignAction, AssignArgs, Emit};
use crate::clock;
use crate::error::{Error, Result};
use crate::output;
use crate::register::assignments;
use crate::report::{col, Kind, Sheet};
use crate::text::t;
use serde_json::json;

pub fn run(ctx: &Ctx, a: AssignArgs) -> Result<()> {
    match a.action {
        Some(AssignAction::History { case, office, emit }) => {
            history(&ctx.office(office.as_deref()), &case, &emit)
        }
        Some(AssignAction::End {
            case,
            staff,
            role,
            at,
            write,
        }) => {
            crate::field::check("--staff", crate::field::Field::Name, staff.trim())?;
            crate::field::check_opt("--role", crate::field::Field::Short, role.as_deref())?;
            let mut reg = ctx.open()?;
            let zone = reg.zone()?;
            let case = resolve::open_case(&reg, &case)?;
            let s = resolve::staff(&reg, &staff)?;
            let at = clock::to_db(resolve::opt_time("--at", at.as_deref(), zone, ctx.now)?);
            not_before_open(
                &reg,
                &case,
                |h| {
                    h.staff == s.name
                        && role.as_deref().is_none_or(|r| h.role.as_deref() == Some(r))
                },
                &at,
            )?;
            let now = ctx.now_db();
            let h = assignments::Holding {
                case: &case,
                staff: &s,
                role: role.as_deref(),
                at: &at,
            };
            reg.end_assignment(&h, &now, &ctx.actor)?;
            if write.json() {
                // The assignment just ended, as `export assignments` writes it.
                let ended = reg.assignment_history(case.id)?.into_iter().rfind(|r| {
                    r.staff == s.name
                        && r.until_at.as_deref() == Some(at.as_str())
                        && (role.is_none() || r.role == role)
                });
                if let Some(r) = ended {
                    return super::record::print(
                        &reg,
                        &crate::register::export::ASSIGNMENTS,
                        "assignment_uuid",
                        &r.uuid,
                        zone,
                        json!({}),
                    );
                }
            }
            output::print(&format!(
                "{}: {} — {}",
                t("assignment ended", "penugasan diakhiri"),
                case.number,
                s.name
            ))
        }
        None => {
            crate::field::check_opt("--to", crate::field::Field::Name, a.to.as_deref())?;
            crate::field::check_opt("--role", crate::field::Field::Short, a.role.as_deref())?;
            let mut reg = ctx.open()?;
            let zone = reg.zone()?;
            let case = resolve::open_case(&reg, a.case.as_deref().unwrap_or_default())?;
            let s = resolve::staff(&reg, a.to.as_deref().unwrap_or_default())?;
            if !s.active {
                return Err(Error::Refused(crate::text::staff_inactive(&s.name)));
            }
            let role = a.role.as_deref().map(str::trim).filter(|r| !r.is_empty());
            if let Some(r) = role {
                let sop = reg.sop_by_id(case.sop_version_id)?.sop()?;
                if sop.role(r).is_none() && !s.roles.iter().any(|x| x == r) {
                    let names: Vec<&str> = sop.roles.iter().map(|x| x.name.as_str()).collect();
                    return Err(Error::Invalid(crate::tr!(
                        "role '{r}' is not a role of SOP {} nor of '{}'{}; the SOP's roles: {}",
                        "peran '{r}' bukan peran SOP {} maupun peran '{}'{}; peran dalam SOP: {}",
                        sop.code,
                        s.name,
                        crate::suggest::did_you_mean(r, names.iter().copied()),
                        names.join("; ")
                    )));
                }
            }
            let at = clock::to_db(resolve::opt_time("--at", a.at.as_deref(), zone, ctx.now)?);
            if let Some(r) = role {
                not_before_open(&reg, &case, |h| h.role.as_deref() == Some(r), &at)?;
            }
            let now = ctx.now_db();
            let h = assignments::Holding {
                case: &case,
                staff: &s,
                role,
                at: &at,
            };
            reg.assign_case(&h, &now, &ctx.actor)?;
            if a.write.json() {
                // The assignment just made: the case's latest, as `export assignments` writes it.
                return super::record::print(
                    &reg,
                    &crate::register::export::ASSIGNMENTS,
                    "case_uuid",
                    &case.uuid,
                    zone,
                    json!({}),
                );
            }
            output::print(&format!(
                "{}: {} → {}{}",
                t("assigned", "ditugaskan"),
                case.number,
                s.name,
                role.map(|r| format!(" ({r})")).unwrap_or_default()
            ))
        }
    }
}

/// An assignment this change would end must not end before it began (nor before the case was
/// reported): `--at` is checked against the open assignments it touches.
fn not_before_open(
    reg: &crate::register::Register,
    case: &crate::register::cases::CaseRow,
    touched: impl Fn(&assignments::AssignmentRow) -> bool,
    at: &str,
) -> Result<()> {
    let at_t = clock::from_db(at);
    if clock::from_db(&case.reported_at) > at_t {
        return Err(Error::Invalid(crate::text::at_before_reported(
            &case.number,
        )));
    }
    let rows = reg.assignment_history(case.id)?;
    match rows.iter().find(|h| h.until_at.is_none() && touched(h) && clock::from_db(&h.from_at) > at_t) {
        Some(h) => Err(Error::Refused(crate::tr!(
            "--at is before {}'s assignment on case {}{} began; an assignment cannot end before it starts",
            "--at sebelum penugasan {} pada kasus {}{} dimulai; penugasan tidak bisa berakhir sebelum dimulai",
            h.staff,
            case.number,
            h.role.as_deref().map(|r| format!(" as {r}")).unwrap_or_default()
        ))),
        None => Ok(()),
    }
}

fn history(ctx: &Ctx, key: &str, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let case = resolve::case(&reg, key)?;
    let rows = reg.assignment_history(case.id)?;
    let local = |s: &Option<String>| {
        s.as_deref()
            .and_then(clock::from_db)
            .map(|t| clock::to_rfc3339_local(t, zone))
    };
    if !sink.is_table() {
        let mut sheet = Sheet::list(
            "assignments",
            vec![
                col("uuid", "uuid", Kind::Text),
                col("staff", "staff", Kind::Text),
                col("role", "role", Kind::Text),
                col("from", "from", Kind::Time),
                col("until", "until", Kind::Time),
                col("assigned_by", "assigned_by", Kind::Text),
            ],
        );
        for r in &rows {
            sheet.rows.push(vec![
                json!(r.uuid),
                json!(r.staff),
                json!(r.role),
                json!(local(&Some(r.from_at.clone()))),
                json!(local(&r.until_at)),
                json!(r.assigned_by),
            ]);
        }
        return sink.sheet(&sheet, zone);
    }
    let short = |s: &Option<String>| {
        s.as_deref()
            .and_then(clock::from_db)
            .map(|t| clock::to_local_short(t, zone))
            .unwrap_or_default()
    };
    let mut table = output::table(&[
        t("Staff", "Staf"),
        t("Role", "Peran"),
        t("From", "Dari"),
        t("Until", "Sampai"),
    ]);
    for r in &rows {
        table.add_row(vec![
            r.staff.clone(),
            r.role.clone().unwrap_or_default(),
            short(&Some(r.from_at.clone())),
            short(&r.until_at),
        ]);
    }
    sink.grid(&table)
}

/// True for `assign history`, which only reads: it needs an existing register.
pub fn reads_only(args: &AssignArgs) -> bool {
    matches!(args.action, Some(AssignAction::History { .. }))
}
