//! Charts: pure functions from the dataset and options (size, theme, language)
//! to a [`ChartModel`] (exactly the data drawn, with sources) and to SVG.
//! Nothing here touches the DOM, so every chart renders and is tested natively.

mod assemble;
pub mod export;
pub mod fit;
pub mod highlight;
pub mod range;
pub mod registry;
pub mod render;
mod since;
mod source_line;
mod toggle;

// One module per chart, each declaring its `CHART`; `charts!` below lists them.
mod competitors;
mod cumulative;
mod deliveries;
mod financials;
mod regions;
mod target;
mod targets;
mod time_to_scale;

pub(crate) use assemble::{derived_point, model, point_from, Derived, Wording};
pub use competitors::CompetitorsYear;
pub use deliveries::DeliveriesBy;
pub use financials::FinancialsView;
pub use regions::RegionsView;
pub use render::{escape_xml, render_svg, TOOLTIP_CSS};
pub use since::{changes_since, ChartChanges};
pub use source_line::SourceLine;
pub use time_to_scale::TimeToScaleView;
pub use toggle::{Toggle, ToggleOption};

registry::charts! {
    Deliveries => deliveries: DeliveriesBy,
    Cumulative => cumulative,
    Target => target,
    Targets => targets,
    Regions => regions: RegionsView,
    Competitors => competitors: CompetitorsYear,
    TimeToScale => time_to_scale: TimeToScaleView,
    Financials => financials: FinancialsView,
}

use crate::data::{ConflictingValue, Dataset, Date, FigureStatus, Kind, Period, Qualifier, Unit};
use crate::format;
pub(crate) use crate::text::messages;
use crate::text::Lang;

impl ChartId {
    pub fn id(self) -> &'static str {
        self.chart().slug
    }

    /// The chart with this id, or with this id before it was renamed.
    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.slugs().any(|slug| slug == id))
    }

    /// Its id, then every id it had before: each names a page and an image
    /// the build writes.
    pub fn slugs(self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.id()).chain(self.chart().former_slugs.iter().copied())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// How a chart is drawn. `standalone` puts the title and the source line
/// inside the SVG, for downloads and the static fallback images.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartOptions {
    pub width: u32,
    pub height: u32,
    pub theme: Theme,
    pub standalone: bool,
}

impl ChartId {
    /// The URL parameter that holds this chart's toggle, if it has one.
    pub fn toggle_param(self) -> Option<&'static str> {
        self.chart().toggle.as_ref().map(|toggle| toggle.param)
    }

    /// The buttons of the chart's toggle for this dataset.
    pub fn toggle_options(self, dataset: &Dataset, lang: Lang) -> Vec<ToggleOption> {
        self.chart().toggle.as_ref().map(|toggle| (toggle.options)(dataset, lang)).unwrap_or_default()
    }
}

impl ChartSettings {
    /// The id of the chosen option of the chart's toggle, as the address writes it.
    pub fn selected(&self, chart: ChartId) -> Option<String> {
        chart.chart().toggle.as_ref().map(|toggle| (toggle.selected)(self))
    }

    /// The id of the button the chart shows as chosen with this dataset.
    pub fn shown(&self, chart: ChartId, dataset: &Dataset) -> Option<String> {
        chart.chart().toggle.as_ref().map(|toggle| (toggle.shown)(self, dataset))
    }

    /// Chooses an option of the chart's toggle; false when the id is not one.
    pub fn set(&mut self, chart: ChartId, option: &str) -> bool {
        chart.chart().toggle.as_ref().is_some_and(|toggle| (toggle.set)(self, option))
    }

    /// Only what `chart` reads: its toggle's choice, the highlight and, for
    /// a chart over time, the range; every other setting at its default.
    pub fn of_chart(&self, chart: ChartId) -> ChartSettings {
        let mut own = ChartSettings::default();
        if let Some(value) = self.selected(chart) {
            own.set(chart, &value);
        }
        if chart.chart().over_time {
            own.range = self.range;
        }
        own.highlight = self.highlight;
        own
    }

    /// Every setting a reader can reach with one chart's toggle on this dataset.
    pub fn variants(chart: ChartId, dataset: &Dataset) -> Vec<ChartSettings> {
        // Option ids are the same in every language.
        let options = chart.toggle_options(dataset, Lang::DEFAULT);
        if options.is_empty() {
            return vec![ChartSettings::default()];
        }
        options
            .iter()
            .map(|o| {
                let mut settings = ChartSettings::default();
                settings.set(chart, &o.id);
                settings
            })
            .collect()
    }
}

/// Which colour a point takes: Xiaomi is highlighted, others muted, and
/// grouped series take the palette's series colours in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorRole {
    Highlight,
    Muted,
    Series(u8),
}

/// How a chart lays its points out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Vertical bars, one slot per category, grouped by `DataPoint::group`.
    Columns,
    /// Horizontal bars, one row per category (long names fit).
    Rows,
    /// Lines over calendar time, with dated annotations.
    Timeline,
}

/// A dated event drawn on a timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    pub date: Date,
    pub label: String,
    /// Where a milestone sits on the value axis, if it has a value.
    pub value: Option<f64>,
    pub sources: Vec<String>,
}

