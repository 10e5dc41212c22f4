//! What is being bought, priced by the market, and each quote put on one basis with it: the
//! total with tax, the cost to this buyer, per head, per person-day and per class hour.

use crate::catalog::Range;
use crate::cost::costing::Lines;
use crate::cost::{Bound, Category, Costing, Driver, Scenario, ScenarioError};
use crate::i18n;
use crate::number::plain;
use crate::vocab::Sourcing;
use crate::{Catalog, Lang};

use super::bid::{Bid, BuyerTaxpayer, LineKind};
use crate::catalog::Invoice;

/// The course the quotes are for, as the model sees it bought from a vendor.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// The scenario on the vendor route.
    pub scenario: Scenario,
    pub people: u32,
    pub classes: u32,
    pub days_per_class: u32,
    /// Class hours (学时) taught over all classes.
    pub class_hours: f64,
    /// Teaching days the course needs over all classes (each class's calendar days): what a
    /// vendor can bill trainer days for.
    pub trainer_days: f64,
    /// What a vendor invoices for this scope on the market, with tax: P10, expected (in the
    /// `likely` place), P90.
    pub market: Range,
    /// The market's day rate of the tier the scope asks for, in the scope's terms.
    pub day_rate: Range,
    /// The market's price of one set of materials (printed, or digital for a course online).
    pub materials_set: Range,
    /// What the trainers' travel for the scope costs: at every rate's low, expected and high.
    pub travel: Range,
}

/// What a vendor invoices, of an estimate's lines: its trainers and their travel, the
/// materials, the customisation and the VAT on them (not the room the buyer arranges, the
/// lunch it orders, its reserve or its staff's time), as the quote desk quotes it.
pub fn invoiced(lines: &Lines) -> f64 {
    [
        Category::TrainerFees,
        Category::TrainerTravel,
        Category::Materials,
        Category::Development,
        Category::Tax,
    ]
    .iter()
    .map(|&c| lines[c as usize])
    .sum()
}

impl Scope {
    /// The scope of `scenario` bought from an outside vendor.
    pub fn new(catalog: &Catalog, scenario: &Scenario) -> Result<Scope, ScenarioError> {
        let mut s = scenario.clone();
        s.sourcing = Sourcing::Vendor;
        if s.trainer == crate::vocab::TrainerTier::Internal {
            s.trainer = crate::vocab::TrainerTier::Professional;
        }
        let costing = Costing::new(catalog, &s)?;
        let mc = &catalog.pricing.monte_carlo;
        let drawn = costing.simulate_sum(mc.samples, mc.seed, invoiced);
        let shape = &costing.shape;
        let minutes = catalog.compare.class_hour.minutes;
        Ok(Scope {
            people: shape.headcount,
            classes: shape.classes,
            days_per_class: shape.days_per_class,
            class_hours: shape.hours * 60.0 / minutes * f64::from(shape.classes.max(1)),
            trainer_days: f64::from(shape.classes.max(1) * shape.days_per_class),
            market: Range {
                low: drawn.p10,
                likely: invoiced(&costing.lines(&mut Bound::Expected)),
                high: drawn.p90,
            },
            day_rate: costing.range(crate::cost::Driver::TrainerDay),
            // From data/ even when the course uses no materials: a quote may still bill them.
            materials_set: {
                let set = if costing.uses(Driver::DigitalSet) {
                    Driver::DigitalSet
                } else {
                    Driver::PrintedSet
                };
                crate::cost::rate(catalog, &s, set).map_or(Range::default(), |(r, _)| r)
            },
            travel: {
                let travel = |b: &mut Bound| costing.lines(b)[Category::TrainerTravel as usize];
                Range {
                    low: travel(&mut Bound::Low),
                    likely: travel(&mut Bound::Expected),
                    high: travel(&mut Bound::High),
                }
            },
            scenario: s,
        })
    }

    pub fn person_days(&self) -> f64 {
        f64::from(self.people) * f64::from(self.days_per_class)
    }
}

/// Where a price with tax stands against the market's range (P10–P90) for the same scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Below,
    Inside,
    Above,
}

impl Standing {
    pub fn of(with_tax: f64, market: &Range) -> Standing {
        if with_tax > market.high {
            Standing::Above
        } else if with_tax < market.low {
            Standing::Below
        } else {
            Standing::Inside
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Standing::Above => lang.t(i18n::compare::ABOVE_THE_MARKETS_RANGE),
            Standing::Below => lang.t(i18n::compare::BELOW_THE_MARKETS_RANGE),
            Standing::Inside => lang.t(i18n::compare::INSIDE_THE_MARKETS_RANGE),
        }
    }
}

