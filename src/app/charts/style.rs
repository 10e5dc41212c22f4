//! Colours, fonts and small drawing helpers shared by the charts.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::app::components::chart::Scale;

pub const INK: RGBColor = RGBColor(31, 41, 51);
pub const MUTED: RGBColor = RGBColor(82, 96, 109);
pub const GRID: RGBColor = RGBColor(217, 226, 236);
pub const ACCENT: RGBColor = RGBColor(11, 110, 79);
pub const ACCENT_SOFT: RGBColor = RGBColor(124, 196, 164);
pub const WARM: RGBColor = RGBColor(196, 98, 16);
pub const BAND: [RGBColor; 2] = [RGBColor(59, 130, 246), RGBColor(168, 85, 247)];

/// Text in the page's sans-serif (Noto Sans CJK where installed, so Chinese renders).
pub fn text(scale: Scale, size: f64, color: RGBColor) -> TextStyle<'static> {
    // The family as a value, not the string "sans-serif": plotters lowercases a family given as
    // text, which pulls Unicode case tables (about 10 KB) into the bundle.
    (FontFamily::SansSerif, scale.font(size))
        .into_font()
        .color(&color)
}

/// Text anchored at its right edge, vertically centred: for row labels left of a bar.
pub fn right_aligned(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Right, VPos::Center))
}

pub fn centred_above(style: TextStyle<'static>) -> TextStyle<'static> {
    style.pos(Pos::new(HPos::Center, VPos::Bottom))
}

/// plotters' errors carry the backend's error type; the page only needs the message.
pub fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Room for row labels: wide enough for the longest (a CJK character is about 1 em, a Latin
/// letter about 0.55 em), never more than 45 % of the chart so the bars keep their space.
pub fn label_width<'a>(
    labels: impl Iterator<Item = &'a str>,
    font_css: f64,
    scale: Scale,
    chart_width: u32,
) -> i32 {
    let ems = labels
        .map(|l| {
            l.chars()
                .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
                .sum::<f64>()
        })
        .fold(4.0, f64::max);
    let wanted = scale.px(ems * font_css + 12.0);
    wanted.min((f64::from(chart_width) * 0.45) as i32)
}

/// A label cut to fit `width` device pixels at `font_css`, ending in "…" when cut.
pub fn fit_label(label: &str, font_css: f64, scale: Scale, width: i32) -> String {
    let room = (f64::from(width) / scale.0 - 12.0) / font_css;
    let em = |c: char| if c.is_ascii() { 0.55 } else { 1.0 };
    if label.chars().map(em).sum::<f64>() <= room {
        return label.to_string();
    }
    let mut used = 1.0; // the ellipsis
    let mut out = String::new();
    for c in label.chars() {
        used += em(c);
        if used > room {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_string() + "…"
}
