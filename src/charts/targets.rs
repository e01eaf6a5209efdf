//! `targets`: each year's delivery target as first announced and as raised,
//! against what Xiaomi actually delivered.

use super::registry::Chart;
use super::ChartSettings;
use super::{messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::analysis::change_pct;
use crate::data::{ids, Dataset, Period, Unit};
use crate::format;
use crate::sort::sort_unique;
use crate::text::Lang;

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "targets",
    former_slugs: &[],
    toggle: None,
    build: |dataset, _, lang| build(dataset, lang),
    over_time: false,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Each year's delivery target, as first announced and as raised, against what was delivered",
};

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let text = messages(lang);
    let groups = [text.target_first_announced, text.target_raised, text.delivered].map(str::to_owned).to_vec();
    let sources = [
        (ids::series::XIAOMI_TARGET, 0, ColorRole::Series(0)),
        (ids::series::XIAOMI_TARGET_RAISED, 1, ColorRole::Series(2)),
        (ids::series::XIAOMI_YEARLY, 2, ColorRole::Highlight),
    ];
    let mut years: Vec<i32> = sources
        .iter()
        .filter_map(|(id, _, _)| dataset.series(id))
        .flat_map(|s| s.values.iter().filter(|v| matches!(v.period, Period::Year(_))).map(|v| v.period.year()))
        .collect();
    sort_unique(&mut years);
    let mut points: Vec<DataPoint> = Vec::new();
    for (id, group, color) in sources {
        let Some(series) = dataset.series(id) else { continue };
        for value in &series.values {
            let Some(category) = years.iter().position(|y| Period::Year(*y) == value.period) else { continue };
            points.push(DataPoint { category, group, color, ..point_from(series, value, lang) });
        }
    }
    let categories = years.iter().map(|y| format::period(&Period::Year(*y), lang)).collect();
    let axes = (text.axis_year.to_owned(), text.axis_vehicles.to_owned());
    let title = text.targets_title.to_owned();
    let takeaway = takeaway(&points, &years, lang);
    let mut chart =
        model(ChartId::Targets, Layout::Columns, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.groups = groups;
    chart
}

/// Each year with both a target and a result: by how much the latest target was beaten or missed.
fn takeaway(points: &[DataPoint], years: &[i32], lang: Lang) -> String {
    let mut parts = Vec::new();
    let mut all_beaten = true;
    for (i, year) in years.iter().enumerate() {
        let target = points.iter().filter(|p| p.category == i && p.group < 2).max_by_key(|p| p.group);
        let actual = points.iter().find(|p| p.category == i && p.group == 2);
        if let (Some(target), Some(actual)) = (target, actual) {
            let change = change_pct(target.value, actual.value).map(format::change_pct).unwrap_or_default();
            all_beaten &= actual.value >= target.value;
            let delivered = format::figure(actual.value, Unit::Vehicles, actual.qualifier, lang);
            let change = format!("{change}{}", format::qualifier_mark(actual.qualifier));
            parts.push(messages(lang).against_target(*year, &delivered, &format::count(target.value), &change));
        }
    }
    let open = years
        .iter()
        .enumerate()
        .filter(|(i, _)| !points.iter().any(|p| p.category == *i && p.group == 2))
        .map(|(_, y)| *y)
        .max();
    let next = open
        .and_then(|y| points.iter().find(|p| p.period == Period::Year(y) && p.group == 0))
        .map(|p| messages(lang).next_target(p.period.year(), &format::count(p.value)));
    if parts.is_empty() {
        return messages(lang).no_targets_with_results.to_owned();
    }
    messages(lang).targets_verdict(all_beaten, &parts, &next.unwrap_or_default())
}
