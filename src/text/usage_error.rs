//! clap's refusals of a command line, said in Indonesian. clap words its errors in English only;
//! with `--lang id` (or `KASUS_LANG=id`, or an Indonesian locale) kasus writes them again from
//! the error's parts (its kind, the argument, the value, the suggestions and the usage), in the
//! same shape as clap's: the message, any tips, the usage, where to find help.
//!
//! Only what clap says is reworded: the values clap quotes are the ones its own message would
//! quote (`echo::usage_error` has already replaced any that may be personal data). A kind this
//! file does not know is left to clap, in English.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The error in Indonesian, as clap would print it; None for a kind left to clap.
pub fn indonesian(e: &clap::Error) -> Option<String> {
    let string = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let strings = |k| match e.get(k) {
        Some(ContextValue::Strings(v)) => Some(v.as_slice()),
        _ => None,
    };
    let number = |k| match e.get(k) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let mut m = String::new();
    match e.kind() {
        ErrorKind::InvalidValue => {
            let (arg, value) = (
                string(ContextKind::InvalidArg)?,
                string(ContextKind::InvalidValue)?,
            );
            if value.is_empty() {
                m += &format!("'{arg}' perlu nilai, tetapi tidak ada yang diberikan");
            } else {
                m += &format!("nilai '{value}' untuk '{arg}' tidak valid");
            }
            list(
                &mut m,
                "nilai yang mungkin",
                strings(ContextKind::ValidValue),
            );
        }
        ErrorKind::UnknownArgument => {
            let arg = string(ContextKind::InvalidArg)?;
            m += &format!("argumen '{arg}' tidak dikenal");
        }
        ErrorKind::InvalidSubcommand => {
            let sub = string(ContextKind::InvalidSubcommand)?;
            m += &format!("subperintah '{sub}' tidak dikenal");
        }
        ErrorKind::MissingRequiredArgument => {
            let args = strings(ContextKind::InvalidArg)?;
            m += "argumen wajib berikut belum diberikan:";
            for a in args {
                m += &format!("\n  {a}");
            }
        }
        ErrorKind::MissingSubcommand => {
            let sub = string(ContextKind::InvalidSubcommand)?;
            m += &format!("'{sub}' perlu subperintah, tetapi tidak ada yang diberikan");
            list(&mut m, "subperintah", strings(ContextKind::ValidSubcommand));
        }
        ErrorKind::ArgumentConflict => {
            let prior = e.get(ContextKind::PriorArg);
            if let Some(arg) = string(ContextKind::InvalidArg) {
                if prior == Some(&ContextValue::String(arg.to_string())) {
                    m += &format!("argumen '{arg}' tidak bisa diberikan lebih dari sekali");
                    return Some(finish(m, e));
                }
                m += &format!("argumen '{arg}' tidak bisa dipakai bersama");
            } else {
                let sub = string(ContextKind::InvalidSubcommand)?;
                m += &format!("subperintah '{sub}' tidak bisa dipakai bersama");
            }
            match prior {
                Some(ContextValue::Strings(v)) => {
                    m += ":";
                    for a in v {
                        m += &format!("\n  {a}");
                    }
                }
                Some(ContextValue::String(a)) => m += &format!(" '{a}'"),
                _ => m += " argumen lain yang diberikan",
            }
        }
        ErrorKind::NoEquals => {
            let arg = string(ContextKind::InvalidArg)?;
            m += &format!(
                "nilai untuk '{arg}' perlu diberikan dengan tanda sama dengan ({arg}=NILAI)"
            );
        }
        ErrorKind::TooManyValues => {
            let (arg, value) = (
                string(ContextKind::InvalidArg)?,
                string(ContextKind::InvalidValue)?,
            );
            m += &format!(
                "nilai '{value}' untuk '{arg}' berlebih; tidak ada nilai lagi yang diterima"
            );
        }
        kind @ (ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues) => {
            let arg = string(ContextKind::InvalidArg)?;
            let got = number(ContextKind::ActualNumValues)?;
            if kind == ErrorKind::TooFewValues {
                let min = number(ContextKind::MinValues)?;
                m += &format!("'{arg}' perlu {min} nilai; hanya {got} yang diberikan");
            } else {
                let want = number(ContextKind::ExpectedNumValues)?;
                m += &format!("'{arg}' perlu {want} nilai, tetapi {got} yang diberikan");
            }
        }
        ErrorKind::InvalidUtf8 => m += "ada argumen yang bukan teks UTF-8 yang sah",
        _ => return None,
    }
    Some(finish(m, e))
}

/// `[name: a, b, c]` on a line of its own, as clap lists the values it takes.
fn list(m: &mut String, name: &str, values: Option<&[String]>) {
    if let Some(v) = values.filter(|v| !v.is_empty()) {
        m.push_str(&format!("\n  [{name}: {}]", v.join(", ")));
    }
}

