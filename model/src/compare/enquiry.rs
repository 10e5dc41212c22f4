//! A comparison as the buyer keeps it (询价): what is bought, the quotes received, the buyer's
//! side and the form's heading. This is what is saved with the work; [`Comparison`] is worked
//! out from it.

use serde::{Deserialize, Serialize};

use crate::calendar::Day;
use crate::cost::{Scenario, ScenarioError};
use crate::heading::{DocumentHeading, Part, part};
use crate::i18n;
use crate::quote::{Quote, QuoteProblem};
use crate::{Catalog, Lang};

use super::bid::{Bid, BuyerTaxpayer};
use super::score::{Lines, Weights};
use super::{Buyer, Comparison};

/// The heading of the printed 询价比价表 and who signs it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EnquiryHeading {
    pub number: String,
    /// The day of the comparison; the day it is opened when not set.
    pub date: Option<Day>,
    /// What is bought, as the form names it (项目名称).
    pub item: String,
    pub handled_by: String,
    pub reviewed_by: String,
    pub approved_by: String,
}

impl DocumentHeading for EnquiryHeading {
    /// The date is a part of its own, not typed text: the form shows it between these.
    const PARTICULARS: &'static [Part<EnquiryHeading>] = &[
        part!("number", i18n::common::NUMBER, number),
        part!("item", i18n::compare_page::ITEM, item),
    ];
    const SIGNATURES: &'static [Part<EnquiryHeading>] = &[
        part!("handled", i18n::compare_page::HANDLED_BY, handled_by),
        part!("reviewed", i18n::compare_page::REVIEWED_BY, reviewed_by),
        part!("approved", i18n::compare_page::APPROVED_BY, approved_by),
    ];
}

/// The quotes received for one course, and how the buyer weighs them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Enquiry {
    pub heading: EnquiryHeading,
    /// The course the quotes are for; the default course until the buyer takes one from an
    /// option or the year.
    pub scope: Option<Scenario>,
    pub bids: Vec<Bid>,
    pub buyer: BuyerTaxpayer,
    /// The buyer follows the public-sector caps on lecture fees.
    pub public_caps: bool,
    /// The buyer's weights; `data/compare.toml`'s until edited.
    pub weights: Option<Weights>,
    /// The company's purchasing lines; `data/compare.toml`'s until edited.
    pub lines: Option<Lines>,
    /// The reason as the buyer edited it; the drafted one until then.
    pub reason: Option<String>,
}

impl Enquiry {
    pub fn is_empty(&self) -> bool {
        *self == Enquiry::default()
    }

    pub fn scenario(&self, catalog: &Catalog) -> Scenario {
        self.scope
            .clone()
            .unwrap_or_else(|| Scenario::default_for(catalog))
    }

    pub fn weights(&self, catalog: &Catalog) -> Weights {
        self.weights
            .unwrap_or_else(|| Weights::from_data(&catalog.compare.weights))
    }

    pub fn lines(&self, catalog: &Catalog) -> Lines {
        self.lines
            .unwrap_or_else(|| Lines::from_data(&catalog.compare.rule))
    }

    pub fn buyer(&self, catalog: &Catalog) -> Buyer {
        Buyer {
            taxpayer: self.buyer,
            public_caps: self.public_caps,
            weights: self.weights(catalog),
            lines: self.lines(catalog),
        }
    }

    /// Every quote assessed on `today`.
    pub fn compare(&self, catalog: &Catalog, today: Day) -> Result<Comparison, ScenarioError> {
        Comparison::new(
            catalog,
            &self.scenario(catalog),
            &self.bids,
            &self.buyer(catalog),
            today,
        )
    }

    /// More quotes, or lines in one quote, than a comparison holds (`data/compare.toml`):
    /// what, and how many at most.
    pub fn too_many(&self, catalog: &Catalog) -> Option<(i18n::Text, usize)> {
        let l = &catalog.compare.limits;
        if self.bids.len() > l.max_bids {
            return Some((i18n::compare_page::QUOTES, l.max_bids));
        }
        self.bids
            .iter()
            .any(|b| b.lines.len() > l.max_lines)
            .then_some((i18n::compare_page::LINES, l.max_lines))
    }

