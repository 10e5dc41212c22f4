//! Quote numbers, `PREFIX-YEAR-0001`: writing them, reading them back, and finding them in saved
//! text too damaged to read as a whole, so that a number given once is never given again.

use std::fmt;

/// One quote number: the card's prefix, the year the quote was issued, and the book's sequence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteNumber {
    pub prefix: String,
    pub year: i32,
    pub seq: u32,
}

impl QuoteNumber {
    /// A number exactly as [`super::QuoteBook::issue`] writes it (`Q-2026-0001`, `Q-2026-12345`),
    /// or `None`. Only the written form is accepted (no `Q-2026-1`, no `Q-2026-+001`), so a number
    /// that reads back is always the one that was printed.
    pub fn parse(text: &str) -> Option<QuoteNumber> {
        let mut parts = text.rsplitn(3, '-');
        let (seq, year, prefix) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if prefix.is_empty() || !prefix.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        if !digits(year) || !digits(seq) {
            return None;
        }
        let number = QuoteNumber {
            prefix: prefix.to_string(),
            year: year.parse().ok()?,
            seq: seq.parse().ok()?,
        };
        (number.to_string() == text).then_some(number)
    }
}

impl fmt::Display for QuoteNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{:04}", self.prefix, self.year, self.seq)
    }
}

/// Every quote number written as a `"number"` field in `text`, read leniently: the text may be cut
/// anywhere or damaged, and may be JSON kept inside a JSON string (`\"number\":\"Q-2026-0001\"`).
/// A number counts only when its closing quote survives, so a cut `"Q-2026-00` is not misread as
/// sequence 0. Found in the order they appear.
pub fn numbers_in(text: &str) -> Vec<QuoteNumber> {
    values_after(text, "number")
        .filter_map(|value| {
            let value = value.strip_prefix('"')?;
            let end = value.find(['"', '\\'])?;
            QuoteNumber::parse(&value[..end])
        })
        .collect()
}

/// The highest `"next"` field in `text`: the sequence a quote book would have given next. It
/// covers the numbers of quotes deleted before the text was damaged, which no longer appear in it.
/// A value counts only when something other than a digit follows it (a cut `"next":1` might have
/// been `12`).
pub fn next_in(text: &str) -> Option<u32> {
    values_after(text, "next")
        .filter_map(|value| {
            let end = value.find(|c: char| !c.is_ascii_digit())?;
            value[..end].parse::<u32>().ok()
        })
        .max()
}

/// What follows each `"key":` in `text` (quotes possibly escaped, spaces allowed around the colon),
/// from the value's first character to the end of the text.
fn values_after<'a>(text: &'a str, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    text.match_indices(key).filter_map(move |(at, _)| {
        // The key's opening quote, so `"client_number"` or the word in running text do not count.
        if !text[..at].ends_with('"') {
            return None;
        }
        let rest = &text[at + key.len()..];
        let rest = rest
            .strip_prefix("\\\"")
            .or_else(|| rest.strip_prefix('"'))?;
        let rest = rest.trim_start().strip_prefix(':')?.trim_start();
        Some(rest.strip_prefix('\\').unwrap_or(rest))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(prefix: &str, year: i32, seq: u32) -> QuoteNumber {
        QuoteNumber {
            prefix: prefix.into(),
            year,
            seq,
        }
    }

    #[test]
    fn numbers_are_written_and_read_back_in_one_form() {
        assert_eq!(n("HX", 2026, 1).to_string(), "HX-2026-0001");
        assert_eq!(n("Q", 2026, 12345).to_string(), "Q-2026-12345");
        assert_eq!(QuoteNumber::parse("HX-2026-0001"), Some(n("HX", 2026, 1)));
        assert_eq!(
            QuoteNumber::parse("Q-2026-12345"),
            Some(n("Q", 2026, 12345))
        );
        for bad in [
            "",
            "Q",
            "Q-2026",
            "Q-2026-1",
            "Q-2026-00001",
            "Q-2026-+001",
            "-2026-0001",
            "Q 1-2026-0001",
            "Q-20x6-0001",
            "Q-2026-0001 ",
            "报价-2026-0001",
            "Q-2026-99999999999",
        ] {
            assert_eq!(QuoteNumber::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_are_found_in_damaged_and_escaped_text() {
        let text = r#"{"quotes":{"next":9,"issued":[{"number":"Q-2026-0003","x":1},{"number" : "HX-2025-0007"},{"number":"Q-2026-00"#;
        assert_eq!(numbers_in(text), [n("Q", 2026, 3), n("HX", 2025, 7)]);
        assert_eq!(next_in(text), Some(9));
        let escaped = r#""{\"next\":12,\"issued\":[{\"number\":\"Q-2026-0011\"}]}""#;
        assert_eq!(numbers_in(escaped), [n("Q", 2026, 11)]);
        assert_eq!(next_in(escaped), Some(12));
    }

    #[test]
    fn a_value_cut_short_is_not_read() {
        assert_eq!(next_in(r#"{"next":12"#), None, "might have been 123");
        assert_eq!(numbers_in(r#"{"number":"Q-2026-0012"#), []);
        assert_eq!(numbers_in(r#"{"number":"Q-2026-0012""#), [n("Q", 2026, 12)]);
        assert_eq!(numbers_in(r#"the number: "Q-2026-0001""#), []);
    }
}
