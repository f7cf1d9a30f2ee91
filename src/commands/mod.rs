//! One module per subcommand. Each turns its parsed arguments into checked values (asking a
//! person through `prompt` only at a terminal), calls the register and the cores, and prints.

pub mod agency;
pub mod assign;
pub mod audit;
pub mod backup;
pub mod bundle;
pub mod calendar;
pub mod case;
pub mod check;
pub mod choose;
pub mod complete;
pub mod config;
pub mod consent;
pub mod export;
pub mod intake;
pub mod merge;
pub mod merge_conflicts;
pub mod persons;
pub mod reason;
pub mod record;
pub mod referral;
pub mod rekey;
pub mod report;
pub mod reported;
pub mod resolve;
pub mod sop;
pub mod staff;
pub mod status;
pub mod step;

use crate::cli::{Cli, Command};
use crate::clock::Instant;
use crate::error::{Error, Result};
use crate::register::Register;
use std::path::PathBuf;

/// What every command gets: where the register is, who acts, whether a person can be asked.
#[derive(Clone)]
pub struct Ctx {
    pub db: Option<PathBuf>,
    pub actor: String,
    pub interactive: bool,
    pub now: Instant,
    /// Reports, exports, checks and backups read an existing register: a mistyped path must not
    /// create an empty one and report "nothing overdue" to cron. Each command module says
    /// whether it only reads (`reads_only`, or `READS_ONLY` for a command without arguments).
    pub must_exist: bool,
    /// "Now" is pinned (`kasus step CASE --at`): a walk as of an earlier time keeps it.
    pub pinned: bool,
    /// `--office` (issue 20): the register opened is limited to that office's rows (lists,
    /// reports, exports, and case lookups by number).
    pub office: Option<String>,
}

impl Ctx {
    /// Where the register is: `--db`, else `KASUS_DB`, else the default data folder.
    pub fn register_path(&self) -> Result<PathBuf> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => crate::register::default_path(),
        }
    }

    /// Refuses an output path that is the register (or part of it, or `inputs`): see
    /// [`crate::files::check_output`]. Called before the register is opened.
    pub fn check_output(
        &self,
        flag: &str,
        path: &std::path::Path,
        inputs: &[(&str, &std::path::Path)],
    ) -> Result<()> {
        crate::files::check_output(flag, path, &self.register_path()?, inputs)
    }

    /// Where a data command prints (`--format`, `--out FILE`): FILE is refused when it is the
    /// register (exit 4), before the register is opened.
    pub fn sink(&self, e: &crate::cli::Emit) -> Result<crate::output::Sink> {
        if let Some(out) = &e.out {
            self.check_output("--out", out, &[])?;
        }
        Ok(crate::output::Sink::new(e.format, e.out.clone()).columns(e.columns.clone()))
    }

    pub fn open(&self) -> Result<Register> {
        let path = self.register_path()?;
        if let Some(url) = crate::register::server_url(&path) {
            let reg = Register::open_server(url, !self.must_exist)?;
            return self.opened(reg);
        }
        if self.must_exist && !path.exists() {
            return Err(Error::Register(crate::tr!(
                "{}: no register there (check --db or KASUS_DB); nothing was created. \
                 `kasus sop list` creates a new register.",
                "{}: tidak ada register di sana (periksa --db atau KASUS_DB); tidak ada yang dibuat. \
                 `kasus sop list` membuat register baru.",
                path.display()
            )));
        }
        let reg = Register::open_asking(&path, &crate::prompt::register_key)?;
        self.opened(reg)
    }

    /// The register opened, set up for this command: its actor, its office scope (`--office`),
    /// the warning about a file others can read.
    fn opened(&self, mut reg: Register) -> Result<Register> {
        reg.set_actor(&self.actor);
        if let Some(value) = &self.office {
            let offices = reg.offices()?;
            let office = offices.resolve(value).map_err(Error::Invalid)?.clone();
            reg.set_scope(Some(&office));
        }
        if let Some(w) = reg.permission_warning() {
            crate::say!("kasus: {w}");
        }
        Ok(reg)
    }

    /// The same context, needing an existing register when the command `reads_only`.
    pub fn reading(&self, reads_only: bool) -> Ctx {
        Ctx {
            must_exist: reads_only,
            ..self.clone()
        }
    }

    /// The same context, limited to the rows of `office` (`--office`) when given.
    pub fn office(&self, office: Option<&str>) -> Ctx {
        Ctx {
            office: office.map(str::to_string),
            ..self.clone()
        }
    }

    /// The same context with the clock read again: a walk at a terminal lasts minutes (unless
    /// "now" is pinned to an earlier time).
    pub fn fresh(&self) -> Result<Ctx> {
        if self.pinned {
            return Ok(self.clone());
        }
        Ok(Ctx {
            now: crate::clock::now().map_err(Error::Usage)?,
            ..self.clone()
        })
    }

    pub fn now_db(&self) -> String {
        crate::clock::to_db(self.now)
    }
}

