//! Money exact to the fen (分, a hundredth of a yuan): what a quote, an invoice and the amount in
//! capitals carry. A rate typed as 40.50 stays 40.50 through its line, the subtotal, the tax and
//! the total, and each is rounded once, to the fen, where it is worked out.
//!
//! Estimates are not money of this kind: they are expected values of uncertain rates (`f64`),
//! shown to the yuan.

use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub, SubAssign};

use serde::{Deserialize, Serialize};

/// An amount in fen. Written to files as the whole number of fen.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Fen(pub i64);

/// Fen in a yuan.
const PER_YUAN: i64 = 100;

impl Fen {
    pub const ZERO: Fen = Fen(0);

    /// `yuan` to the nearest fen, an exact half away from zero (as amounts are rounded on
    /// paper). Typed amounts have at most two decimals, which this keeps exactly (the `f64`
    /// nearest to 40.55 is a hair below it: the nudge below puts such values back on their
    /// fen, far under half a fen for any amount a quote carries).
    pub fn from_yuan(yuan: f64) -> Fen {
        let fen = yuan * PER_YUAN as f64;
        Fen((fen + fen.signum() * fen.abs() * 1e-12).round() as i64)
    }

    /// Whole yuan, as an `i64` amount of earlier versions counted.
    pub fn from_whole_yuan(yuan: i64) -> Fen {
        Fen(yuan.saturating_mul(PER_YUAN))
    }

    /// The amount in yuan (for a spreadsheet's number cell, or a comparison with an estimate).
    pub fn yuan(self) -> f64 {
        self.0 as f64 / PER_YUAN as f64
    }

    /// `quantity` (up to two decimals: half-days are a share of a day) of this unit price, to
    /// the fen: 40.50 × 30 = 1,215.00, 33.33 × 30 = 999.90, 1,409.50 × 1.5 = 2,114.25.
    pub fn times(self, quantity: f64) -> Fen {
        let hundredths = (quantity * 100.0).round() as i128;
        let exact = i128::from(self.0) * hundredths;
        Fen(div_round(exact, 100) as i64)
    }

    /// `pct` per cent of this amount, to the fen.
    pub fn percent(self, pct: f64) -> Fen {
        Fen::from_yuan(self.yuan() * pct / 100.0)
    }

    pub fn checked_add(self, other: Fen) -> Option<Fen> {
        self.0.checked_add(other.0).map(Fen)
    }

    /// Whether the amount is a whole number of yuan.
    pub fn is_whole_yuan(self) -> bool {
        self.0 % PER_YUAN == 0
    }

    /// The amount rounded to whole yuan, an exact half away from zero.
    pub fn round_to_yuan(self) -> Fen {
        Fen(div_round(i128::from(self.0), i128::from(PER_YUAN)) as i64 * PER_YUAN)
    }
}

/// `n / d` rounded to the nearest, an exact half away from zero (`d` above zero).
fn div_round(n: i128, d: i128) -> i128 {
    let q = n / d;
    let r = n % d;
    if 2 * r.abs() >= d { q + n.signum() } else { q }
}

impl Add for Fen {
    type Output = Fen;
    fn add(self, other: Fen) -> Fen {
        Fen(self.0 + other.0)
    }
}

impl Sub for Fen {
    type Output = Fen;
    fn sub(self, other: Fen) -> Fen {
        Fen(self.0 - other.0)
    }
}

impl AddAssign for Fen {
    fn add_assign(&mut self, other: Fen) {
        self.0 += other.0;
    }
}

impl SubAssign for Fen {
    fn sub_assign(&mut self, other: Fen) {
        self.0 -= other.0;
    }
}

impl Sum for Fen {
    fn sum<I: Iterator<Item = Fen>>(iter: I) -> Fen {
        iter.fold(Fen::ZERO, Add::add)
    }
}

/// `¥1,409.50`: yuan with thousands separators and always two decimals, as amounts are written
/// on a quote or an invoice.
pub fn cny_fen(amount: Fen) -> String {
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let (yuan, fen) = (abs / PER_YUAN as u64, abs % PER_YUAN as u64);
    format!("{sign}¥{}.{fen:02}", super::grouped(yuan))
}

/// `1409.50`: the amount with two decimals and nothing else, for a file a program reads.
pub fn plain_fen(amount: Fen) -> String {
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    format!(
        "{sign}{}.{:02}",
        abs / PER_YUAN as u64,
        abs % PER_YUAN as u64
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_amounts_keep_their_fen() {
        assert_eq!(Fen::from_yuan(40.5), Fen(4050));
        assert_eq!(Fen::from_yuan(33.33), Fen(3333));
        assert_eq!(Fen::from_yuan(1409.5), Fen(140950));
        assert_eq!(Fen::from_yuan(0.4), Fen(40));
        assert_eq!(Fen::from_yuan(40.55), Fen(4055));
        assert_eq!(
            Fen::from_yuan(1.005),
            Fen(101),
            "a half fen goes away from zero"
        );
        assert_eq!(Fen::from_yuan(-2.5), Fen(-250));
    }

    #[test]
    fn a_quantity_of_a_unit_price_is_exact_to_the_fen() {
        // The hostile pass's cases, worked by hand.
        assert_eq!(Fen(4050).times(30.0), Fen(121_500));
        assert_eq!(Fen(3333).times(30.0), Fen(99_990));
        assert_eq!(Fen(40).times(30.0), Fen(1_200));
        assert_eq!(Fen(140_950).times(1.5), Fen(211_425));
        // 0.25 days of 33.33: 8.3325 → 8.33.
        assert_eq!(Fen(3333).times(0.25), Fen(833));
        // 0.5 × 0.01 = 0.005 → half a fen, away from zero.
        assert_eq!(Fen(1).times(0.5), Fen(1));
    }

    #[test]
    fn written_with_two_decimals_and_thousands() {
        assert_eq!(cny_fen(Fen(121_500)), "¥1,215.00");
        assert_eq!(cny_fen(Fen(140_950)), "¥1,409.50");
        assert_eq!(cny_fen(Fen(7)), "¥0.07");
        assert_eq!(cny_fen(Fen(-250)), "-¥2.50");
        assert_eq!(cny_fen(Fen(123_456_789)), "¥1,234,567.89");
        assert_eq!(plain_fen(Fen(99_990)), "999.90");
    }

    #[test]
    fn whole_yuan_round_half_away_from_zero() {
        assert_eq!(Fen(140_950).round_to_yuan(), Fen(141_000));
        assert_eq!(Fen(140_949).round_to_yuan(), Fen(140_900));
        assert_eq!(Fen(-150).round_to_yuan(), Fen(-200));
    }
}
