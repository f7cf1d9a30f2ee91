//! The SOP model: a written standard operating procedure as kasus reads it from a TOML file
//! (format in `sops/FORMAT.md` and the README), with its steps, their standard times and the
//! flow the document's text describes (consent gates, conditions, decisions, repeats).

pub mod catalog;
pub mod diff;
pub mod file;
pub mod marks;
pub mod time;

#[cfg(test)]
mod documents;

use serde::Serialize;
pub use time::Standard;

/// Consent scopes that a gate may ask for and a consent may cover.
pub const CONSENT_SCOPES: &[&str] = &["layanan", "berbagi-informasi", "dokumentasi"];

#[derive(Debug, Clone, Serialize)]
pub struct Sop {
    pub code: String,
    pub name: String,
    pub office: String,
    /// A short form of the office for tables ("DP3A-PP-KB Kota Batam").
    pub office_short: Option<String>,
    pub number: String,
    pub created: Option<String>,
    pub revised: Option<String>,
    pub effective: Option<String>,
    pub approved_by: Option<String>,
    pub legal_basis: Vec<String>,
    pub qualifications: Vec<String>,
    pub related: Vec<String>,
    pub equipment: Vec<String>,
    pub warnings: Vec<String>,
    pub records: Vec<String>,
    pub roles: Vec<Role>,
    pub steps: Vec<Step>,
    pub total: Total,
    /// The clock the SOP's standard times run on (`clock`; office when the file names none).
    pub clock: Clock,
    /// Why the SOP runs on that clock, in the document's words (`clock_reason`).
    pub clock_reason: Option<String>,
    /// The transcriber's notes on the whole file (`transcriber`): what was read into the
    /// document rather than copied from it (a corrected typo, a capitalisation policy, roles
    /// and clocks inferred). Never the document's own words; those are in the fields above.
    pub transcriber: Vec<String>,
}

/// The clock a SOP's or a step's standard time runs on (issue 12): the office's working hours,
/// or every minute of every day (an emergency service reached through a hotline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Clock {
    /// The office's working hours: its calendar, holidays and breaks (the default).
    #[default]
    #[serde(rename = "office")]
    Office,
    /// Every minute counts: day and night, weekends and holidays.
    #[serde(rename = "24/7")]
    Always,
}

impl Clock {
    /// The values a file may write, in the file's words.
    pub const NAMES: [&'static str; 2] = ["office", "24/7"];

    /// The clock a file's `clock` value names.
    pub fn parse(s: &str) -> Option<Clock> {
        match s {
            "office" => Some(Clock::Office),
            "24/7" => Some(Clock::Always),
            _ => None,
        }
    }

    /// The value as a file and the JSON write it: `office` or `24/7`.
    pub fn as_str(self) -> &'static str {
        match self {
            Clock::Office => "office",
            Clock::Always => "24/7",
        }
    }

