//! The static site as the build writes it: a page at every address, each
//! naming its versions, filled into the built template; the sitemap, robots,
//! structured data and oEmbed documents. On the frozen fixture.

use super::page::Page;
use super::{discovery, pages};
use crate::charts::{self, ChartId, ChartSettings};
use crate::data::fixture;
use crate::text::Lang;
use crate::views::prerender;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn every_chart_has_a_prerendered_embed_in_each_language_holding_only_that_chart() {
    let all = pages::all(&fixture());
    let addresses: usize = ChartId::ALL.iter().map(|id| id.slugs().count()).sum();
    assert_eq!(all.len(), Lang::ALL.len() * (1 + addresses));
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
fn a_chart_keeps_a_page_at_each_address_it_had_pointing_at_its_address_now() {
    let all = pages::all(&fixture());
    let mut kept = 0;
    for id in ChartId::ALL {
        for former in id.chart().former_slugs {
            assert_eq!(ChartId::from_id(former), Some(id), "?chart={former} still opens the chart");
            for lang in Lang::ALL {
                let file = crate::route::embed_page_named(former, lang);
                let page = all.iter().find(|p| p.file == file).unwrap_or_else(|| panic!("{file} is written"));
                let now = all.iter().find(|p| p.file == crate::route::embed_page(id, lang)).unwrap();
                assert_eq!(page.canonical, now.file, "{file} points search engines at the chart's address now");
                assert_eq!((&page.query, &page.title, &page.description), (&now.query, &now.title, &now.description));
                kept += 1;
            }
        }
    }
    assert!(kept > 0, "the tracker's former address (target-2026) is kept");
}

#[test]
fn every_page_names_its_versions_in_every_language_and_each_is_a_page_of_that_language() {
    let all = pages::all(&fixture());
    for page in &all {
        assert_eq!(page.alternates.len(), Lang::ALL.len(), "{}", page.file);
        assert!(page.alternates.contains(&(page.lang, page.canonical.clone())), "{} names itself", page.file);
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
        canonical: "zh-CN.html".into(),
        query: "lang=zh-CN".into(),
        lang: Lang::ZhCn,
        title: "小米 <EV>".into(),
        description: "\"Quoted\" & more".into(),
        alternates: vec![(Lang::En, "index.html".into()), (Lang::ZhCn, "zh-CN.html".into())],
        preview: "static/preview-deliveries-zh-CN.png".into(),
        chart: None,
    };
    let html = pages::fill(template, &page, "<main>body</main>", None, "").unwrap();
    let start_failed = crate::text::ui(Lang::ZhCn).start_failed;
    assert!(html.starts_with(&format!(
        "<!doctype html><html lang=\"zh-CN\" data-page-query=\"lang=zh-CN\" data-start-failed=\"{start_failed}\" data-prerendered><meta charset=utf-8>"
    )), "the page's language, its query, and what boot.js says if the app cannot start, in that language");
    assert!(html.contains("<title>小米 &lt;EV&gt;</title>"));
    assert!(html.contains("<meta name=\"description\" content=\"&quot;Quoted&quot; &amp; more\">"));
    assert!(html.contains("<link href=./main.css rel=stylesheet><meta name"), "Trunk's build directive is dropped");
    assert!(
        !html.contains("rel=\"canonical\"") && !html.contains("hreflang") && !html.contains("og:url"),
        "without the site's address, no relative address stands where an absolute one belongs"
    );
    assert!(html.ends_with("</head><body><main>body</main></body></html>"));
    assert!(html.contains("<meta property=\"og:image\" content=\"static/preview-deliveries-zh-CN.png\">"));
    let published = pages::fill(template, &page, "", Some("https://example.org/ev/"), "").unwrap();
    assert!(published.contains(
        "<link rel=\"canonical\" href=\"https://example.org/ev/zh-CN.html\">\
         <link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/ev/\">\
         <link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/ev/\">\
         <link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/ev/zh-CN.html\">"
    ));
    assert!(published.contains("<meta property=\"og:url\" content=\"https://example.org/ev/zh-CN.html\">"));
    assert!(published.contains(
        "<meta name=\"twitter:image\" content=\"https://example.org/ev/static/preview-deliveries-zh-CN.png\">"
    ));
    assert!(published.contains("<meta property=\"og:title\" content=\"小米 &lt;EV&gt;\">"));
    assert!(published.contains("<meta property=\"og:description\" content=\"&quot;Quoted&quot; &amp; more\">"));
    assert_eq!(
        pages::fill("<html><body></body></html>", &page, "", None, ""),
        None,
        "a template without a head is refused"
    );
}

#[test]
fn the_sitemap_lists_each_page_once_at_its_absolute_address_with_its_languages() {
    let dataset = fixture();
    let all = pages::all(&dataset);
    let site = "https://example.org/ev/";
    let sitemap = discovery::sitemap(&all, site, dataset.as_of);
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
    let own: Vec<&Page> = all.iter().filter(|page| page.file == page.canonical).collect();
    assert!(own.len() < all.len(), "the fixture has a page kept at a former address");
    assert_eq!(sitemap.matches("<url>").count(), own.len(), "one entry per page at its own address");
    for page in &own {
        let loc = format!("<loc>{}</loc>", discovery::page_address(site, &page.file));
        assert_eq!(sitemap.matches(&loc).count(), 1, "{loc}");
    }
    assert!(
        sitemap.contains(&format!("<loc>{site}</loc><lastmod>{}</lastmod>", dataset.as_of)),
        "the dashboard is the folder"
    );
    for lang in Lang::ALL {
        let alternates = format!("hreflang=\"{}\" href=\"{site}", lang.code());
        assert_eq!(sitemap.matches(&alternates).count(), own.len(), "every entry names its {lang:?} page");
    }
    assert!(!sitemap.contains("-2026-"), "no former address is listed");
}

#[test]
fn robots_allows_everything_and_names_the_sitemap_when_the_site_is_known() {
    let robots = discovery::robots(Some("https://example.org/ev/"));
    assert_eq!(robots, "User-agent: *\nAllow: /\nSitemap: https://example.org/ev/sitemap.xml\n");
    assert_eq!(discovery::robots(None), "User-agent: *\nAllow: /\n");
}

/// The JSON-LD of a page, parsed.
fn structured_data_of(page: &Page, site: Option<&str>) -> serde_json::Value {
    let script = discovery::structured_data(&fixture(), page, site);
    let json = script
        .strip_prefix("<script type=\"application/ld+json\">")
        .and_then(|rest| rest.strip_suffix("</script>"))
        .expect("one JSON-LD script");
    assert!(!json.contains("</"), "nothing in it can close the script early");
    serde_json::from_str(&json.replace("<\\/", "</")).expect("valid JSON")
}

#[test]
fn the_dashboard_describes_its_dataset_for_dataset_search() {
    let dataset = fixture();
    let all = pages::all(&dataset);
    let site = "https://example.org/ev/";
    for page in all.iter().filter(|page| page.chart.is_none()) {
        let json = structured_data_of(page, Some(site));
        assert_eq!(json["@context"], "https://schema.org");
        let graph = json["@graph"].as_array().expect("a graph");
        assert_eq!(graph.len(), 1, "the dashboard carries the dataset alone");
        let described = &graph[0];
        assert_eq!(described["@type"], "Dataset");
        assert_eq!(described["name"], dataset.title.get(page.lang));
        assert!(described["description"].as_str().is_some_and(|d| d.chars().count() >= 50), "{page:?}");
        assert_eq!(described["license"], discovery::COMPILATION_LICENCE);
        assert_eq!(described["dateModified"], dataset.as_of.to_string());
        assert_eq!(described["creator"]["@type"], "Organization");
        assert_eq!(described["inLanguage"], page.lang.code());
        let coverage = described["temporalCoverage"].as_str().expect("a temporal coverage");
        assert!(coverage.len() == 21 && coverage.as_bytes()[10] == b'/', "{coverage}");
        let based_on = described["isBasedOn"].as_array().expect("the sources");
        let with_address = dataset.sources.iter().filter(|s| s.url.is_some()).count();
        assert_eq!(based_on.len(), with_address);
        let downloads = described["distribution"].as_array().expect("downloads");
        assert_eq!(downloads[0]["encodingFormat"], "application/zip");
        assert_eq!(downloads[0]["contentUrl"], format!("{site}data/xiaomi-ev-data.zip"));
        assert_eq!(downloads.len(), 1 + 2 + dataset.series.len(), "the zip, sources, milestones and each series");
        assert!(downloads.iter().all(|d| d["contentUrl"].as_str().is_some_and(|url| url.starts_with(site))));
    }
}

#[test]
fn a_charts_page_describes_its_chart_as_an_image_based_on_the_dataset() {
    let dataset = fixture();
    let all = pages::all(&dataset);
    let page = all.iter().find(|page| page.chart == Some(ChartId::Regions) && page.lang == Lang::ZhCn).expect("a page");
    let json = structured_data_of(page, None);
    let graph = json["@graph"].as_array().expect("a graph");
    assert_eq!(graph.len(), 2);
    let chart = &graph[1];
    let model = charts::build(ChartId::Regions, &dataset, &ChartSettings::default(), Lang::ZhCn);
    assert_eq!(chart["@type"], "ImageObject");
    assert_eq!(chart["name"], model.title);
    assert_eq!(chart["description"], model.takeaway);
    assert_eq!(chart["isBasedOn"]["@id"], graph[0]["@id"]);
    assert_eq!(chart["contentUrl"], page.preview, "without the site's address, relative to the page");
    // The dataset lists what is behind this chart: its sources and the series it draws.
    let cited: Vec<&str> = model.sources.iter().filter_map(|s| s.url.as_deref()).collect();
    assert_eq!(graph[0]["isBasedOn"].as_array().map(Vec::len), Some(cited.len()));
    let downloads: Vec<&str> =
        graph[0]["distribution"].as_array().expect("downloads").iter().filter_map(|d| d["name"].as_str()).collect();
    assert!(downloads.contains(&"sources.csv"));
    for point in &model.points {
        if dataset.series.iter().any(|series| series.id == point.series_id) {
            assert!(downloads.contains(&format!("{}.csv", point.series_id).as_str()), "{}", point.series_id);
        }
    }
    assert!(downloads.len() < 3 + dataset.series.len());
}

#[test]
fn the_structured_licence_is_the_one_the_dataset_states() {
    assert!(fixture().licence.contains("CC BY 4.0"));
    assert!(crate::data::builtin().is_ok_and(|dataset| dataset.licence.contains("CC BY 4.0")));
    assert!(discovery::COMPILATION_LICENCE.contains("/by/4.0/"));
}

#[test]
fn each_charts_oembed_document_follows_the_specification_with_absolute_addresses() {
    let dataset = fixture();
    let site = "https://example.org/ev/";
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let json: serde_json::Value =
                serde_json::from_str(&discovery::oembed(&dataset, id, lang, site)).expect("JSON");
            // oembed.com, 2.3.4: version and type always; html, width and height for "rich".
            assert_eq!(json["version"], "1.0");
            assert_eq!(json["type"], "rich");
            assert!(json["width"].as_u64().is_some_and(|w| w > 0) && json["height"].as_u64().is_some_and(|h| h > 0));
            let html = json["html"].as_str().expect("html");
            let page = format!("src=\"{site}{}\"", crate::route::embed_page(id, lang));
            assert!(html.starts_with("<iframe ") && html.contains(&page), "{html}");
            assert!(html.contains(&format!("<script src=\"{site}assets/embed.js\" async></script>")), "{html}");
            assert!(html.contains(&format!("<img src=\"{site}static/{}.svg\"", id.id())), "the static image inside");
            // The thumbnail's three fields come together.
            assert!(json["thumbnail_url"].as_str().is_some_and(|url| url.starts_with(site) && url.ends_with(".png")));
            assert_eq!((json["thumbnail_width"].as_u64(), json["thumbnail_height"].as_u64()), (Some(1200), Some(630)));
            assert!(json["provider_url"].as_str().is_some_and(|url| url.starts_with(site)));
            assert_eq!(json["title"], charts::build(id, &dataset, &ChartSettings::default(), lang).title);
        }
    }
}

