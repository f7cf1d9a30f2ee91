//! The rules every text field follows, on every way in (flags, prompts, bulk files): no NUL or
//! other control characters (tab and line breaks only in free text), and a maximum length per
//! kind of field. Text that breaks what reads it (a terminal, a CSV export, a log) is refused
//! here, once, before anything is written. Messages name the field and the rule, never the value.

use crate::error::Error;

/// The kinds of text field, each with its limit (documented in the README's "Text fields").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A person's name: victim, complainant, perpetrator, staff, who gave consent, `--by`.
    Name,
    /// A phone number.
    Phone,
    /// An address: line breaks allowed.
    Address,
    /// A short one-line value: kecamatan, kelurahan, a list code, a reference, a role,
    /// a relation, a disability, a provider.
    Short,
    /// Free text: chronology, notes, outputs, reasons; tabs and line breaks allowed.
    Text,
}

impl Field {
    /// The most characters (Unicode scalar values, not bytes) the field takes.
    pub const fn max_chars(self) -> usize {
        match self {
            Field::Name => 200,
            Field::Phone => 30,
            Field::Address => 500,
            Field::Short => 200,
            Field::Text => 10_000,
        }
    }

    /// True when tabs and line breaks are allowed.
    pub const fn multi_line(self) -> bool {
        matches!(self, Field::Address | Field::Text)
    }
}

/// What is wrong with a text value. Neither variant holds any of the value's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    /// A character that is not allowed: its code point and its place (1-based, in characters).
    Control { code: u32, at: usize },
    /// Longer than the field takes.
    TooLong { chars: usize, max: usize },
    /// A phone number holding something a phone number does not (a letter, a name): its place
    /// (1-based, in characters).
    NotAPhone { at: usize },
}

/// The characters a phone number is written with: digits, and `+`, `-`, `(`, `)`, `.`, `/` and
/// spaces between them (`+62 812-9988-7766`, `(0778) 123456`).
fn phone_char(c: char) -> bool {
    c.is_ascii_digit() || " +-()./".contains(c)
}

