//! The catalogue: every sentence the product writes, one file per language
//! (`en.rs`, `zh_cn.rs`). Each file holds its fixed strings as one
//! [`UiText`] constant and each sentence with figures in it as a function;
//! `catalogues!` at the bottom lists the languages, one line each, and
//! declares every sentence once, so a language that lacks a message does not
//! compile, and a call formats only the language asked for. Charts, analysis
//! and views take their words from [`messages`] or [`ui`] and never choose a
//! language themselves. Adding a language: docs/i18n.md.
//!
//! This module depends on nothing else in the crate: it is the bottom layer,
//! so the dataset can name a [`Lang`] without a cycle.

// One catalogue file per language; `catalogues!` at the bottom lists them.
mod en;
mod ui_text;
mod zh_cn;
pub use ui_text::UiText;

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

impl std::ops::Deref for Messages {
    type Target = UiText;

    fn deref(&self) -> &UiText {
        ui(self.0)
    }
}

impl Lang {
    /// The language's code: `en`, `zh-CN`.
    pub fn code(self) -> &'static str {
        ui(self).code
    }

    /// The language a code names, by its own code or one of its others, in any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.codes().any(|own| own.eq_ignore_ascii_case(code)))
    }

    /// The language closest to a browser's preference, by RFC 4647's lookup:
    /// drop subtags from the end until a language has the code (`zh-Hant-HK`,
    /// `zh-Hant`, `zh`); else one whose code has the same primary language.
    pub fn closest(code: &str) -> Option<Lang> {
        let mut candidate = code;
        loop {
            if let Some(lang) = Lang::from_code(candidate) {
                return Some(lang);
            }
            match candidate.rsplit_once('-') {
                Some((shorter, _)) => candidate = shorter,
                None => break,
            }
        }
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(candidate)))
    }

    /// Its own code and the others that choose it.
    fn codes(self) -> impl Iterator<Item = &'static str> {
        let text = ui(self);
        std::iter::once(text.code).chain(text.other_codes.iter().copied())
    }
}

