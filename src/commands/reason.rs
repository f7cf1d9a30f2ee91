//! The reason a correction needs (`step correct`, `consent void`): `--reason` as given, checked
//! with the text rules; at a terminal without it, asked; without a terminal, a usage error
//! (nothing is changed).

use super::Ctx;
use crate::error::{Error, Result};
use crate::field::{self, Field};
use crate::text::t;

/// The reason for a correction, trimmed and never empty.
pub fn required(ctx: &Ctx, given: Option<&str>) -> Result<String> {
    ask(
        ctx,
        given,
        t(
            "Reason for the correction (what was wrong)",
            "Alasan koreksi (apa yang salah)",
        ),
        t(
            "a correction needs --reason TEXT: say what was wrong (nothing was changed)",
            "koreksi memerlukan --reason TEKS: katakan apa yang salah (tidak ada yang diubah)",
        ),
    )
}

/// The reason for settling a merge conflict (`merge resolve`), trimmed and never empty.
pub fn settlement(ctx: &Ctx, given: Option<&str>) -> Result<String> {
    ask(
        ctx,
        given,
        t(
            "Reason for settling the conflict (why this version)",
            "Alasan penyelesaian konflik (mengapa versi ini)",
        ),
        t(
            "settling a conflict needs --reason TEXT: say why this version is kept (nothing was changed)",
            "penyelesaian konflik memerlukan --reason TEKS: katakan mengapa versi ini dipertahankan (tidak ada yang diubah)",
        ),
    )
}

fn ask(
    ctx: &Ctx,
    given: Option<&str>,
    prompt: &'static str,
    missing: &'static str,
) -> Result<String> {
    field::check_opt("--reason", Field::Text, given)?;
    let reason = match given {
        Some(r) => r.trim().to_string(),
        None if ctx.interactive => {
            use crate::prompt::{text_rule, Asker, Terminal};
            Terminal::new()
                .checked(
                    prompt,
                    false,
                    None,
                    &text_rule(t("The reason", "Alasan"), Field::Text),
                )?
                .unwrap_or_default()
                .trim()
                .to_string()
        }
        None => String::new(),
    };
    if reason.is_empty() {
        return Err(Error::Usage(missing.into()));
    }
    Ok(reason)
}
