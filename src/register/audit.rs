//! The audit trail: every change appends an entry in the same transaction. Entries are
//! hash-chained (each holds the hash of the one before), hashed over canonical text (RFC 3339
//! instants, lowercase UUIDs, JSON details with sorted keys) so that a chain verifies the same on
//! any database engine. Triggers refuse UPDATE and DELETE.
//!
//! Two canonical forms exist, and each entry stores which one its hash covers (`form`):
//!
//! - Form 1 (registers written before schema 2): the eight fields joined by newlines, a NULL
//!   `case_uuid` as empty text. Ambiguous: an actor `Rina\nContoh` with action `staff.add` and an
//!   actor `Rina` with action `Contoh\nstaff.add` give the same text, and so the same hash; a NULL
//!   and an empty `case_uuid` too. Entries already written in it are verified in it: their hashes
//!   cannot be recomputed without breaking a head kept elsewhere.
//! - Form 2 (every entry written since): the tag `kasus-audit/2`, then each field on its own line
//!   as `<byte length>:<bytes>`, a NULL as `-`. Lengths make any split of one field's bytes into
//!   another's change the text; `-` and `0:` keep NULL and empty apart.
//!
//! Why a stored `form` cannot be used to forge an entry: form-2 text starts with a letter, form-1
//! text with the entry's sequence number (a digit), so no form-1 text equals any form-2 text, and
//! a form-2 hash can only be matched by form-2 text (short of a SHA-256 collision). Relabelling a
//! form-2 entry as form 1 (to use form 1's ambiguity) therefore breaks its hash, and changing the
//! hash breaks the next entry's link or a head kept elsewhere. Forms also never go back: once an
//! entry is in form 2, every later one must be too, so an entry appended in form 1 after the switch
//! is named as broken. The switch point (`form 1 up to N, form 2 from N+1`) is what `verify`
//! reports.

use super::db::DbRef;
use super::feed::Take::{Col, Sql};
use super::{rowhash, Register};
use crate::error::Result;
use crate::sop::catalog::hex;
use rusqlite::params;
use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The canonical form new entries are written in (see the module's comment).
pub const FORM: i64 = 2;

/// The first line of form-2 canonical text: a letter first, so that it never equals form-1 text,
/// which starts with a digit.
const FORM2_TAG: &str = "kasus-audit/2";

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

/// An entry's fields, borrowed: what its hash covers.
pub struct Fields<'a> {
    pub seq: i64,
    pub uuid: &'a str,
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub case_uuid: Option<&'a str>,
    pub details: &'a str,
    pub prev_hash: &'a str,
}

/// Form 2's canonical text of `f` (see the module), written into `out` (cleared first): the
/// one writer of it, for [`Entry::canonical_v2`] and the bulk writer's chain, which reuses
/// one buffer for every entry.
pub fn canonical_v2_into(out: &mut Vec<u8>, f: &Fields) {
    fn field(out: &mut Vec<u8>, v: Option<&[u8]>) {
        out.push(b'\n');
        match v {
            None => out.push(b'-'),
            Some(v) => {
                let mut len = [0u8; 20];
                out.extend_from_slice(crate::decimal::of_i64(v.len() as i64, &mut len));
                out.push(b':');
                out.extend_from_slice(v);
            }
        }
    }
    out.clear();
    out.extend_from_slice(FORM2_TAG.as_bytes());
    let mut seq = [0u8; 20];
    let seq = crate::decimal::of_i64(f.seq, &mut seq);
    for v in [
        Some(seq),
        Some(f.uuid.as_bytes()),
        Some(f.at.as_bytes()),
        Some(f.actor.as_bytes()),
        Some(f.action.as_bytes()),
        f.case_uuid.map(str::as_bytes),
        Some(f.details.as_bytes()),
        Some(f.prev_hash.as_bytes()),
    ] {
        field(out, v);
    }
}

/// The one statement that stores an entry (single writes and bulk imports alike), in the
/// current canonical form ([`FORM`], whose hash [`Entry::compute_hash`] computes).
pub const INSERT: &str =
    "INSERT INTO audit (seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash, form)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 2)";

