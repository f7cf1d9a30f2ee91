//! Which response and completion standard a referral gets: by its service and the case's
//! urgency. The settings `referral-response.<service>.<urgency>`, then
//! `referral-response.<service>`, then `referral-response` (likewise `referral-completion`); the
//! first key that is set, or that has a built-in default, gives the standard. So a built-in
//! default of a narrower key (`referral-response.kesehatan.darurat`, `2 jam`) holds until that
//! key is set, whatever a wider setting says. Pure: the caller gives the settings' values.

use super::Standard;
use crate::vocab;

/// The settings' bases.
pub const RESPONSE: &str = "referral-response";
pub const COMPLETION: &str = "referral-completion";

/// The built-in defaults: (key, standard, why), the README's table.
pub const DEFAULTS: &[(&str, &str, &str)] = &[
    (
        RESPONSE,
        "1 hari",
        "any service, any urgency: one working day",
    ),
    (
        COMPLETION,
        "14 hari",
        "any service, any urgency: fourteen working days",
    ),
    (
        "referral-response.kesehatan.darurat",
        "2 jam",
        "an emergency medical referral (injuries, visum, rape care) is answered within hours",
    ),
    (
        "referral-completion.kesehatan.darurat",
        "1 hari",
        "emergency care and the visum are done within a working day",
    ),
    (
        "referral-completion.kesehatan",
        "7 hari",
        "a health service (examination, visum, treatment begun) within seven working days",
    ),
    (
        "referral-response.penegakan-hukum.darurat",
        "4 jam",
        "the police's UPPA answers an emergency (danger, a perpetrator at large) the same day",
    ),
    (
        "referral-response.rehabilitasi-sosial.darurat",
        "4 jam",
        "a safe place or social rehabilitation for a victim in danger is answered the same day",
    ),
];

/// A built-in default of a key, if it has one.
pub fn default_of(key: &str) -> Option<&'static str> {
    DEFAULTS.iter().find(|d| d.0 == key).map(|d| d.1)
}

/// A standard's setting key read: its base, and the service and urgency it narrows to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key<'a> {
    pub base: &'static str,
    pub service: Option<&'a str>,
    pub urgency: Option<&'a str>,
}

/// Why a key is not a standard's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadKey {
    /// Not `referral-response` or `referral-completion` with a dot.
    NotStandard,
    UnknownService(String),
    UnknownUrgency(String),
    /// More parts than base, service, urgency.
    TooLong,
}

/// Reads `referral-response[.SERVICE[.URGENCY]]` (and `referral-completion...`), with the
/// service and urgency as codes of their lists (`kesehatan`, `darurat`).
pub fn parse_key(key: &str) -> Result<Key<'_>, BadKey> {
    let mut parts = key.split('.');
    let base = match parts.next() {
        Some(RESPONSE) => RESPONSE,
        Some(COMPLETION) => COMPLETION,
        _ => return Err(BadKey::NotStandard),
    };
    let service = parts.next();
    let urgency = parts.next();
    if parts.next().is_some() {
        return Err(BadKey::TooLong);
    }
    if let Some(s) = service.filter(|s| !vocab::SERVICE.codes().contains(s)) {
        return Err(BadKey::UnknownService(s.to_string()));
    }
    if let Some(u) = urgency.filter(|u| !vocab::URGENCY.codes().contains(u)) {
        return Err(BadKey::UnknownUrgency(u.to_string()));
    }
    Ok(Key {
        base,
        service,
        urgency,
    })
}

/// The keys looked up for a standard, narrowest first.
pub fn keys(base: &str, service: &str, urgency: &str) -> [String; 3] {
    [
        format!("{base}.{service}.{urgency}"),
        format!("{base}.{service}"),
        base.to_string(),
    ]
}

/// The standard for `service` at `urgency`: the key it comes from and its text, from the
/// settings (`setting` gives a key's value when set) or the built-in defaults.
pub fn pick(
    base: &str,
    service: &str,
    urgency: &str,
    setting: impl Fn(&str) -> Option<String>,
) -> (String, String) {
    for key in keys(base, service, urgency) {
        if let Some(v) = setting(&key).or_else(|| default_of(&key).map(str::to_string)) {
            return (key, v);
        }
    }
    // The base always has a default.
    (
        base.to_string(),
        default_of(base).unwrap_or("1 hari").to_string(),
    )
}

