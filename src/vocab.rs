//! The categories kasus records, in Simfoni PPA's lists: each value has a stable code (used in
//! flags, CSV and JSON) and the label staff know. Input is matched leniently: case, spaces,
//! '_' and '/' do not matter, and a few common synonyms are accepted ("TPPO" = trafficking).

/// A closed list of values.
pub struct Vocab {
    /// What the list is, for messages ("channel").
    pub name: &'static str,
    /// The same in Bahasa Indonesia ("saluran pengaduan").
    pub name_id: &'static str,
    /// (code, label, synonyms)
    pub values: &'static [(&'static str, &'static str, &'static [&'static str])],
}

pub const CHANNEL: Vocab = Vocab {
    name: "channel",
    name_id: "saluran pengaduan",
    values: &[
        (
            "datang-langsung",
            "Datang langsung",
            &["langsung", "walk-in"],
        ),
        (
            "telepon",
            "Telepon / hotline",
            &["hotline", "telp", "phone", "sapa-129"],
        ),
        (
            "si-lacak-perak",
            "Si Lacak Perak / Kader PATBM",
            &["kader-patbm", "patbm", "si-lacak-perak-kader-patbm"],
        ),
        ("rujukan", "Rujukan", &["referral"]),
        ("surat", "Surat", &["letter"]),
        ("online", "Online", &["daring", "media-sosial", "email"]),
    ],
};

pub const VIOLENCE: Vocab = Vocab {
    name: "violence type",
    name_id: "jenis kekerasan",
    values: &[
        ("fisik", "Fisik", &["physical"]),
        ("psikis", "Psikis", &["psychological", "psikologis"]),
        ("seksual", "Seksual", &["sexual"]),
        ("eksploitasi", "Eksploitasi", &["exploitation"]),
        (
            "trafficking",
            "Trafficking (TPPO)",
            &["tppo", "perdagangan-orang"],
        ),
        ("penelantaran", "Penelantaran", &["neglect"]),
        ("lainnya", "Lainnya", &["other"]),
    ],
};

pub const PLACE: Vocab = Vocab {
    name: "place of incident",
    name_id: "tempat kejadian",
    values: &[
        ("rumah-tangga", "Rumah tangga", &["rumah", "household"]),
        ("tempat-kerja", "Tempat kerja", &["workplace"]),
        ("sekolah", "Sekolah", &["school"]),
        (
            "lembaga-pendidikan-kilat",
            "Lembaga pendidikan kilat",
            &["lpk"],
        ),
        ("fasilitas-umum", "Fasilitas umum", &["public"]),
        ("lainnya", "Lainnya", &["other"]),
    ],
};

pub const RELATION: Vocab = Vocab {
    name: "perpetrator's relation to the victim",
    name_id: "hubungan pelaku dengan korban",
    values: &[
        ("orang-tua", "Orang tua", &["ortu", "ayah", "ibu", "parent"]),
        (
            "keluarga",
            "Keluarga / saudara",
            &["saudara", "keluarga-saudara", "family"],
        ),
        (
            "suami-istri",
            "Suami / istri",
            &["suami", "istri", "spouse"],
        ),
        (
            "pacar-teman",
            "Pacar / teman",
            &["pacar", "teman", "friend"],
        ),
        ("tetangga", "Tetangga", &["neighbour", "neighbor"]),
        ("guru", "Guru", &["teacher"]),
        ("majikan", "Majikan", &["employer"]),
        ("rekan-kerja", "Rekan kerja", &["colleague"]),
        ("lainnya", "Lainnya", &["other"]),
    ],
};

pub const SERVICE: Vocab = Vocab {
    name: "service",
    name_id: "layanan",
    values: &[
        ("pengaduan", "Pengaduan", &["complaint"]),
        ("kesehatan", "Kesehatan", &["health"]),
        ("bantuan-hukum", "Bantuan hukum", &["legal-aid"]),
        ("penegakan-hukum", "Penegakan hukum", &["law-enforcement"]),
        (
            "rehabilitasi-sosial",
            "Rehabilitasi sosial",
            &["rehabilitation"],
        ),
        (
            "reintegrasi-sosial",
            "Reintegrasi sosial",
            &["reintegration"],
        ),
        ("pemulangan", "Pemulangan", &["repatriation"]),
        (
            "pendampingan-tokoh-agama",
            "Pendampingan tokoh agama",
            &["tokoh-agama"],
        ),
    ],
};

pub const URGENCY: Vocab = Vocab {
    name: "urgency",
    name_id: "tingkat kedaruratan",
    values: &[
        ("biasa", "Biasa", &["normal"]),
        ("darurat", "Darurat", &["emergency", "urgent"]),
    ],
};

pub const RISK: Vocab = Vocab {
    name: "risk level",
    name_id: "tingkat risiko",
    values: &[
        ("tinggi", "Tinggi", &["high"]),
        ("sedang", "Sedang", &["medium"]),
        ("rendah", "Rendah", &["low"]),
    ],
};

pub const SEX: Vocab = Vocab {
    name: "sex",
    name_id: "jenis kelamin",
    values: &[
        ("L", "Laki-laki", &["laki-laki", "male", "m", "pria"]),
        ("P", "Perempuan", &["perempuan", "female", "f", "wanita"]),
    ],
};

pub const CONSENT_RELATION: Vocab = Vocab {
    name: "relation of who gave consent",
    name_id: "hubungan pemberi persetujuan",
    values: &[
        (
            "self",
            "Korban sendiri",
            &["sendiri", "korban", "diri-sendiri"],
        ),
        ("parent", "Orang tua", &["orang-tua", "ortu"]),
        ("guardian", "Wali", &["wali"]),
    ],
};

pub const CONSENT_METHOD: Vocab = Vocab {
    name: "consent method",
    name_id: "cara persetujuan",
    values: &[
        ("tertulis", "Tertulis", &["written"]),
        ("lisan", "Lisan", &["oral", "verbal"]),
    ],
};

pub const CONSENT_SCOPE: Vocab = Vocab {
    name: "consent scope",
    name_id: "cakupan persetujuan",
    values: &[
        ("layanan", "Layanan", &["services", "service"]),
        (
            "berbagi-informasi",
            "Berbagi informasi / rujukan",
            &["sharing", "rujukan", "berbagi"],
        ),
        (
            "dokumentasi",
            "Dokumentasi (foto, rekaman)",
            &["documentation", "foto"],
        ),
    ],
};

/// The kinds of partner agency (`kasus agency add --kind`), the recipient kinds a consent to
/// share may name.
pub const AGENCY_KIND: Vocab = Vocab {
    name: "agency kind",
    name_id: "jenis lembaga",
    values: &[
        (
            "kesehatan",
            "Kesehatan (rumah sakit, puskesmas)",
            &["health", "rumah-sakit", "rs", "puskesmas"],
        ),
        (
            "kepolisian",
            "Kepolisian (UPPA)",
            &["police", "polisi", "uppa"],
        ),
        ("bantuan-hukum", "Bantuan hukum", &["legal-aid", "lbh"]),
        (
            "rehabilitasi-sosial",
            "Rehabilitasi sosial",
            &["rehabilitation", "dinsos"],
        ),
        ("rumah-aman", "Rumah aman", &["safe-house", "shelter"]),
        (
            "uptd-ppa-lain",
            "UPTD PPA lain",
            &["other-unit", "uptd-ppa", "p2tp2a"],
        ),
        ("lainnya", "Lainnya", &["other"]),
    ],
};

/// What a referral shares (`kasus referral create --share`).
pub const SHARE: Vocab = Vocab {
    name: "shared data",
    name_id: "data yang dibagikan",
    values: &[
        (
            "identity",
            "Identitas korban (nama, jenis kelamin, umur, NIK)",
            &["identitas"],
        ),
        ("contact", "Kontak korban (telepon, alamat)", &["kontak"]),
        ("chronology", "Kronologi", &["kronologi"]),
        ("assessment", "Asesmen (urgensi, risiko)", &["asesmen"]),
        (
            "violence",
            "Jenis kekerasan dan tempat kejadian",
            &["kekerasan"],
        ),
    ],
};

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        let c = if c == '_' || c == '/' || c.is_whitespace() {
            '-'
        } else {
            c.to_ascii_lowercase()
        };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    out.trim_matches('-').to_string()
}

