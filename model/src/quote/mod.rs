//! Quotes for a client, priced from a vendor's own rate card.

mod book;
mod check;
mod day;
mod line;
mod number;
#[allow(clippy::module_inception)]
mod quote;
mod rate_card;
mod tax;
mod wording;

pub use book::{IssueError, QuoteBook, Shown, Status};
pub use check::{Amount, BookProblem, QuoteProblem, QuoteText};
pub use day::Day;
pub use line::{Item, Priced, QuoteLine, Unit, quantity_text};
pub use number::{QuoteNumber, next_in, numbers_in};
pub use quote::{Contact, Quote, QuoteError, QuoteRequest, Rounding, Terms};
pub use rate_card::{CardError, CardField, RateCard, TierRates};
pub use tax::{Invoice, TaxRate, TaxRules, Taxpayer, exact_tax, total_of};
