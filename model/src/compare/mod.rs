//! Comparing the quotes a buyer received (询价比价): each on one basis (tax, the buyer's
//! invoice, per head, per person-day, per class hour), each against the market's price of the
//! same scope with its flags, the company's purchasing rule, scores and a recommendation with
//! its reason (domain.md, "Comparing quotes").
//!
//! Pure Rust with no web dependency; the lines and shares come from `data/compare.toml` and
//! `data/tax.toml`, the market from the cost model.

pub mod basis;
pub mod bid;
pub mod enquiry;
pub mod flags;
pub mod score;

pub use basis::{Basis, LineCheck, Scope, Standing, invoiced, is_day_unit, line_checks};
pub use bid::{Bid, BidLine, BuyerTaxpayer, LineKind, Marks, Title};
pub use enquiry::{Enquiry, EnquiryHeading, QuoteFileError, read_quote};
pub use flags::{Flag, flags};
pub use score::{Lines, RuleWarning, Score, Weights, rule, scores};

use crate::calendar::Day;
use crate::cost::{Scenario, ScenarioError};
use crate::i18n;
use crate::money::cny;
use crate::number::plain;
use crate::{Catalog, Lang};

/// The buyer's side: its VAT status, whether it follows the public-sector fee caps, and its
/// weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Buyer {
    pub taxpayer: BuyerTaxpayer,
    pub public_caps: bool,
    pub weights: Weights,
    pub lines: Lines,
}

/// One quote assessed.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessed {
    pub basis: Basis,
    pub flags: Vec<Flag>,
    /// Open on the day and priced above zero: it counts for the rule and is scored.
    pub valid: bool,
    pub score: Option<Score>,
}

/// Every quote for one scope, assessed, with the rule and the recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub scope: Scope,
    pub bids: Vec<Assessed>,
    pub rule: Vec<RuleWarning>,
    /// The best-scored valid quote.
    pub winner: Option<usize>,
}

impl Comparison {
    pub fn new(
        catalog: &Catalog,
        scenario: &Scenario,
        bids: &[Bid],
        buyer: &Buyer,
        today: Day,
    ) -> Result<Comparison, ScenarioError> {
        let scope = Scope::new(catalog, scenario)?;
        Ok(Comparison::of(catalog, scope, bids, buyer, today))
    }

    /// As [`Comparison::new`], for a scope already priced (pricing it draws the market's
    /// range; the quotes' figures change far more often than the scope).
    pub fn of(
        catalog: &Catalog,
        scope: Scope,
        bids: &[Bid],
        buyer: &Buyer,
        today: Day,
    ) -> Comparison {
        let rules = &catalog.compare;
        let mut assessed: Vec<Assessed> = bids
            .iter()
            .map(|bid| {
                let basis = Basis::of(catalog, bid, buyer.taxpayer, &scope);
                Assessed {
                    flags: flags(rules, bid, &basis, &scope, today, buyer.public_caps),
                    valid: bid.is_open(today) && basis.with_tax > 0.0,
                    basis,
                    score: None,
                }
            })
            .collect();
        let costs: Vec<Option<f64>> = assessed
            .iter()
            .map(|a| a.valid.then_some(a.basis.cost))
            .collect();
        let marks: Vec<Marks> = bids.iter().map(|b| b.marks).collect();
        for (a, s) in assessed
            .iter_mut()
            .zip(scores(&costs, &marks, &buyer.weights))
        {
            a.score = s;
        }
        let winner = assessed
            .iter()
            .position(|a| a.score.is_some_and(|s| s.rank == 1));
        let valid = assessed.iter().filter(|a| a.valid).count();
        // The purchase is what the chosen quote costs with tax; before any, what the market asks.
        let amount = winner.map_or(scope.market.likely, |w| assessed[w].basis.with_tax);
        Comparison {
            rule: rule(&buyer.lines, valid, amount),
            winner,
            bids: assessed,
            scope,
        }
    }

    /// The reason for the choice, drafted from the figures (the buyer edits it).
    pub fn reason(&self, bids: &[Bid], lang: Lang) -> Option<String> {
        let w = self.winner?;
        let a = &self.bids[w];
        let score = a.score?;
        let lowest = self
            .bids
            .iter()
            .filter(|b| b.valid)
            .map(|b| b.basis.cost)
            .fold(f64::INFINITY, f64::min);
        let market = &self.scope.market;
        let against = Standing::of(a.basis.with_tax, market).label(lang);
        let price = if (a.basis.cost - lowest).abs() < 0.005 {
            lang.t(i18n::compare::THE_LOWEST_COST).to_string()
        } else {
            lang.fill(
                i18n::compare::ABOVE_THE_LOWEST,
                &[("pct", &plain((a.basis.cost / lowest - 1.0) * 100.0, 1))],
            )
        };
        Some(lang.fill(
            i18n::compare::REASON,
            &[
                ("vendor", &bids[w].vendor),
                ("score", &plain(score.total, 1)),
                ("cost", &cny(a.basis.cost)),
                ("price", &price),
                ("against", &against),
            ],
        ))
    }
}
