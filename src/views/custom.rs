//! Fetching `?data=<url>` with gloo-net, and the banner that says whose data
//! is on screen. The decisions (origins, limits, messages) are in `custom_data`.

use super::browser;
use crate::custom_data::{self, LoadError};
use crate::data::{DataError, Dataset, Date};
use crate::format;
use crate::text::messages;
use crate::text::Lang;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

/// Where the dataset on screen comes from.
#[derive(Clone, Debug)]
pub enum Custom {
    None,
    Loading { origin: String },
    Loaded { origin: String, dataset: Arc<Dataset> },
    Failed { address: String, error: LoadError },
}

/// Resolves the `data` parameter against the page and checks its origin.
fn resolve(parameter: &str) -> Result<(String, String), LoadError> {
    let base = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let url = web_sys::Url::new_with_base(parameter, &base)
        .map_err(|_| LoadError::BadUrl(parameter.chars().take(200).collect()))?
        .href();
    let page_origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    custom_data::check_url(&url, &page_origin, &custom_data::build_allow_list())?;
    let origin = custom_data::origin_of(&url).unwrap_or_default();
    Ok((url, origin))
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

async fn fetch(url: &str, controller: &web_sys::AbortController) -> Result<Dataset, LoadError> {
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        move || {
            timed_out.set(true);
            controller.abort();
        }
    };
    let _deadline =
        Deadline(set_timeout_with_handle(on_timeout, Duration::from_millis(custom_data::TIMEOUT_MS as u64)).ok());
    let signal = controller.signal();
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

/// The curated dataset, or why it could not be loaded.
pub type Builtin = Result<Arc<Dataset>, BuiltinFailure>;

#[derive(Clone, Debug)]
pub struct BuiltinFailure {
    url: String,
    error: LoadError,
}

impl BuiltinFailure {
    /// The problems to list, each under the address that was fetched.
    pub fn errors(&self, lang: Lang) -> Vec<DataError> {
        match &self.error {
            LoadError::Invalid(errors) => errors.clone(),
            other => vec![DataError::new(self.url.clone(), other.message(lang))],
        }
    }
}

/// Where the page says its dataset is: the `<link rel="preload" as="fetch">`
/// in `index.html`, so this fetch reuses the download the browser started
/// beside the wasm's, and the address is written in one place.
#[cfg(target_arch = "wasm32")]
fn builtin_url() -> String {
    let document = web_sys::window().and_then(|w| w.document());
    let href = document
        .as_ref()
        .and_then(|d| d.query_selector("link[rel=preload][as=fetch]").ok().flatten())
        .and_then(|link| link.get_attribute("href"))
        .unwrap_or_else(|| "data/dataset.json".to_owned());
    let base = document.and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    web_sys::Url::new_with_base(&href, &base).map(|url| url.href()).unwrap_or(href)
}

/// Fetches and validates the curated dataset. It is a file of its own, not
/// compiled into the wasm, so the data and the code are cached and budgeted
/// apart: a month of data never touches the code's size ceiling.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_builtin() -> Builtin {
    let url = builtin_url();
    let loaded = match web_sys::AbortController::new() {
        Ok(controller) => fetch(&url, &controller).await,
        Err(_) => Err(LoadError::Network("fetch is not available".into())),
    };
    loaded.map(Arc::new).map_err(|error| BuiltinFailure { url, error })
}

/// Starts loading the dataset named by `?data=`, if any; the signal follows.
/// The request is aborted if the calling component is cleaned up first.
pub fn load(parameter: Option<String>) -> RwSignal<Custom> {
    let state = RwSignal::new(Custom::None);
    let Some(parameter) = parameter else { return state };
    let started = resolve(&parameter).and_then(|(url, origin)| {
        let controller =
            web_sys::AbortController::new().map_err(|_| LoadError::Network("fetch is not available".into()))?;
        Ok((url, origin, controller))
    });
    match started {
        Err(error) => state.set(Custom::Failed { address: parameter, error }),
        Ok((url, origin, controller)) => {
            state.set(Custom::Loading { origin: origin.clone() });
            let on_cleanup_abort = controller.clone();
            browser::release_on_cleanup(move || on_cleanup_abort.abort());
            leptos::task::spawn_local(async move {
                let loaded = match fetch(&url, &controller).await {
                    Ok(dataset) => Custom::Loaded { origin, dataset: Arc::new(dataset) },
                    Err(error) => Custom::Failed { address: url, error },
                };
                // Nothing to show if the view that asked has gone.
                let _ = state.try_set(loaded);
            });
        }
    }
    state
}

/// Says, on every view, when the figures are not the latest curated ones:
/// the reader's own file (`?data=`), or a kept `version` of the data (`?v=`),
/// older than the `latest`.
#[component]
pub fn CustomBanner(state: RwSignal<Custom>, version: Option<Date>, latest: Option<Date>) -> impl IntoView {
    let lang = super::context::lang();
    let text = messages(lang);
    // Back to the latest built-in data: the same address without the parameter that left it.
    let (parameter, back) = if version.is_some() { ("v", text.show_latest) } else { ("data", text.show_builtin) };
    let builtin_link = move || browser::url_without_param(parameter);
    move || match state.get() {
        Custom::None => None,
        Custom::Loading { origin } => Some(
            view! {
                <aside class="custom-banner" data-part="custom-banner" role="status">
                    <p>{match version {
                        Some(_) => text.version_loading.to_owned(),
                        None => text.custom_loading(&origin),
                    }}</p>
                </aside>
            }
            .into_any(),
        ),
        Custom::Loaded { origin, dataset } => Some(
            view! {
                <aside class="custom-banner custom-loaded" data-part="custom-banner" role="status">
                    <p>
                        <strong>{match (version, latest) {
                            (Some(_), Some(latest)) => {
                                text.version_shown(&format::date(dataset.as_of, lang), &format::date(latest, lang))
                            }
                            _ => text.custom_loaded(&origin),
                        }}</strong>" "
                        <a href=builtin_link()>{back}</a>
                    </p>
                </aside>
            }
            .into_any(),
        ),
        Custom::Failed { address, error } => Some(
            view! {
                <aside class="custom-banner custom-failed" data-part="custom-banner" role="alert">
                    <p>
                        <strong>{match version {
                            Some(_) => text.version_failed.to_owned(),
                            None => text.custom_failed(&address.chars().take(200).collect::<String>()),
                        }}</strong>" "
                        <span class="custom-error">{error.message(lang)}</span>" "
                        <a href=builtin_link()>{back}</a>
                    </p>
                    <ul>{error.details().into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                </aside>
            }
            .into_any(),
        ),
    }
}
