//! Component tests: the logic that lives in components, mounted one at a time
//! in Chromium and driven as a reader would (wasm-bindgen-test through
//! chromedriver; `make test` runs them with `make component-test`). The page
//! as a whole is tested by Playwright, in `tests/browser/`.
#![cfg(target_arch = "wasm32")]
#![expect(clippy::expect_used, reason = "the helpers mount and find elements; a failed expectation is a failed test")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};
use xiaomi_ev_dashboard::charts::{ChartId, ChartSettings, Theme};
use xiaomi_ev_dashboard::data::parse_dataset;
use xiaomi_ev_dashboard::route::Route;
use xiaomi_ev_dashboard::text::Lang;
use xiaomi_ev_dashboard::views::for_component_tests::{provide_page, with_dataset, ChartCard, PresentView, Shown};

wasm_bindgen_test_configure!(run_in_browser);

// Counts the keydown listeners on `window`: a component's listeners must be
// gone once it is unmounted, whatever its signals then do.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "
export function keydown_listeners_on_window() {
  if (window.__keydownListeners === undefined) {
    window.__keydownListeners = 0;
    const add = window.addEventListener, remove = window.removeEventListener;
    window.addEventListener = function (type, ...rest) {
      if (type === 'keydown') window.__keydownListeners += 1;
      return add.call(this, type, ...rest);
    };
    window.removeEventListener = function (type, ...rest) {
      if (type === 'keydown') window.__keydownListeners -= 1;
      return remove.call(this, type, ...rest);
    };
  }
  return window.__keydownListeners;
}")]
extern "C" {
    fn keydown_listeners_on_window() -> u32;
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A fresh element in the page, as wide as a desktop card, to mount into.
fn container() -> HtmlElement {
    let element: HtmlElement = document().create_element("div").expect("a div").unchecked_into();
    element.style().set_property("width", "800px").expect("a width");
    document().body().expect("a body").append_child(&element).expect("appended");
    element
}

/// Mounts `view` as the app would: below the page's language and theme and
/// the dataset shown (the frozen fixture). Unmounts when the handle drops.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (HtmlElement, impl Drop) {
    let parent = container();
    let handle = mount_to(parent.clone(), move || {
        provide_page(Lang::En, Signal::stored(Theme::Light));
        let fixture = include_str!("fixtures/dataset.json");
        let dataset = Arc::new(parse_dataset(fixture).expect("the fixture parses"));
        with_dataset(dataset, Shown::Latest, view)
    });
    (parent, DropGuard(Some(handle)))
}

struct DropGuard<T>(Option<T>);

impl<T> Drop for DropGuard<T> {
    fn drop(&mut self) {
        self.0.take();
    }
}

/// Lets effects, observers and layout run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 80)
            .expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("the timer fires");
}

fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn one(root: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).expect("a valid selector").map(|e| e.unchecked_into())
}

/// The button of `chart`'s toggle that chooses `option`, found by its label.
fn toggle_button(root: &HtmlElement, chart: ChartId, option: &str) -> HtmlElement {
    let fixture = parse_dataset(include_str!("fixtures/dataset.json")).expect("the fixture parses");
    let options = chart.toggle_options(&fixture, Lang::En);
    let label = &options.iter().find(|o| o.id == option).expect("the toggle has the option").label;
    let buttons = all(root, ".controls button");
    buttons.into_iter().find(|b| b.text_content().as_deref() == Some(label.as_str())).expect("a button per option")
}

fn press(target: &web_sys::EventTarget, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
}

fn query() -> String {
    web_sys::window().expect("a window").location().search().expect("a query")
}

/// Puts the address back as it was, for the next test.
fn reset_address() {
    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().expect("a path");
    window.history().expect("history").replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).ok();
}

