//! What changed between two published versions of the data, computed from
//! the two files, never written by hand: figures added, changed (old and new
//! value, qualifier and sources) and removed; sources added, removed,
//! re-addressed or re-graded; claims whose verdict changed. `make data` keeps
//! it beside the version it describes (`data/versions/<as_of>.changes.json`).

use super::claims::{check_claims, Verdict};
use crate::data::{Dataset, Date, FigureStatus, Qualifier, SourceStatus, Value};
use crate::text::Lang;
use serde_json::{json, Value as Json};
use std::collections::BTreeMap;

// The data package's table of changes, which only the build writes.
#[cfg(not(target_arch = "wasm32"))]
mod table;
#[cfg(not(target_arch = "wasm32"))]
pub use table::table;

/// One figure as a version states it: its value, how exact, on what
/// sources, how well supported, and the other values published for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stated {
    pub value: f64,
    pub qualifier: Qualifier,
    pub sources: Vec<String>,
    /// Single-source or weak, when less than solid.
    pub status: Option<FigureStatus>,
    /// Each conflicting value with its qualifier and sources.
    pub conflicts: Vec<(f64, Qualifier, Vec<String>)>,
}

impl Stated {
    fn of(value: &Value) -> Stated {
        Stated {
            value: value.value,
            qualifier: value.qualifier,
            sources: value.sources.clone(),
            status: value.status,
            conflicts: value.conflicts.iter().map(|c| (c.value, c.qualifier, c.sources.clone())).collect(),
        }
    }

    fn to_json(&self) -> Json {
        let conflicts: Vec<Json> = self
            .conflicts
            .iter()
            .map(|(value, qualifier, sources)| json!({ "value": value, "qualifier": qualifier.id(), "sources": sources }))
            .collect();
        json!({
            "value": self.value,
            "qualifier": self.qualifier.id(),
            "sources": self.sources,
            "status": self.status.map(FigureStatus::id),
            "conflicting_values": conflicts,
        })
    }
}

/// A figure, by its series and period.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FigureId {
    pub series: String,
    pub period: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FigureChange {
    Added(Stated),
    Changed { before: Stated, after: Stated },
    Removed(Stated),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceChange {
    Added,
    Removed,
    /// Its web address changed (or it gained or lost one).
    Readdressed {
        before: Option<String>,
        after: Option<String>,
    },
    /// Its status changed (for example to "weak").
    Regraded {
        before: SourceStatus,
        after: SourceStatus,
    },
}

/// Everything that changed from the version `from` to the version `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub from: String,
    pub to: String,
    pub figures: Vec<(FigureId, FigureChange)>,
    pub sources: Vec<(String, SourceChange)>,
    /// A claim's id, with its verdict before and after.
    pub verdicts: Vec<(String, Verdict, Verdict)>,
}

/// The changes from `before` to `after`, each list in the order of its ids.
pub fn between(before: &Dataset, after: &Dataset) -> Changes {
    Changes {
        from: before.as_of.to_string(),
        to: after.as_of.to_string(),
        figures: figure_changes(before, after),
        sources: source_changes(before, after),
        verdicts: verdict_changes(before, after),
    }
}

fn figures(dataset: &Dataset) -> BTreeMap<FigureId, Stated> {
    let mut all = BTreeMap::new();
    for series in &dataset.series {
        for value in &series.values {
            let id = FigureId { series: series.id.clone(), period: value.period.to_string() };
            all.insert(id, Stated::of(value));
        }
    }
    all
}

fn figure_changes(before: &Dataset, after: &Dataset) -> Vec<(FigureId, FigureChange)> {
    let (old, new) = (figures(before), figures(after));
    let mut changes = Vec::new();
    for (id, stated) in &new {
        match old.get(id) {
            None => changes.push((id.clone(), FigureChange::Added(stated.clone()))),
            Some(was) if was != stated => {
                changes.push((id.clone(), FigureChange::Changed { before: was.clone(), after: stated.clone() }))
            }
            Some(_) => {}
        }
    }
    for (id, stated) in old.iter().filter(|(id, _)| !new.contains_key(*id)) {
        changes.push((id.clone(), FigureChange::Removed(stated.clone())));
    }
    changes.sort_by(|a, b| a.0.cmp(&b.0));
    changes
}

