//! Draws a [`ChartModel`] as SVG with plotters' SVG backend. Layout decisions
//! (how many axis labels fit, whether value labels fit) use a width estimate
//! that counts CJK characters as full-width, so labels do not overlap.

use super::{ChartModel, ChartOptions, DataPoint, Emphasis, Theme};
use crate::data::{Kind, Lang, Period, Qualifier};
use crate::format;
use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::error::Error;

/// System fonts only: no web fonts, and CJK faces named for Chinese labels.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif";

struct Palette {
    background: RGBColor,
    text: RGBColor,
    muted_text: RGBColor,
    grid: RGBColor,
    axis: RGBColor,
    highlight: RGBColor,
    muted_bar: RGBColor,
    secondary: RGBColor,
}

/// Colours chosen for contrast (text at least 4.5:1, marks at least 3:1 on the
/// background) and told apart by shape as well as hue: filled, open, dashed, tick.
fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1f, 0x23, 0x28),
            muted_text: RGBColor(0x57, 0x60, 0x6a),
            grid: RGBColor(0xe4, 0xe7, 0xeb),
            axis: RGBColor(0x8c, 0x95, 0x9f),
            highlight: RGBColor(0xc2, 0x41, 0x0c),
            muted_bar: RGBColor(0x6e, 0x77, 0x81),
            secondary: RGBColor(0x0b, 0x5c, 0xad),
        },
        Theme::Dark => Palette {
            background: RGBColor(0x0f, 0x14, 0x19),
            text: RGBColor(0xe6, 0xed, 0xf3),
            muted_text: RGBColor(0x9d, 0xa7, 0xb3),
            grid: RGBColor(0x2a, 0x31, 0x3a),
            axis: RGBColor(0x59, 0x63, 0x6e),
            highlight: RGBColor(0xfb, 0x92, 0x3c),
            muted_bar: RGBColor(0x9d, 0xa7, 0xb3),
            secondary: RGBColor(0x58, 0xa6, 0xff),
        },
    }
}

/// Estimated rendered width of `text` in pixels at `size`.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { size } else { size * 0.56 })
        .sum()
}

