//! The URL contract, read from the query string alone so that the app works
//! on any static host, under any sub-path, with no rewrite rules:
//!
//! | parameter | values | default |
//! |---|---|---|
//! | `view` | `dashboard`, `embed`, `present`, `presenter` | `dashboard` |
//! | `chart` | a chart id such as `deliveries` | none (all charts) |
//! | `theme` | `auto`, `light`, `dark` | `auto` |
//! | `lang` | `en`, `zh-CN` | the browser's language |
//! | `slide` | `1` to `999` (present and presenter views) | `1` |
//! | `slides` | chart ids, each with its toggle after a colon and its range after `@`: `target,competitors:2024,deliveries:month@2025-01..2025-12` (present view) | every chart |
//! | `by` | `month`, `quarter`, `year` (deliveries) | `quarter` |
//! | `regions` | `change`, `volume` | `change` |
//! | `year` | `latest`, a year (`2025`), `<year>-so-far`, `<year>-q<quarter>`, `<year>-targets` (competitors) | `latest` |
//! | `scale` | `days-to-100k`, `months-to-profit` | `days-to-100k` |
//! | `fin` | `revenue`, `margin`, `result` | `revenue` |
//! | `from`, `to` | a year, quarter or month (`2025`, `2025-Q3`, `2025-07`): the range of a chart over time | the whole |
//! | `highlight` | periods or carmaker ids, comma-separated, up to 3 (`2025-Q3`, `byd`) | none |
//! | `v` | a kept version of the data, by its date (`2026-07-03`) | the latest |
//!
//! Unknown values fall back to the default and produce a notice for the reader.

use crate::charts::highlight::Highlight;
use crate::charts::range::{Bound, TimeRange};
use crate::charts::{ChartId, ChartSettings};
use crate::data::Date;
use crate::text::Lang;

mod query;
pub use query::{query_pairs, query_value, query_with, query_without};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Dashboard,
    Embed,
    Present,
    /// The presenter's window beside the slides: current and next slide,
    /// notes, sources, the clock.
    Presenter,
}

