//! `?view=present`: one chart per 16:9 slide, a title slide with the key
//! numbers, keyboard and clicker navigation, the slide number in the URL.
//! `slides=` chooses the charts, their order and each one's toggle.
//! `?view=presenter` is the same deck for the presenter's screen: the
//! current slide with its notes and every source, the next slide, the clock.
//! The two windows follow each other (`P` opens the other one); printed, the
//! deck is a handout, one 16:9 page per slide with its notes and sources.

use super::browser;
use super::context;
use super::key_numbers::KeyNumbers;
use crate::analysis::key_numbers::tagline;
use crate::charts::{self, ChartSettings};
use crate::format;
use crate::route::{Route, Slide};
use crate::text::ui;
use leptos::prelude::*;

/// Charts are drawn at this size and scaled up by CSS to the slide, so their
/// type grows with the screen and reads from the back of a room: the
/// drawing has the shape of the room a slide leaves it, and at this width
/// its smallest type (10 px) shows at 2.2% of the screen's height or more.
const SLIDE_CHART_WIDTH: u32 = 700;
const SLIDE_CHART_HEIGHT: u32 = 320;

/// `settings` are the address's own, for the title slide's way back.
#[component]
pub fn PresentView(deck: Vec<Slide>, settings: ChartSettings, start: u32, presenter: bool) -> impl IntoView {
    let (dataset, lang, theme) = (context::dataset(), context::lang(), context::theme());
    let text = ui(lang);
    let count = deck.len() + 1;
    let current = RwSignal::new((start.max(1) as usize - 1).min(count - 1));
    // Windows showing the same deck share a channel: a move in either moves both.
    let deck_name = Route { deck: Some(deck.clone()), ..Route::default() }.to_query();
    let post = browser::number_channel(&deck_name, move |slide| {
        let slide = slide as usize;
        if slide < count && current.get_untracked() != slide {
            current.set(slide);
        }
    });
    Effect::new(move |_| {
        let slide = current.get();
        browser::set_query_param("slide", Some(&(slide + 1).to_string()));
        post(slide as f64);
    });
    let clock = RwSignal::new(String::new());
    if presenter {
        let tick = move || clock.set(browser::local_time(lang));
        tick();
        browser::every_second(tick);
    }
    let deck_back = deck.clone();
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
            "p" | "P" if presenter => browser::open_as_view("view=presenter", "view=present", "slides"),
            "p" | "P" => browser::open_as_view("view=present", "view=presenter", "presenter"),
            "Escape" => {
                let slide = current.get_untracked().checked_sub(1).and_then(|i| deck_back.get(i).copied());
                let (chart, settings) = slide.map_or((None, settings), |s| (Some(s.chart), s.settings));
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
    let chart_slides = deck
        .into_iter()
        .enumerate()
        .map(|(i, Slide { chart: id, settings })| {
            let index = i + 1;
            let model = charts::build(id, &dataset, &settings, lang);
            // One line; the full list is on the handout and the presenter's screen.
            let line = model.source_line();
            let source = line.folded_text();
            // Notes, then every source: one block, its lines kept (`white-space: pre-line`).
            let mut notes = model.notes.join("\n");
            notes.push('\n');
            notes.push_str(&line.text());
            let (title, takeaway) = (model.title.clone(), model.takeaway.clone());
            let svg = move || {
                let options = model.options(SLIDE_CHART_WIDTH, theme.get());
                charts::render_svg(&model, &charts::ChartOptions { height: SLIDE_CHART_HEIGHT, ..options })
            };
            view! {
                <section class="slide" data-chart=id.id() class:current=move || current.get() == index
                    aria-hidden=move || (current.get() != index).to_string()>
                    <h1>{title}</h1>
                    <p class="slide-takeaway">{takeaway}</p>
                    <div class="slide-chart" inner_html=svg></div>
                    <p class="slide-source">{source}</p>
                    <aside class="slide-notes" aria-label=text.notes>{notes}</aside>
                </section>
            }
        })
        .collect_view();
    view! {
        <main id="main" class=if presenter { "present presenter" } else { "present" } data-part="present" aria-roledescription="slides">
            {title_slide}
            {chart_slides}
            <nav class="slide-nav" aria-label=text.present>
                <button type="button" on:click=move |_| go(-1) aria-label=text.slide_previous>"‹"</button>
                <span class="slide-counter" aria-live="polite">{move || format!("{} {} {}", current.get() + 1, text.slide_of, count)}</span>
                <button type="button" on:click=move |_| go(1) aria-label=text.slide_next>"›"</button>
                // Empty, and hidden, on the audience's slides.
                <time class="clock">{move || clock.get()}</time>
            </nav>
        </main>
    }
}
