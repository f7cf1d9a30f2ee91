//! TLS to a PostgreSQL server (a kasus built with `--features tls`, issue 21). The test starts
//! a small cluster of its own that listens on 127.0.0.1 with `ssl=on` (its certificate signed
//! by a CA the openssl command makes in a temporary folder), and checks: `sslmode=require`
//! connects and writes and reads, and the server sees kasus's session as encrypted
//! (`pg_stat_ssl`); `verify-full` and `verify-ca` check the certificate against `sslrootcert`
//! (a wrong CA, or a host the certificate does not name, refused with exit 5); a mode that
//! checks without a CA file is refused (exit 2); a server without TLS refuses `require` (exit
//! 5) and serves `prefer` in plain. No message names the URL's password.
//!
//! Without initdb and pg_ctl (PostgreSQL's server programs) it skips with a note, or fails
//! under `KASUS_REQUIRE_PG=1` (as `.ci/run` sets).
#![cfg(feature = "tls")]

mod common;

use common::{Engine, Reg};
use postgres::{Client, NoTls};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// The folder of initdb and pg_ctl: the PATH's, else Debian's newest
/// /usr/lib/postgresql/N/bin.
fn bindir() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p).find(|d| d.join("initdb").exists() && d.join("pg_ctl").exists())
    });
    on_path.or_else(|| {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| Some(e.ok()?.path().join("bin")))
            .filter(|d| d.join("initdb").exists() && d.join("pg_ctl").exists())
            .collect();
        dirs.sort_by_key(|d| {
            let n = d
                .parent()
                .and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok());
            n.unwrap_or(0)
        });
        dirs.pop()
    })
}

fn is_root() -> bool {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() == 0 }
}

#[track_caller]
fn run(cmd: &mut Command) {
    let o = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        o.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A cluster of the test's own, on 127.0.0.1 at a free port and on a socket in its folder;
/// stopped and removed when dropped.
struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
}

impl Cluster {
    /// Started with TLS on, or `None` (with a note) where PostgreSQL's server is not installed.
    fn start() -> Option<Cluster> {
        let Some(bin) = bindir() else {
            if std::env::var("KASUS_REQUIRE_PG").is_ok_and(|v| v == "1") {
                panic!("KASUS_REQUIRE_PG=1 but initdb and pg_ctl are not installed");
            }
            eprintln!("skipped: initdb and pg_ctl are not installed (Debian's postgresql)");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let cluster = Cluster {
            dir,
            bin,
            port: free_port(),
        };
        cluster.certificates();
        if is_root() {
            run(Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(cluster.dir.path()));
        }
        run(cluster
            .as_server("initdb")
            .args(["-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"])
            .args(["--locale", "C", "-D"])
            .arg(cluster.data()));
        // TLS in the configuration file, not on the command line: the test turns it off
        // later with ALTER SYSTEM, which a command line's setting would override.
        let d = cluster.dir.path().display();
        let conf = cluster.data().join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).unwrap();
        text.push_str(&format!(
            "\nssl = on\nssl_cert_file = '{d}/server.crt'\nssl_key_file = '{d}/server.key'\n"
        ));
        std::fs::write(&conf, text).unwrap();
        run(cluster
            .as_server("pg_ctl")
            .args(["start", "-w", "-D"])
            .arg(cluster.data())
            .arg("-l")
            .arg(cluster.dir.path().join("server.log"))
            .arg("-o")
            .arg(format!(
                "-c listen_addresses=127.0.0.1 -p {} -k {d} -c fsync=off",
                cluster.port
            )));
        Some(cluster)
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// A file of the cluster's folder.
    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// One of the server's programs, run as the server's user (root may not run initdb).
    fn as_server(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        let mut c = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c.env(
                "PATH",
                format!(
                    "{}:/usr/sbin:/sbin",
                    std::env::var("PATH").unwrap_or_default()
                ),
            );
            c
        } else {
            Command::new(program)
        };
        c.current_dir(self.dir.path());
        c
    }

    /// A CA, the server's key and its certificate signed by the CA for IP 127.0.0.1 (and not
    /// for the name localhost), and a second CA that signed nothing.
    fn certificates(&self) {
        let openssl = |args: &[&str]| {
            run(Command::new("openssl")
                .args(args)
                .current_dir(self.dir.path()));
        };
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ];
        for ca in ["ca", "other-ca"] {
            let (key, crt) = (format!("{ca}.key"), format!("{ca}.crt"));
            let mut args = vec!["req", "-x509", "-days", "2", "-subj", "/CN=Kasus Contoh CA"];
            args.extend(ec);
            args.extend(["-keyout", &key, "-out", &crt]);
            openssl(&args);
        }
        std::fs::write(
            self.file("server.ext"),
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
             keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        let mut args = vec!["req", "-new", "-subj", "/CN=127.0.0.1"];
        args.extend(ec);
        args.extend(["-keyout", "server.key", "-out", "server.csr"]);
        openssl(&args);
        openssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.crt",
        ]);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            self.file("server.key"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
    }

    /// The superuser on the cluster's socket (plain), in database `db`.
    fn admin(&self, db: &str) -> Client {
        postgres::Config::new()
            .host_path(self.dir.path())
            .port(self.port)
            .user("postgres")
            .dbname(db)
            .connect(NoTls)
            .unwrap_or_else(|e| panic!("cannot connect to the test cluster: {e}"))
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .as_server("pg_ctl")
            .args(["stop", "-m", "immediate", "-w", "-D"])
            .arg(self.data())
            .output();
    }
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const APP: &str = "kasus_tls_test";
const PASSWORD: &str = "rahasia-contoh";

