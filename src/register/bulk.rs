//! The SQL of the bulk paths: `intake --from` and `step import`. One transaction (the caller's),
//! statements prepared once and reused for every row, case numbers assigned in memory after one
//! query per year, and the audit chain's last hash kept in memory. Every case still gets its own
//! audit entry, hashed by `audit::Entry::compute_hash` exactly as `audit::append` does.

use super::audit;
use super::cases::{Encoded, NewCase, Person};
use super::db::{DbRef, Sql};
use super::rowhash::fed::Fed;
use super::sieve::{Key, Sieve};
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension, Statement, Transaction};
use std::collections::HashMap;

/// A case that a row of a bulk intake matches (by external_ref, the victim's NIK, or the
/// victim's name and birth date): one registered before this intake (its number), or one this
/// intake wrote (its id: the caller knows the row it came from). The register itself is asked,
/// inside the transaction, through its indexes: nothing is held in memory per case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Earlier {
    Registered(String),
    ThisRun(i64),
}

impl Earlier {
    /// Case `id` (`number`) found by an intake whose first case is `first_new`.
    pub(super) fn of(first_new: i64, id: i64, number: String) -> Earlier {
        if id < first_new {
            Earlier::Registered(number)
        } else {
            Earlier::ThisRun(id)
        }
    }
}

pub(super) const BY_REF: &str = "SELECT id, number FROM cases WHERE external_ref = ?1";
/// Whether the case with an external_ref has this victim: the same NIK, or the same name and
/// birth date (either may have been corrected since; both differing is another person).
const SAME_VICTIM: &str = "SELECT 1 FROM cases c JOIN persons p ON p.case_id = c.id
     WHERE c.external_ref = ?1 AND p.role = 'victim'
       AND (p.nik = ?2 OR (p.name_key IS ?3 AND p.birth_date IS ?4)) LIMIT 1";
/// [`SAME_VICTIM`] on PostgreSQL (`IS` there is `IS NOT DISTINCT FROM`).
const SAME_VICTIM_PG: &str = "SELECT 1 FROM cases c JOIN persons p ON p.case_id = c.id
     WHERE c.external_ref = $1 AND p.role = 'victim'
       AND (p.nik = $2 OR (p.name_key IS NOT DISTINCT FROM $3
                           AND p.birth_date IS NOT DISTINCT FROM $4)) LIMIT 1";
/// Whether the registered case with this external_ref has this victim, on either engine (the
/// bulk intake's writers, on a file and on a server).
pub(super) fn same_victim(db: DbRef, external_ref: &str, victim: &Person) -> Result<bool> {
    let key = victim.name.as_deref().map(super::cases::name_key);
    Ok(db
        .query_opt(
            Sql::each(SAME_VICTIM, SAME_VICTIM_PG),
            params![external_ref, victim.nik, key, victim.birth_date],
            |_| Ok(()),
        )?
        .is_some())
}

pub(super) const BY_NIK: &str =
    "SELECT c.id, c.number FROM persons p JOIN cases c ON c.id = p.case_id
     WHERE p.nik = ?1 AND p.role = 'victim' ORDER BY c.id LIMIT 1";
/// [`BY_NIK`] on PostgreSQL: `role || ''` keeps the planner from ANDing in the whole partial
/// index of victims' names (`role = 'victim'`), which it read in full at every lookup.
pub(super) const BY_NIK_PG: &str =
    "SELECT c.id, c.number FROM persons p JOIN cases c ON c.id = p.case_id
     WHERE p.nik = $1 AND p.role || '' = 'victim' ORDER BY c.id LIMIT 1";
pub(super) const BY_NAME_BIRTH: &str =
    "SELECT c.id, c.number FROM persons p JOIN cases c ON c.id = p.case_id
     WHERE p.name_key = ?1 AND p.birth_date = ?2 AND p.role = 'victim' ORDER BY c.id LIMIT 1";
/// The first case of the same report ([`Report`]): reported in this minute (?1 to ?2), under
/// this SOP (any version), with a victim of this name key whose NIK, birth date, sex and age
/// (within a year), where both sides have one, are these; from case id ?9 on.
pub(super) const BY_REPORT: &str =
    "SELECT c.id, c.number FROM cases c JOIN persons p ON p.case_id = c.id
     WHERE c.reported_at BETWEEN ?1 AND ?2 AND p.role = 'victim' AND p.name_key = ?4
       AND c.sop_version_id IN (SELECT id FROM sop_versions WHERE code = ?3)
       AND (CAST(?5 AS TEXT) IS NULL OR p.nik IS NULL OR p.nik = ?5)
       AND (CAST(?6 AS TEXT) IS NULL OR p.birth_date IS NULL OR p.birth_date = ?6)
       AND (CAST(?7 AS TEXT) IS NULL OR p.sex IS NULL OR p.sex = ?7)
       AND (CAST(?8 AS BIGINT) IS NULL OR p.age IS NULL
            OR abs(p.age - CAST(?8 AS BIGINT)) <= 1)
       AND c.id >= ?9
     ORDER BY c.id LIMIT 1";

/// What recognises a report without an external_ref: when it was reported (to the minute, as
/// times are typed), under which SOP, and its victim: the same name (key), and no other NIK,
/// birth date, sex or age (more than a year apart); one side without a value is no
/// contradiction.
pub struct Report<'a> {
    /// The report time as stored (RFC 3339, UTC, `YYYY-MM-DDTHH:MM:SSZ`).
    reported_at: &'a str,
    sop: &'a str,
    name_key: std::borrow::Cow<'a, str>,
    nik: Option<&'a str>,
    birth: Option<&'a str>,
    sex: Option<&'a str>,
    age: Option<u32>,
}

impl<'a> Report<'a> {
    /// The report of `case` under the SOP `sop`; None when its victim has no name. `ahead`: the
    /// case's values made as it was read, if they were ([`NewCase::victim_name_key`]).
    pub fn of(case: &'a NewCase, sop: &'a str, ahead: Option<&'a Encoded>) -> Option<Report<'a>> {
        let v = &case.victim;
        Some(Report {
            reported_at: &case.reported_at,
            sop,
            name_key: case.victim_name_key(ahead)?,
            nik: v.nik.as_deref(),
            birth: v.birth_date.as_deref(),
            sex: v.sex.as_deref(),
            age: v.age,
        })
    }

    /// The report's key in the duplicate filter.
    fn in_sieve(&self) -> Key<'_> {
        Key::Report(self.minute(), self.sop, &self.name_key)
    }

