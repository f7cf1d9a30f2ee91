//! `kasus consent`: informed consent (persetujuan layanan), refusal and withdrawal.

use super::{resolve, Ctx};
use crate::cli::{ConsentAction, ConsentArgs, ConsentGive, Emit, WriteOut};
use crate::clock;
use crate::error::{Error, Result};
use crate::flow::{self, ConsentState};
use crate::output;
use crate::prompt::{Asker, Terminal};
use crate::register::{cases::CaseRow, consents, Register};
use crate::report::{col, Kind, Sheet};
use crate::sop::{Sop, Step};
use crate::text::t;
use crate::vocab;
use serde_json::json;

pub fn run(ctx: &Ctx, args: ConsentArgs) -> Result<()> {
    match args.action {
        None => give(ctx, args.give, args.write),
        Some(ConsentAction::Withdraw {
            case,
            scope,
            given_by,
            at,
            write,
        }) => {
            let scopes = scopes(&scope)?;
            record(
                ctx,
                &case,
                "withdrawn",
                given_by.as_deref(),
                None,
                &scopes,
                None,
                None,
                at.as_deref(),
                (&[], None),
                write,
            )
            .map(|_| ())
        }
        Some(ConsentAction::Refuse {
            case,
            given_by,
            relation,
            scope,
            method,
            at,
            write,
        }) => refuse(
            ctx,
            ConsentGive {
                case: Some(case),
                given_by,
                relation,
                scope,
                method,
                form_ref: None,
                recipients: Vec::new(),
                until: None,
                at,
            },
            write,
        ),
        Some(ConsentAction::Void {
            case,
            record,
            reason,
            write,
        }) => void(ctx, &case, &record, reason.as_deref(), write),
        Some(ConsentAction::List { case, office, emit }) => {
            list(&ctx.office(office.as_deref()), &case, &emit)
        }
    }
}

/// `kasus consent void`: a consent, refusal or withdrawal recorded by mistake is kept, marked
/// void, and no longer read by the flow. A gate step finished as refused because of a voided
/// refusal (no other refusal standing at its finish) gets the outcome `done`: the flow is open
/// again at the next step, which starts once the gate's consent is in force.
fn void(ctx: &Ctx, key: &str, record: &str, reason: Option<&str>, write: WriteOut) -> Result<()> {
    crate::field::check_opt("--reason", crate::field::Field::Text, reason)?;
    if !ctx.interactive && reason.is_none() {
        return super::reason::required(ctx, None).map(|_| ());
    }
    let mut reg = ctx.open()?;
    let (zone, fc, rows) = reg.snapshot(|reg| {
        let case = resolve::open_case(reg, key)?;
        let fc = crate::register::flow_case::load(reg, &case)?;
        Ok((reg.zone()?, fc, reg.consents(case.id)?))
    })?;
    let number = &fc.case.number;
    let wanted = record.trim();
    let target = rows
        .iter()
        .find(|r| {
            wanted.parse::<i64>().is_ok_and(|n| r.record == n) || r.uuid.eq_ignore_ascii_case(wanted)
        })
        .ok_or_else(|| {
            let known: Vec<String> = rows.iter().map(|r| r.record.to_string()).collect();
            Error::Invalid(if known.is_empty() {
                crate::tr!(
                    "case {number} has no consent record: nothing to void",
                    "kasus {number} belum punya catatan persetujuan: tidak ada yang dibatalkan"
                )
            } else {
                crate::tr!(
                    "case {number} has no consent record like that; its records are {} (see `kasus consent list {number}`)",
                    "kasus {number} tidak punya catatan persetujuan itu; catatannya: {} (lihat `kasus consent list {number}`)",
                    known.join(", ")
                )
            })
        })?;
    if let Some(at) = &target.voided_at {
        return Err(Error::Refused(crate::tr!(
            "consent record {} of case {number} is void already (since {}): nothing was changed",
            "catatan persetujuan {} kasus {number} sudah dibatalkan (sejak {}): tidak ada yang diubah",
            target.record,
            clock::from_db(at)
                .map(|t| clock::to_local_short(t, zone))
                .unwrap_or_default()
        )));
    }
    // The flow as it reads once the record is void.
    let events: Vec<_> = rows
        .iter()
        .filter(|r| r.id != target.id)
        .filter_map(|r| r.event())
        .collect();
    let lifted: Vec<&crate::register::steps::AttemptRow> =
        flow::refusals_lifted(&fc.sop, &fc.attempts, &events, fc.case.is_child)
            .into_iter()
            .map(|i| &fc.rows[i])
            .collect();
    let reason = super::reason::required(ctx, reason)?;
    reg.void_consent(
        &fc.case,
        &fc.fingerprint,
        &consents::Void {
            record: target,
            lifted: &lifted,
            reason: &reason,
        },
        &ctx.now_db(),
        &ctx.actor,
    )?;
    if write.json() {
        return super::record::print(
            &reg,
            &crate::register::export::CONSENTS,
            "consent_uuid",
            &target.uuid,
            zone,
            json!({}),
        );
    }
    let mut out = crate::tr!(
        "consent record {} of case {number} voided ({} [{}]): it is kept, marked void, and the flow no longer reads it",
        "catatan persetujuan {} kasus {number} dibatalkan ({} [{}]): catatannya disimpan, ditandai batal, dan alur tidak lagi membacanya",
        target.record,
        consent_kind_words(&target.kind),
        target.scopes.join(", ")
    );
    for a in &lifted {
        out.push('\n');
        out.push_str(&crate::tr!(
            "step {} (attempt {}) had ended the flow as refused: its outcome is now done, and the flow goes on at the next step once consent is in force",
            "langkah {} (percobaan {}) telah menghentikan alur sebagai ditolak: hasilnya kini selesai, dan alur berlanjut ke langkah berikutnya begitu persetujuan berlaku",
            a.step_number,
            a.attempt
        ));
    }
    output::print(&out)
}

