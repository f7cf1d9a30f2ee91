//! `kasus case`: list, show, edit, close, reopen, and services given.

use super::{
    resolve::{self, open_case},
    Ctx,
};
use crate::cli::{CaseCommand, CaseEditArgs, CaseListFilter, CaseStatus, Emit, WriteOut};
use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::flow;
use crate::output;
use crate::register::flow_case::{self, FlowCase};
use crate::register::{assignments, cases, consents, sops, Register};
use crate::report::{col, Kind, Sheet};
use crate::sop::Sop;
use crate::steptime::{self, TimelineRow};
use crate::text::{self, t};
use crate::timing::Verdict;
use crate::vocab;
use serde_json::json;

/// True for the forms that only read (list, show): they need an existing register.
pub fn reads_only(cmd: &CaseCommand) -> bool {
    matches!(cmd, CaseCommand::List { .. } | CaseCommand::Show { .. })
}

pub fn run(ctx: &Ctx, cmd: CaseCommand) -> Result<()> {
    match cmd {
        CaseCommand::List { filter, emit } => list(ctx, &filter, &emit),
        CaseCommand::Show { case, emit } => show(ctx, &case, &emit),
        CaseCommand::Edit(a) => edit(ctx, *a),
        CaseCommand::Close {
            case,
            reason,
            at,
            write,
        } => close(ctx, &case, reason.as_deref(), at.as_deref(), write),
        CaseCommand::Reopen {
            case,
            reason,
            write,
        } => reopen(ctx, &case, reason.as_deref(), write),
        CaseCommand::Service {
            case,
            kind,
            provider,
            at,
            note,
            write,
        } => service(
            ctx,
            &case,
            &kind,
            provider.as_deref(),
            at.as_deref(),
            note.as_deref(),
            write,
        ),
    }
}

/// `kasus case close`: refused while a step runs, or at a time before the last step recorded.
/// The case `c` as `export cases` writes it, with `extra` keys: a write's `--format json`.
fn case_json(reg: &Register, c: &cases::CaseRow, extra: serde_json::Value) -> Result<()> {
    super::record::print(
        reg,
        &crate::register::export::CASES,
        "case_uuid",
        &c.uuid,
        reg.zone()?,
        extra,
    )
}

fn close(
    ctx: &Ctx,
    key: &str,
    reason: Option<&str>,
    at: Option<&str>,
    write: WriteOut,
) -> Result<()> {
    crate::field::check_opt("--reason", Field::Text, reason)?;
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let c = resolve::case(&reg, key)?;
    if c.status == "closed" {
        return Err(Error::Refused(text::already_closed(&c.number)));
    }
    let at_t = resolve::opt_time("--at", at, zone, ctx.now)?;
    if clock::from_db(&c.reported_at).is_some_and(|r| at_t < r) {
        return Err(Error::Invalid(text::at_before_reported(&c.number)));
    }
    let attempts = reg.step_attempts(c.id)?;
    if let Some(r) = attempts.iter().find(|r| r.status == "running") {
        return Err(Error::Refused(crate::tr!(
            "step {} of case {} is still running: finish it first (`kasus step finish {}`), then close the case",
            "langkah {} kasus {} masih berjalan: selesaikan dulu (`kasus step finish {}`), lalu tutup kasusnya",
            r.step_number,
            c.number,
            c.number
        )));
    }
    let last = attempts
        .iter()
        .flat_map(|r| [r.started_at.as_deref(), r.finished_at.as_deref()])
        .flatten()
        .filter_map(clock::from_db)
        .max();
    if last.is_some_and(|l| at_t < l) {
        return Err(Error::Invalid(crate::tr!(
            "--at is before the last step recorded for case {}",
            "--at sebelum langkah terakhir yang tercatat untuk kasus {}",
            c.number
        )));
    }
    // At a terminal: the reason asked when not given, and the closing confirmed.
    let asked: Option<String>;
    let reason = if ctx.interactive {
        match ask_close(&c.number, reason)? {
            Some(r) => {
                asked = r;
                asked.as_deref()
            }
            None => {
                eprintln!("{}", kept_open(&c.number));
                return Ok(());
            }
        }
    } else {
        reason
    };
    let at = clock::to_db(at_t);
    reg.close_case(&c, &at, reason, &ctx.now_db(), &ctx.actor)?;
    if write.json() {
        return case_json(&reg, &c, json!({}));
    }
    output::print(&format!(
        "{} {}",
        t("closed case", "kasus ditutup"),
        c.number
    ))
}

