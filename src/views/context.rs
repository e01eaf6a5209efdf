//! What every view on a page shares: the page's language and theme, and the
//! dataset shown. `App` provides them once; a component reads them here
//! instead of taking them as props from every parent on the way down.
//!
//! The readers expect the context to be there: every view is rendered below
//! `App`, and the native tests prerender every page through it, so a view
//! placed outside would fail those tests before it reached a browser.

use crate::charts::{ChartId, ChartSettings, Theme};
use crate::data::{Dataset, Date};
use crate::text::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The page's language (fixed for the page's life) and theme (follows the
/// reader's choice and the system's setting).
#[derive(Clone, Copy)]
pub struct PageContext {
    pub lang: Lang,
    pub theme: Signal<Theme>,
    /// The charts the reader picked for a deck, in the order picked, each
    /// with its card's settings, read when the deck's address is made.
    slide_picks: RwSignal<Vec<(ChartId, RwSignal<ChartSettings>)>>,
}

/// Which data is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The built-in dataset, the latest published version: the one the
    /// pages were prerendered from and the published files describe.
    Latest,
    /// An older published version, kept under `data/versions/` (`?v=`).
    Kept,
    /// The reader's own file (`?data=`).
    Custom,
}

#[derive(Clone)]
struct ShownDataset {
    dataset: Arc<Dataset>,
    shown: Shown,
}

/// The latest published dataset, beside a kept version on screen, so a chart
/// can say what changed in it since.
#[derive(Clone)]
struct LatestDataset(Arc<Dataset>);

/// Provides the latest dataset to the views of a kept version.
pub fn provide_latest(latest: Arc<Dataset>) {
    provide_context(LatestDataset(latest));
}

/// The latest dataset, where a kept version is on screen.
pub fn latest_beside_kept() -> Option<Arc<Dataset>> {
    use_context::<LatestDataset>().map(|latest| latest.0).filter(|_| shown() == Shown::Kept)
}

pub fn provide_page(lang: Lang, theme: Signal<Theme>) {
    provide_context(PageContext { lang, theme, slide_picks: RwSignal::new(Vec::new()) });
}

/// Provides `dataset` to the views `children` builds, with which data it is.
pub fn with_dataset<V: IntoView>(dataset: Arc<Dataset>, shown: Shown, children: impl FnOnce() -> V) -> V {
    provide_context(ShownDataset { dataset, shown });
    children()
}

pub fn lang() -> Lang {
    expect_context::<PageContext>().lang
}

pub fn theme() -> Signal<Theme> {
    expect_context::<PageContext>().theme
}

/// The charts picked for a deck on this page (each chart's "Add to slides").
pub fn slide_picks() -> RwSignal<Vec<(ChartId, RwSignal<ChartSettings>)>> {
    expect_context::<PageContext>().slide_picks
}

pub fn dataset() -> Arc<Dataset> {
    expect_context::<ShownDataset>().dataset
}

pub fn shown() -> Shown {
    expect_context::<ShownDataset>().shown
}

/// Whether the dataset shown is the built-in one (the published files, such
/// as the data package, describe only that one).
pub fn shows_builtin() -> bool {
    shown() == Shown::Latest
}

/// The published version the figures on screen are, which an address can
/// name (`?v=`) to show the same figures later; none for a reader's own file.
pub fn published_version() -> Option<Date> {
    (shown() != Shown::Custom).then(|| dataset().as_of)
}
