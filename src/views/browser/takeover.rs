//! The app taking over the prerendered page, in the browser: it renders into
//! a detached container, and each part it has built replaces its prerendered
//! twin (takeover.js), keeping the tables the reader opened, the focus and
//! the scroll position. Part of `browser`; `host.rs` answers the same on the
//! host, where the page is written whole.

use super::mark;
use crate::text::Lang;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/views/browser/takeover.js")]
extern "C" {
    fn begin_takeover() -> bool;
    fn place_built(container: &web_sys::HtmlElement, first: bool, in_parts: bool) -> bool;
    fn replace_all(container: &web_sys::HtmlElement);
    fn end_takeover();
    fn after_a_task() -> js_sys::Promise;
    fn after_idle() -> js_sys::Promise;
    fn prerendered_width() -> u32;
}

/// Which placing of built parts a call to takeover.js is.
#[derive(Clone, Copy, PartialEq)]
enum Pass {
    /// The page's shell, at once: it fails if the app's page is not the
    /// prerendered one (another view, a notice), which is then replaced whole.
    Shell,
    /// The part the step before built.
    Part,
}

/// How the app builds the page: whole, or `<main>` a part at a time
/// (`in_turn`), whose finished children then replace their twins.
#[derive(Clone, Copy, PartialEq)]
enum Building {
    Whole,
    InParts,
}

fn place(container: &web_sys::HtmlElement, pass: Pass, building: Building) -> bool {
    place_built(container, pass == Pass::Shell, building == Building::InParts)
}

/// Mounts the app (`app`), taking over the prerendered page if there is one.
/// The parts wrapped in `in_turn` (the dashboard's charts and panels) are
/// built one per task, so no task builds and lays out the whole page: that
/// took 500-800 ms at Lighthouse's 4x CPU, blocking input. Each chart is
/// drawn at once at the width its prerendered frame had
/// (`initial_chart_width`), so nothing moves. Leptos's own hydration would
/// keep the nodes instead, but its `hydrate` feature costs 25.7 KB gzip
/// (docs/performance.md).
pub async fn take_over_prerendered<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    // Each step in a task of its own, the first apart from loading the dataset.
    next_task().await;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let taking_over = begin_takeover();
    let takeover = Takeover { active: Arc::new(AtomicBool::new(taking_over)), held_back: Arc::default() };
    let container =
        if taking_over { document.create_element("div").ok().map(JsCast::unchecked_into) } else { document.body() };
    let Some(container) = container else { return };
    let provided = takeover.clone();
    let mounted = leptos::mount::mount_to(container.clone(), move || {
        provide_context(provided);
        app()
    });
    // The app's root lives as long as the page: Leptos's way to keep it mounted.
    mounted.forget();
    let building = if takeover.part(0).is_some() { Building::InParts } else { Building::Whole };
    if taking_over && !place(&container, Pass::Shell, building) {
        replace_all(&container);
    }
    // Step `n` places part `n - 1` (built in the step before, in its
    // microtasks) and lets part `n` build. Part 0 is the chart the reader
    // sees (`in_turn_first`, else the first in the page): it is interactive
    // (`chart-interactive`) once placed. The steps that place the shell's
    // parts and that chart come in the next task; the others when the
    // browser is idle, so a tap or a scroll goes first. (Building and placing
    // each part in tasks of their own was measured: twice as many tasks, each
    // as long, docs/performance.md.)
    let mut step = 0;
    while let Some(ready) = takeover.part(step) {
        if step <= READERS_CHART_PLACED {
            next_task().await;
        } else {
            when_idle().await;
        }
        place(&container, Pass::Part, building);
        if step == READERS_CHART_PLACED {
            mark("chart-interactive");
        }
        ready.try_set(true);
        step += 1;
    }
    next_task().await;
    place(&container, Pass::Part, building);
    if step <= READERS_CHART_PLACED {
        mark("chart-interactive");
    }
    takeover.active.store(false, Ordering::Relaxed);
    end_takeover();
    mark("app-mounted");
}

/// The step that places part 0, the chart the reader sees.
const READERS_CHART_PLACED: usize = 1;

async fn next_task() {
    let _ = wasm_bindgen_futures::JsFuture::from(after_a_task()).await;
}

async fn when_idle() {
    let _ = wasm_bindgen_futures::JsFuture::from(after_idle()).await;
}

/// A takeover in progress, as the app it mounts sees it (through context):
/// whether it is still going on, and the parts `in_turn` holds back, in the
/// order they are built, each when its flag is set.
#[derive(Clone)]
struct Takeover {
    active: Arc<AtomicBool>,
    held_back: Arc<Mutex<Vec<RwSignal<bool>>>>,
}

impl Takeover {
    fn in_progress() -> Option<Takeover> {
        use_context::<Takeover>().filter(|takeover| takeover.active.load(Ordering::Relaxed))
    }

    /// The flag that lets held-back part `index` build, if there is one.
    fn part(&self, index: usize) -> Option<RwSignal<bool>> {
        self.held_back.lock().ok().and_then(|held| held.get(index).copied())
    }
}

/// The width a chart is drawn at before its frame is measured: the width the
/// prerendered frames had (one column, one width), which the app takes over;
/// otherwise none, so that the first drawing is at the measured width.
pub fn initial_chart_width() -> u32 {
    prerendered_width()
}

/// Whether the page being taken over holds chart `chart`'s header in `lang`
/// (any of its drawings says the language) with its title in a `heading`
/// element (`h1` in an embed, `h2` on the dashboard), for the app to keep it
/// (takeover.js moves it into the app's card).
pub fn has_prerendered_header(chart: &str, lang: Lang, heading: &str) -> bool {
    prerendered(&format!("#chart-{chart} svg[data-drawing][lang=\"{}\"]", lang.code()))
        && prerendered(&format!("#chart-{chart} > .chart-header > {heading}"))
}

/// Whether the page being taken over holds chart `chart`'s phone drawing in
/// `lang`, for the app to keep instead of drawing it again.
pub fn has_prerendered_phone_drawing(chart: &str, lang: Lang) -> bool {
    prerendered(&format!("#chart-{chart} svg[data-drawing=\"phone\"][lang=\"{}\"]", lang.code()))
}

fn prerendered(selector: &str) -> bool {
    Takeover::in_progress().is_some()
        && web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .is_some()
}

/// `build`'s view, built in a task of its own while the app is taking over a
/// prerendered page (see `take_over_prerendered`); at once otherwise.
pub fn in_turn(build: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    held_back(build, false)
}

/// `in_turn`, but built before every other part: the part the reader is
/// taken to (a chart the address names).
pub fn in_turn_first(build: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    held_back(build, true)
}

fn held_back(build: impl Fn() -> AnyView + Send + Sync + 'static, first: bool) -> impl IntoView {
    let takeover = Takeover::in_progress();
    let ready = RwSignal::new(takeover.is_none());
    if let Some(mut held) = takeover.as_ref().and_then(|t| t.held_back.lock().ok()) {
        if first {
            held.insert(0, ready);
        } else {
            held.push(ready);
        }
    }
    move || ready.get().then(&build)
}
