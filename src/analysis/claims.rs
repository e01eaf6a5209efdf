//! Checks the seed articles' claims against the dataset: the computed value,
//! a verdict and a one-line explanation of how the verdict was reached.

use super::{change_pct, sum, Figure};
use crate::data::{Claim, ClaimCheck, Dataset, Lang, Period, Series, StatedValue, Value};
use crate::format;
use crate::text::messages;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    /// Off only by the rounding of the figures it rests on.
    Rounding,
    /// Right in substance, loose in wording.
    Imprecise,
    DoesNotHold,
    CannotCheck,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Holds => "holds",
            Verdict::Rounding => "rounding",
            Verdict::Imprecise => "imprecise",
            Verdict::DoesNotHold => "does-not-hold",
            Verdict::CannotCheck => "cannot-check",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let text = messages(lang);
        match self {
            Verdict::Holds => text.verdict_holds,
            Verdict::Rounding => text.verdict_rounding,
            Verdict::Imprecise => text.verdict_imprecise,
            Verdict::DoesNotHold => text.verdict_does_not_hold,
            Verdict::CannotCheck => text.verdict_cannot_check,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClaimResult {
    pub id: String,
    pub text: String,
    pub seeds: Vec<String>,
    pub computed: String,
    pub verdict: Verdict,
    pub explanation: String,
    /// Sources of every figure the check used.
    pub sources: Vec<String>,
}

pub fn check_claims(dataset: &Dataset, lang: Lang) -> Vec<ClaimResult> {
    dataset.claims.iter().map(|claim| check_claim(dataset, claim, lang)).collect()
}

struct Outcome {
    computed: String,
    verdict: Verdict,
    explanation: String,
}

fn cannot_check(lang: Lang) -> Outcome {
    Outcome {
        computed: "—".into(),
        verdict: Verdict::CannotCheck,
        explanation: messages(lang).figure_missing.to_owned(),
    }
}

pub fn check_claim(dataset: &Dataset, claim: &Claim, lang: Lang) -> ClaimResult {
    let mut sources = Vec::new();
    let mut value = |reference: &str| -> Option<(&Series, &Value)> {
        let found = dataset.lookup(reference)?;
        sources.extend(found.1.sources.iter().cloned());
        Some(found)
    };
    let outcome = evaluate(dataset, &claim.check, lang, &mut value).unwrap_or_else(|| cannot_check(lang));
    let mut milestone_sources: Vec<String> = milestone_ids(&claim.check)
        .into_iter()
        .filter_map(|id| dataset.milestone(id))
        .flat_map(|m| m.sources.iter().cloned())
        .collect();
    sources.append(&mut milestone_sources);
    crate::sort::sort_unique(&mut sources);
    ClaimResult {
        id: claim.id.clone(),
        text: claim.text.get(lang).to_owned(),
        seeds: claim.seeds.clone(),
        computed: outcome.computed,
        verdict: outcome.verdict,
        explanation: outcome.explanation,
        sources,
    }
}

fn milestone_ids(check: &ClaimCheck) -> Vec<&str> {
    match check {
        ClaimCheck::DaysBetween { from, to, .. } => vec![from.as_str(), to.as_str()],
        ClaimCheck::MonthsToProfit { from, .. } => vec![from.as_str()],
        ClaimCheck::ProfitPeriod { reported, .. } => vec![reported.as_str()],
        _ => vec![],
    }
}

/// Half a unit of the last digit the claim was stated with: 34 -> 0.5, 173.4 -> 0.05.
fn stated_tolerance(stated: f64) -> f64 {
    let text = format!("{stated}");
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    0.5 * 10f64.powi(-decimals)
}

fn figure_text(series: &Series, value: &Value, lang: Lang) -> String {
    format::figure(value.value, series.unit, value.qualifier, lang)
}

type Lookup<'d, 'f> = dyn FnMut(&str) -> Option<(&'d Series, &'d Value)> + 'f;

fn evaluate<'d>(dataset: &'d Dataset, check: &ClaimCheck, lang: Lang, value: &mut Lookup<'d, '_>) -> Option<Outcome> {
    use ClaimCheck::*;
    match check {
        Growth { from, to, stated_pct } => growth(lang, value, from, to, stated_pct),
        SumAtLeast { parts, stated } => sum_at_least(lang, value, parts, stated),
        DaysBetween { from, to, stated_days } => days_between(dataset, lang, from, to, stated_days),
        ValuesMatch { values } => values_match(lang, value, values),
        SumMatches { parts, narrower_parts, stated } => sum_matches(lang, value, parts, narrower_parts, stated),
        MonthsToProfit { from, profit, stated_months, compare } => {
            months_to_profit(dataset, lang, value, from, profit, stated_months, compare)
        }
        ProfitPeriod { profit, stated_period, reported } => {
            profit_period(dataset, lang, value, profit, stated_period, reported)
        }
        SameRange { a, b, max_ratio } => same_range(lang, value, a, b, max_ratio),
        ProjectionReaches { parts, threshold } => projection_reaches(lang, value, parts, threshold),
        Greater { a, b } => greater(lang, value, a, b),
    }
}

