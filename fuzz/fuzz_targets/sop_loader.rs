//! The SOP file loader: no text panics, and an accepted SOP is consistent (steps in
//! increasing order, decisions returning to an earlier step).
#![no_main]

use kasus::sop::file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});
