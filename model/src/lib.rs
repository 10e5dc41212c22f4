//! The domain, free of any web dependency.
//!
//! Every rate, factor, limit and band comes from `data/` (see [`catalog`]); nothing here hard-codes
//! a number the user relies on.

pub mod budget;
pub mod calendar;
pub mod catalog;
pub mod compare;
pub mod cost;
pub mod heading;
pub mod i18n;
pub mod lang;
pub mod link_text;
pub mod money;
pub mod number;
pub mod plan;
pub mod quote;
pub mod text;
pub mod typed;
pub mod vocab;
pub mod worth;
pub mod year;

pub use catalog::{Catalog, DataError};
pub use lang::Lang;
