//! Fetching a dataset in the browser (gloo-net): the reader's `?data=` file
//! and the curated one the page preloads. What counts as a good address or
//! response is decided in `custom_data`; this is only the wire. Part of
//! `browser`; `host.rs` answers the same on the host, where nothing is fetched.

use crate::custom_data::{self, LoadError};
use crate::data::Dataset;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// A fetch that can be called off: by its deadline, or by the component that
/// started it being cleaned up.
#[derive(Clone)]
pub struct Abort(web_sys::AbortController);

impl Abort {
    pub fn new() -> Option<Abort> {
        web_sys::AbortController::new().ok().map(Abort)
    }

    pub fn abort(&self) {
        self.0.abort();
    }
}

/// `parameter` as an absolute address, resolved against the page's.
pub fn absolute_address(parameter: &str) -> Option<String> {
    let base = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(parameter, &base).ok().map(|url| url.href())
}

/// The page's origin (`https://example.org`).
pub fn page_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Where the page says its dataset is: the `<link rel="preload" as="fetch">`
/// in `index.html`, so the fetch reuses the download the browser started
/// beside the wasm's, and the address is written in one place.
pub fn builtin_dataset_address() -> String {
    let document = web_sys::window().and_then(|w| w.document());
    let href = document
        .as_ref()
        .and_then(|d| d.query_selector("link[rel=preload][as=fetch]").ok().flatten())
        .and_then(|link| link.get_attribute("href"))
        .unwrap_or_else(|| "data/dataset.json".to_owned());
    let base = document.and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    web_sys::Url::new_with_base(&href, &base).map(|url| url.href()).unwrap_or(href)
}

/// The fetch's timeout, cleared however the fetch ends (success, error, or
/// the future being dropped), so it never fires into a finished request.
struct Deadline(Option<TimeoutHandle>);

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(handle) = self.0 {
            handle.clear();
        }
    }
}

/// Fetches, checks and parses the dataset at `url`, within
/// `custom_data::TIMEOUT_MS`, unless `abort` calls it off first.
pub async fn fetch_dataset(url: &str, abort: &Abort) -> Result<Dataset, LoadError> {
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (abort, timed_out) = (abort.clone(), timed_out.clone());
        move || {
            timed_out.set(true);
            abort.abort();
        }
    };
    let _deadline =
        Deadline(set_timeout_with_handle(on_timeout, Duration::from_millis(custom_data::TIMEOUT_MS as u64)).ok());
    let signal = abort.0.signal();
    // Not kept in the browser's cache either (the service worker never stores it):
    // a reader's file is theirs, fetched fresh each visit, and gone with the session.
    let result = gloo_net::http::Request::get(url)
        .cache(web_sys::RequestCache::NoStore)
        .abort_signal(Some(&signal))
        .send()
        .await;
    let response = match result {
        Ok(response) => response,
        Err(_) if timed_out.get() => return Err(LoadError::Timeout),
        Err(error) => return Err(LoadError::Network(error.to_string())),
    };
    let length = response.headers().get("content-length").and_then(|l| l.trim().parse::<usize>().ok());
    custom_data::check_response(response.status(), response.headers().get("content-type").as_deref(), length)?;
    let body = response.text().await.map_err(|e| {
        if timed_out.get() {
            LoadError::Timeout
        } else {
            LoadError::Network(e.to_string())
        }
    })?;
    custom_data::parse_body(&body)
}
