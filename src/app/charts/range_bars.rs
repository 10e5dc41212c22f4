//! Line items as sorted horizontal bars: the likely value as a bar, low–high as a whisker.

use plotters::prelude::*;

use super::rows::{draw_row_labels, row_chart, row_y};
use super::style::{ACCENT, INK, err};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::view::scale::nice_ceiling;
use model::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct RangeRow {
    pub label: String,
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RangeBars {
    /// Drawn top to bottom in this order (the page sorts them, largest first).
    pub rows: Vec<RangeRow>,
    pub lang: Lang,
}

pub fn draw_range_bars(area: &Area, data: &RangeBars, scale: Scale) -> DrawResult {
    let n = data.rows.len().max(1);
    let top = nice_ceiling(data.rows.iter().map(|r| r.high).fold(0.0, f64::max));
    let labels: Vec<&str> = data.rows.iter().map(|r| r.label.as_str()).collect();
    let (mut chart, label_width) = row_chart(area, 0f64..top, &labels, data.lang, scale)?;

    let row_y = |i: usize| row_y(i, n);
    chart
        .draw_series(data.rows.iter().enumerate().map(|(i, r)| {
            Rectangle::new(
                [(0.0, row_y(i) + 0.2), (r.likely.max(0.0), row_y(i) + 0.8)],
                ACCENT.mix(0.85).filled(),
            )
        }))
        .map_err(err)?;
    chart
        .draw_series(data.rows.iter().enumerate().map(|(i, r)| {
            let y = row_y(i) + 0.5;
            PathElement::new(
                vec![(r.low, y), (r.high, y)],
                INK.stroke_width(scale.px(1.5).max(1) as u32),
            )
        }))
        .map_err(err)?;

    draw_row_labels(area, &chart, &labels, label_width, scale)
}
