//! The legend: entries for what is drawn, and drawing them.

use super::marks::{draw_mark, swatch_of, Swatch};
use super::palette::{color_of, Palette};
use super::text::{text_width, truncate_to, wrap};
use super::{size, text_at, Area, DrawResult};
use crate::charts::{ChartModel, ColorRole, Layout};
use crate::data::{Lang, Qualifier};
use crate::sort::sort_unique;
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
                format!("{name} ({})", crate::text::messages(lang).qualifier_word(Qualifier::AtLeast))
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

/// Draws the legend rows at the top of `area`; returns the height used.
pub(super) fn draw_legend(root: &Area, area: &Area, model: &ChartModel, colors: &Palette) -> DrawResult<u32> {
    let entries = legend_entries(model);
    let (offset_x, offset_y) = area.get_base_pixel();
    let width = area.dim_in_pixel().0 as i32;
    let (mut x, mut y) = (offset_x + 12, offset_y + 14);
    for (swatch, role, label) in entries {
        // A label too long for one row wraps onto a second rather than losing
        // its end (a forecaster's name); only a third line's worth is cut.
        let max_width = f64::from(width - 48).max(40.0);
        let mut lines = wrap(&label, size::LABEL, max_width);
        if lines.len() > 2 {
            let rest = lines[1..].join(" ");
            lines.truncate(1);
            lines.push(rest);
        }
        let lines: Vec<String> = lines.iter().map(|line| truncate_to(line, size::LABEL, max_width)).collect();
        let widest = lines.iter().map(|line| text_width(line, size::LABEL)).fold(0.0, f64::max);
        let item = 20 + widest as i32 + 16;
        if (x + item > offset_x + width || lines.len() > 1) && x > offset_x + 12 {
            x = offset_x + 12;
            y += 20;
        }
        let color = if swatch == Swatch::Derived { colors.muted_bar } else { color_of(role, colors) };
        draw_mark(root, swatch, color, (x, y - 6), (x + 14, y + 6), colors)?;
        for (row, line) in lines.iter().enumerate() {
            let line_y = y + row as i32 * 16;
            text_at(root, line.as_str(), (x + 20, line_y), size::LABEL, &colors.text, (HPos::Left, VPos::Center))?;
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
