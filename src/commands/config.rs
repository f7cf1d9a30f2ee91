//! `kasus config`: the register's settings.

use super::Ctx;
use crate::clock::Zone;
use crate::error::{Error, Result};
use crate::output;

/// (key, default, description)
pub const KEYS: &[(&str, &str, &str)] = &[
    (
        "office-prefix",
        "PPA",
        "prefix of case numbers (PPA/2026/0001)",
    ),
    (
        "timezone",
        "WIB",
        "the office's time zone: WIB (+7), WITA (+8) or WIT (+9)",
    ),
    (
        "require-staff",
        "false",
        "true: every change needs an active staff member as --actor (reads stay open)",
    ),
];

fn check(key: &str, value: &str) -> Result<String> {
    match key {
        "office-prefix" => {
            let v = value.trim();
            if v.is_empty()
                || v.len() > 16
                || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                return Err(Error::Invalid(crate::tr!(
                    "office-prefix '{value}': use 1 to 16 letters, digits or '-' (e.g. PPA, UPTDPPA-TNG)",
                    "office-prefix '{value}': pakai 1 sampai 16 huruf, angka atau '-' (mis. PPA, UPTDPPA-TNG)"
                )));
            }
            Ok(v.to_string())
        }
        "timezone" => Zone::parse(value)
            .map(|z| z.name().to_string())
            .ok_or_else(|| {
                Error::Invalid(crate::tr!(
                    "timezone '{value}': use WIB, WITA or WIT",
                    "timezone '{value}': pakai WIB, WITA atau WIT"
                ))
            }),
        "require-staff" => match value.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" => Ok("true".into()),
            "false" | "no" | "off" => Ok("false".into()),
            _ => Err(Error::Invalid(crate::tr!(
                "require-staff '{value}': use true or false",
                "require-staff '{value}': pakai true atau false"
            ))),
        },
        _ => Err(unknown(key)),
    }
}

fn unknown(key: &str) -> Error {
    Error::Invalid(crate::tr!(
        "unknown setting '{key}'{}; settings: {}",
        "pengaturan '{key}' tidak dikenal{}; pengaturan yang ada: {}",
        crate::suggest::did_you_mean(key, KEYS.iter().map(|k| k.0)),
        KEYS.iter().map(|k| k.0).collect::<Vec<_>>().join(", ")
    ))
}

pub fn run(ctx: &Ctx, cmd: crate::cli::ConfigCommand) -> Result<()> {
    use crate::cli::ConfigCommand::*;
    match cmd {
        Get { key } => {
            let reg = ctx.open()?;
            let keys: Vec<_> = match &key {
                Some(k) => vec![*KEYS.iter().find(|x| x.0 == k).ok_or_else(|| unknown(k))?],
                None => KEYS.to_vec(),
            };
            for (k, default, _) in keys {
                let v = reg.setting(k)?.unwrap_or_else(|| default.to_string());
                if key.is_some() {
                    output::print(&v)?;
                } else {
                    output::print(&format!("{k} = {v}"))?;
                }
            }
            Ok(())
        }
        Set { key, value } => {
            let v = check(&key, &value)?;
            let mut reg = ctx.open()?;
            let now = ctx.now_db();
            reg.set_setting(&key, &v, &now, &ctx.actor)?;
            output::print(&format!("{key} = {v}"))
        }
    }
}
