//! Sensitivity as a tornado: for each input, the total at its plausible low and high, drawn
//! around the current total, largest swing at the top.

use plotters::prelude::*;

use super::style::{
    ACCENT, GRID, INK, MUTED, WARM, err, fit_label, label_width, right_aligned, text,
};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::model::Lang;
use crate::view::scale::{nice_ceiling, short_cny};

#[derive(Debug, Clone, PartialEq)]
pub struct Swing {
    pub label: String,
    /// The total with this input at its low end, and at its high end.
    pub at_low: f64,
    pub at_high: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tornado {
    pub base: f64,
    pub rows: Vec<Swing>,
    pub lang: Lang,
}

pub fn draw_tornado(area: &Area, data: &Tornado, scale: Scale) -> DrawResult {
    let n = data.rows.len().max(1);
    let lowest = data
        .rows
        .iter()
        .map(|s| s.at_low.min(s.at_high))
        .fold(data.base, f64::min)
        .max(0.0);
    let highest = nice_ceiling(
        data.rows
            .iter()
            .map(|s| s.at_low.max(s.at_high))
            .fold(data.base, f64::max),
    );
    let left = (lowest * 0.9).max(0.0);
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
        .build_cartesian_2d(left..highest, 0f64..n as f64)
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

    let row_y = |i: usize| (n - 1 - i) as f64;
    // The part below the base (the input at its cheap end) and above it, in two colours.
    for (i, s) in data.rows.iter().enumerate() {
        let (lo, hi) = (s.at_low.min(s.at_high), s.at_low.max(s.at_high));
        let y = row_y(i);
        chart
            .draw_series([
                Rectangle::new(
                    [(lo, y + 0.2), (data.base.min(hi), y + 0.8)],
                    ACCENT.mix(0.8).filled(),
                ),
                Rectangle::new(
                    [(data.base.max(lo), y + 0.2), (hi, y + 0.8)],
                    WARM.mix(0.8).filled(),
                ),
            ])
            .map_err(err)?;
    }
    chart
        .draw_series([PathElement::new(
            vec![(data.base, 0.0), (data.base, n as f64)],
            INK.stroke_width(scale.px(1.5).max(1) as u32),
        )])
        .map_err(err)?;

    let label_style = right_aligned(text(scale, 12.0, INK));
    for (i, row) in data.rows.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(left, row_y(i) + 0.5));
        area.draw(&Text::new(
            fit_label(&row.label, 12.0, scale, label_width),
            (x - scale.px(6.0), y),
            label_style.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}
