//! `kasus audit`: verify the hash chain; print its head to keep elsewhere.

use super::Ctx;
use crate::cli::AuditCommand;
use crate::error::{Error, Result};
use crate::output;
use crate::register::audit::{self, Verdict};
use crate::report::{col, JsonShape, Kind, Sheet};
use serde_json::json;

pub fn run(ctx: &Ctx, cmd: AuditCommand) -> Result<()> {
    match cmd {
        AuditCommand::Head => match audit::verify(&ctx.open()?)? {
            Verdict::Intact {
                head: Some((seq, hash)),
                ..
            } => output::print(&format!("{seq}:{hash}")),
            Verdict::Intact { head: None, .. } => output::print("0:"),
            Verdict::Broken { seq, reason } => Err(broken(seq, &reason)),
        },
        AuditCommand::Verify {
            head,
            data,
            office,
            emit,
        } => {
            // --out is checked against the register before the register is opened.
            let sink = ctx.sink(&emit)?;
            let reg = ctx.open()?;
            match office {
                Some(o) => verify_office(&reg, &o, &sink),
                None => verify(&reg, head.as_deref(), data, &sink),
            }
        }
    }
}

/// `audit verify`: the chain, and a head kept elsewhere. At a table, one line (a failure is the
/// error, exit 3); with `--format csv|json|ndjson`, one record (`verdict`: intact, broken,
/// head-mismatch, head-missing; `entries`, `head_seq`, `head_hash`, `checked_head`,
/// `broken_at`, `reason`), printed before a failure exits 3.
fn verify(
    reg: &crate::register::Register,
    head: Option<&str>,
    data: bool,
    sink: &crate::output::Sink,
) -> Result<()> {
    let record = |verdict: &str,
                  entries: Option<i64>,
                  last: Option<&(i64, String)>,
                  checked: Option<i64>,
                  broken_at: Option<i64>,
                  reason: Option<&str>|
     -> Result<()> {
        if sink.is_table() {
            return Ok(());
        }
        let keys = [
            "verdict",
            "entries",
            "head_seq",
            "head_hash",
            "checked_head",
            "broken_at",
            "reason",
        ];
        let mut sheet = Sheet::new(
            "audit-verify",
            keys.iter().map(|k| col(k, k, Kind::Text)).collect(),
        );
        sheet.shape = JsonShape::Single;
        sheet.rows.push(vec![
            json!(verdict),
            json!(entries),
            json!(last.map(|h| h.0)),
            json!(last.map(|h| h.1.clone())),
            json!(checked),
            json!(broken_at),
            json!(reason),
        ]);
        sink.sheet(&sheet, reg.zone()?)
    };
    let (entries, form1_until, last) = match audit::verify(reg)? {
        Verdict::Intact {
            entries,
            form1_until,
            head,
        } => (entries, form1_until, head),
        Verdict::Broken { seq, reason } => {
            record("broken", None, None, None, Some(seq), Some(&reason))?;
            return Err(broken(seq, &reason));
        }
    };
    let mut checked = None;
    if let Some(h) = head {
        let (seq, hash) = h
            .split_once(':')
            .and_then(|(s, h)| Some((s.parse::<i64>().ok()?, h.to_lowercase())))
            .ok_or_else(|| {
                Error::Usage(crate::tr!(
                    "--head '{h}': give SEQ:HASH as printed by `kasus audit head`",
                    "--head '{h}': beri SEQ:HASH seperti dicetak `kasus audit head`"
                ))
            })?;
        let (kind, e) = match audit::hash_at(reg, seq)? {
            Some(found) if found == hash => (None, String::new()),
            Some(_) => (
                Some("head-mismatch"),
                crate::tr!(
                    "audit entry {seq} does not match the head kept elsewhere: the chain was rewritten",
                    "entri audit {seq} tidak cocok dengan kepala yang disimpan di tempat lain: rantai sudah ditulis ulang"
                ),
            ),
            None => (
                Some("head-missing"),
                crate::tr!(
                    "audit entry {seq} is missing: the register no longer holds the head kept elsewhere",
                    "entri audit {seq} hilang: register tidak lagi memuat kepala yang disimpan di tempat lain"
                ),
            ),
        };
        match kind {
            None => checked = Some(seq),
            Some(kind) => {
                record(
                    kind,
                    Some(entries),
                    last.as_ref(),
                    Some(seq),
                    None,
                    Some(&e),
                )?;
                return Err(Error::Invalid(e));
            }
        }
    }
    // The chains kept for merged offices, each verified as its own.
    let (office_lines, office_broken) = office_chains(reg, None)?;
    if let Some((line, e)) = office_broken {
        record(
            "office-broken",
            Some(entries),
            last.as_ref(),
            checked,
            None,
            Some(&line),
        )?;
        if sink.is_table() {
            let mut lines = vec![intact_line(entries, form1_until)];
            lines.extend(office_lines);
            sink.text(&lines.join("\n"))?;
        }
        return Err(e);
    }
    let mut chain_line = intact_line(entries, form1_until);
    for l in &office_lines {
        chain_line.push('\n');
        chain_line.push_str(l);
    }
    if data {
        return verify_data(reg, chain_line, sink);
    }
    if !sink.is_table() {
        return record("intact", Some(entries), last.as_ref(), checked, None, None);
    }
    sink.text(&chain_line)
}

