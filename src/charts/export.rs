//! What a chart exports: CSV of exactly the points drawn, file names that say
//! what they hold, and the options for standalone SVG and PNG downloads.

use super::{ChartId, ChartModel, ChartOptions, ChartSettings, Theme};
use crate::csv::{number_cell, row, text_cell};
use crate::data::Dataset;

/// Width a downloaded chart is drawn at; PNGs are drawn from it at 2x.
pub const EXPORT_WIDTH: u32 = 960;

/// `xiaomi-deliveries-by-quarter`, `xiaomi-competitors-2025`, `xiaomi-cumulative`:
/// named after what the chart shows from this dataset.
pub fn file_stem(id: ChartId, settings: &ChartSettings, dataset: &Dataset) -> String {
    let stem = match (id, settings.shown(id, dataset)) {
        (ChartId::Deliveries, Some(by)) => format!("xiaomi-{}-by-{by}", id.id()),
        (_, Some(option)) => format!("xiaomi-{}-{option}", id.id()),
        (_, None) => format!("xiaomi-{}", id.id()),
    };
    // A file cut to a range says which: `xiaomi-deliveries-by-month-2025-01-to-2025-12`.
    let range = settings.range;
    if !id.chart().over_time || range.is_whole() {
        return stem;
    }
    let end =
        |bound: Option<super::range::Bound>, open: &str| bound.map_or(open.to_owned(), |b| b.period().to_string());
    format!("{stem}-{}-to-{}", end(range.from, "start"), end(range.to, "end")).to_lowercase()
}

/// Options for a standalone download: title and source line inside the SVG.
pub fn standalone_options(model: &ChartModel, theme: Theme) -> ChartOptions {
    let base = model.options(EXPORT_WIDTH, theme);
    let header_and_footer = 170;
    ChartOptions { standalone: true, height: base.height + header_and_footer, ..base }
}

/// One row per drawn point, UTF-8 with a header row, RFC 4180 quoting. Text
/// that a spreadsheet would run as a formula is neutralised.
pub fn csv(model: &ChartModel) -> String {
    let mut out =
        String::from("chart,series,period,value,unit,qualifier,kind,status,measure,derivation,note,conflicting_values,sources,source_ids,source_urls\r\n");
    for point in &model.points {
        // The point's own sources; its conflicting values name theirs.
        let cited = model.cited(&point.sources);
        let ids: Vec<&str> = cited.sources.iter().map(|s| s.id.as_str()).collect();
        let urls: Vec<&str> = cited.sources.iter().filter_map(|s| s.url.as_deref()).collect();
        let fields = [
            text_cell(model.id.id()),
            text_cell(&point.series_label),
            text_cell(&point.period.to_string()),
            number_cell(point.value),
            text_cell(point.unit.id()),
            text_cell(point.qualifier.id()),
            text_cell(point.kind.id()),
            text_cell(point.status_id()),
            text_cell(&point.measure),
            text_cell(point.derivation.as_deref().unwrap_or("")),
            text_cell(point.note.as_deref().unwrap_or("")),
            text_cell(&model.conflict_lines(point).join(" | ")),
            text_cell(&cited.publishers().join("; ")),
            text_cell(&ids.join(" ")),
            text_cell(&urls.join(" ")),
        ];
        out.push_str(&row(&fields));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{build, DeliveriesBy};
    use crate::data::fixture;
    use crate::text::Lang;

    #[test]
    fn file_names_say_what_they_hold() {
        let dataset = fixture();
        let stem = |id, settings: &ChartSettings| file_stem(id, settings, &dataset);
        assert_eq!(stem(ChartId::Deliveries, &ChartSettings::default()), "xiaomi-deliveries-by-quarter");
        let monthly = ChartSettings { deliveries: DeliveriesBy::Month, ..Default::default() };
        assert_eq!(stem(ChartId::Deliveries, &monthly), "xiaomi-deliveries-by-month");
        assert_eq!(stem(ChartId::Cumulative, &ChartSettings::default()), "xiaomi-cumulative");
        assert_eq!(stem(ChartId::Regions, &ChartSettings::default()), "xiaomi-regions-change");
        // The latest year is named, not "latest": the fixture's is 2025.
        assert_eq!(stem(ChartId::Competitors, &ChartSettings::default()), "xiaomi-competitors-2025");
        // A file cut to a range names it; a chart not over time ignores it.
        let range = crate::charts::range::TimeRange {
            from: crate::charts::range::Bound::parse("2025-01"),
            to: crate::charts::range::Bound::parse("2025-Q4"),
        };
        let cut = ChartSettings { range, ..monthly };
        assert_eq!(stem(ChartId::Deliveries, &cut), "xiaomi-deliveries-by-month-2025-01-to-2025-q4");
        assert_eq!(stem(ChartId::Cumulative, &ChartSettings { range: Default::default(), ..cut }), "xiaomi-cumulative");
        let open_end = crate::charts::range::TimeRange { to: None, ..range };
        assert_eq!(
            stem(ChartId::Cumulative, &ChartSettings { range: open_end, ..cut }),
            "xiaomi-cumulative-2025-01-to-end"
        );
        assert_eq!(stem(ChartId::Regions, &cut), "xiaomi-regions-change");
    }

    #[test]
    fn csv_has_a_header_and_one_row_per_drawn_point() {
        let dataset = fixture();
        for id in ChartId::ALL {
            for settings in ChartSettings::variants(id, &dataset) {
                let model = build(id, &dataset, &settings, Lang::En);
                let text = csv(&model);
                let rows: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
                assert_eq!(rows.len(), model.points.len() + 1, "{id:?}");
                assert!(rows[0].starts_with("chart,series,period,value,unit,qualifier"));
            }
        }
        let model = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::En);
        let text = csv(&model);
        assert!(
            text.contains("deliveries,Xiaomi deliveries by quarter,2025-Q3,108796,vehicles,exact,actual,,deliveries")
        );
        assert!(text.contains(",144033,vehicles,at_least,estimate,"), "{text}");
    }
}
