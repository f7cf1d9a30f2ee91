//! The fields of one intake as typed, borrowed from the flags or from a row of a bulk file:
//! single and bulk intake share one validation (`check`).

use crate::cli::IntakeArgs;
use crate::text::t;

/// One perpetrator as typed: every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerpetratorInput<'a> {
    pub name: Option<&'a str>,
    pub sex: Option<&'a str>,
    pub age: Option<u32>,
    pub relation: Option<&'a str>,
}

/// The fields of one intake as typed, borrowed from the flags or from a row of a bulk file:
/// single and bulk intake share one validation (`check`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input<'a> {
    pub sop: Option<&'a str>,
    pub reported_at: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub victim_name: Option<&'a str>,
    pub victim_nik: Option<&'a str>,
    pub victim_sex: Option<&'a str>,
    pub victim_birth_date: Option<&'a str>,
    pub victim_age: Option<u32>,
    pub victim_phone: Option<&'a str>,
    pub victim_address: Option<&'a str>,
    pub victim_kecamatan: Option<&'a str>,
    pub victim_kelurahan: Option<&'a str>,
    pub victim_disability: Option<&'a str>,
    pub complainant_name: Option<&'a str>,
    pub complainant_phone: Option<&'a str>,
    pub complainant_relation: Option<&'a str>,
    pub perpetrators: Vec<PerpetratorInput<'a>>,
    /// Each perpetrator field that lists more entries than the perpetrators' names, and how
    /// many (refused by the checks: see [`perpetrators_listed`]).
    pub perpetrators_past_names: Vec<(&'static str, usize)>,
    /// The columns given but not readable as their fields (a bulk file's age that is no
    /// number, a workbook's date cell holding 0: refused already): none of them is missing.
    pub unread: Vec<&'static str>,
    pub violence: Vec<&'a str>,
    pub place: Option<&'a str>,
    pub incident_date: Option<&'a str>,
    pub chronology: Option<&'a str>,
    pub urgency: Option<&'a str>,
    pub risk: Option<&'a str>,
    pub external_ref: Option<&'a str>,
}

