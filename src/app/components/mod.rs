//! Small components, one idea each.

mod header;
mod market_bands;
mod place_tabs;

pub use header::Header;
pub use market_bands::MarketBandList;
pub use place_tabs::PlaceTabs;
