//! The comparison of received quotes as the page holds it: the enquiry (what is saved), the
//! scope priced once per change of scope, every quote assessed after each change, and what is
//! typed wrong and where.

use std::collections::BTreeMap;
use std::rc::Rc;

use model::Lang;
use model::calendar::Day;
use model::catalog::{Invoice, Taxpayer};
use model::compare::{
    Bid, BidLine, BuyerTaxpayer, Comparison, EnquiryHeading, LineKind, QuoteFileError, Scope, Title,
};
use model::compare::{Enquiry, Lines, Weights};
use model::cost::{Scenario, ScenarioError};
use model::i18n;
use model::typed::NumberError;

use super::field_problem::FieldProblem;
use model::vocab::TrainerTier;

use crate::catalog::catalog;

/// One of the buyer's marks, or the weight of a part of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Price,
    Trainer,
    Fit,
    Service,
}

/// One of the company's purchasing lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PurchaseLine {
    /// Three quotes from this amount.
    ThreeQuotes,
    /// A tender from this amount.
    Tender,
}

impl PurchaseLine {
    fn of(self, lines: &mut Lines) -> &mut f64 {
        match self {
            PurchaseLine::ThreeQuotes => &mut lines.three_quotes_from,
            PurchaseLine::Tender => &mut lines.tender_from,
        }
    }
}

/// A number field of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CompareField {
    Total(usize),
    Rate(usize),
    AtCost(usize),
    Days(usize),
    ClassHours(usize),
    Mark(usize, Part),
    Quantity(usize, usize),
    UnitPrice(usize, usize),
    Weight(Part),
    Line(PurchaseLine),
}

impl CompareField {
    /// Whether the field is one of the quote at `i`.
    pub fn belongs_to(self, i: usize) -> bool {
        self.bid() == Some(i)
    }

    /// The quote the field belongs to, if it belongs to one.
    fn bid(self) -> Option<usize> {
        match self {
            CompareField::Total(b)
            | CompareField::Rate(b)
            | CompareField::AtCost(b)
            | CompareField::Days(b)
            | CompareField::ClassHours(b)
            | CompareField::Mark(b, _)
            | CompareField::Quantity(b, _)
            | CompareField::UnitPrice(b, _) => Some(b),
            CompareField::Weight(_) | CompareField::Line(_) => None,
        }
    }
}

/// A change to one quote.
#[derive(Debug, Clone, PartialEq)]
pub enum BidEdit {
    Vendor(String),
    Contact(String),
    /// The quote as one total; `None` when the box is emptied.
    Total(Option<f64>),
    TaxIncluded(bool),
    Taxpayer(Taxpayer),
    Invoice(Option<Invoice>),
    /// The VAT rate the quote states, per cent; `None`: its taxpayer type's.
    Rate(Option<f64>),
    AtCost(Option<f64>),
    Days(Option<f64>),
    ClassHours(Option<f64>),
    Trainer(String),
    Tier(Option<TrainerTier>),
    Title(Option<Title>),
    PaymentTerms(String),
    ValidUntil(Option<Day>),
    Remarks(String),
    Mark(Part, Option<f64>),
    AddLine(Lang),
    RemoveLine(usize),
    LineItem(usize, String),
    LineUnit(usize, String),
    Quantity(usize, Option<f64>),
    UnitPrice(usize, Option<f64>),
    LineKind(usize, LineKind),
}

#[derive(Debug, Clone, PartialEq)]
pub enum CompareAction {
    /// The quotes are for this course, named so on the form.
    Scope(String, Scenario),
    AddBid,
    /// A quote file was read: the quote it holds, or why it was refused.
    Import(Result<Bid, QuoteFileError>),
    RemoveBid(usize),
    Edit(usize, BidEdit),
    /// A number field does not read as a number: marked, nothing changed.
    Unreadable(CompareField, NumberError),
    Buyer(BuyerTaxpayer),
    PublicCaps(bool),
    Weight(Part, Option<f64>),
    /// A purchasing line as the company sets it; `None`: `data/compare.toml`'s.
    Line(PurchaseLine, Option<f64>),
    Heading(EnquiryHeading),
    /// The reason as edited; `None` goes back to the drafted one.
    Reason(Option<String>),
    DismissNotice,
    /// The place is shown: work the comparison out if it has not been yet.
    Open,
}

