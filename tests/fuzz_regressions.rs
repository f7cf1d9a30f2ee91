//! Inputs for the fuzz targets (fuzz/fuzz_targets), replayed in `cargo test` through the same
//! checks the targets make: the seed files in fuzz/seeds/TARGET, and every input a fuzzer ever
//! crashed on, kept here by name. A new crash from `cargo fuzz run` goes in as a file under
//! fuzz/seeds/TARGET (named `crash-...`) or as a line in the lists below.

use kasus::sop::{file, time};
use std::path::Path;

/// The time-parser target: no panic; what parses has min <= max and prints to a form that
/// parses back to the same seconds.
fn time_parser(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(first) = time::parse(text) {
        assert!(first.min_secs <= first.max_secs, "{text:?}");
        let printed = first.to_string();
        let again = time::parse(&printed)
            .unwrap_or_else(|e| panic!("{text:?} printed as {printed:?}, which fails: {e}"));
        assert_eq!(
            (first.min_secs, first.max_secs),
            (again.min_secs, again.max_secs),
            "{text:?} -> {printed:?}"
        );
    }
}

/// The SOP-loader target: no panic; an accepted SOP is consistent.
fn sop_loader(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = file::load(text);
    assert_eq!(loaded.sop.is_some(), loaded.errors().next().is_none());
    if let Some(sop) = loaded.sop {
        assert!(!sop.steps.is_empty());
        assert!(sop.steps.windows(2).all(|w| w[0].number < w[1].number));
        for (i, s) in sop.steps.iter().enumerate() {
            if let Some(d) = &s.decision {
                assert!(sop.step_index(d.return_to).is_some_and(|j| j < i));
            }
        }
        assert!(sop.total.min_secs <= sop.total.max_secs);
    }
}

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seeds in {}", dir.display());
    out
}

#[test]
fn time_parser_seeds_and_kept_inputs() {
    for (name, data) in seeds("time_parser") {
        eprintln!("{name}");
        time_parser(&data);
    }
    // Edge cases around the grammar: huge numbers, products that overflow, stray signs,
    // letters that lowercase to two characters, and a range that rounds to one value.
    for text in [
        "99999999999999999999999999999999999999 hari",
        "1e308 jam",
        "9999999999x9999999999x9999999999 hari",
        "0x0 detik",
        "0,4 - 0,6 detik",
        "1,4 detik - 1,2 detik",
        "5 - 5 menit 30 detik",
        "İ",
        "1x",
        "1×",
        "×1 jam",
        "1..,, jam",
        "—",
        "1 - - 2 jam",
        "tergantungX",
        "  SESUAI  ",
    ] {
        time_parser(text.as_bytes());
    }
    time_parser(&[0xff, 0xfe, b'1']);
}

#[test]
fn sop_loader_seeds_the_builtin_sops_and_kept_inputs() {
    for (name, data) in seeds("sop_loader") {
        eprintln!("{name}");
        sop_loader(&data);
    }
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("sops");
    for e in std::fs::read_dir(builtin).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            sop_loader(&std::fs::read(&p).unwrap());
        }
    }
    for text in [
        "",
        "=",
        "format = 1\ncode = \"é\"\nname = \"\u{0}\"\n[[steps]]\n",
        "format = 1\ncode = \"a\"\nname = \"A\"\n[[steps]]\nnumber = 4294967295\nactivity = \"x\"\ntime = \"1 jam\"\n[steps.decision]\nquestion = \"?\"\nreturn_to = 4294967295\n",
        "format = 1\ncode = \"a\"\nname = \"A\"\ntotal = \"99999999999 hari\"\n[[steps]]\nnumber = 1\nactivity = \"x\"\ntime = \"999999999 hari\"\n",
        "x = \"\u{2028}\ne\u{301}",
    ] {
        sop_loader(text.as_bytes());
    }
}

/// The intake-CSV target: no panic; parsed rows print back to CSV that parses to the same rows.
fn intake_csv(data: &[u8]) {
    use kasus::rows as bulk;
    if let Ok(rows) = bulk::parse_csv(data) {
        let printed = bulk::print_csv(&rows);
        let again = bulk::parse_csv(&printed).unwrap_or_else(|e| {
            panic!(
                "{:?} printed as {:?}, which fails: {}",
                String::from_utf8_lossy(data),
                String::from_utf8_lossy(&printed),
                e.len()
            )
        });
        assert_eq!(rows, again);
    }
}

#[test]
fn intake_csv_seeds_and_kept_inputs() {
    for (name, data) in seeds("intake_csv") {
        eprintln!("{name}");
        intake_csv(&data);
    }
    for data in [
        &b""[..],
        b"\xef\xbb\xbf",
        b"sop\n\"",
        b"sop,sop\nx,y\n",
        b"sop,victim_name\n\"open quote,x\n",
        b"sop,victim_name\nx,\xff\xfe\n",
        b"sop,victim_name\nx\n",
        b"sop,victim_name\nx,y,z\n",
        b"\r\n\r\n",
    ] {
        intake_csv(data);
    }
}
