//! A reader's own cut of a chart over time: the range an address asks for
//! (`from=2025-01&to=2025-12`, either end left out), in the data's own
//! period forms (a year, a quarter or a month).
//!
//! A chart is drawn from the data as it stood at the range's end (every
//! figure for a period ending after it is set aside), so its takeaway speaks
//! of the last period in range and still compares it with the ones before;
//! the points before the range's start are then left out of the drawing, the
//! table and the CSV. A running total keeps counting from the first
//! delivery, and the chart's notes say which range is shown.

use super::assemble::{cite_annotations, sources_of};
use super::{messages, ChartModel};
use crate::data::{Dataset, Period, Series};
use crate::format;
use crate::text::Lang;

/// One end of a range: a year, a quarter or a month, as an address writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Year(i32),
    Quarter(i32, u8),
    Month(i32, u8),
}

impl Bound {
    /// `2025`, `2025-Q3` or `2025-07`; anything else is not a bound.
    pub fn parse(text: &str) -> Option<Bound> {
        match Period::parse(text)? {
            Period::Year(year) => Some(Bound::Year(year)),
            Period::Quarter(year, quarter) => Some(Bound::Quarter(year, quarter)),
            Period::Month(year, month) => Some(Bound::Month(year, month)),
            Period::Day(_) | Period::Span(..) => None,
        }
    }

    pub fn period(self) -> Period {
        match self {
            Bound::Year(year) => Period::Year(year),
            Bound::Quarter(year, quarter) => Period::Quarter(year, quarter),
            Bound::Month(year, month) => Period::Month(year, month),
        }
    }
}

/// The periods a reader asked to see; both ends included, either open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TimeRange {
    pub from: Option<Bound>,
    pub to: Option<Bound>,
}

