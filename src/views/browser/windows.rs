//! The slides' windows, in the browser: full screen, the presenter's window
//! beside the slides, the channel that keeps the two on the same slide, and
//! the presenter's clock. Part of `browser`; `host.rs` has the prerenderer's
//! stand-ins.

use super::release_on_cleanup;
use super::web::document_element;
use crate::text::Lang;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Asks for full screen. The browser may refuse (no user activation, a frame
/// without permission); the slides then simply stay in the window, and the
/// refusal is awaited here so it never surfaces as an unhandled rejection.
pub fn request_fullscreen() {
    let Some(root) = document_element() else { return };
    // Called through Reflect because web-sys's binding drops the returned promise.
    let method = js_sys::Reflect::get(&root, &"requestFullscreen".into());
    let Ok(method) = method.and_then(|m| m.dyn_into::<js_sys::Function>()) else { return };
    let Ok(returned) = method.call0(&root) else { return };
    if let Ok(promise) = returned.dyn_into::<js_sys::Promise>() {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Opens this page with `to` in place of `from` (`view=present` and
/// `view=presenter`) in the window named `target`, or brings that window to
/// it: the slides and the presenter's view each have one. Every other
/// parameter (the deck, the slide, the data's version) stays as it is.
pub fn open_as_view(from: &str, to: &str, target: &str) {
    if let Some(window) = web_sys::window() {
        let href = window.location().href().unwrap_or_default();
        let _ = window.open_with_url_and_target(&href.replacen(from, to, 1), target);
    }
}

/// Joins the same-origin channel `name` (a BroadcastChannel: no server, and
/// offline too): `on_number` gets each number another window of this site
/// posts there; the returned function posts one. Closed with the caller.
pub fn number_channel(name: &str, on_number: impl Fn(f64) + 'static) -> impl Fn(f64) {
    let channel = web_sys::BroadcastChannel::new(name).ok();
    if let Some(channel) = channel.clone() {
        let callback = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(number) = ev.data().as_f64() {
                on_number(number);
            }
        });
        channel.set_onmessage(Some(callback.as_ref().unchecked_ref()));
        release_on_cleanup(move || {
            channel.set_onmessage(None);
            channel.close();
            drop(callback);
        });
    }
    // After the close a post throws, and is dropped here: nobody is listening.
    move |number| {
        if let Some(channel) = &channel {
            let _ = channel.post_message(&number.into());
        }
    }
}

/// Calls `tick` every second until the caller is cleaned up.
pub fn every_second(tick: impl Fn() + 'static) {
    if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
        release_on_cleanup(move || handle.clear());
    }
}

/// The reader's local time as the browser writes it in `lang` (`9:05:07 PM`, `21:05:07`).
pub fn local_time(lang: Lang) -> String {
    js_sys::Date::new_0().to_locale_time_string(lang.code()).into()
}
