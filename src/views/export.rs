//! Rust side of downloads and the clipboard; the browser-only steps are in export.js.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/views/export.js")]
extern "C" {
    pub fn download_text(text: &str, mime: &str, name: &str);
    #[wasm_bindgen(catch)]
    async fn download_png(svg: &str, width: u32, height: u32, scale: f64, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn copy_png(svg: &str, width: u32, height: u32, scale: f64) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn copy_text(text: &str) -> Result<JsValue, JsValue>;
}

fn message(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

pub async fn png(svg: &str, width: u32, height: u32, name: &str) -> Result<(), String> {
    download_png(svg, width, height, 2.0, name).await.map(|_| ()).map_err(message)
}

pub async fn image_to_clipboard(svg: &str, width: u32, height: u32) -> Result<(), String> {
    copy_png(svg, width, height, 2.0).await.map(|_| ()).map_err(message)
}

pub async fn text_to_clipboard(text: &str) -> Result<(), String> {
    copy_text(text).await.map(|_| ()).map_err(message)
}
