//! The queries behind `kasus report`: plain rows, filtered by period and SOP code, and the SOPs
//! and holders the reports name; the figures are computed in `report::build`.

use super::db;
use super::steps::AttemptRow;
use super::{assignments, sops, Register};
use crate::error::Result;
use crate::sop::Sop;
use crate::stats::Group;
use rusqlite::params;
use rusqlite::types::{FromSql, FromSqlError, Value, ValueRef};
use std::collections::{BTreeMap, HashMap};

/// The finished attempts of one SOP step by one performer, for compliance.
#[derive(Debug, Clone)]
pub struct Finished {
    pub sop_code: String,
    pub step_number: u32,
    pub performer: Option<String>,
    /// Their elapsed times and standards (not yet sorted: see `Group::finish`).
    pub group: Group,
}

/// Finished attempts whose finish lies in [from, to), grouped by SOP code, step and performer
/// (in that order). One pass over the covering index `step_attempts_finished`: no join and no
/// sort in SQL, no row kept as text. A case's SOP comes from a map of case -> SOP version read
/// first, and versions of one SOP share its code.
/// `wall`: the wall-clock seconds (`wall_secs`) instead of the effective ones judged
/// (`elapsed_secs`); both are judged against the standard as stored. Without `by_performer`
/// the groups are per SOP code and step only (performer none): each figure is held once,
/// never regrouped.
pub fn finished(
    reg: &Register,
    from: Option<&str>,
    to: Option<&str>,
    sop: Option<&str>,
    wall: bool,
    by_performer: bool,
) -> Result<Vec<Finished>> {
    let db = reg.db.r();
    // SOP version -> index into `codes` (only the versions of `sop` when one is given).
    let mut codes: Vec<String> = Vec::new();
    let mut version_code: HashMap<i64, u32> = HashMap::new();
    db.each(
        "SELECT id, code FROM sop_versions ORDER BY code, id",
        [],
        |r| Ok((r.get::<i64>(0)?, r.get::<String>(1)?)),
        |(id, code)| {
            if sop.is_some_and(|s| s != code) {
                return Ok(());
            }
            if codes.last() != Some(&code) {
                codes.push(code);
            }
            version_code.insert(id, (codes.len() - 1) as u32);
            Ok(())
        },
    )?;
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    // Case -> code index.
    let (count, max_id): (i64, Option<i64>) =
        db.query_row("SELECT count(*), max(id) FROM cases", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let mut case_code = CaseCodes::new(count, max_id.unwrap_or(0));
    let cases_sql = format!(
        "SELECT id, sop_version_id FROM cases c WHERE {}{}",
        match db.engine() {
            db::Engine::Sqlite => "1",
            db::Engine::Postgres => "true",
        },
        reg.scope_sql("c")
    );
    db.each(
        &cases_sql,
        [],
        |r| Ok((r.get::<i64>(0)?, r.get::<i64>(1)?)),
        |(id, version)| {
            if let Some(&c) = version_code.get(&version) {
                case_code.insert(id, c);
            }
            Ok(())
        },
    )?;

    let secs_column = if wall {
        "coalesce(wall_secs, elapsed_secs)"
    } else {
        "elapsed_secs"
    };
    let mut sql = format!(
        "SELECT case_id, step_number, {secs_column}, standard_min_secs, standard_max_secs, performer,
                clock
         FROM step_attempts WHERE status = 'finished'"
    );
    let mut bounds: Vec<&str> = Vec::new();
    if let Some(f) = from {
        bounds.push(f);
        sql.push_str(&format!(" AND finished_at >= ?{}", bounds.len()));
    }
    if let Some(t) = to {
        bounds.push(t);
        sql.push_str(&format!(" AND finished_at < ?{}", bounds.len()));
    }
    // Performer names, each kept once; index 0 is "none".
    let mut performers: Vec<Option<String>> = vec![None];
    let mut performer_ix: HashMap<String, u32> = HashMap::new();
    let mut groups: HashMap<(u32, u32, u32), Group> = HashMap::new();
    let bounds: Vec<&dyn rusqlite::ToSql> = bounds.iter().map(|b| b as _).collect();
    let secs = |v: ValueRef| -> rusqlite::Result<Option<u64>> {
        match v {
            ValueRef::Null => Ok(None),
            ValueRef::Integer(i) => u64::try_from(i)
                .map(Some)
                .map_err(|_| rusqlite::Error::IntegralValueOutOfRange(0, i)),
            other => Err(rusqlite::Error::InvalidColumnType(
                0,
                "seconds".into(),
                other.data_type(),
            )),
        }
    };
    // One row: on SQLite its values as SQLite holds them (no text copied), on PostgreSQL as
    // read from the server.
    let mut owned: Vec<Value> = Vec::new();
    let mut one = |r: &db::Row| -> Result<()> {
        let refs: [ValueRef; 7] = match r {
            db::Row::Sqlite(r) => [
                r.get_ref(0)?,
                r.get_ref(1)?,
                r.get_ref(2)?,
                r.get_ref(3)?,
                r.get_ref(4)?,
                r.get_ref(5)?,
                r.get_ref(6)?,
            ],
            #[cfg(feature = "postgres")]
            db::Row::Postgres(_) => {
                owned.clear();
                for i in 0..7 {
                    owned.push(r.value(i)?);
                }
                std::array::from_fn(|i| ValueRef::from(&owned[i]))
            }
        };
        let Some(code) = case_code.get(i64::column_result(refs[0]).map_err(|e| bad(0, e))?) else {
            return Ok(());
        };
        let step = u32::column_result(refs[1]).map_err(|e| bad(1, e))?;
        let elapsed = secs(refs[2])?.unwrap_or(0);
        let min = secs(refs[3])?;
        let max = secs(refs[4])?;
        let performer = refs[5].as_str_or_null().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e))
        })?;
        let who = match performer.filter(|_| by_performer) {
            None => 0,
            Some(p) => match performer_ix.get(p) {
                Some(&i) => i,
                None => {
                    performers.push(Some(p.to_string()));
                    let i = (performers.len() - 1) as u32;
                    performer_ix.insert(p.to_string(), i);
                    i
                }
            },
        };
        let clock = refs[6].as_str_or_null().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
        })?;
        let group = groups.entry((code, step, who)).or_default();
        group.add(elapsed, min, max);
        group.saw_clock(crate::stats::clock_bit(clock.unwrap_or("wall")));
        Ok(())
    };
    match db {
        db::DbRef::Sqlite(conn) => {
            let mut stmt = conn.prepare(&sql)?;
            let mut rows = stmt.query(&bounds[..])?;
            while let Some(r) = rows.next()? {
                one(&db::Row::Sqlite(r))?;
            }
        }
        #[cfg(feature = "postgres")]
        db::DbRef::Postgres(_) => db.each(&sql, &bounds[..], |r| Ok(one(r)), |x| x)?,
    }
    let mut out: Vec<Finished> = groups
        .into_iter()
        .map(|((code, step, who), group)| Finished {
            sop_code: codes[code as usize].clone(),
            step_number: step,
            performer: performers[who as usize].clone(),
            group,
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.sop_code, a.step_number, &a.performer).cmp(&(&b.sop_code, b.step_number, &b.performer))
    });
    Ok(out)
}