    /// The clock for people: "office" / "kantor", "24/7".
    pub fn label(self) -> &'static str {
        match self {
            Clock::Office => crate::text::t("office", "kantor"),
            Clock::Always => "24/7",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Role {
    pub name: String,
    pub external: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub number: u32,
    pub activity: String,
    pub roles: Vec<String>,
    pub roles_inferred: bool,
    pub requirements: Vec<String>,
    pub standard: Standard,
    pub outputs: Vec<String>,
    /// The document's own Keterangan for the step.
    pub note: Option<String>,
    /// The transcriber's notes on the step (`transcriber`): readings of the document that are
    /// not its words (a flowchart label read as a branch, a cell split into a list, a role
    /// inferred). Shown apart from `note`.
    pub transcriber: Vec<String>,
    /// A consent gate: consent for these scopes is asked at this step.
    pub consent: Vec<String>,
    /// A consent gate before the step (`needs_consent`): the step uses what these scopes cover
    /// (a referral letter carrying the assessment), so it may not start, nor any later step,
    /// until consent for them is in force.
    pub needs_consent: Vec<String>,
    /// The document's words that call for this step's consent (`consent_words`), quoted when a
    /// step is refused for it; see [`Step::consent_quote`].
    pub consent_words: Option<String>,
    /// A conditional step: the question to ask; the step may be skipped with a reason.
    pub condition: Option<String>,
    /// A repeating step: it may be recorded many times until the case moves on.
    pub repeat: bool,
    /// What ends the repeats, in the document's words (`repeat_until`, only with `repeat`).
    pub repeat_until: Option<String>,
    /// The step sends a referral (`sends_referral`): a referral sent while one of its attempts
    /// runs is linked to that attempt (Babel step 3, Pulang Pisau step 4, Batam step 6).
    pub sends_referral: bool,
    /// A decision step: finished by approving, or by returning work to an earlier step.
    pub decision: Option<Decision>,
    /// The clock this step's standard runs on: its own `clock`, else the SOP's (resolved).
    pub clock: Clock,
    /// True when the step names its own clock (`clock` in its `[[steps]]` table).
    pub clock_own: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub question: String,
    pub return_to: u32,
}

/// The SOP's total: computed from the steps, beside the total the document states. Each step
/// counts once (a return or a repeat adds to a case's time, not to the SOP's).
#[derive(Debug, Clone, Serialize)]
pub struct Total {
    /// The shortest way through: every step at the low end of its range, and the conditional
    /// steps (`condition`) left out, as when none of them is needed.
    pub min_secs: u64,
    /// The longest way through: every step at the high end of its range, conditional steps in.
    pub max_secs: u64,
    pub open_ended: bool,
    pub stated_text: Option<String>,
    #[serde(skip)]
    pub stated: Option<Standard>,
}

/// How far a stated total may stray from the computed one before `sop validate` warns:
/// the documents round their totals to the minute.
pub const TOTAL_TOLERANCE_SECS: u64 = 60;

impl Total {
    pub fn compute(steps: &[Step], stated: Option<Standard>) -> Total {
        let mut t = Total {
            min_secs: 0,
            max_secs: 0,
            open_ended: false,
            stated_text: stated.as_ref().map(|s| s.text.clone()),
            stated,
        };
        for s in steps {
            match (s.standard.min_secs, s.standard.max_secs) {
                (Some(a), Some(b)) => {
                    if s.condition.is_none() {
                        t.min_secs += a;
                    }
                    t.max_secs += b;
                }
                _ => t.open_ended = true,
            }
        }
        t
    }

    /// True when the stated total lies outside the computed range, beyond rounding.
    pub fn disagrees(&self) -> bool {
        match self
            .stated
            .as_ref()
            .and_then(|s| Some((s.min_secs?, s.max_secs?)))
        {
            Some((lo, hi)) => {
                hi + TOTAL_TOLERANCE_SECS < self.min_secs
                    || lo > self.max_secs + TOTAL_TOLERANCE_SECS
            }
            None => false,
        }
    }
}

impl Step {
    /// Every scope this step's consent gates name: asked here (`consent`) or needed before it
    /// (`needs_consent`).
    pub fn gate_scopes(&self) -> impl Iterator<Item = &String> {
        self.consent.iter().chain(&self.needs_consent)
    }

    /// The words a refusal quotes for this step's consent, from its SOP: `consent_words` if the
    /// file gives them, else the document's Keterangan (`note`), else the line of the activity
    /// that speaks of consent (setuju, persetujuan), else its first line.
    pub fn consent_quote(&self) -> String {
        let given = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
        };
        if let Some(w) = given(&self.consent_words).or_else(|| given(&self.note)) {
            return w;
        }
        let lines = || {
            self.activity
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
        };
        lines()
            .find(|l| l.to_lowercase().contains("setuju"))
            .or_else(|| lines().next())
            .unwrap_or_default()
            .to_string()
    }
}

impl Sop {
    pub fn step(&self, number: u32) -> Option<&Step> {
        self.steps.iter().find(|s| s.number == number)
    }

    pub fn step_index(&self, number: u32) -> Option<usize> {
        self.steps.iter().position(|s| s.number == number)
    }

    pub fn role(&self, name: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.name == name)
    }
}
