//! `kasus report monthly`: the page's numbers are those of `report summary` and `report
//! compliance` for the same month; it holds no personal data; it is written like an export
//! (atomically, mode 0600, never over the register); and, in a real browser (headless Chromium),
//! it loads without console errors, fits A4's width, draws one chart element per non-empty
//! series and prints to the expected number of A4 pages.

mod common;
use common::Reg;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const CHANNELS: [&str; 6] = [
    "datang-langsung",
    "telepon",
    "si-lacak-perak",
    "rujukan",
    "surat",
    "online",
];
const AGES: [u32; 8] = [3, 8, 15, 16, 20, 30, 50, 65];
const VIOLENCE: [&str; 6] = [
    "fisik",
    "psikis",
    "fisik,psikis",
    "seksual",
    "penelantaran",
    "eksploitasi",
];
const PLACES: [&str; 4] = ["rumah-tangga", "sekolah", "", "fasilitas-umum"];
const RELATIONS: [&str; 5] = [
    "orang-tua",
    "suami-istri",
    "tetangga",
    "pacar-teman",
    "guru",
];
/// The weekdays of November 2026 (no holiday falls on them).
const NOVEMBER: [u32; 21] = [
    2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30,
];

/// A register of `n` synthetic cases reported in November 2026 (steps 1 to 3 of Batam's SOP
/// recorded for each, some late), and five cases in each of the five months before; "now" is
/// 2 December 2026.
fn month(n: usize) -> Reg {
    let mut reg = Reg::new();
    reg.now = "2026-12-02T12:00:00+07:00".into();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    let mut csv = String::from(
        "sop,reported_at,channel,victim_name,victim_sex,victim_age,perpetrator_name,perpetrator_sex,perpetrator_relation,violence,place,incident_date,urgency,risk\n",
    );
    let mut row = |i: usize, reported: String, incident: String| {
        csv.push_str(&format!(
            "batam-34-2020,{reported},{},Korban Contoh {i},{},{},Pelaku Contoh {i},L,{},\"{}\",{},{incident},biasa,sedang\n",
            CHANNELS[i % 6],
            if i.is_multiple_of(3) { "L" } else { "P" },
            AGES[i % 8],
            RELATIONS[i % 5],
            VIOLENCE[i % 6],
            PLACES[i % 4],
        ));
    };
    let mut i = 0;
    for m in 6..=10 {
        for d in 0..5 {
            row(i, format!("2026-{m:02}-{:02} 09:00", 5 + d), String::new());
            i += 1;
        }
    }
    let first_november = i;
    for k in 0..n {
        let day = NOVEMBER[k % NOVEMBER.len()];
        let incident = if k % 4 == 3 {
            String::new()
        } else {
            format!(
                "2026-{:02}-{:02}",
                if k % 5 == 0 { 10 } else { 11 },
                day.min(28) - (k as u32 % 2)
            )
        };
        row(i, format!("2026-11-{day:02} 08:{:02}", k % 50), incident);
        i += 1;
    }
    let file = reg.dir.path().join("cases.csv");
    std::fs::write(&file, csv).unwrap();
    reg.ok(&["intake", "--from", file.to_str().unwrap()]);
    // Steps: 1 (5 minutes) takes 2 to 9 minutes, 2 (5 minutes) 3 to 6, 3 (30 minutes) 10 to 49.
    let mut steps = String::from("case,step,started_at,finished_at,performer\n");
    for k in 0..n {
        let case = format!("PPA/2026/{:04}", first_november + k + 1);
        let day = NOVEMBER[k % NOVEMBER.len()];
        let start = 9 * 60 + 10 + (k % 50) as u32;
        let t = |m: u32| format!("2026-11-{day:02} {:02}:{:02}", m / 60, m % 60);
        let s1 = 2 + (k % 8) as u32;
        let s2 = 3 + (k % 4) as u32;
        let s3 = 10 + (k * 7 % 40) as u32;
        let (a, b, c) = (start + s1, start + s1 + 1 + s2, start + s1 + 2 + s2 + s3);
        steps.push_str(&format!("{case},1,{},{},\n", t(start), t(a)));
        steps.push_str(&format!(
            "{case},2,{},{},Rina Contoh\n",
            t(a),
            t(a + 1 + s2)
        ));
        steps.push_str(&format!("{case},3,{},{},Rina Contoh\n", t(b + 1), t(c)));
    }
    let file = reg.dir.path().join("steps.csv");
    std::fs::write(&file, steps).unwrap();
    reg.ok(&["step", "import", file.to_str().unwrap()]);
    reg
}

