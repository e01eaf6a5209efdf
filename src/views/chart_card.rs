//! One chart: title, takeaway, toggle, the SVG with tooltips, notes, table
//! view and source line. All content comes from the chart's model.

use super::browser;
use super::share::{self, ShareTools};
use crate::charts::{self, ChartId, ChartModel, ChartSettings, DataPoint, Theme};
use crate::data::{Dataset, Lang};
use crate::format;
use crate::route::View;
use crate::text::{kind_word, ui};
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
    let width = RwSignal::new(0u32);
    let active = RwSignal::new(None::<ActivePoint>);
    let frame = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(element) = frame.get() {
            // The observer is released with this card; `try_` reads keep a
            // late callback harmless all the same.
            browser::observe_width(&element, move |w| {
                if w > 0 && width.try_get_untracked().is_some_and(|current| current != w) {
                    width.set(w);
                }
            });
            if focused {
                element.scroll_into_view();
            }
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
    let show = move |index: usize| {
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
        active.set(Some(ActivePoint { index, x, y }));
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let point = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-point]").ok().flatten())
            .and_then(|e| e.get_attribute("data-point"))
            .and_then(|i| i.parse::<usize>().ok());
        match point {
            Some(index) => show(index),
            None => active.set(None),
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = model.with_untracked(|m| m.points.len());
        if count == 0 {
            return;
        }
        let current = active.get_untracked().map(|tip| tip.index);
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1) % count)),
            "ArrowLeft" | "ArrowUp" => Some(current.map_or(count - 1, |i| (i + count - 1) % count)),
            "Home" => Some(0),
            "End" => Some(count - 1),
            "Escape" => {
                active.set(None);
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(index) = next {
            show(index);
        }
    };
    let tooltip = move || {
        let ActivePoint { index, x, y } = active.get()?;
        let point = model.with(|m| m.points.get(index).cloned())?;
        let sources = model.with(|m| publishers(m, &point));
        Some(view! {
            // style:… sets properties through the CSSOM, which a strict CSP allows.
            <div class="tooltip" style:left=format!("{x:.0}px") style:top=format!("{y:.0}px")>
                <strong>{point.series_label.clone()}</strong>
                <span class="tip-period">{format::period(&point.period, lang)}</span>
                <span class="tip-value">{point.label(lang)}</span>
                <span class="tip-meta">{format::qualifier_word(point.qualifier, lang)}" · "{kind_word(point.kind, lang)}</span>
                {point.derivation.clone().map(|d| view! { <span class="tip-derivation">{d}</span> })}
                <span class="tip-source">{sources}</span>
            </div>
        })
    };
    // What a screen reader hears when the keyboard moves between points.
    let announcement = move || {
        let point = model.with(|m| active.get().and_then(|tip| m.points.get(tip.index).cloned()))?;
        Some(format!(
            "{}, {}: {} ({})",
            point.series_label,
            format::period(&point.period, lang),
            point.label(lang),
            format::qualifier_word(point.qualifier, lang)
        ))
    };

    let options = id.toggle_options(lang);
    let controls = (!options.is_empty()).then(|| {
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
        view! { <div class="controls" role="group" aria-label=text.group_by>{buttons}</div> }
    });
    let source_line = move || {
        model.with(|m| {
            let label = match lang {
                Lang::En => "Source: ",
                Lang::ZhCn => "来源：",
            };
            let links = m
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let separator = if i == 0 { "" } else { "; " };
                    // An embed has no sources list of its own: link to the dashboard's.
                    let href = if embed { format!("{}#source-{}", browser::page_base(), s.id) } else { format!("#source-{}", s.id) };
                    let target = embed.then_some("_blank");
                    view! { {separator}<a href=href target=target rel="noopener" title=s.title.clone()>{s.publisher.clone()}</a> }
                })
                .collect_view();
            view! { {label}{links}". "{text.data_as_of}" "{format::date(m.as_of, lang)}"." }
        })
    };
    let rows = move || model.with(|m| m.points.iter().map(|p| table_row(m, p, lang)).collect_view());
    let chart_label = move || model.with(|m| format!("{}. {}", m.title, text.chart_keys_hint));
    view! {
        <figure class="chart-card" class:focused=focused data-chart=id.id() id=format!("chart-{}", id.id())>
            <header class="chart-header">
                {move || {
                    // An embed is a page of its own: its chart title is the page heading.
                    let title = model.with(|m| m.title.clone());
                    if embed { view! { <h1>{title}</h1> }.into_any() } else { view! { <h2>{title}</h2> }.into_any() }
                }}
                <p class="takeaway">{move || model.with(|m| m.takeaway.clone())}</p>
            </header>
            {controls}
            <div class="chart-frame" node_ref=frame tabindex="0" role="group" aria-label=chart_label
                on:pointermove=on_pointer on:pointerdown=on_pointer on:pointerleave=move |_| active.set(None)
                on:keydown=on_key on:blur=move |_| active.set(None)>
                <div class="chart-svg-holder" inner_html=svg></div>
                {tooltip}
            </div>
            <p class="sr-only" aria-live="polite">{announcement}</p>
            <ul class="chart-notes" aria-label=text.notes>
                {move || model.with(|m| m.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view())}
            </ul>
            {(!embed).then(|| view! {
                <ShareTools id=id lang=lang settings=settings model=model theme=theme/>
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
            })}
            <figcaption class="source-line">
                {source_line}
                {embed.then(|| view! {
                    " "<a class="back-link" href=move || share::chart_url(id, settings.get(), lang, View::Dashboard) target="_blank" rel="noopener">
                        {text.full_dashboard}" ↗"
                    </a>
                })}
            </figcaption>
        </figure>
    }
}

/// The point whose tooltip shows, and where: one signal, so moving between
/// points is one update.
#[derive(Clone, Copy, PartialEq)]
struct ActivePoint {
    index: usize,
    x: f64,
    y: f64,
}

fn publishers(model: &ChartModel, point: &DataPoint) -> String {
    let names = model.publishers_of(point);
    match model.lang {
        Lang::En => format!("Source: {}", names.join("; ")),
        Lang::ZhCn => format!("来源：{}", names.join("；")),
    }
}

fn table_row(model: &ChartModel, point: &DataPoint, lang: Lang) -> impl IntoView {
    let note = point.derivation.clone().or_else(|| point.note.clone());
    view! {
        <tr>
            <th scope="row">{format::period(&point.period, lang)}</th>
            <td>{point.series_label.clone()}{note.map(|n| view! { <br/><small>{n}</small> })}</td>
            <td class="num">{point.label(lang)}</td>
            <td>{format::qualifier_word(point.qualifier, lang)}</td>
            <td>{kind_word(point.kind, lang)}</td>
            <td>{publishers(model, point)}</td>
        </tr>
    }
}