/// What the page says once about the last thing tried.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareNotice {
    /// No more quotes fit in one comparison.
    Full,
    /// A quote file was refused: why. Nothing here changed.
    Refused(QuoteFileError),
    /// A quote file was read: from this vendor.
    Imported(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareState {
    pub enquiry: Enquiry,
    /// The day quotes are held against their validity.
    pub today: Day,
    /// The scope priced, kept while only the quotes change; `None` until the comparison is
    /// first needed (pricing it draws the market's range, which a visit that never compares
    /// quotes should not wait for as the app starts).
    scope: Option<Result<Rc<Scope>, ScenarioError>>,
    /// Every quote assessed, or why the scope could not be priced; `None` until needed
    /// ([`CompareAction::Open`] or any change).
    pub comparison: Option<Result<Rc<Comparison>, ScenarioError>>,
    pub problems: BTreeMap<CompareField, FieldProblem>,
    pub notice: Option<CompareNotice>,
}

impl CompareState {
    pub fn new(enquiry: Enquiry, today: Day) -> CompareState {
        CompareState {
            comparison: None,
            scope: None,
            enquiry,
            today,
            problems: BTreeMap::new(),
            notice: None,
        }
    }

    pub fn problem(&self, field: CompareField) -> Option<&FieldProblem> {
        self.problems.get(&field)
    }

    /// The reason the form gives: as the buyer edited it, or drafted from the figures.
    pub fn reason(&self, lang: Lang) -> String {
        if let Some(edited) = &self.enquiry.reason {
            return edited.clone();
        }
        self.assessed()
            .and_then(|c| c.reason(&self.enquiry.bids, lang))
            .unwrap_or_default()
    }

    /// Every quote assessed, once the comparison has been worked out and its scope priced.
    pub fn assessed(&self) -> Option<&Comparison> {
        self.comparison.as_ref()?.as_ref().ok().map(|c| &**c)
    }

    fn assess(&mut self) {
        let enquiry = &self.enquiry;
        let scope = self.scope.get_or_insert_with(|| price_scope(enquiry));
        self.comparison = Some(assessed(enquiry, scope, self.today));
    }

    fn add(&mut self, bid: Bid) -> bool {
        if self.enquiry.bids.len() >= catalog().compare.limits.max_bids {
            self.notice = Some(CompareNotice::Full);
            return false;
        }
        self.enquiry.bids.push(bid);
        true
    }

    pub fn reduce(&mut self, action: CompareAction) {
        let limits = &catalog().compare.limits;
        let short = limits.max_text_chars;
        match action {
            CompareAction::Scope(name, scenario) => {
                self.enquiry.heading.item = clip(&name, short);
                self.enquiry.scope = Some(scenario);
                self.scope = None;
            }
            CompareAction::AddBid => {
                // Quotes to companies are almost always written with tax included (含税); the
                // invoice is left for the buyer to read off the quote.
                let bid = Bid {
                    tax_included: true,
                    ..Bid::default()
                };
                if self.add(bid) {
                    self.notice = None;
                }
            }
            CompareAction::Import(Ok(bid)) => {
                let vendor = bid.vendor.clone();
                if self.add(bid) {
                    self.notice = Some(CompareNotice::Imported(vendor));
                }
            }
            CompareAction::Import(Err(why)) => {
                self.notice = Some(CompareNotice::Refused(why));
                return;
            }
            CompareAction::RemoveBid(i) => {
                if i < self.enquiry.bids.len() {
                    self.enquiry.bids.remove(i);
                    // Problems follow their quote's place: those after it move up one.
                    self.problems = std::mem::take(&mut self.problems)
                        .into_iter()
                        .filter(|(f, _)| f.bid() != Some(i))
                        .map(|(f, p)| (shifted(f, i), p))
                        .collect();
                    self.notice = None;
                }
            }
            CompareAction::Edit(i, edit) => {
                if i < self.enquiry.bids.len() {
                    self.edit(i, edit);
                }
            }
            CompareAction::Unreadable(field, error) => {
                self.problems.insert(field, FieldProblem::Unreadable(error));
                return;
            }
            CompareAction::Buyer(b) => self.enquiry.buyer = b,
            CompareAction::PublicCaps(on) => self.enquiry.public_caps = on,
            CompareAction::Weight(part, v) => {
                let field = CompareField::Weight(part);
                let Some(v) = self.settle(field, v, Some(100.0)) else {
                    return;
                };
                let mut w = self.enquiry.weights(catalog());
                *weight_of(&mut w, part) = v.unwrap_or(0.0);
                self.enquiry.weights = Some(w);
            }
            CompareAction::Line(line, v) => {
                let Some(v) = self.settle(CompareField::Line(line), v, None) else {
                    return;
                };
                let mut data = Lines::from_data(&catalog().compare.rule);
                let mut l = self.enquiry.lines(catalog());
                *line.of(&mut l) = v.unwrap_or(*line.of(&mut data));
                self.enquiry.lines = Some(l);
            }
            CompareAction::Heading(h) => {
                self.enquiry.heading = EnquiryHeading {
                    number: clip(&h.number, short),
                    item: clip(&h.item, short),
                    handled_by: clip(&h.handled_by, short),
                    reviewed_by: clip(&h.reviewed_by, short),
                    approved_by: clip(&h.approved_by, short),
                    date: h.date,
                };
                return;
            }
            CompareAction::Reason(r) => {
                let max = catalog().pricing.limits.max_reason_chars;
                self.enquiry.reason = r.map(|r| clip(&r, max));
                return;
            }
            CompareAction::Open => {
                if self.comparison.is_some() {
                    return;
                }
            }
            CompareAction::DismissNotice => {
                self.notice = None;
                return;
            }
        }
        self.assess();
    }

    /// A typed figure checked for its field: `Some(value)` to take (`None` inside: the box was
    /// emptied), or `None` when it was refused and the problem is marked.
    fn settle(
        &mut self,
        field: CompareField,
        v: Option<f64>,
        at_most: Option<f64>,
    ) -> Option<Option<f64>> {
        let problem = match v {
            Some(v) if !v.is_finite() => Some(FieldProblem::Unreadable(NumberError::NotANumber)),
            Some(v) if v < 0.0 => Some(FieldProblem::Negative),
            Some(v) if at_most.is_some_and(|m| v > m) => Some(FieldProblem::OverHundred),
            _ => None,
        };
        match problem {
            Some(p) => {
                self.problems.insert(field, p);
                None
            }
            None => {
                self.problems.remove(&field);
                Some(v)
            }
        }
    }

    fn edit(&mut self, i: usize, edit: BidEdit) {
        let limits = &catalog().compare.limits;
        let pricing = &catalog().pricing.limits;
        let short = limits.max_text_chars;
        // A number is checked before the quote is touched: a refused figure changes nothing.
        let number = match &edit {
            BidEdit::Total(v) => Some((CompareField::Total(i), *v, None)),
            BidEdit::Rate(v) => Some((CompareField::Rate(i), *v, Some(100.0))),
            BidEdit::AtCost(v) => Some((CompareField::AtCost(i), *v, None)),
            BidEdit::Days(v) => Some((CompareField::Days(i), *v, None)),
            BidEdit::ClassHours(v) => Some((CompareField::ClassHours(i), *v, None)),
            BidEdit::Mark(part, v) => Some((CompareField::Mark(i, *part), *v, Some(100.0))),
            BidEdit::Quantity(l, v) => Some((CompareField::Quantity(i, *l), *v, None)),
            BidEdit::UnitPrice(l, v) => Some((CompareField::UnitPrice(i, *l), *v, None)),
            _ => None,
        };
        if let Some((field, v, at_most)) = number
            && self.settle(field, v, at_most).is_none()
        {
            return;
        }
        let bid = &mut self.enquiry.bids[i];
        match edit {
            BidEdit::Vendor(v) => bid.vendor = clip(&v, pricing.max_vendor_chars),
            BidEdit::Contact(v) => bid.contact = clip(&v, short),
            BidEdit::Total(v) => bid.total = v,
            BidEdit::TaxIncluded(v) => bid.tax_included = v,
            BidEdit::Taxpayer(v) => bid.taxpayer = v,
            BidEdit::Invoice(v) => bid.invoice = v,
            BidEdit::Rate(v) => bid.rate_pct = v,
            BidEdit::AtCost(v) => bid.at_cost = v.unwrap_or(0.0),
            BidEdit::Days(v) => bid.days_billed = v,
            BidEdit::ClassHours(v) => bid.class_hours_billed = v,
            BidEdit::Trainer(v) => bid.trainer = clip(&v, short),
            BidEdit::Tier(v) => bid.tier_claimed = v,
            BidEdit::Title(v) => bid.title = v,
            BidEdit::PaymentTerms(v) => bid.payment_terms = clip(&v, short),
            BidEdit::ValidUntil(v) => bid.valid_until = v,
            BidEdit::Remarks(v) => bid.remarks = clip(&v, pricing.max_remarks_chars),
            BidEdit::Mark(part, v) => {
                let v = v.unwrap_or(0.0);
                match part {
                    Part::Trainer => bid.marks.trainer = v,
                    Part::Fit => bid.marks.fit = v,
                    Part::Service => bid.marks.service = v,
                    // Price is scored from the figures, never marked.
                    Part::Price => {}
                }
            }
            BidEdit::AddLine(lang) => {
                if bid.lines.len() >= limits.max_lines {
                    return;
                }
                // A quote given as one total keeps it as its first line, so nothing typed
                // is lost when the buyer breaks it down.
                if bid.lines.is_empty()
                    && let Some(total) = bid.total.take()
                {
                    bid.lines.push(BidLine {
                        item: lang.t(i18n::compare_page::THE_QUOTED_TOTAL).to_string(),
                        unit: lang.t(i18n::compare_page::LOT).to_string(),
                        quantity: 1.0,
                        unit_price: total,
                        kind: LineKind::Other,
                    });
                }
                bid.lines.push(BidLine {
                    item: String::new(),
                    unit: String::new(),
                    quantity: 1.0,
                    unit_price: 0.0,
                    kind: LineKind::Other,
                });
            }
            BidEdit::RemoveLine(l) => {
                if l < bid.lines.len() {
                    bid.lines.remove(l);
                    self.problems.retain(|f, _| {
                        !matches!(f, CompareField::Quantity(b, _) | CompareField::UnitPrice(b, _) if *b == i)
                    });
                }
            }
            BidEdit::LineItem(l, v) => {
                if let Some(line) = bid.lines.get_mut(l) {
                    line.item = clip(&v, short);
                }
            }
            BidEdit::LineUnit(l, v) => {
                if let Some(line) = bid.lines.get_mut(l) {
                    line.unit = clip(&v, short);
                }
            }
            BidEdit::Quantity(l, v) => {
                if let Some(line) = bid.lines.get_mut(l) {
                    line.quantity = v.unwrap_or(0.0);
                }
            }
            BidEdit::UnitPrice(l, v) => {
                if let Some(line) = bid.lines.get_mut(l) {
                    line.unit_price = v.unwrap_or(0.0);
                }
            }
            BidEdit::LineKind(l, v) => {
                if let Some(line) = bid.lines.get_mut(l) {
                    line.kind = v;
                }
            }
        }
    }
}

fn price_scope(enquiry: &Enquiry) -> Result<Rc<Scope>, ScenarioError> {
    Scope::new(catalog(), &enquiry.scenario(catalog())).map(Rc::new)
}

fn assessed(
    enquiry: &Enquiry,
    scope: &Result<Rc<Scope>, ScenarioError>,
    today: Day,
) -> Result<Rc<Comparison>, ScenarioError> {
    let scope = scope.as_ref().map_err(Clone::clone)?;
    Ok(Rc::new(Comparison::of(
        catalog(),
        (**scope).clone(),
        &enquiry.bids,
        &enquiry.buyer(catalog()),
        today,
    )))
}

fn weight_of(w: &mut Weights, part: Part) -> &mut f64 {
    match part {
        Part::Price => &mut w.price,
        Part::Trainer => &mut w.trainer,
        Part::Fit => &mut w.fit,
        Part::Service => &mut w.service,
    }
}

/// The field `f` once the quote at `removed` is gone.
fn shifted(f: CompareField, removed: usize) -> CompareField {
    let down = |b: usize| if b > removed { b - 1 } else { b };
    match f {
        CompareField::Total(b) => CompareField::Total(down(b)),
        CompareField::Rate(b) => CompareField::Rate(down(b)),
        CompareField::AtCost(b) => CompareField::AtCost(down(b)),
        CompareField::Days(b) => CompareField::Days(down(b)),
        CompareField::ClassHours(b) => CompareField::ClassHours(down(b)),
        CompareField::Mark(b, p) => CompareField::Mark(down(b), p),
        CompareField::Quantity(b, l) => CompareField::Quantity(down(b), l),
        CompareField::UnitPrice(b, l) => CompareField::UnitPrice(down(b), l),
        other => other,
    }
}

/// `text` cut to `max` characters, as its field takes it.
fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}
