//! Draws a [`ChartModel`] as SVG with plotters' SVG backend. Layout decisions
//! (how many axis labels fit, whether a value label fits) use a width estimate
//! that counts CJK characters as full-width, so labels do not overlap and the
//! same decisions are made natively and in the browser.

use super::{Annotation, ChartModel, ChartOptions, ColorRole, DataPoint, Layout, Theme};
use crate::data::{Date, Kind, Lang, Qualifier};
use crate::format;
use crate::sort::sort_unique;
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
    series: [RGBColor; 4],
}

/// Colours chosen for contrast (text at least 4.5:1, marks at least 3:1 on the
/// background), from a colour-blind-safe set, and told apart by shape as well
/// as hue: filled, open, dashed, tick.
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
            series: [
                RGBColor(0x0b, 0x5c, 0xad),
                RGBColor(0x1a, 0x7f, 0x37),
                RGBColor(0x82, 0x50, 0xdf),
                RGBColor(0x9a, 0x67, 0x00),
            ],
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
            series: [
                RGBColor(0x58, 0xa6, 0xff),
                RGBColor(0x3f, 0xb9, 0x50),
                RGBColor(0xbc, 0x8c, 0xff),
                RGBColor(0xd2, 0x99, 0x22),
            ],
        },
    }
}

fn color_of(role: ColorRole, colors: &Palette) -> RGBColor {
    match role {
        ColorRole::Highlight => colors.highlight,
        ColorRole::Muted => colors.muted_bar,
        ColorRole::Series(n) => colors.series[usize::from(n) % colors.series.len()],
    }
}
pub fn text_width(text: &str, size: f64) -> f64 {
    // 0.6 em is a little wider than most sans-serif Latin text, so layouts
    // err towards room to spare.
    text.chars().map(|c| if is_wide(c) { size } else { size * 0.6 }).sum()
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
        if !line.is_empty() && text_width(&line, size) + text_width(word.trim_end(), size) > max_width {
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

/// A drawn point's box in SVG pixels, for tooltips and keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Hit {
    index: usize,
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

/// The chart as an SVG document with `role="img"`, a `<title>`, a `<desc>`
/// stating the takeaway, and one invisible `data-point` box per drawn point
/// (indexes into `model.points`) for tooltips. Never panics: a drawing failure
/// becomes an SVG that says so.
pub fn render_svg(model: &ChartModel, options: &ChartOptions) -> String {
    let mut svg = String::new();
    let mut hits = Vec::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (options.width, options.height)).into_drawing_area();
        draw(&root, model, options, &mut hits).and_then(|_| root.present().map_err(|e| e.to_string().into()))
    };
    if let Err(error) = drawn {
        svg = String::new();
        hits.clear();
        let root = SVGBackend::with_string(&mut svg, (options.width, options.height)).into_drawing_area();
        let _ = draw_message(&root, &format!("The chart could not be drawn: {error}"), options);
        let _ = root.present();
    }
    accessible(svg, model, &hits)
}

fn accessible(svg: String, model: &ChartModel, hits: &[Hit]) -> String {
    let Some(tag_end) = svg.find('>') else { return svg };
    let Some(close) = svg.rfind("</svg>") else { return svg };
    let id = model.id.id();
    let head = format!(
        " role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\" class=\"chart-svg\" data-chart-svg=\"{id}\" lang=\"{}\"",
        model.lang.code()
    );
    let title = format!(
        "<title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc>",
        escape_xml(&model.title),
        escape_xml(&model.takeaway)
    );
    let mut boxes = String::from("<g class=\"hits\" aria-hidden=\"true\">");
    for hit in hits {
        boxes.push_str(&format!(
            "<rect data-point=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#000\" fill-opacity=\"0\"/>",
            hit.index,
            hit.x,
            hit.y,
            hit.w.max(8),
            hit.h.max(8)
        ));
    }
    boxes.push_str("</g>");
    format!("{}{head}>{title}{}{boxes}{}", &svg[..tag_end], &svg[tag_end + 1..close], &svg[close..])
}

type DrawResult = Result<(), Box<dyn Error>>;
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

fn font(size: f64, color: &RGBColor) -> TextStyle<'static> {
    // plotters writes font-size as size / 1.24; scale so the SVG says `size` px.
    (FONT_STACK, size * 1.24).into_font().color(color)
}

