//! SQLite's memory, for the binary: SQLite allocates through mimalloc too, not the C library's
//! malloc with a size header of its own (SQLite's default): its 2,300 allocations and frees of
//! opening a register and preparing `case show`'s queries were 0.75M instructions. Not for
//! SQLCipher's build, which puts its own memory methods (zeroing freed memory) around SQLite's.
//!
//! Except the page cache's lines ([`lines`]): each is a page and SQLite's few hundred bytes of
//! headers (16,384 + about 300 bytes for a register's 16 KiB pages), a size just past one of
//! mimalloc's size classes, which then gives it 20 KiB: a fifth of the cache's memory unused
//! (a bulk intake's 24 MiB cache took 30 MB; with lines of their own size, 25 MB: intake of
//! 1,000,000 cases peaked at 50 MB instead of 55).

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
    let n = n.max(0) as usize;
    if lines::is_line(n) {
        let p = lines::alloc(n);
        if !p.is_null() {
            return p.cast();
        }
    }
    mi_malloc(n)
}

unsafe extern "C" fn free(p: *mut c_void) {
    if lines::owns(p.cast()) {
        lines::free(p.cast())
    } else {
        mi_free(p)
    }
}

unsafe extern "C" fn realloc(p: *mut c_void, n: c_int) -> *mut c_void {
    if !lines::owns(p.cast()) {
        return mi_realloc(p, n.max(0) as usize);
    }
    // A line grown (SQLite does not, but its contract allows it): moved, as realloc would.
    let have = lines::size(p.cast());
    let want = n.max(0) as usize;
    if want <= have {
        return p;
    }
    let q = malloc(n);
    if !q.is_null() {
        std::ptr::copy_nonoverlapping(p.cast::<u8>(), q.cast::<u8>(), have);
        lines::free(p.cast());
    }
    q
}

unsafe extern "C" fn size(p: *mut c_void) -> c_int {
    if p.is_null() {
        return 0;
    }
    let n = if lines::owns(p.cast()) {
        lines::size(p.cast())
    } else {
        mi_usable_size(p)
    };
    c_int::try_from(n).unwrap_or(c_int::MAX)
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
    // SAFETY: called once, first thing in `main`, before any thread or SQLite call; SQLite
    // copies the struct; the functions keep SQLite's contract (a null or 8-byte-aligned block
    // of at least the size asked; free and size accept what they returned; mimalloc's blocks
    // and the lines are 16-byte aligned).
    unsafe {
        ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &methods as *const _);
    }
}

/// The page cache's lines, each exactly its size (rounded to 16 bytes), one after another in
/// one range of address space reserved at the first (virtual: memory is used as lines are
/// handed out, never more than SQLite's caches hold at their fullest), with a free list per
/// size. A line freed is kept for the next of its size (the caches of one command fill, then
/// the process ends), never handed back. Whether a block is a line is one comparison with the
/// range, with no lock: SQLite frees far more other blocks than lines.
mod lines {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    /// The range reserved: the caches of every connection together (kasus's largest, a bulk
    /// write's, is 32 MiB); past it, lines come from mimalloc as other blocks do.
    const RESERVE: usize = 256 << 20;
    /// Each line's header: its size (so that a free finds its list).
    const HEADER: usize = 16;

    /// A page (a power of two, 4 KiB or more) and at most 1 KiB of SQLite's headers.
    pub fn is_line(n: usize) -> bool {
        let page = n.next_power_of_two() / 2;
        page >= 4096 && n - page <= 1024
    }

    struct State {
        /// Where the range begins (0: not reserved yet; 1: it could not be).
        base: usize,
        /// The first byte not handed out yet.
        next: usize,
        /// Each size's free lines: the size and the first line (its first word the next).
        free: Vec<(usize, usize)>,
    }

    static STATE: Mutex<State> = Mutex::new(State {
        base: 0,
        next: 0,
        free: Vec::new(),
    });
    /// [`State::base`] once reserved, for [`owns`].
    static BASE: AtomicUsize = AtomicUsize::new(0);

