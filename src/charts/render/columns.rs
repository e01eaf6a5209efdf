//! Layout: columns, one slot per category with bars side by side.

use super::marks::{dashed_line, draw_mark, outline};
use super::palette::{mark_color, Palette};
use super::swatch::{swatch_of, Swatch};
use super::text::{text_width, wrap};
use super::{font, size, space, text_at, value_label, value_range, Area, DrawResult, Hit, PixelBox};
use crate::charts::{ChartModel, ChartOptions};
use crate::format;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Bars side by side in one slot; markers lie across a bar and take no slot.
pub(super) fn group_count(model: &ChartModel) -> usize {
    model.points.iter().filter(|p| !p.secondary).map(|p| p.group + 1).max().unwrap_or(1).max(model.groups.len()).max(1)
}

pub(super) fn draw_columns(
    root: &Area,
    plot: &Area,
    model: &ChartModel,
    options: &ChartOptions,
    colors: &Palette,
    hits: &mut Vec<Hit>,
) -> DrawResult {
    let lang = model.lang;
    let n = model.categories.len().max(1);
    let (y_min, y_max) = value_range(model);
    let tick_width = text_width(&format::compact(y_max, lang), size::LABEL)
        .max(text_width(&format::compact(y_min, lang), size::LABEL));
    let y_area = (tick_width + space::VALUE_AXIS) as u32;
    let plot_width = f64::from(plot.dim_in_pixel().0.saturating_sub(y_area + 16)).max(1.0);
    let slot = plot_width / n as f64;
    // Category labels wrap onto up to three lines within their slot, at 12 px
    // or, on a narrow chart, 10 px; only when a word still does not fit are
    // labels thinned (long time axes), so a few categories are always all named.
    let fitting = [size::LABEL, size::label_narrow(options.width)].into_iter().find_map(|size| {
        let wrapped: Vec<Vec<String>> =
            model.categories.iter().map(|l| wrap(l, size, (slot - 6.0).max(12.0))).collect();
        let widest = wrapped.iter().flatten().map(|l| text_width(l, size)).fold(0.0, f64::max);
        (wrapped.iter().all(|lines| lines.len() <= 3) && widest + 6.0 <= slot).then_some((size, wrapped))
    });
    let (label_size, wrapped, label_step) = match fitting {
        Some((size, wrapped)) => (size, wrapped, 1),
        None => {
            let single = model.categories.iter().map(|l| text_width(l, size::LABEL)).fold(0.0, f64::max);
            let step = ((single + 8.0) / slot).ceil().max(1.0) as usize;
            (size::LABEL, model.categories.iter().map(|l| vec![l.clone()]).collect(), step)
        }
    };
    let x_formatter = |_: &SegmentValue<i32>| String::new();
    let percent = model.points.iter().all(|p| p.unit == crate::data::Unit::Percent);
    let y_formatter =
        |v: &f64| if percent { format!("{}%", format::compact(*v, lang)) } else { format::compact(*v, lang) };
    let mut chart = ChartBuilder::on(plot)
        // The rotated axis title's glyphs reach left of its anchor (CJK
        // glyphs more than Latin): a few pixels keep them on the canvas.
        .margin_left(space::LEFT)
        .margin_right(space::RIGHT)
        .margin_top(space::TOP_OF_COLUMNS)
        .x_label_area_size(if wrapped.iter().any(|l| l.len() > 2) {
            space::CATEGORY_LABELS_3_LINES
        } else {
            space::CATEGORY_LABELS
        })
        .y_label_area_size(y_area)
        .build_cartesian_2d((0..n as i32 - 1).into_segmented(), y_min..y_max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(colors.grid)
        .light_line_style(colors.background)
        .axis_style(colors.axis)
        .y_labels(if options.height < 360 { 4 } else { 6 })
        .x_labels(n)
        .x_label_formatter(&x_formatter)
        .y_label_formatter(&y_formatter)
        .label_style(font(size::LABEL, &colors.muted_text))
        .axis_desc_style(font(size::LABEL, &colors.muted_text))
        .y_desc(model.y_label.as_str())
        .x_desc(model.x_label.as_str())
        .draw()?;
    let (_, y_pixels) = chart.plotting_area().get_pixel_range();
    for (i, lines) in wrapped.iter().enumerate() {
        if !(n - 1 - i).is_multiple_of(label_step) {
            continue;
        }
        let center = chart.backend_coord(&(SegmentValue::CenterOf(i as i32), 0.0)).0;
        for (row, line) in lines.iter().enumerate() {
            let y = y_pixels.end + 8 + row as i32 * (label_size as i32 + 2);
            text_at(root, line.as_str(), (center, y), label_size, &colors.muted_text, (HPos::Center, VPos::Top))?;
        }
    }

    let groups = group_count(model);
    let gap = (slot * 0.14).clamp(1.0, 24.0);
    let bar = ((slot - 2.0 * gap) / groups as f64).max(1.0);
    // Values beyond the axis (only absurd ones, see AXIS_LIMIT) stop at its edge.
    let pixel = |v: f64| chart.backend_coord(&(SegmentValue::Exact(0), v.clamp(y_min, y_max))).1;
    let slot_left = |i: usize| chart.backend_coord(&(SegmentValue::Exact(i as i32), 0.0)).0;
    let zero = pixel(0.0);
    let compact = bar < text_width("136,854+", size::MARK_LABEL) + 4.0;
    if y_min < 0.0 {
        let (x_range, _) = chart.plotting_area().get_pixel_range();
        root.draw(&PathElement::new(vec![(x_range.start, zero), (x_range.end, zero)], colors.axis.stroke_width(1)))?;
    }
    // Value labels already drawn, as (left, right, top, bottom): a label that
    // would overlap one (side-by-side bars of similar height) is left out; the
    // tooltip and the table still give the value.
    let mut placed: Vec<(i32, i32, i32, i32)> = Vec::new();
    for (index, point) in model.points.iter().enumerate() {
        let left = slot_left(point.category) as f64 + gap + bar * point.group as f64;
        let (left, right) = (left.round() as i32 + 1, (left + bar).round() as i32 - 1);
        let end = pixel(point.value);
        let swatch = swatch_of(point);
        if swatch == Swatch::Tick {
            draw_mark(root, swatch, colors.secondary, (left - 2, end - 1), (right + 2, end + 1), colors)?;
            let mark = PixelBox::new(left, end - 1, right - left, 2);
            hits.push(Hit { index, mark, area: PixelBox::new(left, end - 8, right - left, 16) });
            continue;
        }
        draw_mark(root, swatch, mark_color(point, colors), (left, end), (right, zero), colors)?;
        if model.emphasized.contains(&index) {
            outline(root, (left, end), (right, zero), colors)?;
        }
        // A tap anywhere in the bar's share of its slot, from the plot's top
        // to its bottom, answers: a short bar is as easy to tap as a tall one.
        // Where group `g`'s share of slot `category` starts: a slot's edges
        // are where plotters puts them, so neighbouring slots meet exactly.
        let share_start = |category: usize, g: usize| match g {
            0 => slot_left(category),
            g if g >= groups => slot_left(category + 1),
            g => (slot_left(category) as f64 + gap + bar * g as f64).round() as i32,
        };
        let (area_left, area_right) =
            (share_start(point.category, point.group), share_start(point.category, point.group + 1));
        hits.push(Hit {
            index,
            mark: PixelBox::new(left, end.min(zero), right - left, (zero - end).abs()),
            area: PixelBox::new(area_left, y_pixels.start, area_right - area_left, y_pixels.end - y_pixels.start),
        });
        let label = value_label(point, compact, lang);
        let label_width = text_width(&label, size::MARK_LABEL);
        if label_width <= f64::from(right - left) + 2.0 * gap - 2.0 {
            let (y, anchor) = if point.value >= 0.0 { (end - 4, VPos::Bottom) } else { (end + 4, VPos::Top) };
            let center = (left + right) / 2;
            let half = (label_width / 2.0).ceil() as i32;
            let (top, bottom) = if point.value >= 0.0 { (y - 12, y) } else { (y, y + 12) };
            let area = (center - half, center + half, top, bottom);
            let overlaps = |b: &(i32, i32, i32, i32)| area.0 < b.1 && b.0 < area.1 && area.2 < b.3 && b.2 < area.3;
            if !placed.iter().any(overlaps) {
                text_at(root, label, (center, y), size::MARK_LABEL, &colors.text, (HPos::Center, anchor))?;
                placed.push(area);
            }
        }
    }
    let (x_range, _) = chart.plotting_area().get_pixel_range();
    for line in &model.reference_lines {
        let y = pixel(line.value);
        dashed_line(root, (x_range.start, y), (x_range.end, y), colors.muted_text.stroke_width(2))?;
    }
    Ok(())
}
