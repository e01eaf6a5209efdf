//! The catalogues against English: every language complete, nothing left untranslated.

use super::*;

/// Strings that are the same in every language.
const SAME_EVERYWHERE: [&str; 4] = ["download_svg", "download_png", "download_csv", "dot_separator"];
/// A script that sets no space between words leaves these empty.
const MAY_BE_EMPTY: [&str; 1] = ["word_gap"];

fn strings(lang: Lang) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(ui(lang)) {
        Ok(serde_json::Value::Object(map)) => map,
        other => panic!("{lang:?}: {other:?}"),
    }
}

#[test]
fn every_interface_string_is_translated_in_every_language() {
    let english = strings(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = strings(lang);
        assert_eq!(english.len(), other.len(), "{lang:?}");
        // The strings; the language's settings (other codes, number forms) are checked below.
        for (key, in_english) in english.iter().filter(|(_, value)| value.is_string()) {
            let in_english = in_english.as_str().unwrap_or_default();
            let translated = other.get(key).and_then(|v| v.as_str()).unwrap_or_default();
            assert!(!in_english.is_empty(), "{key} is empty in English");
            if MAY_BE_EMPTY.contains(&key.as_str()) {
                continue;
            }
            assert!(!translated.is_empty(), "{key} is empty in {lang:?}");
            if !SAME_EVERYWHERE.contains(&key.as_str()) && translated != "/" {
                assert_ne!(translated, in_english, "{key} is not translated into {lang:?}");
            }
        }
    }
}

#[test]
fn each_language_has_codes_of_its_own_and_short_forms_largest_first() {
    let mut codes: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        let text = ui(lang);
        for code in std::iter::once(text.code).chain(text.other_codes.iter().copied()) {
            let code = code.to_ascii_lowercase();
            assert!(!codes.contains(&code), "{code} names two languages");
            assert_eq!(Lang::from_code(&code), Some(lang));
            codes.push(code);
        }
        assert_eq!(Lang::closest(&format!("{}-x-private", text.code)), Some(lang), "a longer code");
        let primary = text.code.split('-').next().unwrap_or_default();
        let same_family = Lang::closest(&format!("{primary}-QQ")).map(|l| l.code().split('-').next() == Some(primary));
        assert_eq!(same_family, Some(true), "another region of {primary}");
        let divisors: Vec<f64> = text.compact_steps.iter().map(|(divisor, _)| *divisor).collect();
        assert!(divisors.windows(2).all(|pair| pair.first() > pair.get(1)), "{lang:?}: {divisors:?}");
    }
    assert_eq!(Lang::from_code("xx"), None);
    assert_eq!(Lang::closest("xx-YY"), None, "no language of that family");
    assert_eq!(Lang::default(), Lang::DEFAULT);
}

#[test]
fn every_chart_speaks_every_language() {
    for (name, dataset) in crate::data::test_datasets::for_invariants() {
        for id in crate::charts::ChartId::ALL {
            for settings in crate::charts::ChartSettings::variants(id, &dataset) {
                let english = crate::charts::build(id, &dataset, &settings, Lang::En);
                for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                    let other = crate::charts::build(id, &dataset, &settings, lang);
                    assert_ne!(other.title, english.title, "{name} {id:?} {lang:?}: untranslated title");
                    assert_ne!(other.takeaway, english.takeaway, "{name} {id:?} {lang:?}: untranslated takeaway");
                    for note in &other.notes {
                        assert!(!english.notes.contains(note), "{name} {id:?} {lang:?}: untranslated note {note}");
                    }
                    let labels = |l| id.toggle_options(&dataset, l).into_iter().map(|o| o.label);
                    for (label, in_english) in labels(lang).zip(labels(Lang::En)) {
                        let is_a_year = label.chars().all(|c| c.is_ascii_digit());
                        assert!(is_a_year || label != in_english, "{name} {id:?} {lang:?}: toggle {label}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_count_of_one_is_singular() {
    assert_eq!(messages(Lang::En).invalid_dataset(1), "The data is not a valid dataset (1 problem).");
    assert_eq!(messages(Lang::En).invalid_dataset(2), "The data is not a valid dataset (2 problems).");
    assert_eq!(
        crate::format::figure(1.0, crate::data::Unit::Months, crate::data::Qualifier::Exact, Lang::En),
        "1 month"
    );
}
