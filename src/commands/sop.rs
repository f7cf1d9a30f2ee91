//! `kasus sop`: list, show, validate and import SOP files.

use super::{resolve, Ctx};
use crate::cli::{Emit, SopCommand};
use crate::error::{Error, Result};
use crate::output::{self, Format};
use crate::register::sops::Imported;
use crate::report::{col, Kind, Sheet};
use crate::sop::file::{self, Severity};
use crate::sop::marks::flow_marks;
use crate::sop::Sop;
use crate::text::{duration_range, t};
use serde_json::json;
use std::path::Path;

pub fn run(ctx: &Ctx, cmd: SopCommand) -> Result<()> {
    match cmd {
        SopCommand::List { emit } => list(ctx, &emit),
        SopCommand::Show {
            code,
            version,
            emit,
        } => show(ctx, &code, version, &emit),
        SopCommand::Validate { files } => validate(&files),
        SopCommand::Import { file } => import(ctx, &file),
        SopCommand::Diff {
            code,
            file,
            from,
            to,
        } => diff(ctx, &code, file.as_deref(), from, to),
    }
}

/// The first `max` characters and "…": the table's office column (CSV and JSON keep it whole).
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>().trim_end())
    }
}

fn total_text(sop: &Sop) -> String {
    duration_range(sop.total.min_secs, sop.total.max_secs, sop.total.open_ended)
}

/// The numbers of the conditional steps, which the total's minimum leaves out.
fn conditional_steps(sop: &Sop) -> Vec<u32> {
    sop.steps
        .iter()
        .filter(|s| s.condition.is_some())
        .map(|s| s.number)
        .collect()
}

/// The total for `sop show`: the range, what its minimum leaves out, and the stated total.
fn total_line(sop: &Sop) -> String {
    let left_out = conditional_steps(sop);
    let mut line = total_text(sop);
    if !left_out.is_empty() {
        let list = left_out
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        line.push_str(&crate::tr!(
            " (the minimum leaves out the conditional steps {list})",
            " (minimum tanpa langkah bersyarat {list})"
        ));
    }
    if let Some(s) = &sop.total.stated_text {
        line.push_str(&format!(
            " — {} {s}",
            t("the document states", "dokumen menyebut")
        ));
    }
    line
}

fn list(ctx: &Ctx, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let mut rows = Vec::new();
    for v in reg.sop_catalogue()? {
        rows.push((v.clone(), v.sop()?));
    }
    if !sink.is_table() {
        // CSV: the totals flattened; JSON and NDJSON: each SOP as an object, `total` nested.
        let keys = [
            "code",
            "version",
            "name",
            "office",
            "number",
            "steps",
            "total_min_secs",
            "total_max_secs",
            "total_open_ended",
        ];
        let mut sheet = Sheet::list("sops", keys.iter().map(|k| col(k, k, Kind::Text)).collect());
        let mut records = Vec::new();
        for (v, s) in &rows {
            sheet.rows.push(vec![
                json!(s.code),
                json!(v.version),
                json!(s.name),
                json!(s.office),
                json!(s.number),
                json!(s.steps.len()),
                json!(s.total.min_secs),
                json!(s.total.max_secs),
                json!(s.total.open_ended),
            ]);
            records.push(json!({
                "code": s.code, "version": v.version, "name": s.name, "office": s.office, "office_short": s.office_short,
                "number": s.number, "steps": s.steps.len(), "builtin": v.builtin,
                "total": {"min_secs": s.total.min_secs, "max_secs": s.total.max_secs,
                          "open_ended": s.total.open_ended, "stated_text": s.total.stated_text},
            }));
        }
        sheet.records = Some(records);
        return sink.sheet(&sheet, reg.zone()?);
    }
    let mut table = output::table(&[
        t("Code", "Kode"),
        t("Name", "Nama"),
        t("Office", "Instansi"),
        t("Steps", "Langkah"),
        t("Total", "Total"),
    ]);
    for (v, s) in &rows {
        let code = if v.version > 1 {
            format!("{} (v{})", s.code, v.version)
        } else {
            s.code.clone()
        };
        table.add_row(vec![
            code,
            s.name.clone(),
            s.office_short
                .clone()
                .unwrap_or_else(|| shorten(&s.office, 40)),
            s.steps.len().to_string(),
            total_text(s),
        ]);
    }
    sink.grid(&table)
}

