//! Reading a SOP from its TOML text, and checking it: every problem is collected with its
//! place (line, step, field), so that `sop validate` can list them all at once.
//!
//! This file holds the TOML shape (`Raw*`), the limits and the entry points; the checks are by
//! what they check: `keys.rs` (unknown and missing keys), `head.rs` (format, code, name, dates,
//! roles), `steps.rs` (step numbers, text, roles, consent scopes, returns), `times.rs` (step
//! times and the total), `clocks.rs` (the clock of the SOP and of each step).

use super::Sop;
use crate::text::t;
use crate::tr;
use serde::Deserialize;
use std::fmt;

mod clocks;
mod head;
mod keys;
mod steps;
mod times;
mod wording;

use keys::check_keys;

pub const FORMAT_VERSION: u32 = 1;

/// The largest SOP file read (1 MiB). The SOPs offices publish are a few kilobytes; a file many
/// times that is a mistake (a wrong file, a generated one) that would fill the register and
/// every `sop show`.
pub const MAX_BYTES: usize = 1024 * 1024;

/// The most steps a SOP may have (the published ones have at most 15).
pub const MAX_STEPS: usize = 200;

// The keys are checked by `keys.rs` (every unknown and missing one, with its place), so these
// take what they find: a missing required key is None here, and the other checks go on.
#[derive(Debug, Deserialize)]
struct RawSop {
    format: Option<u32>,
    code: Option<String>,
    name: Option<String>,
    #[serde(default)]
    office: String,
    office_short: Option<String>,
    #[serde(default)]
    number: String,
    created: Option<String>,
    revised: Option<String>,
    effective: Option<String>,
    approved_by: Option<String>,
    #[serde(default)]
    legal_basis: Vec<String>,
    #[serde(default)]
    qualifications: Vec<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    equipment: Vec<String>,
    #[serde(default)]
    warnings: Vec<String>,
    #[serde(default)]
    records: Vec<String>,
    total: Option<toml::Spanned<String>>,
    clock: Option<toml::Spanned<String>>,
    clock_reason: Option<String>,
    #[serde(default)]
    transcriber: Vec<String>,
    #[serde(default)]
    roles: Vec<RawRole>,
    /// Read step by step in [`raw_steps`], so that a value of the wrong type in one step does
    /// not hide the problems of the others.
    #[serde(default)]
    #[allow(dead_code)]
    steps: Option<serde::de::IgnoredAny>,
}

#[derive(Debug, Deserialize)]
struct RawRole {
    #[serde(default)]
    name: String,
    #[serde(default)]
    external: bool,
}

#[derive(Debug, Deserialize)]
struct RawStep {
    number: Option<u32>,
    activity: Option<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    roles_inferred: bool,
    #[serde(default)]
    requirements: Vec<String>,
    time: Option<toml::Spanned<String>>,
    #[serde(default)]
    outputs: Vec<String>,
    note: Option<String>,
    #[serde(default)]
    transcriber: Vec<String>,
    #[serde(default)]
    consent: Vec<String>,
    #[serde(default)]
    needs_consent: Vec<String>,
    consent_words: Option<String>,
    condition: Option<String>,
    #[serde(default)]
    repeat: bool,
    repeat_until: Option<String>,
    #[serde(default)]
    sends_referral: bool,
    decision: Option<RawDecision>,
    clock: Option<toml::Spanned<String>>,
    /// Where the `[[steps]]` table starts in the file (set by [`raw_steps`]).
    #[serde(skip)]
    at: usize,
}

#[derive(Debug, Deserialize)]
struct RawDecision {
    #[serde(default)]
    question: String,
    return_to: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in a SOP file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// "step 4, time", "total", "file": what it is about (empty when the line says it all).
    pub place: String,
    pub message: String,
    /// Where in the file, from 1: the line, and the column (in characters) when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Problem {
    /// The problem placed at a byte offset of the file's text (its line and column).
    pub(super) fn at(mut self, text: &str, offset: usize) -> Problem {
        let (l, c) = line_and_column(text.as_bytes(), offset);
        self.line = Some(l);
        self.column = Some(c);
        self
    }

