//! `financials`: Xiaomi's EV segment by quarter: revenue, gross margin, and
//! the result, with the change of loss measure between 2024 and 2025 labelled.

use super::Toggle;
use super::{model, point_from, tr, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::data::ids::series;
use crate::data::{Dataset, Lang, Period, Series};
use crate::format;
use crate::sort::sort_unique;

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
            FinancialsView::Revenue => tr(lang, "Revenue", "收入"),
            FinancialsView::Margin => tr(lang, "Gross margin", "毛利率"),
            FinancialsView::Result => tr(lang, "Profit or loss", "盈亏"),
        }
    }
}

pub fn build(dataset: &Dataset, view: FinancialsView, lang: Lang) -> ChartModel {
    let drawn: Vec<(&Series, ColorRole)> =
        view.series().iter().filter_map(|(id, color)| dataset.series(id).map(|s| (s, *color))).collect();
    let mut quarters: Vec<Period> = drawn.iter().flat_map(|(s, _)| s.values.iter().map(|v| v.period.clone())).collect();
    sort_unique(&mut quarters);
    // Series that never share a quarter take one slot; others sit side by side.
    let overlapping = drawn.len() > 1
        && drawn[1..].iter().any(|(s, _)| s.values.iter().any(|v| drawn[0].0.value_at(&v.period).is_some()));
    let mut points = Vec::new();
    for (index, (series, color)) in drawn.iter().enumerate() {
        for value in &series.values {
            let category = quarters.iter().position(|q| *q == value.period).unwrap_or(0);
            let group = if overlapping { index } else { 0 };
            points.push(DataPoint { category, group, color: *color, ..point_from(series, value, lang) });
        }
    }
    let categories = quarters.iter().map(|q| format::period_short(q, lang)).collect();
    let (title, axis) = match view {
        FinancialsView::Revenue => {
            (tr(lang, "Xiaomi EV segment revenue by quarter", "小米汽车分部季度收入"), tr(lang, "Yuan", "元"))
        }
        FinancialsView::Margin => (
            tr(lang, "Xiaomi EV segment gross margin by quarter", "小米汽车分部季度毛利率"),
            tr(lang, "Gross margin", "毛利率"),
        ),
        FinancialsView::Result => {
            (tr(lang, "Xiaomi EV segment profit or loss by quarter", "小米汽车分部季度盈亏"), tr(lang, "Yuan", "元"))
        }
    };
    let takeaway = takeaway(view, &points, lang);
    let mut chart = model(
        ChartId::Financials,
        Layout::Columns,
        dataset,
        lang,
        Wording { title, takeaway, axes: (tr(lang, "Quarter", "季度"), axis) },
        categories,
        points,
    );
    if view == FinancialsView::Result {
        chart.notes.push(tr(
            lang,
            "The measure changed: 2024 quarters show the adjusted net result, 2025 quarters the operating result. Below zero = loss.",
            "口径有变：2024年各季度为经调整净利润，2025年各季度为经营利润。低于零为亏损。",
        ));
    }
    if view == FinancialsView::Revenue {
        chart.notes.push(tr(
            lang,
            "Segment = smart EV, AI and other new initiatives; EV revenue = vehicle sales alone (no separate Q4 2024 figure).",
            "分部 = 智能电动汽车、AI及其他创新业务；汽车收入 = 仅汽车销售（2024年第四季度无单独数据）。",
        ));
    }
    chart
}

fn takeaway(view: FinancialsView, points: &[DataPoint], lang: Lang) -> String {
    let main: Vec<&DataPoint> =
        points.iter().filter(|p| p.color == ColorRole::Highlight || view == FinancialsView::Result).collect();
    let (Some(first), Some(last)) =
        (main.iter().min_by(|a, b| a.period.cmp(&b.period)), main.iter().max_by(|a, b| a.period.cmp(&b.period)))
    else {
        return tr(lang, "No financial figures in this dataset.", "此数据集中没有财务数据。");
    };
    let (from, to) = (format::period(&first.period, lang), format::period(&last.period, lang));
    match view {
        FinancialsView::Revenue | FinancialsView::Margin => tr(
            lang,
            format!(
                "{} rose from {} in {from} to {} in {to}.",
                first.series_label,
                first.label(lang),
                last.label(lang)
            ),
            format!("{}从{from}的{}增至{to}的{}。", first.series_label, first.label(lang), last.label(lang)),
        ),
        FinancialsView::Result => {
            let first_profit = main.iter().filter(|p| p.value > 0.0).min_by(|a, b| a.period.cmp(&b.period));
            match first_profit {
                Some(profit) => tr(
                    lang,
                    format!(
                        "From a loss of {} in {from} ({}) the segment reached its first profit, {} ({}), in {}.",
                        first.label(lang).trim_start_matches('-'),
                        first.series_label,
                        profit.label(lang),
                        profit.series_label,
                        format::period(&profit.period, lang)
                    ),
                    format!(
                        "分部从{from}亏损{}（{}）到{}首次盈利{}（{}）。",
                        first.label(lang).trim_start_matches('-'),
                        first.series_label,
                        format::period(&profit.period, lang),
                        profit.label(lang),
                        profit.series_label
                    ),
                ),
                None => tr(
                    lang,
                    format!("The segment made a loss in every quarter from {from} to {to}."),
                    format!("分部在{from}至{to}每个季度均亏损。"),
                ),
            }
        }
    }
}
