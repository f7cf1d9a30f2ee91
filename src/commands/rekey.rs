//! `kasus rekey`: changes the key of an encrypted register. The current key comes from
//! `KASUS_KEY` (or a prompt), the new one from `KASUS_NEW_KEY` (or a prompt, asked twice).
//! A kasus built without the `sqlcipher` feature has no encryption and says so (exit 6); a
//! register on a PostgreSQL server has no kasus key either: its encryption at rest is the
//! server's (exit 6, whichever the build).

use super::Ctx;
use crate::error::{Error, Result};

/// The refusal for a register on a PostgreSQL server, before anything is opened or asked.
fn on_server(ctx: &Ctx) -> Result<()> {
    let location = ctx.register_path()?;
    let Some(url) = crate::register::server_url(&location) else {
        return Ok(());
    };
    Err(Error::Unimplemented(crate::tr!(
        "{}: a register on a PostgreSQL server has no kasus key to change: its encryption at \
         rest is the server's (an encrypted disk or volume), and the connection's is TLS \
         (sslmode=require, a kasus built with --features tls); nothing was changed",
        "{}: register pada server PostgreSQL tidak punya kunci kasus yang dapat diganti: \
         enkripsi datanya adalah urusan server (disk atau volume terenkripsi), dan enkripsi \
         sambungannya adalah TLS (sslmode=require, kasus yang dibangun dengan --features tls); \
         tidak ada yang diubah",
        crate::register::shown_url(url)
    )))
}

#[cfg(feature = "sqlcipher")]
pub fn run(ctx: &Ctx) -> Result<()> {
    on_server(ctx)?;
    let mut reg = ctx.open()?;
    // Refuse an actor who may not write before asking for a new key; `rekey` checks it again
    // inside its write transaction.
    reg.check_actor(&ctx.actor)?;
    let key = crate::register::cipher::new_key(crate::prompt::new_register_key)?;
    reg.rekey(&key, &ctx.now_db())?;
    crate::say!(
        "{}",
        crate::text::t(
            "the register was re-encrypted: from now on only the new key opens it",
            "register dienkripsi ulang: mulai sekarang hanya kunci baru yang dapat membukanya",
        )
    );
    Ok(())
}

#[cfg(not(feature = "sqlcipher"))]
pub fn run(ctx: &Ctx) -> Result<()> {
    on_server(ctx)?;
    Err(Error::Unimplemented(
        crate::text::t(
            "this kasus was built without encryption, so there is no key to change: build it with \
             `cargo build --release --features sqlcipher`; nothing was done",
            "kasus ini dibangun tanpa enkripsi, jadi tidak ada kunci yang dapat diganti: bangun dengan \
             `cargo build --release --features sqlcipher`; tidak ada yang dilakukan",
        )
        .into(),
    ))
}
