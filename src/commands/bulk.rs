//! Bulk data entry: `kasus step import FILE`. Every row goes through the same checks as a single
//! command; the whole file is one transaction, all or nothing, and every bad row is named by its
//! line and column (never by a name or NIK it holds). The file's rows are read by `crate::rows`;
//! `kasus intake --from` lives in `commands::intake::from_file`.

use super::step::Performer;
use super::{resolve, Ctx};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::flow::{self, Attempt, ConsentEvent, Outcome, Status};
use crate::output;
use crate::register::cases::CaseRow;
use crate::register::{bulk, consents, sops, steps};
use crate::sop::Sop;
use crate::text::{self, t};
use crate::timing;
use crate::tr;
use rusqlite::Connection;
use std::collections::HashMap;
use std::path::Path;

// The row reader moved to `crate::rows`; re-exported here for the step import and for the
// tests and fuzz targets that name `commands::bulk::{parse_csv, print_csv, template}`.
pub use crate::rows::{
    bad_rows_in, cannot_read, check_header, columnise, csv_reader, header_refusal, looks_like_code,
    name_of, parse_csv, print_csv, print_errors, quote_left_open, read_all, read_header, row_err,
    strip_bom, template, RowError, COLUMNS, SHOW_LIMIT,
};

/// A problem with one cell: its column and the reason.
type Fail = (&'static str, String);

/// The columns of `kasus step import`.
pub const STEP_COLUMNS: [&str; 10] = [
    "case",
    "external_ref",
    "step",
    "started_at",
    "finished_at",
    "performer",
    "outcome",
    "output",
    "reason",
    "note",
];

/// A case of the file, as the flow sees it, with the attempts recorded so far (the register's
/// and the file's rows before this one).
struct FlowCase {
    case: CaseRow,
    sop: Sop,
    attempts: Vec<Attempt>,
    consents: Vec<ConsentEvent>,
}

/// One checked row, ready to write.
struct Checked {
    key: usize,
    step_number: u32,
    attempt: u32,
    status: &'static str,
    outcome: Option<&'static str>,
    started_at: Option<String>,
    finished_at: Option<String>,
    elapsed: Option<u64>,
    standard: (Option<u64>, Option<u64>),
    performer: Option<String>,
    performer_staff_id: Option<i64>,
    output: Option<String>,
    note: Option<String>,
    reason: Option<String>,
}

struct StepImport<'r> {
    /// The write transaction: the cases, their attempts and consents are read inside it, so the
    /// flow is checked against what the rows will be written on.
    conn: &'r Connection,
    zone: Zone,
    now: Instant,
    cases: Vec<FlowCase>,
    index: HashMap<(bool, String), usize>,
}

