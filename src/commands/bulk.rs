//! Bulk data entry: `kasus intake --from FILE` (CSV with a header, or JSONL), and the CSV reader
//! `kasus step import` (in `step::import`) shares. Every row goes through the same checks as a
//! single command; by default the whole file is one transaction, all or nothing, and every bad
//! row is named by its line and column (never by a name or NIK it holds).

use super::intake::{self, Input, PerpetratorInput};
use super::{resolve, Ctx};
use crate::cli::{InputFormat, IntakeArgs};
use crate::clock::{Instant, Zone};
use crate::error::{Error, Result};
use crate::output;
use crate::register::cases::name_key;
use crate::register::{bulk, sops};
use crate::text::{self, t};
use crate::tr;
use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::rc::Rc;

/// The columns of a bulk intake file, in the order `--template` prints them: the intake flags
/// without `--`, with `_`.
pub const COLUMNS: [&str; 27] = [
    "sop",
    "reported_at",
    "channel",
    "victim_name",
    "victim_nik",
    "victim_sex",
    "victim_birth_date",
    "victim_age",
    "victim_phone",
    "victim_address",
    "victim_kecamatan",
    "victim_kelurahan",
    "victim_disability",
    "complainant_name",
    "complainant_phone",
    "complainant_relation",
    "perpetrator_name",
    "perpetrator_sex",
    "perpetrator_age",
    "perpetrator_relation",
    "violence",
    "place",
    "incident_date",
    "chronology",
    "urgency",
    "risk",
    "external_ref",
];
const N: usize = COLUMNS.len();
const C_SOP: usize = 0;
const C_VICTIM_AGE: usize = 7;
const C_PERP_NAME: usize = 16;
const C_PERP_SEX: usize = 17;
const C_PERP_AGE: usize = 18;
const C_PERP_REL: usize = 19;
const C_VIOLENCE: usize = 20;
const C_EXTERNAL_REF: usize = 26;

/// How many bad rows are printed before the rest are only counted.
pub const SHOW_LIMIT: usize = 50;

/// One row's cells, by column (blank cells are None).
pub type Cells<'a> = [Option<&'a str>; N];

/// What is wrong, and where: a line of the file and, when known, a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(c) => write!(
                f,
                "{} {}, {} {c}: {}",
                t("line", "baris"),
                self.line,
                t("column", "kolom"),
                self.reason
            ),
            None => write!(f, "{} {}: {}", t("line", "baris"), self.line, self.reason),
        }
    }
}

pub(crate) fn row_err(line: u64, column: Option<&str>, reason: impl Into<String>) -> RowError {
    RowError {
        line,
        column: column.map(str::to_string),
        reason: reason.into(),
    }
}

/// The empty CSV header `intake --template` prints.
pub fn template() -> String {
    let mut s = COLUMNS.join(",");
    s.push('\n');
    s
}

/// Rewrites the flags a single intake's messages name (`--victim-birth-date`) as the columns of
/// a file (`victim_birth_date`).
pub fn columnise(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len());
    let mut rest = reason;
    while let Some(i) = rest.find("--") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let end = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
            .unwrap_or(after.len());
        if end == 0 {
            out.push_str("--");
        } else {
            out.push_str(&after[..end].replace('-', "_"));
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

pub(crate) fn strip_bom(data: &[u8]) -> &[u8] {
    data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data)
}

fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}

/// True for text shaped like a column name or a code ("victim_sx", "done"): only such text is
/// repeated in a message. Anything else may be data (a header row left out puts a name where a
/// column name goes) and is described, never echoed.
fn looks_like_code(s: &str) -> bool {
    crate::echo::shaped(s, crate::echo::Shape::Code)
}

fn unknown_column(line: u64, name: &str, known: &[&str]) -> RowError {
    let hint = resolve::did_you_mean(name, known.iter().copied());
    let reason = if looks_like_code(name) {
        tr!(
            "unknown column '{name}'{hint}; `kasus intake --template` prints the columns",
            "kolom '{name}' tidak dikenal{hint}; `kasus intake --template` menampilkan kolomnya"
        )
    } else {
        tr!(
            "a header cell is not a column name{hint} (is the header row missing?); `kasus intake --template` prints the columns",
            "sel header bukan nama kolom{hint} (baris header terlewat?); `kasus intake --template` menampilkan kolomnya"
        )
    };
    row_err(line, None, reason)
}

