//! The TOML reader's and serde's errors in words for the office staff who write SOP files, in
//! both languages: "`number` must be a whole number without quotes, e.g. 3" rather than
//! "invalid type: string "3", expected u32". The value itself is never repeated.

use crate::text::t;
use crate::tr;

/// A reader's error message (`raw`, in English) at byte `offset` of `text`, in words.
pub(super) fn worded(text: &str, offset: Option<usize>, raw: &str) -> String {
    let key = offset.and_then(|o| key_at(text, o));
    let k = match key {
        Some(key) => format!("`{key}`"),
        None => t("the value", "nilainya").to_string(),
    };
    let raw = raw.trim();
    if let Some(rest) = raw
        .strip_prefix("invalid type: ")
        .or_else(|| raw.strip_prefix("invalid value: "))
    {
        let expected = rest.rsplit_once("expected ").map_or("", |(_, e)| e);
        return wrong_kind(&k, key, expected, raw.starts_with("invalid value"));
    }
    if raw.starts_with("duplicate key") {
        // The offset is at the repeated key itself.
        let name = offset
            .and_then(|o| text.get(o..))
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect::<String>()
            })
            .filter(|n| !n.is_empty());
        return match name {
            Some(name) => tr!(
                "key `{name}` is given twice in the same table: keep one",
                "kunci `{name}` ditulis dua kali dalam tabel yang sama: sisakan satu"
            ),
            None => t(
                "a key is given twice in the same table: keep one",
                "ada kunci yang ditulis dua kali dalam tabel yang sama: sisakan satu",
            )
            .to_string(),
        };
    }
    syntax(raw.split(", expected").next().unwrap_or(raw).trim())
}

/// A value of the wrong kind: what the key takes.
fn wrong_kind(k: &str, key: Option<&str>, expected: &str, out_of_range: bool) -> String {
    if ["u32", "u64", "i64", "integer"]
        .iter()
        .any(|w| expected.contains(w))
    {
        if out_of_range {
            return tr!(
                "{k} must be a whole number, 0 or more, without quotes, e.g. 3",
                "{k} harus bilangan bulat, 0 atau lebih, tanpa tanda kutip, mis. 3"
            );
        }
        return tr!(
            "{k} must be a whole number without quotes, e.g. 3",
            "{k} harus bilangan bulat tanpa tanda kutip, mis. 3"
        );
    }
    if expected.contains("string") {
        let example = match key {
            Some("time" | "total") => "\"30 menit\"",
            Some("clock") => "\"office\"",
            _ => "\"...\"",
        };
        return tr!(
            "{k} must be text in quotes, e.g. {example}",
            "{k} harus teks dalam tanda kutip, mis. {example}"
        );
    }
    if expected.contains("bool") {
        return tr!(
            "{k} must be true or false, without quotes",
            "{k} harus true atau false, tanpa tanda kutip"
        );
    }
    if expected.contains("sequence") {
        return tr!(
            "{k} must be a list in square brackets, e.g. [\"...\"]",
            "{k} harus daftar dalam kurung siku, mis. [\"...\"]"
        );
    }
    tr!(
        "{k} must be a table (see sops/FORMAT.md)",
        "{k} harus berupa tabel (lihat sops/FORMAT.md)"
    )
}

