//! English: every sentence the product writes, in one file.

use super::UiText;

pub const UI: UiText = UiText {
    code: "en",
    other_codes: &["en-us", "en-gb"],
    compact_steps: &[(1e9, "bn"), (1e6, "m"), (1e3, "k")],
    compact_round_counts: false,
    product_name: "Xiaomi EV dashboard",
    #[cfg(not(target_arch = "wasm32"))]
    dataset_about: "Monthly, quarterly and annual deliveries and targets of Xiaomi and other carmakers, regional EV market forecasts, Xiaomi EV finances and milestones; every figure with its unit, period, qualifier (exact, at least, about), kind (actual, target, forecast, estimate) and source.",
    data_as_of: "Data as of",
    word_gap: " ",
    comma: ", ",
    full_stop: ".",
    dot_separator: " · ",
    skip_to_content: "Skip to content",
    key_growth_needed: "Growth needed",
    key_cumulative: "Cumulative deliveries",
    group_by: "Group by",
    show_table: "Show the data as a table",
    table_period: "Period",
    table_series: "Series",
    table_value: "Value",
    table_qualifier: "Qualifier",
    table_kind: "Kind",
    table_source: "Source",
    source_label: "Source: ",
    notes: "Notes",
    sources_heading: "Sources",
    sources_intro: "Every figure on this page names one or more of these sources. Verified: read in the publication named. Secondary: read in a reprint or aggregator.",
    status_verified: "verified",
    status_secondary: "secondary",
    status_weak_source: "weak",
    footer_sources: "Sources",
    download_all_data: "Download all data",
    download_all_data_about: ": every figure with its unit, qualifier, kind and sources, as CSV files described by a Frictionless Data Package (zip)",
    footer_licence: "Data compilation CC BY 4.0; code MIT.",
    footer_code: "Built with Rust, Leptos and plotters; runs entirely in your browser.",
    notice_ignored: "Ignored an unknown value in the address:",
    data_error_heading: "The dataset could not be loaded",
    data_error_intro: "These problems were found:",
    theme_label: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    language_label: "Language",
    language_name: "English",
    og_locale: "en_US",
    chart_keys_hint: "Use the arrow keys to move between data points.",
    claims_heading: "Checking the articles' claims",
    claims_intro: "Claims made in the news articles this dashboard started from, checked against the dataset. Each verdict is computed, not written by hand.",
    claim_column: "Claim",
    claim_computed: "Computed",
    claim_verdict: "Verdict",
    claim_explanation: "How it was checked",
    claim_seed: "Article",
    findings_heading: "Where the sources disagree",
    findings_intro: "Figures that should agree but do not; both are kept and the gap is stated.",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    embed: "Embed",
    embed_intro: "Paste this into your page. The iframe sizes itself when the script is included; without it, it keeps its default height of 640 pixels.",
    embed_static_intro: "Where scripts are not allowed (AMP, RSS, newsletters), use the static image:",
    copy_code: "Copy code",
    code_copied: "Code copied.",
    cite: "Cite",
    copy_citation: "Copy citation",
    copy_bibtex: "Copy BibTeX",
    citation_copied: "Citation copied.",
    add_to_slides: "Add to slides",
    copy_slides: "Copy slides address",
    slides_copied: "Slides address copied: open it to present the charts you picked.",
    download_svg: "SVG",
    download_png: "PNG",
    download_csv: "CSV",
    copy_image: "Copy image",
    image_copied: "Image copied.",
    export_failed: "That did not work",
    export_svg_not_drawn: "the browser could not draw the chart as an image.",
    export_png_not_encoded: "the browser could not write the PNG file.",
    export_no_image_clipboard: "this browser does not allow copying images.",
    export_no_clipboard: "this browser does not allow copying.",
    start_failed: "The interactive dashboard could not start; the charts on this page still read without it.",
    chart_not_drawn: "The chart could not be drawn",
    share_and_export: "Share and export",
    full_dashboard: "Xiaomi EV dashboard",
    present: "Present",
    slide_previous: "Previous slide",
    slide_next: "Next slide",
    slide_keys: "Arrow keys, Space or Page Down to move; F for full screen; P for the presenter's view; Esc to leave.",
    slide_of: "of",
    show_builtin: "Show the built-in data",
    version_loading: "Loading a kept version of the data. The latest data is shown until it arrives.",
    version_failed: "This version of the data could not be loaded; the latest data is shown.",
    show_latest: "Show the latest data",
    what_changed: "What changed",
    #[cfg(not(target_arch = "wasm32"))]
    changes_title: "What changed in the data",
    #[cfg(not(target_arch = "wasm32"))]
    changes_intro: "Every published version of the data, newest first, with what changed since the version before it. Each list is computed from the two versions' files, never written by hand.",
    #[cfg(not(target_arch = "wasm32"))]
    changes_figures_added: "Figures added",
    #[cfg(not(target_arch = "wasm32"))]
    changes_figures_changed: "Figures changed",
    #[cfg(not(target_arch = "wasm32"))]
    changes_figures_removed: "Figures removed",
    #[cfg(not(target_arch = "wasm32"))]
    changes_sources: "Sources added, removed, re-addressed or re-graded",
    #[cfg(not(target_arch = "wasm32"))]
    changes_verdicts: "Claims whose check changed",
    #[cfg(not(target_arch = "wasm32"))]
    changes_before: "Before",
    #[cfg(not(target_arch = "wasm32"))]
    changes_after: "After",
    #[cfg(not(target_arch = "wasm32"))]
    changes_nothing: "Nothing changed.",
    #[cfg(not(target_arch = "wasm32"))]
    changes_first_version: "The first version kept: there is no earlier one to compare it with.",
    #[cfg(not(target_arch = "wasm32"))]
    changes_as_json: "This list as JSON",
    #[cfg(not(target_arch = "wasm32"))]
    changes_version_data: "This version's data",
    #[cfg(not(target_arch = "wasm32"))]
    changes_at_version: "The dashboard as of this version",
    #[cfg(not(target_arch = "wasm32"))]
    changes_source_added: "added",
    #[cfg(not(target_arch = "wasm32"))]
    changes_source_removed: "removed",
    #[cfg(not(target_arch = "wasm32"))]
    changes_new_address: "new address",
    #[cfg(not(target_arch = "wasm32"))]
    changes_also_published: "also published",
    pin_version: "Pin the embed to this version of the data (unticked, it follows updates)",
    crash_message: "Something went wrong; the charts on screen are no longer interactive.",
    crash_reload: "Reload",

    // Sentences and lists.

    // What a figure is.
    kind_actual: "actual",
    kind_target: "target",
    kind_forecast: "forecast",
    kind_estimate: "estimate",
    kind_guidance: "guidance",
    qualifier_exact: "exact",
    qualifier_at_least: "at least",
    qualifier_about: "about",
    status_conflicting: "sources disagree",
    status_single_source: "one source only",
    status_weak: "weak source: one low-quality page",

    // Notes every chart may carry.
    note_outline: "Dashed outline: a target or forecast, not an actual figure.",
    note_at_least: "+ = at least: the source states a floor (\"over 40,000\"), drawn as an open bar.",
    note_about: "~ = about: a rounded figure.",
    note_weak: "\"weak\": the figure rests only on low-quality pages; no better source was found.",
    note_range_derived: "Figures computed from others (running totals, sums) still count the figures before the range.",

    // `deliveries`.
    by_month: "Month",
    by_quarter: "Quarter",
    by_year: "Year",
    deliveries_title_month: "Xiaomi EV deliveries by month",
    deliveries_title_quarter: "Xiaomi EV deliveries by quarter",
    vehicles_delivered: "Vehicles delivered",
    note_cpca_markers: "Markers: CPCA (China Passenger Car Association) counts reported by media, a different count from Xiaomi's own.",
    no_delivery_figures: "No delivery figures in this dataset.",
    derived_from_annual: "Derived from the annual figure",

    // `cumulative`.
    cumulative_deliveries: "Cumulative deliveries",
    sum_of_years: "sum of the annual delivery totals",
    cumulative_this_year: "earlier years' totals, if any, plus this year's quarterly counts (months where a quarter has none)",
    cumulative_milestone: "the count this milestone states",
    projection_target_pace: "Projection at the target's pace",
    projection_recent_pace: "Projection at the recent pace",
    axis_date: "Date",
    axis_cumulative: "Vehicles, cumulative",
    cumulative_title: "Xiaomi's cumulative deliveries and the road to one million",
    one_million_line: "1,000,000 vehicles",
    note_projections: "Projections are not forecasts by anyone: they extend a pace stated in each note. Diamonds mark milestones with a vehicle count.",
    no_cumulative_figures: "No cumulative figures in this dataset.",

    // `target`.
    axis_vehicles: "Vehicles",
    needed_from_here: "Needed a month from here",
    straight_line: "On a straight line to the target",

    // `targets`.
    target_first_announced: "Target as first announced",
    target_raised: "Raised target",
    delivered: "Delivered",
    axis_year: "Year",
    targets_title: "Xiaomi's delivery targets against deliveries",
    no_targets_with_results: "No targets with results in this dataset.",

    // `regions`.
    change: "Change",
    sales: "Sales",
    no_regional_forecasts: "No regional forecasts in this dataset.",
    no_regional_figures: "No regional figures in this dataset.",
    axis_vehicles_sold: "Vehicles sold",

    // `competitors`.
    axis_delivered_or_sold: "Vehicles delivered or sold",
    note_powertrains: "BEV = battery-electric; PHEV = plug-in hybrid; EREV = range-extended. Counts that include hybrids are not comparable with BEV-only counts.",
    note_target_ranges: "A target announced as a range is drawn at its low end (+); makers that announced no total target are not shown.",

    // `financials`.
    revenue: "Revenue",
    gross_margin: "Gross margin",
    profit_or_loss: "Profit or loss",
    revenue_title: "Xiaomi EV segment revenue by quarter",
    margin_title: "Xiaomi EV segment gross margin by quarter",
    result_title: "Xiaomi EV segment profit or loss by quarter",
    axis_yuan: "Yuan",
    note_result_measure: "The measure changed: 2024 quarters show the adjusted net result, 2025 quarters the operating result. Below zero = loss.",
    note_segment: "Segment = smart EV, AI and other new initiatives; EV revenue = vehicle sales alone (no separate Q4 2024 figure).",
    no_financial_figures: "No financial figures in this dataset.",

    // `time-to-scale`.
    days_to_100k: "Days to 100,000",
    months_to_profit: "Months to profit",
    days_to_100k_title: "Days from launch to 100,000 vehicles",
    months_to_profit_title: "Months from launch to first quarterly profit",
    axis_days: "Days",
    axis_months: "Months",
    no_xiaomi_figure_at_all: "No Xiaomi figure in this dataset.",
    xiaomi_figure_weak: "Xiaomi's figure rests on weak sources only.",

    // Projections and the data's age (`analysis::target`).

    // Where the sources disagree (`analysis::consistency`). `what` is a series and a period.

    // Checking the articles' claims (`analysis::claims`).
    verdict_holds: "Holds",
    verdict_rounding: "Rounding",
    verdict_imprecise: "Imprecise",
    verdict_does_not_hold: "Does not hold",
    verdict_cannot_check: "Cannot check",
    figure_missing: "A figure this check needs is missing from the dataset.",

    // The chart legend's default entries.
    legend_exact: "Exact count",
    legend_at_least: "At least (floor)",
    legend_target: "Target or forecast",
    legend_cpca: "CPCA count",
    legend_derived: "Derived (see notes)",
    sources_separator: "; ",

    // Why custom data (`?data=`) could not be used.
};

