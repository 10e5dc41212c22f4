//! How sure the estimate is: a Monte Carlo over every rate's range.
//!
//! Each draw picks every rate from a triangular distribution on its low / likely / high (the
//! usual choice when only three points are known) and prices the course. The RNG is PCG
//! (`rand_pcg`) with the seed from `data/pricing.toml`, so the same scenario always gives the
//! same range.

use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;

use crate::catalog::Range;

use super::costing::{Costing, Driver, Lines, Pick, total};

/// The simulated totals and their percentiles.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    /// Every simulated total, in the order drawn (for a histogram).
    pub samples: Vec<f64>,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// A value from the triangular distribution on `range` for a uniform `u` in [0, 1).
pub fn triangular(range: &Range, u: f64) -> f64 {
    let (a, c, b) = (range.low, range.likely, range.high);
    let width = b - a;
    if width <= 0.0 {
        return a;
    }
    let split = (c - a) / width;
    let x = if u < split {
        a + (u * width * (c - a)).sqrt()
    } else {
        b - ((1.0 - u) * width * (b - c)).sqrt()
    };
    // Rounding can step a hair outside the range; a rate never leaves it.
    x.clamp(a, b)
}

struct Draw<'a>(&'a mut Pcg64Mcg);

impl Pick for Draw<'_> {
    fn pick(&mut self, _: Driver, range: &Range) -> f64 {
        triangular(range, self.0.random::<f64>())
    }
}

impl Costing {
    /// `samples` simulated totals from `seed`. Zero samples gives the point estimate thrice.
    pub fn simulate(&self, samples: u32, seed: u64) -> Distribution {
        self.simulate_sum(samples, seed, total)
    }

    /// As [`Costing::simulate`], of the part of the lines `sum` adds up (what a vendor
    /// invoices, what finance is asked for…).
    pub fn simulate_sum(&self, samples: u32, seed: u64, sum: fn(&Lines) -> f64) -> Distribution {
        let mut rng = Pcg64Mcg::seed_from_u64(seed);
        let mut draw = Draw(&mut rng);
        let mut values: Vec<f64> = (0..samples).map(|_| sum(&self.lines(&mut draw))).collect();
        if values.is_empty() {
            let likely = sum(&self.lines(&mut super::costing::Bound::Likely));
            return Distribution {
                samples: values,
                p10: likely,
                p50: likely,
                p90: likely,
            };
        }
        let [p10, p50, p90] = percentiles(&mut values.clone(), [0.1, 0.5, 0.9]);
        values.shrink_to_fit();
        Distribution {
            samples: values,
            p10,
            p50,
            p90,
        }
    }
}

/// Nearest-rank percentiles of `values` (reordered in place); `ps` must be ascending.
pub(crate) fn percentiles<const N: usize>(values: &mut [f64], ps: [f64; N]) -> [f64; N] {
    let n = values.len();
    let mut out = [0.0; N];
    let mut start = 0;
    for (slot, p) in out.iter_mut().zip(ps) {
        let rank = ((p * n as f64).ceil() as usize).clamp(1, n) - 1;
        // Everything before `start` is already ≤ the previous percentile, so select within the rest.
        let rank = rank.max(start);
        let (_, value, _) = values[start..].select_nth_unstable_by(rank - start, f64::total_cmp);
        *slot = *value;
        start = rank;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_stays_in_range_and_hits_the_ends() {
        let r = Range {
            low: 10.0,
            likely: 20.0,
            high: 50.0,
        };
        assert_eq!(triangular(&r, 0.0), 10.0);
        assert!((triangular(&r, 1.0 - 1e-12) - 50.0).abs() < 1e-3);
        // The mode is where the CDF reaches (c - a) / (b - a).
        assert!((triangular(&r, 0.25) - 20.0).abs() < 1e-9);
        assert_eq!(triangular(&Range::exactly(7.0), 0.3), 7.0);
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut v: Vec<f64> = (1..=100).rev().map(f64::from).collect();
        assert_eq!(percentiles(&mut v, [0.1, 0.5, 0.9]), [10.0, 50.0, 90.0]);
        let mut one = vec![3.0];
        assert_eq!(percentiles(&mut one, [0.1, 0.5, 0.9]), [3.0, 3.0, 3.0]);
    }
}
