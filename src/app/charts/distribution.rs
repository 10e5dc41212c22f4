//! The Monte Carlo distribution of the total, with P10, P50 and P90 marked.

use std::rc::Rc;

use plotters::prelude::*;

use super::style::{ACCENT_SOFT, GRID, INK, MUTED, centred_above, err, text};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::view::histogram::histogram;
use crate::view::scale::short_cny;
use model::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    pub samples: Rc<[f64]>,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub lang: Lang,
}

/// Enough bars to show the shape, few enough to read on a phone.
const BINS: usize = 30;

pub fn draw_distribution(area: &Area, data: &Distribution, scale: Scale) -> DrawResult {
    let bins = histogram(&data.samples, BINS);
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else {
        return Err(data
            .lang
            .pick("没有模拟结果可画", "No simulation results to draw")
            .to_string());
    };
    let (x0, x1) = if first.low == last.high {
        (first.low * 0.9, first.low * 1.1 + 1.0)
    } else {
        (first.low, last.high)
    };
    let tallest = bins.iter().map(|b| b.count).max().unwrap_or(1) as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(8.0))
        .margin_top(scale.px(22.0))
        .margin_right(scale.px(20.0))
        .x_label_area_size(scale.px(24.0))
        .y_label_area_size(scale.px(8.0))
        .build_cartesian_2d(x0..x1, 0f64..tallest * 1.1)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_x_mesh()
        .y_labels(0)
        .x_labels(5)
        .x_label_formatter(&|x| short_cny(*x, data.lang))
        .label_style(text(scale, 11.0, MUTED))
        .axis_style(GRID)
        .draw()
        .map_err(err)?;
    chart
        .draw_series(bins.iter().map(|b| {
            Rectangle::new(
                [
                    (b.low, 0.0),
                    (b.high.max(b.low + (x1 - x0) / 200.0), b.count as f64),
                ],
                ACCENT_SOFT.filled(),
            )
        }))
        .map_err(err)?;

    let label = centred_above(text(scale, 11.0, INK));
    for (name, value) in [("P10", data.p10), ("P50", data.p50), ("P90", data.p90)] {
        chart
            .draw_series([PathElement::new(
                vec![(value, 0.0), (value, tallest * 1.1)],
                INK.stroke_width(scale.px(1.0).max(1) as u32),
            )])
            .map_err(err)?;
        let (x, y) = chart.backend_coord(&(value, tallest * 1.1));
        area.draw(&Text::new(
            format!("{name} {}", short_cny(value, data.lang)),
            (x, y - scale.px(2.0)),
            label.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}