fn scopes(input: &[String]) -> Result<Vec<String>> {
    let mut v: Vec<String> = Vec::new();
    for s in input.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let code = resolve::vocab(&vocab::CONSENT_SCOPE, s)?.to_string();
        if !v.contains(&code) {
            v.push(code);
        }
    }
    if v.is_empty() {
        return Err(Error::Usage(
            crate::text::t(
                "give at least one --scope: layanan, berbagi-informasi, dokumentasi",
                "beri paling sedikit satu --scope: layanan, berbagi-informasi, dokumentasi",
            )
            .into(),
        ));
    }
    Ok(v)
}

/// Which event the fields are for: a refusal is asked the same fields as a consent, in its
/// own words, and when it happened (it ends the flow, so its time matters).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Asked {
    Given,
    Refused,
}

/// Asks a person at a terminal for every field not given as a flag; without a terminal, or
/// with a field still empty, a usage error lists the missing flags (nothing is recorded).
/// Returns the resolved relation, method and scopes.
fn complete(
    ctx: &Ctx,
    g: &mut ConsentGive,
    asked: Asked,
) -> Result<(&'static str, &'static str, Vec<String>)> {
    if ctx.interactive {
        let asker = Terminal::new();
        if g.given_by.is_none() {
            let rule = crate::prompt::text_rule(t("The name", "Nama"), crate::field::Field::Name);
            g.given_by = asker.checked(
                match asked {
                    Asked::Given => t(
                        "Consent given by (name)",
                        "Persetujuan diberikan oleh (nama)",
                    ),
                    Asked::Refused => t("Refused by (name)", "Ditolak oleh (nama)"),
                },
                false,
                None,
                &rule,
            )?;
        }
        if g.relation.is_none() {
            g.relation = Some(asker.pick(
                &vocab::CONSENT_RELATION,
                t("Relation to the victim", "Hubungan dengan korban"),
            )?);
        }
        if g.scope.is_empty() {
            let prompt = match asked {
                Asked::Given => t(
                    "Scopes consented to (space to choose)",
                    "Cakupan persetujuan (spasi untuk memilih)",
                ),
                Asked::Refused => t(
                    "Scopes refused (space to choose)",
                    "Cakupan yang ditolak (spasi untuk memilih)",
                ),
            };
            g.scope = asker.pick_many(&vocab::CONSENT_SCOPE, prompt)?;
            // None chosen is asked again, saying why: a consent or refusal of nothing is not one.
            while g.scope.is_empty() {
                g.scope = asker.pick_many(
                    &vocab::CONSENT_SCOPE,
                    t(
                        "Choose at least one scope (space to choose, enter to confirm)",
                        "Pilih setidaknya satu cakupan (spasi untuk memilih, enter untuk konfirmasi)",
                    ),
                )?;
            }
        }
        if g.method.is_none() {
            g.method = Some(asker.pick(&vocab::CONSENT_METHOD, t("Method", "Cara"))?);
        }
        if asked == Asked::Refused && g.at.is_none() {
            // Checked as `--at` is: a form kasus reads, from 2000 up to now.
            let reg = ctx.open()?;
            let zone = reg.zone()?;
            let label = t("The answer", "Jawaban");
            let check = |s: &str| match resolve::time(label, s, zone, ctx.now) {
                Ok(_) => crate::prompt::Checked::Ok(s.to_string()),
                Err(e) => crate::prompt::Checked::Wrong(e.to_string()),
            };
            g.at = asker.checked(
                t(
                    "When was it refused? (e.g. 2026-03-02 09:30, 09:30, kemarin 14:00; empty for now)",
                    "Kapan ditolak? (mis. 2026-03-02 09:30, 09:30, kemarin 14:00; kosongkan untuk sekarang)",
                ),
                true,
                None,
                &check,
            )?;
        }
    }
    let mut missing = Vec::new();
    if g.given_by.as_deref().is_none_or(|s| s.trim().is_empty()) {
        missing.push("--given-by");
    }
    if g.relation.is_none() {
        missing.push("--relation");
    }
    if g.scope.iter().all(|s| s.trim().is_empty()) {
        missing.push("--scope");
    }
    if g.method.is_none() {
        missing.push("--method");
    }
    if !missing.is_empty() {
        let help = match asked {
            Asked::Given => "kasus consent --help",
            Asked::Refused => "kasus consent refuse --help",
        };
        return Err(Error::Usage(crate::tr!(
            "missing required fields: {}. Nothing was recorded. See `{help}`.",
            "kolom wajib belum diisi: {}. Tidak ada yang dicatat. Lihat `{help}`.",
            missing.join(", ")
        )));
    }
    let relation = resolve::vocab(
        &vocab::CONSENT_RELATION,
        g.relation.as_deref().unwrap_or_default(),
    )?;
    let method = resolve::vocab(
        &vocab::CONSENT_METHOD,
        g.method.as_deref().unwrap_or_default(),
    )?;
    Ok((relation, method, scopes(&g.scope)?))
}

