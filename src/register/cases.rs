//! Cases, the people in them (victim, complainant, perpetrators), violence types and services.

use super::db::DbRef;
use super::db::{dollar_placeholders, Row, Sql};
use super::feed::Take::Col;
use super::{audit, Register};
use crate::error::{Error, Result};
use rusqlite::params;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Person {
    pub name: Option<String>,
    pub nik: Option<String>,
    pub sex: Option<String>,
    pub birth_date: Option<String>,
    pub age: Option<u32>,
    pub phone: Option<String>,
    pub relation: Option<String>,
    pub address: Option<String>,
    pub kecamatan: Option<String>,
    pub kelurahan: Option<String>,
    pub disability: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewCase {
    pub sop_version_id: i64,
    pub reported_at: String,
    pub year: i32,
    pub channel: String,
    pub place: Option<String>,
    pub incident_date: Option<String>,
    pub chronology: Option<String>,
    pub urgency: String,
    pub risk: Option<String>,
    pub is_child: bool,
    pub external_ref: Option<String>,
    pub victim: Person,
    pub complainant: Option<Person>,
    pub perpetrators: Vec<Person>,
    pub violence: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseRow {
    #[serde(skip)]
    pub id: i64,
    pub uuid: String,
    pub number: String,
    pub office: String,
    #[serde(skip)]
    pub sop_version_id: i64,
    pub reported_at: String,
    pub channel: String,
    pub place: Option<String>,
    pub incident_date: Option<String>,
    pub chronology: Option<String>,
    pub urgency: String,
    pub risk: Option<String>,
    pub is_child: bool,
    pub status: String,
    pub closed_at: Option<String>,
    pub close_reason: Option<String>,
    pub external_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The office that recorded the case (its `office-uuid`); None: this office (issue 20).
    #[serde(skip)]
    pub origin: Option<String>,
}

const CASE_COLUMNS: &str = "id, uuid, number, office, sop_version_id, reported_at, channel, place, \
    incident_date, chronology, urgency, risk, is_child, status, closed_at, close_reason, external_ref, \
    created_at, updated_at, origin";

fn case_row(r: &Row) -> rusqlite::Result<CaseRow> {
    Ok(CaseRow {
        id: r.get(0)?,
        uuid: r.get(1)?,
        number: r.get(2)?,
        office: r.get(3)?,
        sop_version_id: r.get(4)?,
        reported_at: r.get(5)?,
        channel: r.get(6)?,
        place: r.get(7)?,
        incident_date: r.get(8)?,
        chronology: r.get(9)?,
        urgency: r.get(10)?,
        risk: r.get(11)?,
        is_child: r.get(12)?,
        status: r.get(13)?,
        closed_at: r.get(14)?,
        close_reason: r.get(15)?,
        external_ref: r.get(16)?,
        created_at: r.get(17)?,
        updated_at: r.get(18)?,
        origin: r.get(19)?,
    })
}

/// The key a name is matched on: lowercase, single spaces.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// An existing case whose victim matches, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Match {
    pub number: String,
    pub reason: &'static str,
}

/// Search before create: cases whose victim has the same NIK, or the same name and birth date.
pub fn matching_victims<'a>(db: impl Into<DbRef<'a>>, victim: &Person) -> Result<Vec<Match>> {
    let db = db.into();
    let mut out: Vec<Match> = Vec::new();
    if let Some(nik) = &victim.nik {
        let numbers = db.all(
            Sql::each(
                "SELECT c.number FROM persons p JOIN cases c ON c.id = p.case_id
                 WHERE p.nik = ?1 AND p.role = 'victim' ORDER BY c.id",
                // `role || ''`: PostgreSQL would otherwise AND in the whole partial index of
                // victims' names (`role = 'victim'`), read in full at every lookup.
                "SELECT c.number FROM persons p JOIN cases c ON c.id = p.case_id
                 WHERE p.nik = $1 AND p.role || '' = 'victim' ORDER BY c.id",
            ),
            [nik],
            |r| r.get::<String>(0),
        )?;
        for n in numbers {
            out.push(Match {
                number: n,
                reason: crate::text::t("same NIK", "NIK sama"),
            });
        }
    }
    if let (Some(name), Some(birth)) = (&victim.name, &victim.birth_date) {
        let numbers = db.all(
            "SELECT c.number FROM persons p JOIN cases c ON c.id = p.case_id
             WHERE p.name_key = ?1 AND p.birth_date = ?2 AND p.role = 'victim' ORDER BY c.id",
            params![name_key(name), birth],
            |r| r.get::<String>(0),
        )?;
        for n in numbers {
            if !out.iter().any(|m| m.number == n) {
                out.push(Match {
                    number: n,
                    reason: crate::text::t(
                        "same name and birth date",
                        "nama dan tanggal lahir sama",
                    ),
                });
            }
        }
    }
    Ok(out)
}