impl StepImport<'_> {
    fn case(&mut self, key: &str, by_ref: bool) -> std::result::Result<usize, Fail> {
        let col = if by_ref { "external_ref" } else { "case" };
        if let Some(&i) = self.index.get(&(by_ref, key.to_string())) {
            return Ok(i);
        }
        let db = |e: Error| (col, e.to_string());
        let case = bulk::case_by_key(self.conn, key, by_ref)
            .map_err(db)?
            .ok_or_else(|| {
                (
                    col,
                    if by_ref {
                        t(
                            "no case has this external_ref",
                            "tidak ada kasus dengan external_ref ini",
                        )
                        .to_string()
                    } else {
                        tr!(
                            "unknown case {}: give a case number (e.g. PPA/2026/0001) or UUID",
                            "kasus {} tidak dikenal: beri nomor kasus (mis. PPA/2026/0001) atau UUID",
                            super::resolve::shown_case_key(key)
                        )
                    },
                )
            })?;
        if case.status == "closed" {
            return Err((
                col,
                tr!(
                    "case {} is closed; reopen it first with `kasus case reopen {}`",
                    "kasus {} sudah ditutup; buka kembali dulu dengan `kasus case reopen {}`",
                    case.number,
                    case.number
                ),
            ));
        }
        if let Some(&i) = self
            .cases
            .iter()
            .position(|c| c.case.id == case.id)
            .as_ref()
        {
            self.index.insert((by_ref, key.to_string()), i);
            return Ok(i);
        }
        let sop = sops::by_id(self.conn, case.sop_version_id)
            .and_then(|v| v.sop())
            .map_err(db)?;
        let attempts = steps::list(self.conn, case.id)
            .map_err(db)?
            .iter()
            .map(|r| r.flow())
            .collect();
        let consents = consents::list(self.conn, case.id)
            .map_err(db)?
            .iter()
            .filter_map(|c| c.event())
            .collect();
        self.cases.push(FlowCase {
            case,
            sop,
            attempts,
            consents,
        });
        let i = self.cases.len() - 1;
        self.index.insert((by_ref, key.to_string()), i);
        Ok(i)
    }

    fn time(
        &self,
        col: &'static str,
        s: &str,
        case: &CaseRow,
    ) -> std::result::Result<Instant, Fail> {
        let at = resolve::time(col, s, self.zone, self.now).map_err(|e| (col, e.to_string()))?;
        if clock::from_db(&case.reported_at).is_some_and(|r| at < r) {
            return Err((
                col,
                tr!(
                    "{col} is before case {} was reported",
                    "{col} sebelum kasus {} dilaporkan",
                    case.number
                ),
            ));
        }
        Ok(at)
    }

    /// Who performed a step, by the rules of `kasus step`: staff by name, anyone for a step done
    /// outside the unit, else (blank) the staff assigned to the step's role.
    fn performer(
        &self,
        fc: &FlowCase,
        step: &crate::sop::Step,
        by: Option<&str>,
    ) -> std::result::Result<(Option<String>, Option<i64>), Fail> {
        let db = |e: Error| ("performer", e.to_string());
        match super::step::performer(self.conn, &fc.sop, fc.case.id, step, by).map_err(db)? {
            Performer::Found(name, id) => Ok((name, id)),
            Performer::Inactive(_) => Err((
                "performer",
                t("the staff member is inactive", "staf itu tidak aktif").into(),
            )),
            Performer::NotStaff(_) => Err((
                "performer",
                tr!(
                    "not staff, and step {} is done inside the unit ({}); add them \
                     with `kasus staff add`",
                    "bukan staf, padahal langkah {} dikerjakan di dalam unit ({}); \
                     tambahkan dengan `kasus staff add`",
                    step.number,
                    step.roles.join("; ")
                ),
            )),
        }
    }

    fn row(&mut self, cells: &[Option<&str>; 10]) -> std::result::Result<Checked, Fail> {
        for (col, cell) in STEP_COLUMNS.iter().zip(cells) {
            use crate::field::Field;
            let kind = match *col {
                "performer" => Field::Name,
                "output" | "reason" | "note" => Field::Text,
                _ => Field::Short,
            };
            if let Some(v) = cell {
                crate::field::check_text(kind, v.trim())
                    .map_err(|e| (*col, e.message(col, kind)))?;
            }
        }
        let c = |i: usize| cells[i].map(str::trim).filter(|s| !s.is_empty());
        let key = match (c(0), c(1)) {
            (Some(k), _) => self.case(k, false)?,
            (None, Some(r)) => self.case(r, true)?,
            (None, None) => {
                return Err((
                    "case",
                    t(
                        "give the case number (case) or its external_ref",
                        "beri nomor kasus (case) atau external_ref-nya",
                    )
                    .into(),
                ))
            }
        };
        let step_n: u32 = c(2)
            .ok_or((
                "step",
                t("the step number is missing", "nomor langkah belum diisi").to_string(),
            ))?
            .parse()
            .map_err(|_| {
                (
                    "step",
                    t(
                        "the step must be a number as in the SOP",
                        "langkah harus berupa nomor seperti di SOP",
                    )
                    .to_string(),
                )
            })?;
        let outcome_in = c(6).map(str::to_ascii_lowercase);
        let (output_text, reason, note, by) = (c(7), c(8), c(9), c(5));
        let case = self.cases[key].case.clone();
        let started = c(3)
            .map(|s| self.time("started_at", s, &case))
            .transpose()?;
        let finished = c(4)
            .map(|s| self.time("finished_at", s, &case))
            .transpose()?;
        let skip = outcome_in.as_deref() == Some("skipped")
            || (outcome_in.is_none() && started.is_none() && reason.is_some());
        let refused = |fc: &FlowCase, r: flow::Refusal| {
            ("step", columnise(&text::refusal(&r, &fc.case.number)))
        };
        let fc = &self.cases[key];
        let flow = flow::CaseFlow::new(&fc.sop, &fc.attempts, &fc.consents, fc.case.is_child);
        let attempt_no = |n: u32| {
            fc.attempts
                .iter()
                .filter(|a| a.step_number == n)
                .map(|a| a.attempt)
                .max()
                .unwrap_or(0)
                + 1
        };
        if skip {
            let at = finished.or(started).ok_or((
                "started_at",
                t(
                    "a skipped step needs the time it was skipped (started_at or finished_at)",
                    "langkah yang dilewati perlu waktu dilewatinya (started_at atau finished_at)",
                )
                .to_string(),
            ))?;
            let reason = reason.ok_or((
                "reason",
                t(
                    "a skipped step needs the reason",
                    "langkah yang dilewati perlu alasan",
                )
                .to_string(),
            ))?;
            let idx = flow
                .can_skip(Some(step_n), at)
                .map_err(|r| refused(fc, r))?;
            let step = &fc.sop.steps[idx];
            let at_db = clock::to_db(at);
            let checked = Checked {
                key,
                step_number: step.number,
                attempt: attempt_no(step.number),
                status: "skipped",
                outcome: Some("skipped"),
                started_at: None,
                finished_at: Some(at_db),
                elapsed: None,
                standard: (step.standard.min_secs, step.standard.max_secs),
                performer: None,
                performer_staff_id: None,
                output: None,
                note: note.map(str::to_string),
                reason: Some(reason.to_string()),
            };
            self.cases[key].attempts.push(Attempt {
                step_number: checked.step_number,
                attempt: checked.attempt,
                status: Status::Skipped,
                outcome: Some(Outcome::Skipped),
                started_at: None,
                finished_at: Some(at),
            });
            return Ok(checked);
        }
        let start = started.ok_or((
            "started_at",
            t("the start time is missing", "waktu mulai belum diisi").to_string(),
        ))?;
        let idx = flow
            .can_start(Some(step_n), start)
            .map_err(|r| refused(fc, r))?;
        let step = fc.sop.steps[idx].clone();
        let (performer, staff_id) = self.performer(fc, &step, by)?;
        let attempt = attempt_no(step.number);
        let mut checked = Checked {
            key,
            step_number: step.number,
            attempt,
            status: "running",
            outcome: None,
            started_at: Some(clock::to_db(start)),
            finished_at: None,
            elapsed: None,
            standard: (step.standard.min_secs, step.standard.max_secs),
            performer,
            performer_staff_id: staff_id,
            output: output_text.map(str::to_string),
            note: note.map(str::to_string),
            reason: None,
        };
        let fc = &mut self.cases[key];
        fc.attempts.push(Attempt {
            step_number: step.number,
            attempt,
            status: Status::Running,
            outcome: None,
            started_at: Some(start),
            finished_at: None,
        });
        let Some(fin) = finished else {
            if outcome_in.is_some() {
                fc.attempts.pop();
                return Err((
                    "outcome",
                    t(
                        "an outcome needs finished_at",
                        "hasil (outcome) perlu finished_at",
                    )
                    .into(),
                ));
            }
            return Ok(checked);
        };
        let decision = match outcome_in.as_deref() {
            None | Some("done") | Some("refused") => None,
            Some("approved") => Some(Outcome::Approved),
            Some("returned") => Some(Outcome::Returned),
            Some(o) => {
                fc.attempts.pop();
                return Err((
                    "outcome",
                    if looks_like_code(o) {
                        tr!(
                            "unknown outcome '{o}'; use done, approved, returned, refused or skipped",
                            "outcome '{o}' tidak dikenal; pakai done, approved, returned, refused atau skipped"
                        )
                    } else {
                        t(
                            "unknown outcome; use done, approved, returned, refused or skipped",
                            "outcome tidak dikenal; pakai done, approved, returned, refused atau skipped",
                        )
                        .to_string()
                    },
                ));
            }
        };
        let flow = flow::CaseFlow::new(&fc.sop, &fc.attempts, &fc.consents, fc.case.is_child);
        let result = flow.can_finish(Some(step.number), fin, decision.is_some());
        let (_, mut outcome) = match result {
            Ok(x) => x,
            Err(r) => {
                let e = (
                    "finished_at",
                    columnise(&text::refusal(&r, &fc.case.number)),
                );
                fc.attempts.pop();
                return Err(e);
            }
        };
        if let Some(d) = decision {
            outcome = d;
        }
        if outcome_in.as_deref() == Some("refused") && outcome != Outcome::Refused {
            fc.attempts.pop();
            return Err((
                "outcome",
                t(
                    "outcome 'refused' needs a recorded refusal of consent (`kasus consent refuse`) \
                     before finished_at",
                    "outcome 'refused' perlu penolakan persetujuan yang sudah dicatat \
                     (`kasus consent refuse`) sebelum finished_at",
                )
                .into(),
            ));
        }
        let elapsed = timing::elapsed_secs(start, fin);
        if let Some(a) = fc.attempts.last_mut() {
            a.status = Status::Finished;
            a.outcome = Some(outcome);
            a.finished_at = Some(fin);
        }
        checked.status = "finished";
        checked.outcome = Some(outcome.code());
        checked.finished_at = Some(clock::to_db(fin));
        checked.elapsed = Some(elapsed);
        Ok(checked)
    }
}

