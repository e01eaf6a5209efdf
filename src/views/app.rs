use super::browser;
use super::chart_card::ChartCard;
use super::claims::{ClaimsPanel, FindingsList};
use super::context::{provide_latest, provide_page, with_dataset, Shown};
use super::custom::{self, Builtin, Custom, CustomBanner};
use super::embed::EmbedView;
use super::present::PresentView;
use super::shell::{DataErrors, Footer, Header, Notices, SourcesList, THEME_KEY};
use crate::charts::{ChartId, ChartSettings, Theme};
use crate::data::versions;
use crate::route::{Route, ThemeChoice, View};
use crate::text::ui;
use leptos::prelude::*;

/// The whole page. `builtin` is the curated dataset, fetched before mounting
/// (see `custom::fetch_builtin`), or why it could not be.
#[component]
pub fn App(builtin: Builtin) -> impl IntoView {
    let (route, notices) = Route::from_query(&browser::query_string());
    let lang = route.lang.unwrap_or_else(browser::preferred_lang);
    browser::set_document_lang(lang);
    // An explicit ?theme= wins; otherwise the reader's remembered choice.
    let remembered = browser::load_preference(THEME_KEY).and_then(|t| ThemeChoice::from_id(&t));
    let initial = if route.theme == ThemeChoice::Auto { remembered.unwrap_or_default() } else { route.theme };
    let choice = RwSignal::new(initial);
    Effect::new(move |_| browser::set_document_theme(choice.get().id()));
    browser::set_title(ui(lang).product_name);
    // "Auto" follows the system, also when it switches while the page is open.
    let system_dark = RwSignal::new(browser::prefers_dark());
    browser::on_system_theme_change(move |dark| system_dark.set(dark));
    let theme = Signal::derive(move || match choice.get() {
        ThemeChoice::Light => Theme::Light,
        ThemeChoice::Dark => Theme::Dark,
        ThemeChoice::Auto if system_dark.get() => Theme::Dark,
        ThemeChoice::Auto => Theme::Light,
    });
    provide_page(lang, theme);
    let settings: ChartSettings = route.settings;

    let view_kind = route.view;
    let custom_address = browser::query_param("data");
    // A kept version is loaded as a file of the site's own, like `?data=`
    // (which wins over it); the latest version is the built-in data itself.
    let latest = builtin.as_ref().ok().map(|dataset| dataset.as_of);
    let version = route.version.filter(|v| custom_address.is_none() && latest.is_none_or(|latest| *v < latest));
    let custom = custom::load(custom_address.or_else(|| version.map(versions::address)));
    // Re-rendered when custom data arrives; until then the built-in data shows.
    let body = move || {
        let (dataset, shown) = match custom.get() {
            Custom::Loaded { dataset, .. } => {
                (Ok(dataset), if version.is_some() { Shown::Kept } else { Shown::Custom })
            }
            _ => (builtin.clone().map_err(|failure| failure.errors(lang)), Shown::Latest),
        };
        let route = route.clone();
        if let (Shown::Kept, Ok(latest)) = (shown, &builtin) {
            provide_latest(latest.clone());
        }
        match dataset {
            Ok(dataset) => with_dataset(dataset, shown, || match route.view {
                View::Dashboard => dashboard(route, settings, choice).into_any(),
                View::Embed => {
                    // An embed without a (known) chart shows the first one.
                    let id = route.chart.unwrap_or(ChartId::Deliveries);
                    view! { <EmbedView id=id settings=settings/> }.into_any()
                }
                View::Present | View::Presenter => {
                    let start = route.slide.unwrap_or(1);
                    let presenter = route.view == View::Presenter;
                    view! { <PresentView deck=route.slides() settings=settings start=start presenter=presenter/> }
                        .into_any()
                }
            }),
            Err(errors) => view! { <DataErrors errors=errors/> }.into_any(),
        }
    };
    view! {
        {(view_kind == View::Dashboard).then(|| view! { <a class="skip-link" data-part="skip-link" href="#main">{ui(lang).skip_to_content}</a> })}
        <CustomBanner state=custom version=version latest=latest/>
        <Notices notices=notices/>
        {body}
    }
}

fn dashboard(route: Route, settings: ChartSettings, choice: RwSignal<ThemeChoice>) -> impl IntoView {
    let charts = ChartId::ALL
        .into_iter()
        .map(|id| {
            let focused = route.chart == Some(id);
            let card = move || view! { <ChartCard id=id initial=settings focused=focused/> }.into_any();
            // The chart the address names is the one the reader sees first.
            if focused {
                browser::in_turn_first(card).into_any()
            } else {
                browser::in_turn(card).into_any()
            }
        })
        .collect_view();
    view! {
        <Header choice=choice/>
        <main id="main" class="dashboard" data-part="dashboard" tabindex="-1">
            {charts}
            {browser::in_turn(|| view! { <ClaimsPanel/> }.into_any())}
            {browser::in_turn(|| view! { <FindingsList/> }.into_any())}
            {browser::in_turn(|| view! { <SourcesList/> }.into_any())}
        </main>
        <Footer/>
    }
}
