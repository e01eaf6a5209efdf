//! The dataset: schema, loading and validation. Knows nothing of charts.

pub mod period;
pub mod schema;
pub mod validate;

pub use period::{Date, Granularity, Period};
pub use schema::*;
pub use validate::{validate, DataError};

/// The curated dataset, compiled into the app so the default view needs no fetch.
pub const BUILTIN_JSON: &str = include_str!("../../data/dataset.json");

/// Parses and validates a dataset. A JSON or schema error is reported with its
/// line and column; rule violations come back as a list, all at once.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<DataError>> {
    let dataset: Dataset = serde_json::from_str(json).map_err(|error| {
        vec![DataError::new(format!("line {}, column {}", error.line(), error.column()), json_error_message(&error))]
    })?;
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

fn json_error_message(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    // serde_json appends " at line L column C"; the location is reported separately.
    let text = error.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text).to_owned();
    match error.classify() {
        Category::Syntax => format!("invalid JSON: {text}"),
        Category::Eof => format!("the file ends too early: {text}"),
        Category::Data => format!("does not match the dataset schema: {text}"),
        Category::Io => text,
    }
}

/// The built-in dataset. Its validity is asserted by `cargo test`, so an error
/// here means a broken build; the views still show it rather than panic.
pub fn builtin() -> Result<Dataset, Vec<DataError>> {
    parse_dataset(BUILTIN_JSON)
}

#[cfg(test)]
mod tests;
