//! `kasus intake --from FILE`: a CSV file with a header, JSONL, or a workbook's sheet (.xlsx,
//! `--sheet`). Every row goes through the same checks as a single intake (`check`); by default
//! the whole file is one transaction, all or nothing, and every bad row is named by its line
//! and column (in a workbook, its cell: `Sheet1!E7`), never by a name or NIK it holds. With
//! `--skip-invalid` the good rows are registered and the bad ones written to `--rejects FILE`
//! (written as the input was, a workbook for a workbook, and importable as it is). The CSV
//! delimiter is found on the header line or given with `--delimiter`; `--dry-run` does all of
//! it in a transaction that is rolled back. `--template` writes the empty file to start from.

use super::check::check;
use super::input::{perpetrators_listed, used, Input, PerpetratorInput};
use super::lines::CaseLines;
use super::rejects::{owned_cells, raw_in_header_order, write_rejects, write_sheet_rejects};
use super::Ctx;
use crate::cli::{InputFormat, IntakeArgs, IntakeFormat};
use crate::clock::{Instant, Zone};
use crate::error::{Error, Result};
use crate::output;
use crate::register::cases::{Encoded, NewCase};
use crate::register::intake::Report;
use crate::register::intake::{self, BulkStart, CaseWriter, Earlier};
use crate::register::sops;
use crate::rows::ahead::{self, Ahead};
use crate::rows::xlsx::{is_ole2, is_zip, named_xlsx, old_xls, SheetRows, XNext};
use crate::rows::{
    bad_rows_in, columnise, header_refusal, jsonl_row, name_of, open_input, print_errors, row_err,
    strip_bom, Cells, CsvRows, Delimiter, Dialect, Fail, Next, RowError, COLUMNS, N,
};
use crate::rows::{C_EXTERNAL_REF, C_PERP_AGE, C_PERP_NAME, C_PERP_REL, C_PERP_SEX, C_REPORTED_AT};
use crate::rows::{C_SOP, C_VICTIM_AGE, C_VIOLENCE};
use crate::text::{self, t};
use crate::tr;
use crate::when;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

/// Turns a row's cells into an intake's fields. Several perpetrators: the `perpetrator_*` cells
/// hold `;`-separated lists, matched by position ("Budi;Joko" and "L;L"); an empty entry is an
/// unknown value. `violence` takes `,` or `;` between types.
/// The row's cells as an intake's fields, and the cells that cannot be read as their fields
/// (an age that is not a number): those are left out, and told with the checks' problems.
/// `unreadable`: the columns whose cells the file's reader could not read already (a
/// workbook's), left empty in `cells`: not missing either.
fn to_input<'a>(cells: &Cells<'a>, unreadable: &[&'static str]) -> (Input<'a>, Vec<Fail>) {
    let mut unread: Vec<Fail> = Vec::new();
    let c = |i: usize| cells[i];
    let age = |col: &'static str, s: &str| -> std::result::Result<Option<u32>, Fail> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        s.parse::<u32>().map(Some).map_err(|_| {
            (
                col,
                tr!(
                    "{col} must be a whole number of years (0 to 130)",
                    "{col} harus bilangan bulat tahun (0 sampai 130)"
                ),
            )
        })
    };
    let mut read_age = |col: &'static str, s: Option<&str>| match s.map(|s| age(col, s)) {
        Some(Ok(a)) => a,
        Some(Err(f)) => {
            // An entry of a perpetrators' list: the column once.
            if !unread.iter().any(|u| u.0 == f.0) {
                unread.push(f);
            }
            None
        }
        None => None,
    };
    let victim_age = read_age("victim_age", c(C_VICTIM_AGE));
    let split =
        |i: usize| -> Vec<&'a str> { cells[i].map(|s| s.split(';').collect()).unwrap_or_default() };
    let (names, sexes, ages, relations) = (
        split(C_PERP_NAME),
        split(C_PERP_SEX),
        split(C_PERP_AGE),
        split(C_PERP_REL),
    );
    let (n, past) = perpetrators_listed(
        names.len(),
        [
            ("perpetrator_sex", sexes.len(), used(&sexes)),
            ("perpetrator_age", ages.len(), used(&ages)),
            ("perpetrator_relation", relations.len(), used(&relations)),
        ],
    );
    let mut perpetrators = Vec::with_capacity(n);
    let pick = |v: &[&'a str], i: usize| v.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
    for i in 0..n {
        perpetrators.push(PerpetratorInput {
            name: pick(&names, i),
            sex: pick(&sexes, i),
            age: read_age("perpetrator_age", pick(&ages, i)),
            relation: pick(&relations, i),
        });
    }
    let violence = c(C_VIOLENCE)
        .map(|s| s.split([',', ';']).collect())
        .unwrap_or_default();
    let unread_cols = unread
        .iter()
        .map(|u| u.0)
        .chain(unreadable.iter().copied())
        .collect();
    let input = Input {
        sop: c(C_SOP),
        reported_at: c(1),
        channel: c(2),
        victim_name: c(3),
        victim_nik: c(4),
        victim_sex: c(5),
        victim_birth_date: c(6),
        victim_age,
        victim_phone: c(8),
        victim_address: c(9),
        victim_kecamatan: c(10),
        victim_kelurahan: c(11),
        victim_disability: c(12),
        complainant_name: c(13),
        complainant_phone: c(14),
        complainant_relation: c(15),
        perpetrators_past_names: past,
        unread: unread_cols,
        perpetrators,
        violence,
        place: c(21),
        incident_date: c(22),
        chronology: c(23),
        urgency: c(24),
        risk: c(25),
        external_ref: c(C_EXTERNAL_REF),
    };
    (input, unread)
}

/// What happened to one row.
enum Done {
    Added,
    /// Added, with neither an external_ref nor a reported_at giving a time of day: nothing an
    /// import of the same file again could recognise it by.
    AddedUnkeyed,
    /// Registered already: by its external_ref.
    Already,
    /// Registered already: a row without an external_ref, the same report (time, SOP and
    /// victim's name) as a registered case.
    SameReport,
}

/// What a row's reported_at says of when its report came, for recognising the report.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Told {
    /// A time of day (`2026-03-01 08:00`, `02-03-2026 08.30`, RFC 3339): the minute of one report.
    Time,
    /// A date or a day word alone (midnight): too wide to tell one report from another.
    DateOnly,
    /// Nothing: reported now, as every such row of this intake.
    Now,
}

