//! Quotes for a client, priced from a vendor's own rate card.

mod book;
mod check;
mod line;
mod number;
#[allow(clippy::module_inception)]
mod quote;
mod rate_card;
mod tax;
mod terms;
mod wording;

pub use book::{IssueError, QuoteBook, Shown, Status};
pub use check::{Amount, BookProblem, QuoteProblem, QuoteText};
pub use line::{Item, Priced, QuoteLine, Unit, quantity_text};
pub use number::{QuoteNumber, next_in, numbers_in};
pub use quote::{Quote, QuoteError, QuoteRequest, Rounding};
pub use rate_card::{CardError, CardField, RateCard, TierRates};
pub use tax::{exact_tax, total_of};
pub use terms::{Contact, Terms};
