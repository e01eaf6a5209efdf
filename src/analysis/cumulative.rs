//! Xiaomi's cumulative deliveries, built one way for every chart, table and
//! key number: at the end of each period, the annual totals of the years
//! before plus the year's own figures so far (a quarter's count where one is
//! published, else its months), and the milestones' counts on their days. A running total never falls: a count below an earlier one (a
//! loose floor) is left off the line and kept for the notes.

use super::Figure;
use crate::data::{ids, Dataset, FigureStatus, Milestone, Period, Qualifier, Value};
use crate::sort::sort_by;

/// What a count adds up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The annual totals of the years so far.
    Years,
    /// The annual totals of the years before (none in the first), plus this
    /// year's figures so far.
    YearsAndThisYear,
    /// The count a milestone states.
    Milestone,
}

#[derive(Clone, Debug)]
pub struct Count<'a> {
    pub period: Period,
    pub total: Figure,
    pub basis: Basis,
    /// The figures the total adds up (empty for a milestone).
    pub values: Vec<&'a Value>,
    pub milestone: Option<&'a Milestone>,
}

impl Count<'_> {
    /// In the order the figures were added, each once.
    pub fn sources(&self) -> Vec<String> {
        if let Some(milestone) = self.milestone {
            return milestone.sources.clone();
        }
        let mut ids: Vec<String> = Vec::new();
        for value in &self.values {
            for id in &value.sources {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        ids
    }

    /// The weakest support among the figures added up.
    pub fn status(&self) -> Option<FigureStatus> {
        let statuses = || self.values.iter().filter_map(|v| v.status);
        statuses().find(|s| *s == FigureStatus::Weak).or_else(|| statuses().next())
    }
}

/// The line, in date order and never falling, and the counts left off it.
#[derive(Clone, Debug, Default)]
pub struct Path<'a> {
    pub counts: Vec<Count<'a>>,
    pub left_off: Vec<Count<'a>>,
}

fn outcomes<'a>(dataset: &'a Dataset, series: &str) -> Vec<&'a Value> {
    dataset.series(series).map(|s| s.values.iter().filter(|v| v.kind.is_outcome()).collect()).unwrap_or_default()
}

fn find<'a>(values: &[&'a Value], period: &Period) -> Option<&'a Value> {
    values.iter().find(|v| &v.period == period).copied()
}

fn total_of(values: &[&Value]) -> Option<Figure> {
    super::sum(values.iter().map(|v| Figure::of(v)))
}

pub fn xiaomi_deliveries(dataset: &Dataset) -> Path<'_> {
    let months = outcomes(dataset, ids::series::XIAOMI_MONTHLY);
    let quarters = outcomes(dataset, ids::series::XIAOMI_QUARTERLY);
    let years = outcomes(dataset, ids::series::XIAOMI_YEARLY);
    let (mut first, mut last) = (i32::MAX, i32::MIN);
    for value in [&months, &quarters, &years].into_iter().flatten() {
        first = first.min(value.period.year());
        last = last.max(value.period.year());
    }
    let mut counts = Vec::new();
    let mut before: Vec<&Value> = Vec::new();
    for year in first..=last {
        let year_total = find(&years, &Period::Year(year));
        let basis = Basis::YearsAndThisYear;
        let mut so_far = before.clone();
        let mut complete = true;
        for quarter in 1..=4u8 {
            // The year's own total stands for its last day.
            let closes_year = quarter == 4 && year_total.is_some();
            if let Some(value) = find(&quarters, &Period::Quarter(year, quarter)) {
                so_far.push(value);
                if !closes_year {
                    counts.push(count(Period::Quarter(year, quarter), &so_far, basis));
                }
                continue;
            }
            let mut months_in = 0;
            for month in quarter * 3 - 2..=quarter * 3 {
                let Some(value) = find(&months, &Period::Month(year, month)) else { break };
                so_far.push(value);
                months_in += 1;
                if !(closes_year && month == 12) {
                    counts.push(count(Period::Month(year, month), &so_far, basis));
                }
            }
            // Before the first figure nothing was delivered yet; after it, a
            // gap leaves the rest of the year to its total, if it has one.
            if months_in < 3 && !(so_far.is_empty() && months_in == 0) {
                complete = false;
                break;
            }
        }
        match year_total {
            Some(value) => {
                before.push(value);
                counts.push(count(Period::Year(year), &before, Basis::Years));
            }
            None if complete => before = so_far,
            None => break,
        }
    }
    for milestone in &dataset.milestones {
        if let (Some(value), true) = (milestone.cumulative, milestone.entity == ids::entity::XIAOMI) {
            counts.push(Count {
                period: milestone.date.clone(),
                total: Figure { value, qualifier: milestone.qualifier.unwrap_or(Qualifier::Exact) },
                basis: Basis::Milestone,
                values: Vec::new(),
                milestone: Some(milestone),
            });
        }
    }
    never_falling(counts)
}

