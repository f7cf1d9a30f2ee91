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
        "unit-name",
        "UPTD PPA",
        "the unit's name, as the header of referral letters (UPTD PPA Kota Contoh)",
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
    (
        "due-warn-share",
        "75%",
        "report due: warn once a running step has used this share of its standard (1% to 100%)",
    ),
    (
        "due-lead",
        "15 menit",
        "report due: warn once less than this much working time is left (15m, 1 jam; 0m: never)",
    ),
    (
        "referral-response",
        "1 hari",
        "referrals: the agency's answer is due within this working time of sending (1 hari, 4 jam); \
         per service and urgency: referral-response.SERVICE[.URGENCY]",
    ),
    (
        "referral-completion",
        "14 hari",
        "referrals: the agency's service is due done within this working time of sending (--due wins); \
         per service and urgency: referral-completion.SERVICE[.URGENCY]",
    ),
    (
        "referral-override",
        "",
        "referrals: staff names (comma-separated) who may send without consent to share (--override-consent)",
    ),
    (
        crate::register::OFFICE_UUID,
        "",
        "the office's identity (a UUID made with the register; read-only): bundles and merges name the office by it",
    ),
];

/// A referral standard's key narrowed to a service and urgency
/// (`referral-response.kesehatan.darurat`): checked against the lists, else a message naming
/// the part that is not known. `false`: not such a key (a plain setting, or unknown).
fn standard_key(key: &str) -> Result<bool> {
    use crate::referral::standards::{parse_key, BadKey};
    if !key.contains('.') {
        return Ok(false);
    }
    match parse_key(key) {
        Ok(_) => Ok(true),
        Err(BadKey::NotStandard) => Ok(false),
        Err(BadKey::UnknownService(s)) => Err(Error::Invalid(crate::tr!(
            "setting '{key}': '{s}' is not a service{}; use one of {} (referral-response.SERVICE[.URGENCY])",
            "pengaturan '{key}': '{s}' bukan layanan{}; pakai salah satu dari {} (referral-response.LAYANAN[.URGENSI])",
            crate::suggest::did_you_mean(&s, crate::vocab::SERVICE.codes().into_iter()),
            crate::vocab::SERVICE.codes().join(", ")
        ))),
        Err(BadKey::UnknownUrgency(u)) => Err(Error::Invalid(crate::tr!(
            "setting '{key}': '{u}' is not an urgency{}; use one of {} (referral-response.SERVICE.URGENCY)",
            "pengaturan '{key}': '{u}' bukan tingkat kedaruratan{}; pakai salah satu dari {} (referral-response.LAYANAN.URGENSI)",
            crate::suggest::did_you_mean(&u, crate::vocab::URGENCY.codes().into_iter()),
            crate::vocab::URGENCY.codes().join(", ")
        ))),
        Err(BadKey::TooLong) => Err(Error::Invalid(crate::tr!(
            "setting '{key}': a referral standard's key is referral-response or referral-completion, then .SERVICE, then .URGENCY, nothing more",
            "pengaturan '{key}': kunci standar rujukan adalah referral-response atau referral-completion, lalu .LAYANAN, lalu .URGENSI, tidak lebih"
        ))),
    }
}

/// A referral standard's value: a working time (`1 hari`, `4 jam`, `30 menit`).
fn standard_value(key: &str, value: &str) -> Result<String> {
    crate::referral::Standard::parse(value)
        .map(|_| value.trim().to_string())
        .ok_or_else(|| {
            Error::Invalid(crate::tr!(
                "{key}: use a working time such as 1 hari, 3 hari, 4 jam or 30 menit",
                "{key}: pakai waktu kerja seperti 1 hari, 3 hari, 4 jam atau 30 menit"
            ))
        })
}