impl Told {
    fn of(cell: Option<&str>) -> Told {
        match cell.map(str::trim).filter(|s| !s.is_empty()) {
            None => Told::Now,
            Some(s) if when::gives_clock_time(s) => Told::Time,
            Some(_) => Told::DateOnly,
        }
    }
}

/// What a row is checked against, the same for every row: the SOPs and the clock. Shared by
/// the thread that reads and checks the rows ahead and the one that writes them.
struct Rules {
    zone: Zone,
    now: Instant,
    sops: HashMap<String, Arc<sops::SopVersion>>,
    codes: Vec<String>,
    /// Whether a good row's values are made as it is read ([`Encoded`]: the writer takes them).
    encode: bool,
}

/// A row read and checked, not yet written: its line, its external_ref, and the case it holds
/// or why it holds none. What the register says of it (registered already, a duplicate) is
/// asked when it is written.
struct Prepared {
    line: u64,
    ext: Option<String>,
    /// What the row's reported_at says of its report's time: for a row without external_ref
    /// only (the others are known by their reference, and their time is not read again).
    told: Option<Told>,
    case: std::result::Result<(NewCase, Arc<sops::SopVersion>), RowError>,
    /// The case's values as the register stores them, made on the reading thread (when the
    /// writer takes them: [`Rules::encode`]).
    ahead: Option<Encoded>,
}

impl Rules {
    fn new(start: BulkStart, zone: Zone, now: Instant, encode: bool) -> Self {
        Rules {
            zone,
            now,
            encode,
            codes: start.catalogue.iter().map(|v| v.code.clone()).collect(),
            sops: start
                .catalogue
                .into_iter()
                .map(|v| (v.code.clone(), Arc::new(v)))
                .collect(),
        }
    }

    /// Reads and checks one row (no register needed).
    fn prepare(&self, line: u64, cells: &Cells) -> Prepared {
        self.prepare_read(line, cells, Vec::new())
    }

    /// [`Rules::prepare`] of a row some of whose cells its reader could not read (`unread`,
    /// located, their cells empty): they are the row's first problems, with the checks' own.
    fn prepare_read(&self, line: u64, cells: &Cells, unread: Vec<RowError>) -> Prepared {
        let ext = cells[C_EXTERNAL_REF]
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let told = ext.is_none().then(|| Told::of(cells[C_REPORTED_AT]));
        let case = self.case(line, cells, unread);
        let ahead = match &case {
            Ok((c, _)) if self.encode => Encoded::of(c).ok(),
            _ => None,
        };
        Prepared {
            line,
            ext,
            told,
            case,
            ahead,
        }
    }

    fn case(
        &self,
        line: u64,
        cells: &Cells,
        read_fails: Vec<RowError>,
    ) -> std::result::Result<(NewCase, Arc<sops::SopVersion>), RowError> {
        let bad = |col: &str, reason: String| row_err(line, Some(col), reason);
        let unreadable: Vec<&'static str> = read_fails
            .iter()
            .filter_map(|e| {
                let col = e.column.as_deref()?;
                crate::rows::COLUMNS.iter().copied().find(|c| *c == col)
            })
            .collect();
        let (input, unread) = to_input(cells, &unreadable);
        let (sops, codes) = (&self.sops, &self.codes);
        let mut lookup = |code: &str| -> Result<Arc<sops::SopVersion>> {
            sops.get(code).cloned().ok_or_else(|| {
                Error::Invalid(text::unknown_sop(
                    code,
                    &crate::suggest::did_you_mean(code, codes.iter().map(String::as_str)),
                ))
            })
        };
        let checked = check(&input, &mut lookup, self.zone, self.now);
        // The cells that could not be read first, then the checks' problems: each column once
        // (the missing required fields, one problem for them all, named by no column).
        let mut errs: Vec<RowError> = read_fails;
        errs.extend(unread.into_iter().map(|(c, r)| bad(c, r)));
        for e in checked.as_ref().err().into_iter().flatten() {
            let reason = columnise(&e.reason);
            if e.missing {
                errs.insert(0, row_err(line, None, reason));
            } else if !errs.iter().any(|x| x.column.as_deref() == Some(e.field)) {
                errs.push(bad(e.field, reason));
            }
        }
        match RowError::of_row(errs) {
            Some(e) => Err(e),
            None => checked.map_err(|_| row_err(line, None, String::new())),
        }
    }
}

/// Everything one bulk intake keeps while it writes the rows.
struct Intake<'w, 't> {
    allow_duplicate: bool,
    /// The line of each case this intake wrote (the rows a duplicate is checked against are
    /// in the register, asked through its indexes: only this is kept of them).
    lines: CaseLines,
    /// Every good row is written, also after a bad one without --skip-invalid (the whole
    /// file is then rolled back): later rows are checked against it as against any other.
    writer: &'w mut CaseWriter<'t>,
    first: Option<String>,
    last: Option<String>,
    /// The file is a workbook: an earlier row is named as a row, not a line.
    sheet: bool,
    /// The external_refs of bad rows, with their lines: a later row with the same reference is
    /// named with it (else it was added, and the first row, once fixed, refused).
    bad_refs: HashMap<String, u64>,
}

impl<'w, 't> Intake<'w, 't> {
    fn new(writer: &'w mut CaseWriter<'t>, allow_duplicate: bool) -> Self {
        Intake {
            allow_duplicate,
            lines: CaseLines::default(),
            writer,
            first: None,
            last: None,
            sheet: false,
            bad_refs: HashMap::new(),
        }
    }

    /// "line 7", or in a workbook "row 7".
    fn at_line(&self, l: u64) -> String {
        if self.sheet {
            tr!("row {l}", "baris {l}")
        } else {
            tr!("line {l}", "baris {l}")
        }
    }

    /// Writes a row read and checked: registered already (by its external_ref), refused (the
    /// checks' error, a duplicate), or added.
    fn settle(&mut self, row: &Prepared) -> std::result::Result<Done, RowError> {
        let r = self.settle_row(row);
        if let (Err(_), Some(ext)) = (&r, &row.ext) {
            self.bad_refs.entry(ext.clone()).or_insert(row.line);
        }
        r
    }

