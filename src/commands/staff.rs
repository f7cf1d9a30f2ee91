//! `kasus staff`: staff and their roles.

use super::{resolve, Ctx};
use crate::cli::StaffCommand;
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output::{self, Format};
use crate::text::t;
use serde_json::json;

pub fn run(ctx: &Ctx, cmd: StaffCommand) -> Result<()> {
    match cmd {
        StaffCommand::Add { name, roles } => {
            crate::field::check("NAME", Field::Name, name.trim())?;
            for r in &roles {
                crate::field::check("--role", Field::Short, r.trim())?;
            }
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err(Error::Invalid(
                    crate::text::t("the staff name is empty", "nama staf kosong").into(),
                ));
            }
            let roles: Vec<String> = roles
                .iter()
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .collect();
            if roles.is_empty() {
                return Err(Error::Invalid(
                    crate::text::t(
                        "give at least one --role (a SOP's pelaksana name)",
                        "beri paling sedikit satu --role (nama pelaksana dalam SOP)",
                    )
                    .into(),
                ));
            }
            let mut reg = ctx.open()?;
            let office = reg.office_prefix()?;
            let now = ctx.now_db();
            let s = reg.add_staff(&name, &roles, &office, &now, &ctx.actor)?;
            output::print(&format!(
                "{} {} ({})",
                t("added", "ditambahkan"),
                s.name,
                s.roles.join(", ")
            ))
        }
        StaffCommand::List { all, format } => {
            let reg = ctx.open()?;
            let rows = reg.staff(all)?;
            match format {
                Format::Json => output::print_json(&json!(rows
                    .iter()
                    .map(|s| json!({"uuid": s.uuid, "name": s.name, "active": s.active, "roles": s.roles, "created_at": s.created_at}))
                    .collect::<Vec<_>>())),
                Format::Csv => output::print_csv(
                    &["uuid", "name", "active", "roles", "created_at"],
                    &rows
                        .iter()
                        .map(|s| vec![s.uuid.clone(), s.name.clone(), s.active.to_string(), s.roles.join(";"), s.created_at.clone()])
                        .collect::<Vec<_>>(),
                ),
                Format::Table => {
                    let mut table = output::table(&[t("Name", "Nama"), t("Roles", "Peran"), t("Active", "Aktif")]);
                    for s in &rows {
                        table.add_row(vec![
                            s.name.clone(),
                            s.roles.join(", "),
                            if s.active { t("yes", "ya") } else { t("no", "tidak") }.to_string(),
                        ]);
                    }
                    output::print(&table.to_string())
                }
            }
        }
        StaffCommand::Deactivate { name } => {
            crate::field::check("NAME", Field::Name, name.trim())?;
            let mut reg = ctx.open()?;
            let s = resolve::staff(&reg, &name)?;
            if !s.active {
                return Err(Error::Refused(crate::tr!(
                    "staff '{}' is already inactive",
                    "staf '{}' sudah tidak aktif",
                    s.name
                )));
            }
            let now = ctx.now_db();
            reg.deactivate_staff(&s, &now, &ctx.actor)?;
            output::print(&format!("{} {}", t("deactivated", "dinonaktifkan"), s.name))
        }
    }
}
