//! Shaping numbers for display: pure functions the charts and tables use, tested natively.

pub mod histogram;
pub mod labels;
pub mod scale;
