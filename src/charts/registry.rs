//! Every chart, once. Each chart's module declares its [`Chart`] (id, toggle
//! and that toggle's URL parameter, builder, what it shows); [`CHARTS`] lists
//! them in the dashboard's reading order. The route, the settings, the
//! prerendered pages and the static images read this list, and
//! `tests/chart_registry.rs` checks the README and the browser tests against
//! it, so adding a chart is one module and one line here.

use super::{ChartId, ChartModel, ChartSettings, ToggleOption};
use crate::data::{Dataset, Lang};

/// One chart, as the rest of the app sees it.
pub struct Chart {
    pub id: ChartId,
    /// The stable id in URLs, file names and `data-chart` attributes.
    pub slug: &'static str,
    pub toggle: Option<ToggleEntry>,
    /// The model for these settings; only the chart's own setting is read.
    pub build: fn(&Dataset, &ChartSettings, Lang) -> ChartModel,
    /// What the chart shows, in one line of English, for the README's chart
    /// table. Host only: the browser never shows it.
    #[cfg(not(target_arch = "wasm32"))]
    pub shows: &'static str,
}

/// A chart's toggle: its URL parameter, its buttons, and where its choice
/// lives in [`ChartSettings`].
pub struct ToggleEntry {
    pub param: &'static str,
    pub options: fn(Lang) -> Vec<ToggleOption>,
    pub selected: fn(&ChartSettings) -> &'static str,
    /// Chooses the option with this id; false when there is none.
    pub set: fn(&mut ChartSettings, &str) -> bool,
}

/// Every chart in the dashboard's reading order. `CHARTS[id as usize]` is the
/// chart `id` (tested below), so a lookup is an index, not a search.
pub const CHARTS: [Chart; 8] = [
    super::deliveries::CHART,
    super::cumulative::CHART,
    super::target_2026::CHART,
    super::targets::CHART,
    super::regions::CHART,
    super::competitors::CHART,
    super::time_to_scale::CHART,
    super::financials::CHART,
];

impl ChartId {
    /// This chart's entry in the registry.
    pub fn chart(self) -> &'static Chart {
        &CHARTS[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_chart_sits_at_its_own_index_in_reading_order() {
        for (index, chart) in CHARTS.iter().enumerate() {
            assert_eq!(chart.id as usize, index, "{}", chart.slug);
            assert_eq!(ChartId::ALL[index], chart.id);
        }
    }

    fn unique(mut names: Vec<&str>) -> bool {
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        names.len() == count
    }

    #[test]
    fn slugs_are_unique() {
        assert!(unique(CHARTS.iter().map(|c| c.slug).collect()));
    }

    #[test]
    fn toggle_parameters_are_unique_and_not_the_routes_own() {
        let mut params: Vec<&str> = CHARTS.iter().filter_map(|c| c.toggle.as_ref()).map(|t| t.param).collect();
        params.extend(["view", "chart", "theme", "lang", "slide"]);
        assert!(unique(params));
    }

    #[test]
    fn every_toggle_option_can_be_chosen_and_read_back() {
        for toggle in CHARTS.iter().filter_map(|c| c.toggle.as_ref()) {
            for option in (toggle.options)(Lang::En) {
                let mut settings = ChartSettings::default();
                assert!((toggle.set)(&mut settings, option.id), "{}={}", toggle.param, option.id);
                assert_eq!((toggle.selected)(&settings), option.id);
            }
            assert!(!(toggle.set)(&mut ChartSettings::default(), "no-such-option"), "{}", toggle.param);
        }
    }

    #[test]
    fn every_chart_builds_its_own_model() {
        let dataset = crate::data::fixture();
        for chart in &CHARTS {
            assert_eq!((chart.build)(&dataset, &ChartSettings::default(), Lang::En).id, chart.id, "{}", chart.slug);
        }
    }
}
