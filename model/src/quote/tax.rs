//! VAT on a quote: the vendor's taxpayer type and rate, whether its prices include the tax, the
//! invoice it issues, and how tax and total are worked out to the fen either way (as an invoice
//! states them).
//!
//! Tax-exclusive (不含税): the lines are before tax; tax = round(subtotal × rate) and the total
//! is subtotal + tax. Tax-inclusive (含税): the lines already hold the tax, so the total is the
//! subtotal and the tax inside it is round(total − total / (1 + rate)), which is how an invoice
//! splits a tax-inclusive price (价税分离: 不含税金额 = 含税金额 ÷ (1 + 税率)); the amount before
//! tax is then total − tax, so the two parts add up to the total to the fen.

use serde::{Deserialize, Serialize};

use crate::cost::rates::Bounds;
use crate::data::{Checker, DataFile, Source};
use crate::money::Fen;
use crate::vocab::choice_enum;

choice_enum! {
    /// The vendor's VAT status, which sets its rate on training.
    Taxpayer {
        General = "general", "一般纳税人", "General taxpayer";
        Simplified = "simplified", "一般纳税人（简易计税）", "General taxpayer (simplified method)";
        SmallScale = "small-scale", "小规模纳税人", "Small-scale taxpayer";
    }
}

choice_enum! {
    /// The invoice the vendor issues.
    Invoice {
        Special = "special", "增值税专用发票", "Special VAT invoice (fapiao)";
        Ordinary = "ordinary", "增值税普通发票", "Ordinary VAT invoice (fapiao)";
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

/// The tax inside or on top of `subtotal` at `pct` percent, in yuan, before rounding.
pub fn exact_tax(subtotal: Fen, pct: f64, included: bool) -> f64 {
    let amount = subtotal.yuan();
    if included {
        amount - amount / (1.0 + pct / 100.0)
    } else {
        amount * pct / 100.0
    }
}

/// The total a client pays for `subtotal` with `tax`: the subtotal itself when prices include
/// the tax. `None` when it is past counting.
pub fn total_of(subtotal: Fen, tax: Fen, included: bool) -> Option<Fen> {
    if included {
        Some(subtotal)
    } else {
        subtotal.checked_add(tax)
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
