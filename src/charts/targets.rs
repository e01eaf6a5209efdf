//! `targets`: each year's delivery target as first announced and as raised,
//! against what Xiaomi actually delivered.

use super::{model, point_from, tr, ChartId, ChartModel, ColorRole, DataPoint, Layout, Wording};
use crate::analysis::change_pct;
use crate::data::{ids, Dataset, Lang, Period, Unit};
use crate::format;
use crate::sort::sort_unique;

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let groups = vec![
        tr(lang, "Target as first announced", "首次公布的目标"),
        tr(lang, "Raised target", "上调后的目标"),
        tr(lang, "Delivered", "实际交付"),
    ];
    let sources = [
        (ids::series::XIAOMI_TARGET, 0, ColorRole::Series(0)),
        (ids::series::XIAOMI_TARGET_RAISED, 1, ColorRole::Series(2)),
        (ids::series::XIAOMI_YEARLY, 2, ColorRole::Highlight),
    ];
    let mut years: Vec<i32> = sources
        .iter()
        .filter_map(|(id, _, _)| dataset.series(id))
        .flat_map(|s| s.values.iter().filter(|v| matches!(v.period, Period::Year(_))).map(|v| v.period.year()))
        .collect();
    sort_unique(&mut years);
    let mut points: Vec<DataPoint> = Vec::new();
    for (id, group, color) in sources {
        let Some(series) = dataset.series(id) else { continue };
        for value in &series.values {
            let Some(category) = years.iter().position(|y| Period::Year(*y) == value.period) else { continue };
            points.push(DataPoint { category, group, color, ..point_from(series, value, lang) });
        }
    }
    let categories = years.iter().map(|y| format::period(&Period::Year(*y), lang)).collect();
    let axes = (tr(lang, "Year", "年份"), tr(lang, "Vehicles", "辆"));
    let title = tr(lang, "Xiaomi's delivery targets against deliveries", "小米汽车交付目标与实际交付");
    let takeaway = takeaway(&points, &years, lang);
    let mut chart =
        model(ChartId::Targets, Layout::Columns, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.groups = groups;
    chart
}

/// Each year with both a target and a result: by how much the latest target was beaten or missed.
fn takeaway(points: &[DataPoint], years: &[i32], lang: Lang) -> String {
    let mut parts = Vec::new();
    let mut all_beaten = true;
    for (i, year) in years.iter().enumerate() {
        let target = points.iter().filter(|p| p.category == i && p.group < 2).max_by_key(|p| p.group);
        let actual = points.iter().find(|p| p.category == i && p.group == 2);
        if let (Some(target), Some(actual)) = (target, actual) {
            let change = change_pct(target.value, actual.value).map(format::change_pct).unwrap_or_default();
            all_beaten &= actual.value >= target.value;
            let delivered = format::figure(actual.value, Unit::Vehicles, actual.qualifier, lang);
            parts.push(tr(
                lang,
                format!(
                    "{year}: {delivered} against a target of {} ({change}{})",
                    format::count(target.value),
                    format::qualifier_mark(actual.qualifier)
                ),
                format!(
                    "{year}年交付{delivered}辆，目标{}辆（{change}{}）",
                    format::count(target.value),
                    format::qualifier_mark(actual.qualifier)
                ),
            ));
        }
    }
    let open = years
        .iter()
        .enumerate()
        .filter(|(i, _)| !points.iter().any(|p| p.category == *i && p.group == 2))
        .map(|(_, y)| *y)
        .max();
    let next = open.and_then(|y| points.iter().find(|p| p.period == Period::Year(y) && p.group == 0)).map(|p| {
        tr(
            lang,
            format!("; the {} target is {}", p.period.year(), format::count(p.value)),
            format!("；{}年目标为{}辆", p.period.year(), format::count(p.value)),
        )
    });
    match (parts.is_empty(), lang) {
        (true, _) => tr(lang, "No targets with results in this dataset.", "此数据集中没有可与结果对比的目标。"),
        (false, Lang::En) => {
            let verdict = if all_beaten { "Xiaomi beat every target" } else { "Against its targets" };
            format!("{verdict}: {}{}.", parts.join("; "), next.unwrap_or_default())
        }
        (false, Lang::ZhCn) => {
            let verdict = if all_beaten { "小米每年都超额完成目标" } else { "与目标相比" };
            format!("{verdict}：{}{}。", parts.join("；"), next.unwrap_or_default())
        }
    }
}
