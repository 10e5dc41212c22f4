//! The quote desk's part of the store: the vendor's rate card as edited, the quote being
//! drafted, and the book of issued quotes. Every change goes through [`QuoteAction`]. Pure:
//! tested natively.

use model::i18n;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::catalog::catalog;
use crate::persist::desk_draft::DeskDraft;
use crate::persist::work_file::OptionId;
use model::calendar::Day;
use model::catalog::Invoice;
use model::catalog::Taxpayer;
use model::cost::Scenario;
use model::plan::Plan;
use model::quote::{
    CardError, CardField, IssueError, Quote, QuoteBook, QuoteError, QuoteRequest, RateCard, Status,
};
use model::typed::NumberError;
use model::vocab::TrainerTier;

use super::estimator::{EstimatorState, OptionProblem, OptionState};

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
    /// What is typed in a number field of the card does not read as a number: the card keeps
    /// its last value and the field is marked.
    Unreadable(CardField, NumberError),
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
    Option(OptionId),
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
    /// Values typed on the card that it did not take (text that is not a number, a validity
    /// that is not a whole number of days in range), by field: each shown where it is typed.
    /// While any is here the card is not kept and no quote is issued.
    pub not_taken: BTreeMap<CardField, CardProblem>,
    /// The option, the plan switch, the client and the remarks, as typed.
    pub fields: DeskDraft,
    /// The day the app was opened: quotes past their validity on it show as expired.
    pub today: Day,
    /// The quote's date: the last valid one typed.
    pub issued: Day,
    /// The date field is empty or not a date: no quote is issued until it is fixed (it would
    /// carry a date the user no longer sees).
    pub date_missing: bool,
    /// Shared, not copied, by every state the store keeps: a vendor's year of quotes is
    /// hundreds of kilobytes, and the store is cloned on every keystroke.
    pub book: Rc<QuoteBook>,
    pub showing: Option<String>,
    pub issue_error: Option<IssueError>,
}

/// What is wrong with one field of the rate card as typed.
#[derive(Debug, Clone, PartialEq)]
pub enum CardProblem {
    /// The text is not a number: the card kept its last value.
    Unreadable(NumberError),
    /// A value the card refuses: out of range, too long (the card's own check), or a number it
    /// cannot hold as typed (a validity of −5 or 2.5 days), with the value as typed.
    Invalid(CardError),
}

impl CardProblem {
    pub fn message(&self, lang: model::Lang) -> String {
        match self {
            CardProblem::Unreadable(e) => e.message(lang).to_string(),
            CardProblem::Invalid(e) => e.message(lang),
        }
    }
}

impl QuoteDesk {
    /// A desk with `card` (the saved one, or the market's), `book` and what was typed for the
    /// quote, dated `today`.
    pub fn new(card: RateCard, book: QuoteBook, today: Day, fields: DeskDraft) -> QuoteDesk {
        QuoteDesk {
            card,
            kept_card: None,
            not_taken: BTreeMap::new(),
            fields,
            today,
            issued: today,
            date_missing: false,
            book: Rc::new(book),
            showing: None,
            issue_error: None,
        }
    }