pub fn unit_days(count: f64) -> &'static str {
    if count == 1.0 {
        " day"
    } else {
        " days"
    }
}

pub fn unit_months(count: f64) -> &'static str {
    if count == 1.0 {
        " month"
    } else {
        " months"
    }
}

pub fn sentence(clauses: &[String]) -> String {
    format!("{}.", clauses.join("; "))
}

pub fn list(items: &[&str]) -> String {
    items.join(", ")
}

pub fn run(first: &str, last: &str) -> String {
    format!("{first} – {last}")
}

pub fn with_aside(text: &str, aside: &str) -> String {
    format!("{text} ({aside})")
}

pub fn versus(a: &str, b: &str) -> String {
    format!("{a} vs {b}")
}

pub fn labelled(applies_to: &str, how: &str) -> String {
    format!("{applies_to}: {how}")
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A month's short name; months are 1 to 12 once the dataset is validated,
/// so the empty name is never shown.
fn month_name(month: u8) -> &'static str {
    usize::from(month).checked_sub(1).and_then(|index| MONTHS.get(index)).copied().unwrap_or_default()
}

pub fn yuan(amount: &str) -> String {
    format!("¥{amount}")
}

pub fn about(figure: &str) -> String {
    format!("about {figure}")
}

pub fn date(year: i32, month: u8, day: u8) -> String {
    format!("{day} {} {year}", month_name(month))
}

