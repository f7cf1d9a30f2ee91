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

/// The same for a key of a TOML file (SOP, calendar): keys are written as they are, so the
/// comparison keeps their case, and only a closer match (score over 0.8) is suggested.
pub fn did_you_mean_key(key: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|c| (strsim::jaro_winkler(key, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| crate::text::did_you_mean(c))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_close_key_is_suggested_and_a_far_one_is_not() {
        let known = ["clock", "name", "holidays"];
        assert!(did_you_mean_key("clok", &known).contains("'clock'"));
        assert_eq!(did_you_mean_key("zzz", &known), "");
        assert!(did_you_mean("HOLIDAY", known.iter().copied()).contains("'holidays'"));
    }
}
