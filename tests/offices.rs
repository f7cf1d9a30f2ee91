//! Many offices, one province (issue 20), slice 1: every register has an office identity
//! (`office-uuid`, a UUIDv7 made with the register or by the migration to schema 10, read-only),
//! every travelling row records its origin (NULL: this office's own), calendars get UUIDs, and
//! the UNIQUE rules that cannot hold across offices hold per origin. An existing register
//! reaches schema 10 with its rows' hashes written again and its data chain intact.

mod common;

use common::{Engine, Reg, CASE};
use rusqlite::Connection;

fn open(reg: &Reg) -> Connection {
    Connection::open(reg.path()).unwrap()
}

/// The register's schema version: SQLite's `user_version`, PostgreSQL's `kasus_register`.
fn schema_version(reg: &Reg) -> i64 {
    reg.query_i64(match reg.engine() {
        Engine::Sqlite => "PRAGMA user_version",
        Engine::Postgres => "SELECT version FROM kasus_register",
    })
}

fn office_uuid(reg: &Reg) -> String {
    reg.ok(&["config", "get", "office-uuid"]).trim().to_string()
}

fn one<T: rusqlite::types::FromSql>(reg: &Reg, sql: &str) -> T {
    open(reg).query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_new_register_has_its_own_office_uuid_made_once_and_audited() {
    let a = common::register();
    let b = common::register();
    let id = office_uuid(&a);
    let parsed = uuid::Uuid::parse_str(&id).expect("a UUID");
    assert_eq!(parsed.get_version_num(), 7, "{id}");
    assert_ne!(id, office_uuid(&b), "each register its own");
    // Opened again (a write in between), it stays.
    a.ok(&["config", "set", "unit-name", "UPTD PPA Kota Contoh"]);
    assert_eq!(office_uuid(&a), id);
    assert!(a
        .ok(&["config", "get"])
        .lines()
        .any(|l| l == format!("office-uuid = {id}")));
    // The register's first entry records it, so the data chain covers it.
    let first = a.query_strings("SELECT details FROM audit WHERE seq = 1");
    let first = first[0].as_deref().unwrap();
    assert!(first.contains("\"office-uuid\""), "{first}");
    let out = a.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
    assert_eq!(schema_version(&a), 13);
}

#[test]
fn office_uuid_cannot_be_set() {
    let reg = common::register();
    let id = office_uuid(&reg);
    let before = reg.state();
    reg.refused_saying(
        &[
            "config",
            "set",
            "office-uuid",
            "01a00000-0000-7000-8000-000000000000",
        ],
        4,
        &[
            "office-uuid is the office's identity",
            "Nothing was changed",
        ],
    );
    assert_eq!(reg.state(), before);
    assert_eq!(office_uuid(&reg), id);
    let out = reg.refused(&["--lang", "id", "config", "set", "office-uuid", "x"], 4);
    assert!(out.contains("identitas kantor"), "{out}");
}

/// A register with a row in every travelling table: staff, a case with its people, consent,
/// assignment, steps (one paused), a service-less referral to an agency, an office calendar.
fn worked() -> Reg {
    let reg = common::with_case();
    reg.ok(&[
        "assign",
        CASE,
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    common::referrals::add_hospital(&reg, &[]);
    common::referrals::consent(&reg, &[]);
    reg.ok(&["step", "start", CASE, "--at", &common::at("08:05")]);
    reg.ok(&[
        "step",
        "pause",
        CASE,
        "--reason",
        "waiting-victim",
        "--at",
        &common::at("08:10"),
    ]);
    let cal = reg.ok(&["calendar", "export"]);
    let f = reg.dir.path().join("kalender.toml");
    std::fs::write(&f, cal).unwrap();
    reg.ok(&["calendar", "import", f.to_str().unwrap()]);
    reg
}

const ORIGIN_TABLES: &[&str] = &[
    "cases",
    "staff",
    "agencies",
    "calendars",
    "persons",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "step_pauses",
    "corrections",
    "referrals",
];

#[test]
fn a_register_at_schema_9_gets_its_identity_origins_and_calendar_uuids_and_stays_intact() {
    // SQLite's own migration to schema 10, played on its file: a PostgreSQL register is made
    // at schema 11 with its identity (a_new_register_has_its_own_office_uuid..., and the
    // unique rules per origin below, on PostgreSQL too).
    if common::sqlite_only() {
        return;
    }
    let reg = worked();
    open(&reg).execute_batch(common::BEFORE_SCHEMA_10).unwrap();
    assert_eq!(one::<i64>(&reg, "PRAGMA user_version"), 9);
    let cases_before: i64 = one(&reg, "SELECT count(*) FROM cases");
    let seq_before: i64 = one(&reg, "SELECT max(seq) FROM audit");

    let out = reg.ok(&["check"]);
    assert!(out.contains("check passed"), "{out}");
    assert_eq!(one::<i64>(&reg, "PRAGMA user_version"), 13);
    let id = office_uuid(&reg);
    assert_eq!(uuid::Uuid::parse_str(&id).unwrap().get_version_num(), 7);
    assert_eq!(one::<i64>(&reg, "SELECT count(*) FROM cases"), cases_before);
    // Every row this office's own.
    for t in ORIGIN_TABLES {
        let own: i64 = one(
            &reg,
            &format!("SELECT count(*) FROM {t} WHERE origin IS NULL"),
        );
        let all: i64 = one(&reg, &format!("SELECT count(*) FROM {t}"));
        assert_eq!(own, all, "{t}");
    }
    for t in [
        "cases",
        "persons",
        "consents",
        "assignments",
        "step_attempts",
        "step_pauses",
        "agencies",
        "calendars",
        "staff",
    ] {
        assert!(
            one::<i64>(&reg, &format!("SELECT count(*) FROM {t}")) > 0,
            "{t} has rows"
        );
    }
    // The calendar has a UUID of its own.
    let cal: String = one(&reg, "SELECT uuid FROM calendars");
    assert!(uuid::Uuid::parse_str(&cal).is_ok(), "{cal}");
    // The migration's baseline: the tables whose columns changed, with meta (the identity).
    let conn = open(&reg);
    for t in [
        "meta",
        "cases",
        "persons",
        "staff",
        "agencies",
        "calendars",
        "step_pauses",
    ] {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM audit WHERE action = 'data.baseline' AND seq > ?1
                 AND details LIKE '%\"table\":\"' || ?2 || '\"%'",
                rusqlite::params![seq_before, t],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "{t} hashed again");
    }
    drop(conn);
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
    // It keeps working: the calendar in force is the one imported, and a write is audited.
    let cal = reg.ok(&["calendar", "show"]);
    assert!(cal.contains("version 1"), "{cal}");
    reg.ok(&["step", "resume", CASE, "--at", &common::at("08:20")]);
    let out = reg.ok(&["audit", "verify", "--data"]);
    assert!(out.contains("data intact:"), "{out}");
    // A change behind kasus's back after the migration is still named.
    open(&reg)
        .execute("UPDATE calendars SET name = 'Lain' WHERE id = 1", [])
        .unwrap();
    reg.refused(&["audit", "verify", "--data"], 3);
}

#[test]
fn unique_rules_hold_within_an_origin_and_not_across_offices() {
    let reg = worked();
    // An origin as SQL: NULL (this office's own) or the other office's UUID.
    let origin_sql = |origin: Option<&str>| origin.map_or("NULL".into(), common::sql_text);
    let copy_case = |origin: Option<&str>| {
        reg.try_execute_sql(&format!(
            "INSERT INTO cases (uuid, office, number, year, seq, sop_version_id, reported_at,
                 channel, urgency, is_child, external_ref, created_at, updated_at, origin)
             SELECT '{}', office, number, year, seq, sop_version_id, reported_at, channel,
                 urgency, is_child, 'LP/1/2026', created_at, updated_at, {} FROM cases WHERE id = 1",
            uuid::Uuid::now_v7(),
            origin_sql(origin)
        ))
    };
    reg.execute_sql("UPDATE cases SET external_ref = 'LP/1/2026' WHERE id = 1");
    // This office's own rows: the same number (and external reference) twice is refused, in
    // each engine's words.
    let err = copy_case(None).unwrap_err();
    let unique = match reg.engine() {
        Engine::Sqlite => "UNIQUE",
        Engine::Postgres => "duplicate key value violates unique constraint",
    };
    assert!(err.contains(unique), "{err}");
    // Another office's case with the same number and reference: kept apart by origin, but
    // only once per origin.
    copy_case(Some("01a00000-0000-7000-8000-00000000000b")).unwrap();
    assert!(copy_case(Some("01a00000-0000-7000-8000-00000000000b")).is_err());
    let staff = |origin: Option<&str>| {
        reg.try_execute_sql(&format!(
            "INSERT INTO staff (uuid, office, name, created_at, updated_at, origin)
             VALUES ('{}', 'PPA', 'Rina Contoh', 'x', 'x', {})",
            uuid::Uuid::now_v7(),
            origin_sql(origin)
        ))
    };
    assert!(staff(None).is_err(), "a second Rina Contoh of this office");
    staff(Some("01a00000-0000-7000-8000-00000000000b")).unwrap();
    let agency = |origin: Option<&str>| {
        reg.try_execute_sql(&format!(
            "INSERT INTO agencies (uuid, name, kind, created_at, updated_at, origin)
             SELECT '{}', name, kind, created_at, updated_at, {} FROM agencies WHERE id = 1",
            uuid::Uuid::now_v7(),
            origin_sql(origin)
        ))
    };
    assert!(agency(None).is_err());
    agency(Some("01a00000-0000-7000-8000-00000000000b")).unwrap();
    // kasus itself still refuses a second staff member of the same name.
    reg.refused(
        &["staff", "add", "Rina Contoh", "--role", "Staff Penerima"],
        4,
    );
}