// ------------------------------------------------------------------ CSV

/// Reads a CSV file row by row into cells; the header decides which column is which.
pub struct CsvRows<'d> {
    data: &'d [u8],
    rdr: csv::Reader<&'d [u8]>,
    /// For each column of the file, the intake column it holds.
    map: Vec<usize>,
    /// The header as written, for the rejects file.
    pub header: Vec<String>,
    rec: csv::ByteRecord,
    /// Byte offset of the row just read, for the progress bar.
    pub offset: u64,
}

/// A row, or why it cannot be read. (The row's cells stay inline: boxing them would allocate
/// once per row on the hot path.)
#[allow(clippy::large_enum_variant)]
pub enum Next<'r> {
    Row(u64, Cells<'r>),
    Bad(RowError, Vec<String>),
    End,
}

/// Checks a CSV header against the known columns: every unknown or repeated name is an error.
pub(crate) fn check_header(
    names: &[String],
    known: &[&str],
    required: &[&[&str]],
) -> std::result::Result<Vec<usize>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut map = Vec::with_capacity(names.len());
    let recognised = names.iter().filter(|n| known.contains(&n.trim())).count();
    if names.iter().all(|n| n.trim().is_empty()) || recognised == 0 {
        return Err(vec![row_err(
            1,
            None,
            t(
                "the first line is not a header: it must name the columns (`kasus intake --template` \
                 prints them; for step import see `kasus step import --help`)",
                "baris pertama bukan header: baris itu harus berisi nama kolom (`kasus intake --template` \
                 menampilkannya; untuk impor langkah lihat `kasus step import --help`)",
            ),
        )]);
    }
    for (i, n) in names.iter().enumerate() {
        let n = n.trim();
        match known.iter().position(|c| *c == n) {
            Some(c) => {
                if map.contains(&c) {
                    errors.push(row_err(
                        1,
                        None,
                        tr!(
                            "column '{n}' appears twice in the header",
                            "kolom '{n}' muncul dua kali di header"
                        ),
                    ));
                }
                map.push(c);
            }
            None if n.is_empty() => {
                errors.push(row_err(
                    1,
                    None,
                    tr!(
                        "column {} of the header has no name",
                        "kolom ke-{} di header tidak punya nama",
                        i + 1
                    ),
                ));
                map.push(usize::MAX);
            }
            None => {
                errors.push(unknown_column(1, n, known));
                map.push(usize::MAX);
            }
        }
    }
    for alternatives in required {
        if !alternatives
            .iter()
            .any(|a| names.iter().any(|n| n.trim() == *a))
        {
            errors.push(row_err(
                1,
                None,
                tr!(
                    "the header lacks the required column {}",
                    "header tidak punya kolom wajib {}",
                    alternatives.join(t(" or ", " atau "))
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(map)
    } else {
        Err(errors)
    }
}

pub(crate) fn csv_reader(data: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(data)
}

/// Reads the header line of a CSV file (with a UTF-8 BOM accepted).
pub(crate) fn read_header(
    rdr: &mut csv::Reader<&[u8]>,
) -> std::result::Result<Vec<String>, Vec<RowError>> {
    let mut rec = csv::ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => {
            return Err(vec![row_err(
            1,
            None,
            t(
                "the file is empty: the first line must be the header (`kasus intake --template`)",
                "berkasnya kosong: baris pertama harus header (`kasus intake --template`)",
            ),
        )])
        }
        Err(e) => {
            return Err(vec![row_err(
                1,
                None,
                tr!(
                    "cannot read the header: {e}",
                    "header tidak bisa dibaca: {e}"
                ),
            )])
        }
    }
    rec.iter()
        .enumerate()
        .map(|(i, f)| {
            std::str::from_utf8(f).map(str::to_string).map_err(|_| {
                vec![row_err(
                    1,
                    None,
                    tr!(
                        "column {} of the header is not UTF-8 text: save the file as UTF-8 (\"CSV UTF-8\")",
                        "kolom ke-{} di header bukan teks UTF-8: simpan berkas sebagai UTF-8 (\"CSV UTF-8\")",
                        i + 1
                    ),
                )]
            })
        })
        .collect()
}

/// An odd number of quote characters from a row to the end of the file: a quoted field that
/// was opened and never closed swallowed the rest of the file.
pub(crate) fn quote_left_open(rest: &[u8]) -> bool {
    rest.iter().filter(|&&b| b == b'"').count() % 2 == 1
}

impl<'d> CsvRows<'d> {
    pub fn new(data: &'d [u8]) -> std::result::Result<CsvRows<'d>, Vec<RowError>> {
        let data = strip_bom(data);
        let mut rdr = csv_reader(data);
        let header = read_header(&mut rdr)?;
        let map = check_header(
            &header,
            &COLUMNS,
            &[
                &["sop"],
                &["channel"],
                &["victim_name"],
                &["victim_sex"],
                &["victim_birth_date", "victim_age"],
                &["violence"],
            ],
        )?;
        Ok(CsvRows {
            data,
            rdr,
            map,
            header,
            rec: csv::ByteRecord::new(),
            offset: 0,
        })
    }

    pub fn next_row(&mut self) -> Next<'_> {
        match self.rdr.read_byte_record(&mut self.rec) {
            Ok(true) => {}
            Ok(false) => return Next::End,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Next::Bad(row_err(line, None, cannot_read(&e)), vec![]);
            }
        }
        let pos = self
            .rec
            .position()
            .cloned()
            .unwrap_or_else(csv::Position::new);
        let line = pos.line();
        self.offset = pos.byte();
        let raw = || {
            self.rec
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect::<Vec<_>>()
        };
        let start = pos.byte() as usize;
        let at_end = self.rdr.position().byte() as usize >= self.data.len();
        if at_end
            && self
                .data
                .get(start..)
                .is_some_and(|rest| quote_left_open(rest) && rest.contains(&b'"'))
        {
            return Next::Bad(
                row_err(
                    line,
                    None,
                    t(
                        "a quoted field opened on this line is never closed (a \" is missing); \
                         the rest of the file was read as one field",
                        "tanda kutip yang dibuka di baris ini tidak pernah ditutup (kurang satu \"); \
                         sisa berkas terbaca sebagai satu kolom",
                    ),
                ),
                raw(),
            );
        }
        if self.rec.len() != self.map.len() {
            if self.rec.len() == 1 && self.rec.get(0).is_some_and(|f| f.is_empty()) {
                // A blank line.
                return self.next_row();
            }
            return Next::Bad(
                row_err(
                    line,
                    None,
                    tr!(
                        "{} fields, but the header has {} columns (a comma too many or too few, \
                         or a field with a comma that is not in quotes)",
                        "{} isian, padahal header punya {} kolom (kelebihan atau kekurangan koma, \
                         atau isian berisi koma yang tidak diapit tanda kutip)",
                        self.rec.len(),
                        self.map.len()
                    ),
                ),
                raw(),
            );
        }
        let mut cells: Cells = [None; N];
        for (i, f) in self.rec.iter().enumerate() {
            match std::str::from_utf8(f) {
                Ok(s) => {
                    if !s.is_empty() {
                        cells[self.map[i]] = Some(s);
                    }
                }
                Err(_) => {
                    let col = COLUMNS[self.map[i]];
                    let e = row_err(
                        line,
                        Some(col),
                        t(
                            "not UTF-8 text: save the file as UTF-8 (\"CSV UTF-8\")",
                            "bukan teks UTF-8: simpan berkas sebagai UTF-8 (\"CSV UTF-8\")",
                        ),
                    );
                    return Next::Bad(e, raw());
                }
            }
        }
        Next::Row(line, cells)
    }
}

/// Every row of a CSV file as owned cells, or every header error (for tests and tools).
pub fn parse_csv(data: &[u8]) -> std::result::Result<Vec<Vec<Option<String>>>, Vec<RowError>> {
    let mut rows = CsvRows::new(data)?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    loop {
        match rows.next_row() {
            Next::Row(_, cells) => out.push(cells.iter().map(|c| c.map(str::to_string)).collect()),
            Next::Bad(e, _) => errors.push(e),
            Next::End => break,
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Writes rows of cells (by column, in the order of COLUMNS) as a CSV file with the header.
pub fn print_csv(rows: &[Vec<Option<String>>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(COLUMNS);
    for r in rows {
        let _ = w.write_record(r.iter().map(|c| c.as_deref().unwrap_or("")));
    }
    w.into_inner().unwrap_or_default()
}

// ------------------------------------------------------------------ JSONL

/// A JSON object's members as written, a key given twice kept twice (serde_json's Map keeps
/// only the last, which would let one of two values pass unseen).
struct Members(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Members {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> std::result::Result<Members, A::Error> {
                let mut v = Vec::new();
                while let Some(entry) = m.next_entry::<String, serde_json::Value>()? {
                    v.push(entry);
                }
                Ok(Members(v))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// One JSON object per line; keys are the column names, each at most once. Values are strings,
/// numbers or null; `violence` and the `perpetrator_*` keys may also be arrays.
fn jsonl_row(line: u64, text: &str) -> std::result::Result<[Option<String>; N], RowError> {
    let Members(map) = serde_json::from_str(text).map_err(|e| {
        row_err(
            line,
            None,
            tr!(
                "not a JSON object ({}): each line must be one object such as \
                     {{\"sop\": \"batam-34-2020\", ...}}",
                "bukan objek JSON ({}): setiap baris harus satu objek seperti \
                     {{\"sop\": \"batam-34-2020\", ...}}",
                json_error_kind(&e)
            ),
        )
    })?;
    let mut cells: [Option<String>; N] = Default::default();
    let mut seen = [false; N];
    for (k, v) in map {
        let Some(c) = column_index(k.trim()) else {
            return Err(unknown_column(line, &k, &COLUMNS));
        };
        if std::mem::replace(&mut seen[c], true) {
            let key = COLUMNS[c];
            return Err(row_err(
                line,
                Some(key),
                tr!(
                    "the key \"{key}\" is given twice in this line's object: give each key once",
                    "kunci \"{key}\" muncul dua kali dalam objek baris ini: beri setiap kunci sekali"
                ),
            ));
        }
        let list = matches!(
            c,
            C_PERP_NAME | C_PERP_SEX | C_PERP_AGE | C_PERP_REL | C_VIOLENCE
        );
        let scalar = |v: &serde_json::Value| -> Option<std::result::Result<String, ()>> {
            match v {
                serde_json::Value::Null => None,
                serde_json::Value::String(s) => Some(Ok(s.clone())),
                serde_json::Value::Number(n) => Some(Ok(n.to_string())),
                _ => Some(Err(())),
            }
        };
        let wrong = || {
            row_err(
                line,
                Some(COLUMNS[c]),
                if list {
                    t(
                        "must be a string, a number, null or an array of them",
                        "harus teks, angka, null, atau array berisi nilai-nilai itu",
                    )
                } else {
                    t(
                        "must be a string, a number or null",
                        "harus teks, angka, atau null",
                    )
                },
            )
        };
        cells[c] = match &v {
            serde_json::Value::Array(items) if list => {
                let mut parts = Vec::with_capacity(items.len());
                for i in items {
                    parts.push(
                        scalar(i)
                            .unwrap_or(Ok(String::new()))
                            .map_err(|_| wrong())?,
                    );
                }
                Some(parts.join(";"))
            }
            v => scalar(v).transpose().map_err(|_| wrong())?,
        }
        .filter(|s| !s.is_empty());
    }
    Ok(cells)
}

/// The kind of a JSON syntax error, without the text around it (it could hold personal data).
fn json_error_kind(e: &serde_json::Error) -> String {
    match e.classify() {
        serde_json::error::Category::Data => t("not an object", "bukan objek").to_string(),
        _ => tr!(
            "invalid JSON at character {}",
            "JSON tidak valid pada karakter ke-{}",
            e.column()
        ),
    }
}

// ------------------------------------------------------------------ one row

/// A problem with one cell: its column and the reason.
pub(crate) type Fail = (&'static str, String);

/// Turns a row's cells into an intake's fields. Several perpetrators: the `perpetrator_*` cells
/// hold `;`-separated lists, matched by position ("Budi;Joko" and "L;L"); an empty entry is an
/// unknown value. `violence` takes `,` or `;` between types.
fn to_input<'a>(cells: &Cells<'a>) -> std::result::Result<Input<'a>, Fail> {
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
    let victim_age = match c(C_VICTIM_AGE) {
        Some(s) => age("victim_age", s)?,
        None => None,
    };
    let split =
        |i: usize| -> Vec<&'a str> { cells[i].map(|s| s.split(';').collect()).unwrap_or_default() };
    let (names, sexes, ages, relations) = (
        split(C_PERP_NAME),
        split(C_PERP_SEX),
        split(C_PERP_AGE),
        split(C_PERP_REL),
    );
    let n = names
        .len()
        .max(sexes.len())
        .max(ages.len())
        .max(relations.len());
    let mut perpetrators = Vec::with_capacity(n);
    let pick = |v: &[&'a str], i: usize| v.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
    for i in 0..n {
        perpetrators.push(PerpetratorInput {
            name: pick(&names, i),
            sex: pick(&sexes, i),
            age: match pick(&ages, i) {
                Some(s) => age("perpetrator_age", s)?,
                None => None,
            },
            relation: pick(&relations, i),
        });
    }
    let violence = c(C_VIOLENCE)
        .map(|s| s.split([',', ';']).collect())
        .unwrap_or_default();
    Ok(Input {
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
        perpetrators,
        violence,
        place: c(21),
        incident_date: c(22),
        chronology: c(23),
        urgency: c(24),
        risk: c(25),
        external_ref: c(C_EXTERNAL_REF),
    })
}

/// What happened to one row.
enum Done {
    Added,
    Already,
}

/// Everything one bulk intake keeps while it goes through the rows.
struct Intake<'t> {
    zone: Zone,
    now: Instant,
    allow_duplicate: bool,
    known: bulk::Known,
    sops: HashMap<String, Rc<sops::SopVersion>>,
    codes: Vec<String>,
    /// Rows of this file already accepted: external_ref / NIK / name + birth date -> line.
    file_refs: HashMap<String, u64>,
    file_nik: HashMap<String, u64>,
    file_name_birth: HashMap<(String, String), u64>,
    writer: bulk::CaseWriter<'t>,
    /// False after the first bad row unless --skip-invalid: the rest is only checked.
    writing: bool,
    first: Option<String>,
    last: Option<String>,
}

impl Intake<'_> {
    fn row(&mut self, line: u64, cells: &Cells) -> std::result::Result<Done, RowError> {
        let bad = |col: &str, reason: String| row_err(line, Some(col), reason);
        let ext = cells[C_EXTERNAL_REF]
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if let Some(r) = ext {
            if self.known.refs.contains_key(r) {
                return Ok(Done::Already);
            }
            if let Some(first) = self.file_refs.get(r) {
                let r = crate::echo::echo_if_shaped(r, crate::echo::Shape::Ref)
                    .map(|r| format!(" {r}"))
                    .unwrap_or_default();
                return Err(bad(
                    "external_ref",
                    tr!(
                        "external_ref{r} is also on line {first}: each row needs its own",
                        "external_ref{r} juga ada di baris {first}: setiap baris perlu external_ref sendiri"
                    ),
                ));
            }
        }
        let input = to_input(cells).map_err(|(c, r)| bad(c, r))?;
        let (sops, codes) = (&self.sops, &self.codes);
        let mut lookup = |code: &str| -> Result<Rc<sops::SopVersion>> {
            sops.get(code).cloned().ok_or_else(|| {
                Error::Invalid(text::unknown_sop(
                    code,
                    &resolve::did_you_mean(code, codes.iter().map(String::as_str)),
                ))
            })
        };
        let (case, sop_v) = intake::check(&input, &mut lookup, self.zone, self.now)
            .map_err(|e| bad(e.field, columnise(&e.reason)))?;
        let nb = match (&case.victim.name, &case.victim.birth_date) {
            (Some(n), Some(b)) => Some((name_key(n), b.clone())),
            _ => None,
        };
        if !self.allow_duplicate {
            let hit = |col: &'static str, what: &str, case: Option<&String>, line: Option<&u64>| {
                let whom = match (case, line) {
                    (Some(c), _) => tr!("case {c}", "kasus {c}"),
                    (None, Some(l)) => tr!(
                        "the victim on line {l} of this file",
                        "korban di baris {l} berkas ini"
                    ),
                    (None, None) => return None,
                };
                Some(bad(
                    col,
                    tr!(
                        "the victim matches {whom} ({what}); check with `kasus case show`, or \
                         register the file's duplicates anyway with --allow-duplicate",
                        "korban cocok dengan {whom} ({what}); periksa dengan `kasus case show`, atau \
                         tetap daftarkan duplikat dalam berkas dengan --allow-duplicate"
                    ),
                ))
            };
            if let Some(nik) = &case.victim.nik {
                if let Some(e) = hit(
                    "victim_nik",
                    t("same NIK", "NIK sama"),
                    self.known.nik.get(nik),
                    self.file_nik.get(nik),
                ) {
                    return Err(e);
                }
            }
            if let Some(k) = &nb {
                if let Some(e) = hit(
                    "victim_name",
                    t("same name and birth date", "nama dan tanggal lahir sama"),
                    self.known.name_birth.get(k),
                    self.file_name_birth.get(k),
                ) {
                    return Err(e);
                }
            }
        }
        if let Some(r) = &case.external_ref {
            self.file_refs.insert(r.clone(), line);
        }
        if !self.allow_duplicate {
            if let Some(nik) = &case.victim.nik {
                self.file_nik.entry(nik.clone()).or_insert(line);
            }
            if let Some(k) = nb {
                self.file_name_birth.entry(k).or_insert(line);
            }
        }
        if self.writing {
            let number = self.writer.insert(&case, &sop_v.code)?;
            if self.first.is_none() {
                self.first = Some(number.to_string());
            }
            self.last = Some(number.to_string());
        }
        Ok(Done::Added)
    }
}

impl From<Error> for RowError {
    fn from(e: Error) -> RowError {
        row_err(0, None, e.to_string())
    }
}

// ------------------------------------------------------------------ input, output

/// Reads the whole input: a file, or standard input for `-`.
pub(crate) fn read_all(path: &Path) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .read_to_end(&mut data)
            .map_err(|e| Error::io("<stdin>", e))?;
    } else {
        data = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    }
    Ok(data)
}

pub(crate) fn name_of(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

/// Prints the bad rows (up to SHOW_LIMIT, then a count) on stderr.
pub(crate) fn print_errors(file: &str, errors: &[RowError]) {
    let mut err = std::io::stderr().lock();
    for e in errors.iter().take(SHOW_LIMIT) {
        let _ = writeln!(err, "kasus: {file}: {e}");
    }
    if errors.len() > SHOW_LIMIT {
        let more = errors.len() - SHOW_LIMIT;
        let _ = writeln!(
            err,
            "kasus: {file}: {}",
            tr!(
                "... and {more} more bad rows",
                "... dan {more} baris salah lainnya"
            )
        );
    }
}

/// Writes the rejected rows (their original cells, then `line` and `reason`) atomically, mode 0600:
/// they hold the same personal data as the input. A private temporary file beside FILE
/// (`files::Temp`), removed on any error; a symbolic link is followed (its target replaced).
fn write_rejects(path: &Path, header: &[String], rows: &[(RowError, Vec<String>)]) -> Result<()> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|e| Error::io(path, e))?
        }
        _ => path.to_path_buf(),
    };
    let name = target.file_name().ok_or_else(|| {
        Error::Invalid(tr!(
            "--rejects {}: give a file name",
            "--rejects {}: beri nama berkas",
            path.display()
        ))
    })?;
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let (mut temp, f) = crate::files::Temp::beside(dir, name)?;
    let tmp = temp.path.clone();
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(f));
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", tmp.display()));
    let mut h: Vec<&str> = header.iter().map(String::as_str).collect();
    h.extend(["line", "reason"]);
    w.write_record(&h).map_err(io)?;
    for (e, cells) in rows {
        let mut r: Vec<String> = (0..header.len())
            .map(|i| cells.get(i).cloned().unwrap_or_default())
            .collect();
        r.push(e.line.to_string());
        r.push(match &e.column {
            Some(c) => format!("{c}: {}", e.reason),
            None => e.reason.clone(),
        });
        w.write_record(&r).map_err(io)?;
    }
    let inner = w
        .into_inner()
        .map_err(|e| Error::Other(format!("{}: {e}", tmp.display())))?;
    inner
        .into_inner()
        .map_err(|e| Error::io(&tmp, e.into_error()))?
        .sync_all()
        .map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, &target).map_err(|e| Error::io(path, e))?;
    temp.keep();
    Ok(())
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