fn source_changes(before: &Dataset, after: &Dataset) -> Vec<(String, SourceChange)> {
    let mut changes = Vec::new();
    for source in &after.sources {
        match before.source(&source.id) {
            None => changes.push((source.id.clone(), SourceChange::Added)),
            Some(was) => {
                if was.url != source.url {
                    let change = SourceChange::Readdressed { before: was.url.clone(), after: source.url.clone() };
                    changes.push((source.id.clone(), change));
                }
                if was.status != source.status {
                    let change = SourceChange::Regraded { before: was.status, after: source.status };
                    changes.push((source.id.clone(), change));
                }
            }
        }
    }
    for source in before.sources.iter().filter(|s| after.source(&s.id).is_none()) {
        changes.push((source.id.clone(), SourceChange::Removed));
    }
    changes.sort_by(|a, b| a.0.cmp(&b.0));
    changes
}

fn verdict_changes(before: &Dataset, after: &Dataset) -> Vec<(String, Verdict, Verdict)> {
    // Verdicts do not depend on the language; their words do.
    let old = check_claims(before, Lang::DEFAULT);
    let mut changes: Vec<_> = check_claims(after, Lang::DEFAULT)
        .into_iter()
        .filter_map(|claim| {
            let was = old.iter().find(|c| c.id == claim.id)?;
            (was.verdict != claim.verdict).then_some((claim.id, was.verdict, claim.verdict))
        })
        .collect();
    changes.sort_by(|a, b| a.0.cmp(&b.0));
    changes
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty() && self.sources.is_empty() && self.verdicts.is_empty()
    }

    /// The list as `make data` writes it, one entry per change.
    pub fn to_json(&self) -> Json {
        let figure = |kind: &str| -> Vec<Json> {
            self.figures
                .iter()
                .filter_map(|(id, change)| {
                    let (series, period) = (&id.series, &id.period);
                    let (what, entry) = match change {
                        FigureChange::Added(stated) => {
                            ("added", json!({ "series": series, "period": period, "figure": stated.to_json() }))
                        }
                        FigureChange::Changed { before, after } => (
                            "changed",
                            json!({ "series": series, "period": period, "before": before.to_json(), "after": after.to_json() }),
                        ),
                        FigureChange::Removed(stated) => {
                            ("removed", json!({ "series": series, "period": period, "figure": stated.to_json() }))
                        }
                    };
                    (what == kind).then_some(entry)
                })
                .collect()
        };
        let sources: Vec<Json> = self
            .sources
            .iter()
            .map(|(id, change)| match change {
                SourceChange::Added => json!({ "source": id, "change": "added" }),
                SourceChange::Removed => json!({ "source": id, "change": "removed" }),
                SourceChange::Readdressed { before, after } => {
                    json!({ "source": id, "change": "readdressed", "before": before, "after": after })
                }
                SourceChange::Regraded { before, after } => {
                    json!({ "source": id, "change": "regraded", "before": before.id(), "after": after.id() })
                }
            })
            .collect();
        let verdicts: Vec<Json> = self
            .verdicts
            .iter()
            .map(|(id, before, after)| json!({ "claim": id, "before": before.id(), "after": after.id() }))
            .collect();
        json!({
            "from": self.from,
            "to": self.to,
            "figures_added": figure("added"),
            "figures_changed": figure("changed"),
            "figures_removed": figure("removed"),
            "sources": sources,
            "verdicts": verdicts,
        })
    }
}

/// What changed in each kept version after the first (`versions`, oldest
/// first, as `data::versions::kept` reads them) since the one before it.
pub fn history(versions: &[(Date, Dataset)]) -> Vec<Changes> {
    versions
        .windows(2)
        .filter_map(|pair| match pair {
            [(_, before), (_, after)] => Some(between(before, after)),
            _ => None,
        })
        .collect()
}

