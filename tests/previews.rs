//! Link previews: every chart, in each language, drawn as a 1200 × 630 PNG
//! that is not blank, whose Chinese text the installed fonts can draw (no
//! boxes), and that every page's preview tags name. Needs the CJK fonts the
//! Makefile installs (fonts-noto-cjk).

use resvg::tiny_skia::Pixmap;
use xiaomi_ev_dashboard::charts::{self, ChartId, ChartSettings};
use xiaomi_ev_dashboard::data::{parse_dataset, Dataset};
use xiaomi_ev_dashboard::site::{pages, preview};
use xiaomi_ev_dashboard::text::Lang;

#[expect(clippy::expect_used, reason = "a fixture that does not parse fails every test that reads it")]
fn fixture() -> Dataset {
    parse_dataset(include_str!("fixtures/dataset.json")).expect("the fixture parses")
}

#[test]
fn every_chart_has_a_preview_of_1200_by_630_that_is_not_blank_in_each_language() {
    let (dataset, fonts) = (fixture(), preview::system_fonts());
    for id in ChartId::ALL {
        let mut drawn = Vec::new();
        for lang in Lang::ALL {
            let model = charts::build(id, &dataset, &ChartSettings::default(), lang);
            let png = preview::png(&model, &fonts).expect("the preview renders");
            let pixmap = Pixmap::decode_png(&png).expect("a PNG");
            assert_eq!((pixmap.width(), pixmap.height()), (1200, 630), "{id:?} {lang:?}");
            // Ink: pixels that are not the white background.
            let ink = pixmap.pixels().iter().filter(|p| (p.red(), p.green(), p.blue()) != (255, 255, 255)).count();
            let share = ink as f64 / f64::from(1200 * 630);
            assert!(share > 0.02, "{id:?} {lang:?}: only {:.1}% of the preview is drawn", share * 100.0);
            drawn.push(png);
        }
        assert_ne!(drawn[0], drawn[1], "{id:?}: each language has its own preview");
    }
}

#[test]
fn the_installed_fonts_draw_every_character_of_the_chinese_previews() {
    let (dataset, fonts) = (fixture(), preview::system_fonts());
    for id in ChartId::ALL {
        let model = charts::build(id, &dataset, &ChartSettings::default(), Lang::ZhCn);
        let text = format!("{}{}{}", model.title, model.takeaway, model.source_line().text());
        assert!(
            text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{id:?}: the Chinese preview has CJK text"
        );
        let missing = preview::missing_glyphs(&text, &fonts);
        assert!(missing.is_empty(), "{id:?}: no installed font draws {missing:?} (install fonts-noto-cjk)");
    }
}

#[test]
fn every_page_names_a_preview_the_build_writes() {
    let dataset = fixture();
    let written: Vec<String> =
        ChartId::ALL.iter().flat_map(|id| Lang::ALL.map(|lang| preview::image_path(id.id(), lang))).collect();
    for page in pages::all(&dataset) {
        assert!(written.contains(&page.preview), "{}: {} is written", page.file, page.preview);
        assert!(page.preview.ends_with(&format!("-{}.png", page.lang.code())), "{}: in its language", page.file);
    }
}

/// A standalone SVG rasterised as resvg draws a preview.
#[expect(clippy::expect_used, reason = "an SVG that does not draw fails the test that draws it")]
fn rasterised(svg: &str, fonts: &std::sync::Arc<resvg::usvg::fontdb::Database>) -> Pixmap {
    use resvg::{tiny_skia, usvg};
    let parse = usvg::Options { fontdb: fonts.clone(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &parse).expect("the SVG parses");
    let mut pixmap = Pixmap::new(preview::WIDTH, preview::HEIGHT).expect("a pixmap");
    resvg::render(&tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap
}

#[test]
fn a_preview_shows_no_tooltip_the_drawing_carries() {
    let (dataset, fonts) = (fixture(), preview::system_fonts());
    let options = charts::ChartOptions {
        width: preview::WIDTH,
        height: preview::HEIGHT,
        theme: charts::Theme::Light,
        standalone: true,
    };
    for id in ChartId::ALL {
        let model = charts::build(id, &dataset, &ChartSettings::default(), Lang::En);
        let svg = charts::render_svg(&model, &options);
        let hits = svg.find("<g class=\"hits\"").unwrap_or_else(|| panic!("{id:?}: the points' group"));
        let close = svg.rfind("</svg>").unwrap_or_else(|| panic!("{id:?}: an SVG"));
        let without = format!("{}{}", &svg[..hits], &svg[close..]);
        assert!(rasterised(&svg, &fonts) == rasterised(&without, &fonts), "{id:?}: a tooltip shows in the preview");
    }
}