fn json(reg: &Reg, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&reg.ok(&a)).unwrap()
}

/// The value of `attr="..."` in each element of `html` that has it, with the element's text
/// up to its closing `</tr>` or `</div>` (enough for the rows and figures of the page).
fn marked<'a>(html: &'a str, attr: &str) -> BTreeMap<String, &'a str> {
    let needle = format!("{attr}=\"");
    let mut out = BTreeMap::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let after = &rest[i + needle.len()..];
        let end = after.find('"').unwrap();
        let key = after[..end].to_string();
        let body_end = after
            .find("</tr>")
            .into_iter()
            .chain(after.find("</div>"))
            .min()
            .unwrap_or(after.len());
        out.insert(key, &after[..body_end]);
        rest = &after[end..];
    }
    out
}

/// The numbers in the cells of a marked element, in order.
fn cells(body: &str) -> Vec<u64> {
    body.split("<td class=\"n\"")
        .skip(1)
        .filter_map(|c| {
            let c = &c[c.find('>')? + 1..];
            c[..c.find('<')?].trim().parse().ok()
        })
        .collect()
}

fn attr(body: &str, name: &str) -> String {
    let needle = format!("{name}=\"");
    let i = body
        .find(&needle)
        .unwrap_or_else(|| panic!("{name} in {body}"));
    let rest = &body[i + needle.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

fn page(reg: &Reg, extra: &[&str]) -> String {
    let out = reg.dir.path().join("laporan.html");
    let mut args = vec!["report", "monthly", "--period", "2026-11", "--out"];
    args.push(out.to_str().unwrap());
    args.extend_from_slice(extra);
    reg.ok(&args);
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn the_page_has_the_numbers_of_report_summary_and_report_compliance() {
    let reg = month(40);
    reg.ok(&["case", "service", "PPA/2026/0026", "--type", "kesehatan"]);
    reg.ok(&[
        "case",
        "service",
        "PPA/2026/0027",
        "--type",
        "bantuan-hukum",
    ]);
    reg.ok(&[
        "case",
        "close",
        "PPA/2026/0026",
        "--at",
        "2026-11-20 10:00",
        "--reason",
        "selesai",
    ]);
    let html = page(&reg, &[]);
    let summary = json(&reg, &["report", "summary", "--period", "2026-11"]);
    let compliance = json(&reg, &["report", "compliance", "--period", "2026-11"]);
    let rows = marked(&html, "data-key");
    let figures = marked(&html, "data-figure");

    // Every category the summary prints has the same count on the page.
    let mut checked = 0;
    for r in summary["rows"].as_array().unwrap() {
        let (dim, cat) = (
            r["dimension"].as_str().unwrap(),
            r["category"].as_str().unwrap(),
        );
        let registered = r["registered"].as_u64().unwrap();
        let on_page = match dim {
            "total" => {
                let f = figures["new_cases"];
                f[f.find("<b>").unwrap() + 3..f.find("</b>").unwrap()]
                    .parse()
                    .unwrap()
            }
            // Row totals of the cross tables.
            "age_group" => *cells(rows[&format!("age_sex/{cat}")]).last().unwrap(),
            "violence" => *cells(rows[&format!("violence_child/{cat}")])
                .last()
                .unwrap(),
            "victim_sex" | "child" => continue,
            // Referrals sent, not cases: the page's referral figures come from the same
            // register function (tests/referrals.rs checks them).
            "referral_to" => continue,
            _ => cells(rows[&format!("{dim}/{cat}")])[0],
        };
        assert_eq!(on_page, registered, "{dim}/{cat}");
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
    // Sex and child/adult: the cross tables' column totals and the headline.
    let sex = |s: &str| {
        summary["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["category"] == s)
            .unwrap()["registered"]
            .as_u64()
            .unwrap()
    };
    let women_men = figures["victims"];
    assert!(
        women_men.contains(&format!("<b>{} / {}</b>", sex("P"), sex("L"))),
        "{women_men}"
    );
    assert!(women_men.contains(&format!(
        "{} children · {} adults",
        sex("child"),
        sex("adult")
    )));
    let closed = summary["rows"][0]["closed"].as_u64().unwrap();
    assert_eq!(closed, 1);
    assert!(figures["closed_open"].contains(&format!("<b>{closed} / ")));

    // Every compliance row: count, judged, on time, median and p90 alike.
    let mut on = 0;
    let mut judged = 0;
    for r in compliance["rows"].as_array().unwrap() {
        let key = format!("{}/{}", r["sop"].as_str().unwrap(), r["step"]);
        let row = rows[&key];
        assert_eq!(attr(row, "data-n"), r["count"].to_string(), "{key}");
        assert_eq!(attr(row, "data-judged"), r["judged"].to_string(), "{key}");
        assert_eq!(attr(row, "data-on-time"), r["on_time"].to_string(), "{key}");
        assert_eq!(
            attr(row, "data-median").parse::<f64>().unwrap(),
            r["median_secs"].as_f64().unwrap(),
            "{key}"
        );
        assert_eq!(attr(row, "data-p90"), r["p90_secs"].to_string(), "{key}");
        on += r["on_time"].as_u64().unwrap();
        judged += r["judged"].as_u64().unwrap();
    }
    assert_eq!(compliance["rows"].as_array().unwrap().len(), 3);
    assert!(on < judged, "some steps are late");
    assert!(figures["steps_on_time"].contains(&format!("{on} of {judged} judged")));
}

#[test]
fn no_personal_data_late_steps_by_case_number_and_deidentified_without() {
    let reg = month(12);
    let html = page(&reg, &[]);
    for word in ["Contoh", "Korban", "Pelaku", "sedang"] {
        assert!(!html.contains(word), "{word} on the page");
    }
    assert!(!html.contains("<script"));
    assert!(
        !html.contains("http://")
            || !html
                .replace("http://www.w3.org/2000/svg", "")
                .contains("http://")
    );
    assert!(!html.contains("https://"));
    // Late steps are named by case number.
    let late = &html[html.find("data-table=\"late\"").unwrap()..];
    let late = &late[..late.find("</table>").unwrap()];
    assert!(late.contains("<td class=\"late\">PPA/2026/"), "{late}");
    let file = reg.dir.path().join("laporan.html");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let de = page(&reg, &["--deidentified"]);
    assert!(
        !de.contains("PPA/2026/"),
        "no case numbers when de-identified"
    );
    assert!(de.contains("data-table=\"late\""));
    // The page's language: English when asked (the tests' KASUS_LANG=en), Indonesian otherwise.
    assert!(html.contains("<html lang=\"en\">") && html.contains("Monthly report"));
    let id = page(&reg, &["--lang", "id"]);
    assert!(id.contains("<html lang=\"id\">") && id.contains("Laporan bulanan — November 2026"));
    let out = reg
        .cmd()
        .env_remove("KASUS_LANG")
        .args(["report", "monthly", "--period", "2026-11"])
        .output()
        .unwrap();
    let piped = String::from_utf8(out.stdout).unwrap();
    assert!(
        piped.starts_with("<!DOCTYPE html>"),
        "piped: the page to standard output"
    );
    assert!(
        piped.contains("<html lang=\"id\">"),
        "Indonesian by default"
    );
    // Referrals (issue 16) are not recorded yet: nothing shows for them.
    assert!(!html.contains("data-section=\"referrals\""));
}

#[test]
fn a_period_that_is_not_a_month_and_the_register_as_out_are_refused() {
    let reg = month(2);
    reg.refused_saying(
        &["report", "monthly", "--period", "2026-Q4"],
        2,
        &["one calendar month"],
    );
    // The register's file as --out: SQLite's (a register on PostgreSQL is a database no path
    // names; output_guard.rs tests the guard's refusals on both engines).
    if reg.engine() == common::Engine::Sqlite {
        let db = reg.path.to_str().unwrap().to_string();
        reg.refused(
            &["report", "monthly", "--period", "2026-11", "--out", &db],
            4,
        );
    }
    // last-month at 2 December 2026 is November.
    let out = reg.dir.path().join("last.html");
    reg.ok(&[
        "report",
        "monthly",
        "--period",
        "last-month",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(std::fs::read_to_string(out).unwrap().contains("(2026-11)"));
}

// ------------------------------------------------------------------ in a real browser

/// Chromium, or None with a printed notice (a failure with `KASUS_REQUIRE_BROWSER=1`, which
/// `.ci/run` sets after installing Debian's `chromium`).
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser"].iter().find_map(|p| {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|d| d.join(p))
                .find(|f| f.is_file())
        })
    });
    if found.is_none() {
        if std::env::var("KASUS_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!(
                "chromium is not installed and KASUS_REQUIRE_BROWSER=1: apt-get install chromium"
            );
        }
        eprintln!(
            "skipped: the browser checks of report monthly need chromium (apt-get install chromium; .ci/run does)"
        );
    }
    found
}

/// Runs headless Chromium with no network and an empty profile on `page`, with `args`;
/// returns its stdout and stderr.
fn browse(chromium: &Path, dir: &Path, page: &Path, args: &[String]) -> (String, String) {
    let profile = tempfile::tempdir_in(dir).unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("net::ERR"))
        .collect()
}

