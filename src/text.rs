//! Interface strings. One struct holds every string the page shows outside the
//! charts; each language is one constant of it, so a missing string is a
//! compile error. Adding a language = one more constant and one `Lang` variant.

use crate::data::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct UiText {
    pub product_name: &'static str,
    pub tagline: &'static str,
    pub data_as_of: &'static str,
    /// Punctuation between parts of a sentence, which differs by script:
    /// "A; B. Data as of 3 Jul 2026, 4 months ago." / "A；B。数据截至2026年7月3日，4个月前。"
    pub word_gap: &'static str,
    pub comma: &'static str,
    pub full_stop: &'static str,
    pub skip_to_content: &'static str,
    /// `{year}` is replaced by the year.
    pub key_year_deliveries: &'static str,
    pub key_year_target: &'static str,
    pub key_growth_needed: &'static str,
    pub key_cumulative: &'static str,
    pub key_cumulative_through: &'static str,
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
    /// `{origin}` / `{address}` are replaced.
    pub custom_loading: &'static str,
    pub custom_loaded: &'static str,
    pub custom_failed: &'static str,
    pub show_builtin: &'static str,
    /// Shown after a panic, followed by the `crash_reload` link.
    pub crash_message: &'static str,
    pub crash_reload: &'static str,
}

pub const EN: UiText = UiText {
    product_name: "Xiaomi EV dashboard",
    tagline: "Xiaomi's delivery ramp and its 2026 target of 550,000 cars, every figure sourced.",
    data_as_of: "Data as of",
    word_gap: " ",
    comma: ", ",
    full_stop: ".",
    skip_to_content: "Skip to content",
    key_year_deliveries: "{year} deliveries",
    key_year_target: "{year} target",
    key_growth_needed: "Growth needed",
    key_cumulative: "Cumulative deliveries",
    key_cumulative_through: "through",
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
    footer_sources: "Sources",
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
    download_svg: "SVG",
    download_png: "PNG",
    download_csv: "CSV",
    copy_image: "Copy image",
    image_copied: "Image copied.",
    export_failed: "That did not work:",
    share_and_export: "Share and export",
    full_dashboard: "Xiaomi EV dashboard",
    present: "Present",
    slide_previous: "Previous slide",
    slide_next: "Next slide",
    slide_keys: "Arrow keys, Space or Page Down to move; F for full screen; Esc to leave.",
    slide_of: "of",
    custom_loading: "Loading custom data from {origin}. The built-in data is shown until it arrives.",
    custom_loaded: "Custom data from {origin}: these figures are not the dashboard's curated dataset.",
    custom_failed: "The data at {address} could not be used; the built-in data is shown.",
    show_builtin: "Show the built-in data",
    crash_message: "Something went wrong; the charts on screen are no longer interactive.",
    crash_reload: "Reload",
};

pub const ZH_CN: UiText = UiText {
    product_name: "小米汽车数据看板",
    tagline: "小米汽车的交付爬坡与2026年55万辆目标，每个数字均注明来源。",
    data_as_of: "数据截至",
    word_gap: "",
    comma: "，",
    full_stop: "。",
    skip_to_content: "跳到正文",
    key_year_deliveries: "{year}年交付量",
    key_year_target: "{year}年目标",
    key_growth_needed: "所需增长",
    key_cumulative: "累计交付量",
    key_cumulative_through: "截至",
    group_by: "分组方式",
    show_table: "以表格显示数据",
    table_period: "时期",
    table_series: "数据系列",
    table_value: "数值",
    table_qualifier: "精确度",
    table_kind: "类型",
    table_source: "来源",
    source_label: "来源：",
    notes: "注释",
    sources_heading: "数据来源",
    sources_intro: "本页每个数字都注明以下一个或多个来源。已核实：在所列出版物中读到。二手：在转载或汇总中读到。",
    status_verified: "已核实",
    status_secondary: "二手",
    footer_sources: "数据来源",
    footer_licence: "数据汇编采用 CC BY 4.0；代码采用 MIT 许可。",
    footer_code: "基于 Rust、Leptos 与 plotters 构建，完全在浏览器中运行。",
    notice_ignored: "已忽略地址中的未知参数值：",
    data_error_heading: "无法加载数据集",
    data_error_intro: "发现以下问题（说明为英文，便于与数据文件中的字段名对照）：",
    theme_label: "主题",
    theme_auto: "自动",
    theme_light: "浅色",
    theme_dark: "深色",
    language_label: "语言",
    chart_keys_hint: "使用方向键在数据点之间移动。",
    claims_heading: "核查文章中的说法",
    claims_intro: "本看板所依据的新闻文章中的说法，已与数据集核对。每项结论均由计算得出，而非人工撰写。",
    claim_column: "说法",
    claim_computed: "计算结果",
    claim_verdict: "结论",
    claim_explanation: "核查方式",
    claim_seed: "文章",
    findings_heading: "来源之间的差异",
    findings_intro: "本应一致但并不一致的数字；两者均予保留并注明差距。",
    copy_link: "复制链接",
    link_copied: "链接已复制。",
    embed: "嵌入",
    embed_intro: "将以下代码粘贴到您的网页中。包含脚本时 iframe 会自动调整高度；否则保持默认的640像素高度。",
    embed_static_intro: "在不允许脚本的地方（AMP、RSS、电子报），请使用静态图片：",
    copy_code: "复制代码",
    code_copied: "代码已复制。",
    download_svg: "SVG",
    download_png: "PNG",
    download_csv: "CSV",
    copy_image: "复制图片",
    image_copied: "图片已复制。",
    export_failed: "操作未成功：",
    share_and_export: "分享与导出",
    full_dashboard: "小米汽车数据看板",
    present: "演示",
    slide_previous: "上一页",
    slide_next: "下一页",
    slide_keys: "方向键、空格或 Page Down 翻页；F 全屏；Esc 退出。",
    slide_of: "/",
    custom_loading: "正在从 {origin} 加载自定义数据。数据送达前显示内置数据。",
    custom_loaded: "来自 {origin} 的自定义数据：这些数字并非本看板整理的数据集。",
    custom_failed: "无法使用 {address} 的数据；现显示内置数据。",
    show_builtin: "显示内置数据",
    crash_message: "出错了，屏幕上的图表已无法交互。",
    crash_reload: "重新加载",
};

