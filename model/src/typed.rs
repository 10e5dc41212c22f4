//! Reading a number a person typed into a field or wrote in a link: the one place the app does.
//!
//! People in China type full-width digits and points from a Chinese IME (`３０`, `７．５`) and
//! stray spaces; those are read as the number meant. A comma is refused, whether meant as a
//! decimal comma (`7,5`) or a thousands separator (`12,345`): the two cannot be told apart, and
//! guessing wrong would price a course ten or a thousand times off. Anything else is an error
//! with a message to show at the field (or beside the link), and the caller keeps the last good
//! value, so a half-typed entry never wipes out an estimate.

use crate::Lang;
use crate::i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    NotWhole,
    /// A comma, full-width or not: decimals take `.`, and thousands no separator.
    Comma,
}

impl NumberError {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            NumberError::Empty => lang.t(i18n::typed::ENTER_A_NUMBER),
            NumberError::NotANumber => lang.t(i18n::typed::THIS_IS_NOT_A_NUMBER),
            NumberError::NotWhole => lang.t(i18n::typed::ENTER_A_WHOLE_NUMBER),
            NumberError::Comma => lang.t(i18n::typed::NO_COMMAS_USE_FOR_DECIMALS_AND),
        }
    }
}

/// A decimal number. Signs are kept, so a negative headcount reaches the model's range check
/// and gets its own message there rather than a vague "not a number".
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let mut normalised = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '０'..='９' => normalised.extend(char::from_u32(c as u32 - '０' as u32 + '0' as u32)),
            '．' | '。' => normalised.push('.'),
            '－' | '−' => normalised.push('-'),
            '＋' => normalised.push('+'),
            ',' | '，' | '﹐' | '､' | '、' => return Err(NumberError::Comma),
            ' ' | '\u{3000}' => {}
            other => normalised.push(other),
        }
    }
    if normalised.is_empty() {
        return Err(NumberError::Empty);
    }
    // Only digits, one point and a leading sign: a person typing into a form never means "inf",
    // "NaN" or "1e9", which Rust's float parser would also accept.
    let body = normalised.strip_prefix(['-', '+']).unwrap_or(&normalised);
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let mut digits = whole.bytes().chain(fraction.bytes());
    if whole.len() + fraction.len() == 0 || !digits.all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    // Rust's parser rounds to the nearest f64, once and correctly; hundreds of digits round to
    // infinity, which is no number a person meant.
    normalised
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or(NumberError::NotANumber)
}

/// A whole number (headcount, phases): as [`parse_number`], and no fraction.
pub fn parse_whole(text: &str) -> Result<i64, NumberError> {
    let value = parse_number(text)?;
    if value.fract() != 0.0 {
        return Err(NumberError::NotWhole);
    }
    if value.abs() > 1e15 {
        return Err(NumberError::NotANumber);
    }
    Ok(value as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse_number("30"), Ok(30.0));
        assert_eq!(parse_number(" 1500 "), Ok(1500.0));
        assert_eq!(parse_number("３０"), Ok(30.0));
        assert_eq!(parse_number("７．５"), Ok(7.5));
        assert_eq!(parse_number("0.5"), Ok(0.5));
        assert_eq!(parse_number("-3"), Ok(-3.0));
        assert_eq!(parse_number("+4"), Ok(4.0));
        assert_eq!(parse_number("12."), Ok(12.0));
        assert_eq!(parse_number(".5"), Ok(0.5));
        assert_eq!(parse_number("0.1"), Ok(0.1));
        assert_eq!(parse_number("１２３４．５６"), Ok(1234.56));
    }

    #[test]
    fn refuses_every_comma_with_its_own_message() {
        // A decimal comma and a thousands separator look alike (`1,500` is 1.5 in much of
        // Europe): neither is guessed.
        for text in ["7,5", "12,345", "1,234.56", "1，500", "７，５", ",5", "5,"] {
            assert_eq!(parse_number(text), Err(NumberError::Comma), "{text:?}");
            assert_eq!(parse_whole(text), Err(NumberError::Comma), "{text:?}");
        }
        assert!(NumberError::Comma.message(Lang::Zh).contains('.'));
        let en = NumberError::Comma.message(Lang::En);
        assert!(
            en.contains("“.”") && en.contains("thousands separator"),
            "{en}"
        );
    }

    #[test]
    fn rejects_what_is_not_a_plain_number() {
        assert_eq!(parse_number(""), Err(NumberError::Empty));
        assert_eq!(parse_number("   "), Err(NumberError::Empty));
        for text in [
            "abc", "三十", "1.2.3", "NaN", "inf", "1e9", "-", ".", "30人", "--3", "+-3", "3-",
        ] {
            assert_eq!(parse_number(text), Err(NumberError::NotANumber), "{text:?}");
        }
        assert_eq!(parse_number(&"9".repeat(400)), Err(NumberError::NotANumber));
    }

    proptest::proptest! {
        /// Any plain decimal a person could type reads as the nearest f64, exactly as Rust's
        /// own (correctly rounding) parser reads it.
        #[test]
        fn reads_plain_decimals_as_the_nearest_f64(
            whole in 0u64..10_000_000_000,
            fraction in 0u32..100_000,
            decimals in 0usize..6,
            negative: bool,
        ) {
            let sign = if negative { "-" } else { "" };
            let text = if decimals == 0 {
                format!("{sign}{whole}")
            } else {
                let f = format!("{fraction:05}");
                format!("{sign}{whole}.{}", &f[..decimals])
            };
            proptest::prop_assert_eq!(parse_number(&text), Ok(text.parse::<f64>().unwrap()), "{}", text);
        }
    }

    #[test]
    fn whole_numbers_refuse_fractions() {
        assert_eq!(parse_whole("30"), Ok(30));
        assert_eq!(parse_whole("-5"), Ok(-5));
        assert_eq!(parse_whole("2.5"), Err(NumberError::NotWhole));
        assert_eq!(
            parse_whole("99999999999999999999"),
            Err(NumberError::NotANumber)
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        for e in [
            NumberError::Empty,
            NumberError::NotANumber,
            NumberError::NotWhole,
            NumberError::Comma,
        ] {
            assert!(!e.message(Lang::Zh).is_empty() && !e.message(Lang::En).is_empty());
            assert_ne!(e.message(Lang::Zh), e.message(Lang::En));
        }
    }
}