/// At a terminal, before a case is closed: the reason (when `--reason` was not given, checked
/// as the flag is; empty for none), then "Close case N?". `None` when the person says no.
fn ask_close(number: &str, given: Option<&str>) -> Result<Option<Option<String>>> {
    use crate::prompt::{text_rule, Asker, Terminal};
    let asker = Terminal::new();
    let reason = match given {
        Some(r) => Some(r.to_string()),
        None => asker.checked(
            t(
                "Reason for closing (e.g. selesai, dirujuk; empty for none)",
                "Alasan penutupan (mis. selesai, dirujuk; kosongkan bila tidak ada)",
            ),
            true,
            None,
            &text_rule(t("The reason", "Alasan"), Field::Text),
        )?,
    };
    let q = crate::tr!(
        "Close case {number}? It takes no more steps until it is reopened.",
        "Tutup kasus {number}? Kasus tidak menerima langkah lagi sampai dibuka kembali."
    );
    Ok(asker.confirm(&q, false)?.then_some(reason))
}

/// Said when the person declines to close.
fn kept_open(number: &str) -> String {
    crate::tr!(
        "Nothing was changed: case {number} stays open.",
        "Tidak ada yang diubah: kasus {number} tetap terbuka."
    )
}

fn reopen(ctx: &Ctx, key: &str, reason: Option<&str>, write: WriteOut) -> Result<()> {
    crate::field::check_opt("--reason", Field::Text, reason)?;
    let mut reg = ctx.open()?;
    let c = resolve::case(&reg, key)?;
    reg.reopen_case(&c, reason, &ctx.now_db(), &ctx.actor)?;
    if write.json() {
        return case_json(&reg, &c, json!({}));
    }
    output::print(&format!(
        "{} {}",
        t("reopened case", "kasus dibuka kembali"),
        c.number
    ))
}

/// `kasus case service`: a service given to the victim of an open case.
fn service(
    ctx: &Ctx,
    key: &str,
    kind: &str,
    provider: Option<&str>,
    at: Option<&str>,
    note: Option<&str>,
    write: WriteOut,
) -> Result<()> {
    crate::field::check_opt("--provider", Field::Short, provider)?;
    crate::field::check_opt("--note", Field::Text, note)?;
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let c = open_case(&reg, key)?;
    let kind = resolve::vocab(&vocab::SERVICE, kind)?;
    let at_t = resolve::opt_time("--at", at, zone, ctx.now)?;
    if clock::from_db(&c.reported_at).is_some_and(|r| at_t < r) {
        return Err(Error::Invalid(text::at_before_reported(&c.number)));
    }
    let at = clock::to_db(at_t);
    let s = cases::NewService {
        kind,
        provider,
        given_at: &at,
        note,
    };
    reg.record_service(&c, &s, &ctx.now_db(), &ctx.actor)?;
    if write.json() {
        // The service just recorded: the case's latest, as `export services` writes it.
        return super::record::print(
            &reg,
            &crate::register::export::SERVICES,
            "case_uuid",
            &c.uuid,
            zone,
            json!({}),
        );
    }
    output::print(&format!(
        "{}: {} — {}",
        t("service recorded", "layanan dicatat"),
        c.number,
        vocab::SERVICE.label(kind)
    ))
}

fn local(s: Option<&str>, zone: Zone) -> Option<String> {
    s.and_then(clock::from_db)
        .map(|t| clock::to_rfc3339_local(t, zone))
}

fn short(s: Option<&str>, zone: Zone) -> String {
    s.and_then(clock::from_db)
        .map(|t| clock::to_local_short(t, zone))
        .unwrap_or_default()
}