/// The OS user: `$USER`, else `$LOGNAME`, else the password database's name of the process's
/// user (cron and containers often set neither variable), else its number (`uid 1000`: a user
/// with no name there, as in some containers).
fn os_user() -> String {
    let set = |v: Result<String, std::env::VarError>| v.ok().filter(|u| !u.trim().is_empty());
    set(std::env::var("USER"))
        .or_else(|| set(std::env::var("LOGNAME")))
        .or_else(|| whoami::username().ok().filter(|u| !u.trim().is_empty()))
        .unwrap_or_else(|| {
            // SAFETY: getuid takes nothing and cannot fail.
            format!("uid {}", unsafe { libc::getuid() })
        })
}

/// An actor follows the rule of every name field (`field::Field::Name`): no control character
/// or line separator (such a name could pass for two lines of the audit trail, or rewrite a
/// terminal's screen) and at most 200 characters. Refused with exit 3; the name is not echoed.
fn check_actor(label: &str, name: &str, control: String) -> Result<()> {
    use crate::field::{check_text, Field, TextError};
    match check_text(Field::Name, name) {
        Ok(()) => Ok(()),
        Err(TextError::Control { .. }) => Err(Error::Invalid(control)),
        Err(e) => Err(Error::Invalid(e.message(label, Field::Name))),
    }
}

/// The actor, from `--actor`/`KASUS_ACTOR`, else the OS user name, checked by [`check_actor`]:
/// it goes into the audit trail as given, or not at all.
fn actor(given: Option<String>) -> Result<String> {
    if let Some(a) = given.filter(|a| !a.trim().is_empty()) {
        check_actor(
            "--actor (or KASUS_ACTOR)",
            &a,
            crate::text::t(
                "--actor (or KASUS_ACTOR) contains a control character (a newline, tab, escape or another invisible one); \
                 give the name on one line of plain text; nothing was done",
                "--actor (atau KASUS_ACTOR) mengandung karakter kontrol (baris baru, tab, escape atau karakter tak terlihat lain); \
                 tulis nama dalam satu baris teks biasa; tidak ada yang dilakukan",
            )
            .into(),
        )?;
        return Ok(a);
    }
    let user = os_user();
    check_actor(
        "the OS user name (USER or LOGNAME)",
        &user,
        crate::text::t(
            "the OS user name (USER or LOGNAME) contains a control character; \
             give --actor NAME (or KASUS_ACTOR); nothing was done",
            "nama pengguna OS (USER atau LOGNAME) mengandung karakter kontrol; \
             beri --actor NAMA (atau KASUS_ACTOR); tidak ada yang dilakukan",
        )
        .into(),
    )?;
    Ok(user)
}

