//! The source line, one structure for every place that names where a chart's
//! figures come from: the card links each source, the standalone SVG and the
//! slides write it as text, the CSV writes each point's sources from it, and
//! the tooltip and table name a point's sources with it.

use super::{messages, ChartModel, DataPoint, SourceRef};
use crate::data::Date;
use crate::format;
use crate::text::Lang;

/// How many sources a folded source line names.
pub const FOLDED_SOURCES: usize = 1;

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

    /// Whether the line names so many sources that a phone folds it to its
    /// first [`FOLDED_SOURCES`] (folding away a single source saves nothing).
    pub fn is_long(&self) -> bool {
        self.sources.len() > FOLDED_SOURCES + 1
    }

    /// The line folded: "Source: A and 12 more. Data as of 1 Feb 2026."
    pub fn folded_text(&self) -> String {
        let shown = self.sources.len().min(FOLDED_SOURCES);
        let mut names = self.publishers();
        names.truncate(shown);
        let names = names.join(self.separator());
        let more = self.sources.len() - shown;
        let more = if more > 0 { messages(self.lang).more_sources(more) } else { String::new() };
        format!("{}{names}{more}{}", self.start(), self.end())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::SourceRef;

    fn sources(count: usize) -> Vec<SourceRef> {
        (0..count)
            .map(|i| SourceRef {
                id: format!("s{i}"),
                publisher: format!("Publisher {i}"),
                title: String::new(),
                date: Date::new(2026, 1, 1),
                url: None,
            })
            .collect()
    }

    fn line(sources: &[SourceRef], lang: Lang) -> SourceLine<'_> {
        SourceLine { sources: sources.iter().collect(), as_of: Date::new(2026, 2, 1).expect("a date"), lang }
    }

    #[test]
    fn a_line_of_one_or_two_sources_is_never_folded() {
        for count in [1, 2] {
            assert!(!line(&sources(count), Lang::En).is_long(), "{count} sources");
        }
        assert!(line(&sources(3), Lang::En).is_long());
    }

    #[test]
    fn a_folded_line_names_its_first_source_how_many_more_and_the_date() {
        let sources = sources(14);
        let folded = line(&sources, Lang::En).folded_text();
        assert_eq!(folded, "Source: Publisher 0 and 13 more. Data as of 1 Feb 2026.");
        let folded = line(&sources, Lang::ZhCn).folded_text();
        assert!(folded.contains("Publisher 0") && folded.contains("13") && !folded.contains("Publisher 1"), "{folded}");
    }
}