/// A value of column `i` that does not read as the type wanted.
fn bad(i: usize, e: FromSqlError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Null, Box::new(e))
}

/// Each case's SOP (an index into the codes `finished` reads): by id in a plain array when the
/// ids are dense (a million cases: 4 MB, where a hash map took over 30), else in a hash map.
enum CaseCodes {
    Dense(Vec<u32>),
    Sparse(HashMap<i64, u32>),
}

impl CaseCodes {
    const NONE: u32 = u32::MAX;

    fn new(count: i64, max_id: i64) -> CaseCodes {
        match usize::try_from(max_id) {
            Ok(n) if max_id <= 2 * count + 1024 => CaseCodes::Dense(vec![Self::NONE; n + 1]),
            _ => CaseCodes::Sparse(HashMap::new()),
        }
    }

    fn insert(&mut self, id: i64, code: u32) {
        match self {
            CaseCodes::Dense(v) => match usize::try_from(id).ok().and_then(|i| v.get_mut(i)) {
                Some(slot) => *slot = code,
                // A case added since the count (another writer): kept aside.
                None => {
                    let mut map: HashMap<i64, u32> = v
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| **c != Self::NONE)
                        .map(|(i, c)| (i as i64, *c))
                        .collect();
                    map.insert(id, code);
                    *self = CaseCodes::Sparse(map);
                }
            },
            CaseCodes::Sparse(m) => {
                m.insert(id, code);
            }
        }
    }

    fn get(&self, id: i64) -> Option<u32> {
        match self {
            CaseCodes::Dense(v) => usize::try_from(id)
                .ok()
                .and_then(|i| v.get(i))
                .copied()
                .filter(|c| *c != Self::NONE),
            CaseCodes::Sparse(m) => m.get(&id).copied(),
        }
    }
}

