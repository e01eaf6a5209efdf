//! Simplified Chinese (zh-CN): every sentence the product writes, in one file.

use super::UiText;

pub const UI: UiText = UiText {
    code: "zh-CN",
    other_codes: &["zh", "zh-hans", "zh-hans-cn"],
    compact_steps: &[(1e8, "亿"), (1e4, "万")],
    compact_round_counts: true,
    product_name: "小米汽车数据看板",
    #[cfg(not(target_arch = "wasm32"))]
    dataset_about: "小米及其他车企的月度、季度和年度交付量与目标，各地区电动车市场预测，小米汽车业务财务数据与里程碑；每个数字都注明单位、时期、精确程度（精确值、至少、约数）、类型（实际、目标、预测、估计）和来源。",
    data_as_of: "数据截至",
    word_gap: "",
    comma: "，",
    full_stop: "。",
    dot_separator: " · ",
    skip_to_content: "跳到正文",
    key_growth_needed: "所需增长",
    key_cumulative: "累计交付量",
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
    status_weak_source: "低质量",
    footer_sources: "数据来源",
    download_all_data: "下载全部数据",
    download_all_data_about:
        "：每个数字及其单位、精确程度、类型与来源，以 CSV 文件提供，附 Frictionless 数据包说明（zip）",
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
    language_name: "中文",
    og_locale: "zh_CN",
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
    cite: "引用",
    copy_citation: "复制引用",
    copy_bibtex: "复制 BibTeX",
    citation_copied: "引用已复制。",
    add_to_slides: "加入演示",
    copy_slides: "复制演示地址",
    slides_copied: "演示地址已复制：打开即可演示所选图表。",
    download_svg: "SVG",
    download_png: "PNG",
    download_csv: "CSV",
    copy_image: "复制图片",
    image_copied: "图片已复制。",
    export_failed: "操作未成功",
    export_svg_not_drawn: "浏览器无法将图表绘制为图片。",
    export_png_not_encoded: "浏览器无法生成 PNG 文件。",
    export_no_image_clipboard: "此浏览器不允许复制图片。",
    export_no_clipboard: "此浏览器不允许复制。",
    start_failed: "交互式看板无法启动；本页图表仍可阅读。",
    chart_not_drawn: "无法绘制图表",
    share_and_export: "分享与导出",
    full_dashboard: "小米汽车数据看板",
    present: "演示",
    slide_previous: "上一页",
    slide_next: "下一页",
    slide_keys: "方向键、空格或 Page Down 翻页；F 全屏；P 打开演讲者视图；Esc 退出。",
    slide_of: "/",
    show_builtin: "显示内置数据",
    version_loading: "正在加载存档版本的数据。数据送达前显示最新数据。",
    version_failed: "无法加载此版本的数据；显示的是最新数据。",
    show_latest: "显示最新数据",
    what_changed: "数据变化",
    #[cfg(not(target_arch = "wasm32"))]
    changes_title: "数据的变化",
    #[cfg(not(target_arch = "wasm32"))]
    changes_intro: "已发布的每个数据版本，从新到旧，列出与上一版本相比的变化。每份清单都由两个版本的文件计算得出，而非手写。",
    #[cfg(not(target_arch = "wasm32"))]
    changes_figures_added: "新增的数字",
    #[cfg(not(target_arch = "wasm32"))]
    changes_figures_changed: "更改的数字",
    #[cfg(not(target_arch = "wasm32"))]
    changes_figures_removed: "删除的数字",
    #[cfg(not(target_arch = "wasm32"))]
    changes_sources: "新增、删除、更换网址或调整评级的来源",
    #[cfg(not(target_arch = "wasm32"))]
    changes_verdicts: "核查结论改变的说法",
    #[cfg(not(target_arch = "wasm32"))]
    changes_before: "之前",
    #[cfg(not(target_arch = "wasm32"))]
    changes_after: "之后",
    #[cfg(not(target_arch = "wasm32"))]
    changes_nothing: "没有变化。",
    #[cfg(not(target_arch = "wasm32"))]
    changes_first_version: "这是保存的第一个版本，没有更早的版本可供比较。",
    #[cfg(not(target_arch = "wasm32"))]
    changes_as_json: "此清单（JSON）",
    #[cfg(not(target_arch = "wasm32"))]
    changes_version_data: "此版本的数据",
    #[cfg(not(target_arch = "wasm32"))]
    changes_at_version: "此版本时的仪表板",
    #[cfg(not(target_arch = "wasm32"))]
    changes_source_added: "新增",
    #[cfg(not(target_arch = "wasm32"))]
    changes_source_removed: "删除",
    #[cfg(not(target_arch = "wasm32"))]
    changes_new_address: "新网址",
    #[cfg(not(target_arch = "wasm32"))]
    changes_also_published: "另有来源发布",
    pin_version: "将嵌入图表固定为此版本的数据（不勾选则随数据更新）",
    crash_message: "出错了，屏幕上的图表已无法交互。",
    crash_reload: "重新加载",

    // Sentences and lists.

    // What a figure is.
    kind_actual: "实际",
    kind_target: "目标",
    kind_forecast: "预测",
    kind_estimate: "估计",
    kind_guidance: "指引",
    qualifier_exact: "精确值",
    qualifier_at_least: "至少",
    qualifier_about: "约数",
    status_conflicting: "来源数字不一",
    status_single_source: "仅一个来源",
    status_weak: "来源较弱：仅见于低质量网页",

    // Notes every chart may carry.
    note_outline: "虚线框：目标或预测值，并非实际数字。",
    note_at_least: "+ 表示至少：来源给出的是下限（如“超过4万辆”），以空心柱表示。",
    note_about: "~ 表示约数：四舍五入后的数字。",
    note_weak: "“低质量”：该数字仅有低质量网页来源，未找到更好的来源。",
    note_range_derived: "由其他数字计算得出的数字（累计、合计）仍计入该时段之前的数字。",

    // `deliveries`.
    by_month: "月度",
    by_quarter: "季度",
    by_year: "年度",
    deliveries_title_month: "小米汽车月度交付量",
    deliveries_title_quarter: "小米汽车季度交付量",
    vehicles_delivered: "交付量（辆）",
    note_cpca_markers: "标记：媒体报道的乘联会数据，与小米自身口径不同。",
    no_delivery_figures: "此数据集中没有交付数据。",
    derived_from_annual: "由全年数据推算",

    // `cumulative`.
    cumulative_deliveries: "累计交付量",
    sum_of_years: "年度交付量累加",
    cumulative_this_year: "往年合计加今年季度数据（无季度数据时用月度数据）",
    cumulative_milestone: "该里程碑公布的累计数",
    projection_target_pace: "按目标速度的预测",
    projection_recent_pace: "按近期速度的预测",
    axis_date: "日期",
    axis_cumulative: "累计辆数",
    cumulative_title: "小米汽车累计交付量与百万辆之路",
    one_million_line: "100万辆",
    note_projections: "预测线并非任何机构的预测：仅按注释所述速度外推。菱形标记带有车辆数的里程碑。",
    no_cumulative_figures: "此数据集中没有累计数据。",

    // `target`.
    axis_vehicles: "辆",
    needed_from_here: "此后每月所需",
    straight_line: "匀速达成目标所需",

    // `targets`.
    target_first_announced: "首次公布的目标",
    target_raised: "上调后的目标",
    delivered: "实际交付",
    axis_year: "年份",
    targets_title: "小米汽车交付目标与实际交付",
    no_targets_with_results: "此数据集中没有可与结果对比的目标。",

    // `regions`.
    change: "变化",
    sales: "销量",
    no_regional_forecasts: "此数据集中没有地区预测。",
    no_regional_figures: "此数据集中没有地区数据。",
    axis_vehicles_sold: "销量（辆）",

    // `competitors`.
    axis_delivered_or_sold: "交付或销售量（辆）",
    note_powertrains: "BEV = 纯电动；PHEV = 插电混动；EREV = 增程式。包含混动车型的数字与纯电数字不可直接比较。",
    note_target_ranges: "以区间公布的目标按下限绘制（+）；未公布总目标的车企不显示。",

    // `financials`.
    revenue: "收入",
    gross_margin: "毛利率",
    profit_or_loss: "盈亏",
    revenue_title: "小米汽车分部季度收入",
    margin_title: "小米汽车分部季度毛利率",
    result_title: "小米汽车分部季度盈亏",
    axis_yuan: "元",
    note_result_measure: "口径有变：2024年各季度为经调整净利润，2025年各季度为经营利润。低于零为亏损。",
    note_segment: "分部 = 智能电动汽车、AI及其他创新业务；汽车收入 = 仅汽车销售（2024年第四季度无单独数据）。",
    no_financial_figures: "此数据集中没有财务数据。",

    // `time-to-scale`.
    days_to_100k: "达到10万辆天数",
    months_to_profit: "实现盈利月数",
    days_to_100k_title: "从上市到10万辆所用天数",
    months_to_profit_title: "从上市到首个季度盈利的月数",
    axis_days: "天",
    axis_months: "月",
    no_xiaomi_figure_at_all: "此数据集中没有小米的数据。",
    xiaomi_figure_weak: "小米的这一数字只有低质量来源。",

    // Projections and the data's age (`analysis::target`).

    // Where the sources disagree (`analysis::consistency`). `what` is a series and a period.

    // Checking the articles' claims (`analysis::claims`).
    verdict_holds: "成立",
    verdict_rounding: "舍入误差",
    verdict_imprecise: "不够准确",
    verdict_does_not_hold: "不成立",
    verdict_cannot_check: "无法核实",
    figure_missing: "数据集中缺少核对所需的数据。",

    // The chart legend's default entries.
    legend_exact: "精确值",
    legend_at_least: "至少（下限）",
    legend_target: "目标或预测",
    legend_cpca: "乘联会数据",
    legend_derived: "推算值（见注释）",
    sources_separator: "；",
    // Why custom data (`?data=`) could not be used.
};

