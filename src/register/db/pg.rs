//! The PostgreSQL side of [`super::Db`]: the connection (a URL and the usual `PG*` variables),
//! prepared statements kept per text, values in SQLite's five kinds both ways, and the server's
//! errors worded without the values they may quote.

use crate::error::{Error, Result};
use postgres::types::{FromSql, IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};
use rusqlite::types::{Value, ValueRef};
use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;
use std::time::Duration;

type BoxError = Box<dyn StdError + Sync + Send>;

/// A connection to a PostgreSQL register.
pub struct Pg {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
    /// Each table's columns and key as the captured rows are read (`rowhash::collect`), read
    /// from the server once per connection.
    layouts: std::cell::OnceCell<HashMap<String, crate::register::postgres::schema::Layout>>,
    /// The number of the last captured change taken (`rowhash::collect`): numbers only grow in
    /// a session, and a commit or rollback removes the rows, so "after this one" is the rest.
    changes_taken: std::cell::Cell<i64>,
    /// Whether this session has made its table of captured changes (`schema::CHANGES_TABLE`).
    changes_table: std::cell::Cell<bool>,
}

use super::shown_url as shown;

/// What a connection asks of TLS (libpq's `sslmode`, and for the modes that check the server's
/// certificate the CA file, `sslrootcert`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    /// Plain: `sslmode=disable`, and every connection over a Unix socket (as libpq: the server
    /// speaks no TLS there).
    Disable,
    /// Encrypted when the server offers it, plain otherwise (`allow`, `prefer`: libpq's default).
    Prefer,
    /// Encrypted or refused; the certificate is not checked (`require`).
    Require,
    /// Encrypted, the certificate signed by a CA of this file (`verify-ca`, or `require` with
    /// an `sslrootcert`, as libpq).
    VerifyCa(std::path::PathBuf),
    /// As `VerifyCa`, and the certificate names the host connected to (`verify-full`).
    VerifyFull(std::path::PathBuf),
}

/// The URL without its `sslmode` and `sslrootcert` (kasus reads those itself: the client knows
/// neither `verify-ca`, `verify-full` nor a CA file), and their values, percent-decoded.
fn take_tls(url: &str) -> (String, Option<String>, Option<String>) {
    let Some((head, query)) = url.split_once('?') else {
        return (url.to_string(), None, None);
    };
    let (mut mode, mut root) = (None, None);
    let mut kept = Vec::new();
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(decoded(v)),
            Some(("sslrootcert", v)) => root = Some(decoded(v)),
            _ => kept.push(pair),
        }
    }
    let url = if kept.is_empty() {
        head.to_string()
    } else {
        format!("{head}?{}", kept.join("&"))
    };
    (url, mode, root)
}