    fn settle_row(&mut self, row: &Prepared) -> std::result::Result<Done, RowError> {
        let line = row.line;
        if let Some(r) = &row.ext {
            // The reference as a message may show it (with its space), or nothing.
            let shown = || {
                crate::echo::echo_if_shaped(r, crate::echo::Shape::Ref)
                    .map(|r| format!(" {r}"))
                    .unwrap_or_default()
            };
            match self.writer.find_ref(r)? {
                None => {
                    if let Some(&at) = self.bad_refs.get(r) {
                        let (r, first) = (shown(), self.at_line(at));
                        return Err(row_err(
                            line,
                            Some("external_ref"),
                            tr!(
                                "external_ref{r} is also on {first}, a bad row: each row needs \
                                 its own (if this row corrects it, keep one of the two)",
                                "external_ref{r} juga ada di {first}, baris yang salah: setiap \
                                 baris perlu external_ref sendiri (bila baris ini membetulkannya, \
                                 simpan salah satu dari keduanya)"
                            ),
                        ));
                    }
                }
                Some(Earlier::Registered(c)) => {
                    // Registered before, by this row or by another with the same reference:
                    // only the same victim is the same case.
                    let Ok((case, _)) = &row.case else {
                        return Ok(Done::Already);
                    };
                    if self.writer.same_victim(r, &case.victim)? {
                        return Ok(Done::Already);
                    }
                    let r = shown();
                    return Err(row_err(
                        line,
                        Some("external_ref"),
                        tr!(
                            "external_ref{r} is already on case {c}, whose victim is someone \
                             else (neither the NIK nor the name and birth date match); give this \
                             row its own external_ref, or if it corrects case {c}, change that \
                             case with `kasus case edit {c}`",
                            "external_ref{r} sudah dipakai oleh kasus {c}, yang korbannya orang lain \
                             (baik NIK maupun nama dan tanggal lahir tidak cocok); beri baris ini \
                             external_ref sendiri, atau jika baris ini membetulkan kasus {c}, \
                             ubah kasus itu dengan `kasus case edit {c}`"
                        ),
                    ));
                }
                Some(Earlier::ThisRun(id)) => {
                    let r = shown();
                    let first = self.at_line(self.line_of(id));
                    return Err(row_err(
                        line,
                        Some("external_ref"),
                        tr!(
                            "external_ref{r} is also on {first}: each row needs its own",
                            "external_ref{r} juga ada di {first}: setiap baris perlu external_ref sendiri"
                        ),
                    ));
                }
            }
        }
        let (case, sop_v) = row.case.as_ref().map_err(Clone::clone)?;
        let ahead = row.ahead.as_ref();
        if let Some(told) = row.told.filter(|&t| t != Told::DateOnly) {
            if let Some(done) = self.same_report(line, case, &sop_v.code, told, ahead)? {
                return Ok(done);
            }
        }
        if !self.allow_duplicate {
            if let Some(e) = self.duplicate(line, case, ahead)? {
                return Err(e);
            }
        }
        let number = self.writer.insert(case, &sop_v.code, row.ahead.as_ref())?;
        if self.first.is_none() {
            self.first = Some(number.to_string());
        }
        self.last = Some(number.to_string());
        self.remember(line);
        Ok(match row.told {
            Some(Told::Now | Told::DateOnly) => Done::AddedUnkeyed,
            _ => Done::Added,
        })
    }

    /// A row without an external_ref, recognised by its report (`Report`): a registered case
    /// of the same report is that case, registered already (a file imported again adds
    /// nothing, with --allow-duplicate too), when the row gives the time of its report; an
    /// earlier row of this file with the same report (with an external_ref or not; rows
    /// without a reported_at share the intake's now) makes this one a row given twice (a bad
    /// row, unless --allow-duplicate). A date alone is not asked about: a day is too wide.
    fn same_report(
        &mut self,
        line: u64,
        case: &NewCase,
        sop: &str,
        told: Told,
        ahead: Option<&Encoded>,
    ) -> std::result::Result<Option<Done>, RowError> {
        let Some(report) = Report::of(case, sop, ahead) else {
            return Ok(None);
        };
        match self.writer.find_report(&report, told == Told::Now)? {
            None => Ok(None),
            Some(Earlier::Registered(_)) => Ok(Some(Done::SameReport)),
            Some(Earlier::ThisRun(_)) if self.allow_duplicate => Ok(None),
            Some(Earlier::ThisRun(id)) => {
                let first = self.at_line(self.line_of(id));
                let why = if told == Told::Now {
                    tr!(
                        "the same report as {first} (neither row gives a reported_at, so both \
                         are reported now; the same SOP and victim's name, and this row has no \
                         external_ref); keep one of the two rows, or if they are two incidents, \
                         give each row its own external_ref or reported_at (or register both with \
                         --allow-duplicate in one run)",
                        "laporan yang sama dengan {first} (kedua baris tidak memberi reported_at, \
                         jadi keduanya dilaporkan sekarang; SOP dan nama korban sama, dan baris \
                         ini tidak punya external_ref); simpan salah satu dari dua baris itu, \
                         atau jika keduanya kejadian berbeda, beri setiap baris external_ref atau \
                         reported_at sendiri (atau daftarkan keduanya dengan --allow-duplicate \
                         dalam satu kali jalan)"
                    )
                } else {
                    tr!(
                        "the same report as {first} (the same reported_at, SOP and victim's \
                         name, and this row has no external_ref); keep one of the two rows, or \
                         if they are two incidents, give each row its own external_ref (or \
                         register both with --allow-duplicate in one run)",
                        "laporan yang sama dengan {first} (reported_at, SOP, dan nama korban \
                         sama, dan baris ini tidak punya external_ref); simpan salah satu dari \
                         dua baris itu, atau jika keduanya kejadian berbeda, beri setiap baris \
                         external_ref sendiri (atau daftarkan keduanya dengan --allow-duplicate \
                         dalam satu kali jalan)"
                    )
                };
                Err(row_err(line, Some("reported_at"), why))
            }
        }
    }

