//! `deliveries`: Xiaomi's deliveries by month, quarter or year, with the 2026
//! target. Floors ("over 40,000") are open bars, targets dashed outlines, and
//! CPCA counts markers over Xiaomi's own monthly floors.

use super::registry::{Chart, ToggleEntry};
use super::toggle::{choose, fixed_options};
use super::ChartSettings;
use super::Toggle;
use super::{
    derived_point, messages, model, point_from, ChartId, ChartModel, DataPoint, Derived, Layout, ReferenceLine, Wording,
};
use crate::analysis::{change_pct, sum, target, Figure};
use crate::data::{ids, Dataset, Kind, Period, Qualifier, Series, Unit};
use crate::format;
use crate::sort::sort_unique;
use crate::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DeliveriesBy {
    Month,
    #[default]
    Quarter,
    Year,
}

impl Toggle for DeliveriesBy {
    const ALL: &[DeliveriesBy] = &[DeliveriesBy::Month, DeliveriesBy::Quarter, DeliveriesBy::Year];

    fn id(self) -> &'static str {
        match self {
            DeliveriesBy::Month => "month",
            DeliveriesBy::Quarter => "quarter",
            DeliveriesBy::Year => "year",
        }
    }

    fn label(self, lang: Lang) -> String {
        let text = messages(lang);
        let label = match self {
            DeliveriesBy::Month => text.by_month,
            DeliveriesBy::Quarter => text.by_quarter,
            DeliveriesBy::Year => text.by_year,
        };
        label.to_owned()
    }
}

fn point(series: &Series, value: &crate::data::Value, lang: Lang, secondary: bool) -> DataPoint {
    DataPoint { secondary, ..point_from(series, value, lang) }
}

fn series_points(dataset: &Dataset, id: &str, lang: Lang, secondary: bool) -> Vec<DataPoint> {
    dataset.series(id).map(|s| s.values.iter().map(|v| point(s, v, lang, secondary)).collect()).unwrap_or_default()
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "deliveries",
    former_slugs: &[],
    toggle: Some(ToggleEntry {
        param: "by",
        options: fixed_options::<DeliveriesBy>,
        selected: |settings| settings.deliveries.id().to_owned(),
        shown: |settings, _| settings.deliveries.id().to_owned(),
        set: |settings, id| choose(&mut settings.deliveries, id),
    }),
    build: |dataset, settings, lang| build(dataset, settings.deliveries, lang),
    over_time: true,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Xiaomi's deliveries by month, quarter or year, against the year's target",
};

pub fn build(dataset: &Dataset, by: DeliveriesBy, lang: Lang) -> ChartModel {
    let (mut points, reference_lines, takeaway) = match by {
        DeliveriesBy::Quarter => by_quarter(dataset, lang),
        DeliveriesBy::Year => by_year(dataset, lang),
        DeliveriesBy::Month => by_month(dataset, lang),
    };
    let text = messages(lang);
    let title = match by {
        DeliveriesBy::Month => text.deliveries_title_month.to_owned(),
        DeliveriesBy::Quarter => text.deliveries_title_quarter.to_owned(),
        DeliveriesBy::Year => text.deliveries_title_year(target::tracked_year(dataset)),
    };
    let periods = time_axis(&points);
    for point in &mut points {
        point.category = periods.iter().position(|p| p == &point.period).unwrap_or(0);
    }
    let categories = periods.iter().map(|p| format::period_short(p, lang)).collect();
    let axes = (by.label(lang), text.vehicles_delivered.to_owned());
    let mut chart = model(
        ChartId::Deliveries,
        Layout::Columns,
        dataset,
        lang,
        Wording { title, takeaway, axes },
        categories,
        points,
    );
    if chart.points.iter().any(|p| p.secondary) {
        chart.notes.push(text.note_cpca_markers.to_owned());
    }
    chart.reference_lines = reference_lines;
    chart
}

/// The periods of the bars in order, with months or quarters that have no
/// figure kept as empty slots, so the axis stays a true time scale and a gap
/// reads as "not published" rather than as adjacency.
fn time_axis(points: &[DataPoint]) -> Vec<Period> {
    let mut periods: Vec<Period> = points.iter().map(|p| p.period.clone()).collect();
    sort_unique(&mut periods);
    let (Some(first), Some(last)) = (periods.first().cloned(), periods.last().cloned()) else { return periods };
    if !matches!(last, Period::Month(..) | Period::Quarter(..))
        || periods.iter().any(|p| p.granularity() != last.granularity())
    {
        return periods;
    }
    let mut filled = vec![last];
    while let Some(previous) = filled.last().and_then(Period::previous) {
        if previous < first || filled.len() > 600 {
            break;
        }
        filled.push(previous);
    }
    filled.reverse();
    filled
}

fn no_data(lang: Lang) -> String {
    messages(lang).no_delivery_figures.to_owned()
}