/// Chinese has no plural.
pub fn unit_days(_count: f64) -> &'static str {
    "天"
}

pub fn unit_months(_count: f64) -> &'static str {
    "个月"
}

pub fn sentence(clauses: &[String]) -> String {
    format!("{}。", clauses.join("；"))
}

pub fn list(items: &[&str]) -> String {
    items.join("、")
}

pub fn run(first: &str, last: &str) -> String {
    format!("{first}至{last}")
}

pub fn with_aside(text: &str, aside: &str) -> String {
    format!("{text}（{aside}）")
}

pub fn versus(a: &str, b: &str) -> String {
    format!("{a}对比{b}")
}

pub fn labelled(applies_to: &str, how: &str) -> String {
    format!("{applies_to}：{how}")
}

pub fn yuan(amount: &str) -> String {
    format!("{amount}元")
}

pub fn about(figure: &str) -> String {
    format!("约{figure}")
}

pub fn date(year: i32, month: u8, day: u8) -> String {
    format!("{year}年{month}月{day}日")
}

pub fn period_year(year: i32) -> String {
    format!("{year}年")
}

pub fn period_quarter(year: i32, quarter: u8) -> String {
    format!("{year}年第{quarter}季度")
}

pub fn period_month(year: i32, month: u8) -> String {
    format!("{year}年{month}月")
}

