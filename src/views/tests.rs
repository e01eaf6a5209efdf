//! The prerendered pages, read as a reader without script would: every chart,
//! its words, its data and its sources are in the HTML. On the frozen fixture.

use super::page::Page;
use super::pages;
use super::prerender;
use crate::charts::{self, ChartId, ChartSettings};
use crate::data::fixture;
use crate::text::Lang;

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
            assert!(card.contains("<svg") && card.contains("class=\"chart-svg\""), "{query} {id:?}: no chart SVG");
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
    assert!(html.starts_with(
        "<!doctype html><html lang=\"zh-CN\" data-page-query=\"lang=zh-CN\" data-prerendered><meta charset=utf-8>"
    ));
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
fn the_embed_code_opens_the_prerendered_embed_page_with_the_chart_toggle() {
    let mut settings = ChartSettings::default();
    assert!(settings.set(ChartId::Deliveries, "month"));
    assert!(settings.set(ChartId::Regions, "volume"), "another chart's toggle is left out");
    let model = charts::build(ChartId::Deliveries, &fixture(), &settings, Lang::ZhCn);
    let code = super::share::embed_code(ChartId::Deliveries, settings, Lang::ZhCn, &model, None);
    assert!(code.starts_with("<iframe src=\"./embed-deliveries-zh-CN.html?by=month\""), "{code}");
    assert!(code.contains("<img src=\"./static/deliveries.svg\""), "{code}");
    let pinned = super::share::embed_code(ChartId::Deliveries, settings, Lang::ZhCn, &model, Some(model.as_of));
    let src = format!("<iframe src=\"./embed-deliveries-zh-CN.html?by=month&amp;v={}\"", model.as_of);
    assert!(pinned.starts_with(&src), "pinned to its version: {pinned}");
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
    let url = super::share::chart_url(ChartId::Regions, settings, Lang::ZhCn, None);
    assert_eq!(url, "./zh-CN.html?chart=regions&lang=zh-CN");
    let kept = crate::data::Date::parse("2026-01-02");
    let url = super::share::chart_url(ChartId::Regions, settings, Lang::ZhCn, kept);
    assert_eq!(url, "./zh-CN.html?chart=regions&lang=zh-CN&v=2026-01-02", "a kept version is kept");
    let html = prerender(fixture(), "?view=embed&chart=regions&lang=zh-CN");
    assert!(html.contains("href=\"./zh-CN.html?chart=regions&amp;lang=zh-CN\""), "the embed links back to it");
}

