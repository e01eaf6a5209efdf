//! The dataset's shape, as read from `data/dataset.json`. `docs/data.md`
//! documents every field for people who edit the file by hand.

use super::claim::Claim;
use super::lang::Text;
use super::period::{Date, Period};
use crate::text::Lang;
use serde::Deserialize;

/// How exact a figure is, in the words of its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    /// A floor: the source said "over 40,000".
    AtLeast,
    /// Rounded or approximate.
    About,
}

impl Qualifier {
    /// As the dataset and the CSV files write it (serde reads the same name).
    pub fn id(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::About => "about",
        }
    }

    /// The qualifier of a sum or ratio of figures: one approximate input makes
    /// the result approximate; one floor (with the rest exact) makes it a floor.
    pub fn combine(self, other: Qualifier) -> Qualifier {
        use Qualifier::*;
        match (self, other) {
            (About, _) | (_, About) => About,
            (AtLeast, _) | (_, AtLeast) => AtLeast,
            (Exact, Exact) => Exact,
        }
    }
}

/// What sort of figure a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Actual,
    Target,
    Forecast,
    Estimate,
    Guidance,
}

impl Kind {
    /// As the dataset and the CSV files write it (serde reads the same name).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Actual => "actual",
            Kind::Target => "target",
            Kind::Forecast => "forecast",
            Kind::Estimate => "estimate",
            Kind::Guidance => "guidance",
        }
    }

    /// Figures about what has happened, as opposed to plans and predictions.
    pub fn is_outcome(self) -> bool {
        matches!(self, Kind::Actual | Kind::Estimate)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Vehicles,
    Yuan,
    Usd,
    Percent,
    Days,
    Months,
}

impl Unit {
    /// As the dataset and the CSV files write it (serde reads the same name).
    pub fn id(self) -> &'static str {
        match self {
            Unit::Vehicles => "vehicles",
            Unit::Yuan => "yuan",
            Unit::Usd => "usd",
            Unit::Percent => "percent",
            Unit::Days => "days",
            Unit::Months => "months",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceStatus {
    /// Read in at least one copy of the publication named.
    Verified,
    /// Read only in a reprint or aggregator.
    Secondary,
    /// Read only in low-quality, machine-written or garbled pages: a
    /// figure resting on such pages alone is marked weak.
    Weak,
}

impl SourceStatus {
    /// As the dataset and the CSV files write it (serde reads the same name).
    pub fn id(self) -> &'static str {
        match self {
            SourceStatus::Verified => "verified",
            SourceStatus::Secondary => "secondary",
            SourceStatus::Weak => "weak",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: Text,
    pub title: Text,
    /// The page's date, when it shows one.
    pub date: Option<Date>,
    pub url: Option<String>,
    pub status: SourceStatus,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub name: Text,
}

/// How well a published figure is supported, when less than solid. A figure
/// without a status was read in several pages or in its publisher's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureStatus {
    /// Read in one page only.
    SingleSource,
    /// Read, but only in low-quality or machine-written pages.
    Weak,
}

impl FigureStatus {
    /// As the dataset and the CSV files write it (serde reads the same name).
    pub fn id(self) -> &'static str {
        match self {
            FigureStatus::SingleSource => "single_source",
            FigureStatus::Weak => "weak",
        }
    }
}

/// Another published value for the same figure that disagrees with the one
/// drawn: both are shown, with their sources.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictingValue {
    pub value: f64,
    pub qualifier: Qualifier,
    pub sources: Vec<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Value {
    pub period: Period,
    pub value: f64,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub sources: Vec<String>,
    /// Overrides the series' unit; must agree with it.
    pub unit: Option<Unit>,
    /// When the figure was announced (targets, guidance).
    pub date: Option<Date>,
    /// Who made a forecast.
    pub forecaster: Option<String>,
    /// The change on the previous period as the source states it, in percent.
    pub stated_change_pct: Option<f64>,
    /// Set when the figure rests on one page or on weak pages.
    pub status: Option<FigureStatus>,
    /// Other published values for the same figure, when sources disagree.
    #[serde(default)]
    pub conflicts: Vec<ConflictingValue>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: String,
    pub title: Text,
    pub entity: String,
    /// deliveries, cpca, production, sales_incl_phev, segment_revenue, ...
    pub measure: String,
    pub unit: Unit,
    pub as_of: Date,
    /// What a vehicle count includes: bev, bev_phev, erev_bev, ...
    pub includes: Option<String>,
    pub note: Option<String>,
    pub values: Vec<Value>,
}

impl Series {
    pub fn value_at(&self, period: &Period) -> Option<&Value> {
        self.values.iter().find(|v| &v.period == period)
    }
}

/// A dated event; `date` may be a day, month or year when only that is known.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    pub date: Period,
    pub entity: String,
    pub title: Text,
    pub cumulative: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub kind: Option<Kind>,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: Text,
    pub as_of: Date,
    pub licence: String,
    pub entities: Vec<Entity>,
    pub sources: Vec<Source>,
    pub series: Vec<Series>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub claims: Vec<Claim>,
}

impl Dataset {
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn entity_name(&self, id: &str, lang: Lang) -> String {
        self.entities.iter().find(|e| e.id == id).map(|e| e.name.get(lang).to_owned()).unwrap_or_else(|| id.to_owned())
    }

    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    /// Resolves a `series-id@period` reference.
    pub fn lookup(&self, reference: &str) -> Option<(&Series, &Value)> {
        let (series_id, period) = reference.split_once('@')?;
        let series = self.series(series_id)?;
        let value = series.value_at(&Period::parse(period)?)?;
        Some((series, value))
    }
}
