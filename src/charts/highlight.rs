//! A reader's highlight (`highlight=2025-Q3`, `highlight=byd`, several
//! separated by commas, up to [`MAX`]): the periods or carmakers named are
//! drawn in the accent colour with an outline (not by colour alone), every
//! other mark muted, and the takeaway names each with its value. A name that
//! matches nothing in the chart is said in its notes.

use super::range::Bound;
use super::{messages, ChartModel, ColorRole, DataPoint, Layout};
use crate::data::Dataset;
use crate::format;
use crate::text::Lang;

/// How many marks one address may highlight: enough to compare, few enough to stand out.
pub const MAX: usize = 3;

/// A carmaker's id as the data writes it (`byd`, `li-auto`), kept inline so
/// that the settings stay `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MakerId {
    bytes: [u8; 24],
    len: u8,
}

impl MakerId {
    /// Lower-case letters, digits and hyphens, at most 24 of them.
    fn parse(text: &str) -> Option<MakerId> {
        let valid = !text.is_empty()
            && text.len() <= 24
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let mut bytes = [0; 24];
        bytes.get_mut(..text.len())?.copy_from_slice(text.as_bytes());
        valid.then_some(MakerId { bytes, len: text.len() as u8 })
    }

    pub fn as_str(&self) -> &str {
        self.bytes.get(..usize::from(self.len)).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default()
    }
}

/// One thing to highlight: a period, or a carmaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Period(Bound),
    Maker(MakerId),
}

impl Mark {
    /// As an address writes it: `2025-Q3`, `byd`.
    pub fn id(&self) -> String {
        match self {
            Mark::Period(bound) => bound.period().to_string(),
            Mark::Maker(maker) => maker.as_str().to_owned(),
        }
    }
}

/// The marks an address asks to highlight, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Highlight {
    marks: [Option<Mark>; MAX],
}

impl Highlight {
    /// `2025-Q3,byd`: each a period or a carmaker's id. Also returns the
    /// items that are neither, or beyond [`MAX`], for the notice.
    pub fn parse(list: &str) -> (Highlight, Vec<String>) {
        let mut highlight = Highlight::default();
        let mut refused = Vec::new();
        let mut slots = highlight.marks.iter_mut();
        for item in list.split(',').map(str::trim).filter(|item| !item.is_empty()) {
            let mark = Bound::parse(item).map(Mark::Period).or_else(|| MakerId::parse(item).map(Mark::Maker));
            match mark.and_then(|mark| slots.next().map(|slot| (mark, slot))) {
                Some((mark, slot)) => *slot = Some(mark),
                None => refused.push(item.to_owned()),
            }
        }
        (highlight, refused)
    }

    pub fn marks(&self) -> impl Iterator<Item = &Mark> {
        self.marks.iter().flatten()
    }

    pub fn is_empty(&self) -> bool {
        self.marks().next().is_none()
    }

    /// As an address writes it: `2025-Q3,byd`.
    pub fn id(&self) -> String {
        self.marks().map(Mark::id).collect::<Vec<_>>().join(",")
    }
}

