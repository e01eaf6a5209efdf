//! Rules a dataset must satisfy before any chart may use it. Each broken rule
//! becomes a [`DataError`] that says where, which value and why; nothing here
//! panics on any input.

use super::claim::ClaimCheck;
use super::schema::{Dataset, Kind};
use crate::sort::sort_by;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Where in the file, e.g. `series "xiaomi-deliveries-month", value 2024-07`
    /// or `line 12, column 5`.
    pub location: String,
    pub message: String,
}

impl DataError {
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> DataError {
        DataError { location: location.into(), message: message.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

pub fn validate(dataset: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    if dataset.schema_version != 1 {
        errors.push(DataError::new(
            "schema_version",
            format!("unsupported schema version {}; this app reads version 1", dataset.schema_version),
        ));
    }
    if dataset.series.is_empty() {
        errors.push(DataError::new("series", "the dataset has no series: there is nothing to chart"));
    }
    let source_ids = unique_ids(dataset.sources.iter().map(|s| s.id.as_str()), "source", &mut errors);
    let entity_ids = unique_ids(dataset.entities.iter().map(|e| e.id.as_str()), "entity", &mut errors);
    unique_ids(dataset.series.iter().map(|s| s.id.as_str()), "series", &mut errors);
    unique_ids(dataset.milestones.iter().map(|m| m.id.as_str()), "milestone", &mut errors);
    unique_ids(dataset.claims.iter().map(|c| c.id.as_str()), "claim", &mut errors);

    check_sources(dataset, &mut errors);
    check_series(dataset, &source_ids, &entity_ids, &mut errors);
    check_milestones(dataset, &source_ids, &entity_ids, &mut errors);
    check_claims(dataset, &source_ids, &mut errors);
    errors
}

/// A set of ids, sorted for lookup. (A sorted list rather than a `HashSet`:
/// the sets are small, and a hasher would add its code to the wasm.)
struct Ids<'a>(Vec<&'a str>);

impl Ids<'_> {
    fn contains(&self, id: &str) -> bool {
        self.0.binary_search(&id).is_ok()
    }
}

/// In a sorted list, each item that occurs more than once (once per extra copy).
fn repeated<T: PartialEq>(sorted: &[T]) -> impl Iterator<Item = &T> {
    sorted.windows(2).filter_map(|pair| match pair {
        [a, b] if a == b => Some(b),
        _ => None,
    })
}

/// The ids as a set, with an error for each empty or repeated one.
fn unique_ids<'a>(ids: impl Iterator<Item = &'a str>, what: &str, errors: &mut Vec<DataError>) -> Ids<'a> {
    let mut sorted = Vec::new();
    for id in ids {
        if id.trim().is_empty() {
            errors.push(DataError::new(format!("{what} id"), format!("a {what} has an empty id")));
        } else {
            sorted.push(id);
        }
    }
    sort_by(&mut sorted, |a, b| a.cmp(b));
    for id in repeated(&sorted) {
        errors.push(DataError::new(format!("{what} \"{id}\""), format!("duplicate {what} id")));
    }
    sorted.dedup();
    Ids(sorted)
}

fn check_sources(dataset: &Dataset, errors: &mut Vec<DataError>) {
    for source in &dataset.sources {
        if let Some(url) = &source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                errors.push(DataError::new(
                    format!("source \"{}\"", source.id),
                    format!("url \"{url}\" must start with https:// or http://"),
                ));
            }
        }
    }
}

fn check_source_refs(refs: &[String], known: &Ids, location: &str, errors: &mut Vec<DataError>) {
    if refs.is_empty() {
        errors.push(DataError::new(location, "no source given: every figure needs at least one source id"));
    }
    for id in refs {
        if !known.contains(id.as_str()) {
            errors.push(DataError::new(location, format!("unknown source id \"{id}\"")));
        }
    }
}

