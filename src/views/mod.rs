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

/// Mounts the app on `<body>`.
pub fn start() {
    // A panic anywhere shows a friendly error view with a reload link, not a blank page.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash_view();
    }));
    browser::mark("app-start");
    leptos::mount::mount_to_body(app::App);
    browser::mark("app-mounted");
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
