//! The prerendered pages the build writes beside `index.html`: the dashboard
//! in each language and every chart's embed in each language, each complete
//! without script (text, notes, tables, source lines and chart SVGs at a
//! default width). The app then takes over the page in the browser.

use super::discovery::{self, page_address};
use super::page::Page;
use super::preview;
use crate::analysis::key_numbers::tagline;
use crate::charts::{self, escape_xml, ChartId, ChartSettings};
use crate::data::Dataset;
use crate::route::{changes_page, dashboard_page, embed_page, embed_page_named};
use crate::text::ui;
use crate::text::Lang;
use crate::views::prerender;

/// The environment variable that gives the site's public address, such as
/// `https://example.org/ev/`: preview tags need absolute addresses.
pub const SITE_URL_VARIABLE: &str = "SITE_URL";

/// Every page, in a stable order: the dashboards, then each chart's embeds
/// (each followed by its copies at the chart's former addresses).
pub fn all(dataset: &Dataset) -> Vec<Page> {
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        let text = ui(lang);
        let file = dashboard_page(lang);
        let query = if lang == Lang::default() { String::new() } else { format!("lang={}", lang.code()) };
        pages.push(Page {
            canonical: file.clone(),
            file,
            query,
            lang,
            title: text.product_name.to_owned(),
            description: tagline(dataset, lang),
            alternates: Lang::ALL.into_iter().map(|l| (l, dashboard_page(l))).collect(),
            // The dashboard's preview is its first chart.
            preview: preview::image_path(ChartId::ALL[0].id(), lang),
            chart: None,
        });
    }
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let model = charts::build(id, dataset, &ChartSettings::default(), lang);
            let page = Page {
                file: embed_page(id, lang),
                canonical: embed_page(id, lang),
                query: format!("view=embed&chart={}&lang={}", id.id(), lang.code()),
                lang,
                title: [model.title.as_str(), ui(lang).product_name].join(ui(lang).dot_separator),
                description: model.takeaway,
                alternates: Lang::ALL.into_iter().map(|l| (l, embed_page(id, l))).collect(),
                preview: preview::image_path(id.id(), lang),
                chart: Some(id),
            };
            // Articles link to a chart's former address: the same page is kept there.
            let kept: Vec<Page> = id
                .chart()
                .former_slugs
                .iter()
                .map(|former| Page { file: embed_page_named(former, lang), ..page.clone() })
                .collect();
            pages.push(page);
            pages.extend(kept);
        }
    }
    pages
}

/// `template` (the built `index.html`) with this page's language, head
/// (ending with `structured_data`, [`discovery::structured_data`]) and body.
/// `site` is the site's public address (ending in `/`), which the preview
/// tags need to resolve; without it they hold relative addresses. `None`
/// when the template lacks a part it needs.
pub fn fill(template: &str, page: &Page, body: &str, site: Option<&str>, structured_data: &str) -> Option<String> {
    let html_start = template.find("<html")?;
    let html_end = html_start + template[html_start..].find('>')? + 1;
    let title_start = template.find("<title>")? + "<title>".len();
    let title_end = title_start + template[title_start..].find("</title>")?;
    let head_end = template.find("</head>")?;
    let body_start = template.find("<body>")? + "<body>".len();
    let body_end = template.rfind("</body>")?;
    if !(html_end <= title_start && title_end <= head_end && head_end < body_start && body_start <= body_end) {
        return None;
    }
    // boot.js says it in the page's language if the app cannot start.
    let html_tag = format!(
        "<html lang=\"{}\" data-page-query=\"{}\" data-start-failed=\"{}\" data-prerendered>",
        page.lang.code(),
        escape_xml(&page.query),
        escape_xml(crate::text::ui(page.lang).start_failed)
    );
    let head_extra = format!(
        "<meta name=\"description\" content=\"{}\">{}{}{structured_data}",
        escape_xml(&page.description),
        site.map(|site| addresses(page, site)).unwrap_or_default(),
        preview_tags(page, site)
    );
    Some(format!(
        "{}{html_tag}{}{}{}{head_extra}{}{body}{}",
        &template[..html_start],
        &template[html_end..title_start],
        escape_xml(&page.title),
        without_build_directives(&template[title_end..head_end]),
        &template[head_end..body_start],
        &template[body_end..],
    ))
}

/// The page's canonical address and the same page in each language (and, as
/// `x-default`, in the default one), all absolute, and a chart's oEmbed document.
fn addresses(page: &Page, site: &str) -> String {
    let link = |rel: &str, lang: Option<&str>, file: &str| {
        let hreflang = lang.map(|code| format!(" hreflang=\"{code}\"")).unwrap_or_default();
        format!("<link rel=\"{rel}\"{hreflang} href=\"{}\">", escape_xml(&page_address(site, file)))
    };
    let mut tags = link("canonical", None, &page.canonical);
    for (lang, file) in &page.alternates {
        tags.push_str(&link("alternate", Some(lang.code()), file));
        if *lang == Lang::DEFAULT {
            tags.push_str(&link("alternate", Some("x-default"), file));
        }
    }
    tags.push_str(&discovery::oembed_link(page, site));
    tags
}

