//! Who may send a referral without consent to share (`--override-consent`): an active staff
//! member whose whole name is one of the names in the setting `referral-override` (compared
//! without regard to letter case; a part of a name is not the name).

/// Whether the actor may override, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Override {
    Allowed,
    /// The actor is not in the staff list.
    NotStaff,
    /// The actor is in the staff list, inactive.
    Inactive,
    /// An active staff member the setting does not name.
    NotNamed,
}

/// The names of the setting (comma-separated; empty: nobody).
pub fn names(setting: &str) -> impl Iterator<Item = &str> {
    setting.split(',').map(str::trim).filter(|n| !n.is_empty())
}

/// Whether `staff` (the actor's staff record: its name and whether active; `None` when the actor
/// is not in the staff list) may override, by the setting's names.
pub fn may_override(setting: &str, staff: Option<(&str, bool)>) -> Override {
    let Some((name, active)) = staff else {
        return Override::NotStaff;
    };
    if !active {
        return Override::Inactive;
    }
    let wanted = fold(name);
    if names(setting).any(|n| fold(n) == wanted) {
        Override::Allowed
    } else {
        Override::NotNamed
    }
}

/// A name compared without regard to letter case or runs of spaces.
fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_active_staff_member_named_whole_may_override() {
        let s = "Rina Contoh, Budi  Contoh";
        assert_eq!(
            may_override(s, Some(("rina contoh", true))),
            Override::Allowed
        );
        assert_eq!(
            may_override(s, Some(("Budi Contoh", true))),
            Override::Allowed
        );
        assert_eq!(may_override(s, Some(("Rina", true))), Override::NotNamed);
        assert_eq!(
            may_override(s, Some(("Rina Contoh Dua", true))),
            Override::NotNamed
        );
        assert_eq!(
            may_override(s, Some(("Rina Contoh", false))),
            Override::Inactive
        );
        assert_eq!(may_override(s, None), Override::NotStaff);
        assert_eq!(
            may_override("", Some(("Rina Contoh", true))),
            Override::NotNamed
        );
    }
}