/// kasus on `url`, with no TLS setting but the URL's (HOME a folder with no
/// ~/.postgresql/root.crt); returns the exit code and stderr.
fn kasus(reg: &Reg, url: &str, args: &[&str]) -> (i32, String, String) {
    let o = command(reg, url, args).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(
        !err.contains(PASSWORD),
        "a message named the password: {err}"
    );
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        err,
    )
}

fn command(reg: &Reg, url: &str, args: &[&str]) -> assert_cmd::Command {
    let mut c = reg.cmd();
    c.env("KASUS_DB", url)
        .env("PGAPPNAME", APP)
        .env("HOME", reg.dir.path())
        .env_remove("PGSSLMODE")
        .env_remove("PGSSLROOTCERT")
        .args(args);
    c
}

#[test]
fn tls_connects_checks_the_certificate_and_is_refused_by_a_server_without_it() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    cluster
        .admin("postgres")
        .batch_execute("CREATE DATABASE kasus_tls")
        .unwrap();
    let reg = Reg::on(Engine::Sqlite);
    let at = |host: &str, query: &str| {
        format!(
            "postgresql://postgres:{PASSWORD}@{host}:{}/kasus_tls?{query}",
            cluster.port
        )
    };
    let require = at("127.0.0.1", "sslmode=require");

    // sslmode=require: a new register, a case written while the test holds the write lock, so
    // that the server can be asked how kasus's session is connected while it waits.
    let (code, _, err) = kasus(&reg, &require, &["sop", "list"]);
    assert_eq!(code, 0, "{err}");
    let mut admin = cluster.admin("kasus_tls");
    admin
        .batch_execute("SELECT pg_advisory_lock(x'4B535553'::bigint)")
        .unwrap();
    let args = common::load::intake_args("batam-34-2020", "Sari Contoh");
    let mut intake = command(&reg, &require, &[]);
    intake.args(&args).arg("--json");
    let writer = std::thread::spawn(move || intake.output().unwrap());
    let started = Instant::now();
    let session = loop {
        let rows = admin
            .query(
                "SELECT s.ssl, coalesce(s.version, '') FROM pg_stat_ssl s \
                 JOIN pg_stat_activity a USING (pid) \
                 WHERE a.application_name = $1 AND a.wait_event_type = 'Lock'",
                &[&APP],
            )
            .unwrap();
        if let Some(r) = rows.first() {
            break (r.get::<_, bool>(0), r.get::<_, String>(1));
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "kasus's intake never waited for the write lock"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    admin
        .batch_execute("SELECT pg_advisory_unlock(x'4B535553'::bigint)")
        .unwrap();
    let out = writer.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains(PASSWORD), "{err}");
    assert!(session.0, "the server saw kasus's session unencrypted");
    assert!(session.1.starts_with("TLSv1."), "{session:?}");
    let number = common::number(&String::from_utf8_lossy(&out.stdout));
    let (code, list, err) = kasus(&reg, &require, &["case", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(list.contains(&number), "{list}");
    let audit: i64 = admin
        .query_one(
            "SELECT count(*) FROM audit WHERE action = 'case.intake'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(audit, 1);

    // The certificate checked: against its CA (and the name it gives, for verify-full).
    let ca = format!("sslrootcert={}", cluster.file("ca.crt").display());
    let other = format!("sslrootcert={}", cluster.file("other-ca.crt").display());
    for (host, query, expected) in [
        ("127.0.0.1", format!("sslmode=verify-full&{ca}"), 0),
        ("127.0.0.1", format!("sslmode=verify-ca&{ca}"), 0),
        // The certificate names 127.0.0.1, not localhost: verify-ca does not ask.
        ("localhost", format!("sslmode=verify-ca&{ca}"), 0),
        ("localhost", format!("sslmode=verify-full&{ca}"), 5),
        ("127.0.0.1", format!("sslmode=verify-full&{other}"), 5),
        ("127.0.0.1", format!("sslmode=verify-ca&{other}"), 5),
        // require with a CA file checks it, as libpq does.
        ("127.0.0.1", format!("sslmode=require&{other}"), 5),
        ("127.0.0.1", "sslmode=verify-full".into(), 2),
    ] {
        let (code, list, err) = kasus(&reg, &at(host, &query), &["case", "list"]);
        assert_eq!(code, expected, "{host} {query}: {err}");
        match expected {
            0 => assert!(list.contains(&number), "{list}"),
            5 => assert!(
                err.contains("cannot connect") && err.contains("certificate"),
                "{host} {query}: {err}"
            ),
            _ => assert!(err.contains("sslrootcert=FILE"), "{err}"),
        }
    }

    // A server without TLS: require refused (nothing read), prefer served in plain.
    // One statement a call: ALTER SYSTEM refuses to run in the transaction several would be.
    for sql in ["ALTER SYSTEM SET ssl = off", "SELECT pg_reload_conf()"] {
        admin.batch_execute(sql).unwrap();
    }
    let started = Instant::now();
    while cluster
        .admin("postgres")
        .query_one("SHOW ssl", &[])
        .unwrap()
        .get::<_, String>(0)
        != "off"
    {
        assert!(started.elapsed() < Duration::from_secs(30), "ssl stayed on");
        std::thread::sleep(Duration::from_millis(50));
    }
    let (code, _, err) = kasus(&reg, &require, &["case", "list"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("cannot connect"), "{err}");
    assert!(err.contains("server does not support TLS"), "{err}");
    let (code, list, err) = kasus(&reg, &at("127.0.0.1", "sslmode=prefer"), &["case", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(list.contains(&number), "{list}");
}