fn list(ctx: &Ctx, f: &CaseListFilter, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let rows = listed(ctx, &reg, zone, f)?;
    let mut sop_codes = std::collections::HashMap::new();
    for c in &rows {
        if let std::collections::hash_map::Entry::Vacant(e) = sop_codes.entry(c.sop_version_id) {
            let v = reg.sop_by_id(c.sop_version_id)?;
            e.insert((v.code, v.version));
        }
    }
    if !sink.is_table() {
        let mut sheet = Sheet::list(
            "cases",
            vec![
                col("case_number", "case_number", Kind::Text),
                col("case_uuid", "case_uuid", Kind::Text),
                col("status", "status", Kind::Code),
                col("reported_at", "reported_at", Kind::Time),
                col("sop_code", "sop_code", Kind::Text),
                col("sop_version", "sop_version", Kind::Int),
                col("channel", "channel", Kind::Text),
                col("urgency", "urgency", Kind::Text),
                col("risk", "risk", Kind::Text),
                col("is_child", "is_child", Kind::Bool),
                col("external_ref", "external_ref", Kind::Text),
            ],
        );
        for c in &rows {
            sheet.rows.push(vec![
                json!(c.number),
                json!(c.uuid),
                json!(c.status),
                json!(local(Some(&c.reported_at), zone)),
                json!(sop_codes[&c.sop_version_id].0),
                json!(sop_codes[&c.sop_version_id].1),
                json!(c.channel),
                json!(c.urgency),
                json!(c.risk),
                json!(c.is_child),
                json!(c.external_ref),
            ]);
        }
        return sink.sheet(&sheet, zone);
    }
    let mut table = output::table(&[
        t("Case", "Kasus"),
        t("Status", "Status"),
        t("Reported", "Dilaporkan"),
        t("SOP", "SOP"),
        t("Channel", "Saluran"),
        t("Urgency", "Urgensi"),
        t("Child", "Anak"),
    ]);
    for c in &rows {
        table.add_row(vec![
            c.number.clone(),
            text::case_status_words(&c.status).to_string(),
            short(Some(&c.reported_at), zone),
            sop_codes[&c.sop_version_id].0.clone(),
            vocab::CHANNEL.label(&c.channel).to_string(),
            c.urgency.clone(),
            if c.is_child { t("yes", "ya") } else { "" }.to_string(),
        ]);
    }
    sink.grid(&table)
}

/// The cases `case list` shows: the filter's conditions in the register, then a search over
/// case numbers and persons (`crate::search`). The text searched is never repeated in a
/// message.
fn listed(
    ctx: &Ctx,
    reg: &Register,
    zone: Zone,
    f: &CaseListFilter,
) -> Result<Vec<cases::CaseRow>> {
    let period = match &f.period {
        Some(p) => crate::report::period::parse_period(p, ctx.now, zone).map_err(Error::Usage)?,
        None => crate::report::period::parse_bounds(f.from.as_deref(), f.to.as_deref(), zone)
            .map_err(Error::Usage)?,
    };
    let (from, to) = period.db_bounds();
    let filter = cases::CaseFilter {
        status: f.status.map(|s| {
            match s {
                CaseStatus::Open => "open",
                CaseStatus::Closed => "closed",
            }
            .to_string()
        }),
        sop: match &f.sop {
            Some(code) => Some(resolve::sop(reg, code)?.code),
            None => None,
        },
        assignee: match &f.assignee {
            Some(name) => Some(resolve::staff(reg, name)?.id),
            None => None,
        },
        from,
        to,
        child: f.child.then_some(true),
        urgency: match &f.urgency {
            Some(u) => Some(resolve::vocab(&vocab::URGENCY, u)?.to_string()),
            None => None,
        },
        risk: match &f.risk {
            Some(r) => Some(resolve::vocab(&vocab::RISK, r)?.to_string()),
            None => None,
        },
    };
    let mut rows = reg.cases_filtered(&filter)?;
    if let Some(q) = f.search.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let number_q = q.to_lowercase();
        let found: std::collections::HashSet<i64> = reg
            .person_index()?
            .into_iter()
            .filter(|p| {
                crate::search::person(q, p.name.as_deref(), p.nik.as_deref(), p.phone.as_deref())
                    .is_some()
            })
            .map(|p| p.case_id)
            .collect();
        rows.retain(|c| found.contains(&c.id) || c.number.to_lowercase().contains(&number_q));
    }
    Ok(rows)
}

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
    let FlowCase {
        version: sop_v,
        sop,
        rows,
        attempts,
        consents: events,
        ..
    } = flow_case::load(reg, &c)?;
    let persons = reg.case_persons(c.id)?;
    let violence = reg.case_violence(c.id)?;
    let consent_rows = reg.consents(c.id)?;
    let assigns = reg.assignment_history(c.id)?;
    let services = reg.case_services(c.id)?;
    // The case's flow: its attempts judged, where it stands, what can start next.
    let tl = steptime::timeline(rows, &sop, &reg.clocks()?, &reg.step_pauses(c.id)?, now);
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
        tl,
        attempts,
        pos,
        next,
    })
}

