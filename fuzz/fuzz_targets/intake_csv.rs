//! The bulk intake CSV parser (`kasus intake --from FILE.csv`): no bytes panic, and rows that
//! parse print back (in the template's column order) to a file that parses to the same rows.
#![no_main]

use kasus::rows as bulk;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rows) = bulk::parse_csv(data) {
        let printed = bulk::print_csv(&rows);
        let again = bulk::parse_csv(&printed).expect("the printed rows parse");
        assert_eq!(rows, again);
    }
});
