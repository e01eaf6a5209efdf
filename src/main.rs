#[cfg(target_arch = "wasm32")]
fn main() {
    xiaomi_ev_dashboard::views::start();
}

/// Natively the binary writes what the build adds beside the app, into the
/// built site: every chart as a static SVG (`static/`, the fallback image for
/// embeds where scripts cannot run), the prerendered pages, filled into the
/// site's `index.html`, the data package (`data/xiaomi-ev-data/` and its
/// zip) and every published version of the data (`data/versions/`):
/// `xiaomi-ev-dashboard <site-dir>`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let site = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned()));
    let written = xiaomi_ev_dashboard::charts::write_static_svgs(&site.join("static")).and_then(|mut svgs| {
        let dataset = xiaomi_ev_dashboard::data::builtin()
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
        let site_url = xiaomi_ev_dashboard::views::pages::site_url();
        if site_url.is_none() {
            eprintln!(
                "note: {} is not set (or not an http(s) address), so link previews use relative addresses, \
                 which chat apps and social sites cannot resolve. Set it to the site's public address to fix.",
                xiaomi_ev_dashboard::views::pages::SITE_URL_VARIABLE
            );
        }
        svgs.extend(xiaomi_ev_dashboard::views::pages::write_all(&dataset, &site, site_url.as_deref())?);
        svgs.extend(xiaomi_ev_dashboard::data::package::write(&dataset, &site)?);
        let kept = std::path::Path::new("data").join(xiaomi_ev_dashboard::data::versions::FOLDER);
        svgs.extend(xiaomi_ev_dashboard::data::versions::publish(&kept, &site)?);
        svgs.extend(xiaomi_ev_dashboard::views::preview::write_all(&dataset, &site)?);
        Ok(svgs)
    });
    match written {
        Ok(written) => {
            for path in written {
                println!("wrote {}", path.display());
            }
        }
        Err(message) => {
            eprintln!("error: {message}");
            std::process::exit(1);
        }
    }
}
