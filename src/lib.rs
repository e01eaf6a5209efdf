//! Xiaomi EV dashboard.
//!
//! Layers, each depending only on the ones above it (the list
//! tests/structure.rs checks, and docs/architecture.md and the README quote):
//! - [`text`]: the languages and every sentence the product writes.
//! - [`sort`]: the one sort every layer uses (one copy of the sort code in the wasm).
//! - [`csv`]: the one way every CSV file quotes its cells.
//! - [`data`]: the dataset schema, loading and validation. Knows nothing of charts.
//! - [`format`]: locale-aware number and date formatting.
//! - [`analysis`]: pure derived figures (growth, cumulative, target pace, claim checks).
//! - [`charts`]: pure functions from data and options to a chart model and SVG.
//! - [`route`]: the URL query contract and the one query parser, without a browser.
//! - [`custom_data`]: what decides whether a reader's `?data=` file loads.
//! - [`views`]: Leptos components that wire signals to the above; rendered in
//!   the browser (wasm32) and to HTML on the host, for the prerendered pages.
//! - [`site`]: the static site the build writes (host only): pages, images,
//!   link previews, the data package, versions, sitemap and oEmbed.

pub mod analysis;
pub mod charts;
pub mod csv;
pub mod custom_data;
pub mod data;
pub mod format;
pub mod route;
pub mod sort;
pub mod text;

pub mod views;

#[cfg(not(target_arch = "wasm32"))]
pub mod site;