/// The JSON contract of `sop show --format json` (documented in the README).
pub fn sop_json(sop: &Sop, version: i64) -> serde_json::Value {
    json!({
        "code": sop.code,
        "version": version,
        "name": sop.name,
        "office": sop.office,
        "office_short": sop.office_short,
        "number": sop.number,
        "created": sop.created,
        "revised": sop.revised,
        "effective": sop.effective,
        "approved_by": sop.approved_by,
        "legal_basis": sop.legal_basis,
        "qualifications": sop.qualifications,
        "related": sop.related,
        "equipment": sop.equipment,
        "warnings": sop.warnings,
        "records": sop.records,
        "roles": sop.roles,
        "steps": sop.steps.iter().map(|s| json!({
            "number": s.number,
            "activity": s.activity,
            "roles": s.roles,
            "roles_inferred": s.roles_inferred,
            "requirements": s.requirements,
            "standard": {"text": s.standard.text, "min_secs": s.standard.min_secs, "max_secs": s.standard.max_secs},
            "outputs": s.outputs,
            "note": s.note,
            "transcriber": s.transcriber,
            "consent": s.consent,
            "needs_consent": s.needs_consent,
            "consent_words": s.consent_words,
            "condition": s.condition,
            "repeat": s.repeat,
            "repeat_until": s.repeat_until,
            "sends_referral": s.sends_referral,
            "decision": s.decision.as_ref().map(|d| json!({"question": d.question, "return_to": d.return_to})),
            "clock": s.clock.as_str(),
        })).collect::<Vec<_>>(),
        "clock": sop.clock.as_str(),
        "clock_reason": sop.clock_reason,
        "transcriber": sop.transcriber,
        "total": {
            "min_secs": sop.total.min_secs,
            "max_secs": sop.total.max_secs,
            "open_ended": sop.total.open_ended,
            "stated_text": sop.total.stated_text,
            "conditional_steps": conditional_steps(sop),
        },
    })
}

fn show(ctx: &Ctx, code: &str, version: Option<i64>, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let v = stored(&reg, code, version)?;
    let sop = v.sop()?;
    match sink.format {
        Format::Json | Format::Csv | Format::Ndjson | Format::Xlsx => {
            sink.sheet(&show_sheet(&sop, v.version), reg.zone()?)
        }
        Format::Table => {
            let mut head = format!(
                "{} — {}\n{}: {}\n{}: {}\n{}: {}",
                sop.code,
                sop.name,
                t("Office", "Instansi"),
                sop.office,
                t("SOP number", "Nomor SOP"),
                sop.number,
                t("Version", "Versi"),
                v.version
            );
            if let Some(e) = &sop.effective {
                head.push_str(&format!("\n{}: {e}", t("Effective", "Tanggal efektif")));
            }
            head.push_str(&format!(
                "\n{}: {}",
                t("Total (computed)", "Total (dihitung)"),
                total_line(&sop)
            ));
            head.push_str(&format!(
                "\n{}: {}{}",
                t("Clock", "Jam"),
                sop.clock.label(),
                sop.clock_reason
                    .as_ref()
                    .map(|r| format!(" — {r}"))
                    .unwrap_or_default()
            ));
            let mut table = output::table(&[
                t("No.", "No."),
                t("Activity", "Kegiatan"),
                t("Performer", "Pelaksana"),
                t("Requirements", "Kelengkapan"),
                t("Time", "Waktu"),
                t("Output", "Output"),
                t("Flow / note", "Alur / keterangan"),
            ]);
            for s in &sop.steps {
                let mut roles = s.roles.join("; ");
                if s.roles_inferred && !roles.is_empty() {
                    roles.push_str(t(" (inferred)", " (disimpulkan)"));
                }
                let mut flow = flow_marks(s);
                if s.clock_own {
                    flow.push(crate::tr!("clock: {}", "jam: {}", s.clock.label()));
                }
                if let Some(n) = &s.note {
                    flow.push(n.clone());
                }
                for n in &s.transcriber {
                    flow.push(format!("[{}: {n}]", t("transcriber", "penyalin")));
                }
                table.add_row(vec![
                    s.number.to_string(),
                    s.activity.clone(),
                    roles,
                    s.requirements.join("; "),
                    s.standard.text.clone(),
                    s.outputs.join("; "),
                    flow.join("\n"),
                ]);
            }
            let lists: [(&str, &Vec<String>); 6] = [
                (t("Legal basis", "Dasar hukum"), &sop.legal_basis),
                (
                    t("Executor qualifications", "Kualifikasi pelaksana"),
                    &sop.qualifications,
                ),
                (t("Related SOPs", "Keterkaitan"), &sop.related),
                (t("Equipment", "Peralatan/perlengkapan"), &sop.equipment),
                (t("Warning", "Peringatan"), &sop.warnings),
                (t("Records", "Pencatatan dan pendataan"), &sop.records),
            ];
            let mut tail = String::new();
            let transcriber = (
                t("Transcriber's notes", "Catatan penyalin"),
                &sop.transcriber,
            );
            for (title, items) in lists.into_iter().chain([transcriber]) {
                if items.is_empty() {
                    continue;
                }
                tail.push_str(&format!("\n{title}:\n"));
                for (i, it) in items.iter().enumerate() {
                    tail.push_str(&format!("  {}. {it}\n", i + 1));
                }
            }
            sink.text(&format!(
                "{head}\n{}\n{}",
                table.render(sink.width()),
                tail.trim_end()
            ))
        }
    }
}

