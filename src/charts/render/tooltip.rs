//! Each drawn point's tooltip, drawn into the SVG beside the point's tap
//! area: period, value with its qualifier and kind, status, conflicts,
//! derivation and sources, in the drawing's language and palette. It is
//! hidden until the point is hovered or tapped (a tap hovers it, and it
//! stays until the next tap elsewhere) or keyed (the app's `data-keyed`), by
//! [`TOOLTIP_CSS`] alone: the drawing answers a
//! tap before any script runs, in a sandboxed embed and as a file of its own.
//! Its place is worked out here, inside the drawing, so it never leaves it.

use super::palette::Palette;
use super::text::{escape_xml, text_width, truncate_to, wrap, FONT_STACK};
use crate::charts::fit::is_phone_drawing;
use crate::charts::{ChartModel, DataPoint};
use crate::format;
use crate::text::messages;
use plotters::prelude::RGBColor;
use std::fmt::Write;

/// The rules that show a tooltip. `style/main.css` holds them verbatim for
/// the drawings in the page (a strict CSP refuses a `<style>` there); a
/// standalone SVG carries them in its own `<style>`. A point that is
/// hovered shows its tooltip; a keyed one (by the app's keys, or pinned by a
/// press) shows alone until the keys or a press move on, so a pointer can
/// travel over other points to a pinned tooltip's source links. A tooltip
/// takes no pointer, so the points it lies over answer a pointer there,
/// except a keyed one, whose links work. Nothing in the tooltips is a tab
/// stop: they are hidden from assistive technology, which reads the chart's
/// table, and the app's keys and announcements.
pub const TOOLTIP_CSS: &str = ".pt-tip{display:none;pointer-events:none}\n\
.pt:hover .pt-tip,.pt[data-keyed] .pt-tip{display:inline}\n\
.hits:has(.pt[data-keyed]) .pt:not([data-keyed]) .pt-tip{display:none}\n\
.pt[data-keyed] .pt-tip{pointer-events:auto}";

/// A box in SVG pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct PixelBox {
    pub(super) x: i32,
    pub(super) y: i32,
    pub(super) w: i32,
    pub(super) h: i32,
}

impl PixelBox {
    pub(super) fn new(x: i32, y: i32, w: i32, h: i32) -> PixelBox {
        PixelBox { x, y, w: w.max(0), h: h.max(0) }
    }
}

/// A drawn point: its mark (where its tooltip points) and the area that
/// answers a tap, as large as its neighbours leave it: areas never overlap,
/// so a tap on a point is never taken by its neighbour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Hit {
    pub(super) index: usize,
    pub(super) mark: PixelBox,
    pub(super) area: PixelBox,
}

/// Space inside the tooltip, and between it and its point or the edge.
const PAD: i32 = 6;
const GAP: i32 = 6;
const EDGE: i32 = 2;

/// Type sizes: never below 11 px on the phone drawing, which is never shown
/// smaller than its own size.
fn text_size(drawing_width: u32) -> f64 {
    if is_phone_drawing(drawing_width) {
        11.0
    } else {
        12.0
    }
}

/// One line of a tooltip.
struct Line {
    text: String,
    size: f64,
    bold: bool,
    muted: bool,
    /// The web address the line links to: a source's.
    link: Option<String>,
}

fn lines_of(model: &ChartModel, point: &DataPoint, size: f64, max_width: f64) -> Vec<Line> {
    let lang = model.lang;
    let text = messages(lang);
    let line = |text: String, size: f64, bold: bool, muted: bool| Line { text, size, bold, muted, link: None };
    let wrapped = |text: &str, bold: bool, muted: bool| {
        wrap(text, size, max_width).into_iter().map(move |l| line(l, size, bold, muted))
    };
    let mut lines: Vec<Line> = Vec::new();
    lines.extend(wrapped(&point.series_label, false, true));
    // Short, and kept whole on its line.
    lines.push(line(format::period(&point.period, lang), size, true, false));
    lines.push(line(point.label(lang), size + 2.0, true, false));
    let meta = format!(
        "{}{}{}",
        format::qualifier_word(point.qualifier, lang),
        text.dot_separator,
        format::kind_word(point.kind, lang)
    );
    lines.push(line(meta, size, false, true));
    if let Some(status) = point.status_words(lang) {
        lines.extend(wrapped(status, true, false));
    }
    for conflict in model.conflict_lines(point) {
        lines.extend(wrapped(&conflict, true, false));
    }
    if let Some(derivation) = &point.derivation {
        lines.extend(wrapped(derivation, false, true));
    }
    let sources = model.sources_of(point);
    lines.push(line(sources.start().trim_end().to_owned(), size, false, true));
    for source in sources.sources {
        let name = truncate_to(&source.publisher, size, max_width);
        lines.push(Line { link: source.url.clone(), ..line(name, size, false, false) });
    }
    lines
}

fn line_height(line: &Line) -> i32 {
    line.size.round() as i32 + 4
}

