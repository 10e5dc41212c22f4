//! Money: estimates shown in CNY to the yuan with thousands separators ([`cny`]); amounts of
//! quotes exact to the fen ([`Fen`], [`cny_fen`]); and the capitals of bills and quotes
//! ([`capitals`]).

pub mod capitals;
mod fen;

pub use capitals::amount_in_words;
pub use fen::{Fen, cny_fen, plain_fen};

/// `1234567` → `1,234,567`.
fn grouped(digits: impl ToString) -> String {
    let digits = digits.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

/// `1234567.4` → `¥1,234,567`. Negative amounts keep their sign; a non-finite amount (which the
/// model never produces for valid input) shows as a dash rather than a misleading number.
pub fn cny(amount: f64) -> String {
    if !amount.is_finite() {
        return "¥—".to_string();
    }
    let rounded = amount.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    format!("{sign}¥{}", grouped(crate::number::fixed(rounded.abs(), 0)))
}

#[cfg(test)]
mod tests {
    use super::cny;

    #[test]
    fn groups_thousands_and_rounds_to_the_yuan() {
        assert_eq!(cny(0.0), "¥0");
        assert_eq!(cny(999.4), "¥999");
        assert_eq!(cny(1000.0), "¥1,000");
        assert_eq!(cny(1500.5), "¥1,501");
        assert_eq!(cny(1234567.0), "¥1,234,567");
        assert_eq!(cny(-2500.0), "-¥2,500");
    }

    #[test]
    fn non_finite_amounts_never_show_as_numbers() {
        assert_eq!(cny(f64::NAN), "¥—");
        assert_eq!(cny(f64::INFINITY), "¥—");
    }
}
