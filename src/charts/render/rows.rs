//! Layout: rows, one horizontal bar per category.

use super::columns::group_count;
use super::marks::{draw_mark, outline};
use super::palette::{mark_color, Palette};
use super::swatch::{swatch_of, Swatch};
use super::text::{text_width, truncate_to};
use super::{font, nice_bound, size, space, text_at, value_label, value_range, Area, DrawResult, Hit, PixelBox};
use crate::charts::{ChartModel, DataPoint};
use crate::data::FigureStatus;
use crate::format;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

pub(super) fn draw_rows(
    root: &Area,
    plot: &Area,
    model: &ChartModel,
    colors: &Palette,
    hits: &mut Vec<Hit>,
) -> DrawResult {
    let lang = model.lang;
    let n = model.categories.len().max(1);
    let (x_min, x_max) = value_range(model);
    let x_max = if x_max > 0.0 { nice_bound(x_max * 1.15) } else { x_max };
    let plot_width = f64::from(plot.dim_in_pixel().0);
    let max_label = (plot_width * 0.42).max(60.0);
    let labels: Vec<String> = model.categories.iter().map(|c| truncate_to(c, size::LABEL, max_label)).collect();
    let y_area = (labels.iter().map(|l| text_width(l, size::LABEL)).fold(0.0, f64::max) + space::ROW_LABELS) as u32;
    let y_formatter = |value: &SegmentValue<i32>| match value {
        SegmentValue::CenterOf(i) if *i >= 0 && (*i as usize) < n => {
            labels.get(n - 1 - *i as usize).cloned().unwrap_or_default()
        }
        _ => String::new(),
    };
    let x_formatter = |v: &f64| format::compact(*v, lang);
    let mut chart = ChartBuilder::on(plot)
        .margin_left(space::LEFT)
        .margin_right(space::RIGHT_OF_ROWS)
        .margin_top(space::TOP)
        .x_label_area_size(space::X_LABELS)
        .y_label_area_size(y_area)
        .build_cartesian_2d(x_min..x_max, (0..n as i32 - 1).into_segmented())?;
    // The axis title goes under the middle of the plot, as plotters puts it,
    // unless it is wider than the plot (the phone drawing's long title):
    // then it is kept inside the chart.
    let (plot_x, _) = chart.plotting_area().get_pixel_range();
    let title_fits = text_width(&model.x_label, size::LABEL) <= f64::from(plot_x.end - plot_x.start);
    let mut mesh = chart.configure_mesh();
    mesh.disable_y_mesh()
        .bold_line_style(colors.grid)
        .light_line_style(colors.background)
        .axis_style(colors.axis)
        .x_labels(if plot_width < 480.0 { 4 } else { 6 })
        .y_labels(n)
        .x_label_formatter(&x_formatter)
        .y_label_formatter(&y_formatter)
        .label_style(font(size::LABEL, &colors.text))
        .axis_desc_style(font(size::LABEL, &colors.muted_text));
    if title_fits {
        mesh.x_desc(model.x_label.as_str());
    }
    mesh.draw()?;
    if !title_fits {
        let bottom = plot.get_base_pixel().1 + plot.dim_in_pixel().1 as i32;
        let center = (plot_x.start + plot_x.end) / 2;
        text_at(
            root,
            model.x_label.as_str(),
            (center, bottom),
            size::LABEL,
            &colors.muted_text,
            (HPos::Center, VPos::Bottom),
        )?;
    }
    let groups = group_count(model);
    let row_top = |i: usize| chart.backend_coord(&(0.0, SegmentValue::Exact((n - i) as i32))).1;
    let row_height = f64::from((row_top(1) - row_top(0)).abs().max(1));
    let gap = (row_height * 0.16).max(1.0);
    let bar = ((row_height - 2.0 * gap) / groups as f64).max(1.0);
    let x = |v: f64| chart.backend_coord(&(v.clamp(x_min, x_max), SegmentValue::Exact(0))).0;
    let zero = x(0.0);
    for (index, point) in model.points.iter().enumerate() {
        let top = f64::from(row_top(point.category)) + gap + bar * point.group as f64;
        let (top, bottom) = (top.round() as i32 + 1, (top + bar).round() as i32 - 1);
        let end = x(point.value);
        let swatch = swatch_of(point);
        if swatch == Swatch::Tick {
            root.draw(&PathElement::new(vec![(end, top - 2), (end, bottom + 2)], colors.secondary.stroke_width(3)))?;
            let mark = PixelBox::new(end - 1, top, 2, bottom - top);
            hits.push(Hit { index, mark, area: PixelBox::new(end - 8, top, 16, bottom - top) });
            continue;
        }
        draw_mark(root, swatch, mark_color(point, colors), (zero.min(end), top), (zero.max(end), bottom), colors)?;
        if model.emphasized.contains(&index) {
            outline(root, (zero.min(end), top), (zero.max(end), bottom), colors)?;
        }
        // A tap anywhere across the plot on the bar's share of its row answers.
        let share = |group: usize| match group {
            0 => 0.0,
            g if g >= groups => row_height,
            g => gap + bar * g as f64,
        };
        let row_start = f64::from(row_top(point.category));
        let (area_top, area_bottom) =
            ((row_start + share(point.group)).round() as i32, (row_start + share(point.group + 1)).round() as i32);
        let mark = PixelBox::new(zero.min(end), top, (end - zero).abs(), bottom - top);
        let area = PixelBox::new(plot_x.start, area_top, plot_x.end - plot_x.start, area_bottom - area_top);
        hits.push(Hit { index, mark, area });
        // The label goes past the bar and past any marker on the same row.
        let marker_end =
            model.points.iter().filter(|p| p.secondary && p.category == point.category).map(|p| x(p.value) + 2);
        let start = marker_end.fold(end, i32::max) + 4;
        let fits_after =
            |label: &str| f64::from(start) + text_width(label, size::MARK_LABEL) <= f64::from(plot_x.end) + 20.0;
        // A long bar on a narrow screen keeps its label inside its end: in the
        // background's colour on a filled bar, in the text's on an open or
        // dashed one (at least 4.5:1 either way, in both themes).
        let fits_inside = |label: &str| f64::from(end - zero) >= text_width(label, size::MARK_LABEL) + 8.0;
        let inside_color = if swatch == Swatch::Filled { &colors.background } else { &colors.text };
        // The value with its status word, or, where that has no room, the value alone
        // (the tooltip, the table and the notes still say it).
        let plain = value_label(point, false, lang);
        let labels = [status_marked(plain.clone(), point, lang), plain];
        let middle = (top + bottom) / 2;
        if bar < 10.0 {
            continue;
        }
        if let Some(label) = labels.iter().find(|label| fits_after(label)) {
            let at = (start, middle);
            text_at(root, label.as_str(), at, size::MARK_LABEL, &colors.text, (HPos::Left, VPos::Center))?;
        } else if let Some(label) = labels.iter().find(|label| fits_inside(label)) {
            let at = (end - 4, middle);
            text_at(root, label.as_str(), at, size::MARK_LABEL, inside_color, (HPos::Right, VPos::Center))?;
        }
    }
    Ok(())
}

/// A weak figure says so beside its value ("80,000+ · weak"): rows set
/// makers' figures of different standing side by side, and the chart's notes
/// say what the word means (`assemble::model`).
fn status_marked(label: String, point: &DataPoint, lang: crate::text::Lang) -> String {
    if point.status == Some(FigureStatus::Weak) {
        let text = crate::text::ui(lang);
        format!("{label}{}{}", text.dot_separator, text.status_weak_source)
    } else {
        label
    }
}
