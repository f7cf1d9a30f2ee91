//! The register's schema on PostgreSQL (issue 21), and how its row changes reach the audit
//! chain.
//!
//! The tables are SQLite's (`register::schema`) at its latest schema: the same tables, the same
//! column names in the same order (so a row's canonical content, and its hash, is the same on
//! either engine), INTEGER as BIGINT (an `INTEGER PRIMARY KEY` as an identity), TEXT as TEXT,
//! the same NOT NULLs, defaults, CHECKs, UNIQUEs, foreign keys and indexes. Every text column is
//! `COLLATE "C"`: byte order, as SQLite compares text (BINARY), whatever locale the server's
//! database has, so that sorting and `lower()` (ASCII only, as SQLite's NOCASE) agree with
//! SQLite. The version is the one row of `kasus_register` (SQLite keeps it in PRAGMAs).
//!
//! SQLite's indexes and their twins here: each has one of the same name, columns and WHERE,
//! except
//! - `cases_number_nocase` (`number COLLATE NOCASE`): here an index on `lower(number)`; a query
//!   must compare `lower(number) = lower($1)` to use it (the same ASCII-only folding as NOCASE,
//!   the column being `COLLATE "C"`);
//! - the unique indexes over `ifnull(origin, '')`: over `coalesce(origin, '')`;
//! - SQLite's automatic indexes of UNIQUE constraints (`sqlite_autoindex_...`): PostgreSQL's own
//!   for the same constraints (named `<table>_<columns>_key`);
//! - the covering indexes (`step_attempts_finished`, `step_attempts_running_start`,
//!   `cases_open`) are the same column lists; PostgreSQL reads only such an index (index-only
//!   scan) as far as its visibility map allows;
//! - `WITHOUT ROWID` has no meaning here (every table is a heap).
//!
//! SQLite's triggers that keep `audit` and `origin_audit` append-only are a PL/pgSQL function
//! raising the same message BEFORE UPDATE or DELETE, plus BEFORE TRUNCATE (which SQLite has
//! not).
//!
//! Row hashes (`register::rowhash`): PostgreSQL has no pre-update hook. Every table of
//! `rowhash::TABLES` carries an AFTER INSERT OR UPDATE OR DELETE row trigger that appends the
//! change to the session's temporary table `kasus_changes` ([`CHANGES_TABLE`]): the table, the
//! operation, the row after (`row`: NEW, or OLD for a delete) and, for an update, the row before
//! (`old`), as `to_jsonb`. That is what SQLite's hook hands `rowhash::on_change`: the new values
//! of an insert, the old and new of an update (its key before and after, both hashes), the old
//! of a delete. The client reads and empties the table before the transaction's audit entry,
//! turns each JSON row into the values SQLite would hold ([`canonical_values`], by the column
//! types of [`column_types_sql`]) and hashes them with `rowhash::row_hash`: [`touches`] gives
//! the `(table, key, hash after, hash before)` the hook would have recorded, keys from the
//! primary keys ([`key_columns_sql`], [`layouts`]). The table is emptied at every commit, so the
//! client takes the rows ([`TAKE_CHANGES`]) inside the transaction, before its last audit
//! entry; rows of a statement rolled back to a savepoint go with it (what `rowhash::truncate`
//! does by hand on SQLite). A session without that table (another program: psql, a DBA) writes
//! unrecorded, as another program writing a SQLite register does: `kasus check` names its
//! changes. The trigger runs with the writer's rights: a role that writes needs the database's
//! TEMPORARY privilege (PUBLIC has it unless revoked) for the session's table; a role that only
//! reads never fires it.

use super::super::rowhash::{self, Key, Touch};
use crate::error::{Error, Result};
use rusqlite::types::Value;
use std::collections::HashMap;

/// What `kasus_register.application_id` holds: the same "KSUS" as SQLite's `application_id`.
pub const APPLICATION_ID: i64 = super::super::schema::APPLICATION_ID as i64;

/// The SQLite schema version the first entry of [`MIGRATIONS`] brings a new database to; entry
/// `i` brings it to `FIRST + i`.
pub const FIRST: i64 = 11;

/// Each entry is one migration; the register's version (`kasus_register.version`) is
/// `FIRST - 1 + ` how many have run, the same numbers as SQLite's `user_version`. The runner
/// writes `kasus_register`'s row; the schema creates the table only.
pub const MIGRATIONS: &[&str] = &[V11, V12, V13];

/// The schema version the last migration reaches: the same as SQLite's.
pub const LATEST: i64 = FIRST - 1 + MIGRATIONS.len() as i64;

/// What a session runs when it opens the register: the output settings `to_jsonb` follows
/// (bytea as hex; a double printed exactly).
pub const SESSION_SETUP: &str = "\
SET bytea_output = 'hex';
SET extra_float_digits = 1;
";

