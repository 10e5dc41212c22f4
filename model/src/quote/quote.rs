//! A quote: one price for one client, built from a vendor's rate card, a scenario and
//! (optionally) a course plan, with a number, a date and the last day it holds.
//!
//! Amounts are whole yuan, rounded line by line, and every total is the sum of the printed
//! lines above it, so a client who adds up the quote gets the same figure.

use serde::{Deserialize, Serialize};

use crate::cost::{Bound, Category, Costing, Scenario, ScenarioError};
use crate::plan::Plan;
use crate::vocab::{Route, TrainerTier};
use crate::{Catalog, Lang};

use super::day::Day;
use super::rate_card::{CardError, RateCard};

/// One priced line of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteLine {
    pub category: Category,
    /// CNY, whole yuan.
    pub amount: i64,
}

/// What the client asked for: who, when, and which course.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRequest {
    pub client: String,
    pub issued: Day,
    /// The course's setting: people, city, mode, trainer tier (the card sets the VAT). It is
    /// quoted as an in-house course by the vendor's trainer whatever route it was estimated as.
    pub scenario: Scenario,
    /// The modules taught; when present, the plan sets the hours, activities and phases.
    pub plan: Option<Plan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Given when the quote is issued ([`super::QuoteBook::issue`]); a draft has none.
    pub number: Option<String>,
    pub vendor: String,
    pub client: String,
    pub issued: Day,
    /// The last day the price holds.
    pub valid_until: Day,
    /// The course as priced (the plan's hours and the card's VAT applied).
    pub scenario: Scenario,
    pub plan: Option<Plan>,
    /// Classes the people are taught in, and the teaching days each class attends.
    pub classes: u32,
    pub days_per_class: u32,
    /// What the vendor invoices, line by line (no contingency: that is the buyer's reserve; no
    /// room the client provides, no lunch the client orders).
    pub lines: Vec<QuoteLine>,
    pub subtotal: i64,
    /// Only quotes issued by earlier versions carry a markup: a vendor's margin is inside its
    /// rates. Zero on every quote made now.
    #[serde(default)]
    pub markup_pct: f64,
    #[serde(default)]
    pub markup: i64,
    pub vat_pct: f64,
    pub vat: i64,
    pub total: i64,
}

/// Why no quote can be made.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteError {
    /// The rate card has values out of range (each shown at its field).
    Card(Vec<CardError>),
    Scenario(ScenarioError),
    /// The validity runs past the end of the calendar.
    Validity,
}

impl QuoteError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (QuoteError::Card(_), Lang::Zh) => {
                "价目表中有数值超出范围，请先修改标出的项目。".into()
            }
            (QuoteError::Card(_), Lang::En) => {
                "The rate card has values out of range; correct the marked fields first.".into()
            }
            (QuoteError::Scenario(e), _) => e.message(lang),
            (QuoteError::Validity, Lang::Zh) => "有效期超出了日历范围。".into(),
            (QuoteError::Validity, Lang::En) => "The validity runs past the calendar's end.".into(),
        }
    }
}

/// Whole yuan, half away from zero (how a price is written on paper).
pub(super) fn yuan(amount: f64) -> i64 {
    amount.round() as i64
}

/// The lines a vendor's quote carries: what the vendor invoices. Travel is billed at cost through
/// the vendor's invoice, so VAT falls on it as on the rest.
pub const QUOTED: [Category; 5] = [
    Category::TrainerFees,
    Category::TrainerTravel,
    Category::Venue,
    Category::Materials,
    Category::Development,
];

/// `pct` percent of `amount`, before rounding: VAT is this of the subtotal (plus the markup
/// that quotes of earlier versions carry). One function, so a quote is checked ([`Quote::problems`]) as it was made.
pub(super) fn percent_of(amount: i64, pct: f64) -> f64 {
    amount as f64 * pct / 100.0
}

impl Quote {
    /// Price the request with the vendor's card. The result is a draft: it has no number yet.
    pub fn draft(
        catalog: &Catalog,
        card: &RateCard,
        request: &QuoteRequest,
    ) -> Result<Quote, QuoteError> {
        let problems = card.problems(catalog);
        if !problems.is_empty() {
            return Err(QuoteError::Card(problems));
        }
        let base = Scenario {
            route: Route::Vendor,
            // An option estimated with the company's own trainer is quoted with the vendor's
            // professional one: a vendor has no internal trainer to sell.
            trainer: match request.scenario.trainer {
                TrainerTier::Internal => TrainerTier::Professional,
                tier => tier,
            },
            vat_pct: card.vat_pct,
            ..request.scenario.clone()
        };
        let scenario = match &request.plan {
            Some(plan) if !plan.items.is_empty() => plan.applied_to(&base, &catalog.modules),
            _ => base,
        };
        let prices = card.price_list(catalog);
        let costing = Costing::new(&prices, &scenario).map_err(QuoteError::Scenario)?;
        let priced = costing.lines(&mut Bound::Likely);

        let lines: Vec<QuoteLine> = QUOTED
            .iter()
            .map(|&category| QuoteLine {
                category,
                amount: yuan(priced[category as usize]),
            })
            .filter(|line| line.amount != 0)
            .collect();
        let subtotal: i64 = lines.iter().map(|l| l.amount).sum();
        let vat = yuan(percent_of(subtotal, card.vat_pct));
        let valid_until = request
            .issued
            .plus_days(card.validity_days)
            .ok_or(QuoteError::Validity)?;
        Ok(Quote {
            number: None,
            vendor: card.vendor.trim().to_string(),
            client: request.client.trim().to_string(),
            issued: request.issued,
            valid_until,
            classes: costing.shape.classes,
            days_per_class: costing.shape.days_per_class,
            scenario,
            plan: request.plan.clone().filter(|p| !p.items.is_empty()),
            lines,
            subtotal,
            markup_pct: 0.0,
            markup: 0,
            vat_pct: card.vat_pct,
            vat,
            total: subtotal + vat,
        })
    }

    /// Still valid on `day`?
    pub fn holds_on(&self, day: Day) -> bool {
        day <= self.valid_until
    }
}