#[test]
fn a_charts_page_links_its_oembed_document_when_the_site_is_known() {
    let template = "<html><title></title></head><body></body></html>";
    let all = pages::all(&fixture());
    for page in &all {
        let published = pages::fill(template, page, "", Some("https://example.org/ev/"), "").expect("a page");
        let link = page.chart.map(|id| {
            format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://example.org/ev/{}\"",
                discovery::oembed_file(id, page.lang)
            )
        });
        match link {
            Some(link) => assert!(published.contains(&link), "{}", page.file),
            None => assert!(!published.contains("json+oembed"), "{}: a dashboard is not one chart", page.file),
        }
        let local = pages::fill(template, page, "", None, "").expect("a page");
        assert!(!local.contains("json+oembed"), "{}: no oEmbed without the site's address", page.file);
    }
}

/// The two fixture versions: the fixture, and an edit that adds a month and corrects a quarter.
fn two_versions() -> Vec<(crate::data::Date, crate::data::Dataset)> {
    let newer = crate::data::test_datasets::fixture_with_a_month_added_and_a_quarter_corrected();
    vec![(fixture().as_of, fixture()), (newer.as_of, newer)]
}

#[test]
fn the_change_page_names_each_change_of_the_newer_version_in_every_language() {
    let versions = two_versions();
    let history = crate::analysis::changes::history(&versions);
    let template =
        "<html><head><link rel=stylesheet href=./main.css><script src=boot.js></script></head><body></body></html>";
    for lang in Lang::ALL {
        let html = super::change_pages::page(&versions, &history, template, lang);
        let text = crate::text::ui(lang);
        assert!(html.starts_with(&format!("<!DOCTYPE html><html lang=\"{}\">", lang.code())), "{lang:?}");
        assert!(html.contains("<link rel=stylesheet href=./main.css>"), "{lang:?}: styled as the site");
        assert!(!html.contains("<script"), "{lang:?}: a plain page the app does not take over");
        // Newest first: the newer version's section, then the first one's.
        let (newer, first) =
            (html.find("id=\"v-2026-03-01\"").unwrap(), html.find(&format!("id=\"v-{}\"", fixture().as_of)).unwrap());
        assert!(newer < first, "{lang:?}: newest first");
        let (newer_section, first_section) = (&html[newer..first], &html[first..]);
        assert_eq!(count(newer_section, &format!("{} (1)", text.changes_figures_added)), 1, "{lang:?}");
        assert_eq!(count(newer_section, &format!("{} (1)", text.changes_figures_changed)), 1, "{lang:?}");
        assert_eq!(count(newer_section, "<tr><th scope=\"row\">"), 2, "{lang:?}: exactly the two changes");
        let [was, now, added] = [27_307.0, 27_308.0, 30_000.0]
            .map(|v| crate::format::figure(v, crate::data::Unit::Vehicles, crate::data::Qualifier::Exact, lang));
        for value in [&was, &now, &added] {
            assert!(newer_section.contains(value.as_str()), "{lang:?}: {value}");
        }
        assert!(newer_section.find(was.as_str()) < newer_section.find(now.as_str()), "{lang:?}: before, then after");
        assert!(newer_section.contains("href=\"data/versions/2026-03-01.changes.json\""), "{lang:?}: the JSON list");
        assert!(newer_section.contains(&format!("{}?v=2026-03-01", crate::route::dashboard_page(lang))), "{lang:?}");
        assert!(newer_section.contains("<a href=\"https://"), "{lang:?}: each figure's sources are linked");
        assert!(first_section.contains(text.changes_first_version), "{lang:?}");
        assert!(!first_section.contains(".changes.json"), "{lang:?}: the first version has no list");
    }
}