/// A running step attempt, for overdue, due, workload and the status view.
#[derive(Debug, Clone)]
pub struct Running {
    pub case_id: i64,
    pub case_number: String,
    pub sop_version_id: i64,
    pub step_number: u32,
    pub started_at: String,
    /// The standard's maximum as stored (for a standard in days: N x 24 hours).
    pub max: Option<u64>,
    pub performer: Option<String>,
    pub performer_staff_id: Option<i64>,
    /// The attempt as measuring it on its clock needs it (`steptime::measure`): its id, step,
    /// number, start, standard, performer and clock; its text fields (uuid, outcome, output,
    /// note, reason) and finished figures are not read (empty).
    pub attempt: AttemptRow,
}

/// Running attempts of open cases (of the SOP `sop`), by start, handed to `f` one at a time.
/// Read through the covering partial index of running steps in order of start
/// (`step_attempts_running_start`), then each one's case in the open cases' covering index
/// (`cases_open`; CROSS JOIN keeps that order): no row of the attempts or the cases is read,
/// and nothing is sorted.
pub fn each_running(
    reg: &Register,
    sop: Option<&str>,
    f: impl FnMut(Running) -> Result<()>,
) -> Result<()> {
    let db = reg.db.r();
    let sqlite = running_sql();
    let sql = scoped(
        pick(db, &sqlite, RUNNING_PG),
        "ORDER BY",
        &reg.scope_sql("c"),
    );
    db.each(&sql, params![sop], running_row, f)
}

/// The text of a query for the engine of `db`: SQLite's, or PostgreSQL's own (a text built
/// further, as [`scoped`] does, before it runs).
pub fn pick<'a>(db: db::DbRef, sqlite: &'a str, pg: &'a str) -> &'a str {
    match db.engine() {
        db::Engine::Sqlite => sqlite,
        db::Engine::Postgres => pg,
    }
}

/// `sql` for the engine of `db`: on PostgreSQL, each parameter `?N` of `types` (its number and
/// SQL type) tested for null is cast to its type (`CAST(?N AS TEXT) IS NULL`), so that the
/// server knows it before the comparison that would tell it (it refuses a parameter typed
/// differently in two places); on SQLite, `sql` as it is.
pub fn typed(db: db::DbRef, sql: String, types: &[(usize, &str)]) -> String {
    if db.engine() == db::Engine::Sqlite {
        return sql;
    }
    let mut sql = sql;
    for (n, ty) in types {
        for test in ["IS NULL", "IS NOT NULL"] {
            sql = sql.replace(
                &format!("?{n} {test}"),
                &format!("CAST(?{n} AS {ty}) {test}"),
            );
        }
    }
    sql
}

/// `sql` limited to one office's rows (`Register::scope_sql`, `condition`), the condition put
/// before `clause` (the first `ORDER BY` or `GROUP BY`); without a scope, `sql` itself, so
/// its plan is the one the tests check (`tests/open_work.rs`, `tests/office_filter.rs`).
pub fn scoped(sql: &str, clause: &str, condition: &str) -> String {
    if condition.is_empty() {
        return sql.to_string();
    }
    sql.replacen(clause, &format!("{condition}\n     {clause}"), 1)
}

