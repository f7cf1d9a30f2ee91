//! The register's schema, as numbered migrations applied forward in one transaction.
//! `PRAGMA user_version` holds the number of migrations applied; `application_id` marks the
//! file as a kasus register.
//!
//! Indexes are kept to those a query uses (every insert pays for each): the `uuid` columns of
//! the travelling tables are indexed from schema 11, as `kasus merge` finds rows by UUID; audit
//! entries' UUIDs carry none.

/// "KSUS" in ASCII: marks a SQLite file as a kasus register.
pub const APPLICATION_ID: i32 = 0x4B53_5553;

/// Each entry is one migration; the register's version is how many have run.
pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// The schema from which every data row is in the audit chain (`register::rowhash`): reaching
/// it writes the baseline entries of the rows already there.
pub const ROWS_AUDITED_FROM: i64 = 6;

/// Schema 2: each audit entry records the canonical form its hash covers (see
/// `register::audit`). Entries already written keep form 1 (the default), so an existing chain
/// still verifies; every entry written from now on is form 2.
const V2: &str = "ALTER TABLE audit ADD COLUMN form INTEGER NOT NULL DEFAULT 1;";

/// Schema 3: the office calendar (issue 12), versioned like SOPs: each import of a changed file
/// is a new version, the latest is in force; `text` is the TOML as imported. No row: the
/// built-in office calendar.
const V3: &str = r#"
CREATE TABLE calendars (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    text        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
"#;

/// Schema 4: office time (issue 12). Each attempt records the clock it runs on (`office` or
/// `24/7`, set when it starts; `wall` for an attempt finished before schema 4, judged by the wall
/// clock), whether its standard is in working days, and, once finished, its figures: `wall_secs`,
/// `paused_secs` (pause time inside the clock's hours) and `elapsed_secs` (the effective time
/// judged), with the office calendar version they were judged by (0: the built-in calendar).
/// Attempts finished before keep their wall-clock figures until `calendar recompute`.
///
/// `step_pauses`: a running attempt's pauses, append-only: a pause is written once, and resuming
/// (or finishing the step) only closes it; at most one open pause per attempt.
const V4: &str = r#"
ALTER TABLE step_attempts ADD COLUMN clock TEXT CHECK (clock IN ('office', '24/7', 'wall'));
ALTER TABLE step_attempts ADD COLUMN standard_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE step_attempts ADD COLUMN wall_secs INTEGER;
ALTER TABLE step_attempts ADD COLUMN paused_secs INTEGER;
ALTER TABLE step_attempts ADD COLUMN calendar_version INTEGER;
UPDATE step_attempts SET clock = 'wall', wall_secs = elapsed_secs, paused_secs = 0
    WHERE status = 'finished';

CREATE TABLE step_pauses (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    attempt_id  INTEGER NOT NULL REFERENCES step_attempts(id),
    reason      TEXT NOT NULL
        CHECK (reason IN ('waiting-victim', 'waiting-agency', 'waiting-documents', 'other')),
    note        TEXT,
    paused_at   TEXT NOT NULL,
    resumed_at  TEXT,
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX step_pauses_attempt ON step_pauses(attempt_id, paused_at);
CREATE UNIQUE INDEX step_pauses_open ON step_pauses(attempt_id) WHERE resumed_at IS NULL;
"#;

/// Schema 5: `report compliance` reads each finished attempt's clock (which clock each figure
/// used) and, with `--basis wall`, its `wall_secs`: both join the covering index, so the report
/// still reads the index alone, never the table (`benches/`, workload (b) and (e)).
const V5: &str = r#"
DROP INDEX step_attempts_finished;
CREATE INDEX step_attempts_finished ON step_attempts(status, finished_at, case_id, step_number,
    elapsed_secs, standard_min_secs, standard_max_secs, performer, clock, wall_secs);
"#;

/// Schema 6: corrections, never overwrites (issue 14). A correction changes the row it corrects
/// (so that every view shows the corrected figures) and keeps, here, one row per field changed
/// with the value before and after, the reason and who made it: the original and every
/// correction stay visible. `event` groups the fields of one correction (one audit entry).
/// `target` names the kind of row (`case`, `person`, `violence`, `step`, `consent`) and
/// `target_id` its id (NULL for the case itself and its violence types).
///
/// A consent recorded by mistake is voided, never deleted: `voided_at`/`voided_by`/`void_reason`
/// mark it, and a void record is no longer read by the flow.
///
/// Every data row's content is also in the audit chain from this schema on (`register::rowhash`):
/// the migration writes the baseline entries after these statements.
const V6: &str = r#"
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    event       TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    target      TEXT NOT NULL
        CHECK (target IN ('case', 'person', 'violence', 'step', 'consent')),
    target_id   INTEGER,
    field       TEXT NOT NULL,
    before      TEXT,
    after       TEXT,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX corrections_case ON corrections(case_id, id);
CREATE INDEX corrections_target ON corrections(target, target_id);

ALTER TABLE consents ADD COLUMN voided_at TEXT;
ALTER TABLE consents ADD COLUMN voided_by TEXT;
ALTER TABLE consents ADD COLUMN void_reason TEXT;
"#;

/// Schema 7: referrals (rujukan) and handovers (pelimpahan), issue 16. `agencies` is the
/// directory of partner agencies (deactivated, never deleted). `referrals` holds each referral
/// sent (`direction = 'out'`) or received (`'in'`, made by an intake with channel `rujukan`):
/// its status (sent -> accepted -> done, sent -> rejected, any open -> cancelled), the time of
/// each transition, what was shared (`share`, comma-separated), the override of a missing
/// consent (reason and who), the response and completion standards in force when it was sent
/// (`response_secs`/`completion_secs`, with `_days` when written in working days) and the step
/// attempt it was made during. Whether it is late is computed, never stored.
///
/// A consent may name the recipient kinds it covers (`recipients`, comma-separated agency
/// kinds; NULL: every kind) and the last day it holds (`until_date`, office date). Adding the
/// columns changes every consent row's hash: the migration writes that table's baseline again.
const V7: &str = r#"
CREATE TABLE agencies (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('kesehatan', 'kepolisian', 'bantuan-hukum',
        'rehabilitasi-sosial', 'rumah-aman', 'uptd-ppa-lain', 'lainnya')),
    region      TEXT,
    contact     TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE referrals (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    agency_id       INTEGER NOT NULL REFERENCES agencies(id),
    direction       TEXT NOT NULL DEFAULT 'out' CHECK (direction IN ('out', 'in')),
    service         TEXT NOT NULL,
    handover        INTEGER NOT NULL DEFAULT 0,
    share           TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL
        CHECK (status IN ('sent', 'accepted', 'rejected', 'done', 'cancelled')),
    sent_at         TEXT NOT NULL,
    answered_at     TEXT,
    done_at         TEXT,
    cancelled_at    TEXT,
    reason          TEXT,
    result          TEXT,
    response_secs   INTEGER,
    response_days   INTEGER NOT NULL DEFAULT 0,
    completion_secs INTEGER,
    completion_days INTEGER NOT NULL DEFAULT 0,
    override_reason TEXT,
    override_by     TEXT,
    attempt_id      INTEGER REFERENCES step_attempts(id),
    recorded_by     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX referrals_case ON referrals(case_id, id);
CREATE INDEX referrals_sent ON referrals(sent_at);

ALTER TABLE consents ADD COLUMN recipients TEXT;
ALTER TABLE consents ADD COLUMN until_date TEXT;
"#;

/// Schema 8: a referral keeps the kind of its agency as it was when sent (`agency_kind`), so
/// consent checks, reports and exports read the kind it went to, and editing the agency's kind
/// later changes no old referral. The rows already there take their agency's kind now. Adding
/// the column changes every referral row's hash: the migration writes that table's baseline
/// again.
const V8: &str = r#"
ALTER TABLE referrals ADD COLUMN agency_kind TEXT NOT NULL DEFAULT 'lainnya' CHECK (agency_kind IN
    ('kesehatan', 'kepolisian', 'bantuan-hukum', 'rehabilitasi-sosial', 'rumah-aman',
     'uptd-ppa-lain', 'lainnya'));
UPDATE referrals SET agency_kind = (SELECT a.kind FROM agencies a WHERE a.id = referrals.agency_id);
"#;

/// Schema 9: indexes that hold only open work (issue 19), so that `report overdue`, `report due`
/// and the status view read the open cases and open referrals alone, however many closed ones
/// the register holds. `cases_open` covers what those reports read of an open case (its number,
/// report time and SOP version) in case order; `referrals_open` holds the referrals still
/// awaiting the agency (sent or accepted). The running steps have theirs since schema 1
/// (`step_attempts_running`, which also keeps one running step per case). `step_attempts_case`
/// carries each attempt's start and finish, so that an open case's last activity is read from
/// the index alone, never from the attempts' rows. `step_attempts_running_start` holds the
/// running attempts in order of start with every column the reports read of them (covering:
/// the attempts' rows are never read, and no sort), and lets `report overdue` pass over the
/// open cases whose running step started inside the idle window (`IF NOT EXISTS`: tests that
/// emulate an older register keep it). `cases_status` and `cases_updated` go: no query reads
/// through them (the open cases through `cases_open`; `case list --status` and `export cases
/// --since` test `?1 IS NULL OR ...` or order by id, so the plans scan the table either way:
/// checked with EXPLAIN QUERY PLAN at 100,000 cases), and every new case paid for both
/// (`intake --from`).
const V9: &str = r#"
DROP INDEX IF EXISTS cases_status;
DROP INDEX IF EXISTS cases_updated;
CREATE INDEX cases_open ON cases(id, number, reported_at, sop_version_id) WHERE status = 'open';
CREATE INDEX referrals_open ON referrals(sent_at, id) WHERE status IN ('sent', 'accepted');
DROP INDEX step_attempts_case;
CREATE INDEX step_attempts_case ON step_attempts(case_id, id, started_at, finished_at);
CREATE INDEX IF NOT EXISTS step_attempts_running_start ON step_attempts(started_at, case_id,
    status, uuid, step_number, attempt, outcome, finished_at, elapsed_secs, standard_min_secs,
    standard_max_secs, performer, performer_staff_id, output, note, reason, clock, standard_days,
    wall_secs, paused_secs, calendar_version) WHERE status = 'running';
"#;

/// Schema 10: many offices, one province (issue 20). A register has an office identity (the
/// `office-uuid` setting, a UUIDv7 made by this migration: at creation, or when an existing
/// register reaches schema 10), and every row that can travel to another office's register in
/// a bundle records whose it is: `origin`, the office UUID of the office that recorded it, NULL
/// for this office's own rows (every row before a merge). `calendars` gets the `uuid` the other
/// travelling tables already have (the migration gives each existing calendar one).
/// `sop_versions` travel by (code, sha256) and need none; `staff_roles` and `case_violence`
/// travel with their parent row.
///
/// The UNIQUE constraints that cannot hold across offices become unique per origin: a case's
/// number and (office, year, seq), its external reference, a staff member's name, an agency's
/// name and a calendar's version. Two offices that both number their cases PPA/2026/0001, or
/// both have a "Siti Contoh", keep them apart by origin. SQLite cannot change a table's
/// constraints in place: `cases`, `staff`, `agencies` and `calendars` are built again (same
/// columns in the same order, `origin` last), with their indexes; `register::check_and_migrate`
/// runs this with foreign keys off and writes the baseline of every table whose columns change.
/// A unique index over `ifnull(origin, '')` treats this office's own rows (origin NULL) as one
/// origin, so the rules of a single register stay as they were.
const V10: &str = r#"
CREATE TABLE cases_v10 (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    office         TEXT NOT NULL,
    number         TEXT NOT NULL,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    sop_version_id INTEGER NOT NULL REFERENCES sop_versions(id),
    reported_at    TEXT NOT NULL,
    channel        TEXT NOT NULL,
    place          TEXT,
    incident_date  TEXT,
    chronology     TEXT,
    urgency        TEXT NOT NULL,
    risk           TEXT,
    is_child       INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at      TEXT,
    close_reason   TEXT,
    external_ref   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    origin         TEXT
);
INSERT INTO cases_v10 SELECT *, NULL FROM cases;
DROP TABLE cases;
ALTER TABLE cases_v10 RENAME TO cases;
CREATE UNIQUE INDEX cases_number ON cases(number, ifnull(origin, ''));
CREATE UNIQUE INDEX cases_office_seq ON cases(office, year, seq, ifnull(origin, ''));
CREATE UNIQUE INDEX cases_external_ref ON cases(external_ref, ifnull(origin, ''))
    WHERE external_ref IS NOT NULL;
CREATE INDEX cases_number_nocase ON cases(number COLLATE NOCASE);
CREATE INDEX cases_reported ON cases(reported_at);
CREATE INDEX cases_open ON cases(id, number, reported_at, sop_version_id) WHERE status = 'open';

CREATE TABLE staff_v10 (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    office     TEXT NOT NULL,
    name       TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin     TEXT
);
INSERT INTO staff_v10 SELECT *, NULL FROM staff;
DROP TABLE staff;
ALTER TABLE staff_v10 RENAME TO staff;
CREATE UNIQUE INDEX staff_name ON staff(name, ifnull(origin, ''));

CREATE TABLE agencies_v10 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('kesehatan', 'kepolisian', 'bantuan-hukum',
        'rehabilitasi-sosial', 'rumah-aman', 'uptd-ppa-lain', 'lainnya')),
    region      TEXT,
    contact     TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT
);
INSERT INTO agencies_v10 SELECT *, NULL FROM agencies;
DROP TABLE agencies;
ALTER TABLE agencies_v10 RENAME TO agencies;
CREATE UNIQUE INDEX agencies_name ON agencies(name, ifnull(origin, ''));

CREATE TABLE calendars_v10 (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    text        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    origin      TEXT
);
INSERT INTO calendars_v10 SELECT *, '', NULL FROM calendars;
DROP TABLE calendars;
ALTER TABLE calendars_v10 RENAME TO calendars;
CREATE UNIQUE INDEX calendars_version ON calendars(version, ifnull(origin, ''));

ALTER TABLE persons ADD COLUMN origin TEXT;
ALTER TABLE services ADD COLUMN origin TEXT;
ALTER TABLE consents ADD COLUMN origin TEXT;
ALTER TABLE assignments ADD COLUMN origin TEXT;
ALTER TABLE step_attempts ADD COLUMN origin TEXT;
ALTER TABLE step_pauses ADD COLUMN origin TEXT;
ALTER TABLE corrections ADD COLUMN origin TEXT;
ALTER TABLE referrals ADD COLUMN origin TEXT;
"#;

/// Schema 11: merging office bundles (issue 20). `origins` names each office whose bundle was
/// merged (its UUID, prefix and unit name as its last bundle said). `origin_audit` keeps each
/// office's audit chain as that office wrote it (the entries copied from its bundles, with their
/// own sequence numbers and hashes), append-only like `audit`, verified as its own chain.
/// `merge_conflicts` holds each row a bundle brought that this register already has (same UUID)
/// with other content that was ALSO changed here since it was last merged (a divergence), or
/// that belongs to another origin: never overwritten, kept here (ours and theirs as JSON,
/// foreign keys as UUIDs) until `kasus merge resolve` settles it, or until a later merge
/// records or applies the same row (`superseded_at`, `superseded_by`: the newer conflict).
/// `merged_rows` keeps, per merged row, the hash of its content as last merged (or written by
/// `merge resolve --keep theirs`): a row still so here is the office's to change, and a later
/// bundle's version of it is applied.
/// A merge finds rows by UUID: the travelling tables whose `uuid` had no index get one (cases
/// and staff have a UNIQUE one since schema 1). No data table changes: no baseline. (`IF NOT
/// EXISTS`: tests that play an older register keep these.)
const V11: &str = r#"
CREATE TABLE IF NOT EXISTS origins (
    uuid        TEXT PRIMARY KEY,
    prefix      TEXT NOT NULL,
    unit_name   TEXT NOT NULL,
    first_at    TEXT NOT NULL,
    last_at     TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS origin_audit (
    origin    TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    uuid      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    case_uuid TEXT,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    form      INTEGER NOT NULL,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS origin_audit_no_update BEFORE UPDATE ON origin_audit
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER IF NOT EXISTS origin_audit_no_delete BEFORE DELETE ON origin_audit
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;

CREATE TABLE IF NOT EXISTS merge_conflicts (
    id               INTEGER PRIMARY KEY,
    origin           TEXT NOT NULL,
    table_name       TEXT NOT NULL,
    uuid             TEXT NOT NULL,
    ours             TEXT,
    theirs           TEXT NOT NULL,
    bundle_created_at TEXT NOT NULL,
    bundle_head_seq  INTEGER NOT NULL,
    bundle_head_hash TEXT NOT NULL,
    found_at         TEXT NOT NULL,
    resolved_at      TEXT,
    kept             TEXT CHECK (kept IN ('ours', 'theirs')),
    reason           TEXT,
    resolved_by      TEXT,
    superseded_at    TEXT,
    superseded_by    INTEGER
);
CREATE INDEX IF NOT EXISTS merge_conflicts_row ON merge_conflicts(table_name, uuid);

CREATE TABLE IF NOT EXISTS merged_rows (
    table_name TEXT NOT NULL,
    uuid       TEXT NOT NULL,
    origin     TEXT NOT NULL,
    hash       TEXT NOT NULL,
    PRIMARY KEY (table_name, uuid)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS persons_uuid ON persons(uuid);
CREATE INDEX IF NOT EXISTS services_uuid ON services(uuid);
CREATE INDEX IF NOT EXISTS consents_uuid ON consents(uuid);
CREATE INDEX IF NOT EXISTS assignments_uuid ON assignments(uuid);
CREATE INDEX IF NOT EXISTS step_attempts_uuid ON step_attempts(uuid);
CREATE INDEX IF NOT EXISTS step_pauses_uuid ON step_pauses(uuid);
CREATE INDEX IF NOT EXISTS corrections_uuid ON corrections(uuid);
CREATE INDEX IF NOT EXISTS referrals_uuid ON referrals(uuid);
CREATE INDEX IF NOT EXISTS agencies_uuid ON agencies(uuid);
CREATE INDEX IF NOT EXISTS calendars_uuid ON calendars(uuid);
"#;

/// Schema 12 (issue 19): each open case's last activity, the latest start or finish of its
/// step attempts, kept by triggers as the attempts and the case change, so that `report
/// overdue`, `report due` and the status view find the idle cases in a table of open work only
/// (a row an open case with attempts) instead of reading every open case's attempts (at
/// 1,000,000 cases with 22,000 open, an index page each: most of those commands' time).
/// Derived: not audited (no row hash), not on PostgreSQL, rebuilt from the attempts here. An
/// attempt added raises its case's time (the usual write: a start, a record, a merge); an
/// attempt's times changed or the attempt removed compute it again from the case's attempts (a
/// correction may move the last time earlier; none left: ''); closing a case removes its row,
/// reopening makes it again. Short, as every command parses the schema when it opens the
/// register (these triggers: about 6% of `kasus case show`'s instructions).
const V12: &str = r#"
CREATE TABLE case_activity (case_id INTEGER PRIMARY KEY, last_at TEXT NOT NULL);
INSERT INTO case_activity
    SELECT a.case_id, max(max(coalesce(a.started_at, ''), coalesce(a.finished_at, '')))
    FROM step_attempts a JOIN cases c ON c.id = a.case_id AND c.status = 'open'
    GROUP BY a.case_id;
CREATE TRIGGER case_activity_added AFTER INSERT ON step_attempts
WHEN EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND status = 'open')
BEGIN
    INSERT INTO case_activity
    VALUES (NEW.case_id, max(coalesce(NEW.started_at, ''), coalesce(NEW.finished_at, '')))
    ON CONFLICT DO UPDATE SET last_at = max(last_at, excluded.last_at);
END;
CREATE TRIGGER case_activity_changed AFTER UPDATE OF started_at, finished_at ON step_attempts
BEGIN
    UPDATE case_activity SET last_at = (SELECT max(max(coalesce(started_at, ''),
        coalesce(finished_at, ''))) FROM step_attempts WHERE case_id = NEW.case_id)
    WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_activity_removed AFTER DELETE ON step_attempts
BEGIN
    UPDATE case_activity SET last_at = coalesce((SELECT max(max(coalesce(started_at, ''),
        coalesce(finished_at, ''))) FROM step_attempts WHERE case_id = OLD.case_id), '')
    WHERE case_id = OLD.case_id;
END;
CREATE TRIGGER case_activity_closed AFTER UPDATE OF status ON cases
BEGIN
    DELETE FROM case_activity WHERE case_id = NEW.id;
    INSERT INTO case_activity
        SELECT NEW.id, max(max(coalesce(started_at, ''), coalesce(finished_at, '')))
        FROM step_attempts WHERE case_id = NEW.id AND NEW.status = 'open'
        GROUP BY case_id;
END;
"#;

/// Schema 13: a step attempt recorded by mistake is voided (`kasus step void`): kept, with
/// status `void`, and read by nothing that judges or moves the case (the flow, the reports,
/// the exports); the change of status is a correction (`corrections`, with the reason). SQLite
/// changes a CHECK only by building the table again: the same columns in the same order (so no
/// row's hash changes: no baseline), the rows with their ids, the same indexes; the triggers
/// that keep each open case's last activity are made again, reading no voided attempt, and
/// one more computes it again when an attempt's status changes. `register::check_and_migrate`
/// runs this with foreign keys off (`step_pauses` and `referrals` refer to the attempts).
const V13: &str = r#"
CREATE TABLE step_attempts_v13 (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL,
    case_id            INTEGER NOT NULL REFERENCES cases(id),
    step_number        INTEGER NOT NULL,
    attempt            INTEGER NOT NULL,
    status             TEXT NOT NULL
        CHECK (status IN ('running', 'finished', 'skipped', 'void')),
    outcome            TEXT,
    started_at         TEXT,
    finished_at        TEXT,
    elapsed_secs       INTEGER,
    standard_min_secs  INTEGER,
    standard_max_secs  INTEGER,
    performer          TEXT,
    performer_staff_id INTEGER REFERENCES staff(id),
    output             TEXT,
    note               TEXT,
    reason             TEXT,
    recorded_by        TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    clock              TEXT CHECK (clock IN ('office', '24/7', 'wall')),
    standard_days      INTEGER NOT NULL DEFAULT 0,
    wall_secs          INTEGER,
    paused_secs        INTEGER,
    calendar_version   INTEGER,
    origin             TEXT,
    UNIQUE (case_id, step_number, attempt)
);
INSERT INTO step_attempts_v13 SELECT * FROM step_attempts;
DROP TRIGGER case_activity_closed;
DROP TABLE step_attempts;
ALTER TABLE step_attempts_v13 RENAME TO step_attempts;
CREATE UNIQUE INDEX step_attempts_running ON step_attempts(case_id) WHERE status = 'running';
CREATE INDEX step_attempts_updated ON step_attempts(updated_at);
CREATE INDEX step_attempts_finished ON step_attempts(status, finished_at, case_id, step_number,
    elapsed_secs, standard_min_secs, standard_max_secs, performer, clock, wall_secs);
CREATE INDEX step_attempts_case ON step_attempts(case_id, id, started_at, finished_at);
CREATE INDEX step_attempts_running_start ON step_attempts(started_at, case_id,
    status, uuid, step_number, attempt, outcome, finished_at, elapsed_secs, standard_min_secs,
    standard_max_secs, performer, performer_staff_id, output, note, reason, clock, standard_days,
    wall_secs, paused_secs, calendar_version) WHERE status = 'running';
CREATE INDEX step_attempts_uuid ON step_attempts(uuid);
CREATE TRIGGER case_activity_added AFTER INSERT ON step_attempts
WHEN NEW.status <> 'void' AND EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND status = 'open')
BEGIN
    INSERT INTO case_activity
    VALUES (NEW.case_id, max(coalesce(NEW.started_at, ''), coalesce(NEW.finished_at, '')))
    ON CONFLICT DO UPDATE SET last_at = max(last_at, excluded.last_at);
END;
CREATE TRIGGER case_activity_changed AFTER UPDATE OF started_at, finished_at, status
ON step_attempts
BEGIN
    UPDATE case_activity SET last_at = coalesce((SELECT max(max(coalesce(started_at, ''),
        coalesce(finished_at, ''))) FROM step_attempts
        WHERE case_id = NEW.case_id AND status <> 'void'), '')
    WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_activity_removed AFTER DELETE ON step_attempts
BEGIN
    UPDATE case_activity SET last_at = coalesce((SELECT max(max(coalesce(started_at, ''),
        coalesce(finished_at, ''))) FROM step_attempts
        WHERE case_id = OLD.case_id AND status <> 'void'), '')
    WHERE case_id = OLD.case_id;
END;
CREATE TRIGGER case_activity_closed AFTER UPDATE OF status ON cases
BEGIN
    DELETE FROM case_activity WHERE case_id = NEW.id;
    INSERT INTO case_activity
        SELECT NEW.id, max(max(coalesce(started_at, ''), coalesce(finished_at, '')))
        FROM step_attempts WHERE case_id = NEW.id AND NEW.status = 'open' AND status <> 'void'
        GROUP BY case_id;
END;
"#;

/// The tables whose rows travel between offices (issue 20), each keyed by `id` with a `uuid`
/// and an `origin` (NULL: this office's own row). Schema 10 adds `origin` to each, so their
/// rows' hashes change and the migration writes their baseline again (with `meta`, which gains
/// `office-uuid`); a bundle cuts each to the rows it keeps.
pub const TRAVELLING: &[&str] = &[
    "cases",
    "persons",
    "services",
    "consents",
    "assignments",
    "step_attempts",
    "step_pauses",
    "corrections",
    "referrals",
    "agencies",
    "staff",
    "calendars",
];

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sop_versions (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    source      TEXT NOT NULL,
    builtin     INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE (code, version),
    UNIQUE (code, sha256)
);

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    office     TEXT NOT NULL,
    name       TEXT NOT NULL UNIQUE,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE staff_roles (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    role     TEXT NOT NULL,
    PRIMARY KEY (staff_id, role)
) WITHOUT ROWID;

CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    office         TEXT NOT NULL,
    number         TEXT NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    sop_version_id INTEGER NOT NULL REFERENCES sop_versions(id),
    reported_at    TEXT NOT NULL,
    channel        TEXT NOT NULL,
    place          TEXT,
    incident_date  TEXT,
    chronology     TEXT,
    urgency        TEXT NOT NULL,
    risk           TEXT,
    is_child       INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at      TEXT,
    close_reason   TEXT,
    external_ref   TEXT UNIQUE,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (office, year, seq)
);
-- `case show NUMBER` matches the number case-blind: this index serves it (the UNIQUE one
-- compares exactly).
CREATE INDEX cases_number_nocase ON cases(number COLLATE NOCASE);
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_reported ON cases(reported_at);
CREATE INDEX cases_updated ON cases(updated_at);

CREATE TABLE persons (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    role        TEXT NOT NULL CHECK (role IN ('victim', 'complainant', 'perpetrator')),
    name        TEXT,
    name_key    TEXT,
    nik         TEXT,
    sex         TEXT,
    birth_date  TEXT,
    age         INTEGER,
    phone       TEXT,
    relation    TEXT,
    address     TEXT,
    kecamatan   TEXT,
    kelurahan   TEXT,
    disability  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX persons_case ON persons(case_id, role);
CREATE INDEX persons_nik ON persons(nik) WHERE nik IS NOT NULL;
CREATE INDEX persons_name_birth ON persons(name_key, birth_date) WHERE role = 'victim';

CREATE TABLE case_violence (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    type    TEXT NOT NULL,
    PRIMARY KEY (case_id, type)
) WITHOUT ROWID;

CREATE TABLE services (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    type        TEXT NOT NULL,
    provider    TEXT,
    given_at    TEXT NOT NULL,
    note        TEXT,
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX services_case ON services(case_id);

CREATE TABLE consents (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL CHECK (kind IN ('given', 'refused', 'withdrawn')),
    given_by    TEXT,
    relation    TEXT,
    scopes      TEXT NOT NULL,
    method      TEXT,
    form_ref    TEXT,
    at          TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX consents_case ON consents(case_id, at);

CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    role        TEXT,
    from_at     TEXT NOT NULL,
    until_at    TEXT,
    assigned_by TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX assignments_case ON assignments(case_id, until_at);
CREATE INDEX assignments_staff ON assignments(staff_id, until_at);

CREATE TABLE step_attempts (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL,
    case_id            INTEGER NOT NULL REFERENCES cases(id),
    step_number        INTEGER NOT NULL,
    attempt            INTEGER NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('running', 'finished', 'skipped')),
    outcome            TEXT,
    started_at         TEXT,
    finished_at        TEXT,
    elapsed_secs       INTEGER,
    standard_min_secs  INTEGER,
    standard_max_secs  INTEGER,
    performer          TEXT,
    performer_staff_id INTEGER REFERENCES staff(id),
    output             TEXT,
    note               TEXT,
    reason             TEXT,
    recorded_by        TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (case_id, step_number, attempt)
);
CREATE INDEX step_attempts_case ON step_attempts(case_id, id);
-- One running step per case at most, whatever two terminals do at once.
CREATE UNIQUE INDEX step_attempts_running ON step_attempts(case_id) WHERE status = 'running';
CREATE INDEX step_attempts_updated ON step_attempts(updated_at);
-- `report compliance` reads finished attempts in a period from this index alone (covering).
CREATE INDEX step_attempts_finished ON step_attempts(status, finished_at, case_id, step_number,
    elapsed_secs, standard_min_secs, standard_max_secs, performer);

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    case_uuid TEXT,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
"#;
