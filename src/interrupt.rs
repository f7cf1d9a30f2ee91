//! Ctrl-C (SIGINT), SIGTERM (`kill PID`, a service stopped, `timeout` in a cron job) and SIGHUP
//! (a terminal window closed): one handler for the process. It removes the private temporary
//! files still being written (an output file that was not finished: [`crate::files::Temp`]),
//! says that nothing half-done was kept and exits 130, 143 or 129 (128 and the signal's
//! number, as a shell reports a process the signal ended). Every write to the register is one
//! transaction, so an interrupted command leaves the register as it was; a step already
//! started stays running, to be finished later.
//!
//! At a terminal it is installed before the command runs (a prompt hides the cursor and reads
//! keys raw: the handler shows the cursor again). In a script it is installed by the first
//! temporary output file, so that a signal never leaves a hidden `.FILE.PID-XXXX.tmp` behind;
//! a script's signal before then ends the process as it always does.
//!
//! A bulk import writing with the rollback journal registers its write ([`stops_write`]): the
//! exit first stops it and waits (up to 30 seconds) for it to roll back and put the register's
//! WAL back, or, when the signal came as it was committing, for the commit, and then says the
//! import is saved and exits 0 (see [`commit_or_stop`]).

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::os::raw::c_int;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Mutex, Once};

/// Installs the handler (once; later calls do nothing), for each of SIGINT, SIGTERM and
/// SIGHUP that the process did not start with ignored: one ignored by the parent (SIGINT for a
/// script's job run in the background with `&`, SIGHUP under `nohup`) stays ignored, as the
/// parent meant, rather than ignored until the first file and handled after. The signals are
/// received on a thread of their own (signal-hook's iterator), where the exit's work (files
/// removed, a message written) is safe to do.
pub fn install() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let wanted: Vec<c_int> = [SIGINT, SIGTERM, SIGHUP]
            .into_iter()
            .filter(|&s| !ignored(s))
            .collect();
        if wanted.is_empty() {
            return;
        }
        // The iterator first: a signal is never recorded in FIRST without it seeing it too.
        let Ok(mut signals) = signal_hook::iterator::Signals::new(&wanted) else {
            return;
        };
        // Which signal came first, recorded in the handler itself, before a prompt's read it
        // cut short returns: the prompt's way out then names it too (see `exit`). The first,
        // not the last: console answers a read cut short by raising SIGINT itself.
        for &s in &wanted {
            // SAFETY: the action only does an atomic compare-and-swap on a static, which is
            // async-signal-safe (no allocation, no lock).
            let _ = unsafe {
                signal_hook::low_level::register(s, move || {
                    let _ = FIRST.compare_exchange(0, s, Ordering::SeqCst, Ordering::SeqCst);
                })
            };
        }
        let listening = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    exit_on(first().unwrap_or(signal));
                }
            });
        LISTENING.store(listening.is_ok(), Ordering::SeqCst);
    });
}

/// The first of the handled signals that came (0: none yet).
static FIRST: AtomicI32 = AtomicI32::new(0);

/// The first handled signal that came, if one did.
fn first() -> Option<c_int> {
    Some(FIRST.load(Ordering::SeqCst)).filter(|&s| s != 0)
}