    /// The option quoted: the one chosen, if it is still among `options`, else the first.
    pub fn chosen<'a, T>(&self, options: &'a [(OptionId, T)]) -> Option<&'a (OptionId, T)> {
        self.fields
            .option
            .as_ref()
            .and_then(|id| options.iter().find(|(o, _)| o == id))
            .or(options.first())
    }

    /// The draft for the current inputs, priced with the card: the chosen one of `options`
    /// (the estimator's), with the course `plan` if the desk uses it.
    pub fn draft(
        &self,
        options: &[(OptionId, Scenario)],
        plan: Option<&Plan>,
    ) -> Result<Quote, QuoteError> {
        let scenario = self
            .chosen(options)
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| Scenario::default_for(catalog()));
        let request = QuoteRequest {
            client: self.fields.client.clone(),
            issued: self.issued,
            scenario,
            plan: plan
                .cloned()
                .filter(|p| self.fields.use_plan && !p.items.is_empty()),
            contact: self.fields.contact.clone(),
            remarks: self.fields.remarks.clone(),
        };
        Quote::draft(catalog(), &self.card, &request)
    }

    /// Every problem of the card as typed, one per field: a value it did not take, else its
    /// own check of the value it holds.
    pub fn card_problems(&self) -> Vec<(CardField, CardProblem)> {
        let mut problems: Vec<(CardField, CardProblem)> = self
            .not_taken
            .iter()
            .map(|(f, p)| (*f, p.clone()))
            .collect();
        for e in self.card.problems(catalog()) {
            if !self.not_taken.contains_key(&e.field()) {
                problems.push((e.field(), CardProblem::Invalid(e)));
            }
        }
        problems
    }

    /// The issued quote on screen, if one is chosen and still in the book.
    pub fn shown(&self) -> Option<&Quote> {
        self.showing.as_deref().and_then(|n| self.book.find(n))
    }

    /// Why no quote can be issued (or the draft exported) now: the first thing to fix, or
    /// `None`. `option` is the option quoted, as the estimator holds it.
    pub fn hold(&self, option: Option<&OptionState>) -> Option<Hold> {
        if self.date_missing {
            return Some(Hold::Date);
        }
        if let Some((field, problem)) = self.card_problems().into_iter().next() {
            return Some(Hold::Card(field, problem));
        }
        let (field, problem) = option?.problem()?;
        Some(Hold::Option(field, problem))
    }

    /// The state after `action`; `estimator` holds the options the desk quotes and `plan` the
    /// course plan.
    pub fn reduce(&mut self, action: QuoteAction, estimator: &EstimatorState, plan: Option<&Plan>) {
        let next = self;
        next.issue_error = None;
        match action {
            QuoteAction::Card(change) => {
                let card = &mut next.card;
                let field = change.field();
                if let Some(field) = field {
                    next.not_taken.remove(&field);
                }
                match change {
                    CardChange::Vendor(v) => card.vendor = v,
                    CardChange::Prefix(p) => card.number_prefix = p.trim().to_string(),
                    CardChange::TrainerDay(tier, v) => card.trainer_day.set(tier, v),
                    CardChange::AssistantDay(v) => card.assistant_day = v,
                    CardChange::VenueDay(v) => card.venue_day = v,
                    CardChange::DevelopmentHour(v) => card.development_hour = v,
                    CardChange::MaterialsSet(v) => card.materials_set = Some(v),
                    CardChange::Vat(v) => card.vat_pct = v,
                    // Days are whole and the card holds them as such: a value it cannot hold
                    // is refused as typed (−5 is reported as −5), and the card keeps its own.
                    CardChange::ValidityDays(v) => match u32::try_from(v as i64) {
                        Ok(days) if v.fract() == 0.0 && v >= 0.0 => card.validity_days = days,
                        _ => {
                            let limits = catalog().pricing.quote.validity_limits;
                            next.not_taken.insert(
                                CardField::Validity,
                                CardProblem::Invalid(CardError::OutOfRange {
                                    field: CardField::Validity,
                                    value: v,
                                    min: limits.min,
                                    max: limits.max,
                                }),
                            );
                        }
                    },
                    CardChange::Unreadable(field, e) => {
                        next.not_taken.insert(field, CardProblem::Unreadable(e));
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
                if next.card_problems().is_empty() {
                    next.kept_card = Some(next.card.clone());
                }
                next.showing = None;
            }
            QuoteAction::Client(c) => {
                next.fields.client = c;
                next.showing = None;
            }
            QuoteAction::ClientPerson(v) => {
                next.fields.contact.person = v;
                next.showing = None;
            }
            QuoteAction::ClientPhone(v) => {
                next.fields.contact.phone = v;
                next.showing = None;
            }
            QuoteAction::Remarks(v) => {
                next.fields.remarks = v;
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
            QuoteAction::Option(id) => {
                if estimator.find(&id).is_some() {
                    next.fields.option = Some(id);
                    next.showing = None;
                }
            }
            QuoteAction::UsePlan(on) => {
                next.fields.use_plan = on;
                next.showing = None;
            }
            QuoteAction::Issue => {
                let options = estimator.identified();
                let quoted = next.chosen(&options).and_then(|(id, _)| estimator.find(id));
                if next.hold(quoted).is_some() {
                    return;
                }
                if let Ok(draft) = next.draft(&options, plan) {
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

impl CardChange {
    /// The card's field this change is typed in.
    fn field(&self) -> Option<CardField> {
        Some(match self {
            CardChange::Vendor(_) => CardField::Vendor,
            CardChange::Prefix(_) => CardField::NumberPrefix,
            CardChange::TrainerDay(tier, _) => CardField::TrainerDay(*tier),
            CardChange::AssistantDay(_) => CardField::AssistantDay,
            CardChange::VenueDay(_) => CardField::VenueDay,
            CardChange::DevelopmentHour(_) => CardField::DevelopmentHour,
            CardChange::MaterialsSet(_) => CardField::MaterialsSet,
            CardChange::Vat(_) => CardField::Vat,
            CardChange::ValidityDays(_) => CardField::Validity,
            CardChange::Unreadable(field, _) => *field,
            CardChange::ContactPerson(_) => CardField::ContactPerson,
            CardChange::ContactPhone(_) => CardField::ContactPhone,
            CardChange::Deposit(_) => CardField::Deposit,
            CardChange::Taxpayer(_) => CardField::Vat,
            CardChange::Invoice(_) | CardChange::TaxIncluded(_) => return None,
        })
    }
}

/// Why nothing is issued or exported from the quote desk now.
#[derive(Debug, Clone, PartialEq)]
pub enum Hold {
    /// The quote's date is empty or not a date.
    Date,
    /// A field of the rate card.
    Card(CardField, CardProblem),
    /// A field of the option quoted, on the estimate page: its figures are not those of what
    /// is typed there.
    Option(model::cost::Field, OptionProblem),
}

impl Hold {
    /// What to fix, in a sentence; `option` is the quoted option's name (方案 B).
    pub fn message(&self, option: &str, lang: model::Lang) -> String {
        match (self, lang) {
            (Hold::Date, _) => lang
                .t(i18n::quote_desk::CHOOSE_THE_QUOTES_DATE_FIRST)
                .into(),
            (Hold::Card(field, problem), _) => lang.fill(
                i18n::quote_desk::THE_RATE_CARDS_IS_WRONG,
                &[
                    ("field", &field.label(lang)),
                    ("problem", &problem.message(lang)),
                ],
            ),
            (Hold::Option(field, problem), _) => {
                let why = problem.message(lang);
                let label = super::estimator::field_label(*field, lang);
                lang.fill(
                    i18n::quote_desk::S_ON_THE_ESTIMATE_PAGE_IS_WRONG,
                    &[("option", &option), ("label", &label), ("why", &why)],
                )
            }
        }
    }
}
