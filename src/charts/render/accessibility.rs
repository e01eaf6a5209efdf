//! What makes a drawn chart accessible: a `<title>` and a `<desc>` that name
//! the drawing, which is one image (`role="img"`) to assistive technology,
//! and beside it each drawn point's tap area and tooltip (`tooltip`), hidden
//! from assistive technology, which reads the chart's table instead. The
//! image is a group, not the `<svg>`: an image's content is presentational,
//! and the tooltips hold links (to a pinned tooltip's sources).

use super::palette::palette;
use super::text::escape_xml;
use super::tooltip::{tooltips, Hit, TOOLTIP_CSS};
use crate::charts::{ChartModel, ChartOptions};

pub(super) fn accessible(
    svg: String,
    model: &ChartModel,
    hits: &[Hit],
    plot_top: u32,
    options: &ChartOptions,
) -> String {
    let Some(tag_end) = svg.find('>') else { return svg };
    let Some(close) = svg.rfind("</svg>") else { return svg };
    let id = model.id.id();
    let head = format!(
        " class=\"chart-svg\" data-chart-svg=\"{id}\" lang=\"{}\" data-plot-top=\"{plot_top}\"",
        model.lang.code()
    );
    let title = format!(
        "<title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc>",
        escape_xml(&model.title),
        escape_xml(&model.takeaway)
    );
    // A drawing of its own carries the rules that show its tooltips; in the
    // page, style/main.css holds them.
    let style = if options.standalone { format!("<style>{TOOLTIP_CSS}</style>") } else { String::new() };
    let title = format!("{title}{style}");
    let boxes = tooltips(model, hits, (options.width, options.height), &palette(options.theme));
    let image = format!("<g role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\">");
    format!("{}{head}>{title}{image}{}</g>{boxes}{}", &svg[..tag_end], &svg[tag_end + 1..close], &svg[close..])
}
