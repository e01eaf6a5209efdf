//! Cross-checks between figures that should agree. They produce findings to
//! show and explain, not failures: sources legitimately disagree (CPCA against
//! Xiaomi, quarterly reports against annual totals), and hiding the gap would
//! be less honest than showing it.

use super::{change_pct, sum, Figure};
use crate::data::ids::measure;
use crate::data::{Dataset, Granularity, Period, Qualifier, Series};
use crate::format;
use crate::text::messages;
use crate::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// The figures agree.
    Agrees,
    /// The figures differ; both are kept and the gap is stated.
    Differs,
    /// The figures cannot both be right (e.g. floors that add up to more than an exact total).
    Contradicts,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub series: Vec<String>,
    pub period: Period,
    pub message: String,
}

pub fn findings(dataset: &Dataset, lang: Lang) -> Vec<Finding> {
    let mut found = Vec::new();
    for coarse in &dataset.series {
        for fine in &dataset.series {
            if comparable(coarse, fine) {
                compare_parts_with_whole(fine, coarse, lang, &mut found);
            }
        }
        stated_growth(coarse, lang, &mut found);
    }
    found
}

/// Same entity and unit, vehicle counts of the kind that should add up, and
/// `fine` one step finer than `coarse` (months into quarters, quarters into years).
fn comparable(coarse: &Series, fine: &Series) -> bool {
    let additive = |s: &Series| {
        matches!(
            s.measure.as_str(),
            measure::DELIVERIES | measure::CPCA | measure::SEGMENT_REVENUE | measure::EV_REVENUE
        )
    };
    let (Some(c), Some(f)) = (granularity(coarse), granularity(fine)) else {
        return false;
    };
    let steps =
        matches!((c, f), (Granularity::Year, Granularity::Quarter) | (Granularity::Quarter, Granularity::Month));
    coarse.id != fine.id
        && coarse.entity == fine.entity
        && coarse.unit == fine.unit
        && additive(coarse)
        && additive(fine)
        && steps
        && (coarse.measure == fine.measure || coarse.measure == measure::DELIVERIES)
        && coarse.values.iter().all(|v| v.kind.is_outcome())
}

fn granularity(series: &Series) -> Option<Granularity> {
    let first = series.values.first()?.period.granularity();
    series.values.iter().all(|v| v.period.granularity() == first).then_some(first)
}

fn compare_parts_with_whole(fine: &Series, coarse: &Series, lang: Lang, found: &mut Vec<Finding>) {
    for whole in coarse.values.iter().filter(|v| v.kind.is_outcome()) {
        let parts: Vec<_> =
            fine.values.iter().filter(|v| v.kind.is_outcome() && whole.period.contains(&v.period)).collect();
        let Some(total) = sum(parts.iter().map(|v| Figure::of(v))) else {
            continue;
        };
        let expected = if whole.period.granularity() == Granularity::Year { 4 } else { 3 };
        let labels: Vec<String> = parts.iter().map(|v| v.period.to_string()).collect();
        let whole_figure = Figure::of(whole);
        let difference = whole_figure.value - total.value;
        let (fine_name, coarse_name) = (fine.title.get(lang), coarse.title.get(lang));
        let period = format::period(&whole.period, lang);
        let parts_total = format::count(total.value) + format::qualifier_mark(total.qualifier);
        let whole_total = format::count(whole.value) + format::qualifier_mark(whole.qualifier);
        let text = messages(lang);
        let (what, whole_of) = ((fine_name, period.as_str()), (coarse_name, whole_total.as_str()));
        let (kind, message) = if parts.len() < expected {
            let missing = if total.qualifier == Qualifier::Exact && whole_figure.qualifier != Qualifier::About {
                let missing = format::count(difference.max(0.0));
                text.missing_part(&missing)
            } else {
                String::new()
            };
            (
                if total.qualifier == Qualifier::Exact && difference < 0.0 {
                    FindingKind::Contradicts
                } else {
                    FindingKind::Differs
                },
                text.parts_incomplete(what, &labels, &parts_total, whole_of, &missing),
            )
        } else if difference.abs() < 0.5 && total.qualifier == whole_figure.qualifier {
            (FindingKind::Agrees, text.parts_exact(what, whole_of))
        } else {
            let floors_exceed = total.qualifier == Qualifier::AtLeast
                && whole_figure.qualifier == Qualifier::Exact
                && total.value > whole_figure.value;
            let kind = if floors_exceed {
                FindingKind::Contradicts
            } else if total.qualifier == Qualifier::AtLeast && difference >= 0.0 {
                FindingKind::Agrees
            } else {
                FindingKind::Differs
            };
            (kind, text.parts_differ(what, &parts_total, whole_of, &format::count(difference)))
        };
        found.push(Finding {
            kind,
            series: vec![fine.id.clone(), coarse.id.clone()],
            period: whole.period.clone(),
            message,
        });
    }
}

