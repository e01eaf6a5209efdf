//! `cumulative`: Xiaomi's cumulative deliveries over time, milestones marked,
//! and the path to 1,000,000 at the target pace and at the recent pace,
//! drawn dashed and labelled as projections.

use super::registry::Chart;
use super::ChartSettings;
use super::{
    derived_point, messages, model, Annotation, ChartId, ChartModel, ColorRole, DataPoint, Derived, Layout,
    ReferenceLine, Wording,
};
use crate::analysis::cumulative::{xiaomi_deliveries, Basis, Count, Path};
use crate::analysis::target::{projections_to, Pace};
use crate::data::ids::{entity, milestone};
use crate::data::{Dataset, Kind, Unit};
use crate::format;
use crate::text::Lang;

const MILLION: f64 = 1_000_000.0;

/// The cumulative line as drawn: every count of the one running total
/// (`analysis::cumulative`), each saying what it adds up and resting on the
/// sources of exactly those figures.
fn actual_path(path: &Path, lang: Lang) -> Vec<DataPoint> {
    path.counts.iter().map(|count| cumulative_point(count, lang)).collect()
}

fn cumulative_point(count: &Count, lang: Lang) -> DataPoint {
    let text = messages(lang);
    let how = match count.basis {
        Basis::Years => text.sum_of_years,
        Basis::YearsAndThisYear => text.cumulative_this_year,
        Basis::Milestone => text.cumulative_milestone,
    };
    let derived = Derived {
        series_id: "xiaomi-cumulative",
        label: text.cumulative_deliveries.to_owned(),
        period: count.period.clone(),
        value: count.total.value,
        qualifier: count.total.qualifier,
        kind: Kind::Actual,
        sources: count.sources(),
        how: how.to_owned(),
    };
    DataPoint { color: ColorRole::Highlight, status: count.status(), ..derived_point(derived) }
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "cumulative",
    former_slugs: &[],
    toggle: None,
    build: |dataset, _, lang| build(dataset, lang),
    over_time: true,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Cumulative deliveries with milestones, and the path to 1,000,000 at the target and the recent pace",
};

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let path = xiaomi_deliveries(dataset);
    let mut points = actual_path(&path, lang);
    let last = points.last().cloned();
    let projections = projections_to(dataset, MILLION, lang);
    let text = messages(lang);
    let mut groups = vec![text.cumulative_deliveries.to_owned()];
    for (pace, projection, assumption) in &projections {
        let Some(start) = &last else { break };
        let (label, color) = match pace {
            Pace::Target => (text.projection_target_pace.to_owned(), ColorRole::Series(0)),
            Pace::Recent => (text.projection_recent_pace.to_owned(), ColorRole::Series(1)),
        };
        groups.push(label.clone());
        let group = groups.len() - 1;
        let end = DataPoint {
            series_id: format!("projection-{}", group),
            series_label: label,
            period: projection.reached.clone(),
            value: MILLION,
            unit: Unit::Vehicles,
            kind: Kind::Forecast,
            derivation: Some(assumption.clone()),
            color,
            group,
            ..start.clone()
        };
        // The projection starts from the last actual total, and says how that
        // total was derived (a table row or CSV line must not read as published);
        // the projection's own note sits on the end point.
        let begin = DataPoint {
            series_id: end.series_id.clone(),
            series_label: end.series_label.clone(),
            kind: Kind::Forecast,
            color,
            group,
            ..start.clone()
        };
        points.push(begin);
        points.push(end);
    }
    let horizon = points.iter().map(|p| p.period.last_day()).max();
    let annotations: Vec<Annotation> = dataset
        .milestones
        .iter()
        .filter(|m| m.entity == entity::XIAOMI && Some(m.date.first_day()) <= horizon)
        .map(|m| Annotation {
            date: m.date.first_day(),
            label: m.title.get(lang).to_owned(),
            value: m.cumulative,
            sources: m.sources.clone(),
        })
        .collect();

    let takeaway = takeaway(dataset, &projections, lang);
    let axes = (text.axis_date.to_owned(), text.axis_cumulative.to_owned());
    let title = text.cumulative_title.to_owned();
    let mut chart = model(
        ChartId::Cumulative,
        Layout::Timeline,
        dataset,
        lang,
        Wording { title, takeaway, axes },
        Vec::new(),
        points,
    );
    chart.groups = groups;
    chart.reference_lines = vec![ReferenceLine { value: MILLION, label: text.one_million_line.to_owned() }];
    chart.notes.push(text.note_projections.to_owned());
    for count in &path.left_off {
        let total = format::figure(count.total.value, Unit::Vehicles, count.total.qualifier, lang);
        chart.notes.push(text.cumulative_left_off(&format::period(&count.period, lang), &total));
    }
    chart.annotations = annotations;
    super::assemble::cite_annotations(&mut chart, dataset, lang);
    chart
}

fn takeaway(
    dataset: &Dataset,
    projections: &[(Pace, crate::analysis::target::Projection, String)],
    lang: Lang,
) -> String {
    let days_to_500k = match (dataset.milestone(milestone::SU7_LAUNCH), dataset.milestone(milestone::VEHICLE_500K)) {
        (Some(launch), Some(reached)) => Some(launch.date.first_day().days_until(reached.date.first_day())),
        _ => None,
    };
    // A target pace is the pace of the target of the year the projection starts in.
    let when = |pace: Pace| {
        projections
            .iter()
            .find(|(p, _, _)| *p == pace)
            .map(|(_, proj, _)| (proj.start.year(), format::period(&proj.reached, lang)))
    };
    let text = messages(lang);
    let first = days_to_500k.map(|d| text.days_to_500k(d));
    let second = match (when(Pace::Target), when(Pace::Recent)) {
        (Some((year, target)), Some((_, recent))) => Some(text.million_when(year, &target, &recent)),
        _ => None,
    };
    let clauses: Vec<String> = first.into_iter().chain(second).collect();
    if clauses.is_empty() {
        return text.no_cumulative_figures.to_owned();
    }
    text.sentence(&clauses)
}
