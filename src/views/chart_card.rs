//! One chart: title, takeaway, toggle, the SVG with tooltips, notes, table
//! view and source line. All content comes from the chart's model.

use super::browser;
use super::share::{self, ShareTools};
use crate::charts::{self, ChartId, ChartModel, ChartSettings, DataPoint, Layout, Theme};
use crate::data::{Dataset, Lang};
use crate::format;
use crate::text::{messages, ui};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn ChartCard(
    dataset: Arc<Dataset>,
    id: ChartId,
    lang: Lang,
    theme: Signal<Theme>,
    initial: ChartSettings,
    focused: bool,
    /// In an embed: no sharing tools or table, links open the full dashboard.
    #[prop(optional)]
    embed: bool,
) -> impl IntoView {
    let text = ui(lang);
    let settings = RwSignal::new(initial);
    let width = RwSignal::new(browser::initial_chart_width());
    let active = RwSignal::new(None::<ActivePoint>);
    let frame = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(element) = frame.get() {
            // The observer is released with this card; `try_` reads keep a
            // late callback harmless all the same. Its first report comes
            // once the card is laid out on the page, the moment to scroll to
            // a card the address names (a card not yet on the page reports 0).
            let unscrolled = std::cell::Cell::new(focused);
            let card = element.closest("figure").ok().flatten();
            browser::observe_width(&element, move |w| {
                if w == 0 {
                    return;
                }
                if let Some(card) = card.as_ref().filter(|_| unscrolled.replace(false)) {
                    card.scroll_into_view();
                }
                if width.try_get_untracked().is_some_and(|current| current != w) {
                    width.set(w);
                }
            });
        }
    });
    let model = Memo::new(move |_| charts::build(id, &dataset, &settings.get(), lang));
    // Each render is measured (`render:<id>`) for `make bench`; the first
    // one also marks when this chart first reached the page.
    let svg = move || {
        let w = width.get();
        (w > 0).then(|| {
            let start = format!("render-start:{}", id.id());
            browser::mark(&start);
            let svg = model.with(|m| charts::render_svg(m, &m.options(w, theme.get(), lang)));
            browser::measure(&format!("render:{}", id.id()), &start);
            browser::mark(&format!("chart-drawn:{}", id.id()));
            svg
        })
    };

    // Places the tooltip next to point `index` and makes it the active one.
    let show = move |index: usize, pinned: bool| {
        let (Some(container), Some(count)) = (frame.get_untracked(), model.with_untracked(|m| Some(m.points.len())))
        else {
            return;
        };
        if index >= count {
            return;
        }
        let selector = format!("[data-point=\"{index}\"]");
        let (x, y) = match container.query_selector(&selector) {
            Ok(Some(target)) => {
                let (x, y, w, _) = browser::offset_within(&target, &container);
                (x + w / 2.0, y)
            }
            _ => active.get_untracked().map_or((0.0, 0.0), |tip| (tip.x, tip.y)),
        };
        active.set(Some(ActivePoint { index, x, y, pinned }));
    };
    // Hovering shows a tooltip; a tap, click or key pins it, so that its
    // source links can be reached and followed.
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if target.as_ref().is_some_and(|e| e.closest(".tooltip").ok().flatten().is_some()) {
            return;
        }
        let pressed = ev.type_() == "pointerdown";
        let point = target
            .and_then(|e| e.closest("[data-point]").ok().flatten())
            .and_then(|e| e.get_attribute("data-point"))
            .and_then(|i| i.parse::<usize>().ok());
        let pinned = active.get_untracked().filter(|tip| tip.pinned);
        match (point, pinned) {
            (Some(index), Some(tip)) if !pressed && tip.index != index => {}
            (Some(index), _) => show(index, pressed || pinned.is_some_and(|tip| tip.index == index)),
            (None, Some(_)) if !pressed => {}
            (None, _) => active.set(None),
        }
    };
    let on_leave = move |_| {
        if !active.get_untracked().is_some_and(|tip| tip.pinned) {
            active.set(None);
        }
    };
    // Focus moving into the tooltip's links keeps it open.
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        let inside = match (ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()), frame.get_untracked())
        {
            (Some(next), Some(container)) => container.contains(Some(&next)),
            _ => false,
        };
        if !inside {
            active.set(None);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = model.with_untracked(|m| m.points.len());
        let current = active.get_untracked().map(|tip| tip.index);
        let Some(next) = key_move(&ev.key(), current, count) else { return };
        ev.prevent_default();
        match next {
            Some(index) => show(index, true),
            None => active.set(None),
        }
    };
    let tooltip = move || tooltip(model, active.get()?, lang, embed);
    let announcement = move || announcement(model, active.get()?, lang);

    let controls = toggle_controls(id, lang, settings, active);
    let source_line = move || model.with(|m| source_line(m, embed));
    let chart_label = move || model.with(|m| format!("{}. {}", m.title, text.chart_keys_hint));
    // The figure is named by its title; without this its figcaption, the
    // source line, would be what a screen reader announces.
    let heading_id = format!("chart-{}-heading", id.id());
    let labelled_by = heading_id.clone();
    view! {
        <figure class="chart-card" class:focused=focused data-chart=id.id() id=format!("chart-{}", id.id())
            aria-labelledby=labelled_by>
            <header class="chart-header">
                {move || {
                    // An embed is a page of its own: its chart title is the page heading.
                    let title = model.with(|m| m.title.clone());
                    let id = heading_id.clone();
                    if embed { view! { <h1 id=id>{title}</h1> }.into_any() } else { view! { <h2 id=id>{title}</h2> }.into_any() }
                }}
                <p class="takeaway">{move || model.with(|m| m.takeaway.clone())}</p>
            </header>
            {controls}
            <div class="chart-frame" node_ref=frame tabindex="0" role="group" aria-label=chart_label
                data-fixed-height=move || model.with(|m| m.layout == Layout::Rows)
                on:pointermove=on_pointer on:pointerdown=on_pointer on:pointerleave=on_leave
                on:keydown=on_key on:focusout=on_focus_out>
                <div class="chart-svg-holder" inner_html=svg></div>
                {tooltip}
            </div>
            <p class="sr-only" aria-live="polite">{announcement}</p>
            <ul class="chart-notes" aria-label=text.notes>
                {move || model.with(|m| m.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view())}
            </ul>
            {(!embed).then(|| view! {
                <ShareTools id=id lang=lang settings=settings model=model theme=theme/>
                {data_table(model, lang)}
            })}
            <figcaption class="source-line">
                {source_line}
                {embed.then(|| view! {
                    " "<a class="back-link" href=move || share::chart_url(id, settings.get(), lang) target="_blank" rel="noopener">
                        {text.full_dashboard}" ↗"
                    </a>
                })}
            </figcaption>
        </figure>
    }
}

