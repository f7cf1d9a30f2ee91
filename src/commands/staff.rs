//! `kasus staff`: staff and their roles.

use super::{resolve, Ctx};
use crate::cli::StaffCommand;
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::report::{col, Kind, Sheet};
use crate::text::t;
use serde_json::json;

/// `staff list` only reads: it needs an existing register.
pub fn reads_only(cmd: &StaffCommand) -> bool {
    matches!(cmd, StaffCommand::List { .. })
}

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
                s.roles.join("; ")
            ))
        }
        StaffCommand::List { all, emit } => {
            // --out is checked against the register before the register is opened.
            let sink = ctx.sink(&emit)?;
            let reg = ctx.open()?;
            let rows = reg.staff(all)?;
            if !sink.is_table() {
                let mut sheet = Sheet::list(
                    "staff",
                    vec![
                        col("uuid", "uuid", Kind::Text),
                        col("name", "name", Kind::Text),
                        col("active", "active", Kind::Bool),
                        col("roles", "roles", Kind::Names),
                        col("created_at", "created_at", Kind::Time),
                    ],
                );
                let zone = reg.zone()?;
                for s in &rows {
                    sheet.rows.push(vec![
                        json!(s.uuid),
                        json!(s.name),
                        json!(s.active),
                        json!(s.roles),
                        json!(crate::clock::from_db(&s.created_at)
                            .map(|t| crate::clock::to_rfc3339_local(t, zone))),
                    ]);
                }
                return sink.sheet(&sheet, zone);
            }
            let mut table =
                output::table(&[t("Name", "Nama"), t("Roles", "Peran"), t("Active", "Aktif")]);
            for s in &rows {
                table.add_row(vec![
                    s.name.clone(),
                    s.roles.join("; "),
                    if s.active {
                        t("yes", "ya")
                    } else {
                        t("no", "tidak")
                    }
                    .to_string(),
                ]);
            }
            sink.grid(&table)
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