/// The query of [`each_running`] (its plan is checked in the tests).
pub fn running_sql() -> String {
    "SELECT c.id, c.number, c.sop_version_id, a.performer_staff_id, a.id, a.step_number,
            a.attempt, a.started_at, a.standard_min_secs, a.standard_max_secs, a.performer,
            a.clock, a.standard_days
     FROM step_attempts a INDEXED BY step_attempts_running_start
     CROSS JOIN cases c INDEXED BY cases_open ON c.id = a.case_id
     JOIN sop_versions v ON v.id = c.sop_version_id
     WHERE a.status = 'running' AND c.status = 'open' AND (?1 IS NULL OR v.code = ?1)
     ORDER BY a.started_at, a.case_id"
        .to_string()
}

/// [`running_sql`] on PostgreSQL: the same rows in the same order (SQLite's index hints are its
/// own; the planner finds `step_attempts_running_start` and `cases_open` there itself).
const RUNNING_PG: &str =
    "SELECT c.id, c.number, c.sop_version_id, a.performer_staff_id, a.id, a.step_number,
            a.attempt, a.started_at, a.standard_min_secs, a.standard_max_secs, a.performer,
            a.clock, a.standard_days
     FROM step_attempts a
     JOIN cases c ON c.id = a.case_id
     JOIN sop_versions v ON v.id = c.sop_version_id
     WHERE a.status = 'running' AND c.status = 'open' AND (CAST($1 AS TEXT) IS NULL OR v.code = $1)
     ORDER BY a.started_at, a.case_id";

fn running_row(r: &db::Row) -> rusqlite::Result<Running> {
    // Only what measuring a running attempt reads (see `Running::attempt`).
    let attempt = AttemptRow {
        id: r.get(4)?,
        uuid: String::new(),
        step_number: r.get(5)?,
        attempt: r.get(6)?,
        status: "running".into(),
        outcome: None,
        started_at: r.get(7)?,
        finished_at: None,
        elapsed_secs: None,
        standard_min_secs: r.get(8)?,
        standard_max_secs: r.get(9)?,
        performer: r.get(10)?,
        output: None,
        note: None,
        reason: None,
        clock: r.get(11)?,
        standard_days: r.get(12)?,
        wall_secs: None,
        paused_secs: None,
        calendar_version: None,
    };
    Ok(Running {
        case_id: r.get(0)?,
        case_number: r.get(1)?,
        sop_version_id: r.get(2)?,
        step_number: attempt.step_number,
        started_at: attempt.started_at.clone().unwrap_or_default(),
        max: attempt.standard_max_secs,
        performer: attempt.performer.clone(),
        performer_staff_id: r.get(3)?,
        attempt,
    })
}

/// An open case and the last time anything happened to its steps (or its report time).
#[derive(Debug, Clone)]
pub struct Activity {
    pub case_id: i64,
    pub case_number: String,
    pub last_activity: String,
    /// Who holds the case now (`; `-joined), where a report looks it up (`report overdue`
    /// for an idle case): none as read.
    pub holder: Option<String>,
}

/// The query of [`each_open_case_activity`]: the open cases through their partial index
/// (`cases_open`), each one's last activity the later of its report time and its attempts' last
/// start or finish, which `case_activity` keeps for open cases (schema 12: no attempt read
/// here). With an idle cut-off `?2` (a stored UTC time), only the idle cases: those whose last
/// activity is at or before it and with no step running (a step at work is no idle case: over
/// its standard it is an overdue step; the running one looked up in `step_attempts_running`).
pub const ACTIVITY_SQL: &str = "SELECT c.id, c.number,
        max(c.reported_at, coalesce(ca.last_at, '')) AS last
     FROM cases c INDEXED BY cases_open
     JOIN sop_versions v ON v.id = c.sop_version_id
     LEFT JOIN case_activity ca ON ca.case_id = c.id
     WHERE c.status = 'open' AND (?1 IS NULL OR v.code = ?1)
       AND (?2 IS NULL OR (max(c.reported_at, coalesce(ca.last_at, '')) <= ?2
            AND NOT EXISTS (SELECT 1 FROM step_attempts r
                            WHERE r.case_id = c.id AND r.status = 'running')))
     ORDER BY c.id";

