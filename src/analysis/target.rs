//! What a delivery target demands, and when cumulative deliveries pass a
//! threshold at a given pace. Each result carries the assumption it rests on.

use super::{change_pct, share_pct, sum, Figure};
use crate::data::{ids, Dataset, Period, Qualifier};
use crate::format;
use crate::text::messages;
use crate::text::Lang;

/// What the year's target needs per month, against what has been achieved.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetPace {
    pub year: i32,
    pub target: Figure,
    pub previous_year: Option<Figure>,
    /// Growth the target implies on the previous year's deliveries.
    pub growth_needed_pct: Option<f64>,
    /// Deliveries in the target year so far (from monthly figures).
    pub delivered_to_date: Option<Figure>,
    pub months_elapsed: u32,
    /// The latest month of the target year with a published figure.
    pub last_reported_month: Option<u8>,
    /// (target - delivered so far) / months left.
    pub needed_per_month: f64,
    /// target / 12: the pace for the whole year.
    pub flat_per_month: f64,
    pub best_month: Option<(Period, Figure)>,
    /// Previous year's total / 12.
    pub previous_average_month: Option<Figure>,
    pub share_reached_pct: Option<f64>,
}

/// The year the dashboard tracks: that of Xiaomi's latest delivery target,
/// or the year the data is as of when it has none. A new year's target moves
/// every view on with no change to the code.
pub fn tracked_year(dataset: &Dataset) -> i32 {
    dataset
        .series(ids::series::XIAOMI_TARGET)
        .and_then(|s| {
            s.values
                .iter()
                .filter_map(|v| match v.period {
                    Period::Year(year) => Some(year),
                    _ => None,
                })
                .max()
        })
        .unwrap_or(dataset.as_of.year)
}

/// The tracked year's target and what it needs ([`target_pace`] of [`tracked_year`]).
pub fn tracked_pace(dataset: &Dataset) -> Option<TargetPace> {
    target_pace(dataset, tracked_year(dataset))
}

pub fn target_pace(dataset: &Dataset, year: i32) -> Option<TargetPace> {
    let target = dataset.series(ids::series::XIAOMI_TARGET)?.value_at(&Period::Year(year)).map(Figure::of)?;
    let previous_year =
        dataset.series(ids::series::XIAOMI_YEARLY).and_then(|s| s.value_at(&Period::Year(year - 1))).map(Figure::of);
    let monthly = dataset.series(ids::series::XIAOMI_MONTHLY);
    let months_this_year: Vec<Figure> = monthly
        .map(|s| {
            s.values.iter().filter(|v| matches!(v.period, Period::Month(y, _) if y == year)).map(Figure::of).collect()
        })
        .unwrap_or_default();
    let delivered_to_date = sum(months_this_year.iter().copied());
    let months_elapsed = months_this_year.len() as u32;
    let last_reported_month = monthly.and_then(|s| {
        s.values
            .iter()
            .filter_map(|v| match v.period {
                Period::Month(y, m) if y == year => Some(m),
                _ => None,
            })
            .max()
    });
    let remaining_months = 12u32.saturating_sub(months_elapsed).max(1);
    let delivered = delivered_to_date.map_or(0.0, |f| f.value);
    let best_month = monthly.and_then(|s| {
        s.values
            .iter()
            .filter(|v| v.kind.is_outcome())
            .max_by(|a, b| a.value.total_cmp(&b.value))
            .map(|v| (v.period.clone(), Figure::of(v)))
    });
    Some(TargetPace {
        year,
        target,
        previous_year,
        growth_needed_pct: previous_year.and_then(|p| change_pct(p.value, target.value)),
        delivered_to_date,
        months_elapsed,
        last_reported_month,
        needed_per_month: (target.value - delivered).max(0.0) / f64::from(remaining_months),
        flat_per_month: target.value / 12.0,
        best_month,
        previous_average_month: previous_year.map(|p| Figure { value: p.value / 12.0, qualifier: p.qualifier }),
        share_reached_pct: delivered_to_date.and_then(|d| share_pct(d.value, target.value)),
    })
}

/// When a running total passes `threshold`, adding `per_month` each month
/// after `start` (the last month already counted).
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub start: Period,
    pub start_total: Figure,
    pub per_month: f64,
    pub threshold: f64,
    /// The month the total first reaches the threshold.
    pub reached: Period,
}