/// A bulk writer's batch of entries: [`INSERT`]'s values, in its order (`form` 2 as there).
pub(super) const FEED: super::feed::Spec = super::feed::Spec {
    name: c"kasus_feed_audit",
    table: "audit",
    conflict: "FAIL",
    columns: &[
        ("seq", Col(0)),
        ("uuid", Col(1)),
        ("at", Col(2)),
        ("actor", Col(3)),
        ("action", Col(4)),
        ("case_uuid", Col(5)),
        ("details", Col(6)),
        ("prev_hash", Col(7)),
        ("hash", Col(8)),
        ("form", Sql("2")),
    ],
};

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

    /// The hash of a new entry: in the current form ([`FORM`]), which [`INSERT`] stores.
    pub fn compute_hash(&self) -> String {
        self.hash_in(FORM)
    }

    /// The hash in a given canonical form: 1 (before schema 2) or 2; any other form matches no hash.
    pub fn hash_in(&self, form: i64) -> String {
        match form {
            1 => hex(&Sha256::digest(self.canonical_v1().as_bytes())),
            2 => hex(&Sha256::digest(self.canonical_v2())),
            _ => String::new(),
        }
    }

    /// Form 2: the tag, then each field on its own line as `<byte length>:<bytes>`, NULL as `-`.
    pub fn canonical_v2(&self) -> Vec<u8> {
        let mut out = Vec::new();
        canonical_v2_into(
            &mut out,
            &Fields {
                seq: self.seq,
                uuid: &self.uuid,
                at: &self.at,
                actor: &self.actor,
                action: &self.action,
                case_uuid: self.case_uuid.as_deref(),
                details: &self.details,
                prev_hash: &self.prev_hash,
            },
        );
        out
    }

    /// Form 1, kept to verify entries written before schema 2 (ambiguous: see the module).
    fn canonical_v1(&self) -> String {
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.seq,
            self.uuid,
            self.at,
            self.actor,
            self.action,
            self.case_uuid.as_deref().unwrap_or(""),
            self.details,
            self.prev_hash
        )
    }
}

/// Appends one entry. `details` carries no personal data: identifiers and field names only.
/// The entry also carries the rows the transaction has written since the last entry (their
/// table, key and content hash: `register::rowhash`); beyond [`rowhash::CHUNK`] rows, the rest
/// follow in `data.rows` entries right after it.
pub fn append<'a>(
    db: impl Into<DbRef<'a>>,
    at: &str,
    actor: &str,
    action: &str,
    case_uuid: Option<&str>,
    details: &serde_json::Value,
) -> Result<i64> {
    let db = db.into();
    rowhash::collect(db)?;
    let rows = rowhash::take();
    let (first, rest) = rows.split_at(rows.len().min(rowhash::CHUNK));
    let seq = append_rows(db, at, actor, action, case_uuid, details, first)?;
    for chunk in rest.chunks(rowhash::CHUNK) {
        let of = serde_json::json!({ "of": seq });
        append_rows(db, at, actor, "data.rows", case_uuid, &of, chunk)?;
    }
    Ok(seq)
}

/// Appends one entry with the given `rows` (none: no `rows` key) last in its details.
pub(super) fn append_rows<'a>(
    db: impl Into<DbRef<'a>>,
    at: &str,
    actor: &str,
    action: &str,
    case_uuid: Option<&str>,
    details: &serde_json::Value,
    rows: &[rowhash::Touch],
) -> Result<i64> {
    let db = db.into();
    let last: Option<(i64, String)> = db.query_opt(
        "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (seq, prev_hash) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_string()),
    };
    let mut e = Entry {
        seq,
        uuid: super::new_uuid(),
        at: at.to_string(),
        actor: actor.to_string(),
        action: action.to_string(),
        case_uuid: case_uuid.map(str::to_string),
        details: rowhash::with_rows(
            serde_json::to_string(details).unwrap_or_else(|_| "{}".into()),
            rows,
        ),
        prev_hash,
        hash: String::new(),
    };
    e.hash = e.compute_hash();
    db.execute(
        INSERT,
        params![
            e.seq,
            e.uuid,
            e.at,
            e.actor,
            e.action,
            e.case_uuid,
            e.details,
            e.prev_hash,
            e.hash
        ],
    )?;
    Ok(seq)
}

