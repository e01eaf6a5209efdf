//! One chart: title, takeaway, toggle, the SVG with its tooltips, notes, table
//! view and source line. All content comes from the chart's model; the card
//! wires its parts together: `toggle`, `tooltip`, `table` and `sources`.

mod sources;
mod table;
mod toggle;
mod tooltip;

use super::browser;
use super::context;
use super::share::{self, ShareTools};
use crate::charts::{self, changes_since, escape_xml, fit, ChartId, ChartSettings, Layout};
use crate::text::{messages, ui};
use leptos::html::Div;
use leptos::prelude::*;
use sources::chart_source_line;
use table::data_table;
use toggle::toggle_controls;
use tooltip::Tooltip;

#[component]
pub fn ChartCard(
    id: ChartId,
    initial: ChartSettings,
    focused: bool,
    /// In an embed: no sharing tools or table, links open the full dashboard.
    #[prop(optional)]
    embed: bool,
) -> impl IntoView {
    let (dataset, lang, theme) = (context::dataset(), context::lang(), context::theme());
    let text = ui(lang);
    // An embed on a kept version links to the dashboard on that version.
    let kept_version = (context::shown() == context::Shown::Kept).then_some(dataset.as_of);
    let settings = RwSignal::new(initial);
    let width = RwSignal::new(browser::initial_chart_width());
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
    let shown = dataset.clone();
    let model = Memo::new(move |_| charts::build(id, &shown, &settings.get(), lang));
    // The width the chart is drawn at: every phone frame gets the same
    // drawing (charts::fit), so a phone turning or a frame growing by a few
    // pixels redraws nothing.
    let drawing_width = Memo::new(move |_| match width.get() {
        0 => 0,
        frame => fit::drawing_width(frame),
    });
    // The prerendered header is kept where it is the one the app would
    // write (below). An embed is a page of its own: its title is the page heading.
    let heading = if embed { "h1" } else { "h2" };
    let keeps_header = context::shows_builtin()
        && initial == ChartSettings::default()
        && browser::has_prerendered_header(id.id(), lang, heading);
    // On a phone, the prerendered page already holds the drawing the app
    // would make first (the built-in data and this chart's default state, in
    // the page's language): it is kept, not drawn again (`data-keep`), and
    // follows the theme through the page's CSS until something changes.
    let keeps_prerendered = keeps_header
        && drawing_width.get_untracked() == fit::PHONE_DRAWING_WIDTH
        && browser::has_prerendered_phone_drawing(id.id(), lang);
    let kept = StoredValue::new(keeps_prerendered);
    // Each render is measured (`render:<id>`) for `make bench`; the first
    // one also marks when this chart first reached the page.
    let svg = move || {
        if browser::PRERENDERING {
            // Every fit, for CSS to choose from: the page is read at any width before script.
            return Some(model.with(fit::render_every_fit));
        }
        let w = drawing_width.get();
        let _ = (theme.get(), model.track());
        if kept.get_value() {
            kept.set_value(false);
            browser::mark(&format!("chart-drawn:{}", id.id()));
            return Some(String::new());
        }
        (w > 0).then(|| {
            let start = format!("render-start:{}", id.id());
            browser::mark(&start);
            let svg = model.with(|m| fit::render_for_frame(m, w, theme.get()));
            browser::measure(&format!("render:{}", id.id()), &start);
            browser::mark(&format!("chart-drawn:{}", id.id()));
            svg
        })
    };

    // On a kept version, what changed in this chart's figures since, or that
    // nothing did: a journalist keeps the pin or moves on with reason.
    let since_kept = context::latest_beside_kept().map(|latest| {
        let kept = dataset.clone();
        move || changes_since(id, &settings.get(), &kept, &latest).sentence(lang)
    });
    let tip = Tooltip::new(model, frame);
    let controls = toggle_controls(id, lang, settings, move || tip.close());
    let source_line = move || model.with(|m| chart_source_line(&m.source_line(), embed));
    let chart_label = move || model.with(|m| format!("{}. {}", m.title, text.chart_keys_hint));
    // The figure is named by its title; without this its figcaption, the
    // source line, would be what a screen reader announces.
    let heading_id = format!("chart-{}-heading", id.id());
    let labelled_by = heading_id.clone();
    // The title and takeaway are written as markup so that the prerendered
    // header can stay as it is (`data-keep`: takeover.js moves it into this
    // one) until the chart's state changes them: the page's largest text is
    // painted once, with the page, not again when the app takes it over.
    let header_kept = StoredValue::new(keeps_header);
    // Leptos may call this more than once for one rendering (to resolve it,
    // then to build it): the prerendered header stays while the chart's
    // state is the one it was written in, and never after that changes.
    let header = move || {
        if header_kept.get_value() {
            if settings.with(|now| *now == initial) {
                return String::new();
            }
            header_kept.set_value(false);
        }
        model.with(|m| {
            let (title, takeaway) = (escape_xml(&m.title), escape_xml(&m.takeaway));
            format!("<{heading} id=\"{heading_id}\">{title}</{heading}><p class=\"takeaway\">{takeaway}</p>")
        })
    };
    view! {
        <figure class="chart-card" class:focused=focused data-chart=id.id() data-part=format!("chart-{}", id.id()) id=format!("chart-{}", id.id())
            aria-labelledby=labelled_by>
            <header class="chart-header" data-keep=keeps_header.then_some("children") inner_html=header></header>
            {controls}
            {since_kept.map(|since| view! { <p class="version-changes">{since}</p> })}
            <div class="chart-frame" node_ref=frame tabindex="0" role="group" aria-label=chart_label
                data-fixed-height=move || model.with(|m| m.layout == Layout::Rows)
                on:pointerdown=move |ev| tip.on_pointer_down(ev)
                on:keydown=move |ev| tip.on_key(ev) on:focusout=move |ev| tip.on_focus_out(ev)>
                <div class="chart-svg-holder" data-keep=keeps_prerendered.then_some("phone") inner_html=svg></div>
            </div>
            <p class="sr-only" aria-live="polite">{move || tip.announcement(lang)}</p>
            // Folded on a phone, so the chart keeps the screen; open on a
            // wider page, where CSS shows the notes without their summary.
            <details class="chart-notes-fold">
                <summary>{move || messages(lang).with_aside(text.notes, &model.with(|m| m.notes.len()).to_string())}</summary>
                <ul class="chart-notes" aria-label=text.notes>
                    {move || model.with(|m| m.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view())}
                </ul>
            </details>
            {(!embed).then(|| view! {
                <ShareTools id=id settings=settings model=model/>
                {data_table(model, lang)}
            })}
            <figcaption class="source-line">
                {source_line}
                {embed.then(|| view! {
                    " "<a class="back-link" href=move || share::chart_url(id, settings.get(), lang, kept_version) target="_blank" rel="noopener">
                        {text.full_dashboard}" ↗"
                    </a>
                })}
            </figcaption>
        </figure>
    }
}
