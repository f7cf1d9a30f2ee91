//! `kasus case show`: a case with its people, consents, assignments, services and step
//! timeline, as a table, JSON or its step rows.

use crate::cli::Emit;
use crate::clock::{self, Zone};
use crate::commands::{resolve, Ctx};
use crate::error::Result;
use crate::flow;
use crate::output;
use crate::register::corrections::CorrectionRow;
use crate::register::flow_case::{self, FlowCase};
use crate::register::{assignments, cases, consents, sops, Register};
use crate::report::{col, Kind, Sheet};
use crate::sop::Sop;
use crate::steptime::{self, TimelineRow};
use crate::text::{self, t};
use crate::timing::Verdict;
use crate::vocab;
use serde_json::json;

use super::corrected;
use super::{local, short};

/// Everything `case show` prints, read in one snapshot of the register.
struct Shown {
    c: cases::CaseRow,
    sop_v: sops::SopVersion,
    sop: Sop,
    persons: Vec<cases::PersonRow>,
    violence: Vec<String>,
    consent_rows: Vec<consents::ConsentRow>,
    events: Vec<flow::ConsentEvent>,
    assigns: Vec<assignments::AssignmentRow>,
    services: Vec<cases::ServiceRow>,
    referrals: Vec<crate::register::referrals::ReferralRow>,
    corrections: Vec<CorrectionRow>,
    tl: Vec<TimelineRow>,
    attempts: Vec<flow::Attempt>,
    pos: flow::Position,
    /// The steps that can start now (none once the flow has ended).
    next: Vec<u32>,
}

impl Shown {
    /// The state of each consent scope, as words.
    fn consent_states(&self) -> Vec<(&'static str, &'static str)> {
        vocab::CONSENT_SCOPE
            .codes()
            .into_iter()
            .map(|s| {
                let state = flow::consent_state(&self.events, s, self.c.is_child);
                (s, text::consent_state(state))
            })
            .collect()
    }
}

fn load(reg: &Register, key: &str, now: clock::Instant) -> Result<Shown> {
    let c = resolve::case(reg, key)?;
    let fc = flow_case::load_to_show(reg, &c)?;
    // Every attempt is shown, the voided ones marked; the flow reads the others alone.
    let rows = fc.all_rows();
    let FlowCase {
        version: sop_v,
        sop,
        attempts,
        consents: events,
        ..
    } = fc;
    let persons = reg.case_persons(c.id)?;
    let violence = reg.case_violence(c.id)?;
    let consent_rows = reg.consents(c.id)?;
    let assigns = reg.assignment_history(c.id)?;
    let services = reg.case_services(c.id)?;
    // Referrals, corrections and pauses are read only when one probe says the case has some:
    // most cases have none, and their queries cost more to prepare than to run.
    let has = reg.case_sections(c.id)?;
    let referrals = if has.referrals {
        reg.referrals(&crate::register::referrals::ReferralFilter {
            case_id: Some(c.id),
            directions: crate::register::referrals::Directions::Both,
            ..Default::default()
        })?
    } else {
        Vec::new()
    };
    let corrections = if has.corrections {
        reg.corrections(c.id)?
    } else {
        Vec::new()
    };
    let pauses = if has.pauses {
        reg.step_pauses(c.id)?
    } else {
        Vec::new()
    };
    // The case's flow: its attempts judged, where it stands, what can start next.
    let tl = steptime::timeline(rows, &sop, &reg.clocks()?, &pauses, now);
    let pos = flow::position(&sop, &attempts);
    let ended = flow::ended_by_refusal(&sop, &attempts, &events, c.is_child).is_some()
        || c.status == "closed";
    let next: Vec<u32> = if ended {
        Vec::new()
    } else {
        pos.startable(&sop)
            .iter()
            .map(|&i| sop.steps[i].number)
            .collect()
    };
    Ok(Shown {
        c,
        sop_v,
        sop,
        persons,
        violence,
        consent_rows,
        events,
        assigns,
        services,
        referrals,
        corrections,
        tl,
        attempts,
        pos,
        next,
    })
}