/// What `audit verify` found.
#[derive(Debug)]
pub enum Verdict {
    Intact {
        entries: i64,
        head: Option<(i64, String)>,
        /// The last entry in canonical form 1 (written before schema 2); 0 when there is none.
        form1_until: i64,
    },
    Broken {
        seq: i64,
        reason: String,
    },
}

/// Verifies the register's chain ([`verify_chain`]).
pub fn verify(reg: &Register) -> Result<Verdict> {
    verify_chain(&reg.db)
}

/// The columns [`entry_row`] reads, in its order.
pub(super) const ENTRY_COLUMNS: &str =
    "seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash, form";

/// Walks the chain in order and names the first entry that does not match: a gap in the
/// numbers, a link to the entry before, a hash over the entry's canonical text in its stored
/// form, or a form that goes back (form 1 after form 2) or is unknown.
pub(super) fn verify_chain<'a>(db: impl Into<DbRef<'a>>) -> Result<Verdict> {
    walk_query(
        db.into(),
        &format!("SELECT {ENTRY_COLUMNS} FROM audit ORDER BY seq"),
        [],
        1,
        GENESIS,
    )
}

/// Walks the entries a query of [`ENTRY_COLUMNS`] reads, in order, the first expected to be
/// `first` linking to `prev` (see [`walk`]).
pub(super) fn walk_query(
    db: DbRef,
    sql: &str,
    args: impl super::db::Args,
    first: i64,
    prev: &str,
) -> Result<Verdict> {
    let mut walk = Walk::new(first, prev);
    let mut broken = None;
    db.each(sql, args, entry_row, |(e, form)| {
        if broken.is_none() {
            broken = walk.entry(e, form);
        }
        Ok(())
    })?;
    Ok(broken.unwrap_or_else(|| walk.end()))
}

/// An entry and its form, from a row of [`ENTRY_COLUMNS`].
fn entry_row(r: &super::db::Row) -> rusqlite::Result<(Entry, i64)> {
    Ok((
        Entry {
            seq: r.get(0)?,
            uuid: r.get(1)?,
            at: r.get(2)?,
            actor: r.get(3)?,
            action: r.get(4)?,
            case_uuid: r.get(5)?,
            details: r.get(6)?,
            prev_hash: r.get(7)?,
            hash: r.get(8)?,
        },
        r.get(9)?,
    ))
}

/// Walks entries read as (seq, uuid, at, actor, action, case_uuid, details, prev_hash, hash,
/// form) in order, the first expected to be `first` linking to `prev`: a bundle's tail, or an
/// office's chain kept in `origin_audit` (SQLite; the register's own chain: [`verify_chain`]).
pub(super) fn walk(mut rows: rusqlite::Rows, first: i64, prev: &str) -> Result<Verdict> {
    let mut walk = Walk::new(first, prev);
    while let Some(r) = rows.next()? {
        let (e, form) = entry_row(&super::db::Row::Sqlite(r))?;
        if let Some(broken) = walk.entry(e, form) {
            return Ok(broken);
        }
    }
    Ok(walk.end())
}

/// A walk along a chain, one entry at a time.
struct Walk {
    expected_seq: i64,
    prev: String,
    count: i64,
    form1_until: i64,
    last_form: i64,
}

impl Walk {
    fn new(first: i64, prev: &str) -> Walk {
        Walk {
            expected_seq: first,
            prev: prev.to_string(),
            count: 0,
            form1_until: 0,
            last_form: 1,
        }
    }

