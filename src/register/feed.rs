//! Rows handed to SQLite a batch at a time (issue 19): an eponymous virtual table whose rows are
//! values the program holds, read by one `INSERT INTO t (...) SELECT ... FROM <feed>` a batch.
//! Writing a row with its own `INSERT ... VALUES` statement costs a bind of every value and a
//! step and reset of the statement, which opens a cursor on the table and on each of its indexes
//! again for every row; one `INSERT ... SELECT` opens them once for the whole batch. A bulk
//! intake of 100,000 cases took 2.52-2.60 s one statement a row, 2.08-2.16 s in batches through
//! feeds (README, Speed: what changed at `283e023`).
//!
//! A feed ([`Spec`]: its name, its width, its columns `c0`, `c1`, ..., and the statement that
//! reads it) is opened on a connection as a [`Batch`]; the program fills its [`Rows`] (the
//! values row after row, flat) and [`Batch::write`]s them: the statement reads them where they
//! are, and the buffer is emptied after it, its memory kept for the next batch. While the
//! statement runs, the values can be read on another thread too ([`Rows::view`],
//! [`Batch::write_keeping`]): a bulk intake hashes a batch's rows while SQLite writes them.

use rusqlite::ffi;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::vtab::{
    eponymous_only_module, Context, Filters, IndexInfo, VTab, VTabConnection, VTabCursor,
};
use rusqlite::{Connection, ToSql};
use std::cell::RefCell;
use std::ffi::{c_int, CStr};
use std::marker::PhantomData;
use std::rc::Rc;

/// One value of a feed: a text or blob is a range of the buffer's bytes.
#[derive(Clone, Copy)]
enum Slot {
    Null,
    Int(i64),
    Real(f64),
    Text(usize, usize),
    Blob(usize, usize),
}

/// A value's kind (its SQLite storage class).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Null,
    Int,
    Real,
    Text,
    Blob,
}

/// The values of a batch (row after row) and the bytes of its texts, one buffer for them all:
/// no allocation per value.
#[derive(Default)]
pub struct Buf {
    slots: Vec<Slot>,
    bytes: Vec<u8>,
}

impl Buf {
    fn clear(&mut self) {
        self.slots.clear();
        self.bytes.clear();
    }

    fn bytes(&mut self, b: &[u8]) -> (usize, usize) {
        let at = self.bytes.len();
        self.bytes.extend_from_slice(b);
        (at, b.len())
    }

    fn push(&mut self, v: ValueRef) {
        let slot = match v {
            ValueRef::Null => Slot::Null,
            ValueRef::Integer(i) => Slot::Int(i),
            ValueRef::Real(r) => Slot::Real(r),
            ValueRef::Text(t) => {
                let (at, n) = self.bytes(t);
                Slot::Text(at, n)
            }
            ValueRef::Blob(b) => {
                let (at, n) = self.bytes(b);
                Slot::Blob(at, n)
            }
        };
        self.slots.push(slot);
    }

    /// Appends the values `range` of `other` (their texts' and blobs' bytes lie together, in
    /// order, as they were pushed: one copy); None when `other` holds no such values.
    fn extend_from(&mut self, other: &Buf, range: std::ops::Range<usize>) -> Option<()> {
        let slots = other.slots.get(range)?;
        let span = |s: &Slot| match *s {
            Slot::Text(at, n) | Slot::Blob(at, n) => Some((at, n)),
            _ => None,
        };
        let (from, base) = (
            slots.iter().find_map(span).map_or(0, |s| s.0),
            self.bytes.len(),
        );
        if let Some((at, n)) = slots.iter().rev().find_map(span) {
            self.bytes.extend_from_slice(other.bytes.get(from..at + n)?);
        }
        let moved = |at: usize| at - from + base;
        self.slots.extend(slots.iter().map(|s| match *s {
            Slot::Text(at, n) => Slot::Text(moved(at), n),
            Slot::Blob(at, n) => Slot::Blob(moved(at), n),
            other => other,
        }));
        Some(())
    }

