use super::*;
use crate::text::Lang;
use serde_json::{json, Value as Json};

fn fixture_json() -> Json {
    serde_json::from_str(FIXTURE_JSON).unwrap()
}

fn errors_for(json: &Json) -> Vec<DataError> {
    parse_dataset(&json.to_string()).err().unwrap_or_default()
}

fn series_mut<'a>(json: &'a mut Json, id: &str) -> &'a mut Json {
    json["series"].as_array_mut().unwrap().iter_mut().find(|s| s["id"] == id).unwrap()
}

#[test]
fn an_unknown_source_id_is_named_with_its_value() {
    let mut json = fixture_json();
    series_mut(&mut json, "xiaomi-deliveries-quarter")["values"][0]["sources"] = json!(["no-such-source"]);
    let errors = errors_for(&json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].location, "series \"xiaomi-deliveries-quarter\", value 2024-Q2");
    assert!(errors[0].message.contains("unknown source id \"no-such-source\""));
}

#[test]
fn a_value_without_sources_is_rejected() {
    let mut json = fixture_json();
    series_mut(&mut json, "xiaomi-deliveries-year")["values"][0]["sources"] = json!([]);
    assert!(errors_for(&json)[0].message.contains("no source given"));
}

#[test]
fn a_duplicate_period_is_rejected() {
    let mut json = fixture_json();
    let values = series_mut(&mut json, "xiaomi-deliveries-quarter")["values"].as_array_mut().unwrap();
    let copy = values[1].clone();
    values.push(copy);
    let errors = errors_for(&json);
    assert!(
        errors.iter().any(|e| e.message == "duplicate period in this series" && e.location.ends_with("2024-Q3")),
        "{errors:?}"
    );
}

#[test]
fn a_malformed_period_is_reported_with_line_and_column() {
    let mut json = fixture_json();
    series_mut(&mut json, "xiaomi-deliveries-quarter")["values"][0]["period"] = json!("2024-Q7");
    let pretty = serde_json::to_string_pretty(&json).unwrap();
    let errors = parse_dataset(&pretty).unwrap_err();
    assert!(errors[0].location.starts_with("line "), "{errors:?}");
    assert!(errors[0].message.contains("invalid period \"2024-Q7\""), "{errors:?}");
}

#[test]
fn a_unit_that_differs_from_its_series_is_rejected() {
    let mut json = fixture_json();
    series_mut(&mut json, "xiaomi-deliveries-quarter")["values"][0]["unit"] = json!("yuan");
    assert!(errors_for(&json)[0].message.contains("differs from the series unit"));
}

#[test]
fn a_target_stored_as_an_actual_is_rejected() {
    let mut json = fixture_json();
    series_mut(&mut json, "xiaomi-target-announced")["values"][2]["kind"] = json!("actual");
    let errors = errors_for(&json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].message.contains("must be a target, forecast or guidance"));
}

#[test]
fn a_forecast_must_name_its_forecaster() {
    let mut json = fixture_json();
    series_mut(&mut json, "ev-sales-us")["values"][1].as_object_mut().unwrap().remove("forecaster");
    assert!(errors_for(&json)[0].message.contains("forecaster"));
}

#[test]
fn an_unknown_entity_and_an_empty_series_are_rejected() {
    let mut json = fixture_json();
    series_mut(&mut json, "rivian-deliveries-year")["entity"] = json!("rivain");
    series_mut(&mut json, "zeekr-deliveries-year")["values"] = json!([]);
    let messages: Vec<String> = errors_for(&json).into_iter().map(|e| e.message).collect();
    assert!(messages.contains(&"unknown entity \"rivain\"".to_owned()));
    assert!(messages.contains(&"the series has no values".to_owned()));
}

#[test]
fn a_claim_referring_to_a_missing_value_is_rejected() {
    let mut json = fixture_json();
    json["claims"][0]["check"]["from"] = json!("xiaomi-deliveries-year@2019");
    let errors = errors_for(&json);
    assert!(errors[0].location.starts_with("claim \"target-growth-34\""));
    assert!(errors[0].message.contains("xiaomi-deliveries-year@2019"));
}

#[test]
fn a_claim_check_names_a_missing_field_an_extra_field_and_an_unknown_type() {
    let mut json = fixture_json();
    assert_eq!(json["claims"][0]["check"]["type"], "growth");
    json["claims"][0]["check"].as_object_mut().unwrap().remove("stated_pct");
    assert!(errors_for(&json)[0].message.contains("claim check `growth` needs the field `stated_pct`"));

    let mut json = fixture_json();
    json["claims"][0]["check"]["threshold"] = json!(5);
    assert!(errors_for(&json)[0].message.contains("claim check `growth` does not take the field `threshold`"));

    let mut json = fixture_json();
    json["claims"][0]["check"]["type"] = json!("guess");
    assert!(errors_for(&json)[0].message.contains("unknown claim check type `guess`"));

    let mut json = fixture_json();
    json["claims"][0]["check"]["colour"] = json!("red");
    assert!(errors_for(&json)[0].message.contains("unknown field `colour`"));

    let mut json = fixture_json();
    json["claims"][0]["check"].as_object_mut().unwrap().remove("type");
    assert!(errors_for(&json)[0].message.contains("missing field `type`"));

    let mut json = fixture_json();
    json["claims"][0]["check"]["from"] = json!(2024);
    assert!(errors_for(&json)[0].message.contains("invalid type: integer `2024`, expected a string"));
}

