//! `cumulative`: Xiaomi's cumulative deliveries over time, milestones marked,
//! and the path to 1,000,000 at the target pace and at the recent pace,
//! drawn dashed and labelled as projections.

use super::{
    derived_point, model, tr, Annotation, ChartId, ChartModel, ColorRole, DataPoint, Derived, Layout, ReferenceLine,
    Wording,
};
use crate::analysis::target::{projections_to, Pace};
use crate::analysis::{sum, Figure};
use crate::data::ids::{entity, milestone};
use crate::data::{ids, Dataset, Kind, Lang, Period, Unit};
use crate::format;
use crate::sort::sort_unique;

const MILLION: f64 = 1_000_000.0;

fn cumulative_point(period: Period, total: Figure, sources: Vec<String>, derivation: String, lang: Lang) -> DataPoint {
    let derived = Derived {
        series_id: "xiaomi-cumulative",
        label: tr(lang, "Cumulative deliveries", "累计交付量"),
        period,
        value: total.value,
        qualifier: total.qualifier,
        kind: Kind::Actual,
        sources,
        how: derivation,
    };
    DataPoint { color: ColorRole::Highlight, ..derived_point(derived) }
}

/// Running totals: quarter by quarter while exact quarterly counts exist,
/// then the annual totals, then the current year's months.
fn actual_path(dataset: &Dataset, lang: Lang) -> Vec<DataPoint> {
    let mut points = Vec::new();
    let mut running: Option<Figure> = None;
    let mut sources: Vec<String> = Vec::new();
    if let Some(quarters) = dataset.series(ids::series::XIAOMI_QUARTERLY) {
        for value in quarters.values.iter().filter(|v| v.kind.is_outcome()) {
            running = sum(running.into_iter().chain([Figure::of(value)]));
            sources.extend(value.sources.iter().cloned());
            let how = tr(lang, "running sum of the quarterly delivery counts", "季度交付量累加");
            points.push(cumulative_point(
                value.period.clone(),
                running.unwrap_or(Figure::of(value)),
                sources.clone(),
                how,
                lang,
            ));
        }
    }
    let last_quarter_end = points.last().map(|p: &DataPoint| p.period.last_day());
    let years = dataset.series(ids::series::XIAOMI_YEARLY);
    let yearly: Vec<_> = years.map(|s| s.values.iter().filter(|v| v.kind.is_outcome()).collect()).unwrap_or_default();
    let mut year_total: Option<Figure> = None;
    let mut year_sources: Vec<String> = Vec::new();
    for value in &yearly {
        year_total = sum(year_total.into_iter().chain([Figure::of(value)]));
        year_sources.extend(value.sources.iter().cloned());
        if Some(value.period.last_day()) > last_quarter_end {
            let how = tr(lang, "sum of the annual delivery totals", "年度交付量累加");
            points.push(cumulative_point(
                value.period.clone(),
                year_total.unwrap_or(Figure::of(value)),
                year_sources.clone(),
                how,
                lang,
            ));
        }
    }
    let last_year = yearly.iter().map(|v| v.period.year()).max();
    if let (Some(monthly), Some(last_year), Some(mut total)) =
        (dataset.series(ids::series::XIAOMI_MONTHLY), last_year, year_total)
    {
        for value in monthly.values.iter().filter(|v| v.kind.is_outcome() && v.period.year() > last_year) {
            total = total.plus(Figure::of(value));
            year_sources.extend(value.sources.iter().cloned());
            let how = tr(lang, "annual totals plus this year's monthly figures", "年度合计加上今年各月数据");
            points.push(cumulative_point(value.period.clone(), total, year_sources.clone(), how, lang));
        }
    }
    for point in &mut points {
        sort_unique(&mut point.sources);
    }
    points
}

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let mut points = actual_path(dataset, lang);
    let last = points.last().cloned();
    let projections = projections_to(dataset, MILLION, lang);
    let mut groups = vec![tr(lang, "Cumulative deliveries", "累计交付量")];
    for (pace, projection, assumption) in &projections {
        let Some(start) = &last else { break };
        let (label, color) = match pace {
            Pace::Target => (tr(lang, "Projection at the target's pace", "按目标速度的预测"), ColorRole::Series(0)),
            Pace::Recent => (tr(lang, "Projection at the recent pace", "按近期速度的预测"), ColorRole::Series(1)),
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
        // The projection starts from the last actual total; its note sits on the end point.
        let begin = DataPoint {
            series_id: end.series_id.clone(),
            series_label: end.series_label.clone(),
            kind: Kind::Forecast,
            derivation: None,
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
    let axes = (tr(lang, "Date", "日期"), tr(lang, "Vehicles, cumulative", "累计辆数"));
    let title =
        tr(lang, "Xiaomi's cumulative deliveries and the road to one million", "小米汽车累计交付量与百万辆之路");
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
    chart.reference_lines = vec![ReferenceLine { value: MILLION, label: tr(lang, "1,000,000 vehicles", "100万辆") }];
    chart.notes.push(tr(
        lang,
        "Projections are not forecasts by anyone: they extend a pace stated in each note. Diamonds mark milestones with a vehicle count.",
        "预测线并非任何机构的预测：仅按注释所述速度外推。菱形标记带有车辆数的里程碑。",
    ));
    for annotation in &annotations {
        for id in &annotation.sources {
            if !chart.sources.iter().any(|s| &s.id == id) {
                if let Some(source) = dataset.source(id) {
                    chart.sources.push(super::SourceRef {
                        id: source.id.clone(),
                        publisher: source.publisher.get(lang).to_owned(),
                        title: source.title.get(lang).to_owned(),
                        date: source.date,
                        url: source.url.clone(),
                    });
                }
            }
        }
    }
    chart.annotations = annotations;
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
    let when = |pace: Pace| {
        projections.iter().find(|(p, _, _)| *p == pace).map(|(_, proj, _)| format::period(&proj.reached, lang))
    };
    let first = days_to_500k.map(|d| {
        tr(
            lang,
            format!("Xiaomi reached its 500,000th vehicle {d} days after the SU7 launch"),
            format!("小米在SU7发布{d}天后迎来第50万辆车"),
        )
    });
    let second = match (when(Pace::Target), when(Pace::Recent)) {
        (Some(target), Some(recent)) => Some(tr(
            lang,
            format!(
                "at the pace the 2026 target needs it would pass 1,000,000 in {target} ({recent} at the recent pace)"
            ),
            format!("按2026年目标所需速度，将于{target}突破100万辆（按近期速度为{recent}）"),
        )),
        _ => None,
    };
    match (first, second) {
        (Some(a), Some(b)) => tr(lang, format!("{a}; {b}."), format!("{a}；{b}。")),
        (Some(a), None) | (None, Some(a)) => tr(lang, format!("{a}."), format!("{a}。")),
        (None, None) => tr(lang, "No cumulative figures in this dataset.", "此数据集中没有累计数据。"),
    }
}