/// True for a character that no field takes: the C0 and C1 controls and DEL, and the
/// invisible characters that reorder or break lines in what displays the text (bidirectional
/// overrides and isolates, the Unicode line and paragraph separators).
fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The one check of a text field's value (as it will be stored), on every way in (flags,
/// prompts, each cell of a bulk file).
pub fn check_text(field: Field, value: &str) -> Result<(), TextError> {
    let max = field.max_chars();
    // Printable ASCII, nearly every cell of a file: no control character, and as many
    // characters as bytes, seen in one quick pass.
    let plain = value.bytes().all(|b| (0x20..0x7f).contains(&b));
    // A byte count within the limit is a character count within it.
    let chars = match value.len() {
        n if n <= max || plain => n,
        _ => value.chars().count(),
    };
    if chars > max {
        return Err(TextError::TooLong { chars, max });
    }
    if field == Field::Phone {
        // A control character is named as such below.
        if let Some((i, c)) = value.chars().enumerate().find(|&(_, c)| !phone_char(c)) {
            if !forbidden(c) {
                return Err(TextError::NotAPhone { at: i + 1 });
            }
        }
    }
    if plain {
        return Ok(());
    }
    let mut it = value.chars().enumerate().peekable();
    while let Some((i, c)) = it.next() {
        let allowed = field.multi_line()
            && (c == '\t'
                || c == '\n'
                || (c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n')));
        if forbidden(c) && !allowed {
            return Err(TextError::Control {
                code: c as u32,
                at: i + 1,
            });
        }
    }
    Ok(())
}

/// The common name of a control character, for the message ("ESC"), if it has a short one.
fn control_name(code: u32) -> Option<&'static str> {
    Some(match code {
        0x00 => "NUL",
        0x07 => "BEL",
        0x08 => "BS",
        0x09 => "TAB",
        0x0A => "LF, a line break",
        0x0D => "CR",
        0x1B => "ESC",
        0x7F => "DEL",
        _ => return None,
    })
}

impl TextError {
    /// The message for a field named `label` (a flag such as `--victim-name`, or a column).
    pub fn message(&self, label: &str, field: Field) -> String {
        match *self {
            TextError::Control { code, at } => {
                let what = match control_name(code) {
                    Some(n) => format!("U+{code:04X} {n}"),
                    None => format!("U+{code:04X}"),
                };
                if field.multi_line() {
                    crate::tr!(
                        "{label} holds a control character ({what}, character {at}): this field \
                         takes tabs and line breaks but no other control characters; retype it",
                        "{label} berisi karakter kontrol ({what}, karakter ke-{at}): kolom ini \
                         menerima tab dan baris baru tetapi tidak karakter kontrol lain; ketik ulang",
                    )
                } else {
                    crate::tr!(
                        "{label} holds a control character ({what}, character {at}): this \
                         one-line field takes no control characters, tabs or line breaks; retype it",
                        "{label} berisi karakter kontrol ({what}, karakter ke-{at}): kolom satu \
                         baris ini tidak menerima karakter kontrol, tab atau baris baru; ketik ulang",
                    )
                }
            }
            TextError::TooLong { chars, max } => crate::tr!(
                "{label} is too long: {chars} characters, the limit is {max}",
                "{label} terlalu panjang: {chars} karakter, batasnya {max}",
            ),
            TextError::NotAPhone { at } => crate::tr!(
                "{label} is not a phone number (character {at} is neither a digit nor + - ( ) . / \
                 or a space; the value is not shown): write the number alone, and notes elsewhere",
                "{label} bukan nomor telepon (karakter ke-{at} bukan angka maupun + - ( ) . / atau \
                 spasi; nilainya tidak ditampilkan): tulis nomornya saja, dan catatan di tempat lain",
            ),
        }
    }
}

/// [`check_text`] as a command's error: invalid input (exit 3), naming `label`.
pub fn check(label: &str, field: Field, value: &str) -> Result<(), Error> {
    check_text(field, value).map_err(|e| Error::Invalid(e.message(label, field)))
}

/// [`check`] for a value that may be absent.
pub fn check_opt(label: &str, field: Field, value: Option<&str>) -> Result<(), Error> {
    match value {
        Some(v) => check(label, field, v),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_no_control_characters_tabs_or_line_breaks() {
        assert_eq!(check_text(Field::Name, "Siti Contoh"), Ok(()));
        assert_eq!(check_text(Field::Name, "Sïti Çontoh 😀"), Ok(()));
        for (s, code, at) in [
            ("Siti\0Contoh", 0, 5),
            ("\u{1b}[31mSiti", 0x1b, 1),
            ("Siti\u{7}", 7, 5),
            ("Siti\tContoh", 9, 5),
            ("Siti\nContoh", 10, 5),
            ("Siti\u{7f}", 0x7f, 5),
            ("Siti\u{85}", 0x85, 5),
            ("Siti\u{202E}hotnoC", 0x202E, 5),
            ("Siti\u{2028}", 0x2028, 5),
        ] {
            assert_eq!(
                check_text(Field::Name, s),
                Err(TextError::Control { code, at }),
                "{s:?}"
            );
        }
    }

    #[test]
    fn free_text_takes_tabs_and_line_breaks_only() {
        assert_eq!(check_text(Field::Text, "baris 1\nbaris 2\tkolom"), Ok(()));
        assert_eq!(check_text(Field::Text, "baris 1\r\nbaris 2"), Ok(()));
        assert_eq!(check_text(Field::Address, "Jl. Contoh 1\nBatam"), Ok(()));
        assert_eq!(
            check_text(Field::Text, "baris 1\rbaris 2"),
            Err(TextError::Control { code: 13, at: 8 })
        );
        assert_eq!(
            check_text(Field::Text, "a\u{1b}b"),
            Err(TextError::Control { code: 0x1b, at: 2 })
        );
        assert_eq!(
            check_text(Field::Text, "a\0"),
            Err(TextError::Control { code: 0, at: 2 })
        );
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        assert_eq!(check_text(Field::Name, &"a".repeat(200)), Ok(()));
        assert_eq!(
            check_text(Field::Name, &"a".repeat(201)),
            Err(TextError::TooLong {
                chars: 201,
                max: 200
            })
        );
        // 200 two-byte characters: 400 bytes, within the limit.
        assert_eq!(check_text(Field::Name, &"é".repeat(200)), Ok(()));
        assert_eq!(check_text(Field::Phone, &"1".repeat(30)), Ok(()));
        assert!(check_text(Field::Phone, &"1".repeat(31)).is_err());
    }

    #[test]
    fn a_phone_number_holds_digits_and_its_separators_only() {
        for ok in [
            "081299887766",
            "+62 812-9988-7766",
            "(0778) 123456",
            "0812.9988/7766",
            "",
        ] {
            assert_eq!(check_text(Field::Phone, ok), Ok(()), "{ok}");
        }
        assert_eq!(
            check_text(Field::Phone, "Budi Contoh 0812"),
            Err(TextError::NotAPhone { at: 1 })
        );
        assert_eq!(
            check_text(Field::Phone, "0812 (WA)"),
            Err(TextError::NotAPhone { at: 7 })
        );
        // A control character is named as one.
        assert!(matches!(
            check_text(Field::Phone, "0812\u{1b}"),
            Err(TextError::Control { .. })
        ));
        assert_eq!(check_text(Field::Text, &"x".repeat(10_000)), Ok(()));
        assert!(check_text(Field::Text, &"x".repeat(10_001)).is_err());
        assert!(check_text(Field::Name, &"x".repeat(1 << 20)).is_err());
    }

    #[test]
    fn messages_name_the_field_and_the_rule_never_the_value() {
        let e = check_text(Field::Name, "Rahasia\u{1b}Contoh").unwrap_err();
        let m = e.message("--victim-name", Field::Name);
        assert!(m.contains("--victim-name"), "{m}");
        assert!(m.contains("U+001B ESC"), "{m}");
        assert!(m.contains("character 8"), "{m}");
        assert!(!m.contains("Rahasia"), "{m}");
        let e = check_text(Field::Name, &"Rahasia".repeat(100)).unwrap_err();
        let m = e.message("--victim-name", Field::Name);
        assert!(m.contains("700 characters, the limit is 200"), "{m}");
        assert!(!m.contains("Rahasia"), "{m}");
    }
}
