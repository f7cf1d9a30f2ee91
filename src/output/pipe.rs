//! Rows read on one thread, written on another: a large export's two halves in parallel.
//!
//! The thread that holds the register steps its query and copies each row's values (a few
//! hundred bytes) into a [`Batch`]; full batches go over a bounded channel to a second thread
//! that turns them into text and writes it. Each half is most of an export's time on its own
//! (SQLite's stepping and reading the columns; the formatting and the writes), so with two
//! cores the export takes about the time of the longer half. Memory stays flat: at most
//! [`DEPTH`] batches wait, and the batches the writer is done with come back to the reader to
//! be filled again (each thread frees only what it allocated).
//!
//! The writer's error (a closed pipe, a full disk) wins over the reader's: the reader stops at
//! its next batch. A panic on the writer's thread is resumed on the caller's.

use rusqlite::types::ValueRef;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender};

/// Rows per batch at most: large enough that the channel costs nothing per row, small enough
/// that the writer starts at once.
const ROWS: usize = 1024;
/// A batch's bytes at most (a row's texts may be long: a chronology of 10,000 characters): a
/// batch is sent when either limit is reached, and one that grew past twice this is not kept.
const BYTES: usize = 256 * 1024;
/// Full batches waiting for the writer at most. With the one being filled, the one being
/// written and one blocked in sending, at most DEPTH + 3 batches exist: a few MB.
const DEPTH: usize = 4;

/// One value of a row, its text or blob a range of the batch's bytes.
#[derive(Clone, Copy)]
enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(usize, usize),
    Blob(usize, usize),
}

/// Rows of `width` values each, owned: what the reader copied of them.
pub struct Batch {
    width: usize,
    vals: Vec<Val>,
    bytes: Vec<u8>,
}

impl Batch {
    fn new(width: usize) -> Self {
        Batch {
            width,
            vals: Vec::with_capacity(width * ROWS),
            bytes: Vec::new(),
        }
    }

    fn clear(&mut self) {
        self.vals.clear();
        self.bytes.clear();
    }

    fn rows(&self) -> usize {
        self.vals.len().checked_div(self.width).unwrap_or(0)
    }

