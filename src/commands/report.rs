//! `kasus report`: timelines, compliance, overdue steps, workload, summaries. Loads rows from the
//! register, asks `report::build` for the figures, and renders them.

use super::{resolve, Ctx};
use crate::cli::{ComplianceBy, GroupBy, ReportArgs, ReportCommand, ReportFilter};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::output;
use crate::register::flow_case::{self, FlowCase};
use crate::register::{reports, Register};
use crate::report::build::{self, TimelineAttempt};
use crate::report::period::{self, Period};
use crate::report::{due, Basis};
use crate::steptime;
use crate::timing::alert;
use serde_json::json;

struct Setup {
    reg: Register,
    zone: Zone,
    period: Period,
    sop: Option<String>,
    sink: output::Sink,
}

fn setup(ctx: &Ctx, f: &ReportFilter) -> Result<Setup> {
    let ctx = &ctx.office(f.office.as_deref());
    // --out is checked (a workbook's name, then against the register) before the register is
    // opened.
    let emit = f.emit.emit();
    output::xlsx::check_out(emit.format == output::Format::Xlsx, emit.out.as_deref())?;
    let sink = ctx.sink(&emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let period = match &f.period {
        Some(p) => period::parse_period(p, ctx.now, zone).map_err(Error::Usage)?,
        None => {
            period::parse_bounds(f.from.as_deref(), f.to.as_deref(), zone).map_err(Error::Usage)?
        }
    };
    let sop = match &f.sop {
        Some(code) => Some(resolve::sop(&reg, code)?.code),
        None => None,
    };
    Ok(Setup {
        reg,
        zone,
        period,
        sop,
        sink,
    })
}

/// `--at` of the reports of running steps: now by default; a future time is allowed ("what
/// will be overdue by 17:00?").
fn report_at(ctx: &Ctx, at: Option<&str>, zone: Zone) -> Result<Instant> {
    match at {
        Some(x) => resolve::judged_at("--at", x, zone, ctx.now),
        None => Ok(ctx.now),
    }
}

impl Setup {
    fn render(&self, mut sheet: crate::report::Sheet) -> Result<()> {
        let bound = |b: Option<Instant>| b.map(|x| json!(clock::to_rfc3339_local(x, self.zone)));
        sheet.extra.insert(
            "from".into(),
            bound(self.period.from).unwrap_or(json!(null)),
        );
        sheet
            .extra
            .insert("to".into(), bound(self.period.to).unwrap_or(json!(null)));
        sheet.extra.insert("sop".into(), json!(self.sop));
        self.sink.sheet(&sheet, self.zone)
    }
}

/// `report overdue|due|workload` are about now (or `--at`): a period would be ignored, so it is
/// refused (exit 2) before anything is read.
fn no_period(report: &str, f: &ReportFilter) -> Result<()> {
    let flag = [
        ("--period", f.period.is_some()),
        ("--from", f.from.is_some()),
        ("--to", f.to.is_some()),
    ]
    .into_iter()
    .find(|x| x.1);
    match flag {
        // workload has no --at: it counts what is held now.
        Some((flag, _)) if report == "workload" => Err(Error::Usage(crate::tr!(
            "{flag}: report workload is about now, not a period (what each staff member holds \
             now); for a period's cases use `kasus report summary --period P`",
            "{flag}: report workload tentang saat ini, bukan periode (yang dipegang tiap staf \
             sekarang); untuk kasus suatu periode pakai `kasus report summary --period P`"
        ))),
        Some((flag, _)) => Err(Error::Usage(crate::tr!(
            "{flag}: report {report} is about now, not a period; use --at TIME to judge at another time",
            "{flag}: report {report} tentang saat ini, bukan periode; pakai --at WAKTU untuk menilai pada waktu lain"
        ))),
        None => Ok(()),
    }
}

/// `--by office` splits the whole register by office: with `--office` (one office) it is
/// refused (exit 2) before anything is read.
fn by_office_alone(by_office: bool, f: &ReportFilter) -> Result<()> {
    if by_office && f.office.is_some() {
        return Err(Error::Usage(crate::tr!(
            "--by office and --office: give one (--by office shows every office, then the total)",
            "--by office dan --office: beri salah satu (--by office menampilkan tiap kantor, lalu totalnya)"
        )));
    }
    Ok(())
}

/// `--by office`: `build` once per office, the register limited to that office's rows, then
/// once on the whole register (office "total"); the sheets as one (`report::by_office`).
fn per_office(
    reg: &mut Register,
    mut build: impl FnMut(&Register) -> Result<crate::report::Sheet>,
) -> Result<crate::report::Sheet> {
    let offices = reg.offices()?;
    let mut parts = Vec::new();
    for o in &offices.all {
        reg.set_scope(Some(o));
        let sheet = build(reg);
        reg.set_scope(None);
        let label = offices.label_of((!o.own).then_some(o.uuid.as_str()));
        parts.push((label, sheet?));
    }
    parts.push(("total".to_string(), build(reg)?));
    Ok(crate::report::by_office(parts))
}

pub fn run(ctx: &Ctx, a: ReportArgs) -> Result<()> {
    match &a.report {
        ReportCommand::Overdue { filter, .. } => no_period("overdue", filter)?,
        ReportCommand::Due { filter, .. } => no_period("due", filter)?,
        ReportCommand::Workload { filter, .. } => no_period("workload", filter)?,
        _ => {}
    }
    match &a.report {
        ReportCommand::Overdue { filter, by, .. }
        | ReportCommand::Due { filter, by, .. }
        | ReportCommand::Workload { filter, by }
        | ReportCommand::Referrals { filter, by, .. }
        | ReportCommand::Summary { filter, by } => by_office_alone(by.is_some(), filter)?,
        ReportCommand::Compliance { filter, by, .. } => {
            by_office_alone(*by == Some(ComplianceBy::Office), filter)?
        }
        _ => {}
    }
    match a.report {
        ReportCommand::Case { case, filter } => {
            let s = setup(ctx, &filter)?;
            let c = resolve::case(&s.reg, &case)?;
            let fc = flow_case::load(&s.reg, &c)?;
            // The voided attempts too, marked void and counted in no total.
            let rows = fc.all_rows();
            let FlowCase { sop, .. } = fc;
            let corrections = s.reg.corrections(c.id)?;
            let clocks = s.reg.clocks()?;
            let pauses = s.reg.step_pauses(c.id)?;
            let in_period = |at: &Option<String>| {
                at.as_deref()
                    .and_then(clock::from_db)
                    .is_none_or(|x| s.period.contains(x))
            };
            let rows: Vec<TimelineAttempt> = rows
                .into_iter()
                .filter(|r| in_period(&r.started_at.clone().or(r.finished_at.clone())))
                .map(|r| {
                    let step = sop.step(r.step_number).map_or(sop.clock, |st| st.clock);
                    let measured = steptime::measure(&r, step, &clocks, &pauses, ctx.now);
                    TimelineAttempt {
                        step_number: r.step_number,
                        attempt: r.attempt,
                        status: r.status,
                        started_at: r.started_at,
                        finished_at: r.finished_at,
                        measured,
                        performer: r.performer,
                        originals: originals(&corrections, r.id),
                        reason: r.reason,
                        outcome: r.outcome,
                    }
                })
                .collect();
            let sheet = build::case_timeline(&c.number, &sop, &rows, s.zone);
            s.render(sheet)
        }
        ReportCommand::Compliance { filter, by, basis } => {
            let mut s = setup(ctx, &filter)?;
            let by_staff = by == Some(ComplianceBy::Staff);
            let (period, sop) = (s.period, s.sop.clone());
            let build = |reg: &Register| compliance(reg, &period, sop.as_deref(), by_staff, basis);
            let sheet = match by {
                Some(ComplianceBy::Office) => per_office(&mut s.reg, build)?,
                _ => build(&s.reg)?,
            };
            s.render(sheet)
        }
        ReportCommand::Overdue {
            filter,
            at,
            idle,
            fail_if_any,
            basis,
            by,
        } => {
            let mut s = setup(ctx, &filter)?;
            let at = report_at(ctx, at.as_deref(), s.zone)?;
            let (zone, sop) = (s.zone, s.sop.clone());
            // The whole register's counts (the last sheet built) are the ones that raise.
            let mut found = [0u64; 3];
            let mut build = |reg: &Register| {
                let sheet = overdue(reg, sop.as_deref(), at, idle, basis, zone)?;
                let n = |k: &str| sheet.extra.get(k).and_then(|v| v.as_u64()).unwrap_or(0);
                found = [n("overdue_steps"), n("late_referrals"), n("idle_cases")];
                Ok(sheet)
            };
            let sheet = match by {
                Some(GroupBy::Office) => per_office(&mut s.reg, &mut build)?,
                None => build(&s.reg)?,
            };
            s.render(sheet)?;
            let [steps, late, idle_cases] = found;
            if fail_if_any && steps + late + idle_cases > 0 {
                return Err(Error::Alert(crate::report::build::overdue_alert(
                    steps, late, idle_cases, idle,
                )));
            }
            Ok(())
        }
        ReportCommand::Due {
            filter,
            within,
            fail_if_any,
            at,
            by,
        } => {
            let within = match within.as_deref() {
                None => None,
                Some(w) => Some(alert::parse_working_duration(w).ok_or_else(|| {
                    Error::Usage(crate::tr!(
                        "--within: use a working time in minutes or hours (e.g. 30m, 2 jam, 1 jam 30 menit)",
                        "--within: pakai waktu kerja dalam menit atau jam (mis. 30m, 2 jam, 1 jam 30 menit)"
                    ))
                })?),
            };
            let mut s = setup(ctx, &filter)?;
            let at = report_at(ctx, at.as_deref(), s.zone)?;
            let rule = super::due_rule(&s.reg)?;
            let (zone, sop) = (s.zone, s.sop.clone());
            let mut raised = 0;
            let mut build = |reg: &Register| {
                let running =
                    crate::open_work::OpenWork::new(reg)?.all(sop.as_deref(), at, true)?;
                let (sheet, n) = due::sheet(&running, rule, within, at, zone);
                // The whole register's count (the last built) is the one that raises.
                raised = n;
                Ok(sheet)
            };
            let sheet = match by {
                Some(GroupBy::Office) => per_office(&mut s.reg, &mut build)?,
                None => build(&s.reg)?,
            };
            s.render(sheet)?;
            if fail_if_any && raised > 0 {
                let steps = crate::text::count(raised as u64, "step", "steps", "langkah");
                return Err(Error::Alert(crate::tr!(
                    "{steps} near or past their standard",
                    "{steps} mendekati atau melewati standarnya"
                )));
            }
            Ok(())
        }
        ReportCommand::Workload { filter, by } => {
            let mut s = setup(ctx, &filter)?;
            let sop = s.sop.clone();
            let build = |reg: &Register| {
                let staff = reports::staff_load(reg, sop.as_deref())?;
                let running =
                    crate::open_work::OpenWork::new(reg)?.all(sop.as_deref(), ctx.now, false)?;
                Ok(build::workload(&staff, &running))
            };
            let sheet = match by {
                Some(GroupBy::Office) => per_office(&mut s.reg, build)?,
                None => build(&s.reg)?,
            };
            s.render(sheet)
        }
        ReportCommand::Referrals { filter, at, by } => {
            let mut s = setup(ctx, &filter)?;
            let at = report_at(ctx, at.as_deref(), s.zone)?;
            let (from, to) = s.period.db_bounds();
            let build = |reg: &Register| {
                let figures = reg.referral_figures(from.as_deref(), to.as_deref(), at)?;
                Ok(build::referrals(&figures))
            };
            let sheet = match by {
                Some(GroupBy::Office) => per_office(&mut s.reg, build)?,
                None => build(&s.reg)?,
            };
            s.render(sheet)
        }
        ReportCommand::Summary { filter, by } => {
            let mut s = setup(ctx, &filter)?;
            let (period, sop, zone) = (s.period, s.sop.clone(), s.zone);
            let build = |reg: &Register| summary(reg, &period, sop.as_deref(), zone, ctx.now);
            let sheet = match by {
                Some(GroupBy::Office) => per_office(&mut s.reg, build)?,
                None => build(&s.reg)?,
            };
            s.render(sheet)
        }
        ReportCommand::Monthly {
            period,
            format,
            out,
            sop,
            deidentified,
            office,
        } => {
            monthly_format(format, out.as_deref())?;
            let ctx = &ctx.office(office.as_deref());
            monthly(ctx, &period, out.as_deref(), sop.as_deref(), deidentified)
        }
    }
}

/// `report compliance`'s sheet: the attempts finished in `period` (of `sop`) against their
/// standards, per SOP and step (and performer, `by_staff`).
fn compliance(
    reg: &Register,
    period: &Period,
    sop: Option<&str>,
    by_staff: bool,
    basis: Basis,
) -> Result<crate::report::Sheet> {
    let (from, to) = period.db_bounds();
    let rows = reports::finished(
        reg,
        from.as_deref(),
        to.as_deref(),
        sop,
        basis == Basis::Wall,
        by_staff,
    )?;
    let latest = reports::latest_sops(reg)?;
    Ok(build::compliance(rows, by_staff, &latest, basis))
}

/// `report summary`'s sheet: the cases registered and closed in `period` (of `sop`), and the
/// referrals sent in it (the whole unit's: left out for one SOP).
fn summary(
    reg: &Register,
    period: &Period,
    sop: Option<&str>,
    zone: Zone,
    now: Instant,
) -> Result<crate::report::Sheet> {
    let (from, to) = period.db_bounds();
    // Counted as the cases are read: none is kept.
    let mut counter = crate::report::summary::Counter::new(period, zone);
    reports::each_summary_case(reg, from.as_deref(), to.as_deref(), sop, |c| {
        counter.add(&c);
        Ok(())
    })?;
    let counts = counter.finish();
    let mut sheet = build::summary(&counts);
    if sop.is_none() {
        let figures = reg.referral_figures(from.as_deref(), to.as_deref(), now)?;
        build::summary_referrals(&mut sheet, &figures);
    }
    Ok(sheet)
}

/// `report monthly`: the month's figures (computed as `report summary` and `report compliance`
/// compute them) as one HTML page, to `--out FILE` or to standard output when it is not a
/// terminal (HTML on a screen is of no use: refused, exit 2, before the register is read).
/// `--out FILE.xlsx` writes the month's figures as a workbook instead: a `summary` sheet and a
/// `compliance` sheet, as `report summary` and `report compliance` give them for that month.
fn monthly(
    ctx: &Ctx,
    period: &str,
    out: Option<&std::path::Path>,
    sop: Option<&str>,
    deidentified: bool,
) -> Result<()> {
    use crate::report::monthly::{self, Month};
    use std::io::IsTerminal;
    // `--out -` is standard output, as without --out.
    let out = out.filter(|p| *p != std::path::Path::new("-"));
    match out {
        Some(path) => {
            ctx.check_output("--out", path, &[])?;
            html_name(path)?
        }
        None if std::io::stdout().is_terminal() => {
            return Err(Error::Usage(crate::tr!(
                "report monthly writes an HTML page: give --out FILE.html (or redirect standard output to a file)",
                "report monthly menulis halaman HTML: beri --out BERKAS.html (atau alihkan keluaran standar ke berkas)"
            )))
        }
        None => {}
    }
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    // Only the month forms are named: the other periods (a year, a quarter, a week) are refused.
    let not_a_month = || {
        Error::Usage(crate::tr!(
            "--period: the monthly report takes one calendar month (2026-11, this-month, last-month, bulan-ini, bulan-lalu)",
            "--period: laporan bulanan memakai satu bulan kalender (2026-11, this-month, last-month, bulan-ini, bulan-lalu)"
        ))
    };
    let p = period::parse_period(period, ctx.now, zone).map_err(|_| not_a_month())?;
    let month = Month::of_period(&p, zone).ok_or_else(not_a_month)?;
    // A month not begun has no figures; the month running is shown as of today.
    let today = clock::local_date(ctx.now, zone);
    if month.first_day() > today {
        return Err(Error::Usage(crate::tr!(
            "--period {period}: that month has not begun yet; give this month or an earlier one",
            "--period {period}: bulan itu belum dimulai; beri bulan ini atau bulan sebelumnya"
        )));
    }
    let running = p.to.is_some_and(|to| ctx.now < to);
    let as_of = running.then(|| today.format("%Y-%m-%d").to_string());
    let sop = match sop {
        Some(code) => Some(resolve::sop(&reg, code)?.code),
        None => None,
    };
    if let Some(path) = out.filter(|p| is_xlsx(p)) {
        let summary = summary(&reg, &p, sop.as_deref(), zone, ctx.now)?;
        let compliance = compliance(&reg, &p, sop.as_deref(), false, Basis::Working)?;
        let bound = |b: Option<Instant>| b.map(|x| clock::to_rfc3339_local(x, zone));
        let mut values = vec![];
        if let Some(f) = bound(p.from) {
            values.push(("from", f));
        }
        if let Some(t) = bound(p.to) {
            values.push(("to", t));
        }
        values.push(("basis", Basis::Working.code().to_string()));
        if let Some(s) = &sop {
            values.push(("sop", s.clone()));
        }
        let info = output::Info {
            report: "monthly".into(),
            values,
        };
        return output::write_workbook(path, &[&summary, &compliance], &info, zone);
    }
    let months: Vec<(Month, Period)> = (0..12)
        .rev()
        .map(|k| {
            let m = month.back(k);
            period::parse_period(&m.code(), ctx.now, zone)
                .map(|p| (m, p))
                .map_err(Error::Usage)
        })
        .collect::<Result<_>>()?;
    let first = months.first().map_or(p, |m| m.1);
    let (from, to) = p.db_bounds();
    let (first_from, _) = first.db_bounds();
    let cases = reports::summary_cases(&reg, first_from.as_deref(), to.as_deref(), sop.as_deref())?;
    let finished = reports::finished(
        &reg,
        from.as_deref(),
        to.as_deref(),
        sop.as_deref(),
        false,
        false,
    )?;
    let late = reports::late(&reg, from.as_deref(), to.as_deref(), sop.as_deref(), false)?;
    let sops = reports::latest_sops(&reg)?;
    // Open at the month's end, or now while the month runs.
    let open_until = if running {
        Some(clock::to_db(ctx.now))
    } else {
        to.clone()
    };
    let open_at_end = reports::open_at(&reg, open_until.as_deref(), sop.as_deref())?;
    // Referrals are counted for the whole unit: a page of one SOP leaves them out.
    let referrals = match sop {
        Some(_) => None,
        None => monthly::ReferralFigures::from(&reg.referral_figures(
            from.as_deref(),
            to.as_deref(),
            ctx.now,
        )?),
    };
    let model = monthly::build(monthly::Input {
        unit: reg.office_prefix()?,
        month,
        sop,
        zone,
        period: p,
        cases: &cases,
        months,
        finished: &finished,
        late: &late,
        sops: &sops,
        open_at_end,
        referrals,
        as_of,
        deidentified,
        made_at: clock::to_local_short(ctx.now, zone),
    });
    let html = crate::report::html::page(&model, page_lang());
    match out {
        Some(path) => crate::files::write_out(path, html.as_bytes()),
        None => output::print(&html),
    }
}

/// `report monthly --format html|xlsx`: the extension of `--out` must agree (a workbook needs
/// `--out FILE.xlsx`; the page goes to a .html/.htm file or to standard output), else exit 2
/// before anything is read.
fn monthly_format(
    format: Option<crate::cli::MonthlyFormat>,
    out: Option<&std::path::Path>,
) -> Result<()> {
    use crate::cli::MonthlyFormat;
    let out = out.filter(|p| *p != std::path::Path::new("-"));
    match (format, out) {
        (Some(MonthlyFormat::Xlsx), out) => {
            output::xlsx::check_out(true, out)?;
            Ok(())
        }
        (Some(MonthlyFormat::Html), Some(p)) if is_xlsx(p) => Err(Error::Usage(crate::tr!(
            "--out {}: --format html writes the page, named .html or .htm; for a workbook use --format xlsx",
            "--out {}: --format html menulis halaman, bernama .html atau .htm; untuk buku kerja pakai --format xlsx",
            p.display()
        ))),
        _ => Ok(()),
    }
}

fn extension(path: &std::path::Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// `--out FILE.xlsx`: the month's figures as a workbook.
fn is_xlsx(path: &std::path::Path) -> bool {
    extension(path).as_deref() == Some("xlsx")
}

/// The page's file must be named .html or .htm (or .xlsx for the workbook): a guard against a
/// mistyped name that would replace a CSV or PDF with HTML (exit 2, before anything is read).
fn html_name(path: &std::path::Path) -> Result<()> {
    if matches!(extension(path).as_deref(), Some("html" | "htm" | "xlsx")) {
        return Ok(());
    }
    let p = path.display();
    Err(Error::Usage(crate::tr!(
        "--out {p}: the monthly report is an HTML page; give a file name ending in .html or .htm (or .xlsx for its figures as a workbook; nothing was written)",
        "--out {p}: laporan bulanan adalah halaman HTML; beri nama berkas berakhiran .html atau .htm (atau .xlsx untuk angkanya sebagai buku kerja; tidak ada yang ditulis)"
    )))
}

/// The page's language: `--lang`, else `KASUS_LANG`, else Bahasa Indonesia (not the locale: a
/// page made by cron for the dinas is in Indonesian unless asked otherwise).
fn page_lang() -> crate::text::Lang {
    crate::text::lang_flag(std::env::args_os())
        .or_else(|| std::env::var("KASUS_LANG").ok())
        .as_deref()
        .and_then(crate::text::parse_lang)
        .unwrap_or(crate::text::Lang::Id)
}

/// `report overdue`'s sheet: the running steps over their standard at `at`, the late
/// referrals, and the open cases idle for `idle` days (of `sop`).
fn overdue(
    reg: &Register,
    sop: Option<&str>,
    at: Instant,
    idle: u32,
    basis: Basis,
    zone: Zone,
) -> Result<crate::report::Sheet> {
    // Only the steps over their standard are kept, and only their holders looked up.
    let work = crate::open_work::OpenWork::new(reg)?;
    let mut running = Vec::new();
    work.each(sop, at, false, |mut r| {
        if r.over(basis) {
            r.holder = work.holder(&r.run)?;
            running.push(r);
        }
        Ok(())
    })?;
    // Likewise only the cases idle for `idle` days (build::overdue judges them again).
    // The cut-off goes into SQL: a case active after it is passed over there.
    let limit = u64::from(idle) * 86_400;
    let cut = crate::open_work::idle_cut(at, limit);
    let mut activity = Vec::new();
    reports::each_open_case_activity(reg, sop, cut.as_deref(), |a| {
        if clock::from_db(&a.last_activity)
            .is_some_and(|t| crate::timing::elapsed_secs(t, at) >= limit)
        {
            activity.push(a);
        }
        Ok(())
    })?;
    // Who to ask about each idle case: its holders now, looked up for those alone.
    for a in &mut activity {
        a.holder = reports::holders(reg, a.case_id)?;
    }
    let late = late_referrals(reg, sop, at)?;
    Ok(build::overdue(
        &running, &late, &activity, at, idle, basis, zone,
    ))
}

/// The open referrals (of cases following `--sop`) whose running wait is over its standard at
/// `at`: an answer not given in time, or a service not done in time.
fn late_referrals(
    reg: &Register,
    sop: Option<&str>,
    at: Instant,
) -> Result<Vec<build::LateReferral>> {
    let cal = reg.clocks()?.office;
    let mut out = Vec::new();
    for r in reg.open_referrals()? {
        if !r.status().is_open() || sop.is_some_and(|code| code != r.sop_code) {
            continue;
        }
        let Some((response, completion)) = r.timings(&cal, at) else {
            continue;
        };
        let late = [response, completion]
            .into_iter()
            .find(|m| m.open && m.late);
        if let Some(m) = late {
            out.push(build::LateReferral {
                case_number: r.case_number.clone(),
                agency: r.agency.clone(),
                sent_at: r.sent_at.clone(),
                secs: m.secs,
                standard_secs: m.standard_secs.unwrap_or(0),
            });
        }
    }
    Ok(out)
}

/// Reports only read: they need an existing register.
pub fn reads_only(_: &crate::cli::ReportArgs) -> bool {
    true
}

/// A corrected attempt's original values (each field's value before its first correction), in
/// the order first corrected.
fn originals(
    corrections: &[crate::register::corrections::CorrectionRow],
    attempt_id: i64,
) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for c in corrections
        .iter()
        .filter(|c| c.target == "step" && c.target_id == Some(attempt_id))
    {
        if !out.iter().any(|(f, _)| *f == c.field) {
            out.push((c.field.clone(), c.before.clone()));
        }
    }
    out
}