    /// The report's minute as stored (`YYYY-MM-DDTHH:MM`).
    fn minute(&self) -> &str {
        self.reported_at.get(..16).unwrap_or(self.reported_at)
    }

    /// The held key: the minute, the SOP and the name.
    fn key(&self) -> String {
        let m = self.minute();
        let mut k = String::with_capacity(m.len() + self.sop.len() + self.name_key.len() + 3);
        for part in [m, self.sop, &self.name_key] {
            k.push_str(part);
            k.push('\0');
        }
        k
    }

    /// This report's victim, as a held case `id` keeps it.
    fn held(&self, id: i64) -> HeldVictim {
        HeldVictim {
            id,
            nik: self.nik.map(str::to_string),
            birth: self.birth.map(str::to_string),
            sex: self.sex.map(str::to_string),
            age: self.age,
        }
    }

    /// Whether this held victim may be this report's ([`BY_REPORT`]'s test).
    fn fits(&self, v: &HeldVictim) -> bool {
        let agree = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
        agree(self.nik, v.nik.as_deref())
            && agree(self.birth, v.birth.as_deref())
            && agree(self.sex, v.sex.as_deref())
            && match (self.age, v.age) {
                (Some(a), Some(b)) => a.abs_diff(b) <= 1,
                _ => true,
            }
    }

    /// The first case of this report in the register ([`BY_REPORT`]) from case id `since` on,
    /// as (id, number).
    pub(super) fn find(&self, db: DbRef, since: i64) -> Result<Option<(i64, String)>> {
        let m = self.minute();
        db.query_opt(
            BY_REPORT,
            params![
                format!("{m}:00Z"),
                format!("{m}:59Z"),
                self.sop,
                self.name_key,
                self.nik,
                self.birth,
                self.sex,
                self.age,
                since
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }
}

/// A larger page cache for one bulk transaction: SQLite's default 2 MB spills the indexes of
/// new cases to the WAL again and again. Bounded all the same (intake keeps its peak memory
/// under 64 MB at 1,000,000 cases: the cache is most of it; intake takes 32 MiB, about 33 MB
/// since its lines are kept at their size, `sqlite_memory`; 1,000,000 cases 36.7 s with 24
/// MiB, 31.8-32.6 s with 32, 30.2-30.3 s with 40, which peaked at 67 MB). Only this connection
/// (this one command) uses it.
///
/// And a larger lookaside (SQLite's own quick allocator for a connection's small objects): 500
/// slots of 1200 bytes instead of the default's 40. The statements a bulk write keeps prepared
/// use all of the default's slots, so every bound text and every row the pre-update hook reads
/// went to malloc and free (issue 19: intake --from 10,000 cases 2.760 -> 2.684 G instructions).
/// Only here, not for every connection: its 600 KB are touched at open, 160 page faults that
/// were a sixth of `kasus case show`'s.
///
/// No checkpoint at the commit either (`wal_autocheckpoint` 0, this connection only): the
/// commit returns as soon as the transaction is durable, so that the command says what it
/// wrote before SQLite copies the log into the file (at close, seconds after a large import),
/// and an interrupt during that copy finds the result already said.
pub fn tune(conn: &Connection, cache_mib: i64) -> Result<()> {
    conn.pragma_update(None, "cache_size", -(cache_mib * 1024))?;
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    conn.pragma_update(None, "temp_store", "memory")?;
    more_lookaside(conn);
    Ok(())
}

/// Gives `conn` a lookaside of 500 slots of 1200 bytes (see [`tune`]); false when SQLite
/// refused. It refuses while the connection holds lookaside memory: the statements cached so
/// far are let go first, but an SQL function registered on the connection keeps its slot (the
/// migrations of a register created or upgraded by this same command register one), and then
/// the default stays: slower, the same results.
fn more_lookaside(conn: &Connection) -> bool {
    conn.flush_prepared_statement_cache();
    // SAFETY: the handle is this open connection's, used on this thread; SQLITE_DBCONFIG_LOOKASIDE
    // takes (void *buffer, int slot size, int slot count), a null buffer meaning SQLite
    // allocates it itself.
    let rc = unsafe {
        rusqlite::ffi::sqlite3_db_config(
            conn.handle(),
            rusqlite::ffi::SQLITE_DBCONFIG_LOOKASIDE,
            std::ptr::null_mut::<std::ffi::c_void>(),
            1200 as std::ffi::c_int,
            500 as std::ffi::c_int,
        )
    };
    rc == rusqlite::ffi::SQLITE_OK
}

/// Leaves CHECK constraints out of the statements prepared while `off` holds (`PRAGMA
/// ignore_check_constraints`, on this connection only; setting it makes SQLite prepare every
/// statement again, so none prepared before keeps or loses its checks by mistake). A bulk
/// intake turns them off for its transaction: SQLite compiles `persons.role IN (3 values)` into
/// a temporary b-tree (a 16 KiB page, zeroed) built for every person written, about a tenth of
/// a bulk intake's instructions. The values the checks would refuse cannot come from its
/// writes: a person's role is one of the writer's three literals, a case's status its
/// column's default; `kasus check` (SQLite's integrity_check) still checks every row.
///
/// Foreign keys are not looked up either (`PRAGMA foreign_keys`, set outside the transaction:
/// it does nothing inside one): a person's and a violence type's case is the case the writer
/// wrote just before them in the same batch, a case's SOP version one read from the catalogue
/// in the same transaction. Each look-up also made every batch's statement keep a journal of
/// its own. `kasus check` (SQLite's foreign_key_check) still checks every row.
pub fn skip_checks(conn: &Connection, off: bool) -> Result<()> {
    conn.pragma_update(None, "ignore_check_constraints", off)?;
    conn.pragma_update(None, "foreign_keys", !off)?;
    Ok(())
}

/// Time-ordered UUIDs (v7, as `new_uuid` writes one case at a time), their random part from a
/// buffer filled by the OS a few hundred at a time. Within one millisecond a counter (the 12
/// bits RFC 9562 leaves for it) keeps them in order, so that a bulk intake appends to the
/// `cases.uuid` index instead of landing on random pages of it (v4 did).
struct Uuids {
    buf: Vec<u8>,
    at: usize,
    /// The millisecond of the last UUID and its counter.
    ms: u64,
    counter: u16,
}

impl Uuids {
    fn new() -> Uuids {
        Uuids {
            buf: vec![0; 8 * 512],
            at: usize::MAX,
            ms: 0,
            counter: 0,
        }
    }

    /// A new UUID in its text form, written into `out` (no allocation).
    fn next<'b>(&mut self, out: &'b mut [u8; 36]) -> Result<&'b str> {
        if self.at >= self.buf.len() {
            getrandom::fill(&mut self.buf).map_err(|e| {
                crate::error::Error::Other(crate::tr!(
                    "cannot read random bytes for UUIDs: {e}",
                    "tidak bisa membaca bilangan acak untuk UUID: {e}"
                ))
            })?;
            self.at = 0;
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        if now > self.ms {
            self.ms = now;
            self.counter = 0;
        } else if self.counter >= 0x0FFF {
            // 4,096 in one millisecond: the next millisecond's, still in order.
            self.ms += 1;
            self.counter = 0;
        } else {
            self.counter += 1;
        }
        let mut b = [0u8; 10];
        b[0] = (self.counter >> 8) as u8;
        b[1] = self.counter as u8;
        b[2..].copy_from_slice(&self.buf[self.at..self.at + 8]);
        self.at += 8;
        let u = uuid::Builder::from_unix_timestamp_millis(self.ms, &b).into_uuid();
        Ok(u.hyphenated().encode_lower(out))
    }
}

/// The audit chain's head, kept in memory for the whole transaction ([`Link`], with the buffers
/// every entry is built in: no allocation per entry), and where its entries go.
pub struct Chain<'t> {
    link: Link,
    /// Where entries go: each written as it is made, or held back for [`Chain::write_held`].
    sink: Sink<'t>,
}

