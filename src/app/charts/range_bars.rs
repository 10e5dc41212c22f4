//! Line items as sorted horizontal bars: the likely value as a bar, low–high as a whisker.

use plotters::prelude::*;

use super::style::{ACCENT, GRID, INK, MUTED, err, fit_label, label_width, right_aligned, text};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::model::Lang;
use crate::view::scale::{nice_ceiling, short_cny};

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
    let label_width = label_width(
        data.rows.iter().map(|r| r.label.as_str()),
        12.0,
        scale,
        area.dim_in_pixel().0,
    );
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(8.0))
        .margin_right(scale.px(20.0))
        .x_label_area_size(scale.px(24.0))
        .y_label_area_size(label_width)
        .build_cartesian_2d(0f64..top, 0f64..n as f64)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .y_labels(0)
        .x_labels(5)
        .x_label_formatter(&|x| short_cny(*x, data.lang))
        .label_style(text(scale, 11.0, MUTED))
        .axis_style(GRID)
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .draw()
        .map_err(err)?;

    // Row i sits in the band [n-1-i, n-i): the first row at the top.
    let row_y = |i: usize| (n - 1 - i) as f64;
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

    let label_style = right_aligned(text(scale, 12.0, INK));
    for (i, row) in data.rows.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(0.0, row_y(i) + 0.5));
        area.draw(&Text::new(
            fit_label(&row.label, 12.0, scale, label_width),
            (x - scale.px(6.0), y),
            label_style.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}
