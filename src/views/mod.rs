//! Leptos components: they only wire signals to the pure layers below.
//! One module per part of the page, as in Leptos's own examples.

mod app;
mod browser;
mod chart_card;
mod claims;
mod custom;
mod embed;
mod export;
mod present;
mod share;
mod shell;

use leptos::prelude::*;

/// Fetches the dataset the page preloads, then mounts the app on `<body>`.
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
        leptos::mount::mount_to_body(move || view! { <app::App builtin=builtin/> });
        browser::mark("app-mounted");
    });
}

/// Bytes of linear memory the wasm module holds, for `make bench`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or(0.0)
}

/// Panics on purpose, so the browser tests can check what a reader sees after
/// a crash. Only script can call it (the tests import the module); no URL or
/// control of the app reaches it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_for_tests() {
    panic!("panic_for_tests: a deliberate panic from the browser tests");
}