fn growth<'d>(lang: Lang, value: &mut Lookup<'d, '_>, from: &str, to: &str, stated_pct: &f64) -> Option<Outcome> {
    Some({
        let ((fs, fv), (ts, tv)) = (value(from)?, value(to)?);
        let computed = change_pct(fv.value, tv.value)?;
        let (from_lo, from_hi) = Figure::of(fv).bounds();
        let (to_lo, to_hi) = Figure::of(tv).bounds();
        let lowest = change_pct(from_hi, to_lo).unwrap_or(-100.0);
        let highest = change_pct(from_lo, to_hi).unwrap_or(f64::INFINITY);
        let inputs = format!("{} → {}", figure_text(fs, fv, lang), figure_text(ts, tv, lang));
        let verdict = if (computed - stated_pct).abs() <= stated_tolerance(*stated_pct) {
            Verdict::Holds
        } else if (lowest..=highest).contains(stated_pct) {
            Verdict::Rounding
        } else {
            Verdict::DoesNotHold
        };
        let text = messages(lang);
        let (shown, stated) = (format::change_pct(computed), format::change_pct(*stated_pct));
        let explanation = match verdict {
            Verdict::Holds => text.change_as_stated(&inputs, &shown),
            Verdict::Rounding => text.change_within_rounding(
                &inputs,
                &shown,
                &stated,
                (&format::change_pct(lowest), &format::change_pct(highest)),
            ),
            _ => text.change_not_stated(&inputs, &shown, &stated),
        };
        Outcome { computed: format::change_pct(computed), verdict, explanation }
    })
}

fn sum_at_least<'d>(lang: Lang, value: &mut Lookup<'d, '_>, parts: &[String], stated: &f64) -> Option<Outcome> {
    Some({
        let figures = parts.iter().map(|p| value(p).map(|(_, v)| Figure::of(v))).collect::<Option<Vec<_>>>()?;
        let total = sum(figures)?;
        let shown = format::figure(total.value, crate::data::Unit::Vehicles, total.qualifier, lang);
        let holds = total.value >= *stated;
        Outcome {
            computed: shown.clone(),
            verdict: if holds { Verdict::Holds } else { Verdict::DoesNotHold },
            explanation: messages(lang).parts_against_stated(&shown, holds, &format::count(*stated)),
        }
    })
}

fn days_between(dataset: &Dataset, lang: Lang, from: &str, to: &str, stated_days: &i64) -> Option<Outcome> {
    Some({
        let (from, to) = (dataset.milestone(from)?, dataset.milestone(to)?);
        let (Period::Day(start), Period::Day(end)) = (&from.date, &to.date) else {
            return None;
        };
        let days = start.days_until(*end);
        Outcome {
            computed: messages(lang).days(days),
            verdict: if days == *stated_days { Verdict::Holds } else { Verdict::DoesNotHold },
            explanation: messages(lang).days_between(
                &format::date(*start, lang),
                &format::date(*end, lang),
                days,
                *stated_days,
            ),
        }
    })
}

