//! What search engines and publishing tools read about the site, written by
//! the build beside the pages: absolute page addresses, the sitemap,
//! robots.txt and the schema.org description of the data. Addresses need the
//! site's public address (`SITE_URL`): a relative address in a canonical
//! link, an hreflang alternate or a sitemap is rejected by search engines, so
//! without it those are left out.

use super::page::Page;
use super::preview;
use crate::analysis::key_numbers::tagline;
use crate::charts::{self, escape_xml, ChartId, ChartModel, ChartSettings};
use crate::data::{package, Dataset, Date, Period, PACKAGE_NAME};
use crate::route::dashboard_page;
use crate::text::{ui, Lang};
use crate::views::share;
use serde_json::json;

/// The file search engines look for the sitemap in.
pub const SITEMAP_FILE: &str = "sitemap.xml";
pub const ROBOTS_FILE: &str = "robots.txt";

/// A page's public address: `site` (ending in `/`) and its file, but the
/// site's address itself for the default dashboard, which readers and search
/// engines know as the folder rather than `index.html`.
pub fn page_address(site: &str, file: &str) -> String {
    if file == dashboard_page(Lang::DEFAULT) {
        site.to_owned()
    } else {
        format!("{site}{file}")
    }
}

/// Every page at its own address (copies kept at a chart's former address
/// are left out: they name the current page as canonical), each with its
/// language alternates, last modified when the data was.
pub fn sitemap(pages: &[Page], site: &str, modified: Date) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|page| page.file == page.canonical) {
        xml.push_str(&format!(
            "<url><loc>{}</loc><lastmod>{modified}</lastmod>",
            escape_xml(&page_address(site, &page.file))
        ));
        for (lang, file) in &page.alternates {
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                lang.code(),
                escape_xml(&page_address(site, file))
            ));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Every page may be crawled; the sitemap is named when the site's address is known.
pub fn robots(site: Option<&str>) -> String {
    let sitemap = site.map(|site| format!("Sitemap: {site}{SITEMAP_FILE}\n")).unwrap_or_default();
    format!("User-agent: *\nAllow: /\n{sitemap}")
}

/// The licence of the compilation, as the dataset's `licence` text states it
/// (CC BY 4.0; a test keeps the two together).
pub const COMPILATION_LICENCE: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The schema.org description of the page for dataset search: the
/// [`Dataset`] (name, description, creator, licence, temporal coverage, date
/// modified, the sources it is based on, and its downloads) and, on a chart's
/// page, the chart as an image based on it. Addresses are the site's when
/// known, else relative to the page. JSON-LD is data, not script: it runs
/// under any Content-Security-Policy.
pub fn structured_data(dataset: &Dataset, page: &Page, site: Option<&str>) -> String {
    let site_address = |file: &str| match site {
        Some(site) => page_address(site, file),
        None => file.to_owned(),
    };
    let dashboard = site_address(&dashboard_page(page.lang));
    let dataset_id = format!("{dashboard}#dataset");
    let text = ui(page.lang);
    let creator = json!({ "@type": "Organization", "name": text.product_name, "url": site_address(&dashboard_page(Lang::DEFAULT)) });
    let model = page.chart.map(|id| charts::build(id, dataset, &ChartSettings::default(), page.lang));
    let mut graph = vec![dataset_description(
        dataset,
        page.lang,
        model.as_ref(),
        (&dataset_id, &dashboard, &creator),
        site_address,
    )];
    if let Some(model) = model {
        graph.push(json!({
            "@type": "ImageObject",
            "@id": format!("{}#chart", site_address(&page.canonical)),
            "name": model.title,
            "description": model.takeaway,
            "url": site_address(&page.canonical),
            "contentUrl": site_address(&page.preview),
            "thumbnailUrl": site_address(&page.preview),
            "encodingFormat": "image/png",
            "inLanguage": page.lang.code(),
            "isBasedOn": { "@id": dataset_id },
            "creator": creator,
            "creditText": text.product_name,
            "copyrightNotice": text.footer_licence,
            "license": COMPILATION_LICENCE,
            "acquireLicensePage": dashboard,
        }));
    }
    let json = json!({ "@context": "https://schema.org", "@graph": graph }).to_string();
    // Inside <script>, "</" could end the element early.
    format!("<script type=\"application/ld+json\">{}</script>", json.replace("</", "<\\/"))
}

