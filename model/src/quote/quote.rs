//! A quote: one price for one client, built from a vendor's rate card, a scenario and
//! (optionally) a course plan, with a number, a date and the last day it holds.
//!
//! Amounts are whole yuan, rounded line by line, and every total is the sum of the printed
//! lines above it, so a client who adds up the quote gets the same figure.

use serde::{Deserialize, Serialize};

use crate::cost::{Bound, Category, Costing, Driver, Scenario, ScenarioError};
use crate::plan::Plan;
use crate::vocab::{Route, TrainerTier};
use crate::{Catalog, Lang};

use super::day::Day;
use super::line::{Item, QuoteLine, Unit};
use super::rate_card::{CardError, RateCard};
use super::tax::{Invoice, Taxpayer, exact_tax, total_of};

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
    /// The client's contact person and phone (甲方联系人), printed under its name.
    pub contact: Contact,
    /// Anything the vendor adds for this client (备注).
    pub remarks: String,
}

/// A person to call about the quote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub person: String,
    pub phone: String,
}

/// What a quote made now says besides its figures: both parties' contacts, the vendor's tax
/// status and invoice, how the client pays, and remarks. Quotes issued by earlier versions have
/// none of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    pub vendor_contact: Contact,
    pub client_contact: Contact,
    pub taxpayer: Taxpayer,
    pub invoice: Invoice,
    /// The share of the total paid before the course; the rest after delivery.
    pub deposit_pct: f64,
    pub remarks: String,
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
    /// The VAT in (or on) the subtotal: see `super::tax` for how either way is rounded.
    pub vat: i64,
    pub total: i64,
    /// The lines' prices include the VAT (含税): the total is then the subtotal. False on
    /// quotes issued by earlier versions, whose VAT was added to the subtotal.
    #[serde(default)]
    pub tax_included: bool,
    /// `None` on quotes issued by earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Terms>,
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

/// `pct` percent of `amount`, before rounding: the markup that quotes of earlier versions carry
/// is this of their subtotal, so they are checked ([`Quote::problems`]) as they were made.
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
        let lines = lines_of(&costing);
        let subtotal: i64 = lines.iter().map(|l| l.amount).sum();
        let tax_included = card.tax_included;
        let vat = yuan(exact_tax(subtotal, card.vat_pct, tax_included));
        // Lines are at most a few million yuan, far from overflowing.
        let total = total_of(subtotal, vat, tax_included).unwrap_or(i64::MAX);
        let valid_until = request
            .issued
            .plus_days(card.validity_days)
            .ok_or(QuoteError::Validity)?;
        let terms = Terms {
            vendor_contact: card.contact.clone(),
            client_contact: request.contact.clone(),
            taxpayer: card.taxpayer,
            invoice: card.invoice,
            deposit_pct: card.deposit_pct.unwrap_or(catalog.tax.defaults.deposit_pct),
            remarks: request.remarks.trim().to_string(),
        };
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
            total,
            tax_included,
            terms: Some(terms),
        })
    }

    /// The deposit due before the course and the balance due after it, in whole yuan (the
    /// balance takes the rounding, so the two add up to the total); `None` on quotes issued
    /// by earlier versions, which stated no terms.
    pub fn payments(&self) -> Option<(i64, i64)> {
        let pct = self.terms.as_ref()?.deposit_pct;
        let deposit = yuan(self.total as f64 * pct.clamp(0.0, 100.0) / 100.0);
        Some((deposit, self.total - deposit))
    }

    /// The amount before tax and the tax, as an invoice splits the total.
    pub fn before_tax(&self) -> i64 {
        self.total - self.vat
    }

    /// Still valid on `day`?
    pub fn holds_on(&self, day: Day) -> bool {
        day <= self.valid_until
    }
}

/// A quote's lines, priced from the costing with the card's rates: each a count from the course
/// (paid days over every class, one set a participant) times one rate, in the order a client
/// reads them. Customisation and travel are one lot each: customisation is the vendor's work
/// on this course, and travel is billed at cost (the amount is the estimate).
fn lines_of(costing: &Costing) -> Vec<QuoteLine> {
    let counts = costing.counts();
    // Each rate is one figure on the card's price list (its range is exactly the card's rate).
    let rate = |d: Driver| costing.range(d).likely;
    let priced = costing.lines(&mut Bound::Likely);
    let lot = |category: Category| {
        let amount = priced[category as usize];
        (if yuan(amount) > 0 { 1.0 } else { 0.0 }, amount)
    };
    let (customise, development) = lot(Category::Development);
    let (travels, travel) = lot(Category::TrainerTravel);
    let trainer_day = rate(Driver::TrainerDay);
    let mut lines = vec![
        QuoteLine::priced(Item::Trainer, Unit::Day, counts.trainer_days, trainer_day),
        QuoteLine::priced(
            Item::LiveTrainer,
            Unit::Day,
            counts.live_trainer_days,
            trainer_day * rate(Driver::LiveShare),
        ),
        QuoteLine::priced(
            Item::Assistant,
            Unit::Day,
            counts.assistant_days,
            rate(Driver::AssistantDay),
        ),
        QuoteLine::priced(
            Item::PrintedMaterials,
            Unit::Set,
            counts.printed_sets,
            rate(Driver::PrintedSet),
        ),
        QuoteLine::priced(
            Item::DigitalMaterials,
            Unit::Person,
            counts.digital_sets,
            rate(Driver::DigitalSet),
        ),
        QuoteLine::priced(Item::Customisation, Unit::Lot, customise, development),
        QuoteLine::priced(
            Item::Venue,
            Unit::Day,
            counts.venue_days,
            rate(Driver::VenueDay),
        ),
        QuoteLine::priced(Item::Travel, Unit::Lot, travels, travel),
    ];
    lines.retain(|l| l.amount != 0);
    lines
}