fn is_wide(c: char) -> bool {
    ('\u{2E80}'..='\u{9FFF}').contains(&c)
        || ('\u{F900}'..='\u{FAFF}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// Breaks text into lines no wider than `max_width` (CJK may break anywhere).
pub fn wrap(text: &str, size: f64, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(|c: char| c == ' ' || is_wide(c)) {
        if !line.is_empty()
            && text_width(&line, size) + text_width(word.trim_end(), size) > max_width
        {
            lines.push(line.trim_end().to_owned());
            line.clear();
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The chart as an SVG document with `role="img"`, a `<title>` and a
/// `<desc>` stating the takeaway. Never panics: a drawing failure becomes an
/// SVG that says so.
pub fn render_svg(model: &ChartModel, options: &ChartOptions) -> String {
    let mut svg = String::new();
    let drawn = {
        let root =
            SVGBackend::with_string(&mut svg, (options.width, options.height)).into_drawing_area();
        draw(&root, model, options).and_then(|_| root.present().map_err(|e| e.to_string().into()))
    };
    if let Err(error) = drawn {
        svg = String::new();
        let root =
            SVGBackend::with_string(&mut svg, (options.width, options.height)).into_drawing_area();
        let _ = draw_message(
            &root,
            &format!("The chart could not be drawn: {error}"),
            options,
        );
        let _ = root.present();
    }
    accessible(svg, model)
}

fn accessible(svg: String, model: &ChartModel) -> String {
    let Some(tag_end) = svg.find('>') else {
        return svg;
    };
    let id = model.id.id();
    let head = format!(
        " role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\" class=\"chart-svg\" data-chart-svg=\"{id}\" lang=\"{}\"",
        model.lang.code()
    );
    let body = format!(
        "<title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc>",
        escape_xml(&model.title),
        escape_xml(&model.takeaway)
    );
    let (open, rest) = svg.split_at(tag_end);
    format!("{open}{head}>{body}{}", &rest[1..])
}

type DrawResult = Result<(), Box<dyn Error>>;
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

fn font(size: f64, color: &RGBColor) -> TextStyle<'static> {
    // plotters writes font-size as size / 1.24; scale so the SVG says `size` px.
    (FONT_STACK, size * 1.24).into_font().color(color)
}

fn draw(root: &Area, model: &ChartModel, options: &ChartOptions) -> DrawResult {
    let colors = palette(options.theme);
    root.fill(&colors.background)?;
    let width = f64::from(options.width);
    let mut body = root.clone();
    if options.standalone {
        let title_lines = wrap(&model.title, 20.0, width - 32.0);
        let takeaway_lines = wrap(&model.takeaway, 14.0, width - 32.0);
        let source_lines = wrap(&model.source_line(), 12.0, width - 32.0);
        let header = 16 + title_lines.len() as i32 * 26 + takeaway_lines.len() as i32 * 19 + 8;
        let footer = source_lines.len() as i32 * 16 + 14;
        let mut y = 16;
        for line in &title_lines {
            root.draw(&Text::new(
                line.clone(),
                (16, y),
                font(20.0, &colors.text).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
            y += 26;
        }
        for line in &takeaway_lines {
            root.draw(&Text::new(
                line.clone(),
                (16, y),
                font(14.0, &colors.muted_text).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
            y += 19;
        }
        let mut y = options.height as i32 - footer + 6;
        for line in &source_lines {
            root.draw(&Text::new(
                line.clone(),
                (16, y),
                font(12.0, &colors.muted_text).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
            y += 16;
        }
        body = root.margin(header as u32, footer as u32, 0, 0);
    }
    if model.is_empty() {
        return draw_message(&body, &model.takeaway, options);
    }
    draw_bars(root, &body, model, options, &colors)
}

fn draw_message(area: &Area, message: &str, options: &ChartOptions) -> DrawResult {
    let colors = palette(options.theme);
    area.fill(&colors.background)?;
    let (w, h) = area.dim_in_pixel();
    let lines = wrap(message, 16.0, f64::from(w) - 32.0);
    let mut y = h as i32 / 2 - lines.len() as i32 * 11;
    for line in lines {
        area.draw(&Text::new(
            line,
            (w as i32 / 2, y),
            font(16.0, &colors.muted_text).pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        y += 22;
    }
    Ok(())
}

/// A round axis maximum just above `value`.
fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powi(value.log10().floor() as i32);
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|v| *v >= value)
        .unwrap_or(10.0 * magnitude)
}

#[derive(Clone, Copy, PartialEq)]
enum Swatch {
    Filled,
    Open,
    /// Computed from other figures, not published: muted and open.
    Derived,
    Dashed,
    Tick,
    Line,
}

fn swatch_of(point: &DataPoint) -> Swatch {
    if point.derivation.is_some() {
        Swatch::Derived
    } else if point.secondary {
        Swatch::Tick
    } else if matches!(point.kind, Kind::Target | Kind::Forecast | Kind::Guidance) {
        Swatch::Dashed
    } else if point.qualifier == Qualifier::AtLeast {
        Swatch::Open
    } else {
        Swatch::Filled
    }
}

fn legend_entries(model: &ChartModel) -> Vec<(Swatch, String)> {
    let lang = model.lang;
    let mut entries: Vec<(Swatch, String)> = Vec::new();
    for point in &model.points {
        let swatch = swatch_of(point);
        if entries.iter().any(|(s, _)| *s == swatch) {
            continue;
        }
        let label = match (swatch, lang) {
            (Swatch::Filled, Lang::En) => "Exact count",
            (Swatch::Open, Lang::En) => "At least (floor)",
            (Swatch::Dashed, Lang::En) => "Target",
            (Swatch::Tick, Lang::En) => "CPCA count",
            (Swatch::Derived, Lang::En) => "Derived (see notes)",
            (Swatch::Derived, Lang::ZhCn) => "推算值（见注释）",
            (Swatch::Filled, Lang::ZhCn) => "精确值",
            (Swatch::Open, Lang::ZhCn) => "至少（下限）",
            (Swatch::Dashed, Lang::ZhCn) => "目标",
            (Swatch::Tick, Lang::ZhCn) => "乘联会数据",
            (Swatch::Line, _) => continue,
        };
        entries.push((swatch, label.to_owned()));
    }
    for line in &model.reference_lines {
        entries.push((Swatch::Line, line.label.clone()));
    }
    entries
}

fn dashed_line(area: &Area, from: (i32, i32), to: (i32, i32), style: ShapeStyle) -> DrawResult {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let length = (dx * dx + dy * dy).sqrt();
    let (dash, gap) = (6.0, 4.0);
    let mut start = 0.0;
    while start < length {
        let end = (start + dash).min(length);
        let at = |t: f64| {
            (
                from.0 + (dx * t / length).round() as i32,
                from.1 + (dy * t / length).round() as i32,
            )
        };
        area.draw(&PathElement::new(vec![at(start), at(end)], style))?;
        start += dash + gap;
    }
    Ok(())
}

fn draw_swatch(area: &Area, swatch: Swatch, x: i32, y: i32, colors: &Palette) -> DrawResult {
    let (w, h) = (14, 12);
    match swatch {
        Swatch::Filled => area.draw(&Rectangle::new(
            [(x, y - h / 2), (x + w, y + h / 2)],
            colors.highlight.filled(),
        ))?,
        Swatch::Open | Swatch::Derived => {
            let color = if swatch == Swatch::Open {
                colors.highlight
            } else {
                colors.muted_bar
            };
            area.draw(&Rectangle::new(
                [(x, y - h / 2), (x + w, y + h / 2)],
                color.mix(0.18).filled(),
            ))?;
            area.draw(&Rectangle::new(
                [(x, y - h / 2), (x + w, y + h / 2)],
                color.stroke_width(2),
            ))?;
        }
        Swatch::Dashed => {
            let style = colors.highlight.stroke_width(2);
            for (a, b) in [
                ((x, y - h / 2), (x + w, y - h / 2)),
                ((x + w, y - h / 2), (x + w, y + h / 2)),
                ((x, y + h / 2), (x + w, y + h / 2)),
                ((x, y - h / 2), (x, y + h / 2)),
            ] {
                dashed_line(area, a, b, style)?;
            }
        }
        Swatch::Tick => area.draw(&PathElement::new(
            vec![(x, y), (x + w, y)],
            colors.secondary.stroke_width(3),
        ))?,
        Swatch::Line => dashed_line(area, (x, y), (x + w, y), colors.muted_text.stroke_width(2))?,
    }
    Ok(())
}

/// Draws the legend rows at the top of `area`; returns the height used.
fn draw_legend(
    root: &Area,
    area: &Area,
    model: &ChartModel,
    colors: &Palette,
) -> Result<u32, Box<dyn Error>> {
    let entries = legend_entries(model);
    let (offset_x, offset_y) = (area.get_base_pixel().0, area.get_base_pixel().1);
    let width = area.dim_in_pixel().0 as i32;
    let (mut x, mut y) = (offset_x + 12, offset_y + 14);
    for (swatch, label) in entries {
        let item = 20 + text_width(&label, 12.0) as i32 + 16;
        if x + item > offset_x + width && x > offset_x + 12 {
            x = offset_x + 12;
            y += 20;
        }
        draw_swatch(root, swatch, x, y, colors)?;
        root.draw(&Text::new(
            label,
            (x + 20, y),
            font(12.0, &colors.text).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        x += item;
    }
    Ok((y - offset_y + 14) as u32)
}

/// Months or quarters with no figure keep their slot, so the axis stays a
/// true time scale and a gap reads as "not published", not as adjacency.
fn fill_gaps(categories: &mut Vec<Period>) {
    let (Some(first), Some(last)) = (categories.first().cloned(), categories.last().cloned())
    else {
        return;
    };
    if !matches!(last, Period::Month(..) | Period::Quarter(..))
        || categories
            .iter()
            .any(|p| p.granularity() != last.granularity())
    {
        return;
    }
    let mut filled = vec![last];
    while let Some(previous) = filled.last().and_then(Period::previous) {
        if previous < first || filled.len() > 600 {
            break;
        }
        filled.push(previous);
    }
    filled.reverse();
    *categories = filled;
}

fn draw_bars(
    root: &Area,
    body: &Area,
    model: &ChartModel,
    options: &ChartOptions,
    colors: &Palette,
) -> DrawResult {
    let lang = model.lang;
    let mut categories: Vec<Period> = model
        .points
        .iter()
        .filter(|p| !p.secondary)
        .map(|p| p.period.clone())
        .collect();
    categories.sort();
    categories.dedup();
    fill_gaps(&mut categories);
    let n = categories.len().max(1);
    let index_of = |period: &Period| categories.iter().position(|c| c == period);

    let legend_height = draw_legend(root, body, model, colors)?;
    let plot = body.margin(legend_height + 4, 0, 0, 0);
    let max_value = model
        .points
        .iter()
        .map(|p| p.value)
        .chain(model.reference_lines.iter().map(|r| r.value))
        .fold(0.0, f64::max);
    let y_max = nice_ceiling(max_value * 1.1);
    let y_area = (text_width(&format::compact(y_max, lang), 12.0) + 34.0) as u32;
    let plot_width = f64::from(plot.dim_in_pixel().0.saturating_sub(y_area + 16)).max(1.0);
    let slot = plot_width / n as f64;
    let labels: Vec<String> = categories
        .iter()
        .map(|p| format::period_short(p, lang))
        .collect();
    let widest = labels
        .iter()
        .map(|l| text_width(l, 12.0))
        .fold(0.0, f64::max);
    let label_step = ((widest + 8.0) / slot).ceil().max(1.0) as usize;
    let x_formatter = |value: &SegmentValue<i32>| match value {
        SegmentValue::CenterOf(i)
            if *i >= 0
                && (*i as usize) < labels.len()
                && (n - 1 - *i as usize).is_multiple_of(label_step) =>
        {
            labels[*i as usize].clone()
        }
        _ => String::new(),
    };
    let y_formatter = |v: &f64| format::compact(*v, lang);
    let y_ticks = if options.height < 360 { 4 } else { 6 };

    let mut chart = ChartBuilder::on(&plot)
        .margin_right(16)
        .margin_top(8)
        .x_label_area_size(44)
        .y_label_area_size(y_area)
        .build_cartesian_2d((0..n as i32 - 1).into_segmented(), 0f64..y_max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(colors.grid)
        .light_line_style(colors.background)
        .axis_style(colors.axis)
        .y_labels(y_ticks)
        .x_labels(n)
        .x_label_formatter(&x_formatter)
        .y_label_formatter(&y_formatter)
        .label_style(font(12.0, &colors.muted_text))
        .axis_desc_style(font(12.0, &colors.muted_text))
        .y_desc(model.y_label.as_str())
        .x_desc(model.x_label.as_str())
        .draw()?;

    let gap = (slot * 0.16).clamp(1.0, 24.0) as i32;
    let pixel = |i: usize, v: f64| chart.backend_coord(&(SegmentValue::Exact(i as i32), v));
    let compact_labels = slot < text_width("136,854+", 11.0) + 6.0;
    for point in &model.points {
        let Some(i) = index_of(&point.period) else {
            continue;
        };
        let (left, top) = pixel(i, point.value.max(0.0));
        let (right, bottom) = pixel(i + 1, 0.0);
        let (left, right) = (left + gap, right - gap);
        let color = if point.emphasis == Emphasis::Muted {
            colors.muted_bar
        } else {
            colors.highlight
        };
        match swatch_of(point) {
            Swatch::Filled => root.draw(&Rectangle::new(
                [(left, top), (right, bottom)],
                color.filled(),
            ))?,
            Swatch::Open | Swatch::Derived => {
                root.draw(&Rectangle::new(
                    [(left, top), (right, bottom)],
                    color.mix(0.18).filled(),
                ))?;
                root.draw(&Rectangle::new(
                    [(left + 1, top + 1), (right - 1, bottom)],
                    color.stroke_width(2),
                ))?;
            }
            Swatch::Dashed => {
                let style = color.stroke_width(2);
                dashed_line(root, (left, bottom), (left, top), style)?;
                dashed_line(root, (left, top), (right, top), style)?;
                dashed_line(root, (right, top), (right, bottom), style)?;
            }
            Swatch::Tick => {
                root.draw(&PathElement::new(
                    vec![(left - gap / 2, top), (right + gap / 2, top)],
                    colors.secondary.stroke_width(3),
                ))?;
                continue;
            }
            Swatch::Line => {}
        }
        let text = if compact_labels {
            format!(
                "{}{}",
                format::compact(point.value, lang),
                format::qualifier_mark(point.qualifier)
            )
        } else {
            format!(
                "{}{}",
                format::count(point.value),
                format::qualifier_mark(point.qualifier)
            )
        };
        if text_width(&text, 11.0) <= slot - 2.0 {
            root.draw(&Text::new(
                text,
                ((left + right) / 2, top - 4),
                font(11.0, &colors.text).pos(Pos::new(HPos::Center, VPos::Bottom)),
            ))?;
        }
    }
    let (x_range, _) = chart.plotting_area().get_pixel_range();
    for line in &model.reference_lines {
        let (_, y) = pixel(0, line.value);
        dashed_line(
            root,
            (x_range.start, y),
            (x_range.end, y),
            colors.muted_text.stroke_width(2),
        )?;
    }
    Ok(())
}
