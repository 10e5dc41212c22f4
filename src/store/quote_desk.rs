//! The quote desk's part of the store: the vendor's rate card as edited, the quote being
//! drafted, and the book of issued quotes. Every change goes through [`QuoteAction`]. Pure:
//! tested natively.

use std::rc::Rc;

use crate::catalog::catalog;
use model::cost::Scenario;
use model::plan::Plan;
use model::quote::{
    Contact, Day, Invoice, IssueError, Quote, QuoteBook, QuoteError, QuoteRequest, RateCard,
    Status, Taxpayer,
};
use model::vocab::TrainerTier;

/// One edit to the rate card.
#[derive(Debug, Clone, PartialEq)]
pub enum CardChange {
    Vendor(String),
    Prefix(String),
    TrainerDay(TrainerTier, f64),
    AssistantDay(f64),
    VenueDay(f64),
    DevelopmentHour(f64),
    MaterialsSet(f64),
    Vat(f64),
    ValidityDays(f64),
    ContactPerson(String),
    ContactPhone(String),
    /// Also sets the VAT rate to this taxpayer type's (from `data/tax.toml`), which stays
    /// editable: the reduced small-scale rate changes by announcement.
    Taxpayer(Taxpayer),
    Invoice(Invoice),
    TaxIncluded(bool),
    Deposit(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuoteAction {
    Card(CardChange),
    Client(String),
    ClientPerson(String),
    ClientPhone(String),
    Remarks(String),
    /// The quote's date as typed: `None` when the field is empty or not a date.
    Issued(Option<Day>),
    /// Which of the saved options the quote prices.
    Option(usize),
    UsePlan(bool),
    /// Number the draft and keep it in the book.
    Issue,
    /// Show an issued quote (by number), or the draft (`None`).
    Show(Option<String>),
    Remove(String),
    /// Record where an issued quote stands (by number).
    SetStatus(String, Status),
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteDesk {
    /// The rate card as edited, in range or not.
    pub card: RateCard,
    /// The card as last kept: the edited one once every value is in range (`None`: never
    /// edited, the market's rates apply).
    pub kept_card: Option<RateCard>,
    pub client: String,
    pub contact: Contact,
    pub remarks: String,
    /// The day the app was opened: quotes past their validity on it show as expired.
    pub today: Day,
    /// The quote's date: the last valid one typed.
    pub issued: Day,
    /// The date field is empty or not a date: no quote is issued until it is fixed (it would
    /// carry a date the user no longer sees).
    pub date_missing: bool,
    pub option: usize,
    pub use_plan: bool,
    /// Shared, not copied, by every state the store keeps: a vendor's year of quotes is
    /// hundreds of kilobytes, and the store is cloned on every keystroke.
    pub book: Rc<QuoteBook>,
    pub showing: Option<String>,
    pub issue_error: Option<IssueError>,
}

impl QuoteDesk {
    /// A desk with `card` (the saved one, or the market's) and `book`, dated `today`; it quotes
    /// the course plan when there is one.
    pub fn new(card: RateCard, book: QuoteBook, today: Day, has_plan: bool) -> QuoteDesk {
        QuoteDesk {
            card,
            kept_card: None,
            client: String::new(),
            contact: Contact::default(),
            remarks: String::new(),
            today,
            issued: today,
            date_missing: false,
            option: 0,
            use_plan: has_plan,
            book: Rc::new(book),
            showing: None,
            issue_error: None,
        }
    }

    /// The draft for the current inputs, priced with the card: option `self.option` of
    /// `options` (the estimator's), with the course `plan` if the desk uses it.
    pub fn draft(&self, options: &[Scenario], plan: Option<&Plan>) -> Result<Quote, QuoteError> {
        let scenario = options
            .get(self.option)
            .or(options.first())
            .cloned()
            .unwrap_or_else(|| Scenario::default_for(catalog()));
        let request = QuoteRequest {
            client: self.client.clone(),
            issued: self.issued,
            scenario,
            plan: plan
                .cloned()
                .filter(|p| self.use_plan && !p.items.is_empty()),
            contact: self.contact.clone(),
            remarks: self.remarks.clone(),
        };
        Quote::draft(catalog(), &self.card, &request)
    }

    /// The issued quote on screen, if one is chosen and still in the book.
    pub fn shown(&self) -> Option<&Quote> {
        self.showing.as_deref().and_then(|n| self.book.find(n))
    }

    /// `options` and `plan` are the rest of the store's, which a draft is priced from.
    pub fn reduce(&mut self, action: QuoteAction, options: &[Scenario], plan: Option<&Plan>) {
        let next = self;
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
                    CardChange::MaterialsSet(v) => card.materials_set = Some(v),
                    CardChange::Vat(v) => card.vat_pct = v,
                    // Out-of-range days stay out of range (0 or the most a u32 holds), so the
                    // card's check reports them rather than quietly changing them.
                    CardChange::ValidityDays(v) => {
                        card.validity_days = v.clamp(0.0, f64::from(u32::MAX)) as u32
                    }
                    CardChange::ContactPerson(v) => card.contact.person = v,
                    CardChange::ContactPhone(v) => card.contact.phone = v,
                    CardChange::Taxpayer(t) => {
                        card.taxpayer = t;
                        card.vat_pct = catalog().tax.rate(t).rate_pct;
                    }
                    CardChange::Invoice(i) => card.invoice = i,
                    CardChange::TaxIncluded(on) => card.tax_included = on,
                    CardChange::Deposit(v) => card.deposit_pct = Some(v),
                }
                if next.card.problems(catalog()).is_empty() {
                    next.kept_card = Some(next.card.clone());
                }
                next.showing = None;
            }
            QuoteAction::Client(c) => {
                next.client = c;
                next.showing = None;
            }
            QuoteAction::ClientPerson(v) => {
                next.contact.person = v;
                next.showing = None;
            }
            QuoteAction::ClientPhone(v) => {
                next.contact.phone = v;
                next.showing = None;
            }
            QuoteAction::Remarks(v) => {
                next.remarks = v;
                next.showing = None;
            }
            QuoteAction::Issued(day) => {
                match day {
                    Some(day) => {
                        next.issued = day;
                        next.date_missing = false;
                    }
                    None => next.date_missing = true,
                }
                next.showing = None;
            }
            QuoteAction::Option(i) => {
                if i < options.len() {
                    next.option = i;
                    next.showing = None;
                }
            }
            QuoteAction::UsePlan(on) => {
                next.use_plan = on;
                next.showing = None;
            }
            QuoteAction::Issue => {
                if next.date_missing {
                    return;
                }
                if let Ok(draft) = next.draft(options, plan) {
                    let prefix = next.card.number_prefix.clone();
                    match Rc::make_mut(&mut next.book).issue(draft, &prefix) {
                        Ok(quote) => next.showing = quote.number.clone(),
                        Err(e) => next.issue_error = Some(e),
                    }
                }
            }
            QuoteAction::Show(number) => next.showing = number,
            QuoteAction::SetStatus(number, status) => {
                Rc::make_mut(&mut next.book).set_status(&number, status)
            }
            QuoteAction::Remove(number) => {
                Rc::make_mut(&mut next.book).remove(&number);
                if next.showing.as_deref() == Some(number.as_str()) {
                    next.showing = None;
                }
            }
        }
    }
}