fn text_at(
    area: &Area,
    text: impl Into<String>,
    at: (i32, i32),
    size: f64,
    color: &RGBColor,
    anchor: (HPos, VPos),
) -> DrawResult {
    let text = text.into();
    let x = keep_inside(at.0, text_width(&text, size), anchor.0, area.dim_in_pixel().0 as i32);
    area.draw(&Text::new(text, (x, at.1), font(size, color).pos(Pos::new(anchor.0, anchor.1))))?;
    Ok(())
}

/// Moves a label's anchor so that the whole label stays inside `0..limit`:
/// the last tick label of an axis is shifted left rather than cut off. A
/// label wider than the area stays where it was asked to be.
fn keep_inside(x: i32, width: f64, anchor: HPos, limit: i32) -> i32 {
    let width = width.ceil() as i32;
    if width > limit - 4 {
        return x;
    }
    let left = match anchor {
        HPos::Left => x,
        HPos::Center => x - width / 2,
        HPos::Right => x - width,
    };
    if left < 2 {
        x + (2 - left)
    } else if left + width > limit - 2 {
        x - (left + width - (limit - 2))
    } else {
        x
    }
}

fn draw(root: &Area, model: &ChartModel, options: &ChartOptions, hits: &mut Vec<Hit>) -> DrawResult {
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
        let top_left = (HPos::Left, VPos::Top);
        let mut y = 16;
        for line in title_lines {
            text_at(root, line, (16, y), 20.0, &colors.text, top_left)?;
            y += 26;
        }
        for line in takeaway_lines {
            text_at(root, line, (16, y), 14.0, &colors.muted_text, top_left)?;
            y += 19;
        }
        let mut y = options.height as i32 - footer + 6;
        for line in source_lines {
            text_at(root, line, (16, y), 12.0, &colors.muted_text, top_left)?;
            y += 16;
        }
        body = root.margin(header as u32, footer as u32, 0, 0);
    }
    if model.is_empty() {
        return draw_message(&body, &model.takeaway, options);
    }
    let legend_height = draw_legend(root, &body, model, &colors)?;
    let plot = body.margin(legend_height + 4, 0, 0, 0);
    match model.layout {
        Layout::Columns => draw_columns(root, &plot, model, options, &colors, hits),
        Layout::Rows => draw_rows(root, &plot, model, &colors, hits),
        Layout::Timeline => draw_timeline(root, &plot, model, options, &colors, hits),
    }
}

fn draw_message(area: &Area, message: &str, options: &ChartOptions) -> DrawResult {
    let colors = palette(options.theme);
    area.fill(&colors.background)?;
    let (w, h) = area.dim_in_pixel();
    let lines = wrap(message, 16.0, f64::from(w) - 32.0);
    let mut y = h as i32 / 2 - lines.len() as i32 * 11;
    for line in lines {
        text_at(area, line, (w as i32 / 2, y), 16.0, &colors.muted_text, (HPos::Center, VPos::Center))?;
        y += 22;
    }
    Ok(())
}

/// A round axis bound just beyond `value` (either sign).
fn nice_bound(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let v = value.abs();
    let magnitude = 10f64.powi(v.log10().floor() as i32);
    let bound = [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|b| *b >= v)
        .unwrap_or(10.0 * magnitude);
    bound.copysign(value)
}

/// No axis reaches beyond this: far above any real figure (yuan revenue is
/// about 1e11), and far enough below f64::MAX that the span of an axis stays
/// finite. plotters looks for tick positions forever on an infinite span.
const AXIS_LIMIT: f64 = 1e15;