    /// A victim already registered, or on an earlier line of this file: by NIK, then by name
    /// and birth date.
    fn duplicate(
        &mut self,
        line: u64,
        case: &NewCase,
        ahead: Option<&Encoded>,
    ) -> std::result::Result<Option<RowError>, RowError> {
        let hit = |me: &Self, col: &'static str, what: &str, earlier: Earlier| {
            let why = match earlier {
                Earlier::Registered(c) => tr!(
                    "the victim matches case {c} ({what}); check with `kasus case show {c}`, or \
                     register the file's duplicates anyway with --allow-duplicate",
                    "korban cocok dengan kasus {c} ({what}); periksa dengan `kasus case show {c}`, \
                     atau tetap daftarkan duplikat dalam berkas dengan --allow-duplicate"
                ),
                // Not registered yet: there is no case to show.
                Earlier::ThisRun(id) => {
                    let l = me.at_line(me.line_of(id));
                    tr!(
                        "the victim matches the victim on {l} of this file ({what}); keep one of \
                         the two rows, or register both with --allow-duplicate",
                        "korban cocok dengan korban di {l} berkas ini ({what}); simpan salah satu \
                         dari dua baris itu, atau daftarkan keduanya dengan --allow-duplicate"
                    )
                }
            };
            row_err(line, Some(col), why)
        };
        if let Some(nik) = &case.victim.nik {
            if let Some(e) = self.writer.find_nik(nik)? {
                return Ok(Some(hit(self, "victim_nik", t("same NIK", "NIK sama"), e)));
            }
        }
        let (Some(key), Some(b)) = (case.victim_name_key(ahead), &case.victim.birth_date) else {
            return Ok(None);
        };
        Ok(self.writer.find_name_birth(&key, b)?.map(|e| {
            hit(
                self,
                "victim_name",
                t("same name and birth date", "nama dan tanggal lahir sama"),
                e,
            )
        }))
    }

    /// Notes the line of the case just written, for the rows after it that match it.
    fn remember(&mut self, line: u64) {
        self.lines.note(self.writer.last_id(), line);
    }

    /// The line of a case this intake wrote.
    fn line_of(&self, id: i64) -> u64 {
        self.lines.of(id).unwrap_or(0)
    }
}

/// A progress bar on stderr, only at a terminal and for a large file.
fn progress(len: usize) -> Option<indicatif::ProgressBar> {
    if len < 2 << 20 || !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = indicatif::ProgressBar::with_draw_target(
        Some(len as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    // No colours in the template: nothing to turn off for NO_COLOR.
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {percent:>3}% {binary_bytes}/{binary_total_bytes} {eta}",
    ) {
        pb.set_style(style.progress_chars("=> "));
    }
    Some(pb)
}

/// The format of `--from`: `--input-format`, else the extension (`.jsonl`, `.ndjson`, `.json`:
/// JSONL; `.xlsx`, `.xlsm`: a workbook), else by its first bytes (`data`, when read): a
/// workbook when the file is a zip container, JSONL when it starts with `{` (no CSV header
/// does), else CSV.
fn format_of(a: &IntakeArgs, path: &Path, data: Option<&[u8]>) -> InputFormat {
    a.input_format.unwrap_or_else(|| {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jsonl" | "ndjson" | "json") => InputFormat::Jsonl,
            _ if named_xlsx(path) || data.is_some_and(is_zip) => InputFormat::Xlsx,
            _ if data.is_some_and(starts_an_object) => InputFormat::Jsonl,
            _ => InputFormat::Csv,
        }
    })
}

