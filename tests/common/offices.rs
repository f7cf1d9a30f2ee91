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
