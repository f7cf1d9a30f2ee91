//! `kasus step import FILE`: backfills step records from a CSV file or a workbook's sheet
//! (.xlsx, `--sheet`), all or nothing. Every row is checked against the case's flow as `kasus
//! step` checks it (the file's earlier rows included), inside the write transaction; every bad
//! row is named by the line it starts on and its column (in a workbook, its cell: `Sheet1!D7`).
//! The delimiter is found on the header line or given (`--delimiter`); `--dry-run` does all of
//! it and rolls it back.

use crate::clock::{self, Instant, Zone};
use crate::commands::{resolve, Ctx};
use crate::error::{Error, Result};
use crate::flow::{self, Attempt, Outcome, Status};
use crate::output;
use crate::register::assignments::{self, Performer};
use crate::register::backfill::{self, Backfill};
use crate::register::cases::CaseRow;
use crate::register::flow_case::FlowCase;
use crate::register::steps::AttemptRecord;
use crate::rows::xlsx::{is_ole2, is_zip, named_xlsx, old_xls, SheetRows, XNext};
use crate::rows::{
    bad_rows_in, cannot_read, check_header, columnise, csv_reader, field_count, header_refusal,
    name_of, print_errors, quote_left_open, read_all, read_header, row_err, strip_bom, Delimiter,
    Dialect, Fail, Faults, Lines, RowError,
};
use crate::sop::Step;
use crate::text::{self, t};
use crate::timing;
use crate::tr;
use std::collections::HashMap;
use std::path::Path;

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

/// One row's cells, by column (in the order of STEP_COLUMNS).
type Cells<'a> = [Option<&'a str>; 10];

/// One checked row, ready to write.
struct Checked {
    key: usize,
    step_number: u32,
    attempt: u32,
    status: &'static str,
    outcome: Option<&'static str>,
    started_at: Option<String>,
    finished_at: Option<String>,
    figures: Option<timing::Figures>,
    standard: (Option<u64>, Option<u64>),
    standard_days: bool,
    clock: crate::sop::Clock,
    performer: Option<String>,
    performer_staff_id: Option<i64>,
    output: Option<String>,
    note: Option<String>,
    reason: Option<String>,
}

impl Checked {
    /// The attempt as the register stores it; `calendar_version` is the office calendar's the
    /// figures were measured by.
    fn record(&self, calendar_version: i64) -> AttemptRecord<'_> {
        AttemptRecord {
            step_number: self.step_number,
            attempt: self.attempt,
            status: self.status,
            outcome: self.outcome,
            started_at: self.started_at.as_deref(),
            finished_at: self.finished_at.as_deref(),
            figures: self.figures,
            standard: self.standard,
            standard_days: self.standard_days,
            clock: self.clock.as_str(),
            calendar_version: self.figures.map(|_| calendar_version),
            performer: self.performer.as_deref(),
            performer_staff_id: self.performer_staff_id,
            output: self.output.as_deref(),
            note: self.note.as_deref(),
            reason: self.reason.as_deref(),
        }
    }
}

/// The text cells of a row that starts (and perhaps finishes) a step.
struct Started<'a> {
    finished: Option<Instant>,
    outcome: Option<&'a str>,
    by: Option<&'a str>,
    output: Option<&'a str>,
    note: Option<&'a str>,
}

/// The checks of one import: the cases of the file as the flow sees them, with the attempts
/// recorded so far (the register's and the file's rows before this one).
struct StepImport<'r, 't> {
    /// The write transaction: the cases, their attempts and consents are read inside it, so the
    /// flow is checked against what the rows will be written on.
    db: &'r Backfill<'t>,
    zone: Zone,
    /// The clocks finished rows are measured on.
    clocks: timing::Clocks,
    now: Instant,
    cases: Vec<FlowCase>,
    index: HashMap<(bool, String), usize>,
    /// The cases (by key) with a bad row, and its line: their later rows cannot be judged
    /// against the flow, which the bad row leaves unknown.
    bad_cases: HashMap<usize, u64>,
    /// Those later rows (their cells right): the line, and the earlier bad row's.
    unjudged: Vec<(u64, u64)>,
}