    /// A line of at least `n` bytes, 16-byte aligned, or null (the range could not be
    /// reserved, or is full).
    pub fn alloc(n: usize) -> *mut u8 {
        let size = (n + 15) & !15;
        let mut s = STATE.lock().unwrap_or_else(|e| e.into_inner());
        if s.base == 0 {
            s.base = reserve().unwrap_or(1);
            s.next = s.base;
            if s.base != 1 {
                BASE.store(s.base, Ordering::Release);
            }
        }
        if s.base == 1 {
            return std::ptr::null_mut();
        }
        if let Some(list) = s.free.iter_mut().find(|(sz, _)| *sz == size) {
            if list.1 != 0 {
                let line = list.1 as *mut u8;
                // SAFETY: a line on the list is free and ours; its first word is the next.
                list.1 = unsafe { line.cast::<usize>().read() };
                return line;
            }
        }
        if s.next + HEADER + size > s.base + RESERVE {
            return std::ptr::null_mut();
        }
        let at = s.next;
        s.next += HEADER + size;
        // SAFETY: `at` is in the reserved range, not handed out before; 16-byte aligned.
        unsafe { (at as *mut usize).write(size) };
        (at + HEADER) as *mut u8
    }

    /// Whether `p` is a line (handed out by [`alloc`]).
    pub fn owns(p: *const u8) -> bool {
        let base = BASE.load(Ordering::Acquire);
        let p = p as usize;
        base != 0 && p >= base && p < base + RESERVE
    }

    /// A line's size.
    pub fn size(p: *const u8) -> usize {
        // SAFETY: `p` is a line (the caller asked `owns`): its header precedes it.
        unsafe { ((p as usize - HEADER) as *const usize).read() }
    }

    /// Puts a line back on its size's list.
    pub fn free(p: *mut u8) {
        let size = size(p);
        let mut s = STATE.lock().unwrap_or_else(|e| e.into_inner());
        let head = match s.free.iter_mut().find(|(sz, _)| *sz == size) {
            Some(list) => &mut list.1,
            None => {
                s.free.push((size, 0));
                &mut s.free.last_mut().expect("just pushed").1
            }
        };
        // SAFETY: the line is ours and no longer used by SQLite: its first word holds the next.
        unsafe { p.cast::<usize>().write(*head) };
        *head = p as usize;
    }

    /// The range, reserved without memory behind it (no swap counted either), and not in
    /// huge pages (each would count 2 MiB at its first byte touched).
    fn reserve() -> Option<usize> {
        // SAFETY: a new anonymous private mapping; nothing else refers to it.
        unsafe {
            let p = libc::mmap(
                std::ptr::null_mut(),
                RESERVE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            );
            if p == libc::MAP_FAILED {
                return None;
            }
            libc::madvise(p, RESERVE, libc::MADV_NOHUGEPAGE);
            Some(p as usize)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_page_and_its_headers_is_a_line() {
            assert!(is_line(16_384 + 300));
            assert!(is_line(4096 + 200));
            assert!(!is_line(16_384), "a size class of mimalloc's own");
            assert!(!is_line(16_384 + 2000));
            assert!(!is_line(2048 + 100), "smaller than a page of 4 KiB");
            assert!(!is_line(300));
        }

        #[test]
        fn lines_are_handed_out_aligned_sized_and_reused() {
            let a = alloc(16_684);
            let b = alloc(16_684);
            assert!(!a.is_null() && !b.is_null() && a != b);
            for p in [a, b] {
                assert!(owns(p));
                assert_eq!(p as usize % 16, 0);
                assert_eq!(size(p), 16_688);
            }
            // Both writable to their last byte.
            unsafe {
                a.write_bytes(0xAB, 16_688);
                b.write_bytes(0xCD, 16_688);
                assert_eq!(a.add(16_687).read(), 0xAB);
            }
            free(a);
            let c = alloc(16_684);
            assert_eq!(c, a, "the line freed is the next of its size");
            let d = alloc(4400);
            assert_eq!(size(d), 4400);
            assert_ne!(d, b);
            free(d);
            assert_ne!(alloc(16_684), d, "each size its own list");
            let other = vec![0u8; 16_684];
            assert!(!owns(other.as_ptr()));
        }
    }
}