/// The cells of the rejects file for a JSONL row: in the order of COLUMNS.
fn owned_cells(cells: &Cells) -> Vec<String> {
    cells.iter().map(|c| c.unwrap_or("").to_string()).collect()
}

fn format_of(a: &IntakeArgs, path: &Path) -> InputFormat {
    a.input_format.unwrap_or_else(|| {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jsonl" | "ndjson" | "json") => InputFormat::Jsonl,
            _ => InputFormat::Csv,
        }
    })
}

/// `kasus intake --template`.
pub fn print_template() -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(template().as_bytes())
        .map_err(output::stdout_err)
}

/// `kasus intake --from FILE`.
pub fn intake_from(ctx: &Ctx, a: &IntakeArgs, path: &Path) -> Result<()> {
    if Input::from_args(a) != Input::default() {
        return Err(Error::Usage(
            t(
                "with --from the fields come from the file's columns: give no --sop, --victim-*, ... \
                 flags (only --allow-duplicate, --json, --input-format, --skip-invalid, --rejects)",
                "dengan --from isiannya diambil dari kolom berkas: jangan beri opsi --sop, --victim-*, ... \
                 (hanya --allow-duplicate, --json, --input-format, --skip-invalid, --rejects)",
            )
            .into(),
        ));
    }
    if let Some(rejects) = &a.rejects {
        ctx.check_output("--rejects", rejects, &[("--from", path)])?;
    }
    let file = name_of(path);
    let format = format_of(a, path);
    let data = read_all(path)?;
    let mut reg = ctx.open()?;
    let zone = super::zone(&reg)?;
    let office = super::office_prefix(&reg)?;
    bulk::tune(reg.conn(), 256)?;
    let now_db = ctx.now_db();
    let pb = progress(data.len());
    let skip = a.skip_invalid;
    let result = reg.write(|tx| {
        // Read inside the IMMEDIATE transaction: an intake that commits while this one waits for
        // the lock is then seen (its rows skipped or flagged), never a UNIQUE error.
        let known = bulk::known(tx)?;
        let catalogue = sops::catalogue(tx)?;
        let mut run = Intake {
            zone,
            now: ctx.now,
            allow_duplicate: a.allow_duplicate,
            known,
            codes: catalogue.iter().map(|v| v.code.clone()).collect(),
            sops: catalogue
                .into_iter()
                .map(|v| (v.code.clone(), Rc::new(v)))
                .collect(),
            file_refs: HashMap::new(),
            file_nik: HashMap::new(),
            file_name_birth: HashMap::new(),
            writer: bulk::CaseWriter::new(tx, &office, &now_db, &ctx.actor)?,
            writing: true,
            first: None,
            last: None,
        };
        let (mut added, mut already) = (0u64, 0u64);
        let mut bad: Vec<(RowError, Vec<String>)> = Vec::new();
        let mut count = 0u64;
        let mut on_error = |run: &mut Intake, e: RowError, cells: Vec<String>| -> Result<()> {
            if e.line == 0 {
                // A database error, not a row's.
                return Err(Error::Other(e.reason));
            }
            if !skip {
                run.writing = false;
            }
            bad.push((e, if skip { cells } else { Vec::new() }));
            Ok(())
        };
        let header: Vec<String> = match format {
            InputFormat::Csv => {
                let mut rows = match CsvRows::new(&data) {
                    Ok(r) => r,
                    Err(errors) => {
                        print_errors(&file, &errors);
                        return Err(header_refusal(&file, errors.len()));
                    }
                };
                let map = rows.map.clone();
                loop {
                    let offset = rows.offset;
                    match rows.next_row() {
                        Next::End => break,
                        Next::Bad(e, cells) => on_error(&mut run, e, cells)?,
                        Next::Row(line, cells) => match run.row(line, &cells) {
                            Ok(Done::Added) => added += 1,
                            Ok(Done::Already) => already += 1,
                            Err(e) => {
                                let raw = if skip { raw_in_header_order(&cells, &map) } else { Vec::new() };
                                on_error(&mut run, e, raw)?
                            }
                        },
                    }
                    count += 1;
                    if count.is_multiple_of(4096) {
                        if let Some(pb) = &pb {
                            pb.set_position(offset);
                        }
                    }
                }
                rows.header.clone()
            }
            InputFormat::Jsonl => {
                let text = strip_bom(&data);
                let mut offset = 0usize;
                for (i, raw_line) in text.split(|&b| b == b'\n').enumerate() {
                    let line = i as u64 + 1;
                    offset += raw_line.len() + 1;
                    let Ok(s) = std::str::from_utf8(raw_line) else {
                        on_error(
                            &mut run,
                            row_err(
                                line,
                                None,
                                t(
                                    "not UTF-8 text: save the file as UTF-8",
                                    "bukan teks UTF-8: simpan berkas sebagai UTF-8",
                                ),
                            ),
                            vec![],
                        )?;
                        continue;
                    };
                    let s = s.trim();
                    if s.is_empty() {
                        continue;
                    }
                    match jsonl_row(line, s) {
                        Err(e) => on_error(&mut run, e, vec![])?,
                        Ok(owned) => {
                            let mut cells: Cells = [None; N];
                            for (c, o) in cells.iter_mut().zip(owned.iter()) {
                                *c = o.as_deref();
                            }
                            match run.row(line, &cells) {
                                Ok(Done::Added) => added += 1,
                                Ok(Done::Already) => already += 1,
                                Err(e) => on_error(&mut run, e, owned_cells(&cells))?,
                            }
                        }
                    }
                    count += 1;
                    if count.is_multiple_of(4096) {
                        if let Some(pb) = &pb {
                            pb.set_position(offset as u64);
                        }
                    }
                }
                COLUMNS.iter().map(|c| c.to_string()).collect()
            }
        };
        if let Some(pb) = &pb {
            pb.finish_and_clear();
        }
        let errors: Vec<RowError> = bad.iter().map(|(e, _)| e.clone()).collect();
        if !errors.is_empty() && !skip {
            print_errors(&file, &errors);
            return Err(Error::Invalid(format!(
                "{}; {}. {}",
                bad_rows_in(errors.len(), &file),
                t("nothing was added", "tidak ada yang ditambahkan"),
                t(
                    "Fix them and run again (rows already registered are skipped by their external_ref), \
                     or add --skip-invalid --rejects FILE to register the good rows",
                    "Perbaiki lalu jalankan lagi (baris yang sudah terdaftar dilewati menurut external_ref-nya), \
                     atau tambahkan --skip-invalid --rejects BERKAS untuk mendaftarkan baris yang benar"
                )
            )));
        }
        if let Some(p) = &a.rejects {
            write_rejects(p, &header, &bad)?;
        }
        Ok(Summary {
            added,
            already,
            rejected: bad.len() as u64,
            first: run.first.take(),
            last: run.last.take(),
            errors,
        })
    });
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    let s = result?;
    if !s.errors.is_empty() {
        print_errors(&file, &s.errors);
    }
    if a.json {
        return output::print_json(&serde_json::json!({
            "added": s.added,
            "already_registered": s.already,
            "rejected": s.rejected,
            "rejects": a.rejects.as_ref().map(|p| p.display().to_string()),
            "first": s.first,
            "last": s.last,
        }));
    }
    let mut line = format!(
        "{} {}, {} {}",
        s.added,
        t("added", "ditambahkan"),
        s.already,
        t(
            "already registered (external_ref)",
            "sudah terdaftar (external_ref)"
        )
    );
    if let Some(p) = &a.rejects {
        line.push_str(&format!(
            ", {} {} {}",
            s.rejected,
            t("rejected, written to", "ditolak, ditulis ke"),
            p.display()
        ));
    }
    if let (Some(f), Some(l)) = (&s.first, &s.last) {
        line.push_str(&format!(" ({f} .. {l})"));
    }
    output::print(&line)
}

