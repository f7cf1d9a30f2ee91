//! The pseudo-terminal harness of the prompt tests (`walk_pty.rs`, `prompts_pty.rs`): a
//! temporary register run with a clean environment, and the real binary in a PTY, driven as a
//! person would: wait for a question to be on the screen, then press a key or type a line.
//! Included by path (`#[path = "common/pty.rs"] mod pty;`), beside `mod common;`.
//!
//! The tests make their own terminal, so they run the same in CI, which has none. If a PTY
//! cannot be opened the test fails; it never skips. Every wait has a deadline, so a prompt
//! that never comes (or a process that never ends) fails the test with the screen so far,
//! instead of hanging the run.
#![allow(dead_code)]

pub use super::common::Out;
use super::common::{BATAM_CASE, CASE, NOW};
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::Session;
use serde_json::Value;
use std::io::{ErrorKind, Write};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long one question may take to appear, or the process to end. Generous for a loaded CI
/// machine (the binary is a debug build); a hung prompt still fails well before CI's limit.
const DEADLINE: Duration = Duration::from_secs(20);

/// One PTY test at a time. A PTY is made by fork; forking while another test thread spawns
/// processes can hand that child a copy of the PTY's descriptors, which only delays things,
/// but serial runs keep each test's timing its own on a two-core machine.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

pub fn serial() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// A temporary register. Not the builder's `common::Reg`: each run here clears the test's
/// environment first, PTY or not (the builder keeps it).
pub struct Reg {
    pub dir: tempfile::TempDir,
    /// kasus's "now" (KASUS_NOW): [`NOW`] unless a test moves it.
    pub now: String,
}

impl Reg {
    pub fn new() -> Reg {
        Reg {
            dir: tempfile::tempdir().expect("temp dir"),
            now: NOW.to_string(),
        }
    }

    /// The binary with this register's environment, and nothing else of the test's.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_kasus"));
        c.args(args)
            .env_clear()
            .env("KASUS_DB", self.dir.path().join("register.db"))
            .env("KASUS_ACTOR", "tester")
            .env("KASUS_NOW", &self.now)
            .env("KASUS_LANG", "en")
            .env("NO_COLOR", "1")
            .env("HOME", self.dir.path())
            .current_dir(self.dir.path());
        c
    }

    /// Runs with no terminal at all (stdin from /dev/null, output to pipes).
    pub fn run(&self, args: &[&str]) -> Out {
        self.command(args)
            .stdin(Stdio::null())
            .output()
            .expect("run kasus")
            .into()
    }

    /// Runs and expects success; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.code, 0,
            "kasus {args:?} failed:\n{}{}",
            o.stdout, o.stderr
        );
        o.stdout
    }

    /// Runs and expects this exit code and an unchanged case; returns stderr.
    #[track_caller]
    pub fn refused(&self, args: &[&str], code: i32) -> String {
        let before = case_json(self);
        let o = self.run(args);
        assert_eq!(
            o.code, code,
            "kasus {args:?}: expected exit {code}, got {o:?}"
        );
        assert_eq!(
            before,
            case_json(self),
            "kasus {args:?} changed the case although it was refused"
        );
        o.stderr
    }
}

/// The real binary in a new pseudo-terminal of 120x40, with the register's fixed environment
/// (and nothing else from the test's environment, so a developer's locale or colour settings
/// cannot change what is drawn).
pub struct Tty {
    session: OsSession,
    /// Everything the program wrote, escape sequences included.
    raw: Vec<u8>,
    /// How much of the plain text (escapes removed) the expectations have consumed.
    seen: usize,
    eof: bool,
    what: String,
}

