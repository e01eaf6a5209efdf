//! Loading `?data=<url>` (fetched through `browser`), and the banner that says
//! whose data is on screen. The decisions (origins, limits, messages) are in
//! `custom_data`.

use super::browser;
use crate::custom_data::{self, LoadError};
use crate::data::{DataError, Dataset, Date};
use crate::format;
use crate::route::changes_page;
use crate::text::messages;
use crate::text::Lang;
use leptos::prelude::*;
use std::sync::Arc;

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
    let url =
        browser::absolute_address(parameter).ok_or_else(|| LoadError::BadUrl(parameter.chars().take(200).collect()))?;
    custom_data::check_url(&url, &browser::page_origin(), &custom_data::build_allow_list())?;
    let origin = custom_data::origin_of(&url).unwrap_or_default();
    Ok((url, origin))
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

/// Fetches and validates the curated dataset. It is a file of its own, not
/// compiled into the wasm, so the data and the code are cached and budgeted
/// apart: a month of data never touches the code's size ceiling.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_builtin() -> Builtin {
    let url = browser::builtin_dataset_address();
    let loaded = match browser::Abort::new() {
        Some(abort) => browser::fetch_dataset(&url, &abort).await,
        None => Err(LoadError::Network(String::new())),
    };
    loaded.map(Arc::new).map_err(|error| BuiltinFailure { url, error })
}

/// Starts loading the dataset named by `?data=`, if any; the signal follows.
/// The request is aborted if the calling component is cleaned up first.
pub fn load(parameter: Option<String>) -> RwSignal<Custom> {
    let state = RwSignal::new(Custom::None);
    let Some(parameter) = parameter else { return state };
    let started = resolve(&parameter).and_then(|(url, origin)| {
        let abort = browser::Abort::new().ok_or_else(|| LoadError::Network(String::new()))?;
        Ok((url, origin, abort))
    });
    match started {
        Err(error) => state.set(Custom::Failed { address: parameter, error }),
        Ok((url, origin, abort)) => {
            state.set(Custom::Loading { origin: origin.clone() });
            let on_cleanup_abort = abort.clone();
            browser::release_on_cleanup(move || on_cleanup_abort.abort());
            leptos::task::spawn_local(async move {
                let loaded = match browser::fetch_dataset(&url, &abort).await {
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
    move || {
        match state.get() {
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
                        // What changed since: only a kept version has a list.
                        <a href=changes_page(lang) data-part="what-changed" hidden=version.is_none()>{text.what_changed}</a>" "
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
}
