//! `target`: the tracked year's target, month by month. Each reported
//! month stands against the pace the target needs (target ÷ 12); the months
//! after the last report show the pace still needed from there on, dashed,
//! so months with no published figure read as gaps, not as zero; the last
//! column sets the year to date against a straight line to the target.

use super::registry::Chart;
use super::ChartSettings;
use super::{
    derived_point, messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Derived, Layout,
    ReferenceLine, Wording,
};
use crate::analysis::target::{target_pace, tracked_year, TargetPace};
use crate::data::{ids, Dataset, Kind, Period, Qualifier, Unit};
use crate::format;
use crate::text::Lang;

fn derived(
    label: String,
    period: Period,
    value: f64,
    qualifier: Qualifier,
    kind: Kind,
    sources: Vec<String>,
    how: String,
) -> DataPoint {
    derived_point(Derived { series_id: "derived", label, period, value, qualifier, kind, sources, how })
}

/// The sources of one value of a series, or none.
fn sources_of(dataset: &Dataset, series: &str, period: Period) -> Vec<String> {
    dataset.series(series).and_then(|s| s.value_at(&period)).map(|v| v.sources.clone()).unwrap_or_default()
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "target",
    // Its address until the tracked year came from the data.
    former_slugs: &["target-2026"],
    toggle: None,
    build: |dataset, _, lang| build(dataset, lang),
    over_time: false,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "The year's delivery target tracked month by month against the pace it needs",
};

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let year = tracked_year(dataset);
    let text = messages(lang);
    let title = text.month_by_month_title(year);
    let axes = (String::new(), text.axis_vehicles.to_owned());
    let Some(pace) = target_pace(dataset, year) else {
        let none = text.no_target(year);
        return model(
            ChartId::Target,
            Layout::Columns,
            dataset,
            lang,
            Wording { title, takeaway: none, axes },
            Vec::new(),
            Vec::new(),
        );
    };
    let target_sources = sources_of(dataset, ids::series::XIAOMI_TARGET, Period::Year(year));
    let monthly = dataset.series(ids::series::XIAOMI_MONTHLY);
    let mut categories = Vec::new();
    let mut points = Vec::new();
    // A slot with no point is a month before the last report with no figure of its own.
    let mut push = |label: String, point: Option<DataPoint>| {
        if let Some(mut point) = point {
            point.category = categories.len();
            points.push(point);
        }
        categories.push(label);
    };
    if let Some(average) = pace.previous_average_month {
        let how = text.year_over_12_how(year - 1);
        let label = text.monthly_average(year - 1);
        let sources = sources_of(dataset, ids::series::XIAOMI_YEARLY, Period::Year(year - 1));
        push(
            label.clone(),
            Some(derived(label, Period::Year(year - 1), average.value, average.qualifier, Kind::Actual, sources, how)),
        );
    }
    let last_reported = pace.last_reported_month;
    let needed_from = last_reported.map_or(1, |m| m + 1);
    let needed_how = needed_derivation(&pace, needed_from, lang);
    let needed_label = text.needed_from_here.to_owned();
    for month in 1..=12u8 {
        let period = Period::Month(year, month);
        let label = format::period_short(&period, lang);
        match monthly.and_then(|s| s.value_at(&period).map(|v| (s, v))) {
            Some((series, value)) if value.kind.is_outcome() => push(label, Some(point_from(series, value, lang))),
            _ if month >= needed_from => {
                let mut needed = derived(
                    needed_label.clone(),
                    period,
                    pace.needed_per_month,
                    Qualifier::Exact,
                    Kind::Target,
                    target_sources.clone(),
                    needed_how.clone(),
                );
                needed.color = ColorRole::Series(0);
                push(label, Some(needed));
            }
            _ => push(label, None),
        }
    }
    if let (Some(done), Some(last)) = (pace.delivered_to_date, last_reported) {
        let span = to_date_span(year, last, lang);
        let label = text.total_of(&span);
        let monthly_sources: Vec<String> = monthly
            .map(|s| s.values.iter().filter(|v| v.period.year() == year).flat_map(|v| v.sources.clone()).collect())
            .unwrap_or_default();
        let how = text.sum_of_months_how(&span);
        let mut total =
            derived(label.clone(), Period::Year(year), done.value, done.qualifier, Kind::Actual, monthly_sources, how);
        total.color = ColorRole::Highlight;
        push(label, Some(total));
        let on_line = pace.target.value * f64::from(last) / 12.0;
        let line_how = text.straight_line_how(&format::count(pace.target.value), last);
        let line_label = text.straight_line.to_owned();
        let mut line =
            derived(line_label, Period::Year(year), on_line, Qualifier::Exact, Kind::Target, target_sources, line_how);
        line.secondary = true;
        line.category = categories.len() - 1;
        points.push(line);
    }

    let mut chart = model(
        ChartId::Target,
        Layout::Columns,
        dataset,
        lang,
        Wording { title, takeaway: takeaway(&pace, lang), axes },
        categories,
        points,
    );
    chart.reference_lines = vec![ReferenceLine {
        value: pace.flat_per_month,
        label: text.target_over_12(year, &format::count(pace.flat_per_month)),
    }];
    chart.notes.insert(0, gap_note(&pace, lang));
    chart
}

/// "Jan–Feb 2026" / "2026年1-2月"; one month alone is named as itself.
fn to_date_span(year: i32, last: u8, lang: Lang) -> String {
    let last_period = Period::Month(year, last);
    let last_name = format::period(&last_period, lang);
    match last {
        1 => last_name,
        _ => messages(lang).months_to_date(year, last, &last_name),
    }
}

/// Names the months with no published figure as such.
fn gap_note(pace: &TargetPace, lang: Lang) -> String {
    match pace.last_reported_month {
        Some(last) => {
            let month = format::period(&Period::Month(pace.year, last), lang);
            messages(lang).none_after(&month)
        }
        None => messages(lang).none_yet(pace.year),
    }
}

fn needed_derivation(pace: &TargetPace, from_month: u8, lang: Lang) -> String {
    let delivered =
        pace.delivered_to_date.map_or("0".into(), |d| format::figure(d.value, Unit::Vehicles, d.qualifier, lang));
    let months_left = 12 - pace.months_elapsed;
    let from = format::period(&Period::Month(pace.year, from_month.min(12)), lang);
    messages(lang).needed_how(&from, &format::count(pace.target.value), &delivered, months_left)
}

fn takeaway(pace: &TargetPace, lang: Lang) -> String {
    let needed = format::count(pace.needed_per_month);
    let target = format::count(pace.target.value);
    let (Some(done), Some(last)) = (pace.delivered_to_date, pace.last_reported_month) else {
        return messages(lang).target_needs(&needed);
    };
    let span = to_date_span(pace.year, last, lang);
    let done_text = format::figure(done.value, Unit::Vehicles, done.qualifier, lang);
    let on_line = format::count(pace.target.value * f64::from(last) / 12.0);
    let share =
        pace.share_reached_pct.map_or(String::new(), |s| format!("{s:.1}%{}", format::qualifier_mark(done.qualifier)));
    let best = pace
        .best_month
        .as_ref()
        .map(|(p, f)| (format::period(p, lang), format::figure(f.value, Unit::Vehicles, f.qualifier, lang)));
    let text = messages(lang);
    let best_text = best.map(|(month, figure)| text.best_month_aside(&figure, &month)).unwrap_or_default();
    text.reported_against_target((&span, &done_text), (&share, &target), &on_line, &needed, &best_text)
}
