//! Draws a [`ChartModel`] as SVG with plotters' SVG backend. Layout decisions
//! (how many axis labels fit, whether a value label fits) use a width estimate
//! that counts CJK characters as full-width, so labels do not overlap and the
//! same decisions are made natively and in the browser.

use super::{ChartModel, ChartOptions, DataPoint, Layout};
use crate::format;
use crate::text::{messages, Lang};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::error::Error;

mod accessibility;
mod columns;
mod legend;
mod marks;
mod palette;
mod rows;
mod swatch;
mod text;
mod timeline;
mod tooltip;

use accessibility::accessible;
use columns::draw_columns;
use legend::{draw_legend, legend_height};
use palette::palette;
use rows::draw_rows;
pub use text::{escape_xml, text_width, wrap, FONT_STACK};
use timeline::draw_timeline;
pub use tooltip::TOOLTIP_CSS;
use tooltip::{Hit, PixelBox};

/// The chart as an SVG document with a `<title>`, a `<desc>` stating the
/// takeaway, the drawing as one image (`role="img"`) they name, and per drawn point a `data-point` group (indexing
/// `model.points`) that holds its tap area and its tooltip. Its `data-plot-top` is where
/// the plot starts below the legend, so the room a plot gets is measurable.
/// Never panics: a drawing failure becomes an SVG that says so.
pub fn render_svg(model: &ChartModel, options: &ChartOptions) -> String {
    let mut svg = String::new();
    let mut hits = Vec::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (options.width, options.height)).into_drawing_area();
        draw(&root, model, options, &mut hits).and_then(|plot_top| {
            root.present()?;
            Ok(plot_top)
        })
    };
    let plot_top = drawn.unwrap_or_else(|error| {
        svg = failure_drawing(model, options, &error);
        hits.clear();
        0
    });
    accessible(svg, model, &hits, plot_top, options)
}

/// The height a chart `width` px wide takes above its plot: its legend.
pub fn room_above_plot(model: &ChartModel, width: u32) -> u32 {
    legend_height(model, width) + space::BELOW_LEGEND
}

/// Type sizes in px, and line heights for the words of a standalone chart.
mod size {
    use crate::charts::fit::is_phone_drawing;

    /// Axis and category labels, and the legend.
    pub const LABEL: f64 = 12.0;
    /// Category labels when they do not fit at `LABEL`: smaller on a wide
    /// drawing than on the phone drawing, which is never shown smaller than
    /// its own size (`charts::fit`), so 11 px there reads at 11 px or more.
    pub fn label_narrow(width: u32) -> f64 {
        if is_phone_drawing(width) {
            11.0
        } else {
            10.0
        }
    }
    /// Values written on or beside marks, and milestone labels.
    pub const MARK_LABEL: f64 = 11.0;
    /// A standalone chart's (a download's) title, takeaway and source line: size and line height.
    pub const TITLE: (f64, i32) = (20.0, 26);
    pub const TAKEAWAY: (f64, i32) = (14.0, 19);
    pub const SOURCE: (f64, i32) = (12.0, 16);
    /// Space between a standalone chart's words and its edges.
    pub const EDGE: i32 = 16;
}

/// Space in px around the plot area, and beside it for its labels.
mod space {
    /// Left of the value axis's labels.
    pub const LEFT: u32 = 3;
    /// Right of the plot: room for the last tick label, or, for rows of bars,
    /// for the value written after the longest bar.
    pub const RIGHT: u32 = 16;
    pub const RIGHT_OF_ROWS: u32 = 24;
    /// Above the plot; columns leave room for the value over the tallest bar.
    pub const TOP: u32 = 4;
    pub const TOP_OF_COLUMNS: u32 = 8;
    /// Between the legend and the plot.
    pub const BELOW_LEGEND: u32 = 4;
    /// Below the plot: tick labels and the axis title.
    pub const X_LABELS: u32 = 44;
    /// Below columns: category labels on up to two lines, or on three.
    pub const CATEGORY_LABELS: u32 = 52;
    pub const CATEGORY_LABELS_3_LINES: u32 = 66;
    /// Beside the widest value label: the axis title and a gap.
    pub const VALUE_AXIS: f64 = 34.0;
    /// Beside the widest row label.
    pub const ROW_LABELS: f64 = 24.0;
    /// One row of milestone labels above a timeline, and the gap below the last.
    pub const MILESTONE_ROW: u32 = 16;
    pub const BELOW_MILESTONES: u32 = 4;
}

/// Why a chart could not be drawn: what plotters reported, as text (its
/// error type is generic over the backend, and only its message is shown).
#[derive(Debug)]
pub struct RenderError(String);