#[wasm_bindgen_test]
async fn a_toggle_redraws_its_chart_and_keeps_the_choice_in_the_address() {
    reset_address();
    let (root, _mounted) =
        mount(|| view! { <ChartCard id=ChartId::Deliveries initial=ChartSettings::default() focused=false/> });
    settle().await;
    let by_quarter = all(&root, "[data-point]").len();
    assert!(by_quarter > 0, "the chart is drawn once the card has a width");
    let by_month = toggle_button(&root, ChartId::Deliveries, "month");
    assert_eq!(by_month.get_attribute("aria-pressed").as_deref(), Some("false"));

    by_month.click();
    settle().await;
    assert_eq!(by_month.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_ne!(all(&root, "[data-point]").len(), by_quarter, "the chart is redrawn by month");
    assert!(query().contains("by=month"), "the choice is in the address: {}", query());

    toggle_button(&root, ChartId::Deliveries, "quarter").click();
    settle().await;
    assert_eq!(all(&root, "[data-point]").len(), by_quarter);
    assert!(!query().contains("by="), "the default leaves the address: {}", query());
    reset_address();
}

#[wasm_bindgen_test]
async fn keys_show_the_drawings_own_tooltips_from_point_to_point_and_escape_hides_them() {
    let (root, _mounted) =
        mount(|| view! { <ChartCard id=ChartId::Targets initial=ChartSettings::default() focused=false/> });
    settle().await;
    let frame = one(&root, ".chart-frame").expect("a chart frame");
    let points = all(&root, ".pt");
    assert!(points.len() > 1, "the drawing carries a group per point");
    assert!(points.iter().all(|p| one(p, ".pt-tip").is_some()), "each with its tooltip");
    let keyed = || all(&root, ".pt[data-keyed]");
    let keyed_index = || keyed().first().and_then(|p| p.get_attribute("data-point"));
    assert!(keyed().is_empty(), "no tooltip keyed before a key");

    press(&frame, "ArrowRight");
    settle().await;
    assert_eq!(keyed().len(), 1, "one point keyed");
    assert_eq!(keyed_index().as_deref(), Some("0"), "the first point");
    assert!(keyed().first().and_then(|point| one(point, ".pt-tip")).is_some(), "its own tooltip");
    let first = one(&root, "[aria-live]").and_then(|e| e.text_content()).unwrap_or_default();
    assert!(!first.is_empty(), "a screen reader hears the point");

    press(&frame, "ArrowRight");
    settle().await;
    assert_eq!(keyed_index().as_deref(), Some("1"), "the next key moves to the next point");
    assert_eq!(keyed().len(), 1, "and only one tooltip is keyed");
    let second = one(&root, "[aria-live]").and_then(|e| e.text_content()).unwrap_or_default();
    assert_ne!(second, first, "and the screen reader hears it");
    assert_eq!(all(&root, ".tooltip").len(), 0, "the app draws no tooltip of its own");

    press(&frame, "Escape");
    settle().await;
    assert!(keyed().is_empty(), "Escape hides the tooltip");
}

#[wasm_bindgen_test]
async fn the_slides_follow_the_keys_and_stop_listening_once_unmounted() {
    reset_address();
    let window: web_sys::EventTarget = web_sys::window().expect("a window").unchecked_into();
    let listeners_before = keydown_listeners_on_window();
    let (root, mounted) = mount(
        || view! { <PresentView deck=Route::default().slides() settings=ChartSettings::default() start=1 presenter=false/> },
    );
    settle().await;
    assert_eq!(keydown_listeners_on_window(), listeners_before + 1, "the slides listen for keys");
    assert!(one(&root, ".slide.current.slide-title").is_some(), "the title slide comes first");

    press(&window, "ArrowRight");
    settle().await;
    let current = one(&root, ".slide.current").expect("a current slide");
    assert_eq!(current.get_attribute("data-chart").as_deref(), Some(ChartId::ALL[0].id()));
    assert!(query().contains("slide=2"), "the slide is in the address: {}", query());

    drop(mounted);
    assert_eq!(keydown_listeners_on_window(), listeners_before, "the key listener goes with the slides");
    press(&window, "ArrowRight");
    settle().await;
    assert!(query().contains("slide=2"), "an unmounted presentation no longer moves: {}", query());
    reset_address();
}
