//! One prerendered page as the build describes it: where it is written, the
//! query it stands for and what its head says. The pages module writes it;
//! the discovery module describes it to search engines and publishing tools.

use crate::charts::ChartId;
use crate::text::Lang;

/// One prerendered page: where it is written, the query it stands for and
/// what its `<head>` says.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub file: String,
    /// The page's own address, for `<link rel="canonical">` and `og:url`:
    /// its file, but for a page kept at a chart's former address, the page
    /// at its address now.
    pub canonical: String,
    /// The query the page renders (`lang=zh-CN`); the app reads it from
    /// `<html data-page-query>`, and a query in the address bar overrides it.
    pub query: String,
    pub lang: Lang,
    pub title: String,
    pub description: String,
    /// The same page in each language (this one included), for
    /// `<link rel="alternate" hreflang>`: search engines offer a reader theirs.
    pub alternates: Vec<(Lang, String)>,
    /// The link preview image (`preview::image_path`), for the Open Graph
    /// and Twitter card tags a chat or social post reads.
    pub preview: String,
    /// The chart a chart's page shows; `None` for a dashboard.
    pub chart: Option<ChartId>,
}
