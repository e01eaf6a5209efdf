//! The claims from the seed articles, and the checks that test each against
//! the data, as read from `data/dataset.json` (`docs/data.md`).

use super::lang::Text;
use super::period::Period;
use serde::Deserialize;

/// A claim from a seed article and how to check it against the data.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub seeds: Vec<String>,
    pub text: Text,
    pub check: ClaimCheck,
}

/// `ref` strings name a value as `series-id@period`. In the file a check is
/// one object with a `type` and that type's fields (see [`ClaimCheckFields`]).
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "ClaimCheckFields")]
pub enum ClaimCheck {
    Growth { from: String, to: String, stated_pct: f64 },
    SumAtLeast { parts: Vec<String>, stated: f64 },
    DaysBetween { from: String, to: String, stated_days: i64 },
    ValuesMatch { values: Vec<StatedValue> },
    SumMatches { parts: Vec<String>, narrower_parts: Vec<String>, stated: f64 },
    MonthsToProfit { from: String, profit: String, stated_months: f64, compare: String },
    ProfitPeriod { profit: String, stated_period: Period, reported: String },
    SameRange { a: String, b: String, max_ratio: f64 },
    ProjectionReaches { parts: Vec<String>, threshold: f64 },
    Greater { a: String, b: String },
}

/// A claim check as written in the file: every field any check type takes,
/// checked against its `type` by `TryFrom`. Flat rather than
/// `#[serde(tag = "type")]`, which buffers the whole object first and costs
/// about 25 KB of wasm; the file format is the same.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimCheckFields {
    #[serde(rename = "type")]
    check_type: String,
    from: Option<String>,
    to: Option<String>,
    a: Option<String>,
    b: Option<String>,
    profit: Option<String>,
    compare: Option<String>,
    reported: Option<String>,
    parts: Option<Vec<String>>,
    narrower_parts: Option<Vec<String>>,
    values: Option<Vec<StatedValue>>,
    stated: Option<f64>,
    stated_pct: Option<f64>,
    stated_days: Option<i64>,
    stated_months: Option<f64>,
    stated_period: Option<Period>,
    max_ratio: Option<f64>,
    threshold: Option<f64>,
}

impl ClaimCheckFields {
    /// The field names that are set, to reject any the check type does not take.
    fn present(&self) -> Vec<&'static str> {
        let set = [
            ("from", self.from.is_some()),
            ("to", self.to.is_some()),
            ("a", self.a.is_some()),
            ("b", self.b.is_some()),
            ("profit", self.profit.is_some()),
            ("compare", self.compare.is_some()),
            ("reported", self.reported.is_some()),
            ("parts", self.parts.is_some()),
            ("narrower_parts", self.narrower_parts.is_some()),
            ("values", self.values.is_some()),
            ("stated", self.stated.is_some()),
            ("stated_pct", self.stated_pct.is_some()),
            ("stated_days", self.stated_days.is_some()),
            ("stated_months", self.stated_months.is_some()),
            ("stated_period", self.stated_period.is_some()),
            ("max_ratio", self.max_ratio.is_some()),
            ("threshold", self.threshold.is_some()),
        ];
        set.into_iter().filter(|(_, is_set)| *is_set).map(|(name, _)| name).collect()
    }
}

/// Takes a required field out of a claim check, or says which one is missing.
fn required<T>(field: &mut Option<T>, name: &str, check_type: &str) -> Result<T, String> {
    field.take().ok_or_else(|| format!("claim check `{check_type}` needs the field `{name}`"))
}

impl TryFrom<ClaimCheckFields> for ClaimCheck {
    type Error = String;

    fn try_from(mut f: ClaimCheckFields) -> Result<ClaimCheck, String> {
        let present = f.present();
        let t = std::mem::take(&mut f.check_type);
        let t = t.as_str();
        let (check, takes): (ClaimCheck, &[&str]) = match t {
            "growth" => (
                ClaimCheck::Growth {
                    from: required(&mut f.from, "from", t)?,
                    to: required(&mut f.to, "to", t)?,
                    stated_pct: required(&mut f.stated_pct, "stated_pct", t)?,
                },
                &["from", "to", "stated_pct"],
            ),
            "sum_at_least" => (
                ClaimCheck::SumAtLeast {
                    parts: required(&mut f.parts, "parts", t)?,
                    stated: required(&mut f.stated, "stated", t)?,
                },
                &["parts", "stated"],
            ),
            "days_between" => (
                ClaimCheck::DaysBetween {
                    from: required(&mut f.from, "from", t)?,
                    to: required(&mut f.to, "to", t)?,
                    stated_days: required(&mut f.stated_days, "stated_days", t)?,
                },
                &["from", "to", "stated_days"],
            ),
            "values_match" => (ClaimCheck::ValuesMatch { values: required(&mut f.values, "values", t)? }, &["values"]),
            "sum_matches" => (
                ClaimCheck::SumMatches {
                    parts: required(&mut f.parts, "parts", t)?,
                    narrower_parts: required(&mut f.narrower_parts, "narrower_parts", t)?,
                    stated: required(&mut f.stated, "stated", t)?,
                },
                &["parts", "narrower_parts", "stated"],
            ),
            "months_to_profit" => (
                ClaimCheck::MonthsToProfit {
                    from: required(&mut f.from, "from", t)?,
                    profit: required(&mut f.profit, "profit", t)?,
                    stated_months: required(&mut f.stated_months, "stated_months", t)?,
                    compare: required(&mut f.compare, "compare", t)?,
                },
                &["from", "profit", "stated_months", "compare"],
            ),
            "profit_period" => (
                ClaimCheck::ProfitPeriod {
                    profit: required(&mut f.profit, "profit", t)?,
                    stated_period: required(&mut f.stated_period, "stated_period", t)?,
                    reported: required(&mut f.reported, "reported", t)?,
                },
                &["profit", "stated_period", "reported"],
            ),
            "same_range" => (
                ClaimCheck::SameRange {
                    a: required(&mut f.a, "a", t)?,
                    b: required(&mut f.b, "b", t)?,
                    max_ratio: required(&mut f.max_ratio, "max_ratio", t)?,
                },
                &["a", "b", "max_ratio"],
            ),
            "projection_reaches" => (
                ClaimCheck::ProjectionReaches {
                    parts: required(&mut f.parts, "parts", t)?,
                    threshold: required(&mut f.threshold, "threshold", t)?,
                },
                &["parts", "threshold"],
            ),
            "greater" => {
                (ClaimCheck::Greater { a: required(&mut f.a, "a", t)?, b: required(&mut f.b, "b", t)? }, &["a", "b"])
            }
            other => return Err(format!("unknown claim check type `{other}`")),
        };
        match present.into_iter().find(|name| !takes.contains(name)) {
            Some(extra) => Err(format!("claim check `{t}` does not take the field `{extra}`")),
            None => Ok(check),
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedValue {
    #[serde(rename = "ref")]
    pub reference: String,
    pub stated: f64,
}
