//! Derived figures. Every function is pure, and every derived figure keeps the
//! qualifier its inputs force on it (a sum with a floor in it is a floor).

pub mod changes;
pub mod claims;
pub mod consistency;
pub mod cumulative;
pub mod key_numbers;
pub mod report;
pub mod target;

use crate::data::{Period, Qualifier, Series, Value};

/// A number with how exact it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub qualifier: Qualifier,
}

impl Figure {
    pub fn of(value: &Value) -> Figure {
        Figure { value: value.value, qualifier: value.qualifier }
    }

    pub fn plus(self, other: Figure) -> Figure {
        Figure { value: self.value + other.value, qualifier: self.qualifier.combine(other.qualifier) }
    }

    /// The interval the true value can lie in, given how it was stated:
    /// a rounded figure's last non-zero digit sets its rounding step.
    pub fn bounds(self) -> (f64, f64) {
        match self.qualifier {
            Qualifier::Exact => (self.value, self.value),
            Qualifier::AtLeast => (self.value, f64::INFINITY),
            Qualifier::About => {
                let half_step = rounding_step(self.value) / 2.0;
                (self.value - half_step, self.value + half_step)
            }
        }
    }
}

/// The place value of the last significant digit: 1,500,000 -> 100,000; 15.4 -> 0.1.
pub fn rounding_step(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 || !v.is_finite() {
        return 1.0;
    }
    let mut step = 10f64.powi(v.log10().floor() as i32);
    // Step down until the value is a whole multiple of the step.
    for _ in 0..12 {
        let multiple = v / step;
        if (multiple - multiple.round()).abs() < 1e-6 {
            return step;
        }
        step /= 10.0;
    }
    step
}

/// Percentage change from `from` to `to`; `None` when `from` is zero.
pub fn change_pct(from: f64, to: f64) -> Option<f64> {
    (from != 0.0 && from.is_finite() && to.is_finite()).then(|| (to - from) / from.abs() * 100.0)
}

/// Share of `part` in `whole`, in percent.
pub fn share_pct(part: f64, whole: f64) -> Option<f64> {
    (whole != 0.0).then(|| part / whole * 100.0)
}

pub fn sum(figures: impl IntoIterator<Item = Figure>) -> Option<Figure> {
    figures.into_iter().reduce(Figure::plus)
}

/// Change on the same period a year earlier, for each value that has one.
pub fn year_on_year(series: &Series) -> Vec<(Period, f64)> {
    changes(series, Period::year_before)
}

/// Change on the period just before (quarter on quarter, month on month).
pub fn period_on_period(series: &Series) -> Vec<(Period, f64)> {
    changes(series, Period::previous)
}

fn changes(series: &Series, earlier: impl Fn(&Period) -> Option<Period>) -> Vec<(Period, f64)> {
    series
        .values
        .iter()
        .filter_map(|value| {
            let base = series.value_at(&earlier(&value.period)?)?;
            Some((value.period.clone(), change_pct(base.value, value.value)?))
        })
        .collect()
}

pub fn points(series: &Series) -> Vec<(Period, Figure)> {
    series.values.iter().map(|v| (v.period.clone(), Figure::of(v))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn exact(value: f64) -> Figure {
        Figure { value, qualifier: Qualifier::Exact }
    }

    #[test]
    fn rounding_step_is_the_last_significant_place() {
        assert_eq!(rounding_step(1_500_000.0), 100_000.0);
        assert_eq!(rounding_step(24_000_000.0), 1_000_000.0);
        assert_eq!(rounding_step(108_796.0), 1.0);
        assert!((rounding_step(15.4) - 0.1).abs() < 1e-12);
    }

    #[test]
    fn a_floor_in_a_sum_makes_the_sum_a_floor() {
        let total = sum([exact(136_854.0), Figure { value: 410_000.0, qualifier: Qualifier::AtLeast }]).unwrap();
        assert_eq!(total.value, 546_854.0);
        assert_eq!(total.qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn growth_of_xiaomi_target_on_2025_is_34_percent() {
        let pct = change_pct(410_000.0, 550_000.0).unwrap();
        assert!((pct - 34.146).abs() < 0.001);
        assert_eq!(change_pct(0.0, 5.0), None);
    }

    fn periods(n: usize) -> Vec<Period> {
        (0..n).map(|i| Period::Month(2024 + (i / 12) as i32, (i % 12) as u8 + 1)).collect()
    }

    proptest! {
        #[test]
        fn growth_of_a_constant_series_is_zero(value in 1.0f64..1e9, n in 2usize..30) {
            let series = Series {
                id: "s".into(), title: crate::data::Text::Plain("s".into()), entity: "e".into(),
                measure: "deliveries".into(), unit: crate::data::Unit::Vehicles,
                as_of: crate::data::Date::parse("2030-01-01").unwrap(), includes: None, note: None,
                values: periods(n).into_iter().map(|period| Value {
                    period, value, qualifier: Qualifier::Exact, kind: crate::data::Kind::Actual,
                    sources: vec!["x".into()], unit: None, date: None, forecaster: None,
                    stated_change_pct: None, status: None, conflicts: Vec::new(), note: None,
                }).collect(),
            };
            prop_assert!(period_on_period(&series).iter().all(|(_, pct)| pct.abs() < 1e-9));
            prop_assert_eq!(period_on_period(&series).len(), n - 1);
        }

        #[test]
        fn bounds_contain_the_stated_value(value in 1.0f64..1e9) {
            for qualifier in [Qualifier::Exact, Qualifier::AtLeast, Qualifier::About] {
                let (lo, hi) = Figure { value, qualifier }.bounds();
                prop_assert!(lo <= value && value <= hi);
            }
        }
    }
}
