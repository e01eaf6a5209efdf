//! What an editor sees after changing `data/dataset.json` (`make data`): the
//! headline figures the dashboard will show, the latest period of every
//! series, and the claim verdicts, as plain text. Pure, so it is tested natively.

use super::claims::{check_claims, Verdict};
use super::consistency::findings;
use super::target::{cumulative_to_date, tracked_pace};
use crate::data::{Dataset, Unit};
use crate::format;
use crate::text::Lang;

/// The report is for maintainers, in the product's first language.
const LANG: Lang = Lang::DEFAULT;

fn vehicles(value: f64, qualifier: crate::data::Qualifier) -> String {
    format::figure(value, Unit::Vehicles, qualifier, LANG)
}

/// The headline figures as (label, value) rows, in the order the header shows them.
pub fn headline_figures(dataset: &Dataset) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    if let Some(pace) = tracked_pace(dataset) {
        let year = pace.year;
        if let Some(previous) = pace.previous_year {
            rows.push((format!("{} deliveries", year - 1), vehicles(previous.value, previous.qualifier)));
        }
        rows.push((format!("{year} target"), vehicles(pace.target.value, pace.target.qualifier)));
        if let Some(growth) = pace.growth_needed_pct {
            rows.push(("Growth the target needs".into(), format::change_pct(growth)));
        }
        let to_date = match pace.delivered_to_date {
            Some(total) => format!(
                "{} ({} month{} of monthly figures)",
                vehicles(total.value, total.qualifier),
                pace.months_elapsed,
                if pace.months_elapsed == 1 { "" } else { "s" }
            ),
            None => "no monthly figure yet".into(),
        };
        rows.push((format!("{year} to date"), to_date));
        let months_left = 12u32.saturating_sub(pace.months_elapsed).max(1);
        rows.push((
            "Pace needed per month".into(),
            format!("{} for the {months_left} months left", format::count(pace.needed_per_month.round())),
        ));
    }
    if let Some((period, total)) = cumulative_to_date(dataset) {
        rows.push((
            "Cumulative deliveries".into(),
            format!("{} through {}", vehicles(total.value, total.qualifier), format::period(&period, LANG)),
        ));
    }
    rows
}

/// The whole report, as printed by `make data`.
pub fn data_report(dataset: &Dataset) -> String {
    let values: usize = dataset.series.iter().map(|s| s.values.len()).sum();
    let mut out = format!(
        "Dataset valid, as of {}: {} sources, {} series, {values} values, {} milestones, {} claims.\n",
        format::date(dataset.as_of, LANG),
        dataset.sources.len(),
        dataset.series.len(),
        dataset.milestones.len(),
        dataset.claims.len()
    );
    out.push_str("\nHeadline figures\n");
    for (label, value) in headline_figures(dataset) {
        out.push_str(&format!("  {label:<26} {value}\n"));
    }
    out.push_str("\nLatest period of each series\n");
    let width = dataset.series.iter().map(|s| s.id.len()).max().unwrap_or(0);
    for series in &dataset.series {
        let latest = series.values.iter().map(|v| &v.period).max();
        let latest = latest.map_or_else(|| "none".to_owned(), |p| format::period(p, LANG));
        out.push_str(&format!("  {:<width$}  {latest}  (as of {})\n", series.id, series.as_of));
    }
    let claims = check_claims(dataset, LANG);
    let count = |verdict: Verdict| claims.iter().filter(|c| c.verdict == verdict).count();
    out.push_str(&format!(
        "\nClaims: {} hold, {} rounding, {} imprecise, {} do not hold, {} cannot be checked\n",
        count(Verdict::Holds),
        count(Verdict::Rounding),
        count(Verdict::Imprecise),
        count(Verdict::DoesNotHold),
        count(Verdict::CannotCheck)
    ));
    out.push_str(&format!("Consistency findings: {}\n", findings(dataset, LANG).len()));
    out.push_str(&source_check(dataset));
    out
}

/// Every figure and milestone with the source ids it cites, by name.
fn citations(dataset: &Dataset) -> Vec<(String, &[String])> {
    let values = dataset.series.iter().flat_map(|series| {
        series.values.iter().flat_map(move |value| {
            let name = format!("{}@{}", series.id, value.period);
            let conflicting = format!("{name} (conflicting value)");
            let conflicts = value.conflicts.iter().map(move |c| (conflicting.clone(), &c.sources[..]));
            std::iter::once((name, &value.sources[..])).chain(conflicts)
        })
    });
    let milestones = dataset.milestones.iter().map(|m| (format!("milestone {}", m.id), &m.sources[..]));
    values.chain(milestones).collect()
}

