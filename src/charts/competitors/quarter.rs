//! The competitor chart's view of one quarter of a year that has no annual
//! figures yet: each maker's deliveries in the quarter, from its quarterly
//! figure or, without one, the sum of its three months. Figures keep their
//! qualifier and status: a floor ("at least") is ranked as a floor, and a
//! maker whose figures cover only part of the quarter is named in a note, not
//! left out in silence.

use super::so_far::{months_of, summed};
use super::{counting_label, is_maker_count, is_xiaomi, maker_color};
use crate::charts::{messages, model, ChartId, ChartModel, DataPoint, Layout, Wording};
use crate::data::ids::measure;
use crate::data::{Dataset, FigureStatus, Granularity, Period, Qualifier, Series, Unit, Value};
use crate::format;
use crate::sort::sort_by;
use crate::text::Lang;

/// What the data holds for one maker in the quarter.
enum Coverage<'a> {
    /// Figures for the whole quarter: one quarterly figure, or its three months.
    Whole(&'a Series, Vec<&'a Value>),
    /// Figures for some of its months only.
    Part,
    None,
}

/// What one maker's series say about `quarter`: a quarterly figure first
/// (what the maker filed), else three monthly ones.
fn coverage<'a>(series: &[&'a Series], quarter: &Period) -> Coverage<'a> {
    let in_quarter = |s: &'a Series| -> Vec<&'a Value> {
        s.values.iter().filter(|v| v.kind.is_outcome() && quarter.contains(&v.period)).collect()
    };
    for s in series {
        if let Some(value) = in_quarter(s).into_iter().find(|v| v.period == *quarter) {
            return Coverage::Whole(s, vec![value]);
        }
    }
    let months = months_of(quarter);
    let mut partial = false;
    for s in series {
        let monthly: Vec<&Value> =
            in_quarter(s).into_iter().filter(|v| v.period.granularity() == Granularity::Month).collect();
        if monthly.len() == months.len() {
            return Coverage::Whole(s, monthly);
        }
        partial |= !monthly.is_empty();
    }
    if partial {
        Coverage::Part
    } else {
        Coverage::None
    }
}

/// One maker: what its counts include, and its series that count vehicles.
struct Maker<'a> {
    includes: &'a str,
    series: Vec<&'a Series>,
}

/// Each maker, by entity in the data's order, with every series that counts
/// its vehicles delivered or sold. A series that does not say what it counts
/// (Xiaomi's quarters) counts what the maker's other series say, when they
/// all say the same; otherwise it is left out, as is a market's series.
fn makers(dataset: &Dataset) -> Vec<Maker<'_>> {
    let counts = |s: &&Series| {
        s.unit == Unit::Vehicles
            && matches!(s.measure.as_str(), measure::DELIVERIES | measure::SALES_INCL_PHEV)
            && s.values.iter().all(|v| v.kind.is_outcome())
    };
    let mut makers: Vec<Maker> = Vec::new();
    for series in dataset.series.iter().filter(|s| is_maker_count(s)) {
        let includes = series.includes.as_deref().unwrap_or_default();
        match makers.iter_mut().find(|m| m.series.first().is_some_and(|s| s.entity == series.entity)) {
            Some(maker) if maker.includes == includes => maker.series.push(series),
            // Two counts of different things: the maker's first is compared.
            Some(_) => {}
            None => makers.push(Maker { includes, series: vec![series] }),
        }
    }
    for series in dataset.series.iter().filter(counts).filter(|s| s.includes.is_none()) {
        if let Some(maker) = makers.iter_mut().find(|m| m.series.first().is_some_and(|s| s.entity == series.entity)) {
            maker.series.push(series);
        }
    }
    makers
}

/// The quarters of `year` worth comparing: Xiaomi and at least one other
/// maker have a figure for the whole quarter.
pub fn quarters(dataset: &Dataset, year: i32) -> Vec<u8> {
    (1..=4)
        .filter(|&q| {
            let quarter = Period::Quarter(year, q);
            let whole: Vec<&Series> = makers(dataset)
                .iter()
                .filter_map(|maker| match coverage(&maker.series, &quarter) {
                    Coverage::Whole(s, _) => Some(s),
                    _ => None,
                })
                .collect();
            whole.len() >= 2 && whole.iter().any(|s| s.entity == crate::data::ids::entity::XIAOMI)
        })
        .collect()
}

