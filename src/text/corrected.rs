//! A correction's fields as people read them: the field's name in the language in use, and a
//! stored value (a time in office time, seconds as a duration, a verdict in words). Used by
//! `case show` and `report case`; JSON keeps the stored names and values.

use crate::clock::{self, Zone};
use crate::text::t;

/// A stored value as people read it: a stored time in office time, seconds as a duration, a
/// verdict in words, else as stored.
pub fn field_value(field: &str, v: Option<&str>, zone: Zone) -> String {
    match v {
        None => "—".to_string(),
        Some(s) if field.ends_with("_secs") => s
            .parse()
            .map(crate::text::duration)
            .unwrap_or_else(|_| s.to_string()),
        Some(s) if field == "verdict" || field == "status" => {
            crate::text::code_words(s).to_string()
        }
        Some(s) => clock::from_db(s)
            .map(|t| clock::to_local_short(t, zone))
            .unwrap_or_else(|| s.to_string()),
    }
}

/// A corrected field's name as people read it, in the language in use (JSON keeps the stored
/// name: `risk`, `birth_date`, `finished_at`).
pub fn field_label(field: &str) -> String {
    match field {
        "reported_at" => t("report time", "waktu laporan"),
        "channel" => t("channel", "saluran"),
        "place" => t("place", "tempat kejadian"),
        "incident_date" => t("incident date", "tanggal kejadian"),
        "chronology" => t("chronology", "kronologi"),
        "urgency" => t("urgency", "kedaruratan"),
        "risk" => t("risk", "risiko"),
        "is_child" => t("child", "anak"),
        "types" => t("violence types", "jenis kekerasan"),
        "name" => t("name", "nama"),
        "nik" => t("NIK", "NIK"),
        "sex" => t("sex", "jenis kelamin"),
        "birth_date" => t("birth date", "tanggal lahir"),
        "age" => t("age", "umur"),
        "phone" => t("phone", "telepon"),
        "address" => t("address", "alamat"),
        "kecamatan" => t("kecamatan", "kecamatan"),
        "kelurahan" => t("kelurahan", "kelurahan"),
        "disability" => t("disability", "disabilitas"),
        "relation" => t("relation", "hubungan"),
        "role" => t("role", "peran"),
        "started_at" => t("started", "mulai"),
        "finished_at" => t("finished", "selesai"),
        "performer" => t("performer", "pelaksana"),
        "output" => t("output", "keluaran"),
        "elapsed_secs" => t("time taken", "durasi"),
        "verdict" => t("verdict", "penilaian"),
        "voided_at" => t("void", "batal"),
        "outcome" => t("outcome", "hasil"),
        "status" => t("status", "status"),
        other => other,
    }
    .to_string()
}