impl TimeRange {
    /// Whether the range leaves everything in.
    pub fn is_whole(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether its start comes after its end (`from=2026&to=2025`).
    pub fn is_reversed(&self) -> bool {
        match (self.from, self.to) {
            (Some(from), Some(to)) => from.period().first_day() > to.period().last_day(),
            _ => false,
        }
    }

    /// Whether `period` lies wholly inside the range.
    pub fn contains(&self, period: &Period) -> bool {
        self.from.is_none_or(|from| period.first_day() >= from.period().first_day())
            && self.to.is_none_or(|to| period.last_day() <= to.period().last_day())
    }

    /// The dataset as it stood at the range's end: every figure for a period
    /// that ends after it set aside. Only what charts read is copied: not the
    /// sources (the caller names them from the whole dataset) nor the claims.
    fn data_until_end(&self, dataset: &Dataset) -> Dataset {
        let end = self.to.map(|to| to.period().last_day());
        let kept = |period: &Period| end.is_none_or(|end| period.last_day() <= end);
        let series = dataset
            .series
            .iter()
            .map(|series| Series {
                values: series.values.iter().filter(|v| kept(&v.period)).cloned().collect(),
                ..series.clone()
            })
            .collect();
        Dataset {
            schema_version: dataset.schema_version,
            title: dataset.title.clone(),
            as_of: dataset.as_of,
            licence: String::new(),
            entities: dataset.entities.clone(),
            sources: Vec::new(),
            series,
            milestones: dataset.milestones.iter().filter(|m| kept(&m.date)).cloned().collect(),
            claims: Vec::new(),
        }
    }

    /// "Jan 2025 – Dec 2025", "from Q3 2025", "to 2025": the range in words.
    fn words(&self, lang: Lang) -> String {
        let name = |bound: Bound| format::period(&bound.period(), lang);
        let text = messages(lang);
        match (self.from, self.to) {
            (Some(from), Some(to)) => text.range_between(&name(from), &name(to)),
            (Some(from), None) => text.range_from(&name(from)),
            (None, Some(to)) => text.range_to(&name(to)),
            (None, None) => String::new(),
        }
    }
}

/// Builds a chart over time within `range` with `build` (the chart's own,
/// for the whole data): from the data as it stood at the range's end, then
/// without the points before its start. A range that leaves nothing to draw
/// is not applied, and the notes say so.
pub fn build_within(
    range: TimeRange,
    dataset: &Dataset,
    lang: Lang,
    build: impl Fn(&Dataset) -> ChartModel,
) -> ChartModel {
    if range.is_whole() || range.is_reversed() {
        return build(dataset);
    }
    let mut model = build(&range.data_until_end(dataset));
    let start = range.from.map(|from| from.period().first_day());
    model.points.retain(|point| start.is_none_or(|start| point.period.first_day() >= start));
    model.annotations.retain(|annotation| start.is_none_or(|start| annotation.date >= start));
    if model.points.is_empty() {
        let mut whole = build(dataset);
        whole.notes.insert(0, messages(lang).range_empty(&range.words(lang)));
        return whole;
    }
    drop_empty_slots(&mut model);
    model.sources = sources_of(dataset, &model.points, lang);
    cite_annotations(&mut model, dataset, lang);
    let text = messages(lang);
    if model.points.iter().any(|point| point.derivation.is_some()) {
        model.notes.insert(0, text.note_range_derived.to_owned());
    }
    model.notes.insert(0, text.range_shown(&range.words(lang)));
    model
}

/// The slots (columns, rows) before the first point left and after the last,
/// dropped, and every point's slot counted again from the first.
fn drop_empty_slots(model: &mut ChartModel) {
    let (Some(first), Some(last)) =
        (model.points.iter().map(|p| p.category).min(), model.points.iter().map(|p| p.category).max())
    else {
        return;
    };
    if model.categories.is_empty() {
        return;
    }
    model.categories.truncate(last + 1);
    model.categories.drain(..first);
    for point in &mut model.points {
        point.category -= first;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_the_datas_own_period_forms() {
        assert_eq!(Bound::parse("2025"), Some(Bound::Year(2025)));
        assert_eq!(Bound::parse("2025-Q3"), Some(Bound::Quarter(2025, 3)));
        assert_eq!(Bound::parse("2025-07"), Some(Bound::Month(2025, 7)));
        for bad in ["2025-13", "2025-Q5", "2025-07-01", "2025/2026", "july", ""] {
            assert_eq!(Bound::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_range_holds_the_periods_wholly_inside_it() {
        let range = TimeRange { from: Bound::parse("2025-Q3"), to: Bound::parse("2025-12") };
        assert!(range.contains(&Period::Month(2025, 7)));
        assert!(range.contains(&Period::Quarter(2025, 4)));
        assert!(!range.contains(&Period::Month(2025, 6)));
        assert!(!range.contains(&Period::Year(2025)), "a year reaches outside the range");
        assert!(!range.is_reversed());
        let reversed = TimeRange { from: Bound::parse("2026"), to: Bound::parse("2025") };
        assert!(reversed.is_reversed());
        assert!(TimeRange::default().is_whole() && TimeRange::default().contains(&Period::Year(1999)));
    }
}

#[cfg(test)]
mod chart_tests {
    use super::*;
    use crate::charts::{build, ChartId, ChartSettings, DeliveriesBy};
    use crate::data::fixture;

    fn within(from: &str, to: &str) -> ChartSettings {
        let range = TimeRange { from: Bound::parse(from), to: Bound::parse(to) };
        ChartSettings { deliveries: DeliveriesBy::Month, range, ..ChartSettings::default() }
    }

    #[test]
    fn the_deliveries_by_month_within_a_year_draw_its_twelve_months_and_say_so() {
        let dataset = fixture();
        let model = build(ChartId::Deliveries, &dataset, &within("2025-01", "2025-12"), Lang::En);
        assert_eq!(model.categories.len(), 12, "{:?}", model.categories);
        assert!(model.points.iter().all(|p| p.period.year() == 2025), "only 2025's figures");
        assert!(model.points.iter().all(|p| p.category < 12));
        assert_eq!(model.notes.first().map(String::as_str), Some("Shown: Jan 2025 to Dec 2025, as this address asks."));
        // The source line names only what is drawn.
        for source in &model.sources {
            assert!(model.points.iter().any(|p| p.all_sources().any(|id| id == &source.id)), "{}", source.id);
        }
        let whole = build(ChartId::Deliveries, &dataset, &within("", ""), Lang::En);
        assert!(whole.points.len() > model.points.len() && whole.notes.iter().all(|n| !n.starts_with("Shown")));
    }

    #[test]
    fn a_running_total_within_a_range_starts_at_the_total_it_had_then() {
        let dataset = fixture();
        let whole = build(ChartId::Cumulative, &dataset, &ChartSettings::default(), Lang::En);
        let range = TimeRange { from: Bound::parse("2025-01"), to: None };
        let cut = build(ChartId::Cumulative, &dataset, &ChartSettings { range, ..ChartSettings::default() }, Lang::En);
        let first = cut.points.iter().min_by_key(|p| p.period.first_day()).unwrap();
        assert!(first.period.first_day() >= Period::Month(2025, 1).first_day());
        let same = whole.points.iter().find(|p| p.series_id == first.series_id && p.period == first.period).unwrap();
        assert_eq!(first.value, same.value, "counted from the first delivery, not from the range's start");
        // The source line still names what the milestones left in the range cite.
        for id in cut.annotations.iter().flat_map(|a| a.sources.iter()) {
            assert!(cut.sources.iter().any(|s| &s.id == id), "{id}");
        }
        assert!(first.value > 0.0);
        assert!(cut.points.len() < whole.points.len());
    }

    #[test]
    fn a_range_with_no_figures_draws_the_whole_chart_and_says_why() {
        let dataset = fixture();
        let model = build(ChartId::Deliveries, &dataset, &within("2010", "2011"), Lang::En);
        let whole = build(ChartId::Deliveries, &dataset, &within("", ""), Lang::En);
        assert_eq!(model.points, whole.points);
        assert!(model.notes[0].contains("no figures for 2010 to 2011"), "{:?}", model.notes);
        // Charts not over time ignore the range.
        let regions = build(ChartId::Regions, &dataset, &within("2025", "2025"), Lang::En);
        assert_eq!(regions, build(ChartId::Regions, &dataset, &ChartSettings::default(), Lang::En));
    }
}
