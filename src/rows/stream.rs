//! A bulk file read as a stream (issue 19): the CSV reader gets the bytes through a [`Tap`],
//! which keeps them in a shared [`Window`] from the start of the row being read, so that the
//! row's physical line can be counted ([`LineCount`]) and the rest of the file looked at when a
//! quote is left open, without the whole file in memory. Memory is the reader's buffer and the
//! longest row, whatever the file's size.

use std::cell::RefCell;
use std::io::{self, Read};
use std::rc::Rc;

/// How much is read from the source at a time.
const CHUNK: usize = 64 * 1024;

/// The bytes read from a source and not yet passed over, from the byte at `base` (counted from
/// the start of the data, a byte order mark left out) on.
pub struct Window<'d> {
    src: Box<dyn Read + 'd>,
    buf: Vec<u8>,
    base: u64,
    /// How far the CSV reader has been given the bytes.
    given: u64,
    eof: bool,
}

/// The window, shared by the reader's [`Tap`] and the code that counts lines.
pub type Shared<'d> = Rc<RefCell<Window<'d>>>;

impl<'d> Window<'d> {
    pub fn new(src: Box<dyn Read + 'd>) -> Shared<'d> {
        Rc::new(RefCell::new(Window {
            src,
            buf: Vec::with_capacity(CHUNK),
            base: 0,
            given: 0,
            eof: false,
        }))
    }

    fn end(&self) -> u64 {
        self.base + self.buf.len() as u64
    }

    /// Reads one more chunk into the window (not yet given to the reader); false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        let len = self.buf.len();
        self.buf.resize(len + CHUNK, 0);
        let n = loop {
            match self.src.read(&mut self.buf[len..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(len);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(len + n);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    /// Makes sure the window holds the bytes up to `pos` (exclusive), or all there is.
    fn reach(&mut self, pos: u64) -> io::Result<()> {
        while self.end() < pos && self.fill()? {}
        Ok(())
    }

    /// The first line's bytes at least (up to a line end outside quotes), or `max` bytes, or
    /// the whole data when shorter: what the dialect is found from.
    pub fn head(&mut self, max: usize) -> io::Result<&[u8]> {
        loop {
            let mut quoted = false;
            let ended = self.buf.iter().any(|&b| match b {
                b'"' => {
                    quoted = !quoted;
                    false
                }
                b'\r' | b'\n' => !quoted,
                _ => false,
            });
            if ended || self.buf.len() >= max || !self.fill()? {
                return Ok(&self.buf);
            }
        }
    }

    /// Drops a byte order mark at the start (before anything was given to the reader).
    pub fn skip_start(&mut self, n: usize) {
        if self.base == 0 && self.given == 0 {
            self.buf.drain(..n.min(self.buf.len()));
        }
    }

    /// True when nothing follows the byte at `pos`.
    pub fn at_end(&mut self, pos: u64) -> io::Result<bool> {
        self.reach(pos + 1)?;
        Ok(self.end() <= pos)
    }

    /// The bytes from `pos` to the end of what was read (the rest of the data when
    /// [`Window::at_end`] said so for a later position).
    pub fn since(&self, pos: u64) -> &[u8] {
        let from = pos.saturating_sub(self.base) as usize;
        self.buf.get(from..).unwrap_or_default()
    }

    /// Lets the bytes before `pos` go (in large steps: the window is moved rarely).
    fn forget_before(&mut self, pos: u64) {
        let pos = pos.min(self.given);
        let n = pos.saturating_sub(self.base) as usize;
        if n >= 4 * CHUNK && n <= self.buf.len() {
            self.buf.drain(..n);
            self.base = pos;
        }
    }
}

/// What the CSV reader reads from: the window's bytes not yet given, then the source's.
pub struct Tap<'d>(pub Shared<'d>);

impl Read for Tap<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let mut w = self.0.borrow_mut();
        if w.given >= w.end() && !w.fill()? {
            return Ok(0);
        }
        let from = (w.given - w.base) as usize;
        let n = out.len().min(w.buf.len() - from);
        out[..n].copy_from_slice(&w.buf[from..from + n]);
        w.given += n as u64;
        Ok(n)
    }
}

/// The physical line on which each record starts, counted as [`super::Lines`] counts them
/// (`\r\n`, `\n` and a lone `\r` each end a line, inside quotes too), over a window; the bytes
/// before the record are let go.
pub struct LineCount {
    at: u64,
    line: u64,
}

impl Default for LineCount {
    fn default() -> Self {
        LineCount { at: 0, line: 1 }
    }
}

impl LineCount {
    /// The line of the record that the reader says starts at `byte` (the line ends before it
    /// passed over first).
    pub fn of_record(&mut self, w: &mut Window, byte: u64) -> io::Result<u64> {
        let mut start = byte.max(self.at);
        loop {
            w.reach(start + 1)?;
            match w.since(start).first() {
                Some(b'\r' | b'\n') => start += 1,
                _ => break,
            }
        }
        w.reach(start + 1)?;
        let bytes = w.since(self.at);
        let n = (start - self.at) as usize;
        for i in 0..n.min(bytes.len()) {
            match bytes[i] {
                b'\n' => self.line += 1,
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
        }
        self.at = start;
        w.forget_before(start);
        Ok(self.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_as_the_whole_file_counts_them() {
        let data: &[u8] = b"h\r\na\r\n\"x\r\ny\"\r\n\r\nb\nc\rd";
        let w = Window::new(Box::new(data));
        let mut l = LineCount::default();
        let mut w = w.borrow_mut();
        assert_eq!(l.of_record(&mut w, 0).unwrap(), 1);
        assert_eq!(l.of_record(&mut w, 2).unwrap(), 2);
        assert_eq!(l.of_record(&mut w, 4).unwrap(), 3);
        assert_eq!(l.of_record(&mut w, 12).unwrap(), 6, "past a blank line");
        assert_eq!(l.of_record(&mut w, 17).unwrap(), 7);
        assert_eq!(l.of_record(&mut w, 19).unwrap(), 8, "after a lone CR");
        assert!(w.at_end(21).unwrap() && !w.at_end(20).unwrap());
    }

    #[test]
    fn the_tap_gives_every_byte_once_and_the_window_lets_old_ones_go() {
        let data: Vec<u8> = (0..1_000_000u32).map(|i| (i % 251) as u8).collect();
        let w = Window::new(Box::new(&data[..]));
        let mut tap = Tap(w.clone());
        let mut out = Vec::new();
        let mut chunk = [0u8; 777];
        loop {
            let n = tap.read(&mut chunk).unwrap();
            if n == 0 {
                break;
            }
            out.extend_from_slice(&chunk[..n]);
            let given = w.borrow().given;
            w.borrow_mut().forget_before(given);
        }
        assert_eq!(out, data);
        assert!(w.borrow().buf.len() < 8 * CHUNK);
    }
}