    /// The problem placed at `offset` unless it has a place in the file already.
    pub(super) fn or_at(self, text: &str, offset: usize) -> Problem {
        match self.line {
            Some(_) => self,
            None => self.at(text, offset),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => t("error", "galat"),
            Severity::Warning => t("warning", "peringatan"),
        };
        let at = match (self.line, self.column) {
            (Some(l), Some(c)) => tr!("line {l}, column {c}", "baris {l}, kolom {c}"),
            (Some(l), None) => tr!("line {l}", "baris {l}"),
            _ => String::new(),
        };
        let place = match (self.place.is_empty(), at.is_empty()) {
            (_, true) => self.place.clone(),
            (true, false) => at,
            (false, false) => format!("{}, {at}", self.place),
        };
        write!(f, "{sev}: {place}: {}", self.message)
    }
}

/// The outcome of reading a SOP file: the SOP when it has no errors, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub sop: Option<Sop>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }
}

fn err(place: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        place: place.into(),
        message: message.into(),
        line: None,
        column: None,
    }
}

fn warning(place: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Warning,
        ..err(place, message)
    }
}

/// The line and column (in characters, from 1) of a byte offset into `bytes`, whose part
/// before the offset is text: where an editor puts its cursor.
pub fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Reads and checks a SOP file's TOML text, within the limits ([`MAX_BYTES`], [`MAX_STEPS`]).
pub fn load(text: &str) -> Loaded {
    load_with(text, true)
}

/// Reads and checks a SOP file's bytes. A byte that is not UTF-8 is an error at its line and
/// column, and the rest of the file is still checked, read with U+FFFD in the bad byte's place,
/// so that its other problems come in the same run; the SOP is then not loaded. Returns the
/// text as read (whole only when it was UTF-8) and the outcome.
pub fn load_bytes(bytes: &[u8]) -> (String, Loaded) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), load(text));
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut loaded = load(&text);
    let mut offset = 0;
    let mut bad = Vec::new();
    for chunk in bytes.utf8_chunks() {
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            bad.push(not_utf8(bytes, offset));
        }
        offset += chunk.invalid().len();
    }
    bad.truncate(10);
    loaded.problems.extend(bad);
    loaded
        .problems
        .sort_by_key(|p| (p.line.is_none(), p.line, p.column));
    loaded.sop = None;
    (text, loaded)
}

/// A byte at `offset` that is not UTF-8: its line and column in the file.
fn not_utf8(bytes: &[u8], offset: usize) -> Problem {
    let (line, column) = line_and_column(bytes, offset);
    Problem {
        line: Some(line),
        column: Some(column),
        ..err(
            "",
            t(
                "not UTF-8 text (a byte here is no letter in UTF-8): save the file as UTF-8; the rest of the file was checked as if this byte were '\u{FFFD}'",
                "bukan teks UTF-8 (bita di sini bukan huruf dalam UTF-8): simpan berkas sebagai UTF-8; sisa berkas diperiksa seolah bita ini '\u{FFFD}'",
            ),
        )
    }
}

/// Reads a SOP already stored in a register: without the limits, which a SOP imported by an
/// earlier kasus may exceed (it must stay readable for the cases that use it).
pub fn load_stored(text: &str) -> Loaded {
    load_with(text, false)
}

fn failed(problems: Vec<Problem>) -> Loaded {
    Loaded {
        sop: None,
        problems,
    }
}

/// The problem of a file over [`MAX_BYTES`], `len` bytes long.
pub fn too_large(len: u64) -> Problem {
    err(
        t("file", "berkas"),
        tr!(
            "the file is {len} bytes; a SOP file may be at most {MAX_BYTES} bytes (1 MiB). \
             Check that it is the right file",
            "berkas berukuran {len} bita; berkas SOP paling besar {MAX_BYTES} bita (1 MiB). \
             Periksa bahwa berkasnya benar"
        ),
    )
}

