//! Row hashes of rows written through a feed (`register::feed`), from the values fed instead of
//! from SQLite's pre-update hook (issue 19). The hook reads each new row back from SQLite, value
//! by value, through the C interface: about a tenth of a bulk intake's time. A feed's values are
//! already in hand, and when they tell exactly what SQLite stores, the row's hash can be made
//! from them: every column in the table's order, each either a value fed (stored as it is when
//! its type is the one the column's affinity keeps) or a constant default.
//!
//! Whenever that cannot be told for sure (a column the feed leaves to a default that is not a
//! constant, a column written from SQL, a generated column, a trigger on the table's inserts, a
//! value SQLite would convert), [`Fed::of`] or [`Fed::keeps`] says so and the writer keeps the
//! hook for that batch. Debug builds (every test) run the hook as well and check that both give
//! the same rows and hashes.

use super::{columns, key_at, key_of, row_hash, Touch, TABLES};
use crate::error::Result;
use crate::register::feed::{Buf, Kind, Spec, Take};
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// How a table stores a feed's rows.
pub struct Fed {
    table: &'static str,
    width: usize,
    /// The key's columns, by position in the table.
    key: Vec<i32>,
    /// Each of the table's columns, in its order.
    cols: Vec<Source>,
    /// Each fed position's affinities (those of the columns it is stored in).
    at: Vec<Vec<Affinity>>,
}

/// What a column of a stored row holds.
enum Source {
    /// The fed value at this position, which the column's affinity must keep as it is.
    Fed(usize, Affinity),
    /// A constant: the column's default.
    Null,
    Int(i64),
    Text(String),
}

/// A column's type affinity (SQLite's rules, from its declared type).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Affinity {
    Integer,
    Text,
    Blob,
    Real,
    Numeric,
}

impl Affinity {
    fn of(declared: &str) -> Affinity {
        let t = declared.to_ascii_uppercase();
        if t.contains("INT") {
            Affinity::Integer
        } else if ["CHAR", "CLOB", "TEXT"].iter().any(|w| t.contains(w)) {
            Affinity::Text
        } else if t.contains("BLOB") || t.is_empty() {
            Affinity::Blob
        } else if ["REAL", "FLOA", "DOUB"].iter().any(|w| t.contains(w)) {
            Affinity::Real
        } else {
            Affinity::Numeric
        }
    }

    /// Whether a value of this kind is stored as it is (no conversion).
    fn keeps(self, v: Kind) -> bool {
        match v {
            Kind::Null | Kind::Blob => true,
            Kind::Int => matches!(self, Affinity::Integer | Affinity::Numeric | Affinity::Blob),
            Kind::Real => matches!(self, Affinity::Real | Affinity::Blob),
            Kind::Text => matches!(self, Affinity::Text | Affinity::Blob),
        }
    }
}

/// A column default as `PRAGMA table_info` gives it, if it is a constant whose stored value is
/// certain under the column's affinity.
fn constant(default: Option<&str>, affinity: Affinity) -> Option<Source> {
    let Some(d) = default.map(str::trim) else {
        return Some(Source::Null);
    };
    if d.eq_ignore_ascii_case("NULL") {
        return Some(Source::Null);
    }
    if let Some(inner) = d.strip_prefix('\'').and_then(|d| d.strip_suffix('\'')) {
        return (affinity == Affinity::Text || affinity == Affinity::Blob)
            .then(|| Source::Text(inner.replace("''", "'")));
    }
    match d.parse::<i64>() {
        Ok(i) if matches!(affinity, Affinity::Integer | Affinity::Numeric) => Some(Source::Int(i)),
        _ => None,
    }
}