/// The case is checked (known, open) before anything is asked or missing flags are listed: a
/// person must not answer four questions, nor a script fill four flags, for a case that cannot
/// take them.
fn check_case(ctx: &Ctx, case_key: &str) -> Result<()> {
    let reg = ctx.open()?;
    resolve::open_case(&reg, case_key).map(|_| ())
}

fn give(ctx: &Ctx, mut g: ConsentGive, write: WriteOut) -> Result<()> {
    let case_key = g.case.clone().unwrap_or_default();
    check_case(ctx, &case_key)?;
    let (relation, method, scopes) = complete(ctx, &mut g, Asked::Given)?;
    record(
        ctx,
        &case_key,
        "given",
        g.given_by.as_deref().map(str::trim),
        Some(relation),
        &scopes,
        Some(method),
        g.form_ref.as_deref(),
        g.at.as_deref(),
        (&g.recipients, g.until.as_deref()),
        write,
    )
    .map(|_| ())
}

/// `kasus consent refuse`: the same fields as a consent; the SOP's flow ends at the case's
/// consent step (the gate), whose own words the hint quotes.
fn refuse(ctx: &Ctx, mut g: ConsentGive, write: WriteOut) -> Result<()> {
    let case_key = g.case.clone().unwrap_or_default();
    check_case(ctx, &case_key)?;
    let (relation, method, scopes) = complete(ctx, &mut g, Asked::Refused)?;
    let (reg, case) = record(
        ctx,
        &case_key,
        "refused",
        g.given_by.as_deref().map(str::trim),
        Some(relation),
        &scopes,
        Some(method),
        None,
        g.at.as_deref(),
        (&[], None),
        write,
    )?;
    let sop = reg.sop_by_id(case.sop_version_id)?.sop()?;
    let running = reg
        .step_attempts(case.id)?
        .iter()
        .find(|a| a.status == "running")
        .map(|a| a.step_number);
    let hint = refusal_hint(&sop, &case.number, &scopes, running);
    if write.json() {
        // Standard output holds the record alone.
        crate::say!("{hint}");
        return Ok(());
    }
    output::print(&hint)
}

