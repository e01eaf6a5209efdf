//! Putting a chart's model together: points from dataset values, and the
//! sources and notes every model derives from its points.

use super::{messages, ChartId, ChartModel, ColorRole, DataPoint, Layout, SourceRef};
use crate::data::{Dataset, FigureStatus, Kind, Qualifier};
use crate::format;
use crate::text::Lang;

/// A point from a dataset value, with the series' unit, measure and sources.
pub(crate) fn point_from(series: &crate::data::Series, value: &crate::data::Value, lang: Lang) -> DataPoint {
    DataPoint {
        series_id: series.id.clone(),
        series_label: series.title.get(lang).to_owned(),
        period: value.period.clone(),
        value: value.value,
        unit: series.unit,
        qualifier: value.qualifier,
        kind: value.kind,
        measure: series.measure.clone(),
        sources: value.sources.clone(),
        derivation: None,
        status: value.status,
        conflicts: value.conflicts.clone(),
        note: value.note.clone(),
        secondary: false,
        color: ColorRole::Highlight,
        category: 0,
        group: 0,
    }
}

/// What a chart says about its points: its title, the takeaway and the axis labels (x, y).
pub(crate) struct Wording {
    pub title: String,
    pub takeaway: String,
    pub axes: (String, String),
}

/// A model with its sources and qualifier notes filled in from its points.
pub(crate) fn model(
    id: ChartId,
    layout: Layout,
    dataset: &Dataset,
    lang: Lang,
    wording: Wording,
    categories: Vec<String>,
    points: Vec<DataPoint>,
) -> ChartModel {
    let Wording { title, takeaway, axes } = wording;
    let mut notes = qualifier_notes(&points, &categories, lang);
    if points.iter().any(|p| !p.secondary && matches!(p.kind, Kind::Target | Kind::Forecast | Kind::Guidance)) {
        notes.push(messages(lang).note_outline.to_owned());
    }
    // Rows mark a weak figure by word (`render::rows`); the note says what it means.
    if layout == Layout::Rows && points.iter().any(|p| !p.secondary && p.status == Some(FigureStatus::Weak)) {
        notes.push(messages(lang).note_weak.to_owned());
    }
    ChartModel {
        id,
        layout,
        categories,
        groups: Vec::new(),
        annotations: Vec::new(),
        title,
        takeaway,
        x_label: axes.0,
        y_label: axes.1,
        sources: sources_of(dataset, &points, lang),
        points,
        reference_lines: Vec::new(),
        notes,
        emphasized: Vec::new(),
        as_of: dataset.as_of,
        lang,
    }
}

/// Collects the distinct sources of the given points, in first-use order.
pub(crate) fn sources_of(dataset: &Dataset, points: &[DataPoint], lang: Lang) -> Vec<SourceRef> {
    let mut seen: Vec<&str> = Vec::new();
    for id in points.iter().flat_map(DataPoint::all_sources) {
        if !seen.contains(&id.as_str()) {
            seen.push(id);
        }
    }
    seen.into_iter().filter_map(|id| dataset.source(id)).map(|s| source_ref(s, lang)).collect()
}

fn source_ref(source: &crate::data::Source, lang: Lang) -> SourceRef {
    SourceRef {
        id: source.id.clone(),
        publisher: source.publisher.get(lang).to_owned(),
        title: source.title.get(lang).to_owned(),
        date: source.date,
        url: source.url.clone(),
    }
}

/// Adds to the model's sources those its annotations (milestones) cite and its points do not.
pub(crate) fn cite_annotations(chart: &mut ChartModel, dataset: &Dataset, lang: Lang) {
    for annotation in &chart.annotations {
        for id in &annotation.sources {
            if !chart.sources.iter().any(|s| &s.id == id) {
                chart.sources.extend(dataset.source(id).map(|source| source_ref(source, lang)));
            }
        }
    }
}

/// The notes line: what the marks mean, for the qualifiers actually drawn.
/// `categories` name the bar slots; a derivation is labelled by its slot
/// where there is one (a region, a maker), else by its period.
fn qualifier_notes(points: &[DataPoint], categories: &[String], lang: Lang) -> Vec<String> {
    let has = |q: Qualifier| points.iter().any(|p| p.qualifier == q);
    let mut notes = Vec::new();
    if has(Qualifier::AtLeast) {
        notes.push(messages(lang).note_at_least.to_owned());
    }
    if has(Qualifier::About) {
        notes.push(messages(lang).note_about.to_owned());
    }
    // One note per distinct derivation, naming the periods it applies to.
    let mut derivations: Vec<(&str, Vec<(usize, String)>)> = Vec::new();
    for point in points {
        let Some(how) = point.derivation.as_deref() else { continue };
        let period = categories.get(point.category).cloned().unwrap_or_else(|| format::period(&point.period, lang));
        let entry = (point.category, period);
        match derivations.iter_mut().find(|(text, _)| *text == how) {
            Some((_, periods)) if !periods.iter().any(|(_, p)| *p == entry.1) => periods.push(entry),
            Some(_) => {}
            None => derivations.push((how, vec![entry])),
        }
    }
    for (how, periods) in derivations {
        notes.push(messages(lang).labelled(&period_list(&periods, lang), how));
    }
    notes
}

/// The periods a note applies to: a run of three or more adjacent categories
/// reads as its ends ("Mar '26 – Dec '26"), anything else as a list.
fn period_list(periods: &[(usize, String)], lang: Lang) -> String {
    let adjacent = periods.windows(2).all(|pair| matches!(pair, [a, b] if b.0 == a.0 + 1));
    match (periods.first(), periods.last()) {
        (Some((_, first)), Some((_, last))) if adjacent && periods.len() >= 3 => messages(lang).run(first, last),
        _ => {
            let labels: Vec<&str> = periods.iter().map(|(_, label)| label.as_str()).collect();
            messages(lang).list(&labels)
        }
    }
}

/// A figure a chart computes (a sum, a difference, a pace), not one from the
/// dataset: `how` says how it was derived, `sources` are its inputs' sources.
/// Vehicles delivered, which is all the charts derive so far.
pub(crate) struct Derived {
    pub series_id: &'static str,
    pub label: String,
    pub period: crate::data::Period,
    pub value: f64,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub sources: Vec<String>,
    pub how: String,
}

/// The one way a chart makes a point of its own; a chart changes its colour
/// or slot with struct update syntax, as for `point_from`.
pub(crate) fn derived_point(derived: Derived) -> DataPoint {
    DataPoint {
        series_id: derived.series_id.into(),
        series_label: derived.label,
        period: derived.period,
        value: derived.value,
        unit: crate::data::Unit::Vehicles,
        qualifier: derived.qualifier,
        kind: derived.kind,
        measure: crate::data::ids::measure::DELIVERIES.into(),
        sources: derived.sources,
        derivation: Some(derived.how),
        status: None,
        conflicts: Vec::new(),
        note: None,
        secondary: false,
        color: ColorRole::Muted,
        category: 0,
        group: 0,
    }
}