/// [`ACTIVITY_SQL`] on PostgreSQL, which has no `case_activity` (its schema 12 is SQLite's
/// number only): each open case's attempts' times read through `step_attempts_case`, with an
/// idle cut-off first passing over the cases reported after it or with a step running;
/// `greatest` for SQLite's scalar `max`, the last activity written again in HAVING
/// (an output name is not a column there), no index hints.
const ACTIVITY_PG: &str = "SELECT c.id, c.number,
        greatest(c.reported_at, coalesce(max(a.started_at), ''), coalesce(max(a.finished_at), ''))
          AS last
     FROM cases c
     JOIN sop_versions v ON v.id = c.sop_version_id
     LEFT JOIN step_attempts a ON a.case_id = c.id AND a.status <> 'void'
     WHERE c.status = 'open' AND (CAST($1 AS TEXT) IS NULL OR v.code = $1)
       AND (CAST($2 AS TEXT) IS NULL OR (c.reported_at <= $2 AND c.id NOT IN (
             SELECT r.case_id FROM step_attempts r WHERE r.status = 'running')))
     GROUP BY c.id HAVING CAST($2 AS TEXT) IS NULL OR greatest(c.reported_at,
         coalesce(max(a.started_at), ''), coalesce(max(a.finished_at), '')) <= $2
     ORDER BY c.id";

/// Each open case (of the SOP `sop`) with its last activity, in case order; with `idle_cut`
/// (a stored UTC time), only the idle ones: last active at or before it, no step running.
pub fn each_open_case_activity(
    reg: &Register,
    sop: Option<&str>,
    idle_cut: Option<&str>,
    f: impl FnMut(Activity) -> Result<()>,
) -> Result<()> {
    let db = reg.db.r();
    let sql = match db.engine() {
        db::Engine::Sqlite => scoped(ACTIVITY_SQL, "ORDER BY", &reg.scope_sql("c")),
        db::Engine::Postgres => scoped(ACTIVITY_PG, "GROUP BY", &reg.scope_sql("c")),
    };
    db.each(
        &sql,
        params![sop, idle_cut],
        |r| {
            Ok(Activity {
                case_id: r.get(0)?,
                case_number: r.get(1)?,
                last_activity: r.get(2)?,
                holder: None,
            })
        },
        f,
    )
}

/// [`each_open_case_activity`], gathered (open work: the open cases only).
pub fn open_case_activity(reg: &Register, sop: Option<&str>) -> Result<Vec<Activity>> {
    let mut out = Vec::new();
    each_open_case_activity(reg, sop, None, |a| {
        out.push(a);
        Ok(())
    })?;
    Ok(out)
}

/// Active staff with their roles and the number of open cases they currently hold.
#[derive(Debug, Clone)]
pub struct StaffLoad {
    pub staff_id: i64,
    pub name: String,
    pub roles: String,
    pub open_cases: u64,
}

pub fn staff_load(reg: &Register, sop: Option<&str>) -> Result<Vec<StaffLoad>> {
    let db = reg.db.r();
    // The roles in the order SQLite reads them from their key (staff, role), `; `-separated as
    // every list of names is (a role may hold a comma).
    let roles = pick(
        db,
        "group_concat(role, '; ')",
        "string_agg(role, '; ' ORDER BY role)",
    );
    let sql = format!(
        "SELECT s.id, s.name,
                coalesce((SELECT {roles} FROM staff_roles r WHERE r.staff_id = s.id), ''),
                (SELECT count(DISTINCT c.id) FROM assignments a
                   JOIN cases c ON c.id = a.case_id
                   JOIN sop_versions v ON v.id = c.sop_version_id
                  WHERE a.staff_id = s.id AND a.until_at IS NULL AND c.status = 'open'
                    AND (?1 IS NULL OR v.code = ?1){})
         FROM staff s WHERE s.active = 1{} ORDER BY s.name",
        reg.scope_sql("c"),
        reg.scope_sql("s")
    );
    let sql = typed(db, sql, &[(1, "TEXT")]);
    db.all(&sql, params![sop], |r| {
        Ok(StaffLoad {
            staff_id: r.get(0)?,
            name: r.get(1)?,
            roles: r.get(2)?,
            open_cases: r.get(3)?,
        })
    })
}

