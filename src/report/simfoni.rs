//! The Simfoni PPA sheet: its columns, in order, and one case's row (labels in Simfoni's words,
//! age groups, perpetrators one slot each), and Simfoni's age groups, which `report summary`
//! counts by too. Pure: the register reads the cases (`register::export::simfoni`).

use crate::clock::{self, Zone};
use crate::deidentify::Pseudo;
use crate::register::export::SimfoniCase;
use crate::vocab::{self, Vocab};
use serde_json::{json, Value};

/// The Simfoni sheet's columns, in order, with what each holds (documented in the README).
pub const COLUMNS: &[(&str, &str)] = &[
    ("case_number", "Nomor registrasi"),
    ("reported_date", "Tanggal pelaporan"),
    ("incident_date", "Tanggal kejadian"),
    ("channel", "Sumber pengaduan"),
    ("victim_sex", "Jenis kelamin korban"),
    ("victim_age", "Usia korban"),
    ("age_group", "Kelompok usia"),
    ("child", "Anak"),
    ("disability", "Disabilitas"),
    ("kecamatan", "Kecamatan"),
    ("kelurahan", "Kelurahan/desa"),
    ("violence_types", "Jenis kekerasan"),
    ("place", "Tempat kejadian"),
    ("perpetrator_count", "Jumlah pelaku"),
    ("perpetrator_relations", "Hubungan pelaku dengan korban"),
    ("perpetrator_sexes", "Jenis kelamin pelaku"),
    ("perpetrator_ages", "Usia pelaku"),
    ("services", "Layanan yang diberikan"),
    ("urgency", "Kedaruratan"),
    ("risk", "Tingkat risiko"),
    ("status", "Status kasus"),
];

/// Simfoni's age groups, in order.
pub const AGE_GROUPS: [&str; 7] = ["0-5", "6-12", "13-17", "18-24", "25-44", "45-59", "60+"];

/// The Simfoni age group of an age (`export simfoni` and `report summary` both count by it).
pub fn age_group(age: i64) -> &'static str {
    match age {
        ..=5 => "0-5",
        6..=12 => "6-12",
        13..=17 => "13-17",
        18..=24 => "18-24",
        25..=44 => "25-44",
        45..=59 => "45-59",
        _ => "60+",
    }
}

fn label(v: &Vocab, code: Option<&str>) -> Value {
    code.map(|c| json!(v.label(c))).unwrap_or(Value::Null)
}

/// One entry per perpetrator, "?" where not known, joined "; ".
fn slots(v: &[Option<String>], f: impl Fn(&str) -> String) -> Value {
    if v.is_empty() {
        return Value::Null;
    }
    json!(v
        .iter()
        .map(|x| x.as_deref().map(&f).unwrap_or_else(|| "?".into()))
        .collect::<Vec<_>>()
        .join("; "))
}

/// One case's row of the sheet, a value per column of [`COLUMNS`]; de-identified (`pseudo`),
/// the case number is its pseudonym and the kelurahan is left out.
pub fn row(c: &SimfoniCase, zone: Zone, pseudo: Option<&Pseudo>) -> Vec<Value> {
    let mut violence: Vec<&str> = c.violence.iter().map(String::as_str).collect();
    // In Simfoni's order (the list's own), not alphabetical.
    let order = |code: &str| vocab::VIOLENCE.values.iter().position(|v| v.0 == code);
    violence.sort_by_key(|v| order(v).unwrap_or(usize::MAX));
    let mut services: Vec<&str> = Vec::new();
    for s in &c.services {
        if !services.contains(&s.as_str()) {
            services.push(s);
        }
    }
    let join = |v: &[&str], vocab: &Vocab| {
        if v.is_empty() {
            Value::Null
        } else {
            json!(v
                .iter()
                .map(|x| vocab.label(x))
                .collect::<Vec<_>>()
                .join("; "))
        }
    };
    let reported = clock::from_db(&c.reported_at)
        .map(|t| clock::local_date(t, zone).to_string())
        .unwrap_or_else(|| c.reported_at.clone());
    vec![
        json!(match pseudo {
            Some(p) => p.token("c", &c.uuid),
            None => c.number.clone(),
        }),
        json!(reported),
        json!(c.incident_date),
        label(&vocab::CHANNEL, Some(&c.channel)),
        label(&vocab::SEX, c.victim_sex.as_deref()),
        json!(c.victim_age),
        json!(c.victim_age.map(age_group)),
        json!(if c.is_child { "Ya" } else { "Tidak" }),
        json!(c.disability),
        json!(c.kecamatan),
        match pseudo {
            Some(_) => Value::Null,
            None => json!(c.kelurahan),
        },
        join(&violence, &vocab::VIOLENCE),
        label(&vocab::PLACE, c.place.as_deref()),
        json!(c.perpetrator_count),
        slots(&c.perpetrator_relations, |x| {
            vocab::RELATION.label(x).into()
        }),
        slots(&c.perpetrator_sexes, |x| vocab::SEX.label(x).into()),
        ages(&c.perpetrator_ages),
        join(&services, &vocab::SERVICE),
        label(&vocab::URGENCY, Some(&c.urgency)),
        label(&vocab::RISK, c.risk.as_deref()),
        json!(status_label(&c.status)),
    ]
}

