//! The chart list is defined once, by the `charts!` list in `charts/mod.rs` (ids, reading
//! order, toggles and their URL parameters, what each shows); what repeats it
//! outside the code (the README's tables, the browser tests' chart lists) is
//! checked against it here.
#![expect(clippy::expect_used, reason = "the helpers read the source tree; an unreadable file is a failed test")]

use std::fs;
use std::path::Path;
use xiaomi_ev_dashboard::charts::{ChartId, ChartSettings};
use xiaomi_ev_dashboard::text::Lang;

fn read(relative: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).expect("readable file")
}

/// Every `code` span in `text`.
fn code_spans(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn builtin() -> xiaomi_ev_dashboard::data::Dataset {
    xiaomi_ev_dashboard::data::builtin().expect("the built-in dataset is valid")
}

/// An option id with its year written as `<year>`.
fn as_pattern(id: &str) -> String {
    let pattern = match id.split_at_checked(4) {
        Some((year, rest)) if year.bytes().all(|b| b.is_ascii_digit()) => format!("<year>{rest}"),
        _ => id.to_owned(),
    };
    // `<year>-q1`: any quarter.
    match pattern.strip_suffix(|c: char| ('1'..='4').contains(&c)).and_then(|p| p.strip_suffix("-q")) {
        Some(year) => format!("{year}-q<quarter>"),
        None => pattern,
    }
}

/// A documented pattern as an address writes it: `<year>-q<quarter>` as `2026-q1`.
fn example_of(pattern: &str) -> String {
    pattern.replace("<year>", "2026").replace("<quarter>", "1")
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
    assert_eq!(rows.len(), ChartId::COUNT, "one row per chart");
    for (row, chart) in rows.iter().zip(ChartId::ALL.map(ChartId::chart)) {
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
        // A toggle whose choices follow the data documents them as patterns:
        // `<year>-so-far` stands for `2026-so-far`.
        let mut values: Vec<&str> = code_spans(cells[2]);
        values.sort_unstable();
        let default = ChartSettings::default().selected(chart).expect("a toggle has a default");
        let mut options: Vec<String> =
            chart.toggle_options(&builtin(), Lang::En).into_iter().map(|o| as_pattern(&o.id)).collect();
        options.push(default.clone());
        options.sort_unstable();
        options.dedup();
        // Every choice the data offers is documented, and every documented value is one an address may use
        // (a pattern the data offers no instance of today, such as a quarter, may stay documented).
        for option in &options {
            assert!(values.contains(&option.as_str()), "`{param}={option}` is not in the README: {values:?}");
        }
        for value in &values {
            let mut settings = ChartSettings::default();
            assert!(
                settings.set(chart, &example_of(value)),
                "the README documents `{param}={value}`, which is refused"
            );
        }
        assert_eq!(code_spans(cells[3]), [default], "default of `{param}`");
        assert!(cells[4].contains(&format!("`{}`", chart.id())), "the row for `{param}` names `{}`", chart.id());
    }
}

#[test]
fn the_readme_parameter_table_lists_every_language() {
    let readme = read("README.md");
    let contract = &readme[readme.find("## URL contract").expect("the README has the URL contract")..];
    let row = contract.lines().find(|line| line.starts_with("| `lang` |")).expect("a row for `lang`");
    let cells: Vec<&str> = row.split('|').map(str::trim).collect();
    let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    assert_eq!(code_spans(cells[2]), codes, "the languages, in the registry's order");
}

#[test]
fn the_browser_tests_spell_out_no_chart_list_and_no_language_list() {
    // They read both from the build's charts.json (tests/browser/fixtures.js),
    // so a new chart or language needs no test change.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let quoted = |name: &str| [format!("'{name}'"), format!("\"{name}\"")];
    let languages: Vec<[String; 2]> = Lang::ALL.iter().map(|l| quoted(l.code())).collect();
    let charts: Vec<[String; 2]> = chart_ids().into_iter().map(quoted).collect();
    let mut read = 0;
    for entry in fs::read_dir(&dir).expect("tests/browser exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let source = fs::read_to_string(&path).expect("readable test");
        read += 1;
        for line in source.lines() {
            let named =
                |names: &[[String; 2]]| names.iter().filter(|n| n.iter().any(|q| line.contains(q.as_str()))).count();
            assert!(named(&charts) < 3, "{}: a list of charts: {line}", path.display());
            assert!(named(&languages) < Lang::ALL.len(), "{}: a list of languages: {line}", path.display());
        }
    }
    assert!(read >= 10, "read the browser tests ({read})");
}