pub fn period_year(year: i32) -> String {
    year.to_string()
}

pub fn period_quarter(year: i32, quarter: u8) -> String {
    format!("Q{quarter} {year}")
}

pub fn period_month(year: i32, month: u8) -> String {
    format!("{} {year}", month_name(month))
}

pub fn period_span(from: &str, to: &str) -> String {
    format!("{from} to {to}")
}

pub fn quarter_short(year: i32, quarter: u8) -> String {
    format!("Q{quarter} '{:02}", year % 100)
}

pub fn month_short(year: i32, month: u8) -> String {
    format!("{} '{:02}", month_name(month), year % 100)
}

pub fn also_published(value: &str, publishers: &[&str]) -> String {
    format!("Also published: {value} ({})", publishers.join(UI.sources_separator))
}

pub fn citation(publisher: &str, year: i32, title: &str, as_of: &str, address: &str) -> String {
    format!("{publisher} ({year}). \u{201c}{title}\u{201d}. Data as of {as_of}. {address}")
}

pub fn source_line_end(as_of: &str) -> String {
    format!(". Data as of {as_of}.")
}

pub fn more_sources(count: usize) -> String {
    format!(" and {count} more")
}

pub fn tagline(target: Option<(i32, &str)>) -> String {
    match target {
        Some((year, target)) => {
            format!("Xiaomi's delivery ramp and its {year} target of {target} cars, every figure sourced.")
        }
        None => "Xiaomi's delivery ramp, every figure sourced.".to_owned(),
    }
}