#[test]
fn in_chromium_the_page_fits_a4_draws_each_series_and_prints_to_its_pages() {
    let Some(chromium) = chromium() else {
        return;
    };
    let reg = month(300);
    let dir = reg.dir.path();
    let file = dir.join("laporan.html");
    page(&reg, &["--lang", "id"]);

    // The DOM as the browser built it: one element per non-empty series.
    let (dom, err) = browse(&chromium, dir, &file, &["--dump-dom".into()]);
    assert!(console_errors(&err).is_empty(), "{err}");
    assert!(dom.contains("data-section=\"headline\""), "{dom}");
    let summary = json(&reg, &["report", "summary", "--period", "2026-11"]);
    let compliance = json(&reg, &["report", "compliance", "--period", "2026-11"]);
    let violence = summary["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["dimension"] == "violence" && r["registered"].as_u64() > Some(0))
        .count();
    let steps = compliance["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["judged"].as_u64() > Some(0))
        .count();
    let series = marked(&dom, "data-series");
    assert_eq!(violence, 5);
    assert_eq!(steps, 3);
    assert_eq!(series.len(), 1 + violence + steps, "{:?}", series.keys());
    assert_eq!(
        dom.matches("data-series=").count(),
        1 + violence + steps,
        "one element per series"
    );

    // A4's width at 96 dpi is 794 px: nothing is drawn in the right-hand margin.
    let png = dir.join("page.png");
    let (_, err) = browse(
        &chromium,
        dir,
        &file,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=794,3000".into(),
        ],
    );
    assert!(console_errors(&err).is_empty(), "{err}");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.width, 794);
    let bpp = info.line_size / info.width as usize;
    let mut inked_right = 0;
    let mut inked = 0;
    for y in 0..info.height as usize {
        let line = &buf[y * info.line_size..(y + 1) * info.line_size];
        for x in 0..info.width as usize {
            let px = &line[x * bpp..x * bpp + 3];
            if px.iter().any(|c| *c < 200) {
                inked += 1;
                // The body is 180 mm (680 px) wide, centred: 57 px of margin each side.
                if x >= 794 - 50 {
                    inked_right += 1;
                }
            }
        }
    }
    assert!(inked > 10_000, "the page drew something: {inked}");
    assert_eq!(inked_right, 0, "drawn beyond A4's width");

    // Printed on A4: the expected number of pages for a month of 300 cases.
    let pdf = dir.join("page.pdf");
    let (_, err) = browse(
        &chromium,
        dir,
        &file,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    assert!(console_errors(&err).is_empty(), "{err}");
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    if let Ok(to) = std::env::var("KASUS_MONTHLY_KEEP") {
        std::fs::copy(&pdf, format!("{to}.pdf")).unwrap();
        std::fs::copy(&png, format!("{to}.png")).unwrap();
    }
    assert_eq!(pages, 5, "pages of the printed report");
    // The README's screenshot: KASUS_MONTHLY_SCREENSHOT=docs/monthly.png writes the first A4
    // page's height of it.
    if let Ok(to) = std::env::var("KASUS_MONTHLY_SCREENSHOT") {
        let (_, _) = browse(
            &chromium,
            dir,
            &file,
            &[
                format!("--screenshot={to}"),
                "--window-size=794,1123".into(),
            ],
        );
    }
}

/// Runs kasus in a language (`KASUS_LANG`) and returns (exit code, stderr).
fn run_in(reg: &Reg, lang: &str, args: &[&str]) -> (i32, String) {
    let o = reg
        .cmd()
        .env("KASUS_LANG", lang)
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn a_missing_output_folder_is_named_in_both_languages_for_the_page_and_exports() {
    let reg = month(3);
    for args in [
        &[
            "report",
            "monthly",
            "--period",
            "2026-11",
            "--out",
            "nofolder/report.html",
        ][..],
        &["export", "cases", "--out", "nofolder/cases.csv"][..],
    ] {
        let (code, en) = run_in(&reg, "en", args);
        assert_eq!(code, 1, "{args:?}: {en}");
        assert!(en.contains("the folder nofolder does not exist"), "{en}");
        assert!(!en.contains(".tmp") && !en.contains("os error"), "{en}");
        let (code, id) = run_in(&reg, "id", args);
        assert_eq!(code, 1, "{args:?}: {id}");
        assert!(id.contains("folder nofolder tidak ada"), "{id}");
    }
    assert!(!reg.dir.path().join("nofolder").exists());
}

#[test]
fn out_must_be_an_html_name_and_dash_is_standard_output() {
    let reg = month(3);
    for name in ["cases.csv", "report.pdf", "laporan"] {
        let path = reg.dir.path().join(name);
        std::fs::write(&path, "old").unwrap();
        let (code, en) = run_in(
            &reg,
            "en",
            &["report", "monthly", "--period", "2026-11", "--out", name],
        );
        assert_eq!(code, 2, "{name}: {en}");
        assert!(en.contains(".html or .htm"), "{en}");
        let (_, id) = run_in(
            &reg,
            "id",
            &["report", "monthly", "--period", "2026-11", "--out", name],
        );
        assert!(id.contains("berakhiran .html atau .htm"), "{id}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old", "{name}");
    }
    for name in ["Laporan.HTML", "laporan.htm"] {
        reg.ok(&["report", "monthly", "--period", "2026-11", "--out", name]);
        assert!(reg.dir.path().join(name).exists());
    }
    // `--out -` is standard output (not a terminal here): no file named "-".
    let html = reg.ok(&["report", "monthly", "--period", "2026-11", "--out", "-"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!reg.dir.path().join("-").exists());
}

#[test]
fn both_spellings_of_deidentified_on_the_page_and_on_exports() {
    let reg = month(3);
    for flag in ["--deidentified", "--deidentify"] {
        let html = reg.ok(&["report", "monthly", "--period", "2026-11", flag]);
        assert!(!html.contains("PPA/2026/"), "{flag}");
        let csv = reg.ok(&["export", "persons", flag]);
        assert!(!csv.contains("Korban Contoh"), "{flag}");
    }
}

#[test]
fn a_future_month_is_refused_and_the_running_month_is_marked_as_of_today() {
    let reg = month(3);
    // "Now" is 2 December 2026.
    for period in ["2027-01", "2030-01"] {
        let (code, en) = run_in(&reg, "en", &["report", "monthly", "--period", period]);
        assert_eq!(code, 2, "{en}");
        assert!(en.contains("has not begun"), "{en}");
        let (_, id) = run_in(&reg, "id", &["report", "monthly", "--period", period]);
        assert!(id.contains("belum dimulai"), "{id}");
    }
    let en = reg.ok(&["report", "monthly", "--period", "this-month"]);
    assert!(
        en.contains("as of 2026-12-02"),
        "the running month is marked"
    );
    assert!(en.contains("open now") && !en.contains("open at its end"));
    let id = reg.ok(&["report", "monthly", "--period", "2026-12", "--lang", "id"]);
    assert!(id.contains("sampai 2026-12-02") && id.contains("terbuka sekarang"));
    assert!(!id.contains("terbuka di akhir bulan"));
    // A past month is whole: no mark.
    let past = reg.ok(&["report", "monthly", "--period", "2026-11"]);
    assert!(!past.contains("as of") && past.contains("open at its end"));
}

#[test]
fn a_bad_period_names_only_the_month_forms() {
    let reg = month(3);
    for period in ["2026", "2026-Q3", "today", "nonsense"] {
        let (code, en) = run_in(&reg, "en", &["report", "monthly", "--period", period]);
        assert_eq!(code, 2, "{period}: {en}");
        assert!(en.contains("this-month"), "{en}");
        for other in ["YYYY-Qn", "today", "this-week", "this-year"] {
            assert!(!en.contains(other), "{period}: {en}");
        }
    }
}

#[test]
fn the_english_page_is_english_durations_and_vocabulary_labels_too() {
    let reg = month(12);
    reg.ok(&["case", "service", "PPA/2026/0026", "--type", "kesehatan"]);
    let en = page(&reg, &["--lang", "en"]);
    if let Ok(to) = std::env::var("KASUS_MONTHLY_DUMP") {
        std::fs::write(to, &en).unwrap();
    }
    for word in [
        " menit",
        " jam",
        " detik",
        "Fisik",
        "Psikis",
        "Rumah tangga",
        "Laki-laki",
        "Perempuan",
        "Kesehatan",
        "Datang langsung",
        "Orang tua",
        "tahun",
    ] {
        assert!(!en.contains(word), "{word:?} on the English page");
    }
    for word in [
        " min",
        "Physical",
        "Household",
        "Male",
        "Female",
        "Health",
        "Walk-in",
    ] {
        assert!(en.contains(word), "{word:?} missing from the English page");
    }
    let id = page(&reg, &["--lang", "id"]);
    for word in [
        " menit",
        "Fisik",
        "Rumah tangga",
        "Laki-laki",
        "Perempuan",
        "Kesehatan",
    ] {
        assert!(
            id.contains(word),
            "{word:?} missing from the Indonesian page"
        );
    }
    assert!(!id.contains("Physical") && !id.contains(" min<"));
}

#[test]
fn every_chart_has_its_heading_and_codes_durations_and_age_labels_do_not_wrap() {
    let reg = month(12);
    let html = page(&reg, &[]);
    let figures = html.matches("<figure>").count();
    assert_eq!(figures, 3, "trend, violence by age, step dots");
    assert_eq!(
        html.matches("</h2><figure>").count(),
        figures,
        "each chart right under its own heading"
    );
    assert!(html.contains("Each step's times against its standard</h2>"));
    // Headings stay with what follows in print; numbers, durations, SOP codes and row labels
    // (age groups) stay on one line.
    let css = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    assert!(
        css.contains("h2{")
            && css[css.find("h2{").unwrap()..]
                .split('}')
                .next()
                .unwrap()
                .contains("break-after:avoid")
    );
    let numbers = css[css.find("td.n{").unwrap()..].split('}').next().unwrap();
    assert!(numbers.contains("white-space:nowrap"), "{numbers}");
    assert!(css.contains(".nw{white-space:nowrap}"));
    let rows = marked(&html, "data-key");
    assert!(rows["batam-34-2020/1"].contains("<td class=\"nw\">batam-34-2020</td>"));
    assert!(rows["age_sex/13-17"].contains("<td class=\"nw\">13-17 years</td>"));
}
