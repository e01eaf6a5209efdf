//! What makes a drawn chart accessible: `role="img"`, a `<title>` and a
//! `<desc>`, and each drawn point's tap area and tooltip (`tooltip`).

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
        " role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\" class=\"chart-svg\" data-chart-svg=\"{id}\" lang=\"{}\" data-plot-top=\"{plot_top}\"",
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
    format!("{}{head}>{title}{}{boxes}{}", &svg[..tag_end], &svg[tag_end + 1..close], &svg[close..])
}
