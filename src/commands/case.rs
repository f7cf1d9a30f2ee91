//! `kasus case`: list, show, edit, close, reopen, and services given.

use super::{consent::open_case, resolve, Ctx};
use crate::cli::{CaseCommand, CaseEditArgs, CaseStatus, ShowFormat};
use crate::clock::{self, Zone};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::flow;
use crate::output::{self, Format};
use crate::register::flow_case::{self, FlowCase};
use crate::register::{assignments, cases, consents, sops, steps, Register};
use crate::text::{self, t};
use crate::timing::{self, Verdict};
use crate::vocab;
use serde_json::json;

pub fn run(ctx: &Ctx, cmd: CaseCommand) -> Result<()> {
    match cmd {
        CaseCommand::List { status, format } => list(ctx, status, format),
        CaseCommand::Show { case, format } => show(ctx, &case, format),
        CaseCommand::Edit(a) => edit(ctx, *a),
        CaseCommand::Close { case, reason, at } => {
            crate::field::check_opt("--reason", Field::Text, reason.as_deref())?;
            let mut reg = ctx.open()?;
            let zone = super::zone(&reg)?;
            let c = resolve::case(&reg, &case)?;
            let at_t = resolve::opt_time("--at", at.as_deref(), zone, ctx.now)?;
            if clock::from_db(&c.reported_at).is_some_and(|r| at_t < r) {
                return Err(Error::Invalid(text::at_before_reported(&c.number)));
            }
            let attempts = steps::list(reg.conn(), c.id)?;
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
            let at = clock::to_db(at_t);
            let now = ctx.now_db();
            reg.write(|tx| cases::close(tx, &c, &at, reason.as_deref(), &now, &ctx.actor))?;
            output::print(&format!(
                "{} {}",
                t("closed case", "kasus ditutup"),
                c.number
            ))
        }
        CaseCommand::Reopen { case, reason } => {
            crate::field::check_opt("--reason", Field::Text, reason.as_deref())?;
            let mut reg = ctx.open()?;
            let c = resolve::case(&reg, &case)?;
            let now = ctx.now_db();
            reg.write(|tx| cases::reopen(tx, &c, reason.as_deref(), &now, &ctx.actor))?;
            output::print(&format!(
                "{} {}",
                t("reopened case", "kasus dibuka kembali"),
                c.number
            ))
        }
        CaseCommand::Service {
            case,
            kind,
            provider,
            at,
            note,
        } => {
            crate::field::check_opt("--provider", Field::Short, provider.as_deref())?;
            crate::field::check_opt("--note", Field::Text, note.as_deref())?;
            let mut reg = ctx.open()?;
            let zone = super::zone(&reg)?;
            let c = open_case(&reg, &case)?;
            let kind = resolve::vocab(&vocab::SERVICE, &kind)?;
            let at_t = resolve::opt_time("--at", at.as_deref(), zone, ctx.now)?;
            if clock::from_db(&c.reported_at).is_some_and(|r| at_t < r) {
                return Err(Error::Invalid(text::at_before_reported(&c.number)));
            }
            let at = clock::to_db(at_t);
            let now = ctx.now_db();
            reg.write(|tx| {
                cases::add_service(
                    tx,
                    &c,
                    kind,
                    provider.as_deref(),
                    &at,
                    note.as_deref(),
                    &now,
                    &ctx.actor,
                )
            })?;
            output::print(&format!(
                "{}: {} — {}",
                t("service recorded", "layanan dicatat"),
                c.number,
                vocab::SERVICE.label(kind)
            ))
        }
    }
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

fn list(ctx: &Ctx, status: Option<CaseStatus>, format: Format) -> Result<()> {
    let reg = ctx.open()?;
    let zone = super::zone(&reg)?;
    let status = status.map(|s| match s {
        CaseStatus::Open => "open",
        CaseStatus::Closed => "closed",
    });
    let rows = cases::list(reg.conn(), status)?;
    let mut sop_codes = std::collections::HashMap::new();
    for c in &rows {
        if let std::collections::hash_map::Entry::Vacant(e) = sop_codes.entry(c.sop_version_id) {
            e.insert(sops::by_id(reg.conn(), c.sop_version_id)?.code);
        }
    }
    let cols = [
        "number",
        "uuid",
        "status",
        "reported_at",
        "sop",
        "channel",
        "urgency",
        "risk",
        "is_child",
        "external_ref",
    ];
    let cells = |c: &cases::CaseRow| -> Vec<String> {
        vec![
            c.number.clone(),
            c.uuid.clone(),
            c.status.clone(),
            local(Some(&c.reported_at), zone).unwrap_or_default(),
            sop_codes[&c.sop_version_id].clone(),
            c.channel.clone(),
            c.urgency.clone(),
            c.risk.clone().unwrap_or_default(),
            c.is_child.to_string(),
            c.external_ref.clone().unwrap_or_default(),
        ]
    };
    match format {
        Format::Csv => output::print_csv(&cols, &rows.iter().map(cells).collect::<Vec<_>>()),
        Format::Json => output::print_json(&json!(rows
            .iter()
            .map(|c| {
                let mut m = serde_json::Map::new();
                for (k, v) in cols.iter().zip(cells(c)) {
                    m.insert(k.to_string(), json!(v));
                }
                m.insert("is_child".into(), json!(c.is_child));
                m.insert("risk".into(), json!(c.risk));
                m.insert("external_ref".into(), json!(c.external_ref));
                serde_json::Value::Object(m)
            })
            .collect::<Vec<_>>())),
        Format::Table => {
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
                    c.status.clone(),
                    short(Some(&c.reported_at), zone),
                    sop_codes[&c.sop_version_id].clone(),
                    vocab::CHANNEL.label(&c.channel).to_string(),
                    c.urgency.clone(),
                    if c.is_child { t("yes", "ya") } else { "" }.to_string(),
                ]);
            }
            output::print(&table.to_string())
        }
    }
}

