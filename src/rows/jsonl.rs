//! Reading a JSONL file's lines: one JSON object per line, keyed by the column names.

use super::{column_index, row_err, unknown_column, RowError, COLUMNS, N};
use super::{C_PERP_AGE, C_PERP_NAME, C_PERP_REL, C_PERP_SEX, C_VIOLENCE};
use crate::text::t;
use crate::tr;

/// A JSON object's members as written, a key given twice kept twice (serde_json's Map keeps
/// only the last, which would let one of two values pass unseen).
struct Members(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Members {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> std::result::Result<Members, A::Error> {
                let mut v = Vec::new();
                while let Some(entry) = m.next_entry::<String, serde_json::Value>()? {
                    v.push(entry);
                }
                Ok(Members(v))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// One JSON object per line; keys are the column names, each at most once. Values are strings,
/// numbers or null; `violence` and the `perpetrator_*` keys may also be arrays.
pub fn jsonl_row(line: u64, text: &str) -> std::result::Result<[Option<String>; N], RowError> {
    let Members(map) = serde_json::from_str(text).map_err(|e| {
        row_err(
            line,
            None,
            tr!(
                "not a JSON object ({}): each line must be one object such as \
                     {{\"sop\": \"batam-34-2020\", ...}}",
                "bukan objek JSON ({}): setiap baris harus satu objek seperti \
                     {{\"sop\": \"batam-34-2020\", ...}}",
                json_error_kind(&e)
            ),
        )
    })?;
    let mut cells: [Option<String>; N] = Default::default();
    let mut seen = [false; N];
    for (k, v) in map {
        let Some(c) = column_index(k.trim()) else {
            return Err(unknown_key(line, &k));
        };
        if std::mem::replace(&mut seen[c], true) {
            let key = COLUMNS[c];
            return Err(row_err(
                line,
                Some(key),
                tr!(
                    "the key \"{key}\" is given twice in this line's object: give each key once",
                    "kunci \"{key}\" muncul dua kali dalam objek baris ini: beri setiap kunci sekali"
                ),
            ));
        }
        let list = matches!(
            c,
            C_PERP_NAME | C_PERP_SEX | C_PERP_AGE | C_PERP_REL | C_VIOLENCE
        );
        let scalar = |v: &serde_json::Value| -> Option<std::result::Result<String, ()>> {
            match v {
                serde_json::Value::Null => None,
                serde_json::Value::String(s) => Some(Ok(s.clone())),
                serde_json::Value::Number(n) => Some(Ok(n.to_string())),
                _ => Some(Err(())),
            }
        };
        let wrong = || {
            row_err(
                line,
                Some(COLUMNS[c]),
                if list {
                    t(
                        "must be a string, a number, null or an array of them",
                        "harus teks, angka, null, atau array berisi nilai-nilai itu",
                    )
                } else {
                    t(
                        "must be a string, a number or null",
                        "harus teks, angka, atau null",
                    )
                },
            )
        };
        cells[c] = match &v {
            serde_json::Value::Array(items) if list => {
                let mut parts = Vec::with_capacity(items.len());
                for i in items {
                    parts.push(
                        scalar(i)
                            .unwrap_or(Ok(String::new()))
                            .map_err(|_| wrong())?,
                    );
                }
                Some(parts.join(";"))
            }
            v => scalar(v).transpose().map_err(|_| wrong())?,
        }
        .filter(|s| !s.is_empty());
    }
    Ok(cells)
}

/// The kind of a JSON syntax error, without the text around it (it could hold personal data).
fn json_error_kind(e: &serde_json::Error) -> String {
    match e.classify() {
        serde_json::error::Category::Data => t("not an object", "bukan objek").to_string(),
        _ => tr!(
            "invalid JSON at character {}",
            "JSON tidak valid pada karakter ke-{}",
            e.column()
        ),
    }
}

/// A key that is not a column name. The key is repeated only when it looks like a column name
/// (a name typed as a key is not).
fn unknown_key(line: u64, key: &str) -> RowError {
    if super::looks_like_code(key) {
        return unknown_column(line, None, key, &COLUMNS);
    }
    row_err(
        line,
        None,
        crate::tr!(
            "a key is not a column name (the key is not shown); `kasus intake --template` prints the columns",
            "sebuah kunci bukan nama kolom (kuncinya tidak ditampilkan); `kasus intake --template` menampilkan kolomnya"
        ),
    )
}
