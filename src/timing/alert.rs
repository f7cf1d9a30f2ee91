//! The warning before a standard is missed (`kasus report due`): how a running step stands
//! against its standard's maximum, by its effective working time. Pure: no database, clock or
//! terminal.
//!
//! A step is `over` past its maximum (as [`super::judge`] rules it), else `paused` while its
//! clock is paused, else `warning` once its time reaches a share of the maximum or the working
//! time left falls below a lead time (whichever comes first), else `ok`. An open-ended step is
//! never warned about. Office-clock steps raise no alert while the office is closed
//! ([`raises`]): their clock stands still, so nothing can get later before it opens.

use serde::Serialize;

/// A running step's alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Alert {
    Ok,
    Warning,
    Paused,
    Over,
}

impl Alert {
    /// The stable code of CSV and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Alert::Ok => "ok",
            Alert::Warning => "warning",
            Alert::Paused => "paused",
            Alert::Over => "over",
        }
    }
}

/// When a warning starts: at `share_pct` percent of the standard's maximum, or when less than
/// `lead_secs` of working time is left, whichever comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueRule {
    /// 1 to 100.
    pub share_pct: u32,
    pub lead_secs: u64,
}

/// The settings' defaults: 75% of the standard, 15 working minutes.
pub const DEFAULT_SHARE_PCT: u32 = 75;
pub const DEFAULT_LEAD_SECS: u64 = 15 * 60;

impl Default for DueRule {
    fn default() -> DueRule {
        DueRule {
            share_pct: DEFAULT_SHARE_PCT,
            lead_secs: DEFAULT_LEAD_SECS,
        }
    }
}

/// The alert of a running step with `elapsed` effective seconds against the maximum `max`.
pub fn alert(elapsed: u64, max: Option<u64>, paused: bool, rule: DueRule) -> Alert {
    let Some(max) = max else {
        return if paused { Alert::Paused } else { Alert::Ok };
    };
    if super::is_over(elapsed, Some(max)) {
        return Alert::Over;
    }
    if paused {
        return Alert::Paused;
    }
    let left = max - elapsed;
    let share_reached = u128::from(elapsed) * 100 >= u128::from(max) * u128::from(rule.share_pct);
    if share_reached || left < rule.lead_secs {
        Alert::Warning
    } else {
        Alert::Ok
    }
}

/// Whether an alert is raised now (counted by `--fail-if-any`): a warning or over, while the
/// step's clock runs (an office-clock step while the office is closed raises none).
pub fn raises(alert: Alert, clock_running: bool) -> bool {
    clock_running && matches!(alert, Alert::Warning | Alert::Over)
}

/// The `due-warn-share` setting: "75%" or "75", a whole percent from 1 to 100.
pub fn parse_share(s: &str) -> Option<u32> {
    let s = s.trim();
    let digits = s.strip_suffix('%').unwrap_or(s).trim();
    if digits.is_empty() || digits.len() > 3 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|p| (1..=100).contains(p))
}

/// A duration of working time ("15 menit", "15m", "1 jam 30 menit", "0m"): the `due-lead`
/// setting and `--within`. Days are refused: a day is not a fixed amount of working time.
pub fn parse_working_duration(s: &str) -> Option<u64> {
    let st = crate::sop::time::parse(s).ok()?;
    let (Some(min), Some(max)) = (st.min_secs, st.max_secs) else {
        return None;
    };
    let lower = s.to_lowercase();
    let has_days = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "hari" | "d" | "day" | "days"));
    (min == max && !has_days && max <= 10 * 365 * 86_400).then_some(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: DueRule = DueRule {
        share_pct: 75,
        lead_secs: 15 * 60,
    };

    #[test]
    fn each_state_of_a_60_minute_standard() {
        let max = Some(3600);
        assert_eq!(alert(0, max, false, RULE), Alert::Ok);
        assert_eq!(alert(2699, max, false, RULE), Alert::Ok);
        // 75% of 60 minutes is 45 minutes: a warning from then on.
        assert_eq!(alert(2700, max, false, RULE), Alert::Warning);
        assert_eq!(alert(3600, max, false, RULE), Alert::Warning);
        assert_eq!(alert(3601, max, false, RULE), Alert::Over);
    }

    #[test]
    fn the_lead_time_warns_first_on_a_short_standard() {
        // 20 minutes: 75% is 15 minutes, but 15 minutes left comes at 5 minutes.
        let max = Some(1200);
        assert_eq!(alert(300, max, false, RULE), Alert::Ok);
        assert_eq!(alert(301, max, false, RULE), Alert::Warning);
        // Without a lead time only the share counts.
        let share_only = DueRule {
            lead_secs: 0,
            ..RULE
        };
        assert_eq!(alert(301, max, false, share_only), Alert::Ok);
        assert_eq!(alert(900, max, false, share_only), Alert::Warning);
    }

    #[test]
    fn the_share_warns_first_on_a_long_standard() {
        // 6 hours: 75% is 4.5 hours, long before the last 15 minutes.
        let max = Some(6 * 3600);
        assert_eq!(alert(16_199, max, false, RULE), Alert::Ok);
        assert_eq!(alert(16_200, max, false, RULE), Alert::Warning);
        let late = DueRule {
            share_pct: 100,
            ..RULE
        };
        assert_eq!(alert(16_200, max, false, late), Alert::Ok);
        assert_eq!(alert(6 * 3600 - 899, max, false, late), Alert::Warning);
    }

    #[test]
    fn paused_unless_already_over_and_open_ended_never_warned() {
        assert_eq!(alert(3000, Some(3600), true, RULE), Alert::Paused);
        assert_eq!(alert(0, Some(3600), true, RULE), Alert::Paused);
        assert_eq!(alert(4000, Some(3600), true, RULE), Alert::Over);
        assert_eq!(alert(999_999, None, false, RULE), Alert::Ok);
        assert_eq!(alert(999_999, None, true, RULE), Alert::Paused);
    }

    #[test]
    fn only_warnings_and_overs_raise_and_only_while_the_clock_runs() {
        assert!(raises(Alert::Warning, true));
        assert!(raises(Alert::Over, true));
        assert!(!raises(Alert::Over, false));
        assert!(!raises(Alert::Warning, false));
        assert!(!raises(Alert::Paused, true));
        assert!(!raises(Alert::Ok, true));
    }

    #[test]
    fn settings_as_typed() {
        assert_eq!(parse_share("75%"), Some(75));
        assert_eq!(parse_share(" 80 "), Some(80));
        assert_eq!(parse_share("100 %"), Some(100));
        for bad in ["0", "101%", "", "%", "0.75", "-5", "abc", "1000"] {
            assert_eq!(parse_share(bad), None, "{bad}");
        }
        assert_eq!(parse_working_duration("15 menit"), Some(900));
        assert_eq!(parse_working_duration("15m"), Some(900));
        assert_eq!(parse_working_duration("1 jam 30 menit"), Some(5400));
        assert_eq!(parse_working_duration("2h"), Some(7200));
        assert_eq!(parse_working_duration("0m"), Some(0));
        for bad in [
            "",
            "15",
            "1 hari",
            "2d",
            "15 - 30 menit",
            "tergantung",
            "soon",
        ] {
            assert_eq!(parse_working_duration(bad), None, "{bad}");
        }
    }
}
