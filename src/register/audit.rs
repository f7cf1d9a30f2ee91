//! The audit trail: every change appends an entry in the same transaction. Entries are
//! hash-chained (each holds the hash of the one before), hashed over canonical text (RFC 3339
//! instants, lowercase UUIDs, JSON details with sorted keys) so that a chain verifies the same on
//! any database engine. Triggers refuse UPDATE and DELETE.

use crate::error::Result;
use crate::sop::catalog::hex;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone)]
pub struct Entry {
    pub seq: i64,
    pub uuid: String,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub case_uuid: Option<String>,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The one statement that stores an entry (single writes and bulk imports alike).
pub const INSERT: &str =
    "INSERT INTO audit (seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

impl Entry {
    /// Stores the entry with a statement prepared from [`INSERT`].
    pub fn write(&self, stmt: &mut rusqlite::Statement) -> rusqlite::Result<usize> {
        stmt.execute(params![
            self.seq,
            self.uuid,
            self.at,
            self.actor,
            self.action,
            self.case_uuid,
            self.details,
            self.prev_hash,
            self.hash
        ])
    }

    pub fn compute_hash(&self) -> String {
        let canonical = format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.seq,
            self.uuid,
            self.at,
            self.actor,
            self.action,
            self.case_uuid.as_deref().unwrap_or(""),
            self.details,
            self.prev_hash
        );
        hex(&Sha256::digest(canonical.as_bytes()))
    }
}

/// Appends one entry. `details` carries no personal data: identifiers and field names only.
pub fn append(
    tx: &Transaction,
    at: &str,
    actor: &str,
    action: &str,
    case_uuid: Option<&str>,
    details: &serde_json::Value,
) -> Result<i64> {
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev_hash) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_string()),
    };
    let mut e = Entry {
        seq,
        uuid: uuid::Uuid::new_v4().to_string(),
        at: at.to_string(),
        actor: actor.to_string(),
        action: action.to_string(),
        case_uuid: case_uuid.map(str::to_string),
        details: serde_json::to_string(details).unwrap_or_else(|_| "{}".into()),
        prev_hash,
        hash: String::new(),
    };
    e.hash = e.compute_hash();
    let mut stmt = tx.prepare_cached(INSERT)?;
    e.write(&mut stmt)?;
    Ok(seq)
}

/// What `audit verify` found.
#[derive(Debug)]
pub enum Verdict {
    Intact {
        entries: i64,
        head: Option<(i64, String)>,
    },
    Broken {
        seq: i64,
        reason: String,
    },
}

/// Walks the chain in order and names the first entry that does not match.
pub fn verify(conn: &Connection) -> Result<Verdict> {
    let mut stmt = conn.prepare(
        "SELECT seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash
         FROM audit ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_seq = 1;
    let mut prev = GENESIS.to_string();
    let mut count = 0;
    while let Some(r) = rows.next()? {
        let e = Entry {
            seq: r.get(0)?,
            uuid: r.get(1)?,
            at: r.get(2)?,
            actor: r.get(3)?,
            action: r.get(4)?,
            case_uuid: r.get(5)?,
            details: r.get(6)?,
            prev_hash: r.get(7)?,
            hash: r.get(8)?,
        };
        if e.seq != expected_seq {
            return Ok(Verdict::Broken {
                seq: expected_seq,
                reason: crate::tr!(
                    "entry {expected_seq} is missing (next is {})",
                    "entri {expected_seq} hilang (berikutnya {})",
                    e.seq
                ),
            });
        }
        if e.prev_hash != prev {
            return Ok(Verdict::Broken {
                seq: e.seq,
                reason: crate::text::t(
                    "its link to the entry before does not match",
                    "tautannya ke entri sebelumnya tidak cocok",
                )
                .into(),
            });
        }
        if e.compute_hash() != e.hash {
            return Ok(Verdict::Broken {
                seq: e.seq,
                reason: crate::text::t(
                    "its contents do not match its hash",
                    "isinya tidak cocok dengan hash-nya",
                )
                .into(),
            });
        }
        prev = e.hash;
        expected_seq += 1;
        count += 1;
    }
    let head = (count > 0).then_some((count, prev));
    Ok(Verdict::Intact {
        entries: count,
        head,
    })
}

/// The hash at a sequence number, to prove the register still holds a head kept elsewhere.
pub fn hash_at(conn: &Connection, seq: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT hash FROM audit WHERE seq = ?1", [seq], |r| r.get(0))
        .optional()?)
}
