//! Is it worth it: the first year's counted benefit against the fall in complaints (a straight
//! line through zero), the cost as a band (its P10–P90, the expected cost as a line), the
//! user's belief shaded low–high, and the break-even where the line meets the expected cost.

use model::catalog::Range;
use model::i18n;
use plotters::prelude::*;

use super::style::{ACCENT, BAND, GRID, INK, MUTED, err, text};
use crate::app::components::chart::{Area, DrawResult, Scale};
use crate::view::scale::{nice_ceiling, short_cny};
use model::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct WorthLine {
    /// The benefit counted for each 1 % fewer complaints.
    pub per_pct: f64,
    /// The fully loaded cost: P10, expected, P90.
    pub cost: Range,
    /// The user's belief, per cent fewer complaints.
    pub change: Range,
    /// Per cent fewer complaints at which the benefit meets the expected cost.
    pub break_even: f64,
    pub lang: Lang,
}

pub fn draw_worth_line(area: &Area, data: &WorthLine, scale: Scale) -> DrawResult {
    // Wide enough for the belief and the break-even, never past every complaint gone.
    let reach = data.change.high.max(data.break_even.min(100.0)) * 1.25;
    let x_max = nice_ceiling(reach.max(5.0)).min(100.0);
    // Tall enough that the cost's band reads as a band; a bold belief's line leaves at the top.
    let y_max = nice_ceiling((data.cost.high * 2.5).max(1.0));
    let lang = data.lang;
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(8.0))
        .margin_right(scale.px(20.0))
        .x_label_area_size(scale.px(38.0))
        .y_label_area_size(scale.px(52.0))
        .build_cartesian_2d(0f64..x_max, 0f64..y_max)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_labels(6)
        .y_labels(5)
        .x_label_formatter(&|x| format!("{}%", model::number::plain(*x, 1)))
        .y_label_formatter(&|y| short_cny(*y, lang))
        .label_style(text(scale, 11.0, MUTED))
        .axis_style(GRID)
        .light_line_style(GRID.mix(0.4))
        .bold_line_style(GRID)
        .x_desc(lang.t(i18n::worth::CHART_X))
        .axis_desc_style(text(scale, 11.0, MUTED))
        .draw()
        .map_err(err)?;

    // The belief, low to high, behind everything.
    let (low, high) = (data.change.low.min(x_max), data.change.high.min(x_max));
    chart
        .draw_series([Rectangle::new(
            [(low, 0.0), (high, y_max)],
            ACCENT.mix(0.08).filled(),
        )])
        .map_err(err)?;
    // The cost's band and its expected line.
    let band = BAND[0];
    chart
        .draw_series([Rectangle::new(
            [
                (0.0, data.cost.low.min(y_max)),
                (x_max, data.cost.high.min(y_max)),
            ],
            band.mix(0.15).filled(),
        )])
        .map_err(err)?;
    let stroke = |c: RGBColor| c.stroke_width(scale.px(2.0).max(1) as u32);
    chart
        .draw_series([PathElement::new(
            [(0.0, data.cost.likely), (x_max, data.cost.likely)],
            stroke(band),
        )])
        .map_err(err)?;
    // The benefit: a straight line through zero, cut at the top of the chart.
    let top_x = if data.per_pct > 0.0 {
        (y_max / data.per_pct).min(x_max)
    } else {
        x_max
    };
    chart
        .draw_series([PathElement::new(
            [(0.0, 0.0), (top_x, data.per_pct * top_x)],
            stroke(ACCENT),
        )])
        .map_err(err)?;
    if data.break_even <= x_max {
        let here = (data.break_even, data.cost.likely);
        chart
            .draw_series([Circle::new(here, scale.px(5.0), INK.filled())])
            .map_err(err)?;
        let (x, y) = chart.backend_coord(&here);
        area.draw(&Text::new(
            format!("{}%", model::number::plain(data.break_even, 1)),
            (x + scale.px(8.0), y + scale.px(6.0)),
            text(scale, 12.0, INK),
        ))
        .map_err(err)?;
    }
    // A legend, top left, where the benefit line starts low.
    let (left, top) = chart.backend_coord(&(0.0, y_max));
    let row = scale.px(16.0);
    for (i, (label, color)) in [
        (lang.t(i18n::worth::CHART_BENEFIT), ACCENT),
        (lang.t(i18n::worth::CHART_COST), band),
        (lang.t(i18n::worth::CHART_BELIEF), MUTED),
    ]
    .into_iter()
    .enumerate()
    {
        let y = top + scale.px(6.0) + row * i as i32;
        let x = left + scale.px(10.0);
        let mark = if i == 2 {
            ACCENT.mix(0.25).filled()
        } else {
            color.filled()
        };
        area.draw(&Rectangle::new(
            [
                (x, y + scale.px(3.0)),
                (x + scale.px(14.0), y + scale.px(10.0)),
            ],
            mark,
        ))
        .map_err(err)?;
        area.draw(&Text::new(
            label,
            (x + scale.px(20.0), y),
            text(scale, 11.0, INK),
        ))
        .map_err(err)?;
    }
    Ok(())
}
