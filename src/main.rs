#[cfg(target_arch = "wasm32")]
fn main() {
    xiaomi_ev_dashboard::views::start();
}

/// Natively the binary writes the static site beside the built app
/// (`site::write`: the prerendered pages, the static SVGs and link previews,
/// the data package and every published version of the data):
/// `xiaomi-ev-dashboard <site-dir>`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let site = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned()));
    match xiaomi_ev_dashboard::site::write(&site) {
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