/// The pipeline: limits, TOML syntax, keys, then the checks of each part in the file's order
/// (the SOP's fields, roles, steps, returns, total), so problems come out in that order.
fn load_with(text: &str, limits: bool) -> Loaded {
    if limits && text.len() > MAX_BYTES {
        return failed(vec![too_large(text.len() as u64)]);
    }
    // First the keys of every table, all at once (serde stops at the first): unknown keys and
    // missing required ones, each with its step and line.
    let doc = match toml::de::DeTable::parse(text) {
        Ok(d) => d,
        Err(e) => return failed(vec![syntax(text, &e)]),
    };
    if let Some(p) = limits.then(|| too_many_steps(doc.get_ref())).flatten() {
        return failed(vec![p]);
    }
    // The keys' problems, then the rest: a missing or unknown key does not stop the checks of
    // everything else; a value of the wrong type is one problem at its key (see `raw_sop`).
    let mut problems = check_keys(text, doc.get_ref());
    let (raw_steps, all_read) = raw_steps(text, doc.get_ref(), &mut problems);
    let Some(raw) = raw_sop(text, doc.get_ref(), &mut problems) else {
        return failed(problems);
    };

    head::check_head(&raw, &mut problems);
    let clock = clocks::sop_clock(text, raw.clock.as_ref(), &mut problems);
    let roles = head::roles(raw.roles, &mut problems);
    let all_timed = all_read && raw_steps.iter().all(|s| s.time.is_some());
    let starts: Vec<(u32, usize)> = raw_steps
        .iter()
        .filter_map(|s| Some((s.number?, s.at)))
        .collect();
    let steps = steps::steps(text, raw_steps, &roles, clock, &mut problems);
    // A step that could not be read is not there to return to: its returns are not judged.
    if all_read {
        let from = problems.len();
        steps::check_returns(&steps, &mut problems);
        for p in &mut problems[from..] {
            let number = steps::number_of(&p.place);
            if let Some(&(_, at)) = starts.iter().find(|(n, _)| Some(*n) == number) {
                *p = p.clone().or_at(text, at);
            }
        }
    }
    // The stated total is compared with the steps' sum only when every step's time was read.
    let times_read = all_timed
        && !problems
            .iter()
            .any(|p| p.severity == Severity::Error && p.place.ends_with(", time"));
    let total = times::total(raw.total.as_ref(), text, &steps, times_read, &mut problems);
    // The SOP's own fields ("code", "created", "roles"...) at their key in the file; then every
    // problem in the file's order (those of the whole file, with no line, last).
    for p in problems.iter_mut().filter(|p| p.line.is_none()) {
        if let Some((k, _)) = doc.get_ref().get_key_value(p.place.as_str()) {
            *p = p.clone().at(text, k.span().start);
        }
    }
    problems.sort_by_key(|p| (p.line.is_none(), p.line, p.column));

    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    let sop = (!has_errors).then(|| Sop {
        code: raw.code.unwrap_or_default(),
        name: raw.name.unwrap_or_default().trim().to_string(),
        office: raw.office,
        office_short: raw.office_short.filter(|s| !s.trim().is_empty()),
        number: raw.number,
        created: raw.created,
        revised: raw.revised,
        effective: raw.effective,
        approved_by: raw.approved_by,
        legal_basis: raw.legal_basis,
        qualifications: raw.qualifications,
        related: raw.related,
        equipment: raw.equipment,
        warnings: raw.warnings,
        records: raw.records,
        roles,
        steps,
        total,
        clock,
        clock_reason: raw.clock_reason.filter(|r| !r.trim().is_empty()),
        transcriber: non_empty(raw.transcriber),
    });
    Loaded { sop, problems }
}

