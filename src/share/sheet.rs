//! Spreadsheets described as data, for the Excel exports: the sheet crate's types (its own
//! crate, so the xlsx worker reads them without linking the app), under the app's `share`.
//! Builders: [`super::quote_sheet`], [`super::budget_sheet`], [`super::agenda_sheet`]. The page
//! hands a description to the worker with `app::xlsx::export` (wasm32 only), which writes the
//! file.

pub use sheet::*;
