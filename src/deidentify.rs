//! De-identification: keyed pseudonyms in place of identifiers (HMAC-SHA256 with a secret kept
//! in the register), and audit details cut down to the keys that hold no personal data. Pure:
//! the secret and the staff names come in from the register.

use crate::register::cases::name_key;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;

/// Keyed pseudonyms: HMAC-SHA256 with the register's secret over "kind:value", the first
/// 16 hex digits, prefixed by the kind ("c-1a2b3c4d5e6f7a8b"). Stable across exports of the
/// same register, so de-identified exports can be joined; not traceable without the register.
pub fn pseudonym(secret: &[u8], kind: &str, value: &str) -> String {
    let value = if kind == "s" {
        name_key(value)
    } else {
        value.trim().to_lowercase()
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(kind.as_bytes());
    mac.update(b":");
    mac.update(value.as_bytes());
    let digest = mac.finalize().into_bytes();
    format!("{kind}-{}", crate::sop::catalog::hex(&digest[..8]))
}

/// The order key of a de-identified row: HMAC-SHA256 with the register's secret over
/// "order:UUID", its first 8 bytes as a number. Rows sorted by it follow neither their order of
/// registration (UUIDs v7 begin with the time they were made) nor their case numbers, and the
/// order cannot be undone without the secret; the same register gives the same order each time.
pub fn shuffle_key(secret: &[u8], uuid: &str) -> i64 {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(b"order:");
    mac.update(uuid.as_bytes());
    let digest = mac.finalize().into_bytes();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

/// What de-identified output is made with: the register's secret and its staff's names.
pub struct Pseudo {
    pub secret: Vec<u8>,
    /// Staff UUID -> name: audit details name staff by UUID, pseudonyms key staff by name.
    pub staff: HashMap<String, String>,
}

impl Pseudo {
    /// The pseudonym of `value`, of this kind ("c" a case, "p" a person, "s" staff...).
    pub fn token(&self, kind: &str, value: &str) -> String {
        pseudonym(&self.secret, kind, value)
    }

    /// Audit details keep only keys known to hold no personal data; identifiers in them become
    /// the same pseudonyms as in the tables; anything else (a close reason, keys added later)
    /// is left out.
    pub fn details(&self, text: &str, case_uuid: Option<&str>) -> serde_json::Value {
        use serde_json::Value;
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
            return Value::Null;
        };
        let mut out = serde_json::Map::new();
        for (k, v) in map {
            let token = |kind: &str| v.as_str().map(|s| Value::String(self.token(kind, s)));
            let new = match k.as_str() {
                "number" => case_uuid.map(|c| Value::String(self.token("c", c))),
                "staff" => v.as_str().map(|u| {
                    let key = self.staff.get(u).map(String::as_str).unwrap_or(u);
                    Value::String(self.token("s", key))
                }),
                "attempt" => token("t"),
                "consent" => token("k"),
                "assignment" => token("a"),
                "service" => token("l"),
                "referral" => token("r"),
                "agency" => token("g"),
                "handover" | "share" | "consent_override" | "status" | "case_closed"
                | "recipients" | "until" | "kind" => Some(v),
                "at" | "step" | "n" | "outcome" | "elapsed_secs" | "type" | "scopes"
                | "relation" | "roles" | "role" | "fields" | "sop" | "sop_version_id" | "code"
                | "version" | "sha256" | "builtin" | "key" | "value" | "from" | "to"
                | "calendar_version" | "examined" | "changed" | "verdicts_changed" => Some(v),
                _ => None,
            };
            if let Some(n) = new {
                out.insert(k, n);
            }
        }
        Value::Object(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_keyed_stable_and_kinded() {
        let a = [7u8; 32];
        let b = [8u8; 32];
        let uuid = "4f2c1a7e-1111-4222-8333-944455556666";
        let t = pseudonym(&a, "c", uuid);
        assert!(t.starts_with("c-") && t.len() == 18, "{t}");
        assert!(t[2..].chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(t, pseudonym(&a, "c", uuid), "stable");
        assert_eq!(
            t,
            pseudonym(&a, "c", &uuid.to_uppercase()),
            "UUIDs are case-blind"
        );
        assert_ne!(
            t,
            pseudonym(&b, "c", uuid),
            "another register's secret gives another token"
        );
        assert_ne!(
            t[2..],
            pseudonym(&a, "p", uuid)[2..],
            "the kind is part of the key"
        );
        assert_eq!(
            pseudonym(&a, "s", "Rina  Contoh"),
            pseudonym(&a, "s", "rina contoh"),
            "staff names match as the register matches them"
        );
    }
}
