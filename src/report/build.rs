//! Builds each report's sheet from the register's rows. Pure: no database, clock or terminal;
//! "now" and the office zone come in as arguments.

use super::{col, data_col, hidden, Basis, Kind, RunningStep, Sheet};
use crate::clock::{self, Instant, Zone};
use crate::register::reports::{Activity, Finished, StaffLoad};
use crate::sop::Sop;
use crate::stats::{self, Group};
use crate::steptime::Measured;
use crate::text::{duration, t};
use crate::timing::{self, Verdict};
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn time(s: Option<&str>, zone: Zone) -> Value {
    // The stored form shifted without parsing it (the same text: `output::stream`'s tests).
    if let Some(stamp) = s.and_then(|s| crate::output::stream::local_stamp(s, zone)) {
        return json!(stamp.as_str());
    }
    s.and_then(clock::from_db)
        .map(|t| json!(clock::to_rfc3339_local(t, zone)))
        .unwrap_or(Value::Null)
}

/// One row of a case's timeline, as the register holds it.
pub struct TimelineAttempt {
    pub step_number: u32,
    pub attempt: u32,
    pub status: String,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    /// Its figures (finished: as judged; running: so far, on its clock), clock and standard.
    pub measured: Measured,
    pub performer: Option<String>,
    pub reason: Option<String>,
    pub outcome: Option<String>,
    /// A corrected attempt's original values, field by field (the value before its first
    /// correction), in the order first corrected; empty when never corrected.
    pub originals: Vec<(String, Option<String>)>,
}

/// A corrected attempt's originals as one cell: "was: finished_at 2026-03-02 10:00, verdict
/// over"; null when it was never corrected. An output's text is not in the report: named only.
fn originals(a: &TimelineAttempt, zone: Zone) -> Value {
    if a.originals.is_empty() {
        return Value::Null;
    }
    let fields: Vec<String> = a
        .originals
        .iter()
        .map(|(field, before)| {
            let label = crate::text::corrected::field_label(field);
            if field == "output" {
                return label;
            }
            let value = crate::text::corrected::field_value(field, before.as_deref(), zone);
            format!("{label} {value}")
        })
        .collect();
    json!(format!("{} {}", t("was:", "semula:"), fields.join(", ")))
}

/// `report case`: one row per attempt, the wait since the previous step finished, and totals.
pub fn case_timeline(number: &str, sop: &Sop, attempts: &[TimelineAttempt], zone: Zone) -> Sheet {
    let mut sheet = Sheet::new("case", timeline_columns());
    let mut totals = Totals::default();
    for a in attempts {
        sheet.rows.push(totals.row(a, sop, zone));
    }
    totals.finish(&mut sheet, number, sop);
    sheet
}

fn timeline_columns() -> Vec<super::Column> {
    vec![
        col("step", t("Step", "Langkah"), Kind::Int),
        col("attempt", t("Attempt", "Ke-"), Kind::Int),
        col("activity", t("Activity", "Kegiatan"), Kind::LongText),
        col("performer", t("Performer", "Pelaksana"), Kind::Text),
        col("started_at", t("Started", "Mulai"), Kind::Time),
        col("finished_at", t("Finished", "Selesai"), Kind::Time),
        col("elapsed_secs", t("Elapsed", "Durasi"), Kind::Secs),
        data_col("wall_secs", Kind::Secs),
        data_col("paused_secs", Kind::Secs),
        col("clock", t("Clock", "Jam"), Kind::Code),
        data_col("calendar_version", Kind::Int),
        col("standard", t("Standard", "Standar"), Kind::Text),
        data_col("standard_min_secs", Kind::Secs),
        data_col("standard_max_secs", Kind::Secs),
        col("verdict", t("Verdict", "Penilaian"), Kind::Code),
        col("over_secs", t("Over by", "Lewat"), Kind::Secs),
        data_col("reason", Kind::Text),
        col(
            "wait_secs",
            t("Wait before", "Menunggu sebelumnya"),
            Kind::Secs,
        ),
        col("corrected", t("Corrected", "Dikoreksi"), Kind::Text),
    ]
}

