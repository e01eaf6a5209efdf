//! Leptos components: they only wire signals to the pure layers below.
//! One module per part of the page, as in Leptos's own examples.

mod app;
mod browser;
mod chart_card;
mod cite;
mod claims;
mod context;
mod custom;
mod embed;
mod key_numbers;
mod present;
pub mod share;
mod shell;

use leptos::prelude::*;

/// The page `query` asks for (`""`, `"?lang=zh-CN"`, `"?view=embed&chart=deliveries"`)
/// as HTML: the same components the browser runs, rendered on the host with
/// the chart SVGs at their default width, so the page reads without script.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(dataset: crate::data::Dataset, query: &str) -> String {
    let dataset = std::sync::Arc::new(dataset);
    Owner::new().with(|| {
        provide_context(browser::PageQuery(query.to_owned()));
        view! { <app::App builtin=Ok(dataset)/> }.to_html()
    })
}

/// Fetches the dataset the page preloads, then mounts the app, taking over
/// the prerendered page a part at a time (`browser::take_over_prerendered`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // With panic = "abort" a panic ends the wasm instance: the full message
    // goes to the console, and the reader keeps the page with a notice.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash_notice();
    }));
    browser::mark("app-start");
    // Leptos's executor starts with the mount, so this future uses wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async {
        let builtin = custom::fetch_builtin().await;
        browser::mark("data-loaded");
        browser::take_over_prerendered(move || view! { <app::App builtin=builtin/> }).await;
    });
}

/// Panics on purpose, so the browser tests can check what a reader sees after
/// a crash. Only script can call it (the tests import the module); no URL or
/// control of the app reaches it.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[expect(clippy::panic, reason = "the deliberate crash the browser tests observe")]
pub fn panic_for_tests() {
    panic!("panic_for_tests: a deliberate panic from the browser tests");
}

/// The components that hold logic, for the component tests
/// (`tests/components.rs`, wasm-bindgen-test in Chromium). Not an interface
/// of the app: re-exports only, so nothing is added to the wasm.
#[doc(hidden)]
#[cfg(target_arch = "wasm32")]
pub mod for_component_tests {
    pub use super::chart_card::ChartCard;
    pub use super::context::{provide_page, with_dataset, Shown};
    pub use super::present::PresentView;
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
