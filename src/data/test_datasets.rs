//! The datasets the invariant tests run on: the frozen fixture, the fixture
//! moved on to 2027 (a new year's total and target), the live
//! `data/dataset.json`, and the live file after the monthly update that
//! `docs/data.md` walks an editor through. Invariants must hold on all of
//! them, so adding a month, a year or moving `as_of` never needs a test change.

use super::{fixture, parse_dataset, Dataset, BUILTIN_JSON};
use serde_json::Value as Json;

/// `(name, dataset)` for every dataset an invariant must hold on.
pub fn for_invariants() -> Vec<(&'static str, Dataset)> {
    let live = parse_dataset(BUILTIN_JSON).unwrap_or_else(|errors| panic!("data/dataset.json: {}", listed(&errors)));
    let edited = live_with_example_edit();
    let edited = parse_dataset(&edited.to_string())
        .unwrap_or_else(|errors| panic!("data/dataset.json after the docs/data.md example edit: {}", listed(&errors)));
    vec![
        ("fixture", fixture()),
        ("fixture moved on to 2027", moved_on()),
        ("live", live),
        ("live + example edit", edited),
    ]
}

/// `tests/fixtures/dataset-2027.json`: the fixture moved on to February 2027,
/// with 2026 complete (months, quarters, the total, other makers' years), a
/// 2027 target, January 2027 and a 2027 regional forecast. Invented figures.
pub fn moved_on() -> Dataset {
    parse_dataset(include_str!("../../tests/fixtures/dataset-2027.json"))
        .unwrap_or_else(|errors| panic!("tests/fixtures/dataset-2027.json: {}", listed(&errors)))
}

/// The fixture as a newer version (as of 1 March 2026) that adds a month to
/// Xiaomi's monthly deliveries (2026-02, 30,000) and corrects its first
/// quarter (27,307 to 27,308): the two changes a change list must name.
pub fn fixture_with_a_month_added_and_a_quarter_corrected() -> Dataset {
    let mut json: Json = serde_json::from_str(super::FIXTURE_JSON).expect("the fixture is JSON");
    json["as_of"] = serde_json::json!("2026-03-01");
    let series = json["series"].as_array_mut().expect("series");
    let monthly = series.iter_mut().find(|s| s["id"] == "xiaomi-deliveries-month").expect("monthly deliveries");
    let values = monthly["values"].as_array_mut().expect("values");
    let mut month = values.last().expect("a month").clone();
    month["period"] = serde_json::json!("2026-02");
    month["value"] = serde_json::json!(30_000);
    values.push(month);
    let quarterly = series.iter_mut().find(|s| s["id"] == "xiaomi-deliveries-quarter").expect("quarterly deliveries");
    quarterly["values"][0]["value"] = serde_json::json!(27_308);
    parse_dataset(&json.to_string()).unwrap_or_else(|errors| panic!("the newer fixture: {}", listed(&errors)))
}

/// The fixture with a first quarter of 2026 to compare: Xiaomi's weak
/// "at least 80,000" (a quarterly figure), NIO's exact quarterly filing
/// (83,465), Li Auto's three months (27,668 + 26,421 + 29,000, summed), and
/// Leapmotor's January alone (only part of the quarter), as of 15 April 2026. Figures as the
/// live data has them, Li Auto's March and Leapmotor's January invented.
pub fn fixture_with_a_quarter_to_compare() -> Dataset {
    let mut json: Json = serde_json::from_str(super::FIXTURE_JSON).expect("the fixture is JSON");
    // The data as of mid-April: the quarter has ended.
    json["as_of"] = serde_json::json!("2026-04-15");
    let source = json["sources"][0]["id"].clone();
    let value = |period: &str, value: u32, qualifier: &str| serde_json::json!({ "period": period, "value": value, "qualifier": qualifier, "kind": "actual", "sources": [source] });
    let series = json["series"].as_array_mut().expect("series");
    let xiaomi = series.iter_mut().find(|s| s["id"] == "xiaomi-deliveries-quarter").expect("Xiaomi's quarters");
    let mut weak_floor = value("2026-Q1", 80_000, "at_least");
    weak_floor["status"] = serde_json::json!("weak");
    xiaomi["values"].as_array_mut().expect("values").push(weak_floor);
    let li_auto = series.iter_mut().find(|s| s["id"] == "li-auto-deliveries-month").expect("Li Auto's months");
    let months = li_auto["values"].as_array_mut().expect("values");
    months.extend([value("2026-02", 26_421, "exact"), value("2026-03", 29_000, "exact")]);
    let maker_series = |id: &str, entity: &str, title: &str, includes: &str, values: Vec<Json>| {
        serde_json::json!({
            "id": id, "title": { "en": title, "zh-CN": title }, "entity": entity, "measure": "deliveries",
            "unit": "vehicles", "as_of": "2026-02-01", "includes": includes, "values": values,
        })
    };
    series.push(maker_series(
        "nio-deliveries-quarter",
        "nio",
        "NIO deliveries by quarter",
        "bev",
        vec![value("2026-Q1", 83_465, "exact")],
    ));
    series.push(maker_series(
        "leapmotor-deliveries-month",
        "leapmotor",
        "Leapmotor deliveries by month",
        "bev_erev",
        vec![value("2026-01", 32_100, "about")],
    ));
    parse_dataset(&json.to_string()).unwrap_or_else(|errors| panic!("the fixture with a quarter: {}", listed(&errors)))
}