    /// Takes the next entry; the verdict when it breaks the chain.
    fn entry(&mut self, e: Entry, form: i64) -> Option<Verdict> {
        let expected_seq = self.expected_seq;
        if e.seq != expected_seq {
            return Some(Verdict::Broken {
                seq: expected_seq,
                reason: crate::tr!(
                    "entry {expected_seq} is missing (next is {})",
                    "entri {expected_seq} hilang (berikutnya {})",
                    e.seq
                ),
            });
        }
        let last_form = self.last_form;
        // The first thing about this entry that does not match, if any.
        let problem: Option<String> = if e.prev_hash != self.prev {
            Some(
                crate::text::t(
                    "its link to the entry before does not match",
                    "tautannya ke entri sebelumnya tidak cocok",
                )
                .into(),
            )
        } else if !(1..=FORM).contains(&form) {
            Some(crate::tr!(
                "its canonical form {form} is not known to this kasus",
                "bentuk kanonisnya {form} tidak dikenal oleh kasus ini"
            ))
        } else if form < last_form {
            Some(crate::tr!(
                "it is in canonical form {form} after entries in form {last_form}: forms never go back",
                "entri ini berbentuk kanonis {form} sesudah entri berbentuk {last_form}: bentuk tidak pernah mundur"
            ))
        } else if e.hash_in(form) != e.hash {
            Some(
                crate::text::t(
                    "its contents do not match its hash",
                    "isinya tidak cocok dengan hash-nya",
                )
                .into(),
            )
        } else {
            None
        };
        if let Some(reason) = problem {
            return Some(Verdict::Broken { seq: e.seq, reason });
        }
        if form == 1 {
            self.form1_until = e.seq;
        }
        self.last_form = form;
        self.prev = e.hash;
        self.expected_seq += 1;
        self.count += 1;
        None
    }

    /// The verdict of a chain whose every entry matched.
    fn end(self) -> Verdict {
        let head = (self.count > 0).then_some((self.expected_seq - 1, self.prev));
        Verdict::Intact {
            entries: self.count,
            head,
            form1_until: self.form1_until,
        }
    }
}

/// Which canonical form covers which entries, for `audit verify`: "form 1 up to entry N, form 2
/// from entry N+1", or one form throughout.
pub fn forms_text(entries: i64, form1_until: i64) -> String {
    if entries == 0 {
        String::new()
    } else if form1_until == 0 {
        crate::tr!(
            "canonical form {FORM} throughout",
            "bentuk kanonis {FORM} seluruhnya"
        )
    } else if form1_until == entries {
        crate::text::t(
            "canonical form 1 throughout, as written before schema 2",
            "bentuk kanonis 1 seluruhnya, sebagaimana ditulis sebelum skema 2",
        )
        .into()
    } else {
        crate::tr!(
            "canonical form 1 up to entry {form1_until}, form {FORM} from entry {}",
            "bentuk kanonis 1 sampai entri {form1_until}, bentuk {FORM} mulai entri {}",
            form1_until + 1
        )
    }
}

/// The hash at a sequence number, to prove the register still holds a head kept elsewhere.
pub fn hash_at(reg: &Register, seq: i64) -> Result<Option<String>> {
    reg.db
        .r()
        .query_opt("SELECT hash FROM audit WHERE seq = ?1", [seq], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(actor: &str, action: &str, case_uuid: Option<&str>) -> Entry {
        Entry {
            seq: 7,
            uuid: "u".into(),
            at: "2026-03-02T05:00:00Z".into(),
            actor: actor.into(),
            action: action.into(),
            case_uuid: case_uuid.map(str::to_string),
            details: "{}".into(),
            prev_hash: GENESIS.into(),
            hash: String::new(),
        }
    }

    #[test]
    fn form_2_text_is_length_prefixed_with_null_apart_from_empty() {
        let e = entry("Rina Contoh", "staff.add", None);
        assert_eq!(
            String::from_utf8(e.canonical_v2()).unwrap(),
            format!(
                "kasus-audit/2\n1:7\n1:u\n20:2026-03-02T05:00:00Z\n11:Rina Contoh\n9:staff.add\n-\n2:{{}}\n64:{GENESIS}"
            )
        );
        let split_a = entry("Rina\nContoh", "staff.add", None);
        let split_b = entry("Rina", "Contoh\nstaff.add", None);
        assert_eq!(
            split_a.hash_in(1),
            split_b.hash_in(1),
            "form 1 is ambiguous"
        );
        assert_ne!(split_a.hash_in(2), split_b.hash_in(2));
        let null = entry("Rina", "staff.add", None);
        let empty = entry("Rina", "staff.add", Some(""));
        assert_eq!(null.hash_in(1), empty.hash_in(1), "form 1 is ambiguous");
        assert_ne!(null.hash_in(2), empty.hash_in(2));
        assert_eq!(e.compute_hash(), e.hash_in(FORM));
        assert_eq!(e.hash_in(3), "", "an unknown form matches no hash");
    }
}
