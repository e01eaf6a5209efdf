//! The browser facts the views need, in the browser, each failing soft:
//! outside a normal window (sandboxed frames, storage off) they fall back to
//! defaults. Part of `browser`; `host.rs` answers the same on the host.

use crate::route::{query_value, query_with, query_without};
use crate::text::Lang;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

/// The page's query: what a prerendered page stands for (`<html
/// data-page-query="lang=zh-CN">`), then the address bar's query, which wins
/// where both name a parameter because it is read last.
pub fn query_string() -> String {
    let search = address_query();
    let page = document_element().and_then(|root| root.get_attribute("data-page-query")).unwrap_or_default();
    match (page.is_empty(), search.trim_start_matches('?')) {
        (true, _) => search,
        (false, "") => format!("?{page}"),
        (false, rest) => format!("?{page}&{rest}"),
    }
}

pub fn preferred_lang() -> Lang {
    web_sys::window().and_then(|w| w.navigator().language()).and_then(|code| Lang::closest(&code)).unwrap_or_default()
}

fn dark_scheme_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

pub fn prefers_dark() -> bool {
    dark_scheme_query().is_some_and(|m| m.matches())
}

/// Calls `on_change` with the new preference whenever the reader's system
/// switches between light and dark, until the calling component is cleaned up.
pub fn on_system_theme_change(on_change: impl Fn(bool) + 'static) {
    let Some(query) = dark_scheme_query() else { return };
    let watched = query.clone();
    let callback = Closure::<dyn Fn()>::new(move || on_change(watched.matches()));
    if query.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref()).is_err() {
        return;
    }
    release_on_cleanup(move || {
        let _ = query.remove_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
    });
}

/// Ties a browser registration (listener, observer, timer, request) to the
/// reactive owner current when it is made: `release` runs when that owner is
/// cleaned up, so no browser callback can reach the component's disposed
/// signals. Every registration in the views goes through here or through a
/// Leptos helper released the same way; `docs/security.md` lists them.
pub fn release_on_cleanup(release: impl FnOnce() + 'static) {
    debug_assert!(
        Owner::current().is_some(),
        "a browser registration made outside any reactive owner is never released"
    );
    // on_cleanup wants Send; the wasm app has one thread, where SendWrapper is sound.
    let release = SendWrapper::new(release);
    on_cleanup(move || release.take()());
}

pub(super) fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

