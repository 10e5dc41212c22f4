//! A quote: one price for one client, built from a vendor's rate card, a scenario and
//! (optionally) a course plan, with a number, a date and the last day it holds.
//!
//! Amounts are exact to the fen, each line rounded once, and every total is the sum of the
//! printed lines above it, so a client who adds up the quote gets the same figure. Quotes issued
//! before version 4 of the saved work were rounded to the yuan; they are read as such
//! ([`Rounding::Yuan`]) and checked as they were made.

use crate::i18n;
use serde::{Deserialize, Serialize};

use crate::cost::{Bound, Category, Costing, Driver, Scenario, ScenarioError};
use crate::money::Fen;
use crate::plan::Plan;
use crate::vocab::{Sourcing, TrainerTier};
use crate::{Catalog, Lang};

use crate::calendar::Day;

use super::line::{Item, QuoteLine, Unit};
use super::rate_card::{CardError, RateCard};
use super::tax::{exact_tax, total_of};
use super::terms::{Contact, Terms};

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
    pub subtotal: Fen,
    /// Only quotes issued by earlier versions carry a markup: a vendor's margin is inside its
    /// rates. Zero on every quote made now.
    #[serde(default)]
    pub markup_pct: f64,
    #[serde(default)]
    pub markup: Fen,
    pub vat_pct: f64,
    /// The VAT in (or on) the subtotal: see `super::tax` for how either way is rounded.
    pub vat: Fen,
    pub total: Fen,
    /// The lines' prices include the VAT (含税): the total is then the subtotal. False on
    /// quotes issued by earlier versions, whose VAT was added to the subtotal.
    #[serde(default)]
    pub tax_included: bool,
    /// `None` on quotes issued by earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Terms>,
    /// What its amounts were rounded to.
    #[serde(default, skip_serializing_if = "Rounding::is_fen")]
    pub rounding: Rounding,
}

/// What a quote's amounts were rounded to when it was made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rounding {
    /// Every line, the tax and the total to the fen (this version).
    #[default]
    Fen,
    /// To the whole yuan: quotes issued before version 4 of the saved work.
    Yuan,
}

impl Rounding {
    fn is_fen(&self) -> bool {
        *self == Rounding::Fen
    }

    /// The smallest amount it rounds to.
    pub fn unit(self) -> Fen {
        match self {
            Rounding::Fen => Fen(1),
            Rounding::Yuan => Fen::from_whole_yuan(1),
        }
    }

    /// `yuan` rounded as such a quote rounds it.
    pub fn round(self, yuan: f64) -> Fen {
        match self {
            Rounding::Fen => Fen::from_yuan(yuan),
            Rounding::Yuan => Fen::from_whole_yuan(yuan.round() as i64),
        }
    }
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
            // The first problem, by name: the card's form marks each at its field.
            (QuoteError::Card(problems), _) => match problems.first() {
                Some(p) => lang.fill(
                    i18n::quote::CARD_FIELD_WRONG,
                    &[
                        ("field", &p.field().label(lang)),
                        ("problem", &p.message(lang)),
                    ],
                ),
                None => lang.t(i18n::quote::CARD_WRONG).into(),
            },
            (QuoteError::Scenario(e), _) => e.message(lang),
            (QuoteError::Validity, _) => lang
                .t(i18n::quote::THE_VALIDITY_RUNS_PAST_THE_CALENDARS)
                .into(),
        }
    }
}

/// `pct` percent of `amount`, in yuan before rounding: the markup that quotes of earlier
/// versions carry is this of their subtotal, so they are checked ([`Quote::problems`]) as they
/// were made.
pub(super) fn percent_of(amount: Fen, pct: f64) -> f64 {
    amount.yuan() * pct / 100.0
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
            sourcing: Sourcing::Vendor,
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
        let subtotal: Fen = lines.iter().map(|l| l.amount).sum();
        let tax_included = card.tax_included;
        let vat = Fen::from_yuan(exact_tax(subtotal, card.vat_pct, tax_included));
        // Lines are at most a few million yuan, far from overflowing.
        let total = total_of(subtotal, vat, tax_included).unwrap_or(Fen(i64::MAX));
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
            markup: Fen::ZERO,
            vat_pct: card.vat_pct,
            vat,
            total,
            tax_included,
            terms: Some(terms),
            rounding: Rounding::Fen,
        })
    }

    /// A quote read from a save before version 4, whose amounts are whole yuan: the same
    /// amounts in fen, marked as rounded to the yuan.
    pub fn from_whole_yuan(mut self) -> Quote {
        let fen = |v: &mut Fen| *v = Fen::from_whole_yuan(v.0);
        for line in &mut self.lines {
            fen(&mut line.amount);
            if let Some(p) = &mut line.priced {
                fen(&mut p.unit_price);
            }
        }
        for amount in [
            &mut self.subtotal,
            &mut self.markup,
            &mut self.vat,
            &mut self.total,
        ] {
            fen(amount);
        }
        self.rounding = Rounding::Yuan;
        self
    }

    /// The deposit due before the course and the balance due after it, rounded as the quote's
    /// amounts are (the balance takes the rounding, so the two add up to the total); `None` on
    /// quotes issued by earlier versions, which stated no terms.
    pub fn payments(&self) -> Option<(Fen, Fen)> {
        let pct = self.terms.as_ref()?.deposit_pct;
        let deposit = self
            .rounding
            .round(self.total.yuan() * pct.clamp(0.0, 100.0) / 100.0);
        Some((deposit, self.total - deposit))
    }

    /// The amount before tax and the tax, as an invoice splits the total.
    pub fn before_tax(&self) -> Fen {
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
        (
            if Fen::from_yuan(amount) > Fen::ZERO {
                1.0
            } else {
                0.0
            },
            amount,
        )
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
    lines.retain(|l| l.amount != Fen::ZERO);
    lines
}