/// `sop show` as data: JSON is the whole SOP (the README's contract); CSV and NDJSON give its
/// steps, one row each, flattened (`standard_text`, `standard_min_secs`, `standard_max_secs`,
/// `decision_question`, `decision_return_to`; lists comma-separated in CSV).
fn show_sheet(sop: &Sop, version: i64) -> Sheet {
    let keys = [
        "sop_code",
        "sop_version",
        "number",
        "activity",
        "roles",
        "roles_inferred",
        "requirements",
        "standard_text",
        "standard_min_secs",
        "standard_max_secs",
        "outputs",
        "note",
        "transcriber",
        "consent",
        "needs_consent",
        "consent_words",
        "condition",
        "repeat",
        "repeat_until",
        "decision_question",
        "decision_return_to",
        "clock",
        "sends_referral",
    ];
    let mut sheet = Sheet::list(
        "sop-steps",
        keys.iter().map(|k| col(k, k, Kind::Text)).collect(),
    );
    let doc = sop_json(sop, version);
    for st in doc["steps"].as_array().into_iter().flatten() {
        sheet.rows.push(
            keys.iter()
                .map(|k| match *k {
                    "sop_code" => json!(sop.code),
                    "sop_version" => json!(version),
                    "standard_text" => st["standard"]["text"].clone(),
                    "standard_min_secs" => st["standard"]["min_secs"].clone(),
                    "standard_max_secs" => st["standard"]["max_secs"].clone(),
                    "decision_question" => st["decision"]["question"].clone(),
                    "decision_return_to" => st["decision"]["return_to"].clone(),
                    k => st[k].clone(),
                })
                .collect(),
        );
    }
    sheet.document = Some(doc);
    sheet
}

