//! Quotes for a client, priced from a vendor's own rate card.

mod book;
mod check;
mod day;
mod number;
#[allow(clippy::module_inception)]
mod quote;
mod rate_card;

pub use book::{IssueError, QuoteBook};
pub use check::{Amount, BookProblem, QuoteProblem};
pub use day::Day;
pub use number::{QuoteNumber, next_in, numbers_in};
pub use quote::{Quote, QuoteError, QuoteLine, QuoteRequest};
pub use rate_card::{CardError, CardField, RateCard, TierRates};
