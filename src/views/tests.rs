//! The prerendered pages, read as a reader without script would: every chart,
//! its words, its data and its sources are in the HTML. On the frozen fixture.

use super::pages::{self, Page};
use super::prerender;
use crate::charts::{self, ChartId, ChartSettings};
use crate::data::{fixture, Lang};

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn a_prerendered_dashboard_holds_every_chart_with_its_words_data_and_sources() {
    for (query, lang) in [("", Lang::En), ("?lang=zh-CN", Lang::ZhCn)] {
        let html = prerender(fixture(), query);
        for id in ChartId::ALL {
            let model = charts::build(id, &fixture(), &ChartSettings::default(), lang);
            let card = html.split(&format!("<figure data-chart=\"{}\"", id.id())).nth(1).unwrap_or_default();
            let card = card.split("</figure>").next().unwrap_or_default();
            assert!(card.contains("<svg") && card.contains("role=\"img\""), "{query} {id:?}: no chart SVG");
            assert!(card.contains(&escape_text(&model.title)), "{query} {id:?}: no title {}", model.title);
            assert!(card.contains("class=\"takeaway\""), "{query} {id:?}: no takeaway");
            assert!(card.contains("class=\"chart-notes\""), "{query} {id:?}: no notes");
            assert!(card.contains("class=\"source-line\""), "{query} {id:?}: no source line");
            assert!(card.contains("<table"), "{query} {id:?}: no data table");
            // The table lists exactly the points drawn.
            let body = card.split("<tbody>").nth(1).unwrap_or_default();
            assert_eq!(count(body, "<tr>"), model.points.len(), "{query} {id:?}");
        }
        assert!(html.contains("data-chart=\"claims\""), "{query}: no claims panel");
        assert!(html.contains("id=\"sources\""), "{query}: no sources list");
    }
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_chart_has_a_prerendered_embed_in_each_language_holding_only_that_chart() {
    let all = pages::all(&fixture());
    assert_eq!(all.len(), Lang::ALL.len() * (1 + ChartId::ALL.len()));
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let page = all.iter().find(|p| p.file == crate::route::embed_page(id, lang)).unwrap();
            let html = prerender(fixture(), &format!("?{}", page.query));
            assert_eq!(count(&html, "<figure data-chart="), 1, "{}", page.file);
            assert!(html.contains(&format!("<figure data-chart=\"{}\"", id.id())), "{}", page.file);
            assert!(html.contains("class=\"source-line\""), "{}: an embed keeps its source line", page.file);
            assert!(page.description.len() > 20, "{}: the takeaway describes the page", page.file);
        }
    }
}

#[test]
fn every_page_names_its_versions_in_every_language_and_each_is_a_page_of_that_language() {
    let all = pages::all(&fixture());
    for page in &all {
        assert_eq!(page.alternates.len(), Lang::ALL.len(), "{}", page.file);
        assert!(page.alternates.contains(&(page.lang, page.file.clone())), "{} names itself", page.file);
        for (lang, file) in &page.alternates {
            let other = all.iter().find(|p| &p.file == file).unwrap_or_else(|| panic!("{file} is written"));
            assert_eq!(other.lang, *lang, "{file}");
            assert_eq!(other.alternates, page.alternates, "{file} and {} name the same set", page.file);
        }
    }
}

