//! The README's scripted example is the contract users copy: run it as written, with bash, in a
//! temporary folder, and check what it recorded.

use std::path::PathBuf;
use std::process::Command;

fn block_after(heading: &str) -> String {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = readme.find(heading).expect("heading in README");
    let rest = &readme[start..];
    let open = rest.find("```sh\n").expect("a sh block") + 6;
    let close = rest[open..].find("```").expect("end of block") + open;
    rest[open..close].to_string()
}

#[test]
fn the_scripted_case_in_the_readme_runs_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_kasus"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = format!(
        "set -euo pipefail\n{}",
        block_after("## A whole case, by flags")
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(dir.path())
        .env("PATH", path)
        .env("KASUS_NOW", "2026-03-02T13:00:00+07:00")
        .env("KASUS_LANG", "en")
        .env("NO_COLOR", "1")
        .env_remove("KASUS_DB")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "README example failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("finished step 1: 7 menit, standard 5 menit: over by 2 menit"),
        "{stdout}"
    );
    assert!(
        stdout.contains("returned: the case goes back to step 3"),
        "{stdout}"
    );
    assert!(stdout.contains("audit chain intact"), "{stdout}");

    let show = Command::new(&bin)
        .args(["case", "show", "PPA/2026/0001", "--format", "json"])
        .current_dir(dir.path())
        .env("KASUS_DB", dir.path().join("register.db"))
        .env("KASUS_NOW", "2026-03-02T13:00:00+07:00")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(v["status"], "closed");
    let steps: Vec<(u64, u64, String)> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["number"].as_u64().unwrap(),
                s["attempt"].as_u64().unwrap(),
                s["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = [
        (1, 1, "over"),
        (2, 1, "on-time"),
        (3, 1, "on-time"),
        (4, 1, "on-time"),
        (3, 2, "on-time"),
        (4, 2, "on-time"),
        (5, 1, "on-time"),
        (6, 1, "on-time"),
    ];
    assert_eq!(steps, expect.map(|(n, a, v)| (n, a, v.to_string())));
    assert_eq!(v["services"][0]["type"], "kesehatan");
}

/// The README's table of time forms: each typed form, given as `--reported-at` with "now" pinned
/// at Monday 2 March 2026 12:00 WIB, records the time the table says.
#[test]
fn every_time_form_in_the_readme_means_what_it_says() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = readme
        .find("| typed | means |")
        .expect("the table of time forms");
    let rows: Vec<(String, String)> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`').to_string(), cells[2].to_string())
        })
        .collect();
    assert!(rows.len() >= 20, "{rows:?}");
    let dir = tempfile::tempdir().unwrap();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_kasus"));
    for (typed, meant) in rows {
        let out = Command::new(&bin)
            .args([
                "intake",
                "--sop",
                "batam-34-2020",
                "--channel",
                "telepon",
                "--victim-name",
                "Ani Contoh",
                "--victim-sex",
                "P",
                "--victim-age",
                "30",
                "--violence",
                "psikis",
                "--reported-at",
                &typed,
                "--json",
                // Several forms mean the same time: the same report, registered again.
                "--allow-duplicate",
            ])
            .env("KASUS_DB", dir.path().join("register.db"))
            .env("KASUS_NOW", "2026-03-02T12:00:00+07:00")
            .env("KASUS_LANG", "en")
            .env("KASUS_ACTOR", "tester")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{typed}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let expected = format!("{}T{}:00+07:00", &meant[..10], &meant[11..]);
        assert_eq!(v["reported_at"], expected.as_str(), "{typed}");
    }
}
