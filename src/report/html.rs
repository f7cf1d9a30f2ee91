//! The monthly report as one self-contained HTML page: inline CSS (A4 portrait, `@page`), the
//! charts of [`super::svg`] inline, no script, no web font, nothing fetched. Written in the
//! page's own language (Bahasa Indonesia unless asked otherwise), whatever the interface's.
//! Holds no personal data: counts, SOP steps and, unless de-identified, case numbers of late
//! steps. Pure: the model in, the page's text out.

use super::monthly::{Monthly, StepCompliance};
use super::simfoni;
use super::summary::categories;
use super::svg::{self, esc};
use crate::text::{duration_in, Lang};
use crate::vocab::{self, Vocab};
use std::fmt::Write;

/// The page's words: English or Indonesian, chosen per page.
struct W(Lang);

impl W {
    fn t<'a>(&self, en: &'a str, id: &'a str) -> &'a str {
        match self.0 {
            Lang::En => en,
            Lang::Id => id,
        }
    }
}

/// The months in Bahasa Indonesia (also the referral letter's dates).
pub const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const CSS: &str = "@page{size:A4 portrait;margin:15mm}\
*{box-sizing:border-box}\
html{background:#fff;color:#000}\
body{margin:0 auto;width:180mm;max-width:100%;font:9.5pt/1.35 sans-serif}\
h1{font-size:15pt;margin:0 0 2pt}\
h2{font-size:11.5pt;margin:12pt 0 4pt;border-bottom:1px solid #000;break-after:avoid;page-break-after:avoid;break-inside:avoid}\
h3{font-size:10pt;margin:6pt 0 2pt;break-after:avoid;page-break-after:avoid}\
p{margin:2pt 0}\
.sub{color:#333}\
.heads{display:grid;grid-template-columns:repeat(4,1fr);gap:4pt;margin:6pt 0}\
.head{border:1px solid #000;padding:4pt}\
.head b{display:block;font-size:16pt}\
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:2pt 10pt}\
.grid2>div{break-inside:avoid}\
table{border-collapse:collapse;width:100%;margin:2pt 0 4pt;break-inside:auto}\
th,td{border:1px solid #777;padding:1pt 3pt;text-align:left;vertical-align:top}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
td.n{white-space:nowrap}\
.nw{white-space:nowrap}\
tr{break-inside:avoid}\
thead{display:table-header-group}\
tfoot td{font-weight:bold}\
figure{margin:4pt 0;break-inside:avoid;page-break-inside:avoid}\
figcaption{font-size:8.5pt;color:#333}\
svg{max-width:100%;height:auto;display:block}\
.late{word-break:break-word}\
footer{margin-top:10pt;font-size:8pt;color:#333;border-top:1px solid #777}";

fn month_name(w: &W, m: super::monthly::Month) -> String {
    let names = match w.0 {
        Lang::En => MONTHS_EN,
        Lang::Id => MONTHS_ID,
    };
    format!("{} {}", names[m.month as usize - 1], m.year)
}

fn short_month(w: &W, m: super::monthly::Month) -> String {
    let names = match w.0 {
        Lang::En => MONTHS_EN,
        Lang::Id => MONTHS_ID,
    };
    format!("{} {:02}", &names[m.month as usize - 1][..3], m.year % 100)
}

fn share(on: u64, of: u64) -> String {
    if of == 0 {
        "—".into()
    } else {
        format!("{:.0}%", on as f64 * 100.0 / of as f64)
    }
}

/// A referral's status as the page reads it, in the page's language; `sent` is one not answered
/// yet.
fn referral_status<'a>(w: &W, code: &'a str) -> &'a str {
    match code {
        "sent" => w.t("awaiting an answer", "menunggu jawaban"),
        "accepted" => w.t("accepted", "diterima"),
        "rejected" => w.t("rejected", "ditolak"),
        "done" => w.t("done", "selesai"),
        "cancelled" => w.t("cancelled", "dibatalkan"),
        other => other,
    }
}

fn secs(w: &W, v: Option<f64>) -> String {
    v.map(|s| duration_in(s.round() as u64, w.0))
        .unwrap_or_else(|| "—".into())
}