/// A TOML syntax error, by the reader's first words.
fn syntax(head: &str) -> String {
    let is = |words: &[&str]| words.iter().any(|w| head.starts_with(w));
    if is(&[
        "invalid basic string",
        "invalid string",
        "invalid literal string",
        "invalid multi-line",
        "missing opening quote",
        "missing escaped value",
        "too few unicode value digits",
    ]) {
        return t(
            "a text in quotes is not closed, or holds a backslash: close it with \" on the same line (\"\"\" for text over several lines); write a backslash as \\\\ or put the text in single quotes ('...')",
            "teks dalam tanda kutip tidak ditutup, atau memuat garis miring terbalik: tutup dengan \" pada baris yang sama (\"\"\" untuk teks beberapa baris); tulis garis miring terbalik sebagai \\\\ atau taruh teks dalam tanda kutip tunggal ('...')",
        )
        .to_string();
    }
    if is(&[
        "string values must be quoted",
        "invalid value",
        "missing value",
        "key with no value",
    ]) {
        return t(
            "a value is missing or not in quotes: write key = \"text\" (numbers, true or false, and lists [ ] without quotes)",
            "nilai tidak ada atau tidak dalam tanda kutip: tulis kunci = \"teks\" (angka, true atau false, dan daftar [ ] tanpa tanda kutip)",
        )
        .to_string();
    }
    if is(&[
        "unexpected key or value",
        "unexpected content",
        "missing assignment",
        "extra assignment",
        "missing comma between key-value",
        "extra `=`",
    ]) {
        return t(
            "something more follows on this line: write one key = value a line",
            "ada hal lain sesudahnya pada baris ini: tulis satu kunci = nilai per baris",
        )
        .to_string();
    }
    if is(&[
        "unclosed array table",
        "unclosed table",
        "invalid table",
        "missing table open",
    ]) {
        return t(
            "a table header is not closed: write [[steps]], [[roles]] or [steps.decision]",
            "judul tabel tidak ditutup: tulis [[steps]], [[roles]] atau [steps.decision]",
        )
        .to_string();
    }
    if is(&[
        "unclosed array",
        "missing comma between array",
        "extra comma in array",
        "missing array opening",
        "unexpected `=` in array",
    ]) {
        return t(
            "a list is not closed, or lacks a comma between its items: write [\"one\", \"two\"]",
            "daftar tidak ditutup, atau tanpa koma di antara isinya: tulis [\"satu\", \"dua\"]",
        )
        .to_string();
    }
    if is(&["invalid key", "invalid unquoted key", "keys cannot"]) {
        return t(
            "a key may hold only letters, digits, _ and -: check its spelling (the keys are in sops/FORMAT.md)",
            "kunci hanya boleh memuat huruf, angka, _ dan -: periksa ejaannya (kunci-kunci ada di sops/FORMAT.md)",
        )
        .to_string();
    }
    if is(&[
        "invalid integer",
        "invalid float",
        "invalid binary",
        "invalid octal",
        "invalid hexadecimal",
        "invalid exponent",
        "invalid fraction",
        "invalid mantissa",
        "unexpected leading zero",
        "redundant",
        "`_` may only",
        "integers with a radix",
        "radix must be",
    ]) {
        return t(
            "a number cannot be read: write whole numbers as plain digits (3), without quotes",
            "angka tidak bisa dibaca: tulis bilangan bulat sebagai angka biasa (3), tanpa tanda kutip",
        )
        .to_string();
    }
    t(
        "the TOML here cannot be read: check this line's quotes, brackets and = (see sops/FORMAT.md)",
        "TOML di sini tidak bisa dibaca: periksa tanda kutip, kurung dan = pada baris ini (lihat sops/FORMAT.md)",
    )
    .to_string()
}

/// The key of the `key = value` line the offset is in, when the offset is after its `=`.
fn key_at(text: &str, offset: usize) -> Option<&str> {
    let offset = offset.min(text.len());
    let before = text.get(..offset)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let key = key.rsplit('.').next().unwrap_or(key).trim();
    (!key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
    .then_some(key)
}

#[cfg(test)]
mod tests {
    use crate::sop::file::tests::{problems, GOOD};

    #[track_caller]
    fn one(text: &str, want: &str) {
        let p = problems(text);
        assert!(p.iter().any(|m| m.contains(want)), "{want:?} not in {p:#?}");
        assert!(
            !p.iter()
                .any(|m| m.contains("invalid type") || m.contains("expected")),
            "the reader's words: {p:#?}"
        );
    }

    /// The trial's examples (trial 15, item 4), in words, with their line and column.
    #[test]
    fn reader_errors_are_worded_for_office_staff() {
        one(
            &GOOD.replace("number = 3", "number = \"3\""),
            "step 3, line 14, column 10: `number` must be a whole number without quotes, e.g. 3",
        );
        one(
            &GOOD.replace("time = \"5 menit\"", "time = 0"),
            "step 1, line 12, column 8: `time` must be text in quotes, e.g. \"30 menit\"",
        );
        one(
            &GOOD.replace("name = \"Contoh\"", "name = \"Contoh"),
            "line 4, column 15: a text in quotes is not closed",
        );
        one(
            &GOOD.replace("return_to = 1", "return_to = -1"),
            "`return_to` must be a whole number, 0 or more",
        );
        one(
            &GOOD.replace(
                "[[roles]]\nname = \"Staf\"",
                "[[roles]]\nname = \"Staf\"\nexternal = \"ya\"",
            ),
            "`external` must be true or false, without quotes",
        );
        one(
            &GOOD.replace(
                "roles = [\"Staf\"]\ntime = \"5 menit\"",
                "roles = \"Staf\"\ntime = \"5 menit\"",
            ),
            "`roles` must be a list in square brackets",
        );
        one(
            &GOOD.replace("name = \"Contoh\"", "name = \"Contoh\"\nname = \"Lagi\""),
            "key `name` is given twice",
        );
    }
}