/// A case as the summary counts it.
#[derive(Debug, Clone)]
pub struct SummaryCase {
    pub reported_at: String,
    pub closed_at: Option<String>,
    pub channel: String,
    pub place: Option<String>,
    pub is_child: bool,
    pub victim_sex: Option<String>,
    pub victim_age: Option<u32>,
    pub violence: Vec<String>,
    /// The date of the incident as recorded (YYYY-MM-DD), when known.
    pub incident_date: Option<String>,
    /// Each perpetrator's relation to the victim (None where not recorded).
    pub relations: Vec<Option<String>>,
    /// The types of service given to the case, each once.
    pub services: Vec<String>,
}

/// Cases reported or closed in [from, to) (of the SOP `sop`), handed to `f` one at a time.
pub fn each_summary_case(
    reg: &Register,
    from: Option<&str>,
    to: Option<&str>,
    sop: Option<&str>,
    f: impl FnMut(SummaryCase) -> Result<()>,
) -> Result<()> {
    let db = reg.db.r();
    // Each list in the order SQLite reads it: violence by its key (case, type), perpetrators
    // by id, services' types each once in the order first given (by id).
    let (violence, relations, services) = match db.engine() {
        db::Engine::Sqlite => (
            "group_concat(type, ',')",
            "group_concat(coalesce(relation, '?'), ',')",
            "(SELECT group_concat(DISTINCT type) FROM services s WHERE s.case_id = c.id)",
        ),
        db::Engine::Postgres => (
            "string_agg(type, ',' ORDER BY type)",
            "string_agg(coalesce(relation, '?'), ',' ORDER BY pp.id)",
            "(SELECT string_agg(type, ',' ORDER BY first) FROM (SELECT type, min(id) AS first
                FROM services s WHERE s.case_id = c.id GROUP BY type) s)",
        ),
    };
    let sql = format!("SELECT c.reported_at, c.closed_at, c.channel, c.place, c.is_child, p.sex, p.age,
                coalesce((SELECT {violence} FROM case_violence cv WHERE cv.case_id = c.id), ''),
                c.incident_date,
                coalesce((SELECT {relations} FROM persons pp
                           WHERE pp.case_id = c.id AND pp.role = 'perpetrator'), ''),
                coalesce({services}, '')
         FROM cases c
         JOIN sop_versions v ON v.id = c.sop_version_id
         LEFT JOIN persons p ON p.case_id = c.id AND p.role = 'victim'
         WHERE (?3 IS NULL OR v.code = ?3)
           AND (((?1 IS NULL OR c.reported_at >= ?1) AND (?2 IS NULL OR c.reported_at < ?2))
             OR (c.closed_at IS NOT NULL AND (?1 IS NULL OR c.closed_at >= ?1) AND (?2 IS NULL OR c.closed_at < ?2))){}
         ORDER BY c.id", reg.scope_sql("c"));
    let sql = typed(db, sql, &[(1, "TEXT"), (2, "TEXT"), (3, "TEXT")]);
    db.each(
        &sql,
        params![from, to, sop],
        |r| {
            Ok(SummaryCase {
                reported_at: r.get(0)?,
                closed_at: r.get(1)?,
                channel: r.get(2)?,
                place: r.get(3)?,
                is_child: r.get(4)?,
                victim_sex: r.get(5)?,
                victim_age: r.get(6)?,
                violence: super::split_list(r.get(7)?),
                incident_date: r.get(8)?,
                relations: super::split_list(r.get(9)?)
                    .into_iter()
                    .map(|x| (x != "?").then_some(x))
                    .collect(),
                services: super::split_list(r.get(10)?),
            })
        },
        f,
    )
}

/// [`each_summary_case`], gathered (the monthly report's twelve months).
pub fn summary_cases(
    reg: &Register,
    from: Option<&str>,
    to: Option<&str>,
    sop: Option<&str>,
) -> Result<Vec<SummaryCase>> {
    let mut out = Vec::new();
    each_summary_case(reg, from, to, sop, |c| {
        out.push(c);
        Ok(())
    })?;
    Ok(out)
}