/// What makes a chain's next entry: the last entry's number and hash, and the buffers. No
/// connection: a bulk intake makes a batch's entries on a second thread (`Link` is `Send`).
struct Link {
    seq: i64,
    prev: String,
    rows: Vec<super::rowhash::Touch>,
    details: String,
    canonical: Vec<u8>,
    hash: String,
}

/// Where a chain's entries go.
enum Sink<'t> {
    /// One `audit::INSERT` an entry.
    EachOne(Statement<'t>),
    /// A batch, written by [`Chain::write_held`] (`audit::FEED`).
    Held(super::feed::Batch<'t>),
}

impl<'t> Chain<'t> {
    /// A chain whose entries are written as they are made.
    pub fn new(tx: &'t Transaction) -> Result<Chain<'t>> {
        Chain::with(tx, Sink::EachOne(tx.prepare(audit::INSERT)?))
    }

    /// The chain of a writer that writes its rows in batches: entries are held back until
    /// [`Chain::write_held`] writes them, all by one statement.
    fn fed(tx: &'t Transaction) -> Result<Chain<'t>> {
        Chain::with(tx, Sink::Held(super::feed::Batch::open(tx, &audit::FEED)?))
    }

    fn with(tx: &'t Transaction, sink: Sink<'t>) -> Result<Chain<'t>> {
        let last: Option<(i64, String)> = tx
            .query_row(
                "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (seq, prev) = last.unwrap_or((0, audit::GENESIS.to_string()));
        Ok(Chain {
            link: Link {
                seq,
                prev,
                rows: Vec::new(),
                details: String::new(),
                canonical: Vec::new(),
                hash: String::with_capacity(64),
            },
            sink,
        })
    }

    /// Holds back entries made ahead ([`Link::next`] into `entries`), then writes every entry
    /// held (a chain made by [`Chain::fed`]).
    fn write_held(&mut self, entries: &super::feed::Values) -> Result<()> {
        if let Sink::Held(batch) = &mut self.sink {
            batch.rows().extend(entries, 0..entries.len())?;
            batch.write()?;
        }
        Ok(())
    }

    /// Takes the rows written since the last entry (`rowhash`) for the next entry.
    pub fn take_rows(&mut self) {
        super::rowhash::take_into(&mut self.link.rows);
    }

    /// Appends one entry with the rows taken ([`Chain::take_rows`]): `details` is canonical
    /// JSON (sorted keys, as serde_json writes a `json!` object), without personal data, and
    /// its hash the one [`audit::Entry::compute_hash`] gives.
    pub fn write(
        &mut self,
        uuid: &str,
        at: &str,
        actor: &str,
        action: &str,
        case_uuid: Option<&str>,
        details: &str,
    ) -> Result<()> {
        let sink = &mut self.sink;
        self.link
            .next(uuid, at, actor, action, case_uuid, details, |values| {
                match sink {
                    Sink::Held(batch) => batch.rows().push_params(values)?,
                    Sink::EachOne(insert) => {
                        insert.execute(values)?;
                    }
                }
                Ok(())
            })
    }
}

impl Link {
    /// Room in its buffers for an entry of `rows` rows (see [`FileWriter::flush`]).
    fn make_room(&mut self, rows: usize) {
        let text = 512 + 128 * rows;
        self.rows.reserve(rows);
        self.details.reserve(text);
        self.canonical.reserve(text + 512);
    }

    /// Makes the next entry and gives its values (`audit::INSERT`'s) to `put`; `details` is
    /// canonical JSON (sorted keys, as serde_json writes a `json!` object), without personal
    /// data; the rows in [`Link::rows`] (sorted and each row once, as `rowhash::take_into`
    /// leaves them) are added as its last key, `rows`, as [`audit::append`] does. Its hash is
    /// the one [`audit::Entry::compute_hash`] gives (the same canonical text,
    /// [`audit::canonical_v2_into`]).
    #[allow(clippy::too_many_arguments)]
    fn next(
        &mut self,
        uuid: &str,
        at: &str,
        actor: &str,
        action: &str,
        case_uuid: Option<&str>,
        details: &str,
        put: impl FnOnce(&[&dyn rusqlite::ToSql]) -> Result<()>,
    ) -> Result<()> {
        use sha2::{Digest, Sha256};
        self.details.clear();
        super::rowhash::push_with_rows(&mut self.details, details, &self.rows);
        let seq = self.seq + 1;
        audit::canonical_v2_into(
            &mut self.canonical,
            &audit::Fields {
                seq,
                uuid,
                at,
                actor,
                action,
                case_uuid,
                details: &self.details,
                prev_hash: &self.prev,
            },
        );
        self.hash.clear();
        crate::sop::catalog::push_hex(&mut self.hash, &Sha256::digest(&self.canonical));
        // The same values as `audit::INSERT` takes, either way.
        put(params![
            seq,
            uuid,
            at,
            actor,
            action,
            case_uuid,
            self.details,
            self.prev,
            self.hash
        ])?;
        self.seq = seq;
        std::mem::swap(&mut self.prev, &mut self.hash);
        Ok(())
    }

    /// The `case.intake` entries of a batch's held cases, into `entries`: each with its rows,
    /// its case's then its people's and violence types' (`batch`: the batch's rows, cases then
    /// persons then violence types, in the order written); `before` (rows changed before the
    /// batch) go to the first one's, as they would have gone to the next entry. An error
    /// ([`other_rows`]) when `batch` does not hold the rows of `held`.
    fn batch(
        &mut self,
        held: &[Held],
        before: &[super::rowhash::Touch],
        batch: &[super::rowhash::Touch],
        (at, actor): (&str, &str),
        entries: &mut super::feed::Values,
    ) -> Result<()> {
        let persons: usize = held.iter().map(|h| h.persons).sum();
        let (mut p, mut v) = (held.len(), held.len() + persons);
        for (i, h) in held.iter().enumerate() {
            let rows = &mut self.rows;
            rows.clear();
            if i == 0 {
                rows.extend_from_slice(before);
            }
            let own = batch.get(i).zip(batch.get(p..p + h.persons));
            let (Some((case, people)), Some(types)) = (own, batch.get(v..v + h.violence)) else {
                return Err(other_rows());
            };
            rows.push(case.clone());
            rows.extend_from_slice(people);
            rows.extend_from_slice(types);
            p += h.persons;
            v += h.violence;
            super::rowhash::settle(rows);
            self.next(
                &h.audit_uuid,
                at,
                actor,
                "case.intake",
                Some(&h.case_uuid),
                &h.details,
                |values| Ok(entries.push_params(values)?),
            )?;
        }
        Ok(())
    }
}

/// A bulk write whose rows are not the ones it was given (never expected: it stops the import).
fn other_rows() -> crate::error::Error {
    crate::error::Error::Other(crate::tr!(
        "the bulk writer wrote other rows than it was given; nothing was registered",
        "penulis massal menulis baris lain dari yang diberikan; tidak ada yang didaftarkan"
    ))
}

/// The audit details of an intake, `{"number":...,"sop":...,"sop_version_id":...}`, into
/// `out` (cleared first): the same keys, in the same (sorted) order and the same text, as
/// `cases::insert` writes with `json!`.
fn intake_details(out: &mut String, number: &str, sop: &str, sop_version_id: i64) {
    use std::fmt::Write;
    out.clear();
    out.push_str("{\"number\":");
    super::rowhash::push_json_str(out, number);
    out.push_str(",\"sop\":");
    super::rowhash::push_json_str(out, sop);
    let _ = write!(out, ",\"sop_version_id\":{sop_version_id}}}");
}

/// How many cases a bulk intake holds back before it writes them (see [`FileWriter`]).
const BATCH: usize = 512;

/// A held case's id and its victim's NIK, birth date, sex and age, kept by its report.
struct HeldVictim {
    id: i64,
    nik: Option<String>,
    birth: Option<String>,
    sex: Option<String>,
    age: Option<u32>,
}

/// A case held back in a batch: what its audit entry needs once its rows are written.
struct Held {
    case_uuid: String,
    audit_uuid: String,
    /// The entry's details without its rows ([`intake_details`]).
    details: String,
    persons: usize,
    violence: usize,
}

/// Registers cases one after another in the caller's SQLite transaction (the bulk writer on a
/// register file; `case_writer::CaseWriter` picks it or the server's).
///
/// Cases are held back and written [`BATCH`] at a time, each table's rows by one
/// `INSERT ... SELECT` from a feed (`feed`), not one statement a row (issue 19); then each case
/// gets its audit entry, with its own rows, exactly as if it had been written alone. A case's id
/// is given (the next after the register's last), so that its people can name it, and so is each
/// person's (so that their rows' hashes can be made from the values fed: `rowhash::fed`). The duplicate
/// checks see the held cases too ([`FileWriter::find_nik`] and the others), and
/// [`FileWriter::finish`] writes the last batch: the caller's transaction must not commit
/// before it.
pub struct FileWriter<'t> {
    tx: &'t Transaction<'t>,
    /// The first case id this intake writes: a lower one was registered before.
    first_new: i64,
    last_case: i64,
    last_person: i64,
    by_ref: Statement<'t>,
    by_nik: Statement<'t>,
    by_name_birth: Statement<'t>,
    /// The keys in the register: a row that matches none needs no lookup. Built by
    /// [`FileWriter::expect_input`], once its size is known; until then every check asks the
    /// register's indexes.
    sieve: Option<Sieve>,
    office: String,
    now: String,
    actor: String,
    seqs: HashMap<i32, i64>,
    uuids: Uuids,
    chain: Chain<'t>,
    /// The batch: each table's rows, the statements that write them, and the cases held.
    cases: super::feed::Batch<'t>,
    persons: super::feed::Batch<'t>,
    violence: super::feed::Batch<'t>,
    /// How the three tables store the batch's rows, when the values tell it: their hashes are
    /// then made from the values, the hook off while they are written.
    fed: Option<[Fed; 3]>,
    /// The batch's rows as [`FileWriter::fed`] hashed them.
    fed_rows: Vec<super::rowhash::Touch>,
    held: Vec<Held>,
    /// The held cases' keys (external_ref, NIK, name and birth date, each with its kind's
    /// letter first), with the first held case that has each.
    held_keys: HashMap<String, i64, foldhash::fast::RandomState>,
    /// The held cases by their report ([`Report::key`]): each one's id and victim, in order.
    held_reports: HashMap<String, Vec<HeldVictim>, foldhash::fast::RandomState>,
    /// The rows the pre-update hook saw while a batch was written (or the ones made from its
    /// values: [`FileWriter::flush`]).
    touched: Vec<super::rowhash::Touch>,
    /// The rows the hook saw before a batch, which go to its first case's entry.
    before: Vec<super::rowhash::Touch>,
    /// The batch's audit entries, made with its rows' hashes ([`Link::batch`]).
    entries: super::feed::Values,
    number: String,
}

impl<'t> FileWriter<'t> {
    pub fn new(tx: &'t Transaction<'t>, office: &str, now: &str, actor: &str) -> Result<Self> {
        let first_new = tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM cases", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(FileWriter {
            tx,
            first_new,
            last_case: first_new - 1,
            last_person: tx
                .query_row("SELECT coalesce(max(id), 0) FROM persons", [], |r| r.get(0))?,
            by_ref: tx.prepare(BY_REF)?,
            by_nik: tx.prepare(BY_NIK)?,
            by_name_birth: tx.prepare(BY_NAME_BIRTH)?,
            sieve: None,
            office: office.to_string(),
            now: now.to_string(),
            actor: actor.to_string(),
            seqs: HashMap::new(),
            uuids: Uuids::new(),
            chain: Chain::fed(tx)?,
            cases: super::feed::Batch::open(tx, &super::cases::CASES_FEED)?,
            persons: super::feed::Batch::open(tx, &super::cases::PERSONS_FEED)?,
            violence: super::feed::Batch::open(tx, &super::cases::VIOLENCE_FEED)?,
            fed: match [
                Fed::of(tx, &super::cases::CASES_FEED)?,
                Fed::of(tx, &super::cases::PERSONS_FEED)?,
                Fed::of(tx, &super::cases::VIOLENCE_FEED)?,
            ] {
                [Some(c), Some(p), Some(v)] => Some([c, p, v]),
                _ => None,
            },
            fed_rows: Vec::new(),
            held: Vec::with_capacity(BATCH),
            held_keys: HashMap::default(),
            held_reports: HashMap::default(),
            touched: Vec::new(),
            before: Vec::new(),
            entries: super::feed::Values::default(),
            number: String::with_capacity(32),
        })
    }

    fn earlier(&self, hit: Option<(i64, String)>) -> Option<Earlier> {
        hit.map(|(id, number)| Earlier::of(self.first_new, id, number))
    }

    /// The case with this external_ref, if any.
    pub fn find_ref(&mut self, external_ref: &str) -> Result<Option<Earlier>> {
        if self
            .sieve
            .as_ref()
            .is_some_and(|s| !s.may_hold(&Key::Ref(external_ref)))
        {
            return Ok(None);
        }
        let hit = self
            .by_ref
            .query_row([external_ref], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(self
            .earlier(hit)
            .or_else(|| self.held_case('r', &[external_ref])))
    }

    /// Whether the registered case with this external_ref has this victim ([`same_victim`]).
    pub fn same_victim(&mut self, external_ref: &str, victim: &Person) -> Result<bool> {
        same_victim(self.tx.into(), external_ref, victim)
    }

    /// The first case whose victim has this NIK, if any.
    pub fn find_nik(&mut self, nik: &str) -> Result<Option<Earlier>> {
        if self
            .sieve
            .as_ref()
            .is_some_and(|s| !s.may_hold(&Key::Nik(nik)))
        {
            return Ok(None);
        }
        let hit = self
            .by_nik
            .query_row([nik], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(self.earlier(hit).or_else(|| self.held_case('n', &[nik])))
    }

    /// The first case whose victim has this name key and birth date, if any.
    pub fn find_name_birth(&mut self, name_key: &str, birth: &str) -> Result<Option<Earlier>> {
        if self
            .sieve
            .as_ref()
            .is_some_and(|s| !s.may_hold(&Key::NameBirth(name_key, birth)))
        {
            return Ok(None);
        }
        let hit = self
            .by_name_birth
            .query_row([name_key, birth], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(self
            .earlier(hit)
            .or_else(|| self.held_case('b', &[name_key, birth])))
    }

    /// The first case of the same report ([`Report`]), registered or held, if any; with
    /// `this_run`, only a case of this intake.
    pub fn find_report(&mut self, report: &Report, this_run: bool) -> Result<Option<Earlier>> {
        let since = if this_run { self.first_new } else { 0 };
        let absent = self
            .sieve
            .as_ref()
            .is_some_and(|s| !s.may_hold(&report.in_sieve()));
        let hit = if absent {
            None
        } else {
            report.find(self.tx.into(), since)?
        };
        if hit.is_some() || self.held.is_empty() {
            return Ok(self.earlier(hit));
        }
        Ok(self
            .held_reports
            .get(&report.key())
            .and_then(|vs| vs.iter().find(|v| report.fits(v)))
            .map(|v| Earlier::ThisRun(v.id)))
    }

    /// A held case's key: its kind's letter, then its parts, each ended by a NUL (which no
    /// checked value holds).
    fn held_key(kind: char, parts: &[&str]) -> String {
        let mut k = String::with_capacity(40);
        k.push(kind);
        for p in parts {
            k.push_str(p);
            k.push('\0');
        }
        k
    }

    /// The first held case (written by this intake, not yet in the register) with this key.
    /// The register is asked first: its cases are older.
    fn held_case(&self, kind: char, parts: &[&str]) -> Option<Earlier> {
        if self.held.is_empty() {
            return None;
        }
        self.held_keys
            .get(&Self::held_key(kind, parts))
            .map(|&id| Earlier::ThisRun(id))
    }

    /// Builds the duplicate filter, sized for the register's keys and an input of `bytes`
    /// bytes (about 64 bytes a key: four keys in a row of about 280), so that the register is
    /// read for it once, not again each time it fills.
    pub fn expect_input(&mut self, bytes: u64) -> Result<()> {
        // At most 8 million keys (12 MB) ahead: past that it grows as it fills.
        let keys = usize::try_from(bytes / 64)
            .unwrap_or(usize::MAX)
            .min(1 << 23);
        self.sieve = Some(Sieve::of(self.tx, keys)?);
        Ok(())
    }

    /// The id of the case [`FileWriter::insert`] wrote last.
    pub fn last_id(&self) -> i64 {
        self.last_case
    }

    fn next_seq(&mut self, year: i32) -> Result<i64> {
        let seq = match self.seqs.get(&year) {
            Some(s) => s + 1,
            None => self
                .tx
                .query_row(super::cases::NEXT_SEQ, params![self.office, year], |r| {
                    r.get::<_, i64>(0)
                })?,
        };
        self.seqs.insert(year, seq);
        Ok(seq)
    }

    fn insert_person(
        &mut self,
        case_id: i64,
        role: &'static str,
        p: &Person,
        ahead: Option<(&Encoded, usize)>,
    ) -> Result<()> {
        // What the CHECK left out of `person` would refuse (see `without_checks`).
        debug_assert!(matches!(role, "victim" | "complainant" | "perpetrator"));
        let mut u = [0u8; 36];
        let uuid = self.uuids.next(&mut u)?;
        let id = self.last_person + 1;
        super::cases::feed_person(
            self.persons.rows(),
            id,
            uuid,
            case_id,
            role,
            p,
            &self.now,
            ahead,
        )?;
        self.last_person = id;
        Ok(())
    }

    /// Registers one case, as `cases::insert` does; returns its number. The case is held back
    /// and written with its batch (see [`FileWriter`]). `ahead`: the case's values made while
    /// it was read ([`Encoded::of`] of `c`), if they were.
    pub fn insert(&mut self, c: &NewCase, sop_code: &str, ahead: Option<&Encoded>) -> Result<&str> {
        use std::fmt::Write;
        // Ctrl-C and the like stop the import here (crate::interrupt::stops_write).
        crate::interrupt::stopped()?;
        // The duplicate filter, when full, is built again from the register: the held cases
        // are written first, so that it holds their keys.
        if self.sieve.as_ref().is_some_and(|s| s.needs_room(4)) {
            self.flush()?;
            if let Some(sieve) = &mut self.sieve {
                sieve.grow(self.tx)?;
            }
        }
        let seq = self.next_seq(c.year)?;
        self.number.clear();
        let _ = write!(self.number, "{}/{}/{seq:04}", self.office, c.year);
        let mut u = [0u8; 36];
        let uuid = self.uuids.next(&mut u)?.to_string();
        let id = self.last_case + 1;
        super::cases::feed_case(
            self.cases.rows(),
            id,
            &uuid,
            &self.office,
            &self.number,
            seq,
            c,
            &self.now,
            ahead,
        )?;
        self.last_case = id;
        let mut persons = 0;
        for (role, p) in c.people() {
            self.insert_person(id, role, p, ahead.map(|e| (e, persons)))?;
            persons += 1;
        }
        // Each type once (as the intake's checks give them): each row fed is then a row
        // written, which the entries' rows are counted by ([`FileWriter::flush`] refuses a
        // batch whose rows do not add up).
        for v in &c.violence {
            self.violence.rows().push(id)?;
            self.violence.rows().push(v)?;
        }
        let violence = c.violence.len();
        let mut keys: Vec<String> = Vec::with_capacity(3);
        if let Some(r) = &c.external_ref {
            keys.push(Self::held_key('r', &[r]));
            if let Some(sieve) = &mut self.sieve {
                sieve.add(self.tx, &Key::Ref(r))?;
            }
        }
        if let Some(nik) = &c.victim.nik {
            keys.push(Self::held_key('n', &[nik]));
            if let Some(sieve) = &mut self.sieve {
                sieve.add(self.tx, &Key::Nik(nik))?;
            }
        }
        if let Some(report) = Report::of(c, sop_code, ahead) {
            if let Some(b) = &c.victim.birth_date {
                keys.push(Self::held_key('b', &[&report.name_key, b]));
                if let Some(sieve) = &mut self.sieve {
                    sieve.add(self.tx, &Key::NameBirth(&report.name_key, b))?;
                }
            }
            if let Some(sieve) = &mut self.sieve {
                sieve.add(self.tx, &report.in_sieve())?;
            }
            self.held_reports
                .entry(report.key())
                .or_default()
                .push(report.held(id));
        }
        for k in keys {
            self.held_keys.entry(k).or_insert(id);
        }
        let mut details = String::with_capacity(96);
        intake_details(&mut details, &self.number, sop_code, c.sop_version_id);
        let mut au = [0u8; 36];
        let audit_uuid = self.uuids.next(&mut au)?.to_string();
        self.held.push(Held {
            case_uuid: uuid,
            audit_uuid,
            details,
            persons,
            violence,
        });
        if self.held.len() >= BATCH {
            self.flush()?;
        }
        Ok(&self.number)
    }

    /// Writes the cases held back, if any (the caller's transaction must not commit before).
    pub fn finish(&mut self) -> Result<()> {
        self.flush()
    }

    /// The victims this intake added who may be earlier cases' victims
    /// ([`super::cases::possible_victims_from`]), the held cases written first.
    pub fn possible_victims(&mut self) -> Result<Vec<super::cases::Possible>> {
        self.flush()?;
        super::cases::possible_victims_from(self.tx, self.first_new, self.last_case)
    }

    /// Writes the held cases: each table's rows by one statement, then each case's audit
    /// entry with its rows (the rows seen before the batch, if any, go to its first case's, as
    /// they would have gone to the next entry). The rows' hashes are made from the values fed
    /// when those tell the stored rows (`rowhash::fed`), with the hook off while the batch is
    /// written, and so are the entries, both on a second thread while SQLite writes the rows;
    /// else the hook records the rows as it does every other write, and the entries are made
    /// after.
    fn flush(&mut self) -> Result<()> {
        if self.held.is_empty() {
            return Ok(());
        }
        super::rowhash::take_raw(&mut self.before);
        self.fed_rows.clear();
        self.entries.clear();
        let rows = [
            self.cases.rows().clone(),
            self.persons.rows().clone(),
            self.violence.rows().clone(),
        ];
        let fed = self
            .fed
            .as_ref()
            .filter(|feds| feds.iter().zip(&rows).all(|(f, r)| f.keeps(&r.view())));
        let persons: usize = self.held.iter().map(|h| h.persons).sum();
        let violence: usize = self.held.iter().map(|h| h.violence).sum();
        let n = self.held.len();
        let when = (self.now.as_str(), self.actor.as_str());
        // The entries' room, made here: what the second thread allocated would stay in its
        // allocator's pages after it ends (1.5 MB more at the peak).
        let rows_fed = n + persons + violence + self.before.len();
        self.entries.reserve(9 * n, 512 * n + 128 * rows_fed);
        self.fed_rows.reserve(rows_fed);
        let most = self.held.iter().map(|h| 1 + h.persons + h.violence).max();
        self.chain
            .link
            .make_room(most.unwrap_or(0) + self.before.len());
        let wrote = {
            // The rows' hashes and the entries are made on a second thread while SQLite writes
            // the rows: both only read the batch's values, which stay put until both are done.
            let views = [rows[0].view(), rows[1].view(), rows[2].view()];
            let bufs: [&super::feed::Buf; 3] = [&views[0], &views[1], &views[2]];
            // Debug builds (the tests) keep the hook on, to check the hashes made from the
            // values against the rows SQLite stored.
            let _off = (fed.is_some() && !cfg!(debug_assertions))
                .then(|| super::rowhash::hook_off(self.tx));
            let (cases, persons, violence) =
                (&mut self.cases, &mut self.persons, &mut self.violence);
            let (fed_rows, link, entries) =
                (&mut self.fed_rows, &mut self.chain.link, &mut self.entries);
            let (held, before) = (&self.held, &self.before);
            std::thread::scope(|s| -> Result<[usize; 3]> {
                let hashing = fed.map(|feds| {
                    let mut out = std::mem::take(&mut *fed_rows);
                    s.spawn(move || {
                        for (f, b) in feds.iter().zip(bufs) {
                            f.hashes(b, &mut out);
                        }
                        let made = link.batch(held, before, &out, when, entries);
                        (out, made)
                    })
                });
                let wrote = (|| -> rusqlite::Result<[usize; 3]> {
                    Ok([
                        cases.write_keeping()?,
                        persons.write_keeping()?,
                        violence.write_keeping()?,
                    ])
                })();
                // Joined before a failed write returns, so that a stop on that thread is an
                // error too (the scope's own join would resume it as a panic).
                let made = match hashing {
                    Some(h) => {
                        let (out, made) = h.join().map_err(|_| {
                            crate::error::Error::Other(crate::tr!(
                                "the bulk writer's hashing stopped; nothing was registered",
                                "penghitung hash penulis massal berhenti; tidak ada yang didaftarkan"
                            ))
                        })?;
                        *fed_rows = out;
                        made
                    }
                    None => Ok(()),
                };
                let wrote = wrote?;
                made?;
                Ok(wrote)
            })
        };
        // Let go even when a write failed, as `Batch::write` does.
        for b in [&mut self.cases, &mut self.persons, &mut self.violence] {
            b.clear();
        }
        let wrote = wrote?;
        // The rows the hook saw: the batch's, unless it was off.
        super::rowhash::take_raw(&mut self.touched);
        if fed.is_some() {
            if cfg!(debug_assertions) {
                assert_eq!(
                    self.touched, self.fed_rows,
                    "the rows' hashes made from the values fed differ from the stored rows'"
                );
            } else {
                std::mem::swap(&mut self.touched, &mut self.fed_rows);
            }
        }
        let tables = |from: usize, count: usize, table: &str| {
            self.touched
                .get(from..from + count)
                .is_some_and(|t| t.iter().all(|r| r.0 == table))
        };
        if wrote != [n, persons, violence]
            || self.touched.len() != n + persons + violence
            || !tables(0, n, "cases")
            || !tables(n, persons, "persons")
            || !tables(n + persons, violence, "case_violence")
        {
            return Err(other_rows());
        }
        if fed.is_none() {
            self.chain.link.batch(
                &self.held,
                &self.before,
                &self.touched,
                when,
                &mut self.entries,
            )?;
        }
        self.chain.write_held(&self.entries)?;
        debug_assert!([&self.cases, &self.persons, &self.violence]
            .iter()
            .all(|b| b.rows().is_empty()));
        self.held.clear();
        self.held_keys.clear();
        self.held_reports.clear();
        self.touched.clear();
        Ok(())
    }
}

// ------------------------------------------------------------------ step import

/// A case by number (case-insensitive), UUID or external_ref.
pub fn case_by_key<'a>(
    conn: impl Into<super::db::DbRef<'a>>,
    key: &str,
    by_external_ref: bool,
) -> Result<Option<super::cases::CaseRow>> {
    if by_external_ref {
        super::cases::by_external_ref(conn, key.trim())
    } else {
        super::cases::find(conn, key)
    }
}

/// One backfilled attempt, already checked against the flow.
pub use super::steps::AttemptRecord as BackfillAttempt;

/// Writes backfilled attempts in the caller's transaction, with the audit entries `kasus step`
/// writes: step.start then step.finish for a finished attempt, step.start for a running one,
/// step.skip for a skipped one.
pub struct StepWriter<'t> {
    now: String,
    actor: String,
    uuids: Uuids,
    chain: Chain<'t>,
    insert: Statement<'t>,
    touch: Statement<'t>,
}

impl<'t> StepWriter<'t> {
    pub fn new(tx: &'t Transaction<'t>, now: &str, actor: &str) -> Result<Self> {
        Ok(StepWriter {
            now: now.to_string(),
            actor: actor.to_string(),
            uuids: Uuids::new(),
            chain: Chain::new(tx)?,
            insert: tx.prepare(super::steps::INSERT)?,
            touch: tx.prepare("UPDATE cases SET updated_at = ?1 WHERE id = ?2")?,
        })
    }

    pub fn insert(&mut self, case: &super::cases::CaseRow, a: &BackfillAttempt) -> Result<()> {
        let mut u = [0u8; 36];
        let uuid = self.uuids.next(&mut u)?.to_string();
        super::steps::write(&mut self.insert, &uuid, case.id, a, &self.actor, &self.now)?;
        self.touch.execute(params![self.now, case.id])?;
        let append = |chain: &mut Chain, uuids: &mut Uuids, action: &str, d: serde_json::Value| {
            let mut au = [0u8; 36];
            let audit_uuid = uuids.next(&mut au)?;
            chain.take_rows();
            chain.write(
                audit_uuid,
                &self.now,
                &self.actor,
                action,
                Some(&case.uuid),
                &serde_json::to_string(&d).unwrap_or_else(|_| "{}".into()),
            )
        };
        if a.status == "skipped" {
            let at = a.finished_at.or(a.started_at);
            append(
                &mut self.chain,
                &mut self.uuids,
                "step.skip",
                serde_json::json!({"attempt": uuid, "step": a.step_number, "n": a.attempt, "at": at}),
            )?;
            return Ok(());
        }
        append(
            &mut self.chain,
            &mut self.uuids,
            "step.start",
            serde_json::json!({"attempt": uuid, "step": a.step_number, "n": a.attempt, "at": a.started_at}),
        )?;
        if a.status == "finished" {
            append(
                &mut self.chain,
                &mut self.uuids,
                "step.finish",
                serde_json::json!({"attempt": uuid, "step": a.step_number, "n": a.attempt,
                                   "outcome": a.outcome, "at": a.finished_at,
                                   "elapsed_secs": a.figures.map(|f| f.elapsed_secs),
                                   "wall_secs": a.figures.map(|f| f.wall_secs),
                                   "paused_secs": a.figures.map(|f| f.paused_secs),
                                   "clock": a.clock,
                                   "calendar_version": a.calendar_version}),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{intake_details, Held, Link, Uuids};
    use crate::register::rowhash::{Key, Touch};

    /// A batch's entries: each case's with its own rows (its case, people and violence types),
    /// the rows changed before the batch with the first; a batch short of its rows makes none.
    #[test]
    fn a_batchs_entries_hold_each_cases_rows_and_the_rows_before_go_to_the_first() {
        let held = |n: u8, persons, violence| Held {
            case_uuid: format!("case-{n}"),
            audit_uuid: format!("entry-{n}"),
            details: "{\"number\":\"x\"}".into(),
            persons,
            violence,
        };
        let held = [held(1, 2, 1), held(2, 1, 1)];
        let row =
            |t: &'static str, k: i64, h: u8| -> Touch { (t, Key::Int(k), Some([h; 16]), None) };
        let before = [row("staff", 9, 9)];
        let batch = [
            row("cases", 1, 1),
            row("cases", 2, 2),
            row("persons", 1, 3),
            row("persons", 2, 4),
            row("persons", 3, 5),
            row("case_violence", 1, 6),
            row("case_violence", 2, 7),
        ];
        let mut link = Link {
            seq: 4,
            prev: "0".repeat(64),
            rows: Vec::new(),
            details: String::new(),
            canonical: Vec::new(),
            hash: String::new(),
        };
        let mut entries = crate::register::feed::Values::default();
        let made = link.batch(&held, &before, &batch, ("t", "a"), &mut entries);
        assert!(matches!(made, Ok(())));
        // Nine values an entry (audit::INSERT's): its details are the seventh.
        assert_eq!(entries.len(), 18);
        let details = |i: usize| entries.text(9 * i + 6).unwrap().to_string();
        let keys = |d: &str| -> Vec<(String, i64)> {
            let v: serde_json::Value = serde_json::from_str(d).unwrap();
            v["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_i64().unwrap()))
                .collect()
        };
        let own = |t: &str, k: i64| (t.to_string(), k);
        assert_eq!(
            keys(&details(0)),
            [
                own("case_violence", 1),
                own("cases", 1),
                own("persons", 1),
                own("persons", 2),
                own("staff", 9)
            ]
        );
        assert_eq!(
            keys(&details(1)),
            [own("case_violence", 2), own("cases", 2), own("persons", 3)]
        );
        assert_eq!(link.seq, 6, "two entries");
        let mut none = crate::register::feed::Values::default();
        assert!(link
            .batch(&held, &before, &batch[..6], ("t", "a"), &mut none)
            .is_err());
    }

    #[test]
    fn intake_details_are_the_text_serde_json_writes() {
        let mut out = String::new();
        for (number, sop) in [
            ("PPA/2026/0001", "batam-34-2020"),
            ("P\"A/2026/0001", "a\\b\nc\u{1}d"),
            ("", "é"),
        ] {
            intake_details(&mut out, number, sop, -7);
            let want = serde_json::json!({"number": number, "sop": sop, "sop_version_id": -7});
            assert_eq!(out, serde_json::to_string(&want).unwrap());
        }
    }

    #[test]
    fn an_existing_register_opened_for_a_bulk_write_takes_the_larger_lookaside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        drop(crate::register::Register::open(&path).unwrap());
        let reg = crate::register::Register::open(&path).unwrap();
        let conn = reg.conn().unwrap();
        let cases: i64 = conn
            .prepare_cached("SELECT count(*) FROM cases")
            .unwrap()
            .query_row([], |r| r.get(0))
            .unwrap();
        assert_eq!(cases, 0);
        assert!(super::more_lookaside(conn));
    }

    #[test]
    fn bulk_uuids_are_v7_and_in_order() {
        let mut uuids = Uuids::new();
        let mut last = String::new();
        for _ in 0..10_000 {
            let mut out = [0u8; 36];
            let u = uuids.next(&mut out).unwrap().to_string();
            let parsed = uuid::Uuid::parse_str(&u).unwrap();
            assert_eq!(parsed.get_version_num(), 7, "{u}");
            assert!(u > last, "{u} after {last}");
            last = u;
        }
    }
}
