//! The time-expression parser: no input panics, and whatever parses prints to a form that
//! parses back to the same seconds.
#![no_main]

use kasus::sop::time;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(first) = time::parse(text) {
        assert!(first.min_secs <= first.max_secs);
        let printed = first.to_string();
        let again = time::parse(&printed).expect("the printed form parses");
        assert_eq!(
            (first.min_secs, first.max_secs),
            (again.min_secs, again.max_secs),
            "{printed}"
        );
    }
});
