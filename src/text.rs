//! The interface's two languages, English and Bahasa Indonesia, and the words shared by
//! several commands.
//!
//! Words are written one way: both languages side by side, `tr!("english", "indonesia", args)`
//! (or [`t`] for a fixed text), so that `format!` checks that both take the same arguments.
//! - A message used in one place is written there, at its call site.
//! - A message used in several places (a closed case, an inactive staff member, an unknown
//!   case, durations, a step's time against its standard, refusals) is a function here,
//!   written once.
//! - The Indonesian help (`--help` with `--lang id`) is in [`help`], keyed by command path
//!   and argument id next to the English doc comments of the `src/cli/` modules.
//!
//! There is no table of message keys. CSV and JSON column names are not here either: they are a
//! stable English contract.

use std::path::Path;
use std::sync::OnceLock;

pub mod corrected;
mod help;
mod usage_error;
pub use help::localize;
pub use usage_error::indonesian as usage_error_id;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Id,
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// The last line of a refused command line, as clap ends its errors.
pub fn try_help() -> &'static str {
    try_help_in(lang())
}

/// [`try_help`] in `lang`.
pub fn try_help_in(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "For more information, try '--help'.",
        Lang::Id => "Untuk informasi lebih lanjut, coba '--help'.",
    }
}

/// Chooses the language once, at start-up: `--lang`, else `KASUS_LANG`, else the locale.
/// A language code or locale kasus speaks: `id`, `id_ID.UTF-8`, `in_ID`, `en`, `en_US`, `C`.
pub fn parse_lang(s: &str) -> Option<Lang> {
    let s = s.to_ascii_lowercase();
    if s.starts_with("id") || s.starts_with("in_") {
        Some(Lang::Id)
    } else if s.starts_with("en") || s == "c" || s == "posix" {
        Some(Lang::En)
    } else {
        None
    }
}

pub fn init(flag: Option<&str>) {
    let pick = parse_lang;
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

/// A number with its noun, in the chosen language: "1 row", "3 rows", "3 baris" (Indonesian
/// nouns do not change with the number).
pub fn count(n: u64, one: &'static str, many: &'static str, id: &'static str) -> String {
    match lang() {
        Lang::En if n == 1 => format!("1 {one}"),
        Lang::En => format!("{n} {many}"),
        Lang::Id => format!("{n} {id}"),
    }
}

/// `format!` in the chosen language: `tr!("step {n} of {case}", "langkah {n} kasus {case}")`.
/// Both texts take the same arguments (named ones are captured from the caller).
#[macro_export]
macro_rules! tr {
    ($en:literal, $id:literal $(, $arg:expr)* $(,)?) => {
        match $crate::text::lang() {
            $crate::text::Lang::En => format!($en $(, $arg)*),
            $crate::text::Lang::Id => format!($id $(, $arg)*),
        }
    };
}

/// A duration as people read it: "1 jam 5 menit", "20 detik", "43 jam 55 menit".
/// The units are the documents' own, and the time parser reads this form back. Never in days:
/// most figures are working time, where "1 hari" would read as a working day while 24 hours of
/// working time are three of them.
pub fn duration(secs: u64) -> String {
    if secs == 0 {
        return "0 detik".into();
    }
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let mut out = String::with_capacity(24);
    for (n, unit) in [(h, "jam"), (m, "menit"), (s, "detik")] {
        if n > 0 {
            if !out.is_empty() {
                out.push(' ');
            }
            crate::decimal::push_u64(&mut out, n);
            out.push(' ');
            out.push_str(unit);
        }
    }
    out
}

/// [`duration`] in a chosen language (a page written in its own language, whatever the
/// interface's): "1 jam 44 menit" in Indonesian, "1 h 44 min" in English.
pub fn duration_in(secs: u64, lang: Lang) -> String {
    match lang {
        Lang::Id => duration(secs),
        Lang::En => {
            if secs == 0 {
                return "0 s".into();
            }
            let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
            let mut parts = Vec::new();
            if h > 0 {
                parts.push(format!("{h} h"));
            }
            if m > 0 {
                parts.push(format!("{m} min"));
            }
            if s > 0 {
                parts.push(format!("{s} s"));
            }
            parts.join(" ")
        }
    }
}

/// A SOP's activity on one line, for one-line views (the status view, the walk's heading, a
/// table cell): its lines joined ("Melakukan: a. Pengecekan ulang ..." rather than only
/// "Melakukan:"), shortened to `max` characters with an ellipsis.
pub fn one_line(text: &str, max: usize) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let cut: String = joined.chars().take(max.saturating_sub(1)).collect();
    // End at a word when one ends in the last third.
    let end = cut
        .rfind(' ')
        .filter(|&i| i > cut.len() * 2 / 3)
        .unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end())
}