pub fn build(dataset: &Dataset, year: i32, q: u8, lang: Lang) -> ChartModel {
    let quarter = Period::Quarter(year, q);
    let mut rows: Vec<(String, DataPoint)> = Vec::new();
    let mut partial: Vec<String> = Vec::new();
    for maker in makers(dataset) {
        match coverage(&maker.series, &quarter) {
            Coverage::Whole(s, used) => {
                if let Some(point) = summed(s, &used, lang) {
                    let label = counting_label(dataset, &s.entity, maker.includes, lang);
                    rows.push((label, DataPoint { color: maker_color(&s.entity), ..point }));
                }
            }
            Coverage::Part => {
                partial.extend(maker.series.first().map(|s| dataset.entity_name(&s.entity, lang)));
            }
            Coverage::None => {}
        }
    }
    sort_by(&mut rows, |a, b| b.1.value.total_cmp(&a.1.value));
    let (categories, mut points): (Vec<String>, Vec<DataPoint>) = rows.into_iter().unzip();
    for (category, point) in points.iter_mut().enumerate() {
        point.category = category;
    }
    let text = messages(lang);
    let named = format::period(&quarter, lang);
    let takeaway = takeaway(dataset, &points, &named, lang);
    let axes = (text.axis_delivered_or_sold.to_owned(), String::new());
    let title = text.quarter_title(&named);
    let mut chart =
        model(ChartId::Competitors, Layout::Rows, dataset, lang, Wording { title, takeaway, axes }, categories, points);
    if !partial.is_empty() {
        chart.notes.push(text.note_quarter_partial(&named, &partial.join(text.comma)));
    }
    chart.notes.push(text.note_powertrains.to_owned());
    chart
}

