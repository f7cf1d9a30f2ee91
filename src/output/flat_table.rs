//! A table written a row at a time, for tables too long to hold: the same lines a [`super::Grid`]
//! lays out with no width (piped, or to a file: nothing wrapped), given each column's width
//! beforehand (a first pass over the rows measures them, [`Widths`]). Used by `case list`,
//! whose rows are read from the register twice rather than kept.

use std::io::{self, Write};

/// Each column's width (display columns, without padding): the widest of its header and cells.
#[derive(Debug, Clone, Default)]
pub struct Widths(pub Vec<usize>);

/// A cell's display width: its length when it is plain printable ASCII (most cells: numbers,
/// times, codes), else as the terminal shows it (escape codes left out, wide characters twice).
fn width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    console::measure_text_width(s)
}

/// Writes `n` spaces.
fn pad<W: Write>(w: &mut W, mut n: usize) -> io::Result<()> {
    const SPACES: &[u8; 64] = &[b' '; 64];
    while n > 0 {
        let k = n.min(SPACES.len());
        w.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

impl Widths {
    pub fn of_header(header: &[&str]) -> Widths {
        Widths(header.iter().map(|h| widest_line(h)).collect())
    }

    /// Widens the columns for one row's cells.
    pub fn add<S: AsRef<str>>(&mut self, cells: &[S]) {
        for (w, c) in self.0.iter_mut().zip(cells) {
            *w = (*w).max(widest_line(c.as_ref()));
        }
    }
}

fn widest_line(s: &str) -> usize {
    // Most cells are one line: measured whole, without splitting.
    if !s.as_bytes().contains(&b'\n') {
        return width(s);
    }
    s.split('\n').map(width).max().unwrap_or(0)
}

/// Writes the table's lines as they come: [`FlatTable::begin`] (the top border, the header and
/// its rule), [`FlatTable::row`] for each row, [`FlatTable::finish`] (the bottom border).
pub struct FlatTable<W: Write> {
    w: W,
    widths: Vec<usize>,
}

impl<W: Write> FlatTable<W> {
    pub fn begin(mut w: W, header: &[&str], widths: &Widths) -> io::Result<FlatTable<W>> {
        let widths = widths.0.clone();
        rule(&mut w, &widths, ('┌', '─', '┬', '┐'))?;
        let mut t = FlatTable { w, widths };
        t.line(header)?;
        rule(&mut t.w, &t.widths, ('╞', '═', '╪', '╡'))?;
        Ok(t)
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        self.line(cells)
    }

    /// One row: as many lines as its tallest cell; each cell left-aligned, one space either side.
    fn line<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        if cells.len() >= self.widths.len()
            && !cells.iter().any(|c| c.as_ref().as_bytes().contains(&b'\n'))
        {
            // One line (the usual row): written without splitting the cells.
            self.w.write_all("│".as_bytes())?;
            for (i, (c, &wide)) in cells.iter().zip(&self.widths).enumerate() {
                let text = c.as_ref();
                self.w
                    .write_all(if i > 0 { "┆ ".as_bytes() } else { b" " })?;
                self.w.write_all(text.as_bytes())?;
                pad(&mut self.w, wide.saturating_sub(width(text)) + 1)?;
            }
            return self.w.write_all("│\n".as_bytes());
        }
        let lines: Vec<Vec<&str>> = (0..self.widths.len())
            .map(|i| {
                cells
                    .get(i)
                    .map_or(vec![""], |c| c.as_ref().split('\n').collect())
            })
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(1);
        for k in 0..height {
            self.w.write_all("│".as_bytes())?;
            for (i, cell) in lines.iter().enumerate() {
                if i > 0 {
                    self.w.write_all("┆".as_bytes())?;
                }
                let text = cell.get(k).copied().unwrap_or("");
                let pad = self.widths[i].saturating_sub(width(text));
                write!(self.w, " {text}{:pad$} ", "")?;
            }
            self.w.write_all("│\n".as_bytes())?;
        }
        Ok(())
    }

    /// The bottom border; hands back the writer.
    pub fn finish(mut self) -> io::Result<W> {
        rule(&mut self.w, &self.widths, ('└', '─', '┴', '┘'))?;
        Ok(self.w)
    }
}

fn rule<W: Write>(
    w: &mut W,
    widths: &[usize],
    (l, h, x, r): (char, char, char, char),
) -> io::Result<()> {
    let mut s = String::new();
    s.push(l);
    for (i, n) in widths.iter().enumerate() {
        if i > 0 {
            s.push(x);
        }
        s.extend(std::iter::repeat_n(h, n + 2));
    }
    s.push(r);
    s.push('\n');
    w.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same text as a Grid laid out with no width (what a piped table was).
    #[test]
    fn lines_match_the_grid_of_the_same_rows() {
        let header = ["Case", "Status", "Child", "Saluran"];
        let tables: Vec<Vec<Vec<&str>>> = vec![
            vec![],
            vec![vec!["PPA/2026/0001", "open", "yes", "Telepon / hotline"]],
            vec![
                vec!["PPA/2026/0001", "", "", "x"],
                vec!["a", "dua\nbaris", "…", "Jalan panjang sekali di sini"],
                vec!["ünïcödé", "  spaces  ", "ya", "日本"],
            ],
            vec![
                vec!["Budi Contoh", "tab\there", "", "x"],
                vec![
                    "PPA/2026/0002",
                    "open",
                    "no",
                    "a much wider cell than the header",
                ],
            ],
        ];
        for rows in tables {
            let mut g = crate::output::table(&header);
            let mut widths = Widths::of_header(&header);
            for r in &rows {
                g.add_row(r.clone());
                widths.add(r);
            }
            let want = format!("{}\n", g.render(None));
            let mut t = FlatTable::begin(Vec::new(), &header, &widths).unwrap();
            for r in &rows {
                t.row(r).unwrap();
            }
            let got = String::from_utf8(t.finish().unwrap()).unwrap();
            assert_eq!(got, want);
        }
    }
}