/// The change list of each kept version after the first, as `make data`
/// writes it: each version's date and its list, as pretty JSON.
pub fn lists(versions: &[(Date, Dataset)]) -> Vec<(Date, String)> {
    let dates = versions.iter().skip(1).map(|(as_of, _)| *as_of);
    dates.zip(history(versions)).map(|(as_of, changes)| (as_of, changes.written())).collect()
}

impl Changes {
    /// The list as a file: pretty JSON, ending in a newline.
    pub fn written(&self) -> String {
        format!("{}\n", serde_json::to_string_pretty(&self.to_json()).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{fixture, parse_dataset, test_datasets, FIXTURE_JSON};
    use serde_json::Value as Json;

    fn edited() -> Dataset {
        test_datasets::fixture_with_a_month_added_and_a_quarter_corrected()
    }

    #[test]
    fn an_added_month_and_a_corrected_figure_are_the_two_changes() {
        let (before, after) = (fixture(), edited());
        let changes = between(&before, &after);
        assert_eq!(changes.figures.len(), 2, "{changes:#?}");
        let (added, corrected) = (&changes.figures[0], &changes.figures[1]);
        assert_eq!(added.0, FigureId { series: "xiaomi-deliveries-month".into(), period: "2026-02".into() });
        assert!(matches!(&added.1, FigureChange::Added(s) if s.value == 30_000.0));
        assert_eq!(corrected.0.series, "xiaomi-deliveries-quarter");
        match &corrected.1 {
            FigureChange::Changed { before, after } => {
                assert_eq!((before.value, after.value), (27_307.0, 27_308.0));
                assert_eq!(before.sources, after.sources);
            }
            other => panic!("{other:?}"),
        }
        assert!(changes.sources.is_empty() && changes.verdicts.is_empty(), "{changes:#?}");
        let written = changes.to_json();
        assert_eq!(written["from"], before.as_of.to_string());
        assert_eq!(written["to"], "2026-03-01");
        assert_eq!(written["figures_added"].as_array().unwrap().len(), 1);
        assert_eq!(written["figures_changed"][0]["before"]["value"], 27_307.0);
        assert_eq!(written["figures_changed"][0]["after"]["value"], 27_308.0);
        assert_eq!(written["figures_removed"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn the_same_data_has_no_changes_and_the_reverse_edit_removes_what_was_added() {
        assert!(between(&fixture(), &fixture()).is_empty());
        let back = between(&edited(), &fixture());
        assert!(back.figures.iter().any(|(id, c)| id.period == "2026-02" && matches!(c, FigureChange::Removed(_))));
    }

    #[test]
    fn a_source_readdressed_regraded_added_or_removed_is_listed() {
        let before = fixture();
        let mut json: Json = serde_json::from_str(FIXTURE_JSON).unwrap();
        let first = json["sources"][0]["id"].as_str().unwrap().to_owned();
        json["sources"][0]["url"] = json!("https://example.org/moved");
        json["sources"][0]["status"] = json!("weak");
        let mut extra = json["sources"][0].clone();
        extra["id"] = json!("a-new-source");
        json["sources"].as_array_mut().unwrap().push(extra);
        let after = parse_dataset(&json.to_string()).unwrap();
        let changes = between(&before, &after);
        assert!(changes.sources.contains(&("a-new-source".to_owned(), SourceChange::Added)), "{changes:#?}");
        assert!(changes.sources.iter().any(|(id, c)| id == &first && matches!(c, SourceChange::Readdressed { .. })));
        assert!(changes
            .sources
            .iter()
            .any(|(id, c)| id == &first && matches!(c, SourceChange::Regraded { after: SourceStatus::Weak, .. })));
        let back = between(&after, &before);
        assert!(back.sources.contains(&("a-new-source".to_owned(), SourceChange::Removed)));
    }
}