/// A URL query's value with its `%XX` escapes (and `+`) decoded.
fn decoded(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The TLS the settings ask for: `sslmode` (the URL's, else `PGSSLMODE`, else libpq's default
/// `prefer`) and `sslrootcert` (the URL's, else `PGSSLROOTCERT`, else libpq's
/// `~/.postgresql/root.crt` when there is one); plain over a Unix socket.
fn tls_asked(
    c: &postgres::Config,
    mode: Option<String>,
    root: Option<String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Tls> {
    let mode = mode.or_else(|| env("PGSSLMODE"));
    let explicit_root = root.or_else(|| env("PGSSLROOTCERT"));
    // An unknown mode is refused whatever the host (as libpq), a socket's too.
    let known = [
        "disable",
        "allow",
        "prefer",
        "require",
        "verify-ca",
        "verify-full",
    ];
    if let Some(other) = mode.as_deref().filter(|m| !known.contains(m)) {
        return Err(Error::Usage(crate::tr!(
            "sslmode={other}: not a mode kasus knows; give disable, allow, prefer, require, \
             verify-ca or verify-full",
            "sslmode={other}: bukan mode yang dikenal kasus; beri disable, allow, prefer, \
             require, verify-ca atau verify-full"
        )));
    }
    let socket_only = c
        .get_hosts()
        .iter()
        .all(|h| !matches!(h, postgres::config::Host::Tcp(_)));
    if socket_only {
        return Ok(Tls::Disable);
    }
    let root = |mode: &str| -> Result<std::path::PathBuf> {
        // Without TLS, no file could be used: the build's refusal says what would help.
        if cfg!(not(feature = "tls")) {
            return Err(built_without_tls());
        }
        if explicit_root.as_deref() == Some("system") {
            return Err(Error::Usage(crate::tr!(
                "sslrootcert=system: kasus does not read the system's CA store; give the file of \
                 the CA certificate (PEM) that signed the server's certificate as sslrootcert=FILE",
                "sslrootcert=system: kasus tidak membaca kumpulan CA sistem; beri berkas \
                 sertifikat CA (PEM) yang menandatangani sertifikat server sebagai \
                 sslrootcert=BERKAS"
            )));
        }
        let default = env("HOME").map(|h| std::path::Path::new(&h).join(".postgresql/root.crt"));
        match (&explicit_root, default) {
            (Some(f), _) => Ok(f.into()),
            (None, Some(d)) if d.exists() => Ok(d),
            _ => Err(Error::Usage(crate::tr!(
                "sslmode={mode} checks the server's certificate against a CA: give the file of \
                 the CA certificate (PEM) as sslrootcert=FILE in the URL, or PGSSLROOTCERT",
                "sslmode={mode} memeriksa sertifikat server terhadap sebuah CA: beri berkas \
                 sertifikat CA (PEM) sebagai sslrootcert=BERKAS di URL, atau PGSSLROOTCERT"
            ))),
        }
    };
    Ok(match mode.as_deref().unwrap_or("prefer") {
        "disable" => Tls::Disable,
        "allow" | "prefer" => Tls::Prefer,
        "require" if explicit_root.is_some() => Tls::VerifyCa(root("require")?),
        "require" => Tls::Require,
        "verify-ca" => Tls::VerifyCa(root("verify-ca")?),
        // verify-full, the one mode left: unknown ones were refused above.
        _ => Tls::VerifyFull(root("verify-full")?),
    })
}

/// The refusal of a kasus built without the `tls` feature, asked for TLS.
fn built_without_tls() -> Error {
    Error::Usage(
        crate::text::t(
            "this kasus is built without TLS for PostgreSQL, and the URL (or PGSSLMODE) \
             requires it: build kasus with the `tls` feature (in its source folder, `cargo \
             install --path . --features tls`), or connect over the server's socket or a \
             trusted network with sslmode=disable or prefer",
            "kasus ini dibangun tanpa TLS untuk PostgreSQL, padahal URL (atau PGSSLMODE) \
             memintanya: bangun kasus dengan fitur `tls` (di folder sumbernya, `cargo install \
             --path . --features tls`), atau sambungkan lewat socket server atau jaringan \
             tepercaya dengan sslmode=disable atau prefer",
        )
        .into(),
    )
}

/// The connection settings: the URL's, and for what it leaves out the usual variables
/// (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGAPPNAME`, `PGCONNECT_TIMEOUT`,
/// `PGSSLMODE`, `PGSSLROOTCERT`), then libpq's defaults (the local socket, the login name as
/// user and database); and the TLS they ask for. A kasus built without the `tls` feature
/// refuses a mode that requires TLS, saying how to build one that has it.
pub fn config(url: &str) -> Result<(postgres::Config, Tls)> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let (rest, mode, root) = take_tls(url);
    let mut c: postgres::Config = rest.parse().map_err(|_| {
        Error::Usage(crate::tr!(
            "{}: not a PostgreSQL URL kasus can read; write it as \
             postgresql://USER@HOST:PORT/DATABASE (a socket folder as ?host=/run/postgresql)",
            "{}: bukan URL PostgreSQL yang bisa dibaca kasus; tulis sebagai \
             postgresql://USER@HOST:PORT/DATABASE (folder socket sebagai ?host=/run/postgresql)",
            shown(url)
        ))
    })?;
    if c.get_hosts().is_empty() {
        match env("PGHOST") {
            Some(h) => {
                for h in h.split(',') {
                    if h.starts_with('/') {
                        c.host_path(h);
                    } else {
                        c.host(h);
                    }
                }
            }
            None => {
                let socket = ["/var/run/postgresql", "/run/postgresql", "/tmp"]
                    .into_iter()
                    .find(|d| std::path::Path::new(d).join(".s.PGSQL.5432").exists());
                match socket {
                    Some(d) => c.host_path(d),
                    None => c.host("localhost"),
                };
            }
        }
    }
    if c.get_ports().is_empty() {
        if let Some(p) = env("PGPORT").and_then(|p| p.parse().ok()) {
            c.port(p);
        }
    }
    if c.get_user().is_none() {
        let user = env("PGUSER")
            .or_else(|| env("USER"))
            .or_else(|| env("LOGNAME"))
            .unwrap_or_else(|| "postgres".into());
        c.user(&user);
    }
    if c.get_password().is_none() {
        if let Some(p) = env("PGPASSWORD") {
            c.password(p);
        }
    }
    if c.get_dbname().is_none() {
        let db = env("PGDATABASE").unwrap_or_else(|| c.get_user().unwrap_or("kasus").into());
        c.dbname(&db);
    }
    if c.get_application_name().is_none() {
        c.application_name(&env("PGAPPNAME").unwrap_or_else(|| "kasus".into()));
    }
    if c.get_connect_timeout().is_none() {
        // As the URL's (the client ignores a value not above 0): 0 would give up at once.
        let secs = env("PGCONNECT_TIMEOUT")
            .and_then(|s| s.parse().ok())
            .filter(|s| *s > 0)
            .unwrap_or(10);
        c.connect_timeout(Duration::from_secs(secs));
    }
    let tls = tls_asked(&c, mode, root, env)?;
    c.ssl_mode(match tls {
        Tls::Disable => postgres::config::SslMode::Disable,
        Tls::Prefer => postgres::config::SslMode::Prefer,
        _ => postgres::config::SslMode::Require,
    });
    if cfg!(not(feature = "tls")) && !matches!(tls, Tls::Disable | Tls::Prefer) {
        return Err(built_without_tls());
    }
    Ok((c, tls))
}

impl Pg {
    /// Connects to the server `url` names.
    pub fn connect(url: &str) -> Result<Pg> {
        let (c, tls) = config(url)?;
        // config() always sets it; the client's own timeout covers only the socket's connect,
        // so the whole connect (socket, startup, authentication) is bounded here: a server
        // that accepts and never answers would otherwise hold kasus forever.
        let limit = c
            .get_connect_timeout()
            .copied()
            .unwrap_or(Duration::from_secs(10));
        #[cfg(feature = "tls")]
        let connector = match tls {
            Tls::Disable => None,
            _ => Some(super::tls::connector(&tls)?),
        };
        #[cfg(not(feature = "tls"))]
        let _ = tls;
        let (send, got) = std::sync::mpsc::channel();
        // The thread is left behind on a timeout: the command ends with its refusal anyway.
        std::thread::spawn(move || {
            #[cfg(feature = "tls")]
            let client = match connector {
                None => c.connect(NoTls),
                Some(connector) => c.connect(connector),
            };
            #[cfg(not(feature = "tls"))]
            let client = c.connect(NoTls);
            let _ = send.send(client);
        });
        let refused = |why: String| {
            Error::Register(crate::tr!(
                "{}: cannot connect to the PostgreSQL server ({}); nothing was changed. Check \
                 the URL, that the server runs, and the user's rights",
                "{}: tidak dapat tersambung ke server PostgreSQL ({}); tidak ada yang diubah. \
                 Periksa URL, bahwa server berjalan, dan hak pengguna",
                shown(url),
                why
            ))
        };
        let client = match got.recv_timeout(limit) {
            Ok(client) => client.map_err(|e| refused(server_words(&e)))?,
            Err(_) => {
                let secs = limit.as_secs();
                return Err(refused(crate::tr!(
                    "timed out: no answer in {secs} s",
                    "waktu habis: tidak ada jawaban dalam {secs} detik"
                )));
            }
        };
        Ok(Pg {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            layouts: std::cell::OnceCell::new(),
            changes_taken: std::cell::Cell::new(0),
            changes_table: std::cell::Cell::new(false),
        })
    }

    /// Makes the session's table of captured changes, once (before its first write).
    pub fn make_changes_table(&self) -> Result<()> {
        if !self.changes_table.get() {
            super::DbRef::Postgres(self).batch(crate::register::postgres::schema::CHANGES_TABLE)?;
            self.changes_table.set(true);
        }
        Ok(())
    }

    /// The number of the last captured change taken.
    pub fn changes_taken(&self) -> i64 {
        self.changes_taken.get()
    }

    /// Records that the captured change `seq` was taken.
    pub fn took_changes(&self, seq: i64) {
        self.changes_taken.set(self.changes_taken.get().max(seq));
    }

    /// The tables' layouts, read by `load` the first time.
    pub fn layouts(
        &self,
        load: impl FnOnce() -> Result<HashMap<String, crate::register::postgres::schema::Layout>>,
    ) -> Result<&HashMap<String, crate::register::postgres::schema::Layout>> {
        if let Some(l) = self.layouts.get() {
            return Ok(l);
        }
        let l = load()?;
        Ok(self.layouts.get_or_init(|| l))
    }

    fn statement(&self, text: &str) -> Result<Statement> {
        if let Some(s) = self.statements.borrow().get(text) {
            return Ok(s.clone());
        }
        let s = self.client.borrow_mut().prepare(text).map_err(server)?;
        self.statements
            .borrow_mut()
            .insert(text.to_string(), s.clone());
        Ok(s)
    }

    pub fn execute(&self, text: &str, args: &[&dyn rusqlite::ToSql]) -> Result<usize> {
        let stmt = self.statement(text)?;
        let params = params(args)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let n = self
            .client
            .borrow_mut()
            .execute(&stmt, &refs)
            .map_err(server)?;
        Ok(n as usize)
    }

    /// Every row of a query read by `f` (the rows arrive first: `f` may run other queries).
    pub fn query<T>(
        &self,
        text: &str,
        args: &[&dyn rusqlite::ToSql],
        mut f: impl FnMut(&super::Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(text, args, &mut |r| {
            out.push(f(&super::Row::Postgres(r))?);
            Ok(())
        })?;
        Ok(out)
    }

    pub fn each(
        &self,
        text: &str,
        args: &[&dyn rusqlite::ToSql],
        f: &mut dyn FnMut(&postgres::Row) -> Result<()>,
    ) -> Result<()> {
        let stmt = self.statement(text)?;
        let params = params(args)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let rows = self
            .client
            .borrow_mut()
            .query(&stmt, &refs)
            .map_err(server)?;
        for r in &rows {
            f(r)?;
        }
        Ok(())
    }

    pub fn batch(&self, text: &str) -> Result<()> {
        self.client.borrow_mut().batch_execute(text).map_err(server)
    }
}

/// The parameters as PostgreSQL values (each converted to the type the server expects).
fn params<'a>(args: &'a [&'a dyn rusqlite::ToSql]) -> Result<Vec<Param<'a>>> {
    args.iter()
        .map(|a| {
            let out = a.to_sql()?;
            Ok(Param(match out {
                rusqlite::types::ToSqlOutput::Borrowed(v) => Owned::Ref(v),
                rusqlite::types::ToSqlOutput::Owned(v) => Owned::Value(v),
                _ => Owned::Value(Value::Null),
            }))
        })
        .collect()
}

#[derive(Debug)]
enum Owned<'a> {
    Ref(ValueRef<'a>),
    Value(Value),
}

/// One parameter, written as the type the statement's placeholder has on the server.
#[derive(Debug)]
struct Param<'a>(Owned<'a>);

impl ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        let v = match &self.0 {
            Owned::Ref(v) => *v,
            Owned::Value(v) => ValueRef::from(v),
        };
        match v {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::FLOAT4 => (i as f32).to_sql(ty, out),
                _ => i.to_string().as_str().to_sql(&Type::TEXT, out),
            },
            ValueRef::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                _ => f.to_string().as_str().to_sql(&Type::TEXT, out),
            },
            ValueRef::Text(t) => {
                let s = std::str::from_utf8(t)?;
                match *ty {
                    Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                    Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                    Type::FLOAT8 => s.parse::<f64>()?.to_sql(ty, out),
                    Type::BYTEA => t.to_sql(ty, out),
                    Type::JSONB => {
                        out.extend_from_slice(&[1]);
                        out.extend_from_slice(t);
                        Ok(IsNull::No)
                    }
                    _ => {
                        out.extend_from_slice(t);
                        Ok(IsNull::No)
                    }
                }
            }
            ValueRef::Blob(b) => match *ty {
                Type::BYTEA => b.to_sql(ty, out),
                _ => Err("a blob where the server expects another type".into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A value read from the server, in SQLite's kinds.
struct Read(Value);

impl<'a> FromSql<'a> for Read {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Read, BoxError> {
        Ok(Read(match *ty {
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Integer(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Integer(i16::from_sql(ty, raw)?.into()),
            Type::OID => Value::Integer(u32::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Integer(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => Value::Text(std::str::from_utf8(raw.get(1..).unwrap_or(&[]))?.into()),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN | Type::JSON => {
                Value::Text(std::str::from_utf8(raw)?.into())
            }
            _ => return Err(format!("a column of type {} kasus does not read", ty.name()).into()),
        }))
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Read, BoxError> {
        Ok(Read(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A NUMERIC (a sum or an average): an integer when it has no decimals, else a real.
fn numeric(raw: &[u8]) -> std::result::Result<Value, BoxError> {
    let word = |i: usize| -> std::result::Result<i16, BoxError> {
        let b = raw.get(i..i + 2).ok_or("a short NUMERIC")?;
        Ok(i16::from_be_bytes([b[0], b[1]]))
    };
    let ndigits = word(0)? as usize;
    let weight = word(2)? as i32;
    let sign = word(4)? as u16;
    let dscale = word(6)?;
    if sign == 0xC000 {
        return Ok(Value::Null);
    }
    let mut int: i128 = 0;
    let mut real = 0f64;
    let mut whole = dscale == 0;
    for k in 0..ndigits {
        let d = word(8 + 2 * k)? as i128;
        let power = weight - k as i32;
        real += d as f64 * 10000f64.powi(power);
        if power >= 0 {
            int = 10000i128
                .checked_pow(power as u32)
                .and_then(|p| int.checked_add(d.checked_mul(p)?))
                .ok_or("a NUMERIC too large")?;
        } else if d != 0 {
            whole = false;
        }
    }
    let negative = sign == 0x4000;
    if whole {
        let v = if negative { -int } else { int };
        if let Ok(v) = i64::try_from(v) {
            return Ok(Value::Integer(v));
        }
    }
    Ok(Value::Real(if negative { -real } else { real }))
}

/// Column `i` of a row as a value of SQLite's kinds.
pub fn value(r: &postgres::Row, i: usize) -> rusqlite::Result<Value> {
    r.try_get::<_, Read>(i).map(|v| v.0).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Null, Box::new(e))
    })
}

/// The SQLSTATE of a server error, when it has one.
pub fn code(e: &postgres::Error) -> Option<&str> {
    e.code().map(|c| c.code())
}

/// The server's error as kasus's: the SQLSTATE and the constraint, table or column it names,
/// never the message's quoted values (a key's value, a value that did not convert); connection
/// and permission errors keep their message (it names no data).
pub fn server(e: postgres::Error) -> Error {
    // A role that may read only (README, "A register on PostgreSQL", "Roles"), asked to write.
    if code(&e) == Some("42501") {
        return Error::Refused(crate::tr!(
            "the PostgreSQL role kasus connects as may not do this ({}); nothing was changed. \
             Connect as a role that may write (README, \"A register on PostgreSQL\", \"Roles\")",
            "peran PostgreSQL yang dipakai kasus tidak boleh melakukan ini ({}); tidak ada yang \
             diubah. Sambungkan sebagai peran yang boleh menulis (README, \"A register on PostgreSQL\", \"Roles\")",
            server_words(&e)
        ));
    }
    Error::Server {
        code: code(&e).unwrap_or("").to_string(),
        text: server_words(&e),
    }
}

fn server_words(e: &postgres::Error) -> String {
    let Some(db) = e.as_db_error() else {
        // The client's words and their cause ("Connection refused"): no data in either.
        let mut s = e.to_string();
        let mut cause = std::error::Error::source(e);
        while let Some(c) = cause {
            s.push_str(&format!(": {c}"));
            cause = c.source();
        }
        return s;
    };
    let code = db.code().code();
    if ["08", "28", "3D", "57", "53"]
        .iter()
        .any(|c| code.starts_with(c))
        || code == "42501"
    {
        return format!("{} (SQLSTATE {code})", db.message());
    }
    let mut s = format!("the server refused a statement (SQLSTATE {code}");
    for (what, v) in [
        ("constraint", db.constraint()),
        ("table", db.table()),
        ("column", db.column()),
    ] {
        if let Some(v) = v {
            s.push_str(&format!(", {what} {v}"));
        }
    }
    s.push(')');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerics_read_as_integers_or_reals() {
        // 12345 = digits [1, 2345], weight 1, dscale 0.
        let raw = [0, 2, 0, 1, 0, 0, 0, 0, 0, 1, 0x09, 0x29];
        assert_eq!(numeric(&raw).unwrap(), Value::Integer(12345));
        // -1.5 = digits [1, 5000], weight 0, sign negative, dscale 1.
        let raw = [0, 2, 0, 0, 0x40, 0, 0, 1, 0, 1, 0x13, 0x88];
        assert_eq!(numeric(&raw).unwrap(), Value::Real(-1.5));
    }

    #[test]
    fn sslmode_and_sslrootcert_are_read_from_the_url_and_taken_out_of_it() {
        let (rest, mode, root) =
            take_tls("postgresql://staf@db.contoh/kasus?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&connect_timeout=5");
        assert_eq!(rest, "postgresql://staf@db.contoh/kasus?connect_timeout=5");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/etc/ca.pem"));
        let (rest, mode, root) = take_tls("postgresql://staf@db.contoh/kasus?sslmode=require");
        assert_eq!(rest, "postgresql://staf@db.contoh/kasus");
        assert_eq!((mode.as_deref(), root), (Some("require"), None));
    }

    fn asked(url: &str, vars: &[(&str, &str)]) -> Result<Tls> {
        let (rest, mode, root) = take_tls(url);
        let c: postgres::Config = rest.parse().unwrap();
        tls_asked(&c, mode, root, |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn each_sslmode_asks_for_its_tls_as_libpq_does() {
        let tcp = "postgresql://staf@db.contoh/kasus";
        let ca = || Tls::VerifyCa("/ca.pem".into());
        for (url, vars, want) in [
            (tcp.to_string(), vec![], Tls::Prefer),
            (format!("{tcp}?sslmode=disable"), vec![], Tls::Disable),
            (format!("{tcp}?sslmode=allow"), vec![], Tls::Prefer),
            (format!("{tcp}?sslmode=require"), vec![], Tls::Require),
            (
                tcp.to_string(),
                vec![("PGSSLMODE", "require")],
                Tls::Require,
            ),
            // The URL's mode wins over the variable's.
            (
                format!("{tcp}?sslmode=disable"),
                vec![("PGSSLMODE", "require")],
                Tls::Disable,
            ),
            (
                format!("{tcp}?sslmode=verify-full&sslrootcert=/ca.pem"),
                vec![],
                Tls::VerifyFull("/ca.pem".into()),
            ),
            (
                format!("{tcp}?sslmode=verify-ca"),
                vec![("PGSSLROOTCERT", "/ca.pem")],
                ca(),
            ),
            // require with a CA file checks it, as libpq does.
            (
                format!("{tcp}?sslmode=require&sslrootcert=/ca.pem"),
                vec![],
                ca(),
            ),
            // Over a Unix socket the server speaks no TLS: plain, whatever the mode.
            (
                "postgresql://staf@%2Frun%2Fpostgresql/kasus?sslmode=verify-full".into(),
                vec![],
                Tls::Disable,
            ),
        ] {
            match asked(&url, &vars) {
                Ok(got) => assert_eq!(got, want, "{url}"),
                // A build without TLS refuses only the modes that check a certificate here
                // (config() refuses require after this).
                Err(e)
                    if cfg!(not(feature = "tls"))
                        && matches!(want, Tls::VerifyCa(_) | Tls::VerifyFull(_)) =>
                {
                    assert!(e.to_string().contains("built without TLS"), "{url}: {e}")
                }
                Err(e) => panic!("{url}: {e}"),
            }
        }
    }

    #[test]
    fn a_mode_that_checks_the_certificate_without_a_ca_file_is_refused_clearly() {
        let tcp = "postgresql://staf@db.contoh/kasus";
        for (url, words) in [
            (format!("{tcp}?sslmode=verify-full"), "sslrootcert=FILE"),
            (format!("{tcp}?sslmode=verify-ca"), "sslrootcert=FILE"),
            (
                format!("{tcp}?sslmode=verify-ca&sslrootcert=system"),
                "system's CA store",
            ),
            (format!("{tcp}?sslmode=always"), "not a mode kasus knows"),
            // An unknown mode over a Unix socket too (the trial found it accepted there).
            (
                "postgresql://staf@%2Frun%2Fpostgresql/kasus?sslmode=bogus".into(),
                "not a mode kasus knows",
            ),
        ] {
            let e = asked(&url, &[("HOME", "/nonexistent")]).unwrap_err();
            assert_eq!(e.exit_code(), crate::error::exit::USAGE, "{url}");
            let words = match words {
                "not a mode kasus knows" => words,
                _ if cfg!(not(feature = "tls")) => "built without TLS",
                _ => words,
            };
            assert!(e.to_string().contains(words), "{url}: {e}");
        }
    }

    #[test]
    fn an_unknown_pgsslmode_is_refused_over_a_socket_too() {
        let url = "postgresql://staf@%2Frun%2Fpostgresql/kasus";
        let e = asked(url, &[("PGSSLMODE", "bogus")]).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        assert!(e.to_string().contains("sslmode=bogus"), "{e}");
    }

    #[cfg(not(feature = "tls"))]
    #[test]
    fn a_build_without_tls_refuses_a_mode_that_requires_it_and_says_how_to_get_it() {
        let e = config("postgresql://staf:rahasia@db.contoh/kasus?sslmode=require").unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        let e = e.to_string();
        assert!(
            e.contains("built without TLS") && e.contains("--features tls"),
            "{e}"
        );
        assert!(!e.contains("rahasia"), "{e}");
        assert!(config("postgresql://staf@db.contoh/kasus?sslmode=prefer").is_ok());
    }
}