#[test]
fn a_page_fills_the_built_template_with_its_language_head_and_body() {
    let template = "<!doctype html><html lang=en><meta charset=utf-8><title>Xiaomi EV dashboard</title>\
        <link href=./main.css rel=stylesheet><link data-bin=xiaomi-ev-dashboard data-trunk rel=rust></head><body></body></html>";
    let page = Page {
        file: "zh-CN.html".into(),
        query: "lang=zh-CN".into(),
        lang: Lang::ZhCn,
        title: "小米 <EV>".into(),
        description: "\"Quoted\" & more".into(),
        alternates: vec![(Lang::En, "index.html".into()), (Lang::ZhCn, "zh-CN.html".into())],
        preview: "static/preview-deliveries-zh-CN.png".into(),
    };
    let html = pages::fill(template, &page, "<main>body</main>", None).unwrap();
    assert!(html.starts_with(
        "<!doctype html><html lang=\"zh-CN\" data-page-query=\"lang=zh-CN\" data-prerendered><meta charset=utf-8>"
    ));
    assert!(html.contains("<title>小米 &lt;EV&gt;</title>"));
    assert!(html.contains("<meta name=\"description\" content=\"&quot;Quoted&quot; &amp; more\">"));
    assert!(html.contains("<link href=./main.css rel=stylesheet><meta name"), "Trunk's build directive is dropped");
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"zh-CN.html\"><link rel=\"alternate\" hreflang=\"en\" href=\"index.html\">\
         <link rel=\"alternate\" hreflang=\"zh-CN\" href=\"zh-CN.html\"><meta property=\"og:type\""
    ));
    assert!(html.ends_with("</head><body><main>body</main></body></html>"));
    assert!(html.contains("<meta property=\"og:image\" content=\"static/preview-deliveries-zh-CN.png\">"));
    let published = pages::fill(template, &page, "", Some("https://example.org/ev/")).unwrap();
    assert!(published.contains("<meta property=\"og:url\" content=\"https://example.org/ev/zh-CN.html\">"));
    assert!(published.contains(
        "<meta name=\"twitter:image\" content=\"https://example.org/ev/static/preview-deliveries-zh-CN.png\">"
    ));
    assert!(published.contains("<meta property=\"og:title\" content=\"小米 &lt;EV&gt;\">"));
    assert!(published.contains("<meta property=\"og:description\" content=\"&quot;Quoted&quot; &amp; more\">"));
    assert_eq!(
        pages::fill("<html><body></body></html>", &page, "", None),
        None,
        "a template without a head is refused"
    );
}

#[test]
fn the_embed_code_opens_the_prerendered_embed_page_with_the_chart_toggle() {
    let mut settings = ChartSettings::default();
    assert!(settings.set(ChartId::Deliveries, "month"));
    assert!(settings.set(ChartId::Regions, "volume"), "another chart's toggle is left out");
    let model = charts::build(ChartId::Deliveries, &fixture(), &settings, Lang::ZhCn);
    let code = super::share::embed_code(ChartId::Deliveries, settings, Lang::ZhCn, &model);
    assert!(code.starts_with("<iframe src=\"./embed-deliveries-zh-CN.html?by=month\""), "{code}");
    assert!(code.contains("<img src=\"./static/deliveries.svg\""), "{code}");
}

#[test]
fn chinese_prerendered_text_has_no_space_between_words() {
    let html = prerender(fixture(), "?lang=zh-CN");
    let text = html.replace("<!>", "");
    assert!(text.contains("数据截至<time"), "header: no gap before the date");
    assert!(!text.contains("。 数据截至"), "source line: no gap after the full stop");
}

#[test]
fn a_chart_link_opens_the_dashboard_page_of_its_language() {
    let settings = ChartSettings::default();
    let url = super::share::chart_url(ChartId::Regions, settings, Lang::ZhCn);
    assert_eq!(url, "./zh-CN.html?chart=regions&lang=zh-CN");
    let html = prerender(fixture(), "?view=embed&chart=regions&lang=zh-CN");
    assert!(html.contains("href=\"./zh-CN.html?chart=regions&amp;lang=zh-CN\""), "the embed links back to it");
}

#[test]
fn the_dashboard_offers_the_data_package_in_the_footer_and_the_sources_list() {
    for query in ["", "?lang=zh-CN"] {
        let html = prerender(fixture(), query);
        assert_eq!(count(&html, "href=\"data/xiaomi-ev-data.zip\""), 2, "{query}");
        let footer = html.split("<footer").nth(1).unwrap_or_default();
        assert!(footer.contains("data/xiaomi-ev-data.zip"), "{query}: in the footer");
    }
    let embed = prerender(fixture(), "?view=embed&chart=regions");
    assert_eq!(count(&embed, "xiaomi-ev-data.zip"), 0, "an embed is one chart, with no footer");
}