/// Where a key moves the active point among `count` points: to a point
/// (`Some(Some(i))`), off every point (`Some(None)`, Escape), or nowhere for a
/// key the chart leaves to the browser (`None`).
fn key_move(key: &str, current: Option<usize>, count: usize) -> Option<Option<usize>> {
    if count == 0 {
        return None;
    }
    Some(match key {
        "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1) % count)),
        "ArrowLeft" | "ArrowUp" => Some(current.map_or(count - 1, |i| (i + count - 1) % count)),
        "Home" => Some(0),
        "End" => Some(count - 1),
        "Escape" => None,
        _ => return None,
    })
}

/// The tooltip for the point `tip` names, if it exists.
fn tooltip(model: Memo<ChartModel>, tip: ActivePoint, lang: Lang, embed: bool) -> Option<impl IntoView> {
    let ActivePoint { index, x, y, pinned } = tip;
    let point = model.with(|m| m.points.get(index).cloned())?;
    let (sources, conflicts) = model.with(|m| {
        let ids: Vec<String> = point.all_sources().cloned().collect();
        (source_links(m, &ids, embed), m.conflict_lines(&point))
    });
    Some(view! {
        // style:… sets properties through the CSSOM, which a strict CSP allows.
        <div class="tooltip" class:pinned=pinned style:left=format!("{x:.0}px") style:top=format!("{y:.0}px")>
            <strong>{point.series_label.clone()}</strong>
            <span class="tip-period">{format::period(&point.period, lang)}</span>
            <span class="tip-value">{point.label(lang)}</span>
            <span class="tip-meta">{messages(lang).qualifier_word(point.qualifier)}" · "{messages(lang).kind_word(point.kind)}</span>
            {point.status_words(lang).map(|w| view! { <span class="tip-status">{w}</span> })}
            {conflicts.into_iter().map(|c| view! { <span class="tip-conflict">{c}</span> }).collect_view()}
            {point.derivation.clone().map(|d| view! { <span class="tip-derivation">{d}</span> })}
            <span class="tip-source">{ui(lang).source_label}{sources}</span>
        </div>
    })
}

/// What a screen reader hears when the keyboard moves to the point `tip` names.
fn announcement(model: Memo<ChartModel>, tip: ActivePoint, lang: Lang) -> Option<String> {
    let point = model.with(|m| m.points.get(tip.index).cloned())?;
    Some(format!(
        "{}, {}: {} ({})",
        point.series_label,
        format::period(&point.period, lang),
        point.label(lang),
        messages(lang).qualifier_word(point.qualifier)
    ))
}

