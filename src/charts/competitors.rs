//! `competitors`: annual deliveries of Xiaomi and the other makers in the
//! dataset, one year at a time, largest first, with what each count includes.

use super::registry::{Chart, ToggleEntry};
use super::ChartSettings;
use super::ToggleOption;
use super::{messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::analysis::target::tracked_year;
use crate::data::ids::{entity, measure};
use crate::data::{Dataset, Kind, Period, Series, Unit};
use crate::format;
use crate::sort::sort_by;
use crate::text::Lang;

mod quarter;
mod so_far;

/// Which year the chart compares. The choices follow the data: each year
/// with annual figures, then the tracked year so far and its targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CompetitorsYear {
    /// The latest year with annual figures, whichever the data holds.
    #[default]
    Latest,
    Full(i32),
    /// The months of the year published so far, compared over the same months.
    SoFar(i32),
    /// One quarter of a year that has no annual figures yet (year, 1 to 4).
    Quarter(i32, u8),
    /// The delivery targets makers announced for the year.
    Targets(i32),
}

/// How `Latest` is written in an address (`?year=latest`).
const LATEST: &str = "latest";

impl CompetitorsYear {
    /// `2025`, `2026-so-far`, `2026-targets`: the ids every address has used.
    pub fn id(self) -> String {
        match self {
            CompetitorsYear::Latest => LATEST.to_owned(),
            CompetitorsYear::Full(year) => year.to_string(),
            CompetitorsYear::SoFar(year) => format!("{year}-so-far"),
            CompetitorsYear::Quarter(year, quarter) => format!("{year}-q{quarter}"),
            CompetitorsYear::Targets(year) => format!("{year}-targets"),
        }
    }

    pub fn from_id(id: &str) -> Option<CompetitorsYear> {
        if id == LATEST {
            return Some(CompetitorsYear::Latest);
        }
        let (year, view) = id.split_once('-').map_or((id, None), |(year, view)| (year, Some(view)));
        let year = Some(year).filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
        match view {
            None => Some(CompetitorsYear::Full(year)),
            Some("so-far") => Some(CompetitorsYear::SoFar(year)),
            Some("targets") => Some(CompetitorsYear::Targets(year)),
            Some(view) => {
                let quarter = view.strip_prefix('q').and_then(|q| q.parse().ok()).filter(|q| (1..=4).contains(q))?;
                Some(CompetitorsYear::Quarter(year, quarter))
            }
        }
    }

    fn label(self, lang: Lang) -> String {
        match self {
            CompetitorsYear::Latest => LATEST.to_owned(),
            CompetitorsYear::Full(year) => year.to_string(),
            CompetitorsYear::SoFar(year) => messages(lang).year_so_far(year),
            CompetitorsYear::Quarter(year, quarter) => format::period(&Period::Quarter(year, quarter), lang),
            CompetitorsYear::Targets(year) => messages(lang).year_targets(year),
        }
    }

    /// Each year the makers' annual figures cover, then the tracked year so
    /// far and each of its quarters that Xiaomi and another maker have
    /// figures for (until it has annual figures), and its targets (where any
    /// are known).
    pub fn choices(dataset: &Dataset) -> Vec<CompetitorsYear> {
        let full = full_years(dataset);
        let tracked = tracked_year(dataset);
        let mut choices: Vec<CompetitorsYear> = full.iter().copied().map(CompetitorsYear::Full).collect();
        if !full.contains(&tracked) {
            choices.push(CompetitorsYear::SoFar(tracked));
            let quarters = quarter::quarters(dataset, tracked);
            choices.extend(quarters.into_iter().map(|q| CompetitorsYear::Quarter(tracked, q)));
        }
        if target_series(dataset).any(|(_, v)| v.period == Period::Year(tracked)) {
            choices.push(CompetitorsYear::Targets(tracked));
        }
        choices
    }

