//! One chart: title, takeaway, controls, the SVG, notes, table and source line.

use super::browser;
use crate::charts::{self, ChartId, ChartOptions, ChartSettings, DeliveriesBy, Theme};
use crate::data::{Dataset, Lang};
use crate::format;
use crate::text::{kind_word, ui};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ChartCard(
    dataset: Arc<Dataset>,
    id: ChartId,
    lang: Lang,
    theme: Signal<Theme>,
    initial: ChartSettings,
    focused: bool,
) -> impl IntoView {
    let text = ui(lang);
    let settings = RwSignal::new(initial);
    let width = RwSignal::new(0u32);
    let frame = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(element) = frame.get() {
            browser::observe_width(&element, move |w| {
                if w > 0 && w != width.get_untracked() {
                    width.set(w);
                }
            });
            if focused {
                element.scroll_into_view();
            }
        }
    });
    let model = Memo::new(move |_| charts::build(id, &dataset, &settings.get(), lang));
    let svg = move || {
        let w = width.get();
        (w > 0).then(|| model.with(|m| charts::render_svg(m, &m.options(w, theme.get(), lang))))
    };
    let controls = (id == ChartId::Deliveries).then(|| {
        let buttons = DeliveriesBy::ALL
            .into_iter()
            .map(|by| {
                view! {
                    <button type="button"
                        aria-pressed=move || (settings.get().deliveries_by == by).to_string()
                        on:click=move |_| settings.update(|s| s.deliveries_by = by)>
                        {by.label(lang)}
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
                    view! { {separator}<a href=format!("#source-{}", s.id) title=s.title.clone()>{s.publisher.clone()}</a> }
                })
                .collect_view();
            view! { {label}{links}". "{text.data_as_of}" "{format::date(m.as_of, lang)}"." }
        })
    };
    let rows = move || {
        model.with(|m| {
            m.points
                .iter()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{format::period(&p.period, lang)}</th>
                            <td>{p.series_label.clone()}</td>
                            <td class="num">{p.label(lang)}</td>
                            <td>{format::qualifier_word(p.qualifier, lang)}</td>
                            <td>{kind_word(p.kind, lang)}</td>
                            <td>{p.sources.join(", ")}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="chart-card" class:focused=focused data-chart=id.id() id=format!("chart-{}", id.id())>
            <header class="chart-header">
                <h2>{move || model.with(|m| m.title.clone())}</h2>
                <p class="takeaway">{move || model.with(|m| m.takeaway.clone())}</p>
            </header>
            {controls}
            <div class="chart-frame" node_ref=frame inner_html=svg></div>
            <ul class="chart-notes" aria-label=text.notes>
                {move || model.with(|m| m.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view())}
            </ul>
            <details class="table-view">
                <summary>{text.show_table}</summary>
                <div class="table-scroll">
                    <table>
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
            <figcaption class="source-line">{source_line}</figcaption>
        </figure>
    }
}
