//! The estimate: line items with their expected value and range, the total they add up to, and
//! where the price sits in the market.

use crate::i18n::{self, Text};
use serde::Serialize;

use crate::catalog::{MarketBand, Range};
use crate::money::cny;
use crate::vocab::{DeliveryMode, Sourcing, TrainerTier};
use crate::{Catalog, Lang};

use super::costing::{Bound, Category, Costing, Lines, Shape, cash, total};
use super::scenario::Scenario;

/// One line of the estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineItem {
    pub category: Category,
    /// The line's expected value: the expected values of all lines add up to the total.
    pub expected: f64,
    /// The line with every rate at its low, likely and high.
    pub cost: Range,
    /// The rates from `data/` this line multiplies here (its sources).
    pub drivers: Vec<super::Driver>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// Every category that costs something, in table order.
    pub lines: Vec<LineItem>,
    /// The expected total: exactly the sum of the lines' expected values.
    pub total: f64,
    /// Every rate at its low, likely and high at once (wider than the simulated range).
    pub extremes: Range,
    pub per_participant: f64,
    /// Cost per participant per teaching hour (the ATD "cost per learning hour used").
    pub per_learner_hour: f64,
    /// The expected cash paid out before the reserve: no staff time, no contingency.
    pub cash: f64,
    pub shape: Shape,
    /// Where the price sits in the market, most telling comparison first.
    pub verdicts: Vec<Verdict>,
}

/// Where a price falls against a range it is held against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Position {
    Below,
    Inside,
    Above,
}

impl Position {
    fn of(value: f64, low: f64, high: f64) -> Position {
        if value < low {
            Position::Below
        } else if value > high {
            Position::Above
        } else {
            Position::Inside
        }
    }
}

/// What a price is compared with: always like with like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Comparison {
    /// A seat's price with the seed's band for such seats.
    SeatBand,
    /// An outside trainer's day rate with the market's day rates for that tier.
    DayRate,
    /// An in-house course's cost per head with what the same people would cost as seats on a
    /// course of the same length and depth (public, or online for a self-paced course).
    SeatsInstead,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub comparison: Comparison,
    /// The price compared (per seat, per day or per head).
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub position: Position,
    reason_zh: String,
    reason_en: String,
}

impl Verdict {
    /// One line saying where the price falls and why.
    pub fn reason(&self, lang: Lang) -> &str {
        lang.pick(&self.reason_zh, &self.reason_en)
    }

    /// A verdict on `value` against the range `low`–`high`: its reason is the text for where
    /// the value falls (below, inside, above), worded by `say` in each language.
    fn judged(
        comparison: Comparison,
        value: f64,
        (low, high): (f64, f64),
        [below, inside, above]: [Text; 3],
        say: impl Fn(Lang, Text) -> String,
    ) -> Verdict {
        let position = Position::of(value, low, high);
        let text = match position {
            Position::Below => below,
            Position::Inside => inside,
            Position::Above => above,
        };
        Verdict {
            comparison,
            value,
            low,
            high,
            position,
            reason_zh: say(Lang::Zh, text),
            reason_en: say(Lang::En, text),
        }
    }

    /// A seat's expected price against the band for seats of its kind.
    pub fn seat_band(band: &MarketBand, per_seat: f64) -> Verdict {
        let (price, low, high) = (cny(per_seat), cny(band.low), cny(band.high));
        let texts = [
            i18n::estimate::SEAT_BELOW,
            i18n::estimate::SEAT_INSIDE,
            i18n::estimate::SEAT_ABOVE,
        ];
        Verdict::judged(
            Comparison::SeatBand,
            per_seat,
            (band.low, band.high),
            texts,
            |lang, text| {
                lang.fill(
                    text,
                    &[
                        ("price", &price),
                        ("name", &band.name.get(lang)),
                        ("low", &low),
                        ("high", &high),
                        ("what", &band.describes.get(lang)),
                    ],
                )
            },
        )
    }

    /// A day rate (the estimate's or a vendor's own) against the market's for the tier, both in
    /// the same city terms.
    pub fn day_rate(tier: TrainerTier, rate: f64, market: Range) -> Verdict {
        let (price, low, high) = (cny(rate), cny(market.low), cny(market.high));
        let texts = [
            i18n::estimate::DAY_RATE_BELOW,
            i18n::estimate::DAY_RATE_INSIDE,
            i18n::estimate::DAY_RATE_ABOVE,
        ];
        Verdict::judged(
            Comparison::DayRate,
            rate,
            (market.low, market.high),
            texts,
            |lang, text| {
                lang.fill(
                    text,
                    &[
                        ("price", &price),
                        ("tier", &lang.as_named(tier.label(lang))),
                        ("low", &low),
                        ("high", &high),
                    ],
                )
            },
        )
    }

    /// An in-house course's cash per head against the same people's seats on a public course
    /// (`parts`: what a head costs on seats, by line).
    fn seats_instead(per_head: f64, seat: Range, parts: &[(Category, f64)]) -> Verdict {
        let (ours, low, high) = (cny(per_head), cny(seat.low), cny(seat.high));
        let texts = [
            i18n::estimate::SEATS_INSTEAD_BELOW,
            i18n::estimate::SEATS_INSTEAD_INSIDE,
            i18n::estimate::SEATS_INSTEAD_ABOVE,
        ];
        Verdict::judged(
            Comparison::SeatsInstead,
            per_head,
            (seat.low, seat.high),
            texts,
            |lang, text| {
                let likely = seat_cost_words(seat.likely, parts, lang);
                lang.fill(
                    text,
                    &[
                        ("ours", &ours),
                        ("likely", &likely),
                        ("low", &low),
                        ("high", &high),
                    ],
                )
            },
        )
    }
}

