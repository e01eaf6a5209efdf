//! What search engines and publishing tools read about the site, written by
//! the build beside the pages: absolute page addresses, the sitemap and
//! robots.txt. Each needs the site's public address (`SITE_URL`): a relative
//! address in a canonical link, an hreflang alternate or a sitemap is
//! rejected by search engines, so without it they are left out.

use super::pages::Page;
use crate::charts::escape_xml;
use crate::data::Date;
use crate::route::dashboard_page;
use crate::text::Lang;

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