pub fn period_span(from: &str, to: &str) -> String {
    format!("{from}至{to}")
}

pub fn quarter_short(year: i32, quarter: u8) -> String {
    format!("{:02}Q{quarter}", year % 100)
}

pub fn month_short(year: i32, month: u8) -> String {
    format!("{:02}年{month}月", year % 100)
}

pub fn also_published(value: &str, publishers: &[&str]) -> String {
    format!("另有来源发布：{value}（{}）", publishers.join(UI.sources_separator))
}

pub fn citation(publisher: &str, year: i32, title: &str, as_of: &str, address: &str) -> String {
    format!("{publisher}（{year}）。《{title}》。数据截至{as_of}。{address}")
}

pub fn source_line_end(as_of: &str) -> String {
    format!("。数据截至{as_of}。")
}

pub fn more_sources(count: usize) -> String {
    format!("等另外{count}个来源")
}

pub fn tagline(target: Option<(i32, &str)>) -> String {
    match target {
        Some((year, target)) => format!("小米汽车的交付爬坡与{year}年{target}辆目标，每个数字均注明来源。"),
        None => "小米汽车的交付爬坡，每个数字均注明来源。".to_owned(),
    }
}

pub fn key_year_deliveries(year: i32) -> String {
    format!("{year}年交付量")
}