    /// The first text longer than its field takes (`data/`), named as the page names it: a
    /// file is read as if typed here.
    pub fn too_long(&self, catalog: &Catalog) -> Option<(i18n::Text, usize)> {
        let l = &catalog.compare.limits;
        let p = &catalog.pricing.limits;
        let h = &self.heading;
        let short = l.max_text_chars;
        let mut texts: Vec<(i18n::Text, &String, usize)> = vec![
            (i18n::common::NUMBER, &h.number, short),
            (i18n::compare_page::ITEM, &h.item, short),
            (i18n::compare_page::HANDLED_BY, &h.handled_by, short),
            (i18n::compare_page::REVIEWED_BY, &h.reviewed_by, short),
            (i18n::compare_page::APPROVED_BY, &h.approved_by, short),
        ];
        let reason = self.reason.as_ref();
        texts.extend(reason.map(|r| (i18n::compare_page::REASON, r, p.max_reason_chars)));
        for bid in &self.bids {
            texts.extend([
                (i18n::compare_page::VENDOR, &bid.vendor, p.max_vendor_chars),
                (i18n::compare_page::CONTACT, &bid.contact, short),
                (i18n::compare_page::TRAINER, &bid.trainer, short),
                (i18n::compare_page::PAYMENT_TERMS, &bid.payment_terms, short),
                (i18n::common::REMARKS, &bid.remarks, p.max_remarks_chars),
            ]);
            for line in &bid.lines {
                texts.push((i18n::compare_page::LINE_ITEM, &line.item, short));
                texts.push((i18n::compare_page::LINE_UNIT, &line.unit, short));
            }
        }
        texts
            .into_iter()
            .find(|(_, text, max)| text.chars().count() > *max)
            .map(|(field, _, max)| (field, max))
    }
}

/// Why a file was not read as a quote.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteFileError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    /// Not JSON at all: where the reading stopped, counted from 1.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a quote this app writes (a work file, another program's file).
    NotAQuote,
    /// A quote of this app whose figures do not hold together (edited by hand, damaged).
    Damaged(QuoteProblem),
}

impl QuoteFileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            QuoteFileError::TooLarge { bytes, max } => lang.fill(
                i18n::compare_page::THE_FILE_IS_TOO_LARGE,
                &[("kb", &(bytes / 1024)), ("max_kb", &(max / 1024))],
            ),
            QuoteFileError::NotJson { line, column } => lang.fill(
                i18n::compare_page::THE_FILE_IS_NOT_JSON,
                &[("line", line), ("column", column)],
            ),
            QuoteFileError::NotAQuote => lang
                .t(i18n::compare_page::THE_FILE_IS_NOT_A_QUOTE)
                .to_string(),
            QuoteFileError::Damaged(problem) => lang.fill(
                i18n::compare_page::THE_QUOTE_IN_THE_FILE_IS_DAMAGED,
                &[("problem", &problem.message(lang))],
            ),
        }
    }
}

/// Reads a quote file exported by this app's quote desk (issued or a draft) as the quote the
/// buyer received, its item and unit names in `lang`.
pub fn read_quote(text: &str, catalog: &Catalog, lang: Lang) -> Result<Bid, QuoteFileError> {
    let max = catalog.pricing.limits.import_bytes;
    let bytes = text.len() as u64;
    if bytes > max {
        return Err(QuoteFileError::TooLarge { bytes, max });
    }
    let quote: Quote = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            QuoteFileError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        } else {
            QuoteFileError::NotAQuote
        }
    })?;
    // A draft has no number yet; everything else must hold as it does on an issued quote.
    let problem = quote
        .text_problems(&catalog.pricing.limits)
        .into_iter()
        .chain(quote.problems())
        .find(|p| *p != QuoteProblem::NoNumber);
    if let Some(problem) = problem {
        return Err(QuoteFileError::Damaged(problem));
    }
    Ok(Bid::from_quote(&quote, lang))
}
