//! Finding a person as staff type them (pure): a name matched without regard to letter case,
//! accents, spacing and punctuation, and the old Indonesian spelling (`oe` for `u`, `dj` for
//! `j`, `tj` for `c`, `sj` for `sy`, `nj` for `ny`, `ch` for `kh`: "Soekarni" is "Sukarni");
//! an NIK or a phone number by its digits alone ("3174 0999 ..." with spaces). No database here:
//! the register reads the rows, this says which match.

/// A name's key: lower case, accents and old spellings folded, only letters and digits kept.
pub fn name_key(s: &str) -> String {
    let mut plain = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_alphanumeric() {
            plain.push(c);
        }
    }
    for (old, new) in [
        ("oe", "u"),
        ("dj", "j"),
        ("tj", "c"),
        ("sj", "sy"),
        ("nj", "ny"),
        ("ch", "kh"),
    ] {
        plain = plain.replace(old, new);
    }
    plain
}

/// Only the digits of a number as typed ("0812-9988-7766", "3174 0999 ...").
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// How a query matched a person: which field, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matched {
    /// The NIK, digit for digit (the whole NIK, or at least six of its digits in order).
    Nik,
    /// The phone number's digits.
    Phone,
    /// The name, by its key (case, accents, spacing and old spellings aside).
    Name,
}

/// A query, folded once (a search reads every person of the register). A query of digits is a
/// number (at least six digits, so that a year or an age finds no one); otherwise a name (at
/// least two letters).
pub struct Query {
    digits: String,
    key: String,
    number: bool,
}

impl Query {
    pub fn new(query: &str) -> Query {
        let digits = digits(query);
        let typed = query.chars().filter(|c| !c.is_whitespace()).count();
        Query {
            number: digits.len() * 2 >= typed,
            key: name_key(query),
            digits,
        }
    }

    /// Whether the query finds a person with this name, NIK and phone, and by which field.
    pub fn person(
        &self,
        name: Option<&str>,
        nik: Option<&str>,
        phone: Option<&str>,
    ) -> Option<Matched> {
        if self.number {
            if self.digits.len() < 6 {
                return None;
            }
            if nik.is_some_and(|n| digits(n).contains(&self.digits)) {
                return Some(Matched::Nik);
            }
            if phone.is_some_and(|p| digits(p).contains(&self.digits)) {
                return Some(Matched::Phone);
            }
            return None;
        }
        if self.key.chars().count() < 2 {
            return None;
        }
        name.filter(|n| name_key(n).contains(&self.key))
            .map(|_| Matched::Name)
    }

    /// The whole number asked, digit for digit (not only part of it).
    pub fn whole_number(&self, value: Option<&str>) -> bool {
        value.is_some_and(|v| digits(v) == self.digits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(
        q: &str,
        name: Option<&str>,
        nik: Option<&str>,
        phone: Option<&str>,
    ) -> Option<Matched> {
        Query::new(q).person(name, nik, phone)
    }

    #[test]
    fn names_match_across_case_accents_spacing_and_old_spelling() {
        assert_eq!(name_key("Siti  Contoh"), "siticontoh");
        assert_eq!(name_key("Soeti Contoh"), name_key("suti contoh"));
        assert_eq!(name_key("Djoko Tjahjono"), name_key("Joko Cahjono"));
        assert_eq!(name_key("Rénata"), "renata");
        assert_eq!(
            person("siti contoh", Some("Siti Contoh"), None, None),
            Some(Matched::Name)
        );
        assert_eq!(
            person("SOETI", Some("Suti Contoh"), None, None),
            Some(Matched::Name)
        );
        assert_eq!(person("x", Some("Siti Contoh"), None, None), None);
    }

    #[test]
    fn numbers_match_by_their_digits() {
        let nik = Some("3174099988877766");
        assert_eq!(
            person("3174 0999 8887 7766", None, nik, None),
            Some(Matched::Nik)
        );
        assert_eq!(
            person("0812-9988-7766", None, nik, Some("081299887766")),
            Some(Matched::Phone)
        );
        // A year or an age finds no one.
        assert_eq!(person("2026", None, nik, Some("081299887766")), None);
        assert_eq!(person("30", None, nik, None), None);
    }
}
