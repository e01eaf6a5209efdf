//! The page around the charts: header with key numbers, notices, sources, footer.

use super::browser;
use crate::analysis::target::{cumulative_to_date, data_age, projections_already_passed, target_pace};
use crate::data::{DataError, Dataset, Lang, SourceStatus, Unit};
use crate::format;
use crate::route::{Notice, ThemeChoice};
use crate::text::ui;
use leptos::prelude::*;
use std::sync::Arc;

/// Light, dark or the system's setting; the choice is remembered where
/// storage is allowed.
/// Where the reader's theme choice is remembered (the app reads it on load).
pub const THEME_KEY: &str = "xiaomi-ev-dashboard.theme";

#[component]
fn ThemeSwitch(lang: Lang, choice: RwSignal<ThemeChoice>) -> impl IntoView {
    let text = ui(lang);
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
fn LanguageSwitch(lang: Lang) -> impl IntoView {
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

/// The headline figures: last year's deliveries, this year's target, the
/// growth it needs and cumulative deliveries to date, as (label, value, detail).
pub fn key_numbers(dataset: &Dataset, lang: Lang) -> Vec<(String, String, String)> {
    let text = ui(lang);
    let pace = target_pace(dataset, dataset.as_of.year);
    let figure = |value: f64, qualifier| format::figure(value, Unit::Vehicles, qualifier, lang);
    let mut numbers = Vec::new();
    if let Some(pace) = &pace {
        if let Some(previous) = pace.previous_year {
            let label = text.key_year_deliveries.replace("{year}", &(pace.year - 1).to_string());
            numbers.push((label, figure(previous.value, previous.qualifier), String::new()));
        }
        let label = text.key_year_target.replace("{year}", &pace.year.to_string());
        numbers.push((label, figure(pace.target.value, pace.target.qualifier), String::new()));
        if let Some(growth) = pace.growth_needed_pct {
            numbers.push((text.key_growth_needed.to_owned(), format::change_pct(growth), String::new()));
        }
    }
    if let Some((period, total)) = cumulative_to_date(dataset) {
        let through = format!("{} {}", text.key_cumulative_through, format::period(&period, lang));
        numbers.push((text.key_cumulative.to_owned(), figure(total.value, total.qualifier), through));
    }
    numbers
}

/// The headline figures as a definition list, as the header and the title slide show them.
pub fn key_number_list(dataset: &Dataset, lang: Lang) -> impl IntoView {
    let items = key_numbers(dataset, lang)
        .into_iter()
        .map(|(label, value, detail)| {
            view! {
                <div class="key-number">
                    <dt>{label}</dt>
                    <dd><span class="value">{value}</span><span class="detail">{detail}</span></dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="key-numbers">{items}</dl> }
}

#[component]
pub fn Header(dataset: Arc<Dataset>, lang: Lang, choice: RwSignal<ThemeChoice>) -> impl IntoView {
    let text = ui(lang);
    let key_numbers = key_number_list(&dataset, lang);
    // The reader's own clock: how old the data is, and which projected
    // months have passed since it was compiled.
    let today = browser::today();
    let age = today.map(|today| data_age(dataset.as_of, today, lang));
    let passed = browser::date_for_passed_projections()
        .and_then(|today| projections_already_passed(&dataset, 1_000_000.0, today, lang));
    view! {
        <header class="site-header">
            <div class="brand">
                <h1>{text.product_name}</h1>
                <p class="tagline">{text.tagline}</p>
                <p class="as-of">
                    // One text node: Leptos renders an empty one (Chinese has no word gap) as a space.
                    {format!("{}{}", text.data_as_of, text.word_gap)}<time datetime=dataset.as_of.to_string()>{format::date(dataset.as_of, lang)}</time>
                    {age.map(|age| view! { <span class="data-age">{text.comma}{age}</span> })}
                </p>
                {passed.map(|note| view! { <p class="projection-passed">{note}</p> })}
                <div class="header-controls">
                    <ThemeSwitch lang=lang choice=choice/>
                    <LanguageSwitch lang=lang/>
                </div>
            </div>
            {key_numbers}
        </header>
    }
}

#[component]
pub fn Notices(notices: Vec<Notice>, lang: Lang) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        let items =
            notices.into_iter().map(|n| view! { <li><code>{n.parameter}"="{n.value}</code></li> }).collect_view();
        view! {
            <aside class="notice" role="status">
                <p>{ui(lang).notice_ignored}</p>
                <ul>{items}</ul>
            </aside>
        }
    })
}

#[component]
pub fn DataErrors(errors: Vec<DataError>, lang: Lang) -> impl IntoView {
    let text = ui(lang);
    view! {
        <main id="main" class="data-errors" role="alert">
            <h1>{text.data_error_heading}</h1>
            <p>{text.data_error_intro}</p>
            <ul>
                {errors.into_iter().map(|e| view! { <li><strong>{e.location}</strong>": "{e.message}</li> }).collect_view()}
            </ul>
        </main>
    }
}

#[component]
pub fn SourcesList(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let text = ui(lang);
    let items = dataset
        .sources
        .iter()
        .map(|source| {
            let status = match source.status {
                SourceStatus::Verified => text.status_verified,
                SourceStatus::Secondary => text.status_secondary,
            };
            let title = match &source.url {
                Some(url) => {
                    view! { <a href=url.clone() target="_blank" rel="noopener noreferrer">{source.title.get(lang).to_owned()}</a> }
                        .into_any()
                }
                None => view! { <cite>{source.title.get(lang).to_owned()}</cite> }.into_any(),
            };
            view! {
                <li id=format!("source-{}", source.id)>
                    {source.publisher.get(lang).to_owned()}", "{title}", "{format::date(source.date, lang)}
                    " "<span class=format!("status status-{status}")>"("{status}")"</span>
                    {source.note.clone().map(|note| view! { <span class="source-note">" "{note}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="sources" class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{text.sources_heading}</h2>
            <p>{text.sources_intro}</p>
            <ol>{items}</ol>
        </section>
    }
}

#[component]
pub fn Footer(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let text = ui(lang);
    view! {
        <footer class="site-footer">
            <p>
                <a href="#sources">{text.footer_sources}</a>" · "{text.data_as_of}" "{format::date(dataset.as_of, lang)}
            </p>
            <p>{text.footer_licence}" "{text.footer_code}</p>
        </footer>
    }
}
