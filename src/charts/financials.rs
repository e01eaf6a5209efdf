//! `financials`: Xiaomi's EV segment by quarter: revenue, gross margin, and
//! the result, with the change of loss measure between 2024 and 2025 labelled.

use super::registry::{Chart, ToggleEntry};
use super::toggle::{choose, fixed_options};
use super::ChartSettings;
use super::Toggle;
use super::{messages, model, point_from, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::data::ids::series;
use crate::data::{Dataset, Period, Series};
use crate::format;
use crate::sort::sort_unique;
use crate::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FinancialsView {
    #[default]
    Revenue,
    Margin,
    Result,
}

impl FinancialsView {
    /// The series drawn, each with its colour; several series share a slot
    /// when they cover different quarters.
    fn series(self) -> &'static [(&'static str, ColorRole)] {
        match self {
            FinancialsView::Revenue => &[
                (series::XIAOMI_SEGMENT_REVENUE, ColorRole::Series(0)),
                (series::XIAOMI_EV_REVENUE, ColorRole::Highlight),
            ],
            FinancialsView::Margin => &[(series::XIAOMI_GROSS_MARGIN, ColorRole::Highlight)],
            FinancialsView::Result => &[
                (series::XIAOMI_ADJUSTED_NET_RESULT, ColorRole::Series(2)),
                (series::XIAOMI_OPERATING_RESULT, ColorRole::Highlight),
            ],
        }
    }
}

impl Toggle for FinancialsView {
    const ALL: &[FinancialsView] = &[FinancialsView::Revenue, FinancialsView::Margin, FinancialsView::Result];

    fn id(self) -> &'static str {
        match self {
            FinancialsView::Revenue => "revenue",
            FinancialsView::Margin => "margin",
            FinancialsView::Result => "result",
        }
    }

    fn label(self, lang: Lang) -> String {
        match self {
            FinancialsView::Revenue => messages(lang).revenue.to_owned(),
            FinancialsView::Margin => messages(lang).gross_margin.to_owned(),
            FinancialsView::Result => messages(lang).profit_or_loss.to_owned(),
        }
    }
}

pub(super) const CHART: Chart<ChartSettings, ChartModel> = Chart {
    slug: "financials",
    former_slugs: &[],
    toggle: Some(ToggleEntry {
        param: "fin",
        options: fixed_options::<FinancialsView>,
        selected: |settings| settings.financials.id().to_owned(),
        shown: |settings, _| settings.financials.id().to_owned(),
        set: |settings, id| choose(&mut settings.financials, id),
    }),
    build: |dataset, settings, lang| build(dataset, settings.financials, lang),
    over_time: true,
    #[cfg(not(target_arch = "wasm32"))]
    shows: "Xiaomi's EV segment by quarter: revenue, gross margin and result",
};

pub fn build(dataset: &Dataset, view: FinancialsView, lang: Lang) -> ChartModel {
    let drawn: Vec<(&Series, ColorRole)> =
        view.series().iter().filter_map(|(id, color)| dataset.series(id).map(|s| (s, *color))).collect();
    let mut quarters: Vec<Period> = drawn.iter().flat_map(|(s, _)| s.values.iter().map(|v| v.period.clone())).collect();
    sort_unique(&mut quarters);
    // Series that never share a quarter take one slot; others sit side by side.
    let overlapping = match drawn.split_first() {
        Some(((first, _), rest)) => {
            rest.iter().any(|(s, _)| s.values.iter().any(|v| first.value_at(&v.period).is_some()))
        }
        None => false,
    };
    let mut points = Vec::new();
    for (index, (series, color)) in drawn.iter().enumerate() {
        for value in &series.values {
            let category = quarters.iter().position(|q| *q == value.period).unwrap_or(0);
            let group = if overlapping { index } else { 0 };
            points.push(DataPoint { category, group, color: *color, ..point_from(series, value, lang) });
        }
    }
    let categories = quarters.iter().map(|q| format::period_short(q, lang)).collect();
    let text = messages(lang);
    let (title, axis) = match view {
        FinancialsView::Revenue => (text.revenue_title, text.axis_yuan),
        FinancialsView::Margin => (text.margin_title, text.gross_margin),
        FinancialsView::Result => (text.result_title, text.axis_yuan),
    };
    let (title, axis) = (title.to_owned(), axis.to_owned());
    let takeaway = takeaway(view, &points, lang);
    let mut chart = model(
        ChartId::Financials,
        Layout::Columns,
        dataset,
        lang,
        Wording { title, takeaway, axes: (text.by_quarter.to_owned(), axis) },
        categories,
        points,
    );
    if view == FinancialsView::Result {
        chart.notes.push(text.note_result_measure.to_owned());
    }
    if view == FinancialsView::Revenue {
        chart.notes.push(text.note_segment.to_owned());
    }
    chart
}

fn takeaway(view: FinancialsView, points: &[DataPoint], lang: Lang) -> String {
    let main: Vec<&DataPoint> =
        points.iter().filter(|p| p.color == ColorRole::Highlight || view == FinancialsView::Result).collect();
    let (Some(first), Some(last)) =
        (main.iter().min_by(|a, b| a.period.cmp(&b.period)), main.iter().max_by(|a, b| a.period.cmp(&b.period)))
    else {
        return messages(lang).no_financial_figures.to_owned();
    };
    let text = messages(lang);
    let (from, to) = (format::period(&first.period, lang), format::period(&last.period, lang));
    match view {
        FinancialsView::Revenue | FinancialsView::Margin => {
            text.rose(&first.series_label, (&from, &first.label(lang)), (&to, &last.label(lang)))
        }
        FinancialsView::Result => {
            let first_profit = main.iter().filter(|p| p.value > 0.0).min_by(|a, b| a.period.cmp(&b.period));
            match first_profit {
                Some(profit) => text.first_profit(
                    &from,
                    (first.label(lang).trim_start_matches('-'), &first.series_label),
                    (&format::period(&profit.period, lang), &profit.label(lang), &profit.series_label),
                ),
                None => text.loss_throughout(&from, &to),
            }
        }
    }
}
