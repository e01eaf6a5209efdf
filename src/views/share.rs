//! Per-chart sharing: copy link, embed code, SVG / PNG / CSV downloads and
//! copying the image. The exported files come from the same chart functions.

use super::cite;
use super::context::Shown;
use super::{browser, context};
use crate::charts::{self, escape_xml, export as chart_export, ChartId, ChartModel, ChartSettings};
use crate::data::Date;
use crate::route::{dashboard_page, embed_page, Route, Slide, View};
use crate::text::messages;
use crate::text::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The URL that restores this chart on the dashboard, with its toggle,
/// language and kept version of the data if any: on that language's
/// prerendered dashboard, so it also reads without script.
pub fn chart_url(id: ChartId, settings: ChartSettings, lang: Lang, version: Option<Date>) -> String {
    page_url(Route { chart: Some(id), settings, lang: Some(lang), version, ..Route::default() })
}

/// The slides of the charts a reader picked, in that order, each with its
/// toggle as the dashboard shows it (`?view=present&slides=target,competitors:2024`).
pub fn deck_route(deck: Vec<Slide>, lang: Lang, version: Option<Date>) -> Route {
    Route { view: View::Present, deck: Some(deck), lang: Some(lang), version, ..Route::default() }
}

/// `route` on its language's dashboard page.
pub fn page_url(route: Route) -> String {
    let lang = route.lang.unwrap_or_default();
    format!("{}{}{}", browser::page_dir(), dashboard_page(lang), route.to_query())
}

/// The chart's share page: its prerendered page, readable before its script
/// runs, whose head carries the link preview (title, takeaway, a 1200 × 630
/// image), with this chart's toggle if it is not the default (and its range,
/// for a chart over time), and pinned to
/// a kept `version` of the data if one is given. What "Copy link" gives,
/// what the embed code's iframe opens and what a citation names.
pub fn share_url(id: ChartId, settings: ChartSettings, lang: Lang, version: Option<Date>) -> String {
    share_url_in(&browser::page_dir(), id, settings, lang, version)
}

/// [`share_url`] in the site folder `dir`.
fn share_url_in(dir: &str, id: ChartId, settings: ChartSettings, lang: Lang, version: Option<Date>) -> String {
    let own = settings.of_chart(id);
    format!("{dir}{}{}", embed_page(id, lang), Route { settings: own, version, ..Route::default() }.to_query())
}

/// Ready-to-paste embed code: an iframe that opens the share page (pinned to
/// `version`, or following updates) and sizes itself with the host script,
/// with the static SVG inside as the fallback image.
pub fn embed_code(
    id: ChartId,
    settings: ChartSettings,
    lang: Lang,
    model: &ChartModel,
    version: Option<Date>,
) -> String {
    embed_code_in(&browser::page_dir(), id, settings, lang, model, version)
}

/// [`embed_code`] for the site folder `dir`: the oEmbed documents give it
/// with the site's public address.
pub fn embed_code_in(
    dir: &str,
    id: ChartId,
    settings: ChartSettings,
    lang: Lang,
    model: &ChartModel,
    version: Option<Date>,
) -> String {
    let src = share_url_in(dir, id, settings, lang, version);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"640\" style=\"border:0;width:100%;max-width:100%\" loading=\"lazy\">\n  <img src=\"{dir}static/{id}.svg\" alt=\"{alt}\" width=\"800\">\n</iframe>\n<script src=\"{dir}assets/embed.js\" async></script>",
        src = escape_xml(&src),
        title = escape_xml(&model.title),
        dir = escape_xml(dir),
        id = id.id(),
        alt = escape_xml(&format!("{}. {}", model.title, model.takeaway)),
    )
}

/// The static image snippet for places without scripts or iframes.
pub fn static_image_code(id: ChartId, model: &ChartModel) -> String {
    let dir = browser::page_dir();
    format!(
        "<img src=\"{}static/{}.svg\" alt=\"{}\" width=\"800\">",
        escape_xml(&dir),
        id.id(),
        escape_xml(&format!("{}. {}", model.title, model.takeaway))
    )
}