/// A case timeline's running totals, added to attempt by attempt.
#[derive(Default)]
struct Totals {
    prev_finish: Option<Instant>,
    elapsed: u64,
    /// Time spent in steps with a maximum standard (what the SOP's total covers).
    timed_elapsed: u64,
    wait: u64,
    finished: u64,
    first_start: Option<Instant>,
    last_finish: Option<Instant>,
}

impl Totals {
    /// One attempt's row, its time added to the totals.
    fn row(&mut self, a: &TimelineAttempt, sop: &Sop, zone: Zone) -> Vec<Value> {
        let step = sop.step(a.step_number);
        let started = a.started_at.as_deref().and_then(clock::from_db);
        let finished_at = a.finished_at.as_deref().and_then(clock::from_db);
        let m = &a.measured;
        let (min, max) = m.standard;
        let figures = m.figures;
        let elapsed = figures.map(|f| f.elapsed_secs);
        let verdict = m.verdict;
        let void = verdict == Verdict::Void;
        if !matches!(verdict, Verdict::Skipped | Verdict::Running | Verdict::Void) {
            let e = elapsed.unwrap_or(0);
            self.elapsed += e;
            if max.is_some() {
                self.timed_elapsed += e;
            }
            self.finished += 1;
        }
        // A voided attempt counts for nothing: no wait before it, nor does its finish start one.
        let wait = match (self.prev_finish, started, void) {
            (Some(p), Some(s), false) => Some(timing::elapsed_secs(p, s)),
            _ => None,
        };
        self.wait += wait.unwrap_or(0);
        if !void {
            if self.first_start.is_none() {
                self.first_start = started.or(finished_at);
            }
            if let Some(f) = finished_at {
                self.prev_finish = Some(f);
                self.last_finish = Some(f);
            }
        }
        let verdict_text = match (verdict, a.outcome.as_deref()) {
            (Verdict::Skipped, _) => "skipped".to_string(),
            (Verdict::Void, _) => "void".to_string(),
            (v, Some(o @ ("returned" | "refused" | "approved"))) => format!("{} ({o})", v.code()),
            (v, _) => v.code().to_string(),
        };
        vec![
            json!(a.step_number),
            json!(a.attempt),
            json!(step.map(|s| s.activity.as_str()).unwrap_or("")),
            json!(a.performer),
            time(a.started_at.as_deref(), zone),
            time(a.finished_at.as_deref(), zone),
            json!(elapsed),
            json!(figures.map(|f| f.wall_secs)),
            json!(figures.map(|f| f.paused_secs)),
            json!(m.clock),
            json!(m.calendar_version),
            json!(step.map(|s| s.standard.text.as_str())),
            json!(min),
            json!(max),
            json!(verdict_text),
            json!(verdict.over_secs()),
            json!(a.reason),
            json!(wait),
            originals(a, zone),
        ]
    }

    /// The totals into the sheet: the case, the figures (JSON) and the note under the table.
    fn finish(self, sheet: &mut Sheet, number: &str, sop: &Sop) {
        let span = match (self.first_start, self.last_finish) {
            (Some(a), Some(b)) => Some(timing::elapsed_secs(a, b)),
            _ => None,
        };
        let total = &sop.total;
        // The SOP's total covers its timed steps: judge the time spent in those.
        let verdict = timing::judge(
            self.timed_elapsed,
            Some(total.min_secs),
            Some(total.max_secs),
        );
        sheet.extra.insert("case".into(), json!(number));
        sheet.extra.insert(
            "totals".into(),
            json!({
                "finished_steps": self.finished,
                "elapsed_secs": self.elapsed,
                "timed_elapsed_secs": self.timed_elapsed,
                "wait_secs": self.wait,
                "span_secs": span,
                "sop_total_min_secs": total.min_secs,
                "sop_total_max_secs": total.max_secs,
                "sop_total_open_ended": total.open_ended,
                "sop_total_stated": total.stated_text,
                "verdict": verdict.code(),
                "over_secs": verdict.over_secs(),
            }),
        );
        sheet.notes.push(format!(
            "{}: {} {} ({} {}), {} {}, {} {}; {}: {}{} — {}",
            t("Total", "Total"),
            duration(self.elapsed),
            t("in steps", "dalam langkah"),
            self.finished,
            t("finished", "selesai"),
            duration(self.wait),
            t("waiting between steps", "jeda antar langkah"),
            span.map(duration).unwrap_or_default(),
            t(
                "from first start to last finish",
                "dari mulai pertama sampai selesai terakhir"
            ),
            t("SOP total", "total SOP"),
            crate::text::duration_range(total.min_secs, total.max_secs, total.open_ended),
            total
                .stated_text
                .as_ref()
                .map(|s| format!(" ({} {s})", t("stated", "tertulis")))
                .unwrap_or_default(),
            match verdict {
                Verdict::Over(s) => format!("{} {}", t("over by", "lewat"), duration(s)),
                _ => t("within the SOP's total", "dalam total SOP").to_string(),
            }
        ));
    }
}