/// The SOP's own fields. A value of the wrong type in one (`name = 3`, `roles = "Konselor"`) is
/// a problem at its key, and the file is read again without it, so the other fields, the roles
/// and the steps are still checked (serde stops at the first). None when the file cannot be read
/// past a problem that belongs to no key.
fn raw_sop(text: &str, doc: &toml::de::DeTable, problems: &mut Vec<Problem>) -> Option<RawSop> {
    use serde::Deserialize;
    // Without the steps (read one by one in `raw_steps`; here `IgnoredAny`, which takes any
    // value): copying them for every round was most of the copying.
    let mut table: toml::de::DeTable = doc
        .iter()
        .filter(|(k, _)| k.get_ref() != "steps")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    // Each round drops one key: at most as many rounds as there are keys, and one more.
    for _ in 0..=doc.len() {
        let spanned = toml::Spanned::new(0..text.len(), table.clone());
        let e = match RawSop::deserialize(toml::de::Deserializer::from(spanned)) {
            Ok(raw) => return Some(raw),
            Err(e) => e,
        };
        let at = e.span().map(|s| s.start);
        let key = at.and_then(|at| {
            table
                .iter()
                .find(|(k, v)| k.span().start <= at && at < v.span().end.max(k.span().end))
                .map(|(k, _)| k.get_ref().to_string())
        });
        let Some(key) = key else {
            problems.push(syntax(text, &e));
            return None;
        };
        problems.push(syntax(text, &e));
        table.remove(key.as_str());
    }
    None
}

/// The `[[steps]]` tables, each read on its own: a value of the wrong type in one (`number =
/// "3"`) is a problem at its step and line, and the other steps are still read and checked.
/// Returns the steps read, and whether every one was.
fn raw_steps(
    text: &str,
    doc: &toml::de::DeTable,
    problems: &mut Vec<Problem>,
) -> (Vec<RawStep>, bool) {
    use serde::Deserialize;
    use toml::de::DeValue;
    let Some(DeValue::Array(items)) = doc.get("steps").map(|v| v.get_ref()) else {
        // No steps, or `steps` not an array of tables: the whole file's reading says so.
        return (Vec::new(), true);
    };
    let mut steps = Vec::new();
    let mut all = true;
    for (i, item) in items.iter().enumerate() {
        let DeValue::Table(tbl) = item.get_ref() else {
            continue;
        };
        let spanned = toml::Spanned::new(item.span(), tbl.clone());
        match RawStep::deserialize(toml::de::Deserializer::from(spanned)) {
            Ok(mut s) => {
                s.at = item.span().start;
                steps.push(s)
            }
            Err(e) => {
                all = false;
                let mut p = syntax(text, &e).or_at(text, item.span().start);
                p.place = keys::step_name(tbl, i);
                problems.push(p);
            }
        }
    }
    (steps, all)
}

