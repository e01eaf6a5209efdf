//! `make data`: validates a dataset file (by default `data/dataset.json`) and
//! prints the figures the dashboard will show from it, so an editor sees the
//! effect of a change before committing. Exits 1 with every validation error,
//! each with its line and column, when the file is not a valid dataset. The
//! live dataset is then archived as a published version
//! (`data/versions/<as_of>.json`, `data::versions`).

use std::path::Path;
use xiaomi_ev_dashboard::analysis::report::data_report;
use xiaomi_ev_dashboard::data::versions::{self, Archived};
use xiaomi_ev_dashboard::data::{error_report, parse_dataset};

const LIVE: &str = "data/dataset.json";

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| LIVE.to_owned());
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
            // Only the live dataset is published; a file checked before it is not.
            if path == LIVE {
                let folder = Path::new(LIVE).with_file_name(versions::FOLDER);
                match versions::archive(&json, dataset.as_of, &folder) {
                    Ok(Archived::Added(file)) => {
                        println!("\nPublished as version {} ({}): commit it.", dataset.as_of, file.display())
                    }
                    Ok(Archived::AlreadyKept(file)) => {
                        println!("\nVersion {} is kept as {}.", dataset.as_of, file.display())
                    }
                    Err(message) => {
                        eprintln!("{message}");
                        std::process::exit(1);
                    }
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