/// Cases whose victim may be the same person as `victim` (reported at `reported_at`, stored
/// UTC) by a weaker sign than [`matching_victims`]: the same name, and ages that agree
/// (`same_age::agrees`, an age given or one a birth date gives) where one of the two records
/// has an age only, so the name and birth date check could not decide. Two different NIKs, or
/// two different birth dates, are two people.
pub fn possible_victims<'a>(
    db: impl Into<DbRef<'a>>,
    victim: &Person,
    reported_at: &str,
) -> Result<Vec<Match>> {
    let (Some(name), Some(age), Some(at)) =
        (&victim.name, victim.age, crate::clock::from_db(reported_at))
    else {
        return Ok(Vec::new());
    };
    let rows = db.into().all(
        "SELECT c.number, p.age, p.birth_date, p.nik, c.reported_at
         FROM persons p JOIN cases c ON c.id = p.case_id
         WHERE p.name_key = ?1 AND p.role = 'victim' ORDER BY c.id",
        [name_key(name)],
        |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<Option<i64>>(1)?,
                r.get::<Option<String>>(2)?,
                r.get::<Option<String>>(3)?,
                r.get::<String>(4)?,
            ))
        },
    )?;
    let mut out: Vec<Match> = Vec::new();
    for (number, their_age, birth, nik, their_at) in rows {
        let two_people = matches!((&victim.nik, &nik), (Some(a), Some(b)) if a != b)
            || (victim.birth_date.is_some() && birth.is_some());
        let agrees = match (their_age, crate::clock::from_db(&their_at)) {
            (Some(a), Some(t)) => crate::same_age::agrees(a.max(0) as u32, t, age, at),
            _ => false,
        };
        if !two_people && agrees && !out.iter().any(|m| m.number == number) {
            out.push(Match {
                number,
                reason: crate::text::t("same name, an age that agrees", "nama sama, umur cocok"),
            });
        }
    }
    Ok(out)
}

/// A victim a bulk intake added (case `case_id`, `number`) who may be the victim of the earlier
/// case `earlier` by [`possible_victims`]' rule: the same name, and ages that agree where one of
/// the two records has an age only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Possible {
    pub case_id: i64,
    pub number: String,
    pub earlier: String,
}

/// The pairs of [`possible_victims_from`]: a new victim `n` (of a case from id ?1 on) and an
/// earlier one `o` of the same name, with ages, not two NIKs nor two birth dates.
const POSSIBLE_PAIRS: &str = "
         JOIN persons o ON o.name_key = n.name_key AND o.role = 'victim' AND o.case_id < n.case_id
         JOIN cases nc ON nc.id = n.case_id
         JOIN cases oc ON oc.id = o.case_id
         WHERE n.case_id >= ?1 AND n.role = 'victim' AND n.age IS NOT NULL AND o.age IS NOT NULL
           AND (n.birth_date IS NULL OR o.birth_date IS NULL)
           AND (n.nik IS NULL OR o.nik IS NULL OR n.nik = o.nik)
         ORDER BY n.case_id, o.case_id";

const POSSIBLE_COLUMNS: &str =
    "SELECT n.case_id, nc.number, n.age, nc.reported_at, oc.number, o.age, oc.reported_at";

/// [`possible_victims`] for every victim of the cases from id `first_new` to `last` (a bulk
/// intake's), against every earlier case (the register's, and the intake's own earlier rows),
/// in one query at the end of the intake. Few new cases in a large register: each new victim is
/// looked up by name (about 2 µs a victim here); else the names held by more than one victim
/// are found first by one pass over the victims' name index, which holds names alone (about
/// 0.3 µs a victim: 0.03 s against 0.19 s at 100,000 cases), and only those are looked at.
/// Two different NIKs, or two birth dates, are two people.
pub fn possible_victims_from<'a>(
    db: impl Into<DbRef<'a>>,
    first_new: i64,
    last: i64,
) -> Result<Vec<Possible>> {
    let db = db.into();
    let (new, before) = (last - first_new + 1, first_new - 1);
    let sql = if new * 4 < before {
        format!("{POSSIBLE_COLUMNS} FROM persons n {POSSIBLE_PAIRS}")
    } else {
        format!(
            "WITH shared AS (SELECT name_key FROM persons
                 WHERE role = 'victim' AND name_key IS NOT NULL
                 GROUP BY name_key HAVING count(*) > 1)
             {POSSIBLE_COLUMNS} FROM shared
             JOIN persons n ON n.name_key = shared.name_key {POSSIBLE_PAIRS}"
        )
    };
    let mut out = Vec::new();
    db.each(
        sql.as_str(),
        [first_new],
        |r| {
            Ok((
                r.get::<i64>(0)?,
                r.get::<String>(1)?,
                r.get::<i64>(2)?,
                r.get::<String>(3)?,
                r.get::<String>(4)?,
                r.get::<i64>(5)?,
                r.get::<String>(6)?,
            ))
        },
        |(case_id, number, age, at, earlier, their_age, their_at)| {
            let agrees = match (crate::clock::from_db(&their_at), crate::clock::from_db(&at)) {
                (Some(t), Some(a)) => {
                    crate::same_age::agrees(their_age.max(0) as u32, t, age.max(0) as u32, a)
                }
                _ => false,
            };
            if agrees {
                out.push(Possible {
                    case_id,
                    number,
                    earlier,
                });
            }
            Ok(())
        },
    )?;
    Ok(out)
}