/// Whether `head` starts with a JSON object (after a byte order mark and blank space).
fn starts_an_object(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// `kasus intake --template`: the CSV header on stdout or in `--out FILE`; with `--format xlsx
/// --out FILE.xlsx`, the empty workbook (drop-downs, text columns: `rows::xlsx_write`).
pub fn template(ctx: &Ctx, a: &IntakeArgs) -> Result<()> {
    let xlsx = a.format == IntakeFormat::Xlsx;
    crate::output::xlsx::check_out(xlsx, a.out.as_deref())?;
    let Some(path) = &a.out else {
        let mut out = std::io::stdout().lock();
        return out
            .write_all(crate::rows::template().as_bytes())
            .map_err(output::stdout_err);
    };
    ctx.check_output("--out", path, &[])?;
    if !xlsx {
        return crate::files::write_out(path, crate::rows::template().as_bytes());
    }
    let book = crate::rows::xlsx_write::template()?;
    crate::files::write_out_with(path, |file| {
        crate::rows::xlsx_write::save(book, std::io::BufWriter::new(file), path)
    })
}

/// Whether a refusal was told as JSON ([`refused_json`]) by this run: any other refusal of
/// the file (exit 3: a workbook that cannot be read, an empty sheet, UTF-16) is told so at the
/// end.
static JSON_TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `kasus intake --from FILE`.
pub fn intake_from(ctx: &Ctx, a: &IntakeArgs, path: &Path) -> Result<()> {
    let r = import_file(ctx, a, path);
    if let Err(e) = &r {
        let told = JSON_TOLD.load(std::sync::atomic::Ordering::SeqCst);
        if a.json() && !told && e.exit_code() == crate::error::exit::INVALID {
            // The whole file's problem: no line, no column.
            let whole = serde_json::json!(
                {"line": null, "column": null, "place": null, "reason": e.to_string()}
            );
            print_refusal(a.dry_run, vec![whole], 0)?;
        }
    }
    r
}

fn import_file(ctx: &Ctx, a: &IntakeArgs, path: &Path) -> Result<()> {
    if Input::from_args(a) != Input::default() {
        return Err(Error::Usage(
            t(
                "with --from the fields come from the file's columns: give no --sop, --victim-*, ... \
                 flags (only --allow-duplicate, --json, --input-format, --delimiter, --sheet, --dry-run, \
                 --skip-invalid, --rejects)",
                "dengan --from isiannya diambil dari kolom berkas: jangan beri opsi --sop, --victim-*, ... \
                 (hanya --allow-duplicate, --json, --input-format, --delimiter, --sheet, --dry-run, \
                 --skip-invalid, --rejects)",
            )
            .into(),
        ));
    }
    let delimiter = a
        .delimiter
        .as_deref()
        .map(Delimiter::parse)
        .transpose()
        .map_err(Error::Usage)?;
    if delimiter.is_some() && format_of(a, path, None) == InputFormat::Jsonl {
        return Err(Error::Usage(
            t(
                "--delimiter is for CSV files; JSONL has none",
                "--delimiter hanya untuk berkas CSV; JSONL tidak memakai pemisah",
            )
            .into(),
        ));
    }
    if let Some(rejects) = &a.rejects {
        ctx.check_output("--rejects", rejects, &[("--from", path)])?;
    }
    // A script's interrupt too gets the handler's words and exit (not only a terminal's, or
    // one writing a rejects file): an import cut short keeps nothing, and says so.
    crate::interrupt::install();
    let file = name_of(path);
    // CSV and JSONL are read as a stream, row by row; a workbook whole (calamine reads it so).
    let input = open_input(path)?;
    // A regular file's rows are all there: the import may have the register to itself (the
    // rollback journal, src/register/journal.rs); rows from a pipe or a terminal may keep it
    // waiting, so it keeps the WAL and other commands go on meanwhile.
    let input_regular = input.regular;
    if is_ole2(&input.head) {
        return Err(old_xls(&file));
    }
    if crate::rows::is_utf16(&input.head) {
        return Err(crate::rows::utf16_text(&file));
    }
    let format = format_of(a, path, Some(&input.head));
    check_workbook_flags(a, format, delimiter.is_some())?;
    let size = input.size.unwrap_or(0) as usize;
    // A workbook is read and its header checked before the register is opened.
    let (mut stream, mut sheet) = match format {
        InputFormat::Xlsx => {
            let data = input.read_all(path)?;
            let size = data.len();
            let rows = SheetRows::new(
                &file,
                data,
                a.sheet.as_deref(),
                &COLUMNS,
                crate::rows::REQUIRED,
            )?;
            (None, Some((rows, size)))
        }
        _ => (Some(input.stream()), None),
    };
    // A dry run creates no register: it needs one to check against.
    let mut reg = ctx.reading(a.dry_run).open()?;
    let zone = reg.zone()?;
    let office = reg.office_prefix()?;
    let now_db = ctx.now_db();
    let pb = progress(size);
    // Everything is read inside the write transaction: an intake that commits while this one
    // waits for the lock is then seen (its rows skipped or flagged), never a UNIQUE error.
    let commit = !a.dry_run;
    let result = intake::bulk_intake(
        &mut reg,
        &office,
        &now_db,
        &ctx.actor,
        commit,
        input_regular,
        |start, writer| {
            // Values made ahead only where rows are read on another thread (not a workbook's).
            let encode = writer.takes_values() && format != InputFormat::Xlsx;
            let rules = Rules::new(start, zone, ctx.now, encode);
            let mut run = Intake::new(writer, a.allow_duplicate);
            run.writer.expect_input(size as u64)?;
            let mut tally = Tally::new(a.skip_invalid, pb.as_ref());
            tally.json = a.json().then_some(a.dry_run);
            let (header, dialect) = match (format, &mut sheet, stream.take()) {
                (InputFormat::Xlsx, Some((sheet, size)), _) => {
                    run.sheet = true;
                    read_sheet(sheet, *size as u64, &rules, &mut run, &mut tally)?;
                    (Vec::new(), Dialect::default())
                }
                (_, _, None) => (Vec::new(), Dialect::default()),
                (InputFormat::Jsonl, _, Some(src)) => (
                    read_jsonl(&file, src, &rules, &mut run, &mut tally)?,
                    Dialect::default(),
                ),
                (_, _, Some(src)) => read_csv(src, delimiter, &file, &rules, &mut run, &mut tally)?,
            };
            if let Some(pb) = &pb {
                pb.finish_and_clear();
            }
            settle(a, &file, &mut run, tally, |p, bad| match &sheet {
                Some((sheet, _)) => write_sheet_rejects(p, sheet, bad),
                None => write_rejects(p, &header, bad, &dialect),
            })
        },
    );
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    let s = result?;
    // Committed. What is left is the summary and, with the WAL, the register's own tidying as
    // it closes (SQLite copies the write-ahead log into the file, seconds for a large import): an
    // interrupt from here on cuts only that short, and says what was saved whether or not the
    // summary got out.
    if commit {
        crate::interrupt::done(crate::tr!(
            "the import was complete and is saved ({} added); only what came after it was cut \
             short (any tidying of the register finishes the next time it is used)",
            "impor sudah lengkap dan tersimpan ({} ditambahkan); hanya yang sesudahnya yang \
             terpotong (perapihan register, bila ada, diselesaikan saat register dipakai lagi)",
            s.added
        ));
    }
    if !s.errors.is_empty() {
        print_errors(&file, &s.errors);
    }
    print_summary(a, &s, format == InputFormat::Jsonl)
}

/// The rows counted so far, and the bad ones with their cells (kept for the rejects file).
struct Tally<'p> {
    skip: bool,
    added: u64,
    already: u64,
    /// Of `already`, those recognised by their report, not an external_ref.
    same_report: u64,
    /// Of `added`, those an import of the same file again cannot recognise ([`Done::AddedUnkeyed`]).
    unkeyed: u64,
    bad: Vec<(RowError, Vec<String>)>,
    count: u64,
    pb: Option<&'p indicatif::ProgressBar>,
    /// With --json, whether this is a dry run: a refusal is also told on stdout
    /// ([`refused_json`]).
    json: Option<bool>,
}

impl<'p> Tally<'p> {
    fn new(skip: bool, pb: Option<&'p indicatif::ProgressBar>) -> Self {
        Tally {
            skip,
            added: 0,
            already: 0,
            same_report: 0,
            unkeyed: 0,
            bad: Vec::new(),
            count: 0,
            pb,
            json: None,
        }
    }

    /// A bad row: without --skip-invalid, the rows after it are only checked. An error without
    /// a line is the database's, not a row's: it ends the intake.
    fn bad(&mut self, e: RowError, cells: Vec<String>) -> Result<()> {
        if e.line == 0 {
            return Err(Error::Other(e.reason));
        }
        self.bad
            .push((e, if self.skip { cells } else { Vec::new() }));
        Ok(())
    }

    /// A row read: added, already registered, or bad (its cells made only when they are kept).
    fn done(
        &mut self,
        r: std::result::Result<Done, RowError>,
        cells: impl FnOnce() -> Vec<String>,
    ) -> Result<()> {
        match r {
            Ok(Done::Added) => self.added += 1,
            Ok(Done::AddedUnkeyed) => {
                self.added += 1;
                self.unkeyed += 1;
            }
            Ok(Done::Already) => self.already += 1,
            Ok(Done::SameReport) => {
                self.already += 1;
                self.same_report += 1;
            }
            Err(e) => {
                let raw = if self.skip { cells() } else { Vec::new() };
                self.bad(e, raw)?
            }
        }
        Ok(())
    }

    /// One more row; the progress bar moves every 4096 rows.
    fn tick(&mut self, offset: u64) {
        self.count += 1;
        if self.count.is_multiple_of(4096) {
            if let Some(pb) = self.pb {
                pb.set_position(offset);
            }
        }
    }
}

