//! The frame shared by the charts with one labelled row per item (line items, tornado): money
//! along the bottom, rows top to bottom, labels at the left with the room they need.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use super::style::{GRID, INK, MUTED, err, fit_label, label_width, right_aligned, text};
use crate::app::components::chart::{Area, Scale};
use crate::view::scale::short_cny;
use model::Lang;

pub type RowChart<'a> =
    ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A chart with `labels.len()` rows over the money range `x`, its mesh drawn.
pub fn row_chart<'a>(
    area: &'a Area,
    x: Range<f64>,
    labels: &[&str],
    lang: Lang,
    scale: Scale,
) -> Result<(RowChart<'a>, i32), String> {
    let n = labels.len().max(1);
    let label_width = label_width(labels.iter().copied(), 12.0, scale, area.dim_in_pixel().0);
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(8.0))
        .margin_right(scale.px(20.0))
        .x_label_area_size(scale.px(24.0))
        .y_label_area_size(label_width)
        .build_cartesian_2d(x, 0f64..n as f64)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .y_labels(0)
        .x_labels(5)
        .x_label_formatter(&|x| short_cny(*x, lang))
        .label_style(text(scale, 11.0, MUTED))
        .axis_style(GRID)
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .draw()
        .map_err(err)?;
    Ok((chart, label_width))
}

/// Row `i` sits in the band [n-1-i, n-i): the first row at the top.
pub fn row_y(i: usize, n: usize) -> f64 {
    (n.max(1) - 1 - i) as f64
}

/// Each row's label, right-aligned against the plot, cut to fit.
pub fn draw_row_labels(
    area: &Area,
    chart: &RowChart<'_>,
    labels: &[&str],
    label_width: i32,
    scale: Scale,
) -> Result<(), String> {
    let x_left = chart.x_range().start;
    let style = right_aligned(text(scale, 12.0, INK));
    for (i, label) in labels.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(x_left, row_y(i, labels.len()) + 0.5));
        area.draw(&Text::new(
            fit_label(label, 12.0, scale, label_width),
            (x - scale.px(6.0), y),
            style.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}
