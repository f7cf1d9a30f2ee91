//! The referral tests' shared setup (tests/referrals.rs, referrals_rules.rs, referrals_pty.rs):
//! the agencies, consent to share and the argument list of `referral create` for the standard
//! case ([`CASE`]). The helpers that run something take any [`Runs`], so both the builder's
//! register and the pseudo-terminal's (`common/pty.rs`) use them.

use super::{at, Reg, CASE};

/// A register the referral tests drive: runs a command and returns its output, failing the test
/// if the command fails.
pub trait Runs {
    fn ok(&self, args: &[&str]) -> String;
}

impl Runs for Reg {
    fn ok(&self, args: &[&str]) -> String {
        Reg::ok(self, args)
    }
}

/// Adds the hospital to the directory: "RSUD Contoh", kind kesehatan, with `extra` flags
/// (e.g. `--region`).
pub fn add_hospital(reg: &impl Runs, extra: &[&str]) {
    let mut a = vec!["agency", "add", "RSUD Contoh", "--kind", "kesehatan"];
    a.extend_from_slice(extra);
    reg.ok(&a);
}

/// Adds the police to the directory: "Polres Contoh", kind kepolisian.
pub fn add_police(reg: &impl Runs) {
    reg.ok(&["agency", "add", "Polres Contoh", "--kind", "kepolisian"]);
}

/// Consent to share (scope layanan,berbagi-informasi), given in writing by the victim herself
/// ("Siti Contoh") at 08:30, with `extra` flags (`--recipients`, `--until`); without
/// `--recipients` it covers every kind of recipient.
pub fn consent(reg: &impl Runs, extra: &[&str]) {
    consent_at(reg, "08:30", extra);
}

/// [`consent`] given at `time` (office time on the test day).
pub fn consent_at(reg: &impl Runs, time: &str, extra: &[&str]) {
    let when = at(time);
    let mut a = vec![
        "consent",
        CASE,
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan,berbagi-informasi",
        "--method",
        "tertulis",
    ];
    a.extend_from_slice(extra);
    a.extend_from_slice(&["--at", &when]);
    reg.ok(&a);
}

/// The arguments of `referral create` of the standard case to the agency `to` for `service` at
/// `when` (office time on the test day, "09:00"), then `extra` flags (`--share`, `--handover`…).
pub fn create(to: &str, service: &str, when: &str, extra: &[&str]) -> Vec<String> {
    ["referral", "create", CASE, "--to", to, "--service", service]
        .into_iter()
        .map(String::from)
        .chain(["--at".to_string(), at(when)])
        .chain(extra.iter().map(|s| s.to_string()))
        .collect()
}

/// The arguments of `referral create` to the hospital (service kesehatan), sharing `share`, at
/// `when` (office time).
pub fn to_hospital(share: &str, when: &str) -> Vec<String> {
    create("RSUD Contoh", "kesehatan", when, &["--share", share])
}

/// Borrows an argument list for `reg.ok`, `reg.refused`…
pub fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Walks the standard (Batam) case to step 6, the step that sends referrals, started at 09:00
/// and still running: a staff member ("Rina Contoh") holding every role the steps need, steps 1
/// to 3 from 08:05 (step 1 started by the pelapor), step 4's decision approved at 08:40, step 5.
pub fn walk_to_step_6(reg: &impl Runs) {
    reg.ok(&[
        "staff",
        "add",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
        "--role",
        "Kasi Perlindungan Anak / Kasi Pencegahan dan Penanganan Korban Kekerasan terhadap Perempuan",
        "--role",
        "Kabid Pencegahan dan Penanganan Korban Kekerasan",
    ]);
    for (start, finish) in [("08:05", "08:10"), ("08:15", "08:20"), ("08:25", "08:30")] {
        step(reg, "start", start, &[]);
        step(reg, "finish", finish, &[]);
    }
    step(reg, "start", "08:35", &[]);
    step(reg, "decide", "08:40", &["--approve"]);
    step(reg, "start", "08:45", &[]);
    step(reg, "finish", "08:50", &[]);
    step(reg, "start", "09:00", &[]);
}

/// `step VERB` of the standard case at `when` (office time), with `extra` flags; a start is by
/// the pelapor ("Siti Contoh") at 08:05 (step 1), otherwise by "Rina Contoh".
pub fn step(reg: &impl Runs, verb: &str, when: &str, extra: &[&str]) {
    let when = at(when);
    let mut a = vec!["step", verb, CASE, "--at", &when];
    if verb == "start" {
        let by = if when.ends_with("08:05") {
            "Siti Contoh"
        } else {
            "Rina Contoh"
        };
        a.extend_from_slice(&["--by", by]);
    }
    a.extend_from_slice(extra);
    reg.ok(&a);
}
