//! Checking a quote that was not made here a moment ago (read from a file or from this
//! browser's storage) as if it had been: a number in the form the book gives, nothing negative,
//! and every total the sum of the lines above it, rounded as the quote says it was made (to the
//! fen as [`Quote::draft`] rounds; to the yuan for quotes issued before version 4). A file
//! edited by hand or damaged must not put a quote on screen whose figures do not add up.

use crate::i18n;
use std::collections::BTreeSet;

use crate::Lang;
use crate::catalog::Limits;
use crate::cost::Category;
use crate::money::{Fen, cny_fen};
use crate::text::echo;

use super::book::QuoteBook;
use super::number::QuoteNumber;
use super::quote::{Quote, Rounding, percent_of};
use super::tax::{exact_tax, total_of};

/// An amount printed on a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Line(Category),
    Subtotal,
    Markup,
    Vat,
    Total,
}

impl Amount {
    fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (Amount::Line(c), _) => lang.fill(i18n::check::THE_LINE, &[("value", &c.label(lang))]),
            (Amount::Subtotal, _) => lang.t(i18n::check::THE_SUBTOTAL).into(),
            (Amount::Markup, _) => lang.t(i18n::check::THE_MARKUP).into(),
            (Amount::Vat, _) => lang.t(i18n::check::THE_VAT).into(),
            (Amount::Total, _) => lang.t(i18n::check::THE_TOTAL).into(),
        }
    }
}

/// A text printed on a quote, for a message about its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteText {
    Vendor,
    Client,
    ContactPerson,
    Phone,
    Remarks,
}

impl QuoteText {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            QuoteText::Vendor => lang.t(i18n::check::THE_VENDORS_NAME),
            QuoteText::Client => lang.t(i18n::check::THE_CLIENTS_NAME),
            QuoteText::ContactPerson => lang.t(i18n::check::A_CONTACT_PERSON),
            QuoteText::Phone => lang.t(i18n::check::A_PHONE_NUMBER),
            QuoteText::Remarks => lang.t(i18n::check::THE_REMARKS),
        }
    }
}

/// What is wrong with an issued quote.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteProblem {
    /// A text longer than one typed here can be (`data/pricing.toml`, `[limits]`): a quote
    /// brought from a file holds what the fields allow, no more.
    TooLong {
        text: QuoteText,
        max: usize,
    },
    /// An issued quote always has a number.
    NoNumber,
    /// Not in the form the book writes (`Q-2026-0001`).
    BadNumber(String),
    /// The number's year is not the year the quote was issued.
    WrongYear {
        issued: i32,
    },
    /// A quote is addressed to someone.
    NoClient,
    /// Valid until a day before it was issued.
    EndsBeforeIssued,
    /// The markup or VAT rate is not a number, or below zero.
    BadRate(Amount),
    Negative {
        amount: Amount,
        written: Fen,
    },
    /// `amount` is not what the figures above it make. `expected` is what this app would have
    /// printed; `None` when those figures are too large to add up.
    DoesNotAddUp {
        amount: Amount,
        written: Fen,
        expected: Option<Fen>,
    },
}

