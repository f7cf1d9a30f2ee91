//! `kasus export`: streams one table of the register (or the flat Simfoni PPA sheet) as CSV,
//! JSON or NDJSON, row by row from the query into a buffered writer, so that memory stays flat
//! however large the register. `--out FILE` writes a temporary file beside FILE (mode 0600),
//! fsyncs it and renames it into place only when complete: an export that fails or is killed
//! leaves an existing FILE as it was. `--deidentify` leaves out personal data and replaces
//! identifiers with keyed pseudonyms (HMAC-SHA256 with a secret kept in the register).
//!
//! No prompt, colour or progress output: exports run in cron jobs and pipelines.

use super::{resolve, Ctx};
use crate::cli::{ExportArgs, ExportFormat, ExportTable};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::output::guard_formula;
use crate::register::export::{self as rx, Column, Deid, Kind, Raw, SimfoniCase, Table};
use crate::register::{cases::name_key, Register};
use crate::timing;
use crate::vocab::{self, Vocab};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

const BUFFER: usize = 64 * 1024;

/// Set by SIGINT while an export to --out runs (without a terminal): the temporary file is
/// removed and FILE left as it was.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn run(ctx: &Ctx, a: ExportArgs) -> Result<()> {
    if a.period.is_some() && a.table != ExportTable::Simfoni {
        return Err(Error::Usage(
            crate::text::t(
                "--period is for `kasus export simfoni`; for a table use --since TIME",
                "--period hanya untuk `kasus export simfoni`; untuk tabel pakai --since WAKTU",
            )
            .into(),
        ));
    }
    if let Some(out) = &a.out {
        ctx.check_output("--out", out, &[])?;
    }
    let mut reg = ctx.open()?;
    let zone = super::zone(&reg)?;
    let since = a
        .since
        .as_deref()
        .map(|s| resolve::query_time("--since", s, zone, ctx.now).map(clock::to_db))
        .transpose()?;
    let period = a
        .period
        .as_deref()
        .map(|p| period(p, zone, ctx.now))
        .transpose()?
        .map(|(from, to)| (clock::to_db(from), clock::to_db(to)));
    let pseudo = if a.deidentify {
        let secret = rx::deidentify_secret(&mut reg, &ctx.now_db(), &ctx.actor)?;
        Some(Pseudo {
            secret,
            staff: rx::staff_names(reg.conn())?,
        })
    } else {
        None
    };
    let job = Job {
        table: a.table,
        format: a.format,
        zone,
        since,
        period,
        pseudo,
    };
    match &a.out {
        None => {
            let err = |e: io::Error| Error::io("<stdout>", e);
            let w = BufWriter::with_capacity(BUFFER, io::stdout().lock());
            let w = job.write(&reg, w, &err)?;
            // into_inner flushes and returns the error instead of swallowing it on drop; then
            // stdout's own line buffer is flushed too.
            let mut out = w.into_inner().map_err(|e| err(e.into_error()))?;
            out.flush().map_err(err)
        }
        Some(path) => {
            if !ctx.interactive {
                // At a terminal the prompt module's handler exits at once; in scripts a SIGINT
                // stops the export between rows and removes the temporary file.
                let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
            }
            write_atomically(path, |w, err| job.write(&reg, w, err))
        }
    }
}

/// What to export, read once from the arguments and the register.
struct Job {
    table: ExportTable,
    format: ExportFormat,
    zone: Zone,
    since: Option<String>,
    period: Option<(String, String)>,
    pseudo: Option<Pseudo>,
}

fn interrupted() -> Result<()> {
    if INTERRUPTED.load(Ordering::Relaxed) {
        return Err(Error::Other(
            crate::text::t(
                "interrupted: the export was stopped and its temporary file removed",
                "dihentikan: ekspor dihentikan dan berkas sementaranya dihapus",
            )
            .into(),
        ));
    }
    Ok(())
}