fn show(ctx: &Ctx, key: &str, emit: &Emit) -> Result<()> {
    // --out is checked against the register before the register is opened.
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    // One read transaction for the queries: one snapshot of the case, and the WAL's read lock
    // taken once instead of once per query.
    let (zone, s) = reg.snapshot(|reg| Ok((reg.zone()?, load(reg, key, ctx.now)?)))?;
    if sink.is_table() {
        return sink.text(&format!(
            "{}\n{}\n{}",
            show_head(&s, zone),
            show_steps(&s, zone),
            show_next(&s)
        ));
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
    for step in doc["steps"].as_array().into_iter().flatten() {
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
        "consents": s.consent_rows.iter().map(|r| json!({
            "kind": r.kind, "given_by": r.given_by, "relation": r.relation, "scopes": r.scopes,
            "method": r.method, "form_ref": r.form_ref, "at": local(Some(&r.at), zone),
        })).collect::<Vec<_>>(),
        "consent_state": s.consent_states().into_iter()
            .map(|(scope, word)| (scope.to_string(), json!(word)))
            .collect::<serde_json::Map<_, _>>(),
        "assignments": s.assigns.iter().map(|a| json!({
            "staff": a.staff, "role": a.role, "from": local(Some(&a.from_at), zone), "until": local(a.until_at.as_deref(), zone),
        })).collect::<Vec<_>>(),
        "services": s.services.iter().map(|v| json!({
            "type": v.kind, "provider": v.provider, "given_at": local(Some(&v.given_at), zone), "note": v.note,
        })).collect::<Vec<_>>(),
        "steps": s.tl.iter().map(|r| step_json(r, zone)).collect::<Vec<_>>(),
        "next_steps": s.next,
    })
}