pub fn by_external_ref<'a>(db: impl Into<DbRef<'a>>, r: &str) -> Result<Option<CaseRow>> {
    db.into().query_opt(
        // This office's first: another office may use the same reference (issue 20).
        &format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE external_ref = ?1
             ORDER BY origin IS NOT NULL LIMIT 1"
        ),
        [r],
        case_row,
    )
}

/// The one statement that stores a person (single intake and bulk imports alike): first the
/// values its writer gives ([`person_head!`]), then the person's own ([`person_own!`]).
pub const INSERT_PERSON: &str =
    "INSERT INTO persons (uuid, case_id, role, created_at, updated_at, name, name_key, nik, sex,
        birth_date, age, phone, relation, address, kecamatan, kelurahan, disability)
     VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

/// A person's values of [`INSERT_PERSON`] that the writer gives: `?1` to `?4`.
macro_rules! person_head {
    ($uuid:expr, $case_id:expr, $role:expr, $now:expr) => {
        params![$uuid, $case_id, $role, $now]
    };
}

/// A person's own values of [`INSERT_PERSON`], `?5` on, in its order: one list for bulk's
/// batches ([`Encoded`], [`feed_person`]) and the single intake's insert on either engine
/// ([`insert_person`]).
macro_rules! person_own {
    ($p:expr) => {
        params![
            $p.name,
            $p.name.as_deref().map(name_key),
            $p.nik,
            $p.sex,
            $p.birth_date,
            $p.age,
            $p.phone,
            $p.relation,
            $p.address,
            $p.kecamatan,
            $p.kelurahan,
            $p.disability
        ]
    };
}

/// A case's values of [`INSERT_CASE`] that the writer gives: `?1` to `?5`.
macro_rules! case_head {
    ($uuid:expr, $office:expr, $number:expr, $seq:expr, $now:expr) => {
        params![$uuid, $office, $number, $seq, $now]
    };
}

/// A case's own values of [`INSERT_CASE`], `?6` on, in its order: one list for bulk's batches
/// ([`Encoded`], [`feed_case`]) and the single intake's insert on either engine
/// ([`register_case`]).
macro_rules! case_own {
    ($c:expr) => {
        params![
            $c.year,
            $c.sop_version_id,
            $c.reported_at,
            $c.channel,
            $c.place,
            $c.incident_date,
            $c.chronology,
            $c.urgency,
            $c.risk,
            $c.is_child,
            $c.external_ref
        ]
    };
}

/// How many of a case's and of a person's values are their own ([`case_own!`],
/// [`person_own!`]).
const CASE_OWN: usize = 11;
const PERSON_OWN: usize = 12;

// The feeds take the id, the writer's values, then the own ones: counted here, as the feeds
// and the statements list them.
const _: () = assert!(1 + 5 + CASE_OWN == CASES_FEED.width());
const _: () = assert!(1 + 4 + PERSON_OWN == PERSONS_FEED.width());

/// A case's own values and its people's (victim, complainant, perpetrators, in that order), as
/// its feeds take them ([`case_own!`], [`person_own!`]): made while the rows are read, on the
/// reading thread, so that the writing thread, the bulk intake's busiest, only copies them into
/// its batch ([`feed_case`], [`feed_person`]).
pub struct Encoded {
    values: super::feed::Values,
}

impl Encoded {
    pub fn of(c: &NewCase) -> rusqlite::Result<Encoded> {
        let mut values = super::feed::Values::default();
        values.push_params(case_own!(c))?;
        for (_, p) in c.people() {
            values.push_params(person_own!(p))?;
        }
        debug_assert_eq!(values.len(), CASE_OWN + PERSON_OWN * c.people().count());
        Ok(Encoded { values })
    }

    /// The victim's name key, as stored (`name_key`), if the victim has a name.
    pub fn victim_name_key(&self) -> Option<&str> {
        self.values.text(CASE_OWN + 1)
    }

    /// The values of the `i`th person ([`NewCase::people`]'s order).
    fn person(&self, i: usize) -> std::ops::Range<usize> {
        let at = CASE_OWN + PERSON_OWN * i;
        at..at + PERSON_OWN
    }
}

impl NewCase {
    /// Its victim's name key, if the victim has a name: the one made on the reading thread
    /// when there is one (`ahead`), else made here.
    pub fn victim_name_key<'a>(
        &'a self,
        ahead: Option<&'a Encoded>,
    ) -> Option<std::borrow::Cow<'a, str>> {
        let name = self.victim.name.as_deref()?;
        Some(match ahead.and_then(Encoded::victim_name_key) {
            Some(key) => key.into(),
            None => name_key(name).into(),
        })
    }

    /// Its people with their roles, in the order they are stored: the victim, the complainant
    /// if any, then the perpetrators.
    pub fn people(&self) -> impl Iterator<Item = (&'static str, &Person)> {
        std::iter::once(("victim", &self.victim))
            .chain(self.complainant.iter().map(|p| ("complainant", p)))
            .chain(self.perpetrators.iter().map(|p| ("perpetrator", p)))
    }
}

