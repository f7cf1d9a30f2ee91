//! Report computation: rows and figures, apart from rendering. Each report builds a [`Sheet`]
//! (stable English column keys, a header for people, typed cells); `output::sheet_text` turns
//! it into a table, CSV or JSON, so that another renderer (the monthly HTML) is one more function.

pub mod build;
pub mod due;
pub mod html;
pub mod monthly;
pub mod period;
pub mod simfoni;
pub mod summary;
pub mod svg;

use crate::register::reports::Running;
use crate::steptime::Measured;
use serde_json::Value;

/// Which time a report judges: the effective working time on each step's clock (its pauses
/// taken off), or the wall clock (how long the victim waited).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Basis {
    #[default]
    Working,
    Wall,
}

impl Basis {
    pub fn code(self) -> &'static str {
        match self {
            Basis::Working => "working",
            Basis::Wall => "wall",
        }
    }

    /// The note under a report's table: which time its figures are.
    pub fn note(self) -> String {
        match self {
            Basis::Working => crate::text::t(
                "Times are effective working time on each step's clock (office hours or 24/7), pauses taken off; --basis wall gives the wall clock.",
                "Waktu adalah waktu kerja efektif menurut jam tiap langkah (jam kantor atau 24/7), dikurangi jeda; --basis wall memberi waktu jam dinding.",
            )
            .to_string(),
            Basis::Wall => crate::text::t(
                "Times are wall-clock time (how long the victim waited), pauses included, against the standard as written.",
                "Waktu adalah waktu jam dinding (berapa lama korban menunggu), termasuk jeda, terhadap standar seperti tertulis.",
            )
            .to_string(),
        }
    }
}

/// A running step of an open case, measured at the report's instant, with who holds it.
#[derive(Debug, Clone)]
pub struct RunningStep {
    pub run: Running,
    pub measured: Measured,
    /// Its performer, else the staff assigned to its step's role (None where nobody is).
    pub holder: Option<String>,
}

impl RunningStep {
    /// (time so far, the standard's maximum) on `basis`: the effective working seconds against
    /// the standard on the step's clock, or the wall seconds against the standard as stored.
    /// None when the start does not read (never measured).
    pub fn judged(&self, basis: Basis) -> Option<(u64, Option<u64>)> {
        let f = self.measured.figures?;
        Some(match basis {
            Basis::Working => (f.elapsed_secs, self.measured.standard.1),
            Basis::Wall => (f.wall_secs, self.run.max),
        })
    }

    /// Over its standard's maximum on `basis`.
    pub fn over(&self, basis: Basis) -> bool {
        self.judged(basis)
            .is_some_and(|(e, max)| crate::timing::is_over(e, max))
    }
}

/// How a column's cells are shown: seconds are numbers in CSV/JSON and "1 jam 5 menit" in tables;
/// times are RFC 3339 with the office offset in CSV/JSON and "2026-03-02 08:05" in tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Text shortened in the table, whole in CSV/JSON.
    LongText,
    Int,
    Secs,
    Time,
    /// A share 0..=1: "83%" in tables.
    Share,
    Bool,
    /// A list of free-text names (roles): "; "-separated in CSV and tables, an array in JSON
    /// (other lists are codes, comma-separated as in exports).
    Names,
    /// A code (`on-time`, `over`, `office`, `warning`, ...): the same in CSV and JSON, in the
    /// chosen language's words in tables (`text::code_words`).
    Code,
    /// Free text people read (an agency's name, a service, a reason): in a table too wide for
    /// the terminal, only prose columns wrap (between words), whatever their width; every other
    /// column keeps its cells on one line.
    Prose,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    pub kind: Kind,
    /// Shown in the table too (CSV and JSON always carry every column).
    pub in_table: bool,
}

pub fn col(key: &'static str, header: &'static str, kind: Kind) -> Column {
    Column {
        key,
        header,
        kind,
        in_table: true,
    }
}

