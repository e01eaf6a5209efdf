//! The catalogue: every sentence the product writes, one file per language
//! (`en.rs`, `zh_cn.rs`). Each file holds its fixed strings as one
//! [`UiText`] constant and each sentence with figures in it as a function;
//! `sentences!` below declares every sentence once and registers each
//! language by one line, so a language that lacks a message does not
//! compile, and a call formats only the language asked for. Charts, analysis
//! and views take their words from [`messages`] or [`ui`] and never choose a
//! language themselves. Adding a language: docs/i18n.md.

use crate::data::{Kind, Lang, Qualifier};

mod en;
mod zh_cn;

/// The fixed strings of one language: the interface's, and the charts' titles,
/// labels and notes that contain no figure.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct UiText {
    pub product_name: &'static str,
    pub data_as_of: &'static str,
    /// Punctuation between parts of a sentence, which differs by script:
    /// "A; B. Data as of 3 Jul 2026, 4 months ago." / "A；B。数据截至2026年7月3日，4个月前。"
    pub word_gap: &'static str,
    pub comma: &'static str,
    pub full_stop: &'static str,
    /// Between the parts of a footer or a tooltip's line: " · ".
    pub dot_separator: &'static str,
    pub skip_to_content: &'static str,
    pub key_growth_needed: &'static str,
    pub key_cumulative: &'static str,
    pub group_by: &'static str,
    pub show_table: &'static str,
    pub table_period: &'static str,
    pub table_series: &'static str,
    pub table_value: &'static str,
    pub table_qualifier: &'static str,
    pub table_kind: &'static str,
    pub table_source: &'static str,
    /// Leads the source line and the tooltip's sources.
    pub source_label: &'static str,
    pub notes: &'static str,
    pub sources_heading: &'static str,
    pub sources_intro: &'static str,
    pub status_verified: &'static str,
    pub status_secondary: &'static str,
    pub footer_sources: &'static str,
    /// The link to the data package, and what it holds.
    pub download_all_data: &'static str,
    pub download_all_data_about: &'static str,
    pub footer_licence: &'static str,
    pub footer_code: &'static str,
    pub notice_ignored: &'static str,
    pub data_error_heading: &'static str,
    pub data_error_intro: &'static str,
    pub theme_label: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub language_label: &'static str,
    /// The language's name for itself, in the language switch.
    pub language_name: &'static str,
    /// The page's `og:locale` (Open Graph writes `en_US`, not `en-US`).
    pub og_locale: &'static str,
    pub chart_keys_hint: &'static str,
    pub claims_heading: &'static str,
    pub claims_intro: &'static str,
    pub claim_column: &'static str,
    pub claim_computed: &'static str,
    pub claim_verdict: &'static str,
    pub claim_explanation: &'static str,
    pub claim_seed: &'static str,
    pub findings_heading: &'static str,
    pub findings_intro: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub embed: &'static str,
    pub embed_intro: &'static str,
    pub embed_static_intro: &'static str,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub download_csv: &'static str,
    pub copy_image: &'static str,
    pub image_copied: &'static str,
    pub export_failed: &'static str,
    pub share_and_export: &'static str,
    pub full_dashboard: &'static str,
    pub present: &'static str,
    pub slide_previous: &'static str,
    pub slide_next: &'static str,
    pub slide_keys: &'static str,
    pub slide_of: &'static str,
    pub show_builtin: &'static str,
    /// Shown after a panic, followed by the `crash_reload` link.
    pub crash_message: &'static str,
    pub crash_reload: &'static str,

    // Sentences and lists.

    // What a figure is.
    pub status_conflicting: &'static str,
    pub status_single_source: &'static str,
    pub status_weak: &'static str,

    // Notes every chart may carry.
    pub note_outline: &'static str,
    pub note_at_least: &'static str,
    pub note_about: &'static str,

    // `deliveries`.
    pub by_month: &'static str,
    pub by_quarter: &'static str,
    pub by_year: &'static str,
    pub deliveries_title_month: &'static str,
    pub deliveries_title_quarter: &'static str,
    pub vehicles_delivered: &'static str,
    pub note_cpca_markers: &'static str,
    pub no_delivery_figures: &'static str,
    pub derived_from_annual: &'static str,

    // `cumulative`.
    pub cumulative_deliveries: &'static str,
    pub running_sum_quarters: &'static str,
    pub sum_of_years: &'static str,
    pub years_plus_months: &'static str,
    pub projection_target_pace: &'static str,
    pub projection_recent_pace: &'static str,
    pub axis_date: &'static str,
    pub axis_cumulative: &'static str,
    pub cumulative_title: &'static str,
    pub one_million_line: &'static str,
    pub note_projections: &'static str,
    pub no_cumulative_figures: &'static str,

    // `target`.
    pub axis_vehicles: &'static str,
    pub needed_from_here: &'static str,
    pub straight_line: &'static str,

    // `targets`.
    pub target_first_announced: &'static str,
    pub target_raised: &'static str,
    pub delivered: &'static str,
    pub axis_year: &'static str,
    pub targets_title: &'static str,
    pub no_targets_with_results: &'static str,

    // `regions`.
    pub change: &'static str,
    pub sales: &'static str,
    pub no_regional_forecasts: &'static str,
    pub no_regional_figures: &'static str,
    pub axis_vehicles_sold: &'static str,

    // `competitors`.
    pub axis_delivered_or_sold: &'static str,
    pub note_powertrains: &'static str,
    pub note_target_ranges: &'static str,

    // `financials`.
    pub revenue: &'static str,
    pub gross_margin: &'static str,
    pub profit_or_loss: &'static str,
    pub revenue_title: &'static str,
    pub margin_title: &'static str,
    pub result_title: &'static str,
    pub axis_yuan: &'static str,
    pub note_result_measure: &'static str,
    pub note_segment: &'static str,
    pub no_financial_figures: &'static str,

    // `time-to-scale`.
    pub days_to_100k: &'static str,
    pub months_to_profit: &'static str,
    pub days_to_100k_title: &'static str,
    pub months_to_profit_title: &'static str,
    pub axis_days: &'static str,
    pub axis_months: &'static str,
    pub no_xiaomi_figure_at_all: &'static str,

    // Projections and the data's age (`analysis::target`).

    // Where the sources disagree (`analysis::consistency`). `what` is a series and a period.

    // Checking the articles' claims (`analysis::claims`).
    pub verdict_holds: &'static str,
    pub verdict_rounding: &'static str,
    pub verdict_imprecise: &'static str,
    pub verdict_does_not_hold: &'static str,
    pub verdict_cannot_check: &'static str,
    pub figure_missing: &'static str,

    // The chart legend's default entries.
    pub legend_exact: &'static str,
    pub legend_at_least: &'static str,
    pub legend_target: &'static str,
    pub legend_cpca: &'static str,
    pub legend_derived: &'static str,
    /// Between publishers in a source line.
    pub sources_separator: &'static str,
    // Why custom data (`?data=`) could not be used.
}

