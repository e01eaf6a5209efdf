//! The legend: entries for what is drawn, and drawing them.

use super::marks::draw_mark;
use super::palette::{color_of, Palette};
use super::swatch::{swatch_of, Swatch};
use super::text::{text_width, truncate_to, wrap};
use super::{size, text_at, Area, DrawResult};
use crate::charts::fit::is_phone_drawing;
use crate::charts::{ChartModel, ColorRole, Layout};
use crate::data::Qualifier;
use crate::format;
use crate::sort::sort_unique;
use crate::text::Lang;
use plotters::style::text_anchor::{HPos, VPos};

pub(super) fn default_label(swatch: Swatch, lang: Lang) -> &'static str {
    let text = crate::text::messages(lang);
    match swatch {
        Swatch::Filled => text.legend_exact,
        Swatch::Open => text.legend_at_least,
        Swatch::Dashed => text.legend_target,
        Swatch::Tick => text.legend_cpca,
        Swatch::Derived => text.legend_derived,
        Swatch::Line => "",
    }
}

/// Legend entries for what is drawn: the group's name when the chart names
/// its groups, the series' name when it draws several, otherwise what the
/// mark's style means. Floors get "(at least)" added to a name.
pub(super) fn legend_entries(model: &ChartModel) -> Vec<(Swatch, ColorRole, String)> {
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
                let text = crate::text::messages(lang);
                text.with_aside(&name, format::qualifier_word(Qualifier::AtLeast, lang))
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

/// One legend entry placed: its swatch's centre line at `y`, its label's
/// lines from `x + 20`, relative to the legend's top left.
struct PlacedEntry {
    swatch: Swatch,
    role: ColorRole,
    lines: Vec<String>,
    x: i32,
    y: i32,
}

/// How tightly a legend is set: on the phone drawing smaller (never under
/// 11 px, `charts::fit`) and closer, so that a long legend leaves the plot
/// the screen.
struct LegendType {
    font: f64,
    /// From one entry's row to the next, and between a wrapped label's lines.
    row: i32,
    line: i32,
    /// Above the first row's centre, and below the last's.
    edge: i32,
    /// Right of a label: the gap to the next entry on its row.
    gap: i32,
}

impl LegendType {
    fn for_width(width: i32) -> Self {
        if is_phone_drawing(width.max(0) as u32) {
            LegendType { font: size::label_narrow(width as u32), row: 18, line: 14, edge: 11, gap: 8 }
        } else {
            LegendType { font: size::LABEL, row: 20, line: 16, edge: 14, gap: 16 }
        }
    }
}

/// Where each legend entry goes in a legend `width` px wide, and the height
/// the legend takes. Kept apart from drawing so that a chart's height can
/// make room for its legend before anything is drawn (`legend_height`).
fn layout_legend(model: &ChartModel, width: i32) -> (Vec<PlacedEntry>, LegendType, u32) {
    let set = LegendType::for_width(width);
    let mut placed = Vec::new();
    let (mut x, mut y) = (12, set.edge);
    for (swatch, role, label) in legend_entries(model) {
        // A label too long for one row wraps onto a second rather than losing
        // its end (a forecaster's name); only a third line's worth is cut.
        let max_width = f64::from(width - 32 - set.gap).max(40.0);
        let mut lines = wrap(&label, set.font, max_width);
        if lines.len() > 2 {
            let rest = lines.split_off(1).join(" ");
            lines.push(rest);
        }
        let lines: Vec<String> = lines.iter().map(|line| truncate_to(line, set.font, max_width)).collect();
        let widest = lines.iter().map(|line| text_width(line, set.font)).fold(0.0, f64::max);
        let item = 20 + widest as i32 + set.gap;
        if (x + item > width || lines.len() > 1) && x > 12 {
            x = 12;
            y += set.row;
        }
        let wrapped = lines.len() as i32 - 1;
        placed.push(PlacedEntry { swatch, role, lines, x, y });
        if wrapped > 0 {
            // The next entry starts on a fresh row below this one.
            y += wrapped * set.line;
            x = width;
        } else {
            x += item;
        }
    }
    let height = (y + set.edge) as u32;
    (placed, set, height)
}

/// The height the legend takes at the top of a chart `width` px wide.
pub(super) fn legend_height(model: &ChartModel, width: u32) -> u32 {
    layout_legend(model, width as i32).2
}

/// Draws the legend rows at the top of `area`; returns the height used.
pub(super) fn draw_legend(root: &Area, area: &Area, model: &ChartModel, colors: &Palette) -> DrawResult<u32> {
    let (offset_x, offset_y) = area.get_base_pixel();
    let (placed, set, height) = layout_legend(model, area.dim_in_pixel().0 as i32);
    for PlacedEntry { swatch, role, lines, x, y } in placed {
        let (x, y) = (offset_x + x, offset_y + y);
        let color = if swatch == Swatch::Derived { colors.muted_bar } else { color_of(role, colors) };
        draw_mark(root, swatch, color, (x, y - 6), (x + 14, y + 6), colors)?;
        for (row, line) in lines.iter().enumerate() {
            let line_y = y + row as i32 * set.line;
            text_at(root, line.as_str(), (x + 20, line_y), set.font, &colors.text, (HPos::Left, VPos::Center))?;
        }
    }
    Ok(height)
}