struct Summary {
    added: u64,
    already: u64,
    rejected: u64,
    first: Option<String>,
    last: Option<String>,
    errors: Vec<RowError>,
}

pub(crate) fn header_refusal(file: &str, n: usize) -> Error {
    Error::Invalid(match text::lang() {
        text::Lang::En => format!(
            "{file}: {n} {} in the header; nothing was added",
            if n == 1 { "problem" } else { "problems" }
        ),
        text::Lang::Id => {
            format!("{file}: {n} masalah di header; tidak ada yang ditambahkan")
        }
    })
}

/// "3 bad rows in FILE" / "3 baris salah di FILE".
pub(crate) fn bad_rows_in(n: usize, file: &str) -> String {
    match text::lang() {
        text::Lang::En => format!(
            "{n} {} {file}",
            if n == 1 { "bad row in" } else { "bad rows in" }
        ),
        text::Lang::Id => format!("{n} baris salah di {file}"),
    }
}

/// A row the CSV reader could not read (its own reason, which is English, follows).
pub(crate) fn cannot_read(e: &csv::Error) -> String {
    tr!("cannot read: {e}", "tidak bisa dibaca: {e}")
}

fn raw_in_header_order(cells: &Cells, map: &[usize]) -> Vec<String> {
    map.iter()
        .map(|&c| cells.get(c).copied().flatten().unwrap_or("").to_string())
        .collect()
}