/// A category's label: a vocabulary's, or the page's words for the few codes of its own.
fn label(w: &W, dimension: &str, code: &str) -> String {
    let v: Option<&Vocab> = match dimension {
        "violence" => Some(&vocab::VIOLENCE),
        "victim_sex" => Some(&vocab::SEX),
        "channel" => Some(&vocab::CHANNEL),
        "place" => Some(&vocab::PLACE),
        "relation" => Some(&vocab::RELATION),
        "service" => Some(&vocab::SERVICE),
        _ => None,
    };
    match (code, dimension) {
        ("unknown", _) => w.t("Not recorded", "Tidak tercatat").into(),
        ("child", _) => w.t("Child", "Anak").into(),
        ("adult", _) => w.t("Adult", "Dewasa").into(),
        ("0", "delay") => w.t("Same day", "Hari yang sama").into(),
        ("365+", "delay") => w.t("More than a year", "Lebih dari setahun").into(),
        (c, "delay") => format!("{c} {}", w.t("days", "hari")),
        (c, "age_group") => format!("{c} {}", w.t("years", "tahun")),
        (c, _) => v
            .map(|v| v.label_in(c, w.0).to_string())
            .unwrap_or_else(|| c.into()),
    }
}

/// A one-column table of a dimension's categories (every category, zero rows too) and total.
fn list_table(out: &mut String, w: &W, m: &Monthly, title: &str, dimension: &str, note: &str) {
    let _ = write!(
        out,
        "<div><h3>{}</h3><table data-table=\"{dimension}\"><thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(title),
        w.t("Category", "Kategori"),
        w.t("Cases", "Kasus")
    );
    for c in categories(dimension) {
        let _ = write!(
            out,
            "<tr data-key=\"{dimension}/{}\"><td>{}</td><td class=\"n\">{}</td></tr>",
            esc(&c),
            esc(&label(w, dimension, &c)),
            m.counts.registered(dimension, &c)
        );
    }
    out.push_str("</tbody></table>");
    if !note.is_empty() {
        let _ = write!(out, "<p class=\"sub\">{}</p>", esc(note));
    }
    out.push_str("</div>");
}

/// A cross table of the cases registered: rows x columns with totals (zero rows and columns
/// shown).
#[allow(clippy::too_many_arguments)]
fn cross_table(
    out: &mut String,
    w: &W,
    m: &Monthly,
    title: &str,
    table: &'static str,
    rows: &[(String, String)],
    columns: &[(String, String)],
    corner: &str,
) {
    let _ = write!(
        out,
        "<div><h3>{}</h3><table data-table=\"{table}\"><thead><tr><th>{}</th>",
        esc(title),
        esc(corner)
    );
    for (_, l) in columns {
        let _ = write!(out, "<th class=\"n\">{}</th>", esc(l));
    }
    let _ = write!(
        out,
        "<th class=\"n\">{}</th></tr></thead><tbody>",
        w.t("Total", "Jumlah")
    );
    let mut col_totals = vec![0u64; columns.len()];
    for (r, rl) in rows {
        let _ = write!(
            out,
            "<tr data-key=\"{table}/{}\"><td{}>{}</td>",
            esc(r),
            // Age groups ("13-17 years") on one line; longer labels may wrap.
            if table == "age_sex" {
                " class=\"nw\""
            } else {
                ""
            },
            esc(rl)
        );
        let mut total = 0;
        for (i, (c, _)) in columns.iter().enumerate() {
            let v = m.counts.cross(table, r, c);
            total += v;
            col_totals[i] += v;
            let _ = write!(out, "<td class=\"n\" data-col=\"{}\">{v}</td>", esc(c));
        }
        let _ = write!(out, "<td class=\"n\">{total}</td></tr>");
    }
    let _ = write!(
        out,
        "</tbody><tfoot><tr><td>{}</td>",
        w.t("Total", "Jumlah")
    );
    for v in &col_totals {
        let _ = write!(out, "<td class=\"n\">{v}</td>");
    }
    let _ = write!(
        out,
        "<td class=\"n\">{}</td></tr></tfoot></table></div>",
        col_totals.iter().sum::<u64>()
    );
}

fn step_label(s: &StepCompliance) -> String {
    format!("{} · {}", s.sop, s.step)
}

