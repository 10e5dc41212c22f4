//! Writing numbers for people: a fixed number of decimals, or at most some decimals with no
//! trailing zeros. Done with integer arithmetic rather than `format!("{:.2}")`: Rust's exact
//! float printer is several kilobytes of the browser bundle, and these numbers (money, hours,
//! indices) are far inside the range where integers are exact.

/// `v` rounded to `decimals` places (half away from zero), always with that many decimals.
/// Values too large for exact integer arithmetic, and non-finite values, use Rust's printer.
pub fn fixed(v: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals.min(6));
    let scaled = (v * scale as f64).round();
    if !scaled.is_finite() || scaled.abs() >= 9.0e15 {
        return format!("{v}");
    }
    let scaled = scaled as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, frac) = (scaled.abs() / scale, scaled.abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let frac = frac.to_string();
        let pad = "0".repeat(decimals.min(6) as usize - frac.len());
        format!("{sign}{whole}.{pad}{frac}")
    }
}

/// At most `decimals` places, without trailing zeros or a bare point: `2.50` → `2.5`, `3.0` → `3`.
pub fn plain(v: f64, decimals: u32) -> String {
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
    fn fixed_rounds_half_away_from_zero_and_pads() {
        assert_eq!(fixed(1.005_000_1, 2), "1.01");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-2.5, 0), "-3");
        assert_eq!(fixed(0.05, 1), "0.1");
        assert_eq!(fixed(1.2, 2), "1.20");
        assert_eq!(fixed(0.07, 2), "0.07");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(1234567.0, 0), "1234567");
    }

    #[test]
    fn plain_drops_trailing_zeros() {
        assert_eq!(plain(2.50, 2), "2.5");
        assert_eq!(plain(3.0, 2), "3");
        assert_eq!(plain(0.125, 2), "0.13");
        assert_eq!(plain(10.0, 1), "10");
    }

    #[test]
    fn agrees_with_rusts_printer_where_both_apply() {
        // Except that a value that rounds to zero is `0`, never Rust's `-0`.
        let rust = |v: f64, d: usize| {
            let text = format!("{v:.d$}");
            match text.strip_prefix('-') {
                Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
                _ => text,
            }
        };
        for i in -2000..2000 {
            let v = f64::from(i) * 0.37 + 0.001;
            assert_eq!(fixed(v, 1), rust(v, 1), "{v}");
            assert_eq!(fixed(v, 0), rust(v, 0), "{v}");
            assert_eq!(fixed(v, 2), rust(v, 2), "{v}");
        }
    }

    #[test]
    fn huge_and_non_finite_values_still_print() {
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(1e300, 2), format!("{}", 1e300));
    }
}
