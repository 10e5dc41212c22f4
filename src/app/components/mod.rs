//! Small components, one idea each.

pub mod chart;
mod download;
mod fields;
mod file_pick;
mod focus;
mod header;
mod market_bands;
mod place_tabs;
mod qr_code;
mod table;

pub use chart::Chart;
pub use download::{download, download_blob, not_saved, save_file};
pub use fields::{
    NumberField, SelectField, TextField, choice_field, choices, data_choices, heading_fields,
};
pub use file_pick::picked_file;
pub use focus::{focus_by_id, focus_lost};
pub use header::header;
pub use market_bands::market_bands;
pub use place_tabs::PlaceTabs;
pub use qr_code::QrCode;
pub use table::table_head;