/// `start` may be any period: the count runs from the end of its last month.
pub fn project_crossing(start: Period, start_total: Figure, per_month: f64, threshold: f64) -> Option<Projection> {
    let end = start.last_day();
    let (mut year, mut month) = (end.year, end.month);
    // A threshold already passed has no crossing ahead to project.
    if per_month <= 0.0 || !per_month.is_finite() || start_total.value >= threshold {
        return None;
    }
    let months_needed = ((threshold - start_total.value) / per_month).ceil().max(0.0) as u32;
    for _ in 0..months_needed.min(1200) {
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    Some(Projection { start, start_total, per_month, threshold, reached: Period::Month(year, month) })
}

/// Cumulative deliveries at the end of the latest period with figures: the
/// last count of the one running total the cumulative chart draws.
pub fn cumulative_to_date(dataset: &Dataset) -> Option<(Period, Figure)> {
    let path = super::cumulative::xiaomi_deliveries(dataset);
    path.counts.last().map(|count| (count.period.clone(), count.total))
}

/// Average of the last `n` monthly figures: the "current pace".
pub fn recent_monthly_pace(dataset: &Dataset, n: usize) -> Option<(Figure, Vec<Period>)> {
    let monthly = dataset.series(ids::series::XIAOMI_MONTHLY)?;
    let mut values: Vec<_> = monthly.values.iter().filter(|v| v.kind.is_outcome()).collect();
    crate::sort::sort_by(&mut values, |a, b| a.period.cmp(&b.period));
    let recent: Vec<_> = values.iter().skip(values.len().saturating_sub(n)).collect();
    let total = sum(recent.iter().map(|v| Figure::of(v)))?;
    let average = Figure { value: total.value / recent.len() as f64, qualifier: total.qualifier };
    Some((average, recent.iter().map(|v| v.period.clone()).collect()))
}

/// Which pace a projection assumes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// The monthly rate the year's target needs from now on.
    Target,
    /// The average of the last three months with figures.
    Recent,
}

