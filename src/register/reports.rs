//! The queries behind `kasus report`: plain rows, filtered by period and SOP code; the
//! figures are computed in `report::build`.

use crate::error::Result;
use rusqlite::{params, Connection};

/// A finished step attempt, for compliance.
#[derive(Debug, Clone)]
pub struct Finished {
    pub sop_code: String,
    pub step_number: u32,
    pub elapsed: u64,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub performer: Option<String>,
}

/// Finished attempts whose finish lies in [from, to), ordered by SOP code, step and elapsed.
pub fn finished(
    conn: &Connection,
    from: Option<&str>,
    to: Option<&str>,
    sop: Option<&str>,
) -> Result<Vec<Finished>> {
    let mut stmt = conn.prepare(
        "SELECT v.code, a.step_number, a.elapsed_secs, a.standard_min_secs, a.standard_max_secs, a.performer
         FROM step_attempts a
         JOIN cases c ON c.id = a.case_id
         JOIN sop_versions v ON v.id = c.sop_version_id
         WHERE a.status = 'finished'
           AND (?1 IS NULL OR a.finished_at >= ?1) AND (?2 IS NULL OR a.finished_at < ?2)
           AND (?3 IS NULL OR v.code = ?3)
         ORDER BY v.code, a.step_number, a.elapsed_secs",
    )?;
    let rows = stmt
        .query_map(params![from, to, sop], |r| {
            Ok(Finished {
                sop_code: r.get(0)?,
                step_number: r.get(1)?,
                elapsed: r.get::<_, Option<u64>>(2)?.unwrap_or(0),
                min: r.get(3)?,
                max: r.get(4)?,
                performer: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A running step attempt, for overdue and workload.
#[derive(Debug, Clone)]
pub struct Running {
    pub case_id: i64,
    pub case_number: String,
    pub sop_version_id: i64,
    pub step_number: u32,
    pub started_at: String,
    pub max: Option<u64>,
    pub performer: Option<String>,
    pub performer_staff_id: Option<i64>,
}

/// Running attempts of open cases.
pub fn running(conn: &Connection, sop: Option<&str>) -> Result<Vec<Running>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.number, c.sop_version_id, a.step_number, a.started_at, a.standard_max_secs,
                a.performer, a.performer_staff_id
         FROM step_attempts a
         JOIN cases c ON c.id = a.case_id
         JOIN sop_versions v ON v.id = c.sop_version_id
         WHERE a.status = 'running' AND c.status = 'open' AND (?1 IS NULL OR v.code = ?1)
         ORDER BY a.started_at, c.id",
    )?;
    let rows = stmt
        .query_map(params![sop], |r| {
            Ok(Running {
                case_id: r.get(0)?,
                case_number: r.get(1)?,
                sop_version_id: r.get(2)?,
                step_number: r.get(3)?,
                started_at: r.get(4)?,
                max: r.get(5)?,
                performer: r.get(6)?,
                performer_staff_id: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// An open case and the last time anything happened to its steps (or its report time).
#[derive(Debug, Clone)]
pub struct Activity {
    pub case_id: i64,
    pub case_number: String,
    pub last_activity: String,
}

pub fn open_case_activity(conn: &Connection, sop: Option<&str>) -> Result<Vec<Activity>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.number,
                max(c.reported_at, coalesce(max(a.started_at), ''), coalesce(max(a.finished_at), ''))
         FROM cases c
         JOIN sop_versions v ON v.id = c.sop_version_id
         LEFT JOIN step_attempts a ON a.case_id = c.id
         WHERE c.status = 'open' AND (?1 IS NULL OR v.code = ?1)
         GROUP BY c.id ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map(params![sop], |r| {
            Ok(Activity {
                case_id: r.get(0)?,
                case_number: r.get(1)?,
                last_activity: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Active staff with their roles and the number of open cases they currently hold.
#[derive(Debug, Clone)]
pub struct StaffLoad {
    pub staff_id: i64,
    pub name: String,
    pub roles: String,
    pub open_cases: u64,
}

pub fn staff_load(conn: &Connection, sop: Option<&str>) -> Result<Vec<StaffLoad>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.name,
                coalesce((SELECT group_concat(role, ', ') FROM staff_roles r WHERE r.staff_id = s.id), ''),
                (SELECT count(DISTINCT c.id) FROM assignments a
                   JOIN cases c ON c.id = a.case_id
                   JOIN sop_versions v ON v.id = c.sop_version_id
                  WHERE a.staff_id = s.id AND a.until_at IS NULL AND c.status = 'open'
                    AND (?1 IS NULL OR v.code = ?1))
         FROM staff s WHERE s.active = 1 ORDER BY s.name",
    )?;
    let rows = stmt
        .query_map(params![sop], |r| {
            Ok(StaffLoad {
                staff_id: r.get(0)?,
                name: r.get(1)?,
                roles: r.get(2)?,
                open_cases: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
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
}

/// Cases reported or closed in [from, to).
pub fn summary_cases(
    conn: &Connection,
    from: Option<&str>,
    to: Option<&str>,
    sop: Option<&str>,
) -> Result<Vec<SummaryCase>> {
    let mut stmt = conn.prepare(
        "SELECT c.reported_at, c.closed_at, c.channel, c.place, c.is_child, p.sex, p.age,
                coalesce((SELECT group_concat(type, ',') FROM case_violence cv WHERE cv.case_id = c.id), '')
         FROM cases c
         JOIN sop_versions v ON v.id = c.sop_version_id
         LEFT JOIN persons p ON p.case_id = c.id AND p.role = 'victim'
         WHERE (?3 IS NULL OR v.code = ?3)
           AND (((?1 IS NULL OR c.reported_at >= ?1) AND (?2 IS NULL OR c.reported_at < ?2))
             OR (c.closed_at IS NOT NULL AND (?1 IS NULL OR c.closed_at >= ?1) AND (?2 IS NULL OR c.closed_at < ?2)))
         ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map(params![from, to, sop], |r| {
            let v: String = r.get(7)?;
            Ok(SummaryCase {
                reported_at: r.get(0)?,
                closed_at: r.get(1)?,
                channel: r.get(2)?,
                place: r.get(3)?,
                is_child: r.get(4)?,
                victim_sex: r.get(5)?,
                victim_age: r.get(6)?,
                violence: v
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
