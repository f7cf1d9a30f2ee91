//! The statistics the reports print, defined once (and in the README), and the accumulator the
//! register fills for them (so the register does not reach up into `report`):
//! median = the middle value (the mean of the two middle values for an even count);
//! p90 = nearest rank: the value at rank ceil(0.9 n); on time as `timing::judge` rules it (elapsed
//! <= the standard's maximum);
//! open-ended steps are counted but never judged.

/// Median of sorted values.
pub fn median(sorted: &[u64]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    Some(if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] as f64 + sorted[n / 2] as f64) / 2.0
    })
}

/// The p-th percentile by nearest rank (p in 1..=100) of sorted values: rank ceil(p/100 * n).
pub fn nearest_rank(sorted: &[u64], p: u32) -> Option<u64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let rank = (p as usize * n).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// Accumulates one group's finished attempts.
#[derive(Debug, Default, Clone)]
pub struct Group {
    /// Elapsed seconds of every finished attempt (judged or not).
    pub elapsed: Vec<u64>,
    /// Attempts with a maximum standard (judged).
    pub judged: u64,
    pub on_time: u64,
    pub standard_min: Option<u64>,
    pub standard_max: Option<u64>,
    /// The elapsed time of the judged attempt the standard above was read from: the standard
    /// shown is that of the longest judged attempt (whatever order attempts are added in).
    pub standard_at: Option<u64>,
    pub open_ended: bool,
    /// The clocks the attempts were measured on: bits of [`CLOCKS`] (see [`Group::saw_clock`]).
    pub clocks: u8,
}

/// The clocks a figure can be measured on, in the order of their bits in [`Group::clocks`]:
/// `office` (working time), `24/7`, and `wall` (finished before office time was recorded).
pub const CLOCKS: [&str; 3] = ["office", "24/7", "wall"];

/// The bit of a stored clock in [`Group::clocks`] (an unknown one counts as `wall`).
pub fn clock_bit(clock: &str) -> u8 {
    match clock {
        "office" => 1,
        "24/7" => 2,
        _ => 4,
    }
}

impl Group {
    pub fn add(&mut self, elapsed: u64, min: Option<u64>, max: Option<u64>) {
        self.elapsed.push(elapsed);
        match max {
            Some(m) => {
                self.judged += 1;
                if crate::timing::judge(elapsed, min, Some(m)).on_time() {
                    self.on_time += 1;
                }
                if self.standard_at.is_none_or(|at| elapsed >= at) {
                    self.standard_at = Some(elapsed);
                    self.standard_max = Some(m);
                    self.standard_min = min;
                }
            }
            None => self.open_ended = true,
        }
    }

    /// Notes that an attempt of the group was measured on a clock (a bit of [`clock_bit`]).
    pub fn saw_clock(&mut self, bit: u8) {
        self.clocks |= bit;
    }

    /// The clocks the group's figures were measured on, as their codes ("office, wall").
    pub fn clock_names(&self) -> String {
        CLOCKS
            .iter()
            .enumerate()
            .filter(|(i, _)| self.clocks & (1 << i) != 0)
            .map(|(_, c)| *c)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Adds another group's attempts to this one.
    pub fn merge(&mut self, other: Group) {
        if self.elapsed.is_empty() {
            self.elapsed = other.elapsed;
        } else {
            self.elapsed.extend(other.elapsed);
        }
        self.judged += other.judged;
        self.on_time += other.on_time;
        if let Some(o) = other.standard_at {
            if self.standard_at.is_none_or(|at| o >= at) {
                self.standard_at = Some(o);
                self.standard_max = other.standard_max;
                self.standard_min = other.standard_min;
            }
        }
        self.open_ended |= other.open_ended;
        self.clocks |= other.clocks;
    }

    /// Sorts the values; call once before reading the figures.
    pub fn finish(&mut self) {
        self.elapsed.sort_unstable();
    }

    pub fn count(&self) -> u64 {
        self.elapsed.len() as u64
    }

    /// Share of judged attempts on time, 0..=1; None when nothing was judged.
    pub fn on_time_share(&self) -> Option<f64> {
        (self.judged > 0).then(|| self.on_time as f64 / self.judged as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_nearest_rank() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]), Some(5.0));
        assert_eq!(median(&[1, 2, 3, 10]), Some(2.5));
        assert_eq!(median(&[1, 2, 3]), Some(2.0));
        let v: Vec<u64> = (1..=10).collect();
        assert_eq!(nearest_rank(&v, 90), Some(9));
        let v: Vec<u64> = (1..=11).collect();
        assert_eq!(nearest_rank(&v, 90), Some(10)); // ceil(9.9) = 10
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[], 90), None);
    }

    #[test]
    fn on_time_share_ignores_open_ended() {
        let mut g = Group::default();
        g.add(100, Some(60), Some(120));
        g.add(130, Some(60), Some(120));
        g.add(9999, None, None);
        assert_eq!(g.count(), 3);
        assert_eq!(g.on_time_share(), Some(0.5));
    }

    #[test]
    fn the_standard_is_the_longest_judged_attempts_in_any_order() {
        let mut a = Group::default();
        a.add(500, Some(10), Some(600));
        a.add(100, Some(20), Some(700));
        let mut b = Group::default();
        b.add(300, Some(30), Some(800));
        b.add(900, None, None);
        a.merge(b);
        a.finish();
        assert_eq!(a.elapsed, vec![100, 300, 500, 900]);
        assert_eq!((a.standard_min, a.standard_max), (Some(10), Some(600)));
        assert_eq!((a.judged, a.on_time, a.open_ended), (3, 3, true));
        assert_eq!(a.clock_names(), "");
    }

    #[test]
    fn the_clocks_of_a_group_are_named_in_a_fixed_order() {
        let mut a = Group::default();
        a.saw_clock(clock_bit("wall"));
        let mut b = Group::default();
        b.saw_clock(clock_bit("office"));
        a.merge(b);
        assert_eq!(a.clock_names(), "office, wall");
        a.saw_clock(clock_bit("24/7"));
        assert_eq!(a.clock_names(), "office, 24/7, wall");
    }
}
