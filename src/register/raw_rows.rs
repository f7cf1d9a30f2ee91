//! A query's rows read through SQLite's C interface directly, for the one read that bounds a
//! large export (`kasus export steps`: 27 values a row, millions of rows). rusqlite reads a
//! value with four or five calls into SQLite (the column count to check the index, the type,
//! the text and its length), and each `sqlite3_column_*` call enters and leaves the
//! connection's mutex; here each value is taken once (`sqlite3_column_value`) and read with
//! the `sqlite3_value_*` calls, which take no mutex. The values are the same: this is only
//! how they are fetched (issue 19: `export steps` at 1,000,000 cases, the reader thread's time
//! was a quarter in these calls).
//!
//! Only for a connection used by one thread at a time (kasus opens its connections without
//! SQLite's mutex, `SQLITE_OPEN_NO_MUTEX`): SQLite calls the value `sqlite3_column_value`
//! returns "unprotected", safe to read on the thread that steps the statement, until the next
//! step.

use crate::error::Result;
use rusqlite::ffi;
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;
use std::ffi::{c_int, CStr};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A prepared statement with its arguments bound, stepped by [`RawRows::each`] and finalized
/// when dropped. It borrows its connection, so it cannot outlive it.
pub struct RawRows<'c> {
    stmt: NonNull<ffi::sqlite3_stmt>,
    db: *mut ffi::sqlite3,
    width: usize,
    _conn: PhantomData<&'c Connection>,
}