impl<E: Error + Send + Sync> From<DrawingAreaErrorKind<E>> for RenderError {
    fn from(error: DrawingAreaErrorKind<E>) -> Self {
        RenderError(error.to_string())
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

type DrawResult<T = ()> = Result<T, RenderError>;

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

/// Draws the chart; returns the top of its plot.
fn draw(root: &Area, model: &ChartModel, options: &ChartOptions, hits: &mut Vec<Hit>) -> DrawResult<u32> {
    let colors = palette(options.theme);
    root.fill(&colors.background)?;
    let width = f64::from(options.width);
    let mut body = root.clone();
    if options.standalone {
        let line_width = width - f64::from(2 * size::EDGE);
        let title_lines = wrap(&model.title, size::TITLE.0, line_width);
        let takeaway_lines = wrap(&model.takeaway, size::TAKEAWAY.0, line_width);
        let source_lines = wrap(&model.source_line().text(), size::SOURCE.0, line_width);
        let lines_height = |lines: &[String], (_, line_height): (f64, i32)| lines.len() as i32 * line_height;
        let header =
            size::EDGE + lines_height(&title_lines, size::TITLE) + lines_height(&takeaway_lines, size::TAKEAWAY) + 8;
        let footer = lines_height(&source_lines, size::SOURCE) + 14;
        let top_left = (HPos::Left, VPos::Top);
        let mut y = size::EDGE;
        for (lines, (font_size, line_height), color) in
            [(title_lines, size::TITLE, &colors.text), (takeaway_lines, size::TAKEAWAY, &colors.muted_text)]
        {
            for line in lines {
                text_at(root, line, (size::EDGE, y), font_size, color, top_left)?;
                y += line_height;
            }
        }
        let mut y = options.height as i32 - footer + 6;
        for line in source_lines {
            text_at(root, line, (size::EDGE, y), size::SOURCE.0, &colors.muted_text, top_left)?;
            y += size::SOURCE.1;
        }
        body = root.margin(header as u32, footer as u32, 0, 0);
    }
    let body_top = body.get_base_pixel().1 as u32;
    if model.is_empty() {
        draw_message(&body, &model.takeaway, options)?;
        return Ok(body_top);
    }
    let legend_height = draw_legend(root, &body, model, &colors)?;
    let plot = body.margin(legend_height + space::BELOW_LEGEND, 0, 0, 0);
    match model.layout {
        Layout::Columns => draw_columns(root, &plot, model, options, &colors, hits)?,
        Layout::Rows => draw_rows(root, &plot, model, &colors, hits)?,
        Layout::Timeline => draw_timeline(root, &plot, model, options, &colors, hits)?,
    }
    Ok(body_top + legend_height + space::BELOW_LEGEND)
}

/// What a chart that could not be drawn shows instead: a sentence in the
/// drawing's language, and what plotters reported as `<metadata>`, for a
/// developer, not for the reader.
fn failure_drawing(model: &ChartModel, options: &ChartOptions, error: &RenderError) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (options.width, options.height)).into_drawing_area();
        let _ = draw_message(&root, &format!("{}.", messages(model.lang).chart_not_drawn), options);
        let _ = root.present();
    }
    if let Some(end) = svg.rfind("</svg>") {
        svg.insert_str(end, &format!("<metadata>{}</metadata>", escape_xml(&error.0)));
    }
    svg
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

fn value_label(point: &DataPoint, compact: bool, lang: Lang) -> String {
    let number = match point.unit {
        crate::data::Unit::Vehicles | crate::data::Unit::Days | crate::data::Unit::Months
            if !compact && point.value.abs() < 1e6 =>
        {
            format::count(point.value)
        }
        // A change reads with its sign; a level (a margin) without.
        crate::data::Unit::Percent
            if point.derivation.is_some() || point.measure == crate::data::ids::measure::YOY_CHANGE =>
        {
            return format::change_pct(point.value);
        }
        crate::data::Unit::Percent => format!("{}%", format::compact(point.value, lang)),
        _ => format::compact(point.value, lang),
    };
    format!("{number}{}", format::qualifier_mark(point.qualifier))
}

#[cfg(test)]
mod tests {
    use super::{failure_drawing, RenderError};
    use crate::charts::{build, ChartId, ChartOptions, ChartSettings, Theme};
    use crate::data::fixture;
    use crate::text::{messages, Lang};

    #[test]
    fn a_chart_that_cannot_be_drawn_says_so_in_its_language_and_keeps_the_cause_for_developers() {
        for lang in Lang::ALL {
            let model = build(ChartId::Deliveries, &fixture(), &ChartSettings::default(), lang);
            let options = ChartOptions { width: 800, height: 500, theme: Theme::Dark, standalone: false };
            let svg = failure_drawing(&model, &options, &RenderError("backend <failed>".to_owned()));
            assert!(svg.contains(messages(lang).chart_not_drawn), "{lang:?}: {svg}");
            assert!(svg.contains("<metadata>backend &lt;failed&gt;</metadata>"), "{svg}");
        }
        assert_ne!(messages(Lang::ALL[0]).chart_not_drawn, messages(Lang::ALL[1]).chart_not_drawn);
    }
}