/// The catalogue of one language: its fixed strings (the [`UiText`] fields,
/// through `Deref`) and its sentences, one method per message, each written
/// out by every language's file as a function of the same name. A call
/// formats only the language asked for.
#[derive(Clone, Copy, Debug)]
pub struct Messages(Lang);

/// The catalogue of `lang`.
pub fn messages(lang: Lang) -> Messages {
    Messages(lang)
}

pub fn ui(lang: Lang) -> &'static UiText {
    match lang {
        Lang::En => &en::UI,
        Lang::ZhCn => &zh_cn::UI,
    }
}

impl std::ops::Deref for Messages {
    type Target = UiText;

    fn deref(&self) -> &UiText {
        ui(self.0)
    }
}

/// Declares each sentence once, with its arguments: the method on
/// [`Messages`] that calls the function of the same name in the language's
/// file. Each language is registered here by one line in the `match`.
macro_rules! sentences {
    ($($(#[$attr:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty;)*) => {
        impl Messages {
            $($(#[$attr])* pub fn $name(self, $($arg: $ty),*) -> $ret {
                match self.0 {
                    Lang::En => en::$name($($arg),*),
                    Lang::ZhCn => zh_cn::$name($($arg),*),
                }
            })*
        }
    };
}

sentences! {

    // The header.
    /// What the product is; `target` is the tracked year and its target, if any.
    fn tagline(target: Option<(i32, &str)>) -> String;
    fn key_year_deliveries(year: i32) -> String;
    fn key_year_target(year: i32) -> String;
    /// "through Jan 2026".
    fn key_cumulative_through(period: &str) -> String;

    // Units, with the language's plural: " day" / " days"; "天".
    fn unit_days(count: f64) -> &'static str;
    fn unit_months(count: f64) -> &'static str;

    // Sentences and lists.
    /// Clauses joined into one sentence: "a; b." / "a；b。".
    fn sentence(clauses: &[String]) -> String;
    /// "a, b" / "a、b".
    fn list(items: &[&str]) -> String;
    /// "Mar '26 – Dec '26" / "Mar '26至Dec '26".
    fn run(first: &str, last: &str) -> String;
    /// A label and what it labels: "Q4 2025: …".
    fn labelled(applies_to: &str, how: &str) -> String;
    /// Text with an aside in brackets: "Notes (3)" / "注释（3）".
    fn with_aside(text: &str, aside: &str) -> String;
    /// Two things compared: "A vs B".
    fn versus(a: &str, b: &str) -> String;

    // What a figure is.
    fn kind_word(kind: Kind) -> &'static str;
    fn qualifier_word(qualifier: Qualifier) -> &'static str;
    /// One conflicting value and who published it.
    fn also_published(value: &str, publishers: &[&str]) -> String;
    /// How the line under every chart ends, after `source_label` and the
    /// sources: ". Data as of 1 Feb 2026."
    fn source_line_end(as_of: &str) -> String;
    /// A folded source line's count of the sources it does not name: " and 12 more".
    fn more_sources(count: usize) -> String;

    // `deliveries`.
    fn quarter_target_line(target_period: &str, per_quarter: &str) -> String;
    /// `needs_per_quarter`: the tracked year and what its target needs a quarter, if known.
    fn quarterly_rise(first: (&str, &str),
        last: (&str, &str),
        times: f64,
        needs_per_quarter: Option<(i32, &str)>,
    ) -> String;
    fn deliveries_title_year(target_year: i32) -> String;
    fn missing_quarter_how(year: i32, year_total: &str, three_quarters: &str, result: &str) -> String;
    fn target_growth(target_period: &str,
        target: &str,
        growth: &str,
        actual_period: &str,
        actual: &str,
    ) -> String;
    fn year_deliveries(period: &str, figure: &str) -> String;
    fn month_target_line(year: i32, per_month: &str) -> String;
    fn best_month(period: &str, best: &str, year: i32, per_month: &str) -> String;
    fn months_published(months: usize) -> String;

    // `cumulative`.
    fn days_to_500k(days: i64) -> String;
    /// `year`: the year whose target sets the first pace.
    fn million_when(year: i32, at_target_pace: &str, at_recent_pace: &str) -> String;

    // `target`.
    fn month_by_month_title(year: i32) -> String;
    fn no_target(year: i32) -> String;
    fn year_over_12_how(year: i32) -> String;
    fn monthly_average(year: i32) -> String;
    fn total_of(span: &str) -> String;
    fn sum_of_months_how(span: &str) -> String;
    fn straight_line_how(target: &str, months: u8) -> String;
    fn target_over_12(year: i32, per_month: &str) -> String;
    /// January to `last`, e.g. "Jan–Mar 2026"; `last_period` is `last` as a period.
    fn months_to_date(year: i32, last: u8, last_period: &str) -> String;
    fn none_after(month: &str) -> String;
    fn none_yet(year: i32) -> String;
    fn needed_how(from: &str, target: &str, delivered: &str, months_left: u32) -> String;
    fn target_needs(per_month: &str) -> String;
    fn best_month_aside(figure: &str, month: &str) -> String;
    /// `reported`: the months and what was delivered in them; `share` of
    /// `target`; `best`: `best_month_aside` or nothing.
    fn reported_against_target(reported: (&str, &str),
        share_of_target: (&str, &str),
        on_line: &str,
        needed: &str,
        best: &str,
    ) -> String;

    // `targets`.
    fn against_target(year: i32, delivered: &str, target: &str, change: &str) -> String;
    fn next_target(year: i32, target: &str) -> String;
    /// `next`: `next_target` or nothing.
    fn targets_verdict(all_beaten: bool, years: &[String], next: &str) -> String;

    // `regions`.
    fn forecast_how(base: &str, forecast: &str) -> String;
    fn stated_vs_computed(region: &str, stated: &str, computed: &str) -> String;
    /// `year`: the year forecast.
    fn regions_title(year: i32) -> String;
    fn axis_change_on(base_year: i32) -> String;
    fn note_regions(base_year: i32, year: i32) -> String;
    fn forecast_by(year: i32, forecaster: &str) -> String;
    /// `first`: the first region's change and name; `lowest` the lowest's; sizes are unsigned.
    fn regions_then_fall(year: i32, forecaster: &str, grows: bool, first: (&str, &str), lowest: (&str, &str)) -> String;
    /// As `regions_then_fall`, when no other region falls: `lowest` has its signed change.
    fn regions_lowest(year: i32, forecaster: &str, grows: bool, first: (&str, &str), lowest: (&str, &str)) -> String;
    fn year_forecast(year: &str) -> String;
    fn global_forecast(region: &str, figure: &str, period: &str, china: &str) -> String;

    // `competitors`.
    fn makers_title(year: i32) -> String;
    /// The toggle's labels for the latest year's two views.
    fn year_so_far(year: i32) -> String;
    fn year_targets(year: i32) -> String;
    fn no_xiaomi_figure(year: i32) -> String;
    /// Where Xiaomi's row sits: the makers just above and below it, if any.
    fn neighbours(above: Option<&str>, below: Option<&str>) -> String;
    /// `neighbours`: from `neighbours`.
    fn xiaomi_rank(year: i32, delivered: &str, rank: usize, counts: usize, neighbours: &str) -> String;
    /// The months from `first` to `last` (both periods), `last_month` being the last's number.
    fn month_span(first: &str, last: &str, last_month: u8) -> String;
    fn other_months(span: &str) -> String;
    fn sum_of(periods: &[String]) -> String;
    fn so_far_title(year: i32) -> String;
    fn alone_over(months: &str, reported: &str) -> String;
    fn rank_over(months: &str, reported: &str, rank: usize, makers: usize) -> String;
    fn note_compared_over(months: &str) -> String;
    fn targets_for_title(year: i32) -> String;
    fn target_rank(makers: usize, year: i32, target: &str, rank: usize) -> String;
    fn no_xiaomi_target(year: i32) -> String;

    // `financials`.
    fn rose(measure: &str, from: (&str, &str), to: (&str, &str)) -> String;
    /// `loss` unsigned; `from` and `profit` carry the period, figure and measure.
    fn first_profit(from: &str, loss: (&str, &str), profit: (&str, &str, &str)) -> String;
    fn loss_throughout(from: &str, to: &str) -> String;

    // `time-to-scale`.
    fn times_as_long(maker: &str, figure: &str, ratio: f64) -> String;

    // Projections and the data's age (`analysis::target`).
    fn assumes_target_pace(per_month: &str, from: &str, year: i32, target: &str) -> String;
    fn assumes_recent_pace(first: &str, last: &str, per_month: &str, floor: bool) -> String;
    /// How old the data is: `days` and whole `months` since it was current.
    fn data_age(days: i64, months: i64) -> String;
    fn passed_at_target_pace(month: &str) -> String;
    fn passed_at_recent_pace(month: &str) -> String;
    fn projections_passed(threshold: &str, passed: &[String], as_of: &str) -> String;

    // Where the sources disagree (`analysis::consistency`). `what` is a series and a period.
    fn missing_part(missing: &str) -> String;
    /// `whole`: the coarser series and its total; `missing`: `missing_part` or nothing.
    fn parts_incomplete(what: (&str, &str),
        parts: &[String],
        parts_total: &str,
        whole: (&str, &str),
        missing: &str,
    ) -> String;
    fn parts_exact(what: (&str, &str), whole: (&str, &str)) -> String;
    fn parts_differ(what: (&str, &str), parts_total: &str, whole: (&str, &str), difference: &str) -> String;
    /// `computed` from `base_period`; `consistent` when it agrees with `stated`.
    fn stated_change(what: (&str, &str), stated: &str, computed: (&str, &str), consistent: bool) -> String;

    // Checking the articles' claims (`analysis::claims`).
    /// `inputs`: "from → to"; changes are signed percentages.
    fn change_as_stated(inputs: &str, computed: &str) -> String;
    fn change_within_rounding(inputs: &str, computed: &str, stated: &str, range: (&str, &str)) -> String;
    fn change_not_stated(inputs: &str, computed: &str, stated: &str) -> String;
    fn parts_against_stated(total: &str, above: bool, stated: &str) -> String;
    fn days(days: i64) -> String;
    fn days_between(start: &str, end: &str, days: i64, stated: i64) -> String;
    fn implied_change(change: &str) -> String;
    /// `implied`: `implied_change` or nothing.
    fn forecaster_figures(figures: &[String], implied: &str) -> String;
    fn segment_not_vehicles(segment: &str, vehicles: &str) -> String;
    fn months(months: f64) -> String;
    fn months_to_profit_how(start: &str, quarter: &str, months: f64, tesla: &str) -> String;
    fn profit_reported(quarter: &str, day: &str) -> String;
    fn times_as_much(a: &str, ratio: f64, b: &str) -> String;
    fn projection_claim(total: &str, reaches: bool, threshold: &str) -> String;
    fn battery_electric_only(a: (&str, &str), b: (&str, &str)) -> String;

    // Custom data (`?data=`): the banner, and why it could not be used.
    fn custom_loading(origin: &str) -> String;
    fn custom_loaded(origin: &str) -> String;
    fn custom_failed(address: &str) -> String;
    fn bad_url(url: &str) -> String;
    fn origin_not_allowed(origin: &str) -> String;
    fn network_error(detail: &str) -> String;
    fn timed_out(seconds: i32) -> String;
    fn http_status(status: u16) -> String;
    fn wrong_content_type(kind: &str) -> String;
    fn too_large(bytes: usize, limit: usize) -> String;
    fn invalid_dataset(problems: usize) -> String;
}

#[cfg(test)]
mod tests;