impl QuoteProblem {
    pub fn message(&self, lang: Lang) -> String {
        let money = |v: Fen| echo(&cny_fen(v));
        let expected = |e: &Option<Fen>| match e {
            Some(v) => money(*v),
            None => lang.t(i18n::check::MORE_THAN_CAN_BE_COUNTED).into(),
        };
        match (self, lang) {
            (QuoteProblem::TooLong { text, max }, _) => lang.fill(
                i18n::check::IS_LONGER_THAN_CHARACTERS,
                &[("field", &text.label(lang)), ("max", &max)],
            ),
            (QuoteProblem::NoNumber, _) => lang.t(i18n::check::IT_HAS_NO_QUOTE_NUMBER).into(),
            (QuoteProblem::BadNumber(n), _) => lang.fill(
                i18n::check::ITS_NUMBER_IS_NOT_IN_THE_FORM,
                &[("number", &echo(n))],
            ),
            (QuoteProblem::WrongYear { issued }, _) => lang.fill(
                i18n::check::THE_YEAR_IN_ITS_NUMBER_IS_NOT,
                &[("issued", &issued)],
            ),
            (QuoteProblem::NoClient, _) => lang.t(i18n::check::IT_NAMES_NO_CLIENT).into(),
            (QuoteProblem::EndsBeforeIssued, _) => {
                lang.t(i18n::check::IT_IS_VALID_UNTIL_A_DAY_BEFORE).into()
            }
            (QuoteProblem::BadRate(a), _) => lang.fill(
                i18n::check::THE_RATE_OF_IS_NOT_A_NUMBER_OF,
                &[("rate", &a.label(lang))],
            ),
            (QuoteProblem::Negative { amount, written }, _) => lang.fill(
                i18n::check::IS_NEGATIVE,
                &[
                    ("amount", &amount.label(lang)),
                    ("written", &money(*written)),
                ],
            ),
            (
                QuoteProblem::DoesNotAddUp {
                    amount,
                    written,
                    expected: e,
                },
                _,
            ) => {
                let text = match amount {
                    Amount::Subtotal => i18n::check::SUBTOTAL_DOES_NOT_ADD_UP,
                    Amount::Markup => i18n::check::MARKUP_DOES_NOT_ADD_UP,
                    Amount::Vat => i18n::check::VAT_DOES_NOT_ADD_UP,
                    Amount::Total => i18n::check::TOTAL_DOES_NOT_ADD_UP,
                    Amount::Line(_) => i18n::check::LINE_DOES_NOT_ADD_UP,
                };
                lang.fill(
                    text,
                    &[
                        ("written", &money(*written)),
                        ("expected", &expected(e)),
                        ("line", &amount.label(lang)),
                    ],
                )
            }
        }
    }
}

/// Is `written` what `rounding` makes of `exact` yuan? Half a unit (a fen, or a yuan for quotes
/// made before version 4) either way, and a hair more: the rate read back from JSON may differ
/// from the one typed in its last binary digit, which can move an exact half to either side.
fn rounds_to(written: Fen, exact: f64, rounding: Rounding) -> bool {
    let half = rounding.unit().yuan() / 2.0;
    exact.is_finite() && (written.yuan() - exact).abs() <= half + 1e-9 * exact.abs().max(1.0)
}

/// What `rounding` makes of `exact` yuan, when that is an amount at all.
fn printed(exact: f64, rounding: Rounding) -> Option<Fen> {
    (exact.is_finite() && exact.abs() < (i64::MAX / 100) as f64).then(|| rounding.round(exact))
}

impl Quote {
    /// Texts longer than the fields that make them allow (`limits`).
    pub fn text_problems(&self, limits: &Limits) -> Vec<QuoteProblem> {
        let mut texts = vec![
            (QuoteText::Vendor, &self.vendor, limits.max_vendor_chars),
            (QuoteText::Client, &self.client, limits.max_client_chars),
        ];
        if let Some(t) = &self.terms {
            for contact in [&t.vendor_contact, &t.client_contact] {
                texts.push((
                    QuoteText::ContactPerson,
                    &contact.person,
                    limits.max_contact_person_chars,
                ));
                texts.push((QuoteText::Phone, &contact.phone, limits.max_phone_chars));
            }
            texts.push((QuoteText::Remarks, &t.remarks, limits.max_remarks_chars));
        }
        texts
            .into_iter()
            .filter(|(_, value, max)| value.chars().count() > *max)
            .map(|(text, _, max)| QuoteProblem::TooLong { text, max })
            .collect()
    }

