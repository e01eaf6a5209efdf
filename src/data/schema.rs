//! The dataset's shape, as read from `data/dataset.json`. `docs/data.md`
//! documents every field for people who edit the file by hand.

use super::claim::Claim;
use super::lang::Text;
use super::period::{Date, Period};
use crate::text::Lang;
use serde::Deserialize;

/// An enum the dataset writes by name: each variant with the name the file
/// and the CSV files use, its `id()`, and reading it by that name (an unknown
/// one gets serde's message, with the names it expected). Written here
/// rather than derived: serde's derived enum visitors cost about 1 KB of wasm
/// each, where these share one function.
macro_rules! named_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            const ALL: &'static [$name] = &[$($name::$variant,)+];
            const NAMES: &'static [&'static str] = &[$($id,)+];

            /// As the dataset and the CSV files write it.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let index = name_index(deserializer, $name::NAMES)?;
                $name::ALL.get(index).copied().ok_or_else(|| serde::de::Error::unknown_variant("", $name::NAMES))
            }
        }
    };
}

/// Which of `names` the next value is: a string, one of them.
fn name_index<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    let name = String::deserialize(deserializer)?;
    names.iter().position(|known| *known == name).ok_or_else(|| serde::de::Error::unknown_variant(&name, names))
}

named_enum! {
    /// How exact a figure is, in the words of its source.
    pub enum Qualifier {
        Exact = "exact",
        /// A floor: the source said "over 40,000".
        AtLeast = "at_least",
        /// Rounded or approximate.
        About = "about",
    }
}

impl Qualifier {
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

named_enum! {
    /// What sort of figure a value is.
    pub enum Kind {
        Actual = "actual",
        Target = "target",
        Forecast = "forecast",
        Estimate = "estimate",
        Guidance = "guidance",
    }
}

impl Kind {
    /// Figures about what has happened, as opposed to plans and predictions.
    pub fn is_outcome(self) -> bool {
        matches!(self, Kind::Actual | Kind::Estimate)
    }
}

named_enum! {
    pub enum Unit {
        Vehicles = "vehicles",
        Yuan = "yuan",
        Usd = "usd",
        Percent = "percent",
        Days = "days",
        Months = "months",
    }
}

named_enum! {
    pub enum SourceStatus {
        /// Read in at least one copy of the publication named.
        Verified = "verified",
        /// Read only in a reprint or aggregator.
        Secondary = "secondary",
        /// Read only in low-quality, machine-written or garbled pages: a
        /// figure resting on such pages alone is marked weak.
        Weak = "weak",
    }
}

#[derive(Clone, Debug)]
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

object_reader!(Source "a source" { required(id, publisher, title, status) optional(date, url, note) defaulted() });

#[derive(Clone, Debug)]
pub struct Entity {
    pub id: String,
    pub name: Text,
}

object_reader!(Entity "an entity" { required(id, name) optional() defaulted() });

named_enum! {
    /// How well a published figure is supported, when less than solid. A figure
    /// without a status was read in several pages or in its publisher's own.
    pub enum FigureStatus {
        /// Read in one page only.
        SingleSource = "single_source",
        /// Read, but only in low-quality or machine-written pages.
        Weak = "weak",
    }
}

/// Another published value for the same figure that disagrees with the one
/// drawn: both are shown, with their sources.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictingValue {
    pub value: f64,
    pub qualifier: Qualifier,
    pub sources: Vec<String>,
    pub note: Option<String>,
}

object_reader!(ConflictingValue "a conflicting value" { required(value, qualifier, sources) optional(note) defaulted() });

#[derive(Clone, Debug)]
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
    pub conflicts: Vec<ConflictingValue>,
    pub note: Option<String>,
}

object_reader!(Value "a value" { required(period, value, qualifier, kind, sources) optional(unit, date, forecaster, stated_change_pct, status, note) defaulted(conflicts) });

#[derive(Clone, Debug)]
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

object_reader!(Series "a series" { required(id, title, entity, measure, unit, as_of, values) optional(includes, note) defaulted() });

impl Series {
    pub fn value_at(&self, period: &Period) -> Option<&Value> {
        self.values.iter().find(|v| &v.period == period)
    }
}

/// A dated event; `date` may be a day, month or year when only that is known.
#[derive(Clone, Debug)]
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

object_reader!(Milestone "a milestone" { required(id, date, entity, title, sources) optional(cumulative, qualifier, kind, note) defaulted() });

#[derive(Clone, Debug)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: Text,
    pub as_of: Date,
    pub licence: String,
    pub entities: Vec<Entity>,
    pub sources: Vec<Source>,
    pub series: Vec<Series>,
    pub milestones: Vec<Milestone>,
    pub claims: Vec<Claim>,
}

object_reader!(Dataset "a dataset" { required(schema_version, title, as_of, licence, entities, sources, series) optional() defaulted(milestones, claims) });

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
