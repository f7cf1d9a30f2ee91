//! "Did you mean": the closest of the known values to what was typed, for messages about an
//! unknown case number, SOP code, staff name, list value or setting.

/// " (did you mean 'x'?)" for the closest candidate, or "".
pub fn did_you_mean<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    let lower = input.to_lowercase();
    let best = candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, c)) => crate::text::did_you_mean(c),
        None => String::new(),
    }
}
