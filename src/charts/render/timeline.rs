//! Layout: a timeline, values over dates, with annotated milestones.

use super::marks::dashed_line;
use super::palette::{color_of, Palette};
use super::text::text_width;
use super::{font, keep_inside, size, space, text_at, value_range, Area, DrawResult, Hit, PixelBox};
use crate::charts::{Annotation, ChartModel, ChartOptions, DataPoint};
use crate::data::{Date, Kind, Qualifier};
use crate::format;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

pub(super) fn day_number(date: Date) -> f64 {
    date.days_since_epoch() as f64
}

pub(super) fn draw_timeline(
    root: &Area,
    plot: &Area,
    model: &ChartModel,
    options: &ChartOptions,
    colors: &Palette,
    hits: &mut Vec<Hit>,
) -> DrawResult {
    let lang = model.lang;
    let dates = model.points.iter().map(|p| p.period.last_day()).chain(model.annotations.iter().map(|a| a.date));
    let (first, last) = dates.fold((f64::MAX, f64::MIN), |(lo, hi), d| (lo.min(day_number(d)), hi.max(day_number(d))));
    let pad = ((last - first) * 0.03).max(10.0);
    let (_, y_max) = value_range(model);
    let annotation_rows = 3;
    let plot = plot.margin(annotation_rows * space::MILESTONE_ROW + space::BELOW_MILESTONES, 0, 0, 0);
    let y_area = (text_width(&format::compact(y_max, lang), size::LABEL) + space::VALUE_AXIS) as u32;
    let y_formatter = |v: &f64| format::compact(*v, lang);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(space::LEFT)
        .margin_right(space::RIGHT)
        .margin_top(space::TOP)
        .x_label_area_size(space::X_LABELS)
        .y_label_area_size(y_area)
        .build_cartesian_2d((first - pad)..(last + pad), 0f64..y_max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(colors.grid)
        .light_line_style(colors.background)
        .axis_style(colors.axis)
        .y_labels(if options.height < 360 { 4 } else { 6 })
        .x_labels(0)
        .y_label_formatter(&y_formatter)
        .label_style(font(size::LABEL, &colors.muted_text))
        .axis_desc_style(font(size::LABEL, &colors.muted_text))
        .y_desc(model.y_label.as_str())
        .x_desc(model.x_label.as_str())
        .draw()?;
    let at = |date: Date, v: f64| chart.backend_coord(&(day_number(date), v.clamp(0.0, y_max)));
    let (x_range, y_range) = chart.plotting_area().get_pixel_range();

    // Month ticks: every quarter, or every half-year when space is short.
    let first_date = model.points.iter().map(|p| p.period.last_day()).min();
    let step = if options.width < 560 { 6 } else { 3 };
    if let Some(start) = first_date {
        // Ticks fall on quarters (or half-years) from January, so that with
        // half-year ticks the labelled January ticks are among them.
        let (mut year, mut month) = (start.year, ((start.month - 1) / step) * step + 1);
        // Bounded: a broken dataset can put dates anywhere.
        for _ in 0..240 {
            let Some(date) = Date::new(year, month, 1) else { break };
            let (px, _) = at(date, 0.0);
            if px > x_range.end {
                break;
            }
            if px >= x_range.start && (month == 1 || step == 3) {
                root.draw(&PathElement::new(
                    vec![(px, y_range.end), (px, y_range.end + 4)],
                    colors.axis.stroke_width(1),
                ))?;
                let label = format::period_short(&crate::data::Period::Month(year, month), lang);
                text_at(
                    root,
                    label,
                    (px, y_range.end + 8),
                    size::LABEL,
                    &colors.muted_text,
                    (HPos::Center, VPos::Top),
                )?;
            }
            month += step;
            if month > 12 {
                month -= 12;
                year += 1;
            }
        }
    }

    for line in &model.reference_lines {
        let (_, y) = at(Date { year: 2000, month: 1, day: 1 }, line.value);
        dashed_line(root, (x_range.start, y), (x_range.end, y), colors.muted_text.stroke_width(2))?;
    }

    // Annotations: a dashed vertical line and a label in one of a few rows
    // above the plot, so neighbouring labels do not collide.
    let mut row_ends = vec![i32::MIN; annotation_rows as usize];
    for annotation in &model.annotations {
        draw_annotation(root, annotation, &at, (&x_range, &y_range), &mut row_ends, colors)?;
    }

    // One line per series, in the order the series first appear; the
    // points drawn, as (index, x, y), answer taps once all are known.
    let mut drawn: Vec<(usize, i32, i32)> = Vec::new();
    let mut series: Vec<&str> = Vec::new();
    for point in &model.points {
        if !series.contains(&point.series_id.as_str()) {
            series.push(&point.series_id);
        }
    }
    for id in series {
        let members: Vec<(usize, &DataPoint)> =
            model.points.iter().enumerate().filter(|(_, p)| p.series_id == id).collect();
        let coords: Vec<(i32, i32)> = members.iter().map(|(_, p)| at(p.period.last_day(), p.value)).collect();
        let Some((_, sample)) = members.first() else { continue };
        let color = color_of(sample.color, colors);
        if matches!(sample.kind, Kind::Forecast | Kind::Target | Kind::Guidance) {
            for (from, to) in coords.iter().zip(coords.iter().skip(1)) {
                dashed_line(root, *from, *to, color.stroke_width(2))?;
            }
        } else {
            root.draw(&PathElement::new(coords.clone(), color.stroke_width(3)))?;
        }
        for ((index, point), (px, py)) in members.iter().zip(coords.iter().copied()) {
            let style = if point.qualifier == Qualifier::AtLeast || point.kind != Kind::Actual {
                colors.background.filled()
            } else {
                color.filled()
            };
            root.draw(&Circle::new((px, py), 4, style))?;
            root.draw(&Circle::new((px, py), 4, color.stroke_width(2)))?;
            drawn.push((*index, px, py));
        }
    }
    hits.extend(tap_areas(&drawn));
    Ok(())
}

/// How far, at most, a line point's tap area reaches each way, and how tall it is.
const REACH: i32 = 12;
const BAND: i32 = 28;

/// Each point's tap area: a band `BAND` px tall around it, reaching
/// halfway to the nearest point on either side that shares the band (of
/// any line), and at most `REACH` px; points at one date split the band
/// between them. No two areas overlap, so a tap is taken by the point
/// nearest it. A point drawn where an earlier one is (a projection starting
/// from the last actual figure) leaves the tap to that one: its area is empty.
fn tap_areas(drawn: &[(usize, i32, i32)]) -> Vec<Hit> {
    drawn
        .iter()
        .map(|&(index, x, y)| {
            let mark = PixelBox::new(x - 4, y - 4, 8, 8);
            let (mut left, mut right, mut top, mut bottom) = (x - REACH, x + REACH, y - BAND / 2, y + BAND / 2);
            for &(other, ox, oy) in drawn.iter().filter(|&&(other, _, oy)| other != index && (oy - y).abs() < BAND) {
                if (ox, oy) == (x, y) && other < index {
                    return Hit { index, mark, area: PixelBox::new(x, y, 0, 0) };
                }
                match ox.cmp(&x) {
                    std::cmp::Ordering::Less => left = left.max((ox + x + 1) / 2),
                    std::cmp::Ordering::Greater => right = right.min((ox + x) / 2),
                    std::cmp::Ordering::Equal if oy < y => top = top.max((oy + y + 1) / 2),
                    std::cmp::Ordering::Equal => bottom = bottom.min((oy + y) / 2),
                }
            }
            Hit { index, mark, area: PixelBox::new(left, top, right - left, bottom - top) }
        })
        .collect()
}

pub(super) type Ranges<'r> = (&'r std::ops::Range<i32>, &'r std::ops::Range<i32>);

pub(super) fn draw_annotation(
    root: &Area,
    annotation: &Annotation,
    at: &dyn Fn(Date, f64) -> (i32, i32),
    (x_range, y_range): Ranges,
    row_ends: &mut [i32],
    colors: &Palette,
) -> DrawResult {
    let (px, _) = at(annotation.date, 0.0);
    if px < x_range.start || px > x_range.end {
        return Ok(());
    }
    let label_width = text_width(&annotation.label, size::MARK_LABEL);
    // Labels sit right of their line, or left of it near the right edge; a
    // row is chosen by where the label ends up once kept inside the chart.
    let (anchor, x) =
        if px + label_width as i32 + 4 > x_range.end { (HPos::Right, px - 3) } else { (HPos::Left, px + 3) };
    let x = keep_inside(x, label_width, anchor, root.dim_in_pixel().0 as i32);
    let left = if matches!(anchor, HPos::Left) { x } else { x - label_width.ceil() as i32 };
    let Some(row) = row_ends.iter().position(|end| *end < left) else { return Ok(()) };
    if let Some(end) = row_ends.get_mut(row) {
        *end = left + label_width.ceil() as i32 + 8;
    }
    let label_y = y_range.start - 8 - (row_ends.len() - 1 - row) as i32 * 16;
    dashed_line(root, (px, label_y + 4), (px, y_range.end), colors.axis.stroke_width(1))?;
    text_at(
        root,
        annotation.label.clone(),
        (x, label_y),
        size::MARK_LABEL,
        &colors.muted_text,
        (anchor, VPos::Bottom),
    )?;
    if let Some(value) = annotation.value {
        let (_, py) = at(annotation.date, value);
        root.draw(&Polygon::new(
            vec![(px, py - 6), (px + 6, py), (px, py + 6), (px - 6, py)],
            colors.secondary.filled(),
        ))?;
    }
    Ok(())
}