pub fn key_year_target(year: i32) -> String {
    format!("{year}年目标")
}

pub fn key_cumulative_through(period: &str) -> String {
    format!("截至{period}")
}

pub fn cumulative_left_off(period: &str, total: &str) -> String {
    format!("{period}累加为{total}，低于更早的累计数（其下限较宽松），折线不随之下降。")
}

pub fn deliveries_title_year(target_year: i32) -> String {
    format!("小米汽车年度交付量及{target_year}年目标")
}

pub fn quarter_target_line(target_period: &str, per_quarter: &str) -> String {
    format!("{target_period}目标÷4 = 每季度{per_quarter}辆")
}

pub fn quarterly_rise(
    (first, first_period): (&str, &str),
    (last, last_period): (&str, &str),
    times: f64,
    needs_per_quarter: Option<(i32, &str)>,
) -> String {
    let needs = needs_per_quarter.map(|(year, p)| format!("；{year}年目标需每季度{p}辆")).unwrap_or_default();
    format!("季度交付量从{first_period}的{first}辆增至{last_period}的{last}辆，为{times:.1}倍{needs}。")
}

pub fn missing_quarter_how(year: i32, year_total: &str, three_quarters: &str, result: &str) -> String {
    format!("推算：{year}年全年{year_total}减去前三季度{three_quarters} = {result}")
}

pub fn target_growth(target_period: &str, target: &str, growth: &str, actual_period: &str, actual: &str) -> String {
    format!("{target_period}目标{target}辆，比{actual_period}的{actual}辆交付量增长{growth}。")
}

pub fn year_deliveries(period: &str, figure: &str) -> String {
    format!("{period}交付量：{figure}辆。")
}

pub fn month_target_line(year: i32, per_month: &str) -> String {
    format!("{year}年目标需每月{per_month}辆")
}

pub fn best_month(period: &str, best: &str, year: i32, per_month: &str) -> String {
    format!("迄今最好的月份是{period}，交付{best}辆；{year}年目标要求全年余下每月交付{per_month}辆。")
}

pub fn months_published(months: usize) -> String {
    format!("共有{months}个月份公布了交付数据。")
}

pub fn days_to_500k(days: i64) -> String {
    format!("小米在SU7发布{days}天后迎来第50万辆车")
}

pub fn million_when(year: i32, at_target_pace: &str, at_recent_pace: &str) -> String {
    format!("按{year}年目标所需速度，将于{at_target_pace}突破100万辆（按近期速度为{at_recent_pace}）")
}

pub fn month_by_month_title(year: i32) -> String {
    format!("逐月追踪{year}年目标")
}

pub fn no_target(year: i32) -> String {
    format!("此数据集中没有{year}年目标。")
}

pub fn year_over_12_how(year: i32) -> String {
    format!("{year}年全年 ÷ 12")
}

pub fn monthly_average(year: i32) -> String {
    format!("{year}年月均")
}

pub fn total_of(span: &str) -> String {
    format!("{span}合计")
}

pub fn sum_of_months_how(span: &str) -> String {
    format!("{span}月度数字之和")
}

pub fn straight_line_how(target: &str, months: u8) -> String {
    format!("{target} × {months} ÷ 12：匀速达成目标的直线")
}

pub fn target_over_12(year: i32, per_month: &str) -> String {
    format!("{year}年目标 ÷ 12 = {per_month}")
}

pub fn months_to_date(year: i32, last: u8, _last_period: &str) -> String {
    format!("{year}年1-{last}月")
}

