//! How a CSV file is written, as spreadsheets write it: the delimiter (`,`, or `;` as Excel
//! writes in the Indonesian locale, or a tab; given with `--delimiter` or detected from the
//! header line, outside quotes), the line ends (CRLF as Excel writes, LF, or a lone CR) and a
//! UTF-8 byte order mark; and the physical line on which each record starts, whatever the line
//! ends and however many lines a quoted cell spans.

use crate::text::t;
use crate::tr;

/// The byte between the fields of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiter(pub u8);

impl Delimiter {
    pub const COMMA: Delimiter = Delimiter(b',');
    pub const SEMICOLON: Delimiter = Delimiter(b';');
    pub const TAB: Delimiter = Delimiter(b'\t');

    /// `--delimiter`: comma, semicolon, tab (or koma, titik-koma), or one ASCII character that
    /// is not a quote, a line end or a letter or digit. A bad value is named only when it
    /// looks like a word (it may be personal data).
    pub fn parse(s: &str) -> std::result::Result<Delimiter, String> {
        let words = ["comma", "semicolon", "tab", "koma", "titik-koma"];
        match s {
            "comma" | "koma" | "," => return Ok(Self::COMMA),
            "semicolon" | "titik-koma" | "titikkoma" | ";" => return Ok(Self::SEMICOLON),
            "tab" | "\t" | "\\t" => return Ok(Self::TAB),
            _ => {}
        }
        let b = s.as_bytes();
        if b.len() == 1
            && b[0].is_ascii()
            && !b[0].is_ascii_alphanumeric()
            && !matches!(b[0], b'"' | b'\r' | b'\n' | b' ')
        {
            return Ok(Delimiter(b[0]));
        }
        let lower = s.to_ascii_lowercase();
        if lower != s {
            if let Ok(d) = Delimiter::parse(&lower) {
                return Ok(d);
            }
        }
        let what = if crate::echo::shaped(s, crate::echo::Shape::Code) {
            let hint = crate::suggest::did_you_mean(s, words.iter().copied());
            tr!(
                "'{s}' is not a delimiter{hint}",
                "'{s}' bukan pemisah{hint}"
            )
        } else {
            t(
                "the value given is not a delimiter (it is not shown, as it may be personal data)",
                "nilai yang diberikan bukan pemisah (tidak ditampilkan karena bisa berupa data pribadi)",
            )
            .to_string()
        };
        Err(tr!(
            "--delimiter: {what}; give comma, semicolon, tab or one character such as '|' \
             (not a quote, a letter, a digit or a space)",
            "--delimiter: {what}; beri comma (koma), semicolon (titik-koma), tab atau satu karakter \
             seperti '|' (bukan tanda kutip, huruf, angka atau spasi)"
        ))
    }

    /// The delimiter of a file: the most frequent of `,` `;` and tab on its header line
    /// (outside quotes); a comma when there is none, or on a tie with a comma.
    pub fn detect(data: &[u8]) -> Delimiter {
        let mut counts = [0usize; 3];
        let mut quoted = false;
        for &b in data {
            match b {
                b'"' => quoted = !quoted,
                b'\r' | b'\n' if !quoted => break,
                b',' if !quoted => counts[0] += 1,
                b';' if !quoted => counts[1] += 1,
                b'\t' if !quoted => counts[2] += 1,
                _ => {}
            }
        }
        let all = [Self::COMMA, Self::SEMICOLON, Self::TAB];
        let mut best = 0;
        for i in 1..3 {
            if counts[i] > counts[best] {
                best = i;
            }
        }
        all[best]
    }

    /// Its name in messages: "a comma (,)", "a semicolon (;)", "a tab", "'|'".
    pub fn name(self) -> String {
        match self.0 {
            b',' => t("a comma (,)", "koma (,)").into(),
            b';' => t("a semicolon (;)", "titik koma (;)").into(),
            b'\t' => t("a tab", "tab").into(),
            b => format!("'{}'", b as char),
        }
    }
}

/// How a CSV file is written; the rejects file is written the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub delimiter: Delimiter,
    /// True when the delimiter was detected, false when `--delimiter` gave it.
    pub detected: bool,
    /// The header line ends with CRLF.
    pub crlf: bool,
    /// The file starts with a UTF-8 byte order mark.
    pub bom: bool,
}

impl Default for Dialect {
    fn default() -> Self {
        Dialect {
            delimiter: Delimiter::COMMA,
            detected: true,
            crlf: false,
            bom: false,
        }
    }
}

impl Dialect {
    /// The dialect of `data` (the whole file, its BOM included).
    pub fn of(data: &[u8], given: Option<Delimiter>) -> Dialect {
        let bom = data.starts_with(b"\xEF\xBB\xBF");
        let body = super::strip_bom(data);
        let mut quoted = false;
        let mut crlf = false;
        for (i, &b) in body.iter().enumerate() {
            match b {
                b'"' => quoted = !quoted,
                b'\r' | b'\n' if !quoted => {
                    crlf = b == b'\r' && body.get(i + 1) == Some(&b'\n');
                    break;
                }
                _ => {}
            }
        }
        Dialect {
            delimiter: given.unwrap_or_else(|| Delimiter::detect(body)),
            detected: given.is_none(),
            crlf,
            bom,
        }
    }

