//! Every published dataset, kept as it was published under its `as_of` date
//! (`data/versions/<as_of>.json`, committed), so that a citation can name the
//! version it was written from and the build can serve each one. `make data`
//! archives the live dataset; a published version never changes.

use super::{parse_dataset, Date};
use std::path::{Path, PathBuf};

/// Where the versions are kept, beside the live dataset, and where the build
/// serves them, under the site's `data/`.
pub const FOLDER: &str = "versions";

/// A version's file name: its `as_of` date.
pub fn file_name(as_of: Date) -> String {
    format!("{as_of}.json")
}

/// The file beside a version that lists what changed since the version
/// before it (`analysis::changes`).
pub fn changes_file_name(as_of: Date) -> String {
    format!("{as_of}.changes.json")
}

/// Where the site serves a version, relative to its pages: what `?v=` loads.
pub fn address(as_of: Date) -> String {
    format!("data/{FOLDER}/{}", file_name(as_of))
}

/// What archiving the live dataset did.
#[derive(Debug, PartialEq, Eq)]
pub enum Archived {
    /// The dataset is a new version, now kept as this file.
    Added(PathBuf),
    /// This version was archived before, with the same contents.
    AlreadyKept(PathBuf),
}

/// Keeps `json`, a valid dataset as of `as_of`, in `folder`. Refuses to
/// change a version kept before: a citation names it, so an edit needs a new
/// `as_of`.
pub fn archive(json: &str, as_of: Date, folder: &Path) -> Result<Archived, String> {
    let path = folder.join(file_name(as_of));
    match std::fs::read_to_string(&path) {
        Ok(kept) if kept == json => Ok(Archived::AlreadyKept(path)),
        Ok(_) => Err(format!(
            "{} was published with other contents, and a citation may name it: give this edit a new \
             as_of (the date the data is current to). Only to correct the published version itself, delete \
             the file first and say so in the commit.",
            path.display()
        )),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
            std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            Ok(Archived::Added(path))
        }
        Err(error) => Err(format!("cannot read {}: {error}", path.display())),
    }
}

/// Every kept version in `folder`, oldest first, each checked: a valid
/// dataset under today's schema whose `as_of` is its file name.
pub fn kept(folder: &Path) -> Result<Vec<(Date, String)>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    let mut versions = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", folder.display()))?.path();
        // A version's file is named by its date alone; its change list is not a version.
        let Some(date) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .filter(|stem| path.extension().is_some_and(|e| e == "json") && Date::parse(stem).is_some())
        else {
            continue;
        };
        let json = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let dataset = parse_dataset(&json).map_err(|errors| {
            let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
            format!("{} is no longer a valid dataset: {}", path.display(), problems.join("; "))
        })?;
        if dataset.as_of.to_string() != date {
            return Err(format!("{} holds the data as of {}", path.display(), dataset.as_of));
        }
        versions.push((dataset.as_of, json));
    }
    versions.sort_by_key(|(as_of, _)| *as_of);
    Ok(versions)
}

/// Every kept version in `folder`, oldest first, read: what the change lists
/// compare.
pub fn read(folder: &Path) -> Result<Vec<(Date, super::Dataset)>, String> {
    let versions = kept(folder)?;
    // `kept` has checked that each one parses.
    Ok(versions.iter().filter_map(|(as_of, json)| parse_dataset(json).ok().map(|dataset| (*as_of, dataset))).collect())
}

/// The list the app reads to offer versions and to say that newer data
/// exists: `{"latest": "2026-07-03", "versions": ["2026-03-01", "2026-07-03"]}`.
pub fn index(versions: &[Date]) -> String {
    let dates: Vec<String> = versions.iter().map(ToString::to_string).collect();
    serde_json::json!({ "latest": dates.last(), "versions": dates }).to_string()
}

/// Writes every kept version and the index into the built site's `data/versions/`.
pub fn publish(kept_in: &Path, site: &Path) -> Result<Vec<PathBuf>, String> {
    let folder = site.join("data").join(FOLDER);
    std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let versions = kept(kept_in)?;
    let mut written = Vec::new();
    for (as_of, json) in &versions {
        let path = folder.join(file_name(*as_of));
        std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
        // The change list since the version before, where `make data` wrote one.
        let changes = kept_in.join(changes_file_name(*as_of));
        if changes.exists() {
            let path = folder.join(changes_file_name(*as_of));
            std::fs::copy(&changes, &path).map_err(|e| format!("cannot copy {}: {e}", changes.display()))?;
            written.push(path);
        }
    }
    let path = folder.join("index.json");
    let dates: Vec<Date> = versions.iter().map(|(as_of, _)| *as_of).collect();
    std::fs::write(&path, index(&dates)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    written.push(path);
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xiaomi-ev-versions-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_new_version_is_kept_once_and_never_changed() {
        let dir = scratch("archive");
        let as_of = Date::parse("2026-03-01").unwrap();
        assert_eq!(archive("{\"a\":1}", as_of, &dir), Ok(Archived::Added(dir.join("2026-03-01.json"))));
        assert_eq!(archive("{\"a\":1}", as_of, &dir), Ok(Archived::AlreadyKept(dir.join("2026-03-01.json"))));
        let changed = archive("{\"a\":2}", as_of, &dir).unwrap_err();
        assert!(changed.contains("new as_of"), "{changed}");
        assert_eq!(std::fs::read_to_string(dir.join("2026-03-01.json")).unwrap(), "{\"a\":1}", "unchanged");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn kept_versions_are_read_oldest_first_and_checked_against_their_names() {
        let dir = scratch("kept");
        std::fs::create_dir_all(&dir).unwrap();
        let fixture = crate::data::FIXTURE_JSON;
        let as_of = crate::data::fixture().as_of;
        std::fs::write(dir.join(file_name(as_of)), fixture).unwrap();
        let moved_on = include_str!("../../tests/fixtures/dataset-2027.json");
        let later = parse_dataset(moved_on).unwrap().as_of;
        std::fs::write(dir.join(file_name(later)), moved_on).unwrap();
        let versions = kept(&dir).unwrap();
        assert_eq!(versions.iter().map(|(d, _)| *d).collect::<Vec<_>>(), [as_of, later]);
        assert_eq!(
            index(&[as_of, later]),
            format!("{{\"latest\":\"{later}\",\"versions\":[\"{as_of}\",\"{later}\"]}}")
        );
        // A file whose name is not its as_of is refused.
        std::fs::write(dir.join("2020-01-01.json"), fixture).unwrap();
        assert!(kept(&dir).unwrap_err().contains("holds the data as of"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn each_version_is_published_where_the_app_asks_for_it() {
        let (dir, site) = (scratch("published"), scratch("site"));
        std::fs::create_dir_all(&dir).unwrap();
        let as_of = crate::data::fixture().as_of;
        std::fs::write(dir.join(file_name(as_of)), crate::data::FIXTURE_JSON).unwrap();
        let written = publish(&dir, &site).unwrap();
        assert!(written.contains(&site.join(address(as_of))), "{written:?}");
        assert_eq!(address(as_of), format!("data/versions/{as_of}.json"));
        let _ = (std::fs::remove_dir_all(&dir), std::fs::remove_dir_all(&site));
    }
}
