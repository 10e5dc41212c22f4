//! The four charts of the estimate. Each takes its own small input (built from the model's
//! `Estimate` by the page) and draws it on a [`Chart`](super::components::Chart) canvas.

mod cost_curve;
mod distribution;
mod range_bars;
mod rows;
mod style;
mod tornado;
mod worth_line;

pub use cost_curve::{BandShade, CostCurve, CurveLine, draw_cost_curve};
pub use distribution::{Distribution, draw_distribution};
pub use range_bars::{RangeBars, RangeRow, draw_range_bars};
pub use tornado::{Swing, Tornado, draw_tornado};
pub use worth_line::{WorthLine, draw_worth_line};
