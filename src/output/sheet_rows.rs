//! A list's rows written as they come, in the text [`super::sheet_text`] gives for the whole
//! sheet: CSV (the column keys, then each row; text guarded against spreadsheet formulas), the
//! JSON array of the rows' objects (pretty, as `serde_json` writes it whole) or NDJSON. The
//! sheet is only the columns (and `--columns`' choice of them): no row is kept.

use super::stream::csv_field;
use super::{csv_text, guard_formula, Format};
use crate::report::Column;
use serde_json::{Map, Value};
use std::io::{self, Write};

/// Writes the rows of a list (a sheet of [`crate::report::JsonShape::Rows`]).
pub struct SheetRows {
    format: Format,
    columns: Vec<Column>,
    /// The position in a row of each column written (`--columns`), in order.
    picked: Vec<usize>,
    first: bool,
}

/// serde_json's error as an I/O error: a write's own error kept as it is (a closed pipe stays a
/// `BrokenPipe`, which ends the run quietly).
fn json_err(e: serde_json::Error) -> io::Error {
    io::Error::from(e)
}

impl SheetRows {
    /// Starts the document in `format` (CSV, JSON or NDJSON): the columns at `picked` of
    /// `columns`, in that order.
    pub fn begin<W: Write + ?Sized>(
        w: &mut W,
        format: Format,
        columns: &[Column],
        picked: Vec<usize>,
    ) -> io::Result<SheetRows> {
        let columns: Vec<Column> = picked.iter().map(|&i| columns[i].clone()).collect();
        if format == Format::Csv {
            let keys: Vec<&str> = columns.iter().map(|c| c.key).collect();
            csv_record(w, &keys)?;
        }
        Ok(SheetRows {
            format,
            columns,
            picked,
            first: true,
        })
    }

    /// One row; a row shorter than the columns gives only its cells, as the whole sheet does.
    pub fn row<W: Write + ?Sized>(&mut self, w: &mut W, row: &[Value]) -> io::Result<()> {
        let cell = |i: usize| row.get(i).unwrap_or(&Value::Null);
        match self.format {
            Format::Csv => {
                let fields: Vec<String> = self
                    .columns
                    .iter()
                    .zip(&self.picked)
                    .filter(|(_, &i)| i < row.len())
                    .map(|(c, &i)| guard_formula(&csv_text(c.kind, cell(i))).into_owned())
                    .collect();
                csv_record(w, &fields)
            }
            _ => {
                let object: Map<String, Value> = self
                    .columns
                    .iter()
                    .zip(&self.picked)
                    .filter(|(_, &i)| i < row.len())
                    .map(|(c, &i)| (c.key.to_string(), cell(i).clone()))
                    .collect();
                let object = Value::Object(object);
                if self.format == Format::Ndjson {
                    serde_json::to_writer(&mut *w, &object).map_err(json_err)?;
                    return w.write_all(b"\n");
                }
                // An element of a pretty array: its lines indented by two spaces.
                w.write_all(if self.first { b"[\n" } else { b",\n" })?;
                self.first = false;
                let text = serde_json::to_string_pretty(&object).map_err(json_err)?;
                for (k, line) in text.split('\n').enumerate() {
                    if k > 0 {
                        w.write_all(b"\n")?;
                    }
                    w.write_all(b"  ")?;
                    w.write_all(line.as_bytes())?;
                }
                Ok(())
            }
        }
    }

    /// Ends the document.
    pub fn finish<W: Write + ?Sized>(self, w: &mut W) -> io::Result<()> {
        match self.format {
            Format::Json if self.first => w.write_all(b"[]\n"),
            Format::Json => w.write_all(b"\n]\n"),
            _ => Ok(()),
        }
    }
}