/// `kasus step import FILE`: backfills step records, all or nothing.
pub fn step_import(ctx: &Ctx, path: &Path) -> Result<()> {
    let file = name_of(path);
    let data = read_all(path)?;
    let data = strip_bom(&data);
    let mut rdr = csv_reader(data);
    let header = match read_header(&mut rdr) {
        Ok(h) => h,
        Err(e) => {
            print_errors(&file, &e);
            return Err(header_refusal(&file, e.len()));
        }
    };
    let map = match check_header(
        &header,
        &STEP_COLUMNS,
        &[&["case", "external_ref"], &["step"]],
    ) {
        Ok(m) => m,
        Err(e) => {
            print_errors(&file, &e);
            return Err(header_refusal(&file, e.len()));
        }
    };
    let mut reg = ctx.open()?;
    let zone = super::zone(&reg)?;
    let now = ctx.now_db();
    // Everything is checked inside the write transaction (IMMEDIATE): a step recorded or a case
    // closed by someone else meanwhile is seen by the checks, not overwritten or duplicated.
    let (n, n_cases) = reg.write(|tx| {
        let mut im = StepImport {
            conn: tx,
            zone,
            now: ctx.now,
            cases: Vec::new(),
            index: HashMap::new(),
        };
        let mut rec = csv::ByteRecord::new();
        let mut checked = Vec::new();
        let mut errors = Vec::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                errors.push(row_err(0, None, cannot_read(&e)));
                break;
            }
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rdr.position().byte() as usize >= data.len() {
            let start = rec.position().map(|p| p.byte() as usize).unwrap_or(0);
            if data.get(start..).is_some_and(quote_left_open) {
                errors.push(row_err(
                    line,
                    None,
                    t(
                        "a quoted field opened on this line is never closed (a \" is missing)",
                        "tanda kutip yang dibuka di baris ini tidak pernah ditutup (kurang satu \")",
                    ),
                ));
                continue;
            }
        }
        if rec.len() != map.len() {
            if rec.len() == 1 && rec.get(0).is_some_and(|f| f.is_empty()) {
                continue;
            }
            errors.push(row_err(
                line,
                None,
                tr!(
                    "{} fields, but the header has {} columns",
                    "{} isian, padahal header punya {} kolom",
                    rec.len(),
                    map.len()
                ),
            ));
            continue;
        }
        let mut cells: [Option<&str>; 10] = [None; 10];
        let mut utf8 = true;
        for (i, f) in rec.iter().enumerate() {
            match std::str::from_utf8(f) {
                Ok(s) => cells[map[i]] = Some(s),
                Err(_) => {
                    errors.push(row_err(
                        line,
                        Some(STEP_COLUMNS[map[i]]),
                        t("not UTF-8 text", "bukan teks UTF-8"),
                    ));
                    utf8 = false;
                    break;
                }
            }
        }
        if !utf8 {
            continue;
        }
        match im.row(&cells) {
            Ok(c) => checked.push(c),
            Err((col, reason)) => errors.push(row_err(line, Some(col), reason)),
        }
    }
    if !errors.is_empty() {
        print_errors(&file, &errors);
        return Err(Error::Invalid(format!(
            "{}; {}",
            bad_rows_in(errors.len(), &file),
            t(
                "nothing was recorded: fix them and import the whole file again",
                "tidak ada yang dicatat: perbaiki lalu impor ulang seluruh berkas"
            )
        )));
    }
    let cases: Vec<CaseRow> = im.cases.iter().map(|c| c.case.clone()).collect();
    drop(im);
    let mut w = bulk::StepWriter::new(tx, &now, &ctx.actor)?;
        for c in &checked {
            w.insert(
                &cases[c.key],
                &bulk::BackfillAttempt {
                    step_number: c.step_number,
                    attempt: c.attempt,
                    status: c.status,
                    outcome: c.outcome,
                    started_at: c.started_at.as_deref(),
                    finished_at: c.finished_at.as_deref(),
                    elapsed_secs: c.elapsed,
                    standard: c.standard,
                    performer: c.performer.as_deref(),
                    performer_staff_id: c.performer_staff_id,
                    output: c.output.as_deref(),
                    note: c.note.as_deref(),
                    reason: c.reason.as_deref(),
                },
            )?;
        }
        Ok((checked.len(), cases.len()))
    })?;
    output::print(&format!(
        "{n} {} {} {}",
        t("step records imported for", "catatan langkah diimpor untuk"),
        n_cases,
        t("cases", "kasus")
    ))
}