/// A duration as a person reads it in a table: at most two units, no seconds past an hour, and
/// whole days of 24 hours from ten days on (idle cases on the wall clock: "330 hari"; below that
/// hours, as working time is: "53 jam", "3 jam 20 menit", "5 menit 30 detik"). Rounded down: a
/// figure never claims more time than passed. CSV and JSON keep the seconds.
pub fn duration_rough(secs: u64) -> String {
    if secs >= 10 * 86_400 {
        let mut out = String::with_capacity(12);
        crate::decimal::push_u64(&mut out, secs / 86_400);
        out.push_str(" hari");
        return out;
    }
    // From an hour on the seconds are rounded off, so at most two units remain: the figure is
    // [`duration`]'s of the rounded seconds, never more than four words.
    let rounded = if secs >= 3600 { secs - secs % 60 } else { secs };
    duration(rounded)
}

/// A computed total: "7 jam", "5 jam 55 menit - 7 jam 10 menit", with ", plus open-ended steps"
/// (", ditambah langkah tanpa batas waktu") when a step has no upper bound.
pub fn duration_range(min: u64, max: u64, open_ended: bool) -> String {
    let mut s = if min == max {
        duration(min)
    } else {
        format!("{} - {}", duration(min), duration(max))
    };
    if open_ended {
        s.push_str(t(
            ", plus open-ended steps",
            ", ditambah langkah tanpa batas waktu",
        ));
    }
    s
}

pub fn db_error(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => t(
            "the register is busy: another program is using it (another kasus writing, or a \
             bulk import, which has it to itself until it ends); try again, or wait longer \
             with KASUS_BUSY_TIMEOUT_MS (milliseconds; 30000 by default)",
            "register sedang sibuk: program lain sedang memakainya (kasus lain yang sedang \
             menulis, atau impor massal, yang memakainya sendiri sampai selesai); coba lagi, \
             atau tunggu lebih lama dengan KASUS_BUSY_TIMEOUT_MS (milidetik; bawaan 30000)",
        )
        .into(),
        Some(ErrorCode::ReadOnly) => t(
            "the register is read-only: check the file's permissions",
            "register hanya-baca (read-only): periksa izin berkasnya",
        )
        .into(),
        Some(ErrorCode::DiskFull) => t(
            "the disk is full: nothing was written",
            "disk penuh: tidak ada yang ditulis",
        )
        .into(),
        Some(ErrorCode::SystemIoFailure) => t(
            "the register could not be read or written (an I/O error: a full disk, a file-size \
             limit, or a failing disk); the change was rolled back: nothing was written",
            "register tidak bisa dibaca atau ditulis (kesalahan I/O: disk penuh, batas ukuran berkas, \
             atau disk yang rusak); perubahan dibatalkan: tidak ada yang ditulis",
        )
        .into(),
        Some(ErrorCode::NotADatabase) => t(
            "the register file is not a SQLite database",
            "berkas register bukan basis data SQLite",
        )
        .into(),
        Some(ErrorCode::DatabaseCorrupt) => t(
            "the register file is damaged (corrupt); restore it from a backup",
            "berkas register rusak (corrupt); pulihkan dari cadangan",
        )
        .into(),
        _ => tr!("database error: {e}", "kesalahan basis data: {e}"),
    }
}

/// "PATH: reason": the operating system's own reason (English), or its Indonesian.
pub fn io_error(path: &Path, e: &std::io::Error) -> String {
    let (path, reason) = (path.display(), io_reason_id(e));
    tr!("{path}: {e}", "{path}: {reason}")
}

/// The operating system's reason in Indonesian for the common cases (its own text, which is
/// English, otherwise), with the OS error number kept for whoever looks it up.
fn io_reason_id(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let reason = match e.kind() {
        NotFound => "berkas atau folder tidak ada",
        PermissionDenied => "izin ditolak",
        AlreadyExists => "berkas sudah ada",
        IsADirectory => "itu sebuah folder, bukan berkas",
        NotADirectory => "bagian jalurnya bukan folder",
        StorageFull => "disk penuh",
        FileTooLarge => "berkas melebihi batas ukuran",
        ReadOnlyFilesystem => "sistem berkas hanya-baca (read-only)",
        BrokenPipe => "pipa tertutup (broken pipe)",
        Interrupted => "terputus",
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(n) => format!("{reason} (os error {n})"),
        None => reason.to_string(),
    }
}

