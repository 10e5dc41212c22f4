//! Documents handed on: CSV (csv.rs), the agenda as a calendar file (ics.rs), and workbooks
//! described as data for the Excel export (quote_sheet.rs, budget_sheet.rs, agenda_sheet.rs,
//! year_sheet.rs, compare_sheet.rs; the `sheet` crate's types, written by the documents
//! worker). Pure Rust.

use model::i18n::{self, Text};

pub mod agenda_sheet;
pub mod budget_sheet;
pub mod compare_sheet;
pub mod csv;
pub mod ics;
pub mod quote_sheet;
pub mod year_sheet;

/// A quote's line columns, as its CSV and its workbook head them (the printed quote, narrower,
/// has its own shorter headings).
pub const QUOTE_COLUMNS: [Text; 7] = [
    i18n::quote_columns::NO,
    i18n::common::ITEM,
    i18n::quote_columns::DESCRIPTION,
    i18n::quote_columns::UNIT,
    i18n::quote_columns::QUANTITY,
    i18n::quote_columns::UNIT_PRICE_CNY,
    i18n::quote_columns::AMOUNT_CNY,
];