pub fn key_year_deliveries(year: i32) -> String {
    format!("{year} deliveries")
}

pub fn key_year_target(year: i32) -> String {
    format!("{year} target")
}

pub fn key_cumulative_through(period: &str) -> String {
    format!("through {period}")
}

pub fn cumulative_left_off(period: &str, total: &str) -> String {
    format!("{period} adds up to {total}, less than an earlier count (its floors are looser): the line does not drop to it.")
}

pub fn deliveries_title_year(target_year: i32) -> String {
    format!("Xiaomi EV deliveries by year, and the {target_year} target")
}

pub fn quarter_target_line(target_period: &str, per_quarter: &str) -> String {
    format!("{target_period} target ÷ 4 = {per_quarter} a quarter")
}

pub fn quarterly_rise(
    (first, first_period): (&str, &str),
    (last, last_period): (&str, &str),
    times: f64,
    needs_per_quarter: Option<(i32, &str)>,
) -> String {
    let needs =
        needs_per_quarter.map(|(year, p)| format!("; the {year} target needs {p} a quarter")).unwrap_or_default();
    format!(
        "Quarterly deliveries rose from {first} in {first_period} to {last} in {last_period}, {times:.1} times as many{needs}."
    )
}

pub fn missing_quarter_how(year: i32, year_total: &str, three_quarters: &str, result: &str) -> String {
    format!("derived: {year} total {year_total} minus Q1-Q3 {three_quarters} = {result}")
}

pub fn target_growth(target_period: &str, target: &str, growth: &str, actual_period: &str, actual: &str) -> String {
    format!("The {target_period} target of {target} is {growth} on {actual_period}'s {actual} deliveries.")
}

pub fn year_deliveries(period: &str, figure: &str) -> String {
    format!("{period} deliveries: {figure}.")
}

pub fn month_target_line(year: i32, per_month: &str) -> String {
    format!("{year} target needs {per_month} a month")
}

pub fn best_month(period: &str, best: &str, year: i32, per_month: &str) -> String {
    format!(
        "The best month so far is {period} with {best}; the {year} target needs {per_month} a month for the rest of the year."
    )
}

pub fn months_published(months: usize) -> String {
    format!("{months} months with published delivery figures.")
}

pub fn days_to_500k(days: i64) -> String {
    format!("Xiaomi reached its 500,000th vehicle {days} days after the SU7 launch")
}

pub fn million_when(year: i32, at_target_pace: &str, at_recent_pace: &str) -> String {
    format!(
        "at the pace the {year} target needs it would pass 1,000,000 in {at_target_pace} ({at_recent_pace} at the recent pace)"
    )
}

pub fn month_by_month_title(year: i32) -> String {
    format!("Tracking the {year} target month by month")
}

