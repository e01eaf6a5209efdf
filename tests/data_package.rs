//! The data package the build publishes ("Download all data") holds every
//! published figure a chart draws and every milestone it marks, with a file
//! per series that its descriptor lists. Checked on the frozen fixture and on
//! the live dataset (an invariant: it holds whatever the data says).
//! `make test` also validates the built package with the Frictionless
//! reference validator (`make data-package-test`).

use std::collections::HashMap;
use xiaomi_ev_dashboard::analysis::changes;
use xiaomi_ev_dashboard::charts::{self, ChartId, ChartSettings};
use xiaomi_ev_dashboard::data::{builtin, package, parse_dataset, versions, Dataset};
use xiaomi_ev_dashboard::text::Lang;

#[expect(clippy::expect_used, reason = "a dataset that does not parse fails every test that reads it")]
fn datasets() -> Vec<(&'static str, Dataset)> {
    let fixture = parse_dataset(include_str!("fixtures/dataset.json")).expect("the fixture parses");
    let live = builtin().expect("data/dataset.json parses");
    vec![("fixture", fixture), ("live", live)]
}

/// The cells of one CSV row, unquoted (RFC 4180).
fn cells(row: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted, mut chars) = (Vec::new(), String::new(), false, row.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// The data rows of a CSV file, each as (column name, cell) pairs.
fn rows(csv: &str) -> Vec<HashMap<String, String>> {
    let mut lines = csv.split("\r\n").filter(|row| !row.is_empty());
    let header = cells(lines.next().unwrap_or_default());
    lines.map(|row| header.iter().cloned().zip(cells(row)).collect()).collect()
}

fn number(cell: &str) -> Option<f64> {
    cell.parse().ok()
}

#[test]
fn every_published_figure_a_chart_draws_is_in_the_package() {
    for (name, dataset) in datasets() {
        let files: HashMap<String, String> = package::files(&dataset, &[]).into_iter().collect();
        let mut checked = 0;
        for id in ChartId::ALL {
            for settings in ChartSettings::variants(id, &dataset) {
                let model = charts::build(id, &dataset, &settings, Lang::En);
                for point in model.points.iter().filter(|p| p.derivation.is_none()) {
                    let csv = files
                        .get(&format!("{}.csv", point.series_id))
                        .unwrap_or_else(|| panic!("{name}: {id:?} draws {}, which has no file", point.series_id));
                    let period = point.period.to_string();
                    // A change a source states is drawn as a figure of its own.
                    let found = rows(csv).iter().any(|row| {
                        row["period"] == period
                            && [&row["value"], &row["stated_change_pct"]].iter().any(|v| number(v) == Some(point.value))
                    });
                    assert!(found, "{name}: {} {period} = {} is not in the package", point.series_id, point.value);
                    checked += 1;
                }
                for annotation in model.annotations.iter().filter(|a| a.value.is_some()) {
                    let milestones = rows(&files["milestones.csv"]);
                    let dated = milestones.iter().any(|row| {
                        number(&row["cumulative"]) == annotation.value && annotation.label.contains(&row["title"])
                    });
                    assert!(dated, "{name}: the milestone \"{}\" is not in milestones.csv", annotation.label);
                }
            }
        }
        assert!(checked > 50, "{name}: checked the charts' published figures ({checked})");
    }
}

#[test]
fn the_descriptor_lists_every_file_with_its_fields_sources_and_licence() {
    let kept = versions::read(std::path::Path::new("data/versions")).expect("every kept version reads");
    let live_changes = changes::table(&changes::history(&kept));
    for (name, dataset) in datasets() {
        // The live package carries what changed in each version; a table with no rows is still described.
        let tables = [if name == "live" { live_changes.clone() } else { changes::table(&[]) }];
        let files = package::files(&dataset, &tables);
        let (first, descriptor) = &files[0];
        assert_eq!(first, "datapackage.json");
        let descriptor: serde_json::Value = serde_json::from_str(descriptor).expect("datapackage.json is JSON");
        let resources = descriptor["resources"].as_array().expect("resources");
        let paths: Vec<&str> = resources.iter().filter_map(|r| r["path"].as_str()).collect();
        let csvs: Vec<&str> = files.iter().skip(1).map(|(n, _)| n.as_str()).collect();
        assert_eq!(paths, csvs, "{name}: one resource per CSV file, in order");
        assert_eq!(
            resources.len(),
            dataset.series.len() + 3,
            "{name}: every series, the sources, milestones and changes"
        );
        for resource in resources {
            let fields = resource["schema"]["fields"].as_array().expect("a schema");
            let header = &files.iter().find(|(n, _)| resource["path"] == n.as_str()).expect("its file").1;
            let names: Vec<&str> = fields.iter().filter_map(|f| f["name"].as_str()).collect();
            assert_eq!(header.lines().next().map(|h| h.split(',').collect::<Vec<_>>()), Some(names));
        }
        let sources = descriptor["sources"].as_array().expect("sources");
        assert_eq!(sources.len(), dataset.sources.len(), "{name}: every source");
        let with_address = dataset.sources.iter().filter(|s| s.url.is_some()).count();
        assert_eq!(sources.iter().filter(|s| s["path"].is_string()).count(), with_address, "{name}: their addresses");
        assert_eq!(descriptor["licenses"][0]["name"], "CC-BY-4.0");
    }
}