impl Job {
    /// Streams the rows into `w`; returns it (not yet flushed to the end) when all are written.
    fn write<W: Write>(&self, reg: &Register, w: W, err: &dyn Fn(io::Error) -> Error) -> Result<W> {
        match self.table {
            ExportTable::Simfoni => {
                let names: Vec<&'static str> = SIMFONI_COLUMNS.iter().map(|c| c.0).collect();
                let mut out = RowWriter::begin(self.format, names, w).map_err(err)?;
                let (from, to) = match &self.period {
                    Some((f, t)) => (Some(f.as_str()), Some(t.as_str())),
                    None => (None, None),
                };
                rx::simfoni(
                    reg.conn(),
                    self.pseudo.is_some(),
                    from,
                    to,
                    self.since.as_deref(),
                    |c| {
                        interrupted()?;
                        out.row(&simfoni_cells(c, self.zone, self.pseudo.as_ref()))
                            .map_err(err)
                    },
                )?;
                out.finish().map_err(err)
            }
            t => {
                let table = table(t).expect("a table");
                let conv = Converter::new(table, self.zone, self.pseudo.as_ref());
                let names: Vec<&'static str> = table.columns.iter().map(|c| c.name).collect();
                let mut out = RowWriter::begin(self.format, names, w).map_err(err)?;
                let mut cells: Vec<Cell<'static>> = Vec::with_capacity(table.columns.len());
                rx::stream(
                    reg.conn(),
                    table,
                    self.pseudo.is_some(),
                    self.since.as_deref(),
                    |raw| {
                        interrupted()?;
                        // One vector for every row: each row's cells borrow that row only.
                        let mut row = recycle(std::mem::take(&mut cells));
                        conv.fill(raw, &mut row);
                        out.row(&row).map_err(err)?;
                        cells = recycle(row);
                        Ok(())
                    },
                )?;
                out.finish().map_err(err)
            }
        }
    }
}

/// The register table an export reads (the Simfoni sheet is a query of its own).
pub fn table(t: ExportTable) -> Option<&'static Table> {
    Some(match t {
        ExportTable::Cases => &rx::CASES,
        ExportTable::Persons => &rx::PERSONS,
        ExportTable::Steps => &rx::STEPS,
        ExportTable::Consents => &rx::CONSENTS,
        ExportTable::Assignments => &rx::ASSIGNMENTS,
        ExportTable::Services => &rx::SERVICES,
        ExportTable::Audit => &rx::AUDIT,
        ExportTable::Simfoni => return None,
    })
}

// ---------------------------------------------------------------- the file

/// Writes FILE atomically: a temporary file in the same folder (0600), flushed and fsynced,
/// renamed over FILE only when complete. On any error the temporary file is removed and an
/// existing FILE is untouched. A symbolic link is followed (its target is replaced, the link
/// kept). An existing FILE that is not a regular file (a device such as /dev/null, a FIFO) is
/// written directly: there is nothing to replace, and renaming over it would replace the device.
fn write_atomically(
    path: &Path,
    f: impl FnOnce(BufWriter<File>, &dyn Fn(io::Error) -> Error) -> Result<BufWriter<File>>,
) -> Result<()> {
    let err = |e: io::Error| Error::io(path, e);
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(Error::Invalid(crate::tr!(
                "--out {}: is a folder; give a file name",
                "--out {}: itu sebuah folder; beri nama berkas",
                path.display()
            )))
        }
        Ok(m) if !m.is_file() => {
            let file = OpenOptions::new().write(true).open(path).map_err(err)?;
            let w = f(BufWriter::with_capacity(BUFFER, file), &err)?;
            let mut file = w.into_inner().map_err(|e| err(e.into_error()))?;
            return file.flush().map_err(err);
        }
        _ => {}
    }
    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    };
    let name = target.file_name().ok_or_else(|| {
        Error::Invalid(crate::tr!(
            "--out {}: give a file name",
            "--out {}: beri nama berkas",
            path.display()
        ))
    })?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (mut guard, file) = crate::files::Temp::beside(&dir, name)?;
    let w = f(BufWriter::with_capacity(BUFFER, file), &err)?;
    let file = w.into_inner().map_err(|e| err(e.into_error()))?;
    file.sync_all().map_err(err)?;
    drop(file);
    fs::rename(&guard.path, &target).map_err(err)?;
    guard.keep();
    // The rename itself is durable once the folder is synced (best effort: not every
    // filesystem allows it).
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

// ---------------------------------------------------------------- pseudonyms