#[test]
fn the_charts_a_reader_picks_become_a_deck_address_in_their_order_with_their_toggles() {
    let chart = |id: &str| ChartId::from_id(id).expect("a chart in the registry");
    let (competitors, target) = (chart("competitors"), chart("target"));
    let mut settings = ChartSettings::default();
    assert!(settings.set(competitors, "2024"), "the competitors chart has a 2024 toggle");
    let picked = [competitors, target];
    let deck = picked.iter().map(|&chart| crate::route::Slide { chart, settings }).collect();
    let kept = crate::data::Date::parse("2026-01-02");
    let route = super::share::deck_route(deck, Lang::ZhCn, kept);
    let url = super::share::page_url(route);
    assert_eq!(url, "./zh-CN.html?view=present&lang=zh-CN&slides=competitors:2024,target&v=2026-01-02");
    // The address opens that deck: the slides in the order picked, each with its toggle.
    let (opened, notices) = crate::route::Route::from_query(&url[url.find('?').unwrap_or(0)..]);
    assert!(notices.is_empty(), "{notices:?}");
    let slides = opened.slides();
    assert_eq!(slides.iter().map(|s| s.chart).collect::<Vec<_>>(), picked);
    assert_eq!(slides[0].settings.selected(competitors).as_deref(), Some("2024"));
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

/// `html` without the words the dataset brings (source titles such as
/// "2025 deliveries and 2026 target", notes, claims): what is left is what
/// the product writes.
fn without_the_datasets_own_words(mut html: String, dataset: &crate::data::Dataset, lang: Lang) -> String {
    let notes = dataset.sources.iter().filter_map(|s| s.note.clone());
    let notes = notes.chain(dataset.series.iter().filter_map(|s| s.note.clone()));
    let notes = notes.chain(dataset.series.iter().flat_map(|s| s.values.iter().filter_map(|v| v.note.clone())));
    let notes = notes.chain(dataset.milestones.iter().filter_map(|m| m.note.clone()));
    let texts = dataset.sources.iter().flat_map(|s| [s.title.get(lang), s.publisher.get(lang)]);
    let texts = texts.chain(dataset.series.iter().map(|s| s.title.get(lang)));
    let texts = texts.chain(dataset.milestones.iter().map(|m| m.title.get(lang)));
    let texts = texts.chain(dataset.claims.iter().map(|c| c.text.get(lang)));
    let mut texts: Vec<String> = texts.map(str::to_owned).chain(notes).collect();
    // Longest first: one title can hold another.
    texts.sort_by_key(|text| std::cmp::Reverse(text.len()));
    for text in texts {
        html = html.replace(&escape_text(&text), "");
    }
    html
}

/// What names the tracked year on screen, worded for `year`.
fn tracked_year_phrases(year: i32, lang: Lang) -> Vec<String> {
    let text = crate::text::messages(lang);
    vec![
        text.key_year_target(year),
        text.month_by_month_title(year),
        text.deliveries_title_year(year),
        text.year_so_far(year),
        text.year_targets(year),
        text.regions_title(year),
    ]
}

#[test]
fn a_dataset_moved_on_to_2027_tracks_2027_everywhere_and_shows_2026_as_a_finished_year() {
    let dataset = crate::data::test_datasets::moved_on();
    assert_eq!(crate::analysis::target::tracked_year(&dataset), 2027);
    for lang in Lang::ALL {
        for query in ["", "?view=embed&chart=target", "?by=year", "?year=2027-so-far"] {
            let query = format!("{query}{}lang={}", if query.is_empty() { "?" } else { "&" }, lang.code());
            let own_words = without_the_datasets_own_words(prerender(dataset.clone(), &query), &dataset, lang);
            for phrase in tracked_year_phrases(2026, lang) {
                assert!(
                    !own_words.contains(&escape_text(&phrase)),
                    "{query}: names 2026 as the tracked year: {phrase}"
                );
            }
        }
        let dashboard = prerender(dataset.clone(), &format!("?lang={}", lang.code()));
        let tagline = crate::analysis::key_numbers::tagline(&dataset, lang);
        assert!(tagline.contains("2027"), "{tagline}");
        assert!(dashboard.contains(&escape_text(&tagline)), "{lang:?}: the tagline {tagline}");
        for phrase in
            tracked_year_phrases(2027, lang).into_iter().take(2).chain([crate::text::messages(lang).year_so_far(2027)])
        {
            assert!(dashboard.contains(&escape_text(&phrase)), "{lang:?}: the dashboard names 2027: {phrase}");
        }
    }
    // 2026 is a finished year: a bar of its own by year, and a year of the carmaker chart.
    let by_year = ChartSettings { deliveries: charts::DeliveriesBy::Year, ..Default::default() };
    let model = charts::build(ChartId::Deliveries, &dataset, &by_year, Lang::En);
    let year_point = |year: i32| model.points.iter().find(|p| p.period == crate::data::Period::Year(year));
    assert!(year_point(2026).is_some_and(|p| p.kind.is_outcome()), "2026 delivered, by year");
    assert!(year_point(2027).is_some_and(|p| p.kind == crate::data::Kind::Target), "the 2027 target, by year");
    let options: Vec<String> =
        ChartId::Competitors.toggle_options(&dataset, Lang::En).into_iter().map(|o| o.id).collect();
    assert_eq!(options, ["2023", "2024", "2025", "2026", "2027-so-far", "2027-targets"]);
    assert_eq!(ChartSettings::default().shown(ChartId::Competitors, &dataset).as_deref(), Some("2026"));
    let model = charts::build(ChartId::Competitors, &dataset, &ChartSettings::default(), Lang::En);
    assert_eq!(model.title, crate::text::messages(Lang::En).makers_title(2026));
    assert!(model.categories.iter().any(|c| c.starts_with("Xiaomi")), "{:?}", model.categories);
    // An address from 2026 ("2026 so far") now shows the whole of 2026.
    let mut old = ChartSettings::default();
    assert!(old.set(ChartId::Competitors, "2026-so-far"));
    assert_eq!(old.shown(ChartId::Competitors, &dataset).as_deref(), Some("2026"));
    assert_eq!(charts::build(ChartId::Competitors, &dataset, &old, Lang::En).title, model.title);
}

#[test]
fn every_address_the_tracker_had_still_opens_it() {
    for query in ["?chart=target-2026", "?view=embed&chart=target-2026", "?chart=target"] {
        let (route, notices) = crate::route::Route::from_query(query);
        assert_eq!(route.chart, Some(ChartId::Target), "{query}");
        assert!(notices.is_empty(), "{query}: {notices:?}");
    }
    let html = prerender(fixture(), "?view=embed&chart=target-2026");
    assert_eq!(count(&html, "<figure data-chart="), 1);
    assert!(html.contains("<figure data-chart=\"target\""), "the embed holds the tracker under its id now");
}

#[test]
fn the_sitemap_lists_each_page_once_at_its_absolute_address_with_its_languages() {
    let dataset = fixture();
    let all = pages::all(&dataset);
    let site = "https://example.org/ev/";
    let sitemap = super::discovery::sitemap(&all, site, dataset.as_of);
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
    let own: Vec<&Page> = all.iter().filter(|page| page.file == page.canonical).collect();
    assert!(own.len() < all.len(), "the fixture has a page kept at a former address");
    assert_eq!(sitemap.matches("<url>").count(), own.len(), "one entry per page at its own address");
    for page in &own {
        let loc = format!("<loc>{}</loc>", super::discovery::page_address(site, &page.file));
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
    let robots = super::discovery::robots(Some("https://example.org/ev/"));
    assert_eq!(robots, "User-agent: *\nAllow: /\nSitemap: https://example.org/ev/sitemap.xml\n");
    assert_eq!(super::discovery::robots(None), "User-agent: *\nAllow: /\n");
}

/// The JSON-LD of a page, parsed.
#[expect(clippy::expect_used, reason = "a test helper: no script or bad JSON fails the test")]
fn structured_data_of(page: &Page, site: Option<&str>) -> serde_json::Value {
    let script = super::discovery::structured_data(&fixture(), page, site);
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
        assert_eq!(described["license"], super::discovery::COMPILATION_LICENCE);
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
    assert!(super::discovery::COMPILATION_LICENCE.contains("/by/4.0/"));
}

#[test]
fn each_charts_oembed_document_follows_the_specification_with_absolute_addresses() {
    let dataset = fixture();
    let site = "https://example.org/ev/";
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let json: serde_json::Value =
                serde_json::from_str(&super::discovery::oembed(&dataset, id, lang, site)).expect("JSON");
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
                super::discovery::oembed_file(id, page.lang)
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