/// The languages and the sentences. `languages` lists each language once, as
/// its `Lang` variant and its catalogue file, the first being the default
/// (and the fallback for dataset text); `sentences` declares each sentence
/// once, with its arguments: the method on [`Messages`] that calls the
/// function of the same name in the language's file.
macro_rules! catalogues {
    (
        languages $languages:tt
        sentences { $($(#[$attr:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty;)* }
    ) => {
        languages! $languages

        impl Messages {
            $($(#[$attr])* pub fn $name(self, $($arg: $ty),*) -> $ret {
                in_language!(self.0, $languages, $name($($arg),*))
            })*
        }
    };
}

/// [`Lang`] and [`ui`], from the list of languages and their catalogue files.
macro_rules! languages {
    { $first:ident => $first_file:ident $(, $lang:ident => $file:ident)* $(,)? } => {
        /// A language the product is written in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $first,
            $($lang,)*
        }

        impl Default for Lang {
            fn default() -> Lang {
                Lang::DEFAULT
            }
        }

        impl Lang {
            /// The first language listed: the pages without `?lang=`, and the
            /// fallback for dataset text.
            pub const DEFAULT: Lang = Lang::$first;
            pub const COUNT: usize = [stringify!($first), $(stringify!($lang),)*].len();
            pub const ALL: [Lang; Lang::COUNT] = [Lang::$first, $(Lang::$lang,)*];
        }

        /// The fixed strings of `lang`.
        pub fn ui(lang: Lang) -> &'static UiText {
            match lang {
                Lang::$first => &$first_file::UI,
                $(Lang::$lang => &$file::UI,)*
            }
        }
    };
}

/// Calls the sentence `$name` of the catalogue file of `$lang`.
macro_rules! in_language {
    ($lang:expr, { $($variant:ident => $file:ident),* $(,)? }, $name:ident $args:tt) => {
        match $lang {
            $(Lang::$variant => $file::$name $args,)*
        }
    };
}

catalogues! {
languages {
    En => en,
    ZhCn => zh_cn,
}

sentences {


    // The header.
    /// What the product is; `target` is the tracked year and its target, if any.
    fn tagline(target: Option<(i32, &str)>) -> String;
    fn key_year_deliveries(year: i32) -> String;
    fn key_year_target(year: i32) -> String;
    /// "through Jan 2026".
    fn key_cumulative_through(period: &str) -> String;
    /// A running total below an earlier count, left off the cumulative line.
    fn cumulative_left_off(period: &str, total: &str) -> String;

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

    // Figures, periods and dates (`format`).
    /// An amount of yuan, already in short form: "¥6.4bn" / "64亿元".
    fn yuan(amount: &str) -> String;
    /// A rounded figure: "about 24m" / "约2400万".
    fn about(figure: &str) -> String;
    /// "20 Nov 2025" / "2025年11月20日".
    fn date(year: i32, month: u8, day: u8) -> String;
    fn period_year(year: i32) -> String;
    fn period_quarter(year: i32, quarter: u8) -> String;
    fn period_month(year: i32, month: u8) -> String;
    /// An inclusive span: "Jan 2025 to Nov 2025".
    fn period_span(from: &str, to: &str) -> String;
    /// For short axes: "Q3 '25" / "25Q3".
    fn quarter_short(year: i32, quarter: u8) -> String;
    fn month_short(year: i32, month: u8) -> String;

    // What a figure is.
    /// One conflicting value and who published it.
    fn also_published(value: &str, publishers: &[&str]) -> String;
    /// How the line under every chart ends, after `source_label` and the
    /// sources: ". Data as of 1 Feb 2026."
    fn source_line_end(as_of: &str) -> String;
    /// How to cite a chart or the data: the publisher, the year of the data's
    /// version, the title, the version (its date) and the address.
    fn citation(publisher: &str, year: i32, title: &str, as_of: &str, address: &str) -> String;
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
    // A reader's range of time (`from=`, `to=`; `charts::range`): its words,
    // and the chart notes that say it is applied, or could not be.
    fn range_between(from: &str, to: &str) -> String;
    fn range_from(from: &str) -> String;
    fn range_to(to: &str) -> String;
    fn range_shown(range: &str) -> String;
    fn range_empty(range: &str) -> String;
    /// A reader's highlight: the marks named with their values, and those that match nothing.
    fn highlighted(marks: &str) -> String;
    fn highlight_unmatched(marks: &str) -> String;
    // One quarter (`quarter` as the language writes it: "Q1 2026").
    fn quarter_title(quarter: &str) -> String;
    fn quarter_rank(quarter: &str, reported: &str, rank: usize, makers: usize) -> String;
    /// Xiaomi's figure is a floor ("at least"): its place is at worst `rank`.
    fn quarter_rank_floor(quarter: &str, reported: &str, rank: usize, makers: usize) -> String;
    fn quarter_no_xiaomi(quarter: &str) -> String;
    /// The makers whose figures cover only some months of the quarter.
    fn note_quarter_partial(quarter: &str, makers: &str) -> String;
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
    /// An export the browser refused; `name` is its error's name, if any.
    fn export_refused(name: &str) -> String;

    // A kept version of the data (`?v=`), older than the latest.
    fn version_shown(date: &str, latest: &str) -> String;
    /// What changed in a chart's figures since the kept version on screen:
    /// how many were added, changed and removed (all 0: nothing changed).
    fn chart_changes_since(added: usize, changed: usize, removed: usize) -> String;
    /// The change lists' page (host only): a version's heading, and the
    /// version its list is measured from.
    #[cfg(not(target_arch = "wasm32"))]
    fn changes_version_heading(date: &str) -> String;
    #[cfg(not(target_arch = "wasm32"))]
    fn changes_since_version(date: &str) -> String;
    fn origin_not_allowed(origin: &str) -> String;
    fn network_error(detail: &str) -> String;
    fn timed_out(seconds: i32) -> String;
    fn http_status(status: u16) -> String;
    fn wrong_content_type(kind: &str) -> String;
    fn too_large(bytes: usize, limit: usize) -> String;
    fn invalid_dataset(problems: usize) -> String;
}
}

#[cfg(test)]
mod tests;