/// A list without its blank items.
pub(super) fn non_empty(v: Vec<String>) -> Vec<String> {
    v.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// A TOML error (syntax, or a value of the wrong type) with its line and column, in words.
fn syntax(text: &str, e: &toml::de::Error) -> Problem {
    let p = err(
        "",
        wording::worded(text, e.span().map(|s| s.start), e.message()),
    );
    match e.span() {
        Some(span) => p.at(text, span.start),
        None => Problem {
            place: t("file", "berkas").to_string(),
            ..p
        },
    }
}

/// More than [`MAX_STEPS`] `[[steps]]`: refused before any step is read.
fn too_many_steps(doc: &toml::de::DeTable) -> Option<Problem> {
    let n = match doc.get("steps").map(|v| v.get_ref()) {
        Some(toml::de::DeValue::Array(a)) => a.len(),
        _ => 0,
    };
    (n > MAX_STEPS).then(|| {
        err(
            "steps",
            tr!(
                "the file has {n} steps; a SOP may have at most {MAX_STEPS}",
                "berkas memuat {n} langkah; SOP paling banyak {MAX_STEPS} langkah"
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) const GOOD: &str = r#"
format = 1
code = "contoh-1-2026"
name = "Contoh"
total = "35 menit"
[[roles]]
name = "Staf"
[[steps]]
number = 1
activity = "Menerima"
roles = ["Staf"]
time = "5 menit"
[[steps]]
number = 3
activity = "Memeriksa"
roles = ["Staf"]
time = "30 menit"
[steps.decision]
question = "Disetujui?"
return_to = 1
"#;

    #[test]
    fn a_good_file_loads_with_gaps_in_numbers() {
        let l = load(GOOD);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
        let sop = l.sop.unwrap();
        assert_eq!(
            sop.steps.iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 3]
        );
        assert_eq!(sop.total.min_secs, 2100);
        assert!(!sop.total.disagrees());
    }

    pub(super) fn problems(text: &str) -> Vec<String> {
        load(text).problems.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn files_over_the_limits_are_refused_before_the_steps_are_read() {
        let big = format!("{GOOD}# {}\n", "x".repeat(MAX_BYTES));
        let l = load(&big);
        assert!(l.sop.is_none());
        assert_eq!(l.problems.len(), 1);
        assert!(
            l.problems[0].message.contains("at most 1048576 bytes"),
            "{:?}",
            l.problems
        );

        let mut many = String::from("format = 1\ncode = \"contoh-1-2026\"\nname = \"Contoh\"\n");
        for n in 1..=MAX_STEPS + 1 {
            // Unknown keys too: the count is refused first, alone.
            many.push_str(&format!(
                "[[steps]]\nnumber = {n}\nactivity = \"A\"\ntime = \"1 menit\"\nx = 1\n"
            ));
        }
        let l = load(&many);
        assert_eq!(l.problems.len(), 1, "{:?}", l.problems);
        assert!(
            l.problems[0].message.contains("201 steps"),
            "{:?}",
            l.problems
        );
        assert!(
            l.problems[0].message.contains("at most 200"),
            "{:?}",
            l.problems
        );
        // A SOP already stored in a register is read without the limits.
        let stored = many.replace("x = 1\n", "");
        assert!(load(&stored).sop.is_none());
        assert_eq!(load_stored(&stored).sop.unwrap().steps.len(), MAX_STEPS + 1);
        // Exactly at the limit is fine.
        let at_limit = stored.replacen(
            "[[steps]]\nnumber = 1\nactivity = \"A\"\ntime = \"1 menit\"\n",
            "",
            1,
        );
        assert!(
            load(&at_limit).problems.is_empty(),
            "{:?}",
            load(&at_limit).problems
        );
    }

    /// A value of the wrong type in one step does not hide the problems of another.
    #[test]
    fn a_wrong_type_in_one_step_leaves_the_others_checked() {
        let bad = GOOD
            .replace("time = \"5 menit\"", "time = 5")
            .replace("time = \"30 menit\"", "time = \"tiga puluh\"");
        let p = problems(&bad);
        assert!(
            p.iter().any(|m| m
                .starts_with("error: step 1, line 12, column 8: `time` must be text in quotes")),
            "{p:#?}"
        );
        assert!(
            p.iter().any(|m| m
                .contains("step 3, time, line 17, column 8: cannot read the time 'tiga puluh'")),
            "{p:#?}"
        );
    }

    /// A value of the wrong type among the SOP's own fields does not hide the others' problems,
    /// nor the steps'.
    #[test]
    fn a_wrong_type_in_the_sops_fields_leaves_the_rest_checked() {
        let bad = GOOD
            .replace("name = \"Contoh\"", "name = 3")
            .replace("total = \"35 menit\"", "total = 35")
            .replace("time = \"30 menit\"", "time = \"tiga puluh\"");
        let p = problems(&bad);
        assert!(
            p.iter()
                .any(|m| m.contains("`name` must be text in quotes")),
            "{p:#?}"
        );
        assert!(p.iter().any(|m| m.contains("`total`")), "{p:#?}");
        assert!(
            p.iter()
                .any(|m| m.contains("cannot read the time 'tiga puluh'")),
            "{p:#?}"
        );
    }

    /// FORMAT.md's complete example loads without a problem, with every flow it shows.
    #[test]
    fn the_format_documents_example_is_a_clean_sop() {
        let doc = include_str!("../../../sops/FORMAT.md");
        let start = doc.find("```toml\n").expect("an example") + 8;
        let end = start + doc[start..].find("```").unwrap();
        let l = load(&doc[start..end]);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
        let sop = l.sop.unwrap();
        assert_eq!((sop.total.min_secs, sop.total.max_secs), (8100, 10_800));
        assert!(sop.total.open_ended);
        assert_eq!(sop.step(1).unwrap().consent, ["layanan"]);
        assert_eq!(sop.step(3).unwrap().needs_consent, ["berbagi-informasi"]);
        assert!(sop.step(4).unwrap().repeat && sop.step(4).unwrap().standard.open_ended());
        assert_eq!(sop.step(5).unwrap().decision.as_ref().unwrap().return_to, 3);
        assert!(sop.step(6).unwrap().condition.is_some());
        assert_ne!(
            sop.step(2).unwrap().standard.min_secs,
            sop.step(2).unwrap().standard.max_secs
        );
    }

    /// A bad byte is one problem among the others (trial 15, item 2): a missing activity, an
    /// unknown key and a zero time are still listed, in the file's order.
    #[test]
    fn a_bad_byte_leaves_the_rest_of_the_file_checked() {
        let text = GOOD
            .replace("activity = \"Menerima\"\n", "")
            .replace("time = \"30 menit\"", "time = \"0 menit\"\nsiapa = 1")
            .replace("Memeriksa", "Memeriks\u{1}");
        let mut bytes = text.into_bytes();
        let at = bytes.iter().position(|&b| b == 1).unwrap();
        bytes[at] = 0xe9; // Latin-1 'é'
        let (_, l) = load_bytes(&bytes);
        assert!(l.sop.is_none());
        let p: Vec<String> = l.problems.iter().map(|p| p.to_string()).collect();
        let want = [
            "warning: total, line 5, column 9: the stated total '35 menit' disagrees",
            "error: step 1, line 8, column 1: missing required key 'activity'",
            "error: line 14, column 21: not UTF-8 text",
            "warning: step 3, time, line 16, column 8: the standard time '0 menit' is zero",
            "error: step 3, line 17, column 1: unknown key 'siapa'",
        ];
        assert_eq!(p.len(), want.len(), "{p:#?}");
        for (got, w) in p.iter().zip(want) {
            assert!(got.starts_with(w), "{w:?} is not {got:?}");
        }
        // Clean bytes load as text does.
        let (text, l) = load_bytes(GOOD.as_bytes());
        assert_eq!(text, GOOD);
        assert!(l.sop.is_some());
    }

    #[test]
    fn syntax_errors_give_a_line_and_column() {
        let p = problems("format = 1\ncode = \"x\"\nname = \n");
        assert!(p[0].contains("line 3, column"), "{p:?}");
        assert_eq!(line_and_column(b"ab\ncd\xc3\xa9f", 7), (2, 4));
        assert_eq!(line_and_column(b"abc", 0), (1, 1));
    }

    /// A missing activity, an unknown key, a bad time and a bad return: all at once, each at
    /// its step.
    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = GOOD
            .replace("activity = \"Menerima\"\n", "")
            .replace(
                "time = \"30 menit\"",
                "time = \"tiga puluh\"\nrepeats = true",
            )
            .replace("return_to = 1", "return_to = 9");
        let p = problems(&bad);
        // Every one with its line (and column), in the file's order.
        let want = [
            "error: step 1, line 8, column 1: missing required key 'activity'",
            "error: step 3, decision.return_to, line 12, column 1: returns to step 9, which does not exist",
            "error: step 3, time, line 16, column 8: cannot read the time 'tiga puluh'",
            "error: step 3, line 17, column 1: unknown key 'repeats' (did you mean 'repeat'?)",
        ];
        assert_eq!(p.len(), want.len(), "{p:#?}");
        for (got, w) in p.iter().zip(want) {
            assert!(got.starts_with(w), "{w:?} is not {got:?}");
        }
    }
}

#[cfg(test)]
mod properties;