/// The message printed when kasus panics: it asks for a report and carries no personal data.
pub const PANIC: &str =
    "kasus hit an internal error (a bug). Nothing was half-written: the register's \
transactions roll back. Please report it to the kasus maintainers with the command you ran \
(leave out names and other personal data).";

/// [`PANIC`] in Indonesian.
pub const PANIC_ID: &str =
    "kasus mengalami kesalahan internal (bug). Tidak ada yang tertulis setengah jalan: transaksi \
register dibatalkan. Mohon laporkan ke pengelola kasus beserta perintah yang dijalankan \
(tanpa nama dan data pribadi lainnya).";

/// The panic message in the chosen language.
pub fn panic_message() -> &'static str {
    t(PANIC, PANIC_ID)
}

use crate::flow::{ConsentState, Refusal};
use crate::timing::Verdict;

/// "23 menit, standar 20 menit: lewat 3 menit" and the like.
pub fn verdict_line(elapsed: u64, min: Option<u64>, max: Option<u64>, v: Verdict) -> String {
    verdict_line_in(elapsed, min, max, v, duration)
}

/// [`verdict_line`] with the time taken and the time over in [`duration_rough`]'s words (at
/// most two units, days from ten days on), as the tables of `report overdue` print them: for
/// one-line views (the status view). The standard keeps its exact words.
pub fn verdict_line_rough(elapsed: u64, min: Option<u64>, max: Option<u64>, v: Verdict) -> String {
    verdict_line_in(elapsed, min, max, v, duration_rough)
}

fn verdict_line_in(
    elapsed: u64,
    min: Option<u64>,
    max: Option<u64>,
    v: Verdict,
    words: fn(u64) -> String,
) -> String {
    let standard = match (min, max) {
        (Some(a), Some(b)) if a == b => duration(b),
        (Some(a), Some(b)) => format!("{} - {}", duration(a), duration(b)),
        _ => t("open-ended", "tanpa batas").to_string(),
    };
    let judgement = match v {
        Verdict::OnTime => t("on time", "tepat waktu").to_string(),
        Verdict::WithinRange => t("within the range", "dalam rentang").to_string(),
        Verdict::Over(s) => tr!("over by {}", "lewat {}", words(s)),
        Verdict::OpenEnded => t("open-ended, not judged", "tanpa batas, tidak dinilai").to_string(),
        Verdict::Running => t("running", "berjalan").to_string(),
        Verdict::Skipped => t("skipped", "dilewati").to_string(),
        Verdict::Void => t("void", "batal").to_string(),
    };
    let elapsed = words(elapsed);
    tr!(
        "{elapsed}, standard {standard}: {judgement}",
        "{elapsed}, standar {standard}: {judgement}"
    )
}

/// Why a step action was refused, and the command that fixes it (times in UTC: see
/// [`refusal_in`] for the office's zone).
pub fn refusal(r: &Refusal, case: &str) -> String {
    refusal_in(r, case, None)
}

