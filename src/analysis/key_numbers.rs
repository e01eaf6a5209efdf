//! The headline figures the header and the title slide show: last year's
//! deliveries, this year's target, the growth it needs and cumulative
//! deliveries to date. Computed and worded here, natively testable; the views
//! only lay them out.

use super::target::{cumulative_to_date, tracked_pace};
use crate::data::{Dataset, Unit};
use crate::format;
use crate::text::messages;
use crate::text::Lang;

/// One headline figure, worded for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyNumber {
    pub label: String,
    pub value: String,
    /// What the figure covers, when the label does not say ("through Jan 2026").
    pub detail: String,
}

/// The figures for the year the data is as of; a figure the dataset cannot
/// give is left out, not shown as zero.
pub fn key_numbers(dataset: &Dataset, lang: Lang) -> Vec<KeyNumber> {
    let text = messages(lang);
    let figure = |value: f64, qualifier| format::figure(value, Unit::Vehicles, qualifier, lang);
    let number = |label: String, value: String| KeyNumber { label, value, detail: String::new() };
    let mut numbers = Vec::new();
    if let Some(pace) = tracked_pace(dataset) {
        if let Some(previous) = pace.previous_year {
            numbers.push(number(text.key_year_deliveries(pace.year - 1), figure(previous.value, previous.qualifier)));
        }
        numbers.push(number(text.key_year_target(pace.year), figure(pace.target.value, pace.target.qualifier)));
        if let Some(growth) = pace.growth_needed_pct {
            numbers.push(number(text.key_growth_needed.to_owned(), format::change_pct(growth)));
        }
    }
    if let Some((period, total)) = cumulative_to_date(dataset) {
        numbers.push(KeyNumber {
            label: text.key_cumulative.to_owned(),
            value: figure(total.value, total.qualifier),
            detail: text.key_cumulative_through(&format::period(&period, lang)),
        });
    }
    numbers
}

/// What the product is, in one line, naming the tracked year's target as
/// the data gives it.
pub fn tagline(dataset: &Dataset, lang: Lang) -> String {
    let target = tracked_pace(dataset)
        .map(|pace| (pace.year, format::figure(pace.target.value, Unit::Vehicles, pace.target.qualifier, lang)));
    messages(lang).tagline(target.as_ref().map(|(year, target)| (*year, target.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    #[test]
    fn the_key_numbers_are_last_years_deliveries_this_years_target_the_growth_needed_and_the_total() {
        // The frozen fixture: data as of 2026-02-01.
        let numbers = key_numbers(&fixture(), Lang::En);
        let as_text: Vec<(&str, &str, &str)> =
            numbers.iter().map(|n| (n.label.as_str(), n.value.as_str(), n.detail.as_str())).collect();
        assert_eq!(
            as_text,
            [
                ("2025 deliveries", "410,000+", ""),
                ("2026 target", "550,000", ""),
                ("Growth needed", "+34.1%", ""),
                ("Cumulative deliveries", "585,854+", "through Jan 2026"),
            ]
        );
        let chinese = key_numbers(&fixture(), Lang::ZhCn);
        assert_eq!(chinese.len(), 4);
        assert_eq!(chinese[2].value, "+34.1%", "a change reads the same in both languages");
        assert_ne!(chinese[0].label, numbers[0].label, "the labels are in the page's language");
    }

    #[test]
    fn a_year_without_a_target_shows_only_the_total() {
        let mut dataset = fixture();
        dataset.series.retain(|s| s.id != crate::data::ids::series::XIAOMI_TARGET);
        let numbers = key_numbers(&dataset, Lang::En);
        assert_eq!(numbers.len(), 1, "{numbers:?}");
        assert_eq!(numbers[0].label, "Cumulative deliveries");
    }
}
