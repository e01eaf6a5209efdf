//! What changed in one chart between a kept version of the data and the
//! latest: its points, built from each dataset with the same settings, by
//! series and period. A figure computed from others (a running total)
//! changes when they do, and counts as changed.

use super::{build, ChartId, ChartSettings, DataPoint};
use crate::data::Dataset;
use crate::text::{messages, Lang};

/// How many of a chart's figures a newer version added, changed and removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChartChanges {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

impl ChartChanges {
    pub fn is_none(&self) -> bool {
        *self == ChartChanges::default()
    }

    /// "Since this version: 2 figures added, 1 changed." or that nothing changed.
    pub fn sentence(&self, lang: Lang) -> String {
        messages(lang).chart_changes_since(self.added, self.changed, self.removed)
    }
}

/// What changed in chart `id` (with `settings`) from the `kept` version to the `latest`.
pub fn changes_since(id: ChartId, settings: &ChartSettings, kept: &Dataset, latest: &Dataset) -> ChartChanges {
    let (before, after) = (build(id, kept, settings, Lang::DEFAULT), build(id, latest, settings, Lang::DEFAULT));
    let same_figure = |a: &DataPoint, b: &DataPoint| a.series_id == b.series_id && a.period == b.period;
    let mut changes = ChartChanges::default();
    for point in &after.points {
        match before.points.iter().find(|p| same_figure(p, point)) {
            None => changes.added += 1,
            Some(was) if (was.value, was.qualifier, &was.sources) != (point.value, point.qualifier, &point.sources) => {
                changes.changed += 1
            }
            Some(_) => {}
        }
    }
    changes.removed = before.points.iter().filter(|p| !after.points.iter().any(|q| same_figure(p, q))).count();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::DeliveriesBy;
    use crate::data::{fixture, test_datasets};

    fn newer() -> Dataset {
        test_datasets::fixture_with_a_month_added_and_a_quarter_corrected()
    }

    fn by(view: DeliveriesBy) -> ChartSettings {
        ChartSettings { deliveries: view, ..ChartSettings::default() }
    }

    #[test]
    fn a_chart_counts_the_figures_a_newer_version_added_and_changed_in_it() {
        let (kept, latest) = (fixture(), newer());
        let monthly = changes_since(ChartId::Deliveries, &by(DeliveriesBy::Month), &kept, &latest);
        assert_eq!(monthly, ChartChanges { added: 1, changed: 0, removed: 0 });
        let quarterly = changes_since(ChartId::Deliveries, &by(DeliveriesBy::Quarter), &kept, &latest);
        assert_eq!(quarterly, ChartChanges { added: 0, changed: 1, removed: 0 });
        let back = changes_since(ChartId::Deliveries, &by(DeliveriesBy::Month), &latest, &kept);
        assert_eq!(back.removed, 1);
    }

    #[test]
    fn a_chart_whose_figures_did_not_change_says_so_in_each_language() {
        let unchanged = changes_since(ChartId::Regions, &ChartSettings::default(), &fixture(), &newer());
        assert!(unchanged.is_none(), "{unchanged:?}");
        let changed = ChartChanges { added: 2, changed: 1, removed: 0 };
        assert_eq!(changed.sentence(Lang::En), "Since this version: 2 figures added, 1 figure changed.");
        assert_eq!(unchanged.sentence(Lang::En), "This chart's figures have not changed since this version.");
        assert_eq!(changed.sentence(Lang::ZhCn), "自此版本以来：新增2个数据，更改1个数据。");
        assert_eq!(unchanged.sentence(Lang::ZhCn), "自此版本以来，本图数据未变。");
    }
}
