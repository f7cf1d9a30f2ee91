//! What a message may repeat of what was typed. A value is echoed only when it has the shape
//! of what was asked (a SOP code, a list word, a flag name, a date, a reference); anything else
//! may be a name, a NIK or a phone number typed in the wrong place (or shifted by a CSV row)
//! and is described instead, so that it never lands in a terminal's scrollback or a cron log.
//! clap's own errors repeat the value typed; [`usage_error`] rewrites those that would.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The shape a value must have to be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A code or list word: lowercase ASCII letters, digits, '-', '_' and '.' (`batam-34-2020`,
    /// `fisik`, `victim_sx`, `713`).
    Code,
    /// A flag as typed: `--victim-nama`, `-x`.
    Flag,
    /// A date, time or period: starts with a year (`2026-13-01`, `2026-Q5`, `2026-03-02 25:00`).
    Time,
    /// An identifier from another system (`SIMFONI-2026-0042`): letters and digits, both.
    Ref,
}

/// The longest value ever repeated.
const MAX: usize = 32;

/// True when `value` has `shape` and nothing in it looks like a NIK or a phone number (six or
/// more digits in a row, or more than eight digits in all, except in a date or time).
pub fn shaped(value: &str, shape: Shape) -> bool {
    let v = value;
    if v.is_empty() || v.len() > MAX || !v.is_ascii() {
        return false;
    }
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let longest_run = v
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    let code_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c);
    match shape {
        Shape::Code => longest_run < 6 && digits <= 8 && v.chars().all(code_char),
        Shape::Flag => {
            let name = v.trim_start_matches('-');
            v.starts_with('-')
                && v.len() - name.len() <= 2
                && longest_run < 6
                && name.chars().all(|c| code_char(c) && c != '.')
        }
        Shape::Time => {
            let b = v.as_bytes();
            b.len() >= 4
                && (b[0] == b'1' || b[0] == b'2')
                && b[..4].iter().all(u8::is_ascii_digit)
                && longest_run <= 8
                && v.chars()
                    .all(|c| c.is_ascii_digit() || "-:+. TZQqW".contains(c))
        }
        Shape::Ref => {
            longest_run < 10
                && v.chars().any(|c| c.is_ascii_digit())
                && v.chars().any(|c| c.is_ascii_alphabetic())
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
        }
    }
}

/// True when a value has what a NIK or a phone number has: six or more digits in a row, or more
/// than eight digits in all. Such a value is never repeated, whatever the field.
pub fn looks_like_a_number_of_someone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let longest_run = value
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    longest_run >= 6 || digits > 8
}

/// `'value'` when the value has the shape, else None.
pub fn echo_if_shaped(value: &str, shape: Shape) -> Option<String> {
    let v = value.trim();
    shaped(v, shape).then(|| format!("'{v}'"))
}

/// The value quoted when it has the shape; else "(the value given is not shown)", naming
/// what was expected: `unknown SOP 'babl'` or `unknown SOP (the value given does not look like
/// a SOP code, so it is not shown)`.
pub fn shown(value: &str, shape: Shape, what: &str) -> String {
    echo_if_shaped(value, shape).unwrap_or_else(|| {
        crate::tr!(
            "(the value given does not look like {what}, so it is not shown)",
            "(nilai yang diberikan tidak tampak seperti {what}, jadi tidak ditampilkan)"
        )
    })
}

// ------------------------------------------------------------------ clap's errors

