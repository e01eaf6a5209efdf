//! What makes a drawn chart accessible: `role="img"`, a `<title>` and a
//! `<desc>`, and one invisible box per drawn point for tooltips and keys.

use super::text::escape_xml;
use crate::charts::ChartModel;

/// A drawn point's box in SVG pixels, for tooltips and keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Hit {
    pub(super) index: usize,
    pub(super) x: i32,
    pub(super) y: i32,
    pub(super) w: i32,
    pub(super) h: i32,
}

pub(super) fn accessible(svg: String, model: &ChartModel, hits: &[Hit], plot_top: u32) -> String {
    let Some(tag_end) = svg.find('>') else { return svg };
    let Some(close) = svg.rfind("</svg>") else { return svg };
    let id = model.id.id();
    let head = format!(
        " role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\" class=\"chart-svg\" data-chart-svg=\"{id}\" lang=\"{}\" data-plot-top=\"{plot_top}\"",
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
