//! Documents handed on: CSV (csv.rs), the agenda as a calendar file (ics.rs), and workbooks
//! described as data for the Excel export (quote_sheet.rs, budget_sheet.rs, agenda_sheet.rs,
//! year_sheet.rs, compare_sheet.rs; the `sheet` crate's types, written by the documents
//! worker). Pure Rust.

pub mod agenda_sheet;
pub mod budget_sheet;
pub mod compare_sheet;
pub mod csv;
pub mod ics;
pub mod quote_sheet;
pub mod year_sheet;
