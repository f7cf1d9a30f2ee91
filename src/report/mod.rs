//! Report computation: rows and figures, apart from rendering. Each report builds a [`Sheet`]
//! (stable English column keys, a header for people, typed cells); `output::render_sheet` turns
//! it into a table, CSV or JSON, so that another renderer (the monthly HTML) is one more function.

pub mod build;
pub mod period;
pub mod simfoni;

use serde_json::Value;

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
}

impl Sheet {
    pub fn new(name: &'static str, columns: Vec<Column>) -> Sheet {
        Sheet {
            name,
            columns,
            ..Default::default()
        }
    }
}