/// When cumulative deliveries pass `threshold` at the target pace and at the
/// recent pace, each with the assumption it rests on.
pub fn projections_to(dataset: &Dataset, threshold: f64, lang: Lang) -> Vec<(Pace, Projection, String)> {
    let Some((start, total)) = cumulative_to_date(dataset) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(pace) = target_pace(dataset, start.year()) {
        if let Some(p) = project_crossing(start.clone(), total, pace.needed_per_month, threshold) {
            let assumption = messages(lang).assumes_target_pace(
                &format::count(pace.needed_per_month),
                &format::period(&start, lang),
                pace.year,
                &format::count(pace.target.value),
            );
            out.push((Pace::Target, p, assumption));
        }
    }
    if let Some((recent, months)) = recent_monthly_pace(dataset, 3) {
        if let Some(p) = project_crossing(start.clone(), total, recent.value, threshold) {
            let (first, last) =
                (months.first().cloned().unwrap_or(start.clone()), months.last().cloned().unwrap_or(start));
            let assumption = messages(lang).assumes_recent_pace(
                &format::period(&first, lang),
                &format::period(&last, lang),
                &format::count(recent.value),
                recent.qualifier == Qualifier::AtLeast,
            );
            out.push((Pace::Recent, p, assumption));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    #[test]
    fn target_2026_needs_34_percent_growth_and_about_46k_a_month() {
        let dataset = fixture();
        let pace = target_pace(&dataset, 2026).unwrap();
        assert_eq!(pace.target.value, 550_000.0);
        assert!((pace.growth_needed_pct.unwrap() - 34.15).abs() < 0.01);
        // January 2026: over 39,000, so 511,000 remain for 11 months.
        assert_eq!(pace.months_elapsed, 1);
        assert!((pace.needed_per_month - 511_000.0 / 11.0).abs() < 1e-6);
        assert_eq!(pace.best_month.as_ref().unwrap().0, Period::Month(2025, 12));
        assert_eq!(pace.delivered_to_date.unwrap().qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn projection_counts_whole_months() {
        let start = Figure { value: 900_000.0, qualifier: Qualifier::Exact };
        let p = project_crossing(Period::Month(2026, 1), start, 40_000.0, 1_000_000.0).unwrap();
        assert_eq!(p.reached, Period::Month(2026, 4));
        assert_eq!(project_crossing(Period::Month(2026, 1), start, 0.0, 1e6), None);
        let passed = Figure { value: 1_200_000.0, qualifier: Qualifier::AtLeast };
        assert_eq!(project_crossing(Period::Month(2027, 1), passed, 40_000.0, 1e6), None, "already past the threshold");
    }

    #[test]
    fn one_million_is_passed_in_2026_at_either_pace_with_the_assumption_stated() {
        let dataset = fixture();
        let projections = projections_to(&dataset, 1_000_000.0, Lang::En);
        assert_eq!(projections.len(), 2);
        // 585,854+ at the end of January; 46,455 a month needs 9 more months.
        let (pace, at_target, assumption) = &projections[0];
        assert_eq!(*pace, Pace::Target);
        assert_eq!(at_target.reached, Period::Month(2026, 10));
        assert!(assumption.contains("46,455"), "{assumption}");
        // Nov 2025 to Jan 2026 average 43,000+: 10 more months.
        let (pace, recent, assumption) = &projections[1];
        assert_eq!(*pace, Pace::Recent);
        assert_eq!(recent.per_month, 43_000.0);
        assert_eq!(recent.reached, Period::Month(2026, 11));
        assert!(assumption.contains("a floor"), "{assumption}");
    }

    #[test]
    fn cumulative_to_date_adds_full_years_and_this_years_months() {
        let dataset = fixture();
        let (period, total) = cumulative_to_date(&dataset).unwrap();
        assert_eq!(period, Period::Month(2026, 1));
        assert_eq!(total.value, 136_854.0 + 410_000.0 + 39_000.0);
        assert_eq!(total.qualifier, Qualifier::AtLeast);
    }
}

/// How old data dated `as_of` is on `today`, in the reader's words:
/// "today", "12 days ago", "4 months ago", "1 year ago".
pub fn data_age(as_of: crate::data::Date, today: crate::data::Date, lang: Lang) -> String {
    let days = as_of.days_until(today);
    let months = (i64::from(today.year) - i64::from(as_of.year)) * 12 + i64::from(today.month)
        - i64::from(as_of.month)
        - i64::from(today.day < as_of.day);
    messages(lang).data_age(days, months)
}

/// Projections to `threshold` whose month has already ended by `today`: a
/// reader must not take them for the future. A projection starts after the
/// last figure, so the data holds no figure for its month, whatever `as_of`
/// (the day the data was last checked) says.
pub fn projections_already_passed(
    dataset: &Dataset,
    threshold: f64,
    today: crate::data::Date,
    lang: Lang,
) -> Option<String> {
    let passed: Vec<String> = projections_to(dataset, threshold, lang)
        .into_iter()
        .filter(|(_, p, _)| p.reached.last_day() < today)
        .map(|(pace, p, _)| {
            let month = format::period(&p.reached, lang);
            match pace {
                Pace::Target => messages(lang).passed_at_target_pace(&month),
                Pace::Recent => messages(lang).passed_at_recent_pace(&month),
            }
        })
        .collect();
    if passed.is_empty() {
        return None;
    }
    let as_of = format::date(dataset.as_of, lang);
    let threshold = format::count(threshold);
    Some(messages(lang).projections_passed(&threshold, &passed, &as_of))
}

#[cfg(test)]
mod age_tests {
    use super::*;
    use crate::data::{fixture, Date};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn the_data_age_is_counted_from_the_readers_clock() {
        let as_of = date("2026-03-01");
        assert_eq!(data_age(as_of, date("2026-03-01"), Lang::En), "today");
        assert_eq!(data_age(as_of, date("2026-03-13"), Lang::En), "12 days ago");
        assert_eq!(data_age(as_of, date("2026-11-23"), Lang::En), "8 months ago");
        assert_eq!(data_age(as_of, date("2026-12-01"), Lang::En), "9 months ago");
        assert_eq!(data_age(as_of, date("2028-03-02"), Lang::En), "2 years ago");
        assert_eq!(data_age(as_of, date("2026-11-23"), Lang::ZhCn), "8个月前");
        // A reader's clock behind the data says "today", never a negative age.
        assert_eq!(data_age(as_of, date("2025-01-01"), Lang::En), "today");
    }

    #[test]
    fn a_projected_month_between_as_of_and_today_is_said_to_have_passed() {
        // The fixture (as of 1 Feb 2026) projects 1,000,000 for Oct and Nov 2026.
        let dataset = fixture();
        assert_eq!(projections_already_passed(&dataset, 1e6, date("2026-06-01"), Lang::En), None);
        let note = projections_already_passed(&dataset, 1e6, date("2026-11-05"), Lang::En).unwrap();
        assert!(note.contains("Oct 2026 at the pace the target needs"), "{note}");
        assert!(!note.contains("Nov 2026"), "November has not ended yet: {note}");
        let later = projections_already_passed(&dataset, 1e6, date("2027-01-10"), Lang::ZhCn).unwrap();
        assert!(later.contains("2026年10月") && later.contains("2026年11月"), "{later}");
    }
}
