//! SQLite's pre-update hook, called for every row an INSERT, UPDATE or DELETE changes on kasus's
//! connection, with the row's values, through SQLite's C interface (as `register::raw_rows`
//! reads an export's rows, and `register::bulk` sizes a connection's lookaside).
//! rusqlite wraps this hook only behind a feature that rebuilds SQLite's bindings with bindgen
//! (libclang at build time); the bindings libsqlite3-sys ships declare the hook's functions, and
//! `.cargo/config.toml` compiles SQLite with them (`SQLITE_ENABLE_PREUPDATE_HOOK`). Without that
//! flag the program does not link, so a build can never run without the hook.

use rusqlite::ffi;
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use std::ffi::{c_char, c_int, c_void, CStr};

/// What the hook reports for one row: its table (as SQLite names it) and its values, before
/// and after (read with [`Values::get`] while the hook runs).
pub enum Changed<'a> {
    Inserted(&'a str, Values),
    /// The row before and after the update.
    Updated(&'a str, Values, Values),
    Deleted(&'a str, Values),
}

/// A row's values as the hook sees them: new (inserted or updated) or old (deleted).
pub struct Values {
    db: *mut ffi::sqlite3,
    new: bool,
}

impl Values {
    /// How many columns the row has.
    pub fn len(&self) -> i32 {
        // SAFETY: called only inside the hook's callback, with the connection it was given.
        unsafe { ffi::sqlite3_preupdate_count(self.db) }
    }

    /// The value of column `i` (NULL when SQLite cannot give it).
    pub fn get(&self, i: i32) -> ValueRef<'_> {
        let mut v: *mut ffi::sqlite3_value = std::ptr::null_mut();
        // SAFETY: inside the callback; `i` is checked by SQLite (an error leaves `v` null).
        let rc = unsafe {
            if self.new {
                ffi::sqlite3_preupdate_new(self.db, i, &mut v)
            } else {
                ffi::sqlite3_preupdate_old(self.db, i, &mut v)
            }
        };
        if rc != ffi::SQLITE_OK || v.is_null() {
            return ValueRef::Null;
        }
        // SAFETY: `v` is valid until the callback returns; the slices borrow `self`, which
        // lives only inside the callback.
        unsafe { value_ref(v) }
    }
}

/// A `sqlite3_value` as a `ValueRef`, as rusqlite reads one.
unsafe fn value_ref<'a>(v: *mut ffi::sqlite3_value) -> ValueRef<'a> {
    match ffi::sqlite3_value_type(v) {
        ffi::SQLITE_INTEGER => ValueRef::Integer(ffi::sqlite3_value_int64(v)),
        ffi::SQLITE_FLOAT => ValueRef::Real(ffi::sqlite3_value_double(v)),
        ffi::SQLITE_TEXT => {
            // The bytes as stored (the register is UTF-8), read as a blob: `sqlite3_value_text`
            // would first copy a value unpacked from its record to add a terminating NUL, for
            // every text column of every row written.
            let p = ffi::sqlite3_value_blob(v) as *const u8;
            let n = ffi::sqlite3_value_bytes(v);
            if p.is_null() || n <= 0 {
                ValueRef::Text(&[])
            } else {
                ValueRef::Text(std::slice::from_raw_parts(p, n as usize))
            }
        }
        ffi::SQLITE_BLOB => {
            let p = ffi::sqlite3_value_blob(v) as *const u8;
            let n = ffi::sqlite3_value_bytes(v);
            if p.is_null() || n <= 0 {
                ValueRef::Blob(&[])
            } else {
                ValueRef::Blob(std::slice::from_raw_parts(p, n as usize))
            }
        }
        _ => ValueRef::Null,
    }
}

/// The function the hook calls (kasus writes from one thread: it may keep its state in
/// thread-locals).
pub type OnChange = fn(Changed);

/// Sets `on_change` as the connection's pre-update hook. The connection must outlive nothing:
/// the hook holds no pointer of its own, only the function.
pub fn install(conn: &Connection, on_change: OnChange) {
    // SAFETY: the handle is the connection's; the context is the function pointer itself,
    // which is 'static, so it stays valid for as long as SQLite may call the hook.
    unsafe {
        ffi::sqlite3_preupdate_hook(conn.handle(), Some(callback), on_change as *mut c_void);
    }
}

/// Takes the hook off the connection (see `HookOff`).
pub fn remove(conn: &Connection) {
    // SAFETY: the handle is the connection's; no callback, no context.
    unsafe {
        ffi::sqlite3_preupdate_hook(conn.handle(), None, std::ptr::null_mut());
    }
}

unsafe extern "C" fn callback(
    ctx: *mut c_void,
    db: *mut ffi::sqlite3,
    op: c_int,
    z_db: *const c_char,
    z_name: *const c_char,
    _key1: i64,
    _key2: i64,
) {
    // A panic must not cross into C: whatever happens here stays here.
    let _ = std::panic::catch_unwind(|| {
        if ctx.is_null() || z_db.is_null() || z_name.is_null() {
            return;
        }
        let (Ok(schema), Ok(table)) = (
            CStr::from_ptr(z_db).to_str(),
            CStr::from_ptr(z_name).to_str(),
        ) else {
            return;
        };
        if schema != "main" {
            return;
        }
        let on_change: OnChange = std::mem::transmute::<*mut c_void, OnChange>(ctx);
        match op {
            ffi::SQLITE_INSERT => on_change(Changed::Inserted(table, Values { db, new: true })),
            ffi::SQLITE_DELETE => on_change(Changed::Deleted(table, Values { db, new: false })),
            ffi::SQLITE_UPDATE => on_change(Changed::Updated(
                table,
                Values { db, new: false },
                Values { db, new: true },
            )),
            _ => {}
        }
    });
}
