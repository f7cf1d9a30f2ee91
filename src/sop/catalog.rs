//! The five SOPs that ship with kasus, embedded in the binary from `sops/`.

use sha2::{Digest, Sha256};

/// (file name, TOML text) of each built-in SOP, in a stable order.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "tangerang-713-2025.toml",
        include_str!("../../sops/tangerang-713-2025.toml"),
    ),
    (
        "tangerang-357-2025.toml",
        include_str!("../../sops/tangerang-357-2025.toml"),
    ),
    (
        "babel-18-2024.toml",
        include_str!("../../sops/babel-18-2024.toml"),
    ),
    (
        "batam-34-2020.toml",
        include_str!("../../sops/batam-34-2020.toml"),
    ),
    (
        "pulangpisau-8-2021.toml",
        include_str!("../../sops/pulangpisau-8-2021.toml"),
    ),
];

/// The hex SHA-256 of a text: the identity of one SOP version.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    push_hex(&mut s, bytes);
    s
}

/// Appends `bytes` as lowercase hex (no formatting machinery: it runs for every row written).
pub fn push_hex(s: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
}

/// [`builtin_hash`], computed at build time (build.rs): opening a register compares it with the
/// one stored, with no hashing at run time.
pub const BUILTIN_HASH: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin_hash.txt"));

