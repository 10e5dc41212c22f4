//! The Monte Carlo distribution of the total, with P10, P50 and P90 marked.

use model::i18n;
use std::rc::Rc;

use plotters::prelude::*;

use super::style::{ACCENT_SOFT, GRID, INK, MUTED, centred_above, err, text};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::view::histogram::histogram;
use crate::view::labels::{Label, place_labels, rows, text_width};
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
/// The marks' labels: their size, the room above the plot for one row of them, and each
/// further row's height (CSS pixels).
const LABEL_FONT: f64 = 11.0;
const LABEL_TOP: f64 = 22.0;
const LABEL_ROW: f64 = 14.0;

pub fn draw_distribution(area: &Area, data: &Distribution, scale: Scale) -> DrawResult {
    let bins = histogram(&data.samples, BINS);
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else {
        return Err(data
            .lang
            .t(i18n::distribution::NO_SIMULATION_RESULTS_TO_DRAW)
            .to_string());
    };
    let (x0, x1) = if first.low == last.high {
        (first.low * 0.9, first.low * 1.1 + 1.0)
    } else {
        (first.low, last.high)
    };
    let tallest = bins.iter().map(|b| b.count).max().unwrap_or(1) as f64;
    let top = tallest * 1.1;
    // The marks' labels, placed so that none covers another: when the percentiles are close
    // (a narrow range, or a phone's width) they go on rows one above the other. The room above
    // the plot grows by a row for each; it does not move anything sideways, so the places
    // found with one row's room hold.
    let marks = [("P10", data.p10), ("P50", data.p50), ("P90", data.p90)]
        .map(|(name, value)| (value, format!("{name} {}", short_cny(value, data.lang))));
    let build = |label_rows: usize| {
        ChartBuilder::on(area)
            .margin(scale.px(8.0))
            .margin_top(scale.px(LABEL_TOP + LABEL_ROW * label_rows.saturating_sub(1) as f64))
            .margin_right(scale.px(20.0))
            .x_label_area_size(scale.px(24.0))
            .y_label_area_size(scale.px(8.0))
            .build_cartesian_2d(x0..x1, 0f64..top)
            .map_err(err)
    };
    let one_row = build(1)?;
    let labels = marks.each_ref().map(|(value, label)| Label {
        x: f64::from(one_row.backend_coord(&(*value, top)).0),
        width: text_width(label, scale.font(LABEL_FONT)),
    });
    let (width, _) = area.dim_in_pixel();
    let placed = place_labels(&labels, 0.0, f64::from(width), scale.font(6.0));
    let mut chart = build(rows(&placed))?;
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

    let label = centred_above(text(scale, LABEL_FONT, INK));
    for ((value, caption), place) in marks.iter().zip(placed) {
        chart
            .draw_series([PathElement::new(
                vec![(*value, 0.0), (*value, top)],
                INK.stroke_width(scale.px(1.0).max(1) as u32),
            )])
            .map_err(err)?;
        let (_, y) = chart.backend_coord(&(*value, top));
        let lift = scale.px(2.0 + LABEL_ROW * place.row as f64);
        area.draw(&Text::new(
            caption.clone(),
            (place.x.round() as i32, y - lift),
            label.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}