#[test]
fn text_is_a_string_or_an_object_of_strings_by_language() {
    let mut json = fixture_json();
    json["title"] = json!({"en": "Title", "zh-CN": "标题"});
    let dataset = parse_dataset(&json.to_string()).unwrap();
    assert_eq!(dataset.title.get(Lang::ZhCn), "标题");
    assert_eq!(dataset.title.get(Lang::En), "Title");
    json["title"] = json!(["not", "text"]);
    let errors = errors_for(&json);
    assert!(errors[0].message.contains("a string, or an object of strings by language code"), "{errors:?}");
}

#[test]
fn duplicate_ids_are_rejected() {
    let mut json = fixture_json();
    let first = json["sources"][0].clone();
    json["sources"].as_array_mut().unwrap().push(first);
    assert!(errors_for(&json)[0].message.contains("duplicate source id"));
}

#[test]
fn invalid_json_gives_line_and_column() {
    let errors = parse_dataset("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].location, "line 3, column 3");
    assert!(errors[0].message.starts_with("invalid JSON"));
}

#[test]
fn every_validation_error_is_collected_not_just_the_first() {
    let mut json = fixture_json();
    series_mut(&mut json, "tesla-deliveries-year")["values"][0]["sources"] = json!(["a"]);
    series_mut(&mut json, "nio-deliveries-year")["values"][0]["sources"] = json!(["b"]);
    assert_eq!(errors_for(&json).len(), 2);
}

mod properties {
    use super::super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in ".{0,400}") {
            let _ = parse_dataset(&text);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn mutating_any_value_of_the_builtin_never_panics(index in 0usize..2000, replacement in prop_oneof![
            Just(serde_json::json!(null)), Just(serde_json::json!(-1)), Just(serde_json::json!("")),
            Just(serde_json::json!("2025-Q9")), Just(serde_json::json!([])), Just(serde_json::json!({})),
            Just(serde_json::json!(1e308)),
        ]) {
            let mut json: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
            let mut count = 0usize;
            mutate_nth(&mut json, index, &replacement, &mut count);
            if let Ok(dataset) = parse_dataset(&json.to_string()) {
                // Whatever still validates must chart and check without panicking.
                let _ = crate::analysis::claims::check_claims(&dataset, crate::text::Lang::DEFAULT);
                let _ = crate::analysis::consistency::findings(&dataset, crate::text::Lang::DEFAULT);
                for id in crate::charts::ChartId::ALL {
                    let model = crate::charts::build(id, &dataset, &Default::default(), crate::text::Lang::DEFAULT);
                    let _ = crate::charts::render_svg(&model, &model.options(400, crate::charts::Theme::Light));
                }
            }
        }
    }

    fn mutate_nth(json: &mut serde_json::Value, target: usize, replacement: &serde_json::Value, count: &mut usize) {
        if *count == target {
            *json = replacement.clone();
            *count += 1;
            return;
        }
        *count += 1;
        match json {
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| mutate_nth(v, target, replacement, count)),
            serde_json::Value::Object(map) => map.values_mut().for_each(|v| mutate_nth(v, target, replacement, count)),
            _ => {}
        }
    }
}

#[test]
fn a_validation_error_is_located_by_line_and_column() {
    let json = "{\n  \"series\": [\n    { \"id\": \"a\", \"values\": [\n      { \"period\": \"2024-Q1\", \"sources\": [\"x\"] },\n      { \"period\": \"2024-Q2\" }\n    ] }\n  ]\n}";
    assert_eq!(locate(json, "series \"a\", value 2024-Q2"), Some((5, 19)));
    assert_eq!(locate(json, "series \"a\""), Some((3, 13)));
    // A source id listed in a value is a reference, not the source's entry.
    assert_eq!(locate(json, "source \"x\""), None);
    assert_eq!(locate(json, "series"), None);
}

/// Sources whose web address is still to be found: nothing stating their
/// figures was found (each says in its note what was searched). The list may
/// only shrink: a listed source that gains an address, or disappears, fails
/// the test, and a new source must come with its address.
const AWAITING_ADDRESS: [&str; 1] = ["hima-releases"];

