//! The one error type the commands return, and the exit code each kind of error maps to.
//! Library parts (the time parser, the SOP loader, the register) have their own typed errors;
//! they are turned into this at the edges, with the context (file, step, case) added there.

use std::path::PathBuf;

/// Exit codes, documented in the README and the man page.
pub mod exit {
    pub const SUCCESS: u8 = 0;
    /// A runtime failure: I/O, the database, a file that cannot be written.
    pub const ERROR: u8 = 1;
    /// The command line is wrong (clap uses 2 as well).
    pub const USAGE: u8 = 2;
    /// The input is invalid: a bad value, an unknown case/SOP/staff, a SOP file with problems.
    pub const INVALID: u8 = 3;
    /// The register's state does not allow it now: a step out of order, consent missing,
    /// a duplicate victim, a closed case.
    pub const REFUSED: u8 = 4;
    /// The register file cannot be used: not a kasus register, not SQLite, or from a newer kasus.
    pub const REGISTER: u8 = 5;
    /// Not built yet: the command exists in the tree but a later release fills it in.
    pub const UNIMPLEMENTED: u8 = 6;
    /// An alert condition for cron (e.g. `report overdue --fail-if-any` found overdue steps).
    pub const ALERT: u8 = 10;
    /// Interrupted (Ctrl-C, SIGINT): nothing half-done kept (see `crate::interrupt`).
    pub const INTERRUPTED: u8 = 130;
    /// Stopped by SIGTERM while writing a file or at a question: the same cleanup (128 + 15).
    pub const TERMINATED: u8 = 143;
    /// Stopped by SIGHUP (its terminal closed) likewise (128 + 1).
    pub const HUNG_UP: u8 = 129;
    /// A bug: kasus panicked. The message asks to report it.
    pub const INTERNAL: u8 = 101;
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    Register(String),
    #[error("{0}")]
    Unimplemented(String),
    #[error("{0}")]
    Alert(String),
    #[error("{}", crate::text::db_error(.0))]
    Db(#[from] rusqlite::Error),
    /// A PostgreSQL server's error: its SQLSTATE, and words that quote no value.
    #[error("{text}")]
    Server { code: String, text: String },
    #[error("{}", crate::text::io_error(path, source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => exit::USAGE,
            Error::Invalid(_) => exit::INVALID,
            Error::Refused(_) => exit::REFUSED,
            Error::Register(_) => exit::REGISTER,
            Error::Unimplemented(_) => exit::UNIMPLEMENTED,
            Error::Alert(_) => exit::ALERT,
            Error::Db(_) | Error::Server { .. } | Error::Io { .. } | Error::Other(_) => exit::ERROR,
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// True for a write to a closed pipe (`kasus export | head`): exit quietly, as Unix tools do.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