/// Adds a person to a bulk writer's batch: its id (given, as a case's is), then the values of
/// [`INSERT_PERSON`] (the same lists), read by [`PERSONS_FEED`]; the person's own values from
/// `ahead` (the `i`th person of its case's [`Encoded`]) when given, else from `p`.
#[allow(clippy::too_many_arguments)]
pub(super) fn feed_person(
    rows: &super::feed::Rows,
    id: i64,
    uuid: &str,
    case_id: i64,
    role: &str,
    p: &Person,
    now: &str,
    ahead: Option<(&Encoded, usize)>,
) -> rusqlite::Result<()> {
    rows.push(id)?;
    rows.push_params(person_head!(uuid, case_id, role, now))?;
    match ahead {
        Some((e, i)) => rows.extend(&e.values, e.person(i)),
        None => rows.push_params(person_own!(p)),
    }
}

/// A bulk writer's batch of persons ([`feed_person`]): the id, then [`INSERT_PERSON`]'s columns,
/// `?4` (the time) twice as there. `OR FAIL`: see [`CASES_FEED`].
pub(super) const PERSONS_FEED: super::feed::Spec = super::feed::Spec {
    name: c"kasus_feed_persons",
    table: "persons",
    conflict: "FAIL",
    columns: &[
        ("id", Col(0)),
        ("uuid", Col(1)),
        ("case_id", Col(2)),
        ("role", Col(3)),
        ("created_at", Col(4)),
        ("updated_at", Col(4)),
        ("name", Col(5)),
        ("name_key", Col(6)),
        ("nik", Col(7)),
        ("sex", Col(8)),
        ("birth_date", Col(9)),
        ("age", Col(10)),
        ("phone", Col(11)),
        ("relation", Col(12)),
        ("address", Col(13)),
        ("kecamatan", Col(14)),
        ("kelurahan", Col(15)),
        ("disability", Col(16)),
    ],
};

/// Stores a person (the values [`feed_person`] gives a bulk batch); returns its id.
pub(super) fn insert_person(
    db: DbRef,
    case_id: i64,
    role: &str,
    p: &Person,
    now: &str,
) -> Result<i64> {
    let uuid = super::new_uuid();
    let own = person_own!(p);
    let values = [person_head!(uuid, case_id, role, now), own].concat();
    db.insert(INSERT_PERSON, &values[..])
}

/// Stores a new case in the caller's transaction: its number (office prefix / year / running
/// number), the case, its people and violence types; returns its id, number and UUID. The audit
/// entry is the caller's ([`register_case`], the bulk writer on PostgreSQL).
pub(super) fn insert_new(
    tx: DbRef,
    c: &NewCase,
    office: &str,
    now: &str,
) -> Result<(i64, String, String)> {
    let seq: i64 = tx.query_row(NEXT_SEQ, params![office, c.year], |r| r.get(0))?;
    let number = format!("{office}/{}/{seq:04}", c.year);
    let uuid = super::new_uuid();
    let values = [case_head!(uuid, office, number, seq, now), case_own!(c)].concat();
    let id = tx.insert(INSERT_CASE, &values[..])?;
    for (role, p) in c.people() {
        insert_person(tx, id, role, p, now)?;
    }
    for v in &c.violence {
        tx.execute(VIOLENCE, params![id, v])?;
    }
    Ok((id, number, uuid))
}

/// Registers one case in its own write transaction: assigns its number (office prefix / year /
/// running number), stores the people and violence types, and appends an audit entry.
pub fn register_case(
    reg: &mut Register,
    c: &NewCase,
    office: &str,
    sop_code: &str,
    now: &str,
    actor: &str,
    referred_by: Option<&super::agencies::AgencyRow>,
) -> Result<CaseRow> {
    reg.change(|tx| {
        let (id, number, uuid) = insert_new(tx, c, office, now)?;
        let mut details = serde_json::json!({"number": number, "sop": sop_code, "sop_version_id": c.sop_version_id});
        if let Some(agency) = referred_by {
            // A received referral (channel rujukan): recorded as accepted on arrival, from the
            // referring agency, at the case's report time.
            let case = by_id(tx, id)?;
            // (referrals.rs takes a SQLite connection until it is written for both engines.)
            let referral = super::referrals::record_received(
                tx,
                &case,
                &super::referrals::NewReferral {
                    agency_id: agency.id,
                    agency_kind: &agency.kind,
                    attempt_id: None,
                    direction: "in",
                    service: "pengaduan",
                    handover: false,
                    share: &[],
                    sent_at: &case.reported_at,
                    response: None,
                    completion: None,
                    override_reason: None,
                    accepted: true,
                },
                now,
                actor,
            )?;
            details["referral"] = serde_json::json!(referral);
            details["agency"] = serde_json::json!(agency.uuid);
        }
        audit::append(tx, now, actor, "case.intake", Some(&uuid), &details)?;
        by_id(tx, id)
    })
}

pub fn by_id<'a>(db: impl Into<DbRef<'a>>, id: i64) -> Result<CaseRow> {
    db.into().query_row(
        &format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"),
        [id],
        case_row,
    )
}