pub(super) fn show(ctx: &Ctx, key: &str, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    reg.few_pages()?;
    // One read transaction for the queries: one snapshot of the case, and the WAL's read lock
    // taken once instead of once per query.
    let (zone, s) = reg.snapshot(|reg| Ok((reg.zone()?, load(reg, key, ctx.now)?)))?;
    if sink.is_table() {
        // The lines of prose wrap between words at the terminal's width; the tables fit it.
        let fit = |text: String| output::fit_lines(&text, sink.width());
        let mut parts = vec![
            fit(show_head(&s, zone)),
            show_steps(&s, zone),
            fit(show_next(&s, zone)),
        ];
        parts.extend(show_referrals(&s, zone).map(fit));
        parts.extend(corrected::consents_table(&s.consent_rows, zone));
        parts.extend(corrected::corrections_table(
            &s.corrections,
            &s.tl,
            &s.consent_rows,
            zone,
        ));
        return sink.text(&parts.join("\n"));
    }
    // JSON: the whole case (the README's contract); CSV and NDJSON: its step attempts, one row
    // each, with the case number.
    let doc = show_json(&s, zone);
    let mut sheet = Sheet::list(
        "case-steps",
        SHOW_STEP_KEYS
            .iter()
            .map(|k| col(k, k, Kind::Text))
            .collect(),
    );
    // JSON without --columns prints the document alone: the rows are made for the others.
    let rows = if sink.prints_document() {
        None
    } else {
        doc["steps"].as_array()
    };
    for step in rows.into_iter().flatten() {
        sheet.rows.push(
            SHOW_STEP_KEYS
                .iter()
                .map(|k| match *k {
                    "case_number" => json!(s.c.number),
                    k => step[k].clone(),
                })
                .collect(),
        );
    }
    sheet.document = Some(doc);
    sink.sheet(&sheet, zone)
}

/// The columns of `case show --format csv|ndjson`: a step attempt as in its JSON, with the case.
const SHOW_STEP_KEYS: &[&str] = &[
    "case_number",
    "number",
    "attempt",
    "status",
    "outcome",
    "started_at",
    "finished_at",
    "elapsed_secs",
    "wall_secs",
    "paused_secs",
    "clock",
    "calendar_version",
    "paused",
    "standard_min_secs",
    "standard_max_secs",
    "verdict",
    "over_secs",
    "performer",
    "output",
    "reason",
    "pauses",
    "corrected",
];

/// The JSON of `case show --format json` (documented in the README).
fn show_json(s: &Shown, zone: Zone) -> serde_json::Value {
    let c = &s.c;
    json!({
        "number": c.number,
        "uuid": c.uuid,
        "office": c.office,
        "status": c.status,
        "sop": {"code": s.sop_v.code, "version": s.sop_v.version},
        "reported_at": local(Some(&c.reported_at), zone),
        "channel": c.channel,
        "place": c.place,
        "incident_date": c.incident_date,
        "chronology": c.chronology,
        "urgency": c.urgency,
        "risk": c.risk,
        "is_child": c.is_child,
        "violence": s.violence,
        "external_ref": c.external_ref,
        "closed_at": local(c.closed_at.as_deref(), zone),
        "close_reason": c.close_reason,
        "persons": s.persons,
        "consents": corrected::consents_json(&s.consent_rows, zone),
        "consent_state": s.consent_states().into_iter()
            .map(|(scope, word)| (scope.to_string(), json!(word)))
            .collect::<serde_json::Map<_, _>>(),
        "assignments": s.assigns.iter().map(|a| json!({
            "staff": a.staff, "role": a.role, "from": local(Some(&a.from_at), zone), "until": local(a.until_at.as_deref(), zone),
        })).collect::<Vec<_>>(),
        "services": s.services.iter().map(|v| json!({
            "type": v.kind, "provider": v.provider, "given_at": local(Some(&v.given_at), zone), "note": v.note,
        })).collect::<Vec<_>>(),
        "referrals": s.referrals.iter().map(|r| json!({
            "id": r.id, "uuid": r.uuid, "direction": r.direction, "agency": r.agency,
            "agency_kind": r.agency_kind, "service": r.service, "handover": r.handover,
            "share": r.share, "status": r.status, "sent_at": local(Some(&r.sent_at), zone),
            "step": r.step_number, "consent_override": r.override_reason.is_some(),
        })).collect::<Vec<_>>(),
        "steps": s.tl.iter().map(|r| step_json(r, &s.corrections, zone)).collect::<Vec<_>>(),
        "next_steps": s.next,
        "corrections": corrected::corrections_json(&s.corrections, &s.tl, &s.consent_rows, zone),
    })
}