/// The finished attempts grouped per SOP code, step and (with `by_staff`) performer, each group
/// finished (its times sorted), in that order: what `report compliance` prints a row of and the
/// monthly report draws.
pub fn compliance_groups(
    rows: impl IntoIterator<Item = Finished>,
    by_staff: bool,
) -> Vec<((String, u32, String), Group)> {
    // The rows' groups are moved into the merged ones, not copied: the figures of a large
    // register are held once.
    let mut groups: BTreeMap<(String, u32, String), Group> = BTreeMap::new();
    for r in rows {
        let who = match (by_staff, r.performer) {
            (true, Some(p)) => p,
            _ => String::new(),
        };
        groups
            .entry((r.sop_code, r.step_number, who))
            .or_default()
            .merge(r.group);
    }
    groups
        .into_iter()
        .map(|(key, mut g)| {
            g.finish();
            (key, g)
        })
        .collect()
}

/// `report compliance`: per SOP and step (and performer with `--by staff`).
/// `basis` says which time the rows carry (see `register::reports::finished`).
pub fn compliance(
    rows: Vec<Finished>,
    by_staff: bool,
    sops: &BTreeMap<String, Sop>,
    basis: Basis,
) -> Sheet {
    let mut columns = vec![
        col("sop", "SOP", Kind::Text),
        col("step", t("Step", "Langkah"), Kind::Int),
        col("activity", t("Activity", "Kegiatan"), Kind::LongText),
    ];
    if by_staff {
        columns.push(col("performer", t("Performer", "Pelaksana"), Kind::Text));
    }
    columns.extend([
        col("count", t("Count", "Jumlah"), Kind::Int),
        data_col("judged", Kind::Int),
        data_col("on_time", Kind::Int),
        col("on_time_share", t("On time", "Tepat waktu"), Kind::Share),
        col("median_secs", t("Median", "Median"), Kind::Secs),
        col("p90_secs", "P90", Kind::Secs),
        col("max_secs", t("Max", "Maks"), Kind::Secs),
        data_col("standard_min_secs", Kind::Secs),
        col("standard_max_secs", t("Standard", "Standar"), Kind::Secs),
        col("clock", t("Clock", "Jam"), Kind::Code),
    ]);
    let mut sheet = Sheet::new("compliance", columns);
    sheet.extra.insert("basis".into(), json!(basis.code()));
    sheet.notes.push(basis.note());
    for ((code, step, who), g) in compliance_groups(rows, by_staff) {
        let code = code.as_str();
        let who = who.as_str();
        let activity = sops
            .get(code)
            .and_then(|s| s.step(step))
            .map(|s| s.activity.clone())
            .unwrap_or_default();
        let mut row = vec![json!(code), json!(step), json!(activity)];
        if by_staff {
            row.push(json!(who));
        }
        row.extend([
            json!(g.count()),
            json!(g.judged),
            json!(g.on_time),
            json!(g.on_time_share()),
            json!(stats::median(&g.elapsed)),
            json!(stats::nearest_rank(&g.elapsed, 90)),
            json!(g.elapsed.last()),
            json!(g.standard_min),
            json!(g.standard_max),
            json!(match basis {
                Basis::Working => g.clock_names(),
                Basis::Wall => "wall".to_string(),
            }),
        ]);
        sheet.rows.push(row);
    }
    sheet
}

