//! `make data`: validates a dataset file (by default `data/dataset.json`) and
//! prints the figures the dashboard will show from it, so an editor sees the
//! effect of a change before committing. Exits 1 with every validation error,
//! each with its line and column, when the file is not a valid dataset. The
//! live dataset is then archived as a published version
//! (`data/versions/<as_of>.json`, `data::versions`), and each version gets the
//! list of what changed since the one before (`<as_of>.changes.json`,
//! `analysis::changes`). `--publish <folder>` publishes another file into
//! another folder (the tests do).

use std::path::{Path, PathBuf};
use xiaomi_ev_dashboard::analysis::changes;
use xiaomi_ev_dashboard::analysis::report::data_report;
use xiaomi_ev_dashboard::data::versions::{self, Archived};
use xiaomi_ev_dashboard::data::{error_report, parse_dataset, Dataset};

const LIVE: &str = "data/dataset.json";

/// The file to check, and the folder of versions to publish it in, if any:
/// the live dataset is published in `data/versions/`; another file only
/// with `--publish <folder>`.
fn arguments() -> (String, Option<PathBuf>) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().filter(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| LIVE.to_owned());
    let named = args.iter().position(|a| a == "--publish").and_then(|at| args.get(at + 1)).map(PathBuf::from);
    let folder = named.or_else(|| (path == LIVE).then(|| Path::new(LIVE).with_file_name(versions::FOLDER)));
    (path, folder)
}

/// Keeps `json` as a version in `folder`, and writes the change list of
/// every kept version that lacks one.
fn publish(json: &str, dataset: &Dataset, folder: &Path) -> Result<(), String> {
    match versions::archive(json, dataset.as_of, folder)? {
        Archived::Added(file) => println!("\nPublished as version {} ({}): commit it.", dataset.as_of, file.display()),
        Archived::AlreadyKept(file) => println!("\nVersion {} is kept as {}.", dataset.as_of, file.display()),
    }
    let datasets = versions::read(folder)?;
    for (as_of, list) in changes::lists(&datasets) {
        let path = folder.join(versions::changes_file_name(as_of));
        if std::fs::read_to_string(&path).is_ok_and(|written| written == list) {
            continue;
        }
        std::fs::write(&path, list).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("What changed in version {as_of}: {} (commit it).", path.display());
    }
    Ok(())
}

fn main() {
    let (path, folder) = arguments();
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("{path}: cannot be read: {error}");
            std::process::exit(1);
        }
    };
    match parse_dataset(&json) {
        Ok(dataset) => {
            print!("{path}\n{}", data_report(&dataset));
            if let Some(folder) = folder {
                if let Err(message) = publish(&json, &dataset, &folder) {
                    eprintln!("{message}");
                    std::process::exit(1);
                }
            }
        }
        Err(errors) => {
            eprintln!("{path}: {} error{}, nothing changed:", errors.len(), if errors.len() == 1 { "" } else { "s" });
            for error in errors {
                eprintln!("  {}", error_report(&path, &json, &error));
            }
            std::process::exit(1);
        }
    }
}
