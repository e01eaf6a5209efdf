//! `target-2026`: the year's target tracked month by month. Each reported
//! month stands against the pace the target needs (target ÷ 12); the months
//! after the last report show the pace still needed from there on, dashed,
//! so months with no published figure read as gaps, not as zero; the last
//! column sets the year to date against a straight line to the target.

use super::{
    derived_point, model, point_from, tr, ChartId, ChartModel, ColorRole, DataPoint, Derived, Layout, ReferenceLine,
    Wording,
};
use crate::analysis::target::{target_pace, TargetPace};
use crate::data::{ids, Dataset, Kind, Lang, Period, Qualifier, Unit};
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
    derived_point(Derived { series_id: "derived", label, period, value, qualifier, kind, sources, how })
}

/// The sources of one value of a series, or none.
fn sources_of(dataset: &Dataset, series: &str, period: Period) -> Vec<String> {
    dataset.series(series).and_then(|s| s.value_at(&period)).map(|v| v.sources.clone()).unwrap_or_default()
}

pub fn build(dataset: &Dataset, lang: Lang) -> ChartModel {
    let year = dataset.as_of.year;
    let title = tr(lang, format!("Tracking the {year} target month by month"), format!("逐月追踪{year}年目标"));
    let axes = (String::new(), tr(lang, "Vehicles", "辆"));
    let Some(pace) = target_pace(dataset, year) else {
        let none = tr(lang, format!("No {year} target in this dataset."), format!("此数据集中没有{year}年目标。"));
        return model(
            ChartId::Target2026,
            Layout::Columns,
            dataset,
            lang,
            Wording { title, takeaway: none, axes },
            Vec::new(),
            Vec::new(),
        );
    };
    let target_sources = sources_of(dataset, ids::series::XIAOMI_TARGET, Period::Year(year));
    let monthly = dataset.series(ids::series::XIAOMI_MONTHLY);
    let mut categories = Vec::new();
    let mut points = Vec::new();
    // A slot with no point is a month before the last report with no figure of its own.
    let mut push = |label: String, point: Option<DataPoint>| {
        if let Some(mut point) = point {
            point.category = categories.len();
            points.push(point);
        }
        categories.push(label);
    };
    if let Some(average) = pace.previous_average_month {
        let how = tr(lang, format!("{} total ÷ 12", year - 1), format!("{}年全年 ÷ 12", year - 1));
        let label = tr(lang, format!("{} average", year - 1), format!("{}年月均", year - 1));
        let sources = sources_of(dataset, ids::series::XIAOMI_YEARLY, Period::Year(year - 1));
        push(
            label.clone(),
            Some(derived(label, Period::Year(year - 1), average.value, average.qualifier, Kind::Actual, sources, how)),
        );
    }
    let last_reported = pace.last_reported_month;
    let needed_from = last_reported.map_or(1, |m| m + 1);
    let needed_how = needed_derivation(&pace, needed_from, lang);
    let needed_label = tr(lang, "Needed a month from here", "此后每月所需");
    for month in 1..=12u8 {
        let period = Period::Month(year, month);
        let label = format::period_short(&period, lang);
        match monthly.and_then(|s| s.value_at(&period).map(|v| (s, v))) {
            Some((series, value)) if value.kind.is_outcome() => push(label, Some(point_from(series, value, lang))),
            _ if month >= needed_from => {
                let mut needed = derived(
                    needed_label.clone(),
                    period,
                    pace.needed_per_month,
                    Qualifier::Exact,
                    Kind::Target,
                    target_sources.clone(),
                    needed_how.clone(),
                );
                needed.color = ColorRole::Series(0);
                push(label, Some(needed));
            }
            _ => push(label, None),
        }
    }
    if let (Some(done), Some(last)) = (pace.delivered_to_date, last_reported) {
        let span = to_date_span(year, last, lang);
        let label = tr(lang, format!("{span} total"), format!("{span}合计"));
        let monthly_sources: Vec<String> = monthly
            .map(|s| s.values.iter().filter(|v| v.period.year() == year).flat_map(|v| v.sources.clone()).collect())
            .unwrap_or_default();
        let how = tr(lang, format!("sum of the monthly figures, {span}"), format!("{span}月度数字之和"));
        let mut total =
            derived(label.clone(), Period::Year(year), done.value, done.qualifier, Kind::Actual, monthly_sources, how);
        total.color = ColorRole::Highlight;
        push(label, Some(total));
        let on_line = pace.target.value * f64::from(last) / 12.0;
        let line_how = tr(
            lang,
            format!("{} × {last} ÷ 12: a straight line to the target", format::count(pace.target.value)),
            format!("{} × {last} ÷ 12：匀速达成目标的直线", format::count(pace.target.value)),
        );
        let line_label = tr(lang, "On a straight line to the target", "匀速达成目标所需");
        let mut line =
            derived(line_label, Period::Year(year), on_line, Qualifier::Exact, Kind::Target, target_sources, line_how);
        line.secondary = true;
        line.category = categories.len() - 1;
        points.push(line);
    }

    let mut chart = model(
        ChartId::Target2026,
        Layout::Columns,
        dataset,
        lang,
        Wording { title, takeaway: takeaway(&pace, lang), axes },
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
    chart.notes.insert(0, gap_note(&pace, lang));
    chart
}

/// "Jan–Feb 2026" / "2026年1-2月"; one month alone is named as itself.
fn to_date_span(year: i32, last: u8, lang: Lang) -> String {
    let last_period = Period::Month(year, last);
    match (last, lang) {
        (1, _) => format::period(&last_period, lang),
        (_, Lang::En) => format!("Jan–{}", format::period(&last_period, lang)),
        (_, Lang::ZhCn) => format!("{year}年1-{last}月"),
    }
}

/// Names the months with no published figure as such.
fn gap_note(pace: &TargetPace, lang: Lang) -> String {
    match pace.last_reported_month {
        Some(last) => {
            let month = format::period(&Period::Month(pace.year, last), lang);
            tr(
                lang,
                format!("No monthly figure published after {month}: the dashed bars are what the target needs from then on, not deliveries."),
                format!("{month}之后没有公布月度数字：虚线柱是此后达成目标每月所需的数量，并非交付量。"),
            )
        }
        None => tr(
            lang,
            format!("No monthly figure published for {} yet.", pace.year),
            format!("尚未公布{}年的月度数字。", pace.year),
        ),
    }
}

fn needed_derivation(pace: &TargetPace, from_month: u8, lang: Lang) -> String {
    let delivered =
        pace.delivered_to_date.map_or("0".into(), |d| format::figure(d.value, Unit::Vehicles, d.qualifier, lang));
    let months_left = 12 - pace.months_elapsed;
    let from = format::period(&Period::Month(pace.year, from_month.min(12)), lang);
    tr(
        lang,
        format!(
            "from {from}: ({} target − {delivered} reported) ÷ {months_left} months left",
            format::count(pace.target.value)
        ),
        format!("自{from}起：（{}目标 − 已公布{delivered}）÷ 剩余{months_left}个月", format::count(pace.target.value)),
    )
}

fn takeaway(pace: &TargetPace, lang: Lang) -> String {
    let needed = format::count(pace.needed_per_month);
    let target = format::count(pace.target.value);
    let (Some(done), Some(last)) = (pace.delivered_to_date, pace.last_reported_month) else {
        return tr(lang, format!("The target needs {needed} a month."), format!("目标需每月交付{needed}辆。"));
    };
    let span = to_date_span(pace.year, last, lang);
    let done_text = format::figure(done.value, Unit::Vehicles, done.qualifier, lang);
    let on_line = format::count(pace.target.value * f64::from(last) / 12.0);
    let share =
        pace.share_reached_pct.map_or(String::new(), |s| format!("{s:.1}%{}", format::qualifier_mark(done.qualifier)));
    let best = pace
        .best_month
        .as_ref()
        .map(|(p, f)| (format::period(p, lang), format::figure(f.value, Unit::Vehicles, f.qualifier, lang)));
    let best_text = match best {
        Some((month, figure)) => tr(
            lang,
            format!(" (its best month was {figure}, in {month})"),
            format!("（最佳月份为{month}的{figure}辆）"),
        ),
        None => String::new(),
    };
    tr(
        lang,
        format!("Xiaomi reported {done_text} for {span}, {share} of the {target} target, against {on_line} on a straight line to it; from then on it needs {needed} a month{best_text}."),
        format!("小米公布{span}交付{done_text}辆，完成{target}辆目标的{share}，匀速达成目标则应为{on_line}辆；此后每月需交付{needed}辆{best_text}。"),
    )
}
