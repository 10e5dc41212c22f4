//! A vendor's own rate card: what they charge for their trainers, an assistant, a room,
//! materials and customisation, the VAT they charge, and how long a quote holds.
//!
//! A vendor's margin is inside its rates: a quote prices the course with the card's rates as
//! they stand and never adds a markup line. For what the card does not name (travel at cost,
//! the live-online share) the market model from `data/` is used.

use crate::i18n;
use serde::{Deserialize, Serialize};

use crate::catalog::Range;
use crate::text::echo;
use crate::vocab::TrainerTier;
use crate::{Catalog, Lang};

use crate::catalog::{Invoice, Taxpayer};

use super::terms::Contact;

/// A day rate for each trainer tier, in CNY.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierRates {
    pub internal: f64,
    pub professional: f64,
    pub senior: f64,
    pub expert: f64,
}

impl TierRates {
    pub fn get(&self, tier: TrainerTier) -> f64 {
        match tier {
            TrainerTier::Internal => self.internal,
            TrainerTier::Professional => self.professional,
            TrainerTier::Senior => self.senior,
            TrainerTier::Expert => self.expert,
        }
    }

    pub fn set(&mut self, tier: TrainerTier, rate: f64) {
        match tier {
            TrainerTier::Internal => self.internal = rate,
            TrainerTier::Professional => self.professional = rate,
            TrainerTier::Senior => self.senior = rate,
            TrainerTier::Expert => self.expert = rate,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "RateCardRecord")]
pub struct RateCard {
    /// The vendor's name, printed at the head of the quote.
    pub vendor: String,
    /// Letters put before every quote number (`Q` gives `Q-2026-0001`).
    pub number_prefix: String,
    pub trainer_day: TierRates,
    pub assistant_day: f64,
    /// What the vendor charges for a training room per day, when the client has it book one.
    pub venue_day: f64,
    /// One set of printed materials per participant; `None` on a card saved before it had this
    /// rate, whose quotes price materials at the market's rates as they always did.
    pub materials_set: Option<f64>,
    /// Customisation (and e-learning production), per hour.
    pub development_hour: f64,
    pub vat_pct: f64,
    pub validity_days: u32,
    /// The vendor's contact person and phone (乙方联系人), printed on every quote.
    pub contact: Contact,
    /// Sets the VAT rate the card starts with; the rate stays editable.
    pub taxpayer: Taxpayer,
    pub invoice: Invoice,
    /// The card's prices include the VAT (含税).
    pub tax_included: bool,
    /// The share paid before the course; `None` on a card saved before it was asked for, whose
    /// quotes take the default in `data/tax.toml`.
    pub deposit_pct: Option<f64>,
}

/// A rate card as saved by any version: cards saved before the vendor's margin moved into its
/// rates carry a `markup_pct`, read and dropped; the materials rate came later.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RateCardRecord {
    vendor: String,
    number_prefix: String,
    trainer_day: TierRates,
    assistant_day: f64,
    venue_day: f64,
    /// Missing on cards saved before the rate existed.
    #[serde(default)]
    materials_set: Option<f64>,
    development_hour: f64,
    #[serde(default, rename = "markup_pct")]
    _markup_pct: f64,
    vat_pct: f64,
    validity_days: u32,
    // The parties and tax terms came later: a card saved before has no contact and was a
    // general taxpayer's (its VAT defaulted to 6 %), pricing before tax as every quote did.
    #[serde(default)]
    contact: Contact,
    #[serde(default)]
    taxpayer: Taxpayer,
    #[serde(default)]
    invoice: Invoice,
    #[serde(default)]
    tax_included: bool,
    #[serde(default)]
    deposit_pct: Option<f64>,
}

impl From<RateCardRecord> for RateCard {
    fn from(r: RateCardRecord) -> RateCard {
        RateCard {
            vendor: r.vendor,
            number_prefix: r.number_prefix,
            trainer_day: r.trainer_day,
            assistant_day: r.assistant_day,
            venue_day: r.venue_day,
            materials_set: r.materials_set,
            development_hour: r.development_hour,
            vat_pct: r.vat_pct,
            validity_days: r.validity_days,
            contact: r.contact,
            taxpayer: r.taxpayer,
            invoice: r.invoice,
            tax_included: r.tax_included,
            deposit_pct: r.deposit_pct,
        }
    }
}

/// A field of the rate card, for putting a message beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CardField {
    Vendor,
    NumberPrefix,
    TrainerDay(TrainerTier),
    AssistantDay,
    VenueDay,
    MaterialsSet,
    DevelopmentHour,
    Vat,
    Validity,
    ContactPerson,
    ContactPhone,
    Deposit,
}

