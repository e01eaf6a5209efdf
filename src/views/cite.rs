//! "Cite": how to cite a chart or the dashboard, as a sentence in the
//! reader's language and as BibTeX, each with a copy button. A citation names
//! the publisher, the title, the version of the data (its `as_of`) and the
//! address, so a reader can find the figures the article was written from.

use crate::data::Date;
use crate::format;
use crate::text::{messages, Lang};

/// One citation, in both forms.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    pub plain: String,
    pub bibtex: String,
}

/// The citation of `title` (a chart's, or the dataset's) at `address`, from
/// the data as of `as_of`; `key` (a chart's id, or `data`) names the BibTeX
/// entry, with the version: `xiaomi-ev-deliveries-2026-07-03`.
pub fn citation(title: &str, key: &str, as_of: Date, address: &str, lang: Lang) -> Citation {
    let text = messages(lang);
    let plain = text.citation(text.product_name, as_of.year, title, &format::date(as_of, lang), address);
    let bibtex = format!(
        "@misc{{xiaomi-ev-{key}-{as_of},\n  author = {{{{{}}}}},\n  title = {{{}}},\n  year = {{{}}},\n  note = {{{} {as_of}}},\n  url = {{{address}}}\n}}",
        bibtex_text(text.product_name),
        bibtex_text(title),
        as_of.year,
        text.data_as_of,
    );
    Citation { plain, bibtex }
}

/// Text as BibTeX reads it: its special characters escaped.
fn bibtex_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '&' | '%' | '#' | '_' | '$' | '{' | '}') {
            escaped.push('\\');
        }
        escaped.push(ch);
    }
    escaped
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::charts::{self, ChartId, ChartSettings};
    use crate::data::fixture;
    use crate::text::ui;

    #[test]
    fn a_citation_names_the_publisher_title_version_and_address_in_each_language() {
        let as_of = Date::parse("2026-07-03").unwrap();
        let english = citation(
            "Deliveries by quarter",
            "deliveries",
            as_of,
            "https://example.org/ev/embed-deliveries-en.html",
            Lang::DEFAULT,
        );
        assert_eq!(
            english.plain,
            "Xiaomi EV dashboard (2026). \u{201c}Deliveries by quarter\u{201d}. Data as of 3 Jul 2026. https://example.org/ev/embed-deliveries-en.html"
        );
        assert_eq!(
            english.bibtex,
            "@misc{xiaomi-ev-deliveries-2026-07-03,\n  author = {{Xiaomi EV dashboard}},\n  title = {Deliveries by quarter},\n  year = {2026},\n  note = {Data as of 2026-07-03},\n  url = {https://example.org/ev/embed-deliveries-en.html}\n}"
        );
        for lang in Lang::ALL {
            let cited = citation("T", "k", as_of, "https://example.org/", lang);
            assert!(
                cited.plain.contains(ui(lang).product_name) && cited.plain.contains(&format::date(as_of, lang)),
                "{lang:?}"
            );
            assert!(cited.bibtex.contains(ui(lang).data_as_of), "{lang:?}: the note in the reader's language");
        }
    }

    #[test]
    fn bibtex_escapes_what_it_would_read_as_commands() {
        let cited = citation("R&D 50% #1 {x} a_b", "k", Date::parse("2026-01-01").unwrap(), "u", Lang::DEFAULT);
        assert!(cited.bibtex.contains("title = {R\\&D 50\\% \\#1 \\{x\\} a\\_b}"), "{}", cited.bibtex);
    }

    #[test]
    fn every_chart_and_the_dashboard_offer_a_citation_before_any_script_runs() {
        for lang in Lang::ALL {
            let query = if lang == Lang::DEFAULT { String::new() } else { format!("?lang={}", lang.code()) };
            let html = crate::views::prerender(fixture(), &query);
            let dataset = fixture();
            assert_eq!(
                html.matches("data-part=\"cite\"").count(),
                ChartId::COUNT + 1,
                "{lang:?}: each chart and the footer"
            );
            for id in ChartId::ALL {
                let title = charts::build(id, &dataset, &ChartSettings::default(), lang).title;
                let escaped = charts::escape_xml(&title);
                let address = format!("{}-{}.html?v={}", id.id(), lang.code(), dataset.as_of);
                assert!(html.contains(&address), "{id:?}: its page's address, pinned to the version cited");
                assert!(html.matches(escaped.as_str()).count() >= 2, "{id:?}: its title in the citation too");
            }
            assert!(html.contains(&format!("note = {{{} {}}}", ui(lang).data_as_of, dataset.as_of)), "{lang:?}");
            let dashboard = format!("{}?v={}", crate::route::dashboard_page(lang), dataset.as_of);
            assert!(html.contains(&dashboard), "{lang:?}: the footer cites the dashboard at this version");
        }
    }
}
