//! Each drawing's tooltips: every point has one, inside the drawing, saying
//! what the table says; the rules that show them are the page's and a
//! standalone file's own.

use super::test_svg::*;
use super::*;
use crate::data::{fixture, test_datasets};

#[test]
fn every_drawn_point_carries_its_tooltip_inside_the_drawing() {
    for (name, dataset) in test_datasets::for_invariants().into_iter().chain([("fixture", fixture())]) {
        for lang in Lang::ALL {
            for (id, settings, model) in every_model(&dataset, lang) {
                for width in [fit::PHONE_DRAWING_WIDTH, fit::PRERENDER_WIDE, 1400] {
                    let options = model.options(width, Theme::Light);
                    let svg = render_svg(&model, &options);
                    let doc = parse(&svg);
                    let at = format!("{name}: {id:?} {settings:?} {lang:?} at {width} px");
                    let points: Vec<_> = doc.descendants().filter(|n| n.attribute("class") == Some("pt")).collect();
                    assert!(!points.is_empty(), "{at}: no points");
                    let mut areas = Vec::new();
                    for point in points {
                        let index: usize = point.attribute("data-point").and_then(|i| i.parse().ok()).expect("index");
                        let data = &model.points[index];
                        assert_eq!(
                            point.attribute("tabindex"),
                            None,
                            "{at}: no tab stop, nothing focusable in the image"
                        );
                        let area = point.children().find(|n| n.has_tag_name("rect")).expect("a tap area");
                        // Empty only where an earlier point is drawn at the same place.
                        let empty = number(&area, "width") == 0.0;
                        assert!(
                            empty || number(&area, "height") >= 14.0,
                            "{at}: point {index}'s tap area is too short"
                        );
                        let bounds = (
                            number(&area, "x"),
                            number(&area, "y"),
                            number(&area, "x") + number(&area, "width"),
                            number(&area, "y") + number(&area, "height"),
                        );
                        areas.push((index, bounds));
                        let tip = point.children().find(|n| n.attribute("class") == Some("pt-tip")).expect("a tooltip");
                        let frame = tip.children().find(|n| n.has_tag_name("rect")).expect("its box");
                        let (x, y) = translation(&tip);
                        let (w, h) = (number(&frame, "width"), number(&frame, "height"));
                        assert!(x >= 0.0 && x + w <= f64::from(options.width), "{at}: point {index} leaves sideways");
                        assert!(y >= 0.0 && y + h <= f64::from(options.height), "{at}: point {index} leaves: {y} {h}");
                        let words = all_text(tip);
                        let wanted = [
                            format::period(&data.period, lang),
                            data.label(lang),
                            format::qualifier_word(data.qualifier, lang).to_owned(),
                            format::kind_word(data.kind, lang).to_owned(),
                        ];
                        for part in wanted {
                            assert!(words.contains(&part), "{at}: point {index}'s tooltip lacks {part:?}: {words}");
                        }
                        let sources = model.sources_of(data).sources;
                        for source in &sources {
                            let shown = source.publisher.chars().take(8).collect::<String>();
                            assert!(words.contains(&shown), "{at}: point {index} names no {shown:?}: {words}");
                        }
                        let links: Vec<_> = tip.descendants().filter(|n| n.has_tag_name("a")).collect();
                        let hrefs: Vec<_> = links.iter().filter_map(|a| a.attribute("href")).collect();
                        let addresses: Vec<_> = sources.iter().filter_map(|s| s.url.as_deref()).collect();
                        assert_eq!(hrefs, addresses, "{at}: point {index} links each source with an address to it");
                        for link in &links {
                            assert_eq!(
                                link.attribute("tabindex"),
                                Some("-1"),
                                "{at}: a link in a tooltip is no tab stop"
                            );
                            assert_eq!(link.attribute("target"), Some("_blank"), "{at}: a source opens in a new tab");
                        }
                        for text in tip.descendants().filter(|n| n.has_tag_name("text")) {
                            assert!(number(&text, "font-size") >= 11.0, "{at}: tooltip type under 11 px");
                        }
                    }
                    // A tap is taken by the point it is on: no two areas overlap but a
                    // marker's, which lies across its bar.
                    for (i, (a, first)) in areas.iter().enumerate() {
                        for (b, second) in areas.iter().skip(i + 1) {
                            let overlap =
                                first.0 < second.2 && second.0 < first.2 && first.1 < second.3 && second.1 < first.3;
                            let marker = model.points[*a].secondary || model.points[*b].secondary;
                            assert!(!overlap || marker, "{at}: the tap areas of points {a} and {b} overlap");
                        }
                    }
                    assert!(!svg.contains(" style="), "{at}: no inline style attribute (strict CSP)");
                }
            }
        }
    }
}

#[test]
fn the_rules_that_show_tooltips_are_the_pages_and_a_standalone_drawings_own() {
    let page_css = include_str!("../../style/main.css");
    assert!(page_css.contains(TOOLTIP_CSS), "style/main.css holds TOOLTIP_CSS verbatim");
    let model = build(ChartId::Deliveries, &fixture(), &ChartSettings::default(), Lang::En);
    let in_page = render_svg(&model, &model.options(800, Theme::Light));
    assert!(!in_page.contains("<style"), "a strict CSP refuses a <style> in the page");
    let standalone = render_svg(&model, &export::standalone_options(&model, Theme::Dark));
    let doc = parse(&standalone);
    let style = doc.descendants().find(|n| n.has_tag_name("style")).and_then(|n| n.text());
    assert_eq!(style, Some(TOOLTIP_CSS), "a file of its own shows its tooltips on hover");
}
