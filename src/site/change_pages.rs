//! The change lists as a page a reader can read, one per language
//! (`changes-<lang>.html`): every published version, newest first, with what
//! changed since the one before it. The same lists as the JSON files beside
//! the versions (`analysis::changes`), named in words: each figure by its
//! series, period, value, qualifier, status and linked sources. A plain page:
//! it needs no script, and the app does not take it over.

use crate::analysis::changes::{Changes, FigureChange, FigureId, SourceChange, Stated};
use crate::analysis::claims::check_claims;
use crate::charts::escape_xml;
use crate::data::{versions, Dataset, Date};
use crate::format;
use crate::route::{changes_page, changes_section, dashboard_page};
use crate::text::{messages, ui, Lang};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Writes the page in every language into `dir`, styled as its `index.html`.
/// `versions` are the kept versions, oldest first, and `history` what changed
/// in each after the first. Returns the paths written.
pub fn write(versions: &[(Date, Dataset)], history: &[Changes], dir: &Path) -> Result<Vec<PathBuf>, String> {
    let template_path = dir.join("index.html");
    let template =
        std::fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let mut written = Vec::new();
    for lang in Lang::ALL {
        let path = dir.join(changes_page(lang));
        std::fs::write(&path, page(versions, history, &template, lang))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// The whole page in `lang`, with the stylesheets and icon of `template` (the built `index.html`).
pub fn page(versions: &[(Date, Dataset)], history: &[Changes], template: &str, lang: Lang) -> String {
    let text = ui(lang);
    let mut body = format!(
        "<main id=\"main\" class=\"changes-page\"><p><a href=\"{}\">{}</a></p><h1>{}</h1><p>{}</p>",
        dashboard_page(lang),
        escape_xml(text.product_name),
        escape_xml(text.changes_title),
        escape_xml(text.changes_intro)
    );
    for (index, (as_of, dataset)) in versions.iter().enumerate().rev() {
        let previous = index.checked_sub(1).and_then(|i| versions.get(i));
        let changes = history.iter().find(|c| c.to == as_of.to_string());
        body.push_str(&section(*as_of, dataset, previous, changes, lang));
    }
    body.push_str("</main>");
    let alternates: String = Lang::ALL
        .into_iter()
        .map(|other| format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", other.code(), changes_page(other)))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\"><title>{}</title>\
         <meta name=\"description\" content=\"{}\">{alternates}{}</head><body>{body}</body></html>",
        lang.code(),
        escape_xml(&[text.changes_title, text.product_name].join(text.dot_separator)),
        escape_xml(text.changes_intro),
        style_links(template),
    )
}

/// The `<link>` tags of `template`'s head that style the page: its stylesheets and icon.
fn style_links(template: &str) -> String {
    let head = template.split("</head>").next().unwrap_or_default();
    head.split("<link")
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(attributes, _)| attributes))
        .filter(|attributes| attributes.contains("stylesheet") || attributes.contains("icon"))
        .map(|attributes| format!("<link{attributes}>"))
        .collect()
}