/// What a session runs before its first write (outside it: a write rolled back would take the
/// table with it): the temporary table the row triggers append to, emptied at every commit (rows
/// a transaction did not take are never seen by the next). Only writers make it: a temporary
/// table costs the server catalog work (measured 2 to 9 ms), which reads need not pay.
pub const CHANGES_TABLE: &str = "\
CREATE TEMP TABLE IF NOT EXISTS kasus_changes (
    seq bigserial PRIMARY KEY,
    tbl text NOT NULL,
    op  text NOT NULL,
    row jsonb NOT NULL,
    old jsonb
) ON COMMIT DELETE ROWS;
";

/// Reads the session's changes after the one numbered `$1`, in the order made: `(seq, tbl, op,
/// row, old)`, the rows as JSON text (`op`: `insert`, `update`, `delete`; `old` only for an
/// update). They stay in the table until the commit empties it (deleting them as they were
/// taken left dead rows that every later read scanned again: a bulk intake of one transaction
/// slowed with every case); the client keeps the number of the last one taken.
pub const TAKE_CHANGES: &str = "\
SELECT seq, tbl, op, row::text, old::text FROM pg_temp.kasus_changes WHERE seq > $1 ORDER BY seq";

/// Brings every identity column's sequence past the largest id its table holds. An
/// `INTEGER PRIMARY KEY` becomes an identity here: SQLite gives a new row the largest id + 1,
/// PostgreSQL the sequence's next value, which rows written with their ids (a copy of a SQLite
/// register) leave behind. Run after writing ids explicitly; kasus's own inserts leave ids to
/// the database, and audit entries carry their `seq` always.
pub const SYNC_IDENTITIES: &str = r#"
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND is_identity = 'YES'
    LOOP
        EXECUTE format(
            'SELECT setval(pg_get_serial_sequence(%L, %L), coalesce(max(%I), 0) + 1, false) FROM %I',
            c.table_name, c.column_name, c.column_name, c.table_name);
    END LOOP;
END
$$;
"#;

/// Schema 13: a step attempt may be `void` (`kasus step void`), as on SQLite, where the table
/// is built again for it; here the CHECK is replaced in place.
const V13: &str = r#"
ALTER TABLE step_attempts DROP CONSTRAINT step_attempts_status_check;
ALTER TABLE step_attempts ADD CONSTRAINT step_attempts_status_check
    CHECK (status IN ('running', 'finished', 'skipped', 'void'));
"#;

/// Schema 12: SQLite's `case_activity` (each open case's last activity, kept by triggers) has
/// no twin here yet: on PostgreSQL the idle cases are still found through the attempts
/// (`register::reports::ACTIVITY_PG`), whose cost the planner's own reads set; a table made
/// now would also need the grants a unit gave its roles on every table (README, "PostgreSQL")
/// renewed. The version moves with SQLite's, so that both name the same schema.
const V12: &str = "SELECT 1;";

/// Schema 11, SQLite's schema 1 to 11 folded into one, in the order SQLite ends up with.
const V11: &str = r#"
CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE sop_versions (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    code        TEXT COLLATE "C" NOT NULL,
    version     BIGINT NOT NULL,
    sha256      TEXT COLLATE "C" NOT NULL,
    source      TEXT COLLATE "C" NOT NULL,
    builtin     BIGINT NOT NULL DEFAULT 0,
    imported_at TEXT COLLATE "C" NOT NULL,
    imported_by TEXT COLLATE "C" NOT NULL,
    UNIQUE (code, version),
    UNIQUE (code, sha256)
);

CREATE TABLE staff (
    id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid       TEXT COLLATE "C" NOT NULL UNIQUE,
    office     TEXT COLLATE "C" NOT NULL,
    name       TEXT COLLATE "C" NOT NULL,
    active     BIGINT NOT NULL DEFAULT 1,
    created_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL,
    origin     TEXT COLLATE "C"
);
CREATE UNIQUE INDEX staff_name ON staff(name, (coalesce(origin, '')));

