//! Rust side of downloads and the clipboard; the browser-only steps are in export.js.

use crate::text::{messages, Lang};
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

/// Why an export failed, as the reader is told it (`words`).
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    SvgNotDrawn,
    PngNotEncoded,
    NoImageClipboard,
    NoClipboard,
    /// The browser refused (a permission, a policy): its error's name.
    Refused(String),
}

impl Failure {
    /// From the error export.js threw: its code, or the browser's error name.
    fn from_js(error: JsValue) -> Failure {
        let name = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
        Failure::named(&name)
    }

    pub fn named(name: &str) -> Failure {
        match name {
            "svg-not-drawn" => Failure::SvgNotDrawn,
            "png-not-encoded" => Failure::PngNotEncoded,
            "no-image-clipboard" => Failure::NoImageClipboard,
            "no-clipboard" => Failure::NoClipboard,
            other => Failure::Refused(other.to_owned()),
        }
    }

    /// What went wrong, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let text = messages(lang);
        match self {
            Failure::SvgNotDrawn => text.export_svg_not_drawn.to_owned(),
            Failure::PngNotEncoded => text.export_png_not_encoded.to_owned(),
            Failure::NoImageClipboard => text.export_no_image_clipboard.to_owned(),
            Failure::NoClipboard => text.export_no_clipboard.to_owned(),
            Failure::Refused(name) => text.export_refused(name),
        }
    }
}

pub async fn png(svg: &str, width: u32, height: u32, name: &str) -> Result<(), Failure> {
    download_png(svg, width, height, 2.0, name).await.map(|_| ()).map_err(Failure::from_js)
}

pub async fn image_to_clipboard(svg: &str, width: u32, height: u32) -> Result<(), Failure> {
    copy_png(svg, width, height, 2.0).await.map(|_| ()).map_err(Failure::from_js)
}

pub async fn text_to_clipboard(text: &str) -> Result<(), Failure> {
    copy_text(text).await.map(|_| ()).map_err(Failure::from_js)
}