/// How many perpetrators the `perpetrator_*` lists give, matched by position: `names` entries
/// in `perpetrator_name`; each other field with its entries and how many of them count (up to
/// its last one that is not empty). With names, the names' count: a field with a value past
/// them is that field and its count (as the second value), for a refusal (a `,` typed for `;`
/// between two names, an age too many), and empty entries past them are nothing. Without names,
/// the longest list: perpetrators known by their sex, age or relation only.
pub fn perpetrators_listed(
    names: usize,
    others: [(&'static str, usize, usize); 3],
) -> (usize, Vec<(&'static str, usize)>) {
    if names == 0 {
        return (others.iter().map(|o| o.1).max().unwrap_or(0), Vec::new());
    }
    let past = others
        .iter()
        .filter(|o| o.2 > names)
        .map(|&(field, _, used)| (field, used))
        .collect();
    (names, past)
}

/// How many entries of `list` count: up to its last one that is not empty.
pub fn used<S: AsRef<str>>(list: &[S]) -> usize {
    list.iter()
        .rposition(|s| !s.as_ref().trim().is_empty())
        .map_or(0, |i| i + 1)
}

impl<'a> Input<'a> {
    pub fn from_args(a: &'a IntakeArgs) -> Input<'a> {
        let ages = a.perpetrator_age.len();
        let (n, past) = perpetrators_listed(
            a.perpetrator_name.len(),
            [
                (
                    "perpetrator_sex",
                    a.perpetrator_sex.len(),
                    used(&a.perpetrator_sex),
                ),
                ("perpetrator_age", ages, ages),
                (
                    "perpetrator_relation",
                    a.perpetrator_relation.len(),
                    used(&a.perpetrator_relation),
                ),
            ],
        );
        Input {
            sop: a.sop.as_deref(),
            reported_at: a.reported_at.as_deref(),
            channel: a.channel.as_deref(),
            victim_name: a.victim_name.as_deref(),
            victim_nik: a.victim_nik.as_deref(),
            victim_sex: a.victim_sex.as_deref(),
            victim_birth_date: a.victim_birth_date.as_deref(),
            victim_age: a.victim_age,
            victim_phone: a.victim_phone.as_deref(),
            victim_address: a.victim_address.as_deref(),
            victim_kecamatan: a.victim_kecamatan.as_deref(),
            victim_kelurahan: a.victim_kelurahan.as_deref(),
            victim_disability: a.victim_disability.as_deref(),
            complainant_name: a.complainant_name.as_deref(),
            complainant_phone: a.complainant_phone.as_deref(),
            complainant_relation: a.complainant_relation.as_deref(),
            perpetrators: (0..n)
                .map(|i| PerpetratorInput {
                    name: a.perpetrator_name.get(i).map(String::as_str),
                    sex: a.perpetrator_sex.get(i).map(String::as_str),
                    age: a.perpetrator_age.get(i).copied(),
                    relation: a.perpetrator_relation.get(i).map(String::as_str),
                })
                .collect(),
            perpetrators_past_names: past,
            unread: Vec::new(),
            violence: a.violence.iter().map(String::as_str).collect(),
            place: a.place.as_deref(),
            incident_date: a.incident_date.as_deref(),
            chronology: a.chronology.as_deref(),
            urgency: a.urgency.as_deref(),
            risk: a.risk.as_deref(),
            external_ref: a.external_ref.as_deref(),
        }
    }

    /// The required fields that are missing, as flags.
    pub fn missing(&self) -> Vec<&'static str> {
        let given = |col: &str| self.unread.contains(&col);
        let blank =
            |s: Option<&str>, col: &str| s.is_none_or(|s| s.trim().is_empty()) && !given(col);
        let mut m = Vec::new();
        if blank(self.sop, "sop") {
            m.push("--sop");
        }
        if blank(self.channel, "channel") {
            m.push("--channel");
        }
        if blank(self.victim_name, "victim_name") {
            m.push("--victim-name");
        }
        if blank(self.victim_sex, "victim_sex") {
            m.push("--victim-sex");
        }
        if blank(self.victim_birth_date, "victim_birth_date")
            && self.victim_age.is_none()
            && !given("victim_age")
        {
            m.push(t(
                "--victim-birth-date or --victim-age",
                "--victim-birth-date atau --victim-age",
            ));
        }
        if self.violence.iter().all(|v| v.trim().is_empty()) && !given("violence") {
            m.push("--violence");
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::{perpetrators_listed, used};

    #[test]
    fn perpetrators_are_the_names_and_a_field_past_them_is_told() {
        let others = |s: usize, a: usize, r: usize| {
            [
                ("perpetrator_sex", s, s),
                ("perpetrator_age", a, a),
                ("perpetrator_relation", r, r),
            ]
        };
        assert_eq!(perpetrators_listed(2, others(1, 2, 0)), (2, vec![]));
        assert_eq!(
            perpetrators_listed(2, others(1, 3, 3)),
            (2, vec![("perpetrator_age", 3), ("perpetrator_relation", 3)]),
            "every list past the names"
        );
        assert_eq!(
            perpetrators_listed(0, others(2, 3, 0)),
            (3, vec![]),
            "no names"
        );
        // Counted up to the last entry that is not empty: `L;` is one, `;L` two.
        assert_eq!(
            (used(&["L", ""]), used(&["", "L"]), used(&[" "])),
            (1, 2, 0)
        );
        let sexes = ["L", " "];
        let trailing = [
            ("perpetrator_sex", sexes.len(), used(&sexes)),
            ("perpetrator_age", 0, 0),
            ("perpetrator_relation", 0, 0),
        ];
        assert_eq!(perpetrators_listed(1, trailing), (1, vec![]));
    }
}