/// One version's section: its heading, the version it is measured from, its
/// links, and each kind of change (or that nothing changed).
fn section(
    as_of: Date,
    dataset: &Dataset,
    previous: Option<&(Date, Dataset)>,
    changes: Option<&Changes>,
    lang: Lang,
) -> String {
    let (text, words) = (ui(lang), messages(lang));
    let id = changes_section(as_of);
    let mut html = format!(
        "<section id=\"{id}\" aria-labelledby=\"{id}-heading\"><h2 id=\"{id}-heading\">{}</h2>",
        escape_xml(&words.changes_version_heading(&format::date(as_of, lang)))
    );
    let mut links = vec![
        link(&format!("{}?v={as_of}", dashboard_page(lang)), text.changes_at_version),
        link(&versions::address(as_of), text.changes_version_data),
    ];
    let (Some((before_date, before)), Some(changes)) = (previous, changes) else {
        let _ = write!(
            html,
            "<p>{}</p><p>{}</p></section>",
            escape_xml(text.changes_first_version),
            links.join(text.dot_separator)
        );
        return html;
    };
    links.insert(
        1,
        link(&format!("data/{}/{}", versions::FOLDER, versions::changes_file_name(as_of)), text.changes_as_json),
    );
    let _ = write!(
        html,
        "<p>{}</p><p>{}</p>",
        escape_xml(&words.changes_since_version(&format::date(*before_date, lang))),
        links.join(text.dot_separator)
    );
    if changes.is_empty() {
        let _ = write!(html, "<p>{}</p>", escape_xml(text.changes_nothing));
    }
    html.push_str(&figure_tables(changes, before, dataset, lang));
    html.push_str(&source_list(changes, before, dataset, lang));
    html.push_str(&verdict_list(changes, dataset, lang));
    html.push_str("</section>");
    html
}

fn link(href: &str, words: &str) -> String {
    format!("<a href=\"{}\">{}</a>", escape_xml(href), escape_xml(words))
}

/// A heading with its count: "Figures added (5)".
fn heading(words: &str, count: usize) -> String {
    format!("<h3>{} ({count})</h3>", escape_xml(words))
}

/// The added, changed and removed figures, a table each.
fn figure_tables(changes: &Changes, before: &Dataset, after: &Dataset, lang: Lang) -> String {
    let text = ui(lang);
    let mut html = String::new();
    let titles = [text.changes_figures_added, text.changes_figures_changed, text.changes_figures_removed];
    for (table, title) in titles.into_iter().enumerate() {
        let rows: Vec<&(FigureId, FigureChange)> =
            changes.figures.iter().filter(|(_, c)| table_of(c) == table).collect();
        if rows.is_empty() {
            continue;
        }
        let two_sides = rows.iter().any(|(_, c)| matches!(c, FigureChange::Changed { .. }));
        let value_headers = if two_sides {
            format!("<th scope=\"col\">{}</th><th scope=\"col\">{}</th>", text.changes_before, text.changes_after)
        } else {
            format!("<th scope=\"col\">{}</th>", text.table_value)
        };
        let _ = write!(
            html,
            "{}<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>{value_headers}</tr></thead><tbody>",
            heading(title, rows.len()),
            text.table_series,
            text.table_period
        );
        for (id, change) in rows {
            // A removed figure is named as the version before had it.
            let named_in = if matches!(change, FigureChange::Removed(_)) { before } else { after };
            let (series, period) = figure_names(named_in, id, lang);
            let cells = match change {
                FigureChange::Added(stated) | FigureChange::Removed(stated) => cell(stated, named_in, id, lang),
                FigureChange::Changed { before: was, after: now } => {
                    format!("{}{}", cell(was, before, id, lang), cell(now, after, id, lang))
                }
            };
            let _ = write!(
                html,
                "<tr><th scope=\"row\">{}</th><td>{}</td>{cells}</tr>",
                escape_xml(&series),
                escape_xml(&period)
            );
        }
        html.push_str("</tbody></table></div>");
    }
    html
}

/// Which table lists a figure's change: added (0), changed (1) or removed (2).
fn table_of(change: &FigureChange) -> usize {
    match change {
        FigureChange::Added(_) => 0,
        FigureChange::Changed { .. } => 1,
        FigureChange::Removed(_) => 2,
    }
}

/// A figure's series title and period, as `dataset` names them.
fn figure_names(dataset: &Dataset, id: &FigureId, lang: Lang) -> (String, String) {
    let series = dataset.series(&id.series);
    let period = series
        .and_then(|s| s.values.iter().find(|v| v.period.to_string() == id.period))
        .map_or_else(|| id.period.clone(), |v| format::period(&v.period, lang));
    (series.map_or_else(|| id.series.clone(), |s| s.title.get(lang).to_owned()), period)
}

