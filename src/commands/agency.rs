//! `kasus agency`: the directory of partner agencies referrals go to.

use super::{resolve, Ctx};
use crate::cli::AgencyCommand;
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::register::agencies::AgencyFields;
use crate::report::{col, Kind, Sheet};
use crate::text::t;
use crate::vocab;
use serde_json::json;

pub fn reads_only(cmd: &AgencyCommand) -> bool {
    matches!(cmd, AgencyCommand::List { .. })
}

/// A name, region or contact as typed: trimmed, checked like every field of its kind.
fn text(flag: &str, field: Field, v: Option<&str>) -> Result<Option<String>> {
    let v = v.map(str::trim);
    crate::field::check_opt(flag, field, v)?;
    Ok(v.map(str::to_string))
}

pub fn run(ctx: &Ctx, cmd: AgencyCommand) -> Result<()> {
    match cmd {
        AgencyCommand::Add {
            name,
            kind,
            region,
            contact,
        } => {
            let name = text("NAME", Field::Name, Some(&name))?.unwrap_or_default();
            if name.is_empty() {
                return Err(Error::Invalid(
                    t("the agency's name is empty", "nama lembaga kosong").into(),
                ));
            }
            let kind = resolve::vocab(&vocab::AGENCY_KIND, &kind)?;
            let region = text("--region", Field::Short, region.as_deref())?;
            let contact = text("--contact", Field::Short, contact.as_deref())?;
            let mut reg = ctx.open()?;
            let a = reg.add_agency(
                &AgencyFields {
                    name: Some(&name),
                    kind: Some(kind),
                    region: region.as_deref().filter(|r| !r.is_empty()),
                    contact: contact.as_deref().filter(|c| !c.is_empty()),
                },
                &ctx.now_db(),
                &ctx.actor,
            )?;
            output::print(&format!(
                "{} {} ({})",
                t("added", "ditambahkan"),
                a.name,
                a.kind
            ))
        }
        AgencyCommand::List { all, kind, emit } => {
            let kind = kind
                .map(|k| resolve::vocab(&vocab::AGENCY_KIND, &k))
                .transpose()?;
            let sink = ctx.sink(&emit)?;
            let reg = ctx.open()?;
            let zone = reg.zone()?;
            let mut sheet = Sheet::list(
                "agencies",
                vec![
                    // Name, region and contact are prose: at a narrow terminal they wrap, the
                    // kind's code never does.
                    col("name", t("Agency", "Lembaga"), Kind::Prose),
                    col("kind", t("Kind", "Jenis"), Kind::Text),
                    col("region", t("Region", "Wilayah"), Kind::Prose),
                    col("contact", t("Contact", "Kontak"), Kind::Prose),
                    col("active", t("Active", "Aktif"), Kind::Bool),
                    crate::report::data_col("uuid", Kind::Text),
                    crate::report::data_col("created_at", Kind::Time),
                ],
            );
            for a in reg.agencies(all)? {
                if kind.is_some_and(|k| k != a.kind) {
                    continue;
                }
                sheet.rows.push(vec![
                    json!(a.name),
                    json!(a.kind),
                    json!(a.region),
                    json!(a.contact),
                    json!(a.active),
                    json!(a.uuid),
                    json!(crate::clock::from_db(&a.created_at)
                        .map(|t| crate::clock::to_rfc3339_local(t, zone))),
                ]);
            }
            sink.sheet(&sheet, zone)
        }
        AgencyCommand::Edit {
            agency,
            name,
            kind,
            region,
            contact,
        } => {
            let name = text("--name", Field::Name, name.as_deref())?;
            if name.as_deref() == Some("") {
                return Err(Error::Invalid(
                    t("the agency's name is empty", "nama lembaga kosong").into(),
                ));
            }
            let kind = kind
                .map(|k| resolve::vocab(&vocab::AGENCY_KIND, &k))
                .transpose()?;
            let region = text("--region", Field::Short, region.as_deref())?;
            let contact = text("--contact", Field::Short, contact.as_deref())?;
            if name.is_none() && kind.is_none() && region.is_none() && contact.is_none() {
                return Err(Error::Usage(
                    t(
                        "nothing to change: give --name, --kind, --region or --contact",
                        "tidak ada yang diubah: beri --name, --kind, --region atau --contact",
                    )
                    .into(),
                ));
            }
            let mut reg = ctx.open()?;
            let a = resolve::agency(&reg, &agency)?;
            let a = reg.edit_agency(
                &a,
                &AgencyFields {
                    name: name.as_deref(),
                    kind,
                    region: region.as_deref(),
                    contact: contact.as_deref(),
                },
                &ctx.now_db(),
                &ctx.actor,
            )?;
            output::print(&format!("{} {}", t("changed", "diubah"), a.name))
        }
        AgencyCommand::Deactivate { agency } => {
            let mut reg = ctx.open()?;
            let a = resolve::agency(&reg, &agency)?;
            if !a.active {
                return Err(Error::Refused(crate::tr!(
                    "agency '{}' is already inactive",
                    "lembaga '{}' sudah tidak aktif",
                    a.name
                )));
            }
            reg.deactivate_agency(&a, &ctx.now_db(), &ctx.actor)?;
            output::print(&format!("{} {}", t("deactivated", "dinonaktifkan"), a.name))
        }
    }
}