/// Keyed pseudonyms: HMAC-SHA256 with the register's secret over "kind:value", the first
/// 16 hex digits, prefixed by the kind ("c-1a2b3c4d5e6f7a8b"). Stable across exports of the
/// same register, so de-identified exports can be joined; not traceable without the register.
pub fn pseudonym(secret: &[u8], kind: &str, value: &str) -> String {
    let value = if kind == "s" {
        name_key(value)
    } else {
        value.trim().to_lowercase()
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(kind.as_bytes());
    mac.update(b":");
    mac.update(value.as_bytes());
    let digest = mac.finalize().into_bytes();
    format!("{kind}-{}", crate::sop::catalog::hex(&digest[..8]))
}

struct Pseudo {
    secret: Vec<u8>,
    /// Staff UUID -> name: audit details name staff by UUID, pseudonyms key staff by name.
    staff: HashMap<String, String>,
}

impl Pseudo {
    fn token(&self, kind: &str, value: &str) -> String {
        pseudonym(&self.secret, kind, value)
    }

    /// Audit details keep only keys known to hold no personal data; identifiers in them become
    /// the same pseudonyms as in the tables; anything else (a close reason, keys added later)
    /// is left out.
    fn details(&self, text: &str, case_uuid: Option<&str>) -> serde_json::Value {
        use serde_json::Value;
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
            return Value::Null;
        };
        let mut out = serde_json::Map::new();
        for (k, v) in map {
            let token = |kind: &str| v.as_str().map(|s| Value::String(self.token(kind, s)));
            let new = match k.as_str() {
                "number" => case_uuid.map(|c| Value::String(self.token("c", c))),
                "staff" => v.as_str().map(|u| {
                    let key = self.staff.get(u).map(String::as_str).unwrap_or(u);
                    Value::String(self.token("s", key))
                }),
                "attempt" => token("t"),
                "consent" => token("k"),
                "assignment" => token("a"),
                "service" => token("l"),
                "at" | "step" | "n" | "outcome" | "elapsed_secs" | "type" | "scopes"
                | "relation" | "roles" | "role" | "fields" | "sop" | "sop_version_id" | "code"
                | "version" | "sha256" | "builtin" | "key" | "value" => Some(v),
                _ => None,
            };
            if let Some(n) = new {
                out.insert(k, n);
            }
        }
        Value::Object(out)
    }
}

// ---------------------------------------------------------------- rows

/// A value as written out; text may borrow the row read from the register.
#[derive(Debug, Clone, PartialEq)]
enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Bool(bool),
    Text(Cow<'a, str>),
    /// An instant in the office's zone, RFC 3339 (made without allocating).
    Stamp(Stamp),
    List(Vec<String>),
    Json(serde_json::Value),
}

impl<'a> Cell<'a> {
    fn opt_text(s: Option<impl Into<Cow<'a, str>>>) -> Cell<'a> {
        s.map(|s| Cell::Text(s.into())).unwrap_or(Cell::Null)
    }
}

/// An emptied vector of cells, its allocation kept for cells of another lifetime.
fn recycle<'b>(mut v: Vec<Cell<'_>>) -> Vec<Cell<'b>> {
    v.clear();
    v.into_iter().map(|_| Cell::Null).collect()
}

/// "YYYY-MM-DDTHH:MM:SS+07:00": an instant in the office's zone, as chrono writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Stamp([u8; 25]);