/// `rows` as the pretty JSON array of their objects (keyed by `columns`), as `serde_json` writes
/// it nested `depth` spaces deep: `[]` when empty, else each object on its own lines.
pub fn pretty_array<W: Write + ?Sized>(
    w: &mut W,
    columns: &[Column],
    rows: &[Vec<Value>],
    depth: usize,
) -> io::Result<()> {
    if rows.is_empty() {
        return w.write_all(b"[]");
    }
    let indent = " ".repeat(depth + 2);
    w.write_all(b"[")?;
    for (k, row) in rows.iter().enumerate() {
        w.write_all(if k == 0 { b"\n" } else { b",\n" })?;
        let object: Map<String, Value> = columns
            .iter()
            .zip(row)
            .map(|(c, v)| (c.key.to_string(), v.clone()))
            .collect();
        let text = serde_json::to_string_pretty(&Value::Object(object)).map_err(json_err)?;
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                w.write_all(b"\n")?;
            }
            w.write_all(indent.as_bytes())?;
            w.write_all(line.as_bytes())?;
        }
    }
    w.write_all(b"\n")?;
    w.write_all(" ".repeat(depth).as_bytes())?;
    w.write_all(b"]")
}

/// One CSV record as the csv crate writes it: a record of one empty field is `""` (else it
/// would be an empty line).
fn csv_record<W: Write + ?Sized, S: AsRef<str>>(w: &mut W, fields: &[S]) -> io::Result<()> {
    if let [only] = fields {
        if only.as_ref().is_empty() {
            return w.write_all(b"\"\"\n");
        }
    }
    for (i, f) in fields.iter().enumerate() {
        csv_field(w, i == 0, f.as_ref())?;
    }
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Zone;
    use crate::report::{col, data_col, Kind, Sheet};
    use serde_json::json;

    /// Row by row, the same text as the whole sheet (`sheet_text`), with and without a choice of
    /// columns.
    #[test]
    fn rows_written_one_at_a_time_match_the_whole_sheet() {
        let mut sheet = Sheet::list(
            "x",
            vec![
                col("name", "Name", Kind::Text),
                col("roles", "Roles", Kind::Names),
                data_col("n", Kind::Int),
                col("at", "At", Kind::Time),
                col("child", "Child", Kind::Bool),
            ],
        );
        let rows = [
            vec![
                json!("=cmd, \"quoted\"\nline"),
                json!(["A, B", "C"]),
                json!(3),
                json!("2026-03-02T08:00:00+07:00"),
                json!(true),
            ],
            vec![
                json!(null),
                json!([]),
                json!(-1.5),
                json!(null),
                json!(false),
            ],
        ];
        for n in [0, 1, 2] {
            sheet.rows = rows[..n].to_vec();
            for picks in [None, Some(vec!["n", "name"]), Some(vec!["at"])] {
                let mut s = sheet.clone();
                let picked: Vec<usize> = match &picks {
                    None => (0..s.columns.len()).collect(),
                    Some(keys) => {
                        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
                        let all: Vec<&str> = s.columns.iter().map(|c| c.key).collect();
                        let p = crate::report::pick_columns("x", &all, &keys).unwrap();
                        s.select(&keys).unwrap();
                        p
                    }
                };
                for format in [Format::Csv, Format::Json, Format::Ndjson] {
                    let want = super::super::sheet_text(&s, format, Zone::Wib, None).unwrap();
                    let mut out = Vec::new();
                    let mut w =
                        SheetRows::begin(&mut out, format, &sheet.columns, picked.clone()).unwrap();
                    for r in &sheet.rows {
                        w.row(&mut out, r).unwrap();
                    }
                    w.finish(&mut out).unwrap();
                    assert_eq!(
                        String::from_utf8(out).unwrap(),
                        want,
                        "{format:?} {picks:?} {n} rows"
                    );
                }
            }
        }
    }

    /// A report's rows written in place: the same text as `serde_json` writes the whole object.
    #[test]
    fn a_pretty_array_nested_in_an_object_matches_serde_json() {
        let columns = vec![col("a", "A", Kind::Text), col("l", "L", Kind::Names)];
        for rows in [
            vec![],
            vec![
                vec![json!("x\ny"), json!(["p", "q"])],
                vec![json!(null), json!([])],
            ],
        ] {
            let objects: Vec<Value> = rows
                .iter()
                .map(|r: &Vec<Value>| json!({"a": r[0], "l": r[1]}))
                .collect();
            let want =
                serde_json::to_string_pretty(&json!({"report": "x", "rows": objects})).unwrap();
            let mut out = b"{\n  \"report\": \"x\",\n  \"rows\": ".to_vec();
            pretty_array(&mut out, &columns, &rows, 2).unwrap();
            out.extend_from_slice(b"\n}");
            assert_eq!(String::from_utf8(out).unwrap(), want);
        }
    }
}