/// A value's stated change against the change computed from the same series.
fn stated_growth(series: &Series, lang: Lang, found: &mut Vec<Finding>) {
    for value in &series.values {
        let Some(stated) = value.stated_change_pct else {
            continue;
        };
        let base = value.period.year_before().and_then(|p| series.value_at(&p));
        let Some(base) = base else { continue };
        let Some(computed) = change_pct(base.value, value.value) else {
            continue;
        };
        let (lo, hi) = Figure::of(base).bounds();
        let (to_lo, to_hi) = Figure::of(value).bounds();
        let range = change_pct(hi, to_lo).unwrap_or(-100.0)..=change_pct(lo, to_hi).unwrap_or(f64::INFINITY);
        let kind = if (computed - stated).abs() <= 0.5 || range.contains(&stated) {
            FindingKind::Agrees
        } else {
            FindingKind::Differs
        };
        found.push(Finding {
            kind,
            series: vec![series.id.clone()],
            period: value.period.clone(),
            message: {
                let (name, period, base_period) =
                    (series.title.get(lang), format::period(&value.period, lang), format::period(&base.period, lang));
                let (stated, computed) = (format::change_pct(stated), format::change_pct(computed));
                let consistent = kind == FindingKind::Agrees;
                messages(lang).stated_change((name, &period), &stated, (&base_period, &computed), consistent)
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    fn find<'a>(all: &'a [Finding], series: &str, period: Period) -> Vec<&'a Finding> {
        all.iter().filter(|f| f.series.iter().any(|s| s == series) && f.period == period).collect()
    }

    #[test]
    fn quarters_of_2024_are_60_below_the_annual_figure() {
        let all = findings(&fixture(), Lang::En);
        let f = find(&all, "xiaomi-deliveries-quarter", Period::Year(2024));
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("136,794") && f[0].message.contains("136,854"), "{}", f[0].message);
    }

    #[test]
    fn cpca_months_add_up_exactly_to_q3_2025() {
        let all = findings(&fixture(), Lang::En);
        let f = find(&all, "xiaomi-cpca-month", Period::Quarter(2025, 3));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FindingKind::Agrees, "{}", f[0].message);
    }

    #[test]
    fn floors_above_an_exact_total_contradict_it() {
        let mut dataset = fixture();
        let monthly = dataset.series.iter_mut().find(|s| s.id == "xiaomi-deliveries-month").unwrap();
        for v in monthly.values.iter_mut().filter(|v| matches!(v.period, Period::Month(2024, 10..=12))) {
            v.value = 30_000.0; // 90,000+ against an exact 69,697 for Q4 2024
        }
        let all = findings(&dataset, Lang::En);
        let f = find(&all, "xiaomi-deliveries-month", Period::Quarter(2024, 4));
        assert_eq!(f[0].kind, FindingKind::Contradicts, "{}", f[0].message);
    }

    #[test]
    fn stated_global_growth_for_2026_uses_another_base() {
        let all = findings(&fixture(), Lang::En);
        let f = find(&all, "ev-sales-global", Period::Year(2026));
        assert_eq!(f[0].kind, FindingKind::Differs, "{}", f[0].message);
        let q3 = find(&all, "xiaomi-deliveries-quarter", Period::Quarter(2025, 3));
        assert!(q3.iter().any(|f| f.kind == FindingKind::Agrees && f.message.contains("+173.4%")));
        let zh = findings(&fixture(), Lang::ZhCn);
        assert!(zh.iter().all(|f| f.message.chars().any(|c| c > '\u{3000}')));
    }
}