/// One drawn figure, with everything a tooltip, table or CSV row needs.
#[derive(Clone, Debug, PartialEq)]
pub struct DataPoint {
    pub series_id: String,
    pub series_label: String,
    pub period: Period,
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub measure: String,
    pub sources: Vec<String>,
    /// Set when the figure is computed from others rather than published.
    pub derivation: Option<String>,
    /// How well the published figure is supported, when less than solid.
    pub status: Option<FigureStatus>,
    /// Other published values for the same figure (sources disagree).
    pub conflicts: Vec<ConflictingValue>,
    pub note: Option<String>,
    /// Drawn as a bar (primary) or as a marker over the bar (secondary).
    pub secondary: bool,
    pub color: ColorRole,
    /// Index into `ChartModel::categories` (bars) ignored on timelines.
    pub category: usize,
    /// Position within the category when several series share it.
    pub group: usize,
}

impl DataPoint {
    pub fn label(&self, lang: Lang) -> String {
        format::figure(self.value, self.unit, self.qualifier, lang)
    }

    /// `single_source`, `weak` or `conflicting`: how far to trust the figure,
    /// empty when it is solid or computed.
    pub fn status_id(&self) -> &'static str {
        match (self.status, self.conflicts.is_empty()) {
            (_, false) => "conflicting",
            (Some(status), true) => status.id(),
            (None, true) => "",
        }
    }

    /// The status in words for a tooltip or table ("one source only").
    pub fn status_words(&self, lang: Lang) -> Option<&'static str> {
        let text = messages(lang);
        match self.status_id() {
            "conflicting" => Some(text.status_conflicting),
            "single_source" => Some(text.status_single_source),
            "weak" => Some(text.status_weak),
            _ => None,
        }
    }

    /// Every source the point names, its own and its conflicting values'.
    pub fn all_sources(&self) -> impl Iterator<Item = &String> {
        self.sources.iter().chain(self.conflicts.iter().flat_map(|c| c.sources.iter()))
    }
}

/// A horizontal line with a label, e.g. the pace a target needs.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferenceLine {
    pub value: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceRef {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub date: Option<Date>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartModel {
    pub id: ChartId,
    pub layout: Layout,
    /// Axis labels of the bar slots, in order.
    pub categories: Vec<String>,
    /// Names of the groups within a category, for the legend.
    pub groups: Vec<String>,
    pub annotations: Vec<Annotation>,
    pub title: String,
    /// One sentence computed from the data.
    pub takeaway: String,
    pub x_label: String,
    pub y_label: String,
    pub points: Vec<DataPoint>,
    pub reference_lines: Vec<ReferenceLine>,
    /// Qualifier marks and derivations, for the notes line.
    pub notes: Vec<String>,
    /// The points a reader's highlight names (`highlight`), by index: drawn
    /// with an outline as well as the accent.
    pub emphasized: Vec<usize>,
    pub sources: Vec<SourceRef>,
    pub as_of: Date,
    pub lang: Lang,
}

impl ChartModel {
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// A height that suits the chart at `width`: rows grow with their count.
    /// style/main.css gives prerendered charts the same heights, so that
    /// nothing moves when the app redraws them at the real width.
    pub fn preferred_height(&self, width: u32) -> u32 {
        match self.layout {
            // A few rows still get a plot that holds its own beside the
            // title, takeaway and notes of a phone's embed.
            Layout::Rows => (self.categories.len() as u32 * 34 + 120).max(270),
            // On a phone the plot is taller than wide, as the screen is, and
            // a long legend adds to the drawing instead of taking the plot's room.
            Layout::Columns | Layout::Timeline if fit::is_phone_drawing(width) => {
                render::room_above_plot(self, width) + fit::PHONE_PLOT_HEIGHT
            }
            Layout::Columns | Layout::Timeline => (f64::from(width) * 0.56).clamp(300.0, 560.0) as u32,
        }
    }

    /// Options for drawing this chart at `width` (the view's container width).
    pub fn options(&self, width: u32, theme: Theme) -> ChartOptions {
        let width = width.clamp(240, 4096);
        ChartOptions { width, height: self.preferred_height(width), theme, standalone: false }
    }

    /// "Also published: about 411,800 (SCMP; Yicai)", one per conflicting value.
    pub fn conflict_lines(&self, point: &DataPoint) -> Vec<String> {
        point
            .conflicts
            .iter()
            .map(|c| {
                let value = format::figure(c.value, point.unit, c.qualifier, self.lang);
                messages(self.lang).also_published(&value, &self.cited(&c.sources).publishers())
            })
            .collect()
    }
}

/// Builds a chart's model from the dataset. Missing series give an empty model,
/// which renders as a "no data" chart rather than failing.
pub fn build(id: ChartId, dataset: &Dataset, settings: &ChartSettings, lang: Lang) -> ChartModel {
    let chart = id.chart();
    let mut model = if chart.over_time {
        range::build_within(settings.range, dataset, lang, |data| (chart.build)(data, settings, lang))
    } else {
        (chart.build)(dataset, settings, lang)
    };
    highlight::apply(&mut model, &settings.highlight, dataset, lang);
    model
}

#[cfg(test)]
mod test_svg;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tooltip_tests;
