//! `target-2026`: what the 550,000 target demands each month, against the
//! months achieved so far and the best and average months before.

use super::{model, point_from, tr, ChartId, ChartModel, ColorRole, DataPoint, Layout, ReferenceLine};
use crate::analysis::target::{target_pace, TargetPace};
use crate::data::{series_ids, Dataset, Kind, Lang, Period, Qualifier, Unit};
use crate::format;

fn derived(
    label: String,
    period: Period,
    value: f64,
    qualifier: Qualifier,
    kind: Kind,
    sources: Vec<String>,
    how: String,
) -> DataPoint {
    DataPoint {
        series_id: "derived".into(),
        series_label: label,
        period,
        value,
        unit: Unit::Vehicles,
        qualifier,
        kind,
        measure: "deliveries".into(),
        sources,
        derivation: Some(how),
        status: None,
        conflicts: Vec::new(),
        note: None,
        secondary: false,
        color: ColorRole::Muted,
        category: 0,
        group: 0,
    }
}

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let year = dataset.as_of.year;
    let title = tr(lang, format!("What the {year} target demands each month"), format!("{year}年目标每月需要交付多少"));
    let axes = (String::new(), tr(lang, "Vehicles a month", "每月辆数"));
    let Some(pace) = target_pace(dataset, year) else {
        let none = tr(lang, format!("No {year} target in this dataset."), format!("此数据集中没有{year}年目标。"));
        return model(ChartId::Target2026, Layout::Columns, dataset, lang, title, none, axes, Vec::new(), Vec::new());
    };
    let target_sources = dataset
        .series(series_ids::XIAOMI_TARGET)
        .and_then(|s| s.value_at(&Period::Year(year)))
        .map(|v| v.sources.clone())
        .unwrap_or_default();
    let yearly_sources = dataset
        .series(series_ids::XIAOMI_YEARLY)
        .and_then(|s| s.value_at(&Period::Year(year - 1)))
        .map(|v| v.sources.clone())
        .unwrap_or_default();
    let mut categories = Vec::new();
    let mut points = Vec::new();
    let mut push = |label: String, mut point: DataPoint| {
        point.category = categories.len();
        categories.push(label);
        points.push(point);
    };
    if let Some(average) = pace.previous_average_month {
        let how = tr(lang, format!("{} total ÷ 12", year - 1), format!("{}年全年 ÷ 12", year - 1));
        let label = tr(lang, format!("{} average", year - 1), format!("{}年月均", year - 1));
        push(
            label.clone(),
            derived(
                label,
                Period::Year(year - 1),
                average.value,
                average.qualifier,
                Kind::Actual,
                yearly_sources.clone(),
                how,
            ),
        );
    }
    if let Some((period, _)) = &pace.best_month {
        if let Some((series, value)) =
            dataset.series(series_ids::XIAOMI_MONTHLY).and_then(|s| s.value_at(period).map(|v| (s, v)))
        {
            let label = tr(
                lang,
                format!("Best: {}", format::period_short(period, lang)),
                format!("最佳：{}", format::period_short(period, lang)),
            );
            push(label, point_from(series, value, lang));
        }
    }
    if let Some(monthly) = dataset.series(series_ids::XIAOMI_MONTHLY) {
        for value in monthly.values.iter().filter(|v| v.period.year() == year && v.kind.is_outcome()) {
            push(format::period_short(&value.period, lang), point_from(monthly, value, lang));
        }
    }
    let needed_how = tr(
        lang,
        format!(
            "({} target − {} delivered so far) ÷ {} months left",
            format::count(pace.target.value),
            pace.delivered_to_date.map_or("0".into(), |d| format::figure(d.value, Unit::Vehicles, d.qualifier, lang)),
            12 - pace.months_elapsed
        ),
        format!(
            "（{}目标 − 已交付{}）÷ 剩余{}个月",
            format::count(pace.target.value),
            pace.delivered_to_date.map_or("0".into(), |d| format::figure(d.value, Unit::Vehicles, d.qualifier, lang)),
            12 - pace.months_elapsed
        ),
    );
    let needed_label = tr(lang, "Needed from now", "此后每月所需");
    let mut needed = derived(
        needed_label.clone(),
        Period::Year(year),
        pace.needed_per_month,
        Qualifier::Exact,
        Kind::Target,
        target_sources.clone(),
        needed_how,
    );
    needed.color = ColorRole::Series(0);
    push(needed_label, needed);

    let mut chart = model(
        ChartId::Target2026,
        Layout::Columns,
        dataset,
        lang,
        title,
        takeaway(&pace, lang),
        axes,
        categories,
        points,
    );
    chart.reference_lines = vec![ReferenceLine {
        value: pace.flat_per_month,
        label: tr(
            lang,
            format!("{year} target ÷ 12 = {}", format::count(pace.flat_per_month)),
            format!("{year}年目标 ÷ 12 = {}", format::count(pace.flat_per_month)),
        ),
    }];
    if let Some(growth) = pace.growth_needed_pct {
        chart.notes.push(tr(
            lang,
            format!(
                "{} is {} on {}'s {}.",
                format::count(pace.target.value),
                format::change_pct(growth),
                year - 1,
                pace.previous_year.map_or(String::new(), |p| format::figure(
                    p.value,
                    Unit::Vehicles,
                    p.qualifier,
                    lang
                ))
            ),
            format!(
                "{}比{}年的{}增长{}。",
                format::count(pace.target.value),
                year - 1,
                pace.previous_year.map_or(String::new(), |p| format::figure(
                    p.value,
                    Unit::Vehicles,
                    p.qualifier,
                    lang
                )),
                format::change_pct(growth)
            ),
        ));
    }
    chart
}

fn takeaway(pace: &TargetPace, lang: Lang) -> String {
    let needed = format::count(pace.needed_per_month);
    let average = pace
        .previous_average_month
        .map(|a| format::figure(a.value, Unit::Vehicles, a.qualifier, lang))
        .unwrap_or_default();
    let best = pace
        .best_month
        .as_ref()
        .map(|(p, f)| (format::period(p, lang), format::figure(f.value, Unit::Vehicles, f.qualifier, lang)));
    let progress = match (pace.delivered_to_date, pace.share_reached_pct) {
        (Some(done), Some(share)) => tr(
            lang,
            format!(
                "; {} delivered so far, {:.1}%{} of the target",
                format::figure(done.value, Unit::Vehicles, done.qualifier, lang),
                share,
                format::qualifier_mark(done.qualifier)
            ),
            format!(
                "；目前已交付{}，完成目标的{:.1}%{}",
                format::figure(done.value, Unit::Vehicles, done.qualifier, lang),
                share,
                format::qualifier_mark(done.qualifier)
            ),
        ),
        _ => String::new(),
    };
    match best {
        Some((month, best)) => tr(
            lang,
            format!("To reach {} Xiaomi must deliver {needed} a month for the rest of {}, above its {} average of {average} and below its best month, {best} in {month}{progress}.", format::count(pace.target.value), pace.year, pace.year - 1),
            format!("要完成{}辆目标，小米在{}年余下时间需每月交付{needed}辆，高于{}年月均{average}辆，低于最佳月份{month}的{best}辆{progress}。", format::count(pace.target.value), pace.year, pace.year - 1),
        ),
        None => tr(lang, format!("The target needs {needed} a month{progress}."), format!("目标需每月交付{needed}辆{progress}。")),
    }
}
