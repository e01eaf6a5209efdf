//! `make data`: validates a dataset file (by default `data/dataset.json`) and
//! prints the figures the dashboard will show from it, so an editor sees the
//! effect of a change before committing. Exits 1 with every validation error,
//! each with its line and column, when the file is not a valid dataset.

use xiaomi_ev_dashboard::analysis::report::data_report;
use xiaomi_ev_dashboard::data::{locate, parse_dataset};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data/dataset.json".to_owned());
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("{path}: cannot be read: {error}");
            std::process::exit(1);
        }
    };
    match parse_dataset(&json) {
        Ok(dataset) => print!("{path}\n{}", data_report(&dataset)),
        Err(errors) => {
            eprintln!("{path}: {} error{}, nothing changed:", errors.len(), if errors.len() == 1 { "" } else { "s" });
            for error in errors {
                match locate(&json, &error.location) {
                    Some((line, column)) => eprintln!("  {path}:{line}:{column}: {error}"),
                    None => eprintln!("  {path}: {error}"),
                }
            }
            std::process::exit(1);
        }
    }
}