fn values_match<'d>(lang: Lang, value: &mut Lookup<'d, '_>, values: &[StatedValue]) -> Option<Outcome> {
    Some({
        let mut found = Vec::new();
        for stated in values {
            let (series, v) = value(&stated.reference)?;
            let (lo, hi) = Figure::of(v).bounds();
            found.push((series, v, (lo..=hi).contains(&stated.stated) || v.value == stated.stated));
        }
        let all_match = found.iter().all(|(_, _, ok)| *ok);
        let shown: Vec<String> = found
            .iter()
            .map(|(s, v, _)| format!("{} {}", format::period(&v.period, lang), figure_text(s, v, lang)))
            .collect();
        let growth = match found.as_slice() {
            [(_, a, _), (_, b, _)] => change_pct(a.value, b.value).map(format::change_pct),
            _ => None,
        };
        let growth_note = growth.as_ref().map(|g| messages(lang).implied_change(g)).unwrap_or_default();
        Outcome {
            computed: growth.unwrap_or_else(|| shown.join(", ")),
            verdict: if all_match { Verdict::Holds } else { Verdict::DoesNotHold },
            explanation: messages(lang).forecaster_figures(&shown, &growth_note),
        }
    })
}

fn sum_matches<'d>(
    lang: Lang,
    value: &mut Lookup<'d, '_>,
    parts: &[String],
    narrower_parts: &[String],
    stated: &f64,
) -> Option<Outcome> {
    Some({
        let total = |refs: &[String], value: &mut Lookup<'d, '_>| -> Option<Figure> {
            sum(refs.iter().map(|r| value(r).map(|(_, v)| Figure::of(v))).collect::<Option<Vec<_>>>()?)
        };
        let broad = total(parts, value)?;
        let narrow = total(narrower_parts, value)?;
        let matches = (broad.value - stated).abs() <= crate::analysis::rounding_step(*stated) / 2.0;
        let yuan = |f: Figure| format::figure(f.value, crate::data::Unit::Yuan, f.qualifier, lang);
        Outcome {
            computed: yuan(broad),
            verdict: if matches { Verdict::Imprecise } else { Verdict::DoesNotHold },
            explanation: messages(lang).segment_not_vehicles(&yuan(broad), &yuan(narrow)),
        }
    })
}

fn months_to_profit<'d>(
    dataset: &'d Dataset,
    lang: Lang,
    value: &mut Lookup<'d, '_>,
    from: &str,
    profit: &str,
    stated_months: &f64,
    compare: &str,
) -> Option<Outcome> {
    Some({
        let start = dataset.milestone(from)?.date.first_day();
        let (_, profit_value) = value(profit)?;
        let end = profit_value.period.last_day();
        let months = start.days_until(end) as f64 / (365.25 / 12.0);
        let (compare_series, compare_value) = value(compare)?;
        let holds = (months - stated_months).abs() <= 2.0 && compare_value.value > months * 2.0;
        let other = figure_text(compare_series, compare_value, lang);
        Outcome {
            computed: messages(lang).months(months),
            verdict: if holds { Verdict::Holds } else { Verdict::DoesNotHold },
            explanation: messages(lang).months_to_profit_how(
                &format::date(start, lang),
                &format::period(&profit_value.period, lang),
                months,
                &other,
            ),
        }
    })
}

fn profit_period<'d>(
    dataset: &'d Dataset,
    lang: Lang,
    value: &mut Lookup<'d, '_>,
    profit: &str,
    stated_period: &Period,
    reported: &str,
) -> Option<Outcome> {
    Some({
        let (_, profit_value) = value(profit)?;
        let reported = dataset.milestone(reported)?;
        let verdict = if profit_value.period.contains(stated_period) {
            Verdict::Holds
        } else if stated_period.contains(&reported.date) {
            Verdict::Imprecise
        } else {
            Verdict::DoesNotHold
        };
        let quarter = format::period(&profit_value.period, lang);
        let day = format::period(&reported.date, lang);
        Outcome { computed: quarter.clone(), verdict, explanation: messages(lang).profit_reported(&quarter, &day) }
    })
}

fn same_range<'d>(lang: Lang, value: &mut Lookup<'d, '_>, a: &str, b: &str, max_ratio: &f64) -> Option<Outcome> {
    Some({
        let ((sa, va), (sb, vb)) = (value(a)?, value(b)?);
        let ratio = va.value.max(vb.value) / va.value.min(vb.value);
        Outcome {
            computed: format!("{ratio:.1}×"),
            verdict: if ratio <= *max_ratio { Verdict::Holds } else { Verdict::DoesNotHold },
            explanation: messages(lang).times_as_much(&figure_text(sa, va, lang), ratio, &figure_text(sb, vb, lang)),
        }
    })
}

