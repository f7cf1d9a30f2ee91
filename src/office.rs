//! Whose a row is, once registers are merged (issue 20): the offices a register holds and
//! `--office VALUE` resolved to one of them. Pure: the offices are read by
//! `register::offices`; nothing here touches the database, the clock or a terminal.
//!
//! An office is known by its UUID (`office-uuid` of the register that recorded the row: a
//! row's `origin`, NULL for this office's own rows), by the prefixes of its case numbers (PPA,
//! P2TP2A-BDG) and by the word `own` (`sendiri`). UUIDs and prefixes are not personal data:
//! messages may list them.

/// One office present in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The office's UUID (for this office: its `office-uuid` setting).
    pub uuid: String,
    /// This office (rows with `origin` NULL).
    pub own: bool,
    /// The prefixes of its case numbers, the current one first (this office: `office-prefix`).
    pub prefixes: Vec<String>,
    /// Its unit name, where known (`unit-name`; another office's from a merged bundle).
    pub name: Option<String>,
}

impl Office {
    /// What an `origin` column holds for this office's rows, as the filters compare it:
    /// `ifnull(origin, '')`, so the empty text for this office's own rows.
    pub fn origin_key(&self) -> String {
        if self.own {
            String::new()
        } else {
            self.uuid.clone()
        }
    }

    /// How the office is named in tables and reports: its first prefix (its UUID when it has
    /// none), with its whole UUID when `several` offices share that prefix (the start of a
    /// UUIDv7 is its time of making: two registers made the same minute share it).
    pub fn label(&self, several: bool) -> String {
        match self.prefixes.first() {
            Some(p) if several => format!("{p} {}", self.uuid),
            Some(p) => p.clone(),
            None => self.uuid.clone(),
        }
    }

    /// The office as a message lists it: `PPA 0190c3a2-… (own)`.
    fn listed(&self) -> String {
        let mut s = format!(
            "{} {}",
            if self.prefixes.is_empty() {
                "-".to_string()
            } else {
                self.prefixes.join("/")
            },
            self.uuid
        );
        if self.own {
            s.push_str(crate::text::t(" (own)", " (sendiri)"));
        }
        s
    }
}

/// A UUID's first 8 characters.
pub fn short(uuid: &str) -> &str {
    uuid.get(..8).unwrap_or(uuid)
}

/// The offices of a register, this office first.
#[derive(Debug, Clone, Default)]
pub struct Offices {
    pub all: Vec<Office>,
}

impl Offices {
    pub fn new(mut all: Vec<Office>) -> Offices {
        all.sort_by(|a, b| {
            b.own
                .cmp(&a.own)
                .then_with(|| a.label(false).cmp(&b.label(false)))
        });
        Offices { all }
    }

    /// More than one office: `case list` shows an `office` column, lookups may be ambiguous.
    pub fn several(&self) -> bool {
        self.all.len() > 1
    }

    /// The office whose rows carry `origin` (NULL: this office).
    pub fn of_origin(&self, origin: Option<&str>) -> Option<&Office> {
        match origin {
            None => self.all.iter().find(|o| o.own),
            Some(u) => self.all.iter().find(|o| !o.own && o.uuid == u),
        }
    }

    /// The label of the office whose rows carry `origin`, told apart from another office with
    /// the same prefix by its UUID's start.
    pub fn label_of(&self, origin: Option<&str>) -> String {
        match self.of_origin(origin) {
            Some(o) => o.label(self.shared_prefix(o)),
            None => origin.map(short).unwrap_or_default().to_string(),
        }
    }

    fn shared_prefix(&self, o: &Office) -> bool {
        o.prefixes.first().is_some_and(|p| {
            self.all
                .iter()
                .filter(|x| {
                    x.prefixes
                        .first()
                        .is_some_and(|q| q.eq_ignore_ascii_case(p))
                })
                .count()
                > 1
        })
    }