    /// "a semicolon (;), found on the first line" / "a tab, as --delimiter gave".
    pub fn told(&self) -> String {
        let name = self.delimiter.name();
        if self.detected {
            tr!(
                "{name}, found on the first line",
                "{name}, dari baris pertama"
            )
        } else {
            tr!("{name}, as --delimiter gave", "{name}, sesuai --delimiter")
        }
    }
}

/// The physical line on which a record starts, counted from byte offsets that only move
/// forward: `\r\n`, `\n` and a lone `\r` each end a line, inside quotes too.
pub struct Lines<'d> {
    data: &'d [u8],
    at: usize,
    line: u64,
}

impl<'d> Lines<'d> {
    pub fn new(data: &'d [u8]) -> Lines<'d> {
        Lines {
            data,
            at: 0,
            line: 1,
        }
    }

    /// The line of the record that the reader says starts at `byte`. The reader counts a
    /// record from the end of the one before, so the line ends (and blank lines) in between
    /// are passed over first.
    pub fn of_record(&mut self, byte: u64) -> u64 {
        let mut start = (byte as usize).min(self.data.len());
        while matches!(self.data.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        self.at_byte(start)
    }

    /// The line of the byte at `start`.
    pub fn at_byte(&mut self, start: usize) -> u64 {
        let start = start.min(self.data.len());
        if start < self.at {
            self.at = 0;
            self.line = 1;
        }
        for i in self.at..start {
            match self.data[i] {
                b'\n' => self.line += 1,
                b'\r' if self.data.get(i + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
        }
        self.at = start;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_delimiters_and_single_characters() {
        assert_eq!(Delimiter::parse("comma"), Ok(Delimiter::COMMA));
        assert_eq!(Delimiter::parse("Semicolon"), Ok(Delimiter::SEMICOLON));
        assert_eq!(Delimiter::parse("titik-koma"), Ok(Delimiter::SEMICOLON));
        assert_eq!(Delimiter::parse("tab"), Ok(Delimiter::TAB));
        assert_eq!(Delimiter::parse("\\t"), Ok(Delimiter::TAB));
        assert_eq!(Delimiter::parse("|"), Ok(Delimiter(b'|')));
        for bad in ["\"", "a", "7", " ", "", "::", "é"] {
            assert!(Delimiter::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_bad_delimiter_is_named_only_when_it_looks_like_a_word() {
        let e = Delimiter::parse("semikolon").unwrap_err();
        assert!(e.contains("'semikolon'") && e.contains("semicolon"), "{e}");
        let e = Delimiter::parse("3174099988877766").unwrap_err();
        assert!(!e.contains("3174099988877766"), "{e}");
        let e = Delimiter::parse("Siti Contoh").unwrap_err();
        assert!(!e.contains("Siti"), "{e}");
    }

    #[test]
    fn detection_counts_outside_quotes_on_the_first_line_only() {
        assert_eq!(
            Delimiter::detect(b"sop;channel;victim_name\n"),
            Delimiter::SEMICOLON
        );
        assert_eq!(Delimiter::detect(b"sop\tchannel\r\n"), Delimiter::TAB);
        assert_eq!(
            Delimiter::detect(b"sop,channel\na;b;c;d\n"),
            Delimiter::COMMA
        );
        assert_eq!(
            Delimiter::detect(b"\"a;b;c\",d\n"),
            Delimiter::COMMA,
            "the ; are inside quotes"
        );
        assert_eq!(Delimiter::detect(b"sop\n"), Delimiter::COMMA);
        assert_eq!(Delimiter::detect(b"a,b;c\n"), Delimiter::COMMA, "a tie");
    }

    #[test]
    fn the_dialect_notes_crlf_and_the_bom() {
        let d = Dialect::of(b"\xEF\xBB\xBFsop;channel\r\nx;y\r\n", None);
        assert_eq!(d.delimiter, Delimiter::SEMICOLON);
        assert!(d.crlf && d.bom && d.detected);
        let d = Dialect::of(b"sop,channel\nx,y\r\n", Some(Delimiter::TAB));
        assert_eq!(d.delimiter, Delimiter::TAB);
        assert!(!d.crlf && !d.bom && !d.detected);
    }

    #[test]
    fn lines_count_crlf_lf_and_cr_once_each() {
        let data = b"h\r\na\r\n\"x\r\ny\"\r\n\r\nb\nc\rd";
        let mut l = Lines::new(data);
        assert_eq!(l.of_record(0), 1);
        assert_eq!(l.of_record(2), 2, "after a CRLF");
        assert_eq!(
            l.of_record(4),
            3,
            "the record with the two-line cell starts on line 3"
        );
        assert_eq!(l.of_record(12), 6, "past a blank line");
        assert_eq!(l.of_record(17), 7);
        assert_eq!(l.of_record(19), 8, "after a lone CR");
        assert_eq!(l.of_record(0), 1, "backwards starts again");
    }
}
