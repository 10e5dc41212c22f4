//! Sensitivity as a tornado: for each input, the total at its plausible low and high, drawn
//! around the current total, largest swing at the top.

use plotters::prelude::*;

use super::rows::{draw_row_labels, row_chart, row_y};
use super::style::{ACCENT, INK, WARM, err};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::view::scale::nice_ceiling;
use model::Lang;

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
    let labels: Vec<&str> = data.rows.iter().map(|r| r.label.as_str()).collect();
    let (mut chart, label_width) = row_chart(area, left..highest, &labels, data.lang, scale)?;

    let row_y = |i: usize| row_y(i, n);
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

    draw_row_labels(area, &chart, &labels, label_width, scale)
}
