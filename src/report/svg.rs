//! The monthly report's charts, drawn as SVG text: a bar chart of a trend, stacked bars, and
//! dots against a standard line. Each drawn series is one element carrying `data-series` (the
//! browser test counts them); fills are greys and hatchings told apart in black and white, and
//! every bar and dot row is labelled. Pure: numbers and words in, SVG text out.

use std::fmt::Write;

/// The page's drawing width in CSS pixels: A4 (210 mm) less 15 mm margins each side.
pub const WIDTH: u32 = 680;

/// Escapes text for HTML and SVG (element text and attribute values alike).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Fills for up to eight series, each distinct in greyscale: solid greys, then hatchings and
/// dots on white (patterns defined by [`PATTERNS`]).
pub const FILLS: [&str; 8] = [
    "#1a1a1a",
    "#6b6b6b",
    "#b3b3b3",
    "url(#p-diag)",
    "url(#p-dots)",
    "url(#p-cross)",
    "url(#p-horiz)",
    "#e6e6e6",
];

const PATTERNS: &str = r##"<defs>
<pattern id="p-diag" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"/></pattern>
<pattern id="p-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.2" fill="#000"/></pattern>
<pattern id="p-cross" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="0.8"/></pattern>
<pattern id="p-horiz" width="6" height="4" patternUnits="userSpaceOnUse"><rect width="6" height="4" fill="#fff"/><line x1="0" y1="2" x2="6" y2="2" stroke="#000" stroke-width="1"/></pattern>
</defs>"##;

/// A "nice" upper bound for an axis and its tick step.
fn axis(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
        .max(1.0);
    ((max / step).ceil() * step, step)
}

fn open(svg: &mut String, height: u32, title: &str) {
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{t}" font-family="sans-serif" font-size="10"><title>{t}</title>"#,
        t = esc(title)
    );
}

/// Vertical bars, one per label (`series` names the one series in `data-series`), with the
/// value above each bar and a labelled y axis.
pub fn bars(title: &str, series: &str, y_label: &str, points: &[(String, u64)]) -> String {
    let height = 200;
    let (left, right, top, bottom) = (48.0, 10.0, 12.0, 30.0);
    let plot_w = WIDTH as f64 - left - right;
    let plot_h = height as f64 - top - bottom;
    let max = points.iter().map(|p| p.1).max().unwrap_or(0) as f64;
    let (top_value, step) = axis(max);
    let mut s = String::new();
    open(&mut s, height, title);
    y_axis(&mut s, left, top, plot_w, plot_h, top_value, step, y_label);
    let slot = plot_w / points.len().max(1) as f64;
    let y = |v: f64| top + plot_h - v / top_value * plot_h;
    if points.iter().any(|p| p.1 > 0) {
        let _ = write!(
            s,
            r#"<g data-series="{}" fill="{}">"#,
            esc(series),
            FILLS[1]
        );
        for (i, (_, v)) in points.iter().enumerate() {
            let x = left + slot * i as f64 + slot * 0.2;
            let _ = write!(
                s,
                r##"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" stroke="#000" stroke-width="0.5"/>"##,
                y(*v as f64),
                slot * 0.6,
                *v as f64 / top_value * plot_h
            );
        }
        s.push_str("</g>");
    }
    for (i, (label, v)) in points.iter().enumerate() {
        let cx = left + slot * (i as f64 + 0.5);
        let _ = write!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" text-anchor="middle">{v}</text><text x="{cx:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            y(*v as f64) - 3.0,
            height as f64 - bottom + 14.0,
            esc(label)
        );
    }
    s.push_str("</svg>");
    s
}

#[allow(clippy::too_many_arguments)]
fn y_axis(
    s: &mut String,
    left: f64,
    top: f64,
    plot_w: f64,
    plot_h: f64,
    top_value: f64,
    step: f64,
    label: &str,
) {
    let mut v = 0.0;
    while v <= top_value + 1e-9 {
        let y = top + plot_h - v / top_value * plot_h;
        let _ = write!(
            s,
            r##"<line x1="{left}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#ccc" stroke-width="0.5"/><text x="{:.1}" y="{:.1}" text-anchor="end">{v}</text>"##,
            left + plot_w,
            left - 4.0,
            y + 3.0
        );
        v += step;
    }
    let _ = write!(
        s,
        r##"<line x1="{left}" y1="{top}" x2="{left}" y2="{:.1}" stroke="#000"/><line x1="{left}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#000"/><text transform="translate(12 {:.1}) rotate(-90)" text-anchor="middle">{}</text>"##,
        top + plot_h,
        top + plot_h,
        left + plot_w,
        top + plot_h,
        top + plot_h / 2.0,
        esc(label)
    );
}