/// One attempt in `case show --json`: the record, then its time (the figures on its clock and
/// the calendar version they were measured by).
fn step_json(r: &TimelineRow, corrections: &[CorrectionRow], zone: Zone) -> serde_json::Value {
    let m = &r.measured;
    let mut v = json!({
        "number": r.row.step_number,
        "attempt": r.row.attempt,
        "status": r.row.status,
        "outcome": r.row.outcome,
        "started_at": local(r.row.started_at.as_deref(), zone),
        "finished_at": local(r.row.finished_at.as_deref(), zone),
        "elapsed_secs": r.elapsed,
        "standard_min_secs": m.standard.0,
        "standard_max_secs": m.standard.1,
        "verdict": r.verdict.code(),
        "over_secs": r.verdict.over_secs(),
        "performer": r.row.performer,
        "output": r.row.output,
        "reason": r.row.reason,
    });
    if let Some(o) = v.as_object_mut() {
        o.insert("wall_secs".into(), json!(m.figures.map(|f| f.wall_secs)));
        o.insert(
            "paused_secs".into(),
            json!(m.figures.map(|f| f.paused_secs)),
        );
        o.insert("clock".into(), json!(m.clock));
        o.insert("calendar_version".into(), json!(m.calendar_version));
        o.insert("paused".into(), json!(m.paused));
        o.insert(
            "corrected".into(),
            json!(corrected::of_attempt(corrections, r.row.id)),
        );
        let pauses = r.pauses.iter().map(|p| {
            json!({
                "reason": p.reason,
                "note": p.note,
                "paused_at": local(Some(&p.paused_at), zone),
                "resumed_at": local(p.resumed_at.as_deref(), zone),
            })
        });
        o.insert("pauses".into(), pauses.collect());
    }
    v
}

