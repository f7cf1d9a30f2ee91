//! The interface in Bahasa Indonesia and English: messages and table headers follow `--lang`,
//! KASUS_LANG, else the locale (LANG=id_ID...); CSV and JSON column names stay English, and
//! data values (SOP text) stay as entered.

mod common;
use common::Reg;

fn with_case() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "intake",
        "--sop",
        "batam-34-2020",
        "--channel",
        "datang-langsung",
        "--victim-name",
        "Siti Contoh",
        "--victim-sex",
        "P",
        "--victim-age",
        "30",
        "--violence",
        "fisik",
        "--reported-at",
        "2026-03-02 08:00",
    ]);
    reg
}

/// Runs with the language chosen one of three ways.
fn run_id(reg: &Reg, how: &str, args: &[&str]) -> common::Out {
    let mut c = reg.cmd();
    match how {
        "flag" => {
            c.arg("--lang").arg("id");
        }
        "env" => {
            c.env("KASUS_LANG", "id");
        }
        _ => {
            c.env_remove("KASUS_LANG").env("LANG", "id_ID.UTF-8");
        }
    }
    let o = c.args(args).output().expect("run kasus");
    common::Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

#[test]
fn table_headers_in_both_languages_and_csv_columns_stay_english() {
    let reg = with_case();
    let en = reg.ok(&["staff", "list"]);
    assert!(en.contains("Name") && en.contains("Roles"), "{en}");
    for how in ["flag", "env", "locale"] {
        let id = run_id(&reg, how, &["staff", "list"]);
        assert!(
            id.stdout.contains("Nama") && id.stdout.contains("Peran"),
            "{how}: {id:?}"
        );
        let csv = run_id(&reg, how, &["staff", "list", "--format", "csv"]);
        assert!(
            csv.stdout.starts_with("uuid,name,active,roles"),
            "{how}: {csv:?}"
        );
        let sop = run_id(&reg, how, &["sop", "list"]);
        assert!(sop.stdout.contains("Kode"), "{how}: {sop:?}");
        // Data stays as entered.
        assert!(sop.stdout.contains("batam-34-2020"), "{how}: {sop:?}");
    }
}

#[test]
fn messages_in_both_languages() {
    let reg = with_case();
    let out = run_id(&reg, "flag", &["step", "start", "PPA/2026/0001"]);
    assert!(
        out.stdout.contains("PPA/2026/0001 mulai langkah 1"),
        "{out:?}"
    );
    let out = run_id(&reg, "env", &["step", "finish", "PPA/2026/0001"]);
    assert!(
        out.stdout
            .contains("selesai langkah 1: 0 detik, standar 5 menit: tepat waktu"),
        "{out:?}"
    );
    let en = reg.ok(&["case", "show", "PPA/2026/0001"]);
    assert!(en.contains("Step") || en.contains("step"), "{en}");
}

#[test]
fn errors_suggest_the_closest_value_in_both_languages() {
    let reg = with_case();
    let en = reg.refused(&["case", "show", "PPA/2026/001"], 3);
    assert!(
        en.contains("unknown case 'PPA/2026/001' (did you mean 'PPA/2026/0001'?)"),
        "{en}"
    );
    let id = run_id(&reg, "flag", &["case", "show", "PPA/2026/001"]);
    assert_eq!(id.code, 3);
    assert!(
        id.stderr
            .contains("kasus 'PPA/2026/001' tidak dikenal (maksud Anda 'PPA/2026/0001'?)"),
        "{id:?}"
    );
    let id = run_id(&reg, "locale", &["sop", "show", "batam-34"]);
    assert!(
        id.stderr
            .contains("SOP 'batam-34' tidak dikenal (maksud Anda 'batam-34-2020'?)"),
        "{id:?}"
    );
    let en = reg.refused(&["sop", "show", "batam-34"], 3);
    assert!(
        en.contains("unknown SOP 'batam-34'; did you mean")
            || en.contains("(did you mean 'batam-34-2020'?)"),
        "{en}"
    );
}

#[test]
fn help_in_both_languages() {
    let reg = Reg::new();
    let en = reg.ok(&["step", "--help"]);
    assert!(
        en.contains("Walk a case through its SOP") && en.contains("Examples:"),
        "{en}"
    );
    for how in ["flag", "env", "locale"] {
        let id = run_id(&reg, how, &["step", "--help"]);
        assert_eq!(id.code, 0, "{id:?}");
        assert!(
            id.stdout.contains("Menjalankan kasus sesuai SOP"),
            "{how}: {id:?}"
        );
        assert!(
            id.stdout.contains("Penggunaan:") && id.stdout.contains("Contoh:"),
            "{id:?}"
        );
        assert!(id.stdout.contains("Tampilkan bantuan"), "{id:?}");
    }
    let id = run_id(&reg, "flag", &["--help"]);
    assert!(
        id.stdout.contains("Register kasus untuk UPTD PPA"),
        "{id:?}"
    );
}

/// Every command and subcommand has an example in its --help.
#[test]
fn every_command_has_an_example() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            let after = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !after.contains("Example") {
                missing.push(path.join(" "));
            }
            walk(sub, path, missing);
            path.pop();
        }
    }
    let mut missing = Vec::new();
    walk(&kasus::cli::Cli::command(), &mut Vec::new(), &mut missing);
    assert!(
        missing.is_empty(),
        "commands without an example in --help: {missing:?}"
    );
}