/// What a refusal means for the case's flow: it ends at the first consent step of the case's
/// SOP that asks for a refused scope, quoted in that SOP's own words. A step still `running`
/// is named first: the case cannot close while it runs (the gate itself, finished, is recorded
/// as refused).
fn refusal_hint(sop: &Sop, case: &str, scopes: &[String], running: Option<u32>) -> String {
    let gate = sop
        .steps
        .iter()
        .find(|s| s.gate_scopes().any(|c| scopes.contains(c)));
    // A gate that asks for consent as it finishes is recorded as refused when finished; a step
    // that needs consent before it starts (Babel's step 3) began with it in force and finishes
    // as done.
    let at_finish = |g: &Step| g.consent.iter().any(|c| scopes.contains(c));
    match (gate, running) {
        (Some(gate), Some(r)) if r == gate.number && at_finish(gate) => crate::tr!(
            "Step {} of case {case} (\"{}\") is still running: finish it (`kasus step finish {case}`) and it is recorded as refused; the SOP's flow ends there. If consent is given later, the flow goes on; otherwise close the case with `kasus case close {case} --reason ...`.",
            "Langkah {} kasus {case} (\"{}\") masih berjalan: selesaikan (`kasus step finish {case}`) dan langkah itu tercatat ditolak; alur SOP berhenti di sana. Bila persetujuan diberikan kemudian, alur berlanjut; bila tidak, tutup kasus dengan `kasus case close {case} --reason ...`.",
            gate.number,
            gate.consent_quote()
        ),
        (Some(gate), Some(r)) => crate::tr!(
            "The SOP's flow ends at step {} for case {case} (\"{}\"). If consent is given later, the flow goes on; otherwise finish step {} that is still running (`kasus step finish {case}`), then close the case with `kasus case close {case} --reason ...`.",
            "Alur SOP berhenti pada langkah {} untuk kasus {case} (\"{}\"). Bila persetujuan diberikan kemudian, alur berlanjut; bila tidak, selesaikan langkah {} yang masih berjalan (`kasus step finish {case}`), lalu tutup kasus dengan `kasus case close {case} --reason ...`.",
            gate.number,
            gate.consent_quote(),
            r
        ),
        (Some(gate), None) => crate::tr!(
            "The SOP's flow ends at step {} for case {case} (\"{}\"). If consent is given later, the flow goes on; otherwise close the case with `kasus case close {case} --reason ...`.",
            "Alur SOP berhenti pada langkah {} untuk kasus {case} (\"{}\"). Bila persetujuan diberikan kemudian, alur berlanjut; bila tidak, tutup kasus dengan `kasus case close {case} --reason ...`.",
            gate.number,
            gate.consent_quote()
        ),
        (None, _) => crate::tr!(
            "SOP {} asks for no consent to {} at any step: the refusal is recorded, and the flow of case {case} goes on.",
            "SOP {} tidak meminta persetujuan {} pada langkah mana pun: penolakan dicatat, dan alur kasus {case} tetap berjalan.",
            sop.code,
            scopes.join(", ")
        ),
    }
}