/// True when `signal` is ignored (its disposition SIG_IGN, inherited from the parent).
fn ignored(signal: c_int) -> bool {
    // SAFETY: with no new action, sigaction only reads the current one into `old`, a zeroed
    // plain C struct it fully owns.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Set when the interrupt begins its exit (see [`wait_if_exiting`]).
static EXITING: AtomicBool = AtomicBool::new(false);

/// Set once the thread that exits on a signal runs: a handled signal then ends in
/// [`exit_on`].
static LISTENING: AtomicBool = AtomicBool::new(false);

/// Parks the calling thread for good when an interrupt is exiting, or a handled signal came
/// and its exit is on the way: the command's own end (an error from a file removed under it, a
/// bulk write stopped) must not print a second message or exit otherwise.
pub fn wait_if_exiting() {
    if requested() {
        loop {
            std::thread::park();
        }
    }
}

/// True once a handled signal came and the process is exiting on it: a long write checks it
/// between its rows and stops ([`stopped`]).
pub fn requested() -> bool {
    EXITING.load(Ordering::SeqCst) || (first().is_some() && LISTENING.load(Ordering::SeqCst))
}

/// An error when [`requested`]: a long write (a bulk import, its rejects file) stops there and
/// rolls back. Never shown: the signal's exit says what happened.
pub fn stopped() -> crate::error::Result<()> {
    if requested() {
        return Err(crate::error::Error::Usage(String::new()));
    }
    Ok(())
}

/// The write an interrupt stops and waits for ([`stops_write`]).
struct Writing {
    handle: rusqlite::InterruptHandle,
    /// Past [`commit_or_stop`]: committing, not to be stopped.
    committing: bool,
}

static WRITING: Mutex<Option<Writing>> = Mutex::new(None);

/// While the returned guard lives, an interrupt stops the write on `conn` before the process
/// ends, and waits (up to 30 seconds) for the guard to go: SQLite's running statement is cut
/// short (`sqlite3_interrupt`, made to be called from another thread) and the write checks
/// [`stopped`] between its rows, so that it rolls back and tidies up itself. A bulk intake
/// with the rollback journal uses it to put the register's WAL back (src/register/journal.rs)
/// rather than leave it to the next open. It calls [`commit_or_stop`] right before its commit.
pub fn stops_write(conn: &rusqlite::Connection) -> WriteStop {
    if let Ok(mut w) = WRITING.lock() {
        *w = Some(Writing {
            handle: conn.get_interrupt_handle(),
            committing: false,
        });
    }
    WriteStop(())
}

/// Right before a write commits (every write calls it; one no interrupt waits for, not
/// [`stops_write`]'s, goes on as it is): [`stopped`]'s error when a signal came (the write
/// rolls back); otherwise the write is marked as committing, under the same lock the exit reads
/// it with, so that a signal from here on waits for the commit and says the work is saved (exit
/// 0) instead of "nothing half-done was kept".
pub fn commit_or_stop() -> crate::error::Result<()> {
    let mut w = WRITING.lock();
    if matches!(w.as_deref(), Ok(None)) {
        // No write an interrupt waits for: the exit does not look at this one.
        return Ok(());
    }
    stopped()?;
    if let Ok(Some(w)) = w.as_deref_mut() {
        w.committing = true;
    }
    Ok(())
}

/// See [`stops_write`]: dropped once the write has ended and tidied up.
pub struct WriteStop(());

impl Drop for WriteStop {
    fn drop(&mut self) {
        if let Ok(mut w) = WRITING.lock() {
            *w = None;
        }
    }
}

/// Stops the registered write, if any, and waits for it to end (see [`stops_write`]); true
/// when it was committing (the work is saved).
fn stop_the_write() -> bool {
    let committing = {
        let held = WRITING.lock();
        let Ok(Some(w)) = held.as_deref() else {
            return false;
        };
        if !w.committing {
            w.handle.interrupt();
        }
        w.committing
    };
    let writing = || WRITING.lock().is_ok_and(|w| w.is_some());
    let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while writing() && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    committing
}

/// True while the walk's questions are about a case with a step running: Ctrl-C (or Esc
/// leaving) says that a step already started stays running. Not before one starts ("Who does
/// step 6?"): nothing runs yet.
static STEP_RUNNING: AtomicBool = AtomicBool::new(false);

/// Marks the walk's questions from here on as asked with a step running, or not (see
/// [`STEP_RUNNING`]).
pub fn walk_step_running(running: bool) {
    STEP_RUNNING.store(running, Ordering::Relaxed);
}

/// What Ctrl-C adds to its message while it is set (the walk's live clock: which step stays
/// running and how to come back to it).
static NOTE: Mutex<Option<String>> = Mutex::new(None);

/// Sets (or with `None` clears) the line Ctrl-C adds to its message.
pub fn on_interrupt(note: Option<String>) {
    if let Ok(mut n) = NOTE.lock() {
        *n = note;
    }
}

/// Set once the command's work is complete and said (see [`done`]).
static DONE: AtomicBool = AtomicBool::new(false);

/// Marks the command's work as complete (a bulk import committed; its summary follows): an
/// interrupt from here on cuts short only what is left (the summary, SQLite's tidying as the
/// register closes), says `note` alone (which says what was saved) and exits 0, so that a
/// script does not take a saved import for a failed one.
pub fn done(note: String) {
    on_interrupt(Some(note));
    DONE.store(true, Ordering::SeqCst);
}

/// The one way out of a question cut short. Ctrl-C there reaches here twice: dialoguer reads
/// keys raw, so console gets it as a key, raises SIGINT (the handler) *and* returns an
/// Interrupted error to the prompt. A SIGTERM or SIGHUP at a question likewise cuts its read
/// short. Whichever comes first cleans up, prints and exits with the signal that came (SIGINT
/// when none did: Esc leaving a list); the other waits for the exit, so a person never gets
/// two messages, exit 1, a cursor left hidden by the error path, or Ctrl-C's code for a
/// SIGTERM.
pub fn exit() -> ! {
    ASKING.store(true, Ordering::SeqCst);
    exit_on(first().unwrap_or(SIGINT))
}

/// True while a question waits for its answer (see [`asking`]): nothing is being written.
static ASKING: AtomicBool = AtomicBool::new(false);

/// Marks a question as waiting for its answer while the guard lives: an exit then (Ctrl-C, a
/// signal) may remove a register this run made and wrote nothing to
/// ([`crate::register::made::remove_at_a_question`]), since no write is under way.
pub fn asking() -> Asking {
    ASKING.store(true, Ordering::SeqCst);
    Asking(())
}

/// See [`asking`].
pub struct Asking(());

impl Drop for Asking {
    fn drop(&mut self) {
        ASKING.store(false, Ordering::SeqCst);
    }
}

/// What a signal's exit says and its code: Ctrl-C's words, or the signal named.
fn said_and_code(signal: c_int) -> (&'static str, u8) {
    use crate::error::exit;
    match signal {
        SIGTERM => (
            crate::text::t(
                "stopped (SIGTERM): nothing half-done was kept",
                "dihentikan (SIGTERM): tidak ada yang tersimpan setengah jalan",
            ),
            exit::TERMINATED,
        ),
        SIGHUP => (
            crate::text::t(
                "stopped (SIGHUP): nothing half-done was kept",
                "dihentikan (SIGHUP): tidak ada yang tersimpan setengah jalan",
            ),
            exit::HUNG_UP,
        ),
        _ => (
            crate::text::t(
                "interrupted: nothing half-done was kept",
                "dihentikan: tidak ada yang tersimpan setengah jalan",
            ),
            exit::INTERRUPTED,
        ),
    }
}

/// Cleans up, says so and exits with the signal's code (the first signal or Ctrl-C only: a
/// second waits for the first's exit).
fn exit_on(signal: c_int) -> ! {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use std::io::{IsTerminal, Write};
        EXITING.store(true, Ordering::SeqCst);
        // A bulk write rolls back and tidies up first (before the files below are held: it
        // may be writing its rejects file meanwhile, which it then drops), or ends its commit.
        let saved = stop_the_write();
        // Held until the process ends: a temporary file begun meanwhile waits at its listing
        // and is never made, and a file being put in place is either placed and named or not.
        let _held = crate::files::remove_unfinished();
        // Left at a question, nothing being written: a register this run made and wrote
        // nothing to goes, as after a failed command.
        if ASKING.load(Ordering::SeqCst) && !saved && !DONE.load(Ordering::SeqCst) {
            crate::register::made::remove_at_a_question();
        }
        let mut err = std::io::stderr();
        let mut said = NOTE
            .lock()
            .ok()
            .and_then(|n| n.clone())
            .map(|n| format!("\n{n}"))
            .unwrap_or_default();
        // A file put in place before the interrupt came is whole, and stays: say so.
        for path in crate::files::placed() {
            said.push('\n');
            said.push_str(&crate::tr!(
                "{}: already written whole before the interrupt",
                "{}: sudah tertulis utuh sebelum dihentikan",
                path.display()
            ));
        }
        // Steps are spoken of only in the walk (not in an intake or a consent).
        let steps = if STEP_RUNNING.load(Ordering::Relaxed) {
            crate::text::t(
                " (a step already started stays running)",
                " (langkah yang sudah dimulai tetap berjalan)",
            )
        } else {
            ""
        };
        // Once the work is done (`done`), only its note, and no failure; a bulk write the
        // signal found committing is saved too (its own note may not be set yet).
        let (said, code) = if DONE.load(Ordering::SeqCst) {
            (said.trim_start_matches('\n').to_string(), 0)
        } else if saved {
            let words = crate::text::t(
                "the import was complete and is saved; only what came after it was cut short",
                "impor sudah lengkap dan tersimpan; hanya yang sesudahnya yang terpotong",
            );
            (format!("{words}{said}"), 0)
        } else {
            let (words, code) = said_and_code(signal);
            (format!("{words}{steps}{said}"), code)
        };
        // Show the cursor again (a select hides it), only on a terminal (a closed one, after
        // SIGHUP, takes the write's error, ignored).
        let cursor = if err.is_terminal() { "\x1b[?25h\n" } else { "" };
        let _ = writeln!(err, "{cursor}{said}");
        let _ = err.flush();
        std::process::exit(i32::from(code));
    });
    loop {
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_signal_exits_with_128_and_its_number() {
        for (signal, code) in [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)] {
            assert_eq!(i32::from(said_and_code(signal).1), 128 + signal);
            assert_eq!(said_and_code(signal).1, code);
        }
        assert!(said_and_code(SIGTERM).0.contains("SIGTERM"));
        assert!(said_and_code(SIGHUP).0.contains("SIGHUP"));
        assert!(!said_and_code(SIGINT).0.contains("SIG"));
    }
}
