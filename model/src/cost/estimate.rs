//! The estimate: line items with a range, totals, and where the price sits in the market.

use serde::Serialize;

use crate::data::{MarketBand, Range};
use crate::money::cny;
use crate::{Catalog, Lang};

use super::costing::{Bound, Category, Costing, Lines, Shape, total};

/// One line of the estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineItem {
    pub category: Category,
    pub cost: Range,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// Every category that costs something, in table order. The total is their sum.
    pub lines: Vec<LineItem>,
    pub total: Range,
    pub per_participant: Range,
    /// Cost per participant per teaching hour (the ATD "cost per learning hour used").
    pub per_learner_hour: Range,
    /// What running it ourselves costs: delivery plus the contingency reserve on it, no
    /// markup or VAT, participants' time not included.
    pub in_house: Range,
    /// What a vendor would charge: delivery plus markup plus VAT. The market bands describe this.
    pub vendor_price: Range,
    pub shape: Shape,
    pub verdict: Verdict,
}

/// Where the vendor price per participant falls against the market band for its mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Position {
    Below,
    Inside,
    Above,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub band_id: String,
    pub band_low: f64,
    pub band_high: f64,
    /// The likely vendor price per participant that was compared.
    pub per_participant: f64,
    pub position: Position,
    reason_zh: String,
    reason_en: String,
}

impl Verdict {
    fn new(band: &MarketBand, per_participant: f64) -> Verdict {
        let position = if per_participant < band.low {
            Position::Below
        } else if per_participant > band.high {
            Position::Above
        } else {
            Position::Inside
        };
        let (price, low, high) = (cny(per_participant), cny(band.low), cny(band.high));
        let (name_zh, name_en) = (&band.name.zh, &band.name.en);
        let (what_zh, what_en) = (&band.describes.zh, &band.describes.en);
        let (reason_zh, reason_en) = match position {
            Position::Below => (
                format!(
                    "供应商价每人约 {price}，低于“{name_zh}”区间（{low}–{high}）：比该区间所指的课程（{what_zh}）更短、更浅或讲师更便宜"
                ),
                format!(
                    "A vendor price of about {price} per person is below the {name_en} band ({low}–{high}): shorter, lighter or with a cheaper trainer than the courses it describes ({what_en})"
                ),
            ),
            Position::Inside => (
                format!(
                    "供应商价每人约 {price}，在“{name_zh}”区间内（{low}–{high}）：与该区间所指的课程（{what_zh}）价位相当"
                ),
                format!(
                    "A vendor price of about {price} per person is inside the {name_en} band ({low}–{high}): priced like the courses it describes ({what_en})"
                ),
            ),
            Position::Above => (
                format!(
                    "供应商价每人约 {price}，高于“{name_zh}”区间（{low}–{high}）：比该区间所指的课程（{what_zh}）更长、更深或讲师更资深"
                ),
                format!(
                    "A vendor price of about {price} per person is above the {name_en} band ({low}–{high}): longer, deeper or with a more senior trainer than the courses it describes ({what_en})"
                ),
            ),
        };
        Verdict {
            band_id: band.id.clone(),
            band_low: band.low,
            band_high: band.high,
            per_participant,
            position,
            reason_zh,
            reason_en,
        }
    }

    /// One line saying where the price falls and why.
    pub fn reason(&self, lang: Lang) -> &str {
        lang.pick(&self.reason_zh, &self.reason_en)
    }
}

impl Costing {
    /// The point estimate with each line's low and high (every rate at that bound).
    pub fn estimate(&self, catalog: &Catalog) -> Option<Estimate> {
        let bounds = [Bound::Low, Bound::Likely, Bound::High].map(|mut b| self.lines(&mut b));
        let per_bound = |f: &dyn Fn(&Lines) -> f64| Range {
            low: f(&bounds[0]),
            likely: f(&bounds[1]),
            high: f(&bounds[2]),
        };
        let lines = Category::ALL
            .iter()
            .map(|&category| LineItem {
                category,
                cost: per_bound(&|l| l[category as usize]),
            })
            .filter(|item| item.cost.high > 0.0)
            .collect();
        let direct = |l: &Lines| -> f64 {
            Category::ALL
                .iter()
                .filter(|c| c.is_direct())
                .map(|&c| l[c as usize])
                .sum()
        };
        let (_, _, contingency) = self.shares();
        let people = f64::from(self.shape.headcount);
        let learner_hours = people * self.shape.hours;
        let total = per_bound(&|l| total(l));
        let vendor_price =
            per_bound(&|l| direct(l) + l[Category::Markup as usize] + l[Category::Tax as usize]);
        let band = catalog.band_for(self.mode)?;
        Some(Estimate {
            lines,
            total,
            per_participant: total.map(|v| v / people),
            per_learner_hour: total.map(|v| v / learner_hours),
            in_house: per_bound(&|l| direct(l) * (1.0 + contingency)),
            vendor_price,
            shape: self.shape.clone(),
            verdict: Verdict::new(band, vendor_price.likely / people),
        })
    }
}
