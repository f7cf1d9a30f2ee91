//! The register's connection, neutral over its two engines: a SQLite file (the default) or a
//! PostgreSQL server (`--db postgresql://...`, issue 21). The register's operations are written
//! once against [`Db`]; each query's text is the engine's own: one text where both engines take
//! the same standard SQL (its `?N` placeholders are PostgreSQL's `$N`), two texts where they
//! differ ([`Sql::each`]).
//!
//! Values cross in SQLite's five kinds (null, integer, real, text, blob), which the PostgreSQL
//! schema mirrors column by column (BIGINT, DOUBLE PRECISION, TEXT, BYTEA): a row reads back the
//! same from either engine, and its canonical content (the audit chain's row hashes) is the same.

#[cfg(feature = "postgres")]
pub mod pg;
#[cfg(feature = "tls")]
pub mod tls;

use crate::error::{Error, Result};
use rusqlite::types::{FromSql, FromSqlError, ToSql, Value};
use rusqlite::Connection;

/// Which engine holds the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The connection to the register.
pub enum Db {
    Sqlite(Connection),
    #[cfg(feature = "postgres")]
    Postgres(Box<pg::Pg>),
}

/// A query's text for each engine.
#[derive(Debug, Clone, Copy)]
pub struct Sql<'a> {
    sqlite: &'a str,
    /// PostgreSQL's own text; `None`: the same text, its `?N` placeholders written `$N`.
    pg: Option<&'a str>,
}

impl<'a> Sql<'a> {
    /// A text both engines take as it is (placeholders `?N`).
    pub const fn both(text: &'a str) -> Sql<'a> {
        Sql {
            sqlite: text,
            pg: None,
        }
    }

    /// Each engine's own text (PostgreSQL's with `$N` placeholders).
    pub const fn each(sqlite: &'a str, pg: &'a str) -> Sql<'a> {
        Sql {
            sqlite,
            pg: Some(pg),
        }
    }

    pub fn sqlite(&self) -> &'a str {
        self.sqlite
    }

    /// PostgreSQL's text.
    pub fn pg(&self) -> std::borrow::Cow<'a, str> {
        match self.pg {
            Some(t) => t.into(),
            None => dollar_placeholders(self.sqlite).into(),
        }
    }
}

impl<'a> From<&'a str> for Sql<'a> {
    fn from(text: &'a str) -> Sql<'a> {
        Sql::both(text)
    }
}

impl<'a> From<&'a String> for Sql<'a> {
    fn from(text: &'a String) -> Sql<'a> {
        Sql::both(text)
    }
}

/// `?1` as `$1` (a bare `?` takes the next number), outside quoted strings and identifiers.
pub fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut quote: Option<char> = None;
    let mut next = 1;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), _) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), _) => out.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '?') => {
                out.push('$');
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    out.push_str(&next.to_string());
                    next += 1;
                } else {
                    next = digits.parse::<usize>().unwrap_or(0) + 1;
                    out.push_str(&digits);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// A query's parameters, as rusqlite takes them (`params![...]`, `[a, b]`, `()`), readable as
/// values for PostgreSQL.
pub trait Args: rusqlite::Params {
    fn values(&self) -> Vec<&dyn ToSql>;
}

impl Args for [&(dyn ToSql + Send + Sync); 0] {
    fn values(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl Args for &[&dyn ToSql] {
    fn values(&self) -> Vec<&dyn ToSql> {
        self.to_vec()
    }
}

impl Args for () {
    fn values(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

macro_rules! args_arrays {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Args for [T; $n] {
            fn values(&self) -> Vec<&dyn ToSql> {
                self.iter().map(|v| v as &dyn ToSql).collect()
            }
        }
        impl<T: ToSql + ?Sized> Args for &[&T; $n] {
            fn values(&self) -> Vec<&dyn ToSql> {
                self.iter().map(|v| v as &dyn ToSql).collect()
            }
        }
    )*};
}
args_arrays!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

macro_rules! args_tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: ToSql),+> Args for ($($t,)+) {
            fn values(&self) -> Vec<&dyn ToSql> {
                vec![$(&self.$i as &dyn ToSql),+]
            }
        }
    )*};
}
args_tuples!((A 0) (A 0, B 1) (A 0, B 1, C 2) (A 0, B 1, C 2, D 3) (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5) (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7));

