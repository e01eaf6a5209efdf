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

#[test]
fn publishing_an_edit_that_adds_a_month_and_corrects_a_figure_lists_exactly_those_two_changes() {
    let folder = std::env::temp_dir().join(format!("make-data-publish-{}", std::process::id()));
    let versions = folder.join("versions");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&versions).expect("a temporary folder");
    // The version before: the fixture, as published.
    let before: serde_json::Value = serde_json::from_str(FIXTURE).expect("the fixture");
    let as_of_before = before["as_of"].as_str().expect("as_of").to_owned();
    std::fs::write(versions.join(format!("{as_of_before}.json")), FIXTURE).expect("the version before");
    // The edit: a month added, a figure corrected, a new as_of.
    let mut after = before.clone();
    after["as_of"] = serde_json::json!("2026-03-01");
    let series = after["series"].as_array_mut().expect("series");
    let monthly = series.iter_mut().find(|s| s["id"] == "xiaomi-deliveries-month").expect("monthly deliveries");
    let values = monthly["values"].as_array_mut().expect("values");
    let mut month = values.last().expect("a month").clone();
    month["period"] = serde_json::json!("2026-02");
    month["value"] = serde_json::json!(30_000);
    values.push(month);
    let quarterly = series.iter_mut().find(|s| s["id"] == "xiaomi-deliveries-quarter").expect("quarterly deliveries");
    quarterly["values"][0]["value"] = serde_json::json!(27_308);
    let edited = folder.join("dataset.json");
    std::fs::write(&edited, serde_json::to_string_pretty(&after).expect("JSON")).expect("the edit");

    let output = Command::new(env!("CARGO_BIN_EXE_dataset-report"))
        .arg(&edited)
        .arg("--publish")
        .arg(&versions)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(versions.join("2026-03-01.json").exists(), "the edit is published as a version: {stdout}");
    let list = std::fs::read_to_string(versions.join("2026-03-01.changes.json")).expect("its change list");
    let list: serde_json::Value = serde_json::from_str(&list).expect("JSON");
    assert_eq!(list["from"], as_of_before.as_str());
    assert_eq!(list["to"], "2026-03-01");
    let count = |key: &str| list[key].as_array().map_or(usize::MAX, Vec::len);
    assert_eq!(
        (
            count("figures_added"),
            count("figures_changed"),
            count("figures_removed"),
            count("sources"),
            count("verdicts")
        ),
        (1, 1, 0, 0, 0),
        "{list:#}"
    );
    assert_eq!(list["figures_added"][0]["period"], "2026-02");
    assert_eq!(list["figures_changed"][0]["before"]["value"], 27_307.0);
    assert_eq!(list["figures_changed"][0]["after"]["value"], 27_308.0);
    let _ = std::fs::remove_dir_all(&folder);
}
