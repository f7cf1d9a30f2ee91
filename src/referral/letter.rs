//! The referral letter (surat rujukan, or surat pelimpahan for a handover), in Bahasa
//! Indonesia, as text or HTML: the unit's header, the case number, the agency, the service asked
//! and only the data the referral shares, field by field. Pure: the caller gives every value.

use crate::report::svg::esc;
/// What a letter says.
pub struct Letter<'a> {
    /// The unit's name (setting `unit-name`).
    pub unit: &'a str,
    pub case_number: &'a str,
    pub referral_id: i64,
    /// The day it was sent, as written in the letter ("2 Maret 2026").
    pub date: String,
    pub agency: &'a str,
    pub agency_kind: &'a str,
    pub region: Option<&'a str>,
    pub service: &'a str,
    pub handover: bool,
    /// The shared data, (label, value), in the order of `--share`; nothing else is printed.
    pub shared: &'a [(String, String)],
    /// The items shared when sent but withheld now, consent to share having been withdrawn
    /// since (their names only, never their values: `identity`, `contact`, `chronology`).
    pub withheld: &'a [String],
    pub signed_by: &'a str,
}

/// A date as an Indonesian letter writes it: "2 Maret 2026".
pub fn tanggal(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {} {}",
        d.day(),
        crate::report::html::MONTHS_ID[d.month0() as usize],
        d.year()
    )
}

fn lines(l: &Letter) -> (String, Vec<(String, String)>, Vec<String>) {
    let title = if l.handover {
        "SURAT PELIMPAHAN KASUS"
    } else {
        "SURAT RUJUKAN"
    };
    let mut head = vec![
        ("Nomor kasus".to_string(), l.case_number.to_string()),
        ("Nomor rujukan".to_string(), l.referral_id.to_string()),
        ("Tanggal".to_string(), l.date.clone()),
        (
            "Kepada".to_string(),
            format!("{} ({})", l.agency, l.agency_kind),
        ),
    ];
    if let Some(r) = l.region {
        head.push(("Wilayah".to_string(), r.to_string()));
    }
    head.push(("Layanan yang diminta".to_string(), l.service.to_string()));
    let mut body = if l.handover {
        vec![
            "Dengan ini kami melimpahkan penanganan kasus tersebut kepada lembaga Bapak/Ibu: \
             kasus ini diserahkan sepenuhnya dan akan ditutup di unit kami setelah pelimpahan ini \
             diterima."
                .to_string(),
            "Mohon konfirmasi penerimaan pelimpahan ini kepada kami.".to_string(),
        ]
    } else {
        vec![
            "Dengan ini kami merujuk korban dalam kasus tersebut untuk mendapatkan layanan di lembaga Bapak/Ibu."
                .to_string(),
            "Mohon konfirmasi penerimaan rujukan ini dan kabarkan hasil layanannya kepada kami."
                .to_string(),
        ]
    };
    body.push(
        "Data di bawah ini dibagikan hanya untuk keperluan layanan tersebut dan tidak untuk diteruskan."
            .to_string(),
    );
    if !l.withheld.is_empty() {
        let names: Vec<&str> = l.withheld.iter().map(|w| item_name(w)).collect();
        body.push(format!(
            "Data {} tidak disertakan dalam surat ini karena persetujuan korban untuk berbagi \
             informasi telah dicabut setelah rujukan dikirim.",
            names.join(", ")
        ));
    }
    (title.to_string(), head, body)
}

/// An item of `--share` as the letter names it.
fn item_name(item: &str) -> &'static str {
    match item {
        "identity" => "identitas korban",
        "contact" => "kontak korban",
        "chronology" => "kronologi",
        "assessment" => "hasil asesmen",
        _ => "jenis kekerasan",
    }
}

/// The letter as plain text.
pub fn text(l: &Letter) -> String {
    let (title, head, body) = lines(l);
    let mut out = format!("{}\n\n{title}\n\n", l.unit);
    for (k, v) in &head {
        out.push_str(&format!("{k}: {v}\n"));
    }
    out.push('\n');
    for b in &body {
        out.push_str(b);
        out.push('\n');
    }
    out.push_str("\nData yang dibagikan:\n");
    if l.shared.is_empty() {
        out.push_str("  (tidak ada data korban yang dibagikan)\n");
    }
    for (k, v) in l.shared {
        out.push_str(&format!("  {k}: {v}\n"));
    }
    out.push_str(&format!("\nHormat kami,\n{}\n{}\n", l.unit, l.signed_by));
    out
}

/// The letter as one HTML page (no script, no outside resource).
pub fn html(l: &Letter) -> String {
    let (title, head, body) = lines(l);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n\
         <style>body{{font-family:serif;max-width:40em;margin:2em auto}}th{{text-align:left;padding-right:1em}}</style>\n\
         </head>\n<body>\n<header><h1>{u}</h1></header>\n<h2>{t}</h2>\n<table>\n",
        t = esc(&title),
        u = esc(l.unit)
    );
    for (k, v) in &head {
        out.push_str(&format!(
            "<tr><th>{}</th><td>{}</td></tr>\n",
            esc(k),
            esc(v)
        ));
    }
    out.push_str("</table>\n");
    for b in &body {
        out.push_str(&format!("<p>{}</p>\n", esc(b)));
    }
    out.push_str("<h3>Data yang dibagikan</h3>\n<table>\n");
    if l.shared.is_empty() {
        out.push_str("<tr><td>(tidak ada data korban yang dibagikan)</td></tr>\n");
    }
    for (k, v) in l.shared {
        out.push_str(&format!(
            "<tr><th>{}</th><td>{}</td></tr>\n",
            esc(k),
            esc(v)
        ));
    }
    out.push_str(&format!(
        "</table>\n<p>Hormat kami,<br>{}<br>{}</p>\n</body>\n</html>\n",
        esc(l.unit),
        esc(l.signed_by)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_holds_what_it_is_given_and_escapes_html() {
        let shared = [("Nama korban".to_string(), "Siti <Contoh>".to_string())];
        let l = Letter {
            unit: "UPTD PPA Kota Contoh",
            case_number: "PPA/2026/0001",
            referral_id: 1,
            date: tanggal(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()),
            agency: "RSUD Contoh",
            agency_kind: "kesehatan",
            region: None,
            service: "kesehatan",
            handover: true,
            shared: &shared,
            withheld: &[],
            signed_by: "Rina Contoh",
        };
        let t = text(&l);
        assert!(
            t.contains("SURAT PELIMPAHAN KASUS") && t.contains("2 Maret 2026"),
            "{t}"
        );
        assert!(t.contains("Nama korban: Siti <Contoh>"));
        let h = html(&l);
        assert!(
            h.contains("Siti &lt;Contoh&gt;") && !h.contains("<Contoh>"),
            "{h}"
        );
        assert!(t.contains("akan ditutup di unit kami"), "{t}");
        let withheld = ["identity".to_string(), "chronology".to_string()];
        let none = Letter {
            shared: &[],
            withheld: &withheld,
            handover: false,
            ..l
        };
        let t = text(&none);
        assert!(t.contains("tidak ada data korban"));
        assert!(
            t.contains("Data identitas korban, kronologi tidak disertakan")
                && t.contains("telah dicabut"),
            "{t}"
        );
        assert!(!t.contains("akan ditutup"), "{t}");
    }
}