/// Xiaomi's place among the makers with a figure for the whole quarter; a
/// floor can only say the place it would at least have, and a weak figure says so.
fn takeaway(dataset: &Dataset, points: &[DataPoint], quarter: &str, lang: Lang) -> String {
    let text = messages(lang);
    let Some(xiaomi) = points.iter().find(|p| is_xiaomi(dataset, p)) else {
        return text.quarter_no_xiaomi(quarter);
    };
    let reported = format::figure(xiaomi.value, Unit::Vehicles, xiaomi.qualifier, lang);
    let rank = xiaomi.category + 1;
    let mut sentence = match xiaomi.qualifier {
        Qualifier::AtLeast => text.quarter_rank_floor(quarter, &reported, rank, points.len()),
        Qualifier::Exact | Qualifier::About => text.quarter_rank(quarter, &reported, rank, points.len()),
    };
    if xiaomi.status == Some(FigureStatus::Weak) {
        sentence.push_str(text.word_gap);
        sentence.push_str(text.xiaomi_figure_weak);
    }
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::competitors::CompetitorsYear;
    use crate::charts::{render_svg, test_svg, ChartOptions, Theme};
    use crate::data::test_datasets::fixture_with_a_quarter_to_compare;
    use crate::text::ui;

    #[test]
    fn a_quarter_xiaomi_and_a_rival_cover_is_offered_with_an_address_of_its_own() {
        let dataset = fixture_with_a_quarter_to_compare();
        assert_eq!(quarters(&dataset, 2026), [1]);
        let choices = CompetitorsYear::choices(&dataset);
        assert!(choices.contains(&CompetitorsYear::Quarter(2026, 1)), "{choices:?}");
        assert_eq!(CompetitorsYear::Quarter(2026, 1).id(), "2026-q1");
        assert_eq!(CompetitorsYear::from_id("2026-q1"), Some(CompetitorsYear::Quarter(2026, 1)));
        assert_eq!(CompetitorsYear::from_id("2026-q5"), None);
        // Xiaomi alone, or rivals without Xiaomi, is no comparison.
        assert!(quarters(&crate::data::fixture(), 2026).is_empty());
    }

    #[test]
    fn the_quarter_sets_xiaomis_weak_floor_beside_exact_counts_and_names_makers_with_part_of_it() {
        let dataset = fixture_with_a_quarter_to_compare();
        let model = build(&dataset, 2026, 1, Lang::En);
        let rows: Vec<(&str, f64)> = model.points.iter().map(|p| (p.series_id.as_str(), p.value)).collect();
        let expected = [
            ("nio-deliveries-quarter", 83_465.0),
            ("li-auto-deliveries-month", 83_089.0),
            ("xiaomi-deliveries-quarter", 80_000.0),
        ];
        assert_eq!(rows, expected, "largest first");
        let xiaomi = &model.points[2];
        assert_eq!((xiaomi.qualifier, xiaomi.status), (Qualifier::AtLeast, Some(FigureStatus::Weak)));
        assert!(xiaomi.derivation.is_none(), "a published quarter");
        assert!(model.points[1].derivation.is_some(), "Li Auto's three months, summed, say so");
        assert_eq!(
            model.points[1].period,
            Period::Span(Box::new(Period::Month(2026, 1)), Box::new(Period::Month(2026, 3)))
        );
        assert_eq!(
            model.takeaway,
            "In Q1 2026 Xiaomi delivered 80,000+: 3rd of the 3 makers with a figure for the whole quarter, \
             or higher, since its figure is only a floor. Xiaomi's figure rests on weak sources only."
        );
        assert!(model.notes.iter().any(|n| n.contains("Not compared: Leapmotor")), "{:?}", model.notes);
        assert!(model.notes.contains(&ui(Lang::En).note_weak.to_owned()), "{:?}", model.notes);
        assert!(model.notes.contains(&ui(Lang::En).note_at_least.to_owned()), "{:?}", model.notes);
        // The drawing: the floor as an open bar labelled "+", and the word "weak" beside it.
        let svg = render_svg(&model, &ChartOptions { width: 800, height: 400, theme: Theme::Light, standalone: true });
        assert!(svg.contains("80,000+ · weak"), "the weak floor is marked in the drawing");
        assert!(svg.contains("83,465") && !svg.contains("83,465 · weak"), "an exact filing has no mark");
        // On a phone, a label with no room after its bar is drawn inside its end;
        // where the status word has no room, the value keeps its floor mark.
        let phone =
            render_svg(&model, &ChartOptions { width: 320, height: 400, theme: Theme::Light, standalone: false });
        let labels = test_svg::texts(&test_svg::parse(&phone));
        for value in ["83,465", "83,089"] {
            assert!(labels.iter().any(|t| t == value), "{value} is drawn at 320 px: {labels:?}");
        }
        assert!(labels.iter().any(|t| t.starts_with("80,000+")), "the floor keeps its mark: {labels:?}");
    }

    #[test]
    fn the_quarter_speaks_chinese_and_an_exact_xiaomi_figure_has_a_plain_rank() {
        let dataset = fixture_with_a_quarter_to_compare();
        let model = build(&dataset, 2026, 1, Lang::ZhCn);
        assert!(
            model.takeaway.contains("2026年第1季度") && model.takeaway.contains("排第3或更高"),
            "{}",
            model.takeaway
        );
        assert!(model.takeaway.ends_with(ui(Lang::ZhCn).xiaomi_figure_weak), "{}", model.takeaway);
        let mut exact = dataset.clone();
        let quarter = exact.series.iter_mut().find(|s| s.id == "xiaomi-deliveries-quarter").unwrap();
        let value = quarter.values.iter_mut().find(|v| v.period == Period::Quarter(2026, 1)).unwrap();
        (value.value, value.qualifier, value.status) = (90_000.0, Qualifier::Exact, None);
        let model = build(&exact, 2026, 1, Lang::En);
        assert_eq!(
            model.takeaway,
            "In Q1 2026 Xiaomi delivered 90,000, 1st of the 3 makers with a figure for the whole quarter."
        );
    }
}
