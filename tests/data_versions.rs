//! Published versions of the data (`data/versions/`, issue 28): a citation
//! names one, so each stays readable under today's schema, and the live
//! dataset is always one of them. Invariants only: adding a version needs no
//! test change.

use std::path::Path;
use xiaomi_ev_dashboard::data::versions;
use xiaomi_ev_dashboard::data::{builtin, BUILTIN_JSON};

fn folder() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(versions::FOLDER)
}

#[test]
fn every_published_version_is_still_a_valid_dataset_named_by_its_date() {
    let kept = versions::kept(&folder()).expect("every version reads and validates");
    assert!(!kept.is_empty(), "at least the live dataset is published");
    assert!(kept.windows(2).all(|pair| pair[0].0 < pair[1].0), "one file per date, oldest first");
}

#[test]
fn the_live_dataset_is_published_as_it_is() {
    let live = builtin().expect("the live dataset is valid");
    let kept = versions::kept(&folder()).expect("every version reads and validates");
    let (latest, json) = kept.last().expect("a version");
    assert_eq!(*latest, live.as_of, "the latest version is the live one: run `make data` and commit data/versions/");
    assert_eq!(
        json, BUILTIN_JSON,
        "the live dataset changed since it was published: give it a new as_of and run `make data`"
    );
}

#[test]
fn every_version_after_the_first_keeps_the_list_of_what_changed_since_the_one_before() {
    let datasets = versions::read(&folder()).expect("every version reads and validates");
    for (as_of, list) in xiaomi_ev_dashboard::analysis::changes::lists(&datasets) {
        let path = folder().join(versions::changes_file_name(as_of));
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(written, list, "{} is what changed in {as_of}: run `make data` and commit it", path.display());
    }
}
