//! The page around the charts: header with key numbers, notices, sources, footer.

use super::browser;
use super::cite;
use super::context;
use super::key_numbers::KeyNumbers;
use crate::analysis::key_numbers::tagline;
use crate::analysis::target::{data_age, projections_already_passed};
use crate::data::{DataError, PACKAGE_NAME};
use crate::format;
use crate::route::{changes_page, changes_section, dashboard_page, Notice, Route, ThemeChoice};
use crate::text::Lang;
use crate::text::{messages, ui};
use leptos::prelude::*;

/// Where the reader's theme choice is remembered (the app reads it on load).
pub const THEME_KEY: &str = "xiaomi-ev-dashboard.theme";

/// Light, dark or the system's setting; the choice is remembered where
/// storage is allowed.
#[component]
fn ThemeSwitch(choice: RwSignal<ThemeChoice>) -> impl IntoView {
    let text = ui(context::lang());
    let buttons = [
        (ThemeChoice::Auto, text.theme_auto),
        (ThemeChoice::Light, text.theme_light),
        (ThemeChoice::Dark, text.theme_dark),
    ]
    .into_iter()
    .map(|(option, label)| {
        view! {
            <button type="button" aria-pressed=move || (choice.get() == option).to_string()
                on:click=move |_| {
                    choice.set(option);
                    browser::save_preference(THEME_KEY, option.id());
                }>
                {label}
            </button>
        }
    })
    .collect_view();
    view! { <div class="controls theme-switch" role="group" aria-label=text.theme_label>{buttons}</div> }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = context::lang();
    let text = ui(lang);
    let links = Lang::ALL
        .into_iter()
        .map(|option| {
            let label = ui(option).language_name;
            let current = (option == lang).then_some("true");
            view! {
                <a href=browser::url_with_param("lang", option.code()) hreflang=option.code() lang=option.code() aria-current=current>
                    {label}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="language-switch" aria-label=text.language_label>{links}</nav> }
}

#[component]
pub fn Header(choice: RwSignal<ThemeChoice>) -> impl IntoView {
    let (dataset, lang) = (context::dataset(), context::lang());
    let text = ui(lang);
    // The reader's own clock: how old the data is, and which projected
    // months have passed since it was compiled.
    let today = browser::today();
    let age = today.map(|today| data_age(dataset.as_of, today, lang));
    let passed = browser::date_for_passed_projections()
        .and_then(|today| projections_already_passed(&dataset, 1_000_000.0, today, lang));
    view! {
        <header class="site-header" data-part="header">
            <div class="brand">
                <h1>{text.product_name}</h1>
                <p class="tagline">{tagline(&dataset, lang)}</p>
                <p class="as-of">
                    // One text node: Leptos renders an empty one (Chinese has no word gap) as a space.
                    {format!("{}{}", text.data_as_of, text.word_gap)}<time datetime=dataset.as_of.to_string()>{format::date(dataset.as_of, lang)}</time>
                    {age.map(|age| view! { <span class="data-age">{text.comma}{age}</span> })}
                </p>
                {passed.map(|note| view! { <p class="projection-passed">{note}</p> })}
                <div class="header-controls">
                    <ThemeSwitch choice=choice/>
                    <LanguageSwitch/>
                </div>
            </div>
            <KeyNumbers/>
        </header>
    }
}

#[component]
pub fn Notices(notices: Vec<Notice>) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        let items =
            notices.into_iter().map(|n| view! { <li><code>{n.parameter}"="{n.value}</code></li> }).collect_view();
        view! {
            <aside class="notice" data-part="notice" role="status">
                <p>{ui(context::lang()).notice_ignored}</p>
                <ul>{items}</ul>
            </aside>
        }
    })
}

#[component]
pub fn DataErrors(errors: Vec<DataError>) -> impl IntoView {
    let lang = context::lang();
    let text = ui(lang);
    view! {
        <main id="main" class="data-errors" data-part="data-errors" role="alert">
            <h1>{text.data_error_heading}</h1>
            <p>{text.data_error_intro}</p>
            <ul>
                {errors.into_iter().map(|e| view! { <li><strong>{messages(lang).labelled(&e.location, "")}</strong>{e.message}</li> }).collect_view()}
            </ul>
        </main>
    }
}

#[component]
pub fn SourcesList() -> impl IntoView {
    let (dataset, lang) = (context::dataset(), context::lang());
    let text = ui(lang);
    let items = dataset
        .sources
        .iter()
        .map(|source| {
            let status = format::source_status_word(source.status, lang);
            let title = match &source.url {
                Some(url) => {
                    view! { <a href=url.clone() target="_blank" rel="noopener noreferrer">{source.title.get(lang).to_owned()}</a> }
                        .into_any()
                }
                None => view! { <cite>{source.title.get(lang).to_owned()}</cite> }.into_any(),
            };
            view! {
                <li id=format!("source-{}", source.id)>
                    {source.publisher.get(lang).to_owned()}{text.comma}{title}
                    {source.date.map(|date| format!("{}{}", text.comma, format::date(date, lang))).unwrap_or_default()}
                    // The aside brings its own space where the language sets one.
                    <span class=format!("status status-{}", source.status.id())>{messages(lang).with_aside("", status)}</span>
                    {source.note.clone().map(|note| view! { <span class="source-note">" "{note}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="sources" class="sources" data-part="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{text.sources_heading}</h2>
            <p>{text.sources_intro}</p>
            <DownloadAllData/>
            <ol>{items}</ol>
        </section>
    }
}

/// "Download all data": the data package the build publishes beside the
/// page, offered while the built-in data is shown (it describes only that).
#[component]
fn DownloadAllData() -> impl IntoView {
    let text = ui(context::lang());
    context::shows_builtin().then(|| {
        view! {
            <p class="download-all">
                <a href=format!("data/{PACKAGE_NAME}.zip") download="">{text.download_all_data}</a>
                {text.download_all_data_about}
            </p>
        }
    })
}

#[component]
pub fn Footer() -> impl IntoView {
    let (dataset, lang) = (context::dataset(), context::lang());
    let text = ui(lang);
    // The address shows the same figures later: it names their version.
    let pinned = Route { version: context::published_version(), ..Route::default() };
    let address = format!("{}{}{}", browser::page_dir(), dashboard_page(lang), pinned.to_query());
    let citation = cite::citation(dataset.title.get(lang), "data", dataset.as_of, &address, lang);
    // What changed in the version on screen; a reader's own file has no list, so the page's top.
    let section = context::published_version().map(|version| format!("#{}", changes_section(version)));
    let what_changed = format!("{}{}", changes_page(lang), section.unwrap_or_default());
    view! {
        <footer class="site-footer" data-part="footer">
            <p>
                <a href="#sources">{text.footer_sources}</a>{text.dot_separator}{text.data_as_of}{text.word_gap}{format::date(dataset.as_of, lang)}
                {text.dot_separator}<a href=what_changed data-part="what-changed">{text.what_changed}</a>
            </p>
            <DownloadAllData/>
            <details class="cite" data-part="cite">
                <summary>{text.cite}</summary>
                <p class="cite-text">{citation.plain}</p>
                <pre class="cite-bibtex">{citation.bibtex}</pre>
            </details>
            <p>{text.footer_licence}" "{text.footer_code}</p>
        </footer>
    }
}
