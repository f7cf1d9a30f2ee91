//! The builder on PostgreSQL (issue 21): each register is a database of its own on the server
//! that `KASUS_TEST_PG` names (`.ci/pg` starts a throwaway one), empty when the test gets it,
//! emptied after it for the process's next test (dropped when a later test process starts), and
//! read back row by row for [`super::Reg::state`].

use postgres::{Client, NoTls, SimpleQueryMessage};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, Once};

/// The server URL the tests may create databases from, when set (and not empty).
pub fn server() -> Option<String> {
    std::env::var("KASUS_TEST_PG")
        .ok()
        .filter(|v| !v.is_empty())
}

/// The URL `base` with its database replaced by `name`: the path after the host, and any
/// `dbname=` in the query. `postgresql://postgres@%2Ftmp%2Fx/postgres` ->
/// `postgresql://postgres@%2Ftmp%2Fx/NAME`; `postgresql:///postgres?host=/tmp/x` ->
/// `postgresql:///NAME?host=/tmp/x`.
/// True when `KASUS_TEST_PG` names a server. Otherwise prints why the calling test skips, or
/// panics when `KASUS_REQUIRE_PG=1` (set by `.ci/run`, which starts a server), so that CI never
/// passes by skipping.
pub fn available() -> bool {
    if server().is_some() {
        return true;
    }
    if std::env::var("KASUS_REQUIRE_PG").is_ok_and(|v| v == "1") {
        panic!("KASUS_REQUIRE_PG=1 but KASUS_TEST_PG is not set: run the tests under .ci/pg");
    }
    eprintln!("skipped: KASUS_TEST_PG is not set (a PostgreSQL server URL; .ci/pg starts one)");
    false
}

pub fn database_url(base: &str, name: &str) -> String {
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let (head, rest) = base.split_at(scheme_end);
    let (before_query, query) = match rest.find('?') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let authority = before_query.split('/').next().unwrap_or("");
    let mut url = format!("{head}{authority}/{name}");
    if let Some(query) = query {
        let kept: Vec<&str> = query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("dbname="))
            .collect();
        if !kept.is_empty() {
            url.push('?');
            url.push_str(&kept.join("&"));
        }
    }
    url
}

pub fn connect(url: &str) -> Client {
    Client::connect(url, NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to PostgreSQL at {url}: {}", why(&e)))
}

/// Waits (up to 10 s) until no kasus client has a session on the database at `url`, and
/// panics if one stays: a killed client's session ends once the server notices, its transaction
/// committed (if its COMMIT had reached the server) or rolled back, so what a test reads next is
/// final. A session waiting for a lock ends only once it has the lock.
#[track_caller]
pub fn wait_for_kasus_sessions_to_end(url: &str) {
    let mut watcher = connect(url);
    let gone = (0..400).any(|_| {
        let n: i64 = watcher
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE application_name = 'kasus' AND datname = current_database()",
                &[],
            )
            .unwrap()
            .get(0);
        n == 0 || {
            std::thread::sleep(std::time::Duration::from_millis(25));
            false
        }
    });
    assert!(gone, "the killed client's session stayed");
}

/// An error with the server's own message (the client's Display says only "db error").
pub fn why(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => e.to_string(),
    }
}

/// One test's database: handed out by [`Database::create`], emptied (connections and all) when
/// this value is dropped, and handed out again by this process's next `create`.
///
/// Creating a database and dropping it cost about 0.25 s a test on `.ci/pg`'s cluster (the
/// template's copy, two checkpoints, and the first connection to a new database building its
/// catalog caches); emptying one costs a tenth of that. An emptied database is one a register
/// never touched: no schema but an empty `public`, as `CREATE DATABASE` makes it.
#[derive(Debug)]
pub struct Database {
    pub name: String,
    /// The URL kasus is given (KASUS_DB).
    pub url: String,
    server: String,
}

/// This process's emptied databases, ready for the next test.
static POOL: Mutex<Vec<String>> = Mutex::new(Vec::new());

impl Database {
    /// An empty database `kasus_t_<pid>_<n>` on the server `KASUS_TEST_PG` names: one this
    /// process emptied, else a new one. The first call in a process drops what earlier test
    /// processes left (their pools, or a database of a run that was killed).
    pub fn create() -> Database {
        Database::create_from(None)
    }

