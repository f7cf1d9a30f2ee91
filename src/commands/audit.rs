//! `kasus audit`: verify the hash chain; print its head to keep elsewhere.

use super::Ctx;
use crate::cli::AuditCommand;
use crate::error::{Error, Result};
use crate::output;
use crate::register::audit::{self, Verdict};

pub fn run(ctx: &Ctx, cmd: AuditCommand) -> Result<()> {
    let reg = ctx.open()?;
    match cmd {
        AuditCommand::Head => match audit::verify(&reg)? {
            Verdict::Intact {
                head: Some((seq, hash)),
                ..
            } => output::print(&format!("{seq}:{hash}")),
            Verdict::Intact { head: None, .. } => output::print("0:"),
            Verdict::Broken { seq, reason } => Err(broken(seq, &reason)),
        },
        AuditCommand::Verify { head } => {
            let (entries, form1_until) = match audit::verify(&reg)? {
                Verdict::Intact {
                    entries,
                    form1_until,
                    ..
                } => (entries, form1_until),
                Verdict::Broken { seq, reason } => return Err(broken(seq, &reason)),
            };
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
                match audit::hash_at(&reg, seq)? {
                    Some(found) if found == hash => {}
                    Some(_) => {
                        return Err(Error::Invalid(crate::tr!(
                            "audit entry {seq} does not match the head kept elsewhere: the chain was rewritten",
                            "entri audit {seq} tidak cocok dengan kepala yang disimpan di tempat lain: rantai sudah ditulis ulang"
                        )))
                    }
                    None => {
                        return Err(Error::Invalid(crate::tr!(
                            "audit entry {seq} is missing: the register no longer holds the head kept elsewhere",
                            "entri audit {seq} hilang: register tidak lagi memuat kepala yang disimpan di tempat lain"
                        )))
                    }
                }
            }
            let mut out = crate::tr!(
                "audit chain intact: {entries} entries",
                "rantai audit utuh: {entries} entri"
            );
            let forms = audit::forms_text(entries, form1_until);
            if !forms.is_empty() {
                out.push_str(&format!(" ({forms})"));
            }
            output::print(&out)
        }
    }
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