pub fn ui(lang: Lang) -> &'static UiText {
    match lang {
        Lang::En => &EN,
        Lang::ZhCn => &ZH_CN,
    }
}

pub fn kind_word(kind: crate::data::Kind, lang: Lang) -> &'static str {
    use crate::data::Kind::*;
    match (kind, lang) {
        (Actual, Lang::En) => "actual",
        (Target, Lang::En) => "target",
        (Forecast, Lang::En) => "forecast",
        (Estimate, Lang::En) => "estimate",
        (Guidance, Lang::En) => "guidance",
        (Actual, Lang::ZhCn) => "实际",
        (Target, Lang::ZhCn) => "目标",
        (Forecast, Lang::ZhCn) => "预测",
        (Estimate, Lang::ZhCn) => "估计",
        (Guidance, Lang::ZhCn) => "指引",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings that are the same in every language.
    const SAME_EVERYWHERE: [&str; 3] = ["download_svg", "download_png", "download_csv"];
    /// Chinese sets no space between words.
    const EMPTY_IN_CHINESE: [&str; 1] = ["word_gap"];

    #[test]
    fn every_interface_string_is_translated() {
        let en = serde_json::to_value(&EN).unwrap();
        let zh = serde_json::to_value(&ZH_CN).unwrap();
        let (en, zh) = (en.as_object().unwrap(), zh.as_object().unwrap());
        assert_eq!(en.len(), zh.len());
        for (key, english) in en {
            let chinese = zh[key].as_str().unwrap();
            assert!(!english.as_str().unwrap().is_empty(), "{key} is empty in English");
            if EMPTY_IN_CHINESE.contains(&key.as_str()) {
                assert!(chinese.is_empty(), "{key} should be empty in Chinese");
                continue;
            }
            assert!(!chinese.is_empty(), "{key} is empty in Chinese");
            if !SAME_EVERYWHERE.contains(&key.as_str()) && chinese != "/" {
                assert!(chinese.chars().any(|c| c > '\u{3000}'), "{key} is not translated: {chinese}");
            }
            // Placeholders must survive translation.
            for placeholder in ["{year}", "{origin}", "{address}"] {
                assert_eq!(
                    english.as_str().unwrap().contains(placeholder),
                    chinese.contains(placeholder),
                    "{key}: {placeholder}"
                );
            }
        }
    }

    #[test]
    fn every_chart_speaks_both_languages() {
        for (_, dataset) in crate::data::test_datasets::for_invariants() {
            for id in crate::charts::ChartId::ALL {
                for settings in crate::charts::ChartSettings::variants(id) {
                    let zh = crate::charts::build(id, &dataset, &settings, Lang::ZhCn);
                    for text in [&zh.title, &zh.takeaway].into_iter().chain(zh.notes.iter()) {
                        assert!(text.chars().any(|c| c > '\u{3000}'), "{id:?}: untranslated {text:?}");
                    }
                    for option in id.toggle_options(Lang::ZhCn) {
                        assert!(
                            option.label.chars().any(|c| c > '\u{3000}' || c.is_ascii_digit()),
                            "{id:?}: {}",
                            option.label
                        );
                    }
                }
            }
        }
    }
}