    /// The offices as a message lists them, one per line.
    pub fn listing(&self) -> String {
        self.all
            .iter()
            .map(|o| format!("  {}", o.listed()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// `--office VALUE`: `own` (or `sendiri`), an office's UUID, a unique start of one, or a
    /// prefix of its case numbers (any letter case). Unknown or ambiguous: the message (exit 3)
    /// lists the offices there are.
    pub fn resolve(&self, value: &str) -> Result<&Office, String> {
        let v = value.trim();
        let lower = v.to_ascii_lowercase();
        if matches!(lower.as_str(), "own" | "sendiri") {
            if let Some(o) = self.all.iter().find(|o| o.own) {
                return Ok(o);
            }
        }
        if let Some(o) = self.all.iter().find(|o| o.uuid.eq_ignore_ascii_case(v)) {
            return Ok(o);
        }
        let by_prefix: Vec<&Office> = self
            .all
            .iter()
            .filter(|o| o.prefixes.iter().any(|p| p.eq_ignore_ascii_case(v)))
            .collect();
        let by_uuid: Vec<&Office> = if is_uuid_start(&lower) {
            self.all
                .iter()
                .filter(|o| o.uuid.to_ascii_lowercase().starts_with(&lower))
                .collect()
        } else {
            Vec::new()
        };
        let found = if by_prefix.is_empty() {
            by_uuid
        } else {
            by_prefix
        };
        let shown = shown_value(v);
        match found.len() {
            1 => Ok(found[0]),
            0 => Err(crate::tr!(
                "--office: no office {shown} in this register; the offices here (prefix, UUID):\n{}\ngive one's prefix, its UUID (or its start) or `own`",
                "--office: tidak ada kantor {shown} di register ini; kantor yang ada (prefiks, UUID):\n{}\nberi prefiksnya, UUID-nya (atau awalnya) atau `own`",
                self.listing()
            )),
            _ => Err(crate::tr!(
                "--office: {shown} fits more than one office:\n{}\ngive the office's UUID (or enough of its start to tell them apart)",
                "--office: {shown} cocok dengan lebih dari satu kantor:\n{}\nberi UUID kantornya (atau awalnya yang cukup untuk membedakan)",
                found
                    .iter()
                    .map(|o| format!("  {}", o.listed()))
                    .collect::<Vec<_>>()
                    .join("\n")
            )),
        }
    }
}

/// At least 4 characters of a UUID (hex digits and dashes).
fn is_uuid_start(s: &str) -> bool {
    s.len() >= 4 && s.len() <= 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// The value typed, quoted, when it looks like a prefix or a UUID (letters, digits, dashes; at
/// most 36 characters); anything else may be a name typed in the wrong place and is not shown.
pub fn shown_value(v: &str) -> String {
    if !v.is_empty()
        && v.len() <= 36
        && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !crate::echo::looks_like_a_number_of_someone(v)
    {
        format!("'{v}'")
    } else {
        crate::text::t("(the value given)", "(nilai yang diberikan)").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office(uuid: &str, own: bool, prefixes: &[&str]) -> Office {
        Office {
            uuid: uuid.into(),
            own,
            prefixes: prefixes.iter().map(|p| p.to_string()).collect(),
            name: None,
        }
    }

    fn three() -> Offices {
        Offices::new(vec![
            office("0190aaaa-0000-7000-8000-000000000001", false, &["PPA"]),
            office("0190bbbb-0000-7000-8000-000000000002", true, &["PPA"]),
            office(
                "0190cccc-0000-7000-8000-000000000003",
                false,
                &["P2TP2A-BDG"],
            ),
        ])
    }

    #[test]
    fn own_comes_first_and_own_resolves() {
        let o = three();
        assert!(o.all[0].own);
        assert!(o.resolve("own").unwrap().own);
        assert!(o.resolve("SENDIRI").unwrap().own);
        assert_eq!(o.resolve("own").unwrap().origin_key(), "");
    }

    #[test]
    fn uuid_its_start_and_a_unique_prefix_resolve() {
        let o = three();
        let c = "0190cccc-0000-7000-8000-000000000003";
        assert_eq!(o.resolve(c).unwrap().uuid, c);
        assert_eq!(o.resolve(&c.to_uppercase()).unwrap().uuid, c);
        assert_eq!(o.resolve("0190cc").unwrap().uuid, c);
        assert_eq!(o.resolve("p2tp2a-bdg").unwrap().uuid, c);
        assert_eq!(o.resolve("0190cccc").unwrap().origin_key(), c);
    }

    #[test]
    fn a_shared_prefix_or_uuid_start_is_ambiguous_and_unknown_lists_the_offices() {
        let o = three();
        let e = o.resolve("PPA").unwrap_err();
        assert!(e.contains("more than one office"), "{e}");
        assert!(e.contains("0190aaaa") && e.contains("0190bbbb") && !e.contains("0190cccc"));
        assert!(o.resolve("0190").unwrap_err().contains("more than one"));
        let e = o.resolve("XYZ").unwrap_err();
        assert!(
            e.contains("'XYZ'") && e.contains("0190cccc") && e.contains("(own)"),
            "{e}"
        );
        // A name typed in the wrong place is not repeated.
        let e = o.resolve("Siti Contoh").unwrap_err();
        assert!(!e.contains("Siti"), "{e}");
        let e = o.resolve("3174099988877766").unwrap_err();
        assert!(!e.contains("3174099988877766"), "{e}");
    }

    #[test]
    fn labels_tell_apart_offices_sharing_a_prefix() {
        let o = three();
        assert_eq!(o.label_of(None), "PPA 0190bbbb-0000-7000-8000-000000000002");
        assert_eq!(
            o.label_of(Some("0190cccc-0000-7000-8000-000000000003")),
            "P2TP2A-BDG"
        );
        let one = Offices::new(vec![office("0190bbbb", true, &["PPA"])]);
        assert!(!one.several());
        assert_eq!(one.label_of(None), "PPA");
    }
}