/// The case's status in Simfoni's language, capitalised as the other labels: Terbuka, Ditutup.
fn status_label(status: &str) -> &str {
    match status {
        "open" => "Terbuka",
        "closed" => "Ditutup",
        other => other,
    }
}

/// The perpetrators' ages: one known age is a number (as the victim's); several are joined as
/// [`slots`] joins them, `?` where not known.
fn ages(v: &[Option<String>]) -> Value {
    if let [Some(one)] = v {
        if let Ok(n) = one.trim().parse::<i64>() {
            return json!(n);
        }
    }
    slots(v, str::to_string)
}

/// The sheet's columns that hold labels of a list, with the list.
fn coded_columns() -> [(&'static str, &'static Vocab); 9] {
    [
        ("channel", &vocab::CHANNEL),
        ("victim_sex", &vocab::SEX),
        ("violence_types", &vocab::VIOLENCE),
        ("place", &vocab::PLACE),
        ("perpetrator_relations", &vocab::RELATION),
        ("perpetrator_sexes", &vocab::SEX),
        ("services", &vocab::SERVICE),
        ("urgency", &vocab::URGENCY),
        ("risk", &vocab::RISK),
    ]
}

/// The codes a case's row shows as labels, added to `used` as (column index in [`COLUMNS`],
/// the code's place in its list). A code not in its list (a complainant's free-text relation)
/// is not one.
pub fn codes_used(c: &SimfoniCase, used: &mut std::collections::BTreeSet<(usize, usize)>) {
    for (key, list) in coded_columns() {
        let Some(col) = COLUMNS.iter().position(|c| c.0 == key) else {
            continue;
        };
        let codes: Vec<&str> = match key {
            "channel" => vec![c.channel.as_str()],
            "victim_sex" => c.victim_sex.iter().map(String::as_str).collect(),
            "violence_types" => c.violence.iter().map(String::as_str).collect(),
            "place" => c.place.iter().map(String::as_str).collect(),
            "perpetrator_relations" => c
                .perpetrator_relations
                .iter()
                .flatten()
                .map(String::as_str)
                .collect(),
            "perpetrator_sexes" => c
                .perpetrator_sexes
                .iter()
                .flatten()
                .map(String::as_str)
                .collect(),
            "services" => c.services.iter().map(String::as_str).collect(),
            "urgency" => vec![c.urgency.as_str()],
            "risk" => c.risk.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        for code in codes {
            if let Some(at) = list.values.iter().position(|v| v.0 == code) {
                used.insert((col, at));
            }
        }
    }
}

/// The header of the sheet of codes beside the Simfoni sheet in a workbook.
pub const CODES_HEADER: [&str; 3] = ["Kolom", "Kode", "Label"];

/// The rows of the sheet of codes: (the column's Simfoni label, the code, its label), in the
/// sheet's column order and each list's own order.
pub fn code_rows(used: &std::collections::BTreeSet<(usize, usize)>) -> Vec<[&'static str; 3]> {
    let lists = coded_columns();
    used.iter()
        .filter_map(|&(col, at)| {
            let (key, label) = COLUMNS.get(col)?;
            let list = lists.iter().find(|l| l.0 == *key)?.1;
            let value = list.values.get(at)?;
            Some([*label, value.0, value.1])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_a_row_shows_are_listed_once_in_the_sheets_order() {
        let case = SimfoniCase {
            channel: "telepon".into(),
            urgency: "biasa".into(),
            victim_sex: Some("P".into()),
            violence: vec!["seksual".into(), "fisik".into()],
            perpetrator_relations: vec![Some("tetangga".into()), None, Some("adik ipar".into())],
            perpetrator_sexes: vec![Some("L".into()), Some("L".into())],
            ..Default::default()
        };
        let mut used = std::collections::BTreeSet::new();
        codes_used(&case, &mut used);
        codes_used(&case, &mut used);
        let rows = code_rows(&used);
        let keys: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[1])).collect();
        assert_eq!(
            keys,
            [
                ("Sumber pengaduan", "telepon"),
                ("Jenis kelamin korban", "P"),
                ("Jenis kekerasan", "fisik"),
                ("Jenis kekerasan", "seksual"),
                ("Hubungan pelaku dengan korban", "tetangga"),
                ("Jenis kelamin pelaku", "L"),
                ("Kedaruratan", "biasa"),
            ]
        );
        assert!(rows.iter().all(|r| r[2] != "?"));
        assert_eq!(rows[0][2], vocab::CHANNEL.label("telepon"));
    }

    #[test]
    fn age_groups() {
        let cases = [
            (0, "0-5"),
            (5, "0-5"),
            (6, "6-12"),
            (12, "6-12"),
            (13, "13-17"),
            (17, "13-17"),
            (18, "18-24"),
            (24, "18-24"),
            (25, "25-44"),
            (44, "25-44"),
            (45, "45-59"),
            (59, "45-59"),
            (60, "60+"),
            (90, "60+"),
        ];
        for (age, g) in cases {
            assert_eq!(age_group(age), g, "{age}");
        }
    }
}