fn check(key: &str, value: &str) -> Result<String> {
    if standard_key(key)? {
        return standard_value(key, value);
    }
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
        "due-warn-share" => crate::timing::alert::parse_share(value)
            .map(|p| format!("{p}%"))
            .ok_or_else(|| {
                Error::Invalid(crate::tr!(
                    "due-warn-share: use a whole percent from 1% to 100% (e.g. 75%)",
                    "due-warn-share: pakai persen bulat dari 1% sampai 100% (mis. 75%)"
                ))
            }),
        "due-lead" => crate::timing::alert::parse_working_duration(value)
            .map(crate::text::duration)
            .ok_or_else(|| {
                Error::Invalid(crate::tr!(
                    "due-lead: use a working time in minutes or hours (e.g. 15m, 15 menit, 1 jam; 0m turns it off)",
                    "due-lead: pakai waktu kerja dalam menit atau jam (mis. 15m, 15 menit, 1 jam; 0m mematikannya)"
                ))
            }),
        "referral-response" | "referral-completion" => standard_value(key, value),
        "unit-name" => {
            crate::field::check(key, crate::field::Field::Short, value.trim())?;
            if value.trim().is_empty() {
                return Err(Error::Invalid(crate::tr!(
                    "unit-name is empty",
                    "unit-name kosong"
                )));
            }
            Ok(value.trim().to_string())
        }
        "referral-override" => {
            crate::field::check(key, crate::field::Field::Short, value.trim())?;
            Ok(value
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
                .join(","))
        }
        crate::register::OFFICE_UUID => Err(Error::Refused(
            crate::text::t(
                "office-uuid is the office's identity, made with the register: it cannot be set \
                 (other offices' registers know this office by it). Nothing was changed",
                "office-uuid adalah identitas kantor, dibuat bersama register: tidak bisa diatur \
                 (register kantor lain mengenal kantor ini dengannya). Tidak ada yang diubah",
            )
            .into(),
        )),
        _ => Err(unknown(key)),
    }
}

/// The referral standards narrowed to a service (and urgency): each built-in default (or its
/// setting), then each other one set, by key.
fn narrower_standards(reg: &crate::register::Register) -> Result<Vec<(String, String)>> {
    use crate::referral::standards::{COMPLETION, DEFAULTS, RESPONSE};
    let mut out: Vec<(String, String)> = DEFAULTS
        .iter()
        .filter(|d| d.0.contains('.'))
        .map(|d| (d.0.to_string(), d.1.to_string()))
        .collect();
    for base in [RESPONSE, COMPLETION] {
        for (k, v) in reg.settings_starting(&format!("{base}."))? {
            match out.iter_mut().find(|(x, _)| *x == k) {
                Some(slot) => slot.1 = v,
                None => out.push((k, v)),
            }
        }
    }
    out.sort();
    Ok(out)
}

/// `config get` of a narrower referral standard: the value that applies to it. At a terminal
/// it says where the value comes from: "1 hari (not set; referral-response applies)", "2 jam
/// (built-in default)"; piped, the value alone (a script reads what applies).
fn narrow_standard(reg: &crate::register::Register, key: &str) -> Result<String> {
    use std::io::IsTerminal;
    let set = reg.setting(key)?;
    let mut settings = std::collections::HashMap::new();
    for base in [
        crate::referral::standards::RESPONSE,
        crate::referral::standards::COMPLETION,
    ] {
        settings.extend(reg.settings_starting(base)?);
    }
    let (from, value) = crate::referral::standards::applies(key, |k| settings.get(k).cloned())
        .unwrap_or_else(|| (key.to_string(), String::new()));
    if !std::io::stdout().is_terminal() || set.is_some() {
        return Ok(value);
    }
    Ok(if from == key {
        crate::tr!("{value} (built-in default)", "{value} (bawaan)")
    } else {
        crate::tr!(
            "{value} (not set; {from} applies)",
            "{value} (tidak diatur; berlaku {from})"
        )
    })
}

fn unknown(key: &str) -> Error {
    Error::Invalid(crate::tr!(
        "unknown setting '{key}'{}; settings: {}",
        "pengaturan '{key}' tidak dikenal{}; pengaturan yang ada: {}",
        crate::suggest::did_you_mean(key, KEYS.iter().map(|k| k.0)),
        KEYS.iter().map(|k| k.0).collect::<Vec<_>>().join(", ")
    ))
}

/// `config get` only reads: it needs an existing register.
pub fn reads_only(cmd: &crate::cli::ConfigCommand) -> bool {
    matches!(cmd, crate::cli::ConfigCommand::Get { .. })
}

pub fn run(ctx: &Ctx, cmd: crate::cli::ConfigCommand) -> Result<()> {
    use crate::cli::ConfigCommand::*;
    match cmd {
        Get { key } => {
            let reg = ctx.open()?;
            if let Some(k) = key.as_deref().filter(|k| k.contains('.')) {
                // A referral standard narrowed to a service (and urgency): its value, else its
                // built-in default, else nothing (a wider key holds).
                if standard_key(k)? {
                    return output::print(&narrow_standard(&reg, k)?);
                }
            }
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
            if key.is_none() {
                // The narrower referral standards: the built-in defaults and those set.
                for (k, v) in narrower_standards(&reg)? {
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