/// One row of a query's result, from either engine; read as rusqlite reads a row.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    #[cfg(feature = "postgres")]
    Postgres(&'a postgres::Row),
}

impl Row<'_> {
    /// Column `i` as `T` (the conversions are rusqlite's, on either engine).
    pub fn get<T: FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        match self {
            Row::Sqlite(r) => r.get(i),
            #[cfg(feature = "postgres")]
            Row::Postgres(r) => {
                let v = pg::value(r, i)?;
                T::column_result(rusqlite::types::ValueRef::from(&v))
                    .map_err(|e| conversion(i, &v, e))
            }
        }
    }

    /// Column `i` as an owned value.
    pub fn value(&self, i: usize) -> rusqlite::Result<Value> {
        match self {
            Row::Sqlite(r) => Ok(r.get_ref(i)?.into()),
            #[cfg(feature = "postgres")]
            Row::Postgres(r) => pg::value(r, i),
        }
    }

    /// How many columns the row has.
    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            #[cfg(feature = "postgres")]
            Row::Postgres(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// rusqlite's error for a value that does not convert (as `rusqlite::Row::get` words it).
#[cfg_attr(not(feature = "postgres"), allow(dead_code))]
fn conversion(i: usize, v: &Value, e: FromSqlError) -> rusqlite::Error {
    match e {
        FromSqlError::InvalidType => {
            rusqlite::Error::InvalidColumnType(i, format!("column {i}"), v.data_type())
        }
        FromSqlError::OutOfRange(n) => rusqlite::Error::IntegralValueOutOfRange(i, n),
        other => rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), Box::new(other)),
    }
}

/// A borrowed connection to either engine: what the register's operations run their queries
/// on (a SQLite connection or transaction converts into one, so code not yet written for both
/// engines can call the shared helpers).
#[derive(Clone, Copy)]
pub enum DbRef<'a> {
    Sqlite(&'a Connection),
    #[cfg(feature = "postgres")]
    Postgres(&'a pg::Pg),
}

impl<'a> From<&'a Connection> for DbRef<'a> {
    fn from(c: &'a Connection) -> DbRef<'a> {
        DbRef::Sqlite(c)
    }
}

impl<'a> From<&'a rusqlite::Transaction<'_>> for DbRef<'a> {
    fn from(t: &'a rusqlite::Transaction<'_>) -> DbRef<'a> {
        DbRef::Sqlite(t)
    }
}

impl<'a> From<&'a Db> for DbRef<'a> {
    fn from(d: &'a Db) -> DbRef<'a> {
        d.r()
    }
}

impl Db {
    pub fn engine(&self) -> Engine {
        self.r().engine()
    }

    /// The connection, borrowed.
    pub fn r(&self) -> DbRef<'_> {
        match self {
            Db::Sqlite(c) => DbRef::Sqlite(c),
            #[cfg(feature = "postgres")]
            Db::Postgres(p) => DbRef::Postgres(p),
        }
    }

    /// The SQLite connection, for code that runs on SQLite only (its own hot paths, the file's
    /// maintenance); on PostgreSQL the refusal says the operation is not there yet.
    pub fn sqlite(&self) -> Result<&Connection> {
        match self {
            Db::Sqlite(c) => Ok(c),
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => Err(not_on_postgres()),
        }
    }

    pub fn sqlite_mut(&mut self) -> Result<&mut Connection> {
        match self {
            Db::Sqlite(c) => Ok(c),
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => Err(not_on_postgres()),
        }
    }
}

impl<'c> DbRef<'c> {
    pub fn engine(&self) -> Engine {
        match self {
            DbRef::Sqlite(_) => Engine::Sqlite,
            #[cfg(feature = "postgres")]
            DbRef::Postgres(_) => Engine::Postgres,
        }
    }

