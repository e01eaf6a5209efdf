//! Charts: pure functions from the dataset and options (size, theme, language)
//! to a [`ChartModel`] (exactly the data drawn, with sources) and to SVG.
//! Nothing here touches the DOM, so every chart renders and is tested natively.

mod deliveries;
pub mod render;

pub use deliveries::DeliveriesBy;
pub use render::{escape_xml, render_svg};

use crate::data::{Dataset, Date, Kind, Lang, Period, Qualifier, Unit};
use crate::format;

/// Stable chart ids: they appear in URLs and in `data-chart` attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Deliveries,
}

impl ChartId {
    pub const ALL: [ChartId; 1] = [ChartId::Deliveries];

    pub fn id(self) -> &'static str {
        match self {
            ChartId::Deliveries => "deliveries",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// How a chart is drawn. `standalone` puts the title and the source line
/// inside the SVG, for downloads and the static fallback images.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartOptions {
    pub width: u32,
    pub height: u32,
    pub theme: Theme,
    pub lang: Lang,
    pub standalone: bool,
}

impl ChartOptions {
    /// A height that suits the width: wide screens get a flatter chart.
    pub fn for_width(width: u32, theme: Theme, lang: Lang) -> ChartOptions {
        let width = width.clamp(240, 4096);
        let height = (f64::from(width) * 0.56).clamp(280.0, 560.0) as u32;
        ChartOptions {
            width,
            height,
            theme,
            lang,
            standalone: false,
        }
    }
}

/// Settings a reader can change on a chart (and that the URL restores).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ChartSettings {
    pub deliveries_by: DeliveriesBy,
}

/// How a point is drawn relative to the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emphasis {
    Highlight,
    Muted,
}

/// One drawn figure, with everything a tooltip, table or CSV row needs.
#[derive(Clone, Debug, PartialEq)]
pub struct DataPoint {
    pub series_id: String,
    pub series_label: String,
    pub period: Period,
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub measure: String,
    pub sources: Vec<String>,
    /// Set when the figure is computed from others rather than published.
    pub derivation: Option<String>,
    pub note: Option<String>,
    /// Drawn as a bar (primary) or as a marker over the bar (secondary).
    pub secondary: bool,
    pub emphasis: Emphasis,
}

impl DataPoint {
    pub fn label(&self, lang: Lang) -> String {
        format::figure(self.value, self.unit, self.qualifier, lang)
    }
}

/// A horizontal line with a label, e.g. the pace a target needs.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferenceLine {
    pub value: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceRef {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub date: Date,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartModel {
    pub id: ChartId,
    pub title: String,
    /// One sentence computed from the data.
    pub takeaway: String,
    pub x_label: String,
    pub y_label: String,
    pub points: Vec<DataPoint>,
    pub reference_lines: Vec<ReferenceLine>,
    /// Qualifier marks and derivations, for the notes line.
    pub notes: Vec<String>,
    pub sources: Vec<SourceRef>,
    pub as_of: Date,
    pub lang: Lang,
}

impl ChartModel {
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// "Source: A; B. Data as of 1 Feb 2026."
    pub fn source_line(&self) -> String {
        let names: Vec<String> = self.sources.iter().map(|s| s.publisher.clone()).collect();
        match self.lang {
            Lang::En => format!(
                "Source: {}. Data as of {}.",
                names.join("; "),
                format::date(self.as_of, self.lang)
            ),
            Lang::ZhCn => format!(
                "来源：{}。数据截至{}。",
                names.join("；"),
                format::date(self.as_of, self.lang)
            ),
        }
    }
}

/// Builds a chart's model from the dataset. Missing series give an empty model,
/// which renders as a "no data" chart rather than failing.
pub fn build(id: ChartId, dataset: &Dataset, settings: &ChartSettings, lang: Lang) -> ChartModel {
    match id {
        ChartId::Deliveries => deliveries::build(dataset, settings.deliveries_by, lang),
    }
}

/// Collects the distinct sources of the given points, in first-use order.
fn sources_of(dataset: &Dataset, points: &[DataPoint]) -> Vec<SourceRef> {
    let mut seen: Vec<&str> = Vec::new();
    for id in points.iter().flat_map(|p| p.sources.iter()) {
        if !seen.contains(&id.as_str()) {
            seen.push(id);
        }
    }
    seen.into_iter()
        .filter_map(|id| dataset.source(id))
        .map(|s| SourceRef {
            id: s.id.clone(),
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            date: s.date,
            url: s.url.clone(),
        })
        .collect()
}

/// The notes line: what the marks mean, for the qualifiers actually drawn.
fn qualifier_notes(points: &[DataPoint], lang: Lang) -> Vec<String> {
    let has = |q: Qualifier| points.iter().any(|p| p.qualifier == q);
    let mut notes = Vec::new();
    if has(Qualifier::AtLeast) {
        notes.push(match lang {
            Lang::En => {
                "+ = at least: the source states a floor (\"over 40,000\"), drawn as an open bar."
                    .to_owned()
            }
            Lang::ZhCn => {
                "+ 表示至少：来源给出的是下限（如“超过4万辆”），以空心柱表示。".to_owned()
            }
        });
    }
    if has(Qualifier::About) {
        notes.push(match lang {
            Lang::En => "~ = about: a rounded figure.".to_owned(),
            Lang::ZhCn => "~ 表示约数：四舍五入后的数字。".to_owned(),
        });
    }
    for point in points.iter().filter(|p| p.derivation.is_some()) {
        notes.push(format!(
            "{}: {}",
            format::period(&point.period, lang),
            point.derivation.as_deref().unwrap_or_default()
        ));
    }
    notes
}

/// Writes every chart, in both themes, as standalone SVG files: the static
/// fallback for embeds where scripts cannot run. Returns the paths written.
pub fn write_static_svgs(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let dataset = crate::data::builtin().map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for id in ChartId::ALL {
        let model = build(id, &dataset, &ChartSettings::default(), Lang::En);
        for (theme, suffix) in [(Theme::Light, ""), (Theme::Dark, "-dark")] {
            let options = ChartOptions {
                width: 800,
                height: 560,
                theme,
                lang: Lang::En,
                standalone: true,
            };
            let path = dir.join(format!("{}{suffix}.svg", id.id()));
            std::fs::write(&path, render_svg(&model, &options))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests;