    /// A new database holding `from`'s rows (made with it as its template: no one may be
    /// connected to `from` meanwhile, as no kasus run is between two commands).
    pub fn copy_of(from: &Database) -> Database {
        Database::create_from(Some(&from.name))
    }

    fn create_from(template: Option<&str>) -> Database {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        static SWEEP: Once = Once::new();
        let server = server().expect(
            "the builder runs on PostgreSQL but KASUS_TEST_PG is not set: give it a server URL \
             (.ci/pg starts a throwaway server and sets it)",
        );
        SWEEP.call_once(|| sweep(&server));
        // A copy is made anew; an empty database may be one this process emptied.
        let pooled = match template {
            None => POOL.lock().unwrap_or_else(|p| p.into_inner()).pop(),
            Some(_) => None,
        };
        if let Some(name) = pooled {
            let url = database_url(&server, &name);
            return Database { name, url, server };
        }
        let name = format!(
            "kasus_t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut admin = connect(&server);
        // PostgreSQL 15 copies the template through the write-ahead log by default, slower
        // than copying its files (measured 0.5 s against 0.1-0.2 s a database in .ci/pg's
        // cluster, and 7 MB of log each); older servers only copy files and lack the option.
        let version: i32 = admin
            .query_one("SELECT current_setting('server_version_num')::int", &[])
            .map_err(|e| why(&e))
            .expect("server version")
            .get(0);
        let strategy = if version >= 150000 {
            " STRATEGY FILE_COPY"
        } else {
            ""
        };
        // One statement a call: several would run as one transaction, which these refuse. The
        // first removes what an earlier run left when its process, of the same id, was killed.
        for sql in [
            format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
            match template {
                Some(t) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{t}\"{strategy}"),
                None => format!("CREATE DATABASE \"{name}\"{strategy}"),
            },
        ] {
            admin
                .batch_execute(&sql)
                .unwrap_or_else(|e| panic!("cannot create database {name}: {}", why(&e)));
        }
        let url = database_url(&server, &name);
        Database { name, url, server }
    }

    /// True while the database exists on the server.
    pub fn exists(&self) -> bool {
        exists(&self.server, &self.name)
    }

    /// Ends every other session on the database (a killed kasus's may linger) and drops every
    /// schema in it, then gives it back the `public` schema a new database has (PostgreSQL 15's:
    /// owned by the database's owner, usable by everyone).
    fn empty(&self) -> Result<(), postgres::Error> {
        let mut c = Client::connect(&self.url, NoTls)?;
        c.batch_execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )?;
        let schemas: Vec<String> = c
            .query(
                "SELECT nspname::text FROM pg_namespace \
                 WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
                &[],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut sql = String::new();
        for s in schemas {
            sql.push_str(&format!(
                "DROP SCHEMA \"{}\" CASCADE; ",
                s.replace('"', "\"\"")
            ));
        }
        sql.push_str(
            "CREATE SCHEMA public AUTHORIZATION pg_database_owner; \
             GRANT USAGE ON SCHEMA public TO PUBLIC;",
        );
        // One transaction: a failure leaves the database as it was, and it is dropped instead.
        c.batch_execute(&format!(
            "BEGIN; SET LOCAL client_min_messages = warning; {sql} COMMIT;"
        ))
    }
}

/// Drops the databases `kasus_t_<pid>_<n>` whose process no longer runs.
fn sweep(server: &str) {
    let Ok(mut admin) = Client::connect(server, NoTls) else {
        return;
    };
    let Ok(rows) = admin.query(
        "SELECT datname::text FROM pg_database WHERE datname LIKE 'kasus\\_t\\_%'",
        &[],
    ) else {
        return;
    };
    for row in rows {
        let name: String = row.get(0);
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        let running = pid.is_some_and(|p| std::path::Path::new(&format!("/proc/{p}")).exists());
        if !running {
            let _ =
                admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
        }
    }
}

/// True when the server at `server` has a database `name`.
pub fn exists(server: &str, name: &str) -> bool {
    let row = connect(server)
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname = $1",
            &[&name],
        )
        .expect("read pg_database");
    row.get::<_, i64>(0) == 1
}

