//! The calendar file written from an [`Office`]: what `kasus calendar export` prints for the
//! built-in calendar. [`super::parse`] reads it back to the same calendar.

use super::{range_text, DAYS, FORMAT_VERSION};
use crate::worktime::calendar::DayHours;
use crate::worktime::Office;

/// A TOML string literal, escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn hours_line(key: &str, h: &DayHours) -> String {
    let items: Vec<String> = h.iter().map(|r| quoted(&range_text(*r))).collect();
    format!("{key} = [{}]\n", items.join(", "))
}

/// The file text of an office calendar, as `kasus calendar export` prints it: [`parse`] reads
/// it back to the same calendar. An override lists only the days whose hours differ from the
/// usual week.
pub fn write(office: &Office) -> String {
    let mut out = String::from(
        "# kasus office calendar: the format is described in the README\n\
         # (\"Office time\" > \"The office calendar\").\n",
    );
    out.push_str(&format!("format = {FORMAT_VERSION}\n"));
    out.push_str(&format!("name = {}\n", quoted(&office.name)));
    out.push_str(&format!("zone = {}\n", quoted(office.zone.name())));
    let clock = if office.always { "24/7" } else { "office" };
    out.push_str(&format!("clock = {}\n", quoted(clock)));
    let sets: Vec<String> = office.holiday_sets.iter().map(|s| quoted(s)).collect();
    out.push_str(&format!("holidays = [{}]\n", sets.join(", ")));
    out.push_str("\n[week]\n");
    for (i, day) in DAYS.iter().enumerate() {
        out.push_str(&hours_line(day, &office.week.0[i]));
    }
    for o in &office.overrides {
        out.push_str("\n[[override]]\n");
        out.push_str(&format!("name = {}\n", quoted(&o.name)));
        out.push_str(&format!("from = {}\n", o.from.format("%Y-%m-%d")));
        out.push_str(&format!("to = {}\n", o.to.format("%Y-%m-%d")));
        for (i, day) in DAYS.iter().enumerate() {
            if o.week.0[i] != office.week.0[i] {
                out.push_str(&hours_line(day, &o.week.0[i]));
            }
        }
    }
    for (date, hours) in &office.dates {
        out.push_str("\n[[date]]\n");
        out.push_str(&format!("date = {}\n", date.format("%Y-%m-%d")));
        out.push_str(&hours_line("hours", hours));
        if let Some(n) = office.notes.get(date) {
            out.push_str(&format!("note = {}\n", quoted(n)));
        }
    }
    out
}