/// The text of a clap error that would repeat a value typed, rewritten without it; None when
/// clap's own message is safe to print as it is (it names only flags, or repeats a value that
/// has the shape of what was asked).
pub fn usage_error(e: &clap::Error) -> Option<String> {
    let string = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg).unwrap_or("?");
    let message = match e.kind() {
        // The value parsers' errors (numbers): clap adds the parser's own text, which repeats
        // the number ("3174099988877766 is not in 0..=4294967295"). Never echoed.
        ErrorKind::ValueValidation => not_a_number(arg),
        ErrorKind::InvalidValue => {
            let value = string(ContextKind::InvalidValue)?;
            if value.is_empty() || shaped(value, Shape::Code) {
                return None;
            }
            let mut m = crate::tr!(
                "invalid value for '{arg}' (it is not one of the possible values; the value given \
                 is not shown, as it may be personal data)",
                "nilai untuk '{arg}' tidak valid (bukan salah satu nilai yang mungkin; nilai yang \
                 diberikan tidak ditampilkan karena bisa berupa data pribadi)"
            );
            if let Some(ContextValue::Strings(v)) = e.get(ContextKind::ValidValue) {
                m.push_str(&crate::tr!(
                    "\n  [possible values: {}]",
                    "\n  [nilai yang mungkin: {}]",
                    v.join(", ")
                ));
            }
            m
        }
        ErrorKind::TooManyValues => {
            let value = string(ContextKind::InvalidValue)?;
            if shaped(value, Shape::Code) {
                return None;
            }
            crate::tr!(
                "one value too many for '{arg}' (the value is not shown, as it may be personal \
                 data); a value with spaces needs quotes",
                "nilai untuk '{arg}' kelebihan satu (nilainya tidak ditampilkan karena bisa berupa \
                 data pribadi); nilai yang berisi spasi perlu tanda kutip"
            )
        }
        ErrorKind::UnknownArgument => {
            // clap names a long flag without its `=value`; a word that is not a flag is a value
            // that lost its flag (`--victim-name Siti Contoh` without quotes).
            if shaped(arg, Shape::Flag) {
                return None;
            }
            crate::tr!(
                "an unexpected argument was found (it is not shown: it does not look like a flag, \
                 and may be personal data). A value with spaces needs quotes: --victim-name 'Siti Contoh'",
                "ada argumen yang tidak dikenal (tidak ditampilkan: tidak tampak seperti flag, dan \
                 bisa berupa data pribadi). Nilai yang berisi spasi perlu tanda kutip: --victim-name 'Siti Contoh'"
            )
        }
        // A word clap read as a subcommand: one it does not know (`kasus report <NIK>`), or
        // one after a command's own value, used with it (`kasus step CASE <NIK>`). clap names
        // the word.
        kind @ (ErrorKind::InvalidSubcommand | ErrorKind::ArgumentConflict) => {
            let sub = string(ContextKind::InvalidSubcommand)?;
            if shaped(sub, Shape::Code) {
                return None;
            }
            let path = command_path(e);
            if kind == ErrorKind::InvalidSubcommand {
                crate::tr!(
                    "unrecognized subcommand (it is not shown: it does not look like a command, and \
                     may be personal data); `{path} --help` lists the commands",
                    "subperintah tidak dikenal (tidak ditampilkan: tidak tampak seperti perintah, dan \
                     bisa berupa data pribadi); `{path} --help` menampilkan daftarnya"
                )
            } else {
                crate::tr!(
                    "a word was found after the other arguments of `{path}` (it is not shown: it \
                     does not look like a command, and may be personal data). A value with spaces \
                     needs quotes; a subcommand comes first: `{path} SUBCOMMAND ...` (`{path} \
                     --help` lists them)",
                    "ada kata setelah argumen lain dari `{path}` (tidak ditampilkan: tidak tampak \
                     seperti perintah, dan bisa berupa data pribadi). Nilai yang berisi spasi perlu \
                     tanda kutip; subperintah ditulis lebih dulu: `{path} SUBPERINTAH ...` (`{path} \
                     --help` menampilkan daftarnya)"
                )
            }
        }
        _ => return None,
    };
    Some(finish(message))
}

/// The command a clap error is about (`kasus report`), from its usage line: the words before
/// the first `[` or `<`; `kasus` when it has none.
fn command_path(e: &clap::Error) -> String {
    let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) else {
        return "kasus".into();
    };
    let usage = usage.to_string();
    let words: Vec<&str> = usage
        .split_whitespace()
        .skip(1)
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    match words.split_first() {
        // The program as it was called (`target/release/kasus`) is named `kasus`.
        Some((_, rest)) if !rest.is_empty() => format!("kasus {}", rest.join(" ")),
        _ => "kasus".into(),
    }
}

