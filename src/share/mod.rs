//! Handing work on: share links, saved work in this browser and in files, CSV, spreadsheets
//! described for the Excel export, the agenda as a calendar file. Pure Rust.

pub mod agenda_sheet;
pub mod budget_sheet;
pub mod csv_export;
pub mod file;
pub mod ics_export;
pub mod link;
pub mod open;
pub mod quote_sheet;
pub mod sheet;
pub mod stored_options;