/// Reads a SOP file's bytes, refusing one over [`file::MAX_BYTES`] before reading it whole
/// (exit 3).
fn read(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    // A folder, a pipe or a device is refused before it is opened: opening a pipe would wait
    // for a writer, and a device has no size to check.
    if !std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .is_file()
    {
        return Err(Error::Invalid(crate::tr!(
            "{}: not a regular file (a folder, a pipe or a device); give a SOP file (.toml)",
            "{}: bukan berkas biasa (folder, pipa atau perangkat); beri berkas SOP (.toml)",
            path.display()
        )));
    }
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let too_large =
        |len: u64| Error::Invalid(format!("{}: {}", path.display(), file::too_large(len)));
    let len = f.metadata().map_err(|e| Error::io(path, e))?.len();
    if len > file::MAX_BYTES as u64 {
        return Err(too_large(len));
    }
    let mut bytes = Vec::new();
    f.take(file::MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() > file::MAX_BYTES {
        // A file that grew while it was read.
        return Err(too_large(bytes.len() as u64));
    }
    // Not UTF-8: the checks say where, and check the rest (file::load_bytes).
    Ok(bytes)
}

fn validate(files: &[std::path::PathBuf]) -> Result<()> {
    let mut errors = 0;
    let mut warnings = 0;
    for path in files {
        let (_, loaded) = file::load_bytes(&read(path)?);
        for p in &loaded.problems {
            crate::say!("{}: {p}", path.display());
            match p.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
        if let Some(sop) = &loaded.sop {
            if loaded.problems.is_empty() {
                let (path, steps, total) = (path.display(), sop.steps.len(), total_text(sop));
                output::print(&crate::tr!(
                    "{path}: ok ({steps} steps, total {total})",
                    "{path}: baik ({steps} langkah, total {total})"
                ))?;
            }
        }
    }
    if errors + warnings > 0 {
        return Err(Error::Invalid(crate::tr!(
            "{errors} error(s), {warnings} warning(s)",
            "{errors} galat, {warnings} peringatan"
        )));
    }
    Ok(())
}

/// A SOP file read and checked: its problems printed, refused when it has errors.
fn checked(path: &Path) -> Result<(String, Sop)> {
    let (text, loaded) = file::load_bytes(&read(path)?);
    match loaded.sop {
        Some(s) if loaded.errors().next().is_none() => {
            for p in &loaded.problems {
                crate::say!("{}: {p}", path.display());
            }
            Ok((text, s))
        }
        _ => {
            for p in &loaded.problems {
                crate::say!("{}: {p}", path.display());
            }
            Err(Error::Invalid(crate::tr!(
                "{}: the SOP file has errors (see `kasus sop validate`)",
                "{}: berkas SOP mengandung galat (lihat `kasus sop validate`)",
                path.display()
            )))
        }
    }
}

/// A stored version of a code, or the latest.
fn stored(
    reg: &crate::register::Register,
    code: &str,
    version: Option<i64>,
) -> Result<crate::register::sops::SopVersion> {
    match version {
        None => resolve::sop(reg, code),
        Some(n) => reg.sop_version(code, n)?.ok_or_else(|| {
            let code = crate::echo::shown(
                code,
                crate::echo::Shape::Code,
                crate::text::t("a SOP code", "kode SOP"),
            );
            Error::Invalid(crate::tr!(
                "SOP {code} has no version {n}; `kasus sop list` shows the latest",
                "SOP {code} tidak punya versi {n}; `kasus sop list` menampilkan versi terbaru"
            ))
        }),
    }
}

/// `kasus sop diff CODE FILE` or `--from N --to M`: what the file (or version M) changes
/// against the stored version (N, or the latest), step by step. Nothing is written.
fn diff(
    ctx: &Ctx,
    code: &str,
    path: Option<&Path>,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<()> {
    if path.is_none() && to.is_none() {
        return Err(Error::Usage(
            t(
                "give an edited SOP file, or --to VERSION to compare two stored versions",
                "beri berkas SOP yang disunting, atau --to VERSI untuk membandingkan dua versi tersimpan",
            )
            .to_string(),
        ));
    }
    let new_file = path.map(checked).transpose()?;
    let reg = ctx.open()?;
    if let (Some((_, new)), None, None) = (&new_file, from, to) {
        if reg.latest_sop(code)?.is_none() {
            return first_version(code, path.unwrap_or(Path::new("")), new);
        }
    }
    let old_v = stored(&reg, code, from)?;
    let old = old_v.sop()?;
    let (new, new_label, new_version) = match (&new_file, to) {
        (Some((_, sop)), _) => {
            let path = path.map(|p| p.display().to_string()).unwrap_or_default();
            (sop.clone(), path, None)
        }
        (None, Some(n)) => {
            let v = stored(&reg, code, Some(n))?;
            (v.sop()?, crate::tr!("version {n}", "versi {n}"), Some(n))
        }
        (None, None) => unreachable!("checked above"),
    };
    if new.code != old.code {
        return Err(Error::Invalid(crate::tr!(
            "the file is SOP {}, not {}: `kasus sop diff` compares versions of one code",
            "berkas ini SOP {}, bukan {}: `kasus sop diff` membandingkan versi dari satu kode",
            new.code,
            old.code
        )));
    }
    let changes = crate::sop::diff::diff(&old, &new);
    let mut out = format!(
        "{}: {} {} → {new_label}\n",
        old.code,
        t("version", "versi"),
        old_v.version
    );
    for c in &changes {
        out.push_str(&change_line(c));
        out.push('\n');
    }
    let same_text = new_file
        .as_ref()
        .is_some_and(|(text, _)| crate::sop::catalog::sha256_hex(text) == old_v.sha256);
    out.push_str(&if changes.is_empty() {
        if same_text {
            t(
                "No changes: the file is this version's text.",
                "Tidak ada perubahan: berkas ini adalah teks versi tersebut.",
            )
            .to_string()
        } else {
            t(
                "No changes to any field or step (comments or layout only).",
                "Tidak ada perubahan pada kolom atau langkah mana pun (hanya komentar atau tata letak).",
            )
            .to_string()
        }
    } else {
        format!(
            "{}.",
            crate::text::count(changes.len() as u64, "change", "changes", "perubahan")
        )
    });
    if new_version.is_none() && !same_text {
        let latest = reg.latest_sop(&old.code)?.map_or(0, |v| v.version);
        out.push_str(&crate::tr!(
            " `kasus sop import {}` stores it as version {}; cases already running keep the version they started on, new cases follow the new one.",
            " `kasus sop import {}` menyimpannya sebagai versi {}; kasus yang sudah berjalan tetap pada versi awalnya, kasus baru mengikuti versi baru.",
            new_label,
            latest + 1
        ));
    }
    output::print(&out)
}

/// `sop diff CODE FILE` before CODE's first import: nothing to compare with, so every step of
/// the file is new, and `sop import` would make version 1 (exit 0). A file of another code is
/// refused as for a stored code.
fn first_version(code: &str, path: &Path, new: &crate::sop::Sop) -> Result<()> {
    use crate::echo::{shown, Shape};
    let asked = shown(code, Shape::Code, t("a SOP code", "kode SOP"));
    if new.code != code {
        return Err(Error::Invalid(crate::tr!(
            "the file is SOP {}, not {asked}: `kasus sop diff` compares versions of one code",
            "berkas ini SOP {}, bukan {asked}: `kasus sop diff` membandingkan versi dari satu kode",
            new.code
        )));
    }
    let path = path.display().to_string();
    let mut out = crate::tr!(
        "{code} is not in the register yet: every step of {path} is new\n",
        "{code} belum ada di register: setiap langkah {path} baru\n"
    );
    for c in crate::sop::diff::all_added(new) {
        out.push_str(&change_line(&c));
        out.push('\n');
    }
    out.push_str(&crate::tr!(
        "`kasus sop import {path}` would make version 1.",
        "`kasus sop import {path}` akan membuat versi 1."
    ));
    output::print(&out)
}

/// One change as a line: "step 2, time: "60 menit" → "45 menit"".
fn change_line(c: &crate::sop::diff::Change) -> String {
    use crate::sop::diff::Place;
    let shown = |v: &str| {
        if v.is_empty() {
            t("(none)", "(tidak ada)").to_string()
        } else {
            format!("\"{v}\"")
        }
    };
    match c.place {
        Place::Sop => format!("SOP, {}: {} → {}", c.key, shown(&c.old), shown(&c.new)),
        Place::Step(n) => crate::tr!(
            "step {n}, {}: {} → {}",
            "langkah {n}, {}: {} → {}",
            c.key,
            shown(&c.old),
            shown(&c.new)
        ),
        Place::Added(n) => crate::tr!(
            "step {n}: added ({})",
            "langkah {n}: ditambahkan ({})",
            shown(&c.new)
        ),
        Place::Removed(n) => crate::tr!(
            "step {n}: removed ({})",
            "langkah {n}: dihapus ({})",
            shown(&c.old)
        ),
    }
}

fn import(ctx: &Ctx, path: &Path) -> Result<()> {
    let (text, loaded) = file::load_bytes(&read(path)?);
    let sop = match loaded.sop {
        Some(s) if loaded.errors().next().is_none() => s,
        _ => {
            for p in &loaded.problems {
                crate::say!("{}: {p}", path.display());
            }
            return Err(Error::Invalid(crate::tr!(
                "{}: the SOP file has errors; nothing was imported (see `kasus sop validate`)",
                "{}: berkas SOP mengandung galat; tidak ada yang diimpor (lihat `kasus sop validate`)",
                path.display()
            )));
        }
    };
    for p in &loaded.problems {
        crate::say!("{}: {p}", path.display());
    }
    let mut reg = ctx.open()?;
    let now = ctx.now_db();
    let done = reg.import_sop(&sop, &text, &now, &ctx.actor)?;
    match done {
        Imported::New { code, version } => output::print(&format!(
            "{} {code} {} {version}",
            t("imported", "diimpor"),
            t("version", "versi")
        )),
        Imported::Unchanged { code, version } => output::print(&format!(
            "{code} {} {version}: {}",
            t("version", "versi"),
            t(
                "unchanged, nothing imported",
                "tidak berubah, tidak ada yang diimpor"
            )
        )),
    }
}