/// One attempt in `case show --json`: the record, then its time (the figures on its clock and
/// the calendar version they were measured by).
fn step_json(r: &TimelineRow, zone: Zone) -> serde_json::Value {
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

/// Where the case's flow stands: closed, ended by a refusal, running, done, or what is next.
fn show_next(s: &Shown) -> String {
    let c = &s.c;
    if c.status == "closed" {
        t("The case is closed.", "Kasus ditutup.").to_string()
    } else if let Some(n) = flow::ended_by_refusal(&s.sop, &s.attempts, &s.events, c.is_child) {
        text::refusal(&flow::Refusal::ConsentRefused { gate: n }, &c.number)
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

/// `kasus case edit`: the fields given, checked, changed in one write.
fn edit(ctx: &Ctx, a: CaseEditArgs) -> Result<()> {
    check_edit_text(&a)?;
    let mut reg = ctx.open()?;
    let c = open_case(&reg, &a.case)?;
    let mut edits = case_edits(&reg, &c, &a)?;
    edits.extend(victim_edits(&a)?);
    if edits.is_empty() {
        return Err(Error::Usage(
            crate::text::t("nothing to change: give at least one field flag (see `kasus case edit --help`)", "tidak ada yang diubah: beri paling sedikit satu kolom (lihat `kasus case edit --help`)").into(),
        ));
    }
    let n = edits.len();
    reg.edit_case(&c, &edits, &ctx.now_db(), &ctx.actor)?;
    if a.write.json() {
        return case_json(&reg, &c, json!({ "fields_changed": n }));
    }
    output::print(&format!(
        "{} {}: {n} {}",
        t("edited case", "kasus diubah"),
        c.number,
        t("field(s)", "kolom")
    ))
}

/// Every text flag of `case edit` against its field's limits, before the register is opened.
fn check_edit_text(a: &CaseEditArgs) -> Result<()> {
    for (flag, kind, v) in [
        ("--channel", Field::Short, &a.channel),
        ("--place", Field::Short, &a.place),
        ("--incident-date", Field::Short, &a.incident_date),
        ("--chronology", Field::Text, &a.chronology),
        ("--urgency", Field::Short, &a.urgency),
        ("--risk", Field::Short, &a.risk),
        ("--victim-name", Field::Name, &a.victim_name),
        ("--victim-nik", Field::Short, &a.victim_nik),
        ("--victim-phone", Field::Phone, &a.victim_phone),
        ("--victim-address", Field::Address, &a.victim_address),
        ("--victim-kecamatan", Field::Short, &a.victim_kecamatan),
        ("--victim-kelurahan", Field::Short, &a.victim_kelurahan),
        ("--victim-disability", Field::Short, &a.victim_disability),
    ] {
        crate::field::check_opt(flag, kind, v.as_deref().map(str::trim))?;
    }
    Ok(())
}

/// A text flag as an edit: `None` when not given, `Some(None)` when given empty (to clear).
fn cleared(s: &Option<String>) -> Option<Option<String>> {
    s.as_deref()
        .map(str::trim)
        .map(|s| (!s.is_empty()).then(|| s.to_string()))
}

/// The edits of the case's own fields: list values resolved, the incident date checked
/// against the victim's birth date and the report date.
fn case_edits(reg: &Register, c: &cases::CaseRow, a: &CaseEditArgs) -> Result<Vec<cases::Edit>> {
    use cases::Edit;
    let mut edits = Vec::new();
    for (col, list, v) in [
        ("channel", &vocab::CHANNEL, &a.channel),
        ("place", &vocab::PLACE, &a.place),
        ("urgency", &vocab::URGENCY, &a.urgency),
        ("risk", &vocab::RISK, &a.risk),
    ] {
        if let Some(v) = v {
            edits.push(Edit::Case(col, Some(resolve::vocab(list, v)?.to_string())));
        }
    }
    if let Some(v) = &a.incident_date {
        let d = resolve::date("--incident-date", v)?;
        let zone = reg.zone()?;
        let report = clock::from_db(&c.reported_at).map(|r| clock::local_date(r, zone));
        let birth = reg
            .case_persons(c.id)?
            .into_iter()
            .find(|p| p.role == "victim")
            .and_then(|p| p.person.birth_date)
            .and_then(|b| chrono::NaiveDate::parse_from_str(&b, "%Y-%m-%d").ok());
        if let Some(report) = report {
            if let Err(r) = clock::incident_in_range(d, birth, report) {
                return Err(Error::Invalid(text::incident_out_of_range(
                    r,
                    birth.is_some(),
                )));
            }
        }
        edits.push(Edit::Case("incident_date", Some(d.to_string())));
    }
    if let Some(v) = cleared(&a.chronology) {
        edits.push(Edit::Case("chronology", v));
    }
    Ok(edits)
}

/// The edits of the victim's fields; the name can be changed but not emptied.
fn victim_edits(a: &CaseEditArgs) -> Result<Vec<cases::Edit>> {
    use cases::Edit;
    let mut edits = Vec::new();
    if let Some(v) = &a.victim_nik {
        edits.push(Edit::Victim("nik", Some(resolve::nik(v)?)));
    }
    for (col, val) in [
        ("name", &a.victim_name),
        ("phone", &a.victim_phone),
        ("address", &a.victim_address),
        ("kecamatan", &a.victim_kecamatan),
        ("kelurahan", &a.victim_kelurahan),
        ("disability", &a.victim_disability),
    ] {
        if let Some(v) = cleared(val) {
            if col == "name" && v.is_none() {
                return Err(Error::Invalid(
                    crate::text::t(
                        "--victim-name cannot be emptied",
                        "--victim-name tidak boleh dikosongkan",
                    )
                    .into(),
                ));
            }
            edits.push(Edit::Victim(col, v));
        }
    }
    Ok(edits)
}
