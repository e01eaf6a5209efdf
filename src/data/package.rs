//! All the data as a Frictionless Data Package (<https://specs.frictionlessdata.io/>):
//! one CSV per series with every value's unit, period, qualifier, kind,
//! status and sources; the milestones and the sources with their addresses;
//! `datapackage.json` describing each file, its fields and the licence; and
//! the tables a layer above adds ([`Table`]: what changed in each version).
//! Pure: the build writes the files and a zip of them (`write`).

use super::{Dataset, Milestone, Qualifier, Series, Source};
use crate::csv::{number_cell, row, text_cell};
use crate::text::Lang;
use serde_json::{json, Value as Json};

use super::PACKAGE_NAME as NAME;

/// A table the package carries beside the dataset's own files, written by a
/// layer above the data (the change lists, `analysis::changes::table`).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Its resource name; the file is `<name>.csv`.
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// Each column as (name, Table Schema type, what it holds).
    pub fields: &'static [(&'static str, &'static str, &'static str)],
    pub csv: String,
}

/// Every file of the package as (name, contents), `datapackage.json` first.
pub fn files(dataset: &Dataset, tables: &[Table]) -> Vec<(String, String)> {
    let mut files = vec![("datapackage.json".to_owned(), descriptor(dataset, tables))];
    files.push(("sources.csv".to_owned(), sources_csv(dataset)));
    files.push(("milestones.csv".to_owned(), milestones_csv(dataset)));
    for series in &dataset.series {
        files.push((format!("{}.csv", series.id), series_csv(dataset, series)));
    }
    files.extend(tables.iter().map(|table| (format!("{}.csv", table.name), table.csv.clone())));
    files
}

const SERIES_FIELDS: [(&str, &str, &str); 13] = [
    ("period", "string", "2025, 2025-Q3, 2025-07 or 2025-07-15"),
    ("value", "number", "the figure as published"),
    ("unit", "string", "vehicles, yuan, usd, percent, days or months"),
    ("qualifier", "string", "exact, at_least (a floor: \"over 40,000\") or about (rounded)"),
    ("kind", "string", "actual, target, forecast, estimate or guidance"),
    ("status", "string", "single_source or weak when the figure rests on one page or on weak pages; empty when solid"),
    ("announced", "date", "when a target or guidance was announced"),
    ("forecaster", "string", "who made a forecast"),
    ("stated_change_pct", "number", "the change on the previous period as the source states it"),
    (
        "conflicting_values",
        "string",
        "other published values for the same figure: value (qualifier; source ids), separated by |",
    ),
    ("sources", "string", "the publishers, separated by ;"),
    ("source_ids", "string", "ids in sources.csv, separated by spaces"),
    ("note", "string", "what the figure includes or how it was published"),
];

fn schema(fields: &[(&str, &str, &str)]) -> Json {
    let fields: Vec<Json> =
        fields.iter().map(|(name, kind, about)| json!({ "name": name, "type": kind, "description": about })).collect();
    json!({ "fields": fields, "missingValues": [""] })
}

fn resource(name: &str, title: &str, description: &str, fields: &[(&str, &str, &str)], sources: Vec<Json>) -> Json {
    let mut resource = json!({
        "profile": "tabular-data-resource",
        "name": name,
        "path": format!("{name}.csv"),
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema(fields),
    });
    if let (false, Some(object)) = (sources.is_empty(), resource.as_object_mut()) {
        object.insert("sources".to_owned(), Json::Array(sources));
    }
    resource
}

/// A source as the Data Package spec lists one: a title and, if it has one, its address.
fn source_entry(source: &Source) -> Json {
    let title = format!("{}: {}", source.publisher.get(Lang::DEFAULT), source.title.get(Lang::DEFAULT));
    match &source.url {
        Some(url) => json!({ "title": title, "path": url }),
        None => json!({ "title": title }),
    }
}

fn series_description(series: &Series) -> String {
    let mut about = format!(
        "{} ({}): measure {}, unit {}, as of {}",
        series.title.get(Lang::DEFAULT),
        series.entity,
        series.measure,
        series.unit.id(),
        series.as_of
    );
    if let Some(includes) = &series.includes {
        about.push_str(&format!("; counts {includes}"));
    }
    if let Some(note) = &series.note {
        about.push_str(&format!(". {note}"));
    }
    about
}

fn descriptor(dataset: &Dataset, tables: &[Table]) -> String {
    let mut resources = vec![
        resource(
            "sources",
            "Sources",
            "Every source a figure cites, with its address where it has one",
            &[
                ("id", "string", "the id figures cite"),
                ("publisher", "string", ""),
                ("title", "string", ""),
                ("date", "date", "publication date, when the page shows one"),
                ("url", "string", "the page's address"),
                ("status", "string", "verified, secondary or weak"),
                ("note", "string", ""),
            ],
            Vec::new(),
        ),
        resource(
            "milestones",
            "Milestones",
            "Dated events: launches, deliveries reaching a total, first profit",
            &[
                ("id", "string", ""),
                ("date", "string", "a day, month or year, as precisely as known"),
                ("entity", "string", ""),
                ("title", "string", ""),
                ("cumulative", "number", "the running total the milestone marks"),
                ("qualifier", "string", "exact, at_least or about"),
                ("kind", "string", ""),
                ("sources", "string", "the publishers, separated by ;"),
                ("source_ids", "string", "ids in sources.csv, separated by spaces"),
                ("note", "string", ""),
            ],
            Vec::new(),
        ),
    ];
    for series in &dataset.series {
        let mut cited: Vec<&str> = series.values.iter().flat_map(|v| v.sources.iter().map(String::as_str)).collect();
        crate::sort::sort_unique(&mut cited);
        let sources = cited.into_iter().filter_map(|id| dataset.source(id)).map(source_entry).collect();
        let title = series.title.get(Lang::DEFAULT);
        resources.push(resource(&series.id, title, &series_description(series), &SERIES_FIELDS, sources));
    }
    for table in tables {
        resources.push(resource(table.name, table.title, table.description, table.fields, Vec::new()));
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": NAME,
        "title": dataset.title.get(Lang::DEFAULT),
        "description": "Every figure the Xiaomi EV dashboard draws, with its unit, period, qualifier, kind, status and sources",
        "version": dataset.as_of.to_string(),
        "licenses": [{
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": dataset.licence,
        }],
        "sources": dataset.sources.iter().map(source_entry).collect::<Vec<_>>(),
        "resources": resources,
    });
    serde_json::to_string_pretty(&package).unwrap_or_default()
}