/// One line per merged office's chain ("office KAB (0190...): chain intact: 12 entries, head
/// 12:ab..."), and the first broken one's line with its error (exit 3).
type Broken = Option<(String, Error)>;

fn office_chains(
    reg: &crate::register::Register,
    office: Option<&str>,
) -> Result<(Vec<String>, Broken)> {
    let mut lines = Vec::new();
    let mut broken_one = None;
    for (o, v) in reg.verify_origins(office)? {
        let who = format!("{} ({})", o.prefix, o.uuid);
        let line = match v {
            Verdict::Intact {
                entries,
                head: Some((seq, hash)),
                ..
            } => {
                let entries = crate::text::count(entries as u64, "entry", "entries", "entri");
                crate::tr!(
                    "office {who}: chain intact: {entries}, head {seq}:{hash}",
                    "kantor {who}: rantai utuh: {entries}, ujung {seq}:{hash}"
                )
            }
            Verdict::Intact { .. } => crate::tr!(
                "office {who}: chain intact: no entries",
                "kantor {who}: rantai utuh: tanpa entri"
            ),
            Verdict::Broken { seq, reason } => {
                let line = crate::tr!(
                    "office {who}: chain BROKEN at entry {seq}: {reason}",
                    "kantor {who}: rantai PUTUS pada entri {seq}: {reason}"
                );
                if broken_one.is_none() {
                    broken_one = Some((
                        line.clone(),
                        Error::Invalid(crate::tr!(
                            "the audit chain kept for office {who} is broken at entry {seq}: {reason}. \
                             Someone changed it outside kasus: merge that office's full bundle into \
                             a register restored from a backup",
                            "rantai audit kantor {who} yang disimpan putus pada entri {seq}: {reason}. \
                             Ada yang mengubahnya di luar kasus: gabungkan bundel penuh kantor itu ke \
                             register yang dipulihkan dari cadangan"
                        )),
                    ));
                }
                line
            }
        };
        lines.push(line);
    }
    Ok((lines, broken_one))
}

/// `audit verify --office X`: that office's kept chain alone.
fn verify_office(
    reg: &crate::register::Register,
    office: &str,
    sink: &crate::output::Sink,
) -> Result<()> {
    let (lines, broken_one) = office_chains(reg, Some(office))?;
    if lines.is_empty() {
        return Err(Error::Invalid(crate::tr!(
            "--office: this register keeps no chain of such an office (none merged); give an \
             office's UUID, the start of it, or its prefix (`kasus audit verify` lists them)",
            "--office: register ini tidak menyimpan rantai kantor itu (belum digabung); beri UUID \
             kantor, awalnya, atau prefiksnya (`kasus audit verify` menampilkannya)"
        )));
    }
    sink.text(&lines.join("\n"))?;
    match broken_one {
        Some((_, e)) => Err(e),
        None => Ok(()),
    }
}

