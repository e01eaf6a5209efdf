//! The dataset: schema, loading and validation. Knows nothing of charts.

pub mod claim;
pub mod ids;
pub mod lang;

/// The data package's name: the build publishes it as `data/<name>/` and
/// `data/<name>.zip` beside the app (`package`), and the page links to it.
pub const PACKAGE_NAME: &str = "xiaomi-ev-data";
// Written by the build on the host; the browser links to the files.
#[cfg(not(target_arch = "wasm32"))]
pub mod package;
pub mod period;
pub mod schema;
pub mod validate;
// Reads and writes files: used by the native tools only (the browser never links it).
pub mod versions;

pub use claim::{Claim, ClaimCheck, ClaimCheckFields, StatedValue};
pub use lang::Text;
pub use period::{Date, Granularity, Period};
pub use schema::*;
pub use validate::{validate, DataError};

/// The curated dataset, for the native tools (tests, static charts, `make
/// data`). The browser app fetches the same file from the build output
/// instead (`views::custom::fetch_builtin`), so it is not in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN_JSON: &str = include_str!("../../data/dataset.json");

/// Parses and validates a dataset. A JSON or schema error is reported with its
/// line and column; rule violations come back as a list, all at once.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<DataError>> {
    let dataset: Dataset = serde_json::from_str(json).map_err(|error| {
        let message = if names_a_value_of_another_type(json, &error) {
            "does not match the dataset schema: a name in quotes is expected here".to_owned()
        } else {
            json_error_message(&error)
        };
        vec![DataError::new(format!("line {}, column {}", error.line(), error.column()), message)]
    })?;
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Whether `error` is serde_json's "expected value" where the file holds a
/// well-formed value: what it reports when a field that takes a name (an
/// enum: `"unit": "vehicles"`) holds a number, `null`, `true` or a list. That
/// is a schema error, not a syntax error.
fn names_a_value_of_another_type(json: &str, error: &serde_json::Error) -> bool {
    if error.classify() != serde_json::error::Category::Syntax || !error.to_string().starts_with("expected value ") {
        return false;
    }
    let line = json.lines().nth(error.line().saturating_sub(1)).unwrap_or_default();
    // serde_json counts columns in bytes.
    let found = line.as_bytes().get(error.column().saturating_sub(1));
    found.is_some_and(|c| c.is_ascii_digit() || matches!(c, b'-' | b't' | b'f' | b'n' | b'['))
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

/// An error in the file at `path` as `make data` shows it: where it is
/// (`path:line:column: `, which an editor jumps to) when that can be found,
/// then what is wrong.
pub fn error_report(path: &str, json: &str, error: &DataError) -> String {
    if let Some((line, column)) = position(&error.location) {
        return format!("{path}:{line}:{column}: {}", error.message);
    }
    match locate(json, &error.location) {
        Some((line, column)) => format!("{path}:{line}:{column}: {error}"),
        None => format!("{path}: {error}"),
    }
}

/// The (line, column) of a JSON error's location, `line 12, column 5`.
fn position(location: &str) -> Option<(usize, usize)> {
    let (line, column) = location.strip_prefix("line ")?.split_once(", column ")?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// Where in `json` a validation error's location (`series "id", value P`,
/// `source "id"`, ...) is, as 1-based (line, column), so an editor can jump
/// to it. `None` when the location names nothing that can be found.
pub fn locate(json: &str, location: &str) -> Option<(usize, usize)> {
    let id = location.split('"').nth(1)?;
    let needle = format!("\"{id}\"");
    // The entry itself: `"id": "<id>"`, not a reference to it elsewhere.
    let entry = json.match_indices(&needle).map(|(at, _)| at).find(|&at| {
        let before: String = json[..at].chars().rev().filter(|c| !c.is_whitespace()).take(5).collect();
        before == ":\"di\""
    })?;
    let at = match location.split_once(", value ") {
        Some((_, period)) => entry + json[entry..].find(&format!("\"{}\"", period.trim()))?,
        None => entry,
    };
    let line = json[..at].matches('\n').count() + 1;
    let column = at - json[..at].rfind('\n').map_or(0, |newline| newline + 1) + 1;
    Some((line, column))
}

/// The built-in dataset. Its validity is asserted by `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin() -> Result<Dataset, Vec<DataError>> {
    parse_dataset(BUILTIN_JSON)
}

/// A frozen copy of the dataset as it stood on 1 February 2026. Behaviour
/// tests pin its figures, so `data/dataset.json` can change without a test
/// changing; the live file only gets invariant checks (`test_datasets`).
#[cfg(test)]
pub const FIXTURE_JSON: &str = include_str!("../../tests/fixtures/dataset.json");

#[cfg(test)]
pub fn fixture() -> Dataset {
    parse_dataset(FIXTURE_JSON).unwrap_or_else(|errors| panic!("tests/fixtures/dataset.json is invalid: {errors:?}"))
}

#[cfg(test)]
pub mod test_datasets;

#[cfg(test)]
mod reading_tests;
#[cfg(test)]
mod tests;
