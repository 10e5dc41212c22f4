//! What a buyer should ask about a quote, each with its reason: against the market, against
//! the hours taught, its date, its invoice, and (for buyers who follow them) the public-sector
//! caps on lecture fees.

use crate::Lang;
use crate::calendar::Day;
use crate::catalog::CompareRules;
use crate::i18n;
use crate::money::cny;
use crate::number::plain;

use super::basis::{Basis, Scope};
use super::bid::{Bid, LineKind, Title};

#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// Above what the market asks for the same scope at its high (P90).
    AboveMarket { high: f64 },
    /// Far below the market's low: probably not the same scope.
    FarBelowMarket { low: f64 },
    /// More trainer days billed than the hours taught need.
    DaysBeyondHours { billed: f64, needed: f64 },
    /// Past its validity date.
    Expired { on: Day },
    /// The quote does not say which invoice it issues.
    NoInvoice,
    /// A lecture fee per class hour above the cap for the lecturer's title.
    LectureFeeOverCap { per_class_hour: f64, cap: f64 },
}

impl Flag {
    pub fn reason(&self, lang: Lang) -> String {
        match *self {
            Flag::AboveMarket { high } => {
                lang.fill(i18n::compare::ABOVE_THE_MARKET, &[("high", &cny(high))])
            }
            Flag::FarBelowMarket { low } => {
                lang.fill(i18n::compare::FAR_BELOW_THE_MARKET, &[("low", &cny(low))])
            }
            Flag::DaysBeyondHours { billed, needed } => lang.fill(
                i18n::compare::MORE_DAYS_THAN_THE_HOURS_NEED,
                &[("billed", &plain(billed, 1)), ("needed", &plain(needed, 1))],
            ),
            Flag::Expired { on } => lang.fill(i18n::compare::EXPIRED, &[("on", &on.formal(lang))]),
            Flag::NoInvoice => lang.t(i18n::compare::NO_INVOICE_TYPE).to_string(),
            Flag::LectureFeeOverCap {
                per_class_hour,
                cap,
            } => lang.fill(
                i18n::compare::LECTURE_FEE_OVER_THE_CAP,
                &[("fee", &cny(per_class_hour)), ("cap", &cny(cap))],
            ),
        }
    }
}

/// Every flag `bid` earns on `today`; `public_caps`: the buyer follows the public-sector fee
/// rules.
pub fn flags(
    rules: &CompareRules,
    bid: &Bid,
    basis: &Basis,
    scope: &Scope,
    today: Day,
    public_caps: bool,
) -> Vec<Flag> {
    let mut said = Vec::new();
    let market = &scope.market;
    // A quote not yet priced (its total still to be typed) is not far below anything.
    let priced = basis.with_tax > 0.0;
    if basis.with_tax > market.high {
        said.push(Flag::AboveMarket { high: market.high });
    } else if priced && basis.with_tax < market.low * rules.market.far_below {
        said.push(Flag::FarBelowMarket { low: market.low });
    }
    if let Some(billed) = bid.days_billed
        && billed > scope.trainer_days + 1e-9
    {
        said.push(Flag::DaysBeyondHours {
            billed,
            needed: scope.trainer_days,
        });
    }
    if let Some(on) = bid.valid_until
        && on < today
    {
        said.push(Flag::Expired { on });
    }
    if bid.invoice.is_none() {
        said.push(Flag::NoInvoice);
    }
    if public_caps && let Some(title) = bid.title {
        let caps = &rules.lecture_fee;
        let cap = match title {
            Title::AssociateSenior => caps.associate_senior,
            Title::Senior => caps.senior,
            Title::Academician => caps.academician,
        };
        let fee: f64 = bid
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::LectureFee)
            .map(|l| l.amount())
            .sum();
        let hours = bid.class_hours_billed.unwrap_or(scope.class_hours);
        if fee > 0.0 && hours > 0.0 && fee / hours > cap {
            said.push(Flag::LectureFeeOverCap {
                per_class_hour: fee / hours,
                cap,
            });
        }
    }
    said
}