pub fn no_target(year: i32) -> String {
    format!("No {year} target in this dataset.")
}

pub fn year_over_12_how(year: i32) -> String {
    format!("{year} total ÷ 12")
}

pub fn monthly_average(year: i32) -> String {
    format!("{year} average")
}

pub fn total_of(span: &str) -> String {
    format!("{span} total")
}

pub fn sum_of_months_how(span: &str) -> String {
    format!("sum of the monthly figures, {span}")
}

pub fn straight_line_how(target: &str, months: u8) -> String {
    format!("{target} × {months} ÷ 12: a straight line to the target")
}

pub fn target_over_12(year: i32, per_month: &str) -> String {
    format!("{year} target ÷ 12 = {per_month}")
}

pub fn months_to_date(_year: i32, _last: u8, last_period: &str) -> String {
    format!("Jan–{last_period}")
}

pub fn none_after(month: &str) -> String {
    format!("No monthly figure published after {month}: the dashed bars are what the target needs from then on, not deliveries.")
}

pub fn none_yet(year: i32) -> String {
    format!("No monthly figure published for {year} yet.")
}

pub fn needed_how(from: &str, target: &str, delivered: &str, months_left: u32) -> String {
    format!("from {from}: ({target} target − {delivered} reported) ÷ {months_left} months left")
}

pub fn target_needs(per_month: &str) -> String {
    format!("The target needs {per_month} a month.")
}

pub fn best_month_aside(figure: &str, month: &str) -> String {
    format!(" (its best month was {figure}, in {month})")
}

pub fn reported_against_target(
    (span, done): (&str, &str),
    (share, target): (&str, &str),
    on_line: &str,
    needed: &str,
    best: &str,
) -> String {
    format!("Xiaomi reported {done} for {span}, {share} of the {target} target, against {on_line} on a straight line to it; from then on it needs {needed} a month{best}.")
}

pub fn against_target(year: i32, delivered: &str, target: &str, change: &str) -> String {
    format!("{year}: {delivered} against a target of {target} ({change})")
}

pub fn next_target(year: i32, target: &str) -> String {
    format!("; the {year} target is {target}")
}

pub fn targets_verdict(all_beaten: bool, years: &[String], next: &str) -> String {
    let verdict = if all_beaten { "Xiaomi beat every target" } else { "Against its targets" };
    format!("{verdict}: {}{next}.", years.join("; "))
}

pub fn forecast_how(base: &str, forecast: &str) -> String {
    format!("{base} → {forecast} forecast")
}

pub fn stated_vs_computed(region: &str, stated: &str, computed: &str) -> String {
    format!("{region}: the forecaster states {stated}; computed from these figures {computed}.")
}

pub fn regions_title(year: i32) -> String {
    format!("EV sales by region: {year} forecast")
}

pub fn axis_change_on(base_year: i32) -> String {
    format!("Change on {base_year}")
}

pub fn note_regions(base_year: i32, year: i32) -> String {
    format!("Sales include plug-in hybrids. Bars are computed from the forecaster's {base_year} and {year} figures.")
}

pub fn forecast_by(year: i32, forecaster: &str) -> String {
    format!("{year} forecast: {forecaster}")
}

pub fn regions_then_fall(
    year: i32,
    forecaster: &str,
    grows: bool,
    first: (&str, &str),
    lowest: (&str, &str),
) -> String {
    let verb = if grows { "grow" } else { "fall" };
    let ((size, name), (low_size, low_name)) = (first, lowest);
    format!("{forecaster} expects EV sales to {verb} {size} in {year} ({name}), but to fall {low_size} in {low_name}.")
}

pub fn regions_lowest(year: i32, forecaster: &str, grows: bool, first: (&str, &str), lowest: (&str, &str)) -> String {
    let verb = if grows { "grow" } else { "fall" };
    let ((size, name), (change, low_name)) = (first, lowest);
    format!(
        "{forecaster} expects EV sales to {verb} {size} in {year} ({name}); the lowest change is {change} in {low_name}."
    )
}

pub fn year_forecast(year: &str) -> String {
    format!("{year} forecast")
}

pub fn global_forecast(region: &str, figure: &str, period: &str, china: &str) -> String {
    format!("{region} EV sales are forecast at {figure} in {period}, China alone {china}.")
}

pub fn makers_title(year: i32) -> String {
    format!("Deliveries by carmaker, {year}")
}