fn listed(errors: &[super::DataError]) -> String {
    errors.iter().map(|e| format!("\n  {e}")).collect()
}

/// The JSON blocks of the "Example edit" section of docs/data.md, in order.
fn example_edit_blocks() -> Vec<Json> {
    let doc = include_str!("../../docs/data.md");
    let section = doc.split("## Example edit").nth(1).expect("docs/data.md has an \"## Example edit\" section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .split("```json")
        .skip(1)
        .map(|block| {
            let block = block.split("```").next().unwrap_or_default();
            serde_json::from_str(block)
                .unwrap_or_else(|e| panic!("docs/data.md example block is not JSON ({e}):{block}"))
        })
        .collect()
}

/// The live dataset with the documented edit applied to the month after its
/// latest monthly delivery figure: the docs' new source and value, with the
/// period, source date and `as_of` moved to fit whatever the live file holds.
pub fn live_with_example_edit() -> Json {
    let blocks = example_edit_blocks();
    let [source, value] = blocks.as_slice() else {
        panic!("docs/data.md's example edit should show a source and a value, found {} blocks", blocks.len())
    };
    let mut json: Json = serde_json::from_str(BUILTIN_JSON).expect("data/dataset.json is JSON");
    let series_id = "xiaomi-deliveries-month";
    let series = json["series"]
        .as_array_mut()
        .and_then(|all| all.iter_mut().find(|s| s["id"] == series_id))
        .expect("the live dataset has xiaomi-deliveries-month");
    let latest = series["values"]
        .as_array()
        .and_then(|values| values.iter().filter_map(|v| v["period"].as_str()).max().map(str::to_owned))
        .expect("the monthly series has values");
    let (year, month) = parse_month(&latest);
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    let (report_year, report_month) = if next_month == 12 { (next_year + 1, 1) } else { (next_year, next_month + 1) };
    let reported = format!("{report_year:04}-{report_month:02}-01");

    let mut source = source.clone();
    let source_id = format!("{}-example-edit", source["id"].as_str().unwrap_or("source"));
    source["id"] = source_id.clone().into();
    source["date"] = reported.clone().into();
    let mut value = value.clone();
    value["period"] = format!("{next_year:04}-{next_month:02}").into();
    value["sources"] = serde_json::json!([source_id]);

    series["values"].as_array_mut().expect("values").push(value);
    series["as_of"] = later(series["as_of"].as_str(), &reported).into();
    let dataset_as_of = later(json["as_of"].as_str(), &reported);
    json["as_of"] = dataset_as_of.into();
    json["sources"].as_array_mut().expect("sources").push(source);
    json
}

fn parse_month(period: &str) -> (i32, u32) {
    let (year, month) = period.split_once('-').expect("a monthly period is YYYY-MM");
    (year.parse().expect("year"), month.parse().expect("month"))
}

/// The later of two ISO dates (they compare as strings).
fn later(current: Option<&str>, candidate: &str) -> String {
    match current {
        Some(current) if current > candidate => current.to_owned(),
        _ => candidate.to_owned(),
    }
}

#[test]
fn the_example_edit_adds_one_month_to_the_live_dataset() {
    let live: Json = serde_json::from_str(BUILTIN_JSON).unwrap();
    let edited = live_with_example_edit();
    let count = |json: &Json| {
        json["series"].as_array().unwrap().iter().find(|s| s["id"] == "xiaomi-deliveries-month").unwrap()["values"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(&edited), count(&live) + 1);
    assert_eq!(edited["sources"].as_array().unwrap().len(), live["sources"].as_array().unwrap().len() + 1);
    assert!(edited["as_of"].as_str() >= live["as_of"].as_str());
}

#[test]
fn every_invariant_dataset_validates() {
    // for_invariants panics with the validation list if any does not.
    assert_eq!(for_invariants().len(), 4);
}

#[test]
fn the_documented_conflict_is_a_value_whose_sources_exist() {
    // docs/data.md shows how two published values for one count are written;
    // the example must stay a valid value that names real sources.
    let doc = include_str!("../../docs/data.md");
    let block = doc
        .split("```json")
        .skip(1)
        .map(|block| block.split("```").next().unwrap_or_default())
        .find(|block| block.contains("\"conflicts\""))
        .expect("docs/data.md shows a value with conflicts");
    let value: super::Value = serde_json::from_str(block).unwrap_or_else(|e| panic!("not a value ({e}):{block}"));
    let live = parse_dataset(BUILTIN_JSON).unwrap();
    let named = value.sources.iter().chain(value.conflicts.iter().flat_map(|c| c.sources.iter()));
    for id in named {
        assert!(live.sources.iter().any(|s| &s.id == id), "docs/data.md names unknown source {id}");
    }
    assert!(!value.conflicts.is_empty());
}
