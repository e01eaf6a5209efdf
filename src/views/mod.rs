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
    leptos::mount::mount_to_body(app::App);
}