pub fn year_so_far(year: i32) -> String {
    format!("{year} so far")
}

pub fn year_targets(year: i32) -> String {
    format!("{year} targets")
}

pub fn no_xiaomi_figure(year: i32) -> String {
    format!("No Xiaomi figure for {year} in this dataset.")
}

pub fn neighbours(above: Option<&str>, below: Option<&str>) -> String {
    match (above, below) {
        (Some(a), Some(b)) => format!(", between {a} and {b}"),
        (Some(a), None) => format!(", after {a}"),
        (None, Some(b)) => format!(", ahead of {b}"),
        (None, None) => String::new(),
    }
}

pub fn xiaomi_rank(year: i32, delivered: &str, rank: usize, counts: usize, neighbours: &str) -> String {
    format!("In {year} Xiaomi delivered {delivered}, {} of the {counts} counts shown{neighbours}.", ordinal(rank))
}

pub fn month_span(first: &str, last: &str, _last_month: u8) -> String {
    format!("{}–{last}", first.split(' ').next().unwrap_or_default())
}

pub fn other_months(span: &str) -> String {
    format!(", {span}: other months")
}

pub fn sum_of(periods: &[String]) -> String {
    format!("sum of {}", periods.join(" + "))
}

pub fn so_far_title(year: i32) -> String {
    format!("Deliveries by carmaker, {year} so far")
}

pub fn alone_over(months: &str, reported: &str) -> String {
    format!("Over {months} Xiaomi reported {reported}; no other maker in this dataset published figures for the same months.")
}

pub fn rank_over(months: &str, reported: &str, rank: usize, makers: usize) -> String {
    format!(
        "Over {months} Xiaomi reported {reported}, {} of the {makers} makers with figures for the same months.",
        ordinal(rank)
    )
}

pub fn note_compared_over(months: &str) -> String {
    format!("Makers are compared over {months}, the months Xiaomi has published; \"other months\" marks a maker whose published figures cover a different period, which is not comparable.")
}

pub fn range_between(from: &str, to: &str) -> String {
    format!("{from} to {to}")
}

pub fn range_from(from: &str) -> String {
    format!("from {from}")
}

pub fn range_to(to: &str) -> String {
    format!("up to {to}")
}

pub fn range_shown(range: &str) -> String {
    format!("Shown: {range}, as this address asks.")
}

pub fn range_empty(range: &str) -> String {
    format!("This chart has no figures for {range}, which this address asks for; the whole chart is shown.")
}

pub fn highlighted(marks: &str) -> String {
    format!("Highlighted: {marks}.")
}

pub fn highlight_unmatched(marks: &str) -> String {
    format!("Nothing in this chart matches {marks}, which this address asks to highlight.")
}

pub fn quarter_title(quarter: &str) -> String {
    format!("Deliveries by carmaker, {quarter}")
}

pub fn quarter_rank(quarter: &str, reported: &str, rank: usize, makers: usize) -> String {
    format!(
        "In {quarter} Xiaomi delivered {reported}, {} of the {makers} makers with a figure for the whole quarter.",
        ordinal(rank)
    )
}

pub fn quarter_rank_floor(quarter: &str, reported: &str, rank: usize, makers: usize) -> String {
    format!(
        "In {quarter} Xiaomi delivered {reported}: {} of the {makers} makers with a figure for the whole quarter, \
         or higher, since its figure is only a floor.",
        ordinal(rank)
    )
}

pub fn quarter_no_xiaomi(quarter: &str) -> String {
    format!("No Xiaomi figure for {quarter} in this dataset.")
}

pub fn note_quarter_partial(quarter: &str, makers: &str) -> String {
    format!("Not compared: {makers}, whose figures in this dataset cover only part of {quarter}.")
}

pub fn targets_for_title(year: i32) -> String {
    format!("Delivery targets for {year}")
}

pub fn target_rank(makers: usize, year: i32, target: &str, rank: usize) -> String {
    format!("{makers} makers here announced a {year} target; Xiaomi's {target} is the {} largest.", ordinal(rank))
}

pub fn no_xiaomi_target(year: i32) -> String {
    format!("No Xiaomi target for {year} in this dataset.")
}

pub fn rose(measure: &str, (from, first): (&str, &str), (to, last): (&str, &str)) -> String {
    format!("{measure} rose from {first} in {from} to {last} in {to}.")
}

