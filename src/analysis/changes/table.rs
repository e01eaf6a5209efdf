//! What changed in each version as a table of the data package
//! (`changes.csv`), one row per change, with the columns the package's
//! descriptor describes.

use super::{Changes, FigureChange, SourceChange, Stated};
use crate::csv::{number_cell, text_cell};
use crate::data::package::{conflict_cell, Table};
use crate::data::FigureStatus;

/// The columns of the package's change table, one row per change.
const TABLE_FIELDS: [(&str, &str, &str); 17] = [
    ("version", "date", "the version (its as_of date) that made the change"),
    ("since", "date", "the version before it, which the change is measured from"),
    (
        "change",
        "string",
        "figure_added, figure_changed, figure_removed, source_added, source_removed, source_readdressed, \
         source_regraded or verdict_changed",
    ),
    ("subject", "string", "the figure's series (a file of this package), the source's or the claim's id"),
    ("period", "string", "the figure's period; empty for a source or a claim"),
    ("value_before", "number", "the figure's value before; empty when it was added"),
    ("value_after", "number", "the figure's value after; empty when it was removed"),
    ("qualifier_before", "string", "exact, at_least or about"),
    ("qualifier_after", "string", "exact, at_least or about"),
    (
        "status_before",
        "string",
        "a figure's status (single_source or weak; empty when solid), a source's (verified, secondary or weak) \
         or a claim's verdict",
    ),
    ("status_after", "string", "as status_before, after the change"),
    ("sources_before", "string", "ids in sources.csv, separated by spaces"),
    ("sources_after", "string", "ids in sources.csv, separated by spaces"),
    (
        "conflicting_values_before",
        "string",
        "other published values for the figure: value (qualifier; source ids), separated by |",
    ),
    ("conflicting_values_after", "string", "as conflicting_values_before, after the change"),
    ("address_before", "string", "a re-addressed source's address before"),
    ("address_after", "string", "a re-addressed source's address after"),
];

/// One row of the change table, by column name; columns left out are empty.
fn table_row(changes: &Changes, cells: &[(&str, String)]) -> String {
    let cell = |name: &str| cells.iter().find(|(column, _)| *column == name).map(|(_, value)| value.clone());
    let mut row = vec![changes.to.clone(), changes.from.clone()];
    row.extend(TABLE_FIELDS.iter().skip(2).map(|(name, _, _)| cell(name).unwrap_or_default()));
    crate::csv::row(&row)
}

/// The columns a figure fills before a change, and after it.
const BEFORE: [&str; 5] =
    ["value_before", "qualifier_before", "status_before", "sources_before", "conflicting_values_before"];
const AFTER: [&str; 5] =
    ["value_after", "qualifier_after", "status_after", "sources_after", "conflicting_values_after"];

/// A figure's cells in `columns` ([`BEFORE`] or [`AFTER`]).
fn stated_cells(stated: &Stated, columns: [&'static str; 5]) -> Vec<(&'static str, String)> {
    let conflicts: Vec<String> =
        stated.conflicts.iter().map(|(value, qualifier, sources)| conflict_cell(*value, *qualifier, sources)).collect();
    let [value, qualifier, status, sources, conflicting] = columns;
    vec![
        (value, number_cell(stated.value)),
        (qualifier, stated.qualifier.id().to_owned()),
        (status, stated.status.map(FigureStatus::id).unwrap_or_default().to_owned()),
        (sources, text_cell(&stated.sources.join(" "))),
        (conflicting, text_cell(&conflicts.join(" | "))),
    ]
}

/// Every change of every version in `history` (oldest first) as the data
/// package's `changes` table, newest version first.
pub fn table(history: &[Changes]) -> Table {
    let mut csv = crate::csv::row(&TABLE_FIELDS.map(|(name, _, _)| name.to_owned()));
    for changes in history.iter().rev() {
        for (id, change) in &changes.figures {
            let mut cells = vec![("subject", text_cell(&id.series)), ("period", text_cell(&id.period))];
            let what = match change {
                FigureChange::Added(after) => {
                    cells.extend(stated_cells(after, AFTER));
                    "figure_added"
                }
                FigureChange::Changed { before, after } => {
                    cells.extend(stated_cells(before, BEFORE));
                    cells.extend(stated_cells(after, AFTER));
                    "figure_changed"
                }
                FigureChange::Removed(before) => {
                    cells.extend(stated_cells(before, BEFORE));
                    "figure_removed"
                }
            };
            cells.push(("change", what.to_owned()));
            csv.push_str(&table_row(changes, &cells));
        }
        for (id, change) in &changes.sources {
            let mut cells = vec![("subject", text_cell(id))];
            let what = match change {
                SourceChange::Added => "source_added",
                SourceChange::Removed => "source_removed",
                SourceChange::Readdressed { before, after } => {
                    cells.push(("address_before", text_cell(before.as_deref().unwrap_or_default())));
                    cells.push(("address_after", text_cell(after.as_deref().unwrap_or_default())));
                    "source_readdressed"
                }
                SourceChange::Regraded { before, after } => {
                    cells.push(("status_before", before.id().to_owned()));
                    cells.push(("status_after", after.id().to_owned()));
                    "source_regraded"
                }
            };
            cells.push(("change", what.to_owned()));
            csv.push_str(&table_row(changes, &cells));
        }
        for (id, before, after) in &changes.verdicts {
            let cells = [
                ("change", "verdict_changed".to_owned()),
                ("subject", text_cell(id)),
                ("status_before", before.id().to_owned()),
                ("status_after", after.id().to_owned()),
            ];
            csv.push_str(&table_row(changes, &cells));
        }
    }
    Table {
        name: "changes",
        title: "What changed in each version",
        description: "Every change each published version of the data made since the one before it, computed from \
                      the two versions' files: figures added, changed and removed, sources added, removed, \
                      re-addressed and re-graded, and claims whose verdict changed. The same lists as \
                      data/versions/<version>.changes.json.",
        fields: &TABLE_FIELDS,
        csv,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::changes::between;
    use crate::data::{fixture, test_datasets};

    #[test]
    fn the_package_table_has_one_row_per_change_with_both_sides_of_a_correction() {
        let table = table(&[between(&fixture(), &test_datasets::fixture_with_a_month_added_and_a_quarter_corrected())]);
        let lines: Vec<&str> = table.csv.split("\r\n").filter(|line| !line.is_empty()).collect();
        assert_eq!(lines.len(), 3, "a header and the two changes: {}", table.csv);
        let header: Vec<&str> = lines[0].split(',').collect();
        assert_eq!(header, TABLE_FIELDS.map(|(name, _, _)| name));
        let cell = |line: &str, column: &str| {
            let at = header.iter().position(|name| *name == column).unwrap();
            line.split(',').nth(at).unwrap().to_owned()
        };
        let (added, corrected) = (lines[1], lines[2]);
        assert_eq!(cell(added, "change"), "figure_added");
        assert_eq!(cell(added, "version"), "2026-03-01");
        assert_eq!((cell(added, "value_before"), cell(added, "value_after")), (String::new(), "30000".to_owned()));
        assert_eq!(cell(corrected, "change"), "figure_changed");
        assert_eq!((cell(corrected, "value_before"), cell(corrected, "value_after")), ("27307".into(), "27308".into()));
        assert_eq!(cell(corrected, "qualifier_before"), cell(corrected, "qualifier_after"));
        assert_eq!(cell(corrected, "since"), fixture().as_of.to_string());
        assert!(table.fields.iter().all(|(name, kind, _)| !name.is_empty() && !kind.is_empty()));
    }
}