/// The head of `case show`'s table: the case, its victim, who holds it, its consent.
fn show_head(s: &Shown, zone: Zone) -> String {
    let c = &s.c;
    let victim = s.persons.iter().find(|p| p.role == "victim");
    let mut head = format!(
        "{} {} [{}] — SOP {} v{} ({})\n{}: {} {}  {}: {}  {}: {}{}\n{}: {}",
        t("Case", "Kasus"),
        c.number,
        text::case_status_words(&c.status),
        s.sop_v.code,
        s.sop_v.version,
        s.sop.name,
        t("Reported", "Dilaporkan"),
        short(Some(&c.reported_at), zone),
        zone.name(),
        t("Channel", "Saluran"),
        vocab::CHANNEL.label(&c.channel),
        t("Urgency", "Urgensi"),
        c.urgency,
        c.risk
            .as_ref()
            .map(|r| format!("  {}: {r}", t("Risk", "Risiko")))
            .unwrap_or_default(),
        t("Violence", "Jenis kekerasan"),
        s.violence.join(", "),
    );
    if let Some(v) = victim {
        head.push_str(&format!(
            "\n{}: {} ({}{}){}",
            t("Victim", "Korban"),
            v.person.name.clone().unwrap_or_default(),
            v.person.sex.clone().unwrap_or_default(),
            v.person
                .age
                .map(|a| format!(", {a} {}", t("years", "tahun")))
                .unwrap_or_default(),
            if c.is_child {
                format!(" — {}", t("child", "anak"))
            } else {
                String::new()
            }
        ));
    }
    if let Some(p) = s.persons.iter().find(|p| p.role == "complainant") {
        let p = &p.person;
        let about: Vec<String> = [
            // Free text (`ibu`), or a code of the list.
            p.relation
                .as_deref()
                .map(|r| vocab::RELATION.label_or(r).to_string()),
            p.phone.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        head.push_str(&format!(
            "\n{}: {}{}",
            t("Complainant", "Pelapor"),
            p.name.as_deref().unwrap_or("-"),
            if about.is_empty() {
                String::new()
            } else {
                format!(" ({})", about.join(", "))
            }
        ));
    }
    // Numbered as `case edit --perpetrator N` selects them.
    let perpetrators = s.persons.iter().filter(|p| p.role == "perpetrator");
    for (n, p) in perpetrators.enumerate() {
        let p = &p.person;
        let about: Vec<String> = [
            p.sex.clone(),
            p.age.map(|a| format!("{a} {}", t("years", "tahun"))),
            p.relation
                .as_deref()
                .map(|r| vocab::RELATION.label(r).to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        head.push_str(&format!(
            "\n{} {}: {}{}",
            t("Perpetrator", "Pelaku"),
            n + 1,
            p.name.as_deref().unwrap_or("-"),
            if about.is_empty() {
                String::new()
            } else {
                format!(" ({})", about.join(", "))
            }
        ));
    }
    for a in s.assigns.iter().filter(|a| a.until_at.is_none()) {
        head.push_str(&format!(
            "\n{}: {}{}",
            t("Assigned", "Ditugaskan"),
            a.staff,
            a.role
                .as_ref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        ));
    }
    let consent_line = s
        .consent_states()
        .iter()
        .map(|(scope, code)| format!("{scope}: {}", text::consent_state_words(code)))
        .collect::<Vec<_>>()
        .join(", ");
    head.push_str(&format!(
        "\n{}: {consent_line}",
        t("Consent", "Persetujuan")
    ));
    for v in &s.services {
        head.push_str(&format!(
            "\n{}: {}{} {}",
            t("Service", "Layanan"),
            vocab::SERVICE.label(&v.kind),
            v.provider
                .as_ref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default(),
            short(Some(&v.given_at), zone),
        ));
    }
    // A closed case's time and reason close the page (`show_next`).
    head
}

/// The table of step attempts, each judged against its standard time.
fn show_steps(s: &Shown, zone: Zone) -> String {
    let mut table = output::table(&[
        t("Step", "Langkah"),
        t("Attempt", "Ke-"),
        t("Started", "Mulai"),
        t("Finished", "Selesai"),
        t("Elapsed vs standard", "Durasi vs standar"),
        t("Performer", "Pelaksana"),
    ]);
    for r in &s.tl {
        let judged = match (r.verdict, r.elapsed) {
            (Verdict::Skipped, _) => format!(
                "{}: {}",
                t("skipped", "dilewati"),
                r.row.reason.clone().unwrap_or_default()
            ),
            // What the record said, kept beside its void mark.
            (Verdict::Void, _) => {
                let was = match (r.row.outcome.as_deref(), r.row.reason.as_deref()) {
                    (Some("skipped"), Some(why)) => {
                        format!("{}: {why}", t("skipped", "dilewati"))
                    }
                    (Some(o), _) => crate::text::code_words(o).to_string(),
                    (None, _) => t("running", "berjalan").to_string(),
                };
                crate::tr!(
                    "void ({was}): recorded by mistake, see Corrections",
                    "batal ({was}): salah catat, lihat Koreksi"
                )
            }
            (v, Some(e)) => {
                let (min, max) = r.measured.standard;
                // A running step already past its standard says so, as `kasus` alone does.
                let v = match (v, max) {
                    (Verdict::Running, Some(m)) if r.measured.over => Verdict::Over(e - m),
                    _ => v,
                };
                let mut line = text::verdict_line(e, min, max, v);
                if r.measured.paused {
                    line.push_str(t(" (paused)", " (dijeda)"));
                } else if r.row.status == "running" && !r.measured.clock_running {
                    line.push_str(t(
                        " (office closed: clock stopped)",
                        " (kantor tutup: jam berhenti)",
                    ));
                }
                // What a gate or a decision ended with, beside its time.
                match r.row.outcome.as_deref() {
                    Some("refused") => line.push_str(t(
                        " [consent refused: the flow ends]",
                        " [persetujuan ditolak: alur berhenti]",
                    )),
                    Some("approved") => line.push_str(t(" [approved]", " [disetujui]")),
                    Some("returned") => line.push_str(t(" [returned]", " [dikembalikan]")),
                    _ => {}
                }
                if corrected::of_attempt(&s.corrections, r.row.id) > 0 {
                    line.push_str(t(" [corrected]", " [dikoreksi]"));
                }
                // The referrals sent while the step ran (its document sends them).
                for f in s
                    .referrals
                    .iter()
                    .filter(|f| f.attempt_id == Some(r.row.id))
                {
                    line.push_str(&crate::tr!(
                        " [referral {} -> {}: {}]",
                        " [rujukan {} -> {}: {}]",
                        f.id,
                        f.agency,
                        f.status
                    ));
                }
                line
            }
            _ => String::new(),
        };
        table.add_row(vec![
            r.row.step_number.to_string(),
            r.row.attempt.to_string(),
            short(r.row.started_at.as_deref(), zone),
            short(r.row.finished_at.as_deref(), zone),
            judged,
            r.row.performer.clone().unwrap_or_default(),
        ]);
    }
    table.to_string()
}

/// The case's referrals, sent and received, one line each (none: nothing printed).
fn show_referrals(s: &Shown, zone: Zone) -> Option<String> {
    if s.referrals.is_empty() {
        return None;
    }
    let mut out = vec![t("Referrals:", "Rujukan:").to_string()];
    for r in &s.referrals {
        let arrow = if r.direction == "in" { "<-" } else { "->" };
        let mut line = format!(
            "  {} {arrow} {} ({}), {}, {}: {}",
            r.id,
            r.agency,
            r.agency_kind,
            r.service,
            short(Some(&r.sent_at), zone),
            text::referral_status_words(&r.status)
        );
        if r.handover {
            line.push_str(t(" [handover]", " [pelimpahan]"));
        }
        if let Some(n) = r.step_number {
            line.push_str(&crate::tr!(" [step {n}]", " [langkah {n}]"));
        }
        if r.override_reason.is_some() {
            line.push_str(t(" [consent overridden]", " [persetujuan diabaikan]"));
        }
        out.push(line);
    }
    Some(out.join("\n"))
}

/// Where the case's flow stands: closed, ended by a refusal, running, done, or what is next.
fn show_next(s: &Shown, zone: Zone) -> String {
    let c = &s.c;
    if c.status == "closed" {
        // When and why: "The case is closed 2026-11-10 12:00 WIB: pelimpahan: LBH Contoh."
        let when = c
            .closed_at
            .as_deref()
            .map(|at| format!(" {} {}", short(Some(at), zone), zone.name()))
            .unwrap_or_default();
        let why = c
            .close_reason
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        crate::tr!(
            "The case is closed{when}{why}.",
            "Kasus ditutup{when}{why}."
        )
    } else if let Some(gate) = flow::ended_by_refusal(&s.sop, &s.attempts, &s.events, c.is_child) {
        text::refusal(&flow::refused_at(gate), &c.number)
    } else if let Some(i) = s.pos.running {
        format!(
            "{} {}",
            t("Running: step", "Berjalan: langkah"),
            s.attempts[i].step_number
        )
    } else if s.next.is_empty() {
        t("All steps done.", "Semua langkah selesai.").to_string()
    } else {
        format!(
            "{}: {}",
            t("Next step", "Langkah berikutnya"),
            s.next
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(" / ")
        )
    }
}