/// A finished attempt over its standard's maximum, named by its case number only (the monthly
/// report's late items).
#[derive(Debug, Clone)]
pub struct Late {
    pub case_number: String,
    pub sop_code: String,
    pub step_number: u32,
    pub elapsed_secs: u64,
    pub standard_max_secs: u64,
}

/// Finished attempts whose finish lies in [from, to) and whose seconds (effective, or wall with
/// `wall`, as `finished` reads them) exceed their standard's maximum, by case number and step.
pub fn late(
    reg: &Register,
    from: Option<&str>,
    to: Option<&str>,
    sop: Option<&str>,
    wall: bool,
) -> Result<Vec<Late>> {
    let secs = if wall {
        "coalesce(a.wall_secs, a.elapsed_secs)"
    } else {
        "a.elapsed_secs"
    };
    let sql = format!(
        "SELECT c.number, v.code, a.step_number, coalesce({secs}, 0), a.standard_max_secs
         FROM step_attempts a
         JOIN cases c ON c.id = a.case_id
         JOIN sop_versions v ON v.id = c.sop_version_id
         WHERE a.status = 'finished' AND a.standard_max_secs IS NOT NULL
           AND coalesce({secs}, 0) > a.standard_max_secs
           AND (?1 IS NULL OR a.finished_at >= ?1) AND (?2 IS NULL OR a.finished_at < ?2)
           AND (?3 IS NULL OR v.code = ?3){}
         ORDER BY v.code, a.step_number, c.id, a.attempt",
        reg.scope_sql("c")
    );
    let db = reg.db.r();
    let sql = typed(db, sql, &[(1, "TEXT"), (2, "TEXT"), (3, "TEXT")]);
    db.all(&sql, params![from, to, sop], |r| {
        Ok(Late {
            case_number: r.get(0)?,
            sop_code: r.get(1)?,
            step_number: r.get(2)?,
            elapsed_secs: r.get(3)?,
            standard_max_secs: r.get(4)?,
        })
    })
}

/// Cases reported before `to` and not closed before it: open at the end of a period.
pub fn open_at(reg: &Register, to: Option<&str>, sop: Option<&str>) -> Result<u64> {
    let sql = format!(
        "SELECT count(*) FROM cases c JOIN sop_versions v ON v.id = c.sop_version_id
         WHERE (?1 IS NULL OR c.reported_at < ?1)
           AND (c.closed_at IS NULL OR (?1 IS NOT NULL AND c.closed_at >= ?1))
           AND (?2 IS NULL OR v.code = ?2){}",
        reg.scope_sql("c")
    );
    let db = reg.db.r();
    let sql = typed(db, sql, &[(1, "TEXT"), (2, "TEXT")]);
    Ok(db.query_row(&sql, params![to, sop], |r| r.get::<i64>(0))? as u64)
}

/// Every SOP version the register holds, parsed once, by id (`report overdue` finds each running
/// step's roles in its case's own version).
pub fn sops_by_id(reg: &Register) -> Result<BTreeMap<i64, Sop>> {
    let mut out = BTreeMap::new();
    let db = reg.db.r();
    for code in sops::codes(db)? {
        let mut n = 1;
        while let Some(v) = sops::version(db, &code, n)? {
            out.insert(v.id, v.sop()?);
            n += 1;
        }
    }
    Ok(out)
}

/// The latest version of every SOP, parsed, by code.
pub fn latest_sops(reg: &Register) -> Result<BTreeMap<String, Sop>> {
    let mut out = BTreeMap::new();
    for v in sops::catalogue(reg.db.r())? {
        out.insert(v.code.clone(), v.sop()?);
    }
    Ok(out)
}

/// Everyone who holds a case now, `; `-joined (see `assignments::holders`); none for nobody.
pub fn holders(reg: &Register, case_id: i64) -> Result<Option<String>> {
    let names = assignments::holders(&reg.db, case_id)?;
    Ok((!names.is_empty()).then(|| names.join("; ")))
}

/// The name of who holds one of `roles` on a case now (see `assignments::holder`).
pub fn holder(reg: &Register, case_id: i64, roles: &[String]) -> Result<Option<String>> {
    Ok(assignments::holder(&reg.db, case_id, roles)?.map(|(_, name)| name))
}
