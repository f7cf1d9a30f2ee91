//! A register on a PostgreSQL server (issue 21): opened, created, refused and checked as a
//! SQLite file is. Each test has a database of its own on the server `KASUS_TEST_PG` names;
//! skipped with a note without it (a failure under `KASUS_REQUIRE_PG=1`, as `.ci/run` sets).

mod common;

use common::pg;
use common::{Engine, Reg};

fn server_reg() -> Option<Reg> {
    pg::available().then(|| Reg::on(Engine::Postgres))
}

fn sql(reg: &Reg, text: &str) {
    let url = &reg.pg.as_ref().unwrap().url;
    pg::connect(url)
        .batch_execute(text)
        .unwrap_or_else(|e| panic!("{text}: {}", pg::why(&e)));
}

#[test]
fn an_empty_database_becomes_a_register_with_its_sops_and_an_intact_chain() {
    let Some(reg) = server_reg() else { return };
    let list = reg.ok(&["sop", "list"]);
    for code in ["batam-34-2020", "babel-18-2024", "tangerang-713-2025"] {
        assert!(list.contains(code), "{list}");
    }
    let verify = reg.ok(&["audit", "verify", "--data"]);
    assert!(verify.contains("audit chain intact"), "{verify}");
    let check = reg.ok(&["check"]);
    assert!(check.contains("check passed"), "{check}");
    // The settings write, with their audit entry, and read back.
    reg.ok(&["config", "set", "office-prefix", "KTB"]);
    assert!(reg.ok(&["config", "get"]).contains("office-prefix = KTB"));
    assert!(reg.ok(&["audit", "verify", "--data"]).contains("intact"));
}

#[test]
fn a_read_of_an_empty_database_creates_nothing() {
    let Some(reg) = server_reg() else { return };
    let err = reg.refused(&["report", "summary"], 5);
    assert!(err.contains("no kasus register in that database"), "{err}");
    assert_eq!(reg.state(), "", "a read created tables");
}

#[test]
fn another_programs_database_and_a_newer_schema_are_refused_untouched() {
    let Some(reg) = server_reg() else { return };
    sql(
        &reg,
        "CREATE TABLE invoices (id BIGINT PRIMARY KEY, total BIGINT)",
    );
    let err = reg.refused(&["sop", "list"], 5);
    assert!(err.contains("not a kasus register"), "{err}");

    let Some(newer) = server_reg() else { return };
    newer.ok(&["sop", "list"]);
    sql(&newer, "UPDATE kasus_register SET version = version + 1");
    let err = newer.refused(&["sop", "list"], 5);
    assert!(err.contains("newer kasus"), "{err}");
    assert!(err.contains("left untouched"), "{err}");
}

#[test]
fn a_change_made_outside_kasus_is_found_by_check_and_audit_verify() {
    let Some(reg) = server_reg() else { return };
    reg.ok(&["config", "set", "office-prefix", "KTB"]);
    sql(
        &reg,
        "UPDATE meta SET value = 'XXX' WHERE key = 'office-prefix'",
    );
    let o = reg.run(&["audit", "verify", "--data"]);
    assert_eq!(o.code, 3, "{}{}", o.stdout, o.stderr);
    assert!(
        o.stdout
            .contains("meta office-prefix: changed since its last audited write"),
        "{}",
        o.stdout
    );
    // The value itself is never printed.
    assert!(!o.stdout.contains("XXX") && !o.stderr.contains("XXX"));
    // On a server the change was made to the database, not a file; one row, singular.
    assert!(
        o.stderr.contains("1 data row differs from the audit chain")
            && o.stderr
                .contains("someone changed the database outside kasus"),
        "{}",
        o.stderr
    );
    let o: common::Out = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args(["audit", "verify", "--data"])
        .output()
        .unwrap()
        .into();
    assert_eq!(o.code, 3, "{o:?}");
    assert!(o.stderr.contains("mengubah basis data"), "{}", o.stderr);
    assert!(!o.stderr.contains("berkas"), "{}", o.stderr);
    let o = reg.run(&["check"]);
    assert_eq!(o.code, 3, "{}{}", o.stdout, o.stderr);
    assert!(o.stdout.contains("data: FAILED"), "{}", o.stdout);
}

#[test]
fn rows_left_pointing_to_a_missing_row_are_named_by_check() {
    let Some(reg) = server_reg() else { return };
    reg.ok(common::BATAM_CASE);
    let out = reg.ok(&["check"]);
    assert!(out.contains("foreign keys: ok"), "{out}");
    // The server enforces its foreign keys, but not in a superuser's session with the
    // triggers off (as a restore runs): the case deleted, its rows left behind.
    reg.execute_batch(&format!("{} DELETE FROM cases", reg.guards_off()));
    let o = reg.run(&["check"]);
    assert_eq!(o.code, 3, "{}{}", o.stdout, o.stderr);
    for named in [
        "foreign keys: FAILED: persons row 1 points to a missing cases row",
        "case_violence row case_id=1 points to a missing cases row",
    ] {
        assert!(o.stdout.contains(named), "{named:?} in:\n{}", o.stdout);
    }
    // The backup to restore from is the server's.
    assert!(
        o.stderr
            .contains("the server's tools make one: `kasus backup` says how"),
        "{}",
        o.stderr
    );
}

