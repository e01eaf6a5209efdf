#[cfg(target_arch = "wasm32")]
fn main() {
    xiaomi_ev_dashboard::views::start();
}

/// Natively the binary writes every chart as a static SVG, the fallback image
/// for embeds where scripts cannot run: `xiaomi-ev-dashboard <out-dir>`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let out_dir = std::env::args().nth(1).unwrap_or_else(|| "dist/static".to_owned());
    match xiaomi_ev_dashboard::charts::write_static_svgs(std::path::Path::new(&out_dir)) {
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