/// A case by number (case-insensitive) or UUID.
/// A case by its number or UUID, this office's where another office issued the same number
/// (bulk files name this office's cases).
pub fn find<'a>(db: impl Into<DbRef<'a>>, key: &str) -> Result<Option<CaseRow>> {
    Ok(find_all(db, key, None)?.into_iter().next())
}

/// Every case with the number `key` (any letter case) or the UUID `key`, this office's first:
/// two offices may have issued the same number (issue 20). With `scope` (`Register::scope`),
/// only that office's.
pub fn find_all<'a>(
    db: impl Into<DbRef<'a>>,
    key: &str,
    scope: Option<&str>,
) -> Result<Vec<CaseRow>> {
    let key = key.trim();
    let sqlite = format!(
        "SELECT {CASE_COLUMNS} FROM cases WHERE (number = ?1 COLLATE NOCASE OR uuid = lower(?1))
           AND (?2 IS NULL OR ifnull(origin, '') = ?2)
         ORDER BY origin IS NOT NULL, origin, id"
    );
    // PostgreSQL: NOCASE is `lower()` on both sides (the index `cases_number_nocase` is on
    // lower(number)).
    let pg = format!(
        "SELECT {CASE_COLUMNS} FROM cases
         WHERE (lower(number) = lower($1) OR uuid = lower($1))
           AND (CAST($2 AS TEXT) IS NULL OR coalesce(origin, '') = $2)
         ORDER BY origin IS NOT NULL, origin, id"
    );
    db.into()
        .all(Sql::each(&sqlite, &pg), params![key, scope], case_row)
}

/// What `case list` keeps (each `None`: no condition). Times are stored UTC text bounds.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub status: Option<String>,
    /// A SOP code.
    pub sop: Option<String>,
    /// A staff member's id: cases they hold now (in any role).
    pub assignee: Option<i64>,
    /// Reported at or after.
    pub from: Option<String>,
    /// Reported before.
    pub to: Option<String>,
    pub child: Option<bool>,
    pub urgency: Option<String>,
    pub risk: Option<String>,
}

/// A person as a search reads them.
#[derive(Debug, Clone)]
pub struct PersonKey {
    pub case_id: i64,
    pub role: String,
    pub name: Option<String>,
    pub nik: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    pub uuid: String,
    pub role: String,
    #[serde(flatten)]
    pub person: Person,
}

fn person_row(r: &Row) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        uuid: r.get(0)?,
        role: r.get(1)?,
        person: Person {
            name: r.get(2)?,
            nik: r.get(3)?,
            sex: r.get(4)?,
            birth_date: r.get(5)?,
            age: r.get(6)?,
            phone: r.get(7)?,
            relation: r.get(8)?,
            address: r.get(9)?,
            kecamatan: r.get(10)?,
            kelurahan: r.get(11)?,
            disability: r.get(12)?,
        },
    })
}

/// A change to a case: its `updated_at` becomes `now`, and the change's audit entry is
/// appended (identifiers and field names only, never personal data).
pub fn changed<'a>(
    tx: impl Into<super::db::DbRef<'a>>,
    case: &CaseRow,
    now: &str,
    actor: &str,
    action: &str,
    details: serde_json::Value,
) -> Result<()> {
    let tx = tx.into();
    tx.execute(
        "UPDATE cases SET updated_at = ?1 WHERE id = ?2",
        params![now, case.id],
    )?;
    audit::append(tx, now, actor, action, Some(&case.uuid), &details)?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceRow {
    pub uuid: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub provider: Option<String>,
    pub given_at: String,
    pub note: Option<String>,
    pub recorded_by: String,
}

fn service_row(r: &Row) -> rusqlite::Result<ServiceRow> {
    Ok(ServiceRow {
        uuid: r.get(0)?,
        kind: r.get(1)?,
        provider: r.get(2)?,
        given_at: r.get(3)?,
        note: r.get(4)?,
        recorded_by: r.get(5)?,
    })
}

/// The next running number of an office's cases in a year (single intake and bulk alike).
pub const NEXT_SEQ: &str =
    "SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE office = ?1 AND year = ?2";

/// The one statement that stores a case's own row (single intake and bulk intake alike): first
/// the values its writer gives ([`case_head!`]), then the case's own ([`case_own!`]).
pub const INSERT_CASE: &str =
    "INSERT INTO cases (uuid, office, number, seq, created_at, updated_at, year, sop_version_id,
        reported_at, channel, place, incident_date, chronology, urgency, risk, is_child,
        external_ref)
     VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

/// The one statement that stores a case's violence type (a type given twice is stored once).
pub const INSERT_VIOLENCE: &str =
    "INSERT OR IGNORE INTO case_violence (case_id, type) VALUES (?1, ?2)";

/// [`INSERT_VIOLENCE`] on either engine.
pub const VIOLENCE: Sql = Sql::each(
    INSERT_VIOLENCE,
    "INSERT INTO case_violence (case_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING",
);