fn intact_line(entries: i64, form1_until: i64) -> String {
    let mut out = crate::tr!(
        "audit chain intact: {}",
        "rantai audit utuh: {}",
        crate::text::count(entries as u64, "entry", "entries", "entri")
    );
    let forms = audit::forms_text(entries, form1_until);
    if !forms.is_empty() {
        out.push_str(&format!(" ({forms})"));
    }
    out
}

/// `audit verify --data`, once the chain is intact: every data row against its last audited
/// state. At a table, the chain's line, then one line per row that differs (table, key, what),
/// exit 3 when any; with `--format`, one record per row that differs (`table`, `key`, `finding`:
/// changed, unaudited, gone; `entry`: the entry that last recorded it; `case`: the number of
/// the case the row belongs to, when it can be told), or none.
fn verify_data(
    reg: &crate::register::Register,
    chain_line: String,
    sink: &crate::output::Sink,
) -> Result<()> {
    let (c, total) = reg.verify_data()?;
    if sink.is_table() {
        let mut lines = vec![chain_line];
        lines.extend(
            c.findings
                .iter()
                .zip(&c.cases)
                .map(|(f, case)| f.line_in(case.as_deref())),
        );
        if total as usize > c.findings.len() {
            lines.push(crate::tr!(
                "... and {} more",
                "... dan {} lainnya",
                total as usize - c.findings.len()
            ));
        }
        if total == 0 {
            lines.push(crate::tr!(
                "data intact: {}, each as its last audit entry records it",
                "data utuh: {}, masing-masing sesuai entri audit terakhirnya",
                crate::text::count(c.rows, "row", "rows", "baris")
            ));
        }
        sink.text(&lines.join("\n"))?;
    } else {
        let keys = ["table", "key", "finding", "entry", "case"];
        let mut sheet = Sheet::new(
            "audit-verify-data",
            keys.iter().map(|k| col(k, k, Kind::Text)).collect(),
        );
        for (f, case) in c.findings.iter().zip(&c.cases) {
            sheet.rows.push(vec![
                json!(f.table()),
                json!(f.key().to_string()),
                json!(f.kind()),
                json!(f.seq()),
                json!(case),
            ]);
        }
        sink.sheet(&sheet, reg.zone()?)?;
    }
    if total == 0 {
        return Ok(());
    }
    // Indonesian has no plural; English says "1 row differs". Where the change was made: the
    // file on SQLite, the database on a server.
    let (rows, differ) = if total == 1 {
        ("row", "differs")
    } else {
        ("rows", "differ")
    };
    let (place, place_id) = match reg.engine() {
        crate::register::db::Engine::Sqlite => ("the file", "berkas"),
        crate::register::db::Engine::Postgres => ("the database", "basis data"),
    };
    Err(Error::Invalid(crate::tr!(
        "{total} data {rows} {differ} from the audit chain (of {} rows): someone changed {place} \
         outside kasus. Stop writing to this register and restore it from a backup",
        "{total} baris data berbeda dari rantai audit (dari {} baris): ada yang mengubah {place_id} \
         di luar kasus. Berhenti menulis ke register ini dan pulihkan dari cadangan",
        c.rows
    )))
}
fn broken(seq: i64, reason: &str) -> Error {
    Error::Invalid(crate::tr!(
        "audit chain broken at entry {seq}: {reason}",
        "rantai audit putus pada entri {seq}: {reason}"
    ))
}

/// Verifying the audit trail, or printing its head, only reads: it needs an existing register.
pub fn reads_only(_: &crate::cli::AuditCommand) -> bool {
    true
}
