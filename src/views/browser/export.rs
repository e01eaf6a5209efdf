//! Downloads and the clipboard, in the browser; the browser-only steps are
//! in export.js. Part of `browser`; `host.rs` answers the same on the host.

use super::Failure;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/views/browser/export.js")]
extern "C" {
    #[wasm_bindgen(js_name = download_text)]
    fn save_text(text: &str, mime: &str, name: &str);
    #[wasm_bindgen(catch, js_name = download_png)]
    async fn save_png(svg: &str, width: u32, height: u32, scale: f64, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = copy_png)]
    async fn clip_png(svg: &str, width: u32, height: u32, scale: f64) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = copy_text)]
    async fn clip_text(text: &str) -> Result<JsValue, JsValue>;
}

/// From the error export.js threw: its code, or the browser's error name.
fn failure(error: JsValue) -> Failure {
    Failure::named(&error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default())
}

/// Saves `text` as a file `name` of type `mime`.
pub fn download_text(text: &str, mime: &str, name: &str) {
    save_text(text, mime, name);
}

/// Saves the SVG `svg` (`width` by `height`) as a PNG file `name`, at twice its size.
pub async fn download_png(svg: &str, width: u32, height: u32, name: &str) -> Result<(), Failure> {
    save_png(svg, width, height, 2.0, name).await.map(|_| ()).map_err(failure)
}

/// Copies the SVG `svg` as a PNG image, at twice its size.
pub async fn copy_image(svg: &str, width: u32, height: u32) -> Result<(), Failure> {
    clip_png(svg, width, height, 2.0).await.map(|_| ()).map_err(failure)
}

pub async fn copy_text(text: &str) -> Result<(), Failure> {
    clip_text(text).await.map(|_| ()).map_err(failure)
}