/// Adds a case's own row to a bulk writer's batch: its id (given, so that its people can name
/// it before it is written), then the values of [`INSERT_CASE`] (the same lists), read by
/// [`CASES_FEED`]; the case's own values from `ahead` when given, else from `c`. Its people and
/// violence types follow ([`feed_person`], [`VIOLENCE_FEED`]).
#[allow(clippy::too_many_arguments)]
pub(super) fn feed_case(
    rows: &super::feed::Rows,
    id: i64,
    uuid: &str,
    office: &str,
    number: &str,
    seq: i64,
    c: &NewCase,
    now: &str,
    ahead: Option<&Encoded>,
) -> rusqlite::Result<()> {
    rows.push(id)?;
    rows.push_params(case_head!(uuid, office, number, seq, now))?;
    match ahead {
        Some(e) => rows.extend(&e.values, 0..CASE_OWN),
        None => rows.push_params(case_own!(c)),
    }
}

/// A bulk writer's batch of cases ([`feed_case`]): the id, then [`INSERT_CASE`]'s columns, `?5`
/// (the time) twice as there. `OR FAIL` (and [`PERSONS_FEED`]'s): a broken constraint stops the
/// statement and leaves the batch's rows before it, where the default (`ABORT`) undoes them, for
/// which SQLite copies every page the statement changes into a statement journal first. The
/// bulk intake then rolls its whole transaction back, so nothing of the batch stays either way.
pub(super) const CASES_FEED: super::feed::Spec = super::feed::Spec {
    name: c"kasus_feed_cases",
    table: "cases",
    conflict: "FAIL",
    columns: &[
        ("id", Col(0)),
        ("uuid", Col(1)),
        ("office", Col(2)),
        ("number", Col(3)),
        ("seq", Col(4)),
        ("created_at", Col(5)),
        ("updated_at", Col(5)),
        ("year", Col(6)),
        ("sop_version_id", Col(7)),
        ("reported_at", Col(8)),
        ("channel", Col(9)),
        ("place", Col(10)),
        ("incident_date", Col(11)),
        ("chronology", Col(12)),
        ("urgency", Col(13)),
        ("risk", Col(14)),
        ("is_child", Col(15)),
        ("external_ref", Col(16)),
    ],
};

/// A bulk writer's batch of violence types (case id, type), as [`INSERT_VIOLENCE`] writes one.
pub(super) const VIOLENCE_FEED: super::feed::Spec = super::feed::Spec {
    name: c"kasus_feed_violence",
    table: "case_violence",
    conflict: "IGNORE",
    columns: &[("case_id", Col(0)), ("type", Col(1))],
};

/// The case operations as the commands call them: the register's own, over its connection.
impl super::Register {
    /// A case by its number or UUID (this office's first, when two offices issued the number).
    pub fn find_case(&self, key: &str) -> Result<Option<CaseRow>> {
        Ok(self.find_cases(key)?.into_iter().next())
    }

    /// Every case by that number or UUID in the office of `--office` (`scope`), or in any:
    /// more than one when offices issued the same number.
    pub fn find_cases(&self, key: &str) -> Result<Vec<CaseRow>> {
        find_all(&self.db, key, self.scope())
    }

