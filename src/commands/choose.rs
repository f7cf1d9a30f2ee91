//! Choosing an agency at a terminal, for every command that needs one (`referral create` today):
//! the person types part of the name, then picks from the active agencies whose names contain
//! it (a list, never a guess chosen for them). Below the commands, so that none reaches into
//! another's module; it asks only through [`crate::prompt::Asker`].

use crate::error::{Error, Result};
use crate::prompt::{Asker, Checked};
use crate::register::agencies::AgencyRow;
use crate::register::Register;
use crate::text::t;

/// The active agencies whose name contains `part` (any letter case, spacing and punctuation
/// aside), in the directory's order.
pub fn matching<'a>(agencies: &'a [AgencyRow], part: &str) -> Vec<&'a AgencyRow> {
    let want = plain(part);
    agencies
        .iter()
        .filter(|a| a.active && !want.is_empty() && plain(&a.name).contains(&want))
        .collect()
}

/// Letters and digits only, lower case: "RSUD  Contoh," and "rsud contoh" read the same.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An active agency, chosen by a person: part of its name typed (asked again while no active
/// agency's name contains it), then one picked from those that do, each shown with its kind.
/// Esc at the list goes back to typing. With no active agency at all, a refusal that says how
/// to add one (nothing is asked).
pub fn agency(asker: &dyn Asker, reg: &Register) -> Result<AgencyRow> {
    let all = reg.agencies(false)?;
    if all.is_empty() {
        return Err(Error::Refused(
            t(
                "the directory has no active agency: add one with `kasus agency add NAME --kind KIND`; nothing was recorded",
                "direktori tidak punya lembaga aktif: tambahkan dengan `kasus agency add NAMA --kind JENIS`; tidak ada yang dicatat",
            )
            .into(),
        ));
    }
    loop {
        let check = |s: &str| {
            if matching(&all, s).is_empty() {
                Checked::Wrong(
                    t(
                        "no active agency's name contains this: type another part of the name (`kasus agency list` shows them)",
                        "tidak ada nama lembaga aktif yang memuat ini: ketik bagian lain dari namanya (`kasus agency list` menampilkannya)",
                    )
                    .to_string(),
                )
            } else {
                Checked::Ok(s.to_string())
            }
        };
        let part = asker
            .checked(
                t(
                    "Agency: type part of its name",
                    "Lembaga: ketik sebagian namanya",
                ),
                false,
                None,
                &check,
            )?
            .unwrap_or_default();
        let found = matching(&all, &part);
        let items: Vec<String> = found
            .iter()
            .map(|a| {
                let kind = crate::vocab::AGENCY_KIND.label(&a.kind);
                match &a.region {
                    Some(r) => format!("{} — {kind}, {r}", a.name),
                    None => format!("{} — {kind}", a.name),
                }
            })
            .collect();
        let prompt = crate::tr!(
            "Which agency? ({} found; Esc to type again)",
            "Lembaga yang mana? ({} ditemukan; Esc untuk mengetik ulang)",
            found.len()
        );
        if let Some(i) = asker.select(&prompt, &items, Some(0))? {
            return Ok(found[i].clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::matching;
    use crate::register::agencies::AgencyRow;

    fn a(name: &str, active: bool) -> AgencyRow {
        AgencyRow {
            id: 0,
            uuid: String::new(),
            name: name.into(),
            kind: "kesehatan".into(),
            region: None,
            contact: None,
            active,
            created_at: String::new(),
        }
    }

    #[test]
    fn part_of_a_name_finds_the_active_agencies_that_contain_it() {
        let all = [
            a("RSUD Contoh", true),
            a("RS Bhayangkara Contoh", true),
            a("RSUD Lama Contoh", false),
            a("Polres Contoh", true),
        ];
        let names =
            |p: &str| -> Vec<String> { matching(&all, p).iter().map(|a| a.name.clone()).collect() };
        assert_eq!(names("rsud"), ["RSUD Contoh"]);
        assert_eq!(names("contoh").len(), 3);
        assert_eq!(names("BHAYANG kara"), ["RS Bhayangkara Contoh"]);
        assert!(
            names("lama").is_empty(),
            "an inactive agency is not offered"
        );
        assert!(names(" ").is_empty());
        assert!(names("xyz").is_empty());
    }
}