/// What `report overdue` found, each count in words: "2 overdue steps", "1 late referral
/// awaiting the agency", "1 case idle for 7 days or more".
pub fn overdue_counts(steps: u64, late: u64, idle: u64, idle_days: u32) -> [String; 3] {
    use crate::text::count;
    let days = count(u64::from(idle_days), "day", "days", "hari");
    [
        count(
            steps,
            "overdue step",
            "overdue steps",
            "langkah lewat waktu",
        ),
        count(
            late,
            "late referral awaiting the agency",
            "late referrals awaiting the agency",
            "rujukan terlambat menunggu lembaga",
        ),
        {
            let cases = count(idle, "case", "cases", "kasus");
            crate::tr!(
                "{cases} idle for {days} or more",
                "{cases} diam selama {days} atau lebih"
            )
        },
    ]
}

/// `report overdue --fail-if-any`'s alert: what was found, the counts that are not zero.
pub fn overdue_alert(steps: u64, late: u64, idle: u64, idle_days: u32) -> String {
    let parts = overdue_counts(steps, late, idle, idle_days);
    [steps, late, idle]
        .iter()
        .zip(parts)
        .filter(|(n, _)| **n > 0)
        .map(|(_, p)| p)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `report overdue`: running steps past their standard on `basis`, and open cases idle for
/// `idle_days`.
pub fn overdue(
    running: &[RunningStep],
    late_referrals: &[LateReferral],
    activity: &[Activity],
    at: Instant,
    idle_days: u32,
    basis: Basis,
    zone: Zone,
) -> Sheet {
    let mut sheet = Sheet::new(
        "overdue",
        vec![
            col("kind", t("Kind", "Jenis"), Kind::Code),
            col("case", t("Case", "Kasus"), Kind::Text),
            col("step", t("Step", "Langkah"), Kind::Int),
            col("holder", t("Held by", "Dipegang"), Kind::Text),
            col("clock", t("Clock", "Jam"), Kind::Code),
            col("started_at", t("Started", "Mulai"), Kind::Time),
            col("elapsed_secs", t("Running for", "Berjalan"), Kind::Secs),
            col("standard_max_secs", t("Standard", "Standar"), Kind::Secs),
            col("over_secs", t("Over by", "Lewat"), Kind::Secs),
            data_col("paused", Kind::Bool),
            col(
                "last_activity_at",
                t("Last activity", "Aktivitas terakhir"),
                Kind::Time,
            ),
            col("idle_secs", t("Idle for", "Diam selama"), Kind::Secs),
        ],
    );
    let mut steps = 0;
    for r in running {
        let Some((elapsed, Some(max))) = r.judged(basis) else {
            continue;
        };
        if elapsed <= max {
            continue;
        }
        steps += 1;
        sheet.rows.push(vec![
            json!("overdue-step"),
            json!(r.run.case_number),
            json!(r.run.step_number),
            json!(r.holder),
            json!(match basis {
                Basis::Working => r.measured.clock,
                Basis::Wall => "wall",
            }),
            time(Some(&r.run.started_at), zone),
            json!(elapsed),
            json!(max),
            json!(elapsed - max),
            json!(r.measured.paused),
            Value::Null,
            Value::Null,
        ]);
    }
    for l in late_referrals {
        sheet.rows.push(vec![
            json!("late-referral"),
            json!(l.case_number),
            Value::Null,
            json!(l.agency),
            json!("office"),
            time(Some(&l.sent_at), zone),
            json!(l.secs),
            json!(l.standard_secs),
            json!(l.secs.saturating_sub(l.standard_secs)),
            Value::Null,
            Value::Null,
            Value::Null,
        ]);
    }
    let mut idle = 0;
    let limit = u64::from(idle_days) * 86_400;
    for a in activity {
        let Some(last) = clock::from_db(&a.last_activity) else {
            continue;
        };
        let secs = timing::elapsed_secs(last, at);
        if secs < limit {
            continue;
        }
        idle += 1;
        sheet.rows.push(vec![
            json!("idle-case"),
            json!(a.case_number),
            Value::Null,
            json!(a.holder),
            json!("wall"),
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
            time(Some(&a.last_activity), zone),
            json!(secs),
        ]);
    }
    sheet
        .extra
        .insert("at".into(), json!(clock::to_rfc3339_local(at, zone)));
    sheet.extra.insert("basis".into(), json!(basis.code()));
    sheet.extra.insert("overdue_steps".into(), json!(steps));
    sheet.extra.insert("idle_cases".into(), json!(idle));
    sheet
        .extra
        .insert("late_referrals".into(), json!(late_referrals.len()));
    sheet.extra.insert("idle_days".into(), json!(idle_days));
    sheet.notes.push(
        overdue_counts(
            steps as u64,
            late_referrals.len() as u64,
            idle as u64,
            idle_days,
        )
        .join(", "),
    );
    sheet.notes.push(basis.note());
    sheet.notes.push(
        t(
            "Idle days are calendar days on the wall clock.",
            "Hari diam dihitung hari kalender menurut jam dinding.",
        )
        .to_string(),
    );
    sheet
}

/// An open referral past its standard (`report overdue`): the agency has yet to answer, or to
/// finish, and the working time since sending is over the standard of that wait.
#[derive(Debug, Clone)]
pub struct LateReferral {
    pub case_number: String,
    pub agency: String,
    pub sent_at: String,
    pub secs: u64,
    pub standard_secs: u64,
}

/// `report workload`: per active staff member; a step is overdue by its effective working time.
pub fn workload(staff: &[StaffLoad], running: &[RunningStep]) -> Sheet {
    let mut sheet = Sheet::new(
        "workload",
        vec![
            col("staff", t("Staff", "Staf"), Kind::Text),
            col("roles", t("Roles", "Peran"), Kind::Text),
            col("open_cases", t("Open cases", "Kasus terbuka"), Kind::Int),
            col(
                "running_steps",
                t("Running steps", "Langkah berjalan"),
                Kind::Int,
            ),
            col(
                "overdue_steps",
                t("Overdue steps", "Langkah lewat waktu"),
                Kind::Int,
            ),
        ],
    );
    for s in staff {
        let mine: Vec<&RunningStep> = running
            .iter()
            .filter(|r| r.run.performer_staff_id == Some(s.staff_id))
            .collect();
        let overdue = mine.iter().filter(|r| r.over(Basis::Working)).count();
        sheet.rows.push(vec![
            json!(s.name),
            json!(s.roles),
            json!(s.open_cases),
            json!(mine.len()),
            json!(overdue),
        ]);
    }
    sheet
        .extra
        .insert("basis".into(), json!(Basis::Working.code()));
    sheet
}

/// `report summary`: cases registered and closed in the period, by Simfoni's categories (the
/// counts of `summary::count`, which the monthly report renders too).
pub fn summary(counts: &super::summary::SummaryCounts) -> Sheet {
    let mut sheet = Sheet::new(
        "summary",
        vec![
            col("dimension", t("Counted by", "Menurut"), Kind::Code),
            col("category", t("Category", "Kategori"), Kind::Code),
            col("registered", t("Registered", "Terdaftar"), Kind::Int),
            col("closed", t("Closed", "Ditutup"), Kind::Int),
        ],
    );
    for dimension in super::summary::SUMMARY_DIMENSIONS {
        for category in super::summary::categories(dimension) {
            let (r, c) = counts.get(dimension, &category);
            sheet
                .rows
                .push(vec![json!(dimension), json!(category), json!(r), json!(c)]);
        }
    }
    sheet
}

/// `report referrals`: one row per agency kind with referrals sent in the period, then the
/// total; the late ones by ID and case number only (JSON `late`, and a note).
pub fn referrals(f: &crate::referral::Figures) -> Sheet {
    let mut sheet = Sheet::new(
        "referrals",
        vec![
            col("agency_kind", t("Agency kind", "Jenis lembaga"), Kind::Code),
            col("count", t("Referrals", "Rujukan"), Kind::Int),
            hidden(col("sent", t("Unanswered", "Belum dijawab"), Kind::Int)),
            hidden(col("accepted", t("Accepted", "Diterima"), Kind::Int)),
            hidden(col("rejected", t("Rejected", "Ditolak"), Kind::Int)),
            hidden(col("done", t("Done", "Selesai"), Kind::Int)),
            hidden(col("cancelled", t("Cancelled", "Dibatalkan"), Kind::Int)),
            col(
                "response_median_secs",
                t("Response median", "Median respons"),
                Kind::Secs,
            ),
            hidden(col(
                "response_max_secs",
                t("Response max", "Maks respons"),
                Kind::Secs,
            )),
            hidden(col(
                "response_on_time_share",
                t("Answered in time", "Dijawab tepat waktu"),
                Kind::Share,
            )),
            col(
                "completion_median_secs",
                t("Completion median", "Median penyelesaian"),
                Kind::Secs,
            ),
            hidden(col(
                "completion_max_secs",
                t("Completion max", "Maks penyelesaian"),
                Kind::Secs,
            )),
            hidden(col(
                "completion_on_time_share",
                t("Done in time", "Selesai tepat waktu"),
                Kind::Share,
            )),
            hidden(col(
                "done_share",
                t("Share done", "Porsi selesai"),
                Kind::Share,
            )),
            col("late", t("Late", "Terlambat"), Kind::Int),
            hidden(col(
                "consent_overrides",
                t("Consent overridden", "Persetujuan diabaikan"),
                Kind::Int,
            )),
            data_col("handovers", Kind::Int),
            data_col("answered", Kind::Int),
        ],
    );
    for g in f.by_kind.iter().chain([&f.total]) {
        sheet.rows.push(vec![
            json!(g.agency_kind),
            json!(g.count),
            json!(g.sent),
            json!(g.accepted),
            json!(g.rejected),
            json!(g.done),
            json!(g.cancelled),
            json!(g.response_median_secs),
            json!(g.response_max_secs),
            json!(g.response_on_time_share),
            json!(g.completion_median_secs),
            json!(g.completion_max_secs),
            json!(g.completion_on_time_share),
            json!(g.done_share),
            json!(g.late),
            json!(g.consent_overrides),
            json!(g.handovers),
            json!(g.answered),
        ]);
    }
    sheet.extra.insert("late".into(), json!(f.late));
    let late: Vec<String> = f
        .late
        .iter()
        .map(|l| format!("{} ({})", l.case_number, l.id))
        .collect();
    sheet.notes.push(format!(
        "{}: {}",
        t("Late (case, referral ID)", "Terlambat (kasus, ID rujukan)"),
        if late.is_empty() {
            "-".to_string()
        } else {
            late.join(", ")
        }
    ));
    // The table fits 80 columns: the total's other figures are a line under it (every figure
    // per kind is in CSV and JSON, or a table with --columns).
    let g = &f.total;
    let share = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{:.0}%", v * 100.0));
    sheet.notes.push(crate::tr!(
        "All: {} unanswered, {} accepted, {} rejected, {} done, {} cancelled; answered in time {}, done in time {}, share done {}; consent overridden {}.",
        "Semua: {} belum dijawab, {} diterima, {} ditolak, {} selesai, {} dibatalkan; dijawab tepat waktu {}, selesai tepat waktu {}, porsi selesai {}; persetujuan diabaikan {}.",
        g.sent,
        g.accepted,
        g.rejected,
        g.done,
        g.cancelled,
        share(g.response_on_time_share),
        share(g.completion_on_time_share),
        share(g.done_share),
        g.consent_overrides
    ));
    sheet.notes.push(
        t(
            "Times are working time on the office clock: response from sending to the answer, completion from sending to done.",
            "Waktu adalah waktu kerja menurut jam kantor: respons dari pengiriman sampai jawaban, penyelesaian dari pengiriman sampai selesai.",
        )
        .to_string(),
    );
    sheet
}

/// `report summary`'s referral rows: per agency kind (and in total), the referrals sent in the
/// period (`registered`) and, of them, those completed (`closed`: done, or a handover accepted,
/// as `report referrals` counts them).
pub fn summary_referrals(sheet: &mut Sheet, f: &crate::referral::Figures) {
    let count = |kind: &str| {
        f.by_kind
            .iter()
            .find(|g| g.agency_kind == kind)
            .map_or((0, 0), |g| (g.count, g.completed))
    };
    sheet.rows.push(vec![
        json!("referral_to"),
        json!("all"),
        json!(f.total.count),
        json!(f.total.completed),
    ]);
    for kind in crate::referral::AGENCY_KINDS {
        let (n, done) = count(kind);
        sheet.rows.push(vec![
            json!("referral_to"),
            json!(kind),
            json!(n),
            json!(done),
        ]);
    }
    sheet.notes.push(
        t(
            "referrals to: referrals sent in the period to each kind of agency (registered) and, of them, those completed (closed: done, or a handover accepted).",
            "rujukan ke: rujukan yang dikirim dalam periode ke tiap jenis lembaga (terdaftar) dan, di antaranya, yang tuntas (ditutup: selesai, atau pelimpahan yang diterima).",
        )
        .to_string(),
    );
}