    /// The SQLite connection, for code that runs on SQLite only.
    pub fn sqlite(&self) -> Result<&'c Connection> {
        match *self {
            DbRef::Sqlite(c) => Ok(c),
            #[cfg(feature = "postgres")]
            DbRef::Postgres(_) => Err(not_on_postgres()),
        }
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn execute<'s>(&self, sql: impl Into<Sql<'s>>, args: impl Args) -> Result<usize> {
        let sql = sql.into();
        match self {
            DbRef::Sqlite(c) => Ok(c.prepare_cached(sql.sqlite)?.execute(args)?),
            #[cfg(feature = "postgres")]
            DbRef::Postgres(p) => p.execute(&sql.pg(), &args.values()),
        }
    }

    /// Runs an INSERT into a table with an `id` key; returns the new row's id.
    pub fn insert<'s>(&self, sql: impl Into<Sql<'s>>, args: impl Args) -> Result<i64> {
        let sql = sql.into();
        match self {
            DbRef::Sqlite(c) => {
                c.prepare_cached(sql.sqlite)?.execute(args)?;
                Ok(c.last_insert_rowid())
            }
            #[cfg(feature = "postgres")]
            DbRef::Postgres(p) => {
                let text = format!("{} RETURNING id", sql.pg());
                p.query(&text, &args.values(), |r| r.get(0))?
                    .pop()
                    .ok_or_else(|| Error::Db(rusqlite::Error::QueryReturnedNoRows))
            }
        }
    }

    /// The first row of a query, read by `f`; an error when there is none.
    pub fn query_row<'s, T>(
        &self,
        sql: impl Into<Sql<'s>>,
        args: impl Args,
        f: impl FnOnce(&Row) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, args, f)?
            .ok_or(Error::Db(rusqlite::Error::QueryReturnedNoRows))
    }

    /// The first row of a query, read by `f`, when there is one.
    pub fn query_opt<'s, T>(
        &self,
        sql: impl Into<Sql<'s>>,
        args: impl Args,
        f: impl FnOnce(&Row) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        let sql = sql.into();
        match self {
            DbRef::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql.sqlite)?;
                let mut rows = stmt.query(args)?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&Row::Sqlite(r))?)),
                    None => Ok(None),
                }
            }
            #[cfg(feature = "postgres")]
            DbRef::Postgres(p) => {
                let mut f = Some(f);
                let mut out = None;
                p.each(&sql.pg(), &args.values(), &mut |r| {
                    if let Some(f) = f.take() {
                        out = Some(f(&Row::Postgres(r))?);
                    }
                    Ok(())
                })?;
                Ok(out)
            }
        }
    }

    /// Every row of a query, each read by `row`.
    pub fn all<'s, T>(
        &self,
        sql: impl Into<Sql<'s>>,
        args: impl Args,
        mut row: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut v = Vec::new();
        self.each(sql, args, &mut row, |t| {
            v.push(t);
            Ok(())
        })?;
        Ok(v)
    }

    /// Each row of a query, read by `row` and handed to `f` as it is read (on SQLite nothing is
    /// gathered; on PostgreSQL the rows arrive first).
    pub fn each<'s, T>(
        &self,
        sql: impl Into<Sql<'s>>,
        args: impl Args,
        mut row: impl FnMut(&Row) -> rusqlite::Result<T>,
        mut f: impl FnMut(T) -> Result<()>,
    ) -> Result<()> {
        let sql = sql.into();
        match self {
            DbRef::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql.sqlite)?;
                let mut rows = stmt.query(args)?;
                while let Some(r) = rows.next()? {
                    f(row(&Row::Sqlite(r))?)?;
                }
                Ok(())
            }
            #[cfg(feature = "postgres")]
            DbRef::Postgres(p) => p.each(&sql.pg(), &args.values(), &mut |r| {
                f(row(&Row::Postgres(r))?)
            }),
        }
    }

    /// Runs statements separated by `;`, with no parameters.
    pub fn batch<'s>(&self, sql: impl Into<Sql<'s>>) -> Result<()> {
        let sql = sql.into();
        match self {
            DbRef::Sqlite(c) => Ok(c.execute_batch(sql.sqlite)?),
            #[cfg(feature = "postgres")]
            DbRef::Postgres(p) => p.batch(&sql.pg()),
        }
    }
}

