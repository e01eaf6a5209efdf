//! What a chart is to the rest of the app ([`Chart`]), and the [`charts!`]
//! macro that turns the one list of charts (in `charts/mod.rs`, in the
//! dashboard's reading order) into the chart modules, [`ChartId`],
//! `ChartSettings` (one field per toggled chart) and each id's [`Chart`]. The
//! route, the settings, the prerendered pages, the static images and the
//! build's `charts.json` (which the browser tests read) all follow that list,
//! so adding a chart is one module and one line there.
//!
//! [`ChartId`]: super::ChartId

use super::ToggleOption;
use crate::data::Dataset;
use crate::text::Lang;

/// One chart, as the rest of the app sees it. `Settings` is the settings
/// type the list derives, so this description does not depend on the list.
pub struct Chart<Settings: 'static, Model> {
    /// The stable id in URLs, file names and `data-chart` attributes.
    pub slug: &'static str,
    /// Ids the chart had before: their addresses, pages and images keep
    /// working, since articles and posts link to them.
    pub former_slugs: &'static [&'static str],
    pub toggle: Option<ToggleEntry<Settings>>,
    /// The model for these settings; only the chart's own setting is read.
    pub build: fn(&Dataset, &Settings, Lang) -> Model,
    /// Whether the chart runs over time, so that a reader's range
    /// (`from=`, `to=`, `range::TimeRange`) cuts it.
    pub over_time: bool,
    /// What the chart shows, in one line of English, for the README's chart
    /// table. Host only: the browser never shows it.
    #[cfg(not(target_arch = "wasm32"))]
    pub shows: &'static str,
}

/// A chart's toggle: its URL parameter, its buttons, and where its choice
/// lives in the settings. A toggle's choices may follow the data (the
/// carmaker chart offers the years the dataset has), so the buttons, and
/// which of them a default choice stands for, are read with the dataset.
pub struct ToggleEntry<Settings> {
    pub param: &'static str,
    /// The buttons this dataset offers, in order.
    pub options: fn(&Dataset, Lang) -> Vec<ToggleOption>,
    /// The chosen option's id, as the address writes it.
    pub selected: fn(&Settings) -> String,
    /// The id of the button the chart shows as chosen: the chosen option's,
    /// or, for a default that follows the data, the one it stands for.
    pub shown: fn(&Settings, &Dataset) -> String,
    /// Chooses the option with this id; false when there is none.
    pub set: fn(&mut Settings, &str) -> bool,
}

/// The chart list: `Variant => module` for a chart without a toggle,
/// `Variant => module: Setting` for one whose toggle chooses a `Setting`
/// (kept in `ChartSettings.module`). Each module declares its `CHART`.
macro_rules! charts {
    ($($variant:ident => $module:ident $(: $setting:ty)?),+ $(,)?) => {
        /// Stable chart ids: they appear in URLs and in `data-chart` attributes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ChartId {
            $($variant),+
        }

        impl ChartId {
            /// How many charts there are.
            pub const COUNT: usize = [$(stringify!($variant)),+].len();
            /// In the dashboard's reading order.
            pub const ALL: [ChartId; ChartId::COUNT] = [$(ChartId::$variant),+];

            /// This chart's entry in the list.
            pub fn chart(self) -> &'static registry::Chart<ChartSettings, ChartModel> {
                match self {
                    $(ChartId::$variant => &$module::CHART),+
                }
            }
        }

        /// Each toggled chart's choice, in the field named after its module,
        /// the range of time the reader asked for (charts over time) and what
        /// they asked to highlight.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
        pub struct ChartSettings {
            $($(pub $module: $setting,)?)+
            pub range: range::TimeRange,
            pub highlight: highlight::Highlight,
        }
    };
}
pub(super) use charts;

#[cfg(test)]
mod tests {
    use crate::charts::{ChartId, ChartSettings};
    use crate::text::Lang;

    fn charts() -> impl Iterator<Item = &'static super::Chart<ChartSettings, crate::charts::ChartModel>> {
        ChartId::ALL.into_iter().map(ChartId::chart)
    }

    fn unique(mut names: Vec<&str>) -> bool {
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        names.len() == count
    }

    #[test]
    fn slugs_are_unique() {
        assert!(unique(charts().map(|c| c.slug).collect()));
    }

    #[test]
    fn toggle_parameters_are_unique_and_not_the_routes_own() {
        let mut params: Vec<&str> = charts().filter_map(|c| c.toggle.as_ref()).map(|t| t.param).collect();
        params.extend(["view", "chart", "theme", "lang", "slide"]);
        assert!(unique(params));
    }

    #[test]
    fn every_toggle_option_can_be_chosen_and_read_back() {
        for (name, dataset) in crate::data::test_datasets::for_invariants() {
            for toggle in charts().filter_map(|c| c.toggle.as_ref()) {
                let options = (toggle.options)(&dataset, Lang::En);
                assert!(options.len() > 1, "{name}: {} offers a choice", toggle.param);
                for option in options {
                    let mut settings = ChartSettings::default();
                    assert!((toggle.set)(&mut settings, &option.id), "{name}: {}={}", toggle.param, option.id);
                    assert_eq!((toggle.selected)(&settings), option.id);
                    assert_eq!((toggle.shown)(&settings, &dataset), option.id);
                }
                let default = (toggle.shown)(&ChartSettings::default(), &dataset);
                assert!(
                    (toggle.options)(&dataset, Lang::En).iter().any(|o| o.id == default),
                    "{name}: the default of {} shows one of its buttons ({default})",
                    toggle.param
                );
                assert!(!(toggle.set)(&mut ChartSettings::default(), "no-such-option"), "{}", toggle.param);
            }
        }
    }

    #[test]
    fn every_chart_builds_its_own_model() {
        let dataset = crate::data::fixture();
        for id in ChartId::ALL {
            let chart = id.chart();
            assert_eq!((chart.build)(&dataset, &ChartSettings::default(), Lang::En).id, id, "{}", chart.slug);
        }
    }
}