impl CardField {
    pub fn label(self, lang: Lang) -> String {
        let text = match self {
            CardField::Vendor => lang.t(i18n::rate_card::VENDOR_NAME),
            CardField::NumberPrefix => lang.t(i18n::rate_card::QUOTE_NUMBER_PREFIX),
            CardField::TrainerDay(tier) => {
                return lang.fill(i18n::rate_card::DAY_RATE, &[("tier", &tier.label(lang))]);
            }
            CardField::AssistantDay => lang.t(i18n::rate_card::ASSISTANT_DAY_RATE),
            CardField::VenueDay => lang.t(i18n::rate_card::VENUE_PER_DAY),
            CardField::MaterialsSet => lang.t(i18n::rate_card::MATERIALS_PER_SET),
            CardField::DevelopmentHour => lang.t(i18n::rate_card::CUSTOMISATION_PER_HOUR),
            CardField::Vat => lang.t(i18n::common::VAT_RATE),
            CardField::Validity => lang.t(i18n::rate_card::QUOTE_VALIDITY),
            CardField::ContactPerson => lang.t(i18n::rate_card::CONTACT_PERSON),
            CardField::ContactPhone => lang.t(i18n::rate_card::PHONE),
            CardField::Deposit => lang.t(i18n::rate_card::DEPOSIT),
        };
        text.to_string()
    }
}

/// What is wrong with one field of a rate card.
#[derive(Debug, Clone, PartialEq)]
pub enum CardError {
    OutOfRange {
        field: CardField,
        value: f64,
        min: f64,
        max: f64,
    },
    TooLong {
        field: CardField,
        max: usize,
    },
    /// A number prefix must be letters and digits, at most `max` of them
    /// (`data/pricing.toml`, `limits.max_prefix_chars`), so quote numbers stay easy to quote back.
    BadPrefix {
        max: usize,
    },
    /// An amount of money with more than two decimals: money is counted to the fen.
    BelowFen {
        field: CardField,
    },
}

impl CardError {
    pub fn field(&self) -> CardField {
        match self {
            CardError::OutOfRange { field, .. }
            | CardError::TooLong { field, .. }
            | CardError::BelowFen { field } => *field,
            CardError::BadPrefix { .. } => CardField::NumberPrefix,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CardError::OutOfRange { value, .. }, _) if !value.is_finite() => {
                lang.t(i18n::rate_card::ENTER_A_NUMBER).into()
            }
            (
                CardError::OutOfRange {
                    value, min, max, ..
                },
                _,
            ) => lang.fill(
                i18n::rate_card::MUST_BE_BETWEEN_AND_IT_IS,
                &[
                    ("min", &min),
                    ("max", &max),
                    ("value", &echo(&value.to_string())),
                ],
            ),
            (CardError::TooLong { max, .. }, _) => {
                lang.fill(i18n::rate_card::AT_MOST_CHARACTERS, &[("max", &max)])
            }
            (CardError::BadPrefix { max }, _) => lang.fill(
                i18n::rate_card::A_NUMBER_PREFIX_IS_LETTERS_AND,
                &[("max", &max)],
            ),
            (CardError::BelowFen { .. }, _) => lang
                .t(i18n::rate_card::AN_AMOUNT_HAS_AT_MOST_TWO_DECIMALS)
                .into(),
        }
    }
}

/// The card's fields that are amounts of money (the rest are rates, days and texts).
fn is_money(field: CardField) -> bool {
    matches!(
        field,
        CardField::TrainerDay(_)
            | CardField::AssistantDay
            | CardField::VenueDay
            | CardField::MaterialsSet
            | CardField::DevelopmentHour
    )
}

/// Whether `yuan` is a whole number of fen (as typed: 40.5 and 33.33 are, 40.555 is not).
fn to_the_fen(yuan: f64) -> bool {
    let fen = yuan * 100.0;
    (fen - fen.round()).abs() <= 1e-6 * fen.abs().max(1.0)
}