#[test]
fn backup_says_to_use_the_servers_tools_and_writes_nothing() {
    let Some(reg) = server_reg() else { return };
    reg.ok(&["sop", "list"]);
    let out = reg.dir.path().join("copy.db");
    let err = reg.refused(&["backup", out.to_str().unwrap()], 4);
    assert!(err.contains("pg_dump --format=custom"), "{err}");
    assert!(err.contains("pg_restore"), "{err}");
    assert!(!out.exists());
}

#[test]
fn rekey_says_encryption_at_rest_is_the_servers_and_changes_nothing() {
    let Some(reg) = server_reg() else { return };
    reg.ok(&["sop", "list"]);
    let entries = reg.query_i64("SELECT count(*) FROM audit");
    let err = reg.refused(&["rekey"], 6);
    assert!(err.contains("encryption at rest is the server's"), "{err}");
    assert!(!err.contains("not yet"), "{err}");
    assert_eq!(reg.query_i64("SELECT count(*) FROM audit"), entries);
}

/// A kasus built without the `tls` feature refuses a URL that asks for TLS before it connects
/// (so no server is needed), saying how to build one that has it; tests/postgres_tls.rs holds
/// the build with it.
#[cfg(not(feature = "tls"))]
#[test]
fn a_build_without_tls_refuses_sslmode_require_and_says_how_to_get_it() {
    let reg = Reg::on(Engine::Sqlite);
    for (url, pgsslmode) in [
        (
            "postgresql://staf:rahasia-contoh@db.contoh/kasus?sslmode=require",
            "",
        ),
        ("postgresql://staf@db.contoh/kasus?sslmode=verify-full", ""),
        ("postgresql://staf@db.contoh/kasus", "require"),
    ] {
        let o = reg
            .cmd()
            .env("KASUS_DB", url)
            .env("PGSSLMODE", pgsslmode)
            .args(["sop", "list"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{url}: {err}");
        assert!(err.contains("built without TLS"), "{err}");
        assert!(err.contains("--features tls"), "{err}");
        assert!(!err.contains("rahasia-contoh"), "{err}");
    }
}

#[test]
fn the_url_is_shown_without_its_password() {
    let Some(reg) = server_reg() else { return };
    let url = &reg.pg.as_ref().unwrap().url;
    // A password the server does not need (trust) still never appears in a message.
    let with_password = url.replacen("postgres@", "postgres:rahasia-contoh@", 1);
    if with_password == *url {
        return;
    }
    let (exit, err) = at_url(&reg, &with_password, &["backup", "x.db"]);
    assert_eq!(exit, Some(4), "{err}");
    assert!(!err.contains("rahasia-contoh"), "{err}");
    assert!(err.contains("postgres:***@"), "{err}");
}

#[test]
fn a_server_that_is_not_there_is_a_clear_refusal() {
    let reg = Reg::on(Engine::Sqlite);
    let o = reg
        .cmd()
        .env(
            "KASUS_DB",
            "postgresql://staf:rahasia-contoh@%2Fnonexistent%2Fsocket/kasus",
        )
        .args(["sop", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(
        err.contains("cannot connect to the PostgreSQL server"),
        "{err}"
    );
    assert!(!err.contains("rahasia-contoh"), "{err}");
}

/// kasus run on `reg`'s builder with KASUS_DB set to `url`: its exit code and what it printed
/// to stderr.
fn at_url(reg: &Reg, url: &str, args: &[&str]) -> (Option<i32>, String) {
    let o = reg.cmd().env("KASUS_DB", url).args(args).output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// `url` with `password=Rahasia123` in its query string: first after `?`, or after `&`.
fn with_query_password(url: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}password=Rahasia123")
}

/// The trial's case: a password in the URL's query string (trust auth: the server does not need
/// it) never appears in a message, whichever message shows the URL.
#[test]
fn a_password_in_the_query_string_is_never_shown() {
    let Some(reg) = server_reg() else { return };
    let url = reg.pg.as_ref().unwrap().url.clone();
    let first = with_query_password(&url);
    let after = format!("{url}?application_name=kasus-contoh&password=Rahasia123");
    for (shown_url, args, code, words) in [
        // An empty database read: the "no register" refusal.
        (&first, vec!["report", "summary"], 5, "no kasus register"),
        (&after, vec!["report", "summary"], 5, "no kasus register"),
    ] {
        let (exit, err) = at_url(&reg, shown_url, &args);
        assert_eq!(exit, Some(code), "{args:?}: {err}");
        assert!(err.contains(words), "{args:?}: {err}");
        assert!(!err.contains("Rahasia123"), "{args:?}: {err}");
        assert!(err.contains("password=***"), "{args:?}: {err}");
    }
    assert_eq!(reg.state(), "", "a read created tables");
    reg.ok(&["sop", "list"]);
    for (args, code, words) in [
        (vec!["backup", "x.db"], 4, "pg_dump"),
        (vec!["rekey"], 6, "encryption at rest"),
    ] {
        for u in [&first, &after] {
            let (exit, err) = at_url(&reg, u, &args);
            assert_eq!(exit, Some(code), "{args:?}: {err}");
            assert!(err.contains(words), "{args:?}: {err}");
            assert!(!err.contains("Rahasia123"), "{args:?}: {err}");
        }
    }
    // Another program's tables.
    let Some(other) = server_reg() else { return };
    sql(&other, "CREATE TABLE invoices (id BIGINT PRIMARY KEY)");
    let u = with_query_password(&other.pg.as_ref().unwrap().url);
    let (exit, err) = at_url(&other, &u, &["sop", "list"]);
    assert_eq!(exit, Some(5), "{err}");
    assert!(err.contains("another program's tables"), "{err}");
    assert!(!err.contains("Rahasia123"), "{err}");
}

/// The reason a database is not a register is in the message's language (it was English
/// inside the Indonesian sentence).
#[test]
fn another_programs_database_is_refused_in_indonesian_throughout() {
    let Some(reg) = server_reg() else { return };
    sql(&reg, "CREATE TABLE invoices (id BIGINT PRIMARY KEY)");
    let o = reg
        .cmd()
        .env("KASUS_LANG", "id")
        .args(["sop", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(
        err.contains("bukan register kasus (basis data dengan tabel program lain)"),
        "{err}"
    );
    assert!(!err.contains("another program"), "{err}");
}

/// A server that accepts the connection and never answers: kasus gives up after the URL's
/// connect_timeout (the client's own covers only the socket's connect), exit 5, saying so.
/// No PostgreSQL server is needed.
#[test]
fn a_server_that_never_answers_is_given_up_on_after_the_connect_timeout() {
    let reg = Reg::on(Engine::Sqlite);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Accepts and holds each connection, silent, until the test ends.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming() {
            held.push(s);
        }
    });
    let url = format!(
        "postgresql://staf@127.0.0.1:{port}/kasus?connect_timeout=1&sslmode=disable&password=Rahasia123"
    );
    let start = std::time::Instant::now();
    let o = reg
        .cmd()
        .env("KASUS_DB", &url)
        .env_remove("PGCONNECT_TIMEOUT")
        .args(["sop", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(
        err.contains("cannot connect to the PostgreSQL server"),
        "{err}"
    );
    assert!(err.contains("timed out"), "{err}");
    assert!(!err.contains("Rahasia123"), "{err}");
    // A generous bound: only that it does not hang.
    assert!(
        start.elapsed() < std::time::Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

/// An unknown sslmode is refused over a Unix socket too (it was accepted there, refused over
/// TCP), before any connection: no server needed.
#[test]
fn an_unknown_sslmode_is_refused_over_a_socket_as_over_tcp() {
    let reg = Reg::on(Engine::Sqlite);
    for url in [
        "postgresql://staf@%2Fnonexistent%2Fsocket/kasus?sslmode=bogus",
        "postgresql://staf@db.contoh/kasus?sslmode=bogus",
    ] {
        let (exit, err) = at_url(&reg, url, &["sop", "list"]);
        assert_eq!(exit, Some(2), "{url}: {err}");
        assert!(
            err.contains("sslmode=bogus: not a mode kasus knows"),
            "{url}: {err}"
        );
    }
}

/// The grants README's "Roles" shows, with the role names made unique to this test (roles are
/// the server's, not one database's).
fn readme_grants(staff: &str, report: &str) -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let roles = &readme[readme.find("### Roles").expect("README has ### Roles")..];
    let start = roles.find("```sql\n").expect("a sql block") + 7;
    let end = start + roles[start..].find("```").unwrap();
    roles[start..end]
        .replace("kasus_staff", staff)
        .replace("kasus_report", report)
}

#[test]
fn the_readmes_grants_give_staff_writes_and_reports_reads_only() {
    let Some(reg) = server_reg() else { return };
    reg.ok(&["sop", "list"]);
    let db = reg.pg.as_ref().unwrap();
    let (staff, report) = (format!("{}_staff", db.name), format!("{}_report", db.name));
    sql(&reg, &readme_grants(&staff, &report));
    let as_role = |role: &str, args: &[&str]| {
        let url = db.url.replacen("postgres@", &format!("{role}@"), 1);
        assert_ne!(url, db.url, "the test URL names its user as postgres@");
        reg.cmd().env("KASUS_DB", url).args(args).output().unwrap()
    };
    let o = as_role(&staff, &["config", "set", "office-prefix", "STF"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = as_role(&report, &["config", "get"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("office-prefix = STF"));
    let o = as_role(&report, &["audit", "verify", "--data"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let before = reg.state();
    let o = as_role(&report, &["config", "set", "office-prefix", "REP"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(err.contains("may not do this"), "{err}");
    // The reference points to the README section and subsection that hold the grants.
    assert!(
        err.contains("(README, \"A register on PostgreSQL\", \"Roles\")"),
        "{err}"
    );
    assert!(readme_grants(&staff, &report).contains("GRANT"));
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = &readme[readme.find("## A register on PostgreSQL").unwrap()..];
    assert!(section.contains("### Roles"), "Roles is under the section");
    assert_eq!(before, reg.state());
    // Staff cannot rewrite the chain, even by hand.
    let url = db.url.replacen("postgres@", &format!("{staff}@"), 1);
    let mut c = pg::connect(&url);
    let e = c.batch_execute("UPDATE audit SET actor = 'x'").unwrap_err();
    assert_eq!(e.code().map(|c| c.code()), Some("42501"), "{}", pg::why(&e));
    drop(c);
    sql(
        &reg,
        &format!("DROP OWNED BY {staff}, {report}; DROP ROLE {staff}; DROP ROLE {report};"),
    );
}

#[test]
fn the_configuration_files_postgres_entry_names_the_register() {
    let Some(reg) = server_reg() else { return };
    let url = reg.pg.as_ref().unwrap().url.clone();
    let config = reg.dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("# the unit's register\npostgres = \"{url}\"\n"),
    )
    .unwrap();
    let run = |args: &[&str]| {
        reg.cmd()
            .env_remove("KASUS_DB")
            .env("KASUS_CONFIG", &config)
            .args(args)
            .output()
            .unwrap()
    };
    // A read of an empty database creates nothing.
    let o = run(&["report", "summary"]);
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(reg.state(), "");
    let o = run(&["config", "set", "office-prefix", "CFG"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(reg.ok(&["config", "get"]).contains("office-prefix = CFG"));
    // --db and KASUS_DB still win; a bad file is refused naming its line, not its text.
    std::fs::write(
        &config,
        "\npostgres = \"postgresql://staf:rahasia-contoh@db\n",
    )
    .unwrap();
    let o = run(&["config", "get"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("config.toml:2:"), "{err}");
    assert!(!err.contains("rahasia-contoh"), "{err}");
}

#[test]
fn a_bulk_intake_on_the_server_is_all_or_nothing_and_audited() {
    let Some(reg) = server_reg() else { return };
    let header = "sop,reported_at,channel,victim_name,victim_sex,victim_age,violence,external_ref";
    let rows: Vec<String> = (1..=40)
        .map(|i| {
            format!(
                "batam-34-2020,2026-02-{:02} 09:00,datang-langsung,Korban{i} Contoh,P,{},fisik,REF-{i}",
                1 + i % 27,
                18 + i % 40
            )
        })
        .collect();
    let file = reg.dir.path().join("cases.csv");
    std::fs::write(&file, format!("{header}\n{}\n", rows.join("\n"))).unwrap();
    // A bad row: nothing of the file is written.
    let bad = reg.dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!("{header}\n{}\nbatam-34-2020,2026-02-01 09:00,datang-langsung,Siti Contoh,X,30,fisik,REF-X\n", rows.join("\n")),
    )
    .unwrap();
    reg.ok(&["sop", "list"]);
    let err = reg.refused(&["intake", "--from", bad.to_str().unwrap()], 3);
    assert!(err.contains("nothing was added"), "{err}");
    // A rehearsal writes nothing either.
    let before = reg.state();
    reg.ok(&["intake", "--from", file.to_str().unwrap(), "--dry-run"]);
    assert_eq!(before, reg.state());
    let out = reg.ok(&["intake", "--from", file.to_str().unwrap()]);
    assert!(out.contains("40 added"), "{out}");
    // Again: every row already there by its external_ref.
    let out = reg.ok(&["intake", "--from", file.to_str().unwrap()]);
    assert!(out.contains("0 added, 40 already registered"), "{out}");
    let verify = reg.ok(&["audit", "verify", "--data"]);
    assert!(verify.contains("data intact"), "{verify}");
    let list = reg.ok(&["case", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 41, "{list}");
}