/// The chart's toggle (by month, quarter, year…), if it has one: each choice
/// redraws the chart and is kept in the address.
fn toggle_controls(
    id: ChartId,
    lang: Lang,
    settings: RwSignal<ChartSettings>,
    active: RwSignal<Option<ActivePoint>>,
) -> Option<impl IntoView> {
    let options = id.toggle_options(lang);
    (!options.is_empty()).then(|| {
        let buttons = options
            .into_iter()
            .map(|option| {
                let option_id = option.id;
                view! {
                    <button type="button"
                        aria-pressed=move || (settings.get().selected(id) == Some(option_id)).to_string()
                        on:click=move |_| {
                            settings.update(|s| { s.set(id, option_id); });
                            active.set(None);
                            let default = ChartSettings::default().selected(id) == Some(option_id);
                            if let Some(param) = id.toggle_param() {
                                browser::set_query_param(param, (!default).then_some(option_id));
                            }
                        }>
                        {option.label}
                    </button>
                }
            })
            .collect_view();
        view! { <div class="controls" role="group" aria-label=ui(lang).group_by>{buttons}</div> }
    })
}

/// "Source: …. Data as of …."
fn source_line(model: &ChartModel, embed: bool) -> impl IntoView {
    let text = ui(model.lang);
    let ids: Vec<String> = model.sources.iter().map(|s| s.id.clone()).collect();
    view! {
        // One text node per run: Leptos renders an empty text node as a space.
        {text.source_label}{source_links(model, &ids, embed)}
        {format!("{}{}{}{}{}", text.full_stop, text.word_gap, text.data_as_of, text.word_gap, format::date(model.as_of, model.lang))}
        {text.full_stop}
    }
}

/// Every point of the chart as a row, with its qualifier, kind and sources,
/// behind a summary the reader opens.
fn data_table(model: Memo<ChartModel>, lang: Lang) -> impl IntoView {
    let text = ui(lang);
    let rows = move || model.with(|m| m.points.iter().map(|p| table_row(m, p, lang, false)).collect_view());
    view! {
        <details class="table-view">
            <summary>{text.show_table}</summary>
            <div class="table-scroll">
                <table>
                    <caption class="sr-only">{move || model.with(|m| m.title.clone())}</caption>
                    <thead><tr>
                        <th scope="col">{text.table_period}</th>
                        <th scope="col">{text.table_series}</th>
                        <th scope="col">{text.table_value}</th>
                        <th scope="col">{text.table_qualifier}</th>
                        <th scope="col">{text.table_kind}</th>
                        <th scope="col">{text.table_source}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// The point whose tooltip shows, and where: one signal, so moving between
/// points is one update.
#[derive(Clone, Copy, PartialEq)]
struct ActivePoint {
    index: usize,
    x: f64,
    y: f64,
    /// Stays when the pointer moves off the point (tapped, clicked or keyed).
    pinned: bool,
}

/// Links to the sources `ids`, separated as the source line separates them.
/// A source with a web address links there, in a new tab that learns nothing
/// of this page; one without links to its entry in the sources list (the
/// dashboard's, from an embed).
fn source_links(model: &ChartModel, ids: &[String], embed: bool) -> impl IntoView {
    let separator = messages(model.lang).sources_separator;
    let mut seen: Vec<&str> = Vec::new();
    model
        .sources_named(ids)
        .filter(|s| {
            let new = !seen.contains(&s.id.as_str());
            seen.push(&s.id);
            new
        })
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

fn table_row(model: &ChartModel, point: &DataPoint, lang: Lang, embed: bool) -> impl IntoView {
    let note = point.derivation.clone().or_else(|| point.note.clone());
    let ids: Vec<String> = point.all_sources().cloned().collect();
    let status = point.status_words(lang).map(|w| view! { <br/><small class="status">{w}</small> });
    let conflicts = model.conflict_lines(point).into_iter().map(|c| view! { <br/><small>{c}</small> }).collect_view();
    view! {
        <tr>
            <th scope="row">{format::period(&point.period, lang)}</th>
            <td>{point.series_label.clone()}{note.map(|n| view! { <br/><small>{n}</small> })}</td>
            <td class="num">{point.label(lang)}{conflicts}</td>
            <td>{messages(lang).qualifier_word(point.qualifier)}{status}</td>
            <td>{messages(lang).kind_word(point.kind)}</td>
            <td>{source_links(model, &ids, embed)}</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::key_move;

    #[test]
    fn arrow_keys_step_through_the_points_and_wrap_around() {
        assert_eq!(key_move("ArrowRight", None, 3), Some(Some(0)));
        assert_eq!(key_move("ArrowRight", Some(2), 3), Some(Some(0)));
        assert_eq!(key_move("ArrowDown", Some(0), 3), Some(Some(1)));
        assert_eq!(key_move("ArrowLeft", None, 3), Some(Some(2)));
        assert_eq!(key_move("ArrowUp", Some(0), 3), Some(Some(2)));
        assert_eq!(key_move("Home", Some(2), 3), Some(Some(0)));
        assert_eq!(key_move("End", None, 3), Some(Some(2)));
    }

    #[test]
    fn escape_closes_the_tooltip_and_other_keys_are_left_to_the_browser() {
        assert_eq!(key_move("Escape", Some(1), 3), Some(None));
        assert_eq!(key_move("Tab", Some(1), 3), None);
        assert_eq!(key_move("ArrowRight", None, 0), None, "a chart with no points takes no keys");
    }
}