#[test]
fn every_source_has_a_web_address_except_those_still_being_traced() {
    for (name, dataset) in
        super::test_datasets::for_invariants().into_iter().filter(|(name, _)| !name.starts_with("fixture"))
    {
        for source in &dataset.sources {
            let awaiting = AWAITING_ADDRESS.contains(&source.id.as_str());
            match (&source.url, awaiting) {
                // Addresses are kept as found: some pages are served over plain http.
                (Some(url), false) => assert!(
                    url.starts_with("https://") || url.starts_with("http://"),
                    "{name}: {} has no web address",
                    source.id
                ),
                (None, true) => assert!(
                    source.note.as_ref().is_some_and(|note| note.contains("searched")),
                    "{name}: {} should say in its note what was searched",
                    source.id
                ),
                (Some(_), true) => panic!("{name}: {} now has an address; take it off AWAITING_ADDRESS", source.id),
                (None, false) => panic!("{name}: source {} has no web address (`url`)", source.id),
            }
        }
        for id in AWAITING_ADDRESS {
            assert!(
                dataset.source(id).is_some(),
                "{name}: {id} is no longer in the dataset; take it off AWAITING_ADDRESS"
            );
        }
    }
}

#[test]
fn every_figure_names_a_source_with_a_web_address_where_one_is_known() {
    for (name, dataset) in
        super::test_datasets::for_invariants().into_iter().filter(|(name, _)| !name.starts_with("fixture"))
    {
        let addressed = |ids: &[String]| {
            ids.iter().any(|id| dataset.source(id).is_some_and(|s| s.url.is_some()))
                || ids.iter().all(|id| AWAITING_ADDRESS.contains(&id.as_str()))
        };
        for series in &dataset.series {
            for value in &series.values {
                assert!(
                    addressed(&value.sources),
                    "{name}: {}@{} has no source with an address",
                    series.id,
                    value.period
                );
                for conflict in &value.conflicts {
                    assert!(
                        addressed(&conflict.sources),
                        "{name}: a conflicting value of {}@{}",
                        series.id,
                        value.period
                    );
                }
            }
        }
        for milestone in &dataset.milestones {
            assert!(addressed(&milestone.sources), "{name}: milestone {} has no source with an address", milestone.id);
        }
    }
}

#[test]
fn a_conflicting_value_needs_known_sources() {
    let mut json = fixture_json();
    series_mut(&mut json, "xiaomi-deliveries-year")["values"][1]["conflicts"] =
        json!([{ "value": 411800, "qualifier": "about", "sources": ["no-such-source"] }]);
    let errors = errors_for(&json);
    assert!(
        errors.iter().any(|e| e.message.contains("no-such-source") && e.location.contains("conflicting value 411800")),
        "{errors:?}"
    );
}

/// An invariant of the curated dataset, not a pin of its figures: the ids the
/// code reads (`data::ids`) all name something in it.
#[test]
fn every_id_the_code_reads_exists_in_the_curated_dataset() {
    let dataset = builtin().expect("the curated dataset is valid");
    for id in ids::series::ALL {
        assert!(dataset.series(id).is_some(), "series {id} is in data/dataset.json");
    }
    for id in ids::milestone::ALL {
        assert!(dataset.milestone(id).is_some(), "milestone {id} is in data/dataset.json");
    }
    for entity in ids::entity::ALL {
        let named =
            dataset.series.iter().any(|s| s.entity == entity) || dataset.milestones.iter().any(|m| m.entity == entity);
        assert!(named, "entity {entity} is in data/dataset.json");
    }
    for measure in ids::measure::ALL {
        assert!(dataset.series.iter().any(|s| s.measure == measure), "measure {measure} is in data/dataset.json");
    }
}

#[test]
fn a_named_value_the_schema_does_not_know_is_refused_with_the_names_it_expects() {
    let mut json = fixture_json();
    json["series"][0]["unit"] = json!("cars");
    let errors = errors_for(&json);
    let message = errors.first().map(ToString::to_string).unwrap_or_default();
    assert!(
        message
            .contains("unknown variant `cars`, expected one of `vehicles`, `yuan`, `usd`, `percent`, `days`, `months`"),
        "{message}"
    );
    json["series"][0]["unit"] = json!(3);
    let message = errors_for(&json).first().map(ToString::to_string).unwrap_or_default();
    assert!(message.contains("a name in quotes is expected here"), "{message}");
    for (value, name) in [(Unit::Vehicles, "vehicles"), (Unit::Months, "months")] {
        assert_eq!(serde_json::from_value::<Unit>(json!(name)).unwrap(), value);
        assert_eq!(value.id(), name);
    }
    assert_eq!(serde_json::from_value::<Qualifier>(json!("at_least")).unwrap(), Qualifier::AtLeast);
    assert_eq!(serde_json::from_value::<FigureStatus>(json!("single_source")).unwrap(), FigureStatus::SingleSource);
}