#[component]
pub fn ShareTools(id: ChartId, settings: RwSignal<ChartSettings>, model: Memo<ChartModel>) -> impl IntoView {
    let (lang, theme) = (context::lang(), context::theme());
    let text = messages(lang);
    let status = RwSignal::new(String::new());
    let embed_open = RwSignal::new(false);
    let report = move |result: Result<(), browser::Failure>, done: &'static str| {
        status.set(match result {
            Ok(()) => done.to_owned(),
            Err(failure) => text.labelled(text.export_failed, &failure.words(lang)),
        })
    };
    let standalone = move || {
        model.with_untracked(|m| {
            let options = chart_export::standalone_options(m, theme.get_untracked());
            (charts::render_svg(m, &options), options.width, options.height)
        })
    };
    let dataset = StoredValue::new(context::dataset());
    let stem = move || dataset.with_value(|dataset| chart_export::file_stem(id, &settings.get_untracked(), dataset));
    // A reader on a kept version shares and embeds that version unless they
    // choose otherwise; a citation always names the version it cites.
    let version = context::published_version();
    let pinned = RwSignal::new(context::shown() == Shown::Kept);
    let linked_version = move || version.filter(|_| pinned.get());
    // Every "Copy ..." button: one clipboard task, whatever it copies.
    let copy_text = move |copied: String, done: &'static str| {
        spawn_local(async move { report(browser::copy_text(&copied).await, done) });
    };
    let copy_link =
        move |_| copy_text(share_url(id, settings.get_untracked(), lang, untrack(linked_version)), text.link_copied);
    let download_svg = move |_| {
        let (svg, _, _) = standalone();
        browser::download_text(
            &format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}"),
            "image/svg+xml",
            &format!("{}.svg", stem()),
        );
    };
    let download_png = move |_| {
        let (svg, width, height) = standalone();
        let name = format!("{}.png", stem());
        spawn_local(async move {
            if let Err(error) = browser::download_png(&svg, width, height, &name).await {
                report(Err(error), "");
            }
        });
    };
    let download_csv = move |_| {
        let csv = model.with_untracked(chart_export::csv);
        browser::download_text(&csv, "text/csv;charset=utf-8", &format!("{}.csv", stem()));
    };
    let copy_image = move |_| {
        let (svg, width, height) = standalone();
        spawn_local(async move { report(browser::copy_image(&svg, width, height).await, text.image_copied) });
    };
    // The reader's deck: this chart in or out, and the address of them all.
    let picks = context::slide_picks();
    let is_picked = move || picks.with(|picked| picked.iter().any(|(chart, _)| *chart == id));
    let toggle_pick = move |_| {
        picks.update(|picked| match picked.iter().position(|(chart, _)| *chart == id) {
            Some(at) => drop(picked.remove(at)),
            None => picked.push((id, settings)),
        })
    };
    let copy_deck = move |_| {
        // Each chart with the toggle its own card shows now.
        let deck = picks.with_untracked(|picked| {
            let slide = |(chart, settings): &(ChartId, RwSignal<ChartSettings>)| Slide {
                chart: *chart,
                settings: settings.try_get_untracked().unwrap_or_default(),
            };
            picked.iter().map(slide).collect()
        });
        copy_text(page_url(deck_route(deck, lang, untrack(linked_version))), text.slides_copied);
    };
    let code = move || model.with(|m| embed_code(id, settings.get(), lang, m, linked_version()));
    let image_code = move || model.with(|m| static_image_code(id, m));
    let copy_code = move |_| copy_text(code(), text.code_copied);
    let citation = move || {
        let address = share_url(id, settings.get(), lang, version);
        model.with(|m| cite::citation(&m.title, id.id(), m.as_of, &address, lang))
    };
    // One handler per form: the sentence, or the BibTeX entry.
    let copy_citation = move |bibtex: bool| {
        move |_| {
            let cited = untrack(citation);
            let form = if bibtex { cited.bibtex } else { cited.plain };
            copy_text(form, text.citation_copied);
        }
    };
    view! {
        <div class="share-tools" role="group" aria-label=text.share_and_export>
            <button type="button" disabled=browser::PRERENDERING on:click=copy_link>{text.copy_link}</button>
            <button type="button" disabled=browser::PRERENDERING aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>
                {text.embed}
            </button>
            <button type="button" disabled=browser::PRERENDERING data-export="svg" on:click=download_svg>{text.download_svg}</button>
            <button type="button" disabled=browser::PRERENDERING data-export="png" on:click=download_png>{text.download_png}</button>
            <button type="button" disabled=browser::PRERENDERING data-export="csv" on:click=download_csv>{text.download_csv}</button>
            <button type="button" disabled=browser::PRERENDERING on:click=copy_image>{text.copy_image}</button>
            <button type="button" disabled=browser::PRERENDERING data-part="add-to-slides"
                aria-pressed=move || is_picked().to_string() on:click=toggle_pick>
                {text.add_to_slides}
            </button>
            <button type="button" disabled=browser::PRERENDERING data-part="copy-slides" hidden=move || picks.with(Vec::is_empty) on:click=copy_deck>
                {text.copy_slides}
            </button>
            <span class="share-status" role="status">{move || status.get()}</span>
        </div>
        {move || embed_open.get().then(|| view! {
            <div class="embed-code">
                <p>{text.embed_intro}</p>
                {version.map(|_| view! {
                    <label class="embed-pin">
                        <input type="checkbox" checked=pinned.get_untracked() on:change=move |_| pinned.update(|p| *p = !*p)/>
                        {text.pin_version}
                    </label>
                })}
                <textarea readonly rows="6" aria-label=text.embed>{code}</textarea>
                <button type="button" on:click=copy_code>{text.copy_code}</button>
                <p>{text.embed_static_intro}</p>
                <textarea readonly rows="2" aria-label=text.embed_static_intro>{image_code}</textarea>
            </div>
        })}
        <details class="cite" data-part="cite">
            <summary>{text.cite}</summary>
            <p class="cite-text">{move || citation().plain}</p>
            <button type="button" disabled=browser::PRERENDERING on:click=copy_citation(false)>{text.copy_citation}</button>
            <pre class="cite-bibtex">{move || citation().bibtex}</pre>
            <button type="button" disabled=browser::PRERENDERING on:click=copy_citation(true)>{text.copy_bibtex}</button>
        </details>
    }
}