pub fn first_profit(from: &str, (loss, loss_measure): (&str, &str), profit: (&str, &str, &str)) -> String {
    let (when, profit, profit_measure) = profit;
    format!("From a loss of {loss} in {from} ({loss_measure}) the segment reached its first profit, {profit} ({profit_measure}), in {when}.")
}

pub fn loss_throughout(from: &str, to: &str) -> String {
    format!("The segment made a loss in every quarter from {from} to {to}.")
}

pub fn times_as_long(maker: &str, figure: &str, ratio: f64) -> String {
    format!("{maker} {figure} ({ratio:.1}× as long)")
}

pub fn assumes_target_pace(per_month: &str, from: &str, year: i32, target: &str) -> String {
    format!("Assumes {per_month} a month from {from}, the rate the {year} target of {target} needs; past figures include floors, so the date is the latest it would be.")
}

pub fn assumes_recent_pace(first: &str, last: &str, per_month: &str, floor: bool) -> String {
    let floor = if floor { ", a floor" } else { "" };
    format!("Assumes the average of {first} to {last} ({per_month} a month{floor}) continues.")
}

pub fn data_age(days: i64, months: i64) -> String {
    match (days, months) {
        (..=0, _) => "today".to_owned(),
        (1, _) => "1 day ago".to_owned(),
        (d, ..=0) => format!("{d} days ago"),
        (_, 1) => "1 month ago".to_owned(),
        (_, m @ 2..=23) => format!("{m} months ago"),
        (_, m) => format!("{} years ago", m / 12),
    }
}

pub fn passed_at_target_pace(month: &str) -> String {
    format!("{month} at the pace the target needs")
}

pub fn passed_at_recent_pace(month: &str) -> String {
    format!("{month} at the recent pace")
}

pub fn projections_passed(threshold: &str, passed: &[String], as_of: &str) -> String {
    format!(
        "The projections to {threshold} ({}) fall in months that have already passed; this data, as of {as_of}, holds no figure for them.",
        passed.join("; ")
    )
}

pub fn missing_part(missing: &str) -> String {
    format!(" The missing part is {missing} or more.")
}

pub fn parts_incomplete(
    (fine, period): (&str, &str),
    parts: &[String],
    parts_total: &str,
    (coarse, whole_total): (&str, &str),
    missing: &str,
) -> String {
    format!(
        "{fine}, {period} ({}): the parts add up to {parts_total}; {coarse}: {whole_total}.{missing}",
        parts.join(", ")
    )
}

pub fn parts_exact((fine, period): (&str, &str), (coarse, whole_total): (&str, &str)) -> String {
    format!("{fine}, {period}: the parts add up exactly to {whole_total} ({coarse}).")
}

pub fn parts_differ(
    (fine, period): (&str, &str),
    parts_total: &str,
    (coarse, whole_total): (&str, &str),
    difference: &str,
) -> String {
    format!("{fine}, {period}: the parts add up to {parts_total} against {whole_total} ({coarse}), a difference of {difference}.")
}

pub fn stated_change(
    (name, period): (&str, &str),
    stated: &str,
    (base_period, computed): (&str, &str),
    consistent: bool,
) -> String {
    let verdict = if consistent { " (consistent)." } else { ". The source used another base." };
    format!("{name}, {period}: stated change {stated}; computed from {base_period}: {computed}{verdict}")
}

pub fn change_as_stated(inputs: &str, computed: &str) -> String {
    format!("{inputs} is {computed}, as stated.")
}

pub fn change_within_rounding(inputs: &str, computed: &str, stated: &str, (low, high): (&str, &str)) -> String {
    format!(
        "{inputs} is {computed}; the stated {stated} fits only within the rounding of those figures ({low} to {high})."
    )
}

pub fn change_not_stated(inputs: &str, computed: &str, stated: &str) -> String {
    format!("{inputs} is {computed}, not {stated}.")
}

pub fn parts_against_stated(total: &str, above: bool, stated: &str) -> String {
    format!("The parts add up to {total}, {} the stated {stated}.", if above { "above" } else { "below" })
}

pub fn days(days: i64) -> String {
    format!("{days} days")
}

pub fn days_between(start: &str, end: &str, days: i64, stated: i64) -> String {
    format!("{start} to {end} is {days} days (stated: {stated}).")
}

pub fn implied_change(change: &str) -> String {
    format!(" Implied change: {change} (not stated in the article).")
}