/// The location as it may be shown: the URL without its password.
pub fn shown_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let auth = match auth.rsplit_once('@') {
        Some((cred, host)) => match cred.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => auth.to_string(),
        },
        None => auth.to_string(),
    };
    // The query string's `password` (first after `?` or any after `&`) is masked too.
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_string(),
                })
                .collect::<Vec<_>>()
                .join("&");
            format!("{path}?{query}")
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{auth}{tail}")
}

/// The refusal of an operation that has no PostgreSQL implementation yet.
pub fn not_on_postgres() -> Error {
    Error::Unimplemented(
        crate::text::t(
            "this operation is not available on a PostgreSQL register yet (it works on a SQLite \
             register file); nothing was changed",
            "operasi ini belum tersedia pada register PostgreSQL (berjalan pada berkas register \
             SQLite); tidak ada yang diubah",
        )
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shown_url_hides_the_password() {
        assert_eq!(
            shown_url("postgresql://staf:rahasia@db.contoh:5432/kasus"),
            "postgresql://staf:***@db.contoh:5432/kasus"
        );
        assert_eq!(
            shown_url("postgres:///kasus?host=/run/postgresql&password=rahasia"),
            "postgres:///kasus?host=/run/postgresql&password=***"
        );
        assert_eq!(
            shown_url("postgresql://staf@db/kasus"),
            "postgresql://staf@db/kasus"
        );
    }

    #[test]
    fn the_shown_url_hides_a_password_anywhere_in_the_query() {
        // First after `?` (the trial's case), after a path or none, among others.
        assert_eq!(
            shown_url("postgresql://staf@db.contoh/kasus?password=Rahasia123"),
            "postgresql://staf@db.contoh/kasus?password=***"
        );
        assert_eq!(
            shown_url("postgresql://staf@db.contoh?password=Rahasia123&sslmode=require"),
            "postgresql://staf@db.contoh?password=***&sslmode=require"
        );
        assert_eq!(
            shown_url(
                "postgresql://db.contoh/kasus?user=staf&password=Rahasia123&connect_timeout=3"
            ),
            "postgresql://db.contoh/kasus?user=staf&password=***&connect_timeout=3"
        );
        assert_eq!(
            shown_url("postgresql://staf:a@db/kasus?PASSWORD=Rahasia123&password=Lain456"),
            "postgresql://staf:***@db/kasus?PASSWORD=***&password=***"
        );
        // A key that merely ends in "password" is not the password.
        assert_eq!(
            shown_url("postgresql://db/kasus?application_name=mypassword"),
            "postgresql://db/kasus?application_name=mypassword"
        );
    }

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(
            dollar_placeholders("SELECT a FROM t WHERE b = ?1 AND c = ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = $12"
        );
        assert_eq!(
            dollar_placeholders("SELECT '?1', \"a?\" FROM t WHERE x = ? AND y = ?"),
            "SELECT '?1', \"a?\" FROM t WHERE x = $1 AND y = $2"
        );
    }

    #[test]
    fn rows_read_the_same_through_the_neutral_row() {
        let owned = Db::Sqlite(Connection::open_in_memory().unwrap());
        let db = owned.r();
        db.batch("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)")
            .unwrap();
        let id = db
            .insert(
                "INSERT INTO t (name, score) VALUES (?1, ?2)",
                rusqlite::params!["Siti Contoh", 1.5],
            )
            .unwrap();
        assert_eq!(id, 1);
        let got: (i64, String, f64) = db
            .query_row("SELECT id, name, score FROM t WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(got, (1, "Siti Contoh".into(), 1.5));
        let none: Option<i64> = db
            .query_opt("SELECT id FROM t WHERE id = ?1", [2], |r| r.get(0))
            .unwrap();
        assert_eq!(none, None);
        assert!(db
            .query_row("SELECT id FROM t WHERE id = 2", [], |r| r.get::<i64>(0))
            .is_err());
        assert_eq!(db.execute("DELETE FROM t", ()).unwrap(), 1);
    }
}
