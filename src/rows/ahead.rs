//! A bulk file's rows read ahead on a second thread (issue 19): while the register's thread
//! writes one row, the next ones are parsed and checked. `intake --from` spends about a third
//! of its time reading, parsing and checking rows and the rest in SQLite; with two cores the
//! two overlap.
//!
//! The producer (a scoped thread) pushes items; they go in batches over a bounded channel to the
//! consumer (the calling thread, which holds the register's transaction), in order. The batches
//! the consumer is done with go back to the producer, which drops their items: each thread frees
//! what it allocated (a batch freed on the other thread left the allocator's pages of both
//! threads half used: 8 MB more at 20,000 cases). Memory stays bounded: at most [`DEPTH`]
//! batches wait.
//!
//! The consumer's error wins: the producer then stops at its next batch. Otherwise the
//! producer's error (the file could not be read) is returned; a panic on its thread is resumed
//! on the caller's.

use crate::error::Result;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};

/// Items per batch.
const BATCH: usize = 64;
/// Full batches waiting for the consumer at most.
const DEPTH: usize = 4;

/// The producer's end: items go in with [`Ahead::push`].
pub struct Ahead<T> {
    batch: Vec<T>,
    full: Option<SyncSender<Vec<T>>>,
    used: Receiver<Vec<T>>,
}

impl<T> Ahead<T> {
    /// Queues one item. False: the consumer has stopped; stop producing.
    pub fn push(&mut self, item: T) -> bool {
        self.batch.push(item);
        if self.batch.len() < BATCH {
            return true;
        }
        self.send()
    }

    fn send(&mut self) -> bool {
        // Batches the consumer is done with: their items dropped here, their room kept.
        let mut next = None;
        while let Ok(mut used) = self.used.try_recv() {
            used.clear();
            next = Some(used);
        }
        let next = next.unwrap_or_else(|| Vec::with_capacity(BATCH));
        let full = std::mem::replace(&mut self.batch, next);
        self.full.as_ref().is_some_and(|tx| tx.send(full).is_ok())
    }
}

/// Runs `produce` on a second thread and `consume` on this one, for each item in the order
/// produced. Returns what `produce` returned, or the first error: `consume`'s (then producing
/// stopped at its next batch), else `produce`'s (`consume` saw every item pushed before it).
pub fn run<T: Send, R: Send>(
    produce: impl FnOnce(&mut Ahead<T>) -> Result<R> + Send,
    mut consume: impl FnMut(&mut T) -> Result<()>,
) -> Result<R> {
    let (full_tx, full_rx) = sync_channel::<Vec<T>>(DEPTH);
    let (used_tx, used_rx): (Sender<Vec<T>>, Receiver<Vec<T>>) = channel();
    std::thread::scope(|s| {
        let producer = s.spawn(move || {
            let mut ahead = Ahead {
                batch: Vec::with_capacity(BATCH),
                full: Some(full_tx),
                used: used_rx,
            };
            let out = produce(&mut ahead);
            if out.is_ok() && !ahead.batch.is_empty() {
                ahead.send();
            }
            // Closes the channel: the consumer ends after the batches sent.
            drop(ahead.full.take());
            // The batches still coming back are dropped here too, until the consumer is done.
            for used in ahead.used.iter() {
                drop(used);
            }
            out
        });
        let mut consumed: Result<()> = Ok(());
        for mut batch in full_rx.iter() {
            for item in batch.iter_mut() {
                consumed = consume(item);
                if consumed.is_err() {
                    break;
                }
            }
            if consumed.is_err() {
                break;
            }
            // Back to the producer, whose items they are; gone if it has finished.
            let _ = used_tx.send(batch);
        }
        // The producer's sends fail from here on (if it is still producing) and its loop over
        // the batches coming back ends.
        drop(full_rx);
        drop(used_tx);
        let produced = match producer.join() {
            Ok(p) => p,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        consumed?;
        produced
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn every_item_is_consumed_in_order() {
        let mut seen = Vec::new();
        let out = run(
            |ahead| {
                for i in 0..1000u32 {
                    assert!(ahead.push(i.to_string()));
                }
                Ok("header")
            },
            |item| {
                seen.push(item.parse::<u32>().unwrap());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(out, "header");
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn the_consumers_error_stops_the_producer_and_wins() {
        let mut produced = 0;
        let out: Result<()> = run(
            |ahead| {
                for i in 0..100_000u32 {
                    if !ahead.push(i) {
                        return Err(Error::Other("the producer's own".into()));
                    }
                    produced += 1;
                }
                Ok(())
            },
            |i| {
                if *i == 100 {
                    return Err(Error::Other("the register refused".into()));
                }
                Ok(())
            },
        );
        assert_eq!(out.unwrap_err().to_string(), "the register refused");
        // Producing stopped within the batches in flight, not at the end.
        assert!(produced < 100_000, "{produced}");
    }

    #[test]
    fn the_producers_error_comes_after_the_items_before_it() {
        let mut seen = 0;
        let out: Result<()> = run(
            |ahead| {
                for i in 0..(BATCH * 2 + 5) {
                    ahead.push(i);
                }
                Err(Error::Other("the file could not be read".into()))
            },
            |_| {
                seen += 1;
                Ok(())
            },
        );
        assert_eq!(out.unwrap_err().to_string(), "the file could not be read");
        // Whole batches: the partial one after the last full batch is not consumed.
        assert_eq!(seen, BATCH * 2);
    }
}