fn check_series(dataset: &Dataset, source_ids: &Ids, entity_ids: &Ids, errors: &mut Vec<DataError>) {
    for series in &dataset.series {
        let here = format!("series \"{}\"", series.id);
        if !entity_ids.contains(series.entity.as_str()) {
            errors.push(DataError::new(&here, format!("unknown entity \"{}\"", series.entity)));
        }
        if series.values.is_empty() {
            errors.push(DataError::new(&here, "the series has no values"));
        }
        if series.as_of > dataset.as_of {
            errors.push(DataError::new(
                &here,
                format!("as_of {} is later than the dataset's as_of {}", series.as_of, dataset.as_of),
            ));
        }
        let mut periods: Vec<_> = series.values.iter().map(|v| &v.period).collect();
        sort_by(&mut periods, |a, b| a.cmp(b));
        for period in repeated(&periods) {
            errors.push(DataError::new(format!("{here}, value {period}"), "duplicate period in this series"));
        }
        for value in &series.values {
            let at = format!("{here}, value {}", value.period);
            if !value.value.is_finite() {
                errors.push(DataError::new(&at, "the value is not a finite number"));
            }
            if let Some(unit) = value.unit {
                if unit != series.unit {
                    errors.push(DataError::new(
                        &at,
                        format!("unit {unit:?} differs from the series unit {:?}", series.unit),
                    ));
                }
            }
            // A plan or prediction stored as an outcome would be charted as fact.
            if value.kind.is_outcome() && value.period.last_day() > dataset.as_of {
                errors.push(DataError::new(
                    &at,
                    format!(
                        "kind \"{}\" for a period that has not ended by the data's as_of date {}: a figure for the future must be a target, forecast or guidance",
                        value.kind.id(),
                        dataset.as_of
                    ),
                ));
            }
            if value.kind == Kind::Forecast && value.forecaster.is_none() {
                errors.push(DataError::new(&at, "a forecast must name its forecaster"));
            }
            check_source_refs(&value.sources, source_ids, &at, errors);
            for conflict in &value.conflicts {
                let here = format!("{at}, conflicting value {}", conflict.value);
                if !conflict.value.is_finite() {
                    errors.push(DataError::new(&here, "a conflicting value must be a finite number"));
                }
                check_source_refs(&conflict.sources, source_ids, &here, errors);
            }
        }
    }
}

fn check_milestones(dataset: &Dataset, source_ids: &Ids, entity_ids: &Ids, errors: &mut Vec<DataError>) {
    for milestone in &dataset.milestones {
        let here = format!("milestone \"{}\"", milestone.id);
        if !entity_ids.contains(milestone.entity.as_str()) {
            errors.push(DataError::new(&here, format!("unknown entity \"{}\"", milestone.entity)));
        }
        check_source_refs(&milestone.sources, source_ids, &here, errors);
    }
}

fn check_claims(dataset: &Dataset, source_ids: &Ids, errors: &mut Vec<DataError>) {
    for claim in &dataset.claims {
        let here = format!("claim \"{}\"", claim.id);
        check_source_refs(&claim.seeds, source_ids, &here, errors);
        let (value_refs, milestone_refs) = claim_references(&claim.check);
        for reference in value_refs {
            if dataset.lookup(reference).is_none() {
                errors.push(DataError::new(
                    &here,
                    format!("reference \"{reference}\" does not name a value (expected series-id@period)"),
                ));
            }
        }
        for id in milestone_refs {
            if dataset.milestone(id).is_none() {
                errors.push(DataError::new(&here, format!("unknown milestone \"{id}\"")));
            }
        }
    }
}

/// The value references and milestone ids a claim check reads.
fn claim_references(check: &ClaimCheck) -> (Vec<&str>, Vec<&str>) {
    use ClaimCheck::*;
    match check {
        Growth { from, to, .. } => (vec![from.as_str(), to.as_str()], vec![]),
        SumAtLeast { parts, .. } | ProjectionReaches { parts, .. } => {
            (parts.iter().map(String::as_str).collect(), vec![])
        }
        DaysBetween { from, to, .. } => (vec![], vec![from.as_str(), to.as_str()]),
        ValuesMatch { values } => (values.iter().map(|v| v.reference.as_str()).collect(), vec![]),
        SumMatches { parts, narrower_parts, .. } => {
            (parts.iter().chain(narrower_parts).map(String::as_str).collect(), vec![])
        }
        MonthsToProfit { from, profit, compare, .. } => (vec![profit.as_str(), compare.as_str()], vec![from.as_str()]),
        ProfitPeriod { profit, reported, .. } => (vec![profit.as_str()], vec![reported.as_str()]),
        SameRange { a, b, .. } | Greater { a, b } => (vec![a.as_str(), b.as_str()], vec![]),
    }
}