pub fn none_after(month: &str) -> String {
    format!("{month}之后没有公布月度数字：虚线柱是此后达成目标每月所需的数量，并非交付量。")
}

pub fn none_yet(year: i32) -> String {
    format!("尚未公布{year}年的月度数字。")
}

pub fn needed_how(from: &str, target: &str, delivered: &str, months_left: u32) -> String {
    format!("自{from}起：（{target}目标 − 已公布{delivered}）÷ 剩余{months_left}个月")
}

pub fn target_needs(per_month: &str) -> String {
    format!("目标需每月交付{per_month}辆。")
}

pub fn best_month_aside(figure: &str, month: &str) -> String {
    format!("（最佳月份为{month}的{figure}辆）")
}

pub fn reported_against_target(
    (span, done): (&str, &str),
    (share, target): (&str, &str),
    on_line: &str,
    needed: &str,
    best: &str,
) -> String {
    format!("小米公布{span}交付{done}辆，完成{target}辆目标的{share}，匀速达成目标则应为{on_line}辆；此后每月需交付{needed}辆{best}。")
}

pub fn against_target(year: i32, delivered: &str, target: &str, change: &str) -> String {
    format!("{year}年交付{delivered}辆，目标{target}辆（{change}）")
}

pub fn next_target(year: i32, target: &str) -> String {
    format!("；{year}年目标为{target}辆")
}

pub fn targets_verdict(all_beaten: bool, years: &[String], next: &str) -> String {
    let verdict = if all_beaten { "小米每年都超额完成目标" } else { "与目标相比" };
    format!("{verdict}：{}{next}。", years.join("；"))
}

pub fn forecast_how(base: &str, forecast: &str) -> String {
    format!("{base} → 预测{forecast}")
}

pub fn stated_vs_computed(region: &str, stated: &str, computed: &str) -> String {
    format!("{region}：预测机构称{stated}；按这些数字计算为{computed}。")
}

pub fn regions_title(year: i32) -> String {
    format!("各地区电动汽车销量：{year}年预测")
}

pub fn axis_change_on(base_year: i32) -> String {
    format!("较{base_year}年变化")
}

pub fn note_regions(base_year: i32, year: i32) -> String {
    format!("销量包含插电混动车型。柱形按预测机构的{base_year}年与{year}年数字计算。")
}

pub fn forecast_by(year: i32, forecaster: &str) -> String {
    format!("{year}年预测：{forecaster}")
}

pub fn regions_then_fall(
    year: i32,
    forecaster: &str,
    grows: bool,
    first: (&str, &str),
    lowest: (&str, &str),
) -> String {
    let verb = if grows { "增长" } else { "下降" };
    let ((size, name), (low_size, low_name)) = (first, lowest);
    format!("{forecaster}预计{year}年{name}电动车销量{verb}{size}，而{low_name}将下降{low_size}。")
}

pub fn regions_lowest(year: i32, forecaster: &str, grows: bool, first: (&str, &str), lowest: (&str, &str)) -> String {
    let verb = if grows { "增长" } else { "下降" };
    let ((size, name), (change, low_name)) = (first, lowest);
    format!("{forecaster}预计{year}年{name}电动车销量{verb}{size}；变化最小的是{low_name}（{change}）。")
}

pub fn year_forecast(year: &str) -> String {
    format!("{year}预测")
}

pub fn global_forecast(region: &str, figure: &str, period: &str, china: &str) -> String {
    format!("预计{period}{region}电动车销量为{figure}，其中中国{china}。")
}

pub fn makers_title(year: i32) -> String {
    format!("各车企{year}年交付量")
}

pub fn year_so_far(year: i32) -> String {
    format!("{year}年至今")
}

pub fn year_targets(year: i32) -> String {
    format!("{year}年目标")
}

pub fn no_xiaomi_figure(year: i32) -> String {
    format!("此数据集中没有小米{year}年的数据。")
}