impl Stamp {
    fn as_str(&self) -> &str {
        // Built from ASCII digits and punctuation only.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// The stored UTC form "YYYY-MM-DDTHH:MM:SSZ" shifted to the office's fixed offset, without
/// parsing it into a date: the same text as `clock::to_rfc3339_local(clock::from_db(s))`.
/// None for anything else (chrono then reads it, as before).
fn local_stamp(s: &str, zone: Zone) -> Option<Stamp> {
    let b = s.as_bytes();
    if b.len() != 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'Z'
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (mut year, mut month, mut day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    let leap = |y: u32| y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    let days_in = |y: u32, m: u32| match m {
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => 31,
    };
    // Leap seconds, the last day of year 9999 and impossible dates go the long way.
    if year >= 9999
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let offset = match zone {
        Zone::Wib => 7,
        Zone::Wita => 8,
        Zone::Wit => 9,
    };
    let mut hour = hour + offset;
    if hour >= 24 {
        hour -= 24;
        day += 1;
        if day > days_in(year, month) {
            day = 1;
            month += 1;
            if month > 12 {
                month = 1;
                year += 1;
            }
        }
    }
    let mut out = *b"0000-00-00T00:00:00+00:00";
    let put = |out: &mut [u8; 25], at: usize, width: usize, mut v: u32| {
        for i in (at..at + width).rev() {
            out[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(&mut out, 0, 4, year);
    put(&mut out, 5, 2, month);
    put(&mut out, 8, 2, day);
    put(&mut out, 11, 2, hour);
    put(&mut out, 14, 2, minute);
    put(&mut out, 17, 2, second);
    put(&mut out, 20, 2, offset);
    Some(Stamp(out))
}

/// An integer as decimal text in `buf` (no allocation).
fn int_text(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut v = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// Turns a table's raw rows into cells: times in the office's zone, lists split, the step's
/// verdict computed, and, de-identified, pseudonyms in place of identifiers.
struct Converter<'a> {
    columns: &'static [Column],
    zone: Zone,
    pseudo: Option<&'a Pseudo>,
    /// Column indices: status, elapsed_secs, standard_min_secs, standard_max_secs (steps).
    timing: Option<[usize; 4]>,
    case_uuid: Option<usize>,
}

impl<'a> Converter<'a> {
    fn new(table: &'static Table, zone: Zone, pseudo: Option<&'a Pseudo>) -> Self {
        let idx = |n: &str| table.columns.iter().position(|c| c.name == n);
        let timing = match (
            idx("status"),
            idx("elapsed_secs"),
            idx("standard_min_secs"),
            idx("standard_max_secs"),
        ) {
            (Some(a), Some(b), Some(c), Some(d)) => Some([a, b, c, d]),
            _ => None,
        };
        Converter {
            columns: table.columns,
            zone,
            pseudo,
            timing,
            case_uuid: idx("case_uuid"),
        }
    }

    fn verdict(&self, raw: &[Raw]) -> Option<timing::Verdict> {
        let [s, e, min, max] = self.timing?;
        let secs = |i: usize| match raw[i] {
            Raw::Int(v) if v >= 0 => Some(v as u64),
            _ => None,
        };
        Some(match raw[s].text() {
            Some("running") => timing::Verdict::Running,
            Some("skipped") => timing::Verdict::Skipped,
            _ => timing::judge(secs(e).unwrap_or(0), secs(min), secs(max)),
        })
    }

    fn fill<'r>(&self, raw: &'r [Raw<'r>], out: &mut Vec<Cell<'r>>) {
        out.clear();
        let verdict = self.verdict(raw);
        for (c, r) in self.columns.iter().zip(raw) {
            out.push(self.cell(c, r, raw, verdict));
        }
    }

    fn cell<'r>(
        &self,
        c: &Column,
        r: &'r Raw<'r>,
        row: &[Raw<'r>],
        verdict: Option<timing::Verdict>,
    ) -> Cell<'r> {
        if let Some(p) = self.pseudo {
            match c.deid {
                Deid::Token(kind, _) => return Cell::opt_text(r.text().map(|v| p.token(kind, v))),
                Deid::Relation => {
                    let known = r.text().filter(|v| vocab::RELATION.codes().contains(v));
                    return Cell::opt_text(known);
                }
                Deid::AuditDetails => {
                    let case = self.case_uuid.and_then(|i| row[i].text());
                    return r
                        .text()
                        .map(|t| Cell::Json(p.details(t, case)))
                        .unwrap_or(Cell::Null);
                }
                // Coarse columns were already coarsened by the SQL.
                Deid::Keep | Deid::Drop | Deid::Coarse(_) => {}
            }
        }
        match (c.kind, r) {
            (Kind::Verdict, _) => Cell::opt_text(verdict.map(|v| v.code())),
            (Kind::OverSecs, _) => verdict
                .and_then(|v| v.over_secs())
                .map(|s| Cell::Int(s as i64))
                .unwrap_or(Cell::Null),
            (_, Raw::Null) => Cell::Null,
            (Kind::Bool, Raw::Int(i)) => Cell::Bool(*i != 0),
            (_, Raw::Int(i)) => Cell::Int(*i),
            (_, Raw::Real(f)) => Cell::Real(*f),
            (Kind::Time, Raw::Text(s)) => match local_stamp(s, self.zone) {
                Some(stamp) => Cell::Stamp(stamp),
                None => Cell::Text(
                    clock::from_db(s)
                        .map(|t| Cow::Owned(clock::to_rfc3339_local(t, self.zone)))
                        .unwrap_or_else(|| Cow::Borrowed(s.as_ref())),
                ),
            },
            (Kind::List, Raw::Text(s)) => Cell::List(
                s.split(',')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect(),
            ),
            (Kind::Json, Raw::Text(s)) => serde_json::from_str(s)
                .map(Cell::Json)
                .unwrap_or_else(|_| Cell::Text(Cow::Borrowed(s.as_ref()))),
            (_, Raw::Text(s)) => Cell::Text(Cow::Borrowed(s.as_ref())),
        }
    }
}

// ---------------------------------------------------------------- Simfoni

/// The Simfoni sheet's columns, in order, with what each holds (documented in the README).
pub const SIMFONI_COLUMNS: &[(&str, &str)] = &[
    ("case_number", "Nomor registrasi"),
    ("reported_date", "Tanggal pelaporan"),
    ("incident_date", "Tanggal kejadian"),
    ("channel", "Sumber pengaduan"),
    ("victim_sex", "Jenis kelamin korban"),
    ("victim_age", "Usia korban"),
    ("age_group", "Kelompok usia"),
    ("child", "Anak"),
    ("disability", "Disabilitas"),
    ("kecamatan", "Kecamatan"),
    ("kelurahan", "Kelurahan/desa"),
    ("violence_types", "Jenis kekerasan"),
    ("place", "Tempat kejadian"),
    ("perpetrator_count", "Jumlah pelaku"),
    ("perpetrator_relations", "Hubungan pelaku dengan korban"),
    ("perpetrator_sexes", "Jenis kelamin pelaku"),
    ("perpetrator_ages", "Usia pelaku"),
    ("services", "Layanan yang diberikan"),
    ("urgency", "Kedaruratan"),
    ("risk", "Tingkat risiko"),
    ("status", "Status kasus"),
];

/// Simfoni's age groups.
pub fn age_group(age: i64) -> &'static str {
    match age {
        ..=5 => "0-5",
        6..=12 => "6-12",
        13..=17 => "13-17",
        18..=24 => "18-24",
        25..=44 => "25-44",
        45..=59 => "45-59",
        _ => "60+",
    }
}

fn label(v: &Vocab, code: Option<&str>) -> Cell<'static> {
    Cell::opt_text(code.map(|c| v.label(c)))
}

/// One entry per perpetrator, "?" where not known, joined "; ".
fn slots(v: &[Option<String>], f: impl Fn(&str) -> String) -> Cell<'static> {
    if v.is_empty() {
        return Cell::Null;
    }
    Cell::Text(
        v.iter()
            .map(|x| x.as_deref().map(&f).unwrap_or_else(|| "?".into()))
            .collect::<Vec<_>>()
            .join("; ")
            .into(),
    )
}

fn simfoni_cells(c: &SimfoniCase, zone: Zone, pseudo: Option<&Pseudo>) -> Vec<Cell<'static>> {
    let mut violence: Vec<&str> = c.violence.iter().map(String::as_str).collect();
    // In Simfoni's order (the list's own), not alphabetical.
    let order = |code: &str| vocab::VIOLENCE.values.iter().position(|v| v.0 == code);
    violence.sort_by_key(|v| order(v).unwrap_or(usize::MAX));
    let mut services: Vec<&str> = Vec::new();
    for s in &c.services {
        if !services.contains(&s.as_str()) {
            services.push(s);
        }
    }
    let join = |v: &[&str], vocab: &Vocab| {
        if v.is_empty() {
            Cell::Null
        } else {
            Cell::Text(
                v.iter()
                    .map(|x| vocab.label(x))
                    .collect::<Vec<_>>()
                    .join("; ")
                    .into(),
            )
        }
    };
    let reported = clock::from_db(&c.reported_at)
        .map(|t| clock::local_date(t, zone).to_string())
        .unwrap_or_else(|| c.reported_at.clone());
    vec![
        Cell::Text(match pseudo {
            Some(p) => p.token("c", &c.uuid).into(),
            None => c.number.clone().into(),
        }),
        Cell::Text(reported.into()),
        Cell::opt_text(c.incident_date.clone()),
        label(&vocab::CHANNEL, Some(&c.channel)),
        label(&vocab::SEX, c.victim_sex.as_deref()),
        c.victim_age.map(Cell::Int).unwrap_or(Cell::Null),
        Cell::opt_text(c.victim_age.map(age_group)),
        Cell::Text(if c.is_child { "ya" } else { "tidak" }.into()),
        Cell::opt_text(c.disability.clone()),
        Cell::opt_text(c.kecamatan.clone()),
        match pseudo {
            Some(_) => Cell::Null,
            None => Cell::opt_text(c.kelurahan.clone()),
        },
        join(&violence, &vocab::VIOLENCE),
        label(&vocab::PLACE, c.place.as_deref()),
        Cell::Int(c.perpetrator_count),
        slots(&c.perpetrator_relations, |x| {
            vocab::RELATION.label(x).into()
        }),
        slots(&c.perpetrator_sexes, |x| vocab::SEX.label(x).into()),
        slots(&c.perpetrator_ages, str::to_string),
        join(&services, &vocab::SERVICE),
        label(&vocab::URGENCY, Some(&c.urgency)),
        label(&vocab::RISK, c.risk.as_deref()),
        Cell::Text(c.status.clone().into()),
    ]
}

/// A reporting period as [from, to) in the office's zone (the reports' parser).
pub fn period(input: &str, zone: Zone, now: Instant) -> Result<(Instant, Instant)> {
    let p = crate::report::period::parse_period(input, now, zone).map_err(Error::Invalid)?;
    match (p.from, p.to) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(Error::Invalid(crate::tr!(
            "--period{} has no bounds",
            "--period{} tidak punya batas awal dan akhir",
            crate::echo::echo_if_shaped(input, crate::echo::Shape::Time)
                .or_else(|| crate::echo::echo_if_shaped(input, crate::echo::Shape::Code))
                .map(|p| format!(" {p}"))
                .unwrap_or_default()
        ))),
    }
}