/// One step attempt with its verdict, for `case show`.
pub struct TimelineRow {
    pub row: steps::AttemptRow,
    pub verdict: Verdict,
    pub elapsed: Option<u64>,
}

pub fn timeline(reg: &Register, case_id: i64, now: clock::Instant) -> Result<Vec<TimelineRow>> {
    Ok(steps::list(reg.conn(), case_id)?
        .into_iter()
        .map(|row| {
            let (verdict, elapsed) = match row.status.as_str() {
                "skipped" => (Verdict::Skipped, None),
                "running" => (
                    Verdict::Running,
                    row.started_at
                        .as_deref()
                        .and_then(clock::from_db)
                        .map(|s| timing::elapsed_secs(s, now)),
                ),
                _ => {
                    let e = row.elapsed_secs.unwrap_or(0);
                    (
                        timing::judge(e, row.standard_min_secs, row.standard_max_secs),
                        Some(e),
                    )
                }
            };
            TimelineRow {
                row,
                verdict,
                elapsed,
            }
        })
        .collect())
}

fn show(ctx: &Ctx, key: &str, format: ShowFormat) -> Result<()> {
    let reg = ctx.open()?;
    // One read transaction for the queries below: one snapshot of the case, and the WAL's
    // read lock taken once instead of once per query. Nothing is written; dropping ends it.
    let _snapshot = reg.conn().unchecked_transaction()?;
    let zone = super::zone(&reg)?;
    let c = resolve::case(&reg, key)?;
    let FlowCase {
        version: sop_v,
        sop,
        attempts,
        consents: events,
        ..
    } = flow_case::load(&reg, &c)?;
    let persons = cases::persons(reg.conn(), c.id)?;
    let violence = cases::violence(reg.conn(), c.id)?;
    let consent_rows = consents::list(reg.conn(), c.id)?;
    let assigns = assignments::history(reg.conn(), c.id)?;
    let services = cases::services(reg.conn(), c.id)?;
    let tl = timeline(&reg, c.id, ctx.now)?;
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
    match format {
        ShowFormat::Json => output::print_json(&json!({
            "number": c.number,
            "uuid": c.uuid,
            "office": c.office,
            "status": c.status,
            "sop": {"code": sop_v.code, "version": sop_v.version},
            "reported_at": local(Some(&c.reported_at), zone),
            "channel": c.channel,
            "place": c.place,
            "incident_date": c.incident_date,
            "chronology": c.chronology,
            "urgency": c.urgency,
            "risk": c.risk,
            "is_child": c.is_child,
            "violence": violence,
            "external_ref": c.external_ref,
            "closed_at": local(c.closed_at.as_deref(), zone),
            "close_reason": c.close_reason,
            "persons": persons,
            "consents": consent_rows.iter().map(|r| json!({
                "kind": r.kind, "given_by": r.given_by, "relation": r.relation, "scopes": r.scopes,
                "method": r.method, "form_ref": r.form_ref, "at": local(Some(&r.at), zone),
            })).collect::<Vec<_>>(),
            "consent_state": vocab::CONSENT_SCOPE.codes().iter()
                .map(|s| (s.to_string(), json!(super::consent::state_word(flow::consent_state(&events, s, c.is_child)))))
                .collect::<serde_json::Map<_, _>>(),
            "assignments": assigns.iter().map(|a| json!({
                "staff": a.staff, "role": a.role, "from": local(Some(&a.from_at), zone), "until": local(a.until_at.as_deref(), zone),
            })).collect::<Vec<_>>(),
            "services": services.iter().map(|s| json!({
                "type": s.kind, "provider": s.provider, "given_at": local(Some(&s.given_at), zone), "note": s.note,
            })).collect::<Vec<_>>(),
            "steps": tl.iter().map(|r| json!({
                "number": r.row.step_number,
                "attempt": r.row.attempt,
                "status": r.row.status,
                "outcome": r.row.outcome,
                "started_at": local(r.row.started_at.as_deref(), zone),
                "finished_at": local(r.row.finished_at.as_deref(), zone),
                "elapsed_secs": r.elapsed,
                "standard_min_secs": r.row.standard_min_secs,
                "standard_max_secs": r.row.standard_max_secs,
                "verdict": r.verdict.code(),
                "over_secs": r.verdict.over_secs(),
                "performer": r.row.performer,
                "output": r.row.output,
                "reason": r.row.reason,
            })).collect::<Vec<_>>(),
            "next_steps": next,
        })),
        ShowFormat::Table => {
            let victim = persons.iter().find(|p| p.role == "victim");
            let mut head = format!(
                "{} {} [{}] — SOP {} v{} ({})\n{}: {} {}  {}: {}  {}: {}{}\n{}: {}",
                t("Case", "Kasus"),
                c.number,
                c.status,
                sop_v.code,
                sop_v.version,
                sop.name,
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
                violence.join(", "),
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
            for a in assigns.iter().filter(|a| a.until_at.is_none()) {
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
            let consent_line = vocab::CONSENT_SCOPE
                .codes()
                .iter()
                .map(|s| {
                    format!(
                        "{s}: {}",
                        super::consent::state_word(flow::consent_state(&events, s, c.is_child))
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            head.push_str(&format!(
                "\n{}: {consent_line}",
                t("Consent", "Persetujuan")
            ));
            output::print(&head)?;
            let mut table = output::table(&[
                t("Step", "Langkah"),
                t("Attempt", "Ke-"),
                t("Started", "Mulai"),
                t("Finished", "Selesai"),
                t("Elapsed vs standard", "Durasi vs standar"),
                t("Performer", "Pelaksana"),
            ]);
            for r in &tl {
                let judged = match (r.verdict, r.elapsed) {
                    (Verdict::Skipped, _) => format!(
                        "{}: {}",
                        t("skipped", "dilewati"),
                        r.row.reason.clone().unwrap_or_default()
                    ),
                    (v, Some(e)) => {
                        text::verdict_line(e, r.row.standard_min_secs, r.row.standard_max_secs, v)
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
            output::print(&table.to_string())?;
            let next_line = if c.status == "closed" {
                t("The case is closed.", "Kasus ditutup.").to_string()
            } else if let Some(n) = flow::ended_by_refusal(&sop, &attempts, &events, c.is_child) {
                text::refusal(&flow::Refusal::ConsentRefused { gate: n }, &c.number)
            } else if let Some(i) = pos.running {
                format!(
                    "{} {}",
                    t("Running: step", "Berjalan: langkah"),
                    attempts[i].step_number
                )
            } else if next.is_empty() {
                t("All steps done.", "Semua langkah selesai.").to_string()
            } else {
                format!(
                    "{}: {}",
                    t("Next step", "Langkah berikutnya"),
                    next.iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(" / ")
                )
            };
            output::print(&next_line)
        }
    }
}

fn edit(ctx: &Ctx, a: CaseEditArgs) -> Result<()> {
    use cases::Edit;
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
    let mut reg = ctx.open()?;
    let c = open_case(&reg, &a.case)?;
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .map(|s| (!s.is_empty()).then(|| s.to_string()))
    };
    let mut edits = Vec::new();
    if let Some(v) = &a.channel {
        edits.push(Edit::Case(
            "channel",
            Some(resolve::vocab(&vocab::CHANNEL, v)?.to_string()),
        ));
    }
    if let Some(v) = &a.place {
        edits.push(Edit::Case(
            "place",
            Some(resolve::vocab(&vocab::PLACE, v)?.to_string()),
        ));
    }
    if let Some(v) = &a.urgency {
        edits.push(Edit::Case(
            "urgency",
            Some(resolve::vocab(&vocab::URGENCY, v)?.to_string()),
        ));
    }
    if let Some(v) = &a.risk {
        edits.push(Edit::Case(
            "risk",
            Some(resolve::vocab(&vocab::RISK, v)?.to_string()),
        ));
    }
    if let Some(v) = &a.incident_date {
        let d = resolve::date("--incident-date", v)?;
        let zone = super::zone(&reg)?;
        let report = clock::from_db(&c.reported_at).map(|r| clock::local_date(r, zone));
        let birth = cases::persons(reg.conn(), c.id)?
            .into_iter()
            .find(|p| p.role == "victim")
            .and_then(|p| p.person.birth_date)
            .and_then(|b| chrono::NaiveDate::parse_from_str(&b, "%Y-%m-%d").ok());
        if let Some(report) = report {
            if let Err(r) = clock::incident_in_range(d, birth, report) {
                return Err(Error::Invalid(crate::text::incident_out_of_range(
                    r,
                    birth.is_some(),
                )));
            }
        }
        edits.push(Edit::Case("incident_date", Some(d.to_string())));
    }
    if let Some(v) = clean(&a.chronology) {
        edits.push(Edit::Case("chronology", v));
    }
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
        if let Some(v) = clean(val) {
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
    if edits.is_empty() {
        return Err(Error::Usage(
            crate::text::t("nothing to change: give at least one field flag (see `kasus case edit --help`)", "tidak ada yang diubah: beri paling sedikit satu kolom (lihat `kasus case edit --help`)").into(),
        ));
    }
    let now = ctx.now_db();
    let n = edits.len();
    reg.write(|tx| cases::edit(tx, &c, &edits, &now, &ctx.actor))?;
    output::print(&format!(
        "{} {}: {n} {}",
        t("edited case", "kasus diubah"),
        c.number,
        t("field(s)", "kolom")
    ))
}
