//! Another office's rows brought into a register as a province does it (issue 20): the other
//! office's `kasus bundle export`, then `kasus merge` here. Each merged row keeps its office's
//! `origin` (its `office-uuid`); the office is named in `origins`.

use super::Reg;

/// The office UUID of `reg`.
pub fn office_uuid(reg: &Reg) -> String {
    reg.ok(&["config", "get", "office-uuid"]).trim().to_string()
}

/// Merges `from`'s bundle into `into` (`kasus bundle export`, `kasus merge`); returns `from`'s
/// office UUID.
pub fn merge_office(into: &Reg, from: &Reg) -> String {
    let bundle = from.dir.path().join("office.kasus");
    let _ = std::fs::remove_file(&bundle);
    from.ok(&["bundle", "export", "--out", bundle.to_str().unwrap()]);
    into.ok(&["merge", bundle.to_str().unwrap()]);
    office_uuid(from)
}

/// Fills `reg` as a busy office: prefix `prefix`, staff "Rina Contoh", a case with its victim,
/// an assignment, consent, a finished step and a running one, a referral to "RSUD Contoh".
pub fn fill(reg: &Reg, prefix: &str) {
    reg.ok(&["config", "set", "office-prefix", prefix]);
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(super::BATAM_CASE);
    reg.ok(&[
        "assign",
        "1",
        "--to",
        "Rina Contoh",
        "--role",
        "Staff Penerima",
    ]);
    super::referrals::add_hospital(reg, &[]);
    reg.ok(&[
        "consent",
        "1",
        "--given-by",
        "Siti Contoh",
        "--relation",
        "self",
        "--scope",
        "layanan,berbagi-informasi",
        "--method",
        "tertulis",
        "--at",
        &super::at("08:30"),
    ]);
    reg.ok(&["step", "start", "1", "--at", &super::at("08:35")]);
    reg.ok(&["step", "finish", "1", "--at", &super::at("08:40")]);
    reg.ok(&["step", "start", "1", "--at", &super::at("08:45")]);
    reg.ok(&[
        "referral",
        "create",
        "1",
        "--to",
        "RSUD Contoh",
        "--service",
        "kesehatan",
        "--at",
        &super::at("08:50"),
    ]);
}
