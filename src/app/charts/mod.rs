//! The charts: the estimate's four, the year's range bars and the "is it worth it" line. Each
//! takes its own small input (built by the page) and draws it on a
//! [`Chart`](super::components::Chart) canvas.
//!
//! Each input's [`Drawing`] goes through a split point of the `charts` part, so that in the
//! release build the drawing code and plotters come in a module of their own, fetched when the
//! first chart is drawn, after the app is live (`app::later`).

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

use web_sys::HtmlCanvasElement;

use super::components::chart::{DrawResult, Drawing, paint};
use super::later::NotLoaded;

/// One split point per input type (the `charts` part has them all), each painting its input.
macro_rules! drawings {
    ($($data:ty => $point:ident, $draw:ident;)*) => {$(
        #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(charts, fallible))]
        fn $point(canvas: HtmlCanvasElement, height: u32, data: $data) -> Result<DrawResult, NotLoaded> {
            Ok(paint(canvas, height, |area, scale| $draw(area, &data, scale)))
        }

        impl Drawing for $data {
            async fn paint(self, canvas: HtmlCanvasElement, height: u32) -> Result<DrawResult, NotLoaded> {
                split_call!($point(canvas, height, self))
            }
        }
    )*};
}

drawings! {
    RangeBars => paint_range_bars, draw_range_bars;
    CostCurve => paint_cost_curve, draw_cost_curve;
    Distribution => paint_distribution, draw_distribution;
    Tornado => paint_tornado, draw_tornado;
    WorthLine => paint_worth_line, draw_worth_line;
}