pub fn neighbours(above: Option<&str>, below: Option<&str>) -> String {
    match (above, below) {
        (Some(a), Some(b)) => format!("，介于{a}与{b}之间"),
        (Some(a), None) => format!("，次于{a}"),
        (None, Some(b)) => format!("，领先于{b}"),
        (None, None) => String::new(),
    }
}

pub fn xiaomi_rank(year: i32, delivered: &str, rank: usize, counts: usize, neighbours: &str) -> String {
    format!("{year}年小米交付{delivered}辆，在{counts}个数字中排第{rank}{neighbours}。")
}

pub fn month_span(first: &str, _last: &str, last_month: u8) -> String {
    format!("{first}至{last_month}月")
}

pub fn other_months(span: &str) -> String {
    format!("，{span}：月份不同")
}

pub fn sum_of(periods: &[String]) -> String {
    format!("{}之和", periods.join(" + "))
}

pub fn so_far_title(year: i32) -> String {
    format!("各车企{year}年至今交付量")
}

pub fn alone_over(months: &str, reported: &str) -> String {
    format!("{months}小米公布交付{reported}辆；此数据集中没有其他车企公布同期数字。")
}

pub fn rank_over(months: &str, reported: &str, rank: usize, makers: usize) -> String {
    format!("{months}小米公布交付{reported}辆，在{makers}家公布同期数字的车企中排第{rank}。")
}

pub fn note_compared_over(months: &str) -> String {
    format!("按小米已公布的月份（{months}）比较；“月份不同”表示该车企公布的数字覆盖其他时段，不可直接比较。")
}

pub fn range_between(from: &str, to: &str) -> String {
    format!("{from}至{to}")
}

pub fn range_from(from: &str) -> String {
    format!("{from}起")
}

pub fn range_to(to: &str) -> String {
    format!("截至{to}")
}

pub fn range_shown(range: &str) -> String {
    format!("按此地址的要求显示：{range}。")
}

pub fn range_empty(range: &str) -> String {
    format!("此地址要求显示{range}，但此图没有该时段的数据；显示的是完整图表。")
}

pub fn highlighted(marks: &str) -> String {
    format!("突出显示：{marks}。")
}

pub fn highlight_unmatched(marks: &str) -> String {
    format!("此地址要求突出显示{marks}，但此图中没有对应的数据。")
}

pub fn quarter_title(quarter: &str) -> String {
    format!("各车企{quarter}交付量")
}

pub fn quarter_rank(quarter: &str, reported: &str, rank: usize, makers: usize) -> String {
    format!("{quarter}小米交付{reported}辆，在{makers}家有整季数字的车企中排第{rank}。")
}

pub fn quarter_rank_floor(quarter: &str, reported: &str, rank: usize, makers: usize) -> String {
    format!("{quarter}小米交付{reported}辆，在{makers}家有整季数字的车企中排第{rank}或更高：这一数字只是下限。")
}

pub fn quarter_no_xiaomi(quarter: &str) -> String {
    format!("此数据集中没有小米{quarter}的数据。")
}

pub fn note_quarter_partial(quarter: &str, makers: &str) -> String {
    format!("未作比较：{makers}，其在此数据集中的数字只覆盖{quarter}的一部分。")
}

pub fn targets_for_title(year: i32) -> String {
    format!("各车企{year}年交付目标")
}

pub fn target_rank(makers: usize, year: i32, target: &str, rank: usize) -> String {
    format!("{makers}家车企公布了{year}年目标；小米的{target}辆排第{rank}。")
}

pub fn no_xiaomi_target(year: i32) -> String {
    format!("此数据集中没有小米{year}年目标。")
}

pub fn rose(measure: &str, (from, first): (&str, &str), (to, last): (&str, &str)) -> String {
    format!("{measure}从{from}的{first}增至{to}的{last}。")
}

pub fn first_profit(from: &str, (loss, loss_measure): (&str, &str), profit: (&str, &str, &str)) -> String {
    let (when, profit, profit_measure) = profit;
    format!("分部从{from}亏损{loss}（{loss_measure}）到{when}首次盈利{profit}（{profit_measure}）。")
}