pub fn forecaster_figures(figures: &[String], implied: &str) -> String {
    format!("The forecaster's figures: {}.{implied}", figures.join(", "))
}

pub fn segment_not_vehicles(segment: &str, vehicles: &str) -> String {
    format!(
        "{segment} is the whole segment (smart EV, AI and other new initiatives); vehicle sales alone were {vehicles}."
    )
}

pub fn months(months: f64) -> String {
    format!("{months:.0} months")
}

pub fn months_to_profit_how(start: &str, quarter: &str, months: f64, tesla: &str) -> String {
    format!("{start} to the end of the first profitable quarter ({quarter}) is about {months:.0} months; Tesla took {tesla}.")
}

pub fn profit_reported(quarter: &str, day: &str) -> String {
    format!("The profit was for {quarter}; it was reported on {day}.")
}

pub fn times_as_much(a: &str, ratio: f64, b: &str) -> String {
    format!("{a} is {ratio:.1} times {b}.")
}

pub fn projection_claim(total: &str, reaches: bool, threshold: &str) -> String {
    let how = if reaches { "past" } else { "short of" };
    format!("A projection: past deliveries plus the target give {total} by the end of the target year, {how} {threshold}; plausible only if the target is met.")
}

pub fn battery_electric_only((a_name, a): (&str, &str), (b_name, b): (&str, &str)) -> String {
    format!("{a_name}: {a}; {b_name}: {b} (counting battery-electric vehicles only).")
}

pub fn custom_loading(origin: &str) -> String {
    format!("Loading custom data from {origin}. The built-in data is shown until it arrives.")
}

pub fn custom_loaded(origin: &str) -> String {
    format!("Custom data from {origin}: these figures are not the dashboard's curated dataset.")
}

pub fn custom_failed(address: &str) -> String {
    format!("The data at {address} could not be used; the built-in data is shown.")
}

pub fn version_shown(date: &str, latest: &str) -> String {
    format!("These are the figures as of {date}, a kept version. Newer data exists, as of {latest}.")
}

#[cfg(not(target_arch = "wasm32"))]
pub fn changes_version_heading(date: &str) -> String {
    format!("Version as of {date}")
}

#[cfg(not(target_arch = "wasm32"))]
pub fn changes_since_version(date: &str) -> String {
    format!("Changes since the version as of {date}.")
}

pub fn chart_changes_since(added: usize, changed: usize, removed: usize) -> String {
    let count = |n: usize, done: &str| match n {
        0 => None,
        1 => Some(format!("1 figure {done}")),
        n => Some(format!("{n} figures {done}")),
    };
    let parts: Vec<String> =
        [count(added, "added"), count(changed, "changed"), count(removed, "removed")].into_iter().flatten().collect();
    if parts.is_empty() {
        "This chart's figures have not changed since this version.".to_owned()
    } else {
        format!("Since this version: {}.", parts.join(", "))
    }
}

pub fn export_refused(name: &str) -> String {
    match name {
        "" => "the browser refused.".to_owned(),
        name => format!("the browser refused ({name})."),
    }
}

pub fn bad_url(url: &str) -> String {
    format!("\"{url}\" is not a web address the dashboard can load.")
}

pub fn origin_not_allowed(origin: &str) -> String {
    format!("Data from {origin} is not allowed: this dashboard loads custom data only from its own site or from origins its publisher has listed.")
}

pub fn network_error(detail: &str) -> String {
    match detail {
        "" => "The data could not be fetched (network error).".to_owned(),
        detail => format!("The data could not be fetched (network error: {detail})."),
    }
}

pub fn timed_out(seconds: i32) -> String {
    format!("The data did not arrive within {seconds} seconds.")
}

pub fn http_status(status: u16) -> String {
    format!("The server answered with HTTP status {status} instead of the data.")
}

pub fn wrong_content_type(kind: &str) -> String {
    format!("The server sent \"{kind}\", not JSON (application/json).")
}

pub fn too_large(bytes: usize, limit: usize) -> String {
    format!("The data is {bytes} bytes; the limit is {limit} bytes (1 MB).")
}

pub fn invalid_dataset(problems: usize) -> String {
    let noun = if problems == 1 { "problem" } else { "problems" };
    format!("The data is not a valid dataset ({problems} {noun}).")
}

/// 1st, 2nd, 3rd, 4th, 11th, 21st.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
