//! The source line, one structure for every place that names where a chart's
//! figures come from: the card links each source, the standalone SVG and the
//! slides write it as text, the CSV writes each point's sources from it, and
//! the tooltip and table name a point's sources with it.

use super::{messages, ChartModel, DataPoint, SourceRef};
use crate::data::{Date, Lang};
use crate::format;

/// "Source: A; B. Data as of 1 Feb 2026.", as its parts.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine<'a> {
    /// Each source once, in the order first named.
    pub sources: Vec<&'a SourceRef>,
    pub as_of: Date,
    pub lang: Lang,
}

impl<'a> SourceLine<'a> {
    /// "Source: ".
    pub fn start(&self) -> &'static str {
        messages(self.lang).source_label
    }

    /// What goes between two sources: "; ".
    pub fn separator(&self) -> &'static str {
        messages(self.lang).sources_separator
    }

    /// ". Data as of 1 Feb 2026."
    pub fn end(&self) -> String {
        messages(self.lang).source_line_end(&format::date(self.as_of, self.lang))
    }

    pub fn publishers(&self) -> Vec<&'a str> {
        self.sources.iter().map(|s| s.publisher.as_str()).collect()
    }

    /// The publishers, separated as the line separates them.
    pub fn names(&self) -> String {
        self.publishers().join(self.separator())
    }

    /// The whole line as text.
    pub fn text(&self) -> String {
        format!("{}{}{}", self.start(), self.names(), self.end())
    }
}

impl ChartModel {
    /// Every source of the chart: the line under it.
    pub fn source_line(&self) -> SourceLine<'_> {
        self.cited(self.sources.iter().map(|s| &s.id))
    }

    /// The sources `ids` name, each once, as a source line.
    pub fn cited<'b>(&self, ids: impl IntoIterator<Item = &'b String>) -> SourceLine<'_> {
        let mut sources: Vec<&SourceRef> = Vec::new();
        for source in ids.into_iter().filter_map(|id| self.sources.iter().find(|s| &s.id == id)) {
            if !sources.iter().any(|known| known.id == source.id) {
                sources.push(source);
            }
        }
        SourceLine { sources, as_of: self.as_of, lang: self.lang }
    }

    /// A point's sources, its own and its conflicting values'.
    pub fn sources_of(&self, point: &DataPoint) -> SourceLine<'_> {
        self.cited(point.all_sources())
    }
}
