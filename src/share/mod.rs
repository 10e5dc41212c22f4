//! Handing work on: share links (and, as they land, saved state, files and CSV). Pure Rust.

pub mod csv_export;
pub mod file;
pub mod link;
pub mod open;
pub mod storage;