fn refused(fc: &FlowCase, col: &'static str, r: flow::Refusal) -> Fail {
    (col, columnise(&text::refusal(&r, &fc.case.number)))
}

fn case_flow(fc: &FlowCase) -> flow::CaseFlow<'_> {
    flow::CaseFlow::new(&fc.sop, &fc.attempts, &fc.consents, fc.case.is_child)
}

/// The text rules for every cell of a row: each cell that breaks one.
fn check_cells(cells: &Cells, errs: &mut Faults<Fail>) {
    use crate::field::Field;
    for (col, cell) in STEP_COLUMNS.iter().zip(cells) {
        let kind = match *col {
            "performer" => Field::Name,
            "output" | "reason" | "note" => Field::Text,
            _ => Field::Short,
        };
        if let Some(v) = cell {
            errs.keep(
                crate::field::check_text(kind, v.trim()).map_err(|e| (*col, e.message(col, kind))),
            );
        }
    }
}

fn step_number(cell: Option<&str>) -> std::result::Result<u32, Fail> {
    cell.ok_or((
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
    })
}

/// The outcome a finished row asks for: a decision's (approved, returned), or None.
fn decision(outcome_in: Option<&str>) -> std::result::Result<Option<Outcome>, Fail> {
    match outcome_in {
        None | Some("done") | Some("refused") => Ok(None),
        Some("approved") => Ok(Some(Outcome::Approved)),
        Some("returned") => Ok(Some(Outcome::Returned)),
        Some(o) => Err((
            "outcome",
            if crate::echo::shaped(o, crate::echo::Shape::Code) {
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
        )),
    }
}

/// How a running attempt (the last of `fc`) finishes at `fin`: its outcome.
fn finish_outcome(
    fc: &FlowCase,
    step_number: u32,
    fin: Instant,
    outcome_in: Option<&str>,
) -> std::result::Result<Outcome, Fail> {
    let decision = decision(outcome_in)?;
    let (_, mut outcome) = case_flow(fc)
        .can_finish(Some(step_number), fin, decision.is_some())
        .map_err(|r| refused(fc, "finished_at", r))?;
    if let Some(d) = decision {
        outcome = d;
    }
    if outcome_in == Some("refused") && outcome != Outcome::Refused {
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
    Ok(outcome)
}

impl StepImport<'_, '_> {
    fn case(&mut self, key: &str, by_ref: bool) -> std::result::Result<usize, Fail> {
        let col = if by_ref { "external_ref" } else { "case" };
        if let Some(&i) = self.index.get(&(by_ref, key.to_string())) {
            return Ok(i);
        }
        let db = |e: Error| (col, e.to_string());
        let case = self.db.case(key, by_ref).map_err(db)?.ok_or_else(|| {
            (
                col,
                if by_ref {
                    t(
                        "no case has this external_ref",
                        "tidak ada kasus dengan external_ref ini",
                    )
                    .to_string()
                } else {
                    text::unknown_case(&resolve::shown_case_key(key), "")
                },
            )
        })?;
        if case.origin.is_some() {
            return Err((col, text::not_ours(&case.number)));
        }
        if case.status == "closed" {
            return Err((col, text::case_closed(&case.number)));
        }
        if let Some(i) = self.cases.iter().position(|c| c.case.id == case.id) {
            self.index.insert((by_ref, key.to_string()), i);
            return Ok(i);
        }
        let fc = self.db.flow_case(&case).map_err(db)?;
        self.cases.push(fc);
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
    /// outside the unit, else (blank) the staff assigned to the step's role or the case; a step
    /// inside the unit with none of these is a bad row.
    fn performer(
        &self,
        fc: &FlowCase,
        step: &Step,
        by: Option<&str>,
        start: Instant,
    ) -> std::result::Result<(Option<String>, Option<i64>), Fail> {
        let db = |e: Error| ("performer", e.to_string());
        match self
            .db
            .performer(&fc.sop, fc.case.id, step, by, Some(&clock::to_db(start)))
            .map_err(db)?
        {
            // The rule of `kasus step start`: a step inside the unit is done by someone.
            Performer::Found(None, _) if !assignments::outside_step(&fc.sop, step) => Err((
                "performer",
                tr!(
                    "blank, and step {} is done inside the unit ({}) while nobody holds its role \
                     in the case (nor the case without a role): write the staff member who did it",
                    "kosong, padahal langkah {} dikerjakan di dalam unit ({}) dan belum ada yang \
                     memegang perannya di kasus itu (atau kasusnya tanpa peran): tulis staf yang \
                     mengerjakannya",
                    step.number,
                    step.roles.join("; ")
                ),
            )),
            Performer::Found(name, id) => Ok((name, id)),
            Performer::Inactive(_) => Err((
                "performer",
                t("the staff member is inactive", "staf itu tidak aktif").into(),
            )),
            Performer::NotStaff(..) => Err((
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

    /// Checks a row: every cell that is wrong in itself (its text, the case, the step number,
    /// the times, the outcome's word), each told; then, those right, the row against the
    /// case's flow (one problem: the flow's first refusal).
    ///
    /// A row of a case with an earlier bad row is judged as if that row were not there (a row
    /// corrected on the next line passes); refused by the flow, it is not told as bad (the flow
    /// the bad row leaves is unknown, and every later step would be "out of order"): an empty
    /// list, its line kept in `unjudged` for a note.
    fn row(&mut self, line: u64, cells: &Cells) -> std::result::Result<Checked, Vec<Fail>> {
        let (mut key, mut by_flow) = (None, false);
        let r = self.judge(cells, &mut key, &mut by_flow);
        match (r, key) {
            (Err(_), Some(k)) if by_flow && self.bad_cases.contains_key(&k) => {
                self.unjudged.push((line, self.bad_cases[&k]));
                Err(Vec::new())
            }
            (Err(faults), Some(k)) => {
                self.bad_cases.entry(k).or_insert(line);
                Err(faults)
            }
            // A row the flow takes puts the case back on a known footing (a bad row corrected
            // on the next line): its later rows are judged again.
            (Ok(c), Some(k)) => {
                self.bad_cases.remove(&k);
                Ok(c)
            }
            (r, _) => r,
        }
    }

    /// [`StepImport::row`]'s checks; `found` is set to the row's case once it is known, and
    /// `by_flow` once its cells are right and the case's flow judges it.
    fn judge(
        &mut self,
        cells: &Cells,
        found: &mut Option<usize>,
        by_flow: &mut bool,
    ) -> std::result::Result<Checked, Vec<Fail>> {
        let mut errs: Faults<Fail> = Faults::default();
        check_cells(cells, &mut errs);
        let c = |i: usize| cells[i].map(str::trim).filter(|s| !s.is_empty());
        let key = match (c(0), c(1)) {
            // Both given: they must name the same case (a row pasted from another case's).
            (Some(k), Some(r)) => {
                let by_number = errs.keep(self.case(k, false));
                let by_ref = errs.keep(self.case(r, true));
                match (by_number, by_ref) {
                    (Some(a), Some(b)) if a != b => errs.keep(Err((
                        "external_ref",
                        tr!(
                            "the external_ref is case {}'s, not case {}'s: give one of the two \
                             (case or external_ref), or correct it",
                            "external_ref itu milik kasus {}, bukan kasus {}: beri salah satunya \
                             (case atau external_ref), atau betulkan",
                            self.cases[b].case.number,
                            self.cases[a].case.number
                        ),
                    ))),
                    (a, _) => a,
                }
            }
            (Some(k), None) => errs.keep(self.case(k, false)),
            (None, Some(r)) => errs.keep(self.case(r, true)),
            (None, None) => errs.keep(Err((
                "case",
                t(
                    "give the case number (case) or its external_ref",
                    "beri nomor kasus (case) atau external_ref-nya",
                )
                .into(),
            ))),
        };
        let step_n = errs.keep(step_number(c(2)));
        let outcome_in = c(6).map(str::to_ascii_lowercase);
        if outcome_in.as_deref() != Some("skipped") {
            errs.keep(decision(outcome_in.as_deref()));
        }
        let (reason, note) = (c(8), c(9));
        let case = key.map(|k| self.cases[k].case.clone());
        let mut time = |col: &'static str, cell: Option<&str>| match (cell, &case) {
            (None, _) => Some(None),
            (Some(s), Some(case)) => errs.keep(self.time(col, s, case)).map(Some),
            // No case to hold the time against: whether it reads as a time at all.
            (Some(s), None) => errs
                .keep(resolve::time(col, s, self.zone, self.now).map_err(|e| (col, e.to_string())))
                .map(Some),
        };
        let started = time("started_at", c(3));
        let finished = time("finished_at", c(4));
        // The row's own two times in order: a fault of the row whatever came before it.
        if let (Some(Some(s)), Some(Some(f))) = (started, finished) {
            if f < s {
                errs.keep::<()>(Err((
                    "finished_at",
                    text::refusal(&flow::Refusal::FinishBeforeStart, ""),
                )));
            }
        }
        *found = key;
        let (Some(key), Some(step_n), Some(started), Some(finished), true) =
            (key, step_n, started, finished, errs.0.is_empty())
        else {
            return Err(errs.0);
        };
        *by_flow = true;
        let one = |e: Fail| vec![e];
        let skip = outcome_in.as_deref() == Some("skipped")
            || (outcome_in.is_none() && started.is_none() && reason.is_some());
        if skip {
            return self
                .skipped(key, step_n, finished.or(started), reason, note)
                .map_err(one);
        }
        let start = started.ok_or_else(|| {
            one((
                "started_at",
                t("the start time is missing", "waktu mulai belum diisi").to_string(),
            ))
        })?;
        let rest = Started {
            finished,
            outcome: outcome_in.as_deref(),
            by: c(5),
            output: c(7),
            note,
        };
        self.started(key, step_n, start, &rest).map_err(one)
    }

    /// A row that skips a step.
    fn skipped(
        &mut self,
        key: usize,
        step_n: u32,
        at: Option<Instant>,
        reason: Option<&str>,
        note: Option<&str>,
    ) -> std::result::Result<Checked, Fail> {
        let at = at.ok_or((
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
        let fc = &self.cases[key];
        let idx = case_flow(fc)
            .can_skip(Some(step_n), at)
            .map_err(|r| refused(fc, "step", r))?;
        let step = &fc.sop.steps[idx];
        let checked = Checked {
            key,
            step_number: step.number,
            attempt: fc.next_attempt(step.number),
            status: "skipped",
            outcome: Some("skipped"),
            started_at: None,
            finished_at: Some(clock::to_db(at)),
            figures: None,
            standard: (step.standard.min_secs, step.standard.max_secs),
            standard_days: step.standard.in_days(),
            clock: step.clock,
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
        Ok(checked)
    }

    /// A row that starts a step, and finishes it when it has finished_at.
    fn started(
        &mut self,
        key: usize,
        step_n: u32,
        start: Instant,
        r: &Started,
    ) -> std::result::Result<Checked, Fail> {
        let fc = &self.cases[key];
        let idx = case_flow(fc)
            .can_start(Some(step_n), start)
            .map_err(|e| refused(fc, "step", e))?;
        let step = fc.sop.steps[idx].clone();
        let (performer, staff_id) = self.performer(fc, &step, r.by, start)?;
        let attempt = fc.next_attempt(step.number);
        let mut checked = Checked {
            key,
            step_number: step.number,
            attempt,
            status: "running",
            outcome: None,
            started_at: Some(clock::to_db(start)),
            finished_at: None,
            figures: None,
            standard: (step.standard.min_secs, step.standard.max_secs),
            standard_days: step.standard.in_days(),
            clock: step.clock,
            performer,
            performer_staff_id: staff_id,
            output: r.output.map(str::to_string),
            note: r.note.map(str::to_string),
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
        let Some(fin) = r.finished else {
            if r.outcome.is_some() {
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
        let outcome = match finish_outcome(fc, step.number, fin, r.outcome) {
            Ok(o) => o,
            Err(e) => {
                fc.attempts.pop();
                return Err(e);
            }
        };
        // An imported attempt has no pauses: its figures are its clock's time from start to
        // finish; a standard in days becomes the working time of those days from its start.
        let judged = timing::measure_attempt(
            self.clocks.calendar(step.clock),
            start,
            fin,
            &[],
            (step.standard.min_secs, step.standard.max_secs),
            step.standard.in_days(),
        );
        checked.standard = judged.standard;
        if let Some(a) = fc.attempts.last_mut() {
            a.status = Status::Finished;
            a.outcome = Some(outcome);
            a.finished_at = Some(fin);
        }
        checked.status = "finished";
        checked.outcome = Some(outcome.code());
        checked.finished_at = Some(clock::to_db(fin));
        checked.figures = Some(judged.figures);
        Ok(checked)
    }

    /// Checks every row of the file: the rows ready to write, and every bad row.
    fn rows(&mut self, source: Source) -> (Vec<Checked>, Vec<RowError>) {
        match source {
            Source::Csv(file, data) => self.csv_rows(file, data),
            Source::Xlsx(sheet) => self.sheet_rows(sheet),
        }
    }

    /// The rows of a workbook's sheet.
    fn sheet_rows(&mut self, sheet: &mut SheetRows) -> (Vec<Checked>, Vec<RowError>) {
        let mut checked = Vec::new();
        let mut errors = Vec::new();
        loop {
            match sheet.next_row() {
                XNext::End => break,
                XNext::Bad(e) => errors.push(e),
                // Cells that cannot be read: the row's problems, the rest not judged (a row
                // judged with a time left empty would stand in the case's flow as running).
                XNext::Row(_, _, unread) if !unread.is_empty() => {
                    errors.extend(RowError::of_row(unread))
                }
                XNext::Row(line, owned, _) => {
                    let cells: Cells = std::array::from_fn(|i| owned[i].as_deref());
                    match self.row(line, &cells) {
                        Ok(c) => checked.push(c),
                        Err(faults) => {
                            errors.extend(row_error(line, faults).map(|e| sheet.locate(e)))
                        }
                    }
                }
            }
        }
        (checked, errors)
    }

    /// The rows of a CSV file.
    fn csv_rows(&mut self, file: &mut CsvFile, data: &[u8]) -> (Vec<Checked>, Vec<RowError>) {
        let mut rec = csv::ByteRecord::new();
        let mut checked = Vec::new();
        let mut errors = Vec::new();
        let mut lines = Lines::new(data);
        loop {
            match file.rdr.read_byte_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = e.position().map(|p| lines.of_record(p.byte())).unwrap_or(0);
                    errors.push(row_err(line, None, cannot_read(&e)));
                    break;
                }
            }
            let line = rec
                .position()
                .map(|p| lines.of_record(p.byte()))
                .unwrap_or(0);
            match cells_of(
                &rec,
                file,
                line,
                file.rdr.position().byte() as usize >= data.len(),
                data,
            ) {
                Ok(None) => continue,
                Ok(Some(cells)) => match self.row(line, &cells) {
                    Ok(c) => checked.push(c),
                    Err(faults) => errors.extend(row_error(line, faults)),
                },
                Err(e) => errors.push(e),
            }
        }
        (checked, errors)
    }
}

/// The rows not judged against their case's flow, after a bad row of the same case: "note:
/// lines 5, 6 and 7 were not checked against their case's steps, which a bad row before them
/// leaves unknown (line 4); they are once it is fixed".
fn unjudged_note(rows: &[(u64, u64)]) -> String {
    let list = |v: Vec<u64>| v.iter().map(u64::to_string).collect::<Vec<_>>().join(", ");
    let lines = list(rows.iter().map(|r| r.0).collect());
    let mut earlier: Vec<u64> = rows.iter().map(|r| r.1).collect();
    earlier.sort_unstable();
    earlier.dedup();
    let earlier = list(earlier);
    let one = rows.len() == 1;
    let (these, were, their, them, they) = if one {
        (t("line", "baris"), "was", "its", "it", "it is")
    } else {
        (t("lines", "baris"), "were", "their", "them", "they are")
    };
    let at = if earlier.contains(',') {
        "lines"
    } else {
        "line"
    };
    tr!(
        "note: {these} {lines} {were} not checked against {their} case's steps, which a bad row \
         of the same case before {them} leaves unknown ({at} {earlier}); {they} once that row \
         is fixed",
        "catatan: {these} {lines} belum diperiksa terhadap langkah kasusnya, yang tidak \
         diketahui karena ada baris salah dari kasus yang sama sebelumnya (baris {earlier}); \
         baris itu diperiksa setelah baris yang salah dibetulkan"
    )
}

/// A bad row's problems as one [`RowError`] (the others in its `also`).
fn row_error(line: u64, faults: Vec<Fail>) -> Option<RowError> {
    RowError::of_row(
        faults
            .into_iter()
            .map(|(col, reason)| row_err(line, Some(col), reason))
            .collect(),
    )
}

/// Where the rows come from: a CSV file (and its bytes, without the BOM) or a workbook's sheet.
enum Source<'s, 'd> {
    Csv(&'s mut CsvFile<'d>, &'d [u8]),
    Xlsx(&'s mut SheetRows),
}

/// A CSV file being read: its reader, which column of the file is which, and how it is written.
struct CsvFile<'d> {
    rdr: csv::Reader<&'d [u8]>,
    map: Vec<usize>,
    dialect: Dialect,
}

/// A record's cells by column; None for a blank line.
fn cells_of<'r>(
    rec: &'r csv::ByteRecord,
    file: &CsvFile,
    line: u64,
    at_end: bool,
    data: &[u8],
) -> std::result::Result<Option<Cells<'r>>, RowError> {
    let map = &file.map;
    if at_end {
        let start = rec.position().map(|p| p.byte() as usize).unwrap_or(0);
        if data.get(start..).is_some_and(quote_left_open) {
            return Err(row_err(
                line,
                None,
                t(
                    "a quoted field opened on this line is never closed (a \" is missing)",
                    "tanda kutip yang dibuka di baris ini tidak pernah ditutup (kurang satu \")",
                ),
            ));
        }
    }
    if crate::rows::blank_record(rec) {
        return Ok(None);
    }
    if rec.len() != map.len() {
        return Err(field_count(line, rec, map.len(), &file.dialect));
    }
    let mut cells: Cells = [None; 10];
    for (i, f) in rec.iter().enumerate() {
        match std::str::from_utf8(f) {
            Ok(s) => cells[map[i]] = Some(s),
            Err(_) => {
                return Err(row_err(
                    line,
                    Some(STEP_COLUMNS[map[i]]),
                    t("not UTF-8 text", "bukan teks UTF-8"),
                ))
            }
        }
    }
    Ok(Some(cells))
}

/// The file's header: which column of the file is which step-import column. `data` is the
/// whole file, a BOM included.
fn open_csv<'d>(file: &str, data: &'d [u8], delimiter: Option<Delimiter>) -> Result<CsvFile<'d>> {
    let dialect = Dialect::of(data, delimiter);
    let mut rdr = csv_reader(strip_bom(data), &dialect);
    let checked = read_header(&mut rdr, &STEP_COLUMNS).and_then(|header| {
        check_header(
            &header,
            &STEP_COLUMNS,
            &[&["case", "external_ref"], &["step"]],
            &dialect,
        )
    });
    match checked {
        Ok(map) => Ok(CsvFile { rdr, map, dialect }),
        Err(e) => {
            print_errors(file, &e);
            Err(header_refusal(file, e.len(), &STEP_COLUMNS))
        }
    }
}

/// `kasus step import FILE`: backfills step records, all or nothing; with `dry_run`, every row
/// is checked and written in a transaction that is then rolled back.
pub fn step_import(
    ctx: &Ctx,
    path: &Path,
    delimiter: Option<&str>,
    sheet: Option<&str>,
    dry_run: bool,
) -> Result<()> {
    let delimiter = delimiter
        .map(Delimiter::parse)
        .transpose()
        .map_err(Error::Usage)?;
    let file = name_of(path);
    let whole = read_all(path)?;
    if is_ole2(&whole) {
        return Err(old_xls(&file));
    }
    if crate::rows::is_utf16(&whole) {
        return Err(crate::rows::utf16_text(&file));
    }
    let xlsx = named_xlsx(path) || is_zip(&whole);
    if xlsx && delimiter.is_some() {
        return Err(Error::Usage(
            t(
                "--delimiter is for CSV files; a workbook (.xlsx) has its columns already",
                "--delimiter hanya untuk berkas CSV; buku kerja (.xlsx) sudah punya kolom",
            )
            .into(),
        ));
    }
    if !xlsx && sheet.is_some() {
        return Err(Error::Usage(
            t(
                "--sheet is for a workbook (.xlsx); a CSV file has no sheets",
                "--sheet hanya untuk buku kerja (.xlsx); berkas CSV tidak punya lembar",
            )
            .into(),
        ));
    }
    let (whole, mut workbook) = if xlsx {
        let required: &[&[&str]] = &[&["case", "external_ref"], &["step"]];
        let rows = SheetRows::new(&file, whole, sheet, &STEP_COLUMNS, required)?;
        (Vec::new(), Some(rows))
    } else {
        (whole, None)
    };
    let mut csv_file = match workbook {
        Some(_) => None,
        None => Some(open_csv(&file, &whole, delimiter)?),
    };
    let data = strip_bom(&whole);
    // A dry run creates no register: it needs one to check against.
    let mut reg = ctx.reading(dry_run).open()?;
    let zone = reg.zone()?;
    let clocks = reg.clocks()?;
    let now = ctx.now_db();
    // Everything is checked inside the write transaction (IMMEDIATE): a step recorded or a case
    // closed by someone else meanwhile is seen by the checks, not overwritten or duplicated.
    let (n, n_cases) = backfill::run(&mut reg, &now, &ctx.actor, !dry_run, |db| {
        let mut im = StepImport {
            db,
            zone,
            clocks,
            now: ctx.now,
            cases: Vec::new(),
            index: HashMap::new(),
            bad_cases: HashMap::new(),
            unjudged: Vec::new(),
        };
        let source = match (&mut csv_file, &mut workbook) {
            (Some(f), _) => Source::Csv(f, data),
            (None, Some(w)) => Source::Xlsx(w),
            (None, None) => return Err(Error::Other("step import: no rows to read".into())),
        };
        let (checked, errors) = im.rows(source);
        if !errors.is_empty() {
            print_errors(&file, &errors);
            if !im.unjudged.is_empty() {
                crate::say!("{}", unjudged_note(&im.unjudged));
            }
            let mut e = format!("{}; {}", bad_rows_in(errors.len(), &file), {
                let them = if errors.len() == 1 { "it" } else { "them" };
                tr!(
                    "nothing was recorded: fix {them} and import the whole file again",
                    "tidak ada yang dicatat: perbaiki lalu impor ulang seluruh berkas"
                )
            });
            if dry_run {
                e.push('\n');
                e.push_str(text::dry_run_refused());
            }
            return Err(Error::Invalid(e));
        }
        let version = im.clocks.version;
        let cases: Vec<CaseRow> = im.cases.into_iter().map(|c| c.case).collect();
        for c in &checked {
            db.write(&cases[c.key], &c.record(version))?;
        }
        Ok((checked.len(), cases.len()))
    })?;
    let records = text::count(n as u64, "step record", "step records", "catatan langkah");
    let cases = text::count(n_cases as u64, "case", "cases", "kasus");
    let mut summary = if dry_run {
        crate::tr!(
            "{records} would be imported for {cases}",
            "{records} akan diimpor untuk {cases}"
        )
    } else {
        crate::tr!(
            "{records} imported for {cases}",
            "{records} diimpor untuk {cases}"
        )
    };
    if dry_run {
        summary.push('\n');
        summary.push_str(text::dry_run_nothing_written());
    }
    output::print(&summary)
}
