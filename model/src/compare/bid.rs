//! A vendor's quote as the buyer received it, and the buyer's side of the comparison.

use serde::{Deserialize, Serialize};

use crate::calendar::Day;
use crate::catalog::{Invoice, Taxpayer};
use crate::i18n;
use crate::vocab::{TrainerTier, choice_enum};

choice_enum! {
    /// The buyer's own VAT status: a general taxpayer deducts the VAT on a special invoice, a
    /// small-scale one cannot.
    BuyerTaxpayer {
        General = "general", i18n::buyer_taxpayer::GENERAL;
        SmallScale = "small-scale", i18n::buyer_taxpayer::SMALL_SCALE;
    }
}

/// A buyer is taken as a general taxpayer, as most companies that buy training are, until it
/// says otherwise.
impl Default for BuyerTaxpayer {
    fn default() -> Self {
        BuyerTaxpayer::General
    }
}

choice_enum! {
    /// A lecturer's professional title, which sets the public-sector cap on a lecture fee.
    Title {
        AssociateSenior = "associate-senior", i18n::lecturer_title::ASSOCIATE_SENIOR;
        Senior = "senior", i18n::lecturer_title::SENIOR;
        Academician = "academician", i18n::lecturer_title::ACADEMICIAN;
    }
}

choice_enum! {
    /// What a line of a quote is, where it maps onto the model: the lecturer's fee (held against
    /// the tier's day rate and the public-sector cap), materials (per set), travel (the whole
    /// trainers' travel), or anything else (the default: a line is not held against the
    /// market until the buyer says what it is).
    #[derive(Default)]
    LineKind {
        #[default]
        Other = "other", i18n::line_kind::OTHER;
        LectureFee = "lecture-fee", i18n::line_kind::LECTURE_FEE;
        Materials = "materials", i18n::line_kind::MATERIALS;
        Travel = "travel", i18n::line_kind::TRAVEL;
    }
}

/// One line of a received quote: 项目 / 单位 / 数量 / 单价, the price as the quote states it
/// (with or without tax, as the whole quote says).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BidLine {
    pub item: String,
    pub unit: String,
    pub quantity: f64,
    pub unit_price: f64,
    #[serde(default)]
    pub kind: LineKind,
}

impl BidLine {
    pub fn amount(&self) -> f64 {
        self.quantity * self.unit_price
    }
}

/// The buyer's marks for what a price cannot say, each out of 100.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Marks {
    pub trainer: f64,
    pub fit: f64,
    pub service: f64,
}

/// A quote received from one vendor.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Bid {
    pub vendor: String,
    pub contact: String,
    /// The quote line by line; empty when it gives one total.
    pub lines: Vec<BidLine>,
    /// The quote as one total, when it gives no lines.
    pub total: Option<f64>,
    /// Whether the prices include VAT (含税).
    pub tax_included: bool,
    pub taxpayer: Taxpayer,
    /// `None` when the quote does not say which invoice it issues.
    pub invoice: Option<Invoice>,
    /// The VAT rate the quote states, when it states one; otherwise its taxpayer type's.
    pub rate_pct: Option<f64>,
    /// What the quote bills at cost (travel, lodging) on top of its price, as the buyer
    /// estimates it, with tax.
    pub at_cost: f64,
    pub days_billed: Option<f64>,
    pub class_hours_billed: Option<f64>,
    pub trainer: String,
    pub tier_claimed: Option<TrainerTier>,
    /// The lecturer's title, for the public-sector fee cap.
    pub title: Option<Title>,
    pub payment_terms: String,
    pub valid_until: Option<Day>,
    pub remarks: String,
    pub marks: Marks,
}

impl Bid {
    /// The price as quoted: its total, or its lines added.
    pub fn quoted(&self) -> f64 {
        self.total
            .unwrap_or_else(|| self.lines.iter().map(BidLine::amount).sum())
    }

    /// Still open on `today` (a quote without a date is taken as open).
    pub fn is_open(&self, today: Day) -> bool {
        self.valid_until.is_none_or(|d| d >= today)
    }
}

impl Bid {
    /// A quote made by this app's quote desk, as the buyer receives it: its lines as priced,
    /// its tax, invoice, validity and terms. The vendor and the buyer speak the same format.
    pub fn from_quote(q: &crate::quote::Quote, lang: crate::Lang) -> Bid {
        use crate::quote::{Item, Unit};
        let lines: Vec<BidLine> = q
            .lines
            .iter()
            .map(|l| match &l.priced {
                Some(p) => BidLine {
                    item: p.item.label(lang).to_string(),
                    unit: p.unit.label(lang).to_string(),
                    quantity: p.quantity,
                    unit_price: p.unit_price.yuan(),
                    kind: match p.item {
                        Item::Trainer | Item::LiveTrainer => LineKind::LectureFee,
                        Item::PrintedMaterials | Item::DigitalMaterials => LineKind::Materials,
                        Item::Travel => LineKind::Travel,
                        _ => LineKind::Other,
                    },
                },
                // Lines of quotes from earlier versions carried an amount only.
                None => BidLine {
                    item: l.category.label(lang).to_string(),
                    unit: String::new(),
                    quantity: 1.0,
                    unit_price: l.amount.yuan(),
                    kind: LineKind::Other,
                },
            })
            .collect();
        let days: f64 = q
            .lines
            .iter()
            .filter_map(|l| l.priced.as_ref())
            .filter(|p| matches!(p.item, Item::Trainer | Item::LiveTrainer) && p.unit == Unit::Day)
            .map(|p| p.quantity)
            .sum();
        let terms = q.terms.as_ref();
        Bid {
            vendor: q.vendor.clone(),
            contact: terms
                .map(|t| {
                    format!("{} {}", t.vendor_contact.person, t.vendor_contact.phone)
                        .trim()
                        .to_string()
                })
                .unwrap_or_default(),
            lines,
            total: None,
            tax_included: q.tax_included,
            taxpayer: terms.map(|t| t.taxpayer).unwrap_or_default(),
            invoice: terms.map(|t| t.invoice),
            rate_pct: Some(q.vat_pct),
            at_cost: 0.0,
            days_billed: (days > 0.0).then_some(days),
            class_hours_billed: None,
            trainer: String::new(),
            tier_claimed: Some(q.scenario.trainer),
            title: None,
            payment_terms: q.payment_terms(lang).unwrap_or_default(),
            valid_until: Some(q.valid_until),
            remarks: terms.map(|t| t.remarks.clone()).unwrap_or_default(),
            marks: Marks::default(),
        }
    }
}
