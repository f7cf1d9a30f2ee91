//! `kasus agency`: the directory of partner agencies referrals go to.

use super::{resolve, Ctx};
use crate::cli::AgencyCommand;
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::prompt::{text_rule, Asker, Terminal};
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
        } => add(ctx, name, kind, region, contact),
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
        } => edit(ctx, &agency, [name, kind, region, contact]),
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

/// `agency add`. At a terminal, a name or kind left out is asked, with the region and contact
/// not given (empty for none); without one, the missing NAME or --kind is a usage error (exit 2)
/// and nothing is added.
fn add(
    ctx: &Ctx,
    name: Option<String>,
    kind: Option<String>,
    region: Option<String>,
    contact: Option<String>,
) -> Result<()> {
    let (mut name, mut kind, mut region, mut contact) = (name, kind, region, contact);
    if name.is_none() || kind.is_none() {
        if !ctx.interactive {
            let missing: Vec<&str> = [("NAME", name.is_none()), ("--kind", kind.is_none())]
                .into_iter()
                .filter(|(_, m)| *m)
                .map(|(f, _)| f)
                .collect();
            return Err(Error::Usage(crate::tr!(
                "missing required: {}. Nothing was added. See `kasus agency add --help`.",
                "wajib diberikan: {}. Tidak ada yang ditambahkan. Lihat `kasus agency add --help`.",
                missing.join(", ")
            )));
        }
        let asker = Terminal::new();
        if name.is_none() {
            name = asker.checked(
                t("The agency's name", "Nama lembaga"),
                false,
                None,
                &text_rule(t("The name", "Nama"), Field::Name),
            )?;
        }
        if kind.is_none() {
            kind = Some(asker.pick(&vocab::AGENCY_KIND, t("Kind of agency", "Jenis lembaga"))?);
        }
        if region.is_none() {
            region = asker.checked(
                t(
                    "Region (kota/kabupaten, provinsi; empty for none)",
                    "Wilayah (kota/kabupaten, provinsi; kosongkan bila tidak ada)",
                ),
                true,
                None,
                &text_rule(t("The region", "Wilayah"), Field::Short),
            )?;
        }
        if contact.is_none() {
            contact = asker.checked(
                t(
                    "Contact (the agency's office or telephone, never a victim's; empty for none)",
                    "Kontak (kantor atau telepon lembaga, bukan milik korban; kosongkan bila tidak ada)",
                ),
                true,
                None,
                &text_rule(t("The contact", "Kontak"), Field::Short),
            )?;
        }
    }
    let name = text("NAME", Field::Name, name.as_deref())?.unwrap_or_default();
    if name.is_empty() {
        return Err(Error::Invalid(
            t("the agency's name is empty", "nama lembaga kosong").into(),
        ));
    }
    let kind = resolve::vocab(&vocab::AGENCY_KIND, kind.as_deref().unwrap_or_default())?;
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

/// `agency edit`: the fields given ([name, kind, region, contact]). At a terminal with none
/// given, the person picks which to change and is asked each (region and contact: empty
/// clears); without one, a usage error (exit 2).
fn edit(ctx: &Ctx, agency: &str, given: [Option<String>; 4]) -> Result<()> {
    let [mut name, mut kind, mut region, mut contact] = given;
    let none = name.is_none() && kind.is_none() && region.is_none() && contact.is_none();
    if none && !ctx.interactive {
        return Err(Error::Usage(
            t(
                "nothing to change: give --name, --kind, --region or --contact",
                "tidak ada yang diubah: beri --name, --kind, --region atau --contact",
            )
            .into(),
        ));
    }
    if none {
        // The agency is known before anything is asked.
        let current = resolve::agency(&ctx.open()?, agency)?;
        let asker = Terminal::new();
        let fields = [
            t("name", "nama"),
            t("kind", "jenis"),
            t("region", "wilayah"),
            t("contact", "kontak"),
        ];
        let items: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        let mut chosen = Vec::new();
        while chosen.is_empty() {
            chosen = match asker.multi(
                &crate::tr!(
                    "Change which fields of {}? (space to choose, enter to confirm)",
                    "Ubah kolom mana dari {}? (spasi untuk memilih, enter untuk konfirmasi)",
                    current.name
                ),
                &items,
            )? {
                Some(c) => c,
                None => asker.leave(),
            };
        }
        for i in chosen {
            match i {
                0 => {
                    name = asker.checked(
                        t("New name", "Nama baru"),
                        false,
                        None,
                        &text_rule(t("The name", "Nama"), Field::Name),
                    )?
                }
                1 => kind = Some(asker.pick(&vocab::AGENCY_KIND, t("New kind", "Jenis baru"))?),
                2 => {
                    region = Some(
                        asker
                            .checked(
                                t(
                                    "New region (empty to clear)",
                                    "Wilayah baru (kosongkan untuk menghapus)",
                                ),
                                true,
                                None,
                                &text_rule(t("The region", "Wilayah"), Field::Short),
                            )?
                            .unwrap_or_default(),
                    )
                }
                _ => {
                    contact = Some(
                        asker
                            .checked(
                                t(
                                    "New contact (empty to clear)",
                                    "Kontak baru (kosongkan untuk menghapus)",
                                ),
                                true,
                                None,
                                &text_rule(t("The contact", "Kontak"), Field::Short),
                            )?
                            .unwrap_or_default(),
                    )
                }
            }
        }
    }
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
    let mut reg = ctx.open()?;
    let a = resolve::agency(&reg, agency)?;
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
