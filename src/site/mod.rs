//! The static site the build writes beside the app (host only; `src/main.rs`
//! calls [`write`]): every page prerendered into the built `index.html`
//! (`pages`, one `page` each), what search engines and publishing tools read
//! (`discovery`: addresses, sitemap, robots, JSON-LD, oEmbed), every chart as
//! a static SVG and as a link preview PNG (`preview`), the data package and
//! every published version of the data with what changed in each
//! (`change_pages`). The top layer: it uses the views to
//! render pages, and nothing uses it.

pub mod change_pages;
mod discovery;
pub mod page;
pub mod pages;
pub mod preview;

use crate::analysis::changes;
use crate::charts::{self, ChartId, ChartOptions, ChartSettings, Theme};
use crate::data::{self, Dataset};
use crate::text::Lang;
use std::path::{Path, PathBuf};

/// Writes the static site into `site` (the built app's folder) and returns
/// the paths written.
pub fn write(site: &Path) -> Result<Vec<PathBuf>, String> {
    let dataset =
        data::builtin().map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let site_url = pages::site_url();
    if site_url.is_none() {
        eprintln!(
            "note: {} is not set (or not an http(s) address), so link previews use relative addresses, \
             which chat apps and social sites cannot resolve. Set it to the site's public address to fix.",
            pages::SITE_URL_VARIABLE
        );
    }
    let mut written = static_svgs(&dataset, &site.join("static"))?;
    written.extend(pages::write_all(&dataset, site, site_url.as_deref())?);
    let kept = Path::new("data").join(data::versions::FOLDER);
    let versions = data::versions::read(&kept)?;
    let history = changes::history(&versions);
    written.extend(data::package::write(&dataset, &[changes::table(&history)], site)?);
    written.extend(data::versions::publish(&kept, site)?);
    written.extend(change_pages::write(&versions, &history, site)?);
    written.extend(preview::write_all(&dataset, site)?);
    Ok(written)
}

/// Every chart, in both themes, as standalone SVG files in `dir`: the static
/// fallback for embeds where scripts cannot run.
fn static_svgs(dataset: &Dataset, dir: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for id in ChartId::ALL {
        // One image per chart, in the first language: embed code names one file.
        let model = charts::build(id, dataset, &ChartSettings::default(), Lang::DEFAULT);
        for (theme, suffix) in [(Theme::Light, ""), (Theme::Dark, "-dark")] {
            let options = ChartOptions { width: 800, height: 560, theme, standalone: true };
            let svg = charts::render_svg(&model, &options);
            // Embed code pasted before a chart was renamed keeps its image.
            for slug in id.slugs() {
                let path = dir.join(format!("{slug}{suffix}.svg"));
                std::fs::write(&path, &svg).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                written.push(path);
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests;
