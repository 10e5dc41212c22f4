//! Which inputs matter: each rate swung from its low to its high, the others at their likely.

use serde::Serialize;

use crate::catalog::Range;

use super::costing::{Bound, Costing, Driver, Pick, total};

/// How far the total moves when one driver goes from its low to its high.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Swing {
    pub driver: Driver,
    /// Total with the driver at its low.
    pub low: f64,
    /// Total with the driver at its high.
    pub high: f64,
}

impl Swing {
    pub fn width(&self) -> f64 {
        self.high - self.low
    }
}

/// One driver at a bound, every other at its likely value.
struct OneAt(Driver, Bound);

impl Pick for OneAt {
    fn pick(&mut self, driver: Driver, range: &Range) -> f64 {
        if driver == self.0 {
            self.1.of(range)
        } else {
            range.likely
        }
    }
}

impl Costing {
    /// Every driver this scenario uses, widest swing first (ties in a fixed order).
    pub fn sensitivity(&self) -> Vec<Swing> {
        let mut swings: Vec<Swing> = Driver::ALL
            .iter()
            .filter(|&&d| self.uses(d))
            .map(|&driver| Swing {
                driver,
                low: total(&self.lines(&mut OneAt(driver, Bound::Low))),
                high: total(&self.lines(&mut OneAt(driver, Bound::High))),
            })
            .filter(|s| s.width() > 0.0)
            .collect();
        // Widest first; equal widths in the drivers' own order.
        swings.sort_unstable_by(|a, b| {
            b.width()
                .total_cmp(&a.width())
                .then((a.driver as usize).cmp(&(b.driver as usize)))
        });
        swings
    }
}