#[allow(clippy::too_many_arguments)]
fn record(
    ctx: &Ctx,
    case_key: &str,
    kind: &str,
    given_by: Option<&str>,
    relation: Option<&str>,
    scopes: &[String],
    method: Option<&str>,
    form_ref: Option<&str>,
    at: Option<&str>,
    limits: (&[String], Option<&str>),
    write: WriteOut,
) -> Result<(Register, CaseRow)> {
    use crate::field::{check_opt, Field};
    check_opt("--given-by", Field::Name, given_by)?;
    check_opt("--form-ref", Field::Short, form_ref)?;
    let recipients = limits
        .0
        .iter()
        .filter(|r| !r.trim().is_empty())
        .map(|r| resolve::vocab(&vocab::AGENCY_KIND, r).map(str::to_string))
        .collect::<Result<Vec<_>>>()?;
    let until = limits.1.map(|d| resolve::date("--until", d)).transpose()?;
    if (!recipients.is_empty() || until.is_some())
        && !scopes.iter().any(|s| s == crate::referral::SHARE_SCOPE)
    {
        return Err(Error::Usage(
            t(
                "--recipients and --until limit consent to share: give them with --scope berbagi-informasi",
                "--recipients dan --until membatasi persetujuan berbagi informasi: beri bersama --scope berbagi-informasi",
            )
            .into(),
        ));
    }
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let case = resolve::open_case(&reg, case_key)?;
    let at = resolve::opt_time("--at", at, zone, ctx.now)?;
    if clock::from_db(&case.reported_at).is_some_and(|r| at < r) {
        return Err(Error::Invalid(crate::text::at_before_reported(
            &case.number,
        )));
    }
    if kind != "given" {
        // A withdrawal or refusal cannot be slipped in under steps already recorded: the flow
        // judged those steps by the consent in force then.
        let last_step = crate::register::steps::last_recorded(&reg.step_attempts(case.id)?);
        if let Some(last) = last_step.filter(|l| at < *l) {
            return Err(Error::Refused(crate::tr!(
                "--at is before the last step recorded for case {} ({}): a withdrawal or refusal cannot be dated under steps already done",
                "--at sebelum langkah terakhir yang tercatat untuk kasus {} ({}): pencabutan atau penolakan tidak bisa ditanggali di bawah langkah yang sudah dilakukan",
                case.number,
                clock::to_local_short(last, zone)
            )));
        }
    }
    if kind == "withdrawn" {
        // Judged as of --at: withdrawing what was only given later withdraws nothing.
        let events: Vec<_> = reg
            .consents(case.id)?
            .iter()
            .filter_map(|r| r.event())
            .filter(|e| e.at <= at)
            .collect();
        for scope in scopes {
            let state = flow::consent_state(&events, scope, case.is_child);
            if !matches!(state, ConsentState::InForce | ConsentState::ChildOnly) {
                return Err(Error::Refused(crate::tr!(
                    "consent for '{scope}' on case {} is {}: there is nothing to withdraw",
                    "persetujuan '{scope}' pada kasus {} berstatus {}: tidak ada yang bisa dicabut",
                    case.number,
                    crate::text::consent_state(state)
                )));
            }
        }
    }
    if until.is_some_and(|u| u < clock::local_date(at, zone)) {
        return Err(Error::Invalid(
            t(
                "--until is before the day of the consent: give its last day, on or after --at",
                "--until sebelum hari persetujuan: beri hari terakhirnya, pada atau sesudah --at",
            )
            .into(),
        ));
    }
    let until_text = until.map(|d| d.format("%Y-%m-%d").to_string());
    let now = ctx.now_db();
    let at_db = clock::to_db(at);
    let c = consents::NewConsent {
        recipients: &recipients,
        until_date: until_text.as_deref(),
        kind,
        given_by,
        relation,
        scopes,
        method,
        form_ref,
        at: &at_db,
    };
    reg.record_consent(&case, &c, &now, &ctx.actor)?;
    let word = match kind {
        "given" => t("consent recorded", "persetujuan dicatat"),
        "refused" => t("refusal recorded", "penolakan dicatat"),
        _ => t("withdrawal recorded", "pencabutan dicatat"),
    };
    if write.json() {
        // The event just recorded: the case's latest, as `export consents` writes it.
        super::record::print(
            &reg,
            &crate::register::export::CONSENTS,
            "case_uuid",
            &case.uuid,
            zone,
            json!({}),
        )?;
    } else {
        output::print(&format!("{word}: {} [{}]", case.number, scopes.join(", ")))?;
    }
    if kind == "given" && case.is_child && relation == Some("self") {
        crate::say!(
            "{}",
            t(
                "note: the victim is a child: a parent's or guardian's consent is needed as well (--relation parent|guardian)",
                "catatan: korban adalah anak: persetujuan orang tua atau wali juga diperlukan (--relation parent|guardian)"
            )
        );
    }
    Ok((reg, case))
}

