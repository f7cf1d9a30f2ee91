//! `kasus merge FILE [--dry-run] [--format table|json]`: another office's bundle brought into
//! this register (see `register::merge`): every check on the bundle first, then one
//! transaction; the report is a table per table name (new, identical, conflicts) or one JSON
//! object.

use super::Ctx;
use crate::cli::{MergeArgs, MergeCommand, WriteFormat};
use crate::error::{Error, Result};
use crate::output;
use crate::register::merge::{self, Report};
use crate::text::{count, t};

/// A merge writes, but only into an existing register: a mistyped --db must not create one.
pub const NEEDS_REGISTER: bool = true;

pub fn run(ctx: &Ctx, a: MergeArgs) -> Result<()> {
    match a.command {
        Some(MergeCommand::Conflicts { all, emit }) => {
            return super::merge_conflicts::list(ctx, all, &emit)
        }
        Some(MergeCommand::Resolve { id, keep, reason }) => {
            return super::merge_conflicts::resolve(ctx, id, keep, reason.as_deref())
        }
        None => {}
    }
    let Some(file) = &a.file else {
        return Err(Error::Usage(
            t(
                "give the bundle FILE to merge (or `merge conflicts`, `merge resolve`)",
                "beri BERKAS bundel yang digabung (atau `merge conflicts`, `merge resolve`)",
            )
            .into(),
        ));
    };
    if file.is_dir() {
        return Err(Error::Invalid(crate::tr!(
            "{}: that is a folder, not a bundle file; give the bundle file inside it (the file `kasus bundle export` wrote). Nothing was merged",
            "{}: itu folder, bukan berkas bundel; beri berkas bundel di dalamnya (berkas yang ditulis `kasus bundle export`). Tidak ada yang digabung",
            file.display()
        )));
    }
    if !file.is_file() {
        return Err(Error::Invalid(crate::tr!(
            "{}: no such bundle file; give the file `kasus bundle export` wrote. Nothing was merged",
            "{}: tidak ada berkas bundel itu; beri berkas yang ditulis `kasus bundle export`. Tidak ada yang digabung",
            file.display()
        )));
    }
    let mut reg = ctx.open()?;
    if reg.is_self(file) {
        return Err(Error::Invalid(crate::tr!(
            "{}: that is this register itself, not a bundle. Nothing was merged",
            "{}: itu register ini sendiri, bukan bundel. Tidak ada yang digabung",
            file.display()
        )));
    }
    let bundle = merge::open(&reg, file)?;
    let report = merge::merge(&mut reg, &bundle, !a.dry_run, &ctx.now_db())?;
    match a.format {
        WriteFormat::Json => output::print_json(
            &serde_json::to_value(&report).map_err(|e| Error::Other(e.to_string()))?,
        ),
        WriteFormat::Table => output::print(&text(&report)),
    }
}

/// The report for people: the table, then what happened in one line.
fn text(r: &Report) -> String {
    let mut g = output::table(&[
        t("table", "tabel"),
        t("new", "baru"),
        t("identical", "sama"),
        t("updated", "diperbarui"),
        t("conflicts", "konflik"),
    ]);
    for c in &r.tables {
        g.add_row(vec![
            c.table.to_string(),
            c.new.to_string(),
            c.identical.to_string(),
            c.updated.to_string(),
            c.conflicts.to_string(),
        ]);
    }
    let (new, identical, updated, conflicts) = r.total();
    g.add_row(vec![
        t("total", "jumlah").to_string(),
        new.to_string(),
        identical.to_string(),
        updated.to_string(),
        conflicts.to_string(),
    ]);
    let office = format!("{} ({})", r.office_prefix, r.office_uuid);
    let head = r.chain_head_seq;
    let entries = r.entries_new;
    let new_rows = count(new as u64, "row", "rows", "baris");
    let chain = count(entries as u64, "entry", "entries", "entri");
    let same = count(
        identical as u64,
        "identical row",
        "identical rows",
        "baris yang sama",
    );
    let found = count(conflicts as u64, "conflict", "conflicts", "konflik");
    let held = r.held_seq;
    if r.nothing_new && r.tables.is_empty() {
        return crate::tr!(
            "nothing new: this register holds office {office}'s chain up to entry {held}; this bundle ends at entry {head}. Nothing was written",
            "tidak ada yang baru: register ini memuat rantai kantor {office} sampai entri {held}; bundel ini berakhir pada entri {head}. Tidak ada yang ditulis"
        );
    }
    let mut line = if r.nothing_new {
        crate::tr!(
            "nothing new: this bundle of office {office} (chain head {head}) is already merged; nothing was written",
            "tidak ada yang baru: bundel kantor {office} ini (ujung rantai {head}) sudah digabung; tidak ada yang ditulis"
        )
    } else if r.dry_run {
        crate::tr!(
            "dry run: merging this bundle of office {office} would add {new_rows} and {chain} of its audit chain, update {updated} of its rows, skip {same}, find {found}; nothing was written",
            "uji coba: menggabung bundel kantor {office} ini akan menambah {new_rows} dan {chain} rantai auditnya, memperbarui {updated} barisnya, melewati {same}, menemukan {found}; tidak ada yang ditulis"
        )
    } else {
        crate::tr!(
            "merged office {office}: {new_rows} added, {updated} of its rows updated, {identical} identical skipped, {found} (never overwritten), {chain} of its audit chain kept (chain head {head})",
            "kantor {office} digabung: {new_rows} ditambah, {updated} barisnya diperbarui, {identical} yang sama dilewati, {found} (tidak pernah ditimpa), {chain} rantai auditnya disimpan (ujung rantai {head})"
        )
    };
    if conflicts > 0 {
        line.push_str(&if r.dry_run {
            crate::tr!(
                "\n{found}: rows changed both at their office and here, or of another origin; ours would be kept",
                "\n{found}: baris yang diubah di kantornya dan juga di sini, atau milik asal lain; milik kita akan dipertahankan"
            )
        } else {
            crate::tr!(
                "\n{found}: rows changed both at their office and here, or of another origin; ours kept (`kasus merge conflicts`)",
                "\n{found}: baris yang diubah di kantornya dan juga di sini, atau milik asal lain; milik kita dipertahankan (`kasus merge conflicts`)"
            )
        });
    }
    format!("{}\n{line}", g.render(None).trim_end())
}
