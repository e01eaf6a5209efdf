//! Checks the seed articles' claims against the dataset: the computed value,
//! a verdict and a one-line explanation of how the verdict was reached.
//!
//! Computation is apart from wording: [`assess`] finds the figures and the
//! verdict with no language ([`Found`]); [`Found::words`] then says them in
//! the page's language through the catalogue.

use super::{change_pct, sum, Figure};
use crate::data::{Claim, ClaimCheck, Dataset, Date, Period, Series, StatedValue, Unit, Value};
use crate::format;
use crate::text::messages;
use crate::text::Lang;

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

/// A claim checked and worded in `lang`.
pub fn check_claim(dataset: &Dataset, claim: &Claim, lang: Lang) -> ClaimResult {
    let assessment = assess(dataset, claim);
    let (computed, explanation) = assessment.found.words(assessment.verdict, lang);
    ClaimResult {
        id: claim.id.clone(),
        text: claim.text.get(lang).to_owned(),
        seeds: claim.seeds.clone(),
        computed,
        verdict: assessment.verdict,
        explanation,
        sources: assessment.sources,
    }
}

/// A claim checked, before any wording.
pub struct Assessment<'d> {
    pub verdict: Verdict,
    pub found: Found<'d>,
    /// Sources of every figure the check used, sorted, each once.
    pub sources: Vec<String>,
}

/// A published figure a check used, as the dataset holds it.
#[derive(Clone, Copy, Debug)]
pub struct Used<'d> {
    pub series: &'d Series,
    pub value: &'d Value,
}

impl Used<'_> {
    fn figure(self) -> Figure {
        Figure::of(self.value)
    }

    fn text(self, lang: Lang) -> String {
        format::figure(self.value.value, self.series.unit, self.value.qualifier, lang)
    }
}

/// What a check found, in figures and dates, by kind of check.
#[derive(Debug)]
pub enum Found<'d> {
    /// A figure the check needs is not in the dataset.
    Missing,
    Growth {
        from: Used<'d>,
        to: Used<'d>,
        computed: f64,
        stated: f64,
        possible: (f64, f64),
    },
    SumAtLeast {
        total: Figure,
        stated: f64,
    },
    DaysBetween {
        start: Date,
        end: Date,
        days: i64,
        stated: i64,
    },
    ValuesMatch {
        values: Vec<Used<'d>>,
        growth: Option<f64>,
    },
    SumMatches {
        broad: Figure,
        narrow: Figure,
    },
    MonthsToProfit {
        start: Date,
        profit: &'d Period,
        months: f64,
        compared: Used<'d>,
    },
    ProfitPeriod {
        profit: &'d Period,
        reported: &'d Period,
    },
    SameRange {
        a: Used<'d>,
        b: Used<'d>,
        ratio: f64,
    },
    ProjectionReaches {
        total: Figure,
        threshold: f64,
        reaches: bool,
    },
    Greater {
        a: Used<'d>,
        b: Used<'d>,
    },
}

/// Checks `claim` against `dataset`: the verdict and what it rests on.
pub fn assess<'d>(dataset: &'d Dataset, claim: &Claim) -> Assessment<'d> {
    let mut sources = Vec::new();
    let mut value = |reference: &str| -> Option<Used<'d>> {
        let (series, value) = dataset.lookup(reference)?;
        sources.extend(value.sources.iter().cloned());
        Some(Used { series, value })
    };
    let (verdict, found) =
        evaluate(dataset, &claim.check, &mut value).unwrap_or((Verdict::CannotCheck, Found::Missing));
    let mut milestone_sources: Vec<String> = milestone_ids(&claim.check)
        .into_iter()
        .filter_map(|id| dataset.milestone(id))
        .flat_map(|m| m.sources.iter().cloned())
        .collect();
    sources.append(&mut milestone_sources);
    crate::sort::sort_unique(&mut sources);
    Assessment { verdict, found, sources }
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

fn holds_if(holds: bool) -> Verdict {
    if holds {
        Verdict::Holds
    } else {
        Verdict::DoesNotHold
    }
}

type Lookup<'d, 'f> = dyn FnMut(&str) -> Option<Used<'d>> + 'f;