impl Tty {
    pub fn spawn(reg: &Reg, args: &[&str]) -> Tty {
        let mut cmd = reg.command(args);
        cmd.env("TERM", "xterm-256color");
        // Ctrl-C's SIGINT (and SIGTERM, SIGHUP) at its default, whatever this test process
        // inherited (a run started in the background by a script ignores SIGINT, `nohup`
        // SIGHUP, and kasus keeps an inherited ignore).
        {
            use std::os::unix::process::CommandExt;
            // SAFETY: between fork and exec only signal(2), which is async-signal-safe.
            unsafe {
                cmd.pre_exec(|| {
                    for s in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
                        libc::signal(s, libc::SIG_DFL);
                    }
                    Ok(())
                });
            }
        }
        let what = format!("kasus {}", args.join(" "));
        let mut session = Session::spawn(cmd).unwrap_or_else(|e| {
            panic!("could not run `{what}` in a pseudo-terminal (none could be opened?): {e}")
        });
        session
            .get_process_mut()
            .set_window_size(120, 40)
            .expect("set the PTY's window size");
        Tty {
            session,
            raw: Vec::new(),
            seen: 0,
            eof: false,
            what,
        }
    }

    /// Sends `signal` to the program (SIGTERM: `kill PID`).
    pub fn signal(&self, signal: libc::c_int) {
        let pid = self.session.get_process().pid().as_raw();
        // SAFETY: kill(2) on the child's own pid, a plain system call.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill {pid}");
    }

    /// Reads whatever the program has written so far, without waiting.
    pub fn pump(&mut self) {
        let mut buf = [0u8; 4096];
        while !self.eof {
            match self.session.try_read(&mut buf) {
                Ok(0) => self.eof = true,
                Ok(n) => self.raw.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => panic!("reading the PTY of `{}`: {e}", self.what),
            }
        }
    }

    pub fn screen(&self) -> String {
        plain(&self.raw)
    }

    /// Waits until `text` appears after what earlier expectations matched.
    #[track_caller]
    pub fn expect(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            self.pump();
            let screen = self.screen();
            if let Some(end) = find_wrapped(&screen[self.seen..], text) {
                self.seen += end;
                return;
            }
            if self.eof {
                panic!(
                    "`{}` ended without showing {text:?}; it showed:\n{screen}",
                    self.what
                );
            }
            if start.elapsed() > DEADLINE {
                panic!(
                    "`{}` did not show {text:?} within {DEADLINE:?}; the screen so far:\n{screen}",
                    self.what
                );
            }
            sleep(Duration::from_millis(20));
        }
    }

    /// Presses one key (a confirm takes 'y', 'n' or Enter without a newline).
    pub fn key(&mut self, k: &str) {
        self.session
            .write_all(k.as_bytes())
            .expect("type into the PTY");
        self.session.flush().expect("type into the PTY");
    }

    /// Types a line key by key, as a person does, and presses Enter.
    pub fn line(&mut self, text: &str) {
        for c in text.chars() {
            self.key(c.encode_utf8(&mut [0; 4]));
            sleep(Duration::from_millis(2));
        }
        self.key("\r");
    }

    /// Waits for the program to end; returns its exit code and everything it showed. Kills it
    /// and fails after the deadline.
    #[track_caller]
    pub fn end(self) -> (i32, String) {
        let (code, raw) = self.end_raw();
        (code, plain(&raw))
    }

    /// As [`Tty::end`], with the screen's escape sequences kept.
    #[track_caller]
    pub fn end_raw(mut self) -> (i32, Vec<u8>) {
        let start = Instant::now();
        loop {
            self.pump();
            let status = self
                .session
                .get_process()
                .status()
                .expect("the PTY child's status");
            match status {
                WaitStatus::StillAlive => {}
                WaitStatus::Exited(_, code) => {
                    self.pump(); // what it wrote last
                    return (code, self.raw);
                }
                other => panic!(
                    "`{}` ended abnormally: {other:?}; it showed:\n{}",
                    self.what,
                    self.screen()
                ),
            }
            if start.elapsed() > DEADLINE {
                let _ = self.session.get_process_mut().exit(true);
                panic!(
                    "`{}` did not end within {DEADLINE:?}; the screen so far:\n{}",
                    self.what,
                    self.screen()
                );
            }
            sleep(Duration::from_millis(20));
        }
    }

    /// Expects the program to end with exit code 0.
    #[track_caller]
    pub fn succeeds(self) {
        let what = self.what.clone();
        let (code, screen) = self.end();
        assert_eq!(code, 0, "`{what}` exited {code}; it showed:\n{screen}");
    }
}

/// The text of a terminal stream with CSI escape sequences (colours, cursor moves, line
/// clearing) removed. A sequence cut off at the end is dropped, so the plain text of a prefix
/// is a prefix of the plain text of the whole: positions in it stay valid as output grows.
/// Where `needle` ends in `hay`, also when a message was wrapped at the terminal's width: a
/// line break reads as the space it replaced.
fn find_wrapped(hay: &str, needle: &str) -> Option<usize> {
    if let Some(i) = hay.find(needle) {
        return Some(i + needle.len());
    }
    let mut joined = String::with_capacity(hay.len());
    // For each byte of `joined`, where the character it came from ends in `hay`.
    let mut ends = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        let rest = &hay[i..];
        let (piece, next) = if rest.starts_with("\r\n") {
            (" ", i + 2)
        } else if rest.starts_with('\n') {
            (" ", i + 1)
        } else {
            let n = rest.chars().next().map_or(1, char::len_utf8);
            (&rest[..n], i + n)
        };
        joined.push_str(piece);
        ends.extend(std::iter::repeat_n(next, piece.len()));
        i = next;
    }
    joined.find(needle).map(|j| ends[j + needle.len() - 1])
}

pub fn plain(raw: &[u8]) -> String {
    let s = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('[') => {
                chars.next();
                // Parameters and intermediates, then one final byte in @..~.
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            Some(_) => {
                chars.next();
            }
            None => {}
        }
    }
    out
}

/// A register with one staff member and the builder's standard case (an adult victim on the
/// Batam SOP), whose step 1 ("Pelapor menyerahkan surat permohonan pendampingan kasus", 5 minutes) is next.
pub fn register_with_case() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let out = reg.ok(BATAM_CASE);
    assert!(out.contains(CASE), "intake printed: {out}");
    reg
}

pub fn case_json(reg: &Reg) -> Value {
    let out = reg.ok(&["case", "show", CASE, "--format", "json"]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("case show is not JSON ({e}):\n{out}"))
}

/// A step's latest attempt in `case show --format json`.
pub fn step(case: &Value, number: u64) -> &Value {
    case["steps"]
        .as_array()
        .expect("steps is an array")
        .iter()
        .filter(|s| s["number"] == number)
        .max_by_key(|s| s["attempt"].as_u64())
        .unwrap_or_else(|| panic!("no step {number} in {case:#}"))
}

/// How many attempts of a step the register holds.
pub fn attempts(reg: &Reg, number: u64) -> usize {
    let case = case_json(reg);
    case["steps"]
        .as_array()
        .expect("steps is an array")
        .iter()
        .filter(|s| s["number"] == number)
        .count()
}
