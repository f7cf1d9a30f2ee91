//! `kasus rekey`: changes the key of an encrypted register. The current key comes from
//! `KASUS_KEY` (or a prompt), the new one from `KASUS_NEW_KEY` (or a prompt, asked twice).
//! A kasus built without the `sqlcipher` feature has no encryption and says so (exit 6).

use super::Ctx;
use crate::error::Result;

#[cfg(feature = "sqlcipher")]
pub fn run(ctx: &Ctx) -> Result<()> {
    let mut reg = ctx.open()?;
    // Refuse an actor who may not write before asking for a new key; `rekey` checks it again
    // inside its write transaction.
    reg.check_actor(&ctx.actor)?;
    let key = crate::register::cipher::new_key(crate::prompt::new_register_key)?;
    reg.rekey(&key, &ctx.now_db())?;
    eprintln!(
        "{}",
        crate::text::t(
            "the register was re-encrypted: from now on only the new key opens it",
            "register dienkripsi ulang: mulai sekarang hanya kunci baru yang dapat membukanya",
        )
    );
    Ok(())
}

#[cfg(not(feature = "sqlcipher"))]
pub fn run(_ctx: &Ctx) -> Result<()> {
    Err(crate::error::Error::Unimplemented(
        crate::text::t(
            "this kasus was built without encryption, so there is no key to change: build it with \
             `cargo build --release --features sqlcipher`; nothing was done",
            "kasus ini dibangun tanpa enkripsi, jadi tidak ada kunci yang dapat diganti: bangun dengan \
             `cargo build --release --features sqlcipher`; tidak ada yang dilakukan",
        )
        .into(),
    ))
}
