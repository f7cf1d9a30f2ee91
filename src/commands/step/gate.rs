//! A consent gate in the walk: when the step to start or finish needs a consent that is not in
//! force, the walk says so before it asks anything about the step (no output typed and then
//! lost), and offers to record the consent there: who gave it, their relation and the method,
//! for the gate's scopes, at the present time. Declined, it says the command to run.

use super::{load, Ctx};
use crate::error::Result;
use crate::field::Field;
use crate::flow::{ConsentState, Refusal};
use crate::prompt::{text_rule, Asker, Terminal};
use crate::register::consents::NewConsent;
use crate::text::{self, t};
use crate::vocab;

/// What the walk means to do at the gate.
#[derive(Clone, Copy)]
pub(super) enum Doing {
    /// Start this step.
    Start(u32),
    /// Finish the running step (a decision or not).
    Finish(bool),
}

/// True when the step can go ahead: its consent is in force, or was recorded here. False when
/// the person declined to record it (the walk then stops, having said what to run).
pub(super) fn consent_in_force(
    ctx: &Ctx,
    asker: &Terminal,
    case: &str,
    doing: Doing,
) -> Result<bool> {
    loop {
        let ctx = ctx.fresh()?;
        let l = load(&ctx, case)?;
        let check = match doing {
            Doing::Start(n) => l.flow().can_start(Some(n), ctx.now).map(|_| ()),
            Doing::Finish(decision) => l.flow().can_finish(None, ctx.now, decision).map(|_| ()),
        };
        // Anything but a missing consent is said by the action itself, as in a script.
        let why = match check {
            Err(r) if matches!(r, Refusal::ConsentMissing { .. }) => r,
            _ => return Ok(true),
        };
        let scopes = match &why {
            Refusal::ConsentMissing { scopes, .. } => scopes.clone(),
            _ => return Ok(true),
        };
        crate::say!("{}", text::refusal_in(&why, &l.case.number, Some(l.zone)));
        if !asker.confirm(
            t("Record the consent now?", "Catat persetujuannya sekarang?"),
            true,
        )? {
            crate::say!("{}", later(&l.case.number));
            return Ok(false);
        }
        let rule = text_rule(t("The name", "Nama"), Field::Name);
        let given_by = asker
            .checked(
                t(
                    "Consent given by (name)",
                    "Persetujuan diberikan oleh (nama)",
                ),
                false,
                None,
                &rule,
            )?
            .unwrap_or_default();
        // A child's own consent is there already: what is missing is a parent's or guardian's,
        // offered first (the list's second item).
        let child_only = matches!(
            why,
            Refusal::ConsentMissing {
                state: ConsentState::ChildOnly,
                ..
            }
        );
        let relation = match asker.pick_from(
            &vocab::CONSENT_RELATION,
            t("Relation to the victim", "Hubungan dengan korban"),
            Some(usize::from(child_only)),
        )? {
            Some(code) => code,
            None => asker.leave(),
        };
        let method = asker.pick(&vocab::CONSENT_METHOD, t("Method", "Cara"))?;
        let case_row = l.case.clone();
        let at = crate::clock::to_db(ctx.now);
        drop(l);
        let mut reg = ctx.open()?;
        reg.record_consent(
            &case_row,
            &NewConsent {
                kind: "given",
                given_by: Some(given_by.trim()),
                relation: Some(&relation),
                scopes: &scopes,
                method: Some(&method),
                form_ref: None,
                at: &at,
                recipients: &[],
                until_date: None,
            },
            &ctx.now_db(),
            &ctx.actor,
        )?;
        crate::say!(
            "{}: {} [{}]",
            t("consent recorded", "persetujuan dicatat"),
            case_row.number,
            scopes.join(", ")
        );
    }
}

fn later(case: &str) -> String {
    crate::tr!(
        "Nothing was asked about the step. Once the consent is recorded (`kasus consent {case}`), `kasus step {case}` goes on.",
        "Belum ada yang ditanyakan tentang langkah ini. Setelah persetujuan dicatat (`kasus consent {case}`), `kasus step {case}` melanjutkannya."
    )
}