// ---------------------------------------------------------------- formats

/// Writes rows as they come: CSV (a header, then rows; text guarded against spreadsheet
/// formulas), a JSON array written piece by piece, or one JSON object per line.
enum RowWriter<W: Write> {
    Csv {
        w: W,
        scratch: String,
    },
    Json {
        w: W,
        names: Vec<&'static str>,
        first: bool,
    },
    Ndjson {
        w: W,
        names: Vec<&'static str>,
    },
}

/// Writes one CSV field as the csv crate's default writer does (RFC 4180: a field holding a
/// comma, a double quote, CR or LF is quoted, its quotes doubled), straight into `w`.
fn csv_field<W: Write>(w: &mut W, first: bool, field: &str) -> io::Result<()> {
    if !first {
        w.write_all(b",")?;
    }
    let b = field.as_bytes();
    if !b.iter().any(|&c| matches!(c, b',' | b'"' | b'\r' | b'\n')) {
        return w.write_all(b);
    }
    w.write_all(b"\"")?;
    for (i, part) in field.split('"').enumerate() {
        if i > 0 {
            w.write_all(b"\"\"")?;
        }
        w.write_all(part.as_bytes())?;
    }
    w.write_all(b"\"")
}

fn json_value<W: Write>(w: &mut W, c: &Cell) -> io::Result<()> {
    match c {
        Cell::Null => w.write_all(b"null"),
        Cell::Int(i) => write!(w, "{i}"),
        Cell::Bool(b) => w.write_all(if *b { b"true" } else { b"false" }),
        Cell::Real(f) => serde_json::to_writer(w, f).map_err(io::Error::from),
        Cell::Text(s) => serde_json::to_writer(w, s).map_err(io::Error::from),
        Cell::Stamp(s) => serde_json::to_writer(w, s.as_str()).map_err(io::Error::from),
        Cell::List(v) => serde_json::to_writer(w, v).map_err(io::Error::from),
        Cell::Json(v) => serde_json::to_writer(w, v).map_err(io::Error::from),
    }
}