/// A row as the reading thread leaves it: read and checked, or unreadable; with its cells as
/// written when they are kept (--skip-invalid: for the rejects file). (Nearly every item is a
/// row: boxing it would allocate once more per row.)
#[allow(clippy::large_enum_variant)]
enum Item {
    Row(Prepared, Vec<String>),
    Bad(RowError, Vec<String>),
}

/// One item read ahead, and where in the file it ends (for the progress bar; none for a line
/// that does not count as a row).
type AheadRow = (Item, Option<u64>);

/// Writes (or refuses) one row read ahead, on the register's thread.
fn settle_ahead(run: &mut Intake, tally: &mut Tally, (item, tick): &mut AheadRow) -> Result<()> {
    match item {
        Item::Bad(e, cells) => tally.bad(e.clone(), std::mem::take(cells))?,
        Item::Row(row, cells) => {
            let r = run.settle(row);
            tally.done(r, || std::mem::take(cells))?
        }
    }
    if let Some(offset) = tick {
        tally.tick(*offset);
    }
    Ok(())
}

/// Goes through a CSV file's rows, read and checked ahead on a second thread
/// (`rows::ahead`); returns its header as written and how the file is written (for the
/// rejects file).
fn read_csv(
    data: Box<dyn std::io::Read + Send>,
    delimiter: Option<Delimiter>,
    file: &str,
    rules: &Rules,
    run: &mut Intake,
    tally: &mut Tally,
) -> Result<(Vec<String>, Dialect)> {
    let (keep, json) = (tally.skip, tally.json);
    ahead::run(
        |ahead: &mut Ahead<AheadRow>| {
            let mut rows = match CsvRows::new(data, delimiter) {
                Ok(r) => r,
                Err(errors) => {
                    print_errors(file, &errors);
                    if let Some(dry_run) = json {
                        refused_json(dry_run, &errors, 0)?;
                    }
                    return Err(header_refusal(file, errors.len(), &crate::rows::COLUMNS));
                }
            };
            let map = rows.map.clone();
            loop {
                let offset = rows.offset;
                let item = match rows.next_row() {
                    Next::End => break,
                    Next::Bad(e, cells) => Item::Bad(e, cells),
                    Next::Row(line, cells) => {
                        let raw = if keep {
                            raw_in_header_order(&cells, &map)
                        } else {
                            Vec::new()
                        };
                        Item::Row(rules.prepare(line, &cells), raw)
                    }
                };
                if !ahead.push((item, Some(offset))) {
                    break;
                }
            }
            Ok((rows.header.clone(), rows.dialect))
        },
        |item| settle_ahead(run, tally, item),
    )
}

/// Goes through a workbook sheet's rows; the progress bar moves as the rows of `size` bytes do.
fn read_sheet(
    sheet: &mut SheetRows,
    size: u64,
    rules: &Rules,
    run: &mut Intake,
    tally: &mut Tally,
) -> Result<()> {
    let rows = sheet.rows().max(1);
    loop {
        match sheet.next_row() {
            XNext::End => break,
            XNext::Bad(e) => tally.bad(e, Vec::new())?,
            XNext::Row(line, owned, unread) => {
                let cells: Cells = std::array::from_fn(|i| owned[i].as_deref());
                let r = run
                    .settle(&rules.prepare_read(line, &cells, unread))
                    .map_err(|e| sheet.locate(e));
                tally.done(r, Vec::new)?;
                tally.tick(line * size / rows);
            }
        }
    }
    Ok(())
}

/// The flags that go with a format: `--delimiter` only for CSV, `--sheet` only for a workbook,
/// whose rejects are a workbook (`--rejects FILE.xlsx`), as a CSV file's are not.
fn check_workbook_flags(a: &IntakeArgs, format: InputFormat, delimiter: bool) -> Result<()> {
    let xlsx = format == InputFormat::Xlsx;
    let usage = |m: &str| Err(Error::Usage(m.to_string()));
    if xlsx && delimiter {
        return usage(t(
            "--delimiter is for CSV files; a workbook (.xlsx) has its columns already",
            "--delimiter hanya untuk berkas CSV; buku kerja (.xlsx) sudah punya kolom",
        ));
    }
    if !xlsx && a.sheet.is_some() {
        return usage(t(
            "--sheet is for a workbook (.xlsx); this --from is not one",
            "--sheet hanya untuk buku kerja (.xlsx); --from ini bukan buku kerja",
        ));
    }
    match &a.rejects {
        Some(p) if xlsx && !named_xlsx(p) => Err(Error::Usage(tr!(
            "--rejects {}: the input is a workbook, so the rejects are written as one: name the file .xlsx",
            "--rejects {}: masukannya buku kerja, jadi baris yang ditolak ditulis sebagai buku kerja: beri nama berkas .xlsx",
            p.display()
        ))),
        Some(p) if !xlsx && named_xlsx(p) => Err(Error::Usage(tr!(
            "--rejects {}: the rejects of a CSV or JSONL input are CSV, which Excel does not open named .xlsx: name the file .csv",
            "--rejects {}: baris yang ditolak dari masukan CSV atau JSONL berupa CSV, yang tidak dibuka Excel bila bernama .xlsx: beri nama berkas .csv",
            p.display()
        ))),
        _ => Ok(()),
    }
}

