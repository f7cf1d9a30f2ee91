//! The journal of a bulk intake: SQLite's rollback journal instead of the register's
//! write-ahead log (WAL), when nobody else has the register open.
//!
//! In WAL mode every page a transaction writes goes to the log first and is copied into the
//! file afterwards (the checkpoint): a bulk intake of 1,000,000 cases wrote its 1.7 GB twice.
//! With the rollback journal the new pages go straight into the file and the journal keeps only
//! the pages that were there before (none of a new register's): the same intake took a fifth
//! less time (issue 19). The price is other readers: while the write holds its exclusive lock,
//! another kasus waits for it (up to `KASUS_BUSY_TIMEOUT_MS`, 30 seconds by default) where the
//! WAL would have let it read. So the switch is tried only when SQLite allows it, that is when
//! no other connection holds the register in WAL mode (has read from it; it refuses at once
//! otherwise, and the write keeps the WAL), and the write then takes its exclusive lock at its
//! start ([`Register`]'s bulk write), so that no reader who arrives later can make its commit
//! wait.
//!
//! A write that ends (committed, refused, rehearsed, or stopped by Ctrl-C, SIGTERM or SIGHUP:
//! `crate::interrupt::stops_write`) puts the WAL back. One that does not (the power cut, the
//! process killed) leaves a hot journal, which SQLite rolls back at the next open that may
//! write (a read-only open cannot, and SQLite then refuses to read the file until one has), and
//! the file in rollback mode: [`mend`] at every open puts the WAL back.
//!
//! [`Register`]: super::Register

use rusqlite::Connection;

/// Switches `conn` to the rollback journal; true when it did. SQLite refuses while another
/// connection has the register open (then the WAL stays, and false).
pub(super) fn rollback(conn: &Connection) -> bool {
    mode_to(conn, "delete")
}

/// Puts the register's WAL back after a write [`rollback`] switched. When that fails (another
/// kasus holding a read past the busy timeout) the next open does it ([`mend`]).
pub(super) fn wal(conn: &Connection) {
    mode_to(conn, "wal");
}

/// At open: a register found in rollback mode (left by a write that did not end) gets its WAL
/// back. Quiet when it cannot (a read-only file: it is read as it is; another program reading
/// it just then: a later open does it), and without waiting for the lock it needs, so that a
/// command is never held up by it; `wait` is the connection's busy timeout, set again after.
pub(super) fn mend(conn: &Connection, wait: std::time::Duration) {
    let mode: Option<String> = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .ok();
    if mode.is_some_and(|m| m.eq_ignore_ascii_case("delete")) {
        let _ = conn.busy_timeout(std::time::Duration::ZERO);
        wal(conn);
        let _ = conn.busy_timeout(wait);
    }
}

/// Sets the journal mode; true when SQLite reports the mode asked for.
fn mode_to(conn: &Connection, mode: &str) -> bool {
    conn.pragma_update_and_check(None, "journal_mode", mode, |r| r.get::<_, String>(0))
        .is_ok_and(|now| now.eq_ignore_ascii_case(mode))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(conn: &Connection) -> String {
        conn.pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap()
    }

    fn wal_file() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "journal_mode", "wal").unwrap();
        c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
        (dir, path)
    }

    /// [`wal_file`] switched to the rollback journal and closed (as a killed import leaves it).
    fn left_in_rollback() -> (tempfile::TempDir, std::path::PathBuf) {
        let (dir, path) = wal_file();
        let c = Connection::open(&path).unwrap();
        assert!(rollback(&c));
        (dir, path)
    }

    #[test]
    fn switches_when_alone_and_back() {
        let (_dir, path) = wal_file();
        let c = Connection::open(&path).unwrap();
        assert!(rollback(&c));
        assert_eq!(mode(&c), "delete");
        wal(&c);
        assert_eq!(mode(&c), "wal");
    }

    #[test]
    fn keeps_the_wal_while_another_connection_is_open() {
        let (_dir, path) = wal_file();
        let other = Connection::open(&path).unwrap();
        let _: i64 = other
            .query_row("SELECT x FROM t", [], |r| r.get(0))
            .unwrap();
        let c = Connection::open(&path).unwrap();
        assert!(!rollback(&c));
        assert_eq!(mode(&c), "wal");
    }

    #[test]
    fn mend_puts_the_wal_back() {
        let (_dir, path) = left_in_rollback();
        let c = Connection::open(&path).unwrap();
        let wait = std::time::Duration::from_secs(5);
        mend(&c, wait);
        assert_eq!(mode(&c), "wal");
        // And leaves a register in WAL mode as it is.
        mend(&c, wait);
        assert_eq!(mode(&c), "wal");
    }

    #[test]
    fn mend_does_not_wait_for_a_reader() {
        let (_dir, path) = left_in_rollback();
        // Another program in the middle of a read holds the lock the switch needs.
        let reader = Connection::open(&path).unwrap();
        reader
            .execute_batch("BEGIN; SELECT count(*) FROM t;")
            .unwrap();
        let c = Connection::open(&path).unwrap();
        let started = std::time::Instant::now();
        mend(&c, std::time::Duration::from_secs(5));
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(mode(&c), "delete", "left for a later open");
        reader.execute_batch("COMMIT").unwrap();
        mend(&c, std::time::Duration::from_secs(5));
        assert_eq!(mode(&c), "wal");
    }
}
