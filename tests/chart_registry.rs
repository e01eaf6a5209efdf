//! The chart list is defined once, by `charts::registry::CHARTS` (ids, reading
//! order, toggles and their URL parameters, what each shows); what repeats it
//! outside the code (the README's tables, the browser tests' chart lists) is
//! checked against it here.

use std::fs;
use std::path::Path;
use xiaomi_ev_dashboard::charts::registry::CHARTS;
use xiaomi_ev_dashboard::charts::{ChartId, ChartSettings};
use xiaomi_ev_dashboard::data::Lang;

fn read(relative: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).expect("readable file")
}

/// Every `code` span in `text`.
fn code_spans(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn chart_ids() -> Vec<&'static str> {
    ChartId::ALL.iter().map(|c| c.id()).collect()
}

#[test]
fn the_readme_chart_table_is_the_registry_in_reading_order() {
    let readme = read("README.md");
    let start = readme.find("| chart id | what it shows | toggle parameter |").expect("the README has a chart table");
    let rows: Vec<Vec<&str>> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| line.split('|').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), CHARTS.len(), "one row per chart");
    for (row, chart) in rows.iter().zip(&CHARTS) {
        assert_eq!(code_spans(row[1]), [chart.slug]);
        assert_eq!(row[2], chart.shows, "what `{}` shows", chart.slug);
        let param: Vec<&str> = chart.toggle.as_ref().map(|t| t.param).into_iter().collect();
        assert_eq!(code_spans(row[3]), param, "toggle parameter of `{}`", chart.slug);
    }
}

#[test]
fn the_readme_parameter_table_has_each_toggle_with_its_values_and_default() {
    let readme = read("README.md");
    let contract = &readme[readme.find("## URL contract").expect("the README has the URL contract")..];
    for chart in ChartId::ALL {
        let Some(param) = chart.toggle_param() else { continue };
        let row = contract
            .lines()
            .find(|line| line.starts_with(&format!("| `{param}` |")))
            .unwrap_or_else(|| panic!("the README's parameter table has a row for `{param}`"));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let values: Vec<&str> = code_spans(cells[2]);
        let options: Vec<&str> = chart.toggle_options(Lang::En).iter().map(|o| o.id).collect();
        assert_eq!(values, options, "values of `{param}`");
        let default = ChartSettings::default().selected(chart).expect("a toggle has a default");
        assert_eq!(code_spans(cells[3]), [default], "default of `{param}`");
        assert!(cells[4].contains(&format!("`{}`", chart.id())), "the row for `{param}` names `{}`", chart.id());
    }
}

#[test]
fn every_chart_list_in_the_browser_tests_has_every_chart() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let mut expected = chart_ids();
    expected.sort_unstable();
    let mut lists = 0;
    for entry in fs::read_dir(&dir).expect("tests/browser exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let source = fs::read_to_string(&path).expect("readable test");
        // An array literal that names the first chart is a list of charts.
        for line in source.lines().filter(|l| l.contains("= ['deliveries'") || l.contains("= [\"deliveries\"")) {
            let inside = &line[line.find('[').expect("array") + 1..line.find(']').expect("one-line array")];
            let mut listed: Vec<&str> = inside.split(',').map(|s| s.trim().trim_matches(['\'', '"'])).collect();
            listed.sort_unstable();
            assert_eq!(listed, expected, "{}: {line}", path.display());
            lists += 1;
        }
    }
    assert!(lists >= 3, "found the browser tests' chart lists ({lists})");
}