impl<'c> RawRows<'c> {
    /// Prepares `sql` on `conn` and binds `args` to `?1`, `?2`, …
    pub fn prepare(conn: &'c Connection, sql: &str, args: &[Value]) -> Result<RawRows<'c>> {
        // SAFETY: the handle is this open connection's, used on this thread while `conn` is
        // borrowed; `sql` is passed with its length (no NUL needed).
        let db = unsafe { conn.handle() };
        let mut raw: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
        let len = c_int::try_from(sql.len()).map_err(|_| too_long())?;
        let rc = unsafe {
            ffi::sqlite3_prepare_v2(db, sql.as_ptr().cast(), len, &mut raw, std::ptr::null_mut())
        };
        if rc != ffi::SQLITE_OK {
            return Err(failure(db, rc));
        }
        // An empty text prepares to no statement: nothing to read.
        let stmt = NonNull::new(raw).ok_or_else(|| failure(db, ffi::SQLITE_MISUSE))?;
        let rows = RawRows {
            stmt,
            db,
            // SAFETY: a statement just prepared.
            width: unsafe { ffi::sqlite3_column_count(stmt.as_ptr()) }.max(0) as usize,
            _conn: PhantomData,
        };
        for (i, v) in args.iter().enumerate() {
            rows.bind(i as c_int + 1, v)?;
        }
        Ok(rows)
    }

    fn bind(&self, at: c_int, v: &Value) -> Result<()> {
        let s = self.stmt.as_ptr();
        // SAFETY: the statement is prepared and not yet stepped; texts and blobs are copied by
        // SQLite (SQLITE_TRANSIENT) before the call returns.
        let rc = unsafe {
            match v {
                Value::Null => ffi::sqlite3_bind_null(s, at),
                Value::Integer(i) => ffi::sqlite3_bind_int64(s, at, *i),
                Value::Real(r) => ffi::sqlite3_bind_double(s, at, *r),
                Value::Text(t) => ffi::sqlite3_bind_text(
                    s,
                    at,
                    t.as_ptr().cast(),
                    c_int::try_from(t.len()).map_err(|_| too_long())?,
                    ffi::SQLITE_TRANSIENT(),
                ),
                Value::Blob(b) => ffi::sqlite3_bind_blob(
                    s,
                    at,
                    b.as_ptr().cast(),
                    c_int::try_from(b.len()).map_err(|_| too_long())?,
                    ffi::SQLITE_TRANSIENT(),
                ),
            }
        };
        if rc == ffi::SQLITE_OK {
            Ok(())
        } else {
            Err(failure(self.db, rc))
        }
    }

    /// Steps through every row, handing each row's values (one per column, in the query's
    /// order) to `f`; the values are SQLite's own memory, valid only during the call. Stops at
    /// the first error, `f`'s or SQLite's.
    pub fn each(self, mut f: impl FnMut(&[ValueRef<'_>]) -> Result<()>) -> Result<()> {
        let s = self.stmt.as_ptr();
        let mut buf: Vec<ValueRef<'_>> = Vec::with_capacity(self.width);
        loop {
            // SAFETY: the statement is prepared and bound; no value of the previous row is
            // held (buf was emptied before this step).
            match unsafe { ffi::sqlite3_step(s) } {
                ffi::SQLITE_ROW => {}
                ffi::SQLITE_DONE => return Ok(()),
                rc => return Err(failure(self.db, rc)),
            }
            for i in 0..self.width as c_int {
                // SAFETY: `i` is below the statement's column count; the value stays valid
                // until the next step, and `buf` is emptied before it.
                buf.push(unsafe { value(ffi::sqlite3_column_value(s, i)) });
            }
            f(&buf)?;
            buf.clear();
        }
    }
}

impl Drop for RawRows<'_> {
    fn drop(&mut self) {
        // SAFETY: the statement is this struct's own, finalized once here.
        unsafe {
            ffi::sqlite3_finalize(self.stmt.as_ptr());
        }
    }
}

/// One column's value as rusqlite's `ValueRef`, read as rusqlite reads it but for texts: their
/// bytes are taken as a blob's (`sqlite3_value_text` may first copy a value to end it with a
/// NUL, which nothing here needs).
///
/// SAFETY: `v` is a value of the current row; the slices returned must not outlive the next
/// step of its statement.
unsafe fn value<'a>(v: *mut ffi::sqlite3_value) -> ValueRef<'a> {
    let bytes = |v| {
        // Blob first, then its length, as SQLite asks.
        let p = ffi::sqlite3_value_blob(v) as *const u8;
        let n = ffi::sqlite3_value_bytes(v);
        if p.is_null() || n <= 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(p, n as usize)
        }
    };
    match ffi::sqlite3_value_type(v) {
        ffi::SQLITE_INTEGER => ValueRef::Integer(ffi::sqlite3_value_int64(v)),
        ffi::SQLITE_FLOAT => ValueRef::Real(ffi::sqlite3_value_double(v)),
        ffi::SQLITE_TEXT => ValueRef::Text(bytes(v)),
        ffi::SQLITE_BLOB => ValueRef::Blob(bytes(v)),
        _ => ValueRef::Null,
    }
}

/// SQLite's error for `rc` on `db`, as rusqlite words it.
fn failure(db: *mut ffi::sqlite3, rc: c_int) -> crate::error::Error {
    // SAFETY: `db` is an open connection; its message is copied before any other call.
    let (code, msg) = unsafe {
        let m = ffi::sqlite3_errmsg(db);
        let msg = (!m.is_null()).then(|| CStr::from_ptr(m).to_string_lossy().into_owned());
        (ffi::sqlite3_extended_errcode(db), msg)
    };
    let code = if code == ffi::SQLITE_OK { rc } else { code };
    rusqlite::Error::SqliteFailure(ffi::Error::new(code), msg).into()
}

fn too_long() -> crate::error::Error {
    rusqlite::Error::SqliteFailure(ffi::Error::new(ffi::SQLITE_TOOBIG), None).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE t(a INTEGER, b TEXT, c REAL, d BLOB, e TEXT);
             INSERT INTO t VALUES (1, 'satu', 1.5, x'00ff', NULL), (2, '', 0.0, x'', 'dua');",
        )
        .unwrap();
        c
    }

    /// Every row as rusqlite reads it, owned.
    fn by_rusqlite(c: &Connection, sql: &str, args: &[Value]) -> Vec<Vec<Value>> {
        let mut s = c.prepare(sql).unwrap();
        let n = s.column_count();
        let rows = s
            .query_map(rusqlite::params_from_iter(args), |r| {
                (0..n).map(|i| r.get::<_, Value>(i)).collect()
            })
            .unwrap();
        rows.map(|r| r.unwrap()).collect()
    }

    fn by_raw(c: &Connection, sql: &str, args: &[Value]) -> Vec<Vec<Value>> {
        let mut out = Vec::new();
        RawRows::prepare(c, sql, args)
            .unwrap()
            .each(|row| {
                out.push(row.iter().map(|v| Value::from(*v)).collect());
                Ok(())
            })
            .unwrap();
        out
    }

    #[test]
    fn every_kind_of_value_reads_as_rusqlite_reads_it() {
        let c = conn();
        let sql = "SELECT a, b, c, d, e, a + ?1, ?2, ?3, ?4 FROM t WHERE b <> ?5 OR 1 ORDER BY a";
        let args = [
            Value::Integer(40),
            Value::Text("tiga".into()),
            Value::Blob(vec![1, 2]),
            Value::Null,
            Value::Real(2.5),
        ];
        let want = by_rusqlite(&c, sql, &args);
        assert_eq!(want.len(), 2);
        assert_eq!(want[0][1], Value::Text("satu".into()));
        assert_eq!(want[1][3], Value::Blob(vec![]));
        assert_eq!(by_raw(&c, sql, &args), want);
    }

    #[test]
    fn no_rows_is_no_call_and_an_error_is_sqlites_own() {
        let c = conn();
        assert!(by_raw(&c, "SELECT a FROM t WHERE a > 9", &[]).is_empty());
        let e = RawRows::prepare(&c, "SELECT nope FROM t", &[])
            .err()
            .unwrap();
        assert!(e.to_string().contains("no such column"), "{e}");
        // An error while stepping stops the read, with SQLite's words.
        let r = RawRows::prepare(&c, "SELECT abs(-9223372036854775808)", &[]).unwrap();
        let e = r.each(|_| Ok(())).err().unwrap();
        assert!(e.to_string().contains("integer overflow"), "{e}");
        // f's error stops it too, after the first row.
        let mut seen = 0;
        let r = RawRows::prepare(&c, "SELECT a FROM t", &[]).unwrap();
        let e = r.each(|_| {
            seen += 1;
            Err(crate::error::Error::Other("stop".into()))
        });
        assert!(e.is_err());
        assert_eq!(seen, 1);
    }
}