fn json_object<W: Write>(w: &mut W, names: &[&str], cells: &[Cell<'_>]) -> io::Result<()> {
    w.write_all(b"{")?;
    for (i, (n, c)) in names.iter().zip(cells).enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, n).map_err(io::Error::from)?;
        w.write_all(b":")?;
        json_value(w, c)?;
    }
    w.write_all(b"}")
}

impl<W: Write> RowWriter<W> {
    fn begin(format: ExportFormat, names: Vec<&'static str>, mut w: W) -> io::Result<Self> {
        Ok(match format {
            ExportFormat::Csv => {
                for (i, n) in names.iter().enumerate() {
                    csv_field(&mut w, i == 0, n)?;
                }
                w.write_all(b"\n")?;
                RowWriter::Csv {
                    w,
                    scratch: String::new(),
                }
            }
            ExportFormat::Json => {
                w.write_all(b"[")?;
                RowWriter::Json {
                    w,
                    names,
                    first: true,
                }
            }
            ExportFormat::Ndjson => RowWriter::Ndjson { w, names },
        })
    }

    fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        match self {
            RowWriter::Csv { w, scratch } => {
                use std::fmt::Write as _;
                let mut digits = [0u8; 20];
                for (i, c) in cells.iter().enumerate() {
                    let field: &str = match c {
                        Cell::Null => "",
                        Cell::Int(i) => int_text(*i, &mut digits),
                        Cell::Real(f) => {
                            scratch.clear();
                            let _ = write!(scratch, "{f}");
                            scratch.as_str()
                        }
                        Cell::Bool(b) => {
                            if *b {
                                "true"
                            } else {
                                "false"
                            }
                        }
                        // A time starts with a digit: never taken for a formula.
                        Cell::Stamp(t) => t.as_str(),
                        Cell::Text(s) => match guard_formula(s) {
                            Cow::Borrowed(_) => s,
                            Cow::Owned(g) => {
                                *scratch = g;
                                scratch.as_str()
                            }
                        },
                        Cell::List(v) => {
                            scratch.clear();
                            scratch.push_str(&guard_formula(&v.join(",")));
                            scratch.as_str()
                        }
                        Cell::Json(v) => {
                            scratch.clear();
                            scratch.push_str(&guard_formula(&v.to_string()));
                            scratch.as_str()
                        }
                    };
                    csv_field(w, i == 0, field)?;
                }
                w.write_all(b"\n")
            }
            RowWriter::Json { w, names, first } => {
                w.write_all(if *first { b"\n" } else { b",\n" })?;
                *first = false;
                json_object(w, names, cells)
            }
            RowWriter::Ndjson { w, names } => {
                json_object(w, names, cells)?;
                w.write_all(b"\n")
            }
        }
    }

    /// Ends the document and hands back the writer (flushed down to it, not beyond).
    fn finish(self) -> io::Result<W> {
        match self {
            RowWriter::Csv { w, .. } => Ok(w),
            RowWriter::Json { mut w, .. } => {
                w.write_all(b"\n]\n")?;
                Ok(w)
            }
            RowWriter::Ndjson { w, .. } => Ok(w),
        }
    }
}

