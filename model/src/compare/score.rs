//! Scores and the company's purchasing rule.
//!
//! Price is scored by the lowest-price method: the lowest cost to the buyer among the valid
//! quotes ÷ this quote's cost × the price weight. The trainer, the fit to the planned modules
//! and the service are the buyer's marks out of 100 × their weights. Quotes rank by score, the
//! cheaper first when two score the same.

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::catalog::compare::Thresholds;
use crate::i18n;
use crate::money::cny;

use super::bid::Marks;

/// Points out of 100 for each part of the score; the comparison starts from
/// `data/compare.toml`'s and the buyer edits them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    pub price: f64,
    pub trainer: f64,
    pub fit: f64,
    pub service: f64,
}

impl Weights {
    pub fn from_data(w: &crate::catalog::compare::Weights) -> Weights {
        Weights {
            price: w.price,
            trainer: w.trainer,
            fit: w.fit,
            service: w.service,
        }
    }
}

/// One valid quote's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub price: f64,
    pub total: f64,
    /// 1 for the best.
    pub rank: usize,
}

/// The scores of quotes costing `costs` (`None`: not valid, not scored) with the buyer's
/// `marks`.
pub fn scores(costs: &[Option<f64>], marks: &[Marks], weights: &Weights) -> Vec<Option<Score>> {
    let lowest = costs
        .iter()
        .flatten()
        .copied()
        .filter(|c| *c > 0.0)
        .fold(f64::INFINITY, f64::min);
    let mut out: Vec<Option<Score>> = costs
        .iter()
        .zip(marks)
        .map(|(cost, m)| {
            let cost = (*cost).filter(|c| *c > 0.0)?;
            let price = lowest / cost * weights.price;
            let quality =
                (m.trainer * weights.trainer + m.fit * weights.fit + m.service * weights.service)
                    / 100.0;
            Some(Score {
                price,
                total: price + quality,
                rank: 0,
            })
        })
        .collect();
    let mut order: Vec<usize> = (0..out.len()).filter(|&i| out[i].is_some()).collect();
    order.sort_by(|&a, &b| {
        let (sa, sb) = (out[a].unwrap().total, out[b].unwrap().total);
        sb.total_cmp(&sa)
            .then(costs[a].unwrap().total_cmp(&costs[b].unwrap()))
    });
    for (rank, i) in order.into_iter().enumerate() {
        if let Some(s) = &mut out[i] {
            s.rank = rank + 1;
        }
    }
    out
}

/// The company's purchasing lines, in CNY with tax: from `data/compare.toml`, which the buyer
/// edits to its own rules.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lines {
    pub three_quotes_from: f64,
    pub tender_from: f64,
}

impl Lines {
    pub fn from_data(t: &Thresholds) -> Lines {
        Lines {
            three_quotes_from: t.three_quotes_from,
            tender_from: t.tender_from,
        }
    }
}

/// What the company's rule says about a purchase of `amount` (with tax) with `valid` quotes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RuleWarning {
    /// At or above the line from which three quotes are asked, with fewer.
    TooFewQuotes { valid: usize, line: f64 },
    /// At or above the tender line: a comparison of quotes is not enough.
    TenderNeeded { line: f64 },
}

impl RuleWarning {
    /// The warning as the page and the form say it.
    pub fn sentence(&self, lang: Lang) -> String {
        match *self {
            RuleWarning::TooFewQuotes { valid, line } => lang.fill(
                i18n::compare::TOO_FEW_QUOTES,
                &[("valid", &valid), ("line", &cny(line))],
            ),
            RuleWarning::TenderNeeded { line } => {
                lang.fill(i18n::compare::TENDER_NEEDED, &[("line", &cny(line))])
            }
        }
    }
}

pub fn rule(rules: &Lines, valid: usize, amount: f64) -> Vec<RuleWarning> {
    let mut said = Vec::new();
    if amount >= rules.tender_from {
        said.push(RuleWarning::TenderNeeded {
            line: rules.tender_from,
        });
    }
    if amount >= rules.three_quotes_from && valid < 3 {
        said.push(RuleWarning::TooFewQuotes {
            valid,
            line: rules.three_quotes_from,
        });
    }
    said
}