    /// The cases of `year` with sequence `seq`, one per office prefix (`kasus case show 12`),
    /// of the office of `--office` when given.
    pub fn cases_by_sequence(&self, year: i32, seq: u32) -> Result<Vec<CaseRow>> {
        let sqlite = format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE year = ?1 AND seq = ?2
               AND (?3 IS NULL OR ifnull(origin, '') = ?3)
             ORDER BY office, origin IS NOT NULL, origin, id"
        );
        let pg = format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE year = $1 AND seq = $2
               AND (CAST($3 AS TEXT) IS NULL OR coalesce(origin, '') = $3)
             ORDER BY office, origin IS NOT NULL, origin, id"
        );
        self.db.r().all(
            Sql::each(&sqlite, &pg),
            params![year, seq, self.scope()],
            case_row,
        )
    }

    /// Every case number (for "did you mean" and completion).
    pub fn case_numbers(&self) -> Result<Vec<String>> {
        let sql = "SELECT number FROM cases ORDER BY id";
        self.db.r().all(sql, [], |r| r.get(0))
    }

    /// The cases a `case list` filter keeps, oldest first (see [`CaseFilter`]).
    pub fn cases_filtered(&self, f: &CaseFilter) -> Result<Vec<CaseRow>> {
        let mut out = Vec::new();
        self.each_case_filtered(f, |c| {
            out.push(c);
            Ok(())
        })?;
        Ok(out)
    }

    /// [`Register::cases_filtered`], each case handed to `f` as it is read: none is kept.
    pub fn each_case_filtered(
        &self,
        f: &CaseFilter,
        each: impl FnMut(CaseRow) -> Result<()>,
    ) -> Result<()> {
        // `--office`: nothing added without it (the same query, the same plan).
        let scope = self.scope_sql("c");
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases c {FILTER_WHERE}{scope} ORDER BY c.id");
        let pg = dollar_placeholders(&format!(
            "SELECT {CASE_COLUMNS} FROM cases c {FILTER_WHERE_PG}{scope} ORDER BY c.id"
        ));
        self.db
            .r()
            .each(Sql::each(&sql, &pg), filter_params(f), case_row, each)
    }

    /// [`Register::each_case_filtered`], each case with its step attempts in order (as
    /// [`Register::step_attempts`] gives them): one query of the kept cases' attempts read
    /// alongside the cases, both in case order, instead of one query a case.
    pub fn each_case_filtered_with_attempts(
        &self,
        f: &CaseFilter,
        mut each: impl FnMut(CaseRow, &[super::steps::AttemptRow]) -> Result<()>,
    ) -> Result<()> {
        let scope = self.scope_sql("c");
        let cases_sql =
            format!("SELECT {CASE_COLUMNS} FROM cases c {FILTER_WHERE}{scope} ORDER BY c.id");
        let attempts_sql = format!(
            "SELECT a.case_id, {} FROM cases c JOIN step_attempts a
             ON a.case_id = c.id AND a.status <> 'void' {FILTER_WHERE}{scope} ORDER BY c.id, a.id",
            super::steps::ATTEMPT_COLUMNS
        );
        let conn = match &self.db {
            super::db::Db::Sqlite(c) => c,
            // On PostgreSQL a case's attempts are read with it (the rows of a query arrive
            // whole there: two queries read side by side would hold every kept case's attempts).
            #[cfg(feature = "postgres")]
            super::db::Db::Postgres(_) => {
                return self.each_case_filtered(f, |c| {
                    let attempts = self.step_attempts(c.id)?;
                    each(c, &attempts)
                })
            }
        };
        let mut case_stmt = conn.prepare(&cases_sql)?;
        let mut attempt_stmt = conn.prepare(&attempts_sql)?;
        let mut cases = case_stmt.query(filter_params(f))?;
        let mut attempts = attempt_stmt.query(filter_params(f))?;
        // The next attempt read and not yet handed out, with its case.
        let mut next: Option<(i64, super::steps::AttemptRow)> = None;
        let mut of_case = Vec::new();
        while let Some(r) = cases.next()? {
            let c = case_row(&Row::Sqlite(r))?;
            of_case.clear();
            loop {
                if next.is_none() {
                    match attempts.next()? {
                        Some(a) => next = Some((a.get(0)?, super::steps::attempt_at(a, 1)?)),
                        None => break,
                    }
                }
                match next.take() {
                    Some((case_id, a)) if case_id == c.id => of_case.push(a),
                    // An attempt of an earlier case (none: both run in case order): passed.
                    Some((case_id, _)) if case_id < c.id => {}
                    later => {
                        next = later;
                        break;
                    }
                }
            }
            each(c, &of_case)?;
        }
        Ok(())
    }

    /// Each person's case, role, name, NIK and phone, handed to `f` one at a time (`case list
    /// --search` keeps only the cases found).
    pub fn each_person_key(&self, f: impl FnMut(PersonKey) -> Result<()>) -> Result<()> {
        let sql = "SELECT case_id, role, name, nik, phone FROM persons ORDER BY case_id, id";
        self.db.r().each(
            sql,
            [],
            |r| {
                Ok(PersonKey {
                    case_id: r.get(0)?,
                    role: r.get(1)?,
                    name: r.get(2)?,
                    nik: r.get(3)?,
                    phone: r.get(4)?,
                })
            },
            f,
        )
    }

    /// The (code, version) of every SOP version, by id.
    pub fn sop_codes_by_id(&self) -> Result<std::collections::HashMap<i64, (String, i64)>> {
        let rows: Vec<(i64, String, i64)> =
            self.db
                .r()
                .all("SELECT id, code, version FROM sop_versions", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
        Ok(rows.into_iter().map(|(id, c, v)| (id, (c, v))).collect())
    }

    /// Every person's case, name, NIK and phone, for a search (`case list --search`,
    /// `case find`): the matching is done outside SQL (`crate::search`).
    pub fn person_index(&self) -> Result<Vec<PersonKey>> {
        let mut keys = Vec::new();
        self.each_person_key(|k| {
            keys.push(k);
            Ok(())
        })?;
        Ok(keys)
    }

    pub fn cases(&self, status: Option<&str>) -> Result<Vec<CaseRow>> {
        let sqlite =
            format!("SELECT {CASE_COLUMNS} FROM cases WHERE ?1 IS NULL OR status = ?1 ORDER BY id");
        // PostgreSQL cannot tell the type of a parameter first met in `IS NULL`.
        let pg = format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE CAST($1 AS TEXT) IS NULL OR status = $1
             ORDER BY id"
        );
        self.db.r().all(Sql::each(&sqlite, &pg), [status], case_row)
    }

    pub fn case_persons(&self, case_id: i64) -> Result<Vec<PersonRow>> {
        let sql = "SELECT uuid, role, name, nik, sex, birth_date, age, phone, relation, address,
                kecamatan, kelurahan, disability
         FROM persons WHERE case_id = ?1 ORDER BY id";
        self.db.r().all(sql, [case_id], person_row)
    }

    pub fn case_violence(&self, case_id: i64) -> Result<Vec<String>> {
        let sql = "SELECT type FROM case_violence WHERE case_id = ?1 ORDER BY type";
        self.db.r().all(sql, [case_id], |r| r.get(0))
    }

    pub fn case_services(&self, case_id: i64) -> Result<Vec<ServiceRow>> {
        let sql = "SELECT uuid, type, provider, given_at, note, recorded_by FROM services
         WHERE case_id = ?1 ORDER BY given_at, id";
        self.db.r().all(sql, [case_id], service_row)
    }

    /// Closes a case at `at`.
    pub fn close_case(
        &mut self,
        case: &CaseRow,
        at: &str,
        reason: Option<&str>,
        now: &str,
        actor: &str,
    ) -> Result<()> {
        self.change(|tx| {
            if case.status == "closed" {
                return Err(Error::Refused(crate::text::already_closed(&case.number)));
            }
            tx.execute(
                "UPDATE cases SET status = 'closed', closed_at = ?1, close_reason = ?2, updated_at = ?3 WHERE id = ?4",
                params![at, reason, now, case.id],
            )?;
            let details = serde_json::json!({"at": at, "reason": reason});
            audit::append(tx, now, actor, "case.close", Some(&case.uuid), &details)?;
            Ok(())
        })
    }

    /// Opens a closed case again.
    pub fn reopen_case(
        &mut self,
        case: &CaseRow,
        reason: Option<&str>,
        now: &str,
        actor: &str,
    ) -> Result<()> {
        self.change(|tx| {
            if case.status != "closed" {
                return Err(Error::Refused(crate::tr!(
                    "case {} is not closed",
                    "kasus {} tidak berstatus ditutup",
                    case.number
                )));
            }
            tx.execute(
                "UPDATE cases SET status = 'open', closed_at = NULL, close_reason = NULL, updated_at = ?1 WHERE id = ?2",
                params![now, case.id],
            )?;
            let details = serde_json::json!({"reason": reason});
            audit::append(tx, now, actor, "case.reopen", Some(&case.uuid), &details)?;
            Ok(())
        })
    }

    /// Records a service given to the victim of a case.
    pub fn record_service(
        &mut self,
        case: &CaseRow,
        s: &NewService,
        now: &str,
        actor: &str,
    ) -> Result<()> {
        self.change(|tx| {
            let uuid = super::new_uuid();
            tx.execute(
                "INSERT INTO services (uuid, case_id, type, provider, given_at, note, recorded_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![uuid, case.id, s.kind, s.provider, s.given_at, s.note, actor, now],
            )?;
            let details = serde_json::json!({"service": uuid, "type": s.kind});
            changed(tx, case, now, actor, "case.service", details)
        })
    }
}