pub fn loss_throughout(from: &str, to: &str) -> String {
    format!("分部在{from}至{to}每个季度均亏损。")
}

pub fn times_as_long(maker: &str, figure: &str, ratio: f64) -> String {
    format!("{maker}{figure}（{ratio:.1}倍）")
}

pub fn assumes_target_pace(per_month: &str, from: &str, year: i32, target: &str) -> String {
    format!("假设自{from}起每月交付{per_month}辆，即完成{year}年{target}辆目标所需的速度；历史数据含下限值，因此这是最晚日期。")
}

pub fn assumes_recent_pace(first: &str, last: &str, per_month: &str, floor: bool) -> String {
    let floor = if floor { "，为下限" } else { "" };
    format!("假设{first}至{last}的月均交付量（每月{per_month}辆{floor}）保持不变。")
}

pub fn data_age(days: i64, months: i64) -> String {
    match (days, months) {
        (..=0, _) => "今天".to_owned(),
        (d, ..=0) => format!("{d}天前"),
        (_, m @ 1..=23) => format!("{m}个月前"),
        (_, m) => format!("{}年前", m / 12),
    }
}

pub fn passed_at_target_pace(month: &str) -> String {
    format!("按目标所需速度为{month}")
}

pub fn passed_at_recent_pace(month: &str) -> String {
    format!("按近期速度为{month}")
}

pub fn projections_passed(threshold: &str, passed: &[String], as_of: &str) -> String {
    format!("累计{threshold}辆的预测时间（{}）已经过去；截至{as_of}的数据中没有这些月份的数字。", passed.join("；"))
}

pub fn missing_part(missing: &str) -> String {
    format!("缺少的部分至少为{missing}。")
}

pub fn parts_incomplete(
    (fine, period): (&str, &str),
    parts: &[String],
    parts_total: &str,
    (coarse, whole_total): (&str, &str),
    missing: &str,
) -> String {
    format!("{fine}，{period}（{}）：各部分合计{parts_total}；{coarse}：{whole_total}。{missing}", parts.join("、"))
}

pub fn parts_exact((fine, period): (&str, &str), (coarse, whole_total): (&str, &str)) -> String {
    format!("{fine}，{period}：各部分合计恰为{whole_total}（{coarse}）。")
}

pub fn parts_differ(
    (fine, period): (&str, &str),
    parts_total: &str,
    (coarse, whole_total): (&str, &str),
    difference: &str,
) -> String {
    format!("{fine}，{period}：各部分合计{parts_total}，而{coarse}为{whole_total}，相差{difference}。")
}

pub fn stated_change(
    (name, period): (&str, &str),
    stated: &str,
    (base_period, computed): (&str, &str),
    consistent: bool,
) -> String {
    let verdict = if consistent { "（一致）。" } else { "。来源使用了不同的基数。" };
    format!("{name}，{period}：所述变化{stated}；按{base_period}计算为{computed}{verdict}")
}

pub fn change_as_stated(inputs: &str, computed: &str) -> String {
    format!("{inputs}，变化{computed}，与所述一致。")
}

pub fn change_within_rounding(inputs: &str, computed: &str, stated: &str, (low, high): (&str, &str)) -> String {
    format!("{inputs}，变化{computed}；所述{stated}仅在这些数字的舍入范围内成立（{low}至{high}）。")
}

pub fn change_not_stated(inputs: &str, computed: &str, stated: &str) -> String {
    format!("{inputs}，变化{computed}，而非{stated}。")
}

pub fn parts_against_stated(total: &str, above: bool, stated: &str) -> String {
    format!("各部分合计{total}，{}所述的{stated}。", if above { "高于" } else { "低于" })
}

pub fn days(days: i64) -> String {
    format!("{days}天")
}

pub fn days_between(start: &str, end: &str, days: i64, stated: i64) -> String {
    format!("{start}至{end}共{days}天（所述：{stated}天）。")
}

pub fn implied_change(change: &str) -> String {
    format!(" 隐含变化：{change}（文章未说明）。")
}

pub fn forecaster_figures(figures: &[String], implied: &str) -> String {
    format!("预测机构的数据：{}。{implied}", figures.join("，"))
}