/// One hash over all built-in SOPs: the register remembers it, so that opening only has to
/// compare two strings to know whether this kasus ships SOP texts the register lacks.
pub fn builtin_hash() -> String {
    let mut h = Sha256::new();
    for (name, text) in BUILTIN {
        h.update(name.as_bytes());
        h.update([0]);
        h.update(sha256_hex(text).as_bytes());
    }
    hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sop::file::load;

    #[test]
    fn the_hash_computed_at_build_time_is_builtin_hash() {
        assert_eq!(BUILTIN_HASH, builtin_hash());
        assert_eq!(BUILTIN_HASH.len(), 64);
    }

    fn totals(code: &str) -> (u64, u64, bool, usize) {
        let (_, text) = BUILTIN
            .iter()
            .find(|(n, _)| n.starts_with(code))
            .expect("built-in SOP");
        let l = load(text);
        assert!(l.problems.is_empty(), "{code}: {:?}", l.problems);
        let sop = l.sop.unwrap();
        assert_eq!(sop.code, code);
        let t = sop.total;
        (t.min_secs, t.max_secs, t.open_ended, sop.steps.len())
    }

    #[test]
    fn every_builtin_validates_and_gives_the_documents_totals() {
        assert_eq!(totals("tangerang-713-2025"), (25_200, 25_200, false, 4));
        assert_eq!(totals("tangerang-357-2025"), (15_980, 16_880, false, 8));
        assert_eq!(totals("babel-18-2024"), (14_100, 14_100, true, 8));
        assert_eq!(totals("batam-34-2020"), (12_900, 12_900, false, 6));
        assert_eq!(totals("pulangpisau-8-2021"), (21_300, 25_800, true, 13));
    }

    #[test]
    fn the_emergency_hotline_runs_on_24_7_and_the_others_on_the_office_clock() {
        for (name, text) in BUILTIN {
            let sop = load(text).sop.unwrap();
            let want = if name.starts_with("tangerang-357-2025") {
                crate::sop::Clock::Always
            } else {
                crate::sop::Clock::Office
            };
            assert_eq!(sop.clock, want, "{name}");
            assert!(sop.steps.iter().all(|s| s.clock == want && !s.clock_own));
            // A 24/7 SOP says why, in its own file.
            assert_eq!(
                sop.clock_reason.is_some(),
                want == crate::sop::Clock::Always
            );
        }
    }

    #[test]
    fn the_flow_marks_are_where_the_documents_put_them() {
        let get = |code: &str| {
            let (_, text) = BUILTIN.iter().find(|(n, _)| n.starts_with(code)).unwrap();
            load(text).sop.unwrap()
        };
        let t713 = get("tangerang-713-2025");
        assert_eq!(
            t713.steps.iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 2, 4, 6]
        );
        assert_eq!(t713.step(1).unwrap().consent, ["layanan"]);
        let t357 = get("tangerang-357-2025");
        assert!(t357.step(6).unwrap().condition.is_some());
        assert!(t357.step(8).unwrap().condition.is_some());
        assert!(t357.total.stated_text.is_some() && !t357.total.disagrees());
        assert_eq!(get("babel-18-2024").step(2).unwrap().consent, ["layanan"]);
        assert!(get("babel-18-2024").step(4).unwrap().standard.open_ended());
        assert_eq!(
            get("batam-34-2020")
                .step(4)
                .unwrap()
                .decision
                .as_ref()
                .unwrap()
                .return_to,
            3
        );
        let babel = get("babel-18-2024");
        assert_eq!(babel.step(3).unwrap().needs_consent, ["berbagi-informasi"]);
        assert!(babel.step(3).unwrap().consent.is_empty());
        assert!(babel.step(4).unwrap().repeat);
        // Step 5 keeps the document's backslash, and a transcriber's note says it is the
        // document's (trial 15, item 14).
        let s5 = babel.step(5).unwrap();
        assert!(s5.activity.starts_with("Mereview hasil layanan \\rencana"));
        assert!(
            s5.transcriber
                .iter()
                .any(|n| n.contains("backslash") && n.contains("document's own")),
            "{:?}",
            s5.transcriber
        );
        assert_eq!(
            babel.step(5).unwrap().decision.as_ref().unwrap().return_to,
            3
        );
        assert_eq!(
            t713.step(6).unwrap().decision.as_ref().unwrap().return_to,
            1
        );
        let pp = get("pulangpisau-8-2021");
        assert_eq!(pp.step(9).unwrap().consent, ["layanan"]);
        assert!(pp.step(6).unwrap().repeat);
        // No other SOP needs consent to share information (their transcriber notes say why).
        for code in [
            "tangerang-713-2025",
            "tangerang-357-2025",
            "batam-34-2020",
            "pulangpisau-8-2021",
        ] {
            assert!(
                get(code).steps.iter().all(|s| s.needs_consent.is_empty()),
                "{code}"
            );
        }
        assert!(pp.step(12).unwrap().repeat && pp.step(12).unwrap().standard.open_ended());
        for sop in [t713, t357, pp, babel] {
            for s in &sop.steps {
                assert!(
                    s.roles_inferred && !s.roles.is_empty(),
                    "{} step {}",
                    sop.code,
                    s.number
                );
            }
        }
    }

    /// The transcriber's readings are apart from the document's words: every built-in says what
    /// it read into its document, and `note` holds only a Keterangan the document has (Pulang
    /// Pisau step 9's).
    #[test]
    fn the_transcribers_readings_are_apart_from_the_documents_keterangan() {
        let mut notes = Vec::new();
        for (name, text) in BUILTIN {
            let sop = load(text).sop.unwrap();
            assert!(!sop.transcriber.is_empty(), "{name}");
            for s in &sop.steps {
                if let Some(n) = &s.note {
                    notes.push((sop.code.clone(), s.number, n.clone()));
                }
            }
        }
        assert_eq!(
            notes,
            [(
                "pulangpisau-8-2021".to_string(),
                9,
                "Jika korban / keluarga setuju".to_string()
            )]
        );
        let t357 = load(BUILTIN[1].1).sop.unwrap();
        assert!(
            t357.step(5).unwrap().transcriber[0].contains("tidak memerlukan bantuan instansi lain")
        );
    }

    /// The roles the documents' activities name: Babel's four columns each have steps (step 7
    /// forwards to the Kepala UPTD PPA), Pulang Pisau's victim or family sign step 9 outside the
    /// unit, its P2TP2A field is the unit's own; no role is written all in capitals.
    #[test]
    fn performers_are_read_per_step_with_one_capitalisation() {
        let get = |code: &str| {
            let (_, text) = BUILTIN.iter().find(|(n, _)| n.starts_with(code)).unwrap();
            load(text).sop.unwrap()
        };
        let babel = get("babel-18-2024");
        for r in &babel.roles {
            assert!(
                babel.steps.iter().any(|s| s.roles.contains(&r.name)),
                "no Babel step for {}",
                r.name
            );
        }
        assert!(babel
            .step(7)
            .unwrap()
            .roles
            .contains(&"Kepala UPTD PPA".to_string()));
        let pp = get("pulangpisau-8-2021");
        assert_eq!(pp.step(9).unwrap().roles, ["Korban / Keluarga"]);
        assert!(pp.role("Korban / Keluarga").unwrap().external);
        assert!(!pp.role("Konselor / Bidang P2TP2A").unwrap().external);
        assert!(pp.role("Lembaga Layanan Rujukan").unwrap().external);
        for (name, text) in BUILTIN {
            for r in load(text).sop.unwrap().roles {
                let letters: String = r.name.chars().filter(|c| c.is_alphabetic()).collect();
                assert!(
                    letters.len() < 4 || letters != letters.to_uppercase(),
                    "{name}: role {} in capitals",
                    r.name
                );
            }
        }
    }
}
