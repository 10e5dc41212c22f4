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
    ("sans-serif", scale.font(size)).into_font().color(&color)
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