/// The value range of the bars, always including zero, with room for labels.
fn value_range(model: &ChartModel) -> (f64, f64) {
    let values = model.points.iter().map(|p| p.value).chain(model.reference_lines.iter().map(|r| r.value));
    let values = values.filter(|v| v.is_finite()).map(|v| v.clamp(-AXIS_LIMIT, AXIS_LIMIT));
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let hi = if hi > 0.0 { nice_bound(hi * 1.12) } else { 0.0 };
    let lo = if lo < 0.0 { nice_bound(lo * 1.15) } else { 0.0 };
    if hi == lo {
        (0.0, 1.0)
    } else {
        (lo, hi)
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Swatch {
    Filled,
    Open,
    /// Computed from other figures, not published.
    Derived,
    Dashed,
    Tick,
    Line,
}

fn swatch_of(point: &DataPoint) -> Swatch {
    if point.derivation.is_some() && point.kind.is_outcome() {
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

fn default_label(swatch: Swatch, lang: Lang) -> &'static str {
    match (swatch, lang) {
        (Swatch::Filled, Lang::En) => "Exact count",
        (Swatch::Open, Lang::En) => "At least (floor)",
        (Swatch::Dashed, Lang::En) => "Target or forecast",
        (Swatch::Tick, Lang::En) => "CPCA count",
        (Swatch::Derived, Lang::En) => "Derived (see notes)",
        (Swatch::Filled, Lang::ZhCn) => "精确值",
        (Swatch::Open, Lang::ZhCn) => "至少（下限）",
        (Swatch::Dashed, Lang::ZhCn) => "目标或预测",
        (Swatch::Tick, Lang::ZhCn) => "乘联会数据",
        (Swatch::Derived, Lang::ZhCn) => "推算值（见注释）",
        (Swatch::Line, _) => "",
    }
}

/// Legend entries for what is drawn: the group's name when the chart names
/// its groups, the series' name when it draws several, otherwise what the
/// mark's style means. Floors get "(at least)" added to a name.
fn legend_entries(model: &ChartModel) -> Vec<(Swatch, ColorRole, String)> {
    let lang = model.lang;
    let mut series: Vec<&str> = model.points.iter().map(|p| p.series_id.as_str()).collect();
    sort_unique(&mut series);
    let mut entries: Vec<(Swatch, ColorRole, String)> = Vec::new();
    for point in &model.points {
        let swatch = match (model.layout, swatch_of(point)) {
            (Layout::Timeline, Swatch::Dashed) => Swatch::Line,
            (Layout::Timeline, _) => Swatch::Filled,
            (_, swatch) => swatch,
        };
        // Rows charts name their bars on the axis; only their markers need a key.
        if model.layout == Layout::Rows && model.groups.is_empty() && swatch != Swatch::Tick {
            continue;
        }
        let named = if swatch == Swatch::Tick {
            Some(point.series_label.clone())
        } else {
            model.groups.get(point.group).cloned().or_else(|| (series.len() > 1).then(|| point.series_label.clone()))
        };
        let label = match named {
            Some(name) if swatch == Swatch::Open => {
                format!("{name} ({})", format::qualifier_word(Qualifier::AtLeast, lang))
            }
            Some(name) => name,
            None => default_label(swatch, lang).to_owned(),
        };
        if !entries.iter().any(|(s, _, l)| *s == swatch && *l == label) {
            entries.push((swatch, point.color, label));
        }
    }
    for line in &model.reference_lines {
        entries.push((Swatch::Line, ColorRole::Muted, line.label.clone()));
    }
    entries
}

fn dashed_line(area: &Area, from: (i32, i32), to: (i32, i32), style: ShapeStyle) -> DrawResult {
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
fn draw_mark(
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

/// Draws the legend rows at the top of `area`; returns the height used.
fn draw_legend(root: &Area, area: &Area, model: &ChartModel, colors: &Palette) -> Result<u32, Box<dyn Error>> {
    let entries = legend_entries(model);
    let (offset_x, offset_y) = area.get_base_pixel();
    let width = area.dim_in_pixel().0 as i32;
    let (mut x, mut y) = (offset_x + 12, offset_y + 14);
    for (swatch, role, label) in entries {
        // A label too long for one row wraps onto a second rather than losing
        // its end (a forecaster's name); only a third line's worth is cut.
        let max_width = f64::from(width - 48).max(40.0);
        let mut lines = wrap(&label, 12.0, max_width);
        if lines.len() > 2 {
            let rest = lines[1..].join(" ");
            lines.truncate(1);
            lines.push(rest);
        }
        let lines: Vec<String> = lines.iter().map(|line| truncate_to(line, 12.0, max_width)).collect();
        let widest = lines.iter().map(|line| text_width(line, 12.0)).fold(0.0, f64::max);
        let item = 20 + widest as i32 + 16;
        if (x + item > offset_x + width || lines.len() > 1) && x > offset_x + 12 {
            x = offset_x + 12;
            y += 20;
        }
        let color = if swatch == Swatch::Derived { colors.muted_bar } else { color_of(role, colors) };
        draw_mark(root, swatch, color, (x, y - 6), (x + 14, y + 6), colors)?;
        for (row, line) in lines.iter().enumerate() {
            let line_y = y + row as i32 * 16;
            text_at(root, line.as_str(), (x + 20, line_y), 12.0, &colors.text, (HPos::Left, VPos::Center))?;
        }
        if lines.len() > 1 {
            // The next entry starts on a fresh row below this one.
            y += (lines.len() as i32 - 1) * 16;
            x = offset_x + width;
        } else {
            x += item;
        }
    }
    Ok((y - offset_y + 14) as u32)
}

fn value_label(point: &DataPoint, compact: bool, lang: Lang) -> String {
    let number = match point.unit {
        crate::data::Unit::Vehicles | crate::data::Unit::Days | crate::data::Unit::Months
            if !compact && point.value.abs() < 1e6 =>
        {
            format::count(point.value)
        }
        // A change reads with its sign; a level (a margin) without.
        crate::data::Unit::Percent if point.derivation.is_some() || point.measure == "yoy_change" => {
            return format::change_pct(point.value);
        }
        crate::data::Unit::Percent => format!("{}%", format::compact(point.value, lang)),
        _ => format::compact(point.value, lang),
    };
    format!("{number}{}", format::qualifier_mark(point.qualifier))
}

fn mark_color(point: &DataPoint, colors: &Palette) -> RGBColor {
    if swatch_of(point) == Swatch::Derived {
        colors.muted_bar
    } else {
        color_of(point.color, colors)
    }
}

/// Bars side by side in one slot; markers lie across a bar and take no slot.
fn group_count(model: &ChartModel) -> usize {
    model.points.iter().filter(|p| !p.secondary).map(|p| p.group + 1).max().unwrap_or(1).max(model.groups.len()).max(1)
}

fn draw_columns(
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
    let tick_width =
        text_width(&format::compact(y_max, lang), 12.0).max(text_width(&format::compact(y_min, lang), 12.0));
    let y_area = (tick_width + 34.0) as u32;
    let plot_width = f64::from(plot.dim_in_pixel().0.saturating_sub(y_area + 16)).max(1.0);
    let slot = plot_width / n as f64;
    // Category labels wrap onto up to three lines within their slot, at 12 px
    // or, on a narrow chart, 10 px; only when a word still does not fit are
    // labels thinned (long time axes), so a few categories are always all named.
    let fitting = [12.0, 10.0].into_iter().find_map(|size| {
        let wrapped: Vec<Vec<String>> =
            model.categories.iter().map(|l| wrap(l, size, (slot - 6.0).max(12.0))).collect();
        let widest = wrapped.iter().flatten().map(|l| text_width(l, size)).fold(0.0, f64::max);
        (wrapped.iter().all(|lines| lines.len() <= 3) && widest + 6.0 <= slot).then_some((size, wrapped))
    });
    let (label_size, wrapped, label_step) = match fitting {
        Some((size, wrapped)) => (size, wrapped, 1),
        None => {
            let single = model.categories.iter().map(|l| text_width(l, 12.0)).fold(0.0, f64::max);
            let step = ((single + 8.0) / slot).ceil().max(1.0) as usize;
            (12.0, model.categories.iter().map(|l| vec![l.clone()]).collect(), step)
        }
    };
    let x_formatter = |_: &SegmentValue<i32>| String::new();
    let percent = model.points.iter().all(|p| p.unit == crate::data::Unit::Percent);
    let y_formatter =
        |v: &f64| if percent { format!("{}%", format::compact(*v, lang)) } else { format::compact(*v, lang) };
    let mut chart = ChartBuilder::on(plot)
        // The rotated axis title's glyphs reach left of its anchor (CJK
        // glyphs more than Latin): a few pixels keep them on the canvas.
        .margin_left(3)
        .margin_right(16)
        .margin_top(8)
        .x_label_area_size(if wrapped.iter().any(|l| l.len() > 2) { 66 } else { 52 })
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
        .label_style(font(12.0, &colors.muted_text))
        .axis_desc_style(font(12.0, &colors.muted_text))
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
    let compact = bar < text_width("136,854+", 11.0) + 4.0;
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
            hits.push(Hit { index, x: left, y: end - 6, w: right - left, h: 12 });
            continue;
        }
        draw_mark(root, swatch, mark_color(point, colors), (left, end), (right, zero), colors)?;
        hits.push(Hit { index, x: left, y: end.min(zero), w: right - left, h: (zero - end).abs() });
        let label = value_label(point, compact, lang);
        let label_width = text_width(&label, 11.0);
        if label_width <= f64::from(right - left) + 2.0 * gap - 2.0 {
            let (y, anchor) = if point.value >= 0.0 { (end - 4, VPos::Bottom) } else { (end + 4, VPos::Top) };
            let center = (left + right) / 2;
            let half = (label_width / 2.0).ceil() as i32;
            let (top, bottom) = if point.value >= 0.0 { (y - 12, y) } else { (y, y + 12) };
            let area = (center - half, center + half, top, bottom);
            let overlaps = |b: &(i32, i32, i32, i32)| area.0 < b.1 && b.0 < area.1 && area.2 < b.3 && b.2 < area.3;
            if !placed.iter().any(overlaps) {
                text_at(root, label, (center, y), 11.0, &colors.text, (HPos::Center, anchor))?;
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

fn draw_rows(root: &Area, plot: &Area, model: &ChartModel, colors: &Palette, hits: &mut Vec<Hit>) -> DrawResult {
    let lang = model.lang;
    let n = model.categories.len().max(1);
    let (x_min, x_max) = value_range(model);
    let x_max = if x_max > 0.0 { nice_bound(x_max * 1.15) } else { x_max };
    let plot_width = f64::from(plot.dim_in_pixel().0);
    let max_label = (plot_width * 0.42).max(60.0);
    let labels: Vec<String> = model.categories.iter().map(|c| truncate_to(c, 12.0, max_label)).collect();
    let y_area = (labels.iter().map(|l| text_width(l, 12.0)).fold(0.0, f64::max) + 24.0) as u32;
    let y_formatter = |value: &SegmentValue<i32>| match value {
        SegmentValue::CenterOf(i) if *i >= 0 && (*i as usize) < n => {
            labels.get(n - 1 - *i as usize).cloned().unwrap_or_default()
        }
        _ => String::new(),
    };
    let x_formatter = |v: &f64| format::compact(*v, lang);
    let mut chart = ChartBuilder::on(plot)
        .margin_left(3)
        .margin_right(24)
        .margin_top(4)
        .x_label_area_size(44)
        .y_label_area_size(y_area)
        .build_cartesian_2d(x_min..x_max, (0..n as i32 - 1).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .bold_line_style(colors.grid)
        .light_line_style(colors.background)
        .axis_style(colors.axis)
        .x_labels(if plot_width < 480.0 { 4 } else { 6 })
        .y_labels(n)
        .x_label_formatter(&x_formatter)
        .y_label_formatter(&y_formatter)
        .label_style(font(12.0, &colors.text))
        .axis_desc_style(font(12.0, &colors.muted_text))
        .x_desc(model.x_label.as_str())
        .draw()?;
    let groups = group_count(model);
    let row_top = |i: usize| chart.backend_coord(&(0.0, SegmentValue::Exact((n - i) as i32))).1;
    let row_height = f64::from((row_top(1) - row_top(0)).abs().max(1));
    let gap = (row_height * 0.16).max(1.0);
    let bar = ((row_height - 2.0 * gap) / groups as f64).max(1.0);
    let x = |v: f64| chart.backend_coord(&(v.clamp(x_min, x_max), SegmentValue::Exact(0))).0;
    let zero = x(0.0);
    let (plot_x, _) = chart.plotting_area().get_pixel_range();
    for (index, point) in model.points.iter().enumerate() {
        let top = f64::from(row_top(point.category)) + gap + bar * point.group as f64;
        let (top, bottom) = (top.round() as i32 + 1, (top + bar).round() as i32 - 1);
        let end = x(point.value);
        let swatch = swatch_of(point);
        if swatch == Swatch::Tick {
            root.draw(&PathElement::new(vec![(end, top - 2), (end, bottom + 2)], colors.secondary.stroke_width(3)))?;
            hits.push(Hit { index, x: end - 6, y: top, w: 12, h: bottom - top });
            continue;
        }
        draw_mark(root, swatch, mark_color(point, colors), (zero.min(end), top), (zero.max(end), bottom), colors)?;
        hits.push(Hit { index, x: zero.min(end), y: top, w: (end - zero).abs(), h: bottom - top });
        let label = value_label(point, false, lang);
        // The label goes past the bar and past any marker on the same row.
        let marker_end =
            model.points.iter().filter(|p| p.secondary && p.category == point.category).map(|p| x(p.value) + 2);
        let start = marker_end.fold(end, i32::max) + 4;
        let fits_after = f64::from(start) + text_width(&label, 11.0) <= f64::from(plot_x.end) + 20.0;
        if bar >= 10.0 && fits_after {
            text_at(root, label, (start, (top + bottom) / 2), 11.0, &colors.text, (HPos::Left, VPos::Center))?;
        }
    }
    Ok(())
}

fn truncate_to(text: &str, size: f64, max_width: f64) -> String {
    if text_width(text, size) <= max_width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out, size) + text_width("…", size) + text_width(&c.to_string(), size) > max_width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn day_number(date: Date) -> f64 {
    date.days_since_epoch() as f64
}

fn draw_timeline(
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
    let plot = plot.margin(annotation_rows * 16 + 4, 0, 0, 0);
    let y_area = (text_width(&format::compact(y_max, lang), 12.0) + 34.0) as u32;
    let y_formatter = |v: &f64| format::compact(*v, lang);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(3)
        .margin_right(16)
        .margin_top(4)
        .x_label_area_size(44)
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
        .label_style(font(12.0, &colors.muted_text))
        .axis_desc_style(font(12.0, &colors.muted_text))
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
                text_at(root, label, (px, y_range.end + 8), 12.0, &colors.muted_text, (HPos::Center, VPos::Top))?;
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

    // One line per series, in the order the series first appear.
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
            for pair in coords.windows(2) {
                dashed_line(root, pair[0], pair[1], color.stroke_width(2))?;
            }
        } else {
            root.draw(&PathElement::new(coords.clone(), color.stroke_width(3)))?;
        }
        for ((index, point), (px, py)) in members.iter().zip(coords) {
            let style = if point.qualifier == Qualifier::AtLeast || point.kind != Kind::Actual {
                colors.background.filled()
            } else {
                color.filled()
            };
            root.draw(&Circle::new((px, py), 4, style))?;
            root.draw(&Circle::new((px, py), 4, color.stroke_width(2)))?;
            hits.push(Hit { index: *index, x: px - 7, y: py - 7, w: 14, h: 14 });
        }
    }
    Ok(())
}

type Ranges<'r> = (&'r std::ops::Range<i32>, &'r std::ops::Range<i32>);

fn draw_annotation(
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
    let label_width = text_width(&annotation.label, 11.0);
    // Labels sit right of their line, or left of it near the right edge; a
    // row is chosen by where the label ends up once kept inside the chart.
    let (anchor, x) =
        if px + label_width as i32 + 4 > x_range.end { (HPos::Right, px - 3) } else { (HPos::Left, px + 3) };
    let x = keep_inside(x, label_width, anchor, root.dim_in_pixel().0 as i32);
    let left = if matches!(anchor, HPos::Left) { x } else { x - label_width.ceil() as i32 };
    let Some(row) = row_ends.iter().position(|end| *end < left) else { return Ok(()) };
    row_ends[row] = left + label_width.ceil() as i32 + 8;
    let label_y = y_range.start - 8 - (row_ends.len() - 1 - row) as i32 * 16;
    dashed_line(root, (px, label_y + 4), (px, y_range.end), colors.axis.stroke_width(1))?;
    text_at(root, annotation.label.clone(), (x, label_y), 11.0, &colors.muted_text, (anchor, VPos::Bottom))?;
    if let Some(value) = annotation.value {
        let (_, py) = at(annotation.date, value);
        root.draw(&Polygon::new(
            vec![(px, py - 6), (px + 6, py), (px, py + 6), (px - 6, py)],
            colors.secondary.filled(),
        ))?;
    }
    Ok(())
}
