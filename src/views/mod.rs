//! Leptos components: they only wire signals to the pure layers below.
//! One module per part of the page, as in Leptos's own examples.

mod app;
mod browser;
mod chart_card;
mod claims;
mod embed;
mod export;
mod present;
mod share;
mod shell;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