impl View {
    pub fn from_id(id: &str) -> Option<View> {
        match id {
            "dashboard" => Some(View::Dashboard),
            "embed" => Some(View::Embed),
            "present" => Some(View::Present),
            "presenter" => Some(View::Presenter),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    pub fn id(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<ThemeChoice> {
        match id {
            "auto" => Some(ThemeChoice::Auto),
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    pub chart: Option<ChartId>,
    pub theme: ThemeChoice,
    /// `None`: not given, so the browser's language decides.
    pub lang: Option<Lang>,
    /// Every chart's toggle, each in its own parameter.
    pub settings: ChartSettings,
    /// The presentation's slide, counted from 1.
    pub slide: Option<u32>,
    /// The kept version of the data to show (`data/versions/<date>.json`);
    /// `None`: the latest.
    pub version: Option<Date>,
    /// The slides a presenter chose, in their order; `None`: every chart.
    pub deck: Option<Vec<Slide>>,
}

/// One slide of a chosen deck: a chart, with its own toggle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slide {
    pub chart: ChartId,
    pub settings: ChartSettings,
}

/// Enough slides for any talk; a longer list is cut here, with a notice.
const MAX_DECK: usize = 60;

/// A parameter the app could not use, to tell the reader about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub parameter: String,
    pub value: String,
}

const MAX_VALUE_CHARS: usize = 80;
const MAX_SLIDE: u32 = 999;

impl Route {
    /// Parses `?a=b&c=d` (with or without the `?`). Never fails: anything it
    /// cannot use is left at its default and reported as a [`Notice`].
    pub fn from_query(query: &str) -> (Route, Vec<Notice>) {
        let mut route = Route::default();
        let mut notices = Vec::new();
        let mut deck = None;
        for (key, value) in query_pairs(query) {
            let accepted = match key.as_str() {
                "view" => View::from_id(&value).map(|v| route.view = v),
                "chart" => ChartId::from_id(&value).map(|id| route.chart = Some(id)),
                "theme" => ThemeChoice::from_id(&value).map(|t| route.theme = t),
                "lang" => Lang::from_code(&value).map(|l| route.lang = Some(l)),
                "slide" => {
                    value.parse::<u32>().ok().filter(|n| (1..=MAX_SLIDE).contains(n)).map(|n| route.slide = Some(n))
                }
                "v" => Date::parse(&value).map(|v| route.version = Some(v)),
                "from" => Bound::parse(&value).map(|from| route.settings.range.from = Some(from)),
                "to" => Bound::parse(&value).map(|to| route.settings.range.to = Some(to)),
                "highlight" => {
                    let (highlight, refused) = Highlight::parse(&value);
                    route.settings.highlight = highlight;
                    let named = refused.iter().map(|item| Notice { parameter: key.clone(), value: truncate(item) });
                    notices.extend(named);
                    Some(())
                }
                // Read once the whole address is, so a slide's own toggle
                // wins over the chart's parameter wherever that comes.
                "slides" => {
                    deck = Some(value.clone());
                    Some(())
                }
                other => match ChartId::ALL.into_iter().find(|c| c.toggle_param() == Some(other)) {
                    Some(chart) => route.settings.set(chart, &value).then_some(()),
                    // Parameters owned by the host page (utm_*, ...) are ignored quietly.
                    None => Some(()),
                },
            };
            if accepted.is_none() {
                notices.push(Notice { parameter: truncate(&key), value: truncate(&value) });
            }
        }
        // A range that ends before it starts cuts nothing: both ends are named and ignored.
        let range = route.settings.range;
        if range.is_reversed() {
            for (parameter, bound) in [("from", range.from), ("to", range.to)] {
                let value = bound.map(|b| b.period().to_string()).unwrap_or_default();
                notices.push(Notice { parameter: parameter.to_owned(), value });
            }
            route.settings.range = TimeRange::default();
        }
        if let Some(list) = deck {
            route.deck = Some(route.read_deck(&list, &mut notices));
        }
        (route, notices)
    }

    /// `target,competitors:2024,deliveries@2025..`: each chart by its id, with
    /// its toggle after a colon and its range after `@`. An unknown id is
    /// named in a notice and skipped; an unknown toggle or a range that cannot
    /// be used is named and the chart keeps the address's choice.
    fn read_deck(&self, list: &str, notices: &mut Vec<Notice>) -> Vec<Slide> {
        let mut deck = Vec::new();
        for (index, item) in list.split(',').filter(|item| !item.is_empty()).enumerate() {
            // `deliveries:month@2025-01..2025-12`: the chart, its toggle, its range.
            let (chosen, range) = item.split_once('@').map_or((item, None), |(chosen, range)| (chosen, Some(range)));
            let (id, option) = chosen.split_once(':').map_or((chosen, None), |(id, option)| (id, Some(option)));
            let chart = ChartId::from_id(id).filter(|_| index < MAX_DECK);
            let mut settings = self.settings;
            let range_read = range.is_none_or(|range| match read_range(range) {
                Some(range) => {
                    settings.range = range;
                    true
                }
                None => false,
            });
            let understood =
                range_read && chart.is_some_and(|chart| option.is_none_or(|option| settings.set(chart, option)));
            if !understood {
                notices.push(Notice { parameter: "slides".to_owned(), value: truncate(item) });
            }
            deck.extend(chart.map(|chart| Slide { chart, settings }));
        }
        deck
    }

    /// The query string that restores this route, without defaults.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        match self.view {
            View::Dashboard => {}
            View::Embed => parts.push("view=embed".to_owned()),
            View::Present => parts.push("view=present".to_owned()),
            View::Presenter => parts.push("view=presenter".to_owned()),
        }
        if let Some(chart) = self.chart {
            parts.push(format!("chart={}", chart.id()));
        }
        let defaults = ChartSettings::default();
        for chart in ChartId::ALL {
            if let (Some(param), Some(value)) = (chart.toggle_param(), self.settings.selected(chart)) {
                if defaults.selected(chart).as_ref() != Some(&value) {
                    parts.push(format!("{param}={value}"));
                }
            }
        }
        let range = self.settings.range;
        for (param, bound) in [("from", range.from), ("to", range.to)] {
            if let Some(bound) = bound {
                parts.push(format!("{param}={}", bound.period()));
            }
        }
        if !self.settings.highlight.is_empty() {
            parts.push(format!("highlight={}", self.settings.highlight.id()));
        }
        if self.theme != ThemeChoice::Auto {
            parts.push(format!("theme={}", self.theme.id()));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        if let Some(deck) = &self.deck {
            let slides: Vec<String> = deck.iter().map(|slide| self.slide_id(slide)).collect();
            parts.push(format!("slides={}", slides.join(",")));
        }
        if let Some(slide) = self.slide {
            parts.push(format!("slide={slide}"));
        }
        if let Some(version) = self.version {
            parts.push(format!("v={version}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

impl Route {
    /// The slides to show: the chosen deck, or every chart in the
    /// dashboard's order with the address's toggles.
    pub fn slides(&self) -> Vec<Slide> {
        let every = || ChartId::ALL.map(|chart| Slide { chart, settings: self.settings }).to_vec();
        self.deck.clone().unwrap_or_else(every)
    }

    /// A slide as the deck writes it: its chart's id, and its toggle where it
    /// differs from the address's own choice for that chart.
    fn slide_id(&self, slide: &Slide) -> String {
        let chart = slide.chart;
        let mut id =
            match slide.settings.selected(chart).filter(|own| self.settings.selected(chart).as_ref() != Some(own)) {
                Some(own) => format!("{}:{own}", chart.id()),
                None => chart.id().to_owned(),
            };
        let range = slide.settings.range;
        if range != self.settings.range && chart.chart().over_time {
            let end = |bound: Option<Bound>| bound.map(|b| b.period().to_string()).unwrap_or_default();
            id.push_str(&format!("@{}..{}", end(range.from), end(range.to)));
        }
        id
    }
}

/// A slide's own range, `2025-01..2025-12` (either end may be left out, as
/// in `2025..`); `None` when an end is not a period or it is reversed.
fn read_range(text: &str) -> Option<TimeRange> {
    let (from, to) = text.split_once("..")?;
    let end = |text: &str| if text.is_empty() { Some(None) } else { Bound::parse(text).map(Some) };
    let range = TimeRange { from: end(from)?, to: end(to)? };
    (!range.is_reversed()).then_some(range)
}

fn truncate(text: &str) -> String {
    if text.chars().count() > MAX_VALUE_CHARS {
        text.chars().take(MAX_VALUE_CHARS).chain(std::iter::once('…')).collect()
    } else {
        text.to_owned()
    }
}

/// The prerendered dashboard in `lang`, beside `index.html` (English).
pub fn dashboard_page(lang: Lang) -> String {
    // The default language's dashboard is the site's index; no language is named here.
    if lang == Lang::default() {
        "index.html".to_owned()
    } else {
        format!("{}.html", lang.code())
    }
}

/// The stable address of a chart's prerendered embed, beside `index.html`.
pub fn embed_page(id: ChartId, lang: Lang) -> String {
    embed_page_named(id.id(), lang)
}

/// The readable change lists of every published version, in one language
/// (written by `site::change_pages`).
pub fn changes_page(lang: Lang) -> String {
    format!("changes-{}.html", lang.code())
}

/// The id of a version's section on the change page: `v-2026-12-07`.
pub fn changes_section(as_of: Date) -> String {
    format!("v-{as_of}")
}

/// A chart's embed under one of its ids, its own or one it had before.
pub fn embed_page_named(slug: &str, lang: Lang) -> String {
    format!("embed-{slug}-{}.html", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_range_is_read_in_the_datas_period_forms_and_written_back_the_same() {
        let (route, notices) = Route::from_query("?by=month&from=2025-01&to=2025-Q4");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            route.settings.range,
            TimeRange { from: Some(Bound::Month(2025, 1)), to: Some(Bound::Quarter(2025, 4)) }
        );
        assert_eq!(route.to_query(), "?by=month&from=2025-01&to=2025-Q4");
        let (open_start, _) = Route::from_query("?to=2025");
        assert_eq!(open_start.settings.range, TimeRange { from: None, to: Some(Bound::Year(2025)) });
        // Every slide of a deck takes the address's range.
        let (deck, _) = Route::from_query("?view=present&slides=deliveries,cumulative&from=2025");
        assert!(deck.slides().iter().all(|slide| slide.settings.range.from == Some(Bound::Year(2025))));
    }

    #[test]
    fn a_highlight_is_read_written_back_and_what_it_cannot_use_is_named() {
        let (route, notices) = Route::from_query("?highlight=2025-Q3,byd,Not%20an%20id");
        assert_eq!(route.settings.highlight.id(), "2025-Q3,byd");
        let named: Vec<(&str, &str)> = notices.iter().map(|n| (n.parameter.as_str(), n.value.as_str())).collect();
        assert_eq!(named, [("highlight", "Not an id")]);
        assert_eq!(route.to_query(), "?highlight=2025-Q3,byd");
    }

    #[test]
    fn each_slide_may_have_its_own_range_and_the_deck_writes_it_back() {
        let query = "?view=present&slides=deliveries:month@2025-01..2025-12,cumulative@2025..,target";
        let (route, notices) = Route::from_query(query);
        assert!(notices.is_empty(), "{notices:?}");
        let slides = route.slides();
        assert_eq!(slides[0].settings.range, TimeRange { from: Bound::parse("2025-01"), to: Bound::parse("2025-12") });
        assert_eq!(slides[1].settings.range, TimeRange { from: Bound::parse("2025"), to: None });
        assert!(slides[2].settings.range.is_whole());
        assert_eq!(route.to_query(), query);
        let (route, notices) = Route::from_query("?view=present&slides=deliveries@2026..2025,cumulative@july..");
        assert_eq!(notices.len(), 2, "a reversed and a malformed range: {notices:?}");
        // As with an unknown toggle, the slide stays, with the address's choice.
        assert_eq!(route.slides().len(), 2);
        assert!(route.slides().iter().all(|slide| slide.settings.range.is_whole()));
    }

    #[test]
    fn a_malformed_or_reversed_range_is_named_in_a_notice_and_ignored() {
        let (route, notices) = Route::from_query("?from=2025-13&to=last-year");
        assert!(route.settings.range.is_whole());
        let named: Vec<(&str, &str)> = notices.iter().map(|n| (n.parameter.as_str(), n.value.as_str())).collect();
        assert_eq!(named, [("from", "2025-13"), ("to", "last-year")]);
        let (route, notices) = Route::from_query("?from=2026-Q2&to=2025");
        assert!(route.settings.range.is_whole(), "a reversed range cuts nothing");
        let named: Vec<(&str, &str)> = notices.iter().map(|n| (n.parameter.as_str(), n.value.as_str())).collect();
        assert_eq!(named, [("from", "2026-Q2"), ("to", "2025")]);
        assert_eq!(route.to_query(), "");
    }

    #[test]
    fn reads_every_documented_parameter() {
        let (route, notices) =
            Route::from_query("?view=embed&chart=deliveries&theme=dark&lang=zh-CN&by=month&slide=3&v=2026-01-02");
        assert_eq!(route.slide, Some(3));
        assert_eq!(route.version, Date::parse("2026-01-02"));
        assert!(notices.is_empty());
        assert_eq!(route.view, View::Embed);
        assert_eq!(route.chart, Some(ChartId::Deliveries));
        assert_eq!(route.theme, ThemeChoice::Dark);
        assert_eq!(route.lang, Some(Lang::ZhCn));
        assert_eq!(route.settings.deliveries, crate::charts::DeliveriesBy::Month);
        assert_eq!(Route::from_query(&route.to_query()).0, route);
    }

    #[test]
    fn unknown_values_fall_back_to_defaults_with_a_notice() {
        let (route, notices) =
            Route::from_query("view=slides&chart=nope&theme=pink&lang=fr&by=week&utm_source=x&v=../x&v=2026-02-30");
        assert_eq!(route, Route::default());
        let names: Vec<&str> = notices.iter().map(|n| n.parameter.as_str()).collect();
        assert_eq!(names, ["view", "chart", "theme", "lang", "by", "v", "v"]);
    }

    #[test]
    fn bad_escapes_and_long_values_are_handled() {
        let long = "x".repeat(10_000);
        let (_, notices) =
            Route::from_query(&format!("chart=%ff%fe%&theme=%zz&view={long}&slide=-1&slide=0&slide=99999999999"));
        assert_eq!(notices.len(), 6);
        assert!(notices[2].value.chars().count() <= MAX_VALUE_CHARS + 1);
    }

    #[test]
    fn a_deck_keeps_its_order_and_each_slides_own_toggle() {
        let (route, notices) = Route::from_query("view=present&slides=target,competitors:2024,cumulative&year=2025");
        assert!(notices.is_empty(), "{notices:?}");
        let deck = route.deck.clone().expect("a deck");
        let charts: Vec<ChartId> = deck.iter().map(|slide| slide.chart).collect();
        assert_eq!(charts, [ChartId::Target, ChartId::Competitors, ChartId::Cumulative]);
        // The slide's own toggle wins over the chart's parameter, which the others keep.
        assert_eq!(deck[1].settings.selected(ChartId::Competitors).as_deref(), Some("2024"));
        assert_eq!(deck[0].settings.selected(ChartId::Competitors).as_deref(), Some("2025"));
        assert_eq!(route.to_query(), "?view=present&year=2025&slides=target,competitors:2024,cumulative");
        assert_eq!(Route::from_query(&route.to_query()).0, route);
    }

    #[test]
    fn an_unknown_slide_is_named_and_skipped_and_an_unknown_toggle_keeps_the_chart() {
        let (route, notices) = Route::from_query("view=present&slides=nope,deliveries:fortnight,,regions");
        let charts: Vec<ChartId> = route.deck.expect("a deck").iter().map(|slide| slide.chart).collect();
        assert_eq!(charts, [ChartId::Deliveries, ChartId::Regions]);
        let named: Vec<(&str, &str)> = notices.iter().map(|n| (n.parameter.as_str(), n.value.as_str())).collect();
        assert_eq!(named, [("slides", "nope"), ("slides", "deliveries:fortnight")]);
    }

    #[test]
    fn a_deck_longer_than_any_talk_is_cut_with_a_notice() {
        let list = vec!["target"; MAX_DECK + 5].join(",");
        let (route, notices) = Route::from_query(&format!("slides={list}"));
        assert_eq!(route.deck.map(|deck| deck.len()), Some(MAX_DECK));
        assert_eq!(notices.len(), 5);
    }

    proptest! {
        #[test]
        fn any_query_parses_without_panic(query in ".{0,300}") {
            let (route, _) = Route::from_query(&query);
            let _ = route.to_query();
        }
    }
}
