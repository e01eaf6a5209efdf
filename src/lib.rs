//! Xiaomi EV dashboard.
//!
//! Layers, each depending only on the ones above it:
//! - [`sort`]: the one sort every layer uses (one copy of the sort code in the wasm).
//! - [`csv`]: the one way every CSV file quotes its cells.
//! - [`data`]: the dataset schema, loading and validation. Knows nothing of charts.
//! - [`format`]: locale-aware number and date formatting.
//! - [`analysis`]: pure derived figures (growth, cumulative, target pace, claim checks).
//! - [`charts`]: pure functions from data and options to a chart model and SVG.
//! - [`route`]: the URL query contract, parsed without a browser.
//! - [`views`]: Leptos components that wire signals to the above; rendered in
//!   the browser (wasm32) and to HTML on the host, for the prerendered pages.

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