/// One quote on the common basis.
#[derive(Debug, Clone, PartialEq)]
pub struct Basis {
    pub before_tax: f64,
    pub tax: f64,
    /// The quote's price with tax, and what it bills at cost.
    pub with_tax: f64,
    /// What the course costs this buyer: a general taxpayer holding a special invoice deducts
    /// its VAT; otherwise the tax is a cost.
    pub cost: f64,
    pub per_head: f64,
    pub per_person_day: Option<f64>,
    pub per_class_hour: Option<f64>,
    /// The VAT rate applied, per cent.
    pub rate_pct: f64,
}

impl Basis {
    /// The invoice the quote issues with the rate it is taken at (`增值税专用发票 6%`), or that
    /// it does not say.
    pub fn invoice_text(&self, bid: &Bid, lang: Lang) -> String {
        match bid.invoice {
            Some(invoice) => lang.fill(
                i18n::compare::INVOICE_AT_RATE,
                &[
                    ("invoice", &invoice.label(lang)),
                    ("rate", &plain(self.rate_pct, 2)),
                ],
            ),
            None => lang.t(i18n::compare::NOT_STATED).to_string(),
        }
    }

    pub fn of(catalog: &Catalog, bid: &Bid, buyer: BuyerTaxpayer, scope: &Scope) -> Basis {
        let rate_pct = bid
            .rate_pct
            .unwrap_or(catalog.tax.rate(bid.taxpayer).rate_pct);
        let r = rate_pct / 100.0;
        let quoted = bid.quoted();
        let (before_tax, price_with_tax) = if bid.tax_included {
            (quoted / (1.0 + r), quoted)
        } else {
            (quoted, quoted * (1.0 + r))
        };
        let deducts = buyer == BuyerTaxpayer::General && bid.invoice == Some(Invoice::Special);
        let cost = if deducts { before_tax } else { price_with_tax } + bid.at_cost;
        let person_days = scope.person_days();
        Basis {
            before_tax,
            tax: price_with_tax - before_tax,
            with_tax: price_with_tax + bid.at_cost,
            cost,
            per_head: cost / f64::from(scope.people.max(1)),
            per_person_day: (person_days > 0.0).then(|| cost / person_days),
            per_class_hour: (scope.class_hours > 0.0).then(|| cost / scope.class_hours),
            rate_pct,
        }
    }
}

/// A line of a quote held against the market where it maps onto the model (before tax, as
/// `data/` gives the market's rates):
/// - a lecture fee billed by the day, its price per day against the day rate of the tier the
///   scope asks for;
/// - materials, its price per set against the market's price of a set;
/// - travel, its amount against what the trainers' travel for the scope costs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineCheck {
    pub kind: LineKind,
    /// The line's price per day, per set, or in all (travel), before tax.
    pub price: f64,
    pub market: Range,
}

impl LineCheck {
    pub fn above(&self) -> bool {
        self.price > self.market.high
    }

    pub fn below(&self) -> bool {
        self.price < self.market.low
    }
}

/// Whether a unit as a quote writes it is a day (天, 日, day, days).
pub fn is_day_unit(unit: &str) -> bool {
    matches!(
        unit.trim().to_lowercase().as_str(),
        "天" | "日" | "day" | "days" | "讲师日" | "trainer day"
    )
}

/// Each line of `bid` held against the market where it maps onto the model (`None` where it
/// does not).
pub fn line_checks(bid: &Bid, basis: &Basis, scope: &Scope) -> Vec<Option<LineCheck>> {
    let tax = if bid.tax_included {
        1.0 + basis.rate_pct / 100.0
    } else {
        1.0
    };
    bid.lines
        .iter()
        .map(|l| {
            let (price, market) = match l.kind {
                LineKind::LectureFee if is_day_unit(&l.unit) => (l.unit_price, scope.day_rate),
                LineKind::Materials => (l.unit_price, scope.materials_set),
                LineKind::Travel => (l.amount(), scope.travel),
                _ => return None,
            };
            Some(LineCheck {
                kind: l.kind,
                price: price / tax,
                market,
            })
        })
        .collect()
}