impl Drop for Database {
    fn drop(&mut self) {
        // No panic here: a failed test's drop must not hide its message behind a second panic.
        if self.empty().is_ok() {
            POOL.lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(self.name.clone());
            return;
        }
        let dropped = Client::connect(&self.server, NoTls).and_then(|mut admin| {
            admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name
            ))
        });
        if let Err(e) = dropped {
            eprintln!("could not drop test database {}: {}", self.name, why(&e));
        }
    }
}

/// Every row of every table of the public schema, as text: `table|value|...` a line, the tables
/// by name, each table's rows ordered by all its columns in order (a row's place on disk moves
/// when PostgreSQL rewrites it), values in PostgreSQL's text form, `NULL` for null.
pub fn state(url: &str) -> String {
    let mut client = connect(url);
    let tables: Vec<String> = client
        .query(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
            &[],
        )
        .expect("list tables")
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for t in tables {
        let columns: i64 = client
            .query_one(
                "SELECT count(*) FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name = $1",
                &[&t],
            )
            .expect("count columns")
            .get(0);
        let order = (1..=columns)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let order = if order.is_empty() {
            String::new()
        } else {
            format!(" ORDER BY {order}")
        };
        // The simple protocol returns every value as text.
        let rows = client
            .simple_query(&format!("SELECT * FROM public.\"{t}\"{order}"))
            .unwrap_or_else(|e| panic!("read table {t}: {}", why(&e)));
        for m in rows {
            if let SimpleQueryMessage::Row(r) = m {
                out.push_str(&t);
                for i in 0..r.len() {
                    match r.get(i) {
                        Some(v) => out.push_str(&format!("|{v:?}")),
                        None => out.push_str("|NULL"),
                    }
                }
                out.push('\n');
            }
        }
    }
    out
}

/// A value in COPY's text form.
pub fn copy_text(v: &rusqlite::types::Value) -> String {
    use rusqlite::types::Value;
    match v {
        Value::Null => "\\N".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s
            .replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
            .replace('\r', "\\r"),
        Value::Blob(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            format!("\\\\x{hex}")
        }
    }
}

/// Every row of the SQLite register `from` into the PostgreSQL register at `url` (its own rows
/// replaced; the tables' triggers off while copying, as a restore does), the identities moved
/// past the ids copied.
pub fn copy_into(from: &std::path::Path, url: &str) {
    use std::io::Write;
    let src = rusqlite::Connection::open(from).unwrap();
    let tables: Vec<String> = src
        // Not `case_activity`: SQLite's derived table (schema 12) has no twin on PostgreSQL.
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name <> 'case_activity'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut pgc = connect(url);
    let mut tx = pgc.transaction().unwrap();
    tx.batch_execute(&format!(
        "SET LOCAL session_replication_role = replica; TRUNCATE {} CASCADE",
        tables.join(", ")
    ))
    .unwrap_or_else(|e| panic!("{}", why(&e)));
    for t in &tables {
        let cols: Vec<String> = src
            .prepare(&format!("PRAGMA table_info({t})"))
            .unwrap()
            .query_map([], |r| r.get(1))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let list = cols
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let mut data = String::new();
        let mut stmt = src.prepare(&format!("SELECT {list} FROM {t}")).unwrap();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let line: Vec<String> = (0..cols.len())
                .map(|i| copy_text(&r.get::<_, rusqlite::types::Value>(i).unwrap()))
                .collect();
            data.push_str(&line.join("\t"));
            data.push('\n');
        }
        let mut w = tx
            .copy_in(&format!("COPY {t} ({list}) FROM STDIN"))
            .unwrap();
        w.write_all(data.as_bytes()).unwrap();
        w.finish()
            .unwrap_or_else(|e| panic!("COPY {t}: {}", why(&e)));
        let key = if t == "audit" { "seq" } else { "id" };
        if cols.iter().any(|c| c == key) {
            tx.batch_execute(&format!(
                "SELECT setval(s, (SELECT coalesce(max({key}), 0) + 1 FROM {t}), false)
                 FROM pg_get_serial_sequence('{t}', '{key}') s WHERE s IS NOT NULL"
            ))
            .unwrap_or_else(|e| panic!("{t}: {}", why(&e)));
        }
    }
    tx.commit().unwrap();
}
