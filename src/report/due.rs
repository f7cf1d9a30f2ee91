//! `kasus report due`: the running steps of open cases ordered by the working time left before
//! their standard's maximum, each with its alert (`ok`, `warning`, `over`, `paused`; the rule is
//! [`crate::timing::alert`]). Pure: the steps come measured at the report's instant.

use super::{col, data_col, Kind, RunningStep, Sheet};
use crate::clock::{self, Instant, Zone};
use crate::text::t;
use crate::timing::alert::{self, Alert, DueRule};
use serde_json::json;

/// One listed step: its measure, alert and working time left (None: open-ended).
struct Due<'a> {
    step: &'a RunningStep,
    elapsed: u64,
    max: Option<u64>,
    alert: Alert,
    raised: bool,
}

impl Due<'_> {
    /// Working seconds left before the maximum, negative once over; None when open-ended.
    fn margin(&self) -> Option<i128> {
        self.max.map(|m| i128::from(m) - i128::from(self.elapsed))
    }
}

/// The sheet. `within`: keep only steps with at most this much working time left (open-ended
/// steps are then left out). Returns the sheet and the number of alerts raised (warnings and
/// overs of steps whose clock runs now), for `--fail-if-any`.
pub fn sheet(
    running: &[RunningStep],
    rule: DueRule,
    within: Option<u64>,
    at: Instant,
    zone: Zone,
) -> (Sheet, usize) {
    let mut sheet = Sheet::new(
        "due",
        vec![
            col("case", t("Case", "Kasus"), Kind::Text),
            col("step", t("Step", "Langkah"), Kind::Int),
            col("holder", t("Held by", "Dipegang"), Kind::Text),
            col("clock", t("Clock", "Jam"), Kind::Code),
            col("started_at", t("Started", "Mulai"), Kind::Time),
            col("elapsed_secs", t("Elapsed", "Berjalan"), Kind::Secs),
            col("standard_max_secs", t("Standard", "Standar"), Kind::Secs),
            col("left_secs", t("Left", "Sisa"), Kind::Secs),
            col("alert", t("Alert", "Tanda"), Kind::Code),
            data_col("over_secs", Kind::Secs),
            data_col("wall_secs", Kind::Secs),
            data_col("paused_secs", Kind::Secs),
            data_col("clock_running", Kind::Bool),
            data_col("alerted", Kind::Bool),
        ],
    );
    let mut due: Vec<Due> = running
        .iter()
        .filter_map(|step| {
            let f = step.measured.figures?;
            let max = step.measured.standard.1;
            let alert = alert::alert(f.elapsed_secs, max, step.measured.paused, rule);
            Some(Due {
                step,
                elapsed: f.elapsed_secs,
                max,
                alert,
                raised: alert::raises(alert, step.measured.clock_running),
            })
        })
        .filter(|d| match within {
            None => true,
            Some(w) => d.margin().is_some_and(|m| m <= i128::from(w)),
        })
        .collect();
    // Least time left first (the most over first); open-ended last; then by case and step.
    due.sort_by(|a, b| {
        let key = |d: &Due| (d.margin().is_none(), d.margin().unwrap_or(0));
        key(a).cmp(&key(b)).then_with(|| {
            (&a.step.run.case_number, a.step.run.step_number)
                .cmp(&(&b.step.run.case_number, b.step.run.step_number))
        })
    });
    let mut counts = [0usize; 4];
    let mut raised = 0;
    let mut quiet = 0;
    for d in &due {
        counts[d.alert as usize] += 1;
        raised += usize::from(d.raised);
        if matches!(d.alert, Alert::Warning | Alert::Over) && !d.raised {
            quiet += 1;
        }
        let f = d.step.measured.figures.unwrap_or_default();
        let r = &d.step.run;
        sheet.rows.push(vec![
            json!(r.case_number),
            json!(r.step_number),
            json!(d.step.holder),
            json!(d.step.measured.clock),
            json!(clock::from_db(&r.started_at).map(|s| clock::to_rfc3339_local(s, zone))),
            json!(d.elapsed),
            json!(d.max),
            json!(d.max.map(|m| m.saturating_sub(d.elapsed))),
            json!(d.alert.code()),
            json!(d
                .max
                .and_then(|m| d.elapsed.checked_sub(m))
                .filter(|s| *s > 0)),
            json!(f.wall_secs),
            json!(f.paused_secs),
            json!(d.step.measured.clock_running),
            json!(d.raised),
        ]);
    }
    let [ok, warning, paused, over] = counts;
    sheet
        .extra
        .insert("at".into(), json!(clock::to_rfc3339_local(at, zone)));
    sheet.extra.insert("basis".into(), json!("working"));
    sheet.extra.insert(
        "warn_share".into(),
        json!(f64::from(rule.share_pct) / 100.0),
    );
    sheet
        .extra
        .insert("lead_secs".into(), json!(rule.lead_secs));
    sheet.extra.insert("within_secs".into(), json!(within));
    sheet.extra.insert(
        "counts".into(),
        json!({"ok": ok, "warning": warning, "over": over, "paused": paused}),
    );
    sheet.extra.insert("alerts".into(), json!(raised));
    let alerts = crate::text::count(
        raised as u64,
        "alert raised",
        "alerts raised",
        "memicu alarm",
    );
    sheet.notes.push(crate::tr!(
        "{over} over, {warning} warning, {paused} paused, {ok} ok; {alerts}",
        "{over} lewat, {warning} peringatan, {paused} dijeda, {ok} aman; {alerts}"
    ));
    if quiet > 0 {
        let steps = crate::text::count(
            quiet as u64,
            "office-clock step",
            "office-clock steps",
            "langkah jam kantor",
        );
        sheet.notes.push(crate::tr!(
            "office closed: clock stopped; {steps} not alerted until it opens",
            "kantor tutup: jam berhenti; {steps} tidak ditandai sampai kantor buka"
        ));
    }
    sheet.notes.push(crate::tr!(
        "Left is working time on each step's clock; a warning starts at {}% of the standard or with {} left.",
        "Sisa adalah waktu kerja menurut jam tiap langkah; peringatan mulai pada {}% standar atau saat sisa {}.",
        rule.share_pct,
        crate::text::duration(rule.lead_secs)
    ));
    (sheet, raised)
}
