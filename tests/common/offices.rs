//! A STAND-IN FOR `kasus merge` (issue 20, slice 2, not in main yet): copies another office's
//! register's rows into a register with plain SQL, each marked with that office's origin (its
//! `office-uuid`) and its integer ids moved up by a multiple of [`OFFSET`] (foreign keys alike), as a merge
//! leaves them. Nothing else of a merge is done (no audit entries, no data chain, no conflicts):
//! tests of `--office`, `--by office` and lookups need only the rows. Replace with the real
//! `kasus bundle export` + `kasus merge` once merge is in main.

use super::Reg;

/// How far the copied rows' ids are moved up: past any id of the registers the tests build.
pub const OFFSET: i64 = 1_000_000;

/// The tables whose rows travel (as `register::schema::TRAVELLING`), parents first, and the
/// rows that travel with their parent (violence types, staff roles).
const TABLES: &[&str] = &[
    "staff",
    "staff_roles",
    "agencies",
    "calendars",
    "cases",
    "case_violence",
    "persons",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "step_pauses",
    "corrections",
    "referrals",
];

/// The tables whose ids move: their rows' own ids and the foreign keys naming them.
const MOVED: &[&str] = &[
    "staff",
    "agencies",
    "calendars",
    "cases",
    "persons",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "step_pauses",
    "corrections",
    "referrals",
];

/// The office UUID of `reg`.
pub fn office_uuid(reg: &Reg) -> String {
    reg.ok(&["config", "get", "office-uuid"]).trim().to_string()
}

/// Copies every row of `from`'s travelling tables into `into` (stand-in for merge, see the
/// module's note), marked with `from`'s office UUID; returns that UUID. Both registers must
/// have the same SOP versions (the built-in ones): `sop_version_id` is kept as it is.
pub fn merge_stand_in(into: &Reg, from: &Reg) -> String {
    let origin = office_uuid(from);
    let conn = rusqlite::Connection::open(into.path()).expect("open register");
    let same_sops = |c: &rusqlite::Connection, schema: &str| -> Vec<(i64, String, String)> {
        c.prepare(&format!(
            "SELECT id, code, sha256 FROM {schema}.sop_versions ORDER BY id"
        ))
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    conn.execute(
        "ATTACH DATABASE ?1 AS other",
        [from.path().to_str().unwrap()],
    )
    .unwrap();
    assert_eq!(
        same_sops(&conn, "main"),
        same_sops(&conn, "other"),
        "the stand-in needs the same SOP versions in both registers"
    );
    // Each office copied in gets its own range of ids.
    let merged: i64 = conn
        .query_row("SELECT count(DISTINCT origin) FROM main.cases", [], |r| {
            r.get(0)
        })
        .unwrap();
    let offset = OFFSET * (merged + 1);
    conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN")
        .unwrap();
    for table in TABLES {
        let cols: Vec<String> = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let fks: Vec<(String, String)> = conn
            .prepare(&format!(
                "SELECT \"from\", \"table\" FROM pragma_foreign_key_list('{table}')"
            ))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let select: Vec<String> = cols
            .iter()
            .map(|c| {
                let moves = (c == "id" && MOVED.contains(table))
                    || (*table == "corrections" && c == "target_id")
                    || fks
                        .iter()
                        .any(|(from, to)| from == c && MOVED.contains(&to.as_str()));
                if c == "origin" {
                    "?1".to_string()
                } else if moves {
                    format!("\"{c}\" + {offset}")
                } else {
                    format!("\"{c}\"")
                }
            })
            .collect();
        let list: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
        let sql = format!(
            "INSERT INTO main.\"{table}\" ({}) SELECT {} FROM other.\"{table}\"",
            list.join(", "),
            select.join(", ")
        );
        if cols.iter().any(|c| c == "origin") {
            conn.execute(&sql, [&origin]).unwrap();
        } else {
            conn.execute(&sql, []).unwrap();
        }
    }
    // A register of schema 11 (`kasus merge`) names each merged office in `origins`.
    let has_origins: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM main.sqlite_master WHERE name = 'origins')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if has_origins {
        conn.execute(
            "INSERT INTO main.origins (uuid, prefix, unit_name, first_at, last_at)
             VALUES (?1, (SELECT coalesce((SELECT value FROM other.meta WHERE key = 'office-prefix'), 'PPA')),
                     coalesce((SELECT value FROM other.meta WHERE key = 'unit-name'), ''),
                     '2026-03-02T05:00:00Z', '2026-03-02T05:00:00Z')",
            [&origin],
        )
        .unwrap();
    }
    conn.execute_batch("COMMIT; DETACH DATABASE other").unwrap();
    origin
}
