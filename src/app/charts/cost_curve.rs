//! Cost per head against headcount for each in-house route, with the market's seat price shaded
//! behind: where a line enters the band is where running the course in-house starts to cost no
//! more than buying seats (the break-even), and the current scenario is marked.

use model::i18n;
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

/// One route's cost per head: (headcount, cost per head), headcount ascending.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveLine {
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CostCurve {
    pub lines: Vec<CurveLine>,
    pub bands: Vec<BandShade>,
    /// The scenario on screen, when it is one of the lines' routes.
    pub current: Option<(f64, f64)>,
    pub lang: Lang,
}

/// A colour for each line, in order.
const LINES: [RGBColor; 2] = [WARM, ACCENT];

pub fn draw_cost_curve(area: &Area, data: &CostCurve, scale: Scale) -> DrawResult {
    let x_max = data
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold(data.current.map_or(2.0, |c| c.0), f64::max)
        .max(2.0);
    // One participant can cost many times a seat; cap the axis so the band stays legible.
    let band_top = data.bands.iter().map(|b| b.high).fold(0.0, f64::max);
    let here_top = data.current.map_or(0.0, |c| c.1 * 2.0);
    let y_max = nice_ceiling(here_top.max(band_top * 2.5));
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
        .x_desc(data.lang.t(i18n::common::HEADCOUNT))
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
    for (i, line) in data.lines.iter().enumerate() {
        let color = LINES[i % LINES.len()];
        let points: Vec<_> = line.points.iter().copied().map(clamp).collect();
        chart
            .draw_series([PathElement::new(
                points.clone(),
                color.stroke_width(scale.px(2.0).max(1) as u32),
            )])
            .map_err(err)?;
        // A legend in the top right corner, one row per route: the lines run close together
        // on the right, where labels beside them would overlap.
        let (right, top) = chart.backend_coord(&(x_max, y_max));
        let row = scale.px(16.0);
        let y = top + scale.px(6.0) + row * i as i32;
        area.draw(&PathElement::new(
            [
                (right - scale.px(150.0), y + scale.px(6.0)),
                (right - scale.px(132.0), y + scale.px(6.0)),
            ],
            color.stroke_width(scale.px(2.0).max(1) as u32),
        ))
        .map_err(err)?;
        area.draw(&Text::new(
            line.label.clone(),
            (right - scale.px(126.0), y),
            text(scale, 11.0, color),
        ))
        .map_err(err)?;
    }
    if let Some(current) = data.current {
        let here = clamp(current);
        chart
            .draw_series([Circle::new(here, scale.px(5.0), INK.filled())])
            .map_err(err)?;
        let (x, y) = chart.backend_coord(&here);
        area.draw(&Text::new(
            short_cny(current.1, data.lang),
            (x + scale.px(8.0), y - scale.px(14.0)),
            text(scale, 12.0, INK),
        ))
        .map_err(err)?;
    }
    Ok(())
}
