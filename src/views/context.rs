//! What every view on a page shares: the page's language and theme, and the
//! dataset shown. `App` provides them once; a component reads them here
//! instead of taking them as props from every parent on the way down.
//!
//! The readers expect the context to be there: every view is rendered below
//! `App`, and the native tests prerender every page through it, so a view
//! placed outside would fail those tests before it reached a browser.

use crate::charts::Theme;
use crate::data::Dataset;
use crate::text::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The page's language (fixed for the page's life) and theme (follows the
/// reader's choice and the system's setting).
#[derive(Clone, Copy)]
pub struct PageContext {
    pub lang: Lang,
    pub theme: Signal<Theme>,
}

/// The dataset on screen: the built-in one, or the reader's `?data=` file.
#[derive(Clone)]
struct ShownDataset {
    dataset: Arc<Dataset>,
    builtin: bool,
}

pub fn provide_page(lang: Lang, theme: Signal<Theme>) {
    provide_context(PageContext { lang, theme });
}

/// Provides `dataset` to the views `children` builds; `builtin` says whether
/// it is the curated one (the published files, such as the data package,
/// describe only that one).
pub fn with_dataset<V: IntoView>(dataset: Arc<Dataset>, builtin: bool, children: impl FnOnce() -> V) -> V {
    provide_context(ShownDataset { dataset, builtin });
    children()
}

pub fn lang() -> Lang {
    expect_context::<PageContext>().lang
}

pub fn theme() -> Signal<Theme> {
    expect_context::<PageContext>().theme
}

pub fn dataset() -> Arc<Dataset> {
    expect_context::<ShownDataset>().dataset
}

/// Whether the dataset shown is the built-in one.
pub fn shows_builtin() -> bool {
    expect_context::<ShownDataset>().builtin
}