pub fn dispatch(cli: Cli) -> Result<()> {
    let ctx = Ctx {
        db: match cli.global.db.or_else(|| {
            std::env::var_os("KASUS_DB")
                .filter(|v| !v.is_empty())
                .map(std::path::PathBuf::from)
        }) {
            // A mistyped URL is refused here, before it could become a file (exit 2).
            Some(db) => Some(crate::register::checked_location(db)?),
            // The configuration file's `postgres` entry (issue 21), else the default file.
            None => crate::config_file::register()?,
        },
        actor: actor(
            cli.global
                .actor
                .or_else(|| std::env::var("KASUS_ACTOR").ok()),
        )?,
        interactive: !cli.global.no_input && crate::prompt::available(),
        now: crate::clock::now().map_err(Error::Usage)?,
        must_exist: false,
        pinned: false,
        office: None,
    };
    // Output redirected onto the register would be written into it: refused before anything.
    if let Ok(register) = ctx.register_path() {
        crate::files::check_streams(&register)?;
    }
    if ctx.interactive {
        crate::interrupt::install();
    }
    let Some(command) = cli.command else {
        return status::run(&ctx);
    };
    // Each command says whether it only reads: reading needs an existing register (a mistyped
    // --db or KASUS_DB must not create an empty one); the others create it on first use.
    match command {
        Command::Sop(c) => sop::run(&ctx, c),
        Command::Staff(c) => staff::run(&ctx.reading(staff::reads_only(&c)), c),
        Command::Calendar(c) => calendar::run(&ctx.reading(calendar::reads_only(&c)), c),
        Command::Intake(a) => intake::run(&ctx, *a),
        Command::Consent(a) => consent::run(&ctx.reading(consent::reads_only(&a)), a),
        Command::Assign(a) => assign::run(&ctx.reading(assign::reads_only(&a)), a),
        Command::Step(a) => step::run(&ctx, a),
        Command::Agency(c) => agency::run(&ctx.reading(agency::reads_only(&c)), c),
        Command::Referral(c) => referral::run(&ctx.reading(referral::reads_only(&c)), c),
        Command::Case(c) => case::run(&ctx.reading(case::reads_only(&c)), c),
        Command::Audit(c) => audit::run(&ctx.reading(audit::reads_only(&c)), c),
        Command::Config(c) => config::run(&ctx.reading(config::reads_only(&c)), c),
        Command::Report(a) => report::run(&ctx.reading(report::reads_only(&a)), a),
        Command::Export(a) => export::run(&ctx.reading(export::reads_only(&a)), a),
        Command::Backup { file, force } => {
            backup::run(&ctx.reading(backup::READS_ONLY), file, force)
        }
        Command::Bundle(c) => bundle::run(&ctx.reading(bundle::READS_ONLY), c),
        Command::Merge(a) => merge::run(&ctx.reading(merge::NEEDS_REGISTER), a),
        Command::Check { emit } => check::run(&ctx.reading(check::READS_ONLY), &emit),
        Command::Rekey => rekey::run(&ctx),
    }
}

/// The warning rule of `report due` from the settings `due-warn-share` and `due-lead` (their
/// defaults when unset).
pub fn due_rule(reg: &crate::register::Register) -> Result<crate::timing::alert::DueRule> {
    use crate::timing::alert;
    let mut rule = alert::DueRule::default();
    if let Some(v) = reg.setting("due-warn-share")? {
        rule.share_pct = alert::parse_share(&v).ok_or_else(|| stored_bad("due-warn-share"))?;
    }
    if let Some(v) = reg.setting("due-lead")? {
        rule.lead_secs = alert::parse_working_duration(&v).ok_or_else(|| stored_bad("due-lead"))?;
    }
    Ok(rule)
}

/// A stored setting that does not read (written by something other than `config set`).
fn stored_bad(key: &str) -> Error {
    Error::Invalid(crate::tr!(
        "the stored setting {key} does not read; set it again with `kasus config set {key} VALUE`",
        "pengaturan {key} yang tersimpan tidak terbaca; atur lagi dengan `kasus config set {key} NILAI`"
    ))
}
