//! `?view=present`: one chart per 16:9 slide, a title slide with the key
//! numbers, keyboard and clicker navigation, the slide number in the URL.

use super::browser;
use super::context;
use super::key_numbers::KeyNumbers;
use crate::analysis::key_numbers::tagline;
use crate::charts::{self, ChartId, ChartSettings};
use crate::format;
use crate::route::Route;
use crate::text::ui;
use leptos::prelude::*;

/// Charts are drawn at this size and scaled up by CSS to the slide, so their
/// type grows with the screen and reads from the back of a room.
const SLIDE_CHART_WIDTH: u32 = 760;
const SLIDE_CHART_HEIGHT: u32 = 330;

#[component]
pub fn PresentView(settings: ChartSettings, start: u32) -> impl IntoView {
    let (dataset, lang, theme) = (context::dataset(), context::lang(), context::theme());
    let text = ui(lang);
    let count = ChartId::ALL.len() + 1;
    let current = RwSignal::new((start.max(1) as usize - 1).min(count - 1));
    Effect::new(move |_| browser::set_query_param("slide", Some(&(current.get() + 1).to_string())));
    let go = move |delta: isize| current.update(|c| *c = (*c as isize + delta).clamp(0, count as isize - 1) as usize);
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key();
        match key.as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => go(1),
            " " if ev.shift_key() => go(-1),
            " " => go(1),
            "ArrowLeft" | "ArrowUp" | "PageUp" => go(-1),
            "Home" => current.set(0),
            "End" => current.set(count - 1),
            "f" | "F" => browser::request_fullscreen(),
            "Escape" => {
                let chart = current.get_untracked().checked_sub(1).and_then(|i| ChartId::ALL.get(i).copied());
                let route = Route { chart, settings, lang: Some(lang), ..Route::default() };
                browser::navigate(&format!("{}{}", browser::page_base(), route.to_query()));
                return;
            }
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());

    let title_slide = view! {
        <section class="slide slide-title" class:current=move || current.get() == 0 aria-hidden=move || (current.get() != 0).to_string()>
            <h1>{text.product_name}</h1>
            <p class="tagline">{tagline(&dataset, lang)}</p>
            <KeyNumbers/>
            <p class="slide-source">{text.data_as_of}{text.word_gap}{format::date(dataset.as_of, lang)}{text.dot_separator}{text.slide_keys}</p>
        </section>
    };
    let chart_slides = ChartId::ALL
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let index = i + 1;
            let model = charts::build(id, &dataset, &settings, lang);
            let (title, takeaway, source) = (model.title.clone(), model.takeaway.clone(), model.source_line().text());
            let svg = move || {
                let options = model.options(SLIDE_CHART_WIDTH, theme.get());
                let height = options.height.clamp(SLIDE_CHART_HEIGHT, SLIDE_CHART_HEIGHT + 90);
                charts::render_svg(&model, &charts::ChartOptions { height, ..options })
            };
            view! {
                <section class="slide" data-chart=id.id() class:current=move || current.get() == index
                    aria-hidden=move || (current.get() != index).to_string()>
                    <h1>{title}</h1>
                    <p class="slide-takeaway">{takeaway}</p>
                    <div class="slide-chart" inner_html=svg></div>
                    <p class="slide-source">{source}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <main id="main" class="present" data-part="present" aria-roledescription="slides">
            {title_slide}
            {chart_slides}
            <nav class="slide-nav" aria-label=text.present>
                <button type="button" on:click=move |_| go(-1) aria-label=text.slide_previous>"‹"</button>
                <span class="slide-counter" aria-live="polite">{move || format!("{} {} {}", current.get() + 1, text.slide_of, count)}</span>
                <button type="button" on:click=move |_| go(1) aria-label=text.slide_next>"›"</button>
            </nav>
        </main>
    }
}