/// The message's tips, usage and help line, in clap's order.
fn finish(message: String, e: &clap::Error) -> String {
    let mut out = format!("error: {message}");
    let mut first = true;
    let mut tip = |out: &mut String, text: String| {
        if std::mem::take(&mut first) {
            out.push('\n');
        }
        out.push_str(&format!("\n  petunjuk: {text}"));
    };
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "subperintah"),
        (ContextKind::SuggestedArg, "argumen"),
        (ContextKind::SuggestedValue, "nilai"),
    ] {
        let names: Vec<&str> = match e.get(kind) {
            Some(ContextValue::String(s)) => vec![s.as_str()],
            Some(ContextValue::Strings(v)) => v.iter().map(String::as_str).collect(),
            _ => continue,
        };
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        tip(
            &mut out,
            format!("ada {what} yang mirip: {}", quoted.join(", ")),
        );
    }
    if let Some(ContextValue::StyledStrs(v)) = e.get(ContextKind::Suggested) {
        for s in v {
            tip(&mut out, suggestion(&s.to_string()));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage
            .strip_prefix("Usage:")
            .map(|rest| format!("Penggunaan:{rest}"))
            .unwrap_or(usage);
        out.push_str(&format!("\n\n{}", usage.trim_end()));
    }
    out.push_str(&format!("\n\n{}\n", super::try_help_in(super::Lang::Id)));
    out
}

/// One of clap's tips (`'overdue --format' exists`, `to pass 'x' as a value, use '-- x'`,
/// `subcommand 'x' exists; to use it, remove the '--' before it`) in Indonesian; a tip of
/// another shape as clap wrote it.
fn suggestion(s: &str) -> String {
    if let Some(what) = s.strip_suffix(" exists") {
        return format!("{what} ada");
    }
    if let Some(rest) = s.strip_prefix("to pass ") {
        if let Some((what, how)) = rest.split_once(" as a value, use ") {
            return format!("untuk memberi {what} sebagai nilai, pakai {how}");
        }
    }
    if let Some(rest) = s.strip_prefix("subcommand ") {
        if let Some((what, _)) = rest.split_once(" exists; to use it") {
            return format!("subperintah {what} ada; untuk memakainya, hapus '--' di depannya");
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::indonesian;
    use clap::{Arg, Command};

    fn cmd() -> Command {
        Command::new("kasus")
            .subcommand_required(true)
            .subcommand(
                Command::new("export")
                    .arg(
                        Arg::new("table")
                            .value_name("TABLE")
                            .required(true)
                            .value_parser(["cases", "steps"]),
                    )
                    .arg(Arg::new("out").long("out"))
                    .arg(
                        Arg::new("json")
                            .long("json")
                            .num_args(0)
                            .conflicts_with("csv"),
                    )
                    .arg(Arg::new("csv").long("csv").num_args(0)),
            )
            .subcommand(
                Command::new("report")
                    .subcommand_required(true)
                    .subcommand(Command::new("overdue")),
            )
    }

    fn said(args: &[&str]) -> String {
        let e = cmd().try_get_matches_from(args).unwrap_err();
        indonesian(&e).unwrap_or_else(|| panic!("{:?} left to clap", e.kind()))
    }

    #[test]
    fn a_value_not_offered_names_the_values_and_the_closest() {
        let s = said(&["kasus", "export", "stepz"]);
        assert!(
            s.starts_with("error: nilai 'stepz' untuk '<TABLE>' tidak valid\n"),
            "{s}"
        );
        assert!(s.contains("[nilai yang mungkin: cases, steps]"), "{s}");
        assert!(s.contains("petunjuk: ada nilai yang mirip: 'steps'"), "{s}");
        assert!(
            s.ends_with("Untuk informasi lebih lanjut, coba '--help'.\n"),
            "{s}"
        );
    }

    #[test]
    fn an_unknown_flag_a_missing_argument_a_conflict_and_a_missing_subcommand() {
        let s = said(&["kasus", "export", "cases", "--outt", "x"]);
        assert!(s.contains("argumen '--outt' tidak dikenal"), "{s}");
        assert!(
            s.contains("petunjuk: ada argumen yang mirip: '--out'"),
            "{s}"
        );
        assert!(s.contains("Penggunaan: kasus export"), "{s}");
        assert!(!s.contains("Usage:"), "{s}");
        let s = said(&["kasus", "export"]);
        assert!(
            s.contains("argumen wajib berikut belum diberikan:\n  <TABLE>"),
            "{s}"
        );
        let s = said(&["kasus", "export", "cases", "--json", "--csv"]);
        assert!(
            s.contains("argumen '--json' tidak bisa dipakai bersama '--csv'"),
            "{s}"
        );
        let s = said(&["kasus", "export", "cases", "--out", "a", "--out", "b"]);
        assert!(
            s.contains("'--out <out>' tidak bisa diberikan lebih dari sekali"),
            "{s}"
        );
        let s = said(&["kasus", "report", "overdoo"]);
        assert!(s.contains("subperintah 'overdoo' tidak dikenal"), "{s}");
        assert!(s.contains("ada subperintah yang mirip: 'overdue'"), "{s}");
    }

    #[test]
    fn clap_s_tips_in_indonesian_and_an_unknown_one_as_it_is() {
        assert_eq!(
            super::suggestion("'overdue --format' exists"),
            "'overdue --format' ada"
        );
        assert_eq!(
            super::suggestion("to pass '-x' as a value, use '-- -x'"),
            "untuk memberi '-x' sebagai nilai, pakai '-- -x'"
        );
        assert_eq!(super::suggestion("something new"), "something new");
    }
}
