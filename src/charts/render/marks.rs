//! Marks: drawing a point as its swatch says.

use super::palette::Palette;
use super::swatch::Swatch;
use super::{Area, DrawResult};
use plotters::prelude::*;

pub(super) fn dashed_line(area: &Area, from: (i32, i32), to: (i32, i32), style: ShapeStyle) -> DrawResult {
    // Absurd data can map far outside the canvas; keep the dash count bounded.
    let limit = |(x, y): (i32, i32)| (x.clamp(-1000, 10_000), y.clamp(-1000, 10_000));
    let (from, to) = (limit(from), limit(to));
    let (dx, dy) = (f64::from(to.0) - f64::from(from.0), f64::from(to.1) - f64::from(from.1));
    let length = (dx * dx + dy * dy).sqrt();
    let (dash, gap) = (6.0, 4.0);
    let mut start = 0.0;
    while start < length {
        let end = (start + dash).min(length);
        let at = |t: f64| (from.0 + (dx * t / length).round() as i32, from.1 + (dy * t / length).round() as i32);
        area.draw(&PathElement::new(vec![at(start), at(end)], style))?;
        start += dash + gap;
    }
    Ok(())
}

/// A bar (or legend swatch) in the style its swatch calls for.
/// The outline around a highlighted mark (`ChartModel::emphasized`), in the
/// text's colour, 2 px outside it: the highlight is told by weight as well
/// as by the accent.
pub(super) fn outline(
    area: &Area,
    (left, top): (i32, i32),
    (right, bottom): (i32, i32),
    colors: &Palette,
) -> DrawResult {
    let (top, bottom) = (top.min(bottom), top.max(bottom));
    let (left, top, right, bottom) = (left - 3, top - 3, right + 3, bottom + 3);
    // A path, not a rectangle: plotters' SVG rectangles drop the stroke's width.
    let corners = vec![(left, top), (right, top), (right, bottom), (left, bottom), (left, top)];
    area.draw(&PathElement::new(corners, colors.text.stroke_width(2)))?;
    Ok(())
}

pub(super) fn draw_mark(
    area: &Area,
    swatch: Swatch,
    color: RGBColor,
    (left, top): (i32, i32),
    (right, bottom): (i32, i32),
    colors: &Palette,
) -> DrawResult {
    let (top, bottom) = (top.min(bottom), top.max(bottom));
    match swatch {
        Swatch::Filled => area.draw(&Rectangle::new([(left, top), (right, bottom)], color.filled()))?,
        Swatch::Open | Swatch::Derived => {
            area.draw(&Rectangle::new([(left, top), (right, bottom)], color.mix(0.18).filled()))?;
            area.draw(&Rectangle::new([(left + 1, top + 1), (right - 1, bottom - 1)], color.stroke_width(2)))?;
        }
        Swatch::Dashed => {
            let style = color.stroke_width(2);
            for (a, b) in [
                ((left, bottom), (left, top)),
                ((left, top), (right, top)),
                ((right, top), (right, bottom)),
                ((left, bottom), (right, bottom)),
            ] {
                dashed_line(area, a, b, style)?;
            }
        }
        Swatch::Tick => {
            let y = (top + bottom) / 2;
            area.draw(&PathElement::new(vec![(left, y), (right, y)], colors.secondary.stroke_width(3)))?;
        }
        Swatch::Line => {
            dashed_line(area, (left, (top + bottom) / 2), (right, (top + bottom) / 2), color.stroke_width(2))?
        }
    }
    Ok(())
}