/// The same people on seats of the same length and depth: the comparison every in-house route
/// answers to. A classroom or live course is held against a public course, a self-paced one
/// against a ready-made online course. A company's own trainer is not on the market, so its
/// seats are priced with a professional trainer's.
pub fn as_seats(s: &Scenario) -> Scenario {
    let sourcing = match (s.sourcing, s.mode) {
        (Sourcing::OnlineCourse, _)
        | (Sourcing::Internal | Sourcing::Vendor, DeliveryMode::SelfPaced) => {
            Sourcing::OnlineCourse
        }
        _ => Sourcing::Public,
    };
    Scenario {
        sourcing,
        trainer: match (s.sourcing, s.trainer) {
            (Sourcing::Internal, _) | (_, TrainerTier::Internal) => TrainerTier::Professional,
            (_, tier) => tier,
        },
        course_elsewhere: s.course_elsewhere
            || (s.sourcing == Sourcing::Vendor && s.trainer_travels),
        ..s.clone()
    }
}

/// What a head costs on seats, in words, with each line it is made of: `每人约 ¥6,547（课程席位费
/// ¥2,667 + 学员差旅 ¥3,880）` / `about ¥6,547 a head: course seats ¥2,667 + staff travel ¥3,880`;
/// a seat alone says so.
pub fn seat_cost_words(per_head: f64, parts: &[(Category, f64)], lang: Lang) -> String {
    let total = cny(per_head);
    let named: Vec<String> = parts
        .iter()
        .map(|(c, v)| format!("{} {}", c.label(lang), cny(*v)))
        .collect();
    match (lang, parts) {
        (_, [(Category::Seats, _)]) => lang.fill(
            i18n::estimate::ABOUT_A_HEAD_THE_SEAT_ALONE,
            &[("total", &total)],
        ),
        (_, _) => lang.fill(
            i18n::estimate::ABOUT_A_HEAD,
            &[("total", &total), ("named", &named.join(" + "))],
        ),
    }
}

/// Cash per head of a costing, line by line (expected values; lines that cost nothing left
/// out): what a head's figure is made of.
pub(super) fn cash_parts_per_head(costing: &Costing) -> Vec<(Category, f64)> {
    let people = f64::from(costing.shape.headcount.max(1));
    let lines = costing.lines(&mut Bound::Expected);
    Category::ALL
        .iter()
        .filter(|c| c.is_cash() && lines[**c as usize] > 0.0)
        .map(|&c| (c, lines[c as usize] / people))
        .collect()
}

/// Cash per head of a costing at each bound and the expected value (in `likely`'s place is the
/// expected value, so that a range printed around it contains it).
pub(super) fn cash_per_head(costing: &Costing) -> (f64, Range) {
    let people = f64::from(costing.shape.headcount.max(1));
    let at = |mut b: Bound| cash(&costing.lines(&mut b)) / people;
    (
        at(Bound::Expected),
        Range {
            low: at(Bound::Low),
            likely: at(Bound::Likely),
            high: at(Bound::High),
        },
    )
}

impl Costing {
    /// The expected estimate with each line's low, likely and high, and its verdicts.
    pub fn estimate(&self, catalog: &Catalog, scenario: &Scenario) -> Option<Estimate> {
        let expected = self.lines(&mut Bound::Expected);
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
                expected: expected[category as usize],
                cost: per_bound(&|l| l[category as usize]),
                drivers: category
                    .drivers()
                    .iter()
                    .copied()
                    .filter(|&d| self.uses(d))
                    .collect(),
            })
            .filter(|item| item.cost.high > 0.0)
            .collect();
        let people = f64::from(self.shape.headcount);
        let learner_hours = people * self.shape.hours;
        let total = total(&expected);
        let cash = cash(&expected);
        Some(Estimate {
            lines,
            total,
            extremes: per_bound(&|l| super::costing::total(l)),
            per_participant: total / people,
            per_learner_hour: total / learner_hours,
            cash,
            shape: self.shape.clone(),
            verdicts: self.verdicts(catalog, scenario, &expected)?,
        })
    }

    fn verdicts(&self, catalog: &Catalog, s: &Scenario, expected: &Lines) -> Option<Vec<Verdict>> {
        let people = f64::from(self.shape.headcount);
        Some(match self.sourcing {
            Sourcing::Public | Sourcing::OnlineCourse => {
                let band = catalog.band_for(self.sourcing)?;
                vec![Verdict::seat_band(
                    band,
                    expected[Category::Seats as usize] / people,
                )]
            }
            Sourcing::Internal | Sourcing::Vendor => {
                let seats = Costing::new(catalog, &as_seats(s)).ok()?;
                let (seat_expected, seat_range) = cash_per_head(&seats);
                let seat = Range {
                    likely: seat_expected,
                    ..seat_range
                };
                let mut verdicts = vec![Verdict::seats_instead(
                    cash(expected) / people,
                    seat,
                    &cash_parts_per_head(&seats),
                )];
                if self.sourcing == Sourcing::Vendor {
                    let tier = catalog.trainers.tier(s.trainer)?;
                    let scale = self.shape.trainer_scale;
                    let used = self.range(super::Driver::TrainerDay);
                    verdicts.push(Verdict::day_rate(
                        s.trainer,
                        Bound::Expected.of(&used) * scale,
                        tier.day_rate.map(|v| v * scale),
                    ));
                }
                verdicts
            }
        })
    }
}