/// Quarters as reported, plus Q4 2025 derived as the annual floor minus Q1-Q3,
/// and the quarterly pace the latest target needs.
fn by_quarter(dataset: &Dataset, lang: Lang) -> (Vec<DataPoint>, Vec<ReferenceLine>, String) {
    let mut points = series_points(dataset, ids::series::XIAOMI_QUARTERLY, lang, false);
    if let Some(derived) = derived_missing_quarter(dataset, &points, lang) {
        points.push(derived);
    }
    let target =
        dataset.series(ids::series::XIAOMI_TARGET).and_then(|s| s.values.iter().max_by(|a, b| a.period.cmp(&b.period)));
    let reference_lines: Vec<ReferenceLine> = target
        .map(|t| ReferenceLine {
            value: t.value / 4.0,
            label: messages(lang).quarter_target_line(&format::period(&t.period, lang), &format::count(t.value / 4.0)),
        })
        .into_iter()
        .collect();
    let reported: Vec<&DataPoint> = points.iter().filter(|p| p.derivation.is_none()).collect();
    let takeaway = match (reported.first(), reported.last()) {
        (Some(first), Some(last)) if reported.len() > 1 => {
            let times = last.value / first.value;
            let pace = target.map(|t| (t.period.year(), format::count(t.value / 4.0)));
            messages(lang).quarterly_rise(
                (&first.label(lang), &format::period(&first.period, lang)),
                (&last.label(lang), &format::period(&last.period, lang)),
                times,
                pace.as_ref().map(|(year, pace)| (*year, pace.as_str())),
            )
        }
        _ => no_data(lang),
    };
    (points, reference_lines, takeaway)
}

/// The quarter missing from the latest year, when the annual figure and the
/// other three quarters are known: annual minus the three, with their qualifiers.
fn derived_missing_quarter(dataset: &Dataset, quarters: &[DataPoint], lang: Lang) -> Option<DataPoint> {
    let yearly = dataset.series(ids::series::XIAOMI_YEARLY)?;
    let year_value = yearly.values.iter().filter(|v| v.kind.is_outcome()).max_by(|a, b| a.period.cmp(&b.period))?;
    let Period::Year(year) = year_value.period else {
        return None;
    };
    let known: Vec<&DataPoint> = quarters.iter().filter(|p| p.period.year() == year).collect();
    if known.len() != 3 {
        return None;
    }
    let missing = (1..=4).map(|q| Period::Quarter(year, q)).find(|p| !known.iter().any(|k| &k.period == p))?;
    let known_sum = sum(known.iter().map(|p| Figure { value: p.value, qualifier: p.qualifier }))?;
    // A floor minus exact counts is a floor; anything less exact cannot be subtracted honestly.
    if known_sum.qualifier != Qualifier::Exact || year_value.qualifier == Qualifier::About {
        return None;
    }
    let value = year_value.value - known_sum.value;
    let mut sources = year_value.sources.clone();
    sources.extend(known.iter().flat_map(|k| k.sources.iter().cloned()));
    sources.dedup();
    Some(derived_point(Derived {
        series_id: "derived",
        label: messages(lang).derived_from_annual.to_owned(),
        period: missing,
        value,
        qualifier: year_value.qualifier,
        kind: Kind::Estimate,
        sources,
        how: messages(lang).missing_quarter_how(
            year,
            &format::figure(year_value.value, Unit::Vehicles, year_value.qualifier, lang),
            &format::count(known_sum.value),
            &format::figure(value, Unit::Vehicles, year_value.qualifier, lang),
        ),
    }))
}

fn by_year(dataset: &Dataset, lang: Lang) -> (Vec<DataPoint>, Vec<ReferenceLine>, String) {
    let mut points = series_points(dataset, ids::series::XIAOMI_YEARLY, lang, false);
    let last_actual_year = points.iter().map(|p| p.period.year()).max();
    if let Some(targets) = dataset.series(ids::series::XIAOMI_TARGET) {
        for value in targets.values.iter().filter(|v| Some(v.period.year()) > last_actual_year) {
            points.push(point(targets, value, lang, false));
        }
    }
    let actual = points.iter().filter(|p| p.kind.is_outcome()).max_by(|a, b| a.period.cmp(&b.period));
    let goal = points.iter().filter(|p| p.kind == Kind::Target).min_by(|a, b| a.period.cmp(&b.period));
    let takeaway = match (actual, goal) {
        (Some(actual), Some(goal)) => {
            let growth = change_pct(actual.value, goal.value).map(format::change_pct).unwrap_or_default();
            messages(lang).target_growth(
                &format::period(&goal.period, lang),
                &format::count(goal.value),
                &growth,
                &format::period(&actual.period, lang),
                &actual.label(lang),
            )
        }
        (Some(actual), None) => {
            messages(lang).year_deliveries(&format::period(&actual.period, lang), &actual.label(lang))
        }
        _ => no_data(lang),
    };
    (points, Vec::new(), takeaway)
}

fn by_month(dataset: &Dataset, lang: Lang) -> (Vec<DataPoint>, Vec<ReferenceLine>, String) {
    let mut points = series_points(dataset, ids::series::XIAOMI_MONTHLY, lang, false);
    points.extend(series_points(dataset, ids::series::XIAOMI_MONTHLY_CPCA, lang, true));
    let pace = target::tracked_pace(dataset);
    let reference_lines = pace
        .iter()
        .map(|p| ReferenceLine {
            value: p.needed_per_month,
            label: messages(lang).month_target_line(p.year, &format::count(p.needed_per_month)),
        })
        .collect();
    let takeaway = match pace.as_ref().and_then(|p| p.best_month.clone().map(|b| (p, b))) {
        Some((pace, (period, best))) => {
            let best_text = format::figure(best.value, Unit::Vehicles, best.qualifier, lang);
            messages(lang).best_month(
                &format::period(&period, lang),
                &best_text,
                pace.year,
                &format::count(pace.needed_per_month),
            )
        }
        None if !points.is_empty() => messages(lang).months_published(points.iter().filter(|p| !p.secondary).count()),
        None => no_data(lang),
    };
    (points, reference_lines, takeaway)
}