/// Goes through a JSONL file's lines, read and checked ahead on a second thread
/// (`rows::ahead`); returns the columns (the rejects file's header).
fn read_jsonl(
    file: &str,
    src: Box<dyn std::io::Read + Send>,
    rules: &Rules,
    run: &mut Intake,
    tally: &mut Tally,
) -> Result<Vec<String>> {
    use std::io::BufRead;
    let keep = tally.skip;
    ahead::run(
        |ahead: &mut Ahead<AheadRow>| {
            let mut src = std::io::BufReader::with_capacity(64 * 1024, src);
            let mut raw_line = Vec::new();
            let mut offset = 0usize;
            for i in 0.. {
                raw_line.clear();
                let n = src
                    .read_until(b'\n', &mut raw_line)
                    .map_err(|e| Error::io(file, e))?;
                if n == 0 && i > 0 {
                    break;
                }
                let line = i as u64 + 1;
                offset += n;
                if raw_line.last() == Some(&b'\n') {
                    raw_line.pop();
                }
                let text = if i == 0 {
                    strip_bom(&raw_line)
                } else {
                    &raw_line[..]
                };
                let Ok(s) = std::str::from_utf8(text) else {
                    let e = row_err(
                        line,
                        None,
                        t(
                            "not UTF-8 text: save the file as UTF-8",
                            "bukan teks UTF-8: simpan berkas sebagai UTF-8",
                        ),
                    );
                    if !ahead.push((Item::Bad(e, vec![]), None)) {
                        break;
                    }
                    continue;
                };
                let s = s.trim();
                if s.is_empty() {
                    if n == 0 {
                        break;
                    }
                    continue;
                }
                let item = match jsonl_row(line, s) {
                    Err(e) => Item::Bad(e, vec![]),
                    Ok(owned) => {
                        let mut cells: Cells = [None; N];
                        for (c, o) in cells.iter_mut().zip(owned.iter()) {
                            *c = o.as_deref();
                        }
                        let raw = if keep { owned_cells(&cells) } else { vec![] };
                        Item::Row(rules.prepare(line, &cells), raw)
                    }
                };
                if !ahead.push((item, Some(offset as u64))) || n == 0 {
                    break;
                }
            }
            Ok(COLUMNS.iter().map(|c| c.to_string()).collect())
        },
        |item| settle_ahead(run, tally, item),
    )
}

/// After the last row: without --skip-invalid any bad row refuses the whole file (the
/// transaction rolls back); with it, the bad rows go to --rejects.
fn settle(
    a: &IntakeArgs,
    file: &str,
    run: &mut Intake,
    tally: Tally,
    rejects: impl FnOnce(&Path, &[(RowError, Vec<String>)]) -> Result<()>,
) -> Result<Summary> {
    let errors: Vec<RowError> = tally.bad.iter().map(|(e, _)| e.clone()).collect();
    if !errors.is_empty() && !tally.skip {
        print_errors(file, &errors);
        if a.json() {
            refused_json(a.dry_run, &errors, errors.len())?;
        }
        let rehearsal = if a.dry_run {
            format!("\n{}", text::dry_run_refused())
        } else {
            String::new()
        };
        return Err(Error::Invalid(format!(
            "{}; {}. {}{rehearsal}",
            bad_rows_in(errors.len(), file),
            t("nothing was added", "tidak ada yang ditambahkan"),
            {
                let them = if errors.len() == 1 { "it" } else { "them" };
                tr!(
                    "Fix {them} and run again (rows already registered are skipped: by their \
                     external_ref, or, without one, by their reported_at to the minute, their \
                     SOP and victim's name), or add --skip-invalid --rejects FILE to \
                     register the good rows",
                    "Perbaiki lalu jalankan lagi (baris yang sudah terdaftar dilewati: menurut \
                     external_ref-nya, atau, tanpa itu, menurut reported_at-nya sampai menit, \
                     SOP, dan nama korbannya), atau tambahkan --skip-invalid --rejects BERKAS untuk \
                     mendaftarkan baris yang benar"
                )
            }
        )));
    }
    if let Some(p) = &a.rejects {
        rejects(p, &tally.bad)?;
    }
    // A weaker sign than the duplicates refused above, as a single intake gives it: a victim
    // added with the name of an earlier case's and an age that agrees (not with
    // --allow-duplicate, which registers the rows as they are).
    let possible = if a.allow_duplicate || tally.added == 0 {
        Vec::new()
    } else {
        let mut list: Vec<PossibleRow> = Vec::new();
        for p in run.writer.possible_victims()? {
            match list.last_mut() {
                Some(last) if last.number == p.number => last.of.push(p.earlier),
                _ => list.push(PossibleRow {
                    line: run.line_of(p.case_id),
                    number: p.number,
                    of: vec![p.earlier],
                }),
            }
        }
        list
    };
    Ok(Summary {
        added: tally.added,
        already: tally.already,
        same_report: tally.same_report,
        unkeyed: tally.unkeyed,
        rejected: tally.bad.len() as u64,
        first: run.first.take(),
        last: run.last.take(),
        errors,
        possible,
    })
}

/// A refused file's problems as `--json` gives them on stdout (the message stays on stderr, and
/// the exit code is the refusal's): nothing added, each problem with its line and column;
/// `rows` bad rows (none for a header's problems).
fn refused_json(dry_run: bool, errors: &[RowError], rows: usize) -> Result<()> {
    JSON_TOLD.store(true, std::sync::atomic::Ordering::SeqCst);
    print_refusal(
        dry_run,
        errors.iter().flat_map(RowError::json).collect(),
        rows,
    )
}

/// The object of a refusal on stdout ([`refused_json`], or a whole file's problem).
fn print_refusal(dry_run: bool, errors: Vec<serde_json::Value>, rows: usize) -> Result<()> {
    output::print_json(&serde_json::json!({
        "refused": true,
        "added": 0,
        "rejected": rows,
        "errors": errors,
        "dry_run": dry_run,
    }))
}

