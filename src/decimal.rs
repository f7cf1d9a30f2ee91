//! Integers as decimal ASCII digits, without allocating and without the formatting machinery:
//! they run for every column of every row hashed or exported, and for every duration a report
//! writes.

/// The digits of `n` at the end of `buf`; returns where they start.
#[inline]
fn digits(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

/// `n` in decimal (u64::MAX has 20 digits: `buf` holds them).
#[inline]
pub fn of_u64(n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let at = digits(n, buf);
    &buf[at..]
}

/// `n` in decimal with its sign (i64::MIN has 19 digits: there is room for the `-`).
#[inline]
pub fn of_i64(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = digits(n.unsigned_abs(), buf);
    if n < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

/// Appends `n` in decimal to `out` (what `write!(out, "{n}")` writes).
#[inline]
pub fn push_u64(out: &mut String, n: u64) {
    let mut buf = [0u8; 20];
    push_ascii(out, of_u64(n, &mut buf));
}

/// Appends `n` in decimal with its sign to `out` (what `write!(out, "{n}")` writes).
#[inline]
pub fn push_i64(out: &mut String, n: i64) {
    let mut buf = [0u8; 20];
    push_ascii(out, of_i64(n, &mut buf));
}

fn push_ascii(out: &mut String, digits: &[u8]) {
    for &d in digits {
        out.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_same_digits_as_to_string() {
        let mut buf = [0u8; 20];
        for n in [
            0,
            1,
            -1,
            7,
            -7,
            9,
            10,
            -10,
            1800,
            -3600,
            12345,
            1234567890,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            assert_eq!(super::of_i64(n, &mut buf), n.to_string().as_bytes());
            let mut out = String::from("x");
            super::push_i64(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
        for n in [0, 7, 10, 99, 100, u64::MAX, u64::MAX - 1] {
            assert_eq!(super::of_u64(n, &mut buf), n.to_string().as_bytes());
            let mut out = String::from("x");
            super::push_u64(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }
}
