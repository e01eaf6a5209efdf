//! `time-to-scale`: days from launch to 100,000 vehicles, and months to the
//! first quarterly profit, for Xiaomi and the others in the dataset.

use super::registry::{Chart, ToggleEntry};
use super::toggle::{choose, fixed_options};
use super::ChartSettings;
use super::Toggle;
use super::{messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::data::ids::{entity, measure};
use crate::data::Dataset;
use crate::sort::sort_by;
use crate::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TimeToScaleView {
    #[default]
    DaysTo100k,
    MonthsToProfit,
}

impl TimeToScaleView {
    fn measure(self) -> &'static str {
        match self {
            TimeToScaleView::DaysTo100k => measure::DAYS_TO_100K,
            TimeToScaleView::MonthsToProfit => measure::MONTHS_TO_PROFIT,
        }
    }
}

impl Toggle for TimeToScaleView {
    const ALL: &[TimeToScaleView] = &[TimeToScaleView::DaysTo100k, TimeToScaleView::MonthsToProfit];

    fn id(self) -> &'static str {
        match self {
            TimeToScaleView::DaysTo100k => "days-to-100k",
            TimeToScaleView::MonthsToProfit => "months-to-profit",
        }
    }

    fn label(self, lang: Lang) -> String {
        match self {
            TimeToScaleView::DaysTo100k => messages(lang).days_to_100k.to_owned(),
            TimeToScaleView::MonthsToProfit => messages(lang).months_to_profit.to_owned(),
        }
    }
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "time-to-scale",
    former_slugs: &[],
    toggle: Some(ToggleEntry {
        param: "scale",
        options: fixed_options::<TimeToScaleView>,
        selected: |settings| settings.time_to_scale.id().to_owned(),
        shown: |settings, _| settings.time_to_scale.id().to_owned(),
        set: |settings, id| choose(&mut settings.time_to_scale, id),
    }),
    build: |dataset, settings, lang| build(dataset, settings.time_to_scale, lang),
    over_time: false,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Days from launch to 100,000 vehicles, and months to the first quarterly profit",
};

pub fn build(dataset: &Dataset, view: TimeToScaleView, lang: Lang) -> ChartModel {
    let mut points: Vec<DataPoint> = dataset
        .series
        .iter()
        .filter(|s| s.measure == view.measure())
        .flat_map(|s| s.values.iter().map(move |v| (s, v)))
        .map(|(series, value)| DataPoint {
            color: if series.entity == entity::XIAOMI { ColorRole::Highlight } else { ColorRole::Muted },
            ..point_from(series, value, lang)
        })
        .collect();
    sort_by(&mut points, |a, b| a.value.total_cmp(&b.value));
    let categories: Vec<String> = points
        .iter()
        .map(|p| {
            let series = dataset.series(&p.series_id);
            let entity = series.map(|s| dataset.entity_name(&s.entity, lang)).unwrap_or_default();
            // "Tesla Model 3: days to ..." names the model the figure is about.
            match p.series_label.split_once(['：', ':']) {
                Some((subject, _)) if subject.contains(&entity) || entity.is_empty() => subject.trim().to_owned(),
                _ => entity,
            }
        })
        .collect();
    for (category, point) in points.iter_mut().enumerate() {
        point.category = category;
    }
    let text = messages(lang);
    let (title, axis) = match view {
        TimeToScaleView::DaysTo100k => (text.days_to_100k_title, text.axis_days),
        TimeToScaleView::MonthsToProfit => (text.months_to_profit_title, text.axis_months),
    };
    let (title, axis) = (title.to_owned(), axis.to_owned());
    let takeaway = takeaway(&points, &categories, lang);
    model(
        ChartId::TimeToScale,
        Layout::Rows,
        dataset,
        lang,
        Wording { title, takeaway, axes: (axis, String::new()) },
        categories,
        points,
    )
}

fn takeaway(points: &[DataPoint], categories: &[String], lang: Lang) -> String {
    let Some(xiaomi) = points.iter().find(|p| p.color == ColorRole::Highlight) else {
        return messages(lang).no_xiaomi_figure_at_all.to_owned();
    };
    let text = messages(lang);
    let category = |p: &DataPoint| categories.get(p.category).map_or("", String::as_str);
    let name = category(xiaomi);
    let others = points.iter().filter(|p| p.color != ColorRole::Highlight).map(|p| {
        let ratio = p.value / xiaomi.value;
        text.times_as_long(category(p), &p.label(lang), ratio)
    });
    let clauses: Vec<String> = std::iter::once(text.labelled(name, &xiaomi.label(lang))).chain(others).collect();
    text.sentence(&clauses)
}
