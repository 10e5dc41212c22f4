//! Small components, one idea each.

pub mod chart;
mod header;
mod market_bands;
mod place_tabs;

pub use chart::Chart;
pub use header::Header;
pub use market_bands::MarketBandList;
pub use place_tabs::PlaceTabs;
