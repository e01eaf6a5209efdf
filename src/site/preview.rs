//! Link previews (host only): each chart as a 1200 × 630 PNG, the size chat
//! apps and social sites show, with its title, takeaway and source line. The
//! same chart code draws the SVG; resvg rasterises it with the system's fonts
//! (Noto Sans CJK for Chinese, which the Makefile installs).

use crate::charts::{render_svg, ChartModel, ChartOptions, Theme};
use resvg::{tiny_skia, usvg};
use std::sync::Arc;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Where a chart's preview is published, beside `index.html`.
pub fn image_path(chart: &str, lang: crate::text::Lang) -> String {
    format!("static/preview-{chart}-{}.png", lang.code())
}

/// The fonts installed on this machine, loaded once for every preview.
pub fn system_fonts() -> Arc<usvg::fontdb::Database> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    Arc::new(fonts)
}

/// The chart, drawn light at the preview's size with its title and source line.
pub fn png(model: &ChartModel, fonts: &Arc<usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = ChartOptions { width: WIDTH, height: HEIGHT, theme: Theme::Light, standalone: true };
    let svg = render_svg(model, &options);
    let parse = usvg::Options { fontdb: fonts.clone(), ..usvg::Options::default() };
    let tree =
        usvg::Tree::from_str(&svg, &parse).map_err(|e| format!("{:?}: the SVG does not parse: {e}", model.id))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("a preview needs a non-empty size")?;
    resvg::render(&tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("{:?}: cannot encode the PNG: {e}", model.id))
}

/// Characters of `text` that no loaded font can draw (they would show as boxes).
pub fn missing_glyphs(text: &str, fonts: &usvg::fontdb::Database) -> Vec<char> {
    use skrifa::MetadataProvider;
    let covered = |c: char| {
        fonts.faces().any(|face| {
            fonts
                .with_face_data(face.id, |data, index| {
                    skrifa::FontRef::from_index(data, index).is_ok_and(|font| font.charmap().map(c).is_some())
                })
                .unwrap_or(false)
        })
    };
    text.chars().filter(|c| !c.is_whitespace() && !covered(*c)).collect()
}

/// Writes every chart's preview, in each language, into `<site>/static/`.
/// Fails, saying what to install, when no font can draw the Chinese text.
pub fn write_all(dataset: &crate::data::Dataset, site: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    use crate::charts::{build, ChartId, ChartSettings};
    use crate::text::Lang;
    let fonts = system_fonts();
    let mut written = Vec::new();
    for lang in Lang::ALL {
        let missing = missing_glyphs(crate::text::ui(lang).product_name, &fonts);
        if !missing.is_empty() {
            return Err(format!(
                "no installed font draws {missing:?}, so the {} link previews would show boxes: install fonts-noto-cjk",
                lang.code()
            ));
        }
        for id in ChartId::ALL {
            let model = build(id, dataset, &ChartSettings::default(), lang);
            let image = png(&model, &fonts)?;
            // Posts shared before a chart was renamed keep their image.
            for slug in id.slugs() {
                let path = site.join(image_path(slug, lang));
                std::fs::write(&path, &image).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                written.push(path);
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_no_loaded_font_has_is_reported_missing() {
        let empty = usvg::fontdb::Database::new();
        assert_eq!(missing_glyphs("小米 EV", &empty), ['小', '米', 'E', 'V']);
    }
}
