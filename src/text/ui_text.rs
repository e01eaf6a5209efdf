//! The fields every language's catalogue fills in: its settings and its
//! fixed strings.

/// The fixed strings of one language: the interface's, and the charts' titles,
/// labels and notes that contain no figure.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct UiText {
    /// The language's code (BCP 47), in addresses, `lang` and hreflang: `en`, `zh-CN`.
    pub code: &'static str,
    /// Other codes `?lang=` and the browser may use for it, in lower case.
    pub other_codes: &'static [&'static str],
    /// Short forms of large numbers, largest first: (1e6, "m") makes 24m.
    pub compact_steps: &'static [(f64, &'static str)],
    /// Whether round counts (whole thousands) read better in the short form:
    /// Chinese readers expect 55万 where English keeps 550,000.
    pub compact_round_counts: bool,
    pub product_name: &'static str,
    /// What the dataset holds, for search engines (the schema.org `Dataset`'s
    /// description follows the tagline with it). Host only: never in the wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub dataset_about: &'static str,
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
    pub status_weak_source: &'static str,
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
    /// "Cite": how to cite a chart or the data, as a sentence and as BibTeX.
    pub cite: &'static str,
    pub copy_citation: &'static str,
    pub copy_bibtex: &'static str,
    pub citation_copied: &'static str,
    /// A chart's share panel: put the chart in (or take it out of) the reader's deck.
    pub add_to_slides: &'static str,
    /// Copies the address of the deck the reader picked.
    pub copy_slides: &'static str,
    pub slides_copied: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub download_csv: &'static str,
    pub copy_image: &'static str,
    pub image_copied: &'static str,
    pub export_failed: &'static str,
    /// Why an export failed, by what went wrong (`views::export::Failure`).
    pub export_svg_not_drawn: &'static str,
    pub export_png_not_encoded: &'static str,
    pub export_no_image_clipboard: &'static str,
    pub export_no_clipboard: &'static str,
    /// What the page says if the app cannot start (boot.js): the charts stay.
    pub start_failed: &'static str,
    /// What a drawing says in place of a chart it could not draw.
    pub chart_not_drawn: &'static str,
    pub share_and_export: &'static str,
    pub full_dashboard: &'static str,
    pub present: &'static str,
    pub slide_previous: &'static str,
    pub slide_next: &'static str,
    pub slide_keys: &'static str,
    pub slide_of: &'static str,
    pub show_builtin: &'static str,
    /// A kept version of the data (`?v=`): the banner while it loads and
    /// if it cannot be, and the link back to the latest.
    pub version_loading: &'static str,
    pub version_failed: &'static str,
    pub show_latest: &'static str,
    /// The link to the readable change lists (`changes-<lang>.html`), in the
    /// footer and in a kept version's banner.
    pub what_changed: &'static str,
    /// The change lists' page, written by the build (`site::changes`). Host only.
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_title: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_intro: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_figures_added: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_figures_changed: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_figures_removed: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_sources: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_verdicts: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_before: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_after: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_nothing: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_first_version: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_as_json: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_version_data: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_at_version: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_source_added: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_source_removed: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_new_address: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_also_published: &'static str,
    /// The embed panel's choice: pinned to the version shown, or (unticked)
    /// following updates.
    pub pin_version: &'static str,
    /// Shown after a panic, followed by the `crash_reload` link.
    pub crash_message: &'static str,
    pub crash_reload: &'static str,

    // Sentences and lists.

    // What a figure is.
    pub kind_actual: &'static str,
    pub kind_target: &'static str,
    pub kind_forecast: &'static str,
    pub kind_estimate: &'static str,
    pub kind_guidance: &'static str,
    pub qualifier_exact: &'static str,
    pub qualifier_at_least: &'static str,
    pub qualifier_about: &'static str,
    pub status_conflicting: &'static str,
    pub status_single_source: &'static str,
    pub status_weak: &'static str,

    // Notes every chart may carry.
    pub note_outline: &'static str,
    pub note_at_least: &'static str,
    pub note_about: &'static str,
    /// What "weak" beside a bar's value means.
    pub note_weak: &'static str,
    /// Under a chart cut to a range that draws figures computed from others.
    pub note_range_derived: &'static str,

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
    pub sum_of_years: &'static str,
    pub cumulative_this_year: &'static str,
    pub cumulative_milestone: &'static str,
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
    /// Follows a takeaway whose Xiaomi figure rests on weak sources only.
    pub xiaomi_figure_weak: &'static str,

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
