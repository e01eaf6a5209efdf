//! The browser boundary: every call the views make to the browser goes
//! through here, and nothing outside this folder names `web_sys` or
//! `js_sys`. Two implementations with the same signatures, which
//! tests/structure.rs compares:
//! - in the browser (wasm32): `web` (the page, its address, storage,
//!   observers, the crash notice), `takeover` (the app taking over the
//!   prerendered page, with takeover.js), `windows` (the slides' windows),
//!   `export` (downloads and the clipboard, with export.js) and `fetch` (a
//!   dataset over the network);
//! - on the host (`host`): the prerenderer's stand-ins, answering as for a
//!   reader who has just arrived, and registering, storing and fetching nothing.
//!
//! Each answer fails soft: outside a normal window (sandboxed frames, storage
//! off) the browser side falls back to the host's defaults.

#![cfg_attr(
    not(target_arch = "wasm32"),
    allow(
        dead_code,
        reason = "the host mirrors the whole boundary; some of it serves only code that runs in the browser"
    )
)]

use crate::text::{messages, Lang};

#[cfg(target_arch = "wasm32")]
mod export;
#[cfg(target_arch = "wasm32")]
mod fetch;
#[cfg(not(target_arch = "wasm32"))]
mod host;
#[cfg(target_arch = "wasm32")]
mod takeover;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
mod windows;

#[cfg(target_arch = "wasm32")]
pub use {export::*, fetch::*, takeover::*, web::*, windows::*};

#[cfg(not(target_arch = "wasm32"))]
pub use host::*;

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
    /// From a failure's code (export.js) or the browser's error name.
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

#[cfg(test)]
mod tests {
    use super::Failure;
    use crate::text::Lang;

    #[test]
    fn an_export_failure_is_worded_in_each_language_and_a_refusal_keeps_the_browsers_name() {
        for code in ["svg-not-drawn", "png-not-encoded", "no-image-clipboard", "no-clipboard"] {
            let failure = Failure::named(code);
            assert!(!matches!(failure, Failure::Refused(_)), "{code}");
            assert_ne!(failure.words(Lang::En), failure.words(Lang::ZhCn), "{code}");
        }
        let refused = Failure::named("NotAllowedError");
        assert_eq!(refused, Failure::Refused("NotAllowedError".to_owned()));
        assert!(refused.words(Lang::ZhCn).contains("NotAllowedError"));
    }
}
