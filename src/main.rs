//! kasus: the binary. Everything lives in the library; this turns its result into an exit code.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    #[cfg(not(feature = "sqlcipher"))]
    sqlite_memory::install();
    std::process::ExitCode::from(kasus::run())
}

/// SQLite allocates through mimalloc too, not the C library's malloc with a size header of
/// its own (SQLite's default): its 2,300 allocations and frees of opening a register and
/// preparing `case show`'s queries were 0.75M instructions. Not for SQLCipher's build,
/// which puts its own memory methods (zeroing freed memory) around SQLite's.
#[cfg(not(feature = "sqlcipher"))]
mod sqlite_memory {
    use rusqlite::ffi;
    use std::os::raw::{c_int, c_void};

    // mimalloc's own functions (the library the global allocator links).
    extern "C" {
        fn mi_malloc(size: usize) -> *mut c_void;
        fn mi_realloc(p: *mut c_void, size: usize) -> *mut c_void;
        fn mi_free(p: *mut c_void);
        fn mi_usable_size(p: *const c_void) -> usize;
    }

    unsafe extern "C" fn malloc(n: c_int) -> *mut c_void {
        mi_malloc(n.max(0) as usize)
    }
    unsafe extern "C" fn free(p: *mut c_void) {
        mi_free(p)
    }
    unsafe extern "C" fn realloc(p: *mut c_void, n: c_int) -> *mut c_void {
        mi_realloc(p, n.max(0) as usize)
    }
    unsafe extern "C" fn size(p: *mut c_void) -> c_int {
        if p.is_null() {
            return 0;
        }
        c_int::try_from(mi_usable_size(p)).unwrap_or(c_int::MAX)
    }
    unsafe extern "C" fn roundup(n: c_int) -> c_int {
        n.saturating_add(7) & !7
    }
    unsafe extern "C" fn init(_: *mut c_void) -> c_int {
        ffi::SQLITE_OK
    }
    unsafe extern "C" fn shutdown(_: *mut c_void) {}

    /// Before SQLite's first use (`sqlite3_config` is refused after it): SQLite copies the
    /// methods. Refused or not, SQLite works (with its default allocator then).
    pub fn install() {
        let methods = ffi::sqlite3_mem_methods {
            xMalloc: Some(malloc),
            xFree: Some(free),
            xRealloc: Some(realloc),
            xSize: Some(size),
            xRoundup: Some(roundup),
            xInit: Some(init),
            xShutdown: Some(shutdown),
            pAppData: std::ptr::null_mut(),
        };
        // SAFETY: called once, first thing in `main`, before any thread or SQLite call;
        // SQLite copies the struct; the functions keep SQLite's contract (a null or
        // 8-byte-aligned block of at least the size asked; free and size accept what they
        // returned; mimalloc's blocks are 16-byte aligned).
        unsafe {
            ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &methods as *const _);
        }
    }
}