fn list(ctx: &Ctx, key: &str, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let case = resolve::case(&reg, key)?;
    let rows = reg.consents(case.id)?;
    let events: Vec<_> = rows.iter().filter_map(|r| r.event()).collect();
    let states: Vec<(String, &str)> = vocab::CONSENT_SCOPE
        .codes()
        .into_iter()
        .map(|s| {
            (
                s.to_string(),
                crate::text::consent_state(flow::consent_state(&events, s, case.is_child)),
            )
        })
        .collect();
    let local = |s: &str| {
        clock::from_db(s)
            .map(|t| clock::to_rfc3339_local(t, zone))
            .unwrap_or_default()
    };
    // JSON: the case, its events and the state per scope; CSV and NDJSON: the events.
    let mut sheet = Sheet::list(
        "consents",
        vec![
            col("uuid", "uuid", Kind::Text),
            col("kind", "kind", Kind::Text),
            col("given_by", "given_by", Kind::Text),
            col("relation", "relation", Kind::Text),
            col("scopes", "scopes", Kind::Text),
            col("method", "method", Kind::Text),
            col("form_ref", "form_ref", Kind::Text),
            col("at", "at", Kind::Time),
            col("recorded_by", "recorded_by", Kind::Text),
            col("record", "record", Kind::Int),
            col("voided_at", "voided_at", Kind::Time),
            col("recipients", "recipients", Kind::Text),
            col("until", "until", Kind::Text),
        ],
    );
    for r in &rows {
        sheet.rows.push(vec![
            json!(r.uuid),
            json!(r.kind),
            json!(r.given_by),
            json!(r.relation),
            json!(r.scopes),
            json!(r.method),
            json!(r.form_ref),
            json!(local(&r.at)),
            json!(r.recorded_by),
            json!(r.record),
            json!(r.voided_at.as_deref().map(local)),
            json!(r.recipients),
            json!(r.until_date),
        ]);
    }
    if !sink.is_table() {
        sheet.document = Some(json!({
            "case": case.number,
            "events": sheet.objects(),
            "state": states.iter().map(|(s, v)| (s.clone(), json!(v))).collect::<serde_json::Map<_, _>>(),
        }));
        return sink.sheet(&sheet, zone);
    }
    let mut table = output::table(&[
        t("Record", "Catatan"),
        t("When", "Waktu"),
        t("Event", "Peristiwa"),
        t("By", "Oleh"),
        t("Relation", "Hubungan"),
        t("Scopes", "Cakupan"),
        t("Method", "Cara"),
        t("Void", "Batal"),
    ])
    // Who gave it and the scopes wrap at a narrow terminal, the record and times never do.
    .prose(&[3, 5]);
    for r in &rows {
        table.add_row(vec![
            r.record.to_string(),
            clock::from_db(&r.at)
                .map(|t| clock::to_local_short(t, zone))
                .unwrap_or_default(),
            consent_kind_words(&r.kind).to_string(),
            r.given_by.clone().unwrap_or_default(),
            r.relation
                .as_deref()
                .map(|c| vocab::CONSENT_RELATION.label(c).to_string())
                .unwrap_or_default(),
            crate::text::consent_scopes(r, |s| s),
            r.method
                .as_deref()
                .map(|c| vocab::CONSENT_METHOD.label(c).to_string())
                .unwrap_or_default(),
            r.voided_at
                .as_deref()
                .and_then(clock::from_db)
                .map(|t| format!("{} {}", t_void(), clock::to_local_short(t, zone)))
                .unwrap_or_default(),
        ]);
    }
    let states = states
        .iter()
        .map(|(s, v)| format!("{s}: {}", crate::text::consent_state_words(v)))
        .collect::<Vec<_>>()
        .join("\n");
    sink.text(&format!("{}\n{states}", table.render(sink.width())))
}

/// The word before a void record's time.
fn t_void() -> &'static str {
    t("void since", "batal sejak")
}

/// A consent event's kind as people read it (the table; CSV and JSON keep the code).
fn consent_kind_words(kind: &str) -> &str {
    match kind {
        "given" => t("given", "diberikan"),
        "refused" => t("refused", "ditolak"),
        "withdrawn" => t("withdrawn", "ditarik"),
        other => other,
    }
}

/// True for `consent list`, which only reads: it needs an existing register.
pub fn reads_only(args: &ConsentArgs) -> bool {
    matches!(args.action, Some(ConsentAction::List { .. }))
}