/// [`refusal`], with the times it names in the office's zone.
pub fn refusal_in(r: &Refusal, case: &str, zone: Option<crate::clock::Zone>) -> String {
    let list = |v: &[u32], sep: &str| {
        v.iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(sep)
    };
    match r {
        Refusal::AlreadyRunning { step } => tr!(
            "step {step} of case {case} is already running: finish it first (`kasus step finish {case}`)",
            "langkah {step} kasus {case} sudah berjalan: selesaikan dulu (`kasus step finish {case}`)"
        ),
        Refusal::NothingRunning => tr!(
            "no step of case {case} is running: start one first (`kasus step start {case}`)",
            "tidak ada langkah kasus {case} yang berjalan: mulai dulu (`kasus step start {case}`)"
        ),
        Refusal::NotRunning { step, running } => tr!(
            "step {step} of case {case} is not running (step {running} is)",
            "langkah {step} kasus {case} tidak sedang berjalan (yang berjalan langkah {running})"
        ),
        Refusal::Complete => tr!(
            "case {case} has no step left to do in its SOP; close it with `kasus case close {case}`",
            "kasus {case} tidak punya langkah tersisa dalam SOP-nya; tutup dengan `kasus case close {case}`"
        ),
        Refusal::UnknownStep { step, known } => tr!(
            "the case's SOP has no step {step}; its steps are {}",
            "SOP kasus ini tidak punya langkah {step}; langkahnya: {}",
            list(known, ", ")
        ),
        Refusal::OutOfOrder { step, expected } => tr!(
            "step {step} is out of order for case {case}: the SOP's next step is {}",
            "langkah {step} tidak sesuai urutan untuk kasus {case}: langkah berikutnya dalam SOP adalah {}",
            list(expected, t(" or ", " atau "))
        ),
        Refusal::ConsentMissing {
            gate,
            scopes,
            state,
            before,
            words,
            late,
        } => {
            let why = match state {
                ConsentState::Withdrawn => t("consent was withdrawn", "persetujuan sudah dicabut"),
                ConsentState::ChildOnly => t(
                    "the victim is a child: a parent's or guardian's consent is needed as well",
                    "korban adalah anak: persetujuan orang tua atau wali juga diperlukan",
                ),
                _ => t(
                    "consent was not in force at that time (none recorded, or recorded later)",
                    "persetujuan belum berlaku pada waktu itu (belum dicatat, atau dicatat sesudahnya)",
                ),
            };
            let (shown, flag) = (scopes.join(", "), scopes.join(","));
            let gate_is = if *before {
                tr!(
                    "step {gate} needs consent for [{shown}] before it starts (\"{words}\")",
                    "langkah {gate} memerlukan persetujuan untuk [{shown}] sebelum dimulai (\"{words}\")"
                )
            } else {
                tr!(
                    "step {gate} is the SOP's consent gate for [{shown}] (\"{words}\")",
                    "langkah {gate} adalah gerbang persetujuan SOP untuk [{shown}] (\"{words}\")"
                )
            };
            if let Some(late) = late {
                let shown_at = |t| match zone {
                    Some(z) => crate::clock::to_local_short(t, z),
                    None => format!("{} UTC", t.format("%Y-%m-%d %H:%M")),
                };
                let (dated, wanted) = (shown_at(late.dated), shown_at(late.wanted));
                return tr!(
                    "{gate_is}; a consent for [{shown}] is recorded, but dated {dated}, after the time of this step action ({wanted}). \
                     If it was given before {wanted}, record it with the time it was given \
                     (`kasus consent {case} --given-by NAME --relation self|parent|guardian --scope {flag} --method tertulis|lisan --at \"YYYY-MM-DD HH:MM\"`) \
                     and void the record dated {dated} (`kasus consent void {case} --record N --reason TEXT`; `kasus consent list {case}` shows N)",
                    "{gate_is}; persetujuan untuk [{shown}] sudah dicatat, tetapi bertanggal {dated}, sesudah waktu tindakan langkah ini ({wanted}). \
                     Jika persetujuan diberikan sebelum {wanted}, catat dengan waktu diberikannya \
                     (`kasus consent {case} --given-by NAMA --relation self|parent|guardian --scope {flag} --method tertulis|lisan --at \"YYYY-MM-DD HH:MM\"`) \
                     dan batalkan catatan bertanggal {dated} (`kasus consent void {case} --record N --reason TEKS`; `kasus consent list {case}` menampilkan N)"
                );
            }
            // A child's own consent is there: what is missing is a parent's or guardian's.
            let relation = if *state == ConsentState::ChildOnly {
                "parent|guardian"
            } else {
                "self|parent|guardian"
            };
            tr!(
                "{gate_is} and {why}. Record it with \
                 `kasus consent {case} --given-by NAME --relation {relation} --scope {flag} --method tertulis|lisan`",
                "{gate_is} dan {why}. Catat dengan \
                 `kasus consent {case} --given-by NAMA --relation {relation} --scope {flag} --method tertulis|lisan`"
            )
        }
        Refusal::ConsentRefused {
            gate,
            scopes,
            words,
        } => {
            let flag = scopes.join(",");
            tr!(
                "consent was refused at step {gate} (\"{words}\"): the SOP's flow ends here for case {case}. \
                 If consent is given later, record it (`kasus consent {case} --given-by NAME --relation self|parent|guardian --scope {flag} --method tertulis|lisan`) \
                 and the flow goes on; otherwise close the case with `kasus case close {case}`",
                "persetujuan ditolak pada langkah {gate} (\"{words}\"): alur SOP berhenti di sini untuk kasus {case}. \
                 Bila persetujuan diberikan kemudian, catat (`kasus consent {case} --given-by NAMA --relation self|parent|guardian --scope {flag} --method tertulis|lisan`) \
                 dan alur berlanjut; bila tidak, tutup kasus dengan `kasus case close {case}`"
            )
        }
        Refusal::NotConditional { step } => tr!(
            "step {step} is not a conditional step, so it cannot be skipped: start it with `kasus step start {case}`",
            "langkah {step} bukan langkah bersyarat, jadi tidak bisa dilewati: mulai dengan `kasus step start {case}`"
        ),
        Refusal::NotDecision { step } => tr!(
            "step {step} is not a decision step: finish it with `kasus step finish {case}`",
            "langkah {step} bukan langkah keputusan: selesaikan dengan `kasus step finish {case}`"
        ),
        Refusal::IsDecision { step } => tr!(
            "step {step} is a decision step: finish it with `kasus step decide {case} --approve` or `--return`",
            "langkah {step} adalah langkah keputusan: selesaikan dengan `kasus step decide {case} --approve` atau `--return`"
        ),
        Refusal::BeforePrevious => tr!(
            "the time is before the last step recorded for case {case}: steps are recorded in order",
            "waktunya sebelum langkah terakhir yang tercatat untuk kasus {case}: langkah dicatat berurutan"
        ),
        Refusal::FinishBeforeStart => t(
            "the finish time is before the step's start",
            "waktu selesai sebelum waktu mulai langkah",
        )
        .to_string(),
        Refusal::AlreadyPaused { step } => tr!(
            "step {step} of case {case} is already paused: resume it with `kasus step resume {case}`",
            "langkah {step} kasus {case} sudah dijeda: lanjutkan dengan `kasus step resume {case}`"
        ),
        Refusal::NotPaused { step } => tr!(
            "step {step} of case {case} is not paused: its clock is running",
            "langkah {step} kasus {case} tidak sedang dijeda: jamnya berjalan"
        ),
        Refusal::BeforePause => tr!(
            "the time is before the last pause or resume of the running step of case {case}: give a later --at",
            "waktunya sebelum jeda atau lanjutan terakhir langkah yang berjalan di kasus {case}: beri --at yang lebih kemudian"
        ),
        Refusal::SkippedHasNoTimes { step } => tr!(
            "step {step} of case {case} was skipped: a skipped step has no start or finish to correct",
            "langkah {step} kasus {case} dilewati: langkah yang dilewati tidak punya waktu mulai atau selesai untuk dikoreksi"
        ),
        Refusal::RunningHasNoFinish { step } => tr!(
            "step {step} of case {case} is still running: it has no finish to correct (correct its start, or finish it with `kasus step finish {case}`)",
            "langkah {step} kasus {case} masih berjalan: belum ada waktu selesai untuk dikoreksi (koreksi waktu mulainya, atau selesaikan dengan `kasus step finish {case}`)"
        ),
        Refusal::Overlaps {
            step,
            attempt,
            before: true,
        } => tr!(
            "the corrected start is before step {step} (attempt {attempt}) of case {case} ended: a step starts after the one before it finished",
            "waktu mulai koreksi sebelum langkah {step} (percobaan {attempt}) kasus {case} selesai: langkah dimulai sesudah langkah sebelumnya selesai"
        ),
        Refusal::Overlaps {
            step,
            attempt,
            before: false,
        } => tr!(
            "the corrected finish is after step {step} (attempt {attempt}) of case {case} started: the steps of a case do not overlap",
            "waktu selesai koreksi sesudah langkah {step} (percobaan {attempt}) kasus {case} dimulai: langkah-langkah satu kasus tidak bertumpang tindih"
        ),
        Refusal::PauseOutside { step } => tr!(
            "step {step} of case {case} was paused outside the corrected times: a step's pauses lie between its start and its finish",
            "langkah {step} kasus {case} dijeda di luar waktu koreksi: jeda langkah ada di antara waktu mulai dan selesainya"
        ),
        Refusal::OutcomeWouldChange { step } => tr!(
            "step {step} of case {case} is a consent gate, and the consent in force at the corrected finish would give it another outcome: correct the consent first",
            "langkah {step} kasus {case} adalah gerbang persetujuan, dan persetujuan yang berlaku pada waktu selesai koreksi memberi hasil lain: koreksi persetujuannya dulu"
        ),
    }
}