/// English labels (list name, code, label) of the lists a page written in English shows.
const ENGLISH: &[(&str, &str, &str)] = &[
    ("channel", "datang-langsung", "Walk-in"),
    ("channel", "telepon", "Telephone / hotline"),
    (
        "channel",
        "si-lacak-perak",
        "Si Lacak Perak / PATBM volunteer",
    ),
    ("channel", "rujukan", "Referral"),
    ("channel", "surat", "Letter"),
    ("channel", "online", "Online"),
    ("violence type", "fisik", "Physical"),
    ("violence type", "psikis", "Psychological"),
    ("violence type", "seksual", "Sexual"),
    ("violence type", "eksploitasi", "Exploitation"),
    ("violence type", "trafficking", "Trafficking (TPPO)"),
    ("violence type", "penelantaran", "Neglect"),
    ("violence type", "lainnya", "Other"),
    ("place of incident", "rumah-tangga", "Household"),
    ("place of incident", "tempat-kerja", "Workplace"),
    ("place of incident", "sekolah", "School"),
    (
        "place of incident",
        "lembaga-pendidikan-kilat",
        "Short-course institute",
    ),
    ("place of incident", "fasilitas-umum", "Public place"),
    ("place of incident", "lainnya", "Other"),
    (
        "perpetrator's relation to the victim",
        "orang-tua",
        "Parent",
    ),
    (
        "perpetrator's relation to the victim",
        "keluarga",
        "Family / relative",
    ),
    (
        "perpetrator's relation to the victim",
        "suami-istri",
        "Husband / wife",
    ),
    (
        "perpetrator's relation to the victim",
        "pacar-teman",
        "Partner / friend",
    ),
    (
        "perpetrator's relation to the victim",
        "tetangga",
        "Neighbour",
    ),
    ("perpetrator's relation to the victim", "guru", "Teacher"),
    (
        "perpetrator's relation to the victim",
        "majikan",
        "Employer",
    ),
    (
        "perpetrator's relation to the victim",
        "rekan-kerja",
        "Colleague",
    ),
    ("perpetrator's relation to the victim", "lainnya", "Other"),
    ("service", "pengaduan", "Complaint handling"),
    ("service", "kesehatan", "Health"),
    ("service", "bantuan-hukum", "Legal aid"),
    ("service", "penegakan-hukum", "Law enforcement"),
    ("service", "rehabilitasi-sosial", "Social rehabilitation"),
    ("service", "reintegrasi-sosial", "Social reintegration"),
    ("service", "pemulangan", "Repatriation"),
    (
        "service",
        "pendampingan-tokoh-agama",
        "Support by a religious figure",
    ),
    ("sex", "L", "Male"),
    ("sex", "P", "Female"),
];

