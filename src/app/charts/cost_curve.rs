//! Cost per participant against headcount, with the market bands shaded behind and the current
//! scenario marked: where adding people stops making each seat cheaper.

use plotters::prelude::*;

use super::style::{ACCENT, BAND, GRID, INK, MUTED, WARM, err, text};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::view::scale::{nice_ceiling, short_cny};
use model::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct BandShade {
    pub label: String,
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CostCurve {
    /// (headcount, cost per participant), headcount ascending.
    pub points: Vec<(f64, f64)>,
    pub bands: Vec<BandShade>,
    /// The scenario on screen.
    pub current: (f64, f64),
    pub lang: Lang,
}

pub fn draw_cost_curve(area: &Area, data: &CostCurve, scale: Scale) -> DrawResult {
    let x_max = data
        .points
        .iter()
        .map(|p| p.0)
        .fold(data.current.0, f64::max)
        .max(2.0);
    // One participant can cost many times a class seat; cap the axis so the bands stay legible.
    let band_top = data.bands.iter().map(|b| b.high).fold(0.0, f64::max);
    let y_max = nice_ceiling((data.current.1 * 2.0).max(band_top * 1.3));
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(8.0))
        .margin_right(scale.px(20.0))
        // Room for the tick labels and, below them, the axis title (they overlapped at 24 px).
        .x_label_area_size(scale.px(38.0))
        .y_label_area_size(scale.px(52.0))
        .build_cartesian_2d((1f64..x_max).log_scale(), 0f64..y_max)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_labels(8)
        .y_labels(5)
        .x_label_formatter(&|x| model::number::fixed(*x, 0))
        .y_label_formatter(&|y| short_cny(*y, data.lang))
        .label_style(text(scale, 11.0, MUTED))
        .axis_style(GRID)
        .light_line_style(GRID.mix(0.4))
        .bold_line_style(GRID)
        .x_desc(data.lang.pick("人数", "Headcount"))
        .axis_desc_style(text(scale, 11.0, MUTED))
        .draw()
        .map_err(err)?;

    for (i, band) in data.bands.iter().enumerate() {
        let color = BAND[i % BAND.len()];
        let (low, high) = (band.low.min(y_max), band.high.min(y_max));
        chart
            .draw_series([Rectangle::new(
                [(1.0, low), (x_max, high)],
                color.mix(0.12).filled(),
            )])
            .map_err(err)?;
        let (x, y) = chart.backend_coord(&(1.0, high));
        area.draw(&Text::new(
            band.label.clone(),
            (x + scale.px(4.0), y + scale.px(2.0)),
            text(scale, 11.0, color),
        ))
        .map_err(err)?;
    }

    let clamp = |(x, y): (f64, f64)| (x.max(1.0), y.clamp(0.0, y_max));
    chart
        .draw_series([PathElement::new(
            data.points.iter().copied().map(clamp).collect::<Vec<_>>(),
            ACCENT.stroke_width(scale.px(2.0).max(1) as u32),
        )])
        .map_err(err)?;
    let here = clamp(data.current);
    chart
        .draw_series([Circle::new(here, scale.px(5.0), WARM.filled())])
        .map_err(err)?;
    let (x, y) = chart.backend_coord(&here);
    area.draw(&Text::new(
        short_cny(data.current.1, data.lang),
        (x + scale.px(8.0), y - scale.px(14.0)),
        text(scale, 12.0, INK),
    ))
    .map_err(err)?;
    Ok(())
}