// ------------------------------------------------------------------ the language flag

/// `--lang X` or `--lang=X` from the raw arguments, read before clap parses them (the help
/// text depends on the language).
pub fn lang_flag(args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    let mut args = args.skip(1).map(|a| a.to_string_lossy().into_owned());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return args.next();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

// ------------------------------------------------------------------ errors that name a value

/// " (did you mean 'x'?)" / " (maksud Anda 'x'?)".
pub fn did_you_mean(candidate: &str) -> String {
    tr!(
        " (did you mean '{candidate}'?)",
        " (maksud Anda '{candidate}'?)"
    )
}

pub fn unknown_case(key: &str, hint: &str) -> String {
    tr!(
        "unknown case {key}{hint}: give a case number (e.g. PPA/2026/0001) or UUID; \
         `kasus case list` shows them",
        "kasus {key} tidak dikenal{hint}: beri nomor kasus (mis. PPA/2026/0001) atau UUID; \
         `kasus case list` menampilkannya"
    )
}

/// The code is repeated only when it looks like a SOP code (a name typed, or shifted by a CSV
/// row, into the SOP field is not).
pub fn unknown_sop(code: &str, hint: &str) -> String {
    use crate::echo::{echo_if_shaped, shown, Shape};
    let what = shown(code, Shape::Code, t("a SOP code", "kode SOP"));
    match echo_if_shaped(code, Shape::Code) {
        Some(code) => tr!(
            "unknown SOP {code}{hint}; `kasus sop list` shows the codes",
            "SOP {code} tidak dikenal{hint}; `kasus sop list` menampilkan kodenya"
        ),
        // Indonesian puts the note after "tidak dikenal", not inside the phrase.
        None => tr!(
            "unknown SOP {what}{hint}; `kasus sop list` shows the codes",
            "SOP tidak dikenal {what}{hint}; `kasus sop list` menampilkan kodenya"
        ),
    }
}

/// `case close` on a case already closed (said before anything is asked).
pub fn already_closed(number: &str) -> String {
    tr!(
        "case {number} is already closed",
        "kasus {number} sudah ditutup"
    )
}

/// A change to a closed case is refused (exit 4).
pub fn case_closed(number: &str) -> String {
    tr!(
        "case {number} is closed; reopen it first with `kasus case reopen {number}`",
        "kasus {number} sudah ditutup; buka kembali dulu dengan `kasus case reopen {number}`"
    )
}

/// A change to a case another office recorded (a merged register, issue 20) is refused.
pub fn not_ours(number: &str) -> String {
    tr!(
        "case {number} belongs to another office; it is theirs to change (their register, their next bundle)",
        "kasus {number} milik kantor lain; kantor itulah yang mengubahnya (di register mereka, bundel berikutnya)"
    )
}

/// Work given to a deactivated staff member is refused (exit 4).
pub fn staff_inactive(name: &str) -> String {
    tr!("staff '{name}' is inactive", "staf '{name}' tidak aktif")
}

/// `--at` earlier than the case's report: nothing about a case happens before it came in.
pub fn at_before_reported(number: &str) -> String {
    time_before_reported("--at", number)
}

/// A time given with `flag` before the case was reported.
pub fn time_before_reported(flag: &str, number: &str) -> String {
    tr!(
        "{flag} is before case {number} was reported",
        "{flag} sebelum kasus {number} dilaporkan"
    )
}

/// A consent state as one word, the same in both languages (`consent list`, `case show`, and
/// their JSON).
pub fn consent_state(s: crate::flow::ConsentState) -> &'static str {
    use crate::flow::ConsentState;
    match s {
        ConsentState::Never => "never-given",
        ConsentState::InForce => "in-force",
        ConsentState::ChildOnly => "child-only",
        ConsentState::Withdrawn => "withdrawn",
        ConsentState::Refused => "refused",
    }
}