/// Where a tooltip `size` goes for a point whose mark is `mark`, in a
/// drawing `drawing` (width, height): centred above the mark, or below it
/// where there is no room above, moved sideways to stay inside the drawing;
/// against the drawing's top if it fits on neither side.
fn place(mark: PixelBox, size: (i32, i32), drawing: (i32, i32)) -> (i32, i32) {
    let (w, h) = size;
    let (width, height) = drawing;
    let left = (mark.x + mark.w / 2 - w / 2).min(width - EDGE - w).max(EDGE);
    let above = mark.y - GAP - h;
    let below = mark.y + mark.h + GAP;
    let top = if above >= EDGE {
        above
    } else if below + h <= height - EDGE {
        below
    } else {
        (height - EDGE - h).clamp(0, EDGE)
    };
    (left, top)
}

fn hex(color: &RGBColor) -> String {
    // As plotters writes colours, so the page's dark-scheme rules match them.
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

/// The hit areas and tooltips of every drawn point, as the SVG group that
/// ends the drawing. `drawing` is the drawing's width and height.
pub(super) fn tooltips(model: &ChartModel, hits: &[Hit], drawing: (u32, u32), colors: &Palette) -> String {
    let size = text_size(drawing.0);
    let (width, height) = (drawing.0 as i32, drawing.1 as i32);
    let max_width = f64::from((width - 2 * EDGE).min(if is_phone_drawing(drawing.0) { 230 } else { 280 }));
    let (background, text, muted, border) =
        (hex(&colors.background), hex(&colors.text), hex(&colors.muted_text), hex(&colors.axis));
    let mut out = format!("<g class=\"hits\" aria-hidden=\"true\" font-family=\"{}\">", escape_xml(FONT_STACK));
    for hit in hits {
        let Some(point) = model.points.get(hit.index) else { continue };
        let lines = lines_of(model, point, size, max_width - f64::from(2 * PAD));
        let inner = lines.iter().map(|l| text_width(&l.text, l.size)).fold(0.0, f64::max).ceil() as i32;
        let tip = (inner + 2 * PAD, lines.iter().map(line_height).sum::<i32>() + 2 * PAD - 2);
        let (left, top) = place(hit.mark, tip, (width, height));
        let area = hit.area;
        let _ = write!(
            out,
            "<g class=\"pt\" data-point=\"{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#000\" fill-opacity=\"0\"/>\
             <g class=\"pt-tip\" transform=\"translate({left},{top})\"><rect width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{background}\" stroke=\"{border}\"/>",
            hit.index, area.x, area.y, area.w, area.h, tip.0, tip.1
        );
        // Within the tooltip's own frame, so that tooltips repeat each
        // other's numbers: a page of them compresses to a fraction.
        let mut baseline = PAD - 2;
        for line in &lines {
            baseline += line_height(line);
            let color = if line.muted { &muted } else { &text };
            let weight = if line.bold { " font-weight=\"700\"" } else { "" };
            let underline = if line.link.is_some() { " text-decoration=\"underline\"" } else { "" };
            let words = format!(
                "<text x=\"{PAD}\" y=\"{}\" font-size=\"{}\" fill=\"{color}\"{weight}{underline}>{}</text>",
                baseline - 4,
                line.size,
                escape_xml(&line.text)
            );
            match &line.link {
                // Out of the tab order: the card's source list is the way in
                // for a keyboard. A new tab that learns nothing of this page.
                Some(url) => {
                    let _ = write!(
                        out,
                        "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\" tabindex=\"-1\">{words}</a>",
                        escape_xml(url)
                    );
                }
                None => out.push_str(&words),
            }
        }
        out.push_str("</g></g>");
    }
    out.push_str("</g>");
    out
}

#[cfg(test)]
mod tests {
    use super::{place, PixelBox};

    const DRAWING: (i32, i32) = (304, 500);

    fn inside((left, top): (i32, i32), (w, h): (i32, i32)) -> bool {
        left >= 0 && top >= 0 && left + w <= DRAWING.0 && top + h <= DRAWING.1
    }

    #[test]
    fn a_tooltip_sits_centred_above_its_point_where_there_is_room() {
        let mark = PixelBox::new(140, 300, 20, 100);
        assert_eq!(place(mark, (120, 90), DRAWING), (90, 204));
    }

    #[test]
    fn a_tooltip_near_an_edge_moves_inward_rather_than_being_cut() {
        let (w, h) = (200, 90);
        let right = place(PixelBox::new(290, 300, 10, 50), (w, h), DRAWING);
        assert_eq!(right.0 + w, DRAWING.0 - 2, "flush with the right edge");
        let left = place(PixelBox::new(0, 300, 10, 50), (w, h), DRAWING);
        assert_eq!(left.0, 2, "flush with the left edge");
    }

    #[test]
    fn a_tooltip_with_no_room_above_goes_below_its_point() {
        let mark = PixelBox::new(100, 40, 20, 20);
        assert_eq!(place(mark, (160, 120), DRAWING).1, 66);
    }

    #[test]
    fn a_tooltip_stays_in_the_drawing_wherever_its_point_is() {
        for x in [0, 50, 150, 290] {
            for y in [0, 100, 250, 480] {
                for tip in [(120, 60), (230, 180), (300, 420)] {
                    let at = place(PixelBox::new(x, y, 14, 14), tip, DRAWING);
                    assert!(inside(at, tip), "{x} {y} {tip:?}: {at:?}");
                }
            }
        }
    }
}