    /// Copies one row's values (`row.len()` is the batch's width).
    fn push(&mut self, row: &[ValueRef<'_>]) {
        for v in row {
            let mut range = |b: &[u8]| {
                let at = self.bytes.len();
                self.bytes.extend_from_slice(b);
                (at, b.len())
            };
            let val = match *v {
                ValueRef::Null => Val::Null,
                ValueRef::Integer(i) => Val::Int(i),
                ValueRef::Real(f) => Val::Real(f),
                ValueRef::Text(t) => {
                    let (at, len) = range(t);
                    Val::Text(at, len)
                }
                ValueRef::Blob(b) => {
                    let (at, len) = range(b);
                    Val::Blob(at, len)
                }
            };
            self.vals.push(val);
        }
    }

    /// Each row's values in turn, as the reader saw them, through `f`.
    fn each<E>(
        &self,
        into: &mut Vec<ValueRef<'static>>,
        mut f: impl FnMut(&[ValueRef<'_>]) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut row = recycle(std::mem::take(into));
        for r in 0..self.rows() {
            row.clear();
            for v in &self.vals[r * self.width..(r + 1) * self.width] {
                row.push(match *v {
                    Val::Null => ValueRef::Null,
                    Val::Int(i) => ValueRef::Integer(i),
                    Val::Real(f) => ValueRef::Real(f),
                    Val::Text(at, len) => ValueRef::Text(&self.bytes[at..at + len]),
                    Val::Blob(at, len) => ValueRef::Blob(&self.bytes[at..at + len]),
                });
            }
            f(&row)?;
        }
        *into = recycle(row);
        Ok(())
    }
}

/// An emptied vector of values that borrowed one batch, ready for the next (its allocation
/// kept: the collect is done in place).
fn recycle(mut v: Vec<ValueRef<'_>>) -> Vec<ValueRef<'static>> {
    v.clear();
    v.into_iter().map(|_| ValueRef::Null).collect()
}

/// The reader's end: rows go in with [`Feed::push`].
pub struct Feed {
    batch: Batch,
    full: Option<std::sync::mpsc::SyncSender<Batch>>,
    empty: Receiver<Batch>,
}

/// The writer has stopped (its error is returned by [`run`]).
pub struct Stopped;

impl Feed {
    /// Copies one row; sends the batch when full. `Err(Stopped)`: the writer has stopped, stop
    /// reading.
    pub fn push(&mut self, row: &[ValueRef<'_>]) -> Result<(), Stopped> {
        self.batch.push(row);
        if self.batch.vals.len() >= self.batch.width * ROWS || self.batch.bytes.len() >= BYTES {
            self.send()?;
        }
        Ok(())
    }

    fn send(&mut self) -> Result<(), Stopped> {
        // A batch back from the writer is filled again, unless a long row made it large.
        let next = match self.empty.try_recv() {
            Ok(mut b) if b.bytes.capacity() <= 2 * BYTES => {
                b.clear();
                b
            }
            _ => Batch::new(self.batch.width),
        };
        let full = std::mem::replace(&mut self.batch, next);
        match &self.full {
            Some(tx) => tx.send(full).map_err(|_| Stopped),
            None => Err(Stopped),
        }
    }
}

/// Runs `read` on this thread, feeding rows of `width` values, and `write` on a second thread,
/// handed each row in order; `write`'s state `state` goes to that thread and comes back.
/// Returns the state, or the first error: the writer's (then reading stopped at its next batch)
/// or the reader's (then the writer saw only whole rows before it).
pub fn run<S, E>(
    width: usize,
    state: S,
    read: impl FnOnce(&mut Feed) -> Result<(), E>,
    mut write: impl FnMut(&mut S, &[ValueRef<'_>]) -> Result<(), E> + Send,
) -> Result<S, E>
where
    S: Send,
    E: Send,
{
    let (full_tx, full_rx) = sync_channel::<Batch>(DEPTH);
    let (empty_tx, empty_rx): (Sender<Batch>, Receiver<Batch>) = channel();
    std::thread::scope(|s| {
        let writer = s.spawn(move || {
            let mut state = state;
            let mut row: Vec<ValueRef<'static>> = Vec::with_capacity(width);
            for batch in full_rx {
                batch.each(&mut row, |r| write(&mut state, r))?;
                // Back to the reader, to be filled again; gone if it has finished.
                let _ = empty_tx.send(batch);
            }
            Ok(state)
        });
        let mut feed = Feed {
            batch: Batch::new(width),
            full: Some(full_tx),
            empty: empty_rx,
        };
        let read = read(&mut feed);
        // The last rows, unless reading failed. A send that fails means the writer stopped:
        // its error is the one returned below.
        if read.is_ok() && feed.batch.rows() > 0 {
            let _ = feed.send();
        }
        // Closes the channel: the writer ends after the batches sent.
        drop(feed.full.take());
        let written = match writer.join() {
            Ok(w) => w,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let state = written?;
        read.map(|()| state)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: i64) -> Vec<Vec<rusqlite::types::Value>> {
        use rusqlite::types::Value;
        (0..n)
            .map(|i| {
                vec![
                    Value::Integer(i),
                    Value::Text(format!("baris {i}")),
                    if i % 3 == 0 {
                        Value::Null
                    } else {
                        Value::Real(i as f64 / 2.0)
                    },
                    Value::Blob(vec![i as u8; (i % 5) as usize]),
                ]
            })
            .collect()
    }

    fn text(row: &[ValueRef<'_>]) -> String {
        format!("{row:?}\n")
    }

    #[test]
    fn every_row_arrives_in_order_with_its_values() {
        // Full batches, reused ones and a last partial one.
        let all = rows(3 * ROWS as i64 + 7);
        let out = run(
            4,
            String::new(),
            |feed| {
                for r in &all {
                    let refs: Vec<ValueRef> = r.iter().map(ValueRef::from).collect();
                    feed.push(&refs).map_err(|_| "stopped")?;
                }
                Ok::<(), &str>(())
            },
            |out, row| {
                out.push_str(&text(row));
                Ok(())
            },
        )
        .unwrap();
        let want: String = all
            .iter()
            .map(|r| text(&r.iter().map(ValueRef::from).collect::<Vec<_>>()))
            .collect();
        assert_eq!(out, want);
    }

    #[test]
    fn long_rows_go_in_batches_of_bounded_bytes() {
        use rusqlite::types::Value;
        let long = "x".repeat(100_000);
        let n = run(
            1,
            0usize,
            |feed| {
                for _ in 0..50 {
                    let v = Value::Text(long.clone());
                    feed.push(&[ValueRef::from(&v)]).map_err(|_| ())?;
                    // Sent as soon as it holds BYTES: 3 rows, not 1024.
                    assert!(feed.batch.bytes.len() < BYTES);
                }
                Ok::<(), ()>(())
            },
            |n, row| {
                assert_eq!(row, [ValueRef::Text(long.as_bytes())]);
                *n += 1;
                Ok(())
            },
        );
        assert_eq!(n, Ok(50));
    }

    #[test]
    fn no_rows_is_no_call() {
        let out = run(
            2,
            0usize,
            |_| Ok::<(), ()>(()),
            |n, _| {
                *n += 1;
                Ok(())
            },
        );
        assert_eq!(out, Ok(0));
    }

    #[test]
    fn the_writers_error_stops_the_reader_and_wins() {
        let all = rows(10_000);
        let mut fed = 0;
        let out: Result<usize, &str> = run(
            4,
            0usize,
            |feed| {
                for r in &all {
                    let refs: Vec<ValueRef> = r.iter().map(ValueRef::from).collect();
                    if feed.push(&refs).is_err() {
                        return Err("the reader's own");
                    }
                    fed += 1;
                }
                Ok(())
            },
            |n, _| {
                *n += 1;
                if *n == 300 {
                    return Err("the pipe closed");
                }
                Ok(())
            },
        );
        assert_eq!(out, Err("the pipe closed"));
        // Reading stopped within the batches in flight, not at the end.
        assert!(fed < all.len(), "fed {fed}");
    }

    #[test]
    fn the_readers_error_is_returned_after_the_rows_before_it() {
        let all = rows(2 * ROWS as i64);
        let written = std::sync::Mutex::new(0usize);
        let out: Result<usize, &str> = run(
            4,
            0usize,
            |feed| {
                // A batch and a half: the first batch sent, the half not.
                for r in &all[..ROWS + ROWS / 2] {
                    let refs: Vec<ValueRef> = r.iter().map(ValueRef::from).collect();
                    feed.push(&refs).map_err(|_| "stopped")?;
                }
                Err("a row could not be read")
            },
            |n, _| {
                *n += 1;
                *written.lock().unwrap() = *n;
                Ok(())
            },
        );
        assert_eq!(out, Err("a row could not be read"));
        // Whole batches only: the rows of the unfinished batch were not written.
        assert_eq!(*written.lock().unwrap(), ROWS);
    }
}