/// A column for CSV and JSON only: the table stays narrow enough to read.
pub fn data_col(key: &'static str, kind: Kind) -> Column {
    Column {
        key,
        header: key,
        kind,
        in_table: false,
    }
}

/// A column with a header for people, out of the table a command lays out itself (too wide for
/// 80 columns) but shown with that header when `--columns` picks it.
pub fn hidden(c: Column) -> Column {
    Column {
        in_table: false,
        ..c
    }
}

/// What `--format json` prints for a sheet (`ndjson` is always one object per row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum JsonShape {
    /// A report: an object with `report`, the extras and `rows`.
    #[default]
    Report,
    /// A list: an array of the rows' objects.
    Rows,
    /// One record (a verdict): the first row's object.
    Single,
}

/// A report's rows, ready to render.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The report's name in JSON ("compliance").
    pub name: &'static str,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
    /// Lines printed under the table (totals, counts).
    pub notes: Vec<String>,
    /// Extra keys of the JSON object (period, totals).
    pub extra: serde_json::Map<String, Value>,
    /// What `--format json` prints.
    pub shape: JsonShape,
    /// The rows as JSON objects where they are richer than the columns (nested objects), for
    /// JSON and NDJSON; None: each row's columns.
    pub records: Option<Vec<Value>>,
    /// The whole JSON document where it is not made of the rows (`case show`, `consent list`);
    /// NDJSON and CSV still give the rows.
    pub document: Option<Value>,
}

impl Sheet {
    pub fn new(name: &'static str, columns: Vec<Column>) -> Sheet {
        Sheet {
            name,
            columns,
            ..Default::default()
        }
    }

    /// A list (`case list`, `staff list`): JSON is an array of the rows' objects.
    pub fn list(name: &'static str, columns: Vec<Column>) -> Sheet {
        Sheet {
            shape: JsonShape::Rows,
            ..Sheet::new(name, columns)
        }
    }

    /// Each row as a JSON object (its records when given, else keyed by the column keys).
    pub fn objects(&self) -> Vec<Value> {
        if let Some(r) = &self.records {
            return r.clone();
        }
        self.rows
            .iter()
            .map(|r| {
                Value::Object(
                    self.columns
                        .iter()
                        .zip(r)
                        .map(|(c, v)| (c.key.to_string(), v.clone()))
                        .collect(),
                )
            })
            .collect()
    }

    /// Keeps only `keys`, in that order, in every format (`--columns`). An unknown key is refused
    /// with the columns there are; a key is echoed only when it looks like one (letters, digits
    /// and `_`), never a value that may be personal data typed in the wrong place.
    pub fn select(&mut self, keys: &[String]) -> Result<(), String> {
        let all: Vec<&str> = self.columns.iter().map(|c| c.key).collect();
        let picked = pick_columns(self.name, &all, keys)?;
        self.records = None;
        self.columns = picked
            .iter()
            .map(|&i| Column {
                in_table: true,
                ..self.columns[i].clone()
            })
            .collect();
        for row in &mut self.rows {
            *row = picked
                .iter()
                .map(|&i| row.get(i).cloned().unwrap_or(Value::Null))
                .collect();
        }
        Ok(())
    }
}

/// `--by office` (issue 20): one sheet of the report's sheets for each office, then the whole
/// register's (`label` "total"), in that order, each row led by an `office` column. The notes
/// and the JSON extras are the last sheet's (the whole register's).
pub fn by_office(parts: Vec<(String, Sheet)>) -> Sheet {
    let mut out: Option<Sheet> = None;
    let mut records: Vec<Value> = Vec::new();
    let mut richer = false;
    for (label, sheet) in parts {
        richer |= sheet.records.is_some();
        for obj in sheet.objects() {
            let mut m = serde_json::Map::new();
            m.insert("office".into(), Value::String(label.clone()));
            if let Value::Object(fields) = obj {
                m.extend(fields);
            }
            records.push(Value::Object(m));
        }
        let rows: Vec<Vec<Value>> = sheet
            .rows
            .iter()
            .map(|r| {
                std::iter::once(Value::String(label.clone()))
                    .chain(r.iter().cloned())
                    .collect()
            })
            .collect();
        match &mut out {
            None => {
                let mut first = sheet;
                first.columns.insert(
                    0,
                    col("office", crate::text::t("Office", "Kantor"), Kind::Text),
                );
                first.rows = rows;
                out = Some(first);
            }
            Some(o) => {
                o.rows.extend(rows);
                o.notes = sheet.notes;
                o.extra = sheet.extra;
            }
        }
    }
    let mut sheet = out.unwrap_or_default();
    sheet.records = richer.then_some(records);
    sheet.document = None;
    sheet
}