/// What a number flag takes, by the flag's name; the value typed is not repeated.
fn not_a_number(arg: &str) -> String {
    let flag = arg.split([' ', '=']).next().unwrap_or(arg);
    let takes = match flag {
        "--victim-age" | "--perpetrator-age" => crate::text::t(
            "a whole number of years, 0 to 130",
            "bilangan bulat tahun, 0 sampai 130",
        ),
        "--step" => crate::text::t(
            "a step number as in the SOP (e.g. 3)",
            "nomor langkah seperti di SOP (mis. 3)",
        ),
        "--idle" => crate::text::t("a whole number of days", "bilangan bulat hari"),
        "--attempt" => crate::text::t(
            "an attempt number, 1 or more (as `kasus case show` lists them)",
            "nomor percobaan, 1 atau lebih (seperti yang dicantumkan `kasus case show`)",
        ),
        "--version" => crate::text::t(
            "a version number (see `kasus sop show CODE`)",
            "nomor versi (lihat `kasus sop show KODE`)",
        ),
        _ => crate::text::t("a whole number", "bilangan bulat"),
    };
    crate::tr!(
        "{flag} is not a number it accepts; give {takes}. The value given is not shown: it may \
         be personal data (a NIK or phone number typed in the wrong field)",
        "{flag} bukan angka yang diterimanya; beri {takes}. Nilai yang diberikan tidak \
         ditampilkan karena bisa berupa data pribadi (NIK atau nomor telepon di isian yang salah)"
    )
}

fn finish(message: String) -> String {
    format!("error: {message}\n\n{}\n", crate::text::try_help())
}

/// For an argument list clap refused: a word where a subcommand could stand that is not one
/// but is close to one (`kasus step strat CASE`, which clap reads as a case number followed by
/// a stray subcommand) gets "no subcommand 'strat' ... did you mean 'start'?". None when no
/// word is close, leaving clap's own message.
pub fn mistyped_subcommand(args: &[String]) -> Option<String> {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    let mut path = vec!["kasus".to_string()];
    // Words that are not flags, nor the value of a global flag (`--db case.db`).
    let mut skip = false;
    let mut words = args.iter().filter(|a| {
        let value = std::mem::take(&mut skip);
        if a.starts_with('-') {
            skip = matches!(a.as_str(), "--db" | "--actor" | "--lang");
            return false;
        }
        !value
    });
    loop {
        let word = words.next()?;
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        if names.is_empty() {
            return None;
        }
        if let Some(sub) = cmd.find_subcommand(word).cloned() {
            path.push(word.clone());
            cmd = sub;
            continue;
        }
        // A word that is no command's name nor close to one (a case number) is passed over:
        // the subcommand may have been typed after it (`kasus step CASE strat`).
        let Some(word) = echo_if_shaped(word, Shape::Code) else {
            continue;
        };
        let bare = word.trim_matches('\'');
        let hint = crate::suggest::did_you_mean(bare, names.iter().map(String::as_str));
        if hint.is_empty() {
            continue;
        }
        return Some(crate::tr!(
            "`{}` has no subcommand {word}{hint}; `{} --help` lists them",
            "`{}` tidak punya subperintah {word}{hint}; `{} --help` menampilkannya",
            path.join(" "),
            path.join(" ")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_echo_and_personal_data_does_not() {
        for v in [
            "batam-34-2020",
            "babl",
            "713",
            "pulang-pisau",
            "victim_sx",
            "fisk",
        ] {
            assert!(shaped(v, Shape::Code), "{v}");
        }
        for v in [
            "Zulaikha Qwertyanti",
            "Siti",
            "3174099988877766",
            "081299887766",
            "0812-9988-7766",
            "+6281299887766",
            "jl. mawar no. 3",
            "a-very-long-code-that-goes-on-and-on-and-on",
            "",
        ] {
            assert!(!shaped(v, Shape::Code), "{v}");
        }
    }

    #[test]
    fn flags_times_and_refs() {
        assert!(shaped("--victim-nama", Shape::Flag));
        assert!(!shaped("Contoh", Shape::Flag));
        assert!(!shaped("---x", Shape::Flag));
        assert!(shaped("2026-13-01", Shape::Time));
        assert!(shaped("2026-Q5", Shape::Time));
        assert!(shaped("2026-03-02 25:00", Shape::Time));
        assert!(!shaped("081299887766", Shape::Time));
        assert!(!shaped("3174099988877766", Shape::Time));
        assert!(!shaped("Siti Contoh", Shape::Time));
        assert!(shaped("SIMFONI-2026-0042", Shape::Ref));
        assert!(!shaped("Zulaikha", Shape::Ref));
        assert!(!shaped("3174099988877766", Shape::Ref));
        assert!(!shaped("Siti Contoh 12", Shape::Ref));
    }

    #[test]
    fn shown_quotes_or_describes() {
        assert_eq!(shown("babl", Shape::Code, "a SOP code"), "'babl'");
        let s = shown("Zulaikha Qwertyanti", Shape::Code, "a SOP code");
        assert!(s.contains("does not look like a SOP code"), "{s}");
        assert!(!s.contains("Zulaikha"), "{s}");
    }
}
