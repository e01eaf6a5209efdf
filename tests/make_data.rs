//! `make data` (the `dataset-report` binary) on a hand-edited file: each
//! mistake fails it, named with the line and column an editor jumps to, and
//! nothing is published.

// The helpers below are test code: a panic in them is a failed test.
#![cfg(test)]

use std::process::Command;

const FIXTURE: &str = include_str!("fixtures/dataset.json");

/// Runs `make data`'s binary on the fixture with its first `from` replaced by
/// `to`: its exit status and what it wrote to stderr.
fn make_data_on(name: &str, from: &str, to: &str) -> (bool, String) {
    assert!(FIXTURE.contains(from), "the fixture has no {from:?}");
    let path = std::env::temp_dir().join(format!("make-data-{}-{name}.json", std::process::id()));
    std::fs::write(&path, FIXTURE.replacen(from, to, 1)).expect("a temporary file");
    let output = Command::new(env!("CARGO_BIN_EXE_dataset-report")).arg(&path).output().expect("the binary runs");
    let _ = std::fs::remove_file(&path);
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&path.display().to_string(), "data.json");
    (output.status.success(), stderr)
}

/// The 1-based line and byte column of the `nth` (0-based) `needle` in `text` edited as above.
fn line_and_column(from: &str, to: &str, needle: &str, nth: usize) -> (usize, usize) {
    let text = FIXTURE.replacen(from, to, 1);
    let at = text.match_indices(needle).nth(nth).map(|(at, _)| at).expect("the needle");
    let line = text[..at].matches('\n').count() + 1;
    (line, at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1)
}

#[test]
fn a_key_written_twice_fails_at_its_second_writing() {
    let (from, to) = (r#""qualifier": "exact""#, r#""qualifier": "exact", "qualifier": "about""#);
    let (ok, stderr) = make_data_on("duplicate", from, to);
    let (line, column) = line_and_column(from, to, r#""qualifier": "about""#, 0);
    assert!(!ok, "{stderr}");
    // The column is the closing quote of the key written again.
    let wanted =
        format!("data.json:{line}:{}: does not match the dataset schema: duplicate field `qualifier`", column + 10);
    assert!(stderr.contains(&wanted), "{wanted}\n{stderr}");
}

#[test]
fn an_unknown_field_fails_where_it_is_written() {
    let (from, to) = (r#""qualifier": "exact""#, r#""qualifier": "exact", "colour": "red""#);
    let (ok, stderr) = make_data_on("unknown", from, to);
    let (line, column) = line_and_column(from, to, r#""colour""#, 0);
    assert!(!ok, "{stderr}");
    let wanted = format!("data.json:{line}:{}: does not match the dataset schema: unknown field `colour`", column + 7);
    assert!(stderr.contains(&wanted), "{wanted}\n{stderr}");
}

#[test]
fn a_wrong_type_fails_where_the_value_is() {
    let (from, to) = (r#""qualifier": "exact""#, r#""qualifier": 1"#);
    let (ok, stderr) = make_data_on("type", from, to);
    let (line, column) = line_and_column(from, to, r#""qualifier": 1"#, 0);
    assert!(!ok, "{stderr}");
    let wanted = format!(
        "data.json:{line}:{}: does not match the dataset schema: a name in quotes is expected here",
        column + 13
    );
    assert!(stderr.contains(&wanted), "{wanted}\n{stderr}");
    assert!(stderr.contains("nothing changed"), "{stderr}");
}