fn evaluate<'d>(dataset: &'d Dataset, check: &ClaimCheck, value: &mut Lookup<'d, '_>) -> Option<(Verdict, Found<'d>)> {
    use ClaimCheck::*;
    match check {
        Growth { from, to, stated_pct } => growth(value(from)?, value(to)?, *stated_pct),
        SumAtLeast { parts, stated } => {
            let total = total_of(parts, value)?;
            Some((holds_if(total.value >= *stated), Found::SumAtLeast { total, stated: *stated }))
        }
        DaysBetween { from, to, stated_days } => days_between(dataset, from, to, *stated_days),
        ValuesMatch { values } => values_match(value, values),
        SumMatches { parts, narrower_parts, stated } => {
            let (broad, narrow) = (total_of(parts, value)?, total_of(narrower_parts, value)?);
            let matches = (broad.value - stated).abs() <= crate::analysis::rounding_step(*stated) / 2.0;
            let verdict = if matches { Verdict::Imprecise } else { Verdict::DoesNotHold };
            Some((verdict, Found::SumMatches { broad, narrow }))
        }
        MonthsToProfit { from, profit, stated_months, compare } => {
            let start = dataset.milestone(from)?.date.first_day();
            let profit = value(profit)?.value;
            let months = start.days_until(profit.period.last_day()) as f64 / (365.25 / 12.0);
            let compared = value(compare)?;
            let holds = (months - stated_months).abs() <= 2.0 && compared.value.value > months * 2.0;
            Some((holds_if(holds), Found::MonthsToProfit { start, profit: &profit.period, months, compared }))
        }
        ProfitPeriod { profit, stated_period, reported } => {
            let profit = &value(profit)?.value.period;
            let reported = &dataset.milestone(reported)?.date;
            let verdict = if profit.contains(stated_period) {
                Verdict::Holds
            } else if stated_period.contains(reported) {
                Verdict::Imprecise
            } else {
                Verdict::DoesNotHold
            };
            Some((verdict, Found::ProfitPeriod { profit, reported }))
        }
        SameRange { a, b, max_ratio } => {
            let (a, b) = (value(a)?, value(b)?);
            let ratio = a.value.value.max(b.value.value) / a.value.value.min(b.value.value);
            Some((holds_if(ratio <= *max_ratio), Found::SameRange { a, b, ratio }))
        }
        ProjectionReaches { parts, threshold } => {
            // A projection cannot be checked against what has not happened yet.
            let total = total_of(parts, value)?;
            let reaches = total.value >= *threshold;
            Some((Verdict::CannotCheck, Found::ProjectionReaches { total, threshold: *threshold, reaches }))
        }
        Greater { a, b } => {
            let (a, b) = (value(a)?, value(b)?);
            Some((holds_if(a.figure().bounds().0 > b.figure().bounds().1), Found::Greater { a, b }))
        }
    }
}

fn total_of(references: &[String], value: &mut Lookup<'_, '_>) -> Option<Figure> {
    sum(references.iter().map(|r| value(r).map(Used::figure)).collect::<Option<Vec<_>>>()?)
}

fn growth<'d>(from: Used<'d>, to: Used<'d>, stated: f64) -> Option<(Verdict, Found<'d>)> {
    let computed = change_pct(from.value.value, to.value.value)?;
    let (from_lo, from_hi) = from.figure().bounds();
    let (to_lo, to_hi) = to.figure().bounds();
    let lowest = change_pct(from_hi, to_lo).unwrap_or(-100.0);
    let highest = change_pct(from_lo, to_hi).unwrap_or(f64::INFINITY);
    let verdict = if (computed - stated).abs() <= stated_tolerance(stated) {
        Verdict::Holds
    } else if (lowest..=highest).contains(&stated) {
        Verdict::Rounding
    } else {
        Verdict::DoesNotHold
    };
    Some((verdict, Found::Growth { from, to, computed, stated, possible: (lowest, highest) }))
}

fn days_between<'d>(dataset: &'d Dataset, from: &str, to: &str, stated: i64) -> Option<(Verdict, Found<'d>)> {
    let (from, to) = (dataset.milestone(from)?, dataset.milestone(to)?);
    let (Period::Day(start), Period::Day(end)) = (&from.date, &to.date) else {
        return None;
    };
    let days = start.days_until(*end);
    Some((holds_if(days == stated), Found::DaysBetween { start: *start, end: *end, days, stated }))
}

