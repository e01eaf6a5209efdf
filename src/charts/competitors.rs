//! `competitors`: annual deliveries of Xiaomi and the other makers in the
//! dataset, one year at a time, largest first, with what each count includes.

use super::registry::{Chart, ToggleEntry};
use super::toggle::choose;
use super::Toggle;
use super::{messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::data::ids::{entity, measure};
use crate::data::{Dataset, Kind, Lang, Period, Series, Unit};
use crate::format;
use crate::sort::sort_by;

#[path = "competitors_2026.rs"]
mod so_far;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CompetitorsYear {
    Y2023,
    Y2024,
    #[default]
    Y2025,
    /// The months of 2026 published so far, compared over the same months.
    SoFar2026,
    /// The delivery targets makers announced for 2026.
    Targets2026,
}

impl CompetitorsYear {
    pub fn year(self) -> i32 {
        match self {
            CompetitorsYear::Y2023 => 2023,
            CompetitorsYear::Y2024 => 2024,
            CompetitorsYear::Y2025 => 2025,
            CompetitorsYear::SoFar2026 | CompetitorsYear::Targets2026 => 2026,
        }
    }
}

impl Toggle for CompetitorsYear {
    const ALL: &[CompetitorsYear] = &[
        CompetitorsYear::Y2023,
        CompetitorsYear::Y2024,
        CompetitorsYear::Y2025,
        CompetitorsYear::SoFar2026,
        CompetitorsYear::Targets2026,
    ];

    fn id(self) -> &'static str {
        match self {
            CompetitorsYear::Y2023 => "2023",
            CompetitorsYear::Y2024 => "2024",
            CompetitorsYear::Y2025 => "2025",
            CompetitorsYear::SoFar2026 => "2026-so-far",
            CompetitorsYear::Targets2026 => "2026-targets",
        }
    }

    fn label(self, lang: Lang) -> String {
        match self {
            CompetitorsYear::SoFar2026 => messages(lang).so_far_2026.to_owned(),
            CompetitorsYear::Targets2026 => messages(lang).targets_2026.to_owned(),
            year => year.id().to_owned(),
        }
    }
}

/// Annual vehicle-count series of carmakers (not markets, not targets).
fn maker_series(dataset: &Dataset) -> impl Iterator<Item = &Series> {
    dataset.series.iter().filter(|s| {
        s.unit == Unit::Vehicles
            && matches!(s.measure.as_str(), measure::DELIVERIES | measure::SALES_INCL_PHEV)
            && s.includes.is_some()
            && s.values.iter().all(|v| v.kind.is_outcome())
            && s.values.iter().any(|v| v.period.granularity() == crate::data::Granularity::Year)
    })
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

pub(super) const CHART: Chart = Chart {
    id: ChartId::Competitors,
    slug: "competitors",
    toggle: Some(ToggleEntry {
        param: "year",
        options: CompetitorsYear::options,
        selected: |settings| settings.competitors_year.id(),
        set: |settings, id| choose(&mut settings.competitors_year, id),
    }),
    build: |dataset, settings, lang| build(dataset, settings.competitors_year, lang),
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Deliveries of Xiaomi and the other makers, one year at a time, largest first",
};

pub fn build(dataset: &Dataset, year: CompetitorsYear, lang: Lang) -> ChartModel {
    match year {
        CompetitorsYear::SoFar2026 => return so_far::build(dataset, year.year(), lang),
        CompetitorsYear::Targets2026 => return so_far::targets(dataset, year.year(), lang),
        _ => {}
    }
    let period = Period::Year(year.year());
    let mut rows: Vec<DataPoint> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    for series in maker_series(dataset) {
        let Some(value) = series.values.iter().find(|v| period.contains(&v.period)) else { continue };
        let mut label = format!(
            "{} ({})",
            dataset.entity_name(&series.entity, lang),
            includes_label(series.includes.as_deref().unwrap_or(""))
        );
        if let Period::Span(from, to) = &value.period {
            label.push_str(&format!(", {}–{}", format::period_short(from, lang), format::period_short(to, lang)));
        }
        let color = maker_color(&series.entity);
        rows.push(DataPoint { color, ..point_from(series, value, lang) });
        labels.push(label);
    }
    let mut order: Vec<usize> = (0..rows.len()).collect();
    sort_by(&mut order, |a, b| rows[*b].value.total_cmp(&rows[*a].value));
    let mut points: Vec<DataPoint> = Vec::new();
    let mut categories = Vec::new();
    for (category, i) in order.into_iter().enumerate() {
        categories.push(labels[i].clone());
        points.push(DataPoint { category, ..rows[i].clone() });
    }
    // Next year's targets, where known, as markers on the maker's row.
    let next = Period::Year(year.year() + 1);
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
    let title = text.makers_title(year.year());
    let takeaway = takeaway(dataset, &points, &categories, year.year(), lang);
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