/// An export only reads: it needs an existing register.
pub fn reads_only(_: &crate::cli::ExportArgs) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_keyed_stable_and_kinded() {
        let a = [7u8; 32];
        let b = [8u8; 32];
        let uuid = "4f2c1a7e-1111-4222-8333-944455556666";
        let t = pseudonym(&a, "c", uuid);
        assert!(t.starts_with("c-") && t.len() == 18, "{t}");
        assert!(t[2..].chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(t, pseudonym(&a, "c", uuid), "stable");
        assert_eq!(
            t,
            pseudonym(&a, "c", &uuid.to_uppercase()),
            "UUIDs are case-blind"
        );
        assert_ne!(
            t,
            pseudonym(&b, "c", uuid),
            "another register's secret gives another token"
        );
        assert_ne!(
            t[2..],
            pseudonym(&a, "p", uuid)[2..],
            "the kind is part of the key"
        );
        assert_eq!(
            pseudonym(&a, "s", "Rina  Contoh"),
            pseudonym(&a, "s", "rina contoh"),
            "staff names match as the register matches them"
        );
    }

    #[test]
    fn age_groups() {
        let cases = [
            (0, "0-5"),
            (5, "0-5"),
            (6, "6-12"),
            (12, "6-12"),
            (13, "13-17"),
            (17, "13-17"),
            (18, "18-24"),
            (24, "18-24"),
            (25, "25-44"),
            (44, "25-44"),
            (45, "45-59"),
            (59, "45-59"),
            (60, "60+"),
            (90, "60+"),
        ];
        for (age, g) in cases {
            assert_eq!(age_group(age), g, "{age}");
        }
    }

    #[test]
    fn local_stamps_match_chrono() {
        use chrono::{TimeZone, Utc};
        let mut checked = 0;
        let mut at = Utc
            .with_ymd_and_hms(1999, 12, 31, 0, 0, 0)
            .unwrap()
            .timestamp();
        let end = Utc
            .with_ymd_and_hms(2101, 3, 2, 0, 0, 0)
            .unwrap()
            .timestamp();
        while at < end {
            let t = Utc.timestamp_opt(at, 0).unwrap();
            let stored = clock::to_db(t);
            for zone in [Zone::Wib, Zone::Wita, Zone::Wit] {
                let fast = local_stamp(&stored, zone).expect("the stored form");
                assert_eq!(fast.as_str(), clock::to_rfc3339_local(t, zone), "{stored}");
            }
            checked += 1;
            // Steps of 3h17m13s cross every hour, day, month end and leap day.
            at += 3 * 3600 + 17 * 60 + 13;
        }
        assert!(checked > 200_000);
        for s in [
            "2024-02-29T16:59:59Z",
            "2024-02-29T17:00:00Z",
            "2023-02-28T17:00:00Z",
            "2025-12-31T16:00:00Z",
            "2025-12-31T23:59:59Z",
        ] {
            let t = clock::from_db(s).unwrap();
            assert_eq!(
                local_stamp(s, Zone::Wib).unwrap().as_str(),
                clock::to_rfc3339_local(t, Zone::Wib)
            );
        }
        // Anything but the stored form goes the long way.
        for s in [
            "2025-02-29T10:00:00Z",
            "2025-13-01T10:00:00Z",
            "2025-01-01T24:00:00Z",
            "2016-12-31T23:59:60Z",
            "2025-01-01T10:00:00+07:00",
            "2025-01-01t10:00:00z",
            "2025-01-01 10:00:00Z",
            "9999-12-31T20:00:00Z",
            "",
        ] {
            assert!(local_stamp(s, Zone::Wib).is_none(), "{s}");
        }
    }

    #[test]
    fn integers_as_text() {
        let mut b = [0u8; 20];
        for i in [0, 7, -1, 10, 1800, -3600, i64::MAX, i64::MIN] {
            assert_eq!(int_text(i, &mut b), i.to_string());
        }
    }

    #[test]
    fn csv_fields_are_quoted_as_the_csv_crate_quotes_them() {
        let fields = [
            "plain",
            "",
            "a,b",
            "say \"hi\"",
            "line\nbreak",
            "cr\rhere",
            "\"",
            "trailing space ",
            "'=1+1",
            "Jl. Contoh No. 5; RT 01",
        ];
        let mut ours = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            csv_field(&mut ours, i == 0, f).unwrap();
        }
        ours.push(b'\n');
        let mut theirs = csv::Writer::from_writer(Vec::new());
        theirs.write_record(fields).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs.into_inner().unwrap()).unwrap()
        );
    }

    #[test]
    fn formats_stream_rows() {
        let cells = vec![
            Cell::Text("=1+1".into()),
            Cell::Int(-5),
            Cell::Bool(true),
            Cell::Null,
            Cell::List(vec!["a".into(), "b".into()]),
        ];
        let names = vec!["t", "n", "b", "z", "l"];
        let run = |f| {
            let mut w = RowWriter::begin(f, names.clone(), Vec::new()).unwrap();
            w.row(&cells).unwrap();
            w.row(&cells).unwrap();
            String::from_utf8(w.finish().unwrap()).unwrap()
        };
        assert_eq!(
            run(ExportFormat::Csv),
            "t,n,b,z,l\n'=1+1,-5,true,,\"a,b\"\n'=1+1,-5,true,,\"a,b\"\n"
        );
        let j: serde_json::Value = serde_json::from_str(&run(ExportFormat::Json)).unwrap();
        assert_eq!(j[1]["t"], "=1+1");
        assert_eq!(j[1]["n"], -5);
        assert_eq!(j[0]["l"][1], "b");
        let nd = run(ExportFormat::Ndjson);
        assert_eq!(nd.lines().count(), 2);
        assert_eq!(
            nd.lines().next().unwrap(),
            r#"{"t":"=1+1","n":-5,"b":true,"z":null,"l":["a","b"]}"#
        );
        let empty = RowWriter::begin(ExportFormat::Json, names, Vec::new()).unwrap();
        let empty = String::from_utf8(empty.finish().unwrap()).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&empty).unwrap(),
            serde_json::json!([])
        );
    }
}