fn values_match<'d>(value: &mut Lookup<'d, '_>, values: &[StatedValue]) -> Option<(Verdict, Found<'d>)> {
    let mut found = Vec::new();
    let mut all_match = true;
    for stated in values {
        let used = value(&stated.reference)?;
        let (lo, hi) = used.figure().bounds();
        all_match &= (lo..=hi).contains(&stated.stated) || used.value.value == stated.stated;
        found.push(used);
    }
    let growth = match found.as_slice() {
        [a, b] => change_pct(a.value.value, b.value.value),
        _ => None,
    };
    Some((holds_if(all_match), Found::ValuesMatch { values: found, growth }))
}

impl Found<'_> {
    /// The computed value and the explanation, in `lang`.
    pub fn words(&self, verdict: Verdict, lang: Lang) -> (String, String) {
        let text = messages(lang);
        let vehicles = |f: &Figure| format::figure(f.value, Unit::Vehicles, f.qualifier, lang);
        let yuan = |f: &Figure| format::figure(f.value, Unit::Yuan, f.qualifier, lang);
        match self {
            Found::Missing => ("—".into(), text.figure_missing.to_owned()),
            Found::Growth { from, to, computed, stated, possible: (lowest, highest) } => {
                let inputs = format!("{} → {}", from.text(lang), to.text(lang));
                let (shown, stated) = (format::change_pct(*computed), format::change_pct(*stated));
                let explanation = match verdict {
                    Verdict::Holds => text.change_as_stated(&inputs, &shown),
                    Verdict::Rounding => text.change_within_rounding(
                        &inputs,
                        &shown,
                        &stated,
                        (&format::change_pct(*lowest), &format::change_pct(*highest)),
                    ),
                    _ => text.change_not_stated(&inputs, &shown, &stated),
                };
                (shown, explanation)
            }
            Found::SumAtLeast { total, stated } => {
                let holds = verdict == Verdict::Holds;
                (vehicles(total), text.parts_against_stated(&vehicles(total), holds, &format::count(*stated)))
            }
            Found::DaysBetween { start, end, days, stated } => (
                text.days(*days),
                text.days_between(&format::date(*start, lang), &format::date(*end, lang), *days, *stated),
            ),
            Found::ValuesMatch { values, growth } => {
                let shown: Vec<String> = values
                    .iter()
                    .map(|v| format!("{} {}", format::period(&v.value.period, lang), v.text(lang)))
                    .collect();
                let growth = growth.map(format::change_pct);
                let note = growth.as_ref().map(|g| text.implied_change(g)).unwrap_or_default();
                let explanation = text.forecaster_figures(&shown, &note);
                (growth.unwrap_or_else(|| shown.join(", ")), explanation)
            }
            Found::SumMatches { broad, narrow } => {
                (yuan(broad), text.segment_not_vehicles(&yuan(broad), &yuan(narrow)))
            }
            Found::MonthsToProfit { start, profit, months, compared } => (
                text.months(*months),
                text.months_to_profit_how(
                    &format::date(*start, lang),
                    &format::period(profit, lang),
                    *months,
                    &compared.text(lang),
                ),
            ),
            Found::ProfitPeriod { profit, reported } => {
                let quarter = format::period(profit, lang);
                let explanation = text.profit_reported(&quarter, &format::period(reported, lang));
                (quarter, explanation)
            }
            Found::SameRange { a, b, ratio } => {
                (format!("{ratio:.1}×"), text.times_as_much(&a.text(lang), *ratio, &b.text(lang)))
            }
            Found::ProjectionReaches { total, threshold, reaches } => {
                (vehicles(total), text.projection_claim(&vehicles(total), *reaches, &format::count(*threshold)))
            }
            Found::Greater { a, b } => (
                text.versus(&a.text(lang), &b.text(lang)),
                text.battery_electric_only(
                    (a.series.title.get(lang), &a.text(lang)),
                    (b.series.title.get(lang), &b.text(lang)),
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    /// The verdicts, computed with no language at all.
    fn verdicts() -> Vec<(String, Verdict)> {
        let dataset = fixture();
        dataset.claims.iter().map(|claim| (claim.id.clone(), assess(&dataset, claim).verdict)).collect()
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

    #[test]
    fn each_language_words_the_same_verdicts_and_sources() {
        let dataset = fixture();
        let (en, zh) = (check_claims(&dataset, Lang::En), check_claims(&dataset, Lang::ZhCn));
        for (en, zh) in en.iter().zip(&zh) {
            assert_eq!((&en.id, en.verdict, &en.sources), (&zh.id, zh.verdict, &zh.sources));
            assert_ne!(en.explanation, zh.explanation, "{}: worded in each language", en.id);
        }
    }
}
