//! The competitor chart's two views of the tracked year: the year so far,
//! compared over the months Xiaomi has published (a maker whose figures cover other months is
//! marked), and the delivery targets makers announced for the year.

use super::{is_maker_count, is_xiaomi, maker_color, maker_label};
use crate::analysis::{sum, Figure};
use crate::charts::{messages, model, point_from, ChartId, ChartModel, DataPoint, Layout, Wording};
use crate::data::ids::{entity, measure};
use crate::data::{ids, Dataset, FigureStatus, Granularity, Kind, Period, Series, Unit, Value};
use crate::format;
use crate::sort::sort_by;
use crate::text::Lang;

/// The months a period covers, as (year, month).
pub(super) fn months_of(period: &Period) -> Vec<(i32, u8)> {
    let (first, last) = (period.first_day(), period.last_day());
    let mut months = Vec::new();
    let (mut y, mut m) = (first.year, first.month);
    while (y, m) <= (last.year, last.month) {
        months.push((y, m));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    months
}

/// A maker's published figures within `year`, from its finest series.
fn in_year(series: &Series, year: i32) -> Vec<&Value> {
    series
        .values
        .iter()
        .filter(|v| v.kind.is_outcome() && v.period.year() == year)
        .filter(|v| matches!(v.period.granularity(), Granularity::Month | Granularity::Quarter))
        .collect()
}

fn maker_values(dataset: &Dataset, year: i32) -> Vec<(&Series, Vec<&Value>)> {
    let mut chosen: Vec<(&Series, Vec<&Value>)> = Vec::new();
    for series in dataset.series.iter().filter(|s| is_maker_count(s)) {
        let values = in_year(series, year);
        if values.is_empty() {
            continue;
        }
        let monthly = values.iter().all(|v| v.period.granularity() == Granularity::Month);
        match chosen.iter_mut().find(|(s, _)| s.entity == series.entity) {
            Some(slot) if monthly => *slot = (series, values),
            Some(_) => {}
            None => chosen.push((series, values)),
        }
    }
    chosen
}

/// "Jan–Feb 2026" for a run of months.
fn span_label(months: &[(i32, u8)], lang: Lang) -> String {
    let (Some(&(y1, m1)), Some(&(y2, m2))) = (months.first(), months.last()) else { return String::new() };
    let first = format::period(&Period::Month(y1, m1), lang);
    let last = format::period(&Period::Month(y2, m2), lang);
    if months.len() == 1 {
        return last;
    }
    messages(lang).month_span(&first, &last, m2)
}

/// One point for a maker's figures `used` (in order): their sum, over the
/// span from the first to the last, with every source, the weakest status,
/// and, for more than one, how it was summed. `None` when `used` is empty.
pub(super) fn summed(series: &Series, used: &[&Value], lang: Lang) -> Option<DataPoint> {
    let (first, total) = (used.first()?, sum(used.iter().map(|v| Figure::of(v)))?);
    let mut point = point_from(series, first, lang);
    point.value = total.value;
    point.qualifier = total.qualifier;
    point.period = match used.last() {
        Some(last) if used.len() > 1 => Period::Span(Box::new(first.period.clone()), Box::new(last.period.clone())),
        _ => first.period.clone(),
    };
    point.sources = used.iter().flat_map(|v| v.sources.clone()).collect();
    point.sources.dedup();
    point.status = if used.iter().any(|v| v.status == Some(FigureStatus::Weak)) {
        Some(FigureStatus::Weak)
    } else {
        used.iter().find_map(|v| v.status)
    };
    point.note = None;
    if used.len() > 1 {
        let parts: Vec<String> = used.iter().map(|v| format::period(&v.period, lang)).collect();
        point.derivation = Some(messages(lang).sum_of(&parts));
    }
    Some(point)
}

pub fn build(dataset: &Dataset, year: i32, lang: Lang) -> ChartModel {
    let makers = maker_values(dataset, year);
    // The comparison runs over the months Xiaomi has published.
    let reference: Vec<(i32, u8)> = makers
        .iter()
        .find(|(s, _)| s.entity == entity::XIAOMI)
        .map(|(_, values)| values.iter().flat_map(|v| months_of(&v.period)).collect())
        .unwrap_or_default();
    let reference_label = span_label(&reference, lang);
    // Each row: its label, its point, and whether it covers the reference months.
    let mut rows: Vec<(String, DataPoint, bool)> = Vec::new();
    for (series, values) in &makers {
        let same: Vec<&Value> =
            values.iter().copied().filter(|v| months_of(&v.period).iter().all(|m| reference.contains(m))).collect();
        let covers_reference =
            !reference.is_empty() && reference.iter().all(|m| same.iter().any(|v| months_of(&v.period).contains(m)));
        let used: Vec<&Value> = if covers_reference { same } else { values.clone() };
        let mut months: Vec<(i32, u8)> = used.iter().flat_map(|v| months_of(&v.period)).collect();
        months.sort_unstable();
        let Some(mut point) = summed(series, &used, lang) else { continue };
        let span = span_label(&months, lang);
        let mut label = maker_label(dataset, series, lang);
        if !covers_reference {
            label.push_str(&messages(lang).other_months(&span));
        }
        point.color = maker_color(&series.entity);
        rows.push((label, point, covers_reference));
    }
    sort_by(&mut rows, |a, b| b.1.value.total_cmp(&a.1.value));
    let comparable: Vec<bool> = rows.iter().map(|row| row.2).collect();
    let (categories, mut points): (Vec<String>, Vec<DataPoint>) = rows.into_iter().map(|(c, p, _)| (c, p)).unzip();
    for (category, point) in points.iter_mut().enumerate() {
        point.category = category;
    }
    let text = messages(lang);
    let title = text.so_far_title(year);
    let xiaomi = points.iter().find(|p| is_xiaomi(dataset, p));
    let takeaway = match xiaomi {
        Some(x) => {
            let rank = comparable.iter().take(x.category).filter(|&&same| same).count() + 1;
            let comparable = comparable.iter().filter(|&&same| same).count();
            let reported = format::figure(x.value, Unit::Vehicles, x.qualifier, lang);
            if comparable == 1 {
                text.alone_over(&reference_label, &reported)
            } else {
                text.rank_over(&reference_label, &reported, rank, comparable)
            }
        }
        None => text.no_xiaomi_figure(year),
    };
    let axes = (text.axis_delivered_or_sold.to_owned(), String::new());
    let mut chart =
        model(ChartId::Competitors, Layout::Rows, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.notes.push(text.note_compared_over(&reference_label));
    chart
}

pub fn targets(dataset: &Dataset, year: i32, lang: Lang) -> ChartModel {
    let mut points: Vec<DataPoint> = dataset
        .series
        .iter()
        .filter(|s| {
            s.unit == Unit::Vehicles && s.measure == measure::DELIVERIES && s.id != ids::series::XIAOMI_TARGET_RAISED
        })
        .flat_map(|s| s.values.iter().map(move |v| (s, v)))
        .filter(|(_, v)| v.kind == Kind::Target && v.period == Period::Year(year))
        .map(|(series, value)| DataPoint { color: maker_color(&series.entity), ..point_from(series, value, lang) })
        .collect();
    sort_by(&mut points, |a, b| b.value.total_cmp(&a.value));
    let categories: Vec<String> = points
        .iter()
        .map(|p| dataset.series(&p.series_id).map(|s| dataset.entity_name(&s.entity, lang)).unwrap_or_default())
        .collect();
    for (category, point) in points.iter_mut().enumerate() {
        point.category = category;
    }
    let text = messages(lang);
    let title = text.targets_for_title(year);
    let xiaomi = points.iter().find(|p| is_xiaomi(dataset, p));
    let takeaway = match xiaomi {
        Some(x) => text.target_rank(
            points.len(),
            year,
            &format::figure(x.value, Unit::Vehicles, x.qualifier, lang),
            x.category + 1,
        ),
        None => text.no_xiaomi_target(year),
    };
    let axes = (text.axis_vehicles.to_owned(), String::new());
    let mut chart =
        model(ChartId::Competitors, Layout::Rows, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    chart.notes.push(text.note_target_ranges.to_owned());
    chart
}