pub fn segment_not_vehicles(segment: &str, vehicles: &str) -> String {
    format!("{segment}为整个分部（智能电动汽车及AI等创新业务）收入；仅汽车销售收入为{vehicles}。")
}

pub fn months(months: f64) -> String {
    format!("{months:.0}个月")
}

pub fn months_to_profit_how(start: &str, quarter: &str, months: f64, tesla: &str) -> String {
    format!("{start}至首个盈利季度（{quarter}）结束约{months:.0}个月；特斯拉用了{tesla}。")
}

pub fn profit_reported(quarter: &str, day: &str) -> String {
    format!("盈利属于{quarter}，于{day}公布。")
}

pub fn times_as_much(a: &str, ratio: f64, b: &str) -> String {
    format!("{a}是{b}的{ratio:.1}倍。")
}

pub fn projection_claim(total: &str, reaches: bool, threshold: &str) -> String {
    let how = if reaches { "超过" } else { "未达" };
    format!("属于预测：以往交付量加上目标，到目标年底累计{total}，{how}{threshold}；仅在完成目标时成立。")
}

pub fn battery_electric_only((a_name, a): (&str, &str), (b_name, b): (&str, &str)) -> String {
    format!("{a_name}：{a}；{b_name}：{b}（仅计纯电动车）。")
}

pub fn custom_loading(origin: &str) -> String {
    format!("正在从 {origin} 加载自定义数据。数据送达前显示内置数据。")
}

pub fn custom_loaded(origin: &str) -> String {
    format!("来自 {origin} 的自定义数据：这些数字并非本看板整理的数据集。")
}

pub fn custom_failed(address: &str) -> String {
    format!("无法使用 {address} 的数据；现显示内置数据。")
}

pub fn version_shown(date: &str, latest: &str) -> String {
    format!("以下是截至{date}的存档数据。已有更新的数据（截至{latest}）。")
}

#[cfg(not(target_arch = "wasm32"))]
pub fn changes_version_heading(date: &str) -> String {
    format!("截至{date}的版本")
}

#[cfg(not(target_arch = "wasm32"))]
pub fn changes_since_version(date: &str) -> String {
    format!("与截至{date}的版本相比的变化。")
}

pub fn chart_changes_since(added: usize, changed: usize, removed: usize) -> String {
    let parts: Vec<String> = [("新增", added), ("更改", changed), ("删除", removed)]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(done, n)| format!("{done}{n}个数据"))
        .collect();
    if parts.is_empty() {
        "自此版本以来，本图数据未变。".to_owned()
    } else {
        format!("自此版本以来：{}。", parts.join("，"))
    }
}

pub fn export_refused(name: &str) -> String {
    match name {
        "" => "浏览器拒绝了此操作。".to_owned(),
        name => format!("浏览器拒绝了此操作（{name}）。"),
    }
}

pub fn bad_url(url: &str) -> String {
    format!("“{url}”不是可加载的网址。")
}

pub fn origin_not_allowed(origin: &str) -> String {
    format!("不允许加载来自 {origin} 的数据：本看板只从自身网站或发布者列出的来源加载自定义数据。")
}

pub fn network_error(detail: &str) -> String {
    match detail {
        "" => "无法获取数据（网络错误）。".to_owned(),
        detail => format!("无法获取数据（网络错误：{detail}）。"),
    }
}

pub fn timed_out(seconds: i32) -> String {
    format!("数据未能在{seconds}秒内送达。")
}

pub fn http_status(status: u16) -> String {
    format!("服务器返回HTTP状态码{status}，而不是数据。")
}

pub fn wrong_content_type(kind: &str) -> String {
    format!("服务器发送的是“{kind}”，而不是JSON（application/json）。")
}

pub fn too_large(bytes: usize, limit: usize) -> String {
    format!("数据大小为{bytes}字节，超过上限{limit}字节（1 MB）。")
}

pub fn invalid_dataset(problems: usize) -> String {
    format!("该数据不是有效的数据集（{problems}个问题）。")
}
