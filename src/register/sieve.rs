//! A filter in front of a bulk intake's duplicate checks (issue 19): a blocked Bloom filter of
//! the external_refs, victims' NIKs, victims' names + birth dates and reports (the minute, the
//! SOP and the victim's name: `bulk::Report`) in the register. "Not there" is certain, and is
//! the answer for nearly every row, with no index lookup; "maybe" sends the row to the
//! register's indexes, which decide. About 12 bits per key: 6 MB for a million cases. When it
//! fills up it is built again, twice as large, from the register itself (which holds every key
//! it was given, this intake's rows included). It is sized once, at the start, for the
//! register's keys and the input's expected ones.

use crate::error::Result;
use rusqlite::Connection;
use std::hash::{BuildHasher, Hash};

/// A key of one of the four kinds.
#[derive(Hash)]
pub enum Key<'a> {
    Ref(&'a str),
    Nik(&'a str),
    NameBirth(&'a str, &'a str),
    /// A report: its minute as stored (`YYYY-MM-DDTHH:MM`, the first 16 characters of
    /// `reported_at`), its SOP's code and its victim's name key.
    Report(&'a str, &'a str, &'a str),
}

fn hash(k: &Key) -> u64 {
    // A fixed seed: the same key always lands on the same bits.
    foldhash::fast::FixedState::with_seed(0x6b61_7375_7331).hash_one(k)
}

/// Bits per key at full load, and bits set per key (in one 512-bit block).
const BITS_PER_KEY: usize = 12;
const PROBES: u32 = 4;
const BLOCK_WORDS: usize = 8;

pub struct Sieve {
    words: Vec<u64>,
    blocks: usize,
    /// Keys added, and how many it takes before it is built again.
    n: usize,
    capacity: usize,
}

impl Sieve {
    fn with_capacity(capacity: usize) -> Sieve {
        let capacity = capacity.max(1 << 16);
        let blocks = (capacity * BITS_PER_KEY).div_ceil(64 * BLOCK_WORDS);
        Sieve {
            words: vec![0; blocks * BLOCK_WORDS],
            blocks,
            n: 0,
            capacity,
        }
    }

    /// The filter of every key the register holds, with room for `more` keys to come (this
    /// intake's rows): read from the register once.
    pub fn of(conn: &Connection, more: usize) -> Result<Sieve> {
        let keys: i64 = conn.query_row(
            "SELECT (SELECT count(*) FROM cases WHERE external_ref IS NOT NULL)
                  + 3 * (SELECT count(*) FROM persons WHERE role = 'victim')",
            [],
            |r| r.get(0),
        )?;
        let keys = keys.max(0) as usize;
        let mut s = Sieve::with_capacity((2 * keys).max(keys.saturating_add(more)));
        s.fill(conn)?;
        Ok(s)
    }

    fn fill(&mut self, conn: &Connection) -> Result<()> {
        let mut stmt =
            conn.prepare("SELECT external_ref FROM cases WHERE external_ref IS NOT NULL")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let rusqlite::types::ValueRef::Text(t) = r.get_ref(0)? {
                self.insert(&Key::Ref(std::str::from_utf8(t).unwrap_or_default()));
            }
        }
        // Every victim with the minute and SOP of its case: a report's look-up
        // (`bulk::BY_REPORT`) finds a case only if its reported_at lies in the minute
        // (`BETWEEN 'm:00Z' AND 'm:59Z'`, both bounds starting with the 16 characters of the
        // minute, so any match starts with them too), its SOP has the code and its victim the
        // name key. A LEFT JOIN: a case whose SOP version is missing (a damaged register) keeps
        // its NIK and name keys, which the look-ups find without the SOP.
        let mut stmt = conn.prepare(
            "SELECT p.nik, p.name_key, p.birth_date, substr(c.reported_at, 1, 16), v.code
             FROM persons p JOIN cases c ON c.id = p.case_id
             LEFT JOIN sop_versions v ON v.id = c.sop_version_id
             WHERE p.role = 'victim'",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let text = |i: usize| -> Result<Option<&str>> {
                Ok(match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Text(t) => std::str::from_utf8(t).ok(),
                    _ => None,
                })
            };
            if let Some(nik) = text(0)? {
                self.insert(&Key::Nik(nik));
            }
            if let Some(n) = text(1)? {
                if let Some(b) = text(2)? {
                    self.insert(&Key::NameBirth(n, b));
                }
                if let (Some(minute), Some(sop)) = (text(3)?, text(4)?) {
                    self.insert(&Key::Report(minute, sop, n));
                }
            }
        }
        Ok(())
    }

    /// The block and the bits of a key in it.
    fn place(&self, k: &Key) -> (usize, [(usize, u64); PROBES as usize]) {
        let h = hash(k);
        // The low 36 bits choose the bits in the block; the high 28 the block.
        let block = ((h >> 36) as usize % self.blocks) * BLOCK_WORDS;
        let mut bits = [(0, 0); PROBES as usize];
        for (i, b) in bits.iter_mut().enumerate() {
            let bit = ((h >> (9 * i)) & 511) as usize;
            *b = (block + bit / 64, 1u64 << (bit % 64));
        }
        (block, bits)
    }

    fn insert(&mut self, k: &Key) {
        let (_, bits) = self.place(k);
        for (w, m) in bits {
            self.words[w] |= m;
        }
        self.n += 1;
    }

    /// Adds a key the register now holds; when the filter is full, builds it again, twice as
    /// large, from the register.
    pub fn add(&mut self, conn: &Connection, k: &Key) -> Result<()> {
        if self.n >= self.capacity {
            self.grow(conn)?;
        }
        self.insert(k);
        Ok(())
    }

    /// Whether adding `more` keys would build it again (from the register: a writer that
    /// holds rows back writes them first, see `bulk::FileWriter::insert`).
    pub fn needs_room(&self, more: usize) -> bool {
        self.n + more > self.capacity
    }

    /// Builds it again, twice as large, from the register's keys.
    pub fn grow(&mut self, conn: &Connection) -> Result<()> {
        let mut larger = Sieve::with_capacity(self.capacity * 2);
        larger.fill(conn)?;
        *self = larger;
        Ok(())
    }

    /// False when the register certainly does not hold the key.
    pub fn may_hold(&self, k: &Key) -> bool {
        let (_, bits) = self.place(k);
        bits.iter().all(|&(w, m)| self.words[w] & m != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_added_is_always_found_and_few_others_are() {
        let mut s = Sieve::with_capacity(100_000);
        let keys: Vec<String> = (0..100_000).map(|i| format!("GEN-{i:07}")).collect();
        for k in &keys {
            s.insert(&Key::Ref(k));
        }
        assert!(keys.iter().all(|k| s.may_hold(&Key::Ref(k))));
        assert!(
            !s.may_hold(&Key::Nik(&keys[0])),
            "the kind is part of the key"
        );
        let false_hits = (0..100_000)
            .filter(|i| s.may_hold(&Key::Ref(&format!("OTHER-{i}"))))
            .count();
        assert!(false_hits < 2_000, "{false_hits} false hits in 100,000");
    }

    /// The register's keys, reports included, are in the filter built from it, and in the
    /// larger one built again when it fills.
    #[test]
    fn the_registers_keys_are_read_into_it() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE sop_versions (id INTEGER PRIMARY KEY, code TEXT);
             CREATE TABLE cases (id INTEGER PRIMARY KEY, reported_at TEXT,
                                 sop_version_id INTEGER, external_ref TEXT);
             CREATE TABLE persons (id INTEGER PRIMARY KEY, case_id INTEGER, role TEXT,
                                   nik TEXT, name_key TEXT, birth_date TEXT);
             INSERT INTO sop_versions VALUES (1, 'batam-34-2020');
             INSERT INTO cases VALUES (1, '2026-03-02T01:30:00Z', 1, 'GEN-1'),
                                      (2, '2026-03-02T01:31:00Z', 1, NULL);
             INSERT INTO persons VALUES
                 (1, 1, 'victim', '3174000000000001', 'siti contoh', '2001-02-03'),
                 (2, 1, 'perpetrator', '3174000000000002', 'budi contoh', NULL),
                 (3, 2, 'victim', NULL, 'ani contoh', NULL);",
        )
        .unwrap();
        let mut s = Sieve::of(&c, 0).unwrap();
        for _ in 0..2 {
            for k in [
                Key::Ref("GEN-1"),
                Key::Nik("3174000000000001"),
                Key::NameBirth("siti contoh", "2001-02-03"),
                Key::Report("2026-03-02T01:30", "batam-34-2020", "siti contoh"),
                Key::Report("2026-03-02T01:31", "batam-34-2020", "ani contoh"),
            ] {
                assert!(s.may_hold(&k));
            }
            for k in [
                Key::Nik("3174000000000002"),
                Key::Report("2026-03-02T01:31", "batam-34-2020", "siti contoh"),
                Key::Report("2026-03-02T01:30", "other", "siti contoh"),
                Key::Report("2026-03-02T01:30", "batam-34-2020", "budi contoh"),
            ] {
                assert!(
                    !s.may_hold(&k),
                    "a perpetrator, another minute, SOP or name"
                );
            }
            s.grow(&c).unwrap();
        }
    }
}
