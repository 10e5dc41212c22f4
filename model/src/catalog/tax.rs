//! `data/tax.toml`: VAT rates by the vendor's taxpayer type, and the terms a new rate card starts
//! with.

use crate::i18n;
use serde::{Deserialize, Serialize};

use super::{Bounds, Checker, DataFile, Source};
use crate::vocab::choice_enum;

choice_enum! {
    /// The vendor's VAT status, which sets its rate on training.
    Taxpayer {
        General = "general", i18n::taxpayer::GENERAL;
        Simplified = "simplified", i18n::taxpayer::SIMPLIFIED;
        SmallScale = "small-scale", i18n::taxpayer::SMALL_SCALE;
    }
}

choice_enum! {
    /// The invoice the vendor issues.
    Invoice {
        Special = "special", i18n::invoice::SPECIAL;
        Ordinary = "ordinary", i18n::invoice::ORDINARY;
    }
}

/// A card or quote saved before the vendor's taxpayer type was asked for: its VAT rate defaulted
/// to the general rate, so it was a general taxpayer's.
impl Default for Taxpayer {
    fn default() -> Self {
        Taxpayer::General
    }
}

/// Cards saved before the invoice type was asked for: a company client's usual ask.
impl Default for Invoice {
    fn default() -> Self {
        Invoice::Special
    }
}

/// One taxpayer type's rate, from `data/tax.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRate {
    pub rate_pct: f64,
    pub source: Source,
}

/// The terms a new rate card starts with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteDefaults {
    pub taxpayer: Taxpayer,
    pub taxpayer_source: Source,
    pub invoice: Invoice,
    pub invoice_source: Source,
    pub tax_included: bool,
    pub tax_included_source: Source,
    pub deposit_pct: f64,
    pub deposit_source: Source,
    pub deposit_limits: Bounds,
    pub deposit_limits_source: Source,
}

/// `data/tax.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRules {
    pub general: TaxRate,
    pub simplified: TaxRate,
    pub small_scale: TaxRate,
    pub defaults: QuoteDefaults,
}

impl TaxRules {
    pub fn rate(&self, taxpayer: Taxpayer) -> &TaxRate {
        match taxpayer {
            Taxpayer::General => &self.general,
            Taxpayer::Simplified => &self.simplified,
            Taxpayer::SmallScale => &self.small_scale,
        }
    }
}

impl DataFile for TaxRules {
    const PATH: &'static str = "data/tax.toml";

    fn check(&self, c: &mut Checker) {
        for &taxpayer in Taxpayer::ALL {
            let name = taxpayer.id();
            let rate = self.rate(taxpayer);
            c.non_negative(&format!("{name}.rate_pct"), rate.rate_pct);
            if rate.rate_pct > 100.0 {
                c.fail(format!("{name}.rate_pct"), "a VAT rate is below 100 %");
            }
            c.source(name, &rate.source);
        }
        let d = &self.defaults;
        c.ordered(
            "defaults.deposit_limits",
            &[("min", d.deposit_limits.min), ("max", d.deposit_limits.max)],
        );
        if !d.deposit_limits.contains(d.deposit_pct) {
            c.fail("defaults.deposit_pct", "outside defaults.deposit_limits");
        }
        for (name, source) in [
            ("defaults.taxpayer", &d.taxpayer_source),
            ("defaults.invoice", &d.invoice_source),
            ("defaults.tax_included", &d.tax_included_source),
            ("defaults.deposit_pct", &d.deposit_source),
            ("defaults.deposit_limits", &d.deposit_limits_source),
        ] {
            c.source(name, source);
        }
    }
}