/// What `intake --from` did, as a line or (`--json`) an object; and on stderr, when some rows
/// added carry nothing an import of the same file again could know them by, a note saying so.
fn print_summary(a: &IntakeArgs, s: &Summary, jsonl: bool) -> Result<()> {
    if s.unkeyed > 0 {
        crate::say!("{}", unkeyed_note(s.unkeyed, a.dry_run));
    }
    if !s.possible.is_empty() {
        crate::say!("{}", possible_note(&s.possible, a.dry_run));
    }
    if a.json() {
        return output::print_json(&serde_json::json!({
            "added": s.added,
            "already_registered": s.already,
            "already_by_report": s.same_report,
            "added_without_key": s.unkeyed,
            "rejected": s.rejected,
            "rejects": a.rejects.as_ref().map(|p| p.display().to_string()),
            "first": s.first,
            "last": s.last,
            "dry_run": a.dry_run,
            "possible_duplicates": s.possible,
            "refused": false,
            "errors": s.errors.iter().flat_map(RowError::json).collect::<Vec<_>>(),
        }));
    }
    let by_ref = s.already - s.same_report;
    let how = match (by_ref, s.same_report) {
        (0, 0) => String::new(),
        (_, 0) => " (external_ref)".to_string(),
        (0, _) => t(
            " (the same reported_at, SOP and victim's name)",
            " (reported_at, SOP, dan nama korban sama)",
        )
        .to_string(),
        (r, n) => tr!(
            " ({r} by external_ref, {n} by the same reported_at, SOP and victim's name)",
            " ({r} menurut external_ref, {n} menurut reported_at, SOP, dan nama korban yang sama)"
        ),
    };
    // A rehearsal added nothing: its count is what the import would add.
    let added = if a.dry_run {
        t("would be added", "akan ditambahkan")
    } else {
        t("added", "ditambahkan")
    };
    let mut line = format!(
        "{} {added}, {} {}{how}",
        s.added,
        s.already,
        t("already registered", "sudah terdaftar"),
    );
    if let Some(p) = &a.rejects {
        line.push_str(&format!(
            ", {} {} {}",
            s.rejected,
            t("rejected, written to", "ditolak, ditulis ke"),
            p.display()
        ));
    }
    match (&s.first, &s.last) {
        (Some(f), Some(l)) if f == l => line.push_str(&format!(" ({f})")),
        (Some(f), Some(l)) => line.push_str(&format!(" ({f} .. {l})")),
        _ => {}
    }
    if s.added + s.already + s.rejected == 0 {
        // A header alone (a template saved before any row was typed in) is not an error; nor is
        // an empty JSON Lines file (it has no header: zero objects).
        line.push_str(if jsonl {
            t(
                ": the file holds no rows",
                ": berkas ini tidak berisi baris",
            )
        } else {
            t(
                ": the file holds no rows, only its header",
                ": berkas ini tidak berisi baris, hanya header-nya",
            )
        });
    }
    if a.dry_run {
        line.push('\n');
        // Nothing to add: no reason to run it again for real.
        line.push_str(if s.added == 0 {
            t(
                "dry run: nothing written to the register, and the import would add nothing",
                "uji coba: tidak ada yang ditulis ke register, dan impor ini tidak akan \
                 menambahkan apa pun",
            )
        } else {
            crate::text::dry_run_nothing_written()
        });
    }
    output::print(&line)
}

/// How many rows [`possible_note`] lists; `--json` has them all.
const POSSIBLE_SHOWN: usize = 5;

/// The note for rows added (or that would be) whose victim has the name of an earlier case's
/// and an age that agrees: the case may be a second one of the same person. By line and case
/// number only, never the name.
fn possible_note(rows: &[PossibleRow], dry_run: bool) -> String {
    let rows_n = text::count(rows.len() as u64, "row", "rows", "baris");
    let mut note = if dry_run {
        tr!(
            "note: {rows_n} it would add: the victim may already be registered (the same name \
             and an age that agrees):",
            "catatan: {rows_n} yang akan ditambahkan: korbannya mungkin sudah terdaftar (nama \
             sama dan umur yang cocok):"
        )
    } else {
        tr!(
            "note: {rows_n} added: the victim may already be registered (the same name and an \
             age that agrees):",
            "catatan: {rows_n} yang ditambahkan: korbannya mungkin sudah terdaftar (nama sama \
             dan umur yang cocok):"
        )
    };
    for r in rows.iter().take(POSSIBLE_SHOWN) {
        let (line, number, of) = (r.line, &r.number, r.of.join(", "));
        note.push_str(&tr!(
            "\n  line {line}: {number}, earlier {of}",
            "\n  baris {line}: {number}, sebelumnya {of}"
        ));
    }
    if rows.len() > POSSIBLE_SHOWN {
        let more = rows.len() - POSSIBLE_SHOWN;
        note.push_str(&tr!(
            "\n  and {more} more (`--json` lists them all)",
            "\n  dan {more} lagi (`--json` mencantumkan semuanya)"
        ));
    }
    note.push('\n');
    note.push_str(if dry_run {
        t(
            "If it is the same person, compare the cases with `kasus case show`.",
            "Bila orangnya sama, bandingkan kasusnya dengan `kasus case show`.",
        )
    } else {
        t(
            "If it is the same person, compare the cases with `kasus case show` (the rows were \
             added all the same).",
            "Bila orangnya sama, bandingkan kasusnya dengan `kasus case show` (baris itu tetap \
             ditambahkan).",
        )
    });
    note
}

/// The note for `n` rows added (or that would be) without an external_ref or a reported_at with
/// a time of day: a second import of the file would add them again, unless their victims' NIK or
/// name and birth date refuse them as duplicates.
fn unkeyed_note(n: u64, dry_run: bool) -> String {
    let rows = match (n, dry_run) {
        (1, false) => t("1 row added has", "1 baris yang ditambahkan tidak punya").to_string(),
        (1, true) => t(
            "1 row it would add has",
            "1 baris yang akan ditambahkan tidak punya",
        )
        .to_string(),
        (_, false) => tr!(
            "{n} rows added have",
            "{n} baris yang ditambahkan tidak punya"
        ),
        (_, true) => tr!(
            "{n} rows it would add have",
            "{n} baris yang akan ditambahkan tidak punya"
        ),
    };
    let them = if n == 1 {
        t("it", "baris itu")
    } else {
        t("them", "baris-baris itu")
    };
    // A dry run imported nothing: "twice"; after an import, "again".
    let (import, again) = if dry_run {
        (
            t("importing this file twice", "mengimpor berkas ini dua kali"),
            t("twice", "dua kali"),
        )
    } else {
        (
            t("importing this file again", "mengimpor berkas ini lagi"),
            t("again", "lagi"),
        )
    };
    tr!(
        "note: {rows} neither an external_ref nor a reported_at with a time of day, so {import} \
         would add {them} {again} (unless the victim's NIK, or name and birth date, finds the \
         case); give each row an external_ref (the source's own number) to make a second import \
         skip it",
        "catatan: {rows} external_ref maupun reported_at dengan jam, jadi {import} akan \
         menambahkan {them} {again} (kecuali NIK korban, atau nama dan tanggal lahirnya, \
         menemukan kasusnya); beri setiap baris external_ref (nomor dari sumbernya) agar impor \
         kedua melewatinya"
    )
}

struct Summary {
    added: u64,
    already: u64,
    same_report: u64,
    unkeyed: u64,
    rejected: u64,
    first: Option<String>,
    last: Option<String>,
    errors: Vec<RowError>,
    /// The rows added whose victim may be an earlier case's (the same name, ages that agree).
    possible: Vec<PossibleRow>,
}

/// A row added whose victim may be the victim of earlier cases (`of`).
#[derive(serde::Serialize)]
struct PossibleRow {
    line: u64,
    number: String,
    of: Vec<String>,
}
