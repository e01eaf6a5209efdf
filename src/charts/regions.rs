//! `regions`: EV sales (battery-electric plus plug-in hybrid) by region, the
//! actuals and the latest year's forecast, as change or as volume.

use super::registry::{Chart, ToggleEntry};
use super::toggle::{choose, fixed_options};
use super::ChartSettings;
use super::Toggle;
use super::{messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::analysis::change_pct;
use crate::data::ids::{entity, series};
use crate::data::{Dataset, Kind, Period, Qualifier, Series, Unit, Value};
use crate::format;
use crate::sort::sort_unique;
use crate::text::Lang;

/// The regional series, in reading order.
const REGIONS: [&str; 4] =
    [series::EV_SALES_GLOBAL, series::EV_SALES_CHINA, series::EV_SALES_EUROPE, series::EV_SALES_US];
/// Other forecasters (BloombergNEF, CAAM for China), as the change they state.
const ALTERNATIVES: [(&str, &str); 3] = [
    (series::EV_SALES_GLOBAL, series::EV_SALES_GLOBAL_BNEF),
    (series::EV_SALES_CHINA, series::EV_SALES_CHINA_CAAM),
    (series::EV_SALES_US, series::EV_SALES_US_BNEF_CHANGE),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RegionsView {
    /// Forecast change on the year before: makes a decline obvious.
    #[default]
    Change,
    Volume,
}

impl Toggle for RegionsView {
    const ALL: &[RegionsView] = &[RegionsView::Change, RegionsView::Volume];

    fn id(self) -> &'static str {
        match self {
            RegionsView::Change => "change",
            RegionsView::Volume => "volume",
        }
    }

    fn label(self, lang: Lang) -> String {
        match self {
            RegionsView::Change => messages(lang).change.to_owned(),
            RegionsView::Volume => messages(lang).sales.to_owned(),
        }
    }
}

fn region_series(dataset: &Dataset) -> Vec<&Series> {
    REGIONS.iter().filter_map(|id| dataset.series(id)).collect()
}

/// The year the chart forecasts: the latest with a regional forecast.
fn forecast_year(regions: &[&Series]) -> Option<i32> {
    regions.iter().flat_map(|s| s.values.iter()).filter(|v| v.kind == Kind::Forecast).map(|v| v.period.year()).max()
}

/// A series' forecast for `year`, if it has one.
fn forecast_for(series: &Series, year: i32) -> Option<&Value> {
    series.values.iter().find(|v| v.kind == Kind::Forecast && v.period.year() == year)
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "regions",
    former_slugs: &[],
    toggle: Some(ToggleEntry {
        param: "regions",
        options: fixed_options::<RegionsView>,
        selected: |settings| settings.regions.id().to_owned(),
        shown: |settings, _| settings.regions.id().to_owned(),
        set: |settings, id| choose(&mut settings.regions, id),
    }),
    build: |dataset, settings, lang| build(dataset, settings.regions, lang),
    over_time: false,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "EV sales by region: the actuals and the latest year's forecast, as change or as volume",
};

pub fn build(dataset: &Dataset, view: RegionsView, lang: Lang) -> ChartModel {
    let regions = region_series(dataset);
    let categories: Vec<String> = regions.iter().map(|s| dataset.entity_name(&s.entity, lang)).collect();
    let year = forecast_year(&regions).unwrap_or(dataset.as_of.year);
    let title = messages(lang).regions_title(year);
    let forecaster =
        regions.iter().filter_map(|s| forecast_for(s, year)).find_map(|v| v.forecaster.clone()).unwrap_or_default();
    let forecast = Forecast { year, forecaster: &forecaster };
    match view {
        RegionsView::Change => change_view(dataset, &regions, categories, title, forecast, lang),
        RegionsView::Volume => volume_view(dataset, &regions, categories, title, year, lang),
    }
}

/// The forecast the chart shows: its year and who made it.
#[derive(Clone, Copy)]
struct Forecast<'a> {
    year: i32,
    forecaster: &'a str,
}