    /// Appends values as a statement would bind them (`params![...]`).
    fn push_params(&mut self, params: &[&dyn ToSql]) -> rusqlite::Result<()> {
        for p in params {
            match p.to_sql()? {
                ToSqlOutput::Borrowed(v) => self.push(v),
                ToSqlOutput::Owned(v) => self.push(ValueRef::from(&v)),
                _ => {
                    return Err(rusqlite::Error::ModuleError(
                        "a feed takes values, not blobs to fill or arrays".into(),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Whether `ok` holds for every value of its whole rows (`width` a row), given its position
    /// in its row and its kind (what [`Buf::each_row`] gives, without building the rows).
    pub fn all_kinds(&self, width: usize, mut ok: impl FnMut(usize, Kind) -> bool) -> bool {
        let whole = self.slots.len() / width.max(1) * width;
        let mut at = 0;
        self.slots[..whole].iter().all(|s| {
            let kind = match s {
                Slot::Null => Kind::Null,
                Slot::Int(_) => Kind::Int,
                Slot::Real(_) => Kind::Real,
                Slot::Text(..) => Kind::Text,
                Slot::Blob(..) => Kind::Blob,
            };
            let fits = ok(at, kind);
            at = if at + 1 == width { 0 } else { at + 1 };
            fits
        })
    }

    /// Calls `f` with each row's values (`width` a row), in order.
    pub fn each_row(&self, width: usize, mut f: impl FnMut(&[ValueRef<'_>])) {
        let mut row = Vec::with_capacity(width);
        for at in (0..self.slots.len() / width.max(1)).map(|r| r * width) {
            row.clear();
            row.extend((at..at + width).map(|i| self.get(i)));
            f(&row);
        }
    }

    fn get(&self, i: usize) -> ValueRef<'_> {
        match self.slots.get(i) {
            None | Some(Slot::Null) => ValueRef::Null,
            Some(Slot::Int(v)) => ValueRef::Integer(*v),
            Some(Slot::Real(v)) => ValueRef::Real(*v),
            Some(Slot::Text(at, n)) => ValueRef::Text(&self.bytes[*at..*at + *n]),
            Some(Slot::Blob(at, n)) => ValueRef::Blob(&self.bytes[*at..*at + *n]),
        }
    }
}

/// Values made ahead of the feed they go to (on another thread: `Values` is `Send`), in the
/// order they are pushed; [`Rows::extend`] appends a range of them to a feed's rows with one
/// copy of their bytes.
#[derive(Default)]
pub struct Values(Buf);

impl Values {
    /// Appends values as a statement would bind them (`params![...]`).
    pub fn push_params(&mut self, params: &[&dyn ToSql]) -> rusqlite::Result<()> {
        self.0.push_params(params)
    }

    /// Lets every value go, keeping the memory.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Makes room for `values` more values holding `bytes` more bytes of text.
    pub fn reserve(&mut self, values: usize, bytes: usize) {
        self.0.slots.reserve(values);
        self.0.bytes.reserve(bytes);
    }

    /// How many values it holds.
    pub(super) fn len(&self) -> usize {
        self.0.slots.len()
    }

    /// The text at `i`, if it is one.
    pub fn text(&self, i: usize) -> Option<&str> {
        match self.0.get(i) {
            ValueRef::Text(t) => std::str::from_utf8(t).ok(),
            _ => None,
        }
    }
}

/// A feed's values, row after row (as many per row as its width), shared by the program that
/// fills it and the table SQLite reads.
#[derive(Clone, Default)]
pub struct Rows(Rc<RefCell<Buf>>);

impl Rows {
    /// Appends one value (a row is `width` of them, in the feed's column order).
    pub fn push(&self, v: impl ToSql) -> rusqlite::Result<()> {
        self.push_params(&[&v])
    }

    /// Appends a row's values as a statement would bind them (`params![...]`: the list a
    /// single row's `INSERT ... VALUES` takes, so that both write the same values).
    pub fn push_params(&self, params: &[&dyn ToSql]) -> rusqlite::Result<()> {
        self.0.borrow_mut().push_params(params)
    }

    /// Appends the values `range` of `values` (made ahead: [`Values`]).
    pub fn extend(&self, values: &Values, range: std::ops::Range<usize>) -> rusqlite::Result<()> {
        self.0
            .borrow_mut()
            .extend_from(&values.0, range)
            .ok_or_else(|| rusqlite::Error::ModuleError("a feed's values out of range".into()))
    }

    /// The values held, to read (on any thread: `&Buf` is `Send`) until the guard is dropped;
    /// nothing can be pushed or cleared meanwhile.
    pub fn view(&self) -> std::cell::Ref<'_, Buf> {
        self.0.borrow()
    }

    /// How many values wait to be read.
    pub fn len(&self) -> usize {
        self.0.borrow().slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A feed: the virtual table's name, the table its rows go to, and the columns written, each
/// from a value of the feed's rows or a constant. Its statement (`INSERT OR <conflict> INTO
/// table (...) SELECT c0, c1, ... FROM <name>`) is made from them, so that what the statement
/// writes and what [`crate::register::rowhash`] expects it to store are read from one list.
pub struct Spec {
    pub name: &'static CStr,
    pub table: &'static str,
    /// SQLite's conflict clause: `FAIL`, `IGNORE`.
    pub conflict: &'static str,
    pub columns: &'static [(&'static str, Take)],
}

/// What a column written by a feed takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Take {
    /// The row's value at this position (`c0`, `c1`, ...).
    Col(usize),
    /// A constant (SQL text).
    Sql(&'static str),
}

impl Spec {
    /// How many values a row has.
    pub const fn width(&self) -> usize {
        let (mut width, mut i) = (0, 0);
        while i < self.columns.len() {
            if let Take::Col(at) = self.columns[i].1 {
                if at + 1 > width {
                    width = at + 1;
                }
            }
            i += 1;
        }
        width
    }

    /// The statement that writes a batch.
    pub fn insert(&self) -> String {
        let names: Vec<&str> = self.columns.iter().map(|(n, _)| *n).collect();
        let values: Vec<String> = self
            .columns
            .iter()
            .map(|(_, t)| match t {
                Take::Col(i) => format!("c{i}"),
                Take::Sql(s) => s.to_string(),
            })
            .collect();
        format!(
            "INSERT OR {} INTO {} ({}) SELECT {} FROM {}",
            self.conflict,
            self.table,
            names.join(", "),
            values.join(", "),
            self.name.to_str().unwrap_or_default()
        )
    }
}

/// A feed opened on a connection: its rows and the statement that writes them.
pub struct Batch<'c> {
    rows: Rows,
    insert: rusqlite::Statement<'c>,
}

impl<'c> Batch<'c> {
    /// Registers the feed on `conn` and prepares its statement.
    pub fn open(conn: &'c Connection, spec: &Spec) -> rusqlite::Result<Batch<'c>> {
        Ok(Batch {
            rows: register(conn, spec.name, spec.width())?,
            insert: conn.prepare(&spec.insert())?,
        })
    }

    /// The rows to fill.
    pub fn rows(&self) -> &Rows {
        &self.rows
    }

    /// Writes the rows held by the feed's statement, and lets them go (even when it fails).
    pub fn write(&mut self) -> rusqlite::Result<usize> {
        let wrote = self.write_keeping();
        self.clear();
        wrote
    }

    /// Writes the rows held by the feed's statement and keeps them, for a [`Rows::view`] taken
    /// before to go on reading them; [`Batch::clear`] lets them go.
    pub fn write_keeping(&mut self) -> rusqlite::Result<usize> {
        if self.rows.is_empty() {
            return Ok(0);
        }
        self.insert.execute([])
    }

    /// Lets the rows held go, keeping the buffer's memory.
    pub fn clear(&mut self) {
        self.rows.0.borrow_mut().clear();
    }
}

/// Registers the feed `name` with `width` columns on `conn` (replacing any feed of that name:
/// statements prepared before read the new one's rows once prepared again); returns its rows.
fn register(conn: &Connection, name: &'static CStr, width: usize) -> rusqlite::Result<Rows> {
    let rows = Rows::default();
    conn.create_module(
        name,
        eponymous_only_module::<Feed>(),
        Some((width, rows.clone())),
    )?;
    Ok(rows)
}

#[repr(C)]
struct Feed {
    /// SQLite's part; must be first.
    base: ffi::sqlite3_vtab,
    width: usize,
    rows: Rows,
}

unsafe impl<'vtab> VTab<'vtab> for Feed {
    type Aux = (usize, Rows);
    type Cursor = Cursor<'vtab>;

    fn connect(
        _: &mut VTabConnection,
        aux: Option<&(usize, Rows)>,
        _args: &[&[u8]],
    ) -> rusqlite::Result<(String, Self)> {
        let Some((width, rows)) = aux else {
            return Err(rusqlite::Error::ModuleError("a feed needs its rows".into()));
        };
        let cols: Vec<String> = (0..*width).map(|i| format!("c{i}")).collect();
        Ok((
            format!("CREATE TABLE x({})", cols.join(", ")),
            Feed {
                base: ffi::sqlite3_vtab::default(),
                width: *width,
                rows: rows.clone(),
            },
        ))
    }

    fn best_index(&self, info: &mut IndexInfo) -> rusqlite::Result<()> {
        // Read in full, in order: there is no other way to read it.
        info.set_estimated_cost(1.0);
        Ok(())
    }

    fn open(&mut self) -> rusqlite::Result<Cursor<'_>> {
        Ok(Cursor {
            base: ffi::sqlite3_vtab_cursor::default(),
            width: self.width,
            rows: self.rows.clone(),
            at: 0,
            phantom: PhantomData,
        })
    }
}

/// Reads the rows where they are: the program pushes none while a statement runs (it runs
/// inside [`Batch::write`]), and another thread may be reading them too.
#[repr(C)]
struct Cursor<'vtab> {
    /// SQLite's part; must be first.
    base: ffi::sqlite3_vtab_cursor,
    width: usize,
    rows: Rows,
    /// The first value of the current row.
    at: usize,
    phantom: PhantomData<&'vtab Feed>,
}

unsafe impl VTabCursor for Cursor<'_> {
    fn filter(&mut self, _: c_int, _: Option<&str>, _: &Filters<'_>) -> rusqlite::Result<()> {
        self.at = 0;
        Ok(())
    }

    fn next(&mut self) -> rusqlite::Result<()> {
        self.at += self.width;
        Ok(())
    }

    fn eof(&self) -> bool {
        self.width == 0 || self.at + self.width > self.rows.len()
    }

    fn column(&self, ctx: &mut Context, i: c_int) -> rusqlite::Result<()> {
        let buf = self.rows.0.borrow();
        let v = match usize::try_from(i).ok().filter(|&i| i < self.width) {
            Some(i) => buf.get(self.at + i),
            None => ValueRef::Null,
        };
        ctx.set_result(&ToSqlOutput::Borrowed(v))
    }

    fn rowid(&self) -> rusqlite::Result<i64> {
        Ok((self.at / self.width.max(1)) as i64 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::{register, Batch, Buf, Spec, Take::Col};
    use rusqlite::Connection;

    const T: Spec = Spec {
        name: c"feed_t",
        table: "t",
        conflict: "FAIL",
        columns: &[("a", Col(0)), ("b", Col(1))],
    };

    /// A connection with table `t`, which [`T`] writes.
    fn table_t() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)")
            .unwrap();
        c
    }

    #[test]
    fn a_batch_is_inserted_in_order_and_let_go() {
        let c = table_t();
        let mut batch = Batch::open(&c, &T).unwrap();
        for (a, b) in [("x", 1), ("y", 2), ("z", 3)] {
            batch.rows().push(a.to_string()).unwrap();
            batch.rows().push(b).unwrap();
        }
        batch.rows().push(rusqlite::types::Value::Null).unwrap();
        batch.rows().push(4).unwrap();
        assert_eq!(batch.write().unwrap(), 4);
        assert!(batch.rows().is_empty());
        // Nothing left: writing again inserts nothing.
        assert_eq!(batch.write().unwrap(), 0);
        batch.rows().push("w").unwrap();
        batch.rows().push(5).unwrap();
        assert_eq!(batch.write().unwrap(), 1);
        let got: Vec<(i64, Option<String>, i64)> = c
            .prepare("SELECT id, a, b FROM t ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            got,
            vec![
                (1, Some("x".into()), 1),
                (2, Some("y".into()), 2),
                (3, Some("z".into()), 3),
                (4, None, 4),
                (5, Some("w".into()), 5),
            ]
        );
    }

    /// While the statement reads the rows, another thread reads them too (as a bulk intake
    /// hashes a batch while SQLite writes it); they are let go only by `clear`.
    #[test]
    fn the_rows_can_be_read_on_another_thread_while_written() {
        let c = table_t();
        let mut batch = Batch::open(&c, &T).unwrap();
        for i in 0..1000 {
            batch.rows().push(format!("row {i}")).unwrap();
            batch.rows().push(i).unwrap();
        }
        let rows = batch.rows().clone();
        let (wrote, seen) = {
            let view = rows.view();
            let buf: &Buf = &view;
            std::thread::scope(|s| {
                let reader = s.spawn(move || {
                    let mut n = 0i64;
                    buf.each_row(2, |r| n += r[1].as_i64().unwrap());
                    n
                });
                let wrote = batch.write_keeping().unwrap();
                (wrote, reader.join().unwrap())
            })
        };
        assert_eq!((wrote, seen), (1000, (0..1000).sum()));
        assert_eq!(rows.len(), 2000, "kept until cleared");
        batch.clear();
        assert!(rows.is_empty());
        let n: i64 = c
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1000);
    }

    #[test]
    fn every_kind_of_value_comes_back_as_pushed() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (a, b, c, d, e)").unwrap();
        let rows = register(&c, c"feed_t", 5).unwrap();
        rows.push("").unwrap();
        rows.push(-0.5f64).unwrap();
        rows.push(vec![0u8, 1, 255]).unwrap();
        rows.push(Option::<String>::None).unwrap();
        rows.push("é\u{0}x").unwrap();
        c.execute("INSERT INTO t SELECT * FROM feed_t", []).unwrap();
        let got = c
            .query_row(
                "SELECT typeof(a), a, b, hex(c), typeof(d), e FROM t",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, f64>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .unwrap();
        assert_eq!(
            got,
            (
                "text".into(),
                String::new(),
                -0.5,
                "0001FF".into(),
                "null".into(),
                "é\u{0}x".into()
            )
        );
    }

    /// Values made ahead and appended in ranges come back as if pushed one by one.
    #[test]
    fn values_made_ahead_are_appended_by_range() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (a, b, c)").unwrap();
        let rows = register(&c, c"feed_t", 3).unwrap();
        let mut ahead = super::Values::default();
        ahead
            .push_params(rusqlite::params![
                "x",
                1,
                vec![7u8],
                "yz",
                Option::<i64>::None
            ])
            .unwrap();
        assert_eq!(
            (ahead.len(), ahead.text(3), ahead.text(1)),
            (5, Some("yz"), None)
        );
        rows.push("first").unwrap();
        rows.extend(&ahead, 0..2).unwrap();
        rows.extend(&ahead, 2..5).unwrap();
        rows.push("last").unwrap();
        rows.extend(&ahead, 1..2).unwrap();
        rows.extend(&ahead, 3..4).unwrap();
        assert!(rows.extend(&ahead, 4..6).is_err(), "out of range");
        c.execute("INSERT INTO t SELECT * FROM feed_t", []).unwrap();
        let got: Vec<String> = c
            .prepare("SELECT quote(a) || ' ' || quote(b) || ' ' || quote(c) FROM t ORDER BY rowid")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(got, ["'first' 'x' 1", "X'07' 'yz' NULL", "'last' 1 'yz'"]);
    }

    /// Each value's position in its row and kind, whole rows only, and the first misfit stops it.
    #[test]
    fn the_kinds_of_whole_rows_are_told_by_position() {
        use super::Kind::{Blob, Int, Null, Real, Text};
        let c = Connection::open_in_memory().unwrap();
        let rows = register(&c, c"feed_t", 3).unwrap();
        rows.push_params(rusqlite::params![
            "a",
            1,
            0.5,
            vec![1u8],
            Option::<i64>::None,
            "b",
            7
        ])
        .unwrap();
        let mut seen = Vec::new();
        assert!(rows.view().all_kinds(3, |i, k| {
            seen.push((i, k));
            true
        }));
        assert_eq!(
            seen,
            [
                (0, Text),
                (1, Int),
                (2, Real),
                (0, Blob),
                (1, Null),
                (2, Text)
            ]
        );
        let mut asked = 0;
        assert!(!rows.view().all_kinds(3, |_, k| {
            asked += 1;
            k != Int
        }));
        assert_eq!(asked, 2);
    }

    #[test]
    fn a_partial_row_is_not_read() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t (a, b)").unwrap();
        let rows = register(&c, c"feed_t", 2).unwrap();
        rows.push(1).unwrap();
        rows.push(2).unwrap();
        rows.push(3).unwrap();
        let n = c.execute("INSERT INTO t SELECT * FROM feed_t", []).unwrap();
        assert_eq!(n, 1);
    }
}