/// A conflicting value as a cell writes it: `1050000 (about; source-a source-b)`.
pub fn conflict_cell(value: f64, qualifier: Qualifier, sources: &[String]) -> String {
    format!("{} ({}; {})", number_cell(value), qualifier.id(), sources.join(" "))
}

fn publishers(dataset: &Dataset, ids: &[String]) -> String {
    let names: Vec<&str> =
        ids.iter().filter_map(|id| dataset.source(id)).map(|s| s.publisher.get(Lang::DEFAULT)).collect();
    names.join("; ")
}

fn series_csv(dataset: &Dataset, series: &Series) -> String {
    let mut out = row(&SERIES_FIELDS.map(|(name, _, _)| name.to_owned()));
    for value in &series.values {
        let conflicts: Vec<String> =
            value.conflicts.iter().map(|c| conflict_cell(c.value, c.qualifier, &c.sources)).collect();
        out.push_str(&row(&[
            text_cell(&value.period.to_string()),
            number_cell(value.value),
            text_cell(value.unit.unwrap_or(series.unit).id()),
            text_cell(value.qualifier.id()),
            text_cell(value.kind.id()),
            text_cell(value.status.map_or("", |s| s.id())),
            value.date.map(|d| d.to_string()).unwrap_or_default(),
            text_cell(value.forecaster.as_deref().unwrap_or("")),
            value.stated_change_pct.map(number_cell).unwrap_or_default(),
            text_cell(&conflicts.join(" | ")),
            text_cell(&publishers(dataset, &value.sources)),
            text_cell(&value.sources.join(" ")),
            text_cell(value.note.as_deref().unwrap_or("")),
        ]));
    }
    out
}

fn sources_csv(dataset: &Dataset) -> String {
    let mut out = row(&["id", "publisher", "title", "date", "url", "status", "note"].map(str::to_owned));
    for source in &dataset.sources {
        out.push_str(&row(&[
            text_cell(&source.id),
            text_cell(source.publisher.get(Lang::DEFAULT)),
            text_cell(source.title.get(Lang::DEFAULT)),
            source.date.map(|d| d.to_string()).unwrap_or_default(),
            text_cell(source.url.as_deref().unwrap_or("")),
            text_cell(source.status.id()),
            text_cell(source.note.as_deref().unwrap_or("")),
        ]));
    }
    out
}

fn milestones_csv(dataset: &Dataset) -> String {
    let header = ["id", "date", "entity", "title", "cumulative", "qualifier", "kind", "sources", "source_ids", "note"];
    let mut out = row(&header.map(str::to_owned));
    for milestone in &dataset.milestones {
        out.push_str(&milestone_row(dataset, milestone));
    }
    out
}

fn milestone_row(dataset: &Dataset, milestone: &Milestone) -> String {
    row(&[
        text_cell(&milestone.id),
        text_cell(&milestone.date.to_string()),
        text_cell(&milestone.entity),
        text_cell(milestone.title.get(Lang::DEFAULT)),
        milestone.cumulative.map(number_cell).unwrap_or_default(),
        text_cell(milestone.qualifier.map_or("", |q| q.id())),
        text_cell(milestone.kind.map_or("", |k| k.id())),
        text_cell(&publishers(dataset, &milestone.sources)),
        text_cell(&milestone.sources.join(" ")),
        text_cell(milestone.note.as_deref().unwrap_or("")),
    ])
}

/// Writes the package into `<site>/data/xiaomi-ev-data/` and the same files
/// as `<site>/data/xiaomi-ev-data.zip`. Returns the paths written.
#[cfg(not(target_arch = "wasm32"))]
pub fn write(dataset: &Dataset, tables: &[Table], site: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    use std::io::Write;
    let data_dir = site.join("data");
    let dir = data_dir.join(NAME);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let zip_path = data_dir.join(format!("{NAME}.zip"));
    let zip_file =
        std::fs::File::create(&zip_path).map_err(|e| format!("cannot create {}: {e}", zip_path.display()))?;
    let mut zip = zip::ZipWriter::new(zip_file);
    // A fixed date in every entry, so that the same data gives the same zip.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut written = Vec::new();
    for (name, contents) in files(dataset, tables) {
        let path = dir.join(&name);
        std::fs::write(&path, &contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
        zip.start_file(format!("{NAME}/{name}"), options).map_err(|e| format!("zip {name}: {e}"))?;
        zip.write_all(contents.as_bytes()).map_err(|e| format!("zip {name}: {e}"))?;
    }
    zip.finish().map_err(|e| format!("cannot finish {}: {e}", zip_path.display()))?;
    written.push(zip_path);
    Ok(written)
}