fn change_view(
    dataset: &Dataset,
    regions: &[&Series],
    categories: Vec<String>,
    title: String,
    forecast_of: Forecast,
    lang: Lang,
) -> ChartModel {
    let text = messages(lang);
    let year = forecast_of.year;
    let mut points = Vec::new();
    let mut notes = Vec::new();
    for (category, series) in regions.iter().enumerate() {
        let Some(forecast) = forecast_for(series, year) else { continue };
        let Some(base) = forecast.period.previous().and_then(|p| series.value_at(&p)) else { continue };
        let Some(pct) = change_pct(base.value, forecast.value) else { continue };
        let how = text.forecast_how(
            &format::figure(base.value, series.unit, base.qualifier, lang),
            &format::figure(forecast.value, series.unit, forecast.qualifier, lang),
        );
        let mut sources = base.sources.clone();
        sources.extend(forecast.sources.iter().cloned());
        sort_unique(&mut sources);
        let name = dataset.entity_name(&series.entity, lang);
        if let Some(stated) = forecast.stated_change_pct {
            if (stated - pct).abs() >= 0.5 {
                notes.push(text.stated_vs_computed(&name, &format::change_pct(stated), &format::change_pct(pct)));
            }
        }
        points.push(DataPoint {
            value: pct,
            unit: Unit::Percent,
            qualifier: if base.qualifier == Qualifier::Exact && forecast.qualifier == Qualifier::Exact {
                Qualifier::Exact
            } else {
                Qualifier::About
            },
            sources,
            derivation: Some(how),
            status: None,
            conflicts: Vec::new(),
            color: if pct < 0.0 { ColorRole::Series(3) } else { ColorRole::Series(0) },
            category,
            group: 0,
            ..point_from(series, forecast, lang)
        });
    }
    for (region, alternative) in ALTERNATIVES {
        let (Some(category), Some(series)) = (REGIONS.iter().position(|r| *r == region), dataset.series(alternative))
        else {
            continue;
        };
        let Some(value) = forecast_for(series, year) else { continue };
        let pct = if series.unit == Unit::Percent { Some(value.value) } else { value.stated_change_pct };
        if let Some(pct) = pct {
            points.push(DataPoint {
                value: pct,
                unit: Unit::Percent,
                secondary: true,
                category,
                group: 0,
                ..point_from(series, value, lang)
            });
        }
    }
    let takeaway = change_takeaway(dataset, regions, &points, forecast_of, lang);
    let axes = (String::new(), text.axis_change_on(year - 1));
    let mut chart =
        model(ChartId::Regions, Layout::Columns, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.groups = vec![text.forecast_by(year, forecast_of.forecaster)];
    chart.notes.extend(notes);
    chart.notes.push(text.note_regions(year - 1, year));
    chart
}

fn change_takeaway(
    dataset: &Dataset,
    regions: &[&Series],
    points: &[DataPoint],
    Forecast { year, forecaster }: Forecast,
    lang: Lang,
) -> String {
    let primary: Vec<&DataPoint> = points.iter().filter(|p| !p.secondary).collect();
    let name =
        |p: &DataPoint| regions.get(p.category).map(|s| dataset.entity_name(&s.entity, lang)).unwrap_or_default();
    let size = |p: &DataPoint| format::change_pct(p.value).trim_start_matches(['+', '-']).to_owned();
    let (Some(first), Some(lowest)) = (primary.first(), primary.iter().min_by(|a, b| a.value.total_cmp(&b.value)))
    else {
        return messages(lang).no_regional_forecasts.to_owned();
    };
    let grows = first.value >= 0.0;
    let first_part = (size(first), name(first));
    let first_part = (first_part.0.as_str(), first_part.1.as_str());
    let low_name = name(lowest);
    if lowest.value < 0.0 && lowest.category != first.category {
        messages(lang).regions_then_fall(year, forecaster, grows, first_part, (&size(lowest), &low_name))
    } else {
        messages(lang).regions_lowest(
            year,
            forecaster,
            grows,
            first_part,
            (&format::change_pct(lowest.value), &low_name),
        )
    }
}

fn volume_view(
    dataset: &Dataset,
    regions: &[&Series],
    categories: Vec<String>,
    title: String,
    year: i32,
    lang: Lang,
) -> ChartModel {
    let mut years: Vec<Period> = regions.iter().flat_map(|s| s.values.iter().map(|v| v.period.clone())).collect();
    sort_unique(&mut years);
    let mut points = Vec::new();
    for (category, series) in regions.iter().enumerate() {
        for value in &series.values {
            let group = years.iter().position(|y| *y == value.period).unwrap_or(0);
            points.push(DataPoint {
                category,
                group,
                color: ColorRole::Series(group.min(3) as u8),
                ..point_from(series, value, lang)
            });
        }
    }
    let groups = years
        .iter()
        .map(|y| {
            let forecast = points.iter().any(|p| &p.period == y && p.kind == Kind::Forecast);
            let year = format::period(y, lang);
            if forecast {
                messages(lang).year_forecast(&year)
            } else {
                year
            }
        })
        .collect();
    let global = regions.first().and_then(|s| forecast_for(s, year).map(|v| (s, v)));
    let takeaway = match global {
        Some((series, value)) => messages(lang).global_forecast(
            &dataset.entity_name(&series.entity, lang),
            &format::figure(value.value, series.unit, value.qualifier, lang),
            &format::period(&value.period, lang),
            &china_forecast(regions, year, lang),
        ),
        None => messages(lang).no_regional_figures.to_owned(),
    };
    let axes = (String::new(), messages(lang).axis_vehicles_sold.to_owned());
    let mut chart =
        model(ChartId::Regions, Layout::Columns, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.groups = groups;
    chart
}

fn china_forecast(regions: &[&Series], year: i32, lang: Lang) -> String {
    regions
        .iter()
        .find(|s| s.entity == entity::CHINA)
        .and_then(|s| forecast_for(s, year).map(|v| format::figure(v.value, s.unit, v.qualifier, lang)))
        .unwrap_or_else(|| "—".into())
}