pub fn set_document_lang(lang: Lang) {
    if let Some(root) = document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

pub fn set_document_theme(theme_id: &str) {
    if let Some(root) = document_element() {
        let _ = root.set_attribute("data-theme", theme_id);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// In the browser a chart is drawn for the width its frame has; the
/// prerendered page draws every fit (`browser_prerender`).
pub const PRERENDERING: bool = false;

/// Calls `on_width` with the element's width once it is laid out and
/// whenever it changes, until the calling component is cleaned up. Not read
/// at once: that would lay out the whole page inside the task that mounts it;
/// the observer's first report comes after the browser's own layout, before
/// the frame is painted.
pub fn observe_width(element: &web_sys::Element, on_width: impl Fn(u32) + 'static) {
    observe_resize(element, move |entry| on_width(entry.content_rect().width().round().max(0.0) as u32));
}

/// Calls `on_height` with the element's height now and whenever it changes,
/// until the calling component is cleaned up.
pub fn observe_height(element: &web_sys::Element, on_height: impl Fn(f64) + 'static) {
    on_height(element.get_bounding_client_rect().height());
    observe_resize(element, move |entry| on_height(entry.target().get_bounding_client_rect().height()));
}

/// One ResizeObserver on `element`, disconnected (and its callback freed)
/// when the calling component is cleaned up. Leptos can reuse the element for
/// the next component in the same place, so an observer left behind would
/// keep firing into the old component's disposed signals.
fn observe_resize(element: &web_sys::Element, on_resize: impl Fn(web_sys::ResizeObserverEntry) + 'static) {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            on_resize(entry);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
    observer.observe(element);
    release_on_cleanup(move || {
        observer.disconnect();
        drop(callback);
    });
}

/// The address bar's query (`?a=b`), as the page was loaded or last replaced.
fn address_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Replaces one query parameter in the address bar without reloading, so the
/// URL always restores what the reader sees. `None` removes it.
pub fn set_query_param(name: &str, value: Option<&str>) {
    let query = match value {
        Some(value) => query_with(&address_query(), name, value),
        None => query_without(&address_query(), name),
    };
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        // The page's own path, so that an empty query leaves none behind.
        let hash = window.location().hash().unwrap_or_default();
        let address = format!("{}{query}{hash}", page_base());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// The page's query with one parameter changed, for links (e.g. the language switch).
pub fn url_with_param(name: &str, value: &str) -> String {
    query_with(&address_query(), name, value)
}

fn local_storage() -> Option<web_sys::Storage> {
    // Sandboxed frames and strict privacy settings throw here: then nothing is remembered.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load_preference(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn save_preference(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Shows the tooltip of drawn point `index` in `frame` (`data-keyed`), and
/// no other; `None` hides the keyed one.
pub fn key_point(frame: &web_sys::Element, index: Option<usize>) {
    if let Ok(Some(previous)) = frame.query_selector(".pt[data-keyed]") {
        let _ = previous.remove_attribute("data-keyed");
    }
    let Some(index) = index else { return };
    if let Ok(Some(point)) = frame.query_selector(&format!(".pt[data-point=\"{index}\"]")) {
        let _ = point.set_attribute("data-keyed", "");
    }
}

/// The drawn point a pointer event is on, if any.
pub fn point_under(ev: &web_sys::Event) -> Option<usize> {
    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())?;
    target.closest(".pt").ok().flatten()?.get_attribute("data-point")?.parse().ok()
}

/// The page's address without query or fragment: `https://host/path/index.html`.
pub fn page_base() -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_else(|| "/".into());
    format!("{origin}{path}")
}

/// The folder the page is served from, ending in `/`: where `static/` and `assets/` are.
pub fn page_dir() -> String {
    let base = page_base();
    match base.rfind('/') {
        Some(i) => base[..=i].to_owned(),
        None => base,
    }
}

/// Tells the embedding page how tall the embed is. The message carries only
/// the height and the chart id: nothing from the page's data.
pub fn post_height(chart: &str, height: f64) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"xiaomi-ev-dashboard:height".into());
    let _ = js_sys::Reflect::set(&message, &"chart".into(), &chart.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height.ceil()));
    let _ = parent.post_message(&message, "*");
}

pub fn navigate(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}

/// The page's address without one parameter.
pub fn url_without_param(name: &str) -> String {
    format!("{}{}", page_base(), query_without(&address_query(), name))
}

/// The value of a query parameter of the address bar, decoded.
pub fn query_param(name: &str) -> Option<String> {
    query_value(&address_query(), name)
}

/// After a panic the wasm instance is dead, but what it drew stays readable:
/// this adds a short notice in the page's language with a reload link and
/// replaces nothing. Built with DOM calls and fixed text, since nothing in
/// the app can be trusted to run any more.
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(root), Some(body)) = (document.document_element(), document.body()) else { return };
    if root.has_attribute("data-crashed") {
        return;
    }
    let _ = root.set_attribute("data-crashed", "");
    let lang = root.get_attribute("lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default();
    let text = crate::text::ui(lang);
    let (Ok(notice), Ok(message), Ok(link)) =
        (document.create_element("div"), document.create_element("p"), document.create_element("a"))
    else {
        return;
    };
    let _ = notice.set_attribute("class", "crash-notice");
    let _ = notice.set_attribute("role", "alert");
    message.set_text_content(Some(&format!("{} ", text.crash_message)));
    link.set_text_content(Some(text.crash_reload));
    // The same address: the reader's chart, toggles and language come back.
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_else(page_base);
    let _ = link.set_attribute("href", &here);
    let _ = message.append_child(&link);
    let _ = notice.append_child(&message);
    let _ = body.prepend_with_node_1(&notice);
}

/// A Performance mark, read by `make bench` (`performance.getEntriesByName`).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A Performance measure from `start` to now.
pub fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, start);
    }
}

/// Today's date on the reader's clock, in their time zone.
pub fn today() -> Option<crate::data::Date> {
    let now = js_sys::Date::new_0();
    crate::data::Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
}

/// In the browser, projections are judged passed on the reader's own clock.
pub fn date_for_passed_projections() -> Option<crate::data::Date> {
    today()
}

/// Bytes of linear memory the wasm module holds, for `make bench`.
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or(0.0)
}

/// Whether focus leaving `container` (a `focusout` event) goes somewhere
/// outside it.
pub fn focus_leaves(ev: &web_sys::FocusEvent, container: &web_sys::Element) -> bool {
    let next = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    !next.is_some_and(|next| container.contains(Some(&next)))
}
