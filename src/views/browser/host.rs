//! The browser facts as the prerenderer sees them, on the host: the page
//! being rendered and no reader yet. The same functions as the browser's
//! (`browser/mod.rs`); here nothing is registered, stored, fetched or
//! navigated, and every question gets the answer a reader arriving with no
//! preferences would get.

use super::Failure;
use crate::custom_data::LoadError;
use crate::data::Dataset;
use crate::route::{query_value, query_with, query_without};
use crate::text::Lang;
use leptos::prelude::*;

/// The query the page is rendered for (`?view=embed&chart=deliveries&lang=en`),
/// which the prerenderer provides as context to the app it renders.
#[derive(Clone)]
pub struct PageQuery(pub String);

pub fn query_string() -> String {
    use_context::<PageQuery>().map(|query| query.0).unwrap_or_default()
}

/// A prerendered page names its language in its query; this is the fallback.
pub fn preferred_lang() -> Lang {
    Lang::default()
}

/// Light and dark follow the system through CSS until the app runs.
pub fn prefers_dark() -> bool {
    false
}

pub fn on_system_theme_change(_on_change: impl Fn(bool) + 'static) {}

pub fn release_on_cleanup(_release: impl FnOnce() + 'static) {}

/// The prerenderer writes `lang` and the title into the page itself.
pub fn set_document_lang(_lang: Lang) {}

pub fn set_document_theme(_theme_id: &str) {}

pub fn set_title(_title: &str) {}

/// The page is written for every width: each chart holds its phone and its
/// wide drawing (`charts::fit`), and the page's CSS shows the one that fits.
pub const PRERENDERING: bool = true;

/// Not measured: the prerendered page draws every fit (`PRERENDERING`).
pub fn initial_chart_width() -> u32 {
    0
}

/// The page is being written: there is nothing yet to take over.
pub async fn take_over_prerendered<V: IntoView + 'static>(_app: impl FnOnce() -> V + 'static) {}

/// Nothing is taken over while the page is written.
pub fn has_prerendered_header(_chart: &str, _lang: Lang, _heading: &str) -> bool {
    false
}

/// Nothing is taken over while the page is written.
pub fn has_prerendered_phone_drawing(_chart: &str, _lang: Lang) -> bool {
    false
}

/// The page is written whole: nothing waits for a turn.
pub fn in_turn(build: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    build()
}

/// The page is written whole: nothing waits for a turn.
pub fn in_turn_first(build: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    build()
}

pub fn observe_width(_element: &web_sys::Element, _on_width: impl Fn(u32) + 'static) {}

pub fn observe_height(_element: &web_sys::Element, _on_height: impl Fn(f64) + 'static) {}

pub fn set_query_param(_name: &str, _value: Option<&str>) {}

/// Without script a link must reach a page that is rendered: on a dashboard,
/// the language switch goes to that language's prerendered dashboard.
pub fn url_with_param(name: &str, value: &str) -> String {
    let query = query_string();
    let on_dashboard = crate::route::query_pairs(&query).iter().all(|(n, _)| n == "lang");
    if name == "lang" && on_dashboard {
        if let Some(lang) = Lang::from_code(value) {
            return crate::route::dashboard_page(lang);
        }
    }
    query_with(&query_without(&query, name), name, value)
}

pub fn load_preference(_key: &str) -> Option<String> {
    None
}

pub fn save_preference(_key: &str, _value: &str) {}

pub fn key_point(_frame: &web_sys::Element, _index: Option<usize>) {}

pub fn point_under(_ev: &web_sys::Event) -> Option<usize> {
    None
}

/// Relative: a prerendered page links within the folder it is served from.
pub fn page_base() -> String {
    "./".to_owned()
}

pub fn page_dir() -> String {
    "./".to_owned()
}

pub fn post_height(_chart: &str, _height: f64) {}

pub fn request_fullscreen() {}

pub fn navigate(_url: &str) {}

pub fn url_without_param(name: &str) -> String {
    format!("{}{}", page_base(), query_without(&query_string(), name))
}

pub fn query_param(name: &str) -> Option<String> {
    query_value(&query_string(), name)
}

pub fn show_crash_notice() {}

pub fn mark(_name: &str) {}

pub fn measure(_name: &str, _start: &str) {}

/// The reader's clock is not known before the page reaches them.
pub fn today() -> Option<crate::data::Date> {
    None
}

/// A projected month that has ended by the day the page is built has ended
/// for every later reader too, so the prerendered page can already say so
/// (and the app, which says it again, moves nothing). The day before the
/// build's UTC date, for readers behind UTC.
pub fn date_for_passed_projections() -> Option<crate::data::Date> {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(crate::data::Date::from_days_since_epoch(seconds as i64 / 86_400 - 1))
}

pub fn open_as_view(_from: &str, _to: &str, _target: &str) {}

/// No other window to follow before the app runs.
pub fn number_channel(_name: &str, _on_number: impl Fn(f64) + 'static) -> impl Fn(f64) {
    |_| {}
}

pub fn every_second(_tick: impl Fn() + 'static) {}

/// The page is written at build time: the clock shows once the app runs.
pub fn local_time(_lang: Lang) -> String {
    String::new()
}

pub fn download_text(_text: &str, _mime: &str, _name: &str) {}

/// Nothing is exported before the page reaches a reader.
pub async fn download_png(_svg: &str, _width: u32, _height: u32, _name: &str) -> Result<(), Failure> {
    Err(Failure::Refused(String::new()))
}

pub async fn copy_image(_svg: &str, _width: u32, _height: u32) -> Result<(), Failure> {
    Err(Failure::Refused(String::new()))
}

pub async fn copy_text(_text: &str) -> Result<(), Failure> {
    Err(Failure::Refused(String::new()))
}

/// Nothing is fetched while the page is written.
#[derive(Clone)]
pub struct Abort;

impl Abort {
    pub fn new() -> Option<Abort> {
        None
    }

    pub fn abort(&self) {}
}

pub fn absolute_address(_parameter: &str) -> Option<String> {
    None
}

pub fn page_origin() -> String {
    String::new()
}

pub fn builtin_dataset_address() -> String {
    "data/dataset.json".to_owned()
}

pub async fn fetch_dataset(_url: &str, _abort: &Abort) -> Result<Dataset, LoadError> {
    Err(LoadError::Network(String::new()))
}

pub fn wasm_memory_bytes() -> f64 {
    0.0
}

pub fn focus_leaves(_ev: &web_sys::FocusEvent, _container: &web_sys::Element) -> bool {
    true
}