/// The stacked chart's first legend row: its baseline below the plot, its boxes 9 above it,
/// so a line of 10-point text (the axis title, baseline at +26) stays clear of it.
const LEGEND_TOP: f64 = 48.0;

/// Stacked bars: one bar per column label, one stack (a series, `data-series` = its key) per
/// row of `series`: (key, label, a value per column). Series with no value are listed in the
/// legend as 0 and not drawn.
pub fn stacked(
    title: &str,
    x_label: &str,
    y_label: &str,
    columns: &[String],
    series: &[(String, String, Vec<u64>)],
) -> String {
    let legend_rows = series.len().div_ceil(4) as u32;
    let height = 232 + legend_rows * 14;
    let (left, right, top, bottom) = (48.0, 10.0, 12.0, 56.0 + legend_rows as f64 * 14.0);
    let plot_w = WIDTH as f64 - left - right;
    let plot_h = height as f64 - top - bottom;
    let totals: Vec<u64> = (0..columns.len())
        .map(|c| {
            series
                .iter()
                .map(|s| s.2.get(c).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    let (top_value, step) = axis(totals.iter().copied().max().unwrap_or(0) as f64);
    let mut s = String::new();
    open(&mut s, height, title);
    s.push_str(PATTERNS);
    y_axis(&mut s, left, top, plot_w, plot_h, top_value, step, y_label);
    let slot = plot_w / columns.len().max(1) as f64;
    let mut base = vec![0u64; columns.len()];
    for (i, (key, _, values)) in series.iter().enumerate() {
        if values.iter().all(|v| *v == 0) {
            continue;
        }
        let _ = write!(
            s,
            r##"<g data-series="{}" fill="{}" stroke="#000" stroke-width="0.5">"##,
            esc(key),
            FILLS[i % FILLS.len()]
        );
        for (c, v) in values.iter().enumerate() {
            if *v == 0 {
                continue;
            }
            let y0 = top + plot_h - (base[c] + v) as f64 / top_value * plot_h;
            let _ = write!(
                s,
                r#"<rect x="{:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}"/>"#,
                left + slot * c as f64 + slot * 0.2,
                slot * 0.6,
                *v as f64 / top_value * plot_h
            );
            base[c] += v;
        }
        s.push_str("</g>");
    }
    for (c, label) in columns.iter().enumerate() {
        let cx = left + slot * (c as f64 + 0.5);
        let _ = write!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" text-anchor="middle">{}</text><text x="{cx:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            top + plot_h - totals[c] as f64 / top_value * plot_h - 3.0,
            totals[c],
            top + plot_h + 13.0,
            esc(label)
        );
    }
    let _ = write!(
        s,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
        left + plot_w / 2.0,
        top + plot_h + 26.0,
        esc(x_label)
    );
    for (i, (_, label, values)) in series.iter().enumerate() {
        let (row, col) = (i / 4, i % 4);
        let x = left + col as f64 * (plot_w / 4.0);
        // The legend starts a clear line below the axis title (its baseline at +26).
        let y = top + plot_h + LEGEND_TOP + row as f64 * 14.0;
        let _ = write!(
            s,
            r##"<rect x="{x:.1}" y="{:.1}" width="14" height="10" fill="{}" stroke="#000" stroke-width="0.5"/><text x="{:.1}" y="{y:.1}">{} ({})</text>"##,
            y - 9.0,
            FILLS[i % FILLS.len()],
            x + 18.0,
            esc(label),
            values.iter().sum::<u64>()
        );
    }
    s.push_str("</svg>");
    s
}

/// One row of the dot chart: a step's elapsed times against its standard's maximum.
pub struct DotRow {
    pub key: String,
    pub label: String,
    pub elapsed: Vec<u64>,
    pub standard_max: u64,
}

/// Each row's elapsed times as dots on a shared scale of "share of the standard" (the
/// standard's maximum = 100%, a vertical line), capped at 300% (dots beyond sit on the edge and
/// are counted in the row's label). A row is one series (`data-series` = its key).
pub fn dots(title: &str, x_label: &str, rows: &[DotRow]) -> String {
    let row_h = 18.0;
    let (left, right, top, bottom) = (210.0, 40.0, 10.0, 34.0);
    let height = (top + bottom + row_h * rows.len().max(1) as f64) as u32;
    let plot_w = WIDTH as f64 - left - right;
    let cap = 3.0;
    let x = |share: f64| left + share.min(cap) / cap * plot_w;
    let mut s = String::new();
    open(&mut s, height, title);
    let bottom_y = top + row_h * rows.len().max(1) as f64;
    for tick in [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0] {
        let stroke = if tick == 1.0 {
            r##"stroke="#000" stroke-width="1.5""##
        } else {
            r##"stroke="#ccc" stroke-width="0.5""##
        };
        let _ = write!(
            s,
            r#"<line x1="{0:.1}" y1="{top}" x2="{0:.1}" y2="{bottom_y:.1}" {stroke}/><text x="{0:.1}" y="{1:.1}" text-anchor="middle">{2}%</text>"#,
            x(tick),
            bottom_y + 12.0,
            (tick * 100.0) as u32
        );
    }
    let _ = write!(
        s,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
        left + plot_w / 2.0,
        bottom_y + 26.0,
        esc(x_label)
    );
    for (i, r) in rows.iter().enumerate() {
        let cy = top + row_h * (i as f64 + 0.5);
        let beyond = r
            .elapsed
            .iter()
            .filter(|e| **e as f64 > cap * r.standard_max as f64)
            .count();
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            left - 6.0,
            cy + 3.0,
            esc(&r.label)
        );
        if beyond > 0 {
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}">+{beyond}</text>"#,
                left + plot_w + 4.0,
                cy + 3.0
            );
        }
        if r.elapsed.is_empty() {
            continue;
        }
        let _ = write!(
            s,
            r##"<g data-series="{}" stroke="#000" stroke-width="0.6">"##,
            esc(&r.key)
        );
        for (j, e) in r.elapsed.iter().enumerate() {
            let share = *e as f64 / r.standard_max.max(1) as f64;
            // A small fixed spread up and down so equal times stay visible as several dots.
            let dy = ((j * 7) % 9) as f64 - 4.0;
            // Late: solid black; on time: hollow (white inside a black ring), as the caption says.
            let (fill, late) = if share > 1.0 {
                ("#000", " data-late=\"1\"")
            } else {
                ("#fff", "")
            };
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="2.6" fill="{fill}"{late}/>"#,
                x(share),
                cy + dy
            );
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_dots_are_solid_black_and_the_legend_clears_the_axis_title() {
        let svg = dots(
            "t",
            "x",
            &[DotRow {
                key: "k".into(),
                label: "k".into(),
                elapsed: vec![100, 300],
                standard_max: 200,
            }],
        );
        assert!(!svg.contains("opacity"), "no dot is drawn grey");
        assert!(svg.contains(r##"fill="#000" data-late="1""##));
        assert_eq!(svg.matches("data-late").count(), 1);
        assert!(svg.contains(r##"fill="#fff"/>"##), "on time is hollow");
        // The axis title's baseline and the legend boxes' top are a line of 10-point text apart.
        let svg = stacked(
            "t",
            "Kelompok usia korban (tahun)",
            "y",
            &["a".into()],
            &[("s".into(), "one".into(), vec![3])],
        );
        let title_y = attr_before(&svg, "Kelompok usia korban");
        let box_y = svg[svg.find("width=\"14\"").unwrap() - 20..]
            .split("y=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse::<f64>()
            .unwrap();
        assert!(
            box_y - title_y >= 10.0,
            "title {title_y}, legend box {box_y}"
        );
    }

    /// The y of the <text> element holding `text`.
    fn attr_before(svg: &str, text: &str) -> f64 {
        let at = svg.find(text).unwrap();
        let open = svg[..at].rfind("<text").unwrap();
        svg[open..at]
            .split("y=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    }

    #[test]
    fn one_element_per_non_empty_series_and_escaped_labels() {
        let svg = stacked(
            "t",
            "x",
            "y",
            &["a".into(), "b".into()],
            &[
                ("s1".into(), "<one>".into(), vec![1, 0]),
                ("s2".into(), "two".into(), vec![0, 0]),
                ("s3".into(), "three".into(), vec![2, 5]),
            ],
        );
        assert_eq!(svg.matches("data-series=").count(), 2, "{svg}");
        assert!(svg.contains("&lt;one&gt; (1)"));
        assert!(svg.contains("two (0)"), "an empty series is in the legend");
        let b = bars("t", "new", "n", &[("1".into(), 0), ("2".into(), 0)]);
        assert_eq!(b.matches("data-series=").count(), 0);
        assert_eq!(axis(7.0), (8.0, 2.0));
        assert_eq!(axis(0.0), (1.0, 1.0));
    }
}