/// Open Graph and Twitter card tags: title, the takeaway as description, and
/// the 1200 × 630 preview image, at `site`'s addresses; without a site, the
/// image's address is relative and the page's own (`og:url`) is left out.
fn preview_tags(page: &Page, site: Option<&str>) -> String {
    let (title, description) = (escape_xml(&page.title), escape_xml(&page.description));
    let url = site
        .map(|site| {
            format!("<meta property=\"og:url\" content=\"{}\">", escape_xml(&page_address(site, &page.canonical)))
        })
        .unwrap_or_default();
    let image = escape_xml(&format!("{}{}", site.unwrap_or_default(), page.preview));
    let locale = ui(page.lang).og_locale;
    format!(
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">{url}\
         <meta property=\"og:image\" content=\"{image}\"><meta property=\"og:image:width\" content=\"{w}\">\
         <meta property=\"og:image:height\" content=\"{h}\"><meta property=\"og:image:alt\" content=\"{title}\">\
         <meta property=\"og:locale\" content=\"{locale}\"><meta name=\"twitter:card\" content=\"summary_large_image\">\
         <meta name=\"twitter:title\" content=\"{title}\"><meta name=\"twitter:description\" content=\"{description}\">\
         <meta name=\"twitter:image\" content=\"{image}\">",
        w = preview::WIDTH,
        h = preview::HEIGHT,
    )
}

/// The site's public address from `SITE_URL`, ending in `/`; `None` when it
/// is unset or is not an http(s) address.
pub fn site_url() -> Option<String> {
    let url = std::env::var(SITE_URL_VARIABLE).ok()?;
    let url = url.trim();
    (url.starts_with("https://") || url.starts_with("http://")).then(|| {
        if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        }
    })
}

/// `head` without the `<link rel=rust>` Trunk leaves in its output when it
/// does not inject the scripts itself (`inject_scripts = false`): an
/// instruction to the build, meaningless to a browser.
fn without_build_directives(head: &str) -> String {
    let mut kept = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link") {
        let Some(length) = rest[start..].find('>') else { break };
        let tag = &rest[start..=start + length];
        kept.push_str(&rest[..start]);
        if !(tag.contains("rel=rust") || tag.contains("rel=\"rust\"")) {
            kept.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    kept.push_str(rest);
    kept
}

/// Writes every page into `dir`, from its `index.html`, with preview tags at
/// `site`'s addresses, the [`manifest`], robots.txt and, with a site, the
/// sitemap and each chart's oEmbed documents. Returns the files written.
pub fn write_all(
    dataset: &Dataset,
    dir: &std::path::Path,
    site: Option<&str>,
) -> Result<Vec<std::path::PathBuf>, String> {
    let template_path = dir.join("index.html");
    let template =
        std::fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let mut written = Vec::new();
    let pages = all(dataset);
    for page in &pages {
        let body = prerender(dataset.clone(), &format!("?{}", page.query));
        let html = fill(&template, page, &body, site, &discovery::structured_data(dataset, page, site))
            .ok_or_else(|| format!("{} lacks <html>, <title>, </head> or <body>", template_path.display()))?;
        let path = dir.join(&page.file);
        std::fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    let mut files = vec![
        (MANIFEST_FILE.to_owned(), manifest(dataset).to_string()),
        (discovery::ROBOTS_FILE.to_owned(), discovery::robots(site)),
    ];
    if let Some(site) = site {
        files.push((discovery::SITEMAP_FILE.to_owned(), discovery::sitemap(&pages, site, dataset.as_of)));
        std::fs::create_dir_all(dir.join("oembed"))
            .map_err(|e| format!("cannot create {}/oembed: {e}", dir.display()))?;
        for id in ChartId::ALL {
            files.extend(
                Lang::ALL.map(|lang| (discovery::oembed_file(id, lang), discovery::oembed(dataset, id, lang, site))),
            );
        }
    }
    for (file, contents) in files {
        let path = dir.join(file);
        std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// The file the build writes beside the pages for the browser tests, which
/// read the chart list and the languages from it instead of repeating them.
pub const MANIFEST_FILE: &str = "charts.json";

/// Each chart in reading order (its id, former ids, and its toggle's
/// parameter, default and options on this dataset) and each language (its
/// code, dashboard and change pages, and the words a test finds its pages by).
pub fn manifest(dataset: &Dataset) -> serde_json::Value {
    let charts: Vec<serde_json::Value> = ChartId::ALL
        .into_iter()
        .map(|id| {
            let toggle = id.toggle_param().map(|param| {
                serde_json::json!({
                    "param": param,
                    "default": ChartSettings::default().selected(id),
                    "shown_by_default": ChartSettings::default().shown(id, dataset),
                    "options": id.toggle_options(dataset, Lang::default()).into_iter().map(|o| o.id).collect::<Vec<_>>(),
                })
            });
            serde_json::json!({ "id": id.id(), "former_ids": id.chart().former_slugs, "toggle": toggle })
        })
        .collect();
    let languages: Vec<serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let text = ui(lang);
            serde_json::json!({
                "code": lang.code(),
                "dashboard": dashboard_page(lang),
                "changes": changes_page(lang),
                "product_name": text.product_name,
                "source_label": text.source_label,
            })
        })
        .collect();
    serde_json::json!({ "charts": charts, "languages": languages })
}