impl RateCard {
    /// A card filled with the market's likely rates from `data/`: a starting point a vendor
    /// overwrites with their own.
    pub fn from_market(catalog: &Catalog) -> RateCard {
        let likely = |tier| {
            catalog
                .trainers
                .tier(tier)
                .map_or(catalog.trainers.internal.day_cost.likely, |t| {
                    t.day_rate.likely
                })
        };
        let terms = &catalog.tax.defaults;
        RateCard {
            vendor: String::new(),
            number_prefix: "Q".into(),
            trainer_day: TierRates {
                internal: likely(TrainerTier::Internal),
                professional: likely(TrainerTier::Professional),
                senior: likely(TrainerTier::Senior),
                expert: likely(TrainerTier::Expert),
            },
            assistant_day: catalog.trainers.assistant.day_rate.likely,
            venue_day: catalog.costs.venue.rented.likely,
            materials_set: Some(catalog.costs.printed_materials.standard.likely),
            development_hour: catalog.costs.development.hour.likely,
            vat_pct: catalog.tax.rate(terms.taxpayer).rate_pct,
            validity_days: catalog.pricing.quote.validity_days,
            contact: Contact::default(),
            taxpayer: terms.taxpayer,
            invoice: terms.invoice,
            tax_included: terms.tax_included,
            deposit_pct: Some(terms.deposit_pct),
        }
    }

    /// Every problem with the card, one per field, so each can be shown where it is typed.
    pub fn problems(&self, catalog: &Catalog) -> Vec<CardError> {
        let rules = &catalog.pricing.quote;
        let limits = &catalog.pricing.limits;
        let pct = limits.pct;
        let mut problems = Vec::new();
        let mut check = |field, value: f64, bounds: crate::catalog::Bounds| {
            if !bounds.contains(value) {
                problems.push(CardError::OutOfRange {
                    field,
                    value,
                    min: bounds.min,
                    max: bounds.max,
                });
            } else if is_money(field) && !to_the_fen(value) {
                problems.push(CardError::BelowFen { field });
            }
        };
        for &tier in crate::catalog::OUTSIDE_TIERS {
            check(
                CardField::TrainerDay(tier),
                self.trainer_day.get(tier),
                rules.day_rate,
            );
        }
        check(CardField::AssistantDay, self.assistant_day, rules.day_rate);
        check(CardField::VenueDay, self.venue_day, rules.day_rate);
        if let Some(set) = self.materials_set {
            check(CardField::MaterialsSet, set, rules.day_rate);
        }
        check(
            CardField::DevelopmentHour,
            self.development_hour,
            rules.hour_rate,
        );
        check(CardField::Vat, self.vat_pct, pct);
        check(
            CardField::Validity,
            f64::from(self.validity_days),
            rules.validity_limits,
        );
        if let Some(deposit) = self.deposit_pct {
            check(
                CardField::Deposit,
                deposit,
                catalog.tax.defaults.deposit_limits,
            );
        }
        // Each text as long as the printed quote has room for (data/pricing.toml, [limits]).
        for (field, text, max) in [
            (CardField::Vendor, &self.vendor, limits.max_vendor_chars),
            (
                CardField::ContactPerson,
                &self.contact.person,
                limits.max_contact_person_chars,
            ),
            (
                CardField::ContactPhone,
                &self.contact.phone,
                limits.max_phone_chars,
            ),
        ] {
            if text.chars().count() > max {
                problems.push(CardError::TooLong { field, max });
            }
        }
        let prefix = &self.number_prefix;
        if prefix.is_empty()
            || prefix.chars().count() > limits.max_prefix_chars
            || !prefix.chars().all(|c| c.is_ascii_alphanumeric())
        {
            problems.push(CardError::BadPrefix {
                max: limits.max_prefix_chars,
            });
        }
        problems
    }

    /// The catalog with this card's rates in place of the market's: each a single figure (the
    /// vendor knows their own price), charged as it stands in every city, and no industry
    /// factor on top (the vendor's rates already say what they charge whom).
    pub fn price_list(&self, catalog: &Catalog) -> Catalog {
        let mut list = catalog.clone();
        for tier in &mut list.trainers.tier {
            tier.day_rate = Range::exactly(self.trainer_day.get(tier.id));
            tier.priced_locally = false;
        }
        list.trainers.assistant.day_rate = Range::exactly(self.assistant_day);
        list.trainers.assistant.priced_locally = false;
        list.costs.venue.rented = Range::exactly(self.venue_day);
        list.costs.venue.hotel = Range::exactly(self.venue_day);
        list.costs.venue.local = false;
        if let Some(price) = self.materials_set {
            let materials = &mut list.costs.printed_materials;
            for set in [
                &mut materials.basic,
                &mut materials.standard,
                &mut materials.deep,
            ] {
                *set = Range::exactly(price);
            }
        }
        list.costs.development.hour = Range::exactly(self.development_hour);
        for industry in &mut list.industries.industry {
            industry.factor = Range::exactly(1.0);
        }
        list
    }
}