/// `--columns`: the positions of `keys` (in their order) among `all`, the columns of `name` (a
/// report or an export); an unknown key is an error naming the columns there are (the key shown
/// only when it looks like a column key: never a value that may be personal data).
pub fn pick_columns(name: &str, all: &[&str], keys: &[String]) -> Result<Vec<usize>, String> {
    let mut picked = Vec::with_capacity(keys.len());
    for key in keys {
        let key = key.trim();
        match all.iter().position(|c| *c == key) {
            Some(i) => picked.push(i),
            None => {
                // A key is small letters, digits and `_`, a letter first: digits alone (or a
                // run of them) may be a NIK or a phone number, a capital a name.
                let shown = if key.starts_with(|c: char| c.is_ascii_lowercase())
                    && key.len() <= 40
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    && !crate::echo::looks_like_a_number_of_someone(key)
                {
                    format!("'{key}'")
                } else {
                    crate::text::t("a name", "sebuah nama").to_string()
                };
                // A name the column had before it took the export's (`id`, now `referral_id`),
                // or one mistyped.
                let hint = if shown.starts_with('\'') {
                    all.iter()
                        .find(|c| c.ends_with(&format!("_{key}")))
                        .map(|c| crate::tr!(" (did you mean '{c}'?)", " (maksudnya '{c}'?)"))
                        .unwrap_or_else(|| {
                            crate::suggest::did_you_mean(key, all.iter().map(|c| c.as_ref()))
                        })
                } else {
                    String::new()
                };
                return Err(crate::tr!(
                    "--columns: {shown} is not one of the columns of {}{hint}: {}",
                    "--columns: {shown} bukan kolom {}{hint}; kolomnya: {}",
                    name,
                    all.join(", ")
                ));
            }
        }
    }
    Ok(picked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn select_keeps_the_columns_asked_in_their_order() {
        let mut s = Sheet::new(
            "x",
            vec![
                col("a", "A", Kind::Text),
                data_col("b", Kind::Int),
                col("c", "C", Kind::Int),
            ],
        );
        s.rows.push(vec![json!("1"), json!(2), json!(3)]);
        s.select(&["c".into(), "b".into()]).unwrap();
        assert_eq!(
            s.columns.iter().map(|c| c.key).collect::<Vec<_>>(),
            ["c", "b"]
        );
        assert!(s.columns.iter().all(|c| c.in_table));
        assert_eq!(s.rows[0], vec![json!(3), json!(2)]);
        let err = s.select(&["Rina Contoh".into()]).unwrap_err();
        assert!(!err.contains("Rina"), "{err}");
        assert!(s.select(&["zzz".into()]).unwrap_err().contains("'zzz'"));
        // A name alone (a capital) or a key with a NIK's digits is not repeated either.
        for typed in [
            "Siti",
            "SitiContoh",
            "nik3171234567890123",
            "3171234567890123",
        ] {
            let err = pick_columns("x", &["a"], &[typed.into()]).unwrap_err();
            assert!(!err.contains(typed) && err.contains("a name"), "{err}");
        }
        assert!(pick_columns("x", &["a"], &["case_no2".into()])
            .unwrap_err()
            .contains("'case_no2'"));
    }
}
