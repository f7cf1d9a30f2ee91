//! A table too wide for the terminal, shown a record at a time (as psql's expanded display):
//! each row under a rule that numbers it, one line per column that holds a value, the column's
//! name, then its value, long values wrapped between words. Identifiers stay whole and no line
//! is wider than the terminal, where a table would have had to split a case number or run past
//! the edge. Empty cells are left out.

use comfy_table::Table;

/// The rows of `t` as records for a terminal `width` columns wide.
pub fn layout(t: &Table, width: usize) -> String {
    let names: Vec<String> = t
        .header()
        .map(|h| {
            h.cell_iter()
                .map(|c| c.content().split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        })
        .unwrap_or_default();
    let label = names
        .iter()
        .map(|n| console::measure_text_width(n))
        .max()
        .unwrap_or(0);
    // The values' room: never under 20 columns, however long a name (the line then runs over).
    let room = width.saturating_sub(label + 2).max(20);
    let total = t.row_count();
    let mut out = String::new();
    for (i, row) in t.row_iter().enumerate() {
        let head = format!("── {} / {total} ", i + 1);
        let rule = width
            .saturating_sub(console::measure_text_width(&head))
            .min(40);
        out.push_str(&head);
        out.push_str(&"─".repeat(rule));
        out.push('\n');
        for (name, cell) in names.iter().zip(row.cell_iter()) {
            let value = cell.content();
            if value.trim().is_empty() {
                continue;
            }
            let pad = label - console::measure_text_width(name);
            let mut first = true;
            for line in value.lines() {
                for part in textwrap::wrap(line, room) {
                    if first {
                        out.push_str(name);
                        out.push_str(&" ".repeat(pad + 2));
                        first = false;
                    } else {
                        out.push_str(&" ".repeat(label + 2));
                    }
                    out.push_str(&part);
                    out.push('\n');
                }
            }
        }
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::layout;
    use comfy_table::Table;

    #[test]
    fn each_row_is_a_record_within_the_width() {
        let mut t = Table::new();
        t.set_header(["Case", "Held by", "Note"]);
        t.add_row(["PPA/2026/0001", "Rina Contoh", ""]);
        t.add_row([
            "PPA/2026/0002",
            "",
            "a long note that runs past the width of this narrow terminal and wraps",
        ]);
        let text = layout(&t, 40);
        let rule = "─".repeat(31);
        assert_eq!(
            text,
            format!(
                "── 1 / 2 {rule}\n\
                 Case     PPA/2026/0001\n\
                 Held by  Rina Contoh\n\
                 ── 2 / 2 {rule}\n\
                 Case     PPA/2026/0002\n\
                 Note     a long note that runs past the\n         \
                 width of this narrow terminal\n         \
                 and wraps"
            )
        );
        assert!(text.lines().all(|l| console::measure_text_width(l) <= 40));
    }
}