/// A referral's status code (`sent`, `accepted`, ...) as people read it: tables and `referral
/// show`; CSV and JSON keep the code.
pub fn referral_status_words(code: &str) -> &str {
    match code {
        "sent" => t("sent", "dikirim"),
        "accepted" => t("accepted", "diterima"),
        "rejected" => t("rejected", "ditolak"),
        "done" => t("done", "selesai"),
        "cancelled" => t("cancelled", "dibatalkan"),
        other => other,
    }
}

/// A consent record's scopes as people read them (each through `label`), consent to share with
/// the kinds of recipient it covers and its last day: "berbagi-informasi (kesehatan, kepolisian;
/// until 2026-12-31)". `consent list` and `case show`.
pub fn consent_scopes(
    r: &crate::register::consents::ConsentRow,
    label: impl Fn(&str) -> &str,
) -> String {
    r.scopes
        .iter()
        .map(|s| {
            let mut limits = Vec::new();
            if s == crate::referral::SHARE_SCOPE {
                if !r.recipients.is_empty() {
                    limits.push(r.recipients.join(", "));
                }
                if let Some(u) = &r.until_date {
                    limits.push(tr!("until {u}", "sampai {u}"));
                }
            }
            if limits.is_empty() {
                label(s).to_string()
            } else {
                format!("{} ({})", label(s), limits.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A consent state's code (`consent_state`) as people read it, in the chosen language: for
/// tables and the lines people read; CSV and JSON keep the code.
pub fn consent_state_words(code: &str) -> &str {
    match code {
        "never-given" => t("never given", "belum pernah diberikan"),
        "in-force" => t("in force", "berlaku"),
        "child-only" => t(
            "given by the child only (a parent or guardian must give it)",
            "hanya dari anak (orang tua/wali harus memberikannya)",
        ),
        "withdrawn" => t("withdrawn", "ditarik"),
        "refused" => t("refused", "ditolak"),
        other => other,
    }
}

/// A cell's code as [`code_words`] reads it, and a code with another in brackets (a verdict
/// with a decision's outcome, `on-time (returned)`) as both read.
pub fn code_phrase(code: &str) -> String {
    match code.strip_suffix(')').and_then(|c| c.split_once(" (")) {
        Some((a, b)) => format!("{} ({})", code_words(a), code_words(b)),
        None => code_words(code).to_string(),
    }
}

/// A code of a report's or list's cell (a verdict, an alert, a clock, a row's kind, a status, a
/// summary's dimension or category) as people read it in a table, in the chosen language; CSV
/// and JSON keep the code.
pub fn code_words(code: &str) -> &str {
    match code {
        "returned" => t("returned", "dikembalikan"),
        "approved" => t("approved", "disetujui"),
        "refused" => t("refused", "ditolak"),
        "late-referral" => t("late referral", "rujukan terlambat"),
        // `report summary` and `report referrals`.
        "total" => t("total", "jumlah"),
        "all" => t("all", "semua"),
        "violence" => t("violence type", "jenis kekerasan"),
        "victim_sex" => t("victim's sex", "jenis kelamin korban"),
        "age_group" => t("age group", "kelompok umur"),
        "channel" => t("channel", "saluran"),
        "place" => t("place", "tempat kejadian"),
        "child" => t("child", "anak"),
        "adult" => t("adult", "dewasa"),
        "referral_to" => t("referrals to", "rujukan ke"),
        "unknown" => t("not recorded", "tidak tercatat"),
        "on-time" => t("on time", "tepat waktu"),
        "within-range" => t("within range", "dalam rentang"),
        "over" => t("over", "lewat"),
        "open-ended" => t("open-ended", "tanpa batas"),
        "running" => t("running", "berjalan"),
        "skipped" => t("skipped", "dilewati"),
        "void" => t("void", "batal"),
        "ok" => t("ok", "aman"),
        "warning" => t("warning", "peringatan"),
        "paused" => t("paused", "dijeda"),
        "office" => t("office", "kantor"),
        "wall" => t("wall clock", "jam dinding"),
        "overdue-step" => t("overdue step", "langkah lewat waktu"),
        "idle-case" => t("idle case", "kasus diam"),
        "victim" => t("victim", "korban"),
        "complainant" => t("complainant", "pelapor"),
        "perpetrator" => t("perpetrator", "pelaku"),
        "case" => t("case", "kasus"),
        "name" => t("name", "nama"),
        "nik" => "NIK",
        "phone" => t("phone", "telepon"),
        "number" => t("case number", "nomor kasus"),
        "exact" => t("exact", "persis"),
        "part" => t("part of it", "sebagian"),
        "spelling" => t("spelling aside", "ejaan diabaikan"),
        // A step attempt's status or outcome.
        "done" => t("done", "selesai"),
        "finished" => t("finished", "selesai"),
        other => case_status_words(other),
    }
}

/// A case's status code (`open`, `closed`) as people read it.
pub fn case_status_words(code: &str) -> &str {
    match code {
        "open" => t("open", "terbuka"),
        "closed" => t("closed", "ditutup"),
        other => other,
    }
}

/// Why an incident date is refused, with the accepted range (never a date typed or stored):
/// intake and `case edit` alike.
pub fn incident_out_of_range(r: crate::clock::OutOfRange, birth_known: bool) -> String {
    let y = crate::clock::EARLIEST_BIRTH_YEAR;
    let range = tr!(
        "accepted incident dates are from the victim's birth date ({y}-01-01 when it is not \
         known) up to the report date",
        "tanggal kejadian yang diterima dari tanggal lahir korban ({y}-01-01 bila tidak \
         diketahui) sampai tanggal laporan"
    );
    match r {
        crate::clock::OutOfRange::Early if birth_known => tr!(
            "--incident-date is before the victim's birth date: {range}",
            "--incident-date sebelum tanggal lahir korban: {range}"
        ),
        crate::clock::OutOfRange::Early => tr!(
            "--incident-date is before {y}-01-01: {range}",
            "--incident-date sebelum {y}-01-01: {range}"
        ),
        crate::clock::OutOfRange::Late => tr!(
            "--incident-date is after the report date: {range}",
            "--incident-date sesudah tanggal laporan: {range}"
        ),
    }
}

/// The last line of a bulk command's `--dry-run` (`intake --from`, `step import`): the register
/// is unchanged (a rejects file asked for is written all the same).
/// The last line of a dry run's refusal: a script reads that it was a rehearsal.
pub fn dry_run_refused() -> &'static str {
    t(
        "dry run: the file would be refused as it is (nothing was written to the register)",
        "uji coba: berkas ini akan ditolak seperti adanya (tidak ada yang ditulis ke register)",
    )
}

pub fn dry_run_nothing_written() -> &'static str {
    t(
        "dry run: nothing written to the register (run again without --dry-run to write it)",
        "uji coba: tidak ada yang ditulis ke register (jalankan lagi tanpa --dry-run untuk \
         menulisnya)",
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_verdict_with_an_outcome_reads_both_in_words() {
        // The unit tests run in English (the language is set once per process).
        assert_eq!(
            super::code_phrase("on-time (returned)"),
            "on time (returned)"
        );
        assert_eq!(
            super::code_phrase("within-range (approved)"),
            "within range (approved)"
        );
        assert_eq!(super::code_phrase("late-referral"), "late referral");
        assert_eq!(super::code_phrase("fisik"), "fisik");
        assert_eq!(super::code_phrase("on-time (x"), "on-time (x");
    }

    #[test]
    fn a_count_has_its_noun_in_the_singular_for_one() {
        // English, as every unit test runs.
        assert_eq!(super::count(1, "row", "rows", "baris"), "1 row");
        assert_eq!(super::count(0, "row", "rows", "baris"), "0 rows");
        assert_eq!(super::count(2, "entry", "entries", "entri"), "2 entries");
    }

    #[test]
    fn a_multi_line_activity_reads_on_one_line() {
        let a = "Melakukan:\na. Pengecekan ulang rekomendasi layanan\nb. Penjelasan proses";
        assert_eq!(
            super::one_line(a, 200),
            "Melakukan: a. Pengecekan ulang rekomendasi layanan b. Penjelasan proses"
        );
        let short = super::one_line(a, 30);
        assert!(short.starts_with("Melakukan: a. Pengecekan"), "{short}");
        assert!(
            short.ends_with('…') && short.chars().count() <= 30,
            "{short}"
        );
    }

    #[test]
    fn rough_durations_keep_two_units_at_most() {
        use super::duration_rough as r;
        assert_eq!(r(330 * 86_400 + 6 * 3600 + 30), "330 hari");
        assert_eq!(r(2 * 86_400 + 5 * 3600 + 3 * 60 + 9), "53 jam 3 menit");
        assert_eq!(r(3 * 3600 + 20 * 60 + 59), "3 jam 20 menit");
        assert_eq!(r(2 * 3600 + 7), "2 jam");
        assert_eq!(r(5 * 60 + 30), "5 menit 30 detik");
        assert_eq!(r(86_400 + 59 * 60), "24 jam 59 menit");
        assert_eq!(super::duration(43 * 3600 + 55 * 60), "43 jam 55 menit");
        assert_eq!(r(0), "0 detik");
    }

    /// The figures as the words were first made (each unit formatted, joined, cut to four
    /// words), over every second of the first hours and a spread of larger ones.
    #[test]
    fn durations_read_as_they_always_did() {
        fn before(secs: u64) -> String {
            if secs == 0 {
                return "0 detik".into();
            }
            let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
            let mut parts = Vec::new();
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
        fn rough_before(secs: u64) -> String {
            if secs >= 10 * 86_400 {
                return format!("{} hari", secs / 86_400);
            }
            let rounded = if secs >= 3600 { secs - secs % 60 } else { secs };
            let full = before(rounded);
            let parts: Vec<&str> = full.split(' ').collect();
            parts[..parts.len().min(4)].join(" ")
        }
        let spread = (0..3 * 3600).chain((0..20_000).map(|k| k * 97 + 3600));
        for secs in spread.chain([u64::MAX, 10 * 86_400 - 1, 10 * 86_400]) {
            assert_eq!(super::duration(secs), before(secs), "{secs}");
            assert_eq!(super::duration_rough(secs), rough_before(secs), "{secs}");
        }
    }
}