fn count<'a>(period: Period, values: &[&'a Value], basis: Basis) -> Count<'a> {
    let total = total_of(values).unwrap_or(Figure { value: 0.0, qualifier: Qualifier::Exact });
    Count { period, total, basis, values: values.to_vec(), milestone: None }
}

/// Sorts by the day each count stands for and leaves off any count below an
/// earlier one; milestones after the last figure are left out altogether, as
/// the line cannot be drawn to them.
fn never_falling(mut counts: Vec<Count<'_>>) -> Path<'_> {
    let horizon = counts.iter().filter(|c| c.milestone.is_none()).map(|c| c.period.last_day()).max();
    sort_by(&mut counts, |a, b| {
        (a.period.last_day(), a.total.value)
            .partial_cmp(&(b.period.last_day(), b.total.value))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut path = Path::default();
    let mut highest = f64::NEG_INFINITY;
    for count in counts {
        if Some(count.period.last_day()) > horizon {
            continue;
        }
        if count.total.value < highest {
            path.left_off.push(count);
        } else {
            highest = count.total.value;
            path.counts.push(count);
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;
    use crate::data::test_datasets::for_invariants;

    fn at<'a>(path: &'a Path, period: &str) -> &'a Count<'a> {
        let period = Period::parse(period).unwrap();
        path.counts.iter().find(|c| c.period == period).unwrap_or_else(|| panic!("no count for {period:?}"))
    }

    #[test]
    fn the_running_total_never_falls_and_meets_every_milestone_it_passes() {
        for (name, dataset) in for_invariants() {
            let path = xiaomi_deliveries(&dataset);
            assert!(path.counts.len() > 1, "{name}: a line needs counts");
            for pair in path.counts.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                assert!(a.period.last_day() <= b.period.last_day(), "{name}: {:?} after {:?}", a.period, b.period);
                assert!(a.total.value <= b.total.value, "{name}: falls from {:?} to {:?}", a.period, b.period);
            }
            let horizon = path.counts.last().map(|c| c.period.last_day());
            for milestone in dataset.milestones.iter().filter(|m| m.entity == ids::entity::XIAOMI) {
                let (Some(count), true) = (milestone.cumulative, Some(milestone.date.last_day()) <= horizon) else {
                    continue;
                };
                let reached = path
                    .counts
                    .iter()
                    .filter(|c| c.period.last_day() <= milestone.date.last_day())
                    .map(|c| c.total.value)
                    .fold(f64::NEG_INFINITY, f64::max);
                assert!(reached >= count, "{name}: the line is at {reached} by {}, below its {count}", milestone.id);
            }
        }
    }

    #[test]
    fn each_year_closes_on_its_annual_total_and_each_quarter_on_its_count() {
        let dataset = fixture();
        let path = xiaomi_deliveries(&dataset);
        // 2024: Q2 and Q3 by quarter (their months are not drawn), the year by its total.
        assert_eq!(at(&path, "2024-Q2").total.value, 27_307.0);
        assert_eq!(at(&path, "2024-Q3").total.value, 27_307.0 + 39_790.0);
        let year = at(&path, "2024");
        assert_eq!((year.total.value, year.basis), (136_854.0, Basis::Years));
        for replaced in ["2024-04", "2024-06", "2024-09", "2024-Q4", "2024-12", "2025-05"] {
            let period = Period::parse(replaced).unwrap();
            assert!(path.counts.iter().all(|c| c.period != period), "{replaced} is stood for by a longer period");
        }
        // 2025 starts from 2024's total; a quarter with no count is drawn by its months.
        let q1 = at(&path, "2025-Q1");
        assert_eq!((q1.total.value, q1.basis), (136_854.0 + 75_869.0, Basis::YearsAndThisYear));
        assert_eq!(at(&path, "2025-10").total.value, 136_854.0 + 75_869.0 + 81_302.0 + 108_796.0 + 40_000.0);
        assert_eq!(at(&path, "2025").total.value, 136_854.0 + 410_000.0);
        assert_eq!(at(&path, "2026-01").total.value, 136_854.0 + 410_000.0 + 39_000.0);
        assert_eq!(at(&path, "2026-01").total.qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn a_count_cites_exactly_the_figures_it_adds_up() {
        let dataset = fixture();
        let path = xiaomi_deliveries(&dataset);
        assert_eq!(
            at(&path, "2024-Q3").sources(),
            ["xiaomi-q2-2024-results", "xiaomi-q3-2024-results", "electrive-2025-11-21"]
        );
        // The year's total replaces its quarters, and their sources.
        assert_eq!(at(&path, "2025").sources(), ["carnewschina-2025-05-28", "leijun-2026-01-03"]);
        assert_eq!(at(&path, "2024-Q2").basis, Basis::YearsAndThisYear);
        assert_eq!(at(&path, "2024-11-13").sources(), ["arenaev-100k"]);
    }

    #[test]
    fn a_floor_below_an_earlier_milestone_is_left_off_the_line() {
        let dataset = fixture();
        let path = xiaomi_deliveries(&dataset);
        // Q3 2025 plus October's and November's floors is 482,821+, below the
        // 500,000th vehicle on 20 November.
        let milestone = at(&path, "2025-11-20");
        assert_eq!((milestone.total.value, milestone.basis), (500_000.0, Basis::Milestone));
        let left_off: Vec<_> = path.left_off.iter().map(|c| (c.period.clone(), c.total.value)).collect();
        assert_eq!(left_off, [(Period::Month(2025, 11), 136_854.0 + 75_869.0 + 81_302.0 + 108_796.0 + 80_000.0)]);
    }

    #[test]
    fn a_gap_with_no_annual_total_ends_the_line() {
        let mut dataset = fixture();
        let yearly = dataset.series.iter_mut().find(|s| s.id == ids::series::XIAOMI_YEARLY).unwrap();
        yearly.values.retain(|v| v.period != Period::Year(2025));
        let monthly = dataset.series.iter_mut().find(|s| s.id == ids::series::XIAOMI_MONTHLY).unwrap();
        monthly.values.retain(|v| v.period != Period::Month(2025, 11));
        let path = xiaomi_deliveries(&dataset);
        let last = path.counts.iter().rfind(|c| c.milestone.is_none()).unwrap();
        assert_eq!(last.period, Period::Month(2025, 10), "nothing after the gap can be added up");
        assert!(path.counts.iter().all(|c| c.period.last_day() <= Period::Month(2025, 10).last_day()));
    }

    #[test]
    fn a_weak_figure_makes_every_count_built_on_it_weak() {
        let mut dataset = fixture();
        let quarterly = dataset.series.iter_mut().find(|s| s.id == ids::series::XIAOMI_QUARTERLY).unwrap();
        quarterly.values.iter_mut().find(|v| v.period == Period::Quarter(2025, 1)).unwrap().status =
            Some(FigureStatus::Weak);
        let path = xiaomi_deliveries(&dataset);
        assert_eq!(at(&path, "2025-Q1").status(), Some(FigureStatus::Weak));
        assert_eq!(at(&path, "2025-Q3").status(), Some(FigureStatus::Weak));
        // The year's total no longer rests on it.
        assert_eq!(at(&path, "2025").status(), None);
    }
}