/// For the next update: each source with its address (or not) and how many
/// figures cite it, sources nothing cites, and figures whose every source is
/// weak.
pub fn source_check(dataset: &Dataset) -> String {
    let citations = citations(dataset);
    let addressed = dataset.sources.iter().filter(|s| s.url.is_some()).count();
    let mut out = format!("\nSources: {addressed} of {} have an address\n", dataset.sources.len());
    let width = dataset.sources.iter().map(|s| s.id.len()).max().unwrap_or(0);
    let mut rows: Vec<_> = dataset
        .sources
        .iter()
        .map(|source| {
            let cited = citations.iter().filter(|(_, ids)| ids.contains(&source.id)).count();
            (source.url.is_some(), source, cited)
        })
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    for (has_address, source, cited) in rows {
        let address = if has_address { "address" } else { "NO ADDRESS" };
        let status = source.status.id();
        let unused = if cited == 0 { "  (cited by nothing)" } else { "" };
        out.push_str(&format!("  {:<width$}  {address:<10}  {status:<9}  cited {cited}{unused}\n", source.id));
    }
    let weak = |id: &String| dataset.source(id).is_some_and(|s| s.status == crate::data::SourceStatus::Weak);
    let weak_only: Vec<_> = citations.iter().filter(|(_, ids)| !ids.is_empty() && ids.iter().all(weak)).collect();
    out.push_str(&format!("\nFigures resting only on weak sources: {}\n", weak_only.len()));
    for (name, ids) in weak_only {
        out.push_str(&format!("  {name}  ({})\n", ids.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    #[test]
    fn the_report_gives_the_headline_figures_of_the_fixture() {
        let report = data_report(&fixture());
        for expected in [
            "as of 1 Feb 2026",
            "2025 deliveries            410,000+",
            "2026 target                550,000",
            "Growth the target needs    +34.1%",
            "2026 to date",
            "Pace needed per month",
            "Cumulative deliveries",
        ] {
            assert!(report.contains(expected), "{expected:?} missing from:\n{report}");
        }
    }

    #[test]
    fn the_report_names_the_latest_period_of_every_series() {
        let dataset = fixture();
        let report = data_report(&dataset);
        for series in &dataset.series {
            let line = report.lines().find(|l| l.trim_start().starts_with(&format!("{} ", series.id)));
            let line = line.unwrap_or_else(|| panic!("{} missing:\n{report}", series.id));
            let latest = series.values.iter().map(|v| &v.period).max().unwrap();
            assert!(line.contains(&format::period(latest, LANG)), "{line}");
        }
    }

    #[test]
    fn the_source_check_counts_citations_and_names_what_rests_on_weak_pages() {
        let mut dataset = fixture();
        let first = dataset.sources[0].id.clone();
        dataset.sources[0].url = None;
        dataset.sources[0].status = crate::data::SourceStatus::Weak;
        let cited = citations(&dataset).iter().filter(|(_, ids)| ids.contains(&first)).count();
        let only_weak: Vec<String> = citations(&dataset)
            .into_iter()
            .filter(|(_, ids)| ids.iter().all(|id| *id == first))
            .map(|(name, _)| name)
            .collect();
        let report = source_check(&dataset);
        let row = report.lines().find(|l| l.trim_start().starts_with(&format!("{first} "))).expect("a row per source");
        assert!(row.contains("NO ADDRESS") && row.contains("weak") && row.contains(&format!("cited {cited}")), "{row}");
        let addressed = dataset.sources.iter().filter(|s| s.url.is_some()).count();
        assert!(report.contains(&format!("{addressed} of {} have an address", dataset.sources.len())), "{report}");
        assert!(!only_weak.is_empty(), "the fixture's first source is the only one of some figure");
        assert!(report.contains(&format!("Figures resting only on weak sources: {}", only_weak.len())), "{report}");
        for name in only_weak {
            assert!(report.contains(&format!("  {name}  (")), "{name} missing:\n{report}");
        }
    }

    #[test]
    fn every_invariant_dataset_reports_without_panicking() {
        for (name, dataset) in crate::data::test_datasets::for_invariants() {
            assert!(data_report(&dataset).contains("Headline figures"), "{name}");
        }
    }
}