    /// What the chart draws for this choice: `Latest` is the latest full year
    /// (or the tracked year so far, before any), and a year "so far" that has
    /// since ended is that full year, so an old address shows the whole year.
    pub fn resolve(self, dataset: &Dataset) -> CompetitorsYear {
        let full = full_years(dataset);
        match self {
            CompetitorsYear::Latest => match full.last() {
                Some(&year) => CompetitorsYear::Full(year),
                None => CompetitorsYear::SoFar(tracked_year(dataset)),
            },
            CompetitorsYear::SoFar(year) if full.contains(&year) => CompetitorsYear::Full(year),
            choice => choice,
        }
    }

    fn options(dataset: &Dataset, lang: Lang) -> Vec<ToggleOption> {
        Self::choices(dataset)
            .into_iter()
            .map(|choice| ToggleOption { id: choice.id(), label: choice.label(lang) })
            .collect()
    }
}

/// The years with an annual figure from at least one maker, in order.
fn full_years(dataset: &Dataset) -> Vec<i32> {
    let mut years: Vec<i32> = maker_series(dataset)
        .flat_map(|s| s.values.iter())
        .filter(|v| v.period.granularity() == crate::data::Granularity::Year)
        .map(|v| v.period.year())
        .collect();
    crate::sort::sort_unique(&mut years);
    years
}

/// Every maker's delivery target, with its series.
fn target_series(dataset: &Dataset) -> impl Iterator<Item = (&Series, &crate::data::Value)> {
    dataset
        .series
        .iter()
        .filter(|s| s.unit == Unit::Vehicles && s.measure == measure::DELIVERIES)
        .flat_map(|s| s.values.iter().map(move |v| (s, v)))
        .filter(|(_, v)| v.kind == Kind::Target)
}

/// A carmaker's own count of the vehicles it delivered or sold, saying what
/// it counts (not a market's, which names no powertrains).
pub(super) fn is_maker_count(series: &Series) -> bool {
    series.unit == Unit::Vehicles
        && matches!(series.measure.as_str(), measure::DELIVERIES | measure::SALES_INCL_PHEV)
        && series.includes.is_some()
}

/// Annual vehicle-count series of carmakers (not markets, not targets).
fn maker_series(dataset: &Dataset) -> impl Iterator<Item = &Series> {
    dataset.series.iter().filter(|s| {
        is_maker_count(s)
            && s.values.iter().all(|v| v.kind.is_outcome())
            && s.values.iter().any(|v| v.period.granularity() == crate::data::Granularity::Year)
    })
}

/// A maker's row: its name and what its count includes, "Li Auto (EREV+BEV)".
pub(super) fn maker_label(dataset: &Dataset, series: &Series, lang: Lang) -> String {
    counting_label(dataset, &series.entity, series.includes.as_deref().unwrap_or(""), lang)
}

/// A maker's name and what a count of its `includes`.
pub(super) fn counting_label(dataset: &Dataset, entity: &str, includes: &str, lang: Lang) -> String {
    format!("{} ({})", dataset.entity_name(entity, lang), includes_label(includes))
}

/// BEV, PHEV and EREV are written the same in both languages.
pub(super) fn includes_label(includes: &str) -> String {
    let parts: Vec<&str> = includes
        .split('_')
        .map(|p| match p {
            "bev" => "BEV",
            "phev" => "PHEV",
            "erev" => "EREV",
            other => other,
        })
        .collect();
    parts.join("+")
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "competitors",
    former_slugs: &[],
    toggle: Some(ToggleEntry {
        param: "year",
        options: CompetitorsYear::options,
        selected: |settings| settings.competitors.id(),
        shown: |settings, dataset| settings.competitors.resolve(dataset).id(),
        set: |settings, id| CompetitorsYear::from_id(id).map(|choice| settings.competitors = choice).is_some(),
    }),
    build: |dataset, settings, lang| build(dataset, settings.competitors, lang),
    over_time: false,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Deliveries of Xiaomi and the other makers, one year at a time, largest first",
};