/// A figure as one version states it: value with its qualifier, status,
/// conflicting values and linked sources.
fn cell(stated: &Stated, dataset: &Dataset, id: &FigureId, lang: Lang) -> String {
    let text = ui(lang);
    let series = dataset.series(&id.series);
    let unit = series
        .and_then(|s| s.values.iter().find(|v| v.period.to_string() == id.period))
        .and_then(|v| v.unit)
        .or(series.map(|s| s.unit));
    let figure = |value: f64, qualifier| match unit {
        Some(unit) => format::figure(value, unit, qualifier, lang),
        None => format::count(value),
    };
    let mut parts = vec![format!("<strong>{}</strong>", escape_xml(&figure(stated.value, stated.qualifier)))];
    if let Some(status) = stated.status {
        let words = match status {
            crate::data::FigureStatus::SingleSource => text.status_single_source,
            crate::data::FigureStatus::Weak => text.status_weak,
        };
        parts.push(format!("<span class=\"status status-{}\">{}</span>", status.id(), escape_xml(words)));
    }
    for (value, qualifier, _) in &stated.conflicts {
        parts.push(escape_xml(&format!("{}: {}", text.changes_also_published, figure(*value, *qualifier))));
    }
    let sources: Vec<String> = stated.sources.iter().map(|source| source_name(dataset, source, lang)).collect();
    parts.push(format!("{}{}", text.source_label, sources.join(text.sources_separator)));
    format!("<td>{}</td>", parts.join("<br>"))
}

/// A source's publisher and title, linked to its page where it has one.
fn source_name(dataset: &Dataset, id: &str, lang: Lang) -> String {
    let Some(source) = dataset.source(id) else { return escape_xml(id) };
    let name = format!("{}{}{}", source.publisher.get(lang), ui(lang).comma, source.title.get(lang));
    match &source.url {
        Some(url) => format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", escape_xml(url), escape_xml(&name)),
        None => format!("<cite>{}</cite>", escape_xml(&name)),
    }
}

fn source_list(changes: &Changes, before: &Dataset, after: &Dataset, lang: Lang) -> String {
    if changes.sources.is_empty() {
        return String::new();
    }
    let text = ui(lang);
    let mut html = format!("{}<ul>", heading(text.changes_sources, changes.sources.len()));
    for (id, change) in &changes.sources {
        let (named_in, what) = match change {
            SourceChange::Added => (after, text.changes_source_added.to_owned()),
            SourceChange::Removed => (before, text.changes_source_removed.to_owned()),
            SourceChange::Readdressed { before: was, .. } => (
                after,
                format!("{} ({}: {})", text.changes_new_address, text.changes_before, was.as_deref().unwrap_or("–")),
            ),
            SourceChange::Regraded { before: was, after: now } => (
                after,
                format!("{} → {}", format::source_status_word(*was, lang), format::source_status_word(*now, lang)),
            ),
        };
        let _ = write!(html, "<li>{}{}{}</li>", source_name(named_in, id, lang), text.dot_separator, escape_xml(&what));
    }
    html.push_str("</ul>");
    html
}

fn verdict_list(changes: &Changes, after: &Dataset, lang: Lang) -> String {
    if changes.verdicts.is_empty() {
        return String::new();
    }
    let text = ui(lang);
    let claims = check_claims(after, lang);
    let mut html = format!("{}<ul>", heading(text.changes_verdicts, changes.verdicts.len()));
    for (id, was, now) in &changes.verdicts {
        let claim = claims.iter().find(|c| &c.id == id).map_or(id.as_str(), |c| c.text.as_str());
        let _ = write!(
            html,
            "<li>{}{}{} → {}</li>",
            escape_xml(claim),
            text.dot_separator,
            escape_xml(was.label(lang)),
            escape_xml(now.label(lang))
        );
    }
    html.push_str("</ul>");
    html
}
