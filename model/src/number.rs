//! Writing numbers for people: a fixed number of decimals, or at most some decimals with no
//! trailing zeros. Rust's own formatter does the rounding (to the nearest, an exact tie to even
//! as it is stored in binary); these add only what it leaves to us: no `-0`.

/// `v` rounded to `decimals` places, always with that many decimals. A value that rounds to zero
/// is written without a sign: `-0.004` → `0.00`, never `-0.00`.
pub fn fixed(v: f64, decimals: usize) -> String {
    let text = format!("{v:.decimals$}");
    match text.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
        _ => text,
    }
}

/// At most `decimals` places, without trailing zeros or a bare point: `2.50` → `2.5`, `3.0` → `3`.
pub fn plain(v: f64, decimals: usize) -> String {
    let text = fixed(v, decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::{fixed, plain};

    #[test]
    fn fixed_rounds_to_the_nearest_and_pads() {
        assert_eq!(fixed(1.005_000_1, 2), "1.01");
        assert_eq!(fixed(2.6, 0), "3");
        assert_eq!(fixed(-2.6, 0), "-3");
        // 0.05 is stored as a little more than 0.05.
        assert_eq!(fixed(0.05, 1), "0.1");
        assert_eq!(fixed(1.2, 2), "1.20");
        assert_eq!(fixed(0.07, 2), "0.07");
        assert_eq!(fixed(1234567.0, 0), "1234567");
    }

    #[test]
    fn a_value_that_rounds_to_zero_has_no_sign() {
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(-0.4, 0), "0");
        assert_eq!(fixed(-0.0, 1), "0.0");
        assert_eq!(fixed(-0.006, 2), "-0.01");
    }

    #[test]
    fn plain_drops_trailing_zeros() {
        assert_eq!(plain(2.50, 2), "2.5");
        assert_eq!(plain(3.0, 2), "3");
        assert_eq!(plain(0.126, 2), "0.13");
        assert_eq!(plain(10.0, 1), "10");
        assert_eq!(plain(-0.001, 2), "0");
    }

    #[test]
    fn non_finite_values_still_print() {
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::INFINITY, 0), "inf");
    }
}
