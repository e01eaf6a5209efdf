//! The prerendered pages, read as a reader without script would: every chart,
//! its words, its data and its sources are in the HTML. On the frozen fixture.

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
