//! The quote page's state: the vendor's rate card as edited, the quote being drafted, and the
//! book of issued quotes. Every change goes through [`QuoteAction`].

use std::rc::Rc;

use yew::Reducible;

use crate::model::Catalog;
use crate::model::cost::Scenario;
use crate::model::plan::Plan;
use crate::model::quote::{Day, IssueError, Quote, QuoteBook, QuoteError, QuoteRequest, RateCard};
use crate::model::vocab::TrainerTier;

/// One edit to the rate card.
#[derive(Debug, Clone, PartialEq)]
pub enum CardChange {
    Vendor(String),
    Prefix(String),
    TrainerDay(TrainerTier, f64),
    AssistantDay(f64),
    VenueDay(f64),
    DevelopmentHour(f64),
    Markup(f64),
    Vat(f64),
    ValidityDays(f64),
}

pub enum QuoteAction {
    Card(CardChange),
    Client(String),
    Issued(Day),
    /// Which of the saved options the quote prices.
    Option(usize),
    UsePlan(bool),
    /// Number the draft and keep it in the book.
    Issue,
    /// Show an issued quote (by number), or the draft (`None`).
    Show(Option<String>),
    Remove(String),
}

#[derive(Debug, Clone)]
pub struct QuoteState {
    pub catalog: Rc<Catalog>,
    /// The options saved on the estimator page, in order (at least one: the default).
    pub options: Vec<Scenario>,
    /// The saved course plan, if any.
    pub plan: Option<Plan>,
    pub card: RateCard,
    pub client: String,
    pub issued: Day,
    pub option: usize,
    pub use_plan: bool,
    pub book: QuoteBook,
    pub showing: Option<String>,
    pub issue_error: Option<IssueError>,
}

impl PartialEq for QuoteState {
    fn eq(&self, o: &Self) -> bool {
        // The catalog never changes while the page is open: compare it by address.
        Rc::ptr_eq(&self.catalog, &o.catalog)
            && self.options == o.options
            && self.plan == o.plan
            && self.card == o.card
            && self.client == o.client
            && self.issued == o.issued
            && self.option == o.option
            && self.use_plan == o.use_plan
            && self.book == o.book
            && self.showing == o.showing
            && self.issue_error == o.issue_error
    }
}

impl QuoteState {
    /// The draft for the current inputs, priced with the card.
    pub fn draft(&self) -> Result<Quote, QuoteError> {
        let scenario = self
            .options
            .get(self.option)
            .or(self.options.first())
            .cloned()
            .unwrap_or_else(|| Scenario::default_for(&self.catalog));
        let request = QuoteRequest {
            client: self.client.clone(),
            issued: self.issued,
            scenario,
            plan: self.plan.clone().filter(|_| self.use_plan),
        };
        Quote::draft(&self.catalog, &self.card, &request)
    }

    /// The issued quote on screen, if one is chosen and still in the book.
    pub fn shown(&self) -> Option<&Quote> {
        self.showing.as_deref().and_then(|n| self.book.find(n))
    }
}

impl Reducible for QuoteState {
    type Action = QuoteAction;

    fn reduce(self: Rc<Self>, action: QuoteAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.issue_error = None;
        match action {
            QuoteAction::Card(change) => {
                let card = &mut next.card;
                match change {
                    CardChange::Vendor(v) => card.vendor = v,
                    CardChange::Prefix(p) => card.number_prefix = p.trim().to_string(),
                    CardChange::TrainerDay(tier, v) => card.trainer_day.set(tier, v),
                    CardChange::AssistantDay(v) => card.assistant_day = v,
                    CardChange::VenueDay(v) => card.venue_day = v,
                    CardChange::DevelopmentHour(v) => card.development_hour = v,
                    CardChange::Markup(v) => card.markup_pct = v,
                    CardChange::Vat(v) => card.vat_pct = v,
                    // Out-of-range days stay out of range (0 or the most a u32 holds), so the
                    // card's check reports them rather than quietly changing them.
                    CardChange::ValidityDays(v) => {
                        card.validity_days = v.clamp(0.0, f64::from(u32::MAX)) as u32
                    }
                }
                next.showing = None;
            }
            QuoteAction::Client(c) => {
                next.client = c;
                next.showing = None;
            }
            QuoteAction::Issued(day) => {
                next.issued = day;
                next.showing = None;
            }
            QuoteAction::Option(i) => {
                if i < next.options.len() {
                    next.option = i;
                    next.showing = None;
                }
            }
            QuoteAction::UsePlan(on) => {
                next.use_plan = on;
                next.showing = None;
            }
            QuoteAction::Issue => {
                if let Ok(draft) = next.draft() {
                    let prefix = next.card.number_prefix.clone();
                    match next.book.issue(draft, &prefix) {
                        Ok(quote) => next.showing = quote.number.clone(),
                        Err(e) => next.issue_error = Some(e),
                    }
                }
            }
            QuoteAction::Show(number) => next.showing = number,
            QuoteAction::Remove(number) => {
                next.book.remove(&number);
                if next.showing.as_deref() == Some(number.as_str()) {
                    next.showing = None;
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}
