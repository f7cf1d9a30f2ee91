//! The line of each case a bulk intake wrote, for the rows after it that match it ("the
//! victim matches the victim on line 7"). Kept as runs of cases on consecutive lines, 8 bytes a
//! run: a file whose rows are all written, one line each, is one run (a vector of a line a case
//! took 4 MB at 1,000,000 cases, issue 19); each row not written (bad, registered already) or
//! record of several lines starts another, up to 8 bytes a case when every other row does.

use std::collections::HashMap;

#[derive(Default)]
pub struct CaseLines {
    first_id: i64,
    /// Where each run starts: (case id - `first_id`, line); each next case of a run is on the
    /// next line, up to where the next run starts (or `last`).
    runs: Vec<(u32, u32)>,
    /// The last case noted in a run, and its line.
    last: Option<(i64, u64)>,
    /// A case out of reach of the runs (an id out of order, never expected: ids follow one
    /// another; or a line past u32).
    other: HashMap<i64, u64>,
}

impl CaseLines {
    /// Notes the line of the case `id` just written.
    pub fn note(&mut self, id: i64, line: u64) {
        if self.last.is_none() && self.runs.is_empty() {
            self.first_id = id;
        }
        match self.last {
            Some((last, at)) if id == last + 1 && line == at + 1 => {
                self.last = Some((id, line));
                return;
            }
            Some((last, _)) if id <= last => {
                self.other.insert(id, line);
                return;
            }
            _ => {}
        }
        match (u32::try_from(id - self.first_id), u32::try_from(line)) {
            (Ok(i), Ok(l)) => {
                self.runs.push((i, l));
                self.last = Some((id, line));
            }
            _ => {
                self.other.insert(id, line);
            }
        }
    }

    /// The line of the case `id`, if it was noted.
    pub fn of(&self, id: i64) -> Option<u64> {
        if let Some(&line) = self.other.get(&id) {
            return Some(line);
        }
        let (last, _) = self.last?;
        let i = u32::try_from(id - self.first_id)
            .ok()
            .filter(|_| id <= last)?;
        let run = self
            .runs
            .partition_point(|&(start, _)| start <= i)
            .checked_sub(1)?;
        let (start, line) = self.runs[run];
        Some(u64::from(line) + u64::from(i - start))
    }
}

#[cfg(test)]
mod tests {
    use super::CaseLines;

    #[test]
    fn every_case_noted_is_found_on_its_line() {
        let mut lines = CaseLines::default();
        // Cases 41.. on lines 2, 3, 4, then a bad row (line 5), a record of two lines (6-7),
        // a line past u32, and one more.
        let noted = [
            (41, 2),
            (42, 3),
            (43, 4),
            (44, 6),
            (45, 8),
            (46, 1 << 33),
            (47, 9),
        ];
        for (id, line) in noted {
            lines.note(id, line);
        }
        for (id, line) in noted {
            assert_eq!(lines.of(id), Some(line), "case {id}");
        }
        assert_eq!(lines.runs.len(), 4, "{:?}", lines.runs);
        assert_eq!((lines.of(40), lines.of(48)), (None, None));
    }

    #[test]
    fn a_whole_file_is_one_run() {
        let mut lines = CaseLines::default();
        for i in 0..100_000 {
            lines.note(1 + i, 2 + i as u64);
        }
        assert_eq!(lines.runs.len(), 1);
        assert_eq!(lines.of(77_777), Some(77_778));
        assert!(CaseLines::default().of(1).is_none());
    }
}