fn projection_reaches<'d>(
    lang: Lang,
    value: &mut Lookup<'d, '_>,
    parts: &[String],
    threshold: &f64,
) -> Option<Outcome> {
    Some({
        let figures = parts.iter().map(|p| value(p).map(|(_, v)| Figure::of(v))).collect::<Option<Vec<_>>>()?;
        let total = sum(figures)?;
        let shown = format::figure(total.value, crate::data::Unit::Vehicles, total.qualifier, lang);
        let reaches = total.value >= *threshold;
        Outcome {
            computed: shown.clone(),
            verdict: Verdict::CannotCheck,
            explanation: messages(lang).projection_claim(&shown, reaches, &format::count(*threshold)),
        }
    })
}

fn greater<'d>(lang: Lang, value: &mut Lookup<'d, '_>, a: &str, b: &str) -> Option<Outcome> {
    Some({
        let ((sa, va), (sb, vb)) = (value(a)?, value(b)?);
        let (a_name, b_name) = (sa.title.get(lang), sb.title.get(lang));
        let holds = Figure::of(va).bounds().0 > Figure::of(vb).bounds().1;
        Outcome {
            computed: format!("{} vs {}", figure_text(sa, va, lang), figure_text(sb, vb, lang)),
            verdict: if holds { Verdict::Holds } else { Verdict::DoesNotHold },
            explanation: messages(lang)
                .battery_electric_only((a_name, &figure_text(sa, va, lang)), (b_name, &figure_text(sb, vb, lang))),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    fn verdicts() -> Vec<(String, Verdict)> {
        let dataset = fixture();
        check_claims(&dataset, Lang::En).into_iter().map(|r| (r.id, r.verdict)).collect()
    }

    fn verdict_of(id: &str) -> Verdict {
        verdicts().into_iter().find(|(i, _)| i == id).unwrap_or_else(|| panic!("no claim {id}")).1
    }

    #[test]
    fn seed_claims_get_the_verdicts_the_data_supports() {
        assert_eq!(verdict_of("target-growth-34"), Verdict::Holds);
        assert_eq!(verdict_of("q3-growth-173"), Verdict::Holds);
        assert_eq!(verdict_of("nine-months-260k"), Verdict::Holds);
        assert_eq!(verdict_of("vehicle-500k-602-days"), Verdict::Holds);
        assert_eq!(verdict_of("us-minus-29"), Verdict::Rounding);
        assert_eq!(verdict_of("china-15-5m"), Verdict::Holds);
        assert_eq!(verdict_of("nine-months-68-9bn"), Verdict::Imprecise);
        assert_eq!(verdict_of("profit-18-months"), Verdict::Holds);
        assert_eq!(verdict_of("profitable-in-november"), Verdict::Imprecise);
        assert_eq!(verdict_of("rivian-cumulative"), Verdict::DoesNotHold);
        assert_eq!(verdict_of("fastest-to-1m"), Verdict::CannotCheck);
        assert_eq!(verdict_of("byd-passed-tesla"), Verdict::Holds);
    }

    #[test]
    fn explanations_show_the_computation() {
        let dataset = fixture();
        let results = check_claims(&dataset, Lang::En);
        let us = results.iter().find(|r| r.id == "us-minus-29").unwrap();
        assert_eq!(us.computed, "-26.7%");
        assert!(us.explanation.contains("rounding"), "{}", us.explanation);
        let rivian = results.iter().find(|r| r.id == "rivian-cumulative").unwrap();
        assert_eq!(rivian.computed, "3.2×");
        assert!(results.iter().all(|r| !r.sources.is_empty() && r.sources.iter().all(|s| dataset.source(s).is_some())));
        let zh = check_claims(&dataset, Lang::ZhCn);
        assert!(zh.iter().all(|r| !r.explanation.is_empty() && r.text.chars().any(|c| c > '\u{3000}')));
    }
}
