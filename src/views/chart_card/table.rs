//! The table view: every point of the chart as a row, with its qualifier,
//! kind and sources, behind a summary the reader opens.

use super::super::browser;
use super::sources::source_links;
use crate::charts::{ChartModel, DataPoint};
use crate::format;
use crate::text::ui;
use crate::text::Lang;
use leptos::prelude::*;

pub fn data_table(model: Memo<ChartModel>, lang: Lang) -> impl IntoView {
    let text = ui(lang);
    // The app builds the rows once the reader first opens the table: most
    // readers never do, and a phone then builds each card in a short task.
    // The prerendered page holds them all, for a reader without script.
    let opened = RwSignal::new(browser::PRERENDERING);
    let rows =
        move || opened.get().then(|| model.with(|m| m.points.iter().map(|p| table_row(m, p, lang)).collect_view()));
    view! {
        <details class="table-view" on:toggle=move |_| if !opened.get_untracked() { opened.set(true) }>
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

fn table_row(model: &ChartModel, point: &DataPoint, lang: Lang) -> impl IntoView {
    let note = point.derivation.clone().or_else(|| point.note.clone());
    let status = point.status_words(lang).map(|w| view! { <br/><small class="status">{w}</small> });
    let conflicts = model.conflict_lines(point).into_iter().map(|c| view! { <br/><small>{c}</small> }).collect_view();
    view! {
        <tr>
            <th scope="row">{format::period(&point.period, lang)}</th>
            <td>{point.series_label.clone()}{note.map(|n| view! { <br/><small>{n}</small> })}</td>
            <td class="num">{point.label(lang)}{conflicts}</td>
            <td>{format::qualifier_word(point.qualifier, lang)}{status}</td>
            <td>{format::kind_word(point.kind, lang)}</td>
            <td>{source_links(&model.sources_of(point), false)}</td>
        </tr>
    }
}