/// Why a running step's clock is paused (`kasus step pause --reason`).
pub const PAUSE_REASON: Vocab = Vocab {
    name: "pause reason",
    name_id: "alasan jeda",
    values: &[
        (
            "waiting-victim",
            "Menunggu korban",
            &["menunggu-korban", "korban", "victim"],
        ),
        (
            "waiting-agency",
            "Menunggu instansi lain",
            &["menunggu-instansi", "instansi", "agency"],
        ),
        (
            "waiting-documents",
            "Menunggu dokumen",
            &["menunggu-dokumen", "dokumen", "documents"],
        ),
        ("other", "Lainnya", &["lainnya", "lain"]),
    ],
};

impl Vocab {
    /// The code for an input, or an error message naming the valid codes and the closest one.
    /// The message never holds the input itself: a name typed (or shifted by a CSV row) into a
    /// list field would otherwise land in stderr and cron logs.
    pub fn parse(&self, input: &str) -> Result<&'static str, String> {
        let n = normalise(input);
        for (code, label, syn) in self.values {
            if normalise(code) == n
                || normalise(label) == n
                || syn.iter().any(|s| normalise(s) == n)
            {
                return Ok(code);
            }
        }
        let codes: Vec<&str> = self.values.iter().map(|v| v.0).collect();
        let hint = crate::suggest::did_you_mean(input, codes.iter().copied());
        let codes = codes.join(", ");
        Err(crate::tr!(
            "unknown {}{hint}; use one of: {codes}",
            "{} tidak dikenal{hint}; pakai salah satu: {codes}",
            self.display_name()
        ))
    }

    /// What the list is, in the chosen language.
    pub fn display_name(&self) -> &'static str {
        crate::text::t(self.name, self.name_id)
    }

    /// A code's label, or for a value not on the list (a free text, as a complainant's
    /// relation may be) the value as written.
    pub fn label_or<'a>(&self, value: &'a str) -> &'a str {
        self.label_of(value).unwrap_or(value)
    }

    pub fn label(&self, code: &str) -> &'static str {
        self.label_of(code).unwrap_or("?")
    }

    fn label_of(&self, code: &str) -> Option<&'static str> {
        self.values.iter().find(|v| v.0 == code).map(|v| v.1)
    }

    /// A code's label in a chosen language: the list's own (Indonesian) label, or its English
    /// one from [`ENGLISH`] (the Indonesian label when a code has none there).
    pub fn label_in(&self, code: &str, lang: crate::text::Lang) -> &'static str {
        let english = ENGLISH
            .iter()
            .find(|(list, c, _)| *list == self.name && *c == code)
            .map(|e| e.2);
        match (lang, english) {
            (crate::text::Lang::En, Some(en)) => en,
            _ => self.label(code),
        }
    }

    pub fn codes(&self) -> Vec<&'static str> {
        self.values.iter().map(|v| v.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_label_is_of_a_listed_code_and_the_page_lists_have_them_all() {
        for (list, code, _) in ENGLISH {
            let v = [&CHANNEL, &VIOLENCE, &PLACE, &RELATION, &SERVICE, &SEX]
                .into_iter()
                .find(|v| v.name == *list)
                .expect("a list");
            assert_ne!(v.label(code), "?", "{list} {code}");
        }
        for v in [&CHANNEL, &VIOLENCE, &PLACE, &RELATION, &SERVICE, &SEX] {
            for code in v.codes() {
                let en = v.label_in(code, crate::text::Lang::En);
                assert!(ENGLISH.iter().any(|e| e.2 == en), "{} {code}", v.name);
            }
        }
        assert_eq!(SEX.label_in("P", crate::text::Lang::Id), "Perempuan");
    }

    #[test]
    fn lenient_matching_and_suggestions() {
        assert_eq!(CHANNEL.parse("Datang Langsung"), Ok("datang-langsung"));
        assert_eq!(RELATION.parse("suami/istri"), Ok("suami-istri"));
        assert_eq!(VIOLENCE.parse("TPPO"), Ok("trafficking"));
        assert_eq!(SEX.parse("p"), Ok("P"));
        let e = VIOLENCE.parse("fisk").unwrap_err();
        assert!(
            e.starts_with("unknown violence type (did you mean 'fisik'?); use one of: fisik,"),
            "{e}"
        );
        assert!(!e.contains("fisk'"), "{e}");
        // A name typed into a list field is not echoed.
        let e = SEX.parse("Siti Rahasianama").unwrap_err();
        assert_eq!(e, "unknown sex; use one of: L, P");
    }
}