CREATE TABLE staff_roles (
    staff_id BIGINT NOT NULL REFERENCES staff(id),
    role     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE cases (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid           TEXT COLLATE "C" NOT NULL UNIQUE,
    office         TEXT COLLATE "C" NOT NULL,
    number         TEXT COLLATE "C" NOT NULL,
    year           BIGINT NOT NULL,
    seq            BIGINT NOT NULL,
    sop_version_id BIGINT NOT NULL REFERENCES sop_versions(id),
    reported_at    TEXT COLLATE "C" NOT NULL,
    channel        TEXT COLLATE "C" NOT NULL,
    place          TEXT COLLATE "C",
    incident_date  TEXT COLLATE "C",
    chronology     TEXT COLLATE "C",
    urgency        TEXT COLLATE "C" NOT NULL,
    risk           TEXT COLLATE "C",
    is_child       BIGINT NOT NULL,
    status         TEXT COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at      TEXT COLLATE "C",
    close_reason   TEXT COLLATE "C",
    external_ref   TEXT COLLATE "C",
    created_at     TEXT COLLATE "C" NOT NULL,
    updated_at     TEXT COLLATE "C" NOT NULL,
    origin         TEXT COLLATE "C"
);
CREATE UNIQUE INDEX cases_number ON cases(number, (coalesce(origin, '')));
CREATE UNIQUE INDEX cases_office_seq ON cases(office, year, seq, (coalesce(origin, '')));
CREATE UNIQUE INDEX cases_external_ref ON cases(external_ref, (coalesce(origin, '')))
    WHERE external_ref IS NOT NULL;
-- SQLite's `number COLLATE NOCASE`: compare `lower(number) = lower($1)` to use it.
CREATE INDEX cases_number_nocase ON cases(lower(number));
CREATE INDEX cases_reported ON cases(reported_at);
CREATE INDEX cases_open ON cases(id, number, reported_at, sop_version_id) WHERE status = 'open';

CREATE TABLE persons (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    case_id     BIGINT NOT NULL REFERENCES cases(id),
    role        TEXT COLLATE "C" NOT NULL CHECK (role IN ('victim', 'complainant', 'perpetrator')),
    name        TEXT COLLATE "C",
    name_key    TEXT COLLATE "C",
    nik         TEXT COLLATE "C",
    sex         TEXT COLLATE "C",
    birth_date  TEXT COLLATE "C",
    age         BIGINT,
    phone       TEXT COLLATE "C",
    relation    TEXT COLLATE "C",
    address     TEXT COLLATE "C",
    kecamatan   TEXT COLLATE "C",
    kelurahan   TEXT COLLATE "C",
    disability  TEXT COLLATE "C",
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE INDEX persons_case ON persons(case_id, role);
CREATE INDEX persons_nik ON persons(nik) WHERE nik IS NOT NULL;
CREATE INDEX persons_name_birth ON persons(name_key, birth_date) WHERE role = 'victim';
CREATE INDEX persons_uuid ON persons(uuid);

CREATE TABLE case_violence (
    case_id BIGINT NOT NULL REFERENCES cases(id),
    type    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (case_id, type)
);

CREATE TABLE services (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    case_id     BIGINT NOT NULL REFERENCES cases(id),
    type        TEXT COLLATE "C" NOT NULL,
    provider    TEXT COLLATE "C",
    given_at    TEXT COLLATE "C" NOT NULL,
    note        TEXT COLLATE "C",
    recorded_by TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE INDEX services_case ON services(case_id);
CREATE INDEX services_uuid ON services(uuid);

CREATE TABLE consents (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    case_id     BIGINT NOT NULL REFERENCES cases(id),
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('given', 'refused', 'withdrawn')),
    given_by    TEXT COLLATE "C",
    relation    TEXT COLLATE "C",
    scopes      TEXT COLLATE "C" NOT NULL,
    method      TEXT COLLATE "C",
    form_ref    TEXT COLLATE "C",
    at          TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    voided_at   TEXT COLLATE "C",
    voided_by   TEXT COLLATE "C",
    void_reason TEXT COLLATE "C",
    recipients  TEXT COLLATE "C",
    until_date  TEXT COLLATE "C",
    origin      TEXT COLLATE "C"
);
CREATE INDEX consents_case ON consents(case_id, at);
CREATE INDEX consents_uuid ON consents(uuid);

CREATE TABLE assignments (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    case_id     BIGINT NOT NULL REFERENCES cases(id),
    staff_id    BIGINT NOT NULL REFERENCES staff(id),
    role        TEXT COLLATE "C",
    from_at     TEXT COLLATE "C" NOT NULL,
    until_at    TEXT COLLATE "C",
    assigned_by TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE INDEX assignments_case ON assignments(case_id, until_at);
CREATE INDEX assignments_staff ON assignments(staff_id, until_at);
CREATE INDEX assignments_uuid ON assignments(uuid);

CREATE TABLE step_attempts (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid               TEXT COLLATE "C" NOT NULL,
    case_id            BIGINT NOT NULL REFERENCES cases(id),
    step_number        BIGINT NOT NULL,
    attempt            BIGINT NOT NULL,
    status             TEXT COLLATE "C" NOT NULL
        CHECK (status IN ('running', 'finished', 'skipped')),
    outcome            TEXT COLLATE "C",
    started_at         TEXT COLLATE "C",
    finished_at        TEXT COLLATE "C",
    elapsed_secs       BIGINT,
    standard_min_secs  BIGINT,
    standard_max_secs  BIGINT,
    performer          TEXT COLLATE "C",
    performer_staff_id BIGINT REFERENCES staff(id),
    output             TEXT COLLATE "C",
    note               TEXT COLLATE "C",
    reason             TEXT COLLATE "C",
    recorded_by        TEXT COLLATE "C" NOT NULL,
    created_at         TEXT COLLATE "C" NOT NULL,
    updated_at         TEXT COLLATE "C" NOT NULL,
    clock              TEXT COLLATE "C" CHECK (clock IN ('office', '24/7', 'wall')),
    standard_days      BIGINT NOT NULL DEFAULT 0,
    wall_secs          BIGINT,
    paused_secs        BIGINT,
    calendar_version   BIGINT,
    origin             TEXT COLLATE "C",
    UNIQUE (case_id, step_number, attempt)
);
CREATE INDEX step_attempts_case ON step_attempts(case_id, id, started_at, finished_at);
-- One running step per case at most, whatever two terminals do at once.
CREATE UNIQUE INDEX step_attempts_running ON step_attempts(case_id) WHERE status = 'running';
CREATE INDEX step_attempts_updated ON step_attempts(updated_at);
CREATE INDEX step_attempts_finished ON step_attempts(status, finished_at, case_id, step_number,
    elapsed_secs, standard_min_secs, standard_max_secs, performer, clock, wall_secs);
CREATE INDEX step_attempts_running_start ON step_attempts(started_at, case_id,
    status, uuid, step_number, attempt, outcome, finished_at, elapsed_secs, standard_min_secs,
    standard_max_secs, performer, performer_staff_id, output, note, reason, clock, standard_days,
    wall_secs, paused_secs, calendar_version) WHERE status = 'running';
CREATE INDEX step_attempts_uuid ON step_attempts(uuid);

CREATE TABLE audit (
    seq       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid      TEXT COLLATE "C" NOT NULL,
    at        TEXT COLLATE "C" NOT NULL,
    actor     TEXT COLLATE "C" NOT NULL,
    action    TEXT COLLATE "C" NOT NULL,
    case_uuid TEXT COLLATE "C",
    details   TEXT COLLATE "C" NOT NULL,
    prev_hash TEXT COLLATE "C" NOT NULL,
    hash      TEXT COLLATE "C" NOT NULL,
    form      BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE calendars (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    version     BIGINT NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    sha256      TEXT COLLATE "C" NOT NULL,
    imported_at TEXT COLLATE "C" NOT NULL,
    imported_by TEXT COLLATE "C" NOT NULL,
    uuid        TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE UNIQUE INDEX calendars_version ON calendars(version, (coalesce(origin, '')));
CREATE INDEX calendars_uuid ON calendars(uuid);

CREATE TABLE step_pauses (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    attempt_id  BIGINT NOT NULL REFERENCES step_attempts(id),
    reason      TEXT COLLATE "C" NOT NULL
        CHECK (reason IN ('waiting-victim', 'waiting-agency', 'waiting-documents', 'other')),
    note        TEXT COLLATE "C",
    paused_at   TEXT COLLATE "C" NOT NULL,
    resumed_at  TEXT COLLATE "C",
    recorded_by TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE INDEX step_pauses_attempt ON step_pauses(attempt_id, paused_at);
CREATE UNIQUE INDEX step_pauses_open ON step_pauses(attempt_id) WHERE resumed_at IS NULL;
CREATE INDEX step_pauses_uuid ON step_pauses(uuid);

CREATE TABLE corrections (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    event       TEXT COLLATE "C" NOT NULL,
    case_id     BIGINT NOT NULL REFERENCES cases(id),
    target      TEXT COLLATE "C" NOT NULL
        CHECK (target IN ('case', 'person', 'violence', 'step', 'consent')),
    target_id   BIGINT,
    field       TEXT COLLATE "C" NOT NULL,
    before      TEXT COLLATE "C",
    after       TEXT COLLATE "C",
    reason      TEXT COLLATE "C" NOT NULL,
    at          TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE INDEX corrections_case ON corrections(case_id, id);
CREATE INDEX corrections_target ON corrections(target, target_id);
CREATE INDEX corrections_uuid ON corrections(uuid);

CREATE TABLE agencies (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('kesehatan', 'kepolisian',
        'bantuan-hukum', 'rehabilitasi-sosial', 'rumah-aman', 'uptd-ppa-lain', 'lainnya')),
    region      TEXT COLLATE "C",
    contact     TEXT COLLATE "C",
    active      BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
    origin      TEXT COLLATE "C"
);
CREATE UNIQUE INDEX agencies_name ON agencies(name, (coalesce(origin, '')));
CREATE INDEX agencies_uuid ON agencies(uuid);

CREATE TABLE referrals (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid            TEXT COLLATE "C" NOT NULL,
    case_id         BIGINT NOT NULL REFERENCES cases(id),
    agency_id       BIGINT NOT NULL REFERENCES agencies(id),
    direction       TEXT COLLATE "C" NOT NULL DEFAULT 'out' CHECK (direction IN ('out', 'in')),
    service         TEXT COLLATE "C" NOT NULL,
    handover        BIGINT NOT NULL DEFAULT 0,
    share           TEXT COLLATE "C" NOT NULL DEFAULT '',
    status          TEXT COLLATE "C" NOT NULL
        CHECK (status IN ('sent', 'accepted', 'rejected', 'done', 'cancelled')),
    sent_at         TEXT COLLATE "C" NOT NULL,
    answered_at     TEXT COLLATE "C",
    done_at         TEXT COLLATE "C",
    cancelled_at    TEXT COLLATE "C",
    reason          TEXT COLLATE "C",
    result          TEXT COLLATE "C",
    response_secs   BIGINT,
    response_days   BIGINT NOT NULL DEFAULT 0,
    completion_secs BIGINT,
    completion_days BIGINT NOT NULL DEFAULT 0,
    override_reason TEXT COLLATE "C",
    override_by     TEXT COLLATE "C",
    attempt_id      BIGINT REFERENCES step_attempts(id),
    recorded_by     TEXT COLLATE "C" NOT NULL,
    created_at      TEXT COLLATE "C" NOT NULL,
    updated_at      TEXT COLLATE "C" NOT NULL,
    agency_kind     TEXT COLLATE "C" NOT NULL DEFAULT 'lainnya' CHECK (agency_kind IN
        ('kesehatan', 'kepolisian', 'bantuan-hukum', 'rehabilitasi-sosial', 'rumah-aman',
         'uptd-ppa-lain', 'lainnya')),
    origin          TEXT COLLATE "C"
);
CREATE INDEX referrals_case ON referrals(case_id, id);
CREATE INDEX referrals_sent ON referrals(sent_at);
CREATE INDEX referrals_open ON referrals(sent_at, id) WHERE status IN ('sent', 'accepted');
CREATE INDEX referrals_uuid ON referrals(uuid);

CREATE TABLE origins (
    uuid        TEXT COLLATE "C" PRIMARY KEY,
    prefix      TEXT COLLATE "C" NOT NULL,
    unit_name   TEXT COLLATE "C" NOT NULL,
    first_at    TEXT COLLATE "C" NOT NULL,
    last_at     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE origin_audit (
    origin    TEXT COLLATE "C" NOT NULL,
    seq       BIGINT NOT NULL,
    uuid      TEXT COLLATE "C" NOT NULL,
    at        TEXT COLLATE "C" NOT NULL,
    actor     TEXT COLLATE "C" NOT NULL,
    action    TEXT COLLATE "C" NOT NULL,
    case_uuid TEXT COLLATE "C",
    details   TEXT COLLATE "C" NOT NULL,
    prev_hash TEXT COLLATE "C" NOT NULL,
    hash      TEXT COLLATE "C" NOT NULL,
    form      BIGINT NOT NULL,
    PRIMARY KEY (origin, seq)
);

CREATE TABLE merge_conflicts (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    origin            TEXT COLLATE "C" NOT NULL,
    table_name        TEXT COLLATE "C" NOT NULL,
    uuid              TEXT COLLATE "C" NOT NULL,
    ours              TEXT COLLATE "C",
    theirs            TEXT COLLATE "C" NOT NULL,
    bundle_created_at TEXT COLLATE "C" NOT NULL,
    bundle_head_seq   BIGINT NOT NULL,
    bundle_head_hash  TEXT COLLATE "C" NOT NULL,
    found_at          TEXT COLLATE "C" NOT NULL,
    resolved_at       TEXT COLLATE "C",
    kept              TEXT COLLATE "C" CHECK (kept IN ('ours', 'theirs')),
    reason            TEXT COLLATE "C",
    resolved_by       TEXT COLLATE "C",
    superseded_at     TEXT COLLATE "C",
    superseded_by     BIGINT
);
CREATE INDEX merge_conflicts_row ON merge_conflicts(table_name, uuid);

CREATE TABLE merged_rows (
    table_name TEXT COLLATE "C" NOT NULL,
    uuid       TEXT COLLATE "C" NOT NULL,
    origin     TEXT COLLATE "C" NOT NULL,
    hash       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (table_name, uuid)
);

-- The register's identity and schema version (SQLite: PRAGMA application_id, user_version):
-- one row at most.
CREATE TABLE kasus_register (
    application_id BIGINT NOT NULL,
    version        BIGINT NOT NULL
);
CREATE UNIQUE INDEX kasus_register_one ON kasus_register((true));

-- Audit entries are append-only (SQLite: triggers audit_no_update, audit_no_delete and the
-- same on origin_audit).
CREATE FUNCTION kasus_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END
$$;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION kasus_append_only();
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION kasus_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION kasus_append_only();
CREATE TRIGGER origin_audit_no_update BEFORE UPDATE ON origin_audit
    FOR EACH ROW EXECUTE FUNCTION kasus_append_only();
CREATE TRIGGER origin_audit_no_delete BEFORE DELETE ON origin_audit
    FOR EACH ROW EXECUTE FUNCTION kasus_append_only();
CREATE TRIGGER origin_audit_no_truncate BEFORE TRUNCATE ON origin_audit
    FOR EACH STATEMENT EXECUTE FUNCTION kasus_append_only();

-- Row hashes: each change of a data row (rowhash::TABLES) into the session's kasus_changes, when
-- the session has one (CHANGES_TABLE); another program's session writes unrecorded.
CREATE FUNCTION kasus_capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.kasus_changes') IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_temp.kasus_changes(tbl, op, row)
            VALUES (TG_TABLE_NAME, 'insert', to_jsonb(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_temp.kasus_changes(tbl, op, row, old)
            VALUES (TG_TABLE_NAME, 'update', to_jsonb(NEW), to_jsonb(OLD));
    ELSE
        INSERT INTO pg_temp.kasus_changes(tbl, op, row)
            VALUES (TG_TABLE_NAME, 'delete', to_jsonb(OLD));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER meta_rows AFTER INSERT OR UPDATE OR DELETE ON meta
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER sop_versions_rows AFTER INSERT OR UPDATE OR DELETE ON sop_versions
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER calendars_rows AFTER INSERT OR UPDATE OR DELETE ON calendars
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER staff_rows AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER staff_roles_rows AFTER INSERT OR UPDATE OR DELETE ON staff_roles
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER cases_rows AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER persons_rows AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER case_violence_rows AFTER INSERT OR UPDATE OR DELETE ON case_violence
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER services_rows AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER consents_rows AFTER INSERT OR UPDATE OR DELETE ON consents
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER assignments_rows AFTER INSERT OR UPDATE OR DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER step_attempts_rows AFTER INSERT OR UPDATE OR DELETE ON step_attempts
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER step_pauses_rows AFTER INSERT OR UPDATE OR DELETE ON step_pauses
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER corrections_rows AFTER INSERT OR UPDATE OR DELETE ON corrections
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER agencies_rows AFTER INSERT OR UPDATE OR DELETE ON agencies
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
CREATE TRIGGER referrals_rows AFTER INSERT OR UPDATE OR DELETE ON referrals
    FOR EACH ROW EXECUTE FUNCTION kasus_capture();
"#;

/// A column's type as its values are hashed: the storage class SQLite gives its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    Integer,
    Real,
    Text,
    Blob,
}

impl ColType {
    /// The type of a PostgreSQL column by `information_schema.columns.data_type`; None for a
    /// type the register does not use.
    pub fn from_pg(data_type: &str) -> Option<ColType> {
        match data_type {
            "bigint" | "integer" | "smallint" => Some(ColType::Integer),
            "double precision" | "real" => Some(ColType::Real),
            "text" | "character varying" | "character" => Some(ColType::Text),
            "bytea" => Some(ColType::Blob),
            _ => None,
        }
    }

    /// What a value of the type is, in English and Indonesian (for a message).
    fn words(&self) -> (&'static str, &'static str) {
        match self {
            ColType::Integer => ("an integer", "bilangan bulat"),
            ColType::Real => ("a number", "bilangan"),
            ColType::Text => ("text", "teks"),
            ColType::Blob => ("bytea in hex", "bytea dalam heksadesimal"),
        }
    }

    /// The type of a SQLite column by its declared type (`PRAGMA table_info`), by SQLite's
    /// affinity rules (section 3.1 of its "Datatypes" page), for the types the register uses.
    pub fn from_sqlite(declared: &str) -> Option<ColType> {
        let d = declared.to_ascii_uppercase();
        if d.contains("INT") {
            Some(ColType::Integer)
        } else if d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT") {
            Some(ColType::Text)
        } else if d.is_empty() || d.contains("BLOB") {
            Some(ColType::Blob)
        } else if d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") {
            Some(ColType::Real)
        } else {
            None
        }
    }
}

/// The columns of every table of the current schema, in each table's order: rows of
/// `(table_name, column_name, data_type)` ([`ColType::from_pg`]).
pub fn column_types_sql() -> &'static str {
    "SELECT table_name::text, column_name::text, data_type::text \
     FROM information_schema.columns \
     WHERE table_schema = current_schema() \
     ORDER BY table_name, ordinal_position"
}

/// A row of `kasus_changes` (`to_jsonb` of the table's row) as the values SQLite would hand its
/// pre-update hook for the same row: one per column of `columns` (the table's, in its order),
/// by the column's type: a BIGINT as an integer, a DOUBLE PRECISION as a real (JSON may write
/// 1.0 as 1), a TEXT as text, a BYTEA (`"\\x..."`) as a blob, null as NULL. A double that is
/// not a number (`"NaN"`) is NULL, as SQLite stores it. A column missing from the row, or a
/// value of another type than its column's, is an error naming the table and column (never the
/// value).
pub fn canonical_values(
    table: &str,
    columns: &[(String, ColType)],
    row: &serde_json::Value,
) -> Result<Vec<Value>> {
    use serde_json::Value as J;
    let obj = row.as_object().ok_or_else(|| {
        Error::Register(crate::tr!(
            "{table}: a changed row is not a JSON object (a bug)",
            "{table}: baris yang berubah bukan objek JSON (bug)"
        ))
    })?;
    let wrong = |col: &str, ty: &ColType| {
        let (en, id) = ty.words();
        Error::Register(crate::tr!(
            "{table}.{col}: a changed row's value is not {en}: the PostgreSQL schema differs \
             from kasus's",
            "{table}.{col}: nilai baris yang berubah bukan {id}: skema PostgreSQL berbeda dari \
             skema kasus"
        ))
    };
    let mut out = Vec::with_capacity(columns.len());
    for (name, ty) in columns {
        let v = obj.get(name).ok_or_else(|| {
            Error::Register(crate::tr!(
                "{table}.{name}: missing from a changed row: the PostgreSQL schema differs from \
                 kasus's",
                "{table}.{name}: tidak ada di baris yang berubah: skema PostgreSQL berbeda dari \
                 skema kasus"
            ))
        })?;
        let value = match (ty, v) {
            (_, J::Null) => Value::Null,
            (ColType::Integer, J::Number(n)) => {
                Value::Integer(n.as_i64().ok_or_else(|| wrong(name, ty))?)
            }
            (ColType::Real, J::Number(n)) => {
                Value::Real(n.as_f64().ok_or_else(|| wrong(name, ty))?)
            }
            (ColType::Real, J::String(s)) => match s.as_str() {
                "NaN" => Value::Null,
                "Infinity" => Value::Real(f64::INFINITY),
                "-Infinity" => Value::Real(f64::NEG_INFINITY),
                _ => return Err(wrong(name, ty)),
            },
            (ColType::Text, J::String(s)) => Value::Text(s.clone()),
            (ColType::Blob, J::String(s)) => Value::Blob(unhex(s).ok_or_else(|| wrong(name, ty))?),
            _ => return Err(wrong(name, ty)),
        };
        out.push(value);
    }
    Ok(out)
}

/// The primary key's columns of every table of the current schema, in key order: rows of
/// `(table_name, column_name)`. A data table's primary key is its key in the audit chain
/// (`rowhash::TABLES`: `id`, or the columns of a composite key in the same order).
pub fn key_columns_sql() -> &'static str {
    // The catalog, not information_schema: its constraint views show a table only to a role
    // with more than SELECT on it, and a reporting role (README, "PostgreSQL") has SELECT only.
    "SELECT c.relname::text, a.attname::text \
     FROM pg_index i \
     JOIN pg_class c ON c.oid = i.indrelid \
     JOIN pg_namespace n ON n.oid = c.relnamespace \
     JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true \
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum \
     WHERE i.indisprimary AND n.nspname = current_schema() \
     ORDER BY c.relname, k.ord"
}

/// A table as the captured rows are read: its columns with their types, in the table's order
/// ([`column_types_sql`]), and the positions of its key's columns among them
/// ([`key_columns_sql`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub columns: Vec<(String, ColType)>,
    pub key: Vec<usize>,
}

/// Every table's [`Layout`], from the rows of [`column_types_sql`] (`(table, column,
/// data_type)`) and [`key_columns_sql`] (`(table, column)`). A column of a type the register
/// does not use is an error naming it.
pub fn layouts(
    columns: impl IntoIterator<Item = (String, String, String)>,
    keys: impl IntoIterator<Item = (String, String)>,
) -> Result<HashMap<String, Layout>> {
    let mut out: HashMap<String, Layout> = HashMap::new();
    for (table, column, data_type) in columns {
        let ty = ColType::from_pg(&data_type).ok_or_else(|| {
            Error::Register(crate::tr!(
                "{table}.{column}: a column of type {data_type}, which kasus does not use",
                "{table}.{column}: kolom bertipe {data_type}, yang tidak dipakai kasus"
            ))
        })?;
        out.entry(table)
            .or_insert_with(|| Layout {
                columns: Vec::new(),
                key: Vec::new(),
            })
            .columns
            .push((column, ty));
    }
    for (table, column) in keys {
        if let Some(l) = out.get_mut(&table) {
            if let Some(i) = l.columns.iter().position(|(c, _)| *c == column) {
                l.key.push(i);
            }
        }
    }
    Ok(out)
}

/// What SQLite's pre-update hook (`rowhash::on_change`) records for one captured change
/// (`kasus_changes`: `op` is `insert`, `update` or `delete`; `row` the row after, or the
/// deleted row; `old` the row before an update): an insert, its key and hash; an update that
/// keeps the key, the key and both hashes (nothing when the content is the same); an update
/// that changes the key, the old key gone and the new one new; a delete, the key gone with its
/// hash before. Nothing for a table outside `rowhash::TABLES`.
pub fn touches(
    table: &str,
    layout: &Layout,
    op: &str,
    row: &serde_json::Value,
    old: Option<&serde_json::Value>,
) -> Result<Vec<Touch>> {
    let Some(name) = rowhash::TABLES
        .iter()
        .find(|t| t.name == table)
        .map(|t| t.name)
    else {
        return Ok(Vec::new());
    };
    let values = |row: &serde_json::Value| -> Result<(Option<Key>, rowhash::Hash)> {
        let values = canonical_values(name, &layout.columns, row)?;
        let hash = rowhash::row_hash(name, values.iter().map(|v| v.into()));
        Ok((key_of(&layout.key, &values), hash))
    };
    let mut out = Vec::new();
    match (op, old) {
        ("insert", _) => {
            if let (Some(k), h) = values(row)? {
                out.push((name, k, Some(h), None));
            }
        }
        ("update", Some(old)) => {
            let ((kn, after), (ko, before)) = (values(row)?, values(old)?);
            if ko != kn {
                if let Some(ko) = ko {
                    out.push((name, ko, None, Some(before)));
                }
                if let Some(kn) = kn {
                    out.push((name, kn, Some(after), None));
                }
            } else if let Some(k) = kn {
                if after != before {
                    out.push((name, k, Some(after), Some(before)));
                }
            }
        }
        ("delete", _) => {
            if let (Some(k), h) = values(row)? {
                out.push((name, k, None, Some(h)));
            }
        }
        _ => {
            return Err(Error::Register(crate::tr!(
                "{table}: a captured change of an unknown kind ({op}; a bug)",
                "{table}: perubahan tercatat dengan jenis yang tidak dikenal ({op}; bug)"
            )))
        }
    }
    Ok(out)
}

/// A row's key as the hook makes it: one column's integer or text, or the columns joined by
/// `/` as text; None when a key column is neither.
pub(crate) fn key_of(at: &[usize], values: &[Value]) -> Option<Key> {
    if let [one] = at {
        return match values.get(*one)? {
            Value::Integer(i) => Some(Key::Int(*i)),
            Value::Text(t) => Some(Key::Text(t.clone())),
            _ => None,
        };
    }
    let mut text = String::with_capacity(24);
    for (n, i) in at.iter().enumerate() {
        if n > 0 {
            text.push('/');
        }
        match values.get(*i)? {
            Value::Integer(v) => text.push_str(&v.to_string()),
            Value::Text(t) => text.push_str(t),
            _ => return None,
        }
    }
    Some(Key::Text(text))
}

/// The bytes of a bytea in PostgreSQL's hex output (`\x0aff`).
fn unhex(s: &str) -> Option<Vec<u8>> {
    let hex = s.strip_prefix("\\x")?.as_bytes();
    if hex.len() % 2 != 0 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    hex.chunks(2)
        .map(|p| Some(digit(p[0])? << 4 | digit(p[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_is_sqlites_latest() {
        assert_eq!(LATEST, crate::register::schema::LATEST);
        assert_eq!(APPLICATION_ID, 0x4B53_5553);
    }

    #[test]
    fn json_rows_become_the_values_sqlite_holds() {
        let cols = |c: &[(&str, ColType)]| -> Vec<(String, ColType)> {
            c.iter().map(|(n, t)| (n.to_string(), *t)).collect()
        };
        let columns = cols(&[
            ("id", ColType::Integer),
            ("x", ColType::Real),
            ("s", ColType::Text),
            ("b", ColType::Blob),
            ("n", ColType::Integer),
        ]);
        let row = serde_json::json!({"id": 7, "x": 1, "s": "a\\nb", "b": "\\x00ff10", "n": null});
        assert_eq!(
            canonical_values("t", &columns, &row).unwrap(),
            vec![
                Value::Integer(7),
                Value::Real(1.0),
                Value::Text("a\\nb".into()),
                Value::Blob(vec![0, 255, 16]),
                Value::Null
            ]
        );
        let nan = serde_json::json!({"id": 1, "x": "NaN", "s": "", "b": "\\x", "n": -3});
        assert_eq!(
            canonical_values("t", &columns, &nan).unwrap(),
            vec![
                Value::Integer(1),
                Value::Null,
                Value::Text(String::new()),
                Value::Blob(Vec::new()),
                Value::Integer(-3)
            ]
        );
        // A value of another type than its column's, or a missing column: an error naming the
        // column, never the value.
        let bad = serde_json::json!({"id": "Siti Contoh", "x": 1, "s": "", "b": "\\x", "n": 1});
        let e = canonical_values("t", &columns, &bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.id") && !e.contains("Siti"), "{e}");
        let short = serde_json::json!({"id": 1});
        let e = canonical_values("t", &columns, &short)
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.x"), "{e}");
        let odd = serde_json::json!({"id": 1, "x": 1, "s": "", "b": "\\x0", "n": 1});
        assert!(canonical_values("t", &columns, &odd).is_err());
    }

    #[test]
    fn sqlite_declared_types_map_as_sqlite_affinity_does() {
        assert_eq!(ColType::from_sqlite("INTEGER"), Some(ColType::Integer));
        assert_eq!(ColType::from_sqlite("TEXT"), Some(ColType::Text));
        assert_eq!(ColType::from_sqlite("REAL"), Some(ColType::Real));
        assert_eq!(ColType::from_sqlite("BLOB"), Some(ColType::Blob));
        assert_eq!(ColType::from_pg("bigint"), Some(ColType::Integer));
        assert_eq!(ColType::from_pg("double precision"), Some(ColType::Real));
        assert_eq!(ColType::from_pg("bytea"), Some(ColType::Blob));
        assert_eq!(ColType::from_pg("numeric"), None);
    }
}