/// Highlights `highlight`'s marks in `model`: each point whose period or
/// maker is named takes the accent and an outline, every other one is muted,
/// and the takeaway names them; a mark that matches nothing is said in the notes.
pub fn apply(model: &mut ChartModel, highlight: &Highlight, dataset: &Dataset, lang: Lang) {
    if highlight.is_empty() {
        return;
    }
    let text = messages(lang);
    let maker_of = |series: &str| dataset.series(series).map(|s| s.entity.as_str());
    // A marker over a bar (a CPCA count) is not highlighted: its bar is.
    let matches = |mark: &Mark, point: &DataPoint| {
        !point.secondary
            && match mark {
                Mark::Period(bound) => point.period == bound.period(),
                Mark::Maker(maker) => maker_of(&point.series_id) == Some(maker.as_str()),
            }
    };
    let mut named = Vec::new();
    let mut unmatched = Vec::new();
    for mark in highlight.marks() {
        let before = model.emphasized.len();
        for (index, point) in model.points.iter().enumerate().filter(|(_, point)| matches(mark, point)) {
            let name = match (model.layout, model.categories.get(point.category)) {
                (Layout::Rows, Some(row)) => row.clone(),
                _ => format::period(&point.period, lang),
            };
            named.push(text.labelled(&name, &point.label(lang)));
            model.emphasized.push(index);
        }
        if model.emphasized.len() == before {
            unmatched.push(mark.id());
        }
    }
    if !model.emphasized.is_empty() {
        for (index, point) in model.points.iter_mut().enumerate() {
            if !point.secondary {
                point.color = if model.emphasized.contains(&index) { ColorRole::Highlight } else { ColorRole::Muted };
            }
        }
        model.takeaway = format!("{}{}{}", model.takeaway, text.word_gap, text.highlighted(&named.join(text.comma)));
    }
    if !unmatched.is_empty() {
        model.notes.insert(0, text.highlight_unmatched(&unmatched.join(text.comma)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_highlight_lists_periods_and_makers_up_to_its_limit() {
        let (highlight, refused) = Highlight::parse("2025-Q3,byd,Li Auto,2025-07,2025,2024");
        assert_eq!(highlight.id(), "2025-Q3,byd,2025-07");
        assert_eq!(refused, ["Li Auto", "2025", "2024"], "not an id, then beyond the limit");
        assert_eq!(Highlight::parse("").0, Highlight::default());
        assert_eq!(MakerId::parse("li-auto").map(|m| m.as_str().to_owned()), Some("li-auto".to_owned()));
        assert_eq!(MakerId::parse(&"x".repeat(25)), None);
    }
}

#[cfg(test)]
mod chart_tests {
    use super::*;
    use crate::charts::{build, render_svg, ChartId, ChartOptions, ChartSettings, Theme};
    use crate::data::{fixture, Period};

    fn highlighting(list: &str) -> ChartSettings {
        ChartSettings { highlight: Highlight::parse(list).0, ..ChartSettings::default() }
    }

    /// Outlines in the text's colour: what a highlighted mark has and no other.
    fn outlines(svg: &str) -> usize {
        svg.matches("stroke=\"#1F2328\" stroke-width=\"2\"").count()
    }

    #[test]
    fn a_highlighted_quarter_takes_the_accent_and_an_outline_and_the_takeaway_names_it() {
        let dataset = fixture();
        let model = build(ChartId::Deliveries, &dataset, &highlighting("2025-Q3"), Lang::En);
        let marked: Vec<&Period> = model.emphasized.iter().map(|&i| &model.points[i].period).collect();
        assert_eq!(marked, [&Period::Quarter(2025, 3)]);
        for (index, point) in model.points.iter().enumerate().filter(|(_, p)| !p.secondary) {
            let expected = if model.emphasized.contains(&index) { ColorRole::Highlight } else { ColorRole::Muted };
            assert_eq!(point.color, expected, "{}", point.period);
        }
        let value = model.points[model.emphasized[0]].label(Lang::En);
        assert!(model.takeaway.ends_with(&format!("Highlighted: Q3 2025: {value}.")), "{}", model.takeaway);
        let options = ChartOptions { width: 800, height: 450, theme: Theme::Light, standalone: false };
        let plain = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::En);
        assert_eq!(outlines(&render_svg(&model, &options)), outlines(&render_svg(&plain, &options)) + 1, "one outline");
    }

    #[test]
    fn a_highlighted_maker_stands_out_among_the_makers_and_xiaomi_is_muted() {
        let dataset = fixture();
        let model = build(ChartId::Competitors, &dataset, &highlighting("byd"), Lang::En);
        // Both of BYD's counts (with and without plug-in hybrids) are BYD's.
        assert!(!model.emphasized.is_empty());
        for &index in &model.emphasized {
            let byd = &model.points[index];
            assert_eq!(dataset.series(&byd.series_id).map(|s| s.entity.as_str()), Some("byd"));
            let row = &model.categories[byd.category];
            assert!(model.takeaway.contains(&format!("{row}: {}", byd.label(Lang::En))), "{}", model.takeaway);
        }
        let mut others = model.points.iter().enumerate().filter(|(i, p)| !p.secondary && !model.emphasized.contains(i));
        assert!(others.clone().count() > 0 && others.all(|(_, p)| p.color == ColorRole::Muted), "Xiaomi is muted too");
    }

    #[test]
    fn a_highlight_that_matches_nothing_is_said_and_changes_nothing_else() {
        let dataset = fixture();
        let plain = build(ChartId::Regions, &dataset, &ChartSettings::default(), Lang::En);
        let model = build(ChartId::Regions, &dataset, &highlighting("tesla"), Lang::En);
        assert_eq!(model.points, plain.points);
        assert_eq!(model.takeaway, plain.takeaway);
        assert!(model.notes[0].contains("Nothing in this chart matches tesla"), "{:?}", model.notes);
    }
}