/// Whether a trigger fires on inserts into `table` (it could change what is stored).
fn insert_trigger(conn: &Connection, table: &str) -> Result<bool> {
    let mut stmt = conn.prepare(
        "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ?1
         UNION ALL
         SELECT sql FROM temp.sqlite_master WHERE type = 'trigger' AND tbl_name = ?1",
    )?;
    let sqls = stmt
        .query_map([table], |r| r.get::<_, Option<String>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(sqls.iter().any(|sql| {
        // The words before the body: `CREATE TRIGGER name [BEFORE|AFTER] INSERT ON table`.
        let head = sql.as_deref().unwrap_or("INSERT ON").to_ascii_uppercase();
        let words: Vec<&str> = head
            .split_whitespace()
            .take_while(|w| *w != "BEGIN")
            .collect();
        words.windows(2).any(|w| w == ["INSERT", "ON"]) || words.len() < 4
    }))
}

impl Fed {
    /// How `spec`'s table stores its rows, or `None` when that cannot be told from the values
    /// alone (see the module).
    pub fn of(conn: &Connection, spec: &Spec) -> Result<Option<Fed>> {
        let Some(t) = TABLES.iter().find(|t| t.name == spec.table) else {
            return Ok(None);
        };
        if insert_trigger(conn, t.name)? {
            return Ok(None);
        }
        // Every column, hidden ones (generated) included: one is reason enough to keep the hook.
        let mut stmt = conn.prepare(&format!("PRAGMA main.table_xinfo({})", t.name))?;
        let info = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, i64>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut cols = Vec::with_capacity(info.len());
        for (name, declared, default, hidden) in &info {
            let affinity = Affinity::of(declared);
            let source = match spec.columns.iter().find(|(n, _)| n == name) {
                _ if *hidden != 0 => None,
                Some((_, Take::Col(i))) => Some(Source::Fed(*i, affinity)),
                Some((_, Take::Sql(_))) => None,
                None => constant(default.as_deref(), affinity),
            };
            match source {
                Some(s) => cols.push(s),
                None => return Ok(None),
            }
        }
        let names = columns(conn, t.name)?;
        let mut at = vec![Vec::new(); spec.width()];
        for c in &cols {
            if let Source::Fed(i, affinity) = c {
                at[*i].push(*affinity);
            }
        }
        Ok(Some(Fed {
            table: t.name,
            at,
            width: spec.width(),
            key: key_at(t, &names),
            cols,
        }))
    }

    /// Whether every value held would be stored as fed (then [`Fed::hashes`] tells the rows).
    pub fn keeps(&self, rows: &Buf) -> bool {
        rows.all_kinds(self.width, |i, kind| {
            self.at[i].iter().all(|affinity| affinity.keeps(kind))
        })
    }

    /// Appends each held row's change (its key and hash, as the hook would record its insert)
    /// to `out`, for rows whose values [`Fed::keeps`]. Reads
    /// only `rows` and `self`: it can run on another thread while SQLite writes the batch.
    pub fn hashes(&self, rows: &Buf, out: &mut Vec<Touch>) {
        rows.each_row(self.width, |fed| {
            // Column `i` of the stored row.
            let value = |i: usize| match &self.cols[i] {
                Source::Fed(at, _) => fed.get(*at).copied().unwrap_or(ValueRef::Null),
                Source::Null => ValueRef::Null,
                Source::Int(v) => ValueRef::Integer(*v),
                Source::Text(t) => ValueRef::Text(t.as_bytes()),
            };
            if let Some(k) = key_of(&self.key, |i| value(i as usize)) {
                let hash = row_hash(self.table, (0..self.cols.len()).map(value));
                out.push((self.table, k, Some(hash), None));
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::feed::Rows;
    use crate::register::feed::Take::{Col, Sql};

    /// [`Fed::keeps`], then [`Fed::hashes`] when it does, as the bulk writer asks them.
    fn touches(fed: &Fed, rows: &Rows, out: &mut Vec<Touch>) -> bool {
        let view = rows.view();
        fed.keeps(&view) && {
            fed.hashes(&view, out);
            true
        }
    }

    fn conn() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE cases (id INTEGER PRIMARY KEY, number TEXT NOT NULL, n INTEGER,
                 status TEXT NOT NULL DEFAULT 'open', note TEXT, year INTEGER DEFAULT 2026);
             CREATE TABLE case_violence (case_id INTEGER NOT NULL, type TEXT NOT NULL,
                 PRIMARY KEY (case_id, type));",
        )
        .unwrap();
        c
    }

    const CASES: Spec = Spec {
        name: c"test_feed_cases",
        table: "cases",
        conflict: "FAIL",
        columns: &[("id", Col(0)), ("number", Col(1)), ("n", Col(2))],
    };

    /// The hashes from the values are those of the rows SQLite stored (as `kasus_row` hashes
    /// them, which is how verification reads the register).
    #[test]
    fn the_hashes_from_the_values_are_the_stored_rows_hashes() {
        let c = conn();
        super::super::install_hash(&c).unwrap();
        let fed = Fed::of(&c, &CASES).unwrap().expect("constant defaults");
        let mut batch = crate::register::feed::Batch::open(&c, &CASES).unwrap();
        for (id, number, n) in [(1, "PPA/2026/0001", Some(5)), (2, "x'y", None)] {
            batch.rows().push(id).unwrap();
            batch.rows().push(number).unwrap();
            batch.rows().push(n).unwrap();
        }
        let mut out = Vec::new();
        assert!(touches(&fed, batch.rows(), &mut out));
        assert_eq!(batch.write().unwrap(), 2);
        let stored: Vec<(i64, Vec<u8>)> = c
            .prepare(
                "SELECT id, kasus_row('cases', id, number, n, status, note, year)
                 FROM cases ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(out.len(), 2);
        for ((table, key, after, before), (id, hash)) in out.iter().zip(&stored) {
            assert_eq!(*table, "cases");
            assert_eq!(*key, super::super::Key::Int(*id));
            assert_eq!(after.map(|h| h.to_vec()), Some(hash.clone()));
            assert!(before.is_none());
        }
    }

    #[test]
    fn a_composite_key_is_its_parts_joined() {
        let c = conn();
        let spec = Spec {
            name: c"test_feed_violence",
            table: "case_violence",
            conflict: "IGNORE",
            columns: &[("case_id", Col(0)), ("type", Col(1))],
        };
        let fed = Fed::of(&c, &spec).unwrap().unwrap();
        let batch = crate::register::feed::Batch::open(&c, &spec).unwrap();
        batch.rows().push(12).unwrap();
        batch.rows().push("fisik").unwrap();
        let mut out = Vec::new();
        assert!(touches(&fed, batch.rows(), &mut out));
        assert_eq!(out[0].1, super::super::Key::Text("12/fisik".into()));
    }

    /// A value SQLite would convert (text into an INTEGER column, an integer into a TEXT one)
    /// is not hashed as fed: the batch keeps the hook.
    #[test]
    fn a_value_the_column_converts_is_refused() {
        for bad in [
            [&1 as &dyn rusqlite::ToSql, &"n", &"7"],
            [&1 as &dyn rusqlite::ToSql, &42, &7],
            [&1 as &dyn rusqlite::ToSql, &"n", &7.5],
        ] {
            let c = conn();
            let fed = Fed::of(&c, &CASES).unwrap().unwrap();
            let batch = crate::register::feed::Batch::open(&c, &CASES).unwrap();
            batch.rows().push_params(&[&2, &"ok", &3]).unwrap();
            batch.rows().push_params(&bad).unwrap();
            let mut out = vec![("cases", super::super::Key::Int(0), None, None)];
            assert!(!touches(&fed, batch.rows(), &mut out));
            assert_eq!(out.len(), 1, "left as it was");
        }
    }

    /// A default that is not a constant, a column written from SQL, a trigger on inserts, a
    /// generated column: the stored row is not told by the values.
    #[test]
    fn what_the_values_cannot_tell_keeps_the_hook() {
        let c = conn();
        c.execute_batch("ALTER TABLE cases ADD COLUMN at TEXT DEFAULT (datetime('now'))")
            .unwrap();
        assert!(Fed::of(&c, &CASES).unwrap().is_none(), "a default computed");
        let c = conn();
        let from_sql = Spec {
            columns: &[("id", Col(0)), ("number", Sql("'x'")), ("n", Col(1))],
            ..CASES
        };
        assert!(
            Fed::of(&c, &from_sql).unwrap().is_none(),
            "a column from SQL"
        );
        c.execute_batch("CREATE TRIGGER t AFTER INSERT ON cases BEGIN UPDATE cases SET n = 1; END")
            .unwrap();
        assert!(
            Fed::of(&c, &CASES).unwrap().is_none(),
            "a trigger on inserts"
        );
        let c = conn();
        c.execute_batch("CREATE TRIGGER t AFTER UPDATE OF status ON cases BEGIN SELECT 1; END")
            .unwrap();
        assert!(Fed::of(&c, &CASES).unwrap().is_some(), "an update trigger");
        c.execute_batch("ALTER TABLE cases ADD COLUMN g INTEGER AS (n + 1)")
            .unwrap();
        assert!(Fed::of(&c, &CASES).unwrap().is_none(), "a generated column");
    }

    #[test]
    fn affinities_and_constants() {
        assert_eq!(Affinity::of("INTEGER"), Affinity::Integer);
        assert_eq!(Affinity::of("varchar(10)"), Affinity::Text);
        assert_eq!(Affinity::of(""), Affinity::Blob);
        assert_eq!(Affinity::of("DOUBLE"), Affinity::Real);
        assert_eq!(Affinity::of("DECIMAL"), Affinity::Numeric);
        assert!(
            matches!(constant(Some("'it''s'"), Affinity::Text), Some(Source::Text(t)) if t == "it's")
        );
        assert!(matches!(
            constant(Some("0"), Affinity::Integer),
            Some(Source::Int(0))
        ));
        assert!(matches!(
            constant(None, Affinity::Integer),
            Some(Source::Null)
        ));
        assert!(constant(Some("'5'"), Affinity::Integer).is_none());
        assert!(constant(Some("0"), Affinity::Text).is_none());
        assert!(constant(Some("CURRENT_TIMESTAMP"), Affinity::Text).is_none());
    }
}