/// The dataset as schema.org describes one. On a chart's page it lists only
/// the sources and downloads behind that chart: every page is kept offline,
/// and the whole list on each would cost more than the chart itself.
fn dataset_description(
    dataset: &Dataset,
    lang: Lang,
    chart: Option<&ChartModel>,
    (id, dashboard, creator): (&str, &str, &serde_json::Value),
    address: impl Fn(&str) -> String,
) -> serde_json::Value {
    let text = ui(lang);
    let periods = dataset.series.iter().flat_map(|series| series.values.iter().map(|value| &value.period));
    let first = periods.clone().map(Period::first_day).min();
    let last = periods.map(Period::last_day).max();
    let package = format!("data/{PACKAGE_NAME}");
    let mut distribution = vec![json!({
        "@type": "DataDownload",
        "name": format!("{PACKAGE_NAME}.zip"),
        "description": text.download_all_data_about,
        "encodingFormat": "application/zip",
        "contentUrl": address(&format!("{package}.zip")),
    })];
    let drawn = |name: &str| {
        chart.is_none_or(|model| {
            name == "sources.csv"
                || model.points.iter().any(|point| name.strip_suffix(".csv") == Some(&point.series_id))
        })
    };
    distribution.extend(package::files(dataset, &[]).into_iter().filter(|(name, _)| name.ends_with(".csv") && drawn(name)).map(|(name, _)| {
        json!({ "@type": "DataDownload", "name": name, "encodingFormat": "text/csv", "contentUrl": address(&format!("{package}/{name}")) })
    }));
    let description = [tagline(dataset, lang).as_str(), text.dataset_about].join(text.word_gap);
    let based_on: Vec<&str> = match chart {
        Some(model) => model.sources.iter().filter_map(|source| source.url.as_deref()).collect(),
        None => dataset.sources.iter().filter_map(|source| source.url.as_deref()).collect(),
    };
    json!({
        "@type": "Dataset",
        "@id": id,
        "name": dataset.title.get(lang),
        "description": description,
        "url": dashboard,
        "inLanguage": lang.code(),
        "creator": creator,
        "license": COMPILATION_LICENCE,
        "temporalCoverage": first.zip(last).map(|(first, last)| format!("{first}/{last}")),
        "dateModified": dataset.as_of.to_string(),
        "isBasedOn": based_on,
        "distribution": distribution,
    })
}

/// Where a chart's oEmbed document is written, in the site's folder.
pub fn oembed_file(id: ChartId, lang: Lang) -> String {
    format!("oembed/{}-{}.json", id.id(), lang.code())
}

/// The height the embed code's iframe starts at, before `embed.js` sizes it.
const EMBED_HEIGHT: u32 = 640;

/// A chart's oEmbed document (oembed.com, version 1.0, type `rich`): the
/// embed code the share panel gives, at the site's public address, so that
/// a publishing tool given the chart's page embeds it. Only with the site's
/// address: embed code pasted into another site needs absolute addresses.
pub fn oembed(dataset: &Dataset, id: ChartId, lang: Lang, site: &str) -> String {
    let model = charts::build(id, dataset, &ChartSettings::default(), lang);
    let text = ui(lang);
    json!({
        "version": "1.0",
        "type": "rich",
        "html": share::embed_code_in(site, id, ChartSettings::default(), lang, &model, None),
        "width": 800,
        "height": EMBED_HEIGHT,
        "title": model.title,
        "provider_name": text.product_name,
        "provider_url": page_address(site, &dashboard_page(lang)),
        "thumbnail_url": format!("{site}{}", preview::image_path(id.id(), lang)),
        "thumbnail_width": preview::WIDTH,
        "thumbnail_height": preview::HEIGHT,
    })
    .to_string()
}

/// The link on a chart's page that tells publishing tools where its oEmbed document is.
pub fn oembed_link(page: &Page, site: &str) -> String {
    page.chart
        .map(|id| {
            format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
                escape_xml(&format!("{site}{}", oembed_file(id, page.lang))),
                escape_xml(&page.title)
            )
        })
        .unwrap_or_default()
}
