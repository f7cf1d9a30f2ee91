//! User-facing words: messages, table headers, durations. Kept in one place, apart from the
//! logic, so that the Indonesian interface (issue 7) is a second table of the same keys.
//! CSV and JSON column names are not here: they are a stable English contract.

use std::path::Path;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Id,
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Chooses the language once, at start-up: `--lang`, else `KASUS_LANG`, else the locale.
pub fn init(flag: Option<&str>) {
    let pick = |s: &str| {
        let s = s.to_ascii_lowercase();
        if s.starts_with("id") || s.starts_with("in_") {
            Some(Lang::Id)
        } else if s.starts_with("en") || s == "c" || s == "posix" {
            Some(Lang::En)
        } else {
            None
        }
    };
    let lang = flag
        .and_then(pick)
        .or_else(|| std::env::var("KASUS_LANG").ok().as_deref().and_then(pick))
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .as_deref()
                .and_then(pick)
        })
        .unwrap_or(Lang::En);
    let _ = LANG.set(lang);
}

pub fn lang() -> Lang {
    *LANG.get().unwrap_or(&Lang::En)
}

/// Picks the English or the Indonesian text.
pub fn t(en: &'static str, id: &'static str) -> &'static str {
    match lang() {
        Lang::En => en,
        Lang::Id => id,
    }
}

pub const ERROR_WORD: &str = "error";
pub const WARNING_WORD: &str = "warning";

/// A duration as people read it: "1 jam 5 menit", "20 detik", "2 hari 3 jam".
/// The units are the documents' own, and the time parser reads this form back.
pub fn duration(secs: u64) -> String {
    if secs == 0 {
        return "0 detik".into();
    }
    let (d, h, m, s) = (
        secs / 86_400,
        secs % 86_400 / 3600,
        secs % 3600 / 60,
        secs % 60,
    );
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} hari"));
    }
    if h > 0 {
        parts.push(format!("{h} jam"));
    }
    if m > 0 {
        parts.push(format!("{m} menit"));
    }
    if s > 0 {
        parts.push(format!("{s} detik"));
    }
    parts.join(" ")
}

/// A computed total: "7 jam", "5 jam 55 menit - 7 jam 10 menit", "+ open-ended".
pub fn duration_range(min: u64, max: u64, open_ended: bool) -> String {
    let mut s = if min == max {
        duration(min)
    } else {
        format!("{} - {}", duration(min), duration(max))
    };
    if open_ended {
        s.push_str(t(" + open-ended", " + tanpa batas"));
    }
    s
}

pub fn db_error(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            "the register is busy (another kasus holds the write lock); try again".into()
        }
        Some(ErrorCode::ReadOnly) => {
            "the register is read-only: check the file's permissions".into()
        }
        Some(ErrorCode::DiskFull) => "the disk is full: nothing was written".into(),
        Some(ErrorCode::NotADatabase) => "the register file is not a SQLite database".into(),
        Some(ErrorCode::DatabaseCorrupt) => {
            "the register file is damaged (corrupt); restore it from a backup".into()
        }
        _ => format!("database error: {e}"),
    }
}

pub fn io_error(path: &Path, e: &std::io::Error) -> String {
    format!("{}: {}", path.display(), e)
}

/// The message printed when kasus panics: it asks for a report and carries no personal data.
pub const PANIC: &str =
    "kasus hit an internal error (a bug). Nothing was half-written: the register's \
transactions roll back. Please report it to the kasus maintainers with the command you ran \
(leave out names and other personal data).";

use crate::flow::{ConsentState, Refusal};
use crate::timing::Verdict;

/// "23 menit, standar 20 menit: lewat 3 menit" and the like.
pub fn verdict_line(elapsed: u64, min: Option<u64>, max: Option<u64>, v: Verdict) -> String {
    let standard = match (min, max) {
        (Some(a), Some(b)) if a == b => duration(b),
        (Some(a), Some(b)) => format!("{} - {}", duration(a), duration(b)),
        _ => t("open-ended", "tanpa batas").to_string(),
    };
    let judgement = match v {
        Verdict::OnTime => t("on time", "tepat waktu").to_string(),
        Verdict::WithinRange => t("within the range", "dalam rentang").to_string(),
        Verdict::Over(s) => format!("{} {}", t("over by", "lewat"), duration(s)),
        Verdict::OpenEnded => t("open-ended, not judged", "tanpa batas, tidak dinilai").to_string(),
        Verdict::Running => t("running", "berjalan").to_string(),
        Verdict::Skipped => t("skipped", "dilewati").to_string(),
    };
    format!(
        "{}, {} {standard}: {judgement}",
        duration(elapsed),
        t("standard", "standar")
    )
}

/// Why a step action was refused, and the command that fixes it.
pub fn refusal(r: &Refusal, case: &str) -> String {
    match r {
        Refusal::AlreadyRunning { step } => format!(
            "step {step} of case {case} is already running: finish it first (`kasus step finish {case}`)"
        ),
        Refusal::NothingRunning => format!(
            "no step of case {case} is running: start one first (`kasus step start {case}`)"
        ),
        Refusal::NotRunning { step, running } => format!(
            "step {step} of case {case} is not running (step {running} is)"
        ),
        Refusal::Complete => format!(
            "case {case} has no step left to do in its SOP; close it with `kasus case close {case}`"
        ),
        Refusal::UnknownStep { step, known } => format!(
            "the case's SOP has no step {step}; its steps are {}",
            known.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
        ),
        Refusal::OutOfOrder { step, expected } => format!(
            "step {step} is out of order for case {case}: the SOP's next step is {}",
            expected.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" or ")
        ),
        Refusal::ConsentMissing { gate, scopes, state } => {
            let why = match state {
                ConsentState::Withdrawn => "consent was withdrawn",
                ConsentState::ChildOnly => {
                    "the victim is a child: a parent's or guardian's consent is needed as well"
                }
                _ => "consent was not in force at that time (none recorded, or recorded later)",
            };
            format!(
                "step {gate} is the SOP's consent gate for [{}] and {why}. Record it with \
                 `kasus consent {case} --given-by NAME --relation self|parent|guardian --scope {} --method tertulis|lisan`",
                scopes.join(", "),
                scopes.join(",")
            )
        }
        Refusal::ConsentRefused { gate } => format!(
            "consent was refused at step {gate}: the SOP's flow ends here for case {case} \
             (\"Jika korban / keluarga setuju\"); close it with `kasus case close {case}`"
        ),
        Refusal::NotConditional { step } => format!(
            "step {step} is not a conditional step, so it cannot be skipped: start it with `kasus step start {case}`"
        ),
        Refusal::NotDecision { step } => format!(
            "step {step} is not a decision step: finish it with `kasus step finish {case}`"
        ),
        Refusal::IsDecision { step } => format!(
            "step {step} is a decision step: finish it with `kasus step decide {case} --approve` or `--return`"
        ),
        Refusal::BeforePrevious => format!(
            "the time is before the last step recorded for case {case}: steps are recorded in order"
        ),
        Refusal::FinishBeforeStart => "the finish time is before the step's start".to_string(),
    }
}