/// A service given, as [`super::Register::record_service`] records it.
pub struct NewService<'a> {
    pub kind: &'a str,
    pub provider: Option<&'a str>,
    pub given_at: &'a str,
    pub note: Option<&'a str>,
}

/// The conditions of a [`CaseFilter`] on `cases c`, with [`filter_params`] as ?1 to ?8.
const FILTER_WHERE: &str = "WHERE (?1 IS NULL OR c.status = ?1)
       AND (?2 IS NULL OR c.sop_version_id IN (SELECT id FROM sop_versions WHERE code = ?2))
       AND (?3 IS NULL OR c.id IN (SELECT case_id FROM assignments
                                    WHERE staff_id = ?3 AND until_at IS NULL))
       AND (?4 IS NULL OR c.reported_at >= ?4)
       AND (?5 IS NULL OR c.reported_at < ?5)
       AND (?6 IS NULL OR c.is_child = ?6)
       AND (?7 IS NULL OR c.urgency = ?7)
       AND (?8 IS NULL OR c.risk = ?8)";

/// [`FILTER_WHERE`] for PostgreSQL (`?N` still to be written `$N`): each parameter's type
/// given where it is first met (in `IS NULL`, where PostgreSQL cannot tell it).
const FILTER_WHERE_PG: &str = "WHERE (CAST(?1 AS TEXT) IS NULL OR c.status = ?1)
       AND (CAST(?2 AS TEXT) IS NULL OR c.sop_version_id IN (SELECT id FROM sop_versions WHERE code = ?2))
       AND (CAST(?3 AS BIGINT) IS NULL OR c.id IN (SELECT case_id FROM assignments
                                    WHERE staff_id = ?3 AND until_at IS NULL))
       AND (CAST(?4 AS TEXT) IS NULL OR c.reported_at >= ?4)
       AND (CAST(?5 AS TEXT) IS NULL OR c.reported_at < ?5)
       AND (CAST(?6 AS BIGINT) IS NULL OR c.is_child = ?6)
       AND (CAST(?7 AS TEXT) IS NULL OR c.urgency = ?7)
       AND (CAST(?8 AS TEXT) IS NULL OR c.risk = ?8)";

/// The values of [`FILTER_WHERE`].
fn filter_params(f: &CaseFilter) -> [&dyn rusqlite::ToSql; 8] {
    [
        &f.status,
        &f.sop,
        &f.assignee,
        &f.from,
        &f.to,
        &f.child,
        &f.urgency,
        &f.risk,
    ]
}
