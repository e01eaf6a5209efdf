//! Reading drawn SVG in the chart tests: parsing, the texts every reader
//! sees (not those in tooltips), label boxes as the layout estimates them,
//! and each chart in every toggle state.

use super::*;
use crate::data::Dataset;

pub(super) fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("SVG does not parse: {e}\n{svg}"))
}

/// Whether a node is drawn for every reader, not in a tooltip (hidden until asked for).
pub(super) fn drawn(node: &roxmltree::Node) -> bool {
    !node.ancestors().any(|a| a.attribute("class") == Some("pt-tip"))
}

pub(super) fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text") && drawn(n))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_owned())
        .collect()
}

/// A label as the layout estimates it: its horizontal extent, baseline and size.
pub(super) struct TextBox {
    pub(super) from: f64,
    pub(super) to: f64,
    pub(super) y: f64,
    pub(super) size: f64,
    pub(super) text: String,
}

/// Every unrotated `<text>` of an SVG, with widths as `render::text_width` estimates them.
pub(super) fn text_boxes(svg: &str) -> Vec<TextBox> {
    use super::render::text_width;
    let doc = parse(svg);
    doc.descendants()
        .filter(|n| n.has_tag_name("text") && !n.has_attribute("transform") && drawn(n))
        .filter_map(|n| {
            let text = n.text()?.trim().to_owned();
            let x: f64 = n.attribute("x")?.parse().ok()?;
            let y: f64 = n.attribute("y")?.parse().ok()?;
            let size: f64 = n.attribute("font-size")?.parse().ok()?;
            let w = text_width(&text, size);
            let (from, to) = match n.attribute("text-anchor") {
                Some("middle") => (x - w / 2.0, x + w / 2.0),
                Some("end") => (x - w, x),
                _ => (x, x + w),
            };
            Some(TextBox { from, to, y, size, text })
        })
        .collect()
}

/// The labels of one size.
pub(super) fn sized(boxes: Vec<TextBox>, size: f64) -> Vec<TextBox> {
    boxes.into_iter().filter(|b| b.size == size).collect()
}

/// Every chart in every toggle state, as (id, settings, model).
pub(super) fn every_model(dataset: &Dataset, lang: Lang) -> Vec<(ChartId, ChartSettings, ChartModel)> {
    ChartId::ALL
        .into_iter()
        .flat_map(|id| ChartSettings::variants(id, dataset).into_iter().map(move |settings| (id, settings)))
        .map(|(id, settings)| (id, settings, build(id, dataset, &settings, lang)))
        .collect()
}

/// Every text of a node and its descendants, joined by spaces.
pub(super) fn all_text(node: roxmltree::Node) -> String {
    let words = node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).map(str::trim);
    words.filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
}

/// A number attribute of an SVG node.
pub(super) fn number(node: &roxmltree::Node, name: &str) -> f64 {
    node.attribute(name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no number {name} on {node:?}"))
}

/// Where a tooltip is drawn: its `translate(x,y)`.
pub(super) fn translation(node: &roxmltree::Node) -> (f64, f64) {
    let transform = node.attribute("transform").unwrap_or_default();
    let inner = transform.strip_prefix("translate(").and_then(|t| t.strip_suffix(')')).unwrap_or_default();
    let mut parts = inner.split(',').filter_map(|n| n.parse::<f64>().ok());
    (parts.next().expect("x"), parts.next().expect("y"))
}
