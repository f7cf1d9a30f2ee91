//! The few items of least key in a stream of many, and how many there were: what a view that
//! shows the first N of a long list (the status view's twelve) keeps, instead of the whole list.
//! Ties keep the order the items came in, as a stable sort of the whole list would.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Keeps the `n` items of least key seen so far.
pub struct Least<K, T> {
    n: usize,
    seen: usize,
    heap: BinaryHeap<Entry<K, T>>,
}

struct Entry<K, T> {
    key: K,
    seq: usize,
    item: T,
}

impl<K: Ord, T> Entry<K, T> {
    fn rank(&self) -> (&K, usize) {
        (&self.key, self.seq)
    }
}

impl<K: Ord, T> PartialEq for Entry<K, T> {
    fn eq(&self, other: &Self) -> bool {
        self.rank() == other.rank()
    }
}

impl<K: Ord, T> Eq for Entry<K, T> {}

impl<K: Ord, T> PartialOrd for Entry<K, T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K: Ord, T> Ord for Entry<K, T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl<K: Ord, T> Least<K, T> {
    pub fn new(n: usize) -> Least<K, T> {
        Least {
            n,
            seen: 0,
            heap: BinaryHeap::with_capacity(n + 1),
        }
    }

    /// Counts one item of `key`; `item` is made only when the item is kept.
    pub fn push(&mut self, key: K, item: impl FnOnce() -> T) {
        let seq = self.seen;
        self.seen += 1;
        if self.n == 0 {
            return;
        }
        if self.heap.len() == self.n {
            // A later item with an equal key comes after every kept one: not kept either.
            match self.heap.peek() {
                Some(top) if key < top.key => {}
                _ => return,
            }
            self.heap.pop();
        }
        self.heap.push(Entry {
            key,
            seq,
            item: item(),
        });
    }

    /// How many items were pushed.
    pub fn seen(&self) -> usize {
        self.seen
    }

    /// The kept items, least key first (equal keys in the order pushed).
    pub fn into_sorted(self) -> Vec<T> {
        self.heap
            .into_sorted_vec()
            .into_iter()
            .map(|e| e.item)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same items as a stable sort of everything, cut to n.
    #[test]
    fn keeps_what_a_stable_sort_puts_first() {
        let mut x: u64 = 3;
        let items: Vec<(u8, usize)> = (0..500)
            .map(|i| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((x >> 59) as u8, i)
            })
            .collect();
        for n in [0, 1, 12, 499, 500, 600] {
            let mut least = Least::new(n);
            for &(k, i) in &items {
                least.push(k, || i);
            }
            let mut sorted = items.clone();
            sorted.sort_by_key(|&(k, _)| k);
            let want: Vec<usize> = sorted.iter().take(n).map(|&(_, i)| i).collect();
            assert_eq!(least.seen(), 500);
            assert_eq!(least.into_sorted(), want, "n = {n}");
        }
    }
}