    /// What is wrong with this quote as an issued quote, in the order a reader meets it: empty
    /// for every quote [`QuoteBook::issue`] gives.
    pub fn problems(&self) -> Vec<QuoteProblem> {
        let mut found = Vec::new();
        match &self.number {
            None => found.push(QuoteProblem::NoNumber),
            Some(text) => match QuoteNumber::parse(text) {
                None => found.push(QuoteProblem::BadNumber(text.clone())),
                Some(n) if n.year != self.issued.year() => found.push(QuoteProblem::WrongYear {
                    issued: self.issued.year(),
                }),
                Some(_) => {}
            },
        }
        if self.client.trim().is_empty() {
            found.push(QuoteProblem::NoClient);
        }
        if self.valid_until < self.issued {
            found.push(QuoteProblem::EndsBeforeIssued);
        }
        let amounts = self
            .lines
            .iter()
            .map(|l| (Amount::Line(l.category), l.amount))
            .chain([
                (Amount::Subtotal, self.subtotal),
                (Amount::Markup, self.markup),
                (Amount::Vat, self.vat),
                (Amount::Total, self.total),
            ]);
        for (amount, written) in amounts {
            if written < Fen::ZERO {
                found.push(QuoteProblem::Negative { amount, written });
            }
        }
        let rate_ok = |pct: f64| pct.is_finite() && pct >= 0.0;
        for (amount, pct) in [
            (Amount::Markup, self.markup_pct),
            (Amount::Vat, self.vat_pct),
        ] {
            if !rate_ok(pct) {
                found.push(QuoteProblem::BadRate(amount));
            }
        }

        let mut wrong = |amount, written, expected| {
            found.push(QuoteProblem::DoesNotAddUp {
                amount,
                written,
                expected,
            })
        };
        let lines = self
            .lines
            .iter()
            .try_fold(Fen::ZERO, |sum, l| sum.checked_add(l.amount));
        if lines != Some(self.subtotal) {
            wrong(Amount::Subtotal, self.subtotal, lines);
        }
        if rate_ok(self.markup_pct) {
            let exact = percent_of(self.subtotal, self.markup_pct);
            if !rounds_to(self.markup, exact, self.rounding) {
                wrong(Amount::Markup, self.markup, printed(exact, self.rounding));
            }
        }
        // A line counted and priced is its quantity times its unit price, rounded once.
        for line in &self.lines {
            let Some(p) = &line.priced else { continue };
            let exact = p.quantity * p.unit_price.yuan();
            let signs_ok = p.quantity >= 0.0 && p.unit_price >= Fen::ZERO;
            if !signs_ok || !rounds_to(line.amount, exact, self.rounding) {
                wrong(
                    Amount::Line(line.category),
                    line.amount,
                    signs_ok.then(|| printed(exact, self.rounding)).flatten(),
                );
            }
        }
        let before_vat = self.subtotal.checked_add(self.markup);
        if rate_ok(self.vat_pct) {
            let exact = before_vat.map(|base| exact_tax(base, self.vat_pct, self.tax_included));
            if !exact.is_some_and(|exact| rounds_to(self.vat, exact, self.rounding)) {
                wrong(
                    Amount::Vat,
                    self.vat,
                    exact.and_then(|e| printed(e, self.rounding)),
                );
            }
        }
        let total = before_vat.and_then(|b| total_of(b, self.vat, self.tax_included));
        if total != Some(self.total) {
            wrong(Amount::Total, self.total, total);
        }
        found
    }
}

/// What is wrong with a quote book read from a file or storage.
#[derive(Debug, Clone, PartialEq)]
pub enum BookProblem {
    /// The quote at `position` (from 1) is not one this app could have issued.
    Quote {
        position: usize,
        number: Option<String>,
        problem: QuoteProblem,
    },
    /// Two quotes share this number: one could not be shown, found or deleted without the other.
    Duplicate(String),
}

impl QuoteBook {
    /// The first thing wrong with the book: a quote that fails [`Quote::problems`] or holds a
    /// text longer than its field allows (`limits`), or two quotes with one number.
    pub fn check(&self, limits: &Limits) -> Result<(), BookProblem> {
        for (i, quote) in self.issued.iter().enumerate() {
            let problems = quote
                .text_problems(limits)
                .into_iter()
                .chain(quote.problems());
            if let Some(problem) = problems.into_iter().next() {
                return Err(BookProblem::Quote {
                    position: i + 1,
                    number: quote.number.clone(),
                    problem,
                });
            }
        }
        let mut seen = BTreeSet::new();
        for number in self.issued.iter().filter_map(|q| q.number.as_deref()) {
            if !seen.insert(number) {
                return Err(BookProblem::Duplicate(number.to_string()));
            }
        }
        Ok(())
    }
}
