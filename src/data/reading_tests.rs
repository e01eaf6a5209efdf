//! How the dataset is read: each mistake a hand-edited file can hold is
//! refused with serde's message, at the line and column `make data` shows.

use super::*;

/// A small valid dataset, one field per line where a case edits it.
const BASE: &str = r#"{
  "schema_version": 1,
  "title": "Xiaomi EV deliveries",
  "as_of": "2026-02-01",
  "licence": "CC-BY-4.0",
  "entities": [{ "id": "xiaomi", "name": "Xiaomi" }],
  "sources": [
    { "id": "results", "publisher": "Xiaomi", "title": "Results", "status": "verified", "url": "https://example.com/" }
  ],
  "series": [
    {
      "id": "xiaomi-deliveries-quarter",
      "title": "Deliveries",
      "entity": "xiaomi",
      "measure": "deliveries",
      "unit": "vehicles",
      "as_of": "2026-02-01",
      "values": [
        {
          "period": "2025-Q1",
          "value": 75869,
          "qualifier": "exact",
          "kind": "actual",
          "sources": ["results"]
        }
      ]
    }
  ]
}"#;

/// What `make data` prints for `BASE` with `from` replaced by `to`: its only error.
fn report(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "the base dataset has no {from:?}");
    let json = BASE.replacen(from, to, 1);
    let errors = parse_dataset(&json).err().unwrap_or_default();
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.iter().map(|e| error_report("data/dataset.json", &json, e)).collect()
}

const SCHEMA: &str = "does not match the dataset schema";

#[test]
fn the_base_dataset_is_valid() {
    assert!(parse_dataset(BASE).is_ok(), "{:?}", parse_dataset(BASE).err());
}

#[test]
fn a_key_written_twice_is_refused_where_it_is_written_again() {
    assert_eq!(
        report(r#""value": 75869,"#, r#""value": 75869, "value": 75000,"#),
        format!("data/dataset.json:21:33: {SCHEMA}: duplicate field `value`")
    );
    assert_eq!(
        report(r#""title": "Xiaomi EV deliveries","#, r#""title": "Xiaomi EV deliveries", "title": "Again","#),
        format!("data/dataset.json:3:42: {SCHEMA}: duplicate field `title`")
    );
}

#[test]
fn an_unknown_field_is_refused_with_the_fields_expected() {
    let report = report(r#""kind": "actual","#, r#""kind": "actual", "colour": "red","#);
    assert!(
        report.starts_with(&format!(
            "data/dataset.json:23:36: {SCHEMA}: unknown field `colour`, expected one of `period`, `value`, "
        )),
        "{report}"
    );
}

#[test]
fn a_missing_field_is_refused_at_the_end_of_its_object() {
    assert_eq!(report(r#""kind": "actual","#, ""), format!("data/dataset.json:25:9: {SCHEMA}: missing field `kind`"));
}

#[test]
fn null_is_refused_where_a_value_is_required_and_read_as_absent_where_it_is_optional() {
    assert_eq!(
        report(r#""value": 75869,"#, r#""value": null,"#),
        format!("data/dataset.json:21:23: {SCHEMA}: invalid type: null, expected f64")
    );
    let json = BASE.replacen(r#""kind": "actual","#, r#""kind": "actual", "note": null,"#, 1);
    let dataset = parse_dataset(&json).unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(dataset.series[0].values[0].note, None);
}

#[test]
fn a_wrong_type_is_refused_with_the_type_found_and_expected() {
    assert_eq!(
        report(r#""value": 75869,"#, r#""value": "75869","#),
        format!("data/dataset.json:21:26: {SCHEMA}: invalid type: string \"75869\", expected f64")
    );
    assert_eq!(
        report(r#""qualifier": "exact","#, r#""qualifier": "roughly","#),
        format!("data/dataset.json:22:32: {SCHEMA}: unknown variant `roughly`, expected one of `exact`, `at_least`, `about`")
    );
    for not_a_name in ["3", "null", "true", "[\"vehicles\"]"] {
        assert_eq!(
            report(r#""unit": "vehicles","#, &format!(r#""unit": {not_a_name},"#)),
            format!("data/dataset.json:16:15: {SCHEMA}: a name in quotes is expected here"),
            "{not_a_name}"
        );
    }
    assert_eq!(
        report(r#""sources": ["results"]"#, r#""sources": "results""#),
        format!("data/dataset.json:24:30: {SCHEMA}: invalid type: string \"results\", expected a sequence")
    );
}

#[test]
fn a_rule_broken_by_a_well_formed_file_is_shown_at_its_entry() {
    assert_eq!(
        report(r#""sources": ["results"]"#, r#""sources": ["nowhere"]"#),
        "data/dataset.json:20:21: series \"xiaomi-deliveries-quarter\", value 2025-Q1: unknown source id \"nowhere\""
            .to_owned()
    );
}

#[test]
fn every_named_value_is_read_by_the_name_it_is_written_with() {
    use serde_json::{from_value, json};
    for q in [Qualifier::Exact, Qualifier::AtLeast, Qualifier::About] {
        assert_eq!(from_value::<Qualifier>(json!(q.id())).ok(), Some(q));
    }
    for k in [Kind::Actual, Kind::Target, Kind::Forecast, Kind::Estimate, Kind::Guidance] {
        assert_eq!(from_value::<Kind>(json!(k.id())).ok(), Some(k));
    }
    for u in [Unit::Vehicles, Unit::Yuan, Unit::Usd, Unit::Percent, Unit::Days, Unit::Months] {
        assert_eq!(from_value::<Unit>(json!(u.id())).ok(), Some(u));
    }
    for s in [SourceStatus::Verified, SourceStatus::Secondary, SourceStatus::Weak] {
        assert_eq!(from_value::<SourceStatus>(json!(s.id())).ok(), Some(s));
    }
    for f in [FigureStatus::SingleSource, FigureStatus::Weak] {
        assert_eq!(from_value::<FigureStatus>(json!(f.id())).ok(), Some(f));
    }
}