pub fn build(dataset: &Dataset, choice: CompetitorsYear, lang: Lang) -> ChartModel {
    let year = match choice.resolve(dataset) {
        CompetitorsYear::SoFar(year) => return so_far::build(dataset, year, lang),
        CompetitorsYear::Targets(year) => return so_far::targets(dataset, year, lang),
        CompetitorsYear::Quarter(year, q) => return quarter::build(dataset, year, q, lang),
        CompetitorsYear::Full(year) => year,
        CompetitorsYear::Latest => tracked_year(dataset),
    };
    let period = Period::Year(year);
    // Each row: its label and its point.
    let mut rows: Vec<(String, DataPoint)> = Vec::new();
    for series in maker_series(dataset) {
        let Some(value) = series.values.iter().find(|v| period.contains(&v.period)) else { continue };
        let mut label = maker_label(dataset, series, lang);
        if let Period::Span(from, to) = &value.period {
            label.push_str(&format!(", {}–{}", format::period_short(from, lang), format::period_short(to, lang)));
        }
        let color = maker_color(&series.entity);
        rows.push((label, DataPoint { color, ..point_from(series, value, lang) }));
    }
    sort_by(&mut rows, |a, b| b.1.value.total_cmp(&a.1.value));
    let (categories, mut points): (Vec<String>, Vec<DataPoint>) = rows.into_iter().unzip();
    for (category, point) in points.iter_mut().enumerate() {
        point.category = category;
    }
    // Next year's targets, where known, as markers on the maker's row.
    let next = Period::Year(year + 1);
    for series in dataset.series.iter().filter(|s| s.unit == Unit::Vehicles && s.measure == measure::DELIVERIES) {
        for value in series.values.iter().filter(|v| v.kind == Kind::Target && v.period == next) {
            let row = points
                .iter()
                .find(|p| !p.secondary && dataset.series(&p.series_id).is_some_and(|s| s.entity == series.entity))
                .map(|p| p.category);
            if let Some(category) = row {
                points.push(DataPoint { secondary: true, category, ..point_from(series, value, lang) });
            }
        }
    }
    let text = messages(lang);
    let title = text.makers_title(year);
    let takeaway = takeaway(dataset, &points, &categories, year, lang);
    let axes = (text.axis_delivered_or_sold.to_owned(), String::new());
    let mut chart =
        model(ChartId::Competitors, Layout::Rows, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.notes.push(text.note_powertrains.to_owned());
    chart
}

/// Whether a point is Xiaomi's, the maker every view of this chart is about.
pub(super) fn is_xiaomi(dataset: &Dataset, point: &DataPoint) -> bool {
    dataset.series(&point.series_id).is_some_and(|s| s.entity == entity::XIAOMI)
}

/// Xiaomi's bars stand out; every other maker's are muted.
pub(super) fn maker_color(entity: &str) -> ColorRole {
    if entity == entity::XIAOMI {
        ColorRole::Highlight
    } else {
        ColorRole::Muted
    }
}

fn takeaway(dataset: &Dataset, points: &[DataPoint], categories: &[String], year: i32, lang: Lang) -> String {
    let bars: Vec<&DataPoint> = points.iter().filter(|p| !p.secondary).collect();
    let is_xiaomi = |p: &DataPoint| is_xiaomi(dataset, p);
    let Some(xiaomi) = bars.iter().find(|p| is_xiaomi(p)) else {
        return messages(lang).no_xiaomi_figure(year);
    };
    let rank = xiaomi.category + 1;
    let value = format::figure(xiaomi.value, Unit::Vehicles, xiaomi.qualifier, lang);
    let above = xiaomi.category.checked_sub(1).and_then(|i| categories.get(i));
    let below = categories.get(xiaomi.category + 1);
    let text = messages(lang);
    let neighbours = text.neighbours(above.map(String::as_str), below.map(String::as_str));
    text.xiaomi_rank(year, &value, rank, bars.len(), &neighbours)
}