/// The whole page.
pub fn page(m: &Monthly, lang: Lang) -> String {
    let w = W(lang);
    let c = &m.counts;
    let mut o = String::with_capacity(64 * 1024);
    let title = format!(
        "{} — {}",
        w.t("Monthly report", "Laporan bulanan"),
        month_name(&w, m.month)
    );
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{} · {}</title><style>{CSS}</style></head><body>",
        match lang {
            Lang::En => "en",
            Lang::Id => "id",
        },
        esc(&title),
        esc(&m.unit)
    );
    // The unit and period.
    let _ = write!(
        o,
        "<header><h1>{}</h1><p class=\"sub\">{}: {} · {}: {} ({}){}{}</p></header>",
        esc(&title),
        w.t("Unit", "Unit"),
        esc(&m.unit),
        w.t("Period", "Periode"),
        month_name(&w, m.month),
        m.month.code(),
        m.as_of
            .as_ref()
            .map(|d| format!(
                " · <b data-figure=\"as_of\">{} {}</b>",
                w.t("month not over: as of", "bulan belum selesai: sampai"),
                esc(d)
            ))
            .unwrap_or_default(),
        m.sop
            .as_ref()
            .map(|s| format!(" · SOP: {}", esc(s)))
            .unwrap_or_default()
    );
    // Headline figures.
    let (on, judged) = m.steps_on_time();
    let new = c.registered("total", "all");
    let heads: Vec<(&str, String, String, String)> = vec![
        (
            "new_cases",
            w.t("New cases", "Kasus baru").into(),
            new.to_string(),
            w.t("registered in the month", "terdaftar bulan ini").into(),
        ),
        (
            "victims",
            w.t("Victims: women / men", "Korban: perempuan / laki-laki")
                .into(),
            format!(
                "{} / {}",
                c.registered("victim_sex", "P"),
                c.registered("victim_sex", "L")
            ),
            format!(
                "{} {} · {} {}",
                c.registered("child", "child"),
                w.t("children", "anak"),
                c.registered("child", "adult"),
                w.t("adults", "dewasa")
            ),
        ),
        (
            "closed_open",
            w.t("Closed / open", "Ditutup / terbuka").into(),
            format!("{} / {}", c.get("total", "all").1, m.open_at_end),
            if m.as_of.is_some() {
                w.t(
                    "closed in the month so far · open now",
                    "ditutup bulan ini sejauh ini · terbuka sekarang",
                )
            } else {
                w.t(
                    "closed in the month · open at its end",
                    "ditutup bulan ini · terbuka di akhir bulan",
                )
            }
            .into(),
        ),
        (
            "steps_on_time",
            w.t("Steps on time", "Langkah tepat waktu").into(),
            share(on, judged),
            format!(
                "{on} {} {judged} {}",
                w.t("of", "dari"),
                w.t("judged", "dinilai")
            ),
        ),
    ];
    o.push_str("<section class=\"heads\" data-section=\"headline\">");
    for (key, k, v, sub) in &heads {
        let _ = write!(
            o,
            "<div class=\"head\" data-figure=\"{key}\">{}<b>{}</b><span class=\"sub\">{}</span></div>",
            esc(k),
            esc(v),
            esc(sub)
        );
    }
    // Referrals (issue 16): shown once the model carries them.
    if let Some(r) = &m.referrals {
        // The month's referrals, then where they stand now ("sent" alone would read as all
        // of them: a referral in status sent is one not answered yet).
        let statuses: Vec<String> = r
            .by_status
            .iter()
            .map(|(s, n)| format!("{} {n}", esc(referral_status(&w, s))))
            .collect();
        let _ = write!(
            o,
            "<div class=\"head\" data-section=\"referrals\">{}<b>{} {}</b><span class=\"sub\">{}; {}: {}</span></div>",
            w.t("Referrals", "Rujukan"),
            r.count,
            w.t("sent", "dikirim"),
            statuses.join(" · "),
            w.t("median response", "median tanggapan"),
            secs(&w, r.median_response_secs)
        );
    }
    o.push_str("</section>");

    // Trend.
    let points: Vec<(String, u64)> = m
        .trend
        .iter()
        .map(|(mm, n)| (short_month(&w, *mm), *n))
        .collect();
    let _ = write!(
        o,
        "<h2>{}</h2><figure>{}<figcaption>{}</figcaption></figure>",
        w.t("New cases, last 12 months", "Kasus baru, 12 bulan terakhir"),
        svg::bars(
            w.t("New cases per month", "Kasus baru per bulan"),
            "new-cases",
            w.t("New cases", "Kasus baru"),
            &points
        ),
        w.t(
            "Cases registered per month (by report date).",
            "Kasus terdaftar per bulan (menurut tanggal pelaporan)."
        )
    );

    // Violence by age group.
    let mut ages: Vec<String> = simfoni::AGE_GROUPS.iter().map(|a| a.to_string()).collect();
    let unknown_age = vocab::VIOLENCE
        .codes()
        .iter()
        .any(|v| c.cross("violence_age", v, "unknown") > 0);
    if unknown_age {
        ages.push("unknown".into());
    }
    let series: Vec<(String, String, Vec<u64>)> = vocab::VIOLENCE
        .codes()
        .into_iter()
        .map(|v| {
            (
                format!("violence-{v}"),
                label(&w, "violence", v),
                ages.iter().map(|a| c.cross("violence_age", v, a)).collect(),
            )
        })
        .collect();
    let age_labels: Vec<String> = ages
        .iter()
        .map(|a| {
            if a == "unknown" {
                "?".to_string()
            } else {
                a.clone()
            }
        })
        .collect();
    let _ = write!(
        o,
        "<h2>{}</h2><figure>{}<figcaption>{}</figcaption></figure>",
        w.t(
            "Violence types by the victim's age group",
            "Jenis kekerasan menurut kelompok usia korban"
        ),
        svg::stacked(
            w.t(
                "Violence types by age group",
                "Jenis kekerasan menurut kelompok usia"
            ),
            w.t("Victim's age group (years)", "Kelompok usia korban (tahun)"),
            w.t("Cases", "Kasus"),
            &age_labels,
            &series
        ),
        w.t(
            "A case counts once under each of its violence types.",
            "Satu kasus dihitung sekali pada tiap jenis kekerasannya."
        )
    );

    // Tables.
    let _ = write!(
        o,
        "<h2>{}</h2><div class=\"grid2\">",
        w.t("Victims and cases", "Korban dan kasus")
    );
    let mut age_rows: Vec<(String, String)> = simfoni::AGE_GROUPS
        .iter()
        .map(|a| (a.to_string(), label(&w, "age_group", a)))
        .collect();
    age_rows.push(("unknown".into(), label(&w, "age_group", "unknown")));
    let mut sexes: Vec<(String, String)> = vocab::SEX
        .codes()
        .into_iter()
        .map(|s| (s.to_string(), label(&w, "victim_sex", s)))
        .collect();
    sexes.push(("unknown".into(), label(&w, "victim_sex", "unknown")));
    cross_table(
        &mut o,
        &w,
        m,
        w.t(
            "Victims by age group and sex",
            "Korban menurut kelompok usia dan jenis kelamin",
        ),
        "age_sex",
        &age_rows,
        &sexes,
        w.t("Age group", "Kelompok usia"),
    );
    let violence_rows: Vec<(String, String)> = vocab::VIOLENCE
        .codes()
        .into_iter()
        .map(|v| (v.to_string(), label(&w, "violence", v)))
        .collect();
    let child_cols: Vec<(String, String)> = ["child", "adult"]
        .iter()
        .map(|k| (k.to_string(), label(&w, "child", k)))
        .collect();
    cross_table(
        &mut o,
        &w,
        m,
        w.t(
            "Violence type, child or adult",
            "Jenis kekerasan, anak atau dewasa",
        ),
        "violence_child",
        &violence_rows,
        &child_cols,
        w.t("Violence type", "Jenis kekerasan"),
    );
    list_table(
        &mut o,
        &w,
        m,
        w.t("Place of incident", "Tempat kejadian"),
        "place",
        "",
    );
    list_table(
        &mut o,
        &w,
        m,
        w.t(
            "Perpetrator's relation to the victim",
            "Hubungan pelaku dengan korban",
        ),
        "relation",
        w.t(
            "A case counts once per relation.",
            "Satu kasus dihitung sekali per hubungan.",
        ),
    );
    list_table(
        &mut o,
        &w,
        m,
        w.t("How the case came in", "Saluran pengaduan"),
        "channel",
        "",
    );
    list_table(
        &mut o,
        &w,
        m,
        w.t("Services given", "Layanan yang diberikan"),
        "service",
        w.t(
            "Cases of the month given each service (at any time).",
            "Kasus bulan ini yang menerima tiap layanan (kapan pun).",
        ),
    );
    list_table(
        &mut o,
        &w,
        m,
        w.t(
            "Time from incident to report",
            "Waktu dari kejadian sampai pelaporan",
        ),
        "delay",
        "",
    );
    o.push_str("</div>");

    // SOP compliance.
    let _ = write!(
        o,
        "<h2>{}</h2><table data-table=\"compliance\"><thead><tr><th>SOP</th><th class=\"n\">{}</th><th>{}</th><th class=\"n\">n</th><th class=\"n\">{}</th><th class=\"n\">P90</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        w.t("SOP compliance", "Kepatuhan SOP"),
        w.t("Step", "Langkah"),
        w.t("Activity", "Kegiatan"),
        w.t("Median", "Median"),
        w.t("Standard", "Standar"),
        w.t("On time", "Tepat waktu")
    );
    if m.compliance.is_empty() {
        let _ = write!(
            o,
            "<tr><td colspan=\"8\">{}</td></tr>",
            w.t(
                "No step was finished in the month.",
                "Tidak ada langkah yang selesai bulan ini."
            )
        );
    }
    for s in &m.compliance {
        let g = &s.group;
        let _ = write!(
            o,
            "<tr data-key=\"{}/{}\" data-n=\"{}\" data-judged=\"{}\" data-on-time=\"{}\" data-median=\"{}\" data-p90=\"{}\"><td class=\"nw\">{}</td><td class=\"n\">{}</td><td class=\"act\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&s.sop),
            s.step,
            g.count(),
            g.judged,
            g.on_time,
            s.median().map(|x| x.to_string()).unwrap_or_default(),
            s.p90().map(|x| x.to_string()).unwrap_or_default(),
            esc(&s.sop),
            s.step,
            esc(&crate::text::one_line(&s.activity, 60)),
            g.count(),
            secs(&w, s.median()),
            secs(&w, s.p90().map(|x| x as f64)),
            g.standard_max
                .map(|x| duration_in(x, w.0))
                .unwrap_or_else(|| w.t("open-ended", "tanpa batas").into()),
            share(g.on_time, g.judged)
        );
    }
    let _ = write!(
        o,
        "</tbody></table><p class=\"sub\">{}</p>",
        w.t(
            "Steps finished in the month; effective working time on each step's clock, pauses taken off. Median: the middle time; P90: 9 in 10 took at most this; on time: at most the standard's maximum.",
            "Langkah yang selesai bulan ini; waktu kerja efektif menurut jam tiap langkah, dikurangi jeda. Median: waktu tengah; P90: 9 dari 10 paling lama sekian; tepat waktu: paling lama batas atas standar."
        )
    );
    let rows: Vec<svg::DotRow> = m
        .compliance
        .iter()
        .filter_map(|s| {
            let max = s.group.standard_max?;
            (s.group.judged > 0).then(|| svg::DotRow {
                key: format!("step-{}-{}", s.sop, s.step),
                label: format!("{} (n={})", step_label(s), s.group.count()),
                elapsed: s.group.elapsed.clone(),
                standard_max: max,
            })
        })
        .collect();
    if !rows.is_empty() {
        let _ = write!(
            o,
            "<h2>{}</h2><figure>{}<figcaption>{}</figcaption></figure>",
            w.t("Each step's times against its standard", "Waktu tiap langkah terhadap standarnya"),
            svg::dots(
                w.t("Each step's times against its standard", "Waktu tiap langkah terhadap standarnya"),
                w.t(
                    "Time taken, as a share of the standard's maximum (the line at 100%)",
                    "Waktu yang dipakai, sebagai persen batas atas standar (garis pada 100%)"
                ),
                &rows
            ),
            w.t(
                "One dot per finished attempt: solid black dots are late, hollow dots on time. Steps without a maximum are in the table only.",
                "Satu titik per langkah selesai: titik hitam penuh terlambat, titik berongga tepat waktu. Langkah tanpa batas atas hanya ada di tabel."
            )
        );
    }

    // Late steps.
    let _ = write!(o, "<h2>{}</h2>", w.t("Late steps", "Langkah terlambat"));
    if m.late.is_empty() {
        let _ = write!(
            o,
            "<p>{}</p>",
            w.t(
                "No step finished late in the month.",
                "Tidak ada langkah yang selesai terlambat bulan ini."
            )
        );
    } else {
        let _ = write!(
            o,
            "<table data-table=\"late\"><thead><tr><th>SOP</th><th class=\"n\">{}</th><th class=\"n\">{}</th>{}</tr></thead><tbody>",
            w.t("Step", "Langkah"),
            w.t("Late", "Terlambat"),
            if m.deidentified {
                String::new()
            } else {
                format!("<th>{}</th>", w.t("Case numbers", "Nomor kasus"))
            }
        );
        for l in &m.late {
            let _ = write!(
                o,
                "<tr><td class=\"nw\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>{}</tr>",
                esc(&l.sop),
                l.step,
                l.count,
                if m.deidentified {
                    String::new()
                } else {
                    format!("<td class=\"late\">{}</td>", esc(&l.cases.join(", ")))
                }
            );
        }
        o.push_str("</tbody></table>");
    }
    let _ = writeln!(
        o,
        "<footer>{} {} · kasus {}{}</footer></body></html>",
        w.t("Made", "Dibuat"),
        esc(&m.made_at),
        env!("CARGO_PKG_VERSION"),
        if m.deidentified {
            format!(
                " · {}",
                w.t(
                    "de-identified: no case numbers",
                    "tanpa identitas: tanpa nomor kasus"
                )
            )
        } else {
            String::new()
        }
    );
    o
}
