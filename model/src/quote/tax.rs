//! VAT on a quote: the vendor's taxpayer type and rate, whether its prices include the tax, the
//! invoice it issues, and how tax and total are worked out to the fen either way (as an invoice
//! states them).
//!
//! Tax-exclusive (不含税): the lines are before tax; tax = round(subtotal × rate) and the total
//! is subtotal + tax. Tax-inclusive (含税): the lines already hold the tax, so the total is the
//! subtotal and the tax inside it is round(total − total / (1 + rate)), which is how an invoice
//! splits a tax-inclusive price (价税分离: 不含税金额 = 含税金额 ÷ (1 + 税率)); the amount before
//! tax is then total − tax, so the two parts add up to the total to the fen.

use crate::money::Fen;

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