/// [`pick`], read: `Err(key)` when the value stored there does not read as a standard.
/// What applies for a standard's key as given (`referral-response.kesehatan`): the value of
/// the first of it and its wider keys that is set or has a default, with that key. `None`: not
/// a standard's key.
pub fn applies(key: &str, setting: impl Fn(&str) -> Option<String>) -> Option<(String, String)> {
    let k = parse_key(key).ok()?;
    Some(match (k.service, k.urgency) {
        (Some(service), Some(urgency)) => pick(k.base, service, urgency, setting),
        (Some(service), None) => {
            let narrow = format!("{}.{service}", k.base);
            match setting(&narrow).or_else(|| default_of(&narrow).map(str::to_string)) {
                Some(v) => (narrow, v),
                None => (
                    k.base.to_string(),
                    setting(k.base)
                        .or_else(|| default_of(k.base).map(str::to_string))
                        .unwrap_or_default(),
                ),
            }
        }
        _ => (
            k.base.to_string(),
            setting(k.base)
                .or_else(|| default_of(k.base).map(str::to_string))
                .unwrap_or_default(),
        ),
    })
}

pub fn standard(
    base: &str,
    service: &str,
    urgency: &str,
    setting: impl Fn(&str) -> Option<String>,
) -> Result<Standard, String> {
    let (key, v) = pick(base, service, urgency, setting);
    Standard::parse(&v).ok_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_narrowest_key_set_or_defaulted_wins() {
        let none = settings(&[]);
        let get = |m: &HashMap<String, String>| {
            let m = m.clone();
            move |k: &str| m.get(k).cloned()
        };
        let p = |m: &HashMap<String, String>, base, svc, urg| pick(base, svc, urg, get(m));
        assert_eq!(
            p(&none, RESPONSE, "kesehatan", "darurat"),
            ("referral-response.kesehatan.darurat".into(), "2 jam".into())
        );
        assert_eq!(
            p(&none, RESPONSE, "kesehatan", "biasa"),
            ("referral-response".into(), "1 hari".into())
        );
        assert_eq!(
            p(&none, COMPLETION, "kesehatan", "biasa"),
            ("referral-completion.kesehatan".into(), "7 hari".into())
        );
        let set = settings(&[
            ("referral-response", "3 jam"),
            ("referral-response.bantuan-hukum", "2 hari"),
            ("referral-response.kesehatan.darurat", "1 jam"),
        ]);
        assert_eq!(p(&set, RESPONSE, "bantuan-hukum", "darurat").1, "2 hari");
        assert_eq!(p(&set, RESPONSE, "kesehatan", "darurat").1, "1 jam");
        assert_eq!(p(&set, RESPONSE, "pemulangan", "biasa").1, "3 jam");
        // A wider setting leaves a narrower default in force.
        assert_eq!(p(&set, RESPONSE, "penegakan-hukum", "darurat").1, "4 jam");
        assert_eq!(
            standard(RESPONSE, "kesehatan", "darurat", get(&none)),
            Ok(Standard {
                secs: 7200,
                days: false
            })
        );
        let bad = settings(&[("referral-response.pemulangan", "segera")]);
        assert_eq!(
            standard(RESPONSE, "pemulangan", "biasa", get(&bad)),
            Err("referral-response.pemulangan".into())
        );
        // Every default reads, and its key too.
        for (k, v, _) in DEFAULTS {
            assert!(Standard::parse(v).is_some(), "{k}");
            assert!(parse_key(k).is_ok(), "{k}");
        }
    }

    #[test]
    fn what_applies_names_the_key_it_comes_from() {
        let set = settings(&[("referral-response", "3 hari")]);
        let get = |k: &str| set.get(k).cloned();
        assert_eq!(
            applies("referral-response.kesehatan", get),
            Some(("referral-response".to_string(), "3 hari".to_string()))
        );
        assert_eq!(
            applies("referral-completion.kesehatan.biasa", |_| None),
            Some((
                "referral-completion.kesehatan".to_string(),
                "7 hari".to_string()
            ))
        );
        assert_eq!(
            applies("referral-response.kesehatan.darurat", |_| None),
            Some((
                "referral-response.kesehatan.darurat".to_string(),
                "2 jam".to_string()
            ))
        );
        assert_eq!(applies("unit-name", |_| None), None);
    }

    #[test]
    fn keys_name_a_known_service_and_urgency() {
        assert_eq!(
            parse_key("referral-completion.kesehatan.darurat"),
            Ok(Key {
                base: COMPLETION,
                service: Some("kesehatan"),
                urgency: Some("darurat")
            })
        );
        assert!(parse_key("referral-response").is_ok());
        assert_eq!(
            parse_key("referral-response.rumah-sakit"),
            Err(BadKey::UnknownService("rumah-sakit".into()))
        );
        assert_eq!(
            parse_key("referral-response.kesehatan.segera"),
            Err(BadKey::UnknownUrgency("segera".into()))
        );
        assert_eq!(
            parse_key("referral-response.kesehatan.darurat.x"),
            Err(BadKey::TooLong)
        );
        assert_eq!(parse_key("referral-override"), Err(BadKey::NotStandard));
    }
}
