//! A source line as links: each source with a web address links there, in a
//! new tab that learns nothing of this page; one without links to its entry
//! in the sources list (the dashboard's, from an embed).

use super::super::browser;
use crate::charts::SourceLine;
use leptos::prelude::*;

/// The sources of `line`, linked and separated as the line separates them.
pub fn source_links(line: &SourceLine, embed: bool) -> impl IntoView {
    let separator = line.separator();
    line.sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let separator = if i == 0 { "" } else { separator };
            let (href, target) = match (&s.url, embed) {
                (Some(url), _) => (url.clone(), Some("_blank")),
                (None, true) => (format!("{}#source-{}", browser::page_base(), s.id), Some("_blank")),
                (None, false) => (format!("#source-{}", s.id), None),
            };
            view! { {separator}<a href=href target=target rel="noopener noreferrer" title=s.title.clone()>{s.publisher.clone()}</a> }
        })
        .collect_view()
}

/// "Source: A; B. Data as of 1 Feb 2026.", with each source a link.
pub fn linked_source_line(line: &SourceLine, embed: bool) -> impl IntoView {
    // One text node per run: Leptos renders an empty text node as a space.
    view! { {line.start()}{source_links(line, embed)}{line.end()} }
}

/// The source line under a chart: a long one folded on a phone to its first
/// sources and how many more there are, so that the chart keeps the screen;
/// wider, CSS shows it in full without its summary (as the notes).
pub fn chart_source_line(line: &SourceLine, embed: bool) -> AnyView {
    if !line.is_long() {
        return linked_source_line(line, embed).into_any();
    }
    view! {
        <details class="sources-fold">
            <summary>{line.folded_text()}</summary>
            <p>{linked_source_line(line, embed)}</p>
        </details>
    }
    .into_any()
}
